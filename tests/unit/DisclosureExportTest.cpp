#include "exchange/DisclosureExport.h"

#include "CaseRows.h"
#include "CliRunner.h"
#include "TempDir.h"
#include "TestVault.h"
#include "audit/AuditLog.h"
#include "audit/InquiryRegister.h"
#include "workflow/RuleAdministration.h"
#include "workflow/UserAdministration.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <catch2/catch.hpp>

// Rows are written with designated initializers that name only what a test cares about; the other members keep
// their defaults on purpose.
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"

using namespace creditcase;
using namespace creditcase::test;
using exchange::Channel;
using exchange::DisclosureExport;

namespace {

QDate d(const char* iso) {
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

const QString kCompanyCode = QStringLiteral("91350100M000100Y43");
const QString kPersonId = QStringLiteral("11010519491231002X");

qsizetype column(const QString& key) {
    const auto& fields = DisclosureExport::fields();
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (fields.at(i).key == key) {
            return i;
        }
    }
    FAIL("no field " << key.toStdString());
    return -1;
}

struct Office {
    TempDir dir;
    TestVault created = createTestVault(dir.file(QStringLiteral("v.vault")));
    QSqlDatabase db = created.vault->database();
    CaseRows rows{db};
    rules::RuleSet rules = *workflow::RuleAdministration::loadRuleSet(db);
    qint64 company = rows.subject(
        {QStringLiteral("enterprise"), QStringLiteral("北京某某食品有限公司"), kCompanyCode, QStringLiteral("王五")});
    qint64 person = rows.subject({QStringLiteral("individual"), QStringLiteral("张三"), kPersonId, {}});

    qint64 penalty(qint64 subject, const QString& item, QDate decidedOn, QDate maxUntil = {},
                   const QString& by = QStringLiteral("admin")) {
        static int serial = 0;
        const qint64 basis = rows.basis({.documentNumber = QStringLiteral("京东市监罚〔2026〕%1号").arg(++serial),
                                         .issuedOn = decidedOn,
                                         .statutoryProvision = QStringLiteral("《食品安全法》第一百二十四条")});
        return rows.record({.subject = subject,
                            .basis = basis,
                            .item = item,
                            .facts = QStringLiteral("生产经营超过保质期的食品"),
                            .decidedOn = decidedOn,
                            .disclosureMaxUntil = maxUntil,
                            .createdBy = by});
    }

    DisclosureExport::Selection select(Channel channel, QDate asOf) {
        auto selection = DisclosureExport::select(db, rules, channel, asOf, 1);
        REQUIRE(selection.ok());
        return selection.take();
    }
};

const QString kCompanyItem = QStringLiteral("administrative-penalty-legal-person");
const QString kPersonItem = QStringLiteral("administrative-penalty-natural-person");
const QString kIpItem = QStringLiteral("intellectual-property");

} // namespace

