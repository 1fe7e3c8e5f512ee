// Tests for Qadam::ReviewSchedule: when a person's next progress review is due — from the order's
// start, the last signed review's period, or the date its sign-off scheduled — and what the cycle
// stands at (a written review awaiting sign-off).
#include "casework/reviewschedule.h"
#include "domain/schema.h"
#include "store/database.h"
#include "store/recordstore.h"
#include "testsupport.h"
#include "util/uuid.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Qadam;

class tst_ReviewSchedule : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void dueDates_data();
    void dueDates();
    void openReviewKeepsThePersonDue();
    void onlyPeopleAskedForWithALiveOrder();

private:
    QString put(const QString &entity, const QVariantMap &fields, const QString &amends = {});
    QString person(const QString &startsOn, const QString &status = u"in_force"_s);

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    qint64 m_hlc = 0;
};

QString tst_ReviewSchedule::put(const QString &entity, const QVariantMap &fields, const QString &amends)
{
    Record r;
    r.id = newUuidV7(1'780'000'000'000 + ++m_hlc);
    r.version = 1;
    r.hlc = m_hlc;
    r.createdBy = r.updatedBy = r.originDevice = u"fixture"_s;
    r.fields = fields;
    if (!amends.isEmpty())
        r.fields.insert(u"amendsId"_s, amends);
    if (!RecordStore(*m_db).insert(*Schema::builtIn().entity(entity), r).ok())
        QTest::qFail("fixture insert failed", __FILE__, __LINE__);
    return r.id;
}

QString tst_ReviewSchedule::person(const QString &startsOn, const QString &status)
{
    const QString id = put(u"Person"_s, { { u"surnameLat"_s, u"Testov"_s }, { u"caseStatus"_s, u"active"_s } });
    put(u"SupervisionOrder"_s, { { u"personId"_s, id }, { u"startsOn"_s, startsOn }, { u"status"_s, status } });
    return id;
}

void tst_ReviewSchedule::init()
{
    m_db = Test::openMigrated(m_dir.filePath(u"schedule-%1.db"_s.arg(++m_hlc)));
    QVERIFY(m_db);
}

void tst_ReviewSchedule::cleanup()
{
    m_db.reset();
}

void tst_ReviewSchedule::dueDates_data()
{
    QTest::addColumn<QString>("signedPeriodEnd"); // empty: no review yet
    QTest::addColumn<QString>("nextReviewOn");    // what the sign-off scheduled, if anything
    QTest::addColumn<QDate>("dueOn");
    QTest::addColumn<QDate>("periodStart");
    QTest::newRow("no review: three months after the order's start")
        << QString() << QString() << QDate(2026, 4, 10) << QDate(2026, 1, 10);
    QTest::newRow("signed, nothing scheduled: three months after its period")
        << u"2026-03-31"_s << QString() << QDate(2026, 6, 30) << QDate(2026, 4, 1);
    QTest::newRow("signed with a date: that date")
        << u"2026-03-31"_s << u"2026-05-15"_s << QDate(2026, 5, 15) << QDate(2026, 4, 1);
    QTest::newRow("month end: the last day of a shorter month")
        << u"2025-11-30"_s << QString() << QDate(2026, 2, 28) << QDate(2025, 12, 1);
}

