#include "Table.h"
#include "ClipLine.h"

#include <QList>

#include <algorithm>
#include <sys/ioctl.h>
#include <unistd.h>

namespace cairn::cli {

namespace {

int charWidth(char32_t u)
{
    const QChar::Category c = QChar::category(u);
    if (c == QChar::Mark_NonSpacing || c == QChar::Mark_Enclosing || c == QChar::Other_Format || u == 0x200B)
        return 0;
    const bool wide = (u >= 0x1100 && u <= 0x115F) || (u >= 0x2E80 && u <= 0xA4CF && u != 0x303F)
        || (u >= 0xAC00 && u <= 0xD7A3) || (u >= 0xF900 && u <= 0xFAFF) || (u >= 0xFE30 && u <= 0xFE4F)
        || (u >= 0xFF00 && u <= 0xFF60) || (u >= 0xFFE0 && u <= 0xFFE6) || (u >= 0x1F300 && u <= 0x1F64F)
        || (u >= 0x1F900 && u <= 0x1F9FF) || (u >= 0x20000 && u <= 0x3FFFD);
    return wide ? 2 : 1;
}

int positiveNumber(const QByteArray &text)
{
    bool ok = false;
    const int n = text.trimmed().toInt(&ok);
    return ok && n > 0 ? n : 0;
}

} // namespace

Terminal stdoutTerminal()
{
    Terminal t;
    const QByteArray forced = qgetenv("CAIRN_FORCE_TTY");
    t.tty = !forced.isEmpty() || ::isatty(STDOUT_FILENO) == 1;
    if (!t.tty)
        return t;
    struct winsize ws = {};
    if (const int n = positiveNumber(forced))
        t.width = n;
    else if (const int columns = positiveNumber(qgetenv("COLUMNS")))
        t.width = columns;
    else if (::ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0)
        t.width = ws.ws_col;
    return t;
}

int displayWidth(const QString &text)
{
    int width = 0;
    for (const char32_t u : text.toUcs4())
        width += charWidth(u);
    return width;
}

QString clipToWidth(const QString &text, int width)
{
    if (displayWidth(text) <= width)
        return text;
    if (width <= 0)
        return QString();
    QString out;
    int used = 0;
    for (const char32_t u : text.toUcs4()) {
        const int w = charWidth(u);
        if (used + w > width - 1)
            break;
        used += w;
        out += QString::fromUcs4(&u, 1);
    }
    return out + QChar(0x2026);
}

QString timeCell(const QDateTime &time)
{
    return time.isValid() ? time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) : QString();
}

void Table::addRow(const QStringList &cells)
{
    QStringList row;
    for (qsizetype c = 0; c < m_columns.size(); ++c)
        row << printableLine(cells.value(c));
    m_rows.append(row);
}

QString Table::render(const Terminal &t) const
{
    return t.tty ? aligned(t.width) : tsv();
}

QString Table::tsv() const
{
    QList<int> shown;
    for (int c = 0; c < m_columns.size(); ++c)
        if (m_columns[c].shown != Column::Shown::Terminal)
            shown << c;
    const auto line = [&shown](const auto &cell) {
        QStringList cells;
        for (int c : shown)
            cells << cell(c);
        return cells.join(u'\t') + u'\n'; // (printableLine made every tab a space)
    };
    QString out = line([this](int c) { return m_columns[c].key; });
    for (const QStringList &row : m_rows)
        out += line([&row](int c) { return row[c]; });
    return out;
}

QString Table::aligned(int width) const
{
    QList<int> shown; // the columns a person sees: not those for scripts, nor empty ones
    for (int c = 0; c < m_columns.size(); ++c) {
        const bool empty = !m_rows.isEmpty() && std::all_of(m_rows.begin(), m_rows.end(), [c](const QStringList &row) { return row[c].isEmpty(); });
        if (m_columns[c].shown != Column::Shown::Script && !empty)
            shown << c;
    }
    if (shown.isEmpty())
        return QString();
    QList<int> widths, minimum;
    for (int c : std::as_const(shown)) {
        int w = displayWidth(m_columns[c].header);
        const int header = w;
        for (const QStringList &row : m_rows)
            w = std::max(w, displayWidth(row[c]));
        widths << w;
        // A clipped column keeps its header and a few characters.
        minimum << (m_columns[c].kind == Column::Kind::Text ? std::min(w, std::max(header, 8)) : w);
    }
    // Narrow terminal: take a column off the widest text column, one at a time, down to its
    // minimum, then off the next widest.
    int total = int(2 * (shown.size() - 1));
    for (int w : std::as_const(widths))
        total += w;
    while (width > 0 && total > width) {
        int widest = -1;
        for (int i = 0; i < widths.size(); ++i)
            if (widths[i] > minimum[i] && (widest < 0 || widths[i] > widths[widest]))
                widest = i;
        if (widest < 0)
            break; // as narrow as it goes: the terminal wraps
        --widths[widest];
        --total;
    }
    QString out;
    const auto line = [&](const QStringList &cells, bool header) {
        QString text;
        for (int i = 0; i < shown.size(); ++i) {
            const Column &column = m_columns[shown[i]];
            const QString cell = clipToWidth(header ? column.header : cells[shown[i]], widths[i]);
            const QString pad(widths[i] - displayWidth(cell), u' ');
            text += column.kind == Column::Kind::Number ? pad + cell : cell + pad;
            if (i + 1 < shown.size())
                text += QStringLiteral("  ");
        }
        while (text.endsWith(u' '))
            text.chop(1);
        out += text + u'\n';
    };
    line({}, true);
    for (const QStringList &row : m_rows)
        line(row, false);
    return out;
}

} // namespace cairn::cli
