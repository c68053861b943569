#include "PeoplePage.h"
#include "LazySqlModel.h"
#include "PersonView.h"
#include "SourceViews.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>

namespace cairn {

PeoplePage::PeoplePage(ReadConnection &connection, Settings &settings, QWidget *parent)
    : PeoplePage(SourceViews::ofPeople()->directory.model(connection), new PersonView(connection, settings), parent)
{
}

PeoplePage::PeoplePage(LazySqlModel *model, PersonView *person, QWidget *parent)
    : ListPage(model, person, parent)
    , m_model(model)
    , m_person(person)
    , m_link(new QPushButton(tr("&Link names…"), this))
{
    filterEdit()->setPlaceholderText(tr("Find a person…"));
    filterEdit()->setAccessibleName(tr("Find a person"));
    m_link->setToolTip(tr("Names this person goes by elsewhere (a GitHub login, another spelling), one per line"));
    m_link->setEnabled(false);
    topRow()->addWidget(m_link);
    connect(m_link, &QPushButton::clicked, this, &PeoplePage::editLinks);
    // Name and e-mail; the account too when there are several (ListPage).
    const SourceViews::Directory &people = SourceViews::ofPeople()->directory;
    for (const int column : people.hiddenColumns)
        setColumnShown(column, false);
    setStretchColumn(people.nameColumn);
    table()->setAccessibleName(tr("People"));
    updateEmptyState();
}

void PeoplePage::showDetail(qint64 id)
{
    m_person->showPerson(id);
    m_link->setEnabled(id != 0);
}

void PeoplePage::editLinks()
{
    bool ok = false;
    const QString text = QInputDialog::getMultiLineText(this, tr("Link names"),
                                                        tr("Other names of this person (one per line):"),
                                                        m_person->linkedNames().join(QLatin1Char('\n')), &ok);
    if (ok)
        m_person->setLinkedNames(text.split(QLatin1Char('\n'), Qt::SkipEmptyParts));
}

QString PeoplePage::countLine() const
{
    return tr("%n person(s)", nullptr, m_model->matchCount());
}

QString PeoplePage::emptyText() const
{
    if (m_model->cachedCount() == 0)
        return tr("No people yet — people come from your contacts");
    return tr("Nobody matches “%1”").arg(m_model->filterText());
}

} // namespace cairn
