#include "storecodec.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>

namespace Qadam::Server::StoreCodec {

namespace {

QJsonValue toJson(const QVariant &v)
{
    if (!v.isValid() || v.isNull())
        return QJsonValue(QJsonValue::Null);
    switch (v.typeId()) {
    case QMetaType::Bool:
        return QJsonValue(qint64(v.toBool() ? 1 : 0));
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
        return QJsonValue(v.toLongLong());
    case QMetaType::Double:
    case QMetaType::Float:
        return QJsonValue(v.toDouble());
    case QMetaType::QByteArray:
        return QJsonValue(QString::fromUtf8(v.toByteArray()));
    default:
        return QJsonValue(v.toString());
    }
}

QVariant fromJson(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return QVariant();
    case QJsonValue::Bool:
        return QVariant(qint64(v.toBool() ? 1 : 0));
    case QJsonValue::Double: {
        const QVariant raw = v.toVariant();  // Qt 6 keeps integers as qint64
        if (raw.typeId() == QMetaType::LongLong)
            return raw;
        return QVariant(v.toDouble());
    }
    case QJsonValue::String:
        return QVariant(v.toString());
    default:
        return QVariant(QString::fromUtf8(QJsonDocument(v.isArray() ? QJsonDocument(v.toArray())
                                                                    : QJsonDocument(v.toObject()))
                                              .toJson(QJsonDocument::Compact)));
    }
}

// ---- A direct writer for the hot encoders: the same compact JSON as QJsonDocument (sorted keys,
// the same number forms and escapes), without building QJsonObject trees (a third of a push's
// per-record cost on the server before, in the sync benchmark's profile).

void appendString(QByteArray &out, const QString &s)
{
    out += '"';
    const QByteArray utf8 = s.toUtf8();
    const char *const begin = utf8.constData();
    const char *const end = begin + utf8.size();
    const char *run = begin;  // the bytes since the last escape are copied in one append
    for (const char *p = begin; p != end; ++p) {
        const uchar c = uchar(*p);
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        out.append(run, p - run);
        run = p + 1;
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\b': out += "\\b"; break;
        case '\f': out += "\\f"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        default: {
            static const char hex[] = "0123456789abcdef";
            const char escaped[] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 0xf]};
            out.append(escaped, sizeof escaped);
        }
        }
    }
    out.append(run, end - run);
    out += '"';
}

void appendInteger(QByteArray &out, qint64 n)
{
    out += QByteArray::number(n);
}

void appendValue(QByteArray &out, const QVariant &v)
{
    if (!v.isValid() || v.isNull()) {
        out += "null";
        return;
    }
    switch (v.typeId()) {
    case QMetaType::Bool:
        out += v.toBool() ? '1' : '0';
        return;
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
        appendInteger(out, v.toLongLong());
        return;
    case QMetaType::Double:
    case QMetaType::Float: {
        const double d = v.toDouble();
        out += qIsFinite(d) ? QByteArray::number(d, 'g', QLocale::FloatingPointShortest) : QByteArray("null");
        return;
    }
    case QMetaType::QByteArray:
        appendString(out, QString::fromUtf8(v.toByteArray()));
        return;
    default:
        appendString(out, v.toString());
    }
}

QString compact(const QJsonArray &a)
{
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

} // namespace

QString encodeFields(const QVariantMap &fields)
{
    QByteArray out;
    out.reserve(64 * (fields.size() + 1));
    out += '{';
    for (auto it = fields.cbegin(); it != fields.cend(); ++it) {  // QVariantMap: keys already sorted
        if (it != fields.cbegin())
            out += ',';
        appendString(out, it.key());
        out += ':';
        appendValue(out, it.value());
    }
    out += '}';
    return QString::fromUtf8(out);
}

QVariantMap decodeFields(const QString &json)
{
    QVariantMap out;
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    for (auto it = o.constBegin(); it != o.constEnd(); ++it)
        out.insert(it.key(), fromJson(it.value()));
    return out;
}

namespace {

/** The key of the shared writer in the compact form: no field is named "". */
const QString kSharedWriter;

/** The device most of the fields were written by, if it wrote two or more (ties: the lowest id,
 *  so the same versions always give the same text). */
QString sharedWriter(const QHash<QString, QString> &writers)
{
    // Most records were written by one device alone (every create): no count needed then.
    QString only;
    int onlyCount = 0;
    bool several = false;
    for (const QString &w : writers) {
        if (w.isEmpty())
            continue;
        if (onlyCount > 0 && w != only) {
            several = true;
            break;
        }
        only = w;
        ++onlyCount;
    }
    if (!several)
        return onlyCount >= 2 ? only : QString();
    QHash<QString, int> counts;
    for (const QString &w : writers) {
        if (!w.isEmpty())
            ++counts[w];
    }
    QString best;
    int bestCount = 1;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it.value() > bestCount || (it.value() == bestCount && !best.isEmpty() && it.key() < best)) {
            best = it.key();
            bestCount = it.value();
        }
    }
    return best;
}

} // namespace

QString encodeVersions(const QHash<QString, qint64> &versions, const QHash<QString, QString> &writers)
{
    QStringList keys = versions.keys();
    keys.sort();  // QJsonObject's order: the stored text stays the same for the same versions
    const QString shared = sharedWriter(writers);
    QByteArray out;
    out.reserve(16 * (keys.size() + 1) + 2 * shared.size());
    out += '{';
    if (!shared.isEmpty()) {  // "" sorts first
        appendString(out, kSharedWriter);
        out += ':';
        appendString(out, shared);
    }
    for (const QString &key : keys) {
        if (out.size() > 1)
            out += ',';
        appendString(out, key);
        out += ':';
        const QString writer = writers.value(key);
        if (writer == shared) {
            appendInteger(out, versions.value(key));
        } else {
            out += '[';
            appendInteger(out, versions.value(key));
            out += ',';
            appendString(out, writer);
            out += ']';
        }
    }
    out += '}';
    return QString::fromUtf8(out);
}

QHash<QString, qint64> decodeVersions(const QString &json, QHash<QString, QString> *writers)
{
    QHash<QString, qint64> out;
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    const QString shared = o.value(kSharedWriter).toString();
    for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
        if (it.key() == kSharedWriter)
            continue;
        const bool pair = it.value().isArray();
        const QJsonArray array = pair ? it.value().toArray() : QJsonArray();
        out.insert(it.key(), pair ? array.at(0).toInteger() : it.value().toInteger());
        const QString writer = pair ? array.at(1).toString() : shared;
        if (writers && !writer.isEmpty())
            writers->insert(it.key(), writer);
    }
    return out;
}

QString encodeValue(const QVariant &value)
{
    return compact(QJsonArray{toJson(value)});
}

QVariant decodeValue(const QString &json)
{
    const QJsonArray a = QJsonDocument::fromJson(json.toUtf8()).array();
    return a.isEmpty() ? QVariant() : fromJson(a.first());
}

QString encodeList(const QStringList &items, bool dropEmpty)
{
    QJsonArray a;
    for (const QString &s : items) {
        if (!dropEmpty || !s.isEmpty())
            a.append(s);
    }
    return compact(a);
}

} // namespace Qadam::Server::StoreCodec
