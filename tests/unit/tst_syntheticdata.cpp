// Tests for Qadam::SyntheticData: deterministic by seed, every record kind, every record valid,
// LocalEdits through the real write path, names in both scripts that the caseload search finds.
#include "audit/auditlog.h"
#include "casework/obligationloader.h"
#include "casework/obligationrules.h"
#include "casework/obligations.h"
#include "casework/workcalendar.h"
#include "domain/referencedata.h"
#include "generator/namebank.h"
#include "generator/syntheticdata.h"
#include "search/nameindex.h"
#include "store/database.h"
#include "store/recordstore.h"
#include "testsupport.h"
#include "write/outbox.h"

#include <QCryptographicHash>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Qadam;

namespace {

const QDate kToday(2026, 3, 16);

GeneratorOptions options(quint64 seed, int people)
{
    GeneratorOptions o;
    o.seed = seed;
    o.people = people;
    o.today = kToday;
    o.peoplePerTransaction = 25; // several chunks even in a small run
    return o;
}

/** SHA-256 over every row of `table` in a stable order, each value tagged with its type. */
QByteArray tableHash(Database &db, const QString &table, const QString &orderBy = u"id"_s)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    auto stmt = db.prepare(u"SELECT * FROM %1 ORDER BY %2"_s.arg(table, orderBy));
    if (!stmt.ok())
        return {};
    while (stmt.value().step().value()) {
        for (int c = 0; c < stmt.value().columnCount(); ++c) {
            const QVariant v = stmt.value().value(c);
            hash.addData(QByteArray::number(v.typeId()) + ':' + v.toString().toUtf8() + '\x1f');
        }
        hash.addData("\x1e");
    }
    return hash.result().toHex();
}

QStringList hashedTables()
{
    QStringList tables;
    for (const EntitySpec &e : Schema::builtIn().entities())
        tables << e.table;
    return tables;
}

qint64 count(Database &db, const QString &table)
{
    return db.scalar(u"SELECT count(*) FROM "_s + table).value().toLongLong();
}

QStringList ids(Database &db, const EntitySpec &spec)
{
    QStringList out;
    auto stmt = db.prepare(u"SELECT id FROM %1 ORDER BY id"_s.arg(spec.table));
    while (stmt.ok() && stmt.value().step().value())
        out << stmt.value().text(0);
    return out;
}

/** The same checks the write path makes, done here independently of the generator. */
QString problemWith(Database &db, const EntitySpec &spec, const Record &record)
{
    for (const FieldSpec &f : spec.fields) {
        const QVariant v = record.fields.value(f.name);
        if (Status s = Schema::validateField(f, v); !s.ok())
            return s.error().detail;
        if (f.type == FieldType::Id && !f.refEntity.isEmpty() && !v.isNull()
            && !RecordStore(db).exists(*Schema::builtIn().entity(f.refEntity), v.toString()).value())
            return f.name + u" refers to nothing"_s;
        if (f.type == FieldType::Code && !v.isNull()
            && !ReferenceData::contains(db, f.refDictionary, v.toString()).value())
            return f.name + u" is not in dictionary "_s + f.refDictionary;
    }
    if (spec.check) {
        if (Status s = spec.check(record.fields); !s.ok())
            return s.error().detail;
    }
    return {};
}

bool onlyScript(const QString &text, QChar::Script script)
{
    for (const QChar c : text)
        if (c.isLetter() && c.script() != script)
            return false;
    return !text.isEmpty();
}

} // namespace

class tst_SyntheticData : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void sameSeedGivesIdenticalTables_data();
    void sameSeedGivesIdenticalTables();
    void differentSeedGivesDifferentData();
    void everyEntityHasRows();
    void everyRecordPassesValidation();
    void localEditsPassTheWritePath();
    void namesInBothScripts();
    void searchFindsGeneratedPeople_data();
    void searchFindsGeneratedPeople();
    void transliteration_data();
    void transliteration();
    void iinsArePlausible();
    void historiesEndToday();
    void everyCaseloadHasWorkOnAnyDay_data();
    void everyCaseloadHasWorkOnAnyDay();
    void eventsFollowEventsPerPerson();
    void progressReachesTotal();

