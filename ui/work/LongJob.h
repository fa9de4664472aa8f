#pragma once

#include "Result.h"
#include "service/Progress.h"

#include <QCoreApplication>
#include <QString>
#include <atomic>
#include <functional>
#include <memory>

class QWidget;

namespace creditcase::service {
class Session;
}

namespace creditcase::ui {

// Asked by long work whether the officer pressed Cancel. The work checks it between steps that leave the vault
// consistent (a transaction committed or not begun) and returns a refusal-free Status of its own choosing; the
// runner never kills a thread.
class CancelToken {
public:
    bool isCancelled() const { return m_cancelled.load(std::memory_order_relaxed); }
    void cancel() { m_cancelled.store(true, std::memory_order_relaxed); }

private:
    std::atomic_bool m_cancelled{false};
};

// How far long work has come: `done` of `total` steps (total 0: unknown, the dialog shows a busy bar) and what it
// is doing now, in the user's language. Called from the worker thread; the runner forwards it to the dialog.
using JobProgress = std::function<void(qint64 done, qint64 total, const QString& step)>;

// The work itself, run on a worker thread. The services' own progress callbacks and cancel tokens plug in here:
// a service that takes (progress, cancel) is wrapped as `[&](auto& p, auto& c) { return service.act(..., p, c); }`;
// one that does not yet takes neither and the dialog shows that it is busy.
using JobWork = std::function<Status(const JobProgress& progress, const CancelToken& cancel)>;

// Work that acts on the vault through the services, run on a worker thread: `worker` is a session of that thread's
// own (service::Session::openWorker, a write connection opened there), acting as the window's session does, so the
// services check the same roles and write the same audit entries and refusals.
using SessionJobWork =
    std::function<Status(service::Session& worker, const JobProgress& progress, const CancelToken& cancel)>;

/* Runs long work (rules import, export, backup, recompute) behind a window-modal progress dialog with a Cancel
   button; the call returns when the work has finished, with its Status (after Cancel: whatever the work returned
   once it noticed).

   Where the work runs: Qt lets a database connection be used only in the thread that opened it, and the session's
   vault connection belongs to the GUI thread (storage::Vault looks it up by name). So:
   - Runs::OnWorker: the work runs on a worker thread and the window keeps painting and answering throughout. For
     work with a connection of its own (a reader or writer the vault opens in the worker thread, see the note in
     CaseQueryRunner.h) or none (files). runOnWorker() below opens that writer for work done through the services.
   - Runs::OnGuiThread: for work on the session's connection. The work runs in the GUI thread and every progress
     report repaints the window and lets Cancel be pressed; between two reports the window waits. The services'
     progress callbacks make those reports frequent; work that reports nothing shows a busy dialog.
   While the work runs the session's change signals are held back (views would otherwise refresh in the middle of
   it); afterwards `changedKind` (if given) is announced once so that every view refreshes. */
class LongJob {
    Q_DECLARE_TR_FUNCTIONS(LongJob)

public:
    enum class Runs { OnWorker, OnGuiThread };

    struct Options {
        Runs runs = Runs::OnWorker;
        QString title;         // the dialog's title: what is being done ("Backing up the vault")
        QString firstStep;     // the text before the first progress report
        int showAfterMs = 300; // work shorter than this never shows a dialog
        service::Session* session = nullptr;
        QString changedKind;
        // What the dialog says after Cancel while the work winds down: what is undone and what stays (the default
        // says only that the current step is being finished).
        QString cancellingText;
    };

    static Status run(QWidget* parent, const Options& options, const JobWork& work);

    /* Runs work through the services on a worker thread over options.session (which must be set): the worker thread
       opens a session of its own with a write connection (service::Session::openWorker), runs the work on it, closes
       it, and the changes it announced are announced on options.session afterwards (with `changedKind`). The
       window keeps painting and answering; Cancel is passed to the work, which stops between whole units and
       undoes the unit it was in (the services' contract), so the dialog says so while it waits. options.runs is
       ignored. A vault locked in the meantime does not stop the work: it holds its own copy of the key. */
    static Status runOnWorker(QWidget* parent, const Options& options, const SessionJobWork& work);

    // The Status a work returns after it honoured Cancel.
    static Error cancelled();

    // The services' own progress (service::Progress) for work run here: reports go to the dialog, and Cancel reaches
    // the service at its next step.
    static service::Progress serviceProgress(const JobProgress& progress, const CancelToken& cancel);
};

} // namespace creditcase::ui
