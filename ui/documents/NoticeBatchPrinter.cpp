#include "NoticeBatchPrinter.h"

#include "service/Session.h"
#include "work/LongJob.h"

#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QStandardPaths>

namespace creditcase::ui {

Result<service::DocumentService::Batch> NoticeBatchPrinter::run(service::Session& session, QDate dueOn,
                                                                const QString& folder, QWidget* parent) {
    const QString day = dueOn.toString(Qt::ISODate);
    std::optional<service::DocumentService::Batch> batch;
    LongJob::Options options;
    options.title = tr("Printing the notices due for service");
    options.firstStep = tr("Printing the notices due for service on %1…").arg(day);
    options.cancellingText = tr("Cancelling: the notices of the group being printed are rolled back (their numbers "
                                "are given back and their files removed); the groups finished before stay printed "
                                "and recorded.");
    options.showAfterMs = 0;
    options.session = &session;
    // In the background, on a connection of its own: the window stays usable while the notices are printed.
    const Status done = LongJob::runOnWorker(
        parent, options,
        [&](service::Session& worker, const JobProgress& progress, const CancelToken& cancel) -> Status {
            service::DocumentService documents(worker);
            auto printed = documents.printBatch(dueOn, folder, [&](int finished, int total) {
                progress(finished, total, tr("Printed %1 of %2 notices due on %3.").arg(finished).arg(total).arg(day));
                return !cancel.isCancelled();
            });
            if (!printed)
                return printed.error();
            batch = printed.take();
            return {};
        });
    if (!done)
        return done.error();
    return std::move(*batch);
}

void NoticeBatchPrinter::printDueNotices(service::Session& session, QDate dueOn, QWidget* parent) {
    const QString folder = QFileDialog::getExistingDirectory(
        parent, tr("Folder for the notices due on %1").arg(dueOn.toString(Qt::ISODate)),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    if (folder.isEmpty())
        return;
    auto batch = run(session, dueOn, folder, parent);
    if (!batch) {
        QMessageBox::warning(parent, tr("Notices not printed"), batch.error().message);
        return;
    }
    int failed = 0;
    QStringList problems;
    for (const auto& item : batch->items) {
        if (item.error) {
            ++failed;
            problems << tr("Case %1: %2").arg(item.caseId).arg(item.error->message);
        }
    }
    QString text = tr("%1 notices printed into %2; %3 failed.")
                       .arg(batch->items.size() - failed)
                       .arg(QDir::toNativeSeparators(folder))
                       .arg(failed);
    if (batch->cancelled)
        text += QLatin1Char('\n') + tr("Cancelled: %n notice(s) of the group being printed were rolled back (their "
                                       "numbers were given back, no file was kept); the notices not yet printed "
                                       "were left as they were.",
                                       nullptr, batch->rolledBack);
    if (!problems.isEmpty())
        text += QLatin1Char('\n') + problems.join(QLatin1Char('\n'));
    if (failed > 0)
        QMessageBox::warning(parent, tr("Notices due for service"), text);
    else
        QMessageBox::information(parent, tr("Notices due for service"), text);
}

} // namespace creditcase::ui
