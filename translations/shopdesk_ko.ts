<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR" sourcelanguage="en">
<context>
    <name>ShopDesk::BackupController</name>
    <message>
        <location filename="../ui/backupcontroller.cpp" line="+34"/>
        <location line="+40"/>
        <source>The automatic backup failed: %1</source>
        <translation>자동 백업에 실패했어요: %1</translation>
    </message>
    <message>
        <location line="-39"/>
        <location line="+87"/>
        <source>The backup was not written: %1</source>
        <translation>백업을 쓰지 못했어요: %1</translation>
    </message>
    <message>
        <location line="-83"/>
        <source>Automatic backup: %1</source>
        <translation>자동 백업: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Backed up: %1</source>
        <translation>백업했어요: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (%2 orders, %3 events, the last %4)</source>
        <translation>%1 (주문 %2건, 이벤트 %3개, 마지막 %4)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <location line="+39"/>
        <location line="+43"/>
        <source>Restore from backup</source>
        <translation>백업에서 복원</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>Put this backup in place of the shop&apos;s database?

%1

The database as it is now is kept beside it. ShopDesk closes afterwards; start it again.</source>
        <translation>이 백업으로 가게 데이터베이스를 바꿀까요?

%1

지금 데이터베이스는 옆에 따로 보관해요. 복원한 뒤 ShopDesk가 닫히니 다시 시작해 주세요.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Restored the shop from %1.</source>
        <translation>%1에서 가게를 복원했어요.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The database it replaced is kept as %1.</source>
        <translation>바뀐 데이터베이스는 %1(으)로 보관했어요.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This terminal gets what it did after the backup back from the hub once it is connected; until then it takes no orders.</source>
        <translation>이 단말기는 허브에 연결되면 백업 뒤에 한 일을 허브에서 다시 받아요. 그때까지는 주문을 받지 않아요.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ShopDesk closes now: start it again.</source>
        <translation>이제 ShopDesk가 닫혀요. 다시 시작해 주세요.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Back up the shop</source>
        <translation>가게 백업</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+16"/>
        <source>ShopDesk backups (*.db)</source>
        <translation>ShopDesk 백업 (*.db)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing was restored: %1</source>
        <translation>아무것도 복원하지 않았어요: %1</translation>
    </message>
</context>
<context>
    <name>ShopDesk::CancelDialog</name>
    <message>
        <location filename="../ui/canceldialog.cpp" line="+20"/>
        <source>Cancel order %1</source>
        <translation>주문 %1 취소</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancel order %1 of %2 (%3)?</source>
        <translation>주문 %1(%2 님, %3)을 취소할까요?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Its delivery %1 is cancelled and the stock goes back.</source>
        <translation>배송(%1)도 취소되고 재고가 다시 늘어나요.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The reserved stock is released.</source>
        <translation>예약된 재고가 풀려요.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The payment of %1 (%2) is refunded.</source>
        <translation>결제 금액 %1(%2)도 환불돼요.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reason for cancelling</source>
        <translation>취소 사유</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For example: customer changed mind</source>
        <translation>예: 고객 변심</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reason:</source>
        <translation>사유(&amp;R):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancel the order</source>
        <translation>주문 취소</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Keep the order</source>
        <translation>주문 유지(&amp;K)</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Type why the order is cancelled (Alt+R): the reason is kept with the order.</source>
        <translation>주문을 취소하는 이유를 입력하세요(Alt+R). 사유는 주문과 함께 남아요.</translation>
    </message>
</context>
<context>
    <name>ShopDesk::CashMoveDialog</name>
    <message>
        <location filename="../ui/shiftdialogs.cpp" line="+184"/>
        <source>Pay in</source>
        <translation>입금</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pay out</source>
        <translation>출금</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The drawer should hold %1.</source>
        <translation>돈통에는 %1이 있어야 해요.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cash put into the drawer, such as change from the bank.</source>
        <translation>돈통에 넣는 현금이에요. 예를 들어 은행에서 바꿔 온 잔돈이요.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cash taken out of the drawer, such as a courier paid or the bank.</source>
        <translation>돈통에서 꺼내는 현금이에요. 예를 들어 택배비나 은행 입금이요.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Amount</source>
        <translation>금액</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reason</source>
        <translation>사유</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For example: change from the bank</source>
        <translation>예: 은행 잔돈 교환</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For example: courier</source>
        <translation>예: 택배비</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Amount:</source>
        <translation>금액(&amp;A):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reason:</source>
        <translation>사유(&amp;R):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Record the &amp;pay-in</source>
        <translation>입금 기록(&amp;P)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Record the &amp;pay-out</source>
        <translation>출금 기록(&amp;P)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Say why the cash is moved.</source>
        <translation>현금을 넣거나 꺼내는 사유를 적으세요.</translation>
    </message>
</context>
<context>
    <name>ShopDesk::CatalogImportDialog</name>
    <message>
        <location filename="../ui/catalogimportdialog.cpp" line="+28"/>
        <source>price</source>
        <translation>가격</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>low-stock threshold</source>
        <translation>안전재고</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>stock</source>
        <translation>재고</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Import products</source>
        <translation>상품 가져오기</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Detect</source>
        <translation>자동 감지</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+229"/>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <location line="-228"/>
        <source>CP949 (EUC-KR, Korean Excel)</source>
        <translation>CP949 (EUC-KR, 한국어 엑셀)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UTF-16 (Excel Unicode text)</source>
        <translation>UTF-16 (엑셀 유니코드 텍스트)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>File:</source>
        <translation>파일:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Encoding:</source>
        <translation>인코딩(&amp;E):</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Bad lines</source>
        <translation>잘못된 줄</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line</source>
        <translation>줄</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Product</source>
        <translation>상품</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation>이유</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Skip the bad lines and import the others</source>
        <translation>잘못된 줄은 건너뛰고 나머지를 가져오기(&amp;S)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Import</source>
        <translation>가져오기(&amp;I)</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>A quoted cell that starts here is never closed.</source>
        <translation>여기서 시작한 따옴표 칸이 닫히지 않았어요.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 cells where the header has %2: %3 missing.</source>
        <translation>머리글은 %2칸인데 %1칸이에요: %3 없음.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 cells where the header has %2.</source>
        <translation>머리글은 %2칸인데 %1칸이에요.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The same product id is on line %1.</source>
        <translation>같은 상품코드가 %1번째 줄에도 있어요.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Barcode %1 is on line %2 too.</source>
        <translation>바코드 %1이(가) %2번째 줄에도 있어요.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The %1 &quot;%2&quot; is not a whole number.</source>
        <translation>%1 &quot;%2&quot;은(는) 정수가 아니에요.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The %1 %2 is below zero.</source>
        <translation>%1 %2은(는) 0보다 작아요.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The stock %1 is more than %2.</source>
        <translation>재고 %1은(는) %2보다 많아요.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The product id is empty.</source>
        <translation>상품코드가 비어 있어요.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tax &quot;%1&quot; is neither taxable (과세) nor exempt (면세).</source>
        <translation>과세구분 &quot;%1&quot;은(는) 과세도 면세도 아니에요.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Barcode %1 already belongs to product %2.</source>
        <translation>바코드 %1은(는) 이미 상품 %2의 바코드예요.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A new product needs a name.</source>
        <translation>새 상품에는 상품명이 있어야 해요.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A new product needs a price.</source>
        <translation>새 상품에는 가격이 있어야 해요.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not accepted: %1.</source>
        <translation>받아들일 수 없어요: %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The file is not text in the encoding chosen. Choose its encoding above, or save it from the spreadsheet as CSV.</source>
        <translation>고른 인코딩의 텍스트 파일이 아니에요. 위에서 인코딩을 고르거나, 스프레드시트에서 CSV로 다시 저장하세요.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The first row names no product id column: name one productId or 상품코드 (the columns are productId, productName, price, barcode, threshold, tax and stock, or 상품코드, 상품명, 판매가, 바코드, 안전재고, 과세구분 and 재고).</source>
        <translation>첫 줄에 상품코드 열이 없어요: 한 열의 이름을 상품코드(또는 productId)로 하세요 (열 이름: 상품코드, 상품명, 판매가, 바코드, 안전재고, 과세구분, 재고 또는 productId, productName, price, barcode, threshold, tax, stock).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>가져오기를 멈췄어요. 아무것도 바뀌지 않았어요.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file cannot be imported: %1.</source>
        <translation>이 파일은 가져올 수 없어요: %1.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Checking… %p%</source>
        <translation>확인 중… %p%</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Importing… %p%</source>
        <translation>가져오는 중… %p%</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Writing… %p%</source>
        <translation>저장 중… %p%</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Imported %1 new and %2 changed products from %3.</source>
        <translation>%3에서 새 상품 %1개와 바뀐 상품 %2개를 가져왔어요.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Skipped %1 bad lines.</source>
        <translation>잘못된 줄 %1개는 건너뛰었어요.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>tab-separated</source>
        <translation>탭 구분</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>semicolon-separated</source>
        <translation>세미콜론 구분</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>comma-separated</source>
        <translation>쉼표 구분</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CP949</source>
        <translation>CP949</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UTF-16</source>
        <translation>UTF-16</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 lines, %2, %3.</source>
        <translation>%1줄, %2, %3.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New: %1   Changed: %2   Unchanged: %3   Bad: %4</source>
        <translation>신규: %1   변경: %2   같음: %3   잘못됨: %4</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The new products start with %1 units in stock.</source>
        <translation>새 상품들은 재고 %1개로 시작해요.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The stock in the file differs for %1 products the shop has: an import leaves their stock as it is (record a stock-take for them).</source>
        <translation>이미 있는 상품 %1개는 파일의 재고가 가게 재고와 달라요: 가져오기는 그 재고를 바꾸지 않아요 (재고 실사로 기록하세요).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Columns not imported: %1.</source>
        <translation>가져오지 않는 열: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing to import: the shop has every product as the file has it.</source>
        <translation>가져올 것이 없어요: 모든 상품이 파일과 같아요.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>S&amp;top</source>
        <translation>멈추기(&amp;T)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n bad line(s): mend them in the file and choose it again, or skip them.</source>
        <translation>
            <numerusform>잘못된 줄 %n개: 파일에서 고친 뒤 다시 고르거나, 건너뛰세요.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShopDesk::CustomersDialog</name>
    <message>
        <location filename="../ui/customersdialog.cpp" line="+31"/>
        <location line="+11"/>
        <source>Customers</source>
        <translation>고객</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Digits of a phone number, or a part of a name</source>
        <translation>전화번호 숫자 또는 이름 일부</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Search:</source>
        <translation>검색(&amp;S):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Phones</source>
        <translation>전화</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last address</source>
        <translation>최근 주소</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>E&amp;dit…</source>
        <translation>고치기(&amp;D)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Erase personal data…</source>
        <translation>개인정보 삭제(&amp;E)…</translation>
    </message>
    <message>
        <location line="+66"/>
        <location line="+36"/>
        <source>(erased)</source>
        <translation>(삭제됨)</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>No customers yet: one is saved with the first order placed with a new phone number.</source>
        <translation>아직 고객이 없어요: 새 전화번호로 첫 주문을 받으면 고객이 저장돼요.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nobody matches. Search by digits of a phone number or a part of a name.</source>
        <translation>맞는 고객이 없어요. 전화번호 숫자나 이름 일부로 검색하세요.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The personal data of this customer was erased; their orders keep only the money.</source>
        <translation>이 고객의 개인정보는 삭제되었어요. 주문에는 금액만 남아요.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Phones: %1</source>
        <translation>전화: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Address: %1</source>
        <translation>주소: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note: %1</source>
        <translation>메모: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n order(s), %1 in all, %2 paid</source>
        <translation>
            <numerusform>주문 %n건, 합계 %1, 결제 %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n cancelled</source>
        <translation>
            <numerusform>취소 %n건</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Only a manager may erase a customer&apos;s data.</source>
        <translation>고객 개인정보 삭제는 관리자만 할 수 있어요.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Erase personal data</source>
        <translation>개인정보 삭제</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erase the name, phones, addresses and note of %1 here and on every terminal? Their orders keep only the money. This cannot be undone.</source>
        <translation>%1의 이름, 전화, 주소, 메모를 이 단말기와 모든 단말기에서 삭제할까요? 주문에는 금액만 남아요. 되돌릴 수 없어요.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Edit customer</source>
        <translation>고객 고치기</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Name:</source>
        <translation>이름(&amp;N):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Phones (one per line):</source>
        <translation>전화, 한 줄에 하나(&amp;P):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Addresses (one per line, the newest first):</source>
        <translation>주소, 한 줄에 하나, 최근 것 먼저(&amp;A):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;ote:</source>
        <translation>메모(&amp;O):</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Not saved: %1.</source>
        <translation>저장하지 못했어요: %1.</translation>
    </message>
</context>
<context>
    <name>ShopDesk::DeliveriesTab</name>
    <message numerus="yes">
        <location filename="../ui/deliveriestab.cpp" line="+36"/>
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 외 %n건</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Delivery status filter</source>
        <translation>배송 상태 필터</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Search deliveries</source>
        <translation>배송 검색</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order id or customer; scan a slip&apos;s QR code and Enter</source>
        <translation>주문 번호나 고객 이름. 전표의 QR 코드를 스캔하고 Enter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deliveries</source>
        <translation>배송</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+238"/>
        <source>Complete delivery</source>
        <translation>배송 완료</translation>
    </message>
    <message>
        <location line="-228"/>
        <source>Slip page size</source>
        <translation>전표 용지 크기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A5</source>
        <translation>A5</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>80 mm roll</source>
        <translation>80mm 롤</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Slip &amp;page:</source>
        <translation>전표 용지(&amp;P):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print slip…</source>
        <translation>전표 인쇄…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Preview…</source>
        <translation>미리 보기…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export PDF…</source>
        <translation>PDF로 저장…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Print all unprinted…</source>
        <translation>미인쇄 전표 모두 인쇄…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Deliveries message</source>
        <translation>배송 메시지</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>The deliveries could not be read: %1</source>
        <translation>배송 목록을 읽지 못했어요: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Printed %n slip(s) to %1: %2</source>
        <translation>
            <numerusform>%1에 전표 %n장을 인쇄했어요: %2</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It replaced the existing file %1.</source>
        <translation>기존 파일 %1을(를) 새 파일로 바꿨어요.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n slip(s) not printed to %1 (%2); they stay marked as not printed.
%3</source>
        <translation>
            <numerusform>%1에 전표 %n장을 인쇄하지 못했어요(%2). 미인쇄로 남아 있어요.
