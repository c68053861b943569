// Replays every fuzz target's seed corpus (tests/fuzz/corpus/<target>/) and every input a
// fuzzer once broke (tests/fuzz/regressions/<target>/) through the same entries libFuzzer
// runs, so what a fuzzer found stays a regular test in the GCC build without clang.
#include "ClipLine.h"
#include "google/ContactExport.h"
#include "FuzzEntries.h"

#include <QDir>
#include <QtTest>

using namespace cairn;

namespace {

const QStringList kKinds{QStringLiteral("corpus"), QStringLiteral("regressions")};

QStringList targetNames()
{
    QStringList names;
    for (const fuzz::Target &t : fuzz::targets())
        names << t.name;
    names.sort();
    return names;
}

} // namespace

class TestFuzzCorpus : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyTargetHasSeedsAndEveryFolderATarget()
    {
        QStringList names = targetNames();
        QVERIFY2(names.size() >= 7, qPrintable(names.join(QLatin1Char(' '))));
        QCOMPARE(names.removeDuplicates(), 0);
        for (const QString &name : names) {
            const QDir dir(QStringLiteral(CAIRN_FUZZ_DIR "/corpus/") + name);
            QVERIFY2(dir.entryList(QDir::Files).size() >= 3, qPrintable(QStringLiteral("too few seeds in ") + dir.path()));
        }
        for (const QString &kind : kKinds) {
            const QDir root(QStringLiteral(CAIRN_FUZZ_DIR "/") + kind);
            for (const QString &folder : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot))
                QVERIFY2(names.contains(folder), qPrintable(QStringLiteral("no fuzz target for %1/%2").arg(kind, folder)));
        }
    }

    void replay_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("file");
        int rows = 0;
        for (const QString &kind : kKinds) {
            for (const QString &name : targetNames()) {
                const QDir dir(QStringLiteral(CAIRN_FUZZ_DIR "/%1/%2").arg(kind, name));
                for (const QString &file : dir.entryList(QDir::Files, QDir::Name)) {
                    QTest::addRow("%s/%s/%s", qPrintable(kind), qPrintable(name), qPrintable(file)) << name << dir.filePath(file);
                    ++rows;
                }
            }
        }
        QVERIFY(rows > 0);
    }
    void replay()
    {
        QFETCH(QString, target);
        QFETCH(QString, file);
        QFile f(file);
        QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(file));
        const QByteArray input = f.readAll();
        for (const fuzz::Target &t : fuzz::targets()) {
            if (t.name == target) {
                const QString failure = t.entry(input);
                QVERIFY2(failure.isEmpty(), qUtf8Printable(failure));
                return;
            }
        }
        QFAIL("no such target");
    }

    // Found by fuzzing the error bodies: a service's message must become one clean line.
    void clipLine_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("max");
        QTest::addColumn<QString>("line");
        QTest::newRow("plain") << QStringLiteral("Not Authorized") << 300 << QStringLiteral("Not Authorized");
        QTest::newRow("breaks") << QStringLiteral(" a\r\n\tb\u2028c ") << 300 << QStringLiteral("a b c");
        QTest::newRow("controls") << QStringLiteral("boom\0\a\x1b[31m red\x7f\u0085!") << 300 << QStringLiteral("boom [31m red !");
        QTest::newRow("cut") << QStringLiteral("abcdef") << 4 << QStringLiteral("abc…");
        QTest::newRow("no half pair") << QStringLiteral("ab😀😀") << 4 << QStringLiteral("ab…");
        QTest::newRow("lone surrogate") << (QStringLiteral("a") + QChar(0xD800) + QStringLiteral("b")) << 300 << QStringLiteral("ab");
    }
    void clipLine()
    {
        QFETCH(QString, text);
        QFETCH(int, max);
        QFETCH(QString, line);
        QCOMPARE(cairn::clipLine(text, max), line);
        QVERIFY(fuzz::lineProblem(cairn::clipLine(text, max)).isEmpty());
    }

    // The checks themselves must catch broken output, or a green replay means nothing.
    void checksCatchBrokenExports()
    {
        Contact c;
        c.resourceName = QStringLiteral("people/c1");
        c.displayName = QStringLiteral("=cmd|' /C calc'!A0");
        c.note = QString(100, QLatin1Char('x'));
        const QList<Contact> one{c};
        QVERIFY(fuzz::checkCsv(one, ContactExport::toCsv(one)).isEmpty());
        QVERIFY(fuzz::checkVCard(one, ContactExport::toVCard(one)).isEmpty());

        QByteArray formula = ContactExport::toCsv(one);
        formula.replace("\"'=cmd", "\"=cmd");
        QVERIFY(fuzz::checkCsv(one, formula).contains(QLatin1String("formula")));
        QVERIFY(!fuzz::checkCsv(one, ContactExport::toCsv({c, c})).isEmpty()); // a row too many

        QByteArray unfolded = ContactExport::toVCard(one);
        unfolded.replace("\r\n ", "");
        QVERIFY(fuzz::checkVCard(one, unfolded).contains(QLatin1String("octets")));
        QByteArray injected = ContactExport::toVCard(one);
        injected.replace("FN:", "FN:x\r\nTEL:1\r\nFN:");
        QVERIFY(!fuzz::checkVCard(one, injected).isEmpty());
        QByteArray unescaped = ContactExport::toVCard(one);
        unescaped.replace("' /C calc'!A0", "a,b");
        QVERIFY(fuzz::checkVCard(one, unescaped).contains(QLatin1String("bad escape")));

        Error twoLines(Error::Kind::BadResponse, QStringLiteral("bad\nanswer"));
        QVERIFY(!fuzz::errorProblem(twoLines).isEmpty());
        QVERIFY(fuzz::errorProblem(Error(Error::Kind::BadResponse, QStringLiteral("bad answer"))).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestFuzzCorpus)
#include "tst_fuzzcorpus.moc"
