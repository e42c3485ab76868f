// SPDX-License-Identifier: GPL-3.0-or-later
#include "cloudflareclient.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>
#include <QUrlQuery>

namespace hostdeck {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(CloudflareClient)
};

QString relative(QString name)
{
    if (name.endsWith(u'.'))
        name.chop(1);
    return name;
}

QString encode(const QString &segment)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(segment));
}

/// "Authentication error (code 10000); ..." from the envelope's errors, else the body.
QString upstreamText(const QJsonObject &envelope, const QByteArray &body)
{
    QStringList parts;
    const QJsonArray errors = envelope.value(QLatin1String("errors")).toArray();
    for (const QJsonValue &v : errors) {
        const QJsonObject e = v.toObject();
        parts << Text::tr("%1 (code %2)")
                     .arg(e.value(QLatin1String("message")).toString())
                     .arg(e.value(QLatin1String("code")).toInteger());
    }
    if (!parts.isEmpty())
        return parts.join(QStringLiteral("; "));
    return QString::fromUtf8(body.left(300)).trimmed();
}
} // namespace

CloudflareClient::CloudflareClient(RdnsProviderConfig config)
    : m_config(std::move(config))
{
    m_apiRoot = m_config.baseUrl;
    while (m_apiRoot.endsWith(u'/'))
        m_apiRoot.chop(1);
}

Result<QJsonValue> CloudflareClient::call(const QByteArray &method, const QString &path,
                                          const QString &action, const QByteArray &body)
{
    HttpRequest request;
    request.method = method;
    request.url = m_apiRoot + path;
    request.headers = {{QByteArrayLiteral("Authorization"), "Bearer " + m_config.secret.toUtf8()},
                       {QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json")}};
    if (!body.isEmpty())
        request.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
    request.body = body;
    request.connectTimeoutMs = m_config.connectTimeoutMs;
    request.timeoutMs = m_config.timeoutMs;
    auto response = HttpClient::send(request);
    if (!response) {
        Error e = response.error();
        e.message = Text::tr("Cloudflare could not be reached: %1").arg(e.message);
        return e;
    }
    const QJsonObject envelope = QJsonDocument::fromJson(response->body).object();
    const bool success = envelope.value(QLatin1String("success")).toBool(false);
    if (response->status >= 200 && response->status < 300 && success)
        return envelope.value(QLatin1String("result"));
    const QString upstream = upstreamText(envelope, response->body);
    return Error::failure(Text::tr("Cloudflare answered HTTP %1 while %2: %3")
                              .arg(response->status)
                              .arg(action, upstream.isEmpty() ? Text::tr("no error text") : upstream),
                          upstream);
}

Result<QString> CloudflareClient::zoneId(const QString &zone)
{
    const QString name = relative(zone);
    auto result =
        call("GET", QStringLiteral("/zones?name=") + encode(name), Text::tr("looking up zone %1").arg(name));
    if (!result)
        return result.error();
    const QJsonArray zones = result->toArray();
    for (const QJsonValue &z : zones) {
        if (z.toObject().value(QLatin1String("name")).toString().compare(name, Qt::CaseInsensitive) == 0)
            return z.toObject().value(QLatin1String("id")).toString();
    }
    return Error::failure(
        Text::tr("Cloudflare has no zone named %1 for this token; create the reverse zone there first.")
            .arg(name));
}

Status CloudflareClient::apply(const PtrChange &change)
{
    auto zone = zoneId(change.zone);
    if (!zone)
        return zone.error();
    const QString records = QStringLiteral("/zones/") + encode(*zone) + QStringLiteral("/dns_records");
    const QString name = relative(change.reverseName);

    auto existing = call("GET", records + QStringLiteral("?type=PTR&name=") + encode(name),
                         Text::tr("looking up the PTR of %1").arg(change.address));
    if (!existing)
        return existing.error();
    QStringList ids;
    for (const QJsonValue &r : existing->toArray())
        ids << r.toObject().value(QLatin1String("id")).toString();

    if (change.target.isEmpty()) {
        for (const QString &id : std::as_const(ids)) {
            auto removed = call("DELETE", records + u'/' + encode(id),
                                Text::tr("deleting the PTR of %1").arg(change.address));
            if (!removed)
                return removed.error();
        }
        return {};
    }

    const QJsonObject record{{QStringLiteral("type"), QStringLiteral("PTR")},
                             {QStringLiteral("name"), name},
                             {QStringLiteral("content"), relative(change.target)},
                             {QStringLiteral("ttl"), change.ttl}};
    const QByteArray body = QJsonDocument(record).toJson(QJsonDocument::Compact);
    const QString action = Text::tr("setting the PTR of %1").arg(change.address);
    auto written = ids.isEmpty() ? call("POST", records, action, body)
                                 : call("PUT", records + u'/' + encode(ids.first()), action, body);
    if (!written)
        return written.error();
    // more than one PTR for one name: keep the one just written
    for (qsizetype i = 1; i < ids.size(); ++i) {
        auto removed = call("DELETE", records + u'/' + encode(ids.at(i)), action);
        if (!removed)
            return removed.error();
    }
    return {};
}

} // namespace hostdeck
