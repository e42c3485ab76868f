// SPDX-License-Identifier: GPL-3.0-or-later
// RedfishClient against the project's Redfish BMC fake in four vendor layouts.
#include "dnspeers.h"
#include "httpclient.h"
#include "redfishclient.h"
#include "redfishpeer.h"
#include "redfishsession.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QTest>

#include <memory>

using namespace hostdeck;

namespace {
/// The Redfish fake over HTTPS with its certificate pinned (test::RedfishPeer).
class RedfishFake
{
public:
    bool start(const QString &vendor, const QString &user, const QString &password,
               bool sessionService = true)
    {
        test::RedfishPeer::Options options;
        options.vendor = vendor;
        options.user = user;
        options.password = password;
        options.sessionService = sessionService;
        return m_peer.start(options);
    }
    QString error() const { return m_peer.error(); }
    QString url() const { return m_peer.url(); }
    QString sha() const { return m_peer.certificateSha256(); }

private:
    test::RedfishPeer m_peer;
};

const QString kUser = QStringLiteral("root");
const QString kPassword = QStringLiteral("calvin-secret");

RedfishConfig config(const QString &url, const QString &password = kPassword, const QString &sha = {})
{
    RedfishConfig c;
    c.pinnedSha256 = sha;
    c.baseUrl = url;
    c.user = kUser;
    c.password = password;
    c.connectTimeoutMs = 3000;
    c.timeoutMs = 10000;
    return c;
}
} // namespace

class TstRedfish : public QObject
{
    Q_OBJECT

private:
    static void vendorData()
    {
        QTest::addColumn<QString>("vendor");
        QTest::addColumn<QString>("system");
        QTest::addColumn<QString>("manager");
        QTest::addColumn<QStringList>("allowed");
        QTest::addColumn<QString>("disallowed");
        QTest::newRow("dell") << QStringLiteral("dell")
                              << QStringLiteral("/redfish/v1/Systems/System.Embedded.1")
                              << QStringLiteral("/redfish/v1/Managers/iDRAC.Embedded.1")
                              << QStringList{QStringLiteral("On"),
                                             QStringLiteral("ForceOff"),
                                             QStringLiteral("ForceRestart"),
                                             QStringLiteral("GracefulRestart"),
                                             QStringLiteral("GracefulShutdown"),
                                             QStringLiteral("PushPowerButton"),
                                             QStringLiteral("Nmi"),
                                             QStringLiteral("PowerCycle")}
                              << QStringLiteral("ForceOn");
        QTest::newRow("hpe") << QStringLiteral("hpe") << QStringLiteral("/redfish/v1/Systems/1")
                             << QStringLiteral("/redfish/v1/Managers/1")
                             << QStringList{QStringLiteral("On"),
                                            QStringLiteral("ForceOff"),
                                            QStringLiteral("GracefulShutdown"),
                                            QStringLiteral("ForceRestart"),
                                            QStringLiteral("Nmi"),
                                            QStringLiteral("PushPowerButton"),
                                            QStringLiteral("GracefulRestart")}
                             << QStringLiteral("PowerCycle");
        // Lenovo lists the allowed values only through @Redfish.ActionInfo.
        QTest::newRow("lenovo") << QStringLiteral("lenovo") << QStringLiteral("/redfish/v1/Systems/1")
                                << QStringLiteral("/redfish/v1/Managers/1")
                                << QStringList{QStringLiteral("On"),
                                               QStringLiteral("Nmi"),
                                               QStringLiteral("GracefulShutdown"),
                                               QStringLiteral("GracefulRestart"),
                                               QStringLiteral("ForceOn"),
                                               QStringLiteral("ForceOff"),
                                               QStringLiteral("ForceRestart")}
                                << QStringLiteral("PushPowerButton");
        QTest::newRow("supermicro") << QStringLiteral("supermicro") << QStringLiteral("/redfish/v1/Systems/1")
                                    << QStringLiteral("/redfish/v1/Managers/1")
                                    << QStringList{QStringLiteral("On"),
                                                   QStringLiteral("ForceOff"),
                                                   QStringLiteral("GracefulShutdown"),
                                                   QStringLiteral("GracefulRestart"),
                                                   QStringLiteral("ForceRestart"),
                                                   QStringLiteral("Nmi"),
                                                   QStringLiteral("ForceOn")}
                                    << QStringLiteral("PowerCycle");
    }

private slots:
    void discoveryAndSession_data() { vendorData(); }
    void discoveryAndSession()
    {
        QFETCH(QString, vendor);
        QFETCH(QString, system);
        QFETCH(QString, manager);
        RedfishFake fake;
        QVERIFY2(fake.start(vendor, kUser, kPassword), qPrintable(fake.error()));
        RedfishClient client(config(fake.url(), kPassword, fake.sha()));
        const Status login = client.login();
        QVERIFY2(login.ok(), login.ok() ? "" : qPrintable(login.error().fullText()));
        QVERIFY(client.usesSession());
        QCOMPARE(client.systems(), QStringList{system});
        QCOMPARE(client.managers(), QStringList{manager});

        auto sessions =
            client.request(QByteArrayLiteral("GET"), QStringLiteral("/redfish/v1/SessionService/Sessions"),
                           QStringLiteral("listing sessions"));
        QVERIFY(sessions.ok());
        QCOMPARE(QJsonDocument::fromJson(sessions->body)
                     .object()
                     .value(QLatin1String("Members@odata.count"))
                     .toInt(),
                 1);

        QVERIFY(client.logout().ok());
        QVERIFY(!client.loggedIn());
        QVERIFY(client.systems().isEmpty());
        // The session is gone on the BMC: a fresh Basic-authenticated look sees none.
        HttpRequest look;
        look.url = fake.url() + QStringLiteral("/redfish/v1/SessionService/Sessions");
        look.headers = {
            {QByteArrayLiteral("Authorization"), "Basic " + (kUser + u':' + kPassword).toUtf8().toBase64()}};
        look.pinCertificate = true;
        look.pinnedSha256 = fake.sha();
        auto after = HttpClient::send(look);
        QVERIFY(after.ok());
        QCOMPARE(after->status, 200);
        QCOMPARE(
            QJsonDocument::fromJson(after->body).object().value(QLatin1String("Members@odata.count")).toInt(),
            0);

        auto notLoggedIn = client.powerState();
        QVERIFY(!notLoggedIn.ok());
        QVERIFY2(notLoggedIn.error().message.contains(QLatin1String("Not logged in")),
                 qPrintable(notLoggedIn.error().message));
    }

