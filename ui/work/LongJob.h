#pragma once

#include "Result.h"

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

/* Runs long work (rules import, export, backup, recompute) behind a window-modal progress dialog with a Cancel
   button; the call returns when the work has finished, with its Status (after Cancel: whatever the work returned
   once it noticed).

   Where the work runs: Qt lets a database connection be used only in the thread that opened it, and the session's
   vault connection belongs to the GUI thread (storage::Vault looks it up by name). So:
   - Runs::OnWorker: the work runs on a worker thread and the window keeps painting and answering throughout. For
     work with a connection of its own (a reader or writer the vault opens in the worker thread, see the note in
     CaseQueryRunner.h) or none (files).
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
    };

    static Status run(QWidget* parent, const Options& options, const JobWork& work);

    // The Status a work returns after it honoured Cancel.
    static Error cancelled();
};

} // namespace creditcase::ui
