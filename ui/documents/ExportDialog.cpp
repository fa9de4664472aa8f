#include "ExportDialog.h"

#include "Clock.h"
#include "service/ReportService.h"
#include "service/Session.h"
#include "work/FormSupport.h"
#include "work/LongJob.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace creditcase::ui {

ExportDialog::ExportDialog(service::Session& session, QWidget* parent)
    : QDialog(parent)
    , m_session(session) {
    setObjectName(QStringLiteral("exportDialog"));
    setWindowTitle(tr("Export for disclosure"));
    setMinimumWidth(620);
    const QDate today = Clock::today();

    m_channel = new QComboBox(this);
    m_channel->setObjectName(QStringLiteral("exportChannelCombo"));
    m_channel->setAccessibleName(tr("Channel"));
    m_channel->addItem(tr("Public notice (双公示): names of natural persons masked, ID numbers left out"),
                       exchange::channelId(exchange::Channel::Public));
    m_channel->addItem(tr("Sharing with other agencies: ID numbers masked"),
                       exchange::channelId(exchange::Channel::Sharing));
    m_asOf = makeDateEdit("exportAsOfEdit", tr("Date of the disclosure"), today, today, this);
    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("exportPathEdit"));
    m_path->setAccessibleName(tr("File to write"));
    m_path->setPlaceholderText(tr("a .csv or .json file"));
    m_browse = new QPushButton(tr("&Choose…"), this);
    m_browse->setObjectName(QStringLiteral("exportBrowseButton"));
    m_browse->setAccessibleName(tr("Choose the file to write"));
    auto* pathRow = new QWidget(this);
    auto* pathLayout = new QHBoxLayout(pathRow);
    pathLayout->setContentsMargins(0, 0, 0, 0);
    pathLayout->addWidget(m_path, 1);
    pathLayout->addWidget(m_browse);
    m_replace = new QCheckBox(tr("Replace the file if it exists"), this);
    m_replace->setObjectName(QStringLiteral("exportReplaceCheck"));
    m_replace->setAccessibleName(m_replace->text());
    m_note = new QLabel(tr("The file leaves the encrypted vault in clear: keep it where only the disclosure staff can "
                           "read it. The export is recorded in the audit chain and the inquiry register with every "
                           "subject it names; records whose disclosure period has ended or that were restored are "
                           "left out."),
                        this);
    m_note->setObjectName(QStringLiteral("exportNote"));
    m_note->setWordWrap(true);
    m_problem = new ProblemLabel(this);
    m_problem->setObjectName(QStringLiteral("problemLabel"));

    auto* form = new QFormLayout;
    form->addRow(labelFor(tr("C&hannel:"), m_channel, this), m_channel);
    form->addRow(labelFor(tr("&As of:"), m_asOf, this), m_asOf);
    form->addRow(labelFor(tr("&File:"), m_path, this), pathRow);
    form->addRow(QString(), m_replace);

    auto* buttons = new QDialogButtonBox(this);
    m_confirm = buttons->addButton(tr("Export"), QDialogButtonBox::AcceptRole);
    m_confirm->setObjectName(QStringLiteral("confirmButton"));
    QPushButton* cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ExportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ExportDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_note);
    layout->addWidget(m_problem);
    layout->addStretch(1);
    layout->addWidget(buttons);

    connect(m_browse, &QPushButton::clicked, this, &ExportDialog::choosePath);
    connect(m_path, &QLineEdit::textChanged, this, &ExportDialog::validate);
    setTabOrder(m_channel, m_asOf);
    setTabOrder(m_asOf, m_path);
    setTabOrder(m_path, m_browse);
    setTabOrder(m_browse, m_replace);
    setTabOrder(m_replace, m_confirm);
    setTabOrder(m_confirm, cancel);
    validate();
}

void ExportDialog::setPath(const QString& path) {
    m_path->setText(path);
}

void ExportDialog::choosePath() {
    const QString chosen = QFileDialog::getSaveFileName(
        this, tr("Export for disclosure"),
        QDir::home().filePath(QStringLiteral("公示-%1.csv").arg(m_asOf->date().toString(Qt::ISODate))),
        tr("CSV (*.csv);;JSON (*.json)"), nullptr, QFileDialog::DontConfirmOverwrite);
    if (!chosen.isEmpty())
        m_path->setText(chosen);
}

void ExportDialog::validate() {
    QString problem;
    QString missing;
    const QString path = m_path->text().trimmed();
    if (path.isEmpty())
        missing = tr("Choose the file to write.");
    else if (!exchange::DisclosureExport::formatForPath(path))
        problem = tr("The file must end in .csv or .json.");
    m_problem->showState(problem, missing);
    m_confirm->setEnabled(problem.isEmpty() && missing.isEmpty());
}

void ExportDialog::accept() {
    if (m_outcome) {
        QDialog::accept();
        return;
    }
    validate();
    if (!m_confirm->isEnabled())
        return;
    exchange::DisclosureExport::Request request;
    request.channel = *exchange::channelFromId(m_channel->currentData().toString());
    request.asOf = m_asOf->date();
    request.outPath = QFileInfo(m_path->text().trimmed()).absoluteFilePath();
    request.replaceExisting = m_replace->isChecked();

    std::optional<exchange::DisclosureExport::Outcome> outcome;
    LongJob::Options options;
    options.title = tr("Exporting for disclosure");
    options.firstStep = tr("Choosing and masking the records for %1…").arg(QFileInfo(request.outPath).fileName());
    options.cancellingText = tr("Cancelling: nothing is written and nothing is recorded.");
    options.session = &m_session;
    options.changedKind = QStringLiteral("inquiry");
    const Status done = LongJob::runOnWorker(
        this, options, [&](service::Session& worker, const JobProgress& progress, const CancelToken& cancel) -> Status {
            auto exported =
                service::ReportService(worker).exportDisclosure(request, LongJob::serviceProgress(progress, cancel));
            if (!exported)
                return exported.error();
            outcome = exported.take();
            return {};
        });
    if (!done) {
        m_problem->showError(done.error());
        return;
    }
    m_outcome = outcome;
    const auto& o = *m_outcome;
    m_problem->showNote(tr("Written to %1: %2 record(s) and %3 designation(s); %4 left out (disclosure period ended, "
                           "restored, or not for this channel). SHA-256 %5…; audit entry %6.")
                            .arg(QDir::toNativeSeparators(o.path))
                            .arg(o.records)
                            .arg(o.designations)
                            .arg(o.excluded.total())
                            .arg(o.sha256.left(16))
                            .arg(o.auditSeq));
    for (QWidget* input :
         {static_cast<QWidget*>(m_channel), static_cast<QWidget*>(m_asOf), static_cast<QWidget*>(m_path),
          static_cast<QWidget*>(m_browse), static_cast<QWidget*>(m_replace)})
        input->setEnabled(false);
    m_confirm->setText(tr("Close"));
}

} // namespace creditcase::ui
