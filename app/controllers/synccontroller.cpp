#include "synccontroller.h"

#include "appsession.h"
#include "conflicttext.h"
#include "storeworker.h"

#include "replica/replica.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace Qadam {

namespace {

struct StoreFacts
{
    qint64 lastSyncAt = 0;
    qint64 leaseExpiresAt = 0;
    qint64 pending = 0;
};

bool isAuthReason(const QString &reason)
{
    return reason == u"unauthorized" || reason == u"not_enrolled" || reason == u"forbidden" || reason == u"revoked";
}

} // namespace

SyncController::SyncController(QObject *parent) : QObject(parent)
{
    if (AppSession *session = AppSession::instance()) {
        connect(session, &AppSession::syncChanged, this, &SyncController::reload);
        connect(session, &AppSession::dataChanged, this, &SyncController::reload);
    }
    // Relative times age while the page is open.
    m_minute.setInterval(60'000);
    connect(&m_minute, &QTimer::timeout, this, &SyncController::changed);
    m_minute.start();
    reload();
}

void SyncController::reload()
{
    AppSession *session = AppSession::instance();
    if (!session || !session->worker()->isAttached()) {
        Q_EMIT changed();
        return;
    }
    session->worker()->post(this, [](CoreContext &ctx) {
        Replica replica(ctx.db, ctx.clock);
        StoreFacts f;
        if (auto last = replica.state().lastSyncAt(); last.ok())
            f.lastSyncAt = last.value();
        if (auto lease = replica.state().leaseExpiresAt(); lease.ok())
            f.leaseExpiresAt = lease.value();
        if (auto pending = replica.pendingCount(); pending.ok())
            f.pending = pending.value();
        return f;
    }, [this](StoreFacts f) {
        const AppSession *s = AppSession::instance();
        m_lastSyncAt = std::max(f.lastSyncAt, s ? s->lastSyncAt() : 0);
        m_leaseExpiresAt = f.leaseExpiresAt;
        m_pending = f.pending;
        Q_EMIT changed();
    });
}

QString SyncController::lastSyncRelative() const
{
    return relativeText(m_lastSyncAt, QDateTime::currentMSecsSinceEpoch());
}

QString SyncController::lastSyncAbsolute() const
{
    return m_lastSyncAt > 0 ? ConflictText::dateTimeText(m_lastSyncAt) : QString();
}

QString SyncController::attentionText() const
{
    return explain(facts());
}

bool SyncController::attentionUrgent() const
{
    const SyncFacts f = facts();
    return f.reason == u"upgrade" || isAuthReason(f.reason)
        || (f.leaseExpiresAt > 0 && f.leaseExpiresAt - f.nowMs < kLeaseWarningMs);
}

bool SyncController::syncing() const
{
    const AppSession *s = AppSession::instance();
    const QString state = s ? s->syncState() : QString();
    return state == u"connecting" || state == u"pushing" || state == u"pulling";
}

void SyncController::setConflicts(int conflicts)
{
    if (m_conflicts == conflicts)
        return;
    m_conflicts = conflicts;
    Q_EMIT changed();
}

void SyncController::setRejected(int rejected)
{
    if (m_rejected == rejected)
        return;
    m_rejected = rejected;
    Q_EMIT changed();
}

void SyncController::syncNow()
{
    if (AppSession *session = AppSession::instance())
        session->syncNow();
}

SyncFacts SyncController::facts() const
{
    const AppSession *s = AppSession::instance();
    SyncFacts f;
    if (s) {
        f.state = s->syncState();
        f.stateText = s->syncStateText();
        // AppSession may expose the engine's reason code; read it by name so this page does not
        // depend on that property existing.
        f.reason = s->property("syncReason").toString();
    }
    f.nowMs = QDateTime::currentMSecsSinceEpoch();
    f.leaseExpiresAt = m_leaseExpiresAt;
    f.conflicts = m_conflicts;
    f.rejected = m_rejected;
    return f;
}

QString SyncController::relativeText(qint64 thenMs, qint64 nowMs)
{
    if (thenMs <= 0)
        //: Last sync: this device has never synced
        return tr("never");
    const qint64 minutes = std::max<qint64>(0, nowMs - thenMs) / 60'000;
    if (minutes < 1)
        return tr("just now");
    if (minutes < 60)
        return tr("%n minute(s) ago", nullptr, int(minutes));
    if (minutes < 48 * 60)
        return tr("%n hour(s) ago", nullptr, int(minutes / 60));
    return tr("%n day(s) ago", nullptr, int(minutes / (24 * 60)));
}

QString SyncController::explain(const SyncFacts &f)
{
    if (f.reason == u"upgrade")
        return tr("This app is too old for the server: update it. Your changes are kept on this device until then.");
    if (isAuthReason(f.reason))
        return tr("The server no longer accepts this device. Ask your administrator; your changes stay on this device.");
    if (f.leaseExpiresAt > 0 && f.nowMs >= f.leaseExpiresAt)
        return tr("Your offline lease has ended: connect to the internet and sync to keep working.");
    if (f.leaseExpiresAt > 0 && f.leaseExpiresAt - f.nowMs < kLeaseWarningMs) {
        const qint64 hours = (f.leaseExpiresAt - f.nowMs + 3'599'999) / 3'600'000;
        return tr("Your offline lease ends in %n hour(s): connect to keep working.", nullptr, int(hours));
    }
    if (f.rejected > 0)
        return tr("The server refused %n change(s). Look at each below and discard it once you have noted it.",
                  nullptr, f.rejected);
    if (f.conflicts > 0)
        return tr("%n field(s) were changed here and on the server. Choose which version to keep.", nullptr,
                  f.conflicts);
    if (f.state == u"backing_off")
        return tr("The server cannot be reached. Qadam tries again by itself; your changes are safe on this device.");
    if (f.state == u"needs_attention")
        return f.stateText.isEmpty() ? tr("Sync needs your attention.") : f.stateText;
    if (f.state == u"locked")
        return tr("Sync is paused while the app is locked.");
    return {};
}

} // namespace Qadam
