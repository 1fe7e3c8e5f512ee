// Tests for Qadam::SessionService: the structured session log, who may log it, and the
// risk-concern alert to the supervisor that never carries note content.
#include "casework/accesspolicy.h"
#include "casework/sessionservice.h"
#include "store/database.h"
#include "store/recordstore.h"
#include "testsupport.h"
#include "util/clock.h"
#include "write/writeservice.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Qadam;

namespace {
const Actor kCounsellor { u"018f0000-0000-7000-8000-0000000e0001"_s, Role::Counsellor };
const Actor kOtherCounsellor { u"018f0000-0000-7000-8000-0000000e0002"_s, Role::Counsellor };
const Actor kOfficer { u"018f0000-0000-7000-8000-0000000e0003"_s, Role::ProbationOfficer };
const Actor kSupervisor { u"018f0000-0000-7000-8000-0000000e0004"_s, Role::Supervisor };

/** A sentence that must never leave the session record: searched for in alerts, ops and audit. */
const QString kCanary = u"CANARY-5e1d: он сказал, что знает, где живёт офицер"_s;

/** A complete session without any risk concern (referral and person are filled in per test). */
QVariantMap calmSession()
{
    return { { u"occurredOn"_s, u"2026-05-20"_s }, { u"mode"_s, u"face_to_face"_s },
        { u"durationMinutes"_s, 50 }, { u"topics"_s, kCanary }, { u"emotionalState"_s, u"calm,hopeful"_s },
        { u"intensity"_s, u"low"_s }, { u"stability"_s, u"stable"_s }, { u"stabilityRationale"_s, kCanary },
        { u"engagement"_s, u"engaged"_s }, { u"notesObservations"_s, kCanary },
        { u"notesAnalysis"_s, kCanary }, { u"notesConclusions"_s, kCanary }, { u"notesPlan"_s, kCanary },
        { u"nextSessionOn"_s, u"2026-06-03"_s },
        { u"requests"_s,
            QString::fromUtf8(
                QJsonDocument(QJsonArray { QJsonObject { { u"request"_s, kCanary },
                                  { u"alternative"_s, kCanary }, { u"outcome"_s, u"partly_accepted"_s } } })
                    .toJson(QJsonDocument::Compact)) } };
}

QVariantMap with(QVariantMap base, const QVariantMap &changes)
{
    base.insert(changes);
    return base;
}
} // namespace

class tst_SessionService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void riskConcernAlertsTheSupervisorOnce_data();
    void riskConcernAlertsTheSupervisorOnce();
    void riskAlertCarriesNoNoteContent();
    void rejectedSessionWritesNothing_data();
    void rejectedSessionWritesNothing();
    void sessionAndAlertAreOneTransaction();
    void possibleMentalDisorderSuggestsAReferral();
    void confidentialityTierDefaultsToCounsellingTeam();
    void counsellorOfTheReferredOrganisationMayLog();
    void missedCheckOutAlertsTheSupervisor();
    void riskPathPassesTheAccessPolicy();
    void correctionKeepsTheRulesAndOneAlert();

private:
    WriteService &as(const Actor &actor);
    QString referral(const QString &personId, const QVariantMap &to, bool accept = true);
    Result<LoggedSession> log(const Actor &actor, const QVariantMap &changes);
    QVariantMap session(const QString &id)
    {
        return as(kCounsellor).get(u"CounsellingSession"_s, id).value().fields;
    }
    QString rowText(const QString &sql, const QString &id);
    qint64 rows(const QString &table)
    {
        return m_db->scalar(u"SELECT count(*) FROM "_s + table).value().toLongLong();
    }

    QTemporaryDir m_dir;
    ManualClock m_clock { 1'779'950'000'000 }; // 2026-05-28 in Kazakhstan
    std::unique_ptr<Database> m_db;
    std::map<QString, std::unique_ptr<WriteService>> m_writers;
    QString m_ngo, m_person, m_otherPerson, m_referral, m_declined, m_orgReferral, m_foreignReferral;
};

