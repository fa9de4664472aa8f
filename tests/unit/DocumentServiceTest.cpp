#include "service/DocumentService.h"

#include "DocumentCases.h"
#include "PdfTools.h"
#include "Skip.h"
#include "WorkflowFixture.h"
#include "audit/AuditLog.h"
#include "service/Session.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlQuery>
#include <catch2/catch.hpp>

using namespace creditcase;
using namespace creditcase::test;
using documents::DocumentKind;
using exchange::Channel;
using service::DocumentService;
using service::Session;

namespace {

const QString kIdentifier = QStringLiteral("91350100M000100Y43");

struct Expected {
    DocumentKind kind;
    const domain::User* actor;
    QStringList sections; // headings and wording every such document must carry
};

// Every document of a case carried from notice to removal, in the order an office issues them.
QList<Expected> expectations(const WorkflowFixture& f) {
    return {
        {DocumentKind::Notice,
         &f.officer,
         {QStringLiteral("列入市场监督管理严重违法失信名单告知书"), QStringLiteral("Test Food Co., Ltd."), kIdentifier,
          QStringLiteral("拟认定的事项"), QStringLiteral("事实"), QStringLiteral("理由和依据"),
          QStringLiteral("《市场监督管理严重违法失信名单管理办法》（国家市场监督管理总局令第44号）"),
          QStringLiteral("陈述和申辩"), QStringLiteral("自收到本告知书之日起5个工作日内"), QStringLiteral("听证"),
          QStringLiteral("Test AMR Penalty [2025] No. 12")}},
        {DocumentKind::ServiceProof,
         &f.officer,
         {QStringLiteral("送达回证"), QStringLiteral("受送达人"), QStringLiteral("送达方式"), QStringLiteral("告知书"),
          kIdentifier}},
        {DocumentKind::ObjectionAnswer,
         &f.officer,
         {QStringLiteral("异议答复书"), QStringLiteral("异议内容"), QStringLiteral("The goods were not ours."),
          QStringLiteral("异议不成立")}},
        {DocumentKind::ReExaminationOpinion,
         &f.provincial,
         {QStringLiteral("复核意见书"), QStringLiteral("同意列入"),
          QStringLiteral("Test Provincial Market Regulation")}},
        {DocumentKind::Decision,
         &f.supervisor,
         {QStringLiteral("列入市场监督管理严重违法失信名单决定书"), QStringLiteral("Test Food Co., Ltd."), kIdentifier,
          QStringLiteral("1 Test Road"), QStringLiteral("认定的事实和证据"), QStringLiteral("sold food that failed"),
          QStringLiteral("理由和法律依据"), QStringLiteral("列入名单的期限"), QStringLiteral("列入期限3年"),
          QStringLiteral("至2028年3月6日止"), QStringLiteral("惩戒措施及其依据"), QStringLiteral("行政许可法"),
          QStringLiteral("移出名单的条件和程序"), QStringLiteral("列入满1年后"), QStringLiteral("救济途径和期限"),
          QStringLiteral("60日内向本级人民政府申请行政复议"), QStringLiteral("6个月内向有管辖权的人民法院提起行政诉讼"),
          QStringLiteral("Test County Market Regulation Bureau")}},
        {DocumentKind::RestorationNotice,
         &f.officer,
         {QStringLiteral("信用修复告知书"), QStringLiteral("申请条件"), QStringLiteral("申请材料"),
          QStringLiteral("10个工作日内作出决定"), QStringLiteral("不收取任何费用")}},
        {DocumentKind::RestorationDecision,
         &f.supervisor,
         {QStringLiteral("信用修复决定书"), QStringLiteral("提前移出严重失信主体名单"), QStringLiteral("准予信用修复"),
          QStringLiteral("60日内"), QStringLiteral("6个月内")}},
        {DocumentKind::RemovalNotice,
         &f.officer,
         {QStringLiteral("移出市场监督管理严重违法失信名单告知书"), QStringLiteral("2026年6月5日"),
          QStringLiteral("惩戒措施同时解除")}},
    };
}

// The running text of a compacted PDF text: page numbers and the footer taken out, so a sentence that runs over a
// page break reads as one.
QString runningText(QString text) {
    static const QRegularExpression furniture(QStringLiteral("—\\d+—|文书指纹[0-9A-Z-]+\\(可向发文机关核验\\)"));
    return text.remove(furniture);
}

qint64 count(WorkflowFixture& f, const QString& sql) {
    return f.count(sql);
}

} // namespace

