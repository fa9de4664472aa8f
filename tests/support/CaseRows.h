#pragma once

#include <QDate>
#include <QSqlDatabase>
#include <QString>

namespace creditcase::test {

// Puts case data straight into a vault's tables, for tests of the reports and exports that read them (the
// workflow that normally writes these rows is tested on its own). Every insert throws std::runtime_error with
// the SQL error if it fails. Dates are written ISO; an invalid QDate is NULL.
class CaseRows {
public:
    explicit CaseRows(QSqlDatabase db)
        : m_db(db) {}

    struct SubjectRow {
        QString kind = QStringLiteral("enterprise"); // enterprise | organisation | individual
        QString name;
        QString identifier;
        QString legalRepresentative;
    };
    struct BasisRow {
        QString kind = QStringLiteral("administrative-penalty-decision");
        QString documentNumber;
        QString issuingOrgan = QStringLiteral("北京市东城区市场监督管理局");
        QDate issuedOn;
        QString statutoryProvision;
    };
    struct RecordRow {
        qint64 subject = 0;
        qint64 basis = 0;
        QString item = QStringLiteral("administrative-penalty-legal-person");
        QString edition = QStringLiteral("2024");
        QString severity = QStringLiteral("general");
        QString sector;
        QString facts;
        QDate decidedOn;
        bool disclosed = true;
        QDate disclosureMaxUntil;
        QDate disclosureStoppedOn;
        QDate sharingStoppedOn;
        QString createdAt; // ISO timestamp; default: decidedOn at noon
        QString createdBy = QStringLiteral("admin");
    };
    struct CaseRow {
        qint64 record = 0;
        qint64 subject = 0;
        qint64 organ = 1;
        QString listType = QStringLiteral("samr-serious-illegal");
        QString stage = QStringLiteral("listed");
        QString officer = QStringLiteral("admin");
        QDate openedOn;
    };

    qint64 subject(const SubjectRow& row);
    qint64 basis(const BasisRow& row);
    qint64 record(const RecordRow& row);
    qint64 openCase(const CaseRow& row);
    // A restoration application; stage applied | granted | refused | revoked.
    qint64 restoration(qint64 caseId, QDate appliedOn, QDate dueOn, QDate decidedOn = {},
                       const QString& stage = QStringLiteral("granted"), QDate revokedOn = {});
    qint64 notice(qint64 caseId, QDate preparedOn, QDate servedOn = {});
    qint64 deadline(const QString& kind, qint64 caseId, QDate triggerOn, QDate dueOn,
                    const QString& status = QStringLiteral("open"));
    qint64 objection(qint64 caseId, QDate receivedOn, QDate answerDue, QDate answeredOn = {});
    qint64 decision(qint64 caseId, QDate decidedOn, const QString& decidedBy = QStringLiteral("admin"));
    qint64 measure(qint64 decisionId, qint64 caseId, const QString& measureId,
                   const QString& use = QStringLiteral("order"));

private:
    qint64 insert(const QString& sql, const QVariantList& values);

    QSqlDatabase m_db;
};

} // namespace creditcase::test
