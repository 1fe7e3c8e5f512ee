// The schedule of progress reviews: when each person's next review is due.
#include "reviewschedule.h"

#include "progressreview.h"
#include "store/database.h"

#include <QHash>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Qadam {

namespace {

/** People with an order in force, suspended or extended, and the earliest such order's start. */
const QString kLiveOrders = u"SELECT person_id, min(starts_on) FROM supervision_order WHERE status IN "
                            u"('in_force', 'suspended', 'extended') AND (?1 = '' OR person_id = ?1) GROUP BY person_id"_s;
/** Review heads (no record amends them), signed or not, latest period last. */
const QString kHeads = u"SELECT id, person_id, period_end, next_review_on, signed_off_by FROM progress_review "
                       u"AS t WHERE (?1 = '' OR person_id = ?1) AND NOT EXISTS (SELECT 1 FROM progress_review AS a "
                       u"WHERE a.amends_id = t.id) ORDER BY period_end, hlc"_s;

QDate dateOf(const QVariant &v)
{
    return QDate::fromString(v.toString(), Qt::ISODate);
}

/** Runs `sql` (?1: one person, or '' for all) and calls `row` with each row's columns as text. */
template<typename RowFn>
Status eachRow(Database &db, const QString &sql, const QString &person, int columns, RowFn row)
{
    auto stmt = db.prepare(sql);
    if (!stmt.ok())
        return stmt.error();
    stmt.value().bind(1, person);
    for (;;) {
        auto more = stmt.value().step();
        if (!more.ok())
            return more.error();
        if (!more.value())
            return {};
        QVariantList values;
        for (int c = 0; c < columns; ++c)
            values << stmt.value().text(c);
        row(values);
    }
}

/** Folds the review heads, oldest period first, into the schedule of the people of `due`. */
void applyHeads(const QVariantList &head, QHash<QString, ReviewDue> &due)
{
    auto it = due.find(head.at(1).toString());
    if (it == due.end())
        return;
    const QDate end = dateOf(head.at(2));
    if (head.at(4).toString().isEmpty()) {
        it->openReviewId = head.at(0).toString();
        return;
    }
    const QDate next = dateOf(head.at(3));
    it->lastReviewId = head.at(0).toString();
    it->lastPeriodEnd = end;
    it->periodStart = end.addDays(1);
    it->dueOn = next.isValid() ? next : end.addMonths(ReviewSchedule::intervalMonths());
    it->openReviewId.clear(); // an unsigned review before the last signed one is not open any more
}

} // namespace

int ReviewSchedule::intervalMonths()
{
    const int months = ProgressReviewService::scales()
                           .value(u"schedule"_s)
                           .toObject()
                           .value(u"intervalMonths"_s)
                           .toInt();
    return months > 0 ? months : 3;
}

Result<QList<ReviewDue>> ReviewSchedule::of(Database &db, const QSet<QString> &people)
{
    // One person: let SQLite use the person indexes; many: one pass over each table.
    const QString one = people.size() == 1 ? *people.cbegin() : QString();
    QHash<QString, ReviewDue> due;
    Status s = eachRow(db, kLiveOrders, one, 2, [&](const QVariantList &r) {
        const QString person = r.at(0).toString();
        const QDate start = dateOf(r.at(1));
        if (people.contains(person) && start.isValid())
            due.insert(person, ReviewDue { person, start.addMonths(intervalMonths()), {}, {}, {}, start });
    });
    if (s.ok())
        s = eachRow(db, kHeads, one, 5, [&](const QVariantList &r) { applyHeads(r, due); });
    if (!s.ok())
        return s.error();
    QList<ReviewDue> out = due.values();
    std::sort(out.begin(), out.end(), [](const ReviewDue &a, const ReviewDue &b) {
        return a.dueOn != b.dueOn ? a.dueOn < b.dueOn : a.personId < b.personId;
    });
    return out;
}

Result<QList<ReviewDue>> ReviewSchedule::dueBy(Database &db, const QDate &asOf, const QSet<QString> &people)
{
    auto all = of(db, people);
    if (!all.ok())
        return all.error();
    QList<ReviewDue> out;
    for (const ReviewDue &d : std::as_const(all.value()))
        if (d.dueOn <= asOf)
            out << d;
    return out;
}

Result<ReviewDue> ReviewSchedule::forPerson(Database &db, const QString &personId)
{
    auto all = of(db, { personId });
    if (!all.ok())
        return all.error();
    if (all.value().isEmpty())
        return Error::make(Error::NotFound, u"no order in force"_s);
    return all.value().constFirst();
}

} // namespace Qadam