TEST_CASE("Every document kind is printed as an A4 PDF with its sections and fonts embedded", "[documents]") {
    if (const QString missing = pdfToolsMissing(); !missing.isEmpty()) {
        skipTest(missing);
        return;
    }
    WorkflowFixture f;
    const qint64 caseId = removedCase(f);
    for (const Expected& expected : expectations(f)) {
        const QString kindId = documents::documentKindId(expected.kind);
        INFO(kindId.toStdString());
        Session session(f.vault(), *expected.actor);
        const QString path = QFileInfo(f.vault().path()).dir().filePath(kindId + QStringLiteral(".pdf"));
        auto printed = DocumentService(session).exportPdf(caseId, expected.kind, Channel::Internal, path);
        if (!printed)
            FAIL(printed.error().message.toStdString());
        CHECK(printed->copyNo == 0);

        const PdfInfo info = pdfInfo(path);
        CHECK(info.pages >= 1);
        CHECK(info.pageSizePoints.width() == Approx(595.28).margin(0.5));
        CHECK(info.pageSizePoints.height() == Approx(841.89).margin(0.5));
        const QString text = compact(pdfText(path));
        const QString running = runningText(text);
        for (const QString& section : expected.sections) {
            INFO(section.toStdString());
            CHECK(running.contains(compact(section)));
        }
        CHECK(text.contains(printed->fingerprint));
        CHECK(text.contains(QStringLiteral("—1—")));
        if (expected.kind != DocumentKind::ServiceProof)
            CHECK(text.contains(compact(printed->document.number)));
        const auto fonts = pdfFonts(path);
        REQUIRE_FALSE(fonts.isEmpty());
        for (const auto& font : fonts)
            CHECK(font.embedded);
    }
    // Numbers run per organ, series and year; the re-examination opinion is the province's.
    CHECK(count(f, QStringLiteral("SELECT count(*) FROM documents")) == 8);
    CHECK(count(f, QStringLiteral("SELECT count(*) FROM documents WHERE seq = 1 AND number LIKE '%〔2026〕1号'")) == 7);
    CHECK(count(f, QStringLiteral("SELECT count(*) FROM documents WHERE kind = 'reexam-opinion' AND number LIKE "
                                  "'Test Provincial Market Regulation Department信核%'")) == 1);
}

TEST_CASE("A public copy masks the identifier where the party's copy shows it and reprints say 副本 N", "[documents]") {
    if (const QString missing = pdfToolsMissing(); !missing.isEmpty()) {
        skipTest(missing);
        return;
    }
    WorkflowFixture f;
    const qint64 caseId = f.listedCase();
    Session session(f.vault(), f.supervisor);
    DocumentService documents(session);
    const QString dir = QFileInfo(f.vault().path()).dir().path();
    auto party = documents.exportPdf(caseId, DocumentKind::Decision, Channel::Internal, dir + QStringLiteral("/p.pdf"));
    REQUIRE(party.ok());
    auto publicCopy =
        documents.exportPdf(caseId, DocumentKind::Decision, Channel::Public, dir + QStringLiteral("/pub.pdf"));
    REQUIRE(publicCopy.ok());
    auto reprint =
        documents.exportPdf(caseId, DocumentKind::Decision, Channel::Internal, dir + QStringLiteral("/r.pdf"));
    REQUIRE(reprint.ok());

    const QString partyText = compact(pdfText(dir + QStringLiteral("/p.pdf")));
    const QString publicText = compact(pdfText(dir + QStringLiteral("/pub.pdf")));
    CHECK(partyText.contains(kIdentifier));
    CHECK(partyText.contains(QStringLiteral("ZhangSan")));
    CHECK_FALSE(publicText.contains(kIdentifier));
    CHECK_FALSE(publicText.contains(QStringLiteral("ZhangSan")));
    CHECK(publicText.contains(QStringLiteral("913501********0Y43")));
    CHECK(publicText.contains(QStringLiteral("公开文本")));
    CHECK_FALSE(partyText.contains(QStringLiteral("副本")));
    CHECK(publicText.contains(QStringLiteral("副本1")));
    CHECK(compact(pdfText(dir + QStringLiteral("/r.pdf"))).contains(QStringLiteral("副本2")));

    // One document, its number once, three recorded prints with three fingerprints.
    CHECK(party->document.number == reprint->document.number);
    CHECK(reprint->copyNo == 2);
    CHECK(count(f, QStringLiteral("SELECT count(*) FROM documents")) == 1);
    CHECK(count(f, QStringLiteral("SELECT count(*) FROM document_copies")) == 3);
    CHECK(count(f, QStringLiteral("SELECT count(*) FROM audit_log WHERE event = 'document.issue'")) == 1);
    CHECK(count(f, QStringLiteral("SELECT count(*) FROM audit_log WHERE event = 'document.reprint'")) == 2);
    CHECK(party->fingerprint != reprint->fingerprint);
}

