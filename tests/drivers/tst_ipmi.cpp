// SPDX-License-Identifier: GPL-3.0-or-later
// The IPMI 2.0 driver (FreeIPMI) against OpenIPMI's ipmi_sim, plus its pure
// helpers (workaround names, boot flag bytes, FRU decoding, units, status).
#include "dnspeers.h"
#include "ipmipeer.h"
#include "ipmisession.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QTest>
#include <QThread>

#include <freeipmi/freeipmi.h>

#include <atomic>
#include <functional>
#include <thread>
#include <vector>

using namespace hostdeck;

namespace {
/// The FRU image of tests/fixtures/ipmi_sim/bmc.emu: header, board and product areas.
QByteArray fixtureFru()
{
    return QByteArray::fromHex(
        "01000001070000f7010600000000c7436f6e746f736fcc4844204d61696e626f617264c6425244393837c54d422d3432"
        "c0c100000000009a010600c7436f6e746f736fcc48442d325520536572766572c6484432552d38c3312e30c8534e3132"
        "33343536c0c0c13b");
}

/// A FRU area: version 1, length, `fields` as 8-bit ASCII type/length fields, end marker, checksum.
QByteArray fruArea(const QByteArray &prefix, const QList<QByteArray> &fields)
{
    QByteArray a = QByteArray("\x01\x00", 2) + prefix;
    for (const QByteArray &f : fields)
        a += char(0xc0 | f.size()) + f;
    a += char(0xc1);
    while ((a.size() + 1) % 8)
        a += '\0';
    a[1] = char((a.size() + 1) / 8);
    int sum = 0;
    for (char c : std::as_const(a))
        sum += quint8(c);
    a += char((256 - sum % 256) % 256);
    return a;
}

QByteArray fruHeader(int boardOffset8, int productOffset8)
{
    QByteArray h("\x01\x00\x00", 3);
    h += char(boardOffset8);
    h += char(productOffset8);
    h += QByteArray("\x00\x00", 2);
    int sum = 0;
    for (char c : std::as_const(h))
        sum += quint8(c);
    h += char((256 - sum % 256) % 256);
    return h;
}

bool waitFor(const std::function<bool()> &condition, int ms)
{
    QDeadlineTimer deadline(ms);
    while (!deadline.hasExpired()) {
        if (condition())
            return true;
        QThread::msleep(50);
    }
    return condition();
}
} // namespace

class TestIpmi : public QObject
{
    Q_OBJECT

private:
    test::IpmiSim m_sim;

    std::unique_ptr<BmcSession> openAdmin()
    {
        auto s = openIpmiSession(m_sim.adminTarget());
        if (!s) {
            qWarning("%s", qPrintable(s.error().fullText()));
            return nullptr;
        }
        return std::move(*s);
    }

private slots:
    void initTestCase() { QVERIFY2(m_sim.start(), qPrintable(m_sim.error())); }

    // --- pure helpers ---------------------------------------------------

    void workaroundFlags()
    {
        auto none = ipmi::workaroundFlags({});
        QVERIFY(none);
        QCOMPARE(*none, 0u);

        auto some = ipmi::workaroundFlags(
            {QStringLiteral("opensesspriv"), QStringLiteral(" Intel20 "), QStringLiteral("supermicro20"),
             QStringLiteral("sun20"), QStringLiteral("authcap"), QStringLiteral("integritycheckvalue"),
             QStringLiteral("nochecksumcheck"), QStringLiteral("noauthcodecheck")});
        QVERIFY2(some, qPrintable(some ? QString() : some.error().message));
        QCOMPARE(*some, unsigned(IPMI_WORKAROUND_FLAGS_OUTOFBAND_2_0_OPEN_SESSION_PRIVILEGE |
                                 IPMI_WORKAROUND_FLAGS_OUTOFBAND_2_0_INTEL_2_0_SESSION |
                                 IPMI_WORKAROUND_FLAGS_OUTOFBAND_2_0_SUPERMICRO_2_0_SESSION |
                                 IPMI_WORKAROUND_FLAGS_OUTOFBAND_2_0_SUN_2_0_SESSION |
                                 IPMI_WORKAROUND_FLAGS_OUTOFBAND_2_0_AUTHENTICATION_CAPABILITIES |
                                 IPMI_WORKAROUND_FLAGS_OUTOFBAND_2_0_NON_EMPTY_INTEGRITY_CHECK_VALUE |
                                 IPMI_WORKAROUND_FLAGS_OUTOFBAND_2_0_NO_CHECKSUM_CHECK));
        QCOMPARE(*ipmi::workaroundFlags({QStringLiteral("opensesspriv")}),
                 unsigned(IPMI_WORKAROUND_FLAGS_OUTOFBAND_2_0_OPEN_SESSION_PRIVILEGE));

        auto bad = ipmi::workaroundFlags(
            {QStringLiteral("opensesspriv"), QStringLiteral("bogus"), QStringLiteral("idzero")});
        QVERIFY(!bad);
        QVERIFY2(bad.error().message.contains(QLatin1String("bogus, idzero")),
                 qPrintable(bad.error().message));
        QVERIFY(bad.error().message.contains(QLatin1String("opensesspriv"))); // lists the known ones
        QCOMPARE(ipmi::workaroundNames().size(), 8);
    }

