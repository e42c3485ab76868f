// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectionsettings.h"

#include <QCoreApplication>
#include <QStringList>
#include <QUrl>
#include <QUrlQuery>

namespace hostdeck {

namespace {
// lupdate files these strings under the macro's context, the same one Text::tr() uses at run time.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionSettings)
};

const QStringList kAllowedParameters = {
    QStringLiteral("sslmode"), QStringLiteral("sslrootcert"),     QStringLiteral("sslcert"),
    QStringLiteral("sslkey"),  QStringLiteral("connect_timeout"), QStringLiteral("application_name"),
    QStringLiteral("host"),
};
const QStringList kSslModes = {QStringLiteral("disable"),   QStringLiteral("allow"),
                               QStringLiteral("prefer"),    QStringLiteral("require"),
                               QStringLiteral("verify-ca"), QStringLiteral("verify-full")};
} // namespace

Result<ConnectionSettings> ConnectionSettings::fromUrl(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return Error{Text::tr("The database URL is empty."), {}, {}};

    const QUrl url(trimmed, QUrl::StrictMode);
    if (!url.isValid())
        return Error{
            Text::tr("The database URL \"%1\" is malformed: %2").arg(trimmed, url.errorString()), {}, {}};
    if (url.scheme() != QLatin1String("postgresql") && url.scheme() != QLatin1String("postgres"))
        return Error{Text::tr("The database URL \"%1\" must start with postgresql://").arg(trimmed), {}, {}};
    if (url.hasFragment())
        return Error{
            Text::tr("The database URL \"%1\" must not contain a '#' fragment.").arg(trimmed), {}, {}};

    ConnectionSettings s;
    s.host = url.host();
    if (url.port() == 0)
        return Error{Text::tr("The database URL \"%1\" has port 0.").arg(trimmed), {}, {}};
    s.port = url.port(5432);
    s.user = url.userName();
    s.password = url.password();
    QString path = url.path();
    if (path.startsWith(u'/'))
        path.remove(0, 1);
    if (path.contains(u'/'))
        return Error{Text::tr("The database name \"%1\" in the URL must not contain '/'.").arg(path), {}, {}};
    s.database = path.isEmpty() ? QStringLiteral("hostdeck") : path;

    QStringList options;
    const QUrlQuery query(url);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (!kAllowedParameters.contains(key))
            return Error{Text::tr("The database URL parameter \"%1\" is not supported (supported: %2).")
                             .arg(key, kAllowedParameters.join(QLatin1String(", "))),
                         {},
                         {}};
        if (key == QLatin1String("host")) {
            if (!value.startsWith(u'/'))
                return Error{
                    Text::tr("The host parameter \"%1\" must be an absolute socket directory.").arg(value),
                    {},
                    {}};
            s.host = value;
            continue;
        }
        if (key == QLatin1String("sslmode") && !kSslModes.contains(value))
            return Error{
                Text::tr("sslmode \"%1\" is not one of %2.").arg(value, kSslModes.join(QLatin1String(", "))),
                {},
                {}};
        if (key == QLatin1String("connect_timeout")) {
            bool ok = false;
            const int seconds = value.toInt(&ok);
            if (!ok || seconds < 0)
                return Error{
                    Text::tr("connect_timeout \"%1\" is not a number of seconds.").arg(value), {}, {}};
        }
        if (value.contains(u';') || value.contains(u' '))
            return Error{Text::tr("The value of %1 must not contain spaces or ';'.").arg(key), {}, {}};
        options << key + u'=' + value;
    }
    if (s.host.isEmpty())
        return Error{
            Text::tr("The database URL \"%1\" names no host (use postgresql://user@host/db).").arg(trimmed),
            {},
            {}};
    if (!options.join(QString()).contains(QLatin1String("connect_timeout")))
        options << QStringLiteral("connect_timeout=5");
    s.options = options.join(u';');
    return s;
}

QString ConnectionSettings::displayUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    // A socket directory goes into ?host=; the port still names the socket file.
    url.setHost(host.startsWith(u'/') ? QString() : host);
    if (port != 5432)
        url.setPort(port);
    url.setUserName(user);
    url.setPath(u'/' + database);
    QUrlQuery query;
    if (host.startsWith(u'/'))
        query.addQueryItem(QStringLiteral("host"), host);
    for (const QString &option : options.split(u';', Qt::SkipEmptyParts)) {
        const qsizetype eq = option.indexOf(u'=');
        // Leave out only the default timeout fromUrl adds by itself.
        if (option != QLatin1String("connect_timeout=5"))
            query.addQueryItem(option.left(eq), option.mid(eq + 1));
    }
    url.setQuery(query);
    return url.toString();
}

QString ConnectionSettings::describe() const
{
    if (embedded)
        return Text::tr("embedded PostgreSQL (%1)").arg(host);
    return displayUrl();
}

} // namespace hostdeck