TEST_CASE("The text as served is stored with the case and every copy prints it unchanged", "[documents]") {
    WorkflowFixture f;
    const qint64 caseId = f.servedCase();
    Session session(f.vault(), f.officer);
    DocumentService documents(session);
    QList<DocumentService::Copy> copies;
    auto first = documents.print(caseId, DocumentKind::Notice, Channel::Internal, DocumentService::Output::Printer,
                                 [&](const DocumentService::Copy& copy) -> Result<int> {
                                     copies << copy;
                                     return 1;
                                 });
    REQUIRE(first.ok());
    // The subject's address changes afterwards; the notice as served does not.
    QSqlQuery update(f.db());
    REQUIRE(update.exec(QStringLiteral("UPDATE subjects SET address = 'Somewhere Else'")));
    auto again = documents.print(caseId, DocumentKind::Notice, Channel::Internal, DocumentService::Output::Pdf,
                                 [&](const DocumentService::Copy& copy) -> Result<int> {
                                     copies << copy;
                                     return 1;
                                 });
    REQUIRE(again.ok());
    REQUIRE(copies.size() == 2);
    CHECK(copies.at(0).text == copies.at(1).text);
    CHECK(copies.at(1).text.plainText().contains(QStringLiteral("1 Test Road")));
    CHECK_FALSE(copies.at(1).text.plainText().contains(QStringLiteral("Somewhere Else")));
    QSqlQuery stored(f.db());
    REQUIRE(stored.exec(QStringLiteral("SELECT text, text_sha256 FROM documents")));
    REQUIRE(stored.next());
    CHECK(stored.value(1).toString() == copies.at(0).text.sha256());
}

TEST_CASE("A copy that could not be produced is not recorded and gives its number back", "[documents]") {
    WorkflowFixture f;
    const qint64 caseId = f.servedCase();
    Session session(f.vault(), f.officer);
    DocumentService documents(session);
    const qint64 auditBefore = count(f, QStringLiteral("SELECT count(*) FROM audit_log"));
    auto failed = documents.print(caseId, DocumentKind::Notice, Channel::Internal, DocumentService::Output::Printer,
                                  [](const DocumentService::Copy&) -> Result<int> {
                                      return Error::failure(QStringLiteral("printer out of paper"));
                                  });
    REQUIRE_FALSE(failed.ok());
    CHECK(failed.error().message == QStringLiteral("printer out of paper"));
    CHECK(count(f, QStringLiteral("SELECT count(*) FROM documents")) == 0);
    CHECK(count(f, QStringLiteral("SELECT count(*) FROM document_copies")) == 0);
    CHECK(count(f, QStringLiteral("SELECT count(*) FROM document_numbers")) == 0);
    // The case read stays registered (the data was read); nothing of the print remains.
    CHECK(count(f, QStringLiteral("SELECT count(*) FROM audit_log WHERE event LIKE 'document.%'")) == 0);
    CHECK(count(f, QStringLiteral("SELECT count(*) FROM audit_log")) == auditBefore + 1);
    auto printed = documents.print(caseId, DocumentKind::Notice, Channel::Internal, DocumentService::Output::Pdf,
                                   [](const DocumentService::Copy&) -> Result<int> { return 1; });
    REQUIRE(printed.ok());
    CHECK(printed->document.seq == 1);
}

