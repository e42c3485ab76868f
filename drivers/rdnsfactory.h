// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ipam/rdnsprovider.h"

#include <memory>

namespace hostdeck {

/// The real rDNS provider factory: PowerDnsClient and CloudflareClient over
/// libcurl. Stateless; safe to share between worker threads.
std::shared_ptr<RdnsProviderFactory> makeRdnsProviderFactory();

} // namespace hostdeck
