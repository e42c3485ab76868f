// SPDX-License-Identifier: GPL-3.0-or-later
#include "cliterminal.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QStandardPaths>

#include <cstdio>

namespace hostdeck::cli {

QString escapeControls(const QString &text)
{
    qsizetype i = 0;
    const auto isControl = [](char16_t c) {
        return (c < 0x20 && c != u'\n' && c != u'\t') || (c >= 0x7f && c <= 0x9f);
    };
    while (i < text.size() && !isControl(text.at(i).unicode()))
        ++i;
    if (i == text.size())
        return text;
    QString out = text.left(i);
    out.reserve(text.size() + 8);
    for (; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if (!isControl(c))
            out += QChar(c);
        else if (c <= 0x7f)
            out += QStringLiteral("\\x%1").arg(int(c), 2, 16, QLatin1Char('0'));
        else
            out += QStringLiteral("\\u%1").arg(int(c), 4, 16, QLatin1Char('0'));
    }
    return out;
}

EscapingDevice::EscapingDevice(QTextStream &target)
    : m_target(target)
{
    open(QIODevice::WriteOnly | QIODevice::Unbuffered);
}

qint64 EscapingDevice::writeData(const char *data, qint64 size)
{
    m_target << escapeControls(m_decoder.decode(QByteArrayView(data, size)));
    m_target.flush();
    return size;
}

namespace {
QMutex g_logLock;
QString g_logPath;

void logMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const QString line = QStringLiteral("%1 %2%3: %4\n")
                             .arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs),
                                  QString::fromLatin1(context.category ? context.category : "default"),
                                  type == QtWarningMsg ? QStringLiteral(" warning") : QString(), message);
    {
        QMutexLocker lock(&g_logLock);
        QFile log(g_logPath);
        if (QDir().mkpath(QFileInfo(g_logPath).absolutePath()) && log.open(QIODevice::Append))
            log.write(line.toUtf8());
    }
    const bool toUser = type == QtCriticalMsg || type == QtFatalMsg;
    if (toUser || qEnvironmentVariableIntValue("HOSTDECK_DEBUG") == 1) {
        const QString shown = (toUser ? QStringLiteral("hostdeck: ") : QStringLiteral("hostdeck: debug: ")) +
                              escapeControls(message) + u'\n';
        std::fputs(shown.toLocal8Bit().constData(), stderr);
        std::fflush(stderr);
    }
}
} // namespace

CliMessageLog::CliMessageLog(const QString &logPath)
{
    {
        QMutexLocker lock(&g_logLock);
        g_logPath = logPath.isEmpty() ? path() : logPath;
    }
    m_previous = qInstallMessageHandler(logMessage);
}

CliMessageLog::~CliMessageLog()
{
    qInstallMessageHandler(m_previous);
}

QString CliMessageLog::path()
{
    const QString fromEnvironment = qEnvironmentVariable("HOSTDECK_DEBUG_LOG");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) +
           QStringLiteral("/debug.log");
}

} // namespace hostdeck::cli
