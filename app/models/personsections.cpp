#include "personsections.h"

#include "personlabels.h"
#include "personreader.h"

#include "casework/obligationloader.h"
#include "casework/obligationtext.h"
#include "casework/timeline.h"
#include "store/database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Qadam::PersonSections {

namespace {

using Rows = QList<SectionRow>;
using PersonLabels::dateText;
using PersonLabels::enumText;

QString tr(const char *source, const char *comment = nullptr)
{
    // The context lupdate gives tr() in this namespace, so the .ts translations are found.
    return QCoreApplication::translate("Qadam::PersonSections", source, comment);
}

QString str(const QVariantMap &m, const QString &key)
{
    return m.value(key).toString();
}

QDate day(const QVariantMap &m, const QString &key)
{
    return QDate::fromString(str(m, key), Qt::ISODate);
}

QString joined(const QStringList &parts)
{
    QStringList kept;
    for (const QString &p : parts)
        if (!p.isEmpty())
            kept << p;
    return kept.join(u" · "_s);
}

QString period(const QDate &from, const QDate &to)
{
    if (!to.isValid())
        return tr("from %1", "open-ended period").arg(dateText(from));
    return dateText(from) + u" – "_s + dateText(to);
}

void newestFirst(Rows &rows)
{
    std::stable_sort(rows.begin(), rows.end(), [](const SectionRow &a, const SectionRow &b) { return a.date > b.date; });
}

SectionRow fact(const QString &title, const QString &value)
{
    SectionRow row;
    row.title = title;
    row.subtitle = value;
    return row;
}

Result<Rows> overview(const PersonReader &r)
{
    auto person = r.record(u"Person"_s, r.personId());
    if (!person.ok())
        return person.error();
    const QVariantMap &p = person.value();
    Rows rows;
    if (p.contains(u"birthDate"_s))
        rows << fact(tr("Date of birth"), dateText(day(p, u"birthDate"_s)));
    if (!str(p, u"iin"_s).isEmpty())
        rows << fact(tr("IIN", "individual identification number, shown masked"), PersonLabels::maskedIin(str(p, u"iin"_s)));
    if (p.contains(u"preferredLanguage"_s))
        rows << fact(tr("Preferred language"), str(p, u"preferredLanguage"_s).toUpper());
    if (p.contains(u"residenceTerritory"_s))
        rows << fact(tr("Region of residence"), r.label(u"territory"_s, str(p, u"residenceTerritory"_s)));
    if (!str(p, u"residenceAddress"_s).isEmpty())
        rows << fact(tr("Address"), str(p, u"residenceAddress"_s));
    if (p.contains(u"caseStatus"_s))
        rows << fact(tr("Case"), enumText(u"Person"_s, u"caseStatus"_s, str(p, u"caseStatus"_s)));
    if (!str(p, u"caseOfficerId"_s).isEmpty())
        rows << fact(tr("Case officer"), r.staffName(str(p, u"caseOfficerId"_s)));
    return rows;
}

SectionRow obligationRow(const PersonReader &r, const Obligation &o)
{
    SectionRow row;
    row.entity = u"SupervisionOrder"_s;
    row.recordId = o.orderId;
    row.title = enumText(QString(), u"channel"_s, channelName(o.channel));
    row.detail = ObligationText::explain(o, r.language());
    row.status = statusName(o.status);
    row.statusText = ObligationText::status(o, r.language()); // the badge, coloured by status
    row.date = o.dueOn;
    row.depth = 1;
    return row;
}

Result<ObligationEngine> engine(const PersonReader &r)
{
    auto calendar = WorkCalendar::load(r.db());
    if (!calendar.ok())
        return calendar.error();
    return ObligationEngine(calendar.value(), DeadlineRules::builtIn().settings());
}

/** The obligations worth showing on the order: from a month back through the engine's horizon. */
Result<Rows> obligations(const PersonReader &r, const QString &orderId)
{
    auto inputs = ObligationLoader(r.db()).order(orderId);
    if (!inputs.ok())
        return inputs.error();
    auto eng = engine(r);
    if (!eng.ok())
        return eng.error();
    Rows rows;
    for (const Obligation &o : eng.value().compute(inputs.value(), r.today()))
        if (o.dueOn >= r.today().addMonths(-1))
            rows << obligationRow(r, o);
    std::stable_sort(rows.begin(), rows.end(), [](const SectionRow &a, const SectionRow &b) { return a.date < b.date; });
    return rows;
}

Result<Rows> orders(const PersonReader &r)
{
    auto list = r.records(u"SupervisionOrder"_s, u"startsOn"_s);
    if (!list.ok())
        return list.error();
    auto restrictions = r.records(u"OrderRestriction"_s, u"validFrom"_s);
    if (!restrictions.ok())
        return restrictions.error();
    Rows rows;
    for (const QVariantMap &o : list.value()) {
        SectionRow head;
        head.entity = u"SupervisionOrder"_s;
        head.recordId = str(o, u"id"_s);
        head.title = tr("Court order %1", "administrative supervision; %1 is the decision number").arg(str(o, u"decisionNumber"_s));
        head.subtitle = joined({ str(o, u"court"_s), period(day(o, u"startsOn"_s), day(o, u"endsOn"_s)) });
        head.status = str(o, u"status"_s);
        head.statusText = enumText(u"SupervisionOrder"_s, u"status"_s, head.status);
        head.date = day(o, u"startsOn"_s);
        rows << head;
        for (const QVariantMap &x : restrictions.value()) {
            if (str(x, u"orderId"_s) != head.recordId)
                continue;
            SectionRow row;
            row.entity = u"OrderRestriction"_s;
            row.recordId = str(x, u"id"_s);
            row.title = r.label(u"restriction_type"_s, str(x, u"typeCode"_s));
            row.subtitle = x.contains(u"validFrom"_s) ? period(day(x, u"validFrom"_s), day(x, u"validTo"_s)) : QString();
            row.date = day(x, u"validFrom"_s);
            row.depth = 1;
            rows << row;
        }
        auto due = obligations(r, head.recordId);
        if (!due.ok())
            return due.error();
        rows << due.value();
    }
    return rows;
}

SectionRow checkInRow(const PersonReader &r, const QVariantMap &c)
{
    SectionRow row;
    row.entity = u"CheckIn"_s;
    row.recordId = str(c, u"id"_s);
    row.title = enumText(QString(), u"channel"_s, str(c, u"channel"_s));
    row.status = str(c, u"outcome"_s);
    row.statusText = enumText(QString(), u"outcome"_s, row.status);
    const QString conversation = c.value(u"preventiveConversation"_s).toBool()
        ? tr("preventive conversation held", "DOMAIN glossary: preventive conversation")
        : QString();
    row.subtitle = conversation;
    row.detail = str(c, u"summary"_s);
    row.date = day(c, u"occurredOn"_s).isValid() ? day(c, u"occurredOn"_s) : day(c, u"dueOn"_s);
    Q_UNUSED(r)
    return row;
}

Result<Rows> timeline(const PersonReader &r)
{
    auto eng = engine(r);
    if (!eng.ok())
        return eng.error();
    auto entries = Timeline(r.db(), eng.value()).forPerson(r.personId(), r.today());
    if (!entries.ok())
        return entries.error();
    const bool ordersShown = r.mayRead(u"SupervisionOrder"_s, FieldGroup::Legal);
    Rows rows;
    for (const TimelineEntry &e : entries.value()) {
        if (e.kind == TimelineKind::Obligation && ordersShown) {
            rows << obligationRow(r, e.obligation);
            rows.last().depth = 0;
        } else if (e.kind == TimelineKind::CheckIn) {
            auto c = r.record(e.entity, e.recordId);
            if (!c.ok())
                return c.error();
            if (!c.value().isEmpty())
                rows << checkInRow(r, c.value());
        } else if (e.kind == TimelineKind::Suspension && ordersShown) {
            SectionRow row;
            row.entity = e.entity;
            row.recordId = e.recordId;
            row.title = e.event == u"starts" ? tr("Supervision suspended") : tr("Supervision resumed");
            row.date = e.date;
            row.status = e.state;
            rows << row;
        }
    }
    newestFirst(rows);
    return rows;
}

int percent(int done, int total)
{
    return total > 0 ? done * 100 / total : -1;
}

struct Tally
{
    int done = 0;
    int total = 0;
    void add(const QString &status)
    {
        if (status == u"cancelled" || status == u"not_possible")
            return;
        ++total;
        if (status == u"done")
            ++done;
    }
};

SectionRow measureRow(const PersonReader &r, const QVariantMap &m)
{
    SectionRow row;
    row.entity = u"ProgrammeMeasure"_s;
    row.recordId = str(m, u"id"_s);
    row.title = r.label(u"intervention_type"_s, str(m, u"interventionCode"_s));
    const QString provider = !str(m, u"providerCounsellorId"_s).isEmpty() ? r.staffName(str(m, u"providerCounsellorId"_s))
                                                                        : r.organisationName(str(m, u"providerOrganisationId"_s));
    row.date = day(m, u"dueOn"_s);
    row.subtitle = joined({ provider, tr("due %1", "a measure's due date").arg(dateText(row.date)),
        enumText(QString(), u"frequency"_s, str(m, u"frequency"_s)) });
    row.status = str(m, u"status"_s);
    row.statusText = enumText(u"ProgrammeMeasure"_s, u"status"_s, row.status);
    row.progress = row.status == u"done" ? 100 : row.status == u"in_progress" ? 50 : row.status == u"planned" ? 0 : -1;
    row.depth = 2;
    return row;
}

SectionRow programmeHeader(const PersonReader &r, const QVariantMap &p)
{
    SectionRow row;
    row.entity = u"AssistanceProgramme"_s;
    row.recordId = str(p, u"id"_s);
    row.title = tr("Individual programme, version %1", "DOMAIN glossary: individual programme of social and legal assistance")
                    .arg(p.value(u"versionNo"_s).toLongLong());
    row.status = str(p, u"status"_s);
    row.statusText = enumText(u"AssistanceProgramme"_s, u"status"_s, row.status);
    const QString drafted = r.staffName(str(p, u"draftedBy"_s));
    const QString approved = r.staffName(str(p, u"approvedBy"_s));
    row.subtitle = joined({ row.statusText, drafted.isEmpty() ? QString() : tr("drafted by %1").arg(drafted),
        approved.isEmpty() ? QString() : tr("approved by %1").arg(approved) });
    row.detail = str(p, u"supervisorComment"_s);
    row.date = day(p, u"activatedOn"_s);
    return row;
}

} // namespace

