#pragma once

#include "DocumentText.h"
#include "Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>

namespace creditcase::documents {

// The values a document is composed from: plain values by key ("party.name") and repeated items by list key
// ("measures": one entry per measure, read in the template as "item.content").
struct DocumentValues {
    QHash<QString, QString> values;
    QHash<QString, QList<QHash<QString, QString>>> lists;

    QString value(const QString& key) const { return values.value(key); }
};

// The wording of one document or of an organ's particulars, as JSON under resources/documents/ (built in) or as an
// administrator adapted it for an organ (stored in the vault, table document_templates; see DocumentService).
//
// A document template: {"name": "<kind id>", "version": N, "series": "信告", "title": "...", "blocks": [...]}, each
// block {"type": "heading|paragraph|field|row|blank", "label": "...", "text": "...", "when": "key",
// "unless": "key", "each": "list"}. "{key}" in a text is replaced by the value; a block with "when" appears only if
// that value is not empty ("unless": only if it is empty); a block with "each" appears once per item of the list,
// where "{item.x}" is the item's value x and "{item.n}" its number (1, 2 ...).
//
// The organ template ("name": "organ") holds the header, signature, seal text, contact details, the organ's
// abbreviation for document numbers, the reconsideration body and the court, and "units": the wording of time spans
// ("{n}个工作日"). Its values are offered to document templates as "organ.<field>". A document template with
// "signature": false (a form such as the proof of service) has no signature, date or seal at its end.
class DocumentTemplate {
    Q_DECLARE_TR_FUNCTIONS(DocumentTemplate)

public:
    static const QString organTemplateName; // "organ"

    // An empty template (no name, no blocks); parse() or builtIn() give real ones.
    DocumentTemplate() = default;

    /* Reads a template from its JSON text. Refused (Usage) with the problem named when the text is not a JSON object,
       has no name, or a block has an unknown type or no text. */
    static Result<DocumentTemplate> parse(const QByteArray& json);
    // The built-in template of that name (":/documents/<name>.json"); Corrupt if the resource is missing or damaged.
    static Result<DocumentTemplate> builtIn(const QString& name);

    QString name() const { return m_json.value(QStringLiteral("name")).toString(); }
    int version() const { return m_json.value(QStringLiteral("version")).toInt(1); }
    QString field(const QString& key) const { return m_json.value(key).toString(); }
    QJsonObject json() const { return m_json; }
    QByteArray text() const;

    // Every "{key}" the template uses (list item keys as "item.x"), and the lists it repeats over.
    QSet<QString> placeholders() const;
    QSet<QString> listKeys() const;

    // A time span in the organ template's wording: units["working-days"] with {n} = count.
    QString span(const QString& modeId, int count) const;

    // Fills "{key}" from values (unknown keys become empty).
    static QString fill(const QString& text, const QHash<QString, QString>& values);

    /* Composes the document: this (a document template) filled from `values`, under the organ's particulars
       (`organ`, already filled). The header, signature, seal and note come from the organ template. */
    DocumentText compose(const DocumentTemplate& organ, const DocumentValues& values) const;

private:
    explicit DocumentTemplate(QJsonObject json)
        : m_json(std::move(json)) {}
    QJsonObject m_json;
};

} // namespace creditcase::documents
