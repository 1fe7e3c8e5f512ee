// Supervisor approval on a real generated store: ProgrammeApprovalsModel lists the submitted
// programmes of cases in the supervisor's scope (and no others); approving changes the status and
// queues the command for the server; returning needs a comment (a blank one writes nothing); a
// programme the supervisor drafted is listed without the buttons, says why, and core refuses it.
#include "personsectionmodel.h"
#include "programmeapprovalcontroller.h"
#include "programmeapprovalsmodel.h"

#include "appsupport.h"
#include "persontestsupport.h"
#include "../qml/programmeseed.h"

#include "casework/caseaccess.h"
#include "write/writeservice.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Qadam;
using namespace Qadam::PersonTest;

class tst_Approvals : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void listsSubmittedProgrammesInScope();
    void approveChangesStatus();
    void returnNeedsAComment();
    void neverApprovesOwnProgramme();
    void planOfAProgrammeIsShown();

private:
    /** A new case in the supervisor's unit with a programme drafted by `author` and submitted. */
    QString submittedProgramme(bool draftedBySupervisor);
    [[nodiscard]] bool loaded(const ProgrammeApprovalsModel &model);
    QString status(const QString &programmeId);

    std::unique_ptr<AppTest::GeneratedSession> m_session;
};

void tst_Approvals::init()
{
    m_session = std::make_unique<AppTest::GeneratedSession>(Role::Supervisor, 60);
    QVERIFY2(m_session->isOpen(), qPrintable(m_session->status().error().detail));
}

void tst_Approvals::cleanup()
{
    m_session.reset();
}

bool tst_Approvals::loaded(const ProgrammeApprovalsModel &model)
{
    return AppTest::waitFor([&] { return !model.loading(); });
}

QString tst_Approvals::status(const QString &programmeId)
{
    return scalar(m_session->session(), u"SELECT status FROM assistance_programme WHERE id = ?1"_s, { programmeId }).toString();
}

QString tst_Approvals::submittedProgramme(bool draftedBySupervisor)
{
    const QStringList ids = ProgrammeSeed::submitForApproval(m_session->session(), draftedBySupervisor ? 0 : 1, draftedBySupervisor);
    return ids.size() == 1 ? ids.first() : QString();
}

void tst_Approvals::listsSubmittedProgrammesInScope()
{
    QVERIFY(!submittedProgramme(false).isEmpty());
    AppSession &s = m_session->session();
    QStringList expected;
    s.worker()->runBlocking([&](CoreContext &ctx) {
        auto q = ctx.db.prepare(u"SELECT id, person_id FROM assistance_programme WHERE status = 'submitted'"_s);
        QVERIFY(q.ok());
        while (q.value().step().value()) {
            auto access = CaseAccess(ctx.db).resolve(ctx.actor, q.value().text(1), ctx.today);
            if (access.ok() && AccessPolicy::builtIn().mayReadCase(ctx.actor, access.value()))
                expected << q.value().text(0);
        }
    });
    const qint64 everywhere = count(s, u"SELECT count(*) FROM assistance_programme WHERE status = 'submitted'"_s);
    ProgrammeApprovalsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(loaded(model));
    QCOMPARE(model.errorText(), QString());
    QStringList listed;
    for (int row = 0; row < model.rowCount(); ++row)
        listed << value(model, row, "programmeId").toString();
    expected.sort();
    listed.sort();
    QCOMPARE(listed, expected);
    QVERIFY(everywhere >= qint64(expected.size()));
    // Names, never the IIN.
    for (int row = 0; row < model.rowCount(); ++row) {
        const QString iin = scalar(s, u"SELECT iin FROM person WHERE id = ?1"_s, { value(model, row, "personId") }).toString();
        QVERIFY(!value(model, row, "personName").toString().isEmpty());
        if (!iin.isEmpty())
            QVERIFY(!everyValue(model).join(u'|').contains(iin));
    }
}

