// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/connectionsettings.h"

#include <QObject>
#include <QString>
#include <QThread>

#include <optional>

namespace hostdeck {

/// One change announced by the database's triggers on the hostdeck_changes channel.
/// What a change notification is about: the tables whose triggers announce changes and
/// that a view re-reads for. Views match on these, never on spelled table names; a table
/// without a topic yet is Topic::Other (its name still in Change::entity).
enum class Topic
{
    Other,
    Locations,
    Racks,
    Devices,
    DeviceTypes,
    Customers,
    Subnets,
    IpAddresses,
    Vlans,
    Ports,
    Cables,
    TrafficSamples,
    DeviceSnmp,
    DeviceBmc
};

/// The topic of a table name as the triggers send it ("ip_addresses": Topic::IpAddresses).
Topic topicOf(const QString &entity);

struct Change
{
    QString entity; ///< table name: "devices", "racks", ...
    qint64 id = 0;
    QString op;    ///< create, update, move, disposition, delete
    QString actor; ///< database role that made the change

    /// What the change is about, for matching (entity as a Topic).
    Topic topic() const { return topicOf(entity); }
};

/// The Change a hostdeck_changes payload names, or nothing when it is not one the
/// triggers write (an entity and op of lower-case words, a non-negative id). Any
/// role may NOTIFY the channel: a Change is a hint to re-read, never data.
std::optional<Change> changeFrom(const QString &payload);

/// Listens for hostdeck_changes notifications on its own connection in its own
/// thread and re-emits them (queued) on the thread that owns this object, after
/// dropping payloads changeFrom() refuses and announcing repeats within 50 ms
/// once (a flood of made-up notifications costs one re-read). Pings
/// the server every `pingMs`; a lost connection is reported and reopened.
class ChangeListener : public QObject
{
    Q_OBJECT
public:
    explicit ChangeListener(ConnectionSettings settings, int pingMs = 3000, QObject *parent = nullptr);
    ~ChangeListener() override;

    /// Connects and subscribes; returns at once. `listening()` follows.
    void start();

signals:
    void changed(const hostdeck::Change &change);
    void connectionStateChanged(bool connected, const QString &message);
    void listening();

private:
    QThread m_thread;
    ConnectionSettings m_settings;
    int m_pingMs;
    QObject *m_worker = nullptr;
};

} // namespace hostdeck

Q_DECLARE_METATYPE(hostdeck::Change)
