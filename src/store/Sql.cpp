#include "Sql.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDriver>

#include <sqlite3.h>

namespace cairn::sql {

sqlite3 *handleOf(QSqlDatabase &db)
{
    const QVariant h = db.isOpen() && db.driver() ? db.driver()->handle() : QVariant();
    if (h.isValid() && qstrcmp(h.typeName(), "sqlite3*") == 0)
        return *static_cast<sqlite3 *const *>(h.constData());
    return nullptr;
}

namespace {

bool isNullValue(const QVariant &v)
{
    if (v.isNull())
        return true;
    switch (v.typeId()) {
    case QMetaType::QString: return static_cast<const QString *>(v.constData())->isNull();
    case QMetaType::QByteArray: return static_cast<const QByteArray *>(v.constData())->isNull();
    case QMetaType::QDateTime: return !static_cast<const QDateTime *>(v.constData())->isValid();
    case QMetaType::QDate: return !static_cast<const QDate *>(v.constData())->isValid();
    case QMetaType::QTime: return !static_cast<const QTime *>(v.constData())->isValid();
    default: return false;
    }
}

thread_local Statement::Cache *t_cache = nullptr;
constexpr int kCachedPerSql = 4; // the same SQL alive at once (nested) rarely goes beyond 2
} // namespace

Statement::Cache::Cache(QSqlDatabase &db) : m_db(handleOf(db))
{
    Q_ASSERT(!t_cache);
    t_cache = this;
}

Statement::Cache::~Cache()
{
    for (const QList<::sqlite3_stmt *> &stmts : std::as_const(m_free))
        for (::sqlite3_stmt *stmt : stmts)
            sqlite3_finalize(stmt);
    if (t_cache == this)
        t_cache = nullptr;
}

Statement::Statement(QSqlDatabase &db, const QString &sql)
    : m_db(handleOf(db))
{
    if (!m_db)
        throw Error(Error::Kind::Store, QStringLiteral("database: the database is not open"));
    if (t_cache && t_cache->m_db == m_db) {
        m_cache = t_cache;
        m_sql = sql;
        const auto it = m_cache->m_free.find(sql);
        if (it != m_cache->m_free.end() && !it->isEmpty())
            m_stmt = it->takeLast();
    }
    if (!m_stmt) {
        const QByteArray text = sql.toUtf8();
        const int rc = sqlite3_prepare_v3(m_db, text.constData(), int(text.size()), m_cache ? SQLITE_PREPARE_PERSISTENT : 0,
                                          &m_stmt, nullptr);
        if (rc != SQLITE_OK)
            fail(rc);
    }
    m_texts.resize(sqlite3_bind_parameter_count(m_stmt));
}

Statement::~Statement()
{
    if (!m_stmt)
        return;
    // Back to the cache only while it still stands for this connection (it goes before it closes).
    if (m_cache && t_cache == m_cache) {
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt); // the bound texts die with this object
        QList<::sqlite3_stmt *> &stmts = m_cache->m_free[m_sql];
        if (stmts.size() < kCachedPerSql) {
            stmts.append(m_stmt);
            return;
        }
    }
    sqlite3_finalize(m_stmt);
}

int Statement::parameterCount() const
{
    return int(m_texts.size());
}

void Statement::reset()
{
    if (m_stmt)
        sqlite3_reset(m_stmt);
    m_rowPending = m_active = false;
}

void Statement::bind(int index, const QVariant &v)
{
    const int at = index + 1;
    int rc = SQLITE_OK;
    if (index < 0 || index >= m_texts.size()) {
        rc = SQLITE_RANGE;
    } else if (isNullValue(v)) {
        rc = sqlite3_bind_null(m_stmt, at);
    } else {
        switch (v.typeId()) {
        case QMetaType::Bool:
        case QMetaType::Int:
        case QMetaType::UInt:
        case QMetaType::Long:
        case QMetaType::LongLong:
        case QMetaType::ULongLong:
        case QMetaType::Short:
        case QMetaType::UShort:
            rc = sqlite3_bind_int64(m_stmt, at, v.toLongLong());
            break;
        case QMetaType::Double:
        case QMetaType::Float:
            rc = sqlite3_bind_double(m_stmt, at, v.toDouble());
            break;
        case QMetaType::QByteArray:
            m_texts[index] = *static_cast<const QByteArray *>(v.constData());
            rc = sqlite3_bind_blob(m_stmt, at, m_texts[index].constData(), int(m_texts[index].size()), SQLITE_STATIC);
            break;
        default: {
            QString text;
            switch (v.typeId()) {
            case QMetaType::QDateTime: text = v.toDateTime().toString(Qt::ISODateWithMs); break;
            case QMetaType::QDate: text = v.toDate().toString(Qt::ISODate); break;
            case QMetaType::QTime: text = v.toTime().toString(QStringLiteral("hh:mm:ss.zzz")); break;
            case QMetaType::QString: text = *static_cast<const QString *>(v.constData()); break;
            default: text = v.toString(); break;
            }
            m_texts[index] = text.toUtf8();
            rc = sqlite3_bind_text(m_stmt, at, m_texts[index].constData(), int(m_texts[index].size()), SQLITE_STATIC);
            break;
        }
        }
    }
    if (rc != SQLITE_OK)
        fail(rc);
}

