#include "DisclosureExport.h"

#include "Clock.h"
#include "audit/AuditLog.h"
#include "audit/InquiryRegister.h"
#include "domain/Severity.h"
#include "rules/CatalogEdition.h"
#include "rules/RuleBook.h"
#include "workflow/RuleAdministration.h"
#include "workflow/UserAdministration.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace creditcase::exchange {

namespace {

using rules::CatalogItem;
using rules::DisclosureAttribute;
using rules::DisclosurePeriodRule;
using rules::SharingScope;

// Field indexes, in the order of fields().
enum FieldIndex {
    PartyName,
    PartyCategory,
    Uscc,
    RegistrationNumber,
    OrganisationCode,
    TaxRegistrationNumber,
    InstitutionCertificate,
    SocialOrganisationCertificate,
    LegalRepresentative,
    LegalRepresentativeIdType,
    LegalRepresentativeIdNumber,
    IdType,
    IdNumber,
    DecisionNumber,
    ViolationType,
    Facts,
    Basis,
    PenaltyType,
    PenaltyContent,
    FineAmount,
    DecisionDate,
    ValidUntil,
    DisclosureUntil,
    DecidingOrgan,
    DecidingOrganUscc,
    SourceUnit,
    SourceUnitUscc,
    Remarks,
    FieldCount
};

const QString kPenaltyBasisKind = QStringLiteral("administrative-penalty-decision");

QString iso(QDate date) {
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QDate dateOf(const QVariant& value) {
    return value.isNull() ? QDate() : QDate::fromString(value.toString(), Qt::ISODate);
}

// Does the item allow this channel? Public: active disclosure and a period rule that discloses at all.
// Sharing: any scope but "not shared".
bool itemAllows(const CatalogItem* item, Channel channel) {
    if (!item) {
        return false;
    }
    if (channel == Channel::Public) {
        return item->disclosure == DisclosureAttribute::Active &&
               item->disclosurePeriod.kind != DisclosurePeriodRule::Kind::NotDisclosed;
    }
    return item->sharing != SharingScope::NotShared;
}

// 行政相对人类别 of the 双公示 layout for the subject kinds of the vault.
QString partyCategory(const QString& subjectKind) {
    return subjectKind == QStringLiteral("individual") ? QStringLiteral("自然人") : QStringLiteral("法人及非法人组织");
}

// The day disclosure stops by itself: the stored end date, else the catalogue's period rule. Invalid: no end
// (while listed or valid: stopped by the record's stop dates), or none can be determined (see `unknown`).
QDate disclosureEnd(const rules::RuleBook& book, const CatalogItem& item, QDate storedEnd, QDate decidedOn,
                    const QString& severityText, const QString& sector) {
    if (storedEnd.isValid()) {
        return storedEnd;
    }
    switch (item.disclosurePeriod.kind) {
    case DisclosurePeriodRule::Kind::Fixed:
        return item.disclosurePeriod.fixed ? rules::plainCalendarAdd(decidedOn, *item.disclosurePeriod.fixed) : QDate();
    case DisclosurePeriodRule::Kind::ByRegime:
    case DisclosurePeriodRule::Kind::NotDisclosed: {
        // Never disclosed (only reached for sharing): shared no longer than the regime would have disclosed it.
        const auto severity = domain::severityFromId(severityText);
        auto window = severity ? book.disclosureWindow(decidedOn, *severity, sector)
                               : Result<rules::DisclosureWindow>(Error::failure({}));
        return window ? rules::plainCalendarAdd(decidedOn, window->maximum) : QDate();
    }
    case DisclosurePeriodRule::Kind::ListDuration:
    case DisclosurePeriodRule::Kind::WhileValid:
        break;
    }
    return {};
}

// RFC 4180 quoting; a cell that a spreadsheet would read as a formula gets a leading apostrophe.
QString csvCell(QString value) {
    if (!value.isEmpty() && QStringLiteral("=+-@").contains(value.at(0))) {
        value.prepend(QLatin1Char('\''));
    }
    if (value.contains(QLatin1Char(',')) || value.contains(QLatin1Char('"')) || value.contains(QLatin1Char('\n')) ||
        value.contains(QLatin1Char('\r'))) {
        value.replace(QStringLiteral("\""), QStringLiteral("\"\""));
        return QLatin1Char('"') + value + QLatin1Char('"');
    }
    return value;
}

QList<std::pair<QString, QString>> headerPairs(const DisclosureExport::Header& header) {
    return {{QStringLiteral("layout"), DisclosureExport::layoutName()},
            {QStringLiteral("channel"), channelId(header.channel)},
            {QStringLiteral("as_of"), iso(header.asOf)},
            {QStringLiteral("chain_seq"), QString::number(header.chainSeq)},
            {QStringLiteral("chain_hash"), header.chainHash},
            {QStringLiteral("records"), QString::number(header.records)},
            {QStringLiteral("made_at"), header.madeAt.toString(Qt::ISODateWithMs)},
            {QStringLiteral("made_by"), header.madeBy},
            {QStringLiteral("organ"), header.organ}};
}

bool mayExport(domain::Role role) {
    return role == domain::Role::Officer || role == domain::Role::Supervisor || role == domain::Role::Administrator;
}

enum DesignationIndex {
    DListName,
    DPartyName,
    DPartyCategory,
    DUscc,
    DIdType,
    DIdNumber,
    DLegalRepresentative,
    DFacts,
    DBasis,
    DStandard,
    DListedFrom,
    DListedUntil,
    DDesignatingOrgan,
    DMeasures,
    DRemarks,
    DesignationFieldCount
};

const QString kSeriousListItem = QStringLiteral("serious-list");

// Designations onto the lists of the seriously untrustworthy that are in force on the as-of date (Guiding Opinions
// III(5)): decided by then, not ended by expiry or removal by then. The catalogue item of serious-list information
// decides whether the channel may carry them at all.
Status selectDesignations(QSqlDatabase& db, const rules::RuleSet& rules, Channel channel, QDate asOf, qint64 organId,
                          DisclosureExport::Selection& selection) {
    const rules::CatalogEdition* catalog = rules.catalogOn(asOf);
    if (!itemAllows(catalog ? catalog->item(kSeriousListItem) : nullptr, channel)) {
        return {};
    }
    const rules::ListTypeEdition* lists = rules.listTypesOn(asOf);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT c.id, c.list_type, c.subject_id, s.kind, s.name, s.identifier_kind, s.identifier, "
        "s.legal_representative, r.facts, b.document_number, d.listed_from, d.listed_until, o.name, d.id, "
        "c.closed_on, d.decided_on "
        "FROM cases c JOIN decisions d ON d.case_id = c.id "
        "JOIN subjects s ON s.id = c.subject_id "
        "JOIN credit_records r ON r.id = c.record_id "
        "JOIN basis_documents b ON b.id = r.basis_id "
        "JOIN organs o ON o.id = c.organ_id "
        "WHERE c.organ_id = :organ AND d.decided_on <= :as_of "
        "AND (c.closed_on IS NULL OR c.closed_on > :as_of) "
        "AND (d.listed_until IS NULL OR d.listed_until > :as_of) "
        "AND c.stage IN ('listed', 'removed', 'expired') "
        "ORDER BY d.decided_on, c.id"));
    q.bindValue(QStringLiteral(":organ"), organId);
    q.bindValue(QStringLiteral(":as_of"), iso(asOf));
    if (!q.exec()) {
        return Error::failure(DisclosureExport::tr("The designations cannot be read: %1").arg(q.lastError().text()));
    }
    const Masking masking(channel);
    while (q.next()) {
        const qint64 caseId = q.value(0).toLongLong();
        const QString listTypeId = q.value(1).toString();
        const rules::ListType* lt = lists ? lists->listType(listTypeId) : nullptr;
        const bool naturalPerson = q.value(5).toString() == QStringLiteral("resident-id");
        const QString identifier = q.value(6).toString();
        DisclosureExport::Row row(DesignationFieldCount);
        row[DListName] = lt ? lt->name : listTypeId;
        row[DPartyName] = naturalPerson ? masking.naturalPersonName(q.value(4).toString()) : q.value(4).toString();
        row[DPartyCategory] = partyCategory(q.value(3).toString());
        if (naturalPerson) {
            row[DIdNumber] = masking.personalIdNumberField(identifier);
            if (!row[DIdNumber].isEmpty()) {
                row[DIdType] = QStringLiteral("身份证");
            }
        } else {
            row[DUscc] = identifier;
            row[DLegalRepresentative] = q.value(7).toString();
        }
        row[DFacts] = q.value(8).toString();
        row[DBasis] = q.value(9).toString();
        row[DStandard] = lt ? QStringLiteral("《%1》（%2）").arg(lt->standard.title, lt->standard.document) : QString();
        row[DListedFrom] = q.value(10).toString();
        row[DListedUntil] = q.value(11).toString();
        row[DDesignatingOrgan] = q.value(12).toString();
        QSqlQuery m(db);
        m.prepare(QStringLiteral("SELECT measure_id FROM applied_measures WHERE decision_id = ? AND "
                                 "measure_use = 'order' ORDER BY id"));
        m.addBindValue(q.value(13).toLongLong());
        QStringList measures;
        if (m.exec()) {
            const rules::MeasuresEdition* edition = rules.measuresOn(dateOf(q.value(15)));
            while (m.next()) {
                const rules::Measure* measure = edition ? edition->measure(m.value(0).toString()) : nullptr;
                measures << (measure ? measure->content : m.value(0).toString());
            }
        }
        row[DMeasures] = measures.join(QStringLiteral("；"));
        if (row[DListedUntil].isEmpty()) {
            row[DRemarks] = QStringLiteral("至履行义务或公布后起算期限");
        }
        selection.designations.append(row);
        selection.caseIds.append(caseId);
        selection.designationSubjects.append(q.value(2).toLongLong());
    }
    return {};
}

} // namespace

