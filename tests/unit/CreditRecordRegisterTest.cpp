#include "workflow/CreditRecordRegister.h"

#include "WorkflowFixture.h"

#include <catch2/catch.hpp>

using namespace creditcase;
using namespace creditcase::test;
using workflow::CreditRecordRegister;

namespace {

CreditRecordRegister::NewRecord penalty(qint64 subject) {
    CreditRecordRegister::NewRecord r;
    r.subjectId = subject;
    r.catalogItem = QStringLiteral("administrative-penalty-legal-person");
    r.basisKind = domain::BasisDocumentKind::AdministrativePenaltyDecision;
    r.basisNumber = QStringLiteral("No. 12");
    r.basisOrgan = QStringLiteral("County AMR");
    r.basisDate = QDate(2025, 1, 10);
    r.effectiveOn = QDate(2025, 2, 10);
    r.severity = domain::Severity::Serious;
    r.sector = QStringLiteral("market-regulation");
    return r;
}

} // namespace

TEST_CASE("A credit record rests on a catalogue item and a legally effective basis, with its disclosure window "
          "[Opinions II(1), II(2)]") {
    WorkflowFixture f;
    const qint64 subject = f.addSubject();
    auto context = f.as(f.officer);
    CreditRecordRegister records(context);

    SECTION("recorded with scans kept inside the vault and both disclosure deadlines") {
        auto input = penalty(subject);
        input.scans << workflow::AttachmentStore::File{QStringLiteral("decision.pdf"), QByteArray("%PDF scan")};
        auto added = records.add(input);
        REQUIRE(added.ok());
        CHECK(added->record.catalogEdition == QStringLiteral("2024"));
        CHECK(added->record.disclosureRegime == QStringLiteral("ndrc-order-58"));
        CHECK(added->record.disclosureMaxUntil == QDate(2028, 1, 10));
        CHECK(added->basis.legallyEffective);
        CHECK(f.count(QStringLiteral("SELECT count(*) FROM attachments WHERE owner_kind = 'basis' AND content = "
                                     "CAST('%PDF scan' AS BLOB)")) == 1);
        CHECK(f.count(QStringLiteral("SELECT count(*) FROM deadlines WHERE record_id = %1").arg(added->record.id)) ==
              2);
    }
    SECTION("a sector the rule data does not know is refused, naming the ones it knows, and nothing is written") {
        auto input = penalty(subject);
        input.sector = QStringLiteral("fishing");
        const auto before = f.snapshot();
        auto added = records.add(input);
        REQUIRE_FALSE(added.ok());
        CHECK(added.error().kind == ErrorKind::Usage);
        CHECK(added.error().message.contains(QStringLiteral("\"fishing\"")));
        CHECK(added.error().message.contains(QStringLiteral("market-regulation")));
        CHECK(added.error().message.contains(QStringLiteral("work-safety")));
        const auto after = f.snapshot();
        CHECK(after.tables == before.tables);
        CHECK(after.auditEntries == before.auditEntries);
    }
    SECTION("an item outside the catalogue is refused") {
        auto input = penalty(subject);
        input.catalogItem = QStringLiteral("gossip");
        const auto before = f.snapshot();
        auto added = records.add(input);
        REQUIRE_FALSE(added.ok());
        CHECK(added.error().kind == ErrorKind::Refused);
        f.requireOnlyRefusalAudited(before, QStringLiteral("record.add"));
    }
    SECTION("an item for natural persons is refused for an enterprise") {
        auto input = penalty(subject);
        input.catalogItem = QStringLiteral("administrative-penalty-natural-person");
        const auto before = f.snapshot();
        REQUIRE_FALSE(records.add(input).ok());
        f.requireOnlyRefusalAudited(before, QStringLiteral("record.add"));
    }
    SECTION("a document that is not yet effective is refused") {
        auto input = penalty(subject);
        input.basisDate = QDate(2026, 6, 20);
        input.effectiveOn = QDate(2026, 7, 20);
        const auto before = f.snapshot();
        auto added = records.add(input);
        REQUIRE_FALSE(added.ok());
        CHECK(added.error().citations.join(QLatin1Char(' ')).contains(QStringLiteral("II(2)")));
        f.requireOnlyRefusalAudited(before, QStringLiteral("record.add"));
    }
    SECTION("a complaint is not a basis") {
        auto input = penalty(subject);
        input.basisKind = domain::BasisDocumentKind::Complaint;
        const auto before = f.snapshot();
        REQUIRE_FALSE(records.add(input).ok());
        f.requireOnlyRefusalAudited(before, QStringLiteral("record.add"));
    }
    SECTION("an unknown subject is not found") {
        auto input = penalty(subject + 100);
        auto added = records.add(input);
        REQUIRE_FALSE(added.ok());
        CHECK(added.error().kind == ErrorKind::NotFound);
    }
}