TEST_CASE("Printing is refused to an auditor and before the case has the document with nothing written",
          "[documents]") {
    WorkflowFixture f;
    const qint64 caseId = f.servedCase();
    {
        Session session(f.vault(), f.auditor);
        const auto before = f.snapshot();
        auto refused = DocumentService(session).print(caseId, DocumentKind::Notice, Channel::Internal,
                                                      DocumentService::Output::Pdf, {});
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().kind == ErrorKind::Refused);
        f.requireOnlyRefusalAudited(before, QStringLiteral("document.print"));
        CHECK(count(f, QStringLiteral("SELECT count(*) FROM documents")) == 0);
    }
    {
        Session session(f.vault(), f.officer);
        auto early = DocumentService(session).print(caseId, DocumentKind::Decision, Channel::Internal,
                                                    DocumentService::Output::Pdf, {});
        REQUIRE_FALSE(early.ok());
        CHECK(early.error().kind == ErrorKind::Refused);
        CHECK(early.error().message.contains(QStringLiteral("no designation decision")));
        CHECK_FALSE(early.error().citations.isEmpty());
        CHECK(f.lastAuditEvent() == QStringLiteral("document.print.refused"));
        CHECK(count(f, QStringLiteral("SELECT count(*) FROM documents")) == 0);
        CHECK(count(f, QStringLiteral("SELECT count(*) FROM document_numbers")) == 0);
    }
    {
        // The county may not issue the province's re-examination opinion.
        Session session(f.vault(), f.officer);
        auto notOurs = DocumentService(session).print(caseId, DocumentKind::ReExaminationOpinion, Channel::Internal,
                                                      DocumentService::Output::Pdf, {});
        REQUIRE_FALSE(notOurs.ok());
        CHECK(notOurs.error().kind == ErrorKind::Refused);
    }
}

TEST_CASE("Printing reads the case through the inquiry register", "[documents]") {
    WorkflowFixture f;
    const qint64 caseId = f.servedCase();
    Session session(f.vault(), f.supervisor);
    const qint64 before = count(f, QStringLiteral("SELECT count(*) FROM inquiry_register"));
    REQUIRE(DocumentService(session)
                .print(caseId, DocumentKind::Notice, Channel::Internal, DocumentService::Output::Pdf, {})
                .ok());
    CHECK(count(f, QStringLiteral("SELECT count(*) FROM inquiry_register")) == before + 1);
    CHECK(count(f, QStringLiteral("SELECT count(*) FROM inquiry_register WHERE actor = 'zhao.sup' AND purpose LIKE "
                                  "'%notice%'")) == 1);
}

TEST_CASE("A fingerprint is verified against the chain and the stored text", "[documents]") {
    WorkflowFixture f;
    const qint64 caseId = f.servedCase();
    Session session(f.vault(), f.officer);
    DocumentService documents(session);
    auto printed = documents.print(caseId, DocumentKind::Notice, Channel::Internal, DocumentService::Output::Pdf, {});
    REQUIRE(printed.ok());

    auto verified = documents.verify(printed->fingerprint.toLower());
    REQUIRE(verified.ok());
    CHECK(verified->genuine);
    CHECK(verified->number == printed->document.number);
    CHECK(verified->caseId == caseId);
    CHECK(verified->copyNo == 0);

    QString forged = printed->fingerprint;
    forged[forged.size() - 1] = forged.endsWith(QLatin1Char('A')) ? QLatin1Char('B') : QLatin1Char('A');
    auto wrong = documents.verify(forged);
    REQUIRE(wrong.ok());
    CHECK_FALSE(wrong->genuine);
    CHECK_FALSE(wrong->problem.isEmpty());

    CHECK(documents.verify(QStringLiteral("not a fingerprint")).error().kind == ErrorKind::Usage);

    // Someone edits the stored text behind the application's back: the check says so.
    QSqlQuery edit(f.db());
    REQUIRE(edit.exec(QStringLiteral("UPDATE documents SET text = replace(text, '5个工作日', '50个工作日')")));
    auto altered = documents.verify(printed->fingerprint);
    REQUIRE(altered.ok());
    CHECK_FALSE(altered->genuine);
    CHECK(altered->problem.contains(QStringLiteral("altered")));
}

