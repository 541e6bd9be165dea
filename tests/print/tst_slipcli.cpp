// Drives `shopdesk-cli delivery slip` and `shop set/show` the way scripts do: the JSON they
// print, a first print and a reprint, and every bad input with its exit status and error
// code, with no print recorded and no file left behind.

#include "processrun.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <grp.h>
#include <pwd.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

#ifndef SHOPDESK_CLI
#error "SHOPDESK_CLI must name the shopdesk-cli binary"
#endif

using namespace ShopDesk::Testing;

namespace {

uid_t unprivilegedUid = 65534;
gid_t unprivilegedGid = 65534;

// Runs in the child between fork and exec: as root, permission bits bind only "nobody".
void dropPrivileges()
{
    if (::setgroups(0, nullptr) != 0 || ::setgid(unprivilegedGid) != 0 ||
        ::setuid(unprivilegedUid) != 0)
        ::_exit(125);
}

mode_t fileType(const QString &path)
{
    struct stat info;
    if (::lstat(QFile::encodeName(path).constData(), &info) != 0)
        return 0;
    return info.st_mode & S_IFMT;
}

QStringList filesUnder(const QString &folder)
{
    QStringList all;
    QDirIterator it(folder, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        all << it.next();
    all.sort();
    return all;
}

} // namespace

class tst_SlipCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void shopDetails();
    void firstPrintThenReprint();
    void everyPageAndLanguage();
    void textOutput();
    void headlessWhateverThePlatform();
    void badInput_data();
    void badInput();
    void readOnlyFolder();
    void readOnlyDatabase();
    void specialTargetsAreRefused_data();
    void specialTargetsAreRefused();
    void existingFileIsReplacedAndSaidSo();
    void existingFileStaysWhenTheRecordFails();

private:
    ProcessRun cli(const QStringList &arguments, const QProcessEnvironment &env = {}) const;
    // Runs on another database as a user whom permission bits bind (nobody, when root).
    ProcessRun cliUnprivileged(const QString &db, const QStringList &arguments) const;
    // A world-writable copy of the test's database in folder, for cliUnprivileged().
    QString sharedCopy(const QString &folder, QString *why) const;
    // The SlipPrinted events of the order, as `events --order` lists them.
    int printsOf(const QString &orderId) const;

    QTemporaryDir m_dir;
    QString m_db;
    QProcessEnvironment m_env;
    QString m_paid;   // T1-000001
    QString m_unpaid; // T1-000002
};

ProcessRun tst_SlipCli::cli(const QStringList &arguments, const QProcessEnvironment &env) const
{
    return runProcess(QString::fromUtf8(SHOPDESK_CLI),
                      QStringList{QStringLiteral("--db"), m_db, QStringLiteral("--json")} +
                          arguments,
                      {.env = env.isEmpty() ? m_env : env});
}

ProcessRun tst_SlipCli::cliUnprivileged(const QString &db, const QStringList &arguments) const
{
    ProcessOptions options{.env = m_env};
    options.env.insert(QStringLiteral("XDG_RUNTIME_DIR"),
                       m_dir.filePath(QStringLiteral("xdg-nobody")));
    if (::geteuid() == 0)
        options.childModifier = dropPrivileges;
    return runProcess(QString::fromUtf8(SHOPDESK_CLI),
                      QStringList{QStringLiteral("--db"), db, QStringLiteral("--json")} + arguments,
                      options);
}

QString tst_SlipCli::sharedCopy(const QString &folder, QString *why) const
{
    const QString db = QDir(folder).filePath(QStringLiteral("shared.db"));
    if (!QFile::setPermissions(folder, QFileDevice::Permissions(0x7777)) ||
        !QFile::copy(m_db, db) || !QFile::setPermissions(db, QFileDevice::Permissions(0x6666))) {
        *why = QStringLiteral("cannot share a copy of the database in %1").arg(folder);
        return {};
    }
    const ProcessRun probe = cliUnprivileged(db, {QStringLiteral("shop"), QStringLiteral("show")});
    if (!probe.ok()) {
        *why = QStringLiteral("the CLI cannot run as an unprivileged user here (a folder above "
                              "%1 may be closed to others): %2")
                   .arg(folder, probe.describe());
        return {};
    }
    return db;
}

