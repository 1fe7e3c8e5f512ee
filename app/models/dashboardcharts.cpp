#include "dashboardcharts.h"

#include "caseloadrecords.h"

#include <QLocale>
#include <QMap>

#include <cmath>
#include <functional>

using namespace Qt::StringLiterals;

namespace Qadam {

namespace {

QString countText(qint64 n) { return QLocale().toString(n); }

QString percentText(double p)
{
    //: A percentage on the dashboard, e.g. "87 %"
    return std::isnan(p) ? u"—"_s : DashboardCharts::tr("%1 %").arg(qRound(p));
}

/** One value of a single-series chart: its count is the value. */
void addCount(DashboardChart::Series &s, const Tally &t)
{
    s.values << double(t.count);
    s.valueTexts << countText(t.count);
    s.tallies << t;
}

DashboardChart::Series series(const QString &key, const QString &name)
{
    DashboardChart::Series s;
    s.key = key;
    s.name = name;
    return s;
}

/** The month's short name: the axis of a card has room for a dozen of them, not for years. */
QString monthLabel(const QDate &month, const QLocale &locale)
{
    return locale.standaloneMonthName(month.month(), QLocale::ShortFormat);
}

} // namespace

const Tally *DashboardChart::tally(int row, int s) const
{
    if (s < 0 || s >= series.size() || row < 0 || row >= series.at(s).tallies.size())
        return nullptr;
    return &series.at(s).tallies.at(row);
}

QString DashboardChart::drillTitle(int row, int s) const
{
    if (!tally(row, s))
        return {};
    //: Heading of the people behind one dashboard figure: %1 a series (e.g. "Completed"), %2 a bar (an organisation)
    return series.size() > 1 ? DashboardCharts::tr("%1: %2").arg(series.at(s).name, categories.at(row))
                             : categories.at(row);
}

double DashboardChart::maxValue() const
{
    double max = 0;
    for (const Series &s : series)
        for (double v : s.values)
            if (!std::isnan(v))
                max = std::max(max, v);
    return max;
}

const QStringList &DashboardCharts::figureKeys()
{
    static const QStringList keys = {u"caseloadByOfficer"_s, u"caseloadByRegion"_s, u"caseloadByCategory"_s,
        u"compliance"_s, u"overdue"_s, u"programmeProgress"_s, u"referrals"_s, u"alerts"_s, u"reviews"_s};
    return keys;
}

DashboardChart DashboardCharts::make(const DashboardFigures &f, const QString &figure, const QString &language)
{
    if (!figureKeys().contains(figure))
        return {};
    DashboardChart chart;
    if (figure.startsWith(u"caseload"))
        chart = caseload(f, figure);
    else if (figure == u"compliance")
        chart = compliance(f, language);
    else if (figure == u"overdue")
        chart = overdue(f);
    else if (figure == u"programmeProgress")
        chart = progress(f);
    else if (figure == u"referrals")
        chart = referrals(f);
    else if (figure == u"alerts")
        chart = alerts(f);
    else if (figure == u"reviews")
        chart = reviews(f);
    chart.figure = figure;
    finish(chart);
    return chart;
}

DashboardChart DashboardCharts::buckets(const QList<DashboardBucket> &buckets, const QString &seriesName,
    const std::function<QString(const DashboardBucket &)> &label)
{
    DashboardChart chart;
    DashboardChart::Series s = series(u"count"_s, seriesName);
    for (const DashboardBucket &b : buckets) {
        chart.categoryKeys << b.key;
        chart.categories << label(b);
        addCount(s, b.tally);
        chart.total += b.tally.count;
    }
    chart.series << s;
    return chart;
}

DashboardChart DashboardCharts::caseload(const DashboardFigures &f, const QString &figure)
{
    //: Dashboard series: people on the caseload
    const QString people = tr("People");
    DashboardChart chart;
    if (figure == u"caseloadByOfficer") {
        chart = buckets(f.caseloadByOfficer, people, [](const DashboardBucket &b) {
            return b.key.isEmpty() ? tr("No case officer") : b.label.isEmpty() ? tr("Unnamed officer") : b.label;
        });
    } else if (figure == u"caseloadByRegion") {
        chart = buckets(f.caseloadByRegion, people, [](const DashboardBucket &b) {
            return b.key.isEmpty() ? tr("Region unknown") : b.label.isEmpty() ? b.key : b.label;
        });
    } else {
        chart = buckets(f.caseloadByCategory, people,
                        [](const DashboardBucket &b) { return CaseloadRecords::categoryLabel(b.key); });
    }
    chart.total = f.caseload.count; // a person with two categories is one person
    return chart;
}

DashboardChart DashboardCharts::compliance(const DashboardFigures &f, const QString &language)
{
    DashboardChart chart;
    chart.percent = true;
    QList<QDate> months;
    for (const ComplianceMonth &m : f.compliance)
        if (!months.contains(m.month))
            months << m.month;
    std::sort(months.begin(), months.end());
    const QLocale locale(language);
    for (int i = 0; i < months.size(); ++i) {
        chart.categoryKeys << months.at(i).toString(Qt::ISODate);
        chart.categories << monthLabel(months.at(i), locale); // at most 12 months: no name twice
    }
    //: Dashboard: the monthly appearance at the internal affairs body (Art. 172 p9)
    DashboardChart::Series police = series(u"police"_s, tr("Police registration"));
    //: Dashboard: the monthly report at the probation service (Art. 172 p9)
    DashboardChart::Series probation = series(u"probation"_s, tr("Probation report"));
    qint64 attended = 0, decided = 0;
    for (DashboardChart::Series *s : {&police, &probation}) {
        s->values.fill(qQNaN(), months.size());
        s->valueTexts.fill(percentText(qQNaN()), months.size());
        s->tallies.resize(months.size());
    }
    for (const ComplianceMonth &m : f.compliance) {
        DashboardChart::Series &s = m.channel == Channel::Police ? police : probation;
        const int row = int(months.indexOf(m.month));
        const double p = m.compliancePercent().value_or(qQNaN());
        s.values[row] = p;
        s.valueTexts[row] = percentText(p);
        s.tallies[row] = m.missed; // who did not appear is who a supervisor follows up
        attended += m.attended.count;
        decided += m.attended.count + m.missed.count;
    }
    chart.series << police << probation;
    chart.total = decided > 0 ? qRound(100.0 * double(attended) / double(decided)) : 0;
    chart.totalText = decided > 0 ? percentText(double(chart.total)) : percentText(qQNaN());
    return chart;
}

DashboardChart DashboardCharts::overdue(const DashboardFigures &f)
{
    DashboardChart chart;
    //: Dashboard series: overdue appearances or measures
    DashboardChart::Series s = series(u"overdue"_s, tr("Overdue"));
    for (const QString &channel : {u"police"_s, u"probation"_s}) {
        Tally t;
        for (const DashboardBucket &b : f.overdueAppearances)
            if (b.key == channel)
                t = b.tally;
        chart.categoryKeys << channel;
        chart.categories << (channel == u"police" ? tr("Police registration") : tr("Probation report"));
        addCount(s, t);
        chart.total += t.count;
    }
    chart.categoryKeys << u"measures"_s;
    //: Dashboard: measures of the individual programmes past their due date
    chart.categories << tr("Programme measures");
    addCount(s, f.overdueMeasures);
    chart.total += f.overdueMeasures.count;
    chart.series << s;
    return chart;
}

DashboardChart DashboardCharts::progress(const DashboardFigures &f)
{
    const QMap<QString, QString> labels = {
        //: Dashboard: a programme without measures
        {u"no_measures"_s, tr("No measures")},
        //: Dashboard: a programme none of whose measures is delivered yet
        {u"0"_s, tr("None delivered")},
        {u"1_24"_s, tr("1–24 %")},
        {u"25_49"_s, tr("25–49 %")},
        {u"50_74"_s, tr("50–74 %")},
        {u"75_99"_s, tr("75–99 %")},
        //: Dashboard: a programme all of whose measures are delivered
        {u"100"_s, tr("All delivered")},
    };
    //: Dashboard series: individual programmes
    return buckets(f.programmeProgress, tr("Programmes"),
                   [&labels](const DashboardBucket &b) { return labels.value(b.key, b.key); });
}

DashboardChart DashboardCharts::referrals(const DashboardFigures &f)
{
    DashboardChart chart;
    //: Dashboard series: referrals whose term started in the period
    DashboardChart::Series referred = series(u"referred"_s, tr("Referred"));
    //: Dashboard series: referrals completed with the outcome reported
    DashboardChart::Series completed = series(u"completed"_s, tr("Completed"));
    //: Dashboard series: referrals declined, revoked or expired
    DashboardChart::Series ended = series(u"ended"_s, tr("Ended early"));
    for (const ReferralThroughput &r : f.referralsByOrganisation) {
        chart.categoryKeys << r.organisationId;
        chart.categories << (r.label.isEmpty() ? tr("Unnamed organisation") : r.label);
        addCount(referred, r.referred);
        addCount(completed, r.completed);
        addCount(ended, r.ended);
        chart.total += r.referred.count;
    }
    chart.series << referred << completed << ended;
    return chart;
}

DashboardChart DashboardCharts::alerts(const DashboardFigures &f)
{
    DashboardChart chart;
    //: Dashboard series: alerts not resolved yet
    DashboardChart::Series s = series(u"open"_s, tr("Open alerts"));
    const QList<std::pair<QString, QString>> severities = {
        //: Alert severity
        {u"urgent"_s, tr("Urgent")},
        //: Alert severity
        {u"warning"_s, tr("Warning")},
        //: Alert severity
        {u"info"_s, tr("Information")},
    };
    for (const auto &[key, label] : severities) {
        Tally t;
        for (const DashboardBucket &b : f.openAlertsBySeverity)
            if (b.key == key)
                t = b.tally;
        chart.categoryKeys << key;
        chart.categories << label;
        addCount(s, t);
        chart.total += t.count;
    }
    chart.series << s;
    return chart;
}

DashboardChart DashboardCharts::reviews(const DashboardFigures &f)
{
    DashboardChart chart;
    //: Dashboard series: progress reviews
    DashboardChart::Series s = series(u"reviews"_s, tr("Reviews"));
    chart.categoryKeys << u"due"_s << u"awaiting_sign_off"_s;
    //: Dashboard: programmes whose progress review is due
    chart.categories << tr("Review due");
    //: Dashboard: reviews written but not signed off by a supervisor
    chart.categories << tr("Awaiting sign-off");
    addCount(s, f.reviewsDue);
    addCount(s, f.reviewsAwaitingSignOff);
    chart.total = f.reviewsDue.count;
    chart.series << s;
    return chart;
}

void DashboardCharts::finish(DashboardChart &chart)
{
    if (chart.totalText.isEmpty())
        chart.totalText = countText(chart.total);
    QStringList parts;
    for (int row = 0; row < chart.count(); ++row) {
        QStringList values;
        for (const DashboardChart::Series &s : std::as_const(chart.series))
            values << (chart.series.size() > 1 ? tr("%1: %2").arg(s.name, s.valueTexts.value(row))
                                               : s.valueTexts.value(row));
        //: One line of a dashboard figure read aloud: %1 a bar's label, %2 its value(s)
        parts << tr("%1 — %2").arg(chart.categories.at(row), values.join(u", "_s));
    }
    chart.summaryText = parts.isEmpty() ? tr("Nothing to show for these filters.") : parts.join(u"; "_s);
}

} // namespace Qadam
