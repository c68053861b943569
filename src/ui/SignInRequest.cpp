#include "SignInRequest.h"
#include "SecretStore.h"
#include "Settings.h"
#include "SignIn.h"
#include "WindowText.h"

#include <QCoreApplication>

namespace cairn {

QCoro::Task<SignInOutcome> runSignIn(QPointer<SignIn> signIn, SignInRequest r)
{
    using M = SignInRequest::Method;
    SignInOutcome outcome;
    try {
        if (signIn && !r.clientSecret.isEmpty()) {
            co_await signIn->storeClientSecret(r.source, r.clientSecret);
        }
        if (!signIn)
            throw Error(Error::Kind::Cancelled, QCoreApplication::translate("cairn::SignInRequest", "The sign-in was stopped."));
        Account got = co_await (r.method == M::Browser ? signIn->withBrowser(r.source, r.account)
                                : r.method == M::Device  ? signIn->withDevice(r.source, r.account)
                                : r.method == M::Token   ? signIn->withToken(r.source, r.account, r.token)
                                                         : signIn->withSiteToken(r.source, r.account, r.site, r.email, r.token));
        outcome.account = got;
    } catch (const Error &e) {
        outcome.error = e;
    }
    co_return outcome;
}

QString signInErrorText(const Error &error)
{
    if (SecretStore::isLocked(error))
        return QCoreApplication::translate("cairn::SignInRequest",
                                           "The keyring is locked — unlock it in the prompt, or keep this sign-in for this "
                                           "session only.");
    if (SecretStore::isRefused(error))
        return QCoreApplication::translate("cairn::SignInRequest",
                                           "The keyring's prompt was dismissed, so nothing was saved. Sign in again to be "
                                           "asked once more, or keep this sign-in for this session only.");
    if (SecretStore::isNoKeychain(error))
        return QCoreApplication::translate("cairn::SignInRequest", "No keychain (Secret Service) is available: %1")
                   .arg(windowSentence(error.message.section(QStringLiteral(": "), 1)))
             + u' '
             + QCoreApplication::translate("cairn::SignInRequest",
                                           "Nothing was saved. Cairn can keep the token for this session only, in memory.");
    return windowSentence(error.message);
}

QString signedInText(const QString &source, const Account &account)
{
    // A token's account knows no name of the person (the service is not asked): no "as default".
    if (account.displayName.isEmpty() || account.displayName == Account::defaultId())
        return (SecretStore::isSessionOnly()
                    ? QCoreApplication::translate("cairn::SignInRequest", "Signed in to %1 — for this session only.")
                    : QCoreApplication::translate("cairn::SignInRequest", "Signed in to %1."))
            .arg(Settings::displayName(source));
    return (SecretStore::isSessionOnly()
                ? QCoreApplication::translate("cairn::SignInRequest", "Signed in to %1 as %2 — for this session only.")
                : QCoreApplication::translate("cairn::SignInRequest", "Signed in to %1 as %2."))
        .arg(Settings::displayName(source), account.displayName);
}

bool offersSessionOnly(const Error &error)
{
    return SecretStore::isNoKeychain(error) && !SecretStore::isSessionOnly();
}

} // namespace cairn
