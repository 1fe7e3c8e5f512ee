// Tests for Qadam::ReferralService and the Referral state machine: a referral needs the person's
// own, unwithdrawn consent for a referral or counselling; it moves sent → accepted / declined →
// active → completed / revoked / expired; the provider reports a minimal outcome that reaches
// probation and the linked measure, and no note ever travels with it.
#include "casework/programmebuilder.h"
#include "casework/programmetemplates.h"
#include "casework/referralservice.h"
#include "domain/referencedata.h"
#include "store/database.h"
#include "testsupport.h"
#include "util/clock.h"
#include "write/outbox.h"
#include "write/writeservice.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Qadam;

namespace {
const QString kReferral = u"Referral"_s;
const QString kMeasure = u"ProgrammeMeasure"_s;
constexpr qint64 kDayMs = 24 * 3600 * 1000;
constexpr qint64 kStartMs = 1'780'300'000'000; // 2026-06-01 in Kazakhstan

/** What a row of sendChecksItsLinks changes in an otherwise valid request. */
enum class Fault {
    None,
    NoConsent,
    OtherPersonsConsent,
    WithdrawnConsent,
    DataProcessingConsent,
    FutureConsent,
    UnknownConsent,
    YouthPreventionConsent,
    OtherPersonsMeasure,
    DeliveredMeasure,
    NotACounsellor,
    NoTerm
};
} // namespace

Q_DECLARE_METATYPE(Fault)

class tst_Referrals : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void sendChecksItsLinks_data();
    void sendChecksItsLinks();
    void onlyProbationSends();
    void withdrawnConsentStopsTheWork();
    void lifecycleMovesTheMeasure();
    void outcomeIsMinimal_data();
    void outcomeIsMinimal();
    void completionWithoutTheProgrammeLeavesTheMeasure();
    void declineRevokeAndExpire();
    void invalidTransitionsAreRejected_data();
    void invalidTransitionsAreRejected();

private:
    WriteService &as(Role role);
    QString newPerson();
    QString consent(const QString &personId, const QString &purpose = u"referral"_s,
        const QString &givenOn = u"2026-05-01"_s);
    /** A person with an approved programme; returns its measures (legal aid, counselling, …). */
    QStringList measuresOfApprovedProgramme(const QString &personId);
    ReferralRequest request(const QString &personId, const QString &measureId);
    QString sent(const QString &personId, QString *measureId = nullptr);
    Status act(Role role, const QString &id, const QString &command, const QVariantMap &params = {});
    QString field(const QString &entity, const QString &id, const QString &name);
    qint64 count(const QString &table);

    QTemporaryDir m_dir;
    ManualClock m_clock { kStartMs };
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ProgrammeTemplates> m_templates;
    std::map<Role, std::unique_ptr<WriteService>> m_services;
    QHash<Role, QString> m_staff;
    QString m_organisation;
};

void tst_Referrals::initTestCase()
{
    m_db = Test::openMigrated(m_dir.filePath(u"ref.db"_s));
    QVERIFY(m_db);
    QVERIFY(ReferenceData::importBuiltIn(*m_db, m_clock.nowMs()).ok());
    m_templates = std::make_unique<ProgrammeTemplates>(ProgrammeTemplates::builtIn().value());
    WriteService admin(
        *m_db, m_clock, Actor { u"018f0000-0000-7000-8000-00000000ad02"_s, Role::Administrator });
    m_organisation
        = admin
              .create(u"Organisation"_s,
                  { { u"nameKk"_s, u"Теология орталығы"_s }, { u"nameRu"_s, u"Теологический центр"_s },
                      { u"kind"_s, u"religious_board"_s } })
              .value();
    for (Role role : { Role::ProbationOfficer, Role::Supervisor, Role::Counsellor, Role::PoliceOfficer }) {
        m_staff.insert(role,
            admin
                .create(u"StaffUser"_s,
                    { { u"displayName"_s, roleName(role) }, { u"role"_s, roleName(role) },
                        { u"status"_s, u"active"_s } })
                .value());
        m_services[role]
            = std::make_unique<WriteService>(*m_db, m_clock, Actor { m_staff.value(role), role });
    }
}

void tst_Referrals::cleanupTestCase()
{
    m_services.clear();
    m_db.reset();
}

WriteService &tst_Referrals::as(Role role)
{
    return *m_services.at(role);
}