TEST_CASE("An administrator adapts the organ's template and new documents use it", "[documents]") {
    WorkflowFixture f;
    const qint64 caseId = f.servedCase();
    auto organ = documents::DocumentTemplate::builtIn(QStringLiteral("organ"));
    REQUIRE(organ.ok());
    QJsonObject json = organ->json();
    json.insert(QStringLiteral("abbreviation"), QStringLiteral("试市监"));
    json.insert(QStringLiteral("contact"), QStringLiteral("0591-12345678"));
    json.insert(QStringLiteral("court"), QStringLiteral("试验县人民法院"));
    const QByteArray adapted = QJsonDocument(json).toJson();
    {
        Session session(f.vault(), f.officer);
        const auto before = f.snapshot();
        auto refused = DocumentService(session).adaptTemplate(QStringLiteral("organ"), adapted);
        REQUIRE_FALSE(refused.ok());
        f.requireOnlyRefusalAudited(before, QStringLiteral("document.template"));
    }
    Session admin(f.vault(), f.admin);
    QJsonObject typo = json;
    typo.insert(QStringLiteral("note"), QStringLiteral("{organ.phone} {party.nmae}"));
    auto rejected = DocumentService(admin).adaptTemplate(QStringLiteral("organ"), QJsonDocument(typo).toJson());
    REQUIRE_FALSE(rejected.ok());
    CHECK(rejected.error().message.contains(QStringLiteral("party.nmae")));
    auto stored = DocumentService(admin).adaptTemplate(QStringLiteral("organ"), adapted);
    REQUIRE(stored.ok());
    CHECK(*stored == 1);

    // The template is the organ's: the admin's organ is the county bureau of the fixture.
    Session session(f.vault(), f.officer);
    QString source;
    auto current = DocumentService(session).currentTemplate(QStringLiteral("organ"), &source);
    REQUIRE(current.ok());
    CHECK(source.startsWith(QStringLiteral("vault:")));
    auto printed = DocumentService(session).print(caseId, DocumentKind::Notice, Channel::Internal,
                                                  DocumentService::Output::Pdf, {});
    REQUIRE(printed.ok());
    CHECK(printed->document.number.startsWith(QStringLiteral("试市监信告〔")));
    CHECK(printed->text.note.contains(QStringLiteral("0591-12345678")));
}

TEST_CASE("A batch notice whose PDF cannot be written is reported and recorded as failed", "[documents]") {
    WorkflowFixture f;
    const qint64 blocked = f.openCase();
    QSqlQuery due(f.db());
    REQUIRE(due.exec(QStringLiteral("SELECT due_on FROM deadlines WHERE kind = 'notice-service'")));
    REQUIRE(due.next());
    const QDate dueOn = QDate::fromString(due.value(0).toString(), Qt::ISODate);
    due.finish();
    const QString folder = QFileInfo(f.vault().path()).dir().filePath(QStringLiteral("batch"));
    // A folder where the notice's file should go: the PDF cannot be written there.
    REQUIRE(QDir().mkpath(folder + QStringLiteral("/%1-notice.pdf").arg(blocked)));
    Session session(f.vault(), f.officer);
    QList<int> seen;
    auto batch = DocumentService(session).printBatch(dueOn, folder, [&](int done, int total) {
        seen << done;
        CHECK(total == 1);
        return true;
    });
    REQUIRE(batch.ok());
    REQUIRE(batch->items.size() == 1);
    REQUIRE(batch->items.first().error.has_value());
    CHECK(batch->items.first().error->message.contains(QStringLiteral("notice.pdf")));
    CHECK(seen.last() == 1);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE event = 'document.print.failed'")) == 1);
}

TEST_CASE("Every built-in template passes the check an adapted template must pass", "[documents]") {
    WorkflowFixture f;
    Session admin(f.vault(), f.admin);
    QStringList names{documents::DocumentTemplate::organTemplateName};
    for (const DocumentKind kind : documents::allDocumentKinds())
        names << documents::documentKindId(kind);
    for (const QString& name : names) {
        INFO(name.toStdString());
        auto builtIn = documents::DocumentTemplate::builtIn(name);
        REQUIRE(builtIn.ok());
        auto stored = DocumentService(admin).adaptTemplate(name, builtIn->text());
        if (!stored)
            FAIL(stored.error().message.toStdString());
    }
}

namespace {

// `notices` cases opened on the same day, so that their notices fall due for service together; returns that day.
QDate noticesDue(WorkflowFixture& f, int notices) {
    f.adoptStandard();
    for (int i = 0; i < notices; ++i)
        openCaseFor(f, usccFor(i), QStringLiteral("批量测试企业%1有限公司").arg(i));
    QSqlQuery due(f.db());
    REQUIRE(due.exec(QStringLiteral("SELECT min(due_on) FROM deadlines WHERE kind = 'notice-service'")));
    REQUIRE(due.next());
    return QDate::fromString(due.value(0).toString(), Qt::ISODate);
}

QDate threeNoticesDue(WorkflowFixture& f) {
    return noticesDue(f, 3);
}

qint64 commitCount(WorkflowFixture& f) {
    return f.count(QStringLiteral("SELECT CAST(value AS INTEGER) FROM vault_meta WHERE key = 'commit_seq'"));
}

} // namespace

