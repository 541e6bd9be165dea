#include "demodata.h"

#include "inventoryservice.h"
#include "orderservice.h"
#include "unitofwork.h"

#include <QRandomGenerator>

#include <array>

namespace ShopDesk {

namespace {

struct Goods
{
    const char *korean;
    const char *english;
    Money basePrice;
};

constexpr std::array<Goods, 24> goods{{
    {"사과", "Apples", 4500},        {"배", "Pears", 6000},
    {"감귤", "Tangerines", 5500},    {"딸기", "Strawberries", 9800},
    {"쌀", "Rice", 32000},           {"김치", "Kimchi", 12000},
    {"고추장", "Gochujang", 8900},   {"된장", "Doenjang", 7900},
    {"참기름", "Sesame Oil", 11000}, {"라면", "Ramen", 4200},
    {"녹차", "Green Tea", 7500},     {"커피 원두", "Coffee Beans", 15000},
    {"우유", "Milk", 2900},          {"두부", "Tofu", 2200},
    {"계란", "Eggs", 6900},          {"김", "Laver", 5000},
    {"꿀", "Honey", 23000},          {"생수", "Water", 1200},
    {"샴푸", "Shampoo", 9900},       {"치약", "Toothpaste", 3500},
    {"수건", "Towel", 8000},         {"휴지", "Tissue", 12900},
    {"세제", "Detergent", 14500},    {"건전지", "Batteries", 6500},
}};
constexpr std::array<std::pair<const char *, const char *>, 6> grades{{
    {"유기농", "Organic"},
    {"프리미엄", "Premium"},
    {"국산", "Local"},
    {"대용량", "Value"},
    {"선물용", "Gift"},
    {"", ""},
}};
constexpr std::array<std::pair<const char *, const char *>, 5> sizes{
    {{"500g", "500g"}, {"1kg", "1kg"}, {"2kg", "2kg"}, {"6개입", "6 pack"}, {"12개입", "12 pack"}}};
constexpr std::array<const char *, 10> surnames{
    {"김", "이", "박", "최", "정", "강", "조", "윤", "장", "임"}};
constexpr std::array<const char *, 10> givenNames{
    {"민준", "서연", "도윤", "지우", "하준", "서윤", "시우", "하은", "지호", "수아"}};
constexpr std::array<const char *, 8> englishNames{{"Emma Wilson", "Liam Smith", "Olivia Brown",
                                                    "Noah Jones", "Ava Taylor", "James Lee",
                                                    "Mia Clark", "Lucas Martin"}};
constexpr std::array<const char *, 6> districts{
    {"서울특별시 강남구 테헤란로", "서울특별시 마포구 월드컵북로", "부산광역시 해운대구 해운대로",
     "인천광역시 연수구 송도과학로", "대구광역시 중구 동성로", "경기도 성남시 분당구 판교역로"}};

QString text(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

} // namespace

DemoData::DemoData(UnitOfWork &work, InventoryService &inventory, OrderService &orders)
    : m_work(work)
    , m_inventory(inventory)
    , m_orders(orders)
{}

Result<QJsonObject> DemoData::generate(qint64 productCount, qint64 orderCount,
                                       const Progress &progress)
{
    SD_CHECK(m_work.authorize(Role::Manager, QStringLiteral("make demo data")));
    if (productCount < 1 || productCount > 10'000'000 || orderCount < 0 ||
        orderCount > 100'000'000) {
        return Error::invalidInput(QStringLiteral("demo needs 1 to 10,000,000 products and 0 to "
                                                  "100,000,000 orders"));
    }
    ListQuery first;
    first.limit = 1;
    SD_TRY(const QList<Product> existing, m_inventory.products(first));
    if (!existing.isEmpty()) {
        return Error::invalidState(
            QStringLiteral("demo fills an empty database only, and %1 already has products; "
                           "use a new --db file")
                .arg(m_work.store().location()));
    }

    QRandomGenerator random(m_seed);
    const qint64 total = productCount + orderCount;
    qint64 done = 0;
    auto report = [&] {
        if (progress && (done % 1000 == 0 || done == total))
            progress(done, total);
    };
    // Enough stock that random orders are rarely refused: three times the expected demand.
    const qint64 expectedDemand = orderCount * 4 / productCount + 1;
    const int width = int(QString::number(productCount).size());

    SD_CHECK(m_work.beginBatch());
    auto failBatch = [&](const Error &error) {
        (void)m_work.endBatch();
        return error;
    };
    for (qint64 i = 1; i <= productCount; ++i) {
        const Goods &g = goods[random.bounded(int(goods.size()))];
        const auto &grade = grades[random.bounded(int(grades.size()))];
        const auto &size = sizes[random.bounded(int(sizes.size()))];
        const bool korean = random.bounded(3) != 0;
        QString name = korean ? QStringLiteral("%1 %2 %3")
                                    .arg(text(grade.first), text(g.korean), text(size.first))
                              : QStringLiteral("%1 %2 %3")
                                    .arg(text(grade.second), text(g.english), text(size.second));
        name = name.simplified();
        const QString id = QStringLiteral("P%1").arg(i, qMax(width, 5), 10, QLatin1Char('0'));
        const QString barcode = QStringLiteral("880%1").arg(i, 10, 10, QLatin1Char('0'));
        const Money price = (g.basePrice + random.bounded(20) * 100) / 100 * 100;
        if (auto made = m_inventory.registerProduct(id, name, price, barcode); !made)
            return failBatch(made.error());
        const qint64 stock = expectedDemand * 3 + 20 + random.bounded(200);
        if (auto received =
                m_inventory.adjustStock(id, stock, QStringLiteral("demo: opening stock"));
            !received)
            return failBatch(received.error());
        ++done;
        if (i % m_batchSize == 0) {
            if (Status s = m_work.endBatch(); !s)
                return s.error();
            SD_CHECK(m_work.beginBatch());
        }
        report();
    }

    QHash<QString, qint64> byStatus;
    for (qint64 n = 0; n < orderCount; ++n) {
        Customer customer;
        if (random.bounded(4) == 0) {
            customer.name = text(englishNames[random.bounded(int(englishNames.size()))]);
        } else {
            customer.name = text(surnames[random.bounded(int(surnames.size()))]) +
                            text(givenNames[random.bounded(int(givenNames.size()))]);
        }
        customer.phone = QStringLiteral("010-%1-%2")
                             .arg(random.bounded(10000), 4, 10, QLatin1Char('0'))
                             .arg(random.bounded(10000), 4, 10, QLatin1Char('0'));
        customer.address = QStringLiteral("%1 %2, %3호")
                               .arg(text(districts[random.bounded(int(districts.size()))]))
                               .arg(random.bounded(1, 500))
                               .arg(random.bounded(101, 2000));
        QList<OrderRequestLine> lines;
        const int lineCount = 1 + random.bounded(3);
        for (int l = 0; l < lineCount; ++l) {
            const qint64 p = 1 + random.bounded(productCount);
            lines.append({QStringLiteral("P%1").arg(p, qMax(width, 5), 10, QLatin1Char('0')),
                          1 + random.bounded(3)});
        }
        auto placed = m_orders.placeOrder(customer, lines);
        if (!placed) {
            if (placed.error().code == ErrorCode::InsufficientStock)
                continue; // a random order asked for too much; the next one will do
            return failBatch(placed.error());
        }
        const QString orderId = placed->order.orderId();
        // Statuses: 10% placed, 8% cancelled unpaid, 7% cancelled after payment,
        // 30% delivering, 45% delivered.
        const int roll = random.bounded(100);
        Result<OrderDetails> step = *placed;
        if (roll < 10) {
        } else if (roll < 18) {
            step = m_orders.cancelOrder(orderId, QStringLiteral("customer changed their mind"));
        } else {
            const bool card = random.bounded(2) == 0;
            const Money total = placed->order.total();
            step = m_orders.payOrder(orderId, card ? PaymentMethod::Card : PaymentMethod::Cash,
                                     card ? std::nullopt
                                          : std::optional<Money>((total / 10000 + 1) * 10000));
            if (step && roll < 25)
                step = m_orders.cancelOrder(orderId, QStringLiteral("out of delivery area"));
            else if (step && roll >= 55)
                step = m_orders.completeDelivery(orderId);
        }
        if (!step)
            return failBatch(step.error());
        ++byStatus[toText(step->order.status())];
        ++done;
        if ((n + 1) % m_batchSize == 0) {
            if (Status s = m_work.endBatch(); !s)
                return s.error();
            SD_CHECK(m_work.beginBatch());
        }
        report();
    }
    SD_CHECK(m_work.endBatch());
    done = total;
    report();

    QJsonObject statuses;
    qint64 placedOrders = 0;
    for (auto it = byStatus.cbegin(); it != byStatus.cend(); ++it) {
        statuses.insert(it.key(), it.value());
        placedOrders += it.value();
    }
    return QJsonObject{{QStringLiteral("products"), productCount},
                       {QStringLiteral("orders"), placedOrders},
                       {QStringLiteral("statuses"), statuses}};
}

} // namespace ShopDesk
