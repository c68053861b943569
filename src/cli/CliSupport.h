#pragma once
#include <QByteArray>
#include <QJsonValue>
#include <QSqlDatabase>
#include <QString>

namespace cairn {

class Settings;
namespace cli {
class Table;
}

// What the commands of CliCommands.cpp and SearchCommand.cpp share.
namespace cli {

// Writes `data` to stdout, every byte or an Error(IoError/CantCreate) with the system's reason.
void writeStdout(const QByteArray &data);
// One JSON document (--json), indented.
void printJson(const QJsonValue &v);
// A table for the terminal stdout is, or tab-separated values for a script (Table.h).
void printTable(const Table &table);

// A read connection for one command; closed when it goes out of scope.
class Reader
{
public:
    explicit Reader(const Settings &settings);
    ~Reader();
    Reader(const Reader &) = delete;
    Reader &operator=(const Reader &) = delete;
    QSqlDatabase &db() { return m_db; }

private:
    QString m_name;
    QSqlDatabase m_db;
};

} // namespace cli
} // namespace cairn
