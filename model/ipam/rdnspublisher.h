// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "ipam/cidr.h"
#include "ipam/rdnsprovider.h"

#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace hostdeck {

/// Sets and removes the reverse-DNS name of a recorded IP address, publishing
/// it at the provider configured for the address (the nearest subnet binding
/// up the tree, else the effective location's binding up the location tree,
/// else internal: stored only). Blocks on the provider: run it on a worker.
class RdnsPublisher
{
public:
    /// `factory` makes the PowerDNS and Cloudflare providers; without one,
    /// only addresses served by the internal provider can be changed.
    RdnsPublisher(QSqlDatabase &db, std::shared_ptr<RdnsProviderFactory> factory);

    /// Sets the PTR name of `address` to `name`, or removes it when `name` is
    /// empty. Refuses an address that is not an ip_addresses row and a name
    /// that is not an RFC 1123 host name, naming the problem. In one
    /// transaction: locks the address row, publishes at the provider, then
    /// writes rdns and rdns_updated_at. A provider error rolls everything back
    /// and comes back naming the provider with its answer.
    Status setName(const QString &address, const QString &name);

    /// The provider configuration that serves `address`, without its secret;
    /// kind Internal (id 0) when nothing is bound.
    Result<RdnsProviderConfig> providerFor(const QString &address);

    /// The host name without a trailing dot, or an error naming what breaks
    /// RFC 1123 (labels of letters, digits and inner hyphens, 1 to 63
    /// characters; at most 253 in all). An empty name stays empty.
    static Result<QString> normaliseHostName(const QString &name);
    /// "10.113.0.203.in-addr.arpa." / nibble form under "ip6.arpa.".
    static QString reverseName(const Cidr &host);
    /// The reverse zone of the network of `prefixLength` bits containing
    /// `host`: octet boundaries for IPv4 (8, 16, 24), nibbles for IPv6.
    static QString reverseZone(const Cidr &host, int prefixLength);

private:
    Result<RdnsProviderConfig> resolve(const QString &address, bool withSecret);

    QSqlDatabase &m_db;
    std::shared_ptr<RdnsProviderFactory> m_factory;
};

} // namespace hostdeck
