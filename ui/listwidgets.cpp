#include "listwidgets.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTimer>

namespace ShopDesk::ListWidgets {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ShopDesk::ListWidgets)
};
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
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setAccessibleName(Text::tr("Problem"));
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #b00020;"));
    label->hide();
    return label;
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

} // namespace ShopDesk::ListWidgets
