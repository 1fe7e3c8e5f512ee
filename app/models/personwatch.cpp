#include "personwatch.h"

#include "appsession.h"
#include "storeworker.h"

namespace Qadam {

PersonWatch::PersonWatch(QObject *parent, std::function<QString()> personId, std::function<void()> reload)
    : QObject(parent)
    , m_personId(std::move(personId))
    , m_reload(std::move(reload))
{
    AppSession *session = AppSession::instance();
    if (!session)
        return;
    connect(session, &AppSession::dataChanged, this, &PersonWatch::changed);
    connect(session->worker(), &StoreWorker::changed, this, &PersonWatch::changed);
    connect(session, &AppSession::languageChanged, this, &PersonWatch::schedule);
}

void PersonWatch::changed(const QStringList &personIds)
{
    const QString mine = m_personId ? m_personId() : QString();
    if (personIds.isEmpty() || mine.isEmpty() || personIds.contains(mine))
        schedule();
}

void PersonWatch::schedule()
{
    if (m_pending)
        return;
    m_pending = true;
    QMetaObject::invokeMethod(this, [this] {
        m_pending = false;
        m_reload();
    }, Qt::QueuedConnection);
}

} // namespace Qadam
