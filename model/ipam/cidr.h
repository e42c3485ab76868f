// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QList>
#include <QString>

#include <utility>

namespace hostdeck {

__extension__ typedef unsigned __int128 uint128;

/// An IPv4 or IPv6 network in CIDR form: family, a 128-bit network address
/// (IPv4 in the low 32 bits) and a prefix length. A valid Cidr is always
/// normalised: the host bits are zero. A host address is a Cidr of full
/// length (/32 or /128). All arithmetic is 128-bit; nothing enumerates a range.
class Cidr
{
public:
    Cidr() = default;

    /// Parses "a.b.c.d/n" or an IPv6 "x:y::z/n"; without "/n" the text is a host
    /// address (/32, /128). Refuses garbage, a prefix out of range for the family
    /// (/33 for IPv4, /129) and host bits set, naming the normalised network.
    /// With `expectedFamily` 4 or 6, the other family is refused by name.
    static Result<Cidr> parse(const QString &text, int expectedFamily = 0);
    /// Parses a single host address (no prefix allowed).
    static Result<Cidr> parseAddress(const QString &text, int expectedFamily = 0);
    /// The network of `address` at `prefixLength`, host bits cleared. Invalid
    /// Cidr for a bad family or prefix.
    static Cidr fromParts(int family, uint128 address, int prefixLength);
    /// The range HostDeck manages in its prefix tree: IPv4 /8 to /32 and IPv6
    /// /12 to /128 (the largest blocks IANA hands a regional registry; an
    /// LIR's /29 and larger allocations fit). A clear error otherwise (/0, /4, ::/8 ...).
    static Status checkManagedPrefix(int family, int prefixLength);
    /// checkManagedPrefix(), and no IPv4-mapped IPv6 space (::ffff:0:0/96, inside
    /// or around it): those addresses are IPv4 ones, managed as IPv4.
    static Status checkManaged(const Cidr &cidr);

    bool isValid() const { return m_family != 0; }
    int family() const { return m_family; }
    int maxPrefix() const { return m_family == 4 ? 32 : 128; }
    int prefixLength() const { return m_prefix; }
    bool isHost() const { return isValid() && m_prefix == maxPrefix(); }
    /// The network address (first address).
    uint128 network() const { return m_address; }
    /// The last address (broadcast for IPv4).
    uint128 last() const { return m_address | hostMask(); }
    /// Number of addresses; saturates at 2^128 - 1 for an IPv6 /0.
    uint128 size() const;
    /// log2 of the number of addresses.
    int hostBits() const { return maxPrefix() - m_prefix; }

    /// "10.0.0.0/8", "2001:db8::/32" (RFC 5952 form).
    QString toString() const;
    /// The network address without the prefix.
    QString addressString() const { return formatAddress(m_family, m_address); }

    /// True when `other` lies inside this network or equals it.
    bool contains(const Cidr &other) const;
    /// True when `address` (same family) lies inside this network.
    bool containsAddress(uint128 address) const;
    bool overlaps(const Cidr &other) const { return contains(other) || other.contains(*this); }

    /// The two halves (prefix + 1). Requires prefixLength() < maxPrefix().
    std::pair<Cidr, Cidr> halves() const;
    /// Every piece of length `newPrefix`, in address order. Refuses a shorter
    /// prefix, one past the family's maximum, and more than `maxPieces` pieces.
    Result<QList<Cidr>> subdivide(int newPrefix, int maxPieces = 65536) const;
    /// The enclosing network one bit shorter; invalid for a /0.
    Cidr parent() const;
    /// The other half of parent(); invalid for a /0.
    Cidr sibling() const;
    /// The enclosing network of length `prefixLength` (<= this one's).
    Cidr supernet(int prefixLength) const;
    /// The host at `offset` from the network address (offset < size()).
    Cidr host(uint128 offset) const;

    bool operator==(const Cidr &o) const
    {
        return m_family == o.m_family && m_address == o.m_address && m_prefix == o.m_prefix;
    }
    bool operator!=(const Cidr &o) const { return !(*this == o); }
    /// Orders by family, address, then prefix length (parents before children).
    bool operator<(const Cidr &o) const;

    static QString formatAddress(int family, uint128 address);
    /// Decimal text of a 128-bit number.
    static QString toDecimal(uint128 value);

private:
    uint128 hostMask() const;

    int m_family = 0;
    uint128 m_address = 0;
    int m_prefix = 0;
};

} // namespace hostdeck
