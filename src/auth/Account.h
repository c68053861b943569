#pragma once
#include <QList>
#include <QString>
#include <QVariantMap>

#include <optional>

namespace cairn {

class Settings;

// One signed-in account of a source. Several per source, each with its own data (the
// `account` column of the store) and state. Nothing secret: the secrets are in the keychain
// under SecretStore::key(source, id, kind).
struct Account
{
    enum class Kind { OAuth, Token, Basic };

    QString source;      // the source's id (google, …: SourceFacts.h)
    QString id;          // "default", "work", ... (letters, digits, . _ -)
    QString displayName; // what the service told us (e-mail, login), else the id
    Kind kind = Kind::OAuth;
    QString status = QStringLiteral("signed-in"); // signed-in | needs-sign-in
    QVariantMap extra;   // non-secret settings: Jira site and email, cloud id, scope

    // The account a source's data, state and secrets are under when nobody named one: the one
    // account most people have, and a token from the environment (CAIRN_<SOURCE>_TOKEN).
    static QString defaultId() { return QStringLiteral("default"); }
    static QString kindName(Kind k);
    static std::optional<Kind> kindFromName(const QString &name);
    bool needsSignIn() const { return status == QLatin1String("needs-sign-in"); }
    // The secrets this account keeps, by kind: refresh_token, access_token, token.
    static QStringList secretKinds() { return {QStringLiteral("refresh_token"), QStringLiteral("access_token"), QStringLiteral("token")}; }
};

// The list of accounts in cairn.ini ([accounts] group: <source>/<id>/<field>).
class AccountStore
{
public:
    explicit AccountStore(Settings &settings) : m_settings(settings) {}

    QList<Account> all() const;
    QList<Account> of(const QString &source) const;
    std::optional<Account> find(const QString &source, const QString &id) const;
    void save(const Account &account);
    void remove(const QString &source, const QString &id);
    void setStatus(const QString &source, const QString &id, const QString &status);

    // "" when `id` is a valid account name, else why not (one line).
    static QString checkId(const QString &id);

private:
    Settings &m_settings;
};

} // namespace cairn
