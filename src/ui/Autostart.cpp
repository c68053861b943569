#include "Autostart.h"
#include "Settings.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QSaveFile>
#include <QStandardPaths>

Q_LOGGING_CATEGORY(lcAutostart, "cairn.ui.autostart")

namespace cairn::Autostart {

namespace {
// Desktop Entry Specification: quote arguments that contain reserved characters.
QString quoted(const QString &arg)
{
    static const QString reserved = QStringLiteral(" \t\n\"'\\><~|&;$*?#()`");
    bool needs = arg.isEmpty();
    for (const QChar c : arg)
        needs = needs || reserved.contains(c);
    if (!needs)
        return arg;
    QString escaped = arg;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
        .replace(QLatin1Char('"'), QStringLiteral("\\\""))
        .replace(QLatin1Char('`'), QStringLiteral("\\`"))
        .replace(QLatin1Char('$'), QStringLiteral("\\$"));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}
} // namespace

QString entryPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)
        + QStringLiteral("/autostart/cairn.desktop");
}

bool isEnabled()
{
    return QFile::exists(entryPath());
}

bool setEnabled(bool enabled, const QString &executable)
{
    const QString path = entryPath();
    if (!enabled) {
        if (QFile::exists(path) && !QFile::remove(path)) {
            qCWarning(lcAutostart) << "cannot remove" << path;
            return false;
        }
        return true;
    }
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text)) {
        qCWarning(lcAutostart) << "cannot write" << path << file.errorString();
        return false;
    }
    QString entry;
    entry += QStringLiteral("[Desktop Entry]\nType=Application\nName=Cairn\n");
    entry += QStringLiteral("Comment=%1\n")
                 .arg(QCoreApplication::translate("cairn::Autostart", "Keeps the cache of your work data fresh"));
    entry += QStringLiteral("Exec=%1 --background\n").arg(quoted(executable));
    entry += QStringLiteral("Icon=io.github.cairn.Cairn\nTerminal=false\nX-GNOME-Autostart-enabled=true\n");
    file.write(entry.toUtf8());
    if (!file.commit()) {
        qCWarning(lcAutostart) << "cannot write" << path << file.errorString();
        return false;
    }
    return true;
}

bool apply(const Settings &settings, const QString &executable)
{
    // Rewritten when on, so that the Exec line follows a moved binary.
    return setEnabled(settings.value(QStringLiteral("app.start_at_login"), false).toBool(), executable);
}

} // namespace cairn::Autostart
