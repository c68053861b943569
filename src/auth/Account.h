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
    QVariantMap extra;   // non-secret settings: Jira site and email, cloud id, scope, write

    // The account a source's data, state and secrets are under when nobody named one: the one
    // account most people have, and a token from the environment (CAIRN_<SOURCE>_TOKEN).
    static QString defaultId() { return QStringLiteral("default"); }
    static QString kindName(Kind k);
    static std::optional<Kind> kindFromName(const QString &name);
    bool needsSignIn() const { return status == QLatin1String("needs-sign-in"); }
    // The secrets this account keeps, by kind: refresh_token, access_token, token.
    static QStringList secretKinds() { return {QStringLiteral("refresh_token"), QStringLiteral("access_token"), QStringLiteral("token")}; }
    // The key in `extra` of the account's own switch of writing back (issue 22): true or
    // false; absent, the account follows its source's setting <source>.write.
    static QString writeKey() { return QStringLiteral("write"); }
    // The settings of `extra` that the person chose (not what a sign-in learnt): a new sign-in
    // of the same account keeps them.
    static QStringList chosenKeys() { return {writeKey()}; }
};

// The list of accounts in cairn.ini ([accounts] group: <source>/<id>/<field>).
class AccountStore
{
public:
    explicit AccountStore(Settings &settings) : m_settings(settings) {}

    QList<Account> all() const;
    QList<Account> of(const QString &source) const;
    // The names of `source`'s accounts in cairn.ini, "default" first (as of() lists them).
    static QStringList idsOf(const Settings &settings, const QString &source);
    std::optional<Account> find(const QString &source, const QString &id) const;
    void save(const Account &account);
    void remove(const QString &source, const QString &id);
    void setStatus(const QString &source, const QString &id, const QString &status);

    // "" when `id` is a valid account name, else why not (one line).
    static QString checkId(const QString &id);

    // Writing back (issue 22, docs/architecture.md §7) — the one rule that the engine's send
    // step, the window, the command line and the sign-in's scope all ask: whether Cairn sends
    // the changes made in it to (`source`, `account`). The account's own switch when it has
    // one (Account::writeKey() in its settings, the Accounts dialog), else the source's
    // setting <source>.write (`cairn config set google.write true`) — so an account without a
    // switch, and a token from the environment (account "default", not in this store), follow
    // the source. Off by default. (Whether the source can write at all is the caller's
    // question: SendOutbox's writingOn().)
    static bool writesBack(const Settings &settings, const QString &source, const QString &account);
    // The account's own switch, or nullopt when it follows the source's setting.
    static std::optional<bool> ownWriteSwitch(const Settings &settings, const QString &source, const QString &account);
    // Sets the account's own switch (nullopt: follow the source again); false when the
    // account is not in the store or the file could not be written.
    bool setWriteSwitch(const QString &source, const QString &id, std::optional<bool> on);

private:
    Settings &m_settings;
};

} // namespace cairn
