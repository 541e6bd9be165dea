// The customer book's domain: CustomerRecord's validation, its edits and erasure, the
// customer events applied (the same function for the projection and the rebuild), which
// orders an erasure reaches, and what placing an order does to the book.

#include "customerbook.h"

#include <QJsonArray>
#include <QTest>

using namespace ShopDesk;

class tst_Customer : public QObject
{
    Q_OBJECT

private slots:
    void phoneDigitsDropEverythingElse();
    void validation_data();
    void validation();
    void validationNormalises();
    void changeRecordsOnlyWhatDiffers();
    void erasureReplacesThePersonalData();
    void eventsApplyAsTheyWereDecided();
    void remoteRegistrationsAreChecked_data();
    void remoteRegistrationsAreChecked();
    void aChangeAfterTheErasureChangesNothing();
    void foldErasesOnlyOrdersPlacedBefore();
    void orderRegistersANewPhone();
    void orderAddsANewAddress();
    void orderWithoutAValidPhoneLeavesTheBook();
};

namespace {

CustomerRecord kim()
{
    return CustomerRecord::validated(QStringLiteral("T1-C000001"), QStringLiteral("김민수"),
                                     {QStringLiteral("010-1234-5678")}, {QStringLiteral("서울 1")},
                                     {})
        .value();
}

// A decoded event as the log would hold it: stamped, from `origin`, at `seq`.
std::pair<DomainEvent, EventPayload> logged(const DomainEvent &made, qint64 seq,
                                            const QString &origin = QStringLiteral("T1"))
{
    DomainEvent event = made;
    event.seq = seq;
    event.eventId = QStringLiteral("e-%1").arg(seq);
    event.origin = origin;
    event.occurredAt = QDateTime(QDate(2026, 12, 4), QTime(9, 0), Qt::UTC).addSecs(seq);
    return {event, decodePayload(event).value()};
}

} // namespace

void tst_Customer::phoneDigitsDropEverythingElse()
{
    QCOMPARE(phoneDigits(u"010-1234-5678"), QStringLiteral("01012345678"));
    QCOMPARE(phoneDigits(u"+82 (10) 1234.5678"), QStringLiteral("821012345678"));
    QCOMPARE(phoneDigits(u"없음"), QString());
}

void tst_Customer::validation_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QStringList>("phones");
    QTest::addColumn<QString>("note");
    QTest::addColumn<QString>("problem"); // empty: valid

    const QStringList one{QStringLiteral("010-1234-5678")};
    QTest::newRow("valid") << "김민수" << one << ""
                           << "";
    QTest::newRow("no phone") << "Kim" << QStringList() << ""
                              << "";
    QTest::newRow("empty name") << "  " << one << ""
                                << "customer name is empty";
    QTest::newRow("name too long") << QString(201, u'가') << one << ""
                                   << "customer name is longer than 200";
    QTest::newRow("7 digits") << "Kim" << QStringList{"123-4567"} << ""
                              << "phone '123-4567' has 7 digits; a phone number has 8 to 15";
    QTest::newRow("16 digits") << "Kim" << QStringList{"1234567890123456"} << ""
                               << "has 16 digits";
    QTest::newRow("letters") << "Kim" << QStringList{"010-CALL-KIM1"} << ""
                             << "use digits, spaces and - + ( ) . only";
    QTest::newRow("same phone twice") << "Kim" << QStringList{"010-1234-5678", "01012345678"} << ""
                                      << "phone '01012345678' is given twice";
    QTest::newRow("note too long")
        << "Kim" << one << QString(1001, u'x') << "note is longer than 1000";
    QTest::newRow("control character") << "Kim\x01" << one << ""
                                       << "control characters";
    QTest::newRow("eleven phones")
        << "Kim" << QStringList{"01000000000", "01000000001", "01000000002", "01000000003",
                                "01000000004", "01000000005", "01000000006", "01000000007",
                                "01000000008", "01000000009", "01000000010"}
        << ""
        << "at most 10 phones";
}

void tst_Customer::validation()
{
    QFETCH(QString, name);
    QFETCH(QStringList, phones);
    QFETCH(QString, note);
    QFETCH(QString, problem);
    const Result<CustomerRecord> record =
        CustomerRecord::validated(QStringLiteral("T1-C000001"), name, phones, {}, note);
    if (problem.isEmpty()) {
        QVERIFY2(record.ok(), record.ok() ? "" : qPrintable(record.error().message));
        return;
    }
    QVERIFY(!record.ok());
    QCOMPARE(record.error().code, ErrorCode::InvalidInput);
    QVERIFY2(record.error().message.contains(problem), qPrintable(record.error().message));
}

