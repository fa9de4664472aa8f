#include "RuleImporter.h"

#include "RuleSet.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QSet>
#include <initializer_list>

namespace creditcase::rules {

using domain::Severity;
using domain::SubjectType;

namespace {

struct Text {
    QString zh;
    QString en;
};

// Walks a JSON tree and records every problem with its JSON path. Getters return nullopt (and record a problem)
// when a value is missing or of the wrong type, so the caller can keep going and report everything at once.
class Reader {
    Q_DECLARE_TR_FUNCTIONS(RuleImporter)

public:
    Reader(const QString& file, QList<RuleProblem>& problems)
        : m_file(file)
        , m_problems(problems) {}

    void problem(const QString& path, const QString& what) { m_problems.append(RuleProblem{m_file, path, what}); }
    int problemCount() const { return int(m_problems.size()); }

    static QString at(const QString& path, const char* key) { return path + QLatin1Char('.') + QLatin1String(key); }
    static QString at(const QString& path, qsizetype index) {
        return path + QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
    }

    // Unknown keys are almost always typos ("sorce"): refuse them rather than silently ignore a value.
    void allowKeys(const QJsonObject& object, const QString& path, std::initializer_list<const char*> keys) {
        for (auto it = object.begin(); it != object.end(); ++it) {
            bool known = false;
            for (const char* key : keys) {
                if (it.key() == QLatin1String(key)) {
                    known = true;
                    break;
                }
            }
            if (!known)
                problem(path, tr("unknown field \"%1\" (check the spelling)").arg(it.key()));
        }
    }

    bool has(const QJsonObject& object, const char* key) const {
        const auto value = object.value(QLatin1String(key));
        return !value.isUndefined() && !value.isNull();
    }

    std::optional<QJsonValue> value(const QJsonObject& object, const char* key, const QString& path, bool required) {
        const auto v = object.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull()) {
            if (required)
                problem(at(path, key), tr("required field is missing"));
            return std::nullopt;
        }
        return v;
    }

    std::optional<QJsonObject> object(const QJsonObject& parent, const char* key, const QString& path,
                                      bool required = true) {
        const auto v = value(parent, key, path, required);
        if (!v)
            return std::nullopt;
        if (!v->isObject()) {
            problem(at(path, key), tr("must be an object"));
            return std::nullopt;
        }
        return v->toObject();
    }

    std::optional<QJsonArray> array(const QJsonObject& parent, const char* key, const QString& path,
                                    bool required = true, bool nonEmpty = true) {
        const auto v = value(parent, key, path, required);
        if (!v)
            return std::nullopt;
        if (!v->isArray()) {
            problem(at(path, key), tr("must be a list"));
            return std::nullopt;
        }
        if (nonEmpty && v->toArray().isEmpty()) {
            problem(at(path, key), tr("must not be empty"));
            return std::nullopt;
        }
        return v->toArray();
    }

    // Objects of a list, each with its own path; non-objects are reported.
    QList<std::pair<QJsonObject, QString>> objects(const QJsonArray& list, const QString& path) {
        QList<std::pair<QJsonObject, QString>> out;
        for (qsizetype i = 0; i < list.size(); ++i) {
            if (!list.at(i).isObject()) {
                problem(at(path, i), tr("must be an object"));
                continue;
            }
            out.append({list.at(i).toObject(), at(path, i)});
        }
        return out;
    }

    std::optional<QString> string(const QJsonObject& parent, const char* key, const QString& path,
                                  bool required = true) {
        const auto v = value(parent, key, path, required);
        if (!v)
            return std::nullopt;
        if (!v->isString()) {
            problem(at(path, key), tr("must be a text string"));
            return std::nullopt;
        }
        if (v->toString().trimmed().isEmpty()) {
            problem(at(path, key), tr("must not be empty"));
            return std::nullopt;
        }
        return v->toString();
    }

    std::optional<QString> stringItem(const QJsonValue& v, const QString& path) {
        if (!v.isString() || v.toString().trimmed().isEmpty()) {
            problem(path, tr("must be a non-empty text string"));
            return std::nullopt;
        }
        return v.toString();
    }

    QStringList strings(const QJsonObject& parent, const char* key, const QString& path, bool required = true,
                        bool nonEmpty = true) {
        QStringList out;
        const auto list = array(parent, key, path, required, nonEmpty);
        if (!list)
            return out;
        const QString listPath = at(path, key);
        for (qsizetype i = 0; i < list->size(); ++i) {
            if (auto s = stringItem(list->at(i), at(listPath, i))) {
                if (out.contains(*s))
                    problem(at(listPath, i), tr("\"%1\" is listed twice").arg(*s));
                else
                    out << *s;
            }
        }
        return out;
    }

    std::optional<int> integer(const QJsonObject& parent, const char* key, const QString& path, int minimum,
                               bool required = true) {
        const auto v = value(parent, key, path, required);
        if (!v)
            return std::nullopt;
        const double d = v->toDouble(-1.5);
        if (!v->isDouble() || d != double(qint64(d)) || d > 1000000) {
            problem(at(path, key), tr("must be a whole number"));
            return std::nullopt;
        }
        if (d < minimum) {
            problem(at(path, key), tr("must be at least %1").arg(minimum));
            return std::nullopt;
        }
        return int(d);
    }

    std::optional<bool> boolean(const QJsonObject& parent, const char* key, const QString& path, bool required = true) {
        const auto v = value(parent, key, path, required);
        if (!v)
            return std::nullopt;
        if (!v->isBool()) {
            problem(at(path, key), tr("must be true or false"));
            return std::nullopt;
        }
        return v->toBool();
    }

    std::optional<QDate> date(const QJsonObject& parent, const char* key, const QString& path, bool required = true) {
        const auto v = value(parent, key, path, required);
        if (!v)
            return std::nullopt;
        const QString text = v->toString();
        const QDate d = QDate::fromString(text, Qt::ISODate);
        if (!v->isString() || text.size() != 10 || !d.isValid()) {
            problem(at(path, key), tr("\"%1\" is not a date; write it as YYYY-MM-DD, e.g. 2026-04-01")
                                       .arg(v->isString() ? text : v->toVariant().toString()));
            return std::nullopt;
        }
        return d;
    }

    std::optional<Mark> mark(const QJsonObject& parent, const QString& path, bool required = true) {
        const auto s = value(parent, "mark", path, required);
        if (!s)
            return std::nullopt;
        const auto m = s->isString() ? markFromId(s->toString()) : std::nullopt;
        if (!m) {
            problem(at(path, "mark"),
                    tr("\"%1\" is not a verification mark; use V (read in the official text), V2 (secondary "
                       "source) or U (unverified)")
                        .arg(s->isString() ? s->toString() : tr("(not a text)")));
            return std::nullopt;
        }
        return m;
    }

    template <typename E, typename F>
    std::optional<E> enumValue(const QJsonValue& v, const QString& path, F fromId, const QString& allowed) {
        const auto e = v.isString() ? fromId(v.toString()) : std::nullopt;
        if (!e) {
            problem(path, tr("\"%1\" is not allowed here; use one of: %2")
                              .arg(v.isString() ? v.toString() : tr("(not a text)"), allowed));
            return std::nullopt;
        }
        return e;
    }

    template <typename E, typename F>
    std::optional<E> enumField(const QJsonObject& parent, const char* key, const QString& path, F fromId,
                               const QString& allowed, bool required = true) {
        const auto v = value(parent, key, path, required);
        if (!v)
            return std::nullopt;
        return enumValue<E>(*v, at(path, key), fromId, allowed);
    }

