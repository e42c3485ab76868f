// SPDX-License-Identifier: GPL-3.0-or-later
// The "Out-of-band" panel with the real drivers (makeBmcFactory) against the
// project's Redfish BMC fake over HTTPS: first use shows the certificate the
// BMC presents, accepting pins it in the database and the state query
// succeeds; a power action reaches the BMC; a new certificate is refused
// until accepted again.
#include "bmcfactory.h"
#include "bmcpanel.h"
#include "database.h"
#include "redfishpeer.h"
#include "testdatabase.h"
#include "workerpool.h"

#include <QJsonObject>
#include <QMessageBox>
#include <QPushButton>
#include <QtTest>

using namespace hostdeck;

namespace {
constexpr int kWait = 30000;
}

class TstBmcPanelRedfish : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void pinOnFirstUsePowerAndRenewal();

private:
    QString pinned();

    std::unique_ptr<test::TestDatabase> m_db;
    std::unique_ptr<WorkerPool> m_pool;
    test::RedfishPeer m_peer;
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
    BmcPanel panel(m_pool.get());
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

QTEST_MAIN(TstBmcPanelRedfish)
#include "tst_bmcpanelredfish.moc"
