// SPDX-License-Identifier: GPL-3.0-or-later
#include "oob/bmc.h"

#include <QCoreApplication>

namespace hostdeck {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(BmcTarget)
};
} // namespace

QString BmcTarget::kindName(Kind kind)
{
    return kind == Kind::Ipmi ? QStringLiteral("ipmi") : QStringLiteral("redfish");
}

Error BmcTarget::demoRefusal() const
{
    Error e;
    e.message = Text::tr("Demo device: there is no BMC to talk to (%1 belongs to the demo's made-up site, "
                         "so HostDeck does not contact it).")
                    .arg(address);
    e.code = QStringLiteral("demo-target");
    return e;
}

QString powerActionName(PowerAction action)
{
    switch (action) {
    case PowerAction::On:
        return QStringLiteral("on");
    case PowerAction::Off:
        return QStringLiteral("off");
    case PowerAction::Cycle:
        return QStringLiteral("cycle");
    case PowerAction::Reset:
        return QStringLiteral("reset");
    case PowerAction::SoftOff:
        return QStringLiteral("soft-off");
    }
    return {};
}

std::optional<PowerAction> powerActionFromName(const QString &name)
{
    for (PowerAction a :
         {PowerAction::On, PowerAction::Off, PowerAction::Cycle, PowerAction::Reset, PowerAction::SoftOff}) {
        if (powerActionName(a) == name)
            return a;
    }
    return std::nullopt;
}

QString powerStateName(PowerState state)
{
    switch (state) {
    case PowerState::On:
        return QStringLiteral("on");
    case PowerState::Off:
        return QStringLiteral("off");
    case PowerState::PoweringOn:
        return QStringLiteral("powering-on");
    case PowerState::PoweringOff:
        return QStringLiteral("powering-off");
    case PowerState::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

QString BmcSystem::label() const
{
    QString text = id;
    if (!serial.isEmpty())
        text += u' ' + Text::tr("(serial %1)").arg(serial);
    return text;
}

QString formatFingerprint(const QString &sha256Hex)
{
    QString out;
    out.reserve(sha256Hex.size() * 3 / 2);
    for (qsizetype i = 0; i < sha256Hex.size(); i += 2) {
        if (i > 0)
            out += u':';
        out += sha256Hex.mid(i, 2).toUpper();
    }
    return out;
}

} // namespace hostdeck
