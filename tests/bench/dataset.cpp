#include "dataset.h"

#include "generator/seededrandom.h"
#include "generator/syntheticdata.h"
#include "search/nameindex.h"
#include "store/database.h"
#include "store/migrations.h"
#include "store/queries.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace Qadam::Bench {

namespace {

/** Bump when the generator's output changes, so cached data sets are rebuilt. */
constexpr int kGeneratorVersion = 1;

QString cacheKey(const DatasetSpec &spec)
{
    return u"qadam-p%1-e%2-s%3-%4-g%5-m%6"_s.arg(spec.people)
        .arg(spec.eventsPerPerson)
        .arg(spec.seed)
        .arg(spec.today.toString(u"yyyyMMdd"_s))
        .arg(kGeneratorVersion)
        .arg(Migrator::latestVersion());
}

qint64 startOfDayMs(const QDate &day)
{
    return QDateTime(day, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
}

Result<std::unique_ptr<Database>> openStore(const QString &path, int cacheKiB = DatabaseOptions {}.cacheKiB)
{
    DatabaseOptions options;
    options.cacheKiB = cacheKiB;
    return Database::open(path, benchKey(), options);
}

Result<GeneratorReport> generateInto(const QString &path, const DatasetSpec &spec)
{
    auto db = openStore(path, 64 * 1024);
    if (!db.ok())
        return db.error();
    if (Status s = Migrator::migrate(*db.value(), -1, startOfDayMs(spec.today)); !s.ok())
        return s.error();
    GeneratorOptions options;
    options.seed = spec.seed;
    options.people = spec.people;
    options.eventsPerPerson = spec.eventsPerPerson;
    options.today = spec.today;
    options.peoplePerTransaction = 5000;
    auto report = SyntheticData::generate(*db.value(), options,
        [](int done, int total) { std::fprintf(stderr, "\rgenerating: %d / %d people", done, total); });
    std::fputc('\n', stderr);
    if (!report.ok())
        return report.error();
    if (Status s = db.value()->checkpoint(); !s.ok())
        return s.error();
    return report;
}

Status exportPlain(const QString &encryptedPath, const QString &plainPath)
{
    auto db = openStore(encryptedPath);
    if (!db.ok())
        return db.error();
    return db.value()->exportTo(plainPath, {});
}

QJsonObject describe(const GeneratorReport &report, double seconds)
{
    QJsonObject counts;
    for (auto it = report.counts.cbegin(); it != report.counts.cend(); ++it)
        counts.insert(it.key(), it.value());
    return { { u"counts"_s, counts }, { u"people"_s, report.people() }, { u"events"_s, report.events() },
        { u"records"_s, report.records() }, { u"generationSeconds"_s, seconds } };
}

bool replace(const QString &from, const QString &to)
{
    QFile::remove(to);
    return QFile::rename(from, to);
}

Status buildDataset(const DatasetSpec &spec, const Dataset &d, const QString &base, QJsonObject *info)
{
    const QString tmp = base + u".tmp.db"_s;
    const QString plainTmp = base + u".plain.tmp.db"_s;
    for (const QString &stale : { tmp, plainTmp, tmp + u"-wal"_s, tmp + u"-shm"_s })
        QFile::remove(stale);
    QElapsedTimer timer;
    timer.start();
    auto report = generateInto(tmp, spec);
    if (!report.ok())
        return report.error();
    *info = describe(report.value(), double(timer.elapsed()) / 1000.0);
    if (!replace(tmp, d.encryptedPath))
        return Error::make(Error::Storage, u"cannot move the generated store into place"_s);
    std::fprintf(stderr, "exporting the plaintext copy…\n");
    if (Status s = exportPlain(d.encryptedPath, plainTmp); !s.ok())
        return s;
    return replace(plainTmp, d.plainPath)
        ? Status {}
        : Error::make(Error::Storage, u"cannot move the plaintext copy into place"_s);
}

// ---- Workload ----

/** A folded prefix of 2–5 letters, shorter ones as often as people type them. */
QString prefixOf(const QString &name, SeededRandom &rng)
{
    static const QList<int> lengths = { 2, 3, 3, 4, 4, 5 };
    return NameIndex::fold(name).left(rng.pick(lengths));
}

Status sampleNames(Database &db, Workload &w, SeededRandom &rng, int count)
{
    const qint64 people = db.scalar(u"SELECT max(rowid) FROM person"_s).value().toLongLong();
    auto stmt
        = db.prepare(u"SELECT surname_cyr, given_name_cyr, patronymic_cyr, surname_lat, given_name_lat, "
                     u"patronymic_lat FROM person WHERE rowid = ?1"_s);
    if (!stmt.ok() || people < 1)
        return Error::make(Error::NotFound, u"no people to sample"_s);
    Statement &s = stmt.value();
    for (int i = 0; i < count; ++i) {
        s.reset();
        s.bind(1, qint64(1 + rng.next() % quint64(people)));
        if (!s.step().value())
            return Error::make(Error::NotFound, u"person rowid gap"_s);
        const int part = rng.weighted({ 6, 3, 1 });
        w.cyrillic << QStringList { prefixOf(s.text(part), rng) };
        w.latin << QStringList { prefixOf(s.text(3 + part), rng) };
        if (i % 3 == 0)
            w.twoWords << QStringList { NameIndex::fold(s.text(0)).left(rng.between(3, 5)),
                NameIndex::fold(s.text(1)).left(rng.between(2, 4)) };
    }
    return {};
}

Status sampleOrders(Database &db, Workload &w, SeededRandom &rng, int officers)
{
    auto ids = db.prepare(u"SELECT DISTINCT probation_officer_id FROM supervision_order "
                          u"WHERE status IN ('in_force', 'extended') ORDER BY 1"_s);
    if (!ids.ok())
        return ids.error();
    QStringList all;
    while (ids.value().step().value())
        all << ids.value().text(0);
    for (int i = 0; i < officers && !all.isEmpty(); ++i)
        w.officers << all.takeAt(rng.below(int(all.size())));
    auto targets = db.prepare(
        u"SELECT person_id, id FROM supervision_order WHERE status = 'in_force' ORDER BY id LIMIT 500"_s);
    if (!targets.ok())
        return targets.error();
    while (targets.value().step().value())
        w.insertTargets << InsertTarget { targets.value().text(0), targets.value().text(1) };
    return w.officers.isEmpty() || w.insertTargets.isEmpty()
        ? Error::make(Error::NotFound, u"no orders in force"_s)
        : Status {};
}

// ---- The due list, computed without SQL cleverness ----

/** The due-list rule of core/store/queries.h, row for row, from plain scans. */
QStringList expectedDueRows(Database &db, const QDate &today)
{
    QHash<QString, QString> lastAttended; // order|channel → last attended day
    auto seen
        = db.prepare(u"SELECT order_id, channel, max(occurred_on) FROM check_in WHERE outcome = 'attended' "
                     u"GROUP BY order_id, channel"_s);
    while (seen.ok() && seen.value().step().value())
        lastAttended.insert(seen.value().text(0) + u'|' + seen.value().text(1), seen.value().text(2));
    const QString todayIso = today.toString(Qt::ISODate);
    const QDate monthStart(today.year(), today.month(), 1);
    auto orders
        = db.prepare(u"SELECT id, person_id, starts_on FROM supervision_order WHERE status IN ('in_force', "
                     u"'extended') AND starts_on <= ?1 AND (ends_on IS NULL OR ends_on >= ?1)"_s);
    orders.value().bind(1, todayIso);
    QStringList rows;
    while (orders.ok() && orders.value().step().value()) {
        for (const QString &channel : { u"police"_s, u"probation"_s }) {
            const QString person = orders.value().text(1);
            const QString last = lastAttended.value(orders.value().text(0) + u'|' + channel);
            const QDate lastDay = QDate::fromString(last, Qt::ISODate);
            if (lastDay.isValid() && lastDay >= monthStart)
                continue;
            const QDate from = lastDay.isValid()
                ? lastDay
                : QDate::fromString(orders.value().text(2), Qt::ISODate).addMonths(-1);
            const QDate due = QDate(from.year(), from.month(), 1).addMonths(2).addDays(-1);
            rows << QStringList { due.toString(Qt::ISODate), person, channel, orders.value().text(0), last,
                QString::number(due < today ? 1 : 0) }
                        .join(u'|');
        }
    }
    rows.sort();
    return rows;
}

QStringList actualDueRows(Database &db, const QDate &today)
{
    auto stmt = db.prepare(Queries::dueAppearances(Queries::DueScope::Everyone));
    QStringList rows;
    if (!stmt.ok())
        return rows;
    stmt.value().bind(1, today.toString(Qt::ISODate)).bind(2, qint64(-1));
    while (stmt.value().step().value()) {
        const Statement &s = stmt.value();
        rows << QStringList { s.text(4), s.text(1), s.text(2), s.text(0), s.text(3), s.text(5) }.join(u'|');
    }
    rows.sort();
    return rows;
}

} // namespace

QByteArray benchKey()
{
    return QByteArray(32, 'b');
}

Result<Dataset> prepareDataset(const DatasetSpec &spec)
{
    if (!QDir().mkpath(spec.directory))
        return Error::make(Error::Storage, u"cannot create "_s + spec.directory);
    const QString base = QDir(spec.directory).filePath(cacheKey(spec));
    Dataset d { base + u".db"_s, base + u".plain.db"_s, {} };
    QFile infoFile(base + u".json"_s);
    const bool cached = QFileInfo::exists(d.encryptedPath) && QFileInfo::exists(d.plainPath);
    if (cached && !spec.regenerate && infoFile.open(QIODevice::ReadOnly)) {
        d.info = QJsonDocument::fromJson(infoFile.readAll()).object();
        d.info.insert(u"cached"_s, true);
        return d;
    }
    if (Status s = buildDataset(spec, d, base, &d.info); !s.ok())
        return s.error();
    d.info.insert(u"encryptedBytes"_s, QFileInfo(d.encryptedPath).size());
    d.info.insert(u"plainBytes"_s, QFileInfo(d.plainPath).size());
    if (!infoFile.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return Error::make(Error::Storage, u"cannot write "_s + infoFile.fileName());
    infoFile.write(QJsonDocument(d.info).toJson());
    d.info.insert(u"cached"_s, false);
    return d;
}

Result<Workload> makeWorkload(Database &db, const DatasetSpec &spec)
{
    Workload w;
    w.today = spec.today.toString(Qt::ISODate);
    w.defaultCacheKiB = DatabaseOptions {}.cacheKiB;
    w.cacheKiB = spec.smoke ? QList<int> { 2048, 16384 } : QList<int> { 2048, 8192, 16384, 65536 };
    if (spec.smoke) {
        w.insertRows = 1000;
        w.insertRuns = 2;
        w.dueRunsEveryone = 5;
    }
    SeededRandom rng(spec.seed * 7919 + 17);
    if (Status s = sampleNames(db, w, rng, spec.smoke ? 200 : 300); !s.ok())
        return s.error();
    if (Status s = sampleOrders(db, w, rng, 200); !s.ok())
        return s.error();
    return w;
}

Result<qint64> checkDueList(Database &db, const QDate &today)
{
    const QStringList expected = expectedDueRows(db, today);
    const QStringList actual = actualDueRows(db, today);
    for (qsizetype i = 0; i < std::max(expected.size(), actual.size()); ++i) {
        const QString e = expected.value(i);
        const QString a = actual.value(i);
        if (e != a)
            return Error::make(
                Error::Corrupt, u"due list row %1: expected '%2', SQL gave '%3'"_s.arg(i).arg(e, a));
    }
    if (expected.isEmpty())
        return Error::make(Error::Corrupt, u"the due list is empty: the data set has no due appearances"_s);
    return qint64(expected.size());
}

} // namespace Qadam::Bench
