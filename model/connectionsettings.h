// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QString>

namespace hostdeck {

/// Where the console's database lives. Either the embedded private cluster
/// (`embedded` true, host is its socket directory) or a server named by a
/// postgresql:// URL. A password given in a URL is kept in memory only; the
/// normal sources are PGPASSWORD and ~/.pgpass, which libpq reads itself.
struct ConnectionSettings
{
    QString host; ///< host name, address, or unix socket directory
    int port = 5432;
    QString database;
    QString user;
    QString password; ///< never persisted
    QString options;  ///< libpq options for QPSQL, "sslmode=verify-full;sslrootcert=..."
    bool embedded = false;

    /// Parses postgresql://[user[:password]@][host][:port][/database][?param=value&...].
    /// Accepted parameters: sslmode, sslrootcert, sslcert, sslkey, connect_timeout,
    /// application_name, and host (a socket directory). Anything else is refused.
    static Result<ConnectionSettings> fromUrl(const QString &url);

    /// The URL without the password, for status bars and settings.
    QString displayUrl() const;
    /// A short description for the status bar ("embedded (/path)" or the URL).
    QString describe() const;
};

} // namespace hostdeck
