#include "RuleValue.h"

#include <QLocale>

namespace creditcase::rules {

QString markId(Mark mark) {
    switch (mark) {
    case Mark::Verified:
        return QStringLiteral("V");
    case Mark::Secondary:
        return QStringLiteral("V2");
    case Mark::Unverified:
        return QStringLiteral("U");
    }
    return {};
}

std::optional<Mark> markFromId(const QString& id) {
    for (auto mark : {Mark::Verified, Mark::Secondary, Mark::Unverified}) {
        if (markId(mark) == id)
            return mark;
    }
    return std::nullopt;
}

Mark weakerMark(Mark a, Mark b) {
    // The enumerators are ordered from strongest to weakest.
    return static_cast<int>(a) >= static_cast<int>(b) ? a : b;
}

QString localizedText(const QString& english, const QString& chinese) {
    if (!chinese.isEmpty() && (QLocale().language() == QLocale::Chinese || english.isEmpty()))
        return chinese;
    return english;
}

QString Citation::display() const {
    return QStringLiteral("%1 [%2]").arg(localizedText(text, textZh), markId(mark));
}

QStringList displayCitations(const QList<Citation>& citations) {
    QStringList out;
    out.reserve(citations.size());
    for (const auto& citation : citations)
        out << citation.display();
    return out;
}

QString SourcedText::localized() const {
    return localizedText(text, textZh);
}

} // namespace creditcase::rules
