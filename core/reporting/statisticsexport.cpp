#include "statisticsexport.h"

#include "casework/obligationloader.h"
#include "reporting/csvwriter.h"
#include "reporting/reportingdata.h"

#include <QMap>

using namespace Qt::StringLiterals;

namespace Qadam {

namespace {

/** One cell of the cross-tabulation: every column but the count, in column order. */
using CellKey = QStringList;

/** A cell's events and the distinct people they belong to. */
struct Cell
{
    qint64 events = 0;
    QSet<QString> people;
};

/** The row period of `day` and that period's last day. */
struct PeriodCut
{
    QString key;
    QDate last;
};

PeriodCut periodOf(const QDate &day, StatisticsPeriod period)
{
    switch (period) {
    case StatisticsPeriod::Year:
        return { QString::number(day.year()), QDate(day.year(), 12, 31) };
    case StatisticsPeriod::Quarter: {
        const int q = (day.month() - 1) / 3 + 1;
        const QDate first(day.year(), (q - 1) * 3 + 1, 1);
        return { u"%1-Q%2"_s.arg(day.year()).arg(q), first.addMonths(3).addDays(-1) };
    }
    case StatisticsPeriod::Month:
        break;
    }
    const QDate first = ReportingData::monthOf(day);
    return { first.toString(u"yyyy-MM"_s), first.addMonths(1).addDays(-1) };
}

QString sexCode(const QString &sex)
{
    return sex == u"female" || sex == u"male" ? sex : u"unknown"_s;
}

/** Counts events into cells: one per category flag of the person ("none" without flags). */
class CrossTab
{
public:
    CrossTab(const QHash<QString, ReportPerson> &people, const StatisticsOptions &options)
        : m_people(people)
        , m_options(options)
    { }

