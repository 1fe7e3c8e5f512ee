// Tests for the access policy on the write path: a WriteService with the built-in policy refuses
// forged writes (another officer's case, an unreferred case, a forbidden field, another
// service's channel, a session in a colleague's name, a case for an administrator) with
// Error::Forbidden and a reason code, before any version or state check, writing nothing; allowed
// writes go through; a command's follow-up records are part of the command; case reads are
// checked before they are audited.
#include "casework/accesspolicy.h"
#include "store/database.h"
#include "store/recordstore.h"
#include "testsupport.h"
#include "util/clock.h"
#include "write/writeservice.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Qadam;

namespace {

const QString kToday = u"2026-05-28"_s;

/** A session's fields as a counsellor logs it; "$key" values name seeded records. */
QVariantMap session(const QString &counsellor)
{
    return { { u"personId"_s, u"$X"_s }, { u"referralId"_s, u"$R"_s }, { u"counsellorId"_s, counsellor },
        { u"occurredOn"_s, kToday }, { u"mode"_s, u"face_to_face"_s },
        { u"confidentialityTier"_s, u"counselling_team"_s }, { u"notesObservations"_s, u"observation"_s } };
}

QVariantMap checkIn(const QString &channel)
{
    return { { u"personId"_s, u"$X"_s }, { u"channel"_s, channel }, { u"dueOn"_s, kToday },
        { u"outcome"_s, u"attended"_s }, { u"occurredOn"_s, kToday } };
}

QVariantMap alert()
{
    return { { u"personId"_s, u"$X"_s }, { u"kind"_s, u"risk_signal"_s }, { u"severity"_s, u"urgent"_s },
        { u"status"_s, u"open"_s }, { u"raisedOn"_s, kToday }, { u"routedRole"_s, u"supervisor"_s } };
}

QVariantMap with(QVariantMap fields, const QString &key, const QVariant &value)
{
    fields.insert(key, value);
    return fields;
}

} // namespace

class tst_PolicyEnforcement : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase() { m_db.reset(); }
    void init();
    void cleanup();
    void writesFollowThePolicy_data();
    void writesFollowThePolicy();
    void caseReadsAreCheckedBeforeTheyAreAudited_data();
    void caseReadsAreCheckedBeforeTheyAreAudited();
    void commandEffectsArePartOfTheCommand();
    void withoutAPolicyTheCallerIsTrusted();

private:
    struct Counts
    {
        qint64 records;
        qint64 ops;
        qint64 audit;
    };
    Counts counts();
    QString put(const QString &key, const QString &entity, const QVariantMap &fields);
    void staff(const QString &key, const QString &role, const QString &organisation, const QString &territory,
        const QString &status = u"active"_s);
    WriteService &as(const QString &key);
    QVariantMap resolve(QVariantMap fields) const;

    QTemporaryDir m_dir;
    ManualClock m_clock { 1'779'950'000'000 }; // 2026-05-28 11:33 in Kazakhstan (UTC+5)
    std::unique_ptr<Database> m_db;
    QHash<QString, QString> m_ids;
    QHash<QString, Role> m_roles;
    std::map<QString, std::unique_ptr<WriteService>> m_services;
    std::unique_ptr<Transaction> m_rowTransaction;
    int m_next = 0;
};

QString tst_PolicyEnforcement::put(const QString &key, const QString &entity, const QVariantMap &fields)
{
    Record r;
    r.id = u"018f0000-0000-7000-8000-%1"_s.arg(++m_next, 12, 10, QLatin1Char('0'));
    r.version = 1;
    r.hlc = 1;
    r.createdBy = r.updatedBy = r.originDevice = u"seed"_s;
    r.fields = resolve(fields);
    if (Status s = RecordStore(*m_db).insert(*Schema::builtIn().entity(entity), r); !s.ok())
        QTest::qFail(qPrintable(s.error().detail), __FILE__, __LINE__);
    m_ids.insert(key, r.id);
    return r.id;
}

