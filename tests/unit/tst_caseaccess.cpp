// Tests for Qadam::CaseAccess: the access context resolved from a real (encrypted, migrated)
// store — officers' ownership through the case officer, live orders and intake; supervisors'
// unit and region (with the territory dictionary's parents); counsellors' referral standing by
// status and term; inactive or mismatched actors — and the policy's answer on that context.
#include "casework/caseaccess.h"
#include "domain/referencedata.h"
#include "store/database.h"
#include "store/recordstore.h"
#include "testsupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Qadam;

namespace {

const QDate kToday(2026, 5, 28);

QString day(int offset)
{
    return kToday.addDays(offset).toString(Qt::ISODate);
}

} // namespace

class tst_CaseAccess : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase() { m_db.reset(); }
    void officerOwnership_data();
    void officerOwnership();
    void supervisorUnitAndRegion_data();
    void supervisorUnitAndRegion();
    void counsellorReferralStanding_data();
    void counsellorReferralStanding();
    void actorMustBeAnActiveStaffUserInThatRole_data();
    void actorMustBeAnActiveStaffUserInThatRole();
    void intakeOwnership();
    void policyAnswersOnTheResolvedContext_data();
    void policyAnswersOnTheResolvedContext();

private:
    QString put(const QString &entity, const QVariantMap &fields, const QString &createdBy = u"seed"_s,
        const QString &id = {});
    QString staff(const QString &key, const QString &role, const QString &organisation,
        const QString &territory, const QString &status = u"active"_s);
    QString referral(const QString &person, const QString &status, const QString &counsellor,
        const QString &start, const QString &end, const QString &organisation = {});
    Actor actor(const QString &key) const;
    QString person(const QString &key) const { return m_ids.value(key, key); }
    /** The context of the staff user `who` on the case `personKey`, resolved today. */
    AccessContext resolved(const QString &who, const QString &personKey);

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    QHash<QString, QString> m_ids; ///< test key → record id
    QHash<QString, Role> m_roles; ///< staff key → role
    int m_next = 0;
};

QString tst_CaseAccess::put(
    const QString &entity, const QVariantMap &fields, const QString &createdBy, const QString &id)
{
    Record r;
    r.id = id.isEmpty() ? u"018f0000-0000-7000-8000-%1"_s.arg(++m_next, 12, 10, QLatin1Char('0')) : id;
    r.version = 1;
    r.hlc = 1;
    r.createdBy = createdBy;
    r.updatedBy = r.originDevice = u"seed"_s;
    r.fields = fields;
    const Status s = RecordStore(*m_db).insert(*Schema::builtIn().entity(entity), r);
    if (!s.ok())
        QTest::qFail(qPrintable(s.error().detail), __FILE__, __LINE__);
    return r.id;
}

QString tst_CaseAccess::staff(const QString &key, const QString &role, const QString &organisation,
    const QString &territory, const QString &status)
{
    QVariantMap f = { { u"displayName"_s, key }, { u"role"_s, role }, { u"status"_s, status } };
    if (!organisation.isEmpty())
        f.insert(u"organisationId"_s, m_ids.value(organisation));
    if (!territory.isEmpty())
        f.insert(u"territoryCode"_s, territory);
    Role r = Role::ProbationOfficer;
    if (!roleFromName(role, &r))
        QTest::qFail("unknown role", __FILE__, __LINE__);
    m_roles.insert(key, r);
    m_ids.insert(key, put(u"StaffUser"_s, f));
    return m_ids.value(key);
}

QString tst_CaseAccess::referral(const QString &person, const QString &status, const QString &counsellor,
    const QString &start, const QString &end, const QString &organisation)
{
    QVariantMap f
        = { { u"personId"_s, m_ids.value(person) }, { u"status"_s, status }, { u"reason"_s, u"r"_s } };
    if (!counsellor.isEmpty())
        f.insert(u"counsellorId"_s, m_ids.value(counsellor));
    if (!organisation.isEmpty())
        f.insert(u"organisationId"_s, m_ids.value(organisation));
    if (!start.isEmpty())
        f.insert(u"termStart"_s, start);
    if (!end.isEmpty())
        f.insert(u"termEnd"_s, end);
    return put(u"Referral"_s, f);
}

