// The caseload, loaded and queried on the store thread.
#include "caseloadsnapshot.h"

#include "caseloadrecords.h"
#include "casework/casescope.h"
#include "storeworker.h"

#include "casework/obligationtext.h"
#include "search/nameindex.h"
#include "store/database.h"

#include <QMap>
#include <QSet>

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace Qadam {

namespace {

/** Enough for any caseload: the name search is narrowed to the scope afterwards. */
constexpr int kSearchLimit = 1'000'000;

struct AlertCount
{
    int open = 0;
    bool urgent = false;
};

Result<QHash<QString, AlertCount>> openAlerts(Database &db)
{
    auto stmt = db.cached(u"SELECT person_id, count(*), max(severity = 'urgent') FROM alert "
                          u"WHERE status IN ('open', 'acknowledged') GROUP BY person_id"_s);
    if (!stmt.ok())
        return stmt.error();
    QHash<QString, AlertCount> out;
    while (true) {
        auto row = stmt.value().step();
        if (!row.ok())
            return row.error();
        if (!row.value())
            return out;
        out.insert(stmt.value().text(0), { int(stmt.value().integer(1)), stmt.value().integer(2) != 0 });
    }
}

/** The appearance each person has to act on first: the earliest overdue one, else the
 *  earliest still to come; and whether any falls due soon. */
struct NextDue
{
    QDate date;
    bool overdue = false;
    bool dueSoon = false;
};

QHash<QString, NextDue> nextDue(const QList<Obligation> &obligations, const QDate &today)
{
    QHash<QString, NextDue> out;
    for (const Obligation &o : obligations) {
        NextDue &n = out[o.personId];
        n.dueSoon |= o.status == ObligationStatus::DueSoon;
        const bool overdue = CaseloadRecords::needsAction(o, today);
        const bool coming = o.status == ObligationStatus::DueSoon || o.status == ObligationStatus::Open
            || o.status == ObligationStatus::Upcoming;
        if (!overdue && !coming)
            continue;
        if ((overdue && !n.overdue) || (overdue == n.overdue && (!n.date.isValid() || o.dueOn < n.date))) {
            n.date = o.dueOn;
            n.overdue = overdue;
        }
    }
    return out;
}

QVariantList options(const QMap<QString, QString> &byLabel, const QString &all)
{
    QVariantList out { QVariantMap { { u"value"_s, QString() }, { u"label"_s, all } } };
    for (auto it = byLabel.cbegin(); it != byLabel.cend(); ++it)
        out << QVariantMap { { u"value"_s, it.value() }, { u"label"_s, it.key() } };
    return out;
}

CaseloadEntry entryFor(const PersonSummary &p, const NextDue &due, const AlertCount &alerts,
    const QString &regionCode, const QString &regionText, const QString &language)
{
    CaseloadEntry e;
    e.id = p.id;
    e.name = p.primaryName;
    e.altName = p.secondaryName;
    e.sortName = NameIndex::fold(p.primaryName);
    e.categories = p.categories;
    QStringList labels;
    for (const QString &c : p.categories)
        labels << CaseloadRecords::categoryLabel(c);
    e.categoryText = labels.join(u", "_s);
    e.caseStatus = p.caseStatus;
    e.caseStatusText = CaseloadRecords::caseStatusLabel(p.caseStatus);
    e.region = regionCode;
    e.regionText = regionText;
    e.nextDue = due.date;
    e.overdue = due.overdue;
    const QString when = ObligationText::date(due.date, language);
    e.nextDueText = !due.date.isValid() ? CaseloadSnapshots::tr("No appearance due")
        : due.overdue                   ? CaseloadSnapshots::tr("Appearance overdue since %1").arg(when)
                                        : CaseloadSnapshots::tr("Next appearance %1").arg(when);
    e.openAlerts = alerts.open;
    e.priority = due.overdue || alerts.urgent      ? CaseloadEntry::Priority::NeedsAttention
        : due.dueSoon || alerts.open > 0           ? CaseloadEntry::Priority::FollowUpSoon
                                                   : CaseloadEntry::Priority::OnTrack;
    return e;
}

void fillOptions(CaseloadSnapshot &s)
{
    QMap<QString, QString> categories, statuses, regions; // label → code, sorted by label
    for (const CaseloadEntry &e : std::as_const(s.entries)) {
        for (const QString &c : e.categories)
            categories.insert(CaseloadRecords::categoryLabel(c), c);
        if (!e.caseStatus.isEmpty())
            statuses.insert(e.caseStatusText, e.caseStatus);
        if (!e.region.isEmpty())
            regions.insert(e.regionText.isEmpty() ? e.region : e.regionText, e.region);
    }
    s.categoryOptions = options(categories, CaseloadSnapshots::tr("All categories"));
    s.statusOptions = options(statuses, CaseloadSnapshots::tr("Any status"));
    s.regionOptions = options(regions, CaseloadSnapshots::tr("All regions"));
}

bool byName(const CaseloadEntry &a, const CaseloadEntry &b)
{
    return a.sortName != b.sortName ? a.sortName < b.sortName : a.id < b.id;
}

bool byNextDue(const CaseloadEntry &a, const CaseloadEntry &b)
{
    if (a.nextDue == b.nextDue)
        return byName(a, b);
    if (!a.nextDue.isValid() || !b.nextDue.isValid())
        return a.nextDue.isValid(); // nothing due goes last
    return a.nextDue < b.nextDue;
}

bool byPriority(const CaseloadEntry &a, const CaseloadEntry &b)
{
    return a.priority != b.priority ? a.priority < b.priority : byNextDue(a, b);
}

} // namespace

Result<std::shared_ptr<const CaseloadSnapshot>> CaseloadSnapshots::load(CoreContext &ctx, const QString &language)
{
    auto scope = CaseScope::personIds(ctx.db, ctx.actor, ctx.today);
    if (!scope.ok())
        return scope.error();
    auto people = CaseloadRecords::people(ctx.db, scope.value(), language);
    auto obligations = CaseloadRecords::obligations(ctx.db, scope.value(), ctx.today);
    auto alerts = openAlerts(ctx.db);
    auto regionOf = CaseloadRecords::regionOf(ctx.db);
    auto regionNames = CaseloadRecords::labels(ctx.db, u"territory"_s, language, ctx.today);
    for (const Status &s : { Status::of(people), Status::of(obligations), Status::of(alerts),
             Status::of(regionOf), Status::of(regionNames) })
        if (!s.ok())
            return s.error();
    const QHash<QString, NextDue> due = nextDue(obligations.value(), ctx.today);
    auto snapshot = std::make_shared<CaseloadSnapshot>();
    snapshot->entries.reserve(people.value().size());
    for (const PersonSummary &p : std::as_const(people.value())) {
        const QString region = regionOf.value().value(p.territory, p.territory);
        snapshot->entries.append(entryFor(p, due.value(p.id), alerts.value().value(p.id), region,
            regionNames.value().value(region), language));
    }
    fillOptions(*snapshot);
    return std::shared_ptr<const CaseloadSnapshot>(std::move(snapshot));
}

Result<QList<int>> CaseloadSnapshots::query(Database &db, const CaseloadSnapshot &snapshot, const CaseloadQuery &q)
{
    std::optional<QSet<QString>> named;
    if (!q.text.trimmed().isEmpty()) {
        auto found = NameIndex::search(db, q.text, kSearchLimit);
        if (!found.ok())
            return found.error();
        named = QSet<QString>(found.value().cbegin(), found.value().cend());
    }
    QList<int> out;
    for (qsizetype i = 0; i < snapshot.entries.size(); ++i) {
        const CaseloadEntry &e = snapshot.entries.at(i);
        if ((named && !named->contains(e.id)) || (!q.category.isEmpty() && !e.categories.contains(q.category))
            || (!q.status.isEmpty() && e.caseStatus != q.status) || (!q.region.isEmpty() && e.region != q.region)
            || (q.overdueOnly && !e.overdue))
            continue;
        out << int(i);
    }
    const auto order = q.sort == CaseloadQuery::Sort::Name ? byName
        : q.sort == CaseloadQuery::Sort::NextDue            ? byNextDue
                                                            : byPriority;
    std::sort(out.begin(), out.end(),
        [&](int a, int b) { return order(snapshot.entries.at(a), snapshot.entries.at(b)); });
    return out;
}

QString CaseloadSnapshots::priorityText(CaseloadEntry::Priority priority)
{
    switch (priority) {
    //: Caseload priority: plain wording of what to do, never a risk label
    case CaseloadEntry::Priority::NeedsAttention: return tr("Needs attention now");
    //: Caseload priority: plain wording of what to do, never a risk label
    case CaseloadEntry::Priority::FollowUpSoon: return tr("Follow up soon");
    //: Caseload priority: plain wording of what to do, never a risk label
    case CaseloadEntry::Priority::OnTrack: return tr("On track");
    }
    return {};
}

} // namespace Qadam