%3</numerusform>
        </translation>
    </message>
    <message>
        <location line="+78"/>
        <source>No delivery matches &quot;%1&quot;.</source>
        <translation>&quot;%1&quot;에 맞는 배송이 없어요.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Order %1 is %2 and has no delivery yet: it must be paid first.</source>
        <translation>주문 %1: %2 상태라 아직 배송이 없어요. 먼저 결제해야 해요.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The delivery of order %1 could not be shown.</source>
        <translation>주문 %1의 배송을 표시하지 못했어요.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delivery %1 of order %2 for %3: press Enter to complete it.</source>
        <translation>배송 %1(주문 %2, %3 님): Enter를 누르면 배송 완료로 처리해요.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delivery %1 of order %2 for %3 is %4.</source>
        <translation>배송 %1(주문 %2, %3 님): %4</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Delivery %1 is %2; only a started delivery can be completed.</source>
        <translation>배송 %1: %2 상태예요. 배송 중인 건만 완료할 수 있어요.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mark delivery %1 of order %2 as handed over to %3?</source>
        <translation>배송 %1(주문 %2)을 %3 님에게 전달 완료로 처리할까요?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Complete</source>
        <translation>완료</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The delivery of order %1 was not completed: %2</source>
        <translation>주문 %1의 배송을 완료하지 못했어요: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delivery %1 of order %2 completed.</source>
        <translation>배송 %1(주문 %2)을 완료했어요.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No printer is installed on this computer, so the slip of %1 was not printed. Export it as a PDF file instead (Ctrl+E).</source>
        <translation>이 컴퓨터에 프린터가 없어서 %1의 전표를 인쇄하지 못했어요. 대신 PDF 파일로 저장하세요(Ctrl+E).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Print the slip of %1</source>
        <translation>%1의 전표 인쇄</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Every started delivery&apos;s slip has been printed.</source>
        <translation>배송 중인 건의 전표를 모두 인쇄했어요.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>No printer is installed on this computer, so the %n unprinted slip(s) were not printed.</source>
        <translation>
            <numerusform>이 컴퓨터에 프린터가 없어서 미인쇄 전표 %n장을 인쇄하지 못했어요.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Print %n unprinted slip(s)</source>
        <translation>
            <numerusform>미인쇄 전표 %n장 인쇄</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Printing the oldest %n unprinted slip(s); press Print all unprinted again for the rest.</source>
        <translation>
            <numerusform>가장 오래된 미인쇄 전표 %n장을 인쇄하는 중이에요. 나머지는 미인쇄 전표 모두 인쇄를 다시 누르세요.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n slip(s) not printed (%1): %2. They stay marked as not printed.</source>
        <translation>
            <numerusform>전표 %n장을 인쇄하지 못했어요(%1): %2. 미인쇄로 남아 있어요.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not printed: %1</source>
        <translation>인쇄하지 못했어요: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Printing %n slip(s): %1</source>
        <translation>
            <numerusform>전표 %n장 인쇄 중: %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Slip of order %1</source>
        <translation>주문 %1의 전표</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The slip of %1 was not printed; it stays marked as not printed.
%2</source>
        <translation>%1의 전표를 인쇄하지 못했어요. 미인쇄로 남아 있어요.
%2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Printed the slip of %1.</source>
        <translation>%1의 전표를 인쇄했어요.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Export the slip of %1 as PDF</source>
        <translation>%1의 전표를 PDF로 저장</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not exported: %1</source>
        <translation>저장하지 못했어요: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Writing the slip of %1 to %2…</source>
        <translation>%1의 전표를 %2에 저장하는 중…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Automatic printing is on, but this computer has no printer: the slip of order %1 was not printed. Print it later with Print all unprinted (Ctrl+Shift+A).</source>
        <translation>자동 인쇄가 켜져 있지만 이 컴퓨터에 프린터가 없어서 주문 %1의 전표를 인쇄하지 못했어요. 나중에 미인쇄 전표 모두 인쇄(Ctrl+Shift+A)로 인쇄하세요.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Nothing matches &quot;%1&quot; — search by order id or customer.</source>
        <translation>&quot;%1&quot;에 맞는 배송이 없어요. 주문 번호나 고객 이름으로 검색하세요.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing matches &quot;%1&quot; among the deliveries that are %2.</source>
        <translation>%2 상태인 배송에는 &quot;%1&quot;에 맞는 건이 없어요.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No delivery is %1; choose All statuses to see the others.</source>
        <translation>%1 상태인 배송이 없어요. 다른 배송을 보려면 모든 상태를 고르세요.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No deliveries yet — a delivery starts when an order is paid (Orders tab).</source>
        <translation>아직 배송이 없어요. 주문을 결제하면 배송이 시작돼요(주문 탭).</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Delivery slips</source>
        <translation>배송 전표</translation>
    </message>
</context>
<context>
    <name>ShopDesk::DeliveryTableModel</name>
    <message>
        <location filename="../ui/deliverytablemodel.cpp" line="+66"/>
        <source>Phone: %1</source>
        <translation>전화: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Order status: %1</source>
        <translation>주문 상태: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Delivery</source>
        <translation>배송</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order</source>
        <translation>주문</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer</source>
        <translation>고객</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Address</source>
        <translation>주소</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Started at</source>
        <translation>시작 시각</translation>
    </message>
</context>
<context>
    <name>ShopDesk::Desktop</name>
    <message>
        <location filename="../app/desktop/desktopstartup.cpp" line="+92"/>
        <source>Making demo data...</source>
        <translation>데모 데이터를 만드는 중...</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
</context>
<context>
    <name>ShopDesk::DisplayText</name>
    <message>
        <location filename="../ui/displaytext.cpp" line="+48"/>
        <source>Placed</source>
        <translation>접수됨</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paid</source>
        <translation>결제됨</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delivering</source>
        <translation>배송 중</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delivered</source>
        <translation>배송 완료</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+51"/>
        <source>Cancelled</source>
        <translation>취소됨</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>Cash</source>
        <translation>현금</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Card</source>
        <translation>카드</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>income deduction</source>
        <translation>소득공제</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>expense proof</source>
        <translation>지출증빙</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>phone</source>
        <translation>휴대폰</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>business no.</source>
        <translation>사업자번호</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cash receipt card</source>
        <translation>현금영수증 카드</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>self-issued</source>
        <translation>자진발급</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Approved</source>
        <translation>승인됨</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refunded</source>
        <translation>환불됨</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Started</source>
        <translation>배송 중</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Completed</source>
        <translation>완료</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>it is offline. Check that it is on and its lid is shut, then print again.</source>
        <translation>오프라인이에요. 전원이 켜져 있고 덮개가 닫혔는지 확인한 뒤 다시 인쇄하세요.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is out of paper. Put in a new roll, then print again.</source>
        <translation>용지가 떨어졌어요. 새 용지를 넣고 다시 인쇄하세요.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its cover is open. Shut it, then print again.</source>
        <translation>덮개가 열려 있어요. 닫고 다시 인쇄하세요.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it reports an error (a paper jam or the cutter). Clear it, then print again.</source>
        <translation>오류가 났어요 (용지 걸림이나 커터). 해결한 뒤 다시 인쇄하세요.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the connection dropped in the middle of the job. Check the cable or the network, then print again.</source>
        <translation>인쇄 중에 연결이 끊겼어요. 케이블이나 네트워크를 확인한 뒤 다시 인쇄하세요.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it stopped answering. Check it, then print again.</source>
        <translation>응답이 없어요. 프린터를 확인한 뒤 다시 인쇄하세요.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it cannot be reached. Check that it is on and connected, and its address in Settings.</source>
        <translation>연결할 수 없어요. 전원과 연결, 그리고 설정의 주소를 확인하세요.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>its address names a file or folder, not a printer. Check it in Settings.</source>
        <translation>주소가 프린터가 아니라 파일이나 폴더를 가리켜요. 설정에서 확인하세요.</translation>
    </message>
</context>
<context>
    <name>ShopDesk::ErrorText</name>
    <message>
        <location filename="../ui/errortext.cpp" line="+71"/>
        <source>This could not be done.</source>
        <translation>이 작업을 할 수 없었어요.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This shop&apos;s PINs have at least %1 digits. Type a longer PIN.</source>
        <translation>이 가게의 PIN은 %1자리 이상이어야 해요. 더 긴 PIN을 입력하세요.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A user named %1 already exists. Choose another name.</source>
        <translation>이름이 %1인 사용자가 이미 있어요. 다른 이름을 고르세요.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The shop&apos;s first user must be a manager.</source>
        <translation>가게의 첫 사용자는 관리자여야 해요.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is damaged: it cannot be restored. Choose another backup.</source>
        <translation>%1 파일이 손상되어 복원할 수 없어요. 다른 백업을 고르세요.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not a ShopDesk backup. Choose another file.</source>
        <translation>%1은(는) ShopDesk 백업이 아니에요. 다른 파일을 고르세요.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 was written by a newer ShopDesk: update ShopDesk first.</source>
        <translation>%1은(는) 더 새 ShopDesk가 쓴 파일이에요. 먼저 ShopDesk를 업데이트하세요.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 fails ShopDesk&apos;s checks: it cannot be restored. Choose another backup.</source>
        <translation>%1은(는) ShopDesk 검사를 통과하지 못해 복원할 수 없어요. 다른 백업을 고르세요.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>That backup is of another terminal. Restore a backup of this one.</source>
        <translation>다른 단말기의 백업이에요. 이 단말기의 백업을 복원하세요.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not a regular file. Choose the backup file itself.</source>
        <translation>%1은(는) 일반 파일이 아니에요. 백업 파일을 직접 고르세요.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The cash tendered, %1, is less than the total of %2.</source>
        <translation>받은 현금(%1)이 합계(%2)보다 적어요.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A business registration number has 10 digits and ends in a check digit, such as 123-45-67891: check it for a typo.</source>
        <translation>사업자등록번호는 123-45-67891처럼 10자리이고 마지막이 검증 숫자예요. 잘못 입력한 곳이 없는지 확인해 주세요.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The VAT rate is a whole percent from 0 to %1.</source>
        <translation>부가세율은 0에서 %1 사이의 정수 퍼센트예요.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The clerk&apos;s discount limit is a whole percent from 0 to 100.</source>
        <translation>직원 할인 한도는 0에서 100 사이의 정수 퍼센트예요.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Please correct the order: the customer&apos;s name, phone or address is too long or has control characters, or a quantity is not from 1 to %1.</source>
        <translation>주문을 고쳐 주세요. 고객 이름, 전화번호, 주소가 너무 길거나 제어 문자가 있거나, 수량이 1-%1 범위를 벗어났어요.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Please check the amount tendered: it was not accepted.</source>
        <translation>받은 금액을 확인해 주세요. 받을 수 없는 금액이에요.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Please shorten the reason for cancelling: it is too long or has control characters.</source>
        <translation>취소 사유를 줄여 주세요. 너무 길거나 제어 문자가 있어요.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Please correct the product: its id, name, price, barcode or low-stock threshold was not accepted.</source>
        <translation>상품을 고쳐 주세요. 상품 번호, 이름, 가격, 바코드, 재고 부족 기준 중 받을 수 없는 값이 있어요.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Please correct the quantity, or shorten the reason.</source>
        <translation>수량을 고치거나 사유를 줄여 주세요.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the name (1 to %1 characters, no control characters) and the PIN (%2 to %3 digits).</source>
        <translation>이름(1-%1자, 제어 문자 없이)과 PIN(%2-%3자리 숫자)을 확인하세요.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Type the PIN again: it has %1 to %2 digits.</source>
        <translation>PIN을 다시 입력하세요. PIN은 %1-%2자리 숫자예요.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Please correct the shop&apos;s settings: its name, address or phone is too long or has control characters.</source>
        <translation>가게 설정을 고쳐 주세요. 이름, 주소, 전화번호가 너무 길거나 제어 문자가 있어요.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Please check the terminal name (1-16 letters, digits, &apos;-&apos; or &apos;_&apos;, starting with a letter), the manager&apos;s name and the PIN (%1 to %2 digits).</source>
        <translation>단말기 이름(영문자로 시작하는 1-16자의 영문자, 숫자, &apos;-&apos;, &apos;_&apos;), 관리자 이름, PIN(%1-%2자리 숫자)을 확인해 주세요.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing to print: choose a slip, and a printer or a file.</source>
        <translation>인쇄할 것이 없어요. 전표와 프린터 또는 파일을 고르세요.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Please check the amounts and counts (whole, not negative) and give a reason for cash moved in or out.</source>
        <translation>금액과 개수(음수가 아닌 정수)를 확인하고, 입금·출금에는 사유를 적으세요.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a backup file.</source>
        <translation>백업 파일을 고르세요.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>That was not accepted: please check what was typed.</source>
        <translation>받을 수 없는 입력이에요. 입력한 내용을 확인해 주세요.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>There is no order %1.</source>
        <translation>%1 주문이 없어요.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no product %1.</source>
        <translation>%1 상품이 없어요.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no user named %1 any more. The list shows the users there are.</source>
        <translation>이름이 %1인 사용자가 더 이상 없어요. 목록에는 지금 있는 사용자만 보여요.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It no longer exists; the lists show what there is now.</source>
        <translation>더 이상 없어요. 지금 있는 것은 목록에서 확인하세요.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not enough stock; the order was not placed. Lower the quantities or remove these lines:
%1</source>
        <translation>재고가 부족해서 주문을 접수하지 못했어요. 다음 항목의 수량을 줄이거나 지우세요:
