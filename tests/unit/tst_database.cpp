// Tests for Qadam::Database, Statement and Transaction: the SQLCipher 4 store layer.
#include "store/database.h"
#include "store/migrations.h"
#include "store/wipingallocator.h"
#include "testsupport.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <array>
#include <cmath>
#include <cstring>
#include <fcntl.h>
#include <sys/mman.h>
#include <unistd.h>

#include <sodium.h>
#include <sqlcipher/sqlite3.h>

using namespace Qt::StringLiterals;
using namespace Qadam;

class tst_Database : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QVERIFY(m_dir.isValid()); m_path = m_dir.filePath(u"store.db"_s); }
    void cleanup() { QFile::remove(m_path); QFile::remove(m_path + u"-wal"_s); QFile::remove(m_path + u"-shm"_s); }

    void opensWithCipherSettings();
    void rejectsKeyOfWrongLength();
    void wrongKeyIsTypedAndLeavesFileUnchanged();
    void supportedCipherVersion_data();
    void supportedCipherVersion();
    void canarySearchFindsEveryEncoding_data();
    void canarySearchFindsEveryEncoding();
    void noPlaintextOnDisk();
    void closedConnectionLeavesNoPlaintextInMemory();
    void transactionRollsBackUnlessCommitted();
    void nestedTransactionRollsBackOnlyItsPart();
    void boundParametersRoundTrip();
    void flippedByteFailsIntegrity();
    void rekeyKeepsRowsAndRejectsOldKey();
    void sqlcipherShellReadsTheFile();
    void autoCheckpointIsPerConnectionAndPassiveCheckpointCopies_data();
    void autoCheckpointIsPerConnectionAndPassiveCheckpointCopies();

private:
    void writeCanaries(Database &db, const QStringList &canaries);
    QTemporaryDir m_dir;
    QString m_path;
};

void tst_Database::opensWithCipherSettings()
{
    auto db = Test::openMigrated(m_path);
    QVERIFY(db);
    QVERIFY(db->cipherVersion().startsWith(u'4'));
    QCOMPARE(db->scalar(u"PRAGMA journal_mode"_s).value().toString(), u"wal"_s);
    // Freed memory is zeroed by the WipingAllocator instead of SQLCipher's mlock-per-allocation
    // memory security (see wipingallocator.h and closedConnectionLeavesNoPlaintextInMemory).
    QVERIFY(WipingAllocator::installed());
    QCOMPARE(db->scalar(u"PRAGMA cipher_memory_security"_s).value().toInt(), 0);
    QCOMPARE(db->scalar(u"PRAGMA temp_store"_s).value().toInt(), 2);  // MEMORY
    QCOMPARE(db->scalar(u"PRAGMA cipher_hmac_algorithm"_s).value().toString(), u"HMAC_SHA512"_s);
    QCOMPARE(db->scalar(u"PRAGMA cipher_kdf_algorithm"_s).value().toString(), u"PBKDF2_HMAC_SHA512"_s);
    QVERIFY(db->scalar(u"PRAGMA cache_size"_s).value().toInt() < 0);  // sized in KiB
}

void tst_Database::rejectsKeyOfWrongLength()
{
    auto db = Database::open(m_path, QByteArray(16, 'x'));
    QVERIFY(!db.ok());
    QCOMPARE(db.code(), Error::Invalid);
    QVERIFY(!QFile::exists(m_path));
}

