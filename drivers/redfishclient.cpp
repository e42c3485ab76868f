// SPDX-License-Identifier: GPL-3.0-or-later
#include "redfishclient.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>

#include <type_traits>

namespace hostdeck {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(RedfishClient)
};

constexpr QStringView kOdataId = u"@odata.id";

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

/// The value reached by following keys through nested JSON objects; undefined when a step is missing.
QJsonValue valueAt(const QJsonObject &object, std::initializer_list<QStringView> keys)
{
    QJsonValue value = object;
    for (const QStringView key : keys)
        value = value.toObject().value(key);
    return value;
}

/// The outcome of a request whose response body does not matter.
Status statusOf(const Result<HttpResponse> &response)
{
    return response ? Status{} : Status{response.error()};
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
    // A BMC may redirect a system's name to its UUID (307): followed for reads, a few hops at most,
    // and only to the pinned host itself, so no request or credential goes anywhere else.
    QString at = path;
    for (int hop = 0;; ++hop) {
        auto response = requestOnce(method, at, action, body, ifMatch);
        if (!response || method != "GET" || hop == 3)
            return response;
        const int status = response->status;
        if (status != 301 && status != 302 && status != 303 && status != 307 && status != 308)
            return response;
        const QString location = QString::fromUtf8(response->header(QByteArrayLiteral("Location"))).trimmed();
        if (location.isEmpty())
            return response;
        const QUrl base(at.startsWith(QLatin1String("http")) ? at : m_origin + at);
        const QUrl next = base.resolved(QUrl(location));
        const QString nextOrigin = next.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment)
                                       .toString(QUrl::RemoveUserInfo);
        if (nextOrigin.compare(m_origin, Qt::CaseInsensitive) != 0)
            return failure(Text::tr("The BMC at %1 redirected %2 to another host (%3) while %4; HTTPS "
                                    "requests go only to the pinned BMC, so it was not followed.")
                               .arg(m_origin, at, next.toString(QUrl::RemoveUserInfo), action));
        at = next.path(QUrl::FullyEncoded) +
             (next.hasQuery() ? u'?' + next.query(QUrl::FullyEncoded) : QString());
    }
}

Result<HttpResponse> RedfishClient::requestOnce(const QByteArray &method, const QString &path,
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
    req.pinCertificate = req.url.startsWith(QLatin1String("https://"), Qt::CaseInsensitive);
    req.pinnedSha256 = m_config.pinnedSha256;
    auto response = m_config.transport ? m_config.transport(req) : HttpClient::send(req);
    if (!response) {
        Error e = response.error();
        const QString seen = formatFingerprint(e.detail);
        if (e.code == QLatin1String("certificate-unpinned")) {
            e.message = Text::tr("The BMC at %1 presents a TLS certificate that has not been accepted yet "
                                 "(SHA-256 %2); nothing was sent. Compare the fingerprint and accept it.")
                            .arg(m_origin, seen);
            return e;
        }
        if (e.code == QLatin1String("certificate-changed")) {
            e.message = Text::tr("The BMC at %1 presents a different TLS certificate than the accepted one: "
                                 "SHA-256 %2 instead of %3; nothing was sent. Accept the new certificate "
                                 "only if the change is expected.")
                            .arg(m_origin, seen,
                                 formatFingerprint(HttpClient::normalizeSha256(m_config.pinnedSha256)));
            return e;
        }
        e.transient = true;
        if (e.code == QLatin1String("timeout")) {
            e.detail = e.message;
            e.message = Text::tr("The BMC at %1 did not answer within %2 s while %3")
                            .arg(m_origin)
                            .arg(m_config.timeoutMs / 1000.0)
                            .arg(action);
        } else if (e.code == QLatin1String("connection-closed")) {
            e.detail = e.message;
            e.message = Text::tr("The BMC at %1 closed the connection without answering while %2")
                            .arg(m_origin, action);
        } else {
            e.message =
                Text::tr("The BMC at %1 could not be reached while %2: %3").arg(m_origin, action, e.message);
        }
        return e;
    }
    const int status = response->status;
    if ((status >= 200 && status < 300) || (status >= 300 && status < 400 && method == "GET"))
        return response; // request() follows redirects of reads
    const QString upstream = bmcText(response->body);
    Error e =
        status == 401
            ? failure(Text::tr("The BMC at %1 refused the credentials of user %2 (HTTP 401) while %3: %4")
                          .arg(m_origin, m_config.user, action, upstream),
                      upstream)
            : failure(Text::tr("The BMC at %1 answered HTTP %2 while %3: %4")
                          .arg(m_origin)
                          .arg(status)
                          .arg(action, upstream),
                      upstream);
    e.code = QStringLiteral("http-%1").arg(status);
    return e;
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
    return collectionMembers(path, Text::tr("listing %1").arg(path));
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
    QString sessions = valueAt(*root, {u"Links", u"Sessions", kOdataId}).toString();
    const QString sessionService = valueAt(*root, {u"SessionService", kOdataId}).toString();
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
    m_chassisCollection = valueAt(*root, {u"Chassis", kOdataId}).toString();
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
    m_chassisCollection.clear();
    return result;
}

