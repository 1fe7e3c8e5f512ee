#include "dashboardqueries.h"

#include "dashboardcompute.h"

using namespace Qt::StringLiterals;

namespace Qadam {

namespace {

std::optional<double> percent(qint64 part, qint64 whole)
{
    if (whole <= 0)
        return std::nullopt;
    return 100.0 * double(part) / double(whole);
}

/** The default period: the five months before asOf's and asOf's own, to asOf. */
DashboardFilter completed(DashboardFilter f)
{
    if (!f.to.isValid())
        f.to = f.asOf;
    if (!f.from.isValid())
        f.from = ReportingData::monthOf(f.asOf).addMonths(-5);
    return f;
}

Status checked(const DashboardFilter &f)
{
    if (!f.asOf.isValid())
        return Error::make(Error::Invalid, u"asOf is required"_s, u"asOf"_s);
    if (f.from > f.to)
        return Error::make(Error::Invalid, u"the period ends before it starts"_s, u"to"_s);
    return {};
}

} // namespace

std::optional<double> ComplianceMonth::compliancePercent() const
{
    return percent(attended.count, attended.count + missed.count);
}

std::optional<double> ReferralThroughput::completionPercent() const
{
    return percent(completed.count, completed.count + ended.count);
}

DashboardQueries::DashboardQueries(Database &db, Actor actor, const AccessPolicy &policy)
    : m_db(db)
    , m_actor(std::move(actor))
    , m_policy(policy)
{ }

Result<DashboardScope> DashboardQueries::scope(const DashboardFilter &filter, const QString &language)
{
    DashboardScope s { completed(filter), language, m_actor, {}, {} };
    if (Status c = checked(s.filter); !c.ok())
        return c.error();
    auto cases = ReportingData::scope(m_db, m_actor, s.filter.asOf, m_policy);
    if (!cases.ok())
        return cases.error();
    s.cases = std::move(cases).value();
    const DashboardFilter &f = s.filter;
    if (Status n = ReportingData::narrow(m_db, s.cases, f.territoryCode, f.officerId, f.category); !n.ok())
        return n.error();
    s.ids = s.cases.ids();
    return s;
}

DashboardQueries::Compute DashboardQueries::group(
    Status (*fill)(Database &, const DashboardScope &, DashboardFigures &))
{
    return [this, fill](const DashboardScope &s, DashboardFigures &out) { return fill(m_db, s, out); };
}

Result<DashboardFigures> DashboardQueries::one(
    const DashboardFilter &filter, const QString &language, const Compute &compute)
{
    auto s = scope(filter, language);
    if (!s.ok())
        return s.error();
    DashboardFigures figures;
    if (Status c = compute(s.value(), figures); !c.ok())
        return c.error();
    return figures;
}

template<typename T>
Result<T> DashboardQueries::field(const DashboardFilter &filter, const QString &language,
    const Compute &compute, T DashboardFigures::*member)
{
    auto figures = one(filter, language, compute);
    if (!figures.ok())
        return figures.error();
    return figures.value().*member;
}

Result<DashboardFigures> DashboardQueries::figures(const DashboardFilter &filter, const QString &language)
{
    return one(filter, language, [this](const DashboardScope &s, DashboardFigures &f) -> Status {
        for (const auto compute : { &DashboardCompute::caseload, &DashboardCompute::appearances,
                 &DashboardCompute::programmes, &DashboardCompute::referrals, &DashboardCompute::reviews })
            if (Status c = compute(m_db, s, f); !c.ok())
                return c;
        return DashboardCompute::alerts(m_db, s, m_policy, f);
    });
}

Result<DashboardChoices> DashboardQueries::choices(const QDate &asOf, const QString &language)
{
    DashboardFilter filter;
    filter.asOf = asOf;
    auto s = scope(filter, language);
    if (!s.ok())
        return s.error();
    DashboardFigures f;
    if (Status c = DashboardCompute::caseload(m_db, s.value(), f); !c.ok())
        return c.error();
    DashboardChoices out;
    for (const QList<DashboardBucket> *from : { &f.caseloadByOfficer, &f.caseloadByRegion }) {
        QList<DashboardBucket> &to = from == &f.caseloadByOfficer ? out.officers : out.regions;
        for (const DashboardBucket &b : *from)
            if (!b.key.isEmpty())
                to.append({ b.key, b.label, {} });
        std::sort(to.begin(), to.end(), [](const DashboardBucket &a, const DashboardBucket &b) {
            return a.label != b.label ? a.label < b.label : a.key < b.key;
        });
    }
    for (const DashboardBucket &b : std::as_const(f.caseloadByCategory))
        out.categories << b.key;
    out.categories.sort();
    return out;
}

Result<QList<DashboardBucket>> DashboardQueries::caseloadByOfficer(const DashboardFilter &filter)
{
    return field(filter, u"ru"_s, group(&DashboardCompute::caseload), &DashboardFigures::caseloadByOfficer);
}

Result<QList<DashboardBucket>> DashboardQueries::caseloadByRegion(
    const DashboardFilter &filter, const QString &language)
{
    return field(filter, language, group(&DashboardCompute::caseload), &DashboardFigures::caseloadByRegion);
}

Result<QList<DashboardBucket>> DashboardQueries::caseloadByCategory(const DashboardFilter &filter)
{
    return field(filter, u"ru"_s, group(&DashboardCompute::caseload), &DashboardFigures::caseloadByCategory);
}

Result<QList<ComplianceMonth>> DashboardQueries::compliance(const DashboardFilter &filter)
{
    return field(filter, u"ru"_s, group(&DashboardCompute::appearances), &DashboardFigures::compliance);
}

Result<QList<DashboardBucket>> DashboardQueries::overdueAppearances(const DashboardFilter &filter)
{
    return field(
        filter, u"ru"_s, group(&DashboardCompute::appearances), &DashboardFigures::overdueAppearances);
}

Result<Tally> DashboardQueries::overdueMeasures(const DashboardFilter &filter)
{
    return field(filter, u"ru"_s, group(&DashboardCompute::programmes), &DashboardFigures::overdueMeasures);
}

Result<QList<DashboardBucket>> DashboardQueries::programmeProgress(const DashboardFilter &filter)
{
    return field(filter, u"ru"_s, group(&DashboardCompute::programmes), &DashboardFigures::programmeProgress);
}

Result<QList<ReferralThroughput>> DashboardQueries::referralsByOrganisation(
    const DashboardFilter &filter, const QString &language)
{
    return field(
        filter, language, group(&DashboardCompute::referrals), &DashboardFigures::referralsByOrganisation);
}

Result<QList<DashboardBucket>> DashboardQueries::openAlertsBySeverity(const DashboardFilter &filter)
{
    const Compute alerts = [this](const DashboardScope &s, DashboardFigures &out) {
        return DashboardCompute::alerts(m_db, s, m_policy, out);
    };
    return field(filter, u"ru"_s, alerts, &DashboardFigures::openAlertsBySeverity);
}

Result<Tally> DashboardQueries::reviewsDue(const DashboardFilter &filter)
{
    return field(filter, u"ru"_s, group(&DashboardCompute::reviews), &DashboardFigures::reviewsDue);
}

QString DashboardQueries::progressBucket(qint64 delivered, qint64 planned)
{
    if (planned <= 0)
        return u"no_measures"_s;
    const qint64 p = delivered * 100 / planned; // floor: 99.5 % is not yet all delivered
    if (p <= 0)
        return delivered > 0 ? u"1_24"_s : u"0"_s;
    if (p >= 100)
        return u"100"_s;
    static const QList<std::pair<qint64, QString>> upper
        = { { 24, u"1_24"_s }, { 49, u"25_49"_s }, { 74, u"50_74"_s }, { 99, u"75_99"_s } };
    for (const auto &[limit, key] : upper)
        if (p <= limit)
            return key;
    return u"75_99"_s;
}

const QStringList &DashboardQueries::progressBuckets()
{
    static const QStringList keys
        = { u"no_measures"_s, u"0"_s, u"1_24"_s, u"25_49"_s, u"50_74"_s, u"75_99"_s, u"100"_s };
    return keys;
}

} // namespace Qadam
