#pragma once
#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QList>
#include <QString>
#include <QStringList>

// What every source's `cairn export` shares (docs/architecture.md §5): JSON holds every cached
// record, deleted ones flagged; CSV the live ones, with cells a spreadsheet would run as a
// formula neutralised. Each source's writers are in its folder (google/ContactExport.h, …).
namespace cairn::Export {

// A CSV cell: quoted where it must be; a value a spreadsheet would run as a formula (=, +, -,
// @, tab, CR first) gets a leading apostrophe.
QString csvCell(const QString &value);
// One CSV line (csvCell for each, CRLF at the end): every exporter's rows.
QString csvRow(const QStringList &values);

// `all` as "json" (every record, an array of toJson's) or "csv" (toCsv of the live ones);
// another format gives an empty array.
template<typename T, typename ToJson, typename ToCsv>
QByteArray records(const QList<T> &all, const QString &format, ToJson toJson, ToCsv toCsv)
{
    if (format == QLatin1String("csv")) {
        QList<T> live;
        for (const T &item : all)
            if (!item.deleted)
                live.append(item);
        return toCsv(live);
    }
    QJsonArray a;
    if (format == QLatin1String("json"))
        for (const T &item : all)
            a.append(toJson(item));
    return QJsonDocument(a).toJson(QJsonDocument::Indented);
}

} // namespace cairn::Export