    void pxeOnceBytes()
    {
        const QByteArray d = ipmi::pxeOnceBootOptions();
        QCOMPARE(d.size(), 6);
        QCOMPARE(quint8(d[0]), quint8(0x05));       // parameter 5, "parameter valid"
        QVERIFY(quint8(d[1]) & 0x80);               // boot flags valid
        QVERIFY(!(quint8(d[1]) & 0x40));            // not persistent: the next boot only
        QCOMPARE((quint8(d[2]) >> 2) & 0x0f, 0x01); // force PXE
        QCOMPARE(d.mid(3), QByteArray(3, '\0'));
    }

    void decodeFru()
    {
        auto inv = ipmi::decodeFru(fixtureFru());
        QVERIFY2(inv, qPrintable(inv ? QString() : inv.error().fullText()));
        QCOMPARE(inv->manufacturer, QStringLiteral("Contoso"));
        QCOMPARE(inv->productName, QStringLiteral("HD-2U Server"));
        QCOMPARE(inv->model, QStringLiteral("HD2U-8"));
        QCOMPARE(inv->serial, QStringLiteral("SN123456"));

        // Only a board area: its fields stand in for the product's.
        const QByteArray board =
            fruArea(QByteArray("\x00\x00\x00\x00", 4), {"Fabrikam", "FB-1 Board", "BSER-77", "FB-PART", ""});
        auto boardOnly = ipmi::decodeFru(fruHeader(1, 0) + board);
        QVERIFY2(boardOnly, qPrintable(boardOnly ? QString() : boardOnly.error().fullText()));
        QCOMPARE(boardOnly->manufacturer, QStringLiteral("Fabrikam"));
        QCOMPARE(boardOnly->productName, QStringLiteral("FB-1 Board"));
        QCOMPARE(boardOnly->serial, QStringLiteral("BSER-77"));
        QCOMPARE(boardOnly->model, QStringLiteral("FB-PART"));

        // Not a FRU image, and a corrupted header checksum.
        QVERIFY(!ipmi::decodeFru(QByteArray("hello world, no FRU here")));
        QByteArray broken = fixtureFru();
        broken[7] = char(broken[7] + 1);
        auto bad = ipmi::decodeFru(broken);
        QVERIFY(!bad);
        QVERIFY(bad.error().message.contains(QLatin1String("FRU")));
        QVERIFY(!ipmi::decodeFru(QByteArray()));
    }

    void unitsAndStatus()
    {
        QCOMPARE(ipmi::sensorUnit(1), QStringLiteral("°C"));
        QCOMPARE(ipmi::sensorUnit(4), QStringLiteral("V"));
        QCOMPARE(ipmi::sensorUnit(5), QStringLiteral("A"));
        QCOMPARE(ipmi::sensorUnit(6), QStringLiteral("W"));
        QCOMPARE(ipmi::sensorUnit(18), QStringLiteral("RPM"));
        QCOMPARE(ipmi::sensorUnit(18, true), QStringLiteral("%"));
        QCOMPARE(ipmi::sensorUnit(0), QString());
        QCOMPARE(ipmi::sensorUnit(250), QString()); // no such unit
        QCOMPARE(ipmi::thresholdStatus(0), QStringLiteral("ok"));
        QCOMPARE(ipmi::thresholdStatus(0x08), QStringLiteral("warning"));
        QCOMPARE(ipmi::thresholdStatus(0x01), QStringLiteral("warning"));
        QCOMPARE(ipmi::thresholdStatus(0x18), QStringLiteral("critical"));
        QCOMPARE(ipmi::thresholdStatus(0x02), QStringLiteral("critical"));
        QCOMPARE(ipmi::thresholdStatus(0x20), QStringLiteral("critical"));
    }