int tst_SlipCli::printsOf(const QString &orderId) const
{
    const ProcessRun run = cli({QStringLiteral("events"), QStringLiteral("--order"), orderId});
    if (!run.ok())
        return -1;
    int prints = 0;
    for (const QJsonValue &event : run.array()) {
        if (event[QStringLiteral("type")].toString() == QLatin1StringView("SlipPrinted"))
            ++prints;
    }
    return prints;
}

void tst_SlipCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = m_dir.filePath(QStringLiteral("shop.db"));
    const QString runtime = m_dir.filePath(QStringLiteral("xdg-runtime"));
    QVERIFY(QDir().mkpath(runtime));
    QVERIFY(QFile::setPermissions(runtime, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                               QFileDevice::ExeOwner));
    m_env = QProcessEnvironment::systemEnvironment();
    m_env.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime);
    m_env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("xdg-data")));
    if (const passwd *nobody = ::getpwnam("nobody")) {
        unprivilegedUid = nobody->pw_uid;
        unprivilegedGid = nobody->pw_gid;
    }
    // The unprivileged runs get a runtime folder of their own, as Qt wants it.
    const QString nobodyRuntime = m_dir.filePath(QStringLiteral("xdg-nobody"));
    QVERIFY(QDir().mkpath(nobodyRuntime));
    if (::geteuid() == 0)
        QVERIFY(::chown(QFile::encodeName(nobodyRuntime).constData(), unprivilegedUid,
                        unprivilegedGid) == 0);
    QVERIFY(QFile::setPermissions(nobodyRuntime, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                     QFileDevice::ExeOwner));

    const QList<QStringList> setup{
        {"product", "add", "--id", "P1", "--name", "유기농 사과 1kg", "--price", "12000"},
        {"product", "add", "--id", "P2", "--name", "Pear", "--price", "2500"},
        {"stock", "adjust", "--product", "P1", "--delta", "50"},
        {"stock", "adjust", "--product", "P2", "--delta", "50"},
        {"order", "place", "--customer", "김민수", "--phone", "010-1234-5678", "--address",
         "서울 강남구 테헤란로 1", "--item", "P1:2", "--item", "P2:1"},
        {"order", "pay", "T1-000001", "--method", "cash", "--tendered", "30000"},
        {"order", "place", "--customer", "Lee", "--item", "P2:1"},
    };
    for (const QStringList &command : setup) {
        const ProcessRun run = cli(command);
        QVERIFY2(run.ok(), qPrintable(command.join(QLatin1Char(' ')) + u'\n' + run.describe()));
    }
    m_paid = QStringLiteral("T1-000001");
    m_unpaid = QStringLiteral("T1-000002");
}

