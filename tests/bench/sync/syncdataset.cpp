#include "syncdataset.h"

#include "localwrites.h"

#include "domain/schema.h"
#include "generator/syntheticdata.h"
#include "store/database.h"
#include "store/migrations.h"
#include "store/recordstore.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QSet>

#include <cstdio>
#include <functional>

using namespace Qt::StringLiterals;

namespace Qadam::Bench {

namespace {

/** Bump when the generator's output changes, so cached stores are rebuilt. */
constexpr int kGeneratorVersion = 1;
const QDate kToday(2026, 1, 31);

qint64 startOfDayMs(const QDate &day)
{
    return QDateTime(day, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
}

QString sourcePath(const QString &dir, int people)
{
    return QDir(dir).filePath(u"qadam-sync-p%1-s1-%2-g%3-m%4.db"_s.arg(people)
                                  .arg(kToday.toString(u"yyyyMMdd"_s))
                                  .arg(kGeneratorVersion)
                                  .arg(Migrator::latestVersion()));
}

Result<qint64> countOf(Database &db, const QString &table, const QString &where)
{
    auto v = db.scalar(u"SELECT count(*) FROM %1 WHERE %2"_s.arg(table, where));
    if (!v.ok())
        return v.error();
    return v.value().toLongLong();
}

Status generate(const QString &path, int people, double *seconds)
{
    const QString tmp = path + u".tmp"_s;
    for (const QString &stale : {tmp, tmp + u"-wal"_s, tmp + u"-shm"_s})
        QFile::remove(stale);
    QElapsedTimer timer;
    timer.start();
    {
        DatabaseOptions dbOptions;
        dbOptions.cacheKiB = 64 * 1024;
        auto db = Database::open(tmp, benchDeviceKey(), dbOptions);
        if (!db.ok())
            return db.error();
        if (Status s = Migrator::migrate(*db.value(), -1, startOfDayMs(kToday)); !s.ok())
            return s;
        GeneratorOptions options;
        options.people = people;
        options.today = kToday;
        options.peoplePerTransaction = 5000;
        auto report = SyntheticData::generate(*db.value(), options, [](int done, int total) {
            std::fprintf(stderr, "\rgenerating: %d / %d people", done, total);
        });
        std::fputc('\n', stderr);
        if (!report.ok())
            return report.error();
        if (Status s = db.value()->checkpoint(); !s.ok())
            return s;
    }
    *seconds = double(timer.elapsed()) / 1000.0;
    QFile::remove(path);
    return QFile::rename(tmp, path) ? Status{} : Error::make(Error::Storage, u"cannot move the store into place"_s);
}

/** Ids of one entity's records, oldest first, with the person (bucket) each belongs to. */
Result<QList<std::pair<QString, QString>>> idsOf(Database &db, const EntitySpec &spec, int limit = -1)
{
    const QString person = spec.personField.isEmpty() ? u"''"_s
                           : spec.personField == u"id" ? u"id"_s
                                                       : spec.field(spec.personField)->column();
    auto q = db.prepare(u"SELECT id, %1 FROM %2 ORDER BY created_at, id LIMIT %3"_s.arg(person, spec.table).arg(limit));
    if (!q.ok())
        return q.error();
    QList<std::pair<QString, QString>> ids;
    for (;;) {
        auto row = q.value().step();
        if (!row.ok())
            return row.error();
        if (!row.value())
            return ids;
        ids.append({q.value().text(0), q.value().text(1)});
    }
}

Result<QList<Record>> load(Database &db, const EntitySpec &spec, const QList<std::pair<QString, QString>> &ids)
{
    QList<Record> records;
    records.reserve(ids.size());
    RecordStore rs(db);
    for (const auto &[id, person] : ids) {
        auto r = rs.get(spec, id);
        if (!r.ok())
            return r.error();
        records << r.value();
    }
    return records;
}

Result<QList<Record>> directory(Database &db)
{
    QList<Record> all;
    for (const QString &name : {u"Organisation"_s, u"StaffUser"_s}) {
        const EntitySpec &spec = *Schema::builtIn().entity(name);
        auto ids = idsOf(db, spec);
        if (!ids.ok())
            return ids.error();
        auto records = load(db, spec, ids.value());
        if (!records.ok())
            return records.error();
        all << records.value();
    }
    return all;
}

/** The active probation officer with the most cases: owner of every case of the data sets. */
Result<QString> pickOfficer(Database &db)
{
    auto v = db.scalar(u"SELECT s.id FROM staff_user s LEFT JOIN person p ON p.case_officer_id = s.id "
                       u"WHERE s.role = 'probation_officer' AND s.status = 'active' "
                       u"GROUP BY s.id ORDER BY count(p.id) DESC, s.id LIMIT 1"_s);
    if (!v.ok())
        return v.error();
    if (v.value().toString().isEmpty())
        return Error::make(Error::NotFound, u"no active probation officer in the generated data"_s);
    return v.value().toString();
}

/** Entities ordered so that each comes after every entity it refers to (cycles broken as met). */
QList<const EntitySpec *> referenceOrder()
{
    QList<const EntitySpec *> order;
    QSet<QString> visiting;
    std::function<void(const EntitySpec &)> visit = [&](const EntitySpec &e) {
        if (visiting.contains(e.name))
            return;
        visiting.insert(e.name);
        for (const FieldSpec &f : e.fields)
            if (!f.refEntity.isEmpty() && f.refEntity != e.name)
                if (const EntitySpec *target = Schema::builtIn().entity(f.refEntity))
                    visit(*target);
        if (!order.contains(&e))
            order << &e;
    };
    for (const EntitySpec &e : Schema::builtIn().entities())
        visit(e);
    return order;
}

bool isDirectory(const EntitySpec &spec)
{
    return spec.personField.isEmpty();
}

bool refersTo(const Record &r, const QSet<QString> &ids)
{
    for (const FieldSpec &f : Schema::builtIn().entity(r.entity)->fields)
        if (!f.refEntity.isEmpty() && ids.contains(r.fields.value(f.name).toString()))
            return true;
    return false;
}

void reassign(QList<Record> &records, const QString &officerId)
{
    for (Record &r : records)
        if (r.entity == u"Person")
            r.fields.insert(u"caseOfficerId"_s, officerId);
}

/** Adds to `support` every record `records` refer to, transitively, that is not in `have`. */
Status addReferences(Database &db, const QList<Record> &records, QSet<QString> &have, QList<Record> &support)
{
    QList<Record> frontier = records;
    RecordStore rs(db);
    while (!frontier.isEmpty()) {
        QList<Record> next;
        for (const Record &r : std::as_const(frontier)) {
            const EntitySpec &spec = *Schema::builtIn().entity(r.entity);
            for (const FieldSpec &f : spec.fields) {
                const QString id = r.fields.value(f.name).toString();
                const EntitySpec *target = f.refEntity.isEmpty() ? nullptr : Schema::builtIn().entity(f.refEntity);
                if (!target || id.isEmpty() || isDirectory(*target) || have.contains(id))
                    continue;
                auto got = rs.get(*target, id);
                if (!got.ok())
                    return got.error();
                have.insert(id);
                next << got.value();
            }
        }
        support << next;
        frontier = next;
    }
    return {};
}

/** Support records in reference order (people first). */
QList<Record> sortByReferences(const QList<Record> &records)
{
    QList<Record> sorted;
    for (const EntitySpec *spec : referenceOrder())
        for (const Record &r : records)
            if (r.entity == spec->name)
                sorted << r;
    return sorted;
}

} // namespace

const QStringList &syncPhases()
{
    static const QStringList phases = {u"push_full"_s, u"push_noop"_s, u"push_delta"_s, u"pull_full"_s,
                                       u"push_after_pull"_s};
    return phases;
}

QByteArray benchDeviceKey()
{
    return QByteArray(32, '\x5a');
}

QByteArray benchServerKey()
{
    return QByteArray(32, '\x3c');
}

Result<SourceData> prepareSource(const BenchOptions &options)
{
    QDir().mkpath(options.cacheDir);
    // About 3 probation-channel check-ins a person in the generator's default mix; start there and
    // grow when the guess was short.
    int people = std::max({50, options.checkIns / 3, options.mixedRecords / 10});
    for (int attempt = 0; attempt < 4; ++attempt) {
        SourceData source;
        source.path = sourcePath(options.cacheDir, people);
        source.today = kToday;
        source.people = people;
        source.cached = QFile::exists(source.path);
        if (!source.cached)
            if (Status s = generate(source.path, people, &source.generationSeconds); !s.ok())
                return s.error();
        auto db = openSource(source);
        if (!db.ok())
            return db.error();
        auto checkIns = countOf(*db.value(), u"check_in"_s, u"channel = 'probation'"_s);
        if (!checkIns.ok())
            return checkIns.error();
        source.checkInsAvailable = checkIns.value();
        if (source.checkInsAvailable >= options.checkIns)
            return source;
        people = int(double(people) * double(options.checkIns) / double(std::max<qint64>(1, checkIns.value())) * 1.1) + 10;
    }
    return Error::make(Error::NotFound, u"the generator did not produce enough check-ins"_s);
}

Result<std::unique_ptr<Database>> openSource(const SourceData &source)
{
    return Database::open(source.path, benchDeviceKey());
}

Result<SyncDataset> checkInDataset(Database &source, int count)
{
    SyncDataset set;
    set.name = u"checkins"_s;
    auto officer = pickOfficer(source);
    auto dir = directory(source);
    if (!officer.ok() || !dir.ok())
        return officer.ok() ? dir.error() : officer.error();
    set.officerId = officer.value();
    const EntitySpec &spec = *Schema::builtIn().entity(u"CheckIn"_s);
    auto ids = idsOf(source, spec);
    if (!ids.ok())
        return ids.error();
    // The officer's own check-ins: police-channel ones are recorded by the police.
    for (qsizetype start = 0; start < ids.value().size() && set.local.size() < count; start += 1000) {
        auto chunk = load(source, spec, ids.value().mid(start, 1000));
        if (!chunk.ok())
            return chunk.error();
        for (const Record &r : std::as_const(chunk.value()))
            if (set.local.size() < count && officerMayCreate(set.officerId, r))
                set.local << r;
    }
    set.perEntity.insert(spec.name, set.local.size());
    QSet<QString> have;
    for (const Record &r : std::as_const(set.local))
        have.insert(r.id);
    QList<Record> support;
    if (Status s = addReferences(source, set.local, have, support); !s.ok())
        return s.error();
    reassign(support, set.officerId);
    set.support = dir.value() + sortByReferences(support);
    return set;
}

Result<SyncDataset> mixedDataset(Database &source, int count)
{
    SyncDataset set;
    set.name = u"mixed"_s;
    auto officer = pickOfficer(source);
    auto dir = directory(source);
    if (!officer.ok() || !dir.ok())
        return officer.ok() ? dir.error() : officer.error();
    set.officerId = officer.value();
    set.support = dir.value();

    // Every record the officer may create as a local edit (and whose references are not left
    // out), per person; then whole caseloads until the count is reached.
    QHash<QString, int> perPerson;
    QHash<const EntitySpec *, QList<Record>> byEntity;
    QSet<QString> dropped;
    // Candidates: the first people (a caseload keeps several records a person; count / 2 is ample).
    auto people = idsOf(source, *Schema::builtIn().entity(u"Person"_s), count / 2 + 10);
    if (!people.ok())
        return people.error();
    QSet<QString> candidates;
    for (const auto &pair : people.value())
        candidates.insert(pair.first);
    const QList<const EntitySpec *> order = referenceOrder();
    for (const EntitySpec *spec : order) {
        if (isDirectory(*spec))
            continue;
        auto ids = idsOf(source, *spec);
        if (!ids.ok())
            return ids.error();
        QList<std::pair<QString, QString>> mine;
        for (const auto &pair : ids.value())
            if (candidates.contains(pair.second))
                mine << pair;
        auto records = load(source, *spec, mine);
        if (!records.ok())
            return records.error();
        reassign(records.value(), set.officerId);
        QList<Record> kept;
        for (const Record &r : std::as_const(records.value())) {
            if (!officerMayCreate(set.officerId, r) || refersTo(r, dropped)) {
                dropped.insert(r.id);
                continue;
            }
            ++perPerson[spec->personField == u"id" ? r.id : r.fields.value(spec->personField).toString()];
            kept << r;
        }
        byEntity.insert(spec, kept);
    }
    QSet<QString> chosen;
    qint64 total = 0;
    for (const Record &person : byEntity.value(Schema::builtIn().entity(u"Person"_s))) {
        if (total >= count)
            break;
        chosen.insert(person.id);
        total += perPerson.value(person.id);
    }
    for (const EntitySpec *spec : order) {
        int n = 0;
        for (const Record &r : byEntity.value(spec)) {
            const QString person = spec->personField == u"id" ? r.id : r.fields.value(spec->personField).toString();
            if (chosen.contains(person)) {
                set.local << r;
                ++n;
            }
        }
        if (n > 0)
            set.perEntity.insert(spec->name, n);
    }
    return set;
}

} // namespace Qadam::Bench
