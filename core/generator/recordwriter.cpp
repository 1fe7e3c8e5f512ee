#include "recordwriter.h"

#include "search/nameindex.h"
#include "seededrandom.h"
#include "store/database.h"
#include "store/recordstore.h"
#include "util/hlc.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Qadam {

RecordDraft &RecordDraft::set(const QString &field, const QString &value)
{
    if (!value.isEmpty())
        m_fields.insert(field, value);
    return *this;
}

RecordDraft &RecordDraft::date(const QString &field, const QDate &value)
{
    if (value.isValid())
        m_fields.insert(field, value.toString(Qt::ISODate));
    return *this;
}

RecordDraft &RecordDraft::number(const QString &field, qint64 value)
{
    m_fields.insert(field, value);
    return *this;
}

RecordDraft &RecordDraft::flag(const QString &field, bool value)
{
    m_fields.insert(field, qint64(value ? 1 : 0));
    return *this;
}

RecordDraft &RecordDraft::json(const QString &field, const QJsonValue &value)
{
    const QJsonDocument doc
        = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    m_fields.insert(field, QString::fromUtf8(doc.toJson(QJsonDocument::Compact)));
    return *this;
}

qint64 officeTimeMs(const QDate &day, SeededRandom &rng)
{
    constexpr qint64 kMinute = 60 * 1000;
    constexpr qint64 kUtcOffsetMinutes = 5 * 60;
    const qint64 minutes = rng.between(9 * 60, 19 * 60 - 1) - kUtcOffsetMinutes;
    return QDateTime(day, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch() + minutes * kMinute;
}

Result<QString> SeedSink::write(const EntitySpec &spec, const Record &record)
{
    if (Status s = RecordStore(m_db).insert(spec, record); !s.ok())
        return s.error();
    if (spec.name == u"Person") {
        if (Status s = NameIndex::reindex(m_db, record.id, record.fields); !s.ok())
            return s.error();
    }
    return record.id;
}

RecordWriter::RecordWriter(RecordSink &sink, SeededRandom &rng, bool validate, const Schema &schema)
    : m_sink(sink)
    , m_rng(rng)
    , m_validate(validate)
    , m_schema(schema)
{ }

Status RecordWriter::validate(const EntitySpec &spec, const QVariantMap &fields)
{
    for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
        if (!spec.field(it.key()))
            return Error::make(Error::Invalid, u"%1: unknown field"_s.arg(it.key()), it.key());
    }
    for (const FieldSpec &f : spec.fields) {
        if (Status s = Schema::validateField(f, fields.value(f.name)); !s.ok())
            return s;
    }
    return spec.check ? spec.check(fields) : Status {};
}

QString RecordWriter::write(const RecordDraft &draft, qint64 atMs, const Author &author)
{
    if (!m_status.ok())
        return {};
    const EntitySpec *spec = m_schema.entity(draft.entity());
    Q_ASSERT(spec);
    Record record;
    record.entity = draft.entity();
    record.id = m_rng.uuidV7(atMs);
    record.version = 1;
    record.hlc = HybridClock::pack(atMs, m_hlcCounter++);
    record.createdAt = record.updatedAt = atMs;
    record.createdBy = record.updatedBy = author.staffId;
    record.originDevice = author.deviceId;
    record.fields = draft.fields();
    if (m_validate) {
        if (Status s = validate(*spec, record.fields); !s.ok()) {
            m_status = Error::make(s.code(), u"%1: %2"_s.arg(spec->name, s.error().detail), s.error().field);
            return {};
        }
    }
    auto written = m_sink.write(*spec, record);
    if (!written.ok()) {
        m_status = written.error();
        return {};
    }
    ++m_counts[spec->name];
    return written.value();
}

} // namespace Qadam