    void add(const QString &section, const QString &metric, const QString &personId, const QDate &day)
    {
        if (!day.isValid() || day < m_options.from || day > m_options.to || !m_people.contains(personId))
            return;
        const ReportPerson &p = m_people[personId];
        const PeriodCut cut = periodOf(day, m_options.period);
        const QStringList categories = p.categories.isEmpty() ? QStringList { u"none"_s } : p.categories;
        for (const QString &category : categories) {
            Cell &cell = m_cells[{ section, metric, cut.key, p.region.isEmpty() ? u"unknown"_s : p.region,
                category, sexCode(p.sex), StatisticsExport::ageBand(p.birthDate, cut.last) }];
            cell.events += 1;
            cell.people.insert(personId);
        }
    }
    [[nodiscard]] const QMap<CellKey, Cell> &cells() const { return m_cells; }

private:
    const QHash<QString, ReportPerson> &m_people;
    const StatisticsOptions &m_options;
    QMap<CellKey, Cell> m_cells; ///< sorted by key: the file's row order
};

Status checked(const StatisticsOptions &o)
{
    if (!o.from.isValid() || !o.to.isValid() || !o.asOf.isValid())
        return Error::make(Error::Invalid, u"from, to and asOf are required"_s,
            !o.from.isValid()     ? u"from"_s
                : !o.to.isValid() ? u"to"_s
                                  : u"asOf"_s);
    if (o.from > o.to)
        return Error::make(Error::Invalid, u"the period ends before it starts"_s, u"to"_s);
    if (o.suppressBelow < 2)
        return Error::make(Error::Invalid, u"suppression threshold under 2"_s, u"suppressBelow"_s);
    return {};
}

QString outcomeName(ObligationStatus status)
{
    switch (status) {
    case ObligationStatus::Attended:
        return u"attended"_s;
    case ObligationStatus::Excused:
        return u"excused"_s;
    case ObligationStatus::Missed:
    case ObligationStatus::Overdue:
        return u"missed"_s;
    default:
        return {};
    }
}

Status countAppearances(Database &db, const QSet<QString> &ids, const QDate &asOf, CrossTab &tab)
{
    auto obligations = ObligationLoader(db).obligations(ids, asOf);
    if (!obligations.ok())
        return obligations.error();
    for (const Obligation &o : std::as_const(obligations.value()))
        if (const QString outcome = outcomeName(o.status); !outcome.isEmpty())
            tab.add(u"compliance"_s, u"appearance_%1_%2"_s.arg(channelName(o.channel), outcome), o.personId,
                o.dueOn);
    return {};
}

QString measureMetric(const QString &status)
{
    if (status == u"done")
        return u"measure_done"_s;
    if (status == u"not_possible")
        return u"measure_not_possible"_s;
    return status == u"planned" || status == u"in_progress" ? u"measure_open"_s : QString();
}

Status countMeasures(Database &db, const QSet<QString> &ids, CrossTab &tab)
{
    auto measures = ReportingData::measures(db, ids, ReportingData::deliveryProgrammeStatuses());
    if (!measures.ok())
        return measures.error();
    for (const ReportMeasure &m : std::as_const(measures.value()))
        if (const QString metric = measureMetric(m.status); !metric.isEmpty())
            tab.add(u"programme"_s, metric, m.personId, m.dueOn);
    return {};
}

Status countReferrals(Database &db, const QSet<QString> &ids, CrossTab &tab)
{
    auto referrals = ReportingData::referrals(db, ids);
    if (!referrals.ok())
        return referrals.error();
    for (const ReportReferral &r : std::as_const(referrals.value())) {
        tab.add(u"referrals"_s, u"referral_started"_s, r.personId, r.termStart);
        if (r.status == u"completed")
            tab.add(u"referrals"_s, u"referral_completed"_s, r.personId, r.outcomeReportedOn);
        if (r.status == u"declined" || r.status == u"revoked" || r.status == u"expired")
            tab.add(u"referrals"_s, u"referral_ended"_s, r.personId, r.termStart);
    }
    return {};
}

} // namespace

StatisticsExport::StatisticsExport(Database &db, const Clock &clock, Actor actor, const AccessPolicy &policy)
    : m_db(db)
    , m_clock(clock)
    , m_actor(std::move(actor))
    , m_policy(policy)
{ }

QStringList StatisticsExport::columns()
{
    return { u"section"_s, u"metric"_s, u"period"_s, u"region"_s, u"category"_s, u"sex"_s, u"age_band"_s,
        u"count"_s };
}

QString StatisticsExport::ageBand(const QDate &born, const QDate &on)
{
    if (!born.isValid() || !on.isValid() || born > on)
        return u"unknown"_s;
    int age = on.year() - born.year();
    if (on.month() < born.month() || (on.month() == born.month() && on.day() < born.day()))
        --age;
    static const QList<std::pair<int, QString>> upper = { { 17, u"0-17"_s }, { 24, u"18-24"_s },
        { 34, u"25-34"_s }, { 44, u"35-44"_s }, { 54, u"45-54"_s } };
    for (const auto &[limit, band] : upper)
        if (age <= limit)
            return band;
    return u"55+"_s;
}

Result<ReportCsv> StatisticsExport::build(const StatisticsOptions &options)
{
    if (Status s = checked(options); !s.ok())
        return s.error();
    if (Status s = ReportExport::mayExport(m_db, m_actor, m_policy, u"Person"_s, FieldGroup::Status); !s.ok())
        return s.error();
    auto scope = ReportingData::scope(m_db, m_actor, options.asOf, m_policy);
    if (!scope.ok())
        return scope.error();
    const ReportScope &cases = scope.value();
    const QSet<QString> people
        = ReportingData::exportable(cases, m_actor, m_policy, u"Person"_s, FieldGroup::Status);
    const auto section = [&](const QString &entity) {
        return people & ReportingData::exportable(cases, m_actor, m_policy, entity, FieldGroup::Status);
    };
    CrossTab tab(cases.people, options);
    for (Status s : { countAppearances(m_db, section(u"CheckIn"_s), options.asOf, tab),
             countMeasures(m_db, section(u"ProgrammeMeasure"_s), tab),
             countReferrals(m_db, section(u"Referral"_s), tab) })
        if (!s.ok())
            return s.error();
    ReportCsv built;
    CsvWriter csv;
    csv.row(columns());
    for (auto it = tab.cells().cbegin(); it != tab.cells().cend(); ++it) {
        const bool small
            = it.value().events < options.suppressBelow || it.value().people.size() < options.suppressBelow;
        built.suppressedCells += small ? 1 : 0;
        csv.row(it.key()
            + QStringList {
                small ? u"<%1"_s.arg(options.suppressBelow) : QString::number(it.value().events) });
        ++built.rows;
    }
    built.bytes = csv.bytes();
    return built;
}

Result<ExportReceipt> StatisticsExport::writeFile(const StatisticsOptions &options, const QString &path)
{
    return ReportExport::writeFile(m_db, m_clock, m_actor, kReportKind.toString(), path, build(options));
}

Result<QByteArray> StatisticsExport::exportBytes(const StatisticsOptions &options, ExportReceipt *receipt)
{
    return ReportExport::deliverBytes(
        m_db, m_clock, m_actor, kReportKind.toString(), build(options), receipt);
}

} // namespace Qadam
