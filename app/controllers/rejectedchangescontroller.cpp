#include "rejectedchangescontroller.h"

#include "appsession.h"
#include "storeworker.h"

#include "write/writeservice.h"

using namespace Qt::StringLiterals;

namespace Qadam {

RejectedChangesController::RejectedChangesController(QObject *parent) : QObject(parent) { }

void RejectedChangesController::discard(qint64 deviceSeq)
{
    run(deviceSeq, [deviceSeq](CoreContext &ctx) { return ctx.writes.discardRejected(deviceSeq); },
        tr("The change could not be discarded on this device. Try again."));
}

void RejectedChangesController::retry(qint64 deviceSeq, const QVariantMap &changes)
{
    run(deviceSeq, [deviceSeq, changes](CoreContext &ctx) { return ctx.writes.retryRejected(deviceSeq, changes); },
        tr("The change could not be sent again. Check the values and try again."));
}

void RejectedChangesController::run(qint64 deviceSeq, Work work, const QString &failure)
{
    AppSession *session = AppSession::instance();
    if (m_busy)
        return;
    if (!session || !session->worker()->isAttached()) {
        Q_EMIT failed(tr("The store is locked: unlock the app and try again."));
        return;
    }
    setBusy(true);
    session->worker()->write(this, std::move(work), [this, deviceSeq, failure](Status status) {
        setBusy(false);
        if (status.ok())
            Q_EMIT succeeded(deviceSeq);
        else if (status.code() == Error::NotFound)
            Q_EMIT failed(tr("This change is no longer waiting for attention."));
        else if (status.code() == Error::Conflict)
            Q_EMIT failed(tr("Later changes on this device depend on this one. Settle them first."));
        else
            Q_EMIT failed(failure);
    });
}

void RejectedChangesController::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged();
}

} // namespace Qadam
