#include "conflictcontroller.h"

#include "appsession.h"
#include "storeworker.h"

#include "replica/replica.h"
#include "write/writeservice.h"


using namespace Qt::StringLiterals;

namespace Qadam {

ConflictController::ConflictController(QObject *parent) : QObject(parent) { }

void ConflictController::resolve(const QString &conflictId, const QString &choice, const QString &mergedText)
{
    AppSession *session = AppSession::instance();
    if (m_busy)
        return;
    if (!session || !session->worker()->isAttached()) {
        Q_EMIT failed(tr("The store is locked: unlock the app and try again."));
        return;
    }
    setBusy(true);
    session->worker()->write(this, [conflictId, choice, mergedText](CoreContext &ctx) {
        return resolveNow(ctx, conflictId, choice, mergedText);
    }, [this, conflictId](Status status) {
        setBusy(false);
        if (status.ok())
            Q_EMIT succeeded(conflictId);
        else
            Q_EMIT failed(messageFor(status.error()));
    });
}

Status ConflictController::resolveNow(CoreContext &ctx, const QString &conflictId, const QString &choice,
                                      const QString &mergedText)
{
    if (choice == u"merged") {
        if (mergedText.trimmed().isEmpty())
            return Error::make(Error::Invalid, u"empty merged text"_s, u"merged"_s);
        Replica replica(ctx.db, ctx.clock);
        return replica.resolveConflict(ctx.writes, conflictId, mergedText);
    }
    if (choice != u"mine" && choice != u"theirs")
        return Error::make(Error::Invalid, u"unknown choice"_s, u"choice"_s);
    Replica replica(ctx.db, ctx.clock);
    auto open = replica.conflicts();
    if (!open.ok())
        return open.error();
    for (const RemoteConflict &c : open.value()) {
        if (c.id == conflictId)
            return replica.resolveConflict(ctx.writes, conflictId, choice == u"mine" ? c.deviceValue : c.serverValue);
    }
    return Error::make(Error::NotFound, u"no open conflict with this id"_s);
}

QString ConflictController::messageFor(const Error &error)
{
    switch (error.code) {
    case Error::NotFound:
        return tr("This conflict was already settled or is no longer on this device.");
    case Error::Forbidden:
        return tr("Your role may not change this field, so the conflict stays for someone who may.");
    case Error::Invalid:
        if (error.field == u"merged")
            return tr("Write the merged text, or keep one of the two versions.");
        if (error.field == u"choice")
            return tr("Choose which version to keep.");
        return tr("The chosen value is not valid for this field. Edit the merged text or keep the other version.");
    case Error::Conflict:
        return tr("The record changed meanwhile. Look at both versions again and choose.");
    case Error::InvalidTransition:
        return tr("The record's state does not allow this value any more.");
    default:
        return tr("The choice could not be saved on this device. Try again.");
    }
}

void ConflictController::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged();
}

} // namespace Qadam
