#include "storeworker.h"

#include "casework/accesspolicy.h"
#include "store/database.h"
#include "util/clock.h"
#include "write/writeservice.h"

#include <QThread>

namespace Qadam {

namespace {
/** The object that lives on the store thread; work is queued to it as functor calls. */
class Host : public QObject
{
};
} // namespace

struct StoreWorker::Private
{
    QThread thread;
    Host *host = nullptr;                    // lives on `thread`
    Database *db = nullptr;                  // used on `thread` only; owned by the caller
    std::unique_ptr<WriteService> writes;    // used on `thread` only
    const Clock *clock = nullptr;
    Actor actor;
    std::atomic<quint64> generation{0};      // bumped by detach(): queued work of an older store is dropped
    std::atomic<bool> attached{false};
};

StoreWorker::StoreWorker(QObject *parent) : QObject(parent), d(std::make_unique<Private>())
{
    d->thread.setObjectName(QStringLiteral("qadam-store"));
    d->host = new Host;
    d->host->moveToThread(&d->thread);
    QObject::connect(&d->thread, &QThread::finished, d->host, &QObject::deleteLater);
    d->thread.start();
}

StoreWorker::~StoreWorker()
{
    detach();
    d->thread.quit();
    d->thread.wait();
}

void StoreWorker::attach(Database *db, Actor actor, const Clock &clock)
{
    detach();
    d->clock = &clock;
    d->actor = actor;
    QMetaObject::invokeMethod(d->host, [this, db, actor, &clock] {
        d->db = db;
        d->writes = std::make_unique<WriteService>(*db, clock, actor);
        // Every write from the app is checked against the role's rights here, on the device, as
        // the server checks it again; the pages only hide what the role may not do.
        d->writes->setAccessPolicy(&AccessPolicy::builtIn());
    }, Qt::BlockingQueuedConnection);
    d->attached = true;
}

void StoreWorker::detach()
{
    if (!d->attached.exchange(false))
        return;
    ++d->generation;
    QMetaObject::invokeMethod(d->host, [this] {
        d->writes.reset();
        d->db = nullptr;
    }, Qt::BlockingQueuedConnection);
}

bool StoreWorker::isAttached() const
{
    return d->attached;
}

void StoreWorker::enqueue(Job job)
{
    if (!d->attached)
        return;
    const quint64 generation = d->generation;
    QMetaObject::invokeMethod(d->host, [this, job = std::move(job), generation]() mutable {
        if (generation != d->generation || !d->db)
            return;
        CoreContext ctx{*d->db, *d->writes, *d->clock, d->actor, d->writes->today()};
        std::function<void()> deliver = job(ctx);
        // Delivered through this object, which lives on the GUI thread like every receiver: the
        // QPointer inside `deliver` is checked there, so a receiver destroyed meanwhile is skipped.
        QMetaObject::invokeMethod(this, std::move(deliver), Qt::QueuedConnection);
    }, Qt::QueuedConnection);
}

void StoreWorker::enqueueUnattached(std::function<std::function<void()>()> job)
{
    QMetaObject::invokeMethod(d->host, [this, job = std::move(job)] {
        QMetaObject::invokeMethod(this, job(), Qt::QueuedConnection);
    }, Qt::QueuedConnection);
}

void StoreWorker::runBlocking(const std::function<void(CoreContext &)> &work)
{
    if (!d->attached)
        return;
    QMetaObject::invokeMethod(d->host, [this, &work] {
        if (!d->db)
            return;
        CoreContext ctx{*d->db, *d->writes, *d->clock, d->actor, d->writes->today()};
        work(ctx);
    }, Qt::BlockingQueuedConnection);
}

} // namespace Qadam

namespace Qadam {

void StoreWorker::execBlocking(const std::function<void()> &work)
{
    QMetaObject::invokeMethod(d->host, [&work] { work(); }, Qt::BlockingQueuedConnection);
}

} // namespace Qadam