private:
    std::unique_ptr<Database> generated(const QString &name, const GeneratorOptions &o);

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Database> m_twin;
    GeneratorReport m_report;
};

std::unique_ptr<Database> tst_SyntheticData::generated(const QString &name, const GeneratorOptions &o)
{
    auto db = Test::openMigrated(m_dir.filePath(name));
    if (!db)
        return {};
    auto report = SyntheticData::generate(*db, o);
    if (!report.ok()) {
        qWarning() << report.error().detail;
        return {};
    }
    m_report = report.value();
    return db;
}

void tst_SyntheticData::initTestCase()
{
    m_twin = generated(u"twin.db"_s, options(7, 120));
    m_db = generated(u"seed7.db"_s, options(7, 120));
    QVERIFY(m_db && m_twin);
}

void tst_SyntheticData::sameSeedGivesIdenticalTables_data()
{
    QTest::addColumn<QString>("table");
    QTest::addColumn<QString>("orderBy");
    for (const QString &table : hashedTables())
        QTest::newRow(qPrintable(table)) << table << u"id"_s;
    QTest::newRow("person_name_token") << u"person_name_token"_s << u"token, person_id"_s;
}

void tst_SyntheticData::sameSeedGivesIdenticalTables()
{
    QFETCH(QString, table);
    QFETCH(QString, orderBy);
    const QByteArray hash = tableHash(*m_db, table, orderBy);
    QVERIFY(!hash.isEmpty());
    QCOMPARE(tableHash(*m_twin, table, orderBy), hash);
}

void tst_SyntheticData::differentSeedGivesDifferentData()
{
    auto other = generated(u"seed8.db"_s, options(8, 120));
    QVERIFY(other);
    for (const QString &table : { u"person"_s, u"check_in"_s, u"counselling_session"_s, u"staff_user"_s })
        QVERIFY2(tableHash(*other, table) != tableHash(*m_db, table), qPrintable(table));
}

void tst_SyntheticData::everyEntityHasRows()
{
    m_twin.reset();
    auto small = generated(u"small.db"_s, options(3, 20));
    QVERIFY(small);
    for (const EntitySpec &e : Schema::builtIn().entities()) {
        QVERIFY2(count(*small, e.table) > 0, qPrintable(e.name));
        QCOMPARE(m_report.counts.value(e.name), count(*small, e.table));
    }
    QCOMPARE(m_report.people(), 20);
}

void tst_SyntheticData::everyRecordPassesValidation()
{
    for (const EntitySpec &spec : Schema::builtIn().entities()) {
        for (const QString &id : ids(*m_db, spec)) {
            auto record = RecordStore(*m_db).get(spec, id);
            QVERIFY(record.ok());
            const QString problem = problemWith(*m_db, spec, record.value());
            QVERIFY2(problem.isEmpty(), qPrintable(u"%1 %2: %3"_s.arg(spec.name, id, problem)));
        }
    }
}

void tst_SyntheticData::localEditsPassTheWritePath()
{
    GeneratorOptions o = options(11, 20);
    o.mode = GeneratorOptions::Mode::LocalEdits;
    o.validate = false; // the write path validates on its own
    auto db = generated(u"local.db"_s, o);
    QVERIFY(db);
    QCOMPARE(m_report.people(), 20);
    QVERIFY(m_report.commands > 0);
    qint64 rows = 0;
    for (const EntitySpec &e : Schema::builtIn().entities()) {
        const qint64 n = count(*db, e.table);
        QVERIFY2(n >= m_report.counts.value(e.name), qPrintable(e.name)); // command effects add history
        rows += n;
    }
    // One op and one audit event for every record created and every command issued, nothing
    // else. Commands' effects issue commands of their own (a referral starting its measure), so
    // count commands in the audit log rather than the generator's top-level counter.
    const qint64 commands
        = db->scalar(u"SELECT count(*) FROM audit_event WHERE action LIKE 'command:%'"_s).value().toLongLong();
    QVERIFY(commands >= m_report.commands);
    QCOMPARE(Outbox::count(*db).value(), rows + commands);
    QCOMPARE(count(*db, u"audit_event"_s), rows + commands);
    QVERIFY(AuditLog::verify(*db).value().intact());
}

