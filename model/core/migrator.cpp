// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/migrator.h"

#include "core/database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>

#include <algorithm>

namespace hostdeck {

namespace {
// lupdate files these strings under the macro's context, the same one Text::tr() uses at run time.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Migrator)
};

constexpr qint64 kMigrationLock = 0x486f73744465636b; // "HostDeck"

const QString kCreateTable = QStringLiteral("CREATE TABLE IF NOT EXISTS schema_migrations ("
                                            " version integer PRIMARY KEY,"
                                            " name text NOT NULL,"
                                            " applied_at timestamptz NOT NULL DEFAULT now(),"
                                            " applied_by text NOT NULL DEFAULT session_user);"
                                            "GRANT SELECT ON schema_migrations TO PUBLIC");
} // namespace

Migrator::Migrator()
    : m_migrations(shipped())
{}

Migrator::Migrator(QList<Migration> migrations)
    : m_migrations(std::move(migrations))
{
    std::sort(m_migrations.begin(), m_migrations.end(),
              [](const Migration &a, const Migration &b) { return a.version < b.version; });
}

QList<Migration> Migrator::shipped()
{
    QList<Migration> result;
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})_([a-z0-9_]+)\\.sql$"));
    const QDir dir(QStringLiteral(":/sql"));
    for (const QString &file : dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name)) {
        const auto match = pattern.match(file);
        if (!match.hasMatch())
            continue;
        QFile f(dir.filePath(file));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        result.append({match.captured(1).toInt(), match.captured(2), QString::fromUtf8(f.readAll())});
    }
    return result;
}

int Migrator::latestVersion() const
{
    return m_migrations.isEmpty() ? 0 : m_migrations.constLast().version;
}

Result<SchemaStatus> Migrator::status(QSqlDatabase &db) const
{
    SchemaStatus s;
    s.latest = latestVersion();
    auto exists = db::exec(db, QStringLiteral("SELECT to_regclass('schema_migrations') IS NOT NULL"));
    if (!exists)
        return exists.error();
    exists->next();
    QList<int> applied;
    if (exists->value(0).toBool()) {
        auto rows = db::exec(db, QStringLiteral("SELECT version FROM schema_migrations ORDER BY version"));
        if (!rows)
            return rows.error();
        while (rows->next())
            applied << rows->value(0).toInt();
    }
    s.current = applied.isEmpty() ? 0 : applied.constLast();
    for (const Migration &m : m_migrations) {
        if (!applied.contains(m.version))
            s.pending << m.version;
    }
    return s;
}

Result<int> Migrator::migrate(QSqlDatabase &db, const std::function<void(const Migration &)> &progress) const
{
    if (m_migrations.isEmpty())
        return Error::failure(Text::tr("This HostDeck binary contains no schema migrations."));

    // Up to date: nothing to lock or create, so a role without DDL rights may ask too.
    if (auto before = status(db); before && before->pending.isEmpty() && before->current <= before->latest)
        return 0;

    int applied = 0;
    for (const Migration &m : m_migrations) {
        auto result = db::inTransaction(db, [&]() -> Result<bool> {
            if (auto lock = db::exec(db, QStringLiteral("SELECT pg_advisory_xact_lock(:key)"),
                                     {{QStringLiteral("key"), kMigrationLock}});
                !lock)
                return lock.error();
            if (Status s = db::execScript(db, kCreateTable); !s)
                return s.error();
            auto current = status(db);
            if (!current)
                return current.error();
            if (current->current > current->latest)
                return Error::failure(
                    Text::tr(
                        "The database schema is at version %1, newer than this HostDeck understands (%2). "
                        "Upgrade HostDeck before using this database.")
                        .arg(current->current)
                        .arg(current->latest));
            if (!current->pending.contains(m.version))
                return false; // another console applied it meanwhile
            if (progress)
                progress(m);
            if (Status s = db::execScript(db, m.sql); !s) {
                Error e = s.error();
                e.message = Text::tr("Migration %1 (%2) failed: %3")
                                .arg(m.version, 4, 10, QLatin1Char('0'))
                                .arg(m.name, e.message);
                return e;
            }
            auto record =
                db::exec(db, QStringLiteral("INSERT INTO schema_migrations (version, name) VALUES (:v, :n)"),
                         {{QStringLiteral("v"), m.version}, {QStringLiteral("n"), m.name}});
            if (!record)
                return record.error();
            return true;
        });
        if (!result)
            return result.error();
        if (result.value())
            ++applied;
    }
    return applied;
}

} // namespace hostdeck
