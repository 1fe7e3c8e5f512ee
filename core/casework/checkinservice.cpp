// Appearances in the two channels of PEC Art. 172 part 9, and the missed-appearance alert.
#include "checkinservice.h"

#include "commandhelpers.h"
#include "obligationloader.h"
#include "store/database.h"
#include "write/writeservice.h"

using namespace Qt::StringLiterals;

namespace Qadam {

namespace {

using CommandHelpers::date;
using CommandHelpers::text;

const QString kCheckIn = u"CheckIn"_s;
const QString kPolice = u"police"_s;
const QString kNote = u"preventiveConversationNote"_s;
const QString kConversation = u"preventiveConversation"_s;
const QString kObligation = u"obligationDue"_s;

Status invalid(const QString &field, const QString &why)
{
    return Error::make(Error::Invalid, u"%1: %2"_s.arg(field, why), field);
}

bool has(const QVariantMap &m, const QString &key)
{
    const QVariant v = m.value(key);
    return v.isValid() && !v.isNull() && !(v.typeId() == QMetaType::QString && v.toString().isEmpty());
}

/** Summary to the probation channel; the preventive conversation and its note to the police. */
Status checkChannelFields(QVariantMap &f)
{
    if (text(f, u"channel"_s) != kPolice) {
        if (has(f, kNote) || (has(f, kConversation) && f.value(kConversation).toBool()))
            return invalid(
                has(f, kNote) ? kNote : kConversation, u"the police channel's preventive conversation"_s);
        return {};
    }
    if (has(f, u"summary"_s))
        return invalid(u"summary"_s, u"the probation channel's report on assistance received"_s);
    if (has(f, kNote)) {
        if (has(f, kConversation) && !f.value(kConversation).toBool())
            return invalid(
                kConversation, u"a preventive-conversation note means the conversation took place"_s);
        f.insert(kConversation, true);
    }
    return {};
}

/** The due date lies inside its window, when one is given. */
Status checkWindow(const QVariantMap &f)
{
    const QDate due = date(f, u"dueOn"_s);
    const QDate start = date(f, u"windowStart"_s);
    const QDate end = date(f, u"windowEnd"_s);
    if (!due.isValid())
        return invalid(u"dueOn"_s, u"required"_s);
    return (start.isValid() && due < start) || (end.isValid() && due > end)
        ? invalid(u"dueOn"_s, u"outside its window"_s)
        : Status {};
}

/** The last day an appearance still counts for its obligation: the window's end, at least the due date. */
QDate lastDay(const QVariantMap &f)
{
    const QDate due = date(f, u"dueOn"_s);
    const QDate end = date(f, u"windowEnd"_s);
    return end.isValid() && end > due ? end : due;
}

/** obligationDue: the due date by default; none for an attended appearance outside the window. */
Status settleObligation(QVariantMap &f)
{
    const QDate occurred = date(f, u"occurredOn"_s);
    const QDate start = date(f, u"windowStart"_s);
    const bool outside
        = occurred.isValid() && ((start.isValid() && occurred < start) || occurred > lastDay(f));
    if (!outside) {
        if (!has(f, kObligation))
            f.insert(kObligation, f.value(u"dueOn"_s));
        return {};
    }
    return has(f, kObligation)
        ? invalid(kObligation, u"an appearance outside the window satisfies no obligation"_s)
        : Status {};
}

/** The alert for a missed appearance: to the channel's officer, identified as the deadline
 *  engine identifies the obligation (Obligation::key), so its pass finds this alert. */
Result<AlertRequest> missedAlert(const QVariantMap &fields, const OrderTerms &order, const QString &checkInId)
{
    Obligation obligation;
    obligation.orderId = order.id;
    if (!channelFromName(text(fields, u"channel"_s), &obligation.channel))
        return invalid(u"channel"_s, u"unknown channel"_s).error();
    obligation.rule = order.rule(obligation.channel).kind;
    obligation.dueOn = date(fields, kObligation);
    const bool police = obligation.channel == Channel::Police;
    AlertRequest request;
    request.kind = u"missed_check_in"_s;
    request.severity = u"warning"_s;
    request.personId = text(fields, u"personId"_s);
    request.source = { kCheckIn, checkInId };
    request.routedRole = police ? Role::PoliceOfficer : Role::ProbationOfficer;
    request.assignee = police ? order.policeOfficerId : QString(); // probation: the case officer first
    request.dedupKey = obligation.key();
    return request;
}

} // namespace

CheckInService::CheckInService(Database &db, WriteService &writer)
    : m_db(db)
    , m_writer(writer)
    , m_alerts(db, writer)
{ }

Status CheckInService::checkRole(const QString &channel) const
{
    const Role role = m_writer.actor().role;
    const Role channelRole = channel == kPolice ? Role::PoliceOfficer : Role::ProbationOfficer;
    return role == channelRole || role == Role::Supervisor
        ? Status {}
        : Error::make(
            Error::Forbidden, u"this role does not record the %1 channel"_s.arg(channel), u"channel"_s);
}

Status CheckInService::checkOutcome(QVariantMap &f) const
{
    const QString outcome = text(f, u"outcome"_s);
    const QDate occurred = date(f, u"occurredOn"_s);
    for (const QString &field : { u"excuseReason"_s, u"newDueOn"_s })
        if (outcome != u"excused" && has(f, field))
            return invalid(field, u"only for an excused appearance"_s);
    if (outcome == u"attended") {
        if (!occurred.isValid())
            return invalid(u"occurredOn"_s, u"required for an attended appearance"_s);
        if (occurred > m_writer.today())
            return invalid(u"occurredOn"_s, u"in the future"_s);
    } else if (has(f, u"occurredOn"_s)) {
        return invalid(u"occurredOn"_s, u"only an attended appearance occurred"_s);
    }
    if (outcome == u"missed" && m_writer.today() <= lastDay(f))
        return invalid(u"outcome"_s, u"not missed before its due date has passed"_s);
    if (outcome == u"excused") {
        const QDate next = date(f, u"newDueOn"_s);
        if (!next.isValid() || next <= date(f, u"dueOn"_s))
            return invalid(u"newDueOn"_s, u"an excused appearance needs a new date after the due date"_s);
    }
    return settleObligation(f);
}

Result<OrderTerms> CheckInService::orderInForce(
    const QString &orderId, const QString &personId, const QDate &day)
{
    if (orderId.isEmpty())
        return invalid(u"orderId"_s, u"required"_s).error();
    auto inputs = ObligationLoader(m_db).order(orderId);
    if (!inputs.ok())
        return inputs.code() == Error::NotFound ? invalid(u"orderId"_s, u"no such order"_s).error()
                                                : inputs.error();
    const OrderTerms &o = inputs.value().order;
    if (o.personId != personId)
        return invalid(u"orderId"_s, u"the order is for another person"_s).error();
    const QDate last = o.lastDayInForce();
    if (o.status == u"draft" || !day.isValid() || day < o.startsOn || (last.isValid() && day > last))
        return invalid(u"orderId"_s, u"the order was not in force on that day"_s).error();
    for (const SuspensionPeriod &p : inputs.value().suspensions)
        if (p.startsOn <= day && (!p.endsOn.isValid() || day <= p.endsOn))
            return invalid(u"orderId"_s, u"the order was suspended on that day"_s).error();
    return o;
}

Result<RecordedCheckIn> CheckInService::record(const QVariantMap &input)
{
    return checkAndWrite(input, {});
}

Result<RecordedCheckIn> CheckInService::amend(const QString &originalId, const QVariantMap &input)
{
    auto original = m_writer.get(kCheckIn, originalId);
    if (!original.ok())
        return original.error();
    const QString personId = text(original.value().fields, u"personId"_s);
    if (input.contains(u"personId"_s) && text(input, u"personId"_s) != personId)
        return invalid(u"personId"_s, u"an amendment belongs to the same case"_s).error();
    QVariantMap fields = input;
    fields.insert(u"personId"_s, personId);
    return checkAndWrite(fields, originalId);
}

Result<RecordedCheckIn> CheckInService::checkAndWrite(const QVariantMap &input, const QString &amendsId)
{
    QVariantMap fields = input;
    const QString channel = text(fields, u"channel"_s);
    if (Status s = checkRole(channel); !s.ok())
        return s.error();
    if (Status s = checkChannelFields(fields); !s.ok())
        return s.error();
    if (Status s = checkWindow(fields); !s.ok())
        return s.error();
    if (Status s = checkOutcome(fields); !s.ok())
        return s.error();
    const QDate day = text(fields, u"outcome"_s) == u"attended" ? date(fields, u"occurredOn"_s)
                                                                : date(fields, u"dueOn"_s);
    auto order = orderInForce(text(fields, u"orderId"_s), text(fields, u"personId"_s), day);
    if (!order.ok())
        return order.error();
    return write(fields, order.value(), amendsId);
}

Result<RecordedCheckIn> CheckInService::write(
    const QVariantMap &fields, const OrderTerms &order, const QString &amendsId)
{
    Transaction tx(m_db);
    if (!tx.began())
        return tx.beginStatus().error();
    auto id
        = amendsId.isEmpty() ? m_writer.create(kCheckIn, fields) : m_writer.amend(kCheckIn, amendsId, fields);
    if (!id.ok())
        return id.error();
    RecordedCheckIn recorded { id.value(), {}, false };
    if (text(fields, u"outcome"_s) == u"missed") {
        auto request = missedAlert(fields, order, recorded.checkInId);
        if (!request.ok())
            return request.error();
        auto alert = m_alerts.raise(request.value());
        if (!alert.ok())
            return alert.error();
        recorded.alertId = alert.value().id;
        recorded.alertCreated = alert.value().created;
    }
    if (Status s = tx.commit(); !s.ok())
        return s.error();
    return recorded;
}

} // namespace Qadam