const QList<DisclosureExport::Field>& DisclosureExport::fields() {
    static const QList<Field> list{
        {QStringLiteral("party_name"), QStringLiteral("行政相对人名称")},
        {QStringLiteral("party_category"), QStringLiteral("行政相对人类别")},
        {QStringLiteral("uscc"), QStringLiteral("行政相对人代码_1(统一社会信用代码)")},
        {QStringLiteral("registration_number"), QStringLiteral("行政相对人代码_2(工商注册号)")},
        {QStringLiteral("organisation_code"), QStringLiteral("行政相对人代码_3(组织机构代码)")},
        {QStringLiteral("tax_registration_number"), QStringLiteral("行政相对人代码_4(税务登记号)")},
        {QStringLiteral("institution_certificate_number"), QStringLiteral("行政相对人代码_5(事业单位证书号)")},
        {QStringLiteral("social_organisation_certificate_number"),
         QStringLiteral("行政相对人代码_6(社会组织登记证号)")},
        {QStringLiteral("legal_representative"), QStringLiteral("法定代表人")},
        {QStringLiteral("legal_representative_id_type"), QStringLiteral("法定代表人证件类型")},
        {QStringLiteral("legal_representative_id_number"), QStringLiteral("法定代表人证件号码")},
        {QStringLiteral("id_type"), QStringLiteral("证件类型")},
        {QStringLiteral("id_number"), QStringLiteral("证件号码")},
        {QStringLiteral("decision_number"), QStringLiteral("行政处罚决定书文号")},
        {QStringLiteral("violation_type"), QStringLiteral("违法行为类型")},
        {QStringLiteral("facts"), QStringLiteral("违法事实")},
        {QStringLiteral("basis"), QStringLiteral("处罚依据")},
        {QStringLiteral("penalty_type"), QStringLiteral("处罚类别")},
        {QStringLiteral("penalty_content"), QStringLiteral("处罚内容")},
        {QStringLiteral("fine_amount"), QStringLiteral("罚款金额（万元）")},
        {QStringLiteral("decision_date"), QStringLiteral("处罚决定日期")},
        {QStringLiteral("valid_until"), QStringLiteral("处罚有效期")},
        {QStringLiteral("disclosure_until"), QStringLiteral("公示截止期")},
        {QStringLiteral("deciding_organ"), QStringLiteral("处罚机关")},
        {QStringLiteral("deciding_organ_uscc"), QStringLiteral("处罚机关统一社会信用代码")},
        {QStringLiteral("source_unit"), QStringLiteral("数据来源单位")},
        {QStringLiteral("source_unit_uscc"), QStringLiteral("数据来源单位统一社会信用代码")},
        {QStringLiteral("remarks"), QStringLiteral("备注")},
    };
    Q_ASSERT(list.size() == FieldCount);
    return list;
}

