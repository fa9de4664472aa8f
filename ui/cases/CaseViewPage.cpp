#include "CaseViewPage.h"

#include "AttachmentViewer.h"
#include "CaseDisplay.h"
#include "CaseEventDialog.h"
#include "Clock.h"
#include "calendar/WorkCalendar.h"
#include "documents/DocumentKind.h"
#include "service/AuditService.h"
#include "service/CaseService.h"
#include "service/RuleService.h"
#include "service/Session.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QImage>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace creditcase::ui {

namespace {

QTreeWidget* makeTree(QWidget* parent, const char* name, const QStringList& headers) {
    auto* tree = new QTreeWidget(parent);
    tree->setObjectName(QLatin1String(name));
    tree->setRootIsDecorated(false);
    tree->setUniformRowHeights(true);
    tree->setAllColumnsShowFocus(true);
    tree->setHeaderLabels(headers);
    tree->header()->setStretchLastSection(true);
    return tree;
}

QGroupBox* group(const QString& title, QWidget* content, QWidget* parent) {
    auto* box = new QGroupBox(title, parent);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(content);
    return box;
}

bool masks(const Result<domain::User>& user) {
    return !user || user->role == domain::Role::Auditor || user->role == domain::Role::Administrator;
}

} // namespace

CaseViewPage::CaseViewPage(service::Session& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session) {
    setObjectName(QStringLiteral("caseViewPage"));

    m_header = new QLabel(this);
    m_header->setObjectName(QStringLiteral("caseHeaderLabel"));
    m_header->setWordWrap(true);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont font = m_header->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.2);
    m_header->setFont(font);
    m_nextDeadline = new QLabel(this);
    m_nextDeadline->setObjectName(QStringLiteral("caseNextDeadlineLabel"));
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("caseMessageLabel"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_message->hide();

    m_timeline = makeTree(this, "caseTimeline", {tr("Date"), tr("What happened"), tr("By")});
    m_details = new QLabel(this);
    m_details->setObjectName(QStringLiteral("caseDetailsLabel"));
    m_details->setWordWrap(true);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_deadlines = makeTree(this, "caseDeadlines", {tr("Deadline"), tr("Due on"), tr("Days left")});
    m_documents = makeTree(this, "caseDocuments", {tr("Document"), tr("Date"), QString()});
    m_attachments = makeTree(this, "caseAttachments", {tr("Attachment"), tr("Size"), QString()});

    auto* left = new QSplitter(Qt::Vertical, this);
    left->addWidget(group(tr("Timeline (newest first)"), m_timeline, left));
    auto* detailsScroll = new QScrollArea(left);
    detailsScroll->setWidget(m_details);
    detailsScroll->setWidgetResizable(true);
    left->addWidget(group(tr("Subject, record and basis document"), detailsScroll, left));
    auto* right = new QSplitter(Qt::Vertical, this);
    right->addWidget(group(tr("Deadlines"), m_deadlines, right));
    // Any other document of the case (objection answer, re-examination opinion, proof of service, restoration and
    // removal papers): DocumentService says, with the provision, when the case has not reached it.
    auto* documentsBox = new QWidget(right);
    auto* documentsLayout = new QVBoxLayout(documentsBox);
    documentsLayout->setContentsMargins(0, 0, 0, 0);
    documentsLayout->addWidget(m_documents);
    auto* otherRow = new QHBoxLayout;
    m_otherDocument = new QComboBox(documentsBox);
    m_otherDocument->setObjectName(QStringLiteral("otherDocumentCombo"));
    m_otherDocument->setAccessibleName(tr("Other document of the case"));
    for (const documents::DocumentKind kind :
         {documents::DocumentKind::Notice, documents::DocumentKind::ServiceProof,
          documents::DocumentKind::ObjectionAnswer, documents::DocumentKind::ReExaminationOpinion,
          documents::DocumentKind::Decision, documents::DocumentKind::RestorationNotice,
          documents::DocumentKind::RestorationDecision, documents::DocumentKind::RemovalNotice}) {
        m_otherDocument->addItem(documents::documentKindName(kind), documents::documentKindId(kind));
    }
    auto* otherPreview = new QPushButton(tr("Preview / print…"), documentsBox);
    otherPreview->setObjectName(QStringLiteral("otherDocumentPreviewButton"));
    otherPreview->setAccessibleName(tr("Preview or print the chosen document"));
    connect(otherPreview, &QPushButton::clicked, this, [this] {
        if (m_caseId > 0) {
            emit previewRequested(m_caseId, m_otherDocument->currentData().toString(), 0);
        }
    });
    otherRow->addWidget(m_otherDocument, 1);
    otherRow->addWidget(otherPreview);
    documentsLayout->addLayout(otherRow);
    right->addWidget(group(tr("Documents"), documentsBox, right));
    right->addWidget(group(tr("Attachments (opened from the vault)"), m_attachments, right));
    auto* body = new QSplitter(Qt::Horizontal, this);
    body->addWidget(left);
    body->addWidget(right);
    body->setStretchFactor(0, 3);
    body->setStretchFactor(1, 2);

    m_actionBar = new QWidget(this);
    m_actionBar->setObjectName(QStringLiteral("caseActionBar"));
    m_actionLayout = new QGridLayout(m_actionBar);
    m_actionLayout->setContentsMargins(0, 0, 0, 0);
    m_unavailable = new QLabel(this);
    m_unavailable->setObjectName(QStringLiteral("caseUnavailableLabel"));
    m_unavailable->setWordWrap(true);
    m_unavailable->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addWidget(m_nextDeadline);
    layout->addWidget(m_message);
    layout->addWidget(body, 1);
    layout->addWidget(m_actionBar);
    // Every event the table knows is listed; the reasons take at most five lines and scroll beyond.
    auto* reasons = new QScrollArea(this);
    reasons->setObjectName(QStringLiteral("caseUnavailableArea"));
    reasons->setWidget(m_unavailable);
    reasons->setWidgetResizable(true);
    reasons->setFrameShape(QFrame::NoFrame);
    reasons->setMaximumHeight(5 * (m_unavailable->fontMetrics().lineSpacing() + 1) + 4);
    layout->addWidget(reasons);

    connect(m_attachments, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem* item) { openAttachment(item->data(0, Qt::UserRole).toLongLong()); });
    connect(&m_session, &service::Session::changed, this, [this](const QString& kind, qint64 id) {
        if (m_file && (kind == QLatin1String("case") || kind == QLatin1String("restoration")) &&
            (id == 0 || id == m_caseId)) {
            reload();
        }
    });
    askPurpose = [this](const QStringList& purposes) { return defaultPurposeDialog(purposes); };
}

