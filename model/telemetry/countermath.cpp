// SPDX-License-Identifier: GPL-3.0-or-later
#include "telemetry/countermath.h"

#include <cmath>

namespace hostdeck {

QString counterVerdictName(CounterVerdict verdict)
{
    switch (verdict) {
    case CounterVerdict::Ok:
        return QStringLiteral("ok");
    case CounterVerdict::Wrapped:
        return QStringLiteral("wrapped");
    case CounterVerdict::Restart:
        return QStringLiteral("restart");
    case CounterVerdict::Discontinuity:
        return QStringLiteral("discontinuity");
    case CounterVerdict::WidthChanged:
        return QStringLiteral("width-changed");
    case CounterVerdict::Reset:
        return QStringLiteral("reset");
    case CounterVerdict::Implausible:
        return QStringLiteral("implausible");
    case CounterVerdict::BadInterval:
        return QStringLiteral("bad-interval");
    }
    return QStringLiteral("ok");
}

CounterDelta counterDelta(const CounterReading &previous, const CounterReading &current,
                          double elapsedSeconds, quint64 speedBps)
{
    using namespace countermath;
    auto verdict = [](CounterVerdict v) { return CounterDelta{v, 0}; };

    if (!std::isfinite(elapsedSeconds) || elapsedSeconds < kMinIntervalSeconds ||
        elapsedSeconds > kMaxIntervalSeconds)
        return verdict(CounterVerdict::BadInterval);
    if (current.sysUpTime < previous.sysUpTime)
        return verdict(CounterVerdict::Restart);
    if (previous.discontinuityTime != current.discontinuityTime)
        return verdict(CounterVerdict::Discontinuity);
    if (previous.width != current.width)
        return verdict(CounterVerdict::WidthChanged);
    if (current.width == 32 && (previous.value > kMax32 || current.value > kMax32))
        return verdict(CounterVerdict::Implausible);

    CounterDelta result;
    if (current.value >= previous.value) {
        result.delta = current.value - previous.value;
    } else if (current.width == 32) {
        result.verdict = CounterVerdict::Wrapped;
        result.delta = (kMax32 - previous.value) + current.value + 1;
    } else {
        return verdict(CounterVerdict::Reset);
    }

    if (result.delta > kMaxDelta)
        return verdict(CounterVerdict::Implausible);
    if (speedBps > 0) {
        // In long double: 2^64 octets times 8 does not fit an integer.
        const long double bits = static_cast<long double>(result.delta) * 8.0L;
        const long double capacity =
            static_cast<long double>(speedBps) * static_cast<long double>(elapsedSeconds) * kSpeedMargin;
        if (bits > capacity)
            return verdict(CounterVerdict::Implausible);
    }
    return result;
}

qint64 slotOf(qint64 ms)
{
    // Floor division without negating (which overflows for the smallest qint64).
    const qint64 seconds = ms / 1000 - (ms % 1000 < 0 ? 1 : 0);
    const qint64 rem = seconds % 300;
    return seconds - (rem < 0 ? rem + 300 : rem);
}

qint64 sampleSlot(qint64 fromMs, qint64 toMs)
{
    // The midpoint without the overflow of toMs - fromMs for far-apart readings.
    return slotOf(fromMs / 2 + toMs / 2 + (fromMs % 2 + toMs % 2) / 2);
}

} // namespace hostdeck
