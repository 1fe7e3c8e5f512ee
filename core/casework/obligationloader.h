#pragma once

#include "obligations.h"

#include <QList>
#include <QSet>
#include <QString>

namespace Qadam {

class Database;

/**
 * Reads the deadline engine's inputs from the store: orders with their suspensions and
 * check-ins, one query per table (cached statements for one order or person, a single scan of
 * each table for all orders). Reads only the columns the engine needs; check-ins without an
 * order are not an order's input and are left out. Used on the thread that owns `db`.
 */
class ObligationLoader
{
public:
    explicit ObligationLoader(Database &db)
        : m_db(db)
    { }

    /** One order's inputs; Error::NotFound when there is no such order. */
    [[nodiscard]] Result<DeadlineInputs> order(const QString &orderId);
    /** Every order of a person (drafts included: the engine gives them no obligations). */
    [[nodiscard]] Result<QList<DeadlineInputs>> person(const QString &personId);
    /** Every order that is not a draft, in the store's order. */
    [[nodiscard]] Result<QList<DeadlineInputs>> all();
    /** The orders of the people of `personIds`: a query per person for a few, one scan of each
     *  table (all()) above a few hundred. */
    [[nodiscard]] Result<QList<DeadlineInputs>> people(const QSet<QString> &personIds);
    /** Every obligation of the orders of `personIds` on `today`, as ObligationEngine computes it
     *  with the store's working calendar and the bundled deadline rules (the Today page, the
     *  caseload and the dashboard use this one answer). */
    [[nodiscard]] Result<QList<Obligation>> obligations(const QSet<QString> &personIds, const QDate &today);

private:
    enum class Scope { Order, Person, All };
    [[nodiscard]] Result<QList<DeadlineInputs>> load(Scope scope, const QString &key);

    Database &m_db;
};

} // namespace Qadam
