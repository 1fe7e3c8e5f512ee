// Work done on a device enrolled from a real `qadam-server serve --demo` (embedded store) with no
// connection, through the app's own controllers, then synced when the server is back on the same
// address: nothing typed offline is lost and each change reaches the server once.
//
// The chain across roles (officer -> supervisor -> counsellor -> officer) runs one device at a
// time: the controllers act through the one live AppSession, so each device is switched off
// (TempSession::close) before the next one works, and switched on again with restart().
#include "appsupport.h"
#include "persontestsupport.h"

#include "appearancecontroller.h"
#include "programmeapprovalcontroller.h"
#include "programmebuildercontroller.h"
#include "programmedraftmodel.h"
#include "sessioncontroller.h"
#include "todaymodel.h"

#include "replica/syncstate.h"

#include <QDate>
#include <QLoggingCategory>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Qadam;
using namespace Qadam::AppTest;
using PersonTest::column;
using PersonTest::count;
using PersonTest::scalar;

namespace {

constexpr int kSyncWaitMs = 90'000;

/** Every message the app logs while installed (all qadam categories at debug level), passed on to
 *  the previous handler as well: SECURITY.md R15 searches them for case content and secrets. */
QStringList g_log;
QtMessageHandler g_previousHandler = nullptr;
void captureLog(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    g_log << QString::fromLatin1(context.category ? context.category : "") + u' ' + message;
    if (g_previousHandler)
        g_previousHandler(type, context, message);
}

/** Enrols `session` with the demo code of `role`; true when the first sync finished. */
bool enrolAs(TempSession &session, const DemoServer &server, const QString &role)
{
    QSignalSpy finished(&session.session(), &AppSession::enrolFinished);
    session->enrol(server.url(), server.code(role), QString::fromUtf16(kPassphrase));
    return finished.wait(120'000) && finished.first().at(0).toBool();
}

/** "Sync now" until nothing is pending and a sync finished after the call. */
bool syncedEverything(AppSession &session)
{
    const qint64 before = session.lastSyncAt();
    session.syncNow();
    return waitFor([&] { return session.lastSyncAt() > before && session.pendingChanges() == 0; }, kSyncWaitMs);
}

qint64 outbox(AppSession &session)
{
    return count(session, u"SELECT count(*) FROM outbox"_s);
}

/** People of the officer without a programme in progress: the builder may start one. */
QStringList withoutProgramme(AppSession &officer)
{
    return column(officer,
        u"SELECT id FROM person p WHERE case_officer_id = ?1 AND NOT EXISTS (SELECT 1 FROM assistance_programme a"
        u" WHERE a.person_id = p.id AND a.status NOT IN ('completed', 'closed')) ORDER BY id"_s,
        { officer.userId() });
}

/** Builds a programme for `personId` through the builder (housing need, the suggested goals and
 *  measures) and submits it; the submitted programme's id, empty on failure (QVERIFY-style). */
QString submitProgramme(AppSession &officer, const QString &personId)
{
    ProgrammeBuilderController builder;
    builder.setPersonId(personId);
    if (!waitFor([&] { return builder.ready() && !builder.busy(); }))
        return {};
    int housing = -1;
    const int domainRole = builder.needs()->roleNames().key("domainCode");
    for (int row = 0; row < builder.needs()->rowCount(); ++row)
        if (builder.needs()->data(builder.needs()->index(row, 0), domainRole).toString() == u"housing")
            housing = row;
    if (housing < 0) {
        qWarning("no housing need: %lld needs, blocker %s, error %s", qint64(builder.needs()->rowCount()),
            qPrintable(builder.blocker()), qPrintable(builder.errorText()));
        return {};
    }
    builder.setSeverity(housing, u"high"_s);
    const auto stepReached = [&](ProgrammeBuilderController::Step step) {
        return waitFor([&] { return builder.ready() && !builder.busy() && builder.step() == int(step); },
            kSyncWaitMs);
    };
    for (const auto step : { ProgrammeBuilderController::Suggest, ProgrammeBuilderController::Edit,
             ProgrammeBuilderController::Submit }) { // the last next() saves the draft through core
        builder.next();
        if (!stepReached(step)) {
            qWarning("builder stopped before step %d: %s", int(step), qPrintable(builder.errorText()));
            return {};
        }
    }
    builder.submit();
    if (!waitFor([&] { return builder.submitted(); }))
        return {};
    return column(officer, u"SELECT id FROM assistance_programme WHERE person_id = ?1 AND status = 'submitted'"_s,
        { personId })
        .value(0);
}

/** Records the first overdue appearance on Today that the officer may record: attended while its
 *  window is open, else missed. The check-in's id, empty when none was written. */
QString recordOverdueAppearance()
{
    TodayModel today;
    if (!waitFor([&] { return !today.loading(); }))
        return {};
    AppearanceController appearances;
    QSignalSpy done(&appearances, &AppearanceController::succeeded);
    const auto at = [&](int row, int role) { return today.data(today.index(row), role); };
    for (int row = 0; row < today.rowCount(); ++row) {
        if (at(row, TodayModel::SectionRole).toInt() != int(TodayRow::Section::Overdue))
            continue;
        const QString person = at(row, TodayModel::PersonIdRole).toString();
        const QString order = at(row, TodayModel::OrderIdRole).toString();
        const QString channel = at(row, TodayModel::ChannelRole).toString();
        const QString due = at(row, TodayModel::DueOnRole).toString();
        if (at(row, TodayModel::CanAttendRole).toBool())
            appearances.attend(person, order, channel, due);
        else if (at(row, TodayModel::CanMissRole).toBool())
            appearances.miss(person, order, channel, due, u"Phoned; no answer."_s);
        else
            continue;
        return done.wait(30'000) ? done.first().at(1).toString() : QString();
    }
    qWarning("Today lists no overdue appearance the officer may record (%d rows)", today.rowCount());
    return {};
}

/** The start of every note the chain's counsellor writes: searched for in the app's log. */
const QString kNoteCanary = u"NoteCanary-5e0c41"_s;

/** The device's refresh token (a secret the log must never hold); empty when not enrolled. */
QString refreshToken(AppSession &session)
{
    QString token;
    session.worker()->runBlocking([&](CoreContext &ctx) {
        auto creds = SyncState(ctx.db).credentials();
        if (creds.ok())
            token = creds.value().refreshToken;
    });
    return token;
}

/** A complete session form on the counsellor's referral `referralId` of `personId`, read by `tier`. */
QVariantMap sessionForm(const QString &personId, const QString &referralId, const QString &tier)
{
    const QDate today = AppSession::today();
    return { { u"personId"_s, personId }, { u"referralId"_s, referralId },
        { u"occurredOn"_s, today.toString(Qt::ISODate) }, { u"mode"_s, u"face_to_face"_s },
        { u"durationMinutes"_s, u"45"_s }, { u"topics"_s, u"Family, work"_s },
        { u"emotionalState"_s, QStringList { u"calm"_s } }, { u"intensity"_s, u"low"_s },
        { u"stability"_s, u"stable"_s }, { u"stabilityRationale"_s, u"As at the last session"_s },
        { u"engagement"_s, u"engaged"_s }, { u"notesObservations"_s, kNoteCanary + u" observation"_s },
        { u"notesAnalysis"_s, kNoteCanary + u" analysis"_s }, { u"notesConclusions"_s, kNoteCanary + u" conclusion"_s },
        { u"notesPlan"_s, kNoteCanary + u" plan"_s }, { u"nextSessionOn"_s, today.addDays(14).toString(Qt::ISODate) },
        { u"confidentialityTier"_s, tier }, { u"counsellorSafetyCheck"_s, u"not_required"_s } };
}

/** Logs one session through the controller; its id, empty when refused (the reason is logged). */
QString logSession(const QVariantMap &form)
{
    SessionController sessions;
    QSignalSpy logged(&sessions, &SessionController::logged);
    QSignalSpy refused(&sessions, &SessionController::failed);
    sessions.log(form);
    if (!waitFor([&] { return !logged.isEmpty() || !refused.isEmpty(); }) || logged.isEmpty()) {
        qWarning("session refused: %s", qPrintable(refused.value(0).value(0).toString()));
        return {};
    }
    return logged.first().at(0).toString();
}

} // namespace

class tst_OfflineWorkflows : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void programmeBuilderSavesOnAnEnrolledDevice();
    void rolesWorkOfflineThenSyncInTurn();
};

void tst_OfflineWorkflows::programmeBuilderSavesOnAnEnrolledDevice()
{
#ifndef QADAM_SERVER_BIN
    QSKIP("built without qadam-server");
#else
    // An enrolled officer's device (not a generated store) builds and submits a programme with no
    // connection; when the signal is back the submitted programme reaches the server once.
    // Before AppSession imported the built-in dictionaries on enrolment, an enrolled device had
    // none, and the builder offered no need domains at all.
    DemoServer server(QStringLiteral(QADAM_SERVER_BIN));
    QVERIFY(server.start(50));
    TempSession session;
    QVERIFY(enrolAs(session, server, u"probation_officer"_s));
    AppSession &officer = session.session();
    server.stop(); // no signal from here on
    const QStringList without = withoutProgramme(officer);
    QVERIFY2(!without.isEmpty(), "every demo person of the officer has a programme in progress");
    const QString programmeId = submitProgramme(officer, without.first()); // the builder's needs, goals, measures
    QVERIFY(!programmeId.isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(officer.pendingChanges() >= 2, 30'000); // the draft and its submission

    QVERIFY(server.resume());
    QVERIFY(syncedEverything(officer));
    QCOMPARE(outbox(officer), qint64(0)); // acknowledged, none refused
    QCOMPARE(scalar(officer, u"SELECT status FROM assistance_programme WHERE id = ?1"_s, {programmeId}).toString(),
             u"submitted"_s);
#endif
}

void tst_OfflineWorkflows::rolesWorkOfflineThenSyncInTurn()
{
#ifndef QADAM_SERVER_BIN
    QSKIP("built without qadam-server");
#else
    // Three devices enrolled from one demo server, each working with no connection before it
    // syncs: the officer records an overdue appearance and submits a programme, the supervisor
    // approves it, the counsellor logs two sessions. When the officer's device is switched on
    // again it receives the approval and the shared summary of one session, no notes.
    DemoServer server(QStringLiteral(QADAM_SERVER_BIN));
    QVERIFY(server.start(50));
    QLoggingCategory::setFilterRules(u"qadam.*=true"_s); // a leak at debug level is a leak too
    g_log.clear();
    g_previousHandler = qInstallMessageHandler(captureLog);
    const auto restoreLog = qScopeGuard([] {
        qInstallMessageHandler(g_previousHandler);
        QLoggingCategory::setFilterRules({});
    });
    QStringList secrets = { QString::fromUtf16(kPassphrase), kNoteCanary }; // R15: never in the log

    // Officer, offline.
    TempSession officerDevice;
    QVERIFY(enrolAs(officerDevice, server, u"probation_officer"_s));
    server.stop();
    const QString checkInId = recordOverdueAppearance();
    QVERIFY2(!checkInId.isEmpty(), "an overdue appearance recorded offline");
    const QStringList candidates = withoutProgramme(officerDevice.session());
    QVERIFY(!candidates.isEmpty());
    const QString programmeId = submitProgramme(officerDevice.session(), candidates.first());
    QVERIFY(!programmeId.isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(officerDevice->pendingChanges() >= 3, 30'000); // the check-in, the draft, its submission
    QVERIFY(server.resume());
    QVERIFY(syncedEverything(officerDevice.session()));
    QCOMPARE(outbox(officerDevice.session()), qint64(0)); // acknowledged, none refused
    const QStringList officerPeople = column(officerDevice.session(),
        u"SELECT id FROM person WHERE case_officer_id = ?1 ORDER BY id"_s, { officerDevice->userId() });
    secrets << refreshToken(officerDevice.session())
            << column(officerDevice.session(), u"SELECT surname_cyr FROM person WHERE case_officer_id = ?1"_s,
                   { officerDevice->userId() })
            << column(officerDevice.session(), u"SELECT iin FROM person WHERE case_officer_id = ?1 AND iin <> ''"_s,
                   { officerDevice->userId() });
    officerDevice.close();

    // Supervisor: the first sync brings the officer's offline work; the approval is made offline.
    {
        TempSession supervisorDevice;
        QVERIFY(enrolAs(supervisorDevice, server, u"supervisor"_s));
        AppSession &supervisor = supervisorDevice.session();
        QCOMPARE(count(supervisor, u"SELECT count(*) FROM check_in WHERE id = ?1"_s, { checkInId }), qint64(1));
        QCOMPARE(scalar(supervisor, u"SELECT status FROM assistance_programme WHERE id = ?1"_s, { programmeId })
                     .toString(),
            u"submitted"_s);
        server.stop();
        ProgrammeApprovalController approval;
        QSignalSpy approved(&approval, &ProgrammeApprovalController::succeeded);
        approval.approve(programmeId);
        QVERIFY2(approved.wait(30'000), qPrintable(approval.errorText()));
        QTRY_VERIFY_WITH_TIMEOUT(supervisor.pendingChanges() >= 1, 30'000);
        QVERIFY(server.resume());
        QVERIFY(syncedEverything(supervisor));
        QCOMPARE(outbox(supervisor), qint64(0));
        secrets << refreshToken(supervisor);
    }

    // Counsellor: a session on one of their referrals, offline.
    QString teamSession;   // read by the counselling team only
    QString sharedSession; // its summary is shared with probation
    {
        TempSession counsellorDevice;
        QVERIFY(enrolAs(counsellorDevice, server, u"counsellor"_s));
        AppSession &counsellor = counsellorDevice.session();
        QString referralId;
        for (const QString &person : officerPeople)
            if (referralId.isEmpty())
                referralId = column(counsellor,
                    u"SELECT id FROM referral WHERE counsellor_id = ?1 AND status = 'active' AND person_id = ?2 "
                    u"ORDER BY id LIMIT 1"_s,
                    { counsellor.userId(), person }).value(0);
        QVERIFY2(!referralId.isEmpty(), "the demo counsellor has an active referral of the officer's caseload");
        const QString personId = scalar(counsellor, u"SELECT person_id FROM referral WHERE id = ?1"_s,
            { referralId }).toString();
        server.stop();
        teamSession = logSession(sessionForm(personId, referralId, u"counselling_team"_s));
        sharedSession = logSession(sessionForm(personId, referralId, u"shared_summary"_s));
        QVERIFY(!teamSession.isEmpty() && !sharedSession.isEmpty());
        QVERIFY(server.resume());
        QVERIFY(syncedEverything(counsellor));
        QCOMPARE(outbox(counsellor), qint64(0));
        secrets << refreshToken(counsellor);
    }

    // The officer's device again: locked after the restart; the approval arrives.
    officerDevice.restart();
    AppSession &officer = officerDevice.session();
    QCOMPARE(officer.state(), AppSession::State::Locked);
    officer.unlock(QString::fromUtf16(kPassphrase));
    QVERIFY(waitFor([&] { return officer.state() == AppSession::State::Unlocked; }));
    QVERIFY(syncedEverything(officer));
    QCOMPARE(scalar(officer, u"SELECT status FROM assistance_programme WHERE id = ?1"_s, { programmeId }).toString(),
        u"approved"_s);
    QCOMPARE(count(officer, u"SELECT count(*) FROM check_in WHERE id = ?1"_s, { checkInId }), qint64(1));
    // Of the counsellor's two sessions the officer gets the shared summary without its notes, and
    // nothing of the session kept for the counselling team.
    QCOMPARE(count(officer, u"SELECT count(*) FROM counselling_session WHERE id = ?1"_s, { teamSession }), qint64(0));
    QCOMPARE(count(officer,
                 u"SELECT count(*) FROM counselling_session WHERE id = ?1 AND mode = 'face_to_face' AND "
                 u"coalesce(notes_observations, notes_analysis, notes_conclusions, notes_plan) IS NULL"_s,
                 { sharedSession }),
        qint64(1));

    // SECURITY.md R15: three devices' whole working day logged at debug level, and not one name,
    // IIN, note, passphrase or token of it in the log.
    secrets.removeAll(QString());
    QVERIFY(secrets.size() > 10);
    QVERIFY2(g_log.size() > 20, "the app logged (the capture works)");
    const QString log = g_log.join(u'\n');
    for (const QString &secret : std::as_const(secrets))
        QVERIFY2(!log.contains(secret), "a name, IIN, note, passphrase or token reached the app's log");
#endif
}

QTEST_MAIN(tst_OfflineWorkflows)
#include "tst_offlineworkflows.moc"
