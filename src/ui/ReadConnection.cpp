#include "ReadConnection.h"
#include "Database.h"
#include "Error.h"

#include <QUuid>

namespace cairn {

ReadConnection::ReadConnection(QString databasePath)
    : m_path(std::move(databasePath))
    , m_name(QStringLiteral("cairn-ui-reader-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
}

ReadConnection::~ReadConnection()
{
    if (m_db.isValid()) {
        m_db = QSqlDatabase();
        Database::close(m_name);
    }
}

bool ReadConnection::ensureOpen()
{
    if (m_db.isOpen())
        return true;
    try {
        m_db = Database::open(m_path, m_name, Database::Role::Reader);
        m_error.clear();
        return true;
    } catch (const Error &e) {
        m_error = e.message;
        return false;
    }
}

} // namespace cairn
