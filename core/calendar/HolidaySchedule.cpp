#include "HolidaySchedule.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QJsonValue>
#include <QLocale>
#include <QStringList>
#include <optional>

namespace creditcase::calendar {

namespace {

const QLatin1StringView kHolidayCnMark{"[V2]"};
const QLatin1StringView kJurisdiction{"CN"};
const QLatin1StringView kHolidayCnVersionPrefix{"holiday-cn-"};
constexpr int kVersionHashHexDigits = 12;

bool isKnownMark(const QString& mark) {
    return mark == QLatin1StringView("[V]") || mark == QLatin1StringView("[V2]") || mark == QLatin1StringView("[U]");
}

// Strict YYYY-MM-DD; QDate::fromString(ISODate) is more lenient than a rule file should be.
QDate parseIsoDate(const QString& text) {
    if (text.size() != 10 || text.at(4) != u'-' || text.at(7) != u'-')
        return {};
    for (int i : {0, 1, 2, 3, 5, 6, 8, 9}) {
        if (text.at(i) < u'0' || text.at(i) > u'9')
            return {};
    }
    const int y = QStringView(text).mid(0, 4).toInt();
    const int m = QStringView(text).mid(5, 2).toInt();
    const int d = QStringView(text).mid(8, 2).toInt();
    return QDate(y, m, d);
}

QString isoDate(const QDate& date) {
    return date.toString(Qt::ISODate);
}

// A JSON string literal (quotes and escapes included) for hand-laid-out output.
QString jsonString(const QString& text) {
    const QByteArray array = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(array.mid(1, array.size() - 2));
}

bool isWeekend(const QDate& date) {
    return date.dayOfWeek() >= Qt::Saturday;
}

} // namespace

// Walks one JSON document, collecting every problem with its path, and fills a schedule only when there is none.
class HolidayScheduleParser {
public:
    explicit HolidayScheduleParser(const QString& sourceName)
        : m_sourceName(sourceName) {}

    Result<HolidaySchedule> parse(const QByteArray& json);

private:
    struct SeenDay {
        QString path;
    };

    void fail(const QString& path, const QString& what) {
        m_errors << HolidaySchedule::tr("%1, %2: %3").arg(m_sourceName, path, what);
    }

    static QString describeType(const QJsonValue& value);

    std::optional<QString> stringField(const QJsonObject& object, const QString& key, const QString& path,
                                       bool required, bool mayBeEmpty);
    std::optional<int> yearField(const QJsonObject& object, const QString& key, const QString& path);
    std::optional<QJsonArray> arrayField(const QJsonObject& object, const QString& key, const QString& path);
    std::optional<QDate> dateOfDay(const QJsonObject& day, const QString& path, bool makeUpWorkday);
    void addDay(const QDate& date, const QString& name, bool offDay);

    void parseOurs(const QJsonObject& root);
    void parseHolidayCn(const QJsonObject& root);
    QString holidayCnVersion() const;

