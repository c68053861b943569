#include "Settings.h"
#include "FileSafety.h"
#include "SettingsTable.h"
#include "SourceFacts.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QStringDecoder>
#include <QStandardPaths>

namespace cairn {

namespace {
// Why the INI file at `path` cannot be used, in a few words; "" when it can (or is absent).
// QSettings reads almost anything and would rewrite the file on the next change, dropping
// whatever it did not understand: a file it would misread is refused instead.
QString iniProblem(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return {};
    if (info.isDir())
        return QCoreApplication::translate("cairn::Settings", "it is a folder");
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QCoreApplication::translate("cairn::Settings", "it cannot be read (%1)").arg(file.errorString());
    const QByteArray bytes = file.readAll();
    QStringDecoder utf8(QStringDecoder::Utf8);
    const QString text = utf8.decode(bytes);
    if (utf8.hasError())
        return QCoreApplication::translate("cairn::Settings", "it is not UTF-8 text");
    const QStringList lines = text.split(u'\n');
    bool continued = false; // the line before ended with a backslash
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString line = lines[i].trimmed();
        for (QChar c : line)
            if (c.unicode() < 0x20 && c != u'\t')
                return QCoreApplication::translate("cairn::Settings", "line %1 holds binary data").arg(i + 1);
        const bool fine = continued || line.isEmpty() || line.startsWith(u';') || line.startsWith(u'#')
                          || (line.startsWith(u'[') && line.endsWith(u']')) || line.contains(u'=');
        if (!fine)
            return QCoreApplication::translate("cairn::Settings", "line %1 is not a setting (\"%2\")").arg(QString::number(i + 1), line.left(40));
        continued = line.endsWith(u'\\');
    }
    return {};
}
} // namespace

Settings::Settings(const QString &dataDir)
    : m_dataDir(dataDir)
    , m_settings(std::make_unique<QSettings>(QDir(dataDir).filePath(QStringLiteral("cairn.ini")), QSettings::IniFormat))
{
    files::makePrivate(dataDir); // a folder left readable by others, before anything is read from it
    QString why = iniProblem(m_settings->fileName());
    if (why.isEmpty() && m_settings->status() == QSettings::FormatError)
        why = QCoreApplication::translate("cairn::Settings", "it cannot be parsed");
    else if (why.isEmpty() && m_settings->status() == QSettings::AccessError)
        why = QCoreApplication::translate("cairn::Settings", "it cannot be read");
    if (!why.isEmpty())
        m_problem = QCoreApplication::translate("cairn::Settings", "the settings file %1 cannot be used: %2; fix or remove it")
                        .arg(QDir::toNativeSeparators(m_settings->fileName()), why);
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

bool Settings::setValue(const QString &key, const QVariant &value)
{
    if (isBroken())
        return false; // the file stays as the user left it (problem() was reported)
    m_settings->setValue(key, value);
    m_settings->sync();
    return m_settings->status() == QSettings::NoError;
}

bool Settings::remove(const QString &keyOrGroup)
{
    if (isBroken())
        return false;
    m_settings->remove(keyOrGroup);
    m_settings->sync();
    return m_settings->status() == QSettings::NoError;
}

QStringList Settings::keys() const
{
    return m_settings->allKeys();
}

QStringList Settings::sources()
{
    return sources::ids();
}

QString Settings::displayName(const QString &source)
{
    return sources::displayName(source);
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
    const SourceFacts *facts = SourceCatalog::find(source);
    if (!facts)
        return {};
    const QString own = facts->apiUrlSetting.isEmpty() ? QString() : value(facts->apiUrlSetting).toString();
    if (!own.isEmpty())
        return QUrl(own);
    return facts->apiUrl.isEmpty() ? QUrl() : QUrl(facts->apiUrl);
}

QByteArray Settings::environmentToken(const QString &source)
{
    return qgetenv(envName(source, "TOKEN").toLatin1().constData());
}

namespace {

Q_LOGGING_CATEGORY(lcSettings, "cairn.settings")

// A whole-number setting of the table (SettingsTable.cpp), else nullptr.
const SettingSpec *rangeOf(const QString &key)
{
    const SettingSpec *spec = SettingsTable::find(key);
    return spec && spec->type == SettingSpec::Type::Int ? spec : nullptr;
}

// The number in `text` when it is a plain whole number within `r` ("1e15", "inf", "nan", "1.5"
// are not).
bool inRange(const SettingSpec &r, const QString &text, int *out)
{
    bool ok = false;
    const qlonglong n = text.trimmed().toLongLong(&ok);
    if (!ok || n < r.min || n > r.max)
        return false;
    *out = int(n);
    return true;
}

} // namespace

bool Settings::isKnownKey(const QString &key)
{
    const SettingSpec *spec = SettingsTable::find(key);
    return spec && !spec->internal;
}

QString Settings::valueProblem(const QString &key, const QString &value)
{
    const SettingSpec *spec = SettingsTable::find(key);
    return spec ? SettingsTable::valueProblem(*spec, value) : QString();
}

int Settings::boundedInt(const QString &key, int fallback) const
{
    const QVariant v = value(key);
    if (!v.isValid() || v.toString().trimmed().isEmpty())
        return fallback;
    const SettingSpec *r = rangeOf(key);
    int n = 0;
    if (r && inRange(*r, v.toString(), &n))
        return n;
    if (!r) {
        bool ok = false;
        n = v.toString().trimmed().toInt(&ok);
        if (ok)
            return n;
    }
    qCWarning(lcSettings).noquote() << QStringLiteral("%1 = \"%2\" in %3 is not a whole number%4; using %5")
                                          .arg(key, v.toString().left(40), m_settings->fileName(),
                                               r ? QStringLiteral(" from %1 to %2").arg(r->min).arg(r->max) : QString())
                                          .arg(fallback);
    return fallback;
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
