#include "errortext.h"

#include "language.h"

#include <QJsonArray>
#include <QLoggingCategory>
#include <QTest>

using namespace ShopDesk;
using Context = ErrorText::Context;

// ErrorText, the window's one mapping from the core's errors to words: every code with the
// details the core gives it, in English and in Korean, word for word; never the core's English
// sentence.
class tst_ErrorText : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanupTestCase();
    void text_data();
    void text();
    void everyCodeHasWordsInEveryContext_data();
    void everyCodeHasWordsInEveryContext();
    void shortagesMarkTheLines();
    void englishMessageGoesToTheLog();

private:
    static void row(const char *tag, ErrorCode code, const QJsonObject &details, Context context,
                    const QString &core, const QString &english, const QString &korean);
};

void tst_ErrorText::init()
{
    // Each call logs; the test output keeps to the results, except where the log is the point.
    QLoggingCategory::setFilterRules(QStringLiteral("shopdesk.ui.errors=false"));
}

void tst_ErrorText::cleanupTestCase()
{
    QLoggingCategory::setFilterRules(QString());
    Language::install(QStringLiteral("en"));
}

void tst_ErrorText::row(const char *tag, ErrorCode code, const QJsonObject &details,
                        Context context, const QString &core, const QString &english,
                        const QString &korean)
{
    QTest::addRow("%s, en", tag) << "en" << int(code) << details << int(context) << core << english;
    QTest::addRow("%s, ko", tag) << "ko" << int(code) << details << int(context) << core << korean;
}