void tst_SlipCli::shopDetails()
{
    ProcessRun shown = cli({QStringLiteral("shop"), QStringLiteral("show")});
    QVERIFY2(shown.ok(), qPrintable(shown.describe()));
    QCOMPARE(shown.object().value(QStringLiteral("name")).toString(), QString());

    ProcessRun set =
        cli({"shop", "set", "--name", "  행복마트 Happy Mart  ", "--phone", "02-555-1234"});
    QVERIFY2(set.ok(), qPrintable(set.describe()));
    QCOMPARE(set.object().value(QStringLiteral("name")).toString(),
             QStringLiteral("행복마트 Happy Mart"));
    set = cli({"shop", "set", "--address", "서울특별시 강남구 테헤란로 152"});
    QVERIFY2(set.ok(), qPrintable(set.describe()));
    shown = cli({QStringLiteral("shop"), QStringLiteral("show")});
    QCOMPARE(shown.object(), QJsonObject({{"name", "행복마트 Happy Mart"},
                                          {"address", "서울특별시 강남구 테헤란로 152"},
                                          {"phone", "02-555-1234"},
                                          {"currency", "KRW"},
                                          {"lowStockThreshold", 5},
                                          {"businessNumber", ""},
                                          {"representative", ""},
                                          {"vatRate", 10},
                                          {"clerkDiscountLimit", 10},
                                          {"cashNeedsShift", false}}));
    // The receipt's details and the sale's settings.
    set = cli({"shop", "set", "--business-number", "123-45-67891", "--representative", "김행복",
               "--vat-rate", "10", "--clerk-discount-limit", "15"});
    QVERIFY2(set.ok(), qPrintable(set.describe()));
    QCOMPARE(set.object().value(QStringLiteral("businessNumber")).toString(), "1234567891");
    QCOMPARE(set.object().value(QStringLiteral("representative")).toString(), "김행복");
    QCOMPARE(set.object().value(QStringLiteral("clerkDiscountLimit")).toInt(), 15);
    for (const QStringList &bad : {QStringList{"shop", "set", "--business-number", "123-45-67890"},
                                   QStringList{"shop", "set", "--vat-rate", "-1"},
                                   QStringList{"shop", "set", "--clerk-discount-limit", "101"}}) {
        const ProcessRun refused = cli(bad);
        QCOMPARE(refused.exitCode, 2);
        QCOMPARE(refused.errorCode(), QStringLiteral("invalid_input"));
    }
    shown = cli({"shop", "show"});
    QCOMPARE(shown.object().value(QStringLiteral("clerkDiscountLimit")).toInt(), 15);
    set = cli({"shop", "set", "--currency", "usd", "--low-stock", "3"});
    QVERIFY2(set.ok(), qPrintable(set.describe()));
    QCOMPARE(set.object().value(QStringLiteral("currency")).toString(), QStringLiteral("USD"));
    QCOMPARE(set.object().value(QStringLiteral("lowStockThreshold")).toInt(), 3);
    const ProcessRun badCurrency = cli({"shop", "set", "--currency", "XYZ"});
    QCOMPARE(badCurrency.exitCode, 2);
    QCOMPARE(badCurrency.errorCode(), QStringLiteral("invalid_input"));
    const ProcessRun badThreshold = cli({"shop", "set", "--low-stock", "many"});
    QCOMPARE(badThreshold.exitCode, 2);
    QCOMPARE(badThreshold.errorCode(), QStringLiteral("invalid_input"));
    set = cli({"shop", "set", "--currency", "KRW", "--low-stock", "5"});
    QVERIFY2(set.ok(), qPrintable(set.describe()));

    const ProcessRun nothing = cli({QStringLiteral("shop"), QStringLiteral("set")});
    QCOMPARE(nothing.exitCode, 2);
    QCOMPARE(nothing.errorCode(), QStringLiteral("usage"));
    const ProcessRun tooLong = cli({"shop", "set", "--name", QString(300, QLatin1Char('x'))});
    QCOMPARE(tooLong.exitCode, 2);
    QCOMPARE(tooLong.errorCode(), QStringLiteral("invalid_input"));
    QCOMPARE(cli({QStringLiteral("shop"), QStringLiteral("show")}).object(), shown.object());
}

void tst_SlipCli::firstPrintThenReprint()
{
    const int before = printsOf(m_paid);
    QVERIFY(before >= 0);
    const QString pdf = m_dir.filePath(QStringLiteral("first.pdf"));
    const ProcessRun first = cli({"delivery", "slip", m_paid, "--pdf", pdf});
    QVERIFY2(first.ok(), qPrintable(first.describe()));
    QVERIFY2(first.err.isEmpty(), qPrintable(first.describe())); // no Qt chatter on stderr
    const QJsonObject json = first.object();
    QCOMPARE(json.value(QStringLiteral("orderId")).toString(), m_paid);
    QCOMPARE(json.value(QStringLiteral("deliveryId")).toString(), QStringLiteral("D-T1-000001"));
    QCOMPARE(json.value(QStringLiteral("copy")).toInt(), before + 1);
    QCOMPARE(json.value(QStringLiteral("reprint")).toBool(), before > 0);
    QCOMPARE(json.value(QStringLiteral("page")).toString(), QStringLiteral("a5"));
    QCOMPARE(json.value(QStringLiteral("language")).toString(), QStringLiteral("ko"));
    QCOMPARE(json.value(QStringLiteral("file")).toString(), pdf);
    QCOMPARE(json.value(QStringLiteral("pages")).toInt(), 1);
    QCOMPARE(json.value(QStringLiteral("cancelled")).toBool(), false);
    QFile file(pdf);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(5) == "%PDF-");
    QCOMPARE(printsOf(m_paid), before + 1);

    const ProcessRun second =
        cli({"delivery", "slip", m_paid, "--pdf", m_dir.filePath(QStringLiteral("second.pdf")),
             "--page", "roll80", "--lang", "en"});
    QVERIFY2(second.ok(), qPrintable(second.describe()));
    QCOMPARE(second.object().value(QStringLiteral("copy")).toInt(), before + 2);
    QCOMPARE(second.object().value(QStringLiteral("reprint")).toBool(), true);
    QCOMPARE(printsOf(m_paid), before + 2);
    const ProcessRun verify = cli({QStringLiteral("verify")});
    QVERIFY2(verify.ok(), qPrintable(verify.describe()));
}

