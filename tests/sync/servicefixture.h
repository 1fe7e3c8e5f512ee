#pragma once

// A SyncService on a real server store with a small synthetic directory and caseload, and
// helpers that speak the wire contract with the generated protobuf classes. Header-only: shared
// by tst_syncservice and tst_syncpull. Synthetic data only.

#include "serverstore.h"
#include "store/pgstore.h"
#include "syncservice.h"

#include "sync.pb.h"
#include "util/clock.h"
#include "util/uuid.h"
#include "wirecodec.h"

#include <QFile>
#include <QTemporaryDir>
#include <QUuid>
#include <QTest>

#include <memory>

namespace Qadam::Test {

namespace pb = ::qadam::sync::v1;
using namespace Qt::StringLiterals;

/** Store URLs the suite runs against: the embedded store always, PostgreSQL when the fixture
 *  (QADAM_PG_URL_FILE) provides a database. */
inline void addStoreRows()
{
    QTest::addColumn<QString>("storeKind");
    QTest::newRow("sqlite") << u"sqlite"_s;
    const QByteArray file = qgetenv("QADAM_PG_URL_FILE");
    if (!file.isEmpty() && QFile::exists(QString::fromLocal8Bit(file)))
        QTest::newRow("postgresql") << u"postgresql"_s;
}

/** The store kinds rows run against: the embedded store, and PostgreSQL when the fixture provides it. */
inline QStringList storeKinds()
{
    QStringList kinds{u"sqlite"_s};
    const QByteArray file = qgetenv("QADAM_PG_URL_FILE");
    if (!file.isEmpty() && QFile::exists(QString::fromLocal8Bit(file)))
        kinds << u"postgresql"_s;
    return kinds;
}

/** Adds the row `name` once per store kind, the store as its first column, then `values`. */
template<typename... Values>
void addRowPerStore(const char *name, const Values &...values)
{
    for (const QString &store : storeKinds())
        ((QTest::addRow("%s: %s", qPrintable(store), name) << store) << ... << values);
}

/** One enrolled device: its tokens, next device_seq and cursor. */
struct TestDevice
{
    QString id;
    QString userId;
    QByteArray access;
    QByteArray refresh;
    QByteArray cursor;
    quint64 nextSeq = 1;
};

class ServiceFixture
{
public:
    ~ServiceFixture()
    {
        service.reset();
        store.reset();
        if (!m_pgUrl.isEmpty() && !Server::PgStore::dropSchema(m_pgUrl).ok())
            qWarning() << "could not drop test schema" << m_pgSchema;
    }

    ManualClock clock{1'780'000'000'000}; // 2026-05-28
    QTemporaryDir dir;
    std::unique_ptr<Server::ServerStore> store;
    std::unique_ptr<Server::SyncService> service;

    QString probationOrg, ngoOrg, officerA, officerB, counsellor, supervisor;
    QString personOwn, personOther, consent, referral, conviction;

    /** Opens the store; false (after a failed QVERIFY) when it cannot be opened. */
    bool open(const QString &kind)
    {
        QString url = u"sqlite:"_s + dir.filePath(u"server.db"_s);
        if (kind == u"postgresql") {
            QFile f(QString::fromLocal8Bit(qgetenv("QADAM_PG_URL_FILE")));
            if (!f.open(QIODevice::ReadOnly))
                return false;
            // A schema of its own: test binaries run in parallel on the one test database.
            m_pgSchema = u"svc_"_s + QUuid::createUuid().toString(QUuid::Id128);
            const QString base = QString::fromUtf8(f.readAll().trimmed());
            url = base + (base.contains(u'?') ? u"&"_s : u"?"_s) + u"options=-csearch_path%3D"_s + m_pgSchema;
            m_pgUrl = url;
        }
        auto opened = Server::openServerStore(url, QByteArray(32, 's'));
        if (!opened.ok())
            qWarning() << "store open failed:" << opened.error().detail;
        if (!opened.ok())
            return false;
        store = std::move(opened).value();
        service = std::make_unique<Server::SyncService>(*store, clock);
        return true;
    }

    QString id(const Result<QString> &r)
    {
        if (!r.ok())
            qWarning() << "admin call failed:" << r.error().detail << r.error().field;
        return r.ok() ? r.value() : QString();
    }