    void powerAndReset_data() { vendorData(); }
    void powerAndReset()
    {
        QFETCH(QString, vendor);
        QFETCH(QStringList, allowed);
        RedfishFake fake;
        QVERIFY2(fake.start(vendor, kUser, kPassword), qPrintable(fake.error()));
        RedfishClient client(config(fake.url(), kPassword, fake.sha()));
        QVERIFY(client.login().ok());

        auto types = client.allowedResetTypes();
        QVERIFY2(types.ok(), types.ok() ? "" : qPrintable(types.error().fullText()));
        QCOMPARE(*types, allowed);

        auto state = client.powerState();
        QVERIFY(state.ok());
        QCOMPARE(*state, QStringLiteral("On"));

        QVERIFY(client.reset(QStringLiteral("ForceOff")).ok());
        QCOMPARE(*client.powerState(), QStringLiteral("Off"));
        QVERIFY(client.reset(QStringLiteral("On")).ok());
        QCOMPARE(*client.powerState(), QStringLiteral("On"));
        QVERIFY(client.reset(QStringLiteral("ForceOff")).ok());
        const Status restart = client.reset(QStringLiteral("GracefulRestart"), client.systems().first());
        QVERIFY2(restart.ok(), restart.ok() ? "" : qPrintable(restart.error().fullText()));
        QCOMPARE(*client.powerState(), QStringLiteral("On"));

        const Status unknownSystem =
            client.reset(QStringLiteral("On"), QStringLiteral("/redfish/v1/Systems/nope"));
        QVERIFY(!unknownSystem.ok());
        QVERIFY(unknownSystem.error().message.contains(QLatin1String("/redfish/v1/Systems/nope")));
        QVERIFY(!client.reset(QString()).ok());
        QVERIFY(client.logout().ok());
    }

    void disallowedReset_data() { vendorData(); }
    void disallowedReset()
    {
        QFETCH(QString, vendor);
        QFETCH(QStringList, allowed);
        QFETCH(QString, disallowed);
        RedfishFake fake;
        QVERIFY2(fake.start(vendor, kUser, kPassword), qPrintable(fake.error()));
        RedfishClient client(config(fake.url(), kPassword, fake.sha()));
        QVERIFY(client.login().ok());
        QVERIFY(client.reset(QStringLiteral("ForceOff")).ok());

        // Refused by the client before sending, naming the allowed values.
        const Status refused = client.reset(disallowed);
        QVERIFY(!refused.ok());
        const QString message = refused.error().message;
        QVERIFY2(message.contains(QLatin1String("does not allow the reset type \"") + disallowed + u'"'),
                 qPrintable(message));
        QVERIFY2(message.contains(QLatin1String("allowed: ") + allowed.join(QStringLiteral(", "))),
                 qPrintable(message));
        QCOMPARE(*client.powerState(), QStringLiteral("Off"));

        // Sent anyway, the BMC refuses it with its own ExtendedInfo text and HTTP 400.
        const QByteArray body = "{\"ResetType\":\"" + disallowed.toUtf8() + "\"}";
        auto raw = client.request(QByteArrayLiteral("POST"),
                                  client.systems().first() + QStringLiteral("/Actions/ComputerSystem.Reset"),
                                  QStringLiteral("resetting"), body);
        QVERIFY(!raw.ok());
        QVERIFY2(raw.error().message.contains(QLatin1String("HTTP 400")), qPrintable(raw.error().message));
        QVERIFY2(raw.error().message.contains(QLatin1String("is not in the list of acceptable values")),
                 qPrintable(raw.error().message));
        QCOMPARE(*client.powerState(), QStringLiteral("Off"));
    }

    void wrongPassword_data() { vendorData(); }
    void wrongPassword()
    {
        QFETCH(QString, vendor);
        RedfishFake fake;
        QVERIFY2(fake.start(vendor, kUser, kPassword), qPrintable(fake.error()));
        RedfishClient client(config(fake.url(), QStringLiteral("wrong"), fake.sha()));
        const Status login = client.login();
        QVERIFY(!login.ok());
        const QString message = login.error().message;
        QVERIFY2(message.contains(QLatin1String("refused the credentials of user root (HTTP 401)")),
                 qPrintable(message));
        QVERIFY2(message.contains(QLatin1String("There is no valid session established")),
                 qPrintable(message));
        QVERIFY(!client.loggedIn());
        QVERIFY(!client.powerState().ok());
    }

    void basicAuthWithoutSessionService()
    {
        RedfishFake fake;
        QVERIFY2(fake.start(QStringLiteral("supermicro"), kUser, kPassword, false), qPrintable(fake.error()));
        RedfishClient client(config(fake.url(), kPassword, fake.sha()));
        QVERIFY(client.login().ok());
        QVERIFY(!client.usesSession());
        QCOMPARE(client.systems(), QStringList{QStringLiteral("/redfish/v1/Systems/1")});
        QVERIFY(client.reset(QStringLiteral("ForceOff")).ok());
        QCOMPARE(*client.powerState(), QStringLiteral("Off"));
        QVERIFY(client.logout().ok());

        RedfishClient wrong(config(fake.url(), QStringLiteral("wrong"), fake.sha()));
        const Status login = wrong.login();
        QVERIFY(!login.ok());
        QVERIFY2(login.error().message.contains(QLatin1String("(HTTP 401)")),
                 qPrintable(login.error().message));
        QVERIFY(!wrong.loggedIn());
    }

    void staleEtagIsRefused()
    {
        RedfishFake fake;
        QVERIFY2(fake.start(QStringLiteral("dell"), kUser, kPassword), qPrintable(fake.error()));
        RedfishClient client(config(fake.url(), kPassword, fake.sha()));
        QVERIFY(client.login().ok());
        const QString system = client.systems().first();
        auto get = client.request(QByteArrayLiteral("GET"), system, QStringLiteral("reading"));
        QVERIFY(get.ok());
        const QByteArray etag = get->header(QByteArrayLiteral("ETag"));
        QVERIFY(!etag.isEmpty());
        const QByteArray body =
            R"({"Boot":{"BootSourceOverrideTarget":"Pxe","BootSourceOverrideEnabled":"Once"}})";
        QVERIFY(client.reset(QStringLiteral("ForceOff")).ok()); // changes the ETag
        auto stale =
            client.request(QByteArrayLiteral("PATCH"), system, QStringLiteral("setting boot"), body, etag);
        QVERIFY(!stale.ok());
        QVERIFY2(stale.error().message.contains(QLatin1String("HTTP 412")),
                 qPrintable(stale.error().message));
        QVERIFY2(stale.error().message.contains(QLatin1String("ETag supplied did not match")),
                 qPrintable(stale.error().message));

        auto fresh = client.request(QByteArrayLiteral("GET"), system, QStringLiteral("reading"));
        QVERIFY(fresh.ok());
        auto patched = client.request(QByteArrayLiteral("PATCH"), system, QStringLiteral("setting boot"),
                                      body, fresh->header(QByteArrayLiteral("ETag")));
        QVERIFY(patched.ok());
        const QJsonObject boot =
            QJsonDocument::fromJson(patched->body).object().value(QLatin1String("Boot")).toObject();
        QCOMPARE(boot.value(QLatin1String("BootSourceOverrideTarget")).toString(), QStringLiteral("Pxe"));
    }

