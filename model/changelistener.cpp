// SPDX-License-Identifier: GPL-3.0-or-later
#include "changelistener.h"

#include "database.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDriver>
#include <QTimer>
#include <QUuid>

namespace hostdeck {

namespace {
const QString kChannel = QStringLiteral("hostdeck_changes");

class ListenerWorker : public QObject
{
    Q_OBJECT
public:
    ListenerWorker(ConnectionSettings settings, int pingMs)
        : m_settings(std::move(settings))
        , m_name(QStringLiteral("hostdeck-listener-") + QUuid::createUuid().toString(QUuid::Id128))
        , m_pingMs(pingMs)
    {}

    ~ListenerWorker() override
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            if (db.isValid())
                db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }

    void begin()
    {
        m_timer = new QTimer(this);
        m_timer->setInterval(m_pingMs);
        connect(m_timer, &QTimer::timeout, this, &ListenerWorker::ping);
        m_timer->start();
        connectAndSubscribe();
    }

signals:
    void changed(const hostdeck::Change &change);
    void connectionStateChanged(bool connected, const QString &message);
    void listening();

private:
    void connectAndSubscribe()
    {
        auto db = db::open(m_settings, m_name, false);
        if (!db) {
            setConnected(false, db.error().message);
            return;
        }
        QSqlDriver *driver = db->driver();
        if (!driver->subscribeToNotification(kChannel)) {
            setConnected(false, db::fromSqlError(driver->lastError()).message);
            return;
        }
        connect(driver, &QSqlDriver::notification, this, &ListenerWorker::onNotification,
                Qt::UniqueConnection);
        setConnected(true, {});
        emit listening();
    }

    void ping()
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        if (db.isOpen()) {
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("SELECT 1")))
                return;
            setConnected(false, db::fromSqlError(q.lastError()).message);
        }
        connectAndSubscribe();
    }

    void onNotification(const QString &name, QSqlDriver::NotificationSource, const QVariant &payload)
    {
        if (name != kChannel)
            return;
        const QJsonObject o = QJsonDocument::fromJson(payload.toString().toUtf8()).object();
        Change c;
        c.entity = o.value(QLatin1String("entity")).toString();
        c.id = o.value(QLatin1String("id")).toInteger();
        c.op = o.value(QLatin1String("op")).toString();
        c.actor = o.value(QLatin1String("actor")).toString();
        emit changed(c);
    }

    void setConnected(bool connected, const QString &message)
    {
        if (m_connected == connected && connected)
            return;
        m_connected = connected;
        emit connectionStateChanged(connected, message);
    }

    ConnectionSettings m_settings;
    QString m_name;
    int m_pingMs;
    QTimer *m_timer = nullptr;
    bool m_connected = false;
};
} // namespace

ChangeListener::ChangeListener(ConnectionSettings settings, int pingMs, QObject *parent)
    : QObject(parent)
    , m_settings(std::move(settings))
    , m_pingMs(pingMs)
{
    qRegisterMetaType<hostdeck::Change>();
    m_thread.setObjectName(QStringLiteral("HostDeckListener"));
}

ChangeListener::~ChangeListener()
{
    m_thread.quit();
    m_thread.wait();
}

void ChangeListener::start()
{
    if (m_worker)
        return;
    auto *worker = new ListenerWorker(m_settings, m_pingMs);
    worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, worker, &QObject::deleteLater);
    connect(worker, &ListenerWorker::changed, this, &ChangeListener::changed);
    connect(worker, &ListenerWorker::connectionStateChanged, this, &ChangeListener::connectionStateChanged);
    connect(worker, &ListenerWorker::listening, this, &ChangeListener::listening);
    m_worker = worker;
    m_thread.start();
    QMetaObject::invokeMethod(worker, &ListenerWorker::begin, Qt::QueuedConnection);
}

} // namespace hostdeck

#include "changelistener.moc"
