// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/workerpool.h"
#include "network/portsmodel.h"
#include "telemetry/percentilerater.h"

#include <QDateTime>
#include <QWidget>

#include <optional>
#include <utility>

class QComboBox;
class QLabel;
class QChart;
class QChartView;
class QDateTimeAxis;
class QLineSeries;
class QValueAxis;

namespace hostdeck {

/// The traffic of one port over a period as a chart: inbound and outbound
/// rate (bits/s, the axis in the unit that reads best) and a horizontal line
/// at the period's 95th percentile (PercentileRater) in a chosen direction,
/// its value in the legend. Loads on the worker pool; a newer request
/// supersedes an older one still under way.
class TrafficChart : public QWidget
{
    Q_OBJECT
public:
    enum class Period
    {
        Last24Hours,
        Last7Days,
        Last30Days,
        ThisMonth ///< the calendar month (UTC) up to now
    };

    explicit TrafficChart(WorkerPool *pool, QWidget *parent = nullptr);

    /// Shows the traffic of `portId` ("sw-01 Ethernet1" as `title`); 0 clears the chart.
    void setPort(qint64 portId, const QString &title);
    qint64 portId() const { return m_portId; }
    void setPeriod(Period period);
    Period period() const;
    void setDirection(RateDirection direction);
    RateDirection direction() const;
    /// Reads the series again (new samples arrived).
    void reload();

    /// [from, to) of a period ending at `now` (UTC).
    static std::pair<QDateTime, QDateTime> range(Period period, const QDateTime &now);

    /// The percentile of the series shown; nothing when there are no samples.
    std::optional<PercentileResult> percentile() const { return m_percentile; }
    /// The rates shown, oldest first.
    const QList<TrafficRate> &rates() const { return m_rates; }
    RateUnit unit() const { return m_unit; }
    /// The period shown, [from, to) in UTC; invalid when no port is shown.
    QDateTime from() const { return m_from; }
    QDateTime to() const { return m_to; }
    bool isLoading() const { return m_loading; }

    QChart *chart() const { return m_chart; }
    QLineSeries *inSeries() const { return m_in; }
    QLineSeries *outSeries() const { return m_out; }
    QLineSeries *percentileSeries() const { return m_line; }
    QValueAxis *valueAxis() const { return m_axisY; }
    QComboBox *periodBox() const { return m_periodBox; }
    QComboBox *directionBox() const { return m_directionBox; }

signals:
    /// A load finished (also when it failed: see message()).
    void loaded();
    void message(const QString &text, bool error);

private:
    void apply(const QList<TrafficRate> &rates, const QDateTime &from, const QDateTime &to);
    void updatePercentile();

    WorkerPool *m_pool;
    qint64 m_portId = 0;
    QString m_title;
    int m_generation = 0;
    bool m_loading = false;
    QList<TrafficRate> m_rates;
    std::optional<PercentileResult> m_percentile;
    RateUnit m_unit;
    QDateTime m_from;
    QDateTime m_to;

    QComboBox *m_periodBox;
    QComboBox *m_directionBox;
    QLabel *m_status;
    QChart *m_chart;
    QChartView *m_view;
    QLineSeries *m_in;
    QLineSeries *m_out;
    QLineSeries *m_line;
    QDateTimeAxis *m_axisX;
    QValueAxis *m_axisY;
};

} // namespace hostdeck
