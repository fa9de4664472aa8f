#include "DocumentCases.h"

#include "workflow/CaseWorkflow.h"
#include "workflow/RestorationWorkflow.h"
#include "workflow/SubjectRegister.h"

#include <catch2/catch.hpp>

namespace creditcase::test {

QString usccFor(int n) {
    static const QString alphabet = QStringLiteral("0123456789ABCDEFGHJKLMNPQRTUWXY");
    const QString organisation = QStringLiteral("M000100Y4"); // organisation code with its GB 11714 check
    const QString first17 = QStringLiteral("9135%1").arg(n, 4, 10, QLatin1Char('0')) + organisation;
    static const int weights[17] = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    int sum = 0;
    for (int i = 0; i < 17; ++i)
        sum += static_cast<int>(alphabet.indexOf(first17.at(i))) * weights[i];
    const int check = (31 - sum % 31) % 31;
    return first17 + alphabet.at(check);
}

qint64 openCaseFor(WorkflowFixture& f, const QString& identifier, const QString& name) {
    auto context = f.as(f.officer);
    workflow::SubjectRegister::NewSubject subject;
    subject.kind = domain::SubjectKind::Enterprise;
    subject.name = name;
    subject.identifier = identifier;
    subject.address = QStringLiteral("示范县示范路1号");
    auto added = workflow::SubjectRegister(context).add(subject);
    if (!added)
        FAIL(added.error().message.toStdString());
    const qint64 record = f.addRecord(added->id);
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

qint64 removedCase(WorkflowFixture& f) {
    const qint64 id = f.listedCase();
    auto asOfficer = f.as(f.officer);
    workflow::RestorationWorkflow::Application application;
    application.caseId = id;
    application.on = QDate(2026, 6, 1);
    application.correctedOn = QDate(2025, 4, 1);
    application.commitmentLetter = workflow::AttachmentStore::File{QStringLiteral("letter.pdf"), QByteArray("%PDF")};
    auto applied = workflow::RestorationWorkflow(asOfficer).apply(application);
    if (!applied)
        FAIL(applied.error().message.toStdString());
    auto asSupervisor = f.as(f.supervisor);
    auto granted = workflow::RestorationWorkflow(asSupervisor)
                       .decide(id, QDate(2026, 6, 5), true, QStringLiteral("已纠正失信行为，准予修复。"));
    if (!granted)
        FAIL(granted.error().message.toStdString());
    return id;
}

} // namespace creditcase::test
