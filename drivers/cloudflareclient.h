// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "httpclient.h"
#include "ipam/rdnsprovider.h"

#include <QJsonValue>

namespace hostdeck {

/// Publishes PTR records through Cloudflare's API v4 (base URL such as
/// https://api.cloudflare.com/client/v4, Bearer token). Finds the zone by
/// name, then creates, updates or deletes the PTR record among the zone's DNS
/// records. Errors name Cloudflare and carry the HTTP status with the codes
/// and messages of its {"success":false,"errors":[...]} envelope.
class CloudflareClient final : public RdnsProvider
{
public:
    explicit CloudflareClient(RdnsProviderConfig config);

    Status apply(const PtrChange &change) override;

    /// The id of the zone named `zone` (with or without trailing dot); an
    /// error when Cloudflare has no such zone.
    Result<QString> zoneId(const QString &zone);

private:
    /// Sends the request and returns the envelope's "result" when success is true.
    Result<QJsonValue> call(const QByteArray &method, const QString &path, const QString &action,
                            const QByteArray &body = {});

    RdnsProviderConfig m_config;
    QString m_apiRoot;
};

} // namespace hostdeck
