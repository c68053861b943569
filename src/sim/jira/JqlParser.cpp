#include "sim/jira/JqlParser.h"

#include <QDateTime>
#include <QJsonArray>
#include <QRegularExpression>

namespace sim {

namespace {

struct Token
{
    enum Type { Word, String, Op, LParen, RParen, Comma, End } type = End;
    QString text;
};

using Pred = std::function<bool(const JIssue &)>;

// A parsed (sub)expression: its test, and its node of the syntax tree POST /jql/parse returns
// (JIRA-OAS JqlQueryClause: compound {operator, clauses} or field {field, operator, operand}).
struct Expr
{
    Pred pred;
    QJsonObject node;
};

Expr failed()
{
    return {[](const JIssue &) { return false; }, {}};
}

QJsonObject fieldNode(const QString &name)
{
    return {{QStringLiteral("name"), name}, {QStringLiteral("encodedName"), name}};
}

QJsonObject valueNode(const QString &v)
{
    return {{QStringLiteral("value"), v}, {QStringLiteral("encodedValue"), v}};
}

class Parser
{
public:
    Parser(const QString &text, const QTimeZone &zone, qint64 nowMs) : m_zone(zone), m_now(nowMs) { tokenize(text); }

    std::optional<JqlQuery> parse(QString *error)
    {
        JqlQuery q;
        if (!m_error.isEmpty())
            return fail(error);
        if (!atKeyword("order") && peek().type != Token::End) {
            const Expr where = orExpr();
            if (!m_error.isEmpty())
                return fail(error);
            q.where = where.pred;
            q.structure.insert(QStringLiteral("where"), where.node);
        }
        q.issueRefs = m_refs;
        q.projectRefs = m_projects;
        QJsonArray orderFields;
        if (atKeyword("order")) {
            next();
            if (!atKeyword("by"))
                return failWith(error, QStringLiteral("Expecting 'by' after 'order'."));
            next();
            do {
                if (peek().type == Token::Comma)
                    next();
                const Token f = next();
                if (f.type != Token::Word && f.type != Token::String)
                    return failWith(error, QStringLiteral("Expecting a field name in the ORDER BY clause."));
                JqlQuery::Order o;
                o.field = f.text.toLower();
                if (o.field == QLatin1String("issuekey"))
                    o.field = QStringLiteral("key");
                if (!QStringList{QStringLiteral("updated"), QStringLiteral("created"), QStringLiteral("key"), QStringLiteral("id")}
                         .contains(o.field))
                    return failWith(error, QStringLiteral("Not able to sort using field '%1'.").arg(f.text));
                if (atKeyword("asc") || atKeyword("desc"))
                    o.ascending = next().text.toLower() == QLatin1String("asc");
                q.order << o;
                orderFields.append(QJsonObject{{QStringLiteral("field"), fieldNode(f.text)},
                                               {QStringLiteral("direction"), o.ascending ? QStringLiteral("asc") : QStringLiteral("desc")}});
            } while (peek().type == Token::Comma);
            if (q.order.size() > 7)
                return failWith(error, QStringLiteral("The ORDER BY clause takes at most 7 fields."));
            q.structure.insert(QStringLiteral("orderBy"), QJsonObject{{QStringLiteral("fields"), orderFields}});
        }
        if (peek().type != Token::End)
            return failWith(error, QStringLiteral("Error in the JQL Query: unexpected '%1'.").arg(peek().text));
        return q;
    }

private:
    std::optional<JqlQuery> fail(QString *error)
    {
        if (error)
            *error = m_error;
        return std::nullopt;
    }
    std::optional<JqlQuery> failWith(QString *error, const QString &message)
    {
        m_error = message;
        return fail(error);
    }
    void setError(const QString &e)
    {
        if (m_error.isEmpty())
            m_error = e;
    }

    void tokenize(const QString &s)
    {
        int i = 0;
        while (i < s.size()) {
            const QChar c = s[i];
            if (c.isSpace()) {
                ++i;
            } else if (c == u'(' || c == u')' || c == u',') {
                m_tokens.append({c == u'(' ? Token::LParen : c == u')' ? Token::RParen : Token::Comma, QString(c)});
                ++i;
            } else if (c == u'"' || c == u'\'') {
                QString out;
                ++i;
                while (i < s.size() && s[i] != c) {
                    if (s[i] == u'\\' && i + 1 < s.size())
                        ++i;
                    out += s[i++];
                }
                if (i >= s.size()) {
                    setError(QStringLiteral("Error in the JQL Query: The quoted string '%1' has not been completed.").arg(out));
                    return;
                }
                ++i;
                m_tokens.append({Token::String, out});
            } else if (QStringLiteral("=!<>~").contains(c)) {
                QString op(c);
                ++i;
                if (i < s.size() && s[i] == u'=')
                    op += s[i++];
                m_tokens.append({Token::Op, op});
            } else {
                QString out;
                while (i < s.size() && !s[i].isSpace() && !QStringLiteral("()=,!<>~\"'").contains(s[i]))
                    out += s[i++];
                m_tokens.append({Token::Word, out});
            }
        }
    }

