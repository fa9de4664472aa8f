#include "LongJob.h"

#include "service/Session.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QPointer>
#include <QProgressDialog>
#include <QPushButton>
#include <QThread>

namespace creditcase::ui {

Error LongJob::cancelled() {
    return Error::usage(tr("Cancelled. Nothing after the last completed step was changed."));
}

service::Progress LongJob::serviceProgress(const JobProgress& progress, const CancelToken& cancel) {
    service::CancelToken token;
    return service::Progress(
        [progress, &cancel, token](qint64 done, qint64 total, const QString& step) {
            progress(done, total, step);
            if (cancel.isCancelled())
                token.cancel();
        },
        token);
}

Status LongJob::run(QWidget* parent, const Options& options, const JobWork& work) {
    auto token = std::make_shared<CancelToken>();
    auto result = std::make_shared<Status>();

    QProgressDialog dialog(parent);
    dialog.setObjectName(QStringLiteral("longJobProgress"));
    dialog.setWindowTitle(options.title);
    dialog.setLabelText(options.firstStep.isEmpty() ? tr("Working…") : options.firstStep);
    dialog.setCancelButtonText(tr("Cancel"));
    dialog.setWindowModality(Qt::WindowModal);
    dialog.setMinimumDuration(options.showAfterMs);
    dialog.setAutoReset(false);
    dialog.setAutoClose(false);
    dialog.setRange(0, 0);
    dialog.setValue(0);
    const QString cancelling =
        options.cancellingText.isEmpty() ? tr("Cancelling: finishing the current step…") : options.cancellingText;
    QObject::connect(&dialog, &QProgressDialog::canceled, &dialog, [&dialog, token, cancelling] {
        token->cancel();
        // QProgressDialog hides itself on Cancel; the work has not stopped yet, so the dialog stays up (without its
        // button) and says what is being undone until it has.
        dialog.setLabelText(cancelling);
        if (auto* button = dialog.findChild<QPushButton*>())
            button->setEnabled(false);
        dialog.show();
    });

    const bool wasBlocked = options.session ? options.session->blockSignals(true) : false;
    auto finish = [&] {
        dialog.reset();
        dialog.hide();
        if (options.session) {
            options.session->blockSignals(wasBlocked);
            if (!options.changedKind.isEmpty())
                options.session->notifyChanged(options.changedKind);
        }
    };

    if (options.runs == Runs::OnGuiThread) {
        QElapsedTimer clock;
        clock.start();
        auto pump = [&] {
            if (!dialog.isVisible() && clock.elapsed() >= options.showAfterMs)
                dialog.show();
            QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        };
        // The window cannot paint while the work runs between two reports: say at once what it is doing.
        dialog.show();
        pump();
        const JobProgress progress = [&](qint64 done, qint64 total, const QString& step) {
            if (total > 0) {
                const double scale = total > 1000000 ? 1000000.0 / static_cast<double>(total) : 1.0;
                dialog.setRange(0, static_cast<int>(static_cast<double>(total) * scale));
                dialog.setValue(static_cast<int>(static_cast<double>(done) * scale));
            }
            if (!step.isEmpty() && !token->isCancelled())
                dialog.setLabelText(step);
            pump();
        };
        *result = work(progress, *token);
        finish();
        return *result;
    }

    QPointer<QProgressDialog> target(&dialog);
    const JobProgress progress = [target](qint64 done, qint64 total, const QString& step) {
        QMetaObject::invokeMethod(
            target.data(),
            [target, done, total, step] {
                if (!target || target->wasCanceled())
                    return;
                if (total > 0) {
                    // QProgressDialog counts in int; scale large totals down.
                    const double scale = total > 1000000 ? 1000000.0 / static_cast<double>(total) : 1.0;
                    target->setRange(0, static_cast<int>(static_cast<double>(total) * scale));
                    target->setValue(static_cast<int>(static_cast<double>(done) * scale));
                }
                if (!step.isEmpty())
                    target->setLabelText(step);
            },
            Qt::QueuedConnection);
    };

    QEventLoop loop;
    QThread* thread = QThread::create([work, progress, token, result] { *result = work(progress, *token); });
    thread->setObjectName(QStringLiteral("creditcase-long-job"));
    QObject::connect(thread, &QThread::finished, &loop, &QEventLoop::quit);
    thread->start();
    if (!thread->isFinished())
        loop.exec(QEventLoop::ExcludeSocketNotifiers);
    thread->wait();
    delete thread;
    finish();
    return *result;
}

Status LongJob::runOnWorker(QWidget* parent, const Options& options, const SessionJobWork& work) {
    if (!options.session)
        return Error::failure(tr("This work needs an open vault."));
    // Taken here, in the session's thread; the worker opens its own connection with it.
    const service::Session::WorkerTicket ticket = options.session->workerTicket();
    // What the worker session announced, passed on to the window's session once the work is done (in order,
    // each once).
    auto announced = std::make_shared<QList<QPair<QString, qint64>>>();
    Options onWorker = options;
    onWorker.runs = Runs::OnWorker;
    onWorker.changedKind.clear();
    const Status result =
        run(parent, onWorker, [ticket, announced, work](const JobProgress& progress, const CancelToken& cancel) {
            auto worker = service::Session::openWorker(ticket);
            if (!worker)
                return Status{worker.error()};
            QObject::connect(worker->get(), &service::Session::changed, worker->get(),
                             [announced](const QString& kind, qint64 id) {
                                 if (!announced->contains(qMakePair(kind, id)))
                                     announced->append(qMakePair(kind, id));
                             });
            Status done = work(**worker, progress, cancel);
            worker->reset(); // closes the connection in the thread that opened it
            return done;
        });
    // The worker thread has ended: `announced` is ours alone now.
    if (options.session->isUnlocked()) {
        for (const auto& [kind, id] : std::as_const(*announced))
            options.session->notifyChanged(kind, id);
        if (!options.changedKind.isEmpty())
            options.session->notifyChanged(options.changedKind);
    }
    return result;
}

} // namespace creditcase::ui
