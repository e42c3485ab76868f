// SPDX-License-Identifier: GPL-3.0-or-later
#include "workerpool.h"

#include "database.h"

#include <QMetaObject>
#include <QThread>

#include <map>

namespace hostdeck {

namespace {
std::atomic_int g_poolCounter{0};

// Connections of the current thread, closed and removed when the thread ends.
struct ThreadConnections
{
    std::map<QString, bool> names;
    ~ThreadConnections()
    {
        for (const auto &[name, unused] : names) {
            {
                QSqlDatabase db = QSqlDatabase::database(name, false);
                if (db.isValid())
                    db.close();
            }
            QSqlDatabase::removeDatabase(name);
        }
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
