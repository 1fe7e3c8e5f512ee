#pragma once

#include "util/result.h"

#include <QObject>
#include <QString>
#include <QtQml/qqmlregistration.h>

namespace Qadam {

class Database;

/**
 * Actions on changes the server refused. Only "discard" exists: core has no path to edit and
 * resend a refused op (the server decided; a new edit is made on the record itself, through the
 * ordinary screens). Discarding removes the refused op from this device's "needs attention" list
 * after the page asked the person to confirm; it never touches other ops. Store thread for the
 * work; succeeded()/failed() on the GUI thread; `busy` meanwhile.
 */
class RejectedChangesController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)

public:
    explicit RejectedChangesController(QObject *parent = nullptr);

    [[nodiscard]] bool busy() const { return m_busy; }

    /** Forgets the refused change `deviceSeq` (the page confirms first). */
    Q_INVOKABLE void discard(qint64 deviceSeq);

    /** Store thread: deletes the op if, and only if, it is a rejected one; one transaction.
     *  Error::NotFound when there is no rejected op with that sequence (pending ops stay). */
    [[nodiscard]] static Status discardNow(Database &db, qint64 deviceSeq);

Q_SIGNALS:
    void busyChanged();
    void succeeded(qint64 deviceSeq);
    void failed(const QString &message);

private:
    void setBusy(bool busy);
    bool m_busy = false;
};

} // namespace Qadam
