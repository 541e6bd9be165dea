#include "shiftdialogs.h"

#include "displaytext.h"
#include "errortext.h"
#include "escposreceipt.h"
#include "listwidgets.h"
#include "outputfile.h"
#include "rawprinter.h"
#include "reportdocument.h"
#include "terminalsettings.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace ShopDesk {

namespace {

QString money(Money amount)
{
    return DisplayText::money(amount);
}

// A money field's value, or nullopt with the reason in `why`.
std::optional<Money> typedMoney(const QLineEdit *field, Money minimum, QString *why)
{
    const auto typed = ListWidgets::readNumber(field->text(), minimum, Limits::MaxMoney,
                                               DisplayText::currency().decimals);
    if (typed.ok())
        return typed.value;
    if (why) {
        *why = typed.problem == ListWidgets::TypedNumber::Problem::Empty
                   ? ShiftText::tr("Type the amount.")
                   : ShiftText::tr("Type an amount from %1 to %2.")
                         .arg(money(minimum), money(Limits::MaxMoney));
    }
    return std::nullopt;
}

QLineEdit *moneyField(const QString &objectName, const QString &accessibleName, QWidget *parent)
{
    auto *field = new QLineEdit(parent);
    field->setObjectName(objectName);
    field->setAccessibleName(accessibleName);
    field->setAlignment(Qt::AlignRight);
    field->setMaxLength(24);
    return field;
}

QDialogButtonBox *buttons(QDialog *dialog, const QString &confirm, const QString &objectName)
{
    auto *box = new QDialogButtonBox(dialog);
    QPushButton *ok = box->addButton(confirm, QDialogButtonBox::AcceptRole);
    ok->setObjectName(objectName);
    ok->setDefault(true);
    box->addButton(QDialogButtonBox::Cancel);
    QObject::connect(box, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(box, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    return box;
}

} // namespace

QList<std::pair<QString, QString>> shiftReportRows(const ShiftReport &report)
{
    const ShiftRecord &s = report.shift;
    const ShiftFigures &f = report.figures;
    const SalesFigures &sales = f.sales;
    QList<std::pair<QString, QString>> rows{
        {ShiftText::tr("Shift"), s.shiftId},
        {ShiftText::tr("Terminal"), s.terminal},
        {ShiftText::tr("Opened"),
         QStringLiteral("%1, %2").arg(DisplayText::dateTime(s.openedAt), s.openedBy)},
    };
    if (s.closed) {
        rows.append({ShiftText::tr("Closed"),
                     QStringLiteral("%1, %2").arg(DisplayText::dateTime(s.closedAt), s.closedBy)});
    }
    rows += {
        {ShiftText::tr("Orders"), DisplayText::count(sales.orders)},
        {ShiftText::tr("Gross sales"), money(sales.gross)},
        {ShiftText::tr("Discounts"), money(sales.discounts)},
        {ShiftText::tr("Returns"),
         QStringLiteral("%1 (%2)").arg(money(sales.returned), DisplayText::count(sales.returns))},
        {ShiftText::tr("Cancellations"),
         QStringLiteral("%1 (%2)").arg(money(sales.cancelled),
                                       DisplayText::count(sales.cancellations))},
        {ShiftText::tr("Net sales"), money(sales.netSales())},
        {ShiftText::tr("VAT included"), money(sales.vat)},
        {ShiftText::tr("Paid in cash"), money(sales.paidCash)},
        {ShiftText::tr("Paid by card"), money(sales.paidCard)},
        {ShiftText::tr("Refunded in cash"), money(sales.refundedCash)},
        {ShiftText::tr("Refunded to cards"), money(sales.refundedCard)},
        {ShiftText::tr("Float"), money(f.openingFloat)},
        {ShiftText::tr("Pay-ins"),
         QStringLiteral("%1 (%2)").arg(money(f.payIns), DisplayText::count(f.payInCount))},
        {ShiftText::tr("Pay-outs"),
         QStringLiteral("%1 (%2)").arg(money(f.payOuts), DisplayText::count(f.payOutCount))},
        {ShiftText::tr("Drawer openings"), DisplayText::count(f.drawerOpenings)},
        {ShiftText::tr("Cash expected"), money(f.expectedCash())},
    };
    if (s.closed) {
        for (const CashCount &c : report.counts) {
            if (c.count == 0)
                continue;
            rows.append(
                {ShiftText::tr("  %1 × %2").arg(money(c.denomination), DisplayText::count(c.count)),
                 money(c.denomination * c.count)});
        }
        rows.append({ShiftText::tr("Cash counted"), money(s.counted)});
        rows.append({ShiftText::tr("Difference"), money(s.difference())});
    }
    return rows;
}

ShiftOpenDialog::ShiftOpenDialog(ShiftService &shifts, QWidget *parent)
    : QDialog(parent)
    , m_shifts(shifts)
{
    setObjectName(QStringLiteral("shiftOpenDialog"));
    setWindowTitle(tr("Open a shift"));
    auto *intro = new QLabel(tr("Count the cash in the drawer before the first sale: the float "
                                "is what the closing count starts from."),
                             this);
    intro->setWordWrap(true);
    m_float = moneyField(QStringLiteral("shiftFloat"), tr("Float"), this);
    m_float->setText(QStringLiteral("0"));
    m_float->selectAll();
    auto *form = new QFormLayout;
    form->addRow(tr("&Float in the drawer:"), m_float);
    m_problem = ListWidgets::createProblemLabel(QStringLiteral("shiftOpenProblem"), this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons(this, tr("&Open the shift"), QStringLiteral("shiftOpenConfirm")));
}

void ShiftOpenDialog::setFloat(const QString &typed)
{
    m_float->setText(typed);
}

QString ShiftOpenDialog::problem() const
{
    return m_problem->isVisible() || !m_problem->text().isEmpty() ? m_problem->text() : QString();
}

void ShiftOpenDialog::accept()
{
    QString why;
    const std::optional<Money> amount = typedMoney(m_float, 0, &why);
    if (!amount) {
        ListWidgets::showProblem(m_problem, why, m_float);
        return;
    }
    const Result<ShiftRecord> opened = m_shifts.open(*amount);
    if (!opened) {
        ListWidgets::showProblem(
            m_problem, ErrorText::text(opened.error(), ErrorText::Context::CountingCash), m_float);
        return;
    }
    m_opened = opened.value();
    QDialog::accept();
}

CashMoveDialog::CashMoveDialog(ShiftService &shifts, CashMove move, QWidget *parent)
    : QDialog(parent)
    , m_shifts(shifts)
    , m_move(move)
{
    const bool in = move == CashMove::PayIn;
    setObjectName(in ? QStringLiteral("payInDialog") : QStringLiteral("payOutDialog"));
    setWindowTitle(in ? tr("Pay in") : tr("Pay out"));
    QString held;
    if (const Result<ShiftReport> x = shifts.report(); x)
        held = tr("The drawer should hold %1.").arg(money(x->figures.expectedCash()));
    auto *intro =
        new QLabel((in ? tr("Cash put into the drawer, such as change from the bank.")
                       : tr("Cash taken out of the drawer, such as a courier paid or the bank.")) +
                       QLatin1Char(' ') + held,
                   this);
    intro->setObjectName(QStringLiteral("cashMoveIntro"));
    intro->setWordWrap(true);
    m_amount = moneyField(QStringLiteral("cashMoveAmount"), tr("Amount"), this);
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("cashMoveReason"));
    m_reason->setAccessibleName(tr("Reason"));
    m_reason->setMaxLength(Limits::MaxTextLength);
    m_reason->setPlaceholderText(in ? tr("For example: change from the bank")
                                    : tr("For example: courier"));
    auto *form = new QFormLayout;
    form->addRow(tr("&Amount:"), m_amount);
    form->addRow(tr("&Reason:"), m_reason);
    m_problem = ListWidgets::createProblemLabel(QStringLiteral("cashMoveProblem"), this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons(this, in ? tr("Record the &pay-in") : tr("Record the &pay-out"),
                              QStringLiteral("cashMoveConfirm")));
}

void CashMoveDialog::setAmount(const QString &typed)
{
    m_amount->setText(typed);
}

void CashMoveDialog::setReason(const QString &reason)
{
    m_reason->setText(reason);
}

QString CashMoveDialog::problem() const
{
    return m_problem->text();
}

void CashMoveDialog::accept()
{
    QString why;
    const std::optional<Money> amount = typedMoney(m_amount, 1, &why);
    if (!amount) {
        ListWidgets::showProblem(m_problem, why, m_amount);
        return;
    }
    if (m_reason->text().trimmed().isEmpty()) {
        ListWidgets::showProblem(m_problem, tr("Say why the cash is moved."), m_reason);
        return;
    }
    const Result<ShiftReport> moved = m_shifts.moveCash(m_move, *amount, m_reason->text());
    if (!moved) {
        ListWidgets::showProblem(
            m_problem, ErrorText::text(moved.error(), ErrorText::Context::CountingCash), m_amount);
        return;
    }
    m_report = moved.value();
    QDialog::accept();
}

ShiftCloseDialog::ShiftCloseDialog(ShiftService &shifts, const ShiftReport &open,
                                   const QString &currency, QWidget *parent)
    : QDialog(parent)
    , m_shifts(shifts)
    , m_open(open)
{
    setObjectName(QStringLiteral("shiftCloseDialog"));
    setWindowTitle(tr("Close shift %1").arg(open.shift.shiftId));
    auto *intro = new QLabel(tr("Count the cash in the drawer. The shift's figures are fixed once "
                                "it is closed."),
                             this);
    intro->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);

