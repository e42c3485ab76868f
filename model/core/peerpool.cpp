// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/peerpool.h"

#include <algorithm>

namespace hostdeck {

PeerPool::PeerPool(int maxThreads, QObject *parent)
    : QObject(parent)
{
    m_pool.setMaxThreadCount(std::max(1, maxThreads));
    m_pool.setObjectName(QStringLiteral("HostDeckPeers"));
}

PeerPool::~PeerPool()
{
    m_pool.waitForDone();
}

} // namespace hostdeck
