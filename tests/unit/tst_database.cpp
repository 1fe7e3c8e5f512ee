// Tests for Qadam::Database, Statement and Transaction: the SQLCipher 4 store layer.
#include "store/database.h"
#include "store/migrations.h"
#include "testsupport.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <array>
#include <cmath>

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
    void transactionRollsBackUnlessCommitted();
    void nestedTransactionRollsBackOnlyItsPart();
    void boundParametersRoundTrip();
    void flippedByteFailsIntegrity();
    void rekeyKeepsRowsAndRejectsOldKey();
    void sqlcipherShellReadsTheFile();

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
    QCOMPARE(db->scalar(u"PRAGMA cipher_memory_security"_s).value().toInt(), 1);
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
#include "tst_database.moc"
