#pragma once
#include "Error.h"
#include "Sql.h"

#include <QFuture>
#include <QObject>
#include <QPromise>
#include <QSqlDatabase>
#include <QThread>

#include <exception>
#include <functional>
#include <memory>
#include <type_traits>

namespace cairn {

// The one writer connection, on its own thread (docs/architecture.md §1.6). Every write is a function
// run there inside one transaction: it commits whole or not at all, so a page's rows and the
// cursor after it are written together (§1.1). Callers co_await the returned future.
class StoreWriter : public QObject
{
    Q_OBJECT
public:
    explicit StoreWriter(const QString &databasePath, QObject *parent = nullptr);
    ~StoreWriter() override;

    // Opens and migrates the database on the writer thread. A damaged file is moved aside
    // (see recoveredFrom()) and a new, empty cache is created: the next sync is a full one.
    // Throws cairn::Error(Store) when the file cannot be opened at all (locked, no space...).
    QFuture<void> open();
    // After open(): where a damaged cache was moved, or empty.
    QString recoveredFrom() const { return m_recoveredFrom; }
    QString databasePath() const { return m_path; }

    template<typename F>
    auto transact(F &&work) -> QFuture<std::invoke_result_t<F, QSqlDatabase &>>
    {
        using R = std::invoke_result_t<F, QSqlDatabase &>;
        auto promise = std::make_shared<QPromise<R>>();
        QFuture<R> future = promise->future();
        promise->start();
        post([this, promise, work = std::forward<F>(work)]() mutable {
            try {
                begin();
                if constexpr (std::is_void_v<R>) {
                    work(m_db);
                    commit();
                } else {
                    R result = work(m_db);
                    commit();
                    promise->addResult(std::move(result));
                }
            } catch (...) {
                rollback();
                promise->setException(std::current_exception());
            }
            promise->finish();
        });
        return future;
    }

Q_SIGNALS:
    // Emitted on the writer thread after a commit that changed `what` ("contacts", "runs", ...).
    void changed(const QString &what);

private:
    void post(std::function<void()> job);
    void begin();
    void commit();
    void rollback();

    QString m_path;
    QString m_connection;
    QThread m_thread;
    QObject *m_context = nullptr; // lives on m_thread
    QSqlDatabase m_db;            // used on m_thread only
    std::unique_ptr<sql::Statement::Cache> m_statements; // m_db's, on m_thread
    QString m_recoveredFrom;
};

} // namespace cairn
