// SPDX-License-Identifier: GPL-3.0-or-later
#include "ipam/rdnspublisher.h"

#include "core/database.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

namespace hostdeck {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(RdnsPublisher)
};

constexpr int kMaxHostName = 253;
constexpr int kMaxLabel = 63;

const QString kProviderColumns = QStringLiteral(
    "id, name, kind, base_url, server_id, zone_prefix_v4, zone_prefix_v6, array_to_string(nameservers, ' '),"
    " ttl, connect_timeout_ms, timeout_ms");

RdnsProviderConfig::Kind kindFromText(const QString &kind)
{
    if (kind == QLatin1String("powerdns"))
        return RdnsProviderConfig::Kind::PowerDns;
    if (kind == QLatin1String("cloudflare"))
        return RdnsProviderConfig::Kind::Cloudflare;
    return RdnsProviderConfig::Kind::Internal;
}

QString nibbles(uint128 value, int count)
{
    // the first `count` nibbles of a 128-bit address, least significant of
    // them first, each followed by a dot (the reverse-DNS order)
    QString out;
    for (int i = count - 1; i >= 0; --i) {
        const int shift = 124 - 4 * i;
        out += QString::number(static_cast<unsigned>((value >> shift) & 0xf), 16);
        out += u'.';
    }
    return out;
}

// the same for the first `count` octets of an IPv4 address (low 32 bits)
QString octets(uint128 value, int count)
{
    QString out;
    for (int i = count - 1; i >= 0; --i) {
        const int shift = 24 - 8 * i;
        out += QString::number(static_cast<unsigned>((value >> shift) & 0xff));
        out += u'.';
    }
    return out;
}

bool isLdh(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'-';
}
} // namespace

QString RdnsProviderConfig::kindName(Kind kind)
{
    switch (kind) {
    case Kind::PowerDns:
        return QStringLiteral("PowerDNS");
    case Kind::Cloudflare:
        return QStringLiteral("Cloudflare");
    case Kind::Internal:
        break;
    }
    return Text::tr("internal");
}

RdnsPublisher::RdnsPublisher(QSqlDatabase &db, std::shared_ptr<RdnsProviderFactory> factory)
    : m_db(db)
    , m_factory(std::move(factory))
{}

Result<QString> RdnsPublisher::normaliseHostName(const QString &rawName)
{
    QString name = rawName.trimmed();
    if (name.isEmpty())
        return QString();
    if (name.endsWith(u'.'))
        name.chop(1);
    if (name.isEmpty())
        return Error::failure(Text::tr("\"%1\" is not a host name.").arg(rawName.trimmed()));
    if (name.size() > kMaxHostName)
        return Error::failure(Text::tr("The host name \"%1\" is %2 characters long; at most %3 are allowed.")
                                  .arg(name)
                                  .arg(name.size())
                                  .arg(kMaxHostName));
    const QStringList labels = name.split(u'.');
    for (const QString &label : labels) {
        if (label.isEmpty())
            return Error::failure(
                Text::tr("The host name \"%1\" has an empty label; labels are separated by single dots.")
                    .arg(name));
        if (label.size() > kMaxLabel)
            return Error::failure(
                Text::tr("The label \"%1\" in \"%2\" is %3 characters long; at most %4 are allowed.")
                    .arg(label, name)
                    .arg(label.size())
                    .arg(kMaxLabel));
        for (const QChar c : label) {
            if (!isLdh(c))
                return Error::failure(
                    Text::tr("The label \"%1\" in \"%2\" contains \"%3\"; only letters, digits and "
                             "hyphens are allowed in a host name.")
                        .arg(label, name, QString(c)));
        }
        if (label.startsWith(u'-') || label.endsWith(u'-'))
            return Error::failure(
                Text::tr("The label \"%1\" in \"%2\" starts or ends with a hyphen.").arg(label, name));
    }
    return name;
}

QString RdnsPublisher::reverseName(const Cidr &host)
{
    if (host.family() == 4)
        return octets(host.network(), 4) + QStringLiteral("in-addr.arpa.");
    return nibbles(host.network(), 32) + QStringLiteral("ip6.arpa.");
}

QString RdnsPublisher::reverseZone(const Cidr &host, int prefixLength)
{
    if (host.family() == 4)
        return octets(host.network(), prefixLength / 8) + QStringLiteral("in-addr.arpa.");
    return nibbles(host.network(), prefixLength / 4) + QStringLiteral("ip6.arpa.");
}

