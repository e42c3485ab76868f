// SPDX-License-Identifier: GPL-3.0-or-later
#include "powerdnsclient.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

namespace hostdeck {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(PowerDnsClient)
};

QString absolute(QString name)
{
    if (!name.endsWith(u'.'))
        name += u'.';
    return name;
}

/// A zone name for a sentence: without the root dot.
QString display(QString name)
{
    if (name.endsWith(u'.'))
        name.chop(1);
    return name;
}

/// PowerDNS's own words: the "error" member of its JSON body, else the body.
QString upstreamText(const QByteArray &body)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (doc.isObject() && doc.object().value(QLatin1String("error")).isString())
        return doc.object().value(QLatin1String("error")).toString();
    return QString::fromUtf8(body.left(300)).trimmed();
}
} // namespace

PowerDnsClient::PowerDnsClient(RdnsProviderConfig config)
    : m_config(std::move(config))
{
    QString base = m_config.baseUrl;
    while (base.endsWith(u'/'))
        base.chop(1);
    if (!base.endsWith(QLatin1String("/api/v1")))
        base += QStringLiteral("/api/v1");
    m_apiRoot =
        base + QStringLiteral("/servers/") + QString::fromLatin1(QUrl::toPercentEncoding(m_config.serverId));
}

QString PowerDnsClient::zoneUrlPath(const QString &zone) const
{
    return QStringLiteral("/zones/") + QString::fromLatin1(QUrl::toPercentEncoding(absolute(zone)));
}

Result<HttpResponse> PowerDnsClient::call(const QByteArray &method, const QString &path,
                                          const QByteArray &body)
{
    HttpRequest request;
    request.method = method;
    request.url = m_apiRoot + path;
    request.headers = {{QByteArrayLiteral("X-API-Key"), m_config.secret.toUtf8()},
                       {QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json")}};
    if (!body.isEmpty())
        request.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
    request.body = body;
    request.connectTimeoutMs = m_config.connectTimeoutMs;
    request.timeoutMs = m_config.timeoutMs;
    auto response = HttpClient::send(request);
    if (!response) {
        Error e = response.error();
        e.message = Text::tr("PowerDNS could not be reached: %1").arg(e.message);
        return e;
    }
    return response;
}

Error PowerDnsClient::failure(const HttpResponse &response, const QString &action) const
{
    const QString upstream = upstreamText(response.body);
    if (response.status == 401)
        return Error::failure(Text::tr("PowerDNS rejected the API key (HTTP 401) while %1.").arg(action),
                              upstream);
    return Error::failure(Text::tr("PowerDNS answered HTTP %1 while %2: %3")
                              .arg(response.status)
                              .arg(action, upstream.isEmpty() ? Text::tr("no error text") : upstream),
                          upstream);
}

Result<bool> PowerDnsClient::zoneExists(const QString &zone)
{
    const QString action = Text::tr("looking up zone %1").arg(display(zone));
    auto response = call("GET", zoneUrlPath(zone) + QStringLiteral("?rrsets=false"));
    if (!response)
        return response.error();
    if (response->status == 200)
        return true;
    // PowerDNS 4.7 answers 404 for an unknown zone; older releases 422
    if (response->status == 404 ||
        (response->status == 422 && upstreamText(response->body).contains(QLatin1String("Could not find"))))
        return false;
    return failure(*response, action);
}

Status PowerDnsClient::createZone(const QString &zone)
{
    QJsonArray nameservers;
    for (const QString &ns : m_config.nameservers)
        nameservers.append(absolute(ns));
    const QJsonObject body{{QStringLiteral("name"), absolute(zone)},
                           {QStringLiteral("kind"), QStringLiteral("Native")},
                           {QStringLiteral("nameservers"), nameservers},
                           {QStringLiteral("soa_edit_api"), QStringLiteral("DEFAULT")}};
    auto response =
        call("POST", QStringLiteral("/zones"), QJsonDocument(body).toJson(QJsonDocument::Compact));
    if (!response)
        return response.error();
    if (response->status == 201 || response->status == 409) // 409: created meanwhile
        return {};
    return failure(*response, Text::tr("creating zone %1").arg(display(zone)));
}

Status PowerDnsClient::apply(const PtrChange &change)
{
    auto exists = zoneExists(change.zone);
    if (!exists)
        return exists.error();
    if (!*exists) {
        if (change.target.isEmpty())
            return {}; // no zone, so no record to delete
        if (Status s = createZone(change.zone); !s)
            return s;
    }

    QJsonObject rrset{{QStringLiteral("name"), absolute(change.reverseName)},
                      {QStringLiteral("type"), QStringLiteral("PTR")}};
    if (change.target.isEmpty()) {
        rrset.insert(QStringLiteral("changetype"), QStringLiteral("DELETE"));
    } else {
        rrset.insert(QStringLiteral("changetype"), QStringLiteral("REPLACE"));
        rrset.insert(QStringLiteral("ttl"), change.ttl);
        rrset.insert(QStringLiteral("records"),
                     QJsonArray{QJsonObject{{QStringLiteral("content"), absolute(change.target)},
                                            {QStringLiteral("disabled"), false}}});
    }
    const QJsonObject body{{QStringLiteral("rrsets"), QJsonArray{rrset}}};
    auto response =
        call("PATCH", zoneUrlPath(change.zone), QJsonDocument(body).toJson(QJsonDocument::Compact));
    if (!response)
        return response.error();
    if (response->status == 204 || response->status == 200)
        return {};
    return failure(*response, change.target.isEmpty()
                                  ? Text::tr("deleting the PTR of %1").arg(change.address)
                                  : Text::tr("setting the PTR of %1").arg(change.address));
}

} // namespace hostdeck
