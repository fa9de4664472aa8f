#include "CaseEventDialog.h"

#include "Clock.h"
#include "rules/RuleBook.h"
#include "service/CaseService.h"
#include "service/RuleService.h"
#include "service/Session.h"
#include "service/CaseActions.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace creditcase::ui {

namespace ce = service::caseevent;

namespace {

bool is(const QString& event, QLatin1StringView id) {
    return event == id;
}

QLabel* ruleLabel(QWidget* parent, const char* name) {
    auto* label = new QLabel(parent);
    label->setObjectName(QLatin1String(name));
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: palette(dark);"));
    return label;
}

} // namespace

QString CaseEventDialog::confirmText(const QString& event) {
    if (is(event, ce::serveNotice))
        return tr("Record the service of the notice and start the objection period");
    if (is(event, ce::receiveObjection))
        return tr("Register the objection");
    if (is(event, ce::upholdObjection))
        return tr("Uphold the objection and close the case without designation");
    if (is(event, ce::rejectObjection))
        return tr("Reject the objection and make the case ready for decision");
    if (is(event, ce::submitReExamination))
        return tr("Submit for re-examination by the higher department");
    if (is(event, ce::approveReExamination))
        return tr("Approve after re-examination");
    if (is(event, ce::returnReExamination))
        return tr("Return after re-examination");
    if (is(event, ce::decide))
        return tr("Issue the designation decision and generate the decision document");
    if (is(event, ce::expire))
        return tr("End the listing term and lift the measures");
    if (is(event, ce::remove))
        return tr("Grant the restoration and remove from the list");
    if (is(event, ce::reinstate))
        return tr("Revoke the restoration and reinstate the listing");
    if (is(event, ce::publish))
        return tr("Record the publication; the listing term starts that day");
    if (is(event, ce::extendDecision))
        return tr("Extend the time to decide");
    return tr("Confirm");
}

