#pragma once

#include "util/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <memory>

namespace Qadam {

struct CoreContext;
class Database;

/** One person of the caseload as the list shows it. Plain values; never the IIN. */
struct CaseloadEntry
{
    /** Plain, non-stigmatising priority: what the officer should do, not a risk score. */
    enum class Priority { NeedsAttention, FollowUpSoon, OnTrack };

    QString id;
    QString name;
    QString altName;
    QString sortName; ///< folded (NameIndex::fold) for a script-independent order
    QStringList categories;
    QString categoryText;
    QString caseStatus;
    QString caseStatusText;
    QString region;
    QString regionText;
    QDate nextDue; ///< the earliest appearance to act on (overdue first), invalid: none
    QString nextDueText;
    bool overdue = false;
    int openAlerts = 0;
    Priority priority = Priority::OnTrack;
};

/** Everyone in the user's scope, loaded once per data change; immutable once made, so the
 *  store thread can filter it while the GUI thread shows it. */
struct CaseloadSnapshot
{
    QList<CaseloadEntry> entries;
    QVariantList categoryOptions; ///< [{value, label}], "" = all
    QVariantList statusOptions;
    QVariantList regionOptions;
};

/** What the list is asked for: search words, filters and order. */
struct CaseloadQuery
{
    enum class Sort { Name, NextDue, Priority };

    QString text;
    QString category;
    QString status;
    QString region;
    bool overdueOnly = false;
    Sort sort = Sort::Name;
};

/**
 * Builds the caseload snapshot and answers queries on it, on the store thread: the people come
 * from CaseScope (the core access rule), next due dates from the core deadline engine, name
 * search from core NameIndex (a prefix of any name part, Cyrillic or Latin, folded and
 * transliterated — "Айгерим" and "Aigerim" find the same people).
 */
class CaseloadSnapshots
{
    Q_DECLARE_TR_FUNCTIONS(CaseloadSnapshots)

public:
    [[nodiscard]] static Result<std::shared_ptr<const CaseloadSnapshot>> load(
        CoreContext &ctx, const QString &language);
    /** Indexes into `snapshot.entries` matching `query`, in its order. */
    [[nodiscard]] static Result<QList<int>> query(
        Database &db, const CaseloadSnapshot &snapshot, const CaseloadQuery &query);

    [[nodiscard]] static QString priorityText(CaseloadEntry::Priority priority);
};

} // namespace Qadam