Actor tst_CaseAccess::actor(const QString &key) const
{
    return Actor { m_ids.value(key, key), m_roles.value(key, Role::ProbationOfficer) };
}

AccessContext tst_CaseAccess::resolved(const QString &who, const QString &personKey)
{
    auto ctx = CaseAccess(*m_db).resolve(actor(who), person(personKey), kToday);
    if (!ctx.ok())
        QTest::qFail(qPrintable(ctx.error().detail), __FILE__, __LINE__);
    return ctx.ok() ? ctx.value() : AccessContext {};
}

void tst_CaseAccess::initTestCase()
{
    m_db = Test::openMigrated(m_dir.filePath(u"access.db"_s));
    QVERIFY(m_db);
    // Territories: a district inside Almaty Region, so "within the region" climbs one parent.
    const QByteArray territories = R"({"format":1,"dictionaries":[{"name":"territory","version":99,"entries":[
        {"code":"KZ-ALM","label":{"kk":"a","ru":"a","en":"Almaty Region"}},
        {"code":"KZ-ALM-TLG","parentCode":"KZ-ALM","label":{"kk":"t","ru":"t","en":"Talgar District"}},
        {"code":"KZ-KAR","label":{"kk":"k","ru":"k","en":"Karaganda Region"}},
        {"code":"KZ-AKM","label":{"kk":"m","ru":"m","en":"Akmola Region"}}]}]})";
    QVERIFY(ReferenceData::import(*m_db, territories).ok());
    for (const QString &org : { u"orgA"_s, u"orgB"_s, u"orgC"_s, u"ngo"_s })
        m_ids.insert(org,
            put(u"Organisation"_s, { { u"nameKk"_s, org }, { u"nameRu"_s, org }, { u"kind"_s, u"ngo"_s } }));
    staff(u"officerA"_s, u"probation_officer"_s, u"orgA"_s, {});
    staff(u"officerB"_s, u"probation_officer"_s, u"orgB"_s, {});
    staff(u"police"_s, u"police_officer"_s, {}, {});
    staff(u"supUnitA"_s, u"supervisor"_s, u"orgA"_s, u"KZ-AKM"_s);
    staff(u"supAlmaty"_s, u"supervisor"_s, u"orgB"_s, u"KZ-ALM"_s);
    staff(u"supKaraganda"_s, u"supervisor"_s, u"orgC"_s, u"KZ-KAR"_s);
    staff(u"supNowhere"_s, u"supervisor"_s, {}, {});
    staff(u"counsellorC"_s, u"counsellor"_s, u"ngo"_s, {});
    staff(u"counsellorD"_s, u"counsellor"_s, u"ngo"_s, {});
    staff(u"counsellorE"_s, u"counsellor"_s, {}, {});
    staff(u"suspended"_s, u"probation_officer"_s, u"orgA"_s, {}, u"suspended"_s);

    const auto newPerson = [this](const QString &key, const QString &officer, const QString &territory,
                               const QString &createdBy = u"seed"_s) {
        QVariantMap f = { { u"surnameLat"_s, key }, { u"caseStatus"_s, u"active"_s },
            { u"residenceTerritory"_s, territory } };
        if (!officer.isEmpty())
            f.insert(u"caseOfficerId"_s, m_ids.value(officer));
        m_ids.insert(key, put(u"Person"_s, f, m_ids.value(createdBy, createdBy)));
    };
    const auto order
        = [this](const QString &p, const QString &status, const QString &probation, const QString &unit) {
              put(u"SupervisionOrder"_s,
                  { { u"personId"_s, m_ids.value(p) }, { u"status"_s, status }, { u"startsOn"_s, day(-100) },
                      { u"policeOfficerId"_s, m_ids.value(u"police"_s) },
                      { u"probationOfficerId"_s, m_ids.value(probation) },
                      { u"probationUnitId"_s, m_ids.value(unit) } });
          };
    newPerson(u"p1"_s, u"officerA"_s, u"KZ-KAR"_s);
    order(u"p1"_s, u"in_force"_s, u"officerA"_s, u"orgA"_s);
    newPerson(u"p2"_s, u"officerB"_s, u"KZ-ALM-TLG"_s);
    order(u"p2"_s, u"terminated"_s, u"officerA"_s, u"orgA"_s);
    newPerson(u"p3"_s, {}, u"KZ-ALM"_s, u"officerA"_s);
    newPerson(u"p4"_s, u"officerB"_s, u"KZ-AKM"_s);
    order(u"p4"_s, u"suspended"_s, u"officerB"_s, u"orgA"_s);
    for (const QString &p : { u"p5"_s, u"p6"_s, u"p7"_s })
        newPerson(p, u"officerA"_s, u"KZ-KAR"_s);

    m_ids.insert(u"r1"_s, referral(u"p1"_s, u"active"_s, u"counsellorC"_s, day(-10), day(10)));
    m_ids.insert(u"r1org"_s, referral(u"p1"_s, u"accepted"_s, {}, day(-1), {}, u"ngo"_s));
    m_ids.insert(u"r2"_s, referral(u"p2"_s, u"active"_s, u"counsellorC"_s, day(-60), day(-1)));
    m_ids.insert(u"r2d"_s, referral(u"p2"_s, u"active"_s, u"counsellorD"_s, day(-60), day(60), u"ngo"_s));
    m_ids.insert(u"r3"_s, referral(u"p3"_s, u"declined"_s, u"counsellorC"_s, day(-5), day(30)));
    m_ids.insert(u"r4"_s, referral(u"p4"_s, u"sent"_s, u"counsellorC"_s, day(1), day(90)));
    m_ids.insert(u"r5"_s, referral(u"p5"_s, u"revoked"_s, u"counsellorC"_s, day(-30), day(30)));
    m_ids.insert(u"r6"_s, referral(u"p6"_s, u"accepted"_s, u"counsellorC"_s, day(1), day(30)));
    m_ids.insert(u"r7"_s, referral(u"p7"_s, u"active"_s, u"counsellorC"_s, day(0), day(0)));
}

