// The window reads through the store (issue 21): no SQL in src/ui. Every string literal of
// every source file there is read (comments are not), and one that holds an SQL keyword (in
// SQL's capitals, as Cairn writes SQL) fails the test with its file and line: the query
// belongs in a query class of src/store (ContactsQuery, TasksQuery, PullsQuery, IssuesQuery,
// PersonQuery, ProjectsQuery).
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

namespace {

struct Literal
{
    int line = 0;
    QString text;
};

// The string literals of C++ source text: "…" with escapes (and u8/u/U/L prefixes), raw
// strings R"d(…)d"; comments and character literals ('"') skipped, and a digit separator
// (10'000) taken for one.
QList<Literal> stringLiterals(const QString &source)
{
    QList<Literal> out;
    int line = 1;
    const qsizetype n = source.size();
    auto at = [&](qsizetype i) { return i < n ? source.at(i) : QChar(); };
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = source.at(i);
        if (c == u'\n') {
            ++line;
        } else if (c == u'/' && at(i + 1) == u'/') {
            while (i < n && source.at(i) != u'\n')
                ++i;
            --i; // the newline counts the line
        } else if (c == u'/' && at(i + 1) == u'*') {
            for (i += 2; i < n && !(source.at(i) == u'*' && at(i + 1) == u'/'); ++i)
                if (source.at(i) == u'\n')
                    ++line;
            ++i;
        } else if (c == u'\'') {
            if (i > 0 && source.at(i - 1).isDigit())
                continue; // 10'000
            for (++i; i < n && source.at(i) != u'\''; ++i)
                if (source.at(i) == u'\\')
                    ++i;
        } else if (c == u'"') {
            const bool raw = i > 0 && source.at(i - 1) == u'R';
            Literal lit{line, {}};
            if (raw) {
                const qsizetype open = source.indexOf(u'(', i);
                const QString close = u')' + source.mid(i + 1, open - i - 1) + u'"';
                const qsizetype end = source.indexOf(close, open);
                lit.text = source.mid(open + 1, (end < 0 ? n : end) - open - 1);
                line += int(lit.text.count(u'\n'));
                i = end < 0 ? n : end + close.size() - 1;
            } else {
                for (++i; i < n && source.at(i) != u'"'; ++i) {
                    if (source.at(i) == u'\\' && i + 1 < n)
                        lit.text += source.at(++i);
                    else
                        lit.text += source.at(i);
                }
            }
            out.append(lit);
        }
    }
    return out;
}

// SQL's words as Cairn writes them (capitals; a whole word), a bound value (`= ?`) and a
// column of a table alias (`t.deleted_at`). ORDER BY counts before a placeholder or such a
// column only: the Jira picker writes JQL ("… ORDER BY updated").
const QRegularExpression &sqlWords()
{
    static const QRegularExpression re(QStringLiteral(
        "\\b(SELECT|INSERT|UPDATE|DELETE|FROM|WHERE|JOIN|GROUP BY|HAVING|COLLATE|PRAGMA|IS (NOT )?NULL|LIMIT|OFFSET|"
        "VALUES|CREATE|DROP|ALTER|UNION|json_each|sqlite_\\w+)\\b"
        "|ORDER BY (%\\d|\\w+\\.\\w+)|\\w+ (=|<>|>=|<=) \\?|\\b[a-z]{1,2}\\.[a-z]+_\\w+"));
    return re;
}

// "file:line: the literal" for each literal of `source` with SQL in it.
QStringList sqlIn(const QString &file, const QString &source)
{
    QStringList found;
    for (const Literal &l : stringLiterals(source))
        if (sqlWords().match(l.text).hasMatch())
            found << QStringLiteral("%1:%2: \"%3\"").arg(file).arg(l.line).arg(l.text.left(100));
    return found;
}

} // namespace

class TestNoSqlInUi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // The scanner itself: it finds SQL in every kind of literal, and only there.
    void scannerFindsSqlInLiteralsOnly()
    {
        const QString source = QStringLiteral(
            "// SELECT in a comment is no query\n"
            "/* nor FROM here,\n   nor WHERE */\n"
            "const char quote = '\"'; int n = 10'000;\n"
            "auto a = QStringLiteral(\"SELECT id FROM contacts\");\n"
            "auto b = tr(\"Select a person\");\n"
            "auto c = QStringLiteral(\"id, name \"\n"
            "                        \"FROM asana_tasks\");\n"
            "auto d = R\"SQL(\nCREATE INDEX x ON y(z);\n)SQL\";\n"
            "auto e = QStringLiteral(\"project in (%1) ORDER BY updated\");\n"
            "auto f = QStringLiteral(\"a \\\" WHERE b\");\n"
            "auto g = QStringLiteral(\"deleted_at IS NULL\");\n"
            "auto h = QStringLiteral(\" ORDER BY %1%2, t.id%2\") + \"c.sort_key\" + \"account = ?\";\n"
            "auto i = tr(\"e.g. sync.google.interval_minutes = 5\");\n");
        const QStringList found = sqlIn(QStringLiteral("x.cpp"), source);
        QCOMPARE(found, (QStringList{QStringLiteral("x.cpp:5: \"SELECT id FROM contacts\""),
                                     QStringLiteral("x.cpp:8: \"FROM asana_tasks\""),
                                     QStringLiteral("x.cpp:9: \"\nCREATE INDEX x ON y(z);\n\""),
                                     QStringLiteral("x.cpp:13: \"a \" WHERE b\""),
                                     QStringLiteral("x.cpp:14: \"deleted_at IS NULL\""),
                                     QStringLiteral("x.cpp:15: \" ORDER BY %1%2, t.id%2\""),
                                     QStringLiteral("x.cpp:15: \"c.sort_key\""),
                                     QStringLiteral("x.cpp:15: \"account = ?\"")}));
    }

    void uiHasNoSql()
    {
        const QString dir = QStringLiteral(CAIRN_SOURCE_DIR "/src/ui");
        QStringList found;
        int files = 0;
        for (QDirIterator it(dir, {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files, QDirIterator::Subdirectories);
             it.hasNext();) {
            QFile f(it.next());
            QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(f.fileName()));
            found << sqlIn(QDir(dir).relativeFilePath(f.fileName()), QString::fromUtf8(f.readAll()));
            ++files;
        }
        QVERIFY2(files > 50, qPrintable(QStringLiteral("only %1 files in %2").arg(files).arg(dir)));
        QVERIFY2(found.isEmpty(), qPrintable(QStringLiteral("SQL in src/ui (it belongs in a query class of src/store):\n")
                                             + found.join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestNoSqlInUi)
#include "tst_nosqlinui.moc"
