<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
<context>
    <name>ShopDesk::BackupController</name>
    <message>
        <location filename="../ui/backupcontroller.cpp" line="+34"/>
        <location line="+40"/>
        <source>The automatic backup failed: %1</source>
        <translation>The automatic backup failed: %1</translation>
    </message>
    <message>
        <location line="-39"/>
        <location line="+87"/>
        <source>The backup was not written: %1</source>
        <translation>The backup was not written: %1</translation>
    </message>
    <message>
        <location line="-83"/>
        <source>Automatic backup: %1</source>
        <translation>Automatic backup: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Backed up: %1</source>
        <translation>Backed up: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (%2 orders, %3 events, the last %4)</source>
        <translation>%1 (%2 orders, %3 events, the last %4)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <location line="+39"/>
        <location line="+43"/>
        <source>Restore from backup</source>
        <translation>Restore from backup</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>Put this backup in place of the shop&apos;s database?

%1

The database as it is now is kept beside it. ShopDesk closes afterwards; start it again.</source>
        <translation>Put this backup in place of the shop&apos;s database?

%1

The database as it is now is kept beside it. ShopDesk closes afterwards; start it again.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Restored the shop from %1.</source>
        <translation>Restored the shop from %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The database it replaced is kept as %1.</source>
        <translation>The database it replaced is kept as %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This terminal gets what it did after the backup back from the hub once it is connected; until then it takes no orders.</source>
        <translation>This terminal gets what it did after the backup back from the hub once it is connected; until then it takes no orders.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ShopDesk closes now: start it again.</source>
        <translation>ShopDesk closes now: start it again.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Back up the shop</source>
        <translation>Back up the shop</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+16"/>
        <source>ShopDesk backups (*.db)</source>
        <translation>ShopDesk backups (*.db)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing was restored: %1</source>
        <translation>Nothing was restored: %1</translation>
    </message>
</context>
<context>
    <name>ShopDesk::CancelDialog</name>
    <message>
        <location filename="../ui/canceldialog.cpp" line="+20"/>
        <source>Cancel order %1</source>
        <translation>Cancel order %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancel order %1 of %2 (%3)?</source>
        <translation>Cancel order %1 of %2 (%3)?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Its delivery %1 is cancelled and the stock goes back.</source>
        <translation>Its delivery %1 is cancelled and the stock goes back.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The reserved stock is released.</source>
        <translation>The reserved stock is released.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The payment of %1 (%2) is refunded.</source>
        <translation>The payment of %1 (%2) is refunded.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reason for cancelling</source>
        <translation>Reason for cancelling</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For example: customer changed mind</source>
        <translation>For example: customer changed mind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancel the order</source>
        <translation>Cancel the order</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Keep the order</source>
        <translation>&amp;Keep the order</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Type why the order is cancelled (Alt+R): the reason is kept with the order.</source>
        <translation>Type why the order is cancelled (Alt+R): the reason is kept with the order.</translation>
    </message>
</context>
<context>
    <name>ShopDesk::CashMoveDialog</name>
    <message>
        <location filename="../ui/shiftdialogs.cpp" line="+184"/>
        <source>Pay in</source>
        <translation>Pay in</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pay out</source>
        <translation>Pay out</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The drawer should hold %1.</source>
        <translation>The drawer should hold %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cash put into the drawer, such as change from the bank.</source>
        <translation>Cash put into the drawer, such as change from the bank.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cash taken out of the drawer, such as a courier paid or the bank.</source>
        <translation>Cash taken out of the drawer, such as a courier paid or the bank.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For example: change from the bank</source>
        <translation>For example: change from the bank</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For example: courier</source>
        <translation>For example: courier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Amount:</source>
        <translation>&amp;Amount:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Record the &amp;pay-in</source>
        <translation>Record the &amp;pay-in</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Record the &amp;pay-out</source>
        <translation>Record the &amp;pay-out</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Say why the cash is moved.</source>
        <translation>Say why the cash is moved.</translation>
    </message>
</context>
<context>
    <name>ShopDesk::CatalogImportDialog</name>
    <message>
        <location filename="../ui/catalogimportdialog.cpp" line="+28"/>
        <source>price</source>
        <translation>price</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>low-stock threshold</source>
        <translation>low-stock threshold</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>stock</source>
        <translation>stock</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Import products</source>
        <translation>Import products</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Detect</source>
        <translation>Detect</translation>
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
        <translation>CP949 (EUC-KR, Korean Excel)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UTF-16 (Excel Unicode text)</source>
        <translation>UTF-16 (Excel Unicode text)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>File:</source>
        <translation>File:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Encoding:</source>
        <translation>&amp;Encoding:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Bad lines</source>
        <translation>Bad lines</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Skip the bad lines and import the others</source>
        <translation>&amp;Skip the bad lines and import the others</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>A quoted cell that starts here is never closed.</source>
        <translation>A quoted cell that starts here is never closed.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 cells where the header has %2: %3 missing.</source>
        <translation>%1 cells where the header has %2: %3 missing.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 cells where the header has %2.</source>
        <translation>%1 cells where the header has %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The same product id is on line %1.</source>
        <translation>The same product id is on line %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Barcode %1 is on line %2 too.</source>
        <translation>Barcode %1 is on line %2 too.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The %1 &quot;%2&quot; is not a whole number.</source>
        <translation>The %1 &quot;%2&quot; is not a whole number.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The %1 %2 is below zero.</source>
        <translation>The %1 %2 is below zero.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The stock %1 is more than %2.</source>
        <translation>The stock %1 is more than %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The product id is empty.</source>
        <translation>The product id is empty.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tax &quot;%1&quot; is neither taxable (과세) nor exempt (면세).</source>
        <translation>Tax &quot;%1&quot; is neither taxable (과세) nor exempt (면세).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Barcode %1 already belongs to product %2.</source>
        <translation>Barcode %1 already belongs to product %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A new product needs a name.</source>
        <translation>A new product needs a name.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A new product needs a price.</source>
        <translation>A new product needs a price.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not accepted: %1.</source>
        <translation>Not accepted: %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The file is not text in the encoding chosen. Choose its encoding above, or save it from the spreadsheet as CSV.</source>
        <translation>The file is not text in the encoding chosen. Choose its encoding above, or save it from the spreadsheet as CSV.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The first row names no product id column: name one productId or 상품코드 (the columns are productId, productName, price, barcode, threshold, tax and stock, or 상품코드, 상품명, 판매가, 바코드, 안전재고, 과세구분 and 재고).</source>
        <translation>The first row names no product id column: name one productId or 상품코드 (the columns are productId, productName, price, barcode, threshold, tax and stock, or 상품코드, 상품명, 판매가, 바코드, 안전재고, 과세구분 and 재고).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>The import was cancelled; nothing was changed.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file cannot be imported: %1.</source>
        <translation>The file cannot be imported: %1.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Checking… %p%</source>
        <translation>Checking… %p%</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Importing… %p%</source>
        <translation>Importing… %p%</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Writing… %p%</source>
        <translation>Writing… %p%</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Imported %1 new and %2 changed products from %3.</source>
        <translation>Imported %1 new and %2 changed products from %3.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Skipped %1 bad lines.</source>
        <translation>Skipped %1 bad lines.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>tab-separated</source>
        <translation>tab-separated</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>semicolon-separated</source>
        <translation>semicolon-separated</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>comma-separated</source>
        <translation>comma-separated</translation>
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
        <translation>%1 lines, %2, %3.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New: %1   Changed: %2   Unchanged: %3   Bad: %4</source>
        <translation>New: %1   Changed: %2   Unchanged: %3   Bad: %4</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The new products start with %1 units in stock.</source>
        <translation>The new products start with %1 units in stock.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The stock in the file differs for %1 products the shop has: an import leaves their stock as it is (record a stock-take for them).</source>
        <translation>The stock in the file differs for %1 products the shop has: an import leaves their stock as it is (record a stock-take for them).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Columns not imported: %1.</source>
        <translation>Columns not imported: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing to import: the shop has every product as the file has it.</source>
        <translation>Nothing to import: the shop has every product as the file has it.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>S&amp;top</source>
        <translation>S&amp;top</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n bad line(s): mend them in the file and choose it again, or skip them.</source>
        <translation>
            <numerusform>%n bad line: mend them in the file and choose it again, or skip them.</numerusform>
            <numerusform>%n bad lines: mend them in the file and choose it again, or skip them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShopDesk::CustomersDialog</name>
    <message>
        <location filename="../ui/customersdialog.cpp" line="+31"/>
        <location line="+11"/>
        <source>Customers</source>
        <translation>Customers</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Digits of a phone number, or a part of a name</source>
        <translation>Digits of a phone number, or a part of a name</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Search:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Phones</source>
        <translation>Phones</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last address</source>
        <translation>Last address</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>E&amp;dit…</source>
        <translation>E&amp;dit…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Erase personal data…</source>
        <translation>&amp;Erase personal data…</translation>
    </message>
    <message>
        <location line="+66"/>
        <location line="+36"/>
        <source>(erased)</source>
        <translation>(erased)</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>No customers yet: one is saved with the first order placed with a new phone number.</source>
        <translation>No customers yet: one is saved with the first order placed with a new phone number.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nobody matches. Search by digits of a phone number or a part of a name.</source>
        <translation>Nobody matches. Search by digits of a phone number or a part of a name.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The personal data of this customer was erased; their orders keep only the money.</source>
        <translation>The personal data of this customer was erased; their orders keep only the money.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Phones: %1</source>
        <translation>Phones: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Address: %1</source>
        <translation>Address: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note: %1</source>
        <translation>Note: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n order(s), %1 in all, %2 paid</source>
        <translation>
            <numerusform>%n order, %1 in all, %2 paid</numerusform>
            <numerusform>%n orders, %1 in all, %2 paid</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n cancelled</source>
        <translation>
            <numerusform>%n cancelled</numerusform>
            <numerusform>%n cancelled</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Only a manager may erase a customer&apos;s data.</source>
        <translation>Only a manager may erase a customer&apos;s data.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Erase personal data</source>
        <translation>Erase personal data</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erase the name, phones, addresses and note of %1 here and on every terminal? Their orders keep only the money. This cannot be undone.</source>
        <translation>Erase the name, phones, addresses and note of %1 here and on every terminal? Their orders keep only the money. This cannot be undone.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Edit customer</source>
        <translation>Edit customer</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Phones (one per line):</source>
        <translation>&amp;Phones (one per line):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Addresses (one per line, the newest first):</source>
        <translation>&amp;Addresses (one per line, the newest first):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;ote:</source>
        <translation>N&amp;ote:</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Not saved: %1.</source>
        <translation>Not saved: %1.</translation>
    </message>
</context>
<context>
    <name>ShopDesk::DeliveriesTab</name>
    <message numerus="yes">
        <location filename="../ui/deliveriestab.cpp" line="+36"/>
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Delivery status filter</source>
        <translation>Delivery status filter</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Search deliveries</source>
        <translation>Search deliveries</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order id or customer; scan a slip&apos;s QR code and Enter</source>
        <translation>Order id or customer; scan a slip&apos;s QR code and Enter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deliveries</source>
        <translation>Deliveries</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+238"/>
        <source>Complete delivery</source>
        <translation>Complete delivery</translation>
    </message>
    <message>
        <location line="-228"/>
        <source>Slip page size</source>
        <translation>Slip page size</translation>
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
        <translation>80 mm roll</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Slip &amp;page:</source>
        <translation>Slip &amp;page:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print slip…</source>
        <translation>Print slip…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Preview…</source>
        <translation>Preview…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export PDF…</source>
        <translation>Export PDF…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Print all unprinted…</source>
        <translation>Print all unprinted…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Deliveries message</source>
        <translation>Deliveries message</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>The deliveries could not be read: %1</source>
        <translation>The deliveries could not be read: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Printed %n slip(s) to %1: %2</source>
        <translation>
            <numerusform>Printed %n slip to %1: %2</numerusform>
            <numerusform>Printed %n slips to %1: %2</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It replaced the existing file %1.</source>
        <translation>It replaced the existing file %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n slip(s) not printed to %1 (%2); they stay marked as not printed.
%3</source>
        <translation>
            <numerusform>%n slip not printed to %1 (%2); it stays marked as not printed.
%3</numerusform>
            <numerusform>%n slips not printed to %1 (%2); they stay marked as not printed.
