// A small recursive-descent reader of GraphQL executable documents (GraphQL spec §2), enough for
// the queries a client of GitHub's GraphQL API sends: one operation, variables with defaults,
// aliases, arguments of every literal kind, nested selections and inline fragments.
#include "sim/GraphQLDocument.h"

namespace sim {

namespace {

struct Token
{
    enum Kind { End, Punct, Name, Int, Float, String } kind = End;
    QString text;
    int line = 1;
    int column = 1;
};

class Reader
{
public:
    explicit Reader(const QString &text) : m_text(text) { advance(); }

    const Token &peek() const { return m_tok; }
    bool failed() const { return m_failed; }
    GqlParseError error() const { return m_error; }

    void fail(const QString &why = QString())
    {
        if (m_failed)
            return;
        m_failed = true;
        static const char *kinds[] = {"EOF", "PUNCT", "IDENTIFIER", "INT", "FLOAT", "STRING"};
        const QString shown = m_tok.kind == Token::End ? QStringLiteral("end of file") : m_tok.text;
        m_error.message = why.isEmpty() ? QStringLiteral("Parse error on \"%1\" (%2) at [%3, %4]")
                                              .arg(shown, QLatin1String(kinds[m_tok.kind])).arg(m_tok.line).arg(m_tok.column)
                                        : why;
        m_error.line = m_tok.line;
        m_error.column = m_tok.column;
        m_tok.kind = Token::End;
    }

    bool isPunct(const char *p) const { return m_tok.kind == Token::Punct && m_tok.text == QLatin1String(p); }
    bool isName(const char *n = nullptr) const
    {
        return m_tok.kind == Token::Name && (!n || m_tok.text == QLatin1String(n));
    }

    bool take(const char *p)
    {
        if (!isPunct(p))
            return false;
        advance();
        return true;
    }
    void expect(const char *p)
    {
        if (!take(p))
            fail();
    }
    QString name()
    {
        if (!isName()) {
            fail();
            return {};
        }
        const QString n = m_tok.text;
        advance();
        return n;
    }

    Token next()
    {
        const Token t = m_tok;
        advance();
        return t;
    }

private:
    void advance()
    {
        if (m_failed)
            return;
        // Ignored tokens: white space, line terminators, commas, comments, a BOM.
        while (m_pos < m_text.size()) {
            const QChar c = m_text[m_pos];
            if (c == u'\n') {
                ++m_line;
                m_lineStart = m_pos + 1;
                ++m_pos;
            } else if (c == u' ' || c == u'\t' || c == u'\r' || c == u',' || c == QChar(0xFEFF)) {
                ++m_pos;
            } else if (c == u'#') {
                while (m_pos < m_text.size() && m_text[m_pos] != u'\n')
                    ++m_pos;
            } else {
                break;
            }
        }
        m_tok = Token();
        m_tok.line = m_line;
        m_tok.column = int(m_pos - m_lineStart) + 1;
        if (m_pos >= m_text.size())
            return;
        const QChar c = m_text[m_pos];
        if (m_text.mid(m_pos, 3) == QLatin1String("...")) {
            m_tok = {Token::Punct, QStringLiteral("..."), m_tok.line, m_tok.column};
            m_pos += 3;
        } else if (QStringLiteral("!$&():=@[]{}|").contains(c)) {
            m_tok = {Token::Punct, QString(c), m_tok.line, m_tok.column};
            ++m_pos;
        } else if (c == u'_' || c.isLetter()) {
            qsizetype end = m_pos;
            while (end < m_text.size() && (m_text[end] == u'_' || (m_text[end].unicode() < 128 && m_text[end].isLetterOrNumber())))
                ++end;
            m_tok = {Token::Name, m_text.mid(m_pos, end - m_pos), m_tok.line, m_tok.column};
            m_pos = end;
        } else if (c == u'-' || c.isDigit()) {
            qsizetype end = m_pos + 1;
            bool isFloat = false;
            while (end < m_text.size() && (m_text[end].isDigit() || m_text[end] == u'.' || m_text[end] == u'e'
                                           || m_text[end] == u'E' || ((m_text[end] == u'+' || m_text[end] == u'-')
                                                                       && (m_text[end - 1] == u'e' || m_text[end - 1] == u'E')))) {
                isFloat = isFloat || !m_text[end].isDigit();
                ++end;
            }
            m_tok = {isFloat ? Token::Float : Token::Int, m_text.mid(m_pos, end - m_pos), m_tok.line, m_tok.column};
            m_pos = end;
        } else if (c == u'"') {
            readString();
        } else {
            m_tok = {Token::Punct, QString(c), m_tok.line, m_tok.column};
            fail();
        }
    }

    void readString()
    {
        const int line = m_tok.line, column = m_tok.column;
        QString out;
        qsizetype i = m_pos + 1;
        for (; i < m_text.size() && m_text[i] != u'"'; ++i) {
            if (m_text[i] == u'\n')
                break;
            if (m_text[i] != u'\\') {
                out += m_text[i];
                continue;
            }
            if (++i >= m_text.size())
                break;
            const QChar e = m_text[i];
            if (e == u'n') out += u'\n';
            else if (e == u't') out += u'\t';
            else if (e == u'r') out += u'\r';
            else if (e == u'b') out += u'\b';
            else if (e == u'f') out += u'\f';
            else if (e == u'u' && i + 4 < m_text.size()) {
                out += QChar(m_text.mid(i + 1, 4).toUShort(nullptr, 16));
                i += 4;
            } else out += e;
        }
        if (i >= m_text.size() || m_text[i] != u'"') {
            m_tok = {Token::String, QStringLiteral("\""), line, column};
            fail(QStringLiteral("Parse error on bad Unicode escape sequence or unterminated string at [%1, %2]").arg(line).arg(column));
            return;
        }
        m_tok = {Token::String, out, line, column};
        m_pos = i + 1;
    }

