// Fuzz target "client_reply": what a server (or anyone on the path) answers, decoded and applied
// the way SyncEngine::applyReply and runCommands do it — results, epoch, page with its cursor,
// purges, lease — by the real Replica on a real SQLCipher store that holds records and pending
// local edits. Each input runs inside one transaction that is rolled back afterwards.
#include "fuzzentries.h"
#include "fuzzworld.h"

#include "replica/replica.h"
#include "store/database.h"
#include "store/migrations.h"
#include "util/clock.h"
#include "wireconvert.h"
#include "write/outbox.h"
#include "write/writeservice.h"

#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace Qadam::Fuzz {

namespace {

const QByteArray kEpoch = QByteArray::fromHex("0190f3a26b1c7d4e8f000000000000ee");

RemoteRecord knownRecord(const QString &entity, const QString &id, qint64 version, QVariantMap fields)
{
    RemoteRecord r;
    r.entity = entity;
    r.id = id;
    r.bucket = kClientPerson;
    r.version = version;
    r.seq = version;
    r.hlc = (1'780'000'000'000LL << 16) + version;
    r.fields = std::move(fields);
    r.createdAt = 1'780'000'000'000;
    r.createdBy = kClientOfficer;
    r.updatedAt = r.createdAt;
    r.updatedBy = r.createdBy;
    return r;
}

/** A device store with the golden vectors' person and order, a stored epoch, and three local
 *  edits waiting for their results (device_seq 1–3, the first two sent). */
class ClientWorld
{
public:
    ClientWorld()
    {
        quietLogs();
        auto db = Database::open(m_dir.filePath(u"client.db"_s), QByteArray(32, 'f'));
        require(db.ok() && Migrator::migrate(*db.value()).ok(), "client store opens");
        m_db = std::move(db).value();
        m_replica = std::make_unique<Replica>(*m_db, m_clock);
        RemotePage base;
        base.records << knownRecord(u"Person"_s, kClientPerson, 2,
                                    {{u"surnameLat"_s, u"Testova"_s}, {u"givenNameLat"_s, u"Synthetica"_s},
                                     {u"caseStatus"_s, u"active"_s}, {u"caseOfficerId"_s, kClientOfficer}});
        base.records << knownRecord(u"SupervisionOrder"_s, kClientOrder, 4,
                                    {{u"personId"_s, kClientPerson}, {u"startsOn"_s, u"2026-01-01"_s},
                                     {u"status"_s, u"draft"_s}, {u"probationOfficerId"_s, kClientOfficer}});
        base.cursor = "seeded";
        require(m_replica->applyPage(base).ok(), "client base page applies");
        require(m_replica->state().setEpoch(kEpoch).ok(), "client epoch stored");
        addLocalEdits();
    }

    Database &db() { return *m_db; }
    Replica &replica() { return *m_replica; }

private:
    void addLocalEdits()
    {
        WriteService writer(*m_db, m_clock, Actor{kClientOfficer, Role::ProbationOfficer});
        require(writer.update(u"Person"_s, kClientPerson, 2, {{u"residenceTerritory"_s, u"KZ-AKM"_s}}).ok(),
                "local patch");
        const auto checkIn = writer.create(u"CheckIn"_s, {{u"personId"_s, kClientPerson},
                                                          {u"channel"_s, u"probation"_s},
                                                          {u"outcome"_s, u"attended"_s},
                                                          {u"occurredOn"_s, u"2026-05-04"_s}, {u"dueOn"_s, u"2026-05-29"_s}});
        require(checkIn.ok(), "local check-in");
        require(writer.update(u"Person"_s, kClientPerson, 3, {{u"notes"_s, u"Synthetic note"_s}}).ok(),
                "second local patch");
    }

    QTemporaryDir m_dir;
    ManualClock m_clock{1'780'000'000'000};
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Replica> m_replica;
};

ClientWorld &clientWorld()
{
    static ClientWorld world;
    return world;
}

/** SyncEngine::runCommands without the engine's own reactions (wipe, upgrade block). */
void runCommands(Replica &replica, const pb::SyncResponse &response)
{
    for (const pb::Command &command : response.commands()) {
        if (command.has_purge_bucket())
            (void)replica.purgeBucket(Wire::uuidFromBytes(command.purge_bucket().bucket()));
        else if (command.has_lease())
            (void)replica.state().setLeaseExpiresAt(command.lease().expires_at());
    }
    (void)replica.runDeferredPurges();
}

/** SyncEngine::applyReply's transaction: results, then the epoch or the page with its cursor. */
Status applyReply(Replica &replica, const pb::SyncResponse &response, bool withResults)
{
    const QByteArray epoch = QByteArray::fromStdString(response.epoch());
    auto stored = replica.state().epoch();
    const bool newEpoch = stored.ok() && !stored.value().isEmpty() && !epoch.isEmpty() && stored.value() != epoch;
    Status applied;
    if (withResults)
        applied = replica.applyResults(Sync::WireConvert::resultsFrom(response));
    if (applied.ok() && newEpoch)
        return Status::of(replica.adoptEpoch(epoch));
    if (!applied.ok())
        return applied;
    const RemotePage page = Sync::WireConvert::pageFrom(response);
    const QByteArray cursorBefore = replica.state().cursor().value();
    applied = replica.applyPage(page);
    const QByteArray cursorAfter = replica.state().cursor().value();
    const QByteArray expected = applied.ok() && !page.cursor.isEmpty() ? page.cursor : cursorBefore;
    require(cursorAfter == expected,
            "the cursor moves exactly when the page applies");
    return applied;
}

} // namespace

int clientReply(const uint8_t *data, size_t size)
{
    ClientWorld &world = clientWorld();  // built by the first call (the fuzz binaries make an empty one)
    if (size < 1)
        return 0;
    const ClientSelector selector = ClientSelector::of(data[0]);
    const auto body = inputBody(data + 1, size - 1, selector.compressed);
    pb::SyncResponse response;
    if (!body || !Wire::parse(*body, response))
        return 0;  // the engine schedules a retry; nothing is read from a reply that does not parse
    Transaction tx(world.db());  // rolled back: every input sees the seeded store
    require(tx.beginStatus().ok(), "client transaction begins");
    if (applyReply(world.replica(), response, selector.withResults).ok())
        runCommands(world.replica(), response);
    (void)world.replica().conflicts();
    (void)world.replica().rejectedOps();
    return 0;
}

} // namespace Qadam::Fuzz
