// SPDX-License-Identifier: GPL-3.0-or-later
// What an SNMP agent answers to a poll's GETBULK walk, as the PDUs Net-SNMP
// parses off the wire: no crash, no UB, and a poll that succeeds lists each
// ifIndex once, in range, with counters only where the agent sent both.
//
// Input: one byte of max-repetitions, one byte choosing a PDU model of the
// built-in OID map (0: interfaces only), then answers as a 16-bit big-endian
// length and that many bytes of BER (fuzz/corpus/snmpwalk is made from the
// recorded devices in tests/fixtures/snmp by fuzz/make_snmp_corpus.py).
#include "pduoidmap.h"
#include "snmppoller.h"

#include <QSet>

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 2)
        return 0;
    hostdeck::SnmpPollRequest request;
    request.target.host = QStringLiteral("fuzz.invalid");
    request.target.maxRepetitions = 1 + data[0] % 64;
    request.target.maxRowsPerWalk = 500;
    const QStringList models = hostdeck::PduOidMap::builtIn().keys();
    if (data[1] != 0 && !models.isEmpty()) {
        request.pduModel = models.at((data[1] - 1) % models.size());
        request.interfaces = data[1] % 2 == 0;
    }
    QList<QByteArray> answers;
    size_t at = 2;
    while (at + 2 <= size && answers.size() < 64) {
        const size_t length = (size_t(data[at]) << 8) | data[at + 1];
        at += 2;
        const size_t take = std::min(length, size - at);
        answers.append(QByteArray(reinterpret_cast<const char *>(data + at), qsizetype(take)));
        at += take;
    }
    const hostdeck::SnmpPollResult result = hostdeck::walkOverAnswers(request, answers);
    if (!result.poll)
        return 0;
    QSet<int> seen;
    for (const hostdeck::InterfaceSample &sample : result.poll->interfaces) {
        if (sample.ifIndex < 1 || seen.contains(sample.ifIndex) || sample.name.isEmpty())
            std::abort();
        if (!sample.hasCounters && (sample.inOctets != 0 || sample.outOctets != 0))
            std::abort();
        seen.insert(sample.ifIndex);
    }
    for (const hostdeck::OutletSample &outlet : result.poll->outlets)
        if (outlet.outlet < 1)
            std::abort();
    return 0;
}
