#include "listwidgets.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QComboBox>
#include <QCoreApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <limits>

namespace ShopDesk::ListWidgets {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ShopDesk::ListWidgets)
};

// The problem label remembers the change of field that clears it, so that a later problem
// about another field is not cleared by the first field.
class ProblemLabel final : public QLabel
{
public:
    using QLabel::QLabel;
    QMetaObject::Connection clearOnChange;
};

bool allDigits(const QString &text)
{
    return std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}
} // namespace

QTableView *createView(const QString &objectName, const QString &accessibleName, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setObjectName(objectName);
    view->setAccessibleName(accessibleName);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setDefaultSectionSize(120);
    return view;
}

QLineEdit *createSearch(const QString &objectName, const QString &accessibleName,
                        const std::function<void(const QString &)> &apply, QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    edit->setAccessibleName(accessibleName);
    edit->setClearButtonEnabled(true);
    auto *timer = new QTimer(edit);
    timer->setSingleShot(true);
    timer->setInterval(SearchDelayMs);
    QObject::connect(edit, &QLineEdit::textChanged, timer, qOverload<>(&QTimer::start));
    QObject::connect(timer, &QTimer::timeout, edit,
                     [edit, apply] { apply(edit->text().trimmed()); });
    QObject::connect(edit, &QLineEdit::returnPressed, timer, [edit, timer, apply] {
        if (!timer->isActive())
            return;
        timer->stop();
        apply(edit->text().trimmed());
    });
    return edit;
}

QComboBox *createStatusFilter(const QString &objectName, const QString &accessibleName,
                              const QStringList &codes, QString (*label)(const QString &),
                              QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(objectName);
    combo->setAccessibleName(accessibleName);
    combo->addItem(Text::tr("All statuses"), QString());
    for (const QString &code : codes)
        combo->addItem(label(code), code);
    return combo;
}

QLabel *createProblemLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new ProblemLabel(parent);
    label->setObjectName(objectName);
    label->setAccessibleName(Text::tr("Problem"));
    label->setWordWrap(true);
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    label->setStyleSheet(QStringLiteral("color: #b00020;"));
    label->setMinimumHeight(2 * label->fontMetrics().lineSpacing() + 2);
    QSizePolicy policy = label->sizePolicy();
    policy.setRetainSizeWhenHidden(true);
    label->setSizePolicy(policy);
    label->hide();
    return label;
}

void showProblem(QLabel *problem, const QString &text, QWidget *field)
{
    clearProblem(problem);
    problem->setText(text);
    problem->show();
    if (!field)
        return;
    field->setFocus(Qt::OtherFocusReason);
    if (auto *edit = qobject_cast<QLineEdit *>(field))
        edit->selectAll();
    auto *label = dynamic_cast<ProblemLabel *>(problem);
    if (!label)
        return;
    const auto clear = [problem] { clearProblem(problem); };
    if (auto *edit = qobject_cast<QLineEdit *>(field))
        label->clearOnChange = QObject::connect(edit, &QLineEdit::textChanged, problem, clear);
    else if (auto *combo = qobject_cast<QComboBox *>(field))
        label->clearOnChange =
            QObject::connect(combo, &QComboBox::currentIndexChanged, problem, clear);
    else if (auto *button = qobject_cast<QAbstractButton *>(field))
        label->clearOnChange = QObject::connect(button, &QAbstractButton::toggled, problem, clear);
}

void clearProblem(QLabel *problem)
{
    if (auto *label = dynamic_cast<ProblemLabel *>(problem))
        QObject::disconnect(label->clearOnChange);
    problem->clear();
    problem->hide();
}

QLabel *createEmptyText(QAbstractItemView *view, const QString &objectName)
{
    auto *label = new QLabel(view->viewport());
    label->setObjectName(objectName);
    label->setAlignment(Qt::AlignCenter);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setForegroundRole(QPalette::PlaceholderText);
    label->setAttribute(Qt::WA_TransparentForMouseEvents);
    auto *layout = new QVBoxLayout(view->viewport());
    layout->addWidget(label);
    QAbstractItemModel *model = view->model();
    Q_ASSERT(model);
    const auto update = [model, label] { label->setVisible(model->rowCount() == 0); };
    QObject::connect(model, &QAbstractItemModel::modelReset, label, update);
    QObject::connect(model, &QAbstractItemModel::rowsInserted, label, update);
    QObject::connect(model, &QAbstractItemModel::rowsRemoved, label, update);
    QObject::connect(model, &QAbstractItemModel::layoutChanged, label, update);
    update();
    return label;
}

