#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

namespace {

// The sources lupdate reads for translations/cairn_de.ts (src/CMakeLists.txt): src/ except
// the simulator, and the Designer forms.
QStringList translatableSources()
{
    QStringList files;
    QDirIterator it(QStringLiteral(CAIRN_SOURCE_DIR "/src"), {QStringLiteral("*.cpp"), QStringLiteral("*.h")},
                    QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString f = it.next();
        if (!f.contains(QLatin1String("/sim/")))
            files << f;
    }
    QDirIterator forms(QStringLiteral(CAIRN_SOURCE_DIR "/ui"), {QStringLiteral("*.ui")}, QDir::Files);
    while (forms.hasNext())
        files << forms.next();
    files.sort();
    return files;
}

// "context | source" of every message that has no finished translation (`pluralsOnly`: of
// the messages with plural forms — English translates only those).
QStringList unfinished(const QString &tsPath, bool pluralsOnly = false)
{
    QFile file(tsPath);
    if (!file.open(QIODevice::ReadOnly))
        return {QStringLiteral("cannot read ") + tsPath};
    QStringList out;
    QXmlStreamReader xml(&file);
    QString context, source;
    bool numerus = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("message"))
            numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        else if (xml.name() == QLatin1String("name"))
            context = xml.readElementText();
        else if (xml.name() == QLatin1String("source"))
            source = xml.readElementText();
        else if (xml.name() == QLatin1String("translation")) {
            const bool open = xml.attributes().value(QLatin1String("type")) == QLatin1String("unfinished");
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            if ((open || text.trimmed().isEmpty()) && (numerus || !pluralsOnly))
                out << context + QStringLiteral(" | ") + source;
        }
    }
    return out;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // German: every message. English: the messages with plural forms ("%n contact(s)"
    // reads "1 contact", "2 contacts"); the others show their source text.
    void catalogues_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<bool>("pluralsOnly");
        QTest::newRow("de") << QStringLiteral("de") << false;
        QTest::newRow("en") << QStringLiteral("en") << true;
    }

    void committedFileIsComplete_data() { catalogues_data(); }
    void committedFileIsComplete()
    {
        QFETCH(QString, language);
        QFETCH(bool, pluralsOnly);
        const QStringList open = unfinished(QStringLiteral(CAIRN_SOURCE_DIR "/translations/cairn_%1.ts").arg(language), pluralsOnly);
        QVERIFY2(open.isEmpty(), qPrintable(QStringLiteral("untranslated:\n") + open.join(QLatin1Char('\n'))));
    }

    // lupdate over today's sources into a copy: a string that is new (not in the committed
    // file) arrives unfinished, so any user-visible string without German (any plural
    // without its English forms) fails here.
    void everySourceStringIsTranslated_data() { catalogues_data(); }
    void everySourceStringIsTranslated()
    {
        QFETCH(QString, language);
        QFETCH(bool, pluralsOnly);
        QTemporaryDir dir;
        const QString copy = dir.filePath(QStringLiteral("cairn_%1.ts").arg(language));
        QVERIFY(QFile::copy(QStringLiteral(CAIRN_SOURCE_DIR "/translations/cairn_%1.ts").arg(language), copy));
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
        QFile list(dir.filePath(QStringLiteral("sources.lst")));
        QVERIFY(list.open(QIODevice::WriteOnly));
        list.write(translatableSources().join(QLatin1Char('\n')).toUtf8());
        list.close();
        QProcess lupdate;
        lupdate.start(QStringLiteral(CAIRN_LUPDATE), {QStringLiteral("-no-obsolete"), QStringLiteral("-locations"),
                                                      QStringLiteral("none"), QLatin1Char('@') + list.fileName(),
                                                      QStringLiteral("-ts"), copy});
        QVERIFY(lupdate.waitForFinished(300'000));
        QVERIFY2(lupdate.exitCode() == 0, lupdate.readAllStandardError().constData());
        const QStringList open = unfinished(copy, pluralsOnly);
        QVERIFY2(open.isEmpty(), qPrintable(QStringLiteral("missing from translations/cairn_%1.ts or untranslated "
                                                           "(run the update_translations target, then translate):\n").arg(language)
                                            + open.join(QLatin1Char('\n'))));
    }

    void englishPluralsRead()
    {
        QTranslator translator;
        QVERIFY(translator.load(QLocale(QLocale::English, QLocale::UnitedStates), QStringLiteral("cairn"),
                                QStringLiteral("_"), QStringLiteral(CAIRN_QM_DIR)));
        QCoreApplication::installTranslator(&translator);
        QCOMPARE(QCoreApplication::translate("cairn::MainWindow", "%1: %n change(s)", nullptr, 1), QStringLiteral("%1: 1 change"));
        QCOMPARE(QCoreApplication::translate("cairn::MainWindow", "%1: %n change(s)", nullptr, 3), QStringLiteral("%1: 3 changes"));
        QCOMPARE(QCoreApplication::translate("cairn::MainWindow", "&Sync now"), QStringLiteral("&Sync now")); // the source
        QCoreApplication::removeTranslator(&translator);
    }

    void germanCatalogueLoads()
    {
        QTranslator translator;
        QVERIFY(translator.load(QLocale(QLocale::German, QLocale::Germany), QStringLiteral("cairn"),
                                QStringLiteral("_"), QStringLiteral(CAIRN_QM_DIR)));
        QCoreApplication::installTranslator(&translator);
        QCOMPARE(QCoreApplication::translate("cairn::MainWindow", "&Sync now"), QStringLiteral("&Jetzt abgleichen"));
        QCOMPARE(QCoreApplication::translate("cairn::Tray", "&Pause syncing"), QStringLiteral("Abgleich &pausieren"));
        QCOMPARE(QCoreApplication::translate("cairn::RelativeTime", "%n min ago", nullptr, 5), QStringLiteral("vor 5 Min."));
        QCoreApplication::removeTranslator(&translator);
    }

    // The binary picks German from the environment, with the catalogue embedded under :/i18n.
    void binarySpeaksGermanUnderAGermanLocale()
    {
        const QString cairn = QStringLiteral(CAIRN_BIN_DIR "/cairn");
        QVERIFY2(QFile::exists(cairn), "cairn is not built (the test depends on it)");
        QTemporaryDir data;
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("de"));
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("de_DE.UTF-8"));
        env.insert(QStringLiteral("LANG"), QStringLiteral("de_DE.UTF-8"));
        p.setProcessEnvironment(env);
        p.start(cairn, {QStringLiteral("--data-dir"), data.path(), QStringLiteral("frobnicate")});
        QVERIFY(p.waitForFinished(30'000));
        QVERIFY(p.exitCode() != 0);
        const QString err = QString::fromUtf8(p.readAllStandardError());
        QVERIFY2(err.contains(QStringLiteral("unbekannter Befehl")), qPrintable(err));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
