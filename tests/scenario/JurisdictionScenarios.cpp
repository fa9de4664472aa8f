// Jurisdiction (Guiding Opinions IV(8), VII(13), IX): acts on a case belong to the case's organ; re-examination to a
// superior organ whose region contains the case's; a standard governs its own organ and the organs under it; reading
// another organ's case needs a purpose the rule data allows for the record's sharing scope, and is registered.
#include "WorkflowFixture.h"
#include "audit/AccountabilityReport.h"
#include "audit/InquiryRegister.h"
#include "crypto/KdfParams.h"
#include "workflow/CaseWorkflow.h"
#include "workflow/DeadlineRegister.h"
#include "workflow/RestorationWorkflow.h"
#include "workflow/StandardWorkflow.h"
#include "workflow/UserAdministration.h"

#include <QMap>
#include <QSqlQuery>
#include <catch2/catch.hpp>

using namespace creditcase;
using namespace creditcase::test;
using domain::CaseStage;
using domain::OrganLevel;
using domain::Role;
using workflow::CaseWorkflow;
using workflow::RestorationWorkflow;
using workflow::StandardWorkflow;

namespace {

// The fixture's county is region 110105 of province 110000; the neighbour county 110108 lies in the same province;
// 320000 is another province.
const QString kNeighbour = QStringLiteral("Neighbour County Market Regulation Bureau");

domain::User addUser(WorkflowFixture& f, const QString& name, Role role, const QString& organ, OrganLevel level,
                     const QString& region) {
    workflow::UserAdministration users(f.vault());
    auto added =
        users.addUser({name, role, organ, level, region}, secret(kPassword), crypto::KdfParams::cheapestForTests());
    if (!added)
        FAIL(added.error().message.toStdString());
    return added.take();
}

bool cites(const Error& error, const QString& provision) {
    for (const auto& citation : error.citations) {
        if (citation.contains(provision))
            return true;
    }
    return false;
}

// A served case brought to the re-examination stage by its own organ.
qint64 caseInReExamination(WorkflowFixture& f) {
    const qint64 id = f.servedCase();
    auto asOfficer = f.as(f.officer);
    auto asSupervisor = f.as(f.supervisor);
    REQUIRE(CaseWorkflow(asOfficer).receiveObjection(id, QDate(2025, 2, 25), QStringLiteral("not ours")).ok());
    REQUIRE(CaseWorkflow(asSupervisor).answerObjection(id, QDate(2025, 2, 27), false, QStringLiteral("it was")).ok());
    REQUIRE(CaseWorkflow(asOfficer).submitReExamination(id, QDate(2025, 3, 3), QString()).ok());
    return id;
}

} // namespace

