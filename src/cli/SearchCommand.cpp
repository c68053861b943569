#include "SearchCommand.h"
#include "CliCommands.h"
#include "CliSupport.h"
#include "ClipLine.h"
#include "Error.h"
#include "ExitCodes.h"
#include "PlainText.h"
#include "SearchIndex.h"
#include "Settings.h"
#include "Sources.h"
#include "Table.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTextStream>

#include <algorithm>

namespace cairn {

namespace {

// Whether the cache holds anything of `sources` to search.
bool anythingCached(QSqlDatabase &db, const QStringList &sources)
{
    for (SearchIndex::Kind kind : SearchIndex::kinds()) {
        if (!sources.isEmpty() && !sources.contains(SearchIndex::sourceOf(kind)))
            continue;
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT 1 FROM search WHERE rowid >= ? AND rowid < ? LIMIT 1"));
        q.addBindValue(qint64(kind) << 40);
        q.addBindValue((qint64(kind) + 1) << 40);
        if (q.exec() && q.next())
            return true;
    }
    return false;
}

// A hit's id on its service and its web address where the cache has one: its source's.
SourceDescriptor::Reference referenceOf(QSqlDatabase &db, const Settings &settings, const SearchIndex::Hit &hit)
{
    const SourceDescriptor *d = Sources::find(SearchIndex::sourceOf(hit.kind));
    return d && d->reference ? d->reference(db, settings, hit) : SourceDescriptor::Reference();
}

QJsonValue orNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

} // namespace

int commandSearch(const CliOptions &o, Settings &settings)
{
    const QString query = o.arguments.join(QLatin1Char(' '));
    if (query.trimmed().isEmpty())
        throw usageError(QCoreApplication::translate("cairn::CliCommands", "search needs words to look for"));
    if (SearchIndex::bounded(query).cut) // searched all the same, for what it kept
        QTextStream(stderr) << "cairn: " << QCoreApplication::translate("cairn::CliCommands", "warning:") << ' '
                            << QCoreApplication::translate("cairn::CliCommands", "only the first %1 words (and %2 characters) of the query are searched for")
                                   .arg(SearchIndex::kMaxWords).arg(SearchIndex::kMaxChars)
                            << Qt::endl;
    const QString nothingCached = o.sources.size() == 1
        ? QCoreApplication::translate("cairn::CliCommands", "nothing of %1 is cached yet: run `cairn sync --source %2` first").arg(Settings::displayName(o.sources.first()), o.sources.first())
        : QCoreApplication::translate("cairn::CliCommands", "nothing is cached yet: run `cairn sync` first");
    if (!QFile::exists(settings.databasePath()))
        throw Error(Error::Kind::Config, nothingCached);
    cli::Reader r(settings);
    // Each kind of the sources asked for, its best `limit`, then the best of them all. The
    // matches are marked with private-use characters while Markdown is taken out of the snippet.
    const QString open(QChar(0xE000)), close(QChar(0xE001));
    QList<SearchIndex::Hit> hits;
    for (SearchIndex::Kind kind : SearchIndex::kinds())
        if (o.sources.isEmpty() || o.sources.contains(SearchIndex::sourceOf(kind)))
            hits << SearchIndex::query(r.db(), query, kind, o.limit, open, close);
    // Title matches first, then by rank (as Ctrl+K).
    std::stable_sort(hits.begin(), hits.end(), [](const auto &a, const auto &b) { return a.inTitle != b.inTitle ? a.inTitle : a.rank < b.rank; });
    if (hits.size() > o.limit)
        hits.resize(o.limit);
    if (hits.isEmpty() && !anythingCached(r.db(), o.sources))
        throw Error(Error::Kind::Config, nothingCached);
    using C = cli::Table::Column;
    cli::Table table({{QStringLiteral("kind"), QCoreApplication::translate("cairn::CliCommands", "KIND"), C::Kind::Fixed},
                      {QStringLiteral("source"), QCoreApplication::translate("cairn::CliCommands", "SOURCE"), C::Kind::Fixed, C::Shown::Script},
                      {QStringLiteral("id"), QCoreApplication::translate("cairn::CliCommands", "ID"), C::Kind::Text, C::Shown::Script},
                      {QStringLiteral("title"), QCoreApplication::translate("cairn::CliCommands", "TITLE")},
                      {QStringLiteral("snippet"), QCoreApplication::translate("cairn::CliCommands", "SNIPPET")},
                      {QStringLiteral("url"), QCoreApplication::translate("cairn::CliCommands", "URL"), C::Kind::Text, C::Shown::Script},
                      {QStringLiteral("score"), QCoreApplication::translate("cairn::CliCommands", "SCORE"), C::Kind::Number, C::Shown::Script}});
    QJsonArray a;
    for (const auto &h : std::as_const(hits)) {
        const QString kind = SearchIndex::kindName(h.kind);
        const QString snippet = plainSnippet(h.snippet).replace(open, QStringLiteral("[")).replace(close, QStringLiteral("]"));
        const SourceDescriptor::Reference ref = referenceOf(r.db(), settings, h);
        // FTS5's bm25 is lower for a better match: the score is its opposite, higher is better.
        const double score = 0.0 - h.rank;
        a.append(QJsonObject{{QStringLiteral("kind"), kind}, {QStringLiteral("id"), ref.id},
                             {QStringLiteral("title"), h.title}, {QStringLiteral("source"), SearchIndex::sourceOf(h.kind)},
                             {QStringLiteral("url"), orNull(ref.url)}, {QStringLiteral("score"), score},
                             {QStringLiteral("rank"), h.rank}, {QStringLiteral("snippet"), snippet}});
        table.addRow({kind, SearchIndex::sourceOf(h.kind), ref.id, h.title, snippet, ref.url, QString::number(score, 'g', 6)});
    }
    if (o.json)
        cli::printJson(a);
    else if (!hits.isEmpty())
        cli::printTable(table);
    if (hits.isEmpty()) {
        QTextStream(stderr) << "cairn: " << QCoreApplication::translate("cairn::CliCommands", "no matches for “%1”").arg(printableLine(query.simplified().left(80))) << Qt::endl;
        return int(ExitCode::NoMatch);
    }
    return 0;
}

} // namespace cairn