Result<QString> RedfishClient::systemPath(const QString &system)
{
    if (!m_loggedIn)
        return failure(Text::tr("Not logged in to the BMC at %1").arg(m_origin));
    if (m_systems.isEmpty())
        return failure(Text::tr("The BMC at %1 lists no computer system").arg(m_origin));
    if (system.isEmpty()) {
        if (m_systems.size() == 1)
            return m_systems.first();
        // A blade chassis manager or multi-node server: never guess which machine an action is for.
        Error e =
            failure(Text::tr("The Redfish service at %1 serves %2 systems: %3. Name the one this device "
                             "is (its Id) in the device's BMC settings, or give --system ID.")
                        .arg(m_origin)
                        .arg(m_systems.size())
                        .arg(systemList()));
        e.code = QStringLiteral("redfish-system-ambiguous");
        return e;
    }
    for (const QString &path : std::as_const(m_systems)) {
        if (path == system || path.section(u'/', -1) == system)
            return path;
    }
    Error e = failure(
        Text::tr("The BMC at %1 has no system \"%2\"; it serves: %3").arg(m_origin, system, systemList()));
    e.code = QStringLiteral("redfish-system-unknown");
    return e;
}

QList<BmcSystem> RedfishClient::describeSystems(int limit)
{
    QList<BmcSystem> out;
    for (qsizetype i = 0; i < m_systems.size(); ++i) {
        BmcSystem system;
        system.path = m_systems.at(i);
        system.id = system.path.section(u'/', -1);
        if (i < limit) {
            if (auto object = getObject(system.path, Text::tr("listing the systems"))) {
                system.id = object->value(QLatin1String("Id")).toString(system.id);
                system.serial = object->value(QLatin1String("SerialNumber")).toString().trimmed();
                system.model = object->value(QLatin1String("Model")).toString().trimmed();
            }
        }
        out.append(system);
    }
    return out;
}