WriteService &tst_SessionService::as(const Actor &actor)
{
    auto &slot = m_writers[actor.userId];
    if (!slot)
        slot = std::make_unique<WriteService>(*m_db, m_clock, actor);
    return *slot;
}

void tst_SessionService::initTestCase()
{
    m_db = Test::openMigrated(m_dir.filePath(u"sessions.db"_s));
    QVERIFY(m_db);
    WriteService &admin = as({ u"018f0000-0000-7000-8000-0000000e0009"_s, Role::Administrator });
    auto organisation = [&](const QString &kind) {
        return admin
            .create(u"Organisation"_s, { { u"nameKk"_s, kind }, { u"nameRu"_s, kind }, { u"kind"_s, kind } })
            .value();
    };
    m_ngo = organisation(u"ngo"_s);
    const QString probation = organisation(u"probation_service"_s);
    const QList<std::pair<Actor, QString>> staff
        = { { kCounsellor, m_ngo }, { kOtherCounsellor, organisation(u"health"_s) }, { kOfficer, probation },
              { kSupervisor, probation } };
    for (const auto &[actor, org] : staff) {
        Record r;
        r.id = actor.userId;
        r.version = 1;
        r.createdBy = r.updatedBy = r.originDevice = u"seed"_s;
        r.fields = { { u"displayName"_s, roleName(actor.role) }, { u"role"_s, roleName(actor.role) },
            { u"status"_s, u"active"_s }, { u"organisationId"_s, org } };
        QVERIFY(RecordStore(*m_db).insert(*Schema::builtIn().entity(u"StaffUser"_s), r).ok());
    }
    WriteService &w = as(kOfficer);
    for (QString *person : { &m_person, &m_otherPerson }) {
        *person = w.create(u"Person"_s,
                       { { u"surnameCyr"_s, u"Әбенов"_s }, { u"givenNameCyr"_s, u"Тимур"_s },
                           { u"caseStatus"_s, u"active"_s }, { u"caseOfficerId"_s, kOfficer.userId } })
                      .value();
        QVERIFY(w.create(u"SupervisionOrder"_s,
                     { { u"personId"_s, *person }, { u"startsOn"_s, u"2026-01-10"_s },
                         { u"status"_s, u"in_force"_s }, { u"probationUnitId"_s, probation } })
                    .ok());
    }
    m_referral = referral(m_person, { { u"counsellorId"_s, kCounsellor.userId } });
    m_declined = referral(m_person, { { u"counsellorId"_s, kCounsellor.userId } }, false);
    m_orgReferral = referral(m_person, { { u"organisationId"_s, m_ngo } });
    m_foreignReferral = referral(m_otherPerson, { { u"counsellorId"_s, kCounsellor.userId } });
}

void tst_SessionService::cleanupTestCase()
{
    m_writers.clear();
    m_db.reset();
}

/** A referral with a term of March to August 2026, accepted and active, or declined. */
QString tst_SessionService::referral(const QString &personId, const QVariantMap &to, bool accept)
{
    WriteService &w = as(kOfficer);
    const QString consent = w.create(u"ConsentRecord"_s,
                                 { { u"personId"_s, personId }, { u"purpose"_s, u"counselling"_s },
                                     { u"basis"_s, u"written"_s }, { u"givenOn"_s, u"2026-02-20"_s } })
                                .value();
    const QString id = w.create(u"Referral"_s,
                            with({ { u"personId"_s, personId }, { u"reason"_s, u"adaptation"_s },
                                     { u"consentId"_s, consent }, { u"status"_s, u"sent"_s },
                                     { u"termStart"_s, u"2026-03-01"_s }, { u"termEnd"_s, u"2026-08-31"_s } },
                                to))
                           .value();
    WriteService &provider = as(kCounsellor);
    if (!accept) {
        [&] {
            QVERIFY(
                provider
                    .command(u"Referral"_s, id, 1, u"decline"_s, { { u"closureReason"_s, u"no capacity"_s } })
                    .ok());
        }();
        return id;
    }
    [&] { QVERIFY(provider.command(u"Referral"_s, id, 1, u"accept"_s).ok()); }();
    [&] { QVERIFY(provider.command(u"Referral"_s, id, 2, u"activate"_s).ok()); }();
    return id;
}

