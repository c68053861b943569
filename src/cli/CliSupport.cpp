#include "CliSupport.h"
#include "Database.h"
#include "FileSafety.h"
#include "Settings.h"
#include "Table.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

#include <cstdio>
#include <unistd.h>

namespace cairn::cli {

void writeStdout(const QByteArray &data)
{
    std::fflush(stdout); // what QTextStream(stdout) wrote before goes first
    if (const int err = files::writeAll(STDOUT_FILENO, data))
        throw files::exitError(files::Exit::IoError, QCoreApplication::translate("cairn::CliCommands", "cannot write to standard output: %1").arg(files::reason(err)));
}

void printJson(const QJsonValue &v)
{
    writeStdout(v.isArray() ? QJsonDocument(v.toArray()).toJson(QJsonDocument::Indented)
                            : QJsonDocument(v.toObject()).toJson(QJsonDocument::Indented));
}

void printTable(const Table &table)
{
    writeStdout(table.render(stdoutTerminal()).toUtf8());
}

Reader::Reader(const Settings &settings)
    : m_name(QStringLiteral("cairn-cli-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    m_db = Database::open(settings.databasePath(), m_name, Database::Role::Reader);
}

Reader::~Reader()
{
    m_db = QSqlDatabase();
    Database::close(m_name);
}

} // namespace cairn::cli
