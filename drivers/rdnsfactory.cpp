// SPDX-License-Identifier: GPL-3.0-or-later
#include "rdnsfactory.h"

#include "cloudflareclient.h"
#include "powerdnsclient.h"

namespace hostdeck {

namespace {
class DriverFactory final : public RdnsProviderFactory
{
public:
    std::unique_ptr<RdnsProvider> create(const RdnsProviderConfig &config) override
    {
        switch (config.kind) {
        case RdnsProviderConfig::Kind::PowerDns:
            return std::make_unique<PowerDnsClient>(config);
        case RdnsProviderConfig::Kind::Cloudflare:
            return std::make_unique<CloudflareClient>(config);
        case RdnsProviderConfig::Kind::Internal:
            break;
        }
        return nullptr;
    }
};
} // namespace

std::shared_ptr<RdnsProviderFactory> makeRdnsProviderFactory()
{
    return std::make_shared<DriverFactory>();
}

} // namespace hostdeck
