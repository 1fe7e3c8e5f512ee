#include "appearancecontroller.h"

#include "appsession.h"
#include "caseloadrecords.h"
#include "storeworker.h"
#include "todayrows.h"

#include "casework/accesspolicy.h"
#include "casework/checkinservice.h"
#include "casework/obligationtext.h"
#include "write/writeservice.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Qadam {

namespace {


/** The obligation the page showed, as the deadline engine sees it now. */
Result<Obligation> findObligation(CoreContext &ctx, const AppearanceController::Request &r)
{
    auto all = CaseloadRecords::obligations(ctx.db, { r.personId }, ctx.today);
    if (!all.ok())
        return all.error();
    for (const Obligation &o : std::as_const(all.value()))
        if (o.orderId == r.orderId && channelName(o.channel) == r.channel && o.dueOn == r.dueOn)
            return o;
    return Error::make(Error::NotFound, u"no such obligation"_s);
}

/** The CheckIn fields for `r` about `o` (the window and due date come from the engine). */
QVariantMap checkInFields(const AppearanceController::Request &r, const Obligation &o, const QDate &today)
{
    QVariantMap f { { u"personId"_s, r.personId }, { u"orderId"_s, o.orderId },
        { u"channel"_s, r.channel }, { u"dueOn"_s, o.dueOn }, { u"outcome"_s, r.outcome } };
    if (o.windowStart.isValid() && o.windowStart <= o.dueOn)
        f.insert(u"windowStart"_s, o.windowStart);
    if (o.windowEnd.isValid() && o.windowEnd >= o.dueOn)
        f.insert(u"windowEnd"_s, o.windowEnd);
    if (r.outcome == u"attended")
        f.insert(u"occurredOn"_s, r.occurredOn.isValid() ? r.occurredOn : today);
    if (!r.followUp.trimmed().isEmpty())
        f.insert(u"followUp"_s, r.followUp.trimmed());
    if (r.outcome == u"excused") {
        f.insert(u"excuseReason"_s, r.excuseReason);
        if (r.newDueOn.isValid())
            f.insert(u"newDueOn"_s, r.newDueOn);
    }
    return f;
}

Result<QString> recordOnStore(CoreContext &ctx, const AppearanceController::Request &r)
{
    auto obligation = findObligation(ctx, r);
    if (!obligation.ok())
        return obligation.error();
    CheckInService service(ctx.db, ctx.writes);
    auto recorded = service.record(checkInFields(r, obligation.value(), ctx.today));
    if (!recorded.ok())
        return recorded.error();
    return recorded.value().checkInId;
}

/** The access reason in a WriteService refusal ("policy <code>: …"). */
std::optional<AccessReason> refusalReason(const Error &error)
{
    static const QRegularExpression policy(u"^policy (\\w+):"_s);
    const auto match = policy.match(error.detail);
    return match.hasMatch() ? accessReasonFromName(match.captured(1)) : std::nullopt;
}

QDate isoDate(const QString &text)
{
    return QDate::fromString(text, Qt::ISODate);
}

} // namespace

AppearanceController::AppearanceController(QObject *parent)
    : QObject(parent)
{
    if (AppSession *session = AppSession::instance())
        connect(session, &AppSession::languageChanged, this, &AppearanceController::excuseReasonsChanged);
}

QVariantList AppearanceController::excuseReasons() const
{
    QVariantList out;
    for (const QString &code : { u"illness"_s, u"work_trip"_s, u"family"_s, u"other"_s })
        out << QVariantMap { { u"code"_s, code }, { u"label"_s, reasonLabel(code, {}) } };
    return out;
}

QString AppearanceController::today() const
{
    return AppSession::today().toString(Qt::ISODate);
}

QString AppearanceController::earliestNewDue(const QString &dueOn) const
{
    const QDate due = isoDate(dueOn);
    return due.isValid() ? due.addDays(1).toString(Qt::ISODate) : QString();
}

QString AppearanceController::reasonLabel(const QString &code, const QString &text) const
{
    if (code == u"illness")
        return tr("Illness, with a medical certificate");
    if (code == u"work_trip")
        return tr("Work trip");
    if (code == u"family")
        return tr("Family circumstances");
    return text.trimmed().isEmpty() && code == u"other" ? tr("Other reason") : text.trimmed();
}

