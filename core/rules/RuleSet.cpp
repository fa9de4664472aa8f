#include "RuleSet.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <algorithm>

namespace creditcase::rules {

namespace {

bool sortsBefore(const RuleDocument& a, const RuleDocument& b) {
    if (a.kind != b.kind)
        return a.kind < b.kind;
    if (a.edition != b.edition)
        return a.edition < b.edition;
    return a.version < b.version;
}

// Does any loaded document of the target kind define this id?
bool defines(const RuleDocument& doc, const RuleReference& ref) {
    switch (ref.targetKind) {
    case DocumentKind::Measures:
        return doc.measures() && doc.measures()->measure(ref.targetId);
    case DocumentKind::ProcedureLimits:
        return doc.procedureLimits() && doc.procedureLimits()->limit(ref.targetId);
    case DocumentKind::LegalBases:
        return doc.legalBases() && doc.legalBases()->standardForm(ref.targetId);
    case DocumentKind::Catalog:
        return doc.catalog() && doc.catalog()->item(ref.targetId);
    case DocumentKind::ListTypes:
        return doc.listTypes() && doc.listTypes()->listType(ref.targetId);
    case DocumentKind::DisclosureRegimes:
        return doc.regimes() && doc.regimes()->regime(ref.targetId);
    }
    return false;
}

QString targetName(DocumentKind kind) {
    switch (kind) {
    case DocumentKind::Measures:
        return RuleSet::tr("measure");
    case DocumentKind::ProcedureLimits:
        return RuleSet::tr("procedure limit");
    case DocumentKind::LegalBases:
        return RuleSet::tr("standard form");
    case DocumentKind::Catalog:
        return RuleSet::tr("catalogue item");
    case DocumentKind::ListTypes:
        return RuleSet::tr("list type");
    case DocumentKind::DisclosureRegimes:
        return RuleSet::tr("disclosure regime");
    }
    return {};
}

} // namespace

QStringList RuleSet::builtInFiles() {
    QStringList files;
    const QDir dir(QStringLiteral(":/rules"));
    for (const auto& name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
        files << dir.filePath(name);
    return files;
}

Result<RuleSet> RuleSet::builtIn() {
    const QStringList files = builtInFiles();
    if (files.isEmpty())
        return Error::corrupt(tr("No rule files are built into this program (\":/rules\" is empty)."));
    QList<RuleDocument> documents;
    QList<RuleProblem> problems;
    for (const auto& path : files) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return Error::failure(tr("Cannot read the built-in rule file %1.").arg(path));
        QList<RuleProblem> fileProblems;
        auto doc = RuleImporter::parse(file.readAll(), QFileInfo(path).fileName(), &fileProblems);
        if (doc)
            documents << doc.take();
        problems << fileProblems;
    }
    if (!problems.isEmpty())
        return RuleImporter::toError(problems);
    return fromDocuments(documents);
}

QList<RuleProblem> RuleSet::checkReferences(const QList<std::shared_ptr<const RuleDocument>>& documents) {
    QList<RuleProblem> problems;
    for (const auto& doc : documents) {
        for (const auto& ref : doc->references) {
            const bool found = std::any_of(documents.begin(), documents.end(),
                                           [&](const auto& other) { return defines(*other, ref); });
            if (!found)
                problems << RuleProblem{
                    doc->fileName, ref.jsonPath,
                    tr("names %1 \"%2\", which no loaded %3 file defines")
                        .arg(targetName(ref.targetKind), ref.targetId, documentKindId(ref.targetKind))};
        }
    }
    return problems;
}

QList<RuleProblem> RuleSet::checkClashes(const QList<std::shared_ptr<const RuleDocument>>& documents) {
    QList<RuleProblem> problems;
    for (qsizetype i = 0; i < documents.size(); ++i) {
        const auto& a = *documents.at(i);
        for (qsizetype j = 0; j < i; ++j) {
            const auto& b = *documents.at(j);
            if (a.kind != b.kind)
                continue;
            if (a.edition == b.edition && a.version == b.version) {
                problems << RuleProblem{a.fileName, QStringLiteral("$.version"),
                                        tr("%1 is already loaded (from %2) with different content; give the "
                                           "corrected file a higher version")
                                            .arg(a.ref().display(), b.fileName)};
            } else if (a.edition != b.edition && a.effectiveFrom.value == b.effectiveFrom.value) {
                problems << RuleProblem{a.fileName, QStringLiteral("$.effectiveFrom.date"),
                                        tr("edition %1 takes effect on the same day as edition %2 (%3); which one "
                                           "is in force would be ambiguous")
                                            .arg(a.edition, b.edition, a.effectiveFrom.value.toString(Qt::ISODate))};
            }
        }
    }
    return problems;
}

Result<RuleSet> RuleSet::fromDocuments(const QList<RuleDocument>& documents, QList<RuleProblem>* problemsOut) {
    RuleSet set;
    for (const auto& doc : documents) {
        const bool duplicate = std::any_of(set.m_documents.begin(), set.m_documents.end(), [&](const auto& existing) {
            return existing->ref() == doc.ref() && existing->sha256 == doc.sha256;
        });
        if (!duplicate)
            set.m_documents << std::make_shared<const RuleDocument>(doc);
    }
    QList<RuleProblem> problems = checkClashes(set.m_documents);
    problems << checkReferences(set.m_documents);
    if (problemsOut)
        *problemsOut = problems;
    if (!problems.isEmpty())
        return RuleImporter::toError(problems);
    std::sort(set.m_documents.begin(), set.m_documents.end(),
              [](const auto& a, const auto& b) { return sortsBefore(*a, *b); });
    return set;
}

Result<RuleSet> RuleSet::withDocument(const RuleDocument& document, QList<RuleProblem>* problems) const {
    QList<RuleDocument> all;
    all.reserve(m_documents.size() + 1);
    for (const auto& doc : m_documents)
        all << *doc;
    all << document;
    return fromDocuments(all, problems);
}

Result<RuleSet> RuleSet::pinnedTo(const QList<EditionRef>& editions) const {
    RuleSet pinned;
    for (const auto& ref : editions) {
        const auto it =
            std::find_if(m_documents.begin(), m_documents.end(), [&](const auto& doc) { return doc->ref() == ref; });
        if (it == m_documents.end())
            return Error::notFound(
                tr("The rules %1 that this case was decided under are not loaded; import that edition again.")
                    .arg(ref.display()));
        pinned.m_documents << *it;
    }
    return pinned;
}

QList<const RuleDocument*> RuleSet::documents() const {
    QList<const RuleDocument*> out;
    for (const auto& doc : m_documents)
        out << doc.get();
    return out;
}

QList<EditionRef> RuleSet::editions(std::optional<DocumentKind> kind) const {
    QList<EditionRef> out;
    for (const auto& doc : m_documents) {
        if (!kind || doc->kind == *kind)
            out << doc->ref();
    }
    return out;
}

const RuleDocument* RuleSet::document(const EditionRef& edition) const {
    for (const auto& doc : m_documents) {
        if (doc->ref() == edition)
            return doc.get();
    }
    return nullptr;
}

const RuleDocument* RuleSet::latest(DocumentKind kind, const QString& edition) const {
    const RuleDocument* best = nullptr;
    for (const auto& doc : m_documents) {
        if (doc->kind == kind && doc->edition == edition && (!best || doc->version > best->version))
            best = doc.get();
    }
    return best;
}

const RuleDocument* RuleSet::inForce(DocumentKind kind, QDate on) const {
    const RuleDocument* best = nullptr;
    for (const auto& doc : m_documents) {
        if (doc->kind != kind)
            continue;
        const RuleDocument* current = latest(kind, doc->edition);
        if (current != doc.get() || !current->inForceOn(on))
            continue;
        if (!best || current->effectiveFrom.value > best->effectiveFrom.value)
            best = current;
    }
    return best;
}

QList<EditionRef> RuleSet::editionsInForce(QDate on) const {
    QList<EditionRef> out;
    for (auto kind : {DocumentKind::Catalog, DocumentKind::Measures, DocumentKind::ListTypes,
                      DocumentKind::DisclosureRegimes, DocumentKind::ProcedureLimits, DocumentKind::LegalBases}) {
        if (const auto* doc = inForce(kind, on))
            out << doc->ref();
    }
    return out;
}

const CatalogEdition* RuleSet::catalog(const QString& edition) const {
    const auto* doc = latest(DocumentKind::Catalog, edition);
    return doc ? doc->catalog() : nullptr;
}

const CatalogEdition* RuleSet::catalogOn(QDate on) const {
    const auto* doc = inForce(DocumentKind::Catalog, on);
    return doc ? doc->catalog() : nullptr;
}

const MeasuresEdition* RuleSet::measures(const QString& edition) const {
    const auto* doc = latest(DocumentKind::Measures, edition);
    return doc ? doc->measures() : nullptr;
}

const MeasuresEdition* RuleSet::measuresOn(QDate on) const {
    const auto* doc = inForce(DocumentKind::Measures, on);
    return doc ? doc->measures() : nullptr;
}

const ListTypeEdition* RuleSet::listTypes(const QString& edition) const {
    const auto* doc = latest(DocumentKind::ListTypes, edition);
    return doc ? doc->listTypes() : nullptr;
}

const ListTypeEdition* RuleSet::listTypesOn(QDate on) const {
    const auto* doc = inForce(DocumentKind::ListTypes, on);
    return doc ? doc->listTypes() : nullptr;
}

const RegimeEdition* RuleSet::regimes(const QString& edition) const {
    const auto* doc = latest(DocumentKind::DisclosureRegimes, edition);
    return doc ? doc->regimes() : nullptr;
}

const RegimeEdition* RuleSet::regimesOn(QDate on) const {
    const auto* doc = inForce(DocumentKind::DisclosureRegimes, on);
    return doc ? doc->regimes() : nullptr;
}

const ProcedureLimitEdition* RuleSet::procedureLimitsOn(QDate on) const {
    const auto* doc = inForce(DocumentKind::ProcedureLimits, on);
    return doc ? doc->procedureLimits() : nullptr;
}

const LegalBasesEdition* RuleSet::legalBasesOn(QDate on) const {
    const auto* doc = inForce(DocumentKind::LegalBases, on);
    return doc ? doc->legalBases() : nullptr;
}

const ProcedureLimit* RuleSet::procedureLimit(const QString& id, QDate on) const {
    const auto* limits = procedureLimitsOn(on);
    return limits ? limits->limit(id) : nullptr;
}

RemedyLimits RuleSet::remedyLimitsOn(QDate on) const {
    RemedyLimits out;
    out.reconsideration = procedureLimit(QStringLiteral("reconsideration"), on);
    out.litigation = procedureLimit(QStringLiteral("litigation"), on);
    return out;
}

} // namespace creditcase::rules
