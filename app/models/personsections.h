#pragma once

#include "util/result.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace Qadam {

class PersonReader;

/** One row of a person screen section: words ready to show (translated), ids, a status code. */
struct SectionRow
{
    QString recordId; ///< empty for a label row (overview facts)
    QString entity;
    QString title;
    QString subtitle;
    QString detail; ///< longer text: an obligation's explanation, an assessment
    QString status; ///< the stored status code, for colour and tests
    QString statusText; ///< translated
    QDate date;
    int depth = 0; ///< programme tree: need 0, goal 1, measure 2
    int progress = -1; ///< 0–100, -1 when it has none
};

/**
 * The sections of the person screen and what each shows, read through a PersonReader so every
 * row holds only what the signed-in role may read. Store thread only.
 *   overview  — facts about the person (masked IIN only for roles that may read it)
 *   order     — supervision orders, their restrictions, and the Art. 172 p9 obligations of the
 *               last month and the coming ones, each with ObligationText's explanation
 *   timeline  — appearances of both channels from core Timeline (obligations, check-ins,
 *               suspensions), newest first
 *   programme — the current programme: header, needs → goals → measures with progress
 *   referrals, sessions, reviews — the readable records, newest first
 *   history   — audit events of the case: action, record kind, time, actor; never content
 */
namespace PersonSections {

[[nodiscard]] const QStringList &all();
/** Whether the role sees the section at all on this case. */
[[nodiscard]] bool visible(const PersonReader &reader, const QString &section);
[[nodiscard]] Result<QList<SectionRow>> load(const PersonReader &reader, const QString &section);
/** One programme's plan as rows: its header, then each need, its goals and their measures. */
[[nodiscard]] Result<QList<SectionRow>> programmePlan(const PersonReader &reader, const QString &programmeId);
/** The person's current programme (the newest version not superseded); empty when none. */
[[nodiscard]] Result<QString> currentProgramme(const PersonReader &reader);
/** How many records a section's rows stand for (label rows of the overview are not records). */
[[nodiscard]] int recordCount(const QList<SectionRow> &rows);

} // namespace PersonSections

} // namespace Qadam