void tst_SlipCli::everyPageAndLanguage()
{
    for (const QString &page :
         {QStringLiteral("a4"), QStringLiteral("a5"), QStringLiteral("roll80")}) {
        for (const QString &language : {QStringLiteral("ko"), QStringLiteral("en")}) {
            const QString pdf =
                m_dir.filePath(page + QLatin1Char('-') + language + QStringLiteral(".pdf"));
            const ProcessRun run = cli({QStringLiteral("delivery"), QStringLiteral("slip"), m_paid,
                                        QStringLiteral("--pdf"), pdf, QStringLiteral("--page"),
                                        page, QStringLiteral("--lang"), language});
            QVERIFY2(run.ok(), qPrintable(run.describe()));
            QCOMPARE(run.object().value(QStringLiteral("page")).toString(), page);
            QCOMPARE(run.object().value(QStringLiteral("language")).toString(), language);
            QVERIFY(QFileInfo(pdf).size() > 1000);
        }
    }
}

void tst_SlipCli::textOutput()
{
    QProcess process;
    process.setProcessEnvironment(m_env);
    const QString pdf = m_dir.filePath(QStringLiteral("text.pdf"));
    process.start(QString::fromUtf8(SHOPDESK_CLI),
                  {QStringLiteral("--db"), m_db, QStringLiteral("delivery"), QStringLiteral("slip"),
                   m_paid, QStringLiteral("--pdf"), pdf});
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitCode(), 0);
    const QString out = QString::fromUtf8(process.readAllStandardOutput());
    QVERIFY2(out.startsWith(QStringLiteral("Slip of T1-000001 (D-T1-000001) written to ")),
             qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("reprint, copy")), qPrintable(out));
}

void tst_SlipCli::headlessWhateverThePlatform()
{
    // A desktop's platform in the environment, no display and no desktop session (as in a
    // cron job): the slip is still written, and nothing is said on stderr.
    QProcessEnvironment env = m_env;
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("XDG_RUNTIME_DIR"));
    const ProcessRun run = cli({"delivery", "slip", m_paid, "--pdf",
                                m_dir.filePath(QStringLiteral("headless.pdf")), "--page", "a4"},
                               env);
    QVERIFY2(run.ok(), qPrintable(run.describe()));
    QVERIFY2(run.err.isEmpty(), qPrintable(run.describe()));
    // And commands that paint nothing do not need the platform at all.
    const ProcessRun list = cli({QStringLiteral("order"), QStringLiteral("list")}, env);
    QVERIFY2(list.ok(), qPrintable(list.describe()));
}

