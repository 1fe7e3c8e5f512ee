// The convergence world: set-up, the random offline edits of each role and the syncs under faults.
// The final checks are in convergencechecks.cpp.
#include "convergenceworld.h"

#include "casework/accesspolicy.h"
#include "casework/checkinservice.h"
#include "casework/referralservice.h"
#include "casework/sessionservice.h"
#include "faultproxy.h"
#include "scope.h"
#include "store/database.h"
#include "store/meta.h"
#include "syncservice.h"
#include "util/clock.h"
#include "write/outbox.h"
#include "write/writeservice.h"

#include <QDir>

#include <algorithm>
#include <numeric>

using namespace Qt::StringLiterals;

namespace Qadam::Integration::Convergence {

namespace {

const QString kPerson = u"Person"_s;
/** Faulted share of connections during the rounds (the final sync is quiet). */
constexpr double kFaultRate = 0.3;
const QStringList kCategories = {u"released_convict"_s, u"returnee"_s, u"returnee_child"_s, u"woman_at_risk"_s,
                                 u"youth_prevention"_s, u"relative_supporter"_s};
const QStringList kLanguages = {u"kk"_s, u"ru"_s, u"en"_s};

Sync::EngineConfig deviceConfig()
{
    Sync::EngineConfig c = Device::defaultConfig();
    c.backoffInitialMs = 20;
    c.backoffMaxMs = 200;
    c.transport.connectTimeoutMs = 1'000;
    c.transport.totalTimeoutMs = 1'500;
    return c;
}

QString today(int offsetDays = 0)
{
    return SystemClock().today().addDays(offsetDays).toString(Qt::ISODate);
}

QString shortId(const QString &id)
{
    return id.right(8);
}

} // namespace

World::World(StoreKind kind, quint64 seed) : m_kind(kind), m_seed(seed), m_rng(seed)
{
    m_clock.start();
}

World::~World()
{
    m_proxy.reset();
    m_members.clear();
    m_server.reset();
    m_store.reset();
}

int World::pick(int n)
{
    return n <= 1 ? 0 : int(std::uniform_int_distribution<int>(0, n - 1)(m_rng));
}

QString World::canary(int member, const QString &bucket, const QString &entity, const QString &field,
                      const QString &recordId)
{
    // Unique, searchable, and shaped like nothing else in the stores.
    const QString token = u"qz%1"_s.arg(QString::number(++m_tokens, 36), 8, u'0');
    m_canaries.insert(token, Canary{bucket, entity, recordId, field, member});
    return token;
}

// ---- set-up -------------------------------------------------------------------------------------

bool World::setUpStore()
{
    auto store = TestStore::create(m_kind, m_dir.path());
    if (!store.ok()) {
        m_failure = u"store: "_s + store.error().detail;
        return false;
    }
    m_store = std::move(store).value();
    m_info = m_store->seed();
    auto opened = m_store->open();
    if (!opened.ok()) {
        m_failure = u"open store: "_s + opened.error().detail;
        return false;
    }
    SystemClock clock;
    Server::SyncService service(*opened.value(), clock);
    auto txn = opened.value()->begin(false);
    const auto officerA = Server::loadStaff(*txn.value(), m_info.officerId).value();
    const auto counsellor = Server::loadStaff(*txn.value(), m_info.counsellorId).value();
    const auto orders = txn.value()->recordsOf(u"SupervisionOrder"_s, 1'000'000).value();
    const auto people = txn.value()->recordsOf(kPerson, 1'000'000).value();
    const auto convictions = txn.value()->recordsOf(u"Conviction"_s, 1'000'000).value();
    txn.value().reset();

    const auto user = [&](const QString &name, const QString &role, const QString &org) {
        auto id = service.createUser({{u"displayName"_s, name}, {u"role"_s, role}, {u"organisationId"_s, org},
                                      {u"status"_s, u"active"_s}});
        return id.ok() ? id.value() : QString();
    };
    m_officerB = user(u"Officer A2"_s, u"probation_officer"_s, officerA.organisationId);
    m_supervisor = user(u"Supervisor S"_s, u"supervisor"_s, officerA.organisationId);
    m_counsellor2 = user(u"Counsellor D"_s, u"counsellor"_s, counsellor.organisationId);
    if (m_officerB.isEmpty() || m_supervisor.isEmpty() || m_counsellor2.isEmpty()) {
        m_failure = u"could not create the extra users"_s;
        return false;
    }
    // Officer A2 becomes the probation officer of the live orders of the first half of the
    // caseload: two officers own those cases and edit the same fields concurrently.
    const QStringList firstHalf = m_info.people.mid(0, m_info.people.size() / 2);
    for (const Server::StoredRecord &o : orders) {
        if (!firstHalf.contains(o.bucket) || !Server::isLiveOrderStatus(o.fields.value(u"status"_s).toString()))
            continue;
        if (!service.importRecord(u"SupervisionOrder"_s, o.id, {{u"probationOfficerId"_s, m_officerB}}, {}).ok()) {
            m_failure = u"could not assign an order"_s;
            return false;
        }
        if (!m_shared.contains(o.bucket))
            m_shared << o.bucket;
    }
    std::sort(m_shared.begin(), m_shared.end());
    for (const QString &p : m_info.people.mid(m_info.people.size() / 2))
        m_transferable << p;
    // Canaries planted on the server before any device exists: notes of every case (no
    // counsellor may read them) and every conviction's sentence (restricted to probation).
    for (const Server::StoredRecord &p : people) {
        const QString token = canary(-1, p.id, kPerson, u"notes"_s, p.id);
        if (!service.importRecord(kPerson, p.id, {{u"notes"_s, u"Seed note "_s + token}}, {}).ok()) {
            m_failure = u"could not plant a canary"_s;
            return false;
        }
    }
    for (const Server::StoredRecord &c : convictions) {
        const QString token = canary(-1, c.bucket, u"Conviction"_s, u"sentence"_s, c.id);
        if (!service.importRecord(u"Conviction"_s, c.id, {{u"sentence"_s, u"Sentence "_s + token}}, {}).ok()) {
            m_failure = u"could not plant a conviction canary"_s;
            return false;
        }
    }
    // The model's starting point: the modelled fields of every person as stored now.
    auto again = opened.value()->begin(false);
    for (const Server::StoredRecord &p : again.value()->recordsOf(kPerson, 1'000'000).value())
        for (const QString &f : {u"notes"_s, u"categoryFlags"_s, u"residenceAddress"_s, u"preferredLanguage"_s,
                                 u"caseOfficerId"_s})
            m_initial[p.id].insert(f, p.fields.value(f).toString());
    return true;
}

bool World::enrol()
{
    struct Who
    {
        QString name;
        QString userId;
        Role role;
    };
    const QList<Who> who{{u"officerA"_s, m_info.officerId, Role::ProbationOfficer},
                         {u"officerA2"_s, m_officerB, Role::ProbationOfficer},
                         {u"counsellorC"_s, m_info.counsellorId, Role::Counsellor},
                         {u"supervisorS"_s, m_supervisor, Role::Supervisor},
                         {u"counsellorD"_s, m_counsellor2, Role::Counsellor}};
    const QString proxied = u"http://127.0.0.1:%1"_s.arg(m_proxy->port());
    for (const Who &w : who) {
        auto code = m_server->issueCode(w.userId);
        if (!code.ok()) {
            m_failure = u"issue-code: "_s + code.error().detail;
            return false;
        }
        Member m;
        m.name = w.name;
        m.userId = w.userId;
        m.role = w.role;
        m.device = std::make_unique<Device>(m_dir.filePath(w.name), deviceConfig());
        if (!m.device->enroll(m_server->url(), code.value()) || !m.device->switchServer(proxied)) {
            m_failure = u"enrolment of "_s + w.name;
            return false;
        }
        m.deviceId = m.device->credentials().deviceId;
        // As in the app: every local write passes the access policy first.
        m.device->writer().setAccessPolicy(&AccessPolicy::builtIn());
        m_members.push_back(std::move(m));
    }
    return true;
}

bool World::start()
{
    if (!setUpStore())
        return false;
    m_server = std::make_unique<ServerProcess>(*m_store, m_dir.path());
    if (!m_server->start()) {
        m_failure = u"server did not start"_s;
        return false;
    }
    m_proxy = std::make_unique<Test::FaultProxy>(m_server->port());
    if (!m_proxy->start()) {
        m_failure = u"proxy did not start"_s;
        return false;
    }
    return enrol();
}

// ---- rounds -------------------------------------------------------------------------------------

bool World::syncMember(int member, const QString &why)
{
    Member &m = m_members[size_t(member)];
    const int index = m_syncs++;
    m_journal << u"r%1 sync #%2 %3 (%4 ops)%5"_s.arg(m_round).arg(index).arg(m.name).arg(m.unpushed.size()).arg(why);
    QElapsedTimer t;
    t.start();
    const bool synced = m.device->sync(120'000);
    if (qEnvironmentVariableIsSet("QADAM_CONVERGENCE_TIMING"))
        qInfo("sync #%d %s %lld ms", index, qPrintable(m.name), t.elapsed());
    if (!synced) {
        m_failure = u"%1 did not complete sync #%2 (state %3, %4)"_s.arg(m.name).arg(index)
                        .arg(int(m.device->state())).arg(m.device->stateReason());
        return false;
    }
    for (int op : std::as_const(m.unpushed))
        m_ops[op].pushedAt = index;
    m.unpushed.clear();
    m.lastSync = index;
    ++m_figures.syncs;
    return true;
}

bool World::round(int index)
{
    m_round = index;
    ++m_figures.rounds;
    m_proxy->setRandom(kFaultRate, m_seed ^ quint64(index) * 0x9e3779b97f4a7c15ULL);
    const int editors = 1 + pick(3);
    for (int i = 0; i < editors; ++i) {
        const int member = pick(int(m_members.size()));
        const int ops = 1 + pick(3);
        for (int k = 0; k < ops; ++k)
            edit(member);
    }
    std::vector<int> order(m_members.size());
    std::iota(order.begin(), order.end(), 0);
    std::shuffle(order.begin(), order.end(), m_rng);
    const int syncing = 1 + pick(3);
    for (int i = 0; i < syncing; ++i)
        if (!syncMember(order[size_t(i)], {}))
            return false;
    return true;
}

bool World::quietSync()
{
    m_round = -1;
    m_proxy->clearRules();
    for (int pass = 0; pass < 2; ++pass)
        for (int i = 0; i < int(m_members.size()); ++i)
            if (!syncMember(i, u" quiet"_s))
                return false;
    m_figures.connections = m_proxy->connections();
    m_figures.faulted = m_proxy->faulted();
    m_figures.elapsedMs = m_clock.elapsed();
    return true;
}

// ---- edits --------------------------------------------------------------------------------------

void World::edit(int member)
{
    switch (m_members[size_t(member)].role) {
    case Role::ProbationOfficer: officerEdit(member); break;
    case Role::Supervisor: supervisorEdit(member); break;
    case Role::Counsellor: counsellorEdit(member); break;
    default: break;
    }
}

QStringList World::idsOn(int member, const QString &sql)
{
    QStringList ids;
    Database &db = m_members[size_t(member)].device->db();
    auto stmt = db.prepare(sql);
    if (!stmt.ok())
        return ids;
    for (auto row = stmt.value().step(); row.ok() && row.value(); row = stmt.value().step())
        ids << stmt.value().text(0);
    return ids;
}

qint64 World::nextSeq(int member)
{
    auto next = Meta::get(m_members[size_t(member)].device->db(), u"next_device_seq"_s, u"1"_s);
    return next.ok() ? next.value().toLongLong() : -1;
}

void World::journalWrite(int member, const QString &text, const std::function<Status()> &write, Op op)
{
    Member &m = m_members[size_t(member)];
    const qint64 before = nextSeq(member);
    const Status s = write();
    const qint64 after = nextSeq(member);
    const QString kind = text.section(u' ', 0, 0);
    if (!s.ok() || after == before) {
        ++m_figures.refusedLocally;
        m_journal << u"r%1 %2 %3 refused locally: %4 %5"_s.arg(m_round).arg(m.name, text,
            s.ok() ? u"no change"_s : errorCodeName(s.code()), s.ok() ? QString() : s.error().field);
        return;
    }
    op.round = m_round;
    op.member = member;
    op.text = text;
    op.firstSeq = before;
    op.endSeq = after;
    op.knowsUpTo = m.lastSync;
    m.unpushed << int(m_ops.size());
    m_journal << u"r%1 %2 %3 [seq %4-%5]"_s.arg(m_round).arg(m.name, text).arg(before).arg(after - 1);
    m_ops << op;
    ++m_figures.opsWritten;
    ++m_figures.byKind[kind];
}

void World::patchPerson(int member, const QString &personId, const QString &field, const QString &value, bool guarded)
{
    Device &d = *m_members[size_t(member)].device;
    const auto person = d.record(kPerson, personId);
    if (!person)
        return;
    // A second offline patch of a record whose first is not uploaded yet is made on the device's
    // local version; the op carries the server version the device last saw (Outbox serverBase),
    // so the checks below hold for such chains too (seed 7, 30 rounds showed the loss before).
    Op op;
    op.modelled = true;
    op.recordId = personId;
    op.field = field;
    op.value = value;
    op.guarded = guarded;
    journalWrite(member, u"patch Person/%1 %2=%3 base v%4"_s.arg(shortId(personId), field, value).arg(person->version),
                 [&] { return d.writer().update(kPerson, personId, person->version, {{field, value}}); }, op);
}

void World::createDocument(int member, const QString &personId)
{
    Device &d = *m_members[size_t(member)].device;
    const QString token = canary(member, personId, u"Document"_s, u"title"_s);
    journalWrite(member, u"create Document in %1 title=%2"_s.arg(shortId(personId), token), [&] {
        return Status::of(d.writer().create(u"Document"_s, {{u"personId"_s, personId}, {u"kind"_s, u"other"_s},
                                                            {u"title"_s, u"Certificate "_s + token}}));
    });
}

void World::recordCheckIn(int member, const QString &personId)
{
    Device &d = *m_members[size_t(member)].device;
    const QStringList orders = idsOn(member, u"SELECT id FROM supervision_order WHERE person_id = '%1' "
                                             u"AND status IN ('in_force', 'extended') ORDER BY id"_s.arg(personId));
    const QString token = canary(member, personId, u"CheckIn"_s, u"summary"_s);
    const QString order = orders.isEmpty() ? QString() : orders.first();
    journalWrite(member, u"checkin in %1 order %2 summary=%3"_s.arg(shortId(personId), shortId(order), token), [&] {
        CheckInService service(d.db(), d.writer());
        return Status::of(service.record({{u"personId"_s, personId}, {u"orderId"_s, order},
                                          {u"channel"_s, u"probation"_s}, {u"dueOn"_s, today()},
                                          {u"outcome"_s, u"attended"_s}, {u"occurredOn"_s, today()},
                                          {u"summary"_s, u"Reported on assistance "_s + token}}));
    });
}

void World::sendReferral(int member, const QString &personId)
{
    Device &d = *m_members[size_t(member)].device;
    const QString to = pick(2) == 0 ? m_info.counsellorId : m_counsellor2;
    // A counsellor may hold the same case through two referrals; revoking one resyncs the case on
    // their device (PullBuilder views), so that referral's sessions leave it.
    const QString token = canary(member, personId, u"Referral"_s, u"reason"_s);
    journalWrite(member, u"refer %1 to %2 reason=%3"_s.arg(shortId(personId), shortId(to), token), [&]() -> Status {
        auto consent = d.writer().create(u"ConsentRecord"_s, {{u"personId"_s, personId}, {u"purpose"_s, u"referral"_s},
                                                             {u"basis"_s, u"written"_s}, {u"givenOn"_s, today(-1)}});
        if (!consent.ok())
            return consent.error();
        ReferralService service(d.writer(), d.db());
        ReferralRequest r;
        r.personId = personId;
        r.counsellorId = to;
        r.reason = u"Referral reason "_s + token;
        r.consentId = consent.value();
        r.termStart = SystemClock().today().addDays(-1);
        r.termEnd = SystemClock().today().addDays(60);
        return Status::of(service.send(r));
    });
}

void World::referralCommand(int member, const QString &referralId, const QString &command, const QVariantMap &params)
{
    Device &d = *m_members[size_t(member)].device;
    const auto referral = d.record(u"Referral"_s, referralId);
    if (!referral)
        return;
    journalWrite(member, u"command %1 Referral/%2 base v%3"_s.arg(command, shortId(referralId)).arg(referral->version),
                 [&] { return d.writer().command(u"Referral"_s, referralId, referral->version, command, params); });
}

void World::logSession(int member, const QString &referralId)
{
    Device &d = *m_members[size_t(member)].device;
    const auto referral = d.record(u"Referral"_s, referralId);
    if (!referral)
        return;
    const QString personId = referral->fields.value(u"personId"_s).toString();
    const QString token = canary(member, personId, u"CounsellingSession"_s, u"notesObservations"_s);
    const bool risky = pick(6) == 0;
    journalWrite(member, u"session %1 referral %2%3 notes=%4"_s.arg(shortId(personId), shortId(referralId),
                                                                   risky ? u" unstable"_s : QString(), token), [&] {
        SessionService service(d.db(), d.writer());
        QVariantMap fields{{u"personId"_s, personId}, {u"referralId"_s, referralId}, {u"occurredOn"_s, today()},
                           {u"mode"_s, u"face_to_face"_s}, {u"durationMinutes"_s, 45},
                           {u"notesObservations"_s, u"Observed "_s + token}};
        if (risky)
            fields.insert(u"stability"_s, u"unstable"_s);
        return Status::of(service.log(fields));
    });
}

void World::officerEdit(int member)
{
    const QStringList people = idsOn(member, u"SELECT id FROM person ORDER BY id"_s);
    if (people.isEmpty())
        return;
    // Most edits land on a few cases both officers own, where same-field edits collide.
    const QStringList hot = m_shared.mid(0, 3);
    const int p = pick(10);
    const QStringList &pool = p < 6 && !hot.isEmpty() ? hot : p < 8 && !m_shared.isEmpty() ? m_shared : people;
    const QString person = pool.at(pick(int(pool.size())));
    const int r = pick(100);
    if (r < 22) {
        patchPerson(member, person, u"notes"_s, canary(member, person, kPerson, u"notes"_s, person), true);
    } else if (r < 32) {
        QStringList flags;
        for (const QString &c : kCategories)
            if (pick(3) == 0)
                flags << c;
        patchPerson(member, person, u"categoryFlags"_s, flags.isEmpty() ? kCategories.first() : flags.join(u','), true);
    } else if (r < 44) {
        patchPerson(member, person, u"residenceAddress"_s,
                    u"Abay st. "_s + canary(member, person, kPerson, u"residenceAddress"_s, person), false);
    } else if (r < 48) {
        patchPerson(member, person, u"preferredLanguage"_s, kLanguages.at(pick(3)), false);
    } else if (r < 58) {
        createDocument(member, person);
    } else if (r < 72) {
        recordCheckIn(member, person);
    } else if (r < 84) {
        sendReferral(member, person);
    } else if (r < 92) {
        const QStringList open = idsOn(member, u"SELECT id FROM referral WHERE status IN ('sent', 'accepted', "
                                               u"'active') ORDER BY id"_s);
        if (!open.isEmpty())
            referralCommand(member, open.at(pick(int(open.size()))), u"revoke"_s,
                            {{u"closureReason"_s, u"Closed by the officer"_s}});
    } else {
        // The same field twice in a row on one device, before any sync.
        patchPerson(member, person, u"notes"_s, canary(member, person, kPerson, u"notes"_s, person), true);
        patchPerson(member, person, u"notes"_s, canary(member, person, kPerson, u"notes"_s, person), true);
    }
}

void World::supervisorEdit(int member)
{
    const QStringList people = idsOn(member, u"SELECT id FROM person ORDER BY id"_s);
    if (people.isEmpty())
        return;
    const int r = pick(100);
    if (r < 45) {
        const QStringList hot = m_shared.mid(0, 3);
        const QString person = hot.isEmpty() ? people.at(pick(int(people.size()))) : hot.at(pick(int(hot.size())));
        QStringList flags;
        for (const QString &c : kCategories)
            if (pick(3) == 0)
                flags << c;
        patchPerson(member, person, u"categoryFlags"_s, flags.isEmpty() ? kCategories.last() : flags.join(u','), true);
    } else if (r < 75) {
        // A case moves between the two officers: one loses it (purge), the other gains it.
        const QString person = m_transferable.at(pick(int(m_transferable.size())));
        const auto record = m_members[size_t(member)].device->record(kPerson, person);
        if (!record)
            return;
        const QString to = record->fields.value(u"caseOfficerId"_s).toString() == m_info.officerId ? m_officerB
                                                                                                 : m_info.officerId;
        patchPerson(member, person, u"caseOfficerId"_s, to, false);
    } else {
        const QStringList open = idsOn(member, u"SELECT id FROM referral WHERE status IN ('sent', 'accepted', "
                                               u"'active') ORDER BY id"_s);
        if (!open.isEmpty())
            referralCommand(member, open.at(pick(int(open.size()))), u"revoke"_s,
                            {{u"closureReason"_s, u"Closed by the supervisor"_s}});
    }
}

void World::counsellorEdit(int member)
{
    const QString me = m_members[size_t(member)].userId;
    const QStringList sent = idsOn(member, u"SELECT id FROM referral WHERE status = 'sent' AND counsellor_id = '%1' "
                                           u"ORDER BY id"_s.arg(me));
    const QStringList accepted = idsOn(member, u"SELECT id FROM referral WHERE status = 'accepted' AND "
                                               u"counsellor_id = '%1' ORDER BY id"_s.arg(me));
    const QStringList active = idsOn(member, u"SELECT id FROM referral WHERE status = 'active' AND "
                                             u"counsellor_id = '%1' ORDER BY id"_s.arg(me));
    const int r = pick(100);
    if (r < 30 && !sent.isEmpty())
        referralCommand(member, sent.at(pick(int(sent.size()))), u"accept"_s, {});
    else if (r < 40 && !accepted.isEmpty())
        referralCommand(member, accepted.at(pick(int(accepted.size()))), u"activate"_s, {});
    else if (r < 50 && !active.isEmpty())
        referralCommand(member, active.at(pick(int(active.size()))), u"report_outcome"_s,
                        {{u"minimalOutcome"_s, u"engaged"_s}, {u"attendedCount"_s, 1 + pick(5)}});
    else if (!(accepted + active).isEmpty()) {
        const QStringList open = accepted + active;
        logSession(member, open.at(pick(int(open.size()))));
    }
}

} // namespace Qadam::Integration::Convergence
