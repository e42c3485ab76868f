// SPDX-License-Identifier: GPL-3.0-or-later
// CIDR and address text: no crash, and whatever parses formats back to itself.
#include "ipam/cidr.h"

#include <QString>

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    for (int family : {0, 4, 6}) {
        auto network = hostdeck::Cidr::parse(text, family);
        if (network) {
            auto again = hostdeck::Cidr::parse(network->toString());
            if (!again || !(*again == *network))
                std::abort(); // a network that does not survive its own formatting
            (void)hostdeck::Cidr::checkManaged(*network);
        }
        auto address = hostdeck::Cidr::parseAddress(text, family);
        if (address && !address->isHost())
            std::abort();
    }
    return 0;
}
