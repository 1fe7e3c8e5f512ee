#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

namespace Qadam {

/**
 * Translated words for the codes the person screen, the programme builder and the approvals show:
 * enum values of the schema (statuses, channels, modes, …), person categories in plain,
 * non-stigmatising wording (DOMAIN.md), section titles and audit actions. Reentrant (translate()
 * may run on the store thread; models reload when the language changes).
 */
namespace PersonLabels {

/** The words for `value` of the enum field `field` ("status", "channel", "mode", …) of `entity`;
 *  the value itself when there are none. */
[[nodiscard]] QString enumText(const QString &entity, const QString &field, const QString &value);
/** A person category flag as people should read it ("Released, under administrative supervision"). */
[[nodiscard]] QString categoryText(const QString &flag);
/** The comma-separated flags as texts, in stored order. */
[[nodiscard]] QStringList categoryTexts(const QString &flags);
/** A person screen section title: overview, order, timeline, programme, referrals, sessions, reviews, history. */
[[nodiscard]] QString sectionTitle(const QString &section);
/** An audit action ("create", "read", "command:approve", …) as words. */
[[nodiscard]] QString auditAction(const QString &action);
/** A record kind ("CheckIn", …) as words. */
[[nodiscard]] QString entityText(const QString &entity);
/** The role (StaffUser.role) as words. */
[[nodiscard]] QString roleText(const QString &role);
/** The IIN for its owner's overview: only the last four digits ("•••• •••• 1234"). */
[[nodiscard]] QString maskedIin(const QString &iin);
/** A date as the UI shows it ("30.04.2026"): locale-neutral and short. */
[[nodiscard]] QString dateText(const QDate &date);

} // namespace PersonLabels

} // namespace Qadam
