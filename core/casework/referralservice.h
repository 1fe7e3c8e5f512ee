#pragma once

#include "util/result.h"

#include <QDate>
#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <optional>

namespace Qadam {

class Database;
class WriteService;

/** What probation asks for when it refers a person to a provider. */
struct ReferralRequest
{
    QString personId;
    QString measureId; ///< the programme measure it delivers; empty for voluntary work without a programme
    QString organisationId; ///< the provider organisation, or empty when a counsellor is named
    QString counsellorId; ///< a StaffUser with the counsellor role, or empty
    QString reason; ///< a note: the only case detail the provider sees
    QString consentId; ///< the person's consent (required)
    QDate termStart;
    QDate termEnd;
};

/** The minimal outcome a provider reports to probation: attendance level only. There is no
 *  field for session content, by design — notes stay with the counselling team. */
struct MinimalOutcome
{
    QString code; ///< Referral.minimalOutcome value (engaged, no_feedback, …)
    std::optional<int> attendedCount; ///< sessions attended so far
    std::optional<bool> programmeCompleted; ///< the provider's programme was completed
};

/**
 * Referrals to an organisation or counsellor (DOMAIN.md workflow 4): send with the person's
 * consent, then the provider's minimal outcome. The state machine (referrals.cpp) re-checks the
 * consent whenever the referral moves on (accept, activate, outcome, completion), so a consent
 * withdrawn later stops the work; completing with programmeCompleted moves the linked measure to
 * done. Lives on the thread of the WriteService's Database.
 */
class ReferralService
{
public:
    ReferralService(WriteService &writer, Database &db);

    /** Sends a referral (status "sent") after ReferralRules::checkLinks and checkMeasureOpen, in
     *  one transaction. Probation staff only; a term with start and end is required. */
    [[nodiscard]] Result<QString> send(const ReferralRequest &request);
    /** The provider's interim outcome (command report_outcome). */
    [[nodiscard]] Status reportOutcome(
        const QString &referralId, qint64 baseVersion, const MinimalOutcome &outcome);
    /** Completes an active referral with its minimal outcome (command complete). */
    [[nodiscard]] Status complete(
        const QString &referralId, qint64 baseVersion, const MinimalOutcome &outcome);

private:
    WriteService &m_writer;
    Database &m_db;
};

/** Referral rules beside the state machine (referrals.cpp); also the check a WriteService
 *  create hook for Referral should run (see the lead's note in the report). */
namespace ReferralRules {

/** Consent purposes that cover a referral: referral, counselling, and youth_prevention (the
 *  consent of the voluntary prevention track, which is work with a counsellor). */
[[nodiscard]] const QStringList &consentPurposes();

/**
 * Checks a referral's links on `today`: the consent exists, is the same person's, has a purpose
 * of consentPurposes(), was given by today and is not withdrawn; a linked measure is the same
 * person's; a named counsellor has the counsellor role. Error::Invalid naming the field.
 */
[[nodiscard]] Status checkLinks(Database &db, const QVariantMap &referral, const QDate &today);

/** A referral is sent for a measure still planned or in progress, in a programme that has not
 *  ended; no measure passes (voluntary work). Error::Invalid on measureId. */
[[nodiscard]] Status checkMeasureOpen(Database &db, const QString &measureId);

} // namespace ReferralRules

} // namespace Qadam
