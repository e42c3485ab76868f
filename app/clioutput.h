// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QSet>
#include <QStringList>
#include <QTextStream>

#include <optional>

/// Conventions shared by every command-line verb (docs/cli.md): common options, argument parsing, output.
namespace hostdeck::cli {

/// A Latin-1 literal as a QString (the verbs' shorthand for option names and JSON keys).
inline QString S(const char *text)
{
    return QString::fromLatin1(text);
}

/// The options every verb that reads the database or prints JSON understands.
inline const QString kDb = QStringLiteral("--db");
inline const QString kJson = QStringLiteral("--json");

/// A whole number (surrounding blanks allowed), or nothing when the text is not one.
inline std::optional<int> wholeNumber(const QString &text)
{
    bool ok = false;
    const int value = text.trimmed().toInt(&ok);
    if (!ok)
        return std::nullopt;
    return value;
}

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

/// An aligned text table: a header row and data rows, two blanks between columns; columns listed in
/// `rightAligned` are aligned right (numbers), the last column is not padded.
void writeTable(QTextStream &out, const QStringList &header, const QList<QStringList> &rows,
                const QSet<int> &rightAligned = {});

} // namespace hostdeck::cli
