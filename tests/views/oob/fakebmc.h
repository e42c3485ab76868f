// SPDX-License-Identifier: GPL-3.0-or-later
// A scripted BmcFactory for view tests: BMCs by address with a power state,
// failures, latency, a TLS certificate checked against the pinned one (the
// contract of model/oob/bmc.h), inventory and sensors. Thread-safe: sessions run
// on worker pool threads.
#pragma once

#include "oob/bmc.h"

#include <QHash>
#include <QMutex>
#include <QThread>

#include <atomic>

namespace hostdeck::test {

struct FakeBmc
{
    PowerState state = PowerState::Off;
    QString powerError;    ///< power() fails with this message when set
    QString stateError;    ///< powerState() fails with this message when set
    int latencyMs = 0;     ///< every session call takes this long
    QString presentedCert; ///< Redfish over TLS: the certificate's SHA-256; empty = no TLS check
    BmcInventory inventory;
    QList<SensorReading> sensors;
    QList<PowerAction> actions; ///< power actions carried out
    int opens = 0;
    int powerCalls = 0; ///< power() calls, failed ones included
    QString lastUser;
};

class FakeBmcFactory : public BmcFactory
{
public:
    /// Adds or replaces a BMC (call while no session runs).
    void set(const QString &address, const FakeBmc &bmc)
    {
        QMutexLocker lock(&m_mutex);
        m_bmcs.insert(address, bmc);
    }
    /// A copy of a BMC's state.
    FakeBmc get(const QString &address) const
    {
        QMutexLocker lock(&m_mutex);
        return m_bmcs.value(address);
    }
    /// Changes a BMC under the lock.
    template <typename Fn> void change(const QString &address, Fn fn)
    {
        QMutexLocker lock(&m_mutex);
        fn(m_bmcs[address]);
    }
    int maxConcurrent() const { return m_maxRunning.load(); }
    void resetConcurrency() { m_maxRunning = 0; }

    Result<std::unique_ptr<BmcSession>> open(const BmcTarget &target) override
    {
        QMutexLocker lock(&m_mutex);
        auto it = m_bmcs.find(target.address);
        if (it == m_bmcs.end())
            return fail(QStringLiteral("Nothing answers at %1.").arg(target.address));
        ++it->opens;
        it->lastUser = target.user;
        if (!it->presentedCert.isEmpty()) {
            if (target.pinnedCertSha256.isEmpty())
                return fail(QStringLiteral("The certificate of %1 is not pinned yet.").arg(target.address),
                            QStringLiteral("certificate-unpinned"));
            if (target.pinnedCertSha256 != it->presentedCert)
                return fail(QStringLiteral("The certificate of %1 changed.").arg(target.address),
                            QStringLiteral("certificate-changed"));
        }
        return std::unique_ptr<BmcSession>(std::make_unique<Session>(this, target.address));
    }

    Result<QString> certificateSha256(const BmcTarget &target) override
    {
        QMutexLocker lock(&m_mutex);
        auto it = m_bmcs.find(target.address);
        if (it == m_bmcs.end() || it->presentedCert.isEmpty())
            return fail(QStringLiteral("%1 presents no certificate.").arg(target.address));
        return it->presentedCert;
    }

private:
    static Error fail(const QString &message, const QString &code = {})
    {
        Error e;
        e.message = message;
        e.code = code;
        // A driver may call a dropped BMC connection "lost"; the views must not take it for the database's.
        e.connectionLost = true;
        return e;
    }

    class Session : public BmcSession
    {
    public:
        Session(FakeBmcFactory *factory, QString address)
            : m_factory(factory)
            , m_address(std::move(address))
        {}

        Result<PowerState> powerState() override
        {
            const FakeBmc bmc = enter();
            leave();
            if (!bmc.stateError.isEmpty())
                return fail(bmc.stateError);
            return m_factory->get(m_address).state;
        }
        Status power(PowerAction action) override
        {
            m_factory->change(m_address, [](FakeBmc &b) { ++b.powerCalls; });
            const FakeBmc bmc = enter();
            leave();
            if (!bmc.powerError.isEmpty())
                return fail(bmc.powerError);
            m_factory->change(m_address, [action](FakeBmc &b) {
                b.actions << action;
                b.state = action == PowerAction::Off || action == PowerAction::SoftOff ? PowerState::Off
                                                                                       : PowerState::On;
            });
            return {};
        }
        Status pxeOnce() override { return fail(QStringLiteral("not scripted")); }
        Result<BmcInventory> inventory() override
        {
            const FakeBmc bmc = enter();
            leave();
            return bmc.inventory;
        }
        Result<QList<SensorReading>> sensors() override
        {
            const FakeBmc bmc = enter();
            leave();
            return bmc.sensors;
        }

    private:
        FakeBmc enter()
        {
            const int now = ++m_factory->m_running;
            int seen = m_factory->m_maxRunning.load();
            while (now > seen && !m_factory->m_maxRunning.compare_exchange_weak(seen, now)) {
            }
            const FakeBmc bmc = m_factory->get(m_address);
            if (bmc.latencyMs > 0)
                QThread::msleep(bmc.latencyMs);
            return bmc;
        }
        void leave() { --m_factory->m_running; }

        FakeBmcFactory *m_factory;
        QString m_address;
    };

    mutable QMutex m_mutex;
    QHash<QString, FakeBmc> m_bmcs;
    std::atomic<int> m_running{0};
    std::atomic<int> m_maxRunning{0};
};

} // namespace hostdeck::test
