#pragma once

#include <QString>
#include <QStringList>

#include <functional>

class QComboBox;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QTableView;
class QWidget;

namespace ShopDesk {

// The building blocks the tabs share, so that every list looks and behaves the same.
namespace ListWidgets {

// How long a search field waits after the last key before it filters.
inline constexpr int SearchDelayMs = 150;

// A read-only list: whole rows selected one at a time, compact rows, last column stretched.
QTableView *createView(const QString &objectName, const QString &accessibleName, QWidget *parent);

// A search field that calls apply with the trimmed text once typing pauses for SearchDelayMs,
// so a search runs once per word, not once per key.
QLineEdit *createSearch(const QString &objectName, const QString &accessibleName,
                        const std::function<void(const QString &)> &apply, QWidget *parent);

// A status filter: "all" first (no code as data), then each code with its translated label.
QComboBox *createStatusFilter(const QString &objectName, const QString &accessibleName,
                              const QStringList &codes, QString (*label)(const QString &),
                              QWidget *parent);

// A hidden, word-wrapped label in the problem colour for what a dialog or tab refused and
// what to do about it; show() it with the text.
QLabel *createProblemLabel(const QString &objectName, QWidget *parent);

// A "Status:" label with the filter, then the search field taking the rest of the row: the bar
// above the Orders and Deliveries lists.
QHBoxLayout *filterBar(QComboBox *filter, QLineEdit *search);

} // namespace ListWidgets

} // namespace ShopDesk
