// SPDX-License-Identifier: GPL-3.0-or-later
// WorkerPool: jobs run on pool threads with one connection per thread, results
// come back through QFuture, a killed backend is reconnected transparently and
// an unreachable server is reported (never a frozen caller); results handed
// to an object arrive from its event loop, and never once it is gone.
#include "core/database.h"
#include "core/workerpool.h"
#include "testdatabase.h"

#include <QMutex>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

#include <atomic>

using namespace hostdeck;

namespace {
struct Seen
{
    quintptr thread = 0;
    int backend = 0;
};
} // namespace

Q_DECLARE_METATYPE(Seen)

class TstWorkerPool : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void jobsRunOnPoolThreadsWithTheirOwnConnection();
    void waitingNeverRunsTheJobInline();
    void resultsAndErrorsComeBackThroughFuture();
    void reconnectsAfterBackendKilled();
    void onlyReadsAreRepeated();
    void deadServerIsReported();
    void resultsArriveFromTheEventLoopEvenWhenAlreadyFinished();
    void resultsForAGoneContextAreDropped();
    void resultsQueuedForAContextDestroyedMeanwhileAreDropped();

private:
    static std::function<Result<Seen>(QSqlDatabase &)> whoAmI(double sleepSeconds);
    bool terminateBackends(const QList<int> &pids);
    bool backendAlive(int pid);

    std::unique_ptr<test::TestDatabase> m_db;
};

void TstWorkerPool::initTestCase()
{
    qRegisterMetaType<Seen>();
    m_db = std::make_unique<test::TestDatabase>(QStringLiteral("workerpool"));
    QVERIFY2(m_db->ok(), qPrintable(m_db->error()));
}

std::function<Result<Seen>(QSqlDatabase &)> TstWorkerPool::whoAmI(double sleepSeconds)
{
    return [sleepSeconds](QSqlDatabase &db) -> Result<Seen> {
        auto q = db::exec(db, QStringLiteral("SELECT pg_backend_pid(), pg_sleep(:s)"),
                          {{QStringLiteral("s"), sleepSeconds}});
        if (!q)
            return q.error();
        if (!q->next())
            return Error::failure(QStringLiteral("no row"));
        return Seen{reinterpret_cast<quintptr>(QThread::currentThread()), q->value(0).toInt()};
    };
}

bool TstWorkerPool::terminateBackends(const QList<int> &pids)
{
    QStringList list;
    for (int pid : pids)
        list << QString::number(pid);
    // Superuser only; the pids are numbers this test read back itself.
    return m_db->superExec(
        QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                       "WHERE application_name = 'hostdeck' AND datname = current_database() "
                       "AND pid IN (%1)")
            .arg(list.join(u',')));
}

bool TstWorkerPool::backendAlive(int pid)
{
    auto db = db::open(m_db->superuser(), QStringLiteral("workerpool-super"), false);
    if (!db)
        return true;
    auto q = db::exec(*db, QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE pid = :pid"),
                      {{QStringLiteral("pid"), pid}});
    return !q || !q->next() || q->value(0).toInt() != 0;
}

void TstWorkerPool::jobsRunOnPoolThreadsWithTheirOwnConnection()
{
    WorkerPool pool(m_db->settings(), 3);
    QList<QFuture<Result<Seen>>> futures;
    for (int i = 0; i < 12; ++i)
        futures << pool.run<Seen>(whoAmI(0.05));

    const quintptr caller = reinterpret_cast<quintptr>(QThread::currentThread());
    QHash<quintptr, int> backendOfThread;
    QSet<int> backends;
    for (auto &f : futures) {
        f.waitForFinished();
        const Result<Seen> r = f.result();
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().fullText()));
        QVERIFY(r->thread != caller);
        // Stable within a thread ...
        if (backendOfThread.contains(r->thread))
            QCOMPARE(backendOfThread.value(r->thread), r->backend);
        backendOfThread.insert(r->thread, r->backend);
        backends.insert(r->backend);
    }
    // ... and distinct across threads. Twelve sleeping jobs on three threads use more than one.
    QVERIFY2(backendOfThread.size() >= 2, "the jobs all ran on one thread");
    QVERIFY(backendOfThread.size() <= 3);
    QCOMPARE(backends.size(), backendOfThread.size());
    QVERIFY(pool.isConnected());

    // The connections belong to this database, as the operator role.
    auto role = pool.runAndWait<QString>([](QSqlDatabase &db) -> Result<QString> {
        auto q = db::exec(db, QStringLiteral("SELECT current_user || '@' || current_database()"));
        if (!q || !q->next())
            return Error::failure(QStringLiteral("query failed"));
        return q->value(0).toString();
    });
    QVERIFY(role.ok());
    QCOMPARE(*role, QStringLiteral("hostdeck_test_admin@t_workerpool"));
}

