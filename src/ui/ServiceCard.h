#pragma once
#include "SignInRequest.h"

#include <QCoroTask>
#include <QFrame>
#include <QUrl>

#include <functional>
#include <memory>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QNetworkAccessManager;

namespace cairn {

class Settings;
class SignIn;

// One service on the welcome page: what Cairn keeps of it offline, the permission it asks for,
// and the way in — "Sign in with Google" (the browser, PKCE and a loopback redirect: "Waiting
// for the browser… Cancel"), GitHub's device code with a Copy button, a personal or API token
// with a link to where the service issues one, and, in a build without an OAuth app of its
// own (BuiltInOAuth.h), "Use your own OAuth app" with the steps and a form (the secret goes
// to the keychain). Then who is signed in, what to sync, and the first sync's progress.
class ServiceCard : public QFrame
{
    Q_OBJECT
public:
    enum class Step { Start, Token, OwnApp, Waiting, SignedIn };

    ServiceCard(Settings &settings, QNetworkAccessManager *nam, const QString &source, QWidget *parent = nullptr);
    ~ServiceCard() override;

    QString source() const { return m_source; }
    Step step() const;
    bool isBusy() const { return m_busy; }
    // What the card says now (its status line and message), for people and tests alike.
    QString message() const;
    void setOpensBrowser(bool open) { m_openBrowser = open; }

    // Reads the accounts again: "Signed in as …" or the way in.
    void reload();
    // The first sync, as the window hears of it.
    void showProgress(const QString &line, qint64 done, qint64 total);
    void showSynced(const QString &line);
    // A failure with the button that answers it (Sign in again, Choose…, Retry); no button
    // when `actionText` is empty.
    void showProblem(const QString &text, const QString &actionText, std::function<void()> action);
    // The ways in again (an account that lost its access), the problem kept in view.
    void offerSignIn();

Q_SIGNALS:
    void signedIn(const QString &source, const QString &account);
    void chooseRequested(const QString &source); // "Choose what to sync…"
    void openRequested(const QString &source);   // "Open"
    void authorizeUrlShown(const QUrl &url);     // the browser's or the device code's page
    void busyChanged(bool busy);

private:
    void buildStart();
    void buildTokenForm();
    void buildOwnAppForm();
    void buildWaiting();
    void clearMessageOnTyping(QWidget *form);
    void buildSignedIn();
    void showStep(Step step);
    void start(SignInRequest request);
    QCoro::Task<> perform(SignInRequest request);
    void stop();
    void setMessage(const QString &text);
    void setBusy(bool busy);
    SignInRequest::Method oauthMethod() const;
    QString ownLine(const QString &line) const;

    Settings &m_settings;
    QString m_source;
    std::unique_ptr<SignIn> m_signIn;
    bool m_busy = false;
    bool m_openBrowser = true;
    int m_attempt = 0;
    std::function<void()> m_retry;
    std::function<void()> m_problemAction;

    QLabel *m_status;
    QLabel *m_message;
    QPushButton *m_sessionOnly;
    QStackedWidget *m_steps;
    // Start
    QPushButton *m_signInButton;
    QPushButton *m_tokenButton = nullptr;
    QPushButton *m_ownAppButton;
    QLabel *m_noAppNote;
    // Token
    QLineEdit *m_site = nullptr;
    QLineEdit *m_email = nullptr;
    QLineEdit *m_token;
    // Own app
    QLineEdit *m_clientId;
    QLineEdit *m_clientSecret;
    // Waiting
    QLabel *m_waitText;
    QPushButton *m_copyCode;
    QString m_code;
    // Signed in
    QLabel *m_who;
    QProgressBar *m_progress;
    QPushButton *m_choose;
    QPushButton *m_open;
    QPushButton *m_problemButton;
};

} // namespace cairn
