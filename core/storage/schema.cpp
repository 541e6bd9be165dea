#include "schema.h"

namespace ShopDesk::Schema {

namespace {

// Version 1: the aggregates' state, the event log (the outbox), the policy ledger and the
// order status read model. Times are UTC milliseconds since the epoch.
const char *const version1[] = {
    R"(CREATE TABLE meta (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
    ) WITHOUT ROWID)",
    R"(CREATE TABLE products (
        product_id TEXT PRIMARY KEY,
        name TEXT NOT NULL CHECK (length(trim(name)) > 0),
        price INTEGER NOT NULL CHECK (price >= 0),
        barcode TEXT UNIQUE,
        created_at INTEGER NOT NULL
    ) WITHOUT ROWID)",
    "CREATE INDEX products_name ON products (name)",
    R"(CREATE TABLE stock (
        product_id TEXT PRIMARY KEY REFERENCES products (product_id),
        on_hand INTEGER NOT NULL,
        reserved INTEGER NOT NULL CHECK (reserved >= 0)
    ) WITHOUT ROWID)",
    R"(CREATE TABLE orders (
        order_id TEXT PRIMARY KEY,
        origin TEXT NOT NULL,
        order_no INTEGER NOT NULL,
        status TEXT NOT NULL
            CHECK (status IN ('placed', 'paid', 'delivering', 'delivered', 'cancelled')),
        customer_name TEXT NOT NULL CHECK (length(trim(customer_name)) > 0),
        phone TEXT NOT NULL,
        address TEXT NOT NULL,
        total INTEGER NOT NULL CHECK (total >= 0),
        placed_at INTEGER NOT NULL,
        UNIQUE (origin, order_no)
    ) WITHOUT ROWID)",
    R"(CREATE TABLE order_lines (
        order_id TEXT NOT NULL REFERENCES orders (order_id),
        line_no INTEGER NOT NULL,
        product_id TEXT NOT NULL REFERENCES products (product_id),
        product_name TEXT NOT NULL,
        qty INTEGER NOT NULL CHECK (qty > 0),
        price INTEGER NOT NULL CHECK (price >= 0),
        PRIMARY KEY (order_id, line_no)
    ) WITHOUT ROWID)",
    R"(CREATE TABLE payments (
        order_id TEXT PRIMARY KEY REFERENCES orders (order_id),
        method TEXT NOT NULL CHECK (method IN ('cash', 'card')),
        amount INTEGER NOT NULL,
        tendered INTEGER NOT NULL CHECK (tendered >= amount),
        approval_code TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('approved', 'refunded'))
    ) WITHOUT ROWID)",
    R"(CREATE TABLE deliveries (
        order_id TEXT PRIMARY KEY REFERENCES orders (order_id),
        delivery_id TEXT NOT NULL UNIQUE,
        status TEXT NOT NULL CHECK (status IN ('started', 'completed', 'cancelled')),
        started_at INTEGER NOT NULL
    ) WITHOUT ROWID)",
    R"(CREATE TABLE events (
        seq INTEGER PRIMARY KEY,
        event_id TEXT NOT NULL UNIQUE,
        type TEXT NOT NULL,
        order_id TEXT,
        product_id TEXT,
        origin TEXT NOT NULL,
        origin_seq INTEGER NOT NULL,
        actor TEXT NOT NULL,
        causation_id TEXT,
        occurred_at INTEGER NOT NULL,
        payload TEXT NOT NULL,
        UNIQUE (origin, origin_seq)
    ))",
    "CREATE INDEX events_order ON events (order_id, seq) WHERE order_id IS NOT NULL",
    "CREATE INDEX events_product ON events (product_id, seq) WHERE product_id IS NOT NULL",
    // A policy's effect exists at most once per triggering event (and product).
    R"(CREATE UNIQUE INDEX events_effect ON events (causation_id, type, coalesce(product_id, ''))
        WHERE causation_id IS NOT NULL)",
    R"(CREATE TABLE policy_runs (
        event_seq INTEGER NOT NULL REFERENCES events (seq),
        policy TEXT NOT NULL,
        processed_at INTEGER,
        PRIMARY KEY (event_seq, policy)
    ) WITHOUT ROWID)",
    "CREATE INDEX policy_runs_pending ON policy_runs (event_seq) WHERE processed_at IS NULL",
    R"(CREATE TABLE order_view (
        order_id TEXT PRIMARY KEY,
        status TEXT NOT NULL,
        customer_name TEXT NOT NULL,
        customer_phone TEXT NOT NULL,
        customer_address TEXT NOT NULL,
        total INTEGER NOT NULL,
        line_count INTEGER NOT NULL,
        item_count INTEGER NOT NULL,
        payment_method TEXT,
        payment_status TEXT,
        delivery_id TEXT,
        delivery_status TEXT,
        origin TEXT NOT NULL,
        placed_at INTEGER NOT NULL,
        delivery_started_at INTEGER,
        updated_at INTEGER NOT NULL
    ) WITHOUT ROWID)",
    "CREATE INDEX order_view_placed ON order_view (placed_at)",
    "CREATE INDEX order_view_status ON order_view (status, placed_at)",
    R"(CREATE INDEX order_view_delivery ON order_view (delivery_status, delivery_started_at)
        WHERE delivery_status IS NOT NULL)",
};