void tst_PolicyEnforcement::staff(const QString &key, const QString &role, const QString &organisation,
    const QString &territory, const QString &status)
{
    QVariantMap f = { { u"displayName"_s, key }, { u"role"_s, role }, { u"status"_s, status } };
    if (!organisation.isEmpty())
        f.insert(u"organisationId"_s, u"$"_s + organisation);
    if (!territory.isEmpty())
        f.insert(u"territoryCode"_s, territory);
    Role r = Role::ProbationOfficer;
    if (!roleFromName(role, &r))
        QTest::qFail("unknown role", __FILE__, __LINE__);
    m_roles.insert(key, r);
    put(key, u"StaffUser"_s, f);
}

QVariantMap tst_PolicyEnforcement::resolve(QVariantMap fields) const
{
    for (auto it = fields.begin(); it != fields.end(); ++it)
        if (it.value().toString().startsWith(u'$'))
            it.value() = m_ids.value(it.value().toString().mid(1));
    return fields;
}

WriteService &tst_PolicyEnforcement::as(const QString &key)
{
    auto &slot = m_services[key];
    if (!slot) {
        slot = std::make_unique<WriteService>(*m_db, m_clock, Actor { m_ids.value(key), m_roles.value(key) });
        slot->setAccessPolicy(&AccessPolicy::builtIn());
    }
    return *slot;
}

tst_PolicyEnforcement::Counts tst_PolicyEnforcement::counts()
{
    qint64 records = 0;
    for (const EntitySpec &e : Schema::builtIn().entities())
        records += m_db->scalar(u"SELECT count(*) FROM %1"_s.arg(e.table)).value().toLongLong();
    return { records, m_db->scalar(u"SELECT count(*) FROM outbox"_s).value().toLongLong(),
        m_db->scalar(u"SELECT count(*) FROM audit_event"_s).value().toLongLong() };
}

/** Each test row runs inside one outer transaction that cleanup() rolls back, so every row starts
 *  from the same seeded store (the service's writes become savepoints inside it). */
void tst_PolicyEnforcement::init()
{
    m_rowTransaction = std::make_unique<Transaction>(*m_db);
    QVERIFY(m_rowTransaction->began());
}

void tst_PolicyEnforcement::cleanup()
{
    m_services.clear();
    m_rowTransaction.reset();
}

void tst_PolicyEnforcement::initTestCase()
{
    m_db = Test::openMigrated(m_dir.filePath(u"enforce.db"_s));
    QVERIFY(m_db);
    put(u"orgA"_s, u"Organisation"_s,
        { { u"nameKk"_s, u"A"_s }, { u"nameRu"_s, u"A"_s }, { u"kind"_s, u"probation_service"_s } });
    put(u"orgB"_s, u"Organisation"_s,
        { { u"nameKk"_s, u"B"_s }, { u"nameRu"_s, u"B"_s }, { u"kind"_s, u"probation_service"_s } });
    put(u"ngo"_s, u"Organisation"_s,
        { { u"nameKk"_s, u"N"_s }, { u"nameRu"_s, u"N"_s }, { u"kind"_s, u"ngo"_s } });
    staff(u"A"_s, u"probation_officer"_s, u"orgA"_s, {});
    staff(u"B"_s, u"probation_officer"_s, u"orgA"_s, {});
    staff(u"P"_s, u"police_officer"_s, {}, {});
    staff(u"C"_s, u"counsellor"_s, u"ngo"_s, {});
    staff(u"D"_s, u"counsellor"_s, u"ngo"_s, {});
    staff(u"S"_s, u"supervisor"_s, u"orgA"_s, u"KZ-KAR"_s);
    staff(u"Sfar"_s, u"supervisor"_s, u"orgB"_s, u"KZ-AKM"_s);
    staff(u"admin"_s, u"administrator"_s, {}, {});
    staff(u"suspended"_s, u"probation_officer"_s, u"orgA"_s, {}, u"suspended"_s);
    put(u"X"_s, u"Person"_s,
        { { u"surnameLat"_s, u"Canary"_s }, { u"givenNameLat"_s, u"Case"_s },
            { u"caseStatus"_s, u"active"_s }, { u"caseOfficerId"_s, u"$A"_s },
            { u"residenceTerritory"_s, u"KZ-KAR"_s } });
    put(u"O"_s, u"SupervisionOrder"_s,
        { { u"personId"_s, u"$X"_s }, { u"status"_s, u"in_force"_s }, { u"startsOn"_s, u"2026-01-15"_s },
            { u"endsOn"_s, u"2027-01-14"_s }, { u"policeOfficerId"_s, u"$P"_s },
            { u"probationOfficerId"_s, u"$A"_s }, { u"probationUnitId"_s, u"$orgA"_s } });
    put(u"K"_s, u"ConsentRecord"_s,
        { { u"personId"_s, u"$X"_s }, { u"purpose"_s, u"referral"_s }, { u"basis"_s, u"written"_s },
            { u"givenOn"_s, u"2026-05-01"_s } });
    const QVariantMap referral = { { u"personId"_s, u"$X"_s }, { u"counsellorId"_s, u"$C"_s },
        { u"reason"_s, u"support"_s }, { u"consentId"_s, u"$K"_s }, { u"termStart"_s, u"2026-05-18"_s },
        { u"termEnd"_s, u"2026-06-07"_s } };
    put(u"R"_s, u"Referral"_s, with(referral, u"status"_s, u"active"_s));
    put(u"Rsent"_s, u"Referral"_s, with(referral, u"status"_s, u"sent"_s));
    put(u"Q"_s, u"CheckIn"_s, checkIn(u"police"_s));
    put(u"S1"_s, u"CounsellingSession"_s, session(u"$C"_s));
}

