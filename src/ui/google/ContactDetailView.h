#pragma once
#include <QWidget>

#include <memory>

namespace Ui {
class ContactDetailView;
}

namespace cairn {

class PhotoCache;
class ReadConnection;

// The selected contact in full: the photo (kept on disk, see PhotoCache; initials until it
// is there), every e-mail, phone and organization, group names, birthday and the note
// (always plain text). Form: ui/ContactDetailView.ui.
class ContactDetailView : public QWidget
{
    Q_OBJECT
public:
    explicit ContactDetailView(ReadConnection &connection, QWidget *parent = nullptr);
    ~ContactDetailView() override;

    // 0 shows the empty state.
    void showContact(qint64 id);
    qint64 contactId() const { return m_id; }
    // Reads the shown contact again (after a sync changed it).
    void refresh();

    void setPhotoCache(PhotoCache *photos);
    // Whether the shown contact's own photo is shown (not the initials).
    bool showsPhoto() const { return m_showsPhoto; }

    QString shownName() const;
    QString shownText() const; // every value shown, one per line (tests, copy)

Q_SIGNALS:
    // A contact (0: none) was shown, or shown again (ContactPane follows it).
    void contactShown(qint64 id);

private:
    std::unique_ptr<Ui::ContactDetailView> m_ui;
    ReadConnection &m_connection;
    void showPhoto(const QString &name);

    qint64 m_id = 0;
    PhotoCache *m_photos = nullptr;
    QString m_photoUrl;
    bool m_showsPhoto = false;
};

} // namespace cairn
