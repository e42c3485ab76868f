// SPDX-License-Identifier: GPL-3.0-or-later
// CableEditorDialog over a real database: end A fixed, end B chosen by device
// and port with busy ports disabled and marked; validation as the user types
// (Save disabled with the reason); colour swatches drawn in their colour,
// "Custom…" through QColorDialog; save creates the row; a database refusal is
// shown inline and keeps what was entered; editing an existing cable.
#include "cabling/cableeditor.h"
#include "cabling/cablerepository.h"
#include "core/database.h"
#include "core/workerpool.h"
#include "testdatabase.h"

#include <QColorDialog>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardItemModel>
#include <QtTest>

#include <cstdlib>

using namespace hostdeck;

class TstCableEditor : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void busyPortsAreDisabled();
    void validatesAsTheUserTypes();
    void swatchesAreDrawnInTheirColour();
    void customColour();
    void saveCreatesTheCable();
    void refusalIsShownInline();
    void editsAnExistingCable();

private:
    qint64 scalar(const QString &sql, const QVariantMap &binds = {});
    qint64 port(const QString &device, const QString &name);
    std::unique_ptr<CableEditorDialog> open(qint64 portA);
    bool chooseDevice(CableEditorDialog &dialog, const QString &name);
    int portRow(CableEditorDialog &dialog, const QString &name);

    std::unique_ptr<test::TestDatabase> m_db;
    std::unique_ptr<WorkerPool> m_pool;
};

qint64 TstCableEditor::scalar(const QString &sql, const QVariantMap &binds)
{
    QSqlDatabase db = m_db->connection();
    auto q = db::exec(db, sql, binds);
    if (!q || !q->next())
        return -1;
    return q->value(0).toLongLong();
}

qint64 TstCableEditor::port(const QString &device, const QString &name)
{
    QSqlDatabase db = m_db->connection();
    auto id = findPort(db, device, name);
    return id ? *id : -1;
}

std::unique_ptr<CableEditorDialog> TstCableEditor::open(qint64 portA)
{
    auto dialog = std::make_unique<CableEditorDialog>(m_pool.get(), portA);
    QSignalSpy ready(dialog.get(), &CableEditorDialog::ready);
    dialog->show();
    // A fast pool can deliver the load while the constructor still runs.
    if (!dialog->isReady() && !ready.wait(20000))
        return {};
    return dialog;
}

// Picks the device with the keyboard, as a user would, and waits for its ports.
bool TstCableEditor::chooseDevice(CableEditorDialog &dialog, const QString &name)
{
    QComboBox *combo = dialog.deviceCombo();
    const int target = combo->findData(name, CableEditorDialog::NameRole);
    if (target < 0)
        return false;
    if (combo->currentIndex() == target)
        return true;
    combo->setFocus();
    const Qt::Key key = combo->currentIndex() < target ? Qt::Key_Down : Qt::Key_Up;
    // Every step asks for that device's ports; only the last step's answer is
    // shown (earlier ones are dropped) and, like every result, it arrives from
    // the event loop, never inside the key press.
    for (int guard = 0; guard < 1000 && std::abs(combo->currentIndex() - target) > 1; ++guard)
        QTest::keyClick(combo, key);
    QSignalSpy loaded(&dialog, &CableEditorDialog::portsLoaded);
    QTest::keyClick(combo, key);
    return combo->currentIndex() == target && loaded.isEmpty() && loaded.wait(20000);
}

int TstCableEditor::portRow(CableEditorDialog &dialog, const QString &name)
{
    return dialog.portCombo()->findData(name, CableEditorDialog::NameRole);
}

