// SPDX-License-Identifier: GPL-3.0-or-later
// PercentileRater: the burstable-billing rule on known vectors. A 30-day
// month of 5-minute samples (8640) drops exactly 432 and bills the 8208th
// lowest; the floor rule around the boundaries (19, 20, 39, 40, 8641
// samples); shuffled input; directions in/out/max/sum; the sample the value
// came from; empty and short series; values that are not rates.
#include "telemetry/percentilerater.h"

#include <QtTest>

#include <algorithm>
#include <cmath>
#include <limits>
#include <random>

using namespace hostdeck;

class TstPercentileRater : public QObject
{
    Q_OBJECT
private slots:
    void droppedCount_data();
    void droppedCount();
    void monthOf5MinuteSamples();
    void shuffledMonthGivesTheSameValue();
    void boundaries_data();
    void boundaries();
    void emptyAndShort();
    void directions();
    void chosenSampleAndTies();
    void notRatesAreIgnored();
    void otherPercentiles();
};

void TstPercentileRater::droppedCount_data()
{
    QTest::addColumn<qsizetype>("n");
    QTest::addColumn<qsizetype>("dropped");
    QTest::newRow("empty") << qsizetype(0) << qsizetype(0);
    QTest::newRow("1") << qsizetype(1) << qsizetype(0);
    QTest::newRow("19") << qsizetype(19) << qsizetype(0);
    QTest::newRow("20") << qsizetype(20) << qsizetype(1);
    QTest::newRow("39") << qsizetype(39) << qsizetype(1);
    QTest::newRow("40") << qsizetype(40) << qsizetype(2);
    QTest::newRow("day 288") << qsizetype(288) << qsizetype(14);
    QTest::newRow("week 2016") << qsizetype(2016) << qsizetype(100);
    QTest::newRow("28 days 8064") << qsizetype(8064) << qsizetype(403);
    QTest::newRow("30 days 8640") << qsizetype(8640) << qsizetype(432);
    QTest::newRow("8641") << qsizetype(8641) << qsizetype(432);
    QTest::newRow("31 days 8928") << qsizetype(8928) << qsizetype(446);
}

void TstPercentileRater::droppedCount()
{
    QFETCH(qsizetype, n);
    QFETCH(qsizetype, dropped);
    QCOMPARE(PercentileRater().droppedCount(n), dropped);
}

// Values 1..8640 (bits/s): 432 dropped (8209..8640), so 8208 is billed.
void TstPercentileRater::monthOf5MinuteSamples()
{
    QList<double> values;
    for (int i = 1; i <= 8640; ++i)
        values << double(i);
    const auto v = PercentileRater().rate(values);
    QVERIFY(v.has_value());
    QCOMPARE(*v, 8208.0);

    // As a series: the result names the sample.
    const QDateTime start(QDate(2026, 11, 1), QTime(0, 0), Qt::UTC);
    QList<TrafficRate> series;
    for (int i = 0; i < 8640; ++i)
        series << TrafficRate{start.addSecs(i * 300), double(i + 1), 0};
    const auto r = PercentileRater().rate(series, RateDirection::In);
    QVERIFY(r.has_value());
    QCOMPARE(r->bps, 8208.0);
    QCOMPARE(r->samples, qsizetype(8640));
    QCOMPARE(r->dropped, qsizetype(432));
    QCOMPARE(r->at, start.addSecs(8207 * 300));
}

void TstPercentileRater::shuffledMonthGivesTheSameValue()
{
    QList<double> values;
    for (int i = 1; i <= 8640; ++i)
        values << double(i) * 1e6;
    std::mt19937 rng(42);
    std::shuffle(values.begin(), values.end(), rng);
    QCOMPARE(*PercentileRater().rate(values), 8208e6);

    // A month with 432 bursts at 10 Gbit/s and 1 Gbit/s otherwise bills 1 Gbit/s;
    // one burst more and the burst is billed.
    QList<double> bursty(8640, 1e9);
    for (int i = 0; i < 432; ++i)
        bursty[i * 20] = 1e10;
    QCOMPARE(*PercentileRater().rate(bursty), 1e9);
    bursty[1] = 1e10;
    QCOMPARE(*PercentileRater().rate(bursty), 1e10);
}