    void unreachableBmc()
    {
        const quint16 port = test::freePort(); // nothing listens there
        RedfishClient client(config(QStringLiteral("http://127.0.0.1:%1").arg(port)));
        const Status login = client.login();
        QVERIFY(!login.ok());
        QVERIFY2(login.error().message.contains(
                     QStringLiteral("The BMC at http://127.0.0.1:%1 could not be reached").arg(port)),
                 qPrintable(login.error().message));
        QVERIFY(login.error().transient);
        QVERIFY(!login.error().connectionLost); // a peer's failure never claims the database is gone
        QVERIFY(!client.loggedIn());

        RedfishClient invalid(config(QStringLiteral("not a url")));
        QVERIFY(!invalid.login().ok());
    }

    // --- TLS pinning -----------------------------------------------------

    void certificatePinning()
    {
        test::RedfishPeer peer;
        QVERIFY2(peer.start(), qPrintable(peer.error()));
        BmcTarget target = peer.target();
        const QString sha = peer.certificateSha256();
        QCOMPARE(sha.size(), 64);

        // First use: the fingerprint is read without a request, and an unpinned BMC is refused.
        auto presented = redfishCertificateSha256(target);
        QVERIFY2(presented.ok(), presented.ok() ? "" : qPrintable(presented.error().fullText()));
        QCOMPARE(*presented, sha);
        target.pinnedCertSha256.clear();
        auto unpinned = openRedfishSession(target);
        QVERIFY(!unpinned.ok());
        QCOMPARE(unpinned.error().code, QStringLiteral("certificate-unpinned"));
        QCOMPARE(unpinned.error().detail, sha);
        QVERIFY2(unpinned.error().message.contains(formatFingerprint(sha)),
                 qPrintable(unpinned.error().message));
        QVERIFY2(unpinned.error().message.contains(QLatin1String("nothing was sent")),
                 qPrintable(unpinned.error().message));
        QVERIFY(!unpinned.error().transient);
        // Neither the handshake-only read nor the refused login reached the HTTP layer.
        // The fake logs a failed handshake from its connection thread, possibly
        // after the client has returned: wait for it (bounded).
        QList<QJsonObject> log;
        for (int i = 0; i < 50 && log.isEmpty(); ++i) {
            log = peer.requestLog();
            if (log.isEmpty())
                QTest::qWait(100);
        }
        for (const QJsonObject &entry : std::as_const(log))
            QVERIFY2(entry.contains(QLatin1String("event")), QJsonDocument(entry).toJson().constData());
        QVERIFY(!log.isEmpty()); // the refused handshake is logged

        // The accepted pin works, also as the operator reads it (AB:CD:...).
        target.pinnedCertSha256 = formatFingerprint(sha);
        {
            auto session = openRedfishSession(target);
            QVERIFY2(session.ok(), session.ok() ? "" : qPrintable(session.error().fullText()));
            auto state = (*session)->powerState();
            QVERIFY(state.ok());
            QCOMPARE(*state, PowerState::On);
        }
        const qsizetype before = peer.requestLog().size();
        QVERIFY(peer.requestLog().size() > 2);

        // The BMC comes back with another certificate: refused, and no credential reaches it.
        QVERIFY2(peer.restart(true), qPrintable(peer.error()));
        const QString newSha = peer.certificateSha256();
        QVERIFY(newSha != sha);
        auto changed = openRedfishSession(target);
        QVERIFY(!changed.ok());
        QCOMPARE(changed.error().code, QStringLiteral("certificate-changed"));
        QCOMPARE(changed.error().detail, newSha);
        QVERIFY2(changed.error().message.contains(formatFingerprint(newSha)),
                 qPrintable(changed.error().message));
        QVERIFY2(changed.error().message.contains(formatFingerprint(sha)),
                 qPrintable(changed.error().message));
        RedfishClient basic(config(peer.url(), kPassword, sha));
        const Status basicLogin = basic.login();
        QVERIFY(!basicLogin.ok());
        QCOMPARE(basicLogin.error().code, QStringLiteral("certificate-changed"));
        log = peer.requestLog();
        for (int i = 0; i < 50 && log.size() < before + 2; ++i) { // both refused handshakes, logged late
            QTest::qWait(100);
            log = peer.requestLog();
        }
        QVERIFY(log.size() >= before + 2); // the refused handshakes
        for (qsizetype i = before; i < log.size(); ++i) {
            QVERIFY2(log[i].value(QLatin1String("event")).toString() == QLatin1String("tls-failed"),
                     QJsonDocument(log[i]).toJson().constData());
            QVERIFY(!log[i].value(QLatin1String("auth")).toBool());
            QVERIFY(!log[i].value(QLatin1String("password_in_body")).toBool());
        }

        // Accepting the new fingerprint lets it in again.
        target.pinnedCertSha256 = newSha;
        auto accepted = openRedfishSession(target);
        QVERIFY2(accepted.ok(), accepted.ok() ? "" : qPrintable(accepted.error().fullText()));

        // Only TLS has a certificate.
        BmcTarget plain = target;
        plain.address = QStringLiteral("http://127.0.0.1:%1").arg(peer.port());
        QVERIFY(!redfishCertificateSha256(plain).ok());
        BmcTarget nobody = target;
        nobody.address = QStringLiteral("https://127.0.0.1:%1").arg(test::freePort());
        auto none = redfishCertificateSha256(nobody);
        QVERIFY(!none.ok());
        QVERIFY(none.error().transient);
        QVERIFY(!none.error().connectionLost); // a peer's failure never claims the database is gone
    }

    void verifyingClientRefusesSelfSigned()
    {
        // Without pinning HttpClient verifies the chain: a self-signed BMC certificate fails.
        test::RedfishPeer peer;
        QVERIFY2(peer.start(), qPrintable(peer.error()));
        HttpRequest request;
        request.url = peer.url() + QStringLiteral("/redfish/v1/");
        auto response = HttpClient::send(request);
        QVERIFY(!response.ok());
        QVERIFY2(response.error().message.contains(QLatin1String("failed verification")),
                 qPrintable(response.error().message));
        request.pinCertificate = true;
        request.pinnedSha256 = peer.certificateSha256();
        response = HttpClient::send(request);
        QVERIFY(response.ok());
        QCOMPARE(response->status, 200);
        QCOMPARE(response->certificateSha256, peer.certificateSha256());
    }