void TstCableEditor::initTestCase()
{
    m_db = std::make_unique<test::TestDatabase>(QStringLiteral("views_cableeditor"));
    QVERIFY2(m_db->ok(), qPrintable(m_db->error()));
    QVERIFY(m_db->superExec(QStringLiteral(
        "INSERT INTO device_types (manufacturer, model, kind, u_height) VALUES "
        " ('Dell', 'R650', 'server', 1), ('Arista', '7050', 'switch', 1);"
        "INSERT INTO devices (device_type_id, name) SELECT id, n FROM device_types,"
        " unnest(ARRAY['srv-01', 'srv-02']) n WHERE model = 'R650';"
        "INSERT INTO devices (device_type_id, name) SELECT id, 'sw-01' FROM device_types WHERE model = "
        "'7050';"
        "INSERT INTO ports (device_id, name, kind) SELECT id, n, 'nic' FROM devices,"
        " unnest(ARRAY['eth0', 'eth1', 'eth2']) n WHERE name LIKE 'srv-%';"
        "INSERT INTO ports (device_id, name, kind, label) SELECT id, 'Ethernet' || i, 'switch', 'up' || i"
        " FROM devices, generate_series(1, 4) i WHERE name = 'sw-01';")));
    QSqlDatabase db = m_db->connection();
    // srv-02/eth0 already goes to sw-01/Ethernet2.
    QVERIFY(CableRepository(db).createCable({port(QStringLiteral("srv-02"), QStringLiteral("eth0")),
                                             port(QStringLiteral("sw-01"), QStringLiteral("Ethernet2")),
                                             QStringLiteral("DAC"),
                                             QStringLiteral("black"),
                                             {},
                                             std::nullopt}));
    m_pool = std::make_unique<WorkerPool>(m_db->settings(), 2);
}

void TstCableEditor::cleanupTestCase()
{
    m_pool.reset();
}

void TstCableEditor::busyPortsAreDisabled()
{
    auto dialog = open(port(QStringLiteral("srv-01"), QStringLiteral("eth0")));
    QVERIFY(dialog);
    QVERIFY(!dialog->cableId());
    QCOMPARE(dialog->windowTitle(), QStringLiteral("Connect srv-01 / eth0"));
    QVERIFY(chooseDevice(*dialog, QStringLiteral("sw-01")));
    auto *ports = qobject_cast<QStandardItemModel *>(dialog->portCombo()->model());
    QVERIFY(ports);
    const int busy = portRow(*dialog, QStringLiteral("Ethernet2"));
    const int free = portRow(*dialog, QStringLiteral("Ethernet1"));
    QVERIFY(busy > 0 && free > 0);
    QVERIFY(!(ports->item(busy)->flags() & Qt::ItemIsEnabled));
    QVERIFY2(ports->item(busy)->text().contains(QStringLiteral("in use, cabled to srv-02 / eth0")),
             qPrintable(ports->item(busy)->text()));
    QVERIFY(ports->item(free)->flags() & Qt::ItemIsEnabled);
    QCOMPARE(ports->item(free)->text(), QStringLiteral("Ethernet1 (up1)"));
    // The keyboard skips the disabled port: Down from Ethernet1 lands on Ethernet3.
    dialog->portCombo()->setCurrentIndex(free);
    dialog->portCombo()->setFocus();
    QTest::keyClick(dialog->portCombo(), Qt::Key_Down);
    QCOMPARE(dialog->portCombo()->currentData(CableEditorDialog::NameRole).toString(),
             QStringLiteral("Ethernet3"));
    // End A itself is disabled on its own device.
    QVERIFY(chooseDevice(*dialog, QStringLiteral("srv-01")));
    const int self = portRow(*dialog, QStringLiteral("eth0"));
    QVERIFY(!(ports->item(self)->flags() & Qt::ItemIsEnabled));
    QVERIFY(ports->item(self)->text().contains(QStringLiteral("end A")));
}