void tst_SyntheticData::namesInBothScripts()
{
    auto stmt
        = m_db->prepare(u"SELECT surname_cyr, given_name_cyr, patronymic_cyr, surname_lat, given_name_lat, "
                        u"patronymic_lat FROM person"_s);
    QVERIFY(stmt.ok());
    int people = 0;
    while (stmt.value().step().value()) {
        ++people;
        for (int c = 0; c < 3; ++c)
            QVERIFY2(
                onlyScript(stmt.value().text(c), QChar::Script_Cyrillic), qPrintable(stmt.value().text(c)));
        for (int c = 3; c < 6; ++c)
            QVERIFY2(onlyScript(stmt.value().text(c), QChar::Script_Latin), qPrintable(stmt.value().text(c)));
    }
    QCOMPARE(people, 120);
    const qint64 kazakhLetters
        = m_db->scalar(u"SELECT count(*) FROM person WHERE surname_cyr GLOB '*[әғқңөұүһі]*' "
                       u"OR given_name_cyr GLOB '*[әғқңөұүһі]*'"_s)
              .value()
              .toLongLong();
    QVERIFY2(kazakhLetters > 20, "Kazakh names keep their Kazakh letters");
}

void tst_SyntheticData::searchFindsGeneratedPeople_data()
{
    QTest::addColumn<QString>("column");
    QTest::addColumn<int>("prefixLength");
    QTest::newRow("Cyrillic surname prefix") << u"surname_cyr"_s << 4;
    QTest::newRow("Latin surname prefix") << u"surname_lat"_s << 4;
    QTest::newRow("Cyrillic given name prefix") << u"given_name_cyr"_s << 3;
    QTest::newRow("Latin patronymic prefix") << u"patronymic_lat"_s << 5;
}

void tst_SyntheticData::searchFindsGeneratedPeople()
{
    QFETCH(QString, column);
    QFETCH(int, prefixLength);
    auto stmt = m_db->prepare(u"SELECT id, %1 FROM person ORDER BY id LIMIT 30"_s.arg(column));
    QVERIFY(stmt.ok());
    while (stmt.value().step().value()) {
        const QString prefix = stmt.value().text(1).left(prefixLength);
        auto found = NameIndex::search(*m_db, prefix, 1000);
        QVERIFY(found.ok());
        QVERIFY2(found.value().contains(stmt.value().text(0)), qPrintable(prefix));
    }
}

void tst_SyntheticData::transliteration_data()
{
    QTest::addColumn<QString>("cyrillic");
    QTest::addColumn<QString>("latin");
    QTest::newRow("е after a vowel") << u"Жұмабаев"_s << u"Zhumabayev"_s;
    QTest::newRow("й inside a word") << u"Сейткали"_s << u"Seitkali"_s;
    QTest::newRow("й at the end") << u"Сергей"_s << u"Sergey"_s;
    QTest::newRow("Kazakh patronymic, son") << u"Нұрланұлы"_s << u"Nurlanuly"_s;
    QTest::newRow("Kazakh patronymic, daughter") << u"Нұрланқызы"_s << u"Nurlankyzy"_s;
    QTest::newRow("Kazakh letters") << u"Әйгерім"_s << u"Aigerim"_s;
    QTest::newRow("е at the start") << u"Ерлан"_s << u"Yerlan"_s;
    QTest::newRow("ё after ь") << u"Соловьёв"_s << u"Solovyov"_s;
    QTest::newRow("Russian feminine") << u"Иванова"_s << u"Ivanova"_s;
    QTest::newRow("х and ия") << u"Ахметова Мария"_s << u"Akhmetova Mariya"_s;
}

