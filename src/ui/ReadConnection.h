#pragma once
#include <QSqlDatabase>
#include <QString>

namespace cairn {

// The window's read-only connection to the cache (docs/architecture.md §1.6), used on the GUI thread
// by every model. It opens lazily: until the writer has created the file, it stays closed
// and the models show their empty state.
class ReadConnection
{
public:
    explicit ReadConnection(QString databasePath);
    ~ReadConnection();
    ReadConnection(const ReadConnection &) = delete;
    ReadConnection &operator=(const ReadConnection &) = delete;

    // Opens the connection if it is not open yet; false (and `error()`) when it cannot.
    bool ensureOpen();
    bool isOpen() const { return m_db.isOpen(); }
    QSqlDatabase &db() { return m_db; }
    QString error() const { return m_error; }
    QString databasePath() const { return m_path; }

private:
    QString m_path;
    QString m_name;
    QSqlDatabase m_db;
    QString m_error;
};

} // namespace cairn
