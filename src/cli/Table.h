#pragma once
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace cairn::cli {

// Where stdout goes: a terminal `width` columns wide, or (tty false) a pipe or a file.
// A terminal's width is COLUMNS when that is a number, else what the terminal says
// (TIOCGWINSZ), else 80. CAIRN_FORCE_TTY set (not empty) prints for a terminal all the same
// (its value, when a number, is the width), so that tests and `watch` see what a person sees.
struct Terminal
{
    bool tty = false;
    int width = 80;
};
Terminal stdoutTerminal();

// How many terminal columns `text` takes: East Asian wide and full-width characters two,
// combining marks and format characters none, everything else one.
int displayWidth(const QString &text);
// `text` cut to at most `width` columns, "…" marking the cut.
QString clipToWidth(const QString &text, int width);

// A time as a table shows it: local, to the second ("" for none).
QString timeCell(const QDateTime &time);

// The one table printer of every command that lists things (sync, status, history, search,
// config list, accounts). For a person, columns aligned under a header, as wide as the
// terminal: the widest text column is clipped with "…" when the terminal is narrow, and a
// column empty in every row is left out. For a
// script (stdout not a terminal), tab-separated values under a header line of stable field
// names (those of the command's --json), every column, nothing clipped:
// `cairn history | cut -f2`. Every cell passes through printableLine().
class Table
{
public:
    struct Column
    {
        enum class Kind { Text, Fixed, Number }; // Text may be clipped; Number is right-aligned
        enum class Shown { Both, Terminal, Script }; // Script: only in the tab-separated values
        QString key;    // the header of the tab-separated values: the JSON field name
        QString header; // the header a person reads (translated)
        Kind kind = Kind::Text;
        Shown shown = Shown::Both;
    };

    explicit Table(QList<Column> columns) : m_columns(std::move(columns)) {}
    void addRow(const QStringList &cells);
    bool isEmpty() const { return m_rows.isEmpty(); }

    // aligned(t.width) for a terminal, else tsv().
    QString render(const Terminal &t) const;
    // Aligned columns within `width` terminal columns (0: no limit), each line without
    // trailing spaces.
    QString aligned(int width) const;
    QString tsv() const;

private:
    QList<Column> m_columns;
    QList<QStringList> m_rows;
};

} // namespace cairn::cli
