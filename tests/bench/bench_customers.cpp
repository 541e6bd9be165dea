// The customer search on a large book (issue 16: under 20 ms at the 95th percentile among
// 100,000 customers): a book of N customers registered through CustomerService (Korean names
// of three syllables and English names, one or two phones each), then CustomerService::search
// timed for the last four digits of a phone, a whole phone number, one or two Hangul syllables
// of a name and three letters of an English name; beside each, in the same run, the same
// search done without the key index: LIKE '%...%' over the phones' digits or the names.
// Both return at most --limit customers (the order panel's list).
//
//   bench_customers [--customers 100000] [--db FILE] [--reps 300] [--limit 20]
//
// With --db naming an existing file, the book in it is used as it is.

#include "benchsupport.h"
#include "shopservices.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace ShopDesk;
using ShopDesk::Bench::fail;
using ShopDesk::Bench::Figures;

namespace {

const QStringList surnames{"김", "이", "박", "최", "정", "강", "조", "윤", "장", "임",
                           "한", "오", "서", "신", "권", "황", "안", "송", "류", "홍"};
const QStringList givenSyllables{"민", "서", "지", "현", "준", "수", "영", "하", "도", "윤",
                                 "우", "은", "예", "진", "호", "연", "재", "승", "유", "아",
                                 "성", "희", "태", "주", "경", "혜", "동", "상", "미", "정"};
const QStringList firstNames{"James", "Olivia", "Liam",   "Emma",  "Noah",     "Ava",   "Lucas",
                             "Mia",   "Ethan",  "Sophia", "Mason", "Isabella", "Logan", "Amelia",
                             "Jimin", "Grace",  "Daniel", "Chloe", "Henry",    "Ella"};
const QStringList lastNames{"Smith",    "Johnson", "Brown",    "Taylor",   "Anderson",
                            "Thomas",   "Jackson", "White",    "Harris",   "Martin",
                            "Thompson", "Garcia",  "Martinez", "Robinson", "Clark",
                            "Lewis",    "Walker",  "Young",    "Allen",    "King"};

QString pick(QRandomGenerator &random, const QStringList &list)
{
    return list.at(random.bounded(int(list.size())));
}

QString phone(QRandomGenerator &random)
{
    return QStringLiteral("010-%1-%2")
        .arg(random.bounded(10000), 4, 10, QLatin1Char('0'))
        .arg(random.bounded(10000), 4, 10, QLatin1Char('0'));
}

void fill(ShopServices &shop, qint64 count)
{
    QRandomGenerator random(16);
    QElapsedTimer timer;
    timer.start();
    if (!shop.work.beginBatch())
        fail(QStringLiteral("cannot begin the batch"));
    for (qint64 i = 0; i < count; ++i) {
        const bool korean = random.bounded(4) != 0;
        const QString name =
            korean ? pick(random, surnames) + pick(random, givenSyllables) +
                         pick(random, givenSyllables)
                   : pick(random, firstNames) + QLatin1Char(' ') + pick(random, lastNames);
        QStringList phones{phone(random)};
        if (random.bounded(5) == 0)
            phones << QStringLiteral("02-%1-%2")
                          .arg(random.bounded(100, 1000))
                          .arg(random.bounded(1000, 10000));
        auto added =
            shop.customers.registerCustomer(name, phones, {QStringLiteral("서울 %1").arg(i)});
        if (!added)
            fail(added.error().message);
        if ((i + 1) % 20000 == 0) {
            if (!shop.work.endBatch() || !shop.work.beginBatch())
                fail(QStringLiteral("cannot commit the batch"));
            std::fprintf(stderr, "%lld customers, %.1f s\n", qlonglong(i + 1),
                         timer.elapsed() / 1000.0);
        }
    }
    if (!shop.work.endBatch())
        fail(QStringLiteral("cannot commit the batch"));
}

struct Kind
{
    QString name;
    std::function<QString(QRandomGenerator &, const CustomerRecord &)> term;
    QString baseline; // the LIKE query, its pattern the term (digits for phones)
    bool digits = false;
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("bench_customers"));
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("The customer search by phone digits and name parts against LIKE scans."));
    parser.addHelpOption();
    const QCommandLineOption customersOption(QStringLiteral("customers"),
                                             QStringLiteral("Customers (default 100000)."),
                                             QStringLiteral("N"), QStringLiteral("100000"));
    const QCommandLineOption dbOption(
        QStringLiteral("db"), QStringLiteral("The shop's file; used as it is when it exists."),
        QStringLiteral("FILE"));
    const QCommandLineOption repsOption(QStringLiteral("reps"),
                                        QStringLiteral("Timed searches per kind (default 300)."),
                                        QStringLiteral("N"), QStringLiteral("300"));
    const QCommandLineOption limitOption(QStringLiteral("limit"),
                                         QStringLiteral("Customers a search returns (default 20)."),
                                         QStringLiteral("N"), QStringLiteral("20"));
    parser.addOptions({customersOption, dbOption, repsOption, limitOption});
    parser.process(app);
    const qint64 count = parser.value(customersOption).toLongLong();
    const int reps = parser.value(repsOption).toInt();
    const int limit = parser.value(limitOption).toInt();
    if (count < 1 || reps < 1 || limit < 1)
        fail(QStringLiteral("--customers, --reps and --limit must be positive"));

    QTemporaryDir dir;
    const QString path = parser.isSet(dbOption) ? parser.value(dbOption)
                                                : dir.filePath(QStringLiteral("customers.db"));
    const bool existed = QFileInfo::exists(path);
    auto store = Bench::openStore(path, QStringLiteral("T1"));
    ShopServices shop(*store);
    shop.work.setActor(QStringLiteral("bench"));
    if (!existed)
        fill(shop, count);
    const qint64 held = store->customerCount().value();
    ListQuery everyone;
    const QList<CustomerRecord> book = shop.customers.customers(everyone).value();

    const QList<Kind> kinds{
        {QStringLiteral("last 4 digits"),
         [](QRandomGenerator &, const CustomerRecord &c) {
             return c.phoneDigits().first().right(4);
         },
         QStringLiteral("SELECT customer_id FROM customer_phones WHERE digits LIKE ? LIMIT ?"),
         true},
        {QStringLiteral("whole phone"),
         [](QRandomGenerator &, const CustomerRecord &c) { return c.phones.first(); },
         QStringLiteral("SELECT customer_id FROM customer_phones WHERE digits LIKE ? LIMIT ?"),
         true},
        {QStringLiteral("1-2 Hangul syllables"),
         [](QRandomGenerator &random, const CustomerRecord &c) {
             const int length = 1 + random.bounded(2);
             return c.name.mid(random.bounded(int(c.name.size()) - length + 1), length);
         },
         QStringLiteral("SELECT customer_id FROM customers WHERE lower(name) LIKE ? LIMIT ?")},
        {QStringLiteral("English name part"),
         [](QRandomGenerator &random, const CustomerRecord &c) {
             const QString last = c.name.section(QLatin1Char(' '), 1);
             return last.mid(random.bounded(int(last.size()) - 2), 3).toUpper();
         },
         QStringLiteral("SELECT customer_id FROM customers WHERE lower(name) LIKE ? LIMIT ?")},
    };
    std::printf("%lld customers in %s; each search returns at most %d\n", qlonglong(held),
                qPrintable(path), limit);
    std::printf("%-22s %10s %10s %10s %12s %12s %10s\n", "search", "p50 ms", "p95 ms", "max ms",
                "LIKE p50 ms", "LIKE p95 ms", "found avg");
    QSqlQuery like(store->database());
    QRandomGenerator random(7);
    for (const Kind &kind : kinds) {
        Figures indexed;
        Figures scanned;
        qint64 foundTotal = 0;
        for (int rep = 0; rep < reps; ++rep) {
            // A customer of the kind: Hangul names for syllables, Latin ones for English parts.
            CustomerRecord customer;
            bool fits = false;
            while (!fits) {
                customer = book.at(random.bounded(int(book.size())));
                const bool hangul = customer.name.at(0).unicode() >= 0x1100;
                fits = kind.digits || (hangul == kind.name.startsWith(QLatin1StringView("1-2")));
            }
            const QString term = kind.term(random, customer);
            QElapsedTimer timer;
            timer.start();
            const auto found = shop.customers.search(term, limit);
            indexed.ms << timer.nsecsElapsed() / 1e6;
            if (!found || found->isEmpty())
                fail(QStringLiteral("'%1' found nobody").arg(term));
            foundTotal += found->size();

            const QString pattern = QLatin1Char('%') +
                                    (kind.digits ? phoneDigits(term) : term.toLower()) +
                                    QLatin1Char('%');
            timer.restart();
            like.prepare(kind.baseline);
            like.addBindValue(pattern);
            like.addBindValue(limit);
            if (!like.exec())
                fail(QStringLiteral("the LIKE query failed"));
            int rows = 0;
            while (like.next())
                ++rows;
            scanned.ms << timer.nsecsElapsed() / 1e6;
            if (rows == 0)
                fail(QStringLiteral("LIKE '%1' found nobody").arg(pattern));
        }
        std::printf("%-22s %10.3f %10.3f %10.3f %12.3f %12.3f %10.1f\n", qPrintable(kind.name),
                    indexed.at(0.5), indexed.at(0.95), indexed.at(1.0), scanned.at(0.5),
                    scanned.at(0.95), double(foundTotal) / reps);
    }
    return 0;
}
