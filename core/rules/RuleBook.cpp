#include "RuleBook.h"

#include "domain/ResidentIdNumber.h"

#include <algorithm>

namespace creditcase::rules {

using domain::Severity;
using domain::SubjectType;

namespace {

QString iso(QDate date) {
    return date.isValid() ? date.toString(Qt::ISODate) : QStringLiteral("?");
}

Citation documentCitation(const RuleDocument& doc) {
    const QString en =
        doc.source.document.isEmpty() ? doc.titleEn : QStringLiteral("%1 (%2)").arg(doc.titleEn, doc.source.document);
    const QString zh =
        doc.source.document.isEmpty() ? doc.title : QStringLiteral("%1（%2）").arg(doc.title, doc.source.document);
    return Citation{en, zh, doc.source.mark};
}

Citation standardCitation(const ListStandard& standard) {
    return Citation{QStringLiteral("%1 (%2), %3").arg(standard.titleEn, standard.document, standard.source),
                    QStringLiteral("《%1》（%2）").arg(standard.title, standard.document), standard.mark};
}

void appendUnique(QList<Citation>& list, const Citation& citation) {
    if (!citation.text.isEmpty() && !list.contains(citation))
        list << citation;
}

QList<Citation> merged(QList<Citation> a, const QList<Citation>& b) {
    for (const auto& c : b)
        appendUnique(a, c);
    return a;
}

} // namespace

bool DisclosureWindow::restsOnUnverified() const {
    return std::any_of(citations.begin(), citations.end(), [](const Citation& c) { return c.mark != Mark::Verified; });
}

RuleBook::RuleBook(RuleSet rules)
    : m_rules(std::move(rules)) {}

Citation RuleBook::provision(const QString& provisionId, QDate on) const {
    if (const auto* bases = m_rules.legalBasesOn(on)) {
        if (const auto* p = bases->provision(provisionId))
            return p->citation;
    }
    // Fall back on the latest legal-bases document of any date before giving up.
    for (const auto* doc : m_rules.documents()) {
        if (const auto* bases = doc->legalBases()) {
            if (const auto* p = bases->provision(provisionId))
                return p->citation;
        }
    }
    return Citation{provisionId, {}, Mark::Unverified};
}

QList<Citation> RuleBook::provisions(QDate on, std::initializer_list<const char*> ids) const {
    QList<Citation> out;
    for (const char* id : ids)
        appendUnique(out, provision(QLatin1String(id), on));
    return out;
}

Verdict RuleBook::refuseWithProvision(const QString& reason, QDate on, std::initializer_list<const char*> ids,
                                      QList<Citation> more) const {
    return Verdict::refuse(reason, merged(provisions(on, ids), more));
}

const ListType* RuleBook::findListType(const QString& id, QDate on) const {
    const auto* edition = m_rules.listTypesOn(on);
    return edition ? edition->listType(id) : nullptr;
}

// ---- recording -------------------------------------------------------------------------------------------------

Verdict RuleBook::mayRecord(const QString& catalogItemId, SubjectType subjectType, QDate on) const {
    const auto* doc = m_rules.inForce(DocumentKind::Catalog, on);
    if (!doc)
        return refuseWithProvision(tr("No catalogue of public credit information is in force on %1, so nothing may "
                                      "be recorded as public credit information. Import the catalogue edition that "
                                      "covers this date.")
                                       .arg(iso(on)),
                                   on, {"opinions-II-1"});
    const Citation catalogCitation = documentCitation(*doc);
    const CatalogItem* item = doc->catalog()->item(catalogItemId);
    if (!item)
        return refuseWithProvision(
            tr("\"%1\" is not an item of the catalogue in force on %2 (%3, edition %4). "
               "Information outside the catalogue may not be recorded as public credit "
               "information.")
                .arg(catalogItemId, iso(on), localizedText(doc->titleEn, doc->title), doc->edition),
            on, {"opinions-II-1", "opinions-IX-accountability"}, {catalogCitation});
    const QString itemName = localizedText(item->nameEn, item->name);
    if (!item->covers(subjectType)) {
        QStringList covered;
        for (auto type : item->subjectTypes)
            covered << domain::subjectTypeName(type);
        return refuseWithProvision(
            tr("Catalogue item \"%1\" covers only: %2. It may not be recorded for a %3.")
                .arg(itemName, covered.join(QStringLiteral("; ")), domain::subjectTypeName(subjectType)),
            on, {"opinions-II-1"}, {catalogCitation, item->citation()});
    }
    const auto* category = doc->catalog()->category(item->categoryId);
    return Verdict::allow(tr("Catalogue item \"%1\" (%2) may be recorded for a %3 on %4 (catalogue edition %5).")
                              .arg(itemName,
                                   category ? localizedText(category->nameEn, category->name) : item->categoryId,
                                   domain::subjectTypeName(subjectType), iso(on), doc->edition),
                          merged(provisions(on, {"opinions-II-1"}), {catalogCitation, item->citation()}));
}

Verdict RuleBook::isLegallyEffectiveBasis(const BasisFacts& basis, QDate asOf) const {
    const QString kindName = domain::basisDocumentKindName(basis.kind);
    const auto* bases = m_rules.legalBasesOn(asOf);
    const BasisKindRule* rule = bases ? bases->basisKind(basis.kind) : nullptr;
    QList<Citation> cites = provisions(asOf, {"opinions-II-2"});
    if (rule) {
        appendUnique(cites, provision(rule->provisionId, asOf));
        appendUnique(cites, Citation{rule->source, {}, rule->mark});
    }
    if (!rule || !rule->isBasis)
        return Verdict::refuse(tr("No legally effective basis document: a %1 cannot ground a finding of "
                                  "untrustworthy conduct. The basis must be an effective judicial ruling or arbitral "
                                  "award, an administrative penalty or ruling decision, or a document that a law, "
                                  "regulation or State Council decision makes a basis.")
                                   .arg(kindName),
                               cites);
    if (rule->requiresStatutoryProvision && basis.statutoryProvision.trimmed().isEmpty())
        return Verdict::refuse(tr("Name the provision of the law, regulation or State Council decision that makes "
                                  "this %1 a basis for a finding of untrustworthy conduct.")
                                   .arg(kindName),
                               cites);
    if (!basis.legallyEffective)
        return Verdict::refuse(tr("The %1 has not taken legal effect (it may still be open to appeal or "
                                  "reconsideration); a finding may rest only on a legally effective document.")
                                   .arg(kindName),
                               cites);
    if (!basis.effectiveOn.isValid() || basis.effectiveOn > asOf)
        return Verdict::refuse(tr("The %1 takes legal effect only on %2; on %3 it cannot yet be a basis.")
                                   .arg(kindName, iso(basis.effectiveOn), iso(asOf)),
                               cites);
    return Verdict::allow(
        tr("The %1 is a legally effective basis document (effective since %2).").arg(kindName, iso(basis.effectiveOn)),
        cites);
}

// ---- designation -----------------------------------------------------------------------------------------------

Verdict RuleBook::mayDesignate(const QString& listTypeId, const StandardFacts& standard,
                               const DesignationFacts& designation, QDate on, const DateAdder& add) const {
    const ListType* lt = findListType(listTypeId, on);
    if (!lt)
        return refuseWithProvision(tr("There is no list type \"%1\" in the rules in force on %2. A list of the "
                                      "seriously untrustworthy may not be created or widened without a basis in law, "
                                      "regulation or a State Council decision.")
                                       .arg(listTypeId, iso(on)),
                                   on, {"opinions-IV-6"});
    const QString listName = localizedText(lt->nameEn, lt->name);
    const Citation standardCite = standardCitation(lt->standard);

    // Facts the evidence gives, before anything the officer states (Guiding Opinions II(1), IV(6)).
    if (!designation.catalogItem.isEmpty()) {
        const auto* catalog = m_rules.catalogOn(on);
        const CatalogItem* item = catalog ? catalog->item(designation.catalogItem) : nullptr;
        if (item && !item->adverse)
            return refuseWithProvision(
                tr("The record is catalogue item \"%1\", which is not adverse information: honours, credit "
                   "commitments and voluntarily supplied information can never lead to a designation for \"%2\".")
                    .arg(localizedText(item->nameEn, item->name), listName),
                on, {"opinions-II-2", "opinions-IV-6"}, {item->citation()});
    }
    if (designation.subjectType && !lt->subjectTypes.value.isEmpty() &&
        !lt->subjectTypes.value.contains(*designation.subjectType)) {
        QStringList covered;
        for (auto type : lt->subjectTypes.value)
            covered << domain::subjectTypeName(type);
        return refuseWithProvision(
            tr("\"%1\" lists only: %2. A %3 cannot be placed on it.")
                .arg(listName, covered.join(QStringLiteral("; ")), domain::subjectTypeName(*designation.subjectType)),
            on, {"opinions-IV-6"}, {lt->subjectTypes.citation(), standardCite});
    }
    if (designation.severity && !lt->severities.value.isEmpty() &&
        !lt->severities.value.contains(*designation.severity)) {
        QStringList allowed;
        for (auto severity : lt->severities.value)
            allowed << domain::severityName(severity);
        return refuseWithProvision(
            tr("The record is of %1 conduct; \"%2\" may follow only %3 conduct.")
                .arg(domain::severityName(*designation.severity), listName, allowed.join(tr(" or "))),
            on, {"opinions-IV-6", "opinions-V-10"}, {lt->severities.citation()});
    }
    QStringList ageWarnings;
    if (designation.birthDate.isValid()) {
        for (const auto& bar : lt->designationBars) {
            if (bar.ageBelow <= 0 || !(bar.grounds.isEmpty() || bar.grounds.contains(designation.ground)))
                continue;
            const QStringList days = bar.ageOn.isEmpty() ? QStringList{QStringLiteral("designation")} : bar.ageOn;
            for (const auto& day : days) {
                // The conduct's day as the record states it; without it, the basis document's date, the latest
                // day the conduct can have happened (an age under the bar there was under it at the conduct too).
                const bool onConduct = day == QLatin1String("conduct");
                const bool conductStated = designation.conductOn.isValid();
                const QDate ageDay = !onConduct ? on : conductStated ? designation.conductOn : designation.decidedOn;
                if (!ageDay.isValid())
                    continue;
                const int age = domain::ResidentIdNumber::ageOn(designation.birthDate, ageDay);
                if (age < bar.ageBelow)
                    return Verdict::refuse(
                        (onConduct && conductStated ? tr("By the birth date in the resident ID, the subject was %1 "
                                                         "years old on the day of the "
                                                         "conduct (%2), under %3: %4")
                         : onConduct
                             ? tr("By the birth date in the resident ID, the subject was %1 years old on the date of "
                                  "the basis document (%2), under %3, and so at the conduct too: %4")
                             : tr("By the birth date in the resident ID, the subject is %1 years old on %2, under %3: "
                                  "%4"))
                            .arg(age)
                            .arg(iso(ageDay))
                            .arg(bar.ageBelow)
                            .arg(bar.text.localized()),
                        {bar.text.citation(), standardCite});
                if (onConduct && !conductStated)
                    ageWarnings << tr("The record does not state the day of the conduct; the age bar (%1) was checked "
                                      "on the basis document's date (%2) only. Record the conduct date if the subject "
                                      "may have been younger then. [U]")
                                       .arg(bar.ageBelow)
                                       .arg(iso(ageDay));
            }
        }
    }

    if (!lt->standard.inForceOn(on))
        return refuseWithProvision(
            lt->standard.effectiveUntil.isValid() && on > lt->standard.effectiveUntil
                ? tr("The standard for \"%1\" (%2) ceased to be in force after %3; it cannot support a designation "
                     "on %4.")
                      .arg(listName, lt->standard.document, iso(lt->standard.effectiveUntil), iso(on))
                : tr("The standard for \"%1\" (%2) takes effect only on %3; it cannot support a designation on %4.")
                      .arg(listName, lt->standard.document, iso(lt->standard.effectiveFrom), iso(on)),
            on, {"opinions-IV-7"}, {standardCite});

    if (standard.status != domain::StandardStatus::InForce)
        return refuseWithProvision(tr("The designation standard is %1; only a standard in force supports a "
                                      "designation.")
                                       .arg(domain::standardStatusName(standard.status)),
                                   on, {"opinions-IV-7"}, {standardCite});
    if (!standard.inForceFrom.isValid() || standard.inForceFrom > on)
        return refuseWithProvision(tr("The designation standard is in force only from %1; it cannot support a "
                                      "designation on %2.")
                                       .arg(iso(standard.inForceFrom), iso(on)),
                                   on, {"opinions-IV-7"}, {standardCite});
    if (standard.endedOn.isValid() && standard.endedOn <= on)
        return refuseWithProvision(tr("The designation standard ceased to be in force on %1; it cannot support a "
                                      "designation on %2.")
                                       .arg(iso(standard.endedOn), iso(on)),
                                   on, {"opinions-IV-7"}, {standardCite});

    QStringList warnings = ageWarnings;
    QList<Citation> warningCites;
    const QString form = standard.legalForm.isEmpty() ? lt->standard.legalForm : standard.legalForm;
    const auto* bases = m_rules.legalBasesOn(on);
    if (!bases)
        return Verdict::refuse(tr("No legal bases (the Guiding Opinions' rules on list scope and standards) are in "
                                  "force on %1 in the loaded rules, so a designation on that date cannot be judged. "
                                  "Import the legal-bases edition that covers this date.")
                                   .arg(iso(on)),
                               {standardCite});
    const StandardFormRule* formRule = bases ? bases->standardForm(form) : nullptr;
    if (!formRule)
        return refuseWithProvision(tr("A designation standard in the form \"%1\" is not allowed: standards are set "
                                      "by law or regulation, or where that is not yet possible by a departmental rule "
                                      "of the competent department.")
                                       .arg(form),
                                   on, {"opinions-IV-7"}, {standardCite});

    if (lt->commentPeriodRequired.value) {
        const auto* limits = m_rules.procedureLimitsOn(on);
        const ProcedureLimit* minimum = limits ? limits->limit(QStringLiteral("standard-comment-minimum")) : nullptr;
        if (!minimum)
            return refuseWithProvision(tr("The rules in force on %1 do not state the minimum public comment period "
                                          "for designation standards (\"standard-comment-minimum\" in "
                                          "procedure-limits); import the procedure limits.")
                                           .arg(iso(on)),
                                       on, {"opinions-IV-7"});
        const QList<Citation> commentCites =
            merged(provisions(on, {"opinions-IV-7"}), {minimum->citation(), standardCite});
        const bool commentRecorded = standard.commentOpenedOn.isValid() && standard.commentClosedOn.isValid();
        if (!commentRecorded && standard.national) {
            // A national standard in force is the law of the land: the county applies it as published. That it was
            // open for comment as IV(7) asks is not something the rule data can show, so the officer is told.
            warnings << tr("The rule data does not know the public comment period of %1 (%2); it is applied as the "
                           "national standard in force, but that it was open for comment for at least %3 is not "
                           "verified [U].")
                            .arg(lt->standard.document, localizedText(lt->standard.titleEn, lt->standard.title),
                                 minimum->duration.describe());
            warningCites << Citation{
                tr("%1: public comment period not known to the rule data").arg(lt->standard.document),
                {},
                Mark::Unverified};
        } else if (!commentRecorded) {
            return Verdict::refuse(tr("The standard's public comment period is not recorded. A designation standard "
                                      "must be open for public comment for at least %1 before adoption.")
                                       .arg(minimum->duration.describe()),
                                   commentCites);
        }
    }
    if (lt->commentPeriodRequired.value && standard.commentOpenedOn.isValid() && standard.commentClosedOn.isValid()) {
        const auto* limits = m_rules.procedureLimitsOn(on);
        const ProcedureLimit* minimum = limits->limit(QStringLiteral("standard-comment-minimum"));
        const QList<Citation> commentCites =
            merged(provisions(on, {"opinions-IV-7"}), {minimum->citation(), standardCite});
        const QDate earliestClose = add ? add(standard.commentOpenedOn, minimum->duration) : QDate();
        if (!earliestClose.isValid())
            return Verdict::refuse(tr("The minimum comment period (%1) cannot be counted without the work calendar.")
                                       .arg(minimum->duration.describe()),
                                   commentCites);
        if (standard.commentClosedOn < earliestClose)
            return Verdict::refuse(tr("The standard was open for public comment from %1 to %2, shorter than the "
                                      "required %3: it would have had to stay open until at least %4.")
                                       .arg(iso(standard.commentOpenedOn), iso(standard.commentClosedOn),
                                            minimum->duration.describe(), iso(earliestClose)),
                                   commentCites);
        if (!standard.adoptedOn.isValid() || standard.adoptedOn < standard.commentClosedOn)
            return Verdict::refuse(tr("The standard was adopted on %1, before its public comment period closed on "
                                      "%2.")
                                       .arg(iso(standard.adoptedOn), iso(standard.commentClosedOn)),
                                   commentCites);
    }

    QStringList missing;
    if (!standard.statesRemovalConditions)
        missing << tr("the conditions for removal");
    if (!standard.statesRemovalProcedure)
        missing << tr("the removal procedure");
    if (!standard.statesRelief)
        missing << tr("the relief available");
    if (!missing.isEmpty())
        return refuseWithProvision(tr("The designation standard does not state %1. A standard must state the "
                                      "conditions and procedure for removal and the relief measures.")
                                       .arg(missing.join(QStringLiteral(", "))),
                                   on, {"opinions-IV-7"}, {standardCite});

    const Citation scopeCite = lt->scopeCategories.citation();
    if (!lt->scopeCategories.value.contains(designation.conductScope) ||
        (bases && !bases->scopeCategory(designation.conductScope))) {
        QStringList covered;
        for (auto category : lt->scopeCategories.value)
            covered << domain::scopeCategoryName(category);
        return refuseWithProvision(
            tr("The conduct (%1) is outside the scope of \"%2\", which covers only conduct "
               "that %3. No list may be widened without a legal basis.")
                .arg(domain::scopeCategoryName(designation.conductScope), listName, covered.join(tr(" or "))),
            on, {"opinions-IV-6"}, {scopeCite});
    }

    auto minimumLevel = lt->designatingLevel.value;
    QList<Citation> levelCites = {lt->designatingLevel.citation()};
    if (bases && bases->minimumDesignatingLevel.value > minimumLevel) {
        minimumLevel = bases->minimumDesignatingLevel.value;
        levelCites << bases->minimumDesignatingLevel.citation();
    }
    if (designation.designatingLevel < minimumLevel)
        return refuseWithProvision(tr("A department at %1 may not designate for \"%2\": designation is made at %3 "
                                      "or above.")
                                       .arg(domain::authorityLevelName(designation.designatingLevel), listName,
                                            domain::authorityLevelName(minimumLevel)),
                                   on, {"opinions-IV-8"}, levelCites);

    if (!lt->term(designation.ground))
        return Verdict::refuse(tr("State the ground of \"%1\" the conduct falls under (one of: %2); \"%3\" is not "
                                  "one of them.")
                                   .arg(listName, lt->grounds().join(QStringLiteral(", ")), designation.ground),
                               {standardCite});

    for (const auto& bar : lt->designationBars) {
        const bool applies = designation.circumstances.contains(bar.id) &&
                             (bar.grounds.isEmpty() || bar.grounds.contains(designation.ground));
        if (applies)
            return Verdict::refuse(
                tr("The subject may not be placed on \"%1\": %2").arg(listName, bar.text.localized()),
                {bar.text.citation(), standardCite});
    }

    Verdict allowed = Verdict::allow(
        tr("The conduct may be designated for \"%1\" on %2 under %3.").arg(listName, iso(on), lt->standard.document),
        merged(provisions(on, {"opinions-IV-6", "opinions-IV-7", "opinions-IV-8"}),
               merged({standardCite, scopeCite}, warningCites)));
    allowed.warnings = warnings;
    return allowed;
}

Result<StandardFacts> RuleBook::standardFactsFor(const QString& listTypeId, QDate on) const {
    const ListType* lt = findListType(listTypeId, on);
    if (!lt)
        return Error::notFound(
            tr("There is no list type \"%1\" in the rules in force on %2.").arg(listTypeId, iso(on)));
    StandardFacts facts;
    const auto& standard = lt->standard;
    if (standard.inForceOn(on))
        facts.status = domain::StandardStatus::InForce;
    else if (on < standard.effectiveFrom)
        facts.status = domain::StandardStatus::Adopted;
    else
        facts.status = domain::StandardStatus::Abolished;
    facts.legalForm = standard.legalForm;
    facts.adoptedOn = standard.promulgatedOn.isValid() ? standard.promulgatedOn : standard.effectiveFrom;
    facts.inForceFrom = standard.effectiveFrom;
    if (standard.effectiveUntil.isValid())
        facts.endedOn = standard.effectiveUntil.addDays(1);
    if (lt->commentPeriod) {
        facts.commentOpenedOn = lt->commentPeriod->opened;
        facts.commentClosedOn = lt->commentPeriod->closed;
    }
    facts.statesRemovalConditions = !lt->removalConditions.isEmpty();
    facts.statesRemovalProcedure = !lt->removalProcedure.isEmpty();
    facts.statesRelief = !lt->relief.isEmpty();
    facts.national = true;
    return facts;
}

// ---- measures --------------------------------------------------------------------------------------------------

QList<ProposableMeasure> RuleBook::proposableMeasures(const QString& listTypeId, Severity severity, QDate on) const {
    QList<ProposableMeasure> out;
    const ListType* lt = findListType(listTypeId, on);
    const auto* measures = m_rules.measuresOn(on);
    if (!lt || !measures)
        return out;
    for (const auto& id : lt->measures.value) {
        const Measure* measure = measures->measure(id);
        if (!measure || !measure->follows(severity))
            continue;
        const auto* category = measures->category(measure->category);
        out << ProposableMeasure{*measure, category ? category->use : MeasureUse::InformOnly};
    }
    return out;
}

std::optional<MeasureUse> RuleBook::permittedUse(const QString& measureId, QDate on) const {
    const auto* measures = m_rules.measuresOn(on);
    const Measure* measure = measures ? measures->measure(measureId) : nullptr;
    if (!measure)
        return std::nullopt;
    const auto* category = measures->category(measure->category);
    return category ? category->use : MeasureUse::InformOnly;
}

Verdict RuleBook::mayImpose(const QString& measureId, const QString& listTypeId, Severity severity, MeasureUse use,
                            QDate on) const {
    const auto* doc = m_rules.inForce(DocumentKind::Measures, on);
    if (!doc)
        return refuseWithProvision(tr("No national list of punishment measures is in force on %1; no measure may be "
                                      "applied. Import the measures list that covers this date.")
                                       .arg(iso(on)),
                                   on, {"opinions-V-9"});
    const Citation listCite = documentCitation(*doc);
    const Measure* measure = doc->measures()->measure(measureId);
    if (!measure)
        return refuseWithProvision(tr("\"%1\" is not on the national basic list of punishment measures in force on %2 "
                                      "(edition %3). Measures outside the list may not be applied.")
                                       .arg(measureId, iso(on), doc->edition),
                                   on, {"opinions-V-9", "opinions-IX-accountability"}, {listCite});
    const QString measureName = localizedText(measure->contentEn, measure->content);
    QList<Citation> measureCites = {listCite, measure->citation()};
    for (const auto& clause : measure->legalBasis)
        appendUnique(measureCites, clause);

    const ListType* lt = findListType(listTypeId, on);
    if (!lt)
        return refuseWithProvision(
            tr("There is no list type \"%1\" in the rules in force on %2.").arg(listTypeId, iso(on)), on,
            {"opinions-IV-6"});
    const QString listName = localizedText(lt->nameEn, lt->name);
    if (!lt->measures.value.contains(measureId))
        return refuseWithProvision(tr("The standard for \"%1\" does not provide the measure \"%2\"; only the measures "
                                      "it lists may follow a designation.")
                                       .arg(listName, measureName),
                                   on, {"opinions-V-9"}, {standardCitation(lt->standard), lt->measures.citation()});
    if (!measure->follows(severity)) {
        QStringList allowed;
        for (auto s : measure->severities)
            allowed << domain::severityName(s);
        return refuseWithProvision(tr("The measure \"%1\" may follow only %2 conduct, not %3 conduct: measures must "
                                      "be proportionate to the nature and seriousness of the conduct.")
                                       .arg(measureName, allowed.join(tr(" or ")), domain::severityName(severity)),
                                   on, {"opinions-V-10"}, measureCites);
    }
    const auto* category = doc->measures()->category(measure->category);
    const MeasureUse permitted = category ? category->use : MeasureUse::InformOnly;
    if (use == MeasureUse::Order && permitted == MeasureUse::InformOnly) {
        QList<Citation> cites = measureCites;
        if (category)
            appendUnique(cites, Citation{category->source, {}, category->mark});
        return refuseWithProvision(
            tr("The measure \"%1\" is taken by %2 on their own (category %3): it may only be "
               "communicated to them, never ordered.")
                .arg(measureName, measure->implementingBody.localized(), measureCategoryId(measure->category)),
            on, {"opinions-V-9"}, cites);
    }
    return Verdict::allow(
        use == MeasureUse::Order
            ? tr("The measure \"%1\" may be applied to %2 conduct on \"%3\".")
                  .arg(measureName, domain::severityName(severity), listName)
            : tr("The measure \"%1\" may be communicated to %2 for %3 conduct on \"%4\"; they "
                 "decide on their own.")
                  .arg(measureName, measure->implementingBody.localized(), domain::severityName(severity), listName),
        merged(provisions(on, {"opinions-V-9", "opinions-V-10"}), measureCites));
}

// ---- disclosure ------------------------------------------------------------------------------------------------

QStringList RuleBook::knownSectors() const {
    QStringList sectors;
    for (const RuleDocument* document : m_rules.documents()) {
        if (const auto* lists = document->listTypes()) {
            for (const auto& list : lists->listTypes)
                sectors << list.sector;
        }
        if (const auto* regimes = document->regimes()) {
            for (const auto& regime : regimes->regimes) {
                sectors << regime.sectors;
                for (const auto& override : regime.overrides)
                    sectors << override.sectors;
            }
        }
    }
    sectors.removeAll(QString());
    sectors.removeDuplicates();
    sectors.sort();
    return sectors;
}

Result<DisclosureWindow> RuleBook::disclosureWindow(QDate decisionDate, Severity severity,
                                                    const QString& sector) const {
    const auto* doc = m_rules.inForce(DocumentKind::DisclosureRegimes, decisionDate);
    const DisclosureRegime* chosen = nullptr;
    if (doc) {
        for (const auto& regime : doc->regimes()->regimes) {
            if (!regime.inForceOn(decisionDate))
                continue;
            if (!sector.isEmpty() && regime.sectors.contains(sector)) {
                chosen = &regime;
                break;
            }
            if (regime.general() && !chosen)
                chosen = &regime;
        }
    }
    if (!chosen)
        return Error::refused(tr("No disclosure regime covers a decision dated %1; its disclosure period cannot be "
                                 "determined. Import the disclosure regimes that cover this date.")
                                  .arg(iso(decisionDate)));
    const RegimePeriod* period = chosen->period(severity);
    if (!period)
        return Error::refused(tr("The regime \"%1\" states no disclosure period for %2 conduct.")
                                  .arg(localizedText(chosen->titleEn, chosen->title), domain::severityName(severity)));

    DisclosureWindow window;
    window.regimeId = chosen->id;
    window.regimeTitle = chosen->title;
    window.regimeTitleEn = chosen->titleEn;
    window.severity = severity;
    window.sector = sector;
    window.disclosedByDefault = period->disclosed;
    window.minimum = period->minimum;
    window.maximum = period->maximum;
    window.edition = doc->ref();
    window.citations << chosen->citation();
    appendUnique(window.citations, Citation{period->source, {}, period->mark});
    for (const auto& override : chosen->overrides) {
        if (!override.sectors.contains(sector))
            continue;
        if (!override.severities.isEmpty() && !override.severities.contains(severity))
            continue;
        if (override.minimum)
            window.minimum = override.minimum;
        if (override.maximum)
            window.maximum = *override.maximum;
        appendUnique(window.citations, Citation{override.source, {}, override.mark});
    }
    return window;
}

// ---- restoration -----------------------------------------------------------------------------------------------

Result<QDate> RuleBook::earliestRestorationApplication(const RestorationFacts& facts, const DateAdder& add) const {
    if (!facts.listTypeId.isEmpty()) {
        const ListType* lt = findListType(facts.listTypeId, facts.decisionDate);
        if (!lt)
            return Error::refused(tr("There is no list type \"%1\" in the rules in force on %2.")
                                      .arg(facts.listTypeId, iso(facts.decisionDate)));
        const auto& early = lt->earlyRemoval;
        if (!early.allowed)
            return Error::refused(tr("\"%1\" provides no early removal; the listing ends when its term expires.")
                                      .arg(localizedText(lt->nameEn, lt->name)),
                                  {early.source});
        if (!early.minimumWait)
            return facts.decisionDate;
        QDate anchor = facts.decisionDate;
        if (early.minimumWait->countFrom == QLatin1String("correction")) {
            if (!facts.correctedOn.isValid())
                return Error::refused(tr("The waiting period for early removal runs from the correction of the "
                                         "conduct, which has not been recorded."),
                                      {early.minimumWait->citation().display()});
            anchor = std::max(anchor, facts.correctedOn);
        }
        const QDate earliest = add ? add(anchor, *early.minimumWait) : QDate();
        if (!earliest.isValid())
            return Error::failure(tr("The waiting period (%1) cannot be counted without the work calendar.")
                                      .arg(early.minimumWait->describe()));
        return earliest;
    }

    auto window = disclosureWindow(facts.decisionDate, facts.severity, facts.sector);
    if (!window)
        return window.error();
    const auto* regimes = m_rules.document(window->edition);
    const auto* regime = regimes ? regimes->regimes()->regime(window->regimeId) : nullptr;
    if (!window->minimum || (regime && !regime->restoration.minimumPeriodServed))
        return facts.decisionDate;
    const QDate earliest = add ? add(facts.decisionDate, *window->minimum) : QDate();
    if (!earliest.isValid())
        return Error::failure(tr("The minimum disclosure period (%1) cannot be counted without the work calendar.")
                                  .arg(window->minimum->describe()));
    return earliest;
}

Verdict RuleBook::mayApplyForRestoration(const RestorationFacts& facts, QDate appliedOn, const DateAdder& add) const {
    if (!facts.nonRestorableProvision.isEmpty() && !facts.listTypeId.isEmpty()) {
        const ListType* lt = findListType(facts.listTypeId, facts.decisionDate);
        if (const NamedCondition* provision = lt ? lt->nonRestorableProvision(facts.nonRestorableProvision) : nullptr)
            return refuseWithProvision(tr("This information is non-restorable under %1: %2. Restoration cannot be "
                                          "applied for.")
                                           .arg(provision->text.source, provision->text.localized()),
                                       appliedOn, {"opinions-VI-11"}, {provision->text.citation()});
    }
    if (!facts.decisionDate.isValid() || !appliedOn.isValid())
        return Verdict::refuse(tr("The date of the decision that made the finding and the date of the application "
                                  "are both needed to judge a restoration application."));
    if (facts.correctedOn.isValid() && facts.correctedOn > appliedOn)
        return refuseWithProvision(tr("The correction is recorded for %1, after the application date %2.")
                                       .arg(iso(facts.correctedOn), iso(appliedOn)),
                                   appliedOn, {"opinions-VI-11"});

    if (!facts.listTypeId.isEmpty()) {
        const ListType* lt = findListType(facts.listTypeId, facts.decisionDate);
        if (!lt)
            return refuseWithProvision(tr("There is no list type \"%1\" in the rules in force on %2.")
                                           .arg(facts.listTypeId, iso(facts.decisionDate)),
                                       appliedOn, {"opinions-VI-11"});
        const QString listName = localizedText(lt->nameEn, lt->name);
        const auto& early = lt->earlyRemoval;
        const Citation earlyCite{early.source, {}, early.mark};
        if (!early.allowed)
            return refuseWithProvision(
                tr("\"%1\" provides no early removal; the listing ends when its term expires.").arg(listName),
                appliedOn, {"opinions-VI-11"}, {earlyCite});
        for (const auto& exclusion : early.exclusions) {
            if (facts.circumstances.contains(exclusion.id))
                return Verdict::refuse(
                    tr("Early removal from \"%1\" is excluded: %2").arg(listName, exclusion.text.localized()),
                    {exclusion.text.citation()});
        }
        if (early.requiresCorrection && !facts.correctedOn.isValid())
            return Verdict::refuse(tr("Early removal from \"%1\" requires that the conduct be corrected and the "
                                      "obligations performed first; no correction is recorded.")
                                       .arg(listName),
                                   {earlyCite});
        if (early.requiresCommitment && !facts.commitmentSigned)
            return Verdict::refuse(tr("Early removal from \"%1\" requires a written credit commitment from the "
                                      "subject; none has been submitted.")
                                       .arg(listName),
                                   {earlyCite});
        auto earliest = earliestRestorationApplication(facts, add);
        if (!earliest)
            return Verdict::refuse(earliest.error().message, {earlyCite});
        if (appliedOn < *earliest)
            return Verdict::refuse(tr("Too early: early removal from \"%1\" may be applied for from %2 (%3 after %4).")
                                       .arg(listName, iso(*earliest), early.minimumWait->describe(),
                                            early.minimumWait->countFrom == QLatin1String("correction")
                                                ? tr("the correction, while listed")
                                                : tr("the listing decision")),
                                   {early.minimumWait->citation(), earlyCite});
        QList<Citation> cites = merged(provisions(appliedOn, {"opinions-VI-11"}), {earlyCite});
        if (early.minimumWait)
            appendUnique(cites, early.minimumWait->citation());
        return Verdict::allow(tr("Early removal from \"%1\" may be applied for on %2.").arg(listName, iso(appliedOn)),
                              cites);
    }

    auto window = disclosureWindow(facts.decisionDate, facts.severity, facts.sector);
    if (!window)
        return refuseWithProvision(window.error().message, appliedOn, {"opinions-VI-11"});
    const auto* regimes = m_rules.document(window->edition);
    const auto* regime = regimes ? regimes->regimes()->regime(window->regimeId) : nullptr;
    const QString regimeName = localizedText(window->regimeTitleEn, window->regimeTitle);
    QList<Citation> cites = merged(provisions(appliedOn, {"opinions-VI-11"}), window->citations);
    if (regime) {
        appendUnique(cites, Citation{regime->restoration.source, {}, regime->restoration.mark});
        if (regime->restoration.correction && !facts.correctedOn.isValid())
            return Verdict::refuse(tr("Restoration under %1 requires that the conduct be corrected and the "
                                      "obligations (e.g. the fine) performed first; no correction is recorded.")
                                       .arg(regimeName),
                                   cites);
        if (regime->restoration.commitment && !facts.commitmentSigned)
            return Verdict::refuse(tr("Restoration under %1 requires a credit commitment letter (信用承诺书); none has "
                                      "been submitted.")
                                       .arg(regimeName),
                                   cites);
    }
    const QDate disclosureEnds = add ? add(facts.decisionDate, window->maximum) : QDate();
    if (disclosureEnds.isValid() && appliedOn >= disclosureEnds)
        return Verdict::refuse(tr("Disclosure of this information ended by itself on %1 (maximum period %2 under %3); "
                                  "there is nothing left to restore.")
                                   .arg(iso(disclosureEnds), window->maximum.describe(), regimeName),
                               cites);
    auto earliest = earliestRestorationApplication(facts, add);
    if (!earliest)
        return Verdict::refuse(earliest.error().message, cites);
    if (appliedOn < *earliest)
        return Verdict::refuse(
            tr("Too early: the minimum disclosure period of %1 under %2 runs until %3; "
               "restoration may be applied for from that day.")
                .arg(window->minimum ? window->minimum->describe() : QString(), regimeName, iso(*earliest)),
            cites);
    return Verdict::allow(tr("Restoration may be applied for on %1 under %2.").arg(iso(appliedOn), regimeName), cites);
}

Result<RestorationDue> RuleBook::restorationDeadline(const QString& listTypeId, QDate appliedOn, const DateAdder& add,
                                                     QDate performedOn) const {
    RestorationDue due;
    due.trigger = appliedOn;
    if (!listTypeId.isEmpty()) {
        const ListType* lt = findListType(listTypeId, appliedOn);
        if (!lt)
            return Error::refused(
                tr("There is no list type \"%1\" in the rules in force on %2.").arg(listTypeId, iso(appliedOn)));
        // The list's own limit for deciding an early-removal request where it sets one (MOHRSS Order 45 Art. 14),
        // else its restoration limit (e.g. SPC Art. 10: deletion once performance is established).
        due.limit =
            lt->earlyRemoval.decisionLimit.isSet() ? *lt->earlyRemoval.decisionLimit.duration : lt->restorationLimit;
    } else {
        auto limit = procedureLimit(QStringLiteral("restoration-handling"), appliedOn);
        if (!limit)
            return limit.error();
        due.limit = limit->duration;
    }
    due.citations = merged(provisions(appliedOn, {"opinions-VI-12"}), {due.limit.citation()});
    const QString from = due.limit.countFrom;
    if (performedOn.isValid() && performedOn <= appliedOn &&
        (from == QLatin1String("performance-established") || from == QLatin1String("correction")))
        due.trigger = performedOn;
    if (add)
        due.dueOn = add(due.trigger, due.limit);
    return due;
}

// ---- parameters ------------------------------------------------------------------------------------------------

Result<ListType> RuleBook::listType(const QString& listTypeId, QDate on) const {
    const ListType* lt = findListType(listTypeId, on);
    if (!lt)
        return Error::notFound(
            tr("There is no list type \"%1\" in the rules in force on %2.").arg(listTypeId, iso(on)));
    return *lt;
}

Result<ProcedureLimit> RuleBook::procedureLimit(const QString& limitId, QDate on) const {
    const auto* limits = m_rules.procedureLimitsOn(on);
    const ProcedureLimit* limit = limits ? limits->limit(limitId) : nullptr;
    if (!limit)
        return Error::notFound(tr("The rules in force on %1 state no procedure limit \"%2\".").arg(iso(on), limitId));
    return *limit;
}

} // namespace creditcase::rules
