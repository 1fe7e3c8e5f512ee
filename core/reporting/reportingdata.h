#pragma once

#include "casework/accesspolicy.h"
#include "domain/roles.h"
#include "util/result.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <functional>

namespace Qadam {

class Database;
class Statement;

/** What the reports need of a person: codes and dates only, never names, IIN or address. */
struct ReportPerson
{
    QString id;
    QString caseOfficerId;
    QString territory; ///< residence territory code
    QString region; ///< the region code of `territory` (itself when it is a region)
    QStringList categories; ///< Person.categoryFlags codes
    QString caseStatus;
    QString sex;
    QDate birthDate;
};

/** A programme measure's delivery facts. */
struct ReportMeasure
{
    QString personId;
    QString programmeId;
    QString status;
    QDate dueOn;
    QDate deliveredOn;
};

/** A referral's standing, without reason or outcome text. */
struct ReportReferral
{
    QString id;
    QString personId;
    QString organisationId;
    QString status;
    QDate termStart;
    QDate termEnd;
    QDate outcomeReportedOn;
};

/** A live programme: the latest approved, active or under-review version of a person's. */
struct ReportProgramme
{
    QString id;
    QString personId;
    QString status;
    QDate activatedOn;
};

/** The people a report covers, with the access context of each (the actor may open them all). */
struct ReportScope
{
    QHash<QString, ReportPerson> people;
    QHash<QString, AccessContext> contexts;

    [[nodiscard]] QSet<QString> ids() const;
};

/**
 * The reads the dashboard and the exports share: one scan of each table, rows kept only for the
 * people asked for. Columns holding names, IINs, addresses or free text are never selected, so
 * nothing of them can reach a figure or a CSV. Stateless; the thread that owns the Database.
 */
namespace ReportingData {

/** Runs `sql` with `params` bound in order and hands each row to `row`. */
[[nodiscard]] Status eachRow(Database &db, const QString &sql, const QVariantList &params,
    const std::function<void(const Statement &)> &row);
/** The cases `actor` may open on `asOf` (CaseScope) with their person facts. */
[[nodiscard]] Result<ReportScope> scope(
    Database &db, const Actor &actor, const QDate &asOf, const AccessPolicy &policy);
/** Narrows `scope` to people residing in `territoryCode` or below it, with case officer
 *  `officerId` and category flag `category` (each ignored when empty). */
[[nodiscard]] Status narrow(Database &db, ReportScope &scope, const QString &territoryCode,
    const QString &officerId, const QString &category);
/** Keeps only the cases on which the policy lets `actor` export `group` of `entity`. */
[[nodiscard]] QSet<QString> exportable(const ReportScope &scope, const Actor &actor,
    const AccessPolicy &policy, const QString &entity, FieldGroup group);

/** Programme statuses in force: approved, active, under_review. */
[[nodiscard]] const QStringList &liveProgrammeStatuses();
/** Programme statuses whose measures count as delivery: the live ones, completed and closed
 *  (drafts are not in force; a superseded version's measures live on in its successor). */
[[nodiscard]] const QStringList &deliveryProgrammeStatuses();
/** The measures of `ids`' programmes whose status is one of `programmeStatuses`. */
[[nodiscard]] Result<QList<ReportMeasure>> measures(
    Database &db, const QSet<QString> &ids, const QStringList &programmeStatuses);
[[nodiscard]] Result<QList<ReportProgramme>> liveProgrammes(Database &db, const QSet<QString> &ids);
[[nodiscard]] Result<QList<ReportReferral>> referrals(Database &db, const QSet<QString> &ids);

/** StaffUser id → display name (a directory record, not case content). */
[[nodiscard]] Result<QHash<QString, QString>> staffNames(Database &db);
/** Organisation id → its name in `language` (falling back to ru, kk, en). */
[[nodiscard]] Result<QHash<QString, QString>> organisationNames(Database &db, const QString &language);

/** `ids` as a JSON array, for `… IN (SELECT value FROM json_each(?n))`: SQLite then walks the
 *  person index for a supervisor's fraction of the store instead of decrypting every page. */
[[nodiscard]] QString idList(const QSet<QString> &ids);
/** The first day of `day`'s month. */
[[nodiscard]] QDate monthOf(const QDate &day);

} // namespace ReportingData

} // namespace Qadam