    void rejectsBadTargetsBeforeSending()
    {
        BmcTarget t = m_sim.adminTarget();
        t.workarounds << QStringLiteral("frobnicate");
        QElapsedTimer timer;
        timer.start();
        auto unknown = openIpmiSession(t);
        QVERIFY(!unknown);
        QVERIFY2(unknown.error().message.contains(QLatin1String("frobnicate")),
                 qPrintable(unknown.error().message));
        QVERIFY(unknown.error().message.contains(QStringLiteral("127.0.0.1:%1").arg(m_sim.port())));
        QVERIFY(timer.elapsed() < 500);

        t = m_sim.adminTarget();
        t.cipherSuite = 4; // not an IPMI 2.0 suite FreeIPMI implements
        auto suite = openIpmiSession(t);
        QVERIFY(!suite);
        QCOMPARE(suite.error().code, QStringLiteral("ipmi-cipher-suite"));
        QVERIFY(suite.error().message.contains(QLatin1String("cipher suite 4")));

        t = m_sim.adminTarget();
        t.address.clear();
        QVERIFY(!openIpmiSession(t));
        t = m_sim.adminTarget();
        t.password = QString(21, u'x');
        auto longPassword = openIpmiSession(t);
        QVERIFY(!longPassword);
        QVERIFY(longPassword.error().message.contains(QLatin1String("20")));
        t = m_sim.adminTarget();
        t.port = 70000;
        QVERIFY(!openIpmiSession(t));
    }

    // --- against ipmi_sim -----------------------------------------------

    void powerStateFollowsTheChassis()
    {
        auto s = openAdmin();
        QVERIFY(s);
        m_sim.setPower(true);
        auto on = s->powerState();
        QVERIFY2(on, qPrintable(on ? QString() : on.error().fullText()));
        QCOMPARE(*on, PowerState::On);
        m_sim.setPower(false);
        auto off = s->powerState();
        QVERIFY(off);
        QCOMPARE(*off, PowerState::Off);
    }

    void powerOnAndOff()
    {
        auto s = openAdmin();
        QVERIFY(s);
        m_sim.setPower(false);
        m_sim.clearCalls();
        Status on = s->power(PowerAction::On);
        QVERIFY2(on, qPrintable(on ? QString() : on.error().fullText()));
        QCOMPARE(m_sim.calls(), QStringList{QStringLiteral("power 1")});
        QCOMPARE(m_sim.power(), 1);
        QCOMPARE(*s->powerState(), PowerState::On);

        m_sim.clearCalls();
        QVERIFY(s->power(PowerAction::Off));
        QCOMPARE(m_sim.calls(), QStringList{QStringLiteral("power 0")});
        QCOMPARE(m_sim.power(), 0);
        QCOMPARE(*s->powerState(), PowerState::Off);
    }

    void powerCycle()
    {
        auto s = openAdmin();
        QVERIFY(s);
        m_sim.setPower(true);
        m_sim.clearCalls();
        QVERIFY(s->power(PowerAction::Cycle));
        // ipmi_sim powers off at once and on again about a second later.
        QVERIFY(!m_sim.calls().isEmpty());
        QCOMPARE(m_sim.calls().first(), QStringLiteral("power 0"));
        QVERIFY2(waitFor([&] { return m_sim.calls().size() >= 2; }, 5000),
                 qPrintable(m_sim.calls().join(u',')));
        QCOMPARE(m_sim.calls(), (QStringList{QStringLiteral("power 0"), QStringLiteral("power 1")}));
        QCOMPARE(m_sim.power(), 1);
        QCOMPARE(*s->powerState(), PowerState::On);
    }

