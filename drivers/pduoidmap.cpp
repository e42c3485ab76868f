// SPDX-License-Identifier: GPL-3.0-or-later
#include "pduoidmap.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace hostdeck {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(PduOidMap)
};

Error mapError(const QString &message, const QString &detail = {})
{
    Error error;
    error.message = message;
    error.detail = detail;
    return error;
}

Result<PduColumn> parseColumn(const QString &model, const QString &name, const QJsonValue &value)
{
    const QJsonObject object = value.toObject();
    PduColumn column;
    column.oid = parseNumericOid(object.value(QLatin1String("oid")).toString());
    if (column.oid.size() < 2)
        return mapError(Text::tr("PDU model %1: %2 has no valid numeric \"oid\"").arg(model, name));
    if (const QJsonValue suffix = object.value(QLatin1String("suffix")); !suffix.isUndefined()) {
        column.suffix = parseNumericOid(suffix.toString());
        if (column.suffix.isEmpty())
            return mapError(Text::tr("PDU model %1: %2 has an invalid \"suffix\"").arg(model, name));
    }
    column.scale = object.value(QLatin1String("scale")).toDouble(1.0);
    if (!(column.scale > 0))
        return mapError(Text::tr("PDU model %1: %2 has a \"scale\" that is not positive").arg(model, name));
    column.unit = object.value(QLatin1String("unit")).toString();
    return column;
}
} // namespace

QList<quint32> parseNumericOid(const QString &text)
{
    QString trimmed = text.trimmed();
    if (trimmed.startsWith(u'.'))
        trimmed.remove(0, 1);
    if (trimmed.isEmpty())
        return {};
    QList<quint32> oid;
    for (const QStringView part : QStringView(trimmed).split(u'.')) {
        bool ok = false;
        const qulonglong value = part.toULongLong(&ok);
        if (!ok || value > 0xffffffffULL || part.startsWith(u'+') || part.startsWith(u'-'))
            return {};
        oid.append(static_cast<quint32>(value));
    }
    return oid;
}

QString numericOidText(const QList<quint32> &oid)
{
    QStringList parts;
    parts.reserve(oid.size());
    for (quint32 subId : oid)
        parts.append(QString::number(subId));
    return parts.join(u'.');
}

Result<PduOidMap> PduOidMap::parse(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (document.isNull() || !document.isObject())
        return mapError(Text::tr("The PDU OID map is not a JSON object"), parseError.errorString());
    const QJsonObject root = document.object();
    if (root.value(QLatin1String("format")).toInt() != 1)
        return mapError(Text::tr("The PDU OID map has an unknown format (expected \"format\": 1)"));
    const QJsonObject models = root.value(QLatin1String("models")).toObject();
    PduOidMap map;
    for (auto it = models.begin(); it != models.end(); ++it) {
        const QJsonObject entry = it.value().toObject();
        PduModel model;
        model.key = it.key();
        model.vendor = entry.value(QLatin1String("vendor")).toString();
        model.mib = entry.value(QLatin1String("mib")).toString();
        auto name =
            parseColumn(model.key, QStringLiteral("outletName"), entry.value(QLatin1String("outletName")));
        if (!name)
            return name.error();
        auto power =
            parseColumn(model.key, QStringLiteral("outletPower"), entry.value(QLatin1String("outletPower")));
        if (!power)
            return power.error();
        model.outletName = std::move(name).value();
        model.outletPower = std::move(power).value();
        map.m_models.append(std::move(model));
    }
    if (map.m_models.isEmpty())
        return mapError(Text::tr("The PDU OID map has no models"));
    return map;
}

const PduOidMap &PduOidMap::builtIn()
{
    static const PduOidMap map = [] {
        QFile file(QStringLiteral(":/snmp/pdu-oids.json"));
        if (!file.open(QIODevice::ReadOnly)) {
            PduOidMap empty;
            empty.m_loadError = Text::tr("The built-in PDU OID map :/snmp/pdu-oids.json is missing");
            return empty;
        }
        auto parsed = parse(file.readAll());
        if (!parsed) {
            PduOidMap empty;
            empty.m_loadError = parsed.error().fullText();
            return empty;
        }
        return std::move(parsed).value();
    }();
    return map;
}

QStringList PduOidMap::keys() const
{
    QStringList result;
    for (const PduModel &model : m_models)
        result.append(model.key);
    std::sort(result.begin(), result.end());
    return result;
}

Result<PduModel> PduOidMap::model(const QString &key) const
{
    if (!m_loadError.isEmpty())
        return mapError(m_loadError);
    for (const PduModel &model : m_models) {
        if (model.key == key)
            return model;
    }
    Error error = mapError(Text::tr("Unknown PDU model \"%1\"; the OID map knows: %2")
                               .arg(key, keys().join(QStringLiteral(", "))));
    error.code = QStringLiteral("unknown-pdu-model");
    return error;
}

} // namespace hostdeck
