#include "ContactExport.h"

#include <QJsonArray>

namespace cairn::ContactExport {

QJsonObject toJson(const Contact &c)
{
    QJsonArray emails, phones, orgs;
    for (const auto &e : c.emails)
        emails.append(QJsonObject{{QStringLiteral("value"), e.value}, {QStringLiteral("type"), e.type}});
    for (const auto &p : c.phones)
        phones.append(QJsonObject{{QStringLiteral("value"), p.value}, {QStringLiteral("type"), p.type}});
    for (const auto &o : c.organizations)
        orgs.append(QJsonObject{{QStringLiteral("name"), o.name},
                                {QStringLiteral("title"), o.title},
                                {QStringLiteral("department"), o.department}});
    return QJsonObject{
        {QStringLiteral("id"), c.resourceName},
        {QStringLiteral("resourceName"), c.resourceName},
        {QStringLiteral("etag"), c.etag},
        {QStringLiteral("deleted"), c.deleted},
        {QStringLiteral("displayName"), c.displayName},
        {QStringLiteral("givenName"), c.givenName},
        {QStringLiteral("familyName"), c.familyName},
        {QStringLiteral("nickname"), c.nickname},
        {QStringLiteral("birthday"), c.birthday},
        {QStringLiteral("note"), c.note},
        {QStringLiteral("emails"), emails},
        {QStringLiteral("phones"), phones},
        {QStringLiteral("organizations"), orgs},
        {QStringLiteral("groups"), QJsonArray::fromStringList(c.groups)},
        {QStringLiteral("updateTime"), c.updatedAt.isValid() ? c.updatedAt.toString(Qt::ISODateWithMs) : QString()},
    };
}

QString csvCell(const QString &value)
{
    QString v = value;
    if (!v.isEmpty() && QStringLiteral("=+-@\t\r").contains(v.front()))
        v.prepend(QLatin1Char('\''));
    if (v.contains(QLatin1Char('"')) || v.contains(QLatin1Char(',')) || v.contains(QLatin1Char('\n'))
        || v.contains(QLatin1Char('\r')) || v.startsWith(QLatin1Char('\''))) {
        v.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        v = QLatin1Char('"') + v + QLatin1Char('"');
    }
    return v;
}

QByteArray toCsv(const QList<Contact> &contacts)
{
    QString out = QStringLiteral("id,display_name,given_name,family_name,emails,phones,organization,title,birthday\r\n");
    for (const Contact &c : contacts) {
        QStringList emails, phones;
        for (const auto &e : c.emails)
            emails << e.value;
        for (const auto &p : c.phones)
            phones << p.value;
        const ContactOrganization org = c.organizations.value(0);
        const QStringList row{c.resourceName, c.displayName, c.givenName, c.familyName, emails.join(QLatin1Char(' ')),
                              phones.join(QLatin1Char(' ')), org.name, org.title, c.birthday};
        QStringList cells;
        for (const QString &cell : row)
            cells << csvCell(cell);
        out += cells.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    }
    return out.toUtf8();
}

QString vcardEscape(const QString &value)
{
    QString v;
    v.reserve(value.size());
    for (QChar ch : value) {
        switch (ch.unicode()) {
        case '\\': v += QStringLiteral("\\\\"); break;
        case ',': v += QStringLiteral("\\,"); break;
        case ';': v += QStringLiteral("\\;"); break;
        case '\n': v += QStringLiteral("\\n"); break;
        case '\r': break;
        default: v += ch;
        }
    }
    return v;
}

namespace {
// Folds a content line at 75 octets, never inside a UTF-8 sequence (RFC 6350 §3.2).
QByteArray folded(const QString &line)
{
    const QByteArray utf8 = line.toUtf8();
    QByteArray out;
    int lineLen = 0;
    for (int i = 0; i < utf8.size();) {
        int len = 1;
        const uchar b = uchar(utf8[i]);
        if (b >= 0xF0) len = 4;
        else if (b >= 0xE0) len = 3;
        else if (b >= 0xC0) len = 2;
        len = std::min<int>(len, int(utf8.size()) - i);
        if (lineLen + len > 75) {
            out += "\r\n ";
            lineLen = 1;
        }
        out += utf8.mid(i, len);
        lineLen += len;
        i += len;
    }
    return out + "\r\n";
}
} // namespace

QByteArray toVCard(const QList<Contact> &contacts)
{
    QByteArray out;
    for (const Contact &c : contacts) {
        out += "BEGIN:VCARD\r\nVERSION:4.0\r\n";
        out += folded(QStringLiteral("UID:") + vcardEscape(c.resourceName));
        out += folded(QStringLiteral("FN:") + vcardEscape(c.displayName.isEmpty() ? c.resourceName : c.displayName));
        out += folded(QStringLiteral("N:%1;%2;;;").arg(vcardEscape(c.familyName), vcardEscape(c.givenName)));
        if (!c.nickname.isEmpty())
            out += folded(QStringLiteral("NICKNAME:") + vcardEscape(c.nickname));
        for (const auto &e : c.emails)
            out += folded((e.type.isEmpty() ? QStringLiteral("EMAIL:") : QStringLiteral("EMAIL;TYPE=%1:").arg(vcardEscape(e.type.toLower())))
                          + vcardEscape(e.value));
        for (const auto &p : c.phones)
            out += folded((p.type.isEmpty() ? QStringLiteral("TEL:") : QStringLiteral("TEL;TYPE=%1:").arg(vcardEscape(p.type.toLower())))
                          + vcardEscape(p.value));
        if (!c.organizations.isEmpty()) {
            const auto &o = c.organizations.first();
            out += folded(QStringLiteral("ORG:%1;%2").arg(vcardEscape(o.name), vcardEscape(o.department)));
            if (!o.title.isEmpty())
                out += folded(QStringLiteral("TITLE:") + vcardEscape(o.title));
        }
        if (!c.birthday.isEmpty())
            out += folded(QStringLiteral("BDAY:") + QString(c.birthday).remove(QLatin1Char('-')).prepend(c.birthday.startsWith(QStringLiteral("--")) ? QStringLiteral("--") : QString()));
        if (!c.note.isEmpty())
            out += folded(QStringLiteral("NOTE:") + vcardEscape(c.note));
        out += "END:VCARD\r\n";
    }
    return out;
}

} // namespace cairn::ContactExport
