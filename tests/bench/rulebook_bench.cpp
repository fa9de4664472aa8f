// Prints how long loading the rule data and answering RuleBook questions take. Never fails on speed.
#include "rules/RuleBook.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

using namespace creditcase;
using namespace creditcase::rules;

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);

    constexpr int loads = 50;
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < loads; ++i) {
        auto rules = RuleSet::builtIn();
        if (!rules) {
            out << rules.error().message << Qt::endl;
            return 1;
        }
    }
    out << "RuleSet::builtIn (8 files, parse + validate): " << double(timer.nsecsElapsed()) / loads / 1e6 << " ms"
        << Qt::endl;

    const RuleBook book(RuleSet::builtIn().take());
    constexpr int questions = 20000;
    StandardFacts standard;
    standard.status = domain::StandardStatus::InForce;
    standard.commentOpenedOn = QDate(2021, 6, 1);
    standard.commentClosedOn = QDate(2021, 7, 1);
    standard.adoptedOn = QDate(2021, 11, 10);
    standard.inForceFrom = QDate(2022, 1, 1);
    standard.statesRemovalConditions = standard.statesRemovalProcedure = standard.statesRelief = true;
    DesignationFacts designation;
    designation.conductScope = domain::ScopeCategory::RefusingLegalObligations;
    int allowed = 0;
    timer.restart();
    for (int i = 0; i < questions; ++i) {
        const QDate on = QDate(2026, 1, 1).addDays(i % 365);
        allowed +=
            book.mayRecord(QStringLiteral("administrative-penalty-legal-person"), domain::SubjectType::LegalPerson, on)
                .allowed;
        allowed += book.mayDesignate(QStringLiteral("wage-arrears"), standard, designation, on).allowed;
        allowed += book.mayImpose(QStringLiteral("no-bidding"), QStringLiteral("wage-arrears"),
                                  domain::Severity::Serious, MeasureUse::Order, on)
                       .allowed;
        allowed += book.disclosureWindow(on, domain::Severity::General).ok();
    }
    out << "RuleBook, 4 questions (record, designate, impose, disclosure window): "
        << double(timer.nsecsElapsed()) / questions / 1e3 << " us per set (" << allowed << " allowed)" << Qt::endl;
    return 0;
}
