// SPDX-License-Identifier: GPL-3.0-or-later
// CableTraceView over a real database: a server NIC through two patch panels
// to a switch port is drawn as a box per hop and a line per cable in the
// cable's own colour, the panels' pass-through as dashed links; a loop and a
// truncated path are marked; Ctrl+wheel zooms; the dialog copies the path as text.
#include "cabling/cablerepository.h"
#include "cabling/cabletraceview.h"
#include "core/database.h"
#include "core/workerpool.h"
#include "testdatabase.h"

#include <QApplication>
#include <QClipboard>
#include <QDialog>
#include <QGraphicsLineItem>
#include <QGraphicsRectItem>
#include <QPushButton>
#include <QtTest>

using namespace hostdeck;

class TstCableTraceView : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void drawsEachHopAndCable();
    void loopIsMarked();
    void truncatedIsMarked();
    void unknownPortShowsTheError();
    void ctrlWheelZooms();
    void dialogCopiesText();

private:
    qint64 port(const QString &device, const QString &name);
    QList<QGraphicsItem *> items(CableTraceView &view, const QString &kind);
    bool load(CableTraceView &view, qint64 portId);

    std::unique_ptr<test::TestDatabase> m_db;
    std::unique_ptr<WorkerPool> m_pool;
};

qint64 TstCableTraceView::port(const QString &device, const QString &name)
{
    QSqlDatabase db = m_db->connection();
    auto id = findPort(db, device, name);
    return id ? *id : -1;
}

QList<QGraphicsItem *> TstCableTraceView::items(CableTraceView &view, const QString &kind)
{
    QList<QGraphicsItem *> found;
    for (QGraphicsItem *item : view.scene()->items(Qt::AscendingOrder)) {
        if (item->data(CableTraceView::ItemKindKey).toString() == kind)
            found << item;
    }
    return found;
}

bool TstCableTraceView::load(CableTraceView &view, qint64 portId)
{
    QSignalSpy loaded(&view, &CableTraceView::traceLoaded);
    view.tracePort(portId);
    return (loaded.isEmpty() && loaded.wait(20000)) && loaded.first().at(0).toBool();
}

void TstCableTraceView::initTestCase()
{
    m_db = std::make_unique<test::TestDatabase>(QStringLiteral("views_cabletrace"));
    QVERIFY2(m_db->ok(), qPrintable(m_db->error()));
    QVERIFY(m_db->superExec(QStringLiteral(
        "INSERT INTO device_types (manufacturer, model, kind, u_height) VALUES "
        " ('Dell', 'R650', 'server', 1), ('Arista', '7050', 'switch', 1), ('Generic', 'PP', 'patch-panel', "
        "1);"
        "INSERT INTO devices (device_type_id, name) SELECT id, 'srv-01' FROM device_types WHERE model = "
        "'R650';"
        "INSERT INTO devices (device_type_id, name) SELECT id, 'sw-01' FROM device_types WHERE model = "
        "'7050';"
        "INSERT INTO devices (device_type_id, name) SELECT id, n FROM device_types,"
        " unnest(ARRAY['pp-a', 'pp-b', 'pp-x', 'pp-y']) n WHERE model = 'PP';"
        "INSERT INTO ports (device_id, name, kind) SELECT id, 'eth0', 'nic' FROM devices WHERE name = "
        "'srv-01';"
        "INSERT INTO ports (device_id, name, kind) SELECT id, 'Ethernet1', 'switch' FROM devices WHERE name "
        "= "
        "'sw-01';"
        "INSERT INTO ports (device_id, name, kind) SELECT id, 'R1', 'patch-rear' FROM devices WHERE name "
        "LIKE 'pp-%';"
        "INSERT INTO ports (device_id, name, kind, rear_port_id) SELECT d.id, 'F1', 'patch-front', r.id"
        " FROM devices d JOIN ports r ON r.device_id = d.id AND r.name = 'R1' WHERE d.name LIKE 'pp-%';")));
    QSqlDatabase db = m_db->connection();
    CableRepository repo(db);
    const QList<CableSpec> cables = {
        {port(QStringLiteral("srv-01"), QStringLiteral("eth0")),
         port(QStringLiteral("pp-a"), QStringLiteral("F1")), QStringLiteral("Cat6"), QStringLiteral("blue"),
         QStringLiteral("L-7"), 3.0},
        {port(QStringLiteral("pp-a"), QStringLiteral("R1")),
         port(QStringLiteral("pp-b"), QStringLiteral("R1")),
         QStringLiteral("OM4"),
         QStringLiteral("#aa00ff"),
         {},
         std::nullopt},
        {port(QStringLiteral("pp-b"), QStringLiteral("F1")),
         port(QStringLiteral("sw-01"), QStringLiteral("Ethernet1")),
         QStringLiteral("Cat6a"),
         QStringLiteral("yellow"),
         {},
         std::nullopt},
        // pp-x and pp-y: a loop (F1 of each to the other's F1, R1 to R1).
        {port(QStringLiteral("pp-x"), QStringLiteral("F1")),
         port(QStringLiteral("pp-y"), QStringLiteral("F1")),
         QStringLiteral("Cat5e"),
         QStringLiteral("red"),
         {},
         std::nullopt},
        {port(QStringLiteral("pp-x"), QStringLiteral("R1")),
         port(QStringLiteral("pp-y"), QStringLiteral("R1")),
         QStringLiteral("Cat5e"),
         QStringLiteral("green"),
         {},
         std::nullopt},
    };
    for (const CableSpec &spec : cables)
        QVERIFY(repo.createCable(spec));
    m_pool = std::make_unique<WorkerPool>(m_db->settings(), 2);
}