void tst_SyntheticData::transliteration()
{
    QFETCH(QString, cyrillic);
    QFETCH(QString, latin);
    QCOMPARE(NameBank::transliterate(cyrillic), latin);
}

void tst_SyntheticData::iinsArePlausible()
{
    auto stmt = m_db->prepare(u"SELECT iin, birth_date, sex FROM person WHERE iin IS NOT NULL"_s);
    QVERIFY(stmt.ok());
    int checked = 0;
    while (stmt.value().step().value()) {
        const QString iin = stmt.value().text(0);
        const QDate born = QDate::fromString(stmt.value().text(1), Qt::ISODate);
        QVERIFY(QRegularExpression(u"^[0-9]{12}$"_s).match(iin).hasMatch());
        QCOMPARE(iin.left(6), born.toString(u"yyMMdd"_s));
        const int centurySex = (born.year() < 2000 ? 3 : 5) + (stmt.value().text(2) == u"female" ? 1 : 0);
        QCOMPARE(iin.at(6).digitValue(), centurySex);
        int sum = 0;
        for (int i = 0; i < 11; ++i)
            sum += iin.at(i).digitValue() * (i + 1);
        if (sum % 11 == 10) {
            sum = 0;
            for (int i = 0; i < 11; ++i)
                sum += iin.at(i).digitValue() * ((i + 2) % 11 + 1);
        }
        QCOMPARE(iin.at(11).digitValue(), sum % 11);
        ++checked;
    }
    QVERIFY(checked > 60);
}

void tst_SyntheticData::historiesEndToday()
{
    const QString today = kToday.toString(Qt::ISODate);
    for (const QString &sql :
        { u"SELECT max(occurred_on) FROM check_in"_s, u"SELECT max(occurred_on) FROM counselling_session"_s,
            u"SELECT max(raised_on) FROM alert"_s, u"SELECT max(starts_on) FROM supervision_order"_s })
        QVERIFY2(m_db->scalar(sql).value().toString() <= today, qPrintable(sql));
    QVERIFY(m_db->scalar(u"SELECT count(*) FROM check_in WHERE occurred_on >= '2026-03-01'"_s).value().toInt()
        > 0);
    QCOMPARE(m_db->scalar(u"SELECT count(*) FROM check_in WHERE outcome = 'missed' AND window_end >= ?1"_s,
                     { today })
                 .value()
                 .toInt(),
        0);
}

void tst_SyntheticData::everyCaseloadHasWorkOnAnyDay_data()
{
    QTest::addColumn<QDate>("today");
    QTest::newRow("Sunday") << QDate(2026, 11, 22);
    QTest::newRow("New Year's Day") << QDate(2027, 1, 1);
    QTest::newRow("Sunday after New Year") << QDate(2027, 1, 3);
    QTest::newRow("Nauryz") << QDate(2026, 3, 22);
    QTest::newRow("first of a month") << QDate(2026, 12, 1);
    QTest::newRow("last of a month") << QDate(2026, 8, 31);
    QTest::newRow("leap day") << QDate(2028, 2, 29);
}

/**
 * The demo and the app tests rely on the generated data having work to show on whatever day they
 * run: each probation officer with a running order has an overdue appearance on Today, and each
 * organisation whose officers write progress reviews has one waiting for a supervisor's sign-off.
 * Weekends and holidays move due dates; none of these days may leave a caseload empty.
 */