void tst_PolicyEnforcement::writesFollowThePolicy_data()
{
    QTest::addColumn<QString>("actor");
    QTest::addColumn<QString>("op"); // create / update / amend / command
    QTest::addColumn<QString>("entity");
    QTest::addColumn<QString>("target"); // seeded record key (update, amend, command)
    QTest::addColumn<qint64>("base"); // base version given (update, command)
    QTest::addColumn<QVariantMap>("fields"); // fields, or command params
    QTest::addColumn<QString>("reason"); // "allowed", or the policy's reason code
    QTest::addColumn<QString>("field"); // the refused field, when the policy names one

    const QVariantMap notes = { { u"notes"_s, u"a note"_s } };
    const QVariantMap reassign = { { u"caseOfficerId"_s, u"$B"_s } };
    const auto row = [](const char *name, const QString &actor, const QString &op, const QString &entity,
                         const QString &target, const QVariantMap &fields, const QString &reason,
                         const QString &field = {}, qint64 base = 1) {
        QTest::newRow(name) << actor << op << entity << target << base << fields << reason << field;
    };
    const QString P = u"Person"_s, CS = u"CounsellingSession"_s, CI = u"CheckIn"_s;
    row("officer edits own case", u"A"_s, u"update"_s, P, u"X"_s, notes, u"allowed"_s);
    row("officer edits another officer's case", u"B"_s, u"update"_s, P, u"X"_s, notes, u"not_own_case"_s);
    row("a forged stale update learns no version", u"B"_s, u"update"_s, P, u"X"_s, notes, u"not_own_case"_s,
        {}, 99);
    row("officer reassigns their own case", u"A"_s, u"update"_s, P, u"X"_s, reassign,
        u"field_group_not_permitted"_s, u"caseOfficerId"_s);
    row("supervisor reassigns a case in their unit", u"S"_s, u"update"_s, P, u"X"_s, reassign, u"allowed"_s);
    row("supervisor outside unit and region", u"Sfar"_s, u"update"_s, P, u"X"_s, reassign,
        u"outside_unit_region"_s);
    row("counsellor logs a session on a referred case", u"C"_s, u"create"_s, CS, {}, session(u"$C"_s),
        u"allowed"_s);
    row("unreferred counsellor logs a session", u"D"_s, u"create"_s, CS, {}, session(u"$D"_s),
        u"no_referral"_s);
    row("counsellor logs a session in a colleague's name", u"C"_s, u"create"_s, CS, {}, session(u"$D"_s),
        u"not_author"_s);
    row("counsellor corrects their own session", u"C"_s, u"amend"_s, CS, u"S1"_s, session(u"$C"_s),
        u"allowed"_s);
    row("unreferred counsellor corrects the session", u"D"_s, u"amend"_s, CS, u"S1"_s, session(u"$C"_s),
        u"no_referral"_s);
    row("probation corrects a counselling session", u"A"_s, u"amend"_s, CS, u"S1"_s, session(u"$C"_s),
        u"action_not_permitted"_s);
    row("counsellor records a conviction", u"C"_s, u"create"_s, u"Conviction"_s, {},
        { { u"personId"_s, u"$X"_s }, { u"articleCode"_s, u"256"_s } }, u"record_kind_not_permitted"_s);
    row("counsellor edits the person", u"C"_s, u"update"_s, P, u"X"_s, notes, u"action_not_permitted"_s);
    row("counsellor raises a risk concern", u"C"_s, u"create"_s, u"Alert"_s, {}, alert(), u"allowed"_s);
    row("counsellor puts a note into the alert", u"C"_s, u"create"_s, u"Alert"_s, {},
        with(alert(), u"resolutionNote"_s, u"what was said"_s), u"field_group_not_permitted"_s,
        u"resolutionNote"_s);
    row("police record their check-in with its conversation", u"P"_s, u"create"_s, CI, {},
        with(checkIn(u"police"_s), u"preventiveConversationNote"_s, u"talked"_s), u"allowed"_s);
    row("police record a probation check-in", u"P"_s, u"create"_s, CI, {}, checkIn(u"probation"_s),
        u"other_channel"_s);
    row("probation writes a preventive conversation", u"A"_s, u"create"_s, CI, {},
        with(checkIn(u"probation"_s), u"preventiveConversationNote"_s, u"talked"_s),
        u"field_group_not_permitted"_s, u"preventiveConversationNote"_s);
    row("probation corrects the police check-in", u"A"_s, u"amend"_s, CI, u"Q"_s, checkIn(u"police"_s),
        u"other_channel"_s);
    row("counsellor accepts a referral sent to them", u"C"_s, u"command"_s, u"Referral"_s, u"Rsent"_s,
        { { u"command"_s, u"accept"_s } }, u"allowed"_s);
    row("another counsellor accepts it", u"D"_s, u"command"_s, u"Referral"_s, u"Rsent"_s,
        { { u"command"_s, u"accept"_s } }, u"no_referral"_s);
    row("supervisor suspends an order; its history records are the command's", u"S"_s, u"command"_s,
        u"SupervisionOrder"_s, u"O"_s,
        { { u"command"_s, u"suspend"_s }, { u"suspensionReason"_s, u"hospital"_s },
            { u"startsOn"_s, kToday } },
        u"allowed"_s);
    row("supervisor writes a suspension directly", u"S"_s, u"create"_s, u"OrderSuspension"_s, {},
        { { u"personId"_s, u"$X"_s }, { u"orderId"_s, u"$O"_s }, { u"reason"_s, u"hospital"_s },
            { u"startsOn"_s, kToday } },
        u"action_not_permitted"_s);
    row("police command the order", u"P"_s, u"command"_s, u"SupervisionOrder"_s, u"O"_s,
        { { u"command"_s, u"terminate"_s } }, u"action_not_permitted"_s);
    row("administrator enrols a user", u"admin"_s, u"create"_s, u"StaffUser"_s, {},
        { { u"displayName"_s, u"New"_s }, { u"role"_s, u"counsellor"_s }, { u"status"_s, u"active"_s } },
        u"allowed"_s);
    row("administrator edits a case", u"admin"_s, u"update"_s, P, u"X"_s, notes, u"no_case_content"_s);
    row("suspended officer", u"suspended"_s, u"update"_s, P, u"X"_s, notes, u"actor_not_active"_s);
}

