#include "rejectedchangescontroller.h"

#include "appsession.h"
#include "storeworker.h"

#include "store/database.h"
#include "write/outbox.h"

using namespace Qt::StringLiterals;

namespace Qadam {

RejectedChangesController::RejectedChangesController(QObject *parent) : QObject(parent) { }

void RejectedChangesController::discard(qint64 deviceSeq)
{
    AppSession *session = AppSession::instance();
    if (m_busy)
        return;
    if (!session || !session->worker()->isAttached()) {
        Q_EMIT failed(tr("The store is locked: unlock the app and try again."));
        return;
    }
    setBusy(true);
    session->worker()->write(this, [deviceSeq](CoreContext &ctx) { return discardNow(ctx.db, deviceSeq); },
                             [this, deviceSeq](Status status) {
        setBusy(false);
        if (status.ok())
            Q_EMIT succeeded(deviceSeq);
        else if (status.code() == Error::NotFound)
            Q_EMIT failed(tr("This change is no longer waiting for attention."));
        else
            Q_EMIT failed(tr("The change could not be discarded on this device. Try again."));
    });
}

Status RejectedChangesController::discardNow(Database &db, qint64 deviceSeq)
{
    // TODO(#5): belongs in core as Outbox::discardRejected(); the app keeps the one statement
    // until core offers it. The state guard is what makes it safe: a pending op is never dropped.
    Transaction tx(db);
    if (!tx.began())
        return tx.beginStatus();
    auto op = Outbox::get(db, deviceSeq);
    if (!op.ok())
        return op.error();
    if (op.value().state != u"rejected")
        return Error::make(Error::NotFound, u"not a rejected op"_s);
    auto stmt = db.prepare(u"DELETE FROM outbox WHERE device_seq = ?1 AND state = 'rejected'"_s);
    if (!stmt.ok())
        return stmt.error();
    stmt.value().bind(1, deviceSeq);
    if (Status s = stmt.value().run(); !s.ok())
        return s;
    return tx.commit();
}

void RejectedChangesController::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged();
}

} // namespace Qadam
