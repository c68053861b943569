#pragma once
#include "Contact.h"
#include "Export.h"

#include <QByteArray>
#include <QJsonObject>

namespace cairn::ContactExport {

QJsonObject toJson(const Contact &c);
// One header row, then one row per contact. Cells that a spreadsheet would run as a
// formula (=, +, -, @, tab, CR first) are neutralised with a leading apostrophe.
QByteArray toCsv(const QList<Contact> &contacts);
// vCard 4.0 (RFC 6350): escaped values, lines folded at 75 octets without splitting UTF-8.
QByteArray toVCard(const QList<Contact> &contacts);

using Export::csvCell; // (Export.h: every exporter's)
using Export::csvRow;
QString vcardEscape(const QString &value);

} // namespace cairn::ContactExport
