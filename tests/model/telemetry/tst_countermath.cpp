// SPDX-License-Identifier: GPL-3.0-or-later
// Counter arithmetic for the SNMP poller (model/countermath): deltas of 32-
// and 64-bit octet counters, one 32-bit wrap, agent restarts, discontinuities,
// width changes, implausible jumps against the interface speed, the interval
// bounds, and the 5-minute slot a delta is recorded under.
#include "telemetry/countermath.h"

#include <QtTest>

using namespace hostdeck;

namespace {
constexpr quint64 k2p32 = quint64(1) << 32;
constexpr quint64 kMax64 = ~quint64(0);
constexpr quint64 k10G = 10'000'000'000ull;

CounterReading reading(quint64 value, int width = 64, quint32 uptime = 100000,
                       std::optional<quint32> discontinuity = std::nullopt)
{
    return CounterReading{value, width, uptime, discontinuity};
}
} // namespace

class TstCounterMath : public QObject
{
    Q_OBJECT
private slots:
    void deltas_data();
    void deltas();
    void restartWinsOverEverythingElse();
    void discontinuityAppearsOrVanishes();
    void implausibleRespectsMargin();
    void verdictNames();
    void sampleSlots_data();
    void sampleSlots();
};

void TstCounterMath::deltas_data()
{
    QTest::addColumn<quint64>("previous");
    QTest::addColumn<quint64>("current");
    QTest::addColumn<int>("previousWidth");
    QTest::addColumn<int>("currentWidth");
    QTest::addColumn<quint32>("uptimeBefore");
    QTest::addColumn<quint32>("uptimeAfter");
    QTest::addColumn<double>("elapsed");
    QTest::addColumn<quint64>("speed");
    QTest::addColumn<int>("verdict");
    QTest::addColumn<quint64>("delta");

    const int ok = int(CounterVerdict::Ok);
    const int wrapped = int(CounterVerdict::Wrapped);
    const int restart = int(CounterVerdict::Restart);
    const int width = int(CounterVerdict::WidthChanged);
    const int reset = int(CounterVerdict::Reset);
    const int implausible = int(CounterVerdict::Implausible);
    const int bad = int(CounterVerdict::BadInterval);
    const quint32 up0 = 100000;
    const quint32 up1 = 130000;

    QTest::newRow("64-bit growth") << quint64(1000) << quint64(376000) << 64 << 64 << up0 << up1 << 300.0
                                   << k10G << ok << quint64(375000);
    QTest::newRow("no traffic") << quint64(5) << quint64(5) << 64 << 64 << up0 << up1 << 300.0 << k10G << ok
                                << quint64(0);
    QTest::newRow("32-bit growth") << quint64(10) << quint64(20) << 32 << 32 << up0 << up1 << 300.0 << k10G
                                   << ok << quint64(10);
    QTest::newRow("32-bit wrap 2^32-1 -> 0")
        << (k2p32 - 1) << quint64(0) << 32 << 32 << up0 << up1 << 300.0 << k10G << wrapped << quint64(1);
    QTest::newRow("32-bit wrap 2^32-1 -> 2^32-2") << (k2p32 - 1) << (k2p32 - 2) << 32 << 32 << up0 << up1
                                                  << 300.0 << quint64(0) << wrapped << (k2p32 - 1);
    QTest::newRow("32-bit wrap mid-range")
        << quint64(4'000'000'000ull) << quint64(100'000'000) << 32 << 32 << up0 << up1 << 300.0 << k10G
        << wrapped << quint64(k2p32 - 4'000'000'000ull + 100'000'000);
    QTest::newRow("32-bit 0 -> 2^32-1 on unknown speed")
        << quint64(0) << (k2p32 - 1) << 32 << 32 << up0 << up1 << 300.0 << quint64(0) << ok << (k2p32 - 1);
    QTest::newRow("32-bit value beyond 32 bits")
        << quint64(0) << k2p32 << 32 << 32 << up0 << up1 << 300.0 << quint64(0) << implausible << quint64(0);
    QTest::newRow("64-bit near the top")
        << (kMax64 - 1000) << kMax64 << 64 << 64 << up0 << up1 << 300.0 << k10G << ok << quint64(1000);
    QTest::newRow("64-bit 2^64-1 -> 0 is a reset")
        << kMax64 << quint64(0) << 64 << 64 << up0 << up1 << 300.0 << k10G << reset << quint64(0);
    QTest::newRow("64-bit decrease is a reset") << quint64(5'000'000) << quint64(4'000'000) << 64 << 64 << up0
                                                << up1 << 300.0 << k10G << reset << quint64(0);
    // Unknown speed: only the bound of what a sample can hold (2^63 - 1 octets).
    QTest::newRow("64-bit 0 -> 2^63-1 unknown speed")
        << quint64(0) << quint64(kMax64 >> 1) << 64 << 64 << up0 << up1 << 300.0 << quint64(0) << ok
        << quint64(kMax64 >> 1);
    QTest::newRow("64-bit 0 -> 2^64-1 unknown speed")
        << quint64(0) << kMax64 << 64 << 64 << up0 << up1 << 300.0 << quint64(0) << implausible << quint64(0);
    QTest::newRow("64-bit 0 -> 2^64-1 on 10G")
        << quint64(0) << kMax64 << 64 << 64 << up0 << up1 << 300.0 << k10G << implausible << quint64(0);
    QTest::newRow("agent restart") << quint64(1000) << quint64(2000) << 64 << 64 << up1 << up0 << 300.0
                                   << k10G << restart << quint64(0);
    QTest::newRow("sysUpTime unchanged is no restart")
        << quint64(1000) << quint64(2000) << 64 << 64 << up0 << up0 << 300.0 << k10G << ok << quint64(1000);
    QTest::newRow("32 -> 64 bit") << quint64(1000) << quint64(2000) << 32 << 64 << up0 << up1 << 300.0 << k10G
                                  << width << quint64(0);
    QTest::newRow("64 -> 32 bit") << quint64(1000) << quint64(2000) << 64 << 32 << up0 << up1 << 300.0 << k10G
                                  << width << quint64(0);
    // 10 Gbit/s for 300 s is 375e9 octets; with the 1.5 margin 562.5e9 pass, more do not.
    QTest::newRow("at line rate") << quint64(0) << quint64(375'000'000'000ull) << 64 << 64 << up0 << up1
                                  << 300.0 << k10G << ok << quint64(375'000'000'000ull);
    QTest::newRow("at the margin") << quint64(0) << quint64(562'500'000'000ull) << 64 << 64 << up0 << up1
                                   << 300.0 << k10G << ok << quint64(562'500'000'000ull);
    QTest::newRow("beyond the margin") << quint64(0) << quint64(562'500'000'001ull) << 64 << 64 << up0 << up1
                                       << 300.0 << k10G << implausible << quint64(0);
    QTest::newRow("zero speed is unknown") << quint64(0) << quint64(562'500'000'001ull) << 64 << 64 << up0
                                           << up1 << 300.0 << quint64(0) << ok << quint64(562'500'000'001ull);
    // A 32-bit wrap that would need more than the interface carries is not believed.
    QTest::newRow("wrap implausible on 1G") << quint64(1000) << quint64(999) << 32 << 32 << up0 << up1 << 1.0
                                            << quint64(1'000'000'000) << implausible << quint64(0);
    QTest::newRow("interval below 1 s")
        << quint64(0) << quint64(10) << 64 << 64 << up0 << up1 << 0.5 << k10G << bad << quint64(0);
    QTest::newRow("interval exactly 1 s")
        << quint64(0) << quint64(10) << 64 << 64 << up0 << up1 << 1.0 << k10G << ok << quint64(10);
    QTest::newRow("interval of a day")
        << quint64(0) << quint64(10) << 64 << 64 << up0 << up1 << 86400.0 << k10G << ok << quint64(10);
    QTest::newRow("interval over a day")
        << quint64(0) << quint64(10) << 64 << 64 << up0 << up1 << 86400.5 << k10G << bad << quint64(0);
    QTest::newRow("clock went backwards")
        << quint64(0) << quint64(10) << 64 << 64 << up0 << up1 << -300.0 << k10G << bad << quint64(0);
    QTest::newRow("interval not a number")
        << quint64(0) << quint64(10) << 64 << 64 << up0 << up1 << std::numeric_limits<double>::quiet_NaN()
        << k10G << bad << quint64(0);
}

void TstCounterMath::deltas()
{
    QFETCH(quint64, previous);
    QFETCH(quint64, current);
    QFETCH(int, previousWidth);
    QFETCH(int, currentWidth);
    QFETCH(quint32, uptimeBefore);
    QFETCH(quint32, uptimeAfter);
    QFETCH(double, elapsed);
    QFETCH(quint64, speed);
    QFETCH(int, verdict);
    QFETCH(quint64, delta);

    const CounterDelta d = counterDelta(reading(previous, previousWidth, uptimeBefore),
                                        reading(current, currentWidth, uptimeAfter), elapsed, speed);
    QCOMPARE(counterVerdictName(d.verdict), counterVerdictName(CounterVerdict(verdict)));
    QCOMPARE(d.delta, delta);
    const bool usable = verdict == int(CounterVerdict::Ok) || verdict == int(CounterVerdict::Wrapped);
    QCOMPARE(d.usable(), usable);
}

void TstCounterMath::restartWinsOverEverythingElse()
{
    // An agent that restarted also reports fresh counters, another width and a new
    // discontinuity time: the verdict names the cause, the restart.
    const CounterDelta d = counterDelta(reading(5000, 64, 900000, 10), reading(10, 32, 500, 20), 300.0, k10G);
    QCOMPARE(d.verdict, CounterVerdict::Restart);
    QVERIFY(!d.usable());
    // sysUpTime 2^32-1 -> 0 (497 days of uptime wrapping) reads as a restart too: one interval lost.
    QCOMPARE(counterDelta(reading(1, 64, 0xFFFFFFFFu), reading(2, 64, 0), 300.0, k10G).verdict,
             CounterVerdict::Restart);
}

void TstCounterMath::discontinuityAppearsOrVanishes()
{
    QCOMPARE(counterDelta(reading(1, 64, 1, 7), reading(2, 64, 2, 8), 300.0, k10G).verdict,
             CounterVerdict::Discontinuity);
    QCOMPARE(counterDelta(reading(1, 64, 1, std::nullopt), reading(2, 64, 2, 8), 300.0, k10G).verdict,
             CounterVerdict::Discontinuity);
    QCOMPARE(counterDelta(reading(1, 64, 1, 8), reading(2, 64, 2, std::nullopt), 300.0, k10G).verdict,
             CounterVerdict::Discontinuity);
    const CounterDelta same = counterDelta(reading(1, 64, 1, 8), reading(2, 64, 2, 8), 300.0, k10G);
    QCOMPARE(same.verdict, CounterVerdict::Ok);
    QCOMPARE(same.delta, quint64(1));
    // A discontinuity on a 32-bit counter that also went backwards: the discontinuity, not a wrap.
    QCOMPARE(counterDelta(reading(100, 32, 1, 8), reading(5, 32, 2, 9), 300.0, k10G).verdict,
             CounterVerdict::Discontinuity);
}

void TstCounterMath::implausibleRespectsMargin()
{
    // 1 Gbit/s for 60 s: 7.5e9 octets at line rate, 11.25e9 with the margin.
    const quint64 g1 = 1'000'000'000ull;
    QCOMPARE(counterDelta(reading(0), reading(11'250'000'000ull), 60.0, g1).verdict, CounterVerdict::Ok);
    QCOMPARE(counterDelta(reading(0), reading(11'250'000'001ull), 60.0, g1).verdict,
             CounterVerdict::Implausible);
    // The same octets over a longer interval are fine.
    QCOMPARE(counterDelta(reading(0), reading(11'250'000'001ull), 61.0, g1).verdict, CounterVerdict::Ok);
    QCOMPARE(countermath::kSpeedMargin, 1.5);
}

void TstCounterMath::verdictNames()
{
    // The names port_counters.last_verdict's CHECK accepts (besides 'baseline').
    const QStringList expected = {QStringLiteral("ok"),
                                  QStringLiteral("wrapped"),
                                  QStringLiteral("restart"),
                                  QStringLiteral("discontinuity"),
                                  QStringLiteral("width-changed"),
                                  QStringLiteral("reset"),
                                  QStringLiteral("implausible"),
                                  QStringLiteral("bad-interval")};
    QStringList names;
    for (int v = int(CounterVerdict::Ok); v <= int(CounterVerdict::BadInterval); ++v)
        names << counterVerdictName(CounterVerdict(v));
    QCOMPARE(names, expected);
}

void TstCounterMath::sampleSlots_data()
{
    QTest::addColumn<qint64>("fromMs");
    QTest::addColumn<qint64>("toMs");
    QTest::addColumn<qint64>("slot");

    const qint64 t = 1'700'000'100; // a multiple of 300 s: 2023-11-14T22:15:00Z
    QVERIFY(t % 300 == 0);
    QTest::newRow("aligned polls") << (t + 10) * 1000 << (t + 310) * 1000 << t;
    QTest::newRow("jittered start") << (t - 2) * 1000 << (t + 301) * 1000 << t;
    QTest::newRow("late poll") << (t + 10) * 1000 << (t + 610) * 1000 << t + 300;
    QTest::newRow("middle on a boundary") << (t - 100) * 1000 << (t + 100) * 1000 << t;
    QTest::newRow("middle just before a boundary") << (t - 101) * 1000 << (t + 99) * 1000 << t - 300;
    QTest::newRow("two polls in one slot, first") << (t + 10) * 1000 << (t + 100) * 1000 << t;
    QTest::newRow("two polls in one slot, second") << (t + 100) * 1000 << (t + 290) * 1000 << t;
    QTest::newRow("before the epoch") << qint64(-1000) << qint64(-1000) << qint64(-300);
}

void TstCounterMath::sampleSlots()
{
    QFETCH(qint64, fromMs);
    QFETCH(qint64, toMs);
    QFETCH(qint64, slot);
    QCOMPARE(sampleSlot(fromMs, toMs), slot);
    QCOMPARE(slot % 300, qint64(0));
}

QTEST_GUILESS_MAIN(TstCounterMath)
#include "tst_countermath.moc"
