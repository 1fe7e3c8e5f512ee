#include "schema.h"

#include "casework/sealednotes.h"

#include <QDate>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace Qadam {

QString snakeCase(const QString &camel)
{
    QString out;
    out.reserve(camel.size() + 4);
    for (const QChar c : camel) {
        if (c.isUpper()) {
            if (!out.isEmpty())
                out += u'_';
            out += c.toLower();
        } else {
            out += c;
        }
    }
    return out;
}

QString FieldSpec::column() const
{
    return columnName.isEmpty() ? snakeCase(name) : columnName;
}

Schema::Schema(QList<EntitySpec> entities) : m_entities(std::move(entities))
{
    for (EntitySpec &e : m_entities) {
        QStringList columns;
        for (FieldSpec &f : e.fields) {
            f.columnName = snakeCase(f.name);
            columns << f.columnName;
        }
        e.fieldColumns = columns.join(u", ");
    }
}

const FieldSpec *EntitySpec::field(const QString &fieldName) const
{
    for (const FieldSpec &f : fields)
        if (f.name == fieldName)
            return &f;
    return nullptr;
}

const EntitySpec *Schema::entity(const QString &name) const
{
    for (const EntitySpec &e : m_entities)
        if (e.name == name)
            return &e;
    return nullptr;
}

namespace {

bool isEmptyValue(const QVariant &v)
{
    return !v.isValid() || v.isNull() || (v.typeId() == QMetaType::QString && v.toString().isEmpty());
}

Status invalid(const FieldSpec &f, const QString &why)
{
    return Error::make(Error::Invalid, u"%1: %2"_s.arg(f.name, why), f.name);
}

bool isUuid(const QString &s)
{
    static const QRegularExpression re(u"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"_s);
    return re.match(s).hasMatch();
}

/** "yyyy-MM-dd" read by hand: the storage form of every date, read on every write and push
 *  (QDate::fromString builds a format parser each time). */
QDate parseIsoDate(QStringView s)
{
    if (s.size() != 10 || s[4] != u'-' || s[7] != u'-')
        return {};
    int parts[3] = {0, 0, 0};
    const int starts[3] = {0, 5, 8}, lengths[3] = {4, 2, 2};
    for (int p = 0; p < 3; ++p) {
        for (int i = starts[p]; i < starts[p] + lengths[p]; ++i) {
            const char16_t c = s[i].unicode();
            if (c < u'0' || c > u'9')
                return {};
            parts[p] = parts[p] * 10 + (c - u'0');
        }
    }
    return QDate(parts[0], parts[1], parts[2]);  // invalid for a month 13 or a 30 February
}

QDate parseDate(const QVariant &v)
{
    if (v.typeId() == QMetaType::QDate)
        return v.toDate();
    return parseIsoDate(v.toString());
}

} // namespace

Status Schema::validateField(const FieldSpec &f, const QVariant &value)
{
    if (isEmptyValue(value))
        return f.required ? invalid(f, u"required"_s) : Status{};
    switch (f.type) {
    case FieldType::Text: {
        int limit = f.maxLength > 0 ? f.maxLength : kDefaultMaxText;
        // A sealed note (R29) is longer than its plaintext: the bound is the sealed form's.
        if (SealedNotes::fields().contains(f.name) && SealedNotes::isSealed(value.toString()))
            limit = SealedNotes::maxSealedLength(limit);
        if (value.typeId() != QMetaType::QString)
            return invalid(f, u"must be text"_s);
        if (value.toString().size() > limit)
            return invalid(f, u"longer than %1 characters"_s.arg(limit));
        if (value.toString().contains(QChar(0)))
            return invalid(f, u"contains a NUL character"_s);
        return {};
    }
    case FieldType::Date:
        return parseDate(value).isValid() ? Status{} : invalid(f, u"must be a date yyyy-MM-dd"_s);
    case FieldType::Integer:
    case FieldType::Timestamp: {
        bool ok = false;
        value.toLongLong(&ok);
        const bool numeric = value.typeId() != QMetaType::QString && value.typeId() != QMetaType::Bool;
        return ok && numeric ? Status{} : invalid(f, u"must be a whole number"_s);
    }
    case FieldType::Boolean:
        return value.typeId() == QMetaType::Bool || value == QVariant(0) || value == QVariant(1)
                   ? Status{}
                   : invalid(f, u"must be true or false"_s);
    case FieldType::Id:
        return isUuid(value.toString()) ? Status{} : invalid(f, u"must be a record id"_s);
    case FieldType::Enum:
        return f.enumValues.contains(value.toString()) ? Status{} : invalid(f, u"unknown value"_s);
    case FieldType::EnumSet: {
        const QStringList parts = value.toString().split(u',', Qt::SkipEmptyParts);
        for (const QString &p : parts)
            if (!f.enumValues.contains(p))
                return invalid(f, u"unknown flag"_s);
        return {};
    }
    case FieldType::Code: {
        const QString code = value.toString();
        if (code.size() > 64 || code.contains(u' '))
            return invalid(f, u"malformed code"_s);
        return {};
    }
    case FieldType::Json: {
        const int limit = f.maxLength > 0 ? f.maxLength : kDefaultMaxJson;
        const QJsonDocument doc = value.typeId() == QMetaType::QString
                                      ? QJsonDocument::fromJson(value.toString().toUtf8())
                                      : QJsonDocument::fromVariant(value);
        if (doc.isNull())
            return invalid(f, u"must be a JSON object or array"_s);
        if (doc.toJson(QJsonDocument::Compact).size() > limit)
            return invalid(f, u"larger than %1 bytes"_s.arg(limit));
        return {};
    }
    }
    return invalid(f, u"unknown type"_s);
}

QVariant Schema::toStorage(const FieldSpec &f, const QVariant &value)
{
    if (isEmptyValue(value))
        return QVariant();
    switch (f.type) {
    case FieldType::Date:
        if (value.typeId() == QMetaType::QString && parseIsoDate(value.toString()).isValid())
            return value;  // already "yyyy-MM-dd"
        return parseDate(value).toString(Qt::ISODate);
    case FieldType::Integer:
    case FieldType::Timestamp:
        return value.toLongLong();
    case FieldType::Boolean:
        return qint64(value.toBool() ? 1 : 0);
    case FieldType::Json: {
        const QJsonDocument doc = value.typeId() == QMetaType::QString
                                      ? QJsonDocument::fromJson(value.toString().toUtf8())
                                      : QJsonDocument::fromVariant(value);
        return QString::fromUtf8(doc.toJson(QJsonDocument::Compact));
    }
    default:
        return value.toString();
    }
}

} // namespace Qadam