QString tst_Referrals::newPerson()
{
    return as(Role::ProbationOfficer)
        .create(u"Person"_s,
            { { u"surnameCyr"_s, u"Тестова"_s }, { u"givenNameCyr"_s, u"Айгүл"_s },
                { u"caseStatus"_s, u"active"_s } })
        .value();
}

QString tst_Referrals::consent(const QString &personId, const QString &purpose, const QString &givenOn)
{
    auto id = as(Role::ProbationOfficer)
                  .create(u"ConsentRecord"_s,
                      { { u"personId"_s, personId }, { u"purpose"_s, purpose }, { u"basis"_s, u"written"_s },
                          { u"givenOn"_s, givenOn } });
    return id.ok() ? id.value() : QString();
}

QStringList tst_Referrals::measuresOfApprovedProgramme(const QString &personId)
{
    ProgrammeBuilder builder(as(Role::ProbationOfficer), *m_db, *m_templates);
    auto plan = builder.suggest({ personId, QString(), u"returnee_woman"_s,
        { { u"religious_counselling"_s, u"moderate"_s, QString() } }, QDate(2026, 6, 1), u"ru"_s });
    auto draft = builder.createDraft(plan.value());
    if (!draft.ok())
        return {};
    const QString id = draft.value().programmeId;
    if (!as(Role::ProbationOfficer).command(u"AssistanceProgramme"_s, id, 1, u"submit"_s).ok()
        || !as(Role::Supervisor).command(u"AssistanceProgramme"_s, id, 2, u"approve"_s).ok())
        return {};
    return draft.value().measureIds;
}

ReferralRequest tst_Referrals::request(const QString &personId, const QString &measureId)
{
    return { personId, measureId, m_organisation, m_staff.value(Role::Counsellor), u"theological questions"_s,
        consent(personId), QDate(2026, 6, 1), QDate(2026, 9, 30) };
}

/** A referral in state "sent", linked to the first measure of a new person's approved programme. */
QString tst_Referrals::sent(const QString &personId, QString *measureId)
{
    const QString measure = measuresOfApprovedProgramme(personId).value(0);
    if (measureId)
        *measureId = measure;
    auto id = ReferralService(as(Role::ProbationOfficer), *m_db).send(request(personId, measure));
    if (!id.ok())
        QTest::qFail(qPrintable(id.error().detail), __FILE__, __LINE__);
    return id.ok() ? id.value() : QString();
}

Status tst_Referrals::act(Role role, const QString &id, const QString &command, const QVariantMap &params)
{
    const qint64 version = as(role).get(kReferral, id).value().version;
    return as(role).command(kReferral, id, version, command, params);
}

QString tst_Referrals::field(const QString &entity, const QString &id, const QString &name)
{
    return as(Role::ProbationOfficer).get(entity, id).value().fields.value(name).toString();
}

qint64 tst_Referrals::count(const QString &table)
{
    return m_db->scalar(u"SELECT count(*) FROM %1"_s.arg(table)).value().toLongLong();
}

void tst_Referrals::sendChecksItsLinks_data()
{
    QTest::addColumn<Fault>("fault");
    QTest::addColumn<QString>("field"); ///< empty: the referral is sent
    QTest::newRow("valid referral") << Fault::None << QString();
    QTest::newRow("youth prevention consent covers a referral") << Fault::YouthPreventionConsent << QString();
    QTest::newRow("without consent") << Fault::NoConsent << u"consentId"_s;
    QTest::newRow("with another person's consent") << Fault::OtherPersonsConsent << u"consentId"_s;
    QTest::newRow("with withdrawn consent") << Fault::WithdrawnConsent << u"consentId"_s;
    QTest::newRow("with consent to data processing only") << Fault::DataProcessingConsent << u"consentId"_s;
    QTest::newRow("with consent dated tomorrow") << Fault::FutureConsent << u"consentId"_s;
    QTest::newRow("with a consent that does not exist") << Fault::UnknownConsent << u"consentId"_s;
    QTest::newRow("for another person's measure") << Fault::OtherPersonsMeasure << u"measureId"_s;
    QTest::newRow("for a measure already delivered") << Fault::DeliveredMeasure << u"measureId"_s;
    QTest::newRow("to a police officer as counsellor") << Fault::NotACounsellor << u"counsellorId"_s;
    QTest::newRow("without a term") << Fault::NoTerm << u"termEnd"_s;
}