TEST_CASE("The public channel carries only what the catalogue marks for active disclosure [Opinions III(4)]") {
    Office office;
    const qint64 companyRecord = office.penalty(office.company, kCompanyItem, d("2026-02-02"));
    office.penalty(office.person, kPersonItem, d("2026-02-02")); // not disclosed by the catalogue
    const qint64 personIp = office.penalty(office.person, kIpItem, d("2026-02-02"));

    const auto selection = office.select(Channel::Public, d("2026-05-01"));
    REQUIRE(selection.rows.size() == 2);
    CHECK(selection.recordIds == QList<qint64>{companyRecord, personIp});
    CHECK(selection.excluded.catalogForbids == 1);

    const auto& company = selection.rows.at(0);
    CHECK(company.at(column(QStringLiteral("party_name"))) == QStringLiteral("北京某某食品有限公司"));
    CHECK(company.at(column(QStringLiteral("party_category"))) == QStringLiteral("法人及非法人组织"));
    CHECK(company.at(column(QStringLiteral("uscc"))) == kCompanyCode);
    CHECK(company.at(column(QStringLiteral("legal_representative"))) == QStringLiteral("王五"));
    CHECK(company.at(column(QStringLiteral("legal_representative_id_number"))).isEmpty());
    CHECK(company.at(column(QStringLiteral("decision_number"))).startsWith(QStringLiteral("京东市监罚")));
    CHECK(company.at(column(QStringLiteral("facts"))) == QStringLiteral("生产经营超过保质期的食品"));
    CHECK(company.at(column(QStringLiteral("basis"))) == QStringLiteral("《食品安全法》第一百二十四条"));
    CHECK(company.at(column(QStringLiteral("decision_date"))) == QStringLiteral("2026-02-02"));
    CHECK(company.at(column(QStringLiteral("deciding_organ"))) == QStringLiteral("北京市东城区市场监督管理局"));
    CHECK(company.at(column(QStringLiteral("source_unit"))) == QStringLiteral("Test County Market Regulation Bureau"));
    // No end date stored: the regime in force on the decision date (Order 58 until 2026-03-31: at most 3 years).
    CHECK(company.at(column(QStringLiteral("disclosure_until"))) == QStringLiteral("2029-02-02"));

    SECTION("a natural person's name is masked and the ID number is not public") {
        const auto& person = selection.rows.at(1);
        CHECK(person.at(column(QStringLiteral("party_name"))) == QStringLiteral("张*"));
        CHECK(person.at(column(QStringLiteral("party_category"))) == QStringLiteral("自然人"));
        CHECK(person.at(column(QStringLiteral("id_number"))).isEmpty());
        CHECK(person.at(column(QStringLiteral("id_type"))).isEmpty());
        CHECK(person.at(column(QStringLiteral("uscc"))).isEmpty());
        for (const QString& cell : person) {
            CHECK_FALSE(cell.contains(QStringLiteral("张三")));
            CHECK_FALSE(cell.contains(QStringLiteral("19491231")));
        }
    }
}

TEST_CASE("The sharing channel follows the sharing scope and masks ID numbers [Opinions III(3)]") {
    Office office;
    office.penalty(office.company, kCompanyItem, d("2026-02-02"));
    office.penalty(office.person, kPersonItem, d("2026-02-02")); // conditional sharing
    const auto selection = office.select(Channel::Sharing, d("2026-05-01"));
    REQUIRE(selection.rows.size() == 2);
    const auto& person = selection.rows.at(1);
    CHECK(person.at(column(QStringLiteral("party_name"))) == QStringLiteral("张三"));
    CHECK(person.at(column(QStringLiteral("id_type"))) == QStringLiteral("身份证"));
    CHECK(person.at(column(QStringLiteral("id_number"))) == QStringLiteral("110105***********X"));
    CHECK(person.at(column(QStringLiteral("remarks"))) == QStringLiteral("有条件共享"));
    CHECK(selection.rows.at(0).at(column(QStringLiteral("remarks"))).isEmpty());
}

