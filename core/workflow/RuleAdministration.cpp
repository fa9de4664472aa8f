#include "RuleAdministration.h"

#include "audit/AuditLog.h"
#include "rules/RuleImporter.h"
#include "storage/SqlError.h"
#include "workflow/DeadlineRegister.h"
#include "workflow/UserAdministration.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <optional>

namespace creditcase::workflow {

namespace {

struct StoredDocument {
    QString kind;
    QString edition;
    QString version;
    QString fileName;
    QByteArray content;
};

QString sha256(const QByteArray& bytes) {
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

Result<QList<StoredDocument>> storedDocuments(QSqlDatabase& db) {
    QSqlQuery query(db);
    if (!query.exec(
            QStringLiteral("SELECT kind, edition, version, file_name, content FROM rule_documents ORDER BY id"))) {
        return Error::failure(
            RuleAdministration::tr("The rule data in the vault cannot be read: %1").arg(query.lastError().text()));
    }
    QList<StoredDocument> documents;
    while (query.next()) {
        documents.append({query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                          query.value(3).toString(), query.value(4).toByteArray()});
    }
    return documents;
}

Status store(QSqlDatabase& db, const StoredDocument& document, const QString& actor, bool audited = true) {
    QSqlQuery query(db);
    query.prepare(QStringLiteral("INSERT INTO rule_documents (kind, edition, version, file_name, sha256, content, "
                                 "imported_at, imported_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(document.kind);
    query.addBindValue(document.edition);
    query.addBindValue(document.version);
    query.addBindValue(document.fileName);
    query.addBindValue(sha256(document.content));
    query.addBindValue(document.content);
    query.addBindValue(QDateTime::currentDateTime().toString(Qt::ISODate));
    query.addBindValue(actor);
    if (!query.exec()) {
        return Error::failure(RuleAdministration::tr("The rule document %1 could not be stored: %2")
                                  .arg(document.fileName, query.lastError().text()));
    }
    if (!audited) {
        return {};
    }
    auto logged = audit::AuditLog::append(
        db, actor, QStringLiteral("rules.import"),
        QStringLiteral("rules:%1/%2/%3").arg(document.kind, document.edition, document.version),
        {{QStringLiteral("file"), document.fileName}, {QStringLiteral("sha256"), sha256(document.content)}});
    return logged ? Status{} : Status{logged.error()};
}

// A holiday schedule looks like one of ours ("format") or like holiday-cn's ("days").
bool looksLikeHolidaySchedule(const QByteArray& bytes) {
    const QJsonObject object = QJsonDocument::fromJson(bytes).object();
    return object.contains(QStringLiteral("days")) ||
           object.value(QStringLiteral("format")).toString().startsWith(QStringLiteral("creditcase-holiday-schedule"));
}

// A file read as what it is: a holiday schedule or a rule document, with the identity it is stored under.
struct ParsedFile {
    StoredDocument document;
    std::optional<calendar::HolidaySchedule> schedule;
    std::optional<rules::RuleDocument> rules;
};

Result<ParsedFile> parseFile(const QByteArray& bytes, const QString& fileName) {
    ParsedFile parsed{{{}, {}, {}, fileName, bytes}, std::nullopt, std::nullopt};
    if (looksLikeHolidaySchedule(bytes)) {
        auto schedule = calendar::HolidaySchedule::fromJson(bytes, fileName);
        if (!schedule) {
            return schedule.error();
        }
        parsed.document.kind = RuleAdministration::holidayScheduleKind();
        parsed.document.edition = QString::number(schedule->year());
        parsed.document.version = schedule->version();
        parsed.schedule = schedule.take();
        return parsed;
    }
    auto document = rules::RuleImporter::parse(bytes, fileName);
    if (!document) {
        return document.error();
    }
    parsed.document.kind = rules::documentKindId(document->kind);
    parsed.document.edition = document->edition;
    parsed.document.version = QString::number(document->version);
    parsed.rules = document.take();
    return parsed;
}

calendar::WorkCalendar calendarFrom(const QList<StoredDocument>& documents, QStringList* problems) {
    calendar::WorkCalendar calendar;
    for (const StoredDocument& document : documents) {
        if (document.kind != RuleAdministration::holidayScheduleKind()) {
            continue;
        }
        auto schedule = calendar::HolidaySchedule::fromJson(document.content, document.fileName);
        if (!schedule) {
            if (problems) {
                problems->append(schedule.error().message);
            }
            continue;
        }
        calendar.replace(*schedule); // later imports of the same year win
    }
    return calendar;
}

// Legal bases imported before rule data named inquiry purposes (legal-bases "inquiryPurposes") would refuse every
// reading of another organ's case. Such an edition reads with the purposes of the legal bases built into this
// program, so an older vault keeps working until newer legal bases are imported.
void withBundledInquiryPurposes(QList<rules::RuleDocument>& documents) {
    QList<rules::InquiryPurposeRule> bundled;
    bool loaded = false;
    for (rules::RuleDocument& document : documents) {
        auto* bases = std::get_if<rules::LegalBasesEdition>(&document.content);
        if (!bases || !bases->inquiryPurposes.isEmpty()) {
            continue;
        }
        if (!loaded) {
            loaded = true;
            for (const QString& path : rules::RuleSet::builtInFiles()) {
                QFile file(path);
                if (!file.open(QIODevice::ReadOnly)) {
                    continue;
                }
                auto parsed = rules::RuleImporter::parse(file.readAll(), QFileInfo(path).fileName());
                if (parsed && parsed->legalBases() && !parsed->legalBases()->inquiryPurposes.isEmpty()) {
                    bundled = parsed->legalBases()->inquiryPurposes;
                }
            }
        }
        bases->inquiryPurposes = bundled;
    }
}

/* The bundled document of the same kind, edition and version as a stored one. A stored copy written by an earlier
   build of CreditCase may lack fields this build requires (the bundled files gained attributes, such as a catalogue
   item's "adverse", under the same edition and version); the bundled copy of that very edition then stands in for
   it, so a vault from an earlier build keeps working. */
std::optional<rules::RuleDocument> bundledEdition(const StoredDocument& stored) {
    for (const QString& path : rules::RuleSet::builtInFiles()) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            continue;
        }
        auto parsed = rules::RuleImporter::parse(file.readAll(), QFileInfo(path).fileName());
        if (parsed && rules::documentKindId(parsed->kind) == stored.kind && parsed->edition == stored.edition &&
            QString::number(parsed->version) == stored.version) {
            return parsed.take();
        }
    }
    return std::nullopt;
}

} // namespace

Status RuleAdministration::seedBuiltIn(QSqlDatabase& db, const QString& actor) {
    QStringList files = rules::RuleSet::builtInFiles();
    const QDir calendars(QStringLiteral(":/rules/calendars"));
    for (const QString& name : calendars.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        files << calendars.filePath(name);
    }
    QStringList seeded;
    for (const QString& path : files) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            return Error::failure(tr("The built-in rule file %1 cannot be read.").arg(path));
        }
        const QByteArray bytes = file.readAll();
        auto parsed = parseFile(bytes, QFileInfo(path).fileName());
        if (!parsed) {
            return parsed.error();
        }
        const StoredDocument& document = parsed->document;
        if (Status stored = store(db, document, actor, false); !stored) {
            return stored;
        }
        seeded.append(
            QStringLiteral("%1/%2/%3 %4").arg(document.kind, document.edition, document.version, sha256(bytes)));
    }
    // One entry for the whole built-in set: what the vault started with.
    auto logged = audit::AuditLog::append(db, actor, QStringLiteral("rules.seed"), QStringLiteral("rules"),
                                          {{QStringLiteral("documents"), QJsonArray::fromStringList(seeded)}});
    return logged ? Status{} : Status{logged.error()};
}