Result<LoggedSession> tst_SessionService::log(const Actor &actor, const QVariantMap &changes)
{
    const QVariantMap base
        = with(calmSession(), { { u"personId"_s, m_person }, { u"referralId"_s, m_referral } });
    return SessionService(*m_db, as(actor)).log(with(base, changes));
}

/** Every column of the row `sql` selects for `id`, as one text. */
QString tst_SessionService::rowText(const QString &sql, const QString &id)
{
    auto stmt = m_db->prepare(sql);
    stmt.value().bind(1, id);
    QString all;
    while (stmt.value().step().value())
        for (int c = 0; c < stmt.value().columnCount(); ++c)
            all += stmt.value().columnName(c) + u'=' + stmt.value().value(c).toString() + u';';
    return all;
}

void tst_SessionService::riskConcernAlertsTheSupervisorOnce_data()
{
    QTest::addColumn<QVariantMap>("changes");
    QTest::addColumn<int>("alerts");
    QTest::addColumn<QString>("severity");
    QTest::newRow("stable, no flags: no alert") << QVariantMap {} << 0 << QString();
    QTest::newRow("fluctuating is not a concern")
        << QVariantMap { { u"stability"_s, u"fluctuating"_s } } << 0 << QString();
    QTest::newRow("unstable") << QVariantMap { { u"stability"_s, u"unstable"_s } } << 1 << u"warning"_s;
    const QStringList urgent = { u"threats"_s, u"recruiting_attempt"_s };
    for (const QString &signal : { u"threats"_s, u"insults"_s, u"dominance_claims"_s, u"evasion"_s,
             u"hostility_to_state"_s, u"recruiting_attempt"_s })
        QTest::newRow(qPrintable(u"risk signal "_s + signal))
            << QVariantMap { { u"riskSignals"_s, signal } } << 1
            << (urgent.contains(signal) ? u"urgent"_s : u"warning"_s);
    QTest::newRow("intoxication") << QVariantMap { { u"alteredState"_s, u"intoxication"_s } } << 1
                                  << u"warning"_s;
    QTest::newRow("possible mental disorder")
        << QVariantMap { { u"alteredState"_s, u"possible_mental_disorder"_s } } << 1 << u"warning"_s;
    QTest::newRow("everything at once: still one alert") << QVariantMap {
        { u"riskSignals"_s, u"insults,threats,evasion"_s }, { u"stability"_s, u"unstable"_s },
        { u"alteredState"_s, u"intoxication,possible_mental_disorder"_s }
    } << 1 << u"urgent"_s;
}

void tst_SessionService::riskConcernAlertsTheSupervisorOnce()
{
    QFETCH(QVariantMap, changes);
    QFETCH(int, alerts);
    QFETCH(QString, severity);
    const qint64 before = rows(u"alert"_s);
    auto logged = log(kCounsellor, changes);
    QVERIFY2(logged.ok(), qPrintable(logged.ok() ? QString() : logged.error().detail));
    QCOMPARE(rows(u"alert"_s) - before, alerts);
    QCOMPARE(logged.value().riskAlertId.isEmpty(), alerts == 0);
    if (alerts == 0)
        return;
    const QVariantMap a = as(kSupervisor).get(u"Alert"_s, logged.value().riskAlertId).value().fields;
    QCOMPARE(a.value(u"kind"_s).toString(), u"risk_signal"_s);
    QCOMPARE(a.value(u"severity"_s).toString(), severity);
    QCOMPARE(a.value(u"routedRole"_s).toString(), u"supervisor"_s);
    QCOMPARE(a.value(u"assignedTo"_s).toString(), kSupervisor.userId);
    QCOMPARE(a.value(u"personId"_s).toString(), m_person);
    QCOMPARE(a.value(u"sourceEntity"_s).toString(), u"CounsellingSession"_s);
    QCOMPARE(a.value(u"sourceId"_s).toString(), logged.value().sessionId);
    QCOMPARE(a.value(u"raisedOn"_s).toString(), u"2026-05-28"_s);
}

