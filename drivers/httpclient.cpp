// SPDX-License-Identifier: GPL-3.0-or-later
#include "httpclient.h"

#include "oob/bmc.h"

#include <QCoreApplication>
#include <QUrl>

#include <curl/curl.h>
#include <openssl/evp.h>
#include <openssl/ssl.h>
#include <openssl/x509.h>

#include <memory>
#include <mutex>

namespace hostdeck {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(HttpClient)
};

size_t collectBody(char *data, size_t size, size_t count, void *user)
{
    static_cast<QByteArray *>(user)->append(data, static_cast<qsizetype>(size * count));
    return size * count;
}

size_t collectHeader(char *data, size_t size, size_t count, void *user)
{
    auto *response = static_cast<HttpResponse *>(user);
    const QByteArray line = QByteArray(data, static_cast<qsizetype>(size * count)).trimmed();
    if (line.startsWith("HTTP/")) {
        response->headers.clear(); // a new response (after 100 Continue)
    } else if (const qsizetype colon = line.indexOf(':'); colon > 0) {
        response->headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
    }
    return size * count;
}

/// What the TLS verify callback needs and what it found out.
struct PinState
{
    QByteArray pinned; ///< normalized hex; empty = nothing pinned
    bool acceptAny = false;
    QByteArray seen; ///< the leaf's SHA-256 as lower-case hex, once the handshake got that far
    bool mismatch = false;
};

QByteArray leafSha256(X509 *cert)
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (!cert || X509_digest(cert, EVP_sha256(), digest, &length) != 1)
        return {};
    return QByteArray(reinterpret_cast<const char *>(digest), static_cast<qsizetype>(length)).toHex();
}

/// Replaces OpenSSL's chain verification for pin mode: the leaf certificate
/// must hash to the pin. Runs inside the handshake, before the client sends
/// its Finished message, so a refused server never sees request bytes.
int verifyPinned(X509_STORE_CTX *store, void *arg)
{
    auto *state = static_cast<PinState *>(arg);
    state->seen = leafSha256(X509_STORE_CTX_get0_cert(store));
    if (state->seen.isEmpty()) {
        X509_STORE_CTX_set_error(store, X509_V_ERR_UNSPECIFIED);
        return 0;
    }
    if (state->acceptAny || (!state->pinned.isEmpty() && state->seen == state->pinned))
        return 1;
    state->mismatch = true;
    X509_STORE_CTX_set_error(store, X509_V_ERR_CERT_REJECTED);
    return 0;
}

CURLcode installPinning(CURL *, void *sslctx, void *arg)
{
    auto *ctx = static_cast<SSL_CTX *>(sslctx);
    SSL_CTX_set_verify(ctx, SSL_VERIFY_PEER, nullptr);
    SSL_CTX_set_cert_verify_callback(ctx, verifyPinned, arg);
    return CURLE_OK;
}

/// False when this libcurl cannot run the check (a TLS backend other than
/// OpenSSL): then nothing may be sent, since chain verification is off.
bool setPinning(CURL *c, PinState *state)
{
    if (curl_easy_setopt(c, CURLOPT_SSL_CTX_FUNCTION, installPinning) != CURLE_OK ||
        curl_easy_setopt(c, CURLOPT_SSL_CTX_DATA, state) != CURLE_OK)
        return false;
    // Chain and host name are replaced by the pin check in installPinning.
    curl_easy_setopt(c, CURLOPT_SSL_VERIFYPEER, 0L);
    curl_easy_setopt(c, CURLOPT_SSL_VERIFYHOST, 0L);
    curl_easy_setopt(c, CURLOPT_SSL_SESSIONID_CACHE, 0L); // a resumed session would skip the check
    return true;
}

Error noPinning()
{
    return Error::failure(
        Text::tr("this libcurl cannot pin TLS certificates (it needs the OpenSSL backend)"));
}

QString origin(const QString &url)
{
    const QUrl u(url);
    if (!u.isValid() || u.host().isEmpty())
        return url;
    return u.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo)
        .toString();
}