void tst_Database::wrongKeyIsTypedAndLeavesFileUnchanged()
{
    {
        auto db = Test::openMigrated(m_path);
        QVERIFY(db);
        QVERIFY(db->exec(u"INSERT INTO meta(key, value) VALUES ('probe', 'x')"_s).ok());
        QVERIFY(db->checkpoint().ok());
    }
    const QByteArray before = Test::fileHash(m_path);
    QVERIFY(!before.isEmpty());
    auto wrong = Database::open(m_path, Test::testKey('w'));
    QVERIFY(!wrong.ok());
    QCOMPARE(wrong.code(), Error::WrongKey);
    QVERIFY2(wrong.error().detail.contains(u"26"_s), qPrintable(wrong.error().detail));  // SQLITE_NOTADB
    QCOMPARE(Test::fileHash(m_path), before);
    auto right = Database::open(m_path, Test::testKey());
    QVERIFY(right.ok());
    QCOMPARE(right.value()->scalar(u"SELECT value FROM meta WHERE key = 'probe'"_s).value().toString(), u"x"_s);
}

void tst_Database::supportedCipherVersion_data()
{
    QTest::addColumn<QString>("version");
    QTest::addColumn<bool>("supported");
    QTest::newRow("4.6.1 community") << u"4.6.1 community"_s << true;
    QTest::newRow("4.0.0") << u"4.0.0"_s << true;
    QTest::newRow("5.0.0") << u"5.0.0"_s << true;
    QTest::newRow("3.4.2 (2016)") << u"3.4.2"_s << false;
    QTest::newRow("empty: plain SQLite") << QString() << false;
    QTest::newRow("garbage") << u"community"_s << false;
}

void tst_Database::supportedCipherVersion()
{
    QFETCH(QString, version);
    QFETCH(bool, supported);
    QCOMPARE(Database::isSupportedCipherVersion(version), supported);
}

void tst_Database::writeCanaries(Database &db, const QStringList &canaries)
{
    Transaction tx(db);
    QVERIFY(tx.began());
    auto stmt = db.prepare(u"INSERT INTO meta(key, value) VALUES (?1, ?2)"_s);
    QVERIFY(stmt.ok());
    for (int i = 0; i < canaries.size(); ++i) {
        stmt.value().reset();
        stmt.value().bind(1, u"canary-%1"_s.arg(i)).bind(2, canaries.at(i));
        QVERIFY(stmt.value().run().ok());
    }
    QVERIFY(tx.commit().ok());
}

static double entropyBitsPerByte(const QByteArray &bytes)
{
    std::array<qint64, 256> counts{};
    for (const char c : bytes)
        ++counts[static_cast<unsigned char>(c)];
    double h = 0;
    for (const qint64 n : counts) {
        if (n == 0)
            continue;
        const double p = double(n) / double(bytes.size());
        h -= p * std::log2(p);
    }
    return h;
}

// The no-plaintext tests rely on this search: prove it finds a canary however it is encoded.
void tst_Database::canarySearchFindsEveryEncoding_data()
{
    QTest::addColumn<QByteArray>("bytes");
    const QString canary = u"Әлия-canary-ЖҰМА"_s;
    const QByteArray utf8 = canary.toUtf8();
    QTest::newRow("UTF-8") << (QByteArray("prefix ") + utf8 + " suffix");
    QTest::newRow("UTF-16LE") << QByteArray(reinterpret_cast<const char *>(canary.utf16()), canary.size() * 2);
    for (int offset = 0; offset < 3; ++offset)
        QTest::newRow(qPrintable(u"base64 at offset %1"_s.arg(offset)))
            << (QByteArray("{\"n\":\"") + (QByteArray(offset, 'x') + utf8 + "tail").toBase64() + "\"}");
    QTest::newRow("absent") << QByteArray("nothing to see");
}

void tst_Database::canarySearchFindsEveryEncoding()
{
    QFETCH(QByteArray, bytes);
    QTemporaryDir dir;
    QFile f(dir.filePath(u"blob.bin"_s));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
    f.close();
    const bool absent = QByteArray(QTest::currentDataTag()) == "absent";
    QCOMPARE(Test::filesContaining(dir.path(), u"Әлия-canary-ЖҰМА"_s).size(), absent ? 0 : 1);
}

