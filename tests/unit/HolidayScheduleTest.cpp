#include "calendar/HolidaySchedule.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <catch2/catch.hpp>

using namespace creditcase;
using namespace creditcase::calendar;

namespace {

QByteArray readFile(const QString& path) {
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

QByteArray shipped(int year) {
    return readFile(QStringLiteral(":/rules/calendars/cn-holidays-%1.json").arg(year));
}

QJsonObject day(const char* date, const char* name, bool off) {
    return {{QStringLiteral("date"), QString::fromUtf8(date)},
            {QStringLiteral("name"), QString::fromUtf8(name)},
            {QStringLiteral("isOffDay"), off}};
}

// A small, valid holiday-cn file for 2025 that tests then damage in one place.
QJsonObject holidayCn() {
    return {{QStringLiteral("year"), 2025},
            {QStringLiteral("papers"), QJsonArray{QStringLiteral("https://www.gov.cn/example.htm")}},
            {QStringLiteral("days"),
             QJsonArray{day("2025-01-01", "New Year", true), day("2025-01-26", "Spring Festival", false),
                        day("2025-01-28", "Spring Festival", true)}}};
}

QByteArray bytes(const QJsonObject& object) {
    return QJsonDocument(object).toJson();
}

QJsonObject withDay(QJsonObject object, int index, const QJsonValue& value) {
    QJsonArray days = object.value(QStringLiteral("days")).toArray();
    if (index < days.size())
        days[index] = value;
    else
        days.append(value);
    object.insert(QStringLiteral("days"), days);
    return object;
}

QString refusal(const QByteArray& json, const QString& name = QStringLiteral("import.json")) {
    const auto result = HolidaySchedule::fromJson(json, name);
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().kind == ErrorKind::Usage);
    return result.error().message;
}

QJsonObject ours(int year) {
    return QJsonDocument::fromJson(shipped(year)).object();
}

} // namespace

TEST_CASE("HolidaySchedule reads the shipped 2025 schedule with its source and mark") {
    const auto schedule = HolidaySchedule::fromJson(shipped(2025), QStringLiteral("cn-holidays-2025.json"));
    REQUIRE(schedule.ok());
    CHECK(schedule->year() == 2025);
    CHECK(schedule->version() == QStringLiteral("2025.1"));
    CHECK(schedule->jurisdiction() == QStringLiteral("CN"));
    CHECK(schedule->mark() == QStringLiteral("[V]"));
    CHECK(schedule->source().documentNumber == QStringLiteral("国办发明电〔2024〕12号"));
    CHECK(schedule->source().issued == QDate(2024, 11, 12));
    CHECK(schedule->source().url.startsWith(QStringLiteral("https://www.gov.cn/")));
    CHECK(schedule->source().derivedFrom.contains(QStringLiteral("holiday-cn")));
    CHECK(schedule->source().citation().contains(QStringLiteral("国办发明电〔2024〕12号")));
    CHECK(schedule->offDays().size() == 28);
    CHECK(schedule->makeUpWorkdays().size() == 5);
    CHECK(schedule->isOffDay(QDate(2025, 1, 28)));
    CHECK_FALSE(schedule->isOffDay(QDate(2025, 1, 27)));
    CHECK(schedule->isMakeUpWorkday(QDate(2025, 10, 11)));
    CHECK(schedule->dayName(QDate(2025, 10, 1)) == QStringLiteral("国庆节、中秋节"));
    CHECK(schedule->dayName(QDate(2025, 3, 3)).isEmpty());
}

TEST_CASE("HolidaySchedule writes our format back byte for byte") {
    for (const int year : {2025, 2026}) {
        const QByteArray original = shipped(year);
        const auto schedule = HolidaySchedule::fromJson(original, QStringLiteral("shipped"));
        REQUIRE(schedule.ok());
        CHECK(schedule->toJson() == original);
        const auto again = HolidaySchedule::fromJson(schedule->toJson(), QStringLiteral("again"));
        REQUIRE(again.ok());
        CHECK(*again == *schedule);
    }
}