void TstPercentileRater::boundaries_data()
{
    QTest::addColumn<int>("n");
    QTest::addColumn<double>("expected"); // values are 1..n
    QTest::newRow("1: the peak") << 1 << 1.0;
    QTest::newRow("19: the peak") << 19 << 19.0;
    QTest::newRow("20: second highest") << 20 << 19.0;
    QTest::newRow("39: second highest") << 39 << 38.0;
    QTest::newRow("40: third highest") << 40 << 38.0;
    QTest::newRow("8641: 432 dropped") << 8641 << 8209.0;
}

void TstPercentileRater::boundaries()
{
    QFETCH(int, n);
    QFETCH(double, expected);
    QList<double> values;
    for (int i = n; i >= 1; --i)
        values << double(i);
    QCOMPARE(*PercentileRater().rate(values), expected);
}

void TstPercentileRater::emptyAndShort()
{
    QVERIFY(!PercentileRater().rate(QList<double>{}).has_value());
    QVERIFY(!PercentileRater().rate(QList<TrafficRate>{}, RateDirection::Max).has_value());
    QCOMPARE(*PercentileRater().rate(QList<double>{0.0}), 0.0);
    QCOMPARE(*PercentileRater().rate(QList<double>{5, 3, 9}), 9.0);
}

void TstPercentileRater::directions()
{
    const QDateTime t0(QDate(2026, 11, 1), QTime(0, 0), Qt::UTC);
    // 20 samples: in = i, out = 40 - 2i; one sample is dropped from the top.
    QList<TrafficRate> series;
    for (int i = 1; i <= 20; ++i)
        series << TrafficRate{t0.addSecs(i * 300), double(i), double(40 - 2 * i)};
    const PercentileRater rater;
    QCOMPARE(rater.rate(series, RateDirection::In)->bps, 19.0);
    QCOMPARE(rater.rate(series, RateDirection::Out)->bps, 36.0);
    // max per sample: 38, 36, ..., then in wins from i = 14: the two highest are 38 and 36.
    QCOMPARE(rater.rate(series, RateDirection::Max)->bps, 36.0);
    // sum: 40 - i, highest 39 (i = 1), second 38.
    QCOMPARE(rater.rate(series, RateDirection::Sum)->bps, 38.0);
    QCOMPARE(rater.rate(series, RateDirection::Sum)->at, t0.addSecs(2 * 300));
    QCOMPARE(PercentileRater::value(series[0], RateDirection::Max), 38.0);
    QCOMPARE(PercentileRater::value(series[0], RateDirection::Sum), 39.0);
}

void TstPercentileRater::chosenSampleAndTies()
{
    const QDateTime t0(QDate(2026, 11, 1), QTime(0, 0), Qt::UTC);
    // 20 equal values: the value is that value, the sample is the second by time
    // (the first was dropped), whatever the input order.
    QList<TrafficRate> series;
    for (int i = 19; i >= 0; --i)
        series << TrafficRate{t0.addSecs(i * 300), 7.0, 0};
    const auto r = PercentileRater().rate(series, RateDirection::In);
    QCOMPARE(r->bps, 7.0);
    QCOMPARE(r->at, t0.addSecs(300));
}

void TstPercentileRater::notRatesAreIgnored()
{
    QList<double> values{std::numeric_limits<double>::quiet_NaN(), -1, 4, 2};
    QCOMPARE(*PercentileRater().rate(values), 4.0);
    QVERIFY(!PercentileRater().rate(QList<double>{-5, std::numeric_limits<double>::quiet_NaN()}).has_value());
    QList<TrafficRate> series{TrafficRate{QDateTime(), -3, 1}};
    QVERIFY(!PercentileRater().rate(series, RateDirection::In).has_value());
    QCOMPARE(PercentileRater().rate(series, RateDirection::Out)->bps, 1.0);
}

void TstPercentileRater::otherPercentiles()
{
    QList<double> values;
    for (int i = 1; i <= 100; ++i)
        values << double(i);
    QCOMPARE(*PercentileRater(90).rate(values), 90.0);
    QCOMPARE(*PercentileRater(100).rate(values), 100.0);
    QCOMPARE(PercentileRater(150).percentile(), 100);
    QCOMPARE(PercentileRater(0).percentile(), 1);
    // floor(100 * 99 / 100) = 99 of 100 dropped: the lowest remains.
    QCOMPARE(*PercentileRater(1).rate(values), 1.0);
}

QTEST_GUILESS_MAIN(TstPercentileRater)
#include "tst_percentilerater.moc"
