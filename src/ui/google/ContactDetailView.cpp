#include "ContactDetailView.h"
#include "Outbox.h"
#include "google/ContactsQuery.h"
#include "DateText.h"
#include "Error.h"
#include "ReadConnection.h"
#include "PhotoCache.h"
#include "Words.h"
#include "ui_ContactDetailView.h"

#include <QFormLayout>
#include <QHash>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

namespace cairn {

namespace {

QString withType(const QString &value, const QString &type)
{
    return type.isEmpty() ? value : QStringLiteral("%1  (%2)").arg(value, type);
}

QString birthdayText(const QString &birthday)
{
    const QDate full = QDate::fromString(birthday, Qt::ISODate);
    if (full.isValid())
        return dates::exactDay(full);
    // "--MM-dd": the year is unknown
    const QDate noYear = QDate::fromString(QStringLiteral("2000") + birthday.mid(1), Qt::ISODate);
    if (birthday.startsWith(QLatin1String("--")) && noYear.isValid())
        return QLocale().toString(noYear, QStringLiteral("d MMMM"));
    return birthday;
}

constexpr int kPhotoSize = 64;

// A round picture: the photo, or the initials on a colour of the name.
QPixmap avatar(const QImage &photo, const QString &name, qreal dpr)
{
    QPixmap pixmap(QSize(kPhotoSize, kPhotoSize) * dpr);
    pixmap.setDevicePixelRatio(dpr);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::SmoothPixmapTransform);
    QPainterPath circle;
    circle.addEllipse(QRectF(0, 0, kPhotoSize, kPhotoSize));
    p.setClipPath(circle);
    if (!photo.isNull()) {
        p.drawImage(QRectF(0, 0, kPhotoSize, kPhotoSize), photo);
        return pixmap;
    }
    p.fillRect(QRectF(0, 0, kPhotoSize, kPhotoSize), QColor::fromHsl(int(qHash(name) % 360), 90, 150));
    QString initials;
    for (const QString &word : name.split(QLatin1Char(' '), Qt::SkipEmptyParts))
        if (initials.size() < 2 && word.at(0).isLetter())
            initials += word.at(0).toUpper();
    QFont f = p.font();
    f.setPixelSize(kPhotoSize * 2 / 5);
    f.setBold(true);
    p.setFont(f);
    p.setPen(Qt::white);
    p.drawText(QRectF(0, 0, kPhotoSize, kPhotoSize), Qt::AlignCenter, initials);
    return pixmap;
}

} // namespace

ContactDetailView::ContactDetailView(ReadConnection &connection, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ContactDetailView>())
    , m_connection(connection)
{
    m_ui->setupUi(this);
    QFont big = m_ui->nameLabel->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    m_ui->nameLabel->setFont(big);
    m_ui->pages->setCurrentWidget(m_ui->emptyPage);
}

ContactDetailView::~ContactDetailView() = default;

void ContactDetailView::setPhotoCache(PhotoCache *photos)
{
    m_photos = photos;
    connect(photos, &PhotoCache::ready, this, [this](const QString &url) {
        if (url == m_photoUrl)
            showPhoto(m_ui->nameLabel->text());
    });
}

void ContactDetailView::showPhoto(const QString &name)
{
    const QImage photo = m_photos ? m_photos->cached(m_photoUrl) : QImage();
    m_showsPhoto = !photo.isNull();
    m_ui->photoLabel->setPixmap(avatar(photo, name, devicePixelRatioF()));
    if (!m_showsPhoto && m_photos && !m_photoUrl.isEmpty())
        m_photos->request(m_photoUrl); // shown when it arrives; offline, the initials stay
}

void ContactDetailView::showContact(qint64 id)
{
    m_id = id;
    refresh();
}