TEST_CASE("A batch saves its notices in one transaction per group, each print with its own audit entry",
          "[documents]") {
    WorkflowFixture f;
    const QDate dueOn = threeNoticesDue(f);
    Session session(f.vault(), f.officer);
    const QString folder = QFileInfo(f.vault().path()).dir().filePath(QStringLiteral("batch"));
    const qint64 commitsBefore = commitCount(f);
    auto batch = DocumentService(session).printBatch(dueOn, folder);
    REQUIRE(batch.ok());
    REQUIRE(batch->items.size() == 3);
    for (const auto& item : batch->items) {
        INFO((item.error ? item.error->message : QString()).toStdString());
        CHECK_FALSE(item.error.has_value());
        CHECK(QFileInfo::exists(item.file));
    }
    // One synchronous commit for the three prints (and their inquiries), not one each.
    CHECK(commitCount(f) == commitsBefore + 1);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE event = 'document.issue'")) == 3);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM document_copies")) == 3);
    QSqlDatabase db = f.db();
    CHECK(audit::AuditLog::verify(db).intact);
    // No temporary file is left beside the notices.
    CHECK(QDir(folder).entryList(QDir::Files | QDir::Hidden).size() == 3);
}

TEST_CASE("A cancelled batch rolls back the group under way, files and numbers included, and the series stays "
          "without gaps",
          "[documents]") {
    WorkflowFixture f;
    const QDate dueOn = threeNoticesDue(f);
    Session session(f.vault(), f.officer);
    const QString folder = QFileInfo(f.vault().path()).dir().filePath(QStringLiteral("batch"));
    const qint64 entries = f.count(QStringLiteral("SELECT count(*) FROM audit_log"));
    const qint64 inquiries = f.count(QStringLiteral("SELECT count(*) FROM inquiry_register"));
    int reports = 0;
    // The officer presses Cancel after the second notice.
    auto cancelled = DocumentService(session).printBatch(dueOn, folder, [&](int, int) { return ++reports < 2; });
    REQUIRE(cancelled.ok());
    CHECK(cancelled->cancelled);
    CHECK(cancelled->rolledBack == 2);
    CHECK(cancelled->items.isEmpty());
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM documents")) == 0);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM document_copies")) == 0);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM audit_log")) == entries);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM inquiry_register")) == inquiries);
    CHECK(QDir(folder).entryList(QDir::Files | QDir::Hidden).isEmpty());

    // Printed again in full, the numbers start where they would have: 1, 2, 3.
    auto printed = DocumentService(session).printBatch(dueOn, folder);
    REQUIRE(printed.ok());
    REQUIRE(printed->items.size() == 3);
    QSqlQuery seqs(f.db());
    REQUIRE(seqs.exec(QStringLiteral("SELECT seq FROM documents ORDER BY seq")));
    QList<int> numbers;
    while (seqs.next())
        numbers << seqs.value(0).toInt();
    CHECK(numbers == QList<int>{1, 2, 3});
}

namespace {

// What a batch left in the vault, in the order of the series: number, case and digest of the stored text.
QStringList storedNotices(WorkflowFixture& f) {
    QSqlQuery query(f.db());
    REQUIRE(query.exec(QStringLiteral("SELECT number, case_id, text_sha256 FROM documents ORDER BY seq")));
    QStringList rows;
    while (query.next())
        rows << QStringLiteral("%1 %2 %3")
                    .arg(query.value(0).toString(), query.value(1).toString(), query.value(2).toString());
    return rows;
}

// A notice's PDF text without its fingerprint (which names the audit entry, whose hash includes the real time of
// the print and so differs between two vaults).
QString withoutFingerprint(const QString& pdfText, const QString& fingerprint) {
    return QString(pdfText).remove(compact(fingerprint));
}

} // namespace