Result<RdnsProviderConfig> RdnsPublisher::resolve(const QString &address, bool withSecret)
{
    auto id = db::exec(m_db, QStringLiteral("SELECT rdns_provider_for_address(CAST(:a AS inet))"),
                       {{QStringLiteral("a"), address}});
    if (!id)
        return id.error();
    RdnsProviderConfig config;
    config.name = Text::tr("internal");
    if (!id->next() || id->value(0).isNull())
        return config;
    auto row =
        db::exec(m_db, QStringLiteral("SELECT %1 FROM rdns_providers WHERE id = :id").arg(kProviderColumns),
                 {{QStringLiteral("id"), id->value(0)}});
    if (!row)
        return row.error();
    if (!row->next())
        return config;
    config.id = row->value(0).toLongLong();
    config.name = row->value(1).toString();
    config.kind = kindFromText(row->value(2).toString());
    config.baseUrl = row->value(3).toString();
    config.serverId = row->value(4).toString();
    config.zonePrefixV4 = row->value(5).toInt();
    config.zonePrefixV6 = row->value(6).toInt();
    config.nameservers = row->value(7).toString().split(u' ', Qt::SkipEmptyParts);
    config.ttl = row->value(8).toInt();
    config.connectTimeoutMs = row->value(9).toInt();
    config.timeoutMs = row->value(10).toInt();
    if (withSecret && config.kind != RdnsProviderConfig::Kind::Internal) {
        auto secret = db::exec(m_db, QStringLiteral("SELECT api_secret FROM rdns_providers WHERE id = :id"),
                               {{QStringLiteral("id"), config.id}});
        if (!secret) {
            Error e = secret.error();
            if (e.sqlState == QLatin1String("42501"))
                e.message = Text::tr("Only an administrator may use the credentials of rDNS provider \"%1\"; "
                                     "ask one to change this name.")
                                .arg(config.name);
            return e;
        }
        if (secret->next())
            config.secret = secret->value(0).toString();
    }
    return config;
}

Result<RdnsProviderConfig> RdnsPublisher::providerFor(const QString &address)
{
    auto host = Cidr::parseAddress(address);
    if (!host)
        return host.error();
    return resolve(host->addressString(), false);
}

Status RdnsPublisher::setName(const QString &address, const QString &name)
{
    auto host = Cidr::parseAddress(address);
    if (!host)
        return host.error();
    auto target = normaliseHostName(name);
    if (!target)
        return target.error();
    const QString addr = host->addressString();

    return db::inTransaction(m_db, [&]() -> Status {
        auto row = db::exec(
            m_db, QStringLiteral("SELECT id FROM ip_addresses WHERE address = CAST(:a AS inet) FOR UPDATE"),
            {{QStringLiteral("a"), addr}});
        if (!row)
            return row.error();
        if (!row->next())
            return Error::failure(
                Text::tr("%1 is not a recorded IP address; add it to the address plan before setting "
                         "its reverse DNS.")
                    .arg(addr));
        const qint64 id = row->value(0).toLongLong();

        auto config = resolve(addr, true);
        if (!config)
            return config.error();
        if (config->kind != RdnsProviderConfig::Kind::Internal) {
            const QString label =
                QStringLiteral("\"%1\" (%2)").arg(config->name, RdnsProviderConfig::kindName(config->kind));
            std::unique_ptr<RdnsProvider> provider = m_factory ? m_factory->create(*config) : nullptr;
            if (!provider)
                return Error::failure(Text::tr("No driver is available for rDNS provider %1.").arg(label));
            PtrChange change;
            change.address = addr;
            change.reverseName = reverseName(*host);
            change.zone =
                reverseZone(*host, host->family() == 4 ? config->zonePrefixV4 : config->zonePrefixV6);
            change.target = target->isEmpty() ? QString() : *target + u'.';
            change.ttl = config->ttl;
            if (Status s = provider->apply(change); !s) {
                Error e = s.error();
                e.message = Text::tr("rDNS provider %1 refused the change for %2: %3")
                                .arg(label, addr, s.error().message);
                return e;
            }
        }
        auto update =
            db::exec(m_db,
                     QStringLiteral("UPDATE ip_addresses SET rdns = :n, rdns_updated_at = now()"
                                    " WHERE id = :id"),
                     {{QStringLiteral("n"),
                       target->isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(*target)},
                      {QStringLiteral("id"), id}});
        if (!update)
            return update.error();
        return {};
    });
}

} // namespace hostdeck