void tst_ErrorText::text_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("code");
    QTest::addColumn<QJsonObject>("details");
    QTest::addColumn<int>("context");
    QTest::addColumn<QString>("core");
    QTest::addColumn<QString>("shown");

    const QString order = QStringLiteral("T1-000001");
    const QJsonObject kim{{QStringLiteral("user"), QStringLiteral("Kim")}};
    const auto withReason = [](QJsonObject details, const char *reason) {
        details.insert(QStringLiteral("reason"), QLatin1StringView(reason));
        return details;
    };
    const auto orderIn = [&order](const char *status) {
        return QJsonObject{{QStringLiteral("orderId"), order},
                           {QStringLiteral("status"), QLatin1StringView(status)}};
    };
    const auto sqlite = [](const char *code) {
        return QJsonObject{{QStringLiteral("sqlite"), QLatin1StringView(code)}};
    };
    const auto printer = [](const char *name, const char *reason) {
        return QJsonObject{{QStringLiteral("printer"), QLatin1StringView(name)},
                           {QStringLiteral("reason"), QLatin1StringView(reason)}};
    };
    const QJsonObject clerk{{QStringLiteral("user"), QStringLiteral("Kim")},
                            {QStringLiteral("role"), QStringLiteral("clerk")},
                            {QStringLiteral("needed"), QStringLiteral("manager")}};

    // InvalidInput: the core names the field only in its sentence, so the words follow what
    // was being filled in.
    row("input, cash below the total", ErrorCode::InvalidInput,
        {{QStringLiteral("tendered"), 10000}, {QStringLiteral("total"), 12000}},
        Context::PayingOrder, QStringLiteral("cash tendered 10000 is below the order total 12000"),
        QStringLiteral("The cash tendered, ₩10,000, is less than the total of ₩12,000."),
        QStringLiteral("받은 현금(₩10,000)이 합계(₩12,000)보다 적어요."));
    row("input, placing an order", ErrorCode::InvalidInput, {}, Context::PlacingOrder,
        QStringLiteral("the customer name is longer than 200 characters"),
        QStringLiteral("Please correct the order: the customer's name, phone or address is too "
                       "long or has control characters, or a quantity is not from 1 to "
                       "1,000,000."),
        QStringLiteral("주문을 고쳐 주세요. 고객 이름, 전화번호, 주소가 너무 길거나 제어 문자가 "
                       "있거나, 수량이 1-1,000,000 범위를 벗어났어요."));
    row("input, paying", ErrorCode::InvalidInput, {}, Context::PayingOrder,
        QStringLiteral("cash tendered 99999999999999 is implausibly large"),
        QStringLiteral("Please check the amount tendered: it was not accepted."),
        QStringLiteral("받은 금액을 확인해 주세요. 받을 수 없는 금액이에요."));
    row("input, cancelling", ErrorCode::InvalidInput, {}, Context::CancellingOrder,
        QStringLiteral("reason is longer than 1000 characters"),
        QStringLiteral("Please shorten the reason for cancelling: it is too long or has control "
                       "characters."),
        QStringLiteral("취소 사유를 줄여 주세요. 너무 길거나 제어 문자가 있어요."));
    row("input, saving a product", ErrorCode::InvalidInput, {}, Context::SavingProduct,
        QStringLiteral("product id 'P1' already exists (사과); choose another id"),
        QStringLiteral("Please correct the product: its id, name, price, barcode or low-stock "
                       "threshold was not accepted."),
        QStringLiteral("상품을 고쳐 주세요. 상품 번호, 이름, 가격, 바코드, 재고 부족 기준 중 "
                       "받을 수 없는 값이 있어요."));
    row("input, changing stock", ErrorCode::InvalidInput, {}, Context::ChangingStock,
        QStringLiteral("delta must be a non-zero whole number between -1000000000 and "
                       "1000000000, got 0"),
        QStringLiteral("Please correct the quantity, or shorten the reason."),
        QStringLiteral("수량을 고치거나 사유를 줄여 주세요."));
    row("input, name taken", ErrorCode::InvalidInput, withReason(kim, "nameTaken"),
        Context::ManagingUsers,
        QStringLiteral("a user named 'Kim' already exists; choose another name"),
        QStringLiteral("A user named Kim already exists. Choose another name."),
        QStringLiteral("이름이 Kim인 사용자가 이미 있어요. 다른 이름을 고르세요."));
    row("input, first user", ErrorCode::InvalidInput, withReason(kim, "firstManager"),
        Context::ManagingUsers,
        QStringLiteral("the first user must be a manager (who can then add clerks)"),
        QStringLiteral("The shop's first user must be a manager."),
        QStringLiteral("가게의 첫 사용자는 관리자여야 해요."));
    row("input, managing users", ErrorCode::InvalidInput, {}, Context::ManagingUsers,
        QStringLiteral("a PIN is 4 to 20 digits (0-9), got 3 characters"),
        QStringLiteral("Check the name (1 to 40 characters, no control characters) and the PIN "
                       "(4 to 20 digits)."),
        QStringLiteral("이름(1-40자, 제어 문자 없이)과 PIN(4-20자리 숫자)을 확인하세요."));
    row("input, logging in", ErrorCode::InvalidInput, {}, Context::LoggingIn,
        QStringLiteral("a PIN is 4 to 20 digits (0-9), got 2 characters"),
        QStringLiteral("Type the PIN again: it has 4 to 20 digits."),
        QStringLiteral("PIN을 다시 입력하세요. PIN은 4-20자리 숫자예요."));
    row("input, shop settings", ErrorCode::InvalidInput, {}, Context::SavingSettings,
        QStringLiteral("the shop phone is longer than 40 characters"),
        QStringLiteral("Please correct the shop's settings: its name, address or phone is too "
                       "long or has control characters."),
        QStringLiteral("가게 설정을 고쳐 주세요. 이름, 주소, 전화번호가 너무 길거나 제어 문자가 "
                       "있어요."));
    row("input, first start", ErrorCode::InvalidInput, {}, Context::FirstStart,
        QStringLiteral("terminal name '9 lives' is not valid; use 1-16 letters, digits, '-' or "
                       "'_', starting with a letter (for example T1)"),
        QStringLiteral("Please check the terminal name (1-16 letters, digits, '-' or '_', "
                       "starting with a letter), the manager's name and the PIN (4 to 20 "
                       "digits)."),
        QStringLiteral("단말기 이름(영문자로 시작하는 1-16자의 영문자, 숫자, '-', '_'), 관리자 "
                       "이름, PIN(4-20자리 숫자)을 확인해 주세요."));
    row("input, printing", ErrorCode::InvalidInput, {}, Context::Printing,
        QStringLiteral("no file was given for the slip"),
        QStringLiteral("Nothing to print: choose a slip, and a printer or a file."),
        QStringLiteral("인쇄할 것이 없어요. 전표와 프린터 또는 파일을 고르세요."));
    row("input, reading", ErrorCode::InvalidInput, {}, Context::Reading,
        QStringLiteral("order id 'T1 1' contains a space, ':' or control character; use "
                       "letters, digits, '-', '_' or '.'"),
        QStringLiteral("That was not accepted: please check what was typed."),
        QStringLiteral("받을 수 없는 입력이에요. 입력한 내용을 확인해 주세요."));

    // NotFound: what is missing, from the id the details carry.
    row("not found, order", ErrorCode::NotFound, {{QStringLiteral("orderId"), order}},
        Context::Reading, QStringLiteral("unknown order 'T1-000001'; see `order list`"),
        QStringLiteral("There is no order T1-000001."), QStringLiteral("T1-000001 주문이 없어요."));
    row("not found, product", ErrorCode::NotFound,
        {{QStringLiteral("productId"), QStringLiteral("P9")}}, Context::PlacingOrder,
        QStringLiteral("unknown product 'P9'; see `product list`"),
        QStringLiteral("There is no product P9."), QStringLiteral("P9 상품이 없어요."));
    row("not found, user", ErrorCode::NotFound, kim, Context::ManagingUsers,
        QStringLiteral("no user is named 'Kim'"),
        QStringLiteral("There is no user named Kim any more. The list shows the users there are."),
        QStringLiteral("이름이 Kim인 사용자가 더 이상 없어요. 목록에는 지금 있는 사용자만 "
                       "보여요."));
    row("not found, nothing named", ErrorCode::NotFound, {}, Context::Reading,
        QStringLiteral("stock of P1 is missing"),
        QStringLiteral("It no longer exists; the lists show what there is now."),
        QStringLiteral("더 이상 없어요. 지금 있는 것은 목록에서 확인하세요."));

    // InsufficientStock: the short lines of an order, or the one product of a stock change.
    const QJsonArray shortages{
        QJsonObject{{QStringLiteral("productId"), QStringLiteral("P2")},
                    {QStringLiteral("productName"), QStringLiteral("서울 우유 1L")},
                    {QStringLiteral("requested"), 5},
                    {QStringLiteral("available"), 2},
                    {QStringLiteral("short"), 3}},
        QJsonObject{{QStringLiteral("productId"), QStringLiteral("P1")},
                    {QStringLiteral("productName"), QStringLiteral("사과")},
                    {QStringLiteral("requested"), 1200},
                    {QStringLiteral("available"), 1000},
                    {QStringLiteral("short"), 200}}};
    row("short lines", ErrorCode::InsufficientStock, {{QStringLiteral("shortages"), shortages}},
        Context::PlacingOrder,
        QStringLiteral(
            "not enough stock: P2 (서울 우유 1L): 5 wanted, 2 available; P1 (사과): 1200 "
            "wanted, 1000 available; the order was not placed"),
        QStringLiteral("Not enough stock; the order was not placed. Lower the quantities or "
                       "remove these lines:\nP2 서울 우유 1L: 5 wanted, 2 available (3 short)\nP1 "
                       "사과: 1,200 wanted, 1,000 available (200 short)"),
        QStringLiteral("재고가 부족해서 주문을 접수하지 못했어요. 다음 항목의 수량을 줄이거나 "
                       "지우세요:\nP2 서울 우유 1L: 주문 수량 5, 가용 2 (3 부족)\nP1 사과: 주문 "
                       "수량 1,200, 가용 1,000 (200 부족)"));
    const QJsonObject p1{{QStringLiteral("productId"), QStringLiteral("P1")},
                         {QStringLiteral("requested"), 11},
                         {QStringLiteral("available"), 10}};
    row("short on hand", ErrorCode::InsufficientStock, p1, Context::ChangingStock,
        QStringLiteral("P1: cannot remove 11, only 10 on hand"),
        QStringLiteral("Only 10 of P1 on hand: 11 cannot be taken off."),
        QStringLiteral("P1 재고가 10개뿐이라 11개를 뺄 수 없어요."));
    row("short to reserve", ErrorCode::InsufficientStock, p1, Context::PlacingOrder,
        QStringLiteral("P1: 11 wanted, 10 available"),
        QStringLiteral("Not enough stock of P1: 11 wanted, only 10 available."),
        QStringLiteral("P1 재고가 부족해요. 주문 수량 11, 가용 10."));
    row("short, nothing named", ErrorCode::InsufficientStock, {}, Context::SavingProduct,
        QStringLiteral("not enough stock for the request"),
        QStringLiteral("There is not enough stock for that."), QStringLiteral("재고가 부족해요."));

    // InvalidState: the order's state in the window's words, the owner, the user rule broken.
    row("state, another terminal's order", ErrorCode::InvalidState,
        {{QStringLiteral("orderId"), QStringLiteral("T2-000001")},
         {QStringLiteral("owner"), QStringLiteral("T2")},
         {QStringLiteral("terminal"), QStringLiteral("T1")}},
        Context::PayingOrder,
        QStringLiteral("order T2-000001 was placed at terminal T2; only T2 may pay, cancel or "
                       "complete it, so do it there (this is T1)"),
        QStringLiteral("Order T2-000001 was placed at terminal T2: pay, cancel or complete it "
                       "there."),
        QStringLiteral("주문 T2-000001은 T2 단말기에서 받은 주문이에요. 결제, 취소, 배송 완료는 "
                       "그 단말기에서 해 주세요."));
    row("state, paying a paid order", ErrorCode::InvalidState, orderIn("paid"),
        Context::PayingOrder,
        QStringLiteral("order T1-000001 is paid; only a placed order can be paid"),
        QStringLiteral("Order T1-000001 is Paid: only a placed order can be paid."),
        QStringLiteral("주문 T1-000001: 결제됨 상태예요. 접수된 주문만 결제할 수 있어요."));
    row("state, cancelling a delivered order", ErrorCode::InvalidState, orderIn("delivered"),
        Context::CancellingOrder,
        QStringLiteral("order T1-000001 is delivered and cannot be cancelled"),
        QStringLiteral("Order T1-000001 is Delivered and cannot be cancelled."),
        QStringLiteral("주문 T1-000001: 배송 완료 상태라 취소할 수 없어요."));
    row("state, completing a completed delivery", ErrorCode::InvalidState, orderIn("completed"),
        Context::CompletingDelivery,
        QStringLiteral("delivery D1 of order T1-000001 is completed and cannot be completed"),
        QStringLiteral("The delivery of order T1-000001 is Completed: only a started delivery "
                       "can be completed."),
        QStringLiteral("주문 T1-000001의 배송: 완료 상태예요. 배송 중인 건만 완료할 수 "
                       "있어요."));
    row("state, slip of an unpaid order", ErrorCode::InvalidState, orderIn("placed"),
        Context::Printing,
        QStringLiteral("order T1-000001 is placed and has no delivery, so it has no delivery "
                       "slip; it must be paid first"),
        QStringLiteral("Order T1-000001 is Placed and has no delivery yet: it must be paid "
                       "first."),
        QStringLiteral("주문 T1-000001: 접수됨 상태라 아직 배송이 없어요. 먼저 결제해야 해요."));
    row("state, an order elsewhere", ErrorCode::InvalidState, orderIn("cancelled"),
        Context::Reading, QStringLiteral("order T1-000001 is cancelled, expected paid"),
        QStringLiteral("Order T1-000001 is Cancelled, so this is not possible now."),
        QStringLiteral("주문 T1-000001: 취소됨 상태라 지금은 할 수 없어요."));
    row("state, slip printing already", ErrorCode::InvalidState,
        {{QStringLiteral("orderId"), order},
         {QStringLiteral("reason"), QStringLiteral("printing")}},
        Context::Printing, QStringLiteral("the slip of T1-000001 is being printed already"),
        QStringLiteral("The slip of T1-000001 is being printed already."),
        QStringLiteral("T1-000001의 전표는 이미 인쇄 중이에요."));
    row("state, cash without a shift", ErrorCode::InvalidState, withReason({}, "noOpenShift"),
        Context::PayingOrder,
        QStringLiteral("this shop takes cash only during a shift, and terminal T1 has none open"),
        QStringLiteral("This shop takes cash only during a shift, and none is open on this "
                       "terminal. Open a shift with the float in the drawer first."),
        QStringLiteral("이 가게는 근무 중에만 현금을 받아요. 이 단말기에 열린 근무가 없어요. "
                       "먼저 돈통의 시재금으로 근무를 여세요."));
    row("state, a pay-out beyond the drawer", ErrorCode::InvalidState,
        withReason({{QStringLiteral("expectedCash"), 13000}}, "payOutTooLarge"), Context::Reading,
        QStringLiteral("a pay-out of 20000 is more than the drawer should hold (13000)"),
        QStringLiteral("The drawer should hold ₩13,000: a pay-out cannot be more."),
        QStringLiteral("돈통에는 ₩13,000이 있어야 해요. 출금은 그보다 많을 수 없어요."));
    row("state, last manager", ErrorCode::InvalidState, withReason(kim, "lastManager"),
        Context::ManagingUsers,
        QStringLiteral("Kim is the shop's last enabled manager; cannot disable (make another "
                       "user a manager first)"),
        QStringLiteral("Kim is the shop's last enabled manager. Make another user a manager "
                       "first."),
        QStringLiteral("Kim 님은 가게에 남은 마지막 사용 중인 관리자예요. 먼저 다른 사용자를 "
                       "관리자로 바꾸세요."));
    row("state, disabling oneself", ErrorCode::InvalidState, withReason(kim, "self"),
        Context::ManagingUsers,
        QStringLiteral("Kim cannot disable themselves while logged in; another manager can"),
        QStringLiteral("You cannot disable yourself while logged in. Another manager can."),
        QStringLiteral("로그인한 동안에는 자신을 사용 중지할 수 없어요. 다른 관리자는 할 수 "
                       "있어요."));
    row("state, managing users", ErrorCode::InvalidState, {}, Context::ManagingUsers,
        QStringLiteral("the user cannot be changed now"),
        QStringLiteral("This change is not possible now. Nothing was changed."),
        QStringLiteral("지금은 이렇게 바꿀 수 없어요. 아무것도 바뀌지 않았어요."));
    row("state, shop with users", ErrorCode::InvalidState, {}, Context::FirstStart,
        QStringLiteral("this shop already has users; a manager adds more after logging in"),
        QStringLiteral("This shop has users already: log in as one of them."),
        QStringLiteral("이 가게에는 이미 사용자가 있어요. 그중 한 명으로 로그인하세요."));
    row("state, nothing named", ErrorCode::InvalidState, {}, Context::PayingOrder,
        QStringLiteral("the card payment was not approved"),
        QStringLiteral("This is not possible in the present state. Nothing was changed."),
        QStringLiteral("지금 상태에서는 할 수 없어요. 아무것도 바뀌지 않았어요."));

    // Storage: busy, a full disk, a damaged file, a file or a printer, told apart by details.
    row("storage, busy", ErrorCode::Storage, {{QStringLiteral("busy"), true}},
        Context::PlacingOrder,
        QStringLiteral("the database /srv/shop.db is busy: another program is writing to it; "
                       "try again in a moment"),
        QStringLiteral("The database is busy: another program is writing to it. Try again in a "
                       "moment."),
        QStringLiteral("다른 프로그램이 데이터베이스에 쓰고 있어요. 잠시 후 다시 해 보세요."));
    row("storage, disk full", ErrorCode::Storage, sqlite("13"), Context::ChangingStock,
        QStringLiteral("database error in /srv/shop.db (commit): database or disk is full"),
        QStringLiteral("The disk is full, so the database could not save this. Free some disk "
                       "space, then try again."),
        QStringLiteral("디스크가 가득 차서 데이터베이스에 저장하지 못했어요. 디스크 공간을 "
                       "비운 뒤 다시 해 보세요."));
    row("storage, disk error", ErrorCode::Storage, sqlite("10"), Context::Reading,
        QStringLiteral("database error in /srv/shop.db (read): disk I/O error"),
        QStringLiteral("The disk failed to read or write the database. Check the disk, then try "
                       "again."),
        QStringLiteral("디스크에서 데이터베이스를 읽거나 쓰지 못했어요. 디스크를 확인한 뒤 다시 "
                       "해 보세요."));
    row("storage, damaged", ErrorCode::Storage, sqlite("11"), Context::Reading,
        QStringLiteral("database error in /srv/shop.db (read): database disk image is malformed"),
        QStringLiteral("The database file is damaged. Ask for support before working on."),
        QStringLiteral("데이터베이스 파일이 손상됐어요. 작업을 계속하기 전에 지원을 요청하세요."));
    row("storage, another SQLite error", ErrorCode::Storage, sqlite("19"), Context::SavingProduct,
        QStringLiteral("database error in /srv/shop.db (insert): UNIQUE constraint failed"),
        QStringLiteral("The database failed (SQLite error 19). Try again; if it keeps failing, "
                       "ask for support."),
        QStringLiteral("데이터베이스 오류가 났어요(SQLite 오류 19). 다시 해 보고, 계속 안 되면 "
                       "지원을 요청하세요."));
    row("storage, slip file", ErrorCode::Storage,
        {{QStringLiteral("file"), QStringLiteral("/home/kim/slips/slip.pdf")}}, Context::Printing,
        QStringLiteral("cannot write the slip to /home/kim/slips/slip.pdf: it is a folder; "
                       "nothing was printed"),
        QStringLiteral("ShopDesk cannot write the slip to /home/kim/slips/slip.pdf. Choose "
                       "another folder or file name."),
        QStringLiteral("전표를 /home/kim/slips/slip.pdf에 저장할 수 없어요. 다른 폴더나 파일 "
                       "이름을 고르세요."));
    row("storage, printer away", ErrorCode::Storage, printer("Counter", "printerUnavailable"),
        Context::Printing, QStringLiteral("the printer Counter is not available"),
        QStringLiteral("The printer Counter is not available. Check that it is on and "
                       "connected."),
        QStringLiteral("Counter 프린터를 쓸 수 없어요. 켜져 있고 연결돼 있는지 확인하세요."));
    row("storage, page size", ErrorCode::Storage, printer("Counter", "pageSizeRefused"),
        Context::Printing, QStringLiteral("the printer Counter refused the page size A5"),
        QStringLiteral("The printer Counter does not take this page size. Choose another slip "
                       "page."),
        QStringLiteral("Counter 프린터는 이 용지 크기를 받지 않아요. 다른 전표 용지를 "
                       "고르세요."));
    row("storage, page size, no name", ErrorCode::Storage, printer("", "pageSizeRefused"),
        Context::Printing, QStringLiteral("the printer refused the page size"),
        QStringLiteral("The printer does not take this page size. Choose another slip page."),
        QStringLiteral("프린터가 이 용지 크기를 받지 않아요. 다른 전표 용지를 고르세요."));
    row("storage, job refused", ErrorCode::Storage, printer("Counter", "printerRefused"),
        Context::Printing, QStringLiteral("the printer Counter did not take the job"),
        QStringLiteral("The printer Counter did not take the job. Check the printer, then try "
                       "again."),
        QStringLiteral("Counter 프린터가 인쇄 작업을 받지 않았어요. 프린터를 확인한 뒤 다시 해 "
                       "보세요."));
    row("storage, reading", ErrorCode::Storage, {}, Context::Reading,
        QStringLiteral("the database /srv/shop.db is not open"),
        QStringLiteral("The database could not be read."),
        QStringLiteral("데이터베이스를 읽지 못했어요."));
    row("storage, printing", ErrorCode::Storage, {}, Context::Printing,
        QStringLiteral("the database /srv/shop.db is read-only, so a print cannot be recorded; "
                       "nothing was printed"),
        QStringLiteral("The printer, the file or the database failed."),
        QStringLiteral("프린터, 파일 또는 데이터베이스에 문제가 생겼어요."));
    row("storage, first start", ErrorCode::Storage, {}, Context::FirstStart,
        QStringLiteral("/srv/shop.db is an SQLite database but not a ShopDesk one; the file was "
                       "left untouched"),
        QStringLiteral("The database could not be created or opened. Nothing was saved."),
        QStringLiteral("데이터베이스를 만들거나 열지 못했어요. 아무것도 저장하지 않았어요."));
    row("storage, writing", ErrorCode::Storage, {}, Context::PlacingOrder,
        QStringLiteral("the database /srv/shop.db is read-only; nothing was changed"),
        QStringLiteral("This could not be saved: the database refused it. Nothing was changed."),
        QStringLiteral("저장하지 못했어요. 데이터베이스가 거부했어요. 아무것도 바뀌지 "
                       "않았어요."));

    // Unauthorized: who is disabled, whose PIN was wrong, or nobody logged in.
    row("login, wrong PIN", ErrorCode::Unauthorized, kim, Context::LoggingIn,
        QStringLiteral("wrong PIN for user 'Kim'"),
        QStringLiteral("Wrong PIN for Kim. Type the PIN again."),
        QStringLiteral("Kim 님의 PIN이 틀렸어요. PIN을 다시 입력하세요."));
    row("login, disabled", ErrorCode::Unauthorized, withReason(kim, "disabled"), Context::LoggingIn,
        QStringLiteral("user 'Kim' is disabled; a manager can enable it"),
        QStringLiteral("Kim is disabled. A manager can enable the user again (File, Users)."),
        QStringLiteral("Kim 님은 사용 중지됐어요. 관리자가 사용을 재개할 수 있어요(파일, "
                       "사용자)."));
    row("disabled meanwhile, users", ErrorCode::Unauthorized, withReason(kim, "disabled"),
        Context::ManagingUsers,
        QStringLiteral("user 'Kim' is disabled; log in as an enabled manager to add users"),
        QStringLiteral("Kim has been disabled meanwhile. Log in as an enabled manager."),
        QStringLiteral("그사이 Kim 님이 사용 중지됐어요. 사용 중인 관리자로 로그인하세요."));
    row("disabled meanwhile, order", ErrorCode::Unauthorized, withReason(kim, "disabled"),
        Context::PlacingOrder,
        QStringLiteral("user 'Kim' is disabled; log in as an enabled manager to place orders"),
        QStringLiteral("Kim has been disabled meanwhile. Log in as another user: Switch user "
                       "(Ctrl+Shift+L)."),
        QStringLiteral("그사이 Kim 님이 사용 중지됐어요. 사용자 전환(Ctrl+Shift+L)으로 다른 "
                       "사용자로 로그인하세요."));
    row("nobody logged in, users", ErrorCode::Unauthorized, {}, Context::ManagingUsers,
        QStringLiteral("this shop has users: log in to add users"),
        QStringLiteral("Log in as a manager to manage users."),
        QStringLiteral("사용자를 관리하려면 관리자로 로그인하세요."));
    row("nobody logged in", ErrorCode::Unauthorized, {}, Context::ChangingStock,
        QStringLiteral("this shop has users: log in to adjust stock"),
        QStringLiteral("Please log in first: Switch user (Ctrl+Shift+L)."),
        QStringLiteral("먼저 사용자 전환(Ctrl+Shift+L)으로 로그인하세요."));

    // Forbidden: the role, said for what was being done.
    row("clerk, users", ErrorCode::Forbidden, clerk, Context::ManagingUsers,
        QStringLiteral("Kim is a clerk; only a manager may add users"),
        QStringLiteral("Only a manager manages users. Switch user to log in as a manager."),
        QStringLiteral("사용자 관리는 관리자만 할 수 있어요. 사용자 전환으로 관리자로 "
                       "로그인하세요."));
    row("clerk, stock", ErrorCode::Forbidden, clerk, Context::ChangingStock,
        QStringLiteral("Kim is a clerk; only a manager may adjust stock"),
        QStringLiteral("Only a manager may do this. Ask a manager to log in: Switch user "
                       "(Ctrl+Shift+L)."),
        QStringLiteral("관리자만 할 수 있어요. 관리자에게 사용자 전환(Ctrl+Shift+L)으로 "
                       "로그인해 달라고 하세요."));
}