    QString import(const QString &entity, QVariantMap fields)
    {
        const QString recordId = newUuidV7(clock.nowMs());
        auto seq = service->importRecord(entity, recordId, fields, {});
        if (!seq.ok())
            qWarning() << "import failed:" << entity << seq.error().detail << seq.error().field;
        return seq.ok() ? recordId : QString();
    }

    QString staff(const QString &name, const QString &role, const QString &org, const QString &territory = {})
    {
        QVariantMap f{{u"displayName"_s, name}, {u"role"_s, role}, {u"status"_s, u"active"_s}};
        if (!org.isEmpty())
            f.insert(u"organisationId"_s, org);
        if (!territory.isEmpty())
            f.insert(u"territoryCode"_s, territory);
        return id(service->createUser(f));
    }

    /** Two units, two officers, a counsellor, a supervisor; one person per officer, the first
     *  referred (active) to the counsellor, with a conviction. */
    void seed()
    {
        probationOrg = id(service->createOrganisation({{u"nameKk"_s, u"Probation unit"_s},
                                                        {u"nameRu"_s, u"Probation unit"_s},
                                                        {u"kind"_s, u"probation_service"_s},
                                                        {u"territoryCode"_s, u"KZ-AKM"_s}}));
        ngoOrg = id(service->createOrganisation(
            {{u"nameKk"_s, u"Help NGO"_s}, {u"nameRu"_s, u"Help NGO"_s}, {u"kind"_s, u"ngo"_s}}));
        officerA = staff(u"Officer Alpha"_s, u"probation_officer"_s, probationOrg);
        officerB = staff(u"Officer Bravo"_s, u"probation_officer"_s, probationOrg);
        counsellor = staff(u"Counsellor Charlie"_s, u"counsellor"_s, ngoOrg);
        supervisor = staff(u"Supervisor Delta"_s, u"supervisor"_s, u"00000000-0000-7000-8000-000000000001"_s,
                           u"KZ-AKM"_s);
        personOwn = import(u"Person"_s, {{u"surnameLat"_s, u"Zharkynbekova"_s}, {u"givenNameLat"_s, u"Aigerim"_s},
                                         {u"caseStatus"_s, u"active"_s}, {u"caseOfficerId"_s, officerA},
                                         {u"residenceTerritory"_s, u"KZ-ALA"_s}});
        personOther = import(u"Person"_s, {{u"surnameLat"_s, u"Quxtorbayev"_s}, {u"givenNameLat"_s, u"Yerzhanbol"_s},
                                           {u"caseStatus"_s, u"active"_s}, {u"caseOfficerId"_s, officerB},
                                           {u"residenceTerritory"_s, u"KZ-AKM"_s},
                                           {u"iin"_s, u"900101300123"_s}});
        consent = import(u"ConsentRecord"_s, {{u"personId"_s, personOwn}, {u"purpose"_s, u"referral"_s},
                                              {u"basis"_s, u"written"_s}, {u"givenOn"_s, u"2026-01-10"_s}});
        referral = import(u"Referral"_s, {{u"personId"_s, personOwn}, {u"counsellorId"_s, counsellor},
                                          {u"organisationId"_s, ngoOrg}, {u"reason"_s, u"Support"_s},
                                          {u"consentId"_s, consent}, {u"status"_s, u"active"_s},
                                          {u"termStart"_s, u"2026-01-15"_s}, {u"termEnd"_s, u"2026-12-31"_s}});
        conviction = import(u"Conviction"_s, {{u"personId"_s, personOwn}, {u"articleCode"_s, u"255"_s},
                                              {u"sentence"_s, u"Sentencecanary seven years"_s}});
    }

    /** Issues a code and enrols a device for `userId`. */
    TestDevice enroll(const QString &userId)
    {
        TestDevice d;
        d.userId = userId;
        auto code = service->issueEnrolmentCode(userId);
        if (!code.ok())
            return d;
        pb::EnrollRequest req;
        req.set_code(code.value().toStdString());
        req.set_device_name("test device");
        req.set_client_version("1.0.0");
        req.set_platform("linux");
        const Server::ServiceReply reply = service->enroll(Wire::serialise(req));
        pb::TokenReply tokens;
        if (reply.status != 200 || !Wire::parse(reply.body, tokens))
            return d;
        d.id = Wire::uuidFromBytes(tokens.device_id());
        d.access = QByteArray::fromStdString(tokens.access_token());
        d.refresh = QByteArray::fromStdString(tokens.refresh_token());
        return d;
    }

