#pragma once

#include "CatalogEdition.h"
#include "DisclosureRegime.h"
#include "LegalBases.h"
#include "ListType.h"
#include "MeasuresEdition.h"
#include "ProcedureLimit.h"
#include "RuleValue.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>
#include <optional>
#include <variant>

namespace creditcase::rules {

// What a rule file holds. One file = one document = one (kind, edition, version).
enum class DocumentKind { Catalog, Measures, ListTypes, DisclosureRegimes, ProcedureLimits, LegalBases };

// "catalog", "measures", "list-types", "disclosure-regimes", "procedure-limits", "legal-bases" as in the files.
QString documentKindId(DocumentKind kind);
std::optional<DocumentKind> documentKindFromId(const QString& id);

// Which document a case was decided under. Stored with the case; RuleSet::pinnedTo() gives the rules back.
struct EditionRef {
    DocumentKind kind = DocumentKind::Catalog;
    QString edition;
    int version = 0;

    QString display() const; // "catalog 2021 v1"
    bool operator==(const EditionRef& other) const = default;
};

// Where a document was published.
struct DocumentSource {
    QString document; // document number, e.g. "发改财金规〔2024〕203号"
    QString issuer;
    QDate date;
    QString url;
    QString note;
    Mark mark = Mark::Unverified;
};

// A reference from one file to an entity in another (checked when documents are combined into a RuleSet).
struct RuleReference {
    DocumentKind targetKind = DocumentKind::Measures;
    QString targetId; // measure id, procedure-limit id, standard-form id...
    QString jsonPath; // where the reference is written, for the error message
};

// One parsed, validated rule file. Keeps its original bytes so the vault can store exactly what was imported and
// parse it again on load.
struct RuleDocument {
    DocumentKind kind = DocumentKind::Catalog;
    QString edition; // e.g. "2021"
    int version = 0; // corrections to an edition raise the version
    QString title;   // Chinese
    QString titleEn;
    DocumentSource source;
    RuleValue<QDate> effectiveFrom;
    std::optional<RuleValue<QDate>> effectiveUntil; // last day in force
    QString fileName;
    QByteArray bytes;  // the file as imported
    QByteArray sha256; // hex digest of bytes
    std::variant<CatalogEdition, MeasuresEdition, ListTypeEdition, RegimeEdition, ProcedureLimitEdition,
                 LegalBasesEdition>
        content;
    QList<RuleReference> references;

    EditionRef ref() const { return EditionRef{kind, edition, version}; }
    bool inForceOn(QDate date) const;

    const CatalogEdition* catalog() const { return std::get_if<CatalogEdition>(&content); }
    const MeasuresEdition* measures() const { return std::get_if<MeasuresEdition>(&content); }
    const ListTypeEdition* listTypes() const { return std::get_if<ListTypeEdition>(&content); }
    const RegimeEdition* regimes() const { return std::get_if<RegimeEdition>(&content); }
    const ProcedureLimitEdition* procedureLimits() const { return std::get_if<ProcedureLimitEdition>(&content); }
    const LegalBasesEdition* legalBases() const { return std::get_if<LegalBasesEdition>(&content); }
};

} // namespace creditcase::rules