void tst_SyntheticData::everyCaseloadHasWorkOnAnyDay()
{
    QFETCH(QDate, today);
    GeneratorOptions o = options(3, 60);
    o.today = today;
    auto db = generated(u"day-%1.db"_s.arg(today.toString(Qt::ISODate)), o);
    QVERIFY(db);

    auto calendar = WorkCalendar::load(*db);
    auto inputs = ObligationLoader(*db).all();
    QVERIFY(calendar.ok() && inputs.ok());
    const DeadlineRules &rules = DeadlineRules::builtIn();
    const ObligationEngine engine(calendar.value(), rules.settings());
    QHash<QString, QString> officerOf; // person → probation officer of a running order
    auto orders = db->prepare(u"SELECT person_id, probation_officer_id FROM supervision_order "
                              u"WHERE status IN ('in_force', 'extended') AND starts_on < ?1 AND ends_on >= ?2"_s);
    QVERIFY(orders.ok());
    orders.value().bind(1, today.addMonths(-2).toString(Qt::ISODate));
    orders.value().bind(2, today.toString(Qt::ISODate));
    while (orders.value().step().value())
        officerOf.insert(orders.value().text(0), orders.value().text(1));
    const QList<QString> officerList = officerOf.values();
    QSet<QString> officers(officerList.cbegin(), officerList.cend());
    QVERIFY(officers.size() >= 2);
    for (const DeadlineInputs &in : std::as_const(inputs.value()))
        for (const Obligation &ob : engine.compute(in, today))
            if (officerOf.contains(ob.personId) && rules.needsAction(ob, today))
                officers.remove(officerOf.value(ob.personId));
    const QStringList idle(officers.cbegin(), officers.cend());
    QVERIFY2(idle.isEmpty(), qPrintable(u"officers without overdue work: "_s + idle.join(u", "_s)));

    const QString waiting = u"SELECT count(*) FROM staff_user o WHERE o.role = 'probation_officer' "
                            u"AND EXISTS (SELECT 1 FROM progress_review r JOIN staff_user a ON a.id = r.created_by "
                            u"WHERE a.organisation_id = o.organisation_id) "
                            u"AND NOT EXISTS (SELECT 1 FROM progress_review r JOIN staff_user a ON a.id = r.created_by "
                            u"JOIN assistance_programme p ON p.id = r.programme_id JOIN staff_user d ON d.id = p.drafted_by "
                            u"WHERE a.organisation_id = o.organisation_id AND r.signed_off_by IS NULL "
                            u"AND d.role <> 'supervisor')"_s;
    QCOMPARE(db->scalar(waiting).value().toInt(), 0); // no organisation lacks a review to sign off
    QVERIFY(db->scalar(u"SELECT count(*) FROM progress_review WHERE signed_off_by IS NOT NULL"_s)
                .value()
                .toInt()
        > 0);
}

void tst_SyntheticData::eventsFollowEventsPerPerson()
{
    GeneratorOptions o = options(5, 400);
    o.eventsPerPerson = 10;
    auto db = generated(u"events.db"_s, o);
    QVERIFY(db);
    const double perPerson = double(m_report.events()) / double(m_report.people());
    QVERIFY2(perPerson > 8.5 && perPerson < 11.5, qPrintable(QString::number(perPerson)));
    const double checkIns = double(m_report.counts.value(u"CheckIn"_s)) / double(m_report.events());
    QVERIFY2(checkIns > 0.5, "appearances are most of the events");
}

void tst_SyntheticData::progressReachesTotal()
{
    QList<std::pair<int, int>> calls;
    auto db = Test::openMigrated(m_dir.filePath(u"progress.db"_s));
    QVERIFY(db);
    QVERIFY(SyntheticData::generate(*db, options(2, 60), [&](int done, int total) {
        calls.append({ done, total });
    }).ok());
    QVERIFY(calls.size() >= 3);
    QCOMPARE(calls.constLast(), std::make_pair(60, 60));
}

QTEST_GUILESS_MAIN(tst_SyntheticData)
#include "tst_syntheticdata.moc"
