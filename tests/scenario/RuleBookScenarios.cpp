// The RuleBook's questions, as the Guiding Opinions and the sector rules put them. Each scenario names the
// provision it enforces and checks both an allowed and a refused case, with the citation the answer rests on.
#include "rules/RuleBook.h"
#include "rules/RuleImporter.h"
#include "RuleEditions.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <catch2/catch.hpp>
#include <functional>

using namespace creditcase;
using namespace creditcase::rules;
using domain::AuthorityLevel;
using domain::BasisDocumentKind;
using domain::ScopeCategory;
using domain::Severity;
using domain::StandardStatus;
using domain::SubjectType;

namespace {

const RuleSet& shippedRules() {
    static const RuleSet rules = [] {
        auto loaded = RuleSet::builtIn();
        if (!loaded)
            FAIL(loaded.error().message.toStdString());
        return loaded.take();
    }();
    return rules;
}

bool cites(const Verdict& verdict, const QString& fragment) {
    for (const auto& citation : verdict.citations) {
        if (citation.text.contains(fragment))
            return true;
    }
    return false;
}

bool cites(const QList<Citation>& citations, const QString& fragment) {
    return cites(Verdict::allow({}, citations), fragment);
}

// Stand-in for the WorkCalendar in these scenarios: skips weekends only. The real calendar also skips statutory
// holidays and counts make-up working days; the RuleBook only hands it the rule.
QDate weekdaysOnly(QDate trigger, const RuleDuration& duration) {
    if (duration.mode != RuleDuration::Mode::WorkingDays)
        return plainCalendarAdd(trigger, duration);
    QDate day = trigger;
    for (int counted = 0; counted < duration.count;) {
        day = day.addDays(1);
        if (day.dayOfWeek() < 6)
            ++counted;
    }
    return day;
}

// The wage-arrears standard as adopted: open for comment 30 days, adopted, in force from 2022-01-01, stating
// removal conditions, procedure and relief.
StandardFacts wageArrearsStandard() {
    StandardFacts s;
    s.status = StandardStatus::InForce;
    s.commentOpenedOn = QDate(2021, 6, 1);
    s.commentClosedOn = QDate(2021, 7, 1);
    s.adoptedOn = QDate(2021, 11, 10);
    s.inForceFrom = QDate(2022, 1, 1);
    s.statesRemovalConditions = true;
    s.statesRemovalProcedure = true;
    s.statesRelief = true;
    return s;
}

DesignationFacts countyDesignation(ScopeCategory scope) {
    DesignationFacts d;
    d.conductScope = scope;
    d.designatingLevel = AuthorityLevel::County;
    return d;
}

} // namespace

// ---- may this catalogue item be recorded? -----------------------------------------------------------------------

SCENARIO("only items of the catalogue in force may be recorded as public credit information [Opinions II(1), IX]") {
    const RuleBook book(shippedRules());
    GIVEN("the 2024 catalogue in force on 2026-05-01") {
        WHEN("a penalty on a company is recorded") {
            const auto verdict = book.mayRecord(QStringLiteral("administrative-penalty-legal-person"),
                                                SubjectType::LegalPerson, QDate(2026, 5, 1));
            THEN("it is allowed, citing II(1) and the catalogue edition") {
                CHECK(verdict.allowed);
                CHECK(cites(verdict, QStringLiteral("II(1)")));
                CHECK(verdict.reason.contains(QStringLiteral("2024")));
                AND_THEN("the unverified item row is flagged") {
                    CHECK(verdict.restsOnUnverified());
                }
            }
        }
        WHEN("information that is not in the catalogue is recorded") {
            const auto verdict =
                book.mayRecord(QStringLiteral("blood-donation-record"), SubjectType::NaturalPerson, QDate(2026, 5, 1));
            THEN("it is refused, citing II(1) and the accountability clause") {
                CHECK_FALSE(verdict.allowed);
                CHECK(verdict.reason.contains(QStringLiteral("not an item of the catalogue")));
                CHECK(cites(verdict, QStringLiteral("II(1)")));
                CHECK(cites(verdict, QStringLiteral("IX")));
            }
        }
        WHEN("a vocational qualification is recorded for a company") {
            const auto verdict = book.mayRecord(QStringLiteral("professional-qualification"), SubjectType::LegalPerson,
                                                QDate(2026, 5, 1));
            THEN("it is refused: the item covers natural persons only") {
                CHECK_FALSE(verdict.allowed);
                CHECK(verdict.reason.contains(QStringLiteral("covers only")));
            }
        }
    }
    GIVEN("intellectual property information, added by the 2024 edition") {
        THEN("it may not be recorded in 2023 under the 2022 edition, and may be in 2024") {
            const auto before =
                book.mayRecord(QStringLiteral("intellectual-property"), SubjectType::LegalPerson, QDate(2023, 6, 1));
            CHECK_FALSE(before.allowed);
            CHECK(before.reason.contains(QStringLiteral("edition 2022")));
            CHECK(book.mayRecord(QStringLiteral("intellectual-property"), SubjectType::LegalPerson, QDate(2024, 6, 1))
                      .allowed);
        }
    }
    GIVEN("a date before any catalogue edition") {
        THEN("nothing may be recorded") {
            const auto verdict = book.mayRecord(QStringLiteral("administrative-penalty-legal-person"),
                                                SubjectType::LegalPerson, QDate(2020, 1, 1));
            CHECK_FALSE(verdict.allowed);
            CHECK(verdict.reason.contains(QStringLiteral("No catalogue")));
        }
    }
}

// ---- is this a legally effective basis? -------------------------------------------------------------------------

