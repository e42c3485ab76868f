// SPDX-License-Identifier: GPL-3.0-or-later
// The PDU outlet OID map (data, not code): no crash on any document.
#include "pduoidmap.h"

#include <QByteArray>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    (void)hostdeck::PduOidMap::parse(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
    return 0;
}
