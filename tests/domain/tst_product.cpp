#include "product.h"

#include <QTest>

using namespace ShopDesk;

class tst_Product : public QObject
{
    Q_OBJECT

private slots:
    void validated_data();
    void validated();
};

void tst_Product::validated_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("name");
    QTest::addColumn<qint64>("price");
    QTest::addColumn<QString>("barcode");
    QTest::addColumn<bool>("valid");

    QTest::newRow("plain") << "P001"
                           << "Apples" << qint64(4500) << "" << true;
    QTest::newRow("korean") << "P002" << QStringLiteral("유기농 사과 1kg") << qint64(12000)
                            << "8801234567890" << true;
    QTest::newRow("free") << "P003"
                          << "Sample" << qint64(0) << "" << true;
    QTest::newRow("negative price") << "P004"
                                    << "X" << qint64(-1) << "" << false;
    QTest::newRow("huge price") << "P005"
                                << "X" << Limits::MaxPrice + 1 << "" << false;
    QTest::newRow("empty id") << ""
                              << "X" << qint64(1) << "" << false;
    QTest::newRow("empty name") << "P006"
                                << "  " << qint64(1) << "" << false;
    QTest::newRow("id too long") << QString(65, QLatin1Char('P')) << "X" << qint64(1) << ""
                                 << false;
    QTest::newRow("control char in name")
        << "P007" << QStringLiteral("a\x01") << qint64(1) << "" << false;
    QTest::newRow("barcode with space") << "P008"
                                        << "X" << qint64(1) << "88 01" << false;
}

void tst_Product::validated()
{
    QFETCH(QString, id);
    QFETCH(QString, name);
    QFETCH(qint64, price);
    QFETCH(QString, barcode);
    QFETCH(bool, valid);

    const auto product = Product::validated(id, name, price, barcode);
    QCOMPARE(product.ok(), valid);
    if (valid) {
        QCOMPARE(product->productName, name.trimmed());
        const DomainEvent event = product->registeredEvent();
        QCOMPARE(event.type, QString(EventType::ProductRegistered));
        QCOMPARE(event.productId, id);
        QCOMPARE(event.payload.value(QStringLiteral("price")).toInteger(), price);
    } else {
        QCOMPARE(product.error().code, ErrorCode::InvalidInput);
    }
}

QTEST_GUILESS_MAIN(tst_Product)
#include "tst_product.moc"
