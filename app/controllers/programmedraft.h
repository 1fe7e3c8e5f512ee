#pragma once

#include "casework/programmebuilder.h"
#include "util/result.h"

#include <QDate>
#include <QList>
#include <QString>

namespace Qadam {

struct CoreContext;

/** A measure as the builder edits it; `id` is set once it is stored in the draft programme. */
struct DraftMeasure
{
    QString id;
    MeasurePlan plan;
    bool removed = false;
};

struct DraftGoal
{
    QString id;
    QString templateKey;
    QString description;
    QDate targetDate;
    bool removed = false; ///< left out (a stored goal is withdrawn on save)
    QList<DraftMeasure> measures;
};

/** Someone who may deliver a measure, from the local directory: an organisation, or a counsellor
 *  (then `organisationId` is the counsellor's organisation). `kind` is the Organisation.kind. */
struct ProviderCandidate
{
    QString organisationId;
    QString counsellorId; ///< empty for an organisation as a whole
    QString kind;
    QString label; ///< "Name" or "Counsellor · Organisation", in the session's language

    bool operator==(const ProviderCandidate &) const = default;
};

/** One need domain: every domain is assessed ("none" when there is no need). */
struct DraftNeed
{
    QString id;
    QString domainCode;
    QString domainLabel;
    QString severity = QStringLiteral("none");
    QString priority;
    QString assessment;
    QList<DraftGoal> goals;
};

/**
 * The guided programme builder's working copy for one person: the whole plan as a value between
 * the steps (so going back and forth loses nothing), and the stored draft programme it is saved
 * to through core (ProgrammeBuilder: createDraft, addNeed/addGoal/addMeasure, updatePlanItem,
 * the measure's cancel command). Every rule is core's; this only maps the edits onto its calls.
 * Store-thread functions take the CoreContext; the value itself is plain and copyable.
 */
struct ProgrammeDraft
{
    QString personId;
    QString orderId;
    QString personCategory; ///< the template category
    QString programmeId; ///< empty until first saved
    QString blocker; ///< non-empty (translated): why no programme can be drafted for this person now
    QList<DraftNeed> needs;
    QList<std::pair<QString, QString>> interventions; ///< intervention types on offer: code, label
    QList<ProviderCandidate> providers; ///< who may deliver measures: organisations, then active counsellors

    [[nodiscard]] int goalCount() const;
    [[nodiscard]] int measureCount() const;
};

namespace ProgrammeDrafts {

/** The person's stored draft (a returned or saved one), or a fresh plan with every need domain
 *  unassessed. Store thread. */
[[nodiscard]] Result<ProgrammeDraft> open(CoreContext &ctx, const QString &personId, const QString &language);
/** Step 2: the templates' goals for each need assessed above "none" that has no goals yet; needs
 *  assessed "none" drop their unsaved goals. Core validates the assessment. Store thread (pure). */
[[nodiscard]] Result<ProgrammeDraft> suggest(
    const CoreContext &ctx, ProgrammeDraft draft, const QString &language);
/** The templates' hint of who usually delivers `interventionCode` (an Organisation.kind), from the
 *  first template measure of that intervention; empty when no template names one. */
[[nodiscard]] QString providerKindOf(const QString &interventionCode);
/** Saves the working copy as the draft programme, all or nothing, and returns it re-read. */
[[nodiscard]] Result<ProgrammeDraft> save(CoreContext &ctx, const ProgrammeDraft &draft, const QString &language);
/** Saves and submits for approval in one transaction: a refused submit writes nothing. */
[[nodiscard]] Result<ProgrammeDraft> submit(CoreContext &ctx, const ProgrammeDraft &draft, const QString &language);

} // namespace ProgrammeDrafts

} // namespace Qadam
