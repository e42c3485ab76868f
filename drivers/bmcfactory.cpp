// SPDX-License-Identifier: GPL-3.0-or-later
#include "bmcfactory.h"

#include "ipmisession.h"
#include "redfishsession.h"

#include <QCoreApplication>

namespace hostdeck {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(BmcFactory)
};

class DriverBmcFactory final : public BmcFactory
{
public:
    Result<std::unique_ptr<BmcSession>> open(const BmcTarget &target) override
    {
        switch (target.kind) {
        case BmcTarget::Kind::Redfish:
            return openRedfishSession(target);
        case BmcTarget::Kind::Ipmi:
            return openIpmiSession(target);
        }
        return Error::failure(Text::tr("The BMC at %1 has an unknown kind.").arg(target.address));
    }

    Result<QString> certificateSha256(const BmcTarget &target) override
    {
        if (target.kind != BmcTarget::Kind::Redfish)
            return Error::failure(
                Text::tr("The BMC at %1 speaks IPMI, which has no certificate to pin.").arg(target.address));
        return redfishCertificateSha256(target);
    }
};
} // namespace

std::shared_ptr<BmcFactory> makeBmcFactory()
{
    return std::make_shared<DriverBmcFactory>();
}

} // namespace hostdeck