void TstCableTraceView::cleanupTestCase()
{
    m_pool.reset();
}

void TstCableTraceView::drawsEachHopAndCable()
{
    CableTraceView view(m_pool.get());
    view.resize(900, 300);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QVERIFY(load(view, port(QStringLiteral("srv-01"), QStringLiteral("eth0"))));

    const auto hops = items(view, QStringLiteral("hop"));
    QCOMPARE(hops.size(), 6);
    // Boxes in path order, left to right, one per port of the trace.
    QList<qint64> ids;
    for (const CableHop &hop : view.path().trace.hops)
        ids << hop.portId;
    QList<qint64> drawn;
    auto sorted = hops;
    std::sort(sorted.begin(), sorted.end(), [](QGraphicsItem *l, QGraphicsItem *r) {
        return l->sceneBoundingRect().x() < r->sceneBoundingRect().x();
    });
    for (QGraphicsItem *item : sorted)
        drawn << item->data(CableTraceView::ItemIdKey).toLongLong();
    QCOMPARE(drawn, ids);

    // A line per cable, drawn in the cable's colour and thick; dashed links through the panels.
    const auto cables = items(view, QStringLiteral("cable"));
    QCOMPARE(cables.size(), 3);
    QHash<QString, QColor> colourOf;
    for (QGraphicsItem *item : cables) {
        auto *line = qgraphicsitem_cast<QGraphicsLineItem *>(item);
        QVERIFY(line);
        QVERIFY(line->pen().widthF() >= 4);
        const qint64 id = item->data(CableTraceView::ItemIdKey).toLongLong();
        colourOf.insert(view.path().cables.value(id).colour, line->pen().color());
    }
    QCOMPARE(colourOf.value(QStringLiteral("blue")), QColor(cableColourHex(QStringLiteral("blue"))));
    QCOMPARE(colourOf.value(QStringLiteral("#aa00ff")), QColor(QStringLiteral("#aa00ff")));
    QCOMPARE(colourOf.value(QStringLiteral("yellow")), QColor(cableColourHex(QStringLiteral("yellow"))));
    const auto links = items(view, QStringLiteral("panel-link"));
    QCOMPARE(links.size(), 2);
    for (QGraphicsItem *item : links)
        QCOMPARE(qgraphicsitem_cast<QGraphicsLineItem *>(item)->pen().style(), Qt::DashLine);
    QCOMPARE(items(view, QStringLiteral("panel")).size(), 2);
    QVERIFY(items(view, QStringLiteral("loop")).isEmpty());
    QVERIFY(items(view, QStringLiteral("truncated")).isEmpty());
    // Type and label are written at the cable.
    QStringList labels;
    for (QGraphicsItem *item : items(view, QStringLiteral("cable-label")))
        labels << static_cast<QGraphicsSimpleTextItem *>(item)->text();
    QVERIFY2(labels.contains(QStringLiteral("Cat6")) && labels.contains(QStringLiteral("L-7")) &&
                 labels.contains(QStringLiteral("OM4")),
             qPrintable(labels.join(u',')));
    // Fitted on open: the whole path is visible.
    QVERIFY(view.mapFromScene(view.sceneRect()).boundingRect().width() <= view.viewport()->width() + 2);
    QVERIFY(view.asText().contains(QStringLiteral("Far end: sw-01 / Ethernet1")));
}