void tst_CaseAccess::officerOwnership_data()
{
    QTest::addColumn<QString>("who");
    QTest::addColumn<QString>("person");
    QTest::addColumn<bool>("own");
    QTest::newRow("case officer") << u"officerA"_s << u"p1"_s << true;
    QTest::newRow("another officer's case") << u"officerB"_s << u"p1"_s << false;
    QTest::newRow("police officer of a live order") << u"police"_s << u"p1"_s << true;
    QTest::newRow("police officer of a suspended order") << u"police"_s << u"p4"_s << true;
    QTest::newRow("police officer of a terminated order") << u"police"_s << u"p2"_s << false;
    QTest::newRow("probation officer of a terminated order") << u"officerA"_s << u"p2"_s << false;
    QTest::newRow("unassigned intake, taken in by them") << u"officerA"_s << u"p3"_s << true;
    QTest::newRow("unassigned intake, taken in by another") << u"officerB"_s << u"p3"_s << false;
    QTest::newRow("unknown person") << u"officerA"_s << u"018f0000-0000-7000-8000-00000000ffff"_s << false;
}

void tst_CaseAccess::officerOwnership()
{
    QFETCH(QString, who);
    QFETCH(QString, person);
    QFETCH(bool, own);
    const AccessContext ctx = resolved(who, person);
    QVERIFY(ctx.actorActive);
    QCOMPARE(ctx.ownCase, own);
    QVERIFY(!ctx.inUnit && !ctx.inRegion && ctx.activeReferralIds.isEmpty());
}