void tst_Referrals::sendChecksItsLinks()
{
    QFETCH(Fault, fault);
    QFETCH(QString, field);
    const QString person = newPerson();
    const QStringList measures = measuresOfApprovedProgramme(person);
    QVERIFY(!measures.isEmpty());
    ReferralRequest r = request(person, measures.constFirst());
    WriteService &officer = as(Role::ProbationOfficer);
    switch (fault) {
    case Fault::None:
        break;
    case Fault::NoConsent:
        r.consentId.clear();
        break;
    case Fault::OtherPersonsConsent:
        r.consentId = consent(newPerson());
        break;
    case Fault::WithdrawnConsent:
        QVERIFY(officer.update(u"ConsentRecord"_s, r.consentId, 1, { { u"withdrawnOn"_s, u"2026-05-30"_s } })
                    .ok());
        break;
    case Fault::DataProcessingConsent:
        r.consentId = consent(person, u"data_processing"_s);
        break;
    case Fault::FutureConsent:
        r.consentId = consent(person, u"referral"_s, u"2026-06-02"_s);
        break;
    case Fault::UnknownConsent:
        r.consentId = u"018f0000-0000-7000-8000-0000000dead3"_s;
        break;
    case Fault::YouthPreventionConsent:
        r.consentId = consent(person, u"youth_prevention"_s);
        break;
    case Fault::OtherPersonsMeasure:
        r.measureId = measuresOfApprovedProgramme(newPerson()).constFirst();
        break;
    case Fault::DeliveredMeasure:
        QVERIFY(
            officer
                .command(kMeasure, r.measureId, 1, u"complete"_s, { { u"deliveredOn"_s, u"2026-06-01"_s } })
                .ok());
        break;
    case Fault::NotACounsellor:
        r.counsellorId = m_staff.value(Role::PoliceOfficer);
        break;
    case Fault::NoTerm:
        r.termEnd = QDate();
        break;
    }
    const qint64 referrals = count(u"referral"_s);
    const qint64 ops = count(u"outbox"_s);
    auto id = ReferralService(officer, *m_db).send(r);
    if (field.isEmpty()) {
        QVERIFY2(id.ok(), qPrintable(id.ok() ? QString() : id.error().detail));
        QCOMPARE(this->field(kReferral, id.value(), u"status"_s), u"sent"_s);
        QCOMPARE(this->field(kReferral, id.value(), u"consentId"_s), r.consentId);
        return;
    }
    QVERIFY(!id.ok());
    QCOMPARE(id.code(), Error::Invalid);
    QCOMPARE(id.error().field, field);
    QCOMPARE(count(u"referral"_s), referrals);
    QCOMPARE(count(u"outbox"_s), ops);
}

void tst_Referrals::onlyProbationSends()
{
    const QString person = newPerson();
    const ReferralRequest r = request(person, QString());
    QCOMPARE(ReferralService(as(Role::Counsellor), *m_db).send(r).code(), Error::Forbidden);
    QCOMPARE(ReferralService(as(Role::PoliceOfficer), *m_db).send(r).code(), Error::Forbidden);
    QVERIFY(ReferralService(as(Role::Supervisor), *m_db).send(r).ok()); // voluntary work: no measure
}

void tst_Referrals::withdrawnConsentStopsTheWork()
{
    const QString person = newPerson();
    const QString id = sent(person);
    QVERIFY(act(Role::Counsellor, id, u"accept"_s).ok());
    const QString consentId = field(kReferral, id, u"consentId"_s);
    QVERIFY(as(Role::ProbationOfficer)
                .update(u"ConsentRecord"_s, consentId, 1, { { u"withdrawnOn"_s, u"2026-06-01"_s } })
                .ok());
    const Status activate = act(Role::Counsellor, id, u"activate"_s);
    QCOMPARE(activate.code(), Error::Invalid);
    QCOMPARE(activate.error().field, u"consentId"_s);
    QCOMPARE(field(kReferral, id, u"status"_s), u"accepted"_s);
    // Probation ends it instead.
    QVERIFY(act(Role::ProbationOfficer, id, u"revoke"_s, { { u"closureReason"_s, u"consent withdrawn"_s } })
                .ok());
    QCOMPARE(field(kReferral, id, u"status"_s), u"revoked"_s);
}

