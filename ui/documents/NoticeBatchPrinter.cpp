#include "NoticeBatchPrinter.h"

#include "service/Session.h"

#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QProgressDialog>
#include <QStandardPaths>

namespace creditcase::ui {

Result<service::DocumentService::Batch> NoticeBatchPrinter::run(service::Session& session, QDate dueOn,
                                                                const QString& folder, QWidget* parent) {
    QProgressDialog progress(tr("Printing the notices due for service on %1…").arg(dueOn.toString(Qt::ISODate)),
                             tr("Cancel"), 0, 0, parent);
    progress.setObjectName(QStringLiteral("noticeBatchProgress"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(0);
    progress.setValue(0);
    QCoreApplication::processEvents();
    service::DocumentService documents(session);
    return documents.printBatch(dueOn, folder, [&](int done, int total) {
        progress.setMaximum(total);
        progress.setValue(done);
        progress.setLabelText(
            tr("Printed %1 of %2 notices due on %3.").arg(done).arg(total).arg(dueOn.toString(Qt::ISODate)));
        QCoreApplication::processEvents();
        return !progress.wasCanceled();
    });
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
        text += QLatin1Char('\n') + tr("Cancelled: the notices not yet printed were left as they were.");
    if (!problems.isEmpty())
        text += QLatin1Char('\n') + problems.join(QLatin1Char('\n'));
    if (failed > 0)
        QMessageBox::warning(parent, tr("Notices due for service"), text);
    else
        QMessageBox::information(parent, tr("Notices due for service"), text);
}

} // namespace creditcase::ui
