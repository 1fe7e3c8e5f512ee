#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace Qadam {

/** A user-facing text in the three languages of the product (DOMAIN.md glossary). */
struct LocalText
{
    QString kk;
    QString ru;
    QString en;

    /** The text in "kk", "ru" or "en"; Russian for any other language (the lingua franca of the service). */
    [[nodiscard]] QString in(const QString &language) const;
};

/** A measure a template suggests for a goal: what, how soon, how often, delivered by whom. */
struct TemplateMeasure
{
    QString interventionCode; ///< intervention_type dictionary code
    int dueInDays = 0; ///< after the programme starts, before severity scaling
    QString frequency; ///< ProgrammeMeasure.frequency value
    QString providerKind; ///< Organisation.kind of the provider that usually delivers it
    bool viaReferral = false; ///< delivered by an outside provider: needs a Referral with consent
    QString minSeverity; ///< suggested from this severity up
};

/** A goal a template suggests for an assessed need of one domain. */
struct TemplateGoal
{
    QString key; ///< stable identifier within the templates, e.g. "identity_documents"
    QString domainCode; ///< need_domain dictionary code
    QString minSeverity; ///< suggested from this severity up
    int targetInDays = 0; ///< target date offset after the programme starts
    LocalText text;
    QList<TemplateMeasure> measures;
};

/** A person category's template: which goals it proposes for each need domain, in order. */
struct TemplateCategory
{
    QString code; ///< AssistanceProgramme.personCategory value
    LocalText label;
    QHash<QString, QStringList> goalsByDomain; ///< need domain → goal keys
};

/**
 * The versioned programme templates (core/data/programme_templates.json, at
 * `:/qadam/data/programme_templates.json`): per person category and need domain, the goals and
 * measures the guided programme builder proposes, with the severity rules that pick them. Data,
 * not code: a newer version can arrive without a release and is loaded with fromJson().
 * Immutable after loading; safe to share across threads.
 *
 * Format 1:
 *   {"format": 1, "version": n, "validFrom": "yyyy-MM-dd",
 *    "severityPriority": {severity: ProgrammeNeed.priority}, "dueScale": {severity: factor},
 *    "goals": [{"key", "domain", "minSeverity", "targetInDays", "text": {kk, ru, en},
 *               "measures": [{"intervention", "dueInDays", "frequency", "providerKind", "referral",
 *                             "minSeverity" (optional, default the goal's)}]}],
 *    "categories": [{"code", "label": {kk, ru, en}, "domains": {domain: [goal key, …]}}]}
 * Every category of AssistanceProgramme.personCategory must be present; every text needs all
 * three languages; enumerated values are checked against the built-in schema.
 */
class ProgrammeTemplates
{
public:
    static constexpr auto kBuiltInResource = u":/qadam/data/programme_templates.json";

    /** Parses and checks a whole templates document; Error::Invalid names the first fault. */
    [[nodiscard]] static Result<ProgrammeTemplates> fromJson(const QByteArray &json);
    /** The templates bundled with this build. */
    [[nodiscard]] static Result<ProgrammeTemplates> builtIn();

    [[nodiscard]] int version() const { return m_version; }
    [[nodiscard]] QDate validFrom() const { return m_validFrom; }
    [[nodiscard]] const QList<TemplateCategory> &categories() const { return m_categories; }
    [[nodiscard]] const QList<TemplateGoal> &goals() const { return m_goals; }
    [[nodiscard]] const TemplateCategory *category(const QString &code) const;
    [[nodiscard]] const TemplateGoal *goal(const QString &key) const;

    /** The goals proposed for a need of `domain` assessed at `severity` in `category`, in template
     *  order; none for severity "none", an unknown category or a domain the category does not cover. */
    [[nodiscard]] QList<const TemplateGoal *> goalsFor(
        const QString &category, const QString &domain, const QString &severity) const;
    /** The measures of `goal` proposed at `severity`. */
    [[nodiscard]] QList<TemplateMeasure> measuresFor(const TemplateGoal &goal, const QString &severity) const;
    /** ProgrammeNeed.priority for a severity; empty for "none" or an unknown severity. */
    [[nodiscard]] QString priorityFor(const QString &severity) const;
    /** A measure's due offset at `severity`: dueInDays × the severity's dueScale, at least 1 day. */
    [[nodiscard]] int dueInDays(const TemplateMeasure &measure, const QString &severity) const;

    /** The severity levels, mildest first ("none" … "critical"). */
    [[nodiscard]] static const QStringList &severities();
    /** Position of a severity in severities(); -1 when unknown. */
    [[nodiscard]] static int severityRank(const QString &severity);

private:
    int m_version = 0;
    QDate m_validFrom;
    QHash<QString, QString> m_priority;
    QHash<QString, double> m_dueScale;
    QList<TemplateGoal> m_goals;
    QList<TemplateCategory> m_categories;

    friend class TemplateParser;
};

} // namespace Qadam