QString CaseViewPage::defaultPurposeDialog(const QStringList& purposes) {
    bool ok = false;
    const QString chosen = QInputDialog::getItem(
        this, tr("Purpose of the inquiry"),
        tr("You are not the case officer. Every inquiry into a record is registered with who asked, when, whose "
           "record and why. State the purpose:"),
        purposes, 0, true, &ok);
    return ok ? chosen.trimmed() : QString();
}

bool CaseViewPage::openCase(qint64 caseId, const QString& officer) {
    auto user = m_session.actor();
    if (!user) {
        m_message->setText(user.error().message);
        m_message->show();
        return false;
    }
    QString purpose;
    if (officer.isEmpty() ? user->role != domain::Role::Officer : officer != user->name) {
        QStringList purposes;
        if (auto rules = service::RuleService(m_session).ruleSet()) {
            if (const rules::LegalBasesEdition* bases = rules->legalBasesOn(Clock::today())) {
                for (const rules::InquiryPurposeRule& rule : bases->inquiryPurposes) {
                    purposes << rule.id;
                }
            }
        }
        purpose = askPurpose ? askPurpose(purposes) : QString();
        if (purpose.isEmpty()) {
            return false;
        }
    }
    service::CaseService cases(m_session);
    auto shown = cases.show(caseId, purpose);
    if (!shown && purpose.isEmpty() && shown.error().kind == ErrorKind::Refused && askPurpose) {
        // An officer opening a colleague's case: the service asked for a purpose.
        QStringList none;
        purpose = askPurpose(none);
        if (purpose.isEmpty()) {
            return false;
        }
        shown = cases.show(caseId, purpose);
    }
    m_caseId = caseId;
    m_purpose = purpose;
    if (!shown) {
        clear();
        m_caseId = caseId;
        QString text = shown.error().message;
        if (!shown.error().citations.isEmpty()) {
            text += QLatin1Char(' ') + tr("Basis: %1").arg(shown.error().citations.join(QStringLiteral("; ")));
        }
        m_message->setText(text);
        m_message->show();
        return false;
    }
    show(shown.take());
    emit caseOpened(caseId);
    return true;
}