%3</numerusform>
        </translation>
    </message>
    <message>
        <location line="+78"/>
        <source>No delivery matches &quot;%1&quot;.</source>
        <translation>No delivery matches &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Order %1 is %2 and has no delivery yet: it must be paid first.</source>
        <translation>Order %1 is %2 and has no delivery yet: it must be paid first.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The delivery of order %1 could not be shown.</source>
        <translation>The delivery of order %1 could not be shown.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delivery %1 of order %2 for %3: press Enter to complete it.</source>
        <translation>Delivery %1 of order %2 for %3: press Enter to complete it.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delivery %1 of order %2 for %3 is %4.</source>
        <translation>Delivery %1 of order %2 for %3 is %4.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Delivery %1 is %2; only a started delivery can be completed.</source>
        <translation>Delivery %1 is %2; only a started delivery can be completed.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mark delivery %1 of order %2 as handed over to %3?</source>
        <translation>Mark delivery %1 of order %2 as handed over to %3?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Complete</source>
        <translation>Complete</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The delivery of order %1 was not completed: %2</source>
        <translation>The delivery of order %1 was not completed: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delivery %1 of order %2 completed.</source>
        <translation>Delivery %1 of order %2 completed.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No printer is installed on this computer, so the slip of %1 was not printed. Export it as a PDF file instead (Ctrl+E).</source>
        <translation>No printer is installed on this computer, so the slip of %1 was not printed. Export it as a PDF file instead (Ctrl+E).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Print the slip of %1</source>
        <translation>Print the slip of %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Every started delivery&apos;s slip has been printed.</source>
        <translation>Every started delivery&apos;s slip has been printed.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>No printer is installed on this computer, so the %n unprinted slip(s) were not printed.</source>
        <translation>
            <numerusform>No printer is installed on this computer, so the %n unprinted slip was not printed.</numerusform>
            <numerusform>No printer is installed on this computer, so the %n unprinted slips were not printed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Print %n unprinted slip(s)</source>
        <translation>
            <numerusform>Print %n unprinted slip</numerusform>
            <numerusform>Print %n unprinted slips</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Printing the oldest %n unprinted slip(s); press Print all unprinted again for the rest.</source>
        <translation>
            <numerusform>Printing the oldest %n unprinted slip; press Print all unprinted again for the rest.</numerusform>
            <numerusform>Printing the oldest %n unprinted slips; press Print all unprinted again for the rest.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n slip(s) not printed (%1): %2. They stay marked as not printed.</source>
        <translation>
            <numerusform>%n slip not printed (%1): %2. It stays marked as not printed.</numerusform>
            <numerusform>%n slips not printed (%1): %2. They stay marked as not printed.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not printed: %1</source>
        <translation>Not printed: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Printing %n slip(s): %1</source>
        <translation>
            <numerusform>Printing %n slip: %1</numerusform>
            <numerusform>Printing %n slips: %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Slip of order %1</source>
        <translation>Slip of order %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The slip of %1 was not printed; it stays marked as not printed.
%2</source>
        <translation>The slip of %1 was not printed; it stays marked as not printed.
%2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Printed the slip of %1.</source>
        <translation>Printed the slip of %1.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Export the slip of %1 as PDF</source>
        <translation>Export the slip of %1 as PDF</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not exported: %1</source>
        <translation>Not exported: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Writing the slip of %1 to %2…</source>
        <translation>Writing the slip of %1 to %2…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Automatic printing is on, but this computer has no printer: the slip of order %1 was not printed. Print it later with Print all unprinted (Ctrl+Shift+A).</source>
        <translation>Automatic printing is on, but this computer has no printer: the slip of order %1 was not printed. Print it later with Print all unprinted (Ctrl+Shift+A).</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Nothing matches &quot;%1&quot; — search by order id or customer.</source>
        <translation>Nothing matches &quot;%1&quot; — search by order id or customer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing matches &quot;%1&quot; among the deliveries that are %2.</source>
        <translation>Nothing matches &quot;%1&quot; among the deliveries that are %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No delivery is %1; choose All statuses to see the others.</source>
        <translation>No delivery is %1; choose All statuses to see the others.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No deliveries yet — a delivery starts when an order is paid (Orders tab).</source>
        <translation>No deliveries yet — a delivery starts when an order is paid (Orders tab).</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Delivery slips</source>
        <translation>Delivery slips</translation>
    </message>
</context>
<context>
    <name>ShopDesk::DeliveryTableModel</name>
    <message>
        <location filename="../ui/deliverytablemodel.cpp" line="+66"/>
        <source>Phone: %1</source>
        <translation>Phone: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Order status: %1</source>
        <translation>Order status: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Delivery</source>
        <translation>Delivery</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Started at</source>
        <translation>Started at</translation>
    </message>
</context>
<context>
    <name>ShopDesk::Desktop</name>
    <message>
        <location filename="../app/desktop/desktopstartup.cpp" line="+92"/>
        <source>Making demo data...</source>
        <translation>Making demo data...</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ShopDesk::DisplayText</name>
    <message>
        <location filename="../ui/displaytext.cpp" line="+48"/>
        <source>Placed</source>
        <translation>Placed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delivering</source>
        <translation>Delivering</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delivered</source>
        <translation>Delivered</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+51"/>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>Cash</source>
        <translation>Cash</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Card</source>
        <translation>Card</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>income deduction</source>
        <translation>income deduction</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>expense proof</source>
        <translation>expense proof</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>phone</source>
        <translation>phone</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>business no.</source>
        <translation>business no.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cash receipt card</source>
        <translation>cash receipt card</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>self-issued</source>
        <translation>self-issued</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refunded</source>
        <translation>Refunded</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Started</source>
        <translation>Started</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Completed</source>
        <translation>Completed</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>it is offline. Check that it is on and its lid is shut, then print again.</source>
        <translation>it is offline. Check that it is on and its lid is shut, then print again.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is out of paper. Put in a new roll, then print again.</source>
        <translation>it is out of paper. Put in a new roll, then print again.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its cover is open. Shut it, then print again.</source>
        <translation>its cover is open. Shut it, then print again.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it reports an error (a paper jam or the cutter). Clear it, then print again.</source>
        <translation>it reports an error (a paper jam or the cutter). Clear it, then print again.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the connection dropped in the middle of the job. Check the cable or the network, then print again.</source>
        <translation>the connection dropped in the middle of the job. Check the cable or the network, then print again.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it stopped answering. Check it, then print again.</source>
        <translation>it stopped answering. Check it, then print again.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it cannot be reached. Check that it is on and connected, and its address in Settings.</source>
        <translation>it cannot be reached. Check that it is on and connected, and its address in Settings.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>its address names a file or folder, not a printer. Check it in Settings.</source>
        <translation>its address names a file or folder, not a printer. Check it in Settings.</translation>
    </message>
</context>
<context>
    <name>ShopDesk::ErrorText</name>
    <message>
        <location filename="../ui/errortext.cpp" line="+71"/>
        <source>This could not be done.</source>
        <translation>This could not be done.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This shop&apos;s PINs have at least %1 digits. Type a longer PIN.</source>
        <translation>This shop&apos;s PINs have at least %1 digits. Type a longer PIN.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A user named %1 already exists. Choose another name.</source>
        <translation>A user named %1 already exists. Choose another name.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The shop&apos;s first user must be a manager.</source>
        <translation>The shop&apos;s first user must be a manager.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is damaged: it cannot be restored. Choose another backup.</source>
        <translation>%1 is damaged: it cannot be restored. Choose another backup.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not a ShopDesk backup. Choose another file.</source>
        <translation>%1 is not a ShopDesk backup. Choose another file.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 was written by a newer ShopDesk: update ShopDesk first.</source>
        <translation>%1 was written by a newer ShopDesk: update ShopDesk first.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 fails ShopDesk&apos;s checks: it cannot be restored. Choose another backup.</source>
        <translation>%1 fails ShopDesk&apos;s checks: it cannot be restored. Choose another backup.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>That backup is of another terminal. Restore a backup of this one.</source>
        <translation>That backup is of another terminal. Restore a backup of this one.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not a regular file. Choose the backup file itself.</source>
        <translation>%1 is not a regular file. Choose the backup file itself.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The cash tendered, %1, is less than the total of %2.</source>
        <translation>The cash tendered, %1, is less than the total of %2.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A business registration number has 10 digits and ends in a check digit, such as 123-45-67891: check it for a typo.</source>
        <translation>A business registration number has 10 digits and ends in a check digit, such as 123-45-67891: check it for a typo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The VAT rate is a whole percent from 0 to %1.</source>
        <translation>The VAT rate is a whole percent from 0 to %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The clerk&apos;s discount limit is a whole percent from 0 to 100.</source>
        <translation>The clerk&apos;s discount limit is a whole percent from 0 to 100.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Please correct the order: the customer&apos;s name, phone or address is too long or has control characters, or a quantity is not from 1 to %1.</source>
        <translation>Please correct the order: the customer&apos;s name, phone or address is too long or has control characters, or a quantity is not from 1 to %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Please check the amount tendered: it was not accepted.</source>
        <translation>Please check the amount tendered: it was not accepted.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Please shorten the reason for cancelling: it is too long or has control characters.</source>
        <translation>Please shorten the reason for cancelling: it is too long or has control characters.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Please correct the product: its id, name, price, barcode or low-stock threshold was not accepted.</source>
        <translation>Please correct the product: its id, name, price, barcode or low-stock threshold was not accepted.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Please correct the quantity, or shorten the reason.</source>
        <translation>Please correct the quantity, or shorten the reason.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the name (1 to %1 characters, no control characters) and the PIN (%2 to %3 digits).</source>
        <translation>Check the name (1 to %1 characters, no control characters) and the PIN (%2 to %3 digits).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Type the PIN again: it has %1 to %2 digits.</source>
        <translation>Type the PIN again: it has %1 to %2 digits.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Please correct the shop&apos;s settings: its name, address or phone is too long or has control characters.</source>
        <translation>Please correct the shop&apos;s settings: its name, address or phone is too long or has control characters.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Please check the terminal name (1-16 letters, digits, &apos;-&apos; or &apos;_&apos;, starting with a letter), the manager&apos;s name and the PIN (%1 to %2 digits).</source>
        <translation>Please check the terminal name (1-16 letters, digits, &apos;-&apos; or &apos;_&apos;, starting with a letter), the manager&apos;s name and the PIN (%1 to %2 digits).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing to print: choose a slip, and a printer or a file.</source>
        <translation>Nothing to print: choose a slip, and a printer or a file.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Please check the amounts and counts (whole, not negative) and give a reason for cash moved in or out.</source>
        <translation>Please check the amounts and counts (whole, not negative) and give a reason for cash moved in or out.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a backup file.</source>
        <translation>Choose a backup file.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>That was not accepted: please check what was typed.</source>
        <translation>That was not accepted: please check what was typed.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>There is no order %1.</source>
        <translation>There is no order %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no product %1.</source>
        <translation>There is no product %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no user named %1 any more. The list shows the users there are.</source>
        <translation>There is no user named %1 any more. The list shows the users there are.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It no longer exists; the lists show what there is now.</source>
        <translation>It no longer exists; the lists show what there is now.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not enough stock; the order was not placed. Lower the quantities or remove these lines:
%1</source>
        <translation>Not enough stock; the order was not placed. Lower the quantities or remove these lines:
