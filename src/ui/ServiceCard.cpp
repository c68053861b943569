#include "ServiceCard.h"
#include "Account.h"
#include "OAuthConfig.h"
#include "SecretStore.h"
#include "Settings.h"
#include "SignIn.h"
#include "SourceViews.h"

#include <QClipboard>
#include <QDesktopServices>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace cairn {

namespace {

// Its sign-in is a site, an e-mail address and an API token (Jira), not a personal token.
bool signsInWithSite(const QString &source)
{
    return OAuthConfig::supportsSiteToken(source);
}

// The words of its card (SourceViews::card): what Cairn keeps of the service, what it asks for
// at sign-in, … ("" for a source without views).
QString cardText(const QString &source, const char *SourceViews::Card::*text)
{
    const SourceViews *views = SourceViews::find(source);
    return views ? SourceViews::translated("cairn::ServiceCard", views->card.*text) : QString();
}

QString signInText(const QString &source)
{
    const QString text = cardText(source, &SourceViews::Card::signIn);
    return text.isEmpty() ? ServiceCard::tr("Sign in") : text;
}

// Where the service issues a personal (or API) token.
QUrl tokenPage(const QString &source)
{
    const SourceViews *views = SourceViews::find(source);
    return views && views->card.tokenPage ? QUrl(QString::fromLatin1(views->card.tokenPage)) : QUrl();
}

QString link(const QUrl &url, const QString &text)
{
    return QStringLiteral("<a href=\"%1\">%2</a>").arg(url.toString(QUrl::FullyEncoded).toHtmlEscaped(), text.toHtmlEscaped());
}

// The steps of registering one's own OAuth app with the service, with links.
QString ownAppSteps(const QString &source, quint16 port)
{
    const SourceViews *views = SourceViews::find(source);
    if (!views || !views->card.ownAppSteps)
        return {};
    const QString steps = SourceViews::translated("cairn::ServiceCard", views->card.ownAppSteps);
    const QString site = link(QUrl(QString::fromLatin1(views->card.ownAppSite)), cardText(source, &SourceViews::Card::ownAppSiteName));
    const QString redirect = QStringLiteral("http://127.0.0.1:%1/").arg(port);
    return steps.contains(QLatin1String("%2")) ? steps.arg(site, redirect) : steps.arg(site);
}

QLabel *wrapped(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    return label;
}

QWidget *buttonRow(QWidget *parent, std::initializer_list<QWidget *> buttons)
{
    auto *row = new QWidget(parent);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    for (QWidget *b : buttons)
        if (b)
            layout->addWidget(b);
    layout->addStretch(1);
    return row;
}

} // namespace

