// Tests for the supervisor dashboard's models (DashboardFilters, DashboardData,
// DashboardChartModel, DashboardDrillModel) on a real generated store acting as a supervisor:
// every chart shows the numbers core's DashboardQueries computes for the same filter, the
// filters narrow them, and a drill-down lists exactly the people counted — by name, never by IIN.
#include "appsupport.h"
#include "caseloadtestsupport.h"
#include "dashboardchartmodel.h"
#include "dashboarddata.h"
#include "dashboarddrillmodel.h"
#include "dashboardfilters.h"

#include "reporting/dashboardqueries.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace Qadam;
using namespace Qadam::AppTest;

namespace {

constexpr int kPeople = 160;

/** The figures core computes for `choice`, on the store thread: the known answer. */
DashboardFigures coreFigures(AppSession &session, const DashboardChoice &choice)
{
    DashboardFigures out;
    session.worker()->runBlocking([&](CoreContext &ctx) {
        auto f = DashboardQueries(ctx.db, ctx.actor).figures(choice.query(ctx.today), session.language());
        if (f.ok())
            out = f.value();
    });
    return out;
}

bool loaded(const DashboardData &data)
{
    return waitFor([&] { return !data.loading() && data.figures(); });
}

bool loaded(const DashboardDrillModel &drill)
{
    return waitFor([&] { return !drill.loading(); });
}

QList<double> column(const DashboardChartModel &m, int series)
{
    QList<double> out;
    for (int row = 0; row < m.rowCount(); ++row)
        out << m.valueAt(row, series);
    return out;
}

QList<double> counts(const QList<DashboardBucket> &buckets)
{
    QList<double> out;
    for (const DashboardBucket &b : buckets)
        out << double(b.tally.count);
    return out;
}

/** The row of the largest value of series 0 (a figure with people behind it). */
int largestRow(const DashboardChartModel &m)
{
    int best = -1;
    for (int row = 0; row < m.rowCount(); ++row)
        if (best < 0 || m.valueAt(row, 0) > m.valueAt(best, 0))
            best = row;
    return best;
}

} // namespace

class tst_DashboardModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void filtersOfferTheScopeAndRefuseOddPeriods();
    void chartsPassTheModelTester_data();
    void chartsPassTheModelTester();
    void caseloadMatchesCore();
    void complianceShowsBothChannelsAsPercentages();
    void overdueAlertsProgressAndReviewsMatchCore();
    void referralsHaveThreeSeriesPerOrganisation();
    void officerFilterNarrowsTheCaseload();
    void categoryFilterKeepsOnlyThatCategory();
    void drillListsExactlyThePeopleCounted();
    void drillNeverShowsAnIin();
    void drillOfReviewsOpensTheReviewPage();
    void unknownFigureSaysSoAndShowsNothing();

private:
    std::unique_ptr<GeneratedSession> m_supervisor;
};

void tst_DashboardModel::initTestCase()
{
    m_supervisor = std::make_unique<GeneratedSession>(Role::Supervisor, kPeople);
    QVERIFY2(m_supervisor->isOpen(), qPrintable(m_supervisor->status().error().detail));
}

