#pragma once
#include "Cancellation.h"
#include "ServiceApi.h"

#include <QCoroTask>
#include <QDialog>
#include <QPointer>

#include <memory>

class QDialogButtonBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QVBoxLayout;
class QSortFilterProxyModel;
class QStandardItemModel;
class QLineEdit;
class QTreeView;

namespace cairn {

class Cancellation;
struct Error;

// What the pickers that choose what to sync share (AsanaPickerDialog,
// JiraProjectPickerDialog): a sentence above the content while a list loads or when nothing
// can be loaded, a busy bar, OK and Cancel. Lists load in coroutines that own their cancel
// switch (cancellation()); Cancel, closing the dialog or deleting it cancels every one of them.
class PickerDialog : public QDialog
{
    Q_OBJECT
public:
    ~PickerDialog() override;

    // Whether a list is being loaded (OK waits for it).
    bool isLoading() const { return m_loading; }
    // What the dialog says above the list ("" when it has nothing to say).
    QString message() const;

    void reject() override; // Cancel: also while loading

Q_SIGNALS:
    // A list is there, or message() says why not.
    void loaded();

protected:
    // `name` prefixes the object names of the parts ("<name>Status", "<name>Progress",
    // "<name>Buttons"), for tests and accessibility tools.
    PickerDialog(const QString &name, QWidget *parent);

    QWidget *content() const { return m_content; } // the subclass's widgets go in here
    QDialogButtonBox *buttons() const { return m_buttons; }
    QPushButton *okButton() const;

    // A cancel switch for one request sequence, owned by the coroutine that runs it. The
    // previous switch of the same `slot` is cancelled (a newer listing replaces it).
    std::unique_ptr<Cancellation> cancellation(int slot = 0);
    // A list starts loading: `sentence` above it, the busy bar, OK off.
    void startLoading(const QString &sentence);
    // The list ended: `problem` "" (it is there) or the sentence saying why not. `fatal`:
    // nothing can be chosen, so the content goes and OK stays off.
    void finishLoading(const QString &problem, bool fatal = true);
    // One sentence for a list of `service` ("Asana") that could not be loaded.
    static QString failure(const Error &e, const QString &service);
    // One sentence: there is no account of `service` to ask with.
    static QString notSignedIn(const QString &service);

private:
    bool m_loading = false;
    QPointer<Cancellation> m_cancel[2];
    QLabel *m_status;
    QProgressBar *m_progress;
    QWidget *m_content;
    QDialogButtonBox *m_buttons;
};

// A list of checkable rows as the pickers show them: `model` behind `filter` (any column,
// case-insensitive) in `view`, a row a line, whole rows selected, nothing editable.
void setUpPickList(QTreeView *view, QSortFilterProxyModel *filter, QStandardItemModel *model, const QString &objectName,
                   const QString &accessibleName);
// More pages than any account has (100 items each): a picker's listing that goes on stops here.
constexpr int kMaxPickerPages = 100;

// Every page of a listing whose pages link to the next (`next`), from `url` on — at most
// kMaxPickerPages, none twice (PageLoopGuard, naming `service`): `fetch(url)` is awaited for
// each and `take(page)` takes it. False when `cancel` was cancelled or the dialog `self` went
// meanwhile (then nothing is taken); throws the listing's Error.
template <class Self, class Fetch, class Take>
QCoro::Task<bool> listPages(QUrl url, QString service, const Cancellation *cancel, Self self, Fetch fetch, Take take)
{
    PageLoopGuard loops(service);
    for (int pages = 0; !url.isEmpty() && pages < kMaxPickerPages; ++pages) {
        loops.see(url.toString());
        const auto page = co_await fetch(url);
        if (cancel->isCancelled() || !self)
            co_return false;
        take(page);
        url = page.next;
    }
    co_return true;
}

// The search box above such a list: its name, what it searches (placeholder) and its
// accessible name; a button clears it.
void setUpSearchBox(QLineEdit *box, const QString &objectName, const QString &placeholder, const QString &accessibleName);

} // namespace cairn
