#include "wirecodec.h"

#include "audit/auditlog.h"

#include <QUuid>

#include <zstd.h>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Qadam::Wire {

QByteArray compress(const QByteArray &raw, int level)
{
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

void toValue(const QVariant &v, pb::Value *out)
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
    default:
        out->set_text(v.toString().toStdString());
        return;
    }
}

QVariant fromValue(const pb::Value &v)
{
    switch (v.kind_case()) {
    case pb::Value::kText:
        return QString::fromStdString(v.text());
    case pb::Value::kInteger:
        return qint64(v.integer());
    case pb::Value::kNull:
    case pb::Value::KIND_NOT_SET:
        break;
    }
    return QVariant();
}

void toFields(const QVariantMap &fields, google::protobuf::RepeatedPtrField<pb::Field> *out)
{
    out->Reserve(int(fields.size()));
    for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
        pb::Field *f = out->Add();
        f->set_name(it.key().toStdString());
        toValue(it.value(), f->mutable_value());
    }
}

QVariantMap fromFields(const google::protobuf::RepeatedPtrField<pb::Field> &fields)
{
    QVariantMap out;
    for (const pb::Field &f : fields)
        out.insert(QString::fromStdString(f.name()), fromValue(f.value()));
    return out;
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
