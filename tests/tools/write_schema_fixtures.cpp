// Writes the released-schema fixtures of tests/store/tst_store (tests/fixtures/store/README.md)
// into the folder it is given: for each version N, schema-vN.json and (but the highest, the
// fresh cache the build under test makes) cache-vN.sqlite. Run ONCE, by the code that released
// the schema; never by a later build, whose schema the fixtures are there to check. Not a test.
#include "Database.h"
#include "SchemaDump.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSqlDatabase>

#include <cstdio>

using namespace cairn;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (app.arguments().size() != 2) {
        std::fprintf(stderr, "usage: write_schema_fixtures FOLDER\n");
        return 2;
    }
    const QDir out(app.arguments().at(1));
    QDir().mkpath(out.path());
    for (int v = 0; v <= Database::currentVersion(); ++v) {
        const QString path = out.filePath(QStringLiteral("cache-v%1.sqlite").arg(v));
        QFile::remove(path);
        QJsonObject schema;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("w"));
            db.setDatabaseName(path);
            if (!db.open()) {
                std::fprintf(stderr, "cannot open %s\n", qPrintable(path));
                return 1;
            }
            execOrThrow(db, QStringLiteral("PRAGMA page_size=1024")); // small files; no bearing on the schema
            Database::migrateTo(db, v);
            schema = test::schemaOf(db);
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("w"));
        if (v == Database::currentVersion())
            QFile::remove(path); // the fresh one is made by the build under test
        QFile json(out.filePath(QStringLiteral("schema-v%1.json").arg(v)));
        if (!json.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            std::fprintf(stderr, "cannot write %s\n", qPrintable(json.fileName()));
            return 1;
        }
        json.write(QJsonDocument(schema).toJson());
    }
    return 0;
}
