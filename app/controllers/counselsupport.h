#pragma once

#include "casework/accesspolicy.h"
#include "domain/record.h"
#include "domain/roles.h"
#include "util/result.h"

#include <QDate>
#include <QString>
#include <QVariantList>
#include <QVariantMap>

namespace Qadam {

class Database;
struct CoreContext;

/**
 * Small store-thread helpers shared by the referral, session and review screens (engineer E's
 * models and controllers): display names, the access check the screens ask before showing a
 * record, and translated messages for core errors. Every function that takes a Database runs on
 * the store thread; the text functions are pure and may run anywhere.
 */
namespace Counsel {

/** "Surname Given" in Cyrillic, else Latin; empty for an unknown person. Never the IIN. */
[[nodiscard]] QString personName(Database &db, const QString &personId);
/** A staff user's display name; empty when unknown. */
[[nodiscard]] QString staffName(Database &db, const QString &staffId);
/** An organisation's name in `language` (kk, ru, en; Russian when missing). */
[[nodiscard]] QString organisationName(Database &db, const QString &organisationId, const QString &language);
/** A reference dictionary label (need_domain, intervention_type…) in `language`, else the code. */
[[nodiscard]] QString dictionaryLabel(Database &db, const QString &dictionary, const QString &code,
    const QString &language, const QDate &on);

/** The actor's context on a case (CaseAccess); an error leaves the default (no access). */
[[nodiscard]] AccessContext accessOn(CoreContext &ctx, const QString &personId);
/** The fields of `record` the actor may read (AccessPolicy::readable) with "id" added back;
 *  empty when nothing is readable. */
[[nodiscard]] QVariantMap readable(CoreContext &ctx, const Record &record, const AccessContext &access);
/** Whether the actor may read `group` of `record` on the case. */
[[nodiscard]] bool mayRead(
    CoreContext &ctx, const Record &record, const AccessContext &access, FieldGroup group);
/** Whether the actor may issue `command` on `record` now: the policy allows commands on it and the
 *  state machine allows this one from the record's state for the actor's role. */
[[nodiscard]] bool mayCommand(
    CoreContext &ctx, const Record &record, const AccessContext &access, const QString &command);
/** Whether the policy lets the actor create a record of `entity` on the case (basics group). */
[[nodiscard]] bool mayCreate(CoreContext &ctx, const QString &entity, const QVariantMap &fields,
    const AccessContext &access);

/** The first column of the first row as text; empty on no row or an error. */
[[nodiscard]] QString scalarText(Database &db, const QString &sql, const QVariantList &params);
/** Ids of the rows `sql` returns in its first column, with `params` bound 1-based. */
[[nodiscard]] Result<QStringList> ids(Database &db, const QString &sql, const QVariantList &params);

/** A translated message for a core refusal (Forbidden, Conflict, InvalidTransition, Storage…);
 *  `what` is the translated action ("accept the referral"). Never holds case content. */
[[nodiscard]] QString errorText(const Error &error, const QString &what);
/** A date for people: "21.11.2026" (locale-neutral, used by the three languages alike). */
[[nodiscard]] QString dateText(const QDate &date);
/** {code, label} pairs for a QML choice list. */
[[nodiscard]] QVariantList choices(const QStringList &codes, QString (*label)(const QString &));

} // namespace Counsel

} // namespace Qadam