Error pinError(const PinState &pin, const QString &url)
{
    Error e;
    e.detail = QString::fromLatin1(pin.seen);
    const QString seen = formatFingerprint(e.detail);
    if (pin.pinned.isEmpty()) {
        e.code = QStringLiteral("certificate-unpinned");
        e.message = Text::tr("the TLS certificate of %1 is not pinned yet; it presents SHA-256 %2")
                        .arg(origin(url), seen);
    } else {
        e.code = QStringLiteral("certificate-changed");
        e.message = Text::tr("the TLS certificate of %1 has changed: it presents SHA-256 %2, pinned is %3")
                        .arg(origin(url), seen, formatFingerprint(QString::fromLatin1(pin.pinned)));
    }
    return e;
}

Error transportError(CURLcode code, const char *buffer, const HttpRequest &request)
{
    const QString where = origin(request.url);
    const QString detail = QString::fromUtf8(buffer[0] ? buffer : curl_easy_strerror(code));
    QString message;
    QString errorCode;
    switch (code) {
    case CURLE_COULDNT_CONNECT:
        message = Text::tr("connection refused to %1").arg(where);
        break;
    case CURLE_OPERATION_TIMEDOUT:
        message = Text::tr("no answer from %1 within %2 s").arg(where).arg(request.timeoutMs / 1000.0);
        errorCode = QStringLiteral("timeout");
        break;
    case CURLE_GOT_NOTHING:
    case CURLE_RECV_ERROR:
    case CURLE_SEND_ERROR:
    case CURLE_PARTIAL_FILE:
        message = Text::tr("%1 closed the connection without a complete answer").arg(where);
        errorCode = QStringLiteral("connection-closed");
        break;
    case CURLE_COULDNT_RESOLVE_HOST:
        message = Text::tr("the host name of %1 does not resolve").arg(where);
        break;
    case CURLE_PEER_FAILED_VERIFICATION:
    case CURLE_SSL_CONNECT_ERROR:
    case CURLE_SSL_CACERT_BADFILE:
        message = Text::tr("the TLS connection to %1 failed verification").arg(where);
        break;
    case CURLE_URL_MALFORMAT:
    case CURLE_UNSUPPORTED_PROTOCOL:
        message = Text::tr("\"%1\" is not a usable http or https URL").arg(request.url);
        break;
    default:
        message = Text::tr("the request to %1 failed").arg(where);
        break;
    }
    Error e{message, detail, {}};
    e.code = errorCode;
    return e;
}

void initCurl()
{
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

struct CurlDeleter
{
    void operator()(CURL *curl) const { curl_easy_cleanup(curl); }
};
struct SlistDeleter
{
    void operator()(curl_slist *list) const { curl_slist_free_all(list); }
};
} // namespace

QByteArray HttpResponse::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QString HttpClient::normalizeSha256(const QString &fingerprint)
{
    QString out;
    out.reserve(64);
    for (const QChar ch : fingerprint) {
        if (ch.isLetterOrNumber())
            out += ch.toLower();
    }
    return out;
}