void tst_DashboardModel::filtersOfferTheScopeAndRefuseOddPeriods()
{
    DashboardFilters filters;
    QVERIFY(waitFor([&] { return !filters.loading() && filters.officerOptions().size() > 1; }));
    QVERIFY(filters.errorText().isEmpty());
    const DashboardFigures all = coreFigures(m_supervisor->session(), DashboardChoice());
    // "All officers" first, then every officer with a case in the supervisor's scope.
    QCOMPARE(filters.officerOptions().first().toMap().value(u"value"_s).toString(), QString());
    QVERIFY(filters.regionOptions().size() > 1);
    QVERIFY(filters.categoryOptions().size() > 1);
    for (const DashboardBucket &b : all.caseloadByOfficer) {
        if (b.key.isEmpty())
            continue;
        bool offered = false;
        for (const QVariant &o : filters.officerOptions())
            offered = offered || o.toMap().value(u"value"_s).toString() == b.key;
        QVERIFY2(offered, "every officer on the chart can be chosen");
    }

    QSignalSpy changed(&filters, &DashboardFilters::changed);
    QCOMPARE(filters.periodMonths(), 6);
    filters.setPeriodMonths(5); // not offered
    filters.setPeriodMonths(0);
    QCOMPARE(filters.periodMonths(), 6);
    QCOMPARE(changed.count(), 0);
    filters.setPeriodMonths(12);
    QCOMPARE(filters.periodMonths(), 12);
    QCOMPARE(changed.count(), 1);
    const DashboardFilter q = filters.choice().query(QDate(2026, 11, 21));
    QCOMPARE(q.from, QDate(2025, 12, 1));
    QCOMPARE(q.to, QDate(2026, 11, 21));
    filters.setRegion(u"KZ-X"_s);
    QVERIFY(filters.summaryText().contains(u"KZ-X"_s)); // an unknown code shows as itself
    filters.reset();
    QCOMPARE(filters.choice(), DashboardChoice());
    QCOMPARE(changed.count(), 3);
}

void tst_DashboardModel::chartsPassTheModelTester_data()
{
    QTest::addColumn<QString>("figure");
    for (const QString &key : DashboardCharts::figureKeys())
        QTest::newRow(qPrintable(key)) << key;
}

void tst_DashboardModel::chartsPassTheModelTester()
{
    QFETCH(QString, figure);
    DashboardData data;
    DashboardChartModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setFigure(figure);
    model.setSource(&data);
    QVERIFY(loaded(data));
    QVERIFY(model.errorText().isEmpty());
    QVERIFY2(model.rowCount() > 0, "every figure has categories on a generated store");
    QCOMPARE(model.categories().size(), model.rowCount());
    QCOMPARE(model.categoryKeys().size(), model.rowCount());
    QVERIFY(!model.series().isEmpty());
    QVERIFY(!model.totalText().isEmpty());
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex i = model.index(row);
        QVERIFY(!i.data(DashboardChartModel::LabelRole).toString().isEmpty());
        QCOMPARE(i.data(DashboardChartModel::ValueTextsRole).toStringList().size(), model.series().size());
        // The summary for screen readers names every category.
        QVERIFY2(model.summaryText().contains(model.categories().at(row)), qPrintable(model.summaryText()));
    }
    data.reload(); // a new snapshot: the tester checks the reset
    QVERIFY(waitFor([&] { return data.revision() == 2; }));
}

void tst_DashboardModel::caseloadMatchesCore()
{
    const DashboardFigures core = coreFigures(m_supervisor->session(), DashboardChoice());
    QVERIFY2(core.caseload.count > 0, "the supervisor's scope has active cases");
    DashboardData data;
    DashboardChartModel model;
    model.setSource(&data);
    model.setFigure(u"caseloadByOfficer"_s);
    QVERIFY(loaded(data));
    QCOMPARE(model.total(), int(core.caseload.count));
    QCOMPARE(column(model, 0), counts(core.caseloadByOfficer));
    QCOMPARE(model.categoryKeys().first(), core.caseloadByOfficer.first().key);
    double sum = 0;
    for (double v : column(model, 0))
        sum += v;
    QCOMPARE(qint64(sum), core.caseload.count); // each active person has one officer bar

    model.setFigure(u"caseloadByRegion"_s);
    QCOMPARE(column(model, 0), counts(core.caseloadByRegion));
    model.setFigure(u"caseloadByCategory"_s);
    QCOMPARE(column(model, 0), counts(core.caseloadByCategory));
    QCOMPARE(model.total(), int(core.caseload.count)); // two categories, still one person
    QVERIFY(model.maxValue() >= 1);
}

