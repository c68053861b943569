#include "FuzzEntries.h"

namespace cairn::fuzz {

QList<Target> &targets()
{
    static QList<Target> list;
    return list;
}

QString shown(const QString &text)
{
    QString out;
    for (QChar ch : text.left(120)) {
        if (ch.unicode() < 0x20 || ch.unicode() == 0x7F)
            out += QStringLiteral("\\x%1").arg(ch.unicode(), 2, 16, QLatin1Char('0'));
        else
            out += ch;
    }
    return QLatin1Char('"') + out + (text.size() > 120 ? QStringLiteral("…\"") : QStringLiteral("\""));
}

QString lineProblem(const QString &text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar ch = text.at(i);
        if (ch.unicode() < 0x20 || ch.unicode() == 0x7F)
            return QStringLiteral("control character U+%1 at %2 in %3").arg(ch.unicode(), 4, 16, QLatin1Char('0')).arg(i).arg(shown(text));
        if (ch.isHighSurrogate() && (i + 1 == text.size() || !text.at(i + 1).isLowSurrogate()))
            return QStringLiteral("a lone high surrogate at %1 in %2").arg(i).arg(shown(text));
        if (ch.isLowSurrogate() && (i == 0 || !text.at(i - 1).isHighSurrogate()))
            return QStringLiteral("a lone low surrogate at %1 in %2").arg(i).arg(shown(text));
    }
    return {};
}

QString errorProblem(const Error &e)
{
    if (e.message.trimmed().isEmpty())
        return QStringLiteral("an error without a message");
    if (e.message.size() > 500)
        return QStringLiteral("an error message of %1 characters: %2").arg(e.message.size()).arg(shown(e.message));
    const QString line = lineProblem(e.message);
    return line.isEmpty() ? QString() : QStringLiteral("error message is not one clean line: ") + line;
}

namespace {

class FieldReader
{
public:
    explicit FieldReader(const QList<QByteArray> &fields) : m_fields(fields) {}
    bool atEnd() const { return m_next >= m_fields.size(); }
    QString next() { return atEnd() ? QString() : QString::fromUtf8(m_fields.at(m_next++)); }

private:
    QList<QByteArray> m_fields;
    qsizetype m_next = 0;
};

Contact contactFromRecord(const QByteArray &record)
{
    FieldReader r(record.split('\x1F'));
    Contact c;
    c.resourceName = r.next();
    c.displayName = r.next();
    c.givenName = r.next();
    c.familyName = r.next();
    c.nickname = r.next();
    c.birthday = r.next();
    c.note = r.next();
    while (!r.atEnd()) {
        const QString value = r.next();
        if (value.isEmpty())
            break;
        c.emails.append({value, r.next(), c.emails.isEmpty()});
    }
    while (!r.atEnd()) {
        const QString value = r.next();
        if (value.isEmpty())
            break;
        c.phones.append({value, QString(), r.next()});
    }
    while (!r.atEnd()) {
        ContactOrganization o;
        o.name = r.next();
        o.title = r.next();
        o.department = r.next();
        c.organizations.append(o);
    }
    return c;
}

} // namespace

QList<Contact> contactsFromBytes(const QByteArray &data)
{
    QList<Contact> out;
    if (data.isEmpty())
        return out;
    for (const QByteArray &record : data.split('\x1E'))
        out.append(contactFromRecord(record));
    return out;
}

QString checkMappedContact(const Contact &c)
{
    Checks checks;
    checks.expect(!c.resourceName.isEmpty(), QStringLiteral("a contact without resourceName"));
    if (c.updatedAt.isValid() && c.updatedAt.timeSpec() != Qt::UTC)
        checks.add(QStringLiteral("updatedAt is not UTC: ") + c.updatedAt.toString(Qt::ISODateWithMs));
    if (c.deleted) {
        checks.expect(c.displayName.isEmpty() && c.emails.isEmpty() && c.phones.isEmpty() && c.groups.isEmpty(),
                      QStringLiteral("a deleted contact with fields"));
    }
    for (const ContactEmail &e : c.emails)
        checks.expect(!e.value.isEmpty(), QStringLiteral("an empty email address"));
    for (const ContactPhone &p : c.phones)
        checks.expect(!p.value.isEmpty(), QStringLiteral("an empty phone number"));
    for (qsizetype i = 0; i < c.groups.size(); ++i) {
        checks.expect(!c.groups.at(i).isEmpty(), QStringLiteral("an empty group"));
        if (i > 0 && !(c.groups.at(i - 1) < c.groups.at(i)))
            checks.add(QStringLiteral("groups not sorted and unique: ") + c.groups.join(QLatin1Char(' ')));
    }
    return checks.result();
}

} // namespace cairn::fuzz
