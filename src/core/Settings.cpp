#include "Settings.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

namespace cairn {

Settings::Settings(const QString &dataDir)
    : m_dataDir(dataDir)
    , m_settings(std::make_unique<QSettings>(QDir(dataDir).filePath(QStringLiteral("cairn.ini")), QSettings::IniFormat))
{
}

namespace {
QString locationFile()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) + QStringLiteral("/location.ini");
}
} // namespace

QString Settings::resolveDataDir(const QString &fromCommandLine)
{
    if (!fromCommandLine.isEmpty())
        return QDir(fromCommandLine).absolutePath();
    const QString env = qEnvironmentVariable("CAIRN_DATA_DIR");
    if (!env.isEmpty())
        return QDir(env).absolutePath();
    const QString chosen = QSettings(locationFile(), QSettings::IniFormat).value(QStringLiteral("data_dir")).toString();
    if (!chosen.isEmpty() && QDir::isAbsolutePath(chosen))
        return QDir(chosen).absolutePath();
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

void Settings::setDefaultDataDir(const QString &dir)
{
    QSettings location(locationFile(), QSettings::IniFormat);
    if (dir.isEmpty())
        location.remove(QStringLiteral("data_dir"));
    else
        location.setValue(QStringLiteral("data_dir"), QDir(dir).absolutePath());
    location.sync();
}

QString Settings::databasePath() const
{
    return QDir(m_dataDir).filePath(QStringLiteral("cairn.sqlite"));
}

QString Settings::filePath() const
{
    return m_settings->fileName();
}

QVariant Settings::value(const QString &key, const QVariant &fallback) const
{
    return m_settings->value(key, fallback);
}

void Settings::setValue(const QString &key, const QVariant &value)
{
    m_settings->setValue(key, value);
    m_settings->sync();
}

void Settings::remove(const QString &keyOrGroup)
{
    m_settings->remove(keyOrGroup);
    m_settings->sync();
}

QStringList Settings::keys() const
{
    return m_settings->allKeys();
}

bool Settings::isBroken() const
{
    return m_settings->status() != QSettings::NoError;
}

QStringList Settings::sources()
{
    return {QStringLiteral("google"), QStringLiteral("asana"), QStringLiteral("github"), QStringLiteral("jira")};
}

QString Settings::displayName(const QString &source)
{
    if (source == QLatin1String("google"))
        return QCoreApplication::translate("cairn::Settings", "Google Contacts");
    if (source == QLatin1String("asana"))
        return QCoreApplication::translate("cairn::Settings", "Asana");
    if (source == QLatin1String("github"))
        return QCoreApplication::translate("cairn::Settings", "GitHub");
    if (source == QLatin1String("jira"))
        return QCoreApplication::translate("cairn::Settings", "Jira");
    return source;
}

QString Settings::envName(const QString &source, const char *suffix)
{
    return QStringLiteral("CAIRN_%1_%2").arg(source.toUpper(), QLatin1String(suffix));
}

QUrl Settings::apiUrl(const QString &source) const
{
    const QString env = qEnvironmentVariable(envName(source, "API_URL").toLatin1().constData());
    if (!env.isEmpty())
        return QUrl(env);
    const QString configured = value(source + QStringLiteral(".api_url")).toString();
    if (!configured.isEmpty())
        return QUrl(configured);
    if (source == QLatin1String("google"))
        return QUrl(QStringLiteral("https://people.googleapis.com"));
    if (source == QLatin1String("asana"))
        return QUrl(QStringLiteral("https://app.asana.com/api/1.0"));
    if (source == QLatin1String("github"))
        return QUrl(value(QStringLiteral("github.base_url"), QStringLiteral("https://api.github.com")).toString());
    return {};
}

QByteArray Settings::environmentToken(const QString &source)
{
    return qgetenv(envName(source, "TOKEN").toLatin1().constData());
}

bool Settings::isSetUp(const QString &source) const
{
    if (!environmentToken(source).isEmpty() || value(source + QStringLiteral(".enabled")).toBool())
        return true;
    // An account signed in (AccountStore keeps them under accounts/<source>/<id>/).
    m_settings->beginGroup(QStringLiteral("accounts/") + source);
    const bool hasAccount = !m_settings->childGroups().isEmpty();
    m_settings->endGroup();
    return hasAccount;
}

} // namespace cairn