void tst_Customer::validationNormalises()
{
    const CustomerRecord record =
        CustomerRecord::validated(QStringLiteral("T1-C000001"), QStringLiteral(" Kim "),
                                  {QStringLiteral(" 010-1234-5678 ")},
                                  {QStringLiteral(" A "), QString(), QStringLiteral("A")},
                                  QStringLiteral(" note "))
            .value();
    QCOMPARE(record.name, QStringLiteral("Kim"));
    QCOMPARE(record.phones, QStringList{QStringLiteral("010-1234-5678")});
    QCOMPARE(record.phoneDigits(), QStringList{QStringLiteral("01012345678")});
    QCOMPARE(record.addresses, QStringList{QStringLiteral("A")});
    QCOMPARE(record.note, QStringLiteral("note"));
}

void tst_Customer::changeRecordsOnlyWhatDiffers()
{
    CustomerRecord record = kim();
    CustomerEdit edit;
    edit.name = record.name;
    edit.note = QStringLiteral("VIP");
    const auto changed = record.change(edit);
    QVERIFY(changed.ok());
    QVERIFY(changed.value());
    const auto payload = decodeAs<Events::CustomerChanged>(*changed.value()).value();
    QCOMPARE(payload.customerId, QStringLiteral("T1-C000001"));
    QVERIFY(!payload.changed.name); // the same name is no change
    QCOMPARE(payload.changed.note, std::optional<QString>(QStringLiteral("VIP")));
    QCOMPARE(payload.previous.note, std::optional<QString>(QString()));
    QCOMPARE(record.note, QStringLiteral("VIP"));
    QVERIFY(!record.change(edit).value()); // again: nothing to record

    CustomerEdit bad;
    bad.phones = QStringList{QStringLiteral("12")};
    QCOMPARE(record.change(bad).error().code, ErrorCode::InvalidInput);
    QCOMPARE(record.phones, kim().phones); // a refused edit changes nothing
}

void tst_Customer::erasureReplacesThePersonalData()
{
    CustomerRecord record = kim();
    const Result<DomainEvent> erased = record.erase();
    QVERIFY(erased.ok());
    QCOMPARE(erased->type, QString(EventType::CustomerErased));
    QCOMPARE(erased->payload, QJsonObject({{"customerId", "T1-C000001"}}));
    QCOMPARE(record.name, CustomerRecord::erasedName());
    QVERIFY(record.phones.isEmpty() && record.addresses.isEmpty() && record.note.isEmpty());
    QVERIFY(record.erased);
    QCOMPARE(record.erase().error().code, ErrorCode::InvalidState);
    CustomerEdit edit;
    edit.name = QStringLiteral("Kim");
    QCOMPARE(record.change(edit).error().code, ErrorCode::InvalidState);
}

void tst_Customer::eventsApplyAsTheyWereDecided()
{
    CustomerRecord decided = kim();
    const auto [registered, registeredPayload] = logged(decided.registeredEvent(), 1);
    auto applied = applyCustomerEvent(registered, registeredPayload, std::nullopt);
    QVERIFY(applied.ok());
    QCOMPARE(applied->record.registeredAt, registered.occurredAt);
    CustomerRecord book = applied->record;

    CustomerEdit edit;
    edit.phones = QStringList{QStringLiteral("010-1234-5678"), QStringLiteral("02-555-0101")};
    const auto [changed, changedPayload] = logged(*decided.change(edit).value(), 2);
    applied = applyCustomerEvent(changed, changedPayload, book);
    QVERIFY(applied.ok());
    QCOMPARE(applied->record.phones, decided.phones);
    QCOMPARE(applied->record.updatedAt, changed.occurredAt);
    book = applied->record;

    const auto [erased, erasedPayload] = logged(decided.erase().value(), 3);
    applied = applyCustomerEvent(erased, erasedPayload, book);
    QVERIFY(applied.ok());
    QVERIFY(applied->record.erased);
    QCOMPARE(applied->erasedPhoneDigits,
             QStringList({QStringLiteral("01012345678"), QStringLiteral("025550101")}));
    QCOMPARE(applied->record.name, CustomerRecord::erasedName());
}

void tst_Customer::remoteRegistrationsAreChecked_data()
{
    QTest::addColumn<QString>("origin");
    QTest::addColumn<QJsonObject>("payload");
    QTest::addColumn<int>("code");

    const QJsonObject good{{"customerId", "T2-C000001"},
                           {"name", "Lee"},
                           {"phones", QJsonArray{"010-9999-8888"}},
                           {"addresses", QJsonArray()},
                           {"note", ""}};
    QTest::newRow("good") << "T2" << good << -1;
    QTest::newRow("another terminal's id") << "T3" << good << int(ErrorCode::InvalidInput);
    QJsonObject noName = good;
    noName["name"] = " ";
    QTest::newRow("empty name") << "T2" << noName << int(ErrorCode::InvalidInput);
    QJsonObject shortPhone = good;
    shortPhone["phones"] = QJsonArray{"123"};
    QTest::newRow("short phone") << "T2" << shortPhone << int(ErrorCode::InvalidInput);
}

