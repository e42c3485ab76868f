// SPDX-License-Identifier: GPL-3.0-or-later
#include "oob/bmcfront.h"

namespace hostdeck {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(BmcFront)
};
} // namespace

BmcFront::BmcFront(WorkerPool *db, PeerPool *peers, std::shared_ptr<BmcFactory> factory)
    : m_db(db)
    , m_peers(peers)
    , m_factory(std::move(factory))
{}

Result<std::unique_ptr<BmcSession>>
BmcFront::openSession(WorkerPool *db, const std::shared_ptr<BmcFactory> &factory, qint64 deviceId)
{
    if (!factory)
        return Error::failure(Text::tr("No BMC drivers are available."));
    auto target =
        db->readAndWait<BmcTarget>([deviceId](QSqlDatabase &c) { return BmcRepository(c).target(deviceId); });
    if (!target)
        return target.error();
    auto session = factory->open(*target);
    if (!session)
        return session.error();
    // A workaround the driver found this BMC needs is remembered for the device (and so
    // activity-logged): the next session opens at once. Failing to remember it does not fail
    // the action.
    if (const QStringList learned = (*session)->learnedWorkarounds(); !learned.isEmpty())
        db->runAndWait<bool>([deviceId, learned](QSqlDatabase &c) {
            return BmcRepository(c).rememberWorkarounds(deviceId, learned);
        });
    return std::move(session).value();
}

QFuture<Status> BmcFront::power(qint64 deviceId, PowerAction action) const
{
    return run<void>(deviceId, [action](BmcSession &session) { return session.power(action); });
}

QFuture<Result<QString>> BmcFront::presentedCertificate(qint64 deviceId) const
{
    return m_peers->run<QString>([db = m_db, factory = m_factory, deviceId]() -> Result<QString> {
        if (!factory)
            return Error::failure(Text::tr("No BMC drivers are available."));
        auto info =
            db->readAndWait<BmcInfo>([deviceId](QSqlDatabase &c) { return BmcRepository(c).info(deviceId); });
        if (!info)
            return info.error();
        if (!info->configured())
            return Error::failure(Text::tr("The device has no BMC settings."));
        BmcTarget target;
        target.kind = *info->kind;
        target.address = info->address;
        target.port = info->port;
        target.pinnedCertSha256 = info->certSha256;
        return factory->certificateSha256(target);
    });
}

} // namespace hostdeck