void tst_SlipCli::badInput_data()
{
    QTest::addColumn<QStringList>("arguments"); // after `delivery slip`; OUT is the folder
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("orderId"); // whose prints must not change

    const QString paid = QStringLiteral("T1-000001");
    const QString unpaid = QStringLiteral("T1-000002");
    QTest::newRow("unknown order")
        << QStringList{"T1-000099", "--pdf", "OUT/x.pdf"} << "not_found" << 3 << paid;
    QTest::newRow("not paid, no delivery")
        << QStringList{unpaid, "--pdf", "OUT/x.pdf"} << "invalid_state" << 3 << unpaid;
    QTest::newRow("folder does not exist")
        << QStringList{paid, "--pdf", "OUT/missing/x.pdf"} << "storage" << 4 << paid;
    QTest::newRow("path is a folder")
        << QStringList{paid, "--pdf", "OUT/sub"} << "storage" << 4 << paid;
    QTest::newRow("folder is a file")
        << QStringList{paid, "--pdf", "OUT/plain/x.pdf"} << "storage" << 4 << paid;
    QTest::newRow("bad page") << QStringList{paid, "--pdf", "OUT/x.pdf", "--page", "letter"}
                              << "invalid_input" << 2 << paid;
    QTest::newRow("page in capitals")
        << QStringList{paid, "--pdf", "OUT/x.pdf", "--page", "A4"} << "invalid_input" << 2 << paid;
    QTest::newRow("bad language") << QStringList{paid, "--pdf", "OUT/x.pdf", "--lang", "de"}
                                  << "invalid_input" << 2 << paid;
    QTest::newRow("empty file name")
        << QStringList{paid, "--pdf", ""} << "invalid_input" << 2 << paid;
    QTest::newRow("no --pdf") << QStringList{paid} << "usage" << 2 << paid;
    QTest::newRow("no order id") << QStringList{"--pdf", "OUT/x.pdf"} << "usage" << 2 << paid;
    QTest::newRow("two order ids")
        << QStringList{paid, unpaid, "--pdf", "OUT/x.pdf"} << "usage" << 2 << paid;
    QTest::newRow("unknown option")
        << QStringList{paid, "--pdf", "OUT/x.pdf", "--copies", "2"} << "usage" << 2 << paid;
}

void tst_SlipCli::badInput()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, code);
    QFETCH(int, exitCode);
    QFETCH(QString, orderId);

    QTemporaryDir out;
    QVERIFY(QDir(out.path()).mkdir(QStringLiteral("sub")));
    QFile plain(out.filePath(QStringLiteral("plain")));
    QVERIFY(plain.open(QIODevice::WriteOnly));
    plain.close();
    for (QString &argument : arguments)
        argument.replace(QStringLiteral("OUT"), out.path());
    const QStringList filesBefore = filesUnder(out.path());
    const int printsBefore = printsOf(orderId);
    QVERIFY(printsBefore >= 0);

    const ProcessRun run =
        cli(QStringList{QStringLiteral("delivery"), QStringLiteral("slip")} + arguments);
    QVERIFY2(run.exitCode == exitCode, qPrintable(run.describe()));
    QVERIFY2(run.errorCode() == code, qPrintable(run.describe()));
    // One clear line on stderr (a usage error may point at --help on a second one).
    const QStringList lines =
        QString::fromUtf8(run.err).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY2(!lines.isEmpty() && lines.first().startsWith(QStringLiteral("shopdesk-cli: error: ")),
             qPrintable(run.describe()));
    QVERIFY2(lines.size() <= (code == QLatin1StringView("usage") ? 2 : 1),
             qPrintable(run.describe()));

    QCOMPARE(printsOf(orderId), printsBefore);
    QCOMPARE(filesUnder(out.path()), filesBefore);
}

void tst_SlipCli::readOnlyFolder()
{
    QTemporaryDir dir;
    QString why;
    const QString db = sharedCopy(dir.path(), &why);
    if (db.isEmpty())
        QSKIP(qPrintable(why));
    const QString folder = dir.filePath(QStringLiteral("readonly"));
    QVERIFY(QDir().mkpath(folder));
    QVERIFY(QFile::setPermissions(folder, QFileDevice::Permissions(0x5555)));
    const ProcessRun run = cliUnprivileged(
        db, {"delivery", "slip", m_paid, "--pdf", QDir(folder).filePath(QStringLiteral("x.pdf"))});
    QFile::setPermissions(folder, QFileDevice::Permissions(0x7700));
    QVERIFY2(run.exitCode == 4 && run.errorCode() == QLatin1StringView("storage"),
             qPrintable(run.describe()));
    QVERIFY2(run.object()[QStringLiteral("error")][QStringLiteral("message")].toString().contains(
                 QStringLiteral("cannot write the slip")),
             qPrintable(run.describe()));
    QVERIFY(QDir(folder).isEmpty());
    // One line: the error, without anything Qt had to say about the missing desktop.
    QVERIFY2(QString::fromUtf8(run.err).trimmed().count(QLatin1Char('\n')) == 0,
             run.err.constData());
    const ProcessRun events = cliUnprivileged(db, {"events", "--order", m_paid});
    QVERIFY(events.ok());
    int prints = 0;
    for (const QJsonValue &event : events.array())
        prints += event[QStringLiteral("type")].toString() == QLatin1StringView("SlipPrinted");
    QCOMPARE(prints, printsOf(m_paid)); // the copy has exactly the original's prints
}

