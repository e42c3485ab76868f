// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/peerpool.h"
#include "core/workerpool.h"
#include "oob/bmc.h"
#include "oob/bmcrepository.h"

#include <QCoreApplication>

#include <memory>

namespace hostdeck {

/// The one way to act on a device's BMC, for the console's panels and (next) the command line
/// and flow nodes. A call reads what it needs from the database on the WorkerPool (the target
/// with its credentials needs the NOC role), then opens the session and talks to the BMC on the
/// PeerPool, so no database thread waits for a BMC; a workaround the driver found the BMC needs
/// is then remembered for the device (activity-logged). Nothing here is ever repeated: a power
/// action that timed out was sent once, and the caller says so. Both pools must outlive the
/// futures' work (PeerPool jobs wait for the WorkerPool).
class BmcFront
{
public:
    BmcFront(WorkerPool *db, PeerPool *peers, std::shared_ptr<BmcFactory> factory = {});

    void setFactory(std::shared_ptr<BmcFactory> factory) { m_factory = std::move(factory); }
    const std::shared_ptr<BmcFactory> &factory() const { return m_factory; }
    PeerPool *peers() const { return m_peers; }

    /// Runs `work` with an open session to the device's BMC.
    template <typename T>
    QFuture<Result<T>> run(qint64 deviceId, std::function<Result<T>(BmcSession &)> work) const
    {
        return m_peers->run<T>(
            [db = m_db, factory = m_factory, deviceId, work = std::move(work)]() -> Result<T> {
                auto session = openSession(db, factory, deviceId);
                if (!session)
                    return session.error();
                return work(**session);
            });
    }

    /// Sends one power action (never repeated).
    QFuture<Status> power(qint64 deviceId, PowerAction action) const;

    /// The SHA-256 fingerprint of the certificate the device's BMC presents now, for the
    /// operator to compare before pinning it. Needs only the address, which every role reads.
    QFuture<Result<QString>> presentedCertificate(qint64 deviceId) const;

private:
    /// On a PeerPool thread: reads the target on the WorkerPool, opens the session, remembers
    /// what the driver learned.
    static Result<std::unique_ptr<BmcSession>>
    openSession(WorkerPool *db, const std::shared_ptr<BmcFactory> &factory, qint64 deviceId);

    WorkerPool *m_db;
    PeerPool *m_peers;
    std::shared_ptr<BmcFactory> m_factory;
};

} // namespace hostdeck