    template <typename E, typename F>
    QList<E> enumList(const QJsonObject& parent, const char* key, const QString& path, F fromId, const QString& allowed,
                      bool required = true) {
        QList<E> out;
        const auto list = array(parent, key, path, required);
        if (!list)
            return out;
        const QString listPath = at(path, key);
        for (qsizetype i = 0; i < list->size(); ++i) {
            if (auto e = enumValue<E>(list->at(i), at(listPath, i), fromId, allowed)) {
                if (out.contains(*e))
                    problem(at(listPath, i), tr("\"%1\" is listed twice").arg(list->at(i).toString()));
                else
                    out << *e;
            }
        }
        return out;
    }

    // {"zh": "...", "en": "..."}: both languages are required.
    Text text(const QJsonObject& parent, const char* key, const QString& path) {
        Text out;
        const auto o = object(parent, key, path);
        if (!o)
            return out;
        const QString p = at(path, key);
        allowKeys(*o, p, {"zh", "en"});
        out.zh = string(*o, "zh", p).value_or(QString());
        out.en = string(*o, "en", p).value_or(QString());
        return out;
    }

    // {"zh", "en", "source", "mark"}; source and mark may be inherited from the enclosing row.
    SourcedText sourcedText(const QJsonObject& o, const QString& path, const QString& inheritedSource = {},
                            std::optional<Mark> inheritedMark = std::nullopt,
                            std::initializer_list<const char*> extraKeys = {}) {
        QList<const char*> keys{"zh", "en", "source", "mark"};
        for (const char* k : extraKeys)
            keys << k;
        checkKeys(o, path, keys);
        SourcedText out;
        out.textZh = string(o, "zh", path).value_or(QString());
        out.text = string(o, "en", path).value_or(QString());
        const bool inherit = !inheritedSource.isEmpty() && inheritedMark.has_value();
        out.source = string(o, "source", path, !inherit).value_or(inheritedSource);
        out.mark = mark(o, path, !inherit).value_or(inheritedMark.value_or(Mark::Unverified));
        return out;
    }

    QList<SourcedText> sourcedTexts(const QJsonObject& parent, const char* key, const QString& path,
                                    bool nonEmpty = true) {
        QList<SourcedText> out;
        const auto list = array(parent, key, path, true, nonEmpty);
        if (!list)
            return out;
        for (const auto& [o, p] : objects(*list, at(path, key)))
            out << sourcedText(o, p);
        return out;
    }

    // {"count", "mode", "countFrom", "source", "mark"}. Nested durations may inherit source and mark.
    std::optional<RuleDuration> duration(const QJsonObject& o, const QString& path, bool allowZero,
                                         const QString& inheritedSource = {},
                                         std::optional<Mark> inheritedMark = std::nullopt,
                                         std::initializer_list<const char*> extraKeys = {}) {
        QList<const char*> keys{"count", "mode", "countFrom", "source", "mark"};
        for (const char* k : extraKeys)
            keys << k;
        checkKeys(o, path, keys);
        const int before = problemCount();
        RuleDuration d;
        d.count = integer(o, "count", path, allowZero ? 0 : 1).value_or(0);
        d.mode = enumField<RuleDuration::Mode>(o, "mode", path, &RuleDuration::modeFromId,
                                               QStringLiteral("working-days, calendar-days, months, years"))
                     .value_or(RuleDuration::Mode::CalendarDays);
        d.countFrom = string(o, "countFrom", path, false).value_or(QString());
        const bool inherit = !inheritedSource.isEmpty() && inheritedMark.has_value();
        d.source = string(o, "source", path, !inherit).value_or(inheritedSource);
        d.mark = mark(o, path, !inherit).value_or(inheritedMark.value_or(Mark::Unverified));
        if (problemCount() != before)
            return std::nullopt;
        return d;
    }

    std::optional<RuleDuration> durationField(const QJsonObject& parent, const char* key, const QString& path,
                                              bool required, bool allowZero, const QString& inheritedSource = {},
                                              std::optional<Mark> inheritedMark = std::nullopt) {
        const auto o = object(parent, key, path, required);
        if (!o)
            return std::nullopt;
        return duration(*o, at(path, key), allowZero, inheritedSource, inheritedMark);
    }

    // Either a duration or {"none": "why there is no limit", "source", "mark"}.
    OptionalDuration optionalDuration(const QJsonObject& parent, const char* key, const QString& path,
                                      std::initializer_list<const char*> extraKeys = {}) {
        OptionalDuration out;
        const auto o = object(parent, key, path);
        if (!o)
            return out;
        const QString p = at(path, key);
        if (o->contains(QLatin1String("none"))) {
            allowKeys(*o, p, {"none", "source", "mark"});
            out.noneReason = string(*o, "none", p).value_or(QString());
            out.source = string(*o, "source", p).value_or(QString());
            out.mark = mark(*o, p).value_or(Mark::Unverified);
            return out;
        }
        out.duration = duration(*o, p, false, {}, std::nullopt, extraKeys);
        if (out.duration) {
            out.source = out.duration->source;
            out.mark = out.duration->mark;
        }
        return out;
    }

    // {"value": ..., "source", "mark"}: returns the raw value for the caller to read.
    std::optional<QJsonValue> ruleValue(const QJsonObject& parent, const char* key, const QString& path,
                                        QString* source, Mark* markOut) {
        const auto o = object(parent, key, path);
        if (!o)
            return std::nullopt;
        const QString p = at(path, key);
        allowKeys(*o, p, {"value", "source", "mark"});
        *source = string(*o, "source", p).value_or(QString());
        *markOut = mark(*o, p).value_or(Mark::Unverified);
        return value(*o, "value", p, true);
    }

    // Records that an id appears once only within a list.
    void unique(QSet<QString>& seen, const QString& id, const QString& path, const QString& what) {
        if (id.isEmpty())
            return;
        if (seen.contains(id))
            problem(path, tr("duplicate %1 \"%2\": every id must be unique in the file").arg(what, id));
        seen.insert(id);
    }