    auto *grid = new QGridLayout;
    const QList<Money> denominations = cashDenominations(currency);
    int row = 0;
    for (const Money denomination : denominations) {
        auto *count = new QSpinBox(this);
        count->setObjectName(QStringLiteral("count%1").arg(denomination));
        count->setAccessibleName(tr("Count of %1").arg(money(denomination)));
        count->setRange(0, int(Cash::MaxCount));
        count->setAlignment(Qt::AlignRight);
        auto *label = new QLabel(money(denomination), this);
        label->setBuddy(count);
        grid->addWidget(label, row, 0, Qt::AlignRight);
        grid->addWidget(count, row, 1);
        connect(count, &QSpinBox::valueChanged, this, &ShiftCloseDialog::update);
        m_counts.append({denomination, count});
        ++row;
    }
    if (denominations.isEmpty()) {
        m_total = moneyField(QStringLiteral("countedTotal"), tr("Cash counted"), this);
        auto *label = new QLabel(tr("Counted in &total:"), this);
        label->setBuddy(m_total);
        grid->addWidget(label, row, 0, Qt::AlignRight);
        grid->addWidget(m_total, row, 1);
        connect(m_total, &QLineEdit::textChanged, this, &ShiftCloseDialog::update);
        ++row;
    }
    layout->addLayout(grid);