const QList<DisclosureExport::Field>& DisclosureExport::designationFields() {
    static const QList<Field> list{
        {QStringLiteral("list_name"), QStringLiteral("名单名称")},
        {QStringLiteral("party_name"), QStringLiteral("失信主体名称")},
        {QStringLiteral("party_category"), QStringLiteral("主体类别")},
        {QStringLiteral("uscc"), QStringLiteral("统一社会信用代码")},
        {QStringLiteral("id_type"), QStringLiteral("证件类型")},
        {QStringLiteral("id_number"), QStringLiteral("证件号码")},
        {QStringLiteral("legal_representative"), QStringLiteral("法定代表人")},
        {QStringLiteral("facts"), QStringLiteral("列入原因（失信行为）")},
        {QStringLiteral("basis"), QStringLiteral("认定依据文书号")},
        {QStringLiteral("standard"), QStringLiteral("认定标准")},
        {QStringLiteral("listed_from"), QStringLiteral("列入日期")},
        {QStringLiteral("listed_until"), QStringLiteral("列入期限至")},
        {QStringLiteral("designating_organ"), QStringLiteral("认定部门")},
        {QStringLiteral("measures"), QStringLiteral("惩戒措施")},
        {QStringLiteral("remarks"), QStringLiteral("备注")},
    };
    Q_ASSERT(list.size() == DesignationFieldCount);
    return list;
}