    void hardReset()
    {
        auto s = openAdmin();
        QVERIFY(s);
        m_sim.setPower(true);
        m_sim.clearCalls();
        QVERIFY(s->power(PowerAction::Reset));
        QCOMPARE(m_sim.calls(), QStringList{QStringLiteral("reset 1")});
        QCOMPARE(m_sim.power(), 1);
        QCOMPARE(*s->powerState(), PowerState::On);
    }

    void softOff()
    {
        auto s = openAdmin();
        QVERIFY(s);
        m_sim.setPower(true);
        m_sim.clearCalls();
        QVERIFY(s->power(PowerAction::SoftOff));
        QCOMPARE(m_sim.calls(), QStringList{QStringLiteral("shutdown 1")});
        QCOMPARE(m_sim.power(), 0); // the script's "operating system" obeys at once
        QCOMPARE(*s->powerState(), PowerState::Off);
    }

    void pxeOnce()
    {
        auto s = openAdmin();
        QVERIFY(s);
        m_sim.clearCalls();
        QCOMPARE(m_sim.bootDevice(), QStringLiteral("default"));
        Status st = s->pxeOnce();
        QVERIFY2(st, qPrintable(st ? QString() : st.error().fullText()));
        QCOMPARE(m_sim.bootDevice(), QStringLiteral("pxe"));
        QCOMPARE(m_sim.calls(), QStringList{QStringLiteral("boot pxe")});
    }

    void sensors()
    {
        auto s = openAdmin();
        QVERIFY(s);
        auto list = s->sensors();
        QVERIFY2(list, qPrintable(list ? QString() : list.error().fullText()));
        QCOMPARE(list->size(), 4);
        const SensorReading &cpu = list->at(0);
        QCOMPARE(cpu.name, QStringLiteral("CPU Temp"));
        QCOMPARE(cpu.type, QStringLiteral("Temperature"));
        QVERIFY(cpu.value.has_value());
        QCOMPARE(*cpu.value, 45.0);
        QCOMPARE(cpu.unit, QStringLiteral("°C"));
        QCOMPARE(cpu.status, QStringLiteral("ok"));

        const SensorReading &inlet = list->at(1);
        QCOMPARE(inlet.name, QStringLiteral("Inlet Temp"));
        QCOMPARE(*inlet.value, 40.0);
        QCOMPARE(inlet.status, QStringLiteral("warning")); // above its upper non-critical threshold

        const SensorReading &fan = list->at(2);
        QCOMPARE(fan.name, QStringLiteral("FAN1"));
        QCOMPARE(fan.type, QStringLiteral("Fan"));
        QCOMPARE(*fan.value, 2400.0);
        QCOMPARE(fan.unit, QStringLiteral("RPM"));
        QCOMPARE(fan.status, QStringLiteral("ok"));

        const SensorReading &volts = list->at(3);
        QCOMPARE(volts.name, QStringLiteral("12V"));
        QCOMPARE(volts.type, QStringLiteral("Voltage"));
        QVERIFY(qAbs(*volts.value - 12.0) < 1e-9);
        QCOMPARE(volts.unit, QStringLiteral("V"));
        QCOMPARE(volts.status, QStringLiteral("ok"));

        // The second read uses the SDR already read and gives the same answer.
        auto again = s->sensors();
        QVERIFY(again);
        QCOMPARE(again->size(), 4);
        QCOMPARE(again->at(2).value, fan.value);
    }

    void inventory()
    {
        auto s = openAdmin();
        QVERIFY(s);
        auto inv = s->inventory();
        QVERIFY2(inv, qPrintable(inv ? QString() : inv.error().fullText()));
        QCOMPARE(inv->manufacturer, QStringLiteral("Contoso"));
        QCOMPARE(inv->productName, QStringLiteral("HD-2U Server"));
        QCOMPARE(inv->model, QStringLiteral("HD2U-8"));
        QCOMPARE(inv->serial, QStringLiteral("SN123456"));
        QCOMPARE(inv->bmcFirmware, QStringLiteral("9.08"));
    }

