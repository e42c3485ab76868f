// SPDX-License-Identifier: GPL-3.0-or-later
#include "ipam/cidr.h"

#include <QCoreApplication>

namespace hostdeck {

namespace {
// lupdate files these strings under the macro's context.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Cidr)
};

bool parseIPv4(QStringView text, uint128 &out)
{
    const auto parts = text.split(u'.');
    if (parts.size() != 4)
        return false;
    quint32 value = 0;
    for (QStringView part : parts) {
        // "010" is ten to some parsers and eight (octal) to others: ambiguous, so refused
        // (as Python's ipaddress does since CVE-2021-29921).
        if (part.isEmpty() || part.size() > 3 || (part.size() > 1 && part.front() == u'0'))
            return false;
        for (QChar c : part) {
            if (c < u'0' || c > u'9')
                return false;
        }
        const int octet = part.toInt();
        if (octet > 255)
            return false;
        value = (value << 8) | quint32(octet);
    }
    out = value;
    return true;
}

int hexDigit(QChar c)
{
    if (c >= u'0' && c <= u'9')
        return c.unicode() - u'0';
    if (c >= u'a' && c <= u'f')
        return c.unicode() - u'a' + 10;
    if (c >= u'A' && c <= u'F')
        return c.unicode() - u'A' + 10;
    return -1;
}

// Groups of one side of "::" (or the whole address); an embedded IPv4 tail counts two groups.
bool parseGroups(QStringView text, QList<quint16> &groups, bool allowIPv4Tail)
{
    if (text.isEmpty())
        return true;
    const auto parts = text.split(u':');
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const QStringView part = parts.at(i);
        if (part.contains(u'.')) {
            uint128 v4 = 0;
            if (!allowIPv4Tail || i != parts.size() - 1 || !parseIPv4(part, v4))
                return false;
            groups << quint16(quint32(v4) >> 16) << quint16(quint32(v4) & 0xffff);
            continue;
        }
        if (part.isEmpty() || part.size() > 4)
            return false;
        quint32 g = 0;
        for (QChar c : part) {
            const int d = hexDigit(c);
            if (d < 0)
                return false;
            g = (g << 4) | quint32(d);
        }
        groups << quint16(g);
    }
    return true;
}

bool parseIPv6(QStringView text, uint128 &out)
{
    const qsizetype gap = text.indexOf(QLatin1String("::"));
    QList<quint16> head, tail;
    if (gap >= 0) {
        if (text.indexOf(QLatin1String("::"), gap + 1) >= 0)
            return false;
        if (!parseGroups(text.left(gap), head, false) || !parseGroups(text.mid(gap + 2), tail, true))
            return false;
        if (head.size() + tail.size() > 7)
            return false;
    } else {
        if (!parseGroups(text, head, true) || head.size() != 8)
            return false;
    }
    uint128 value = 0;
    for (quint16 g : std::as_const(head))
        value = (value << 16) | g;
    for (qsizetype i = head.size() + tail.size(); i < 8; ++i)
        value <<= 16;
    for (quint16 g : std::as_const(tail))
        value = (value << 16) | g;
    out = value;
    return true;
}

// Parses an address of either family; family 0 when it is neither.
int parseAnyAddress(QStringView text, uint128 &out)
{
    if (text.contains(u':'))
        return parseIPv6(text, out) ? 6 : 0;
    return parseIPv4(text, out) ? 4 : 0;
}

QString familyName(int family)
{
    return family == 4 ? QStringLiteral("IPv4") : QStringLiteral("IPv6");
}

// The first dotted-quad octet of `text` written with a leading zero ("010" in "010.1.1.0/24"), if any.
QString leadingZeroOctet(QStringView text)
{
    QStringView address = text.left(text.indexOf(u'/') < 0 ? text.size() : text.indexOf(u'/'));
    if (const qsizetype colon = address.lastIndexOf(u':'); colon >= 0)
        address = address.mid(colon + 1); // an embedded IPv4 tail
    if (!address.contains(u'.'))
        return {};
    for (QStringView part : address.split(u'.')) {
        if (part.size() > 1 && part.front() == u'0')
            return part.toString();
    }
    return {};
}

Error notAnAddress(const QString &text, const QString &sentence)
{
    const QString octet = leadingZeroOctet(text);
    if (!octet.isEmpty())
        return Error::failure(
            Text::tr("\"%1\" has the octet %2 with a leading zero, which some tools read as octal; "
                     "write it without the zero.")
                .arg(text, octet));
    return Error::failure(sentence);
}

// ::ffff:0:0/96, IPv4-mapped IPv6 addresses (RFC 4291 2.5.5.2).
const uint128 kMappedPrefix = uint128(0xffff) << 32;
} // namespace

