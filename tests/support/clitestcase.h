// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "testdatabase.h"

#include <QJsonObject>
#include <QObject>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace hostdeck::test {

/// Base of the command-line tests (tests/app/tst_cli*): a private XDG_CONFIG_HOME, so no user settings
/// leak in ("database/url" is read from there), a fresh migrated test database, and runners that call
/// runCli in-process and capture what it printed.
class CliTestCase : public QObject
{
    Q_OBJECT
public:
    /// What setUpCli does with the default locale.
    enum class Locale
    {
        English,  ///< English (UK): human output follows the locale and the checks read English numbers
        Unchanged ///< left as the environment sets it
    };

protected:
    /// What one invocation returned and printed.
    struct Run
    {
        int code = -1;
        QString out;
        QString err;
    };

    /// For initTestCase: points XDG_CONFIG_HOME at m_config, sets the locale, creates the test database
    /// `databaseName` (m_db) and sets m_url to its URL. False on failure, with the reason in setUpError():
    /// `QVERIFY2(setUpCli(name), qPrintable(setUpError()))`.
    bool setUpCli(const QString &databaseName, Locale locale = Locale::English);
    /// Why setUpCli failed; empty when it succeeded.
    QString setUpError() const { return m_setUpError; }

    /// runCli in-process with exactly `args`.
    static Run runArgs(const QStringList &args);
    /// runCli in-process with `args`, then `--db` and `url` (the test database's when empty).
    Run run(QStringList args, const QString &url = {}) const;
    /// `args`, then `--db` and the test database's URL.
    QStringList db(QStringList args) const;

    /// Exit code, stdout and stderr of a run, for failure messages.
    static QString describe(const Run &r);
    /// The JSON object `text` holds, or an empty object when it holds none.
    static QJsonObject parseObject(const QString &text);
    /// A Latin-1 literal as a QString.
    static QString S(const char *text);

    /// The first column of the first row `sql` returns in the test database, as a number (a NULL is 0);
    /// -1 when the query fails or returns no row.
    qint64 scalar(const QString &sql);
    /// The same as text; "<none>" when the query fails or returns no row.
    QString scalarText(const QString &sql);

    QTemporaryDir m_config;
    std::unique_ptr<TestDatabase> m_db;
    QString m_url;

private:
    QString m_setUpError;
};

} // namespace hostdeck::test
