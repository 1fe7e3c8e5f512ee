// Timeline: one person's case by date — order events, suspensions, Art. 172 p9 obligations with
// their status, check-ins (an amended one once), sessions, measures, referrals, reviews and
// alerts — ids, kinds, codes and dates only, and nobody else's records.
#include "casework/timeline.h"
#include "store/database.h"
#include "store/recordstore.h"
#include "testsupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Qadam;

namespace {

const QString kPerson = u"018f0000-0000-7000-8000-000000000001"_s;
const QString kOther = u"018f0000-0000-7000-8000-000000000002"_s;
const QString kOrder = u"018f0000-0000-7000-8000-000000000011"_s;

/** Ids in the order the rows are seeded, so same-day entries of one kind sort predictably. */
QString idNumber(int n)
{
    return u"018f0000-0000-7000-8000-%1"_s.arg(n, 12, 10, QChar(u'0'));
}

QString describe(const TimelineEntry &e)
{
    QStringList parts = { e.date.toString(Qt::ISODate), timelineKindName(e.kind), e.event };
    if (e.kind == TimelineKind::Obligation)
        parts << channelName(e.obligation.channel);
    if (!e.state.isEmpty())
        parts << e.state;
    return parts.join(u' ');
}

} // namespace

class tst_Timeline : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void wholeCaseInDateOrder();
    void entriesCarryIdsNotContent();
    void personWithoutRecordsHasAnEmptyTimeline();

private:
    void seed(const QString &entity, const QString &id, const QVariantMap &fields);

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    int m_next = 100;
};

void tst_Timeline::seed(const QString &entity, const QString &id, const QVariantMap &fields)
{
    Record r;
    r.id = id.isEmpty() ? idNumber(++m_next) : id;
    r.version = 1;
    r.createdBy = r.updatedBy = r.originDevice = u"seed"_s;
    r.fields = fields;
    const Status s = RecordStore(*m_db).insert(*Schema::builtIn().entity(entity), r);
    QVERIFY2(s.ok(), qPrintable(s.ok() ? QString() : s.error().detail));
}

void tst_Timeline::initTestCase()
{
    m_db = Test::openMigrated(m_dir.filePath(u"timeline.db"_s));
    QVERIFY(m_db);
    const QVariantMap person = { { u"personId"_s, kPerson } };
    const auto with = [&](QVariantMap fields) {
        fields.insert(person);
        return fields;
    };
    seed(u"SupervisionOrder"_s, kOrder,
        with({ { u"decisionNumber"_s, u"2-123/2026"_s }, { u"startsOn"_s, u"2026-04-01"_s },
            { u"endsOn"_s, u"2026-06-30"_s }, { u"status"_s, u"in_force"_s } }));
    seed(u"OrderStatusChange"_s, {},
        with({ { u"orderId"_s, kOrder }, { u"fromStatus"_s, u"draft"_s }, { u"toStatus"_s, u"in_force"_s },
            { u"effectiveOn"_s, u"2026-04-01"_s } }));
    seed(u"OrderSuspension"_s, {},
        with({ { u"orderId"_s, kOrder }, { u"reason"_s, u"hospital"_s }, { u"startsOn"_s, u"2026-05-04"_s },
            { u"endsOn"_s, u"2026-05-06"_s }, { u"note"_s, u"Ward 3"_s } }));
    seed(u"CheckIn"_s, {},
        with({ { u"orderId"_s, kOrder }, { u"channel"_s, u"police"_s }, { u"dueOn"_s, u"2026-04-30"_s },
            { u"outcome"_s, u"attended"_s }, { u"occurredOn"_s, u"2026-04-10"_s },
            { u"preventiveConversationNote"_s, u"Talked about work"_s } }));
    const QString original = idNumber(50);
    seed(u"CheckIn"_s, original,
        with({ { u"orderId"_s, kOrder }, { u"channel"_s, u"probation"_s }, { u"dueOn"_s, u"2026-04-30"_s },
            { u"outcome"_s, u"attended"_s }, { u"occurredOn"_s, u"2026-04-28"_s } }));
    seed(u"CheckIn"_s, {},
        with({ { u"orderId"_s, kOrder }, { u"channel"_s, u"probation"_s }, { u"dueOn"_s, u"2026-04-30"_s },
            { u"outcome"_s, u"attended"_s }, { u"occurredOn"_s, u"2026-04-29"_s },
            { u"amendsId"_s, original } }));
    seed(u"CounsellingSession"_s, {},
        with({ { u"occurredOn"_s, u"2026-04-15"_s }, { u"mode"_s, u"face_to_face"_s },
            { u"notesObservations"_s, u"Calm"_s } }));
    seed(u"ProgrammeMeasure"_s, {}, with({ { u"dueOn"_s, u"2026-05-15"_s }, { u"status"_s, u"planned"_s } }));
    seed(u"Referral"_s, {},
        with({ { u"termStart"_s, u"2026-04-12"_s }, { u"termEnd"_s, u"2026-07-12"_s },
            { u"status"_s, u"active"_s }, { u"reason"_s, u"Theology"_s } }));
    seed(u"ProgressReview"_s, {},
        with({ { u"periodStart"_s, u"2026-02-01"_s }, { u"periodEnd"_s, u"2026-04-30"_s } }));
    seed(u"Alert"_s, {},
        with({ { u"kind"_s, u"missed_check_in"_s }, { u"severity"_s, u"warning"_s },
            { u"status"_s, u"open"_s }, { u"raisedOn"_s, u"2026-05-04"_s } }));
    // Someone else's case: none of it may appear.
    seed(u"CheckIn"_s, {},
        { { u"personId"_s, kOther }, { u"channel"_s, u"police"_s }, { u"dueOn"_s, u"2026-04-30"_s },
            { u"outcome"_s, u"missed"_s } });
    seed(u"Alert"_s, {},
        { { u"personId"_s, kOther }, { u"kind"_s, u"risk_signal"_s }, { u"severity"_s, u"urgent"_s },
            { u"status"_s, u"open"_s }, { u"raisedOn"_s, u"2026-05-05"_s } });
}

