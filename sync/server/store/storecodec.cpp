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

QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QString compact(const QJsonArray &a)
{
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

} // namespace

QString encodeFields(const QVariantMap &fields)
{
    QJsonObject o;
    for (auto it = fields.cbegin(); it != fields.cend(); ++it)
        o.insert(it.key(), toJson(it.value()));
    return compact(o);
}

QVariantMap decodeFields(const QString &json)
{
    QVariantMap out;
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    for (auto it = o.constBegin(); it != o.constEnd(); ++it)
        out.insert(it.key(), fromJson(it.value()));
    return out;
}

QString encodeVersions(const QHash<QString, qint64> &versions, const QHash<QString, QString> &writers)
{
    QJsonObject o;
    for (auto it = versions.cbegin(); it != versions.cend(); ++it) {
        const QString writer = writers.value(it.key());
        o.insert(it.key(), writer.isEmpty() ? QJsonValue(it.value()) : QJsonValue(QJsonArray{it.value(), writer}));
    }
    return compact(o);
}

QHash<QString, qint64> decodeVersions(const QString &json, QHash<QString, QString> *writers)
{
    QHash<QString, qint64> out;
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
        if (!it.value().isArray()) {
            out.insert(it.key(), it.value().toInteger());
            continue;
        }
        const QJsonArray pair = it.value().toArray();
        out.insert(it.key(), pair.at(0).toInteger());
        if (writers)
            writers->insert(it.key(), pair.at(1).toString());
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
