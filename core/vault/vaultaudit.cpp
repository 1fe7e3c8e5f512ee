#include "vaultaudit.h"

#include "audit/auditlog.h"
#include "store/database.h"
#include "util/uuid.h"

using namespace Qt::StringLiterals;

namespace Qadam {

namespace {

/** Wrong-passphrase failures are the ones the vault's persistent counter counts. */
bool countedFailure(const VaultEvent &e)
{
    return !e.ok && e.error == Error::WrongKey
           && (e.operation == VaultEvent::Unlock || e.operation == VaultEvent::ChangePassphrase);
}

} // namespace

QString VaultAuditTrail::actionOf(const VaultEvent &event)
{
    QString op;
    switch (event.operation) {
    case VaultEvent::Create: op = u"vault_create"_s; break;
    case VaultEvent::Unlock: op = u"unlock"_s; break;
    case VaultEvent::Lock: op = u"lock"_s; break;
    case VaultEvent::ChangePassphrase: op = u"passphrase_change"_s; break;
    case VaultEvent::Rekey: op = u"rekey"_s; break;
    case VaultEvent::Wipe: op = u"wipe"_s; break;
    }
    if (event.ok)
        return op;
    if (event.error == Error::WrongKey)
        return op + u"_failed"_s;
    if (event.error == Error::LockedOut)
        return op + u"_locked_out"_s;
    return op + u"_error"_s;
}

void VaultAuditTrail::record(const VaultEvent &event)
{
    m_pending << event;
    if (countedFailure(event))
        ++m_countedFailures;
    // A verified passphrase resets the vault's counter: what it holds from now on is new.
    if (event.ok && (event.operation == VaultEvent::Unlock || event.operation == VaultEvent::ChangePassphrase))
        m_countedFailures = 0;
}

void VaultAuditTrail::noteFailuresBefore(int failedAttempts)
{
    m_earlierFailures = qMax(m_earlierFailures, failedAttempts - m_countedFailures);
}

Status VaultAuditTrail::flush(Database &db, const QString &actorId, const QString &role, const QString &deviceId,
                              qint64 nowMs)
{
    if (pending() == 0)
        return {};
    Transaction txn(db);
    if (!txn.began())
        return txn.beginStatus();
    const auto append = [&](const QString &action, qint64 at) {
        AuditEvent e;
        e.id = newUuidV7(at);
        e.at = at;
        e.actorId = actorId;
        e.actorRole = role;
        e.deviceId = deviceId;
        e.action = action;
        e.entity = u"Device"_s;
        e.recordId = deviceId;
        return AuditLog::append(db, e);
    };
    for (int i = 0; i < m_earlierFailures; ++i)
        if (Status s = append(u"unlock_failed_earlier"_s, nowMs); !s.ok())
            return s;
    for (const VaultEvent &e : std::as_const(m_pending))
        if (Status s = append(actionOf(e), e.atMs); !s.ok())
            return s;
    if (Status s = txn.commit(); !s.ok())
        return s;
    m_pending.clear();
    m_earlierFailures = 0; // the counter keeps them until a verified passphrase resets it (record())
    return {};
}

} // namespace Qadam
