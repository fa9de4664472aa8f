#pragma once

#include "Result.h"
#include "WorkflowContext.h"
#include "domain/Subject.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace creditcase::workflow {

// The subjects of public credit information. Identifiers are validated (USCC for enterprises and organisations,
// resident ID number for individuals, DOMAIN.md §9) and stored normalised; one subject per identifier. Officers
// and supervisors record subjects; the act is audited (without the identifier in the payload, which stays in the
// encrypted table only).
class SubjectRegister {
    Q_DECLARE_TR_FUNCTIONS(SubjectRegister)

public:
    struct NewSubject {
        domain::SubjectKind kind = domain::SubjectKind::Enterprise;
        QString name;
        QString identifier;
        QString address;
        QString legalRepresentative;
    };

    explicit SubjectRegister(WorkflowContext& context);

    /* Records a subject. Usage error for a missing name or an invalid identifier (the reason names the failing
       check); refused when the identifier is already recorded (the message names that subject's id) or the role
       may not record subjects. Nothing is written on failure except the refusal's audit entry. */
    Result<domain::Subject> add(const NewSubject& subject);

    static Result<domain::Subject> find(QSqlDatabase& db, qint64 subjectId);

private:
    WorkflowContext& m_context;
};

} // namespace creditcase::workflow