    auto *figures = new QFormLayout;
    auto *expectedLabel = new QLabel(money(expected()), this);
    expectedLabel->setObjectName(QStringLiteral("shiftExpected"));
    m_counted = new QLabel(this);
    m_counted->setObjectName(QStringLiteral("shiftCounted"));
    m_difference = new QLabel(this);
    m_difference->setObjectName(QStringLiteral("shiftDifference"));
    QFont large = m_difference->font();
    large.setPointSizeF(large.pointSizeF() * 1.3);
    large.setBold(true);
    m_difference->setFont(large);
    figures->addRow(tr("Cash expected:"), expectedLabel);
    figures->addRow(tr("Cash counted:"), m_counted);
    figures->addRow(tr("Difference:"), m_difference);
    layout->addLayout(figures);
    m_problem = ListWidgets::createProblemLabel(QStringLiteral("shiftCloseProblem"), this);
    layout->addWidget(m_problem);
    layout->addWidget(buttons(this, tr("&Close the shift"), QStringLiteral("shiftCloseConfirm")));
    update();
}

bool ShiftCloseDialog::setCount(Money denomination, int count)
{
    for (const auto &[value, box] : std::as_const(m_counts)) {
        if (value == denomination) {
            box->setValue(count);
            return true;
        }
    }
    return false;
}

void ShiftCloseDialog::setTotal(const QString &typed)
{
    if (m_total)
        m_total->setText(typed);
}

Money ShiftCloseDialog::counted() const
{
    if (m_total) {
        const auto typed = ListWidgets::readNumber(m_total->text(), 0, Limits::MaxMoney,
                                                   DisplayText::currency().decimals);
        return typed.ok() ? typed.value : 0;
    }
    Money total = 0;
    for (const auto &[denomination, box] : m_counts)
        total += denomination * box->value();
    return total;
}

QString ShiftCloseDialog::differenceText() const
{
    return m_difference->text();
}

QString ShiftCloseDialog::problem() const
{
    return m_problem->text();
}

void ShiftCloseDialog::update()
{
    const Money difference = counted() - expected();
    m_counted->setText(money(counted()));
    m_difference->setText(difference == 0  ? tr("%1 (even)").arg(money(0))
                          : difference > 0 ? tr("%1 over").arg(money(difference))
                                           : tr("%1 short").arg(money(-difference)));
    m_difference->setStyleSheet(difference < 0 ? QStringLiteral("color: #b00020;") : QString());
}

void ShiftCloseDialog::accept()
{
    QList<CashCount> counts;
    for (const auto &[denomination, box] : std::as_const(m_counts))
        counts.append({denomination, box->value()});
    if (m_total) {
        QString why;
        if (!typedMoney(m_total, 0, &why)) {
            ListWidgets::showProblem(m_problem, why, m_total);
            return;
        }
    }
    const Result<ShiftReport> closed = m_shifts.close(counted(), counts);
    if (!closed) {
        ListWidgets::showProblem(m_problem,
                                 ErrorText::text(closed.error(), ErrorText::Context::CountingCash));
        return;
    }
    m_report = closed.value();
    QDialog::accept();
}

