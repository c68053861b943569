#include "AccountsDialog.h"
#include "Error.h"
#include "OAuthConfig.h"
#include "SecretStore.h"
#include "Settings.h"
#include "SignIn.h"
#include "SignInRequest.h"
#include "Sources.h"
#include "WindowText.h"
#include "ui_AccountsDialog.h"

#include <QDesktopServices>
#include <QCheckBox>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>

namespace cairn {

namespace {
QString statusText(const Account &a)
{
    return a.needsSignIn() ? AccountsDialog::tr("needs sign-in") : AccountsDialog::tr("signed in");
}

bool canWrite(const QString &source)
{
    const SourceDescriptor *d = Sources::find(source);
    return d && d->canWrite();
}

// The list's column of writing back: empty for a source that only reads.
QString writingText(const Settings &settings, const Account &a)
{
    if (!canWrite(a.source))
        return {};
    return AccountStore::writesBack(settings, a.source, a.id) ? AccountsDialog::tr("sent") : AccountsDialog::tr("read-only");
}

QString kindText(Account::Kind k)
{
    switch (k) {
    case Account::Kind::OAuth: return AccountsDialog::tr("browser sign-in");
    case Account::Kind::Token: return AccountsDialog::tr("personal token");
    case Account::Kind::Basic: return AccountsDialog::tr("API token");
    }
    return {};
}
} // namespace

AccountsDialog::AccountsDialog(Settings &settings, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_ui(std::make_unique<Ui::AccountsDialog>())
    , m_signIn(std::make_unique<SignIn>(settings, &m_nam))
{
    m_ui->setupUi(this);
    for (const QString &s : Settings::sources())
        m_ui->sourceCombo->addItem(Settings::displayName(s), s);
    connect(m_ui->sourceCombo, &QComboBox::currentIndexChanged, this, &AccountsDialog::updateFields);
    connect(m_ui->methodCombo, &QComboBox::currentIndexChanged, this, &AccountsDialog::updateFields);
    connect(m_ui->addButton, &QPushButton::clicked, this, &AccountsDialog::startAdd);
    connect(m_ui->reauthoriseButton, &QPushButton::clicked, this, &AccountsDialog::startReauthorise);
    connect(m_ui->removeButton, &QPushButton::clicked, this, &AccountsDialog::startRemove);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &AccountsDialog::stop);
    connect(m_ui->sessionOnlyButton, &QPushButton::clicked, this, &AccountsDialog::keepForSession);
    connect(m_ui->accountList, &QTreeWidget::itemSelectionChanged, this, [this] {
        setBusy(m_busy);
        updateWriting();
    });
    connect(m_ui->writeCheck, &QCheckBox::toggled, this, &AccountsDialog::switchWriting);
    connect(m_ui->writeSignInButton, &QPushButton::clicked, this, &AccountsDialog::startReauthorise);
    connect(m_signIn.get(), &SignIn::openBrowser, this, [this](const QUrl &url) {
        m_ui->messageLabel->setText(tr("Sign in in your browser, then come back here. <a href=\"%1\">Open the sign-in page again</a>")
                                        .arg(url.toString(QUrl::FullyEncoded).toHtmlEscaped()));
        if (m_openBrowser)
            QDesktopServices::openUrl(url);
        Q_EMIT authorizeUrlShown(url);
    });
    connect(m_signIn.get(), &SignIn::userCode, this, [this](const QString &code, const QUrl &uri) {
        m_ui->messageLabel->setText(tr("Enter the code <b>%1</b> at <a href=\"%2\">%2</a>; Cairn waits for it.")
                                        .arg(code.toHtmlEscaped(), uri.toString().toHtmlEscaped()));
        if (m_openBrowser)
            QDesktopServices::openUrl(uri);
        Q_EMIT authorizeUrlShown(uri);
    });
    updateFields();
    reload();
    setBusy(false);
}

AccountsDialog::~AccountsDialog()
{
    if (m_signIn)
        m_signIn->cancel();
}

QString AccountsDialog::message() const
{
    return m_ui->messageLabel->text();
}

void AccountsDialog::setSource(const QString &source)
{
    const int row = m_ui->sourceCombo->findData(source);
    if (row >= 0)
        m_ui->sourceCombo->setCurrentIndex(row);
}

void AccountsDialog::reload()
{
    const std::optional<Account> selected = selectedAccount(); // (stays selected)
    {
        const QSignalBlocker block(m_ui->accountList);
        m_ui->accountList->clear();
        for (const Account &a : AccountStore(m_settings).all()) {
            auto *item = new QTreeWidgetItem(m_ui->accountList, {Settings::displayName(a.source), a.id, a.displayName,
                                                                 kindText(a.kind), statusText(a), writingText(m_settings, a)});
            item->setData(0, Qt::UserRole, a.source);
            item->setData(1, Qt::UserRole, a.id);
            if (selected && selected->source == a.source && selected->id == a.id)
                m_ui->accountList->setCurrentItem(item);
        }
    }
    setBusy(m_busy);
    updateWriting();
}

std::optional<Account> AccountsDialog::selectedAccount() const
{
    const QList<QTreeWidgetItem *> items = m_ui->accountList->selectedItems();
    if (items.isEmpty())
        return std::nullopt;
    return AccountStore(m_settings).find(items.first()->data(0, Qt::UserRole).toString(), items.first()->data(1, Qt::UserRole).toString());
}

void AccountsDialog::updateWriting()
{
    const std::optional<Account> a = selectedAccount();
    const bool shown = a && canWrite(a->source);
    m_ui->writeBox->setVisible(shown);
    if (!shown)
        return;
    const QString service = Settings::displayName(a->source);
    const bool on = AccountStore::writesBack(m_settings, a->source, a->id);
    {
        const QSignalBlocker block(m_ui->writeCheck);
        m_ui->writeCheck->setText(tr("Send changes made in Cairn to %1").arg(service));
        m_ui->writeCheck->setChecked(on);
    }
    // A sign-in that granted reading only (as the service answered it) cannot send.
    const bool signInAgain = on && a->kind == Account::Kind::OAuth && OAuthConfig::lacksWriteScope(a->source, a->extra);
    QStringList text;
    if (on) {
        text << tr("Edits, new items, deletions and comments you make in Cairn are sent to %1 at the next sync. A field also "
                   "changed in %1 meanwhile is shown as a conflict, never overwritten.")
                    .arg(service);
        if (signInAgain)
            text << tr("You will be asked to sign in again to allow Cairn to make changes in %1 (this account's sign-in "
                       "allowed reading only).")
                        .arg(service);
    } else {
        text << tr("Read-only (the default): Cairn only reads this account and offers no editing of its items. Ticked, what you "
                   "change in Cairn is sent to %1 at the next sync.")
                    .arg(service);
        if (AccountStore::ownWriteSwitch(m_settings, a->source, a->id)) // switched off by a person
            text << tr("Changes not sent yet stay in the outbox (the list still marks their items) and are sent once "
                       "this is on again; `cairn outbox discard` drops them.");
    }
    m_ui->writeText->setText(text.join(u'\n'));
    m_ui->writeSignInButton->setVisible(signInAgain);
}

void AccountsDialog::switchWriting(bool on)
{
    const std::optional<Account> a = selectedAccount();
    if (!a || !canWrite(a->source))
        return;
    if (!AccountStore(m_settings).setWriteSwitch(a->source, a->id, on)) {
        m_ui->messageLabel->setText(tr("Cairn could not write its settings file (%1): nothing was changed.").arg(m_settings.filePath()).toHtmlEscaped());
        updateWriting();
        return;
    }
    reload();
    Q_EMIT writingSwitched(a->source, a->id);
}

AccountsDialog::Method AccountsDialog::chosenMethod() const
{
    return Method(m_ui->methodCombo->currentData().toInt());
}

void AccountsDialog::updateFields()
{
    const QString source = m_ui->sourceCombo->currentData().toString();
    const QVariant current = m_ui->methodCombo->currentData();
    {
        const QSignalBlocker block(m_ui->methodCombo);
        m_ui->methodCombo->clear();
        m_ui->methodCombo->addItem(tr("Sign in with the browser"), int(Method::Browser));
        if (OAuthConfig::supportsDeviceFlow(source))
            m_ui->methodCombo->addItem(tr("Sign in with a code (device)"), int(Method::Device));
        if (OAuthConfig::supportsSiteToken(source))
            m_ui->methodCombo->addItem(tr("Site, e-mail and API token"), int(Method::SiteToken));
        else if (OAuthConfig::supportsPersonalToken(source))
            m_ui->methodCombo->addItem(tr("Personal access token"), int(Method::Token));
        const int again = m_ui->methodCombo->findData(current);
        m_ui->methodCombo->setCurrentIndex(again >= 0 ? again : 0);
    }
    const Method m = chosenMethod();
    const bool token = m == Method::Token || m == Method::SiteToken;
    const bool oauth = m == Method::Browser || m == Method::Device;
    for (QWidget *w : {static_cast<QWidget *>(m_ui->tokenLabel), static_cast<QWidget *>(m_ui->tokenEdit)})
        w->setVisible(token);
    for (QWidget *w : {static_cast<QWidget *>(m_ui->siteLabel), static_cast<QWidget *>(m_ui->siteEdit),
                       static_cast<QWidget *>(m_ui->emailLabel), static_cast<QWidget *>(m_ui->emailEdit)})
        w->setVisible(m == Method::SiteToken);
    for (QWidget *w : {static_cast<QWidget *>(m_ui->clientIdLabel), static_cast<QWidget *>(m_ui->clientIdEdit)})
        w->setVisible(oauth);
    for (QWidget *w : {static_cast<QWidget *>(m_ui->clientSecretLabel), static_cast<QWidget *>(m_ui->clientSecretEdit)})
        w->setVisible(m == Method::Browser);
    m_ui->clientIdEdit->setText(m_settings.value(source + QStringLiteral(".oauth.client_id")).toString());
}

void AccountsDialog::setBusy(bool busy)
{
    m_busy = busy;
    const bool selected = !m_ui->accountList->selectedItems().isEmpty();
    // The form is read-only while signing in, but Stop stays within reach throughout (it is
    // in the same box: disabling the box took it along, while the keyring asked to be unlocked).
    for (QWidget *w : m_ui->addBox->findChildren<QWidget *>())
        if (w != m_ui->cancelButton && !w->inherits("QLabel"))
            w->setEnabled(!busy);
    m_ui->addButton->setEnabled(!busy);
    m_ui->cancelButton->setEnabled(busy);
    m_ui->reauthoriseButton->setEnabled(!busy && selected);
    m_ui->removeButton->setEnabled(!busy && selected);
    m_ui->writeCheck->setEnabled(!busy);
    m_ui->writeSignInButton->setEnabled(!busy);
}

void AccountsDialog::stop()
{
    if (!m_busy)
        return;
    ++m_attempt; // whatever the attempt still waits for (a browser, a keyring) is ignored
    m_signIn->cancel();
    setBusy(false);
    m_ui->messageLabel->setText(tr("Sign-in stopped. Nothing was saved."));
    Q_EMIT finished(false);
}

void AccountsDialog::showError(const Error &error)
{
    m_ui->messageLabel->setText(signInErrorText(error).toHtmlEscaped());
    m_ui->sessionOnlyButton->setVisible(offersSessionOnly(error));
}

void AccountsDialog::startAdd()
{
    const QString source = m_ui->sourceCombo->currentData().toString();
    const QString account = m_ui->accountEdit->text().trimmed().isEmpty() ? Account::defaultId() : m_ui->accountEdit->text().trimmed();
    const Method method = chosenMethod();
    if (!m_ui->clientIdEdit->text().trimmed().isEmpty() && (method == Method::Browser || method == Method::Device))
        m_settings.setValue(source + QStringLiteral(".oauth.client_id"), m_ui->clientIdEdit->text().trimmed());
    SignInRequest request;
    request.method = method;
    request.source = source;
    request.account = account;
    request.site = m_ui->siteEdit->text();
    request.email = m_ui->emailEdit->text();
    request.token = m_ui->tokenEdit->text().toUtf8();
    request.clientSecret = m_ui->clientSecretEdit->text().toUtf8();
    m_retry = [this, request] { perform(request); };
    m_retry();
}

void AccountsDialog::startReauthorise()
{
    const QList<QTreeWidgetItem *> items = m_ui->accountList->selectedItems();
    if (items.isEmpty())
        return;
    const QString source = items.first()->data(0, Qt::UserRole).toString();
    const QString account = items.first()->data(1, Qt::UserRole).toString();
    const std::optional<Account> a = AccountStore(m_settings).find(source, account);
    if (!a)
        return;
    m_ui->sourceCombo->setCurrentIndex(m_ui->sourceCombo->findData(source));
    m_ui->accountEdit->setText(account);
    if (a->kind == Account::Kind::OAuth) {
        SignInRequest request;
        request.source = source;
        request.account = account;
        m_retry = [this, request] { perform(request); };
        m_retry();
        return;
    }
    // A token cannot be renewed from here: ask for the new one in the form.
    const int index = m_ui->methodCombo->findData(int(a->kind == Account::Kind::Basic ? Method::SiteToken : Method::Token));
    m_ui->methodCombo->setCurrentIndex(index);
    m_ui->siteEdit->setText(a->extra.value(QStringLiteral("site")).toString());
    m_ui->emailEdit->setText(a->extra.value(QStringLiteral("email")).toString());
    m_ui->tokenEdit->setFocus();
    m_ui->messageLabel->setText(tr("Enter the new token and press Add account."));
}

void AccountsDialog::startRemove()
{
    const QList<QTreeWidgetItem *> items = m_ui->accountList->selectedItems();
    if (items.isEmpty())
        return;
    remove(items.first()->data(0, Qt::UserRole).toString(), items.first()->data(1, Qt::UserRole).toString());
}

void AccountsDialog::keepForSession()
{
    SecretStore::setSessionOnly(true);
    m_ui->sessionOnlyButton->setVisible(false);
    if (m_retry)
        m_retry();
}

QCoro::Task<> AccountsDialog::perform(SignInRequest request)
{
    QPointer<AccountsDialog> self(this);
    const int attempt = ++m_attempt;
    setBusy(true);
    m_ui->sessionOnlyButton->setVisible(false);
    m_ui->messageLabel->setText(tr("Signing in…"));
    const SignInOutcome outcome = co_await runSignIn(m_signIn.get(), request);
    if (!self || attempt != m_attempt) // closed, or stopped meanwhile
        co_return;
    setBusy(false);
    reload();
    if (outcome.error) {
        showError(*outcome.error);
    } else {
        m_ui->tokenEdit->clear();
        m_ui->clientSecretEdit->clear();
        m_ui->messageLabel->setText(signedInText(request.source, *outcome.account));
    }
    Q_EMIT finished(!outcome.error);
    if (outcome.account)
        Q_EMIT accountAdded(request.source, outcome.account->id);
}

QCoro::Task<> AccountsDialog::remove(QString source, QString account)
{
    QPointer<AccountsDialog> self(this);
    if (QMessageBox::question(this, tr("Remove account"),
                              tr("Remove the account \"%1\" of %2? Cairn signs out and deletes its secrets from the keychain.")
                                  .arg(account, Settings::displayName(source)))
        != QMessageBox::Yes)
        co_return;
    setBusy(true);
    std::optional<Error> failure;
    bool revoked = false;
    try {
        revoked = co_await m_signIn->signOut(source, account);
    } catch (const Error &e) {
        failure = e;
    }
    if (!self)
        co_return;
    setBusy(false);
    reload();
    if (failure)
        showError(*failure);
    else
        m_ui->messageLabel->setText(revoked ? tr("Signed out; the service revoked the token.")
                                            : tr("Signed out; the secrets were deleted. Revoke the token on the service's site if you no longer trust it."));
    Q_EMIT finished(!failure);
}

} // namespace cairn