void tst_PolicyEnforcement::writesFollowThePolicy()
{
    QFETCH(QString, actor);
    QFETCH(QString, op);
    QFETCH(QString, entity);
    QFETCH(QString, target);
    QFETCH(qint64, base);
    QFETCH(QVariantMap, fields);
    QFETCH(QString, reason);
    QFETCH(QString, field);
    WriteService &w = as(actor);
    const QString id = m_ids.value(target);
    const Counts before = counts();
    Status s;
    if (op == u"create")
        s = Status::of(w.create(entity, resolve(fields)));
    else if (op == u"update")
        s = w.update(entity, id, base, resolve(fields));
    else if (op == u"amend")
        s = Status::of(w.amend(entity, id, resolve(fields)));
    else {
        const QString command = fields.take(u"command"_s).toString();
        s = w.command(entity, id, base, command, resolve(fields));
    }
    const Counts after = counts();

    if (reason == u"allowed") {
        QVERIFY2(s.ok(), qPrintable(s.ok() ? QString() : s.error().detail));
        QVERIFY(after.records >= before.records && after.ops > before.ops && after.audit > before.audit);
        return;
    }
    QCOMPARE(errorCodeName(s.code()), u"Forbidden"_s);
    QVERIFY2(s.error().detail.contains(reason), qPrintable(s.error().detail));
    if (!field.isEmpty())
        QCOMPARE(s.error().field, field);
    QCOMPARE(after.records, before.records);
    QCOMPARE(after.ops, before.ops);
    QCOMPARE(after.audit, before.audit);
    if (!id.isEmpty())
        QCOMPARE(w.get(entity, id).value().version, 1);
}