void tst_SessionService::riskAlertCarriesNoNoteContent()
{
    auto logged = log(kCounsellor,
        { { u"riskSignals"_s, u"threats,recruiting_attempt"_s }, { u"stability"_s, u"unstable"_s },
            { u"alteredState"_s, u"intoxication"_s } });
    QVERIFY(logged.ok());
    const QString alert = logged.value().riskAlertId;
    // The canary is in the session itself, so the search below can find it where it is.
    QVERIFY(rowText(u"SELECT * FROM counselling_session WHERE id = ?1"_s, logged.value().sessionId)
                .contains(kCanary));
    const QString alertRow = rowText(u"SELECT * FROM alert WHERE id = ?1"_s, alert);
    const QString alertOp = rowText(u"SELECT * FROM outbox WHERE record_id = ?1"_s, alert);
    const QString alertAudit = rowText(u"SELECT * FROM audit_event WHERE record_id = ?1"_s, alert);
    QVERIFY(alertRow.contains(u"kind=risk_signal;"_s));
    QVERIFY(alertOp.contains(u"entity=Alert;"_s));
    QVERIFY(alertAudit.contains(u"action=create;"_s));
    const QStringList forbidden = { kCanary, u"CANARY"_s, u"threats"_s, u"recruiting"_s, u"intoxication"_s,
        u"unstable"_s, u"face_to_face"_s };
    for (const QString &text : forbidden) {
        QVERIFY2(!alertRow.contains(text), qPrintable(u"alert row holds "_s + text));
        QVERIFY2(!alertOp.contains(text), qPrintable(u"alert op holds "_s + text));
        QVERIFY2(!alertAudit.contains(text), qPrintable(u"alert audit holds "_s + text));
    }
    QCOMPARE(
        m_db->scalar(
                u"SELECT count(*) FROM audit_event WHERE instr(action || entity || coalesce(person_id, ''), ?1) > 0"_s,
                { u"CANARY"_s })
            .value()
            .toInt(),
        0);
}

