#include "reportingdata.h"

#include "casework/casescope.h"
#include "domain/referencedata.h"
#include "domain/schema.h"
#include "store/database.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace Qadam {

namespace {

QDate dateAt(const Statement &s, int column)
{
    return QDate::fromString(s.text(column), Qt::ISODate);
}

ReportPerson personAt(const Statement &s)
{
    ReportPerson p;
    p.id = s.text(0);
    p.caseOfficerId = s.text(1);
    p.territory = s.text(2);
    p.categories = s.text(3).split(u',', Qt::SkipEmptyParts);
    p.caseStatus = s.text(4);
    p.sex = s.text(5);
    p.birthDate = dateAt(s, 6);
    return p;
}

/** Reads the person facts of `ids` (one scan; names, IIN and address are never selected). */
Result<QHash<QString, ReportPerson>> people(Database &db, const QSet<QString> &ids)
{
    auto regionOf = ReferenceData::regionOf(db);
    if (!regionOf.ok())
        return regionOf.error();
    QHash<QString, ReportPerson> out;
    out.reserve(ids.size());
    Status s = ReportingData::eachRow(db,
        u"SELECT id, case_officer_id, residence_territory, category_flags, case_status, sex, birth_date "
        u"FROM person WHERE id IN (SELECT value FROM json_each(?1))"_s,
        { ReportingData::idList(ids) }, [&](const Statement &row) {
            if (!ids.contains(row.text(0)))
                return;
            ReportPerson p = personAt(row);
            p.region = regionOf.value().value(p.territory, p.territory);
            out.insert(p.id, std::move(p));
        });
    if (!s.ok())
        return s.error();
    return out;
}

/** `code` and every territory below it. */
Result<QSet<QString>> territoriesUnder(Database &db, const QString &code)
{
    QSet<QString> out { code };
    Status s = ReportingData::eachRow(db,
        u"WITH RECURSIVE down(code) AS (SELECT ?1 UNION SELECT e.code FROM ref_entry e JOIN down "
        u"ON e.parent_code = down.code WHERE e.dictionary = 'territory') SELECT code FROM down"_s,
        { code }, [&](const Statement &row) { out.insert(row.text(0)); });
    if (!s.ok())
        return s.error();
    return out;
}

bool passes(const ReportPerson &p, const QSet<QString> &territories, const QString &officerId,
    const QString &category)
{
    return (territories.isEmpty() || territories.contains(p.territory))
        && (officerId.isEmpty() || p.caseOfficerId == officerId)
        && (category.isEmpty() || p.categories.contains(category));
}

} // namespace

QSet<QString> ReportScope::ids() const
{
    QSet<QString> out;
    out.reserve(people.size());
    for (auto it = people.cbegin(); it != people.cend(); ++it)
        out.insert(it.key());
    return out;
}