QString DisclosureExport::designationLayoutName() {
    return QStringLiteral("严重失信主体名单");
}

QString DisclosureExport::layoutName() {
    return QStringLiteral("双公示-行政处罚");
}

std::optional<DisclosureExport::Format> DisclosureExport::formatForPath(const QString& path) {
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QStringLiteral("csv")) {
        return Format::Csv;
    }
    if (suffix == QStringLiteral("json")) {
        return Format::Json;
    }
    return std::nullopt;
}

Result<DisclosureExport::Selection> DisclosureExport::select(QSqlDatabase& db, const rules::RuleSet& rules,
                                                             Channel channel, QDate asOf, qint64 organId) {
    if (channel == Channel::Internal) {
        return Error::usage(tr("Internal records do not leave the vault; export for the public or sharing channel."));
    }
    const rules::RuleBook book(rules);
    const rules::CatalogEdition* catalogNow = rules.catalogOn(asOf);

    // A record leaves the channel when its disclosure (public) or sharing (sharing channel) was stopped by the as-of
    // date: by a granted restoration of that penalty information, or by a removal from a list whose rules say so.
    QSqlQuery query(db);
    query.prepare(QStringLiteral(
        "SELECT r.id, r.catalog_item, r.catalog_edition, r.severity, r.sector, r.facts, r.decided_on, r.disclosed, "
        "r.disclosure_max_until, r.disclosure_stopped_on, r.sharing_stopped_on, "
        "s.kind, s.name, s.identifier, s.identifier_kind, s.legal_representative, "
        "b.document_number, b.issuing_organ, b.statutory_provision, o.name "
        "FROM credit_records r "
        "JOIN subjects s ON s.id = r.subject_id "
        "JOIN basis_documents b ON b.id = r.basis_id "
        "JOIN users u ON u.name = r.created_by "
        "JOIN organs o ON o.id = u.organ_id "
        "WHERE b.kind = :basis_kind AND r.decided_on <= :as_of AND o.id = :organ "
        "ORDER BY r.decided_on, r.id"));
    query.bindValue(QStringLiteral(":basis_kind"), kPenaltyBasisKind);
    query.bindValue(QStringLiteral(":as_of"), iso(asOf));
    query.bindValue(QStringLiteral(":organ"), organId);
    if (!query.exec()) {
        return Error::failure(tr("The credit records cannot be read: %1").arg(query.lastError().text()));
    }
    const Masking masking(channel);
    Selection selection;
    while (query.next()) {
        const qint64 recordId = query.value(0).toLongLong();
        const QString itemId = query.value(1).toString();
        const rules::CatalogEdition* catalogThen = rules.catalog(query.value(2).toString());
        const CatalogItem* itemThen = catalogThen ? catalogThen->item(itemId) : nullptr;
        const CatalogItem* itemNow = catalogNow ? catalogNow->item(itemId) : nullptr;
        const bool publicNotDisclosed = channel == Channel::Public && query.value(7).toInt() == 0;
        if (!itemAllows(itemThen, channel) || !itemAllows(itemNow, channel) || publicNotDisclosed) {
            ++selection.excluded.catalogForbids;
            continue;
        }
        const QDate stopped = dateOf(query.value(channel == Channel::Public ? 9 : 10));
        if (stopped.isValid() && stopped <= asOf) {
            ++selection.excluded.restored;
            continue;
        }
        const QDate decidedOn = dateOf(query.value(6));
        const QDate end = disclosureEnd(book, *itemThen, dateOf(query.value(8)), decidedOn, query.value(3).toString(),
                                        query.value(4).toString());
        const bool openEnded = itemThen->disclosurePeriod.kind == DisclosurePeriodRule::Kind::ListDuration ||
                               itemThen->disclosurePeriod.kind == DisclosurePeriodRule::Kind::WhileValid;
        if (!end.isValid() && !openEnded) {
            ++selection.excluded.windowUnknown; // a window that cannot be shown to be open is treated as closed
            continue;
        }
        if (end.isValid() && end <= asOf) {
            ++selection.excluded.windowClosed;
            continue;
        }

        const QString subjectKind = query.value(11).toString();
        const bool naturalPerson = query.value(14).toString() == QStringLiteral("resident-id");
        const QString identifier = query.value(13).toString();
        Row row(FieldCount);
        row[PartyName] =
            naturalPerson ? masking.naturalPersonName(query.value(12).toString()) : query.value(12).toString();
        row[PartyCategory] = partyCategory(subjectKind);
        if (naturalPerson) {
            row[IdNumber] = masking.personalIdNumberField(identifier);
            if (!row[IdNumber].isEmpty()) {
                row[IdType] = QStringLiteral("身份证");
            }
        } else {
            row[Uscc] = identifier; // an organisation's code is public by law
        }
        row[LegalRepresentative] = query.value(15).toString();
        row[DecisionNumber] = query.value(16).toString();
        row[Facts] = query.value(5).toString();
        row[Basis] = query.value(18).toString();
        row[DecisionDate] = iso(decidedOn);
        row[DisclosureUntil] = iso(end);
        row[DecidingOrgan] = query.value(17).toString();
        row[SourceUnit] = query.value(19).toString();
        if (channel == Channel::Sharing && itemThen->sharing == SharingScope::Conditional) {
            row[Remarks] = QStringLiteral("有条件共享");
        }
        selection.rows.append(row);
        selection.recordIds.append(recordId);
    }
    if (Status listed = selectDesignations(db, rules, channel, asOf, organId, selection); !listed) {
        return listed.error();
    }
    return selection;
}

