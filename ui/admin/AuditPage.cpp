#include "AuditPage.h"

#include "Clock.h"
#include "service/AuditService.h"
#include "service/ReportService.h"
#include "work/FormSupport.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace creditcase::ui {

using domain::Role;

namespace {

// How many inquiries one view shows; the register says when more matched.
constexpr int kInquiriesShown = 500;

QString dateTime(const QDateTime& at) {
    return at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

} // namespace

AuditPage::AuditPage(service::Session& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session) {
    setObjectName(QStringLiteral("auditPage"));
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("auditTabs"));
    auto actor = m_session.actor();
    const std::optional<Role> role = actor ? std::optional<Role>(actor->role) : std::nullopt;
    // Tabs a role may not use are absent, not greyed. The recovery code acts for no user and sees the chain check.
    const bool readsRegisters = role == Role::Auditor || role == Role::Administrator;
    const bool readsReport = readsRegisters || role == Role::Supervisor;
    m_tabs->addTab(buildLogTab(), tr("Audit &log"));
    if (readsRegisters)
        m_tabs->addTab(buildInquiryTab(), tr("&Inquiry register"));
    if (readsReport)
        m_tabs->addTab(buildReportTab(), tr("&Accountability report"));
    if (!readsRegisters)
        m_logLimit->parentWidget()->setVisible(false);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    if (!m_inquiryModel)
        m_inquiryModel = new RowsModel({}, this);
    if (!m_reportModel)
        m_reportModel = new RowsModel({}, this);
    if (readsRegisters)
        showLog();
}

QWidget* AuditPage::buildLogTab() {
    auto* tab = new QWidget(this);
    m_chainState = new QLabel(tr("The chain has not been checked in this session."), tab);
    m_chainState->setObjectName(QStringLiteral("chainStateLabel"));
    m_chainState->setWordWrap(true);
    m_chainState->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* verify = new QPushButton(tr("&Verify the chain"), tab);
    verify->setObjectName(QStringLiteral("verifyChainButton"));

    auto* listRow = new QWidget(tab);
    m_logLimit = new QSpinBox(listRow);
    m_logLimit->setObjectName(QStringLiteral("logLimitSpin"));
    m_logLimit->setAccessibleName(tr("Number of latest entries shown"));
    m_logLimit->setRange(10, 100000);
    m_logLimit->setValue(200);
    auto* show = new QPushButton(tr("&Show"), listRow);
    show->setObjectName(QStringLiteral("showLogButton"));
    auto* listLayout = new QHBoxLayout(listRow);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(labelFor(tr("Latest &entries:"), m_logLimit, listRow));
    listLayout->addWidget(m_logLimit);
    listLayout->addWidget(show);
    listLayout->addStretch(1);

    m_logModel = new RowsModel({tr("No."), tr("Time"), tr("User"), tr("Event"), tr("Object"), tr("Details")}, this);
    auto* table = makeTable(m_logModel, "auditLogTable", tr("Audit log, newest first"), tab);
    m_logProblem = new ProblemLabel(tab);
    m_logProblem->setObjectName(QStringLiteral("logProblemLabel"));

    auto* top = new QHBoxLayout;
    top->addWidget(verify);
    top->addWidget(m_chainState, 1);
    auto* layout = new QVBoxLayout(tab);
    layout->addLayout(top);
    layout->addWidget(listRow);
    layout->addWidget(table, 1);
    layout->addWidget(m_logProblem);
    setTabOrder(verify, m_logLimit);
    setTabOrder(m_logLimit, show);
    setTabOrder(show, table);
    connect(verify, &QPushButton::clicked, this, &AuditPage::verifyChain);
    connect(show, &QPushButton::clicked, this, &AuditPage::showLog);
    return tab;
}