Result<qint64> RuleAdministration::storedGeneration(QSqlDatabase& db) {
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT ifnull(max(id), 0) FROM rule_documents")) || !query.next())
        return storage::SqlError::of(query, tr("The stored rule data could not be read"));
    return query.value(0).toLongLong();
}

Result<rules::RuleSet> RuleAdministration::loadRuleSet(QSqlDatabase& db) {
    auto stored = storedDocuments(db);
    if (!stored) {
        return stored.error();
    }
    QList<rules::RuleDocument> documents;
    for (const StoredDocument& document : *stored) {
        if (document.kind == holidayScheduleKind()) {
            continue;
        }
        auto parsed = rules::RuleImporter::parse(document.content, document.fileName);
        if (!parsed) {
            if (auto bundled = bundledEdition(document)) {
                documents.append(*bundled);
                continue;
            }
            return Error::corrupt(
                tr("A rule document stored in the vault no longer reads: %1").arg(parsed.error().message));
        }
        documents.append(parsed.take());
    }
    if (documents.isEmpty()) {
        return rules::RuleSet::builtIn();
    }
    withBundledInquiryPurposes(documents);
    return rules::RuleSet::fromDocuments(documents);
}

Result<calendar::WorkCalendar> RuleAdministration::loadCalendar(QSqlDatabase& db) {
    auto stored = storedDocuments(db);
    if (!stored) {
        return stored.error();
    }
    QStringList problems;
    calendar::WorkCalendar calendar = calendarFrom(*stored, &problems);
    if (!problems.isEmpty()) {
        return Error::corrupt(
            tr("A holiday schedule stored in the vault no longer reads: %1").arg(problems.join(QLatin1Char('\n'))));
    }
    return calendar;
}