QByteArray DisclosureExport::toCsv(const Header& header, const QList<Row>& rows, const QList<Row>& designations) {
    QStringList pairs;
    for (const auto& [key, value] : headerPairs(header)) {
        pairs << key + QLatin1Char('=') + QString(value).replace(QLatin1Char(';'), QLatin1Char(','));
    }
    QString text = QStringLiteral("# ") + pairs.join(QStringLiteral("; ")) + QStringLiteral("\r\n");
    QStringList headers;
    for (const Field& field : fields()) {
        headers << csvCell(field.header);
    }
    text += headers.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    for (const Row& row : rows) {
        QStringList cells;
        for (const QString& value : row) {
            cells << csvCell(value);
        }
        text += cells.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    }
    if (!designations.isEmpty()) {
        text += QStringLiteral("\r\n# layout=%1; records=%2\r\n").arg(designationLayoutName()).arg(designations.size());
        QStringList dheaders;
        for (const Field& field : designationFields()) {
            dheaders << csvCell(field.header);
        }
        text += dheaders.join(QLatin1Char(',')) + QStringLiteral("\r\n");
        for (const Row& row : designations) {
            QStringList cells;
            for (const QString& value : row) {
                cells << csvCell(value);
            }
            text += cells.join(QLatin1Char(',')) + QStringLiteral("\r\n");
        }
    }
    return QByteArray("\xEF\xBB\xBF") + text.toUtf8();
}