    // --- one-time PXE ----------------------------------------------------

    void pxeOnce_data()
    {
        QTest::addColumn<QString>("vendor");
        QTest::addColumn<QString>("mode");
        QTest::newRow("dell") << QStringLiteral("dell") << QStringLiteral("UEFI");
        QTest::newRow("hpe") << QStringLiteral("hpe") << QStringLiteral("UEFI");
        QTest::newRow("lenovo-requires-if-match") << QStringLiteral("lenovo") << QStringLiteral("Legacy");
        QTest::newRow("supermicro-no-mode") << QStringLiteral("supermicro") << QString();
    }
    void pxeOnce()
    {
        QFETCH(QString, vendor);
        QFETCH(QString, mode);
        test::RedfishPeer peer;
        test::RedfishPeer::Options options;
        options.vendor = vendor;
        QVERIFY2(peer.start(options), qPrintable(peer.error()));
        auto session = openRedfishSession(peer.target());
        QVERIFY2(session.ok(), session.ok() ? "" : qPrintable(session.error().fullText()));
        const Status pxe = (*session)->pxeOnce();
        QVERIFY2(pxe.ok(), pxe.ok() ? "" : qPrintable(pxe.error().fullText()));
        const QJsonObject boot = peer.state().value(QLatin1String("boot")).toObject();
        QCOMPARE(boot.value(QLatin1String("BootSourceOverrideTarget")).toString(), QStringLiteral("Pxe"));
        QCOMPARE(boot.value(QLatin1String("BootSourceOverrideEnabled")).toString(), QStringLiteral("Once"));
        QCOMPARE(boot.value(QLatin1String("BootSourceOverrideMode")).toString(), mode);
        QCOMPARE(boot.contains(QLatin1String("BootSourceOverrideMode")), !mode.isEmpty());

        // A boot source the BMC does not list is refused before sending.
        RedfishClient client(config(peer.url(), kPassword, peer.certificateSha256()));
        QVERIFY(client.login().ok());
        const Status floppy = client.setBootOnce(QStringLiteral("Floppy"));
        QVERIFY(!floppy.ok());
        QVERIFY2(floppy.error().message.contains(QLatin1String("does not offer the boot source \"Floppy\"")),
                 qPrintable(floppy.error().message));
        QCOMPARE(peer.state()
                     .value(QLatin1String("boot"))
                     .toObject()
                     .value(QLatin1String("BootSourceOverrideTarget"))
                     .toString(),
                 QStringLiteral("Pxe"));
    }

    void pxeOnceAfterConcurrentChange()
    {
        test::RedfishPeer peer;
        test::RedfishPeer::Options options;
        options.vendor = QStringLiteral("lenovo");
        QVERIFY2(peer.start(options), qPrintable(peer.error()));
        RedfishClient client(config(peer.url(), kPassword, peer.certificateSha256()));
        QVERIFY(client.login().ok());

        // Changed once between our read and our write: HTTP 412, read again, then it works.
        QVERIFY(peer.setFaults(QJsonObject{{QStringLiteral("etag_race"), 1}}));
        QVERIFY(client.setBootOnce(QStringLiteral("Pxe")).ok());
        QCOMPARE(peer.state()
                     .value(QLatin1String("boot"))
                     .toObject()
                     .value(QLatin1String("BootSourceOverrideTarget"))
                     .toString(),
                 QStringLiteral("Pxe"));

        // Changed every time: the second 412 is the BMC's answer, and nothing changed.
        QVERIFY(peer.setFaults(QJsonObject{{QStringLiteral("etag_race"), 5}}));
        const Status stale = client.setBootOnce(QStringLiteral("Hdd"));
        QVERIFY(!stale.ok());
        QVERIFY2(stale.error().message.contains(QLatin1String("HTTP 412")),
                 qPrintable(stale.error().message));
        QVERIFY2(stale.error().message.contains(QLatin1String("ETag supplied did not match")),
                 qPrintable(stale.error().message));
        QCOMPARE(peer.state()
                     .value(QLatin1String("boot"))
                     .toObject()
                     .value(QLatin1String("BootSourceOverrideTarget"))
                     .toString(),
                 QStringLiteral("Pxe"));

        // Without If-Match this vendor refuses the PATCH (428).
        QVERIFY(peer.setFaults(QJsonObject{{QStringLiteral("clear"), true}}));
        auto raw =
            client.request(QByteArrayLiteral("PATCH"), client.systems().first(),
                           QStringLiteral("setting boot"), R"({"Boot":{"BootSourceOverrideTarget":"Cd"}})");
        QVERIFY(!raw.ok());
        QVERIFY2(raw.error().message.contains(QLatin1String("HTTP 428")), qPrintable(raw.error().message));
    }

    // --- virtual media ---------------------------------------------------

