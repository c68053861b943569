// The ADF renderers and Jira's time format: pure functions, any input safe.
#include "jira/Adf.h"
#include "jira/JiraMapper.h"
#include "jira/JiraSyncer.h"
#include "Error.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QtTest>

using namespace cairn;

namespace {
QJsonValue parse(const char *json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}
} // namespace

class TestJiraAdf : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void plainText_data()
    {
        QTest::addColumn<QString>("adf");
        QTest::addColumn<QString>("text");
        QTest::newRow("paragraphs") << "{\"type\":\"doc\",\"version\":1,\"content\":[{\"type\":\"paragraph\",\"content\":[{\"type\":\"text\",\"text\":\"Hello \"},{\"type\":\"text\",\"text\":\"world\",\"marks\":[{\"type\":\"strong\"}]}]},{\"type\":\"paragraph\",\"content\":[{\"type\":\"text\",\"text\":\"Second\"},{\"type\":\"hardBreak\"},{\"type\":\"text\",\"text\":\"line\"}]}]}"
                                    << "Hello world\n\nSecond\nline";
        QTest::newRow("lists") << "{\"type\":\"doc\",\"content\":[{\"type\":\"bulletList\",\"content\":[{\"type\":\"listItem\",\"content\":[{\"type\":\"paragraph\",\"content\":[{\"type\":\"text\",\"text\":\"one\"}]}]},{\"type\":\"listItem\",\"content\":[{\"type\":\"paragraph\",\"content\":[{\"type\":\"text\",\"text\":\"two\"}]},{\"type\":\"orderedList\",\"attrs\":{\"order\":3},\"content\":[{\"type\":\"listItem\",\"content\":[{\"type\":\"paragraph\",\"content\":[{\"type\":\"text\",\"text\":\"three\"}]}]},{\"type\":\"listItem\",\"content\":[{\"type\":\"paragraph\",\"content\":[{\"type\":\"text\",\"text\":\"four\"}]}]}]}]}]}]}"
                               << "• one\n• two\n  3. three\n  4. four";
        QTest::newRow("atoms") << "{\"type\":\"doc\",\"content\":[{\"type\":\"paragraph\",\"content\":[{\"type\":\"mention\",\"attrs\":{\"id\":\"abc\",\"text\":\"@Mia\"}},{\"type\":\"text\",\"text\":\" \"},{\"type\":\"emoji\",\"attrs\":{\"shortName\":\":smile:\",\"text\":\"😄\"}},{\"type\":\"text\",\"text\":\" \"},{\"type\":\"inlineCard\",\"attrs\":{\"url\":\"https://x.atlassian.net/browse/A-1\"}},{\"type\":\"text\",\"text\":\" \"},{\"type\":\"status\",\"attrs\":{\"text\":\"DONE\"}},{\"type\":\"text\",\"text\":\" \"},{\"type\":\"date\",\"attrs\":{\"timestamp\":\"1700000000000\"}}]}]}"
                               << "@Mia 😄 https://x.atlassian.net/browse/A-1 [DONE] 2023-11-14";
        QTest::newRow("code, quote, rule, table") << "{\"type\":\"doc\",\"content\":[{\"type\":\"codeBlock\",\"content\":[{\"type\":\"text\",\"text\":\"a\\nb\"}]},{\"type\":\"blockquote\",\"content\":[{\"type\":\"paragraph\",\"content\":[{\"type\":\"text\",\"text\":\"quoted\"}]}]},{\"type\":\"rule\"},{\"type\":\"table\",\"content\":[{\"type\":\"tableRow\",\"content\":[{\"type\":\"tableHeader\",\"content\":[{\"type\":\"paragraph\",\"content\":[{\"type\":\"text\",\"text\":\"k\"}]}]},{\"type\":\"tableCell\",\"content\":[{\"type\":\"paragraph\",\"content\":[{\"type\":\"text\",\"text\":\"v\"}]}]}]}]}]}"
                                                  << "a\nb\n\n> quoted\n\n----\nk | v";
        QTest::newRow("unknown nodes keep their text") << "{\"type\":\"doc\",\"content\":[{\"type\":\"futureThing\",\"content\":[{\"type\":\"paragraph\",\"content\":[{\"type\":\"text\",\"text\":\"kept\"}]}]}]}"
                                                       << "kept";
        QTest::newRow("empty") << "{\"type\":\"doc\",\"version\":1,\"content\":[]}" << "";
    }
    void plainText()
    {
        QFETCH(QString, adf);
        QFETCH(QString, text);
        const QJsonDocument doc = QJsonDocument::fromJson(adf.toUtf8());
        QVERIFY(doc.isObject());
        QCOMPARE(adf::toPlainText(doc.object()), text);
    }

    void htmlIsEscapedAndLinksAreSafe()
    {
        const QJsonValue doc = parse("{\"type\":\"doc\",\"content\":[{\"type\":\"paragraph\",\"content\":[{\"type\":\"text\",\"text\":\"<script>alert(1)</script> & co\"},{\"type\":\"text\",\"text\":\"ok\",\"marks\":[{\"type\":\"link\",\"attrs\":{\"href\":\"https://example.com/?a=1&b=\\\"2\\\"\"}}]},{\"type\":\"text\",\"text\":\"bad\",\"marks\":[{\"type\":\"link\",\"attrs\":{\"href\":\"javascript:alert(1)\"}}]}]},{\"type\":\"heading\",\"attrs\":{\"level\":99},\"content\":[{\"type\":\"text\",\"text\":\"H\"}]},{\"type\":\"mediaSingle\",\"content\":[{\"type\":\"media\",\"attrs\":{\"id\":\"x\",\"type\":\"file\"}}]}]}");
        const QString html = adf::toHtml(doc);
        QVERIFY2(!html.contains(QLatin1String("<script>")), qPrintable(html));
        QVERIFY(html.contains(QLatin1String("&lt;script&gt;")));
        QVERIFY(html.contains(QLatin1String("&amp; co")));
        QVERIFY(html.contains(QLatin1String("<a href=\"https://example.com/?a=1&amp;b=%222%22\">ok</a>")));
        QVERIFY(!html.contains(QLatin1String("javascript")));
        QVERIFY(html.contains(QLatin1String("<h6>H</h6>")));
        QVERIFY(html.contains(QLatin1String("[attachment]")));
        QVERIFY(!html.contains(QLatin1String("<img")));
    }

    // Random and hostile JSON never crashes either renderer (a small in-process fuzz).
    void anyJsonIsSafe()
    {
        QRandomGenerator rng(42);
        const QStringList types{QStringLiteral("doc"), QStringLiteral("paragraph"), QStringLiteral("text"), QStringLiteral("bulletList"),
                                QStringLiteral("listItem"), QStringLiteral("orderedList"), QStringLiteral("table"), QStringLiteral("tableRow"),
                                QStringLiteral("tableCell"), QStringLiteral("mention"), QStringLiteral("hardBreak"), QStringLiteral("codeBlock"),
                                QStringLiteral("blockquote"), QStringLiteral("expand"), QStringLiteral("date"), QStringLiteral("x")};
        std::function<QJsonValue(int)> make = [&](int depth) -> QJsonValue {
            switch (rng.bounded(6)) {
            case 0: return QJsonValue(double(rng.bounded(1000)));
            case 1: return QJsonValue(QStringLiteral("t<&>"));
            case 2: return QJsonValue();
            default: break;
            }
            QJsonObject o{{QStringLiteral("type"), types.at(int(rng.bounded(types.size())))}};
            if (rng.bounded(3) == 0)
                o.insert(QStringLiteral("text"), rng.bounded(2) ? QJsonValue(QStringLiteral("x")) : QJsonValue(5));
            if (rng.bounded(3) == 0)
                o.insert(QStringLiteral("attrs"), rng.bounded(2) ? QJsonValue(QJsonObject{{QStringLiteral("order"), -5}, {QStringLiteral("timestamp"), QStringLiteral("zz")}})
                                                                : QJsonValue(QJsonArray{1, 2}));
            if (depth < 8 && rng.bounded(2)) {
                QJsonArray content;
                for (int k = int(rng.bounded(4)); k > 0; --k)
                    content.append(make(depth + 1));
                o.insert(QStringLiteral("content"), rng.bounded(5) ? QJsonValue(content) : QJsonValue(QStringLiteral("oops")));
            }
            return o;
        };
        for (int i = 0; i < 3000; ++i) {
            const QJsonValue v = make(0);
            (void)adf::toPlainText(v);
            (void)adf::toHtml(v);
        }
        // Nesting far deeper than any document: cut off, not a stack overflow.
        QJsonObject deep{{QStringLiteral("type"), QStringLiteral("text")}, {QStringLiteral("text"), QStringLiteral("bottom")}};
        for (int i = 0; i < 5000; ++i)
            deep = QJsonObject{{QStringLiteral("type"), QStringLiteral("blockquote")}, {QStringLiteral("content"), QJsonArray{deep}}};
        QVERIFY(!adf::toPlainText(deep).contains(QLatin1String("bottom")));
        QVERIFY(!adf::toHtml(deep).contains(QLatin1String("bottom")));
    }

    void jiraTimes()
    {
        QCOMPARE(jira::parseJiraTime(QStringLiteral("2023-06-24T19:24:50.000+0000")).toMSecsSinceEpoch(),
                 QDateTime(QDate(2023, 6, 24), QTime(19, 24, 50), Qt::UTC).toMSecsSinceEpoch());
        QCOMPARE(jira::parseJiraTime(QStringLiteral("2023-06-25T08:24:50.123+1300")).toMSecsSinceEpoch(),
                 QDateTime(QDate(2023, 6, 24), QTime(19, 24, 50, 123), Qt::UTC).toMSecsSinceEpoch());
        QCOMPARE(jira::parseJiraTime(QStringLiteral("2023-06-24T11:24:50.5-08:00")).toMSecsSinceEpoch(),
                 QDateTime(QDate(2023, 6, 24), QTime(19, 24, 50, 500), Qt::UTC).toMSecsSinceEpoch());
        QVERIFY(!jira::parseJiraTime(QStringLiteral("yesterday")).isValid());
        QVERIFY(!jira::parseJiraTime(QStringLiteral("2023-13-24T19:24:50.000+0000")).isValid());
        QCOMPARE(jira::parseJiraTime(QStringLiteral(" 2024-02-29T23:59:59Z ")).toMSecsSinceEpoch(),
                 QDateTime(QDate(2024, 2, 29), QTime(23, 59, 59), Qt::UTC).toMSecsSinceEpoch());
        QCOMPARE(jira::parseJiraTime(QStringLiteral("2023-06-24T19:24:50.123456789Z")).toMSecsSinceEpoch(),
                 QDateTime(QDate(2023, 6, 24), QTime(19, 24, 50, 123), Qt::UTC).toMSecsSinceEpoch());
        for (const char *bad : {"2023-02-29T10:00:00Z", "2023-06-24T19:24:50", "2023-06-24T19:24:50.Z",
                                "2023-06-24T19:24:50+05", "2023-06-24T19:24:50+0500x", "2023-06-24 19:24:50Z",
                                "2023-06-24T24:00:00Z", "２０２３-06-24T19:24:50Z", "2023-06-24T19:24:50.1٢Z", ""})
            QVERIFY2(!jira::parseJiraTime(QString::fromUtf8(bad)).isValid(), bad);
    }

    void mapperRejectsBadIssues()
    {
        QVERIFY_THROWS_EXCEPTION(Error, jira::issueFromJson(QJsonObject{{QStringLiteral("id"), QStringLiteral("1")}}, QStringLiteral("c")));
        const QJsonObject badTime{{QStringLiteral("id"), QStringLiteral("1")}, {QStringLiteral("key"), QStringLiteral("A-1")},
                                  {QStringLiteral("fields"), QJsonObject{{QStringLiteral("updated"), QStringLiteral("soon")}}}};
        QVERIFY_THROWS_EXCEPTION(Error, jira::issueFromJson(badTime, QStringLiteral("c")));
        const QJsonObject badLabels{{QStringLiteral("id"), QStringLiteral("1")}, {QStringLiteral("key"), QStringLiteral("A-1")},
                                    {QStringLiteral("fields"), QJsonObject{{QStringLiteral("updated"), QStringLiteral("2023-06-24T19:24:50.000+0000")},
                                                                           {QStringLiteral("labels"), QJsonArray{1}}}}};
        QVERIFY_THROWS_EXCEPTION(Error, jira::issueFromJson(badLabels, QStringLiteral("c")));
    }

    void jqlBuilding()
    {
        QCOMPARE(JiraSyncer::withoutOrderBy(QStringLiteral("project = A ORDER BY created DESC")), QStringLiteral("project = A"));
        QCOMPARE(JiraSyncer::withoutOrderBy(QStringLiteral("summary ~ \"order by\" and project = A")),
                 QStringLiteral("summary ~ \"order by\" and project = A"));
        QCOMPARE(JiraSyncer::incrementalJql(QStringLiteral("project = A OR project = B order by key"),
                                            QDateTime::fromMSecsSinceEpoch(1732877091000, Qt::UTC)),
                 QStringLiteral("(project = A OR project = B) AND updated >= 1732877091000 ORDER BY updated ASC"));
    }
};

QTEST_GUILESS_MAIN(TestJiraAdf)
#include "tst_jiraadf.moc"
