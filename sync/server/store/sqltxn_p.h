#pragma once

// Shared by the SqlTxn sources (sqltxn.cpp, sqltxn_access.cpp, sqltxn_batch.cpp): column lists
// and the text rule. Not part of any interface.

#include <QString>

namespace Qadam::Server::SqlTxnDetail {

using namespace Qt::StringLiterals;

inline const QString kRecordColumns = u"entity, id, bucket, version, seq, hlc, fields, field_versions, echo_device, "
                                      u"created_at, created_by, updated_at, updated_by"_s;
inline const QString kAuditColumns = u"seq, id, at, actor_id, device_id, action, entity, record_id, bucket, prev_hash, hash"_s;
inline const QString kLinkColumns = u"record_id, bucket, kind, user_id, organisation_id, status, from_date, to_date"_s;

/** Never a null QString (a null binds as SQL NULL in some drivers; the columns are NOT NULL ''). */
inline QString text(const QString &s)
{
    return s.isNull() ? u""_s : s;
}

} // namespace Qadam::Server::SqlTxnDetail
