#include "PickerDialog.h"
#include <QTreeView>
#include <QStandardItemModel>
#include <QSortFilterProxyModel>
#include <QHeaderView>
#include "Cancellation.h"
#include "ClipLine.h"
#include "Error.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace cairn {

PickerDialog::PickerDialog(const QString &name, QWidget *parent)
    : QDialog(parent)
    , m_status(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_content(new QWidget(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    m_status->setObjectName(name + QStringLiteral("Status"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->hide();
    m_progress->setObjectName(name + QStringLiteral("Progress"));
    m_progress->setRange(0, 0); // busy: the number of pages is not known beforehand
    m_progress->setTextVisible(false);
    m_progress->hide();
    m_buttons->setObjectName(name + QStringLiteral("Buttons"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_progress);
    layout->addWidget(m_content, 1);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &PickerDialog::reject);
}

PickerDialog::~PickerDialog()
{
    // The listings' requests are aborted; each listing sees it and touches nothing.
    for (const QPointer<Cancellation> &c : m_cancel)
        if (c)
            c->cancel();
}

QPushButton *PickerDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

QString PickerDialog::message() const
{
    return m_status->isHidden() ? QString() : m_status->text();
}

std::unique_ptr<Cancellation> PickerDialog::cancellation(int slot)
{
    if (m_cancel[slot])
        m_cancel[slot]->cancel();
    auto cancel = std::make_unique<Cancellation>();
    m_cancel[slot] = cancel.get();
    return cancel;
}

void PickerDialog::startLoading(const QString &sentence)
{
    m_loading = true;
    m_status->setText(sentence);
    m_status->show();
    m_progress->show();
    okButton()->setEnabled(false);
}

void PickerDialog::finishLoading(const QString &problem, bool fatal)
{
    m_loading = false;
    m_progress->hide();
    m_status->setText(problem);
    m_status->setVisible(!problem.isEmpty());
    const bool nothing = fatal && !problem.isEmpty();
    okButton()->setEnabled(!nothing);
    if (nothing) { // the sentence alone
        m_content->hide();
        resize(width(), sizeHint().height());
    }
    Q_EMIT loaded();
}

void PickerDialog::reject()
{
    for (const QPointer<Cancellation> &c : m_cancel)
        if (c)
            c->cancel();
    QDialog::reject();
}

QString PickerDialog::failure(const Error &e, const QString &service)
{
    switch (e.kind) {
    case Error::Kind::Auth:
        return tr("%1 did not accept your account's sign-in: sign in again under Accounts.").arg(service);
    case Error::Kind::Network:
        return tr("Cairn cannot reach %1: check the network connection and try again.").arg(service);
    default:
        return tr("%1 did not give the list (%2).").arg(service, clipLine(e.message, 200));
    }
}

QString PickerDialog::notSignedIn(const QString &service)
{
    return tr("Cairn is not signed in to %1: add your %1 account under Accounts first.").arg(service);
}

void setUpSearchBox(QLineEdit *box, const QString &objectName, const QString &placeholder, const QString &accessibleName)
{
    box->setObjectName(objectName);
    box->setPlaceholderText(placeholder);
    box->setClearButtonEnabled(true);
    box->setAccessibleName(accessibleName);
}

void setUpPickList(QTreeView *view, QSortFilterProxyModel *filter, QStandardItemModel *model, const QString &objectName,
                   const QString &accessibleName)
{
    filter->setSourceModel(model);
    filter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    filter->setFilterKeyColumn(-1); // any column
    view->setObjectName(objectName);
    view->setModel(filter);
    view->setRootIsDecorated(false);
    view->setUniformRowHeights(true);
    view->setAllColumnsShowFocus(true);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->header()->setStretchLastSection(true);
    view->setAccessibleName(accessibleName);
}

} // namespace cairn