    void checkKeys(const QJsonObject& object, const QString& path, const QList<const char*>& keys) {
        for (auto it = object.begin(); it != object.end(); ++it) {
            bool known = false;
            for (const char* key : keys) {
                if (it.key() == QLatin1String(key)) {
                    known = true;
                    break;
                }
            }
            if (!known)
                problem(path, tr("unknown field \"%1\" (check the spelling)").arg(it.key()));
        }
    }

private:
    QString m_file;
    QList<RuleProblem>& m_problems;
};

const QString subjectTypesAllowed = QStringLiteral("legal-person, natural-person");
const QString severitiesAllowed = QStringLiteral("minor, general, serious");

void parseCatalog(Reader& r, const QJsonObject& root, RuleDocument& doc) {
    CatalogEdition edition;
    QSet<QString> categoryIds;
    QSet<int> categoryNumbers;
    if (const auto list = r.array(root, "categories", QStringLiteral("$"))) {
        for (const auto& [o, p] : r.objects(*list, QStringLiteral("$.categories"))) {
            r.allowKeys(o, p, {"id", "number", "name", "source", "mark"});
            CatalogCategory c;
            c.id = r.string(o, "id", p).value_or(QString());
            r.unique(categoryIds, c.id, Reader::at(p, "id"), Reader::tr("category"));
            c.number = r.integer(o, "number", p, 1).value_or(0);
            if (c.number > 0) {
                if (categoryNumbers.contains(c.number))
                    r.problem(Reader::at(p, "number"), Reader::tr("category number %1 is used twice").arg(c.number));
                categoryNumbers.insert(c.number);
            }
            const Text name = r.text(o, "name", p);
            c.name = name.zh;
            c.nameEn = name.en;
            c.source = r.string(o, "source", p).value_or(QString());
            c.mark = r.mark(o, p).value_or(Mark::Unverified);
            edition.categories << c;
        }
    }
    QSet<QString> itemIds;
    if (const auto list = r.array(root, "items", QStringLiteral("$"))) {
        for (const auto& [o, p] : r.objects(*list, QStringLiteral("$.items"))) {
            r.allowKeys(o, p,
                        {"id", "category", "name", "subjectTypes", "provider", "legalBasis", "sharing", "disclosure",
                         "disclosurePeriod", "adverse", "source", "mark"});
            CatalogItem item;
            item.id = r.string(o, "id", p).value_or(QString());
            r.unique(itemIds, item.id, Reader::at(p, "id"), Reader::tr("item"));
            item.categoryId = r.string(o, "category", p).value_or(QString());
            if (!item.categoryId.isEmpty() && !categoryIds.contains(item.categoryId))
                r.problem(Reader::at(p, "category"),
                          Reader::tr("names category \"%1\", which this file does not define").arg(item.categoryId));
            const Text name = r.text(o, "name", p);
            item.name = name.zh;
            item.nameEn = name.en;
            item.subjectTypes =
                r.enumList<SubjectType>(o, "subjectTypes", p, &domain::subjectTypeFromId, subjectTypesAllowed);
            item.source = r.string(o, "source", p).value_or(QString());
            item.mark = r.mark(o, p).value_or(Mark::Unverified);
            const Text provider = r.text(o, "provider", p);
            item.provider = SourcedText{provider.en, provider.zh, item.source, item.mark};
            const Text basis = r.text(o, "legalBasis", p);
            item.legalBasis = SourcedText{basis.en, basis.zh, item.source, item.mark};
            item.sharing = r.enumField<SharingScope>(o, "sharing", p, &sharingScopeFromId,
                                                     QStringLiteral("unconditional, conditional, not-shared"))
                               .value_or(SharingScope::NotShared);
            const auto disclosure = r.enumField<DisclosureAttribute>(
                o, "disclosure", p, &disclosureAttributeFromId, QStringLiteral("active, on-request, not-disclosed"));
            item.disclosure = disclosure.value_or(DisclosureAttribute::NotDisclosed);
            item.adverse = r.boolean(o, "adverse", p).value_or(false);
            if (const auto period = r.object(o, "disclosurePeriod", p)) {
                const QString pp = Reader::at(p, "disclosurePeriod");
                r.allowKeys(*period, pp, {"rule", "count", "mode", "source", "mark"});
                const auto kind = r.enumField<DisclosurePeriodRule::Kind>(
                    *period, "rule", pp, &DisclosurePeriodRule::kindFromId,
                    QStringLiteral("by-regime, list-duration, while-valid, fixed, not-disclosed"));
                item.disclosurePeriod.kind = kind.value_or(DisclosurePeriodRule::Kind::NotDisclosed);
                item.disclosurePeriod.source = r.string(*period, "source", pp).value_or(QString());
                item.disclosurePeriod.mark = r.mark(*period, pp).value_or(Mark::Unverified);
                if (kind == DisclosurePeriodRule::Kind::Fixed) {
                    RuleDuration d;
                    d.count = r.integer(*period, "count", pp, 1).value_or(0);
                    d.mode =
                        r.enumField<RuleDuration::Mode>(*period, "mode", pp, &RuleDuration::modeFromId,
                                                        QStringLiteral("working-days, calendar-days, months, years"))
                            .value_or(RuleDuration::Mode::Months);
                    d.countFrom = QStringLiteral("decision");
                    d.source = item.disclosurePeriod.source;
                    d.mark = item.disclosurePeriod.mark;
                    item.disclosurePeriod.fixed = d;
                } else if (kind &&
                           (period->contains(QLatin1String("count")) || period->contains(QLatin1String("mode")))) {
                    r.problem(pp, Reader::tr("\"count\" and \"mode\" belong only to a \"fixed\" period"));
                }
                // Consistency: an item that is never disclosed has no disclosure period, and vice versa.
                if (disclosure && kind) {
                    const bool neverDisclosed = *disclosure == DisclosureAttribute::NotDisclosed;
                    const bool noPeriod = *kind == DisclosurePeriodRule::Kind::NotDisclosed;
                    if (neverDisclosed != noPeriod)
                        r.problem(Reader::at(pp, "rule"),
                                  neverDisclosed
                                      ? Reader::tr("the item is \"not-disclosed\" but has a disclosure period; use "
                                                   "\"not-disclosed\" here or change \"disclosure\"")
                                      : Reader::tr("the item is disclosed but its period rule is \"not-disclosed\""));
                }
            }
            edition.items << item;
        }
    }
    doc.content = edition;
}

void parseMeasures(Reader& r, const QJsonObject& root, RuleDocument& doc) {
    MeasuresEdition edition;
    QSet<QString> categoryIds;
    if (const auto list = r.array(root, "categories", QStringLiteral("$"))) {
        for (const auto& [o, p] : r.objects(*list, QStringLiteral("$.categories"))) {
            r.allowKeys(o, p, {"id", "name", "use", "source", "mark"});
            MeasureCategoryRule c;
            const auto id = r.enumField<MeasureCategory>(o, "id", p, &measureCategoryFromId, QStringLiteral("A, B, C"));
            if (id) {
                c.category = *id;
                r.unique(categoryIds, measureCategoryId(*id), Reader::at(p, "id"), Reader::tr("category"));
            }
            const Text name = r.text(o, "name", p);
            c.name = name.zh;
            c.nameEn = name.en;
            const auto use =
                r.enumField<MeasureUse>(o, "use", p, &measureUseFromId, QStringLiteral("order, inform-only"));
            c.use = use.value_or(MeasureUse::InformOnly);
            c.source = r.string(o, "source", p).value_or(QString());
            c.mark = r.mark(o, p).value_or(Mark::Unverified);
            // Guiding Opinions V(9): bodies outside public management may never be compelled to punish.
            if (id == MeasureCategory::C && use == MeasureUse::Order)
                r.problem(Reader::at(p, "use"),
                          Reader::tr("category C measures are taken by bodies outside public management on their "
                                     "own and may never be ordered (Guiding Opinions V(9)); use \"inform-only\""));
            if (id)
                edition.categories << c;
        }
    }
    QSet<QString> measureIds;
    QSet<int> numbers;
    if (const auto list = r.array(root, "measures", QStringLiteral("$"))) {
        for (const auto& [o, p] : r.objects(*list, QStringLiteral("$.measures"))) {
            r.allowKeys(o, p,
                        {"id", "number", "category", "content", "targets", "targetSubjectTypes", "legalBasis",
                         "implementingBody", "severities", "source", "mark"});
            Measure m;
            m.id = r.string(o, "id", p).value_or(QString());
            r.unique(measureIds, m.id, Reader::at(p, "id"), Reader::tr("measure"));
            m.number = r.integer(o, "number", p, 1).value_or(0);
            if (m.number > 0) {
                if (numbers.contains(m.number))
                    r.problem(Reader::at(p, "number"), Reader::tr("measure number %1 is used twice").arg(m.number));
                numbers.insert(m.number);
            }
            const auto category =
                r.enumField<MeasureCategory>(o, "category", p, &measureCategoryFromId, QStringLiteral("A, B, C"));
            m.category = category.value_or(MeasureCategory::C);
            if (category && !categoryIds.contains(measureCategoryId(*category)))
                r.problem(Reader::at(p, "category"),
                          Reader::tr("names category \"%1\", which this file does not define")
                              .arg(measureCategoryId(*category)));
            const Text content = r.text(o, "content", p);
            m.content = content.zh;
            m.contentEn = content.en;
            m.source = r.string(o, "source", p).value_or(QString());
            m.mark = r.mark(o, p).value_or(Mark::Unverified);
            const Text targets = r.text(o, "targets", p);
            m.targets = SourcedText{targets.en, targets.zh, m.source, m.mark};
            m.targetSubjectTypes =
                r.enumList<SubjectType>(o, "targetSubjectTypes", p, &domain::subjectTypeFromId, subjectTypesAllowed);
            if (const auto clauses = r.array(o, "legalBasis", p)) {
                for (const auto& [c, cp] : r.objects(*clauses, Reader::at(p, "legalBasis"))) {
                    r.allowKeys(c, cp, {"zh", "en", "mark"});
                    Citation citation;
                    citation.textZh = r.string(c, "zh", cp).value_or(QString());
                    citation.text = r.string(c, "en", cp).value_or(QString());
                    citation.mark = r.mark(c, cp).value_or(Mark::Unverified);
                    m.legalBasis << citation;
                }
            }
            const Text body = r.text(o, "implementingBody", p);
            m.implementingBody = SourcedText{body.en, body.zh, m.source, m.mark};
            m.severities = r.enumList<Severity>(o, "severities", p, &domain::severityFromId, severitiesAllowed);
            edition.measures << m;
        }
    }
    doc.content = edition;
}

QList<NamedCondition> namedConditions(Reader& r, const QJsonObject& parent, const char* key, const QString& path,
                                      bool nonEmpty) {
    QList<NamedCondition> out;
    QSet<QString> ids;
    const auto list = r.array(parent, key, path, true, nonEmpty);
    if (!list)
        return out;
    for (const auto& [o, p] : r.objects(*list, Reader::at(path, key))) {
        NamedCondition c;
        c.id = r.string(o, "id", p).value_or(QString());
        r.unique(ids, c.id, Reader::at(p, "id"), Reader::tr("condition"));
        c.text = r.sourcedText(o, p, {}, std::nullopt, {"id", "grounds", "ageBelow", "ageOn"});
        c.grounds = r.strings(o, "grounds", p, false);
        if (o.contains(QLatin1String("ageBelow")) || o.contains(QLatin1String("ageOn"))) {
            c.ageBelow = r.integer(o, "ageBelow", p, 1).value_or(0);
            // The days the age is read on: the conduct's, the designation's, or both.
            const QStringList days{QStringLiteral("conduct"), QStringLiteral("designation")};
            c.ageOn = r.strings(o, "ageOn", p);
            for (const auto& day : c.ageOn)
                if (!days.contains(day))
                    r.problem(Reader::at(p, "ageOn"), Reader::tr("\"%1\" is not allowed here; use one of: %2")
                                                          .arg(day, days.join(QStringLiteral(", "))));
        }
        out << c;
    }
    return out;
}

void parseListType(Reader& r, const QJsonObject& o, const QString& p, RuleDocument& doc, ListType& lt) {
    r.allowKeys(o, p,
                {"id",
                 "name",
                 "sector",
                 "standard",
                 "competentDepartment",
                 "designatingLevel",
                 "scopeCategories",
                 "commentPeriodRequired",
                 "commentPeriod",
                 "noticeBeforeDesignation",
                 "objectionWindow",
                 "objectionAnswerLimit",
                 "decisionLimit",
                 "decisionExtension",
                 "reExamination",
                 "terms",
                 "earlyRemoval",
                 "removalConditions",
                 "removalProcedure",
                 "relief",
                 "removalExecutionLimit",
                 "restorationLimit",
                 "designationBars",
                 "nonRestorable",
                 "otherLimits",
                 "measures",
                 "subjectTypes",
                 "severities"});
    lt.id = r.string(o, "id", p).value_or(QString());
    const Text name = r.text(o, "name", p);
    lt.name = name.zh;
    lt.nameEn = name.en;
    lt.sector = r.string(o, "sector", p).value_or(QString());

    if (const auto s = r.object(o, "standard", p)) {
        const QString sp = Reader::at(p, "standard");
        r.allowKeys(*s, sp,
                    {"document", "title", "issuer", "legalForm", "promulgatedOn", "effectiveFrom", "effectiveUntil",
                     "url", "source", "mark"});
        auto& st = lt.standard;
        st.document = r.string(*s, "document", sp).value_or(QString());
        const Text title = r.text(*s, "title", sp);
        st.title = title.zh;
        st.titleEn = title.en;
        st.issuer = r.string(*s, "issuer", sp).value_or(QString());
        st.legalForm = r.string(*s, "legalForm", sp).value_or(QString());
        if (!st.legalForm.isEmpty())
            doc.references << RuleReference{DocumentKind::LegalBases, st.legalForm, Reader::at(sp, "legalForm")};
        st.promulgatedOn = r.date(*s, "promulgatedOn", sp, false).value_or(QDate());
        st.effectiveFrom = r.date(*s, "effectiveFrom", sp).value_or(QDate());
        st.effectiveUntil = r.date(*s, "effectiveUntil", sp, false).value_or(QDate());
        st.url = r.string(*s, "url", sp, false).value_or(QString());
        st.source = r.string(*s, "source", sp).value_or(QString());
        st.mark = r.mark(*s, sp).value_or(Mark::Unverified);
        if (st.effectiveFrom.isValid() && st.effectiveUntil.isValid() && st.effectiveUntil < st.effectiveFrom)
            r.problem(Reader::at(sp, "effectiveUntil"), Reader::tr("ends before it takes effect"));
        if (st.effectiveFrom.isValid() && st.promulgatedOn.isValid() && st.promulgatedOn > st.effectiveFrom)
            r.problem(Reader::at(sp, "promulgatedOn"), Reader::tr("is later than the date it takes effect"));
    }

    if (const auto dept = r.object(o, "competentDepartment", p))
        lt.competentDepartment = r.sourcedText(*dept, Reader::at(p, "competentDepartment"));

    QString source;
    Mark mark = Mark::Unverified;
    if (const auto v = r.ruleValue(o, "designatingLevel", p, &source, &mark)) {
        const auto level = r.enumValue<domain::AuthorityLevel>(
            *v, Reader::at(Reader::at(p, "designatingLevel"), "value"), &domain::authorityLevelFromId,
            QStringLiteral("township, county, municipal, provincial, national"));
        lt.designatingLevel = {level.value_or(domain::AuthorityLevel::National), source, mark};
    }
    if (const auto v = r.ruleValue(o, "scopeCategories", p, &source, &mark)) {
        const QString vp = Reader::at(Reader::at(p, "scopeCategories"), "value");
        lt.scopeCategories.source = source;
        lt.scopeCategories.mark = mark;
        if (!v->isArray() || v->toArray().isEmpty()) {
            r.problem(vp, Reader::tr("must be a non-empty list of Guiding Opinions IV(6) categories"));
        } else {
            const auto list = v->toArray();
            for (qsizetype i = 0; i < list.size(); ++i) {
                if (auto c = r.enumValue<domain::ScopeCategory>(
                        list.at(i), Reader::at(vp, i), &domain::scopeCategoryFromId,
                        QStringLiteral("public-health-safety, fair-competition, refusing-legal-obligations, "
                                       "national-defence"))) {
                    if (!lt.scopeCategories.value.contains(*c))
                        lt.scopeCategories.value << *c;
                }
            }
        }
    }
    if (o.contains(QLatin1String("subjectTypes"))) {
        if (const auto v = r.ruleValue(o, "subjectTypes", p, &source, &mark)) {
            const QString vp = Reader::at(Reader::at(p, "subjectTypes"), "value");
            lt.subjectTypes.source = source;
            lt.subjectTypes.mark = mark;
            const auto list = v->toArray();
            if (!v->isArray() || list.isEmpty())
                r.problem(vp, Reader::tr("must be a non-empty list of subject types"));
            for (qsizetype i = 0; i < list.size(); ++i) {
                if (auto t = r.enumValue<SubjectType>(list.at(i), Reader::at(vp, i), &domain::subjectTypeFromId,
                                                      subjectTypesAllowed);
                    t && !lt.subjectTypes.value.contains(*t))
                    lt.subjectTypes.value << *t;
            }
        }
    }
    if (o.contains(QLatin1String("severities"))) {
        if (const auto v = r.ruleValue(o, "severities", p, &source, &mark)) {
            const QString vp = Reader::at(Reader::at(p, "severities"), "value");
            lt.severities.source = source;
            lt.severities.mark = mark;
            const auto list = v->toArray();
            if (!v->isArray() || list.isEmpty())
                r.problem(vp, Reader::tr("must be a non-empty list of severities"));
            for (qsizetype i = 0; i < list.size(); ++i) {
                if (auto sev = r.enumValue<Severity>(list.at(i), Reader::at(vp, i), &domain::severityFromId,
                                                     severitiesAllowed);
                    sev && !lt.severities.value.contains(*sev))
                    lt.severities.value << *sev;
            }
        }
    }
    for (auto [key, target] : {std::pair{"commentPeriodRequired", &lt.commentPeriodRequired},
                               std::pair{"noticeBeforeDesignation", &lt.noticeBeforeDesignation}}) {
        if (const auto v = r.ruleValue(o, key, p, &source, &mark)) {
            if (!v->isBool())
                r.problem(Reader::at(Reader::at(p, key), "value"), Reader::tr("must be true or false"));
            *target = {v->toBool(), source, mark};
        }
    }
    if (const auto cp = r.object(o, "commentPeriod", p, false)) {
        const QString cpp = Reader::at(p, "commentPeriod");
        r.allowKeys(*cp, cpp, {"opened", "closed", "source", "mark"});
        CommentPeriod period;
        period.opened = r.date(*cp, "opened", cpp).value_or(QDate());
        period.closed = r.date(*cp, "closed", cpp).value_or(QDate());
        period.source = r.string(*cp, "source", cpp).value_or(QString());
        period.mark = r.mark(*cp, cpp).value_or(Mark::Unverified);
        if (period.opened.isValid() && period.closed.isValid() && period.closed < period.opened)
            r.problem(Reader::at(cpp, "closed"), Reader::tr("closes before it opens"));
        lt.commentPeriod = period;
    }
    lt.objectionWindow = r.optionalDuration(o, "objectionWindow", p);
    lt.objectionAnswerLimit = r.optionalDuration(o, "objectionAnswerLimit", p);
    lt.decisionLimit = r.optionalDuration(o, "decisionLimit", p);
    lt.decisionExtension = r.optionalDuration(o, "decisionExtension", p, {"times"});
    if (lt.decisionExtension.isSet()) {
        // How many times it may be extended is the rule's too (MOHRSS Order 45 Art. 8: once), under the same source.
        if (const auto extension = r.object(o, "decisionExtension", p))
            lt.decisionExtensionTimes =
                r.integer(*extension, "times", Reader::at(p, "decisionExtension"), 1).value_or(0);
    }

    if (const auto re = r.object(o, "reExamination", p)) {
        const QString rp = Reader::at(p, "reExamination");
        r.allowKeys(*re, rp, {"required", "level", "source", "mark"});
        lt.reExamination.required = r.boolean(*re, "required", rp).value_or(false);
        lt.reExamination.level = r.string(*re, "level", rp, lt.reExamination.required).value_or(QString());
        static const QStringList levels{QStringLiteral("next-higher"), QStringLiteral("provincial"),
                                        QStringLiteral("national")};
        if (!lt.reExamination.level.isEmpty() && !levels.contains(lt.reExamination.level))
            r.problem(Reader::at(rp, "level"), Reader::tr("\"%1\" is not allowed here; use one of: %2")
                                                   .arg(lt.reExamination.level, levels.join(QStringLiteral(", "))));
        if (!lt.reExamination.required && !lt.reExamination.level.isEmpty())
            r.problem(Reader::at(rp, "level"), Reader::tr("a level is given but re-examination is not required"));
        lt.reExamination.source = r.string(*re, "source", rp).value_or(QString());
        lt.reExamination.mark = r.mark(*re, rp).value_or(Mark::Unverified);
    }

    QSet<QString> termIds;
    if (const auto terms = r.array(o, "terms", p)) {
        for (const auto& [t, tp] : r.objects(*terms, Reader::at(p, "terms"))) {
            r.allowKeys(t, tp,
                        {"id", "grounds", "kind", "count", "mode", "countFrom", "extensionMin", "extensionMax",
                         "description", "source", "mark"});
            ListTerm term;
            term.id = r.string(t, "id", tp).value_or(QString());
            r.unique(termIds, term.id, Reader::at(tp, "id"), Reader::tr("term"));
            term.grounds = r.strings(t, "grounds", tp, false);
            const auto kind = r.enumField<ListTerm::Kind>(t, "kind", tp, &ListTerm::kindFromId,
                                                          QStringLiteral("fixed, until-performed"));
            term.kind = kind.value_or(ListTerm::Kind::Fixed);
            term.countFrom = r.string(t, "countFrom", tp).value_or(QString());
            term.source = r.string(t, "source", tp).value_or(QString());
            term.mark = r.mark(t, tp).value_or(Mark::Unverified);
            const Text description = r.text(t, "description", tp);
            term.description = SourcedText{description.en, description.zh, term.source, term.mark};
            if (kind == ListTerm::Kind::Fixed) {
                RuleDuration d;
                d.count = r.integer(t, "count", tp, 1).value_or(0);
                d.mode = r.enumField<RuleDuration::Mode>(t, "mode", tp, &RuleDuration::modeFromId,
                                                         QStringLiteral("working-days, calendar-days, months, years"))
                             .value_or(RuleDuration::Mode::Years);
                d.countFrom = term.countFrom;
                d.source = term.source;
                d.mark = term.mark;
                term.duration = d;
            } else if (kind && (t.contains(QLatin1String("count")) || t.contains(QLatin1String("mode")))) {
                r.problem(tp, Reader::tr("a term that lasts until performance has no \"count\" or \"mode\""));
            }
            term.extensionMin = r.durationField(t, "extensionMin", tp, false, false, term.source, term.mark);
            term.extensionMax = r.durationField(t, "extensionMax", tp, false, false, term.source, term.mark);
            if (term.extensionMin.has_value() != term.extensionMax.has_value()) {
                r.problem(tp, Reader::tr("give both \"extensionMin\" and \"extensionMax\", or neither"));
            } else if (term.extensionMin && term.extensionMax) {
                const auto order = RuleDuration::compare(*term.extensionMin, *term.extensionMax);
                if (order && *order > 0)
                    r.problem(Reader::at(tp, "extensionMin"), Reader::tr("is longer than \"extensionMax\""));
            }
            lt.terms << term;
        }
    }

    if (const auto er = r.object(o, "earlyRemoval", p)) {
        const QString ep = Reader::at(p, "earlyRemoval");
        r.allowKeys(*er, ep,
                    {"allowed", "minimumWait", "requiresCorrection", "requiresCommitment", "conditions", "exclusions",
                     "decisionLimit", "endsRecordDisclosure", "source", "mark"});
        auto& e = lt.earlyRemoval;
        e.allowed = r.boolean(*er, "allowed", ep).value_or(false);
        e.minimumWait = r.durationField(*er, "minimumWait", ep, false, false);
        e.requiresCorrection = r.boolean(*er, "requiresCorrection", ep).value_or(false);
        e.requiresCommitment = r.boolean(*er, "requiresCommitment", ep).value_or(false);
        e.conditions = r.sourcedTexts(*er, "conditions", ep, e.allowed);
        e.exclusions = namedConditions(r, *er, "exclusions", ep, false);
        e.decisionLimit = r.optionalDuration(*er, "decisionLimit", ep);
        if (er->contains(QLatin1String("endsRecordDisclosure"))) {
            QString endsSource;
            Mark endsMark = Mark::Unverified;
            if (const auto v = r.ruleValue(*er, "endsRecordDisclosure", ep, &endsSource, &endsMark)) {
                if (!v->isBool())
                    r.problem(Reader::at(Reader::at(ep, "endsRecordDisclosure"), "value"),
                              Reader::tr("must be true or false"));
                e.endsRecordDisclosure = {v->toBool(), endsSource, endsMark};
            }
        }
        e.source = r.string(*er, "source", ep).value_or(QString());
        e.mark = r.mark(*er, ep).value_or(Mark::Unverified);
        if (!e.allowed && (e.minimumWait || e.requiresCorrection || e.requiresCommitment))
            r.problem(ep, Reader::tr("early removal is not allowed, yet a waiting period or conditions are given"));
    }

    // Guiding Opinions IV(7): a standard must state removal conditions, removal procedure and relief.
    lt.removalConditions = r.sourcedTexts(o, "removalConditions", p);
    lt.removalProcedure = r.sourcedTexts(o, "removalProcedure", p);
    if (const auto relief = r.array(o, "relief", p)) {
        const QString rp = Reader::at(p, "relief");
        for (const auto& [ro, rop] : r.objects(*relief, rp)) {
            Relief item;
            item.text = r.sourcedText(ro, rop, {}, std::nullopt, {"procedureLimits"});
            item.procedureLimits = r.strings(ro, "procedureLimits", rop, false);
            for (qsizetype i = 0; i < item.procedureLimits.size(); ++i)
                doc.references << RuleReference{DocumentKind::ProcedureLimits, item.procedureLimits.at(i),
                                                Reader::at(Reader::at(rop, "procedureLimits"), i)};
            lt.relief << item;
        }
    }
    lt.removalExecutionLimit = r.optionalDuration(o, "removalExecutionLimit", p);
    if (const auto d = r.durationField(o, "restorationLimit", p, true, false))
        lt.restorationLimit = *d;
    lt.designationBars = namedConditions(r, o, "designationBars", p, false);
    if (o.contains(QLatin1String("nonRestorable")))
        lt.nonRestorable = namedConditions(r, o, "nonRestorable", p, false);

    QSet<QString> limitIds;
    if (const auto limits = r.array(o, "otherLimits", p, true, false)) {
        for (const auto& [l, lp] : r.objects(*limits, Reader::at(p, "otherLimits"))) {
            NamedLimit limit;
            limit.id = r.string(l, "id", lp).value_or(QString());
            r.unique(limitIds, limit.id, Reader::at(lp, "id"), Reader::tr("limit"));
            const Text title = r.text(l, "title", lp);
            if (const auto d = r.duration(l, lp, false, {}, std::nullopt, {"id", "title"}))
                limit.duration = *d;
            limit.title = SourcedText{title.en, title.zh, limit.duration.source, limit.duration.mark};
            lt.otherLimits << limit;
        }
    }

    if (const auto v = r.ruleValue(o, "measures", p, &source, &mark)) {
        const QString vp = Reader::at(Reader::at(p, "measures"), "value");
        lt.measures.source = source;
        lt.measures.mark = mark;
        if (!v->isArray() || v->toArray().isEmpty()) {
            r.problem(vp, Reader::tr("must be a non-empty list of measure ids"));
        } else {
            const auto list = v->toArray();
            for (qsizetype i = 0; i < list.size(); ++i) {
                if (auto id = r.stringItem(list.at(i), Reader::at(vp, i))) {
                    if (lt.measures.value.contains(*id)) {
                        r.problem(Reader::at(vp, i), Reader::tr("\"%1\" is listed twice").arg(*id));
                        continue;
                    }
                    lt.measures.value << *id;
                    doc.references << RuleReference{DocumentKind::Measures, *id, Reader::at(vp, i)};
                }
            }
        }
    }
}

void parseListTypes(Reader& r, const QJsonObject& root, RuleDocument& doc) {
    ListTypeEdition edition;
    QSet<QString> ids;
    if (const auto list = r.array(root, "listTypes", QStringLiteral("$"))) {
        for (const auto& [o, p] : r.objects(*list, QStringLiteral("$.listTypes"))) {
            ListType lt;
            parseListType(r, o, p, doc, lt);
            r.unique(ids, lt.id, Reader::at(p, "id"), Reader::tr("list type"));
            edition.listTypes << lt;
        }
    }
    doc.content = edition;
}

std::optional<RuleValue<QDate>> datedValue(Reader& r, const QJsonObject& parent, const char* key, const QString& path,
                                           bool required) {
    const auto o = r.object(parent, key, path, required);
    if (!o)
        return std::nullopt;
    const QString p = Reader::at(path, key);
    r.allowKeys(*o, p, {"date", "source", "mark"});
    RuleValue<QDate> v;
    const auto d = r.date(*o, "date", p);
    v.value = d.value_or(QDate());
    v.source = r.string(*o, "source", p).value_or(QString());
    v.mark = r.mark(*o, p).value_or(Mark::Unverified);
    if (!d)
        return std::nullopt;
    return v;
}

bool overlap(const DisclosureRegime& a, const DisclosureRegime& b) {
    const QDate aEnd = a.effectiveUntil ? a.effectiveUntil->value : QDate(9999, 12, 31);
    const QDate bEnd = b.effectiveUntil ? b.effectiveUntil->value : QDate(9999, 12, 31);
    return a.effectiveFrom.value <= bEnd && b.effectiveFrom.value <= aEnd;
}

void parseRegimes(Reader& r, const QJsonObject& root, RuleDocument& doc) {
    RegimeEdition edition;
    QSet<QString> ids;
    QList<QString> paths;
    if (const auto list = r.array(root, "regimes", QStringLiteral("$"))) {
        for (const auto& [o, p] : r.objects(*list, QStringLiteral("$.regimes"))) {
            r.allowKeys(o, p,
                        {"id", "title", "document", "effectiveFrom", "effectiveUntil", "sectors", "periods",
                         "overrides", "restoration"});
            DisclosureRegime regime;
            regime.id = r.string(o, "id", p).value_or(QString());
            r.unique(ids, regime.id, Reader::at(p, "id"), Reader::tr("regime"));
            const Text title = r.text(o, "title", p);
            regime.title = title.zh;
            regime.titleEn = title.en;
            regime.document = r.string(o, "document", p).value_or(QString());
            const auto from = datedValue(r, o, "effectiveFrom", p, true);
            if (from)
                regime.effectiveFrom = *from;
            regime.effectiveUntil = datedValue(r, o, "effectiveUntil", p, false);
            if (from && regime.effectiveUntil && regime.effectiveUntil->value < from->value)
                r.problem(Reader::at(Reader::at(p, "effectiveUntil"), "date"),
                          Reader::tr("ends before the regime takes effect"));
            regime.sectors = r.strings(o, "sectors", p, true, false);

            QSet<QString> severitiesSeen;
            if (const auto periods = r.array(o, "periods", p)) {
                for (const auto& [po, pp] : r.objects(*periods, Reader::at(p, "periods"))) {
                    r.allowKeys(po, pp, {"severity", "disclosed", "minimum", "maximum", "source", "mark"});
                    RegimePeriod period;
                    const auto severity =
                        r.enumField<Severity>(po, "severity", pp, &domain::severityFromId, severitiesAllowed);
                    if (severity) {
                        period.severity = *severity;
                        r.unique(severitiesSeen, domain::severityId(*severity), Reader::at(pp, "severity"),
                                 Reader::tr("severity"));
                    }
                    period.disclosed = r.boolean(po, "disclosed", pp).value_or(true);
                    period.source = r.string(po, "source", pp).value_or(QString());
                    period.mark = r.mark(po, pp).value_or(Mark::Unverified);
                    period.minimum = r.durationField(po, "minimum", pp, false, true, period.source, period.mark);
                    if (const auto max = r.durationField(po, "maximum", pp, true, false, period.source, period.mark))
                        period.maximum = *max;
                    if (period.minimum) {
                        const auto order = RuleDuration::compare(*period.minimum, period.maximum);
                        if (order && *order > 0)
                            r.problem(Reader::at(pp, "minimum"),
                                      Reader::tr("the minimum period is longer than the maximum"));
                    }
                    if (severity)
                        regime.periods << period;
                }
            }
            for (auto severity : {Severity::Minor, Severity::General, Severity::Serious}) {
                if (!severitiesSeen.contains(domain::severityId(severity)))
                    r.problem(Reader::at(p, "periods"),
                              Reader::tr("no period for \"%1\" conduct; every regime must say how it treats minor, "
                                         "general and serious conduct")
                                  .arg(domain::severityId(severity)));
            }

            if (const auto overrides = r.array(o, "overrides", p, false, false)) {
                for (const auto& [oo, op] : r.objects(*overrides, Reader::at(p, "overrides"))) {
                    r.allowKeys(oo, op, {"sectors", "severities", "minimum", "maximum", "source", "mark"});
                    SectorOverride ov;
                    ov.sectors = r.strings(oo, "sectors", op);
                    if (oo.contains(QLatin1String("severities")))
                        ov.severities =
                            r.enumList<Severity>(oo, "severities", op, &domain::severityFromId, severitiesAllowed);
                    ov.source = r.string(oo, "source", op).value_or(QString());
                    ov.mark = r.mark(oo, op).value_or(Mark::Unverified);
                    ov.minimum = r.durationField(oo, "minimum", op, false, true, ov.source, ov.mark);
                    ov.maximum = r.durationField(oo, "maximum", op, false, false, ov.source, ov.mark);
                    if (!ov.minimum && !ov.maximum)
                        r.problem(op, Reader::tr("an override must change the minimum, the maximum or both"));
                    regime.overrides << ov;
                }
            }

            if (const auto rest = r.object(o, "restoration", p)) {
                const QString rp = Reader::at(p, "restoration");
                r.allowKeys(*rest, rp, {"minimumPeriodServed", "correction", "commitment", "source", "mark"});
                regime.restoration.minimumPeriodServed = r.boolean(*rest, "minimumPeriodServed", rp).value_or(true);
                regime.restoration.correction = r.boolean(*rest, "correction", rp).value_or(true);
                regime.restoration.commitment = r.boolean(*rest, "commitment", rp).value_or(true);
                regime.restoration.source = r.string(*rest, "source", rp).value_or(QString());
                regime.restoration.mark = r.mark(*rest, rp).value_or(Mark::Unverified);
            }
            if (from) {
                edition.regimes << regime;
                paths << p;
            }
        }
    }
    // Two regimes for the same sectors (or two general ones) in force on the same day would make the answer
    // depend on file order: refuse.
    for (qsizetype i = 0; i < edition.regimes.size(); ++i) {
        for (qsizetype j = 0; j < i; ++j) {
            const auto& a = edition.regimes.at(i);
            const auto& b = edition.regimes.at(j);
            bool sameScope = a.general() && b.general();
            for (const auto& sector : a.sectors)
                sameScope = sameScope || b.sectors.contains(sector);
            if (sameScope && overlap(a, b))
                r.problem(Reader::at(paths.at(i), "effectiveFrom"),
                          Reader::tr("overlaps regime \"%1\" for the same sectors; regimes must follow one another")
                              .arg(b.id));
        }
    }
    doc.content = edition;
}

void parseProcedureLimits(Reader& r, const QJsonObject& root, RuleDocument& doc) {
    ProcedureLimitEdition edition;
    QSet<QString> ids;
    if (const auto list = r.array(root, "limits", QStringLiteral("$"))) {
        for (const auto& [o, p] : r.objects(*list, QStringLiteral("$.limits"))) {
            ProcedureLimit limit;
            limit.id = r.string(o, "id", p).value_or(QString());
            r.unique(ids, limit.id, Reader::at(p, "id"), Reader::tr("limit"));
            const Text title = r.text(o, "title", p);
            limit.title = title.zh;
            limit.titleEn = title.en;
            if (const auto d = r.duration(o, p, false, {}, std::nullopt, {"id", "title"}))
                limit.duration = *d;
            edition.limits << limit;
        }
    }
    doc.content = edition;
}

void parseLegalBases(Reader& r, const QJsonObject& root, RuleDocument& doc) {
    LegalBasesEdition edition;
    QSet<QString> provisionIds;
    if (const auto list = r.array(root, "provisions", QStringLiteral("$"))) {
        for (const auto& [o, p] : r.objects(*list, QStringLiteral("$.provisions"))) {
            r.allowKeys(o, p, {"id", "cite", "summary", "mark"});
            Provision provision;
            provision.id = r.string(o, "id", p).value_or(QString());
            r.unique(provisionIds, provision.id, Reader::at(p, "id"), Reader::tr("provision"));
            const Text cite = r.text(o, "cite", p);
            provision.citation = Citation{cite.en, cite.zh, r.mark(o, p).value_or(Mark::Unverified)};
            provision.summary = r.string(o, "summary", p).value_or(QString());
            edition.provisions << provision;
        }
    }
    auto checkProvision = [&](const QString& id, const QString& path) {
        if (!id.isEmpty() && !provisionIds.contains(id))
            r.problem(path, Reader::tr("names provision \"%1\", which this file does not define").arg(id));
    };

    QSet<QString> kinds;
    bool anyBasis = false;
    if (const auto list = r.array(root, "basisKinds", QStringLiteral("$"))) {
        for (const auto& [o, p] : r.objects(*list, QStringLiteral("$.basisKinds"))) {
            r.allowKeys(o, p, {"kind", "isBasis", "requiresStatutoryProvision", "provision", "source", "mark"});
            BasisKindRule rule;
            const auto kind = r.enumField<domain::BasisDocumentKind>(
                o, "kind", p, &domain::basisDocumentKindFromId,
                QStringLiteral("judicial-ruling, arbitral-award, administrative-penalty-decision, "
                               "administrative-ruling-decision, other-statutory-basis, inspection-record, complaint, "
                               "media-report"));
            if (kind) {
                rule.kind = *kind;
                r.unique(kinds, domain::basisDocumentKindId(*kind), Reader::at(p, "kind"), Reader::tr("basis kind"));
            }
            rule.isBasis = r.boolean(o, "isBasis", p).value_or(false);
            anyBasis = anyBasis || rule.isBasis;
            rule.requiresStatutoryProvision = r.boolean(o, "requiresStatutoryProvision", p).value_or(false);
            rule.provisionId = r.string(o, "provision", p).value_or(QString());
            checkProvision(rule.provisionId, Reader::at(p, "provision"));
            rule.source = r.string(o, "source", p).value_or(QString());
            rule.mark = r.mark(o, p).value_or(Mark::Unverified);
            if (kind)
                edition.basisKinds << rule;
        }
    }
    if (!anyBasis && r.has(root, "basisKinds"))
        r.problem(QStringLiteral("$.basisKinds"), Reader::tr("no kind of document is marked as a basis"));

    QSet<QString> scopes;
    if (const auto list = r.array(root, "scopeCategories", QStringLiteral("$"))) {
        for (const auto& [o, p] : r.objects(*list, QStringLiteral("$.scopeCategories"))) {
            r.allowKeys(o, p, {"id", "name", "provision", "mark"});
            ScopeCategoryRule rule;
            const auto category = r.enumField<domain::ScopeCategory>(
                o, "id", p, &domain::scopeCategoryFromId,
                QStringLiteral("public-health-safety, fair-competition, refusing-legal-obligations, national-defence"));
            if (category) {
                rule.category = *category;
                r.unique(scopes, domain::scopeCategoryId(*category), Reader::at(p, "id"), Reader::tr("category"));
            }
            const Text name = r.text(o, "name", p);
            rule.name = name.zh;
            rule.nameEn = name.en;
            rule.provisionId = r.string(o, "provision", p).value_or(QString());
            checkProvision(rule.provisionId, Reader::at(p, "provision"));
            rule.mark = r.mark(o, p).value_or(Mark::Unverified);
            if (category)
                edition.scopeCategories << rule;
        }
    }

    QSet<QString> forms;
    if (const auto list = r.array(root, "standardForms", QStringLiteral("$"))) {
        for (const auto& [o, p] : r.objects(*list, QStringLiteral("$.standardForms"))) {
            r.allowKeys(o, p, {"id", "name", "provision", "mark"});
            StandardFormRule rule;
            rule.id = r.string(o, "id", p).value_or(QString());
            r.unique(forms, rule.id, Reader::at(p, "id"), Reader::tr("standard form"));
            const Text name = r.text(o, "name", p);
            rule.name = name.zh;
            rule.nameEn = name.en;
            rule.provisionId = r.string(o, "provision", p).value_or(QString());
            checkProvision(rule.provisionId, Reader::at(p, "provision"));
            rule.mark = r.mark(o, p).value_or(Mark::Unverified);
            edition.standardForms << rule;
        }
    }

    QSet<QString> purposes;
    if (const auto list = r.array(root, "inquiryPurposes", QStringLiteral("$"), false)) {
        for (const auto& [o, p] : r.objects(*list, QStringLiteral("$.inquiryPurposes"))) {
            r.allowKeys(o, p, {"id", "name", "sharing", "provision", "source", "mark"});
            InquiryPurposeRule rule;
            rule.id = r.string(o, "id", p).value_or(QString());
            r.unique(purposes, rule.id, Reader::at(p, "id"), Reader::tr("inquiry purpose"));
            const Text name = r.text(o, "name", p);
            rule.name = name.zh;
            rule.nameEn = name.en;
            rule.sharing = r.strings(o, "sharing", p);
            for (const auto& scope : rule.sharing) {
                if (!sharingScopeFromId(scope))
                    r.problem(Reader::at(p, "sharing"),
                              Reader::tr("\"%1\" is not a sharing scope (unconditional, conditional, not-shared)")
                                  .arg(scope));
            }
            rule.provisionId = r.string(o, "provision", p).value_or(QString());
            checkProvision(rule.provisionId, Reader::at(p, "provision"));
            rule.source = r.string(o, "source", p).value_or(QString());
            rule.mark = r.mark(o, p).value_or(Mark::Unverified);
            edition.inquiryPurposes << rule;
        }
    }

    QString source;
    Mark mark = Mark::Unverified;
    if (const auto v = r.ruleValue(root, "minimumDesignatingLevel", QStringLiteral("$"), &source, &mark)) {
        const auto level = r.enumValue<domain::AuthorityLevel>(
            *v, QStringLiteral("$.minimumDesignatingLevel.value"), &domain::authorityLevelFromId,
            QStringLiteral("township, county, municipal, provincial, national"));
        edition.minimumDesignatingLevel = {level.value_or(domain::AuthorityLevel::National), source, mark};
    }
    doc.content = edition;
}

} // namespace