SCENARIO("a finding of untrustworthy conduct needs a legally effective basis document [Opinions II(2)]") {
    const RuleBook book(shippedRules());
    const QDate today(2026, 5, 1);
    GIVEN("an administrative penalty decision that took effect on 2026-03-02") {
        BasisFacts basis{BasisDocumentKind::AdministrativePenaltyDecision, true, QDate(2026, 3, 2), {}};
        THEN("it is a legally effective basis") {
            const auto verdict = book.isLegallyEffectiveBasis(basis, today);
            CHECK(verdict.allowed);
            CHECK(cites(verdict, QStringLiteral("II(2)")));
            CHECK_FALSE(verdict.restsOnUnverified());
        }
        AND_WHEN("it has not yet taken effect (still open to challenge)") {
            basis.legallyEffective = false;
            THEN("it is refused") {
                const auto verdict = book.isLegallyEffectiveBasis(basis, today);
                CHECK_FALSE(verdict.allowed);
                CHECK(verdict.reason.contains(QStringLiteral("has not taken legal effect")));
            }
        }
        AND_WHEN("the finding is dated before the decision took effect") {
            THEN("it is refused") {
                const auto verdict = book.isLegallyEffectiveBasis(basis, QDate(2026, 3, 1));
                CHECK_FALSE(verdict.allowed);
                CHECK(verdict.reason.contains(QStringLiteral("2026-03-02")));
            }
        }
    }
    GIVEN("an effective court judgment and an arbitral award") {
        THEN("both are bases") {
            CHECK(book.isLegallyEffectiveBasis({BasisDocumentKind::JudicialRuling, true, QDate(2025, 1, 1), {}}, today)
                      .allowed);
            CHECK(book.isLegallyEffectiveBasis({BasisDocumentKind::ArbitralAward, true, QDate(2025, 1, 1), {}}, today)
                      .allowed);
        }
    }
    GIVEN("a complaint, an inspection record or a media report") {
        THEN("none is a basis, whatever its date") {
            for (auto kind :
                 {BasisDocumentKind::Complaint, BasisDocumentKind::InspectionRecord, BasisDocumentKind::MediaReport}) {
                const auto verdict = book.isLegallyEffectiveBasis({kind, true, QDate(2025, 1, 1), {}}, today);
                CHECK_FALSE(verdict.allowed);
                CHECK(verdict.reason.startsWith(QStringLiteral("No legally effective basis document")));
                CHECK(cites(verdict, QStringLiteral("II(2)")));
            }
        }
    }
    GIVEN("another document said to be a basis by law") {
        BasisFacts basis{BasisDocumentKind::OtherStatutoryBasis, true, QDate(2025, 1, 1), {}};
        THEN("it is refused until the provision that makes it a basis is named") {
            CHECK_FALSE(book.isLegallyEffectiveBasis(basis, today).allowed);
            basis.statutoryProvision = QStringLiteral("保障农民工工资支付条例 第四十八条");
            CHECK(book.isLegallyEffectiveBasis(basis, today).allowed);
        }
    }
}

// ---- may this conduct go onto this list? ------------------------------------------------------------------------

SCENARIO("a designation needs a standard in force, adopted after a comment period of at least 30 days "
         "[Opinions IV(7)]") {
    const RuleBook book(shippedRules());
    const QString wage = QStringLiteral("wage-arrears");
    const auto designation = countyDesignation(ScopeCategory::RefusingLegalObligations);
    GIVEN("the wage-arrears standard, open for comment from 2021-06-01 to 2021-07-01") {
        auto standard = wageArrearsStandard();
        THEN("a county department may designate unpaid wages on 2026-05-01") {
            const auto verdict = book.mayDesignate(wage, standard, designation, QDate(2026, 5, 1));
            CHECK(verdict.allowed);
            CHECK(cites(verdict, QStringLiteral("IV(7)")));
            CHECK(cites(verdict, QStringLiteral("人力资源社会保障部令第45号")));
        }
        WHEN("the comment period closed one day early, on 2021-06-30") {
            standard.commentClosedOn = QDate(2021, 6, 30);
            THEN("the designation is refused, naming the day it should have stayed open until") {
                const auto verdict = book.mayDesignate(wage, standard, designation, QDate(2026, 5, 1));
                CHECK_FALSE(verdict.allowed);
                CHECK(verdict.reason.contains(QStringLiteral("2021-07-01")));
                CHECK(verdict.reason.contains(QStringLiteral("30 day")));
                CHECK(cites(verdict, QStringLiteral("IV(7)")));
            }
        }
        WHEN("the standard was adopted before its comment period closed") {
            standard.adoptedOn = QDate(2021, 6, 20);
            THEN("the designation is refused") {
                const auto verdict = book.mayDesignate(wage, standard, designation, QDate(2026, 5, 1));
                CHECK_FALSE(verdict.allowed);
                CHECK(verdict.reason.contains(QStringLiteral("before its public comment period closed")));
            }
        }
        WHEN("the standard is adopted but not yet in force") {
            standard.status = StandardStatus::Adopted;
            THEN("the designation is refused") {
                CHECK_FALSE(book.mayDesignate(wage, standard, designation, QDate(2026, 5, 1)).allowed);
            }
        }
        WHEN("the designation is dated before Order 45 took effect (2022-01-01, Art. 20)") {
            THEN("it is refused") {
                const auto verdict = book.mayDesignate(wage, standard, designation, QDate(2021, 12, 31));
                CHECK_FALSE(verdict.allowed);
                CHECK(verdict.reason.contains(QStringLiteral("2022-01-01")));
            }
        }
        WHEN("the standard does not state the relief available") {
            standard.statesRelief = false;
            THEN("the designation is refused") {
                const auto verdict = book.mayDesignate(wage, standard, designation, QDate(2026, 5, 1));
                CHECK_FALSE(verdict.allowed);
                CHECK(verdict.reason.contains(QStringLiteral("relief")));
            }
        }
        WHEN("the standard takes a form the Opinions do not allow") {
            standard.legalForm = QStringLiteral("internal-notice");
            THEN("the designation is refused") {
                CHECK_FALSE(book.mayDesignate(wage, standard, designation, QDate(2026, 5, 1)).allowed);
            }
        }
    }
}