QString RedfishClient::systemList()
{
    QStringList out;
    for (const BmcSystem &system : describeSystems(16)) // a bound on the reads an error message costs
        out << system.label();
    return out.join(QStringLiteral(", "));
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
    const QJsonObject action = valueAt(*object, {u"Actions", u"#ComputerSystem.Reset"}).toObject();
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

Result<HttpResponse> RedfishClient::post(const QString &path, const QJsonObject &body, const QString &action)
{
    return request(QByteArrayLiteral("POST"), path, action,
                   QJsonDocument(body).toJson(QJsonDocument::Compact));
}

Result<QStringList> RedfishClient::collectionMembers(const QString &path, const QString &action)
{
    auto collection = getObject(path, action);
    if (!collection)
        return collection.error();
    QStringList out;
    const QJsonArray array = collection->value(QLatin1String("Members")).toArray();
    for (const QJsonValue &v : array)
        out << v.toObject().value(kOdataId).toString();
    out.removeAll(QString());
    return out;
}

Status RedfishClient::patchWithEtag(const QString &path, const QJsonObject &body, const QString &action,
                                    bool *retried)
{
    const QByteArray payload = QJsonDocument(body).toJson(QJsonDocument::Compact);
    for (int attempt = 0; attempt < 2; ++attempt) {
        auto current = request(QByteArrayLiteral("GET"), path, action);
        if (!current)
            return current.error();
        QByteArray etag = current->header(QByteArrayLiteral("ETag"));
        if (etag.isEmpty())
            etag = QJsonDocument::fromJson(current->body)
                       .object()
                       .value(QLatin1String("@odata.etag"))
                       .toString()
                       .toUtf8();
        auto patched = request(QByteArrayLiteral("PATCH"), path, action, payload, etag);
        if (patched)
            return {};
        // 412: the resource changed between our read and our write; read it again once.
        if (attempt == 0 && !etag.isEmpty() && patched.error().message.contains(QLatin1String("HTTP 412"))) {
            if (retried)
                *retried = true;
            continue;
        }
        return patched.error();
    }
    return failure(Text::tr("The BMC at %1 kept changing %2 while %3").arg(m_origin, path, action));
}

Status RedfishClient::setBootOnce(const QString &target, const QString &system)
{
    auto path = systemPath(system);
    if (!path)
        return path.error();
    const QString action = Text::tr("setting a one-time boot from %1 on %2").arg(target, *path);
    auto object = getObject(*path, action);
    if (!object)
        return object.error();
    const QJsonObject boot = object->value(QLatin1String("Boot")).toObject();
    const QStringList allowed =
        stringList(boot.value(QLatin1String("BootSourceOverrideTarget@Redfish.AllowableValues")));
    if (!allowed.isEmpty() && !allowed.contains(target))
        return failure(Text::tr("The BMC at %1 does not offer the boot source \"%2\" for %3; it offers: %4")
                           .arg(m_origin, target, *path, allowed.join(QStringLiteral(", "))));
    QJsonObject wanted{{QStringLiteral("BootSourceOverrideTarget"), target},
                       {QStringLiteral("BootSourceOverrideEnabled"), QStringLiteral("Once")}};
    // Keep the firmware's boot mode: a UEFI machine asked to PXE in Legacy mode would not find its loader.
    const QString mode = boot.value(QLatin1String("BootSourceOverrideMode")).toString();
    if (!mode.isEmpty())
        wanted.insert(QStringLiteral("BootSourceOverrideMode"), mode);
    return patchWithEtag(*path, QJsonObject{{QStringLiteral("Boot"), wanted}}, action);
}

Result<QList<VirtualMediaSlot>> RedfishClient::virtualMedia()
{
    if (!m_loggedIn)
        return failure(Text::tr("Not logged in to the BMC at %1").arg(m_origin));
    const QString action = Text::tr("looking for virtual media");
    QStringList collections;
    for (const QStringList &owners : {m_systems, m_managers}) {
        for (const QString &owner : owners) {
            auto object = getObject(owner, action);
            if (!object)
                return object.error();
            const QString link = valueAt(*object, {u"VirtualMedia", kOdataId}).toString();
            if (!link.isEmpty() && !collections.contains(link))
                collections << link;
        }
    }
    QList<VirtualMediaSlot> out;
    for (const QString &collectionPath : std::as_const(collections)) {
        auto collection = getObject(collectionPath, action);
        if (!collection)
            return collection.error();
        QStringList members;
        const QJsonArray array = collection->value(QLatin1String("Members")).toArray();
        for (const QJsonValue &v : array)
            members << v.toObject().value(kOdataId).toString();
        members.removeAll(QString());
        for (const QString &member : std::as_const(members)) {
            auto media = getObject(member, action);
            if (!media)
                return media.error();
            VirtualMediaSlot slot;
            slot.path = member;
            slot.name = media->value(QLatin1String("Name")).toString();
            slot.mediaTypes = stringList(media->value(QLatin1String("MediaTypes")));
            if (!slot.mediaTypes.contains(QLatin1String("CD")) &&
                !slot.mediaTypes.contains(QLatin1String("DVD")))
                continue;
            // Remote-console mounts cannot be driven by URL.
            if (media->value(QLatin1String("ConnectedVia")).toString() == QLatin1String("Applet"))
                continue;
            slot.inserted = media->value(QLatin1String("Inserted")).toBool();
            slot.image = media->value(QLatin1String("Image")).toString();
            const QJsonObject actions = media->value(QLatin1String("Actions")).toObject();
            const QJsonObject hpe = valueAt(*media, {u"Oem", u"Hpe"}).toObject();
            const QJsonObject hpeActions = hpe.value(QLatin1String("Actions")).toObject();
            if (actions.contains(QLatin1String("#VirtualMedia.InsertMedia")))
                slot.method = VirtualMediaSlot::Method::InsertAction;
            else if (hpeActions.contains(QLatin1String("#HpeiLOVirtualMedia.InsertVirtualMedia")))
                slot.method = VirtualMediaSlot::Method::HpeOemAction;
            else
                slot.method = VirtualMediaSlot::Method::Patch;
            slot.hpeBootOnNextReset = hpe.contains(QLatin1String("BootOnNextServerReset"));
            out << slot;
        }
        // Supermicro X12: an Oem ISO configuration with Mount/UnMount actions instead of members.
        const QString config =
            valueAt(*collection, {u"Oem", u"Supermicro", u"VirtualMediaConfig", kOdataId}).toString();
        if (!config.isEmpty()) {
            auto cfg = getObject(config, action);
            if (!cfg)
                return cfg.error();
            VirtualMediaSlot slot;
            slot.path = config;
            slot.name = cfg->value(QLatin1String("Name")).toString();
            slot.mediaTypes = {QStringLiteral("CD")};
            slot.method = VirtualMediaSlot::Method::SupermicroIso;
            const QString host = cfg->value(QLatin1String("Host")).toString();
            const QString file = cfg->value(QLatin1String("Path")).toString();
            slot.inserted = cfg->value(QLatin1String("Mounted")).toBool() ||
                            (!host.isEmpty() && cfg->value(QLatin1String("Mounted")).isUndefined());
            slot.image = host + file;
            out << slot;
        }
    }
    return out;
}

Status RedfishClient::insertInto(const VirtualMediaSlot &slot, const QString &imageUrl)
{
    const QString action = Text::tr("inserting %1 into %2").arg(imageUrl, slot.path);
    auto media = getObject(slot.path, action);
    if (!media)
        return media.error();
    switch (slot.method) {
    case VirtualMediaSlot::Method::InsertAction: {
        const QString target =
            valueAt(*media, {u"Actions", u"#VirtualMedia.InsertMedia", u"target"}).toString();
        auto done = post(target,
                         QJsonObject{{QStringLiteral("Image"), imageUrl},
                                     {QStringLiteral("Inserted"), true},
                                     {QStringLiteral("WriteProtected"), true}},
                         action);
        return statusOf(done);
    }
    case VirtualMediaSlot::Method::HpeOemAction: {
        const QString target = valueAt(*media, {u"Oem", u"Hpe", u"Actions",
                                                u"#HpeiLOVirtualMedia.InsertVirtualMedia", u"target"})
                                   .toString();
        auto done = post(target, QJsonObject{{QStringLiteral("Image"), imageUrl}}, action);
        return statusOf(done);
    }
    case VirtualMediaSlot::Method::SupermicroIso: {
        const QUrl url(imageUrl);
        const QString host = url.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment)
                                 .toString(QUrl::StripTrailingSlash);
        const QString path = url.path(QUrl::FullyEncoded) + (url.hasQuery() ? u'?' + url.query() : QString());
        const QByteArray body =
            QJsonDocument(QJsonObject{{QStringLiteral("Host"), host}, {QStringLiteral("Path"), path}})
                .toJson(QJsonDocument::Compact);
        auto configured = request(QByteArrayLiteral("PATCH"), slot.path, action, body);
        if (!configured)
            return configured.error();
        const QString target = valueAt(*media, {u"Actions", u"#IsoConfig.Mount", u"target"}).toString();
        if (target.isEmpty())
            return failure(
                Text::tr("The BMC at %1 offers no IsoConfig.Mount action at %2").arg(m_origin, slot.path));
        auto mounted = post(target, QJsonObject{}, action);
        return statusOf(mounted);
    }
    case VirtualMediaSlot::Method::Patch:
        return patchWithEtag(slot.path,
                             QJsonObject{{QStringLiteral("Image"), imageUrl},
                                         {QStringLiteral("Inserted"), true},
                                         {QStringLiteral("WriteProtected"), true}},
                             action);
    }
    return {};
}

