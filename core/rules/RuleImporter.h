#pragma once

#include "Result.h"
#include "RuleDocument.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace creditcase::rules {

class RuleSet;

// One thing wrong with a rule file: which file, where in it (a JSON path such as "$.items[3].mark") and what.
struct RuleProblem {
    QString file;
    QString path;
    QString what;

    QString toString() const { return QStringLiteral("%1: %2: %3").arg(file, path, what); }
};

// Reads rule files (resources/rules/*.json, or a file an administrator imports) into RuleDocuments. A file is
// checked as a whole: types, required fields, marks (V, V2, U), dates, duplicate ids, references inside the file
// and consistency (e.g. an item that is "not-disclosed" with a disclosure period). Every problem is reported, not
// only the first.
class RuleImporter {
    Q_DECLARE_TR_FUNCTIONS(RuleImporter)

public:
    // Parses one file. Failure: an Error of kind Usage whose message lists every problem, one per line, as
    // "file: json.path: what is wrong"; `problems`, if given, receives the same list. Nothing is kept on failure.
    // References to other files (measures named by a list type...) are only recorded here and checked by RuleSet.
    static Result<RuleDocument> parse(const QByteArray& bytes, const QString& fileName,
                                      QList<RuleProblem>* problems = nullptr);

    // Parses a file and adds it to a copy of `rules` (RuleSet::withDocument: cross-file references, version
    // clashes). Failure leaves `rules` untouched and returns every problem as above. This is what
    // `creditcase-cli rules import FILE` runs before the vault stores the bytes.
    static Result<RuleSet> importInto(const RuleSet& rules, const QByteArray& bytes, const QString& fileName,
                                      QList<RuleProblem>* problems = nullptr);

    // Joins problems into the message of an Error of kind Usage.
    static Error toError(const QList<RuleProblem>& problems);
};

} // namespace creditcase::rules