SCENARIO("a list covers only the four kinds of conduct and cannot be widened [Opinions IV(6)]") {
    const RuleBook book(shippedRules());
    GIVEN("the wage-arrears list, which covers refusal of legal obligations") {
        THEN("conduct endangering public health is refused for it") {
            const auto verdict =
                book.mayDesignate(QStringLiteral("wage-arrears"), wageArrearsStandard(),
                                  countyDesignation(ScopeCategory::PublicHealthAndSafety), QDate(2026, 5, 1));
            CHECK_FALSE(verdict.allowed);
            CHECK(verdict.reason.contains(QStringLiteral("outside the scope")));
            CHECK(cites(verdict, QStringLiteral("IV(6)")));
        }
    }
    GIVEN("a list type no rule provides") {
        THEN("no designation is possible") {
            const auto verdict =
                book.mayDesignate(QStringLiteral("jaywalkers"), wageArrearsStandard(),
                                  countyDesignation(ScopeCategory::RefusingLegalObligations), QDate(2026, 5, 1));
            CHECK_FALSE(verdict.allowed);
            CHECK(cites(verdict, QStringLiteral("IV(6)")));
        }
    }
}

SCENARIO("designation is made by departments at county level or above [Opinions IV(8)]") {
    const RuleBook book(shippedRules());
    auto designation = countyDesignation(ScopeCategory::RefusingLegalObligations);
    designation.designatingLevel = AuthorityLevel::Township;
    const auto verdict =
        book.mayDesignate(QStringLiteral("wage-arrears"), wageArrearsStandard(), designation, QDate(2026, 5, 1));
    CHECK_FALSE(verdict.allowed);
    CHECK(verdict.reason.contains(QStringLiteral("county level")));
    CHECK(cites(verdict, QStringLiteral("IV(8)")));
    designation.designatingLevel = AuthorityLevel::Provincial;
    CHECK(book.mayDesignate(QStringLiteral("wage-arrears"), wageArrearsStandard(), designation, QDate(2026, 5, 1))
              .allowed);
}

SCENARIO("a minor is never placed on the list of judgment defaulters [SPC 2017 Art. 4, Art. 3]") {
    const RuleBook book(shippedRules());
    StandardFacts court;
    court.status = StandardStatus::InForce;
    court.inForceFrom = QDate(2017, 5, 1);
    court.statesRemovalConditions = court.statesRemovalProcedure = court.statesRelief = true;
    auto designation = countyDesignation(ScopeCategory::RefusingLegalObligations);
    designation.ground = QStringLiteral("art1-2");
    GIVEN("an adult who obstructs enforcement (ground 2)") {
        THEN("listing is allowed; the court list needs no administrative comment period") {
            CHECK(book.mayDesignate(QStringLiteral("court-defaulter"), court, designation, QDate(2026, 5, 1)).allowed);
        }
    }
    GIVEN("a minor") {
        designation.circumstances << QStringLiteral("minor");
        THEN("listing is refused, citing Art. 4") {
            const auto verdict =
                book.mayDesignate(QStringLiteral("court-defaulter"), court, designation, QDate(2026, 5, 1));
            CHECK_FALSE(verdict.allowed);
            CHECK(cites(verdict, QStringLiteral("Art. 4")));
            CHECK_FALSE(verdict.restsOnUnverified());
        }
    }
    GIVEN("no ground or a ground the court list does not have") {
        THEN("listing is refused: the term and the bars depend on the ground") {
            designation.ground.clear();
            CHECK_FALSE(
                book.mayDesignate(QStringLiteral("court-defaulter"), court, designation, QDate(2026, 5, 1)).allowed);
            designation.ground = QStringLiteral("art1-9");
            const auto verdict =
                book.mayDesignate(QStringLiteral("court-defaulter"), court, designation, QDate(2026, 5, 1));
            CHECK_FALSE(verdict.allowed);
            CHECK(verdict.reason.contains(QStringLiteral("art1-1, art1-2")));
        }
    }
    GIVEN("a debtor who provided sufficient security") {
        designation.circumstances << QStringLiteral("adequate-security");
        THEN("ground 1 (able but refusing) is barred by Art. 3, other grounds are not") {
            CHECK(book.mayDesignate(QStringLiteral("court-defaulter"), court, designation, QDate(2026, 5, 1)).allowed);
            designation.ground = QStringLiteral("art1-1");
            const auto verdict =
                book.mayDesignate(QStringLiteral("court-defaulter"), court, designation, QDate(2026, 5, 1));
            CHECK_FALSE(verdict.allowed);
            CHECK(cites(verdict, QStringLiteral("Art. 3(1)")));
        }
    }
}

// ---- which measures, and may this one be used? ------------------------------------------------------------------

