// SPDX-License-Identifier: GPL-3.0-or-later
// Everything a Redfish service answers to the client, status codes, headers
// and JSON bodies alike: login, power state, reset types, inventory (system,
// processors, memory, storage, network), sensors, virtual media, boot
// override and reset. No crash, no UB, no request after a bounded number.
//
// Input: answers in the order the client asks, each one byte choosing the
// status, a 16-bit big-endian length and the body (for a redirect: the
// Location). fuzz/corpus/redfish holds exchanges recorded from the fake BMCs
// of the tests (tests/fixtures/redfish_fake.py, one per vendor) with
// HOSTDECK_FUZZ_RECORD=URL HOSTDECK_FUZZ_RECORD_TO=FILE build/fuzz/fuzz/redfish.
#include "redfishclient.h"

#include <QFile>

#include <array>
#include <cstdio>
#include <cstdlib>

using namespace hostdeck;

namespace {
constexpr std::array<int, 16> kStatuses = {200, 201, 202, 204, 301, 307, 308, 400,
                                           401, 404, 405, 412, 429, 500, 501, 503};
constexpr int kMaxExchanges = 400;

struct Answers
{
    const uint8_t *data = nullptr;
    size_t size = 0;
    size_t at = 0;
    int exchanges = 0;

    Result<HttpResponse> next(const HttpRequest &)
    {
        if (++exchanges > kMaxExchanges)
            std::abort(); // the client must not loop on what a BMC answers
        if (at + 3 > size) {
            Error e;
            e.message = QStringLiteral("connection refused");
            return e;
        }
        HttpResponse response;
        const uint8_t selector = data[at];
        response.status = selector < kStatuses.size() ? kStatuses[selector] : 200;
        const size_t length = (size_t(data[at + 1]) << 8) | data[at + 2];
        at += 3;
        const size_t take = std::min(length, size - at);
        const QByteArray body(reinterpret_cast<const char *>(data + at), qsizetype(take));
        at += take;
        if (response.status >= 300 && response.status < 400) {
            response.headers.append({QByteArrayLiteral("Location"), body});
        } else {
            response.body = body;
            response.headers.append({QByteArrayLiteral("ETag"), QByteArrayLiteral("W/\"1\"")});
            if (response.status == 201)
                response.headers.append({QByteArrayLiteral("X-Auth-Token"), QByteArrayLiteral("fuzz")});
            response.headers.append(
                {QByteArrayLiteral("Location"), QByteArrayLiteral("/redfish/v1/SessionService/Sessions/1")});
        }
        return response;
    }
};

void exercise(RedfishConfig config)
{
    config.user = QStringLiteral("fuzz");
    config.password = QStringLiteral("fuzz");
    RedfishClient client(config);
    if (!client.login())
        return;
    (void)client.powerState();
    (void)client.allowedResetTypes();
    (void)client.inventory();
    (void)client.sensors();
    (void)client.virtualMedia();
    (void)client.setBootOnce(QStringLiteral("Pxe"));
    (void)client.insertVirtualMedia(QStringLiteral("http://127.0.0.1/install.iso"), true);
    (void)client.ejectVirtualMedia();
    (void)client.reset(QStringLiteral("ForceRestart"));
    if (client.systems().size() > 1)
        (void)client.inventory(client.systems().last());
}

// Recording: the same calls against a real service, its answers written in the input format.
void record(const QString &url, const QString &file)
{
    QByteArray out;
    RedfishConfig config;
    config.baseUrl = url;
    config.transport = [&out](const HttpRequest &request) -> Result<HttpResponse> {
        auto response = HttpClient::send(request);
        if (!response)
            return response;
        auto it = std::find(kStatuses.begin(), kStatuses.end(), response->status);
        out.append(char(it == kStatuses.end() ? 0 : it - kStatuses.begin()));
        const QByteArray body = response->status >= 300 && response->status < 400
                                    ? response->header(QByteArrayLiteral("Location"))
                                    : response->body.left(0xffff);
        out.append(char(body.size() >> 8));
        out.append(char(body.size() & 0xff));
        out.append(body);
        return response;
    };
    exercise(config);
    QFile f(file);
    if (!f.open(QIODevice::WriteOnly) || f.write(out) != out.size()) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(file));
        std::exit(1);
    }
    std::exit(0);
}
} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    const QString url = qEnvironmentVariable("HOSTDECK_FUZZ_RECORD");
    if (!url.isEmpty())
        record(url, qEnvironmentVariable("HOSTDECK_FUZZ_RECORD_TO"));
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    auto answers = std::make_shared<Answers>();
    answers->data = data;
    answers->size = size;
    RedfishConfig config;
    config.baseUrl = QStringLiteral("http://127.0.0.1:9");
    config.transport = [answers](const HttpRequest &request) { return answers->next(request); };
    exercise(config);
    return 0;
}
