#pragma once
#include <QImage>
#include <QNetworkAccessManager>
#include <QObject>
#include <QSet>
#include <QString>
#include <QUrl>

namespace cairn {

// Contact photos, fetched once and kept on disk (one file per photo URL under `dir`) so
// the window shows them with the network off. Only https is fetched (plain http only from
// 127.0.0.1, the simulator), at most 5 MB, and only bytes that decode as an image are kept.
// A photo URL changes when the photo does, so a kept file is never fetched again.
// CAIRN_GOOGLE_PHOTO_URL (or the setting google.photo_url) stands in for
// https://lh3.googleusercontent.com, where Google serves contact photos: the simulator.
class PhotoCache : public QObject
{
    Q_OBJECT
public:
    static constexpr qint64 kMaxBytes = 5 * 1024 * 1024;

    PhotoCache(QString dir, QString photoHost, QObject *parent = nullptr);

    QString fileFor(const QString &url) const;
    // The kept photo, or a null image.
    QImage cached(const QString &url) const;
    // Fetches the photo unless it is kept, on its way, or failed already in this session;
    // then ready() or failed().
    void request(const QString &url);
    // The address actually asked (the photo host replaced), or empty when refused.
    QUrl resolve(const QString &url) const;
    int fetches() const { return m_fetches; }

Q_SIGNALS:
    void ready(const QString &url);
    void failed(const QString &url, const QString &message);

private:
    void fail(const QString &url, const QString &message);

    QString m_dir;
    QString m_photoHost;
    QNetworkAccessManager m_nam;
    QSet<QString> m_inFlight;
    QSet<QString> m_failed;
    int m_fetches = 0;
};

} // namespace cairn
