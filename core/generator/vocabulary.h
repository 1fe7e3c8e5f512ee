#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Qadam {

class SeededRandom;

/** A region of the `territory` dictionary (core/data/reference.json) and its main city. */
struct Region
{
    QString code; ///< territory code, e.g. "KZ-KAR"
    QString nameKk;
    QString nameRu; ///< genitive, as in "Департамент полиции Карагандинской области"
    QString nameEn;
    QString cityKk;
    QString cityRu;
    int weight; ///< share of the caseload, roughly by population
};

/** A sentence in Kazakh and Russian; staff write in the language of the case. */
struct Phrase
{
    QString kk;
    QString ru;
    [[nodiscard]] const QString &in(bool kazakh) const { return kazakh ? kk : ru; }
};

/** A Criminal Code article code of the `criminal_article` dictionary and its part, if any. */
struct Article
{
    QString code;
    QString part;
    int weight;
};

/** An intervention of the `intervention_type` dictionary with the need domain it serves. */
struct Intervention
{
    QString code;
    QString domain;
    QString providerKind; ///< Organisation.kind that delivers it
};

/**
 * Fixed vocabulary of the synthetic data generator: regions, dictionary codes and the short
 * sentences officers and counsellors write. Codes are those of core/data/reference.json
 * (tst_syntheticdata checks that every one exists there). Immutable; thread-safe.
 */
namespace Vocabulary {
[[nodiscard]] const QList<Region> &regions();
[[nodiscard]] const QList<Article> &articles();
[[nodiscard]] const QStringList &restrictionTypes();
[[nodiscard]] const QStringList &needDomains();
[[nodiscard]] const QList<Intervention> &interventions();
/** Interventions that serve `domain`. */
[[nodiscard]] QList<Intervention> interventionsFor(const QString &domain);
[[nodiscard]] const QStringList &streets();
/** Organisation names of one kind in one region: {kk, ru, en}. `n` tells several NGOs apart. */
[[nodiscard]] QStringList organisationNames(const QString &kind, const Region &region, int n);

/** Named sentence lists; `phrase` picks one. */
enum class Text {
    PoliceSummary,
    ProbationSummary,
    MissedFollowUp,
    ExcuseReason,
    ReferralReason,
    SessionTopic,
    StabilityRationale,
    Observation,
    Analysis,
    Conclusion,
    Plan,
    Evidence,
    NotPossibleReason,
    PreventiveNote,
    Assessment,
    JudgementRationale,
    AlertResolution,
    StatusReason,
    SupervisorComment,
    SharePurpose,
};
[[nodiscard]] const Phrase &phrase(SeededRandom &rng, Text text);
/** The goal written for a need domain. */
[[nodiscard]] const Phrase &goalFor(const QString &domain);
} // namespace Vocabulary

} // namespace Qadam
