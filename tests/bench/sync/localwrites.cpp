#include "localwrites.h"

#include "casework/accesspolicy.h"
#include "domain/schema.h"
#include "serverstore.h"
#include "store/database.h"
#include "store/migrations.h"
#include "store/recordstore.h"
#include "write/statemachine.h"
#include "write/writeservice.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Qadam::Bench {

namespace {

constexpr int kChunk = 500;

} // namespace

QVariantMap createFields(const Record &r, const QHash<QString, QString> &newIds)
{
    const EntitySpec &spec = *Schema::builtIn().entity(r.entity);
    QVariantMap fields = r.fields;
    fields.remove(u"id"_s);
    for (const FieldSpec &f : spec.fields) {
        if (f.refEntity.isEmpty())
            continue;
        const QString old = fields.value(f.name).toString();
        if (const auto it = newIds.constFind(old); it != newIds.cend())
            fields.insert(f.name, it.value());
    }
    if (const StateMachine *m = StateMachines::builtIn().forEntity(r.entity)) {
        if (!m->initialStates.isEmpty() && !m->initialStates.contains(fields.value(m->stateField).toString()))
            fields.insert(m->stateField, m->initialStates.constFirst());
    }
    return fields;
}

bool officerMayCreate(const QString &officerId, const Record &r)
{
    const EntitySpec &spec = *Schema::builtIn().entity(r.entity);
    const QVariantMap fields = createFields(r, {});
    AccessContext ctx;
    ctx.personId = spec.personField == u"id" ? r.id : fields.value(spec.personField).toString();
    ctx.actorActive = true;
    ctx.ownCase = true;
    return AccessPolicy::builtIn()
        .decideFields(Actor{officerId, Role::ProbationOfficer}, spec, AccessAction::Create, fields.keys(), fields, ctx)
        .allowed();
}

namespace {

/** The first free-text field a patch may change (never a state, restricted or identifying field). */
const FieldSpec *patchableField(const EntitySpec &spec)
{
    for (const FieldSpec &f : spec.fields)
        if (f.type == FieldType::Text && !f.required
            && (f.sensitivity == Sensitivity::Ordinary || f.sensitivity == Sensitivity::Note))
            return &f;
    return nullptr;
}

QJsonObject toJson(const Record &r, bool withType)
{
    QJsonObject o = QJsonObject::fromVariantMap(r.fields);
    o.remove(u"id"_s);
    o.insert(u"_id"_s, r.id);
    if (withType)
        o.insert(u"type"_s, r.entity);
    return o;
}

Result<QString> amendOne(WriteService &ws, Database &db, const EntitySpec &spec, const QString &id)
{
    auto original = RecordStore(db).get(spec, id);
    if (!original.ok())
        return original.error();
    const FieldSpec *field = patchableField(spec);
    if (!field)
        return Error::make(Error::Invalid, u"no free-text field"_s);
    QVariantMap fields = original.value().fields;
    for (const QString &drop : {u"id"_s, u"amendsId"_s})
        fields.remove(drop);
    fields.insert(field->name, u"Corrected after a review with the supervisor."_s);
    return ws.amend(spec.name, id, fields);
}

} // namespace

Result<LocalSeed> writeLocal(Database &db, const Clock &clock, const SyncDataset &set)
{
    WriteService ws(db, clock, Actor{set.officerId, Role::ProbationOfficer});
    ws.setAccessPolicy(&AccessPolicy::builtIn());
    LocalSeed seed;
    QHash<QString, QString> newIds;
    for (qsizetype start = 0; start < set.local.size(); start += kChunk) {
        Transaction tx(db);
        if (!tx.began())
            return tx.beginStatus().error();
        for (const Record &r : set.local.mid(start, kChunk)) {
            auto id = ws.create(r.entity, createFields(r, newIds));
            if (!id.ok()) {
                ++seed.refused[r.entity + u':' + errorCodeName(id.code())];
                continue;
            }
            newIds.insert(r.id, id.value());
            seed.written.append({r.entity, id.value()});
        }
        if (Status s = tx.commit(); !s.ok())
            return s.error();
    }
    return seed;
}

