// SPDX-License-Identifier: GPL-3.0-or-later
// The "Out-of-band" panel with the real drivers (makeBmcFactory) against the
// project's Redfish BMC fake over HTTPS: first use shows the certificate the
// BMC presents, accepting pins it in the database and the state query
// succeeds; a power action reaches the BMC; a new certificate is refused
// until accepted again. A service that serves several systems is refused
// until the operator names the device's one, chosen from what the BMC lists.
// A power action the BMC answers too late is reported as failed, was sent
// exactly once, and held no database thread while it waited.
#include "bmcfactory.h"
#include "core/database.h"
#include "core/peerpool.h"
#include "core/workerpool.h"
#include "oob/bmcpanel.h"
#include "redfishpeer.h"
#include "testdatabase.h"

#include <QComboBox>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QMessageBox>
#include <QPushButton>
#include <QtTest>

using namespace hostdeck;

namespace {
constexpr int kWait = 30000;

// The real drivers with a shorter request timeout than a device's 30 s, so a BMC that answers
// late times out within the test.
class ShortTimeoutFactory : public BmcFactory
{
public:
    explicit ShortTimeoutFactory(int timeoutMs)
        : m_inner(makeBmcFactory())
        , m_timeoutMs(timeoutMs)
    {}
    Result<std::unique_ptr<BmcSession>> open(const BmcTarget &target) override
    {
        BmcTarget t = target;
        t.timeoutMs = m_timeoutMs;
        return m_inner->open(t);
    }
    Result<QString> certificateSha256(const BmcTarget &target) override
    {
        return m_inner->certificateSha256(target);
    }

private:
    std::shared_ptr<BmcFactory> m_inner;
    int m_timeoutMs;
};
} // namespace

class TstBmcPanelRedfish : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void pinOnFirstUsePowerAndRenewal();
    void severalSystemsAreChosenFrom();
    void timedOutPowerActionIsSentOnce();

private:
    QString pinned();

    std::unique_ptr<test::TestDatabase> m_db;
    std::unique_ptr<WorkerPool> m_pool;
    PeerPool m_peers{4}; // after m_pool: destroyed first, its jobs use the WorkerPool
    test::RedfishPeer m_peer;
    test::RedfishPeer m_chassis; ///< one service, two systems (System.Embedded.1 and Blade2)
    qint64 m_device = 0;
};

QString TstBmcPanelRedfish::pinned()
{
    QSqlDatabase db = m_db->connection();
    auto q = db::exec(db, QStringLiteral("SELECT COALESCE(redfish_cert_sha256, '') FROM device_bmc"));
    return q && q->next() ? q->value(0).toString() : QStringLiteral("<none>");
}

void TstBmcPanelRedfish::initTestCase()
{
    QVERIFY2(m_peer.start(), qPrintable(m_peer.error()));
    m_db = std::make_unique<test::TestDatabase>(QStringLiteral("views_bmcpanel_redfish"));
    QVERIFY2(m_db->ok(), qPrintable(m_db->error()));
    QVERIFY(m_db->superExec(
        QStringLiteral("INSERT INTO device_types (manufacturer, model, kind, u_height) VALUES "
                       " ('Dell', 'R650', 'server', 1);"
                       "INSERT INTO devices (device_type_id, name) SELECT id, 'rf-01' FROM device_types;")));
    QSqlDatabase db = m_db->connection();
    auto q = db::exec(
        db,
        QStringLiteral("INSERT INTO device_bmc (device_id, bmc_kind, bmc_address, bmc_username, "
                       "bmc_secret) SELECT id, 'redfish', :url, 'root', 'calvin-secret' FROM devices "
                       "RETURNING device_id"),
        {{QStringLiteral("url"), m_peer.url()}});
    QVERIFY(q && q->next());
    m_device = q->value(0).toLongLong();
    m_pool = std::make_unique<WorkerPool>(m_db->settings(), 4);
}

