// The exporters' invariants (FuzzEntries.h): each output is parsed back by an independent
// reader of the format and compared with the contacts it came from.
#include "google/ContactExport.h"
#include "FuzzEntries.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace cairn::fuzz {

namespace {

// ---- CSV (RFC 4180) ----

// Rows of cells, or a description of the syntax error.
QString parseCsv(const QString &text, QList<QStringList> *rows)
{
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n) {
        QStringList row;
        for (;;) {
            QString cell;
            if (i < n && text.at(i) == QLatin1Char('"')) {
                ++i;
                for (;;) {
                    if (i >= n)
                        return QStringLiteral("unterminated quoted cell in row %1").arg(rows->size());
                    if (text.at(i) == QLatin1Char('"')) {
                        if (i + 1 < n && text.at(i + 1) == QLatin1Char('"')) {
                            cell += QLatin1Char('"');
                            i += 2;
                            continue;
                        }
                        ++i;
                        break;
                    }
                    const qsizetype quote = text.indexOf(QLatin1Char('"'), i);
                    const qsizetype end = quote < 0 ? n : quote;
                    cell += QStringView(text).mid(i, end - i);
                    i = end;
                }
            } else {
                const qsizetype start = i;
                while (i < n && text.at(i) != QLatin1Char(',') && text.at(i) != QLatin1Char('\r')) {
                    const QChar ch = text.at(i++);
                    if (ch == QLatin1Char('"') || ch == QLatin1Char('\n'))
                        return QStringLiteral("bare %1 in an unquoted cell of row %2").arg(shown(QString(ch))).arg(rows->size());
                }
                cell = text.mid(start, i - start);
            }
            row << cell;
            if (i < n && text.at(i) == QLatin1Char(',')) {
                ++i;
                continue;
            }
            if (text.mid(i, 2) == QLatin1String("\r\n")) {
                i += 2;
                break;
            }
            return QStringLiteral("row %1 does not end with CRLF after cell %2").arg(rows->size()).arg(row.size());
        }
        rows->append(row);
    }
    return {};
}

QString neutralised(const QString &value)
{
    return !value.isEmpty() && QStringLiteral("=+-@\t\r").contains(value.front()) ? QLatin1Char('\'') + value : value;
}

// ---- vCard 4.0 (RFC 6350, RFC 6868 parameter escapes) ----

struct Property
{
    QString name;
    QList<QPair<QString, QString>> params; // decoded values
    QString rawValue;

    QString param(const QString &key) const
    {
        for (const auto &p : params)
            if (p.first.compare(key, Qt::CaseInsensitive) == 0)
                return p.second;
        return {};
    }
    bool hasParam(const QString &key) const
    {
        for (const auto &p : params)
            if (p.first.compare(key, Qt::CaseInsensitive) == 0)
                return true;
        return false;
    }
};

// What the exporter may keep of a text value: no control characters but tab and newline.
QString vText(const QString &value)
{
    QString out;
    for (QChar ch : value)
        if ((ch.unicode() >= 0x20 && ch.unicode() != 0x7F) || ch == QLatin1Char('\t') || ch == QLatin1Char('\n'))
            out += ch;
    return out;
}

QString decodeParam(const QString &v)
{
    QString out;
    for (qsizetype i = 0; i < v.size(); ++i) {
        if (v.at(i) == QLatin1Char('^') && i + 1 < v.size()) {
            const QChar next = v.at(i + 1);
            if (next == QLatin1Char('^') || next == QLatin1Char('\'') || next == QLatin1Char('n')) {
                out += next == QLatin1Char('^') ? QLatin1Char('^') : next == QLatin1Char('n') ? QLatin1Char('\n') : QLatin1Char('"');
                ++i;
                continue;
            }
        }
        out += v.at(i);
    }
    return out;
}

