// SPDX-License-Identifier: GPL-3.0-or-later
#include "redfishsession.h"

#include "httpclient.h"
#include "redfishclient.h"

#include <QCoreApplication>
#include <QUrl>

namespace hostdeck {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(RedfishSession)
};

RedfishConfig configFor(const BmcTarget &target)
{
    RedfishConfig config;
    config.baseUrl = target.address;
    config.user = target.user;
    config.password = target.password;
    config.connectTimeoutMs = target.connectTimeoutMs;
    config.timeoutMs = target.timeoutMs;
    config.pinnedSha256 = target.pinnedCertSha256;
    return config;
}

/// A BmcSession over one logged-in RedfishClient; its destructor logs out.
class RedfishSession final : public BmcSession
{
public:
    explicit RedfishSession(const BmcTarget &target)
        : m_client(configFor(target))
        , m_address(target.address)
        , m_system(target.system)
    {}

    Status login() { return m_client.login(); }

    Result<PowerState> powerState() override
    {
        auto state = m_client.powerState(m_system);
        if (!state)
            return state.error();
        return redfishPowerState(*state);
    }

    Status power(PowerAction action) override
    {
        auto allowed = m_client.allowedResetTypes(m_system);
        if (!allowed)
            return allowed.error();
        auto type = redfishResetTypeFor(action, *allowed);
        if (!type) {
            Error e = type.error();
            e.message = Text::tr("The BMC at %1 cannot do that: %2").arg(m_address, e.message);
            return e;
        }
        return m_client.reset(*type, m_system);
    }

    Status pxeOnce() override { return m_client.setBootOnce(QStringLiteral("Pxe"), m_system); }
    Result<BmcInventory> inventory() override { return m_client.inventory(m_system); }
    Result<QList<SensorReading>> sensors() override { return m_client.sensors(m_system); }
    Result<QList<BmcSystem>> systems() override { return m_client.describeSystems(); }

private:
    RedfishClient m_client;
    QString m_address;
    QString m_system; ///< the ComputerSystem (Id or path); empty: the service's only one
};
} // namespace

Result<QString> redfishResetTypeFor(PowerAction action, const QStringList &allowed)
{
    QStringList candidates;
    switch (action) {
    case PowerAction::On:
        candidates = {QStringLiteral("On"), QStringLiteral("ForceOn")};
        break;
    case PowerAction::Off:
        candidates = {QStringLiteral("ForceOff")};
        break;
    case PowerAction::Cycle:
        candidates = {QStringLiteral("PowerCycle"), QStringLiteral("ForceRestart")};
        break;
    case PowerAction::Reset:
        candidates = {QStringLiteral("ForceRestart")};
        break;
    case PowerAction::SoftOff:
        candidates = {QStringLiteral("GracefulShutdown")};
        break;
    }
    if (allowed.isEmpty())
        return candidates.first();
    for (const QString &candidate : std::as_const(candidates)) {
        if (allowed.contains(candidate))
            return candidate;
    }
    Error e;
    e.message = Text::tr("no reset type allowed by the BMC fits the power action \"%1\" (it needs %2; "
                         "the BMC allows %3)")
                    .arg(powerActionName(action), candidates.join(QStringLiteral(" or ")),
                         allowed.join(QStringLiteral(", ")));
    return e;
}

PowerState redfishPowerState(const QString &state)
{
    if (state == QLatin1String("On"))
        return PowerState::On;
    if (state == QLatin1String("Off"))
        return PowerState::Off;
    if (state == QLatin1String("PoweringOn"))
        return PowerState::PoweringOn;
    if (state == QLatin1String("PoweringOff"))
        return PowerState::PoweringOff;
    return PowerState::Unknown;
}

Result<std::unique_ptr<BmcSession>> openRedfishSession(const BmcTarget &target)
{
    if (target.demo)
        return target.demoRefusal();
    if (target.kind != BmcTarget::Kind::Redfish)
        return Error::failure(Text::tr("%1 is not a Redfish BMC").arg(target.address));
    auto session = std::make_unique<RedfishSession>(target);
    const Status login = session->login();
    if (!login)
        return login.error();
    return std::unique_ptr<BmcSession>(std::move(session));
}

Result<QString> redfishCertificateSha256(const BmcTarget &target)
{
    if (target.demo)
        return target.demoRefusal();
    if (target.kind != BmcTarget::Kind::Redfish)
        return Error::failure(
            Text::tr("%1 is not a Redfish BMC; only Redfish BMCs present a certificate").arg(target.address));
    const QUrl url(target.address);
    if (url.scheme() != QLatin1String("https") || url.host().isEmpty())
        return Error::failure(
            Text::tr("The BMC address \"%1\" is not an https URL; only TLS has a certificate")
                .arg(target.address));
    const QString origin =
        url.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo)
            .toString(QUrl::StripTrailingSlash);
    auto sha = HttpClient::certificateSha256(origin + u'/', target.connectTimeoutMs, target.timeoutMs);
    if (!sha) {
        Error e = sha.error();
        e.message = Text::tr("Could not read the certificate of the BMC at %1: %2").arg(origin, e.message);
        e.transient = true;
        return e;
    }
    return sha;
}

} // namespace hostdeck
