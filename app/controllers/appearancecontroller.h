#pragma once

#include "util/result.h"

#include <QDate>
#include <QObject>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace Qadam {

/**
 * Records an appearance (PEC Art. 172 part 9) from the Today page or the record page: attended,
 * missed (with a follow-up note) or excused (with a reason and a new date). The page names the
 * obligation it shows (person, order, channel, due date); the controller finds it again with the
 * core deadline engine on the store thread and records it through core CheckInService, which
 * writes the CheckIn, its outbox op and its audit event in one transaction (and the alert of a
 * missed appearance) — or nothing, when it refuses. Refusals come back as specific translated
 * messages through failed(); the real checks (role, scope, dates) stay in core.
 *
 * GUI thread; one recording at a time (`busy`).
 */
class AppearanceController : public QObject
{
    Q_OBJECT
    QML_ELEMENT

    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    /** [{code, label}]: the reasons offered for an excused appearance; "other" asks for text. */
    Q_PROPERTY(QVariantList excuseReasons READ excuseReasons NOTIFY excuseReasonsChanged)
    /** Today on the store's clock, ISO (the default date of an attendance). */
    Q_PROPERTY(QString today READ today NOTIFY busyChanged)

public:
    explicit AppearanceController(QObject *parent = nullptr);

    [[nodiscard]] bool busy() const { return m_busy; }
    [[nodiscard]] QVariantList excuseReasons() const;
    [[nodiscard]] QString today() const;
    /** The earliest new date an excused appearance due on `dueOn` (ISO) may get: the day after it
     *  (CheckInService refuses a new date on or before the due date). Empty for a bad date. For
     *  the date picker's limit; core still checks. */
    Q_INVOKABLE QString earliestNewDue(const QString &dueOn) const;

    /** Looks up the appearance of `personId` to record now (of `channel` when given: the most
     *  pressing one this user may record) and reports it through found(); an empty map when
     *  there is none. */
    Q_INVOKABLE void findDue(const QString &personId, const QString &channel = {});
    /** Attended on `occurredOn` (ISO; empty: today). */
    Q_INVOKABLE void attend(const QString &personId, const QString &orderId, const QString &channel,
        const QString &dueOn, const QString &occurredOn = {});
    /** Missed, once its window has closed; `followUp` says what the officer did (optional). */
    Q_INVOKABLE void miss(const QString &personId, const QString &orderId, const QString &channel,
        const QString &dueOn, const QString &followUp = {});
    /** Excused for `reasonCode` (one of excuseReasons; "other" uses `reasonText`), to appear by
     *  `newDueOn` (ISO, after the due date). */
    Q_INVOKABLE void excuse(const QString &personId, const QString &orderId, const QString &channel,
        const QString &dueOn, const QString &reasonCode, const QString &reasonText, const QString &newDueOn);

    /** What one recording asks of core; built by the intents. */
    struct Request
    {
        QString personId;
        QString orderId;
        QString channel;
        QDate dueOn;
        QString outcome;
        QDate occurredOn;
        QString followUp;
        QString excuseReason;
        QDate newDueOn;
    };

Q_SIGNALS:
    void busyChanged();
    void excuseReasonsChanged();
    /** findDue()'s answer: {personId, name, altName, title, detail, statusText, orderId, channel,
     *  dueOn, canAttend, canMiss, canExcuse}, or empty. */
    void found(const QVariantMap &appearance);
    /** Recorded; `message` is translated ("Attendance recorded"). */
    void succeeded(const QString &message, const QString &checkInId);
    /** Refused or failed; nothing was written. `message` is translated and specific. */
    void failed(const QString &message);

private:
    void record(Request request);
    void finish(const Request &request, const Result<QString> &outcome);
    [[nodiscard]] QString explain(const Request &request, const Error &error) const;
    [[nodiscard]] QString reasonLabel(const QString &code, const QString &text) const;

    bool m_busy = false;
};

} // namespace Qadam