    QString m_text;
    qsizetype m_pos = 0;
    qsizetype m_lineStart = 0;
    int m_line = 1;
    Token m_tok;
    bool m_failed = false;
    GqlParseError m_error;
};

GqlValue value(Reader &r, bool constant);

QList<QPair<QString, GqlValue>> objectFields(Reader &r, bool constant)
{
    QList<QPair<QString, GqlValue>> out;
    r.expect("{");
    while (!r.failed() && !r.take("}")) {
        const QString n = r.name();
        r.expect(":");
        out.append({n, value(r, constant)});
    }
    return out;
}

GqlValue value(Reader &r, bool constant)
{
    GqlValue v;
    if (!constant && r.take("$")) {
        v.kind = GqlValue::Variable;
        v.text = r.name();
    } else if (r.isPunct("[")) {
        r.next();
        v.kind = GqlValue::List;
        while (!r.failed() && !r.take("]"))
            v.items.append(value(r, constant));
    } else if (r.isPunct("{")) {
        v.kind = GqlValue::Object;
        v.fields = objectFields(r, constant);
    } else if (r.peek().kind == Token::Int || r.peek().kind == Token::Float || r.peek().kind == Token::String) {
        const Token t = r.next();
        v.kind = t.kind == Token::Int ? GqlValue::Int : t.kind == Token::Float ? GqlValue::Float : GqlValue::String;
        v.text = t.text;
    } else if (r.isName()) {
        const QString n = r.name();
        v.kind = n == QLatin1String("true") || n == QLatin1String("false") ? GqlValue::Boolean
                 : n == QLatin1String("null")                              ? GqlValue::Null
                                                                           : GqlValue::Enum;
        v.text = n;
    } else {
        r.fail();
    }
    return v;
}

QList<QPair<QString, GqlValue>> arguments(Reader &r)
{
    QList<QPair<QString, GqlValue>> out;
    if (!r.take("("))
        return out;
    do {
        const QString n = r.name();
        r.expect(":");
        out.append({n, value(r, false)});
    } while (!r.failed() && !r.take(")"));
    return out;
}

void skipDirectives(Reader &r)
{
    while (!r.failed() && r.take("@")) {
        r.name();
        arguments(r);
    }
}

QList<GqlSelection> selectionSet(Reader &r, int depth)
{
    QList<GqlSelection> out;
    if (depth > 40) { // GitHub refuses deep queries long before this
        r.fail(QStringLiteral("Query has depth of 41, which exceeds max depth of 40"));
        return out;
    }
    r.expect("{");
    if (r.isPunct("}"))
        r.fail();
    while (!r.failed() && !r.take("}")) {
        GqlSelection s;
        s.line = r.peek().line;
        s.column = r.peek().column;
        if (r.take("...")) {
            if (!r.isName("on")) {
                r.fail(QStringLiteral("Fragment spreads are not supported by this simulator at [%1, %2]").arg(s.line).arg(s.column));
                break;
            }
            r.next();
            s.typeCondition = r.name();
            skipDirectives(r);
            s.hasSelectionSet = true;
            s.selections = selectionSet(r, depth + 1);
        } else {
            s.name = r.name();
            if (r.take(":")) {
                s.alias = s.name;
                s.name = r.name();
            }
            s.args = arguments(r);
            skipDirectives(r);
            if (r.isPunct("{")) {
                s.hasSelectionSet = true;
                s.selections = selectionSet(r, depth + 1);
            }
        }
        out.append(s);
    }
    return out;
}

} // namespace

std::optional<GqlDocument> parseGraphQL(const QString &text, GqlParseError *error)
{
    Reader r(text);
    GqlDocument doc;
    if (r.peek().kind == Token::End) {
        r.fail(QStringLiteral("Unexpected end of document"));
    } else if (r.isName()) {
        doc.operation = r.name();
        if (doc.operation != QLatin1String("query") && doc.operation != QLatin1String("mutation")
            && doc.operation != QLatin1String("subscription"))
            r.fail(QStringLiteral("Parse error on \"%1\" (IDENTIFIER) at [1, 1]").arg(doc.operation));
        if (r.isName())
            doc.name = r.name();
        if (r.take("(")) {
            do {
                GqlVariable v;
                r.expect("$");
                v.name = r.name();
                r.expect(":");
                // Type: Name, [Type], each optionally followed by "!".
                int open = 0;
                while (r.take("[")) {
                    v.type += u'[';
                    ++open;
                }
                v.type += r.name();
                if (r.take("!"))
                    v.type += u'!';
                for (; open > 0 && !r.failed(); --open) {
                    r.expect("]");
                    v.type += u']';
                    if (r.take("!"))
                        v.type += u'!';
                }
                if (r.take("="))
                    v.defaultValue = value(r, true);
                doc.variables.append(v);
            } while (!r.failed() && !r.take(")"));
        }
        skipDirectives(r);
    }
    if (!r.failed())
        doc.selections = selectionSet(r, 0);
    if (!r.failed() && r.peek().kind != Token::End)
        r.fail(QStringLiteral("This simulator answers documents of one operation (no fragments or second operations) at [%1, %2]")
                   .arg(r.peek().line).arg(r.peek().column));
    if (r.failed()) {
        if (error)
            *error = r.error();
        return std::nullopt;
    }
    return doc;
}

} // namespace sim