%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>There is not enough stock for that.</source>
        <translation>There is not enough stock for that.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only %1 of %2 on hand: %3 cannot be taken off.</source>
        <translation>Only %1 of %2 on hand: %3 cannot be taken off.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not enough stock of %1: %2 wanted, only %3 available.</source>
        <translation>Not enough stock of %1: %2 wanted, only %3 available.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 is the shop&apos;s last enabled manager. Make another user a manager first.</source>
        <translation>%1 is the shop&apos;s last enabled manager. Make another user a manager first.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You cannot disable yourself while logged in. Another manager can.</source>
        <translation>You cannot disable yourself while logged in. Another manager can.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This terminal was restored from a backup and is getting what it did after it back from the hub. Wait until it is connected and up to date, then try again.</source>
        <translation>This terminal was restored from a backup and is getting what it did after it back from the hub. Wait until it is connected and up to date, then try again.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The slip of %1 is being printed already.</source>
        <translation>The slip of %1 is being printed already.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This shop takes cash only during a shift, and none is open on this terminal. Open a shift with the float in the drawer first.</source>
        <translation>This shop takes cash only during a shift, and none is open on this terminal. Open a shift with the float in the drawer first.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Shift %1 is open already: close it before opening another.</source>
        <translation>Shift %1 is open already: close it before opening another.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The drawer should hold %1: a pay-out cannot be more.</source>
        <translation>The drawer should hold %1: a pay-out cannot be more.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Order %1 is %2: only a placed order can be paid.</source>
        <translation>Order %1 is %2: only a placed order can be paid.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order %1 is %2 and cannot be cancelled.</source>
        <translation>Order %1 is %2 and cannot be cancelled.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The delivery of order %1 is %2: only a started delivery can be completed.</source>
        <translation>The delivery of order %1 is %2: only a started delivery can be completed.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Order %1 is %2 and has no delivery yet: it must be paid first.</source>
        <translation>Order %1 is %2 and has no delivery yet: it must be paid first.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Order %1 is %2, so this is not possible now.</source>
        <translation>Order %1 is %2, so this is not possible now.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This change is not possible now. Nothing was changed.</source>
        <translation>This change is not possible now. Nothing was changed.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This shop has users already: log in as one of them.</source>
        <translation>This shop has users already: log in as one of them.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is not possible in the present state. Nothing was changed.</source>
        <translation>This is not possible in the present state. Nothing was changed.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The database is busy: another program is writing to it. Try again in a moment.</source>
        <translation>The database is busy: another program is writing to it. Try again in a moment.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is not a regular file (a folder, a device, a pipe or a link), so ShopDesk does not write the backup there. Choose another file name.</source>
        <translation>%1 is not a regular file (a folder, a device, a pipe or a link), so ShopDesk does not write the backup there. Choose another file name.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ShopDesk cannot write the backup to %1. Choose another folder or file name.</source>
        <translation>ShopDesk cannot write the backup to %1. Choose another folder or file name.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is not a regular file (it is a device, a pipe or a link), so ShopDesk does not write the slip there. Choose another file name.</source>
        <translation>%1 is not a regular file (it is a device, a pipe or a link), so ShopDesk does not write the slip there. Choose another file name.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ShopDesk cannot write the slip to %1. Choose another folder or file name.</source>
        <translation>ShopDesk cannot write the slip to %1. Choose another folder or file name.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The printer %1 is not available. Check that it is on and connected.</source>
        <translation>The printer %1 is not available. Check that it is on and connected.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The printer does not take this page size. Choose another slip page.</source>
        <translation>The printer does not take this page size. Choose another slip page.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The printer %1 does not take this page size. Choose another slip page.</source>
        <translation>The printer %1 does not take this page size. Choose another slip page.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The printer %1 did not take the job. Check the printer, then try again.</source>
        <translation>The printer %1 did not take the job. Check the printer, then try again.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The printer %1: %2</source>
        <translation>The printer %1: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The disk is full, so the database could not save this. Free some disk space, then try again.</source>
        <translation>The disk is full, so the database could not save this. Free some disk space, then try again.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The disk failed to read or write the database. Check the disk, then try again.</source>
        <translation>The disk failed to read or write the database. Check the disk, then try again.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The database file is damaged. Ask for support before working on.</source>
        <translation>The database file is damaged. Ask for support before working on.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database failed (SQLite error %1). Try again; if it keeps failing, ask for support.</source>
        <translation>The database failed (SQLite error %1). Try again; if it keeps failing, ask for support.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The database could not be read.</source>
        <translation>The database could not be read.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The printer, the file or the database failed.</source>
        <translation>The printer, the file or the database failed.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database could not be created or opened. Nothing was saved.</source>
        <translation>The database could not be created or opened. Nothing was saved.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This could not be saved: the database refused it. Nothing was changed.</source>
        <translation>This could not be saved: the database refused it. Nothing was changed.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 is locked after too many wrong PINs, until %2 (%3 more seconds). A manager can unlock the user (File, Users).</source>
        <translation>%1 is locked after too many wrong PINs, until %2 (%3 more seconds). A manager can unlock the user (File, Users).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is disabled. A manager can enable the user again (File, Users).</source>
        <translation>%1 is disabled. A manager can enable the user again (File, Users).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 has been disabled meanwhile. Log in as an enabled manager.</source>
        <translation>%1 has been disabled meanwhile. Log in as an enabled manager.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 has been disabled meanwhile. Log in as another user: Switch user (Ctrl+Shift+L).</source>
        <translation>%1 has been disabled meanwhile. Log in as another user: Switch user (Ctrl+Shift+L).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Wrong PIN for %1. Type the PIN again.</source>
        <translation>Wrong PIN for %1. Type the PIN again.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Log in as a manager to manage users.</source>
        <translation>Log in as a manager to manage users.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Please log in first: Switch user (Ctrl+Shift+L).</source>
        <translation>Please log in first: Switch user (Ctrl+Shift+L).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Shift %1 was opened by %2: a clerk closes only a shift they opened. %2 or a manager can close it.</source>
        <translation>Shift %1 was opened by %2: a clerk closes only a shift they opened. %2 or a manager can close it.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only a manager manages users. Switch user to log in as a manager.</source>
        <translation>Only a manager manages users. Switch user to log in as a manager.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only a manager may do this. Ask a manager to log in: Switch user (Ctrl+Shift+L).</source>
        <translation>Only a manager may do this. Ask a manager to log in: Switch user (Ctrl+Shift+L).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 %2: %3 wanted, %4 available (%5 short)</source>
        <translation>%1 %2: %3 wanted, %4 available (%5 short)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>A business registration number is for expense proof, not income deduction: choose expense proof.</source>
        <translation>A business registration number is for expense proof, not income deduction: choose expense proof.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This is not a business registration number: its check digit does not match. Check it for a typo.</source>
        <translation>This is not a business registration number: its check digit does not match. Check it for a typo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type a phone number (10 or 11 digits from 01), a business registration number (10 digits) or a cash receipt card number (13 to 19 digits); leave it empty for the tax office&apos;s self-issue number.</source>
        <translation>Type a phone number (10 or 11 digits from 01), a business registration number (10 digits) or a cash receipt card number (13 to 19 digits); leave it empty for the tax office&apos;s self-issue number.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Order %1 was placed at terminal %2: pay, cancel or complete it there.</source>
        <translation>Order %1 was placed at terminal %2: pay, cancel or complete it there.</translation>
    </message>
</context>
<context>
    <name>ShopDesk::FirstRunDialog</name>
    <message>
        <location filename="../ui/firstrundialog.cpp" line="+43"/>
        <source>Welcome to ShopDesk</source>
        <translation>Welcome to ShopDesk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name this terminal and create the shop&apos;s first manager. The manager can then add clerks and other managers.</source>
        <translation>Name this terminal and create the shop&apos;s first manager. The manager can then add clerks and other managers.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Terminal name</source>
        <translation>Terminal name</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1-16 letters, digits, &apos;-&apos; or &apos;_&apos;, starting with a letter; order numbers begin with it (T1-000001).</source>
        <translation>1-16 letters, digits, &apos;-&apos; or &apos;_&apos;, starting with a letter; order numbers begin with it (T1-000001).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Manager name</source>
        <translation>Manager name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PIN again</source>
        <translation>PIN again</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Create manager</source>
        <translation>Create manager</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Terminal:</source>
        <translation>&amp;Terminal:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Manager name:</source>
        <translation>&amp;Manager name:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;PIN (%1-%2 digits):</source>
        <translation>&amp;PIN (%1-%2 digits):</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The PIN needs %1 to %2 digits.</source>
        <translation>The PIN needs %1 to %2 digits.</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>PIN &amp;again:</source>
        <translation>PIN &amp;again:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Type a name for this terminal, for example T1.</source>
        <translation>Type a name for this terminal, for example T1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The terminal name &apos;%1&apos; is not valid: use 1-16 letters, digits, &apos;-&apos; or &apos;_&apos;, starting with a letter (for example T1).</source>
        <translation>The terminal name &apos;%1&apos; is not valid: use 1-16 letters, digits, &apos;-&apos; or &apos;_&apos;, starting with a letter (for example T1).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Type the manager&apos;s name.</source>
        <translation>Type the manager&apos;s name.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The two PINs differ. Type the PIN again.</source>
        <translation>The two PINs differ. Type the PIN again.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot create the manager: %1</source>
        <translation>Cannot create the manager: %1</translation>
    </message>
