#pragma once

#include "obligations.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace Qadam {

/** One escalation level of the alert for an unattended appearance (deadline_rules.json). */
struct EscalationLevel
{
    int level = 0; ///< Alert.escalationLevel; 0 is the first notice (as AlertService counts)
    int afterOverdueDays = 1; ///< reached once the obligation is this many days overdue
    /** "channel_officer": the order's officer of the channel; "supervisor": the case's supervisor
     *  as AlertService routes it (the programme's approver, else the probation unit's). */
    QString route;
    QString severity; ///< Alert.severity: info, warning, urgent
};

/**
 * The deadline engine's configuration, kept as data in :/qadam/data/deadline_rules.json: the
 * due-soon window, how far ahead obligations are listed, the alert kind, lookback and
 * escalation levels, and the explanation templates in kk, ru and en (see ObligationText).
 * Immutable value; builtIn() is parsed once and shared.
 */
class DeadlineRules
{
public:
    static constexpr auto kResource = u":/qadam/data/deadline_rules.json";

    /** Parses and checks a rules document; Error::Invalid names what is wrong. */
    [[nodiscard]] static Result<DeadlineRules> fromJson(const QByteArray &json);
    /** The rules bundled with this build. A broken resource is a build defect (tests parse it):
     *  the defaults of DeadlineSettings and two levels apply, and texts are empty. */
    [[nodiscard]] static const DeadlineRules &builtIn();

    [[nodiscard]] int version() const { return m_version; }
    [[nodiscard]] const DeadlineSettings &settings() const { return m_settings; }
    [[nodiscard]] const QString &alertKind() const { return m_alertKind; }
    /** Obligations due longer ago than this never raise a new alert (old history stays quiet). */
    [[nodiscard]] int lookbackDays() const { return m_lookbackDays; }
    /** Whether escalation counts working days overdue (true) or calendar days. */
    [[nodiscard]] bool countsWorkingDays() const { return m_workingDays; }
    [[nodiscard]] const QList<EscalationLevel> &levels() const { return m_levels; }
    /** The highest level an obligation overdue by `days` has reached; nullptr when none. */
    [[nodiscard]] const EscalationLevel *levelFor(int days) const;
    /** The days overdue that escalation counts for `o`. */
    [[nodiscard]] int overdueDays(const Obligation &o) const
    {
        return m_workingDays ? o.overdueWorkingDays : o.overdueDays;
    }

    /** Whether `o` is an unattended obligation someone still has to act on, on `today`: overdue,
     *  or missed with nothing recorded, and due within lookbackDays (older history stays quiet,
     *  as for alerts). The Today page and the dashboard count these as overdue appearances. */
    [[nodiscard]] bool needsAction(const Obligation &o, const QDate &today) const
    {
        const bool unrecorded = o.status == ObligationStatus::Overdue
            || (o.status == ObligationStatus::Missed && o.checkInId.isEmpty());
        return unrecorded && o.dueOn >= today.addDays(-m_lookbackDays);
    }

    /** A template from "texts": the language's string at `path` (e.g. {"status", "overdue"}). */
    [[nodiscard]] QString text(const QStringList &path, const QString &language) const;
    /** The month names used in dates, January first. */
    [[nodiscard]] QStringList months(const QString &language) const;

private:
    [[nodiscard]] Status parseAlerts(const QJsonObject &alerts);
    [[nodiscard]] Status checkTexts() const;

    int m_version = 0;
    DeadlineSettings m_settings;
    QString m_alertKind = QStringLiteral("missed_check_in");
    int m_lookbackDays = 92;
    bool m_workingDays = true;
    QList<EscalationLevel> m_levels;
    QJsonObject m_texts;
};

} // namespace Qadam
