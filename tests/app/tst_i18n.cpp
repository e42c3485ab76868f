// SPDX-License-Identifier: GPL-3.0-or-later
// Translations: German comes from the compiled-in ":/i18n" files for the app's
// and the model's strings, under the contexts the code asks for at run time;
// the German .ts file is complete and keeps every placeholder; switching back
// to English at run time removes it again.
#include "cli.h"
#include "core/connectionsettings.h"
#include "core/embeddedcluster.h"
#include "dcim/rackplacement.h"
#include "i18n.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QXmlStreamReader>
#include <QtTest>

using namespace hostdeck;

namespace {
struct TsMessage
{
    QString context;
    QString source;
    QStringList translations; ///< one entry, or the numerus forms
    bool numerus = false;
    bool unfinished = false;
};

QList<TsMessage> readTs(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<TsMessage> messages;
    QXmlStreamReader xml(&file);
    QString context;
    TsMessage current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            current = TsMessage{context,
                                {},
                                {},
                                xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes"),
                                false};
        } else if (name == QLatin1String("source")) {
            current.source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            current.unfinished = xml.attributes().value(QLatin1String("type")) == QLatin1String("unfinished");
            if (current.numerus) {
                while (xml.readNextStartElement())
                    current.translations << xml.readElementText();
            } else {
                current.translations << xml.readElementText();
            }
            messages << current;
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return messages;
}

QStringList placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%(\\d+|n)"));
    QStringList found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found << it.next().captured(0);
    found.sort();
    found.removeDuplicates();
    return found;
}
} // namespace

class TstI18n : public QObject
{
    Q_OBJECT
private slots:
    void germanIsAvailable();
    void germanFileIsCompleteAndKeepsPlaceholders();
    void everyGermanMessageIsCompiledIn();
    void germanReachesTheCode();
    void englishRestoresSourceTexts();
    void cleanupTestCase();
};

void TstI18n::germanIsAvailable()
{
    const QStringList languages = availableLanguages();
    QVERIFY2(languages.contains(QStringLiteral("de")), qPrintable(languages.join(u',')));
    QVERIFY(languages.contains(QStringLiteral("en")));
}

void TstI18n::germanFileIsCompleteAndKeepsPlaceholders()
{
    QString error;
    const QList<TsMessage> messages = readTs(QStringLiteral(HOSTDECK_TS_DIR "/hostdeck_de.ts"), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(messages.size() > 100);
    for (const TsMessage &m : messages) {
        const QString where = m.context + QStringLiteral(": ") + m.source;
        QVERIFY2(!m.unfinished, qPrintable(QStringLiteral("untranslated: ") + where));
        QVERIFY2(m.translations.size() == (m.numerus ? 2 : 1), qPrintable(where));
        for (const QString &t : m.translations) {
            QVERIFY2(!t.trimmed().isEmpty(), qPrintable(where));
            QCOMPARE(placeholders(t), placeholders(m.source));
        }
    }
    // English needs only the plural forms of %n messages.
    const QList<TsMessage> english = readTs(QStringLiteral(HOSTDECK_TS_DIR "/hostdeck_en.ts"), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    for (const TsMessage &m : english) {
        if (m.numerus)
            QVERIFY2(!m.unfinished && m.translations.size() == 2, qPrintable(m.source));
    }
}

void TstI18n::everyGermanMessageIsCompiledIn()
{
    QString error;
    const QList<TsMessage> messages = readTs(QStringLiteral(HOSTDECK_TS_DIR "/hostdeck_de.ts"), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    installTranslators(*QCoreApplication::instance(), QStringLiteral("de"));
    for (const TsMessage &m : messages) {
        const QByteArray context = m.context.toUtf8();
        const QByteArray source = m.source.toUtf8();
        const QString expected = m.numerus ? m.translations.value(1) : m.translations.value(0);
        QCOMPARE(
            QCoreApplication::translate(context.constData(), source.constData(), nullptr, m.numerus ? 5 : -1),
            m.numerus ? QString(expected).replace(QStringLiteral("%n"), QStringLiteral("5")) : expected);
    }
}

void TstI18n::germanReachesTheCode()
{
    installTranslators(*QCoreApplication::instance(), QStringLiteral("de"));
    QCOMPARE(QLocale().language(), QLocale::German);
    QCOMPARE(displayName(Disposition::Decommissioned), QStringLiteral("Außer Betrieb"));

    // The contexts the model and the command line use at run time find their German text.
    auto url = ConnectionSettings::fromUrl(QString());
    QVERIFY(!url.ok());
    QCOMPARE(url.error().message, QStringLiteral("Die Datenbankverbindung ist leer."));

    Rack rack;
    rack.id = 1;
    rack.name = QStringLiteral("R1");
    Device occupant;
    occupant.id = 2;
    occupant.name = QStringLiteral("srv-a");
    occupant.placement = {1, Mount::Rack, Face::Front, WidthSlot::Full, 10, 10};
    Device moving;
    moving.id = 3;
    moving.name = QStringLiteral("srv-b");
    const auto verdict = RackPlacement::check(rack, {occupant}, moving,
                                              {1, Mount::Rack, Face::Front, WidthSlot::Full, 10, 10});
    QVERIFY(!verdict.ok);
    QVERIFY2(verdict.reason.startsWith(QLatin1String("Belegt durch srv-a")), qPrintable(verdict.reason));

    qputenv("HOSTDECK_PG_BINDIR", "/nonexistent");
    auto bin = EmbeddedCluster::findBinDir();
    qunsetenv("HOSTDECK_PG_BINDIR");
    QVERIFY(!bin.ok());
    QVERIFY2(bin.error().message.contains(QLatin1String("Installieren Sie")),
             qPrintable(bin.error().message));

    QString out, err;
    QTextStream outStream(&out), errStream(&err);
    QCOMPARE(runCli({QStringLiteral("frobnicate")}, outStream, errStream), int(CliUsage));
    errStream.flush();
    QVERIFY2(err.contains(QStringLiteral("Unbekannter Befehl „frobnicate“.")), qPrintable(err));
    QVERIFY2(err.contains(QLatin1String("Aufruf: hostdeck")), qPrintable(err));
}

void TstI18n::englishRestoresSourceTexts()
{
    installTranslators(*QCoreApplication::instance(), QStringLiteral("de"));
    installTranslators(*QCoreApplication::instance(), QStringLiteral("en"));
    QCOMPARE(displayName(Disposition::Decommissioned), QStringLiteral("Decommissioned"));
    QCOMPARE(QLocale().language(), QLocale::English);
    // English supplies the plural forms
    QCOMPARE(QCoreApplication::translate("Cli", "Rack %1 in %2: %3 U, %n device(s)", nullptr, 1),
             QStringLiteral("Rack %1 in %2: %3 U, 1 device"));
}

void TstI18n::cleanupTestCase()
{
    installTranslators(*QCoreApplication::instance(), QStringLiteral("en"));
}

QTEST_GUILESS_MAIN(TstI18n)
#include "tst_i18n.moc"
