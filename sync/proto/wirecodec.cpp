#include "wirecodec.h"

#include "audit/auditlog.h"

#include <QUuid>

#include <zstd.h>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Qadam::Wire {

int levelFor(qsizetype rawSize)
{
    if (rawSize <= 32 * 1024)
        return 17;
    if (rawSize <= 256 * 1024)
        return 9;
    return 5;
}

QByteArray compress(const QByteArray &raw, int level)
{
    if (level == kLevelBySize)
        level = levelFor(raw.size());
    QByteArray out(qsizetype(ZSTD_compressBound(size_t(raw.size()))), Qt::Uninitialized);
    const size_t n = ZSTD_compress(out.data(), size_t(out.size()), raw.constData(), size_t(raw.size()), level);
    if (ZSTD_isError(n))
        return {};
    out.truncate(qsizetype(n));
    return out;
}

Result<QByteArray> decompress(const QByteArray &frame, qsizetype maxSize)
{
    if (frame.isEmpty())
        return Error::make(Error::Malformed, u"empty frame"_s);
    const unsigned long long declared = ZSTD_getFrameContentSize(frame.constData(), size_t(frame.size()));
    if (declared == ZSTD_CONTENTSIZE_ERROR)
        return Error::make(Error::Malformed, u"not a zstd frame"_s);
    if (declared != ZSTD_CONTENTSIZE_UNKNOWN && declared > static_cast<unsigned long long>(maxSize))
        return Error::make(Error::TooLarge, u"frame declares more than the limit"_s);
    const size_t frameSize = ZSTD_findFrameCompressedSize(frame.constData(), size_t(frame.size()));
    if (ZSTD_isError(frameSize) || frameSize != size_t(frame.size()))
        return Error::make(Error::Malformed, u"not exactly one zstd frame"_s);

    std::unique_ptr<ZSTD_DStream, decltype(&ZSTD_freeDStream)> ds(ZSTD_createDStream(), &ZSTD_freeDStream);
    if (!ds)
        return Error::make(Error::Storage, u"zstd: out of memory"_s);
    ZSTD_initDStream(ds.get());
    QByteArray out;
    out.reserve(declared != ZSTD_CONTENTSIZE_UNKNOWN ? qsizetype(declared) : qMin<qsizetype>(frame.size() * 4, maxSize));
    ZSTD_inBuffer in{frame.constData(), size_t(frame.size()), 0};
    QByteArray chunk(qsizetype(ZSTD_DStreamOutSize()), Qt::Uninitialized);
    size_t ret = 1;
    while (in.pos < in.size || ret != 0) {
        ZSTD_outBuffer o{chunk.data(), size_t(chunk.size()), 0};
        ret = ZSTD_decompressStream(ds.get(), &o, &in);
        if (ZSTD_isError(ret))
            return Error::make(Error::Malformed, u"corrupt zstd frame"_s);
        if (out.size() + qsizetype(o.pos) > maxSize)
            return Error::make(Error::TooLarge, u"frame holds more than the limit"_s);
        out.append(chunk.constData(), qsizetype(o.pos));
        if (o.pos == 0 && in.pos == in.size && ret != 0)
            return Error::make(Error::Malformed, u"truncated zstd frame"_s);
    }
    return out;
}

std::string uuidToBytes(const QString &uuid)
{
    if (uuid.isEmpty())
        return {};
    const QUuid u = QUuid::fromString(uuid);
    if (u.isNull())
        return {};
    const QByteArray raw = u.toRfc4122();
    return std::string(raw.constData(), size_t(raw.size()));
}

QString uuidFromBytes(const std::string &bytes)
{
    if (bytes.size() != 16)
        return {};
    return QUuid::fromRfc4122(QByteArrayView(bytes.data(), 16)).toString(QUuid::WithoutBraces);
}

