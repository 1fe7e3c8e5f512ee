#include "recordstore.h"

#include "database.h"

using namespace Qt::StringLiterals;

namespace Qadam {

const QStringList &RecordStore::commonColumns()
{
    static const QStringList columns = {u"id"_s, u"version"_s, u"hlc"_s, u"created_at"_s, u"created_by"_s,
                                        u"updated_at"_s, u"updated_by"_s, u"origin_device"_s};
    return columns;
}

namespace {

QString placeholders(int from, int count)
{
    QStringList p;
    for (int i = 0; i < count; ++i)
        p << u"?%1"_s.arg(from + i);
    return p.join(u", "_s);
}

/** Every column of the entity's table, in the order the statements bind and read them. */
QString allColumns(const EntitySpec &spec)
{
    static const QString common = RecordStore::commonColumns().join(u", "_s);
    Q_ASSERT(spec.fields.isEmpty() || !spec.fieldColumns.isEmpty());  // every spec comes from a Schema
    return spec.fields.isEmpty() ? common : common + u", "_s + spec.fieldColumns;
}

/** "?1, ?2, …, ?n": made once per column count (every record is written through these). */
QString placeholdersFor(qsizetype count)
{
    static const QList<QString> made = [] {
        QList<QString> out;
        for (int n = 0; n <= 96; ++n)
            out << placeholders(1, n);
        return out;
    }();
    return count < made.size() ? made.at(count) : placeholders(1, int(count));
}

} // namespace

Result<Record> RecordStore::get(const EntitySpec &spec, const QString &id)
{
    auto stmt = m_db.cached(u"SELECT "_s + allColumns(spec) + u" FROM "_s + spec.table + u" WHERE id = ?1"_s);
    if (!stmt.ok())
        return stmt.error();
    Statement &s = stmt.value();
    s.bind(1, id);
    auto row = s.step();
    if (!row.ok())
        return row.error();
    if (!row.value())
        return Error::make(Error::NotFound, u"%1 not found"_s.arg(spec.name));
    Record r;
    r.entity = spec.name;
    r.id = s.text(0);
    r.version = s.integer(1);
    r.hlc = s.integer(2);
    r.createdAt = s.integer(3);
    r.createdBy = s.text(4);
    r.updatedAt = s.integer(5);
    r.updatedBy = s.text(6);
    r.originDevice = s.text(7);
    const int common = int(commonColumns().size());
    for (int i = 0; i < spec.fields.size(); ++i) {
        if (!s.isNull(common + i))
            r.fields.insert(spec.fields.at(i).name, s.value(common + i));
    }
    return r;
}

Result<bool> RecordStore::exists(const EntitySpec &spec, const QString &id)
{
    auto v = m_db.scalar(u"SELECT 1 FROM %1 WHERE id = ?1"_s.arg(spec.table), {id});
    if (!v.ok())
        return v.error();
    return !v.value().isNull();
}

Status RecordStore::insert(const EntitySpec &spec, const Record &r)
{
    const qsizetype count = commonColumns().size() + spec.fields.size();
    auto stmt = m_db.cached(u"INSERT INTO "_s + spec.table + u"("_s + allColumns(spec) + u") VALUES ("_s
                            + placeholdersFor(count) + u")"_s);
    if (!stmt.ok())
        return stmt.error();
    Statement &s = stmt.value();
    s.bind(1, r.id).bind(2, r.version).bind(3, r.hlc).bind(4, r.createdAt).bind(5, r.createdBy);
    s.bind(6, r.updatedAt).bind(7, r.updatedBy).bind(8, r.originDevice);
    const int common = int(commonColumns().size());
    for (int i = 0; i < spec.fields.size(); ++i)
        s.bind(common + 1 + i, r.fields.value(spec.fields.at(i).name));
    return s.run();
}

Status RecordStore::update(const EntitySpec &spec, const Record &r, const QStringList &changed)
{
    QStringList sets = {u"version = ?2"_s, u"hlc = ?3"_s, u"updated_at = ?4"_s, u"updated_by = ?5"_s};
    for (int i = 0; i < changed.size(); ++i) {
        const FieldSpec *f = spec.field(changed.at(i));
        Q_ASSERT(f);
        sets << u"%1 = ?%2"_s.arg(f->column()).arg(6 + i);
    }
    auto stmt = m_db.prepare(u"UPDATE %1 SET %2 WHERE id = ?1"_s.arg(spec.table, sets.join(u", "_s)));
    if (!stmt.ok())
        return stmt.error();
    Statement &s = stmt.value();
    s.bind(1, r.id).bind(2, r.version).bind(3, r.hlc).bind(4, r.updatedAt).bind(5, r.updatedBy);
    for (int i = 0; i < changed.size(); ++i)
        s.bind(6 + i, r.fields.value(changed.at(i)));
    if (Status st = s.run(); !st.ok())
        return st;
    return m_db.changes() == 1 ? Status{} : Error::make(Error::NotFound, u"%1 not found"_s.arg(spec.name));
}

} // namespace Qadam
