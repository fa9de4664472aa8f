#pragma once

#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QMap>
#include <QString>

namespace creditcase::calendar {

// Where a year's holiday dates come from, so an officer can see what a deadline rests on.
struct HolidaySource {
    QString title;          // e.g. 国务院办公厅关于2025年部分节假日安排的通知
    QString documentNumber; // e.g. 国办发明电〔2024〕12号; may be empty for imported files
    QDate issued;           // date of the notice; may be invalid when unknown
    QString url;            // the notice on gov.cn
    QString derivedFrom;    // how the file was made (copy, import, licence of the data it was derived from)

    // One line for display: title, document number, URL (whatever is known).
    QString citation() const;
    bool operator==(const HolidaySource&) const = default;
};

// The State Council's holiday arrangement for one calendar year: the statutory days off and the make-up
// working days (调休上班) that fall on weekends. Days not listed follow the ordinary week.
//
// Two input formats are accepted by fromJson():
//  - ours ("format": "creditcase-holiday-schedule/1"), as shipped under resources/rules/calendars and as
//    written by toJson();
//  - holiday-cn (https://github.com/NateScarlet/holiday-cn: "year", "papers", "days" with "isOffDay").
// Input is checked strictly; every problem found is reported with the source name and the JSON path.
class HolidaySchedule {
    Q_DECLARE_TR_FUNCTIONS(HolidaySchedule)

public:
    static constexpr QLatin1StringView formatId{"creditcase-holiday-schedule/1"};

    // Parses either format. Failure (ErrorKind::Usage): the message lists every problem found, one per line,
    // each naming sourceName and the JSON path (e.g. "holidays.json, days[3].date: ..."). Nothing is partially
    // accepted.
    static Result<HolidaySchedule> fromJson(const QByteArray& json, const QString& sourceName);

    int year() const { return m_year; }
    QString version() const { return m_version; }
    QString jurisdiction() const { return m_jurisdiction; }
    const HolidaySource& source() const { return m_source; }
    // Verification mark per DOMAIN.md: "[V]" read in the official text, "[V2]" secondary source, "[U]"
    // unverified. holiday-cn imports are "[V2]" until an administrator confirms them against the notice.
    QString mark() const { return m_mark; }

    bool isOffDay(const QDate& date) const { return m_offDays.contains(date); }
    bool isMakeUpWorkday(const QDate& date) const { return m_makeUpWorkdays.contains(date); }
    // The festival name of an off day or make-up working day ("春节"), empty for an ordinary day.
    QString dayName(const QDate& date) const;

    const QMap<QDate, QString>& offDays() const { return m_offDays; }
    const QMap<QDate, QString>& makeUpWorkdays() const { return m_makeUpWorkdays; }

    // True when both schedules declare exactly the same days off and make-up days (names ignored), whatever
    // their version, mark or source.
    bool sameDaysAs(const HolidaySchedule& other) const;

    // Our format, indented, one day per entry; fromJson(toJson()) gives back an equal schedule.
    QByteArray toJson() const;

    bool operator==(const HolidaySchedule&) const = default;

    // An empty schedule for year 0 (only so containers can hold schedules); use fromJson() to make real ones.
    HolidaySchedule() = default;

private:
    int m_year = 0;
    QString m_version;
    QString m_jurisdiction;
    QString m_mark;
    HolidaySource m_source;
    QMap<QDate, QString> m_offDays;
    QMap<QDate, QString> m_makeUpWorkdays;

    friend class HolidayScheduleParser;
};

} // namespace creditcase::calendar
