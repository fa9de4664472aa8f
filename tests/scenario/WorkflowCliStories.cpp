// Whole stories through the command line in a temporary vault, as a county market-regulation bureau and its
// provincial department would tell them. "Today" is fixed with CREDITCASE_TODAY (tests only).
#include "CliRunner.h"
#include "TempDir.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <catch2/catch.hpp>

using namespace creditcase::test;

namespace {

class Bureau {
public:
    Bureau() {
        const auto init =
            run(QStringLiteral("wang.admin"),
                {QStringLiteral("init"), QStringLiteral("--admin"), QStringLiteral("wang.admin"),
                 QStringLiteral("--organ"), QStringLiteral("东城区市场监督管理局"), QStringLiteral("--organ-level"),
                 QStringLiteral("county"), QStringLiteral("--region"), QStringLiteral("110101")},
                false);
        INFO(init.err.toStdString());
        REQUIRE(init.exitCode == 0);
        addUser(QStringLiteral("li.officer"), QStringLiteral("officer"), QStringLiteral("东城区市场监督管理局"),
                QStringLiteral("county"), QStringLiteral("110101"));
        addUser(QStringLiteral("zhao.sup"), QStringLiteral("supervisor"), QStringLiteral("东城区市场监督管理局"),
                QStringLiteral("county"), QStringLiteral("110101"));
        addUser(QStringLiteral("qian.prov"), QStringLiteral("supervisor"), QStringLiteral("北京市市场监督管理局"),
                QStringLiteral("provincial"), QStringLiteral("110000"));
    }

    // Runs a command as a user on a given "today".
    CliOutcome run(const QString& user, const QStringList& command, bool withUser = true,
                   const QString& today = QStringLiteral("2026-06-30")) {
        QStringList args{QStringLiteral("--vault"), vault, QStringLiteral("--password-file"), passwordFile(user),
                         QStringLiteral("--json")};
        if (withUser)
            args << QStringLiteral("--user") << user;
        QProcessEnvironment env;
        env.insert(QStringLiteral("CREDITCASE_TODAY"), today);
        return runCli(args + command, {}, env);
    }

    // Runs a command that must succeed and returns its JSON.
    QJsonObject ok(const QString& user, const QStringList& command,
                   const QString& today = QStringLiteral("2026-06-30")) {
        const auto outcome = run(user, command, true, today);
        INFO(command.join(QLatin1Char(' ')).toStdString() << "\n" << outcome.err.toStdString());
        REQUIRE(outcome.exitCode == 0);
        return QJsonDocument::fromJson(outcome.out.toUtf8()).object();
    }

    // Runs a command that must be refused (exit 3) and returns what it printed on stderr.
    QString refused(const QString& user, const QStringList& command,
                    const QString& today = QStringLiteral("2026-06-30")) {
        const auto outcome = run(user, command, true, today);
        INFO(command.join(QLatin1Char(' ')).toStdString() << "\n" << outcome.out.toStdString());
        REQUIRE(outcome.exitCode == 3);
        const auto error =
            QJsonDocument::fromJson(outcome.out.toUtf8()).object().value(QStringLiteral("error")).toObject();
        CHECK(error.value(QStringLiteral("kind")).toString() == QStringLiteral("refused"));
        return outcome.err;
    }

    QString file(const QString& name, const QByteArray& content) { return writeFile(dir.file(name), content); }

    TempDir dir;
    QString vault = dir.file(QStringLiteral("bureau.vault"));

private:
    QString passwordFile(const QString& user) {
        return writeFile(dir.file(user + QStringLiteral(".pw")), (user + QStringLiteral(" password 2026\n")).toUtf8());
    }