QWidget* AuditPage::buildInquiryTab() {
    auto* tab = new QWidget(this);
    const QDate today = Clock::today();
    m_inquiryFrom = makeDateEdit("inquiryFromEdit", tr("Inquiries from"), today.addMonths(-1), {}, tab);
    m_inquiryTo = makeDateEdit("inquiryToEdit", tr("Inquiries until"), today, {}, tab);
    m_onlyFlagged = new QCheckBox(tr("Only &flagged entries"), tab);
    m_onlyFlagged->setObjectName(QStringLiteral("onlyFlaggedCheck"));
    m_onlyFlagged->setAccessibleName(tr("Only flagged entries"));
    auto* show = new QPushButton(tr("S&how"), tab);
    show->setObjectName(QStringLiteral("showInquiriesButton"));
    m_inquiryModel = new RowsModel(
        {tr("No."), tr("Time"), tr("User"), tr("What was read"), tr("Whose record"), tr("Purpose"), tr("Flag")}, this);
    m_inquiryTable = makeTable(m_inquiryModel, "inquiryTable", tr("Inquiry register, newest first"), tab);
    m_inquirySummary = new QLabel(tab);
    m_inquirySummary->setObjectName(QStringLiteral("inquirySummary"));
    m_flagNote = new QLineEdit(tab);
    m_flagNote->setObjectName(QStringLiteral("flagNoteEdit"));
    m_flagNote->setAccessibleName(tr("Note for the flag"));
    m_flagNote->setPlaceholderText(tr("Why this inquiry needs review"));
    m_flag = new QPushButton(tr("F&lag the selected inquiry"), tab);
    m_flag->setObjectName(QStringLiteral("flagInquiryButton"));
    auto actor = m_session.actor();
    const bool auditor = actor && actor->role == Role::Auditor;
    m_flagNote->setVisible(auditor);
    m_flag->setVisible(auditor);
    m_inquiryProblem = new ProblemLabel(tab);
    m_inquiryProblem->setObjectName(QStringLiteral("inquiryProblemLabel"));

    auto* top = new QHBoxLayout;
    top->addWidget(labelFor(tr("&From:"), m_inquiryFrom, tab));
    top->addWidget(m_inquiryFrom);
    top->addWidget(labelFor(tr("&To:"), m_inquiryTo, tab));
    top->addWidget(m_inquiryTo);
    top->addWidget(m_onlyFlagged);
    top->addWidget(show);
    top->addStretch(1);
    top->addWidget(m_inquirySummary);
    auto* flagRow = new QHBoxLayout;
    auto* noteLabel = labelFor(tr("&Note:"), m_flagNote, tab);
    noteLabel->setVisible(auditor);
    flagRow->addWidget(noteLabel);
    flagRow->addWidget(m_flagNote, 1);
    flagRow->addWidget(m_flag);
    auto* layout = new QVBoxLayout(tab);
    layout->addLayout(top);
    layout->addWidget(m_inquiryTable, 1);
    layout->addLayout(flagRow);
    layout->addWidget(m_inquiryProblem);
    setTabOrder(m_inquiryFrom, m_inquiryTo);
    setTabOrder(m_inquiryTo, m_onlyFlagged);
    setTabOrder(m_onlyFlagged, show);
    setTabOrder(show, m_inquiryTable);
    setTabOrder(m_inquiryTable, m_flagNote);
    setTabOrder(m_flagNote, m_flag);
    connect(show, &QPushButton::clicked, this, &AuditPage::showInquiries);
    connect(m_flag, &QPushButton::clicked, this, &AuditPage::flagSelectedInquiry);
    showInquiries();
    return tab;
}