void tst_CaseAccess::supervisorUnitAndRegion_data()
{
    QTest::addColumn<QString>("who");
    QTest::addColumn<QString>("person");
    QTest::addColumn<bool>("unit");
    QTest::addColumn<bool>("region");
    QTest::newRow("case officer in their organisation") << u"supUnitA"_s << u"p1"_s << true << false;
    QTest::newRow("a live order's unit is theirs") << u"supUnitA"_s << u"p4"_s << true << true;
    QTest::newRow("only a terminated order's unit is theirs") << u"supUnitA"_s << u"p2"_s << false << false;
    QTest::newRow("district inside their region") << u"supAlmaty"_s << u"p2"_s << true << true;
    QTest::newRow("unassigned case in their region") << u"supAlmaty"_s << u"p3"_s << false << true;
    QTest::newRow("region only") << u"supKaraganda"_s << u"p1"_s << false << true;
    QTest::newRow("neither") << u"supKaraganda"_s << u"p2"_s << false << false;
    QTest::newRow("no organisation, no territory") << u"supNowhere"_s << u"p1"_s << false << false;
}

void tst_CaseAccess::supervisorUnitAndRegion()
{
    QFETCH(QString, who);
    QFETCH(QString, person);
    QFETCH(bool, unit);
    QFETCH(bool, region);
    const AccessContext ctx = resolved(who, person);
    QCOMPARE(ctx.inUnit, unit);
    QCOMPARE(ctx.inRegion, region);
    QVERIFY(!ctx.ownCase);
}

void tst_CaseAccess::counsellorReferralStanding_data()
{
    QTest::addColumn<QString>("who");
    QTest::addColumn<QString>("person");
    QTest::addColumn<int>("standing");
    QTest::addColumn<QStringList>("active");
    QTest::addColumn<QStringList>("offered");
    using S = ReferralStanding;
    QTest::newRow("active referral to them, and one to their organisation")
        << u"counsellorC"_s << u"p1"_s << int(S::Active) << QStringList { u"r1"_s, u"r1org"_s }
        << QStringList {};
    QTest::newRow("colleague through the organisation's referral")
        << u"counsellorD"_s << u"p1"_s << int(S::Active) << QStringList { u"r1org"_s } << QStringList {};
    QTest::newRow("no organisation, no referral")
        << u"counsellorE"_s << u"p1"_s << int(S::None) << QStringList {} << QStringList {};
    QTest::newRow("term ended yesterday")
        << u"counsellorC"_s << u"p2"_s << int(S::Expired) << QStringList {} << QStringList {};
    QTest::newRow("referral naming a colleague is not theirs")
        << u"counsellorD"_s << u"p2"_s << int(S::Active) << QStringList { u"r2d"_s } << QStringList {};
    QTest::newRow("declined") << u"counsellorC"_s << u"p3"_s << int(S::Declined) << QStringList {}
                              << QStringList {};
    QTest::newRow("sent, awaiting their answer")
        << u"counsellorC"_s << u"p4"_s << int(S::Offered) << QStringList {} << QStringList { u"r4"_s };
    QTest::newRow("revoked") << u"counsellorC"_s << u"p5"_s << int(S::Ended) << QStringList {}
                             << QStringList {};
    QTest::newRow("accepted, term starts tomorrow")
        << u"counsellorC"_s << u"p6"_s << int(S::NotStarted) << QStringList {} << QStringList {};
    QTest::newRow("one-day term, today")
        << u"counsellorC"_s << u"p7"_s << int(S::Active) << QStringList { u"r7"_s } << QStringList {};
    QTest::newRow("a probation officer has no referral standing")
        << u"officerB"_s << u"p1"_s << int(S::None) << QStringList {} << QStringList {};
}

void tst_CaseAccess::counsellorReferralStanding()
{
    QFETCH(QString, who);
    QFETCH(QString, person);
    QFETCH(int, standing);
    QFETCH(QStringList, active);
    QFETCH(QStringList, offered);
    const AccessContext ctx = resolved(who, person);
    QCOMPARE(int(ctx.referral), standing);
    const auto ids = [this](QStringList keys) {
        for (QString &k : keys)
            k = m_ids.value(k);
        keys.sort();
        return keys;
    };
    QStringList actualActive = ctx.activeReferralIds;
    QStringList actualOffered = ctx.offeredReferralIds;
    actualActive.sort();
    actualOffered.sort();
    QCOMPARE(actualActive, ids(active));
    QCOMPARE(actualOffered, ids(offered));
    QVERIFY(!ctx.ownCase && !ctx.inUnit && !ctx.confidentialGrant);
}