ShiftReportDialog::ShiftReportDialog(const ShiftReport &report, const QString &shopName,
                                     QWidget *parent)
    : QDialog(parent)
    , m_shopName(shopName)
    , m_rows(shiftReportRows(report))
{
    setObjectName(QStringLiteral("shiftReportDialog"));
    setWindowTitle(report.isFinal() ? tr("Closing report (Z) of shift %1").arg(report.shift.shiftId)
                                    : tr("Shift report (X) of shift %1").arg(report.shift.shiftId));
    m_title = windowTitle();
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    for (const auto &[label, figure] : std::as_const(m_rows)) {
        auto *value = new QLabel(figure, this);
        value->setAlignment(Qt::AlignRight);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        form->addRow(label, value);
    }
    layout->addLayout(form);
    if (!report.isFinal()) {
        auto *note = new QLabel(tr("The shift is still open: these figures change with every "
                                   "sale. Nothing was recorded by showing them."),
                                this);
        note->setWordWrap(true);
        layout->addWidget(note);
    }
    m_message =
        ListWidgets::createTextLabel(QStringLiteral("shiftReportMessage"), tr("Message"), this);
    layout->addWidget(m_message);
    auto *box = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *pdf = box->addButton(tr("Save as &PDF..."), QDialogButtonBox::ActionRole);
    pdf->setObjectName(QStringLiteral("shiftReportPdf"));
    connect(pdf, &QPushButton::clicked, this, &ShiftReportDialog::choosePdfFile);
    if (!TerminalSettings().thermalPrinter().isEmpty()) {
        m_print = box->addButton(tr("P&rint"), QDialogButtonBox::ActionRole);
        m_print->setObjectName(QStringLiteral("shiftReportPrint"));
        m_print->setToolTip(tr("Print the report on the receipt printer"));
        connect(m_print, &QPushButton::clicked, this, &ShiftReportDialog::printThermal);
    }
    connect(box, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(box);
}

QString ShiftReportDialog::message() const
{
    return m_message->text();
}

bool ShiftReportDialog::exportPdf(const QString &path)
{
    const auto refused = [this](const Error &error) {
        ListWidgets::setLabelText(m_message,
                                  tr("The report was not saved: %1")
                                      .arg(ErrorText::text(error, ErrorText::Context::Printing)));
        return false;
    };
    Result<std::unique_ptr<OutputFile>> output =
        OutputFile::create(path, QStringLiteral("the shift report"));
    if (!output)
        return refused(output.error());
    OutputFile &file = *output.value();
    ReportDocument document(m_title);
    document.addKeyValues(m_rows);
    const Result<int> pages = document.writePdf(file);
    if (!pages) {
        file.discard();
        return refused(pages.error());
    }
    if (const Status committed = file.commit(); !committed)
        return refused(committed.error());
    ListWidgets::setLabelText(m_message, tr("Saved the report to %1.").arg(file.path()));
    return true;
}

void ShiftReportDialog::printThermal()
{
    const TerminalSettings settings;
    const auto address = PrinterAddress::parse(settings.thermalPrinter());
    const auto refused = [this](const Error &error) {
        ListWidgets::setLabelText(m_message,
                                  tr("The report was not printed: %1")
                                      .arg(ErrorText::text(error, ErrorText::Context::Printing)));
    };
    if (!address)
        return refused(address.error());
    auto options = EscPosOptions::fromNames(settings.thermalPaper(), settings.thermalMode(), false);
    if (!options)
        return refused(options.error());
    options->cutPaper = settings.thermalCut();
    QList<std::pair<QString, QString>> rows = m_rows;
    rows.append({tr("Printed"), DisplayText::dateTime(QDateTime::currentDateTimeUtc())});
    const Result<EscPosJob> job =
        escPosReport(m_shopName, m_title, rows, *options, QStringLiteral("the shift report"));
    if (!job)
        return refused(job.error());
    const QString name = address->toString();
    if (m_print)
        m_print->setEnabled(false);
    ListWidgets::setLabelText(m_message, tr("Printing the report on %1…").arg(name));
    auto *watcher = new QFutureWatcher<Status>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, name, refused] {
        const Status sent = watcher->result();
        watcher->deleteLater();
        if (m_print)
            m_print->setEnabled(true);
        if (!sent)
            return refused(sent.error());
        ListWidgets::setLabelText(m_message, tr("%1 took the report.").arg(name));
    });
    watcher->setFuture(QtConcurrent::run(
        [printer = *address, bytes = job->bytes] { return RawPrinter(printer).send(bytes); }));
}

void ShiftReportDialog::choosePdfFile()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save the shift report as PDF"),
        folder + QStringLiteral("/shift-%1.pdf").arg(m_title.section(QLatin1Char(' '), -1)),
        tr("PDF files (*.pdf)"));
    if (!path.isEmpty())
        exportPdf(path);
}

} // namespace ShopDesk
