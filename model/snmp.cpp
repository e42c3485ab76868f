// SPDX-License-Identifier: GPL-3.0-or-later
#include "snmp.h"

namespace hostdeck {

QString SnmpTarget::peerName() const
{
    const bool v6 = host.contains(u':');
    const QString h = v6 && !host.startsWith(u'[') ? u'[' + host + u']' : host;
    return (v6 ? QStringLiteral("udp6:") : QStringLiteral("udp:")) + h + u':' + QString::number(port);
}

} // namespace hostdeck