    Token peek() const { return m_pos < m_tokens.size() ? m_tokens[m_pos] : Token{}; }
    Token next() { return m_pos < m_tokens.size() ? m_tokens[m_pos++] : Token{}; }
    bool atKeyword(const char *kw) const
    {
        const Token t = peek();
        return t.type == Token::Word && t.text.compare(QLatin1String(kw), Qt::CaseInsensitive) == 0;
    }

    // `a OR b OR c` (`AND`): one compound node with every operand.
    Expr binary(const char *keyword, Expr (Parser::*operand)(), bool isOr)
    {
        Expr left = (this->*operand)();
        QJsonArray clauses{left.node};
        while (m_error.isEmpty() && atKeyword(keyword)) {
            next();
            const Expr right = (this->*operand)();
            clauses.append(right.node);
            const Pred a = left.pred, b = right.pred;
            left.pred = isOr ? Pred([a, b](const JIssue &i) { return a(i) || b(i); })
                             : Pred([a, b](const JIssue &i) { return a(i) && b(i); });
        }
        if (clauses.size() > 1)
            left.node = {{QStringLiteral("operator"), QLatin1String(keyword)}, {QStringLiteral("clauses"), clauses}};
        return left;
    }
    Expr orExpr() { return binary("or", &Parser::andExpr, true); }
    Expr andExpr() { return binary("and", &Parser::notExpr, false); }
    Expr notExpr()
    {
        if (atKeyword("not")) {
            next();
            const Expr inner = notExpr();
            const Pred p = inner.pred;
            return {[p](const JIssue &i) { return !p(i); },
                    {{QStringLiteral("operator"), QStringLiteral("not")}, {QStringLiteral("clauses"), QJsonArray{inner.node}}}};
        }
        if (peek().type == Token::LParen) {
            next();
            Expr inner = orExpr();
            if (next().type != Token::RParen)
                setError(QStringLiteral("Error in the JQL Query: Expecting ')' before the end of the query."));
            return inner;
        }
        return clause();
    }

    Expr clause()
    {
        const Token f = next();
        if (f.type != Token::Word && f.type != Token::String) {
            setError(QStringLiteral("Error in the JQL Query: Expecting a field name but got '%1'.").arg(f.text));
            return failed();
        }
        const QString field = f.text.toLower();
        QString op;
        if (peek().type == Token::Op) {
            op = next().text;
        } else if (atKeyword("in")) {
            next();
            op = QStringLiteral("in");
        } else if (atKeyword("not")) {
            next();
            if (!atKeyword("in"))
                setError(QStringLiteral("Error in the JQL Query: Expecting 'in' after 'not'."));
            next();
            op = QStringLiteral("not in");
        } else {
            setError(QStringLiteral("Error in the JQL Query: Expecting an operator after '%1'.").arg(f.text));
            return failed();
        }
        QStringList values;
        if (op.endsWith(QLatin1String("in"))) {
            if (next().type != Token::LParen)
                setError(QStringLiteral("Error in the JQL Query: Expecting '(' after 'in'."));
            while (m_error.isEmpty()) {
                const Token v = next();
                if (v.type != Token::Word && v.type != Token::String) {
                    setError(QStringLiteral("Error in the JQL Query: Expecting a value in the list."));
                    break;
                }
                values << v.text;
                const Token sep = next();
                if (sep.type == Token::RParen)
                    break;
                if (sep.type != Token::Comma)
                    setError(QStringLiteral("Error in the JQL Query: Expecting ',' or ')' in the list."));
            }
        } else {
            const Token v = next();
            if (v.type != Token::Word && v.type != Token::String)
                setError(QStringLiteral("Error in the JQL Query: Expecting a value after '%1'.").arg(op));
            values << v.text;
        }
        if (!m_error.isEmpty())
            return failed();
        QJsonObject operand = valueNode(values.value(0));
        if (op.endsWith(QLatin1String("in"))) {
            QJsonArray list;
            for (const QString &v : std::as_const(values))
                list.append(valueNode(v));
            operand = {{QStringLiteral("values"), list}};
        }
        const QJsonObject node{{QStringLiteral("field"), fieldNode(f.text)}, {QStringLiteral("operator"), op},
                               {QStringLiteral("operand"), operand}};
        if (field == QLatin1String("updated") || field == QLatin1String("created"))
            return {timeClause(field, f.text, op, values.value(0)), node};
        return {valueClause(field, f.text, op, values), node};
    }

