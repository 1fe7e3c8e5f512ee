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
    if (Status w = writer.update(entity, recordId, current.value().version, {{field, chosen}}); !w.ok())
        return w;
    // The op update() just appended is the newest of the outbox, in this transaction.
    for (const QString &sql : {u"UPDATE outbox SET resolves_conflict = ?1 "
                               u"WHERE device_seq = (SELECT max(device_seq) FROM outbox)"_s,
                               u"UPDATE sync_conflict SET resolved = 1 WHERE id = ?1"_s}) {
        auto stmt = m_db.prepare(sql);
        if (!stmt.ok())
            return stmt.error();
        stmt.value().bind(1, conflictId);
        if (Status r = stmt.value().run(); !r.ok())
            return r;
    }
    return tx.commit();
}

} // namespace Qadam