SCENARIO("only measures on the national list, proportionate to the conduct, may follow a listing "
         "[Opinions V(9), V(10)]") {
    const RuleBook book(shippedRules());
    const QDate on(2026, 5, 1);
    const QString wage = QStringLiteral("wage-arrears");
    GIVEN("a serious wage-arrears listing") {
        const auto measures = book.proposableMeasures(wage, Severity::Serious, on);
        THEN("the measures the standard provides are proposed, category C ones as inform-only") {
            REQUIRE(measures.size() == 6);
            bool sawFinancial = false;
            for (const auto& proposed : measures) {
                if (proposed.measure.category == MeasureCategory::C) {
                    CHECK(proposed.use == MeasureUse::InformOnly);
                    sawFinancial = sawFinancial || proposed.measure.id == QStringLiteral("financial-institutions");
                } else {
                    CHECK(proposed.use == MeasureUse::Order);
                }
            }
            CHECK(sawFinancial);
        }
        THEN("the verified bidding ban may be applied") {
            const auto verdict =
                book.mayImpose(QStringLiteral("no-bidding"), wage, Severity::Serious, MeasureUse::Order, on);
            CHECK(verdict.allowed);
            CHECK(cites(verdict, QStringLiteral("Bidding Law Arts. 53, 54, 60")));
        }
        THEN("a measure outside the national list is refused") {
            const auto verdict =
                book.mayImpose(QStringLiteral("public-shaming"), wage, Severity::Serious, MeasureUse::Order, on);
            CHECK_FALSE(verdict.allowed);
            CHECK(verdict.reason.contains(QStringLiteral("not on the national basic list")));
            CHECK(cites(verdict, QStringLiteral("V(9)")));
        }
        THEN("a listed measure the standard does not provide is refused") {
            const auto verdict =
                book.mayImpose(QStringLiteral("restrict-exit"), wage, Severity::Serious, MeasureUse::Order, on);
            CHECK_FALSE(verdict.allowed);
            CHECK(verdict.reason.contains(QStringLiteral("does not provide")));
        }
    }
    GIVEN("general (not serious) conduct") {
        THEN("only the lighter management measures are proposed, and the bidding ban is refused as disproportionate") {
            const auto measures = book.proposableMeasures(wage, Severity::General, on);
            REQUIRE(measures.size() == 1);
            CHECK(measures.first().measure.id == QStringLiteral("restrict-honours"));
            const auto verdict =
                book.mayImpose(QStringLiteral("no-bidding"), wage, Severity::General, MeasureUse::Order, on);
            CHECK_FALSE(verdict.allowed);
            CHECK(cites(verdict, QStringLiteral("V(10)")));
        }
    }
}

SCENARIO("bodies outside public management are informed, never ordered [Opinions V(9)]") {
    const RuleBook book(shippedRules());
    const QDate on(2026, 5, 1);
    GIVEN("the category C measure 'financial institutions take the listing into account'") {
        const QString measure = QStringLiteral("financial-institutions");
        CHECK(book.permittedUse(measure, on) == MeasureUse::InformOnly);
        WHEN("the department orders it") {
            const auto verdict =
                book.mayImpose(measure, QStringLiteral("wage-arrears"), Severity::Serious, MeasureUse::Order, on);
            THEN("it is refused: it may only be communicated") {
                CHECK_FALSE(verdict.allowed);
                CHECK(verdict.reason.contains(QStringLiteral("never ordered")));
                CHECK(cites(verdict, QStringLiteral("V(9)")));
            }
        }
        WHEN("the department only informs the financial institutions") {
            const auto verdict =
                book.mayImpose(measure, QStringLiteral("wage-arrears"), Severity::Serious, MeasureUse::InformOnly, on);
            THEN("it is allowed") {
                CHECK(verdict.allowed);
                CHECK(verdict.reason.contains(QStringLiteral("decide on their own")));
            }
        }
    }
}

// ---- which disclosure regime? -----------------------------------------------------------------------------------

SCENARIO("the disclosure regime switches between decisions dated 2026-03-31 and 2026-04-01 "
         "[NDRC Order 58; GBF (2025) 22 + NDRC Order 36]") {
    const RuleBook book(shippedRules());
    GIVEN("a general penalty decided on 2026-03-31") {
        auto window = book.disclosureWindow(QDate(2026, 3, 31), Severity::General);
        REQUIRE(window.ok());
        THEN("Order 58 applies: minimum 3 months, maximum 3 years") {
            CHECK(window->regimeId == QStringLiteral("ndrc-order-58"));
            REQUIRE(window->minimum);
            CHECK(window->minimum->count == 3);
            CHECK(window->minimum->mode == RuleDuration::Mode::Months);
            CHECK(window->maximum.count == 3);
            CHECK(window->maximum.mode == RuleDuration::Mode::Years);
            CHECK(window->restsOnUnverified());
        }
    }
    GIVEN("the same penalty decided on 2026-04-01") {
        auto window = book.disclosureWindow(QDate(2026, 4, 1), Severity::General);
        REQUIRE(window.ok());
        THEN("the 2025 regime applies: minimum 3 months, maximum 1 year") {
            CHECK(window->regimeId == QStringLiteral("gbf-2025-22"));
            CHECK(window->minimum->count == 3);
            CHECK(window->maximum.count == 1);
            CHECK(window->maximum.mode == RuleDuration::Mode::Years);
            CHECK(cites(window->citations, QStringLiteral("国办发〔2025〕22号")));
        }
    }
    GIVEN("serious conduct on either side of the switch") {
        THEN("the minimum grows from 3 months to 1 year") {
            auto before = book.disclosureWindow(QDate(2026, 3, 31), Severity::Serious);
            auto after = book.disclosureWindow(QDate(2026, 4, 1), Severity::Serious);
            REQUIRE((before.ok() && after.ok()));
            CHECK(before->minimum->sameLength(RuleDuration{3, RuleDuration::Mode::Months, {}, {}, Mark::Secondary}));
            CHECK(after->minimum->sameLength(RuleDuration{1, RuleDuration::Mode::Years, {}, {}, Mark::Secondary}));
        }
    }
    GIVEN("minor conduct from 2026-04-01") {
        auto window = book.disclosureWindow(QDate(2026, 4, 1), Severity::Minor);
        REQUIRE(window.ok());
        THEN("it is not disclosed by default, and for at most 3 months") {
            CHECK_FALSE(window->disclosedByDefault);
            CHECK_FALSE(window->minimum.has_value());
            CHECK(window->maximum.count == 3);
            CHECK(window->maximum.mode == RuleDuration::Mode::Months);
        }
    }
}

