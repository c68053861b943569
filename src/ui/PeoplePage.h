#pragma once
#include "ListPage.h"

class QPushButton;

namespace cairn {

class LazySqlModel;
class PersonView;
class ReadConnection;
class Settings;

// People: the contacts on the left (the list of the source whose items are people:
// SourceViews::ofPeople); on the right everything the cache knows about the chosen one across
// sources (PersonView), and a button to link more names to them by hand.
class PeoplePage : public ListPage
{
    Q_OBJECT
public:
    PeoplePage(ReadConnection &connection, Settings &settings, QWidget *parent = nullptr);

    LazySqlModel *model() const { return m_model; }
    PersonView *person() const { return m_person; }
    QPushButton *linkButton() const { return m_link; }

protected:
    void showDetail(qint64 id) override;
    QString countLine() const override;
    QString emptyText() const override;

private:
    PeoplePage(LazySqlModel *model, PersonView *person, QWidget *parent);
    void editLinks();

    LazySqlModel *m_model;
    PersonView *m_person;
    QPushButton *m_link;
};

} // namespace cairn
