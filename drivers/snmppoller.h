// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "telemetry/snmp.h"

#include <QByteArray>
#include <QList>

#include <memory>

namespace hostdeck {

/// The Net-SNMP implementation of SnmpPoller: one session per agent (the
/// single-session API), all driven asynchronously from one select loop on the
/// calling thread, so a sweep of many agents needs no thread per device.
/// Per-agent timeouts and retries come from the target; every agent also has
/// a wall-clock bound (see docs/snmp.md), so sweep() always returns.
/// Thread-safe: several threads may sweep at once (calls into Net-SNMP, which
/// is not built reentrant here, are serialised; waiting is not).
std::shared_ptr<SnmpPoller> makeSnmpPoller();

/// The answering half of a poll, without a network (the fuzz target's entry):
/// walks what `request` asks for over `answers`, each the PDU of one GETBULK
/// response as BER (what snmp_pdu_parse reads; the message wrapper with the
/// version and community stripped), one per request the walk sends, and
/// returns what sweep() would report. An answer that does not parse, or
/// running out of answers, counts as the agent not answering. Opens no socket.
SnmpPollResult walkOverAnswers(const SnmpPollRequest &request, const QList<QByteArray> &answers);

} // namespace hostdeck
