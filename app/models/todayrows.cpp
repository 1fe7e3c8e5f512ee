// The Today rows: which sections a role sees and what each row says. Reads only.
#include "todayrows.h"

#include "caseloadrecords.h"
#include "casework/casescope.h"
#include "counselsupport.h"
#include "storeworker.h"

#include "casework/accesspolicy.h"
#include "casework/caseaccess.h"
#include "casework/obligationtext.h"
#include "store/database.h"
#include "write/writeservice.h"

#include <QDateTime>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Qadam {

namespace {

using Section = TodayRow::Section;

/** How far ahead measures and planned sessions are listed. */
constexpr int kLookAheadDays = 14;

struct Inputs
{
    CoreContext &ctx;
    QString language;
    QSet<QString> scope;
    QHash<QString, PersonSummary> people;
};

/** The sections each role works from. */
QList<Section> sectionsFor(Role role)
{
    switch (role) {
    case Role::ProbationOfficer:
        return { Section::Overdue, Section::DueSoon, Section::Alerts, Section::Measures, Section::OpenNow };
    case Role::PoliceOfficer: return { Section::Overdue, Section::DueSoon, Section::Alerts, Section::OpenNow };
    case Role::Supervisor: return { Section::Overdue, Section::DueSoon, Section::Alerts, Section::Measures };
    case Role::Counsellor: return { Section::Referrals, Section::Sessions, Section::Alerts };
    case Role::Administrator: return {};
    }
    return {};
}

TodayRow personRow(const Inputs &in, const QString &personId, Section section, const QString &kind)
{
    TodayRow row;
    row.section = section;
    row.kind = kind;
    row.personId = personId;
    const PersonSummary p = in.people.value(personId);
    row.name = p.primaryName;
    row.altName = p.secondaryName;
    return row;
}

/** Which section an obligation belongs in today; false when Today does not list it. */
bool sectionOf(const Obligation &o, const QDate &today, Section *section)
{
    if (CaseloadRecords::needsAction(o, today))
        *section = Section::Overdue;
    else if (o.status == ObligationStatus::DueSoon)
        *section = Section::DueSoon;
    else if (o.status == ObligationStatus::Open && CaseloadRecords::attendableOn(o, today))
        *section = Section::OpenNow;
    else
        return false;
    return true;
}

Status appearanceRows(Inputs &in, const QList<Section> &sections, QList<TodayRow> &out)
{
    auto obligations = CaseloadRecords::obligations(in.ctx.db, in.scope, in.ctx.today);
    if (!obligations.ok())
        return obligations.error();
    const QDate today = in.ctx.today;
    for (const Obligation &o : std::as_const(obligations.value())) {
        Section section = Section::Overdue;
        if (!sectionOf(o, today, &section) || !sections.contains(section))
            continue;
        TodayRow row = personRow(in, o.personId, section, u"appearance"_s);
        row.title = CaseloadRecords::channelTitle(o.channel);
        row.detail = ObligationText::explain(o, in.language);
        row.statusText = ObligationText::status(o, in.language);
        row.date = o.dueOn;
        row.urgent = section == Section::Overdue;
        row.orderId = o.orderId;
        row.channel = channelName(o.channel);
        row.dueOn = o.dueOn;
        const bool mine = TodayRows::mayRecord(in.ctx.actor.role, row.channel);
        row.canAttend = mine && CaseloadRecords::attendableOn(o, today);
        row.canMiss = mine && o.status == ObligationStatus::Missed;
        row.canExcuse = mine;
        out.append(row);
    }
    return {};
}

/** Runs `sql` with `params` and hands each row to `each`. */
template<typename Each>
Status eachRow(Database &db, const QString &sql, const QVariantList &params, Each each)
{
    auto stmt = db.cached(sql);
    if (!stmt.ok())
        return stmt.error();
    for (qsizetype i = 0; i < params.size(); ++i)
        stmt.value().bind(int(i) + 1, params.at(i));
    while (true) {
        auto more = stmt.value().step();
        if (!more.ok())
            return more.error();
        if (!more.value())
            return {};
        each(stmt.value());
    }
}

Status measureRows(Inputs &in, QList<TodayRow> &out)
{
    auto interventions = CaseloadRecords::labels(in.ctx.db, u"intervention_type"_s, in.language, in.ctx.today);
    if (!interventions.ok())
        return interventions.error();
    const QDate today = in.ctx.today;
    return eachRow(in.ctx.db,
        u"SELECT m.id, m.person_id, m.intervention_code, m.due_on FROM programme_measure m "
        u"JOIN assistance_programme p ON p.id = m.programme_id "
        u"WHERE m.person_id IN (SELECT value FROM json_each(?2)) "
        u"AND m.status IN ('planned', 'in_progress') AND m.due_on <= ?1 "
        u"AND p.status IN ('approved', 'active', 'under_review')"_s,
        { today.addDays(kLookAheadDays).toString(Qt::ISODate), CaseloadRecords::idList(in.scope) },
        [&](const Statement &s) {
            if (!in.scope.contains(s.text(1)))
                return;
            TodayRow row = personRow(in, s.text(1), Section::Measures, u"measure"_s);
            row.recordId = s.text(0);
            row.title = interventions.value().value(s.text(2), s.text(2));
            row.date = QDate::fromString(s.text(3), Qt::ISODate);
            row.urgent = row.date < today;
            const QString when = ObligationText::date(row.date, in.language);
            row.statusText = row.urgent ? TodayRows::tr("overdue since %1").arg(when)
                                        : TodayRows::tr("due %1").arg(when);
            out.append(row);
        });
}

Status sessionRows(Inputs &in, QList<TodayRow> &out)
{
    const QDate today = in.ctx.today;
    // The latest session with each person holds the next one planned.
    return eachRow(in.ctx.db,
        u"SELECT s.id, s.person_id, s.next_session_on FROM counselling_session s "
        u"WHERE s.counsellor_id = ?1 AND s.next_session_on BETWEEN ?2 AND ?3 "
        u"AND NOT EXISTS (SELECT 1 FROM counselling_session t WHERE t.person_id = s.person_id "
        u"AND t.counsellor_id = ?1 AND t.occurred_on > s.occurred_on)"_s,
        { in.ctx.actor.userId, today.addDays(-kLookAheadDays).toString(Qt::ISODate),
            today.addDays(kLookAheadDays).toString(Qt::ISODate) },
        [&](const Statement &s) {
            if (!in.scope.contains(s.text(1)))
                return;
            TodayRow row = personRow(in, s.text(1), Section::Sessions, u"session"_s);
            row.recordId = s.text(0);
            row.date = QDate::fromString(s.text(2), Qt::ISODate);
            row.title = TodayRows::tr("Session planned");
            row.statusText = ObligationText::date(row.date, in.language);
            row.urgent = row.date < today;
            out.append(row);
        });
}

Status alertRows(Inputs &in, QList<TodayRow> &out)
{
    return eachRow(in.ctx.db,
        u"SELECT id, person_id, kind, severity, raised_on FROM alert "
        // "+status": the caseload's ids pick the rows (alert_person); the status index would
        // read every open alert of the device first.
        u"WHERE person_id IN (SELECT value FROM json_each(?3)) AND +status IN ('open', 'acknowledged') "
        u"AND (assigned_to = ?1 OR (coalesce(assigned_to, '') = '' AND routed_role = ?2))"_s,
        { in.ctx.actor.userId, roleName(in.ctx.actor.role), CaseloadRecords::idList(in.scope) },
        [&](const Statement &s) {
            if (!in.scope.contains(s.text(1)))
                return;
            TodayRow row = personRow(in, s.text(1), Section::Alerts, u"alert"_s);
            row.recordId = s.text(0);
            row.title = CaseloadRecords::alertKindLabel(s.text(2));
            row.urgent = s.text(3) == u"urgent";
            row.date = QDate::fromString(s.text(4), Qt::ISODate);
            row.statusText = TodayRows::tr("raised %1").arg(ObligationText::date(row.date, in.language));
            out.append(row);
        });
}

/**
 * Referrals sent to the counsellor (by name, or to their organisation when no counsellor is named)
 * and not answered yet: exactly those CaseAccess counts as offered (status sent, term not over),
 * so a row is there when the person's Referrals page offers Accept and Decline. The person is not
 * the counsellor's case yet, so the name is read here rather than from the scope; the row says who
 * sent the referral and its term, never the reason.
 */
Status referralRows(Inputs &in, QList<TodayRow> &out)
{
    QStringList candidates;
    Status s = eachRow(in.ctx.db,
        u"SELECT id FROM referral WHERE status = 'sent' AND (counsellor_id = ?1 OR "
        u"(coalesce(counsellor_id, '') = '' AND organisation_id = "
        u"(SELECT organisation_id FROM staff_user WHERE id = ?1)))"_s,
        { in.ctx.actor.userId }, [&](const Statement &st) { candidates << st.text(0); });
    if (!s.ok())
        return s;
    QHash<QString, AccessContext> access;
    QList<Record> offered;
    QSet<QString> people;
    for (const QString &id : std::as_const(candidates)) {
        auto record = in.ctx.writes.get(u"Referral"_s, id);
        if (!record.ok())
            return record.error();
        const QString personId = record.value().fields.value(u"personId"_s).toString();
        if (!access.contains(personId))
            access.insert(personId, Counsel::accessOn(in.ctx, personId));
        if (!access[personId].offeredReferralIds.contains(id))
            continue;
        offered << record.value();
        people.insert(personId);
    }
    auto names = CaseloadRecords::people(in.ctx.db, people, in.language);
    if (!names.ok())
        return names.error();
    for (const Record &record : std::as_const(offered)) {
        const QString personId = record.fields.value(u"personId"_s).toString();
        const QVariantMap r = Counsel::readable(in.ctx, record, access.value(personId));
        if (r.isEmpty())
            continue;
        TodayRow row;
        row.section = Section::Referrals;
        row.kind = u"referral"_s;
        row.personId = personId;
        row.recordId = record.id;
        row.page = u"ReferralsPage"_s; // Accept and Decline are there
        const PersonSummary p = names.value().value(personId);
        row.name = p.primaryName.isEmpty() ? Counsel::personName(in.ctx.db, personId) : p.primaryName;
        row.altName = p.secondaryName;
        const QString sender = Counsel::staffName(in.ctx.db, record.createdBy);
        row.title = sender.isEmpty()
            //: Today row: a referral to the counsellor that waits for their answer
            ? TodayRows::tr("Referral waiting for your answer")
            //: Today row; %1 is the probation officer who sent the referral
            : TodayRows::tr("Referral from %1").arg(sender);
        const QDate start = QDate::fromString(r.value(u"termStart"_s).toString(), Qt::ISODate);
        const QDate end = QDate::fromString(r.value(u"termEnd"_s).toString(), Qt::ISODate);
        //: Today row: the referral's term, %1 e.g. "01.11.2026 – 30.04.2027"
        row.detail = TodayRows::tr("Term: %1").arg(u"%1 – %2"_s.arg(Counsel::dateText(start), Counsel::dateText(end)));
        row.date = QDateTime::fromMSecsSinceEpoch(record.createdAt).toLocalTime().date();
        if (row.date.isValid())
            //: Today row: when the referral was sent, %1 a date
            row.statusText = TodayRows::tr("sent %1").arg(ObligationText::date(row.date, in.language));
        // The term has begun and the person still waits for an answer.
        row.urgent = start.isValid() && start <= in.ctx.today;
        out.append(row);
    }
    return {};
}

/** Section order; inside a section the most pressing first. */
bool before(const TodayRow &a, const TodayRow &b)
{
    if (a.section != b.section)
        return a.section < b.section;
    if (a.section == Section::Alerts) {
        if (a.urgent != b.urgent)
            return a.urgent;
        if (a.date != b.date)
            return a.date > b.date;
    } else if (a.date != b.date) {
        return a.date < b.date;
    }
    return a.key() < b.key();
}

} // namespace

