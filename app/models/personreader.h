#pragma once

#include "casework/accesspolicy.h"
#include "domain/roles.h"
#include "util/result.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantMap>

namespace Qadam {

class Database;

/**
 * Reads one person's case for the screens, as the signed-in user may see it: every record goes
 * through the AccessPolicy (readable()) before any of its fields reach a model, so a field the
 * role may not read (counselling notes for probation, the IIN for supervisors) never leaves the
 * store thread. Store thread only; a value, made per load.
 */
class PersonReader
{
public:
    /** What the reads are for: a screen shows what the role may read; an export (a file that
     *  leaves the app) only the fields the role may both read and export. */
    enum class Purpose { Screen, Export };

    /** The actor's standing on the case (CaseAccess) with the policy's answer to "may open it". */
    [[nodiscard]] static Result<PersonReader> open(Database &db, const Actor &actor, const QString &personId,
        const QDate &today, const QString &language, Purpose purpose = Purpose::Screen);

    [[nodiscard]] bool mayOpen() const { return m_open.allowed(); }
    [[nodiscard]] AccessReason refusal() const { return m_open.reason; }
    /** Whether the role may read `group` of `entity` records of this case (a record-free check). */
    [[nodiscard]] bool mayRead(const QString &entity, FieldGroup group, const QVariantMap &record = {}) const
    {
        return may(AccessAction::Read, entity, group, record);
    }
    /** Whether the role may do `action` on `group` of `entity` records of this case. */
    [[nodiscard]] bool may(
        AccessAction action, const QString &entity, FieldGroup group, const QVariantMap &record = {}) const;

    /** The person's records of `entity` the actor may read, oldest first by `orderBy` (a field),
     *  each its readable fields plus "id"; records later corrected by an amendment are left out. */
    [[nodiscard]] Result<QList<QVariantMap>> records(const QString &entity, const QString &orderBy) const;
    /** One record's readable fields plus "id" (empty when unreadable or missing). */
    [[nodiscard]] Result<QVariantMap> record(const QString &entity, const QString &id) const;
    /** `fields` (storage form, with "id") reduced to what the actor may read (and, for an export,
     *  may export). */
    [[nodiscard]] QVariantMap readable(const QString &entity, const QVariantMap &fields) const;

    /** A dictionary code's label in the reader's language (the code itself when unknown). */
    [[nodiscard]] QString label(const QString &dictionary, const QString &code, const QDate &on = {}) const;
    [[nodiscard]] QString staffName(const QString &staffId) const;
    [[nodiscard]] QString organisationName(const QString &organisationId) const;

    /** The first column of every row `sql` returns for the one parameter `arg`. */
    [[nodiscard]] static Result<QStringList> firstColumn(Database &db, const QString &sql, const QString &arg);

    [[nodiscard]] Database &db() const { return *m_db; }
    [[nodiscard]] const Actor &actor() const { return m_actor; }
    [[nodiscard]] const QString &personId() const { return m_personId; }
    [[nodiscard]] const QString &language() const { return m_language; }
    [[nodiscard]] const QDate &today() const { return m_today; }

private:
    PersonReader() = default;

    Database *m_db = nullptr;
    Actor m_actor;
    AccessContext m_ctx;
    AccessDecision m_open;
    QString m_personId;
    QString m_language;
    QDate m_today;
    Purpose m_purpose = Purpose::Screen;
};

} // namespace Qadam
