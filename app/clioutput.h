// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QTextStream>

/// Output conventions shared by every command-line verb (docs/cli.md).
namespace hostdeck::cli {

/// "hostdeck: <message>" on stderr, then the underlying detail indented when it adds something.
inline void printError(QTextStream &err, const Error &e)
{
    err << QStringLiteral("hostdeck: ") << e.message << u'\n';
    const QString detail = e.detail.trimmed();
    if (!detail.isEmpty() && !e.message.contains(detail))
        err << QStringLiteral("  ") << QString(detail).replace(u'\n', QStringLiteral("\n  ")) << u'\n';
    err.flush();
}

/// One JSON document, indented, keys in the stable (alphabetical) order QJsonObject keeps.
inline void writeJson(QTextStream &out, const QJsonObject &o)
{
    out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
    out.flush();
}

/// An empty text is JSON null, not "".
inline QJsonValue nullable(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

} // namespace hostdeck::cli
