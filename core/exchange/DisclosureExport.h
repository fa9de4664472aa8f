#pragma once

#include "Masking.h"
#include "Result.h"
#include "rules/RuleSet.h"
#include "service/Progress.h"
#include "storage/Vault.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <optional>

namespace creditcase::exchange {

// The disclosure of administrative-penalty information in the 双公示 layout (DOMAIN.md §10), written to a file the
// user names: the only way personal data leaves the vault in plain text, and only by the user's explicit choice.
//
// What goes in (Guiding Opinions III(3), III(4); IX):
//  - credit records whose basis is an administrative penalty decision, decided on or before the as-of date, whose
//    data source is the exporting user's organ;
//  - whose catalogue item allows the channel, both in the catalogue edition the record was made under and in the
//    edition in force on the as-of date: public = 主动公开 (active disclosure) only, and not marked "not disclosed"
//    (minor conduct); sharing = the item's sharing scope is unconditional or conditional (conditional rows say so
//    in the remarks);
//  - whose disclosure window is still open on the as-of date (the record's stored end date, else the catalogue's
//    period rule: the regime in force on the decision date, or a fixed period; an item that is never disclosed is
//    shared no longer than the regime's maximum). A window that cannot be determined counts as closed; and
//  - whose disclosure (public) or sharing (sharing channel) was not stopped on or before the as-of date: a granted
//    restoration of that penalty information stops its disclosure; a removal from a list stops it only where the
//    list's rules say so (Guiding Opinions VI(11)).
// Designations onto lists of the seriously untrustworthy (Guiding Opinions III(5)) follow in their own layout
// ("严重失信主体名单", designationFields()): the cases of the organ decided on or before the as-of date and not ended
// by then (expiry, removal), when the catalogue item "serious-list" in force allows the channel; masked the same way.
// Each row is masked for the channel (Masking). The file records the audit chain position (sequence and hash of
// the last entry) at the moment it was made; the export is itself an audit entry, written in the same transaction,
// carrying the file's SHA-256, channel, as-of date and the records exported.
//
// File formats, chosen by the extension the user gives:
//  - .csv: UTF-8 with a byte-order mark, CRLF line ends (RFC 4180). Line 1 is a comment line starting with "#"
//    that carries the header values (layout, channel, as-of date, chain_seq, chain_hash, records, made_at,
//    made_by, organ) as "key=value" pairs separated by "; ". Line 2 holds the Chinese column headers, then one
//    line per record. A cell starting with = + - or @ is prefixed with ' so a spreadsheet does not run it.
//    Where there are designations, an empty line, a comment line "# layout=严重失信主体名单; records=N", their
//    column headers and one line per designation follow.
//  - .json: {"header": {...same values..., "columns": [{"key", "header"}]}, "records": [{key: text}]} with the
//    stable English keys of fields(); every value is a string, "" where the vault holds nothing or the channel
//    does not disclose it; designations under "designations": {"layout", "columns", "records"}.
class DisclosureExport {
    Q_DECLARE_TR_FUNCTIONS(DisclosureExport)

public:
    enum class Format { Csv, Json };

    struct Field {
        QString key;    // stable English key (JSON)
        QString header; // Chinese column header (CSV), as in the 双公示 layout
    };
    // The columns in layout order.
    static const QList<Field>& fields();
    // The columns of the serious-list layout.
    static const QList<Field>& designationFields();
    static QString designationLayoutName(); // "严重失信主体名单"

    // A row: one value per field, in fields() order.
    using Row = QStringList;

    struct Exclusions {
        int catalogForbids = 0; // the catalogue item does not allow this channel
        int windowClosed = 0;   // the disclosure window had ended by the as-of date
        int windowUnknown = 0;  // no end date stored and none follows from the rule data: not shown as open
        int restored = 0;       // restoration granted, or disclosure/sharing stopped
        int total() const { return catalogForbids + windowClosed + windowUnknown + restored; }
    };

    struct Selection {
        QList<Row> rows;
        QList<qint64> recordIds; // the record behind each row
        Exclusions excluded;
        QList<Row> designations; // serious-list designations, designationFields() order
        QList<qint64> caseIds;   // the case behind each designation
        QList<qint64> designationSubjects;
    };

    struct Header {
        Channel channel = Channel::Public;
        QDate asOf;
        QDateTime madeAt;
        QString madeBy;
        QString organ;
        qint64 chainSeq = 0;
        QString chainHash;
        int records = 0;
    };

    struct Request {
        Channel channel = Channel::Public;
        QDate asOf;
        QString outPath;
        // An existing file at outPath is refused (Usage, nothing written) unless the user asked to replace it.
        bool replaceExisting = false;
    };

    struct Outcome {
        QString path; // absolute
        Format format = Format::Csv;
        int records = 0;
        int designations = 0;
        Exclusions excluded;
        qint64 chainSeq = 0; // chain position recorded in the file
        QString chainHash;
        qint64 auditSeq = 0; // the export's own audit entry
        QString sha256;      // of the file written
    };

    // .csv or .json (any case); nullopt otherwise.
    static std::optional<Format> formatForPath(const QString& path);
    static QString layoutName(); // "双公示-行政处罚"

    /* Chooses and masks the rows for a channel and date, for records whose data source is organId. Reads only.
       Refused (Usage) for the internal channel: internal records do not leave the vault. */
    static Result<Selection> select(QSqlDatabase& db, const rules::RuleSet& rules, Channel channel, QDate asOf,
                                    qint64 organId);

    static QByteArray toCsv(const Header& header, const QList<Row>& rows, const QList<Row>& designations = {});
    static QByteArray toJson(const Header& header, const QList<Row>& rows, const QList<Row>& designations = {});

    /* The whole act for the logged-in user: officers, supervisors and administrators only (refused otherwise);
       the channel must be public or sharing and the as-of date valid (Usage otherwise); the path must be .csv or
       .json and must not be the vault or its key file. Selects, writes the file atomically (QSaveFile: a failed
       write leaves any earlier file at the path untouched) and appends the audit entry, in one transaction:
       if the file cannot be written nothing is recorded, and if the entry cannot be committed the new file is
       removed. `progress` hears of each step; cancelled, the export stops with Progress::cancelled(): no file (the
       temporary one is removed), no audit entry, no inquiry. */
    static Result<Outcome> run(storage::Vault& vault, const Request& request,
                               const service::Progress& progress = service::Progress::none());
};

} // namespace creditcase::exchange