    void virtualMedia_data()
    {
        QTest::addColumn<QString>("vendor");
        QTest::addColumn<QString>("variant");
        QTest::addColumn<QString>("device");
        QTest::addColumn<int>("method");
        const QString dellMgr = QStringLiteral("/redfish/v1/Managers/iDRAC.Embedded.1/VirtualMedia/");
        QTest::newRow("dell-before-6.00")
            << QStringLiteral("dell") << QStringLiteral("dell-legacy") << dellMgr + QStringLiteral("CD")
            << int(VirtualMediaSlot::Method::InsertAction);
        QTest::newRow("dell-6.00") << QStringLiteral("dell") << QStringLiteral("dell")
                                   << QStringLiteral("/redfish/v1/Systems/System.Embedded.1/VirtualMedia/1")
                                   << int(VirtualMediaSlot::Method::InsertAction);
        QTest::newRow("hpe-ilo5") << QStringLiteral("hpe") << QStringLiteral("hpe")
                                  << QStringLiteral("/redfish/v1/Managers/1/VirtualMedia/2")
                                  << int(VirtualMediaSlot::Method::HpeOemAction);
        QTest::newRow("lenovo-xcc-patch") << QStringLiteral("lenovo") << QStringLiteral("lenovo-patch")
                                          << QStringLiteral("/redfish/v1/Managers/1/VirtualMedia/EXT1")
                                          << int(VirtualMediaSlot::Method::Patch);
        QTest::newRow("lenovo-xcc-action") << QStringLiteral("lenovo") << QStringLiteral("lenovo-action")
                                           << QStringLiteral("/redfish/v1/Managers/1/VirtualMedia/EXT1")
                                           << int(VirtualMediaSlot::Method::InsertAction);
        QTest::newRow("supermicro-x12") << QStringLiteral("supermicro") << QStringLiteral("supermicro-x12")
                                        << QStringLiteral("/redfish/v1/Managers/1/VM1/CfgCD")
                                        << int(VirtualMediaSlot::Method::SupermicroIso);
        QTest::newRow("supermicro-x13") << QStringLiteral("supermicro") << QStringLiteral("supermicro-x13")
                                        << QStringLiteral("/redfish/v1/Managers/1/VirtualMedia/CD1")
                                        << int(VirtualMediaSlot::Method::InsertAction);
    }
    void virtualMedia()
    {
        QFETCH(QString, vendor);
        QFETCH(QString, variant);
        QFETCH(QString, device);
        QFETCH(int, method);
        test::RedfishPeer peer;
        test::RedfishPeer::Options options;
        options.vendor = vendor;
        options.vmedia = variant;
        QVERIFY2(peer.start(options), qPrintable(peer.error()));
        RedfishClient client(config(peer.url(), kPassword, peer.certificateSha256()));
        QVERIFY(client.login().ok());

        auto devices = client.virtualMedia();
        QVERIFY2(devices.ok(), devices.ok() ? "" : qPrintable(devices.error().fullText()));
        QVERIFY(!devices->isEmpty());
        QCOMPARE(devices->first().path, device);
        QCOMPARE(int(devices->first().method), method);
        for (const VirtualMediaSlot &slot : std::as_const(*devices))
            QVERIFY(slot.mediaTypes.contains(QLatin1String("CD")) ||
                    slot.mediaTypes.contains(QLatin1String("DVD")));

        const QString image = QStringLiteral("http://10.0.0.9/images/installer.iso");
        auto inserted = client.insertVirtualMedia(image, true);
        QVERIFY2(inserted.ok(), inserted.ok() ? "" : qPrintable(inserted.error().fullText()));
        QCOMPARE(inserted->path, device);
        QJsonObject state = peer.state();
        if (variant == QLatin1String("supermicro-x12")) {
            QVERIFY(state.value(QLatin1String("smc_mounted")).toBool());
            const QJsonObject cfg = state.value(QLatin1String("smc_cfg")).toObject();
            QCOMPARE(cfg.value(QLatin1String("Host")).toString(), QStringLiteral("http://10.0.0.9"));
            QCOMPARE(cfg.value(QLatin1String("Path")).toString(), QStringLiteral("/images/installer.iso"));
        } else {
            const QJsonObject media = state.value(QLatin1String("media")).toObject().value(device).toObject();
            QVERIFY2(media.value(QLatin1String("Inserted")).toBool(),
                     QJsonDocument(state).toJson().constData());
            QCOMPARE(media.value(QLatin1String("Image")).toString(), image);
        }
        // Boot from it once: iLO by its Oem flag, the others by a "Cd" boot override.
        if (variant == QLatin1String("hpe")) {
            QVERIFY(state.value(QLatin1String("hpe_boot_next")).toBool());
        } else {
            const QJsonObject boot = state.value(QLatin1String("boot")).toObject();
            QCOMPARE(boot.value(QLatin1String("BootSourceOverrideTarget")).toString(), QStringLiteral("Cd"));
            QCOMPARE(boot.value(QLatin1String("BootSourceOverrideEnabled")).toString(),
                     QStringLiteral("Once"));
        }

        // Inserting another image replaces the first (ejected first: the BMCs refuse a busy drive).
        const QString second = QStringLiteral("http://10.0.0.9/images/rescue.iso");
        auto replaced = client.insertVirtualMedia(second);
        QVERIFY2(replaced.ok(), replaced.ok() ? "" : qPrintable(replaced.error().fullText()));
        state = peer.state();
        if (variant != QLatin1String("supermicro-x12"))
            QCOMPARE(state.value(QLatin1String("media"))
                         .toObject()
                         .value(device)
                         .toObject()
                         .value(QLatin1String("Image"))
                         .toString(),
                     second);
        else
            QCOMPARE(state.value(QLatin1String("smc_cfg")).toObject().value(QLatin1String("Path")).toString(),
                     QStringLiteral("/images/rescue.iso"));

        const Status ejected = client.ejectVirtualMedia();
        QVERIFY2(ejected.ok(), ejected.ok() ? "" : qPrintable(ejected.error().fullText()));
        state = peer.state();
        if (variant == QLatin1String("supermicro-x12")) {
            QVERIFY(!state.value(QLatin1String("smc_mounted")).toBool());
        } else {
            const QJsonObject media = state.value(QLatin1String("media")).toObject().value(device).toObject();
            QVERIFY(!media.value(QLatin1String("Inserted")).toBool());
            QVERIFY(media.value(QLatin1String("Image")).isNull());
        }
        if (variant != QLatin1String("supermicro-x12")) { // nothing left inserted: eject again is a no-op
            QVERIFY(client.ejectVirtualMedia().ok());
        }

        auto bad = client.insertVirtualMedia(QStringLiteral("not a url"));
        QVERIFY(!bad.ok());
        QVERIFY2(bad.error().message.contains(QLatin1String("not an image URL")),
                 qPrintable(bad.error().message));
    }

    // --- inventory and sensors ---------------------------------------------