QString parseProperty(const QString &line, Property *p)
{
    qsizetype i = 0;
    while (i < line.size() && line.at(i) != QLatin1Char(';') && line.at(i) != QLatin1Char(':'))
        p->name += line.at(i++);
    static const QRegularExpression name(QStringLiteral("^[A-Za-z0-9-]+\\z"));
    if (!name.match(p->name).hasMatch())
        return QStringLiteral("bad property name in ") + shown(line);
    while (i < line.size() && line.at(i) == QLatin1Char(';')) {
        ++i;
        QString key;
        while (i < line.size() && line.at(i) != QLatin1Char('='))
            key += line.at(i++);
        if (i >= line.size() || !name.match(key).hasMatch())
            return QStringLiteral("bad parameter in ") + shown(line);
        ++i;
        QString value;
        if (i < line.size() && line.at(i) == QLatin1Char('"')) {
            const qsizetype close = line.indexOf(QLatin1Char('"'), i + 1);
            if (close < 0)
                return QStringLiteral("unterminated quoted parameter in ") + shown(line);
            value = line.mid(i + 1, close - i - 1);
            i = close + 1;
        } else {
            while (i < line.size() && !QStringLiteral(";:\",").contains(line.at(i)))
                value += line.at(i++);
        }
        p->params.append({key, decodeParam(value)});
    }
    if (i >= line.size() || line.at(i) != QLatin1Char(':'))
        return QStringLiteral("no ':' after the parameters in ") + shown(line);
    p->rawValue = line.mid(i + 1);
    return {};
}

// A text value's components (split at unescaped ';'), unescaped; nullopt on a bad escape.
std::optional<QStringList> components(const QString &raw)
{
    QStringList out{QString()};
    for (qsizetype i = 0; i < raw.size(); ++i) {
        const QChar ch = raw.at(i);
        if (ch == QLatin1Char(';')) {
            out << QString();
        } else if (ch == QLatin1Char('\\')) {
            if (++i >= raw.size())
                return std::nullopt;
            const QChar e = raw.at(i);
            if (e == QLatin1Char('n') || e == QLatin1Char('N'))
                out.last() += QLatin1Char('\n');
            else if (e == QLatin1Char('\\') || e == QLatin1Char(',') || e == QLatin1Char(';'))
                out.last() += e;
            else
                return std::nullopt;
        } else if (ch == QLatin1Char(',')) {
            return std::nullopt; // a bare comma separates list values: never in ours
        } else {
            out.last() += ch;
        }
    }
    return out;
}

bool isDate(const QString &b)
{
    static const QRegularExpression date(QStringLiteral("^([0-9]{4}|-)-[0-9]{2}-[0-9]{2}\\z"));
    return date.match(b).hasMatch();
}

class CardCheck
{
public:
    CardCheck(const Contact &c, int index, Checks &checks) : m_c(c), m_index(index), m_checks(checks) {}

    void value(const Property &p, const QStringList &expected)
    {
        const std::optional<QStringList> got = components(p.rawValue);
        if (!got)
            return fail(QStringLiteral("%1 has a bad escape: %2").arg(p.name, shown(p.rawValue)));
        QStringList want;
        for (const QString &e : expected)
            want << vText(e);
        if (*got != want)
            fail(QStringLiteral("%1 gives %2, not %3").arg(p.name, shown(got->join(QLatin1Char(';'))), shown(want.join(QLatin1Char(';')))));
    }
    void type(const Property &p, const QString &type)
    {
        const QString want = vText(type.toLower());
        if (want.isEmpty() ? p.hasParam(QStringLiteral("TYPE")) : p.param(QStringLiteral("TYPE")) != want)
            fail(QStringLiteral("%1 has TYPE %2, not %3").arg(p.name, shown(p.param(QStringLiteral("TYPE"))), shown(want)));
    }
    void check(const QList<Property> &props);
    void fail(const QString &what) { m_checks.add(QStringLiteral("vCard %1: %2").arg(m_index).arg(what)); }

private:
    const Contact &m_c;
    int m_index;
    Checks &m_checks;
};

