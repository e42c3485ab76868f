// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/connectionsettings.h"
#include "core/deliver.h"
#include "core/result.h"

#include <QFuture>
#include <QObject>
#include <QPromise>
#include <QSqlDatabase>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>
#include <functional>
#include <memory>

namespace hostdeck {

/// The pool that runs every piece of database (and later network) work off
/// the GUI thread. Each pool thread opens its own QSqlDatabase connection on
/// first use, named after the pool and the thread, and reopens it when it
/// broke; a job whose connection broke mid-way is retried once on a fresh one.
class WorkerPool : public QObject
{
    Q_OBJECT
public:
    explicit WorkerPool(ConnectionSettings settings, int maxThreads = 4, QObject *parent = nullptr);
    ~WorkerPool() override;

    const ConnectionSettings &settings() const { return m_settings; }
    QThreadPool *threadPool() { return &m_pool; }
    bool isConnected() const { return m_connected.load(); }

    /// Runs `work(db)` on a pool thread with that thread's connection, never on
    /// the caller's thread (waiting on the future does not run it inline).
    template <typename T> QFuture<Result<T>> run(std::function<Result<T>(QSqlDatabase &)> work)
    {
        // A plain promise rather than QtConcurrent::run: QFuture::waitForFinished()
        // would otherwise "steal" a queued job and run it on the waiting thread.
        auto promise = std::make_shared<QPromise<Result<T>>>();
        QFuture<Result<T>> future = promise->future();
        promise->start();
        m_pool.start([this, promise, work = std::move(work)]() {
            promise->addResult(execute<T>(work));
            promise->finish();
        });
        return future;
    }

    /// Runs `work(db)` on a pool thread and hands its result to `handler` on
    /// `context`'s thread from the event loop, or not at all once `context` is
    /// gone (see deliver()). The way views ask for database work.
    template <typename T, typename Handler>
    void run(std::function<Result<T>(QSqlDatabase &)> work, QObject *context, Handler &&handler)
    {
        deliver(run<T>(std::move(work)), context, std::forward<Handler>(handler));
    }

    /// Blocks the calling (non-GUI) thread: for the command line and tests.
    template <typename T> Result<T> runAndWait(std::function<Result<T>(QSqlDatabase &)> work)
    {
        auto future = run<T>(std::move(work));
        future.waitForFinished();
        return future.result();
    }

signals:
    /// Emitted (queued) when connectivity changes: false with the reason when a
    /// job found the connection gone, true once a job succeeds again.
    void connectionStateChanged(bool connected, const QString &message);

private:
    template <typename T> Result<T> execute(const std::function<Result<T>(QSqlDatabase &)> &work)
    {
        for (int attempt = 0;; ++attempt) {
            auto db = threadConnection(attempt > 0);
            if (!db)
                return db.error();
            Result<T> result = work(*db);
            if (!result.ok() && result.error().connectionLost && attempt == 0) {
                reportState(false, result.error().message);
                continue;
            }
            if (!result.ok() && result.error().connectionLost)
                reportState(false, result.error().message);
            else
                reportState(true, {});
            return result;
        }
    }

    Result<QSqlDatabase> threadConnection(bool forceReopen);
    void reportState(bool connected, const QString &message);

    ConnectionSettings m_settings;
    QThreadPool m_pool;
    QString m_prefix;
    std::atomic_bool m_connected{true};
};

} // namespace hostdeck