void AppearanceController::findDue(const QString &personId, const QString &channel)
{
    AppSession *session = AppSession::instance();
    if (!session || session->state() != AppSession::State::Unlocked)
        return;
    const QString language = session->language();
    session->worker()->post(this,
        [personId, language](CoreContext &ctx) { return TodayRows::forPerson(ctx, personId, language); },
        [this, channel](Result<QList<TodayRow>> rows) {
            QVariantMap out;
            for (const TodayRow &r : rows.ok() ? rows.value() : QList<TodayRow>()) {
                if (!channel.isEmpty() && r.channel != channel)
                    continue;
                if (!out.isEmpty() && !(r.canAttend || r.canMiss || r.canExcuse))
                    continue;
                out = QVariantMap { { u"personId"_s, r.personId }, { u"name"_s, r.name },
                    { u"altName"_s, r.altName }, { u"title"_s, r.title }, { u"detail"_s, r.detail },
                    { u"statusText"_s, r.statusText }, { u"orderId"_s, r.orderId },
                    { u"channel"_s, r.channel }, { u"dueOn"_s, r.dueOn.toString(Qt::ISODate) },
                    { u"canAttend"_s, r.canAttend }, { u"canMiss"_s, r.canMiss },
                    { u"canExcuse"_s, r.canExcuse } };
                if (r.canAttend || r.canMiss || r.canExcuse)
                    break; // rows come most pressing first
            }
            Q_EMIT found(out);
        });
}

void AppearanceController::attend(const QString &personId, const QString &orderId, const QString &channel,
    const QString &dueOn, const QString &occurredOn)
{
    record({ personId, orderId, channel, isoDate(dueOn), u"attended"_s,
        occurredOn.isEmpty() ? QDate() : isoDate(occurredOn), {}, {}, {} });
}

void AppearanceController::miss(const QString &personId, const QString &orderId, const QString &channel,
    const QString &dueOn, const QString &followUp)
{
    record({ personId, orderId, channel, isoDate(dueOn), u"missed"_s, {}, followUp, {}, {} });
}

void AppearanceController::excuse(const QString &personId, const QString &orderId, const QString &channel,
    const QString &dueOn, const QString &reasonCode, const QString &reasonText, const QString &newDueOn)
{
    const QString reason = reasonCode == u"other" ? reasonText.trimmed() : reasonLabel(reasonCode, {});
    if (reason.isEmpty()) {
        Q_EMIT failed(tr("Say why the appearance is excused."));
        return;
    }
    if (!isoDate(newDueOn).isValid()) {
        Q_EMIT failed(tr("Choose the new date of the appearance."));
        return;
    }
    record({ personId, orderId, channel, isoDate(dueOn), u"excused"_s, {}, {}, reason, isoDate(newDueOn) });
}

void AppearanceController::record(Request request)
{
    AppSession *session = AppSession::instance();
    if (m_busy || !session || session->state() != AppSession::State::Unlocked)
        return;
    if (!request.dueOn.isValid() || request.personId.isEmpty()) {
        Q_EMIT failed(tr("This appearance is no longer due: it may have been recorded already."));
        return;
    }
    m_busy = true;
    Q_EMIT busyChanged();
    session->worker()->write(this, [request](CoreContext &ctx) { return recordOnStore(ctx, request); },
        [this, request](Result<QString> outcome) { finish(request, outcome); });
}

void AppearanceController::finish(const Request &request, const Result<QString> &outcome)
{
    m_busy = false;
    Q_EMIT busyChanged();
    if (!outcome.ok()) {
        Q_EMIT failed(explain(request, outcome.error()));
        return;
    }
    const QString message = request.outcome == u"attended" ? tr("Attendance recorded")
        : request.outcome == u"missed"                       ? tr("Missed appearance recorded")
                                                             : tr("Excused; new date set");
    Q_EMIT succeeded(message, outcome.value());
}

/** A refusal as the user reads it: what is wrong and what to do. Never case content. */
QString AppearanceController::explain(const Request &request, const Error &error) const
{
    const QString field = error.field;
    switch (error.code) {
    case Error::NotFound: return tr("This appearance is no longer due: it may have been recorded already.");
    case Error::Forbidden:
        if (const auto reason = refusalReason(error)) { // the access policy refused the write
            return reason == AccessReason::NotOwnCase || reason == AccessReason::OutsideUnitRegion
                ? tr("This person is not in your caseload: you cannot record their appearance.")
                : tr("Your role may not record this appearance.");
        }
        return request.channel == u"police" // CheckInService: the other service's channel
            ? tr("Appearances for registration are recorded by the internal affairs body (police).")
            : tr("Reports to the probation service are recorded by the probation service.");
    case Error::Invalid:
        if (field == u"occurredOn" && request.occurredOn > AppSession::today())
            return tr("The date of the appearance is in the future. Choose today or an earlier day.");
        if (field == u"outcome")
            return tr("An appearance can be recorded as missed only after its period has ended.");
        if (field == u"newDueOn")
            return tr("Choose a new date after the due date.");
        if (field == u"orderId")
            return tr("The supervision order was not in force on that day.");
        if (field == u"excuseReason" || field == u"followUp")
            return tr("The text is too long.");
        return tr("The appearance could not be recorded: the details are not valid.");
    case Error::Conflict: return tr("The record changed meanwhile. Check the appearance and try again.");
    default: return tr("The appearance could not be saved. Try again.");
    }
}

} // namespace Qadam