Status RedfishClient::ejectFrom(const VirtualMediaSlot &slot)
{
    const QString action = Text::tr("ejecting the virtual media in %1").arg(slot.path);
    auto media = getObject(slot.path, action);
    if (!media)
        return media.error();
    QString target;
    switch (slot.method) {
    case VirtualMediaSlot::Method::InsertAction:
        target = valueAt(*media, {u"Actions", u"#VirtualMedia.EjectMedia", u"target"}).toString();
        break;
    case VirtualMediaSlot::Method::HpeOemAction:
        target =
            valueAt(*media, {u"Oem", u"Hpe", u"Actions", u"#HpeiLOVirtualMedia.EjectVirtualMedia", u"target"})
                .toString();
        break;
    case VirtualMediaSlot::Method::SupermicroIso:
        target = valueAt(*media, {u"Actions", u"#IsoConfig.UnMount", u"target"}).toString();
        break;
    case VirtualMediaSlot::Method::Patch:
        return patchWithEtag(
            slot.path,
            QJsonObject{{QStringLiteral("Image"), QJsonValue::Null}, {QStringLiteral("Inserted"), false}},
            action);
    }
    if (target.isEmpty())
        return failure(Text::tr("The BMC at %1 offers no eject action for %2").arg(m_origin, slot.path));
    auto done = post(target, QJsonObject{}, action);
    return statusOf(done);
}