ServiceCard::ServiceCard(Settings &settings, QNetworkAccessManager *nam, const QString &source, QWidget *parent)
    : QFrame(parent)
    , m_settings(settings)
    , m_source(source)
    , m_signIn(std::make_unique<SignIn>(settings, nam))
{
    setObjectName(source + QStringLiteral("Card"));
    setFrameShape(QFrame::StyledPanel);
    setAccessibleName(Settings::displayName(source));
    auto *layout = new QVBoxLayout(this);

    auto *title = new QLabel(Settings::displayName(source), this);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    title->setFont(big);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("cardStatus"));
    auto *head = new QHBoxLayout;
    head->addWidget(title);
    head->addStretch(1);
    head->addWidget(m_status);
    layout->addLayout(head);
    auto *keeps = wrapped(cardText(source, &SourceViews::Card::keeps), this);
    if (keeps->text().isEmpty())
        keeps->hide(); // (a source without views of its own)
    layout->addWidget(keeps);
    auto *permission = wrapped(cardText(source, &SourceViews::Card::permission), this);
    if (permission->text().isEmpty())
        permission->hide();
    QFont italic = permission->font();
    italic.setItalic(true); // (not greyed: it must stay readable)
    permission->setFont(italic);
    layout->addWidget(permission);

    m_message = wrapped(QString(), this); // (before the steps: their fields clear it)
    m_message->setObjectName(QStringLiteral("cardMessage"));
    m_message->setTextFormat(Qt::PlainText);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();
    m_steps = new QStackedWidget(this);
    buildStart();
    buildTokenForm();
    buildOwnAppForm();
    buildWaiting();
    buildSignedIn();
    layout->addWidget(m_steps);

    layout->addWidget(m_message);
    m_sessionOnly = new QPushButton(tr("Keep for this session only"), this);
    m_sessionOnly->setObjectName(QStringLiteral("sessionOnlyButton"));
    m_sessionOnly->setToolTip(tr("Keep the token in memory until Cairn quits, without the keyring"));
    m_sessionOnly->hide();
    connect(m_sessionOnly, &QPushButton::clicked, this, [this] {
        SecretStore::setSessionOnly(true);
        m_sessionOnly->hide();
        if (m_retry)
            m_retry();
    });
    layout->addWidget(m_sessionOnly, 0, Qt::AlignLeft);
    layout->addStretch(1);

    connect(m_signIn.get(), &SignIn::openBrowser, this, [this](const QUrl &url) {
        m_waitText->setText(tr("Waiting for the browser… Sign in there, then come back here. %1")
                                .arg(link(url, tr("Open the sign-in page again"))));
        m_copyCode->hide();
        if (m_openBrowser)
            QDesktopServices::openUrl(url);
        Q_EMIT authorizeUrlShown(url);
    });
    connect(m_signIn.get(), &SignIn::userCode, this, [this](const QString &code, const QUrl &uri) {
        m_code = code;
        m_waitText->setText(tr("Enter the code <b>%1</b> at %2 — Cairn waits for it.").arg(code.toHtmlEscaped(), link(uri, uri.toString())));
        m_copyCode->show();
        if (m_openBrowser)
            QDesktopServices::openUrl(uri);
        Q_EMIT authorizeUrlShown(uri);
    });
    showStep(Step::Start);
    reload();
}

ServiceCard::~ServiceCard()
{
    m_signIn->cancel();
}

void ServiceCard::buildStart()
{
    auto *page = new QWidget(m_steps);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    m_noAppNote = wrapped(QString(), page);
    m_noAppNote->setObjectName(QStringLiteral("noAppNote"));
    layout->addWidget(m_noAppNote);
    m_signInButton = new QPushButton(signInText(m_source), page);
    m_signInButton->setObjectName(QStringLiteral("signInButton"));
    connect(m_signInButton, &QPushButton::clicked, this, [this] {
        SignInRequest r;
        r.method = oauthMethod();
        r.source = m_source;
        start(r);
    });
    if (OAuthConfig::supportsPersonalToken(m_source)) {
        m_tokenButton = new QPushButton(signsInWithSite(m_source) ? tr("Use an API token") : tr("Use a personal access token"), page);
        m_tokenButton->setObjectName(QStringLiteral("tokenButton"));
        connect(m_tokenButton, &QPushButton::clicked, this, [this] { showStep(Step::Token); });
    }
    m_ownAppButton = new QPushButton(tr("Use your own OAuth app…"), page);
    m_ownAppButton->setObjectName(QStringLiteral("ownAppButton"));
    connect(m_ownAppButton, &QPushButton::clicked, this, [this] { showStep(Step::OwnApp); });
    layout->addWidget(buttonRow(page, {m_signInButton, m_tokenButton, m_ownAppButton}));
    m_steps->addWidget(page);
}

