#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVariantMap>

namespace Qadam {

/** One record as the server sends it in a pull (sync.proto Change), in core types: the whole
 *  record as the reader's role may see it. Ids are canonical lower-case UUID text. */
struct RemoteRecord
{
    QString entity;
    QString id;
    QString bucket;        ///< the person (case) it belongs to; empty for directory records
    qint64 version = 0;
    qint64 seq = 0;        ///< server sequence that made this state visible
    qint64 hlc = 0;
    QVariantMap fields;    ///< storage form; fields the role may not read are absent
    qint64 createdAt = 0;
    QString createdBy;
    qint64 updatedAt = 0;
    QString updatedBy;
};

/** A same-field edit of a protected field on two sides (sync.proto Conflict), kept for a person
 *  to resolve. Both values are kept in storage form. */
struct RemoteConflict
{
    QString id;
    QString bucket;
    QString entity;
    QString recordId;
    QString field;
    QVariant serverValue;
    QVariant deviceValue;
    QString deviceId;
    QString userId;
    qint64 at = 0;
    bool resolved = false;
    qint64 seq = 0;
};

/** The server's verdict on one pushed op (sync.proto Outcome). */
enum class OpOutcome { Applied, Merged, Conflict, StaleCommand, Rejected };

/** The result of one pushed op (sync.proto OpResult), in core types. */
struct RemoteOpResult
{
    qint64 deviceSeq = 0;
    OpOutcome outcome = OpOutcome::Rejected;
    QString reason;        ///< machine code for a rejection: forbidden, out_of_scope, invalid, …
    QString field;
    qint64 version = 0;    ///< the record's server version after the op
    qint64 seq = 0;
    QStringList conflictIds;
};

/** One reply page to apply: its records and conflicts, and the cursor that covers them. */
struct RemotePage
{
    QList<RemoteRecord> records;
    QList<RemoteConflict> conflicts;
    QByteArray cursor;     ///< opaque; stored in the same transaction as the records
    qint64 remaining = 0;  ///< server's estimate of changes still to come
};

/** What enrolment gave this device; kept in the encrypted store (sync_state). */
struct SyncCredentials
{
    QString serverUrl;
    QString deviceId;
    QString userId;
    QString role;
    QString organisationId;
    QString displayName;
    QString refreshToken;  ///< secret: never logged, never shown

    [[nodiscard]] bool enrolled() const { return !deviceId.isEmpty() && !refreshToken.isEmpty(); }
};

/** What purgeBucket() did. */
enum class PurgeOutcome {
    Purged,    ///< every record of the case is gone from the device
    Deferred,  ///< pending ops of the case wait for upload; the purge runs after them
};

} // namespace Qadam
