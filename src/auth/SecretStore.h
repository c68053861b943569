#pragma once
#include "Error.h"

#include <QByteArray>
#include <QCoroTask>
#include <QString>

#include <chrono>
#include <optional>

namespace cairn {

// Refresh tokens, personal tokens and client secrets: in the OS keychain (QtKeychain,
// service "Cairn", key "<source>/<account>/<kind>") and nowhere else (docs/architecture.md §1.5).
// When no Secret Service answers, every call throws one clear Error (reason "no-keychain")
// after a few retries (the backend may still be starting); a locked keyring or a dismissed
// prompt throws at once (reasons "keychain-locked", "keychain-refused"); the caller may then switch to
// session-only mode, where secrets live in this process's memory until it exits. There is
// no plaintext fallback: QtKeychain's insecure fallback is always off.
class SecretStore
{
public:
    static QString service() { return QStringLiteral("Cairn"); }
    static QString key(const QString &source, const QString &account, const QString &kind);

    // std::nullopt when there is no such entry.
    static QCoro::Task<std::optional<QByteArray>> read(QString key);
    static QCoro::Task<> write(QString key, QByteArray secret);
    static QCoro::Task<> remove(QString key); // no entry is not an error

    // Session-only mode (process-wide): nothing goes to the keychain.
    static void setSessionOnly(bool on);
    static bool isSessionOnly();

    // Attempts against a keychain that is not (yet) there, and the pause between them.
    static void setRetries(int attempts, std::chrono::milliseconds pause);

    // The keychain cannot keep a secret now: none answers, its keyring is locked, or the user
    // dismissed its prompt. Session-only mode is the way on in each case.
    static bool isNoKeychain(const Error &e) { return e.reason == QLatin1String("no-keychain") || isLocked(e) || isRefused(e); }
    // The Secret Service answered that the keyring is locked (and its unlock prompt, if one
    // came, did not unlock it) — not retried, so the prompt does not come back again and again.
    static bool isLocked(const Error &e) { return e.reason == QLatin1String("keychain-locked"); }
    // The user dismissed the keychain's prompt (QtKeychain AccessDeniedByUser) — not retried.
    static bool isRefused(const Error &e) { return e.reason == QLatin1String("keychain-refused"); }
};

} // namespace cairn
