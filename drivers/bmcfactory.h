// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "oob/bmc.h"

#include <memory>

namespace hostdeck {

/// The real BMC factory: Redfish sessions over libcurl (with the certificate
/// pinned by its SHA-256 fingerprint) and IPMI 2.0 lanplus sessions over
/// FreeIPMI, chosen by BmcTarget::kind. Stateless; safe to share between
/// worker threads (each open() returns a session for the calling thread).
std::shared_ptr<BmcFactory> makeBmcFactory();

} // namespace hostdeck