Result<VirtualMediaSlot> RedfishClient::insertVirtualMedia(const QString &imageUrl, bool bootOnNextReset)
{
    const QUrl url(imageUrl);
    if (!url.isValid() || url.scheme().isEmpty() || url.host().isEmpty())
        return failure(Text::tr("\"%1\" is not an image URL the BMC can fetch (http://, https://, nfs://, "
                                "smb://...)")
                           .arg(imageUrl));
    auto devices = virtualMedia();
    if (!devices)
        return devices.error();
    if (devices->isEmpty())
        return failure(Text::tr("The BMC at %1 has no virtual CD/DVD drive").arg(m_origin));
    VirtualMediaSlot slot = devices->first();
    if (slot.inserted) {
        const Status ejected = ejectFrom(slot);
        if (!ejected)
            return ejected.error();
    }
    const Status inserted = insertInto(slot, imageUrl);
    if (!inserted)
        return inserted.error();
    if (bootOnNextReset) {
        if (slot.hpeBootOnNextReset) {
            QJsonObject hpe{{QStringLiteral("BootOnNextServerReset"), true}};
            const Status boot = patchWithEtag(
                slot.path, QJsonObject{{QStringLiteral("Oem"), QJsonObject{{QStringLiteral("Hpe"), hpe}}}},
                Text::tr("setting %1 to boot on the next reset").arg(slot.path));
            if (!boot)
                return boot.error();
        } else {
            const Status boot = setBootOnce(QStringLiteral("Cd"));
            if (!boot)
                return boot.error();
        }
    }
    slot.inserted = true;
    slot.image = imageUrl;
    return slot;
}

