#include "commandguards.h"

using namespace Qt::StringLiterals;

namespace Qadam::Server {

namespace {

QString text(const QVariantMap &m, const QString &key)
{
    return m.value(key).toString();
}

QDate date(const QVariantMap &m, const QString &key)
{
    return QDate::fromString(text(m, key), Qt::ISODate);
}

Status invalid(const QString &field, const QString &why)
{
    return Error::make(Error::Invalid, why, field);
}

Status needsDate(const QVariantMap &params, const QString &key)
{
    return date(params, key).isValid() ? Status{} : invalid(key, u"must be a date yyyy-MM-dd"_s);
}

Status orderGuard(const QString &command, const QVariantMap &before, const QVariantMap &params, const QDate &today)
{
    if (command == u"extend") {
        if (Status s = needsDate(params, u"endsOn"_s); !s.ok())
            return s;
        const QDate current = date(before, u"endsOn"_s);
        return !current.isValid() || date(params, u"endsOn"_s) > current
                   ? Status{}
                   : invalid(u"endsOn"_s, u"an extension must move the end date later"_s);
    }
    if (command == u"suspend")
        return needsDate(params, u"startsOn"_s);
    if (command == u"resume")
        return needsDate(params, u"endsOn"_s);
    if (command == u"expire") {
        const QDate ends = date(before, u"endsOn"_s);
        return ends.isValid() && ends < today ? Status{} : invalid(u"endsOn"_s, u"the order has not ended"_s);
    }
    return {};
}

Status referralGuard(const QString &command, const QVariantMap &before, const QVariantMap &params, const QDate &today)
{
    if (command == u"expire") {
        const QDate end = date(before, u"termEnd"_s);
        return end.isValid() && end < today ? Status{} : invalid(u"termEnd"_s, u"the referral's term has not ended"_s);
    }
    if ((command == u"report_outcome" || command == u"complete") && params.contains(u"attendedCount"_s)
        && params.value(u"attendedCount"_s).toLongLong() < 0)
        return invalid(u"attendedCount"_s, u"cannot be negative"_s);
    return {};
}

Status alertGuard(const QString &command, const QVariantMap &before, const QVariantMap &params, const Actor &actor)
{
    if (command == u"acknowledge" || command == u"resolve") {
        const QString assignee = text(before, u"assignedTo"_s);
        const QString routed = text(before, u"routedRole"_s);
        const bool holds = actor.role == Role::Supervisor || assignee == actor.userId || routed == roleName(actor.role)
                        || (assignee.isEmpty() && routed.isEmpty());
        return holds ? Status{} : Error::make(Error::Forbidden, u"routed to another role or user"_s);
    }
    if (command == u"escalate") {
        bool ok = false;
        const qint64 next = params.value(u"escalationLevel"_s).toLongLong(&ok);
        if (!ok || next <= before.value(u"escalationLevel"_s).toLongLong())
            return invalid(u"escalationLevel"_s, u"an escalation raises the level"_s);
        if (text(params, u"routedRole"_s) == roleName(Role::Administrator))
            return invalid(u"routedRole"_s, u"alerts are never routed to administrators"_s);
    }
    return {};
}

} // namespace

Status checkServerGuard(const QString &entity, const QString &command, const QVariantMap &before,
                        const QVariantMap &params, const Actor &actor, const QDate &today)
{
    if (entity == u"AssistanceProgramme" && command == u"approve")
        return actor.userId == text(before, u"draftedBy"_s)
                   ? Error::make(Error::Forbidden, u"never approved by its author"_s, u"approvedBy"_s)
                   : Status{};
    if (entity == u"SupervisionOrder")
        return orderGuard(command, before, params, today);
    if (entity == u"Referral")
        return referralGuard(command, before, params, today);
    if (entity == u"Alert")
        return alertGuard(command, before, params, actor);
    return {};
}

} // namespace Qadam::Server