// Version 2: the prints of delivery slips, one row per print (each also a SlipPrinted event).
// The shop's details for the slips live in meta (shop_name, shop_address, shop_phone).
const char *const version2[] = {
    R"(CREATE TABLE slip_prints (
        print_id INTEGER PRIMARY KEY,
        order_id TEXT NOT NULL REFERENCES orders (order_id),
        delivery_id TEXT NOT NULL,
        copy INTEGER NOT NULL CHECK (copy > 0),
        page TEXT NOT NULL,
        language TEXT NOT NULL,
        terminal TEXT NOT NULL,
        printed_at INTEGER NOT NULL
    ))",
    "CREATE INDEX slip_prints_order ON slip_prints (order_id, print_id)",
};

// Version 3: the users of this terminal. A PIN is kept only as a salted PBKDF2 key; names are
// unique without regard to ASCII case, so "kim" cannot log in as "Kim".
const char *const version3[] = {
    R"(CREATE TABLE users (
        name TEXT PRIMARY KEY COLLATE NOCASE CHECK (length(trim(name)) > 0),
        role TEXT NOT NULL CHECK (role IN ('clerk', 'manager')),
        salt BLOB NOT NULL,
        pin_key BLOB NOT NULL,
        iterations INTEGER NOT NULL CHECK (iterations > 0),
        created_at INTEGER NOT NULL
    ) WITHOUT ROWID)",
};

// Version 4: a product's own low-stock threshold (null: the shop's default applies), set when
// it is registered or edited (ProductChanged).
const char *const version4[] = {
    R"(ALTER TABLE products ADD COLUMN low_stock_threshold INTEGER
        CHECK (low_stock_threshold IS NULL OR low_stock_threshold >= 0))",
};

// Version 5: the deliveries list in its own order (latest started first) read from an index,
// so that its first page does not sort every delivery of the shop (1.6 s -> 15 ms with
// 1,000,000 orders).
const char *const version5[] = {
    R"(CREATE INDEX order_view_delivery_started ON order_view (delivery_started_at, order_id)
        WHERE delivery_status IS NOT NULL)",
};

// Version 6: search indexes, so that a clerk's typing never scans a big shop's tables.
// product_search: every word of a product's name, with prefix indexes, for completion while
// typing a name ("사" finds "유기농 사과 1kg"). order_search: trigrams of every customer's name,
// so that a part of a name (3 characters or more) finds its orders through an index instead of
// a scan of the order list. Both are kept by triggers, whoever writes the base table. The order
// list's rows are only inserted (or all deleted by a rebuild, which empties order_search too).
const char *const version6[] = {
    R"(CREATE VIRTUAL TABLE product_search USING fts5 (
        product_id UNINDEXED, name, tokenize = 'unicode61', prefix = '1 2 3'))",
    "INSERT INTO product_search (product_id, name) SELECT product_id, name FROM products",
    R"(CREATE TRIGGER product_search_insert AFTER INSERT ON products BEGIN
        INSERT INTO product_search (product_id, name) VALUES (new.product_id, new.name);
    END)",
    R"(CREATE TRIGGER product_search_update AFTER UPDATE OF product_id, name ON products BEGIN
        DELETE FROM product_search WHERE product_id = old.product_id;
        INSERT INTO product_search (product_id, name) VALUES (new.product_id, new.name);
    END)",
    R"(CREATE TRIGGER product_search_delete AFTER DELETE ON products BEGIN
        DELETE FROM product_search WHERE product_id = old.product_id;
    END)",
    R"(CREATE VIRTUAL TABLE order_search USING fts5 (
        order_id UNINDEXED, customer_name, tokenize = 'trigram'))",
    "INSERT INTO order_search (order_id, customer_name) SELECT order_id, customer_name "
    "FROM order_view",
    R"(CREATE TRIGGER order_search_insert AFTER INSERT ON order_view BEGIN
        INSERT INTO order_search (order_id, customer_name)
            VALUES (new.order_id, new.customer_name);
    END)",
};

