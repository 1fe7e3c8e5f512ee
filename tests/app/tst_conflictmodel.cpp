// ConflictModel on a real generated store: conflict records arrive through core (Replica::applyPage,
// via the tour/test fixtures), the model lists them oldest first with both values as plain text,
// keeps both texts until a person resolves, narrows to one record, and drops a resolved conflict
// from the list with a row removal (not a reset).
#include "conflictcontroller.h"
#include "conflictfixtures.h"
#include "conflictmodel.h"

#include "appsupport.h"
#include "counseltestsupport.h"
#include "syncfixture.h"
#include "storeworker.h"

#include "replica/replica.h"
#include "store/database.h"
#include "write/writeservice.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Qadam;

class tst_ConflictModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void listsConflictsOldestFirstWithBothValues();
    void narrowsToOneRecord();
    void bothTextsKeptUntilResolved();
    void resolvedConflictLeavesTheListByRowRemoval();
    void emptyStoreHasNoRows();
    void neverShowsAnIin();

private:
    [[nodiscard]] bool loaded(const ConflictModel &model) const;
    QVariant role(const ConflictModel &model, int row, const QByteArray &name) const;

    std::unique_ptr<AppTest::GeneratedSession> m_session;
    ConflictFixtures::Seeded m_seeded;
};

void tst_ConflictModel::init()
{
    m_session = AppTest::seededOfficerStore(&m_seeded);
    QVERIFY(m_session);
}

void tst_ConflictModel::cleanup()
{
    m_session.reset();
}

bool tst_ConflictModel::loaded(const ConflictModel &model) const
{
    return AppTest::waitFor([&] { return !model.loading(); });
}

QVariant tst_ConflictModel::role(const ConflictModel &model, int row, const QByteArray &name) const
{
    return model.data(model.index(row), model.roleNames().key(name));
}

void tst_ConflictModel::listsConflictsOldestFirstWithBothValues()
{
    ConflictModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(loaded(model));
    QVERIFY(AppTest::waitFor([&] { return model.count() == 2; }));
    QCOMPARE(model.errorText(), QString());

    QCOMPARE(role(model, 0, "conflictId").toString(), m_seeded.conflictIds.at(0));
    QCOMPARE(role(model, 0, "field").toString(), u"notes"_s);
    QCOMPARE(role(model, 0, "fieldTitle").toString(), u"Notes"_s);
    QCOMPARE(role(model, 0, "entityTitle").toString(), u"Person"_s);
    QCOMPARE(role(model, 0, "recordId").toString(), m_seeded.personId);
    QCOMPARE(role(model, 0, "personId").toString(), m_seeded.personId);
    QVERIFY(role(model, 0, "deviceText").toString().startsWith(u"Started at the bakery"_s));
    QVERIFY(role(model, 0, "serverText").toString().startsWith(u"Works shifts at the bakery"_s));
    QCOMPARE(role(model, 0, "mergeable").toBool(), true);
    QCOMPARE(role(model, 0, "fromThisDevice").toBool(), true);

    QCOMPARE(role(model, 1, "conflictId").toString(), m_seeded.conflictIds.at(1));
    QCOMPARE(role(model, 1, "fieldTitle").toString(), u"Case status"_s);
    // Enum codes in words, not as stored.
    QCOMPARE(role(model, 1, "serverText").toString(), u"active"_s);
    QCOMPARE(role(model, 1, "deviceText").toString(), u"transferred"_s);
    QCOMPARE(role(model, 1, "mergeable").toBool(), false);

    // Names, not ids: the person's display name and the staff member who made the edit.
    const QString name = role(model, 0, "personName").toString();
    QVERIFY(!name.isEmpty());
    QVERIFY(!name.contains(m_seeded.personId));
    QVERIFY(!role(model, 0, "deviceWho").toString().isEmpty());
    QVERIFY(!role(model, 0, "deviceWhen").toString().isEmpty());
    QVERIFY(model.recordTitle().contains(name));
}

void tst_ConflictModel::narrowsToOneRecord()
{
    ConflictModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRecordId(u"018f0000-0000-7000-8000-0000000000ff"_s);
    QVERIFY(loaded(model));
    QCOMPARE(model.count(), 0);
    QCOMPARE(model.recordTitle(), QString());

    model.setRecordId(m_seeded.personId);
    QVERIFY(AppTest::waitFor([&] { return model.count() == 2; }));
}

void tst_ConflictModel::bothTextsKeptUntilResolved()
{
    // The same conflict delivered again by a later pull, and an unrelated write: both texts stay.
    m_session->session().worker()->runBlocking([&](CoreContext &ctx) {
        Replica replica(ctx.db, ctx.clock);
        auto open = replica.conflicts();
        QVERIFY(open.ok());
        RemotePage again;
        again.conflicts = open.value();
        QVERIFY(replica.applyPage(again).ok());
    });
    ConflictModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(AppTest::waitFor([&] { return model.count() == 2; }));
    QCOMPARE(role(model, 0, "deviceRaw").toString(),
             u"Started at the bakery this month. Asked to move the probation appearance to Thursdays."_s);
    QCOMPARE(role(model, 0, "serverRaw").toString(),
             u"Works shifts at the bakery on Abai street. Prefers appearances on Tuesday mornings."_s);
}

void tst_ConflictModel::resolvedConflictLeavesTheListByRowRemoval()
{
    ConflictModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(AppTest::waitFor([&] { return model.count() == 2; }));
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

    ConflictController controller;
    QSignalSpy done(&controller, &ConflictController::succeeded);
    controller.resolve(m_seeded.conflictIds.at(0), u"mine"_s);
    QVERIFY(done.wait());
    QVERIFY(AppTest::waitFor([&] { return model.count() == 1; }));
    QCOMPARE(removed.size(), 1);
    QCOMPARE(removed.at(0).at(1).toInt(), 0);
    QCOMPARE(reset.size(), 0);
    QCOMPARE(role(model, 0, "conflictId").toString(), m_seeded.conflictIds.at(1));
}

void tst_ConflictModel::emptyStoreHasNoRows()
{
    m_session->session().worker()->runBlocking([](CoreContext &ctx) {
        QVERIFY(ctx.db.exec(u"DELETE FROM sync_conflict"_s).ok());
    });
    ConflictModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(loaded(model));
    QCOMPARE(model.count(), 0);
    QCOMPARE(model.errorText(), QString());
}

/** SECURITY.md R19: the conflict list shows no IIN (iinShownBy). */
void tst_ConflictModel::neverShowsAnIin()
{
    ConflictModel model;
    QVERIFY(loaded(model));
    const QString problem = AppTest::iinShownBy(m_session->session(), model, ConflictModel::PersonIdRole);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

QTEST_MAIN(tst_ConflictModel)
#include "tst_conflictmodel.moc"
