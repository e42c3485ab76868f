// SPDX-License-Identifier: GPL-3.0-or-later
// hostdeck_changes payloads, which any role can send: no crash, and what is
// accepted names a plausible entity.
#include "core/changelistener.h"

#include <QString>

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto change =
        hostdeck::changeFrom(QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size)));
    if (change && (change->entity.isEmpty() || change->entity.size() > 63 || change->id < 0))
        std::abort();
    return 0;
}
