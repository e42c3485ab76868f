// SPDX-License-Identifier: GPL-3.0-or-later
#include "startup.h"

#include "core/database.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSettings>
#include <QUuid>

namespace hostdeck {

namespace {
struct Startup
{
    Q_DECLARE_TR_FUNCTIONS(Startup)
};

const QString kEmbeddedDatabase = QStringLiteral("hostdeck");

/// libpq's reason without its "connection to server ... failed:" preamble and severity.
QString connectReason(const QString &detail)
{
    QString reason = detail.section(u'\n', 0, 0).trimmed();
    const qsizetype failed = reason.indexOf(QLatin1String("failed: "));
    if (failed >= 0)
        reason = reason.mid(failed + 8);
    reason.remove(QRegularExpression(QStringLiteral("^(FATAL|ERROR):\\s*")));
    return reason.isEmpty() ? Startup::tr("no reason given") : reason;
}

Error unreachable(const ConnectionSettings &s, const Error &error)
{
    Error e = error;
    const QString reason = connectReason(error.detail);
    if (s.host.startsWith(u'/'))
        e.message = Startup::tr("Cannot connect to the PostgreSQL server on the unix socket in %1 (port %2), "
                                "database \"%3\": %4")
                        .arg(s.host)
                        .arg(s.port)
                        .arg(s.database, reason);
    else
        e.message = Startup::tr("Cannot connect to the PostgreSQL server at %1, port %2, database \"%3\": %4")
                        .arg(s.host)
                        .arg(s.port)
                        .arg(s.database, reason);
    return e;
}

/// Connects once with the schema check; closes the connection again.
Status verify(const ConnectionSettings &settings)
{
    const QString name = QStringLiteral("hostdeck-verify-") + QUuid::createUuid().toString(QUuid::Id128);
    Status status;
    {
        auto db = db::open(settings, name, true);
        if (!db)
            status = db.error().connectionLost ? unreachable(settings, db.error()) : db.error();
        else
            db->close();
    }
    QSqlDatabase::removeDatabase(name);
    return status;
}
} // namespace

QString databaseUrlArgument(const QStringList &arguments)
{
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if (a == QLatin1String("--db") && i + 1 < arguments.size())
            return arguments.at(i + 1);
        if (a.startsWith(QLatin1String("--db=")))
            return a.mid(5);
    }
    return {};
}

Result<StartupResult> resolveDatabase(const QString &dbUrl)
{
    QString url = dbUrl.trimmed();
    if (url.isEmpty()) {
        const QSettings settings(QString::fromLatin1(kSettingsOrganization),
                                 QString::fromLatin1(kSettingsApplication));
        url = settings.value(QStringLiteral("database/url")).toString().trimmed();
    }

    StartupResult result;
    if (!url.isEmpty()) {
        auto parsed = ConnectionSettings::fromUrl(url);
        if (!parsed)
            return parsed.error();
        if (Status s = verify(*parsed); !s)
            return s.error();
        result.settings = *parsed;
        return result;
    }

    result.cluster = std::make_shared<EmbeddedCluster>();
    auto running = result.cluster->ensureRunning();
    if (!running)
        return running.error();
    auto settings = bootstrapEmbeddedDatabase(*result.cluster, kEmbeddedDatabase, defaultOperatorRole());
    if (!settings) {
        Error e = settings.error();
        if (result.cluster->startedHere())
            result.cluster->stop();
        return e;
    }
    result.settings = *settings;
    result.settings.embedded = true;
    return result;
}

Status stopEmbeddedIfIdle(const StartupResult &startup)
{
    if (!startup.cluster || !startup.cluster->startedHere())
        return {};
    const QString name = QStringLiteral("hostdeck-idle-") + QUuid::createUuid().toString(QUuid::Id128);
    Result<qint64> others = qint64(0);
    {
        auto db = db::open(startup.cluster->superuserSettings(), name, false);
        if (!db) {
            others = db.error();
        } else {
            {
                // The query must be gone before the connection closes.
                auto q = db::exec(
                    *db, QStringLiteral("SELECT count(*) FROM pg_stat_activity "
                                        "WHERE backend_type = 'client backend' AND pid <> pg_backend_pid()"));
                if (!q)
                    others = q.error();
                else
                    others = q->next() ? q->value(0).toLongLong() : 0;
            }
            db->close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    if (!others)
        return others.error();
    if (*others > 0)
        return {};
    return startup.cluster->stop();
}

} // namespace hostdeck
