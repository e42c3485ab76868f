// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFuture>
#include <QFutureWatcher>
#include <QObject>
#include <QThread>

#include <utility>

namespace hostdeck {

/// Hands `future`'s result to `handler` on `context`'s thread, always from its
/// event loop: never inside the caller (not even when the future has already
/// finished), and never once `context` is gone. This is how views receive the
/// results of pool work; `QFuture::then(context, ...)` is not safe for that in
/// Qt 6.4, which asserts (debug) or calls into a dead object (release) when the
/// context dies first, and runs the continuation inline on a finished future.
///
/// A QFutureWatcher, a child of `context`, carries the result: Qt posts its
/// signals as events, and destroying the context destroys the watcher, which
/// detaches it from the future under the future's own lock. A future that is
/// cancelled or ends without a result calls nothing.
template <typename T, typename Handler> void deliver(QFuture<T> future, QObject *context, Handler &&handler)
{
    Q_ASSERT(context);
    Q_ASSERT(context->thread() == QThread::currentThread());
    if (!context)
        return;
    auto *watcher = new QFutureWatcher<T>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context,
                     [watcher, handler = std::forward<Handler>(handler)]() mutable {
                         watcher->deleteLater();
                         const QFuture<T> done = watcher->future();
                         if constexpr (std::is_void_v<T>) {
                             if (!done.isCanceled())
                                 handler();
                         } else {
                             if (done.resultCount() > 0)
                                 handler(done.result());
                         }
                     });
    watcher->setFuture(future);
}

} // namespace hostdeck
