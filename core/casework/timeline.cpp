// A person's timeline: one query per record kind (by person_id, each table has that index), the
// Art. 172 p9 obligations computed by the engine, merged and sorted by date.
#include "timeline.h"

#include "obligationloader.h"
#include "store/database.h"

#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Qadam {

namespace {

/** A date column (an SQL expression over the table's columns) and the event it marks. */
struct DatedColumn
{
    QString expression;
    QString event;
};

/** Where one record kind's entries come from. Table, columns and expressions are constants. */
struct Source
{
    TimelineKind kind;
    QString entity;
    QString table;
    QList<DatedColumn> dates;
    QString state; ///< column with the state code; empty for none
    QString event; ///< column that names the event instead of DatedColumn::event
    bool amendable = false; ///< append-only with amendments: an amended record is left out
};

const QList<Source> &sources()
{
    static const QList<Source> list = {
        { TimelineKind::Order, u"SupervisionOrder"_s, u"supervision_order"_s,
            { { u"starts_on"_s, u"starts"_s }, { u"ends_on"_s, u"ends"_s },
                { u"terminated_on"_s, u"terminated"_s } },
            u"status"_s, {} },
        { TimelineKind::Order, u"OrderStatusChange"_s, u"order_status_change"_s,
            { { u"effective_on"_s, u"status_change"_s } }, u"to_status"_s, {}, true },
        { TimelineKind::Suspension, u"OrderSuspension"_s, u"order_suspension"_s,
            { { u"starts_on"_s, u"starts"_s }, { u"ends_on"_s, u"ends"_s } }, u"reason"_s, {} },
        { TimelineKind::CheckIn, u"CheckIn"_s, u"check_in"_s, { { u"coalesce(occurred_on, due_on)"_s, {} } },
            u"outcome"_s, u"channel"_s, true },
        { TimelineKind::Session, u"CounsellingSession"_s, u"counselling_session"_s,
            { { u"occurred_on"_s, u"held"_s } }, {}, {}, true },
        { TimelineKind::Measure, u"ProgrammeMeasure"_s, u"programme_measure"_s,
            { { u"due_on"_s, u"due"_s }, { u"delivered_on"_s, u"delivered"_s } }, u"status"_s, {} },
        { TimelineKind::Referral, u"Referral"_s, u"referral"_s,
            { { u"term_start"_s, u"term_starts"_s }, { u"term_end"_s, u"term_ends"_s } }, u"status"_s, {} },
        { TimelineKind::Review, u"ProgressReview"_s, u"progress_review"_s,
            { { u"period_end"_s, u"period_ends"_s } }, {}, {}, true },
        { TimelineKind::Alert, u"Alert"_s, u"alert"_s, { { u"raised_on"_s, {} } }, u"status"_s, u"kind"_s },
    };
    return list;
}

QString sqlFor(const Source &source)
{
    QStringList columns = { u"id"_s, source.state.isEmpty() ? u"NULL"_s : source.state,
        source.event.isEmpty() ? u"NULL"_s : source.event, source.amendable ? u"amends_id"_s : u"NULL"_s };
    for (const DatedColumn &d : source.dates)
        columns << d.expression;
    return u"SELECT %1 FROM %2 WHERE person_id = ?1"_s.arg(columns.join(u", "_s), source.table);
}

/** Appends one source's entries for the person. */
Status appendSource(Database &db, const Source &source, const QString &personId, QList<TimelineEntry> &out)
{
    auto stmt = db.cached(sqlFor(source));
    if (!stmt.ok())
        return stmt.error();
    Statement &s = stmt.value();
    s.bind(1, personId);
    const qsizetype begin = out.size();
    QSet<QString> amended;
    while (true) {
        auto more = s.step();
        if (!more.ok())
            return more.error();
        if (!more.value())
            break;
        if (!s.isNull(3))
            amended.insert(s.text(3));
        for (int i = 0; i < source.dates.size(); ++i) {
            const QDate date = QDate::fromString(s.text(4 + i), Qt::ISODate);
            if (date.isValid())
                out.append({ date, source.kind, source.event.isEmpty() ? source.dates.at(i).event : s.text(2),
                    source.entity, s.text(0), s.text(1), {} });
        }
    }
    if (!amended.isEmpty())
        out.erase(std::remove_if(out.begin() + begin, out.end(),
                      [&](const TimelineEntry &e) { return amended.contains(e.recordId); }),
            out.end());
    return {};
}

} // namespace

QString timelineKindName(TimelineKind kind)
{
    static const QStringList names = { u"order"_s, u"suspension"_s, u"obligation"_s, u"check_in"_s,
        u"session"_s, u"measure"_s, u"referral"_s, u"review"_s, u"alert"_s };
    return names.at(int(kind));
}

Result<QList<TimelineEntry>> Timeline::forPerson(const QString &personId, QDate today)
{
    QList<TimelineEntry> out;
    for (const Source &source : sources())
        if (Status s = appendSource(m_db, source, personId, out); !s.ok())
            return s.error();
    auto orders = ObligationLoader(m_db).person(personId);
    if (!orders.ok())
        return orders.error();
    for (const DeadlineInputs &inputs : orders.value())
        for (Obligation &o : m_engine.compute(inputs, today))
            out.append(
                { o.dueOn, TimelineKind::Obligation, u"due"_s, {}, {}, statusName(o.status), std::move(o) });
    std::stable_sort(out.begin(), out.end(), [](const TimelineEntry &a, const TimelineEntry &b) {
        if (a.date != b.date)
            return a.date < b.date;
        if (a.kind != b.kind)
            return a.kind < b.kind;
        return a.recordId < b.recordId;
    });
    return out;
}

} // namespace Qadam