TEST_CASE("Nothing whose disclosure window closed, that was restored or stopped, or that is not yet decided goes out, "
          "and a removal from a list leaves the penalty record") {
    Office office;
    const qint64 open = office.penalty(office.company, kCompanyItem, d("2026-02-02"), d("2027-02-02"));
    office.penalty(office.company, kCompanyItem, d("2025-01-10"), d("2026-01-10")); // window ended
    office.penalty(office.company, kCompanyItem, d("2026-02-02"), d("2026-05-01")); // ends on the as-of day
    // Restoration of this penalty information was granted on 2026-03-09: its disclosure ended that day.
    const qint64 restored = office.penalty(office.company, kCompanyItem, d("2026-02-02"), d("2027-02-02"));
    QSqlQuery restore(office.db);
    REQUIRE(restore.exec(
        QStringLiteral("UPDATE credit_records SET disclosure_stopped_on = '2026-03-09' WHERE id = %1").arg(restored)));
    // A listing on this record was removed on 2026-03-09: a removal does not end the record's disclosure.
    const qint64 removed = office.penalty(office.company, kCompanyItem, d("2026-02-02"), d("2027-02-02"));
    const qint64 removedCase = office.rows.openCase({.record = removed, .subject = office.company});
    office.rows.restoration(removedCase, d("2026-03-01"), d("2026-03-10"), d("2026-03-09"));
    office.penalty(office.company, kCompanyItem, d("2026-06-01"), d("2027-06-01")); // after the as-of date
    office.penalty(office.company, kCompanyItem, d("2026-02-02"), d("2027-02-02"),
                   QStringLiteral("admin")); // stopped below
    QSqlQuery stop(office.db);
    REQUIRE(stop.exec(QStringLiteral("UPDATE credit_records SET disclosure_stopped_on = '2026-04-15' WHERE id = "
                                     "(SELECT max(id) FROM credit_records)")));

    const auto selection = office.select(Channel::Public, d("2026-05-01"));
    CHECK(selection.recordIds == QList<qint64>{open, removed});
    CHECK(selection.excluded.windowClosed == 2);
    CHECK(selection.excluded.restored == 2);

    SECTION("before the restoration was granted the record was still disclosed") {
        const auto earlier = office.select(Channel::Public, d("2026-03-08"));
        CHECK(earlier.recordIds.contains(restored));
    }
    SECTION("the sharing channel is governed by the sharing stop date, not the disclosure stop date") {
        const auto shared = office.select(Channel::Sharing, d("2026-05-01"));
        CHECK(shared.recordIds.size() == 4); // restoration of penalty information ends disclosure only
    }
}

TEST_CASE("Minor conduct the regime does not disclose stays out of the public file") {
    Office office;
    const qint64 basis = office.rows.basis({.documentNumber = QStringLiteral("x"), .issuedOn = d("2026-04-10")});
    office.rows.record({.subject = office.company,
                        .basis = basis,
                        .item = kCompanyItem,
                        .severity = QStringLiteral("minor"),
                        .decidedOn = d("2026-04-10"),
                        .disclosed = false,
                        .disclosureMaxUntil = d("2026-07-10")});
    CHECK(office.select(Channel::Public, d("2026-05-01")).rows.isEmpty());
    CHECK(office.select(Channel::Sharing, d("2026-05-01")).rows.size() == 1);
}

TEST_CASE("Only records whose data source is the exporting organ go out, and only penalty decisions") {
    Office office;
    workflow::UserAdministration users(*office.created.vault);
    REQUIRE(users
                .addUser({QStringLiteral("wu.officer"), domain::Role::Officer, QStringLiteral("Other Bureau"),
                          domain::OrganLevel::County, QStringLiteral("110106")},
                         secret(kPassword), crypto::KdfParams::cheapestForTests())
                .ok());
    office.penalty(office.company, kCompanyItem, d("2026-02-02"), {}, QStringLiteral("wu.officer"));
    const qint64 ruling = office.rows.basis({.kind = QStringLiteral("judicial-ruling"),
                                             .documentNumber = QStringLiteral("(2026)京0101执1号"),
                                             .issuedOn = d("2026-02-02")});
    office.rows.record({.subject = office.company,
                        .basis = ruling,
                        .item = QStringLiteral("court-defaulter"),
                        .decidedOn = d("2026-02-02")});
    CHECK(office.select(Channel::Public, d("2026-05-01")).rows.isEmpty());
}

TEST_CASE("The internal channel never leaves the vault") {
    Office office;
    CHECK(DisclosureExport::select(office.db, office.rules, Channel::Internal, d("2026-05-01"), 1).error().kind ==
          ErrorKind::Usage);
}