namespace {

/** Whether `s` is a UUID as our ids are written: 36 characters, lowercase hex, hyphens at 8, 13,
 *  18 and 23. Exactly the texts that come back the same from their 16 bytes. */
bool isCanonicalUuid(const QString &s)
{
    if (s.size() != 36)
        return false;
    for (qsizetype i = 0; i < 36; ++i) {
        const char16_t c = s.at(i).unicode();
        const bool hyphen = i == 8 || i == 13 || i == 18 || i == 23;
        if (hyphen ? c != u'-' : !((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f')))
            return false;
    }
    return true;
}

/** The 16 bytes of a canonical UUID text (isCanonicalUuid), the nil UUID included. */
std::string canonicalUuidBytes(const QString &s)
{
    const auto nibble = [](char16_t c) { return c <= u'9' ? c - u'0' : c - u'a' + 10; };
    std::string out;
    out.reserve(16);
    for (qsizetype i = 0; i < s.size(); i += 2) {
        if (s.at(i) == u'-')
            ++i;
        out.push_back(char(nibble(s.at(i).unicode()) << 4 | nibble(s.at(i + 1).unicode())));
    }
    return out;
}

} // namespace

bool wellFormed(const pb::Value &v)
{
    // A kind this build does not know parses as no kind plus an unknown field: read as no value,
    // it would clear the field it names. Refused instead, whatever newer peer sent it.
    if (!v.GetReflection()->GetUnknownFields(v).empty())
        return false;
    return v.kind_case() != pb::Value::kUuid || v.uuid().size() == 16;
}

bool wellFormed(const google::protobuf::RepeatedPtrField<pb::Field> &fields)
{
    return std::all_of(fields.cbegin(), fields.cend(), [](const pb::Field &f) { return wellFormed(f.value()); });
}

void toValue(const QVariant &v, pb::Value *out, Ids ids)
{
    if (!v.isValid() || v.isNull()) {
        out->set_null(true);
        return;
    }
    switch (v.typeId()) {
    case QMetaType::Bool:
        out->set_integer(v.toBool() ? 1 : 0);
        return;
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Long:
    case QMetaType::ULong:
        out->set_integer(v.toLongLong());
        return;
    default: {
        const QString text = v.toString();
        if (ids == Ids::AsBytes && isCanonicalUuid(text))
            out->set_uuid(canonicalUuidBytes(text));  // 16 bytes instead of 36 characters
        else
            out->set_text(text.toStdString());
        return;
    }
    }
}

QVariant fromValue(const pb::Value &v)
{
    switch (v.kind_case()) {
    case pb::Value::kText:
        return QString::fromStdString(v.text());
    case pb::Value::kInteger:
        return qint64(v.integer());
    case pb::Value::kUuid:
        return wellFormed(v) ? uuidFromBytes(v.uuid()) : QVariant();  // readers refuse it first (wellFormed)
    case pb::Value::kNull:
    case pb::Value::KIND_NOT_SET:
        break;
    }
    return QVariant();
}

void toFields(const QVariantMap &fields, google::protobuf::RepeatedPtrField<pb::Field> *out, Ids ids)
{
    out->Reserve(int(fields.size()));
    for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
        pb::Field *f = out->Add();
        f->set_name(it.key().toStdString());
        toValue(it.value(), f->mutable_value(), ids);
    }
}

namespace {

/** The fields as a map, inserted in wire order with an end hint: they travel in name order
 *  (toFields writes a QVariantMap), and a hint is only a hint, so any order gives the same map. */
template <typename Name, typename Value>
QVariantMap readFields(const google::protobuf::RepeatedPtrField<pb::Field> &fields, Name name, Value value)
{
    QVariantMap out;
    for (const pb::Field &f : fields)
        out.insert(out.cend(), name(f.name()), value(f.value()));
    return out;
}

} // namespace

QVariantMap fromFields(const google::protobuf::RepeatedPtrField<pb::Field> &fields)
{
    return readFields(fields, [](const std::string &n) { return QString::fromStdString(n); },
                      [](const pb::Value &v) { return fromValue(v); });
}

QString Interner::name(const std::string &utf8)
{
    auto it = m_names.find(utf8);
    if (it == m_names.end())
        it = m_names.emplace(utf8, QString::fromStdString(utf8)).first;
    return it->second;
}

QString Interner::uuid(const std::string &bytes)
{
    if (bytes.size() != 16)
        return {};
    auto it = m_uuids.find(bytes);
    if (it == m_uuids.end())
        it = m_uuids.emplace(bytes, uuidFromBytes(bytes)).first;
    return it->second;
}

QVariant fromValue(const pb::Value &v, Interner &interner)
{
    if (v.kind_case() == pb::Value::kUuid)
        return wellFormed(v) ? interner.uuid(v.uuid()) : QVariant();
    return fromValue(v);
}

QVariantMap fromFields(const google::protobuf::RepeatedPtrField<pb::Field> &fields, Interner &interner)
{
    return readFields(fields, [&](const std::string &n) { return interner.name(n); },
                      [&](const pb::Value &v) { return fromValue(v, interner); });
}

google::protobuf::ArenaOptions arenaOptions()
{
    google::protobuf::ArenaOptions o;
    o.start_block_size = 64 * 1024;
    o.max_block_size = 1024 * 1024;
    return o;
}

QByteArray serialise(const google::protobuf::MessageLite &m)
{
    QByteArray out(qsizetype(m.ByteSizeLong()), Qt::Uninitialized);
    m.SerializeToArray(out.data(), int(out.size()));
    return out;
}

bool parse(const QByteArray &bytes, google::protobuf::MessageLite &m)
{
    return m.ParseFromArray(bytes.constData(), int(bytes.size()));
}

namespace {

// Sums in unsigned arithmetic: a forged delta wraps instead of overflowing (the sum is then
// checked like any value sent whole).
quint64 plus(quint64 base, qint64 delta)
{
    return base + quint64(delta);
}

qint64 minus(quint64 value, quint64 base)
{
    return qint64(value - base);
}

/** compact()'s side of inherit(): a text equal to the previous element's is left out. */
void leaveOutRepeat(std::string &previous, bool first, std::string *value)
{
    if (!first && *value == previous)
        value->clear();
    else
        previous = *value;
}

/** compact()'s side of following(): whether `value` is the previous element's + 1. */
bool follows(quint64 previous, quint64 value)
{
    return previous != 0 && value == previous + 1;
}

/** A text left out takes the previous element's; a text sent becomes the previous one. */
void inherit(std::string &previous, std::string *value)
{
    if (value->empty())
        *value = previous;
    else
        previous = *value;
}

/** A sequence left out (0) is the previous element's + 1, once there is one. */
quint64 following(quint64 previous, quint64 value)
{
    return value == 0 && previous != 0 ? previous + 1 : value;
}

} // namespace

void compact(pb::SyncRequest &m)
{
    quint64 seq = 0;
    qint64 occurred = 0;
    bool first = true;
    std::string entity;
    quint32 schema = 0;
    for (pb::Op &op : *m.mutable_ops()) {
        const quint64 ownSeq = op.device_seq();
        const qint64 ownOccurred = op.occurred_at();
        if (follows(seq, ownSeq))
            op.clear_device_seq();
        leaveOutRepeat(entity, first, op.mutable_entity());
        if (!first && op.schema_version() == schema)
            op.clear_schema_version();
        else
            schema = op.schema_version();
        op.set_hlc_offset(minus(op.hlc(), quint64(ownOccurred) << 16));
        op.clear_hlc();
        if (!first) {
            op.clear_occurred_at();
            op.set_occurred_delta(minus(quint64(ownOccurred), quint64(occurred)));
        }
        first = false;
        seq = ownSeq;
        occurred = ownOccurred;
    }
}

void compact(pb::SyncResponse &m)
{
    quint64 deviceSeq = 0, written = 0;
    for (pb::OpResult &r : *m.mutable_results()) {
        const quint64 ownSeq = r.device_seq();
        if (follows(deviceSeq, ownSeq))
            r.clear_device_seq();
        deviceSeq = ownSeq;
        if (r.seq() == 0)
            continue;
        const quint64 seq = r.seq();
        if (follows(written, seq)) {
            r.clear_seq();
            r.set_seq_next(true);
        }
        written = seq;
    }
    quint64 seq = 0, hlc = 0;
    bool first = true;
    std::string previousEntity;
    for (pb::Change &c : *m.mutable_changes()) {
        const quint64 ownSeq = c.seq(), ownHlc = c.hlc();
        if (follows(seq, ownSeq))
            c.clear_seq();
        leaveOutRepeat(previousEntity, first, c.mutable_entity());
        if (!first) {
            c.clear_hlc();
            c.set_hlc_delta(minus(ownHlc, hlc));
        }
        first = false;
        seq = ownSeq;
        hlc = ownHlc;
    }
}

bool expand(pb::SyncRequest &m)
{
    quint64 seq = 0;
    qint64 occurred = 0;
    std::string entity;
    quint32 schema = 0;
    for (pb::Op &op : *m.mutable_ops()) {
        if ((op.hlc() != 0 && op.hlc_offset() != 0) || (op.occurred_at() != 0 && op.occurred_delta() != 0))
            return false;
        op.set_device_seq(following(seq, op.device_seq()));
        inherit(entity, op.mutable_entity());
        if (op.schema_version() == 0)
            op.set_schema_version(schema);
        else
            schema = op.schema_version();
        if (op.occurred_at() == 0)
            op.set_occurred_at(qint64(plus(quint64(occurred), op.occurred_delta())));
        if (op.hlc() == 0)
            op.set_hlc(plus(quint64(op.occurred_at()) << 16, op.hlc_offset()));
        op.clear_occurred_delta();
        op.clear_hlc_offset();
        seq = op.device_seq();
        occurred = op.occurred_at();
    }
    return true;
}

bool expand(pb::SyncResponse &m)
{
    quint64 deviceSeq = 0, written = 0;
    for (pb::OpResult &r : *m.mutable_results()) {
        r.set_device_seq(following(deviceSeq, r.device_seq()));
        deviceSeq = r.device_seq();
        if (r.seq_next()) {
            if (r.seq() != 0 || written == 0)
                return false;
            r.set_seq(written + 1);
            r.clear_seq_next();
        }
        if (r.seq() != 0)
            written = r.seq();
    }
    quint64 seq = 0, hlc = 0;
    std::string entity;
    for (pb::Change &c : *m.mutable_changes()) {
        if (c.hlc() != 0 && c.hlc_delta() != 0)
            return false;
        c.set_seq(following(seq, c.seq()));
        inherit(entity, c.mutable_entity());
        if (c.hlc() == 0)
            c.set_hlc(plus(hlc, c.hlc_delta()));
        c.clear_hlc_delta();
        seq = c.seq();
        hlc = c.hlc();
    }
    return true;
}

bool parse(const QByteArray &bytes, pb::SyncRequest &m)
{
    if (!parse(bytes, static_cast<google::protobuf::MessageLite &>(m)) || !expand(m))
        return false;
    return std::all_of(m.ops().cbegin(), m.ops().cend(), [](const pb::Op &op) { return wellFormed(op.fields()); });
}

bool parse(const QByteArray &bytes, pb::SyncResponse &m)
{
    if (!parse(bytes, static_cast<google::protobuf::MessageLite &>(m)) || !expand(m))
        return false;
    const auto changeOk = [](const pb::Change &c) { return wellFormed(c.fields()); };
    const auto conflictOk = [](const pb::Conflict &c) { return wellFormed(c.server_value()) && wellFormed(c.device_value()); };
    return std::all_of(m.changes().cbegin(), m.changes().cend(), changeOk)
        && std::all_of(m.conflicts().cbegin(), m.conflicts().cend(), conflictOk);
}

namespace {

/** Letters, digits and _ : - . only, at most `maxLength` bytes. */
bool isToken(const std::string &s, size_t maxLength, bool allowEmpty)
{
    if (s.empty())
        return allowEmpty;
    return s.size() <= maxLength && std::all_of(s.cbegin(), s.cend(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == ':'
            || c == '-' || c == '.';
    });
}

bool isUuidOrEmpty(const std::string &bytes)
{
    return bytes.empty() || !uuidFromBytes(bytes).isNull();
}

} // namespace

QString deviceAuditFault(const pb::DeviceAuditEvent &e)
{
    using namespace Qt::StringLiterals;
    if (uuidFromBytes(e.id()).isNull())
        return u"audit.id"_s;
    if (e.at() <= 0)
        return u"audit.at"_s;
    if (!isToken(e.action(), 40, false) || AuditLog::describesOp(QString::fromStdString(e.action())))
        return u"audit.action"_s;
    if (!isToken(e.entity(), 40, true))
        return u"audit.entity"_s;
    if (!isUuidOrEmpty(e.record_id()))
        return u"audit.record_id"_s;
    if (!isUuidOrEmpty(e.person_id()))
        return u"audit.person_id"_s;
    return {};
}

} // namespace Qadam::Wire