QByteArray DisclosureExport::toJson(const Header& header, const QList<Row>& rows, const QList<Row>& designations) {
    QJsonObject head;
    for (const auto& [key, value] : headerPairs(header)) {
        head.insert(key, value);
    }
    head.insert(QStringLiteral("chain_seq"), header.chainSeq);
    head.insert(QStringLiteral("records"), header.records);
    QJsonArray columns;
    for (const Field& field : fields()) {
        columns.append(QJsonObject{{QStringLiteral("key"), field.key}, {QStringLiteral("header"), field.header}});
    }
    head.insert(QStringLiteral("columns"), columns);
    QJsonArray records;
    for (const Row& row : rows) {
        QJsonObject record;
        for (qsizetype i = 0; i < fields().size(); ++i) {
            record.insert(fields().at(i).key, row.value(i));
        }
        records.append(record);
    }
    QJsonArray dcolumns;
    for (const Field& field : designationFields()) {
        dcolumns.append(QJsonObject{{QStringLiteral("key"), field.key}, {QStringLiteral("header"), field.header}});
    }
    QJsonArray drecords;
    for (const Row& row : designations) {
        QJsonObject record;
        for (qsizetype i = 0; i < designationFields().size(); ++i) {
            record.insert(designationFields().at(i).key, row.value(i));
        }
        drecords.append(record);
    }
    const QJsonObject designationBlock{{QStringLiteral("layout"), designationLayoutName()},
                                       {QStringLiteral("columns"), dcolumns},
                                       {QStringLiteral("records"), drecords}};
    return QJsonDocument(QJsonObject{{QStringLiteral("header"), head},
                                     {QStringLiteral("records"), records},
                                     {QStringLiteral("designations"), designationBlock}})
        .toJson(QJsonDocument::Indented);
}