void tst_CaseAccess::actorMustBeAnActiveStaffUserInThatRole_data()
{
    QTest::addColumn<QString>("userKey");
    QTest::addColumn<int>("role");
    QTest::addColumn<bool>("active");
    QTest::newRow("active, in their role") << u"officerA"_s << int(Role::ProbationOfficer) << true;
    QTest::newRow("suspended account") << u"suspended"_s << int(Role::ProbationOfficer) << false;
    QTest::newRow("acting in a role they do not hold") << u"officerA"_s << int(Role::Supervisor) << false;
    QTest::newRow("no staff record") << u"018f0000-0000-7000-8000-00000000eeee"_s
                                     << int(Role::ProbationOfficer) << false;
}

void tst_CaseAccess::actorMustBeAnActiveStaffUserInThatRole()
{
    QFETCH(QString, userKey);
    QFETCH(int, role);
    QFETCH(bool, active);
    const Actor a { m_ids.value(userKey, userKey), Role(role) };
    auto onCase = CaseAccess(*m_db).resolve(a, person(u"p1"_s), kToday);
    auto noCase = CaseAccess(*m_db).resolveActor(a);
    QVERIFY(onCase.ok() && noCase.ok());
    QCOMPARE(onCase.value().actorActive, active);
    QCOMPARE(noCase.value().actorActive, active);
    if (!active) // nothing else is resolved for an actor who is not active
        QVERIFY(!onCase.value().ownCase && !onCase.value().inUnit);
}

void tst_CaseAccess::intakeOwnership()
{
    CaseAccess access(*m_db);
    auto unassigned = access.resolveIntake(actor(u"officerA"_s), { { u"surnameLat"_s, u"New"_s } });
    auto theirs
        = access.resolveIntake(actor(u"officerA"_s), { { u"caseOfficerId"_s, person(u"officerA"_s) } });
    auto another
        = access.resolveIntake(actor(u"officerA"_s), { { u"caseOfficerId"_s, person(u"officerB"_s) } });
    auto regional
        = access.resolveIntake(actor(u"supAlmaty"_s), { { u"residenceTerritory"_s, u"KZ-ALM-TLG"_s } });
    QVERIFY(unassigned.ok() && theirs.ok() && another.ok() && regional.ok());
    QVERIFY(unassigned.value().ownCase);
    QVERIFY(theirs.value().ownCase);
    QVERIFY(!another.value().ownCase);
    QVERIFY(regional.value().inRegion && !regional.value().inUnit);
}

void tst_CaseAccess::policyAnswersOnTheResolvedContext_data()
{
    QTest::addColumn<QString>("who");
    QTest::addColumn<QString>("person");
    QTest::addColumn<QString>("reason");
    QTest::newRow("counsellor with an active referral") << u"counsellorC"_s << u"p1"_s << u"allowed"_s;
    QTest::newRow("counsellor whose referral expired")
        << u"counsellorC"_s << u"p2"_s << u"referral_expired"_s;
    QTest::newRow("counsellor who declined") << u"counsellorC"_s << u"p3"_s << u"referral_declined"_s;
    QTest::newRow("counsellor not yet accepted") << u"counsellorC"_s << u"p4"_s << u"referral_not_accepted"_s;
    QTest::newRow("counsellor never referred") << u"counsellorE"_s << u"p1"_s << u"no_referral"_s;
    QTest::newRow("officer on another's case") << u"officerB"_s << u"p1"_s << u"not_own_case"_s;
    QTest::newRow("supervisor outside unit and region")
        << u"supKaraganda"_s << u"p2"_s << u"outside_unit_region"_s;
    QTest::newRow("suspended officer") << u"suspended"_s << u"p1"_s << u"actor_not_active"_s;
}

void tst_CaseAccess::policyAnswersOnTheResolvedContext()
{
    QFETCH(QString, who);
    QFETCH(QString, person);
    QFETCH(QString, reason);
    const AccessContext ctx = resolved(who, person);
    QCOMPARE(AccessPolicy::builtIn().decideCaseRead(actor(who), ctx).code(), reason);
}

QTEST_GUILESS_MAIN(tst_CaseAccess)
#include "tst_caseaccess.moc"
