// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "oob/bmc.h"

#include <QStringList>

#include <memory>

namespace hostdeck {

/// Logs in to the Redfish BMC at `target.address` (a base URL) and returns a
/// BmcSession over it; the session logs out when destroyed. Over https the
/// BMC's certificate must hash to `target.pinnedCertSha256`: otherwise this
/// fails before any credential is sent, with Error::code
/// "certificate-unpinned" or "certificate-changed" and the presented
/// fingerprint (64 hex) in Error::detail. Blocks for at most the target's
/// timeouts per request.
Result<std::unique_ptr<BmcSession>> openRedfishSession(const BmcTarget &target);

/// The SHA-256 fingerprint (64 lower-case hex) of the certificate the BMC at
/// `target.address` presents: a TCP connect and TLS handshake only, no request
/// and no credential. An error for http:// addresses and when nothing answers.
Result<QString> redfishCertificateSha256(const BmcTarget &target);

/// The ResetType to send for `action`, given the values the BMC allows
/// (empty = the BMC does not say): On -> On (or ForceOn), Off -> ForceOff,
/// Cycle -> PowerCycle, else ForceRestart, Reset -> ForceRestart, SoftOff ->
/// GracefulShutdown. An Error naming the allowed values when none fits.
Result<QString> redfishResetTypeFor(PowerAction action, const QStringList &allowed);

/// "On", "Off", "PoweringOn", "PoweringOff" -> PowerState; anything else Unknown.
PowerState redfishPowerState(const QString &state);

} // namespace hostdeck
