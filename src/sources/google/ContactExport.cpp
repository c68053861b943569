#include "ContactExport.h"
#include "Export.h"

#include <QJsonArray>
#include <QRegularExpression>

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
        out += Export::csvRow({c.resourceName, c.displayName, c.givenName, c.familyName, emails.join(QLatin1Char(' ')),
                       phones.join(QLatin1Char(' ')), org.name, org.title, c.birthday});
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
        default:
            // Other control characters are not allowed in a vCard value (RFC 6350 §3.3).
            if ((ch.unicode() >= 0x20 && ch.unicode() != 0x7F) || ch == QLatin1Char('\t'))
                v += ch;
        }
    }
    return v;
}

namespace {
// A parameter value (TYPE=): a plain word as it is, else quoted with RFC 6868's ^ escapes so
// that a label like "work:x;y" cannot end the parameters early. Empty when nothing is left.
QString vcardParam(const QString &value)
{
    QString v;
    bool plain = true;
    for (QChar ch : value) {
        if (ch == QLatin1Char('^')) v += QStringLiteral("^^");
        else if (ch == QLatin1Char('"')) v += QStringLiteral("^'");
        else if (ch == QLatin1Char('\n')) v += QStringLiteral("^n");
        else if ((ch.unicode() >= 0x20 && ch.unicode() != 0x7F) || ch == QLatin1Char('\t')) v += ch;
        else continue;
        plain = plain && (ch.isLetterOrNumber() || ch == QLatin1Char('-')) && ch.unicode() < 0x80;
    }
    return plain || v.isEmpty() ? v : QLatin1Char('"') + v + QLatin1Char('"');
}

// "TYPE=work:" or "" for an EMAIL/TEL type.
QString typeParam(const QString &type)
{
    const QString v = vcardParam(type.toLower());
    return v.isEmpty() ? QString() : QStringLiteral(";TYPE=") + v;
}

// BDAY: a date as yyyyMMdd / --MMdd; anything else Google's free text (VALUE=text, escaped).
QString bday(const QString &birthday)
{
    static const QRegularExpression date(QStringLiteral("^([0-9]{4}|-)-[0-9]{2}-[0-9]{2}\\z"));
    if (date.match(birthday).hasMatch())
        return QStringLiteral("BDAY:") + (birthday.startsWith(QLatin1String("--")) ? QStringLiteral("--") : QString())
               + QString(birthday).remove(QLatin1Char('-'));
    return QStringLiteral("BDAY;VALUE=text:") + vcardEscape(birthday);
}

// Folds a content line at 75 octets, never inside a UTF-8 sequence (RFC 6350 §3.2).
QByteArray folded(const QString &line)
{
    const QByteArray utf8 = line.toUtf8();
    QByteArray out;
    out.reserve(utf8.size() + utf8.size() / 70 * 3 + 2);
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
        out.append(utf8.constData() + i, len);
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
            out += folded(QStringLiteral("EMAIL") + typeParam(e.type) + QLatin1Char(':') + vcardEscape(e.value));
        for (const auto &p : c.phones)
            out += folded(QStringLiteral("TEL") + typeParam(p.type) + QLatin1Char(':') + vcardEscape(p.value));
        if (!c.organizations.isEmpty()) {
            const auto &o = c.organizations.first();
            out += folded(QStringLiteral("ORG:%1;%2").arg(vcardEscape(o.name), vcardEscape(o.department)));
            if (!o.title.isEmpty())
                out += folded(QStringLiteral("TITLE:") + vcardEscape(o.title));
        }
        if (!c.birthday.isEmpty())
            out += folded(bday(c.birthday));
        if (!c.note.isEmpty())
            out += folded(QStringLiteral("NOTE:") + vcardEscape(c.note));
        out += "END:VCARD\r\n";
    }
    return out;
}

} // namespace cairn::ContactExport