Status RedfishClient::ejectVirtualMedia()
{
    auto devices = virtualMedia();
    if (!devices)
        return devices.error();
    for (const VirtualMediaSlot &slot : std::as_const(*devices)) {
        if (!slot.inserted)
            continue;
        const Status ejected = ejectFrom(slot);
        if (!ejected)
            return ejected;
    }
    return {};
}

namespace {
QString linkOf(const QJsonObject &object, const char *name)
{
    return object.value(QLatin1String(name)).toObject().value(kOdataId).toString();
}

bool absent(const QJsonObject &object)
{
    return valueAt(object, {u"Status", u"State"}).toString() == QLatin1String("Absent");
}

QString health(const QJsonObject &object)
{
    const QJsonObject status = object.value(QLatin1String("Status")).toObject();
    const QString h = status.value(QLatin1String("Health")).toString();
    if (h == QLatin1String("OK"))
        return QStringLiteral("ok");
    if (h == QLatin1String("Warning"))
        return QStringLiteral("warning");
    if (h == QLatin1String("Critical"))
        return QStringLiteral("critical");
    return QStringLiteral("unknown");
}

QString normalizedMac(const QString &mac)
{
    return mac.trimmed().toLower().replace(u'-', u':');
}

std::optional<double> number(const QJsonValue &value)
{
    if (value.isDouble())
        return value.toDouble();
    return std::nullopt;
}
} // namespace

