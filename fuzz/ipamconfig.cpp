// SPDX-License-Identifier: GPL-3.0-or-later
// A product's ipam_config JSON: no crash on any input.
#include "ipam/ipamtypes.h"

#include <QByteArray>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    (void)hostdeck::IpamConfig::fromJson(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
    return 0;
}
