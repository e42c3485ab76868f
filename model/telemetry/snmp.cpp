// SPDX-License-Identifier: GPL-3.0-or-later
#include "telemetry/snmp.h"

#include <QCoreApplication>

namespace hostdeck {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(SnmpTarget)
};
} // namespace

QString SnmpTarget::peerName() const
{
    const bool v6 = host.contains(u':');
    const QString h = v6 && !host.startsWith(u'[') ? u'[' + host + u']' : host;
    return (v6 ? QStringLiteral("udp6:") : QStringLiteral("udp:")) + h + u':' + QString::number(port);
}

Error SnmpTarget::demoRefusal() const
{
    Error e;
    e.message = Text::tr("Demo device: there is no SNMP agent to talk to (%1 belongs to the demo's made-up "
                         "site, so HostDeck does not contact it).")
                    .arg(host);
    e.code = QStringLiteral("demo-target");
    return e;
}

} // namespace hostdeck