    static pb::SyncRequest request(bool pull = true, quint32 maxBytes = 0)
    {
        pb::SyncRequest req;
        req.set_protocol_version(1);
        req.set_client_version("1.0.0");
        req.set_pull(pull);
        req.set_max_reply_bytes(maxBytes);
        return req;
    }

    static void setFields(pb::Op *op, const QVariantMap &fields) { Wire::toFields(fields, op->mutable_fields()); }

    pb::Op *addOp(pb::SyncRequest &req, TestDevice &d, pb::OpKind kind, const QString &entity, const QString &recordId,
                  quint64 base, const QVariantMap &fields)
    {
        pb::Op *op = req.add_ops();
        op->set_device_seq(d.nextSeq++);
        op->set_op_id(Wire::uuidToBytes(newUuidV7(clock.nowMs())));
        op->set_entity(entity.toStdString());
        op->set_record_id(Wire::uuidToBytes(recordId));
        op->set_kind(kind);
        op->set_base_version(base);
        op->set_hlc(quint64(clock.nowMs()) << 16);
        op->set_occurred_at(clock.nowMs());
        setFields(op, fields);
        return op;
    }

    /** Sends `req` (with the device's cursor); stores the new cursor. */
    Server::ServiceReply send(TestDevice &d, pb::SyncRequest req, pb::SyncResponse *out = nullptr)
    {
        req.set_cursor(d.cursor.toStdString());
        Server::ServiceReply reply = service->sync(d.access, Wire::serialise(req));
        pb::SyncResponse response;
        if (reply.status == 200 && Wire::parse(reply.body, response) && !response.cursor().empty())
            d.cursor = QByteArray::fromStdString(response.cursor());
        if (out)
            *out = response;
        return reply;
    }

    /** Pulls until `more` is false; every reply's raw bytes are appended to `raw`. */
    QList<pb::SyncResponse> pullAll(TestDevice &d, quint32 maxBytes = 0, QByteArray *raw = nullptr, int limit = 1000)
    {
        QList<pb::SyncResponse> pages;
        for (int i = 0; i < limit; ++i) {
            pb::SyncResponse r;
            const Server::ServiceReply reply = send(d, request(true, maxBytes), &r);
            if (reply.status != 200)
                break;
            if (raw)
                raw->append(reply.body);
            pages << r;
            if (!r.more())
                break;
        }
        return pages;
    }

    std::optional<Server::StoredRecord> record(const QString &entity, const QString &recordId)
    {
        auto txn = store->begin(false);
        if (!txn.ok())
            return std::nullopt;
        auto r = txn.value()->record(entity, recordId);
        return r.ok() ? r.value() : std::nullopt;
    }

    /** Everything a record holds on the server, for before/after comparisons. */
    QByteArray recordBytes(const QString &entity, const QString &recordId)
    {
        const auto r = record(entity, recordId);
        if (!r)
            return {};
        QByteArray out;
        QDataStream s(&out, QIODevice::WriteOnly);
        s << r->bucket << r->version << r->seq << r->hlc << r->fields << r->echoDevice << r->updatedAt << r->updatedBy;
        QStringList keys = r->fieldVersions.keys();
        keys.sort();
        for (const QString &k : keys)
            s << k << r->fieldVersions.value(k);
        return out;
    }

    qint64 highWater()
    {
        auto txn = store->begin(false);
        auto h = txn.ok() ? txn.value()->highWater() : Result<qint64>(Error::make(Error::Storage));
        return h.ok() ? h.value() : -1;
    }

private:
    QString m_pgSchema;
    QString m_pgUrl;
};

/** A seeded fixture for the current row's `storeKind`; nullptr (after a warning) when the store
 *  cannot be opened. Call from a data-driven test function. */
inline std::unique_ptr<ServiceFixture> seededFixture()
{
    QFETCH(QString, storeKind);
    auto f = std::make_unique<ServiceFixture>();
    if (!f->open(storeKind))
        return nullptr;
    f->seed();
    return f;
}

} // namespace Qadam::Test
