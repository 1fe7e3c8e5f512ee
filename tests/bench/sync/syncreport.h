#pragma once

#include "qadamside.h"
#include "syncbench.h"

#include <QJsonObject>

namespace Qadam::Bench {

/** One target of issue 4 and whether this run met it. */
struct TargetResult
{
    QString name;
    bool pass = false;
    QString detail;               ///< measured against required, e.g. "14.2× (≥ 10×)"
};

/** Everything measured for one data set (medians over the repetitions). */
struct DatasetResult
{
    QString name;
    QString description;
    PhaseMap qadam;
    PhaseMap pouch;               ///< empty when the PouchDB side was skipped
    QString pouchNote;            ///< why it was skipped
    QadamExtras extras;           ///< medians of the limit and sizes; failures of any repetition
    QList<TargetResult> targets;
};

/** Cores, CPU model (/proc/cpuinfo), RAM (/proc/meminfo), kernel, node version. */
[[nodiscard]] QJsonObject machineInfo();
[[nodiscard]] QString machineLine(const QJsonObject &machine);

/** Evaluates the targets of the issue on `r` (fills r.targets). */
void evaluateTargets(DatasetResult &r);

/** The table and the targets of one data set, as printed. */
[[nodiscard]] QString renderDataset(const DatasetResult &r, int repeat);

[[nodiscard]] QJsonObject datasetJson(const DatasetResult &r);

} // namespace Qadam::Bench