Result<HttpResponse> HttpClient::send(const HttpRequest &request)
{
    initCurl();

    std::unique_ptr<CURL, CurlDeleter> curl(curl_easy_init());
    if (!curl)
        return Error::failure(Text::tr("the HTTP client could not start"));

    curl_slist *raw = nullptr;
    for (const auto &[name, value] : request.headers)
        raw = curl_slist_append(raw, (name + ": " + value).constData());
    if (!request.headers.isEmpty() && !raw)
        return Error::failure(Text::tr("the HTTP client could not start"));
    std::unique_ptr<curl_slist, SlistDeleter> headers(raw);

    HttpResponse response;
    char errorBuffer[CURL_ERROR_SIZE] = {};
    const QByteArray url = request.url.toUtf8();
    CURL *c = curl.get();
    curl_easy_setopt(c, CURLOPT_URL, url.constData());
    curl_easy_setopt(c, CURLOPT_PROTOCOLS_STR, "http,https");
    curl_easy_setopt(c, CURLOPT_CUSTOMREQUEST, request.method.constData());
    if (request.method == "HEAD")
        curl_easy_setopt(c, CURLOPT_NOBODY, 1L);
    if (!request.body.isEmpty() || request.method == "POST" || request.method == "PUT" ||
        request.method == "PATCH") {
        curl_easy_setopt(c, CURLOPT_POSTFIELDS, request.body.constData());
        curl_easy_setopt(c, CURLOPT_POSTFIELDSIZE_LARGE, static_cast<curl_off_t>(request.body.size()));
    }
    curl_easy_setopt(c, CURLOPT_HTTPHEADER, headers.get());
    curl_easy_setopt(c, CURLOPT_CONNECTTIMEOUT_MS, static_cast<long>(request.connectTimeoutMs));
    curl_easy_setopt(c, CURLOPT_TIMEOUT_MS, static_cast<long>(request.timeoutMs));
    curl_easy_setopt(c, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(c, CURLOPT_SSL_VERIFYPEER, 1L);
    curl_easy_setopt(c, CURLOPT_SSL_VERIFYHOST, 2L);
    PinState pin;
    const bool pinning =
        request.pinCertificate && request.url.startsWith(QLatin1String("https:"), Qt::CaseInsensitive);
    if (pinning) {
        pin.pinned = normalizeSha256(request.pinnedSha256).toLatin1();
        if (!setPinning(c, &pin))
            return noPinning();
    }
    curl_easy_setopt(c, CURLOPT_FOLLOWLOCATION, 0L);
    curl_easy_setopt(c, CURLOPT_ERRORBUFFER, errorBuffer);
    curl_easy_setopt(c, CURLOPT_WRITEFUNCTION, collectBody);
    curl_easy_setopt(c, CURLOPT_WRITEDATA, &response.body);
    curl_easy_setopt(c, CURLOPT_HEADERFUNCTION, collectHeader);
    curl_easy_setopt(c, CURLOPT_HEADERDATA, &response);

    const CURLcode code = curl_easy_perform(c);
    if (pinning && pin.mismatch)
        return pinError(pin, request.url);
    if (code != CURLE_OK)
        return transportError(code, errorBuffer, request);
    long status = 0;
    curl_easy_getinfo(c, CURLINFO_RESPONSE_CODE, &status);
    response.status = static_cast<int>(status);
    response.certificateSha256 = QString::fromLatin1(pin.seen);
    return response;
}

Result<QString> HttpClient::certificateSha256(const QString &url, int connectTimeoutMs, int timeoutMs)
{
    initCurl();
    HttpRequest request;
    request.url = url;
    request.connectTimeoutMs = connectTimeoutMs;
    request.timeoutMs = timeoutMs;
    if (!url.startsWith(QLatin1String("https://"), Qt::CaseInsensitive))
        return Error::failure(
            Text::tr("\"%1\" is not an https URL; only TLS servers have a certificate").arg(url));
    std::unique_ptr<CURL, CurlDeleter> curl(curl_easy_init());
    if (!curl)
        return Error::failure(Text::tr("the HTTP client could not start"));
    char errorBuffer[CURL_ERROR_SIZE] = {};
    const QByteArray rawUrl = url.toUtf8();
    CURL *c = curl.get();
    PinState pin;
    pin.acceptAny = true;
    curl_easy_setopt(c, CURLOPT_URL, rawUrl.constData());
    curl_easy_setopt(c, CURLOPT_PROTOCOLS_STR, "https");
    curl_easy_setopt(c, CURLOPT_CONNECT_ONLY, 1L); // TCP + TLS handshake, no request
    curl_easy_setopt(c, CURLOPT_CONNECTTIMEOUT_MS, static_cast<long>(connectTimeoutMs));
    curl_easy_setopt(c, CURLOPT_TIMEOUT_MS, static_cast<long>(timeoutMs));
    curl_easy_setopt(c, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(c, CURLOPT_ERRORBUFFER, errorBuffer);
    if (!setPinning(c, &pin))
        return noPinning();
    const CURLcode code = curl_easy_perform(c);
    if (code != CURLE_OK)
        return transportError(code, errorBuffer, request);
    if (pin.seen.isEmpty())
        return Error::failure(Text::tr("%1 presented no certificate").arg(origin(url)));
    return QString::fromLatin1(pin.seen);
}

} // namespace hostdeck
