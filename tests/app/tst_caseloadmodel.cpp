// Tests for Qadam::CaseloadModel on a real generated store: the officer's caseload, name search
// in Cyrillic and Latin (the same people either way), filters that narrow to known answers,
// the three sort orders, debounced typing and paging. largeCaseloadTimings prints (never asserts)
// how long a 5,000-person store takes to load and search.
#include "appsupport.h"
#include "caseloadmodel.h"
#include "caseloadrecords.h"
#include "caseloadtestsupport.h"

#include "search/nameindex.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Qadam;
using namespace Qadam::AppTest;

namespace {

bool settled(const CaseloadModel &m)
{
    return waitFor([&] { return !m.loading(); });
}

/** Every matching person id, fetching all pages. */
QStringList allIds(CaseloadModel &m)
{
    while (m.canFetchMore({})) {
        const int before = m.rowCount();
        m.fetchMore({});
        if (!waitFor([&] { return m.rowCount() > before; }))
            break;
    }
    QStringList ids;
    for (int r = 0; r < m.rowCount(); ++r)
        ids << m.personIdAt(r);
    return ids;
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

QVariant value(const CaseloadModel &m, int row, int role)
{
    return m.data(m.index(row), role);
}

} // namespace

class tst_CaseloadModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void listsTheOfficersCaseload();
    void rowsNameSurnameAndInitialsOnly();
    void searchFindsTheSamePeopleInCyrillicAndLatin();
    void searchByTwoWordsNarrows();
    void categoryFilterNarrowsToKnownAnswer();
    void overdueFilterKeepsOnlyOverduePeople();
    void regionAndStatusFiltersNarrow();
    void sortOrders();
    void typingIsDebouncedIntoOneQuery();
    void rowsArriveAPageAtATime();
    void largeCaseloadTimings();

private:
    std::unique_ptr<GeneratedSession> m_officer;
};

void tst_CaseloadModel::initTestCase()
{
    m_officer = std::make_unique<GeneratedSession>(Role::ProbationOfficer, kCaseloadPeople);
    QVERIFY2(m_officer->isOpen(), qPrintable(m_officer->status().error().detail));
}

void tst_CaseloadModel::listsTheOfficersCaseload()
{
    CaseloadModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(settled(model));
    const QSet<QString> mine = officerCases(m_officer->session());
    QVERIFY(!mine.isEmpty());
    QCOMPARE(model.totalCount(), mine.size());
    QCOMPARE(model.matchCount(), mine.size());
    const QStringList ids = allIds(model);
    QCOMPARE(QSet<QString>(ids.cbegin(), ids.cend()), mine);
    QStringList iins;
    for (const QVariantList &r : rows(m_officer->session(), u"SELECT iin FROM person WHERE iin IS NOT NULL"_s))
        iins << r.value(0).toString();
    for (int r = 0; r < model.rowCount(); ++r) {
        QVERIFY(!value(model, r, CaseloadModel::NameRole).toString().isEmpty());
        QVERIFY(!value(model, r, CaseloadModel::PriorityTextRole).toString().isEmpty());
        for (int role : { int(CaseloadModel::NameRole), int(CaseloadModel::AltNameRole),
                 int(CaseloadModel::CategoryTextRole), int(CaseloadModel::NextDueTextRole) })
            for (const QString &iin : std::as_const(iins))
                QVERIFY(!value(model, r, role).toString().contains(iin));
    }
}

/** SECURITY.md R19: a list never shows a full name, only the surname and initials. */
void tst_CaseloadModel::rowsNameSurnameAndInitialsOnly()
{
    CaseloadModel model;
    QVERIFY(settled(model));
    QVERIFY(model.rowCount() > 0);
    int checked = 0;
    for (int r = 0; r < model.rowCount(); ++r) {
        const QString id = value(model, r, CaseloadModel::PersonIdRole).toString();
        const QVariantList names = rows(m_officer->session(),
            u"SELECT surname_cyr, given_name_cyr, patronymic_cyr, surname_lat, given_name_lat, patronymic_lat "
            u"FROM person WHERE id = ?1"_s, { id }).value(0);
        QCOMPARE(names.size(), 6);
        const QString shown = value(model, r, CaseloadModel::NameRole).toString() + u" | "_s
            + value(model, r, CaseloadModel::AltNameRole).toString();
        for (int script : { 0, 3 }) {
            const QString surname = names.value(script).toString();
            const QString given = names.value(script + 1).toString();
            const QString patronymic = names.value(script + 2).toString();
            if (surname.isEmpty())
                continue;
            QVERIFY2(shown.contains(CaseloadRecords::listName(surname, given, patronymic)), qPrintable(id));
            for (const QString &part : { given, patronymic })
                if (part.size() > 1) {
                    QVERIFY2(!shown.contains(part), qPrintable(id)); // only its initial
                    ++checked;
                }
        }
    }
    QVERIFY(checked > model.rowCount()); // given names and patronymics in both scripts were checked
    QCOMPARE(CaseloadRecords::listName(u"Абенов"_s, u"Асқар"_s, u"Бекұлы"_s), u"Абенов А. Б."_s);
    QCOMPARE(CaseloadRecords::listName(u"Abenov"_s, u"askar"_s, {}), u"Abenov A."_s);
}

