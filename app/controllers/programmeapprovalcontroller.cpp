#include "programmeapprovalcontroller.h"


#include "appsession.h"
#include "storeworker.h"
#include "write/writeservice.h"

using namespace Qt::StringLiterals;

namespace Qadam {

ProgrammeApprovalController::ProgrammeApprovalController(QObject *parent)
    : QObject(parent)
{ }

void ProgrammeApprovalController::approve(const QString &programmeId)
{
    decide(programmeId, u"approve"_s, {}, tr("Programme approved."));
}

void ProgrammeApprovalController::sendBack(const QString &programmeId, const QString &comment)
{
    // Blank space is no comment; core then refuses the missing one.
    const QString text = comment.trimmed();
    decide(programmeId, u"return"_s, text.isEmpty() ? QVariantMap() : QVariantMap { { u"supervisorComment"_s, text } },
        tr("Programme returned to the officer with your comment."));
}

void ProgrammeApprovalController::decide(
    const QString &programmeId, const QString &command, const QVariantMap &params, const QString &message)
{
    AppSession *session = AppSession::instance();
    if (!session || m_busy)
        return;
    m_busy = true;
    Q_EMIT busyChanged();
    session->worker()->write(this,
        [programmeId, command, params](CoreContext &ctx) -> Status {
            auto programme = ctx.writes.get(u"AssistanceProgramme"_s, programmeId);
            if (!programme.ok())
                return programme.error();
            return ctx.writes.command(u"AssistanceProgramme"_s, programmeId, programme.value().version, command, params);
        },
        [this, programmeId, message](Status status) {
            m_busy = false;
            Q_EMIT busyChanged();
            m_errorText = status.ok() ? QString() : describe(status.error());
            Q_EMIT errorTextChanged();
            if (status.ok())
                Q_EMIT succeeded(programmeId, message);
            else
                Q_EMIT failed(m_errorText);
        });
}

QString ProgrammeApprovalController::describe(const Error &error)
{
    switch (error.code) {
    case Error::Forbidden:
        return error.field == u"approvedBy" ? tr("You drafted this programme, so another supervisor must approve it.")
                                            : tr("Your role may not decide on this programme.");
    case Error::Invalid:
        return error.field == u"supervisorComment" ? tr("Write a comment that tells the officer what to change.")
                                                   : tr("The decision could not be recorded: some entries are not valid.");
    case Error::InvalidTransition: return tr("This programme is no longer awaiting approval.");
    case Error::Conflict: return tr("Someone changed this programme meanwhile. Open it again.");
    case Error::NotFound: return tr("This programme is no longer on this device.");
    default: return tr("The decision could not be recorded. Try again in a moment.");
    }
}

} // namespace Qadam