QWidget* AuditPage::buildReportTab() {
    auto* tab = new QWidget(this);
    const QDate yesterday = Clock::today().addDays(-1);
    m_reportFrom = makeDateEdit("reportFromEdit", tr("Report period from"),
                                QDate(yesterday.year(), yesterday.month(), 1), yesterday, tab);
    m_reportTo = makeDateEdit("reportToEdit", tr("Report period until"), yesterday, yesterday, tab);
    m_makeReport = new QPushButton(tr("&Make the report"), tab);
    m_makeReport->setObjectName(QStringLiteral("makeReportButton"));
    auto* note = new QLabel(tr("Only a period that has ended can be reported on: what is late is known only after the "
                               "day has passed."),
                            tab);
    note->setWordWrap(true);
    m_reportModel = new RowsModel(
        {tr("Organ"), tr("Finding"), tr("Case"), tr("Due / item"), tr("Done"), tr("Days late / reason")}, this);
    auto* table = makeTable(m_reportModel, "reportTable", tr("Accountability report by organ"), tab);
    m_reportSummary = new QLabel(tab);
    m_reportSummary->setObjectName(QStringLiteral("reportSummary"));
    m_reportSummary->setWordWrap(true);
    m_reportSummary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_reportProblem = new ProblemLabel(tab);
    m_reportProblem->setObjectName(QStringLiteral("reportProblemLabel"));

    auto* top = new QHBoxLayout;
    top->addWidget(labelFor(tr("F&rom:"), m_reportFrom, tab));
    top->addWidget(m_reportFrom);
    top->addWidget(labelFor(tr("U&ntil:"), m_reportTo, tab));
    top->addWidget(m_reportTo);
    top->addWidget(m_makeReport);
    top->addStretch(1);
    auto* layout = new QVBoxLayout(tab);
    layout->addWidget(note);
    layout->addLayout(top);
    layout->addWidget(m_reportSummary);
    layout->addWidget(table, 1);
    layout->addWidget(m_reportProblem);
    setTabOrder(m_reportFrom, m_reportTo);
    setTabOrder(m_reportTo, m_makeReport);
    setTabOrder(m_makeReport, table);
    auto check = [this] {
        const Status period = service::ReportService::checkPeriod(m_reportFrom->date(), m_reportTo->date());
        if (period)
            m_reportProblem->clearProblem();
        else
            m_reportProblem->showError(period.error());
        m_makeReport->setEnabled(period.ok());
    };
    connect(m_reportFrom, &QDateEdit::dateChanged, this, check);
    connect(m_reportTo, &QDateEdit::dateChanged, this, check);
    connect(m_makeReport, &QPushButton::clicked, this, &AuditPage::makeReport);
    check();
    return tab;
}

void AuditPage::verifyChain() {
    auto verified = service::AuditService(m_session).verify();
    if (!verified) {
        m_chainState->setText(FormText::describe(verified.error()));
        return;
    }
    const auto& v = verified->verification;
    if (v.intact)
        m_chainState->setText(
            tr("✔ Intact: %n entr(ies), every link checked; last entry %1.", nullptr, static_cast<int>(v.entries))
                .arg(verified->head ? QString::number(verified->head->seq) : QStringLiteral("—")));
    else
        m_chainState->setText(tr("⚠ BROKEN at entry %1: %2. Keep this vault as it is and restore the latest backup "
                                 "into a new file for comparison.")
                                  .arg(v.firstBrokenSeq)
                                  .arg(v.problem));
}

void AuditPage::showLog() {
    auto entries = service::AuditService(m_session).latest(m_logLimit->value());
    if (!entries) {
        m_logProblem->showError(entries.error());
        m_logModel->setRows({});
        return;
    }
    m_logProblem->clearProblem();
    QList<RowsModel::Row> rows;
    for (const audit::AuditLog::Entry& e : *entries) {
        RowsModel::Row row;
        row.cells = {QString::number(e.seq), dateTime(e.at), e.actor, e.event, e.object, e.payload};
        row.key = e.seq;
        row.toolTip = tr("Hash %1, previous %2").arg(e.hash, e.prevHash);
        row.attention = e.event.endsWith(QLatin1String(".refused"));
        rows << row;
    }
    m_logModel->setRows(std::move(rows));
    if (auto* table = findChild<QTableView*>(QStringLiteral("auditLogTable")))
        fitColumns(table, 260);
}

void AuditPage::showInquiries() {
    if (!m_inquiryFrom)
        return;
    auto inquiries = service::AuditService(m_session).inquiries(m_inquiryFrom->date(), m_inquiryTo->date(),
                                                                m_onlyFlagged->isChecked(), kInquiriesShown);
    if (!inquiries) {
        m_inquiryProblem->showError(inquiries.error());
        m_inquiryModel->setRows({});
        return;
    }
    QList<RowsModel::Row> rows;
    for (const audit::InquiryRegister::Inquiry& i : inquiries->entries) {
        RowsModel::Row row;
        const QString flag = i.flaggedAt ? tr("flagged by %1: %2").arg(i.flaggedBy, i.flagNote) : QString();
        row.cells = {QString::number(i.id), dateTime(i.at), i.actor, i.object, i.subjectRef, i.purpose, flag};
        row.key = i.id;
        row.attention = i.flaggedAt.has_value();
        rows << row;
    }
    m_inquiryModel->setRows(std::move(rows));
    fitColumns(m_inquiryTable, 260);
    m_inquirySummary->setText(inquiries->truncated ? tr("The latest %n shown; narrow the period to see the others.",
                                                        nullptr, m_inquiryModel->rowCount())
                                                   : tr("%n inquir(ies)", nullptr, m_inquiryModel->rowCount()));
}