void tst_DashboardModel::complianceShowsBothChannelsAsPercentages()
{
    const DashboardFigures core = coreFigures(m_supervisor->session(), DashboardChoice());
    DashboardData data;
    DashboardChartModel model;
    model.setSource(&data);
    model.setFigure(u"compliance"_s);
    QVERIFY(loaded(data));
    QVERIFY(model.percent());
    QCOMPARE(model.series().size(), 2);
    QCOMPARE(model.series().at(0).toMap().value(u"key"_s).toString(), u"police"_s);
    QCOMPARE(model.series().at(1).toMap().value(u"key"_s).toString(), u"probation"_s);
    QCOMPARE(model.rowCount(), 6); // six months by default
    qint64 attended = 0, decided = 0;
    for (const ComplianceMonth &m : core.compliance) {
        const int series = m.channel == Channel::Police ? 0 : 1;
        const int row = int(model.categoryKeys().indexOf(m.month.toString(Qt::ISODate)));
        QVERIFY(row >= 0);
        const auto p = m.compliancePercent();
        if (p)
            QCOMPARE(model.valueAt(row, series), *p);
        else
            QVERIFY(std::isnan(model.valueAt(row, series)));
        attended += m.attended.count;
        decided += m.attended.count + m.missed.count;
    }
    QVERIFY2(decided > 0, "some appearances were decided in six months");
    QCOMPARE(model.total(), int(qRound(100.0 * double(attended) / double(decided))));
    QVERIFY(model.totalText().contains(QString::number(model.total())));
}

void tst_DashboardModel::overdueAlertsProgressAndReviewsMatchCore()
{
    const DashboardFigures core = coreFigures(m_supervisor->session(), DashboardChoice());
    DashboardData data;
    QVERIFY(loaded(data));
    DashboardChartModel overdue, alerts, progress, reviews;
    for (auto [m, key] : {std::pair{&overdue, u"overdue"_s}, {&alerts, u"alerts"_s},
                          {&progress, u"programmeProgress"_s}, {&reviews, u"reviews"_s}}) {
        m->setSource(&data);
        m->setFigure(key);
    }
    QCOMPARE(overdue.categoryKeys(), (QStringList{u"police"_s, u"probation"_s, u"measures"_s}));
    QCOMPARE(overdue.valueAt(2, 0), double(core.overdueMeasures.count));
    qint64 overdueTotal = core.overdueMeasures.count;
    for (const DashboardBucket &b : core.overdueAppearances)
        overdueTotal += b.tally.count;
    QCOMPARE(overdue.total(), int(overdueTotal));

    QCOMPARE(alerts.categoryKeys(), (QStringList{u"urgent"_s, u"warning"_s, u"info"_s}));
    qint64 open = 0;
    for (const DashboardBucket &b : core.openAlertsBySeverity) {
        QCOMPARE(alerts.valueAt(int(alerts.categoryKeys().indexOf(b.key)), 0), double(b.tally.count));
        open += b.tally.count;
    }
    QCOMPARE(alerts.total(), int(open));

    QCOMPARE(progress.categoryKeys(), DashboardQueries::progressBuckets());
    QCOMPARE(column(progress, 0), counts(core.programmeProgress));

    QCOMPARE(reviews.valueAt(0, 0), double(core.reviewsDue.count));
    QCOMPARE(reviews.valueAt(1, 0), double(core.reviewsAwaitingSignOff.count));
    QCOMPARE(reviews.total(), int(core.reviewsDue.count));
}

void tst_DashboardModel::referralsHaveThreeSeriesPerOrganisation()
{
    const DashboardFigures core = coreFigures(m_supervisor->session(), DashboardChoice());
    QVERIFY2(!core.referralsByOrganisation.isEmpty(), "the generator refers people to organisations");
    DashboardData data;
    DashboardChartModel model;
    model.setSource(&data);
    model.setFigure(u"referrals"_s);
    QVERIFY(loaded(data));
    QCOMPARE(model.series().size(), 3);
    QCOMPARE(model.rowCount(), int(core.referralsByOrganisation.size()));
    for (int row = 0; row < model.rowCount(); ++row) {
        const ReferralThroughput &r = core.referralsByOrganisation.at(row);
        QCOMPARE(model.categoryKeys().at(row), r.organisationId);
        QCOMPARE(model.valueAt(row, 0), double(r.referred.count));
        QCOMPARE(model.valueAt(row, 1), double(r.completed.count));
        QCOMPARE(model.valueAt(row, 2), double(r.ended.count));
    }
}