void tst_ErrorText::text()
{
    QFETCH(QString, language);
    QFETCH(int, code);
    QFETCH(QJsonObject, details);
    QFETCH(int, context);
    QFETCH(QString, core);
    QFETCH(QString, shown);
    QVERIFY(Language::install(language));
    const QString text =
        ErrorText::text(Error{ErrorCode(code), core, details}, ErrorText::Context(context));
    QVERIFY2(!text.contains(core), qPrintable(text));
    if (language == QLatin1StringView("ko")) {
        // Said in Korean only once translations/shopdesk_ko.ts has ErrorText's strings; until
        // then tst_translations names each one missing, and the texts above say what they read.
        const char *probe = "There is no order %1.";
        if (QCoreApplication::translate("ShopDesk::ErrorText", probe) == QLatin1StringView(probe))
            QSKIP("ErrorText is not translated to Korean yet");
    }
    QCOMPARE(text, shown);
}

void tst_ErrorText::everyCodeHasWordsInEveryContext_data()
{
    QTest::addColumn<QString>("language");
    for (const char *language : {"en", "ko"})
        QTest::newRow(language) << QString::fromLatin1(language);
}

void tst_ErrorText::everyCodeHasWordsInEveryContext()
{
    QFETCH(QString, language);
    QVERIFY(Language::install(language));
    const QString core = QStringLiteral("the core's own sentence, in English");
    const QList<ErrorCode> codes{ErrorCode::InvalidInput,      ErrorCode::NotFound,
                                 ErrorCode::InsufficientStock, ErrorCode::InvalidState,
                                 ErrorCode::Storage,           ErrorCode::Unauthorized,
                                 ErrorCode::Forbidden};
    for (const ErrorCode code : codes) {
        for (int context = int(Context::Reading); context <= int(Context::FirstStart); ++context) {
            const QString text = ErrorText::text(Error{code, core, {}}, Context(context));
            const QString where = QStringLiteral("%1 in context %2: \"%3\"")
                                      .arg(errorCodeName(code))
                                      .arg(context)
                                      .arg(text);
            QVERIFY2(!text.trimmed().isEmpty(), qPrintable(where));
            QVERIFY2(!text.contains(core), qPrintable(where));
            QVERIFY2(!text.contains(QStringLiteral("%1")), qPrintable(where));
        }
    }
}

