#pragma once

#include "casework/obligations.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace Qadam {

class Database;

/** What the lists show of a person: the list name in both scripts, never the IIN, the full name
 *  or the address. */
struct PersonSummary
{
    QString id;
    QString primaryName;   ///< list name in the script of the UI language (Latin for "en", else Cyrillic)
    QString secondaryName; ///< the other script; empty when the same or missing
    QStringList categories; ///< Person.categoryFlags codes
    QString caseStatus;
    QString territory; ///< residence territory code
};

/**
 * Reads for the Today and Caseload lists, shared by their models and the appearance controller:
 * people, their Art. 172 p9 obligations by the core deadline engine, and the plain labels the
 * lists show. Store thread only (inside StoreWorker work); the label functions are pure.
 */
class CaseloadRecords
{
    Q_DECLARE_TR_FUNCTIONS(CaseloadRecords)

public:
    /** How a list names a person (SECURITY.md R19: never the full name): the surname and the
     *  initials of the given name and patronymic, "Абенов А. Б.". Empty parts are left out. */
    [[nodiscard]] static QString listName(const QString &surname, const QString &given, const QString &patronymic);
    /** The ids as a JSON array for `x IN (SELECT value FROM json_each(?n))`: lists read the
     *  caseload's rows by index instead of the whole table (a device may hold 100,000 people). */
    [[nodiscard]] static QString idList(const QSet<QString> &ids);
    /** Summaries of `ids` (one scan of the person table), named as listName() does. */
    [[nodiscard]] static Result<QHash<QString, PersonSummary>> people(
        Database &db, const QSet<QString> &ids, const QString &language);
    /** Every obligation of the orders of `ids` on `today`, as ObligationEngine computes it with the
     *  store's working calendar and the bundled deadline rules. */
    [[nodiscard]] static Result<QList<Obligation>> obligations(
        Database &db, const QSet<QString> &ids, const QDate &today);
    /** Territory code → its region's label on `today` (a district climbs to its region). */
    [[nodiscard]] static Result<QHash<QString, QString>> regionLabels(
        Database &db, const QString &language, const QDate &today);
    /** Territory code → the code of its region. */
    [[nodiscard]] static Result<QHash<QString, QString>> regionOf(Database &db);
    /** Reference dictionary `dictionary`: code → label valid on `today`. */
    [[nodiscard]] static Result<QHash<QString, QString>> labels(
        Database &db, const QString &dictionary, const QString &language, const QDate &today);

    /** An unattended obligation an officer still has to act on: overdue, or missed with nothing
     *  recorded, and due within the rules' lookback (older history stays quiet, as for alerts). */
    [[nodiscard]] static bool needsAction(const Obligation &o, const QDate &today);
    /** Whether an attendance on `day` would satisfy `o` (its window holds the day). */
    [[nodiscard]] static bool attendableOn(const Obligation &o, const QDate &day);

    [[nodiscard]] static QString categoryLabel(const QString &code);
    [[nodiscard]] static QString caseStatusLabel(const QString &code);
    [[nodiscard]] static QString channelTitle(Channel channel);
    [[nodiscard]] static QString alertKindLabel(const QString &kind);
};

} // namespace Qadam