    void inventory_data()
    {
        QTest::addColumn<QString>("vendor");
        QTest::addColumn<QString>("model");
        QTest::addColumn<QString>("firmware");
        QTest::addColumn<int>("cpus");
        QTest::addColumn<int>("dimms");
        QTest::addColumn<QString>("firstMac");
        QTest::addColumn<int>("drives");
        QTest::addColumn<bool>("simple");
        QTest::newRow("dell") << QStringLiteral("dell") << QStringLiteral("PowerEdge R650")
                              << QStringLiteral("6.10.30.00") << 2 << 2 << QStringLiteral("b0:7b:25:de:ad:01")
                              << 2 << false;
        QTest::newRow("hpe") << QStringLiteral("hpe") << QStringLiteral("ProLiant DL360 Gen10")
                             << QStringLiteral("iLO 5 v2.78") << 2 << 2 << QStringLiteral("94:40:c9:aa:00:10")
                             << 1 << false;
        QTest::newRow("lenovo") << QStringLiteral("lenovo") << QStringLiteral("ThinkSystem SR650")
                                << QStringLiteral("TEI3A8Q-8.90") << 1 << 1
                                << QStringLiteral("08:94:ef:12:34:56") << 2 << false;
        QTest::newRow("supermicro-simplestorage")
            << QStringLiteral("supermicro") << QStringLiteral("SYS-1029U-TR4") << QStringLiteral("01.73.06")
            << 2 << 2 << QStringLiteral("3c:ec:ef:01:02:03") << 2 << true;
    }
    void inventory()
    {
        QFETCH(QString, vendor);
        QFETCH(QString, model);
        QFETCH(QString, firmware);
        QFETCH(int, cpus);
        QFETCH(int, dimms);
        QFETCH(QString, firstMac);
        QFETCH(int, drives);
        QFETCH(bool, simple);
        test::RedfishPeer peer;
        test::RedfishPeer::Options options;
        options.vendor = vendor;
        QVERIFY2(peer.start(options), qPrintable(peer.error()));
        auto session = openRedfishSession(peer.target());
        QVERIFY2(session.ok(), session.ok() ? "" : qPrintable(session.error().fullText()));
        auto inv = (*session)->inventory();
        QVERIFY2(inv.ok(), inv.ok() ? "" : qPrintable(inv.error().fullText()));
        QCOMPARE(inv->model, model);
        QVERIFY(!inv->manufacturer.isEmpty());
        QVERIFY(!inv->serial.isEmpty());
        QVERIFY(!inv->biosVersion.isEmpty());
        QCOMPARE(inv->bmcFirmware, firmware);
        QCOMPARE(inv->cpus.size(), cpus);
        QVERIFY(inv->cpus.first().cores > 0);
        QVERIFY(inv->cpus.first().threads >= inv->cpus.first().cores);
        QVERIFY(inv->cpus.first().model.startsWith(QLatin1String("Intel(R) Xeon(R)")));
        QCOMPARE(inv->memory.size(), dimms); // empty slots are left out
        for (const BmcInventory::Dimm &dimm : std::as_const(inv->memory)) {
            QVERIFY(dimm.capacityMiB > 0);
            QCOMPARE(dimm.type, QStringLiteral("DDR4"));
        }
        QVERIFY(!inv->nics.isEmpty());
        QCOMPARE(inv->nics.first().mac, firstMac);
        QCOMPARE(inv->drives.size(), drives); // an absent SimpleStorage device is left out
        QCOMPARE(inv->fromSimpleStorage, simple);
        QVERIFY(!inv->controllers.isEmpty());
        for (const BmcInventory::Drive &drive : std::as_const(inv->drives)) {
            QVERIFY(drive.capacityBytes > 0);
            QCOMPARE(drive.controller, inv->controllers.first().name);
            QVERIFY(simple || !drive.serial.isEmpty());
        }
    }

    // Real BMCs advertise parts that then fail. The inventory names each with the BMC's status and
    // message and still gives everything else; only the system resource failing fails it.
    void inventoryWithFailingParts()
    {
        test::RedfishPeer peer;
        test::RedfishPeer::Options options;
        options.vendor = QStringLiteral("dell");
        QVERIFY2(peer.start(options), qPrintable(peer.error()));
        const QString sp = QStringLiteral("/redfish/v1/Systems/System.Embedded.1");
        QVERIFY(peer.setFaults(QJsonObject{
            {QStringLiteral("fail"),
             QJsonObject{
                 {sp + QStringLiteral("/Memory"),
                  QJsonArray{404, QStringLiteral("ResourceMissingAtURI"), QStringLiteral("No memory here.")}},
                 {sp + QStringLiteral("/Processors"),
                  QJsonArray{501, QStringLiteral("ActionNotSupported"), QStringLiteral("Not implemented.")}},
                 {sp + QStringLiteral("/Storage"), QJsonArray{500, QStringLiteral("InternalError"),
                                                              QStringLiteral("Storage agent down.")}}}}}));
        auto session = openRedfishSession(peer.target());
        QVERIFY2(session.ok(), session.ok() ? "" : qPrintable(session.error().fullText()));
        auto inv = (*session)->inventory();
        QVERIFY2(inv.ok(), inv.ok() ? "" : qPrintable(inv.error().fullText()));
        QCOMPARE(inv->model, QStringLiteral("PowerEdge R650"));
        QVERIFY(!inv->nics.isEmpty()); // what could be read was read
        QVERIFY(inv->cpus.isEmpty());
        QVERIFY(inv->memory.isEmpty());
        QVERIFY(inv->drives.isEmpty());
        QCOMPARE(inv->unavailable.size(), 3);
        QMap<QString, BmcInventory::Unavailable> byPart;
        for (const BmcInventory::Unavailable &u : std::as_const(inv->unavailable))
            byPart.insert(u.part, u);
        QCOMPARE(byPart.value(QStringLiteral("Memory")).httpStatus, 404);
        QVERIFY2(byPart.value(QStringLiteral("Memory")).message.contains(QLatin1String("No memory here.")),
                 qPrintable(byPart.value(QStringLiteral("Memory")).message));
        QCOMPARE(byPart.value(QStringLiteral("Memory")).path, sp + QStringLiteral("/Memory"));
        QCOMPARE(byPart.value(QStringLiteral("Processors")).httpStatus, 501);
        QCOMPARE(byPart.value(QStringLiteral("Storage")).httpStatus, 500);

        // One member failing: the others are still read.
        QVERIFY(peer.setFaults(QJsonObject{
            {QStringLiteral("clear"), true},
            {QStringLiteral("fail"), QJsonObject{{sp + QStringLiteral("/Memory/DIMM.Socket.A1"),
                                                  QJsonArray{404, QStringLiteral("ResourceMissingAtURI"),
                                                             QStringLiteral("Gone.")}}}}}));
        inv = (*session)->inventory();
        QVERIFY2(inv.ok(), inv.ok() ? "" : qPrintable(inv.error().fullText()));
        QCOMPARE(inv->cpus.size(), 2);
        QCOMPARE(inv->unavailable.size(), 1);
        QCOMPARE(inv->unavailable.first().part, QStringLiteral("Memory"));
        QCOMPARE(inv->memory.size(), 1);

        // The system itself failing fails the inventory, with the BMC's words.
        QVERIFY(peer.setFaults(QJsonObject{
            {QStringLiteral("clear"), true},
            {QStringLiteral("fail"), QJsonObject{{sp, QJsonArray{500, QStringLiteral("InternalError"),
                                                                 QStringLiteral("System busy.")}}}}}));
        inv = (*session)->inventory();
        QVERIFY(!inv.ok());
        QVERIFY2(inv.error().fullText().contains(QLatin1String("System busy.")),
                 qPrintable(inv.error().fullText()));
    }

