// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QString>
#include <QStringList>

#include <memory>

namespace hostdeck {

/// One reverse-DNS provider configuration (a row of rdns_providers), as a
/// value. `secret` is the PowerDNS API key or the Cloudflare API token.
struct RdnsProviderConfig
{
    enum class Kind
    {
        Internal,
        PowerDns,
        Cloudflare
    };

    qint64 id = 0; ///< 0 for the built-in internal provider
    Kind kind = Kind::Internal;
    QString name;
    QString baseUrl;                                ///< PowerDNS webserver root / Cloudflare API root
    QString serverId = QStringLiteral("localhost"); ///< PowerDNS server id
    int zonePrefixV4 = 24;                          ///< reverse zone: the /N containing the address
    int zonePrefixV6 = 48;
    QStringList nameservers; ///< for zones a provider creates (PowerDNS); may be empty
    int ttl = 3600;
    int connectTimeoutMs = 5000;
    int timeoutMs = 15000;
    QString secret;

    static QString kindName(Kind kind);
};

/// The change to publish: the PTR `reverseName` (absolute, trailing dot) in
/// `zone` (absolute) points at `target` (absolute host name), or is removed
/// when `target` is empty.
struct PtrChange
{
    QString address;     ///< the host address in text, for messages
    QString reverseName; ///< "10.113.0.203.in-addr.arpa."
    QString zone;        ///< "113.0.203.in-addr.arpa."
    QString target;      ///< "host.example.net." or empty to delete
    int ttl = 3600;
};

/// Publishes PTR records at one DNS provider. Implementations live in
/// drivers/; they block (call them on a worker thread), honour the config's
/// timeouts, and return an Error whose message names the provider and carries
/// its answer (HTTP status and the upstream's own error text).
class RdnsProvider
{
public:
    virtual ~RdnsProvider() = default;
    /// Creates, replaces or (empty target) deletes the PTR. Deleting a record
    /// that does not exist succeeds.
    virtual Status apply(const PtrChange &change) = 0;
};

/// Makes providers from configurations. The application wires the real one
/// (drivers' makeRdnsProviderFactory()); tests pass their own.
class RdnsProviderFactory
{
public:
    virtual ~RdnsProviderFactory() = default;
    /// A provider for `config`; never null for the PowerDNS and Cloudflare
    /// kinds. The internal kind never reaches a factory.
    virtual std::unique_ptr<RdnsProvider> create(const RdnsProviderConfig &config) = 0;
};

} // namespace hostdeck
