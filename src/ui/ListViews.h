#pragma once
#include <Qt>

class QLabel;
class QLineEdit;
class QTableView;
class QWidget;

namespace cairn::ui {

// The look and behaviour every list of the window shares: whole-row single selection, no
// grid, fixed row height, left-aligned headers, sortable by clicking a header, first sorted
// by `sortColumn` in `order`.
void setUpListTable(QTableView *table, int sortColumn = 0, Qt::SortOrder order = Qt::AscendingOrder);
// Columns that fit the list's width: `stretch` (the title) takes the room the others leave;
// each other column is as wide as its content on screen, at most `cap` pixels (scaled with the
// font), and gives up width for the title when space is short — never below its header's text
// (then the list scrolls sideways).
// `titleRoom` false: the stretch column claims no share of the width beyond its header's
// text (the Sync history's error, mostly empty), the others keep their content's width.
void fitColumns(QTableView *table, int stretch, int cap = 240, bool titleRoom = true);
// The width a column needs to show its header's text whole (with a sort arrow, where the list sorts).
int headerTextWidth(QTableView *table, int column);
// No column of `table` gets narrower than its header's text, whatever resizes it.
void keepHeadersReadable(QTableView *table);
// The grey, centred text a list shows over its viewport when it is empty.
QLabel *addEmptyState(QTableView *table);
// A filter box with a clear button.
void setUpFilterBox(QLineEdit *filter);

} // namespace cairn::ui