SCENARIO("Acts on a case are only for users of the case's organ [Opinions IV(8), IX]") {
    WorkflowFixture f;
    const auto neighbourOfficer = addUser(f, QStringLiteral("wu.officer"), Role::Officer, kNeighbour,
                                          OrganLevel::County, QStringLiteral("110108"));
    const auto neighbourSupervisor = addUser(f, QStringLiteral("zheng.sup"), Role::Supervisor, kNeighbour,
                                             OrganLevel::County, QStringLiteral("110108"));
    GIVEN("a case of the county bureau with its notice prepared") {
        const qint64 id = f.openCase();
        auto asNeighbour = f.as(neighbourOfficer);
        WHEN("an officer of the neighbour county records the service of the notice") {
            const auto before = f.snapshot();
            auto served = CaseWorkflow(asNeighbour).serveNotice(id, QDate(2025, 2, 21));
            THEN("it is refused with the provisions, and only the refusal is audited") {
                REQUIRE_FALSE(served.ok());
                CHECK(served.error().kind == ErrorKind::Refused);
                CHECK(served.error().message.contains(QStringLiteral("Test County Market Regulation Bureau")));
                CHECK(cites(served.error(), QStringLiteral("IV(8)")));
                CHECK(cites(served.error(), QStringLiteral("IX")));
                f.requireOnlyRefusalAudited(before, QStringLiteral("case.serve-notice"));
            }
        }
        AND_WHEN("the notice is served and the neighbour's officer records an objection") {
            auto asOfficer = f.as(f.officer);
            REQUIRE(CaseWorkflow(asOfficer).serveNotice(id, QDate(2025, 2, 21)).ok());
            const auto before = f.snapshot();
            auto objection = CaseWorkflow(asNeighbour).receiveObjection(id, QDate(2025, 2, 25), QStringLiteral("x"));
            THEN("it is refused and nothing but the refusal is written") {
                REQUIRE_FALSE(objection.ok());
                CHECK(cites(objection.error(), QStringLiteral("IV(8)")));
                f.requireOnlyRefusalAudited(before, QStringLiteral("case.receive-objection"));
            }
            AND_WHEN("the objection is recorded by the case's organ and the neighbour's supervisor answers it") {
                REQUIRE(CaseWorkflow(asOfficer).receiveObjection(id, QDate(2025, 2, 25), QStringLiteral("x")).ok());
                auto asNeighbourSupervisor = f.as(neighbourSupervisor);
                const auto beforeAnswer = f.snapshot();
                auto answered = CaseWorkflow(asNeighbourSupervisor)
                                    .answerObjection(id, QDate(2025, 2, 27), false, QStringLiteral("rejected"));
                THEN("the answer is refused") {
                    REQUIRE_FALSE(answered.ok());
                    CHECK(cites(answered.error(), QStringLiteral("IV(8)")));
                    f.requireOnlyRefusalAudited(beforeAnswer, QStringLiteral("case.reject-objection"));
                }
            }
        }
    }
    GIVEN("a case re-examined and ready for the decision") {
        const qint64 id = caseInReExamination(f);
        auto asProvincial = f.as(f.provincial);
        REQUIRE(CaseWorkflow(asProvincial).decideReExamination(id, QDate(2025, 3, 5), true, QString()).ok());
        WHEN("the neighbour county's supervisor issues the decision") {
            auto asNeighbourSupervisor = f.as(neighbourSupervisor);
            const auto before = f.snapshot();
            auto decided = CaseWorkflow(asNeighbourSupervisor).decide(id, QDate(2025, 3, 6));
            THEN("it is refused; the county's own supervisor can decide") {
                REQUIRE_FALSE(decided.ok());
                CHECK(cites(decided.error(), QStringLiteral("IV(8)")));
                f.requireOnlyRefusalAudited(before, QStringLiteral("case.decide"));
                auto asSupervisor = f.as(f.supervisor);
                CHECK(CaseWorkflow(asSupervisor).decide(id, QDate(2025, 3, 6)).ok());
            }
        }
    }
}