void tst_Approvals::approveChangesStatus()
{
    const QString programmeId = submittedProgramme(false);
    QVERIFY(!programmeId.isEmpty());
    AppSession &s = m_session->session();
    ProgrammeApprovalsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(loaded(model));
    const int row = model.indexOf(programmeId);
    QVERIFY(row >= 0);
    QVERIFY(value(model, row, "mayDecide").toBool());
    QCOMPARE(value(model, row, "needCount").toInt(), 1);
    QVERIFY(value(model, row, "measureCount").toInt() > 0);
    const int before = model.rowCount();

    ProgrammeApprovalController controller;
    QSignalSpy succeeded(&controller, &ProgrammeApprovalController::succeeded);
    controller.approve(programmeId);
    QVERIFY(succeeded.wait(30'000));
    QCOMPARE(status(programmeId), u"approved"_s);
    QCOMPARE(scalar(s, u"SELECT approved_by FROM assistance_programme WHERE id = ?1"_s, { programmeId }).toString(), s.userId());
    QCOMPARE(count(s, u"SELECT count(*) FROM outbox WHERE record_id = ?1 AND kind = 'command' AND command = 'approve'"_s,
                 { programmeId }),
        qint64(1));
    // It leaves the list.
    QVERIFY(AppTest::waitFor([&] { return model.indexOf(programmeId) < 0; }));
    QCOMPARE(model.rowCount(), before - 1);
    // Deciding again is refused: it no longer awaits approval.
    QSignalSpy failed(&controller, &ProgrammeApprovalController::failed);
    controller.approve(programmeId);
    QVERIFY(failed.wait(30'000));
    QCOMPARE(status(programmeId), u"approved"_s);
}

void tst_Approvals::returnNeedsAComment()
{
    const QString programmeId = submittedProgramme(false);
    QVERIFY(!programmeId.isEmpty());
    AppSession &s = m_session->session();
    const QString outbox = u"SELECT count(*) FROM outbox WHERE record_id = ?1"_s;
    const qint64 ops = count(s, outbox, { programmeId });
    ProgrammeApprovalController controller;
    QSignalSpy failed(&controller, &ProgrammeApprovalController::failed);
    QSignalSpy succeeded(&controller, &ProgrammeApprovalController::succeeded);
    controller.sendBack(programmeId, u"   "_s);
    QVERIFY(failed.wait(30'000));
    QCOMPARE(failed.first().first().toString(), ProgrammeApprovalController::describe(Error::make(Error::Invalid, {}, u"supervisorComment"_s)));
    QCOMPARE(status(programmeId), u"submitted"_s);
    QCOMPARE(count(s, outbox, { programmeId }), ops);

    controller.sendBack(programmeId, u"Add a measure for employment."_s);
    QVERIFY(succeeded.wait(30'000));
    QCOMPARE(status(programmeId), u"draft"_s);
    QCOMPARE(scalar(s, u"SELECT supervisor_comment FROM assistance_programme WHERE id = ?1"_s, { programmeId }).toString(),
        u"Add a measure for employment."_s);
    QCOMPARE(count(s, outbox, { programmeId }), ops + 1);
}

void tst_Approvals::neverApprovesOwnProgramme()
{
    const QString programmeId = submittedProgramme(true);
    QVERIFY(!programmeId.isEmpty());
    ProgrammeApprovalsModel model;
    QVERIFY(loaded(model));
    const int row = model.indexOf(programmeId);
    QVERIFY(row >= 0);
    QCOMPARE(value(model, row, "mayDecide").toBool(), false);
    QVERIFY(!value(model, row, "whyNot").toString().isEmpty());
    // Even if asked, core refuses; nothing changes.
    ProgrammeApprovalController controller;
    QSignalSpy failed(&controller, &ProgrammeApprovalController::failed);
    controller.approve(programmeId);
    QVERIFY(failed.wait(30'000));
    QCOMPARE(failed.first().first().toString(),
        ProgrammeApprovalController::describe(Error::make(Error::Forbidden, {}, u"approvedBy"_s)));
    QCOMPARE(status(programmeId), u"submitted"_s);
}

void tst_Approvals::planOfAProgrammeIsShown()
{
    const QString programmeId = submittedProgramme(false);
    QVERIFY(!programmeId.isEmpty());
    AppSession &s = m_session->session();
    PersonSectionModel plan;
    QAbstractItemModelTester tester(&plan, QAbstractItemModelTester::FailureReportingMode::QtTest);
    plan.setProgrammeId(programmeId);
    QVERIFY(AppTest::waitFor([&] { return !plan.loading() && plan.rowCount() > 0; }));
    const qint64 items = count(s,
        u"SELECT (SELECT count(*) FROM programme_need WHERE programme_id = ?1) + (SELECT count(*) FROM programme_goal "
        u"WHERE programme_id = ?1) + (SELECT count(*) FROM programme_measure WHERE programme_id = ?1)"_s,
        { programmeId });
    QCOMPARE(plan.rowCount(), int(1 + items));
    QCOMPARE(value(plan, 0, "status").toString(), u"submitted"_s);
    QCOMPARE(value(plan, 1, "entity").toString(), u"ProgrammeNeed"_s);
}

QTEST_MAIN(tst_Approvals)
#include "tst_approvals.moc"
