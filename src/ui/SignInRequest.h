#pragma once
#include "Account.h"
#include "Error.h"

#include <QCoroTask>
#include <QPointer>

#include <optional>

namespace cairn {

class SignIn;

// One sign-in attempt as the window starts it — from the Accounts dialog or a welcome card.
struct SignInRequest
{
    enum class Method { Browser, Device, Token, SiteToken };
    Method method = Method::Browser;
    QString source;
    QString account = Account::defaultId();
    QString site;  // Jira with an API token
    QString email; // Jira with an API token
    QByteArray token;
    QByteArray clientSecret; // of the person's own OAuth app: stored in the keychain first
};

struct SignInOutcome
{
    std::optional<Account> account; // signed in
    std::optional<Error> error;     // or why not
};

// Runs `request` on `signIn`; never throws. `signIn` may go away meanwhile (a closed window):
// the outcome is then an error nobody reads.
QCoro::Task<SignInOutcome> runSignIn(QPointer<SignIn> signIn, SignInRequest request);

// The window's whole sentence for a failed sign-in: a locked keyring, a dismissed prompt and a
// missing Secret Service each told apart; anything else as the layers below say it.
QString signInErrorText(const Error &error);
// "Signed in to Google Contacts as Ada." (and "— for this session only" when it is).
QString signedInText(const QString &source, const Account &account);
// Whether the failure is one that "keep this sign-in for this session only" answers.
bool offersSessionOnly(const Error &error);

} // namespace cairn