SCENARIO("earlier regimes and sector rules decide older and sector decisions [DOMAIN §1]") {
    const RuleBook book(shippedRules());
    THEN("serious conduct on 2023-04-30 falls under the 2019 notice (6 months to 3 years)") {
        auto window = book.disclosureWindow(QDate(2023, 4, 30), Severity::Serious);
        REQUIRE(window.ok());
        CHECK(window->regimeId == QStringLiteral("ndrc-2019-527"));
        CHECK(window->minimum->count == 6);
        CHECK(book.disclosureWindow(QDate(2023, 5, 1), Severity::Serious)->regimeId == QStringLiteral("ndrc-order-58"));
    }
    THEN("work safety under Order 58 has a 1-year minimum") {
        auto window = book.disclosureWindow(QDate(2025, 6, 1), Severity::General, QStringLiteral("work-safety"));
        REQUIRE(window.ok());
        CHECK(window->minimum->sameLength(RuleDuration{1, RuleDuration::Mode::Years, {}, {}, Mark::Secondary}));
        auto general = book.disclosureWindow(QDate(2025, 6, 1), Severity::General, QStringLiteral("tax"));
        CHECK(general->minimum->count == 3);
    }
    THEN("market regulation follows SAMR Order 107 from 2025-12-25") {
        CHECK(book.disclosureWindow(QDate(2025, 12, 25), Severity::Minor, QStringLiteral("market-regulation"))
                  ->regimeId == QStringLiteral("samr-order-107"));
        CHECK(book.disclosureWindow(QDate(2025, 12, 24), Severity::Minor, QStringLiteral("market-regulation"))
                  ->regimeId == QStringLiteral("ndrc-order-58"));
    }
    THEN("a decision before any known regime is refused") {
        auto window = book.disclosureWindow(QDate(2018, 1, 1), Severity::General);
        REQUIRE_FALSE(window.ok());
        CHECK(window.error().kind == ErrorKind::Refused);
    }
}

// ---- may restoration be applied for, and by when decided? -------------------------------------------------------

SCENARIO("restoration of penalty information after the minimum period [Opinions VI(11); NDRC Order 36]") {
    const RuleBook book(shippedRules());
    RestorationFacts facts;
    facts.decisionDate = QDate(2026, 4, 10);
    facts.severity = Severity::General;
    facts.correctedOn = QDate(2026, 5, 1);
    facts.commitmentSigned = true;
    GIVEN("a general penalty decided on 2026-04-10, fine paid, commitment signed") {
        THEN("an application on 2026-07-10 (3 months later) is allowed, one on 2026-07-09 is too early") {
            const auto ok = book.mayApplyForRestoration(facts, QDate(2026, 7, 10));
            CHECK(ok.allowed);
            CHECK(cites(ok, QStringLiteral("VI(11)")));
            const auto early = book.mayApplyForRestoration(facts, QDate(2026, 7, 9));
            CHECK_FALSE(early.allowed);
            CHECK(early.reason.contains(QStringLiteral("2026-07-10")));
        }
        THEN("after the 1-year maximum there is nothing left to restore") {
            const auto late = book.mayApplyForRestoration(facts, QDate(2027, 4, 10));
            CHECK_FALSE(late.allowed);
            CHECK(late.reason.contains(QStringLiteral("ended by itself")));
        }
    }
    GIVEN("the fine is not paid") {
        facts.correctedOn = QDate();
        THEN("the application is refused") {
            CHECK_FALSE(book.mayApplyForRestoration(facts, QDate(2026, 8, 1)).allowed);
        }
    }
    GIVEN("no commitment letter") {
        facts.commitmentSigned = false;
        THEN("the application is refused") {
            const auto verdict = book.mayApplyForRestoration(facts, QDate(2026, 8, 1));
            CHECK_FALSE(verdict.allowed);
            CHECK(verdict.reason.contains(QStringLiteral("commitment")));
        }
    }
    GIVEN("a provision named as making it non-restorable that the rule data does not name") {
        facts.nonRestorableProvision = QStringLiteral("made-up-provision");
        THEN("it bars nothing: non-restorable is a property of named provisions in the rule data") {
            CHECK(book.mayApplyForRestoration(facts, QDate(2026, 8, 1)).allowed);
        }
    }
}

SCENARIO("information is non-restorable only under a provision the rule data names, printed on the refusal "
         "[Opinions VI(11)]") {
    // The shipped list types name no such provision (none was found); a list-types edition that names one is
    // imported as an administrator would.
    auto shipped = RuleSet::builtIn();
    REQUIRE(shipped.ok());
    QFile file(QStringLiteral(":/rules/list-types.json"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    root[QStringLiteral("version")] = 2;
    QJsonArray lists = root.value(QStringLiteral("listTypes")).toArray();
    for (qsizetype i = 0; i < lists.size(); ++i) {
        QJsonObject lt = lists.at(i).toObject();
        if (lt.value(QStringLiteral("id")).toString() == QStringLiteral("wage-arrears")) {
            lt[QStringLiteral("nonRestorable")] =
                QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("test-provision")},
                                       {QStringLiteral("zh"), QStringLiteral("测试条款")},
                                       {QStringLiteral("en"), QStringLiteral("a provision for the test")},
                                       {QStringLiteral("source"), QStringLiteral("Test Regulation Art. 99")},
                                       {QStringLiteral("mark"), QStringLiteral("U")}}};
            lists[i] = lt;
        }
    }
    root[QStringLiteral("listTypes")] = lists;
    auto rules = RuleImporter::importInto(*shipped, QJsonDocument(root).toJson(), QStringLiteral("lt-v2.json"));
    REQUIRE(rules.ok());
    const RuleBook book(*rules);
    RestorationFacts facts;
    facts.listTypeId = QStringLiteral("wage-arrears");
    facts.decisionDate = QDate(2025, 3, 1);
    facts.correctedOn = QDate(2025, 4, 1);
    facts.commitmentSigned = true;
    facts.nonRestorableProvision = QStringLiteral("test-provision");
    const auto verdict = book.mayApplyForRestoration(facts, QDate(2026, 1, 5));
    CHECK_FALSE(verdict.allowed);
    CHECK(verdict.reason.contains(QStringLiteral("Test Regulation Art. 99")));
    CHECK(cites(verdict, QStringLiteral("VI(11)")));
    CHECK(cites(verdict, QStringLiteral("Test Regulation Art. 99")));
}