SCENARIO("Re-examination is for a supervisor of a superior organ whose region contains the case's [Opinions IV(8)]") {
    WorkflowFixture f;
    GIVEN("a county case submitted for re-examination") {
        const qint64 id = caseInReExamination(f);
        WHEN("a provincial supervisor of another province re-examines it") {
            const auto other = addUser(f, QStringLiteral("feng.prov"), Role::Supervisor,
                                       QStringLiteral("Other Provincial Market Regulation Department"),
                                       OrganLevel::Provincial, QStringLiteral("320000"));
            auto asOther = f.as(other);
            const auto before = f.snapshot();
            auto approved = CaseWorkflow(asOther).decideReExamination(id, QDate(2025, 3, 5), true, QString());
            THEN("it is refused: that province does not contain the county") {
                REQUIRE_FALSE(approved.ok());
                CHECK(approved.error().message.contains(QStringLiteral("110105")));
                CHECK(cites(approved.error(), QStringLiteral("IV(8)")));
                f.requireOnlyRefusalAudited(before, QStringLiteral("case.approve-re-examination"));
            }
        }
        WHEN("a supervisor of the municipal organ above the county re-examines it") {
            const auto municipal = addUser(f, QStringLiteral("chu.city"), Role::Supervisor,
                                           QStringLiteral("Test Municipal Market Regulation Bureau"),
                                           OrganLevel::Municipal, QStringLiteral("110100"));
            auto asMunicipal = f.as(municipal);
            auto approved = CaseWorkflow(asMunicipal).decideReExamination(id, QDate(2025, 3, 5), true, QString());
            THEN("it is re-examined: the SAMR list's rule asks for the next higher organ, not the provincial level "
                 "[SAMR Order 44]") {
                REQUIRE(approved.ok());
                CHECK(approved->stage == CaseStage::ReExamined);
            }
        }
        WHEN("the vault holds the municipal organ above the county and the provincial supervisor re-examines it") {
            const auto municipal = addUser(f, QStringLiteral("chu.city"), Role::Supervisor,
                                           QStringLiteral("Test Municipal Market Regulation Bureau"),
                                           OrganLevel::Municipal, QStringLiteral("110100"));
            auto asProvincial = f.as(f.provincial);
            const auto before = f.snapshot();
            auto approved = CaseWorkflow(asProvincial).decideReExamination(id, QDate(2025, 3, 5), true, QString());
            THEN("it is refused: the SAMR list's rule asks for the next higher organ, which is the municipal one "
                 "[SAMR Order 44]; nothing is written") {
                REQUIRE_FALSE(approved.ok());
                CHECK(approved.error().kind == ErrorKind::Refused);
                CHECK(approved.error().message.contains(QStringLiteral("Test Municipal Market Regulation Bureau")));
                CHECK(cites(approved.error(), QStringLiteral("IV(8)")));
                f.requireOnlyRefusalAudited(before, QStringLiteral("case.approve-re-examination"));
            }
            AND_THEN("the municipal supervisor may re-examine it") {
                auto asMunicipal = f.as(municipal);
                CHECK(CaseWorkflow(asMunicipal).decideReExamination(id, QDate(2025, 3, 5), true, QString()).ok());
            }
        }
        WHEN("the provincial supervisor of the county's own province re-examines it, no municipal organ being "
             "recorded") {
            auto asProvincial = f.as(f.provincial);
            auto approved = CaseWorkflow(asProvincial).decideReExamination(id, QDate(2025, 3, 5), true, QString());
            THEN("it is re-examined") {
                REQUIRE(approved.ok());
                CHECK(approved->stage == CaseStage::ReExamined);
            }
        }
    }
}

SCENARIO("Restoration of a listing is handled by the case's organ [Opinions VI(11), IX]") {
    WorkflowFixture f;
    const auto neighbourOfficer = addUser(f, QStringLiteral("wu.officer"), Role::Officer, kNeighbour,
                                          OrganLevel::County, QStringLiteral("110108"));
    const auto neighbourSupervisor = addUser(f, QStringLiteral("zheng.sup"), Role::Supervisor, kNeighbour,
                                             OrganLevel::County, QStringLiteral("110108"));
    GIVEN("a listed case of the county bureau") {
        const qint64 id = f.listedCase();
        RestorationWorkflow::Application application;
        application.caseId = id;
        application.on = QDate(2026, 3, 9);
        application.correctedOn = QDate(2025, 4, 1);
        application.commitmentLetter =
            workflow::AttachmentStore::File{QStringLiteral("letter.pdf"), QByteArray("%PDF letter")};
        WHEN("the neighbour county's officer records an application") {
            auto asNeighbour = f.as(neighbourOfficer);
            const auto before = f.snapshot();
            auto applied = RestorationWorkflow(asNeighbour).apply(application);
            THEN("it is refused with the provisions and nothing is recorded") {
                REQUIRE_FALSE(applied.ok());
                CHECK(cites(applied.error(), QStringLiteral("VI(11)")));
                f.requireOnlyRefusalAudited(before, QStringLiteral("restoration.apply"));
            }
        }
        WHEN("the county records it and the neighbour county's supervisor grants it") {
            auto asOfficer = f.as(f.officer);
            REQUIRE(RestorationWorkflow(asOfficer).apply(application).ok());
            auto asNeighbourSupervisor = f.as(neighbourSupervisor);
            const auto before = f.snapshot();
            auto granted = RestorationWorkflow(asNeighbourSupervisor).decide(id, QDate(2026, 3, 10), true, QString());
            THEN("the grant is refused and the case stays listed") {
                REQUIRE_FALSE(granted.ok());
                CHECK(cites(granted.error(), QStringLiteral("VI(11)")));
                f.requireOnlyRefusalAudited(before, QStringLiteral("restoration.grant"));
                QSqlDatabase db = f.db();
                CHECK(CaseWorkflow::load(db, id)->stage == CaseStage::Listed);
            }
        }
    }
}

