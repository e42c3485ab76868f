// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

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
};

/// What the server answered, whatever the status.
struct HttpResponse
{
    int status = 0;
    QList<QPair<QByteArray, QByteArray>> headers; ///< names as sent by the server
    QByteArray body;

    /// The first header of that name (case-insensitive), or empty.
    QByteArray header(const QByteArray &name) const;
};

/// A small blocking HTTP(S) client over libcurl. TLS certificates and host
/// names are always verified; no redirects are followed; the connect and
/// total timeouts of the request apply. Any HTTP status is a response; only
/// transport failures are errors, with a message naming the problem and the
/// URL's origin ("connection refused to http://127.0.0.1:8081").
class HttpClient
{
public:
    static Result<HttpResponse> send(const HttpRequest &request);
};

} // namespace hostdeck