Result<DisclosureExport::Outcome> DisclosureExport::run(storage::Vault& vault, const Request& request,
                                                        const service::Progress& progress) {
    auto user = workflow::UserAdministration(vault).actingUser();
    if (!user) {
        return user.error();
    }
    if (!mayExport(user->role)) {
        return Error::refused(tr("Only officers, supervisors and administrators may export disclosure files; %1 is "
                                 "a %2.")
                                  .arg(user->name, domain::RoleNames::displayName(user->role)));
    }
    if (request.channel == Channel::Internal) {
        return Error::usage(tr("Internal records do not leave the vault; export for the public or sharing channel."));
    }
    if (!request.asOf.isValid()) {
        return Error::usage(tr("Give the date the disclosure is made as of (YYYY-MM-DD)."));
    }
    const auto format = formatForPath(request.outPath);
    if (!format) {
        return Error::usage(tr("Name the file with the ending .csv or .json, which decides its format: \"%1\" has "
                               "neither.")
                                .arg(request.outPath));
    }
    QFileInfo target(request.outPath);
    const QString absolute = target.absoluteFilePath();
    for (const QString& protectedPath : {vault.path(), storage::Vault::keyFilePath(vault.path())}) {
        if (QFileInfo(protectedPath).absoluteFilePath() == absolute) {
            return Error::usage(tr("The export would overwrite %1, which belongs to the vault. Choose another file.")
                                    .arg(request.outPath));
        }
    }
    const auto existingRefused = [&]() -> std::optional<Error> {
        if (request.replaceExisting || !(target.exists() || target.isSymLink()))
            return std::nullopt;
        return Error::usage(tr("The file %1 already exists and was left unchanged. Choose another name, or ask to "
                               "replace it.")
                                .arg(request.outPath));
    };
    if (auto refused = existingRefused())
        return *refused;

    QSqlDatabase readDb = vault.database();
    auto rules = workflow::RuleAdministration::loadRuleSet(readDb);
    if (!rules) {
        return rules.error();
    }

    Outcome outcome;
    outcome.path = absolute;
    outcome.format = *format;
    bool fileWritten = false;
    const QString step = tr("exporting the disclosure file");
    Status done = vault.transact([&](QSqlDatabase& db) -> Status {
        if (!progress.proceed(0, 3, step)) {
            return service::Progress::cancelled();
        }
        auto selection = select(db, *rules, request.channel, request.asOf, user->organ.id);
        if (!selection) {
            return selection.error();
        }
        if (!progress.proceed(1, 3, step)) {
            return service::Progress::cancelled();
        }
        auto head = audit::AuditLog::head(db);
        if (!head) {
            return head.error();
        }
        Header header;
        header.channel = request.channel;
        header.asOf = request.asOf;
        header.madeAt = Clock::realNow();
        header.madeBy = user->name;
        header.organ = user->organ.name;
        header.chainSeq = head->seq;
        header.chainHash = head->hash;
        header.records = static_cast<int>(selection->rows.size());
        const QByteArray bytes = *format == Format::Csv ? toCsv(header, selection->rows, selection->designations)
                                                        : toJson(header, selection->rows, selection->designations);

        outcome.records = header.records;
        outcome.designations = static_cast<int>(selection->designations.size());
        outcome.excluded = selection->excluded;
        outcome.chainSeq = head->seq;
        outcome.chainHash = head->hash;
        outcome.sha256 = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());

        QJsonArray ids;
        for (qint64 id : selection->recordIds) {
            ids.append(id);
        }
        QJsonArray caseIds;
        for (qint64 id : selection->caseIds) {
            caseIds.append(id);
        }
        auto entry = audit::AuditLog::append(
            db, user->name, QStringLiteral("export.disclosure"), QStringLiteral("file:%1").arg(target.fileName()),
            {{QStringLiteral("channel"), channelId(request.channel)},
             {QStringLiteral("as_of"), iso(request.asOf)},
             {QStringLiteral("format"), *format == Format::Csv ? QStringLiteral("csv") : QStringLiteral("json")},
             {QStringLiteral("path"), absolute},
             {QStringLiteral("sha256"), outcome.sha256},
             {QStringLiteral("chain_seq"), head->seq},
             {QStringLiteral("records"), ids},
             {QStringLiteral("designations"), caseIds}});
        if (!entry) {
            return entry.error();
        }
        outcome.auditSeq = entry->seq;
        // The file shows whose records are disclosed: it is registered as an inquiry (VII(13)) under the export's
        // own audit entry, in the same transaction.
        QList<qint64> subjects;
        QSqlQuery owners(db);
        for (qint64 id : selection->recordIds) {
            owners.prepare(QStringLiteral("SELECT subject_id FROM credit_records WHERE id = ?"));
            owners.addBindValue(id);
            if (!owners.exec() || !owners.next()) {
                return Error::failure(
                    tr("The subjects of the exported records cannot be read: %1").arg(owners.lastError().text()));
            }
            subjects << owners.value(0).toLongLong();
        }
        subjects << selection->designationSubjects;
        auto registered = audit::InquiryRegister::recordListOf(
            db, entry->seq, user->name, QStringLiteral("file:%1").arg(target.fileName()), subjects,
            tr("disclosure on the %1 channel as of %2").arg(channelId(request.channel), iso(request.asOf)));
        if (!registered) {
            return registered.error();
        }

        QSaveFile file(absolute);
        if (!file.open(QIODevice::WriteOnly)) {
            return Error::failure(tr("The file %1 cannot be written: %2").arg(request.outPath, file.errorString()));
        }
        // Personal data in plain text: readable by its owner only, whatever the umask (QSaveFile would otherwise
        // create it 0666 less the umask, or copy the permissions of the file it replaces).
        if (!file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
            const QString why = file.errorString();
            file.cancelWriting();
            return Error::failure(
                tr("The file %1 cannot be made private to you (%2); nothing was exported.").arg(request.outPath, why));
        }
        file.write(bytes);
        // Qt 6.4's QSaveFile can commit a truncated file when a buffered write failed: flush and check first.
        if (!file.flush() || file.error() != QFileDevice::NoError) {
            const QString why = file.errorString();
            file.cancelWriting();
            return Error::failure(tr("The file %1 could not be written completely (%2); nothing was exported and "
                                     "any earlier file there is unchanged.")
                                      .arg(request.outPath, why));
        }
        if (!progress.proceed(2, 3, step)) {
            file.cancelWriting();
            return service::Progress::cancelled();
        }
        // Checked again at the last moment: a file that appeared meanwhile is not replaced either.
        target.refresh();
        if (auto refused = existingRefused()) {
            file.cancelWriting();
            return *refused;
        }
        if (!file.commit()) {
            return Error::failure(tr("The file %1 could not be saved (%2); nothing was exported and any earlier "
                                     "file there is unchanged.")
                                      .arg(request.outPath, file.errorString()));
        }
        fileWritten = true;
        // Past the last point of return: the file is in place, a cancel now comes too late.
        (void)progress.proceed(3, 3, step);
        return {};
    });
    if (!done) {
        if (fileWritten) {
            QFile::remove(absolute); // the export was not recorded, so it must not exist
        }
        return done.error();
    }
    return outcome;
}

} // namespace creditcase::exchange