    void wrongPassword()
    {
        BmcTarget t = m_sim.adminTarget();
        t.password = QStringLiteral("not-it");
        QElapsedTimer timer;
        timer.start();
        auto s = openIpmiSession(t);
        const qint64 ms = timer.elapsed();
        QVERIFY(!s);
        qInfo("wrong password refused in %lld ms: %s", ms, qPrintable(s.error().fullText()));
        QVERIFY2(s.error().message.contains(
                     QStringLiteral("BMC at 127.0.0.1:%1 refused the user or password").arg(m_sim.port())),
                 qPrintable(s.error().message));
        QCOMPARE(s.error().code, QStringLiteral("ipmi-auth"));
        QVERIFY(!s.error().detail.isEmpty()); // FreeIPMI's own words
        QVERIFY(!s.error().transient);
        QVERIFY2(ms < 3000, qPrintable(QString::number(ms)));

        t = m_sim.adminTarget();
        t.user = QStringLiteral("nobody");
        auto unknownUser = openIpmiSession(t);
        QVERIFY(!unknownUser);
        QCOMPARE(unknownUser.error().code, QStringLiteral("ipmi-auth"));
    }

    void unreachable()
    {
        BmcTarget t = m_sim.adminTarget();
        t.port = test::freePort(true); // nothing listens there
        t.timeoutMs = 1500;
        QElapsedTimer timer;
        timer.start();
        auto s = openIpmiSession(t);
        const qint64 ms = timer.elapsed();
        QVERIFY(!s);
        qInfo("unreachable BMC gave up after %lld ms: %s", ms, qPrintable(s.error().fullText()));
        QVERIFY2(s.error().message.contains(
                     QStringLiteral("No IPMI answer from 127.0.0.1:%1 within 1500 ms").arg(t.port)),
                 qPrintable(s.error().message));
        QCOMPARE(s.error().code, QStringLiteral("ipmi-timeout"));
        QVERIFY(s.error().transient);
        QVERIFY(!s.error().connectionLost); // a peer's failure never claims the database is gone
        QVERIFY2(ms >= 1000 && ms < 5000, qPrintable(QString::number(ms)));
    }

