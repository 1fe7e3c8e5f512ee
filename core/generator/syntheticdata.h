#pragma once

#include "util/result.h"

#include <QDate>
#include <QMap>
#include <QString>
#include <QStringList>

#include <functional>

namespace Qadam {

class Database;

/** What to generate. */
struct GeneratorOptions
{
    enum class Mode {
        /** Rows written directly (RecordStore + NameIndex) in large transactions, as if pulled from
         *  the server: no outbox ops, no audit events. Ids come from the seeded source in UUIDv7
         *  layout, so one seed gives byte-identical tables. For benchmarks and the demo. */
        Seed,
        /** Every record through WriteService (validation, references, state machines, outbox op,
         *  audit event), each call in its own savepoint under one transaction per chunk; states
         *  beyond the initial one are reached by the casework commands (see ServiceSink). Proves
         *  the data passes every rule of the write path. Ids are the service's, not reproducible. */
        LocalEdits,
    };

    quint64 seed = 1;
    int people = 50; ///< up to 100,000
    int eventsPerPerson = 10; ///< average appearances, sessions, reviews, alerts… a person
    QDate today; ///< histories end here; invalid = today in Kazakhstan (kazakhstanDate; not reproducible)
    Mode mode = Mode::Seed;
    int peoplePerTransaction = 2000;
    bool validate = true; ///< check every record against the schema before writing it
};

/** What was generated: rows written per entity. */
struct GeneratorReport
{
    QMap<QString, qint64> counts; ///< entity name → records the generator wrote
    qint64 commands = 0; ///< LocalEdits: state-machine commands issued (their effects add records)
    qint64 elapsedMs = 0;

    /** The append-only and event-like records that `eventsPerPerson` sizes. */
    [[nodiscard]] static const QStringList &eventEntities();
    [[nodiscard]] qint64 people() const { return counts.value(QStringLiteral("Person")); }
    [[nodiscard]] qint64 events() const;
    [[nodiscard]] qint64 records() const;
};

/** Reports progress: `done` of `total` people written (called after each committed chunk). */
using GeneratorProgress = std::function<void(int done, int total)>;

/**
 * The synthetic data generator: Kazakh and Russian people (about 70/30) with names in Cyrillic
 * and Latin, synthetic IINs, convictions under the Criminal Code articles of the dictionary,
 * supervision orders, programmes with needs, goals and measures, referrals to NGOs, theologians
 * and psychologists, monthly appearances in both channels, counselling sessions, progress
 * reviews, alerts, documents, consents, shares, organisations and staff users — every record
 * kind, dated consistently up to `today`, deterministic for a seed. Entirely synthetic: names
 * are common ones combined at random, IINs are random with a valid check digit.
 *
 * Used by the demo, the tests and tests/bench. Runs on the thread that owns `db`, which must
 * be migrated and should be empty.
 */
class SyntheticData
{
public:
    [[nodiscard]] static Result<GeneratorReport> generate(
        Database &db, const GeneratorOptions &options, const GeneratorProgress &progress = {});
};

} // namespace Qadam
