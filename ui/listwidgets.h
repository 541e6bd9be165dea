#pragma once

#include <QString>
#include <QStringList>
#include <QtGlobal>

#include <functional>

class QComboBox;
class QKeySequence;
class QPushButton;
class QHBoxLayout;
class QLabel;
class QAbstractItemView;
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
// so a search runs once per word, not once per key. Enter applies a pending search at once,
// before the handlers the caller connects to returnPressed: a barcode scanner types a code and
// Enter faster than the pause, and what Enter does must not be undone by the late search.
QLineEdit *createSearch(const QString &objectName, const QString &accessibleName,
                        const std::function<void(const QString &)> &apply, QWidget *parent);

// A status filter: "all" first (no code as data), then each code with its translated label.
QComboBox *createStatusFilter(const QString &objectName, const QString &accessibleName,
                              const QStringList &codes, QString (*label)(const QString &),
                              QWidget *parent);

// A hidden, word-wrapped label in the problem colour for what a dialog or tab refused and
// what to do about it; showProblem() (or show()) it with the text. The room of two lines is
// kept while it is hidden, so that a message coming or going does not move the fields and
// buttons around it.
QLabel *createProblemLabel(const QString &objectName, QWidget *parent);
// Shows text in a problem label and puts the focus on the field to fix, its text selected.
// The message goes as soon as that field changes (a line edit's text, a combo box's choice, a
// button's check), so it never outlives what it was about; without a field it stays until the
// next showProblem() or clearProblem().
void showProblem(QLabel *problem, const QString &text, QWidget *field = nullptr);
void clearProblem(QLabel *problem);

// A text in the middle of the view's empty list (grey, centred), shown only while the view's
// model has no rows: say there why the list is empty and what to do. The view's model must be
// set first.
QLabel *createEmptyText(QAbstractItemView *view, const QString &objectName);

// A number typed into a money or quantity field, read as a person types it.
struct TypedNumber
{
    enum class Problem { None, Empty, NotANumber, TooManyDecimals, OutOfRange };
    Problem problem = Problem::Empty;
    // The number in the field's smallest unit. Out of range it is the number typed (held at
    // the 64-bit limits when longer), so that its sign tells which end of the range it passed.
    qint64 value = 0;
    bool ok() const { return problem == Problem::None; }
};
// The one parser of the dialogs' money and quantity fields. Reads a whole number (decimals 0)
// or an amount with at most `decimals` digits after the point, in the smallest unit: "12,000"
// is 12000, and with two decimals "12.5" is 1250. Digit groups (the locale's, commas, spaces)
// are ignored, a sign is allowed. A number outside [minimum, maximum], also one too long for
// 64 bits, is OutOfRange, so that the field's message can name the range it must be in.
TypedNumber readNumber(const QString &typed, qint64 minimum, qint64 maximum, int decimals = 0);

// Sets each column of the view as wide as its header or the widest of its samples (the longest
// text the column shows: an id, a date, the largest amount), in the view's font, so that the
// columns fit in both languages without a horizontal scroll bar. Columns without samples keep
// their width; a layout the clerk saved is restored over it afterwards.
void fitColumns(QTableView *view, const QList<QStringList> &samples);

// A word-wrapped label for text of any length (a customer's name, a message): it never makes
// its window wider, whatever the text (an unbroken 200-character name is clipped, with the
// whole text in the tooltip, instead of pushing the window past the screen), and an empty one
// keeps the height of a line, so that a message appearing does not make the layout jump.
QLabel *createTextLabel(const QString &objectName, const QString &accessibleName, QWidget *parent);
// Sets the label's text and its tooltip (the whole text, for when it is clipped).
void setLabelText(QLabel *label, const QString &text);

// A "Status:" label with the filter, then the search field taking the rest of the row: the bar
// above the Orders and Deliveries lists.
QHBoxLayout *filterBar(QComboBox *filter, QLineEdit *search);

// A tab's action button with the icon :/icons/ICON.svg and keys that click it while the focus
// is in the tab (other tabs may use the same keys), named in its tooltip.
QPushButton *actionButton(const QString &text, const QString &objectName, const QKeySequence &keys,
                          QWidget *tab, const QString &icon);

} // namespace ListWidgets

} // namespace ShopDesk
