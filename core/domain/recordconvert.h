#pragma once

// Conversions between the value types of records.h and the generic field map that
// Schema::validateField, the write path and the store speak. Driven by T::staticMetaObject,
// so a field added to a spec and its gadget converts without more code. Header-only, reentrant.

#include "domain/schema.h"

#include <QDate>
#include <QJsonDocument>
#include <QMetaProperty>
#include <QVariantMap>

namespace Qadam {

namespace RecordConvertDetail {

/** id and version are the record's identity, carried beside the fields, never among them. */
inline bool isIdentity(const char *property)
{
    return qstrcmp(property, "id") == 0 || qstrcmp(property, "version") == 0;
}

/** A member at its default value (empty text, invalid date, 0, false) means "not set". */
inline bool isUnset(const QVariant &v)
{
    switch (v.typeId()) {
    case QMetaType::QString:
        return v.toString().isEmpty();
    case QMetaType::QDate:
        return !v.toDate().isValid();
    case QMetaType::LongLong:
        return v.toLongLong() == 0;
    case QMetaType::Bool:
        return !v.toBool();
    default:
        return !v.isValid() || v.isNull();
    }
}

/** Brings a field value (wire, storage or UI form) to a property's type; unconvertible → default. */
inline QVariant toPropertyType(const QVariant &value, QMetaType target)
{
    const int from = value.typeId();
    if (target.id() == QMetaType::QString
        && (from == QMetaType::QVariantMap || from == QMetaType::QVariantList))
        return QString::fromUtf8(QJsonDocument::fromVariant(value).toJson(QJsonDocument::Compact));
    if (target.id() == QMetaType::QDate && from == QMetaType::QString)
        return QDate::fromString(value.toString(), Qt::ISODate);
    QVariant converted = value;
    return converted.convert(target) ? converted : QVariant(target);
}

} // namespace RecordConvertDetail

/** The entity name of a record type, e.g. u"Person"_s for Person. */
template<typename T> [[nodiscard]] QString entityName()
{
    return QString::fromUtf16(T::kEntity);
}

/** The spec of a record type in the built-in schema. Every type of RecordTypes has one. */
template<typename T> [[nodiscard]] const EntitySpec &entitySpec()
{
    const EntitySpec *spec = Schema::builtIn().entity(entityName<T>());
    Q_ASSERT(spec);
    return *spec;
}

/** The record's fields by name, without id and version, leaving out members that are not set
 *  (empty text, invalid date, 0, false). Dates stay QDate; Schema::toStorage normalises. */
template<typename T> [[nodiscard]] QVariantMap toFields(const T &record)
{
    QVariantMap fields;
    const QMetaObject &mo = T::staticMetaObject;
    for (int i = mo.propertyOffset(); i < mo.propertyCount(); ++i) {
        const QMetaProperty p = mo.property(i);
        if (RecordConvertDetail::isIdentity(p.name()))
            continue;
        const QVariant value = p.readOnGadget(&record);
        if (!RecordConvertDetail::isUnset(value))
            fields.insert(QString::fromLatin1(p.name()), value);
    }
    return fields;
}

/** A record from its identity and a field map in any form the schema accepts (ISO date text,
 *  0/1 booleans, JSON as text or as a QVariantMap/QVariantList). Unknown names are ignored;
 *  missing and null fields keep their defaults. */
template<typename T> [[nodiscard]] T fromFields(const QString &id, qint64 version, const QVariantMap &fields)
{
    T record;
    record.id = id;
    record.version = version;
    const QMetaObject &mo = T::staticMetaObject;
    for (int i = mo.propertyOffset(); i < mo.propertyCount(); ++i) {
        const QMetaProperty p = mo.property(i);
        if (RecordConvertDetail::isIdentity(p.name()))
            continue;
        const auto it = fields.constFind(QString::fromLatin1(p.name()));
        if (it == fields.cend() || !it->isValid() || it->isNull())
            continue;
        p.writeOnGadget(&record, RecordConvertDetail::toPropertyType(*it, p.metaType()));
    }
    return record;
}

} // namespace Qadam
