#pragma once

#include "util/result.h"

#include <QObject>
#include <QString>
#include <QVariantMap>

#include <functional>
#include <QtQml/qqmlregistration.h>

namespace Qadam {

struct CoreContext;

/**
 * Actions on changes the server refused, through core (WriteService::discardRejected and
 * retryRejected; both audited): "discard" forgets the refused change and takes its local effect
 * back, after the page asked the person to confirm; "retry" sends a refused edit again with the
 * person's corrections. Neither touches other ops. Store thread for the work;
 * succeeded()/failed() on the GUI thread; `busy` meanwhile.
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
    /** Sends the refused edit `deviceSeq` again, `changes` (field → value) laid over it. */
    Q_INVOKABLE void retry(qint64 deviceSeq, const QVariantMap &changes = {});

Q_SIGNALS:
    void busyChanged();
    void succeeded(qint64 deviceSeq);
    void failed(const QString &message);

private:
    using Work = std::function<Status(CoreContext &)>;
    void run(qint64 deviceSeq, Work work, const QString &failure);
    void setBusy(bool busy);
    bool m_busy = false;
};

} // namespace Qadam