%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>There is not enough stock for that.</source>
        <translation>재고가 부족해요.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only %1 of %2 on hand: %3 cannot be taken off.</source>
        <translation>%2 재고가 %1개뿐이라 %3개를 뺄 수 없어요.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not enough stock of %1: %2 wanted, only %3 available.</source>
        <translation>%1 재고가 부족해요. 주문 수량 %2, 가용 %3.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 is the shop&apos;s last enabled manager. Make another user a manager first.</source>
        <translation>%1 님은 가게에 남은 마지막 사용 중인 관리자예요. 먼저 다른 사용자를 관리자로 바꾸세요.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You cannot disable yourself while logged in. Another manager can.</source>
        <translation>로그인한 동안에는 자신을 사용 중지할 수 없어요. 다른 관리자는 할 수 있어요.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This terminal was restored from a backup and is getting what it did after it back from the hub. Wait until it is connected and up to date, then try again.</source>
        <translation>이 단말기는 백업에서 복원되어 그 뒤에 한 일을 허브에서 다시 받고 있어요. 연결되어 최신이 될 때까지 기다린 뒤 다시 해 보세요.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The slip of %1 is being printed already.</source>
        <translation>%1의 전표는 이미 인쇄 중이에요.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This shop takes cash only during a shift, and none is open on this terminal. Open a shift with the float in the drawer first.</source>
        <translation>이 가게는 근무 중에만 현금을 받아요. 이 단말기에 열린 근무가 없어요. 먼저 돈통의 시재금으로 근무를 여세요.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Shift %1 is open already: close it before opening another.</source>
        <translation>근무 %1이(가) 이미 열려 있어요. 다른 근무를 열기 전에 먼저 닫으세요.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The drawer should hold %1: a pay-out cannot be more.</source>
        <translation>돈통에는 %1이 있어야 해요. 출금은 그보다 많을 수 없어요.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Order %1 is %2: only a placed order can be paid.</source>
        <translation>주문 %1: %2 상태예요. 접수된 주문만 결제할 수 있어요.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order %1 is %2 and cannot be cancelled.</source>
        <translation>주문 %1: %2 상태라 취소할 수 없어요.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The delivery of order %1 is %2: only a started delivery can be completed.</source>
        <translation>주문 %1의 배송: %2 상태예요. 배송 중인 건만 완료할 수 있어요.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Order %1 is %2 and has no delivery yet: it must be paid first.</source>
        <translation>주문 %1: %2 상태라 아직 배송이 없어요. 먼저 결제해야 해요.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Order %1 is %2, so this is not possible now.</source>
        <translation>주문 %1: %2 상태라 지금은 할 수 없어요.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This change is not possible now. Nothing was changed.</source>
        <translation>지금은 이렇게 바꿀 수 없어요. 아무것도 바뀌지 않았어요.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This shop has users already: log in as one of them.</source>
        <translation>이 가게에는 이미 사용자가 있어요. 그중 한 명으로 로그인하세요.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is not possible in the present state. Nothing was changed.</source>
        <translation>지금 상태에서는 할 수 없어요. 아무것도 바뀌지 않았어요.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The database is busy: another program is writing to it. Try again in a moment.</source>
        <translation>다른 프로그램이 데이터베이스에 쓰고 있어요. 잠시 후 다시 해 보세요.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is not a regular file (a folder, a device, a pipe or a link), so ShopDesk does not write the backup there. Choose another file name.</source>
        <translation>%1은(는) 일반 파일이 아니라서(폴더, 장치, 파이프 또는 링크) 백업을 쓰지 않아요. 다른 파일 이름을 고르세요.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ShopDesk cannot write the backup to %1. Choose another folder or file name.</source>
        <translation>%1에 백업을 쓸 수 없어요. 다른 폴더나 파일 이름을 고르세요.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is not a regular file (it is a device, a pipe or a link), so ShopDesk does not write the slip there. Choose another file name.</source>
        <translation>%1은(는) 일반 파일이 아니에요(장치, 파이프 또는 링크예요). 그래서 ShopDesk는 전표를 그곳에 쓰지 않아요. 다른 파일 이름을 고르세요.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ShopDesk cannot write the slip to %1. Choose another folder or file name.</source>
        <translation>전표를 %1에 저장할 수 없어요. 다른 폴더나 파일 이름을 고르세요.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The printer %1 is not available. Check that it is on and connected.</source>
        <translation>%1 프린터를 쓸 수 없어요. 켜져 있고 연결돼 있는지 확인하세요.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The printer does not take this page size. Choose another slip page.</source>
        <translation>프린터가 이 용지 크기를 받지 않아요. 다른 전표 용지를 고르세요.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The printer %1 does not take this page size. Choose another slip page.</source>
        <translation>%1 프린터는 이 용지 크기를 받지 않아요. 다른 전표 용지를 고르세요.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The printer %1 did not take the job. Check the printer, then try again.</source>
        <translation>%1 프린터가 인쇄 작업을 받지 않았어요. 프린터를 확인한 뒤 다시 해 보세요.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The printer %1: %2</source>
        <translation>프린터 %1: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The disk is full, so the database could not save this. Free some disk space, then try again.</source>
        <translation>디스크가 가득 차서 데이터베이스에 저장하지 못했어요. 디스크 공간을 비운 뒤 다시 해 보세요.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The disk failed to read or write the database. Check the disk, then try again.</source>
        <translation>디스크에서 데이터베이스를 읽거나 쓰지 못했어요. 디스크를 확인한 뒤 다시 해 보세요.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The database file is damaged. Ask for support before working on.</source>
        <translation>데이터베이스 파일이 손상됐어요. 작업을 계속하기 전에 지원을 요청하세요.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database failed (SQLite error %1). Try again; if it keeps failing, ask for support.</source>
        <translation>데이터베이스 오류가 났어요(SQLite 오류 %1). 다시 해 보고, 계속 안 되면 지원을 요청하세요.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The database could not be read.</source>
        <translation>데이터베이스를 읽지 못했어요.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The printer, the file or the database failed.</source>
        <translation>프린터, 파일 또는 데이터베이스에 문제가 생겼어요.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database could not be created or opened. Nothing was saved.</source>
        <translation>데이터베이스를 만들거나 열지 못했어요. 아무것도 저장하지 않았어요.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This could not be saved: the database refused it. Nothing was changed.</source>
        <translation>저장하지 못했어요. 데이터베이스가 거부했어요. 아무것도 바뀌지 않았어요.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 is locked after too many wrong PINs, until %2 (%3 more seconds). A manager can unlock the user (File, Users).</source>
        <translation>PIN을 여러 번 틀려서 %1 님은 %2까지 잠겼어요(%3초 남음). 관리자가 잠금을 풀 수 있어요(파일, 사용자).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is disabled. A manager can enable the user again (File, Users).</source>
        <translation>%1 님은 사용 중지됐어요. 관리자가 사용을 재개할 수 있어요(파일, 사용자).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 has been disabled meanwhile. Log in as an enabled manager.</source>
        <translation>그사이 %1 님이 사용 중지됐어요. 사용 중인 관리자로 로그인하세요.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 has been disabled meanwhile. Log in as another user: Switch user (Ctrl+Shift+L).</source>
        <translation>그사이 %1 님이 사용 중지됐어요. 사용자 전환(Ctrl+Shift+L)으로 다른 사용자로 로그인하세요.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Wrong PIN for %1. Type the PIN again.</source>
        <translation>%1 님의 PIN이 틀렸어요. PIN을 다시 입력하세요.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Log in as a manager to manage users.</source>
        <translation>사용자를 관리하려면 관리자로 로그인하세요.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Please log in first: Switch user (Ctrl+Shift+L).</source>
        <translation>먼저 사용자 전환(Ctrl+Shift+L)으로 로그인하세요.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Shift %1 was opened by %2: a clerk closes only a shift they opened. %2 or a manager can close it.</source>
        <translation>근무 %1은(는) %2 님이 열었어요. 점원은 자기가 연 근무만 닫을 수 있어요. %2 님이나 관리자가 닫으세요.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only a manager manages users. Switch user to log in as a manager.</source>
        <translation>사용자 관리는 관리자만 할 수 있어요. 사용자 전환으로 관리자로 로그인하세요.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only a manager may do this. Ask a manager to log in: Switch user (Ctrl+Shift+L).</source>
        <translation>관리자만 할 수 있어요. 관리자에게 사용자 전환(Ctrl+Shift+L)으로 로그인해 달라고 하세요.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 %2: %3 wanted, %4 available (%5 short)</source>
        <translation>%1 %2: 주문 수량 %3, 가용 %4 (%5 부족)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>A business registration number is for expense proof, not income deduction: choose expense proof.</source>
        <translation>사업자등록번호는 소득공제가 아니라 지출증빙용이에요. 지출증빙을 선택하세요.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This is not a business registration number: its check digit does not match. Check it for a typo.</source>
        <translation>사업자등록번호가 아니에요. 검증 숫자가 맞지 않아요. 잘못 입력한 곳이 없는지 확인하세요.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type a phone number (10 or 11 digits from 01), a business registration number (10 digits) or a cash receipt card number (13 to 19 digits); leave it empty for the tax office&apos;s self-issue number.</source>
        <translation>휴대폰 번호(01로 시작하는 10~11자리), 사업자등록번호(10자리) 또는 현금영수증 카드 번호(13~19자리)를 입력하세요. 비워 두면 국세청 자진발급 번호로 발급해요.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Order %1 was placed at terminal %2: pay, cancel or complete it there.</source>
        <translation>주문 %1은 %2 단말기에서 받은 주문이에요. 결제, 취소, 배송 완료는 그 단말기에서 해 주세요.</translation>
    </message>
</context>
<context>
    <name>ShopDesk::FirstRunDialog</name>
    <message>
        <location filename="../ui/firstrundialog.cpp" line="+43"/>
        <source>Welcome to ShopDesk</source>
        <translation>ShopDesk에 오신 것을 환영해요</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name this terminal and create the shop&apos;s first manager. The manager can then add clerks and other managers.</source>
        <translation>이 단말기의 이름을 정하고 가게의 첫 관리자를 만드세요. 관리자는 나중에 점원과 다른 관리자를 추가할 수 있어요.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Terminal name</source>
        <translation>단말기 이름</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1-16 letters, digits, &apos;-&apos; or &apos;_&apos;, starting with a letter; order numbers begin with it (T1-000001).</source>
        <translation>영문자로 시작하는 1-16자의 영문자, 숫자, &apos;-&apos;, &apos;_&apos;. 주문 번호가 이 이름으로 시작해요(T1-000001).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Manager name</source>
        <translation>관리자 이름</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PIN again</source>
        <translation>PIN 확인</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Create manager</source>
        <translation>관리자 만들기</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Terminal:</source>
        <translation>단말기(&amp;T):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Manager name:</source>
        <translation>관리자 이름(&amp;M):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;PIN (%1-%2 digits):</source>
        <translation>PIN(%1-%2자리)(&amp;P):</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The PIN needs %1 to %2 digits.</source>
        <translation>PIN은 %1-%2자리 숫자여야 해요.</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>PIN &amp;again:</source>
        <translation>PIN 확인(&amp;A):</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Type a name for this terminal, for example T1.</source>
        <translation>이 단말기의 이름을 입력하세요. 예: T1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The terminal name &apos;%1&apos; is not valid: use 1-16 letters, digits, &apos;-&apos; or &apos;_&apos;, starting with a letter (for example T1).</source>
        <translation>단말기 이름 &apos;%1&apos;은(는) 쓸 수 없어요. 영문자로 시작하는 1-16자의 영문자, 숫자, &apos;-&apos;, &apos;_&apos;를 쓰세요(예: T1).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Type the manager&apos;s name.</source>
        <translation>관리자 이름을 입력하세요.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The two PINs differ. Type the PIN again.</source>
        <translation>두 PIN이 달라요. PIN을 다시 입력하세요.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot create the manager: %1</source>
        <translation>관리자를 만들 수 없어요: %1</translation>
    </message>