SCENARIO("A local standard governs its own organ and the organs under it only [Opinions IV(7)]") {
    WorkflowFixture f;
    const auto neighbourOfficer = addUser(f, QStringLiteral("wu.officer"), Role::Officer, kNeighbour,
                                          OrganLevel::County, QStringLiteral("110108"));
    const auto neighbourSupervisor = addUser(f, QStringLiteral("zheng.sup"), Role::Supervisor, kNeighbour,
                                             OrganLevel::County, QStringLiteral("110108"));
    const QString listType = QStringLiteral("samr-serious-illegal");
    GIVEN("the county's standard in force, and the neighbour county's own standard adopted later") {
        const qint64 ours = f.adoptStandard();
        auto asNeighbour = f.as(neighbourOfficer);
        auto asNeighbourSupervisor = f.as(neighbourSupervisor);
        auto theirs = StandardWorkflow(asNeighbour).add(listType, QStringLiteral("Neighbour standard"));
        REQUIRE(theirs.ok());
        REQUIRE(StandardWorkflow(asNeighbour).openComment(theirs->id, QDate(2024, 11, 1), QDate(2024, 12, 5)).ok());
        REQUIRE(StandardWorkflow(asNeighbourSupervisor).adopt(theirs->id, QDate(2024, 12, 10)).ok());
        WHEN("the neighbour county abolishes its standard") {
            REQUIRE(StandardWorkflow(asNeighbourSupervisor).abolish(theirs->id, QDate(2025, 1, 5)).ok());
            THEN("the county still designates under its own standard") {
                const qint64 record = f.addRecord(f.addSubject());
                auto asOfficer = f.as(f.officer);
                CaseWorkflow::OpenCase request;
                request.recordId = record;
                request.listType = listType;
                request.scope = domain::ScopeCategory::PublicHealthAndSafety;
                request.on = QDate(2025, 2, 20);
                auto opened = CaseWorkflow(asOfficer).open(request);
                REQUIRE(opened.ok());
                CHECK(opened->standardId == ours);
                QSqlDatabase db = f.db();
                auto governing = StandardWorkflow::governing(db, listType, QDate(2025, 2, 20), neighbourOfficer.organ);
                REQUIRE(governing.ok());
                REQUIRE(governing->has_value());
                CHECK((*governing)->id == theirs->id);
            }
        }
        WHEN("the neighbour county's supervisor tries to abolish the county's standard") {
            const auto before = f.snapshot();
            auto abolished = StandardWorkflow(asNeighbourSupervisor).abolish(ours, QDate(2025, 1, 5));
            THEN("it is refused with the provision and the standard stays in force") {
                REQUIRE_FALSE(abolished.ok());
                CHECK(cites(abolished.error(), QStringLiteral("IV(7)")));
                f.requireOnlyRefusalAudited(before, QStringLiteral("standard.abolish"));
            }
        }
    }
    GIVEN("a standard adopted by the provincial department only") {
        auto asProvincial = f.as(f.provincial);
        auto provincial = StandardWorkflow(asProvincial).add(listType, QStringLiteral("Provincial standard"));
        REQUIRE(provincial.ok());
        REQUIRE(
            StandardWorkflow(asProvincial).openComment(provincial->id, QDate(2024, 10, 1), QDate(2024, 11, 5)).ok());
        REQUIRE(StandardWorkflow(asProvincial).adopt(provincial->id, QDate(2024, 11, 10)).ok());
        THEN("it governs the counties of the province, not another province's") {
            QSqlDatabase db = f.db();
            auto county = StandardWorkflow::governing(db, listType, QDate(2025, 2, 20), f.officer.organ);
            REQUIRE(county.ok());
            REQUIRE(county->has_value());
            CHECK((*county)->id == provincial->id);
            domain::Organ elsewhere;
            elsewhere.id = 9999;
            elsewhere.level = OrganLevel::County;
            elsewhere.regionCode = QStringLiteral("320102");
            auto other = StandardWorkflow::governing(db, listType, QDate(2025, 2, 20), elsewhere);
            REQUIRE(other.ok());
            CHECK_FALSE(other->has_value());
        }
    }
}