TEST_CASE("CSV and JSON carry the header with the chain position") {
    DisclosureExport::Header header;
    header.channel = Channel::Public;
    header.asOf = d("2026-05-01");
    header.madeAt = QDateTime(d("2026-05-01"), QTime(9, 30));
    header.madeBy = QStringLiteral("admin");
    header.organ = QStringLiteral("Bureau; East");
    header.chainSeq = 42;
    header.chainHash = QString(64, QLatin1Char('a'));
    header.records = 1;
    DisclosureExport::Row row(DisclosureExport::fields().size());
    row[0] = QStringLiteral("Acme, \"Ltd\"");
    row[1] = QStringLiteral("=HYPERLINK(\"x\")");
    row[2] = QStringLiteral("line\nbreak");

    SECTION("CSV: BOM, a comment line, Chinese headers, RFC 4180 quoting, no formulas") {
        const QByteArray csv = DisclosureExport::toCsv(header, {row});
        REQUIRE(csv.startsWith("\xEF\xBB\xBF# "));
        const QString text = QString::fromUtf8(csv.mid(3));
        const QStringList lines = text.split(QStringLiteral("\r\n"));
        CHECK(lines.at(0).contains(QStringLiteral("layout=双公示-行政处罚")));
        CHECK(lines.at(0).contains(QStringLiteral("channel=public")));
        CHECK(lines.at(0).contains(QStringLiteral("as_of=2026-05-01")));
        CHECK(lines.at(0).contains(QStringLiteral("chain_seq=42")));
        CHECK(lines.at(0).contains(QStringLiteral("chain_hash=") + header.chainHash));
        CHECK(lines.at(0).contains(QStringLiteral("organ=Bureau, East"))); // ';' separates pairs
        CHECK(lines.at(1).startsWith(QStringLiteral("行政相对人名称,行政相对人类别,")));
        CHECK(lines.at(1).contains(QStringLiteral("公示截止期")));
        CHECK(lines.at(2).startsWith(QStringLiteral("\"Acme, \"\"Ltd\"\"\",\"'=HYPERLINK(\"\"x\"\")\",\"line")));
        CHECK(text.endsWith(QStringLiteral("\r\n")));
    }
    SECTION("JSON: a header object and records under stable English keys") {
        const QJsonObject json = QJsonDocument::fromJson(DisclosureExport::toJson(header, {row})).object();
        const QJsonObject head = json.value(QStringLiteral("header")).toObject();
        CHECK(head.value(QStringLiteral("chain_seq")).toInt() == 42);
        CHECK(head.value(QStringLiteral("chain_hash")).toString() == header.chainHash);
        CHECK(head.value(QStringLiteral("channel")).toString() == QStringLiteral("public"));
        CHECK(head.value(QStringLiteral("records")).toInt() == 1);
        CHECK(head.value(QStringLiteral("columns")).toArray().size() == DisclosureExport::fields().size());
        const QJsonObject record = json.value(QStringLiteral("records")).toArray().at(0).toObject();
        CHECK(record.value(QStringLiteral("party_name")).toString() == QStringLiteral("Acme, \"Ltd\""));
        CHECK(record.value(QStringLiteral("remarks")).toString().isEmpty());
        CHECK(record.size() == DisclosureExport::fields().size());
    }
}

TEST_CASE("An export is an audit entry bound to the file it wrote") {
    Office office;
    office.penalty(office.company, kCompanyItem, d("2026-02-02"));
    const qint64 before = audit::AuditLog::head(office.db)->seq;
    const QString out = office.dir.file(QStringLiteral("public.json"));
    auto outcome = DisclosureExport::run(*office.created.vault, {Channel::Public, d("2026-05-01"), out});
    REQUIRE(outcome.ok());
    CHECK(outcome->records == 1);
    CHECK(outcome->chainSeq == before);
    CHECK(outcome->auditSeq == before + 1);
    const QByteArray bytes = readAll(out);
    CHECK(QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()) == outcome->sha256);
    const QJsonObject head = QJsonDocument::fromJson(bytes).object().value(QStringLiteral("header")).toObject();
    CHECK(head.value(QStringLiteral("chain_seq")).toInt() == before);

    auto latest = audit::AuditLog::latest(office.db, 1);
    REQUIRE(latest->size() == 1);
    CHECK(latest->first().event == QStringLiteral("export.disclosure"));
    CHECK(latest->first().payload.contains(outcome->sha256));
    CHECK(audit::AuditLog::verify(office.db).intact);
}