const QStringList &all()
{
    static const QStringList sections = { u"overview"_s, u"order"_s, u"timeline"_s, u"programme"_s, u"referrals"_s,
        u"sessions"_s, u"reviews"_s, u"history"_s };
    return sections;
}

bool visible(const PersonReader &r, const QString &section)
{
    if (!r.mayOpen())
        return false;
    if (section == u"order")
        return r.mayRead(u"SupervisionOrder"_s, FieldGroup::Legal);
    if (section == u"timeline")
        return r.mayRead(u"CheckIn"_s, FieldGroup::Status);
    if (section == u"programme")
        return r.mayRead(u"AssistanceProgramme"_s, FieldGroup::Status);
    if (section == u"reviews")
        return r.mayRead(u"ProgressReview"_s, FieldGroup::Status);
    if (section == u"history") // who works the case sees who touched it; counsellors do not
        return r.mayRead(u"Person"_s, FieldGroup::Assignment);
    return all().contains(section); // overview, referrals, sessions: their rows are filtered one by one
}

Result<QString> currentProgramme(const PersonReader &r)
{
    auto id = r.db().scalar(u"SELECT id FROM assistance_programme WHERE person_id = ?1 AND status <> 'superseded' "
                            u"ORDER BY version_no DESC, created_at DESC LIMIT 1"_s,
        { r.personId() });
    if (!id.ok())
        return id.error();
    return id.value().toString();
}

