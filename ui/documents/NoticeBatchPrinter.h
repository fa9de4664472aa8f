#pragma once

#include "Result.h"
#include "service/DocumentService.h"

#include <QCoreApplication>
#include <QDate>

class QWidget;

namespace creditcase::service {
class Session;
}

namespace creditcase::ui {

// "Print the notices due for service today": every notice of the user's organ whose service is due on the day is
// exported as PDF into a folder the user picks, with a progress dialog that can be cancelled. The printing runs on a
// worker thread with a write connection of its own (LongJob::runOnWorker), so the window keeps painting and
// answering. The notices are saved in groups (DocumentService::printBatch): a cancel rolls back the group being
// printed (numbers given back, files removed) and keeps the groups finished before, so nothing is left half-done.
//
// Entry point (for the dashboard or the File menu): NoticeBatchPrinter::printDueNotices(session, Clock::today(), this);
class NoticeBatchPrinter {
    Q_DECLARE_TR_FUNCTIONS(NoticeBatchPrinter)

public:
    // Asks for the folder, prints, and reports the outcome in a message box.
    static void printDueNotices(service::Session& session, QDate dueOn, QWidget* parent);
    // The printing with its progress dialog, into `folder` (no questions asked).
    static Result<service::DocumentService::Batch> run(service::Session& session, QDate dueOn, const QString& folder,
                                                       QWidget* parent);
};

} // namespace creditcase::ui
