#pragma once

#include "domain/roles.h"
#include "util/result.h"

#include <QDate>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <functional>
#include <memory>
#include <type_traits>

class QThread;

namespace Qadam {

class Clock;
class Database;
class WriteService;

/**
 * What a piece of work sees on the store thread. Valid only inside the work function; never
 * keep a reference to it. `writes` acts as the signed-in user (`actor`).
 */
struct CoreContext
{
    Database &db;
    WriteService &writes;
    const Clock &clock;
    Actor actor;
    QDate today;
};

/**
 * The store thread: owns the unlocked SQLCipher connection and the core services, so no SQL
 * ever runs on the GUI thread (ARCHITECTURE.md, STYLE.md). View models and controllers hand it
 * work with post(); the result comes back on the receiver's thread. Work runs in order.
 *
 *     worker->post(this, [id](CoreContext &ctx) { return loadPerson(ctx, id); },
 *                  [this](Result<PersonView> r) { apply(std::move(r)); });
 *
 * `done` is dropped (never called) when `receiver` is destroyed first, or when the store was
 * locked before the work ran (then `work` is not run either). Receivers live on the thread that
 * made the worker (the GUI thread).
 */
class StoreWorker : public QObject
{
    Q_OBJECT
public:
    explicit StoreWorker(QObject *parent = nullptr);
    ~StoreWorker() override;

    template <typename Work, typename Done>
    void post(QObject *receiver, Work work, Done done)
    {
        using R = std::invoke_result_t<Work, CoreContext &>;
        QPointer<QObject> guard(receiver);
        enqueue([guard, work = std::move(work), done = std::move(done)](CoreContext &ctx) mutable {
            auto result = std::make_shared<R>(work(ctx));
            return std::function<void()>([guard, done = std::move(done), result]() mutable {
                if (guard)
                    done(std::move(*result));
            });
        });
    }

    /**
     * Like post(), for work that changed records: after `work` returns, `changed(personIds)` is
     * emitted on the GUI thread (models reload, the sync engine schedules a push).
     */
    template <typename Work, typename Done>
    void write(QObject *receiver, Work work, Done done)
    {
        post(receiver, std::move(work), [this, done = std::move(done)](auto result) mutable {
            Q_EMIT changed({});
            done(std::move(result));
        });
    }

    /**
     * Runs `work()` on the store thread whether or not a store is attached: the vault's work
     * (create, unlock with Argon2id, change passphrase, wipe) that must stay off the GUI thread.
     */
    template <typename Work, typename Done>
    void exec(QObject *receiver, Work work, Done done)
    {
        using R = std::invoke_result_t<Work>;
        QPointer<QObject> guard(receiver);
        enqueueUnattached([guard, work = std::move(work), done = std::move(done)]() mutable {
            auto result = std::make_shared<R>(work());
            return std::function<void()>([guard, done = std::move(done), result]() mutable {
                if (guard)
                    done(std::move(*result));
            });
        });
    }

    /** Runs `work` on the store thread and waits for it: tests and shutdown only, never from QML paths. */
    void runBlocking(const std::function<void(CoreContext &)> &work);
    /** exec() that waits: tests, the screenshot tour and shutdown only. */
    void execBlocking(const std::function<void()> &work);

    /**
     * Serves work on an unlocked database that was opened on the store thread (by exec()); the
     * caller keeps ownership and detaches before closing it. The WriteService acts as `actor`.
     */
    void attach(Database *db, Actor actor, const Clock &clock);
    /** Stops serving the database; work queued for it is dropped. Call before closing it. */
    void detach();
    [[nodiscard]] bool isAttached() const;

Q_SIGNALS:
    /** Records changed (a local write, or a sync page applied). Empty list: anything may have changed. */
    void changed(const QStringList &personIds);

private:
    using Job = std::function<std::function<void()>(CoreContext &)>;
    void enqueue(Job job);
    void enqueueUnattached(std::function<std::function<void()>()> job);

    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Qadam