// Version 7: sync with the hub. An event's global sequence is the hub's position for it: set
// when the hub acknowledges one of this terminal's events, and on every event applied from
// another terminal. This terminal's events without one are unsent (the outbox). The last
// global sequence applied from the hub lives in meta (last_global_seq).
const char *const version7[] = {
    "ALTER TABLE events ADD COLUMN global_seq INTEGER",
    "CREATE INDEX events_unsent ON events (seq) WHERE global_seq IS NULL",
};

// Version 8: order_search also keeps each order's placed_at, so that a search matching a few
// thousand orders sorts them inside the search table and reads only the page's rows from the
// order list, not every match's row (7,500 matches on 1,000,000 orders, warm cache: 106 ->
// 20 ms).
const char *const version8[] = {
    "DROP TRIGGER order_search_insert",
    "DROP TABLE order_search",
    R"(CREATE VIRTUAL TABLE order_search USING fts5 (
        order_id UNINDEXED, placed_at UNINDEXED, customer_name, tokenize = 'trigram'))",
    "INSERT INTO order_search (order_id, placed_at, customer_name) "
    "SELECT order_id, placed_at, customer_name FROM order_view",
    R"(CREATE TRIGGER order_search_insert AFTER INSERT ON order_view BEGIN
        INSERT INTO order_search (order_id, placed_at, customer_name)
            VALUES (new.order_id, new.placed_at, new.customer_name);
    END)",
};

// Version 9: the store writes each order's order_search entry beside its order_view row
// instead of a trigger doing it: inserted by a trigger, SQLite flushes the full-text table at
// the end of every statement (SqliteStore::insertOrderView).
const char *const version9[] = {
    "DROP TRIGGER order_search_insert",
};

// Version 10: events of other terminals that could not be applied here (a product this
// terminal never heard of, a malformed payload from a faulty build, an order placed twice
// under one id). Kept whole, with the reason, instead of stopping the sync for good; the
// batch goes on without them and verify reports them for a person to look at.
const char *const version10[] = {
    R"(CREATE TABLE remote_problems (
        event_id TEXT PRIMARY KEY,
        global_seq INTEGER NOT NULL,
        origin TEXT NOT NULL,
        type TEXT NOT NULL,
        reason TEXT NOT NULL,
        event TEXT NOT NULL,
        recorded_at INTEGER NOT NULL
    ) WITHOUT ROWID)",
};

// Version 11: a manager may disable a user (UserDisabled) instead of removing it, so that the
// log's events still name someone who existed; a disabled user cannot log in until enabled.
const char *const version11[] = {
    R"(ALTER TABLE users ADD COLUMN disabled INTEGER NOT NULL DEFAULT 0
        CHECK (disabled IN (0, 1)))",
};

// Version 12: wrong PINs are counted per user in the database, so that every process and
// window on the file shares the count (each attempt is counted, in a write transaction, before
// its PIN is checked), and a lockout they earned holds for all of them until locked_until (UTC
// milliseconds; null: never locked). The shop's minimum PIN length lives in meta
// (min_pin_length).
const char *const version12[] = {
    R"(ALTER TABLE users ADD COLUMN failed_logins INTEGER NOT NULL DEFAULT 0
        CHECK (failed_logins >= 0))",
    "ALTER TABLE users ADD COLUMN locked_until INTEGER",
};

