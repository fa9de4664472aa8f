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

/* Runs long work (rules import, export, backup, recompute) off the GUI thread behind a window-modal progress dialog
   with a Cancel button. The window keeps painting and answering while the work runs; the call returns when the work
   has finished, with its Status (after Cancel: whatever the work returned once it noticed). While the work runs the
   session's change signals are held back, because views that refresh would read the vault's connection at the
   same time as the worker; afterwards `changedKind` (if given) is announced once so that every view refreshes. */
class LongJob {
    Q_DECLARE_TR_FUNCTIONS(LongJob)

public:
    struct Options {
        QString title;       // the dialog's title: what is being done ("Backing up the vault")
        QString firstStep;   // the text before the first progress report
        int showAfterMs = 300; // work shorter than this never shows a dialog
        service::Session* session = nullptr;
        QString changedKind;
    };

    static Status run(QWidget* parent, const Options& options, const JobWork& work);

    // The Status a work returns after it honoured Cancel.
    static Error cancelled();
};

} // namespace creditcase::ui
