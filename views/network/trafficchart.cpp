// SPDX-License-Identifier: GPL-3.0-or-later
#include "network/trafficchart.h"

#include "core/deliver.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateTimeAxis>
#include <QHBoxLayout>
#include <QLabel>
#include <QLegend>
#include <QLineSeries>
#include <QPen>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>

namespace hostdeck {

TrafficChart::TrafficChart(WorkerPool *pool, QWidget *parent)
    : QWidget(parent)
    , m_pool(pool)
{
    m_periodBox = new QComboBox(this);
    m_periodBox->setObjectName(QStringLiteral("trafficPeriod"));
    m_periodBox->addItem(tr("Last 24 hours"), int(Period::Last24Hours));
    m_periodBox->addItem(tr("Last 7 days"), int(Period::Last7Days));
    m_periodBox->addItem(tr("Last 30 days"), int(Period::Last30Days));
    m_periodBox->addItem(tr("This month (UTC)"), int(Period::ThisMonth));
    m_directionBox = new QComboBox(this);
    m_directionBox->setObjectName(QStringLiteral("trafficDirection"));
    m_directionBox->addItem(tr("95th percentile of inbound"), int(RateDirection::In));
    m_directionBox->addItem(tr("95th percentile of outbound"), int(RateDirection::Out));
    m_directionBox->addItem(tr("95th percentile of the larger direction"), int(RateDirection::Max));
    m_status = new QLabel(this);

    m_chart = new QChart;
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_in = new QLineSeries(m_chart);
    m_in->setName(tr("In"));
    m_in->setPen(QPen(QColor(0x2e, 0x7d, 0x32), 1.5));
    m_out = new QLineSeries(m_chart);
    m_out->setName(tr("Out"));
    m_out->setPen(QPen(QColor(0x15, 0x65, 0xc0), 1.5));
    m_line = new QLineSeries(m_chart);
    m_line->setPen(QPen(QColor(0xc6, 0x28, 0x28), 1.5, Qt::DashLine));
    m_chart->addSeries(m_in);
    m_chart->addSeries(m_out);
    m_chart->addSeries(m_line);
    m_axisX = new QDateTimeAxis(m_chart);
    m_axisX->setFormat(QStringLiteral("dd.MM HH:mm"));
    m_axisX->setTitleText(tr("UTC"));
    m_axisY = new QValueAxis(m_chart);
    m_axisY->setMin(0);
    m_axisY->setLabelFormat(QStringLiteral("%.3g"));
    m_chart->addAxis(m_axisX, Qt::AlignBottom);
    m_chart->addAxis(m_axisY, Qt::AlignLeft);
    for (QLineSeries *s : {m_in, m_out, m_line}) {
        s->attachAxis(m_axisX);
        s->attachAxis(m_axisY);
    }
    m_view = new QChartView(m_chart, this);
    m_view->setObjectName(QStringLiteral("trafficChartView"));
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(220);

    auto *controls = new QHBoxLayout;
    controls->addWidget(m_periodBox);
    controls->addWidget(m_directionBox);
    controls->addWidget(m_status, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(controls);
    layout->addWidget(m_view, 1);

    connect(m_periodBox, &QComboBox::currentIndexChanged, this, [this] { reload(); });
    connect(m_directionBox, &QComboBox::currentIndexChanged, this, [this] { updatePercentile(); });
    setPort(0, {});
}

std::pair<QDateTime, QDateTime> TrafficChart::range(Period period, const QDateTime &now)
{
    const QDateTime to = now.toUTC();
    switch (period) {
    case Period::Last24Hours:
        return {to.addSecs(-24 * 3600), to};
    case Period::Last7Days:
        return {to.addDays(-7), to};
    case Period::Last30Days:
        return {to.addDays(-30), to};
    case Period::ThisMonth:
        return {QDateTime(QDate(to.date().year(), to.date().month(), 1), QTime(0, 0), Qt::UTC), to};
    }
    return {to.addSecs(-24 * 3600), to};
}

void TrafficChart::setPort(qint64 portId, const QString &title)
{
    m_portId = portId;
    m_title = title;
    if (portId == 0) {
        ++m_generation;
        m_loading = false;
        m_chart->setTitle(tr("Select a port to see its traffic."));
        apply({}, {}, {});
        return;
    }
    reload();
}

void TrafficChart::setPeriod(Period period)
{
    m_periodBox->setCurrentIndex(m_periodBox->findData(int(period)));
}

TrafficChart::Period TrafficChart::period() const
{
    return Period(m_periodBox->currentData().toInt());
}

void TrafficChart::setDirection(RateDirection direction)
{
    m_directionBox->setCurrentIndex(m_directionBox->findData(int(direction)));
}

RateDirection TrafficChart::direction() const
{
    return RateDirection(m_directionBox->currentData().toInt());
}

void TrafficChart::reload()
{
    if (m_portId == 0 || !m_pool)
        return;
    const int generation = ++m_generation;
    const auto [from, to] = range(period(), QDateTime::currentDateTimeUtc());
    const qint64 portId = m_portId;
    m_loading = true;
    m_status->setText(tr("Loading…"));
    m_pool->read<QList<TrafficRate>>(
        [portId, from, to](QSqlDatabase &db) -> Result<QList<TrafficRate>> {
            TrafficRepository repository(db);
            return repository.series(portId, from, to);
        },
        this,
        [this, generation, from, to](const Result<QList<TrafficRate>> &r) {
            if (generation != m_generation)
                return; // superseded
            m_loading = false;
            if (!r) {
                m_status->setText(tr("Could not load the traffic: %1").arg(r.error().message));
                emit message(tr("Could not load the traffic of %1: %2").arg(m_title, r.error().message),
                             true);
                emit loaded();
                return;
            }
            apply(*r, from, to);
            emit loaded();
        });
}

void TrafficChart::apply(const QList<TrafficRate> &rates, const QDateTime &from, const QDateTime &to)
{
    m_rates = rates;
    m_from = from;
    m_to = to;
    double peak = 0;
    for (const TrafficRate &r : rates)
        peak = std::max({peak, r.inBps, r.outBps});
    m_unit = rateUnitFor(peak);
    QList<QPointF> in;
    QList<QPointF> out;
    in.reserve(rates.size());
    out.reserve(rates.size());
    for (const TrafficRate &r : rates) {
        const double x = double(r.at.toMSecsSinceEpoch());
        in << QPointF(x, r.inBps / m_unit.divisor);
        out << QPointF(x, r.outBps / m_unit.divisor);
    }
    m_in->replace(in);
    m_out->replace(out);
    m_axisY->setTitleText(m_unit.name);
    m_axisY->setRange(0, peak > 0 ? peak / m_unit.divisor * 1.1 : 1);
    if (from.isValid() && to.isValid()) {
        m_axisX->setRange(from, to);
        m_axisX->setFormat(from.secsTo(to) > 2 * 86400 ? QStringLiteral("dd.MM") : QStringLiteral("HH:mm"));
    }
    if (m_portId != 0)
        m_chart->setTitle(m_title);
    if (m_portId != 0)
        m_status->setText(rates.isEmpty() ? tr("No traffic samples in this period.")
                                          : tr("%n samples", nullptr, int(rates.size())));
    else
        m_status->clear();
    updatePercentile();
}

void TrafficChart::updatePercentile()
{
    m_percentile = PercentileRater(95).rate(m_rates, direction());
    if (!m_percentile || !m_from.isValid()) {
        m_line->clear();
        m_line->setName(tr("95th percentile: no samples"));
        return;
    }
    const double y = m_percentile->bps / m_unit.divisor;
    m_line->replace(
        {QPointF(double(m_from.toMSecsSinceEpoch()), y), QPointF(double(m_to.toMSecsSinceEpoch()), y)});
    QString which;
    switch (direction()) {
    case RateDirection::In:
        which = tr("in");
        break;
    case RateDirection::Out:
        which = tr("out");
        break;
    case RateDirection::Max:
        which = tr("max of in/out");
        break;
    case RateDirection::Sum:
        which = tr("in + out");
        break;
    }
    m_line->setName(tr("95th percentile (%1): %2").arg(which, formatRate(m_percentile->bps)));
}

} // namespace hostdeck
