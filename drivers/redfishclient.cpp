// SPDX-License-Identifier: GPL-3.0-or-later
#include "redfishclient.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>

namespace hostdeck {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(RedfishClient)
};

const QLatin1String kOdataId("@odata.id");

/// The messages of a Redfish error body (@Message.ExtendedInfo, else
/// error.message), else the start of the body.
QString bmcText(const QByteArray &body)
{
    const QJsonObject doc = QJsonDocument::fromJson(body).object();
    const QJsonObject error = doc.value(QLatin1String("error")).toObject();
    QStringList parts;
    QJsonArray info = error.value(QLatin1String("@Message.ExtendedInfo")).toArray();
    if (info.isEmpty())
        info = doc.value(QLatin1String("@Message.ExtendedInfo")).toArray();
    for (const QJsonValue &v : info) {
        const QString message = v.toObject().value(QLatin1String("Message")).toString();
        if (!message.isEmpty())
            parts << message;
    }
    if (parts.isEmpty() && error.contains(QLatin1String("message")))
        parts << error.value(QLatin1String("message")).toString();
    if (!parts.isEmpty())
        return parts.join(QStringLiteral("; "));
    return QString::fromUtf8(body.left(300)).trimmed();
}

Error failure(QString message, QString detail = {})
{
    Error e;
    e.message = std::move(message);
    e.detail = std::move(detail);
    return e;
}

QStringList stringList(const QJsonValue &value)
{
    QStringList out;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &v : array)
        out << v.toString();
    return out;
}
} // namespace

RedfishClient::RedfishClient(RedfishConfig config)
    : m_config(std::move(config))
{
    const QUrl url(m_config.baseUrl);
    m_origin = url.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment)
                   .toString(QUrl::StripTrailingSlash);
}

RedfishClient::~RedfishClient()
{
    if (usesSession())
        logout();
}

Result<HttpResponse> RedfishClient::request(const QByteArray &method, const QString &path,
                                            const QString &action, const QByteArray &body,
                                            const QByteArray &ifMatch)
{
    HttpRequest req;
    req.method = method;
    req.url = path.startsWith(QLatin1String("http://")) || path.startsWith(QLatin1String("https://"))
                  ? path
                  : m_origin + path;
    req.headers = {{QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json")},
                   {QByteArrayLiteral("OData-Version"), QByteArrayLiteral("4.0")}};
    if (!m_token.isEmpty())
        req.headers.append({QByteArrayLiteral("X-Auth-Token"), m_token});
    else if (m_loggedIn)
        req.headers.append({QByteArrayLiteral("Authorization"),
                            "Basic " + (m_config.user + u':' + m_config.password).toUtf8().toBase64()});
    if (!body.isEmpty())
        req.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
    if (!ifMatch.isEmpty())
        req.headers.append({QByteArrayLiteral("If-Match"), ifMatch});
    req.body = body;
    req.connectTimeoutMs = m_config.connectTimeoutMs;
    req.timeoutMs = m_config.timeoutMs;
    auto response = HttpClient::send(req);
    if (!response) {
        Error e = response.error();
        e.message =
            Text::tr("The BMC at %1 could not be reached while %2: %3").arg(m_origin, action, e.message);
        e.connectionLost = true;
        return e;
    }
    const int status = response->status;
    if (status >= 200 && status < 300)
        return response;
    const QString upstream = bmcText(response->body);
    if (status == 401)
        return failure(Text::tr("The BMC at %1 refused the credentials of user %2 (HTTP 401) while %3: %4")
                           .arg(m_origin, m_config.user, action, upstream),
                       upstream);
    return failure(Text::tr("The BMC at %1 answered HTTP %2 while %3: %4")
                       .arg(m_origin)
                       .arg(status)
                       .arg(action, upstream),
                   upstream);
}

Result<QJsonObject> RedfishClient::getObject(const QString &path, const QString &action)
{
    auto response = request(QByteArrayLiteral("GET"), path, action);
    if (!response)
        return response.error();
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(response->body, &parseError);
    if (!doc.isObject())
        return failure(Text::tr("The BMC at %1 sent no JSON object while %2").arg(m_origin, action),
                       parseError.errorString());
    return doc.object();
}

Result<QStringList> RedfishClient::members(const QJsonObject &root, const QString &name)
{
    const QString path = root.value(name).toObject().value(kOdataId).toString();
    if (path.isEmpty())
        return QStringList{};
    auto collection = getObject(path, Text::tr("listing %1").arg(path));
    if (!collection)
        return collection.error();
    QStringList out;
    const QJsonArray array = collection->value(QLatin1String("Members")).toArray();
    for (const QJsonValue &v : array)
        out << v.toObject().value(kOdataId).toString();
    out.removeAll(QString());
    return out;
}

Status RedfishClient::login()
{
    if (m_loggedIn)
        logout();
    if (m_origin.isEmpty() || !QUrl(m_config.baseUrl).isValid())
        return failure(Text::tr("The BMC address \"%1\" is not a valid URL").arg(m_config.baseUrl));
    auto root = getObject(QStringLiteral("/redfish/v1/"), Text::tr("reading the Redfish service root"));
    if (!root)
        return root.error();
    QString sessions = root->value(QLatin1String("Links"))
                           .toObject()
                           .value(QLatin1String("Sessions"))
                           .toObject()
                           .value(kOdataId)
                           .toString();
    const QString sessionService =
        root->value(QLatin1String("SessionService")).toObject().value(kOdataId).toString();
    if (sessions.isEmpty() && !sessionService.isEmpty())
        sessions = (sessionService.endsWith(u'/') ? sessionService : sessionService + u'/') +
                   QStringLiteral("Sessions");
    if (!sessions.isEmpty()) {
        const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("UserName"), m_config.user},
                                                          {QStringLiteral("Password"), m_config.password}})
                                    .toJson(QJsonDocument::Compact);
        auto created = request(QByteArrayLiteral("POST"), sessions, Text::tr("logging in"), body);
        if (!created)
            return created.error();
        m_token = created->header(QByteArrayLiteral("X-Auth-Token"));
        m_sessionUri = QString::fromUtf8(created->header(QByteArrayLiteral("Location")));
        if (m_sessionUri.isEmpty())
            m_sessionUri = QJsonDocument::fromJson(created->body).object().value(kOdataId).toString();
        if (m_token.isEmpty()) {
            m_sessionUri.clear();
            return failure(Text::tr("The BMC at %1 opened a session without an X-Auth-Token").arg(m_origin));
        }
    }
    m_loggedIn = true;
    auto systems = members(*root, QStringLiteral("Systems"));
    auto managers =
        systems ? members(*root, QStringLiteral("Managers")) : Result<QStringList>(systems.error());
    if (!systems || !managers) {
        const Error e = systems ? managers.error() : systems.error();
        logout();
        return e;
    }
    m_systems = *systems;
    m_managers = *managers;
    return {};
}