SCENARIO("early removal from the wage-arrears list after 6 months since correction [MOHRSS Order 45 Arts. 12-14]") {
    const RuleBook book(shippedRules());
    RestorationFacts facts;
    facts.listTypeId = QStringLiteral("wage-arrears");
    facts.decisionDate = QDate(2026, 1, 5);
    facts.correctedOn = QDate(2026, 2, 1);
    facts.commitmentSigned = true;
    GIVEN("wages paid on 2026-02-01 and a written commitment") {
        THEN("early removal may be applied for from 2026-08-01, not on 2026-07-31") {
            CHECK(*book.earliestRestorationApplication(facts) == QDate(2026, 8, 1));
            const auto early = book.mayApplyForRestoration(facts, QDate(2026, 7, 31));
            CHECK_FALSE(early.allowed);
            CHECK(cites(early, QStringLiteral("Art. 12(2)")));
            const auto ok = book.mayApplyForRestoration(facts, QDate(2026, 8, 1));
            CHECK(ok.allowed);
            CHECK_FALSE(ok.restsOnUnverified());
        }
    }
    GIVEN("wages owed again during the listing") {
        facts.circumstances << QStringLiteral("relapse");
        THEN("early removal is excluded by Art. 13(1)") {
            const auto verdict = book.mayApplyForRestoration(facts, QDate(2026, 9, 1));
            CHECK_FALSE(verdict.allowed);
            CHECK(cites(verdict, QStringLiteral("Art. 13(1)")));
        }
    }
    WHEN("an application is received on Friday 2026-08-07") {
        auto due = book.restorationDeadline(facts.listTypeId, QDate(2026, 8, 7), weekdaysOnly);
        REQUIRE(due.ok());
        THEN("it must be decided within 15 working days (Art. 14)") {
            CHECK(due->limit.count == 15);
            CHECK(due->limit.mode == RuleDuration::Mode::WorkingDays);
            CHECK(due->limit.source.contains(QStringLiteral("Art. 14")));
            CHECK(due->trigger == QDate(2026, 8, 7));
            CHECK(due->dueOn == QDate(2026, 8, 28));
            CHECK(cites(due->citations, QStringLiteral("VI(12)")));
        }
    }
}

SCENARIO("restoration must be decided within the promised time limit [Opinions VI(12)]") {
    const RuleBook book(shippedRules());
    GIVEN("penalty information without a list") {
        auto due = book.restorationDeadline({}, QDate(2026, 5, 4));
        REQUIRE(due.ok());
        THEN("the general limit applies and is shown as a stand-in [U]; without a calendar no date") {
            CHECK(due->limit.count == 10);
            CHECK(due->limit.mark == Mark::Unverified);
            CHECK(due->limit.source.contains(QStringLiteral("Stand-in")));
            CHECK_FALSE(due->dueOn.isValid());
        }
    }
    GIVEN("a court listing whose obligations are performed") {
        auto due = book.restorationDeadline(QStringLiteral("court-defaulter"), QDate(2026, 5, 4), weekdaysOnly);
        REQUIRE(due.ok());
        THEN("the entry is deleted within 3 working days (SPC 2017 Art. 10)") {
            CHECK(due->limit.count == 3);
            CHECK(due->limit.mark == Mark::Verified);
            CHECK(due->dueOn == QDate(2026, 5, 7));
        }
    }
    GIVEN("a court listing whose performance was established before the application") {
        // Thursday 2026-04-30 performance established; application received Monday 2026-05-04.
        auto due = book.restorationDeadline(QStringLiteral("court-defaulter"), QDate(2026, 5, 4), weekdaysOnly,
                                            QDate(2026, 4, 30));
        REQUIRE(due.ok());
        THEN("the 3 working days run from the day performance was established, not from the application") {
            CHECK(due->limit.countFrom == QStringLiteral("performance-established"));
            CHECK(due->trigger == QDate(2026, 4, 30));
            CHECK(due->dueOn == QDate(2026, 5, 5));
        }
    }
    GIVEN("a list whose limit runs from the application") {
        auto due = book.restorationDeadline(QStringLiteral("wage-arrears"), QDate(2026, 5, 4), weekdaysOnly,
                                            QDate(2026, 4, 30));
        REQUIRE(due.ok());
        THEN("the correction date does not move it") {
            CHECK(due->trigger == QDate(2026, 5, 4));
        }
    }
    GIVEN("an unknown list") {
        THEN("no deadline can be given") {
            CHECK_FALSE(book.restorationDeadline(QStringLiteral("nonsense"), QDate(2026, 5, 4)).ok());
        }
    }
}

SCENARIO("the court list's numbers are read from its full text [SPC 2017 Arts. 2, 5, 9-12]") {
    const RuleBook book(shippedRules());
    auto court = book.listType(QStringLiteral("court-defaulter"), QDate(2026, 5, 1));
    REQUIRE(court.ok());
    const auto* twoYears = court->term(QStringLiteral("art1-3"));
    REQUIRE(twoYears);
    CHECK(twoYears->duration->count == 2);
    CHECK(twoYears->extensionMin->count == 1);
    CHECK(twoYears->extensionMax->count == 3);
    CHECK(court->term(QStringLiteral("art1-1"))->kind == ListTerm::Kind::UntilPerformed);
    CHECK(court->decisionLimit.duration->count == 15);
    CHECK_FALSE(court->objectionWindow.isSet());
    CHECK(court->objectionAnswerLimit.duration->count == 15);
    CHECK(court->limit(QStringLiteral("higher-court-review-request"))->duration.count == 10);
    CHECK(court->limit(QStringLiteral("relisting-bar-after-creditor-deletion"))->duration.mode ==
          RuleDuration::Mode::Months);
    CHECK_FALSE(court->reExamination.required);
}