</context>
<context>
    <name>ShopDesk::InventoryTab</name>
    <message>
        <location filename="../ui/inventorytab.cpp" line="+67"/>
        <source>Search products</source>
        <translation>상품 검색</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Product id, name or part of a barcode (Ctrl+F)</source>
        <translation>상품 코드, 이름 또는 바코드 일부 (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;New product</source>
        <translation>새 상품(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Register a new product</source>
        <translation>새 상품 등록</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit product</source>
        <translation>상품 수정(&amp;E)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change the selected product&apos;s name, price, barcode or low-stock threshold</source>
        <translation>선택한 상품의 이름, 가격, 바코드, 재고 부족 기준 변경</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Receive</source>
        <translation>입고(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receive stock of the selected product</source>
        <translation>선택한 상품 입고</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Loss</source>
        <translation>손실(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write off broken, spoiled or lost stock</source>
        <translation>파손, 변질, 분실된 재고를 손실 처리</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stock-&amp;take</source>
        <translation>재고 실사(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record what a stock-take counted</source>
        <translation>재고 실사에서 센 수량 기록</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I&amp;mport…</source>
        <translation>가져오기(&amp;M)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Register and update products from a spreadsheet&apos;s CSV file</source>
        <translation>스프레드시트의 CSV 파일로 상품을 등록하고 고쳐요</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xport…</source>
        <translation>내보내기(&amp;X)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save every product with its stock as CSV for a spreadsheet</source>
        <translation>모든 상품과 재고를 스프레드시트용 CSV로 저장해요</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Stock</source>
        <translation>재고</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Enter or Ctrl+E edit, Ctrl+R receive, Ctrl+L loss, Ctrl+T stock-take, Ctrl+N new</source>
        <translation>Enter 또는 Ctrl+E 수정, Ctrl+R 입고, Ctrl+L 손실, Ctrl+T 재고 실사, Ctrl+N 새 상품</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Stock history</source>
        <translation>재고 이력</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Message</source>
        <translation>메시지</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Only a manager may register products or change stock</source>
        <translation>상품 등록과 재고 변경은 관리자만 할 수 있어요</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Nothing matches &quot;%1&quot; — search by product id, name or part of a barcode.</source>
        <translation>&quot;%1&quot;에 맞는 상품이 없어요. 상품 코드, 이름 또는 바코드 일부로 검색하세요.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No products yet — register one with New product (%1).</source>
        <translation>아직 상품이 없어요. 새 상품(%1)으로 등록하세요.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No products yet — a manager registers them.</source>
        <translation>아직 상품이 없어요. 상품은 관리자가 등록해요.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Only a manager may import products.</source>
        <translation>상품 가져오기는 관리자만 할 수 있어요.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import products</source>
        <translation>상품 가져오기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spreadsheet text (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>스프레드시트 텍스트 (*.csv *.tsv *.txt);;모든 파일 (*)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 does not exist.</source>
        <translation>%1이(가) 없어요.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not a regular file. Choose the CSV file itself.</source>
        <translation>%1은(는) 일반 파일이 아니에요. CSV 파일을 고르세요.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is too big to import (more than %2 MB).</source>
        <translation>%1은(는) 가져오기에 너무 커요 (%2MB 초과).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 cannot be read: %2</source>
        <translation>%1을(를) 읽을 수 없어요: %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Export products</source>
        <translation>상품 내보내기</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 파일 (*.csv)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Exported %1 products to %2.</source>
        <translation>상품 %1개를 %2에 내보냈어요.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Stock history: select a product</source>
        <translation>재고 이력(&amp;S): 상품을 선택하세요</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Stock history of %1 %2</source>
        <translation>재고 이력(&amp;S): %1 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Stock history of %1 %2 (barcode %3)</source>
        <translation>재고 이력(&amp;S): %1 %2 (바코드 %3)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Only a manager may register products.</source>
        <translation>상품 등록은 관리자만 할 수 있어요.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Only a manager may edit products.</source>
        <translation>상품 수정은 관리자만 할 수 있어요.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Only a manager may change stock.</source>
        <translation>재고 변경은 관리자만 할 수 있어요.</translation>
    </message>
</context>
<context>
    <name>ShopDesk::InventoryText</name>
    <message>
        <location filename="../ui/inventorytext.cpp" line="+11"/>
        <source>Reserved by order</source>
        <translation>주문 예약</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Released (order cancelled)</source>
        <translation>예약 해제 (주문 취소)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sent (delivery started)</source>
        <translation>출고 (배송 시작)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Returned (delivery cancelled)</source>
        <translation>재입고 (배송 취소)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Received</source>
        <translation>입고</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loss</source>
        <translation>손실</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stock-take</source>
        <translation>재고 실사</translation>
    </message>
</context>
<context>
    <name>ShopDesk::ListWidgets</name>
    <message>
        <location filename="../ui/listwidgets.cpp" line="+89"/>
        <source>All statuses</source>
        <translation>모든 상태</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Problem</source>
        <translation>문제</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>&amp;Status:</source>
        <translation>상태(&amp;S):</translation>
    </message>
</context>
<context>
    <name>ShopDesk::LoginDialog</name>
    <message>
        <location filename="../ui/logindialog.cpp" line="+23"/>
        <source>manager</source>
        <translation>관리자</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>clerk</source>
        <translation>점원</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Log in to ShopDesk</source>
        <translation>ShopDesk 로그인</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>User</source>
        <translation>사용자</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Log in</source>
        <translation>로그인</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;User:</source>
        <translation>사용자(&amp;U):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;PIN:</source>
        <translation>PIN(&amp;P):</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>This shop has no users yet.</source>
        <translation>이 가게에는 아직 사용자가 없어요.</translation>
    </message>
</context>
<context>
    <name>ShopDesk::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="+45"/>
        <location line="+243"/>
        <source>ShopDesk</source>
        <translation>ShopDesk</translation>
    </message>
    <message>
        <location line="-240"/>
        <source>Sections</source>
        <translation>탭</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Orders</source>
        <translation>주문</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inventory</source>
        <translation>재고</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deliveries</source>
        <translation>배송</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reports</source>
        <translation>보고서</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Database file</source>
        <translation>데이터베이스 파일</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>User</source>
        <translation>사용자</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Number of events</source>
        <translation>이벤트 수</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sync with the hub</source>
        <translation>허브 동기화</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Shift</source>
        <translation>근무</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Database: %1</source>
        <translation>데이터베이스: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Restored</source>
        <translation>복원했어요</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>The hub refused this terminal: %1</source>
        <translation>허브가 이 단말기를 거부했어요: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Working alone</source>
        <translation>단독 모드</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No hub is set (Settings, Ctrl+,).</source>
        <translation>허브가 설정되지 않았어요(설정, Ctrl+,).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Online</source>
        <translation>온라인</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Catching up %1%</source>
        <translation>동기화 중 %1%</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Catching up</source>
        <translation>동기화 중</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connecting</source>
        <translation>연결 중</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Offline</source>
        <translation>오프라인</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1, all sent</source>
        <translation>%1, 모두 전송됨</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, %2 unsent</source>
        <translation>%1, 미전송 %2건</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> (oldest %1 h)</source>
        <translation> (가장 오래된 건 %1시간 전)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (oldest %1 min)</source>
        <translation> (가장 오래된 건 %1분 전)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (oldest %1 s)</source>
        <translation> (가장 오래된 건 %1초 전)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>, %1 not applied</source>
        <translation>, 적용 못 한 이벤트 %1건</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 events of other terminals could not be applied here and are kept aside. Run verify (shopdesk-cli verify) to see them and why, and ask for help.</source>
        <translation>다른 단말기의 이벤트 %1건을 이 단말기에 적용하지 못해 따로 보관했어요. 검사(shopdesk-cli verify)로 내용과 이유를 확인하고 도움을 요청하세요.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Switch user...</source>
        <translation>사용자 전환(&amp;S)...</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Users...</source>
        <translation>사용자(&amp;U)...</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Customers...</source>
        <translation>고객(&amp;C)...</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>S&amp;ettings...</source>
        <translation>설정(&amp;E)...</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open cash &amp;drawer...</source>
        <translation>금전함 열기(&amp;D)...</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Back up now...</source>
        <translation>지금 백업(&amp;B)...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Restore from backup...</source>
        <translation>백업에서 복원(&amp;R)...</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Quit</source>
        <translation>종료(&amp;Q)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Work shift</source>
        <translation>근무(&amp;W)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open shift...</source>
        <translation>근무 시작(&amp;O)...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pay &amp;in...</source>
        <translation>입금(&amp;I)...</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pay o&amp;ut...</source>
        <translation>출금(&amp;U)...</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Shift &amp;report (X)...</source>
        <translation>중간 정산(X)(&amp;R)...</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Close shift and count...</source>
        <translation>마감 정산(&amp;C)...</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Orders</source>
        <translation>주문(&amp;O)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Inventory</source>
        <translation>재고(&amp;I)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Deliveries</source>
        <translation>배송(&amp;D)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Reports</source>
        <translation>보고서(&amp;R)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About ShopDesk</source>
        <translation>ShopDesk 정보(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About ShopDesk</source>
        <translation>ShopDesk 정보</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ShopDesk %1: the point of sale that never loses a sale.</source>
        <translation>ShopDesk %1: 판매를 하나도 놓치지 않는 POS</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 - ShopDesk</source>
        <translation>%1 - ShopDesk</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Open the cash drawer</source>
        <translation>금전함 열기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why is the drawer opened (optional for a manager)?</source>
        <translation>금전함을 여는 이유는? (관리자는 생략 가능)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why is the drawer opened? A clerk gives a reason.</source>
        <translation>금전함을 여는 이유는? 직원은 이유를 적어야 해요.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Shift %1 since %2 (%3)</source>
        <translation>근무 %1, %2부터 (%3)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No shift open</source>
        <translation>열린 근무 없음</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Shift %1 is open with a float of %2.</source>
        <translation>근무 %1을(를) 시재금 %2으로 시작했어요.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Recorded. The drawer should hold %1.</source>
        <translation>기록했어요. 돈통에는 %1이 있어야 해요.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Switch user</source>
        <translation>사용자 전환</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Add users, change roles, reset PINs, disable users.</source>
        <translation>사용자 추가, 역할 변경, PIN 재설정, 사용 중지</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only a manager manages users. Switch user (Ctrl+Shift+L) to log in as one.</source>
        <translation>사용자 관리는 관리자만 할 수 있어요. 사용자 전환(Ctrl+Shift+L)으로 관리자로 로그인하세요.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The new language applies at the next start.</source>
        <translation>새 언어는 다음 실행 때 적용돼요.</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>User: %1 (%2)</source>
        <translation>사용자: %1 (%2)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>manager</source>
        <translation>관리자</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>clerk</source>
        <translation>점원</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>User: %1</source>
        <translation>사용자: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(none)</source>
        <translation>(없음)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Events: %1</source>
        <translation>이벤트: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Events: unknown</source>
        <translation>이벤트: 알 수 없음</translation>
    </message>
</context>
<context>
    <name>ShopDesk::NewOrderPanel</name>
    <message>
        <location filename="../ui/neworderpanel.cpp" line="+93"/>
        <source>Customer name</source>
        <translation>고객 이름</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>전화</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivery address</source>
        <translation>배송 주소</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The customer&apos;s name, up to %1 characters</source>
        <translation>고객 이름, 최대 %1자</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Up to %1 characters</source>
        <translation>최대 %1자</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where the order is delivered, up to %1 characters</source>
        <translation>주문을 배송할 곳, 최대 %1자</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Product</source>
        <translation>상품</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scan a barcode, or type a product id or name</source>
        <translation>바코드를 스캔하거나 상품 코드 또는 이름을 입력하세요</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Matching products</source>
        <translation>일치하는 상품</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Quantity</source>
        <translation>수량</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>F2: here. Enter adds the product; a scanned barcode is added at once. Up/Down choose among the suggestions; Tab goes to the quantity, or type the quantity after a star: 감귤*5.</source>
        <translation>F2: 여기로 이동. Enter로 상품을 추가하고, 스캔한 바코드는 바로 추가돼요. Up/Down으로 추천 항목을 골라요. Tab을 누르면 수량으로 가고, 별표 뒤에 수량을 바로 입력할 수도 있어요: 감귤*5.</translation>
    </message>
    <message>
        <location line="-86"/>
        <source>Manager approval</source>
        <translation>관리자 승인</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Manager</source>
        <translation>관리자</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Manager:</source>
        <translation>관리자(&amp;M):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;PIN:</source>
        <translation>PIN(&amp;P):</translation>
    </message>
    <message>
        <location line="+115"/>
        <source>Quantity of the next product added, 1 to %1; back to 1 after each line</source>
        <translation>다음에 추가할 상품의 수량(1-%1). 항목을 추가하면 다시 1이 돼요</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Add</source>
        <translation>추가(&amp;A)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add the product</source>
        <translation>상품 추가</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Order lines</source>
        <translation>주문 항목</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Remove line</source>
        <translation>항목 삭제</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Discount on the order</source>
        <translation>주문 할인</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>500 or 10%</source>
        <translation>500 또는 10%</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A discount on the whole order: an amount (500) or a percentage (10%). Above the clerk&apos;s limit a manager approves it.</source>
        <translation>주문 전체 할인: 금액(500) 또는 비율(10%). 직원 한도를 넘으면 관리자가 승인해요.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Discount reason</source>
        <translation>할인 사유</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why the discount is given</source>
        <translation>할인하는 이유</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Gross, discount and VAT</source>
        <translation>총액, 할인, 부가세</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+429"/>
        <source>Total</source>
        <translation>합계</translation>
    </message>
    <message>
        <location line="-425"/>
        <source>Order total</source>
        <translation>주문 합계</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Place order</source>
        <translation>주문 접수(&amp;P)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Place order</source>
        <translation>주문 접수</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place the order (Ctrl+Return)</source>
        <translation>주문 접수 (Ctrl+Return)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Order message</source>
        <translation>주문 메시지</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A line holds 1 to %1 units; &quot;%2&quot; was not taken.</source>
        <translation>한 항목의 수량은 1-%1개예요. &quot;%2&quot;은(는) 반영하지 않았어요.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 %2: no discount</source>
        <translation>%1 %2: 할인 없음</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 %2: discount %3</source>
        <translation>%1 %2: 할인 %3</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A line&apos;s discount is an amount (500) or a whole percentage up to 100 (10%); &quot;%1&quot; was not taken.</source>
        <translation>줄 할인은 금액(500)이나 100 이하의 정수 퍼센트(10%)예요. &quot;%1&quot;은(는) 받지 않았어요.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A discount of %1 is more than %2 %3 comes to (%4); it was not taken.</source>
        <translation>할인 %1이(가) %2 %3의 금액(%4)보다 커서 받지 않았어요.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 units of %2 would come to less than the line&apos;s discount of %3; lower the discount first.</source>
        <translation>%2 %1개는 줄 할인 %3보다 적어져요. 먼저 할인을 줄이세요.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>C&amp;ustomer:</source>
        <translation>고객(&amp;U):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pho&amp;ne:</source>
        <translation>전화(&amp;N):</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Dis&amp;count:</source>
        <translation>할인(&amp;C):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reas&amp;on:</source>
        <translation>사유(&amp;O):</translation>
    </message>
    <message>
        <location line="+206"/>
        <source>Add a product first; then F6 gives its line a discount.</source>
        <translation>먼저 상품을 추가하세요. 그다음 F6으로 그 줄에 할인을 줄 수 있어요.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Discount on %1 %2: an amount (500) or a percentage (10%), then Enter; empty for none.</source>
        <translation>%1 %2 할인: 금액(500)이나 퍼센트(10%)를 입력하고 Enter. 비우면 할인 없음.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The discounts, %1, are more than the %2% of %3 a clerk may give. A manager approves them with their PIN.</source>
        <translation>할인 %1은(는) 직원이 줄 수 있는 %3의 %2%를 넘어요. 관리자가 PIN으로 승인해야 해요.</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Discount: 500 or 10%,
at most the order</source>
        <translation>할인: 500 또는 10%,
주문 금액 이하</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Gross %1</source>
        <translation>총액 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discount -%1</source>
        <translation>할인 -%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>VAT %1</source>
        <translation>부가세 %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Change</source>
        <translation>거스름돈</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1  %2 (%3)</source>
        <translation>%1  %2 (%3)</translation>
    </message>
    <message numerus="yes">
        <location line="+38"/>
        <source>Customer %1: %n order(s)</source>
        <translation>
            <numerusform>고객 %1: 주문 %n건</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>— %n addresses: choose one in the address field.</source>
        <translation>
            <numerusform>— 주소 %n곳: 주소 칸에서 고르세요.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-500"/>
        <source>A&amp;ddress:</source>
        <translation>주소(&amp;D):</translation>
    </message>
    <message>
        <location line="-117"/>
        <source>Delete removes the selected line; typing a number changes its quantity; F6 gives the line a discount (500 or 10%)</source>
        <translation>Delete는 선택한 줄을 지우고, 숫자를 입력하면 수량이 바뀌고, F6은 그 줄에 할인을 줘요 (500 또는 10%)</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>P&amp;roduct:</source>
        <translation>상품(&amp;R):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Qty:</source>
        <translation>수량(&amp;Q):</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Scan a barcode or type a product id or name first.</source>
        <translation>먼저 바코드를 스캔하거나 상품 코드 또는 이름을 입력하세요.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Type the quantity after the star as a whole number from 1 to %1, for example %2*5.</source>
        <translation>별표 뒤의 수량은 1-%1 사이의 정수로 입력하세요. 예: %2*5</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>No product has the id, barcode or name &quot;%1&quot;.</source>
        <translation>코드, 바코드, 이름이 &quot;%1&quot;인 상품이 없어요.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Several products match &quot;%1&quot;: choose one from the list (Up/Down, Enter).</source>
        <translation>&quot;%1&quot;에 맞는 상품이 여러 개예요. 목록에서 하나를 고르세요(Up/Down, Enter).</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Only %1 of %2 %3 available, %4 on the line: lower the quantity, or the order will be refused.</source>
        <translation>%2 %3의 가용 재고는 %1인데 항목 수량은 %4예요. 수량을 줄이지 않으면 주문이 거부돼요.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 %2 × %3 = %4</source>
        <translation>%1 %2 × %3 = %4</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>Enter the customer&apos;s name (Alt+U).</source>
        <translation>고객 이름을 입력하세요(Alt+U).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add at least one product: scan it or type its id or name (F2).</source>
        <translation>상품을 하나 이상 추가하세요. 스캔하거나 코드 또는 이름을 입력하세요(F2).</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Order %1 placed for %2: %3</source>
        <translation>주문 %1 접수 완료(%2 님): %3</translation>
    </message>
</context>
<context>
    <name>ShopDesk::OrderDetailsView</name>
    <message>
        <location filename="../ui/orderdetailsview.cpp" line="+38"/>
        <source>Order details</source>
        <translation>주문 상세</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order</source>
        <translation>주문</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Customer</source>
        <translation>고객</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lines of the order</source>
        <translation>주문 항목</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Product</source>
        <translation>상품</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Qty</source>
        <translation>수량</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Price</source>
        <translation>가격</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Line total</source>
        <translation>금액</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Money</source>
        <translation>금액</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payment</source>
        <translation>결제</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Returns</source>
        <translation>반품</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;turn items…</source>
        <translation>반품(&amp;T)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Return items of the order</source>
        <translation>주문 상품 반품</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return some units of the order&apos;s lines, with the refund shown before confirming</source>
        <translation>주문 상품 일부를 반품해요. 확정하기 전에 환불 금액을 보여 줘요</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Result of the last return</source>
        <translation>마지막 반품 결과</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delivery</source>
        <translation>배송</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>메모</translation>
    </message>
    <message>
        <location line="+37"/>
        <location line="+65"/>
        <source>No order selected</source>
        <translation>선택한 주문 없음</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Order %1 · %2 · terminal %3 · placed %4</source>
        <translation>주문 %1 · %2 · 단말기 %3 · 접수 %4</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 — deliver to %2</source>
        <translation>%1 — 배송지: %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 ordered, %2 returned</source>
        <translation>주문 %1, 반품 %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 less %2 discount</source>
        <translation>%1에서 할인 %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Gross %1</source>
        <translation>총액 %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>discount -%1 (%2%)</source>
        <translation>할인 -%1 (%2%)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>discount -%1</source>
        <translation>할인 -%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Total %1 · supply %2 · VAT %3 (%4%)</source>
        <translation>합계 %1 · 공급가액 %2 · 부가세 %3 (%4%)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> · exempt %1</source>
        <translation> · 면세 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Discount reason: %1</source>
        <translation>할인 사유: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not paid: %1 to pay</source>
        <translation>미결제: 결제할 금액 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paid: %1</source>
        <translation>결제: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 left to pay</source>
        <translation>남은 금액 %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Return %1: %2, refund %3</source>
        <translation>반품 %1: %2, 환불 %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Delivery %1: %2, started %3</source>
        <translation>배송 %1: %2, 시작 %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No delivery yet (it starts when the order is paid)</source>
        <translation>아직 배송 없음 (결제하면 시작돼요)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cancelled (no reason given)</source>
        <translation>취소됨 (사유 없음)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled: %1</source>
        <translation>취소됨: %1</translation>
    </message>
</context>
<context>
    <name>ShopDesk::OrderLinesModel</name>
    <message>
        <location filename="../ui/orderlinesmodel.cpp" line="+59"/>
        <source>%1 short</source>
        <translation>%1 부족</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>only %1 available</source>
        <translation>가용 %1뿐</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 available</source>
        <translation>가용 %1</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>%1 more than the stock can serve: lower the quantity or remove the line</source>
        <translation>재고보다 %1 많아요. 수량을 줄이거나 항목을 지우세요</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only %1 in stock: the order will be refused unless the quantity is lowered</source>
        <translation>재고가 %1뿐이에요. 수량을 줄이지 않으면 주문이 거부돼요</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type a number from 1 to %1, or double-click, to change the quantity</source>
        <translation>1-%1 사이의 숫자를 입력하거나 두 번 클릭해 수량을 바꾸세요</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>F6, or type here: a discount on this line, an amount (500) or a percentage (10%); empty for none</source>
        <translation>F6을 누르거나 여기에 입력: 이 줄의 할인, 금액(500)이나 퍼센트(10%). 비우면 할인 없음</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Product</source>
        <translation>상품</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Qty</source>
        <translation>수량</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Price</source>
        <translation>가격</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Line total</source>
        <translation>금액</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discount</source>
        <translation>할인</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stock</source>
        <translation>재고</translation>
    </message>
</context>
<context>
    <name>ShopDesk::OrderTableModel</name>
    <message>
        <location filename="../ui/ordertablemodel.cpp" line="+92"/>
        <source>Deliver to: %1</source>
        <translation>배송지: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n order line(s)</source>
        <translation>
            <numerusform>주문 항목 %n개</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delivery %1, started %2</source>
        <translation>배송 %1, 시작 %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Order</source>
        <translation>주문</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer</source>
        <translation>고객</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phone</source>
        <translation>전화</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Total</source>
        <translation>합계</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Items</source>
        <translation>품목</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Placed at</source>
        <translation>접수 시각</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payment</source>
        <translation>결제</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delivery</source>
        <translation>배송</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Terminal</source>
        <translation>단말기</translation>
    </message>
</context>
<context>
    <name>ShopDesk::OrdersTab</name>
    <message>
        <location filename="../ui/orderstab.cpp" line="+77"/>
        <source>Order status filter</source>
        <translation>주문 상태 필터</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Search orders</source>
        <translation>주문 검색</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order id or customer (F3)</source>
        <translation>주문 번호 또는 고객 (F3)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>F4: here. F9 pays the selected order, Ctrl+Shift+X cancels it</source>
        <translation>F4: 여기로 이동. F9 선택한 주문 결제, Ctrl+Shift+X 주문 취소</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Pa&amp;y (F9)</source>
        <translation>결제(&amp;Y) (F9)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pay the selected order</source>
        <translation>선택한 주문 결제</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Print…</source>
        <translation>인쇄…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print the receipt</source>
        <translation>영수증 인쇄</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the chosen receipt (Ctrl+P)</source>
        <translation>고른 영수증 인쇄 (Ctrl+P)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PDF…</source>
        <translation>PDF…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the receipt as a PDF file</source>
        <translation>영수증을 PDF 파일로 저장</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the chosen receipt as a PDF file (Ctrl+E)</source>
        <translation>고른 영수증을 PDF 파일로 저장 (Ctrl+E)</translation>
    </message>
    <message>
        <location line="+220"/>
        <source>Pay the selected order by cash or card (F9)</source>
        <translation>선택한 주문을 현금 또는 카드로 결제 (F9)</translation>
    </message>
    <message>
        <location line="-245"/>
        <source>Cancel order (Ctrl+Shift+X)</source>
        <translation>주문 취소 (Ctrl+Shift+X)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel the selected order</source>
        <translation>선택한 주문 취소</translation>
    </message>
    <message>
        <location line="+244"/>
        <source>Cancel the selected order, with a reason (Ctrl+Shift+X)</source>
        <translation>선택한 주문을 사유와 함께 취소 (Ctrl+Shift+X)</translation>
    </message>
    <message>
        <location line="-174"/>
        <source>Result of the last payment or cancellation</source>
        <translation>마지막 결제 또는 취소 결과</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>Which receipt</source>
        <translation>어떤 영수증</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Result of the last receipt print</source>
        <translation>마지막 영수증 인쇄 결과</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send the receipts the printer did not take to it again</source>
        <translation>프린터가 받지 못한 영수증을 다시 보내요</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Printed the receipt of %1 to %2.</source>
        <translation>%1 영수증을 %2(으)로 인쇄했어요.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It replaced the existing file %1.</source>
        <translation>기존 파일 %1을(를) 바꿨어요.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The receipt of %1 was not printed to %2.
%3</source>
        <translation>%1 영수증을 %2(으)로 인쇄하지 못했어요.
%3</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Rece&amp;ipt:</source>
        <translation>영수증(&amp;I):</translation>
    </message>
    <message>
        <location line="+150"/>
        <source>Sale</source>
        <translation>판매</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refund %1</source>
        <translation>환불 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The refund receipt of return %1: %2 refunded</source>
        <translation>반품 %1의 환불 영수증: %2 환불</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+24"/>
        <source>Order %1 has no payment yet, so no receipt.</source>
        <translation>주문 %1은(는) 아직 결제가 없어서 영수증이 없어요.</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Select an order first.</source>
        <translation>먼저 주문을 선택하세요.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sale&apos;s receipt, or the refund receipt of a return</source>
        <translation>판매 영수증 또는 반품의 환불 영수증</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Select an order first (F4, then Up/Down).</source>
        <translation>먼저 주문을 선택하세요 (F4, 그다음 위/아래).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No printer is installed on this computer, so the receipt of %1 was not printed. Write it as a PDF file instead (Ctrl+E).</source>
        <translation>이 컴퓨터에 프린터가 없어서 %1 영수증을 인쇄하지 않았어요. 대신 PDF 파일로 저장하세요 (Ctrl+E).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Print the receipt of %1</source>
        <translation>%1 영수증 인쇄</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Select a paid order first (F4, then Up/Down).</source>
        <translation>먼저 결제된 주문을 선택하세요 (F4, 그다음 위/아래).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Write the receipt of %1 as PDF</source>
        <translation>%1 영수증을 PDF로 저장</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The receipt was not written: %1</source>
        <translation>영수증을 저장하지 못했어요: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Writing the receipt of %1 to %2…</source>
        <translation>%1 영수증을 %2에 저장하는 중…</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+5"/>
        <location line="+69"/>
        <source>The receipt of %1 was not printed: %2</source>
        <translation>%1 영수증을 인쇄하지 못했어요: %2</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>Printing the receipt of %1…</source>
        <translation>%1 영수증을 인쇄하는 중…</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Automatic receipts are on, but this computer has no printer: the receipt of %1 was not printed. Write it as a PDF file (Ctrl+E).</source>
        <translation>영수증 자동 인쇄가 켜져 있지만 이 컴퓨터에 프린터가 없어요. %1 영수증을 인쇄하지 않았어요. PDF 파일로 저장하세요 (Ctrl+E).</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Printing the receipt of %1 on %2…</source>
        <translation>%1 영수증을 %2에서 인쇄하는 중…</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+15"/>
        <source>The cash drawer did not open: %1</source>
        <translation>금전함이 열리지 않았어요: %1</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>No receipt printer is set up, so there is no cash drawer to open: set one in Settings.</source>
        <translation>영수증 프린터가 설정되지 않아 열 금전함이 없어요. 설정에서 지정하세요.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Opening the cash drawer…</source>
        <translation>금전함을 여는 중…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No receipt printer is set up: set one in Settings, then print again.</source>
        <translation>영수증 프린터가 설정되지 않았어요. 설정에서 지정한 뒤 다시 인쇄하세요.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Printing %n receipt(s) again…</source>
        <translation>
            <numerusform>영수증 %n장을 다시 인쇄하는 중…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Print again (%1)</source>
        <translation>다시 인쇄 (%1)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Nothing matches &quot;%1&quot; — search by order id or customer.</source>
        <translation>&quot;%1&quot;에 맞는 주문이 없어요. 주문 번호나 고객 이름으로 검색하세요.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing matches &quot;%1&quot; among the orders that are %2.</source>
        <translation>%2 상태인 주문에는 &quot;%1&quot;에 맞는 건이 없어요.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No order is %1; choose All statuses to see the others.</source>
        <translation>%1 상태인 주문이 없어요. 다른 주문을 보려면 모든 상태를 고르세요.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No orders yet — scan or type a product above (F2) to take the first one.</source>
        <translation>아직 주문이 없어요. 위에서 상품을 스캔하거나 입력해(F2) 첫 주문을 받으세요.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Select an order to pay first (F4, then Up/Down).</source>
        <translation>먼저 결제할 주문을 선택하세요(F4, 그다음 Up/Down).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Order %1 is %2: only a placed order can be paid.</source>
        <translation>주문 %1: %2 상태예요. 접수된 주문만 결제할 수 있어요.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Order %1 is paid and the payment is recorded, but starting its delivery and decreasing the stock are pending: %2 ShopDesk retries them at its next start.</source>
        <translation>주문 %1은(는) 결제되어 결제가 기록됐지만, 배송 시작과 재고 차감이 아직 대기 중이에요: %2 ShopDesk를 다음에 시작할 때 다시 시도해요.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Order %1: %2 %3 taken, %4 left to pay.</source>
        <translation>주문 %1: %2 %3 받았어요. 남은 금액 %4.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Order %1 paid in %2 parts. Delivery started.</source>
        <translation>주문 %1을(를) %2번에 나눠 결제했어요. 배송을 시작했어요.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Order %1 paid in cash: %2 tendered, change %3. Delivery started.</source>
        <translation>주문 %1 현금 결제: 받은 금액 %2, 거스름돈 %3. 배송을 시작했어요.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Order %1 paid by card (approval %2). Delivery started.</source>
        <translation>주문 %1 카드 결제(승인 번호 %2). 배송을 시작했어요.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Select an order to cancel first (F4, then Up/Down).</source>
        <translation>먼저 취소할 주문을 선택하세요(F4, 그다음 Up/Down).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Order %1 is %2 and cannot be cancelled.</source>
        <translation>주문 %1: %2 상태라 취소할 수 없어요.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Order %1 is cancelled, but cancelling its delivery, the refund or returning the stock is pending: %2 ShopDesk retries it at its next start.</source>
        <translation>주문 %1은(는) 취소됐지만, 배송 취소, 환불 또는 재고 복구가 아직 대기 중이에요: %2 ShopDesk를 다음에 시작할 때 다시 시도해요.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Order %1 cancelled; %2 refunded.</source>
        <translation>주문 %1 취소를 완료했어요. 환불 금액: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order %1 cancelled.</source>
        <translation>주문 %1 취소를 완료했어요.</translation>
    </message>
    <message>
        <location line="-736"/>
        <source>Orders</source>
        <translation>주문</translation>
    </message>
</context>
<context>
    <name>ShopDesk::PayDialog</name>
    <message>
        <location filename="../ui/paydialog.cpp" line="+100"/>
        <source>Pay order %1</source>
        <translation>주문 %1 결제</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Cash</source>
        <translation>현금(&amp;C)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;ard</source>
        <translation>카드(&amp;A)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cash tendered</source>
        <translation>받은 금액</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Change</source>
        <translation>거스름돈</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>Method:</source>
        <translation>결제 수단:</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>&amp;Tendered:</source>
        <translation>받은 금액(&amp;T):</translation>
    </message>
    <message>
        <location line="-145"/>
        <source>%1. %2 %3, tendered %4, change %5</source>
        <translation>%1. %2 %3, 받은 금액 %4, 거스름돈 %5</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1. %2 %3, approval %4</source>
        <translation>%1. %2 %3, 승인 번호 %4</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>, card ending %1</source>
        <translation>, 카드 끝자리 %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>, %n months</source>
        <translation>
            <numerusform>, %n개월 할부</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source> (%1 refunded)</source>
        <translation> (%1 환불됨)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>cash receipt %1 (self-issued, %2)</source>
        <translation>현금영수증 %1 (자진발급, %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cash receipt %1 (%2)</source>
        <translation>현금영수증 %1 (%2)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Left to pay</source>
        <translation>남은 금액</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Payments taken</source>
        <translation>받은 결제</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Amount of this payment</source>
        <translation>이번 결제 금액</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>exact amount</source>
        <translation>금액 그대로</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Approval number</source>
        <translation>승인 번호</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Card company</source>
        <translation>카드사</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Instalments</source>
        <translation>할부</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Single payment</source>
        <translation>일시불</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> months</source>
        <translation>개월</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last 4 digits of the card</source>
        <translation>카드 끝 4자리</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cash &amp;receipt</source>
        <translation>현금영수증(&amp;R)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Issue a cash receipt for this cash part (Alt+R): to the customer&apos;s phone, business registration or cash receipt card number, or without a number to the tax office&apos;s self-issue number</source>
        <translation>이 현금 결제에 현금영수증을 발급해요 (Alt+R): 손님의 휴대폰, 사업자등록번호 또는 현금영수증 카드 번호로, 번호가 없으면 국세청 자진발급 번호로</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cash receipt number</source>
        <translation>현금영수증 번호</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>phone, business or card no.; none: self-issue</source>
        <translation>휴대폰, 사업자 또는 카드 번호. 없으면 자진발급</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Income &amp;deduction</source>
        <translation>소득공제(&amp;D)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expense &amp;proof</source>
        <translation>지출증빙(&amp;P)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cash receipt as issued</source>
        <translation>발급될 현금영수증</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Take payment (Enter)</source>
        <translation>결제 받기 (Enter)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Change:</source>
        <translation>거스름돈:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Number:</source>
        <translation>번호(&amp;N):</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Purpose:</source>
        <translation>용도:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Appro&amp;val no.:</source>
        <translation>승인 번호(&amp;V):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Card c&amp;ompany:</source>
        <translation>카드사(&amp;O):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Instalments:</source>
        <translation>할부(&amp;I):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Last 4 digits:</source>
        <translation>끝 4자리(&amp;L):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Left to pay:</source>
        <translation>남은 금액:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid:</source>
        <translation>결제:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A&amp;mount:</source>
        <translation>금액(&amp;M):</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>Nothing is left to pay.</source>
        <translation>남은 금액이 없어요.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter the amount of this payment, up to the %1 left.</source>
        <translation>이번 결제 금액을 입력하세요. 남은 %1까지 돼요.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Type the approval number the card terminal printed (Alt+V).</source>
        <translation>카드 단말기가 출력한 승인 번호를 입력하세요(Alt+V).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Instalments are 2 to 36 months; 0 is a single payment.</source>
        <translation>할부는 2~36개월이에요. 0은 일시불이에요.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type all 4 last digits of the card, or none.</source>
        <translation>카드 끝 4자리를 모두 입력하거나 비워 두세요.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 tendered is less than the amount %2: %3 missing.</source>
        <translation>받은 금액 %1이(가) 결제 금액 %2보다 적어요: %3 부족해요.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>No number given: issued to the tax office&apos;s self-issue number %1 (%2)</source>
        <translation>번호 없음: 국세청 자진발급 번호 %1(으)로 발급 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Issued to %1 %2 (%3)</source>
        <translation>%1 %2(으)로 발급 (%3)</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>nothing yet</source>
        <translation>아직 없음</translation>
    </message>
    <message>
        <location line="-89"/>
        <source>Enter the amount the customer handed over.</source>
        <translation>고객에게 받은 금액을 입력하세요.</translation>
    </message>
</context>
<context>
    <name>ShopDesk::PrintTargets</name>
    <message>
        <location filename="../ui/printtargets.cpp" line="+39"/>
        <source>the printer %1 is not installed</source>
        <translation>%1 프린터가 설치되어 있지 않아요</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the printer %1 is stopped (paused, or out of order)</source>
        <translation>%1 프린터가 멈춰 있어요(일시 중지 또는 고장)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the printer %1 refuses new jobs</source>
        <translation>%1 프린터가 새 작업을 받지 않아요</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 파일 (*.pdf)</translation>
    </message>
</context>
<context>
    <name>ShopDesk::ProductCompletionModel</name>
    <message>
        <location filename="../ui/productcompletionmodel.cpp" line="+35"/>
        <source>%1 available</source>
        <translation>가용 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>out of stock</source>
        <translation>품절</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Barcode %1</source>
        <translation>바코드 %1</translation>
    </message>
</context>
<context>
    <name>ShopDesk::ProductDialog</name>
    <message>
        <location filename="../ui/productdialog.cpp" line="+52"/>
        <source>New product</source>
        <translation>새 상품</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Edit product %1</source>
        <translation>상품 %1 수정</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A product&apos;s id cannot change</source>
        <translation>상품 코드는 바꿀 수 없어요</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Product id</source>
        <translation>상품 코드</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. P001</source>
        <translation>예: P001</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product name</source>
        <translation>상품 이름</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Price</source>
        <translation>가격</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 12000</source>
        <translation>예: 12000</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. 12.50</source>
        <translation>예: 12.50</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Barcode</source>
        <translation>바코드</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>optional; scan or type it</source>
        <translation>선택 사항. 스캔하거나 입력하세요</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Low-stock threshold</source>
        <translation>재고 부족 기준</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>empty: the shop&apos;s default</source>
        <translation>비우면 가게 기본값</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Available stock at or below this number is shown as low stock. Leave it empty to use the shop&apos;s default.</source>
        <translation>가용 재고가 이 수 이하이면 재고 부족으로 표시돼요. 비워 두면 가게 기본값을 써요.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Save</source>
        <translation>저장(&amp;S)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Register</source>
        <translation>등록(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Id:</source>
        <translation>코드(&amp;I):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>이름(&amp;N):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Price:</source>
        <translation>가격(&amp;P):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Barcode:</source>
        <translation>바코드(&amp;B):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Low stock at:</source>
        <translation>부족 기준(&amp;L):</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>empty: the shop&apos;s default (%1)</source>
        <translation>비우면 가게 기본값 (%1)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Enter a product id, for example P001.</source>
        <translation>상품 코드를 입력하세요. 예: P001</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The product id may not contain spaces or &apos;:&apos;; use letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos;.</source>
        <translation>상품 코드에는 공백이나 &apos;:&apos;를 쓸 수 없어요. 영문자, 숫자, &apos;-&apos;, &apos;_&apos;, &apos;.&apos;를 쓰세요.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enter the product&apos;s name.</source>
        <translation>상품 이름을 입력하세요.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Enter the price, for example 12000.</source>
        <translation>가격을 입력하세요. 예: 12000</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The price must be a whole amount, for example 12000.</source>
        <translation>가격은 정수여야 해요. 예: 12000</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The price must be an amount such as 12.50, with at most %1 digits after the point.</source>
        <translation>가격은 12.50처럼 소수점 아래 %1자리까지만 쓸 수 있어요.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The price cannot be negative: it must be from %1 to %2.</source>
        <translation>가격은 음수일 수 없어요. %1에서 %2 사이여야 해요.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The price is too large: it must be from %1 to %2.</source>
        <translation>가격이 너무 커요. %1에서 %2 사이여야 해요.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The low-stock threshold must be a whole number from 0 to %1, or empty for the shop&apos;s default.</source>
        <translation>재고 부족 기준은 0에서 %1 사이의 정수여야 해요. 가게 기본값을 쓰려면 비워 두세요.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The low-stock threshold must be from 0 to %1, or empty for the shop&apos;s default.</source>
        <translation>재고 부족 기준은 0에서 %1 사이여야 해요. 가게 기본값을 쓰려면 비워 두세요.</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>The barcode may not contain spaces or &apos;:&apos;.</source>
        <translation>바코드에는 공백이나 &apos;:&apos;를 쓸 수 없어요.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The id %1 is already used by &quot;%2&quot;; choose another id.</source>
        <translation>%1 코드는 이미 &quot;%2&quot;에 쓰이고 있어요. 다른 코드를 고르세요.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The barcode %1 already belongs to %2 &quot;%3&quot;.</source>
        <translation>%1 바코드는 이미 %2 &quot;%3&quot;에 등록되어 있어요.</translation>
    </message>
</context>
<context>
    <name>ShopDesk::ReceiptPrinter</name>
    <message>
        <location filename="../ui/receiptprinter.cpp" line="+179"/>
        <source>The receipt could not be recorded as printed, so nothing was written to %1: %2</source>
        <translation>영수증을 인쇄됨으로 기록하지 못해서 %1에 아무것도 쓰지 않았어요: %2</translation>
    </message>
    <message>
        <location line="-65"/>
        <location line="+66"/>
        <source>The receipt went to %1, but could not be recorded as printed: %2</source>
        <translation>영수증은 %1(으)로 보냈지만 인쇄됨으로 기록하지 못했어요: %2</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>The cash drawer opened at %1, but the opening could not be recorded: %2</source>
        <translation>%1에서 금전함이 열렸지만 기록하지 못했어요: %2</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>The receipt was recorded as printed, but could not be written to %1: %2</source>
        <translation>영수증을 인쇄됨으로 기록했지만 %1에 쓰지 못했어요: %2</translation>
    </message>
</context>
<context>
    <name>ShopDesk::ReportTableModel</name>
    <message>
        <location filename="../ui/reporttablemodel.cpp" line="+57"/>
        <source>Day</source>
        <translation>날짜</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hour</source>
        <translation>시간</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Orders</source>
        <translation>주문</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gross</source>
        <translation>총매출</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discounts</source>
        <translation>할인</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>VAT</source>
        <translation>부가세</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Returned</source>
        <translation>반품액</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled</source>
        <translation>취소액</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Net sales</source>
        <translation>순매출</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refunds</source>
        <translation>환불</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Product</source>
        <translation>상품</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quantity</source>
        <translation>수량</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Net</source>
        <translation>순액</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Method</source>
        <translation>결제 수단</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paid</source>
        <translation>결제액</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refunded</source>
        <translation>환불액</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shift</source>
        <translation>근무</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Terminal</source>
        <translation>단말기</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opened by</source>
        <translation>시작한 사람</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opened</source>
        <translation>시작</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closed</source>
        <translation>마감</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Float</source>
        <translation>시재금</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expected</source>
        <translation>있어야 할 현금</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Counted</source>
        <translation>센 현금</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Difference</source>
        <translation>차액</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On hand</source>
        <translation>보유</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reserved</source>
        <translation>예약</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Available</source>
        <translation>가용</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Low at</source>
        <translation>부족 기준</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stock</source>
        <translation>재고 상태</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Low stock</source>
        <translation>재고 부족</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Out of stock</source>
        <translation>품절</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Oversold</source>
        <translation>초과 판매</translation>
    </message>
</context>
<context>
    <name>ShopDesk::ReportsTab</name>
    <message>
        <location filename="../ui/reportstab.cpp" line="+181"/>
        <source>Today</source>
        <translation>오늘</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yesterday</source>
        <translation>어제</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This week</source>
        <translation>이번 주</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This month</source>
        <translation>이번 달</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom</source>
        <translation>직접 선택</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+631"/>
        <source>Period</source>
        <translation>기간</translation>
    </message>
    <message>
        <location line="-630"/>
        <source>&amp;Period:</source>
        <translation>기간(&amp;P):</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>First day</source>
        <translation>시작일</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last day</source>
        <translation>종료일</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fro&amp;m:</source>
        <translation>시작(&amp;M):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>T&amp;o:</source>
        <translation>종료(&amp;O):</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+611"/>
        <source>Terminal</source>
        <translation>단말기</translation>
    </message>
    <message>
        <location line="-610"/>
        <location line="+552"/>
        <source>Whole shop</source>
        <translation>매장 전체</translation>
    </message>
    <message>
        <location line="-550"/>
        <source>T&amp;erminal:</source>
        <translation>단말기(&amp;E):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export &amp;CSV…</source>
        <translation>CSV 내보내기(&amp;C)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the table shown as a CSV file for a spreadsheet</source>
        <translation>보이는 표를 스프레드시트용 CSV 파일로 저장해요</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export P&amp;DF…</source>
        <translation>PDF 내보내기(&amp;D)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the whole report, with its charts and tables, as a PDF</source>
        <translation>차트와 표를 포함한 보고서 전체를 PDF로 저장해요</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Message</source>
        <translation>메시지</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+410"/>
        <location line="+9"/>
        <location line="+165"/>
        <source>Net sales</source>
        <translation>순매출</translation>
    </message>
    <message>
        <location line="-582"/>
        <location line="+583"/>
        <source>Orders</source>
        <translation>주문</translation>
    </message>
    <message>
        <location line="-581"/>
        <location line="+582"/>
        <source>Average order</source>
        <translation>평균 주문액</translation>
    </message>
    <message>
        <location line="-580"/>
        <location line="+588"/>
        <source>Refunds</source>
        <translation>환불</translation>
    </message>
    <message>
        <location line="-586"/>
        <location line="+582"/>
        <source>Returns</source>
        <translation>반품</translation>
    </message>
    <message>
        <location line="-580"/>
        <location line="+582"/>
        <source>Cancellations</source>
        <translation>취소</translation>
    </message>
    <message>
        <location line="-568"/>
        <location line="+372"/>
        <location line="+202"/>
        <source>Net sales by hour of day</source>
        <translation>시간대별 순매출</translation>
    </message>
    <message>
        <location line="-573"/>
        <location line="+371"/>
        <location line="+203"/>
        <source>Net sales by day</source>
        <translation>일별 순매출</translation>
    </message>
    <message>
        <location line="-573"/>
        <location line="+371"/>
        <location line="+203"/>
        <source>Payments by method</source>
        <translation>결제 수단별 금액</translation>
    </message>
    <message>
        <location line="-566"/>
        <source>By day</source>
        <translation>일별</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By hour</source>
        <translation>시간대별</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Top products by revenue</source>
        <translation>매출 상위 상품</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Top products by quantity</source>
        <translation>수량 상위 상품</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payments</source>
        <translation>결제</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shifts</source>
        <translation>근무</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stock to check</source>
        <translation>확인할 재고</translation>
    </message>
    <message>
        <location line="+231"/>
        <source>The last day (%1) comes before the first (%2): choose a last day on or after the first. The figures shown are still those of %3.</source>
        <translation>종료일(%1)이 시작일(%2)보다 앞서요. 시작일과 같거나 그 뒤의 날을 골라 주세요. 지금 보이는 수치는 여전히 %3의 수치예요.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A report covers at most %1 days: choose a shorter range. The figures shown are still those of %2.</source>
        <translation>보고서는 최대 %1일까지 볼 수 있어요. 더 짧은 기간을 골라 주세요. 지금 보이는 수치는 여전히 %2의 수치예요.</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Gross %1, discounts %2</source>
        <translation>총매출 %1, 할인 %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>VAT %1</source>
        <translation>부가세 %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cash %1, card %2</source>
        <translation>현금 %1, 카드 %2</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No sales on %1.</source>
        <translation>%1에는 판매가 없어요.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No sales from %1.</source>
        <translation>%1에는 판매가 없어요.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No shift was opened in %1.</source>
        <translation>%1에 시작한 근무가 없어요.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No product needs attention: all stock is above its low-stock threshold.</source>
        <translation>확인할 상품이 없어요. 모든 재고가 부족 기준보다 많아요.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Payments by method: none in this range</source>
        <translation>결제 수단별 금액: 이 기간에는 결제가 없어요</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 %2 (%3%)</source>
        <translation>%1 %2 (%3%)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Reports are for managers: sales figures are not shown to a clerk. Ask a manager to log in: Switch user (Ctrl+Shift+L).</source>
        <translation>보고서는 관리자만 볼 수 있어요. 점원에게는 매출 수치를 보여 주지 않아요. 관리자에게 사용자 전환(Ctrl+Shift+L)으로 로그인해 달라고 하세요.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1 is not a regular file (it is a folder, a device, a pipe or a link), so ShopDesk does not write the report there. Choose another file name.</source>
        <translation>%1은(는) 일반 파일이 아니에요(폴더, 장치, 파이프 또는 링크예요). 그래서 ShopDesk는 보고서를 그곳에 쓰지 않아요. 다른 파일 이름을 골라 주세요.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ShopDesk cannot write the report to %1. Choose another folder or file name.</source>
        <translation>ShopDesk가 보고서를 %1에 쓸 수 없어요. 다른 폴더나 파일 이름을 골라 주세요.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 to %2</source>
        <translation>%1 ~ %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+101"/>
        <source>There are no figures to export.</source>
        <translation>내보낼 수치가 없어요.</translation>
    </message>
    <message>
        <location line="-80"/>
        <source>Saved the table &quot;%1&quot; to %2.</source>
        <translation>&quot;%1&quot; 표를 %2에 저장했어요.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Sales report</source>
        <translation>매출 보고서</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Printed</source>
        <translation>출력 시각</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Figures</source>
        <translation>수치</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Gross</source>
        <translation>총매출</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discounts</source>
        <translation>할인</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VAT</source>
        <translation>부가세</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paid in cash</source>
        <translation>현금 결제</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid by card</source>
        <translation>카드 결제</translation>
    </message>
    <message numerus="yes">
        <location line="+49"/>
        <source>Saved the report (%n page(s)) to %1.</source>
        <translation>
            <numerusform>보고서(%n쪽)를 %1에 저장했어요.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Export the table as CSV</source>
        <translation>표를 CSV로 내보내기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 파일 (*.csv)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Export the report as PDF</source>
        <translation>보고서를 PDF로 내보내기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 파일 (*.pdf)</translation>
    </message>
</context>
<context>
    <name>ShopDesk::ReturnDialog</name>
    <message>
        <location filename="../ui/returndialog.cpp" line="+53"/>
        <source>Return items of order %1</source>
        <translation>주문 %1 반품</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Lines to return</source>
        <translation>반품할 상품</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Product</source>
        <translation>상품</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Price</source>
        <translation>가격</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remaining</source>
        <translation>남은 수량</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Return</source>
        <translation>반품</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Units of %1 to return</source>
        <translation>%1 반품 수량</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Write off (damaged: not back in stock)</source>
        <translation>폐기(&amp;W) (파손: 재고로 돌리지 않음)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The returned units are written off instead of restocked</source>
        <translation>반품된 상품을 재고로 돌리지 않고 폐기해요</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only the units of a delivered order can be written off</source>
        <translation>배송 완료된 주문의 상품만 폐기할 수 있어요</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reason for the return</source>
        <translation>반품 사유</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Refund</source>
        <translation>환불</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Card</source>
        <translation>카드(&amp;C)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The refund goes back to the card parts first, then cash</source>
        <translation>환불은 카드 결제부터 돌려주고, 나머지는 현금으로</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cas&amp;h</source>
        <translation>현금(&amp;H)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The refund is paid out in cash first, then to the card parts</source>
        <translation>환불은 현금부터 내주고, 나머지는 카드 결제로</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Refund first</source>
        <translation>먼저 환불할 수단</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Refund to</source>
        <translation>환불 수단</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Confirm return</source>
        <translation>반품 확정</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Rea&amp;son:</source>
        <translation>사유(&amp;S):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Refund first:</source>
        <translation>먼저 환불:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refund:</source>
        <translation>환불:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund to:</source>
        <translation>환불 수단:</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Choose how many units of which lines are returned.</source>
        <translation>어떤 상품을 몇 개 반품할지 고르세요.</translation>
    </message>
    <message>
        <location line="-174"/>
        <source>%1 %2 (part %3)</source>
        <translation>%1 %2 (%3번째 결제)</translation>
    </message>
    <message>
        <location line="+222"/>
        <source>%1 refunded: %2</source>
        <translation>%1 환불: %2</translation>
    </message>
    <message>
        <location line="-28"/>
        <location line="+31"/>
        <source>nothing to refund</source>
        <translation>환불할 금액 없음</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return %1 of order %2 done; %3. The order now comes to %4.</source>
        <translation>주문 %2의 반품 %1을(를) 처리했어요. %3. 이제 주문 금액은 %4예요.</translation>
    </message>
</context>
<context>
    <name>ShopDesk::SettingsDialog</name>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="+55"/>
        <source>Settings</source>
        <translation>설정</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Shop name</source>
        <translation>가게 이름</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shop address</source>
        <translation>가게 주소</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shop phone</source>
        <translation>가게 전화</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency</source>
        <translation>통화</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Default low-stock threshold</source>
        <translation>기본 재고 부족 기준</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A product without its own threshold is low on stock when what is available is at or below this.</source>
        <translation>자체 기준이 없는 상품은 가용 재고가 이 수 이하이면 재고 부족이에요.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Minimum PIN length</source>
        <translation>최소 PIN 길이</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> digits</source>
        <translation>자리</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New and changed PINs need at least this many digits. Longer PINs are harder to guess from a stolen copy of the database.</source>
        <translation>새 PIN과 바꾸는 PIN은 최소한 이 자릿수여야 해요. PIN이 길수록 도난당한 데이터베이스 사본으로 알아내기 어려워요.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Business registration number</source>
        <translation>사업자등록번호</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>사업자등록번호: ten digits, printed on every receipt.</source>
        <translation>사업자등록번호: 10자리, 모든 영수증에 인쇄돼요.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Representative</source>
        <translation>대표자</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>대표자: the owner&apos;s name, printed on every receipt.</source>
        <translation>대표자: 사업주 이름, 모든 영수증에 인쇄돼요.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VAT rate</source>
        <translation>부가세율</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The VAT included in the price of taxable goods, for orders placed from now on; placed orders keep the rate they were sold with.</source>
        <translation>과세 상품 가격에 포함된 부가세예요. 앞으로 받는 주문에 적용되고, 이미 받은 주문은 판매할 때의 세율을 유지해요.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clerk discount limit</source>
        <translation>직원 할인 한도</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How much of an order&apos;s amount a clerk may discount; above it a manager approves with their PIN.</source>
        <translation>직원이 주문 금액에서 할인할 수 있는 한도예요. 넘으면 관리자가 PIN으로 승인해요.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cash only while a shi&amp;ft is open</source>
        <translation>근무 중에만 현금 받기(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cash only during a shift</source>
        <translation>근무 중에만 현금 받기</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A terminal takes cash only while a shift is open on it, so that every won in the drawer belongs to a shift&apos;s count.</source>
        <translation>단말기에 근무가 열려 있을 때만 현금을 받아요. 돈통의 모든 돈이 어느 근무의 정산에 들어가요.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Shop (printed on slips and receipts)</source>
        <translation>가게 (전표와 영수증에 인쇄)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Name:</source>
        <translation>이름(&amp;N):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Address:</source>
        <translation>주소(&amp;A):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Phone:</source>
        <translation>전화(&amp;P):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Business number:</source>
        <translation>사업자등록번호(&amp;B):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rep&amp;resentative:</source>
        <translation>대표자(&amp;R):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Currency:</source>
        <translation>통화(&amp;C):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Low stock at:</source>
        <translation>부족 기준(&amp;L):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;VAT rate:</source>
        <translation>부가세율(&amp;V):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clerk &amp;discount limit:</source>
        <translation>직원 할인 한도(&amp;D):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Minimum PIN length:</source>
        <translation>최소 PIN 길이(&amp;M):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only a manager changes the shop&apos;s settings.</source>
        <translation>가게 설정은 관리자만 바꿀 수 있어요.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>System language</source>
        <translation>시스템 언어</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Slip page</source>
        <translation>전표 용지</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+9"/>
        <source>A5</source>
        <translation>A5</translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+7"/>
        <source>80 mm receipt roll</source>
        <translation>80mm 영수증 롤</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Print the &amp;slip when a payment starts a delivery</source>
        <translation>결제로 배송이 시작되면 전표 인쇄(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print slips automatically</source>
        <translation>전표 자동 인쇄</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Receipt page</source>
        <translation>영수증 용지</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Print the receipt when an &amp;order is paid or refunded</source>
        <translation>주문이 결제되거나 환불되면 영수증 인쇄(&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print receipts automatically</source>
        <translation>영수증 자동 인쇄</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Receipt printer</source>
        <translation>영수증 프린터</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none: the system&apos;s printers</source>
        <translation>없음: 시스템 프린터 사용</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A thermal (ESC/POS) receipt printer: tcp://192.168.0.50 on the network, device:/dev/usb/lp0 on USB, serial:/dev/ttyS0@19200 or cups:QUEUE. Receipts then print on it at once, and the cash drawer opens through it.</source>
        <translation>감열(ESC/POS) 영수증 프린터: 네트워크는 tcp://192.168.0.50, USB는 device:/dev/usb/lp0, serial:/dev/ttyS0@19200 또는 cups:QUEUE. 영수증이 바로 이 프린터로 인쇄되고, 금전함도 이 프린터로 열려요.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Receipt printer paper</source>
        <translation>영수증 프린터 용지</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>80 mm, 48 characters</source>
        <translation>80mm, 48자</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>80 mm, 42 characters</source>
        <translation>80mm, 42자</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>58 mm, 32 characters</source>
        <translation>58mm, 32자</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Receipt printer mode</source>
        <translation>영수증 프린터 방식</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Korean text, a picture when needed</source>
        <translation>한글 텍스트, 필요하면 그림</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Korean text (the printer&apos;s font)</source>
        <translation>한글 텍스트 (프린터 글꼴)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Picture (printers without Korean)</source>
        <translation>그림 (한글 없는 프린터)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the cash dra&amp;wer for cash taken or paid out</source>
        <translation>현금을 받거나 내줄 때 금전함 열기(&amp;W)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the cash drawer for cash</source>
        <translation>현금 거래 때 금전함 열기</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cut the paper (the printer has a cutter)</source>
        <translation>용지 자르기 (커터가 있는 프린터)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cut the paper</source>
        <translation>용지 자르기</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chec&amp;k printer</source>
        <translation>프린터 확인(&amp;K)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Test page</source>
        <translation>테스트 페이지</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This terminal</source>
        <translation>이 단말기</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lan&amp;guage:</source>
        <translation>언어(&amp;G):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sl&amp;ip page:</source>
        <translation>전표 용지(&amp;I):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>R&amp;eceipt page:</source>
        <translation>영수증 용지(&amp;E):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Co&amp;unter printer:</source>
        <translation>카운터 프린터(&amp;U):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Paper and mode:</source>
        <translation>용지와 방식:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A new language applies at the next start.</source>
        <translation>새 언어는 다음 실행 때 적용돼요.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Hub address</source>
        <translation>허브 주소</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Terminal token</source>
        <translation>단말기 토큰</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The secret `shopdesk-hub token add %1` printed for this terminal.</source>
        <translation>`shopdesk-hub token add %1` 명령이 이 단말기용으로 출력한 비밀 값이에요.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shop hub (several terminals)</source>
        <translation>가게 허브 (여러 단말기)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Hub:</source>
        <translation>허브(&amp;H):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Token:</source>
        <translation>토큰(&amp;T):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave both empty to work alone. Without the network this terminal keeps working and sends its events later.</source>
        <translation>단독으로 쓰려면 둘 다 비워 두세요. 네트워크가 끊겨도 이 단말기는 계속 작동하고 이벤트는 나중에 보내요.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Backup folder</source>
        <translation>백업 폴더</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none: no automatic backups</source>
        <translation>없음: 자동 백업 안 함</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A backup of the shop is written there once a day while ShopDesk runs: best a USB disk or a network folder.</source>
        <translation>ShopDesk가 켜져 있는 동안 하루에 한 번 가게 백업을 여기에 써요. USB 디스크나 네트워크 폴더가 좋아요.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Browse...</source>
        <translation>찾아보기...</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Folder for automatic backups</source>
        <translation>자동 백업 폴더</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Backups kept</source>
        <translation>보관할 백업</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> days</source>
        <translation>일</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Automatic backups</source>
        <translation>자동 백업</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Folder:</source>
        <translation>폴더:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep:</source>
        <translation>보관:</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>The hub address must look like ws://HOST:PORT or wss://HOST:PORT, not &quot;%1&quot;.</source>
        <translation>허브 주소는 ws://HOST:PORT 또는 wss://HOST:PORT 형식이어야 해요(입력한 값: &quot;%1&quot;).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Type this terminal&apos;s token for the hub, or clear the hub&apos;s address to work alone.</source>
        <translation>허브용 단말기 토큰을 입력하세요. 단독으로 쓰려면 허브 주소를 지우세요.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The backup folder %1 does not exist. Choose an existing folder, or clear it to take no automatic backups.</source>
        <translation>백업 폴더 %1이(가) 없어요. 있는 폴더를 고르거나, 자동 백업을 하지 않으려면 비워 두세요.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The receipt printer&apos;s address must look like tcp://192.168.0.50, device:/dev/usb/lp0, serial:/dev/ttyS0@19200 or cups:QUEUE, not &quot;%1&quot;.</source>
        <translation>영수증 프린터 주소는 &quot;%1&quot;이 아니라 tcp://192.168.0.50, device:/dev/usb/lp0, serial:/dev/ttyS0@19200 또는 cups:QUEUE 형식이어야 해요.</translation>
    </message>
    <message>
        <location line="+37"/>
        <location line="+10"/>
        <source>The shop&apos;s settings were not saved: %1</source>
        <translation>가게 설정을 저장하지 못했어요: %1</translation>
    </message>
    <message>
        <location line="+35"/>
        <location line="+35"/>
        <source>Type the receipt printer&apos;s address first, such as tcp://192.168.0.50.</source>
        <translation>먼저 영수증 프린터 주소를 입력하세요. 예: tcp://192.168.0.50</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Asking %1…</source>
        <translation>%1에 묻는 중…</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+35"/>
        <location line="+12"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>%1 is there, but does not say how it is (it may not read back).</source>
        <translation>%1에 연결되지만 상태를 알려 주지 않아요 (응답을 보내지 않는 프린터일 수 있어요).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 cannot print now: %2</source>
        <translation>%1은(는) 지금 인쇄할 수 없어요: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is ready; its paper is near the end.</source>
        <translation>%1 준비됨. 용지가 거의 떨어졌어요.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is ready.</source>
        <translation>%1 준비됨.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Printing a test page on %1…</source>
        <translation>%1에서 테스트 페이지를 인쇄하는 중…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 took the test page.</source>
        <translation>%1이(가) 테스트 페이지를 받았어요.</translation>
    </message>
</context>
<context>
    <name>ShopDesk::ShiftCloseDialog</name>
    <message>
        <location filename="../ui/shiftdialogs.cpp" line="+20"/>
        <source>Close shift %1</source>
        <translation>근무 %1 마감</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Count the cash in the drawer. The shift&apos;s figures are fixed once it is closed.</source>
        <translation>돈통의 현금을 세어 주세요. 마감하면 근무의 숫자는 바뀌지 않아요.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Count of %1</source>
        <translation>%1 개수</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cash counted</source>
        <translation>센 현금</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counted in &amp;total:</source>
        <translation>센 현금 합계(&amp;T):</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cash expected:</source>
        <translation>있어야 할 현금:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cash counted:</source>
        <translation>센 현금:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Difference:</source>
        <translation>차액:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Close the shift</source>
        <translation>마감하기(&amp;C)</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>%1 (even)</source>
        <translation>%1 (맞음)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 over</source>
        <translation>%1 남음</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 short</source>
        <translation>%1 모자람</translation>
    </message>
</context>
<context>
    <name>ShopDesk::ShiftOpenDialog</name>
    <message>
        <location line="-230"/>
        <source>Open a shift</source>
        <translation>근무 시작</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Count the cash in the drawer before the first sale: the float is what the closing count starts from.</source>
        <translation>첫 판매 전에 돈통의 현금을 세어 주세요. 이 시재금에서 마감 정산이 시작돼요.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Float</source>
        <translation>시재금</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Float in the drawer:</source>
        <translation>돈통의 시재금(&amp;F):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Open the shift</source>
        <translation>근무 시작(&amp;O)</translation>
    </message>
</context>
<context>
    <name>ShopDesk::ShiftReportDialog</name>
    <message>
        <location line="+248"/>
        <source>Closing report (Z) of shift %1</source>
        <translation>근무 %1 마감 정산(Z)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shift report (X) of shift %1</source>
        <translation>근무 %1 중간 정산(X)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The shift is still open: these figures change with every sale. Nothing was recorded by showing them.</source>
        <translation>근무가 아직 열려 있어요. 이 숫자는 판매할 때마다 바뀌어요. 보기만 해서는 아무것도 기록되지 않아요.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Message</source>
        <translation>메시지</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save as &amp;PDF...</source>
        <translation>PDF로 저장(&amp;P)...</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>P&amp;rint</source>
        <translation>인쇄(&amp;R)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print the report on the receipt printer</source>
        <translation>보고서를 영수증 프린터로 인쇄해요</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The report was not saved: %1</source>
        <translation>보고서를 저장하지 못했어요: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Saved the report to %1.</source>
        <translation>보고서를 %1에 저장했어요.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The report was not printed: %1</source>
        <translation>보고서를 인쇄하지 못했어요: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Printed</source>
        <translation>인쇄</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Printing the report on %1…</source>
        <translation>%1에서 보고서를 인쇄하고 있어요…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 took the report.</source>
        <translation>%1이(가) 보고서를 받았어요.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save the shift report as PDF</source>
        <translation>근무 정산을 PDF로 저장</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 파일 (*.pdf)</translation>
    </message>
</context>
<context>
    <name>ShopDesk::ShiftText</name>
    <message>
        <location line="-463"/>
        <source>Type the amount.</source>
        <translation>금액을 입력하세요.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type an amount from %1 to %2.</source>
        <translation>%1부터 %2까지의 금액을 입력하세요.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Shift</source>
        <translation>근무</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Terminal</source>
        <translation>단말기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opened</source>
        <translation>시작</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Closed</source>
        <translation>마감</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Orders</source>
        <translation>주문</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gross sales</source>
        <translation>총매출</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discounts</source>
        <translation>할인</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returns</source>
        <translation>반품</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancellations</source>
        <translation>취소</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Net sales</source>
        <translation>순매출</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VAT included</source>
        <translation>부가세 포함액</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid in cash</source>
        <translation>현금 결제</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid by card</source>
        <translation>카드 결제</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refunded in cash</source>
        <translation>현금 환불</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refunded to cards</source>
        <translation>카드 환불</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Float</source>
        <translation>시재금</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pay-ins</source>
        <translation>입금</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pay-outs</source>
        <translation>출금</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drawer openings</source>
        <translation>돈통 열림</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cash expected</source>
        <translation>있어야 할 현금</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>  %1 × %2</source>
        <translation>  %1 × %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cash counted</source>
        <translation>센 현금</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Difference</source>
        <translation>차액</translation>
    </message>
</context>
<context>
    <name>ShopDesk::SlipPrinter</name>
    <message>
        <location filename="../ui/slipprinter.cpp" line="+68"/>
        <source>The slips could not be recorded as printed, so nothing was written to %1: %2</source>
        <translation>전표를 인쇄됨으로 기록하지 못해서 %1에 아무것도 쓰지 않았어요: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The slips went to %1, but could not be recorded as printed: %2</source>
        <translation>전표를 %1에 보냈지만 인쇄됨으로 기록하지 못했어요: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The slips were recorded as printed, but could not be written to %1: %2</source>
        <translation>전표를 인쇄됨으로 기록했지만 %1에 쓰지 못했어요: %2</translation>
    </message>
</context>
<context>
    <name>ShopDesk::StockAdjustDialog</name>
    <message>
        <location filename="../ui/stockadjustdialog.cpp" line="+29"/>
        <source>Adjust stock of %1</source>
        <translation>%1 재고 조정</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Receive</source>
        <translation>입고(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stock came in (Alt+R)</source>
        <translation>재고가 들어왔어요 (Alt+R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Loss</source>
        <translation>손실(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stock was broken, spoiled or lost (Alt+L)</source>
        <translation>재고가 파손, 변질, 분실됐어요 (Alt+L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stock-&amp;take count</source>
        <translation>재고 실사 수량(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter what was counted on the shelf; the difference is recorded (Alt+T)</source>
        <translation>진열대에서 센 수량을 입력하세요. 차이가 기록돼요 (Alt+T)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Quantity</source>
        <translation>수량</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reason</source>
        <translation>사유</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>On hand after the change</source>
        <translation>변경 후 보유</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Confirm</source>
        <translation>확인(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>R&amp;eason:</source>
        <translation>사유(&amp;E):</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>&amp;Quantity received:</source>
        <translation>입고 수량(&amp;Q):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. delivery from the supplier</source>
        <translation>예: 공급처 납품</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quantity lost:</source>
        <translation>손실 수량(&amp;Q):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. broken in the store room</source>
        <translation>예: 창고에서 파손</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quantity counted on hand:</source>
        <translation>실사 보유 수량(&amp;Q):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. monthly stock-take</source>
        <translation>예: 월간 재고 실사</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 %2: on hand %3, reserved %4, available %5</source>
        <translation>%1 %2: 보유 %3, 예약 %4, 가용 %5</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Enter the number counted on the shelf.</source>
        <translation>진열대에서 센 수량을 입력하세요.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the quantity.</source>
        <translation>수량을 입력하세요.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The quantity must be a whole number, for example 12.</source>
        <translation>수량은 정수여야 해요. 예: 12</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The count cannot be negative: it must be from 0 to %1.</source>
        <translation>수량은 음수일 수 없어요. 0에서 %1 사이여야 해요.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The count is too large: it must be from 0 to %1.</source>
        <translation>수량이 너무 커요. 0에서 %1 사이여야 해요.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The quantity must be at least 1 and at most %1.</source>
        <translation>수량은 1 이상 %1 이하여야 해요.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The quantity is too large: it must be from 1 to %1.</source>
        <translation>수량이 너무 커요. 1에서 %1 사이여야 해요.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Only %1 on hand: a loss of %2 cannot be written off.</source>
        <translation>보유 수량이 %1뿐이라 %2만큼 손실 처리할 수 없어요.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose receive, loss or count.</source>
        <translation>입고, 손실, 실사 중 하나를 고르세요.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>On hand %1 → %2</source>
        <translation>보유 %1 → %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Available %1 → %2</source>
        <translation>가용 %1 → %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(oversold: orders hold more than is on hand)</source>
        <translation>(초과 판매: 주문 수량이 보유 수량보다 많아요)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>On hand %1</source>
        <translation>보유 %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Give a reason; it is kept in the stock history.</source>
        <translation>사유를 입력하세요. 재고 이력에 남아요.</translation>
    </message>
</context>
<context>
    <name>ShopDesk::StockHistoryModel</name>
    <message>
        <location filename="../ui/stockhistorymodel.cpp" line="+48"/>
        <source>%1 (%2 counted)</source>
        <translation>%1 (실사 %2)</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Time</source>
        <translation>시각</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>구분</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On hand</source>
        <translation>보유</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reserved</source>
        <translation>예약</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason</source>
        <translation>사유</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User</source>
        <translation>사용자</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order</source>
        <translation>주문</translation>
    </message>
</context>
<context>
    <name>ShopDesk::StockTableModel</name>
    <message>
        <location filename="../ui/stocktablemodel.cpp" line="+87"/>
        <source>%1 (default)</source>
        <translation>%1 (기본값)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Low stock</source>
        <translation>재고 부족</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Out of stock</source>
        <translation>품절</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Oversold</source>
        <translation>초과 판매</translation>
    </message>
    <message numerus="yes">
        <location line="+52"/>
        <source>Oversold: %n more reserved than on hand</source>
        <translation>
            <numerusform>초과 판매: 예약이 보유보다 %n개 많아요</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Out of stock: nothing is available for new orders</source>
        <translation>품절: 새 주문에 쓸 수 있는 재고가 없어요</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Low stock: %1 available (threshold %2)</source>
        <translation>재고 부족: 가용 %1 (기준 %2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This product has no threshold of its own: the shop&apos;s default applies</source>
        <translation>이 상품은 자체 기준이 없어서 가게 기본값이 적용돼요</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Product</source>
        <translation>상품</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Barcode</source>
        <translation>바코드</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Price</source>
        <translation>가격</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On hand</source>
        <translation>보유</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reserved</source>
        <translation>예약</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Available</source>
        <translation>가용</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Low at</source>
        <translation>부족 기준</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>상태</translation>
    </message>
</context>
<context>
    <name>ShopDesk::UserTableModel</name>
    <message>
        <location filename="../ui/usertablemodel.cpp" line="+44"/>
        <source>Manager</source>
        <translation>관리자</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Clerk</source>
        <translation>점원</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Disabled</source>
        <translation>사용 중지</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Locked until %1</source>
        <translation>%1까지 잠김</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Active</source>
        <translation>사용 중</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Role</source>
        <translation>역할</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>상태</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Created</source>
        <translation>등록 시각</translation>
    </message>
</context>
<context>
    <name>ShopDesk::UsersDialog</name>
    <message>
        <location filename="../ui/usersdialog.cpp" line="+45"/>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Name:</source>
        <translation>이름(&amp;N):</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Role</source>
        <translation>역할</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Role:</source>
        <translation>역할(&amp;R):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PIN again</source>
        <translation>PIN 확인</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;PIN:</source>
        <translation>PIN(&amp;P):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PIN &amp;again:</source>
        <translation>PIN 확인(&amp;A):</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The shop&apos;s first user is a manager.</source>
        <translation>가게의 첫 사용자는 관리자예요.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Type the user&apos;s name.</source>
        <translation>사용자 이름을 입력하세요.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A PIN is %1 to %2 digits.</source>
        <translation>PIN은 %1-%2자리 숫자예요.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The two PINs differ. Type the PIN again.</source>
        <translation>두 PIN이 달라요. PIN을 다시 입력하세요.</translation>
    </message>
    <message>
        <location line="+49"/>
        <location line="+3"/>
        <source>Users</source>
        <translation>사용자</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No users yet: nobody needs to log in. Add a manager to start using PINs.</source>
        <translation>아직 사용자가 없어서 로그인할 필요가 없어요. PIN을 쓰려면 관리자를 추가하세요.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Users of this terminal:</source>
        <translation>이 단말기의 사용자(&amp;U):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Add user...</source>
        <translation>사용자 추가(&amp;A)...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change &amp;role...</source>
        <translation>역할 변경(&amp;R)...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset &amp;PIN...</source>
        <translation>PIN 재설정(&amp;P)...</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+102"/>
        <source>&amp;Disable</source>
        <translation>사용 중지(&amp;D)</translation>
    </message>
    <message>
        <location line="-101"/>
        <source>Un&amp;lock</source>
        <translation>잠금 해제(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lets a user locked after wrong PINs log in again at once.</source>
        <translation>PIN을 틀려서 잠긴 사용자가 바로 다시 로그인할 수 있게 해요.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Close</source>
        <translation>닫기(&amp;C)</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>&amp;Enable</source>
        <translation>사용 재개(&amp;E)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only a manager manages users. Switch user to log in as one.</source>
        <translation>사용자 관리는 관리자만 할 수 있어요. 사용자 전환으로 관리자로 로그인하세요.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You cannot disable yourself while logged in; another manager can.</source>
        <translation>로그인한 동안에는 자신을 사용 중지할 수 없어요. 다른 관리자는 할 수 있어요.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Add a user</source>
        <translation>사용자 추가</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add user</source>
        <translation>사용자 추가</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 was added as a manager.</source>
        <translation>%1 님을 관리자로 추가했어요.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 was added as a clerk.</source>
        <translation>%1 님을 점원으로 추가했어요.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Change the role of %1</source>
        <translation>%1 님의 역할 변경</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change role</source>
        <translation>역할 변경</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>You are a clerk now: another manager manages users from here on.</source>
        <translation>이제 점원이에요. 앞으로 사용자 관리는 다른 관리자가 해요.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is a manager now.</source>
        <translation>이제 %1 님은 관리자예요.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is a clerk now.</source>
        <translation>이제 %1 님은 점원이에요.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>New PIN for %1</source>
        <translation>%1 님의 새 PIN</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reset PIN</source>
        <translation>PIN 재설정</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The PIN of %1 was changed. The old PIN no longer works.</source>
        <translation>%1 님의 PIN을 바꿨어요. 이전 PIN은 더 이상 쓸 수 없어요.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 is disabled: no login until a manager enables the user again.</source>
        <translation>%1 님을 사용 중지했어요. 관리자가 사용을 재개할 때까지 로그인할 수 없어요.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is enabled and can log in again.</source>
        <translation>%1 님의 사용을 재개했어요. 다시 로그인할 수 있어요.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 is unlocked and can log in again.</source>
        <translation>%1 님의 잠금을 풀었어요. 다시 로그인할 수 있어요.</translation>
    </message>
</context>
</TS>
