#include "DocumentService.h"

#include "Clock.h"
#include "audit/AuditLog.h"
#include "audit/InquiryRegister.h"
#include "documents/DocumentFingerprint.h"
#include "service/Progress.h"
#include "workflow/CaseWorkflow.h"
#include "workflow/DeadlineRegister.h"
#include "workflow/WorkflowContext.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMutex>
#include <QScopeGuard>
#include <QSqlQuery>
#include <QThread>
#include <QThreadPool>
#include <atomic>
#include <cstdio>

namespace creditcase::service {

using documents::DocumentBlock;
using documents::DocumentKind;
using documents::DocumentStore;
using documents::DocumentTemplate;
using documents::DocumentText;
using documents::DocumentValues;
using documents::IssuedDocument;
using exchange::Channel;
using workflow::CaseFile;
using workflow::CaseWorkflow;
using workflow::WorkflowContext;
using WC = workflow::WorkflowContext;

namespace {

const QString kPrintEvent = QStringLiteral("document.print");

QString caseObject(qint64 caseId) {
    return QStringLiteral("case:%1").arg(caseId);
}

/* How many notices of a batch one transaction saves. Each transaction ends in a synchronous commit (and a head
   update), which cost more than the print itself when every notice had its own; a group of this size makes that cost
   small while holding the vault's write lock, which other users' work waits for, for about a second at most. */
constexpr int kNoticesPerCommit = 50;

/* The most render threads a batch takes by default. Recording a notice costs about a tenth of rendering it, so a few
   render threads keep up with the recording thread; each holds its own font caches, so more would only cost memory. */
constexpr int kMaxDefaultRenderThreads = 4;

// Where a batch writes a notice's PDF until the notice is saved: a hidden file beside it.
QString pendingFileOf(const QString& file) {
    const QFileInfo info(file);
    return info.dir().filePath(QStringLiteral(".%1.part").arg(info.fileName()));
}

// Gives the written file its name, replacing an earlier file of that name (a rename, so never half of either).
Status moveIntoPlace(const QString& from, const QString& to) {
    if (std::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) == 0)
        return {};
    if (QFile::exists(to) && QFile::remove(to) && QFile::rename(from, to))
        return {};
    QFile::remove(from);
    return Error::failure(DocumentService::tr("The PDF could not be saved as %1.").arg(QDir::toNativeSeparators(to)));
}

// Chinese wording of a citation on a document: the Chinese form where the rule data has one; never the mark.
QString citationText(const rules::Citation& citation) {
    return citation.textZh.isEmpty() ? citation.text : citation.textZh;
}

QString zhText(const rules::SourcedText& text) {
    return text.textZh.isEmpty() ? text.text : text.textZh;
}

// The value keys document templates may use (an adapted template naming any other is refused).
const QStringList& knownKeys() {
    static const QStringList keys{QStringLiteral("organ.name"),
                                  QStringLiteral("organ.abbreviation"),
                                  QStringLiteral("organ.address"),
                                  QStringLiteral("organ.contact"),
                                  QStringLiteral("organ.reconsiderationBody"),
                                  QStringLiteral("organ.court"),
                                  QStringLiteral("document.number"),
                                  QStringLiteral("document.date"),
                                  QStringLiteral("case.number"),
                                  QStringLiteral("case.organ"),
                                  QStringLiteral("party.name"),
                                  QStringLiteral("party.identifier"),
                                  QStringLiteral("party.identifierLabel"),
                                  QStringLiteral("party.address"),
                                  QStringLiteral("party.legalRepresentative"),
                                  QStringLiteral("list.name"),
                                  QStringLiteral("list.standard"),
                                  QStringLiteral("list.term"),
                                  QStringLiteral("list.from"),
                                  QStringLiteral("list.until"),
                                  QStringLiteral("list.untilPerformed"),
                                  QStringLiteral("basis.kind"),
                                  QStringLiteral("basis.number"),
                                  QStringLiteral("basis.organ"),
                                  QStringLiteral("basis.issuedOn"),
                                  QStringLiteral("basis.effectiveOn"),
                                  QStringLiteral("record.facts"),
                                  QStringLiteral("record.item"),
                                  QStringLiteral("record.severity"),
                                  QStringLiteral("scope.name"),
                                  QStringLiteral("notice.preparedOn"),
                                  QStringLiteral("notice.servedOn"),
                                  QStringLiteral("notice.ref"),
                                  QStringLiteral("objection.window"),
                                  QStringLiteral("objection.answer"),
                                  QStringLiteral("hearing.window"),
                                  QStringLiteral("objection.receivedOn"),
                                  QStringLiteral("objection.text"),
                                  QStringLiteral("objection.answeredOn"),
                                  QStringLiteral("objection.answerText"),
                                  QStringLiteral("objection.upheld"),
                                  QStringLiteral("objection.ref"),
                                  QStringLiteral("objection.summary"),
                                  QStringLiteral("reexam.submittedOn"),
                                  QStringLiteral("reexam.submitText"),
                                  QStringLiteral("reexam.decidedOn"),
                                  QStringLiteral("reexam.text"),
                                  QStringLiteral("reexam.approved"),
                                  QStringLiteral("reexam.summary"),
                                  QStringLiteral("decision.date"),
                                  QStringLiteral("decision.ref"),
                                  QStringLiteral("earlyRemoval.wait"),
                                  QStringLiteral("restoration.limit"),
                                  QStringLiteral("reconsideration.period"),
                                  QStringLiteral("litigation.period"),
                                  QStringLiteral("restoration.kind"),
                                  QStringLiteral("restoration.record"),
                                  QStringLiteral("restoration.subjectOf"),
                                  QStringLiteral("restoration.basis"),
                                  QStringLiteral("restoration.appliedOn"),
                                  QStringLiteral("restoration.correctedOn"),
                                  QStringLiteral("restoration.commitment"),
                                  QStringLiteral("restoration.text"),
                                  QStringLiteral("restoration.granted"),
                                  QStringLiteral("restoration.effect"),
                                  QStringLiteral("restoration.decidedOn"),
                                  QStringLiteral("restoration.dueOn"),
                                  QStringLiteral("restoration.ref"),
                                  QStringLiteral("removal.date"),
                                  QStringLiteral("removal.reason"),
                                  QStringLiteral("served.list"),
                                  QStringLiteral("measures"),
                                  QStringLiteral("removal.conditions"),
                                  QStringLiteral("removal.procedure"),
                                  QStringLiteral("item.n"),
                                  QStringLiteral("item.content"),
                                  QStringLiteral("item.basis"),
                                  QStringLiteral("item.use"),
                                  QStringLiteral("item.category"),
                                  QStringLiteral("item.text")};
    return keys;
}

QString sha256Hex(const QByteArray& bytes) {
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

} // namespace

struct DocumentService::Composed {
    DocumentTemplate organ;
    DocumentTemplate document;
    QString templateRef;
    QString series; // abbreviation + the document's series; empty: no number
    qint64 organId = 0;
    qint64 sourceId = 0;
    DocumentValues values;
};

DocumentService::DocumentService(Session& session)
    : m_session(session) {}

DocumentService::~DocumentService() = default;

Result<WorkflowContext> DocumentService::context() {
    if (Status open = m_session.requireUnlocked(); !open)
        return open.error();
    if (m_batchContext)
        return *m_batchContext; // a batch reads the rule data and the calendar once (copies share them)
    if (m_session.viaRecoveryCode())
        return WorkflowContext::forSession(m_session.vault());
    auto user = m_session.actor();
    if (!user)
        return user.error();
    return WorkflowContext(m_session.vault(), user.take());
}

Result<DocumentTemplate> DocumentService::templateFor(QSqlDatabase& db, qint64 organId, const QString& name,
                                                      QString* source) {
    auto stored = DocumentStore::latestTemplate(db, organId, name);
    if (!stored)
        return stored.error();
    if (*stored) {
        auto parsed = DocumentTemplate::parse((*stored)->content);
        if (!parsed)
            return Error::corrupt(
                tr("The template \"%1\" adapted for this organ is damaged: %2").arg(name, parsed.error().message));
        if (source)
            *source = QStringLiteral("vault:%1:%2:%3").arg(organId).arg(name).arg((*stored)->version);
        return parsed;
    }
    if (source)
        *source = QStringLiteral("builtin:%1").arg(name);
    return DocumentTemplate::builtIn(name);
}

Result<CaseFile> DocumentService::readCase(WorkflowContext& ctx, qint64 caseId, DocumentKind kind) {
    const domain::User& actor = ctx.actor();
    auto role = m_session.requireRole(
        {domain::Role::Officer, domain::Role::Supervisor}, kPrintEvent, caseObject(caseId),
        tr("%1 (%2) may not print official documents: documents are issued by case officers and supervisors."));
    if (!role)
        return role.error();
    QSqlDatabase db = ctx.vault().database();
    auto theCase = CaseWorkflow::load(db, caseId);
    if (!theCase)
        return theCase.error();
    QString purpose = tr("issuing the %1 of the case").arg(documents::documentKindName(kind));
    if (kind == DocumentKind::ReExaminationOpinion) {
        // Issued by the organ that re-examined the case: a superior organ whose region contains the case's.
        auto caseOrgan = WC::organ(db, theCase->organId);
        if (!caseOrgan)
            return caseOrgan.error();
        if (actor.organ.id == caseOrgan->id || !WC::governs(actor.organ, *caseOrgan)) {
            auto book = ctx.ruleBook();
            return m_session.refuse(
                kPrintEvent, caseObject(caseId),
                Error::refused(
                    tr("The re-examination opinion on case %1 is issued by the superior organ that "
                       "re-examined it, not by %2.")
                        .arg(caseId)
                        .arg(actor.organ.name),
                    {book ? book->provision(QStringLiteral("opinions-IV-8"), WC::today()).display() : QString()}));
        }
        purpose = QStringLiteral("supervision");
    } else if (Status own =
                   ctx.requireOwnOrgan(db, theCase->organId, tr("print the %1").arg(documents::documentKindName(kind)),
                                       {QStringLiteral("opinions-IV-8")});
               !own) {
        return m_session.refuse(kPrintEvent, caseObject(caseId), own.error());
    }
    return CaseWorkflow(ctx).show(caseId, purpose);
}

Result<DocumentService::Composed> DocumentService::compose(WorkflowContext& ctx, const CaseFile& file,
                                                           DocumentKind kind) {
    QSqlDatabase db = ctx.vault().database();
    const domain::Case& c = file.theCase;
    const QDate today = WC::today();
    auto book = c.ruleEditions.isEmpty() ? ctx.ruleBook() : ctx.pinnedRuleBook(c.ruleEditions);
    if (!book)
        return book.error();
    const auto refuse = [&](const QString& reason) -> Error {
        return Error::refused(reason, {book->provision(QStringLiteral("opinions-IV-8"), today).display()});
    };

    Composed composed;
    composed.organId = kind == DocumentKind::ReExaminationOpinion ? ctx.actor().organ.id : c.organId;

    // Which paper of the case the document belongs to (and whether the case has it yet).
    std::optional<domain::Objection> objection;
    for (const auto& o : file.objections)
        if (o.answeredOn.isValid())
            objection = o;
    std::optional<domain::ReExamination> reExamination;
    for (const auto& r : file.reExaminations)
        if (r.decidedOn.isValid())
            reExamination = r;
    std::optional<domain::Restoration> restoration;
    for (const auto& r : file.restorations)
        if (r.decidedOn.isValid())
            restoration = r;
    auto issued = DocumentStore::ofCase(db, c.id);
    if (!issued)
        return issued.error();
    const auto issuedOf = [&](DocumentKind k, qint64 source) -> const IssuedDocument* {
        for (const auto& d : *issued)
            if (d.kind == k && d.sourceId == source)
                return &d;
        return nullptr;
    };

    switch (kind) {
    case DocumentKind::Notice:
        if (file.notices.isEmpty())
            return refuse(tr("Case %1 has no notice before designation.").arg(c.id));
        composed.sourceId = file.notices.last().id;
        break;
    case DocumentKind::ObjectionAnswer:
        if (!objection)
            return refuse(tr("Case %1 has no answered objection: answer the objection first.").arg(c.id));
        composed.sourceId = objection->id;
        break;
    case DocumentKind::ReExaminationOpinion:
        if (!reExamination)
            return refuse(tr("Case %1 has no decided re-examination.").arg(c.id));
        composed.sourceId = reExamination->id;
        break;
    case DocumentKind::Decision:
    case DocumentKind::RestorationNotice:
        if (!file.decision)
            return refuse(tr("Case %1 has no designation decision yet.").arg(c.id));
        composed.sourceId = file.decision->id;
        break;
    case DocumentKind::RestorationDecision:
        if (!restoration)
            return refuse(tr("Case %1 has no decided credit restoration application.").arg(c.id));
        composed.sourceId = restoration->id;
        break;
    case DocumentKind::RemovalNotice:
        if (c.stage != domain::CaseStage::Removed && c.stage != domain::CaseStage::Expired)
            return refuse(tr("Case %1 has not been removed from the list (its stage is %2).")
                              .arg(c.id)
                              .arg(domain::caseStageId(c.stage)));
        break;
    case DocumentKind::ServiceProof: {
        const IssuedDocument* latest = nullptr;
        for (const auto& d : *issued)
            if (d.kind != DocumentKind::ServiceProof)
                latest = &d;
        if (!latest)
            return refuse(tr("Case %1 has no issued document to serve: print the document first.").arg(c.id));
        composed.sourceId = latest->id;
        QStringList served;
        for (const auto& d : *issued)
            if (d.kind != DocumentKind::ServiceProof && d.issuedOn == latest->issuedOn)
                served << (d.number.isEmpty() ? d.text.title : d.text.title + QStringLiteral("　") + d.number);
        composed.values.values.insert(QStringLiteral("served.list"), served.join(QChar::LineSeparator));
        break;
    }
    }

    QString templateSource;
    auto organTemplate = templateFor(db, composed.organId, DocumentTemplate::organTemplateName, nullptr);
    if (!organTemplate)
        return organTemplate.error();
    auto documentTemplate = templateFor(db, composed.organId, documents::documentKindId(kind), &templateSource);
    if (!documentTemplate)
        return documentTemplate.error();
    composed.organ = organTemplate.take();
    composed.document = documentTemplate.take();
    composed.templateRef = templateSource;

    auto organ = WC::organ(db, composed.organId);
    if (!organ)
        return organ.error();
    auto caseOrgan = WC::organ(db, c.organId);
    if (!caseOrgan)
        return caseOrgan.error();

    auto& v = composed.values.values;
    auto& lists = composed.values.lists;
    const DocumentTemplate& ot = composed.organ;
    v.insert(QStringLiteral("organ.name"), organ->name);
    for (const char* field : {"abbreviation", "address", "contact", "reconsiderationBody", "court"})
        v.insert(QStringLiteral("organ.") + QLatin1String(field),
                 DocumentTemplate::fill(ot.field(QLatin1String(field)), v));
    const QJsonObject terms = ot.json().value(QStringLiteral("terms")).toObject();
    const auto term = [&](const QString& key) { return DocumentTemplate::fill(terms.value(key).toString(), v); };
    const auto date = [](const QDate& d) { return documents::chineseDate(d); };
    const auto span = [&](const rules::RuleDuration& d) {
        return ot.span(rules::RuleDuration::modeId(d.mode), d.count);
    };
    const auto ref = [](const IssuedDocument* d) {
        return d && !d->number.isEmpty() ? QStringLiteral("（") + d->number + QStringLiteral("）") : QString();
    };

    const QString series = composed.document.field(QStringLiteral("series"));
    composed.series = series.isEmpty() ? QString() : v.value(QStringLiteral("organ.abbreviation")) + series;

    v.insert(QStringLiteral("case.number"), QString::number(c.id));
    v.insert(QStringLiteral("case.organ"), caseOrgan->name);
    v.insert(QStringLiteral("party.name"), file.subject.name);
    v.insert(QStringLiteral("party.identifier"), file.subject.identifier);
    v.insert(QStringLiteral("party.identifierLabel"),
             term(QStringLiteral("identifier.") + file.subject.identifierKind));
    v.insert(QStringLiteral("party.address"), file.subject.address);
    v.insert(QStringLiteral("party.legalRepresentative"), file.subject.legalRepresentative);
    v.insert(QStringLiteral("basis.kind"),
             term(QStringLiteral("basis.") + domain::basisDocumentKindId(file.basis.kind)));
    v.insert(QStringLiteral("basis.number"), file.basis.documentNumber);
    v.insert(QStringLiteral("basis.organ"), file.basis.issuingOrgan);
    v.insert(QStringLiteral("basis.issuedOn"), date(file.basis.issuedOn));
    v.insert(QStringLiteral("basis.effectiveOn"), date(file.basis.effectiveOn));
    v.insert(QStringLiteral("record.facts"), file.record.facts);
    v.insert(QStringLiteral("record.severity"),
             term(QStringLiteral("severity.") + domain::severityId(file.record.severity)));
    if (const auto* catalog = book->rules().catalog(file.record.catalogEdition))
        if (const auto* item = catalog->item(file.record.catalogItem))
            v.insert(QStringLiteral("record.item"), item->name);
    v.insert(QStringLiteral("scope.name"), term(QStringLiteral("scope.") + domain::scopeCategoryId(c.scope)));

    // The list type's rules as they stood for the case (pinned at the decision; today's before it).
    const QDate rulesOn = file.decision ? file.decision->decidedOn : today;
    auto listType = book->listType(c.listType, rulesOn);
    if (!listType)
        return listType.error();
    const rules::ListType& lt = *listType;
    v.insert(QStringLiteral("list.name"), lt.name);
    v.insert(QStringLiteral("list.standard"),
             QStringLiteral("《%1》（%2）").arg(lt.standard.title, lt.standard.document));
    if (const rules::ListTerm* listTerm = lt.term(c.ground)) {
        if (listTerm->kind == rules::ListTerm::Kind::Fixed && listTerm->duration)
            v.insert(QStringLiteral("list.term"), span(*listTerm->duration));
        else
            v.insert(QStringLiteral("list.term"), ot.json()
                                                      .value(QStringLiteral("labels"))
                                                      .toObject()
                                                      .value(QStringLiteral("until-performed"))
                                                      .toString());
    }
    v.insert(QStringLiteral("list.untilPerformed"),
             ot.json().value(QStringLiteral("labels")).toObject().value(QStringLiteral("until-performed")).toString());
    if (lt.objectionWindow.duration)
        v.insert(QStringLiteral("objection.window"), span(*lt.objectionWindow.duration));
    if (lt.objectionAnswerLimit.duration)
        v.insert(QStringLiteral("objection.answer"), span(*lt.objectionAnswerLimit.duration));
    if (auto hearing = book->procedureLimit(QStringLiteral("hearing-request"), rulesOn))
        v.insert(QStringLiteral("hearing.window"), span(hearing->duration));
    if (lt.earlyRemoval.allowed && lt.earlyRemoval.minimumWait)
        v.insert(QStringLiteral("earlyRemoval.wait"), span(*lt.earlyRemoval.minimumWait));
    v.insert(QStringLiteral("restoration.limit"), span(lt.restorationLimit));
    // Remedies: the periods of the procedure limits the list type's relief names, from the rule data.
    QStringList reliefLimits;
    for (const auto& relief : lt.relief)
        reliefLimits << relief.procedureLimits;
    for (const char* id : {"reconsideration", "litigation"}) {
        const QString limitId = QLatin1String(id);
        if (!reliefLimits.isEmpty() && !reliefLimits.contains(limitId))
            continue;
        auto limit = book->procedureLimit(limitId, rulesOn);
        if (!limit)
            return limit.error();
        v.insert(limitId + QStringLiteral(".period"), span(limit->duration));
    }

    QList<QHash<QString, QString>> conditions;
    QStringList seen;
    for (const auto& condition : lt.earlyRemoval.conditions + lt.removalConditions) {
        const QString text = zhText(condition);
        if (!text.isEmpty() && !seen.contains(text)) {
            seen << text;
            conditions.append({{QStringLiteral("text"), text}});
        }
    }
    lists.insert(QStringLiteral("removal.conditions"), conditions);
    QList<QHash<QString, QString>> procedure;
    for (const auto& step : lt.removalProcedure)
        procedure.append({{QStringLiteral("text"), zhText(step)}});
    lists.insert(QStringLiteral("removal.procedure"), procedure);

    // Measures: as decided, or before the decision those the rules propose for the conduct's severity.
    QList<QHash<QString, QString>> measures;
    const auto useText = [&](const QString& useId) { return term(QStringLiteral("use.") + useId); };
    if (file.decision) {
        for (const auto& applied : file.decision->measures) {
            const auto* edition = book->rules().measures(applied.measuresEdition);
            const rules::Measure* measure = edition ? edition->measure(applied.measureId) : nullptr;
            QStringList basis;
            if (measure)
                for (const auto& citation : measure->legalBasis)
                    basis << citationText(citation);
            measures.append(
                {{QStringLiteral("content"), measure ? measure->content : applied.measureId},
                 {QStringLiteral("category"), measure ? rules::measureCategoryId(measure->category) : QString()},
                 {QStringLiteral("basis"), basis.join(QStringLiteral("；"))},
                 {QStringLiteral("use"), useText(applied.measureUse)}});
        }
    } else {
        for (const auto& proposable : book->proposableMeasures(c.listType, file.record.severity, today)) {
            QStringList basis;
            for (const auto& citation : proposable.measure.legalBasis)
                basis << citationText(citation);
            measures.append({{QStringLiteral("content"), proposable.measure.content},
                             {QStringLiteral("category"), rules::measureCategoryId(proposable.measure.category)},
                             {QStringLiteral("basis"), basis.join(QStringLiteral("；"))},
                             {QStringLiteral("use"), useText(rules::measureUseId(proposable.use))}});
        }
    }
    lists.insert(QStringLiteral("measures"), measures);

    if (!file.notices.isEmpty()) {
        const auto& notice = file.notices.last();
        v.insert(QStringLiteral("notice.preparedOn"), date(notice.preparedOn));
        v.insert(QStringLiteral("notice.servedOn"), date(notice.servedOn));
        v.insert(QStringLiteral("notice.ref"), ref(issuedOf(DocumentKind::Notice, notice.id)));
    }
    if (!file.objections.isEmpty()) {
        const auto& o = file.objections.last();
        v.insert(QStringLiteral("objection.receivedOn"), date(o.receivedOn));
        v.insert(QStringLiteral("objection.text"), o.text);
    }
    if (objection) {
        v.insert(QStringLiteral("objection.answeredOn"), date(objection->answeredOn));
        v.insert(QStringLiteral("objection.answerText"), objection->answerText);
        if (objection->outcome == domain::ObjectionOutcome::Upheld)
            v.insert(QStringLiteral("objection.upheld"), QStringLiteral("1"));
        v.insert(QStringLiteral("objection.ref"), ref(issuedOf(DocumentKind::ObjectionAnswer, objection->id)));
    }
    if (file.objections.isEmpty() && c.noticeServedOn.isValid())
        v.insert(QStringLiteral("objection.summary"), term(QStringLiteral("objection.none")));
    else if (objection && objection->outcome == domain::ObjectionOutcome::Rejected)
        v.insert(QStringLiteral("objection.summary"), term(QStringLiteral("objection.rejected")));
    if (!file.reExaminations.isEmpty()) {
        const auto& r = file.reExaminations.last();
        v.insert(QStringLiteral("reexam.submittedOn"), date(r.submittedOn));
        v.insert(QStringLiteral("reexam.submitText"), r.submitText);
    }
    if (reExamination) {
        v.insert(QStringLiteral("reexam.decidedOn"), date(reExamination->decidedOn));
        v.insert(QStringLiteral("reexam.text"), reExamination->decideText);
        if (reExamination->outcome == domain::ReExaminationOutcome::Approved) {
            v.insert(QStringLiteral("reexam.approved"), QStringLiteral("1"));
            v.insert(QStringLiteral("reexam.summary"), term(QStringLiteral("reexam.approved")));
        }
    }
    if (file.decision) {
        v.insert(QStringLiteral("decision.date"), date(file.decision->decidedOn));
        v.insert(QStringLiteral("decision.ref"), ref(issuedOf(DocumentKind::Decision, file.decision->id)));
        v.insert(QStringLiteral("list.from"), date(file.decision->listedFrom));
        v.insert(QStringLiteral("list.until"), date(file.decision->listedUntil));
    }
    if (restoration) {
        // Removal from a list; restoration of penalty information adds its record lines (restoration.record) and
        // its own kind, subject and effect terms.
        const QString restorationKind = QStringLiteral("list-removal");
        v.insert(QStringLiteral("restoration.appliedOn"), date(restoration->appliedOn));
        v.insert(QStringLiteral("restoration.correctedOn"), date(restoration->correctedOn));
        if (restoration->commitment)
            v.insert(QStringLiteral("restoration.commitment"), QStringLiteral("1"));
        v.insert(QStringLiteral("restoration.text"), restoration->decisionText);
        v.insert(QStringLiteral("restoration.decidedOn"), date(restoration->decidedOn));
        v.insert(QStringLiteral("restoration.dueOn"), date(restoration->dueOn));
        v.insert(QStringLiteral("restoration.basis"), v.value(QStringLiteral("list.standard")));
        v.insert(QStringLiteral("restoration.ref"), ref(issuedOf(DocumentKind::RestorationDecision, restoration->id)));
        if (restoration->stage == domain::RestorationStage::Granted ||
            restoration->stage == domain::RestorationStage::Revoked)
            v.insert(QStringLiteral("restoration.granted"), QStringLiteral("1"));
        v.insert(QStringLiteral("restoration.kind"), term(QStringLiteral("restoration.") + restorationKind));
        v.insert(QStringLiteral("restoration.subjectOf"),
                 term(QStringLiteral("restoration.") + restorationKind + QStringLiteral(".subject")));
        v.insert(QStringLiteral("restoration.effect"),
                 term(QStringLiteral("restoration.") + restorationKind + QStringLiteral(".effect")));
    }
    if (c.stage == domain::CaseStage::Removed) {
        v.insert(QStringLiteral("removal.date"), date(restoration ? restoration->decidedOn : c.closedOn));
        v.insert(QStringLiteral("removal.reason"), term(QStringLiteral("removal.granted")));
    } else if (c.stage == domain::CaseStage::Expired) {
        v.insert(QStringLiteral("removal.date"), date(c.closedOn.isValid() ? c.closedOn : c.listedUntil));
        v.insert(QStringLiteral("removal.reason"), term(QStringLiteral("removal.expired")));
    }
    // The note (附注) only when the organ gave contact details.
    if (v.value(QStringLiteral("organ.address")).isEmpty() && v.value(QStringLiteral("organ.contact")).isEmpty()) {
        QJsonObject json = composed.organ.json();
        json.insert(QStringLiteral("note"), QString());
        composed.organ = *DocumentTemplate::parse(QJsonDocument(json).toJson());
    }
    return composed;
}

DocumentService::Copy DocumentService::copyOf(const IssuedDocument& document, const DocumentTemplate& organ,
                                              const CaseFile& file, Channel channel, int copyNo,
                                              const QString& fingerprint, bool preview) const {
    Copy copy;
    copy.document = document;
    copy.channel = channel;
    copy.copyNo = copyNo;
    copy.fingerprint = fingerprint;
    copy.preview = preview;
    copy.text = document.text;
    const QJsonObject labels = organ.json().value(QStringLiteral("labels")).toObject();
    const auto label = [&](const char* key, const QString& placeholder, const QString& value) {
        return labels.value(QLatin1String(key)).toString().replace(placeholder, value);
    };
    if (channel == Channel::Public) {
        // The public copy: the identifier never in full, a natural person's name as 张*.
        QList<QPair<QString, QString>> masks;
        // A resident ID number as exchange::Masking shows it in public (110105********002X); a USCC in the same
        // shape (the organisation code in the middle hidden).
        const QString& id = file.subject.identifier;
        masks.append({id, file.subject.identifierKind == QLatin1String("resident-id") || id.size() <= 10
                              ? exchange::Masking::idWithRegionAndLastFour(id)
                              : id.left(6) + QString(id.size() - 10, QLatin1Char('*')) + id.right(4)});
        if (file.subject.kind == domain::SubjectKind::Individual)
            masks.append({file.subject.name, exchange::Masking::nameWithSurnameOnly(file.subject.name)});
        if (!file.subject.legalRepresentative.isEmpty())
            masks.append({file.subject.legalRepresentative,
                          exchange::Masking::nameWithSurnameOnly(file.subject.legalRepresentative)});
        copy.text = copy.text.withReplacements(masks);
        copy.marks.channelMark = labels.value(QStringLiteral("public")).toString();
    }
    copy.marks.footer = preview ? labels.value(QStringLiteral("preview")).toString()
                                : label("fingerprint", QStringLiteral("{fingerprint}"), fingerprint);
    if (copyNo > 0)
        copy.marks.copyMark = label("copy", QStringLiteral("{n}"), QString::number(copyNo));
    if (const QString page = labels.value(QStringLiteral("page")).toString(); !page.isEmpty())
        copy.marks.pageNumber = page;
    return copy;
}

Result<DocumentService::Copy> DocumentService::preview(qint64 caseId, DocumentKind kind, Channel channel) {
    auto ctx = context();
    if (!ctx)
        return ctx.error();
    auto file = readCase(*ctx, caseId, kind);
    if (!file)
        return file.error();
    auto composed = compose(*ctx, *file, kind);
    if (!composed)
        return m_session.refuse(kPrintEvent, caseObject(caseId), composed.error());
    QSqlDatabase db = ctx->vault().database();
    auto existing = DocumentStore::find(db, caseId, kind, composed->sourceId);
    if (!existing)
        return existing.error();
    if (*existing) {
        auto next = DocumentStore::nextCopyNo(db, (*existing)->id);
        if (!next)
            return next.error();
        return copyOf(**existing, composed->organ, *file, channel, *next, {}, true);
    }
    IssuedDocument draft;
    draft.caseId = caseId;
    draft.kind = kind;
    draft.sourceId = composed->sourceId;
    draft.organId = composed->organId;
    auto values = composed->values;
    values.values.insert(QStringLiteral("document.date"), documents::chineseDate(WC::today()));
    if (!composed->series.isEmpty())
        values.values.insert(QStringLiteral("document.number"),
                             QStringLiteral("%1〔%2〕　号").arg(composed->series).arg(WC::today().year()));
    draft.text = composed->document.compose(composed->organ, values);
    return copyOf(draft, composed->organ, *file, channel, 0, {}, true);
}

Result<DocumentService::Copy> DocumentService::print(qint64 caseId, DocumentKind kind, Channel channel, Output output,
                                                     const Render& render) {
    auto ctx = context();
    if (!ctx)
        return ctx.error();
    if (channel == Channel::Sharing)
        return Error::usage(tr("Documents are printed for the party (full identifier) or as a public copy."));
    if (channel == Channel::Public && kind == DocumentKind::ServiceProof)
        return m_session.refuse(kPrintEvent, caseObject(caseId),
                                Error::refused(tr("A proof of service is an internal record: it has no public copy.")));
    auto file = readCase(*ctx, caseId, kind);
    if (!file)
        return file.error();
    auto composed = compose(*ctx, *file, kind);
    if (!composed)
        return m_session.refuse(kPrintEvent, caseObject(caseId), composed.error());

    const domain::User& actor = ctx->actor();
    std::optional<Copy> made;
    Status done = ctx->vault().transact([&](QSqlDatabase& db) -> Status {
        auto existing = DocumentStore::find(db, caseId, kind, composed->sourceId);
        if (!existing)
            return existing.error();
        IssuedDocument document;
        if (*existing) {
            document = **existing;
        } else {
            const QDate today = WC::today();
            document.caseId = caseId;
            document.kind = kind;
            document.sourceId = composed->sourceId;
            document.organId = composed->organId;
            document.series = composed->series;
            document.year = today.year();
            document.issuedOn = today;
            document.issuedBy = actor.name;
            document.templateRef = composed->templateRef;
            if (!composed->series.isEmpty()) {
                auto seq = DocumentStore::takeNumber(db, document.organId, document.series, document.year);
                if (!seq)
                    return seq.error();
                document.seq = *seq;
                document.number = QStringLiteral("%1〔%2〕%3号").arg(document.series).arg(document.year).arg(*seq);
            }
            auto values = composed->values;
            values.values.insert(QStringLiteral("document.date"), documents::chineseDate(today));
            values.values.insert(QStringLiteral("document.number"), document.number);
            document.text = composed->document.compose(composed->organ, values);
            document.textSha256 = document.text.sha256();
            if (Status stored = DocumentStore::insert(db, document); !stored)
                return stored;
        }
        auto copyNo = DocumentStore::nextCopyNo(db, document.id);
        if (!copyNo)
            return copyNo.error();
        const QJsonObject payload{
            {QStringLiteral("document"), document.id},
            {QStringLiteral("kind"), documents::documentKindId(kind)},
            {QStringLiteral("number"), document.number},
            {QStringLiteral("copy"), *copyNo},
            {QStringLiteral("channel"), exchange::channelId(channel)},
            {QStringLiteral("output"), output == Output::Pdf ? QStringLiteral("pdf") : QStringLiteral("printer")},
            {QStringLiteral("template"), document.templateRef},
            {QStringLiteral("text_sha256"), document.textSha256}};
        auto position = audit::AuditLog::append(
            db, actor.name, *copyNo == 0 ? QStringLiteral("document.issue") : QStringLiteral("document.reprint"),
            caseObject(caseId), payload);
        if (!position)
            return position.error();
        documents::DocumentCopy copyRow;
        copyRow.documentId = document.id;
        copyRow.copyNo = *copyNo;
        copyRow.channel = exchange::channelId(channel);
        copyRow.output = output == Output::Pdf ? QStringLiteral("pdf") : QStringLiteral("printer");
        copyRow.printedAt = Clock::realNow();
        copyRow.printedBy = actor.name;
        copyRow.auditSeq = position->seq;
        copyRow.auditHash = position->hash;
        if (Status stored = DocumentStore::insertCopy(db, copyRow); !stored)
            return stored;
        const QString fingerprint = documents::DocumentFingerprint::of(position->seq, position->hash).text();
        made = copyOf(document, composed->organ, *file, channel, *copyNo, fingerprint, false);
        if (render) {
            auto painted = render(*made);
            if (!painted)
                return painted.error();
        }
        return {};
    });
    if (!done)
        return done.error();
    m_session.notifyChanged(QStringLiteral("case"), caseId);
    return std::move(*made);
}

Result<DocumentService::Copy> DocumentService::exportPdf(qint64 caseId, DocumentKind kind, Channel channel,
                                                         const QString& path) {
    if (!m_renderer)
        m_renderer = std::make_unique<documents::DocumentRenderer>();
    return print(caseId, kind, channel, Output::Pdf,
                 [&](const Copy& copy) -> Result<int> { return m_renderer->writePdf(copy.text, copy.marks, path); });
}

Result<QList<qint64>> DocumentService::noticesDueForService(QDate dueOn) {
    auto ctx = context();
    if (!ctx)
        return ctx.error();
    QSqlDatabase db = ctx->vault().database();
    workflow::DeadlineRegister::Query query;
    query.asOf = dueOn;
    query.within = 0;
    auto due = workflow::DeadlineRegister::due(db, query);
    if (!due)
        return due.error();
    QList<qint64> cases;
    for (const auto& item : *due) {
        const auto& deadline = item.deadline;
        if (deadline.kind != domain::DeadlineKind::NoticeService || deadline.dueOn != dueOn || deadline.caseId == 0)
            continue;
        auto theCase = CaseWorkflow::load(db, deadline.caseId);
        if (!theCase)
            return theCase.error();
        if (theCase->organId == ctx->actor().organ.id && !cases.contains(deadline.caseId))
            cases << deadline.caseId;
    }
    std::sort(cases.begin(), cases.end());
    return cases;
}

Result<DocumentService::Batch> DocumentService::printBatch(QDate dueOn, const QString& directory,
                                                           const Progress& progress) {
    auto cases = noticesDueForService(dueOn);
    if (!cases)
        return cases.error();
    if (!QDir().mkpath(directory))
        return Error::failure(tr("Cannot create the folder %1 for the notices.").arg(directory));
    auto shared = context();
    if (!shared)
        return shared.error();
    if (auto rules = shared->ruleBook(); !rules)
        return rules.error();
    m_batchContext = &*shared;
    const auto forget = qScopeGuard([this] { m_batchContext = nullptr; });
    if (!m_renderer)
        m_renderer = std::make_unique<documents::DocumentRenderer>();

    // The prints (acts on the vault) run here one after another, in order, so numbers, audit entries and stored
    // texts come out as a sequential batch would write them; the notices' PDFs are written by a pool of render
    // threads while the next prints are recorded. Rendering is most of a notice's cost: one render thread per core
    // keeps both cores of an office PC busy. The renderer is shared (each PDF has its own document, writer and
    // painter; only the measured letter spacing is shared, under its lock).
    documents::DocumentRenderer renderer(m_renderer->fonts());
    QThreadPool pool;
    pool.setMaxThreadCount(m_renderThreads > 0 ? m_renderThreads
                                               : std::clamp(QThread::idealThreadCount(), 1, kMaxDefaultRenderThreads));
    QMutex mutex;
    std::atomic<int> written{0};

    Batch batch;
    const int total = static_cast<int>(cases->size());
    const auto report = [&] { return !progress || progress(written.load(), total); };
    for (int first = 0; first < total && !batch.cancelled; first += kNoticesPerCommit) {
        const int end = std::min(total, first + kNoticesPerCommit);
        // One group: its prints share one transaction (one synchronous commit instead of one per notice), and its
        // PDFs are written under temporary names, moved into place only once the group is saved.
        QList<BatchItem> group;
        QList<std::optional<Error>> renderErrors(end - first);
        QStringList pending;
        bool cancelled = false;
        Status saved = m_session.vault().transact([&](QSqlDatabase&) -> Status {
            for (int i = first; i < end && !cancelled; ++i) {
                BatchItem item;
                item.caseId = cases->at(i);
                item.file = QDir(directory).filePath(QStringLiteral("%1-notice.pdf").arg(item.caseId));
                // A notice that fails is undone alone (a savepoint in this transaction); the group goes on.
                auto printed = print(item.caseId, DocumentKind::Notice, Channel::Internal, Output::Pdf, {});
                if (printed) {
                    item.number = printed->document.number;
                    item.fingerprint = printed->fingerprint;
                    const QString part = pendingFileOf(item.file);
                    pending << part;
                    pool.start([&, copy = printed.take(), part, index = i - first] {
                        auto pages = renderer.writePdf(copy.text, copy.marks, part);
                        if (!pages) {
                            QMutexLocker lock(&mutex);
                            renderErrors[index] = pages.error();
                        }
                        ++written;
                    });
                } else {
                    item.error = printed.error();
                    ++written;
                }
                group << item;
                cancelled = !report();
            }
            // Every PDF of the group is written before the group is saved; after a cancel, the PDFs not yet begun
            // are not written at all (the group is rolled back).
            if (cancelled)
                pool.clear();
            while (!pool.waitForDone(100)) {
                cancelled = !report() || cancelled;
                if (cancelled)
                    pool.clear();
            }
            if (cancelled)
                return service::Progress::cancelled();
            // A PDF that could not be written after its print was recorded: said in the result and in the audit
            // chain, in the group's transaction.
            for (qsizetype i = 0; i < group.size(); ++i) {
                if (!renderErrors.at(i))
                    continue;
                BatchItem& item = group[i];
                item.error = renderErrors.at(i);
                if (Status recorded = m_session.record(QStringLiteral("document.print.failed"), caseObject(item.caseId),
                                                       {{QStringLiteral("number"), item.number},
                                                        {QStringLiteral("fingerprint"), item.fingerprint},
                                                        {QStringLiteral("reason"), renderErrors.at(i)->message}});
                    !recorded)
                    return recorded;
            }
            return {};
        });
        if (!saved) {
            // Rolled back: the group's numbers are given back, its audit entries and stored texts are gone, and so
            // are its files.
            for (const QString& part : std::as_const(pending))
                QFile::remove(part);
            if (cancelled) {
                batch.cancelled = true;
                batch.rolledBack = static_cast<int>(group.size());
                break;
            }
            for (BatchItem& item : group) {
                if (!item.error)
                    item.error = Error::failure(
                        tr("Not printed: the group of notices it was in could not be saved and was rolled back "
                           "(%1).")
                            .arg(saved.error().message));
                item.number.clear();
                item.fingerprint.clear();
            }
            batch.items << group;
            break;
        }
        // Saved: the files take their names. One that cannot is reported and recorded like a PDF that failed.
        for (qsizetype i = 0; i < group.size(); ++i) {
            BatchItem& item = group[i];
            if (item.error)
                continue;
            if (Status placed = moveIntoPlace(pendingFileOf(item.file), item.file); !placed) {
                item.error = placed.error();
                (void)m_session.record(QStringLiteral("document.print.failed"), caseObject(item.caseId),
                                       {{QStringLiteral("number"), item.number},
                                        {QStringLiteral("fingerprint"), item.fingerprint},
                                        {QStringLiteral("reason"), placed.error().message}});
            }
        }
        batch.items << group;
    }
    report();
    return batch;
}

Result<DocumentService::Verification> DocumentService::verify(const QString& fingerprintText) {
    const auto fingerprint = documents::DocumentFingerprint::parse(fingerprintText);
    if (!fingerprint)
        return Error::usage(tr("\"%1\" is not a document fingerprint: it looks like 1042-7F3K-9QX2 (the number "
                               "before the first dash, then eight letters and digits).")
                                .arg(fingerprintText));
    auto ctx = context();
    if (!ctx)
        return ctx.error();
    Verification result;
    result.fingerprint = fingerprint->text();
    // Everything is read first; only the inquiry is written, in a short transaction of its own (the chain check
    // reads the whole chain and must not hold other writers back meanwhile).
    qint64 subjectId = 0;
    const auto check = [&](QSqlDatabase& db) -> Status {
        result.chainIntact = audit::AuditLog::verify(db).intact;
        auto entry = DocumentStore::auditEntry(db, fingerprint->auditSeq);
        if (!entry)
            return entry.error();
        if (!*entry) {
            result.problem = tr("The audit chain has no entry %1: this fingerprint was not issued by this vault.")
                                 .arg(fingerprint->auditSeq);
            return {};
        }
        if (!fingerprint->matchesHash((*entry)->hash)) {
            result.problem = tr("The fingerprint does not match entry %1 of the audit chain: the page was not "
                                "printed from this vault, or the fingerprint was misread.")
                                 .arg(fingerprint->auditSeq);
            return {};
        }
        auto copy = DocumentStore::copyByAuditSeq(db, fingerprint->auditSeq);
        if (!copy)
            return copy.error();
        if (!*copy || (*copy)->auditHash != (*entry)->hash) {
            result.problem =
                tr("Entry %1 of the audit chain is not the print of a document.").arg(fingerprint->auditSeq);
            return {};
        }
        auto document = DocumentStore::load(db, (*copy)->documentId);
        if (!document)
            return document.error();
        result.kind = document->kind;
        result.number = document->number;
        result.caseId = document->caseId;
        result.copyNo = (*copy)->copyNo;
        result.channel = (*copy)->channel;
        result.issuedOn = document->issuedOn;
        result.issuedBy = document->issuedBy;
        result.printedAt = (*copy)->printedAt;
        result.printedBy = (*copy)->printedBy;
        const QJsonObject payload = QJsonDocument::fromJson((*entry)->payload.toUtf8()).object();
        const QString digest = sha256Hex(document->text.serialized());
        if (digest != document->textSha256 ||
            payload.value(QStringLiteral("text_sha256")).toString() != document->textSha256) {
            result.problem = tr("The stored text of document %1 no longer matches the digest recorded when it was "
                                "printed: the record was altered.")
                                 .arg(document->number.isEmpty() ? QString::number(document->id) : document->number);
            return {};
        }
        if (!result.chainIntact) {
            result.problem = tr("The document matches its entry, but the audit chain is broken elsewhere: run "
                                "\"creditcase-cli audit verify\".");
            return {};
        }
        result.genuine = true;
        auto theCase = CaseWorkflow::load(db, document->caseId);
        if (!theCase)
            return theCase.error();
        subjectId = theCase->subjectId;
        return {};
    };
    QSqlDatabase reader = ctx->vault().database();
    if (Status checked = check(reader); !checked)
        return checked.error();
    if (result.genuine) {
        Status registered = ctx->vault().transact([&](QSqlDatabase& db) -> Status {
            auto inquiry = audit::InquiryRegister::record(db, ctx->actor().name, caseObject(result.caseId),
                                                          QStringLiteral("subject:%1").arg(subjectId),
                                                          tr("checking a printed document against the vault"));
            if (!inquiry)
                return inquiry.error();
            return {};
        });
        if (!registered)
            return registered.error();
    }
    return result;
}

Result<DocumentTemplate> DocumentService::currentTemplate(const QString& name, QString* source) {
    auto ctx = context();
    if (!ctx)
        return ctx.error();
    if (name != DocumentTemplate::organTemplateName && !documents::documentKindFromId(name))
        return Error::usage(tr("There is no document template \"%1\".").arg(name));
    QSqlDatabase db = ctx->vault().database();
    return templateFor(db, ctx->actor().organ.id, name, source);
}

Result<int> DocumentService::adaptTemplate(const QString& name, const QByteArray& json) {
    const QString object = QStringLiteral("template:") + name;
    auto admin = m_session.requireRole({domain::Role::Administrator}, QStringLiteral("document.template"), object,
                                       tr("%1 (%2) may not change document templates: that is for administrators."));
    if (!admin)
        return admin.error();
    if (name != DocumentTemplate::organTemplateName && !documents::documentKindFromId(name))
        return Error::usage(tr("There is no document template \"%1\".").arg(name));
    auto parsed = DocumentTemplate::parse(json);
    if (!parsed)
        return parsed.error();
    if (parsed->name() != name)
        return Error::usage(tr("The template names itself \"%1\", not \"%2\".").arg(parsed->name(), name));
    QStringList unknown;
    for (const QString& key : parsed->placeholders()) {
        const bool known = name == DocumentTemplate::organTemplateName
                               ? (key.startsWith(QStringLiteral("organ.")) || key == QLatin1String("n") ||
                                  key == QLatin1String("fingerprint") || knownKeys().contains(key))
                               : knownKeys().contains(key);
        if (!known)
            unknown << key;
    }
    if (!unknown.isEmpty()) {
        std::sort(unknown.begin(), unknown.end());
        return Error::usage(tr("The template uses values no document has: %1. Nothing was stored.")
                                .arg(unknown.join(QStringLiteral(", "))));
    }
    std::optional<int> version;
    Status done = m_session.vault().transact([&](QSqlDatabase& db) -> Status {
        auto stored = DocumentStore::storeTemplate(db, admin->organ.id, name, parsed->text(), admin->name);
        if (!stored)
            return stored.error();
        version = *stored;
        auto logged = audit::AuditLog::append(db, admin->name, QStringLiteral("document.template"), object,
                                              {{QStringLiteral("organ"), admin->organ.id},
                                               {QStringLiteral("version"), *stored},
                                               {QStringLiteral("sha256"), sha256Hex(parsed->text())}});
        if (!logged)
            return logged.error();
        return {};
    });
    if (!done)
        return done.error();
    return *version;
}

} // namespace creditcase::service