void tst_SlipCli::readOnlyDatabase()
{
    // The slip could be written, but its print could not be recorded: nothing is written.
    QTemporaryDir dir;
    QString why;
    const QString db = sharedCopy(dir.path(), &why);
    if (db.isEmpty())
        QSKIP(qPrintable(why));
    QVERIFY(QFile::setPermissions(db, QFileDevice::ReadOwner | QFileDevice::ReadGroup |
                                          QFileDevice::ReadOther));
    const QString out = dir.filePath(QStringLiteral("out"));
    QVERIFY(QDir().mkpath(out));
    QVERIFY(QFile::setPermissions(out, QFileDevice::Permissions(0x7777)));
    const ProcessRun run = cliUnprivileged(
        db, {"delivery", "slip", m_paid, "--pdf", QDir(out).filePath(QStringLiteral("x.pdf"))});
    QVERIFY2(run.exitCode == 4 && run.errorCode() == QLatin1StringView("storage"),
             qPrintable(run.describe()));
    QVERIFY2(run.object()[QStringLiteral("error")][QStringLiteral("message")].toString().contains(
                 QStringLiteral("read-only")),
             qPrintable(run.describe()));
    QVERIFY(QDir(out).isEmpty());
}

void tst_SlipCli::specialTargetsAreRefused_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("reason"); // in the message

    QTest::newRow("FIFO") << "fifo"
                          << "named pipe (FIFO)";
    QTest::newRow("character device") << "chardev"
                                      << "character device";
    QTest::newRow("folder") << "folder"
                            << "it is a folder";
    QTest::newRow("symlink to a regular file") << "symlink"
                                               << "symbolic link";
    QTest::newRow("dangling symlink") << "dangling"
                                      << "symbolic link";
    QTest::newRow("missing folder") << "missing"
                                    << "does not exist";
    QTest::newRow("trailing separator") << "slash"
                                        << "names a folder";
}

void tst_SlipCli::specialTargetsAreRefused()
{
    QFETCH(QString, kind);
    QFETCH(QString, reason);

    QTemporaryDir out;
    QVERIFY(out.isValid());
    QString target = out.filePath(QStringLiteral("slip.pdf"));
    const QByteArray name = QFile::encodeName(target);
    mode_t type = 0;
    const QString linked = out.filePath(QStringLiteral("linked.pdf"));
    if (kind == QLatin1StringView("fifo")) {
        QVERIFY(::mkfifo(name.constData(), 0644) == 0);
        type = S_IFIFO;
    } else if (kind == QLatin1StringView("chardev")) {
        // The null device's numbers (1, 3), made here: a test never points at /dev itself.
        if (::mknod(name.constData(), S_IFCHR | 0666, makedev(1, 3)) != 0)
            QSKIP("mknod is not permitted here (not root, or no CAP_MKNOD)");
        type = S_IFCHR;
    } else if (kind == QLatin1StringView("folder")) {
        QVERIFY(QDir().mkdir(target));
        type = S_IFDIR;
    } else if (kind == QLatin1StringView("symlink") || kind == QLatin1StringView("dangling")) {
        if (kind == QLatin1StringView("symlink")) {
            QFile file(linked);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("untouched");
        }
        QVERIFY(QFile::link(linked, target));
        type = S_IFLNK;
    } else if (kind == QLatin1StringView("missing")) {
        target = out.filePath(QStringLiteral("missing/slip.pdf"));
    } else if (kind == QLatin1StringView("slash")) {
        target = out.filePath(QStringLiteral("new")) + QLatin1Char('/');
    }
    const QStringList filesBefore = filesUnder(out.path());
    const int printsBefore = printsOf(m_paid);
    QVERIFY(printsBefore >= 0);

    const ProcessRun run = cli({"delivery", "slip", m_paid, "--pdf", target});
    QVERIFY2(run.exitCode == 4, qPrintable(run.describe()));
    QCOMPARE(run.errorCode(), QStringLiteral("storage"));
    QVERIFY2(run.errorMessage().contains(reason), qPrintable(run.describe()));
    QVERIFY2(run.errorMessage().contains(QStringLiteral("nothing was written")),
             qPrintable(run.describe()));
    QCOMPARE(run.errLines().size(), 1);

    QCOMPARE(printsOf(m_paid), printsBefore);
    QCOMPARE(filesUnder(out.path()), filesBefore); // no temporary file left either
    if (type != 0)
        QCOMPARE(fileType(out.filePath(QStringLiteral("slip.pdf"))), type);
    if (kind == QLatin1StringView("symlink")) {
        QFile file(linked);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("untouched"));
    }
    QVERIFY(!QFileInfo::exists(out.filePath(QStringLiteral("missing"))));
}

