// SPDX-License-Identifier: GPL-3.0-or-later
#include "ipam/ipamtypes.h"

#include <cmath>

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace hostdeck {

namespace {
// lupdate files these strings under the macro's context.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(IpamConfig)
};

bool isWholeNumber(const QJsonValue &v)
{
    // In range first: converting a double outside qint64 (or NaN) is undefined behaviour.
    const double d = v.toDouble();
    return v.isDouble() && std::isfinite(d) && d >= -9.0e18 && d <= 9.0e18 && d == std::trunc(d);
}
} // namespace

QString allocationStrategyName(AllocationStrategy strategy)
{
    switch (strategy) {
    case AllocationStrategy::ExactFit:
        return QStringLiteral("exact");
    case AllocationStrategy::Merge:
        return QStringLiteral("merge");
    case AllocationStrategy::Split:
        return QStringLiteral("split");
    }
    return {};
}

Result<IpamConfig> IpamConfig::fromJson(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (doc.isNull() || !doc.isObject())
        return Error::failure(Text::tr("The IPAM configuration is not a JSON object."),
                              parseError.errorString());
    const QJsonObject root = doc.object();
    const QString mode = root.value(QLatin1String("mode")).toString();
    if (mode != QLatin1String("full") && mode != QLatin1String("disabled"))
        return Error::failure(
            Text::tr("The IPAM configuration's mode must be \"full\" or \"disabled\", not \"%1\".")
                .arg(mode));
    IpamConfig config;
    config.enabled = mode == QLatin1String("full");
    const QJsonValue rules = root.value(QLatin1String("rules"));
    if (!rules.isUndefined() && !rules.isArray())
        return Error::failure(Text::tr("The IPAM configuration's rules must be a list."));
    int index = 0;
    for (const QJsonValue &value : rules.toArray()) {
        ++index;
        if (!value.isObject())
            return Error::failure(Text::tr("IPAM rule %1 is not an object.").arg(index));
        const QJsonObject o = value.toObject();
        IpamRule rule;
        const QString type = o.value(QLatin1String("type")).toString();
        if (type == QLatin1String("ip"))
            rule.type = IpamRule::Type::Ip;
        else if (type == QLatin1String("subnet"))
            rule.type = IpamRule::Type::Subnet;
        else
            return Error::failure(
                Text::tr("IPAM rule %1: the type must be \"ip\" or \"subnet\".").arg(index));
        const QJsonValue family = o.value(QLatin1String("family"));
        if (!isWholeNumber(family) || (family.toInt() != 4 && family.toInt() != 6))
            return Error::failure(Text::tr("IPAM rule %1: the family must be 4 or 6.").arg(index));
        rule.family = family.toInt();
        if (o.contains(QLatin1String("count"))) {
            const QJsonValue count = o.value(QLatin1String("count"));
            if (!isWholeNumber(count) || count.toInt() < 1 || count.toInt() > 9999)
                return Error::failure(
                    Text::tr("IPAM rule %1: the count must be a whole number from 1 to 9999.").arg(index));
            rule.count = count.toInt();
        }
        if (rule.type == IpamRule::Type::Subnet) {
            const QJsonValue prefix = o.value(QLatin1String("prefix_length"));
            if (!isWholeNumber(prefix))
                return Error::failure(
                    Text::tr("IPAM rule %1: a subnet rule needs a prefix_length.").arg(index));
            if (Status s = Cidr::checkManagedPrefix(rule.family, prefix.toInt()); !s)
                return Error::failure(Text::tr("IPAM rule %1: %2").arg(index).arg(s.error().message));
            rule.prefixLength = prefix.toInt();
        }
        rule.purpose = o.value(QLatin1String("purpose"))
                           .toString(rule.type == IpamRule::Type::Ip ? QStringLiteral("primary") : QString());
        for (const QJsonValue &vid : o.value(QLatin1String("allowed_vlans")).toArray()) {
            if (!isWholeNumber(vid) || vid.toInt() < 1 || vid.toInt() > 4094)
                return Error::failure(Text::tr("IPAM rule %1: VLAN IDs run from 1 to 4094.").arg(index));
            rule.allowedVlans << vid.toInt();
        }
        for (const QJsonValue &pool : o.value(QLatin1String("pool_subnets")).toArray()) {
            auto cidr = Cidr::parse(pool.toString(), rule.family);
            if (!cidr)
                return Error::failure(Text::tr("IPAM rule %1: %2").arg(index).arg(cidr.error().message));
            rule.pools << *cidr;
        }
        const QString pick = o.value(QLatin1String("pick")).toString(QStringLiteral("next"));
        if (pick == QLatin1String("random"))
            rule.pick = AddressPick::Random;
        else if (pick != QLatin1String("next"))
            return Error::failure(Text::tr("IPAM rule %1: pick must be \"next\" or \"random\".").arg(index));
        config.rules << rule;
    }
    return config;
}

} // namespace hostdeck
