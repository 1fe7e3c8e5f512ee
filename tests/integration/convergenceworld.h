#pragma once

// The world of the convergence property test (issue 6 §3, tst_convergence.cpp): one real
// qadam-server on a fresh store, the network fault proxy in front of it, and five devices of
// different roles that edit offline through the core services and sync in a random order. The
// world keeps a journal of every op and sync (the reproduction printed on failure) and a model of
// the Person fields it patches, so the final checks know which same-field edits were concurrent.
#include "harness.h"

#include "casework/accesspolicy.h"
#include "domain/roles.h"

#include <QElapsedTimer>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <functional>
#include <memory>
#include <random>
#include <vector>

namespace Qadam::Test {
class FaultProxy;
}

namespace Qadam::Integration::Convergence {

/** One device and the user it belongs to. */
struct Member
{
    QString name;                    ///< "officerA", "counsellorC", … (journal and messages)
    QString userId;
    Role role = Role::ProbationOfficer;
    std::unique_ptr<Device> device;
    QString deviceId;
    int lastSync = -1;               ///< global index of its last completed sync
    QList<int> unpushed;             ///< ops (indexes into World::ops) written since that sync
};

/** One local write (it may be several outbox ops: a command's effects, consent + referral). */
struct Op
{
    int round = 0;
    int member = 0;
    QString text;                    ///< journal line: kind, record, field, value (synthetic data only)
    qint64 firstSeq = 0;             ///< device_seq range [firstSeq, endSeq) the write appended
    qint64 endSeq = 0;
    int knowsUpTo = -1;              ///< the member's last completed sync before the write
    int pushedAt = -1;               ///< the global sync that uploaded it
    // A modelled single-field patch of a Person (the final checks replay these in server order):
    bool modelled = false;
    QString recordId;
    QString field;
    QString value;
    bool guarded = false;            ///< a protected field (status, risk, note): concurrent edits conflict
};

/** A unique text written into one field of one record: searched for on every device at the end. */
struct Canary
{
    QString bucket;
    QString entity;
    QString recordId;
    QString field;
    int member = -1;                 ///< who wrote it (-1: planted on the server before the run)
};

/** What a run did, for the report. */
struct Figures
{
    int rounds = 0;
    int syncs = 0;
    int opsWritten = 0;              ///< local writes that succeeded
    int refusedLocally = 0;          ///< writes the device's own rules or policy refused (nothing written)
    QMap<QString, int> byKind;       ///< successful writes per kind
    QMap<QString, int> outcomes;     ///< server outcomes of every pushed op (rejections with reason)
    int conflicts = 0;               ///< conflict records on the server
    int expectedConflicts = 0;       ///< modelled concurrent same-field edits of protected fields
    int connections = 0;
    int faulted = 0;
    qint64 elapsedMs = 0;
};

/**
 * Builds the world, runs rounds and checks the convergence properties. Runs on the test's
 * thread (devices block it while they sync; the server is another process). Seeded: the same
 * seed and round count write the same ops and sync in the same order.
 */
class World
{
public:
    World(StoreKind kind, quint64 seed);
    ~World();

    /** Store with the extra users and links, server, proxy, five enrolled devices. */
    [[nodiscard]] bool start();
    /** One round: offline edits on some devices, then syncs in a random order under faults.
     *  False when a device could not complete a sync (it must, faults or not). */
    [[nodiscard]] bool round(int index);
    /** Faults off, every device syncs twice in a fixed order. */
    [[nodiscard]] bool quietSync();
    /** Every property; one line per violation (empty: all hold). */
    [[nodiscard]] QStringList check();

    [[nodiscard]] const Figures &figures() const { return m_figures; }
    /** The journal: every op and sync, in order. */
    [[nodiscard]] const QStringList &journal() const { return m_journal; }
    [[nodiscard]] QString failure() const { return m_failure; }

private:
    [[nodiscard]] bool setUpStore();
    [[nodiscard]] bool enrol();
    [[nodiscard]] bool syncMember(int member, const QString &why);
    void edit(int member);
    void officerEdit(int member);
    void supervisorEdit(int member);
    void counsellorEdit(int member);

    // ---- writes (each appends an Op on success) ----
    void patchPerson(int member, const QString &personId, const QString &field, const QString &value, bool guarded);
    void createDocument(int member, const QString &personId);
    void recordCheckIn(int member, const QString &personId);
    void sendReferral(int member, const QString &personId);
    void referralCommand(int member, const QString &referralId, const QString &command, const QVariantMap &params);
    void logSession(int member, const QString &referralId);
    /** Runs `write` and journals it: an Op when it wrote something, a refusal otherwise. */
    void journalWrite(int member, const QString &text, const std::function<Status()> &write, Op op = {});

    // ---- helpers ----
    [[nodiscard]] int pick(int n);
    [[nodiscard]] QString canary(int member, const QString &bucket, const QString &entity, const QString &field,
                                 const QString &recordId = {});
    [[nodiscard]] QStringList idsOn(int member, const QString &sql);
    [[nodiscard]] qint64 nextSeq(int member);

    // ---- checks ----
    void checkExactlyOnce(Server::StoreTxn &txn, QStringList &failures);
    void checkModel(Server::StoreTxn &txn, QStringList &failures);
    void checkScopes(Server::StoreTxn &txn, QStringList &failures);
    void checkCanaries(Server::StoreTxn &txn, int member, const QHash<QString, AccessContext> &cases,
                       QStringList &failures);

    StoreKind m_kind;
    quint64 m_seed;
    std::mt19937_64 m_rng;
    QTemporaryDir m_dir;
    std::unique_ptr<TestStore> m_store;
    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<Test::FaultProxy> m_proxy;
    std::vector<Member> m_members;
    SeedInfo m_info;
    QString m_officerB;              ///< second probation officer of office A
    QString m_supervisor;
    QString m_counsellor2;
    QStringList m_shared;            ///< cases both officers own (A case officer, B order officer)
    QStringList m_transferable;      ///< cases the supervisor moves between the two officers
    QList<Op> m_ops;
    QHash<QString, Canary> m_canaries;
    QHash<QString, QHash<QString, QString>> m_initial;  ///< person → modelled field → value at start
    QStringList m_journal;
    int m_syncs = 0;
    int m_round = 0;
    int m_tokens = 0;
    Figures m_figures;
    QElapsedTimer m_clock;
    QString m_failure;
};

} // namespace Qadam::Integration::Convergence
