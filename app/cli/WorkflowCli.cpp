#include "WorkflowCli.h"

#include "domain/Deadline.h"
#include "domain/Restoration.h"
#include "domain/ScopeCategory.h"
#include "domain/Severity.h"
#include "domain/Standard.h"
#include "rules/MeasuresEdition.h"

#include <QJsonArray>

namespace creditcase::cli {

Result<QDate> WorkflowCli::date(const QCommandLineParser& parser, const QCommandLineOption& option, bool required) {
    const QString name = option.names().first();
    if (!parser.isSet(option)) {
        if (required)
            return Error::usage(tr("Give --%1 DATE (YYYY-MM-DD).").arg(name));
        return QDate();
    }
    const QDate value = QDate::fromString(parser.value(option), Qt::ISODate);
    if (!value.isValid())
        return Error::usage(tr("--%1 must be a date written YYYY-MM-DD, not \"%2\".").arg(name, parser.value(option)));
    return value;
}

Result<qint64> WorkflowCli::id(const QCommandLineParser& parser, const QCommandLineOption& option) {
    const QString name = option.names().first();
    if (!parser.isSet(option))
        return Error::usage(tr("Give --%1 ID.").arg(name));
    bool ok = false;
    const qint64 value = parser.value(option).toLongLong(&ok);
    if (!ok || value <= 0)
        return Error::usage(tr("--%1 must be a number (the id shown when it was created), not \"%2\".")
                                .arg(name, parser.value(option)));
    return value;
}

Status WorkflowCli::require(const QCommandLineParser& parser,
                            std::initializer_list<const QCommandLineOption*> options) {
    QStringList missing;
    for (const auto* option : options) {
        if (!parser.isSet(*option))
            missing << QStringLiteral("--") + option->names().first();
    }
    if (!missing.isEmpty())
        return Error::usage(tr("Missing: %1.").arg(missing.join(QStringLiteral(", "))));
    return {};
}

QJsonObject WorkflowCli::caseJson(const domain::Case& c) {
    return {{QStringLiteral("id"), c.id},
            {QStringLiteral("record"), c.recordId},
            {QStringLiteral("subject"), c.subjectId},
            {QStringLiteral("list_type"), c.listType},
            {QStringLiteral("standard"), c.standardId},
            {QStringLiteral("scope"), domain::scopeCategoryId(c.scope)},
            {QStringLiteral("ground"), c.ground},
            {QStringLiteral("circumstances"), QJsonArray::fromStringList(c.circumstances)},
            {QStringLiteral("stage"), domain::caseStageId(c.stage)},
            {QStringLiteral("officer"), c.officer},
            {QStringLiteral("opened_on"), iso(c.openedOn)},
            {QStringLiteral("notice_served_on"), iso(c.noticeServedOn)},
            {QStringLiteral("objection_window_ends"), iso(c.objectionWindowEnds)},
            {QStringLiteral("decided_on"), iso(c.decidedOn)},
            {QStringLiteral("decided_by"), c.decidedBy},
            {QStringLiteral("listed_until"), iso(c.listedUntil)},
            {QStringLiteral("closed_on"), iso(c.closedOn)},
            {QStringLiteral("closed_reason"), c.closedReason},
            {QStringLiteral("rule_editions"), c.ruleEditions},
            {QStringLiteral("warnings"), QJsonArray::fromStringList(c.warnings)}};
}

QJsonObject WorkflowCli::restorationJson(const domain::Restoration& r) {
    return {{QStringLiteral("id"), r.id},
            {QStringLiteral("case"), r.caseId},
            {QStringLiteral("stage"), domain::restorationStageId(r.stage)},
            {QStringLiteral("applied_on"), iso(r.appliedOn)},
            {QStringLiteral("received_by"), r.receivedBy},
            {QStringLiteral("corrected_on"), iso(r.correctedOn)},
            {QStringLiteral("commitment_letter"), r.commitment},
            {QStringLiteral("eligible"), r.eligible},
            {QStringLiteral("check"), r.checkReason},
            {QStringLiteral("due_on"), iso(r.dueOn)},
            {QStringLiteral("decided_on"), iso(r.decidedOn)},
            {QStringLiteral("decided_by"), r.decidedBy},
            {QStringLiteral("decision_text"), r.decisionText},
            {QStringLiteral("decided_late"), r.decidedLate},
            {QStringLiteral("revoked_on"), iso(r.revokedOn)},
            {QStringLiteral("revoke_text"), r.revokeText},
            {QStringLiteral("chain_seq"), r.chainSeq},
            {QStringLiteral("chain_hash"), r.chainHash}};
}

QJsonObject WorkflowCli::standardJson(const domain::Standard& s) {
    return {{QStringLiteral("id"), s.id},
            {QStringLiteral("list_type"), s.listType},
            {QStringLiteral("title"), s.title},
            {QStringLiteral("stage"), domain::standardStatusId(s.stage)},
            {QStringLiteral("comment_opened_on"), iso(s.commentOpenedOn)},
            {QStringLiteral("comment_closed_on"), iso(s.commentClosedOn)},
            {QStringLiteral("adopted_on"), iso(s.adoptedOn)},
            {QStringLiteral("in_force_from"), iso(s.inForceFrom)},
            {QStringLiteral("last_assessed_on"), iso(s.lastAssessedOn)},
            {QStringLiteral("ended_on"), iso(s.endedOn)}};
}

QJsonObject WorkflowCli::deadlineJson(const domain::Deadline& d) {
    return {{QStringLiteral("id"), d.id},
            {QStringLiteral("kind"), domain::deadlineKindId(d.kind)},
            {QStringLiteral("case"), d.caseId},
            {QStringLiteral("record"), d.recordId},
            {QStringLiteral("standard"), d.standardId},
            {QStringLiteral("subject"), d.subjectId},
            {QStringLiteral("trigger_on"), iso(d.trigger)},
            {QStringLiteral("count"), d.ruleCount},
            {QStringLiteral("mode"), d.ruleMode},
            {QStringLiteral("due_on"), iso(d.dueOn)},
            {QStringLiteral("provisional"), d.provisional},
            {QStringLiteral("source"), d.source},
            {QStringLiteral("status"), domain::deadlineStatusId(d.status)},
            {QStringLiteral("closed_on"), iso(d.closedOn)}};
}

QJsonObject WorkflowCli::caseFileJson(const workflow::CaseFile& file) {
    QJsonObject json = caseJson(file.theCase);
    json.insert(QStringLiteral("subject"),
                QJsonObject{{QStringLiteral("id"), file.subject.id},
                            {QStringLiteral("kind"), domain::subjectKindId(file.subject.kind)},
                            {QStringLiteral("name"), file.subject.name},
                            {QStringLiteral("identifier"), file.subject.identifier},
                            {QStringLiteral("address"), file.subject.address},
                            {QStringLiteral("legal_representative"), file.subject.legalRepresentative}});
    json.insert(QStringLiteral("record"),
                QJsonObject{{QStringLiteral("id"), file.record.id},
                            {QStringLiteral("catalog_item"), file.record.catalogItem},
                            {QStringLiteral("catalog_edition"), file.record.catalogEdition},
                            {QStringLiteral("severity"), domain::severityId(file.record.severity)},
                            {QStringLiteral("facts"), file.record.facts},
                            {QStringLiteral("decided_on"), iso(file.record.decidedOn)},
                            {QStringLiteral("disclosure_regime"), file.record.disclosureRegime},
                            {QStringLiteral("disclosed"), file.record.disclosed},
                            {QStringLiteral("disclosure_min_until"), iso(file.record.disclosureMinUntil)},
                            {QStringLiteral("disclosure_max_until"), iso(file.record.disclosureMaxUntil)},
                            {QStringLiteral("disclosure_stopped_on"), iso(file.record.disclosureStoppedOn)},
                            {QStringLiteral("sharing_stopped_on"), iso(file.record.sharingStoppedOn)}});
    json.insert(QStringLiteral("basis"),
                QJsonObject{{QStringLiteral("id"), file.basis.id},
                            {QStringLiteral("kind"), domain::basisKindCliName(file.basis.kind)},
                            {QStringLiteral("number"), file.basis.documentNumber},
                            {QStringLiteral("organ"), file.basis.issuingOrgan},
                            {QStringLiteral("issued_on"), iso(file.basis.issuedOn)},
                            {QStringLiteral("effective_on"), iso(file.basis.effectiveOn)},
                            {QStringLiteral("legally_effective"), file.basis.legallyEffective}});
    if (file.standard)
        json.insert(QStringLiteral("standard"), standardJson(*file.standard));
    QJsonArray notices;
    for (const auto& n : file.notices)
        notices.append(QJsonObject{{QStringLiteral("id"), n.id},
                                   {QStringLiteral("prepared_on"), iso(n.preparedOn)},
                                   {QStringLiteral("served_on"), iso(n.servedOn)},
                                   {QStringLiteral("chain_seq"), n.chainSeq},
                                   {QStringLiteral("chain_hash"), n.chainHash}});
    json.insert(QStringLiteral("notices"), notices);
    QJsonArray objections;
    for (const auto& o : file.objections)
        objections.append(
            QJsonObject{{QStringLiteral("id"), o.id},
                        {QStringLiteral("received_on"), iso(o.receivedOn)},
                        {QStringLiteral("text"), o.text},
                        {QStringLiteral("answer_due"), iso(o.answerDue)},
                        {QStringLiteral("answered_on"), iso(o.answeredOn)},
                        {QStringLiteral("answered_by"), o.answeredBy},
                        {QStringLiteral("outcome"), o.outcome ? domain::objectionOutcomeId(*o.outcome) : QString()},
                        {QStringLiteral("answer_text"), o.answerText}});
    json.insert(QStringLiteral("objections"), objections);
    QJsonArray reviews;
    for (const auto& r : file.reExaminations)
        reviews.append(
            QJsonObject{{QStringLiteral("id"), r.id},
                        {QStringLiteral("submitted_on"), iso(r.submittedOn)},
                        {QStringLiteral("submitted_by"), r.submittedBy},
                        {QStringLiteral("decided_on"), iso(r.decidedOn)},
                        {QStringLiteral("decided_by"), r.decidedBy},
                        {QStringLiteral("outcome"), r.outcome ? domain::reExaminationOutcomeId(*r.outcome) : QString()},
                        {QStringLiteral("text"), r.decideText}});
    json.insert(QStringLiteral("re_examinations"), reviews);
    if (file.decision) {
        const auto& d = *file.decision;
        QJsonArray measures;
        for (const auto& m : d.measures)
            measures.append(QJsonObject{{QStringLiteral("measure"), m.measureId},
                                        {QStringLiteral("use"), m.measureUse},
                                        {QStringLiteral("edition"), m.measuresEdition},
                                        {QStringLiteral("lifted_on"), iso(m.liftedOn)},
                                        {QStringLiteral("reinstated_on"), iso(m.reinstatedOn)},
                                        {QStringLiteral("citations"), QJsonArray::fromStringList(m.citations)}});
        json.insert(QStringLiteral("decision"),
                    QJsonObject{{QStringLiteral("id"), d.id},
                                {QStringLiteral("decided_on"), iso(d.decidedOn)},
                                {QStringLiteral("decided_by"), d.decidedBy},
                                {QStringLiteral("term"), d.termId},
                                {QStringLiteral("listed_from"), iso(d.listedFrom)},
                                {QStringLiteral("listed_until"), iso(d.listedUntil)},
                                {QStringLiteral("rule_editions"), d.ruleEditions},
                                {QStringLiteral("reason"), d.reason},
                                {QStringLiteral("citations"), QJsonArray::fromStringList(d.citations)},
                                {QStringLiteral("chain_seq"), d.chainSeq},
                                {QStringLiteral("chain_hash"), d.chainHash},
                                {QStringLiteral("measures"), measures}});
    }
    QJsonArray restorations;
    for (const auto& r : file.restorations)
        restorations.append(restorationJson(r));
    json.insert(QStringLiteral("restorations"), restorations);
    QJsonArray deadlines;
    for (const auto& d : file.deadlines)
        deadlines.append(deadlineJson(d));
    json.insert(QStringLiteral("deadlines"), deadlines);
    QJsonArray papers;
    for (const auto& a : file.attachments)
        papers.append(QJsonObject{{QStringLiteral("id"), a.id},
                                  {QStringLiteral("owner"), QStringLiteral("%1:%2").arg(a.ownerKind).arg(a.ownerId)},
                                  {QStringLiteral("role"), a.role},
                                  {QStringLiteral("file_name"), a.fileName},
                                  {QStringLiteral("size"), a.size},
                                  {QStringLiteral("sha256"), a.sha256}});
    json.insert(QStringLiteral("attachments"), papers);
    return json;
}

QString WorkflowCli::caseText(const domain::Case& c) {
    QString text = tr("Case %1 (%2): %3.").arg(c.id).arg(c.listType, domain::caseStageName(c.stage));
    if (c.objectionWindowEnds.isValid() && c.stage == domain::CaseStage::ObjectionWindow)
        text += QLatin1Char(' ') + tr("Objections may be made until %1.").arg(iso(c.objectionWindowEnds));
    if (c.stage == domain::CaseStage::Listed)
        text +=
            QLatin1Char(' ') + (c.listedUntil.isValid()
                                    ? tr("Listed from %1 until %2.").arg(iso(c.decidedOn), iso(c.listedUntil))
                                    : tr("Listed from %1 until the obligations are performed.").arg(iso(c.decidedOn)));
    for (const QString& warning : c.warnings)
        text += QLatin1Char('\n') + tr("Warning: %1").arg(warning);
    return text;
}

QString WorkflowCli::caseFileText(const workflow::CaseFile& file) {
    const auto& c = file.theCase;
    QString text = caseText(c) + QLatin1Char('\n');
    text += tr("Subject: %1 (%2), %3")
                .arg(file.subject.name, domain::subjectKindName(file.subject.kind), file.subject.identifier) +
            QLatin1Char('\n');
    text += tr("Record %1: %2, %3 conduct; basis %4 of %5 (%6), effective %7")
                .arg(file.record.id)
                .arg(file.record.catalogItem, domain::severityName(file.record.severity), file.basis.documentNumber,
                     file.basis.issuingOrgan, iso(file.basis.issuedOn), iso(file.basis.effectiveOn)) +
            QLatin1Char('\n');
    text += tr("Case officer: %1; opened %2").arg(c.officer, iso(c.openedOn)) + QLatin1Char('\n');
    for (const auto& n : file.notices)
        text += tr("Notice prepared %1 (chain #%2), served %3")
                    .arg(iso(n.preparedOn))
                    .arg(n.chainSeq)
                    .arg(n.servedOn.isValid() ? iso(n.servedOn) : tr("not yet")) +
                QLatin1Char('\n');
    for (const auto& o : file.objections)
        text += tr("Objection received %1: %2 — %3")
                    .arg(iso(o.receivedOn), o.text,
                         o.outcome ? tr("%1 on %2: %3")
                                         .arg(domain::objectionOutcomeId(*o.outcome), iso(o.answeredOn), o.answerText)
                                   : tr("answer due %1").arg(iso(o.answerDue))) +
                QLatin1Char('\n');
    for (const auto& r : file.reExaminations)
        text += tr("Re-examination submitted %1 by %2 — %3")
                    .arg(iso(r.submittedOn), r.submittedBy,
                         r.outcome ? tr("%1 on %2 by %3")
                                         .arg(domain::reExaminationOutcomeId(*r.outcome), iso(r.decidedOn), r.decidedBy)
                                   : tr("pending")) +
                QLatin1Char('\n');
    if (file.decision) {
        const auto& d = *file.decision;
        text += tr("Decision %1 of %2 by %3 (chain #%4 %5); rules: %6")
                    .arg(d.id)
                    .arg(iso(d.decidedOn), d.decidedBy)
                    .arg(d.chainSeq)
                    .arg(d.chainHash.left(16), d.ruleEditions) +
                QLatin1Char('\n');
        for (const auto& m : d.measures)
            text += QStringLiteral("  ") +
                    tr("Measure %1 (%2)%3")
                        .arg(m.measureId, m.measureUse,
                             m.liftedOn.isValid() && !m.reinstatedOn.isValid()
                                 ? QLatin1Char(' ') + tr("lifted %1").arg(iso(m.liftedOn))
                                 : QString()) +
                    QLatin1Char('\n');
        for (const auto& citation : d.citations)
            text += QStringLiteral("  ") + tr("Basis: %1").arg(citation) + QLatin1Char('\n');
    }
    for (const auto& r : file.restorations)
        text += tr("Restoration applied %1: %2; due %3%4")
                    .arg(iso(r.appliedOn), domain::restorationStageName(r.stage), iso(r.dueOn),
                         r.decidedLate ? QLatin1Char(' ') + tr("(decided late)") : QString()) +
                QLatin1Char('\n');
    for (const auto& d : file.deadlines)
        text += tr("Deadline %1: %2 %3%4")
                    .arg(domain::deadlineKindName(d.kind), iso(d.dueOn), domain::deadlineStatusId(d.status),
                         d.provisional ? QLatin1Char(' ') + tr("(provisional)") : QString()) +
                QLatin1Char('\n');
    return text;
}

} // namespace creditcase::cli
