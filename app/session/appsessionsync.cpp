// AppSession: the sync engine on its own thread, its state as the screens show it, and the counts
// of pending changes and conflicts. See appsession_p.h.
#include "appsession_p.h"

#include "replica/replica.h"
#include "replica/syncstate.h"
#include "store/database.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Qadam {

using namespace SessionDetail;

namespace {

QString stateName(Sync::SyncEngine::State state)
{
    using S = Sync::SyncEngine::State;
    switch (state) {
    case S::Idle: return u"idle"_s;
    case S::Connecting: return u"connecting"_s;
    case S::Pushing: return u"pushing"_s;
    case S::Pulling: return u"pulling"_s;
    case S::BackingOff: return u"backing_off"_s;
    case S::NeedsAttention: return u"needs_attention"_s;
    case S::Locked: return u"locked"_s;
    }
    return u"idle"_s;
}

} // namespace

// ---- the sync engine ------------------------------------------------------------------------------

void AppSession::ensureEngine()
{
    if (d->engine)
        return;
    Sync::EngineConfig config;
    config.clientVersion = QCoreApplication::applicationVersion().isEmpty() ? u"0.1.0"_s
                                                                             : QCoreApplication::applicationVersion();
    config.deviceName = QSysInfo::machineHostName();
    config.platform = QSysInfo::prettyProductName();
    config.transport.userAgent = u"Qadam/"_s + config.clientVersion;
    config.transport.caBundlePath = d->config.caBundlePath;
    config.requirePinnedKey = true; // an https server only with the key pins of its enrolment slip (R33)
    auto connections = d->connections;
    // The engine's wipe hook runs on its thread; the wipe itself is the store thread's (on wiped()).
    d->engine = new Sync::SyncEngine([connections] { return connections->open(); }, d->clock(), config, {});
    d->engine->moveToThread(&d->syncThread);
    d->syncThread.setObjectName(u"qadam-sync"_s);
    connect(&d->syncThread, &QThread::finished, d->engine, &QObject::deleteLater);
    using E = Sync::SyncEngine;
    connect(d->engine, &E::enrolled, this, &AppSession::onEnrolled);
    connect(d->engine, &E::stateChanged, this,
            [this](E::State state, const QString &reason) { onSyncState(int(state), reason); });
    connect(d->engine, &E::progress, this, [this](qint64 done, qint64 total) {
        d->syncPercent = total > 0 ? int(std::clamp<qint64>(done * 100 / total, 0, 100)) : -1;
        d->dataTimer.start();
        Q_EMIT syncChanged();
    });
    connect(d->engine, &E::pendingCountChanged, this, [this](qint64 pending) {
        d->pendingChanges = pending;
        Q_EMIT syncChanged();
    });
    connect(d->engine, &E::conflictsChanged, this, [this](int unresolved) {
        d->unresolvedConflicts = unresolved;
        d->dataTimer.start();
        Q_EMIT syncChanged();
    });
    connect(d->engine, &E::rejectedCountChanged, this, [this](int rejected) {
        d->rejectedChanges = rejected;
        Q_EMIT syncChanged();
    });
    connect(d->engine, &E::synced, this, [this](qint64 atMs) {
        d->lastSyncAt = atMs;
        d->online = true;
        d->syncPercent = -1;
        Q_EMIT syncChanged();
        Q_EMIT dataChanged({});
        finishEnrolment();
    });
    connect(d->engine, &E::wiped, this, [this] {
        wipeLocally(State::Wiped);
        setError(tr("This device was signed out by the server and its data erased."));
    });
    d->syncThread.start();
}

void AppSession::startEngine()
{
    if (!d->identity.enrolled)
        return;
    ensureEngine();
    if (!d->engineStarted) {
        d->engineStarted = true;
        QMetaObject::invokeMethod(d->engine, &Sync::SyncEngine::start, Qt::QueuedConnection);
    } else {
        QMetaObject::invokeMethod(d->engine, [engine = d->engine] { engine->setAppLocked(false); },
                                  Qt::QueuedConnection);
    }
}

void AppSession::onSyncState(int state, const QString &reason)
{
    using S = Sync::SyncEngine::State;
    const auto s = S(state);
    d->syncState = stateName(s);
    d->syncReason = reason;
    if (s == S::Pushing || s == S::Pulling)
        d->online = true;
    else if (s == S::BackingOff)
        d->online = false;
    if (s != S::Pulling && s != S::Pushing && s != S::Connecting)
        d->syncPercent = -1;
    Q_EMIT syncChanged();
    // A first sync that cannot finish now (offline, refused) still opens the app: it goes on later.
    if (d->enrolling && (s == S::BackingOff || s == S::NeedsAttention || s == S::Locked))
        finishEnrolment();
}

void AppSession::loadConflictCount()
{
    d->worker->post(this, [](CoreContext &ctx) {
        auto conflicts = Replica(ctx.db, ctx.clock).conflicts();
        return conflicts.ok() ? int(conflicts.value().size()) : 0;
    }, [this](int unresolved) {
        d->unresolvedConflicts = unresolved;
        Q_EMIT syncChanged();
    });
}

} // namespace Qadam
