#pragma once

// Helpers shared by the case-work commands (subject, record, case, restore, standard, deadlines): reading dates
// and ids from options, and the JSON shapes of the objects.
#include "CliContext.h"
#include "workflow/CaseWorkflow.h"
#include "workflow/DeadlineRegister.h"
#include "workflow/WorkflowContext.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QDate>
#include <QJsonObject>
#include <memory>
#include <optional>

namespace creditcase::cli {

class WorkflowCli {
    Q_DECLARE_TR_FUNCTIONS(WorkflowCli)

public:
    // Options that every command needs in some form; usage errors name the option.
    static Result<QDate> date(const QCommandLineParser& parser, const QCommandLineOption& option, bool required);
    static Result<qint64> id(const QCommandLineParser& parser, const QCommandLineOption& option);
    static Status require(const QCommandLineParser& parser, std::initializer_list<const QCommandLineOption*> options);

    static QJsonObject caseJson(const domain::Case& theCase);
    static QJsonObject caseFileJson(const workflow::CaseFile& file);
    static QJsonObject restorationJson(const domain::Restoration& restoration);
    static QJsonObject standardJson(const domain::Standard& standard);
    static QJsonObject deadlineJson(const domain::Deadline& deadline);

    static QString caseText(const domain::Case& theCase);
    static QString caseFileText(const workflow::CaseFile& file);
    static QString iso(QDate date) { return workflow::WorkflowContext::iso(date); }
};

} // namespace creditcase::cli