void tst_SessionService::rejectedSessionWritesNothing_data()
{
    QTest::addColumn<QString>("actor");
    QTest::addColumn<QVariantMap>("changes");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("field");
    const QString c = kCounsellor.userId;
    const int invalid = int(Error::Invalid);
    const auto requests = [](const QJsonValue &v) {
        return QString::fromUtf8(
            v.isArray() ? QJsonDocument(v.toArray()).toJson() : QJsonDocument(v.toObject()).toJson());
    };
    QTest::newRow("an officer logs a session")
        << kOfficer.userId << QVariantMap {} << int(Error::Forbidden) << QString();
    QTest::newRow("in another counsellor's name")
        << c << QVariantMap { { u"counsellorId"_s, kOtherCounsellor.userId } } << int(Error::Forbidden)
        << u"counsellorId"_s;
    QTest::newRow("a person not referred to this counsellor")
        << kOtherCounsellor.userId << QVariantMap {} << int(Error::Forbidden) << u"referralId"_s;
    QTest::newRow("a referral the provider declined")
        << c << QVariantMap { { u"referralId"_s, u"declined"_s } } << int(Error::InvalidTransition)
        << u"referralId"_s;
    QTest::newRow("another person's referral")
        << c << QVariantMap { { u"referralId"_s, u"foreign"_s } } << invalid << u"referralId"_s;
    QTest::newRow("no referral") << c << QVariantMap { { u"referralId"_s, QString() } } << invalid
                                 << u"referralId"_s;
    QTest::newRow("before the referral's term")
        << c << QVariantMap { { u"occurredOn"_s, u"2026-02-27"_s } } << invalid << u"occurredOn"_s;
    QTest::newRow("in the future") << c
                                   << QVariantMap { { u"occurredOn"_s, u"2026-05-29"_s },
                                          { u"nextSessionOn"_s, QString() } }
                                   << invalid << u"occurredOn"_s;
    QTest::newRow("next session before this one")
        << c << QVariantMap { { u"nextSessionOn"_s, u"2026-05-19"_s } } << invalid << u"nextSessionOn"_s;
    QTest::newRow("a stability judgement without its rationale")
        << c << QVariantMap { { u"stabilityRationale"_s, QString() } } << invalid << u"stabilityRationale"_s;
    QTest::newRow("zero minutes") << c << QVariantMap { { u"durationMinutes"_s, 0 } } << invalid
                                  << u"durationMinutes"_s;
    QTest::newRow("an unknown risk signal")
        << c << QVariantMap { { u"riskSignals"_s, u"threats,curses"_s } } << invalid << u"riskSignals"_s;
    QTest::newRow("an unknown mode") << c << QVariantMap { { u"mode"_s, u"telepathy"_s } } << invalid
                                     << u"mode"_s;
    QTest::newRow("an unknown tier") << c << QVariantMap { { u"confidentialityTier"_s, u"public"_s } }
                                     << invalid << u"confidentialityTier"_s;
    QTest::newRow("requests not a list")
        << c
        << QVariantMap { { u"requests"_s,
               requests(QJsonObject { { u"request"_s, u"x"_s }, { u"outcome"_s, u"deferred"_s } }) } }
        << invalid << u"requests"_s;
    QTest::newRow("a request without an outcome")
        << c
        << QVariantMap { { u"requests"_s,
               requests(QJsonArray { QJsonObject { { u"request"_s, u"a job"_s } } }) } }
        << invalid << u"requests"_s;
    QTest::newRow("a request with an unknown outcome")
        << c
        << QVariantMap { { u"requests"_s,
               requests(QJsonArray {
                   QJsonObject { { u"request"_s, u"a job"_s }, { u"outcome"_s, u"won"_s } } }) } }
        << invalid << u"requests"_s;
    QTest::newRow("a request with a key outside the shape")
        << c
        << QVariantMap { { u"requests"_s,
               requests(QJsonArray { QJsonObject { { u"request"_s, u"a job"_s },
                   { u"outcome"_s, u"deferred"_s }, { u"note"_s, u"x"_s } } }) } }
        << invalid << u"requests"_s;
    QTest::newRow("an empty request") << c
                                      << QVariantMap { { u"requests"_s,
                                             requests(QJsonArray { QJsonObject { { u"request"_s, u" "_s },
                                                 { u"outcome"_s, u"deferred"_s } } }) } }
                                      << invalid << u"requests"_s;
}

