// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QtGlobal>

#include <optional>

namespace hostdeck {

/// One raw reading of an SNMP octet counter, as the poller stored it or just
/// read it.
struct CounterReading
{
    quint64 value = 0;
    /// 64 for ifHCIn/OutOctets (Counter64), 32 for ifIn/OutOctets (Counter32).
    int width = 64;
    /// sysUpTime when the counter was read, in hundredths of a second.
    quint32 sysUpTime = 0;
    /// ifCounterDiscontinuityTime when the agent has it.
    std::optional<quint32> discontinuityTime;
};

/// What happened to a counter between two readings.
enum class CounterVerdict
{
    Ok,            ///< the counter grew: the difference is the traffic
    Wrapped,       ///< a 32-bit counter passed 2^32 - 1 once: modular difference
    Restart,       ///< sysUpTime went backwards: the agent restarted
    Discontinuity, ///< ifCounterDiscontinuityTime changed (or appeared/vanished)
    WidthChanged,  ///< the agent switched between 32- and 64-bit counters
    Reset,         ///< a 64-bit counter went backwards: it was cleared
    Implausible,   ///< the difference means more than the interface can carry
    BadInterval,   ///< the time between the readings is not usable (< 1 s, > 1 day, backwards)
};

/// "ok", "wrapped", "restart", "discontinuity", "width-changed", "reset",
/// "implausible", "bad-interval": the names port_counters.last_verdict stores.
QString counterVerdictName(CounterVerdict verdict);

/// The outcome for one counter over one interval. Only `usable()` deltas are
/// recorded as traffic; otherwise the current reading becomes the new baseline
/// and the interval is not recorded.
struct CounterDelta
{
    CounterVerdict verdict = CounterVerdict::Ok;
    quint64 delta = 0; ///< octets in the interval; 0 unless usable()
    bool usable() const { return verdict == CounterVerdict::Ok || verdict == CounterVerdict::Wrapped; }
};

/// Rules of counterDelta(), public so tests and docs name the same figures.
namespace countermath {
/// A delta may imply at most this much more than the interface speed before
/// it counts as implausible (clock jitter between the agent and the poller).
constexpr double kSpeedMargin = 1.5;
/// The longest interval a delta may cover (traffic_samples.interval_s <= 86400).
constexpr double kMaxIntervalSeconds = 86400.0;
/// The shortest interval a delta may cover (traffic_samples.interval_s >= 1).
constexpr double kMinIntervalSeconds = 1.0;
constexpr quint64 kMax32 = 0xFFFFFFFFull;
/// The largest delta a sample can hold (traffic_samples' bigint columns).
constexpr quint64 kMaxDelta = 0x7FFFFFFFFFFFFFFFull;
} // namespace countermath

/// The traffic between two readings of one counter, or why there is none.
/// Checks in order: the interval (`elapsedSeconds`, wall clock between the
/// readings) is within [1 s, 1 day]; sysUpTime did not go backwards (agent
/// restart); ifCounterDiscontinuityTime did not change, appear or vanish; the
/// counter width did not change; a 32-bit value fits 32 bits. Then a counter
/// that grew gives its difference (Ok), a 32-bit counter that went backwards
/// is taken to have wrapped once (Wrapped, (2^32 - previous) + current), a
/// 64-bit one to have been cleared (Reset: 2^64 octets cannot pass in a
/// polling interval). Finally a delta whose rate exceeds `speedBps` times
/// kSpeedMargin is Implausible; `speedBps` 0 means unknown and skips that
/// check, leaving only kMaxDelta (what a sample can hold).
CounterDelta counterDelta(const CounterReading &previous, const CounterReading &current,
                          double elapsedSeconds, quint64 speedBps);

/// The 5-minute slot (seconds since the epoch, a multiple of 300) a delta
/// covering [fromMs, toMs] (ms since the epoch) is recorded under: the slot
/// that holds the middle of the interval.
qint64 sampleSlot(qint64 fromMs, qint64 toMs);

/// The 5-minute slot (seconds since the epoch) holding the instant `ms`.
qint64 slotOf(qint64 ms);

} // namespace hostdeck
