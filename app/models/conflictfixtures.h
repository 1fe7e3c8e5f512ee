#pragma once

#include "util/result.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVariantMap>

namespace Qadam {

struct CoreContext;
class StoreWorker;

/**
 * TEST AND SCREENSHOT-TOUR ONLY. Synthetic sync trouble in a generated store, made through the
 * same core paths a real sync takes: conflict records arrive in a pulled page
 * (Replica::applyPage), refused changes are real local edits (WriteService) whose pushed result
 * says "rejected" (Replica::applyResults). Never called by the product; all values are invented.
 * Store thread only, except seedBlocking().
 */
namespace ConflictFixtures {

/** What seed() made. */
struct Seeded
{
    QString personId;          ///< the person whose record conflicts
    QStringList conflictIds;   ///< notes (free text) and case status, on that person
    QList<qint64> rejectedSeqs;
};

/** Two conflicts on one person in the actor's caseload (notes, case status) and one refused change
 *  on another person (out of scope). */
[[nodiscard]] Result<Seeded> seed(CoreContext &ctx);
/** For the tour: seed() on the worker's store, waiting for it. */
[[nodiscard]] Status seedBlocking(StoreWorker &worker);

/** The `skip`-th active person of the actor's caseload (any person when the actor has none). */
[[nodiscard]] Result<QString> personInScope(CoreContext &ctx, int skip = 0);
/** A same-field conflict as a pull delivers it: the server kept `serverValue`, the edit made on
 *  this device by the actor (`deviceValue`) lost, `minutesAgo` before now. Returns its id. */
[[nodiscard]] Result<QString> addConflict(CoreContext &ctx, const QString &entity, const QString &recordId,
                                          const QString &field, const QVariant &serverValue,
                                          const QVariant &deviceValue, int minutesAgo = 120);
/** A local patch the server refused with `code` (naming `field`). Returns the op's device_seq;
 *  Error::Invalid when `changes` leave the record as it was (no op to refuse). */
[[nodiscard]] Result<qint64> addRejectedPatch(CoreContext &ctx, const QString &entity, const QString &recordId,
                                              const QVariantMap &changes, const QString &code,
                                              const QString &field = {});

} // namespace ConflictFixtures

} // namespace Qadam
