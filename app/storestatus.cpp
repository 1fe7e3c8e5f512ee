#include "storestatus.h"

namespace Qadam {

namespace {
StoreStatus *s_provided = nullptr;
} // namespace

StoreStatus::StoreStatus(const DemoStoreSummary &summary, QObject *parent) : QObject(parent), m_summary(summary) { }

void StoreStatus::provide(StoreStatus *status)
{
    s_provided = status;
}

StoreStatus *StoreStatus::create(QQmlEngine *engine, QJSEngine *)
{
    Q_ASSERT(s_provided);
    // main.cpp owns the instance; the engine must not delete it.
    QJSEngine::setObjectOwnership(s_provided, QJSEngine::CppOwnership);
    Q_UNUSED(engine);
    return s_provided;
}

QString StoreStatus::qtVersion() const
{
    return QString::fromLatin1(qVersion());
}

} // namespace Qadam
