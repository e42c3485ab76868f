// SPDX-License-Identifier: GPL-3.0-or-later
// SNMP counter arithmetic over any two readings an agent could send: no crash,
// no UB, and a usable delta never exceeds what a sample can hold.
#include "telemetry/countermath.h"

#include <cstdlib>
#include <cstring>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    struct Raw
    {
        quint64 before, after;
        quint32 upBefore, upAfter, discBefore, discAfter;
        quint8 flags;
        double elapsed;
        quint64 speed;
    } raw{};
    std::memcpy(&raw, data, std::min(size, sizeof raw));
    hostdeck::CounterReading previous;
    previous.value = raw.before;
    previous.width = raw.flags & 1 ? 32 : 64;
    previous.sysUpTime = raw.upBefore;
    if (raw.flags & 2)
        previous.discontinuityTime = raw.discBefore;
    hostdeck::CounterReading current;
    current.value = raw.after;
    current.width = raw.flags & 4 ? 32 : 64;
    current.sysUpTime = raw.upAfter;
    if (raw.flags & 8)
        current.discontinuityTime = raw.discAfter;
    const auto delta = hostdeck::counterDelta(previous, current, raw.elapsed, raw.speed);
    if (delta.usable() && delta.delta > hostdeck::countermath::kMaxDelta)
        std::abort();
    (void)hostdeck::sampleSlot(qint64(raw.before), qint64(raw.after));
    return 0;
}
