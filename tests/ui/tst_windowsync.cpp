#include "hubserver.h"
#include "mainwindow.h"
#include "sqlhubstore.h"
#include "stocktablemodel.h"
#include "syncclient.h"
#include "terminalsettings.h"
#include "testshop.h"
#include "tokens.h"

#include <QLabel>
#include <QSettings>
#include <QTableView>
#include <QtTest>

using namespace ShopDesk;
using namespace ShopDesk::Hub;
using ShopDesk::Testing::TestShop;

// The window of terminal T1 synced through a real hub (in this process, on 127.0.0.1) with
// terminal T2: the status bar says online or offline and what waits to be sent, and another
// terminal's product shows in the Inventory tab without a refresh.
class tst_WindowSync : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void offlineQueuesAndSays();
    void anotherTerminalsProductAppears();
    void eventsKeptAsideAreShown();

private:
    QString url() const { return QStringLiteral("ws://127.0.0.1:%1").arg(m_server->port()); }
    QLabel *syncLabel() const { return m_window->findChild<QLabel *>(QStringLiteral("syncLabel")); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SqlHubStore> m_hubStore;
    std::unique_ptr<HubServer> m_server;
    QHash<QString, QString> m_secrets;
    std::unique_ptr<TestShop> m_t1;
    std::unique_ptr<MainWindow> m_window;
};

void tst_WindowSync::init()
{
    QSettings().clear();
    m_dir = std::make_unique<QTemporaryDir>();
    auto opened = SqlHubStore::open(m_dir->filePath(QStringLiteral("hub.db")));
    QVERIFY(opened.ok());
    m_hubStore = std::move(opened).value();
    for (const QString &name : {QStringLiteral("T1"), QStringLiteral("T2")}) {
        const NewToken token = makeToken(name);
        QVERIFY(m_hubStore->addToken(token.record).ok());
        m_secrets.insert(name, token.secret);
    }
    HubConfig config;
    config.port = 0;
    m_server = std::make_unique<HubServer>(*m_hubStore, config);
    QVERIFY(m_server->start().ok());
    m_t1 = std::make_unique<TestShop>(QStringLiteral("T1"));
    m_t1->product(QStringLiteral("P1"), 1000, 10, QStringLiteral("사과"));
}

void tst_WindowSync::cleanup()
{
    m_window.reset();
    m_t1.reset();
    m_server.reset();
    m_hubStore.reset();
    m_dir.reset();
}

void tst_WindowSync::offlineQueuesAndSays()
{
    TerminalSettings settings;
    // A port nobody listens on: the hub is away.
    settings.setHubUrl(QStringLiteral("ws://127.0.0.1:1"));
    settings.setHubToken(m_secrets.value(QStringLiteral("T1")));
    m_window = std::make_unique<MainWindow>(*m_t1->shop);
    m_window->show();
    QVERIFY(m_window->syncClient());
    // The two events of the product made before the window wait for the hub.
    QTRY_VERIFY2(syncLabel()->text().contains(QStringLiteral("Offline")),
                 qPrintable(syncLabel()->text()));
    QTRY_VERIFY2(syncLabel()->text().contains(QStringLiteral("2 unsent")),
                 qPrintable(syncLabel()->text()));
    // Selling goes on while offline; the count grows.
    QVERIFY(
        m_t1->shop->orders
            .placeOrder({QStringLiteral("김민수"), QStringLiteral("010-1"), QStringLiteral("서울")},
                        {{QStringLiteral("P1"), 1}})
            .ok());
    QTRY_VERIFY2(syncLabel()->text().contains(QStringLiteral("4 unsent")),
                 qPrintable(syncLabel()->text()));
    QCOMPARE(m_hubStore->lastSeq().value(), qint64(0));
    QVERIFY(!syncLabel()->text().contains(QStringLiteral("not applied")));
}

void tst_WindowSync::eventsKeptAsideAreShown()
{
    // Another terminal's event this one cannot apply (stock of a product it never heard of),
    // kept aside by an earlier sync: the status bar says so and where to look.
    DomainEvent stray;
    stray.eventId = QStringLiteral("0190a000-0000-7000-8000-0000000000aa");
    stray.type = EventType::StockIncreased;
    stray.productId = QStringLiteral("NOPE");
    stray.origin = QStringLiteral("T2");
    stray.originSeq = 1;
    stray.actor = QStringLiteral("kim");
    stray.occurredAt = QDateTime::currentDateTimeUtc();
    stray.payload = {{QStringLiteral("qty"), 3}};
    QCOMPARE(m_t1->shop->sync.applyRemote({{stray, 1, {}}}).value().keptAside, 1);

    TerminalSettings settings;
    settings.setHubUrl(QStringLiteral("ws://127.0.0.1:1"));
    settings.setHubToken(m_secrets.value(QStringLiteral("T1")));
    m_window = std::make_unique<MainWindow>(*m_t1->shop);
    m_window->show();
    QTRY_VERIFY2(syncLabel()->text().contains(QStringLiteral("1 not applied")),
                 qPrintable(syncLabel()->text()));
    QVERIFY2(syncLabel()->toolTip().contains(QStringLiteral("shopdesk-cli verify")),
             qPrintable(syncLabel()->toolTip()));
}

void tst_WindowSync::anotherTerminalsProductAppears()
{
    TerminalSettings settings;
    settings.setHubUrl(url());
    settings.setHubToken(m_secrets.value(QStringLiteral("T1")));
    m_window = std::make_unique<MainWindow>(*m_t1->shop);
    m_window->show();
    QTRY_VERIFY2_WITH_TIMEOUT(syncLabel()->text().contains(QStringLiteral("Online, all sent")),
                              qPrintable(syncLabel()->text()), 10000);
    QCOMPARE(m_hubStore->lastSeq().value(), qint64(2));

    TestShop t2(QStringLiteral("T2"));
    t2.product(QStringLiteral("P-T2"), 2500, 7, QStringLiteral("원격 상품"));
    SyncClient t2Client(t2.shop->sync);
    SyncClient::Options options;
    options.hub = QUrl(url());
    options.token = m_secrets.value(QStringLiteral("T2"));
    t2Client.setOptions(options);
    t2Client.refreshOutbox();
    t2Client.start();
    QTRY_VERIFY_WITH_TIMEOUT(t2Client.isSynced(), 10000);

    auto *stock = m_window->findChild<QTableView *>(QStringLiteral("stockView"));
    QVERIFY(stock);
    auto *model = qobject_cast<StockTableModel *>(stock->model());
    QVERIFY(model);
    QTRY_VERIFY_WITH_TIMEOUT(model->rowOf(QStringLiteral("P-T2")) >= 0, 5000);
    const int row = model->rowOf(QStringLiteral("P-T2"));
    QCOMPARE(model->index(row, StockTableModel::NameColumn).data().toString(),
             QStringLiteral("원격 상품"));
    QCOMPARE(m_t1->stock(QStringLiteral("P-T2")).onHand, qint64(7));
    // The window's own order goes to the hub at once, and T2 gets it.
    QVERIFY(
        m_t1->shop->orders
            .placeOrder({QStringLiteral("Alice"), QStringLiteral("010-2"), QStringLiteral("Busan")},
                        {{QStringLiteral("P-T2"), 2}})
            .ok());
    QTRY_VERIFY_WITH_TIMEOUT(t2.stock(QStringLiteral("P-T2")).reserved == 2, 5000);
    QTRY_VERIFY2(syncLabel()->text().contains(QStringLiteral("Online, all sent")),
                 qPrintable(syncLabel()->text()));
}

QTEST_MAIN(tst_WindowSync)
#include "tst_windowsync.moc"