    void withoutOpenSessionPrivilegeWorkaround()
    {
        // ipmi_sim answers FreeIPMI's RMCP+ Open Session Request (which asks
        // for the requested privilege, not "highest") with a maximum
        // privilege FreeIPMI then refuses, as many real BMCs do. With no
        // workaround configured the driver tries once more with opensesspriv
        // and says it needed it.
        BmcTarget t = m_sim.adminTarget();
        t.workarounds.clear();
        QElapsedTimer timer;
        timer.start();
        auto s = openIpmiSession(t);
        QVERIFY2(s, qPrintable(s ? QString() : s.error().fullText()));
        qInfo("without opensesspriv configured: opened in %lld ms", timer.elapsed());
        QCOMPARE((*s)->learnedWorkarounds(), QStringList{QStringLiteral("opensesspriv")});
        auto state = (*s)->powerState();
        QVERIFY2(state, qPrintable(state ? QString() : state.error().fullText()));
        QVERIFY(timer.elapsed() < 5000);

        // Configured with it: no second attempt, nothing learned.
        auto configured = openIpmiSession(m_sim.adminTarget());
        QVERIFY(configured);
        QVERIFY((*configured)->learnedWorkarounds().isEmpty());

        // Explicit flags win: another workaround configured, no retry, and the error names the fix.
        t.workarounds = {QStringLiteral("authcap")};
        auto refused = openIpmiSession(t);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, QStringLiteral("ipmi-privilege"));
        QVERIFY(refused.error().message.contains(QLatin1String("opensesspriv")));
    }

    void cipherSuiteTheBmcDoesNotOffer()
    {
        // ipmi_sim implements no SHA-256 suite (15, 16, 17).
        BmcTarget t = m_sim.adminTarget();
        t.cipherSuite = 17;
        auto s = openIpmiSession(t);
        QVERIFY(!s);
        qInfo("cipher suite 17: %s", qPrintable(s.error().fullText()));
        QCOMPARE(s.error().code, QStringLiteral("ipmi-cipher-suite"));
        QVERIFY2(s.error().message.contains(QLatin1String("cipher suite 17")), qPrintable(s.error().message));

        // Suites it does offer work.
        for (int suite : {0, 1, 2, 3, 6, 11}) {
            t.cipherSuite = suite;
            auto ok = openIpmiSession(t);
            QVERIFY2(
                ok,
                qPrintable(
                    QStringLiteral("suite %1: %2").arg(suite).arg(ok ? QString() : ok.error().fullText())));
            QVERIFY((*ok)->powerState());
        }
    }

    void operatorAndUserAccounts()
    {
        // An operator account gets a session (administrator is asked first,
        // then operator, then user) and may switch power.
        BmcTarget t = m_sim.adminTarget();
        t.user = QLatin1String(test::IpmiSim::kOperatorUser);
        t.password = QLatin1String(test::IpmiSim::kOperatorPassword);
        auto op = openIpmiSession(t);
        QVERIFY2(op, qPrintable(op ? QString() : op.error().fullText()));
        m_sim.setPower(false);
        QVERIFY((*op)->power(PowerAction::On));
        QCOMPARE(m_sim.power(), 1);

        // A user-level account reads. (ipmi_sim grants any privilege a
        // session asks for, whatever the account's limit in lan.conf, so a
        // refused power request cannot be shown against it.)
        t.user = QLatin1String(test::IpmiSim::kViewerUser);
        t.password = QLatin1String(test::IpmiSim::kViewerPassword);
        auto viewer = openIpmiSession(t);
        QVERIFY2(viewer, qPrintable(viewer ? QString() : viewer.error().fullText()));
        QCOMPARE(*(*viewer)->powerState(), PowerState::On);
        auto readings = (*viewer)->sensors();
        QVERIFY(readings);
        QCOMPARE(readings->size(), 4);
    }

    void sessionsOnSeveralThreads()
    {
        // One session per thread; several threads at once.
        std::atomic<int> good{0};
        std::vector<std::thread> threads;
        for (int i = 0; i < 3; ++i) {
            threads.emplace_back([&] {
                auto s = openIpmiSession(m_sim.adminTarget());
                if (!s)
                    return;
                for (int k = 0; k < 3; ++k) {
                    auto state = (*s)->powerState();
                    auto readings = state ? (*s)->sensors() : Result<QList<SensorReading>>(state.error());
                    if (readings)
                        ++good;
                    else
                        qWarning("thread session: %s", qPrintable(readings.error().fullText()));
                }
            });
        }
        for (auto &th : threads)
            th.join();
        QCOMPARE(good.load(), 9);
    }

    void sessionDropsAndReconnects()
    {
        BmcTarget t = m_sim.adminTarget();
        t.timeoutMs = 1500;
        auto opened = openIpmiSession(t);
        QVERIFY(opened);
        auto &s = *opened;
        QVERIFY(s->powerState());

        m_sim.stop();
        QElapsedTimer timer;
        timer.start();
        auto lost = s->powerState();
        const qint64 ms = timer.elapsed();
        QVERIFY(!lost);
        qInfo("dropped session noticed after %lld ms: %s", ms, qPrintable(lost.error().fullText()));
        QVERIFY(lost.error().transient);
        QVERIFY(!lost.error().connectionLost); // a peer's failure never claims the database is gone
        QCOMPARE(lost.error().code, QStringLiteral("ipmi-session-lost"));
        QVERIFY(lost.error().message.contains(QLatin1String("dropped")));
        QVERIFY2(ms < 5000, qPrintable(QString::number(ms)));

        // While the BMC is away, the next call fails fast-ish too (a new session attempt).
        auto stillDown = s->sensors();
        QVERIFY(!stillDown);
        QVERIFY(stillDown.error().transient);
        QVERIFY(!stillDown.error().connectionLost); // a peer's failure never claims the database is gone

        // Back again: the session reconnects by itself.
        QVERIFY2(m_sim.restart(), qPrintable(m_sim.error()));
        m_sim.setPower(true);
        auto back = s->powerState();
        QVERIFY2(back, qPrintable(back ? QString() : back.error().fullText()));
        QCOMPARE(*back, PowerState::On);
    }
};

QTEST_GUILESS_MAIN(TestIpmi)
#include "tst_ipmi.moc"