SCENARIO("the wage-arrears list's numbers are read from its full text [MOHRSS Order 45 Arts. 6, 8, 11, 17]") {
    const RuleBook book(shippedRules());
    auto wage = book.listType(QStringLiteral("wage-arrears"), QDate(2026, 5, 1));
    REQUIRE(wage.ok());
    CHECK(wage->objectionWindow.duration->count == 5);
    CHECK(wage->objectionWindow.duration->mode == RuleDuration::Mode::WorkingDays);
    CHECK(wage->objectionWindow.duration->countFrom == QStringLiteral("notice-received"));
    CHECK(wage->objectionAnswerLimit.duration->count == 5);
    CHECK(wage->decisionLimit.duration->count == 20);
    CHECK(wage->decisionExtension.duration->count == 20);
    CHECK(wage->decisionExtensionTimes == 1);
    CHECK(wage->terms.first().duration->count == 3);
    CHECK(wage->removalExecutionLimit.duration->count == 10);
    CHECK(wage->earlyRemoval.minimumWait->count == 6);
    CHECK(wage->earlyRemoval.exclusions.size() == 3);
    CHECK(wage->standard.mark == Mark::Verified);
}

SCENARIO("re-examination by the next level where the standard requires it [Opinions IV(8); SAMR Order 44]") {
    const RuleBook book(shippedRules());
    auto samr = book.listType(QStringLiteral("samr-serious-illegal"), QDate(2026, 5, 1));
    REQUIRE(samr.ok());
    CHECK(samr->reExamination.required);
    CHECK(samr->reExamination.level == QStringLiteral("next-higher"));
    CHECK(samr->reExamination.mark == Mark::Secondary);
    auto wage = book.listType(QStringLiteral("wage-arrears"), QDate(2026, 5, 1));
    CHECK_FALSE(wage->reExamination.required);
}

SCENARIO("remedies stated in a decision: reconsideration 60 days, litigation 6 months "
         "[ARL 2023 Art. 20; ALL Art. 46]") {
    const RuleBook book(shippedRules());
    const QDate on(2026, 5, 1);
    CHECK(book.procedureLimit(QStringLiteral("reconsideration"), on)->duration.count == 60);
    CHECK(book.procedureLimit(QStringLiteral("litigation"), on)->duration.mode == RuleDuration::Mode::Months);
    // The 1-year caps for a decision that failed to state its remedies (ARL Art. 20 para. 3; 法释〔2018〕1号 Art. 64)
    // are not loaded: every decision document CreditCase issues states the remedies, so nothing would use them.
    CHECK_FALSE(book.procedureLimit(QStringLiteral("reconsideration-cap-unstated"), on).ok());
    CHECK_FALSE(book.procedureLimit(QStringLiteral("litigation-cap-unstated"), on).ok());
    // The hearing right is stated on the notice where a hearing applies (Opinions IV(8)); its limit is borrowed from
    // the Administrative Punishment Law and says so. The 90-day penalty limit governs the penalty case, not the
    // listing, and is not loaded.
    REQUIRE(book.procedureLimit(QStringLiteral("hearing-request"), on).ok());
    CHECK(book.procedureLimit(QStringLiteral("hearing-request"), on)->duration.mark == Mark::Unverified);
    CHECK_FALSE(book.procedureLimit(QStringLiteral("penalty-decision"), on).ok());
    // The stand-in restoration limit and the borrowed service limit say what they are.
    CHECK(book.procedureLimit(QStringLiteral("restoration-handling"), on)->duration.mark == Mark::Unverified);
    const auto service = book.procedureLimit(QStringLiteral("service-absent"), on);
    CHECK(service->duration.mark == Mark::Unverified);
    CHECK(service->duration.source.contains(QStringLiteral("borrowed")));
    CHECK_FALSE(book.procedureLimit(QStringLiteral("appeal-to-the-emperor"), on).ok());
}

SCENARIO("a list type's own standard can seed the standard record, and its comment period must be on record "
         "[Opinions IV(7)]") {
    const RuleBook book(shippedRules());
    const QDate on(2026, 5, 1);
    GIVEN("the court list, set by a judicial interpretation") {
        auto facts = book.standardFactsFor(QStringLiteral("court-defaulter"), on);
        REQUIRE(facts.ok());
        THEN("its recorded facts support a designation") {
            CHECK(facts->status == StandardStatus::InForce);
            CHECK(facts->inForceFrom == QDate(2017, 5, 1));
            auto designation = countyDesignation(ScopeCategory::RefusingLegalObligations);
            designation.ground = QStringLiteral("art1-4");
            CHECK(book.mayDesignate(QStringLiteral("court-defaulter"), *facts, designation, on).allowed);
        }
    }
    GIVEN("the wage-arrears standard, whose comment period the rule data does not know") {
        auto facts = book.standardFactsFor(QStringLiteral("wage-arrears"), on);
        REQUIRE(facts.ok());
        const auto designation = countyDesignation(ScopeCategory::RefusingLegalObligations);
        THEN("as the national standard in force it is applied, with a warning marked [U]") {
            CHECK(facts->national);
            const auto verdict = book.mayDesignate(QStringLiteral("wage-arrears"), *facts, designation, on);
            CHECK(verdict.allowed);
            REQUIRE(verdict.warnings.size() == 1);
            CHECK(verdict.warnings.first().contains(QStringLiteral("[U]")));
            CHECK(verdict.restsOnUnverified());
        }
        THEN("a standard adopted by an organ must still show its comment period") {
            facts->national = false;
            const auto verdict = book.mayDesignate(QStringLiteral("wage-arrears"), *facts, designation, on);
            CHECK_FALSE(verdict.allowed);
            CHECK(verdict.reason.contains(QStringLiteral("comment period is not recorded")));
            facts->commentOpenedOn = QDate(2021, 6, 1);
            facts->commentClosedOn = QDate(2021, 7, 1);
            const auto recorded = book.mayDesignate(QStringLiteral("wage-arrears"), *facts, designation, on);
            CHECK(recorded.allowed);
            CHECK(recorded.warnings.isEmpty());
        }
        THEN("before 2022-01-01 the standard is only adopted") {
            CHECK(book.standardFactsFor(QStringLiteral("wage-arrears"), QDate(2021, 12, 1))->status ==
                  StandardStatus::Adopted);
        }
    }
}

