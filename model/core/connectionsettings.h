// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QString>

namespace hostdeck {

/// Where the console's database lives. Either the embedded private cluster
/// (`embedded` true, host is its socket directory) or a server named by what
/// libpq accepts: a postgresql:// URI or a key=value connection string. A
/// password given there is kept in memory only; the normal sources are
/// PGPASSWORD and ~/.pgpass, which libpq reads itself.
struct ConnectionSettings
{
    QString host; ///< host name(s), address or unix socket directory, as shown (the first of a list leads)
    int port = 5432;
    QString database;
    QString user;
    QString password; ///< never persisted, never shown
    /// The libpq connection string db::open() hands to libpq (key='value' pairs),
    /// from fromUrl(); empty for settings built field by field (the embedded
    /// cluster, the test fixture), which connect with the fields above.
    QString conninfo;
    bool embedded = false;

    /// Parses what libpq accepts (PQconninfoParse): every URI form of the
    /// PostgreSQL manual (postgresql://u@h1:5432,h2:5432/db?target_session_attrs=
    /// read-write, postgresql:///db?host=/run/pg&port=5433, percent-encoded socket
    /// paths) and key=value strings (service=prod, with pg_service.conf). What it
    /// leaves out, libpq fills in from the PG* environment variables at connect
    /// time, as psql does; with no database named anywhere (nor a service) it is
    /// "hostdeck". An error names the parameter libpq rejected.
    static Result<ConnectionSettings> fromUrl(const QString &text);

    /// The connection as typed, without the password, for status bars and settings.
    QString displayUrl() const;
    /// A short description for the status bar ("embedded (/path)" or the URL).
    QString describe() const;

private:
    QString m_shown; ///< displayUrl() of a parsed connection string
};

} // namespace hostdeck