void ServiceCard::buildTokenForm()
{
    auto *page = new QWidget(m_steps);
    auto *form = new QFormLayout(page);
    form->setContentsMargins(0, 0, 0, 0);
    if (signsInWithSite(m_source)) {
        m_site = new QLineEdit(page);
        m_site->setObjectName(QStringLiteral("siteEdit"));
        m_site->setPlaceholderText(tr("https://your-team.atlassian.net"));
        form->addRow(tr("&Site:"), m_site);
        m_email = new QLineEdit(page);
        m_email->setObjectName(QStringLiteral("emailEdit"));
        m_email->setPlaceholderText(tr("you@example.org"));
        form->addRow(tr("&E-mail:"), m_email);
    }
    m_token = new QLineEdit(page);
    m_token->setObjectName(QStringLiteral("tokenEdit"));
    m_token->setEchoMode(QLineEdit::Password);
    form->addRow(signsInWithSite(m_source) ? tr("API &token:") : tr("&Token:"), m_token);
    if (const QUrl issued = tokenPage(m_source); !issued.isEmpty()) {
        auto *where = new QLabel(link(issued, tr("Where do I get one?")), page);
        where->setOpenExternalLinks(true);
        form->addRow(QString(), where);
    }
    auto *go = new QPushButton(tr("Sign in"), page);
    go->setObjectName(QStringLiteral("tokenSignInButton"));
    auto *back = new QPushButton(tr("Back"), page);
    connect(back, &QPushButton::clicked, this, [this] { showStep(Step::Start); });
    const auto submit = [this] {
        SignInRequest r;
        r.method = signsInWithSite(m_source) ? SignInRequest::Method::SiteToken : SignInRequest::Method::Token;
        r.source = m_source;
        r.token = m_token->text().trimmed().toUtf8();
        if (m_site) {
            r.site = m_site->text().trimmed();
            r.email = m_email->text().trimmed();
        }
        if (r.token.isEmpty() || (m_site && (r.site.isEmpty() || r.email.isEmpty()))) {
            setMessage(signsInWithSite(m_source) ? tr("Enter the site, your e-mail address and the API token.") : tr("Enter the token."));
            return;
        }
        start(r);
    };
    connect(go, &QPushButton::clicked, this, submit);
    connect(m_token, &QLineEdit::returnPressed, this, submit);
    form->addRow(QString(), buttonRow(page, {go, back}));
    clearMessageOnTyping(page);
    m_steps->addWidget(page);
}

void ServiceCard::buildOwnAppForm()
{
    auto *page = new QWidget(m_steps);
    auto *form = new QFormLayout(page);
    form->setContentsMargins(0, 0, 0, 0);
    auto *steps = new QLabel(ownAppSteps(m_source, OAuthConfig::forSource(m_settings, m_source).redirectPort), page);
    steps->setObjectName(QStringLiteral("ownAppSteps"));
    steps->setWordWrap(true);
    steps->setOpenExternalLinks(true);
    form->addRow(steps);
    m_clientId = new QLineEdit(page);
    m_clientId->setObjectName(QStringLiteral("clientIdEdit"));
    form->addRow(tr("Client &ID:"), m_clientId);
    m_clientSecret = new QLineEdit(page);
    m_clientSecret->setObjectName(QStringLiteral("clientSecretEdit"));
    m_clientSecret->setEchoMode(QLineEdit::Password);
    m_clientSecret->setToolTip(tr("Kept in the keyring, never in a file"));
    form->addRow(tr("Client &secret:"), m_clientSecret);
    auto *go = new QPushButton(tr("Save and sign in"), page);
    go->setObjectName(QStringLiteral("ownAppSignInButton"));
    auto *back = new QPushButton(tr("Back"), page);
    connect(back, &QPushButton::clicked, this, [this] { showStep(Step::Start); });
    connect(go, &QPushButton::clicked, this, [this] {
        const QString id = m_clientId->text().trimmed();
        const QByteArray secret = m_clientSecret->text().trimmed().toUtf8();
        if (id.isEmpty() || (secret.isEmpty() && OAuthConfig::forSource(m_settings, m_source).needsClientSecret && oauthMethod() == SignInRequest::Method::Browser)) {
            setMessage(tr("Enter the client ID and the client secret of your app."));
            return;
        }
        m_settings.setValue(m_source + QStringLiteral(".oauth.client_id"), id);
        SignInRequest r;
        r.method = oauthMethod();
        r.source = m_source;
        r.clientSecret = secret;
        m_clientSecret->clear();
        start(r);
    });
    form->addRow(QString(), buttonRow(page, {go, back}));
    clearMessageOnTyping(page);
    m_steps->addWidget(page);
}

// A message about what was typed goes once the person types again.
void ServiceCard::clearMessageOnTyping(QWidget *form)
{
    for (QLineEdit *edit : form->findChildren<QLineEdit *>())
        connect(edit, &QLineEdit::textEdited, m_message, &QWidget::hide);
}

