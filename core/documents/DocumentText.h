#pragma once

#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

namespace creditcase::documents {

// One block of a composed document, in reading order.
struct DocumentBlock {
    enum class Type {
        Heading,   // a numbered heading of the body (一、……), 黑体-style
        Paragraph, // body text, first line indented two characters
        Field,     // "label：text" at the left margin (party, address, identifier)
        Row,       // a row of a two-column table (proof of service); consecutive rows form one table
        Blank,     // an empty line (room for a signature on a form)
    };
    Type type = Type::Paragraph;
    QString label; // Field and Row
    QString text;

    bool operator==(const DocumentBlock& other) const = default;
};

// A document as composed from its template and the case data: the text as served, with nothing about the page.
// It is stored with the case (JSON, the party's copy) when the document is issued, and every copy printed later is
// rendered from the stored text, so paper and record cannot disagree. Layout belongs to DocumentRenderer.
struct DocumentText {
    QString kind;      // documentKindId
    QString organName; // 发文机关标志, the header line
    QString title;     // e.g. 列入严重违法失信名单决定书
    QString number;    // 文号, e.g. 示市监信决〔2026〕3号; empty for papers without a number
    QList<DocumentBlock> blocks;
    QString signOrgan; // 发文机关署名
    QString signDate;  // 成文日期, e.g. 2026年6月30日
    QString sealText;  // what the seal says (printed faintly where the seal goes on a copy without one)
    QString note;      // 附注: contact details

    bool operator==(const DocumentText& other) const = default;

    QJsonObject toJson() const;
    static DocumentText fromJson(const QJsonObject& json);
    // The stored form: compact JSON, UTF-8 (its SHA-256 is the digest the audit entry records).
    QByteArray serialized() const;
    QString sha256() const;

    // Every text of the document with each `from` replaced by its `to`, in order (masking of a public copy).
    DocumentText withReplacements(const QList<QPair<QString, QString>>& replacements) const;
    // All the text of the document, one block per line (tests, search).
    QString plainText() const;
};

// A date as an official document writes it (GB/T 9704-2012 7.3.5.1: Arabic numerals, no leading zeros).
QString chineseDate(const class QDate& date);

} // namespace creditcase::documents
