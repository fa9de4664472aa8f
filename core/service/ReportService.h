#pragma once

#include "Result.h"
#include "audit/AccountabilityReport.h"
#include "exchange/DisclosureExport.h"
#include "service/Session.h"
#include "workflow/DeadlineRegister.h"

#include <QCoreApplication>
#include <QDate>

namespace creditcase::service {

// Which deadlines to list, and one listed deadline, named for the clients of ReportService::deadlines.
using DeadlineQuery = workflow::DeadlineRegister::Query;
using DueDeadline = workflow::DeadlineRegister::Due;

// Reports over the vault: the accountability report by organ and the list of open deadlines.
class ReportService {
    Q_DECLARE_TR_FUNCTIONS(ReportService)

public:
    explicit ReportService(Session& session);

    /* A period that has not ended cannot be accounted for (what is late is not known before the day comes), and
       it must not end before it starts. Checked before anything is opened; the caller may check it early. */
    static Status checkPeriod(QDate from, QDate to);

    struct Accountability {
        audit::AccountabilityReport::Report report;
        QString madeBy;
    };
    /* The accountability report for a period ("report.accountability", recorded after the report is made, so the
       chain position printed in it is the one it was made at). Supervisors, auditors and administrators; an officer
       is refused ("report.accountability.refused") and nothing else is written. */
    Result<Accountability> accountability(QDate from, QDate to);

    /* Writes the disclosure file of a channel as of a day ("export.disclosure", see DisclosureExport::run). Officers,
       supervisors and administrators; a refusal writes no file and no audit entry, nor does a cancelled export. */
    Result<exchange::DisclosureExport::Outcome> exportDisclosure(const exchange::DisclosureExport::Request& request,
                                                                 const Progress& progress = Progress::none());

    /* Open deadlines as of a day (any user), of the user's jurisdiction (deadlineScope). The list is registered as one
       inquiry ("deadlines:list") naming the subjects listed, with `purpose` (a default purpose when empty); if it
       cannot be registered nothing is returned. */
    Result<QList<workflow::DeadlineRegister::Due>> deadlines(const workflow::DeadlineRegister::Query& query,
                                                             const QString& purpose = {});

    /* Whose deadlines `user` sees: their own organ's; an auditor's also those of the organs under it; a supervisor
       also the re-examinations of the organs whose designations they are due to re-examine under some list type
       in force on `on` (CaseWorkflow::mayReExamine: the next higher organ for the SAMR list). */
    static Result<workflow::DeadlineRegister::Scope> deadlineScope(QSqlDatabase& db, const domain::User& user,
                                                                   const rules::RuleSet& rules, QDate on);

private:
    Session& m_session;
};

} // namespace creditcase::service