void tst_Timeline::cleanupTestCase()
{
    m_db.reset();
}

void tst_Timeline::wholeCaseInDateOrder()
{
    Timeline timeline(*m_db, ObligationEngine(WorkCalendar::builtIn().value()));
    auto entries = timeline.forPerson(kPerson, QDate(2026, 5, 20));
    QVERIFY(entries.ok());
    QStringList got;
    for (const TimelineEntry &e : entries.value())
        got << describe(e);
    const QStringList expected = {
        u"2026-04-01 order starts in_force"_s,
        u"2026-04-01 order status_change in_force"_s,
        u"2026-04-10 check_in police attended"_s,
        u"2026-04-12 referral term_starts active"_s,
        u"2026-04-15 session held"_s,
        u"2026-04-29 check_in probation attended"_s,
        u"2026-04-30 obligation due police attended"_s,
        u"2026-04-30 obligation due probation attended"_s,
        u"2026-04-30 review period_ends"_s,
        u"2026-05-04 suspension starts hospital"_s,
        u"2026-05-04 alert missed_check_in open"_s,
        u"2026-05-06 suspension ends hospital"_s,
        u"2026-05-15 measure due planned"_s,
        u"2026-05-29 obligation due police open"_s,
        u"2026-05-29 obligation due probation open"_s,
        u"2026-06-30 order ends in_force"_s,
        u"2026-06-30 obligation due police upcoming"_s,
        u"2026-06-30 obligation due probation upcoming"_s,
        u"2026-07-12 referral term_ends active"_s,
    };
    QCOMPARE(got, expected);
}

void tst_Timeline::entriesCarryIdsNotContent()
{
    Timeline timeline(*m_db, ObligationEngine(WorkCalendar::builtIn().value()));
    const QList<TimelineEntry> entries = timeline.forPerson(kPerson, QDate(2026, 5, 20)).value();
    for (const TimelineEntry &e : entries) {
        if (e.kind == TimelineKind::Obligation) {
            QVERIFY(e.recordId.isEmpty());
            QCOMPARE(e.obligation.orderId, kOrder);
            continue;
        }
        QVERIFY2(!e.recordId.isEmpty() && !e.entity.isEmpty(), qPrintable(describe(e)));
        for (const QString &content : { u"Ward 3"_s, u"Talked about work"_s, u"Calm"_s, u"Theology"_s })
            QVERIFY(!e.event.contains(content) && !e.state.contains(content));
    }
    // The probation appearance links the record that satisfied it: the amendment, not the original.
    const auto april = std::find_if(entries.cbegin(), entries.cend(), [](const TimelineEntry &e) {
        return e.kind == TimelineKind::Obligation && e.obligation.channel == Channel::Probation;
    });
    QVERIFY(april != entries.cend());
    QCOMPARE(april->obligation.attendedOn, QDate(2026, 4, 29));
}

void tst_Timeline::personWithoutRecordsHasAnEmptyTimeline()
{
    Timeline timeline(*m_db, ObligationEngine(WorkCalendar::builtIn().value()));
    auto entries = timeline.forPerson(u"018f0000-0000-7000-8000-000000000099"_s, QDate(2026, 5, 20));
    QVERIFY(entries.ok());
    QVERIFY(entries.value().isEmpty());
}

QTEST_GUILESS_MAIN(tst_Timeline)
#include "tst_timeline.moc"