TEST_CASE("An export is registered as an inquiry naming the subjects disclosed, under its own audit entry") {
    Office office;
    office.penalty(office.company, kCompanyItem, d("2026-02-02"));
    const QString out = office.dir.file(QStringLiteral("public.csv"));
    auto outcome = DisclosureExport::run(*office.created.vault, {Channel::Public, d("2026-05-01"), out});
    REQUIRE(outcome.ok());
    REQUIRE(outcome->records == 1);
    auto inquiries = audit::InquiryRegister::list(office.db);
    REQUIRE(inquiries.ok());
    REQUIRE(inquiries->size() == 1);
    const auto& inquiry = inquiries->first();
    CHECK(inquiry.auditSeq == outcome->auditSeq);
    CHECK(inquiry.object == QStringLiteral("file:public.csv"));
    CHECK(inquiry.subjectRef == QStringLiteral("subjects:%1").arg(office.company));
    CHECK(inquiry.purpose.contains(QStringLiteral("public")));
    CHECK(audit::AuditLog::head(office.db)->seq == outcome->auditSeq);
}

TEST_CASE("A refused or failed export writes neither a file nor an audit entry") {
    Office office;
    office.penalty(office.company, kCompanyItem, d("2026-02-02"));
    const qint64 before = audit::AuditLog::head(office.db)->seq;

    SECTION("a file that cannot be written") {
        const QString out = office.dir.file(QStringLiteral("missing-folder/public.csv"));
        auto outcome = DisclosureExport::run(*office.created.vault, {Channel::Public, d("2026-05-01"), out});
        CHECK(outcome.error().kind == ErrorKind::Failure);
        CHECK_FALSE(QFile::exists(out));
    }
    SECTION("a file name without .csv or .json") {
        auto outcome = DisclosureExport::run(
            *office.created.vault, {Channel::Public, d("2026-05-01"), office.dir.file(QStringLiteral("x.txt"))});
        CHECK(outcome.error().kind == ErrorKind::Usage);
    }
    SECTION("an auditor") {
        workflow::UserAdministration users(*office.created.vault);
        REQUIRE(users
                    .addUser({QStringLiteral("zhao.auditor"), domain::Role::Auditor,
                              QStringLiteral("Test County Market Regulation Bureau"), domain::OrganLevel::County,
                              QStringLiteral("110105")},
                             secret(kPassword), crypto::KdfParams::cheapestForTests())
                    .ok());
        const qint64 afterAdd = audit::AuditLog::head(office.db)->seq;
        auto auditor = openAs(office.created.path, QStringLiteral("zhao.auditor"));
        const QString out = office.dir.file(QStringLiteral("a.csv"));
        auto outcome = DisclosureExport::run(*auditor, {Channel::Public, d("2026-05-01"), out});
        CHECK(outcome.error().kind == ErrorKind::Refused);
        CHECK_FALSE(QFile::exists(out));
        QSqlDatabase db = auditor->database();
        CHECK(audit::AuditLog::head(db)->seq == afterAdd);
        return;
    }
    CHECK(audit::AuditLog::head(office.db)->seq == before);
}

TEST_CASE("An export never overwrites the vault") {
    TempDir dir;
    auto created = createTestVault(dir.file(QStringLiteral("office.json")));
    const QByteArray before = sha256OfFile(created.path);
    auto outcome = DisclosureExport::run(*created.vault, {Channel::Public, d("2026-05-01"), created.path});
    CHECK(outcome.error().kind == ErrorKind::Usage);
    CHECK(sha256OfFile(created.path) == before);
}