Result<QList<SectionRow>> programmePlan(const PersonReader &r, const QString &programmeId)
{
    auto programme = r.record(u"AssistanceProgramme"_s, programmeId);
    if (!programme.ok())
        return programme.error();
    if (programme.value().isEmpty())
        return Rows();
    auto needs = r.records(u"ProgrammeNeed"_s, QString());
    auto goals = r.records(u"ProgrammeGoal"_s, QString());
    auto measures = r.records(u"ProgrammeMeasure"_s, QString());
    for (const auto *list : { &needs, &goals, &measures })
        if (!list->ok())
            return list->error();
    const auto mine = [&](const QVariantMap &m) { return str(m, u"programmeId"_s) == programmeId; };
    Rows rows { programmeHeader(r, programme.value()) };
    Tally whole;
    for (const QVariantMap &n : needs.value()) {
        if (!mine(n))
            continue;
        const qsizetype needAt = rows.size();
        SectionRow need;
        need.entity = u"ProgrammeNeed"_s;
        need.recordId = str(n, u"id"_s);
        need.title = r.label(u"need_domain"_s, str(n, u"domainCode"_s));
        need.subtitle = joined({ enumText(QString(), u"severity"_s, str(n, u"severity"_s)),
            enumText(QString(), u"priority"_s, str(n, u"priority"_s)) });
        need.detail = str(n, u"assessment"_s);
        rows << need;
        Tally needTally;
        for (const QVariantMap &g : goals.value()) {
            if (!mine(g) || str(g, u"needId"_s) != need.recordId)
                continue;
            const qsizetype goalAt = rows.size();
            SectionRow goal;
            goal.entity = u"ProgrammeGoal"_s;
            goal.recordId = str(g, u"id"_s);
            goal.title = str(g, u"description"_s);
            goal.date = day(g, u"targetDate"_s);
            goal.status = str(g, u"status"_s);
            goal.statusText = enumText(u"ProgrammeGoal"_s, u"status"_s, goal.status);
            goal.subtitle = joined({ tr("target %1", "a goal's target date").arg(dateText(goal.date)), goal.statusText });
            goal.depth = 1;
            rows << goal;
            Tally goalTally;
            for (const QVariantMap &m : measures.value()) {
                if (!mine(m) || str(m, u"goalId"_s) != goal.recordId)
                    continue;
                rows << measureRow(r, m);
                goalTally.add(rows.last().status);
                needTally.add(rows.last().status);
                whole.add(rows.last().status);
            }
            rows[goalAt].progress = percent(goalTally.done, goalTally.total);
        }
        rows[needAt].progress = percent(needTally.done, needTally.total);
    }
    rows.first().progress = percent(whole.done, whole.total);
    return rows;
}

