// audit verify, audit log, inquiry log, inquiry review.
#include "CliContext.h"
#include "WorkflowCli.h"
#include "service/AuditService.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace creditcase::cli {

namespace {

using audit::AuditLog;
using audit::InquiryRegister;
using service::AuditService;

QString timeText(const QDateTime& at) {
    return at.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

int runAuditVerify(CliContext& context) {
    QCommandLineParser parser;
    if (!context.parse(parser, QStringLiteral("audit verify"))) {
        return ExitUsage;
    }
    auto session = context.openSession(false);
    if (!session) {
        return context.fail(session.error());
    }
    auto checked = AuditService(**session).verify();
    if (!checked) {
        return context.fail(checked.error());
    }
    const AuditLog::Verification& verified = checked->verification;
    const QJsonObject report{{QStringLiteral("intact"), verified.intact},
                             {QStringLiteral("entries"), verified.entries},
                             {QStringLiteral("first_broken_seq"), verified.firstBrokenSeq},
                             {QStringLiteral("problem"), verified.problem}};
    if (verified.intact) {
        const auto& head = checked->head;
        QJsonObject intact = report;
        if (head) {
            intact.insert(QStringLiteral("head_hash"), head->hash);
        }
        return context.succeed(
            intact,
            CliContext::tr("The audit chain is intact; every link checked. Entries: %1.").arg(verified.entries) +
                (head ? QLatin1Char('\n') + CliContext::tr("Last entry %1, hash %2.").arg(head->seq).arg(head->hash)
                      : QString()));
    }
    if (context.json) {
        context.out << QString::fromUtf8(QJsonDocument(report).toJson());
        context.out.flush();
        context.json = false; // the report is printed; the error goes to stderr only
    }
    return context.fail(Error::corrupt(
        CliContext::tr("The audit chain is broken at entry %1: %2 Entries before it are intact. Keep the vault "
                       "file as it is and report this to your administrator and the auditor; restoring a backup "
                       "made before the damage recovers an intact chain.")
            .arg(verified.firstBrokenSeq)
            .arg(verified.problem)));
}

int runAuditLog(CliContext& context) {
    QCommandLineParser parser;
    const QCommandLineOption limit(QStringLiteral("limit"),
                                   CliContext::tr("how many entries, newest first (default 50)"), QStringLiteral("N"),
                                   QStringLiteral("50"));
    parser.addOption(limit);
    if (!context.parse(parser, QStringLiteral("audit log [--limit N]"))) {
        return ExitUsage;
    }
    bool ok = false;
    const int count = parser.value(limit).toInt(&ok);
    if (!ok || count < 1) {
        return context.usage(
            CliContext::tr("--limit needs a whole number of at least 1, not \"%1\".").arg(parser.value(limit)));
    }
    auto session = context.openSession(false);
    if (!session) {
        return context.fail(session.error());
    }
    auto entries = AuditService(**session).latest(count);
    if (!entries) {
        return context.fail(entries.error());
    }
    QJsonArray array;
    QString text;
    for (const AuditLog::Entry& entry : *entries) {
        array.append(QJsonObject{{QStringLiteral("seq"), entry.seq},
                                 {QStringLiteral("at"), entry.at.toString(Qt::ISODateWithMs)},
                                 {QStringLiteral("actor"), entry.actor},
                                 {QStringLiteral("event"), entry.event},
                                 {QStringLiteral("object"), entry.object}});
        text += QStringLiteral("%1\t%2\t%3\t%4\t%5\n")
                    .arg(QString::number(entry.seq), timeText(entry.at), entry.actor, entry.event, entry.object);
    }
    if (entries->isEmpty()) {
        text = CliContext::tr("The audit log is empty.");
    }
    return context.succeed({{QStringLiteral("entries"), array}}, text);
}

int runInquiryLog(CliContext& context) {
    QCommandLineParser parser;
    const QCommandLineOption from(QStringLiteral("from"), CliContext::tr("first day (YYYY-MM-DD)"),
                                  QStringLiteral("DATE"));
    const QCommandLineOption to(QStringLiteral("to"), CliContext::tr("last day (YYYY-MM-DD)"), QStringLiteral("DATE"));
    const QCommandLineOption flagged(QStringLiteral("flagged"), CliContext::tr("only entries an auditor flagged"));
    parser.addOptions({from, to, flagged});
    if (!context.parse(parser, QStringLiteral("inquiry log [--from DATE] [--to DATE] [--flagged]"))) {
        return ExitUsage;
    }
    const auto fromValue = WorkflowCli::date(parser, from, false);
    const auto toValue = WorkflowCli::date(parser, to, false);
    for (const auto* value : {&fromValue, &toValue}) {
        if (!*value) {
            return context.fail(value->error());
        }
    }
    const QDate fromDate = *fromValue;
    const QDate toDate = *toValue;
    if (fromDate.isValid() && toDate.isValid() && fromDate > toDate) {
        return context.usage(CliContext::tr("--from %1 is after --to %2.")
                                 .arg(fromDate.toString(Qt::ISODate), toDate.toString(Qt::ISODate)));
    }
    auto session = context.openSession(false);
    if (!session) {
        return context.fail(session.error());
    }
    constexpr int shown = 1000;
    auto listed = AuditService(**session).inquiries(fromDate, toDate, parser.isSet(flagged), shown);
    if (!listed) {
        return context.fail(listed.error());
    }
    const auto* inquiries = &listed->entries;
    const bool truncated = listed->truncated;
    QJsonArray array;
    QString text;
    for (const InquiryRegister::Inquiry& inquiry : *inquiries) {
        QJsonObject object{{QStringLiteral("id"), inquiry.id},
                           {QStringLiteral("at"), inquiry.at.toString(Qt::ISODateWithMs)},
                           {QStringLiteral("actor"), inquiry.actor},
                           {QStringLiteral("object"), inquiry.object},
                           {QStringLiteral("subject"), inquiry.subjectRef},
                           {QStringLiteral("purpose"), inquiry.purpose},
                           {QStringLiteral("audit_seq"), inquiry.auditSeq},
                           {QStringLiteral("flagged"), inquiry.flaggedAt.has_value()}};
        QString flagText;
        if (inquiry.flaggedAt) {
            object.insert(QStringLiteral("flagged_at"), inquiry.flaggedAt->toString(Qt::ISODate));
            object.insert(QStringLiteral("flagged_by"), inquiry.flaggedBy);
            object.insert(QStringLiteral("flag_note"), inquiry.flagNote);
            flagText = QLatin1Char('\t') + CliContext::tr("FLAGGED by %1: %2").arg(inquiry.flaggedBy, inquiry.flagNote);
        }
        array.append(object);
        text += QStringLiteral("%1\t%2\t%3\t%4\t%5\t%6%7\n")
                    .arg(QString::number(inquiry.id), timeText(inquiry.at), inquiry.actor, inquiry.subjectRef,
                         inquiry.object, inquiry.purpose, flagText);
    }
    if (inquiries->isEmpty()) {
        text = CliContext::tr("No inquiries are registered for this selection.");
    }
    if (truncated) {
        text += CliContext::tr("Only the newest %1 entries are shown; narrow the period with --from and --to to see "
                               "the others.")
                    .arg(shown);
    }
    return context.succeed({{QStringLiteral("inquiries"), array}, {QStringLiteral("truncated"), truncated}}, text);
}

int runInquiryReview(CliContext& context) {
    QCommandLineParser parser;
    const QCommandLineOption id(QStringLiteral("id"), CliContext::tr("the register entry to flag"),
                                QStringLiteral("N"));
    const QCommandLineOption note(QStringLiteral("note"), CliContext::tr("why it is flagged"), QStringLiteral("TEXT"));
    parser.addOptions({id, note});
    if (!context.parse(parser, QStringLiteral("inquiry review --id N --note TEXT"))) {
        return ExitUsage;
    }
    if (Status given = WorkflowCli::require(parser, {&id, &note}); !given) {
        return context.fail(given.error());
    }
    const auto inquiryIdValue = WorkflowCli::id(parser, id);
    if (!inquiryIdValue) {
        return context.fail(inquiryIdValue.error());
    }
    const qint64 inquiryId = *inquiryIdValue;
    const QString noteText = parser.value(note).trimmed();
    auto session = context.openSession(false);
    if (!session) {
        return context.fail(session.error());
    }
    auto reviewer = AuditService(**session).flagInquiry(inquiryId, noteText);
    if (!reviewer) {
        return context.fail(reviewer.error());
    }
    return context.succeed({{QStringLiteral("flagged"), inquiryId},
                            {QStringLiteral("by"), reviewer->name},
                            {QStringLiteral("note"), noteText}},
                           CliContext::tr("Inquiry %1 is flagged for review: %2").arg(inquiryId).arg(noteText));
}

QList<Command> auditCommands() {
    return {
        {{QStringLiteral("audit"), QStringLiteral("verify")},
         QStringLiteral("audit verify"),
         QT_TRANSLATE_NOOP("Commands", "check every link of the audit chain; names the first broken entry (exit 1)"),
         runAuditVerify},
        {{QStringLiteral("audit"), QStringLiteral("log")},
         QStringLiteral("audit log [--limit N]"),
         QT_TRANSLATE_NOOP("Commands", "the latest audit entries, newest first (auditors and administrators)"),
         runAuditLog},
        {{QStringLiteral("inquiry"), QStringLiteral("log")},
         QStringLiteral("inquiry log [--from DATE] [--to DATE] [--flagged]"),
         QT_TRANSLATE_NOOP("Commands", "who read whose record, when and why (auditors and administrators)"),
         runInquiryLog},
        {{QStringLiteral("inquiry"), QStringLiteral("review")},
         QStringLiteral("inquiry review --id N --note TEXT"),
         QT_TRANSLATE_NOOP("Commands", "flag an entry of the inquiry register for a closer look (auditors)"),
         runInquiryReview},
    };
}

const CommandRegistration registration(&auditCommands);

} // namespace

} // namespace creditcase::cli
