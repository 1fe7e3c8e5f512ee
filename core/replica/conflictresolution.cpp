// Replica::resolveConflict: a person settles a same-field conflict on the device.

#include "replica.h"

#include "store/database.h"
#include "write/writeservice.h"

using namespace Qt::StringLiterals;

namespace Qadam {

Status Replica::resolveConflict(WriteService &writer, const QString &conflictId, const QVariant &chosen)
{
    Transaction tx(m_db);
    if (!tx.began())
        return tx.beginStatus();
    auto row = m_db.prepare(u"SELECT entity, record_id, field FROM sync_conflict WHERE id = ?1 AND resolved = 0"_s);
    if (!row.ok())
        return row.error();
    Statement &s = row.value();
    s.bind(1, conflictId);
    auto found = s.step();
    if (!found.ok())
        return found.error();
    if (!found.value())
        return Error::make(Error::NotFound, u"no open conflict with this id"_s);
    const QString entity = s.text(0);
    const QString recordId = s.text(1);
    const QString field = s.text(2);

    auto current = writer.get(entity, recordId);
    if (!current.ok())
        return current.error();
    // Explicit: the op is written even when the device already shows the chosen value (the usual
    // "keep theirs" after a pull) — the server holds the conflict open until an op names it.
    if (Status w = writer.updateExplicit(entity, recordId, current.value().version, {{field, chosen}}, conflictId);
        !w.ok())
        return w;
    auto resolved = m_db.prepare(u"UPDATE sync_conflict SET resolved = 1 WHERE id = ?1"_s);
    if (!resolved.ok())
        return resolved.error();
    resolved.value().bind(1, conflictId);
    if (Status r = resolved.value().run(); !r.ok())
        return r;
    return tx.commit();
}

} // namespace Qadam