    // A 307 from a system's name to its UUID is followed within the pinned host, never to another.
    void redirectsStayOnThePinnedHost()
    {
        test::RedfishPeer peer;
        test::RedfishPeer::Options options;
        options.vendor = QStringLiteral("dell");
        QVERIFY2(peer.start(options), qPrintable(peer.error()));
        const QString sp = QStringLiteral("/redfish/v1/Systems/System.Embedded.1");
        const QString uuid = QStringLiteral("/redfish/v1/Systems/4c4c4544-0042-3510-8052-b4c04f4e4a33");
        QVERIFY(peer.setFaults(QJsonObject{{QStringLiteral("redirect"), QJsonObject{{sp, uuid}}}}));
        auto session = openRedfishSession(peer.target());
        QVERIFY2(session.ok(), session.ok() ? "" : qPrintable(session.error().fullText()));
        auto state = (*session)->powerState();
        QVERIFY2(state.ok(), state.ok() ? "" : qPrintable(state.error().fullText()));
        auto inv = (*session)->inventory();
        QVERIFY2(inv.ok(), inv.ok() ? "" : qPrintable(inv.error().fullText()));
        QCOMPARE(inv->model, QStringLiteral("PowerEdge R650"));
        bool followed = false;
        for (const QJsonObject &line : peer.requestLog())
            followed = followed || line.value(QLatin1String("path")).toString() == uuid;
        QVERIFY(followed);

        // Another host (or port) is not followed, and nothing is sent there.
        const QString elsewhere = QStringLiteral("https://127.0.0.1:%1%2").arg(test::freePort()).arg(uuid);
        QVERIFY(peer.setFaults(QJsonObject{{QStringLiteral("clear"), true},
                                           {QStringLiteral("redirect"), QJsonObject{{sp, elsewhere}}}}));
        state = (*session)->powerState();
        QVERIFY(!state.ok());
        QVERIFY2(state.error().message.contains(QLatin1String("another host")),
                 qPrintable(state.error().message));
    }

    // A chassis manager serving several systems: an action names its system, or is refused with the
    // list (Ids and serials); it never goes to the first one by guess.
    void severalSystemsNeedOneNamed()
    {
        test::RedfishPeer peer;
        test::RedfishPeer::Options options;
        options.vendor = QStringLiteral("supermicro");
        options.blades = 2;
        QVERIFY2(peer.start(options), qPrintable(peer.error()));
        BmcTarget target = peer.target();
        auto unnamed = openRedfishSession(target);
        QVERIFY2(unnamed.ok(), unnamed.ok() ? "" : qPrintable(unnamed.error().fullText()));
        const Status refused = (*unnamed)->power(PowerAction::Off);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, QStringLiteral("redfish-system-ambiguous"));
        for (const char *listed : {"serves 3 systems", "Blade2 (serial BLD0002)", "Blade3 (serial BLD0003)"})
            QVERIFY2(refused.error().message.contains(QLatin1String(listed)),
                     qPrintable(refused.error().message));
        QCOMPARE(peer.state().value(QLatin1String("power")).toString(), QStringLiteral("On"));

        target.system = QStringLiteral("Blade3");
        auto named = openRedfishSession(target);
        QVERIFY(named.ok());
        const Status off = (*named)->power(PowerAction::Off);
        QVERIFY2(off.ok(), off.ok() ? "" : qPrintable(off.error().fullText()));
        const QJsonObject blades = peer.state().value(QLatin1String("blades")).toObject();
        QCOMPARE(blades.value(QLatin1String("Blade3")).toString(), QStringLiteral("Off"));
        QCOMPARE(blades.value(QLatin1String("Blade2")).toString(), QStringLiteral("On"));
        QCOMPARE(peer.state().value(QLatin1String("power")).toString(), QStringLiteral("On"));
        auto state = (*named)->powerState();
        QVERIFY(state.ok());
        QCOMPARE(*state, PowerState::Off);