Result<RuleAdministration::ImportOutcome> RuleAdministration::importBytes(storage::Vault& vault,
                                                                          const QByteArray& bytes,
                                                                          const QString& fileName,
                                                                          const service::Progress& progress) {
    UserAdministration users(vault);
    auto actor = users.actingUser();
    if (!actor) {
        return actor.error();
    }
    if (actor->role != domain::Role::Administrator) {
        return Error::refused(tr("Only an administrator may import rule data; %1 is a %2.")
                                  .arg(actor->name, domain::RoleNames::displayName(actor->role)));
    }
    QSqlDatabase db = vault.database();
    auto stored = storedDocuments(db);
    if (!stored) {
        return stored.error();
    }

    auto parsed = parseFile(bytes, fileName);
    if (!parsed) {
        return parsed.error();
    }
    const StoredDocument& document = parsed->document;
    ImportOutcome outcome;
    std::optional<calendar::WorkCalendar> before;
    std::optional<calendar::WorkCalendar> after;
    if (parsed->schedule) {
        before = calendarFrom(*stored, nullptr);
        after = *before;
        after->replace(*parsed->schedule);
    } else {
        // Checked against everything stored: cross-file references, version clashes.
        auto current = loadRuleSet(db);
        if (!current) {
            return current.error();
        }
        QList<rules::RuleProblem> problems;
        auto merged = current->withDocument(*parsed->rules, &problems);
        if (!merged) {
            return merged.error();
        }
    }
    outcome.kind = document.kind;
    outcome.edition = document.edition;
    outcome.version = document.version;

    for (const StoredDocument& existing : *stored) {
        if (existing.kind == document.kind && existing.edition == document.edition &&
            existing.version == document.version) {
            if (existing.content == bytes) {
                outcome.alreadyPresent = true;
                return outcome;
            }
            return Error::usage(tr("%1: version %2 of %3 %4 is already stored with different content. A corrected "
                                   "file must carry a new version number.")
                                    .arg(fileName, document.version, document.kind, document.edition));
        }
    }

    Status done = vault.transact([&](QSqlDatabase& tx) -> Status {
        if (Status saved = store(tx, document, actor->name); !saved) {
            return saved;
        }
        if (before && after) {
            auto moved = DeadlineRegister::calendarChangeHandler(actor->name, progress)(tx, *before, *after);
            if (!moved) {
                return moved.error();
            }
            outcome.movedDeadlines = *moved;
        }
        if (progress.isCancelled()) { // the last moment before the commit
            return service::Progress::cancelled();
        }
        return {};
    });
    if (!done) {
        return done.error();
    }
    return outcome;
}

} // namespace creditcase::workflow
