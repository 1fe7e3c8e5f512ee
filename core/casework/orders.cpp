// Supervision orders (PEC Art. 172, court-ordered administrative supervision): the state machine
// and its follow-up records. Every status change writes an OrderStatusChange (append-only
// history); a suspension is an OrderSuspension record with dates, which the deadline engine reads.
#include "machines.h"

#include "store/database.h"
#include "write/writeservice.h"

using namespace Qt::StringLiterals;

namespace Qadam {

namespace {

const QString kOrder = u"SupervisionOrder"_s;
const QList<Role> kOrderRoles = {Role::ProbationOfficer, Role::Supervisor};

QString str(const QVariantMap &m, const QString &key)
{
    return m.value(key).toString();
}

/** Appends the status-history entry for a command that moved the order from `before` to `after`. */
Status recordChange(WriteService &w, const CommandContext &ctx, const Record &after, const QString &toStatus,
                    const QDate &effectiveOn)
{
    QVariantMap change = {{u"personId"_s, str(after.fields, u"personId"_s)}, {u"orderId"_s, after.id},
                          {u"fromStatus"_s, str(ctx.before.fields, u"status"_s)}, {u"toStatus"_s, toStatus},
                          {u"effectiveOn"_s, effectiveOn.isValid() ? effectiveOn : ctx.today}};
    for (const QString &arg : {u"reason"_s, u"decisionNumber"_s})
        if (!str(ctx.params, arg).isEmpty())
            change.insert(arg, ctx.params.value(arg));
    return Status::of(w.create(u"OrderStatusChange"_s, change));
}

QDate paramDate(const CommandContext &ctx, const QString &key)
{
    return QDate::fromString(str(ctx.params, key), Qt::ISODate);
}

Status needsDate(const CommandContext &ctx, const QString &key)
{
    return paramDate(ctx, key).isValid() ? Status{}
                                         : Error::make(Error::Invalid, u"must be a date yyyy-MM-dd"_s, key);
}

/** The suspension still open (no end date) on an order, if any. */
Result<Record> openSuspension(WriteService &w, Database &db, const QString &orderId)
{
    auto id = db.scalar(u"SELECT id FROM order_suspension WHERE order_id = ?1 AND ends_on IS NULL "
                        u"ORDER BY starts_on DESC LIMIT 1"_s, {orderId});
    if (!id.ok())
        return id.error();
    if (id.value().isNull())
        return Error::make(Error::NotFound, u"no open suspension"_s);
    return w.get(u"OrderSuspension"_s, id.value().toString());
}

CommandSpec extend()
{
    CommandSpec c{u"extend"_s, {u"in_force"_s, u"extended"_s}, u"extended"_s};
    c.params = {u"endsOn"_s};
    c.args = {u"reason"_s, u"decisionNumber"_s};
    c.requiredParams = {u"endsOn"_s, u"decisionNumber"_s};
    c.roles = kOrderRoles;
    c.guard = [](const CommandContext &ctx) {
        if (Status s = needsDate(ctx, u"endsOn"_s); !s.ok())
            return s;
        const QDate current = QDate::fromString(str(ctx.before.fields, u"endsOn"_s), Qt::ISODate);
        return !current.isValid() || paramDate(ctx, u"endsOn"_s) > current
                   ? Status{}
                   : Error::make(Error::Invalid, u"an extension must move the end date later"_s, u"endsOn"_s);
    };
    c.effect = [](WriteService &w, const CommandContext &ctx, const Record &after) {
        return recordChange(w, ctx, after, u"extended"_s, ctx.today);
    };
    return c;
}

CommandSpec suspend()
{
    CommandSpec c{u"suspend"_s, {u"in_force"_s, u"extended"_s}, u"suspended"_s};
    c.args = {u"suspensionReason"_s, u"startsOn"_s, u"reason"_s, u"decisionNumber"_s};
    c.requiredParams = {u"suspensionReason"_s, u"startsOn"_s};
    c.roles = kOrderRoles;
    c.guard = [](const CommandContext &ctx) { return needsDate(ctx, u"startsOn"_s); };
    c.effect = [](WriteService &w, const CommandContext &ctx, const Record &after) {
        auto suspension = w.create(u"OrderSuspension"_s, {{u"personId"_s, str(after.fields, u"personId"_s)},
                                                          {u"orderId"_s, after.id},
                                                          {u"reason"_s, ctx.params.value(u"suspensionReason"_s)},
                                                          {u"startsOn"_s, ctx.params.value(u"startsOn"_s)}});
        if (!suspension.ok())
            return Status(suspension.error());
        return recordChange(w, ctx, after, u"suspended"_s, paramDate(ctx, u"startsOn"_s));
    };
    return c;
}

CommandSpec resume()
{
    CommandSpec c{u"resume"_s, {u"suspended"_s}, u"in_force"_s};
    c.args = {u"endsOn"_s, u"reason"_s, u"decisionNumber"_s};
    c.requiredParams = {u"endsOn"_s};
    c.roles = kOrderRoles;
    c.guard = [](const CommandContext &ctx) { return needsDate(ctx, u"endsOn"_s); };
    c.effect = [](WriteService &w, const CommandContext &ctx, const Record &after) {
        auto open = openSuspension(w, ctx.db, after.id);
        if (!open.ok())
            return Status(open.error());
        // The suspension ends the day before the order is back in force.
        if (Status s = w.update(u"OrderSuspension"_s, open.value().id, open.value().version,
                                {{u"endsOn"_s, ctx.params.value(u"endsOn"_s)}});
            !s.ok())
            return s;
        return recordChange(w, ctx, after, u"in_force"_s, paramDate(ctx, u"endsOn"_s).addDays(1));
    };
    return c;
}

CommandSpec terminate()
{
    CommandSpec c{u"terminate"_s, {u"draft"_s, u"in_force"_s, u"extended"_s, u"suspended"_s}, u"terminated"_s};
    c.params = {u"terminatedOn"_s, u"terminationReason"_s};
    c.args = {u"decisionNumber"_s};
    c.requiredParams = {u"terminatedOn"_s, u"terminationReason"_s};
    c.roles = kOrderRoles;
    c.effect = [](WriteService &w, const CommandContext &ctx, const Record &after) {
        return recordChange(w, ctx, after, u"terminated"_s, paramDate(ctx, u"terminatedOn"_s));
    };
    return c;
}

CommandSpec expire()
{
    CommandSpec c{u"expire"_s, {u"in_force"_s, u"extended"_s}, u"expired"_s};
    c.guard = [](const CommandContext &ctx) {
        const QDate ends = QDate::fromString(str(ctx.before.fields, u"endsOn"_s), Qt::ISODate);
        return ends.isValid() && ends < ctx.today
                   ? Status{}
                   : Error::make(Error::InvalidTransition, u"the order has not reached its end date"_s, u"endsOn"_s);
    };
    c.effect = [](WriteService &w, const CommandContext &ctx, const Record &after) {
        const QDate ends = QDate::fromString(str(ctx.before.fields, u"endsOn"_s), Qt::ISODate);
        return recordChange(w, ctx, after, u"expired"_s, ends.addDays(1));
    };
    return c;
}

CommandSpec bringIntoForce()
{
    CommandSpec c{u"bring_into_force"_s, {u"draft"_s}, u"in_force"_s};
    c.roles = kOrderRoles;
    c.effect = [](WriteService &w, const CommandContext &ctx, const Record &after) {
        return recordChange(w, ctx, after, u"in_force"_s, QDate::fromString(str(after.fields, u"startsOn"_s), Qt::ISODate));
    };
    return c;
}

} // namespace

StateMachine supervisionOrderMachine()
{
    return StateMachine{kOrder, u"status"_s, {u"draft"_s, u"in_force"_s}, {},
                        {bringIntoForce(), extend(), suspend(), resume(), terminate(), expire()}};
}

} // namespace Qadam
