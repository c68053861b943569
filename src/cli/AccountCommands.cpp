#include "AccountCommands.h"
#include "Account.h"
#include "Arguments.h"
#include "CliSupport.h"
#include "ClipLine.h"
#include "ExitCodes.h"
#include "OAuthConfig.h"
#include "Error.h"
#include "SecretStore.h"
#include "Settings.h"
#include "SignIn.h"
#include "Table.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QTextStream>

#include <optional>

namespace cairn {

namespace {

constexpr const char *kContext = "cairn::AccountCommands";

struct Outcome
{
    std::optional<Error> error;
    Account account;
    bool revoked = false;
};

enum class Method { Browser, Device, Token, SiteToken, SignOut };

// The top-level task never throws (QCoro::waitFor would hang): errors come back as values.
QCoro::Task<Outcome> perform(SignIn *signIn, Method method, QString source, QString account, QByteArray secret,
                             QByteArray token, QString site, QString email)
{
    Outcome out;
    try {
        if (!secret.isEmpty()) {
            co_await signIn->storeClientSecret(source, secret);
        }
        if (method == Method::SignOut) {
            out.revoked = co_await signIn->signOut(source, account);
        } else {
            Account added = co_await (method == Method::Browser ? signIn->withBrowser(source, account)
                                    : method == Method::Device  ? signIn->withDevice(source, account)
                                    : method == Method::Token   ? signIn->withToken(source, account, token)
                                                                : signIn->withSiteToken(source, account, site, email, token));
            out.account = added;
        }
    } catch (const Error &e) {
        out.error = e;
    } catch (const std::exception &) {
        out.error = Error(Error::Kind::Config, QCoreApplication::translate("cairn::AccountCommands", "internal error during sign-in"));
    }
    co_return out;
}

QString sourceOf(const CliOptions &o, const char *usage)
{
    const QString source = o.arguments.value(0);
    if (source.isEmpty() || o.arguments.size() > 1)
        throw usageError(QCoreApplication::translate(kContext, usage));
    return cli::sourceArgument(source);
}

QByteArray readLine(QFile &in)
{
    return in.readLine().trimmed();
}

[[noreturn]] void rethrow(Error e, const QString &source)
{
    if (SecretStore::isNoKeychain(e))
        e.message += QCoreApplication::translate("cairn::AccountCommands", "; nothing was saved. Use `cairn login %1 --session-only` to sign in and sync this once, "
                        "keeping the token in memory only").arg(source);
    throw e;
}

} // namespace

int commandLogin(const CliOptions &o, Settings &settings)
{
    const QString source = sourceOf(o, QT_TRANSLATE_NOOP("cairn::AccountCommands", "usage: cairn login SOURCE [--account NAME] [--token-stdin | --no-browser | --device]"));
    const QString account = o.account.isEmpty() ? QStringLiteral("default") : o.account;
    if (o.sessionOnly)
        SecretStore::setSessionOnly(true);
    QFile in;
    if ((o.tokenStdin || o.clientSecretStdin) && !in.open(stdin, QIODevice::ReadOnly))
        throw Error(Error::Kind::Config, QCoreApplication::translate("cairn::AccountCommands", "cannot read standard input"));
    const QByteArray secret = o.clientSecretStdin ? readLine(in) : QByteArray(); // first line
    const QByteArray token = o.tokenStdin ? readLine(in) : QByteArray();
    if (o.clientSecretStdin && secret.isEmpty())
        throw Error(Error::Kind::Config, QCoreApplication::translate("cairn::AccountCommands", "no client secret on standard input"));

    Method method = o.device ? Method::Device : Method::Browser;
    if (o.tokenStdin)
        method = OAuthConfig::supportsSiteToken(source) ? Method::SiteToken : Method::Token;

    QNetworkAccessManager nam;
    SignIn signIn(settings, &nam);
    QTextStream out(stdout);
    QObject::connect(&signIn, &SignIn::openBrowser, [&out, &o](const QUrl &url) {
        out << QCoreApplication::translate("cairn::AccountCommands", "Sign in with your browser at:") << Qt::endl << url.toString(QUrl::FullyEncoded) << Qt::endl;
        if (!o.noBrowser && !QProcess::startDetached(QStringLiteral("xdg-open"), {url.toString(QUrl::FullyEncoded)}))
            out << QCoreApplication::translate("cairn::AccountCommands", "(no browser could be opened: open the address above yourself)") << Qt::endl;
    });
    QObject::connect(&signIn, &SignIn::userCode, [&out](const QString &code, const QUrl &uri) {
        out << QCoreApplication::translate("cairn::AccountCommands", "Enter the code %1 at %2").arg(printableLine(code), printableLine(uri.toString())) << Qt::endl;
    });
    const Outcome r = QCoro::waitFor(perform(&signIn, method, source, account, secret, token, o.site, o.email));
    if (r.error)
        rethrow(*r.error, source);
    out << QCoreApplication::translate("cairn::AccountCommands", "Signed in to %1 as %2 (account %3).").arg(Settings::displayName(source), printableLine(r.account.displayName), printableLine(r.account.id))
        << Qt::endl;
    return 0;
}

int commandLogout(const CliOptions &o, Settings &settings)
{
    const QString source = sourceOf(o, QT_TRANSLATE_NOOP("cairn::AccountCommands", "usage: cairn logout SOURCE [--account NAME]"));
    const QString account = o.account.isEmpty() ? QStringLiteral("default") : o.account;
    QNetworkAccessManager nam;
    SignIn signIn(settings, &nam);
    const Outcome r = QCoro::waitFor(perform(&signIn, Method::SignOut, source, account, {}, {}, {}, {}));
    if (r.error)
        rethrow(*r.error, source);
    QTextStream out(stdout);
    if (r.revoked)
        out << QCoreApplication::translate("cairn::AccountCommands", "Signed out of %1 (account %2); the service revoked the token.").arg(Settings::displayName(source), account);
    else
        out << QCoreApplication::translate("cairn::AccountCommands", "Signed out of %1 (account %2); its secrets were deleted here. %1 was not asked to revoke the token: "
                  "revoke it on the service's site if you no longer trust it.").arg(Settings::displayName(source), account);
    out << Qt::endl;
    return 0;
}

int commandAccounts(const CliOptions &o, Settings &settings)
{
    const QList<Account> accounts = AccountStore(settings).all();
    QJsonArray a;
    using C = cli::Table::Column;
    cli::Table table({{QStringLiteral("source"), QCoreApplication::translate("cairn::AccountCommands", "SOURCE"), C::Kind::Fixed},
                      {QStringLiteral("account"), QCoreApplication::translate("cairn::AccountCommands", "ACCOUNT")},
                      {QStringLiteral("kind"), QCoreApplication::translate("cairn::AccountCommands", "METHOD"), C::Kind::Fixed},
                      {QStringLiteral("status"), QCoreApplication::translate("cairn::AccountCommands", "STATUS"), C::Kind::Fixed},
                      {QStringLiteral("name"), QCoreApplication::translate("cairn::AccountCommands", "NAME")}});
    for (const Account &acc : accounts) {
        a.append(QJsonObject{{QStringLiteral("source"), acc.source}, {QStringLiteral("account"), acc.id},
                             {QStringLiteral("name"), acc.displayName}, {QStringLiteral("kind"), Account::kindName(acc.kind)},
                             {QStringLiteral("status"), acc.status}});
        table.addRow({acc.source, acc.id, Account::kindName(acc.kind), acc.status, acc.displayName});
    }
    if (o.json)
        cli::printJson(a);
    else if (accounts.isEmpty() && cli::stdoutTerminal().tty)
        QTextStream(stdout) << QCoreApplication::translate("cairn::AccountCommands", "No accounts yet: add one with `cairn login SOURCE`.") << Qt::endl;
    else
        cli::printTable(table);
    return 0;
}

} // namespace cairn
