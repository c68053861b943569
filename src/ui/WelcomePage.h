#pragma once
#include <QHash>
#include <QNetworkAccessManager>
#include <QScrollArea>

class QGridLayout;

namespace cairn {

class ServiceCard;
class Settings;

// The first run, inside the main window (not a wizard that blocks it): a greeting and one card
// per service — what Cairn keeps offline, the permission it asks for, and the way to sign in.
// After sign-in a card offers what to sync and shows the first sync's progress; the window
// lands on the source's page when that sync is done. Shown when no account exists yet, and
// from File › Add a service… at any time.
class WelcomePage : public QScrollArea
{
    Q_OBJECT
public:
    WelcomePage(Settings &settings, const QStringList &sources, QWidget *parent = nullptr);

    ServiceCard *card(const QString &source) const { return m_cards.value(source); }
    QList<ServiceCard *> cards() const;
    // Whether a card is in the middle of a sign-in (then the window stays here).
    bool isBusy() const;
    void reload();
    void setOpensBrowser(bool open);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void arrange();

    QNetworkAccessManager m_nam;
    QStringList m_order;
    QHash<QString, ServiceCard *> m_cards;
    QGridLayout *m_grid;
    int m_columns = 0;
};

} // namespace cairn