void TstBmcPanelRedfish::pinOnFirstUsePowerAndRenewal()
{
    BmcPanel panel(m_pool.get(), &m_peers);
    panel.setFactory(makeBmcFactory());
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    panel.showDevice(m_device, QStringLiteral("rf-01"));

    // First use: refused before credentials are sent, and the presented certificate is shown.
    QTRY_COMPARE_WITH_TIMEOUT(panel.certificateProblem(), QStringLiteral("certificate-unpinned"), kWait);
    QTRY_COMPARE_WITH_TIMEOUT(panel.presentedFingerprint(), m_peer.certificateSha256(), kWait);
    QTRY_VERIFY_WITH_TIMEOUT(!panel.isBusy(), kWait);
    for (const QJsonObject &request : m_peer.requestLog())
        QVERIFY(!request.value(QStringLiteral("auth")).toBool());

    QTest::mouseClick(panel.acceptCertificateButton(), Qt::LeftButton);
    QVERIFY(panel.certificateDialog());
    QTest::mouseClick(panel.certificateDialog()->acceptButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(panel.certificateProblem().isEmpty(), kWait);
    QTRY_VERIFY_WITH_TIMEOUT(!panel.isBusy(), kWait);
    QCOMPARE(pinned(), m_peer.certificateSha256());
    const QString power = m_peer.state().value(QStringLiteral("power")).toString();
    QCOMPARE(panel.stateText(), power);

    // A power action through the real session.
    const PowerAction action = power == QLatin1String("On") ? PowerAction::Off : PowerAction::On;
    QTest::mouseClick(panel.powerButton(action), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(panel.confirmation(), kWait);
    QTest::mouseClick(panel.confirmation()->button(QMessageBox::Yes), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(panel.resultText().contains(QStringLiteral("done")) ||
                                 panel.resultText().contains(QStringLiteral("failed")),
                             kWait);
    QVERIFY2(panel.resultText().contains(QStringLiteral("done")), qPrintable(panel.resultText()));
    QTRY_VERIFY_WITH_TIMEOUT(!panel.isBusy(), kWait);
    QCOMPARE(m_peer.state().value(QStringLiteral("power")).toString(),
             action == PowerAction::Off ? QStringLiteral("Off") : QStringLiteral("On"));

    // A new certificate: refused until accepted again.
    const QString old = m_peer.certificateSha256();
    QVERIFY2(m_peer.restart(true), qPrintable(m_peer.error()));
    QVERIFY(m_peer.certificateSha256() != old);
    QTest::mouseClick(panel.refreshButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(panel.certificateProblem(), QStringLiteral("certificate-changed"), kWait);
    QTRY_COMPARE_WITH_TIMEOUT(panel.presentedFingerprint(), m_peer.certificateSha256(), kWait);
    QTRY_VERIFY_WITH_TIMEOUT(!panel.isBusy(), kWait);
    QCOMPARE(pinned(), old);
    QTest::mouseClick(panel.acceptCertificateButton(), Qt::LeftButton);
    QVERIFY(panel.certificateDialog());
    QCOMPARE(panel.certificateDialog()->pinnedText(), formatFingerprint(old));
    QTest::mouseClick(panel.certificateDialog()->acceptButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(panel.certificateProblem().isEmpty(), kWait);
    QTRY_VERIFY_WITH_TIMEOUT(!panel.isBusy(), kWait);
    QCOMPARE(pinned(), m_peer.certificateSha256());
    QVERIFY(panel.stateText() == QLatin1String("On") || panel.stateText() == QLatin1String("Off"));
}

void TstBmcPanelRedfish::severalSystemsAreChosenFrom()
{
    test::RedfishPeer::Options options;
    options.blades = 1;
    QVERIFY2(m_chassis.start(options), qPrintable(m_chassis.error()));
    QVERIFY(m_db->superExec(
        QStringLiteral("INSERT INTO devices (device_type_id, name) SELECT id, 'blade-02' FROM device_types;"
                       "INSERT INTO device_bmc (device_id, bmc_kind, bmc_address, bmc_username, bmc_secret, "
                       " redfish_cert_sha256, cert_pinned_at) SELECT id, 'redfish', '%1', 'root', "
                       " 'calvin-secret', '%2', now() FROM devices WHERE name = 'blade-02';")
            .arg(m_chassis.url(), m_chassis.certificateSha256())));
    QSqlDatabase db = m_db->connection();
    auto q = db::exec(db, QStringLiteral("SELECT id FROM devices WHERE name = 'blade-02'"));
    QVERIFY(q && q->next());
    const qint64 blade = q->value(0).toLongLong();

    BmcPanel panel(m_pool.get(), &m_peers);
    panel.setFactory(makeBmcFactory());
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    panel.showDevice(blade, QStringLiteral("blade-02"));

    // The state query is refused rather than guessed, and the BMC's systems are offered.
    QTRY_COMPARE_WITH_TIMEOUT(panel.systemProblem(), QStringLiteral("redfish-system-ambiguous"), kWait);
    QTRY_VERIFY_WITH_TIMEOUT(!panel.isBusy(), kWait);
    QCOMPARE(panel.stateText(), QStringLiteral("Unknown"));
    QComboBox *choice = panel.systemChoice();
    QVERIFY(choice->isVisible());
    QCOMPARE(choice->count(), 2);
    QVERIFY2(choice->itemText(1).startsWith(QStringLiteral("Blade2 (serial BLD0002)")),
             qPrintable(choice->itemText(1)));
    QCOMPARE(choice->itemData(1).toString(), QStringLiteral("Blade2"));
    QCOMPARE(choice->itemData(0).toString(), QStringLiteral("System.Embedded.1"));

    // Choosing stores it and the state is read from that system.
    choice->setCurrentIndex(1);
    QVERIFY(panel.useSystemButton()->isEnabled());
    const int requestsBefore = int(m_chassis.requestLog().size());
    QTest::mouseClick(panel.useSystemButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(panel.systemProblem().isEmpty(), kWait);
    QTRY_VERIFY_WITH_TIMEOUT(!panel.isBusy() && panel.stateText() == QLatin1String("On"), kWait);
    QCOMPARE(panel.systemText(), QStringLiteral("Blade2"));
    QVERIFY(!choice->isVisible());
    q = db::exec(db, QStringLiteral("SELECT redfish_system FROM device_bmc WHERE device_id = :id"),
                 {{QStringLiteral("id"), blade}});
    QVERIFY(q && q->next());
    QCOMPARE(q->value(0).toString(), QStringLiteral("Blade2"));
    bool askedBlade = false;
    const QList<QJsonObject> log = m_chassis.requestLog();
    for (qsizetype i = requestsBefore; i < log.size(); ++i)
        askedBlade |=
            log.at(i).value(QStringLiteral("path")).toString() == QLatin1String("/redfish/v1/Systems/Blade2");
    QVERIFY(askedBlade);

    // Later the choice can be changed from the System row; the list preselects the stored one.
    QVERIFY(panel.chooseSystemButton()->isEnabled());
    QTest::mouseClick(panel.chooseSystemButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(choice->count(), 2, kWait);
    QTRY_VERIFY_WITH_TIMEOUT(!panel.isBusy(), kWait);
    QCOMPARE(choice->currentData().toString(), QStringLiteral("Blade2"));
}

void TstBmcPanelRedfish::timedOutPowerActionIsSentOnce()
{
    QVERIFY(m_db->superExec(
        QStringLiteral("UPDATE device_bmc SET redfish_cert_sha256 = '%1', cert_pinned_at = now() "
                       "WHERE device_id = %2")
            .arg(m_peer.certificateSha256())
            .arg(m_device)));
    // One database thread only: if the BMC call held it, the read below would wait for the timeout.
    WorkerPool onePool(m_db->settings(), 1);
    PeerPool peers(2); // destroyed before onePool
    BmcPanel panel(&onePool, &peers);
    panel.setFactory(std::make_shared<ShortTimeoutFactory>(5000));
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    panel.showDevice(m_device, QStringLiteral("rf-01"));
    QTRY_VERIFY_WITH_TIMEOUT(!panel.isBusy() && !panel.stateText().isEmpty(), kWait);
    QVERIFY2(panel.certificateProblem().isEmpty(), qPrintable(panel.certificateProblem()));

    const QString reset =
        QStringLiteral("/redfish/v1/Systems/System.Embedded.1/Actions/ComputerSystem.Reset");
    QVERIFY(m_peer.setFaults(QJsonObject{{QStringLiteral("slow"), QJsonObject{{reset, 8}}}}));
    const auto resets = [&] {
        int n = 0;
        for (const QJsonObject &r : m_peer.requestLog())
            n += r.value(QStringLiteral("method")).toString() == QLatin1String("POST") &&
                 r.value(QStringLiteral("path")).toString() == reset;
        return n;
    };
    const int before = resets();
    const PowerAction action = panel.stateText() == QLatin1String("On") ? PowerAction::Off : PowerAction::On;
    QTest::mouseClick(panel.powerButton(action), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(panel.confirmation(), kWait);
    QTest::mouseClick(panel.confirmation()->button(QMessageBox::Yes), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(resets(), before + 1, kWait);

    // The BMC is still sitting on the request, and the database thread is free: the read does not
    // wait for the BMC call's 5 s timeout (it would, were the call holding the pool's one thread).
    QElapsedTimer waited;
    waited.start();
    auto read = onePool.readAndWait<int>([](QSqlDatabase &db) -> Result<int> {
        auto q = db::exec(db, QStringLiteral("SELECT 7"));
        if (!q || !q->next())
            return Error::failure(QStringLiteral("no answer"));
        return q->value(0).toInt();
    });
    QVERIFY(read.ok());
    QCOMPARE(read.value(), 7);
    QVERIFY2(waited.elapsed() < 2500, qPrintable(QString::number(waited.elapsed())));
    QVERIFY(panel.isBusy());

    // Timed out: failed, said so, and not sent again (not by the panel, not by a pool).
    QTRY_VERIFY_WITH_TIMEOUT(panel.resultText().contains(QStringLiteral("failed")), kWait);
    QVERIFY2(panel.resultText().contains(QStringLiteral("did not answer")), qPrintable(panel.resultText()));
    QTRY_VERIFY_WITH_TIMEOUT(!panel.isBusy(), kWait);
    QTest::qWait(2000); // a repeated request would be sent at once, and logged on arrival
    QCOMPARE(resets(), before + 1);
    QVERIFY(m_peer.setFaults(QJsonObject{{QStringLiteral("clear"), true}}));
}

QTEST_MAIN(TstBmcPanelRedfish)
#include "tst_bmcpanelredfish.moc"
