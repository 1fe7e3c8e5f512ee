#include "migrations.h"

#include "database.h"
#include "util/logging.h"

#include <QFile>

using namespace Qt::StringLiterals;

namespace Qadam {

const QList<Migration> &Migrator::all()
{
    static const QList<Migration> migrations = {
        {1, u"records, outbox and audit chain"_s, u":/qadam/migrations/0001_records.sql"_s},
        {2, u"versioned reference dictionaries"_s, u":/qadam/migrations/0002_reference.sql"_s},
        {3, u"name search and caseload indexes"_s, u":/qadam/migrations/0003_search.sql"_s},
        {4, u"casework: deadline rules, suspensions, programme and referral states, alert routing"_s,
         u":/qadam/migrations/0004_casework.sql"_s},
        {5, u"covering index for the deadline engine"_s, u":/qadam/migrations/0005_deadline_index.sql"_s},
        {6, u"caseload index on the order's officers"_s, u":/qadam/migrations/0006_caseload_index.sql"_s},
        {7, u"sync: state, conflicts, buckets, restore ops"_s, u":/qadam/migrations/0007_sync.sql"_s},
        {8, u"ops that settle a conflict name it"_s, u":/qadam/migrations/0008_conflict_resolution.sql"_s},
        {9, u"a signed review schedules the next"_s, u":/qadam/migrations/0009_review_schedule.sql"_s},
        {10, u"ops carry the server version their device last saw"_s,
         u":/qadam/migrations/0010_outbox_server_base.sql"_s},
        {11, u"an officer's cases by the person record"_s, u":/qadam/migrations/0011_person_officer_index.sql"_s},
    };
    return migrations;
}

int Migrator::latestVersion()
{
    return all().constLast().version;
}

Result<int> Migrator::currentVersion(Database &db)
{
    auto exists = db.scalar(u"SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = 'schema_migrations'"_s);
    if (!exists.ok())
        return exists.error();
    if (exists.value().toInt() == 0)
        return 0;
    auto v = db.scalar(u"SELECT coalesce(max(version), 0) FROM schema_migrations"_s);
    if (!v.ok())
        return v.error();
    return v.value().toInt();
}

Status Migrator::migrate(Database &db, int target, qint64 nowMs)
{
    if (target < 0)
        target = latestVersion();
    auto current = currentVersion(db);
    if (!current.ok())
        return current.error();
    if (current.value() > latestVersion())
        return Error::make(Error::Unsupported,
                           u"database schema %1 is newer than this build (%2)"_s.arg(current.value()).arg(latestVersion()));
    for (const Migration &m : all()) {
        if (m.version <= current.value() || m.version > target)
            continue;
        QFile file(m.resource);
        if (!file.open(QIODevice::ReadOnly))
            return Error::make(Error::Storage, u"migration %1 resource missing"_s.arg(m.version));
        const QString sql = QString::fromUtf8(file.readAll());

        Transaction tx(db);
        if (!tx.began())
            return tx.beginStatus();
        if (Status s = db.exec(u"CREATE TABLE IF NOT EXISTS schema_migrations ("
                               u" version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at INTEGER NOT NULL)"_s);
            !s.ok())
            return s;
        if (Status s = db.exec(sql); !s.ok())
            return Error::make(s.code(), u"migration %1: %2"_s.arg(m.version).arg(s.error().detail));
        auto record = db.prepare(u"INSERT INTO schema_migrations(version, name, applied_at) VALUES (?1, ?2, ?3)"_s);
        if (!record.ok())
            return record.error();
        record.value().bind(1, qint64(m.version)).bind(2, m.name).bind(3, nowMs);
        if (Status s = record.value().run(); !s.ok())
            return s;
        if (Status s = tx.commit(); !s.ok())
            return s;
        qCInfo(lcCore) << "applied schema migration" << m.version;
    }
    return {};
}

} // namespace Qadam
