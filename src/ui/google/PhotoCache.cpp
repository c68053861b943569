#include "PhotoCache.h"

#include <QCryptographicHash>
#include <QDir>
#include <QLoggingCategory>
#include <QNetworkReply>
#include <QSaveFile>
#include <QTimer>

Q_LOGGING_CATEGORY(lcPhotos, "cairn.ui.photos")

namespace cairn {

namespace {
const QString kGooglePhotos = QStringLiteral("https://lh3.googleusercontent.com");
}

PhotoCache::PhotoCache(QString dir, QString photoHost, QObject *parent)
    : QObject(parent)
    , m_dir(std::move(dir))
    , m_photoHost(std::move(photoHost))
{
    m_nam.setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
}

QString PhotoCache::fileFor(const QString &url) const
{
    return QDir(m_dir).filePath(QString::fromLatin1(QCryptographicHash::hash(url.toUtf8(), QCryptographicHash::Sha256).toHex().left(40))
                                + QStringLiteral(".photo"));
}

QImage PhotoCache::cached(const QString &url) const
{
    if (url.isEmpty())
        return {};
    QFile file(fileFor(url));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QImage::fromData(file.readAll());
}

QUrl PhotoCache::resolve(const QString &url) const
{
    QString text = url;
    if (!m_photoHost.isEmpty() && text.startsWith(kGooglePhotos + u'/'))
        text = m_photoHost + text.mid(kGooglePhotos.size());
    const QUrl u(text, QUrl::StrictMode);
    if (!u.isValid() || u.host().isEmpty())
        return {};
    if (u.scheme() == QLatin1String("https") || (u.scheme() == QLatin1String("http") && u.host() == QLatin1String("127.0.0.1")))
        return u;
    return {};
}

void PhotoCache::fail(const QString &url, const QString &message)
{
    m_failed.insert(url);
    qCInfo(lcPhotos) << "photo not kept:" << message;
    Q_EMIT failed(url, message);
}

void PhotoCache::request(const QString &url)
{
    if (url.isEmpty() || m_inFlight.contains(url) || m_failed.contains(url))
        return;
    if (QFile::exists(fileFor(url))) {
        Q_EMIT ready(url);
        return;
    }
    const QUrl target = resolve(url);
    if (target.isEmpty()) {
        fail(url, tr("the photo's address is not a secure one (https)"));
        return;
    }
    QNetworkRequest req(target);
    req.setTransferTimeout(20'000);
    req.setMaximumRedirectsAllowed(3);
    QNetworkReply *reply = m_nam.get(req);
    m_inFlight.insert(url);
    ++m_fetches;
    connect(reply, &QNetworkReply::downloadProgress, reply, [reply](qint64 received, qint64) {
        if (received > kMaxBytes)
            reply->abort();
    });
    // However steadily it trickles in, a photo that takes over a minute is not waited for.
    QTimer::singleShot(60'000, reply, [reply] {
        reply->setProperty("tooSlow", true);
        reply->abort();
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply, url] {
        reply->deleteLater();
        m_inFlight.remove(url);
        const QByteArray bytes = reply->readAll();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (reply->property("tooSlow").toBool()) {
            fail(url, tr("the photo took over a minute to arrive"));
            return;
        }
        if (bytes.size() > kMaxBytes || reply->error() == QNetworkReply::OperationCanceledError) {
            fail(url, tr("the photo is larger than 5 MB"));
            return;
        }
        if (reply->error() != QNetworkReply::NoError || status != 200) {
            fail(url, tr("the photo could not be fetched: %1").arg(reply->errorString()));
            return;
        }
        if (QImage::fromData(bytes).isNull()) {
            fail(url, tr("the photo's data is not an image"));
            return;
        }
        QDir().mkpath(m_dir);
        QSaveFile file(fileFor(url));
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
            fail(url, tr("the photo could not be kept: %1").arg(file.errorString()));
            return;
        }
        Q_EMIT ready(url);
    });
}

} // namespace cairn
