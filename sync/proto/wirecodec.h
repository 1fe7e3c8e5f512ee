#pragma once

#include "sync.pb.h"
#include "util/result.h"

#include <QByteArray>
#include <QString>
#include <QVariant>
#include <QVariantMap>

namespace Qadam::Wire {

namespace pb = ::qadam::sync::v1;

/** Protocol version this build speaks (SyncRequest.protocol_version). */
inline constexpr quint32 kProtocolVersion = 1;
/** Hard ceiling of a decompressed body; bigger frames are refused (413) before any parsing. */
inline constexpr qsizetype kMaxDecompressed = 64 * 1024 * 1024;

/** One zstd frame of `raw` (level 3). */
[[nodiscard]] QByteArray compress(const QByteArray &raw, int level = 3);
/**
 * Decompresses one zstd frame. A frame that declares, or turns out to hold, more than `maxSize`
 * bytes is Error::TooLarge without decompressing further; anything else that is not one valid
 * frame is Error::Malformed.
 */
[[nodiscard]] Result<QByteArray> decompress(const QByteArray &frame, qsizetype maxSize = kMaxDecompressed);

/** A UUID as 16 raw bytes; an empty string gives empty bytes. */
[[nodiscard]] std::string uuidToBytes(const QString &uuid);
/** 16 raw bytes as the canonical lower-case UUID text; anything else gives a null string. */
[[nodiscard]] QString uuidFromBytes(const std::string &bytes);

/** Why the server refuses a device audit event (R30) — the name of the faulty field, like
 *  "audit.action" — or an empty string when it is acceptable: an id, a time, an action that is
 *  not a write (AuditLog::describesOp), short plain tokens, UUIDs or nothing for the ids. */
[[nodiscard]] QString deviceAuditFault(const pb::DeviceAuditEvent &e);

/** A storage-form value (QString, qint64/int/bool, null) as a wire Value. */
void toValue(const QVariant &v, pb::Value *out);
[[nodiscard]] QVariant fromValue(const pb::Value &v);
void toFields(const QVariantMap &fields, google::protobuf::RepeatedPtrField<pb::Field> *out);
[[nodiscard]] QVariantMap fromFields(const google::protobuf::RepeatedPtrField<pb::Field> &fields);

/** Serialises a message to bytes. */
[[nodiscard]] QByteArray serialise(const google::protobuf::MessageLite &m);
/** Parses `bytes` into `m`; false when they are not one valid message. */
[[nodiscard]] bool parse(const QByteArray &bytes, google::protobuf::MessageLite &m);

} // namespace Qadam::Wire
