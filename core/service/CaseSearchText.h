#pragma once

#include <QString>

namespace creditcase::service {

// What a case search types into the FTS4 index of migration 0005 (table case_search). FTS4's simple tokenizer keeps
// a run of Chinese characters as one token, so the index holds every searchable text as its overlapping character
// bigrams followed by its last character ("示范食品" -> "示范 范食 食品 品"), written by SQL triggers; a search
// transforms what was typed the same way and asks for the phrase, which matches exactly where the typed text occurs
// inside the name or the document number (the query is the bigrams alone). One typed character is a prefix query.
// Identifiers are indexed whole and matched by prefix; eight or more Latin letters and digits are taken for an
// identifier only. Both transformations must stay identical to the SQL in
// 0005_case_lists.sql.
class CaseSearchText {
public:
    // The bigram form of text, as the migration's triggers index it.
    static QString grams(const QString& text);
    // The MATCH expression for what a user typed; empty when nothing searchable is left (only quotes, spaces).
    static QString matchExpression(const QString& typed);
    // The case number when the typed text is one (digits only), else 0.
    static qint64 caseNumber(const QString& typed);
};

} // namespace creditcase::service