void tst_CaseloadModel::searchFindsTheSamePeopleInCyrillicAndLatin()
{
    CaseloadModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDebounceMs(0);
    QVERIFY(settled(model));
    const QSet<QString> mine = officerCases(m_officer->session());
    // A person of the caseload with a Kazakh given name in both scripts, e.g. Айгерім / Aigerim.
    QString id, cyrillic, latin;
    for (const QVariantList &r : rows(m_officer->session(),
             u"SELECT id, given_name_cyr, given_name_lat FROM person WHERE given_name_cyr <> '' "
             u"AND given_name_lat <> '' ORDER BY (given_name_cyr = 'Айгерім') DESC, id"_s))
        if (mine.contains(r.value(0).toString())) {
            id = r.value(0).toString();
            cyrillic = r.value(1).toString();
            latin = r.value(2).toString();
            break;
        }
    QVERIFY(!id.isEmpty());
    // Typed as on a Russian keyboard: Kazakh letters folded (і → и), any letter case.
    const QString typedCyrillic = NameIndex::fold(cyrillic).toUpper();
    model.setSearchText(typedCyrillic);
    QVERIFY(settled(model));
    const QStringList byCyrillic = sorted(allIds(model));
    model.setSearchText(latin.toLower());
    QVERIFY(settled(model));
    const QStringList byLatin = sorted(allIds(model));
    QVERIFY(byCyrillic.contains(id));
    QCOMPARE(byCyrillic, byLatin);
    QVERIFY(byCyrillic.size() < mine.size());
    for (const QString &found : byCyrillic)
        QVERIFY(mine.contains(found)); // search never leaves the caseload
    model.setSearchText(QString());
    QVERIFY(settled(model));
    QCOMPARE(model.matchCount(), mine.size());
}

void tst_CaseloadModel::searchByTwoWordsNarrows()
{
    CaseloadModel model;
    model.setDebounceMs(0);
    QVERIFY(settled(model));
    const QString id = model.personIdAt(0);
    const auto names = rows(m_officer->session(), u"SELECT surname_cyr, given_name_lat FROM person WHERE id = ?1"_s, { id });
    model.setSearchText(names.first().value(0).toString());
    QVERIFY(settled(model));
    const int bySurname = model.matchCount();
    model.setSearchText(names.first().value(0).toString() + u' ' + names.first().value(1).toString().left(3));
    QVERIFY(settled(model));
    QVERIFY(model.matchCount() >= 1 && model.matchCount() <= bySurname);
    QVERIFY(allIds(model).contains(id));
    model.setSearchText(u"Zzyzx"_s);
    QVERIFY(settled(model));
    QCOMPARE(model.matchCount(), 0);
    QCOMPARE(model.rowCount(), 0);
}

void tst_CaseloadModel::categoryFilterNarrowsToKnownAnswer()
{
    CaseloadModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(settled(model));
    const QVariantList options = model.categoryOptions();
    QVERIFY(options.size() >= 2); // "All categories" and at least one present
    QCOMPARE(options.first().toMap().value(u"value"_s).toString(), QString());
    const QString category = options.at(1).toMap().value(u"value"_s).toString();
    const QSet<QString> mine = officerCases(m_officer->session());
    int expected = 0;
    for (const QVariantList &r : rows(m_officer->session(), u"SELECT id, category_flags FROM person"_s))
        if (mine.contains(r.value(0).toString())
            && r.value(1).toString().split(u',').contains(category))
            ++expected;
    model.setCategory(category);
    QVERIFY(settled(model));
    QCOMPARE(model.matchCount(), expected);
    QVERIFY(expected > 0 && expected <= mine.size());
    const QString label = CaseloadRecords::categoryLabel(category);
    for (int r = 0; r < model.rowCount(); ++r)
        QVERIFY(value(model, r, CaseloadModel::CategoryTextRole).toString().contains(label));
}

