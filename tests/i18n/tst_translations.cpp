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

// "context | source" of every message that has no finished translation.
QStringList unfinished(const QString &tsPath)
{
    QFile file(tsPath);
    if (!file.open(QIODevice::ReadOnly))
        return {QStringLiteral("cannot read ") + tsPath};
    QStringList out;
    QXmlStreamReader xml(&file);
    QString context, source;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name"))
            context = xml.readElementText();
        else if (xml.name() == QLatin1String("source"))
            source = xml.readElementText();
        else if (xml.name() == QLatin1String("translation")) {
            const bool open = xml.attributes().value(QLatin1String("type")) == QLatin1String("unfinished");
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            if (open || text.trimmed().isEmpty())
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
    void committedFileIsComplete()
    {
        const QStringList open = unfinished(QStringLiteral(CAIRN_SOURCE_DIR "/translations/cairn_de.ts"));
        QVERIFY2(open.isEmpty(), qPrintable(QStringLiteral("untranslated:\n") + open.join(QLatin1Char('\n'))));
    }

    // lupdate over today's sources into a copy: a string that is new (not in the committed
    // file) arrives unfinished, so any user-visible string without German fails here.
    void everySourceStringIsTranslated()
    {
        QTemporaryDir dir;
        const QString copy = dir.filePath(QStringLiteral("cairn_de.ts"));
        QVERIFY(QFile::copy(QStringLiteral(CAIRN_SOURCE_DIR "/translations/cairn_de.ts"), copy));
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
        const QStringList open = unfinished(copy);
        QVERIFY2(open.isEmpty(), qPrintable(QStringLiteral("missing from translations/cairn_de.ts or untranslated "
                                                           "(run the update_translations target, then translate):\n")
                                            + open.join(QLatin1Char('\n'))));
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
