#include "ListType.h"

namespace creditcase::rules {

QString ListTerm::kindId(Kind kind) {
    switch (kind) {
    case Kind::Fixed:
        return QStringLiteral("fixed");
    case Kind::UntilPerformed:
        return QStringLiteral("until-performed");
    }
    return {};
}

std::optional<ListTerm::Kind> ListTerm::kindFromId(const QString& id) {
    for (auto kind : {Kind::Fixed, Kind::UntilPerformed}) {
        if (kindId(kind) == id)
            return kind;
    }
    return std::nullopt;
}

const ListTerm* ListType::term(const QString& ground) const {
    for (const auto& candidate : terms) {
        if (candidate.appliesToGround(ground))
            return &candidate;
    }
    return nullptr;
}

QStringList ListType::grounds() const {
    QStringList out;
    for (const auto& candidate : terms) {
        for (const auto& ground : candidate.grounds) {
            if (!out.contains(ground))
                out << ground;
        }
    }
    return out;
}

const NamedLimit* ListType::limit(const QString& id) const {
    for (const auto& candidate : otherLimits) {
        if (candidate.id == id)
            return &candidate;
    }
    return nullptr;
}

const NamedCondition* ListType::nonRestorableProvision(const QString& id) const {
    for (const auto& candidate : nonRestorable) {
        if (candidate.id == id)
            return &candidate;
    }
    return nullptr;
}

const ListType* ListTypeEdition::listType(const QString& id) const {
    for (const auto& candidate : listTypes) {
        if (candidate.id == id)
            return &candidate;
    }
    return nullptr;
}

} // namespace creditcase::rules
