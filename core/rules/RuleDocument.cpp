#include "RuleDocument.h"

namespace creditcase::rules {

QString documentKindId(DocumentKind kind) {
    switch (kind) {
    case DocumentKind::Catalog:
        return QStringLiteral("catalog");
    case DocumentKind::Measures:
        return QStringLiteral("measures");
    case DocumentKind::ListTypes:
        return QStringLiteral("list-types");
    case DocumentKind::DisclosureRegimes:
        return QStringLiteral("disclosure-regimes");
    case DocumentKind::ProcedureLimits:
        return QStringLiteral("procedure-limits");
    case DocumentKind::LegalBases:
        return QStringLiteral("legal-bases");
    }
    return {};
}

std::optional<DocumentKind> documentKindFromId(const QString& id) {
    for (auto kind : {DocumentKind::Catalog, DocumentKind::Measures, DocumentKind::ListTypes,
                      DocumentKind::DisclosureRegimes, DocumentKind::ProcedureLimits, DocumentKind::LegalBases}) {
        if (documentKindId(kind) == id)
            return kind;
    }
    return std::nullopt;
}

QString EditionRef::display() const {
    return QStringLiteral("%1 %2 v%3").arg(documentKindId(kind), edition, QString::number(version));
}

bool RuleDocument::inForceOn(QDate date) const {
    if (!effectiveFrom.value.isValid() || date < effectiveFrom.value)
        return false;
    return !effectiveUntil || date <= effectiveUntil->value;
}

} // namespace creditcase::rules
