#include "StoreWriter.h"
#include "Database.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace cairn {

StoreWriter::StoreWriter(const QString &databasePath, QObject *parent)
    : QObject(parent)
    , m_path(databasePath)
    , m_connection(QStringLiteral("cairn-writer-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    m_thread.setObjectName(QStringLiteral("cairn-store-writer"));
    m_context = new QObject;
    m_context->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_context, &QObject::deleteLater);
    m_thread.start();
}

StoreWriter::~StoreWriter()
{
    // Waited for: a job merely posted before quit() may never run, and the connection (the
    // file, its write lock) would stay open until the process ends.
    QMetaObject::invokeMethod(
        m_context,
        [this] {
            if (m_db.isValid()) {
                m_statements.reset();
                m_db.close();
                m_db = QSqlDatabase();
                QSqlDatabase::removeDatabase(m_connection);
            }
        },
        Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

QFuture<void> StoreWriter::open()
{
    auto promise = std::make_shared<QPromise<void>>();
    QFuture<void> future = promise->future();
    promise->start();
    post([this, promise] {
        try {
            if (!m_db.isValid()) {
                bool damaged = false;
                try {
                    m_db = Database::open(m_path, m_connection, Database::Role::Writer);
                    // A command met damaged pages: check the whole file once.
                    if (Database::isMarkedDamaged(m_path) && !Database::passesQuickCheck(m_db)) {
                        m_db.close();
                        m_db = QSqlDatabase();
                        QSqlDatabase::removeDatabase(m_connection);
                        damaged = true;
                    } else {
                        QFile::remove(m_path + QStringLiteral(".damaged"));
                    }
                } catch (const Error &e) {
                    if (e.reason != QLatin1String("corrupt"))
                        throw;
                    damaged = true;
                }
                if (damaged) {
                    m_recoveredFrom = Database::moveAside(m_path);
                    m_db = Database::open(m_path, m_connection, Database::Role::Writer);
                }
                m_statements = std::make_unique<sql::Statement::Cache>(m_db);
            }
        } catch (...) {
            promise->setException(std::current_exception());
        }
        promise->finish();
    });
    return future;
}

void StoreWriter::post(std::function<void()> job)
{
    QMetaObject::invokeMethod(m_context, std::move(job), Qt::QueuedConnection);
}

void StoreWriter::begin()
{
    if (!m_db.isValid())
        throw Error(Error::Kind::Store, QStringLiteral("the database is not open"));
    // IMMEDIATE takes the write lock up front, so another process's lock is waited for (busy
    // timeout) instead of failing at the first write of a read transaction.
    execOrThrow(m_db, QStringLiteral("BEGIN IMMEDIATE"));
}

void StoreWriter::commit()
{
    execOrThrow(m_db, QStringLiteral("COMMIT"));
}

void StoreWriter::rollback()
{
    if (m_db.isValid()) {
        QSqlQuery q(m_db);
        q.exec(QStringLiteral("ROLLBACK")); // fails harmlessly when nothing is open
    }
}

} // namespace cairn