void tst_Database::noPlaintextOnDisk()
{
    const QStringList canaries = {u"КАНАРЕЙКА-Әлмұхамбет-7731"_s, u"CanaryNoteQadam-9921"_s, u"880101300123"_s};
    auto db = Test::openMigrated(m_path);
    QVERIFY(db);
    writeCanaries(*db, canaries);
    QVERIFY(QFile::exists(m_path + u"-wal"_s));  // the WAL holds the new pages now: it must be encrypted too
    for (const QString &c : canaries)
        QVERIFY2(Test::filesContaining(m_dir.path(), c).isEmpty(), qPrintable(c));
    QVERIFY(db->checkpoint().ok());
    db.reset();
    for (const QString &c : canaries)
        QVERIFY2(Test::filesContaining(m_dir.path(), c).isEmpty(), qPrintable(c));

    QFile f(m_path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    QVERIFY(!bytes.startsWith("SQLite format 3"));
    const double entropy = entropyBitsPerByte(bytes);
    QVERIFY2(entropy >= 7.9, qPrintable(QString::number(entropy)));
}


namespace {

/** Addresses in this process's readable memory (heap, stacks, anonymous maps) where `needle`
 *  occurs, except at `needle` itself. Reads /proc/self/mem in chunks into a private mapping that
 *  the search skips, so the copies it makes are never counted. */
QStringList memoryHolding(const char *needle, size_t length)
{
    constexpr size_t chunk = 1 << 20;
    const size_t window = chunk + length - 1;
    void *mapped = mmap(nullptr, window, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (mapped == MAP_FAILED)
        return {u"mmap failed"_s};
    char *buffer = static_cast<char *>(mapped);
    const auto bufStart = quintptr(buffer), bufEnd = bufStart + window;
    QStringList hits;
    QFile maps(u"/proc/self/maps"_s);
    const int mem = ::open("/proc/self/mem", O_RDONLY);
    if (mem < 0 || !maps.open(QIODevice::ReadOnly))
        hits << u"cannot read /proc/self"_s;
    const QList<QByteArray> lines = mem < 0 ? QList<QByteArray>() : maps.readAll().split('\n');
    for (const QByteArray &line : lines) {
        const QList<QByteArray> f = line.simplified().split(' ');
        if (f.size() < 5 || !f[1].startsWith('r'))
            continue;
        const QByteArray path = f.size() > 5 ? f[5] : QByteArray();
        if (!path.isEmpty() && path != "[heap]" && !path.startsWith("[stack") && !path.startsWith("[anon"))
            continue; // code and read-only data of files: never case data
        const QList<QByteArray> range = f[0].split('-');
        const quintptr start = range[0].toULongLong(nullptr, 16), end = range[1].toULongLong(nullptr, 16);
        if (end - start > (quintptr(1) << 34))
            continue; // AddressSanitizer's shadow (terabytes, reserved); this process' heap is far smaller
        for (quintptr at = start; at < end; at += chunk) {
            const quintptr to = std::min<quintptr>(at + window, end);
            if (at < bufEnd && to > bufStart)
                continue; // the search's own copy
            const ssize_t got = pread(mem, buffer, size_t(to - at), off_t(at));
            if (got < ssize_t(length))
                continue;
            for (const char *p = buffer; (p = static_cast<const char *>(
                                              memmem(p, size_t(buffer + got - p), needle, length)));
                 ++p) {
                const quintptr where = at + quintptr(p - buffer);
                if (where != quintptr(needle))
                    hits << u"0x%1 in %2"_s.arg(where, 0, 16).arg(QString::fromUtf8(path.isEmpty() ? "anonymous" : path));
            }
            std::memset(buffer, 0, size_t(got));
        }
    }
    if (mem >= 0)
        ::close(mem);
    munmap(mapped, window);
    return hits;
}

} // namespace

// R13, SQLite's part: once a connection is closed (as a lock closes it), no decrypted page, row
// value or statement buffer of the record last read is left in the process's memory. The record
// goes in and out through the C API only (bound in place, compared in place), so SQLite's own
// allocations are the only places it could remain.
void tst_Database::closedConnectionLeavesNoPlaintextInMemory()
{
    QVERIFY(WipingAllocator::install().ok());
    std::array<char, 48> needle{};
    const char prefix[] = "R13-LAST-RECORD-VIEWED-";
    std::memcpy(needle.data(), prefix, sizeof prefix - 1);
    for (size_t i = sizeof prefix - 1; i + 1 < needle.size(); ++i)
        needle[i] = char('A' + randombytes_uniform(26));
    const size_t length = needle.size() - 1;
    const quint64 wipedBefore = WipingAllocator::bytesWiped();
    {
        auto db = Test::openMigrated(m_path);
        QVERIFY(db);
        QVERIFY(db->exec(u"CREATE TABLE viewed(note TEXT)"_s).ok());
        sqlite3_stmt *stmt = nullptr;
        QCOMPARE(sqlite3_prepare_v2(db->handle(), "INSERT INTO viewed VALUES (?1)", -1, &stmt, nullptr), SQLITE_OK);
        QCOMPARE(sqlite3_bind_text(stmt, 1, needle.data(), int(length), SQLITE_STATIC), SQLITE_OK);
        QCOMPARE(sqlite3_step(stmt), SQLITE_DONE);
        sqlite3_finalize(stmt);
        QCOMPARE(sqlite3_prepare_v2(db->handle(), "SELECT note FROM viewed", -1, &stmt, nullptr), SQLITE_OK);
        QCOMPARE(sqlite3_step(stmt), SQLITE_ROW);
        const bool same = sqlite3_column_bytes(stmt, 0) == int(length)
                       && std::memcmp(sqlite3_column_text(stmt, 0), needle.data(), length) == 0;
        sqlite3_finalize(stmt);
        QVERIFY(same);
    } // closed, as Vault::lock closes it
    QVERIFY(WipingAllocator::bytesWiped() > wipedBefore);
    const QStringList hits = memoryHolding(needle.data(), length);
    QVERIFY2(hits.isEmpty(), qPrintable(u"the record read before closing is still in memory at "_s + hits.join(u", "_s)));
}

void tst_Database::transactionRollsBackUnlessCommitted()
{
    auto db = Test::openMigrated(m_path);
    QVERIFY(db);
    {
        Transaction tx(*db);
        QVERIFY(tx.began());
        QVERIFY(db->exec(u"INSERT INTO meta(key, value) VALUES ('uncommitted', '1')"_s).ok());
    }
    QVERIFY(!db->inTransaction());
    QVERIFY(db->scalar(u"SELECT value FROM meta WHERE key = 'uncommitted'"_s).value().isNull());
    {
        Transaction tx(*db);
        QVERIFY(db->exec(u"INSERT INTO meta(key, value) VALUES ('committed', '1')"_s).ok());
        QVERIFY(tx.commit().ok());
    }
    QCOMPARE(db->scalar(u"SELECT value FROM meta WHERE key = 'committed'"_s).value().toString(), u"1"_s);
}

void tst_Database::nestedTransactionRollsBackOnlyItsPart()
{
    auto db = Test::openMigrated(m_path);
    QVERIFY(db);
    {
        Transaction outer(*db);
        QVERIFY(outer.began());
        QVERIFY(db->exec(u"INSERT INTO meta(key, value) VALUES ('outer', '1')"_s).ok());
        {
            Transaction inner(*db);
            QVERIFY(inner.began());
            QVERIFY(db->exec(u"INSERT INTO meta(key, value) VALUES ('inner-dropped', '1')"_s).ok());
        }
        {
            Transaction inner(*db);
            QVERIFY(db->exec(u"INSERT INTO meta(key, value) VALUES ('inner-kept', '1')"_s).ok());
            QVERIFY(inner.commit().ok());
        }
        QVERIFY(db->inTransaction());  // releasing a savepoint does not commit the outer transaction
        QVERIFY(outer.commit().ok());
    }
    QCOMPARE(db->scalar(u"SELECT group_concat(key) FROM (SELECT key FROM meta WHERE key IN "
                        u"('outer', 'inner-dropped', 'inner-kept') ORDER BY key)"_s).value().toString(),
             u"inner-kept,outer"_s);
    {
        Transaction outer(*db);
        Transaction inner(*db);
        QVERIFY(db->exec(u"INSERT INTO meta(key, value) VALUES ('both-dropped', '1')"_s).ok());
        QVERIFY(inner.commit().ok());
    }  // the outer one was never committed: the inner part goes too
    QVERIFY(db->scalar(u"SELECT value FROM meta WHERE key = 'both-dropped'"_s).value().isNull());
}

void tst_Database::boundParametersRoundTrip()
{
    auto db = Test::openMigrated(m_path);
    QVERIFY(db);
    // A value that would break naive string-built SQL is stored verbatim.
    const QString hostile = u"x'); DROP TABLE meta; --"_s;
    auto ins = db->prepare(u"INSERT INTO meta(key, value) VALUES (?1, ?2)"_s);
    QVERIFY(ins.ok());
    ins.value().bind(1, u"hostile"_s).bind(2, hostile);
    QVERIFY(ins.value().run().ok());
    QCOMPARE(db->scalar(u"SELECT value FROM meta WHERE key = ?1"_s, {u"hostile"_s}).value().toString(), hostile);
    QCOMPARE(db->scalar(u"SELECT ?1"_s, {QDate(2028, 2, 29)}).value().toString(), u"2028-02-29"_s);
    QCOMPARE(db->scalar(u"SELECT ?1"_s, {QVariant()}).value().isNull(), true);
    QCOMPARE(db->scalar(u"SELECT ?1 + 1"_s, {qint64(1) << 40}).value().toLongLong(), (qint64(1) << 40) + 1);
}

void tst_Database::flippedByteFailsIntegrity()
{
    {
        auto db = Test::openMigrated(m_path);
        QVERIFY(db);
        writeCanaries(*db, {u"integrity-probe"_s});
        QVERIFY(db->checkIntegrity().ok());
        QVERIFY(db->checkpoint().ok());
    }
    QFile f(m_path);
    QVERIFY(f.open(QIODevice::ReadWrite));
    const qint64 offset = 4096 * 2 + 100;  // inside page 3
    QVERIFY(f.size() > offset);
    f.seek(offset);
    char c = 0;
    f.getChar(&c);
    f.seek(offset);
    f.putChar(char(c ^ 0x01));
    f.close();

    auto db = Database::open(m_path, Test::testKey());
    if (!db.ok()) {
        QVERIFY(db.code() == Error::Corrupt || db.code() == Error::WrongKey);
        return;
    }
    const Status s = db.value()->checkIntegrity();
    QVERIFY(!s.ok());
    QCOMPARE(s.code(), Error::Corrupt);
    QVERIFY2(s.error().detail.contains(u"page 3"_s) || s.error().detail.contains(u"3"_s), qPrintable(s.error().detail));
}

void tst_Database::rekeyKeepsRowsAndRejectsOldKey()
{
    {
        auto db = Test::openMigrated(m_path);
        QVERIFY(db);
        writeCanaries(*db, {u"a"_s, u"b"_s, u"c"_s});
        QVERIFY(db->exec(u"PRAGMA journal_mode = DELETE"_s).ok());
        QVERIFY(db->rekey(Test::testKey('n')).ok());
    }
    QCOMPARE(Database::open(m_path, Test::testKey()).code(), Error::WrongKey);
    auto db = Database::open(m_path, Test::testKey('n'));
    QVERIFY(db.ok());
    QCOMPARE(db.value()->scalar(u"SELECT count(*) FROM meta WHERE key LIKE 'canary-%'"_s).value().toInt(), 3);
    QVERIFY(db.value()->checkIntegrity().ok());
}

void tst_Database::sqlcipherShellReadsTheFile()
{
    {
        auto db = Test::openMigrated(m_path);
        QVERIFY(db);
        QVERIFY(db->checkpoint().ok());
    }
    auto runShell = [&](const QByteArray &key) {
        QProcess shell;
        shell.start(QStringLiteral(QADAM_SQLCIPHER_CLI), {m_path});
        shell.write("PRAGMA key = \"" + Database::keyLiteral(key) + "\";\n.tables\nSELECT max(version) FROM schema_migrations;\n");
        shell.closeWriteChannel();
        shell.waitForFinished(30000);
        return QString::fromUtf8(shell.readAllStandardOutput() + shell.readAllStandardError());
    };
    const QString good = runShell(Test::testKey());
    QVERIFY2(good.contains(u"audit_event"_s) && good.contains(u"outbox"_s) && good.contains(u"person"_s), qPrintable(good));
    QVERIFY2(good.contains(QString::number(Migrator::latestVersion())), qPrintable(good));
    const QString bad = runShell(Test::testKey('w'));
    QVERIFY2(!bad.contains(u"audit_event"_s) && bad.contains(u"not a database"_s), qPrintable(bad));
}

QTEST_GUILESS_MAIN(tst_Database)
void tst_Database::autoCheckpointIsPerConnectionAndPassiveCheckpointCopies_data()
{
    QTest::addColumn<int>("autoPages");
    QTest::addColumn<bool>("inFileAfterCommit");
    QTest::newRow("SQLite's 1000 pages") << 1000 << true;
    QTest::newRow("off: the owner checkpoints") << 0 << false;
    QTest::newRow("a bound above the commit") << 8192 << false;
}

void tst_Database::autoCheckpointIsPerConnectionAndPassiveCheckpointCopies()
{
    // A commit of about 1,500 pages (6 MiB): past SQLite's usual bound, under 8192. Whether the
    // rows are in the store file itself shows in a copy of that file alone.
    QFETCH(int, autoPages);
    QFETCH(bool, inFileAfterCommit);
    auto opened = Database::open(m_path, Test::testKey());
    QVERIFY(opened.ok());
    auto db = std::move(opened).value();
    auto reader = Database::open(m_path, Test::testKey());  // a second connection stays open
    QVERIFY(reader.ok());
    db->setAutoCheckpoint(autoPages);
    QVERIFY(db->exec(u"CREATE TABLE t(v TEXT)"_s).ok());
    QVERIFY(db->checkpointPassive().ok());
    {
        Transaction tx(*db);
        auto insert = db->prepare(u"INSERT INTO t(v) VALUES (?1)"_s);
        QVERIFY(insert.ok());
        for (int i = 0; i < 1500; ++i) {
            QVERIFY(insert.value().bind(1, QString(2000, QChar(u'a' + i % 26))).run().ok());
            insert.value().reset();
        }
        QVERIFY(tx.commit().ok());
    }
    const auto rowsInFileAlone = [this](const QString &name) -> qint64 {
        const QString copy = m_dir.filePath(name);
        if (!QFile::copy(m_path, copy))
            return -2;
        auto c = Database::open(copy, Test::testKey());
        auto n = c.ok() ? c.value()->scalar(u"SELECT count(*) FROM t"_s) : Result<QVariant>(c.error());
        return n.ok() ? n.value().toLongLong() : -1;
    };
    QCOMPARE(rowsInFileAlone(u"after-commit-%1.db"_s.arg(autoPages)), inFileAfterCommit ? 1500 : 0);
    QVERIFY(db->checkpointPassive().ok());
    QCOMPARE(rowsInFileAlone(u"after-checkpoint-%1.db"_s.arg(autoPages)), 1500);
}

#include "tst_database.moc"