TEST_CASE("HolidaySchedule imports holiday-cn files with a content-derived version") {
    const auto imported = HolidaySchedule::fromJson(bytes(holidayCn()), QStringLiteral("2025.json"));
    REQUIRE(imported.ok());
    CHECK(imported->year() == 2025);
    CHECK(imported->mark() == QStringLiteral("[V2]"));
    CHECK(imported->source().url == QStringLiteral("https://www.gov.cn/example.htm"));
    CHECK(imported->source().derivedFrom.contains(QStringLiteral("2025.json")));
    CHECK(imported->isOffDay(QDate(2025, 1, 28)));
    CHECK(imported->isMakeUpWorkday(QDate(2025, 1, 26)));
    CHECK(imported->version().startsWith(QStringLiteral("holiday-cn-")));

    SECTION("the same days in another layout give the same version") {
        QJsonObject reordered = holidayCn();
        QJsonArray days = reordered.value(QStringLiteral("days")).toArray();
        const QJsonValue first = days.at(0);
        days[0] = days.at(2);
        days[2] = first;
        reordered.insert(QStringLiteral("days"), days);
        const auto other =
            HolidaySchedule::fromJson(QJsonDocument(reordered).toJson(QJsonDocument::Compact), QStringLiteral("x"));
        REQUIRE(other.ok());
        CHECK(other->version() == imported->version());
    }
    SECTION("a different day gives a different version") {
        const auto changed = HolidaySchedule::fromJson(
            bytes(withDay(holidayCn(), 3, day("2025-01-29", "Spring Festival", true))), QStringLiteral("x"));
        REQUIRE(changed.ok());
        CHECK(changed->version() != imported->version());
    }
    SECTION("stored in our format it reads back the same") {
        const auto stored = HolidaySchedule::fromJson(imported->toJson(), QStringLiteral("stored"));
        REQUIRE(stored.ok());
        CHECK(*stored == *imported);
    }
}

TEST_CASE("HolidaySchedule refuses malformed JSON and unknown formats naming the file") {
    CHECK(refusal("{\"year\": 2025,", QStringLiteral("broken.json")).contains(QStringLiteral("broken.json")));
    CHECK(refusal("{\"year\": 2025,").contains(QStringLiteral("not valid JSON")));
    CHECK(refusal("[1, 2]").contains(QStringLiteral("expected a JSON object")));
    CHECK(refusal("{\"hello\": 1}").contains(QStringLiteral("neither a CreditCase holiday schedule")));
    const QString unknown = refusal("{\"format\": \"other/2\"}");
    CHECK(unknown.contains(QStringLiteral("import.json, format:")));
    CHECK(unknown.contains(QStringLiteral("\"other/2\"")));
}

TEST_CASE("HolidaySchedule refuses holiday-cn files with wrong types, naming the JSON path") {
    QJsonObject badYear = holidayCn();
    badYear.insert(QStringLiteral("year"), QStringLiteral("2025"));
    CHECK(refusal(bytes(badYear)).contains(QStringLiteral("import.json, year: expected the year as a whole number")));

    QJsonObject fractionalYear = holidayCn();
    fractionalYear.insert(QStringLiteral("year"), 2025.5);
    CHECK(refusal(bytes(fractionalYear)).contains(QStringLiteral("year: 2025.5 is not a year")));

    QJsonObject badDays = holidayCn();
    badDays.insert(QStringLiteral("days"), QStringLiteral("none"));
    CHECK(refusal(bytes(badDays)).contains(QStringLiteral("days: expected a list, found text")));

    QJsonObject badPaper = holidayCn();
    badPaper.insert(QStringLiteral("papers"), QJsonArray{42});
    CHECK(refusal(bytes(badPaper)).contains(QStringLiteral("papers[0]: expected the notice's URL as text")));

    CHECK(refusal(bytes(withDay(holidayCn(), 1, 7))).contains(QStringLiteral("days[1]: expected an object")));

    QJsonObject offAsText = day("2025-01-29", "Spring Festival", true);
    offAsText.insert(QStringLiteral("isOffDay"), QStringLiteral("yes"));
    CHECK(refusal(bytes(withDay(holidayCn(), 3, offAsText)))
              .contains(QStringLiteral("days[3].isOffDay: expected true or false, found text")));

    QJsonObject noName = day("2025-01-29", "x", true);
    noName.remove(QStringLiteral("name"));
    CHECK(refusal(bytes(withDay(holidayCn(), 3, noName))).contains(QStringLiteral("days[3].name: missing")));

    QJsonObject dateAsNumber = day("2025-01-29", "x", true);
    dateAsNumber.insert(QStringLiteral("date"), 20250129);
    CHECK(refusal(bytes(withDay(holidayCn(), 3, dateAsNumber)))
              .contains(QStringLiteral("days[3].date: expected text, found a number")));
}

