#pragma once
#include "Asana.h"

#include <QByteArray>
#include <QJsonObject>

// `cairn export --source asana` of the tasks (docs/architecture.md §5): each record with its
// service id under `id` and the fields the views show, named as the service names them;
// deleted ones (JSON only) with `deleted: true`. CSV: the live ones, formulas neutralised.
namespace cairn::AsanaExport {
QJsonObject toJson(const AsanaTask &t);
QByteArray toCsv(const QList<AsanaTask> &tasks);
} // namespace cairn::AsanaExport