TEST_CASE("An export replaces an existing file only when asked, and is private to its owner") {
    Office office;
    office.penalty(office.company, kCompanyItem, d("2026-02-02"));
    const QString out = writeFile(office.dir.file(QStringLiteral("public.csv")), "an earlier file\n");
    REQUIRE(QFile::setPermissions(out, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup |
                                           QFileDevice::ReadOther));
    const qint64 before = audit::AuditLog::head(office.db)->seq;

    auto refused = DisclosureExport::run(*office.created.vault, {Channel::Public, d("2026-05-01"), out});
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind == ErrorKind::Usage);
    CHECK(refused.error().message.contains(QStringLiteral("already exists")));
    CHECK(readAll(out) == "an earlier file\n");
    CHECK(audit::AuditLog::head(office.db)->seq == before);

    auto replaced = DisclosureExport::run(*office.created.vault, {Channel::Public, d("2026-05-01"), out, true});
    REQUIRE(replaced.ok());
    CHECK(readAll(out).contains("chain_seq="));
    // The earlier file was readable by everyone; the export is not.
    const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup |
                                            QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
    CHECK((QFileInfo(out).permissions() & others) == QFileDevice::Permissions());
    CHECK(QFileInfo(out).permissions().testFlags(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
}

TEST_CASE("Designations in force go out in the serious-list layout, masked per channel, and leave when ended "
          "[Opinions III(5), III(4)]") {
    Office office;
    const qint64 record = office.penalty(office.person, QStringLiteral("court-defaulter"), d("2026-02-02"));
    const qint64 listed = office.rows.openCase(
        {.record = record, .subject = office.person, .listType = QStringLiteral("court-defaulter")});
    const qint64 decision = office.rows.decision(listed, d("2026-02-10"));
    office.rows.measure(decision, listed, QStringLiteral("restrict-high-consumption"));
    office.rows.measure(decision, listed, QStringLiteral("financial-institutions"), QStringLiteral("inform-only"));
    const auto column = [](const char* key) {
        for (qsizetype i = 0; i < DisclosureExport::designationFields().size(); ++i) {
            if (DisclosureExport::designationFields().at(i).key == QLatin1String(key))
                return i;
        }
        FAIL("no designation column " << key);
        return qsizetype(-1);
    };

    const auto pub = office.select(Channel::Public, d("2026-05-01"));
    REQUIRE(pub.designations.size() == 1);
    CHECK(pub.caseIds == QList<qint64>{listed});
    const auto& row = pub.designations.first();
    CHECK(row.at(column("list_name")) == QStringLiteral("失信被执行人名单"));
    CHECK(row.at(column("party_name")) == QStringLiteral("张*"));
    CHECK(row.at(column("id_number")).isEmpty()); // a natural person's ID number is not public
    CHECK(row.at(column("id_type")).isEmpty());
    CHECK(row.at(column("listed_from")) == QStringLiteral("2026-02-10"));
    CHECK(row.at(column("standard")).contains(QStringLiteral("法释〔2017〕7号")));
    CHECK(row.at(column("measures")) == QStringLiteral("依法限制高消费")); // an inform-only measure is not ordered
    const auto shared = office.select(Channel::Sharing, d("2026-05-01"));
    REQUIRE(shared.designations.size() == 1);
    CHECK(shared.designations.first().at(column("party_name")) == QStringLiteral("张三"));
    CHECK(shared.designations.first().at(column("id_number")) == QStringLiteral("110105***********X"));
    CHECK(office.select(Channel::Public, d("2026-02-09")).designations.isEmpty()); // not yet decided

    QSqlQuery close(office.db);
    REQUIRE(close.exec(
        QStringLiteral("UPDATE cases SET stage = 'removed', closed_on = '2026-04-01' WHERE id = %1").arg(listed)));
    CHECK(office.select(Channel::Public, d("2026-05-01")).designations.isEmpty());
    CHECK(office.select(Channel::Public, d("2026-03-31")).designations.size() == 1);

    const QString csv = QString::fromUtf8(DisclosureExport::toCsv({}, {}, pub.designations));
    CHECK(csv.contains(QStringLiteral("# layout=严重失信主体名单; records=1")));
    CHECK(csv.contains(QStringLiteral("名单名称,失信主体名称")));
}
