#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes seed inputs for the snmpwalk fuzz target: the GETBULK answers that the
recorded devices in tests/fixtures/snmp give to HostDeck's interface walk,
encoded as the target reads them (see fuzz/snmpwalk.cpp).

The walk is replayed as the poller runs it: sysUpTime as the non-repeater of
the first request, then every column still open from its last OID, answered
as an agent does (the next OIDs in order, past the column's end, then
endOfMibView)."""
import bisect
import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent.parent / "tests" / "fixtures"))
from snmp_hostile import enc_int, enc_oid, enc_uint, tlv  # noqa: E402  (the hostile agent's BER encoder)

COLUMNS = [  # the order of interfaceColumns() in drivers/snmppoller.cpp
    "1.3.6.1.2.1.2.2.1.2", "1.3.6.1.2.1.2.2.1.5", "1.3.6.1.2.1.2.2.1.6", "1.3.6.1.2.1.2.2.1.7",
    "1.3.6.1.2.1.2.2.1.8", "1.3.6.1.2.1.2.2.1.10", "1.3.6.1.2.1.2.2.1.16", "1.3.6.1.2.1.31.1.1.1.1",
    "1.3.6.1.2.1.31.1.1.1.6", "1.3.6.1.2.1.31.1.1.1.10", "1.3.6.1.2.1.31.1.1.1.15",
    "1.3.6.1.2.1.31.1.1.1.18", "1.3.6.1.2.1.31.1.1.1.19",
]
SYS_UPTIME = (1, 3, 6, 1, 2, 1, 1, 3)
TAGS = {"2": 0x02, "4": 0x04, "4x": 0x04, "6": 0x06, "64": 0x40, "65": 0x41, "66": 0x42, "67": 0x43,
        "70": 0x46}


def oid(text):
    return tuple(int(p) for p in text.split("."))


def value(kind, text):
    tag = TAGS[kind]
    if kind == "4":
        return tlv(tag, text.encode())
    if kind == "4x":
        return tlv(tag, bytes.fromhex(text))
    if kind == "6":
        return enc_oid(oid(text))
    if kind == "64":
        return tlv(tag, bytes(int(p) for p in text.split(".")))
    if kind == "2":
        return enc_int(int(text))
    return enc_uint(int(text), tag)


def load(path):
    rows = {}
    for line in pathlib.Path(path).read_text().splitlines():
        if line.strip():
            name, kind, text = line.split("|", 2)
            rows[oid(name)] = (kind, text)
    return rows


def answers(rows, repetitions, limit):
    names = sorted(rows)

    def after(o):
        i = bisect.bisect_right(names, o)
        return names[i] if i < len(names) else None

    def varbind(o):
        if o is None:
            return None
        return tlv(0x30, enc_oid(o) + value(*rows[o]))

    cursors = [oid(c) for c in COLUMNS]
    done = [False] * len(COLUMNS)
    out, request_id = [], 1000
    while not all(done) and len(out) < limit:
        binds = []
        if not out:
            binds.append(varbind(after(SYS_UPTIME)))
        open_columns = [i for i in range(len(COLUMNS)) if not done[i]]
        walk = {i: cursors[i] for i in open_columns}
        for _ in range(repetitions):
            for i in open_columns:
                nxt = after(walk[i]) if walk[i] is not None else None
                walk[i] = nxt
                binds.append(varbind(nxt) or tlv(0x30, enc_oid(cursors[i]) + bytes([0x82, 0])))
        # The poller's side: a column ends at the first OID outside it.
        for i in open_columns:
            prefix = oid(COLUMNS[i])
            o = cursors[i]
            for _ in range(repetitions):
                o = after(o)
                if o is None or o[:len(prefix)] != prefix:
                    done[i] = True
                    break
                cursors[i] = o
        pdu = enc_int(request_id) + enc_int(0) + enc_int(0) + tlv(0x30, b"".join(binds))
        out.append(tlv(0xA2, pdu))
        request_id += 1
    return out


def seed(repetitions, model, pdus):
    data = bytes([(repetitions - 1) % 64, model])
    for pdu in pdus:
        data += len(pdu).to_bytes(2, "big") + pdu
    return data


def main():
    root = pathlib.Path(__file__).resolve().parent
    fixtures = root.parent / "tests" / "fixtures" / "snmp"
    target = root / "corpus" / "snmpwalk"
    target.mkdir(parents=True, exist_ok=True)
    for recording, repetitions in (("cisco-c3750-stack", 25), ("cisco-c3750-stack", 7), ("edge-router", 10),
                                   ("edge-router", 1)):
        rows = load(fixtures / f"{recording}.snmprec")
        pdus = answers(rows, repetitions, 40)
        (target / f"{recording}-r{repetitions}").write_bytes(seed(repetitions, 0, pdus))
        # The same walk cut short: the agent stops answering half-way.
        (target / f"{recording}-r{repetitions}-cut").write_bytes(seed(repetitions, 0, pdus[: len(pdus) // 2]))
    rows = load(fixtures / "edge-router.snmprec")
    (target / "edge-router-pdu").write_bytes(seed(10, 2, answers(rows, 10, 40)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