// Version 13: the sale as a Korean shop rings it. Products are taxable or exempt; an order
// keeps the terms it was placed on (VAT rate, its discount as JSON, who approved the
// discounts, who placed it) and its money as Order::money() computes it (the columns reports
// sum); a line keeps its tax, its discount and the units returned since. An order is paid in
// parts: payments become payment_parts, one row per part with the card's details (never a
// card number: the last four digits at most) and the cash receipt, refunds counted per part.
// Receipts printed are recorded like slips. Orders of earlier versions had no discounts and
// prices that included 10 % VAT: their money is filled in by the same rule.
const char *const version13[] = {
    R"(ALTER TABLE products ADD COLUMN tax TEXT NOT NULL DEFAULT 'taxable'
        CHECK (tax IN ('taxable', 'exempt')))",
    "ALTER TABLE orders ADD COLUMN vat_rate INTEGER NOT NULL DEFAULT 10",
    "ALTER TABLE orders ADD COLUMN discount TEXT",
    "ALTER TABLE orders ADD COLUMN discount_approved_by TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE orders ADD COLUMN placed_by TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE orders ADD COLUMN gross INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE orders ADD COLUMN discount_total INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE orders ADD COLUMN taxable INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE orders ADD COLUMN supply INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE orders ADD COLUMN vat INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE orders ADD COLUMN exempt INTEGER NOT NULL DEFAULT 0",
    R"(UPDATE orders SET gross = total, taxable = total, supply = (total * 200 + 110) / 220,
        vat = total - (total * 200 + 110) / 220,
        placed_by = coalesce((SELECT e.actor FROM events e WHERE e.order_id = orders.order_id
                              AND e.type = 'OrderPlaced'), ''))",
    R"(ALTER TABLE order_lines ADD COLUMN tax TEXT NOT NULL DEFAULT 'taxable'
        CHECK (tax IN ('taxable', 'exempt')))",
    "ALTER TABLE order_lines ADD COLUMN discount TEXT",
    R"(ALTER TABLE order_lines ADD COLUMN returned_qty INTEGER NOT NULL DEFAULT 0
        CHECK (returned_qty >= 0 AND returned_qty <= qty))",
    R"(CREATE TABLE payment_parts (
        order_id TEXT NOT NULL REFERENCES orders (order_id),
        part INTEGER NOT NULL CHECK (part > 0),
        method TEXT NOT NULL CHECK (method IN ('cash', 'card')),
        amount INTEGER NOT NULL CHECK (amount >= 0),
        tendered INTEGER NOT NULL CHECK (tendered >= amount),
        approval_code TEXT NOT NULL,
        card_company TEXT NOT NULL DEFAULT '',
        instalments INTEGER NOT NULL DEFAULT 0,
        card_last4 TEXT NOT NULL DEFAULT '' CHECK (length(card_last4) IN (0, 4)),
        cash_receipt TEXT,
        refunded INTEGER NOT NULL DEFAULT 0 CHECK (refunded >= 0 AND refunded <= amount),
        PRIMARY KEY (order_id, part)
    ) WITHOUT ROWID)",
    R"(INSERT INTO payment_parts (order_id, part, method, amount, tendered, approval_code,
        refunded) SELECT order_id, 1, method, amount, tendered, approval_code,
        CASE status WHEN 'refunded' THEN amount ELSE 0 END FROM payments)",
    "DROP TABLE payments",
    R"(CREATE TABLE receipt_prints (
        print_id INTEGER PRIMARY KEY,
        order_id TEXT NOT NULL REFERENCES orders (order_id),
        return_no INTEGER NOT NULL CHECK (return_no >= 0),
        copy INTEGER NOT NULL CHECK (copy > 0),
        page TEXT NOT NULL,
        language TEXT NOT NULL,
        terminal TEXT NOT NULL,
        printed_at INTEGER NOT NULL
    ))",
    "CREATE INDEX receipt_prints_order ON receipt_prints (order_id, return_no, print_id)",
};

