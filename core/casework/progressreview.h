#pragma once

#include "domain/record.h"
#include "obligations.h"
#include "util/result.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QVariantMap>

namespace Qadam {

class Clock;
class Database;
class WriteService;

/** What the officer records in a review; the service computes indicators and trend itself. */
struct ReviewInput
{
    QString personId;
    QString programmeId; ///< optional: restricts measures to this programme and asks a judgement per need
    QDate periodStart;
    QDate periodEnd;
    QJsonObject outcomeProxies; ///< {"employment": code, "housing": code, …, "newViolations": n}
    QJsonArray judgements; ///< [{"domain": need_domain, "rating": 1–5, "rationale": text}]
    QJsonObject instrument; ///< optional versioned slot: {"name": …, "version": …, …}
};

/** What record() wrote. */
struct RecordedReview
{
    QString reviewId;
    QString previousReviewId; ///< empty for a person's first review
    QJsonObject indicators;
    QJsonObject trend; ///< empty for a first review
};

/**
 * Periodic progress reviews (DOMAIN.md "Measuring progress"), measurable and without any
 * automated risk score. For a period the service
 *  - computes process indicators from the records: appearance compliance per channel, measures
 *    delivered vs planned, sessions held, referrals completed, days overdue (definitions on
 *    computeIndicators());
 *  - checks the recorded outcome proxies and the structured professional judgement per need
 *    domain against the scales in :/qadam/data/review_scales.json (every rating needs a written
 *    rationale of at least the scale's minimum length);
 *  - computes the trend against the person's previous review, per domain, per indicator and per
 *    outcome proxy (improved / unchanged / worsened / changed / new / not_assessed / not_comparable);
 *  - refuses any stored JSON holding a key that names a score, probability or prediction.
 *
 * Sign-off is a supervisor's step, never on a programme they drafted (issue 7; DOMAIN.md: a
 * supervisor approves programmes "never their own", and the review judges that programme). The
 * supervisor may have written the review themselves: the review cycle (open, judge, sign off,
 * schedule the next) is one supervisor's work. The rule is checkSigner(), shared by signOff(),
 * the ProgressReview write rule (a sign-off written past the service) and the sync server (a
 * pushed sign-off). The sign-off schedules the next review (nextReviewOn). ProgressReview is
 * append-only, so the sign-off is an AMENDMENT record: a copy of the review's latest record with
 * signedOffBy/signedOffAt set and amendsId pointing at it. The unsigned original stays as it was,
 * the signed record is complete on its own (readers take the head of the amendment chain:
 * current()), the op and the audit event ("amend") come from the write path, and no migration is
 * needed for a separate sign-off record kind.
 *
 * Same thread as the Database and WriteService, which the caller owns and which outlive this.
 */
class ProgressReviewService
{
public:
    /** `engine` finds the appearance obligations (the same rules as the deadline pass). */
    ProgressReviewService(Database &db, WriteService &writer, const Clock &clock, ObligationEngine engine);

    /**
     * The process indicators of a period (read only):
     *  appearances.<channel>: the Art. 172 p9 obligations the deadline engine finds due in the
     *    period, as they stood the day after it — attended, excused, or missed (missed or still
     *    overdue; a miss nobody recorded counts too); compliancePercent = attended / (attended +
     *    missed) × 100, excused left out, null when nothing was due;
     *  measures: planned = measures due in the period, not cancelled; delivered = done by the
     *    period's end; deliveredPercent; notPossible;
     *  sessionsHeld: sessions in the period; referralsCompleted: completed with the outcome
     *    reported in the period;
     *  daysOverdue: measures (days past due until delivered or the period's end) + appearances
     *    (days from a missed obligation's due date to the next attended appearance of that order
     *    and channel, or the period's end) = total.
     * Amended records count once, in their latest form.
     */
    [[nodiscard]] Result<QJsonObject> computeIndicators(const QString &personId, const QString &programmeId,
        const QDate &periodStart, const QDate &periodEnd);
    /** Writes a review (probation officers and supervisors). Periods of one person never overlap. */
    [[nodiscard]] Result<RecordedReview> record(const ReviewInput &input);
    /** The supervisor's sign-off, as an amendment record (see the class comment); returns its id.
     *  `nextReviewOn` (optional) schedules the next review: after today and after the period.
     *  Error::Forbidden for another role or the programme's author (field signedOffBy);
     *  Error::Invalid for a next review date not after today (field nextReviewOn);
     *  Error::InvalidTransition when the chain is already signed off. Any record id of the chain
     *  may be named; the head is signed. */
    [[nodiscard]] Result<QString> signOff(const QString &reviewId, const QDate &nextReviewOn = {});
    /** The latest record of the review's amendment chain (the signed one, once signed off). */
    [[nodiscard]] Result<Record> current(const QString &reviewId);
    /** Whether any record of the review's chain carries a sign-off. */
    [[nodiscard]] Result<bool> isSignedOff(const QString &reviewId);

    /** The sign-off rule (see the class comment), on plain records so the server runs it too:
     *  Forbidden (field signedOffBy) when `signerId` drafted `programme` (the fields of the
     *  programme under review; empty when the review names none). */
    [[nodiscard]] static Status checkSigner(const QString &signerId, const QVariantMap &programme);
    /** The same rule for a ProgressReview write on the device (the write rule): `current` is the
     *  record amended (empty on create), `changes` the new record's fields. */
    [[nodiscard]] static Status checkSignOffWrite(Database &db, const QVariantMap &current, const QVariantMap &changes);

    /** The scales (review_scales.json), parsed once. */
    [[nodiscard]] static const QJsonObject &scales();
    /** Invalid when any object key below `value` contains a forbidden fragment (score, probability, …). */
    [[nodiscard]] static Status checkNoScores(const QString &field, const QJsonValue &value);
    /** The trend of `current` against `previous` (indicators, outcomeProxies, judgements of each). */
    [[nodiscard]] static QJsonObject trend(
        const QString &previousId, const QJsonObject &previous, const QJsonObject &current);

private:
    [[nodiscard]] Status checkInput(const ReviewInput &input);
    [[nodiscard]] Status checkJudgements(const ReviewInput &input);
    [[nodiscard]] Result<Record> previousReview(const QString &personId, const QDate &periodStart);
    /** Indicators, the previous review and the trend against it, for a checked input. */
    [[nodiscard]] Result<RecordedReview> evaluate(const ReviewInput &input);
    /** How many records of the chain from `reviewId` back to the original meet `condition` (SQL
     *  over the columns id, amends, signed, author; ?2 binds `value` when given). */
    [[nodiscard]] Result<qint64> chainCount(
        const QString &reviewId, const QString &condition, const QVariant &value = {});

    Database &m_db;
    WriteService &m_writer;
    const Clock &m_clock;
    ObligationEngine m_engine;
};

} // namespace Qadam
