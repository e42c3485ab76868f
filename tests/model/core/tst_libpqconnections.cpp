// SPDX-License-Identifier: GPL-3.0-or-later
// Connections as libpq makes them, against the test cluster (a unix socket):
// key=value strings, URIs with ?host=&port= and percent-encoded socket paths,
// a host list whose first entry does not answer, pg_service.conf services, and
// the PG* environment filling in what a string leaves out, as in psql. A value
// libpq refuses at connect time is named in the error.
#include "core/connectionsettings.h"
#include "core/database.h"
#include "testdatabase.h"

#include <QFile>
#include <QTemporaryDir>
#include <QUrl>
#include <QtTest>

using namespace hostdeck;

class TstLibpqConnections : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void connects_data();
    void connects();
    void serviceFile();
    void environmentFillsIn();
    void libpqNamesTheBadValue();

private:
    /// Opens `text` and returns current_database() and current_user, or the error.
    QString openAndAsk(const QString &text);

    std::unique_ptr<test::TestDatabase> m_db;
    QString m_socket;
    QString m_port;
    QString m_user;
    QString m_database;
    int m_connections = 0;
};

void TstLibpqConnections::initTestCase()
{
    for (const char *v : {"PGHOST", "PGPORT", "PGDATABASE", "PGUSER", "PGSERVICE", "PGSERVICEFILE"})
        qunsetenv(v);
    m_db = std::make_unique<test::TestDatabase>(QStringLiteral("libpq"));
    QVERIFY2(m_db->ok(), qPrintable(m_db->error()));
    const ConnectionSettings s = m_db->settings();
    QVERIFY2(s.host.startsWith(u'/'), qPrintable(s.host));
    m_socket = s.host;
    m_port = QString::number(s.port);
    m_user = s.user;
    m_database = s.database;
}

QString TstLibpqConnections::openAndAsk(const QString &text)
{
    auto settings = ConnectionSettings::fromUrl(text);
    if (!settings)
        return QStringLiteral("refused: ") + settings.error().message;
    auto db = db::open(*settings, QStringLiteral("libpq-%1").arg(++m_connections), false);
    if (!db)
        return QStringLiteral("failed: ") + db.error().fullText();
    auto q = db::exec(*db, QStringLiteral("SELECT current_database() || '|' || current_user"));
    const QString answer = q && q->next() ? q->value(0).toString() : QStringLiteral("no answer");
    db->close();
    return answer;
}

void TstLibpqConnections::connects_data()
{
    QTest::addColumn<QString>("text");
    const QString encoded = QString::fromLatin1(QUrl::toPercentEncoding(m_socket));
    QTest::newRow("key=value")
        << QStringLiteral("host=%1 port=%2 user=%3 dbname=%4").arg(m_socket, m_port, m_user, m_database);
    QTest::newRow("uri host and port parameters")
        << QStringLiteral("postgresql:///%1?host=%2&port=%3&user=%4")
               .arg(m_database, m_socket, m_port, m_user);
    QTest::newRow("uri percent-encoded socket")
        << QStringLiteral("postgresql://%1@%2:%3/%4").arg(m_user, encoded, m_port, m_database);
    QTest::newRow("host list, first one dead")
        << QStringLiteral(
               "host=/nonexistent/hostdeck,%1 port=%2,%2 user=%3 dbname=%4 target_session_attrs=read-write")
               .arg(m_socket, m_port, m_user, m_database);
}

void TstLibpqConnections::connects()
{
    QFETCH(QString, text);
    QCOMPARE(openAndAsk(text), m_database + u'|' + m_user);
}

void TstLibpqConnections::serviceFile()
{
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("pg_service.conf")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QStringLiteral("[hdtest]\nhost=%1\nport=%2\nuser=%3\ndbname=%4\n")
                   .arg(m_socket, m_port, m_user, m_database)
                   .toUtf8());
    file.close();
    qputenv("PGSERVICEFILE", file.fileName().toLocal8Bit());
    const QString answer = openAndAsk(QStringLiteral("service=hdtest"));
    const QString unknown = openAndAsk(QStringLiteral("service=nosuchservice"));
    qunsetenv("PGSERVICEFILE");
    QCOMPARE(answer, m_database + u'|' + m_user);
    QVERIFY2(unknown.startsWith(QLatin1String("failed: ")) &&
                 unknown.contains(QLatin1String("nosuchservice")),
             qPrintable(unknown));
}

void TstLibpqConnections::environmentFillsIn()
{
    // The URL names only the socket; PGPORT, PGUSER and PGDATABASE say the rest.
    qputenv("PGPORT", m_port.toLatin1());
    qputenv("PGUSER", m_user.toLocal8Bit());
    qputenv("PGDATABASE", m_database.toLocal8Bit());
    const QString answer = openAndAsk(QStringLiteral("postgresql:///?host=%1").arg(m_socket));
    qunsetenv("PGPORT");
    qunsetenv("PGUSER");
    qunsetenv("PGDATABASE");
    QCOMPARE(answer, m_database + u'|' + m_user);
}

void TstLibpqConnections::libpqNamesTheBadValue()
{
    const QString sslmode = openAndAsk(QStringLiteral("host=%1 port=%2 user=%3 dbname=%4 sslmode=sometimes")
                                           .arg(m_socket, m_port, m_user, m_database));
    QVERIFY2(sslmode.startsWith(QLatin1String("failed: ")) && sslmode.contains(QLatin1String("sslmode")),
             qPrintable(sslmode));
    const QString attrs =
        openAndAsk(QStringLiteral("host=%1 port=%2 user=%3 dbname=%4 target_session_attrs=any-one")
                       .arg(m_socket, m_port, m_user, m_database));
    QVERIFY2(attrs.startsWith(QLatin1String("failed: ")) &&
                 attrs.contains(QLatin1String("target_session_attrs")),
             qPrintable(attrs));
    const QString unknown = openAndAsk(QStringLiteral("postgresql:///x?pool=3"));
    QVERIFY2(unknown.startsWith(QLatin1String("refused: ")) && unknown.contains(QLatin1String("pool")),
             qPrintable(unknown));
}

QTEST_GUILESS_MAIN(TstLibpqConnections)
#include "tst_libpqconnections.moc"