namespace ReportingData {

Status eachRow(Database &db, const QString &sql, const QVariantList &params,
    const std::function<void(const Statement &)> &row)
{
    auto stmt = db.prepare(sql);
    if (!stmt.ok())
        return stmt.error();
    for (int i = 0; i < params.size(); ++i)
        stmt.value().bind(i + 1, params.at(i));
    while (true) {
        auto more = stmt.value().step();
        if (!more.ok())
            return more.error();
        if (!more.value())
            return {};
        row(stmt.value());
    }
}

Result<ReportScope> scope(Database &db, const Actor &actor, const QDate &asOf, const AccessPolicy &policy)
{
    auto contexts = CaseScope::contexts(db, actor, asOf, policy);
    if (!contexts.ok())
        return contexts.error();
    ReportScope out;
    out.contexts = std::move(contexts).value();
    QSet<QString> ids;
    for (auto it = out.contexts.cbegin(); it != out.contexts.cend(); ++it)
        ids.insert(it.key());
    auto found = people(db, ids);
    if (!found.ok())
        return found.error();
    out.people = std::move(found).value();
    return out;
}

Status narrow(Database &db, ReportScope &scope, const QString &territoryCode, const QString &officerId,
    const QString &category)
{
    QSet<QString> territories;
    if (!territoryCode.isEmpty()) {
        auto under = territoriesUnder(db, territoryCode);
        if (!under.ok())
            return under.error();
        territories = std::move(under).value();
    }
    for (auto it = scope.people.begin(); it != scope.people.end();) {
        if (passes(it.value(), territories, officerId, category)) {
            ++it;
            continue;
        }
        scope.contexts.remove(it.key());
        it = scope.people.erase(it);
    }
    return {};
}

QSet<QString> exportable(const ReportScope &scope, const Actor &actor, const AccessPolicy &policy,
    const QString &entity, FieldGroup group)
{
    const EntitySpec *spec = policy.schema().entity(entity);
    QSet<QString> out;
    if (!spec)
        return out;
    for (auto it = scope.contexts.cbegin(); it != scope.contexts.cend(); ++it)
        if (scope.people.contains(it.key())
            && policy.decide(actor, *spec, AccessAction::Export, group, {}, it.value()).allowed())
            out.insert(it.key());
    return out;
}

const QStringList &liveProgrammeStatuses()
{
    static const QStringList statuses = { u"approved"_s, u"active"_s, u"under_review"_s };
    return statuses;
}

const QStringList &deliveryProgrammeStatuses()
{
    static const QStringList statuses = liveProgrammeStatuses() + QStringList { u"completed"_s, u"closed"_s };
    return statuses;
}

Result<QList<ReportMeasure>> measures(
    Database &db, const QSet<QString> &ids, const QStringList &programmeStatuses)
{
    QStringList marks;
    QVariantList params { idList(ids) };
    for (const QString &status : programmeStatuses) {
        params << status;
        marks << u"?%1"_s.arg(params.size());
    }
    QList<ReportMeasure> out;
    Status s = eachRow(db,
        u"SELECT m.person_id, m.programme_id, m.status, m.due_on, m.delivered_on FROM programme_measure m "
        u"JOIN assistance_programme p ON p.id = m.programme_id WHERE p.status IN (%1) "
        u"AND m.person_id IN (SELECT value FROM json_each(?1))"_s.arg(marks.join(u", ")),
        params, [&](const Statement &row) {
            if (ids.contains(row.text(0)))
                out.append({ row.text(0), row.text(1), row.text(2), dateAt(row, 3), dateAt(row, 4) });
        });
    if (!s.ok())
        return s.error();
    return out;
}

Result<QList<ReportProgramme>> liveProgrammes(Database &db, const QSet<QString> &ids)
{
    QHash<QString, ReportProgramme> latest; // person → programme; the highest version wins
    QHash<QString, qint64> versionOf;
    Status s = eachRow(db,
        u"SELECT id, person_id, status, activated_on, coalesce(version_no, 0) FROM assistance_programme "
        u"WHERE status IN ('approved', 'active', 'under_review') AND person_id IN (SELECT value FROM json_each(?1))"_s,
        { idList(ids) }, [&](const Statement &row) {
            const QString person = row.text(1);
            if (!ids.contains(person) || versionOf.value(person, -1) >= row.integer(4))
                return;
            versionOf.insert(person, row.integer(4));
            latest.insert(person, { row.text(0), person, row.text(2), dateAt(row, 3) });
        });
    if (!s.ok())
        return s.error();
    return latest.values();
}

Result<QList<ReportReferral>> referrals(Database &db, const QSet<QString> &ids)
{
    QList<ReportReferral> out;
    Status s = eachRow(db,
        u"SELECT id, person_id, organisation_id, status, term_start, term_end, outcome_reported_on "
        u"FROM referral WHERE person_id IN (SELECT value FROM json_each(?1))"_s,
        { idList(ids) }, [&](const Statement &row) {
            if (ids.contains(row.text(1)))
                out.append({ row.text(0), row.text(1), row.text(2), row.text(3), dateAt(row, 4),
                    dateAt(row, 5), dateAt(row, 6) });
        });
    if (!s.ok())
        return s.error();
    return out;
}

Result<QHash<QString, QString>> staffNames(Database &db)
{
    QHash<QString, QString> out;
    Status s = eachRow(db, u"SELECT id, display_name FROM staff_user"_s, {},
        [&](const Statement &row) { out.insert(row.text(0), row.text(1)); });
    if (!s.ok())
        return s.error();
    return out;
}

Result<QHash<QString, QString>> organisationNames(Database &db, const QString &language)
{
    const QString column = language == u"kk" ? u"name_kk"_s : language == u"en" ? u"name_en"_s : u"name_ru"_s;
    QHash<QString, QString> out;
    Status s = eachRow(db,
        u"SELECT id, coalesce(nullif(%1, ''), nullif(name_ru, ''), nullif(name_kk, ''), name_en) "
        u"FROM organisation"_s.arg(column),
        {}, [&](const Statement &row) { out.insert(row.text(0), row.text(1)); });
    if (!s.ok())
        return s.error();
    return out;
}

QString idList(const QSet<QString> &ids)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(QStringList(ids.cbegin(), ids.cend())))
                                 .toJson(QJsonDocument::Compact));
}

QDate monthOf(const QDate &day)
{
    return QDate(day.year(), day.month(), 1);
}

} // namespace ReportingData

} // namespace Qadam
