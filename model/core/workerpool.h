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

/// Whether the pool may run a job again, on a fresh connection, when the database connection
/// broke under it. Only jobs that read are declared repeatable: a write may have committed just
/// before the connection broke, and a job cannot know what it changed elsewhere.
enum class Repeat
{
    Never,
    IfConnectionLost
};

/// The database executor: runs every piece of database work off the GUI thread. Each pool
/// thread opens its own QSqlDatabase connection on first use, named after the pool and the
/// thread, and reopens it when it broke. A job declared repeatable (read()) whose connection
/// broke mid-way runs once more on a fresh connection; any other job reports the lost
/// connection. Work that talks to peers outside the database (BMCs, SNMP agents, HTTP APIs)
/// belongs on a PeerPool, which holds no connection, never here.
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
    template <typename T>
    QFuture<Result<T>> run(std::function<Result<T>(QSqlDatabase &)> work, Repeat repeat = Repeat::Never)
    {
        // A plain promise rather than QtConcurrent::run: QFuture::waitForFinished()
        // would otherwise "steal" a queued job and run it on the waiting thread.
        auto promise = std::make_shared<QPromise<Result<T>>>();
        QFuture<Result<T>> future = promise->future();
        promise->start();
        m_pool.start([this, promise, repeat, work = std::move(work)]() {
            promise->addResult(execute<T>(work, repeat));
            promise->finish();
        });
        return future;
    }

    /// run() for a job that only reads: repeated once on a fresh connection when the
    /// connection broke under it.
    template <typename T> QFuture<Result<T>> read(std::function<Result<T>(QSqlDatabase &)> work)
    {
        return run<T>(std::move(work), Repeat::IfConnectionLost);
    }

    /// Runs `work(db)` on a pool thread and hands its result to `handler` on
    /// `context`'s thread from the event loop, or not at all once `context` is
    /// gone (see deliver()). The way views ask for database work.
    template <typename T, typename Handler>
    void run(std::function<Result<T>(QSqlDatabase &)> work, QObject *context, Handler &&handler)
    {
        deliver(run<T>(std::move(work)), context, std::forward<Handler>(handler));
    }

    /// The same for a job that only reads (repeated once when the connection broke).
    template <typename T, typename Handler>
    void read(std::function<Result<T>(QSqlDatabase &)> work, QObject *context, Handler &&handler)
    {
        deliver(read<T>(std::move(work)), context, std::forward<Handler>(handler));
    }

    /// Blocks the calling thread, which must not be one of this pool's: for the command line,
    /// PeerPool jobs and tests.
    template <typename T>
    Result<T> runAndWait(std::function<Result<T>(QSqlDatabase &)> work, Repeat repeat = Repeat::Never)
    {
        auto future = run<T>(std::move(work), repeat);
        future.waitForFinished();
        return future.result();
    }

    /// runAndWait() for a job that only reads.
    template <typename T> Result<T> readAndWait(std::function<Result<T>(QSqlDatabase &)> work)
    {
        return runAndWait<T>(std::move(work), Repeat::IfConnectionLost);
    }

signals:
    /// Emitted (queued) when connectivity changes: false with the reason when a
    /// job found the connection gone, true once a job succeeds again.
    void connectionStateChanged(bool connected, const QString &message);

private:
    template <typename T>
    Result<T> execute(const std::function<Result<T>(QSqlDatabase &)> &work, Repeat repeat)
    {
        for (int attempt = 0;; ++attempt) {
            auto db = threadConnection(attempt > 0);
            if (!db)
                return db.error();
            Result<T> result = work(*db);
            const bool lost = !result.ok() && result.error().connectionLost;
            if (lost) {
                // The next job of this thread opens a fresh connection instead of failing too.
                db->close();
                reportState(false, result.error().message);
                if (repeat == Repeat::IfConnectionLost && attempt == 0)
                    continue;
            } else {
                reportState(true, {});
            }
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
