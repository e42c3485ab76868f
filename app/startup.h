// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/connectionsettings.h"
#include "core/embeddedcluster.h"
#include "core/result.h"

#include <QString>
#include <QStringList>

#include <memory>

namespace hostdeck {

/// The database a console or CLI run works on.
struct StartupResult
{
    ConnectionSettings settings;
    /// The private cluster when the embedded default is used; null for a server URL.
    /// cluster->startedHere() tells whether this process started it.
    std::shared_ptr<EmbeddedCluster> cluster;
};

/// Decides which database to use and makes sure it can be used:
/// - `dbUrl` (from --db), else the QSettings value "database/url" (organisation
///   "HostDeck", application "hostdeck"), is parsed with ConnectionSettings::fromUrl
///   and connected to once to verify it (an unreachable server gets a message naming
///   host, port and the reason; a schema newer than this binary is refused);
/// - when both are empty, the embedded cluster under EmbeddedCluster::defaultBaseDir()
///   is started or reused, and database "hostdeck" is created and migrated, with the
///   operator role defaultOperatorRole() as an administrator.
/// The verifying connection is closed again; callers open their own.
Result<StartupResult> resolveDatabase(const QString &dbUrl);

/// Stops the embedded cluster if this process started it and no other client
/// backend is connected to it any more (another console keeps it running).
/// A no-op for a server URL or a reused cluster. Close your own connections first.
Status stopEmbeddedIfIdle(const StartupResult &startup);

/// The value of --db URL / --db=URL in `arguments`, or an empty string.
QString databaseUrlArgument(const QStringList &arguments);

/// The QSettings the console keeps its preferences in ("HostDeck", "hostdeck").
inline constexpr const char *kSettingsOrganization = "HostDeck";
inline constexpr const char *kSettingsApplication = "hostdeck";

} // namespace hostdeck