Result<QByteArray> changeSome(Database &db, const Clock &clock, const QString &officerId,
                              const QList<Written> &written, int pct, qint64 *changed)
{
    WriteService ws(db, clock, Actor{officerId, Role::ProbationOfficer});
    ws.setAccessPolicy(&AccessPolicy::builtIn());
    const qint64 wanted = std::max<qint64>(1, written.size() * pct / 100);
    const qsizetype step = std::max<qsizetype>(1, 100 / std::max(1, pct));
    QByteArray lines;
    *changed = 0;
    // Every step-th record; when a change is refused, the next pass starts one record later.
    QList<qsizetype> order;
    for (qsizetype offset = 0; offset < step; ++offset)
        for (qsizetype i = offset; i < written.size(); i += step)
            order << i;
    for (const qsizetype at : std::as_const(order)) {
        if (*changed >= wanted)
            break;
        const EntitySpec &spec = *Schema::builtIn().entity(written.at(at).entity);
        if (spec.appendOnly) {
            auto id = amendOne(ws, db, spec, written.at(at).id);
            if (!id.ok())
                continue;
            auto amendment = RecordStore(db).get(spec, id.value());
            if (!amendment.ok())
                return amendment.error();
            lines += QJsonDocument(toJson(amendment.value(), false)).toJson(QJsonDocument::Compact) + '\n';
        } else {
            const FieldSpec *field = patchableField(spec);
            auto current = RecordStore(db).get(spec, written.at(at).id);
            if (!field || !current.ok())
                continue;
            const QString value = u"Updated after the monthly review."_s;
            if (!ws.update(spec.name, current.value().id, current.value().version, {{field->name, value}}).ok())
                continue;
            const QJsonObject patch{{u"_id"_s, current.value().id}, {field->name, value}};
            lines += QJsonDocument(patch).toJson(QJsonDocument::Compact) + '\n';
        }
        ++*changed;
    }
    return lines;
}

Result<QList<Record>> readBack(Database &db, const QList<Written> &written)
{
    QList<Record> records;
    records.reserve(written.size());
    RecordStore rs(db);
    for (const Written &w : written) {
        auto r = rs.get(*Schema::builtIn().entity(w.entity), w.id);
        if (!r.ok())
            return r.error();
        records << r.value();
    }
    return records;
}

QByteArray jsonLines(const QList<Record> &records, bool withType)
{
    QByteArray out;
    for (const Record &r : records)
        out += QJsonDocument(toJson(r, withType)).toJson(QJsonDocument::Compact) + '\n';
    return out;
}

Result<QHash<QString, QStringList>> idsPerEntity(Database &db)
{
    QHash<QString, QStringList> ids;
    for (const EntitySpec &spec : Schema::builtIn().entities()) {
        auto q = db.prepare(u"SELECT id FROM %1 ORDER BY id"_s.arg(spec.table));
        if (!q.ok())
            return q.error();
        QStringList list;
        for (;;) {
            auto row = q.value().step();
            if (!row.ok())
                return row.error();
            if (!row.value())
                break;
            list << q.value().text(0);
        }
        ids.insert(spec.name, list);
    }
    return ids;
}

Result<double> deviceLimitMs(const QString &dir, const QList<Record> &records)
{
    auto db = Database::open(QDir(dir).filePath(u"limit-device.db"_s), benchDeviceKey());
    if (!db.ok())
        return db.error();
    if (Status s = Migrator::migrate(*db.value()); !s.ok())
        return s.error();
    QElapsedTimer timer;
    timer.start();
    Transaction tx(*db.value());
    if (!tx.began())
        return tx.beginStatus().error();
    RecordStore rs(*db.value());
    for (const Record &r : records)
        if (Status s = rs.insert(*Schema::builtIn().entity(r.entity), r); !s.ok())
            return s.error();
    if (Status s = tx.commit(); !s.ok())
        return s.error();
    return double(timer.nsecsElapsed()) / 1e6;
}

Result<double> serverLimitMs(const QString &dir, const QList<Record> &records)
{
    auto store = Server::openServerStore(u"sqlite:"_s + QDir(dir).filePath(u"limit-server.db"_s), benchServerKey());
    if (!store.ok())
        return store.error();
    QList<Server::StoredRecord> rows;
    rows.reserve(records.size());
    for (const Record &r : records) {
        const EntitySpec &spec = *Schema::builtIn().entity(r.entity);
        Server::StoredRecord s;
        s.entity = r.entity;
        s.id = r.id;
        s.bucket = spec.personField.isEmpty() ? QString() : r.fields.value(spec.personField, r.id).toString();
        s.version = r.version;
        s.hlc = r.hlc;
        s.fields = r.fields;
        for (auto it = r.fields.cbegin(); it != r.fields.cend(); ++it)
            s.fieldVersions.insert(it.key(), r.version);
        s.createdAt = r.createdAt;
        s.createdBy = r.createdBy;
        s.updatedAt = r.updatedAt;
        s.updatedBy = r.updatedBy;
        rows << s;
    }
    QElapsedTimer timer;
    timer.start();
    auto txn = store.value()->begin(true);
    if (!txn.ok())
        return txn.error();
    for (Server::StoredRecord &s : rows)
        if (auto seq = txn.value()->putRecord(s); !seq.ok())
            return seq.error();
    if (Status s = txn.value()->commit(); !s.ok())
        return s.error();
    return double(timer.nsecsElapsed()) / 1e6;
}

} // namespace Qadam::Bench