void tst_SessionService::rejectedSessionWritesNothing()
{
    QFETCH(QString, actor);
    QFETCH(QVariantMap, changes);
    QFETCH(int, code);
    QFETCH(QString, field);
    const QMap<QString, QString> referrals
        = { { u"declined"_s, m_declined }, { u"foreign"_s, m_foreignReferral } };
    if (referrals.contains(changes.value(u"referralId"_s).toString()))
        changes.insert(u"referralId"_s, referrals.value(changes.value(u"referralId"_s).toString()));
    // Every rejected session carries a risk concern, so a stray alert would show.
    changes.insert(u"riskSignals"_s, changes.value(u"riskSignals"_s, u"threats"_s));
    const Actor who = actor == kOfficer.userId ? kOfficer
        : actor == kCounsellor.userId          ? kCounsellor
                                               : kOtherCounsellor;
    const QStringList tables = { u"counselling_session"_s, u"alert"_s, u"outbox"_s, u"audit_event"_s };
    QList<qint64> before;
    for (const QString &t : tables)
        before << rows(t);
    auto logged = log(who, changes);
    QVERIFY(!logged.ok());
    QCOMPARE(errorCodeName(logged.code()), errorCodeName(Error::Code(code)));
    if (!field.isEmpty())
        QCOMPARE(logged.error().field, field);
    for (int i = 0; i < tables.size(); ++i)
        QCOMPARE(rows(tables.at(i)), before.at(i));
}

void tst_SessionService::sessionAndAlertAreOneTransaction()
{
    QVERIFY(m_db->exec(u"CREATE TEMP TRIGGER alert_refused BEFORE INSERT ON main.alert "
                       u"BEGIN SELECT RAISE(ABORT, 'refused'); END"_s)
                .ok());
    const qint64 sessions = rows(u"counselling_session"_s), ops = rows(u"outbox"_s),
                 audit = rows(u"audit_event"_s);
    auto logged = log(kCounsellor, { { u"riskSignals"_s, u"hostility_to_state"_s } });
    QVERIFY(m_db->exec(u"DROP TRIGGER temp.alert_refused"_s).ok());
    QVERIFY(!logged.ok()); // the store's refusal (a constraint), passed through
    QCOMPARE(rows(u"counselling_session"_s), sessions);
    QCOMPARE(rows(u"outbox"_s), ops);
    QCOMPARE(rows(u"audit_event"_s), audit);
    // Without a risk concern the same session is logged.
    QVERIFY(log(kCounsellor, {}).ok());
}

void tst_SessionService::possibleMentalDisorderSuggestsAReferral()
{
    auto plain = log(kCounsellor, {});
    QVERIFY(plain.ok());
    QVERIFY(plain.value().suggestions.isEmpty());
    auto observed = log(kCounsellor, { { u"alteredState"_s, u"possible_mental_disorder"_s } });
    QVERIFY(observed.ok());
    QCOMPARE(observed.value().suggestions.size(), 1);
    QCOMPARE(observed.value().suggestions.constFirst().interventionCode, u"psychiatric_assessment"_s);
    QCOMPARE(observed.value().suggestions.constFirst().needDomain, u"health_mental_health"_s);
    QCOMPARE(observed.value().suggestions.constFirst().because, u"possible_mental_disorder"_s);
    QVERIFY(!observed.value().riskAlertId.isEmpty());
    // Intoxication alone is a risk concern but prompts no referral.
    QVERIFY(log(kCounsellor, { { u"alteredState"_s, u"intoxication"_s } }).value().suggestions.isEmpty());
}

void tst_SessionService::confidentialityTierDefaultsToCounsellingTeam()
{
    auto byDefault = log(kCounsellor, {});
    auto shared = log(kCounsellor, { { u"confidentialityTier"_s, u"shared_summary"_s } });
    QVERIFY(byDefault.ok() && shared.ok());
    const auto tier
        = [&](const QString &id) { return session(id).value(u"confidentialityTier"_s).toString(); };
    QCOMPARE(tier(byDefault.value().sessionId), u"counselling_team"_s);
    QCOMPARE(tier(shared.value().sessionId), u"shared_summary"_s);
    QCOMPARE(session(byDefault.value().sessionId).value(u"counsellorId"_s).toString(), kCounsellor.userId);
}

void tst_SessionService::counsellorOfTheReferredOrganisationMayLog()
{
    QVERIFY(log(kCounsellor, { { u"referralId"_s, m_orgReferral } }).ok());
    QCOMPARE(log(kOtherCounsellor, { { u"referralId"_s, m_orgReferral } }).code(), Error::Forbidden);
}