Cidr Cidr::fromParts(int family, uint128 address, int prefixLength)
{
    Cidr c;
    if ((family != 4 && family != 6) || prefixLength < 0 || prefixLength > (family == 4 ? 32 : 128))
        return c;
    c.m_family = family;
    c.m_prefix = prefixLength;
    if (family == 4)
        address &= uint128(0xffffffffu);
    c.m_address = address & ~c.hostMask();
    return c;
}

Result<Cidr> Cidr::parse(const QString &rawText, int expectedFamily)
{
    const QString text = rawText.trimmed();
    if (text.isEmpty())
        return Error::failure(Text::tr("No network given."));
    const qsizetype slash = text.indexOf(u'/');
    const QStringView addressPart = slash < 0 ? QStringView(text) : QStringView(text).left(slash);
    uint128 address = 0;
    const int family = parseAnyAddress(addressPart, address);
    if (family == 0)
        return notAnAddress(text, Text::tr("\"%1\" is not an IPv4 or IPv6 network.").arg(text));
    if (expectedFamily != 0 && family != expectedFamily)
        return Error::failure(Text::tr("%1 is an %2 network, but an %3 one is needed here.")
                                  .arg(text, familyName(family), familyName(expectedFamily)));
    const int maxPrefix = family == 4 ? 32 : 128;
    int prefix = maxPrefix;
    if (slash >= 0) {
        const QStringView prefixPart = QStringView(text).mid(slash + 1);
        bool digits = !prefixPart.isEmpty() && prefixPart.size() <= 3;
        for (QChar c : prefixPart)
            digits = digits && c >= u'0' && c <= u'9';
        if (!digits)
            return Error::failure(Text::tr("\"%1\" has no valid prefix length after the \"/\".").arg(text));
        prefix = prefixPart.toInt();
        if (prefix > maxPrefix)
            return Error::failure(Text::tr("/%1 is not a valid %2 prefix length (0 to %3): %4")
                                      .arg(prefix)
                                      .arg(familyName(family))
                                      .arg(maxPrefix)
                                      .arg(text));
    }
    const Cidr normal = fromParts(family, address, prefix);
    if (normal.m_address != address)
        return Error::failure(
            Text::tr("%1 has host bits set; the network is %2.").arg(text, normal.toString()));
    return normal;
}

Result<Cidr> Cidr::parseAddress(const QString &rawText, int expectedFamily)
{
    const QString text = rawText.trimmed();
    if (text.isEmpty())
        return Error::failure(Text::tr("No address given."));
    if (text.contains(u'/'))
        return Error::failure(Text::tr("%1 is a network; a single address is needed here.").arg(text));
    uint128 address = 0;
    const int family = parseAnyAddress(text, address);
    if (family == 0)
        return notAnAddress(text, Text::tr("\"%1\" is not an IPv4 or IPv6 address.").arg(text));
    if (expectedFamily != 0 && family != expectedFamily)
        return Error::failure(Text::tr("%1 is an %2 address, but an %3 one is needed here.")
                                  .arg(text, familyName(family), familyName(expectedFamily)));
    return fromParts(family, address, family == 4 ? 32 : 128);
}

Status Cidr::checkManagedPrefix(int family, int prefixLength)
{
    if (family == 4 && (prefixLength < 8 || prefixLength > 32))
        return Error::failure(
            Text::tr("/%1 is outside the IPv4 range HostDeck manages (/8 to /32).").arg(prefixLength));
    if (family == 6 && (prefixLength < 12 || prefixLength > 128))
        return Error::failure(
            Text::tr("/%1 is outside the IPv6 range HostDeck manages (/12 to /128).").arg(prefixLength));
    if (family != 4 && family != 6)
        return Error::failure(Text::tr("The address family must be 4 or 6, not %1.").arg(family));
    return {};
}

Status Cidr::checkManaged(const Cidr &cidr)
{
    if (!cidr.isValid())
        return Error::failure(Text::tr("No network given."));
    if (Status s = checkManagedPrefix(cidr.family(), cidr.prefixLength()); !s)
        return s;
    const Cidr mapped = fromParts(6, kMappedPrefix, 96);
    if (cidr.family() == 6 && (mapped.contains(cidr) || cidr.contains(mapped)))
        return Error::failure(
            Text::tr("%1 is IPv4-mapped IPv6 space (::ffff:0:0/96), which stands for IPv4 "
                     "addresses; manage them as IPv4, so one address cannot be handed out twice.")
                .arg(cidr.toString()));
    return {};
}

uint128 Cidr::hostMask() const
{
    const int bits = hostBits();
    if (bits >= 128)
        return ~uint128(0);
    return (uint128(1) << bits) - 1;
}

uint128 Cidr::size() const
{
    if (!isValid())
        return 0;
    const int bits = hostBits();
    return bits >= 128 ? ~uint128(0) : uint128(1) << bits;
}

QString Cidr::toString() const
{
    if (!isValid())
        return {};
    return formatAddress(m_family, m_address) + u'/' + QString::number(m_prefix);
}

