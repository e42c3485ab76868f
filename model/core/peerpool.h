// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/deliver.h"
#include "core/result.h"

#include <QFuture>
#include <QObject>
#include <QPromise>
#include <QThreadPool>

#include <functional>
#include <memory>

namespace hostdeck {

/// The executor for work that talks to peers outside the database: BMCs, SNMP agents, HTTP
/// APIs. Its threads hold no database connection, so a BMC that takes its full 30 s timeout
/// keeps none of the WorkerPool's threads (or connections) busy, and it never repeats a job: a
/// peer's failure may come after the action took effect. A job that needs the database around
/// its peer call asks the WorkerPool and waits (WorkerPool::readAndWait), which is allowed on
/// these threads; so the WorkerPool must outlive every PeerPool that uses it.
class PeerPool : public QObject
{
    Q_OBJECT
public:
    explicit PeerPool(int maxThreads = 8, QObject *parent = nullptr);
    /// Waits for the running jobs (each bounded by its driver's timeouts); queued ones still run.
    ~PeerPool() override;

    int maxThreads() const { return m_pool.maxThreadCount(); }

    /// Runs `work()` once on a pool thread, never on the caller's (waiting on the future does
    /// not run it inline).
    template <typename T> QFuture<Result<T>> run(std::function<Result<T>()> work)
    {
        auto promise = std::make_shared<QPromise<Result<T>>>();
        QFuture<Result<T>> future = promise->future();
        promise->start();
        m_pool.start([promise, work = std::move(work)]() {
            promise->addResult(work());
            promise->finish();
        });
        return future;
    }

    /// Runs `work()` and hands its result to `handler` on `context`'s thread from the event
    /// loop, or not at all once `context` is gone (deliver()).
    template <typename T, typename Handler>
    void run(std::function<Result<T>()> work, QObject *context, Handler &&handler)
    {
        deliver(run<T>(std::move(work)), context, std::forward<Handler>(handler));
    }

private:
    QThreadPool m_pool;
};

} // namespace hostdeck