void TstCableTraceView::loopIsMarked()
{
    CableTraceView view(m_pool.get());
    view.resize(900, 300);
    view.show();
    QVERIFY(load(view, port(QStringLiteral("pp-x"), QStringLiteral("F1"))));
    QVERIFY(view.path().trace.loop());
    const auto marker = items(view, QStringLiteral("loop"));
    QCOMPARE(marker.size(), 1);
    const QString text = static_cast<QGraphicsSimpleTextItem *>(marker.first())->text();
    QVERIFY2(text.contains(QStringLiteral("Loop")) && text.contains(QStringLiteral("pp-x / F1")),
             qPrintable(text));
    QCOMPARE(items(view, QStringLiteral("hop")).size(), view.path().trace.hops.size());
    // The last box (the port met again) is outlined in red.
    auto *last = qgraphicsitem_cast<QGraphicsRectItem *>(items(view, QStringLiteral("hop")).constLast());
    QVERIFY(last);
    QCOMPARE(last->pen().color(), QColor(Qt::red));
    QVERIFY(view.asText().contains(QStringLiteral("Loop: the path returns to pp-x / F1")));
}

void TstCableTraceView::truncatedIsMarked()
{
    // A chain of 40 panels, longer than the trace's bound of 32 hops.
    QVERIFY(m_db->superExec(QStringLiteral(
        "INSERT INTO devices (device_type_id, name) SELECT t.id, 'chain-' || i FROM device_types t,"
        " generate_series(1, 40) i WHERE t.model = 'PP';"
        "INSERT INTO ports (device_id, name, kind) SELECT id, 'R1', 'patch-rear' FROM devices WHERE name "
        "LIKE "
        "'chain-%';"
        "INSERT INTO ports (device_id, name, kind, rear_port_id) SELECT d.id, 'F1', 'patch-front', r.id"
        " FROM devices d JOIN ports r ON r.device_id = d.id WHERE d.name LIKE 'chain-%';"
        "INSERT INTO cables (port_a, port_b, type) SELECT r.id, f.id, 'OM3' FROM generate_series(1, 39) i"
        " JOIN devices a ON a.name = 'chain-' || i JOIN ports r ON r.device_id = a.id AND r.name = 'R1'"
        " JOIN devices b ON b.name = 'chain-' || (i + 1) JOIN ports f ON f.device_id = b.id AND f.name = "
        "'F1';")));
    CableTraceView view(m_pool.get());
    view.resize(900, 300);
    view.show();
    QVERIFY(load(view, port(QStringLiteral("chain-1"), QStringLiteral("F1"))));
    QVERIFY(view.path().trace.truncated());
    QCOMPARE(items(view, QStringLiteral("truncated")).size(), 1);
    QVERIFY(items(view, QStringLiteral("loop")).isEmpty());
    QCOMPARE(items(view, QStringLiteral("hop")).size(), view.path().trace.hops.size());
    QVERIFY(view.asText().contains(QStringLiteral("Truncated")));
}

