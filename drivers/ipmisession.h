// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "oob/bmc.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <memory>

namespace hostdeck {

/// Opens an IPMI 2.0 (RMCP+, "lanplus") session to target.address on UDP
/// target.port (0 = 623) with FreeIPMI, using target.cipherSuite, the
/// FreeIPMI workarounds named in target.workarounds and target.timeoutMs as
/// the session timeout. The session asks for ADMINISTRATOR privilege and
/// falls back to OPERATOR, then USER, when the BMC will not grant more to
/// the account. Errors say which BMC, what failed and FreeIPMI's own text
/// (in Error::detail). Blocks for at most about target.timeoutMs per
/// privilege attempt. The session is not thread-safe: use it from one
/// thread at a time.
Result<std::unique_ptr<BmcSession>> openIpmiSession(const BmcTarget &target);

namespace ipmi {

/// The FreeIPMI IPMI 2.0 workaround names openIpmiSession() accepts, as the
/// FreeIPMI tools spell them (-W): opensesspriv, authcap, intel20,
/// supermicro20, sun20, noauthcodecheck, integritycheckvalue, nochecksumcheck.
QStringList workaroundNames();

/// The IPMI_WORKAROUND_FLAGS_OUTOFBAND_2_0_* bits for `names` (case is
/// ignored); an Error naming every unknown name otherwise. "noauthcodecheck"
/// is an IPMI 1.5 workaround with no IPMI 2.0 counterpart: it is accepted
/// and sets no bit.
Result<unsigned int> workaroundFlags(const QStringList &names);

/// The request data of Set System Boot Options for "boot from PXE on the
/// next boot only": parameter 5 (boot flags), flags valid, not persistent,
/// device = force PXE. Six bytes: the parameter selector and the five flag bytes.
QByteArray pxeOnceBootOptions();

/// The FRU fields HostDeck keeps, decoded from a raw FRU image (common
/// header, chassis, board and product areas) with FreeIPMI's FRU parser:
/// manufacturer, productName and serial from the product area (else the
/// board area, serial else the chassis area), model from the product part
/// number (else the board part number). An Error when the image is no FRU.
Result<BmcInventory> decodeFru(const QByteArray &image);

/// "°C", "RPM", "V", ... for an IPMI sensor base unit code (percentage
/// when `percentage`); FreeIPMI's abbreviation for the rarer ones.
QString sensorUnit(int baseUnit, bool percentage = false);

/// "ok", "warning" or "critical" for a threshold sensor's comparison
/// status bits (Get Sensor Reading byte 3: bit 0/3 lower/upper
/// non-critical, 1/4 critical, 2/5 non-recoverable).
QString thresholdStatus(unsigned int comparisonBits);

} // namespace ipmi

} // namespace hostdeck