void CardCheck::check(const QList<Property> &props)
{
    QMap<QString, QList<Property>> by;
    for (const Property &p : props)
        by[p.name.toUpper()].append(p);
    const QStringList known{QStringLiteral("VERSION"), QStringLiteral("UID"), QStringLiteral("FN"), QStringLiteral("N"),
                            QStringLiteral("NICKNAME"), QStringLiteral("EMAIL"), QStringLiteral("TEL"), QStringLiteral("ORG"),
                            QStringLiteral("TITLE"), QStringLiteral("BDAY"), QStringLiteral("NOTE")};
    for (auto it = by.cbegin(); it != by.cend(); ++it)
        if (!known.contains(it.key()))
            fail(QStringLiteral("unexpected property ") + shown(it.key()));
    auto one = [&](const QString &name, bool present) -> const Property * {
        const qsizetype count = by.value(name).size();
        if (count != (present ? 1 : 0))
            fail(QStringLiteral("%1 %2 times, expected %3").arg(name).arg(count).arg(present ? 1 : 0));
        return count == 1 && present ? &by[name].first() : nullptr;
    };
    if (const Property *p = one(QStringLiteral("VERSION"), true); p && p->rawValue != QLatin1String("4.0"))
        fail(QStringLiteral("VERSION ") + shown(p->rawValue));
    if (const Property *p = one(QStringLiteral("UID"), true))
        value(*p, {m_c.resourceName});
    if (const Property *p = one(QStringLiteral("FN"), true))
        value(*p, {m_c.displayName.isEmpty() ? m_c.resourceName : m_c.displayName});
    if (const Property *p = one(QStringLiteral("N"), true))
        value(*p, {m_c.familyName, m_c.givenName, QString(), QString(), QString()});
    if (const Property *p = one(QStringLiteral("NICKNAME"), !m_c.nickname.isEmpty()))
        value(*p, {m_c.nickname});
    if (const Property *p = one(QStringLiteral("NOTE"), !m_c.note.isEmpty()))
        value(*p, {m_c.note});
    const ContactOrganization org = m_c.organizations.value(0);
    if (const Property *p = one(QStringLiteral("ORG"), !m_c.organizations.isEmpty()))
        value(*p, {org.name, org.department});
    if (const Property *p = one(QStringLiteral("TITLE"), !org.title.isEmpty()))
        value(*p, {org.title});
    if (const Property *p = one(QStringLiteral("BDAY"), !m_c.birthday.isEmpty())) {
        if (isDate(m_c.birthday)) {
            const QString want = (m_c.birthday.startsWith(QLatin1String("--")) ? QStringLiteral("--") : QString())
                                 + QString(m_c.birthday).remove(QLatin1Char('-'));
            if (p->rawValue != want || !p->params.isEmpty())
                fail(QStringLiteral("BDAY %1 for %2").arg(shown(p->rawValue), shown(m_c.birthday)));
        } else {
            if (p->param(QStringLiteral("VALUE")) != QLatin1String("text"))
                fail(QStringLiteral("BDAY of free text %1 without VALUE=text").arg(shown(m_c.birthday)));
            value(*p, {m_c.birthday});
        }
    }
    const QList<Property> emails = by.value(QStringLiteral("EMAIL"));
    if (emails.size() != m_c.emails.size())
        return fail(QStringLiteral("%1 EMAIL for %2 addresses").arg(emails.size()).arg(m_c.emails.size()));
    for (qsizetype i = 0; i < emails.size(); ++i) {
        value(emails.at(i), {m_c.emails.at(i).value});
        type(emails.at(i), m_c.emails.at(i).type);
    }
    const QList<Property> phones = by.value(QStringLiteral("TEL"));
    if (phones.size() != m_c.phones.size())
        return fail(QStringLiteral("%1 TEL for %2 numbers").arg(phones.size()).arg(m_c.phones.size()));
    for (qsizetype i = 0; i < phones.size(); ++i) {
        value(phones.at(i), {m_c.phones.at(i).value});
        type(phones.at(i), m_c.phones.at(i).type);
    }
}

} // namespace

QString checkCsv(const QList<Contact> &contacts, const QByteArray &csv)
{
    Checks checks;
    const QString text = QString::fromUtf8(csv);
    if (text.toUtf8() != csv)
        return QStringLiteral("CSV: not valid UTF-8");
    QList<QStringList> rows;
    const QString syntax = parseCsv(text, &rows);
    if (!syntax.isEmpty())
        return QStringLiteral("CSV: ") + syntax;
    if (rows.size() != contacts.size() + 1)
        return QStringLiteral("CSV: %1 rows for %2 contacts").arg(rows.size()).arg(contacts.size());
    checks.expect(rows.first().join(QLatin1Char(','))
                      == QLatin1String("id,display_name,given_name,family_name,emails,phones,organization,title,birthday"),
                  QStringLiteral("CSV: header ") + shown(rows.first().join(QLatin1Char(','))));
    for (qsizetype r = 0; r < contacts.size(); ++r) {
        const Contact &c = contacts.at(r);
        QStringList emails, phones;
        for (const ContactEmail &e : c.emails)
            emails << e.value;
        for (const ContactPhone &p : c.phones)
            phones << p.value;
        const ContactOrganization org = c.organizations.value(0);
        const QStringList values{c.resourceName, c.displayName, c.givenName, c.familyName, emails.join(QLatin1Char(' ')),
                                 phones.join(QLatin1Char(' ')), org.name, org.title, c.birthday};
        const QStringList &row = rows.at(r + 1);
        if (row.size() != values.size()) {
            checks.add(QStringLiteral("CSV: row %1 has %2 cells").arg(r + 1).arg(row.size()));
            continue;
        }
        for (qsizetype i = 0; i < values.size(); ++i) {
            const QString &cell = row.at(i);
            // (Messages only on failure: building them for every cell would halve the exec/s.)
            if (cell != neutralised(values.at(i)))
                checks.add(QStringLiteral("CSV: row %1 cell %2 is %3 for %4").arg(r + 1).arg(i).arg(shown(cell), shown(values.at(i))));
            if (!cell.isEmpty() && QStringLiteral("=+-@\t\r").contains(cell.front()))
                checks.add(QStringLiteral("CSV: row %1 cell %2 would run as a formula: %3").arg(r + 1).arg(i).arg(shown(cell)));
        }
    }
    return checks.result();
}