void TstCableTraceView::unknownPortShowsTheError()
{
    CableTraceView view(m_pool.get());
    QSignalSpy loaded(&view, &CableTraceView::traceLoaded);
    view.tracePort(987654);
    QCOMPARE(loaded.count(), 0);
    QVERIFY(loaded.wait(20000));
    QCOMPARE(loaded.first().at(0).toBool(), false);
    QCOMPARE(loaded.first().at(1).toString(), QStringLiteral("There is no port with id 987654."));
    QVERIFY(items(view, QStringLiteral("hop")).isEmpty());
    const auto message = items(view, QStringLiteral("message"));
    QCOMPARE(message.size(), 1);
    QVERIFY(
        static_cast<QGraphicsSimpleTextItem *>(message.first())->text().contains(QStringLiteral("987654")));
    QVERIFY(view.asText().isEmpty());
}

void TstCableTraceView::ctrlWheelZooms()
{
    CableTraceView view(m_pool.get());
    view.resize(900, 300);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QVERIFY(load(view, port(QStringLiteral("srv-01"), QStringLiteral("eth0"))));
    const qreal fitted = view.zoom();
    QVERIFY(fitted > 0);
    const QPointF at = view.viewport()->rect().center();
    QWheelEvent in(at, view.viewport()->mapToGlobal(at), QPoint(), QPoint(0, 240), Qt::NoButton,
                   Qt::ControlModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(view.viewport(), &in);
    QVERIFY2(qAbs(view.zoom() - fitted * 1.15 * 1.15) < 1e-6, qPrintable(QString::number(view.zoom())));
    QWheelEvent out(at, view.viewport()->mapToGlobal(at), QPoint(), QPoint(0, -120), Qt::NoButton,
                    Qt::ControlModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(view.viewport(), &out);
    QVERIFY(qAbs(view.zoom() - fitted * 1.15) < 1e-6);
    // Without Ctrl the wheel scrolls, it does not zoom.
    QWheelEvent scroll(at, view.viewport()->mapToGlobal(at), QPoint(), QPoint(0, -120), Qt::NoButton,
                       Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(view.viewport(), &scroll);
    QVERIFY(qAbs(view.zoom() - fitted * 1.15) < 1e-6);
    // Bounded.
    for (int i = 0; i < 100; ++i)
        view.zoomBy(2);
    QCOMPARE(view.zoom(), 8.0);
}

void TstCableTraceView::dialogCopiesText()
{
    QWidget parent;
    parent.show();
    CableTraceView::openDialog(m_pool.get(), port(QStringLiteral("srv-01"), QStringLiteral("eth0")), &parent);
    auto *dialog = parent.findChild<QDialog *>(QStringLiteral("cableTraceDialog"));
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    auto *view = dialog->findChild<CableTraceView *>();
    QVERIFY(view);
    auto *copy = dialog->findChild<QPushButton *>(QStringLiteral("copyTraceAsText"));
    QVERIFY(copy);
    QTRY_VERIFY_WITH_TIMEOUT(copy->isEnabled(), 20000);
    QCOMPARE(view->path().trace.hops.size(), 6);
    QCOMPARE(dialog->windowTitle(), QStringLiteral("Cable trace from srv-01 / eth0"));
    dialog->resize(1200, 500); // resizable
    QCOMPARE(dialog->size(), QSize(1200, 500));
    QApplication::clipboard()->clear();
    QTest::mouseClick(copy, Qt::LeftButton);
    const QString text = QApplication::clipboard()->text();
    QVERIFY2(text.startsWith(QStringLiteral("Cable trace from srv-01 / eth0\n")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("1. pp-a / F1 (patch front)")));
    QVERIFY(text.contains(QStringLiteral("Cat6 · blue · “L-7” · 3.00 m")));
    QVERIFY(text.contains(QStringLiteral("through patch panel pp-a")));
    QVERIFY(text.contains(QStringLiteral("5. sw-01 / Ethernet1 (switch port)")));
    dialog->close();
    QTRY_VERIFY(!parent.findChild<QDialog *>(QStringLiteral("cableTraceDialog")));
}

QTEST_MAIN(TstCableTraceView)
#include "tst_cabletraceview.moc"