// Version 14: the shop's day. Report tables kept by the events (SalesFigures): the named
// measures per day and hour of the shop's local time and terminal, and each product's units
// and net per day and terminal; and the shifts read model, one row per shift, at most one open
// per terminal. An upgraded database has them filled from its log once it is open
// (SqliteStore::open).
const char *const version14[] = {
    R"(CREATE TABLE report_hours (
        day TEXT NOT NULL,
        hour INTEGER NOT NULL CHECK (hour BETWEEN 0 AND 23),
        terminal TEXT NOT NULL,
        measure TEXT NOT NULL,
        value INTEGER NOT NULL,
        PRIMARY KEY (day, hour, terminal, measure)
    ) WITHOUT ROWID)",
    R"(CREATE TABLE report_products (
        day TEXT NOT NULL,
        terminal TEXT NOT NULL,
        product_id TEXT NOT NULL,
        qty INTEGER NOT NULL,
        net INTEGER NOT NULL,
        PRIMARY KEY (day, terminal, product_id)
    ) WITHOUT ROWID)",
    R"(CREATE TABLE shifts (
        shift_id TEXT PRIMARY KEY,
        terminal TEXT NOT NULL,
        opened_by TEXT NOT NULL,
        opened_at INTEGER NOT NULL,
        opening_float INTEGER NOT NULL CHECK (opening_float >= 0),
        opened_origin_seq INTEGER NOT NULL,
        closed_by TEXT,
        closed_at INTEGER,
        closed_origin_seq INTEGER,
        counted INTEGER,
        expected INTEGER
    ) WITHOUT ROWID)",
    "CREATE INDEX shifts_opened ON shifts (opened_at)",
    "CREATE INDEX shifts_terminal ON shifts (terminal, opened_at)",
    "CREATE UNIQUE INDEX shifts_open ON shifts (terminal) WHERE closed_at IS NULL",
};

// Version 15: each product's sales rolled up by month ('2026-12') and by year ('2026') per
// terminal, beside the days of report_products and kept in the same statement's transaction,
// so that a report of a year reads a few hundred thousand rows rather than millions. Filled
// from the days on an upgrade.
const char *const version15[] = {
    R"(CREATE TABLE report_product_periods (
        period TEXT NOT NULL CHECK (length(period) IN (4, 7)),
        terminal TEXT NOT NULL,
        product_id TEXT NOT NULL,
        qty INTEGER NOT NULL,
        net INTEGER NOT NULL,
        PRIMARY KEY (period, terminal, product_id)
    ) WITHOUT ROWID)",
    R"(INSERT INTO report_product_periods (period, terminal, product_id, qty, net)
        SELECT substr(day, 1, 7), terminal, product_id, sum(qty), sum(net) FROM report_products
        GROUP BY 1, 2, 3)",
    R"(INSERT INTO report_product_periods (period, terminal, product_id, qty, net)
        SELECT substr(day, 1, 4), terminal, product_id, sum(qty), sum(net) FROM report_products
        GROUP BY 1, 2, 3)",
};

// Version 16: product_search rows are found by their rowid, kept per product in
// product_search_rows. The triggers deleted a renamed product's words with
// "WHERE product_id = ?", and product_id is not indexed in the FTS table: every rename read
// the whole index (5 ms each in a catalog of 20,000, so an import renaming 100,000 products of
// 100,000 would have taken hours). A bulk write (SqliteCatalog::saveProducts) marks itself in
// meta for the length of its transaction and keeps the index itself, once for all its products.
const char *const version16[] = {
    R"(CREATE TABLE product_search_rows (
        row INTEGER PRIMARY KEY,
        product_id TEXT NOT NULL UNIQUE
    ))",
    "INSERT INTO product_search_rows (row, product_id) SELECT rowid, product_id FROM "
    "product_search",
    "DROP TRIGGER product_search_insert",
    "DROP TRIGGER product_search_update",
    "DROP TRIGGER product_search_delete",
    R"(CREATE TRIGGER product_search_insert AFTER INSERT ON products
        WHEN NOT EXISTS (SELECT 1 FROM meta WHERE key = 'catalog_bulk') BEGIN
        INSERT INTO product_search_rows (product_id) VALUES (new.product_id);
        INSERT INTO product_search (rowid, product_id, name) VALUES (
            (SELECT row FROM product_search_rows WHERE product_id = new.product_id),
            new.product_id, new.name);
    END)",
    R"(CREATE TRIGGER product_search_update AFTER UPDATE OF product_id, name ON products
        WHEN NOT EXISTS (SELECT 1 FROM meta WHERE key = 'catalog_bulk') BEGIN
        DELETE FROM product_search WHERE rowid =
            (SELECT row FROM product_search_rows WHERE product_id = old.product_id);
        UPDATE product_search_rows SET product_id = new.product_id
            WHERE product_id = old.product_id;
        INSERT INTO product_search (rowid, product_id, name) VALUES (
            (SELECT row FROM product_search_rows WHERE product_id = new.product_id),
            new.product_id, new.name);
    END)",
    R"(CREATE TRIGGER product_search_delete AFTER DELETE ON products BEGIN
        DELETE FROM product_search WHERE rowid =
            (SELECT row FROM product_search_rows WHERE product_id = old.product_id);
        DELETE FROM product_search_rows WHERE product_id = old.product_id;
    END)",
};

