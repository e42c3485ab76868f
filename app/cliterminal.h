// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIODevice>
#include <QString>
#include <QStringDecoder>
#include <QTextStream>
#include <QtGlobal>

/// What the command line prints reaches a terminal: stored text (device names,
/// aliases, an agent's ifDescr) may hold control characters, and Qt's own
/// warnings must not come before HostDeck's message.
namespace hostdeck::cli {

/// `text` with every control character but newline and tab written as an
/// escape: C0 and DEL as \xNN, C1 (U+0080..U+009F) as \uNNNN. So a stored
/// name with an escape sequence or a carriage return cannot forge lines or
/// colours. JSON output has no raw control characters (QJsonDocument escapes
/// them), so it passes unchanged.
QString escapeControls(const QString &text);

/// A write-only device that hands everything written to it, decoded from
/// UTF-8 and passed through escapeControls(), to `target`, and flushes it: the
/// stream the verbs write to, in front of the caller's stdout or stderr.
class EscapingDevice final : public QIODevice
{
public:
    explicit EscapingDevice(QTextStream &target);

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 size) override;

private:
    QTextStream &m_target;
    QStringDecoder m_decoder{QStringDecoder::Utf8};
};

/// While it lives, Qt's debug, info and warning messages (the SQL driver's
/// "Unable to free statement ...", "QPSQLDriver::rollbackTransaction ...")
/// go to a debug log file instead of stderr; with HOSTDECK_DEBUG=1 in the
/// environment they also go to stderr as "hostdeck: debug: ...". Critical and
/// fatal messages still reach stderr, as "hostdeck: ...". The previous handler
/// comes back on destruction. The log is `logPath`, else $HOSTDECK_DEBUG_LOG,
/// else debug.log in the application's data directory.
class CliMessageLog
{
public:
    explicit CliMessageLog(const QString &logPath = {});
    ~CliMessageLog();
    CliMessageLog(const CliMessageLog &) = delete;
    CliMessageLog &operator=(const CliMessageLog &) = delete;

    /// Where the messages go.
    static QString path();

private:
    QtMessageHandler m_previous = nullptr;
};

} // namespace hostdeck::cli
