// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/workerpool.h"

#include "core/database.h"

#include <QCoreApplication>
#include <QMetaObject>
#include <QThread>

#include <latch>
#include <map>

namespace hostdeck {

namespace {
std::atomic_int g_poolCounter{0};

// Connections of the current thread. WorkerPool's destructor has each of its
// threads close its own; the thread-exit destructor is only a fallback, and
// does nothing once the application object is gone: a thread's thread_local
// destructors run after QThread::wait() has returned, so at process exit they
// could otherwise race with the destruction of Qt SQL's connection registry.
struct ThreadConnections
{
    std::map<QString, bool> names;

    void close(const QString &prefix)
    {
        for (auto it = names.begin(); it != names.end();) {
            if (!it->first.startsWith(prefix)) {
                ++it;
                continue;
            }
            {
                QSqlDatabase db = QSqlDatabase::database(it->first, false);
                if (db.isValid())
                    db.close();
            }
            QSqlDatabase::removeDatabase(it->first);
            it = names.erase(it);
        }
    }
    ~ThreadConnections()
    {
        if (QCoreApplication::instance())
            close(QString());
    }
};
thread_local ThreadConnections t_connections;
} // namespace

WorkerPool::WorkerPool(ConnectionSettings settings, int maxThreads, QObject *parent)
    : QObject(parent)
    , m_settings(std::move(settings))
    , m_prefix(QStringLiteral("hostdeck-pool%1-").arg(++g_poolCounter))
{
    m_pool.setMaxThreadCount(std::max(1, maxThreads));
    m_pool.setExpiryTimeout(-1);
    m_pool.setObjectName(QStringLiteral("HostDeckWorkers"));
}

WorkerPool::~WorkerPool()
{
    m_pool.waitForDone();
    // One closing job per thread: each waits until all have started, so every
    // thread of the pool runs exactly one and closes its own connection.
    const int threads = m_pool.maxThreadCount();
    auto started = std::make_shared<std::latch>(threads);
    const QString prefix = m_prefix;
    for (int i = 0; i < threads; ++i) {
        m_pool.start([started, prefix] {
            t_connections.close(prefix);
            started->arrive_and_wait();
        });
    }
    m_pool.waitForDone();
}

Result<QSqlDatabase> WorkerPool::threadConnection(bool forceReopen)
{
    const QString name = m_prefix + QString::number(reinterpret_cast<quintptr>(QThread::currentThread()), 16);
    if (!forceReopen && QSqlDatabase::contains(name)) {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (db.isOpen())
            return db;
    }
    t_connections.names[name] = true;
    auto db = db::open(m_settings, name, true);
    if (!db)
        reportState(false, db.error().message);
    return db;
}

void WorkerPool::reportState(bool connected, const QString &message)
{
    if (m_connected.exchange(connected) != connected)
        QMetaObject::invokeMethod(
            this, [this, connected, message] { emit connectionStateChanged(connected, message); },
            Qt::QueuedConnection);
}

} // namespace hostdeck
