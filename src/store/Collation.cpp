#include "Collation.h"
#include "Sql.h"

#include <QCollator>
#include <QRegularExpression>

#include <sqlite3.h>
#include <unicode/ucol.h>

#include <memory>

namespace cairn::Collation {

QLocale locale()
{
    const QLocale l;
    return l.language() == QLocale::C ? QLocale(QLocale::English, QLocale::UnitedStates) : l;
}

namespace {
// One ICU collator per thread (the writer's, a pool task's), made again when the locale changes.
struct IcuCollator
{
    QString name;
    UCollator *collator = nullptr;
    ~IcuCollator()
    {
        if (collator)
            ucol_close(collator);
    }
};

UCollator *collatorFor(const QString &name)
{
    thread_local IcuCollator t;
    if (t.collator && t.name == name)
        return t.collator;
    if (t.collator)
        ucol_close(t.collator);
    UErrorCode status = U_ZERO_ERROR;
    t.collator = ucol_open(name.toLatin1().constData(), &status);
    if (U_FAILURE(status)) {
        status = U_ZERO_ERROR;
        t.collator = ucol_open("", &status); // the root collation
    }
    t.name = name;
    if (t.collator) {
        status = U_ZERO_ERROR;
        ucol_setAttribute(t.collator, UCOL_NUMERIC_COLLATION, UCOL_ON, &status);
    }
    return t.collator;
}
} // namespace

QByteArray sortKey(const QString &text)
{
    UCollator *c = collatorFor(locale().name());
    if (!c)
        return text.toCaseFolded().toUtf8();
    const auto *chars = reinterpret_cast<const UChar *>(text.utf16());
    QByteArray key(qMax<qsizetype>(64, text.size() * 4), Qt::Uninitialized);
    int32_t n = ucol_getSortKey(c, chars, int32_t(text.size()), reinterpret_cast<uint8_t *>(key.data()), int32_t(key.size()));
    if (n > key.size()) {
        key.resize(n);
        n = ucol_getSortKey(c, chars, int32_t(text.size()), reinterpret_cast<uint8_t *>(key.data()), int32_t(key.size()));
    }
    key.resize(qMax(0, n - 1)); // without its terminating 0
    return key;
}

QString fold(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_D);
    QString out;
    out.reserve(decomposed.size());
    for (QChar ch : decomposed) {
        if (ch.category() == QChar::Mark_NonSpacing)
            continue;
        switch (ch.unicode()) { // letters with a stroke have no decomposition
        case 0x00D8: case 0x00F8: ch = u'o'; break; // Ø ø
        case 0x0141: case 0x0142: ch = u'l'; break; // Ł ł
        case 0x0110: case 0x0111: ch = u'd'; break; // Đ đ
        default: break;
        }
        out.append(ch);
    }
    return out.toCaseFolded();
}

QStringList tokens(const QString &text)
{
    QStringList out;
    const QString folded = fold(text);
    qsizetype start = -1;
    for (qsizetype i = 0; i <= folded.size(); ++i) {
        const bool word = i < folded.size() && (folded.at(i).isLetterOrNumber() || folded.at(i).isSurrogate());
        if (word && start < 0)
            start = i;
        else if (!word && start >= 0) {
            out << folded.mid(start, i - start);
            start = -1;
        }
    }
    return out;
}

namespace {
bool matchesTokens(const QStringList &wanted, const QStringList &have)
{
    for (const QString &w : wanted) {
        bool found = false;
        for (const QString &h : have)
            if ((found = h.startsWith(w)))
                break;
        if (!found)
            return false;
    }
    return true;
}
} // namespace

bool matches(const QString &query, const QString &text)
{
    const QStringList wanted = tokens(query);
    return !wanted.isEmpty() && matchesTokens(wanted, tokens(text));
}

namespace {
QString textOf(sqlite3_value *v)
{
    const void *data = sqlite3_value_text16(v);
    const int bytes = sqlite3_value_bytes16(v);
    return data ? QString(reinterpret_cast<const QChar *>(data), bytes / 2) : QString();
}

void destroyTokens(void *p) { delete static_cast<QStringList *>(p); }

// cairn_match(query, text, …): whether every word of the query starts a word of the texts.
void matchFunction(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
    if (argc < 1) {
        sqlite3_result_int(ctx, 0);
        return;
    }
    auto *wanted = static_cast<QStringList *>(sqlite3_get_auxdata(ctx, 0));
    if (!wanted) { // the query's words once per statement, not once per row
        wanted = new QStringList(tokens(textOf(argv[0])));
        sqlite3_set_auxdata(ctx, 0, wanted, destroyTokens);
        wanted = static_cast<QStringList *>(sqlite3_get_auxdata(ctx, 0));
        if (!wanted) {
            sqlite3_result_error_nomem(ctx);
            return;
        }
    }
    QStringList have;
    for (int i = 1; i < argc; ++i)
        have << tokens(textOf(argv[i]));
    sqlite3_result_int(ctx, !wanted->isEmpty() && matchesTokens(*wanted, have) ? 1 : 0);
}

int compareFunction(void *arg, int aBytes, const void *a, int bBytes, const void *b)
{
    const auto *collator = static_cast<const QCollator *>(arg);
    return collator->compare(QStringView(reinterpret_cast<const QChar *>(a), aBytes / 2),
                             QStringView(reinterpret_cast<const QChar *>(b), bBytes / 2));
}

void destroyCollator(void *p) { delete static_cast<QCollator *>(p); }
} // namespace

void registerOn(QSqlDatabase &db)
{
    sqlite3 *handle = sql::handleOf(db);
    if (!handle)
        return;
    auto collator = std::make_unique<QCollator>(locale());
    collator->setNumericMode(true);
    if (sqlite3_create_collation_v2(handle, "cairn_locale", SQLITE_UTF16, collator.get(), compareFunction, destroyCollator) == SQLITE_OK)
        collator.release(); // SQLite owns it now (destroyCollator)
    sqlite3_create_function_v2(handle, "cairn_match", -1, SQLITE_UTF8 | SQLITE_DETERMINISTIC, nullptr, matchFunction,
                               nullptr, nullptr, nullptr);
}

} // namespace cairn::Collation