void tst_Customer::remoteRegistrationsAreChecked()
{
    QFETCH(QString, origin);
    QFETCH(QJsonObject, payload);
    QFETCH(int, code);
    DomainEvent event = DomainEvent::make(EventType::CustomerRegistered, {}, {}, payload);
    event.origin = origin;
    const Result<EventPayload> decoded = decodePayload(event);
    QVERIFY(decoded.ok());
    const auto applied = applyCustomerEvent(event, decoded.value(), std::nullopt);
    if (code < 0) {
        QVERIFY(applied.ok());
        return;
    }
    QVERIFY(!applied.ok());
    QCOMPARE(int(applied.error().code), code);
}

void tst_Customer::aChangeAfterTheErasureChangesNothing()
{
    CustomerRecord elsewhere = kim();
    CustomerEdit edit;
    edit.name = QStringLiteral("김민수 (VIP)");
    const auto [changed, payload] =
        logged(*elsewhere.change(edit).value(), 5, QStringLiteral("T2"));
    CustomerRecord erased = kim();
    QVERIFY(erased.erase().ok());
    const auto applied = applyCustomerEvent(changed, payload, erased);
    QVERIFY(applied.ok());
    QCOMPARE(applied->record, erased);
}

void tst_Customer::foldErasesOnlyOrdersPlacedBefore()
{
    CustomerFold fold;
    CustomerRecord record = kim();
    const auto [registered, p1] = logged(record.registeredEvent(), 10);
    QVERIFY(fold.apply(registered, p1).ok());
    QVERIFY(!fold.erases(QStringLiteral("010-1234-5678"), 5));
    const auto [erased, p2] = logged(record.erase().value(), 20);
    QVERIFY(fold.apply(erased, p2).ok());
    QVERIFY(fold.erases(QStringLiteral("010 1234 5678"), 5));
    QVERIFY(fold.erases(QStringLiteral("01012345678"), 19));
    QVERIFY(!fold.erases(QStringLiteral("01012345678"), 21)); // placed after the erasure
    QVERIFY(!fold.erases(QStringLiteral("010-0000-0000"), 5));
    QVERIFY(!fold.erases(QString(), 5));
    QCOMPARE(fold.customers().at(QStringLiteral("T1-C000001")).name, CustomerRecord::erasedName());
}

void tst_Customer::orderRegistersANewPhone()
{
    const auto event = bookEventForOrder(
        {QStringLiteral("Lee"), QStringLiteral("010-2222-3333"), QStringLiteral("Busan 2")}, {},
        QStringLiteral("T1-C000007"));
    QVERIFY(event);
    const auto registered = decodeAs<Events::CustomerRegistered>(*event).value();
    QCOMPARE(registered.customer.customerId, QStringLiteral("T1-C000007"));
    QCOMPARE(registered.customer.name, QStringLiteral("Lee"));
    QCOMPARE(registered.customer.phones, QStringList{QStringLiteral("010-2222-3333")});
    QCOMPARE(registered.customer.addresses, QStringList{QStringLiteral("Busan 2")});
}

void tst_Customer::orderAddsANewAddress()
{
    CustomerRecord record = kim();
    const Customer typed{QStringLiteral("김민수"), QStringLiteral("01012345678"),
                         QStringLiteral("부산 2")};
    auto event = bookEventForOrder(typed, {record}, {});
    QVERIFY(event);
    auto changed = decodeAs<Events::CustomerChanged>(*event).value();
    QCOMPARE(changed.changed.addresses,
             std::optional<QStringList>({QStringLiteral("서울 1"), QStringLiteral("부산 2")}));
    // The last address again: nothing; an older one used again becomes the last.
    record.addresses = {QStringLiteral("서울 1"), QStringLiteral("부산 2")};
    QVERIFY(!bookEventForOrder(typed, {record}, {}));
    event = bookEventForOrder({typed.name, typed.phone, QStringLiteral("서울 1")}, {record}, {});
    QVERIFY(event);
    changed = decodeAs<Events::CustomerChanged>(*event).value();
    QCOMPARE(changed.changed.addresses,
             std::optional<QStringList>({QStringLiteral("부산 2"), QStringLiteral("서울 1")}));
    // Of two customers with the phone, the one with the order's name.
    CustomerRecord other = kim();
    other.customerId = QStringLiteral("T2-C000001");
    other.name = QStringLiteral("박지영");
    event = bookEventForOrder({QStringLiteral("박지영"), typed.phone, QStringLiteral("대구 3")},
                              {record, other}, {});
    QVERIFY(event);
    QCOMPARE(decodeAs<Events::CustomerChanged>(*event).value().customerId,
             QStringLiteral("T2-C000001"));
}

void tst_Customer::orderWithoutAValidPhoneLeavesTheBook()
{
    QVERIFY(!bookEventForOrder({QStringLiteral("Kim"), {}, QStringLiteral("A")}, {},
                               QStringLiteral("T1-C000001")));
    QVERIFY(!bookEventForOrder({QStringLiteral("Kim"), QStringLiteral("010"), QStringLiteral("A")},
                               {}, QStringLiteral("T1-C000001")));
}

QTEST_GUILESS_MAIN(tst_Customer)
#include "tst_customer.moc"