Error RuleImporter::toError(const QList<RuleProblem>& problems) {
    QStringList lines;
    lines.reserve(problems.size());
    for (const auto& problem : problems)
        lines << problem.toString();
    return Error::usage(tr("The rule file was refused; nothing was imported. Correct these problems:\n%1")
                            .arg(lines.join(QLatin1Char('\n'))));
}

Result<RuleDocument> RuleImporter::parse(const QByteArray& bytes, const QString& fileName,
                                         QList<RuleProblem>* problemsOut) {
    QList<RuleProblem> problems;
    auto fail = [&]() -> Result<RuleDocument> {
        if (problemsOut)
            *problemsOut = problems;
        return toError(problems);
    };
    Reader r(fileName, problems);

    QJsonParseError parseError;
    const QJsonDocument json = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const QByteArray head = bytes.left(parseError.offset);
        const int line = int(head.count('\n')) + 1;
        const int column = int(parseError.offset - (head.lastIndexOf('\n') + 1)) + 1;
        r.problem(QStringLiteral("$"),
                  tr("not valid JSON (%1) at line %2, column %3").arg(parseError.errorString()).arg(line).arg(column));
        return fail();
    }
    if (!json.isObject()) {
        r.problem(QStringLiteral("$"), tr("a rule file must hold one JSON object"));
        return fail();
    }
    const QJsonObject root = json.object();
    const QString path = QStringLiteral("$");

    RuleDocument doc;
    doc.fileName = fileName;
    doc.bytes = bytes;
    doc.sha256 = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();

    const auto kind = r.enumField<DocumentKind>(
        root, "kind", path, &documentKindFromId,
        QStringLiteral("catalog, measures, list-types, disclosure-regimes, procedure-limits, legal-bases"));
    doc.edition = r.string(root, "edition", path).value_or(QString());
    doc.version = r.integer(root, "version", path, 1).value_or(0);
    const Text title = r.text(root, "title", path);
    doc.title = title.zh;
    doc.titleEn = title.en;
    if (const auto source = r.object(root, "source", path)) {
        const QString sp = QStringLiteral("$.source");
        r.allowKeys(*source, sp, {"document", "issuer", "date", "url", "note", "mark"});
        doc.source.document = r.string(*source, "document", sp).value_or(QString());
        doc.source.issuer = r.string(*source, "issuer", sp).value_or(QString());
        doc.source.date = r.date(*source, "date", sp, false).value_or(QDate());
        doc.source.url = r.string(*source, "url", sp, false).value_or(QString());
        doc.source.note = r.string(*source, "note", sp, false).value_or(QString());
        doc.source.mark = r.mark(*source, sp).value_or(Mark::Unverified);
    }
    if (const auto from = datedValue(r, root, "effectiveFrom", path, true))
        doc.effectiveFrom = *from;
    doc.effectiveUntil = datedValue(r, root, "effectiveUntil", path, false);
    if (doc.effectiveUntil && doc.effectiveFrom.value.isValid() && doc.effectiveUntil->value < doc.effectiveFrom.value)
        r.problem(QStringLiteral("$.effectiveUntil.date"), tr("ends before the document takes effect"));

    QList<const char*> header{"kind", "edition", "version", "title", "source", "effectiveFrom", "effectiveUntil"};
    if (kind) {
        doc.kind = *kind;
        switch (*kind) {
        case DocumentKind::Catalog:
            r.checkKeys(root, path, header + QList<const char*>{"categories", "items"});
            parseCatalog(r, root, doc);
            break;
        case DocumentKind::Measures:
            r.checkKeys(root, path, header + QList<const char*>{"categories", "measures"});
            parseMeasures(r, root, doc);
            break;
        case DocumentKind::ListTypes:
            r.checkKeys(root, path, header + QList<const char*>{"listTypes"});
            parseListTypes(r, root, doc);
            break;
        case DocumentKind::DisclosureRegimes:
            r.checkKeys(root, path, header + QList<const char*>{"regimes"});
            parseRegimes(r, root, doc);
            break;
        case DocumentKind::ProcedureLimits:
            r.checkKeys(root, path, header + QList<const char*>{"limits"});
            parseProcedureLimits(r, root, doc);
            break;
        case DocumentKind::LegalBases:
            r.checkKeys(root, path,
                        header + QList<const char*>{"provisions", "basisKinds", "scopeCategories", "standardForms",
                                                    "inquiryPurposes", "minimumDesignatingLevel"});
            parseLegalBases(r, root, doc);
            break;
        }
    }
    if (!problems.isEmpty())
        return fail();
    if (problemsOut)
        problemsOut->clear();
    return doc;
}

Result<RuleSet> RuleImporter::importInto(const RuleSet& rules, const QByteArray& bytes, const QString& fileName,
                                         QList<RuleProblem>* problems) {
    auto doc = parse(bytes, fileName, problems);
    if (!doc)
        return doc.error();
    return rules.withDocument(*doc, problems);
}

} // namespace creditcase::rules