CaseEventDialog::CaseEventDialog(service::Session& session, const service::CaseFile& file,
                                 const service::CaseAction& action, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_file(file)
    , m_action(action) {
    setObjectName(QStringLiteral("caseEventDialog"));
    setWindowTitle(tr("%1 — case %2").arg(action.name).arg(file.theCase.id));
    const QString event = action.event;
    const QDate today = Clock::today();
    const QLocale locale;

    auto* intro = new QLabel(
        tr("Case %1 · %2 · %3").arg(file.theCase.id).arg(file.subject.name, domain::caseStageName(file.theCase.stage)),
        this);
    intro->setObjectName(QStringLiteral("eventIntroLabel"));
    intro->setWordWrap(true);

    auto* law = new QLabel(this);
    law->setObjectName(QStringLiteral("eventLawLabel"));
    law->setWordWrap(true);
    law->setTextFormat(Qt::PlainText);
    QString lawText = action.conditions.isEmpty() ? action.reason : action.conditions;
    if (!action.citations.isEmpty()) {
        lawText += QLatin1Char('\n') + tr("Basis: %1").arg(action.citations.join(QStringLiteral("; ")));
    }
    law->setText(tr("What the law requires: %1").arg(lawText));
    law->setStyleSheet(QStringLiteral("QLabel { background: palette(alternate-base); padding: 6px; }"));

    auto* form = new QFormLayout;
    m_date = new QDateEdit(today, this);
    m_date->setObjectName(QStringLiteral("eventDateEdit"));
    m_date->setAccessibleName(tr("Date"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_date->setMaximumDate(today);
    QString dependsOn;
    const QDate earliest = earliestDate(&dependsOn);
    if (earliest.isValid()) {
        m_date->setMinimumDate(earliest);
    }
    m_dateRule = ruleLabel(this, "eventDateRuleLabel");
    m_dateRule->setText(earliest.isValid()
                            ? tr("Not after today (%1) and not before %2 (%3).")
                                  .arg(locale.toString(today, QLocale::ShortFormat),
                                       locale.toString(earliest, QLocale::ShortFormat), dependsOn)
                            : tr("Not after today (%1).").arg(locale.toString(today, QLocale::ShortFormat)));
    QString dateLabel = tr("&Date:");
    if (is(event, ce::serveNotice))
        dateLabel = tr("&Served on:");
    else if (is(event, ce::receiveObjection))
        dateLabel = tr("&Received on:");
    else if (is(event, ce::decide))
        dateLabel = tr("&Decided on:");
    else if (is(event, ce::publish))
        dateLabel = tr("&Published on:");
    else if (is(event, ce::extendDecision))
        dateLabel = tr("&Approved on:");
    auto* dateLabelWidget = new QLabel(dateLabel, this);
    dateLabelWidget->setBuddy(m_date);
    form->addRow(dateLabelWidget, m_date);
    form->addRow(QString(), m_dateRule);

    const bool wantsText = is(event, ce::receiveObjection) || is(event, ce::upholdObjection) ||
                           is(event, ce::rejectObjection) || is(event, ce::submitReExamination) ||
                           is(event, ce::approveReExamination) || is(event, ce::returnReExamination) ||
                           is(event, ce::remove) || is(event, ce::reinstate) || is(event, ce::extendDecision);
    if (wantsText) {
        m_text = new QPlainTextEdit(this);
        m_text->setObjectName(QStringLiteral("eventTextEdit"));
        m_text->setTabChangesFocus(true);
        QString textLabel = tr("&Reasons:");
        QString textRule = tr("Required: the reasons are part of the case file and of the audit chain.");
        if (is(event, ce::receiveObjection)) {
            textLabel = tr("&Objection:");
            textRule = tr("Required: what the party objects to, as received.");
        } else if (is(event, ce::upholdObjection) || is(event, ce::rejectObjection)) {
            textLabel = tr("&Answer:");
            textRule = tr("Required: the answer to the party, with its reasons.");
        } else if (is(event, ce::submitReExamination) || is(event, ce::approveReExamination) ||
                   is(event, ce::returnReExamination)) {
            textLabel = tr("&Opinion:");
        } else if (is(event, ce::extendDecision)) {
            textLabel = tr("&Why more time:");
            textRule = tr("Required: why the case is complex; the extension needs the approval of the head of the "
                          "organ.");
        }
        m_text->setAccessibleName(QString(textLabel).remove(QLatin1Char('&')).remove(QLatin1Char(':')));
        auto* label = new QLabel(textLabel, this);
        label->setBuddy(m_text);
        m_textRule = ruleLabel(this, "eventTextRuleLabel");
        m_textRule->setText(textRule);
        form->addRow(label, m_text);
        form->addRow(QString(), m_textRule);
        connect(m_text, &QPlainTextEdit::textChanged, this, &CaseEventDialog::validate);
    }

    if (is(event, ce::decide)) {
        m_measures = new QListWidget(this);
        m_measures->setObjectName(QStringLiteral("eventMeasuresList"));
        m_measures->setAccessibleName(tr("Punishment measures"));
        auto* label = new QLabel(tr("&Measures:"), this);
        label->setBuddy(m_measures);
        m_measuresRule = ruleLabel(this, "eventMeasuresRuleLabel");
        m_measuresRule->setText(tr("The measures the list type provides for conduct of this severity (%1). Untick "
                                   "a measure to leave it out; no other measure can be added. Category C measures "
                                   "are only communicated to the body that decides on them (inform only).")
                                    .arg(domain::severityName(file.record.severity)));
        auto rules = service::RuleService(session).ruleSet();
        if (rules) {
            const rules::RuleBook book(rules.take());
            const auto proposable = book.proposableMeasures(file.theCase.listType, file.record.severity, today);
            for (const rules::ProposableMeasure& proposed : proposable) {
                const rules::Measure& m = proposed.measure;
                const QString content =
                    QLocale().language() == QLocale::Chinese || m.contentEn.isEmpty() ? m.content : m.contentEn;
                QString text = QStringLiteral("[%1] %2").arg(rules::measureCategoryId(m.category), content);
                if (proposed.use == rules::MeasureUse::InformOnly) {
                    text += QStringLiteral(" — ") + tr("inform only");
                }
                const QStringList basis = rules::displayCitations(m.legalBasis);
                auto* item = new QListWidgetItem(text, m_measures);
                item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
                item->setCheckState(Qt::Checked);
                item->setData(Qt::UserRole, m.id);
                item->setToolTip(tr("Basis: %1").arg(basis.join(QStringLiteral("; "))));
            }
        } else {
            m_measuresRule->setText(tr("The rule data could not be read: %1").arg(rules.error().message));
        }
        form->addRow(label, m_measures);
        form->addRow(QString(), m_measuresRule);
        connect(m_measures, &QListWidget::itemChanged, this, &CaseEventDialog::validate);
    }

    m_problems = new QLabel(this);
    m_problems->setObjectName(QStringLiteral("eventProblemsLabel"));
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("eventResultLabel"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->setStyleSheet(QStringLiteral("QLabel { color: #b00020; font-weight: bold; }"));
    m_result->hide();

    auto* buttons = new QDialogButtonBox(this);
    m_confirm = buttons->addButton(confirmText(event), QDialogButtonBox::AcceptRole);
    m_confirm->setObjectName(QStringLiteral("eventConfirmButton"));
    m_confirm->setDefault(true);
    QPushButton* cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("eventCancelButton"));
    connect(m_confirm, &QPushButton::clicked, this, &CaseEventDialog::submit);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_date, &QDateEdit::dateChanged, this, &CaseEventDialog::validate);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(law);
    layout->addLayout(form);
    layout->addWidget(m_problems);
    layout->addWidget(m_result);
    layout->addWidget(buttons);
    resize(640, sizeHint().height());
    validate();
}

QDate CaseEventDialog::earliestDate(QString* what) const {
    const QString event = m_action.event;
    const domain::Case& c = m_file.theCase;
    auto pick = [what](QDate date, const QString& name) {
        *what = name;
        return date;
    };
    if (is(event, ce::serveNotice))
        return pick(c.openedOn, tr("the day the case was opened"));
    if (is(event, ce::receiveObjection))
        return pick(c.noticeServedOn, tr("the day the notice was served"));
    if (is(event, ce::upholdObjection) || is(event, ce::rejectObjection)) {
        if (!m_file.objections.isEmpty())
            return pick(m_file.objections.constLast().receivedOn, tr("the day the objection was received"));
    }
    if (is(event, ce::approveReExamination) || is(event, ce::returnReExamination)) {
        if (!m_file.reExaminations.isEmpty())
            return pick(m_file.reExaminations.constLast().submittedOn, tr("the day it was submitted"));
    }
    if (is(event, ce::decide) || is(event, ce::submitReExamination)) {
        QDate latest = c.noticeServedOn;
        for (const auto& o : m_file.objections)
            latest = std::max(latest, o.answeredOn.isValid() ? o.answeredOn : o.receivedOn);
        for (const auto& r : m_file.reExaminations)
            latest = std::max(latest, r.decidedOn.isValid() ? r.decidedOn : r.submittedOn);
        return pick(latest, tr("the last step of the case"));
    }
    if (is(event, ce::expire) || is(event, ce::publish))
        return pick(c.decidedOn, tr("the decision"));
    return pick(c.openedOn, tr("the day the case was opened"));
}

QStringList CaseEventDialog::problems() const {
    QStringList found;
    const QDate date = m_date->date();
    if (date > Clock::today()) {
        found << tr("The date is in the future.");
    }
    if (m_date->minimumDate().isValid() && date < m_date->minimumDate()) {
        found << tr("The date is before %1.").arg(m_dateRule->text());
    }
    if (m_text && m_text->toPlainText().trimmed().isEmpty()) {
        found << tr("%1 is required.").arg(m_text->accessibleName());
    }
    if (m_measures && chosenMeasures().isEmpty()) {
        found << (m_measures->count() == 0
                      ? tr("The rule data provides no measure for this list type and severity; the decision cannot "
                           "name one.")
                      : tr("Keep at least one measure: a designation without a measure is not a decision."));
    }
    return found;
}

QStringList CaseEventDialog::chosenMeasures() const {
    QStringList ids;
    if (!m_measures) {
        return ids;
    }
    for (int i = 0; i < m_measures->count(); ++i) {
        if (m_measures->item(i)->checkState() == Qt::Checked) {
            ids << m_measures->item(i)->data(Qt::UserRole).toString();
        }
    }
    return ids;
}

void CaseEventDialog::validate() {
    const QStringList found = problems();
    m_problems->setText(found.join(QLatin1Char('\n')));
    m_problems->setVisible(!found.isEmpty());
    m_confirm->setEnabled(found.isEmpty());
}

void CaseEventDialog::submit() {
    validate();
    if (!m_confirm->isEnabled()) {
        return;
    }
    service::CaseService cases(m_session);
    const qint64 id = m_file.theCase.id;
    const QDate on = m_date->date();
    const QString text = m_text ? m_text->toPlainText().trimmed() : QString();
    const QString event = m_action.event;
    Status done;
    auto keep = [&done](const auto& result) {
        if (!result) {
            done = result.error();
        }
    };
    if (is(event, ce::serveNotice))
        keep(cases.serveNotice(id, on));
    else if (is(event, ce::receiveObjection))
        keep(cases.receiveObjection(id, on, text));
    else if (is(event, ce::upholdObjection))
        keep(cases.answerObjection(id, on, true, text));
    else if (is(event, ce::rejectObjection))
        keep(cases.answerObjection(id, on, false, text));
    else if (is(event, ce::submitReExamination))
        keep(cases.submitReExamination(id, on, text));
    else if (is(event, ce::approveReExamination))
        keep(cases.decideReExamination(id, on, true, text));
    else if (is(event, ce::returnReExamination))
        keep(cases.decideReExamination(id, on, false, text));
    else if (is(event, ce::decide))
        keep(cases.decide(id, on, chosenMeasures()));
    else if (is(event, ce::expire))
        keep(cases.expire(id, on));
    else if (is(event, ce::remove))
        keep(cases.decideRestoration(id, on, true, text));
    else if (is(event, ce::reinstate))
        keep(cases.revokeRestoration(id, on, text));
    else if (is(event, ce::publish))
        keep(cases.publish(id, on));
    else if (is(event, ce::extendDecision))
        keep(cases.extendDecision(id, on, text));
    else
        done = Error::usage(tr("This event has no form in this window."));
    if (!done) {
        QString message = done.error().message;
        if (!done.error().citations.isEmpty()) {
            message += QLatin1Char('\n') + tr("Basis: %1").arg(done.error().citations.join(QStringLiteral("; ")));
        }
        m_result->setText(tr("Not done: %1").arg(message));
        m_result->show();
        return;
    }
    accept();
}

} // namespace creditcase::ui
