#pragma once

#include "domain/record.h"
#include "domain/schema.h"
#include "util/result.h"

#include <QDate>
#include <QJsonValue>
#include <QMap>
#include <QString>
#include <QVariantMap>

namespace Qadam {

class Database;
class SeededRandom;

/** One record being built by the generator, its fields already in storage form. */
class RecordDraft
{
public:
    explicit RecordDraft(QString entity)
        : m_entity(std::move(entity))
    { }

    /** Text, id, enum, flags or code; an empty value leaves the field out. */
    RecordDraft &set(const QString &field, const QString &value);
    RecordDraft &date(const QString &field, const QDate &value);
    RecordDraft &number(const QString &field, qint64 value);
    RecordDraft &flag(const QString &field, bool value);
    /** A JSON object or array, stored compact. */
    RecordDraft &json(const QString &field, const QJsonValue &value);

    [[nodiscard]] const QString &entity() const { return m_entity; }
    [[nodiscard]] const QVariantMap &fields() const { return m_fields; }

private:
    QString m_entity;
    QVariantMap m_fields;
};

/** Who wrote a record: a staff user and the device they work on. */
struct Author
{
    QString staffId;
    QString deviceId;
};

/** A moment in office hours (09:00–18:59, Asia/Almaty, UTC+5) on `day`, as UTC milliseconds. */
[[nodiscard]] qint64 officeTimeMs(const QDate &day, SeededRandom &rng);

/** Where generated records go. Returns the id the record is stored under. */
class RecordSink
{
public:
    virtual ~RecordSink() = default;
    [[nodiscard]] virtual Result<QString> write(const EntitySpec &spec, const Record &record) = 0;
    /** True when state changes go through the casework commands, whose effects write the status
     *  history and suspensions themselves (the generator then leaves those out). */
    [[nodiscard]] virtual bool replaysCommands() const { return false; }
    /** Called after each household: finishes work the sink deferred until a case's records were
     *  all written (ServiceSink drives programmes to their state only once their plan exists). */
    [[nodiscard]] virtual Status settle() { return {}; }
};

/** Seed mode: rows as the server would deliver them (RecordStore + NameIndex, no outbox, no audit). */
class SeedSink final : public RecordSink
{
public:
    explicit SeedSink(Database &db)
        : m_db(db)
    { }
    [[nodiscard]] Result<QString> write(const EntitySpec &spec, const Record &record) override;

private:
    Database &m_db;
};

/**
 * Gives generated records their metadata (id in UUIDv7 layout from the seeded source, version 1,
 * HLC, author, device), checks each against the schema when asked, hands it to a sink and counts
 * it. The first failure sticks: later writes do nothing and return an empty id, so generator
 * code can write a whole case and test `status()` once.
 */
class RecordWriter
{
public:
    RecordWriter(
        RecordSink &sink, SeededRandom &rng, bool validate, const Schema &schema = Schema::builtIn());

    /** Writes `draft` made by `author` at `atMs` (UTC ms); returns its id, empty after a failure. */
    QString write(const RecordDraft &draft, qint64 atMs, const Author &author);
    [[nodiscard]] const Status &status() const { return m_status; }
    [[nodiscard]] const QMap<QString, qint64> &counts() const { return m_counts; }
    [[nodiscard]] bool replaysCommands() const { return m_sink.replaysCommands(); }
    /** Lets the sink finish deferred work (see RecordSink::settle); a failure sticks like a write's. */
    void settle()
    {
        if (m_status.ok())
            m_status = m_sink.settle();
    }

    /** Schema checks of one record: known fields, each field's rule, required fields, the entity check. */
    [[nodiscard]] static Status validate(const EntitySpec &spec, const QVariantMap &fields);

private:
    RecordSink &m_sink;
    SeededRandom &m_rng;
    bool m_validate;
    const Schema &m_schema;
    Status m_status;
    qint64 m_hlcCounter = 0;
    QMap<QString, qint64> m_counts;
};

} // namespace Qadam