Statement &Statement::run()
{
    const int rc = sqlite3_step(m_stmt);
    m_lastInsertId = QVariant(qint64(sqlite3_last_insert_rowid(m_db)));
    m_changes = sqlite3_changes(m_db);
    if (rc == SQLITE_ROW) {
        m_rowPending = m_active = true;
    } else if (rc == SQLITE_DONE) {
        sqlite3_reset(m_stmt); // its locks and statement journal go now
    } else {
        fail(rc);
    }
    return *this;
}

bool Statement::next()
{
    if (m_rowPending) {
        m_rowPending = false;
        return true;
    }
    if (!m_active)
        return false;
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    m_active = false;
    if (rc != SQLITE_DONE)
        fail(rc);
    sqlite3_reset(m_stmt);
    return false;
}

QVariant Statement::value(int i) const
{
    if (!m_active || i < 0 || i >= sqlite3_column_count(m_stmt))
        return {};
    switch (sqlite3_column_type(m_stmt, i)) {
    case SQLITE_INTEGER: return QVariant(qint64(sqlite3_column_int64(m_stmt, i)));
    case SQLITE_FLOAT: return QVariant(sqlite3_column_double(m_stmt, i));
    case SQLITE_BLOB: {
        const void *data = sqlite3_column_blob(m_stmt, i);
        return QVariant(QByteArray(static_cast<const char *>(data), sqlite3_column_bytes(m_stmt, i)));
    }
    case SQLITE_TEXT: {
        const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, i));
        return QVariant(QString::fromUtf8(data, sqlite3_column_bytes(m_stmt, i)));
    }
    default: return {};
    }
}

void Statement::fail(int code)
{
    QString why = m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)).simplified() : QString();
    if (why.isEmpty())
        why = QString::fromUtf8(sqlite3_errstr(code));
    if (m_stmt)
        sqlite3_reset(m_stmt);
    m_rowPending = m_active = false;
    throw Error(Error::Kind::Store, QStringLiteral("database: %1").arg(why));
}

void Statement::failCount(int given)
{
    reset();
    throw Error(Error::Kind::Store, QStringLiteral("database: %1 values for %2 parameters").arg(given).arg(parameterCount()));
}

QString isoUtc(const QDateTime &t)
{
    // Days since 1970-01-01 → the civil date (H. Hinnant, "chrono-compatible low-level date
    // algorithms"); years outside 1-9999 are left to Qt (it has no year 0).
    if (!t.isValid())
        return {};
    const qint64 ms = t.toMSecsSinceEpoch();
    const qint64 days = ms >= 0 ? ms / 86'400'000 : (ms - 86'399'999) / 86'400'000;
    const qint64 msOfDay = ms - days * 86'400'000;
    const qint64 z = days + 719'468;
    const qint64 era = (z >= 0 ? z : z - 146'096) / 146'097;
    const qint64 doe = z - era * 146'097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36'524 - doe / 146'096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    const qint64 day = doy - (153 * mp + 2) / 5 + 1;
    const qint64 month = mp < 10 ? mp + 3 : mp - 9;
    const qint64 year = yoe + era * 400 + (month <= 2 ? 1 : 0);
    if (year < 1 || year > 9999)
        return t.toUTC().toString(Qt::ISODateWithMs);
    char text[] = "0000-00-00T00:00:00.000Z";
    const auto put = [&text](int at, qint64 value, int digits) {
        for (int i = digits - 1; i >= 0; --i, value /= 10)
            text[at + i] = char('0' + value % 10);
    };
    put(0, year, 4);
    put(5, month, 2);
    put(8, day, 2);
    put(11, msOfDay / 3'600'000, 2);
    put(14, msOfDay / 60'000 % 60, 2);
    put(17, msOfDay / 1000 % 60, 2);
    put(20, msOfDay % 1000, 3);
    return QString::fromLatin1(text, sizeof text - 1);
}

QVariant listValue(const QStringList &names)
{
    if (names.isEmpty())
        return QVariant(QMetaType::fromType<QString>());
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(names)).toJson(QJsonDocument::Compact));
}

QStringList listFrom(const QVariant &v)
{
    QStringList out;
    for (const QJsonValue &l : QJsonDocument::fromJson(v.toByteArray()).array())
        out << l.toString();
    return out;
}

void readColumn(const QVariant &v, QJsonArray &out)
{
    out = QJsonDocument::fromJson(v.toByteArray()).array();
}

} // namespace cairn::sql
