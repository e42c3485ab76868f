// SPDX-License-Identifier: GPL-3.0-or-later
#include "clioutput.h"

#include <algorithm>

namespace hostdeck::cli {

void writeTable(QTextStream &out, const QStringList &header, const QList<QStringList> &rows,
                const QSet<int> &rightAligned)
{
    QList<qsizetype> widths;
    for (const QString &h : header)
        widths << h.size();
    for (const QStringList &row : rows) {
        for (qsizetype c = 0; c < row.size() && c < widths.size(); ++c)
            widths[c] = std::max(widths[c], row[c].size());
    }
    auto line = [&](const QStringList &cells) {
        QString text;
        for (qsizetype c = 0; c < cells.size(); ++c) {
            const bool last = c == cells.size() - 1;
            const int width = int(widths[c]);
            if (rightAligned.contains(int(c)))
                text += cells[c].rightJustified(width);
            else
                text += last ? cells[c] : cells[c].leftJustified(width);
            if (!last)
                text += QStringLiteral("  ");
        }
        out << text << u'\n';
    };
    line(header);
    for (const QStringList &row : rows)
        line(row);
    out.flush();
}

} // namespace hostdeck::cli