Status RedfishClient::logout()
{
    Status result;
    if (!m_sessionUri.isEmpty()) {
        auto deleted = request(QByteArrayLiteral("DELETE"), m_sessionUri, Text::tr("logging out"));
        if (!deleted)
            result = deleted.error();
    }
    m_token.clear();
    m_sessionUri.clear();
    m_loggedIn = false;
    m_systems.clear();
    m_managers.clear();
    return result;
}

Result<QString> RedfishClient::systemPath(const QString &system) const
{
    if (!m_loggedIn)
        return failure(Text::tr("Not logged in to the BMC at %1").arg(m_origin));
    if (system.isEmpty()) {
        if (m_systems.isEmpty())
            return failure(Text::tr("The BMC at %1 lists no computer system").arg(m_origin));
        return m_systems.first();
    }
    if (!m_systems.contains(system))
        return failure(Text::tr("The BMC at %1 has no system %2; it lists: %3")
                           .arg(m_origin, system, m_systems.join(QStringLiteral(", "))));
    return system;
}

Result<QString> RedfishClient::powerState(const QString &system)
{
    auto path = systemPath(system);
    if (!path)
        return path.error();
    auto object = getObject(*path, Text::tr("reading the power state of %1").arg(*path));
    if (!object)
        return object.error();
    const QString state = object->value(QLatin1String("PowerState")).toString();
    if (state.isEmpty())
        return failure(Text::tr("The BMC at %1 reports no PowerState for %2").arg(m_origin, *path));
    return state;
}

Result<QJsonObject> RedfishClient::resetAction(const QString &system, QString *path)
{
    auto sys = systemPath(system);
    if (!sys)
        return sys.error();
    *path = *sys;
    auto object = getObject(*sys, Text::tr("reading %1").arg(*sys));
    if (!object)
        return object.error();
    const QJsonObject action = object->value(QLatin1String("Actions"))
                                   .toObject()
                                   .value(QLatin1String("#ComputerSystem.Reset"))
                                   .toObject();
    if (action.value(QLatin1String("target")).toString().isEmpty())
        return failure(
            Text::tr("The BMC at %1 offers no ComputerSystem.Reset action for %2").arg(m_origin, *sys));
    return action;
}

Result<QStringList> RedfishClient::allowedResetTypes(const QString &system)
{
    QString path;
    auto action = resetAction(system, &path);
    if (!action)
        return action.error();
    return allowedFor(*action, path);
}

Result<QStringList> RedfishClient::allowedFor(const QJsonObject &action, const QString &path)
{
    const QLatin1String inlineKey("ResetType@Redfish.AllowableValues");
    if (action.contains(inlineKey))
        return stringList(action.value(inlineKey));
    const QString infoPath = action.value(QLatin1String("@Redfish.ActionInfo")).toString();
    if (infoPath.isEmpty())
        return QStringList{};
    auto info = getObject(infoPath, Text::tr("reading the reset options of %1").arg(path));
    if (!info)
        return info.error();
    const QJsonArray parameters = info->value(QLatin1String("Parameters")).toArray();
    for (const QJsonValue &p : parameters) {
        const QJsonObject parameter = p.toObject();
        if (parameter.value(QLatin1String("Name")).toString() == QLatin1String("ResetType"))
            return stringList(parameter.value(QLatin1String("AllowableValues")));
    }
    return QStringList{};
}

Status RedfishClient::reset(const QString &resetType, const QString &system)
{
    if (resetType.trimmed().isEmpty())
        return failure(Text::tr("No reset type given"));
    QString path;
    auto action = resetAction(system, &path);
    if (!action)
        return action.error();
    auto allowed = allowedFor(*action, path);
    if (!allowed)
        return allowed.error();
    if (!allowed->isEmpty() && !allowed->contains(resetType))
        return failure(Text::tr("The BMC at %1 does not allow the reset type \"%2\" for %3; allowed: %4")
                           .arg(m_origin, resetType, path, allowed->join(QStringLiteral(", "))));
    const QByteArray body =
        QJsonDocument(QJsonObject{{QStringLiteral("ResetType"), resetType}}).toJson(QJsonDocument::Compact);
    auto done = request(QByteArrayLiteral("POST"), action->value(QLatin1String("target")).toString(),
                        Text::tr("resetting %1 with %2").arg(path, resetType), body);
    if (!done)
        return done.error();
    return {};
}

} // namespace hostdeck
