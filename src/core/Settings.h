#pragma once
#include <QSettings>
#include <QString>
#include <QUrl>

#include <memory>

namespace cairn {

// cairn.ini in the data directory, plus the environment that overrides it (docs/architecture.md §5).
// Holds no secret: tokens live in the keychain or come from the environment for one process.
class Settings
{
public:
    explicit Settings(const QString &dataDir);

    // --data-dir, else CAIRN_DATA_DIR, else the folder chosen in the settings dialog, else
    // QStandardPaths::AppDataLocation.
    static QString resolveDataDir(const QString &fromCommandLine);
    // The folder chosen in the settings dialog (kept in the config location, since cairn.ini
    // lives in the data folder itself); empty restores the default.
    static void setDefaultDataDir(const QString &dir);

    QString dataDir() const { return m_dataDir; }
    QString databasePath() const;
    QString filePath() const;

    QVariant value(const QString &key, const QVariant &fallback = {}) const;
    // False when the file could not be written (a read-only or full folder): the value is lost.
    bool setValue(const QString &key, const QVariant &value);
    // A key, or a group with everything under it; false when the file could not be written.
    bool remove(const QString &keyOrGroup);
    QStringList keys() const;
    // The settings file cannot be used: unreadable, a folder, not UTF-8 text, a line that is not
    // a setting, or what QSettings cannot parse. Nothing is written to it then (it stays as the
    // user left it). problem() says why in one line, "" when the file is fine or absent.
    bool isBroken() const { return !m_problem.isEmpty(); }
    QString problem() const { return m_problem; }

    // The sources, in the registry's order, and each one's name for people (SourceFacts.h:
    // what the sources' descriptors tell core).
    static QStringList sources();
    static QString displayName(const QString &source);
    // CAIRN_<SOURCE>_API_URL, else <source>.api_url, else the service's own URL (the source's
    // own setting of it, such as github.base_url, else its default).
    QUrl apiUrl(const QString &source) const;
    // CAIRN_<SOURCE>_TOKEN (never written anywhere).
    static QByteArray environmentToken(const QString &source);
    // Whether `source` is set up: a token in the environment, `<source>.enabled`, or an account.
    bool isSetUp(const QString &source) const;
    static QString envName(const QString &source, const char *suffix);

    // Whether `key` is one of the settings a person sets (SettingsTable.h; patterns such as
    // jira.<name>.site included). `cairn config set` refuses any other key.
    static bool isKnownKey(const QString &key);
    // Why `value` cannot be stored under `key`, in one line naming the allowed range; "" when it can.
    static QString valueProblem(const QString &key, const QString &value);
    // A whole-number setting within its range (the table in Settings.cpp), else `fallback`:
    // absent, or a stored value out of range or not a number (with a log line).
    int boundedInt(const QString &key, int fallback) const;

private:
    QString m_dataDir;
    std::unique_ptr<QSettings> m_settings;
    QString m_problem;
};

} // namespace cairn