    Pred timeClause(const QString &field, const QString &name, const QString &op, const QString &value)
    {
        const std::optional<qint64> at = timeValue(value);
        if (!at) {
            setError(QStringLiteral("Date value '%1' for field '%2' is invalid. Valid formats include: 'yyyy/MM/dd HH:mm', "
                                    "'yyyy-MM-dd HH:mm', 'yyyy/MM/dd', 'yyyy-MM-dd', or a period format e.g. '-5d', '4w 2d'.")
                         .arg(value, name));
            return [](const JIssue &) { return false; };
        }
        const qint64 t = *at;
        const bool updated = field == QLatin1String("updated");
        auto get = [updated](const JIssue &i) { return updated ? i.updatedMs : i.createdMs; };
        if (op == QLatin1String(">="))
            return [get, t](const JIssue &i) { return get(i) >= t; };
        if (op == QLatin1String(">"))
            return [get, t](const JIssue &i) { return get(i) > t; };
        if (op == QLatin1String("<="))
            return [get, t](const JIssue &i) { return get(i) <= t; };
        if (op == QLatin1String("<"))
            return [get, t](const JIssue &i) { return get(i) < t; };
        if (op == QLatin1String("="))
            return [get, t](const JIssue &i) { return get(i) == t; };
        if (op == QLatin1String("!="))
            return [get, t](const JIssue &i) { return get(i) != t; };
        setError(QStringLiteral("The operator '%1' is not supported by the '%2' field.").arg(op, name));
        return [](const JIssue &) { return false; };
    }

    std::optional<qint64> timeValue(const QString &v) const
    {
        static const QRegularExpression digits(QStringLiteral("^\\d+$"));
        if (digits.match(v).hasMatch())
            return v.toLongLong();
        static const QRegularExpression period(QStringLiteral("^([-+]?)(\\d+)([mhdw])$"));
        const QRegularExpressionMatch m = period.match(v.trimmed());
        if (m.hasMatch()) {
            const qint64 unit = m.captured(3) == u'm' ? 60'000 : m.captured(3) == u'h' ? 3'600'000
                                : m.captured(3) == u'd'                          ? 86'400'000
                                                                                 : 7 * 86'400'000ll;
            const qint64 n = m.captured(2).toLongLong() * unit;
            return m.captured(1) == u'-' ? m_now - n : m_now + n;
        }
        for (const char *format : {"yyyy/MM/dd HH:mm", "yyyy-MM-dd HH:mm", "yyyy/MM/dd", "yyyy-MM-dd"}) {
            QDateTime t = QDateTime::fromString(v.trimmed(), QLatin1String(format));
            if (t.isValid()) {
                t = QDateTime(t.date(), t.time(), m_zone); // the searching user's zone, not UTC
                return t.toMSecsSinceEpoch();
            }
        }
        return std::nullopt;
    }

    Pred valueClause(const QString &field, const QString &name, const QString &op, const QStringList &values)
    {
        std::function<QStringList(const JIssue &)> get;
        if (field == QLatin1String("project"))
            get = [](const JIssue &i) { return QStringList{i.projectKey}; };
        else if (field == QLatin1String("key") || field == QLatin1String("issuekey"))
            get = [](const JIssue &i) { return QStringList{i.key}; };
        else if (field == QLatin1String("id"))
            get = [](const JIssue &i) { return QStringList{QString::number(i.id)}; };
        else if (field == QLatin1String("status"))
            get = [](const JIssue &i) { return QStringList{i.status}; };
        else if (field == QLatin1String("assignee"))
            get = [](const JIssue &i) { return QStringList{i.assigneeId}; };
        else if (field == QLatin1String("labels"))
            get = [](const JIssue &i) { return i.labels; };
        else {
            setError(QStringLiteral("Field '%1' does not exist or you do not have permission to view it.").arg(name));
            return [](const JIssue &) { return false; };
        }
        const bool negate = op == QLatin1String("!=") || op == QLatin1String("not in");
        if (!negate && op != QLatin1String("=") && op != QLatin1String("in")) {
            setError(QStringLiteral("The operator '%1' is not supported by the '%2' field.").arg(op, name));
            return [](const JIssue &) { return false; };
        }
        if (!negate && (field == QLatin1String("id") || field == QLatin1String("key") || field == QLatin1String("issuekey")))
            for (const QString &v : values)
                m_refs.append({name, v});
        if (field == QLatin1String("project"))
            for (const QString &v : values)
                m_projects.append({name, v});
        return [get, values, negate](const JIssue &i) {
            bool hit = false;
            for (const QString &have : get(i))
                for (const QString &want : values)
                    hit = hit || have.compare(want, Qt::CaseInsensitive) == 0;
            return hit != negate;
        };
    }

    QList<Token> m_tokens;
    QList<JqlQuery::IssueRef> m_refs;
    QList<JqlQuery::IssueRef> m_projects;
    int m_pos = 0;
    QString m_error;
    QTimeZone m_zone;
    qint64 m_now;
};

} // namespace

std::optional<JqlQuery> parseJql(const QString &jql, const QTimeZone &userZone, qint64 nowMs, QString *error)
{
    Parser p(jql, userZone, nowMs);
    return p.parse(error);
}

} // namespace sim
