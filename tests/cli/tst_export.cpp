// The exporters: CSV cells a spreadsheet would run as formulas are neutralised, vCard values are
// escaped and long lines folded without splitting a UTF-8 sequence.
#include "google/ContactExport.h"

#include <QtTest>

using namespace cairn;

class TestExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void csvCell_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("cell");
        QTest::newRow("plain") << QStringLiteral("Ada") << QStringLiteral("Ada");
        QTest::newRow("formula =") << QStringLiteral("=HYPERLINK(\"x\")") << QStringLiteral("\"'=HYPERLINK(\"\"x\"\")\"");
        QTest::newRow("formula +") << QStringLiteral("+1+2") << QStringLiteral("\"'+1+2\"");
        QTest::newRow("formula -") << QStringLiteral("-2+3") << QStringLiteral("\"'-2+3\"");
        QTest::newRow("formula @") << QStringLiteral("@SUM(A1)") << QStringLiteral("\"'@SUM(A1)\"");
        QTest::newRow("tab") << QStringLiteral("\t=1") << QStringLiteral("\"'\t=1\"");
        QTest::newRow("comma") << QStringLiteral("Doe, John") << QStringLiteral("\"Doe, John\"");
        QTest::newRow("newline") << QStringLiteral("a\nb") << QStringLiteral("\"a\nb\"");
        QTest::newRow("inner =") << QStringLiteral("a=b") << QStringLiteral("a=b");
        QTest::newRow("empty") << QString() << QString();
    }
    void csvCell()
    {
        QFETCH(QString, value);
        QFETCH(QString, cell);
        QCOMPARE(ContactExport::csvCell(value), cell);
    }

    void vcardEscapesAndFolds()
    {
        Contact c;
        c.resourceName = QStringLiteral("people/c1");
        c.displayName = QStringLiteral("Doe; John, Jr.\\");
        c.note = QString(40, QChar(0x5C71)); // 40 CJK characters, 3 bytes each
        c.birthday = QStringLiteral("--02-29");
        const QByteArray card = ContactExport::toVCard({c});
        QVERIFY(card.startsWith("BEGIN:VCARD\r\nVERSION:4.0\r\n"));
        QVERIFY(card.contains("FN:Doe\\; John\\, Jr.\\\\\r\n"));
        QVERIFY(card.contains("BDAY:--0229\r\n"));
        for (const QByteArray &line : card.split('\n')) {
            QVERIFY2(line.size() <= 76, line.constData()); // 75 octets + CR
            QVERIFY(QString::fromUtf8(line).toUtf8() == line); // no split UTF-8 sequence
        }
        // Unfolding gives the note back whole.
        QByteArray unfolded = card;
        unfolded.replace("\r\n ", "");
        QVERIFY(QString::fromUtf8(unfolded).contains(QStringLiteral("NOTE:") + c.note));
    }

    // Found by fuzzing: service text that a person typed (a custom label, a birthday as text,
    // control characters) must stay inside its own property.
    void vcardKeepsServiceTextInItsProperty()
    {
        Contact c;
        c.resourceName = QStringLiteral("people/c2");
        c.displayName = QStringLiteral("Eve\x01\x7f");
        c.birthday = QStringLiteral("spring\r\nEND:VCARD\r\nBEGIN:VCARD");
        c.emails.append({QStringLiteral("e@example.com"), QStringLiteral("Work:X;\"q\"^"), true});
        c.phones.append({QStringLiteral("1"), QString(), QStringLiteral("Mobile")});
        const QByteArray card = ContactExport::toVCard({c});
        QCOMPARE(card.count("END:VCARD\r\n"), 1); // the birthday text ended no card
        QVERIFY(card.contains("\r\nFN:Eve\r\n"));
        QVERIFY(card.contains("\r\nBDAY;VALUE=text:spring\\nEND:VCARD\\nBEGIN:VCARD\r\n"));
        QVERIFY(card.contains("\r\nEMAIL;TYPE=\"work:x;^'q^'^^\":e@example.com\r\n"));
        QVERIFY(card.contains("\r\nTEL;TYPE=mobile:1\r\n"));
        QVERIFY(ContactExport::toVCard({Contact{.resourceName = QStringLiteral("people/c3"), .birthday = QStringLiteral("1815-12-10")}})
                    .contains("\r\nBDAY:18151210\r\n"));
    }
};

QTEST_GUILESS_MAIN(TestExport)
#include "tst_export.moc"
