// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace hostdeck {

/// One HTTP request for HttpClient::send.
struct HttpRequest
{
    QByteArray method = QByteArrayLiteral("GET");
    QString url;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    int connectTimeoutMs = 5000;
    int timeoutMs = 15000; ///< the whole exchange
    /// TLS by pinning instead of by CA: when set (https only), neither the CA
    /// chain nor the host name is checked; instead the SHA-256 of the peer's
    /// leaf certificate (DER) must equal `pinnedSha256`. The check runs
    /// during the handshake, so nothing of the request (credentials) reaches
    /// a server whose certificate differs. A mismatch is an Error with code
    /// "certificate-changed" ("certificate-unpinned" when `pinnedSha256` is
    /// empty) whose `detail` is the fingerprint the server presented.
    bool pinCertificate = false;
    QString pinnedSha256; ///< 64 hex digits, case and ':' separators ignored
};

/// What the server answered, whatever the status.
struct HttpResponse
{
    int status = 0;
    QList<QPair<QByteArray, QByteArray>> headers; ///< names as sent by the server
    QByteArray body;
    /// Pin mode only: the SHA-256 (64 lower-case hex) of the certificate the server presented.
    QString certificateSha256;

    /// The first header of that name (case-insensitive), or empty.
    QByteArray header(const QByteArray &name) const;
};

/// A small blocking HTTP(S) client over libcurl. TLS certificates and host
/// names are verified unless the request opts into certificate pinning; no
/// redirects are followed; the connect and total timeouts of the request
/// apply. Any HTTP status is a response; only transport failures are errors,
/// with a message naming the problem and the URL's origin ("connection
/// refused to http://127.0.0.1:8081"). Transport errors carry a `code` where a
/// caller may react: "timeout", "connection-closed", "certificate-changed",
/// "certificate-unpinned".
class HttpClient
{
public:
    static Result<HttpResponse> send(const HttpRequest &request);

    /// The SHA-256 (64 lower-case hex) of the leaf certificate (DER) that the
    /// server at the https `url` presents. Only the TCP connection and the TLS
    /// handshake happen: no request, and so no credential, is sent.
    static Result<QString> certificateSha256(const QString &url, int connectTimeoutMs = 5000,
                                             int timeoutMs = 15000);

    /// "AB:12:..." or "ab12..." -> "ab12...": a fingerprint as compared here.
    static QString normalizeSha256(const QString &fingerprint);
};

} // namespace hostdeck