QString TodayRow::key() const
{
    return u"%1/%2/%3/%4/%5/%6"_s.arg(int(section)).arg(kind, personId, recordId, orderId + channel,
        dueOn.toString(Qt::ISODate));
}

bool TodayRows::mayRecord(Role role, const QString &channel)
{
    if (role == Role::Supervisor)
        return true;
    return channel == u"police" ? role == Role::PoliceOfficer : role == Role::ProbationOfficer;
}

QString TodayRows::sectionLabel(TodayRow::Section section, int count)
{
    switch (section) {
    //: Today section heading; %1 is how many
    case Section::Overdue: return tr("Overdue appearances (%1)").arg(count);
    //: Today section heading; %1 is how many
    case Section::DueSoon: return tr("Appearances due soon (%1)").arg(count);
    //: Today section heading; %1 is how many
    case Section::Alerts: return tr("Open alerts (%1)").arg(count);
    //: Today section heading: measures of the individual programme; %1 is how many
    case Section::Measures: return tr("Programme measures due (%1)").arg(count);
    //: Today section heading: referrals sent to the counsellor, not yet accepted or declined; %1 is how many
    case Section::Referrals: return tr("Referrals waiting for your answer (%1)").arg(count);
    //: Today section heading: counselling sessions; %1 is how many
    case Section::Sessions: return tr("Sessions planned (%1)").arg(count);
    //: Today section heading: appearances whose window is open but not yet due; %1 is how many
    case Section::OpenNow: return tr("Appearances open this period (%1)").arg(count);
    }
    return {};
}

