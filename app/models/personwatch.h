#pragma once

#include <QObject>
#include <QStringList>

#include <functional>

namespace Qadam {

/**
 * Tells a model when to read again: after records change (a local write or a sync page —
 * AppSession::dataChanged and StoreWorker::changed, whichever comes first) that concern its case,
 * and after a language change. A burst of signals gives one reload, on the next event-loop turn.
 * Owned by the model it serves; GUI thread.
 */
class PersonWatch : public QObject
{
    Q_OBJECT
public:
    /** `personId` names the case the model shows (empty: any change concerns it). */
    PersonWatch(QObject *parent, std::function<QString()> personId, std::function<void()> reload);

    /** Asks for one reload soon (several calls before it runs give one). */
    void schedule();

private:
    void changed(const QStringList &personIds);

    std::function<QString()> m_personId;
    std::function<void()> m_reload;
    bool m_pending = false;
};

} // namespace Qadam