void TstCableEditor::validatesAsTheUserTypes()
{
    auto dialog = open(port(QStringLiteral("srv-01"), QStringLiteral("eth1")));
    QVERIFY(dialog);
    QVERIFY(!dialog->saveButton()->isEnabled());
    QCOMPARE(dialog->problemLabel()->text(), QStringLiteral("Choose the device at end B."));
    QVERIFY(chooseDevice(*dialog, QStringLiteral("sw-01")));
    QVERIFY(!dialog->saveButton()->isEnabled());
    QCOMPARE(dialog->problemLabel()->text(), QStringLiteral("Choose the port at end B."));
    dialog->portCombo()->setCurrentIndex(portRow(*dialog, QStringLiteral("Ethernet3")));
    QVERIFY(dialog->saveButton()->isEnabled());
    QVERIFY(dialog->problemLabel()->isHidden());

    // Length, typed key by key.
    QLineEdit *length = dialog->lengthEdit();
    length->setFocus();
    QTest::keyClicks(length, QStringLiteral("abc"));
    QVERIFY(!dialog->saveButton()->isEnabled());
    QCOMPARE(dialog->problemLabel()->text(),
             QStringLiteral("The length is a number of metres, such as 2.5."));
    QCOMPARE(dialog->saveButton()->toolTip(), dialog->problemLabel()->text());
    length->clear();
    QTest::keyClicks(length, QStringLiteral("0"));
    QCOMPARE(dialog->problemLabel()->text(), QStringLiteral("The length must be more than 0 m."));
    QTest::keyClicks(length, QStringLiteral(".75"));
    QVERIFY(dialog->saveButton()->isEnabled());
    QCOMPARE(dialog->spec().lengthM, std::optional<double>(0.75));
    length->setText(QStringLiteral("100000"));
    QCOMPARE(dialog->problemLabel()->text(), QStringLiteral("The length is at most 99999.99 m."));
    length->clear();
    QVERIFY(dialog->saveButton()->isEnabled());
    QVERIFY(!dialog->spec().lengthM);

    // A busy port chosen programmatically is refused too.
    dialog->portCombo()->setCurrentIndex(portRow(*dialog, QStringLiteral("Ethernet2")));
    QVERIFY(!dialog->saveButton()->isEnabled());
    QCOMPARE(dialog->problemLabel()->text(),
             QStringLiteral("Port Ethernet2 already has a cable (to srv-02 / eth0). Choose a free port."));
    // Going back to the placeholder device.
    dialog->deviceCombo()->setCurrentIndex(0);
    QCOMPARE(dialog->problemLabel()->text(), QStringLiteral("Choose the device at end B."));
}

void TstCableEditor::swatchesAreDrawnInTheirColour()
{
    auto dialog = open(port(QStringLiteral("srv-01"), QStringLiteral("eth1")));
    QVERIFY(dialog);
    QComboBox *colours = dialog->colourCombo();
    QCOMPARE(colours->count(), namedCableColours().size() + 1);
    QCOMPARE(colours->itemText(colours->count() - 1), QStringLiteral("Custom…"));
    for (int i = 0; i < namedCableColours().size(); ++i) {
        const NamedCableColour &named = namedCableColours().at(i);
        QCOMPARE(colours->itemText(i), named.name);
        QCOMPARE(colours->itemData(i, CableEditorDialog::ColourRole).toString(), named.name);
        const QIcon icon = colours->itemData(i, Qt::DecorationRole).value<QIcon>();
        QVERIFY2(!icon.isNull(), qPrintable(named.name));
        const QImage image = icon.pixmap(QSize(16, 16)).toImage();
        QCOMPARE(image.pixelColor(8, 8), QColor(named.hex));
    }
    // The chosen colour is what the cable gets.
    colours->setFocus();
    const int red = colours->findData(QStringLiteral("red"), CableEditorDialog::ColourRole);
    while (colours->currentIndex() < red)
        QTest::keyClick(colours, Qt::Key_Down);
    QCOMPARE(dialog->spec().colour, QStringLiteral("red"));
    const QImage current = colours->itemData(colours->currentIndex(), Qt::DecorationRole)
                               .value<QIcon>()
                               .pixmap(QSize(16, 16))
                               .toImage();
    QCOMPARE(current.pixelColor(8, 8), QColor(cableColourHex(QStringLiteral("red"))));
}