void tst_DashboardModel::officerFilterNarrowsTheCaseload()
{
    DashboardFilters filters;
    DashboardData data;
    data.setFilters(&filters);
    DashboardChartModel model;
    model.setSource(&data);
    model.setFigure(u"caseloadByOfficer"_s);
    QVERIFY(loaded(data));
    int row = -1; // the officer with the most cases ("" is "no case officer", not a choice)
    for (int r = 0; r < model.rowCount(); ++r)
        if (!model.categoryKeys().at(r).isEmpty() && (row < 0 || model.valueAt(r, 0) > model.valueAt(row, 0)))
            row = r;
    QVERIFY2(row >= 0, "an officer owns cases in the supervisor's scope");
    const QString officer = model.categoryKeys().at(row);
    const double theirs = model.valueAt(row, 0);

    const int before = data.revision();
    filters.setOfficer(officer);
    QVERIFY(waitFor([&] { return data.revision() > before && !data.loading(); }));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.categoryKeys().first(), officer);
    QCOMPARE(model.valueAt(0, 0), theirs);
    QCOMPARE(model.total(), int(theirs));

    // Someone else's officer id (no case here): nothing is counted, nothing leaks.
    const int again = data.revision();
    filters.setOfficer(u"01000000-0000-7000-8000-000000000000"_s);
    QVERIFY(waitFor([&] { return data.revision() > again && !data.loading(); }));
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.total(), 0);
}

void tst_DashboardModel::categoryFilterKeepsOnlyThatCategory()
{
    DashboardFilters filters;
    QVERIFY(waitFor([&] { return filters.categoryOptions().size() > 1; }));
    const QString category = filters.categoryOptions().at(1).toMap().value(u"value"_s).toString();
    filters.setCategory(category);
    DashboardData data;
    data.setFilters(&filters);
    DashboardChartModel model;
    model.setSource(&data);
    model.setFigure(u"caseloadByCategory"_s);
    QVERIFY(loaded(data));
    const int row = int(model.categoryKeys().indexOf(category));
    QVERIFY2(row >= 0, "the chosen category has a bar");
    QCOMPARE(model.valueAt(row, 0), double(model.total())); // everyone counted has it

    DashboardDrillModel drill;
    drill.setSource(&data);
    drill.show(u"caseloadByCategory"_s, row, 0);
    QVERIFY(loaded(drill));
    QCOMPARE(drill.rowCount(), model.total());
    const auto flags = rows(m_supervisor->session(), u"SELECT category_flags FROM person WHERE id = ?1"_s,
                            {drill.personIdAt(0)});
    QVERIFY(flags.value(0).value(0).toString().split(u',').contains(category));
}

