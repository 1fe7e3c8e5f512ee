// SyncEngine: lifecycle, triggers, state and scheduling. The request loop is in syncexchange.cpp.
#include "syncengine.h"

#include "credentials.h"
#include "pushbatch_p.h"
#include "replica/replica.h"
#include "store/database.h"
#include "util/clock.h"
#include "write/outbox.h"

#include <QLoggingCategory>
#include <QTimer>
#include <QUrl>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcSync, "qadam.sync")

namespace Qadam::Sync {

namespace {
/** The sync-state key of the server's key pins chosen at enrolment (R33). */
constexpr char kPinKey[] = "server_key_pins";
} // namespace

SyncEngine::SyncEngine(DatabaseFactory openDatabase, const Clock &clock, EngineConfig config, WipeHandler wipe,
                       QObject *parent)
    : QObject(parent),
      m_openDatabase(std::move(openDatabase)),
      m_clock(clock),
      m_config(std::move(config)),
      m_wipe(std::move(wipe)),
      m_kick(new QTimer(this)),
      m_debounce(new QTimer(this)),
      m_periodic(new QTimer(this)),
      m_backoff(m_config.backoffInitialMs, m_config.backoffMaxMs, {})
{
    for (QTimer *t : {m_kick, m_debounce, m_periodic})
        t->setSingleShot(true);
    connect(m_kick, &QTimer::timeout, this, &SyncEngine::runCycle);
    connect(m_periodic, &QTimer::timeout, this, &SyncEngine::runCycle);
    connect(m_debounce, &QTimer::timeout, this, [this] {
        if (!m_blocked)
            scheduleSoon();
    });
}

SyncEngine::~SyncEngine()
{
    closeStore();
}

void SyncEngine::setRandom(std::function<double()> random)
{
    m_backoff = Backoff(m_config.backoffInitialMs, m_config.backoffMaxMs, std::move(random));
}

void SyncEngine::abortRequests()
{
    if (m_transport)
        m_transport->abort();
}

void SyncEngine::ensureTransport()
{
    if (!m_transport)
        m_transport = std::make_unique<Transport>(m_config.transport);
}

bool SyncEngine::openStore()
{
    if (m_db)
        return true;
    ensureTransport();
    auto opened = m_openDatabase ? m_openDatabase() : Result<std::unique_ptr<Database>>(Error::make(Error::Locked));
    if (!opened.ok()) {
        setState(State::Locked, u"store_unavailable"_s);
        return false;
    }
    m_db = std::move(opened).value();
    // A page of a first sync writes thousands of store pages. At SQLite's usual 1000 this
    // connection's commits would checkpoint in the middle of a pull, one page's apply waiting
    // for a copy of the WAL; the engine checkpoints when each cycle ends instead (runCycle), and
    // this bound only caps the WAL of a very long cycle.
    m_db->setAutoCheckpoint(kWalPagesPerCycle);
    m_replica = std::make_unique<Replica>(*m_db, m_clock);
    m_credentials = std::make_unique<Credentials>(m_replica->state(), *m_transport, m_clock);
    // The pins chosen at enrolment hold for every request of this device (R33).
    auto pin = m_replica->state().value(QString::fromLatin1(kPinKey));
    m_transport->setPinnedPublicKey(pin.ok() && !pin.value().isEmpty() ? pin.value().toLatin1()
                                                                       : m_config.transport.pinnedPublicKey);
    return true;
}

void SyncEngine::closeStore()
{
    m_credentials.reset();
    m_replica.reset();
    m_db.reset();
}

void SyncEngine::start()
{
    m_running = true;
    if (m_appLocked || !openStore())
        return;
    emitCounts();
    if (!m_credentials->enrolled()) {
        setState(State::Idle, u"not_enrolled"_s);
        return;
    }
    if (leaseExpired())
        setState(State::Locked, u"lease_expired"_s);
    scheduleSoon();
}

void SyncEngine::stop()
{
    m_running = false;
    for (QTimer *t : {m_kick, m_debounce, m_periodic})
        t->stop();
    closeStore();
    setState(State::Idle, u"stopped"_s);
}

void SyncEngine::foreground()
{
    if (!m_blocked)
        scheduleSoon();
}

void SyncEngine::localWrite()
{
    if (m_db)
        emitCounts();
    if (!m_blocked && m_running && !m_appLocked)
        m_debounce->start(m_config.debounceMs);
}

void SyncEngine::syncNow()
{
    m_blocked = false;
    m_running = true;
    scheduleSoon();
}

void SyncEngine::setAppLocked(bool locked)
{
    m_appLocked = locked;
    if (locked) {
        for (QTimer *t : {m_kick, m_debounce, m_periodic})
            t->stop();
        closeStore();
        setState(State::Locked, u"app_locked"_s);
        return;
    }
    if (!openStore())
        return;
    setState(State::Idle);
    if (m_running && !m_blocked)
        scheduleSoon();
}

void SyncEngine::enroll(const QString &serverUrl, const QString &code)
{
    m_running = true;
    if (m_appLocked || !openStore()) {
        Q_EMIT enrolled(false, u"store_unavailable"_s);
        return;
    }
    m_transport->resetAbort();
    const std::optional<ServerAddress> address = ServerAddress::parse(serverUrl);
    const QString refused = !address ? u"bad_pin"_s
        : m_config.requirePinnedKey && address->pin.isEmpty() && QUrl(address->url).scheme() == u"https"
            ? u"pin_required"_s
            : QString();
    if (!refused.isEmpty()) {
        qCInfo(lcSync) << "enrolment refused:" << refused;
        setState(State::Idle, u"not_enrolled"_s);
        Q_EMIT enrolled(false, refused);
        return;
    }
    // Durable before the first request: the pins travel with the credentials in the store.
    if (!m_replica->state().setValue(QString::fromLatin1(kPinKey), QString::fromLatin1(address->pin)).ok()) {
        Q_EMIT enrolled(false, u"storage"_s);
        return;
    }
    m_transport->setPinnedPublicKey(address->pin.isEmpty() ? m_config.transport.pinnedPublicKey : address->pin);
    setState(State::Connecting);
    const AuthOutcome auth = m_credentials->enroll(address->url, code, m_config.deviceName, m_config.clientVersion,
                                                   m_config.platform);
    if (!auth.ok()) {
        qCInfo(lcSync) << "enrolment refused:" << auth.code;
        setState(State::Idle, u"not_enrolled"_s);
        Q_EMIT enrolled(false, auth.code);
        return;
    }
    if (auto adopted = m_replica->adoptEpoch(auth.epoch); !adopted.ok())
        qCWarning(lcSync) << "could not store the server epoch";
    m_blocked = false;
    setState(State::Idle);
    Q_EMIT enrolled(true, {});
    scheduleSoon();
}

void SyncEngine::scheduleSoon(int delayMs)
{
    if (!m_running || m_appLocked)
        return;
    m_kick->start(delayMs);
}

void SyncEngine::setState(State state, const QString &reason)
{
    if (state == m_state && reason == m_stateReason)
        return;
    m_state = state;
    m_stateReason = reason;
    qCDebug(lcSync) << "state" << state << reason;
    Q_EMIT stateChanged(state, reason);
    if (state == State::NeedsAttention)
        Q_EMIT needsAttention(reason);
}

bool SyncEngine::leaseExpired()
{
    if (!m_replica)
        return false;
    auto expired = m_replica->state().leaseExpired(m_clock.nowMs());
    return expired.ok() && expired.value();
}

void SyncEngine::emitCounts()
{
    if (!m_replica)
        return;
    if (auto pending = m_replica->pendingCount(); pending.ok())
        Q_EMIT pendingCountChanged(pending.value());
    if (auto rejected = Outbox::count(*m_db, u"rejected"_s); rejected.ok())
        Q_EMIT rejectedCountChanged(int(rejected.value()));
}

void SyncEngine::scheduleAfterFailure(const QString &reason)
{
    const qint64 delay = m_backoff.nextDelayMs();
    m_nextAttemptMs = delay;
    setState(leaseExpired() ? State::Locked : State::BackingOff, leaseExpired() ? u"lease_expired"_s : reason);
    qCInfo(lcSync) << "sync failed:" << reason << "- next attempt in" << delay << "ms";
    if (m_running && !m_appLocked)
        m_periodic->start(int(std::min<qint64>(delay, std::numeric_limits<int>::max())));
}

void SyncEngine::block(const QString &reason)
{
    m_blocked = true;
    m_periodic->stop();
    setState(State::NeedsAttention, reason);
}

void SyncEngine::onAuthFailure(TransportFailure failure, const QString &code)
{
    switch (failure) {
    case TransportFailure::Transient:
    case TransportFailure::Timeout:
        scheduleAfterFailure(code);
        return;
    case TransportFailure::Unauthorized:
        block(code == u"not_enrolled" ? code : u"unauthorized"_s);
        return;
    case TransportFailure::UpgradeRequired:
        block(u"upgrade"_s);
        return;
    default:
        block(code);
        return;
    }
}

void SyncEngine::onFailure(const TransportReply &reply)
{
    const QString code = reply.code.isEmpty() ? u"http_%1"_s.arg(reply.httpStatus) : reply.code;
    switch (reply.failure) {
    case TransportFailure::Unauthorized:
    case TransportFailure::UpgradeRequired:
    case TransportFailure::Forbidden:
        onAuthFailure(reply.failure, code);
        return;
    case TransportFailure::Rejected:
    case TransportFailure::Refused:
        // Our request or the connection was refused: a person should know, and we still retry.
        setState(State::NeedsAttention, code);
        m_nextAttemptMs = m_backoff.nextDelayMs();
        if (m_running && !m_appLocked)
            m_periodic->start(int(m_nextAttemptMs));
        return;
    default:
        scheduleAfterFailure(code);
        return;
    }
}

void SyncEngine::finishCycle()
{
    const qint64 now = m_clock.nowMs();
    if (!m_replica->state().setLastSyncAt(now).ok())
        qCWarning(lcSync) << "could not store the last sync time";
    m_backoff.reset();
    emitCounts();
    auto rejected = Outbox::count(*m_db, u"rejected"_s);
    if (leaseExpired())
        setState(State::Locked, u"lease_expired"_s);
    else if (rejected.ok() && rejected.value() > 0)
        setState(State::NeedsAttention, u"rejected_ops"_s);
    else
        setState(State::Idle);
    Q_EMIT synced(now);
    if (m_running && !m_appLocked)
        m_periodic->start(m_config.periodicMs);
}

} // namespace Qadam::Sync