void CaseViewPage::reload() {
    if (m_caseId <= 0 || !m_session.isUnlocked()) {
        return;
    }
    auto shown = service::CaseService(m_session).show(m_caseId, m_purpose);
    if (shown) {
        show(shown.take());
    }
}

void CaseViewPage::clear() {
    m_file.reset();
    m_caseId = 0;
    m_purpose.clear();
    m_actions.clear();
    m_header->clear();
    m_nextDeadline->clear();
    m_message->hide();
    m_details->clear();
    for (QTreeWidget* tree : {m_timeline, m_deadlines, m_documents, m_attachments}) {
        tree->clear();
    }
    qDeleteAll(m_buttons);
    m_buttons.clear();
    m_unavailable->clear();
}

void CaseViewPage::show(const service::CaseFile& file) {
    m_file = file;
    m_message->hide();
    const QLocale locale;
    const QDate today = Clock::today();
    const domain::Case& c = file.theCase;
    auto date = [&locale](QDate d) { return d.isValid() ? locale.toString(d, QLocale::ShortFormat) : QString(); };

    QHash<QString, QString> titles;
    calendar::WorkCalendar calendar;
    service::RuleService rules(m_session);
    if (auto set = rules.ruleSet()) {
        if (const rules::ListTypeEdition* edition = set->listTypesOn(today)) {
            for (const rules::ListType& type : edition->listTypes) {
                titles.insert(type.id,
                              CaseDisplay::interfaceIsChinese() || type.nameEn.isEmpty() ? type.name : type.nameEn);
            }
        }
    }
    if (auto loaded = rules.calendar()) {
        calendar = loaded.take();
    }

    m_header->setText(tr("Case %1 · %2 · %3 · [%4] · %5")
                          .arg(c.id)
                          .arg(file.subject.name,
                               CaseDisplay::identifier(file.subject.identifier, masks(m_session.actor())),
                               domain::caseStageName(c.stage), CaseDisplay::listTypeTitle(titles, c.listType)));

    // Deadlines, the open ones first by date.
    m_deadlines->clear();
    std::optional<domain::Deadline> next;
    const QIcon warning = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    for (const domain::Deadline& d : file.deadlines) {
        auto* item = new QTreeWidgetItem(m_deadlines);
        item->setText(0, domain::deadlineKindName(d.kind));
        item->setText(1, date(d.dueOn));
        item->setToolTip(0, d.source);
        if (d.status == domain::DeadlineStatus::Open) {
            const auto left = calendar::DaysLeft::until(d.dueOn, d.ruleMode, calendar, today);
            QString text = CaseDisplay::daysLeftText(left, d.provisional);
            if (left.overdue()) {
                item->setIcon(0, warning);
                for (int col = 0; col < 3; ++col) {
                    item->setForeground(col, QBrush(QColor(0xb0, 0x00, 0x20)));
                }
            }
            item->setText(2, text);
            if (!next || d.dueOn < next->dueOn) {
                next = d;
            }
        } else {
            item->setText(2, d.status == domain::DeadlineStatus::Met ? tr("met on %1").arg(date(d.closedOn))
                                                                     : tr("cancelled on %1").arg(date(d.closedOn)));
            item->setForeground(2, QBrush(palette().color(QPalette::Disabled, QPalette::Text)));
        }
    }
    m_deadlines->resizeColumnToContents(0);
    m_deadlines->resizeColumnToContents(1);
    if (next) {
        const auto left = calendar::DaysLeft::until(next->dueOn, next->ruleMode, calendar, today);
        QString text = tr("Next deadline: %1 %2 (%3)")
                           .arg(domain::deadlineKindName(next->kind), date(next->dueOn),
                                CaseDisplay::daysLeftText(left, next->provisional));
        if (left.overdue()) {
            text = QStringLiteral("⚠ ") + tr("Overdue") + QStringLiteral(" — ") + text;
        }
        m_nextDeadline->setText(text);
        m_nextDeadline->setStyleSheet(left.overdue() ? QStringLiteral("color: #b00020; font-weight: bold;")
                                                     : QString());
    } else {
        m_nextDeadline->setText(tr("No open deadline."));
        m_nextDeadline->setStyleSheet(QString());
    }

    // Timeline from the audit chain, newest first: every act recorded about the case and its credit record, with
    // the real time and who did it. Read as part of opening the case (the inquiry was registered by show()).
    m_timeline->clear();
    auto timeline = service::AuditService(m_session).caseTimeline(file);
    if (timeline) {
        for (const service::AuditService::TimelineEntry& e : *timeline) {
            const QString when = QLocale().toString(e.at.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm"));
            auto* item = new QTreeWidgetItem(m_timeline, {when, e.text, e.actor});
            item->setToolTip(1, e.event);
        }
    } else {
        auto* item = new QTreeWidgetItem(
            m_timeline, {QString(), tr("The timeline could not be read: %1").arg(timeline.error().message), QString()});
        item->setToolTip(1, timeline.error().message);
    }
    m_timeline->header()->setMinimumSectionSize(
        m_timeline->fontMetrics().horizontalAdvance(QStringLiteral("0000-00-00 00:00")));
    m_timeline->resizeColumnToContents(0);
    m_timeline->resizeColumnToContents(2);
    m_timeline->header()->moveSection(2, 1); // who, then what: the long text gets the room

    // Subject, record, basis.
    const QString details =
        tr("<b>Subject</b>: %1 (%2)<br><b>Credit record</b> %3: %4, severity %5, decided on %6<br>"
           "<b>Basis document</b>: %7 %8, issued by %9 on %10, effective %11<br><b>Case officer</b>: %12")
            .arg(file.subject.name.toHtmlEscaped(),
                 CaseDisplay::identifier(file.subject.identifier, masks(m_session.actor())).toHtmlEscaped())
            .arg(file.record.id)
            .arg(file.record.facts.toHtmlEscaped(), domain::severityName(file.record.severity),
                 date(file.record.decidedOn), domain::basisDocumentKindName(file.basis.kind).toHtmlEscaped(),
                 file.basis.documentNumber.toHtmlEscaped(), file.basis.issuingOrgan.toHtmlEscaped(),
                 date(file.basis.issuedOn), date(file.basis.effectiveOn))
            .arg(c.officer.toHtmlEscaped());
    m_details->setText(details);

    // Documents: the notices and the decision, each with 预览/打印 (ui/documents/DocumentPreviewDialog).
    m_documents->clear();
    auto addDocument = [this, &date](const QString& name, QDate on, const QString& kind, qint64 id) {
        auto* item = new QTreeWidgetItem(m_documents, {name, date(on)});
        auto* preview = new QPushButton(tr("Preview / print"), m_documents);
        preview->setObjectName(QStringLiteral("previewButton_%1_%2").arg(kind).arg(id));
        preview->setAccessibleName(tr("Preview / print %1").arg(name));
        connect(preview, &QPushButton::clicked, this, [this, kind, id] { emit previewRequested(m_caseId, kind, id); });
        m_documents->setItemWidget(item, 2, preview);
    };
    for (const domain::Notice& n : file.notices) {
        addDocument(tr("Notice before designation"), n.preparedOn, QStringLiteral("notice"), n.id);
    }
    if (file.decision) {
        addDocument(tr("Designation decision"), file.decision->decidedOn, QStringLiteral("decision"),
                    file.decision->id);
    }
    m_documents->resizeColumnToContents(0);

    m_attachments->clear();
    for (const domain::Attachment& a : file.attachments) {
        auto* item = new QTreeWidgetItem(m_attachments, {a.fileName, locale.formattedDataSize(a.size)});
        item->setData(0, Qt::UserRole, a.id);
        auto* open = new QPushButton(tr("Open"), m_attachments);
        open->setObjectName(QStringLiteral("openAttachmentButton_%1").arg(a.id));
        open->setAccessibleName(tr("Open %1").arg(a.fileName));
        connect(open, &QPushButton::clicked, this, [this, id = a.id] { openAttachment(id); });
        m_attachments->setItemWidget(item, 2, open);
    }
    fillActions();
}

void CaseViewPage::fillActions() {
    qDeleteAll(m_buttons);
    m_buttons.clear();
    auto actions = service::CaseService(m_session).actions(m_caseId);
    m_actions = actions ? *actions : QList<service::CaseAction>{};
    QStringList unavailable;
    for (const service::CaseAction& action : m_actions) {
        auto* button = new QPushButton(action.name, m_actionBar);
        button->setObjectName(QStringLiteral("caseAction_%1").arg(action.event));
        button->setEnabled(action.allowed);
        QString why = action.reason;
        if (!action.citations.isEmpty()) {
            why += QLatin1Char(' ') + tr("Basis: %1").arg(action.citations.join(QStringLiteral("; ")));
        }
        if (action.allowed) {
            button->setToolTip(action.conditions.isEmpty() ? why : action.conditions);
        } else {
            button->setToolTip(tr("Not available: %1").arg(why));
            unavailable << tr("%1 — not available: %2").arg(action.name, why);
        }
        connect(button, &QPushButton::clicked, this, [this, event = action.event] { runEvent(event); });
        const int position = static_cast<int>(m_buttons.size());
        m_actionLayout->addWidget(button, position / kActionsPerRow, position % kActionsPerRow);
        m_buttons << button;
    }
    if (!actions) {
        unavailable << actions.error().message;
    }
    m_unavailable->setText(unavailable.join(QLatin1Char('\n')));
    m_unavailable->setVisible(!unavailable.isEmpty());
}

QPushButton* CaseViewPage::actionButton(const QString& event) const {
    for (QPushButton* button : m_buttons) {
        if (button->objectName() == QStringLiteral("caseAction_%1").arg(event)) {
            return button;
        }
    }
    return nullptr;
}

int CaseViewPage::runEvent(const QString& event) {
    if (!m_file) {
        return QDialog::Rejected;
    }
    for (const service::CaseAction& action : m_actions) {
        if (action.event == event && action.allowed) {
            CaseEventDialog dialog(m_session, *m_file, action, this);
            const int result = dialog.exec();
            if (result == QDialog::Accepted) {
                reload();
            }
            return result;
        }
    }
    return QDialog::Rejected;
}

void CaseViewPage::openAttachment(qint64 attachmentId) {
    if (attachmentId <= 0 || !m_session.isUnlocked() || !m_file) {
        return;
    }
    // Read into memory through the service; never written to a file.
    auto fetched = service::CaseService(m_session).attachment(*m_file, attachmentId);
    if (!fetched) {
        m_message->setText(tr("The attachment could not be opened: %1").arg(fetched.error().message));
        m_message->show();
        return;
    }
    // Images, PDF scans (drawn from memory by poppler) and text; the viewer takes the bytes and wipes them when
    // it closes.
    AttachmentViewer viewer(fetched->fileName, std::move(fetched->content), this);
    viewer.exec();
}

} // namespace creditcase::ui
