#include "demoseed.h"

#include "pushapplier.h"
#include "scope.h"
#include "syncservice.h"

#include "generator/syntheticdata.h"
#include "store/database.h"
#include "store/migrations.h"
#include "store/recordstore.h"
#include "util/clock.h"

#include <QLoggingCategory>
#include <QTemporaryDir>

#include <sodium.h>

using namespace Qt::StringLiterals;

namespace Qadam::Server {

Q_DECLARE_LOGGING_CATEGORY(lcService)

namespace {

constexpr int kBatch = 1000;

/** Every record of one entity in the generated database, oldest first. */
Result<QList<Record>> readAll(Database &db, const EntitySpec &spec)
{
    auto q = db.prepare(u"SELECT id FROM %1 ORDER BY created_at, id"_s.arg(spec.table));
    if (!q.ok())
        return q.error();
    QStringList ids;
    for (;;) {
        auto row = q.value().step();
        if (!row.ok())
            return row.error();
        if (!row.value())
            break;
        ids << q.value().text(0);
    }
    QList<Record> records;
    RecordStore rs(db);
    for (const QString &id : ids) {
        auto r = rs.get(spec, id);
        if (!r.ok())
            return r.error();
        records << r.value();
    }
    return records;
}

/** Directory first, then people, then everything that refers to them. */
QList<const EntitySpec *> importOrder()
{
    QList<const EntitySpec *> order;
    for (const QString &first : {u"Organisation"_s, u"StaffUser"_s, u"Person"_s})
        order << Schema::builtIn().entity(first);
    for (const EntitySpec &e : Schema::builtIn().entities())
        if (!order.contains(&e))
            order << &e;
    return order;
}

Status importBatch(ServerStore &store, const Clock &clock, const EntitySpec &spec, const QList<Record> &batch,
                   qint64 *imported, qint64 *skipped)
{
    auto txn = store.begin(true);
    if (!txn.ok())
        return txn.error();
    for (const Record &r : batch) {
        Session session;
        session.actor = Actor{r.createdBy, Role::Administrator};
        session.nowMs = clock.nowMs();
        session.today = kazakhstanDate(session.nowMs);
        auto seq = PushApplier(*txn.value(), session).serverWrite(spec.name, r.id, r.fields);
        if (!seq.ok()) {
            ++*skipped;
            continue;
        }
        ++*imported;
        if (spec.name == u"StaffUser")
            if (Status s = txn.value()->putAccount(AccountRow{r.id, false}); !s.ok())
                return s;
    }
    return txn.value()->commit();
}

Result<qint64> importAll(ServerStore &store, const Clock &clock, Database &db)
{
    qint64 imported = 0, skipped = 0;
    for (const EntitySpec *spec : importOrder()) {
        auto records = readAll(db, *spec);
        if (!records.ok())
            return records.error();
        for (qsizetype i = 0; i < records.value().size(); i += kBatch)
            if (Status s = importBatch(store, clock, *spec, records.value().mid(i, kBatch), &imported, &skipped); !s.ok())
                return s.error();
    }
    if (skipped > 0)
        qCWarning(lcService) << "demo seed skipped" << skipped << "records that failed validation";
    return imported;
}

/** The best-placed active user of `role` by `countSql` (user id, case count, display name). */
Result<DemoAccount> pick(Database &db, const QString &role, const QString &countSql)
{
    auto q = db.prepare(u"SELECT s.id, s.display_name, coalesce(c.n, 0) FROM staff_user s "
                        u"LEFT JOIN (%1) c ON c.uid = s.id WHERE s.role = ?1 AND s.status = 'active' "
                        u"ORDER BY coalesce(c.n, 0) DESC, s.id LIMIT 1"_s.arg(countSql));
    if (!q.ok())
        return q.error();
    q.value().bind(1, role);
    auto row = q.value().step();
    if (!row.ok())
        return row.error();
    if (!row.value())
        return Error::make(Error::NotFound, u"the generated data has no active %1"_s.arg(role));
    return DemoAccount{q.value().text(0), q.value().text(1), role, {}, int(q.value().text(2).toInt())};
}

Result<QList<DemoAccount>> pickAccounts(Database &db)
{
    const QList<std::pair<QString, QString>> wanted = {
        {u"probation_officer"_s,
         u"SELECT case_officer_id AS uid, count(*) AS n FROM person GROUP BY case_officer_id"_s},
        {u"counsellor"_s, u"SELECT counsellor_id AS uid, count(DISTINCT person_id) AS n FROM referral "
                          u"WHERE status IN ('accepted', 'active', 'sent') GROUP BY counsellor_id"_s},
        {u"supervisor"_s, u"SELECT s.id AS uid, count(p.id) AS n FROM staff_user s "
                          u"JOIN staff_user o ON o.organisation_id = s.organisation_id "
                          u"JOIN person p ON p.case_officer_id = o.id GROUP BY s.id"_s},
    };
    QList<DemoAccount> accounts;
    for (const auto &[role, sql] : wanted) {
        auto account = pick(db, role, sql);
        if (!account.ok())
            return account.error();
        accounts << account.value();
    }
    return accounts;
}

} // namespace

Result<DemoSeed> seedDemo(SyncService &service, ServerStore &store, const Clock &clock, int people)
{
    QTemporaryDir dir;
    if (!dir.isValid())
        return Error::make(Error::Storage, u"no temporary directory"_s);
    QByteArray key(32, Qt::Uninitialized);
    randombytes_buf(key.data(), size_t(key.size()));
    auto db = Database::open(dir.filePath(u"generated.db"_s), key);
    Database::wipe(key);
    if (!db.ok())
        return db.error();
    if (Status s = Migrator::migrate(*db.value(), -1, clock.nowMs()); !s.ok())
        return s.error();
    GeneratorOptions options;
    options.people = people;
    options.today = kazakhstanDate(clock.nowMs());
    options.mode = GeneratorOptions::Mode::Seed;
    if (auto report = SyntheticData::generate(*db.value(), options); !report.ok())
        return report.error();
    auto imported = importAll(store, clock, *db.value());
    if (!imported.ok())
        return imported.error();
    auto accounts = pickAccounts(*db.value());
    if (!accounts.ok())
        return accounts.error();
    DemoSeed seed;
    seed.records = imported.value();
    for (DemoAccount account : accounts.value()) {
        auto code = service.issueEnrolmentCode(account.userId);
        if (!code.ok())
            return code.error();
        account.enrolmentCode = code.value();
        seed.accounts << account;
    }
    qCInfo(lcService) << "demo seeded:" << seed.records << "records," << seed.accounts.size() << "accounts";
    return seed;
}

} // namespace Qadam::Server