void ServiceCard::buildWaiting()
{
    auto *page = new QWidget(m_steps);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    m_waitText = wrapped(QString(), page);
    m_waitText->setObjectName(QStringLiteral("waitText"));
    m_waitText->setOpenExternalLinks(true);
    m_waitText->setTextInteractionFlags(Qt::TextBrowserInteraction);
    layout->addWidget(m_waitText);
    m_copyCode = new QPushButton(tr("Copy code"), page);
    m_copyCode->setObjectName(QStringLiteral("copyCodeButton"));
    connect(m_copyCode, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(m_code);
        m_copyCode->setText(tr("Copied"));
    });
    auto *cancel = new QPushButton(tr("Cancel"), page);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    connect(cancel, &QPushButton::clicked, this, &ServiceCard::stop);
    layout->addWidget(buttonRow(page, {m_copyCode, cancel}));
    m_steps->addWidget(page);
}

void ServiceCard::buildSignedIn()
{
    auto *page = new QWidget(m_steps);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    m_who = wrapped(QString(), page);
    m_who->setObjectName(QStringLiteral("whoText"));
    m_who->setTextFormat(Qt::PlainText);
    layout->addWidget(m_who);
    m_progress = new QProgressBar(page);
    m_progress->setObjectName(QStringLiteral("firstSyncProgress"));
    m_progress->setTextVisible(false);
    m_progress->hide();
    layout->addWidget(m_progress);
    m_choose = new QPushButton(tr("Choose what to sync…"), page);
    m_choose->setObjectName(QStringLiteral("chooseButton"));
    const SourceViews *views = SourceViews::find(m_source);
    m_choose->setVisible(views && views->choose); // (every contact: nothing to choose)
    connect(m_choose, &QPushButton::clicked, this, [this] { Q_EMIT chooseRequested(m_source); });
    m_open = new QPushButton(tr("Open"), page);
    m_open->setObjectName(QStringLiteral("openButton"));
    connect(m_open, &QPushButton::clicked, this, [this] { Q_EMIT openRequested(m_source); });
    m_problemButton = new QPushButton(page);
    m_problemButton->setObjectName(QStringLiteral("problemButton"));
    m_problemButton->hide();
    connect(m_problemButton, &QPushButton::clicked, this, [this] {
        if (m_problemAction)
            m_problemAction();
    });
    layout->addWidget(buttonRow(page, {m_problemButton, m_choose, m_open}));
    m_steps->addWidget(page);
}

SignInRequest::Method ServiceCard::oauthMethod() const
{
    return OAuthConfig::supportsDeviceFlow(m_source) ? SignInRequest::Method::Device : SignInRequest::Method::Browser;
}

ServiceCard::Step ServiceCard::step() const
{
    return Step(m_steps->currentIndex());
}

QString ServiceCard::message() const
{
    QStringList parts{m_status->text()};
    if (step() == Step::Waiting)
        parts << m_waitText->text();
    if (step() == Step::SignedIn)
        parts << m_who->text();
    if (step() == Step::Start && m_noAppNote->isVisibleTo(this))
        parts << m_noAppNote->text();
    if (m_message->isVisibleTo(this))
        parts << m_message->text();
    parts.removeAll(QString());
    return parts.join(u'\n');
}

void ServiceCard::showStep(Step step)
{
    // The card as tall as the step shown, not as its tallest step.
    for (int i = 0; i < m_steps->count(); ++i)
        m_steps->widget(i)->setSizePolicy(i == int(step) ? QSizePolicy::Preferred : QSizePolicy::Ignored,
                                          i == int(step) ? QSizePolicy::Preferred : QSizePolicy::Ignored);
    m_steps->setCurrentIndex(int(step));
    m_message->hide();
    m_sessionOnly->hide();
    QWidget *focus = step == Step::Token ? (m_site ? m_site : m_token) : step == Step::OwnApp ? m_clientId : nullptr;
    if (focus)
        focus->setFocus(Qt::OtherFocusReason);
}

void ServiceCard::setMessage(const QString &text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

void ServiceCard::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged(busy);
}