void tst_SessionService::missedCheckOutAlertsTheSupervisor()
{
    auto logged = log(kCounsellor, { { u"counsellorSafetyCheck"_s, u"check_out_missed"_s } });
    QVERIFY(logged.ok());
    QVERIFY(logged.value().riskAlertId.isEmpty());
    QVERIFY(!logged.value().safetyAlertId.isEmpty());
    const QVariantMap a = as(kSupervisor).get(u"Alert"_s, logged.value().safetyAlertId).value().fields;
    QCOMPARE(a.value(u"kind"_s).toString(), u"counsellor_safety"_s);
    QCOMPARE(a.value(u"assignedTo"_s).toString(), kSupervisor.userId);
}

void tst_SessionService::riskPathPassesTheAccessPolicy()
{
    // As the app runs it: the counsellor's writes checked by the access policy, the alert included.
    WriteService writer(*m_db, m_clock, kCounsellor);
    writer.setAccessPolicy(&AccessPolicy::builtIn());
    SessionService sessions(*m_db, writer);
    auto logged = sessions.log(with(calmSession(),
        { { u"personId"_s, m_person }, { u"referralId"_s, m_referral },
            { u"riskSignals"_s, u"recruiting_attempt"_s } }));
    QVERIFY2(logged.ok(), qPrintable(logged.ok() ? QString() : logged.error().detail));
    QVERIFY(!logged.value().riskAlertId.isEmpty());
}

void tst_SessionService::correctionKeepsTheRulesAndOneAlert()
{
    auto calm = log(kCounsellor, {});
    QVERIFY(calm.ok() && calm.value().riskAlertId.isEmpty());
    const QVariantMap base = with(calmSession(), { { u"referralId"_s, m_referral } });
    SessionService sessions(*m_db, as(kCounsellor));
    // The correction adds a risk signal: now the supervisor hears of it, from the correction.
    auto flagged = sessions.amend(calm.value().sessionId, with(base, { { u"riskSignals"_s, u"threats"_s } }));
    QVERIFY2(flagged.ok(), qPrintable(flagged.ok() ? QString() : flagged.error().detail));
    QVERIFY(!flagged.value().riskAlertId.isEmpty());
    QCOMPARE(session(flagged.value().sessionId).value(u"amendsId"_s).toString(), calm.value().sessionId);
    QCOMPARE(session(flagged.value().sessionId).value(u"personId"_s).toString(), m_person);
    QCOMPARE(as(kSupervisor).get(u"Alert"_s, flagged.value().riskAlertId).value().fields.value(u"sourceId"_s),
        QVariant(flagged.value().sessionId));
    // A further correction of the same session raises no second alert.
    const qint64 alerts = rows(u"alert"_s);
    auto again = sessions.amend(
        flagged.value().sessionId, with(base, { { u"riskSignals"_s, u"threats,insults"_s } }));
    QVERIFY(again.ok());
    QCOMPARE(again.value().riskAlertId, flagged.value().riskAlertId);
    QCOMPARE(rows(u"alert"_s), alerts);
    // Only its own counsellor corrects it, in the same case, under the same rules.
    const qint64 sessionsBefore = rows(u"counselling_session"_s);
    QCOMPARE(SessionService(*m_db, as(kOtherCounsellor)).amend(calm.value().sessionId, base).code(),
        Error::Forbidden);
    QCOMPARE(sessions.amend(calm.value().sessionId, with(base, { { u"personId"_s, m_otherPerson } })).code(),
        Error::Invalid);
    QCOMPARE(
        sessions.amend(calm.value().sessionId, with(base, { { u"stabilityRationale"_s, QString() } })).code(),
        Error::Invalid);
    QCOMPARE(rows(u"counselling_session"_s), sessionsBefore);
}

QTEST_GUILESS_MAIN(tst_SessionService)
#include "tst_sessionservice.moc"