void TstWorkerPool::waitingNeverRunsTheJobInline()
{
    // Jobs still queued when the caller waits for them must not run on the
    // caller's thread (QtConcurrent's work stealing would do exactly that).
    WorkerPool pool(m_db->settings(), 1);
    QList<QFuture<Result<Seen>>> futures;
    for (int i = 0; i < 6; ++i)
        futures << pool.run<Seen>(whoAmI(0.02));
    const quintptr caller = reinterpret_cast<quintptr>(QThread::currentThread());
    QSet<quintptr> threads;
    for (qsizetype i = futures.size() - 1; i >= 0; --i) {
        const Result<Seen> r = futures[i].result();
        QVERIFY(r.ok());
        QVERIFY(r->thread != caller);
        threads.insert(r->thread);
    }
    QCOMPARE(threads.size(), 1);
    auto direct = pool.runAndWait<Seen>(whoAmI(0));
    QVERIFY(direct.ok());
    QVERIFY(direct->thread != caller);
}

void TstWorkerPool::resultsAndErrorsComeBackThroughFuture()
{
    WorkerPool pool(m_db->settings(), 2);
    QFuture<Result<int>> sum = pool.run<int>([](QSqlDatabase &db) -> Result<int> {
        auto q = db::exec(db, QStringLiteral("SELECT CAST(:a AS int) + CAST(:b AS int)"),
                          {{QStringLiteral("a"), 40}, {QStringLiteral("b"), 2}});
        if (!q || !q->next())
            return Error::failure(QStringLiteral("query failed"));
        return q->value(0).toInt();
    });
    // Delivered to the GUI thread through a watcher, as the views do.
    QFutureWatcher<Result<int>> watcher;
    QSignalSpy finished(&watcher, &QFutureWatcherBase::finished);
    watcher.setFuture(sum);
    QTRY_COMPARE(finished.count(), 1);
    QVERIFY2(watcher.result().ok(),
             qPrintable(watcher.result().ok() ? QString() : watcher.result().error().fullText()));
    QCOMPARE(watcher.result().value(), 42);

    // A refused statement is an Error value, not a lost connection.
    auto refused = pool.runAndWait<int>([](QSqlDatabase &db) -> Result<int> {
        auto q = db::exec(db, QStringLiteral("SELECT no_such_column FROM devices"));
        if (!q)
            return q.error();
        return 0;
    });
    QVERIFY(!refused.ok());
    QVERIFY(!refused.error().connectionLost);
    QVERIFY2(refused.error().message.contains(QStringLiteral("no_such_column")),
             qPrintable(refused.error().message));
    QVERIFY(pool.isConnected());
}

void TstWorkerPool::reconnectsAfterBackendKilled()
{
    WorkerPool pool(m_db->settings(), 1);
    QSignalSpy state(&pool, &WorkerPool::connectionStateChanged);
    auto first = pool.runAndWait<Seen>(whoAmI(0));
    QVERIFY2(first.ok(), qPrintable(first.ok() ? QString() : first.error().fullText()));
    QVERIFY(terminateBackends({first->backend}));
    // The server needs a moment to end the backend.
    QTRY_VERIFY(!backendAlive(first->backend));

    auto second = pool.readAndWait<Seen>(whoAmI(0));
    QVERIFY2(second.ok(), qPrintable(second.ok() ? QString() : second.error().fullText()));
    QCOMPARE(second->thread, first->thread);
    QVERIFY(second->backend != first->backend);

    // Whatever was reported in between, the last word is "connected".
    QTRY_VERIFY(pool.isConnected());
    QCoreApplication::processEvents();
    if (!state.isEmpty())
        QCOMPARE(state.constLast().at(0).toBool(), true);

    // And it keeps working.
    auto third = pool.runAndWait<Seen>(whoAmI(0));
    QVERIFY(third.ok());
    QCOMPARE(third->backend, second->backend);
}

void TstWorkerPool::onlyReadsAreRepeated()
{
    WorkerPool pool(m_db->settings(), 1);
    std::atomic_int runs{0};
    auto counted = [&runs](QSqlDatabase &db) -> Result<Seen> {
        ++runs;
        return whoAmI(0)(db);
    };
    auto first = pool.runAndWait<Seen>(counted);
    QVERIFY(first.ok());

    // A job not declared repeatable runs once and reports the lost connection: it may have
    // committed just before the connection broke.
    QVERIFY(terminateBackends({first->backend}));
    QTRY_VERIFY(!backendAlive(first->backend));
    runs = 0;
    auto write = pool.runAndWait<Seen>(counted);
    QVERIFY(!write.ok());
    QVERIFY(write.error().connectionLost);
    QCOMPARE(runs.load(), 1);
    // The thread's next job gets a fresh connection instead of failing too.
    auto after = pool.runAndWait<Seen>(counted);
    QVERIFY2(after.ok(), qPrintable(after.ok() ? QString() : after.error().fullText()));
    QVERIFY(after->backend != first->backend);

    // A read is repeated once, on a fresh connection.
    QVERIFY(terminateBackends({after->backend}));
    QTRY_VERIFY(!backendAlive(after->backend));
    runs = 0;
    auto read = pool.readAndWait<Seen>(counted);
    QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error().fullText()));
    QCOMPARE(runs.load(), 2);
    QVERIFY(pool.isConnected());
}

