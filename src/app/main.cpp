#include "CommandLine.h"
#include "FileSafety.h"
#include "WindowApp.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace {

void setIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Cairn"));
    QCoreApplication::setApplicationName(QStringLiteral("cairn"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CAIRN_VERSION));
}

void installTranslations(QCoreApplication &app)
{
    auto *qt = new QTranslator(&app);
    if (qt->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    // The user's language, else English: its catalogue holds the plural forms ("1 contact").
    auto *own = new QTranslator(&app);
    if (own->load(QLocale(), QStringLiteral("cairn"), QStringLiteral("_"), QStringLiteral(":/i18n"))
        || own->load(QStringLiteral("cairn_en"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(own);
}

} // namespace

int main(int argc, char **argv)
{
    // Before anything is opened: what Cairn creates is its user's alone (umask 077), and no core
    // dump carries the tokens in its memory (CAIRN_ALLOW_CORE_DUMPS=1 allows them).
    cairn::files::hardenProcess();
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);

    setIdentity();
    if (cairn::CommandLine::wantsCommand(arguments)) {
        QCoreApplication app(argc, argv);
        installTranslations(app);
        cairn::CommandLine::setUpLogging(app.arguments());
        return cairn::CommandLine::run(app.arguments());
    }

    QApplication app(argc, argv);
    app.setApplicationDisplayName(QStringLiteral("Cairn"));
    app.setWindowIcon(QIcon(QStringLiteral(":/cairn/icons/cairn.svg")));
    installTranslations(app);
    QCommandLineParser parser;
    const QCommandLineOption demo(QStringLiteral("demo"));
    const QCommandLineOption background(QStringLiteral("background")); // autostart: into the tray
    const QCommandLineOption dataDir(QStringLiteral("data-dir"), QString(), QStringLiteral("dir"));
    parser.addOptions({demo, background, dataDir});
    if (!parser.parse(app.arguments())) {
        qCritical("cairn: %s", qPrintable(parser.errorText()));
        return 2;
    }
    return cairn::runWindow(app, {parser.value(dataDir), parser.isSet(demo), parser.isSet(background)});
}
