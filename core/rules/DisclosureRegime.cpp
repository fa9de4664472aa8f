#include "DisclosureRegime.h"

namespace creditcase::rules {

bool DisclosureRegime::inForceOn(QDate date) const {
    if (!effectiveFrom.value.isValid() || date < effectiveFrom.value)
        return false;
    return !effectiveUntil || date <= effectiveUntil->value;
}

const RegimePeriod* DisclosureRegime::period(domain::Severity severity) const {
    for (const auto& candidate : periods) {
        if (candidate.severity == severity)
            return &candidate;
    }
    return nullptr;
}

Citation DisclosureRegime::citation() const {
    return Citation{titleEn.isEmpty() ? document : QStringLiteral("%1 (%2)").arg(document, titleEn), title,
                    effectiveFrom.mark};
}

const DisclosureRegime* RegimeEdition::regime(const QString& id) const {
    for (const auto& candidate : regimes) {
        if (candidate.id == id)
            return &candidate;
    }
    return nullptr;
}

} // namespace creditcase::rules
