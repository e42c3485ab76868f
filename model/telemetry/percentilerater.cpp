// SPDX-License-Identifier: GPL-3.0-or-later
#include "telemetry/percentilerater.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace hostdeck {

PercentileRater::PercentileRater(int percentile)
    : m_percentile(std::clamp(percentile, 1, 100))
{}

qsizetype PercentileRater::droppedCount(qsizetype n) const
{
    if (n <= 0)
        return 0;
    // Integer arithmetic: 8640 * 5 / 100 is exactly 432, with no rounding of 0.05.
    return qsizetype((qint64(n) * (100 - m_percentile)) / 100);
}

double PercentileRater::value(const TrafficRate &sample, RateDirection direction)
{
    switch (direction) {
    case RateDirection::In:
        return sample.inBps;
    case RateDirection::Out:
        return sample.outBps;
    case RateDirection::Max:
        return std::max(sample.inBps, sample.outBps);
    case RateDirection::Sum:
        return sample.inBps + sample.outBps;
    }
    return 0;
}

std::optional<double> PercentileRater::rate(QList<double> values) const
{
    values.removeIf([](double v) { return std::isnan(v) || v < 0; });
    if (values.isEmpty())
        return std::nullopt;
    const qsizetype k = droppedCount(values.size());
    // The (k+1)-th highest value.
    auto nth = values.begin() + k;
    std::nth_element(values.begin(), nth, values.end(), std::greater<double>());
    return *nth;
}

std::optional<PercentileResult> PercentileRater::rate(const QList<TrafficRate> &series,
                                                      RateDirection direction) const
{
    QList<qsizetype> order;
    order.reserve(series.size());
    for (qsizetype i = 0; i < series.size(); ++i) {
        const double v = value(series[i], direction);
        if (!std::isnan(v) && v >= 0)
            order << i;
    }
    if (order.isEmpty())
        return std::nullopt;
    // Highest first; equal values keep the earlier sample first.
    std::stable_sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) {
        const double va = value(series[a], direction);
        const double vb = value(series[b], direction);
        if (va != vb)
            return va > vb;
        return series[a].at < series[b].at;
    });
    PercentileResult result;
    result.samples = order.size();
    result.dropped = droppedCount(order.size());
    const TrafficRate &chosen = series[order[result.dropped]];
    result.bps = value(chosen, direction);
    result.at = chosen.at;
    return result;
}

} // namespace hostdeck