TypedNumber readNumber(const QString &typed, qint64 minimum, qint64 maximum, int decimals)
{
    using Problem = TypedNumber::Problem;
    QString text = typed.trimmed();
    text.remove(QLocale().groupSeparator());
    text.remove(QLatin1Char(','));
    text.remove(QLatin1Char(' '));
    text.remove(QChar(0x00a0));
    text.remove(QChar(0x202f));
    if (text.isEmpty())
        return {Problem::Empty, 0};
    bool negative = false;
    if (text.startsWith(u'-') || text.startsWith(QChar(0x2212))) {
        negative = true;
        text.remove(0, 1);
    } else if (text.startsWith(u'+')) {
        text.remove(0, 1);
    }
    const qsizetype point = text.indexOf(u'.');
    const QString whole = point < 0 ? text : text.left(point);
    QString fraction = point < 0 ? QString() : text.mid(point + 1);
    if (whole.isEmpty() || !allDigits(whole) || !allDigits(fraction))
        return {Problem::NotANumber, 0};
    if (fraction.size() > decimals || (point >= 0 && fraction.isEmpty() && decimals == 0))
        return {Problem::TooManyDecimals, 0};
    fraction = fraction.leftJustified(decimals, u'0');
    bool ok = false;
    qint64 value = (whole + fraction).toLongLong(&ok);
    // Only digits: a failure means more of them than 64 bits hold.
    if (!ok) {
        return {Problem::OutOfRange,
                negative ? std::numeric_limits<qint64>::min() : std::numeric_limits<qint64>::max()};
    }
    if (negative)
        value = -value;
    if (value < minimum || value > maximum)
        return {Problem::OutOfRange, value};
    return {Problem::None, value};
}

QHBoxLayout *filterBar(QComboBox *filter, QLineEdit *search)
{
    auto *bar = new QHBoxLayout;
    auto *filterLabel = new QLabel(Text::tr("&Status:"), filter->parentWidget());
    filterLabel->setBuddy(filter);
    bar->addWidget(filterLabel);
    bar->addWidget(filter);
    bar->addSpacing(12);
    bar->addWidget(search, 1);
    return bar;
}

void fitColumns(QTableView *view, const QList<QStringList> &samples)
{
    const QFontMetrics text(view->font());
    const QFontMetrics header(view->horizontalHeader()->font());
    // Room for the cell's margins and, in the header, a sort indicator.
    const int padding = text.horizontalAdvance(QLatin1Char('M')) + 4;
    for (int column = 0; column < samples.size(); ++column) {
        if (samples.at(column).isEmpty())
            continue;
        int width =
            header.horizontalAdvance(view->model()->headerData(column, Qt::Horizontal).toString());
        for (const QString &sample : samples.at(column))
            width = std::max(width, text.horizontalAdvance(sample));
        view->setColumnWidth(column, width + padding);
    }
}

QLabel *createTextLabel(const QString &objectName, const QString &accessibleName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setAccessibleName(accessibleName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    // Word wrap cannot break a word; a label that may not ask for width cannot widen a window.
    label->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    label->setMinimumHeight(label->fontMetrics().lineSpacing());
    return label;
}

void setLabelText(QLabel *label, const QString &text)
{
    label->setText(text);
    label->setToolTip(text);
}

QPushButton *actionButton(const QString &text, const QString &objectName, const QKeySequence &keys,
                          QWidget *tab, const QString &icon)
{
    auto *button = new QPushButton(QIcon(QStringLiteral(":/icons/%1.svg").arg(icon)), text, tab);
    button->setObjectName(objectName);
    button->setAccessibleName(text);
    button->setToolTip(
        QStringLiteral("%1 (%2)").arg(text, keys.toString(QKeySequence::NativeText)));
    auto *shortcut = new QShortcut(keys, tab);
    shortcut->setContext(Qt::WidgetWithChildrenShortcut);
    QObject::connect(shortcut, &QShortcut::activated, button, [button] {
        if (button->isEnabled())
            button->click();
    });
    return button;
}

} // namespace ShopDesk::ListWidgets
