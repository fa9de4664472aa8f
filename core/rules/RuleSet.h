#pragma once

#include "Result.h"
#include "RuleDocument.h"
#include "RuleImporter.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <memory>
#include <optional>

namespace creditcase::rules {

// Every loaded rule document: all kinds, all editions, all versions. Immutable: adding a document returns a new
// set, so a refused import changes nothing, and copies are cheap (documents are shared).
//
// Which document answers a question on a date: for a kind, the editions whose effective period contains the date;
// of those the one that took effect last; of that edition the highest version. A case decided earlier keeps its
// answers by pinning the editions it was decided under (pinnedTo).
// The remedies a decision document must state (Guiding Opinions IV(8)): administrative reconsideration and
// litigation. Either may be nullptr when the procedure limits in force do not carry it. (The longer periods that
// apply when a decision fails to state its remedies, ARL Art. 20 para. 3 and 法释〔2018〕1号 Art. 64, are not in
// the rule data: every decision document CreditCase issues states them.)
struct RemedyLimits {
    const ProcedureLimit* reconsideration = nullptr; // "reconsideration": ARL (2023) Art. 20
    const ProcedureLimit* litigation = nullptr;      // "litigation": ALL Art. 46

    bool complete() const { return reconsideration && litigation; }
};

class RuleSet {
    Q_DECLARE_TR_FUNCTIONS(RuleSet)

public:
    RuleSet() = default;

    // The rule files shipped with the app (":/rules/*.json", not subfolders). Failure means a broken build.
    static Result<RuleSet> builtIn();
    // Resource paths of the shipped rule files, sorted.
    static QStringList builtInFiles();

    // Combines documents (e.g. parsed from the vault's stored blobs), checking references between files and
    // version clashes. Failure: Usage error listing every problem as "file: json.path: what"; nothing is built.
    static Result<RuleSet> fromDocuments(const QList<RuleDocument>& documents, QList<RuleProblem>* problems = nullptr);

    // A copy of this set with one more document, or the problems that stop it. Re-adding a document with the same
    // (kind, edition, version) and identical bytes is a no-op; different bytes under the same version are refused
    // (raise the version). Failure leaves this set as it was.
    Result<RuleSet> withDocument(const RuleDocument& document, QList<RuleProblem>* problems = nullptr) const;

    // Only the named documents: the rules a case was decided under. Refused if one is not loaded.
    Result<RuleSet> pinnedTo(const QList<EditionRef>& editions) const;

    bool isEmpty() const { return m_documents.isEmpty(); }
    // All documents, sorted by kind, edition, version.
    QList<const RuleDocument*> documents() const;
    QList<EditionRef> editions(std::optional<DocumentKind> kind = std::nullopt) const;
    const RuleDocument* document(const EditionRef& edition) const;
    // Highest version of an edition; nullptr if the edition is not loaded.
    const RuleDocument* latest(DocumentKind kind, const QString& edition) const;
    // The document of a kind that is in force on a date (see above); nullptr if none.
    const RuleDocument* inForce(DocumentKind kind, QDate on) const;
    // One EditionRef per kind in force on a date: what a decision taken that day should record.
    QList<EditionRef> editionsInForce(QDate on) const;

    // Listings (for `rules catalog|measures|lists|regimes [--edition E] [--on DATE]`): by edition (latest version)
    // or by date. nullptr if there is none.
    const CatalogEdition* catalog(const QString& edition) const;
    const CatalogEdition* catalogOn(QDate on) const;
    const MeasuresEdition* measures(const QString& edition) const;
    const MeasuresEdition* measuresOn(QDate on) const;
    const ListTypeEdition* listTypes(const QString& edition) const;
    const ListTypeEdition* listTypesOn(QDate on) const;
    const RegimeEdition* regimes(const QString& edition) const;
    const RegimeEdition* regimesOn(QDate on) const;
    const ProcedureLimitEdition* procedureLimitsOn(QDate on) const;
    const LegalBasesEdition* legalBasesOn(QDate on) const;
    // A general procedure limit in force on a date by id; nullptr if none.
    const ProcedureLimit* procedureLimit(const QString& id, QDate on) const;
    // The remedy periods in force on a date, for decision documents.
    RemedyLimits remedyLimitsOn(QDate on) const;

private:
    static QList<RuleProblem> checkReferences(const QList<std::shared_ptr<const RuleDocument>>& documents);
    static QList<RuleProblem> checkClashes(const QList<std::shared_ptr<const RuleDocument>>& documents);

    QList<std::shared_ptr<const RuleDocument>> m_documents;
};

} // namespace creditcase::rules