void tst_CaseloadModel::overdueFilterKeepsOnlyOverduePeople()
{
    CaseloadModel model;
    QVERIFY(settled(model));
    const QSet<QString> mine = officerCases(m_officer->session());
    const QDate today = storeToday(m_officer->session());
    QSet<QString> overdue;
    for (const Obligation &o : allObligations(m_officer->session()))
        if (mine.contains(o.personId) && CaseloadRecords::needsAction(o, today))
            overdue.insert(o.personId);
    QVERIFY(!overdue.isEmpty());
    model.setOverdueOnly(true);
    QVERIFY(settled(model));
    const QStringList ids = allIds(model);
    QCOMPARE(QSet<QString>(ids.cbegin(), ids.cend()), overdue);
    for (int r = 0; r < model.rowCount(); ++r) {
        QVERIFY(value(model, r, CaseloadModel::OverdueRole).toBool());
        QCOMPARE(value(model, r, CaseloadModel::PriorityTextRole).toString(), u"Needs attention now"_s);
    }
}

void tst_CaseloadModel::regionAndStatusFiltersNarrow()
{
    CaseloadModel model;
    QVERIFY(settled(model));
    const QVariantMap region = model.regionOptions().value(1).toMap();
    QVERIFY(!region.value(u"value"_s).toString().isEmpty());
    model.setRegion(region.value(u"value"_s).toString());
    QVERIFY(settled(model));
    QVERIFY(model.matchCount() > 0);
    for (int r = 0; r < model.rowCount(); ++r)
        QCOMPARE(value(model, r, CaseloadModel::RegionTextRole).toString(), region.value(u"label"_s).toString());
    const int inRegion = model.matchCount();
    const QVariantMap status = model.statusOptions().value(1).toMap();
    model.setStatus(status.value(u"value"_s).toString());
    QVERIFY(settled(model));
    QVERIFY(model.matchCount() <= inRegion);
    for (int r = 0; r < model.rowCount(); ++r)
        QCOMPARE(value(model, r, CaseloadModel::StatusTextRole).toString(), status.value(u"label"_s).toString());
}

void tst_CaseloadModel::sortOrders()
{
    CaseloadModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(settled(model));
    for (int r = 1; r < model.rowCount(); ++r)
        QVERIFY(NameIndex::fold(value(model, r - 1, CaseloadModel::NameRole).toString())
            <= NameIndex::fold(value(model, r, CaseloadModel::NameRole).toString()));
    model.setSortOrder(CaseloadModel::SortOrder::NextDue);
    QVERIFY(settled(model));
    for (int r = 1; r < model.rowCount(); ++r) {
        const QDate a = QDate::fromString(value(model, r - 1, CaseloadModel::NextDueRole).toString(), Qt::ISODate);
        const QDate b = QDate::fromString(value(model, r, CaseloadModel::NextDueRole).toString(), Qt::ISODate);
        QVERIFY(!b.isValid() || (a.isValid() && a <= b)); // nothing due goes last
    }
    model.setSortOrder(CaseloadModel::SortOrder::Priority);
    QVERIFY(settled(model));
    QCOMPARE(value(model, 0, CaseloadModel::PriorityRole).toInt(), 0); // someone needs attention
    for (int r = 1; r < model.rowCount(); ++r)
        QVERIFY(value(model, r - 1, CaseloadModel::PriorityRole).toInt()
            <= value(model, r, CaseloadModel::PriorityRole).toInt());
}

void tst_CaseloadModel::typingIsDebouncedIntoOneQuery()
{
    CaseloadModel model;
    QVERIFY(settled(model));
    QSignalSpy results(&model, &CaseloadModel::resultsChanged);
    for (const QString &typed : { u"а"_s, u"аб"_s, u"абе"_s, u"абен"_s })
        model.setSearchText(typed);
    QVERIFY(model.loading()); // waiting for the pause in typing
    QVERIFY(settled(model));
    QCOMPARE(results.count(), 1);
    QCOMPARE(model.searchText(), u"абен"_s);
}

