// Contact photos: fetched once from the photo host (the simulator stands in for
// lh3.googleusercontent.com), kept on disk, shown with the network off; refused when the
// address is not https (except 127.0.0.1), the data is no image, or it is over 5 MB.
#include "google/ContactDetailView.h"
#include "google/PhotoCache.h"
#include "ReadConnection.h"
#include "Settings.h"
#include "SyncSession.h"

#include "sim/CloudSimulator.h"

#include <QApplication>
#include <QDir>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace cairn;

namespace {
// Contact ids with a photo of their own (not Google's default one) and without.
QPair<QList<qint64>, QList<qint64>> contactsByPhoto(ReadConnection &reader)
{
    QPair<QList<qint64>, QList<qint64>> out;
    QSqlQuery q(reader.db());
    q.exec(QStringLiteral("SELECT id, photo_url IS NOT NULL AND photo_url != '' FROM contacts WHERE deleted_at IS NULL ORDER BY id"));
    while (q.next())
        (q.value(1).toBool() ? out.first : out.second).append(q.value(0).toLongLong());
    return out;
}
} // namespace

class TestPhotoCache : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fetchedOnceShownOffline()
    {
        QTemporaryDir dir;
        QString photoHost;
        {
            sim::Options o;
            o.seed = 21;
            o.contacts = 40;
            sim::CloudSimulator sim(o);
            QVERIFY(sim.listenLocal() != 0);
            photoHost = sim.baseUrl().toString() + QStringLiteral("/google-photos");
            qputenv("CAIRN_GOOGLE_API_URL", (sim.baseUrl().toString() + QStringLiteral("/google")).toUtf8());
            qputenv("CAIRN_GOOGLE_TOKEN", o.accessToken.toUtf8());
            SyncSession session(dir.path());
            QSignalSpy opened(&session, &SyncSession::opened);
            session.open();
            QVERIFY(opened.wait(10'000));
            QSignalSpy done(&session, &SyncSession::sourceDone);
            session.syncNow(QStringLiteral("google"), SyncMode::Full);
            QVERIFY(done.wait(30'000));
            QCOMPARE(done.first().at(1).value<RunStatus>(), RunStatus::Ok);
            qunsetenv("CAIRN_GOOGLE_API_URL");
            qunsetenv("CAIRN_GOOGLE_TOKEN");

            ReadConnection reader(session.databasePath());
            QVERIFY(reader.ensureOpen());
            const QPair<QList<qint64>, QList<qint64>> byPhoto = contactsByPhoto(reader);
            const QList<qint64> &withPhoto = byPhoto.first;
            const QList<qint64> &without = byPhoto.second;
            QVERIFY(withPhoto.size() >= 2);
            QVERIFY(!without.isEmpty());

            PhotoCache photos(QDir(dir.path()).filePath(QStringLiteral("photos")), photoHost);
            ContactDetailView view(reader);
            view.setPhotoCache(&photos);
            QSignalSpy ready(&photos, &PhotoCache::ready);
            view.showContact(withPhoto.first());
            QVERIFY(!view.showsPhoto()); // the initials until it arrives
            QVERIFY(ready.wait(10'000));
            QVERIFY(view.showsPhoto());
            const int asked = sim.requestCounts().value(QLatin1String("total")).toInt();
            // Once: showing it again, or another contact and back, asks nothing.
            view.showContact(without.first());
            QVERIFY(!view.showsPhoto());
            view.showContact(withPhoto.first());
            QVERIFY(view.showsPhoto());
            QCOMPARE(photos.fetches(), 1);
            QCOMPARE(sim.requestCounts().value(QLatin1String("total")).toInt(), asked);

            // Bytes that are no image, and more than 5 MB: refused, nothing kept.
            QSignalSpy failed(&photos, &PhotoCache::failed);
            sim::Fault garbage;
            garbage.path = QStringLiteral("/google-photos/");
            garbage.status = 200;
            garbage.body = "<html>not a photo</html>";
            sim.faults().add(garbage);
            view.showContact(withPhoto.at(1));
            QVERIFY(failed.wait(10'000));
            QVERIFY(failed.last().at(1).toString().contains(QLatin1String("not an image")));
            QVERIFY(!view.showsPhoto());
            if (withPhoto.size() > 2) {
                sim::Fault huge = garbage;
                huge.body = QByteArray(6 * 1024 * 1024, 'x');
                sim.faults().add(huge);
                view.showContact(withPhoto.at(2));
                QVERIFY(failed.wait(10'000));
                QVERIFY(failed.last().at(1).toString().contains(QLatin1String("5 MB")));
            }
            QCOMPARE(QDir(QDir(dir.path()).filePath(QStringLiteral("photos"))).entryList(QDir::Files).size(), 1);
        }
        // The simulator is gone (offline): the kept photo still shows, nothing is asked.
        ReadConnection reader(QDir(dir.path()).filePath(QStringLiteral("cairn.sqlite")));
        QVERIFY(reader.ensureOpen());
        PhotoCache photos(QDir(dir.path()).filePath(QStringLiteral("photos")), photoHost);
        ContactDetailView view(reader);
        view.setPhotoCache(&photos);
        view.showContact(contactsByPhoto(reader).first.first());
        QVERIFY(view.showsPhoto());
        QCOMPARE(photos.fetches(), 0);
    }

    void onlySecureAddresses()
    {
        PhotoCache photos(QStringLiteral("/nonexistent"), QStringLiteral("http://127.0.0.1:9/google-photos"));
        QCOMPARE(photos.resolve(QStringLiteral("https://lh3.googleusercontent.com/cm/abc=s100")),
                 QUrl(QStringLiteral("http://127.0.0.1:9/google-photos/cm/abc=s100")));
        QCOMPARE(photos.resolve(QStringLiteral("https://example.com/a.png")), QUrl(QStringLiteral("https://example.com/a.png")));
        QVERIFY(photos.resolve(QStringLiteral("http://example.com/a.png")).isEmpty());
        QVERIFY(photos.resolve(QStringLiteral("file:///etc/passwd")).isEmpty());
        QVERIFY(photos.resolve(QStringLiteral("javascript:alert(1)")).isEmpty());
        QSignalSpy failed(&photos, &PhotoCache::failed);
        photos.request(QStringLiteral("http://example.com/a.png"));
        QCOMPARE(failed.count(), 1);
        QCOMPARE(photos.fetches(), 0);
        photos.request(QStringLiteral("http://example.com/a.png")); // said once per session
        QCOMPARE(failed.count(), 1);
    }
};

QTEST_MAIN(TestPhotoCache)
#include "tst_photocache.moc"
