// SPDX-License-Identifier: GPL-3.0-or-later
// RedfishClient against the project's Redfish BMC fake in four vendor layouts.
#include "dnspeers.h"
#include "httpclient.h"
#include "redfishclient.h"

#include <QDeadlineTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

#include <memory>

using namespace hostdeck;

namespace {
/// tests/fixtures/redfish_fake.py on a free port; stopped (by its pid) on destruction.
class RedfishFake
{
public:
    ~RedfishFake() { stop(); }

    bool start(const QString &vendor, const QString &user, const QString &password,
               bool sessionService = true)
    {
        m_port = test::freePort();
        QStringList args{QStringLiteral(HOSTDECK_FIXTURES_DIR "/redfish_fake.py"),
                         QStringLiteral("--vendor"),
                         vendor,
                         QStringLiteral("--user"),
                         user,
                         QStringLiteral("--password"),
                         password,
                         QStringLiteral("--port"),
                         QString::number(m_port)};
        if (!sessionService)
            args << QStringLiteral("--no-session-service");
        m_process = std::make_unique<QProcess>();
        m_process->start(QStringLiteral("/usr/bin/python3"), args);
        if (!m_process->waitForStarted(5000)) {
            m_error = m_process->errorString();
            return false;
        }
        QDeadlineTimer deadline(15000);
        QByteArray out;
        while (!deadline.hasExpired() && m_process->state() == QProcess::Running) {
            m_process->waitForReadyRead(200);
            out += m_process->readAllStandardOutput();
            if (out.startsWith("LISTENING ") && out.contains('\n'))
                return true;
        }
        m_error = QString::fromLocal8Bit(out + m_process->readAllStandardError());
        stop();
        return false;
    }

    void stop()
    {
        if (m_process && m_process->state() != QProcess::NotRunning) {
            m_process->terminate();
            if (!m_process->waitForFinished(5000)) {
                m_process->kill();
                m_process->waitForFinished(5000);
            }
        }
        m_process.reset();
    }

    QString error() const { return m_error; }
    QString url() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_port); }

private:
    std::unique_ptr<QProcess> m_process;
    quint16 m_port = 0;
    QString m_error;
};

const QString kUser = QStringLiteral("root");
const QString kPassword = QStringLiteral("calvin-secret");

RedfishConfig config(const QString &url, const QString &password = kPassword)
{
    RedfishConfig c;
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
        RedfishClient client(config(fake.url()));
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
        RedfishClient client(config(fake.url()));
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
        RedfishClient client(config(fake.url()));
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
        RedfishClient client(config(fake.url(), QStringLiteral("wrong")));
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
        RedfishClient client(config(fake.url()));
        QVERIFY(client.login().ok());
        QVERIFY(!client.usesSession());
        QCOMPARE(client.systems(), QStringList{QStringLiteral("/redfish/v1/Systems/1")});
        QVERIFY(client.reset(QStringLiteral("ForceOff")).ok());
        QCOMPARE(*client.powerState(), QStringLiteral("Off"));
        QVERIFY(client.logout().ok());

        RedfishClient wrong(config(fake.url(), QStringLiteral("wrong")));
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
        RedfishClient client(config(fake.url()));
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
        QVERIFY(login.error().connectionLost);
        QVERIFY(!client.loggedIn());

        RedfishClient invalid(config(QStringLiteral("not a url")));
        QVERIFY(!invalid.login().ok());
    }
};

QTEST_GUILESS_MAIN(TstRedfish)
#include "tst_redfish.moc"
