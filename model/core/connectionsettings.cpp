// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/connectionsettings.h"

#include <QCoreApplication>
#include <QList>
#include <QRegularExpression>
#include <QStringList>
#include <QUrl>
#include <QUrlQuery>

#include <libpq-fe.h>

#include <algorithm>
#include <utility>

namespace hostdeck {

namespace {
// lupdate files these strings under the macro's context, the same one Text::tr() uses at run time.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionSettings)
};

using Pairs = QList<std::pair<QString, QString>>;

bool isUri(const QString &text)
{
    return text.startsWith(QLatin1String("postgresql://")) || text.startsWith(QLatin1String("postgres://"));
}

QString valueOf(const Pairs &pairs, const char *keyword)
{
    for (const auto &[key, value] : pairs) {
        if (key == QLatin1String(keyword))
            return value;
    }
    return {};
}

bool has(const Pairs &pairs, const char *keyword)
{
    return std::any_of(pairs.begin(), pairs.end(),
                       [keyword](const auto &pair) { return pair.first == QLatin1String(keyword); });
}

// A conninfo value in single quotes, backslash and quote escaped (libpq's rules).
QString quoted(const QString &value)
{
    QString v = value;
    v.replace(u'\\', QStringLiteral("\\\\")).replace(u'\'', QStringLiteral("\\'"));
    return u'\'' + v + u'\'';
}

// key=value text with the values quoted only where they must be.
QString keyValueText(const Pairs &pairs)
{
    static const QRegularExpression plain(QStringLiteral("^[^\\s'\\\\]+$"));
    QStringList parts;
    for (const auto &[key, value] : pairs)
        parts << key + u'=' + (plain.match(value).hasMatch() ? value : quoted(value));
    return parts.join(u' ');
}

// The password libpq finds in `text`, or a null string when there is none (or the text does not parse).
QString passwordIn(const QString &text)
{
    char *message = nullptr;
    PQconninfoOption *options = PQconninfoParse(text.toUtf8().constData(), &message);
    PQfreemem(message);
    if (!options)
        return QStringLiteral("?"); // unknown: treat as holding one
    QString password;
    for (const PQconninfoOption *o = options; o->keyword; ++o) {
        if (o->val && qstrcmp(o->keyword, "password") == 0)
            password = QString::fromUtf8(o->val);
    }
    PQconninfoFree(options);
    return password;
}

// The text without its password: the URI's user:password@ and ?password=, or a password= pair.
// A URI whose stripped form libpq would still read a password from (unusual user names with '?'
// or '@') is shown as key=value pairs instead.
QString withoutPassword(const QString &text, const Pairs &pairs)
{
    Pairs rest;
    for (const auto &pair : pairs) {
        if (pair.first != QLatin1String("password"))
            rest << pair;
    }
    if (!isUri(text))
        return keyValueText(rest);
    QString out = text;
    static const QRegularExpression userInfo(QStringLiteral("^(postgres(?:ql)?://[^/?@:]*):[^/?@]*@"));
    out.replace(userInfo, QStringLiteral("\\1@"));
    static const QRegularExpression queryPassword(QStringLiteral("([?&])password=[^&]*(&|$)"));
    out.replace(queryPassword, QStringLiteral("\\1"));
    while (out.endsWith(u'&') || out.endsWith(u'?'))
        out.chop(1);
    if (!passwordIn(out).isEmpty())
        return keyValueText(rest);
    return out;
}

// The first of a comma-separated list ("h1,h2" -> "h1").
QString firstOf(const QString &list)
{
    return list.section(u',', 0, 0).trimmed();
}
} // namespace

Result<ConnectionSettings> ConnectionSettings::fromUrl(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return Error::failure(Text::tr("The database connection is empty."));
    // libpq reads a C string: a NUL would end it early and leave the rest to be shown.
    if (std::any_of(trimmed.cbegin(), trimmed.cend(),
                    [](QChar c) { return (c.unicode() < 0x20 && c != u'\t') || c.unicode() == 0x7f; }))
        return Error::failure(Text::tr("The database connection contains a control character."));
    if (!isUri(trimmed) && !trimmed.contains(u'='))
        return Error::failure(
            Text::tr("\"%1\" is neither a postgresql:// URL nor a key=value connection string "
                     "(host=... dbname=...).")
                .arg(trimmed));

    char *message = nullptr;
    PQconninfoOption *options = PQconninfoParse(trimmed.toUtf8().constData(), &message);
    if (!options) {
        const QString why = message ? QString::fromUtf8(message).trimmed() : Text::tr("out of memory");
        PQfreemem(message);
        // The text may hold a password: show what libpq said, not the text.
        return Error::failure(Text::tr("The database connection is not one libpq accepts: %1").arg(why));
    }
    Pairs given;
    for (const PQconninfoOption *o = options; o->keyword; ++o) {
        if (o->val)
            given.append({QString::fromUtf8(o->keyword), QString::fromUtf8(o->val)});
    }
    PQconninfoFree(options);

    for (const auto &[key, value] : std::as_const(given)) {
        // Qt's PostgreSQL driver turns ';' in its options into blanks.
        if (value.contains(u';'))
            return Error::failure(Text::tr("The value of %1 must not contain ';'.").arg(key));
    }

    // libpq checks ports only when it connects; a typo is named before anything is sent.
    for (const QString &port : valueOf(given, "port").split(u',', Qt::SkipEmptyParts)) {
        bool ok = false;
        const int number = port.trimmed().toInt(&ok);
        if (!ok || number < 1 || number > 65535)
            return Error::failure(
                Text::tr("The port \"%1\" is not a number from 1 to 65535.").arg(port.trimmed()));
    }

    ConnectionSettings s;
    s.m_shown = withoutPassword(trimmed, given);
    s.password = valueOf(given, "password");
    Pairs connect = given;
    // HostDeck's defaults, where neither the text nor the environment says.
    if (!has(given, "dbname") && !has(given, "service") && qEnvironmentVariableIsEmpty("PGDATABASE") &&
        qEnvironmentVariableIsEmpty("PGSERVICE"))
        connect.append({QStringLiteral("dbname"), QStringLiteral("hostdeck")});
    if (!has(given, "application_name") && qEnvironmentVariableIsEmpty("PGAPPNAME"))
        connect.append({QStringLiteral("application_name"), QStringLiteral("hostdeck")});
    if (!has(given, "connect_timeout") && qEnvironmentVariableIsEmpty("PGCONNECT_TIMEOUT"))
        connect.append({QStringLiteral("connect_timeout"), QStringLiteral("5")});
    QStringList pairs;
    for (const auto &[key, value] : std::as_const(connect))
        pairs << key + u'=' + quoted(value);
    s.conninfo = pairs.join(u' ');

    // What is shown: the text's values, else the environment's, else libpq's defaults.
    const auto shown = [&](const char *keyword, const char *variable) {
        const QString v = valueOf(connect, keyword);
        return v.isEmpty() ? qEnvironmentVariable(variable) : v;
    };
    s.host = shown("host", "PGHOST");
    if (s.host.isEmpty())
        s.host = shown("hostaddr", "PGHOSTADDR");
    bool portOk = false;
    const int port = firstOf(shown("port", "PGPORT")).toInt(&portOk);
    s.port = portOk ? port : 5432;
    s.database = shown("dbname", "PGDATABASE");
    s.user = shown("user", "PGUSER");
    return s;
}

QString ConnectionSettings::displayUrl() const
{
    if (!m_shown.isEmpty())
        return m_shown;
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