void TstWorkerPool::deadServerIsReported()
{
    QTemporaryDir dead(QDir::tempPath() + QStringLiteral("/hostdeck-dead-XXXXXX"));
    QVERIFY(dead.isValid());
    ConnectionSettings settings = m_db->settings();
    settings.host = dead.path(); // a socket directory with no server in it
    settings.embedded = false;

    WorkerPool pool(settings, 2);
    QSignalSpy state(&pool, &WorkerPool::connectionStateChanged);
    bool ran = false;
    QElapsedTimer timer;
    timer.start();
    auto result = pool.runAndWait<int>([&ran](QSqlDatabase &) -> Result<int> {
        ran = true;
        return 1;
    });
    QVERIFY(!result.ok());
    QVERIFY(!ran);
    QVERIFY(result.error().connectionLost);
    QVERIFY2(result.error().message.contains(dead.path()), qPrintable(result.error().message));
    QVERIFY2(timer.elapsed() < 10000, "the caller waited for a timeout instead of an immediate refusal");

    QTRY_COMPARE(state.count(), 1);
    QCOMPARE(state.first().at(0).toBool(), false);
    QVERIFY2(state.first().at(1).toString().contains(dead.path()),
             qPrintable(state.first().at(1).toString()));
    QVERIFY(!pool.isConnected());

    // Repeated failures do not repeat the announcement.
    QVERIFY(!pool.runAndWait<int>([](QSqlDatabase &) -> Result<int> { return 1; }).ok());
    QTest::qWait(50);
    QCOMPARE(state.count(), 1);
}

void TstWorkerPool::resultsArriveFromTheEventLoopEvenWhenAlreadyFinished()
{
    WorkerPool pool(m_db->settings(), 1);
    auto future = pool.run<Seen>(whoAmI(0));
    future.waitForFinished();
    QObject receiver;
    int calls = 0;
    quintptr deliveredOn = 0;
    deliver(future, &receiver, [&](const Result<Seen> &r) {
        QVERIFY(r.ok());
        ++calls;
        deliveredOn = reinterpret_cast<quintptr>(QThread::currentThread());
    });
    // The future was finished, yet nothing ran inside the caller.
    QCOMPARE(calls, 0);
    QTRY_COMPARE_WITH_TIMEOUT(calls, 1, 10000);
    QCOMPARE(deliveredOn, reinterpret_cast<quintptr>(QThread::currentThread()));

    // The pool's own form: the same, for work that is still running.
    pool.run<Seen>(whoAmI(0.05), &receiver, [&](const Result<Seen> &r) {
        QVERIFY(r.ok());
        ++calls;
    });
    QCOMPARE(calls, 1);
    QTRY_COMPARE_WITH_TIMEOUT(calls, 2, 10000);
    // The helper objects that carried the results are gone again.
    QTRY_COMPARE_WITH_TIMEOUT(receiver.children().size(), qsizetype(0), 5000);
}

void TstWorkerPool::resultsForAGoneContextAreDropped()
{
    WorkerPool pool(m_db->settings(), 2);
    int calls = 0;
    auto gate = std::make_shared<QSemaphore>();
    {
        auto *receiver = new QObject;
        pool.run<Seen>(
            [gate](QSqlDatabase &db) -> Result<Seen> {
                gate->acquire(); // finishes only after the receiver is gone
                return whoAmI(0)(db);
            },
            receiver, [&](const Result<Seen> &) { ++calls; });
        delete receiver;
    }
    gate->release();
    // A later job on the other thread finishing proves the first had time to finish too.
    QObject witness;
    bool done = false;
    pool.run<Seen>(whoAmI(0.1), &witness, [&](const Result<Seen> &) { done = true; });
    QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
    pool.threadPool()->waitForDone();
    QCoreApplication::processEvents();
    QCOMPARE(calls, 0);
}

void TstWorkerPool::resultsQueuedForAContextDestroyedMeanwhileAreDropped()
{
    // The result is already waiting in the event queue when the receiver dies.
    WorkerPool pool(m_db->settings(), 1);
    auto future = pool.run<Seen>(whoAmI(0));
    future.waitForFinished();
    int calls = 0;
    auto *receiver = new QObject;
    deliver(future, receiver, [&](const Result<Seen> &) { ++calls; });
    delete receiver;
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();
    QCOMPARE(calls, 0);
}

QTEST_GUILESS_MAIN(TstWorkerPool)
#include "tst_workerpool.moc"