void tst_ReviewSchedule::dueDates()
{
    QFETCH(QString, signedPeriodEnd);
    QFETCH(QString, nextReviewOn);
    QFETCH(QDate, dueOn);
    QFETCH(QDate, periodStart);
    const QString id = person(u"2026-01-10"_s);
    QString reviewId;
    if (!signedPeriodEnd.isEmpty()) {
        QVariantMap f { { u"personId"_s, id }, { u"periodStart"_s, u"2025-06-01"_s },
            { u"periodEnd"_s, signedPeriodEnd } };
        const QString original = put(u"ProgressReview"_s, f);
        f.insert({ { u"signedOffBy"_s, u"018f0000-0000-7000-8000-000000000005"_s }, { u"signedOffAt"_s, 1 } });
        if (!nextReviewOn.isEmpty())
            f.insert(u"nextReviewOn"_s, nextReviewOn);
        reviewId = put(u"ProgressReview"_s, f, original); // the sign-off amends the original
    }
    auto due = ReviewSchedule::forPerson(*m_db, id);
    QVERIFY(due.ok());
    QCOMPARE(due.value().dueOn, dueOn);
    QCOMPARE(due.value().periodStart, periodStart);
    QCOMPARE(due.value().lastReviewId, reviewId);
    QVERIFY(due.value().openReviewId.isEmpty());
    // Due on the day, not the day before.
    QCOMPARE(ReviewSchedule::dueBy(*m_db, dueOn.addDays(-1), { id }).value().size(), 0);
    QCOMPARE(ReviewSchedule::dueBy(*m_db, dueOn, { id }).value().size(), 1);
}

void tst_ReviewSchedule::openReviewKeepsThePersonDue()
{
    const QString id = person(u"2025-06-01"_s);
    const QString signedReview = put(u"ProgressReview"_s,
        { { u"personId"_s, id }, { u"periodStart"_s, u"2025-06-01"_s }, { u"periodEnd"_s, u"2025-12-31"_s },
            { u"signedOffBy"_s, u"018f0000-0000-7000-8000-000000000005"_s }, { u"signedOffAt"_s, 1 } });
    const QString open = put(u"ProgressReview"_s,
        { { u"personId"_s, id }, { u"periodStart"_s, u"2026-01-01"_s }, { u"periodEnd"_s, u"2026-03-31"_s } });
    auto due = ReviewSchedule::dueBy(*m_db, QDate(2026, 5, 28), { id });
    QVERIFY(due.ok());
    QCOMPARE(due.value().size(), 1);
    QCOMPARE(due.value().at(0).dueOn, QDate(2026, 3, 31));
    QCOMPARE(due.value().at(0).lastReviewId, signedReview);
    QCOMPARE(due.value().at(0).openReviewId, open);
    // Its sign-off (an amendment scheduling August) ends the cycle: no longer due in May.
    put(u"ProgressReview"_s,
        { { u"personId"_s, id }, { u"periodStart"_s, u"2026-01-01"_s }, { u"periodEnd"_s, u"2026-03-31"_s },
            { u"signedOffBy"_s, u"018f0000-0000-7000-8000-000000000005"_s }, { u"signedOffAt"_s, 2 },
            { u"nextReviewOn"_s, u"2026-08-31"_s } },
        open);
    QCOMPARE(ReviewSchedule::dueBy(*m_db, QDate(2026, 5, 28), { id }).value().size(), 0);
    auto after = ReviewSchedule::forPerson(*m_db, id);
    QCOMPARE(after.value().dueOn, QDate(2026, 8, 31));
    QVERIFY(after.value().openReviewId.isEmpty());
    QCOMPARE(after.value().periodStart, QDate(2026, 4, 1));
}

void tst_ReviewSchedule::onlyPeopleAskedForWithALiveOrder()
{
    const QString a = person(u"2025-01-01"_s);
    const QString b = person(u"2025-02-01"_s, u"suspended"_s);
    const QString ended = person(u"2025-01-01"_s, u"terminated"_s);
    const QString notAsked = person(u"2025-01-01"_s);
    auto due = ReviewSchedule::dueBy(*m_db, QDate(2026, 5, 28), { a, b, ended });
    QVERIFY(due.ok());
    QCOMPARE(due.value().size(), 2);
    QCOMPARE(due.value().at(0).personId, a); // earliest due first
    QCOMPARE(due.value().at(1).personId, b);
    QVERIFY(notAsked != a);
    QCOMPARE(ReviewSchedule::forPerson(*m_db, ended).code(), Error::NotFound);
}

QTEST_GUILESS_MAIN(tst_ReviewSchedule)
#include "tst_reviewschedule.moc"
