// RejectedChangesModel on a real generated store: real local edits whose pushed results the
// server refused (Replica::applyResults), one per rejection code, listed oldest first with what was
// attempted, on whose record, and the reason in words; a discarded change leaves by row removal.
#include "conflictfixtures.h"
#include "conflicttext.h"
#include "rejectedchangescontroller.h"
#include "rejectedchangesmodel.h"

#include "appsupport.h"
#include "storeworker.h"

#include "store/database.h"
#include "write/writeservice.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Qadam;

namespace {
struct Refusal
{
    QString code;
    QString field;
    QVariantMap change;
    bool canRetry; ///< "Send again" offered: resending can help
};

const QList<Refusal> kRefusals = {
    {u"forbidden"_s, u"caseStatus"_s, {{u"caseStatus"_s, u"closed"_s}}, false},
    {u"out_of_scope"_s, QString(), {{u"notes"_s, u"Visited at home."_s}}, false},
    {u"invalid"_s, u"notes"_s, {{u"notes"_s, u"A note the server found too long."_s}}, true},
    {u"unknown_entity"_s, QString(), {{u"residenceAddress"_s, u"Abai street 12"_s}}, true},
    {u"duplicate"_s, QString(), {{u"residenceAddress"_s, u"Abai street 14"_s}}, true},
    {u"append_only"_s, QString(), {{u"notes"_s, u"Second try."_s}}, false},
};
} // namespace

class tst_RejectedChangesModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void listsEveryRefusalWithItsReason();
    void reasonsAreDistinctPlainWords();
    void noIinInAnyRow();
    void discardedChangeLeavesByRowRemoval();
    void fixtureRefusesAnEditThatChangesNothing();
    void sendAgainOnlyForAnEditThatMayPass();
    void sentAgainChangeLeavesAndWaitsForUpload();

private:
    QVariant role(const RejectedChangesModel &model, int row, const QByteArray &name) const;

    std::unique_ptr<AppTest::GeneratedSession> m_session;
    QString m_personId;
    QList<qint64> m_seqs;
};

void tst_RejectedChangesModel::init()
{
    m_session = std::make_unique<AppTest::GeneratedSession>(Role::ProbationOfficer, 30);
    QVERIFY2(m_session->isOpen(), qPrintable(m_session->status().error().detail));
    m_seqs.clear();
    m_session->session().worker()->runBlocking([&](CoreContext &ctx) {
        auto person = ConflictFixtures::personInScope(ctx);
        QVERIFY(person.ok());
        m_personId = person.value();
        // The person gets an IIN so the test can prove no row shows it.
        auto current = ctx.writes.get(u"Person"_s, m_personId);
        QVERIFY(current.ok());
        QVERIFY(ctx.writes.update(u"Person"_s, m_personId, current.value().version, {{u"iin"_s, u"900101300123"_s}}).ok());
        for (const Refusal &r : kRefusals) {
            auto seq = ConflictFixtures::addRejectedPatch(ctx, u"Person"_s, m_personId, r.change, r.code, r.field);
            QVERIFY2(seq.ok(), qPrintable(seq.ok() ? QString() : seq.error().detail));
            m_seqs << seq.value();
        }
    });
    QCOMPARE(m_seqs.size(), kRefusals.size());
}

void tst_RejectedChangesModel::cleanup()
{
    m_session.reset();
}

QVariant tst_RejectedChangesModel::role(const RejectedChangesModel &model, int row, const QByteArray &name) const
{
    return model.data(model.index(row), model.roleNames().key(name));
}

void tst_RejectedChangesModel::listsEveryRefusalWithItsReason()
{
    RejectedChangesModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(AppTest::waitFor([&] { return !model.loading(); }));
    QCOMPARE(model.errorText(), QString());
    QCOMPARE(model.count(), kRefusals.size());
    for (int i = 0; i < kRefusals.size(); ++i) {
        QCOMPARE(role(model, i, "deviceSeq").toLongLong(), m_seqs.at(i));
        QCOMPARE(role(model, i, "reasonCode").toString(), kRefusals.at(i).code);
        QCOMPARE(role(model, i, "entityTitle").toString(), u"Person"_s);
        QCOMPARE(role(model, i, "personId").toString(), m_personId);
        QVERIFY(!role(model, i, "personName").toString().isEmpty());
        QCOMPARE(role(model, i, "kind").toString(), u"patch"_s);
        QCOMPARE(role(model, i, "canRetry").toBool(), kRefusals.at(i).canRetry);
        QVERIFY(!role(model, i, "when").toString().isEmpty());
    }
    QCOMPARE(role(model, 0, "attempted").toString(), u"Changed “Case status” to “closed”"_s);
    QCOMPARE(role(model, 0, "fieldTitle").toString(), u"Case status"_s);
    QCOMPARE(role(model, 0, "reasonText").toString(), u"Your role may not change “Case status”."_s);
    QCOMPARE(role(model, 1, "reasonText").toString(), u"This case is no longer assigned or referred to you."_s);
    QCOMPARE(role(model, 2, "reasonText").toString(), u"The value of “Notes” is not valid."_s);
    QCOMPARE(role(model, 3, "attempted").toString(), u"Changed “Address” to “Abai street 12”"_s);
}

