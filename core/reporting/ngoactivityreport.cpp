#include "ngoactivityreport.h"

#include "domain/schema.h"
#include "reporting/csvwriter.h"
#include "reporting/reportingdata.h"
#include "store/database.h"

#include <QMap>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Qadam {

namespace {

/** One organisation's work in one month. */
struct MonthWork
{
    qint64 sessions = 0;
    QSet<QString> people;
    qint64 inTerm = 0;
    qint64 completed = 0;
};

/** organisation id → month → work. */
using Activity = QHash<QString, QMap<QDate, MonthWork>>;

Status checked(const NgoActivityOptions &o)
{
    if (!o.from.isValid() || !o.to.isValid() || !o.asOf.isValid())
        return Error::make(Error::Invalid, u"from, to and asOf are required"_s,
            !o.from.isValid()     ? u"from"_s
                : !o.to.isValid() ? u"to"_s
                                  : u"asOf"_s);
    if (o.from > o.to)
        return Error::make(Error::Invalid, u"the period ends before it starts"_s, u"to"_s);
    return {};
}

/** The referrals the actor may export the counselling summary of, by id. */
Result<QHash<QString, ReportReferral>> exportableReferrals(
    Database &db, const Actor &actor, const AccessPolicy &policy, const NgoActivityOptions &options)
{
    auto scope = ReportingData::scope(db, actor, options.asOf, policy);
    if (!scope.ok())
        return scope.error();
    auto rows = ReportingData::referrals(db, scope.value().ids());
    if (!rows.ok())
        return rows.error();
    const EntitySpec *spec = policy.schema().entity(u"Referral"_s);
    QHash<QString, ReportReferral> out;
    for (const ReportReferral &r : std::as_const(rows.value())) {
        if (!options.organisationId.isEmpty() && r.organisationId != options.organisationId)
            continue;
        const AccessContext &ctx = scope.value().contexts[r.personId];
        const QVariantMap record { { u"id"_s, r.id } };
        if (spec
            && policy.decide(actor, *spec, AccessAction::Export, FieldGroup::CounsellingSummary, record, ctx)
                   .allowed())
            out.insert(r.id, r);
    }
    return out;
}

/** Counts the latest form of every session on `referrals` dated in the period. */
Status countSessions(Database &db, const QHash<QString, ReportReferral> &referrals,
    const NgoActivityOptions &options, Activity &activity)
{
    const QList<QString> referralIds = referrals.keys();
    Status s = ReportingData::eachRow(db,
        u"SELECT s.referral_id, s.person_id, s.occurred_on FROM counselling_session s "
        u"WHERE s.referral_id IN (SELECT value FROM json_each(?1)) AND NOT EXISTS "
        u"(SELECT 1 FROM counselling_session a WHERE a.amends_id = s.id)"_s,
        { ReportingData::idList(QSet<QString>(referralIds.cbegin(), referralIds.cend())) },
        [&](const Statement &row) {
            const auto referral = referrals.constFind(row.text(0));
            const QDate on = QDate::fromString(row.text(2), Qt::ISODate);
            if (referral == referrals.cend() || !on.isValid() || on < options.from || on > options.to)
                return;
            MonthWork &work = activity[referral->organisationId][ReportingData::monthOf(on)];
            work.sessions += 1;
            work.people.insert(row.text(1));
        });
    return s;
}

bool inTermDuring(const ReportReferral &r, const QDate &first, const QDate &last)
{
    const bool standing = r.status == u"accepted" || r.status == u"active" || r.status == u"completed";
    return standing && (!r.termStart.isValid() || r.termStart <= last)
        && (!r.termEnd.isValid() || r.termEnd >= first);
}

void countReferrals(
    const QHash<QString, ReportReferral> &referrals, const NgoActivityOptions &options, Activity &activity)
{
    for (const ReportReferral &r : referrals) {
        for (QDate m = ReportingData::monthOf(options.from); m <= options.to; m = m.addMonths(1)) {
            const QDate last = m.addMonths(1).addDays(-1);
            if (inTermDuring(r, std::max(m, options.from), std::min(last, options.to)))
                activity[r.organisationId][m].inTerm += 1;
        }
        const QDate reported = r.outcomeReportedOn;
        if (r.status == u"completed" && reported.isValid() && reported >= options.from
            && reported <= options.to)
            activity[r.organisationId][ReportingData::monthOf(reported)].completed += 1;
    }
}

} // namespace

NgoActivityReport::NgoActivityReport(
    Database &db, const Clock &clock, Actor actor, const AccessPolicy &policy)
    : m_db(db)
    , m_clock(clock)
    , m_actor(std::move(actor))
    , m_policy(policy)
{ }

QStringList NgoActivityReport::columns()
{
    return { u"organisation_id"_s, u"organisation"_s, u"month"_s, u"sessions_held"_s, u"people_attended"_s,
        u"referrals_in_term"_s, u"referrals_completed"_s };
}

Result<ReportCsv> NgoActivityReport::build(const NgoActivityOptions &options)
{
    if (Status s = checked(options); !s.ok())
        return s.error();
    if (Status s
        = ReportExport::mayExport(m_db, m_actor, m_policy, u"Referral"_s, FieldGroup::CounsellingSummary);
        !s.ok())
        return s.error();
    auto referrals = exportableReferrals(m_db, m_actor, m_policy, options);
    auto names = ReportingData::organisationNames(m_db, options.language);
    if (!referrals.ok() || !names.ok())
        return referrals.ok() ? names.error() : referrals.error();
    Activity activity;
    if (Status s = countSessions(m_db, referrals.value(), options, activity); !s.ok())
        return s.error();
    countReferrals(referrals.value(), options, activity);
    QStringList organisations = activity.keys();
    std::sort(organisations.begin(), organisations.end(), [&](const QString &a, const QString &b) {
        const QString na = names.value().value(a), nb = names.value().value(b);
        return na != nb ? na < nb : a < b;
    });
    ReportCsv built;
    CsvWriter csv;
    csv.row(columns());
    for (const QString &org : std::as_const(organisations)) {
        for (QDate m = ReportingData::monthOf(options.from); m <= options.to; m = m.addMonths(1)) {
            const MonthWork w = activity[org].value(m);
            csv.row({ org, names.value().value(org), m.toString(u"yyyy-MM"_s), QString::number(w.sessions),
                QString::number(w.people.size()), QString::number(w.inTerm), QString::number(w.completed) });
            ++built.rows;
        }
    }
    built.bytes = csv.bytes();
    return built;
}

Result<ExportReceipt> NgoActivityReport::writeFile(const NgoActivityOptions &options, const QString &path)
{
    return ReportExport::writeFile(m_db, m_clock, m_actor, kReportKind.toString(), path, build(options));
}

Result<QByteArray> NgoActivityReport::exportBytes(const NgoActivityOptions &options, ExportReceipt *receipt)
{
    return ReportExport::deliverBytes(
        m_db, m_clock, m_actor, kReportKind.toString(), build(options), receipt);
}

} // namespace Qadam