Result<BmcInventory> RedfishClient::inventory(const QString &system)
{
    auto path = systemPath(system);
    if (!path)
        return path.error();
    const QString action = Text::tr("reading the inventory of %1").arg(*path);
    auto sys = getObject(*path, action);
    if (!sys)
        return sys.error();
    BmcInventory inv;
    inv.manufacturer = sys->value(QLatin1String("Manufacturer")).toString();
    inv.model = sys->value(QLatin1String("Model")).toString();
    inv.serial = sys->value(QLatin1String("SerialNumber")).toString();
    inv.biosVersion = sys->value(QLatin1String("BiosVersion")).toString();
    // Real BMCs advertise parts that then fail (Memory 404, Processors 501, Storage 500): each part
    // that cannot be read is named with the BMC's answer, and the rest is still read. Only the
    // system resource itself failing fails the inventory.
    const auto unavailable = [&](const QString &part, const QString &at, const Error &e) {
        BmcInventory::Unavailable u;
        u.part = part;
        u.path = at;
        if (e.code.startsWith(QLatin1String("http-")))
            u.httpStatus = e.code.mid(5).toInt();
        // An HTTP answer: the BMC's own message; no answer at all: what happened.
        u.message = u.httpStatus > 0 && !e.detail.isEmpty() ? e.detail : e.message;
        inv.unavailable << u;
    };
    if (!m_managers.isEmpty()) {
        auto manager = getObject(m_managers.first(), action);
        if (manager)
            inv.bmcFirmware = manager->value(QLatin1String("FirmwareVersion")).toString();
        else
            unavailable(QStringLiteral("Manager"), m_managers.first(), manager.error());
    }

    // Reads every member of a part's collection (none when the link is empty) and hands it to
    // `take`, absent members left out when `skipAbsent`. A collection that fails, or a member,
    // is recorded as unavailable; the walk goes on.
    auto eachMember = [&](const QString &part, const QString &collection, auto &&take,
                          bool skipAbsent = true) {
        if (collection.isEmpty())
            return;
        auto members = collectionMembers(collection, action);
        if (!members) {
            unavailable(part, collection, members.error());
            return;
        }
        for (const QString &member : std::as_const(*members)) {
            auto object = getObject(member, action);
            if (!object) {
                unavailable(part, member, object.error());
                continue;
            }
            if (skipAbsent && absent(*object))
                continue;
            take(*object);
        }
    };

    eachMember(QStringLiteral("Processors"), linkOf(*sys, "Processors"), [&](const QJsonObject &p) {
        const QString type = p.value(QLatin1String("ProcessorType")).toString();
        if (!type.isEmpty() && type != QLatin1String("CPU"))
            return;
        BmcInventory::Cpu cpu;
        cpu.socket = p.value(QLatin1String("Socket")).toString();
        if (cpu.socket.isEmpty())
            cpu.socket = p.value(QLatin1String("Id")).toString();
        cpu.model = p.value(QLatin1String("Model")).toString().trimmed();
        cpu.cores = p.value(QLatin1String("TotalCores")).toInt();
        cpu.threads = p.value(QLatin1String("TotalThreads")).toInt();
        cpu.maxSpeedMhz = p.value(QLatin1String("MaxSpeedMHz")).toInt();
        inv.cpus << cpu;
    });
    eachMember(QStringLiteral("Memory"), linkOf(*sys, "Memory"), [&](const QJsonObject &m) {
        BmcInventory::Dimm dimm;
        dimm.capacityMiB = m.value(QLatin1String("CapacityMiB")).toInteger();
        if (dimm.capacityMiB <= 0)
            return; // an empty slot
        dimm.slot = m.value(QLatin1String("DeviceLocator")).toString();
        if (dimm.slot.isEmpty())
            dimm.slot = m.value(QLatin1String("Id")).toString();
        dimm.type = m.value(QLatin1String("MemoryDeviceType")).toString();
        dimm.speedMhz = m.value(QLatin1String("OperatingSpeedMhz")).toInt();
        inv.memory << dimm;
    });
    eachMember(QStringLiteral("EthernetInterfaces"), linkOf(*sys, "EthernetInterfaces"),
               [&](const QJsonObject &e) {
                   BmcInventory::Nic nic;
                   nic.name = e.value(QLatin1String("Id")).toString();
                   QString mac = e.value(QLatin1String("MACAddress")).toString();
                   if (mac.isEmpty())
                       mac = e.value(QLatin1String("PermanentMACAddress")).toString();
                   nic.mac = normalizedMac(mac);
                   nic.speedMbps = e.value(QLatin1String("SpeedMbps")).toInteger();
                   nic.linkStatus = e.value(QLatin1String("LinkStatus")).toString();
                   inv.nics << nic;
               });

    const QString storage = linkOf(*sys, "Storage");
    if (!storage.isEmpty()) {
        eachMember(
            QStringLiteral("Storage"), storage,
            [&](const QJsonObject &object) {
                const QString owner = object.value(QLatin1String("Name")).toString();
                const QJsonArray controllers = object.value(QLatin1String("StorageControllers")).toArray();
                for (const QJsonValue &c : controllers) {
                    const QJsonObject controller = c.toObject();
                    inv.controllers << BmcInventory::Controller{
                        controller.value(QLatin1String("Name")).toString(),
                        controller.value(QLatin1String("Model")).toString()};
                }
                const QJsonArray drives = object.value(QLatin1String("Drives")).toArray();
                for (const QJsonValue &d : drives) {
                    const QString at = d.toObject().value(kOdataId).toString();
                    auto drive = getObject(at, action);
                    if (!drive) {
                        unavailable(QStringLiteral("Drives"), at, drive.error());
                        continue;
                    }
                    if (absent(*drive))
                        continue;
                    BmcInventory::Drive out;
                    out.name = drive->value(QLatin1String("Name")).toString();
                    out.model = drive->value(QLatin1String("Model")).toString().trimmed();
                    out.serial = drive->value(QLatin1String("SerialNumber")).toString().trimmed();
                    out.capacityBytes = drive->value(QLatin1String("CapacityBytes")).toInteger();
                    out.media = drive->value(QLatin1String("MediaType")).toString();
                    out.controller = owner;
                    inv.drives << out;
                }
            },
            false);
    } else {
        inv.fromSimpleStorage = true;
        eachMember(QStringLiteral("SimpleStorage"), linkOf(*sys, "SimpleStorage"), [&](const QJsonObject &s) {
            const QString owner = s.value(QLatin1String("Name")).toString();
            inv.controllers << BmcInventory::Controller{owner,
                                                        s.value(QLatin1String("Description")).toString()};
            const QJsonArray devices = s.value(QLatin1String("Devices")).toArray();
            for (const QJsonValue &d : devices) {
                const QJsonObject device = d.toObject();
                if (absent(device))
                    continue;
                BmcInventory::Drive out;
                out.name = device.value(QLatin1String("Name")).toString();
                out.model = device.value(QLatin1String("Model")).toString().trimmed();
                out.capacityBytes = device.value(QLatin1String("CapacityBytes")).toInteger();
                out.controller = owner;
                inv.drives << out;
            }
        });
    }
    return inv;
}