TEST_CASE("A batch rendered by several threads gives the numbers, texts and fingerprints of a sequential one",
          "[documents]") {
    if (const QString missing = pdfToolsMissing(); !missing.isEmpty()) {
        skipTest(missing);
        return;
    }
    constexpr int notices = 6;
    WorkflowFixture sequentialVault;
    WorkflowFixture parallelVault;
    const QDate dueOn = noticesDue(sequentialVault, notices);
    REQUIRE(noticesDue(parallelVault, notices) == dueOn);

    const auto printAll = [&](WorkflowFixture& f, int threads) {
        Session session(f.vault(), f.officer);
        DocumentService documents(session);
        documents.setRenderThreads(threads);
        const QString folder = QFileInfo(f.vault().path()).dir().filePath(QStringLiteral("batch"));
        auto batch = documents.printBatch(dueOn, folder);
        REQUIRE(batch.ok());
        REQUIRE(batch->items.size() == notices);
        return *batch;
    };
    const DocumentService::Batch sequential = printAll(sequentialVault, 1);
    // More threads than cores: the renders overlap even on a one-core machine.
    const DocumentService::Batch parallel = printAll(parallelVault, 4);

    CHECK(storedNotices(parallelVault) == storedNotices(sequentialVault));
    Session checker(parallelVault.vault(), parallelVault.officer);
    for (int i = 0; i < notices; ++i) {
        const auto& one = sequential.items.at(i);
        const auto& other = parallel.items.at(i);
        INFO(other.file.toStdString());
        REQUIRE_FALSE(other.error.has_value());
        CHECK(other.caseId == one.caseId);
        CHECK(other.number == one.number);
        CHECK(other.number.endsWith(QStringLiteral("〕%1号").arg(i + 1)));
        // Each PDF carries the fingerprint of its own print, and that fingerprint verifies as this notice.
        const QString parallelText = compact(pdfText(other.file));
        CHECK(parallelText.contains(compact(other.fingerprint)));
        auto verified = DocumentService(checker).verify(other.fingerprint);
        REQUIRE(verified.ok());
        CHECK(verified->genuine);
        CHECK(verified->number == other.number);
        CHECK(verified->caseId == other.caseId);
        // Apart from the fingerprint, the page is the sequential batch's page, and so is the page count.
        CHECK(withoutFingerprint(parallelText, other.fingerprint) ==
              withoutFingerprint(compact(pdfText(one.file)), one.fingerprint));
        CHECK(pdfInfo(other.file).pages == pdfInfo(one.file).pages);
    }
    // The audit entries follow the series: the n-th print is the n-th number.
    QSqlQuery order(parallelVault.db());
    REQUIRE(order.exec(QStringLiteral("SELECT d.seq FROM document_copies c JOIN documents d ON d.id = c.document_id "
                                      "ORDER BY c.audit_seq")));
    QList<int> seqs;
    while (order.next())
        seqs << order.value(0).toInt();
    CHECK(seqs == QList<int>{1, 2, 3, 4, 5, 6});
}

TEST_CASE("A batch cancelled while several threads render leaves no gap in the series and no file", "[documents]") {
    constexpr int notices = 6;
    WorkflowFixture f;
    const QDate dueOn = noticesDue(f, notices);
    Session session(f.vault(), f.officer);
    const QString folder = QFileInfo(f.vault().path()).dir().filePath(QStringLiteral("batch"));
    const qint64 entries = f.count(QStringLiteral("SELECT count(*) FROM audit_log"));
    DocumentService documents(session);
    documents.setRenderThreads(4);
    int reports = 0;
    // Cancel after the third report: some notices recorded, some rendered, some still queued.
    auto cancelled = documents.printBatch(dueOn, folder, [&](int, int) { return ++reports < 3; });
    REQUIRE(cancelled.ok());
    CHECK(cancelled->cancelled);
    CHECK(cancelled->rolledBack == 3);
    CHECK(cancelled->items.isEmpty());
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM documents")) == 0);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM audit_log")) == entries);
    CHECK(QDir(folder).entryList(QDir::Files | QDir::Hidden).isEmpty());

    auto printed = documents.printBatch(dueOn, folder);
    REQUIRE(printed.ok());
    REQUIRE(printed->items.size() == notices);
    QSqlQuery seqs(f.db());
    REQUIRE(seqs.exec(QStringLiteral("SELECT seq FROM documents ORDER BY seq")));
    QList<int> numbers;
    while (seqs.next())
        numbers << seqs.value(0).toInt();
    CHECK(numbers == QList<int>{1, 2, 3, 4, 5, 6});
    CHECK(QDir(folder).entryList(QDir::Files | QDir::Hidden).size() == notices);
}