namespace {

Result<Rows> programme(const PersonReader &r)
{
    auto id = currentProgramme(r);
    if (!id.ok())
        return id.error();
    return id.value().isEmpty() ? Result<Rows>(Rows()) : programmePlan(r, id.value());
}

Result<Rows> referrals(const PersonReader &r)
{
    auto list = r.records(u"Referral"_s, u"termStart"_s);
    if (!list.ok())
        return list.error();
    Rows rows;
    for (const QVariantMap &x : list.value()) {
        SectionRow row;
        row.entity = u"Referral"_s;
        row.recordId = str(x, u"id"_s);
        const QString counsellor = r.staffName(str(x, u"counsellorId"_s));
        row.title = joined({ r.organisationName(str(x, u"organisationId"_s)), counsellor });
        row.status = str(x, u"status"_s);
        row.statusText = enumText(u"Referral"_s, u"status"_s, row.status);
        row.date = day(x, u"termStart"_s);
        row.subtitle = joined({ row.statusText, row.date.isValid() ? period(row.date, day(x, u"termEnd"_s)) : QString(),
            enumText(QString(), u"minimalOutcome"_s, str(x, u"minimalOutcome"_s)) });
        row.detail = str(x, u"reason"_s);
        rows << row;
    }
    newestFirst(rows);
    return rows;
}

Result<Rows> sessions(const PersonReader &r)
{
    auto list = r.records(u"CounsellingSession"_s, u"occurredOn"_s);
    if (!list.ok())
        return list.error();
    Rows rows;
    for (const QVariantMap &s : list.value()) {
        SectionRow row;
        row.entity = u"CounsellingSession"_s;
        row.recordId = str(s, u"id"_s);
        const qint64 minutes = s.value(u"durationMinutes"_s).toLongLong();
        row.title = joined({ enumText(QString(), u"mode"_s, str(s, u"mode"_s)),
            minutes > 0 ? tr("%1 min", "session duration in minutes").arg(minutes) : QString() });
        row.status = str(s, u"engagement"_s);
        row.statusText = enumText(QString(), u"engagement"_s, row.status);
        row.subtitle = joined({ row.statusText, enumText(QString(), u"confidentialityTier"_s, str(s, u"confidentialityTier"_s)) });
        // Present only when the policy let this role read the notes (the author's team).
        row.detail = str(s, u"notesPlan"_s);
        row.date = day(s, u"occurredOn"_s);
        rows << row;
    }
    newestFirst(rows);
    return rows;
}

Result<Rows> reviews(const PersonReader &r)
{
    auto list = r.records(u"ProgressReview"_s, u"periodEnd"_s);
    if (!list.ok())
        return list.error();
    Rows rows;
    for (const QVariantMap &v : list.value()) {
        SectionRow row;
        row.entity = u"ProgressReview"_s;
        row.recordId = str(v, u"id"_s);
        row.title = tr("Review of %1", "progress review; %1 is a period").arg(period(day(v, u"periodStart"_s), day(v, u"periodEnd"_s)));
        const QString by = r.staffName(str(v, u"signedOffBy"_s));
        row.status = by.isEmpty() ? u"open"_s : u"signed_off"_s;
        row.statusText = by.isEmpty() ? tr("Not signed off yet") : tr("Signed off by %1").arg(by);
        row.subtitle = row.statusText;
        row.date = day(v, u"periodEnd"_s);
        rows << row;
    }
    newestFirst(rows);
    return rows;
}

Result<Rows> history(const PersonReader &r)
{
    auto q = r.db().prepare(u"SELECT at, actor_id, actor_role, action, entity, record_id FROM audit_event "
                            u"WHERE person_id = ?1 ORDER BY seq DESC LIMIT 500"_s);
    if (!q.ok())
        return q.error();
    q.value().bind(1, r.personId());
    Rows rows;
    QHash<QString, QString> names;
    for (;;) {
        auto step = q.value().step();
        if (!step.ok())
            return step.error();
        if (!step.value())
            return rows;
        const Statement &s = q.value();
        const QString actor = s.text(1);
        if (!names.contains(actor))
            names.insert(actor, r.staffName(actor));
        const QDateTime at = QDateTime::fromMSecsSinceEpoch(s.integer(0));
        SectionRow row;
        row.entity = s.text(4);
        row.recordId = s.text(5);
        row.status = s.text(3);
        row.title = joined({ PersonLabels::auditAction(row.status), PersonLabels::entityText(row.entity) });
        row.subtitle = joined({ names.value(actor), PersonLabels::roleText(s.text(2)), at.toString(u"dd.MM.yyyy HH:mm"_s) });
        row.date = at.date();
        rows << row;
    }
}

} // namespace

Result<QList<SectionRow>> load(const PersonReader &r, const QString &section)
{
    if (!visible(r, section))
        return Rows();
    if (section == u"overview")
        return overview(r);
    if (section == u"order")
        return orders(r);
    if (section == u"timeline")
        return timeline(r);
    if (section == u"programme")
        return programme(r);
    if (section == u"referrals")
        return referrals(r);
    if (section == u"sessions")
        return sessions(r);
    if (section == u"reviews")
        return reviews(r);
    return history(r);
}

int recordCount(const QList<SectionRow> &rows)
{
    return int(std::count_if(rows.cbegin(), rows.cend(), [](const SectionRow &row) { return !row.recordId.isEmpty(); }));
}

} // namespace Qadam::PersonSections