bool Cidr::contains(const Cidr &other) const
{
    if (!isValid() || other.m_family != m_family || other.m_prefix < m_prefix)
        return false;
    return (other.m_address & ~hostMask()) == m_address;
}

bool Cidr::containsAddress(uint128 address) const
{
    return isValid() && (address & ~hostMask()) == m_address;
}

std::pair<Cidr, Cidr> Cidr::halves() const
{
    Q_ASSERT(isValid() && m_prefix < maxPrefix());
    const Cidr lower = fromParts(m_family, m_address, m_prefix + 1);
    const Cidr upper = fromParts(m_family, m_address | (uint128(1) << (hostBits() - 1)), m_prefix + 1);
    return {lower, upper};
}

Result<QList<Cidr>> Cidr::subdivide(int newPrefix, int maxPieces) const
{
    if (!isValid())
        return Error::failure(Text::tr("No network to subdivide."));
    if (newPrefix <= m_prefix)
        return Error::failure(
            Text::tr("%1 cannot be split into /%2 pieces: the pieces must be smaller than the "
                     "network (longer than /%3).")
                .arg(toString())
                .arg(newPrefix)
                .arg(m_prefix));
    if (newPrefix > maxPrefix())
        return Error::failure(Text::tr("/%1 is not a valid %2 prefix length (0 to %3).")
                                  .arg(newPrefix)
                                  .arg(familyName(m_family))
                                  .arg(maxPrefix()));
    const int extraBits = newPrefix - m_prefix;
    if (extraBits > 30 || (qint64(1) << extraBits) > maxPieces)
        return Error::failure(Text::tr("Splitting %1 into /%2 pieces would make more than %3 subnets.")
                                  .arg(toString())
                                  .arg(newPrefix)
                                  .arg(maxPieces));
    QList<Cidr> pieces;
    const qint64 count = qint64(1) << extraBits;
    pieces.reserve(count);
    const int step = maxPrefix() - newPrefix;
    for (qint64 i = 0; i < count; ++i)
        pieces << fromParts(m_family, m_address | (uint128(i) << step), newPrefix);
    return pieces;
}

Cidr Cidr::parent() const
{
    if (!isValid() || m_prefix == 0)
        return {};
    return fromParts(m_family, m_address, m_prefix - 1);
}

Cidr Cidr::sibling() const
{
    if (!isValid() || m_prefix == 0)
        return {};
    return fromParts(m_family, m_address ^ (uint128(1) << hostBits()), m_prefix);
}

Cidr Cidr::supernet(int prefixLength) const
{
    if (!isValid() || prefixLength > m_prefix || prefixLength < 0)
        return {};
    return fromParts(m_family, m_address, prefixLength);
}

Cidr Cidr::host(uint128 offset) const
{
    if (!isValid() || (hostBits() < 128 && offset >= size()))
        return {};
    return fromParts(m_family, m_address + offset, maxPrefix());
}

bool Cidr::operator<(const Cidr &o) const
{
    if (m_family != o.m_family)
        return m_family < o.m_family;
    if (m_address != o.m_address)
        return m_address < o.m_address;
    return m_prefix < o.m_prefix;
}

QString Cidr::formatAddress(int family, uint128 address)
{
    if (family == 4) {
        const quint32 v = quint32(address);
        return QStringLiteral("%1.%2.%3.%4")
            .arg(v >> 24)
            .arg((v >> 16) & 0xff)
            .arg((v >> 8) & 0xff)
            .arg(v & 0xff);
    }
    if (family != 6)
        return {};
    // RFC 5952 section 5: IPv4-mapped addresses in mixed notation, as PostgreSQL prints them.
    if ((address >> 32) == uint128(0xffff))
        return QStringLiteral("::ffff:") + formatAddress(4, address & uint128(0xffffffffu));
    quint16 groups[8];
    for (int i = 7; i >= 0; --i) {
        groups[i] = quint16(address & 0xffff);
        address >>= 16;
    }
    // RFC 5952: the longest run (at least two) of zero groups becomes "::", the first one on a tie.
    int bestStart = -1, bestLength = 0;
    for (int i = 0; i < 8;) {
        if (groups[i] != 0) {
            ++i;
            continue;
        }
        int j = i;
        while (j < 8 && groups[j] == 0)
            ++j;
        if (j - i > bestLength && j - i >= 2) {
            bestStart = i;
            bestLength = j - i;
        }
        i = j;
    }
    QString out;
    for (int i = 0; i < 8; ++i) {
        if (i == bestStart) {
            out += QLatin1String("::");
            i += bestLength - 1;
            continue;
        }
        if (!out.isEmpty() && !out.endsWith(u':'))
            out += u':';
        out += QString::number(groups[i], 16);
    }
    return out;
}

QString Cidr::toDecimal(uint128 value)
{
    if (value == 0)
        return QStringLiteral("0");
    QString digits;
    while (value != 0) {
        digits.prepend(QChar(u'0' + int(value % 10)));
        value /= 10;
    }
    return digits;
}

} // namespace hostdeck