        // By path too; an unknown name is refused with the list.
        target.system = QStringLiteral("/redfish/v1/Systems/Blade2");
        auto byPath = openRedfishSession(target);
        QVERIFY(byPath.ok() && (*byPath)->powerState().ok());
        target.system = QStringLiteral("Blade9");
        auto unknown = openRedfishSession(target);
        QVERIFY(unknown.ok());
        auto missing = (*unknown)->powerState();
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().code, QStringLiteral("redfish-system-unknown"));
        QVERIFY2(missing.error().message.contains(QLatin1String("Blade2 (serial BLD0002)")),
                 qPrintable(missing.error().message));
    }

    void tls12OnlyBmc()
    {
        test::RedfishPeer peer;
        test::RedfishPeer::Options options;
        options.vendor = QStringLiteral("hpe");
        options.maxTls = QStringLiteral("1.2");
        QVERIFY2(peer.start(options), qPrintable(peer.error()));
        auto fingerprint = redfishCertificateSha256(peer.target());
        QVERIFY2(fingerprint.ok(), fingerprint.ok() ? "" : qPrintable(fingerprint.error().fullText()));
        QCOMPARE(*fingerprint, peer.certificateSha256());
        auto session = openRedfishSession(peer.target());
        QVERIFY2(session.ok(), session.ok() ? "" : qPrintable(session.error().fullText()));
        QVERIFY((*session)->powerState().ok());
    }

    void sensors_data()
    {
        QTest::addColumn<QString>("vendor");
        QTest::addColumn<QString>("fanUnit");
        QTest::newRow("dell") << QStringLiteral("dell") << QStringLiteral("RPM");
        QTest::newRow("hpe") << QStringLiteral("hpe") << QStringLiteral("%");
    }
    void sensors()
    {
        QFETCH(QString, vendor);
        QFETCH(QString, fanUnit);
        test::RedfishPeer peer;
        test::RedfishPeer::Options options;
        options.vendor = vendor;
        QVERIFY2(peer.start(options), qPrintable(peer.error()));
        auto session = openRedfishSession(peer.target());
        QVERIFY(session.ok());
        auto readings = (*session)->sensors();
        QVERIFY2(readings.ok(), readings.ok() ? "" : qPrintable(readings.error().fullText()));
        QStringList names;
        for (const SensorReading &r : std::as_const(*readings))
            names << r.name;
        QCOMPARE(names,
                 (QStringList{QStringLiteral("CPU1 Temp"), QStringLiteral("Inlet Temp"),
                              QStringLiteral("Fan 1"), QStringLiteral("Fan 2"),
                              QStringLiteral("System Power Control"), QStringLiteral("PS1 Input Voltage")}));
        const QList<SensorReading> &r = *readings;
        QCOMPARE(r[0].type, QStringLiteral("Temperature"));
        QCOMPARE(r[0].value, std::optional<double>(45));
        QCOMPARE(r[0].unit, QStringLiteral("°C"));
        QCOMPARE(r[0].status, QStringLiteral("ok"));
        QCOMPARE(r[1].status, QStringLiteral("warning"));
        QCOMPARE(r[2].type, QStringLiteral("Fan"));
        QCOMPARE(r[2].unit, fanUnit);
        QVERIFY(!r[3].value.has_value()); // no reading
        QCOMPARE(r[3].status, QStringLiteral("critical"));
        QCOMPARE(r[4].type, QStringLiteral("Power"));
        QCOMPARE(r[4].value, std::optional<double>(312));
        QCOMPARE(r[4].unit, QStringLiteral("W"));
        QCOMPARE(r[5].type, QStringLiteral("Voltage"));
        QCOMPARE(r[5].value, std::optional<double>(230));
    }

    // --- slow and dropped answers -------------------------------------------

    void slowAndDropped()
    {
        test::RedfishPeer peer;
        test::RedfishPeer::Options options;
        options.slow = {QStringLiteral("/redfish/v1/Systems/System.Embedded.1/Processors=5")};
        options.drop = {QStringLiteral("/redfish/v1/Chassis/System.Embedded.1")};
        QVERIFY2(peer.start(options), qPrintable(peer.error()));
        RedfishConfig c = config(peer.url(), kPassword, peer.certificateSha256());
        c.timeoutMs = 1000;
        RedfishClient client(c);
        QVERIFY(client.login().ok());

        QElapsedTimer timer;
        timer.start();
        // A part that times out is unavailable; the rest of the inventory still comes, in bounded time.
        auto slow = client.inventory();
        QVERIFY2(slow.ok(), slow.ok() ? "" : qPrintable(slow.error().fullText()));
        QVERIFY(timer.elapsed() < 4000);
        QCOMPARE(slow->unavailable.size(), 1);
        QCOMPARE(slow->unavailable.first().part, QStringLiteral("Processors"));
        QCOMPARE(slow->unavailable.first().httpStatus, 0);
        QVERIFY2(slow->unavailable.first().message.contains(
                     QStringLiteral("The BMC at %1 did not answer within 1 s").arg(peer.url())),
                 qPrintable(slow->unavailable.first().message));
        QVERIFY(!slow->memory.isEmpty());

        auto dropped = client.sensors();
        QVERIFY(!dropped.ok());
        QCOMPARE(dropped.error().code, QStringLiteral("connection-closed"));
        QVERIFY2(dropped.error().message.contains(QLatin1String("closed the connection")),
                 qPrintable(dropped.error().message));

        // Faults set at run time, then cleared: the BMC answers again.
        QVERIFY(peer.setFaults(
            QJsonObject{{QStringLiteral("slow"),
                         QJsonObject{{QStringLiteral("/redfish/v1/Systems/System.Embedded.1"), 5}}}}));
        timer.restart();
        auto state = client.powerState();
        QVERIFY(!state.ok());
        QVERIFY(timer.elapsed() < 3000);
        QVERIFY2(state.error().message.contains(
                     QLatin1String("did not answer within 1 s while reading the power state")),
                 qPrintable(state.error().message));
        QVERIFY(peer.setFaults(QJsonObject{{QStringLiteral("clear"), true}}));
        QVERIFY(client.powerState().ok());
        QVERIFY(client.sensors().ok());
    }

    // --- the BmcSession -------------------------------------------------------

    void sessionPowerMapping()
    {
        QCOMPARE(*redfishResetTypeFor(PowerAction::Cycle, {QStringLiteral("On"), QStringLiteral("PowerCycle"),
                                                           QStringLiteral("ForceRestart")}),
                 QStringLiteral("PowerCycle"));
        QCOMPARE(*redfishResetTypeFor(PowerAction::Cycle, {QStringLiteral("ForceRestart")}),
                 QStringLiteral("ForceRestart"));
        QCOMPARE(*redfishResetTypeFor(PowerAction::On, {QStringLiteral("ForceOn")}),
                 QStringLiteral("ForceOn"));
        QCOMPARE(*redfishResetTypeFor(PowerAction::Off, {}), QStringLiteral("ForceOff"));
        QCOMPARE(*redfishResetTypeFor(PowerAction::Reset, {QStringLiteral("ForceRestart")}),
                 QStringLiteral("ForceRestart"));
        QCOMPARE(*redfishResetTypeFor(PowerAction::SoftOff, {QStringLiteral("GracefulShutdown")}),
                 QStringLiteral("GracefulShutdown"));
        auto none =
            redfishResetTypeFor(PowerAction::SoftOff, {QStringLiteral("On"), QStringLiteral("ForceOff")});
        QVERIFY(!none.ok());
        QVERIFY2(none.error().message.contains(QLatin1String("the BMC allows On, ForceOff")),
                 qPrintable(none.error().message));
        QCOMPARE(redfishPowerState(QStringLiteral("PoweringOn")), PowerState::PoweringOn);
        QCOMPARE(redfishPowerState(QStringLiteral("PoweringOff")), PowerState::PoweringOff);
        QCOMPARE(redfishPowerState(QStringLiteral("Paused")), PowerState::Unknown);

        test::RedfishPeer peer;
        test::RedfishPeer::Options options;
        options.vendor = QStringLiteral("hpe"); // no PowerCycle: cycle becomes ForceRestart
        QVERIFY2(peer.start(options), qPrintable(peer.error()));
        {
            auto session = openRedfishSession(peer.target());
            QVERIFY(session.ok());
            QCOMPARE(peer.state().value(QLatin1String("sessions")).toInt(), 1);
            QVERIFY((*session)->power(PowerAction::Off).ok());
            QCOMPARE(*(*session)->powerState(), PowerState::Off);
            QVERIFY((*session)->power(PowerAction::Cycle).ok());
            QCOMPARE(*(*session)->powerState(), PowerState::On);
            QVERIFY((*session)->power(PowerAction::SoftOff).ok());
            QCOMPARE(*(*session)->powerState(), PowerState::Off);
            QVERIFY((*session)->power(PowerAction::On).ok());
            QCOMPARE(*(*session)->powerState(), PowerState::On);
        }
        QCOMPARE(peer.state().value(QLatin1String("sessions")).toInt(), 0); // logged out on destruction
        QList<QJsonObject> log = peer.requestLog();
        QStringList resets;
        for (const QJsonObject &entry : std::as_const(log)) {
            if (entry.value(QLatin1String("path")).toString().endsWith(QLatin1String("ComputerSystem.Reset")))
                resets << entry.value(QLatin1String("method")).toString();
        }
        QCOMPARE(resets.size(), 4);

        BmcTarget wrong = peer.target();
        wrong.password = QStringLiteral("wrong");
        auto refused = openRedfishSession(wrong);
        QVERIFY(!refused.ok());
        QVERIFY(refused.error().message.contains(QLatin1String("(HTTP 401)")));
        BmcTarget ipmi = peer.target();
        ipmi.kind = BmcTarget::Kind::Ipmi;
        QVERIFY(!openRedfishSession(ipmi).ok());
    }
};

QTEST_GUILESS_MAIN(TstRedfish)
#include "tst_redfish.moc"