void tst_CaseloadModel::rowsArriveAPageAtATime()
{
    CaseloadModel model;
    model.setPageSize(10);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    int rowsAtReset = -1;
    connect(&model, &QAbstractItemModel::modelReset, this, [&] { rowsAtReset = model.rowCount(); });
    QVERIFY(settled(model));
    QVERIFY(model.matchCount() > 20);
    QCOMPARE(rowsAtReset, 10); // the first page only; the view (here the tester) asks for more
    const QStringList ids = allIds(model);
    QCOMPARE(ids.size(), model.matchCount());
    QCOMPARE(QSet<QString>(ids.cbegin(), ids.cend()).size(), ids.size()); // nobody twice
    QVERIFY(!inserted.isEmpty());
    for (const QList<QVariant> &insert : std::as_const(inserted))
        QVERIFY(insert.at(2).toInt() - insert.at(1).toInt() + 1 <= 10);
}

/**
 * Figures, not assertions on time: a supervisor's caseload in a 5,000-person store (the unit's
 * and region's cases), loaded, searched keystroke by keystroke and sorted. Generating the store
 * takes a minute or two on a busy machine, so it runs when QADAM_CASELOAD_BENCH_PEOPLE is set:
 *   QADAM_CASELOAD_BENCH_PEOPLE=5000 tests/app/tst_caseloadmodel largeCaseloadTimings
 */
void tst_CaseloadModel::largeCaseloadTimings()
{
    const int people = qEnvironmentVariableIntValue("QADAM_CASELOAD_BENCH_PEOPLE");
    if (people <= 0)
        QSKIP("set QADAM_CASELOAD_BENCH_PEOPLE=5000 to print the large-caseload timings");
    m_officer.reset();
    QElapsedTimer t;
    t.start();
    GeneratedSession store(Role::ProbationOfficer, people);
    QVERIFY(store.isOpen());
    qInfo("%d-person store generated in %lld ms", people, t.elapsed());
    // Act as the supervisor of the probation unit with the most orders: a large caseload.
    const auto busiest = rows(store.session(),
        u"SELECT s.id FROM staff_user s JOIN (SELECT probation_unit_id AS unit, count(*) AS n "
        u"FROM supervision_order GROUP BY probation_unit_id) c ON c.unit = s.organisation_id "
        u"WHERE s.role = 'supervisor' AND s.status = 'active' ORDER BY c.n DESC, s.id LIMIT 1"_s);
    QCOMPARE(busiest.size(), 1);
    store->lock();
    QVERIFY(store->openGenerated(QString::fromUtf16(kPassphrase),
        Actor { busiest.first().value(0).toString(), Role::Supervisor }).ok());
    t.restart();
    CaseloadModel model;
    QVERIFY(settled(model));
    qInfo("supervisor caseload: %d people; first page (%d rows) after %lld ms", model.totalCount(),
        model.rowCount(), t.elapsed());
    QVERIFY(model.totalCount() > model.pageSize());
    QCOMPARE(model.rowCount(), model.pageSize()); // a page at a time
    t.restart();
    model.fetchMore({});
    QVERIFY(waitFor([&] { return model.rowCount() == qMin(2 * model.pageSize(), model.matchCount()); }));
    qInfo("next page: %lld ms", t.elapsed());
    model.setDebounceMs(0);
    for (const QString &typed : { u"а"_s, u"ах"_s, u"ахм"_s, u"a"_s, u"akh"_s, u"akhm"_s }) {
        t.restart();
        model.setSearchText(typed);
        QVERIFY(settled(model));
        qInfo("search \"%s\": %d matches in %lld ms, off the GUI thread", qPrintable(typed), model.matchCount(),
            t.elapsed());
    }
    model.setSearchText(QString());
    for (const auto order : { CaseloadModel::SortOrder::Priority, CaseloadModel::SortOrder::NextDue }) {
        t.restart();
        model.setSortOrder(order);
        QVERIFY(settled(model));
        qInfo("sort %d: %lld ms", int(order), t.elapsed());
    }
    t.restart();
    model.reload();
    QVERIFY(settled(model));
    qInfo("reload after a data change: %lld ms", t.elapsed());
}

QTEST_MAIN(tst_CaseloadModel)
#include "tst_caseloadmodel.moc"