Result<QList<TodayRow>> TodayRows::forPerson(CoreContext &ctx, const QString &personId, const QString &language)
{
    auto access = CaseAccess(ctx.db).resolve(ctx.actor, personId, ctx.today);
    if (!access.ok())
        return access.error();
    QSet<QString> scope;
    if (AccessPolicy::builtIn().mayReadCase(ctx.actor, access.value()))
        scope.insert(personId);
    auto people = CaseloadRecords::people(ctx.db, scope, language);
    if (!people.ok())
        return people.error();
    Inputs in { ctx, language, std::move(scope), std::move(people).value() };
    QList<TodayRow> out;
    if (Status s = appearanceRows(in, { Section::Overdue, Section::DueSoon, Section::OpenNow }, out); !s.ok())
        return s.error();
    std::sort(out.begin(), out.end(), before);
    return out;
}

Result<QList<TodayRow>> TodayRows::load(CoreContext &ctx, const QString &language)
{
    auto scope = CaseScope::personIds(ctx.db, ctx.actor, ctx.today);
    if (!scope.ok())
        return scope.error();
    auto people = CaseloadRecords::people(ctx.db, scope.value(), language);
    if (!people.ok())
        return people.error();
    Inputs in { ctx, language, std::move(scope).value(), std::move(people).value() };
    const QList<Section> sections = sectionsFor(ctx.actor.role);
    QList<TodayRow> out;
    Status s;
    if (sections.contains(Section::Overdue))
        s = appearanceRows(in, sections, out);
    if (s.ok() && sections.contains(Section::Measures))
        s = measureRows(in, out);
    if (s.ok() && sections.contains(Section::Referrals))
        s = referralRows(in, out);
    if (s.ok() && sections.contains(Section::Sessions))
        s = sessionRows(in, out);
    if (s.ok() && sections.contains(Section::Alerts))
        s = alertRows(in, out);
    if (!s.ok())
        return s.error();
    std::sort(out.begin(), out.end(), before);
    return out;
}

} // namespace Qadam
