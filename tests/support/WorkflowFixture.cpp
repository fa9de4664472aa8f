#include "WorkflowFixture.h"

#include "Clock.h"
#include "crypto/KdfParams.h"
#include "workflow/CreditRecordRegister.h"
#include "workflow/StandardWorkflow.h"
#include "workflow/SubjectRegister.h"
#include "workflow/UserAdministration.h"

#include <QCryptographicHash>
#include <QSqlQuery>
#include <QSqlRecord>
#include <catch2/catch.hpp>

namespace creditcase::test {

namespace {

domain::User addUser(storage::Vault& vault, const QString& name, domain::Role role, const QString& organ,
                     domain::OrganLevel level, const QString& region) {
    workflow::UserAdministration users(vault);
    auto added =
        users.addUser({name, role, organ, level, region}, secret(kPassword), crypto::KdfParams::cheapestForTests());
    if (!added)
        FAIL(added.error().message.toStdString());
    return added.take();
}

} // namespace

WorkflowFixture::WorkflowFixture(QDate today)
    : m_vault(createTestVault(m_dir.file(QStringLiteral("workflow.vault")))) {
    setToday(today);
    const QString county = QStringLiteral("Test County Market Regulation Bureau");
    const QString province = QStringLiteral("Test Provincial Market Regulation Department");
    auto self = workflow::UserAdministration(vault()).actingUser();
    REQUIRE(self.ok());
    admin = *self;
    officer = addUser(vault(), QStringLiteral("li.officer"), domain::Role::Officer, county, domain::OrganLevel::County,
                      QStringLiteral("110105"));
    officer2 = addUser(vault(), QStringLiteral("he.officer"), domain::Role::Officer, county, domain::OrganLevel::County,
                       QStringLiteral("110105"));
    supervisor = addUser(vault(), QStringLiteral("zhao.sup"), domain::Role::Supervisor, county,
                         domain::OrganLevel::County, QStringLiteral("110105"));
    supervisor2 = addUser(vault(), QStringLiteral("sun.sup"), domain::Role::Supervisor, county,
                          domain::OrganLevel::County, QStringLiteral("110105"));
    provincial = addUser(vault(), QStringLiteral("qian.prov"), domain::Role::Supervisor, province,
                         domain::OrganLevel::Provincial, QStringLiteral("110000"));
    auditor = addUser(vault(), QStringLiteral("zhou.audit"), domain::Role::Auditor, county, domain::OrganLevel::County,
                      QStringLiteral("110105"));
}

WorkflowFixture::~WorkflowFixture() {
    Clock::setOverride(nullptr);
}

void WorkflowFixture::setToday(QDate today) {
    Clock::setOverride([today] { return QDateTime(today, QTime(10, 0)); });
}

qint64 WorkflowFixture::addSubject(const QString& identifier, domain::SubjectKind kind) {
    auto context = as(officer);
    auto added = workflow::SubjectRegister(context).add({kind, QStringLiteral("Test Food Co., Ltd."), identifier,
                                                         QStringLiteral("1 Test Road"), QStringLiteral("Zhang San")});
    if (!added)
        FAIL(added.error().message.toStdString());
    return added->id;
}

qint64 WorkflowFixture::addRecord(qint64 subjectId, domain::Severity severity, QDate basisDate, QDate effectiveOn,
                                  const QString& catalogItem) {
    auto context = as(officer);
    workflow::CreditRecordRegister::NewRecord record;
    record.subjectId = subjectId;
    record.catalogItem = catalogItem;
    record.basisKind = domain::BasisDocumentKind::AdministrativePenaltyDecision;
    record.basisNumber = QStringLiteral("Test AMR Penalty [2025] No. 12");
    record.basisOrgan = QStringLiteral("Test County Market Regulation Bureau");
    record.basisDate = basisDate;
    record.effectiveOn = effectiveOn;
    record.severity = severity;
    record.sector = QStringLiteral("market-regulation");
    record.facts = QStringLiteral("sold food that failed inspection");
    auto added = workflow::CreditRecordRegister(context).add(record);
    if (!added)
        FAIL(added.error().message.toStdString());
    return added->record.id;
}

qint64 WorkflowFixture::adoptStandard(const QString& listType) {
    auto asOfficer = as(officer);
    workflow::StandardWorkflow drafting(asOfficer);
    auto standard = drafting.add(listType, QStringLiteral("Designation standard"));
    if (!standard)
        FAIL(standard.error().message.toStdString());
    auto opened = drafting.openComment(standard->id, QDate(2024, 10, 1), QDate(2024, 11, 5));
    if (!opened)
        FAIL(opened.error().message.toStdString());
    auto asSupervisor = as(supervisor);
    auto adopted = workflow::StandardWorkflow(asSupervisor).adopt(standard->id, QDate(2024, 11, 10));
    if (!adopted)
        FAIL(adopted.error().message.toStdString());
    return standard->id;
}

qint64 WorkflowFixture::openCase() {
    const qint64 record = addRecord(addSubject());
    adoptStandard();
    auto context = as(officer);
    workflow::CaseWorkflow::OpenCase request;
    request.recordId = record;
    request.listType = QStringLiteral("samr-serious-illegal");
    request.scope = domain::ScopeCategory::PublicHealthAndSafety;
    request.on = QDate(2025, 2, 20);
    auto opened = workflow::CaseWorkflow(context).open(request);
    if (!opened)
        FAIL(opened.error().message.toStdString());
    return opened->id;
}

qint64 WorkflowFixture::servedCase() {
    const qint64 id = openCase();
    auto context = as(officer);
    auto served = workflow::CaseWorkflow(context).serveNotice(id, QDate(2025, 2, 21));
    if (!served)
        FAIL(served.error().message.toStdString());
    return id;
}

qint64 WorkflowFixture::listedCase() {
    const qint64 id = servedCase();
    auto asOfficer = as(officer);
    workflow::CaseWorkflow byOfficer(asOfficer);
    auto asSupervisor = as(supervisor);
    workflow::CaseWorkflow bySupervisor(asSupervisor);
    auto asProvincial = as(provincial);
    workflow::CaseWorkflow byProvince(asProvincial);
    auto step = [](const Result<domain::Case>& result) {
        if (!result)
            FAIL(result.error().message.toStdString());
    };
    step(byOfficer.receiveObjection(id, QDate(2025, 2, 25), QStringLiteral("The goods were not ours.")));
    step(bySupervisor.answerObjection(id, QDate(2025, 2, 27), false,
                                      QStringLiteral("The inspection report shows they were.")));
    step(byOfficer.submitReExamination(id, QDate(2025, 3, 3), QString()));
    step(byProvince.decideReExamination(id, QDate(2025, 3, 5), true, QString()));
    step(bySupervisor.decide(id, QDate(2025, 3, 6)));
    return id;
}

WorkflowFixture::Snapshot WorkflowFixture::snapshot() {
    Snapshot snap;
    QSqlDatabase database = db();
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const char* table : {"subjects", "basis_documents", "attachments", "credit_records", "standards", "cases",
                              "notices", "objections", "re_examinations", "decisions", "applied_measures",
                              "restorations", "deadlines", "inquiry_register", "users", "organs"}) {
        QSqlQuery q(database);
        REQUIRE(q.exec(QStringLiteral("SELECT * FROM %1 ORDER BY 1").arg(QLatin1String(table))));
        hash.addData(QByteArray(table));
        while (q.next()) {
            for (int i = 0; i < q.record().count(); ++i) {
                hash.addData(q.value(i).toString().toUtf8());
                hash.addData(QByteArrayView("|"));
            }
        }
    }
    snap.tables = QString::fromLatin1(hash.result().toHex());
    snap.auditEntries = count(QStringLiteral("SELECT count(*) FROM audit_log"));
    return snap;
}

void WorkflowFixture::requireOnlyRefusalAudited(const Snapshot& before, const QString& event) {
    const Snapshot after = snapshot();
    CHECK(after.tables == before.tables);
    REQUIRE(after.auditEntries == before.auditEntries + 1);
    CHECK(lastAuditEvent() == event + QStringLiteral(".refused"));
}

QString WorkflowFixture::lastAuditEvent() {
    QSqlQuery q(db());
    REQUIRE(q.exec(QStringLiteral("SELECT event FROM audit_log ORDER BY seq DESC LIMIT 1")));
    REQUIRE(q.next());
    return q.value(0).toString();
}

qint64 WorkflowFixture::count(const QString& sql) {
    QSqlQuery q(db());
    REQUIRE(q.exec(sql));
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

} // namespace creditcase::test