QString checkVCard(const QList<Contact> &contacts, const QByteArray &vcf)
{
    if (contacts.isEmpty())
        return vcf.isEmpty() ? QString() : QStringLiteral("vCard: output for no contacts");
    if (!vcf.endsWith("\r\n"))
        return QStringLiteral("vCard: does not end with CRLF");
    QList<QByteArray> physical = vcf.left(vcf.size() - 2).split('\n');
    QStringList logical;
    for (qsizetype i = 0; i < physical.size(); ++i) {
        QByteArray line = physical.at(i);
        if (i + 1 < physical.size()) {
            if (!line.endsWith('\r'))
                return QStringLiteral("vCard: a bare LF in line %1").arg(i);
            line.chop(1);
        }
        if (line.contains('\r'))
            return QStringLiteral("vCard: a bare CR in line %1").arg(i);
        if (line.size() > 75)
            return QStringLiteral("vCard: line %1 has %2 octets").arg(i).arg(line.size());
        const QString text = QString::fromUtf8(line);
        if (text.toUtf8() != line)
            return QStringLiteral("vCard: line %1 is not whole UTF-8 (a split sequence?)").arg(i);
        if (line.startsWith(' ')) {
            if (logical.isEmpty())
                return QStringLiteral("vCard: starts with a continuation line");
            logical.last() += text.mid(1);
        } else {
            logical << text;
        }
    }
    Checks checks;
    int card = 0;
    QList<Property> props;
    bool inCard = false;
    for (const QString &line : std::as_const(logical)) {
        for (QChar ch : line)
            if ((ch.unicode() < 0x20 && ch != QLatin1Char('\t')) || ch.unicode() == 0x7F)
                return QStringLiteral("vCard: control character in ") + shown(line);
        if (line == QLatin1String("BEGIN:VCARD")) {
            if (inCard)
                return QStringLiteral("vCard: BEGIN inside a card");
            inCard = true;
            props.clear();
        } else if (line == QLatin1String("END:VCARD")) {
            if (!inCard)
                return QStringLiteral("vCard: END outside a card");
            inCard = false;
            if (card < contacts.size())
                CardCheck(contacts.at(card), card, checks).check(props);
            ++card;
        } else {
            if (!inCard)
                return QStringLiteral("vCard: a property outside a card: ") + shown(line);
            Property p;
            const QString bad = parseProperty(line, &p);
            if (!bad.isEmpty())
                return QStringLiteral("vCard: ") + bad;
            props.append(p);
        }
    }
    checks.expect(!inCard, QStringLiteral("vCard: the last card is not ended"));
    checks.expect(card == contacts.size(), QStringLiteral("vCard: %1 cards for %2 contacts").arg(card).arg(contacts.size()));
    return checks.result();
}

QString checkExports(const QList<Contact> &contacts)
{
    Checks checks;
    checks.add(checkCsv(contacts, ContactExport::toCsv(contacts)));
    checks.add(checkVCard(contacts, ContactExport::toVCard(contacts)));
    for (const Contact &c : contacts) {
        const QJsonObject o = ContactExport::toJson(c);
        const QByteArray text = QJsonDocument(o).toJson(QJsonDocument::Compact);
        QJsonParseError err{};
        const QJsonDocument back = QJsonDocument::fromJson(text, &err);
        if (err.error != QJsonParseError::NoError || back.object() != o)
            checks.add(QStringLiteral("JSON export does not parse back: ") + err.errorString());
        if (o.value(QLatin1String("id")).toString() != c.resourceName
            || o.value(QLatin1String("displayName")).toString() != c.displayName
            || o.value(QLatin1String("emails")).toArray().size() != c.emails.size())
            checks.add(QStringLiteral("JSON export lost fields of ") + shown(c.resourceName));
    }
    return checks.result();
}

} // namespace cairn::fuzz