    QString m_sourceName;
    QStringList m_errors;
    HolidaySchedule m_schedule;
    QMap<QDate, SeenDay> m_seen;
};

QString HolidayScheduleParser::describeType(const QJsonValue& value) {
    switch (value.type()) {
    case QJsonValue::Null:
        return HolidaySchedule::tr("null");
    case QJsonValue::Bool:
        return HolidaySchedule::tr("true/false");
    case QJsonValue::Double:
        return HolidaySchedule::tr("a number");
    case QJsonValue::String:
        return HolidaySchedule::tr("text");
    case QJsonValue::Array:
        return HolidaySchedule::tr("a list");
    case QJsonValue::Object:
        return HolidaySchedule::tr("an object");
    case QJsonValue::Undefined:
        break;
    }
    return HolidaySchedule::tr("nothing");
}

std::optional<QString> HolidayScheduleParser::stringField(const QJsonObject& object, const QString& key,
                                                          const QString& path, bool required, bool mayBeEmpty) {
    const QJsonValue value = object.value(key);
    if (value.isUndefined()) {
        if (required)
            fail(path, HolidaySchedule::tr("missing; expected text"));
        return std::nullopt;
    }
    if (!value.isString()) {
        fail(path, HolidaySchedule::tr("expected text, found %1").arg(describeType(value)));
        return std::nullopt;
    }
    const QString text = value.toString().trimmed();
    if (text.isEmpty() && !mayBeEmpty) {
        fail(path, HolidaySchedule::tr("is empty"));
        return std::nullopt;
    }
    return text;
}

std::optional<int> HolidayScheduleParser::yearField(const QJsonObject& object, const QString& key,
                                                    const QString& path) {
    const QJsonValue value = object.value(key);
    if (value.isUndefined()) {
        fail(path, HolidaySchedule::tr("missing; expected the year as a whole number, e.g. 2026"));
        return std::nullopt;
    }
    if (!value.isDouble()) {
        fail(path, HolidaySchedule::tr("expected the year as a whole number, found %1").arg(describeType(value)));
        return std::nullopt;
    }
    const double number = value.toDouble();
    const int year = value.toInt(0);
    if (year != number || !QDate(year, 1, 1).isValid() || year < 1 || year > 9999) {
        fail(path, HolidaySchedule::tr("%1 is not a year").arg(number));
        return std::nullopt;
    }
    return year;
}

std::optional<QJsonArray> HolidayScheduleParser::arrayField(const QJsonObject& object, const QString& key,
                                                            const QString& path) {
    const QJsonValue value = object.value(key);
    if (value.isUndefined()) {
        fail(path, HolidaySchedule::tr("missing; expected a list"));
        return std::nullopt;
    }
    if (!value.isArray()) {
        fail(path, HolidaySchedule::tr("expected a list, found %1").arg(describeType(value)));
        return std::nullopt;
    }
    return value.toArray();
}

// Checks one "date" entry: a real date, inside the schedule's year, not listed before, and a make-up working day
// must fall on a weekend (the State Council only ever moves Saturdays and Sundays into the working week).
std::optional<QDate> HolidayScheduleParser::dateOfDay(const QJsonObject& day, const QString& path, bool makeUpWorkday) {
    const auto text = stringField(day, QStringLiteral("date"), path, true, false);
    if (!text)
        return std::nullopt;
    const QDate date = parseIsoDate(*text);
    if (!date.isValid()) {
        fail(path, HolidaySchedule::tr("\"%1\" is not a real date in the form YYYY-MM-DD").arg(*text));
        return std::nullopt;
    }
    bool good = true;
    if (m_schedule.m_year != 0 && date.year() != m_schedule.m_year) {
        fail(path, HolidaySchedule::tr("%1 lies outside the year %2 that this schedule is for")
                       .arg(isoDate(date))
                       .arg(m_schedule.m_year));
        good = false;
    }
    const auto seen = m_seen.constFind(date);
    if (seen != m_seen.constEnd()) {
        fail(path, HolidaySchedule::tr("%1 is listed twice (first at %2)").arg(isoDate(date), seen->path));
        good = false;
    }
    if (makeUpWorkday && !isWeekend(date)) {
        fail(path, HolidaySchedule::tr("%1 is a %2; a make-up working day is always a Saturday or Sunday")
                       .arg(isoDate(date), QLocale().dayName(date.dayOfWeek())));
        good = false;
    }
    if (!good)
        return std::nullopt;
    m_seen.insert(date, {path});
    return date;
}

void HolidayScheduleParser::addDay(const QDate& date, const QString& name, bool offDay) {
    (offDay ? m_schedule.m_offDays : m_schedule.m_makeUpWorkdays).insert(date, name);
}

void HolidayScheduleParser::parseOurs(const QJsonObject& root) {
    if (const auto year = yearField(root, QStringLiteral("year"), QStringLiteral("year")))
        m_schedule.m_year = *year;
    if (const auto jurisdiction =
            stringField(root, QStringLiteral("jurisdiction"), QStringLiteral("jurisdiction"), true, false)) {
        if (*jurisdiction != kJurisdiction)
            fail(QStringLiteral("jurisdiction"),
                 HolidaySchedule::tr("\"%1\" is not supported; expected \"%2\"").arg(*jurisdiction, kJurisdiction));
        m_schedule.m_jurisdiction = *jurisdiction;
    }
    if (const auto version = stringField(root, QStringLiteral("version"), QStringLiteral("version"), true, false))
        m_schedule.m_version = *version;
    if (const auto mark = stringField(root, QStringLiteral("mark"), QStringLiteral("mark"), true, false)) {
        if (!isKnownMark(*mark))
            fail(QStringLiteral("mark"),
                 HolidaySchedule::tr("\"%1\" is not a verification mark; expected [V], [V2] or [U]").arg(*mark));
        m_schedule.m_mark = *mark;
    }

    const QJsonValue sourceValue = root.value(QStringLiteral("source"));
    if (sourceValue.isUndefined()) {
        fail(QStringLiteral("source"), HolidaySchedule::tr("missing; say which notice the dates come from"));
    } else if (!sourceValue.isObject()) {
        fail(QStringLiteral("source"),
             HolidaySchedule::tr("expected an object, found %1").arg(describeType(sourceValue)));
    } else {
        const QJsonObject source = sourceValue.toObject();
        HolidaySource& out = m_schedule.m_source;
        const auto field = [&](const char* key) {
            const QString name = QString::fromLatin1(key);
            return stringField(source, name, QStringLiteral("source.") + name, false, true).value_or(QString());
        };
        out.title = field("title");
        out.documentNumber = field("documentNumber");
        out.url = field("url");
        out.derivedFrom = field("derivedFrom");
        const QString issued = field("issued");
        if (!issued.isEmpty()) {
            out.issued = parseIsoDate(issued);
            if (!out.issued.isValid())
                fail(QStringLiteral("source.issued"),
                     HolidaySchedule::tr("\"%1\" is not a real date in the form YYYY-MM-DD").arg(issued));
        }
        if (out.title.isEmpty() && out.url.isEmpty())
            fail(QStringLiteral("source"),
                 HolidaySchedule::tr("names neither the notice's title nor its URL; an officer must be able to "
                                     "see what the dates rest on"));
    }

    // The year must be known before the days are checked against it; yearField() above ran first.
    for (const bool offDay : {true, false}) {
        const QString key = offDay ? QStringLiteral("offDays") : QStringLiteral("makeUpWorkdays");
        const auto days = arrayField(root, key, key);
        if (!days)
            continue;
        for (qsizetype i = 0; i < days->size(); ++i) {
            const QString path = QStringLiteral("%1[%2]").arg(key).arg(i);
            const QJsonValue entry = days->at(i);
            if (!entry.isObject()) {
                fail(path, HolidaySchedule::tr("expected an object with \"date\" and \"name\", found %1")
                               .arg(describeType(entry)));
                continue;
            }
            const QJsonObject day = entry.toObject();
            const auto date = dateOfDay(day, path + QStringLiteral(".date"), !offDay);
            const auto name = stringField(day, QStringLiteral("name"), path + QStringLiteral(".name"), true, false);
            if (date && name)
                addDay(*date, *name, offDay);
        }
    }
}

void HolidayScheduleParser::parseHolidayCn(const QJsonObject& root) {
    if (const auto year = yearField(root, QStringLiteral("year"), QStringLiteral("year")))
        m_schedule.m_year = *year;
    m_schedule.m_jurisdiction = kJurisdiction;
    m_schedule.m_mark = kHolidayCnMark;

    if (const auto papers = arrayField(root, QStringLiteral("papers"), QStringLiteral("papers"))) {
        QStringList urls;
        for (qsizetype i = 0; i < papers->size(); ++i) {
            const QJsonValue paper = papers->at(i);
            if (!paper.isString() || paper.toString().trimmed().isEmpty())
                fail(QStringLiteral("papers[%1]").arg(i),
                     HolidaySchedule::tr("expected the notice's URL as text, found %1").arg(describeType(paper)));
            else
                urls << paper.toString().trimmed();
        }
        if (papers->isEmpty())
            fail(QStringLiteral("papers"),
                 HolidaySchedule::tr("is empty; the file must name the State Council notice it was taken from"));
        m_schedule.m_source.url = urls.join(u' ');
    }
    m_schedule.m_source.derivedFrom =
        HolidaySchedule::tr("Imported from the holiday-cn file %1 (https://github.com/NateScarlet/holiday-cn, MIT "
                            "licence); check the dates against the notice before relying on them.")
            .arg(m_sourceName);

    const auto days = arrayField(root, QStringLiteral("days"), QStringLiteral("days"));
    if (!days)
        return;
    for (qsizetype i = 0; i < days->size(); ++i) {
        const QString path = QStringLiteral("days[%1]").arg(i);
        const QJsonValue entry = days->at(i);
        if (!entry.isObject()) {
            fail(path, HolidaySchedule::tr("expected an object with \"name\", \"date\" and \"isOffDay\", found %1")
                           .arg(describeType(entry)));
            continue;
        }
        const QJsonObject day = entry.toObject();
        const QJsonValue offValue = day.value(QStringLiteral("isOffDay"));
        std::optional<bool> offDay;
        if (offValue.isUndefined())
            fail(path + QStringLiteral(".isOffDay"), HolidaySchedule::tr("missing; expected true or false"));
        else if (!offValue.isBool())
            fail(path + QStringLiteral(".isOffDay"),
                 HolidaySchedule::tr("expected true or false, found %1").arg(describeType(offValue)));
        else
            offDay = offValue.toBool();
        // Without isOffDay the weekend rule cannot be applied; the date is still checked for everything else.
        const auto date = dateOfDay(day, path + QStringLiteral(".date"), offDay.has_value() && !*offDay);
        const auto name = stringField(day, QStringLiteral("name"), path + QStringLiteral(".name"), true, false);
        if (date && name && offDay)
            addDay(*date, *name, *offDay);
    }
    m_schedule.m_version = holidayCnVersion();
}

// holiday-cn files carry no version, so one is derived from what they say: the same days give the same version
// whatever the file's layout or key order.
QString HolidayScheduleParser::holidayCnVersion() const {
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(QByteArray::number(m_schedule.m_year));
    for (const bool offDay : {true, false}) {
        const auto& days = offDay ? m_schedule.m_offDays : m_schedule.m_makeUpWorkdays;
        for (auto it = days.constBegin(); it != days.constEnd(); ++it) {
            hash.addData(QByteArrayView(offDay ? "\noff " : "\nwork "));
            hash.addData(isoDate(it.key()).toUtf8());
            hash.addData(QByteArrayView(" "));
            hash.addData(it.value().toUtf8());
        }
    }
    return kHolidayCnVersionPrefix + QString::fromLatin1(hash.result().toHex().left(kVersionHashHexDigits));
}

Result<HolidaySchedule> HolidayScheduleParser::parse(const QByteArray& json) {
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    const QString top = HolidaySchedule::tr("top level");
    if (parseError.error != QJsonParseError::NoError) {
        fail(top, HolidaySchedule::tr("not valid JSON (%1 at character %2)")
                      .arg(parseError.errorString())
                      .arg(parseError.offset));
    } else if (!document.isObject()) {
        fail(top, HolidaySchedule::tr("expected a JSON object"));
    } else {
        const QJsonObject root = document.object();
        const QJsonValue format = root.value(QStringLiteral("format"));
        if (!format.isUndefined()) {
            if (format.toString() == HolidaySchedule::formatId)
                parseOurs(root);
            else
                fail(QStringLiteral("format"),
                     HolidaySchedule::tr("unknown format %1; expected \"%2\" or a holiday-cn file")
                         .arg(format.isString() ? jsonString(format.toString()) : describeType(format),
                              HolidaySchedule::formatId));
        } else if (root.contains(QStringLiteral("days")) && root.contains(QStringLiteral("papers"))) {
            parseHolidayCn(root);
        } else {
            fail(top, HolidaySchedule::tr("neither a CreditCase holiday schedule (\"format\": \"%1\") nor a "
                                          "holiday-cn file (\"year\", \"papers\", \"days\")")
                          .arg(HolidaySchedule::formatId));
        }
    }
    if (m_errors.isEmpty() && m_schedule.m_offDays.isEmpty())
        fail(top, HolidaySchedule::tr("lists no days off; a published holiday schedule always has some"));
    if (!m_errors.isEmpty())
        return Error::usage(m_errors.join(u'\n'));
    return m_schedule;
}

QString HolidaySource::citation() const {
    QStringList parts;
    if (!title.isEmpty())
        parts << (documentNumber.isEmpty() ? title : QStringLiteral("%1 (%2)").arg(title, documentNumber));
    if (!url.isEmpty())
        parts << url;
    return parts.join(u' ');
}

Result<HolidaySchedule> HolidaySchedule::fromJson(const QByteArray& json, const QString& sourceName) {
    return HolidayScheduleParser(sourceName).parse(json);
}

QString HolidaySchedule::dayName(const QDate& date) const {
    const auto off = m_offDays.constFind(date);
    if (off != m_offDays.constEnd())
        return *off;
    return m_makeUpWorkdays.value(date);
}

bool HolidaySchedule::sameDaysAs(const HolidaySchedule& other) const {
    return m_year == other.m_year && m_offDays.keys() == other.m_offDays.keys() &&
           m_makeUpWorkdays.keys() == other.m_makeUpWorkdays.keys();
}

QByteArray HolidaySchedule::toJson() const {
    QStringList lines;
    lines << QStringLiteral("{");
    lines << QStringLiteral("    \"format\": %1,").arg(jsonString(formatId));
    lines << QStringLiteral("    \"jurisdiction\": %1,").arg(jsonString(m_jurisdiction));
    lines << QStringLiteral("    \"year\": %1,").arg(m_year);
    lines << QStringLiteral("    \"version\": %1,").arg(jsonString(m_version));
    lines << QStringLiteral("    \"mark\": %1,").arg(jsonString(m_mark));
    lines << QStringLiteral("    \"source\": {");
    lines << QStringLiteral("        \"title\": %1,").arg(jsonString(m_source.title));
    lines << QStringLiteral("        \"documentNumber\": %1,").arg(jsonString(m_source.documentNumber));
    lines << QStringLiteral("        \"issued\": %1,")
                 .arg(jsonString(m_source.issued.isValid() ? isoDate(m_source.issued) : QString()));
    lines << QStringLiteral("        \"url\": %1,").arg(jsonString(m_source.url));
    lines << QStringLiteral("        \"derivedFrom\": %1").arg(jsonString(m_source.derivedFrom));
    lines << QStringLiteral("    },");
    for (const bool offDay : {true, false}) {
        const auto& days = offDay ? m_offDays : m_makeUpWorkdays;
        lines << QStringLiteral("    \"%1\": [")
                     .arg(offDay ? QStringLiteral("offDays") : QStringLiteral("makeUpWorkdays"));
        for (auto it = days.constBegin(); it != days.constEnd(); ++it) {
            const bool last = std::next(it) == days.constEnd();
            lines << QStringLiteral("        { \"date\": \"%1\", \"name\": %2 }%3")
                         .arg(isoDate(it.key()), jsonString(it.value()), last ? QString() : QStringLiteral(","));
        }
        lines << (offDay ? QStringLiteral("    ],") : QStringLiteral("    ]"));
    }
    lines << QStringLiteral("}");
    return (lines.join(u'\n') + u'\n').toUtf8();
}

} // namespace creditcase::calendar
