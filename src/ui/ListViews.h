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
// The grey, centred text a list shows over its viewport when it is empty.
QLabel *addEmptyState(QTableView *table);
// A filter box with a clear button and Ctrl+F to reach it from anywhere in `page`.
void setUpFilterBox(QLineEdit *filter, QWidget *page);

} // namespace cairn::ui