void TstCableEditor::customColour()
{
    auto dialog = open(port(QStringLiteral("srv-01"), QStringLiteral("eth1")));
    QVERIFY(dialog);
    QComboBox *colours = dialog->colourCombo();
    colours->setFocus();
    QTest::keyClick(colours, Qt::Key_End); // "Custom…"
    QColorDialog *picker = nullptr;
    QTRY_VERIFY((picker = dialog->findChild<QColorDialog *>(QStringLiteral("customColourDialog"))) &&
                picker->isVisible());
    // While choosing, the previous colour stays selected.
    QCOMPARE(dialog->spec().colour, QStringLiteral("grey"));
    picker->setCurrentColor(QColor(0x12, 0xAB, 0xEF));
    picker->accept();
    QCOMPARE(dialog->spec().colour, QStringLiteral("#12abef"));
    QVERIFY(isValidCableColour(dialog->spec().colour));
    const int index = colours->currentIndex();
    QCOMPARE(colours->itemText(index), QStringLiteral("#12abef"));
    QCOMPARE(colours->itemText(colours->count() - 1), QStringLiteral("Custom…"));
    const QImage image =
        colours->itemData(index, Qt::DecorationRole).value<QIcon>().pixmap(QSize(16, 16)).toImage();
    QCOMPARE(image.pixelColor(8, 8), QColor(0x12, 0xAB, 0xEF));

    // Cancelling the picker keeps the colour chosen before.
    QTest::keyClick(colours, Qt::Key_End);
    QTRY_VERIFY((picker = dialog->findChild<QColorDialog *>(QStringLiteral("customColourDialog"))) &&
                picker->isVisible());
    picker->reject();
    QCOMPARE(dialog->spec().colour, QStringLiteral("#12abef"));
}

void TstCableEditor::saveCreatesTheCable()
{
    const qint64 eth1 = port(QStringLiteral("srv-01"), QStringLiteral("eth1"));
    auto dialog = open(eth1);
    QVERIFY(dialog);
    QVERIFY(chooseDevice(*dialog, QStringLiteral("sw-01")));
    dialog->portCombo()->setCurrentIndex(portRow(*dialog, QStringLiteral("Ethernet3")));
    dialog->typeCombo()->setCurrentText(QStringLiteral("Cat6a"));
    dialog->selectColour(QStringLiteral("orange"));
    dialog->labelEdit()->setFocus();
    QTest::keyClicks(dialog->labelEdit(), QStringLiteral("R3-17"));
    dialog->lengthEdit()->setFocus();
    QTest::keyClicks(dialog->lengthEdit(), QStringLiteral("1.5"));
    QVERIFY(dialog->saveButton()->isEnabled());
    QSignalSpy saved(dialog.get(), &CableEditorDialog::saved);
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    QCOMPARE(saved.count(), 0);
    QVERIFY(saved.wait(20000));
    QCOMPARE(saved.first().at(1).toString(), QStringLiteral("Connected srv-01 / eth1 to sw-01 / Ethernet3."));
    QCOMPARE(dialog->result(), int(QDialog::Accepted));
    QSqlDatabase db = m_db->connection();
    auto cable = CableRepository(db).cableAt(eth1);
    QVERIFY(cable && *cable);
    QCOMPARE((*cable)->id, saved.first().at(0).toLongLong());
    QCOMPARE((*cable)->portB, port(QStringLiteral("sw-01"), QStringLiteral("Ethernet3")));
    QCOMPARE((*cable)->type, QStringLiteral("Cat6a"));
    QCOMPARE((*cable)->colour, QStringLiteral("orange"));
    QCOMPARE((*cable)->label, QStringLiteral("R3-17"));
    QCOMPARE((*cable)->lengthM, std::optional<double>(1.5));
}

