#pragma once

#include "util/result.h"

#include <QObject>
#include <QString>
#include <QtQml/qqmlregistration.h>

namespace Qadam {

struct CoreContext;

/**
 * Settles sync conflicts the person chose for, one field at a time: "mine" keeps the edit that
 * lost on the server, "theirs" the server's value, "merged" a text the person wrote from both.
 * The choice goes through core (Replica::resolveConflict: validation, access policy, an outbox op
 * tagged with the conflict, audit) on the store thread; the values themselves are read there from
 * the conflict record, never taken from QML. Reports through succeeded()/failed(); `busy` while a
 * resolution runs. A refused choice writes nothing and the conflict stays.
 */
class ConflictController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)

public:
    explicit ConflictController(QObject *parent = nullptr);

    [[nodiscard]] bool busy() const { return m_busy; }

    /** `choice`: "mine", "theirs" or "merged" (then `mergedText` is the value to keep). */
    Q_INVOKABLE void resolve(const QString &conflictId, const QString &choice, const QString &mergedText = {});

    /** Store thread: the resolution itself (the controller, the tour and tests share it). */
    [[nodiscard]] static Status resolveNow(CoreContext &ctx, const QString &conflictId, const QString &choice,
                                           const QString &mergedText);
    /** The translated message for a failed resolution. */
    [[nodiscard]] static QString messageFor(const Error &error);

Q_SIGNALS:
    void busyChanged();
    void succeeded(const QString &conflictId);
    void failed(const QString &message);

private:
    void setBusy(bool busy);
    bool m_busy = false;
};

} // namespace Qadam
