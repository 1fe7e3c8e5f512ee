#include "personreader.h"

#include "casework/caseaccess.h"
#include "domain/referencedata.h"
#include "domain/schema.h"
#include "store/database.h"
#include "store/recordstore.h"

using namespace Qt::StringLiterals;

namespace Qadam {

Result<PersonReader> PersonReader::open(Database &db, const Actor &actor, const QString &personId, const QDate &today,
    const QString &language, Purpose purpose)
{
    auto ctx = CaseAccess(db).resolve(actor, personId, today);
    if (!ctx.ok())
        return ctx.error();
    PersonReader reader;
    reader.m_db = &db;
    reader.m_actor = actor;
    reader.m_ctx = ctx.value();
    reader.m_open = AccessPolicy::builtIn().decideCaseRead(actor, reader.m_ctx);
    reader.m_personId = personId;
    reader.m_language = language;
    reader.m_today = today;
    reader.m_purpose = purpose;
    return reader;
}

bool PersonReader::may(AccessAction action, const QString &entity, FieldGroup group, const QVariantMap &record) const
{
    const EntitySpec *spec = Schema::builtIn().entity(entity);
    return spec && mayOpen()
        && AccessPolicy::builtIn().decide(m_actor, *spec, action, group, record, m_ctx).allowed();
}

QVariantMap PersonReader::readable(const QString &entity, const QVariantMap &fields) const
{
    const EntitySpec *spec = Schema::builtIn().entity(entity);
    if (!spec || !mayOpen())
        return {};
    const AccessPolicy &policy = AccessPolicy::builtIn();
    QVariantMap shown = policy.readable(m_actor, *spec, fields, m_ctx);
    if (m_purpose == Purpose::Export) // a field leaves the app only when its group may be exported
        shown.removeIf([&](QVariantMap::iterator it) {
            const auto group = policy.fieldGroups().groupOf(spec->name, it.key());
            return !group || !policy.decide(m_actor, *spec, AccessAction::Export, *group, fields, m_ctx).allowed();
        });
    if (!shown.isEmpty())
        shown.insert(u"id"_s, fields.value(u"id"_s));
    return shown;
}

Result<QVariantMap> PersonReader::record(const QString &entity, const QString &id) const
{
    const EntitySpec *spec = Schema::builtIn().entity(entity);
    if (!spec || id.isEmpty())
        return QVariantMap();
    auto stored = RecordStore(*m_db).get(*spec, id);
    if (!stored.ok())
        return stored.code() == Error::NotFound ? Result<QVariantMap>(QVariantMap()) : stored.error();
    QVariantMap fields = stored.value().fields;
    fields.insert(u"id"_s, id);
    return readable(entity, fields);
}

Result<QList<QVariantMap>> PersonReader::records(const QString &entity, const QString &orderBy) const
{
    const EntitySpec *spec = Schema::builtIn().entity(entity);
    if (!spec || spec->personField.isEmpty() || !mayOpen())
        return QList<QVariantMap>();
    const QString person = spec->field(spec->personField)->column();
    const QString order = spec->field(orderBy) ? spec->field(orderBy)->column() : u"created_at"_s;
    // A corrected record shows once, as its amendment (as the timeline does).
    const QString amended = spec->field(u"amendsId"_s)
        ? u" AND id NOT IN (SELECT amends_id FROM %1 WHERE %2 = ?1 AND amends_id IS NOT NULL)"_s
        : QString();
    auto ids = firstColumn(*m_db,
        (u"SELECT id FROM %1 WHERE %2 = ?1"_s + amended + u" ORDER BY %3, id"_s).arg(spec->table, person, order), m_personId);
    if (!ids.ok())
        return ids.error();
    QList<QVariantMap> out;
    for (const QString &id : ids.value()) {
        auto fields = record(entity, id);
        if (!fields.ok())
            return fields.error();
        if (!fields.value().isEmpty())
            out << fields.value();
    }
    return out;
}

Result<QStringList> PersonReader::firstColumn(Database &db, const QString &sql, const QString &arg)
{
    auto q = db.prepare(sql);
    if (!q.ok())
        return q.error();
    q.value().bind(1, arg);
    QStringList out;
    for (;;) {
        auto row = q.value().step();
        if (!row.ok())
            return row.error();
        if (!row.value())
            return out;
        out << q.value().text(0);
    }
}

QString PersonReader::label(const QString &dictionary, const QString &code, const QDate &on) const
{
    if (code.isEmpty())
        return {};
    auto text = ReferenceData::label(*m_db, dictionary, code, m_language, on.isValid() ? on : m_today);
    if (text.ok() && !text.value().isEmpty())
        return text.value();
    // A code no longer valid today still has its historical label.
    auto entries = ReferenceData::entries(*m_db, dictionary);
    if (entries.ok())
        for (const ReferenceEntry &e : entries.value())
            if (e.code == code)
                return e.label(m_language);
    return code;
}

QString PersonReader::staffName(const QString &staffId) const
{
    if (staffId.isEmpty())
        return {};
    auto name = m_db->scalar(u"SELECT display_name FROM staff_user WHERE id = ?1"_s, { staffId });
    return name.ok() ? name.value().toString() : QString();
}

QString PersonReader::organisationName(const QString &organisationId) const
{
    if (organisationId.isEmpty())
        return {};
    const QString column = m_language == u"kk" ? u"name_kk"_s : m_language == u"en" ? u"name_en"_s : u"name_ru"_s;
    auto name = m_db->scalar(
        u"SELECT coalesce(%1, name_ru) FROM organisation WHERE id = ?1"_s.arg(column), { organisationId });
    return name.ok() ? name.value().toString() : QString();
}

} // namespace Qadam
