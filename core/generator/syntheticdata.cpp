#include "syntheticdata.h"

#include "casegenerator.h"
#include "domain/referencedata.h"
#include "recordwriter.h"
#include "seededrandom.h"
#include "servicesink.h"
#include "staffing.h"
#include "store/database.h"
#include "util/logging.h"

#include "util/clock.h"

#include <QDateTime>
#include <QElapsedTimer>

#include <memory>

using namespace Qt::StringLiterals;

namespace Qadam {

const QStringList &GeneratorReport::eventEntities()
{
    static const QStringList entities = { u"CheckIn"_s, u"CounsellingSession"_s, u"ProgressReview"_s,
        u"Alert"_s, u"OrderStatusChange"_s, u"InformationShare"_s };
    return entities;
}

qint64 GeneratorReport::events() const
{
    qint64 total = 0;
    for (const QString &entity : eventEntities())
        total += counts.value(entity);
    return total;
}

qint64 GeneratorReport::records() const
{
    qint64 total = 0;
    for (qint64 n : counts)
        total += n;
    return total;
}

namespace {

/** Everything one run needs, wired for its mode. */
struct Run
{
    Run(Database &db, const GeneratorOptions &options)
        : rng(options.seed)
        , today(options.today.isValid() ? options.today : SystemClock().today())
    {
        if (options.mode == GeneratorOptions::Mode::LocalEdits) {
            auto service = std::make_unique<ServiceSink>(db, today);
            localEdits = service.get();
            sink = std::move(service);
        } else {
            sink = std::make_unique<SeedSink>(db);
        }
        writer = std::make_unique<RecordWriter>(*sink, rng, options.validate);
        cases = std::make_unique<CaseGenerator>(*writer, rng, staffing, today, options.eventsPerPerson);
    }

    SeededRandom rng;
    QDate today;
    std::unique_ptr<RecordSink> sink;
    ServiceSink *localEdits = nullptr;
    std::unique_ptr<RecordWriter> writer;
    Staffing staffing;
    std::unique_ptr<CaseGenerator> cases;
    int done = 0;
    int household = 0;
};

/** The dictionaries the generated codes come from, as the server would have delivered them. */
Status importReferenceData(Database &db, const QDate &today)
{
    auto imported = ReferenceData::version(db, u"criminal_article"_s);
    if (!imported.ok())
        return imported.error();
    const qint64 at = QDateTime(today, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    return imported.value() > 0 ? Status {} : ReferenceData::importBuiltIn(db, at);
}

/** Writes the reference data and staff (first chunk only) and households until `chunkEnd` people, in one
 * transaction. */
Status writeChunk(Database &db, Run &run, const GeneratorOptions &options, int chunkEnd)
{
    Transaction tx(db);
    if (!tx.began())
        return tx.beginStatus();
    if (run.household == 0) {
        if (Status s = importReferenceData(db, run.today); !s.ok())
            return s;
        run.staffing.write(*run.writer, run.rng, options.people, run.today);
    }
    while (run.done < chunkEnd && run.writer->status().ok()) {
        run.done += run.cases->writeHousehold(run.household++, options.people - run.done);
        run.writer->settle();
    }
    if (!run.writer->status().ok())
        return run.writer->status();
    return tx.commit();
}

} // namespace

Result<GeneratorReport> SyntheticData::generate(
    Database &db, const GeneratorOptions &options, const GeneratorProgress &progress)
{
    QElapsedTimer timer;
    timer.start();
    Run run(db, options);
    do {
        const int chunkEnd = std::min(options.people, run.done + std::max(1, options.peoplePerTransaction));
        if (Status s = writeChunk(db, run, options, chunkEnd); !s.ok())
            return s.error();
        if (progress)
            progress(run.done, options.people);
    } while (run.done < options.people);
    GeneratorReport report;
    report.counts = run.writer->counts();
    report.commands = run.localEdits ? run.localEdits->commands() : 0;
    report.elapsedMs = timer.elapsed();
    qCInfo(lcCore) << "generated" << report.records() << "synthetic records," << report.events() << "events";
    return report;
}

} // namespace Qadam