void AuditPage::flagSelectedInquiry() {
    const QModelIndexList selected = m_inquiryTable->selectionModel()->selectedRows();
    if (selected.isEmpty()) {
        m_inquiryProblem->showProblem(tr("Select the inquiry to flag."));
        return;
    }
    if (m_flagNote->text().trimmed().isEmpty()) {
        m_inquiryProblem->showProblem(tr("Write why the inquiry needs review."));
        m_flagNote->setFocus();
        return;
    }
    const qint64 id = m_inquiryModel->row(selected.first().row()).key.toLongLong();
    auto flagged = service::AuditService(m_session).flagInquiry(id, m_flagNote->text().trimmed());
    if (!flagged) {
        m_inquiryProblem->showError(flagged.error());
        return;
    }
    m_inquiryProblem->clearProblem();
    m_flagNote->clear();
    showInquiries();
}

void AuditPage::makeReport() {
    auto made = service::ReportService(m_session).accountability(m_reportFrom->date(), m_reportTo->date());
    if (!made) {
        m_reportProblem->showError(made.error());
        m_reportModel->setRows({});
        return;
    }
    m_reportProblem->clearProblem();
    const audit::AccountabilityReport::Report& report = made->report;
    QList<RowsModel::Row> rows;
    auto late = [&rows](const QString& organ, const QString& finding,
                        const QList<audit::AccountabilityReport::LateAct>& acts) {
        for (const auto& act : acts) {
            RowsModel::Row row;
            row.cells = {organ,
                         finding,
                         act.caseId > 0 ? QString::number(act.caseId) : tr("record %1").arg(act.recordId),
                         FormText::date(act.due),
                         act.done.isValid() ? FormText::date(act.done) : tr("not done"),
                         tr("%n day(s) late", nullptr, act.daysLate)};
            row.key = act.caseId;
            row.attention = true;
            rows << row;
        }
    };
    auto violations = [&rows](const QString& organ, const QString& finding,
                              const QList<audit::AccountabilityReport::Violation>& found) {
        for (const auto& v : found) {
            RowsModel::Row row;
            row.cells = {organ,
                         finding,
                         v.caseId > 0 ? QString::number(v.caseId) : tr("record %1").arg(v.recordId),
                         v.item,
                         FormText::date(v.on),
                         FormText::describe(Error::refused(v.reason, v.citations))
                             .replace(QLatin1Char('\n'), QStringLiteral("; "))};
            row.key = v.caseId;
            row.attention = true;
            rows << row;
        }
    };
    int cleanOrgans = 0;
    for (const auto& section : report.organs) {
        if (section.clean()) {
            ++cleanOrgans;
            RowsModel::Row row;
            row.cells = {
                section.organ,
                tr("nothing late, nothing outside the catalogue or the measures list"),
                QString(),
                tr("%1 record(s), %2 measure(s) checked").arg(section.recordsChecked).arg(section.measuresChecked),
                QString(),
                QString()};
            rows << row;
            continue;
        }
        late(section.organ, tr("restoration decided late"), section.lateRestorations);
        late(section.organ, tr("notice served late"), section.lateNotices);
        late(section.organ, tr("objection answered late"), section.lateObjectionAnswers);
        violations(section.organ, tr("record outside the catalogue"), section.recordsOutsideCatalog);
        violations(section.organ, tr("measure outside the list"), section.measuresOutsideList);
    }
    m_reportModel->setRows(std::move(rows));
    if (auto* table = findChild<QTableView*>(QStringLiteral("reportTable")))
        fitColumns(table, 320);
    m_reportSummary->setText(tr("%1 to %2, made by %3 at audit entry %4. %5 of %6 organ(s) clean. Basis: %7")
                                 .arg(FormText::date(report.from), FormText::date(report.to), made->madeBy)
                                 .arg(report.chainSeq)
                                 .arg(cleanOrgans)
                                 .arg(report.organs.size())
                                 .arg(report.provision.display()));
}

} // namespace creditcase::ui