void TstCableEditor::refusalIsShownInline()
{
    auto dialog = open(port(QStringLiteral("srv-01"), QStringLiteral("eth2")));
    QVERIFY(dialog);
    QVERIFY(chooseDevice(*dialog, QStringLiteral("sw-01")));
    dialog->portCombo()->setCurrentIndex(portRow(*dialog, QStringLiteral("Ethernet4")));
    dialog->labelEdit()->setText(QStringLiteral("keep me"));
    dialog->selectColour(QStringLiteral("pink"));
    // Another console takes Ethernet4 while the dialog is open.
    QSqlDatabase other = m_db->connection(QStringLiteral("other"));
    QVERIFY(CableRepository(other).createCable({port(QStringLiteral("srv-02"), QStringLiteral("eth1")),
                                                port(QStringLiteral("sw-01"), QStringLiteral("Ethernet4")),
                                                QStringLiteral("Cat6"),
                                                QStringLiteral("grey"),
                                                {},
                                                std::nullopt}));
    QVERIFY(dialog->saveButton()->isEnabled());
    QSignalSpy saved(dialog.get(), &CableEditorDialog::saved);
    QSignalSpy reloaded(dialog.get(), &CableEditorDialog::portsLoaded);
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->errorLabel()->isVisible(), 20000);
    QCOMPARE(dialog->errorLabel()->text(),
             QStringLiteral("Port \"Ethernet4\" of sw-01 already has a cable. Remove "
                            "that cable first or choose a free port."));
    QVERIFY(dialog->isVisible());
    QCOMPARE(saved.count(), 0);
    // Nothing entered is lost, and the port now shows as busy.
    QCOMPARE(dialog->labelEdit()->text(), QStringLiteral("keep me"));
    QCOMPARE(dialog->spec().colour, QStringLiteral("pink"));
    QTRY_VERIFY_WITH_TIMEOUT(reloaded.count() >= 1, 20000);
    QCOMPARE(dialog->portCombo()->currentData(CableEditorDialog::NameRole).toString(),
             QStringLiteral("Ethernet4"));
    QVERIFY(!dialog->saveButton()->isEnabled());
    QVERIFY(
        dialog->problemLabel()->text().contains(QStringLiteral("already has a cable (to srv-02 / eth1)")));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM cable_ends WHERE port_id = :p"),
                    {{QStringLiteral("p"), port(QStringLiteral("srv-01"), QStringLiteral("eth2"))}}),
             0);
}

void TstCableEditor::editsAnExistingCable()
{
    // srv-02/eth0 -> sw-01/Ethernet2, DAC black: opened from the switch end.
    const qint64 sw2 = port(QStringLiteral("sw-01"), QStringLiteral("Ethernet2"));
    auto dialog = open(sw2);
    QVERIFY(dialog);
    QVERIFY(dialog->cableId());
    QCOMPARE(dialog->windowTitle(), QStringLiteral("Edit cable on sw-01 / Ethernet2"));
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy(), 20000);
    QCOMPARE(dialog->deviceCombo()->currentData(CableEditorDialog::NameRole).toString(),
             QStringLiteral("srv-02"));
    QCOMPARE(dialog->portCombo()->currentData(CableEditorDialog::NameRole).toString(),
             QStringLiteral("eth0"));
    QCOMPARE(dialog->typeCombo()->currentText(), QStringLiteral("DAC"));
    QCOMPARE(dialog->spec().colour, QStringLiteral("black"));
    // Its own far end is not busy; Save is possible as it stands.
    QVERIFY2(dialog->saveButton()->isEnabled(), qPrintable(dialog->problemLabel()->text()));
    // Move end B to srv-02/eth2 and relabel.
    dialog->portCombo()->setCurrentIndex(portRow(*dialog, QStringLiteral("eth2")));
    dialog->labelEdit()->setText(QStringLiteral("moved"));
    QSignalSpy saved(dialog.get(), &CableEditorDialog::saved);
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    QCOMPARE(saved.count(), 0);
    QVERIFY(saved.wait(20000));
    QCOMPARE(saved.first().at(0).toLongLong(), *dialog->cableId());
    QSqlDatabase db = m_db->connection();
    auto cable = CableRepository(db).cableAt(sw2);
    QVERIFY(cable && *cable);
    QCOMPARE((*cable)->id, *dialog->cableId());
    QCOMPARE((*cable)->label, QStringLiteral("moved"));
    const QSet<qint64> ends{(*cable)->portA, (*cable)->portB};
    QCOMPARE(ends, QSet<qint64>({sw2, port(QStringLiteral("srv-02"), QStringLiteral("eth2"))}));
}

QTEST_MAIN(TstCableEditor)
#include "tst_cableeditor.moc"