void tst_PolicyEnforcement::caseReadsAreCheckedBeforeTheyAreAudited_data()
{
    QTest::addColumn<QString>("actor");
    QTest::addColumn<bool>("allowed");
    QTest::addColumn<int>("auditEvents");
    QTest::newRow("referred counsellor: read and audited") << u"C"_s << true << 1;
    QTest::newRow("unreferred counsellor: refused, nothing audited") << u"D"_s << false << 0;
    QTest::newRow("supervisor of the unit: read and audited") << u"S"_s << true << 1;
    QTest::newRow("supervisor elsewhere: refused") << u"Sfar"_s << false << 0;
    QTest::newRow("case officer: read, not audited") << u"A"_s << true << 0;
    QTest::newRow("administrator: refused") << u"admin"_s << false << 0;
}

void tst_PolicyEnforcement::caseReadsAreCheckedBeforeTheyAreAudited()
{
    QFETCH(QString, actor);
    QFETCH(bool, allowed);
    QFETCH(int, auditEvents);
    const Counts before = counts();
    const Status s = as(actor).recordCaseRead(m_ids.value(u"X"_s));
    QCOMPARE(s.ok(), allowed);
    if (!allowed)
        QCOMPARE(s.code(), Error::Forbidden);
    QCOMPARE(counts().audit - before.audit, auditEvents);
}

void tst_PolicyEnforcement::commandEffectsArePartOfTheCommand()
{
    // A supervisor may not write order history or suspensions directly, but suspending an order
    // writes both, as the command's own follow-up records.
    const auto history = [this] {
        return m_db
            ->scalar(
                u"SELECT (SELECT count(*) FROM order_suspension) + (SELECT count(*) FROM order_status_change)"_s)
            .value()
            .toLongLong();
    };
    const qint64 before = history();
    const Status s = as(u"S"_s).command(u"SupervisionOrder"_s, m_ids.value(u"O"_s), 1, u"suspend"_s,
        { { u"suspensionReason"_s, u"hospital"_s }, { u"startsOn"_s, kToday } });
    QVERIFY2(s.ok(), qPrintable(s.ok() ? QString() : s.error().detail));
    QCOMPARE(history() - before, 2);
    // Afterwards the supervisor's own writes are checked again.
    auto direct = as(u"S"_s).create(u"OrderStatusChange"_s,
        { { u"personId"_s, m_ids.value(u"X"_s) }, { u"orderId"_s, m_ids.value(u"O"_s) },
            { u"toStatus"_s, u"terminated"_s }, { u"effectiveOn"_s, kToday } });
    QCOMPARE(direct.code(), Error::Forbidden);
}

void tst_PolicyEnforcement::withoutAPolicyTheCallerIsTrusted()
{
    // Seeding, imports and validation tests run without a policy: the same forged write passes.
    WriteService &w = as(u"B"_s);
    w.setAccessPolicy(nullptr);
    QVERIFY(w.update(u"Person"_s, m_ids.value(u"X"_s), 1, { { u"notes"_s, u"a note"_s } }).ok());
    w.setAccessPolicy(&AccessPolicy::builtIn());
    QCOMPARE(w.update(u"Person"_s, m_ids.value(u"X"_s), 2, { { u"notes"_s, u"another"_s } }).code(),
        Error::Forbidden);
}

QTEST_GUILESS_MAIN(tst_PolicyEnforcement)
#include "tst_policyenforcement.moc"
