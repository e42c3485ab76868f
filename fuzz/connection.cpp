// SPDX-License-Identifier: GPL-3.0-or-later
// Database connection strings (libpq's URIs and key=value): no crash, and the
// shown form carries no password.
#include "core/connectionsettings.h"

#include <QString>

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    auto settings = hostdeck::ConnectionSettings::fromUrl(text);
    if (!settings)
        return 0;
    // The shown form parses again, and no password comes back from it (it reached the status bar).
    // Its text may still hold the password's characters elsewhere, as in a host name.
    auto shown = hostdeck::ConnectionSettings::fromUrl(settings->displayUrl());
    if (shown && !shown->password.isEmpty())
        std::abort();
    return 0;
}
