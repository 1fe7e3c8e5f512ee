#pragma once

#include "sync.pb.h"
#include "util/result.h"

#include <QByteArray>
#include <QString>
#include <QVariant>
#include <QVariantMap>

#include <string>
#include <unordered_map>

namespace Qadam::Wire {

namespace pb = ::qadam::sync::v1;

/** Protocol version this build speaks (SyncRequest.protocol_version). */
inline constexpr quint32 kProtocolVersion = 1;
/** Hard ceiling of a decompressed body; bigger frames are refused (413) before any parsing. */
inline constexpr qsizetype kMaxDecompressed = 64 * 1024 * 1024;

/** compress()'s default: the level levelFor() picks for the body's size. */
inline constexpr int kLevelBySize = 0;
/**
 * The zstd level for a body of `rawSize` bytes: small bodies (a delta, results, an idle sync)
 * squeezed hard, since they go over the poorest links; big pages (a first sync) at a level that
 * keeps up with the store. At most a few milliseconds per body on the benchmark machine
 * (17: ~8 MB/s up to 32 KiB; 9: ~150 MB/s up to 256 KiB; 5: ~220 MB/s).
 */
[[nodiscard]] int levelFor(qsizetype rawSize);
/** One zstd frame of `raw` at `level` (kLevelBySize: levelFor()). */
[[nodiscard]] QByteArray compress(const QByteArray &raw, int level = kLevelBySize);
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

/** How a text that is a canonical UUID (every id) goes into a Value: as text, or as its 16 bytes
 *  (Value.uuid, read back as the same text) to a peer that said it reads them (uuid_values). */
enum class Ids { AsText, AsBytes };
/** A storage-form value (QString, qint64/int/bool, null) as a wire Value. */
void toValue(const QVariant &v, pb::Value *out, Ids ids = Ids::AsText);
[[nodiscard]] QVariant fromValue(const pb::Value &v);
/** Whether a value is one fromValue can read: a uuid is 16 bytes (the parser cannot tell), and
 *  no kind unknown to this build (a newer peer's) hides in it. A reader refuses the whole message
 *  otherwise (parse(SyncResponse); the server's 400). */
[[nodiscard]] bool wellFormed(const pb::Value &v);
[[nodiscard]] bool wellFormed(const google::protobuf::RepeatedPtrField<pb::Field> &fields);
void toFields(const QVariantMap &fields, google::protobuf::RepeatedPtrField<pb::Field> *out, Ids ids = Ids::AsText);

/**
 * The texts one message repeats, made once: the records of a reply page share their field names,
 * their case's id and their writers' ids. Each comes back as a shared QString, so a page of 5,000
 * records holds a few hundred strings instead of 80,000, and building and freeing it is that much
 * less work. For one message on one thread; it grows with what it was given (not worth it for a
 * single small message: fromFields without one).
 */
class Interner
{
public:
    /** A field or entity name (UTF-8 on the wire). */
    [[nodiscard]] QString name(const std::string &utf8);
    /** As uuidFromBytes. */
    [[nodiscard]] QString uuid(const std::string &bytes);

private:
    std::unordered_map<std::string, QString> m_names;
    std::unordered_map<std::string, QString> m_uuids;
};

[[nodiscard]] QVariant fromValue(const pb::Value &v, Interner &interner);
[[nodiscard]] QVariantMap fromFields(const google::protobuf::RepeatedPtrField<pb::Field> &fields);
[[nodiscard]] QVariantMap fromFields(const google::protobuf::RepeatedPtrField<pb::Field> &fields, Interner &interner);

/**
 * Options for the arena of one request or reply: a first sync's page holds thousands of
 * strings and sub-messages, allocated from a few large blocks and freed at once instead of one
 * by one (google::protobuf::Arena; sync.proto's messages are arena-enabled).
 */
[[nodiscard]] google::protobuf::ArenaOptions arenaOptions();

/** Serialises a message to bytes. */
[[nodiscard]] QByteArray serialise(const google::protobuf::MessageLite &m);
/** Parses `bytes` into `m`; false when they are not one valid message. */
[[nodiscard]] bool parse(const QByteArray &bytes, google::protobuf::MessageLite &m);

/**
 * The compact form of sync.proto (see its top): leaves out of each op, result and change what the
 * one before it tells (consecutive sequences, the same entity, clocks as differences), which
 * zstd cannot squeeze out of varints by itself. Lossless for what our ends send (sequences
 * from 1 up): expand() gives the message back field for field.
 */
void compact(pb::SyncRequest &m);
void compact(pb::SyncResponse &m);
/** Undoes compact() in place; a message in the absolute form is left as it is. False when a
 *  compact field contradicts its absolute one (the message is then malformed). */
[[nodiscard]] bool expand(pb::SyncRequest &m);
[[nodiscard]] bool expand(pb::SyncResponse &m);
/** Parses a request or reply in either form and expands it: what every reader of them uses.
 *  False as well when a value in it is not well formed (wellFormed). */
[[nodiscard]] bool parse(const QByteArray &bytes, pb::SyncRequest &m);
[[nodiscard]] bool parse(const QByteArray &bytes, pb::SyncResponse &m);

} // namespace Qadam::Wire