    void addUser(const QString& name, const QString& role, const QString& organ, const QString& level,
                 const QString& region) {
        ok(QStringLiteral("wang.admin"),
           {QStringLiteral("user"), QStringLiteral("add"), name, QStringLiteral("--role"), role,
            QStringLiteral("--organ"), organ, QStringLiteral("--organ-level"), level, QStringLiteral("--region"),
            region, QStringLiteral("--initial-password-file"), passwordFile(name)});
    }
};

QStringList words(const char* text) {
    return QString::fromUtf8(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

qint64 id(const QJsonObject& json) {
    return json.value(QStringLiteral("id")).toInteger();
}

QString n(qint64 value) {
    return QString::number(value);
}

const QString officer = QStringLiteral("li.officer");
const QString supervisor = QStringLiteral("zhao.sup");
const QString province = QStringLiteral("qian.prov");

// A standard adopted properly, a subject and a record of serious conduct decided 2025-01-10.
qint64 prepareRecord(Bureau& b) {
    const qint64 standard =
        id(b.ok(officer, words("standard add --list samr-serious-illegal --title") << QStringLiteral("认定标准")));
    b.ok(officer, words("standard open-comment --from 2024-10-01 --to 2024-11-05 --standard") << n(standard));
    b.ok(supervisor, words("standard adopt --on 2024-11-10 --standard") << n(standard));
    const qint64 subject = id(b.ok(officer, words("subject add --kind enterprise --id 91350100M000100Y43 --name")
                                                << QStringLiteral("某某食品有限公司")));
    return id(b.ok(officer, words("record add --item administrative-penalty-legal-person --basis-kind "
                                  "administrative-penalty --basis-date 2025-01-10 --effective-on 2025-02-10 --severity "
                                  "serious --sector market-regulation --subject")
                                << n(subject) << QStringLiteral("--basis-number")
                                << QStringLiteral("京东市监罚〔2025〕12号") << QStringLiteral("--basis-organ")
                                << QStringLiteral("东城区市场监督管理局") << QStringLiteral("--facts")
                                << QStringLiteral("销售不合格食品")));
}

} // namespace

SCENARIO("Story: a market-regulation listing with a rejected objection and a restoration after one year "
         "[Opinions IV(8), VI(11), VI(12)]") {
    Bureau b;
    const qint64 record = prepareRecord(b);
    const QString c = n(id(b.ok(officer, words("case open --list samr-serious-illegal --scope public-health-safety "
                                               "--on 2025-02-20 --record")
                                             << n(record))));
    auto served = b.ok(officer, words("case notify --served-on 2025-02-21 --case") << c);
    CHECK(served.value(QStringLiteral("objection_window_ends")).toString() == QStringLiteral("2025-02-28"));

    // The objection arrives within the window and is rejected with reasons.
    b.ok(officer, words("case object --received-on 2025-02-25 --case")
                      << c << QStringLiteral("--text") << QStringLiteral("货物不是我们的"));
    auto due = b.ok(officer, words("deadlines --as-of 2025-02-25 --within 7"));
    bool answerDue = false;
    for (const auto& row : due.value(QStringLiteral("deadlines")).toArray()) {
        const auto d = row.toObject();
        if (d.value(QStringLiteral("kind")).toString() == QStringLiteral("objection-answer")) {
            answerDue = true;
            CHECK(d.value(QStringLiteral("due_on")).toString() == QStringLiteral("2025-02-28"));
            CHECK(d.value(QStringLiteral("days_left")).toInt() == 3);
            CHECK(d.value(QStringLiteral("subject_name")).toString() == QStringLiteral("某某食品有限公司"));
            CHECK_FALSE(d.value(QStringLiteral("provisional")).toBool());
        }
    }
    CHECK(answerDue);
    b.ok(supervisor, words("case answer --on 2025-02-27 --rejected --case")
                         << c << QStringLiteral("--text") << QStringLiteral("检验报告证明属实"));

    // The county supervisor may not decide before the provincial re-examination, nor re-examine it.
    CHECK(b.refused(supervisor, words("case decide --on 2025-03-03 --case") << c).contains(QStringLiteral("IV(8)")));
    b.ok(officer, words("case reexam submit --on 2025-03-03 --case") << c);
    b.refused(supervisor, words("case reexam approve --on 2025-03-05 --case") << c);
    b.ok(province, words("case reexam approve --on 2025-03-05 --case") << c);
    auto decided = b.ok(supervisor, words("case decide --on 2025-03-06 --case") << c);
    CHECK(decided.value(QStringLiteral("stage")).toString() == QStringLiteral("listed"));
    CHECK(decided.value(QStringLiteral("listed_until")).toString() == QStringLiteral("2028-03-06"));

    // A colleague must state a purpose to look at the file; the decision names its measures and chain position.
    b.refused(supervisor, words("case show --case") << c);
    auto file =
        b.ok(supervisor, words("case show --case") << c << QStringLiteral("--purpose") << QStringLiteral("复核决定"));
    const auto decision = file.value(QStringLiteral("decision")).toObject();
    CHECK(decision.value(QStringLiteral("measures")).toArray().size() == 7);
    CHECK(decision.value(QStringLiteral("chain_seq")).toInt() > 0);
    CHECK(decision.value(QStringLiteral("chain_hash")).toString().size() == 64);
    CHECK(decision.value(QStringLiteral("rule_editions")).toString().contains(QStringLiteral("measures:2021")));

    // Restoration: after one year on the list, with the commitment letter and the fine receipt.
    const QString letter = b.file(QStringLiteral("承诺书.pdf"), "%PDF-1.4 commitment letter");
    const QString receipt = b.file(QStringLiteral("receipt.pdf"), "%PDF-1.4 fine receipt");
    auto applied = b.ok(officer, words("restore apply --on 2026-03-09 --corrected-on 2025-04-01 --case")
                                     << c << QStringLiteral("--commitment-letter") << letter
                                     << QStringLiteral("--evidence") << receipt);
    CHECK(applied.value(QStringLiteral("eligible")).toBool());
    CHECK(applied.value(QStringLiteral("due_on")).toString() == QStringLiteral("2026-03-23"));
    CHECK_FALSE(applied.keys().contains(QStringLiteral("fee")));
    auto granted = b.ok(supervisor, words("restore decide --on 2026-03-12 --grant --case") << c);
    CHECK(granted.value(QStringLiteral("stage")).toString() == QStringLiteral("granted"));
    CHECK_FALSE(granted.value(QStringLiteral("decided_late")).toBool());

    auto after = b.ok(officer, words("case show --case") << c);
    CHECK(after.value(QStringLiteral("stage")).toString() == QStringLiteral("removed"));
    // The removal leaves the penalty record's disclosure to its own regime (the list's rules do not end it).
    CHECK(after.value(QStringLiteral("record")).toObject().value(QStringLiteral("disclosure_stopped_on")).toString() ==
          QString());
    for (const auto& m : after.value(QStringLiteral("decision")).toObject().value(QStringLiteral("measures")).toArray())
        CHECK(m.toObject().value(QStringLiteral("lifted_on")).toString() == QStringLiteral("2026-03-12"));
    CHECK(after.value(QStringLiteral("attachments")).toArray().size() == 2);
    auto listed = b.ok(officer, words("case list --stage removed"));
    CHECK(listed.value(QStringLiteral("cases")).toArray().size() == 1);
    auto open = b.ok(officer, words("deadlines --as-of 2026-03-12"));
    for (const auto& row : open.value(QStringLiteral("deadlines")).toArray())
        CHECK(row.toObject().value(QStringLiteral("case")).toInteger() != c.toLongLong());
}

SCENARIO("Story: restoration of penalty information through the CLI, not accepted too early, then granted "
         "[Opinions VI(11); NDRC Order No. 58]") {
    Bureau b;
    const qint64 record = prepareRecord(b); // serious, decided 2025-01-10 under Order 58: minimum 3 months
    const QString letter = b.file(QStringLiteral("承诺书.pdf"), "%PDF-1.4 commitment letter");
    const QString r = n(record);
    // Before 2025-04-10 the application is not accepted (不予受理): exit 3, the reason and the provision, nothing kept.
    const QString early = b.refused(officer, words("restore apply --on 2025-04-09 --corrected-on 2025-03-01 --record")
                                                 << r << QStringLiteral("--commitment-letter") << letter);
    CHECK(early.contains(QStringLiteral("2025-04-10")));
    CHECK(early.contains(QStringLiteral("VI(11)")));
    CHECK(b.run(officer, words("restore apply --on 2025-05-06 --record")
                             << r << QStringLiteral("--case") << QStringLiteral("1"))
              .exitCode == 2); // one kind at a time
    auto applied = b.ok(officer, words("restore apply --on 2025-05-06 --corrected-on 2025-03-01 --record")
                                     << r << QStringLiteral("--commitment-letter") << letter);
    CHECK(applied.value(QStringLiteral("kind")).toString() == QStringLiteral("penalty-information"));
    CHECK(applied.value(QStringLiteral("record")).toInteger() == record);
    CHECK(applied.value(QStringLiteral("stage")).toString() == QStringLiteral("applied"));
    auto granted = b.ok(supervisor, words("restore decide --on 2025-05-08 --grant --record") << r);
    CHECK(granted.value(QStringLiteral("stage")).toString() == QStringLiteral("granted"));
}

SCENARIO("Story: a tax listing whose term starts with its publication [STA Order 54]") {
    Bureau b;
    const qint64 subject = id(b.ok(officer, words("subject add --kind enterprise --id 91350100M000100Y43 --name")
                                                << QStringLiteral("某某贸易有限公司")));
    const qint64 record = id(b.ok(officer, words("record add --item administrative-penalty-legal-person --basis-kind "
                                                 "administrative-penalty --basis-number T1 --basis-organ Y "
                                                 "--basis-date 2025-01-10 --effective-on 2025-02-10 --severity "
                                                 "serious --sector tax --facts 偷税 --subject")
                                               << n(subject)));
    const QString c =
        n(id(b.ok(officer, words("case open --list tax-major-violation --on 2025-02-20 --record") << n(record))));
    b.ok(officer, words("case notify --served-on 2025-02-21 --case") << c);
    auto decided = b.ok(supervisor, words("case decide --on 2025-03-03 --case") << c);
    CHECK(decided.value(QStringLiteral("listed_until")).toString() == QString());
    auto published = b.ok(officer, words("case publish --on 2025-03-10 --case") << c);
    CHECK(published.value(QStringLiteral("listed_until")).toString() == QStringLiteral("2028-03-10"));
    CHECK(b.refused(officer, words("case publish --on 2025-03-11 --case") << c).contains(QStringLiteral("already")));
}

SCENARIO("Story: a listing whose objection is upheld is closed without designation [Opinions IV(8)]") {
    Bureau b;
    const qint64 record = prepareRecord(b);
    const QString c = n(id(b.ok(officer, words("case open --list samr-serious-illegal --scope public-health-safety "
                                               "--on 2025-02-20 --record")
                                             << n(record))));
    b.ok(officer, words("case notify --served-on 2025-02-21 --case") << c);
    // An objection after the window is refused, with the rule it rests on.
    const QString late = b.refused(officer, words("case object --received-on 2025-03-04 --case")
                                                << c << QStringLiteral("--text") << QStringLiteral("太晚了"));
    CHECK(late.contains(QStringLiteral("after the objection window ended on 2025-02-28")));
    CHECK(late.contains(QStringLiteral("Basis:")));
    b.ok(officer, words("case object --received-on 2025-02-24 --case")
                      << c << QStringLiteral("--text") << QStringLiteral("处罚决定已被撤销"));
    auto closed = b.ok(supervisor, words("case answer --on 2025-02-26 --upheld --case")
                                       << c << QStringLiteral("--text") << QStringLiteral("处罚决定已于2月20日撤销"));
    CHECK(closed.value(QStringLiteral("stage")).toString() == QStringLiteral("closed"));
    CHECK(closed.value(QStringLiteral("closed_reason")).toString() == QStringLiteral("objection-upheld"));

    b.refused(supervisor, words("case decide --on 2025-03-06 --case") << c);
    b.refused(officer, words("restore apply --on 2025-03-06 --case") << c);
    auto list = b.ok(officer, words("case list --stage closed"));
    CHECK(list.value(QStringLiteral("cases")).toArray().size() == 1);
    auto due = b.ok(officer, words("deadlines --as-of 2025-02-26"));
    for (const auto& row : due.value(QStringLiteral("deadlines")).toArray())
        CHECK(row.toObject().value(QStringLiteral("case")).toInteger() != c.toLongLong());
    auto file = b.ok(officer, words("case show --case") << c);
    CHECK(file.value(QStringLiteral("objections")).toArray().first().toObject().value(QStringLiteral("outcome")) ==
          QStringLiteral("upheld"));
    CHECK_FALSE(file.contains(QStringLiteral("decision")));
}

SCENARIO("Story: a standard whose comment period is too short is refused, then adopted properly [Opinions IV(7)]") {
    Bureau b;
    const qint64 standard = id(b.ok(officer, words("standard add --list samr-serious-illegal --title")
                                                 << QStringLiteral("认定标准（征求意见稿）")));
    const QString s = n(standard);

    // A county's own standard governs its cases only once in force; until then the national standard (SAMR Order 44)
    // does, which needs no local adoption (Guiding Opinions IV(7)). The draft does not stand in the way.
    const qint64 subject = id(b.ok(officer, words("subject add --kind enterprise --id 91350100M000100Y43 --name")
                                                << QStringLiteral("某某食品有限公司")));
    const qint64 record = id(b.ok(officer, words("record add --item administrative-penalty-legal-person --basis-kind "
                                                 "administrative-penalty --basis-number X1 --basis-organ Y "
                                                 "--basis-date 2026-01-12 --effective-on 2026-02-12 --severity "
                                                 "serious --subject")
                                               << n(subject)));
    const qint64 earlier = id(b.ok(officer, words("record add --item administrative-penalty-legal-person --basis-kind "
                                                  "administrative-penalty --basis-number X0 --basis-organ Y "
                                                  "--basis-date 2026-01-05 --effective-on 2026-02-05 --severity "
                                                  "serious --subject")
                                                << n(subject)));
    auto national = b.ok(officer, words("case open --list samr-serious-illegal --scope public-health-safety --on "
                                        "2026-03-01 --record")
                                      << n(earlier));
    CHECK(national.value(QStringLiteral("standard")).toInteger() == 0);

    // 20 days is too short: refused, with the provision printed, and the standard stays a draft.
    const QString tooShort = b.refused(officer, words("standard open-comment --from 2026-03-02 --to 2026-03-21 "
                                                      "--standard")
                                                    << s);
    CHECK(tooShort.contains(QStringLiteral("too short")));
    CHECK(tooShort.contains(QStringLiteral("2026-04-01")));
    CHECK(tooShort.contains(QStringLiteral("IV(7)")));
    auto drafts = b.ok(officer, words("standard list"));
    CHECK(drafts.value(QStringLiteral("standards")).toArray().first().toObject().value(QStringLiteral("stage")) ==
          QStringLiteral("draft"));

    // Properly: 31 days, adopted only after the close, in force from the adoption date.
    b.ok(officer, words("standard open-comment --from 2026-03-02 --to 2026-04-01 --standard") << s);
    b.refused(supervisor, words("standard adopt --on 2026-03-31 --standard") << s, QStringLiteral("2026-03-31"));
    b.refused(officer, words("standard adopt --on 2026-04-03 --standard") << s);
    auto adopted =
        b.ok(supervisor, words("standard adopt --on 2026-04-03 --next-assessment 2027-04-03 --standard") << s);
    CHECK(adopted.value(QStringLiteral("stage")).toString() == QStringLiteral("in-force"));
    CHECK(adopted.value(QStringLiteral("in_force_from")).toString() == QStringLiteral("2026-04-03"));
    auto assessment = b.ok(officer, words("deadlines --as-of 2027-03-30 --within 7"));
    bool found = false;
    for (const auto& row : assessment.value(QStringLiteral("deadlines")).toArray())
        found |= row.toObject().value(QStringLiteral("kind")).toString() == QStringLiteral("assessment-due");
    CHECK(found);

    // Now the designation can begin.
    auto opened = b.ok(officer, words("case open --list samr-serious-illegal --scope public-health-safety --on "
                                      "2026-05-06 --record")
                                    << n(record));
    CHECK(opened.value(QStringLiteral("stage")).toString() == QStringLiteral("notice-prepared"));
    CHECK(opened.value(QStringLiteral("standard")).toInteger() == standard);
}

SCENARIO("The case commands report usage errors with exit 2 and missing objects with exit 1") {
    Bureau b;
    CHECK(b.run(officer, words("case notify --case 1")).exitCode == 2); // no --served-on
    CHECK(b.run(officer, words("case notify --case x --served-on 2025-01-01")).exitCode == 2);
    CHECK(b.run(officer, words("case notify --case 9 --served-on 2025-13-01")).exitCode == 2);
    CHECK(b.run(officer, words("case notify --case 9 --served-on 2025-01-02")).exitCode == 1); // no such case
    CHECK(b.run(officer, words("subject add --kind enterprise --name X --id 91350100M000100Y4Z")).exitCode == 2);
    CHECK(b.run(officer, words("case answer --case 1 --on 2025-01-01 --text t")).exitCode == 2);
    CHECK(b.run(officer, words("deadlines --within soon")).exitCode == 2);
}

SCENARIO("A case list states why it is made, and the purpose is registered with the inquiry [Opinions VII(13)]") {
    Bureau b;
    const qint64 record = prepareRecord(b);
    const qint64 c = id(b.ok(officer, words("case open --list samr-serious-illegal --scope public-health-safety --on "
                                            "2025-02-20 --record")
                                          << n(record)));
    const auto listed = b.ok(supervisor, words("case list --limit 5 --purpose") << QStringLiteral("周例会核查"));
    const QJsonArray cases = listed.value(QStringLiteral("cases")).toArray();
    REQUIRE(cases.size() == 1);
    CHECK(cases.at(0).toObject().value(QStringLiteral("id")).toInteger() == c);
    const QJsonArray inquiries =
        b.ok(QStringLiteral("wang.admin"), words("inquiry log")).value(QStringLiteral("inquiries")).toArray();
    int withPurpose = 0;
    for (const auto& row : inquiries) {
        const QJsonObject inquiry = row.toObject();
        if (inquiry.value(QStringLiteral("purpose")).toString() == QStringLiteral("周例会核查")) {
            ++withPurpose;
            CHECK(inquiry.value(QStringLiteral("actor")).toString() == supervisor);
        }
    }
    CHECK(withPurpose >= 1);
}

SCENARIO("A deadline list is registered as an inquiry naming the subjects listed [Opinions VII(13)]") {
    Bureau b;
    const qint64 record = prepareRecord(b);
    b.ok(officer, words("case open --list samr-serious-illegal --scope public-health-safety --on 2025-02-20 --record")
                      << n(record));
    const auto listed =
        b.ok(officer, words("deadlines --as-of 2025-02-20 --purpose") << QStringLiteral("每日期限核对"));
    const QJsonArray deadlines = listed.value(QStringLiteral("deadlines")).toArray();
    REQUIRE_FALSE(deadlines.isEmpty());
    const QJsonArray inquiries =
        b.ok(QStringLiteral("wang.admin"), words("inquiry log")).value(QStringLiteral("inquiries")).toArray();
    int registered = 0;
    for (const auto& row : inquiries) {
        const QJsonObject inquiry = row.toObject();
        if (inquiry.value(QStringLiteral("object")).toString() == QStringLiteral("deadlines:list")) {
            ++registered;
            CHECK(inquiry.value(QStringLiteral("purpose")).toString() == QStringLiteral("每日期限核对"));
            CHECK(inquiry.value(QStringLiteral("subject")).toString().startsWith(QStringLiteral("subjects:")));
        }
    }
    CHECK(registered == 1);
}

SCENARIO("Story: a changed holiday schedule imported with rules import moves the open deadlines it touches "
         "[DOMAIN 8; Civil Procedure Law Art. 85]") {
    Bureau b;
    const qint64 record = prepareRecord(b);
    const QString c = n(id(b.ok(officer, words("case open --list samr-serious-illegal --scope public-health-safety "
                                               "--on 2025-02-20 --record")
                                             << n(record))));
    auto served = b.ok(officer, words("case notify --served-on 2025-02-21 --case") << c);
    REQUIRE(served.value(QStringLiteral("objection_window_ends")).toString() == QStringLiteral("2025-02-28"));

    GIVEN("a corrected 2025 schedule that makes Friday 2025-02-28 a day off") {
        QFile builtIn(QStringLiteral(CREDITCASE_SOURCE_DIR "/resources/rules/calendars/cn-holidays-2025.json"));
        REQUIRE(builtIn.open(QIODevice::ReadOnly));
        QJsonObject schedule = QJsonDocument::fromJson(builtIn.readAll()).object();
        QJsonArray offDays = schedule.value(QStringLiteral("offDays")).toArray();
        offDays.append(QJsonObject{{QStringLiteral("date"), QStringLiteral("2025-02-28")},
                                   {QStringLiteral("name"), QStringLiteral("更正")}});
        schedule.insert(QStringLiteral("offDays"), offDays);
        schedule.insert(QStringLiteral("version"), QStringLiteral("2025.2"));
        const QString file = b.file(QStringLiteral("cn-holidays-2025-v2.json"), QJsonDocument(schedule).toJson());

        WHEN("the administrator imports it") {
            auto imported =
                b.ok(QStringLiteral("wang.admin"), {QStringLiteral("rules"), QStringLiteral("import"), file});
            THEN("the objection window moves to the next working day and the import says so") {
                const auto moved = imported.value(QStringLiteral("moved_deadlines")).toArray();
                REQUIRE(moved.size() >= 1);
                bool window = false;
                for (const auto& entry : moved) {
                    const auto m = entry.toObject();
                    if (m.value(QStringLiteral("before")).toString() == QStringLiteral("2025-02-28")) {
                        window = true;
                        CHECK(m.value(QStringLiteral("after")).toString() == QStringLiteral("2025-03-03"));
                    }
                }
                CHECK(window);
                auto file = b.ok(officer, words("case show --case") << c);
                CHECK(QJsonDocument(file).toJson().contains("2025-03-03"));
            }
        }
    }
}

SCENARIO("Story: a wage-arrears case keeps its time to decide, extended once by the head, and the deadline list "
         "counts it in working days [MOHRSS Order 45 Art. 8]") {
    Bureau b;
    const qint64 subject = id(b.ok(officer, words("subject add --kind enterprise --id 91350100M000100Y43 --name")
                                                << QStringLiteral("某某建筑有限公司")));
    const qint64 record = id(b.ok(officer, words("record add --item administrative-penalty-legal-person --basis-kind "
                                                 "administrative-penalty --basis-number L1 --basis-organ Y "
                                                 "--basis-date 2025-01-10 --effective-on 2025-02-10 --severity "
                                                 "serious --sector labour --facts 拖欠工资 --subject")
                                               << n(subject)));
    const QString c = n(id(b.ok(officer, words("case open --list wage-arrears --on 2025-02-20 "
                                               "--decision-limit-from 2025-02-14 --record")
                                             << n(record))));
    const auto listed = b.ok(officer, words("deadlines --as-of 2025-03-07"));
    bool found = false;
    for (const auto& row : listed.value(QStringLiteral("deadlines")).toArray()) {
        const QJsonObject d = row.toObject();
        if (d.value(QStringLiteral("kind")).toString() != QStringLiteral("decision-due"))
            continue;
        found = true;
        CHECK(d.value(QStringLiteral("due_on")).toString() == QStringLiteral("2025-03-14"));
        CHECK(d.value(QStringLiteral("days_unit")).toString() == QStringLiteral("working-days"));
        CHECK(d.value(QStringLiteral("days_left")).toInt() == 5); // 10..14 March; 7 calendar days
    }
    CHECK(found);
    CHECK(b.refused(officer, words("case extend-decision --on 2025-03-10 --reason 复杂 --case") << c)
              .contains(QStringLiteral("role")));
    b.ok(supervisor, words("case extend-decision --on 2025-03-10 --reason 涉及人数众多 --case") << c);
    CHECK(b.refused(supervisor, words("case extend-decision --on 2025-03-11 --reason 仍复杂 --case") << c)
              .contains(QStringLiteral("already extended")));
}
