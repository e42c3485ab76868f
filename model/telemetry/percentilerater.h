// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>

#include <optional>

namespace hostdeck {

/// One 5-minute traffic sample as a rate: bits per second in each direction
/// over the interval that starts at `at` (traffic_samples: bytes * 8 / interval_s).
struct TrafficRate
{
    QDateTime at;
    double inBps = 0;
    double outBps = 0;
};

/// Which value of a sample is rated: the inbound or the outbound rate, the
/// larger of the two (the usual billing rule for a port), or their sum.
enum class RateDirection
{
    In,
    Out,
    Max,
    Sum
};

/// The outcome of rating a series.
struct PercentileResult
{
    double bps = 0;        ///< the rated value (bits per second)
    qsizetype samples = 0; ///< how many samples were rated
    qsizetype dropped = 0; ///< how many of the highest were dropped
    QDateTime at;          ///< when the sample that gives the value started
};

/// Burstable ("95th percentile") rating over 5-minute samples, as billing
/// uses it. The rule, exactly: sort the n sample values from highest to
/// lowest, drop the top floor(n * (100 - p) / 100) of them (never more than
/// 100 - p percent, computed in integers), and the highest remaining value is
/// the result. For p = 95 and a 30-day month of 8640 samples, 432 are dropped
/// and the 433rd highest (the 8208th lowest) is the value; with fewer than 20
/// samples nothing is dropped and the peak is billed. Samples that are
/// missing are not invented: only the samples given are rated. Equal values
/// are ordered by time, so the chosen sample is deterministic. Pure
/// functions; thread-safe.
class PercentileRater
{
public:
    /// `percentile` in 1..100; values outside are clamped.
    explicit PercentileRater(int percentile = 95);

    int percentile() const { return m_percentile; }

    /// How many of `n` samples are dropped from the top: floor(n * (100 - p) / 100).
    qsizetype droppedCount(qsizetype n) const;

    /// The rated value of plain values; nothing for an empty list. Negative
    /// and NaN values are not rates and are ignored.
    std::optional<double> rate(QList<double> values) const;

    /// The rated value of a series in one direction, with the sample it came
    /// from; nothing for an empty series.
    std::optional<PercentileResult> rate(const QList<TrafficRate> &series, RateDirection direction) const;

    /// The value of one sample in a direction.
    static double value(const TrafficRate &sample, RateDirection direction);

private:
    int m_percentile;
};

} // namespace hostdeck