void tst_SlipCli::existingFileIsReplacedAndSaidSo()
{
    QTemporaryDir out;
    QVERIFY(out.isValid());
    const QString pdf = out.filePath(QStringLiteral("slip.pdf"));
    {
        QFile old(pdf);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("an older file");
    }
    QVERIFY(QFile::setPermissions(pdf, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                           QFileDevice::ReadGroup));
    const int printsBefore = printsOf(m_paid);

    const ProcessRun run = cli({"delivery", "slip", m_paid, "--pdf", pdf});
    QVERIFY2(run.ok(), qPrintable(run.describe()));
    QCOMPARE(run.object().value(QStringLiteral("replaced")).toBool(), true);
    QCOMPARE(printsOf(m_paid), printsBefore + 1);
    QFile file(pdf);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.read(5), QByteArray("%PDF-"));
    QCOMPARE(fileType(pdf), mode_t(S_IFREG));
    // The replaced file's permission bits are kept.
    QCOMPARE(QFile::permissions(pdf) & 0x0777, QFileDevice::Permissions(0x0640));
    QCOMPARE(filesUnder(out.path()), QStringList{pdf});

    // Said in the text output too; a new file is not said to replace anything.
    QProcess process;
    process.setProcessEnvironment(m_env);
    process.start(QString::fromUtf8(SHOPDESK_CLI),
                  {"--db", m_db, "delivery", "slip", m_paid, "--pdf", pdf});
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitCode(), 0);
    const QString text = QString::fromUtf8(process.readAllStandardOutput());
    QVERIFY2(text.contains(QStringLiteral("Replaced the existing file %1").arg(pdf)),
             qPrintable(text));
    const QString fresh = out.filePath(QStringLiteral("fresh.pdf"));
    const ProcessRun created = cli({"delivery", "slip", m_paid, "--pdf", fresh});
    QVERIFY2(created.ok(), qPrintable(created.describe()));
    QCOMPARE(created.object().value(QStringLiteral("replaced")).toBool(), false);
    QCOMPARE(QFile::permissions(fresh) & 0x0777, QFileDevice::Permissions(0x0644));
}

void tst_SlipCli::existingFileStaysWhenTheRecordFails()
{
    // The slip is written, but its print cannot be recorded (another writer holds the database
    // past the CLI's busy timeout): the file that was there stays as it was (the CLI once
    // removed it), and no temporary file is left.
    QTemporaryDir out;
    QVERIFY(out.isValid());
    const QString pdf = out.filePath(QStringLiteral("x.pdf"));
    {
        QFile old(pdf);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("an older file");
    }
    const int printsBefore = printsOf(m_paid);
    ProcessRun run;
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("writer"));
        db.setDatabaseName(m_db);
        QVERIFY(db.open());
        QSqlQuery begin(db);
        QVERIFY2(begin.exec(QStringLiteral("BEGIN IMMEDIATE")),
                 qPrintable(begin.lastError().text()));
        run = cli({"delivery", "slip", m_paid, "--pdf", pdf});
        QSqlQuery(QStringLiteral("ROLLBACK"), db);
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("writer"));
    QVERIFY2(run.exitCode == 4 && run.errorCode() == QLatin1StringView("storage"),
             qPrintable(run.describe()));
    QCOMPARE(printsOf(m_paid), printsBefore);
    QFile file(pdf);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("an older file"));
    QCOMPARE(filesUnder(out.path()), QStringList{pdf});
}

QTEST_GUILESS_MAIN(tst_SlipCli)
#include "tst_slipcli.moc"
