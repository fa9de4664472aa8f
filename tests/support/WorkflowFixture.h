#pragma once

#include "TempDir.h"
#include "TestVault.h"
#include "domain/Severity.h"
#include "domain/User.h"
#include "workflow/CaseWorkflow.h"
#include "workflow/WorkflowContext.h"

#include <QDate>
#include <QString>
#include <memory>

namespace creditcase::test {

// A vault with the people of a county market-regulation bureau and its provincial department, the clock fixed on
// a day (default 2026-06-30), and shortcuts to bring a case to any stage. Workflow steps run as a named user through
// WorkflowContext, so a test can switch between officer, supervisor and reviewer without reopening the vault.
//
//   officer      li.officer    officer     county
//   officer2     he.officer    officer     county
//   supervisor   zhao.sup      supervisor  county
//   supervisor2  sun.sup       supervisor  county
//   provincial   qian.prov     supervisor  provincial
//   auditor      zhou.audit    auditor     county
//   admin        admin         administrator county
class WorkflowFixture {
public:
    explicit WorkflowFixture(QDate today = QDate(2026, 6, 30));
    ~WorkflowFixture();
    WorkflowFixture(const WorkflowFixture&) = delete;
    WorkflowFixture& operator=(const WorkflowFixture&) = delete;

    storage::Vault& vault() { return *m_vault.vault; }
    QSqlDatabase db() { return m_vault.vault->database(); }
    workflow::WorkflowContext as(const domain::User& user) { return workflow::WorkflowContext(vault(), user); }
    void setToday(QDate today);

    domain::User admin, officer, officer2, supervisor, supervisor2, provincial, auditor;

    // ---- building blocks (each REQUIREs success) -------------------------------------------------------------
    qint64 addSubject(const QString& identifier = QStringLiteral("91350100M000100Y43"),
                      domain::SubjectKind kind = domain::SubjectKind::Enterprise);
    qint64 addRecord(qint64 subjectId, domain::Severity severity = domain::Severity::Serious,
                     QDate basisDate = QDate(2025, 1, 10), QDate effectiveOn = QDate(2025, 2, 10),
                     const QString& catalogItem = QStringLiteral("administrative-penalty-legal-person"));
    // A standard for the list type with a 36-day comment period in autumn 2024, adopted 2024-11-10.
    qint64 adoptStandard(const QString& listType = QStringLiteral("samr-serious-illegal"));
    // Subject, record and standard, then a samr case opened on 2025-02-20 by the officer.
    qint64 openCase();
    // ... notice served 2025-02-21 (window until 2025-02-28).
    qint64 servedCase();
    // ... objection 2025-02-25 rejected 2025-02-27, re-examined 2025-03-03..05, decided 2025-03-06 by the supervisor.
    qint64 listedCase();

    // Rows of every case-work table and the audit chain, for "nothing else changed" checks.
    struct Snapshot {
        QString tables; // digest of every row of the case-work tables
        qint64 auditEntries = 0;
        QStringList lastEvents;
    };
    Snapshot snapshot();
    // REQUIREs that nothing but one audit entry "<event>.refused" was written since `before`.
    void requireOnlyRefusalAudited(const Snapshot& before, const QString& event);
    QString lastAuditEvent();
    qint64 count(const QString& sql);

private:
    TempDir m_dir;
    TestVault m_vault;
};

} // namespace creditcase::test