SCENARIO("facts from the evidence: adverse information, the record's severity and the subject type fit the list "
         "[Opinions II(2), IV(6)]") {
    const RuleBook book(shippedRules());
    const QDate on(2026, 5, 1);
    auto facts = book.standardFactsFor(QStringLiteral("wage-arrears"), on);
    REQUIRE(facts.ok());
    auto designation = countyDesignation(ScopeCategory::RefusingLegalObligations);
    designation.subjectType = SubjectType::LegalPerson;
    designation.severity = Severity::Serious;
    designation.catalogItem = QStringLiteral("administrative-penalty-legal-person");
    CHECK(book.mayDesignate(QStringLiteral("wage-arrears"), *facts, designation, on).allowed);
    GIVEN("a credit commitment or voluntarily supplied information") {
        for (const char* item : {"credit-commitment", "voluntary", "honours"}) {
            designation.catalogItem = QLatin1String(item);
            const auto verdict = book.mayDesignate(QStringLiteral("wage-arrears"), *facts, designation, on);
            INFO(item);
            CHECK_FALSE(verdict.allowed);
            CHECK(cites(verdict, QStringLiteral("II(2)")));
        }
    }
    GIVEN("minor conduct") {
        designation.severity = Severity::Minor;
        const auto verdict = book.mayDesignate(QStringLiteral("wage-arrears"), *facts, designation, on);
        CHECK_FALSE(verdict.allowed);
        CHECK(cites(verdict, QStringLiteral("IV(6)")));
    }
    GIVEN("a list for legal persons only (an imported edition) and a natural person, and the reverse") {
        auto shipped = RuleSet::builtIn();
        REQUIRE(shipped.ok());
        const QByteArray edition = test::editedListTypes([](QJsonObject& lt) {
            const QString id = lt.value(QStringLiteral("id")).toString();
            if (id == QStringLiteral("wage-arrears") || id == QStringLiteral("court-defaulter")) {
                lt[QStringLiteral("subjectTypes")] =
                    QJsonObject{{QStringLiteral("value"),
                                 QJsonArray{id == QStringLiteral("wage-arrears") ? QStringLiteral("legal-person")
                                                                                 : QStringLiteral("natural-person")}},
                                {QStringLiteral("source"), QStringLiteral("Test edition")},
                                {QStringLiteral("mark"), QStringLiteral("U")}};
            }
        });
        auto rules = RuleImporter::importInto(*shipped, edition, QStringLiteral("lt-v2.json"));
        REQUIRE(rules.ok());
        const RuleBook edited(*rules);
        designation.subjectType = SubjectType::NaturalPerson;
        const auto person = edited.mayDesignate(QStringLiteral("wage-arrears"), *facts, designation, on);
        CHECK_FALSE(person.allowed);
        CHECK(cites(person, QStringLiteral("Test edition")));
        designation.subjectType = SubjectType::LegalPerson;
        designation.ground = QStringLiteral("art1-2");
        auto court = edited.standardFactsFor(QStringLiteral("court-defaulter"), on);
        REQUIRE(court.ok());
        const auto company = edited.mayDesignate(QStringLiteral("court-defaulter"), *court, designation, on);
        CHECK_FALSE(company.allowed);
        CHECK(cites(company, QStringLiteral("IV(6)")));
    }
}

SCENARIO("how many times the time to decide may be extended is rule data, never assumed [MOHRSS Order 45 Art. 8]") {
    auto shipped = RuleSet::builtIn();
    REQUIRE(shipped.ok());
    const auto withExtension = [&](const std::function<void(QJsonObject&)>& edit) {
        const QByteArray edition = test::editedListTypes([&](QJsonObject& lt) {
            if (lt.value(QStringLiteral("id")).toString() == QStringLiteral("wage-arrears")) {
                QJsonObject extension = lt.value(QStringLiteral("decisionExtension")).toObject();
                edit(extension);
                lt[QStringLiteral("decisionExtension")] = extension;
            }
        });
        return RuleImporter::importInto(*shipped, edition, QStringLiteral("lt-v2.json"));
    };
    WHEN("an edition gives an extension without saying how many times it may be granted") {
        auto rules = withExtension([](QJsonObject& extension) { extension.remove(QStringLiteral("times")); });
        THEN("the file is refused, naming the missing field") {
            REQUIRE_FALSE(rules.ok());
            CHECK(rules.error().message.contains(QStringLiteral("decisionExtension")));
            CHECK(rules.error().message.contains(QStringLiteral("times")));
        }
    }
    WHEN("an edition says 0 times") {
        auto rules = withExtension([](QJsonObject& extension) { extension[QStringLiteral("times")] = 0; });
        THEN("it is refused: a rule that grants an extension grants it at least once") {
            REQUIRE_FALSE(rules.ok());
            CHECK(rules.error().message.contains(QStringLiteral("times")));
        }
    }
    WHEN("an edition allows two extensions") {
        auto rules = withExtension([](QJsonObject& extension) { extension[QStringLiteral("times")] = 2; });
        THEN("the list type carries the number") {
            REQUIRE(rules.ok());
            auto wage = RuleBook(*rules).listType(QStringLiteral("wage-arrears"), QDate(2026, 5, 1));
            REQUIRE(wage.ok());
            CHECK(wage->decisionExtensionTimes == 2);
        }
    }
}
