#pragma once

#include "personsections.h"

#include "util/result.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace Qadam {

struct CoreContext;

/** One part of the case report: a heading and its rows (PersonSections' words, ready to print). */
struct CaseReportSection
{
    QString key; ///< overview, order, appearances_police, appearances_probation, programme, referrals, sessions, reviews
    QString title; ///< translated
    QList<SectionRow> rows;
    /** Set when the reader's role may not export this part: the report says so instead of rows. */
    bool withheld = false;
};

/**
 * What a PDF case report holds, read on the store thread for the signed-in user and redacted
 * for them: every record goes through PersonReader in its Export purpose, so a field appears
 * only when the access policy lets the role both read and export its group (counselling notes
 * never — no role may export them; the IIN never; a supervisor's copy has no names). The rows
 * are PersonSections' (the person screen's) rows, so the report says what the screen says.
 * A value; no SQL after load().
 */
struct CaseReport
{
    QString personId;
    QString reference; ///< the case's short reference (the last block of its id), printed on every page
    QString namesCyrillic; ///< empty when the role may not export names
    QString namesLatin;
    QStringList categories;
    QString caseStatusText;
    QString language; ///< kk, ru, en
    QString exportedById;
    QString exportedByName;
    QString exportedByRole; ///< translated
    QDateTime exportedAt; ///< local time of the device
    QList<CaseReportSection> sections;

    /**
     * Reads the report of `personId` as `ctx.actor` in `language` (dictionary labels, obligation
     * texts; tr() strings follow the installed translator). Errors, nothing read beyond the check:
     *  NotFound — no such case on this device;
     *  Forbidden — the case is outside the user's scope (detail: the policy's reason code, e.g.
     *              outside_unit_region) or the role may not export case reports (detail
     *              "export_not_permitted").
     */
    [[nodiscard]] static Result<CaseReport> load(CoreContext &ctx, const QString &personId, const QString &language);

    /** The section keys in print order. */
    [[nodiscard]] static const QStringList &sectionKeys();
};

} // namespace Qadam