void tst_DashboardModel::drillListsExactlyThePeopleCounted()
{
    const DashboardFigures core = coreFigures(m_supervisor->session(), DashboardChoice());
    DashboardData data;
    DashboardChartModel caseload;
    caseload.setSource(&data);
    caseload.setFigure(u"caseloadByOfficer"_s);
    QVERIFY(loaded(data));
    const int row = largestRow(caseload);

    DashboardDrillModel drill;
    QAbstractItemModelTester tester(&drill, QAbstractItemModelTester::FailureReportingMode::QtTest);
    drill.setSource(&data);
    QCOMPARE(drill.rowCount(), 0); // nothing chosen yet
    QVERIFY(drill.title().isEmpty());
    drill.show(u"caseloadByOfficer"_s, row, 0);
    QVERIFY(loaded(drill));
    QVERIFY(drill.errorText().isEmpty());
    QCOMPARE(drill.title(), caseload.categories().at(row));
    QCOMPARE(drill.targetPage(), u"PersonPage"_s);
    const QStringList expected = core.caseloadByOfficer.at(row).tally.personIds;
    QCOMPARE(drill.rowCount(), int(expected.size()));
    QCOMPARE(drill.figureText(), QString::number(expected.size()));
    QStringList listed;
    for (int i = 0; i < drill.rowCount(); ++i) {
        listed << drill.personIdAt(i);
        const QString name = drill.index(i).data(DashboardDrillModel::NameRole).toString();
        QVERIFY(!name.isEmpty());
        const auto stored = rows(m_supervisor->session(),
            u"SELECT surname_cyr, surname_lat FROM person WHERE id = ?1"_s, {drill.personIdAt(i)});
        const QString cyr = stored.value(0).value(0).toString(), lat = stored.value(0).value(1).toString();
        const QString both = name + u' ' + drill.index(i).data(DashboardDrillModel::OtherNameRole).toString();
        QVERIFY2(both.contains(cyr) && both.contains(lat), "names in both scripts");
        if (i > 0) // sorted by name
            QVERIFY(QString::localeAwareCompare(drill.index(i - 1).data(DashboardDrillModel::NameRole).toString(),
                                                name) <= 0);
    }
    listed.sort();
    QCOMPARE(listed, expected);

    // A value of another series of another figure: the list follows.
    drill.show(u"referrals"_s, 0, 1);
    QVERIFY(loaded(drill));
    QCOMPARE(drill.rowCount(), int(core.referralsByOrganisation.first().completed.personIds.size()));
    QVERIFY(drill.title().contains(core.referralsByOrganisation.first().label));
    drill.clear();
    QCOMPARE(drill.rowCount(), 0);
}

void tst_DashboardModel::drillNeverShowsAnIin()
{
    DashboardData data;
    QVERIFY(loaded(data));
    DashboardChartModel caseload;
    caseload.setSource(&data);
    caseload.setFigure(u"caseloadByRegion"_s);
    DashboardDrillModel drill;
    drill.setSource(&data);
    drill.show(u"caseloadByRegion"_s, largestRow(caseload), 0);
    QVERIFY(loaded(drill));
    QVERIFY(drill.rowCount() > 0);
    int withIin = 0;
    for (int i = 0; i < drill.rowCount(); ++i) {
        const QString iin = rows(m_supervisor->session(), u"SELECT coalesce(iin, '') FROM person WHERE id = ?1"_s,
                                 {drill.personIdAt(i)}).value(0).value(0).toString();
        if (iin.isEmpty())
            continue;
        ++withIin;
        for (int role : drill.roleNames().keys())
            QVERIFY2(!drill.index(i).data(role).toString().contains(iin), "an IIN on the drill-down");
    }
    QVERIFY2(withIin > 0, "the generated people have IINs to leak");
}

void tst_DashboardModel::drillOfReviewsOpensTheReviewPage()
{
    const DashboardFigures core = coreFigures(m_supervisor->session(), DashboardChoice());
    DashboardData data;
    QVERIFY(loaded(data));
    DashboardDrillModel drill;
    drill.setSource(&data);
    drill.show(u"reviews"_s, 0, 0);
    QVERIFY(loaded(drill));
    QCOMPARE(drill.targetPage(), u"ReviewPage"_s);
    QCOMPARE(drill.rowCount(), int(core.reviewsDue.personIds.size()));
}

void tst_DashboardModel::unknownFigureSaysSoAndShowsNothing()
{
    DashboardData data;
    DashboardChartModel model;
    model.setSource(&data);
    model.setFigure(u"riskScore"_s); // the dashboard has none, by design
    QVERIFY(loaded(data));
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(model.series().isEmpty());
    QVERIFY(model.errorText().contains(u"riskScore"_s));

    DashboardDrillModel drill;
    drill.setSource(&data);
    drill.show(u"riskScore"_s, 0, 0);
    QVERIFY(loaded(drill));
    QCOMPARE(drill.rowCount(), 0);
    drill.show(u"caseloadByOfficer"_s, 9999, 0); // outside the chart
    QVERIFY(loaded(drill));
    QCOMPARE(drill.rowCount(), 0);
    QVERIFY(drill.title().isEmpty());
}

QTEST_MAIN(tst_DashboardModel)

#include "tst_dashboardmodel.moc"