// Version 17: the customer book (issue 16), a projection of the customer events. customers
// holds each customer's terminal and number (from its id), its phones (as typed) and addresses
// (most recently used last) as JSON arrays; customer_phones their digits, for the order panel's
// lookup of a whole number; customer_keys every suffix of each phone's digits ('p' first) and
// of each lower-cased name ('n' first), so that a part of a number or of a name anywhere in it
// is a prefix range on one index. The order list keeps the digits of each order's phone, for
// a customer's orders and for an erasure. An upgraded database has them filled once it is
// open (SqliteStore::open).
const char *const version17[] = {
    R"(CREATE TABLE customers (
        customer_id TEXT PRIMARY KEY,
        origin TEXT NOT NULL,
        customer_no INTEGER NOT NULL CHECK (customer_no > 0),
        name TEXT NOT NULL CHECK (length(trim(name)) > 0),
        phones TEXT NOT NULL,
        addresses TEXT NOT NULL,
        note TEXT NOT NULL,
        erased INTEGER NOT NULL CHECK (erased IN (0, 1)),
        registered_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL,
        UNIQUE (origin, customer_no)
    ) WITHOUT ROWID)",
    "CREATE INDEX customers_name ON customers (name, customer_id)",
    R"(CREATE TABLE customer_phones (
        customer_id TEXT NOT NULL REFERENCES customers (customer_id),
        digits TEXT NOT NULL,
        PRIMARY KEY (customer_id, digits)
    ) WITHOUT ROWID)",
    "CREATE INDEX customer_phones_digits ON customer_phones (digits)",
    R"(CREATE TABLE customer_keys (
        key TEXT NOT NULL,
        customer_id TEXT NOT NULL REFERENCES customers (customer_id),
        PRIMARY KEY (key, customer_id)
    ) WITHOUT ROWID)",
    "ALTER TABLE order_view ADD COLUMN customer_digits TEXT",
    R"(CREATE INDEX order_view_customer ON order_view (customer_digits, placed_at)
        WHERE customer_digits IS NOT NULL)",
};

template<std::size_t N> QStringList statementsOf(const char *const (&sqls)[N])
{
    QStringList statements;
    for (const char *sql : sqls)
        statements.append(QString::fromUtf8(sql));
    return statements;
}

} // namespace

QStringList migration(int version)
{
    switch (version) {
    case 1:
        return statementsOf(version1);
    case 2:
        return statementsOf(version2);
    case 3:
        return statementsOf(version3);
    case 4:
        return statementsOf(version4);
    case 5:
        return statementsOf(version5);
    case 6:
        return statementsOf(version6);
    case 7:
        return statementsOf(version7);
    case 8:
        return statementsOf(version8);
    case 9:
        return statementsOf(version9);
    case 10:
        return statementsOf(version10);
    case 11:
        return statementsOf(version11);
    case 12:
        return statementsOf(version12);
    case 13:
        return statementsOf(version13);
    case 14:
        return statementsOf(version14);
    case 15:
        return statementsOf(version15);
    case 16:
        return statementsOf(version16);
    case 17:
        return statementsOf(version17);
    }
    return {};
}

} // namespace ShopDesk::Schema