void tst_RejectedChangesModel::reasonsAreDistinctPlainWords()
{
    QSet<QString> seen;
    for (const QString &code : {u"forbidden"_s, u"out_of_scope"_s, u"invalid"_s, u"unknown_entity"_s,
                                u"duplicate"_s, u"append_only"_s, u"stale_command"_s, u"something_new"_s}) {
        const QString text = ConflictText::reasonText(code, QString());
        QVERIFY(!text.isEmpty());
        QVERIFY2(!text.contains(u'_'), qPrintable(code));  // words, never the code
        seen.insert(text);
    }
    QCOMPARE(seen.size(), 8);
}

void tst_RejectedChangesModel::noIinInAnyRow()
{
    RejectedChangesModel model;
    QVERIFY(AppTest::waitFor([&] { return model.count() == kRefusals.size(); }));
    const QList<QByteArray> roles = model.roleNames().values();
    for (int i = 0; i < model.count(); ++i) {
        for (const QByteArray &name : roles)
            QVERIFY2(!role(model, i, name).toString().contains(u"900101300123"_s), name.constData());
    }
}

void tst_RejectedChangesModel::discardedChangeLeavesByRowRemoval()
{
    RejectedChangesModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(AppTest::waitFor([&] { return model.count() == kRefusals.size(); }));
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

    RejectedChangesController controller;
    QSignalSpy done(&controller, &RejectedChangesController::succeeded);
    controller.discard(m_seqs.at(2));
    QVERIFY(done.wait());
    QVERIFY(AppTest::waitFor([&] { return model.count() == kRefusals.size() - 1; }));
    QCOMPARE(removed.size(), 1);
    QCOMPARE(removed.at(0).at(1).toInt(), 2);
    QCOMPARE(reset.size(), 0);
    QCOMPARE(role(model, 2, "deviceSeq").toLongLong(), m_seqs.at(3));
}

void tst_RejectedChangesModel::fixtureRefusesAnEditThatChangesNothing()
{
    m_session->session().worker()->runBlocking([&](CoreContext &ctx) {
        const qint64 ops = ctx.db.scalar(u"SELECT count(*) FROM outbox"_s).value().toLongLong();
        const QString address = ctx.writes.get(u"Person"_s, m_personId).value().fields.value(u"residenceAddress"_s).toString();
        auto seq = ConflictFixtures::addRejectedPatch(ctx, u"Person"_s, m_personId, {{u"residenceAddress"_s, address}},
                                                      u"invalid"_s);
        QVERIFY(!seq.ok());
        QCOMPARE(seq.code(), Error::Invalid);
        QCOMPARE(ctx.db.scalar(u"SELECT count(*) FROM outbox"_s).value().toLongLong(), ops);
    });
}

void tst_RejectedChangesModel::sendAgainOnlyForAnEditThatMayPass()
{
    // Core resends only a refused edit (WriteService::retryRejected); a create, command or restore
    // is never offered, whatever the reason.
    for (const QString &kind : {u"create"_s, u"command"_s, u"restore"_s})
        for (const QString &code : {u"invalid"_s, u"duplicate"_s, u"stale_command"_s, u"something_new"_s})
            QVERIFY2(!RejectedChangesModel::canRetry(kind, code), qPrintable(kind + u' ' + code));
    QVERIFY(RejectedChangesModel::canRetry(u"patch"_s, u"something_new"_s));
    QVERIFY(!RejectedChangesModel::canRetry(u"patch"_s, u"forbidden"_s));
    QVERIFY(!RejectedChangesModel::canRetry(u"patch"_s, u"out_of_scope"_s));
}

void tst_RejectedChangesModel::sentAgainChangeLeavesAndWaitsForUpload()
{
    RejectedChangesModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(AppTest::waitFor([&] { return model.count() == kRefusals.size(); }));
    qint64 pending = -1;
    const auto countPending = [&] {
        m_session->session().worker()->runBlocking([&](CoreContext &ctx) {
            pending = ctx.db.scalar(u"SELECT count(*) FROM outbox WHERE state = 'pending'"_s).value().toLongLong();
        });
        return pending;
    };
    const qint64 before = countPending();
    RejectedChangesController controller;
    QSignalSpy done(&controller, &RejectedChangesController::succeeded);
    controller.retry(m_seqs.at(2)); // invalid: offered
    QVERIFY(done.wait());
    QVERIFY(AppTest::waitFor([&] { return model.count() == kRefusals.size() - 1; }));
    QCOMPARE(role(model, 2, "deviceSeq").toLongLong(), m_seqs.at(3));
    QCOMPARE(countPending(), before + 1);
}

QTEST_MAIN(tst_RejectedChangesModel)
#include "tst_rejectedchangesmodel.moc"
