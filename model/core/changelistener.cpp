// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/changelistener.h"

#include "core/database.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QSqlDriver>
#include <QTimer>
#include <QUuid>

#include <utility>

namespace hostdeck {

namespace {
const QString kChannel = QStringLiteral("hostdeck_changes");
/// Notifications arriving within this window are announced together, repeats once.
constexpr int kCoalesceMs = 50;

} // namespace

Topic topicOf(const QString &entity)
{
    static const QHash<QString, Topic> topics{
        {QStringLiteral("locations"), Topic::Locations},
        {QStringLiteral("racks"), Topic::Racks},
        {QStringLiteral("devices"), Topic::Devices},
        {QStringLiteral("device_types"), Topic::DeviceTypes},
        {QStringLiteral("customers"), Topic::Customers},
        {QStringLiteral("subnets"), Topic::Subnets},
        {QStringLiteral("ip_addresses"), Topic::IpAddresses},
        {QStringLiteral("vlans"), Topic::Vlans},
        {QStringLiteral("ports"), Topic::Ports},
        {QStringLiteral("cables"), Topic::Cables},
        {QStringLiteral("traffic_samples"), Topic::TrafficSamples},
        {QStringLiteral("device_snmp"), Topic::DeviceSnmp},
        {QStringLiteral("device_bmc"), Topic::DeviceBmc},
    };
    return topics.value(entity, Topic::Other);
}

std::optional<Change> changeFrom(const QString &payload)
{
    // The triggers' payload: {"entity": table, "id": n, "op": verb, "actor": role}, short.
    if (payload.size() > 512)
        return std::nullopt;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(payload.toUtf8(), &error);
    if (!doc.isObject())
        return std::nullopt;
    const QJsonObject o = doc.object();
    static const QRegularExpression word(QStringLiteral("^[a-z][a-z0-9_]{0,62}$"));
    const QJsonValue id = o.value(QLatin1String("id"));
    Change c;
    c.entity = o.value(QLatin1String("entity")).toString();
    c.op = o.value(QLatin1String("op")).toString();
    c.actor = o.value(QLatin1String("actor")).toString().left(63);
    if (!word.match(c.entity).hasMatch() || !word.match(c.op).hasMatch() || !(id.isDouble() || id.isNull()))
        return std::nullopt;
    c.id = id.toInteger();
    if (c.id < 0)
        return std::nullopt;
    return c;
}

namespace {

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
        m_flush = new QTimer(this);
        m_flush->setSingleShot(true);
        m_flush->setInterval(kCoalesceMs);
        connect(m_flush, &QTimer::timeout, this, &ListenerWorker::flush);
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

    // Any role may NOTIFY this channel, so a payload is only a hint to re-read what it names: one
    // that does not look like the triggers' own is dropped, and repeats within a short window are
    // announced once, so a flood of made-up notifications costs the consoles one re-read.
    void onNotification(const QString &name, QSqlDriver::NotificationSource, const QVariant &payload)
    {
        if (name != kChannel)
            return;
        const auto c = changeFrom(payload.toString());
        if (!c)
            return;
        const QString key = c->entity + u'\x1f' + QString::number(c->id) + u'\x1f' + c->op;
        if (m_pendingKeys.contains(key))
            return;
        m_pendingKeys.insert(key);
        m_pending.append(*c);
        if (!m_flush->isActive())
            m_flush->start();
    }

    void flush()
    {
        const QList<Change> pending = std::exchange(m_pending, {});
        m_pendingKeys.clear();
        for (const Change &c : pending)
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
    QTimer *m_flush = nullptr;
    QList<Change> m_pending;
    QSet<QString> m_pendingKeys;
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