void tst_Referrals::lifecycleMovesTheMeasure()
{
    QString measure;
    const QString id = sent(newPerson(), &measure);
    ReferralService provider(as(Role::Counsellor), *m_db);
    QVERIFY(act(Role::Counsellor, id, u"accept"_s).ok());
    QCOMPARE(field(kMeasure, measure, u"status"_s), u"planned"_s);
    QVERIFY(act(Role::Counsellor, id, u"activate"_s).ok());
    QCOMPARE(field(kMeasure, measure, u"status"_s), u"in_progress"_s); // the work has started
    QVERIFY(provider.reportOutcome(id, 3, { u"engaged"_s, 2, std::nullopt }).ok());
    QCOMPARE(field(kReferral, id, u"status"_s), u"active"_s);
    QCOMPARE(field(kReferral, id, u"attendedCount"_s), u"2"_s);
    QCOMPARE(field(kMeasure, measure, u"status"_s), u"in_progress"_s);
    m_clock.advance(30 * kDayMs);
    QVERIFY(provider.complete(id, 4, { u"completed"_s, 6, true }).ok());
    QCOMPARE(field(kReferral, id, u"status"_s), u"completed"_s);
    QCOMPARE(field(kReferral, id, u"minimalOutcome"_s), u"completed"_s);
    QCOMPARE(field(kReferral, id, u"programmeCompleted"_s), u"1"_s);
    QCOMPARE(field(kReferral, id, u"outcomeReportedOn"_s), u"2026-07-01"_s);
    QCOMPARE(field(kMeasure, measure, u"status"_s), u"done"_s); // delivered, as the provider reported
    QCOMPARE(field(kMeasure, measure, u"deliveredOn"_s), u"2026-07-01"_s);
    m_clock.set(kStartMs);
}

void tst_Referrals::outcomeIsMinimal_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QVariantMap>("params");
    QTest::addColumn<QString>("field"); ///< the refused field
    QTest::newRow("session notes in a report") << u"report_outcome"_s
                                               << QVariantMap { { u"minimalOutcome"_s, u"engaged"_s },
                                                      { u"notesObservations"_s, u"he spoke of …"_s } }
                                               << u"notesObservations"_s;
    QTest::newRow("a free-text note")
        << u"report_outcome"_s << QVariantMap { { u"note"_s, u"calm"_s } } << u"note"_s;
    QTest::newRow("reason rewritten by the provider")
        << u"complete"_s
        << QVariantMap { { u"minimalOutcome"_s, u"completed"_s }, { u"reason"_s, u"other story"_s } }
        << u"reason"_s;
    QTest::newRow("an outcome code outside the list")
        << u"complete"_s << QVariantMap { { u"minimalOutcome"_s, u"deradicalised"_s } }
        << u"minimalOutcome"_s;
    QTest::newRow("completion without an outcome code")
        << u"complete"_s << QVariantMap { { u"attendedCount"_s, 3 } } << u"minimalOutcome"_s;
    QTest::newRow("a negative attendance")
        << u"report_outcome"_s << QVariantMap { { u"attendedCount"_s, -1 } } << u"attendedCount"_s;
}

void tst_Referrals::outcomeIsMinimal()
{
    QFETCH(QString, command);
    QFETCH(QVariantMap, params);
    QFETCH(QString, field);
    const QString id = sent(newPerson());
    QVERIFY(act(Role::Counsellor, id, u"accept"_s).ok());
    QVERIFY(act(Role::Counsellor, id, u"activate"_s).ok());
    const qint64 ops = count(u"outbox"_s);
    const Status s = act(Role::Counsellor, id, command, params);
    QCOMPARE(s.code(), Error::Invalid);
    QCOMPARE(s.error().field, field);
    QCOMPARE(count(u"outbox"_s), ops);
    QCOMPARE(this->field(kReferral, id, u"status"_s), u"active"_s);
    // What does travel to probation is the minimal outcome and nothing else.
    QVERIFY(ReferralService(as(Role::Counsellor), *m_db)
                .reportOutcome(id, 3, { u"partly_engaged"_s, 1, false })
                .ok());
    const OutboxOp op = Outbox::list(*m_db).value().constLast();
    QCOMPARE(op.command, u"report_outcome"_s);
    QCOMPARE(QStringList(op.fields.keys()),
        QStringList(
            { u"attendedCount"_s, u"minimalOutcome"_s, u"outcomeReportedOn"_s, u"programmeCompleted"_s }));
}