SCENARIO("Reading another organ's case needs a purpose the rules allow, and is registered [Opinions VII(13)]") {
    WorkflowFixture f;
    const auto neighbourOfficer = addUser(f, QStringLiteral("wu.officer"), Role::Officer, kNeighbour,
                                          OrganLevel::County, QStringLiteral("110108"));
    const auto neighbourAuditor = addUser(f, QStringLiteral("qin.audit"), Role::Auditor, kNeighbour, OrganLevel::County,
                                          QStringLiteral("110108"));
    GIVEN("a case of the county bureau") {
        const qint64 id = f.openCase();
        const auto registered = [&f] { return f.count(QStringLiteral("SELECT count(*) FROM inquiry_register")); };
        WHEN("an officer of another organ reads it with a purpose the rules do not name") {
            auto asNeighbour = f.as(neighbourOfficer);
            const auto before = f.snapshot();
            auto shown = CaseWorkflow(asNeighbour).show(id, QStringLiteral("随便看看"));
            THEN("it is refused with the citation and nothing is registered") {
                REQUIRE_FALSE(shown.ok());
                CHECK(shown.error().kind == ErrorKind::Refused);
                CHECK(shown.error().message.contains(QStringLiteral("随便看看")));
                CHECK(cites(shown.error(), QStringLiteral("VII(13)")));
                f.requireOnlyRefusalAudited(before, QStringLiteral("case.show"));
            }
        }
        WHEN("an auditor of another organ reads it to review the inquiry register") {
            auto asAuditor = f.as(neighbourAuditor);
            const qint64 inquiriesBefore = registered();
            auto shown = CaseWorkflow(asAuditor).show(id, QStringLiteral("inquiry-review"));
            THEN("the case file is shown and the register records who, whose record and the purpose") {
                REQUIRE(shown.ok());
                CHECK(shown->theCase.id == id);
                CHECK(registered() == inquiriesBefore + 1);
                QSqlDatabase db = f.db();
                auto register_ = audit::InquiryRegister::list(db);
                REQUIRE(register_.ok());
                REQUIRE_FALSE(register_->isEmpty());
                const auto& latest = register_->first();
                CHECK(latest.actor == QStringLiteral("qin.audit"));
                CHECK(latest.object == QStringLiteral("case:%1").arg(id));
                CHECK(latest.subjectRef == QStringLiteral("subject:%1").arg(shown->subject.id));
                CHECK(latest.purpose.startsWith(QStringLiteral("inquiry-review")));
            }
        }
    }
}