</context>
<context>
    <name>ShopDesk::InventoryTab</name>
    <message>
        <location filename="../ui/inventorytab.cpp" line="+67"/>
        <source>Search products</source>
        <translation>Search products</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Product id, name or part of a barcode (Ctrl+F)</source>
        <translation>Product id, name or part of a barcode (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;New product</source>
        <translation>&amp;New product</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Register a new product</source>
        <translation>Register a new product</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit product</source>
        <translation>&amp;Edit product</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change the selected product&apos;s name, price, barcode or low-stock threshold</source>
        <translation>Change the selected product&apos;s name, price, barcode or low-stock threshold</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Receive</source>
        <translation>&amp;Receive</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receive stock of the selected product</source>
        <translation>Receive stock of the selected product</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Loss</source>
        <translation>&amp;Loss</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write off broken, spoiled or lost stock</source>
        <translation>Write off broken, spoiled or lost stock</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stock-&amp;take</source>
        <translation>Stock-&amp;take</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record what a stock-take counted</source>
        <translation>Record what a stock-take counted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I&amp;mport…</source>
        <translation>I&amp;mport…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Register and update products from a spreadsheet&apos;s CSV file</source>
        <translation>Register and update products from a spreadsheet&apos;s CSV file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xport…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save every product with its stock as CSV for a spreadsheet</source>
        <translation>Save every product with its stock as CSV for a spreadsheet</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Stock</source>
        <translation>Stock</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Enter or Ctrl+E edit, Ctrl+R receive, Ctrl+L loss, Ctrl+T stock-take, Ctrl+N new</source>
        <translation>Enter or Ctrl+E edit, Ctrl+R receive, Ctrl+L loss, Ctrl+T stock-take, Ctrl+N new</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Stock history</source>
        <translation>Stock history</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Only a manager may register products or change stock</source>
        <translation>Only a manager may register products or change stock</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Nothing matches &quot;%1&quot; — search by product id, name or part of a barcode.</source>
        <translation>Nothing matches &quot;%1&quot; — search by product id, name or part of a barcode.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No products yet — register one with New product (%1).</source>
        <translation>No products yet — register one with New product (%1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No products yet — a manager registers them.</source>
        <translation>No products yet — a manager registers them.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Only a manager may import products.</source>
        <translation>Only a manager may import products.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import products</source>
        <translation>Import products</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spreadsheet text (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>Spreadsheet text (*.csv *.tsv *.txt);;All files (*)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 does not exist.</source>
        <translation>%1 does not exist.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not a regular file. Choose the CSV file itself.</source>
        <translation>%1 is not a regular file. Choose the CSV file itself.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is too big to import (more than %2 MB).</source>
        <translation>%1 is too big to import (more than %2 MB).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 cannot be read: %2</source>
        <translation>%1 cannot be read: %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Export products</source>
        <translation>Export products</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Exported %1 products to %2.</source>
        <translation>Exported %1 products to %2.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Stock history: select a product</source>
        <translation>&amp;Stock history: select a product</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Stock history of %1 %2</source>
        <translation>&amp;Stock history of %1 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Stock history of %1 %2 (barcode %3)</source>
        <translation>&amp;Stock history of %1 %2 (barcode %3)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Only a manager may register products.</source>
        <translation>Only a manager may register products.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Only a manager may edit products.</source>
        <translation>Only a manager may edit products.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Only a manager may change stock.</source>
        <translation>Only a manager may change stock.</translation>
    </message>
</context>
<context>
    <name>ShopDesk::InventoryText</name>
    <message>
        <location filename="../ui/inventorytext.cpp" line="+11"/>
        <source>Reserved by order</source>
        <translation>Reserved by order</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Released (order cancelled)</source>
        <translation>Released (order cancelled)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sent (delivery started)</source>
        <translation>Sent (delivery started)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Returned (delivery cancelled)</source>
        <translation>Returned (delivery cancelled)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loss</source>
        <translation>Loss</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stock-take</source>
        <translation>Stock-take</translation>
    </message>
</context>
<context>
    <name>ShopDesk::ListWidgets</name>
    <message>
        <location filename="../ui/listwidgets.cpp" line="+89"/>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
</context>
<context>
    <name>ShopDesk::LoginDialog</name>
    <message>
        <location filename="../ui/logindialog.cpp" line="+23"/>
        <source>manager</source>
        <translation>manager</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>clerk</source>
        <translation>clerk</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Log in to ShopDesk</source>
        <translation>Log in to ShopDesk</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>User</source>
        <translation>User</translation>
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
        <translation>Log in</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;User:</source>
        <translation>&amp;User:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;PIN:</source>
        <translation>&amp;PIN:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>This shop has no users yet.</source>
        <translation>This shop has no users yet.</translation>
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
        <translation>Sections</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Orders</source>
        <translation>Orders</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inventory</source>
        <translation>Inventory</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deliveries</source>
        <translation>Deliveries</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Database file</source>
        <translation>Database file</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Number of events</source>
        <translation>Number of events</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sync with the hub</source>
        <translation>Sync with the hub</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Shift</source>
        <translation>Shift</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Restored</source>
        <translation>Restored</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>The hub refused this terminal: %1</source>
        <translation>The hub refused this terminal: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Working alone</source>
        <translation>Working alone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No hub is set (Settings, Ctrl+,).</source>
        <translation>No hub is set (Settings, Ctrl+,).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Catching up %1%</source>
        <translation>Catching up %1%</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Catching up</source>
        <translation>Catching up</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connecting</source>
        <translation>Connecting</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1, all sent</source>
        <translation>%1, all sent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, %2 unsent</source>
        <translation>%1, %2 unsent</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> (oldest %1 h)</source>
        <translation> (oldest %1 h)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (oldest %1 min)</source>
        <translation> (oldest %1 min)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (oldest %1 s)</source>
        <translation> (oldest %1 s)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>, %1 not applied</source>
        <translation>, %1 not applied</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 events of other terminals could not be applied here and are kept aside. Run verify (shopdesk-cli verify) to see them and why, and ask for help.</source>
        <translation>%1 events of other terminals could not be applied here and are kept aside. Run verify (shopdesk-cli verify) to see them and why, and ask for help.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Switch user...</source>
        <translation>&amp;Switch user...</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Users...</source>
        <translation>&amp;Users...</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Customers...</source>
        <translation>&amp;Customers...</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>S&amp;ettings...</source>
        <translation>S&amp;ettings...</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open cash &amp;drawer...</source>
        <translation>Open cash &amp;drawer...</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Back up now...</source>
        <translation>&amp;Back up now...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Restore from backup...</source>
        <translation>&amp;Restore from backup...</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Work shift</source>
        <translation>&amp;Work shift</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open shift...</source>
        <translation>&amp;Open shift...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pay &amp;in...</source>
        <translation>Pay &amp;in...</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pay o&amp;ut...</source>
        <translation>Pay o&amp;ut...</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Shift &amp;report (X)...</source>
        <translation>Shift &amp;report (X)...</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Close shift and count...</source>
        <translation>&amp;Close shift and count...</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Orders</source>
        <translation>&amp;Orders</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Inventory</source>
        <translation>&amp;Inventory</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Deliveries</source>
        <translation>&amp;Deliveries</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Reports</source>
        <translation>&amp;Reports</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About ShopDesk</source>
        <translation>&amp;About ShopDesk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About ShopDesk</source>
        <translation>About ShopDesk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ShopDesk %1: the point of sale that never loses a sale.</source>
        <translation>ShopDesk %1: the point of sale that never loses a sale.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 - ShopDesk</source>
        <translation>%1 - ShopDesk</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Open the cash drawer</source>
        <translation>Open the cash drawer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why is the drawer opened (optional for a manager)?</source>
        <translation>Why is the drawer opened (optional for a manager)?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why is the drawer opened? A clerk gives a reason.</source>
        <translation>Why is the drawer opened? A clerk gives a reason.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Shift %1 since %2 (%3)</source>
        <translation>Shift %1 since %2 (%3)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No shift open</source>
        <translation>No shift open</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Shift %1 is open with a float of %2.</source>
        <translation>Shift %1 is open with a float of %2.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Recorded. The drawer should hold %1.</source>
        <translation>Recorded. The drawer should hold %1.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Switch user</source>
        <translation>Switch user</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Add users, change roles, reset PINs, disable users.</source>
        <translation>Add users, change roles, reset PINs, disable users.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only a manager manages users. Switch user (Ctrl+Shift+L) to log in as one.</source>
        <translation>Only a manager manages users. Switch user (Ctrl+Shift+L) to log in as one.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The new language applies at the next start.</source>
        <translation>The new language applies at the next start.</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>User: %1 (%2)</source>
        <translation>User: %1 (%2)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>manager</source>
        <translation>manager</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>clerk</source>
        <translation>clerk</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>User: %1</source>
        <translation>User: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Events: %1</source>
        <translation>Events: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Events: unknown</source>
        <translation>Events: unknown</translation>
    </message>
</context>
<context>
    <name>ShopDesk::NewOrderPanel</name>
    <message>
        <location filename="../ui/neworderpanel.cpp" line="+93"/>
        <source>Customer name</source>
        <translation>Customer name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivery address</source>
        <translation>Delivery address</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The customer&apos;s name, up to %1 characters</source>
        <translation>The customer&apos;s name, up to %1 characters</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Up to %1 characters</source>
        <translation>Up to %1 characters</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where the order is delivered, up to %1 characters</source>
        <translation>Where the order is delivered, up to %1 characters</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scan a barcode, or type a product id or name</source>
        <translation>Scan a barcode, or type a product id or name</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Matching products</source>
        <translation>Matching products</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>F2: here. Enter adds the product; a scanned barcode is added at once. Up/Down choose among the suggestions; Tab goes to the quantity, or type the quantity after a star: 감귤*5.</source>
        <translation>F2: here. Enter adds the product; a scanned barcode is added at once. Up/Down choose among the suggestions; Tab goes to the quantity, or type the quantity after a star: 감귤*5.</translation>
    </message>
    <message>
        <location line="-86"/>
        <source>Manager approval</source>
        <translation>Manager approval</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Manager</source>
        <translation>Manager</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Manager:</source>
        <translation>&amp;Manager:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;PIN:</source>
        <translation>&amp;PIN:</translation>
    </message>
    <message>
        <location line="+115"/>
        <source>Quantity of the next product added, 1 to %1; back to 1 after each line</source>
        <translation>Quantity of the next product added, 1 to %1; back to 1 after each line</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Add</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add the product</source>
        <translation>Add the product</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Order lines</source>
        <translation>Order lines</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Remove line</source>
        <translation>Remove line</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Discount on the order</source>
        <translation>Discount on the order</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>500 or 10%</source>
        <translation>500 or 10%</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A discount on the whole order: an amount (500) or a percentage (10%). Above the clerk&apos;s limit a manager approves it.</source>
        <translation>A discount on the whole order: an amount (500) or a percentage (10%). Above the clerk&apos;s limit a manager approves it.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Discount reason</source>
        <translation>Discount reason</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why the discount is given</source>
        <translation>Why the discount is given</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Gross, discount and VAT</source>
        <translation>Gross, discount and VAT</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+429"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="-425"/>
        <source>Order total</source>
        <translation>Order total</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Place order</source>
        <translation>&amp;Place order</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Place order</source>
        <translation>Place order</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place the order (Ctrl+Return)</source>
        <translation>Place the order (Ctrl+Return)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Order message</source>
        <translation>Order message</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A line holds 1 to %1 units; &quot;%2&quot; was not taken.</source>
        <translation>A line holds 1 to %1 units; &quot;%2&quot; was not taken.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 %2: no discount</source>
        <translation>%1 %2: no discount</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 %2: discount %3</source>
        <translation>%1 %2: discount %3</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A line&apos;s discount is an amount (500) or a whole percentage up to 100 (10%); &quot;%1&quot; was not taken.</source>
        <translation>A line&apos;s discount is an amount (500) or a whole percentage up to 100 (10%); &quot;%1&quot; was not taken.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A discount of %1 is more than %2 %3 comes to (%4); it was not taken.</source>
        <translation>A discount of %1 is more than %2 %3 comes to (%4); it was not taken.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 units of %2 would come to less than the line&apos;s discount of %3; lower the discount first.</source>
        <translation>%1 units of %2 would come to less than the line&apos;s discount of %3; lower the discount first.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>C&amp;ustomer:</source>
        <translation>C&amp;ustomer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pho&amp;ne:</source>
        <translation>Pho&amp;ne:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Dis&amp;count:</source>
        <translation>Dis&amp;count:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reas&amp;on:</source>
        <translation>Reas&amp;on:</translation>
    </message>
    <message>
        <location line="+206"/>
        <source>Add a product first; then F6 gives its line a discount.</source>
        <translation>Add a product first; then F6 gives its line a discount.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Discount on %1 %2: an amount (500) or a percentage (10%), then Enter; empty for none.</source>
        <translation>Discount on %1 %2: an amount (500) or a percentage (10%), then Enter; empty for none.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The discounts, %1, are more than the %2% of %3 a clerk may give. A manager approves them with their PIN.</source>
        <translation>The discounts, %1, are more than the %2% of %3 a clerk may give. A manager approves them with their PIN.</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Discount: 500 or 10%,
at most the order</source>
        <translation>Discount: 500 or 10%,
at most the order</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Gross %1</source>
        <translation>Gross %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discount -%1</source>
        <translation>Discount -%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>VAT %1</source>
        <translation>VAT %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Change</source>
        <translation>Change</translation>
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
            <numerusform>Customer %1: %n order</numerusform>
            <numerusform>Customer %1: %n orders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>— %n addresses: choose one in the address field.</source>
        <translation>
            <numerusform>— %n address: choose one in the address field.</numerusform>
            <numerusform>— %n addresses: choose one in the address field.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-500"/>
        <source>A&amp;ddress:</source>
        <translation>A&amp;ddress:</translation>
    </message>
    <message>
        <location line="-117"/>
        <source>Delete removes the selected line; typing a number changes its quantity; F6 gives the line a discount (500 or 10%)</source>
        <translation>Delete removes the selected line; typing a number changes its quantity; F6 gives the line a discount (500 or 10%)</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>P&amp;roduct:</source>
        <translation>P&amp;roduct:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Qty:</source>
        <translation>&amp;Qty:</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Scan a barcode or type a product id or name first.</source>
        <translation>Scan a barcode or type a product id or name first.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Type the quantity after the star as a whole number from 1 to %1, for example %2*5.</source>
        <translation>Type the quantity after the star as a whole number from 1 to %1, for example %2*5.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>No product has the id, barcode or name &quot;%1&quot;.</source>
        <translation>No product has the id, barcode or name &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Several products match &quot;%1&quot;: choose one from the list (Up/Down, Enter).</source>
        <translation>Several products match &quot;%1&quot;: choose one from the list (Up/Down, Enter).</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Only %1 of %2 %3 available, %4 on the line: lower the quantity, or the order will be refused.</source>
        <translation>Only %1 of %2 %3 available, %4 on the line: lower the quantity, or the order will be refused.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 %2 × %3 = %4</source>
        <translation>%1 %2 × %3 = %4</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>Enter the customer&apos;s name (Alt+U).</source>
        <translation>Enter the customer&apos;s name (Alt+U).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add at least one product: scan it or type its id or name (F2).</source>
        <translation>Add at least one product: scan it or type its id or name (F2).</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Order %1 placed for %2: %3</source>
        <translation>Order %1 placed for %2: %3</translation>
    </message>
</context>
<context>
    <name>ShopDesk::OrderDetailsView</name>
    <message>
        <location filename="../ui/orderdetailsview.cpp" line="+38"/>
        <source>Order details</source>
        <translation>Order details</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lines of the order</source>
        <translation>Lines of the order</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Qty</source>
        <translation>Qty</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Price</source>
        <translation>Price</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Line total</source>
        <translation>Line total</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Money</source>
        <translation>Money</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payment</source>
        <translation>Payment</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Returns</source>
        <translation>Returns</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;turn items…</source>
        <translation>Re&amp;turn items…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Return items of the order</source>
        <translation>Return items of the order</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return some units of the order&apos;s lines, with the refund shown before confirming</source>
        <translation>Return some units of the order&apos;s lines, with the refund shown before confirming</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Result of the last return</source>
        <translation>Result of the last return</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delivery</source>
        <translation>Delivery</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+37"/>
        <location line="+65"/>
        <source>No order selected</source>
        <translation>No order selected</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Order %1 · %2 · terminal %3 · placed %4</source>
        <translation>Order %1 · %2 · terminal %3 · placed %4</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 — deliver to %2</source>
        <translation>%1 — deliver to %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 ordered, %2 returned</source>
        <translation>%1 ordered, %2 returned</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 less %2 discount</source>
        <translation>%1 less %2 discount</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Gross %1</source>
        <translation>Gross %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>discount -%1 (%2%)</source>
        <translation>discount -%1 (%2%)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>discount -%1</source>
        <translation>discount -%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Total %1 · supply %2 · VAT %3 (%4%)</source>
        <translation>Total %1 · supply %2 · VAT %3 (%4%)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> · exempt %1</source>
        <translation> · exempt %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Discount reason: %1</source>
        <translation>Discount reason: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not paid: %1 to pay</source>
        <translation>Not paid: %1 to pay</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paid: %1</source>
        <translation>Paid: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 left to pay</source>
        <translation>%1 left to pay</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Return %1: %2, refund %3</source>
        <translation>Return %1: %2, refund %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Delivery %1: %2, started %3</source>
        <translation>Delivery %1: %2, started %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No delivery yet (it starts when the order is paid)</source>
        <translation>No delivery yet (it starts when the order is paid)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cancelled (no reason given)</source>
        <translation>Cancelled (no reason given)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled: %1</source>
        <translation>Cancelled: %1</translation>
    </message>
</context>
<context>
    <name>ShopDesk::OrderLinesModel</name>
    <message>
        <location filename="../ui/orderlinesmodel.cpp" line="+59"/>
        <source>%1 short</source>
        <translation>%1 short</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>only %1 available</source>
        <translation>only %1 available</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 available</source>
        <translation>%1 available</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>%1 more than the stock can serve: lower the quantity or remove the line</source>
        <translation>%1 more than the stock can serve: lower the quantity or remove the line</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only %1 in stock: the order will be refused unless the quantity is lowered</source>
        <translation>Only %1 in stock: the order will be refused unless the quantity is lowered</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type a number from 1 to %1, or double-click, to change the quantity</source>
        <translation>Type a number from 1 to %1, or double-click, to change the quantity</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>F6, or type here: a discount on this line, an amount (500) or a percentage (10%); empty for none</source>
        <translation>F6, or type here: a discount on this line, an amount (500) or a percentage (10%); empty for none</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Qty</source>
        <translation>Qty</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Price</source>
        <translation>Price</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Line total</source>
        <translation>Line total</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discount</source>
        <translation>Discount</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stock</source>
        <translation>Stock</translation>
    </message>
</context>
<context>
    <name>ShopDesk::OrderTableModel</name>
    <message>
        <location filename="../ui/ordertablemodel.cpp" line="+92"/>
        <source>Deliver to: %1</source>
        <translation>Deliver to: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n order line(s)</source>
        <translation>
            <numerusform>%n order line</numerusform>
            <numerusform>%n order lines</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delivery %1, started %2</source>
        <translation>Delivery %1, started %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Items</source>
        <translation>Items</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Placed at</source>
        <translation>Placed at</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payment</source>
        <translation>Payment</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delivery</source>
        <translation>Delivery</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Terminal</source>
        <translation>Terminal</translation>
    </message>
</context>
<context>
    <name>ShopDesk::OrdersTab</name>
    <message>
        <location filename="../ui/orderstab.cpp" line="+77"/>
        <source>Order status filter</source>
        <translation>Order status filter</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Search orders</source>
        <translation>Search orders</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order id or customer (F3)</source>
        <translation>Order id or customer (F3)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>F4: here. F9 pays the selected order, Ctrl+Shift+X cancels it</source>
        <translation>F4: here. F9 pays the selected order, Ctrl+Shift+X cancels it</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Pa&amp;y (F9)</source>
        <translation>Pa&amp;y (F9)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pay the selected order</source>
        <translation>Pay the selected order</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print the receipt</source>
        <translation>Print the receipt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the chosen receipt (Ctrl+P)</source>
        <translation>Print the chosen receipt (Ctrl+P)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PDF…</source>
        <translation>PDF…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the receipt as a PDF file</source>
        <translation>Write the receipt as a PDF file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the chosen receipt as a PDF file (Ctrl+E)</source>
        <translation>Write the chosen receipt as a PDF file (Ctrl+E)</translation>
    </message>
    <message>
        <location line="+220"/>
        <source>Pay the selected order by cash or card (F9)</source>
        <translation>Pay the selected order by cash or card (F9)</translation>
    </message>
    <message>
        <location line="-245"/>
        <source>Cancel order (Ctrl+Shift+X)</source>
        <translation>Cancel order (Ctrl+Shift+X)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel the selected order</source>
        <translation>Cancel the selected order</translation>
    </message>
    <message>
        <location line="+244"/>
        <source>Cancel the selected order, with a reason (Ctrl+Shift+X)</source>
        <translation>Cancel the selected order, with a reason (Ctrl+Shift+X)</translation>
    </message>
    <message>
        <location line="-174"/>
        <source>Result of the last payment or cancellation</source>
        <translation>Result of the last payment or cancellation</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>Which receipt</source>
        <translation>Which receipt</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Result of the last receipt print</source>
        <translation>Result of the last receipt print</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send the receipts the printer did not take to it again</source>
        <translation>Send the receipts the printer did not take to it again</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Printed the receipt of %1 to %2.</source>
        <translation>Printed the receipt of %1 to %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It replaced the existing file %1.</source>
        <translation>It replaced the existing file %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The receipt of %1 was not printed to %2.
%3</source>
        <translation>The receipt of %1 was not printed to %2.
%3</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Rece&amp;ipt:</source>
        <translation>Rece&amp;ipt:</translation>
    </message>
    <message>
        <location line="+150"/>
        <source>Sale</source>
        <translation>Sale</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refund %1</source>
        <translation>Refund %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The refund receipt of return %1: %2 refunded</source>
        <translation>The refund receipt of return %1: %2 refunded</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+24"/>
        <source>Order %1 has no payment yet, so no receipt.</source>
        <translation>Order %1 has no payment yet, so no receipt.</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Select an order first.</source>
        <translation>Select an order first.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sale&apos;s receipt, or the refund receipt of a return</source>
        <translation>The sale&apos;s receipt, or the refund receipt of a return</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Select an order first (F4, then Up/Down).</source>
        <translation>Select an order first (F4, then Up/Down).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No printer is installed on this computer, so the receipt of %1 was not printed. Write it as a PDF file instead (Ctrl+E).</source>
        <translation>No printer is installed on this computer, so the receipt of %1 was not printed. Write it as a PDF file instead (Ctrl+E).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Print the receipt of %1</source>
        <translation>Print the receipt of %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Select a paid order first (F4, then Up/Down).</source>
        <translation>Select a paid order first (F4, then Up/Down).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Write the receipt of %1 as PDF</source>
        <translation>Write the receipt of %1 as PDF</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The receipt was not written: %1</source>
        <translation>The receipt was not written: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Writing the receipt of %1 to %2…</source>
        <translation>Writing the receipt of %1 to %2…</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+5"/>
        <location line="+69"/>
        <source>The receipt of %1 was not printed: %2</source>
        <translation>The receipt of %1 was not printed: %2</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>Printing the receipt of %1…</source>
        <translation>Printing the receipt of %1…</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Automatic receipts are on, but this computer has no printer: the receipt of %1 was not printed. Write it as a PDF file (Ctrl+E).</source>
        <translation>Automatic receipts are on, but this computer has no printer: the receipt of %1 was not printed. Write it as a PDF file (Ctrl+E).</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Printing the receipt of %1 on %2…</source>
        <translation>Printing the receipt of %1 on %2…</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+15"/>
        <source>The cash drawer did not open: %1</source>
        <translation>The cash drawer did not open: %1</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>No receipt printer is set up, so there is no cash drawer to open: set one in Settings.</source>
        <translation>No receipt printer is set up, so there is no cash drawer to open: set one in Settings.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Opening the cash drawer…</source>
        <translation>Opening the cash drawer…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No receipt printer is set up: set one in Settings, then print again.</source>
        <translation>No receipt printer is set up: set one in Settings, then print again.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Printing %n receipt(s) again…</source>
        <translation>
            <numerusform>Printing %n receipt again…</numerusform>
            <numerusform>Printing %n receipts again…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Print again (%1)</source>
        <translation>Print again (%1)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Nothing matches &quot;%1&quot; — search by order id or customer.</source>
        <translation>Nothing matches &quot;%1&quot; — search by order id or customer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing matches &quot;%1&quot; among the orders that are %2.</source>
        <translation>Nothing matches &quot;%1&quot; among the orders that are %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No order is %1; choose All statuses to see the others.</source>
        <translation>No order is %1; choose All statuses to see the others.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No orders yet — scan or type a product above (F2) to take the first one.</source>
        <translation>No orders yet — scan or type a product above (F2) to take the first one.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Select an order to pay first (F4, then Up/Down).</source>
        <translation>Select an order to pay first (F4, then Up/Down).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Order %1 is %2: only a placed order can be paid.</source>
        <translation>Order %1 is %2: only a placed order can be paid.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Order %1 is paid and the payment is recorded, but starting its delivery and decreasing the stock are pending: %2 ShopDesk retries them at its next start.</source>
        <translation>Order %1 is paid and the payment is recorded, but starting its delivery and decreasing the stock are pending: %2 ShopDesk retries them at its next start.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Order %1: %2 %3 taken, %4 left to pay.</source>
        <translation>Order %1: %2 %3 taken, %4 left to pay.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Order %1 paid in %2 parts. Delivery started.</source>
        <translation>Order %1 paid in %2 parts. Delivery started.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Order %1 paid in cash: %2 tendered, change %3. Delivery started.</source>
        <translation>Order %1 paid in cash: %2 tendered, change %3. Delivery started.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Order %1 paid by card (approval %2). Delivery started.</source>
        <translation>Order %1 paid by card (approval %2). Delivery started.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Select an order to cancel first (F4, then Up/Down).</source>
        <translation>Select an order to cancel first (F4, then Up/Down).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Order %1 is %2 and cannot be cancelled.</source>
        <translation>Order %1 is %2 and cannot be cancelled.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Order %1 is cancelled, but cancelling its delivery, the refund or returning the stock is pending: %2 ShopDesk retries it at its next start.</source>
        <translation>Order %1 is cancelled, but cancelling its delivery, the refund or returning the stock is pending: %2 ShopDesk retries it at its next start.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Order %1 cancelled; %2 refunded.</source>
        <translation>Order %1 cancelled; %2 refunded.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order %1 cancelled.</source>
        <translation>Order %1 cancelled.</translation>
    </message>
    <message>
        <location line="-736"/>
        <source>Orders</source>
        <translation>Orders</translation>
    </message>
</context>
<context>
    <name>ShopDesk::PayDialog</name>
    <message>
        <location filename="../ui/paydialog.cpp" line="+100"/>
        <source>Pay order %1</source>
        <translation>Pay order %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Cash</source>
        <translation>&amp;Cash</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;ard</source>
        <translation>C&amp;ard</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cash tendered</source>
        <translation>Cash tendered</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>Method:</source>
        <translation>Method:</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>&amp;Tendered:</source>
        <translation>&amp;Tendered:</translation>
    </message>
    <message>
        <location line="-145"/>
        <source>%1. %2 %3, tendered %4, change %5</source>
        <translation>%1. %2 %3, tendered %4, change %5</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1. %2 %3, approval %4</source>
        <translation>%1. %2 %3, approval %4</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>, card ending %1</source>
        <translation>, card ending %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>, %n months</source>
        <translation>
            <numerusform>, %n month</numerusform>
            <numerusform>, %n months</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source> (%1 refunded)</source>
        <translation> (%1 refunded)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>cash receipt %1 (self-issued, %2)</source>
        <translation>cash receipt %1 (self-issued, %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cash receipt %1 (%2)</source>
        <translation>cash receipt %1 (%2)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Left to pay</source>
        <translation>Left to pay</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Payments taken</source>
        <translation>Payments taken</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Amount of this payment</source>
        <translation>Amount of this payment</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>exact amount</source>
        <translation>exact amount</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Approval number</source>
        <translation>Approval number</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Card company</source>
        <translation>Card company</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Instalments</source>
        <translation>Instalments</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Single payment</source>
        <translation>Single payment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> months</source>
        <translation> months</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last 4 digits of the card</source>
        <translation>Last 4 digits of the card</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cash &amp;receipt</source>
        <translation>Cash &amp;receipt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Issue a cash receipt for this cash part (Alt+R): to the customer&apos;s phone, business registration or cash receipt card number, or without a number to the tax office&apos;s self-issue number</source>
        <translation>Issue a cash receipt for this cash part (Alt+R): to the customer&apos;s phone, business registration or cash receipt card number, or without a number to the tax office&apos;s self-issue number</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cash receipt number</source>
        <translation>Cash receipt number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>phone, business or card no.; none: self-issue</source>
        <translation>phone, business or card no.; none: self-issue</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Income &amp;deduction</source>
        <translation>Income &amp;deduction</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expense &amp;proof</source>
        <translation>Expense &amp;proof</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cash receipt as issued</source>
        <translation>Cash receipt as issued</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Take payment (Enter)</source>
        <translation>Take payment (Enter)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Change:</source>
        <translation>Change:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Number:</source>
        <translation>&amp;Number:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Purpose:</source>
        <translation>Purpose:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Appro&amp;val no.:</source>
        <translation>Appro&amp;val no.:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Card c&amp;ompany:</source>
        <translation>Card c&amp;ompany:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Instalments:</source>
        <translation>&amp;Instalments:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Last 4 digits:</source>
        <translation>&amp;Last 4 digits:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Left to pay:</source>
        <translation>Left to pay:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid:</source>
        <translation>Paid:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A&amp;mount:</source>
        <translation>A&amp;mount:</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>Nothing is left to pay.</source>
        <translation>Nothing is left to pay.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter the amount of this payment, up to the %1 left.</source>
        <translation>Enter the amount of this payment, up to the %1 left.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Type the approval number the card terminal printed (Alt+V).</source>
        <translation>Type the approval number the card terminal printed (Alt+V).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Instalments are 2 to 36 months; 0 is a single payment.</source>
        <translation>Instalments are 2 to 36 months; 0 is a single payment.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type all 4 last digits of the card, or none.</source>
        <translation>Type all 4 last digits of the card, or none.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 tendered is less than the amount %2: %3 missing.</source>
        <translation>%1 tendered is less than the amount %2: %3 missing.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>No number given: issued to the tax office&apos;s self-issue number %1 (%2)</source>
        <translation>No number given: issued to the tax office&apos;s self-issue number %1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Issued to %1 %2 (%3)</source>
        <translation>Issued to %1 %2 (%3)</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>nothing yet</source>
        <translation>nothing yet</translation>
    </message>
    <message>
        <location line="-89"/>
        <source>Enter the amount the customer handed over.</source>
        <translation>Enter the amount the customer handed over.</translation>
    </message>
</context>
<context>
    <name>ShopDesk::PrintTargets</name>
    <message>
        <location filename="../ui/printtargets.cpp" line="+39"/>
        <source>the printer %1 is not installed</source>
        <translation>the printer %1 is not installed</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the printer %1 is stopped (paused, or out of order)</source>
        <translation>the printer %1 is stopped (paused, or out of order)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the printer %1 refuses new jobs</source>
        <translation>the printer %1 refuses new jobs</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
</context>
<context>
    <name>ShopDesk::ProductCompletionModel</name>
    <message>
        <location filename="../ui/productcompletionmodel.cpp" line="+35"/>
        <source>%1 available</source>
        <translation>%1 available</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>out of stock</source>
        <translation>out of stock</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Barcode %1</source>
        <translation>Barcode %1</translation>
    </message>
</context>
<context>
    <name>ShopDesk::ProductDialog</name>
    <message>
        <location filename="../ui/productdialog.cpp" line="+52"/>
        <source>New product</source>
        <translation>New product</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Edit product %1</source>
        <translation>Edit product %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A product&apos;s id cannot change</source>
        <translation>A product&apos;s id cannot change</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Product id</source>
        <translation>Product id</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. P001</source>
        <translation>e.g. P001</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product name</source>
        <translation>Product name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Price</source>
        <translation>Price</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 12000</source>
        <translation>e.g. 12000</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. 12.50</source>
        <translation>e.g. 12.50</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Barcode</source>
        <translation>Barcode</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>optional; scan or type it</source>
        <translation>optional; scan or type it</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Low-stock threshold</source>
        <translation>Low-stock threshold</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>empty: the shop&apos;s default</source>
        <translation>empty: the shop&apos;s default</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Available stock at or below this number is shown as low stock. Leave it empty to use the shop&apos;s default.</source>
        <translation>Available stock at or below this number is shown as low stock. Leave it empty to use the shop&apos;s default.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Register</source>
        <translation>&amp;Register</translation>
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
        <translation>&amp;Id:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Price:</source>
        <translation>&amp;Price:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Barcode:</source>
        <translation>&amp;Barcode:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Low stock at:</source>
        <translation>&amp;Low stock at:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>empty: the shop&apos;s default (%1)</source>
        <translation>empty: the shop&apos;s default (%1)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Enter a product id, for example P001.</source>
        <translation>Enter a product id, for example P001.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The product id may not contain spaces or &apos;:&apos;; use letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos;.</source>
        <translation>The product id may not contain spaces or &apos;:&apos;; use letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos;.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enter the product&apos;s name.</source>
        <translation>Enter the product&apos;s name.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Enter the price, for example 12000.</source>
        <translation>Enter the price, for example 12000.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The price must be a whole amount, for example 12000.</source>
        <translation>The price must be a whole amount, for example 12000.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The price must be an amount such as 12.50, with at most %1 digits after the point.</source>
        <translation>The price must be an amount such as 12.50, with at most %1 digits after the point.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The price cannot be negative: it must be from %1 to %2.</source>
        <translation>The price cannot be negative: it must be from %1 to %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The price is too large: it must be from %1 to %2.</source>
        <translation>The price is too large: it must be from %1 to %2.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The low-stock threshold must be a whole number from 0 to %1, or empty for the shop&apos;s default.</source>
        <translation>The low-stock threshold must be a whole number from 0 to %1, or empty for the shop&apos;s default.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The low-stock threshold must be from 0 to %1, or empty for the shop&apos;s default.</source>
        <translation>The low-stock threshold must be from 0 to %1, or empty for the shop&apos;s default.</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>The barcode may not contain spaces or &apos;:&apos;.</source>
        <translation>The barcode may not contain spaces or &apos;:&apos;.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The id %1 is already used by &quot;%2&quot;; choose another id.</source>
        <translation>The id %1 is already used by &quot;%2&quot;; choose another id.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The barcode %1 already belongs to %2 &quot;%3&quot;.</source>
        <translation>The barcode %1 already belongs to %2 &quot;%3&quot;.</translation>
    </message>
</context>
<context>
    <name>ShopDesk::ReceiptPrinter</name>
    <message>
        <location filename="../ui/receiptprinter.cpp" line="+179"/>
        <source>The receipt could not be recorded as printed, so nothing was written to %1: %2</source>
        <translation>The receipt could not be recorded as printed, so nothing was written to %1: %2</translation>
    </message>
    <message>
        <location line="-65"/>
        <location line="+66"/>
        <source>The receipt went to %1, but could not be recorded as printed: %2</source>
        <translation>The receipt went to %1, but could not be recorded as printed: %2</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>The cash drawer opened at %1, but the opening could not be recorded: %2</source>
        <translation>The cash drawer opened at %1, but the opening could not be recorded: %2</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>The receipt was recorded as printed, but could not be written to %1: %2</source>
        <translation>The receipt was recorded as printed, but could not be written to %1: %2</translation>
    </message>
</context>
<context>
    <name>ShopDesk::ReportTableModel</name>
    <message>
        <location filename="../ui/reporttablemodel.cpp" line="+57"/>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hour</source>
        <translation>Hour</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Orders</source>
        <translation>Orders</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gross</source>
        <translation>Gross</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discounts</source>
        <translation>Discounts</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>VAT</source>
        <translation>VAT</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Returned</source>
        <translation>Returned</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Net sales</source>
        <translation>Net sales</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refunds</source>
        <translation>Refunds</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Net</source>
        <translation>Net</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Method</source>
        <translation>Method</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refunded</source>
        <translation>Refunded</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shift</source>
        <translation>Shift</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Terminal</source>
        <translation>Terminal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opened by</source>
        <translation>Opened by</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opened</source>
        <translation>Opened</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Float</source>
        <translation>Float</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expected</source>
        <translation>Expected</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Counted</source>
        <translation>Counted</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Difference</source>
        <translation>Difference</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On hand</source>
        <translation>On hand</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reserved</source>
        <translation>Reserved</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Available</source>
        <translation>Available</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Low at</source>
        <translation>Low at</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stock</source>
        <translation>Stock</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Low stock</source>
        <translation>Low stock</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Out of stock</source>
        <translation>Out of stock</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Oversold</source>
        <translation>Oversold</translation>
    </message>
</context>
<context>
    <name>ShopDesk::ReportsTab</name>
    <message>
        <location filename="../ui/reportstab.cpp" line="+181"/>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yesterday</source>
        <translation>Yesterday</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This week</source>
        <translation>This week</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This month</source>
        <translation>This month</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom</source>
        <translation>Custom</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+631"/>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <location line="-630"/>
        <source>&amp;Period:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>First day</source>
        <translation>First day</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last day</source>
        <translation>Last day</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fro&amp;m:</source>
        <translation>Fro&amp;m:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>T&amp;o:</source>
        <translation>T&amp;o:</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+611"/>
        <source>Terminal</source>
        <translation>Terminal</translation>
    </message>
    <message>
        <location line="-610"/>
        <location line="+552"/>
        <source>Whole shop</source>
        <translation>Whole shop</translation>
    </message>
    <message>
        <location line="-550"/>
        <source>T&amp;erminal:</source>
        <translation>T&amp;erminal:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export &amp;CSV…</source>
        <translation>Export &amp;CSV…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the table shown as a CSV file for a spreadsheet</source>
        <translation>Save the table shown as a CSV file for a spreadsheet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export P&amp;DF…</source>
        <translation>Export P&amp;DF…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the whole report, with its charts and tables, as a PDF</source>
        <translation>Save the whole report, with its charts and tables, as a PDF</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+410"/>
        <location line="+9"/>
        <location line="+165"/>
        <source>Net sales</source>
        <translation>Net sales</translation>
    </message>
    <message>
        <location line="-582"/>
        <location line="+583"/>
        <source>Orders</source>
        <translation>Orders</translation>
    </message>
    <message>
        <location line="-581"/>
        <location line="+582"/>
        <source>Average order</source>
        <translation>Average order</translation>
    </message>
    <message>
        <location line="-580"/>
        <location line="+588"/>
        <source>Refunds</source>
        <translation>Refunds</translation>
    </message>
    <message>
        <location line="-586"/>
        <location line="+582"/>
        <source>Returns</source>
        <translation>Returns</translation>
    </message>
    <message>
        <location line="-580"/>
        <location line="+582"/>
        <source>Cancellations</source>
        <translation>Cancellations</translation>
    </message>
    <message>
        <location line="-568"/>
        <location line="+372"/>
        <location line="+202"/>
        <source>Net sales by hour of day</source>
        <translation>Net sales by hour of day</translation>
    </message>
    <message>
        <location line="-573"/>
        <location line="+371"/>
        <location line="+203"/>
        <source>Net sales by day</source>
        <translation>Net sales by day</translation>
    </message>
    <message>
        <location line="-573"/>
        <location line="+371"/>
        <location line="+203"/>
        <source>Payments by method</source>
        <translation>Payments by method</translation>
    </message>
    <message>
        <location line="-566"/>
        <source>By day</source>
        <translation>By day</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By hour</source>
        <translation>By hour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Top products by revenue</source>
        <translation>Top products by revenue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Top products by quantity</source>
        <translation>Top products by quantity</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payments</source>
        <translation>Payments</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shifts</source>
        <translation>Shifts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stock to check</source>
        <translation>Stock to check</translation>
    </message>
    <message>
        <location line="+231"/>
        <source>The last day (%1) comes before the first (%2): choose a last day on or after the first. The figures shown are still those of %3.</source>
        <translation>The last day (%1) comes before the first (%2): choose a last day on or after the first. The figures shown are still those of %3.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A report covers at most %1 days: choose a shorter range. The figures shown are still those of %2.</source>
        <translation>A report covers at most %1 days: choose a shorter range. The figures shown are still those of %2.</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Gross %1, discounts %2</source>
        <translation>Gross %1, discounts %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>VAT %1</source>
        <translation>VAT %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cash %1, card %2</source>
        <translation>Cash %1, card %2</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No sales on %1.</source>
        <translation>No sales on %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No sales from %1.</source>
        <translation>No sales from %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No shift was opened in %1.</source>
        <translation>No shift was opened in %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No product needs attention: all stock is above its low-stock threshold.</source>
        <translation>No product needs attention: all stock is above its low-stock threshold.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Payments by method: none in this range</source>
        <translation>Payments by method: none in this range</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 %2 (%3%)</source>
        <translation>%1 %2 (%3%)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Reports are for managers: sales figures are not shown to a clerk. Ask a manager to log in: Switch user (Ctrl+Shift+L).</source>
        <translation>Reports are for managers: sales figures are not shown to a clerk. Ask a manager to log in: Switch user (Ctrl+Shift+L).</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1 is not a regular file (it is a folder, a device, a pipe or a link), so ShopDesk does not write the report there. Choose another file name.</source>
        <translation>%1 is not a regular file (it is a folder, a device, a pipe or a link), so ShopDesk does not write the report there. Choose another file name.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ShopDesk cannot write the report to %1. Choose another folder or file name.</source>
        <translation>ShopDesk cannot write the report to %1. Choose another folder or file name.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+101"/>
        <source>There are no figures to export.</source>
        <translation>There are no figures to export.</translation>
    </message>
    <message>
        <location line="-80"/>
        <source>Saved the table &quot;%1&quot; to %2.</source>
        <translation>Saved the table &quot;%1&quot; to %2.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Sales report</source>
        <translation>Sales report</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Printed</source>
        <translation>Printed</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Figures</source>
        <translation>Figures</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Gross</source>
        <translation>Gross</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discounts</source>
        <translation>Discounts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VAT</source>
        <translation>VAT</translation>
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
        <translation>Paid in cash</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid by card</source>
        <translation>Paid by card</translation>
    </message>
    <message numerus="yes">
        <location line="+49"/>
        <source>Saved the report (%n page(s)) to %1.</source>
        <translation>
            <numerusform>Saved the report (%n page) to %1.</numerusform>
            <numerusform>Saved the report (%n pages) to %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Export the table as CSV</source>
        <translation>Export the table as CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Export the report as PDF</source>
        <translation>Export the report as PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
</context>
<context>
    <name>ShopDesk::ReturnDialog</name>
    <message>
        <location filename="../ui/returndialog.cpp" line="+53"/>
        <source>Return items of order %1</source>
        <translation>Return items of order %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Lines to return</source>
        <translation>Lines to return</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Price</source>
        <translation>Price</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remaining</source>
        <translation>Remaining</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Return</source>
        <translation>Return</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Units of %1 to return</source>
        <translation>Units of %1 to return</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Write off (damaged: not back in stock)</source>
        <translation>&amp;Write off (damaged: not back in stock)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The returned units are written off instead of restocked</source>
        <translation>The returned units are written off instead of restocked</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only the units of a delivered order can be written off</source>
        <translation>Only the units of a delivered order can be written off</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reason for the return</source>
        <translation>Reason for the return</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Refund</source>
        <translation>Refund</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Card</source>
        <translation>&amp;Card</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The refund goes back to the card parts first, then cash</source>
        <translation>The refund goes back to the card parts first, then cash</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cas&amp;h</source>
        <translation>Cas&amp;h</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The refund is paid out in cash first, then to the card parts</source>
        <translation>The refund is paid out in cash first, then to the card parts</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Refund first</source>
        <translation>Refund first</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Refund to</source>
        <translation>Refund to</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Confirm return</source>
        <translation>Confirm return</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Rea&amp;son:</source>
        <translation>Rea&amp;son:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Refund first:</source>
        <translation>Refund first:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refund:</source>
        <translation>Refund:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund to:</source>
        <translation>Refund to:</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Choose how many units of which lines are returned.</source>
        <translation>Choose how many units of which lines are returned.</translation>
    </message>
    <message>
        <location line="-174"/>
        <source>%1 %2 (part %3)</source>
        <translation>%1 %2 (part %3)</translation>
    </message>
    <message>
        <location line="+222"/>
        <source>%1 refunded: %2</source>
        <translation>%1 refunded: %2</translation>
    </message>
    <message>
        <location line="-28"/>
        <location line="+31"/>
        <source>nothing to refund</source>
        <translation>nothing to refund</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return %1 of order %2 done; %3. The order now comes to %4.</source>
        <translation>Return %1 of order %2 done; %3. The order now comes to %4.</translation>
    </message>
</context>
<context>
    <name>ShopDesk::SettingsDialog</name>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="+55"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Shop name</source>
        <translation>Shop name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shop address</source>
        <translation>Shop address</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shop phone</source>
        <translation>Shop phone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency</source>
        <translation>Currency</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Default low-stock threshold</source>
        <translation>Default low-stock threshold</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A product without its own threshold is low on stock when what is available is at or below this.</source>
        <translation>A product without its own threshold is low on stock when what is available is at or below this.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Minimum PIN length</source>
        <translation>Minimum PIN length</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> digits</source>
        <translation> digits</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New and changed PINs need at least this many digits. Longer PINs are harder to guess from a stolen copy of the database.</source>
        <translation>New and changed PINs need at least this many digits. Longer PINs are harder to guess from a stolen copy of the database.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Business registration number</source>
        <translation>Business registration number</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>사업자등록번호: ten digits, printed on every receipt.</source>
        <translation>사업자등록번호: ten digits, printed on every receipt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Representative</source>
        <translation>Representative</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>대표자: the owner&apos;s name, printed on every receipt.</source>
        <translation>대표자: the owner&apos;s name, printed on every receipt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VAT rate</source>
        <translation>VAT rate</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The VAT included in the price of taxable goods, for orders placed from now on; placed orders keep the rate they were sold with.</source>
        <translation>The VAT included in the price of taxable goods, for orders placed from now on; placed orders keep the rate they were sold with.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clerk discount limit</source>
        <translation>Clerk discount limit</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How much of an order&apos;s amount a clerk may discount; above it a manager approves with their PIN.</source>
        <translation>How much of an order&apos;s amount a clerk may discount; above it a manager approves with their PIN.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cash only while a shi&amp;ft is open</source>
        <translation>Cash only while a shi&amp;ft is open</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cash only during a shift</source>
        <translation>Cash only during a shift</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A terminal takes cash only while a shift is open on it, so that every won in the drawer belongs to a shift&apos;s count.</source>
        <translation>A terminal takes cash only while a shift is open on it, so that every won in the drawer belongs to a shift&apos;s count.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Shop (printed on slips and receipts)</source>
        <translation>Shop (printed on slips and receipts)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Address:</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Phone:</source>
        <translation>&amp;Phone:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Business number:</source>
        <translation>&amp;Business number:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rep&amp;resentative:</source>
        <translation>Rep&amp;resentative:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Currency:</source>
        <translation>&amp;Currency:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Low stock at:</source>
        <translation>&amp;Low stock at:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;VAT rate:</source>
        <translation>&amp;VAT rate:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clerk &amp;discount limit:</source>
        <translation>Clerk &amp;discount limit:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Minimum PIN length:</source>
        <translation>&amp;Minimum PIN length:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only a manager changes the shop&apos;s settings.</source>
        <translation>Only a manager changes the shop&apos;s settings.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>System language</source>
        <translation>System language</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Slip page</source>
        <translation>Slip page</translation>
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
        <translation>80 mm receipt roll</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Print the &amp;slip when a payment starts a delivery</source>
        <translation>Print the &amp;slip when a payment starts a delivery</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print slips automatically</source>
        <translation>Print slips automatically</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Receipt page</source>
        <translation>Receipt page</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Print the receipt when an &amp;order is paid or refunded</source>
        <translation>Print the receipt when an &amp;order is paid or refunded</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print receipts automatically</source>
        <translation>Print receipts automatically</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Receipt printer</source>
        <translation>Receipt printer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none: the system&apos;s printers</source>
        <translation>none: the system&apos;s printers</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A thermal (ESC/POS) receipt printer: tcp://192.168.0.50 on the network, device:/dev/usb/lp0 on USB, serial:/dev/ttyS0@19200 or cups:QUEUE. Receipts then print on it at once, and the cash drawer opens through it.</source>
        <translation>A thermal (ESC/POS) receipt printer: tcp://192.168.0.50 on the network, device:/dev/usb/lp0 on USB, serial:/dev/ttyS0@19200 or cups:QUEUE. Receipts then print on it at once, and the cash drawer opens through it.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Receipt printer paper</source>
        <translation>Receipt printer paper</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>80 mm, 48 characters</source>
        <translation>80 mm, 48 characters</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>80 mm, 42 characters</source>
        <translation>80 mm, 42 characters</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>58 mm, 32 characters</source>
        <translation>58 mm, 32 characters</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Receipt printer mode</source>
        <translation>Receipt printer mode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Korean text, a picture when needed</source>
        <translation>Korean text, a picture when needed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Korean text (the printer&apos;s font)</source>
        <translation>Korean text (the printer&apos;s font)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Picture (printers without Korean)</source>
        <translation>Picture (printers without Korean)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the cash dra&amp;wer for cash taken or paid out</source>
        <translation>Open the cash dra&amp;wer for cash taken or paid out</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the cash drawer for cash</source>
        <translation>Open the cash drawer for cash</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cut the paper (the printer has a cutter)</source>
        <translation>Cut the paper (the printer has a cutter)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cut the paper</source>
        <translation>Cut the paper</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chec&amp;k printer</source>
        <translation>Chec&amp;k printer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Test page</source>
        <translation>Test page</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This terminal</source>
        <translation>This terminal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lan&amp;guage:</source>
        <translation>Lan&amp;guage:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sl&amp;ip page:</source>
        <translation>Sl&amp;ip page:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>R&amp;eceipt page:</source>
        <translation>R&amp;eceipt page:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Co&amp;unter printer:</source>
        <translation>Co&amp;unter printer:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Paper and mode:</source>
        <translation>Paper and mode:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A new language applies at the next start.</source>
        <translation>A new language applies at the next start.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Hub address</source>
        <translation>Hub address</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Terminal token</source>
        <translation>Terminal token</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The secret `shopdesk-hub token add %1` printed for this terminal.</source>
        <translation>The secret `shopdesk-hub token add %1` printed for this terminal.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shop hub (several terminals)</source>
        <translation>Shop hub (several terminals)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Hub:</source>
        <translation>&amp;Hub:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Token:</source>
        <translation>&amp;Token:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave both empty to work alone. Without the network this terminal keeps working and sends its events later.</source>
        <translation>Leave both empty to work alone. Without the network this terminal keeps working and sends its events later.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Backup folder</source>
        <translation>Backup folder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none: no automatic backups</source>
        <translation>none: no automatic backups</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A backup of the shop is written there once a day while ShopDesk runs: best a USB disk or a network folder.</source>
        <translation>A backup of the shop is written there once a day while ShopDesk runs: best a USB disk or a network folder.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Browse...</source>
        <translation>Browse...</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Folder for automatic backups</source>
        <translation>Folder for automatic backups</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Backups kept</source>
        <translation>Backups kept</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Automatic backups</source>
        <translation>Automatic backups</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Folder:</source>
        <translation>Folder:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep:</source>
        <translation>Keep:</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>The hub address must look like ws://HOST:PORT or wss://HOST:PORT, not &quot;%1&quot;.</source>
        <translation>The hub address must look like ws://HOST:PORT or wss://HOST:PORT, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Type this terminal&apos;s token for the hub, or clear the hub&apos;s address to work alone.</source>
        <translation>Type this terminal&apos;s token for the hub, or clear the hub&apos;s address to work alone.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The backup folder %1 does not exist. Choose an existing folder, or clear it to take no automatic backups.</source>
        <translation>The backup folder %1 does not exist. Choose an existing folder, or clear it to take no automatic backups.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The receipt printer&apos;s address must look like tcp://192.168.0.50, device:/dev/usb/lp0, serial:/dev/ttyS0@19200 or cups:QUEUE, not &quot;%1&quot;.</source>
        <translation>The receipt printer&apos;s address must look like tcp://192.168.0.50, device:/dev/usb/lp0, serial:/dev/ttyS0@19200 or cups:QUEUE, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+37"/>
        <location line="+10"/>
        <source>The shop&apos;s settings were not saved: %1</source>
        <translation>The shop&apos;s settings were not saved: %1</translation>
    </message>
    <message>
        <location line="+35"/>
        <location line="+35"/>
        <source>Type the receipt printer&apos;s address first, such as tcp://192.168.0.50.</source>
        <translation>Type the receipt printer&apos;s address first, such as tcp://192.168.0.50.</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Asking %1…</source>
        <translation>Asking %1…</translation>
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
        <translation>%1 is there, but does not say how it is (it may not read back).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 cannot print now: %2</source>
        <translation>%1 cannot print now: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is ready; its paper is near the end.</source>
        <translation>%1 is ready; its paper is near the end.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is ready.</source>
        <translation>%1 is ready.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Printing a test page on %1…</source>
        <translation>Printing a test page on %1…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 took the test page.</source>
        <translation>%1 took the test page.</translation>
    </message>
</context>
<context>
    <name>ShopDesk::ShiftCloseDialog</name>
    <message>
        <location filename="../ui/shiftdialogs.cpp" line="+20"/>
        <source>Close shift %1</source>
        <translation>Close shift %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Count the cash in the drawer. The shift&apos;s figures are fixed once it is closed.</source>
        <translation>Count the cash in the drawer. The shift&apos;s figures are fixed once it is closed.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Count of %1</source>
        <translation>Count of %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cash counted</source>
        <translation>Cash counted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counted in &amp;total:</source>
        <translation>Counted in &amp;total:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cash expected:</source>
        <translation>Cash expected:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cash counted:</source>
        <translation>Cash counted:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Difference:</source>
        <translation>Difference:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Close the shift</source>
        <translation>&amp;Close the shift</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>%1 (even)</source>
        <translation>%1 (even)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 over</source>
        <translation>%1 over</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 short</source>
        <translation>%1 short</translation>
    </message>
</context>
<context>
    <name>ShopDesk::ShiftOpenDialog</name>
    <message>
        <location line="-230"/>
        <source>Open a shift</source>
        <translation>Open a shift</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Count the cash in the drawer before the first sale: the float is what the closing count starts from.</source>
        <translation>Count the cash in the drawer before the first sale: the float is what the closing count starts from.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Float</source>
        <translation>Float</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Float in the drawer:</source>
        <translation>&amp;Float in the drawer:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Open the shift</source>
        <translation>&amp;Open the shift</translation>
    </message>
</context>
<context>
    <name>ShopDesk::ShiftReportDialog</name>
    <message>
        <location line="+248"/>
        <source>Closing report (Z) of shift %1</source>
        <translation>Closing report (Z) of shift %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shift report (X) of shift %1</source>
        <translation>Shift report (X) of shift %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The shift is still open: these figures change with every sale. Nothing was recorded by showing them.</source>
        <translation>The shift is still open: these figures change with every sale. Nothing was recorded by showing them.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save as &amp;PDF...</source>
        <translation>Save as &amp;PDF...</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>P&amp;rint</source>
        <translation>P&amp;rint</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print the report on the receipt printer</source>
        <translation>Print the report on the receipt printer</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The report was not saved: %1</source>
        <translation>The report was not saved: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Saved the report to %1.</source>
        <translation>Saved the report to %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The report was not printed: %1</source>
        <translation>The report was not printed: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Printed</source>
        <translation>Printed</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Printing the report on %1…</source>
        <translation>Printing the report on %1…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 took the report.</source>
        <translation>%1 took the report.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save the shift report as PDF</source>
        <translation>Save the shift report as PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
</context>
<context>
    <name>ShopDesk::ShiftText</name>
    <message>
        <location line="-463"/>
        <source>Type the amount.</source>
        <translation>Type the amount.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type an amount from %1 to %2.</source>
        <translation>Type an amount from %1 to %2.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Shift</source>
        <translation>Shift</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Terminal</source>
        <translation>Terminal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opened</source>
        <translation>Opened</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Orders</source>
        <translation>Orders</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gross sales</source>
        <translation>Gross sales</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discounts</source>
        <translation>Discounts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returns</source>
        <translation>Returns</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancellations</source>
        <translation>Cancellations</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Net sales</source>
        <translation>Net sales</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VAT included</source>
        <translation>VAT included</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid in cash</source>
        <translation>Paid in cash</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid by card</source>
        <translation>Paid by card</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refunded in cash</source>
        <translation>Refunded in cash</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refunded to cards</source>
        <translation>Refunded to cards</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Float</source>
        <translation>Float</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pay-ins</source>
        <translation>Pay-ins</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pay-outs</source>
        <translation>Pay-outs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drawer openings</source>
        <translation>Drawer openings</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cash expected</source>
        <translation>Cash expected</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>  %1 × %2</source>
        <translation>  %1 × %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cash counted</source>
        <translation>Cash counted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Difference</source>
        <translation>Difference</translation>
    </message>
</context>
<context>
    <name>ShopDesk::SlipPrinter</name>
    <message>
        <location filename="../ui/slipprinter.cpp" line="+68"/>
        <source>The slips could not be recorded as printed, so nothing was written to %1: %2</source>
        <translation>The slips could not be recorded as printed, so nothing was written to %1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The slips went to %1, but could not be recorded as printed: %2</source>
        <translation>The slips went to %1, but could not be recorded as printed: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The slips were recorded as printed, but could not be written to %1: %2</source>
        <translation>The slips were recorded as printed, but could not be written to %1: %2</translation>
    </message>
</context>
<context>
    <name>ShopDesk::StockAdjustDialog</name>
    <message>
        <location filename="../ui/stockadjustdialog.cpp" line="+29"/>
        <source>Adjust stock of %1</source>
        <translation>Adjust stock of %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Receive</source>
        <translation>&amp;Receive</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stock came in (Alt+R)</source>
        <translation>Stock came in (Alt+R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Loss</source>
        <translation>&amp;Loss</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stock was broken, spoiled or lost (Alt+L)</source>
        <translation>Stock was broken, spoiled or lost (Alt+L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stock-&amp;take count</source>
        <translation>Stock-&amp;take count</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter what was counted on the shelf; the difference is recorded (Alt+T)</source>
        <translation>Enter what was counted on the shelf; the difference is recorded (Alt+T)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>On hand after the change</source>
        <translation>On hand after the change</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Confirm</source>
        <translation>&amp;Confirm</translation>
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
        <translation>R&amp;eason:</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>&amp;Quantity received:</source>
        <translation>&amp;Quantity received:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. delivery from the supplier</source>
        <translation>e.g. delivery from the supplier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quantity lost:</source>
        <translation>&amp;Quantity lost:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. broken in the store room</source>
        <translation>e.g. broken in the store room</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quantity counted on hand:</source>
        <translation>&amp;Quantity counted on hand:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. monthly stock-take</source>
        <translation>e.g. monthly stock-take</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 %2: on hand %3, reserved %4, available %5</source>
        <translation>%1 %2: on hand %3, reserved %4, available %5</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Enter the number counted on the shelf.</source>
        <translation>Enter the number counted on the shelf.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the quantity.</source>
        <translation>Enter the quantity.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The quantity must be a whole number, for example 12.</source>
        <translation>The quantity must be a whole number, for example 12.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The count cannot be negative: it must be from 0 to %1.</source>
        <translation>The count cannot be negative: it must be from 0 to %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The count is too large: it must be from 0 to %1.</source>
        <translation>The count is too large: it must be from 0 to %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The quantity must be at least 1 and at most %1.</source>
        <translation>The quantity must be at least 1 and at most %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The quantity is too large: it must be from 1 to %1.</source>
        <translation>The quantity is too large: it must be from 1 to %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Only %1 on hand: a loss of %2 cannot be written off.</source>
        <translation>Only %1 on hand: a loss of %2 cannot be written off.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose receive, loss or count.</source>
        <translation>Choose receive, loss or count.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>On hand %1 → %2</source>
        <translation>On hand %1 → %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Available %1 → %2</source>
        <translation>Available %1 → %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(oversold: orders hold more than is on hand)</source>
        <translation>(oversold: orders hold more than is on hand)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>On hand %1</source>
        <translation>On hand %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Give a reason; it is kept in the stock history.</source>
        <translation>Give a reason; it is kept in the stock history.</translation>
    </message>
</context>
<context>
    <name>ShopDesk::StockHistoryModel</name>
    <message>
        <location filename="../ui/stockhistorymodel.cpp" line="+48"/>
        <source>%1 (%2 counted)</source>
        <translation>%1 (%2 counted)</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On hand</source>
        <translation>On hand</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reserved</source>
        <translation>Reserved</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order</source>
        <translation>Order</translation>
    </message>
</context>
<context>
    <name>ShopDesk::StockTableModel</name>
    <message>
        <location filename="../ui/stocktablemodel.cpp" line="+87"/>
        <source>%1 (default)</source>
        <translation>%1 (default)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Low stock</source>
        <translation>Low stock</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Out of stock</source>
        <translation>Out of stock</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Oversold</source>
        <translation>Oversold</translation>
    </message>
    <message numerus="yes">
        <location line="+52"/>
        <source>Oversold: %n more reserved than on hand</source>
        <translation>
            <numerusform>Oversold: %n more reserved than on hand</numerusform>
            <numerusform>Oversold: %n more reserved than on hand</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Out of stock: nothing is available for new orders</source>
        <translation>Out of stock: nothing is available for new orders</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Low stock: %1 available (threshold %2)</source>
        <translation>Low stock: %1 available (threshold %2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This product has no threshold of its own: the shop&apos;s default applies</source>
        <translation>This product has no threshold of its own: the shop&apos;s default applies</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Barcode</source>
        <translation>Barcode</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Price</source>
        <translation>Price</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On hand</source>
        <translation>On hand</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reserved</source>
        <translation>Reserved</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Available</source>
        <translation>Available</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Low at</source>
        <translation>Low at</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>ShopDesk::UserTableModel</name>
    <message>
        <location filename="../ui/usertablemodel.cpp" line="+44"/>
        <source>Manager</source>
        <translation>Manager</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Clerk</source>
        <translation>Clerk</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Disabled</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Locked until %1</source>
        <translation>Locked until %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Created</source>
        <translation>Created</translation>
    </message>
</context>
<context>
    <name>ShopDesk::UsersDialog</name>
    <message>
        <location filename="../ui/usersdialog.cpp" line="+45"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Role:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PIN again</source>
        <translation>PIN again</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;PIN:</source>
        <translation>&amp;PIN:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PIN &amp;again:</source>
        <translation>PIN &amp;again:</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The shop&apos;s first user is a manager.</source>
        <translation>The shop&apos;s first user is a manager.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Type the user&apos;s name.</source>
        <translation>Type the user&apos;s name.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A PIN is %1 to %2 digits.</source>
        <translation>A PIN is %1 to %2 digits.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The two PINs differ. Type the PIN again.</source>
        <translation>The two PINs differ. Type the PIN again.</translation>
    </message>
    <message>
        <location line="+49"/>
        <location line="+3"/>
        <source>Users</source>
        <translation>Users</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No users yet: nobody needs to log in. Add a manager to start using PINs.</source>
        <translation>No users yet: nobody needs to log in. Add a manager to start using PINs.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Users of this terminal:</source>
        <translation>&amp;Users of this terminal:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Add user...</source>
        <translation>&amp;Add user...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change &amp;role...</source>
        <translation>Change &amp;role...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset &amp;PIN...</source>
        <translation>Reset &amp;PIN...</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+102"/>
        <source>&amp;Disable</source>
        <translation>&amp;Disable</translation>
    </message>
    <message>
        <location line="-101"/>
        <source>Un&amp;lock</source>
        <translation>Un&amp;lock</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lets a user locked after wrong PINs log in again at once.</source>
        <translation>Lets a user locked after wrong PINs log in again at once.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>&amp;Enable</source>
        <translation>&amp;Enable</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only a manager manages users. Switch user to log in as one.</source>
        <translation>Only a manager manages users. Switch user to log in as one.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You cannot disable yourself while logged in; another manager can.</source>
        <translation>You cannot disable yourself while logged in; another manager can.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Add a user</source>
        <translation>Add a user</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add user</source>
        <translation>Add user</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 was added as a manager.</source>
        <translation>%1 was added as a manager.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 was added as a clerk.</source>
        <translation>%1 was added as a clerk.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Change the role of %1</source>
        <translation>Change the role of %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change role</source>
        <translation>Change role</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>You are a clerk now: another manager manages users from here on.</source>
        <translation>You are a clerk now: another manager manages users from here on.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is a manager now.</source>
        <translation>%1 is a manager now.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is a clerk now.</source>
        <translation>%1 is a clerk now.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>New PIN for %1</source>
        <translation>New PIN for %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reset PIN</source>
        <translation>Reset PIN</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The PIN of %1 was changed. The old PIN no longer works.</source>
        <translation>The PIN of %1 was changed. The old PIN no longer works.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 is disabled: no login until a manager enables the user again.</source>
        <translation>%1 is disabled: no login until a manager enables the user again.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is enabled and can log in again.</source>
        <translation>%1 is enabled and can log in again.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 is unlocked and can log in again.</source>
        <translation>%1 is unlocked and can log in again.</translation>
    </message>
</context>
</TS>
