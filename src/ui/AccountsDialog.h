#pragma once
#include "Account.h"
#include "Error.h"
#include "SignInRequest.h"

#include <QCoroTask>
#include <QDialog>
#include <QNetworkAccessManager>

#include <memory>
#include <optional>

namespace Ui {
class AccountsDialog;
}

namespace cairn {

class Settings;
class SignIn;

// Accounts… : the accounts of every source with their status; add one (browser sign-in,
// GitHub device code, personal token, Jira site + e-mail + API token), re-authorise,
// remove (revoking where the service can). Without a keychain it says so and offers to keep
// the token for this session only — never a file. For the account selected of a source that
// writes (issue 22), its switch of writing back (AccountStore::setWriteSwitch) with what it
// changes, and "Sign in again…" while the account's sign-in granted reading only.
class AccountsDialog : public QDialog
{
    Q_OBJECT
public:
    using Method = SignInRequest::Method;

    explicit AccountsDialog(Settings &settings, QWidget *parent = nullptr);
    ~AccountsDialog() override;

    void reload();
    // Chooses the source of the "Add an account" form (the window's "Set up…" and "Sign in…").
    void setSource(const QString &source);
    bool isBusy() const { return m_busy; }
    QString message() const;
    // Whether the browser is opened (false in tests: they watch authorizeUrlShown()).
    void setOpensBrowser(bool open) { m_openBrowser = open; }

Q_SIGNALS:
    void authorizeUrlShown(const QUrl &url);
    void finished(bool ok); // an add, re-authorise or remove has ended
    void accountAdded(const QString &source, const QString &account);
    // The person switched writing back on or off for an account.
    void writingSwitched(const QString &source, const QString &account);

private:
    void updateFields();
    std::optional<Account> selectedAccount() const;
    void updateWriting();
    void switchWriting(bool on);
    void startAdd();
    void startReauthorise();
    void startRemove();
    void keepForSession();
    QCoro::Task<> perform(SignInRequest request);
    QCoro::Task<> remove(QString source, QString account);
    void setBusy(bool busy);
    void showError(const Error &error);
    void stop();
    Method chosenMethod() const;

    Settings &m_settings;
    std::unique_ptr<Ui::AccountsDialog> m_ui;
    QNetworkAccessManager m_nam;
    std::unique_ptr<SignIn> m_signIn;
    bool m_busy = false;
    int m_attempt = 0; // a stopped attempt's late answer is ignored
    bool m_openBrowser = true;
    std::function<void()> m_retry; // the last attempt, to repeat in session-only mode
};

} // namespace cairn