SCENARIO("Another organ reads a record only for purposes its sharing scope allows [Opinions III(3), VII(13)]") {
    WorkflowFixture f;
    const auto neighbourOfficer = addUser(f, QStringLiteral("wu.officer"), Role::Officer, kNeighbour,
                                          OrganLevel::County, QStringLiteral("110108"));
    GIVEN("a case on a record the catalogue shares only conditionally") {
        const qint64 record = f.addRecord(f.addSubject(), domain::Severity::Serious, QDate(2025, 1, 10),
                                          QDate(2025, 2, 10), QStringLiteral("administrative-enforcement"));
        f.adoptStandard();
        auto asOfficer = f.as(f.officer);
        CaseWorkflow::OpenCase request;
        request.recordId = record;
        request.listType = QStringLiteral("samr-serious-illegal");
        request.scope = domain::ScopeCategory::PublicHealthAndSafety;
        request.on = QDate(2025, 2, 20);
        auto opened = CaseWorkflow(asOfficer).open(request);
        REQUIRE(opened.ok());
        auto asNeighbour = f.as(neighbourOfficer);
        WHEN("an officer of another organ reads it for a credit check") {
            const auto before = f.snapshot();
            auto shown = CaseWorkflow(asNeighbour).show(opened->id, QStringLiteral("credit-assessment"));
            THEN("it is refused: that purpose reaches only unconditionally shared items") {
                REQUIRE_FALSE(shown.ok());
                CHECK(shown.error().message.contains(QStringLiteral("conditional")));
                CHECK(cites(shown.error(), QStringLiteral("III(3)")));
                f.requireOnlyRefusalAudited(before, QStringLiteral("case.show"));
            }
        }
        WHEN("the same officer reads it to carry out a measure of the decision") {
            auto shown = CaseWorkflow(asNeighbour).show(opened->id, QStringLiteral("joint-punishment"));
            THEN("it is shown and registered") {
                REQUIRE(shown.ok());
                CHECK(f.count(QStringLiteral("SELECT count(*) FROM inquiry_register WHERE actor = 'wu.officer' AND "
                                             "purpose LIKE 'joint-punishment%'")) == 1);
            }
        }
    }
}

SCENARIO("A case list shows the organ's own cases and is registered as an inquiry [Opinions VII(13)]") {
    WorkflowFixture f;
    const auto neighbourOfficer = addUser(f, QStringLiteral("wu.officer"), Role::Officer, kNeighbour,
                                          OrganLevel::County, QStringLiteral("110108"));
    GIVEN("a case of the county bureau") {
        const qint64 id = f.openCase();
        const qint64 before = f.count(QStringLiteral("SELECT count(*) FROM inquiry_register"));
        WHEN("the neighbour county's officer, the county's officer and the provincial supervisor list cases") {
            auto asNeighbour = f.as(neighbourOfficer);
            auto asOfficer = f.as(f.officer);
            auto asProvincial = f.as(f.provincial);
            auto neighbours = CaseWorkflow(asNeighbour).list();
            auto own = CaseWorkflow(asOfficer).list();
            auto province = CaseWorkflow(asProvincial).list(std::nullopt, 0, QStringLiteral("supervision"));
            THEN("only the county and the province above it see the case, and each list is registered") {
                REQUIRE(neighbours.ok());
                REQUIRE(own.ok());
                REQUIRE(province.ok());
                CHECK(neighbours->isEmpty());
                REQUIRE(own->size() == 1);
                CHECK(own->first().id == id);
                CHECK(province->size() == 1);
                CHECK(f.count(QStringLiteral("SELECT count(*) FROM inquiry_register")) == before + 3);
                CHECK(f.count(QStringLiteral("SELECT count(*) FROM inquiry_register WHERE actor = 'qian.prov' AND "
                                             "object = 'cases:list' AND purpose = 'supervision'")) == 1);
            }
        }
    }
}

