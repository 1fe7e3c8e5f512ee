// SECURITY.md R29 end to end: a counsellor logs a SEALED session with canary notes on a real
// device and syncs it to a real qadam-server. Afterwards the server's whole database — the
// embedded store file opened with its key and every table read, or PostgreSQL through pg_dump —
// holds no canary in UTF-8, UTF-16LE or base64, while the author's device still shows the notes
// after the server's copy came back. A confidential (not sealed) session's canary in the same
// dump is the control that the search finds plaintext notes. A second device of the same
// counsellor receives the sealed form only: the stated limit of the design.
#include "harness.h"
#include "testsupport.h"

#include "casework/sealednotes.h"
#include "casework/sessionservice.h"
#include "store/database.h"
#include "write/writeservice.h"

#include <QDate>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace Qadam;
using namespace Qadam::Integration;

namespace {

/** Every spelling a leaked note could take in a dump. */
QList<QByteArray> spellings(const QString &canary)
{
    const QByteArray utf8 = canary.toUtf8();
    return {utf8, QByteArray(reinterpret_cast<const char *>(canary.utf16()), canary.size() * 2), utf8.toBase64(),
            utf8.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)};
}

bool found(const QByteArray &dump, const QString &canary)
{
    for (const QByteArray &s : spellings(canary))
        if (dump.contains(s))
            return true;
    return false;
}

/** Every value of every table of the embedded store, opened with its key. */
QByteArray sqliteDump(const QString &url)
{
    auto db = Database::open(url.mid(int(qstrlen("sqlite:"))), QByteArray::fromHex(TestStore::keyHex().toLatin1()));
    if (!db.ok())
        return {};
    QStringList tables;
    auto list = db.value()->prepare(u"SELECT name FROM sqlite_master WHERE type = 'table'"_s);
    if (!list.ok())
        return {};
    while (list.value().step().value())
        tables << list.value().text(0);
    QByteArray out;
    for (const QString &table : std::as_const(tables)) {
        auto rows = db.value()->prepare(u"SELECT * FROM \"%1\""_s.arg(table));
        if (!rows.ok())
            continue;
        while (rows.value().step().value())
            for (int c = 0; c < rows.value().columnCount(); ++c)
                out += rows.value().text(c).toUtf8() + '\x1f';
    }
    return out;
}

/** pg_dump of the whole database, as a backup would take it. */
QByteArray pgDump(const QString &url)
{
    QString pgDumpBin = QStandardPaths::findExecutable(u"pg_dump"_s);
    if (pgDumpBin.isEmpty())
        pgDumpBin = QStandardPaths::findExecutable(u"pg_dump"_s, {u"/usr/lib/postgresql/15/bin"_s});
    QProcess p;
    p.start(pgDumpBin, {u"--no-owner"_s, u"--dbname="_s + url});
    if (!p.waitForFinished(120'000) || p.exitCode() != 0) {
        qWarning("pg_dump failed: %s", p.readAllStandardError().constData());
        return {};
    }
    return p.readAllStandardOutput();
}

} // namespace

class tst_SealedSync : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sealedNotesNeverReachTheServerInTheClear_data();
    void sealedNotesNeverReachTheServerInTheClear();
};

void tst_SealedSync::sealedNotesNeverReachTheServerInTheClear_data()
{
    QTest::addColumn<QString>("store");
    for (const QString &row : storeRowsToRun())
        QTest::newRow(qPrintable(row)) << row;
}

void tst_SealedSync::sealedNotesNeverReachTheServerInTheClear()
{
    QFETCH(QString, store);
    Scenario s;
    QVERIFY(s.start(store));
    const QString person = s.seed().referredCases.value(0);
    const QString referral = s.seed().referralOf.value(person);
    QVERIFY(!person.isEmpty() && !referral.isEmpty());
    auto author = s.device(s.seed().counsellorId, u"author"_s);
    QVERIFY(author);

    const QString tag = QUuid::createUuid().toString(QUuid::Id128).left(10);
    const QString sealedObs = u"Sealcanary-obs-%1 жабық жазба"_s.arg(tag);
    const QString sealedPlan = u"Sealcanary-plan-%1"_s.arg(tag);
    const QString openObs = u"Opencanary-obs-%1"_s.arg(tag);
    const QString today = SystemClock().today().toString(Qt::ISODate);
    const auto logSession = [&](const QString &tier, const QVariantMap &notes) -> QString {
        SessionService service(author->db(), author->writer());
        QVariantMap fields{{u"personId"_s, person}, {u"referralId"_s, referral}, {u"occurredOn"_s, today},
                           {u"mode"_s, u"face_to_face"_s}, {u"durationMinutes"_s, 45},
                           {u"confidentialityTier"_s, tier}};
        fields.insert(notes);
        auto logged = service.log(fields);
        if (!logged.ok())
            qWarning() << "log failed:" << logged.error().detail << logged.error().field;
        return logged.ok() ? logged.value().sessionId : QString();
    };
    const QString sealedId = logSession(u"sealed"_s, {{u"notesObservations"_s, sealedObs}, {u"notesPlan"_s, sealedPlan}});
    const QString openId = logSession(u"counselling_team"_s, {{u"notesObservations"_s, openObs}});
    QVERIFY(!sealedId.isEmpty() && !openId.isEmpty());
    QVERIFY(author->sync());
    QVERIFY(author->sync()); // the server's copies come back
    QVERIFY2(author->rejectedSummary().isEmpty(), qPrintable(author->rejectedSummary().join(u"; "_s)));

    // The server holds the sealed session, its notes sealed; the control session in the clear.
    const auto onServer = s.serverRecord(u"CounsellingSession"_s, sealedId);
    QVERIFY(onServer);
    QVERIFY(SealedNotes::isSealed(onServer->fields.value(u"notesObservations"_s).toString()));
    QVERIFY(SealedNotes::isSealed(onServer->fields.value(u"notesPlan"_s).toString()));
    QCOMPARE(s.serverRecord(u"CounsellingSession"_s, openId)->fields.value(u"notesObservations"_s).toString(), openObs);

    // The author's device shows the notes, at the server's version.
    const auto local = author->record(u"CounsellingSession"_s, sealedId);
    QVERIFY(local);
    QCOMPARE(local->fields.value(u"notesObservations"_s).toString(), sealedObs);
    QCOMPARE(local->fields.value(u"notesPlan"_s).toString(), sealedPlan);
    QCOMPARE(local->version, onServer->version);

    // The whole server database, as a backup or an attacker with the key would read it.
    author->stopEngine();
    s.server().stop();
    const QByteArray dump = store == u"postgresql" ? pgDump(s.store().url()) : sqliteDump(s.store().url());
    QVERIFY2(dump.size() > 10'000, "the dump is empty: the search would prove nothing");
    QVERIFY2(found(dump, openObs), "control: a confidential note is in the dump in the clear");
    QVERIFY2(!found(dump, sealedObs), "a sealed note is in the server's database in the clear");
    QVERIFY2(!found(dump, sealedPlan), "a sealed note is in the server's database in the clear");
    QVERIFY(!found(dump, u"Sealcanary"_s));

    // The stated limit: the author's second device gets the sealed form only (no key transfer).
    QVERIFY(s.server().start());
    auto second = s.device(s.seed().counsellorId, u"second"_s);
    QVERIFY(second);
    const auto copy = second->record(u"CounsellingSession"_s, sealedId);
    QVERIFY(copy);
    QVERIFY(SealedNotes::isSealed(copy->fields.value(u"notesObservations"_s).toString()));
}

QTEST_GUILESS_MAIN(tst_SealedSync)
#include "tst_sealedsync.moc"
