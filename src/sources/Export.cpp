#include "Export.h"

namespace cairn::Export {

QString csvCell(const QString &value)
{
    QString v = value;
    if (!v.isEmpty() && QStringLiteral("=+-@\t\r").contains(v.front()))
        v.prepend(QLatin1Char('\''));
    if (v.contains(QLatin1Char('"')) || v.contains(QLatin1Char(',')) || v.contains(QLatin1Char('\n'))
        || v.contains(QLatin1Char('\r')) || v.startsWith(QLatin1Char('\''))) {
        v.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        v = QLatin1Char('"') + v + QLatin1Char('"');
    }
    return v;
}

QString csvRow(const QStringList &values)
{
    QStringList cells;
    cells.reserve(values.size());
    for (const QString &v : values)
        cells << csvCell(v);
    return cells.join(QLatin1Char(',')) + QStringLiteral("\r\n");
}

} // namespace cairn::Export