void ServiceCard::reload()
{
    if (m_busy)
        return;
    const QList<Account> accounts = AccountStore(m_settings).of(m_source);
    const bool hasApp = !OAuthConfig::forSource(m_settings, m_source).clientId.isEmpty();
    m_signInButton->setVisible(hasApp);
    m_noAppNote->setVisible(!hasApp);
    m_noAppNote->setText(OAuthConfig::supportsPersonalToken(m_source)
                             ? tr("This copy of Cairn comes without a sign-in app for %1: use a token, or register your own "
                                  "OAuth app (a few minutes at the service).")
                                   .arg(Settings::displayName(m_source))
                             : tr("This copy of Cairn comes without a sign-in app for %1: register your own OAuth app "
                                  "(a few minutes at the service) and sign in with it.")
                                   .arg(Settings::displayName(m_source)));
    if (accounts.isEmpty()) {
        m_status->setText(tr("Not set up"));
        if (step() == Step::SignedIn || step() == Step::Waiting)
            showStep(Step::Start);
        return;
    }
    QStringList names;
    bool lost = false;
    for (const Account &a : accounts) {
        names << a.displayName;
        lost = lost || a.needsSignIn();
    }
    m_status->setText(lost ? tr("Needs sign-in") : tr("Signed in"));
    names.removeAll(Account::defaultId());
    m_who->setText(lost ? QString() : names.isEmpty() ? tr("Signed in.") : tr("Signed in as %1.").arg(names.join(QStringLiteral(", "))));
    if (step() != Step::SignedIn)
        showStep(Step::SignedIn);
}

// The sidebar's "Google Contacts — synced 5 min ago" on the card of Google Contacts: "Synced 5 min ago".
QString ServiceCard::ownLine(const QString &line) const
{
    const QString prefix = Settings::displayName(m_source) + QStringLiteral(" — ");
    QString own = line.startsWith(prefix) ? line.mid(prefix.size()) : line;
    if (!own.isEmpty())
        own[0] = own[0].toUpper();
    return own;
}

void ServiceCard::showProgress(const QString &line, qint64 done, qint64 total)
{
    showStep(Step::SignedIn);
    m_progress->show();
    m_progress->setRange(0, total > 0 ? 1000 : 0); // busy indicator while the total is unknown
    if (total > 0)
        m_progress->setValue(int(std::min<qint64>(1000, done * 1000 / total)));
    m_progress->setAccessibleDescription(ownLine(line));
    m_status->setText(ownLine(line));
    m_problemButton->hide();
}

void ServiceCard::showSynced(const QString &line)
{
    showStep(Step::SignedIn);
    m_progress->hide();
    m_problemButton->hide();
    m_status->setText(ownLine(line));
    m_open->setDefault(true);
}

void ServiceCard::showProblem(const QString &text, const QString &actionText, std::function<void()> action)
{
    reload(); // "Needs sign-in" and the like, not "Starting…"
    showStep(Step::SignedIn);
    m_progress->hide();
    setMessage(text);
    m_problemAction = std::move(action);
    m_problemButton->setText(actionText);
    m_problemButton->setVisible(!actionText.isEmpty());
}

void ServiceCard::offerSignIn()
{
    const QString problem = m_message->text();
    showStep(Step::Start);
    setMessage(problem);
}

void ServiceCard::start(SignInRequest request)
{
    m_retry = [this, request] { perform(request); };
    m_retry();
}

void ServiceCard::stop()
{
    if (!m_busy)
        return;
    ++m_attempt; // what the attempt still waits for (a browser, a keyring) is ignored
    m_signIn->cancel();
    setBusy(false);
    reload();
    showStep(Step::Start);
    setMessage(tr("Sign-in stopped. Nothing was saved."));
}

QCoro::Task<> ServiceCard::perform(SignInRequest request)
{
    QPointer<ServiceCard> self(this);
    const int attempt = ++m_attempt;
    setBusy(true);
    showStep(Step::Waiting);
    m_status->setText(tr("Signing in…"));
    m_copyCode->hide();
    m_copyCode->setText(tr("Copy code"));
    m_waitText->setText(tr("Signing in…"));
    const SignInOutcome outcome = co_await runSignIn(m_signIn.get(), request);
    if (!self || attempt != m_attempt) // gone, or stopped meanwhile
        co_return;
    setBusy(false);
    reload(); // the status line again
    if (outcome.error) {
        showStep(request.method == SignInRequest::Method::Token || request.method == SignInRequest::Method::SiteToken
                     ? Step::Token
                     : Step::Start);
        setMessage(signInErrorText(*outcome.error));
        m_sessionOnly->setVisible(offersSessionOnly(*outcome.error));
        co_return;
    }
    m_token->clear();
    reload();
    m_who->setText(signedInText(m_source, *outcome.account));
    Q_EMIT signedIn(m_source, outcome.account->id);
}

} // namespace cairn