Result<QList<SensorReading>> RedfishClient::sensors(const QString &system)
{
    auto path = systemPath(system);
    if (!path)
        return path.error();
    const QString action = Text::tr("reading the sensors of %1").arg(*path);
    auto sys = getObject(*path, action);
    if (!sys)
        return sys.error();
    QStringList chassis;
    const QJsonArray linked =
        sys->value(QLatin1String("Links")).toObject().value(QLatin1String("Chassis")).toArray();
    for (const QJsonValue &v : linked)
        chassis << v.toObject().value(kOdataId).toString();
    chassis.removeAll(QString());
    if (chassis.isEmpty() && !m_chassisCollection.isEmpty()) {
        auto all = collectionMembers(m_chassisCollection, action);
        if (!all)
            return all.error();
        chassis = *all;
    }
    QList<SensorReading> out;
    for (const QString &c : std::as_const(chassis)) {
        auto object = getObject(c, action);
        if (!object)
            return object.error();
        if (const QString thermal = linkOf(*object, "Thermal"); !thermal.isEmpty()) {
            auto t = getObject(thermal, action);
            if (!t)
                return t.error();
            for (const QJsonValue &v : t->value(QLatin1String("Temperatures")).toArray()) {
                const QJsonObject o = v.toObject();
                if (absent(o))
                    continue;
                out << SensorReading{o.value(QLatin1String("Name")).toString(), QStringLiteral("Temperature"),
                                     number(o.value(QLatin1String("ReadingCelsius"))), QStringLiteral("°C"),
                                     health(o)};
            }
            for (const QJsonValue &v : t->value(QLatin1String("Fans")).toArray()) {
                const QJsonObject o = v.toObject();
                if (absent(o))
                    continue;
                QString name = o.value(QLatin1String("Name")).toString();
                if (name.isEmpty())
                    name = o.value(QLatin1String("FanName")).toString();
                const QString units = o.value(QLatin1String("ReadingUnits")).toString();
                out << SensorReading{name, QStringLiteral("Fan"), number(o.value(QLatin1String("Reading"))),
                                     units == QLatin1String("Percent") ? QStringLiteral("%")
                                                                       : QStringLiteral("RPM"),
                                     health(o)};
            }
        }
        if (const QString power = linkOf(*object, "Power"); !power.isEmpty()) {
            auto p = getObject(power, action);
            if (!p)
                return p.error();
            for (const QJsonValue &v : p->value(QLatin1String("PowerControl")).toArray()) {
                const QJsonObject o = v.toObject();
                out << SensorReading{o.value(QLatin1String("Name")).toString(), QStringLiteral("Power"),
                                     number(o.value(QLatin1String("PowerConsumedWatts"))),
                                     QStringLiteral("W"), health(o)};
            }
            for (const QJsonValue &v : p->value(QLatin1String("Voltages")).toArray()) {
                const QJsonObject o = v.toObject();
                if (absent(o))
                    continue;
                out << SensorReading{o.value(QLatin1String("Name")).toString(), QStringLiteral("Voltage"),
                                     number(o.value(QLatin1String("ReadingVolts"))), QStringLiteral("V"),
                                     health(o)};
            }
        }
    }
    return out;
}

} // namespace hostdeck