void ContactDetailView::refresh()
{
    Contact c;
    QHash<QString, QString> groups; // of the contact's account
    bool deletePending = false;     // deleted in Cairn, not in Google yet (the pane says so)
    if (m_id > 0 && m_connection.ensureOpen()) {
        try {
            ContactsQuery::Card card = ContactsQuery::card(m_connection.db(), m_id);
            c = std::move(card.contact);
            groups = std::move(card.groupNames);
            deletePending = c.deleted && OutboxRepo::deleteOpen(m_connection.db(), QStringLiteral("google"), card.account, c.resourceName);
        } catch (const Error &e) {
            c = Contact{};
            m_ui->emptyLabel->setText(e.message);
        }
    }
    if (c.resourceName.isEmpty()) {
        m_ui->pages->setCurrentWidget(m_ui->emptyPage);
        Q_EMIT contactShown(0);
        return;
    }
    const QString title = words::contactTitle(c.displayName, c.emails.isEmpty() ? QString() : c.emails.first().value,
                                              c.organizations.isEmpty() ? QString() : c.organizations.first().name,
                                              c.phones.isEmpty() ? QString() : c.phones.first().value);
    m_ui->nameLabel->setText(title.isEmpty() ? tr("(no name)") : title);
    m_photoUrl = c.photoUrl;
    showPhoto(c.displayName);
    QStringList subtitle;
    if (!c.nickname.isEmpty())
        subtitle << tr("“%1”").arg(c.nickname);
    if (c.updatedAt.isValid())
        subtitle << tr("changed %1").arg(dates::exact(c.updatedAt));
    m_ui->subtitleLabel->setText(subtitle.join(QStringLiteral(" · ")));
    m_ui->subtitleLabel->setVisible(!subtitle.isEmpty());
    m_ui->deletedLabel->setVisible(c.deleted && !deletePending);

    QStringList emails, phones, orgs, groupList;
    for (const auto &e : std::as_const(c.emails))
        emails << withType(e.value, e.type);
    for (const auto &p : std::as_const(c.phones))
        phones << withType(p.value, p.type);
    for (const auto &o : std::as_const(c.organizations)) {
        QStringList role{o.title, o.department};
        role.removeAll(QString());
        if (!o.name.isEmpty())
            orgs << o.name;
        if (!role.isEmpty())
            orgs << role.join(QStringLiteral(", "));
    }
    for (const QString &g : std::as_const(c.groups)) {
        if (g == QLatin1String("contactGroups/myContacts"))
            continue; // every contact is in it
        const QString name = groups.value(g);
        groupList << (name.isEmpty() ? g.section(QLatin1Char('/'), -1) : name);
    }
    groupList.sort(Qt::CaseInsensitive);

    const auto setRow = [this](QLabel *value, const QString &text) {
        value->setText(text);
        m_ui->form->setRowVisible(value, !text.isEmpty());
    };
    setRow(m_ui->emailsValue, emails.join(QLatin1Char('\n')));
    setRow(m_ui->phonesValue, phones.join(QLatin1Char('\n')));
    setRow(m_ui->organizationsValue, orgs.join(QLatin1Char('\n')));
    setRow(m_ui->groupsValue, groupList.join(QLatin1Char('\n'))); // one a line, as the other rows: never cut mid-name
    setRow(m_ui->birthdayValue, c.birthday.isEmpty() ? QString() : birthdayText(c.birthday));
    setRow(m_ui->noteValue, c.note);
    m_ui->pages->setCurrentWidget(m_ui->contactPage);
    Q_EMIT contactShown(m_id);
}

QString ContactDetailView::shownName() const
{
    return m_ui->pages->currentWidget() == m_ui->contactPage ? m_ui->nameLabel->text() : QString();
}

QString ContactDetailView::shownText() const
{
    if (m_ui->pages->currentWidget() != m_ui->contactPage)
        return {};
    QStringList lines{m_ui->nameLabel->text()};
    for (QLabel *l : {m_ui->emailsValue, m_ui->phonesValue, m_ui->organizationsValue, m_ui->groupsValue,
                      m_ui->birthdayValue, m_ui->noteValue})
        if (!l->text().isEmpty())
            lines << l->text();
    return lines.join(QLatin1Char('\n'));
}

} // namespace cairn
