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
// after a few retries (the backend may still be starting); the caller may then switch to
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

    static bool isNoKeychain(const Error &e) { return e.reason == QLatin1String("no-keychain"); }
};

} // namespace cairn
