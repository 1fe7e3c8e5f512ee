#pragma once

#include "domain/roles.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace Qadam {

struct CoreContext;

/** One line of the Today page. Plain values only, made on the store thread. */
struct TodayRow
{
    /** The Today sections, in the order the page shows them. */
    enum class Section { Overdue, DueSoon, Alerts, Referrals, Measures, Sessions, OpenNow };

    Section section = Section::Overdue;
    QString kind;          ///< appearance, measure, session, alert, referral
    QString personId;
    QString name;          ///< the person's name in the UI language's script
    QString altName;       ///< the other script, may be empty
    QString title;         ///< what is due: the channel, the measure, the alert
    QString detail;        ///< why: the obligation's explanation, a date
    QString statusText;    ///< "overdue 3 days", "due 30 April", …
    QDate date;            ///< sort key: due date, raised date, planned date
    bool urgent = false;
    // Appearances: the obligation the row is about, and what this role may record for it.
    QString orderId;
    QString channel;       ///< police, probation
    QDate dueOn;
    bool canAttend = false;
    bool canMiss = false;
    bool canExcuse = false;
    QString recordId;      ///< measure, alert, session or referral id
    QString page = QStringLiteral("PersonPage"); ///< the page the row opens (with personId)

    /** Identifies the row across reloads (for granular model updates). */
    [[nodiscard]] QString key() const;
};

/**
 * Builds the Today rows for the signed-in user on the store thread: Art. 172 p9 appearances of
 * both channels by the core deadline engine (overdue, due soon, open now, each with its
 * explanation from ObligationText), programme measures falling due, counselling sessions
 * planned and referrals waiting for the counsellor's answer (counsellors), and open alerts routed
 * to the user. Which sections a role gets, and what it may record, is decided here, never in QML.
 */
class TodayRows
{
    Q_DECLARE_TR_FUNCTIONS(TodayRows)

public:
    [[nodiscard]] static Result<QList<TodayRow>> load(CoreContext &ctx, const QString &language);
    /** The appearance rows of one person the user may open (overdue, due soon, open now);
     *  none for a person outside the user's scope. */
    [[nodiscard]] static Result<QList<TodayRow>> forPerson(
        CoreContext &ctx, const QString &personId, const QString &language);

    /** The section's heading, with its count. */
    [[nodiscard]] static QString sectionLabel(TodayRow::Section section, int count);
    /** Whether `role` records appearances of `channel` (the rule CheckInService enforces). */
    [[nodiscard]] static bool mayRecord(Role role, const QString &channel);
};

} // namespace Qadam
