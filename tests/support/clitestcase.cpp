// SPDX-License-Identifier: GPL-3.0-or-later
#include "clitestcase.h"

#include "cli.h"
#include "core/database.h"

#include <QJsonDocument>
#include <QLocale>
#include <QTextStream>

namespace hostdeck::test {

bool CliTestCase::setUpCli(const QString &databaseName, Locale locale)
{
    m_setUpError.clear();
    if (!m_config.isValid()) {
        m_setUpError = QStringLiteral("no temporary configuration directory: ") + m_config.errorString();
        return false;
    }
    qputenv("XDG_CONFIG_HOME", m_config.path().toLocal8Bit());
    if (locale == Locale::English)
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    m_db = std::make_unique<TestDatabase>(databaseName);
    if (!m_db->ok()) {
        m_setUpError = m_db->error();
        return false;
    }
    m_url = m_db->settings().displayUrl();
    return true;
}

CliTestCase::Run CliTestCase::runArgs(const QStringList &args)
{
    Run r;
    QTextStream out(&r.out);
    QTextStream err(&r.err);
    r.code = runCli(args, out, err);
    out.flush();
    err.flush();
    return r;
}

CliTestCase::Run CliTestCase::run(QStringList args, const QString &url) const
{
    args << QStringLiteral("--db") << (url.isEmpty() ? m_url : url);
    return runArgs(args);
}

QStringList CliTestCase::db(QStringList args) const
{
    return args << QStringLiteral("--db") << m_url;
}

QString CliTestCase::describe(const Run &r)
{
    return QStringLiteral("exit %1\nstdout: %2\nstderr: %3").arg(r.code).arg(r.out, r.err);
}

QJsonObject CliTestCase::parseObject(const QString &text)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return {};
    return doc.object();
}

QString CliTestCase::S(const char *text)
{
    return QString::fromLatin1(text);
}

qint64 CliTestCase::scalar(const QString &sql)
{
    QSqlDatabase conn = m_db->connection();
    auto q = db::exec(conn, sql);
    if (!q || !q->next())
        return -1;
    return q->value(0).toLongLong();
}

QString CliTestCase::scalarText(const QString &sql)
{
    QSqlDatabase conn = m_db->connection();
    auto q = db::exec(conn, sql);
    if (!q || !q->next())
        return S("<none>");
    return q->value(0).toString();
}

} // namespace hostdeck::test