void tst_ErrorText::shortagesMarkTheLines()
{
    const QJsonArray shortages{QJsonObject{{QStringLiteral("productId"), QStringLiteral("P2")},
                                           {QStringLiteral("productName"), QStringLiteral("Milk")},
                                           {QStringLiteral("requested"), 5},
                                           {QStringLiteral("available"), 2},
                                           {QStringLiteral("short"), 3}},
                               QJsonObject{{QStringLiteral("productId"), QStringLiteral("P7")},
                                           {QStringLiteral("productName"), QStringLiteral("Tea")},
                                           {QStringLiteral("requested"), 1},
                                           {QStringLiteral("available"), 0},
                                           {QStringLiteral("short"), 1}}};
    const Error refused{ErrorCode::InsufficientStock,
                        QStringLiteral("not enough stock"),
                        {{QStringLiteral("shortages"), shortages}}};
    const QHash<QString, qint64> expected{{QStringLiteral("P2"), 3}, {QStringLiteral("P7"), 1}};
    QCOMPARE(ErrorText::shortByProduct(refused), expected);
    QVERIFY(ErrorText::shortByProduct(Error::storage(QStringLiteral("busy"))).isEmpty());
}

void tst_ErrorText::englishMessageGoesToTheLog()
{
    QLoggingCategory::setFilterRules(QStringLiteral("shopdesk.ui.errors.debug=false"));
    const QString busy = QStringLiteral("the database /srv/shop.db is busy");
    QTest::ignoreMessage(QtWarningMsg, qPrintable(QStringLiteral("storage ") + busy));
    const QString shown = ErrorText::text(Error::storage(busy, {{QStringLiteral("busy"), true}}),
                                          Context::PlacingOrder);
    QVERIFY(!shown.contains(busy));
    const QString refusal = QStringLiteral("order T1-000001 is delivered and cannot be cancelled");
    QTest::ignoreMessage(QtInfoMsg, qPrintable(QStringLiteral("invalid_state ") + refusal));
    ErrorText::text(Error::invalidState(refusal), Context::CancellingOrder);
}

QTEST_GUILESS_MAIN(tst_ErrorText)
#include "tst_errortext.moc"