TEST_CASE("HolidaySchedule refuses impossible dates, naming the JSON path") {
    CHECK(refusal(bytes(withDay(holidayCn(), 1, day("2025-02-30", "x", true))))
              .contains(QStringLiteral("import.json, days[1].date: \"2025-02-30\" is not a real date")));
    CHECK(refusal(bytes(withDay(holidayCn(), 1, day("2025-2-3", "x", true))))
              .contains(QStringLiteral("days[1].date: \"2025-2-3\" is not a real date in the form YYYY-MM-DD")));
    CHECK(refusal(bytes(withDay(holidayCn(), 0, day("2024-12-31", "x", true))))
              .contains(QStringLiteral("days[0].date: 2024-12-31 lies outside the year 2025")));
    CHECK(refusal(bytes(withDay(holidayCn(), 3, day("2025-01-01", "x", true))))
              .contains(QStringLiteral("days[3].date: 2025-01-01 is listed twice (first at days[0].date)")));
    // 2025-01-27 is a Monday: the State Council never moves a weekday into the working week.
    CHECK(refusal(bytes(withDay(holidayCn(), 3, day("2025-01-27", "x", false))))
              .contains(QStringLiteral("days[3].date: 2025-01-27 is a Monday; a make-up working day is always")));
}

TEST_CASE("HolidaySchedule reports every problem in a file at once") {
    QJsonObject object = withDay(holidayCn(), 1, day("2025-13-01", "x", true));
    object = withDay(object, 2, day("2026-01-01", "x", true));
    const QStringList lines = refusal(bytes(object)).split(u'\n');
    REQUIRE(lines.size() == 2);
    CHECK(lines[0].startsWith(QStringLiteral("import.json, days[1].date:")));
    CHECK(lines[1].startsWith(QStringLiteral("import.json, days[2].date:")));
}

TEST_CASE("HolidaySchedule refuses a schedule with no days off") {
    QJsonObject empty = holidayCn();
    empty.insert(QStringLiteral("days"), QJsonArray{});
    CHECK(refusal(bytes(empty)).contains(QStringLiteral("lists no days off")));
}

TEST_CASE("HolidaySchedule refuses our format when a field is wrong, naming the JSON path") {
    QJsonObject object = ours(2025);
    SECTION("a date both off and make-up") {
        QJsonArray makeUp = object.value(QStringLiteral("makeUpWorkdays")).toArray();
        makeUp.append(QJsonObject{{QStringLiteral("date"), QStringLiteral("2025-02-01")},
                                  {QStringLiteral("name"), QStringLiteral("x")}});
        object.insert(QStringLiteral("makeUpWorkdays"), makeUp);
        CHECK(refusal(bytes(object))
                  .contains(
                      QStringLiteral("makeUpWorkdays[5].date: 2025-02-01 is listed twice (first at offDays[5].date)")));
    }
    SECTION("a bad off day date") {
        QJsonArray off = object.value(QStringLiteral("offDays")).toArray();
        QJsonObject third = off[3].toObject();
        third.insert(QStringLiteral("date"), QStringLiteral("2025-01-32"));
        off[3] = third;
        object.insert(QStringLiteral("offDays"), off);
        CHECK(refusal(bytes(object)).contains(QStringLiteral("offDays[3].date: \"2025-01-32\" is not a real date")));
    }
    SECTION("an unknown mark") {
        object.insert(QStringLiteral("mark"), QStringLiteral("V"));
        CHECK(refusal(bytes(object)).contains(QStringLiteral("mark: \"V\" is not a verification mark")));
    }
    SECTION("another jurisdiction") {
        object.insert(QStringLiteral("jurisdiction"), QStringLiteral("HK"));
        CHECK(refusal(bytes(object)).contains(QStringLiteral("jurisdiction: \"HK\" is not supported")));
    }
    SECTION("no version") {
        object.remove(QStringLiteral("version"));
        CHECK(refusal(bytes(object)).contains(QStringLiteral("version: missing")));
    }
    SECTION("a source that names nothing") {
        object.insert(QStringLiteral("source"), QJsonObject{{QStringLiteral("derivedFrom"), QStringLiteral("me")}});
        CHECK(refusal(bytes(object)).contains(QStringLiteral("source: names neither the notice's title nor its URL")));
    }
    SECTION("a bad issue date") {
        QJsonObject source = object.value(QStringLiteral("source")).toObject();
        source.insert(QStringLiteral("issued"), QStringLiteral("yesterday"));
        object.insert(QStringLiteral("source"), source);
        CHECK(refusal(bytes(object)).contains(QStringLiteral("source.issued: \"yesterday\" is not a real date")));
    }
}
