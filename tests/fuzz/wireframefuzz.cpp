// Fuzz target "wire_frame": the framing both sides share (sync/proto wirecodec) — one zstd frame
// with a size limit, the six message types of sync.proto, the value and id codecs — and the
// round trips the protocol relies on.
#include "fuzzentries.h"
#include "fuzzworld.h"

#include "wirecodec.h"

namespace Qadam::Fuzz {

namespace {

/** A message that parses re-serialises to bytes that parse to the same bytes again. */
template<typename Message>
bool checkMessage(const QByteArray &bytes, Message &m)
{
    if (!Wire::parse(bytes, m))
        return false;
    const QByteArray again = Wire::serialise(m);
    Message reparsed;
    require(Wire::parse(again, reparsed), "a re-serialised message parses");
    require(Wire::serialise(reparsed) == again, "serialisation is stable");
    return true;
}

/** Values survive storage form and back; ids survive text form and back. */
void checkFields(const google::protobuf::RepeatedPtrField<pb::Field> &fields)
{
    const QVariantMap decoded = Wire::fromFields(fields);
    google::protobuf::RepeatedPtrField<pb::Field> encoded;
    Wire::toFields(decoded, &encoded);
    require(Wire::fromFields(encoded) == decoded, "field values round-trip");
}

void checkId(const std::string &bytes)
{
    const QString text = Wire::uuidFromBytes(bytes);
    if (text.isNull())
        return;
    require(Wire::uuidToBytes(text) == bytes, "16-byte ids round-trip through text");
}

void checkMessages(const QByteArray &content)
{
    pb::SyncRequest request;
    if (checkMessage(content, request)) {
        for (const pb::Op &op : request.ops()) {
            checkFields(op.fields());
            checkId(op.record_id());
        }
    }
    pb::SyncResponse response;
    if (checkMessage(content, response)) {
        for (const pb::Change &change : response.changes()) {
            checkFields(change.fields());
            checkId(change.record_id());
            checkId(change.bucket());
        }
        for (const pb::Conflict &conflict : response.conflicts()) {
            (void)Wire::fromValue(conflict.server_value());
            checkId(conflict.id());
        }
    }
    pb::EnrollRequest enroll;
    (void)checkMessage(content, enroll);
    pb::TokenRequest token;
    (void)checkMessage(content, token);
    pb::TokenReply reply;
    (void)checkMessage(content, reply);
    pb::ErrorReply error;
    (void)checkMessage(content, error);
}

} // namespace

int wireFrame(const uint8_t *data, size_t size)
{
    static const bool quiet = (quietLogs(), true);
    Q_UNUSED(quiet);
    const QByteArray raw(reinterpret_cast<const char *>(data), qsizetype(size));
    // Any bytes go through compress and back unchanged.
    const auto back = Wire::decompress(Wire::compress(raw), kMaxDecompressed);
    require(back.ok() && back.value() == raw, "compress then decompress gives the bytes back");
    // The input as a frame; a frame that is refused is refused with a reason, never a crash.
    const auto body = Wire::decompress(raw, kMaxDecompressed);
    if (!body.ok())
        require(body.code() == Error::Malformed || body.code() == Error::TooLarge, "a refused frame says why");
    else
        require(body.value().size() <= kMaxDecompressed, "the size limit holds");
    // Both as message bytes: the uncompressed input and the frame's content.
    checkMessages(raw);
    if (body.ok())
        checkMessages(body.value());
    return 0;
}

} // namespace Qadam::Fuzz
