#include "sliplayout.h"

#include "slipcomposer.h"

#include "outputfile.h"

#include "qrcode.h"
#include "shopfonts.h"

#include <QFontMetricsF>
#include <QGuiApplication>
#include <QLocale>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QTextLayout>

#include <array>
#include <cmath>
#include <functional>
#include <limits>
#include <memory>

namespace ShopDesk {

using namespace SlipComposing;

namespace {

constexpr std::array<LabelText<SlipLabel>, 36> labelTable{{
    {SlipLabel::Title, u"배송 전표", u"Delivery slip"},
    {SlipLabel::OrderId, u"주문 번호", u"Order ID"},
    {SlipLabel::DeliveryId, u"배송 번호", u"Delivery ID"},
    {SlipLabel::OrderedAt, u"주문 일시", u"Ordered"},
    {SlipLabel::PrintedAt, u"출력 일시", u"Printed"},
    {SlipLabel::Customer, u"고객", u"Customer"},
    {SlipLabel::Phone, u"연락처", u"Phone"},
    {SlipLabel::Address, u"배송지", u"Address"},
    {SlipLabel::Notes, u"비고", u"Notes"},
    {SlipLabel::Item, u"상품", u"Item"},
    {SlipLabel::Qty, u"수량", u"Qty"},
    {SlipLabel::UnitPrice, u"단가", u"Unit price"},
    {SlipLabel::Amount, u"금액", u"Amount"},
    {SlipLabel::Total, u"합계", u"Total"},
    {SlipLabel::Payment, u"결제", u"Payment"},
    {SlipLabel::Status, u"상태", u"Status"},
    {SlipLabel::ShopPhone, u"전화 %1", u"Tel. %1"},
    {SlipLabel::Reprint, u"재발행 (%1번째 출력)", u"REPRINT (copy %1)"},
    {SlipLabel::Cancelled, u"취소됨", u"CANCELLED"},
    {SlipLabel::Continued, u"%1 (계속)", u"%1 (continued)"},
    {SlipLabel::PageNumber, u"%1 / %2", u"%1 / %2"},
    {SlipLabel::Money, u"%1원", u"KRW\u00a0%1"},
    {SlipLabel::Cash, u"현금", u"Cash"},
    {SlipLabel::Card, u"카드", u"Card"},
    {SlipLabel::PaymentApproved, u"승인", u"approved"},
    {SlipLabel::PaymentRefunded, u"환불됨", u"refunded"},
    {SlipLabel::Unpaid, u"미결제", u"unpaid"},
    {SlipLabel::OrderPlaced, u"접수", u"Placed"},
    {SlipLabel::OrderPaid, u"결제 완료", u"Paid"},
    {SlipLabel::OrderDelivering, u"배송 중", u"Out for delivery"},
    {SlipLabel::OrderDelivered, u"배송 완료", u"Delivered"},
    {SlipLabel::OrderCancelled, u"취소", u"Cancelled"},
    {SlipLabel::Discount, u"할인", u"Discount"},
    {SlipLabel::Supply, u"공급가액", u"Supply value"},
    {SlipLabel::Vat, u"부가세", u"VAT"},
    {SlipLabel::Exempt, u"면세", u"Tax exempt"},
}};

bool haveFonts()
{
    return qobject_cast<QGuiApplication *>(QCoreApplication::instance()) != nullptr;
}

} // namespace

SlipLayout::SlipLayout(SlipData data, SlipPage page, SlipLanguage language)
    : m_data(std::move(data))
    , m_page(page)
    , m_language(language)
{}

std::optional<SlipPage> SlipLayout::pageFromName(QStringView name)
{
    for (const PageSpec &spec : pageSpecs) {
        if (name == QStringView(spec.name))
            return spec.page;
    }
    return std::nullopt;
}

QString SlipLayout::pageName(SlipPage page)
{
    return QString::fromUtf16(specOf(page).name);
}

std::optional<SlipLanguage> SlipLayout::languageFromName(QStringView name)
{
    if (name == u"ko")
        return SlipLanguage::Korean;
    if (name == u"en")
        return SlipLanguage::English;
    return std::nullopt;
}

QString SlipLayout::languageName(SlipLanguage language)
{
    return language == SlipLanguage::Korean ? QStringLiteral("ko") : QStringLiteral("en");
}

QString SlipLayout::label(SlipLabel label, SlipLanguage language)
{
    return labelIn(labelTable, label, language);
}

QPageLayout SlipLayout::pageLayout(const QPaintDevice &device) const
{
    const PageSpec &spec = specOf(m_page);
    if (spec.sizeId != QPageSize::Custom)
        return layoutWithHeight(spec, 0);
    // Measure the content at the width it will have, then make the page that tall.
    const int dpi = device.logicalDpiY();
    const qreal width = layoutWithHeight(spec, 100).paintRectPixels(dpi).width();
    const Composer composer(*this, device, width);
    const Pages pages = composer.paginate(std::numeric_limits<qreal>::infinity());
    const Placed &last = pages.last().last();
    const qreal contentMm = (last.y + last.block.height) * MmPerInch / dpi;
    return layoutWithHeight(spec, std::ceil(contentMm + 2 * spec.marginMm + RollSlackMm));
}

bool SlipLayout::setUpDevice(QPagedPaintDevice &device) const
{
    return device.setPageLayout(pageLayout(device));
}

QList<SlipBlock> SlipLayout::arrange(const QPaintDevice &device) const
{
    QList<SlipBlock> arranged;
    if (!haveFonts())
        return arranged;
    const Composer composer(*this, device, device.width());
    const bool roll = m_page == SlipPage::Roll80;
    const qreal bodyHeight =
        roll ? std::numeric_limits<qreal>::infinity() : device.height() - composer.footerHeight();
    const Pages pages = composer.paginate(bodyHeight);
    for (int page = 0; page < pages.size(); ++page) {
        for (const Placed &placed : pages.at(page)) {
            arranged.append({page, QRectF(0, placed.y, device.width(), placed.block.height),
                             placed.block.name});
        }
        if (!roll) {
            const Block footer = composer.footer(page, int(pages.size()), device.height());
            arranged.append(
                {page, QRectF(0, device.height() - footer.height, device.width(), footer.height),
                 footer.name});
        }
    }
    return arranged;
}

Result<int> SlipLayout::paint(QPagedPaintDevice &device) const
{
    return paintAll({*this}, device);
}

Result<int> SlipLayout::paintAll(const QList<SlipLayout> &slips, QPagedPaintDevice &device)
{
    if (slips.isEmpty())
        return Error::invalidInput(QStringLiteral("no slip to paint"));
    if (!haveFonts()) {
        return Error::storage(
            QStringLiteral("cannot paint the slip: text needs a QGuiApplication (see "
                           "createHeadlessApplication())"));
    }
    QPainter painter;
    if (!painter.begin(&device))
        return Error::storage(QStringLiteral("cannot paint the slip of %1: the printer or file "
                                             "did not open")
                                  .arg(slips.first().m_data.orderId()));
    int pages = 0;
    for (qsizetype i = 0; i < slips.size(); ++i) {
        const SlipLayout &slip = slips.at(i);
        // Each slip after the first starts a page of its own size (a roll's height is the
        // slip's); the device takes a new layout for the pages that follow.
        if (i > 0 && (!slip.setUpDevice(device) || !device.newPage())) {
            painter.end();
            return Error::storage(QStringLiteral("cannot start the slip of %1 on a new page")
                                      .arg(slip.m_data.orderId()));
        }
        const Result<int> painted = slip.paintPages(painter, device);
        if (!painted) {
            painter.end();
            return painted.error();
        }
        pages += painted.value();
    }
    if (!painter.end())
        return Error::storage(
            QStringLiteral("cannot finish the slip of %1").arg(slips.last().m_data.orderId()));
    return pages;
}

Result<int> SlipLayout::paintPages(QPainter &painter, QPagedPaintDevice &device) const
{
    const Composer composer(*this, device, device.width());
    const bool roll = m_page == SlipPage::Roll80;
    const qreal contentHeight = device.height();
    const Pages pages = composer.paginate(roll ? std::numeric_limits<qreal>::infinity()
                                               : contentHeight - composer.footerHeight());
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    for (int page = 0; page < pages.size(); ++page) {
        if (page > 0 && !device.newPage()) {
            return Error::storage(QStringLiteral("cannot start page %1 of the slip of %2")
                                      .arg(page + 1)
                                      .arg(m_data.orderId()));
        }
        // Under the content, so that every word stays legible through it.
        if (m_data.isCancelled())
            composer.paintCancelledMarks(painter, QRectF(0, 0, device.width(), contentHeight));
        for (const Placed &placed : pages.at(page))
            placed.block.paint(painter, QPointF(0, placed.y));
        if (!roll)
            composer.footer(page, int(pages.size()), contentHeight).paint(painter, QPointF(0, 0));
    }
    return int(pages.size());
}

Result<int> SlipLayout::writePdf(const QString &path) const
{
    SD_TRY(std::unique_ptr<OutputFile> output,
           OutputFile::create(path, QStringLiteral("the slip")));
    SD_TRY(const int pages, writePdf(*output));
    SD_CHECK(output->commit());
    return pages;
}

Result<int> SlipLayout::writePdf(OutputFile &output) const
{
    int pages = 0;
    {
        QPdfWriter writer(&output.device());
        writer.setCreator(QStringLiteral("ShopDesk"));
        writer.setTitle(label(SlipLabel::Title, m_language) + QLatin1Char(' ') + m_data.orderId());
        if (!setUpDevice(writer)) {
            return Error::storage(
                QStringLiteral("cannot write the slip to %1: the page size was refused; nothing "
                               "was written")
                    .arg(output.path()),
                {{QStringLiteral("file"), output.path()},
                 {QStringLiteral("reason"), QStringLiteral("pageSizeRefused")}});
        }
        SD_TRY(pages, paint(writer));
    }
    return pages;
}

} // namespace ShopDesk
