#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace creditcase::rules {

// How far a rule value has been checked (DOMAIN.md "Marks"). Every value in the rule data carries one, and the app
// shows it wherever it uses the value.
enum class Mark {
    Verified,   // [V]  read in the statute or official text
    Secondary,  // [V2] read only in a secondary source (mirror, provincial rule, report)
    Unverified, // [U]  unverified recollection or a documented example standing in for a missing number
};

// "V", "V2", "U" as in the rule files.
QString markId(Mark mark);
std::optional<Mark> markFromId(const QString& id);
// The weaker of two marks (U < V2 < V): a conclusion is only as verified as its weakest input.
Mark weakerMark(Mark a, Mark b);

// A provision a verdict or a value rests on, with its verification mark.
struct Citation {
    QString text;   // e.g. "Guiding Opinions (2020 draft) II(2)"; English form from the rule data
    QString textZh; // Chinese form where the rule data has one
    Mark mark = Mark::Unverified;

    // The citation in the current UI language, followed by its mark: "Guiding Opinions (2020 draft) II(2) [V]".
    QString display() const;
    bool operator==(const Citation& other) const = default;
};

QStringList displayCitations(const QList<Citation>& citations);

// A value from the rule data together with where it comes from.
template <typename T> struct RuleValue {
    T value{};
    QString source; // article or document the value was read in
    Mark mark = Mark::Unverified;

    Citation citation() const { return Citation{source, {}, mark}; }
};

// A piece of legal text (a condition, a procedure step, a relief) with its source and mark.
struct SourcedText {
    QString text;   // English
    QString textZh; // Chinese (official wording where available)
    QString source;
    Mark mark = Mark::Unverified;

    // Chinese if the default locale is Chinese and a Chinese text exists, English otherwise.
    QString localized() const;
    Citation citation() const { return Citation{source, {}, mark}; }
};

// Picks the Chinese or English form of a rule-data string for the current default locale.
QString localizedText(const QString& english, const QString& chinese);

} // namespace creditcase::rules