void tst_Referrals::completionWithoutTheProgrammeLeavesTheMeasure()
{
    QString measure;
    const QString id = sent(newPerson(), &measure);
    QVERIFY(act(Role::Counsellor, id, u"accept"_s).ok());
    QVERIFY(act(Role::Counsellor, id, u"activate"_s).ok());
    QVERIFY(
        ReferralService(as(Role::Counsellor), *m_db).complete(id, 3, { u"no_feedback"_s, 0, false }).ok());
    QCOMPARE(field(kReferral, id, u"status"_s), u"completed"_s);
    QCOMPARE(field(kReferral, id, u"minimalOutcome"_s), u"no_feedback"_s);
    QCOMPARE(field(kMeasure, measure, u"status"_s), u"in_progress"_s); // the officer decides what follows
}

void tst_Referrals::declineRevokeAndExpire()
{
    const QString declined = sent(newPerson());
    QCOMPARE(act(Role::Counsellor, declined, u"decline"_s).code(), Error::Invalid); // needs a reason
    QVERIFY(act(Role::Counsellor, declined, u"decline"_s, { { u"closureReason"_s, u"no capacity"_s } }).ok());
    QCOMPARE(field(kReferral, declined, u"status"_s), u"declined"_s);

    const QString revoked = sent(newPerson());
    QCOMPARE(act(Role::Counsellor, revoked, u"revoke"_s, { { u"closureReason"_s, u"x"_s } }).code(),
        Error::Forbidden);
    QVERIFY(
        act(Role::Supervisor, revoked, u"revoke"_s, { { u"closureReason"_s, u"provider closed"_s } }).ok());

    const QString expiring = sent(newPerson());
    QVERIFY(act(Role::Counsellor, expiring, u"accept"_s).ok());
    QCOMPARE(act(Role::ProbationOfficer, expiring, u"expire"_s).code(),
        Error::InvalidTransition); // term runs to 30 Sep
    m_clock.advance(122 * kDayMs); // 1 October
    QVERIFY(act(Role::ProbationOfficer, expiring, u"expire"_s).ok());
    m_clock.set(kStartMs);
    QCOMPARE(field(kReferral, expiring, u"status"_s), u"expired"_s);
}

void tst_Referrals::invalidTransitionsAreRejected_data()
{
    QTest::addColumn<QStringList>("path"); ///< commands that succeed first
    QTest::addColumn<QString>("command");
    QTest::newRow("complete a referral never accepted") << QStringList() << u"complete"_s;
    QTest::newRow("activate before accepting") << QStringList() << u"activate"_s;
    QTest::newRow("accept twice") << QStringList { u"accept"_s } << u"accept"_s;
    QTest::newRow("decline after accepting") << QStringList { u"accept"_s } << u"decline"_s;
    QTest::newRow("report before the work starts") << QStringList { u"accept"_s } << u"report_outcome"_s;
    QTest::newRow("revoke a completed referral")
        << QStringList { u"accept"_s, u"activate"_s, u"complete"_s } << u"revoke"_s;
}

void tst_Referrals::invalidTransitionsAreRejected()
{
    QFETCH(QStringList, path);
    QFETCH(QString, command);
    const QString id = sent(newPerson());
    const QVariantMap args = { { u"minimalOutcome"_s, u"engaged"_s } };
    for (const QString &step : path)
        QVERIFY(act(Role::Counsellor, id, step, step == u"complete" ? args : QVariantMap()).ok());
    const QString before = field(kReferral, id, u"status"_s);
    const Role role = command == u"revoke" ? Role::ProbationOfficer : Role::Counsellor;
    const QVariantMap params = command == u"complete" ? args : QVariantMap { { u"closureReason"_s, u"x"_s } };
    const Status s
        = act(role, id, command, command == u"accept" || command == u"activate" ? QVariantMap() : params);
    QCOMPARE(s.code(), Error::InvalidTransition);
    QCOMPARE(field(kReferral, id, u"status"_s), before);
}

QTEST_GUILESS_MAIN(tst_Referrals)
#include "tst_referrals.moc"
