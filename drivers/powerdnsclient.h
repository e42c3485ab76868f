// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "httpclient.h"
#include "ipam/rdnsprovider.h"

namespace hostdeck {

/// Publishes PTR records through the PowerDNS Authoritative HTTP API
/// (/api/v1/servers/<server id>, header X-API-Key). Creates a missing reverse
/// zone (kind Native, the configured name servers) before the first record;
/// sets a PTR with changetype REPLACE and removes it with DELETE. Errors name
/// PowerDNS and carry its HTTP status and its "error" text.
class PowerDnsClient final : public RdnsProvider
{
public:
    explicit PowerDnsClient(RdnsProviderConfig config);

    Status apply(const PtrChange &change) override;

    /// Whether the zone (absolute name) exists on the server.
    Result<bool> zoneExists(const QString &zone);
    /// Creates the zone (absolute name); an existing zone is fine.
    Status createZone(const QString &zone);

private:
    Result<HttpResponse> call(const QByteArray &method, const QString &path, const QByteArray &body = {});
    Error failure(const HttpResponse &response, const QString &action) const;
    QString zoneUrlPath(const QString &zone) const;

    RdnsProviderConfig m_config;
    QString m_apiRoot;
};

} // namespace hostdeck