SCENARIO("The accountability report counts a late act under the organ that was due to act [Opinions IX]") {
    WorkflowFixture f;
    addUser(f, QStringLiteral("wu.officer"), Role::Officer, kNeighbour, OrganLevel::County, QStringLiteral("110108"));
    GIVEN("a county case re-examined by the province, whose restoration the county grants five days late") {
        const qint64 id = f.listedCase();
        auto asOfficer = f.as(f.officer);
        RestorationWorkflow::Application application;
        application.caseId = id;
        application.on = QDate(2026, 3, 9);
        application.correctedOn = QDate(2025, 4, 1);
        application.commitmentLetter =
            workflow::AttachmentStore::File{QStringLiteral("letter.pdf"), QByteArray("%PDF")};
        auto applied = RestorationWorkflow(asOfficer).apply(application);
        REQUIRE(applied.ok());
        auto asSupervisor = f.as(f.supervisor);
        REQUIRE(RestorationWorkflow(asSupervisor).decide(id, applied->dueOn.addDays(5), true, QString()).ok());
        WHEN("the report for 2026 is made") {
            QSqlDatabase db = f.db();
            auto rules = asOfficer.ruleSet();
            REQUIRE(rules.ok());
            auto report = audit::AccountabilityReport::build(db, *rules, QDate(2026, 1, 1), QDate(2026, 6, 30));
            REQUIRE(report.ok());
            THEN("the late restoration is the county's; the province and the neighbour county have none") {
                int counted = 0;
                for (const auto& organ : report->organs) {
                    if (organ.organId == f.officer.organ.id) {
                        CHECK(organ.lateRestorations.size() == 1);
                        counted += static_cast<int>(organ.lateRestorations.size());
                    } else {
                        CHECK(organ.lateRestorations.isEmpty());
                        CHECK(organ.clean());
                    }
                }
                CHECK(counted == 1);
                CHECK(report->organs.size() == 3);
            }
        }
    }
}

SCENARIO("A late re-examination is counted under the superior organ that was due to decide it [Opinions IV(8), IX]") {
    WorkflowFixture f;
    GIVEN("a county case submitted for re-examination on 2025-03-03, due at the province by 2025-03-10") {
        const qint64 id = caseInReExamination(f);
        QSqlDatabase db = f.db();
        auto submitted = CaseWorkflow::load(db, id);
        REQUIRE(submitted.ok());
        // The bundled rule data sets no re-examination limit; rule data that does opens this deadline.
        REQUIRE(f.vault()
                    .transact([&](QSqlDatabase& tx) -> Status {
                        workflow::DeadlineRegister::Owner owner;
                        owner.caseId = id;
                        owner.subjectId = submitted->subjectId;
                        auto opened = workflow::DeadlineRegister::openFixed(
                            tx, domain::DeadlineKind::ReExamination, owner, QDate(2025, 3, 10), QStringLiteral("test"));
                        if (!opened)
                            return opened.error();
                        return {};
                    })
                    .ok());
        auto rules = f.as(f.officer).ruleSet();
        REQUIRE(rules.ok());
        const auto lateUnder = [&](QDate to) {
            auto report = audit::AccountabilityReport::build(db, *rules, QDate(2025, 1, 1), to);
            REQUIRE(report.ok());
            QMap<qint64, qsizetype> late;
            for (const auto& organ : report->organs)
                if (!organ.lateReExaminations.isEmpty())
                    late.insert(organ.organId, organ.lateReExaminations.size());
            return late;
        };
        WHEN("the report is made while it is still undecided") {
            const auto late = lateUnder(QDate(2025, 3, 15));
            THEN("the province answers for it, not the county") {
                CHECK(late == QMap<qint64, qsizetype>{{f.provincial.organ.id, 1}});
            }
        }
        WHEN("the province decides it ten days late") {
            auto asProvince = f.as(f.provincial);
            REQUIRE(CaseWorkflow(asProvince).decideReExamination(id, QDate(2025, 3, 20), true, QString()).ok());
            const auto late = lateUnder(QDate(2025, 12, 31));
            THEN("the late act is the province's") {
                CHECK(late == QMap<qint64, qsizetype>{{f.provincial.organ.id, 1}});
            }
        }
    }
}
