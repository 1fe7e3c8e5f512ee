// Alerts raised by the casework rules, routed to whoever holds the case in the routed role.
#include "alertservice.h"

#include "store/database.h"
#include "write/writeservice.h"

using namespace Qt::StringLiterals;

namespace Qadam {

namespace {

const QString kAlert = u"Alert"_s;

/** One place a role's holder may be recorded: a staff column of a case record, best row first.
 *  Only active staff users qualify (an officer who left no longer receives alerts). */
struct HolderColumn
{
    QString table;
    QString column;
    QString personColumn;
    QString where; ///< extra condition on the row, may be empty
    QString orderBy; ///< best candidate first
};

/** The order a case is currently supervised under: one in force, else the latest. */
const QString kCurrentOrder = u"t.status IN ('in_force', 'extended', 'suspended') DESC, t.starts_on DESC"_s;

QList<HolderColumn> holderColumns(Role role)
{
    switch (role) {
    case Role::ProbationOfficer:
        return { { u"person"_s, u"case_officer_id"_s, u"id"_s, {}, u"t.id"_s },
            { u"supervision_order"_s, u"probation_officer_id"_s, u"person_id"_s, {}, kCurrentOrder } };
    case Role::PoliceOfficer:
        return { { u"supervision_order"_s, u"police_officer_id"_s, u"person_id"_s, {}, kCurrentOrder } };
    case Role::Supervisor:
        return { { u"assistance_programme"_s, u"approved_by"_s, u"person_id"_s,
            u"t.status IN ('approved', 'active', 'under_review')"_s, u"t.version_no DESC"_s } };
    case Role::Counsellor:
        return { { u"referral"_s, u"counsellor_id"_s, u"person_id"_s, u"t.status = 'active'"_s,
            u"t.term_start DESC"_s } };
    case Role::Administrator:
        break;
    }
    return {};
}

/** Any active supervisor of the case's probation unit (the order's, else the case officer's). */
const QString kUnitSupervisor
    = u"SELECT s.id FROM staff_user AS s WHERE s.role = 'supervisor' AND s.status = 'active' "
      u"AND s.organisation_id IN (SELECT probation_unit_id FROM supervision_order WHERE "
      u"person_id = ?1 UNION SELECT organisation_id FROM staff_user WHERE id = (SELECT "
      u"case_officer_id FROM person WHERE id = ?1)) ORDER BY s.id LIMIT 1"_s;

QString holderQuery(const HolderColumn &h)
{
    return u"SELECT t.%1 FROM %2 AS t JOIN staff_user AS s ON s.id = t.%1 AND s.status = 'active' "
           u"WHERE t.%3 = ?1%4 ORDER BY %5 LIMIT 1"_s.arg(h.column, h.table, h.personColumn,
               h.where.isEmpty() ? QString() : u" AND "_s + h.where, h.orderBy);
}

Status refuseAdministrator(Role role)
{
    return role == Role::Administrator
        ? Error::make(Error::Invalid, u"alerts are never routed to administrators"_s, u"routedRole"_s)
        : Status {};
}

} // namespace

AlertService::AlertService(Database &db, WriteService &writer)
    : m_db(db)
    , m_writer(writer)
{ }

Result<QString> AlertService::holderOf(const QString &personId, Role role)
{
    if (Status s = refuseAdministrator(role); !s.ok())
        return s.error();
    QStringList queries;
    for (const HolderColumn &h : holderColumns(role))
        queries << holderQuery(h);
    if (role == Role::Supervisor)
        queries << kUnitSupervisor;
    for (const QString &sql : queries) {
        auto found = m_db.scalar(sql, { personId });
        if (!found.ok())
            return found.error();
        if (!found.value().toString().isEmpty())
            return found.value().toString();
    }
    return QString();
}

Result<AlertReceipt> AlertService::existing(const QString &personId, const QString &key)
{
    auto stmt = m_db.prepare(u"SELECT id, routed_role, assigned_to FROM alert WHERE obligation_key = ?1 "
                             u"AND person_id = ?2 ORDER BY created_at, id LIMIT 1"_s);
    if (!stmt.ok())
        return stmt.error();
    stmt.value().bind(1, key).bind(2, personId);
    auto row = stmt.value().step();
    if (!row.ok())
        return row.error();
    if (!row.value())
        return AlertReceipt {};
    return AlertReceipt { stmt.value().text(0), false, stmt.value().text(1), stmt.value().text(2) };
}

Result<QString> AlertService::insert(const AlertRequest &request, const AlertReceipt &route)
{
    QVariantMap fields = { { u"personId"_s, request.personId }, { u"kind"_s, request.kind },
        { u"severity"_s, request.severity }, { u"status"_s, u"open"_s }, { u"raisedOn"_s, m_writer.today() },
        { u"routedRole"_s, route.routedRole }, { u"escalationLevel"_s, request.escalationLevel } };
    if (request.dueOn.isValid())
        fields.insert(u"dueOn"_s, request.dueOn);
    const QVariantMap optional
        = { { u"assignedTo"_s, route.assignedTo }, { u"sourceEntity"_s, request.source.entity },
              { u"sourceId"_s, request.source.id }, { u"obligationKey"_s, request.dedupKey } };
    for (auto it = optional.cbegin(); it != optional.cend(); ++it)
        if (!it.value().toString().isEmpty())
            fields.insert(it.key(), it.value());
    return m_writer.create(kAlert, fields);
}

Result<AlertReceipt> AlertService::raise(const AlertRequest &request)
{
    if (Status s = refuseAdministrator(request.routedRole); !s.ok())
        return s.error();
    Transaction tx(m_db);
    if (!tx.began())
        return tx.beginStatus().error();
    if (!request.dedupKey.isEmpty()) {
        auto found = existing(request.personId, request.dedupKey);
        if (!found.ok() || !found.value().id.isEmpty())
            return found;
    }
    AlertReceipt raised { {}, true, roleName(request.routedRole), request.assignee };
    if (raised.assignedTo.isEmpty()) {
        auto holder = holderOf(request.personId, request.routedRole);
        if (!holder.ok())
            return holder.error();
        raised.assignedTo = holder.value();
    }
    auto id = insert(request, raised);
    if (!id.ok())
        return id.error();
    raised.id = id.value();
    if (Status s = tx.commit(); !s.ok())
        return s.error();
    return raised;
}

Result<AlertReceipt> AlertService::raise(const QString &kind, const QString &severity,
    const QString &personId, const AlertSource &source, Role routedRole, const QString &assignee)
{
    AlertRequest request;
    request.kind = kind;
    request.severity = severity;
    request.personId = personId;
    request.source = source;
    request.routedRole = routedRole;
    request.assignee = assignee;
    return raise(request);
}

Status AlertService::acknowledge(const QString &alertId, qint64 baseVersion)
{
    return m_writer.command(kAlert, alertId, baseVersion, u"acknowledge"_s);
}

Status AlertService::resolve(const QString &alertId, qint64 baseVersion, const QString &note)
{
    return m_writer.command(kAlert, alertId, baseVersion, u"resolve"_s, { { u"resolutionNote"_s, note } });
}

Status AlertService::escalate(
    const QString &alertId, qint64 baseVersion, int level, Role role, const QString &severity)
{
    if (Status s = refuseAdministrator(role); !s.ok())
        return s;
    auto alert = m_writer.get(kAlert, alertId);
    if (!alert.ok())
        return alert.error();
    auto holder = holderOf(alert.value().fields.value(u"personId"_s).toString(), role);
    if (!holder.ok())
        return holder.error();
    QVariantMap params = { { u"escalationLevel"_s, level }, { u"routedRole"_s, roleName(role) } };
    if (!holder.value().isEmpty())
        params.insert(u"assignedTo"_s, holder.value());
    if (!severity.isEmpty())
        params.insert(u"severity"_s, severity);
    return m_writer.command(kAlert, alertId, baseVersion, u"escalate"_s, params);
}

} // namespace Qadam
