#pragma once

#include "demostore.h"

#include <QObject>
#include <QQmlEngine>

namespace Qadam {

/**
 * What the start screen shows about the unlocked store: figures only. Created by main.cpp and
 * handed to QML as the singleton `StoreStatus` (create() returns that instance). GUI thread.
 */
class StoreStatus : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(QString cipherVersion READ cipherVersion CONSTANT)
    Q_PROPERTY(int schemaVersion READ schemaVersion CONSTANT)
    Q_PROPERTY(qint64 people READ people CONSTANT)
    Q_PROPERTY(qint64 records READ records CONSTANT)
    Q_PROPERTY(qint64 pendingChanges READ pendingChanges CONSTANT)
    Q_PROPERTY(qint64 auditEvents READ auditEvents CONSTANT)
    Q_PROPERTY(bool auditChainIntact READ auditChainIntact CONSTANT)
    Q_PROPERTY(QString qtVersion READ qtVersion CONSTANT)

public:
    explicit StoreStatus(const DemoStoreSummary &summary, QObject *parent = nullptr);

    /** The instance main.cpp registered; QML's engine calls this to get it. */
    static StoreStatus *create(QQmlEngine *engine, QJSEngine *);
    /** Called once by main.cpp before QML loads. */
    static void provide(StoreStatus *status);

    QString cipherVersion() const { return m_summary.cipherVersion; }
    int schemaVersion() const { return m_summary.schemaVersion; }
    qint64 people() const { return m_summary.people; }
    qint64 records() const { return m_summary.records; }
    qint64 pendingChanges() const { return m_summary.pendingOps; }
    qint64 auditEvents() const { return m_summary.auditEvents; }
    bool auditChainIntact() const { return m_summary.auditChainIntact; }
    QString qtVersion() const;

private:
    DemoStoreSummary m_summary;
};

} // namespace Qadam
