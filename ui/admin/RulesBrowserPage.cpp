#include "RulesBrowserPage.h"

#include "Clock.h"
#include "domain/AuthorityLevel.h"
#include "domain/ScopeCategory.h"
#include "rules/RuleSet.h"
#include "service/RuleService.h"
#include "work/FormSupport.h"
#include "work/LongJob.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace creditcase::ui {

namespace {

using Row = RowsModel::Row;

Row valueRow(const QString& entry, const QString& field, const QString& value, const QString& source,
             rules::Mark mark) {
    Row row;
    row.cells = {entry, field, value, RulesBrowserPage::markText(rules::markId(mark)), FormText::orDash(source)};
    row.toolTip = source.isEmpty() ? value : QStringLiteral("%1\n%2").arg(value, source);
    row.attention = mark == rules::Mark::Unverified;
    return row;
}

QString durationText(const rules::OptionalDuration& d) {
    return d.duration ? d.duration->describe() : FormText::orDash(d.noneReason);
}

QString yesNo(bool value) {
    return value ? RulesBrowserPage::tr("yes") : RulesBrowserPage::tr("no");
}

} // namespace

QString RulesBrowserPage::markText(const QString& markId) {
    if (markId == QLatin1String("V"))
        return tr("[V] read in the official text");
    if (markId == QLatin1String("V2"))
        return tr("[V2] secondary source only");
    if (markId == QLatin1String("U"))
        return tr("[U] unverified");
    return markId;
}

RulesBrowserPage::RulesBrowserPage(service::Session& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session) {
    setObjectName(QStringLiteral("rulesBrowserPage"));
    m_part = new QComboBox(this);
    m_part->setObjectName(QStringLiteral("rulePartCombo"));
    m_part->setAccessibleName(tr("Rule data to show"));
    m_part->addItem(tr("Public credit information catalogue"), static_cast<int>(Part::Catalogue));
    m_part->addItem(tr("Punishment measures"), static_cast<int>(Part::Measures));
    m_part->addItem(tr("List types"), static_cast<int>(Part::ListTypes));
    m_part->addItem(tr("Disclosure regimes"), static_cast<int>(Part::Regimes));
    m_part->addItem(tr("Work calendar (holiday schedules)"), static_cast<int>(Part::Calendar));
    m_on = makeDateEdit("rulesOnEdit", tr("Rules in force on"), Clock::today(), {}, this);
    m_import = new QPushButton(tr("&Import rules or holiday schedule…"), this);
    m_import->setObjectName(QStringLiteral("importRulesButton"));
    // Only administrators import; for everyone else the button is absent rather than greyed.
    auto actor = m_session.actor();
    m_import->setVisible(actor && actor->role == domain::Role::Administrator);

    m_model = new RowsModel({tr("Entry"), tr("Field"), tr("Value"), tr("Mark"), tr("Source")}, this);
    m_table = makeTable(m_model, "rulesTable", tr("Rule data with sources and marks"), this);
    m_edition = new QLabel(this);
    m_edition->setObjectName(QStringLiteral("editionLabel"));
    m_edition->setWordWrap(true);
    m_problem = new ProblemLabel(this);
    m_problem->setObjectName(QStringLiteral("problemLabel"));

    auto* top = new QHBoxLayout;
    top->addWidget(labelFor(tr("&Show:"), m_part, this));
    top->addWidget(m_part);
    top->addWidget(labelFor(tr("In force &on:"), m_on, this));
    top->addWidget(m_on);
    top->addStretch(1);
    top->addWidget(m_import);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_edition);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_problem);
    setTabOrder(m_part, m_on);
    setTabOrder(m_on, m_import);
    setTabOrder(m_import, m_table);

    connect(m_part, &QComboBox::currentIndexChanged, this, &RulesBrowserPage::refresh);
    connect(m_on, &QDateEdit::dateChanged, this, &RulesBrowserPage::refresh);
    connect(m_import, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Import rules or holiday schedule"), QString(),
                                                          tr("Rule data (*.json);;All files (*)"));
        if (!path.isEmpty())
            importFile(path);
    });
    connect(&m_session, &service::Session::changed, this, [this](const QString& kind, qint64) {
        if (kind == QLatin1String("rules") || kind.isEmpty())
            refresh();
    });
    refresh();
}

void RulesBrowserPage::show(Part part, QDate on) {
    m_on->setDate(on);
    m_part->setCurrentIndex(m_part->findData(static_cast<int>(part)));
    refresh();
}

void RulesBrowserPage::refresh() {
    const auto part = static_cast<Part>(m_part->currentData().toInt());
    const QDate on = m_on->date();
    m_on->setEnabled(part != Part::Calendar);
    QString edition;
    QList<Row> rows;
    switch (part) {
    case Part::Catalogue:
        rows = catalogueRows(on, &edition);
        break;
    case Part::Measures:
        rows = measureRows(on, &edition);
        break;
    case Part::ListTypes:
        rows = listTypeRows(on, &edition);
        break;
    case Part::Regimes:
        rows = regimeRows(on, &edition);
        break;
    case Part::Calendar:
        rows = calendarRows(&edition);
        break;
    }
    m_model->setRows(std::move(rows));
    m_edition->setText(edition);
    fitColumns(m_table, 320);
    m_table->setColumnWidth(0, std::min(m_table->columnWidth(0), 220)); // the entry repeats on every row
}

QList<Row> RulesBrowserPage::catalogueRows(QDate on, QString* edition) {
    auto rules = service::RuleService(m_session).ruleSet();
    if (!rules) {
        m_problem->showError(rules.error());
        return {};
    }
    m_problem->clearProblem();
    const rules::RuleDocument* document = rules->inForce(rules::DocumentKind::Catalog, on);
    const rules::CatalogEdition* catalogue = rules->catalogOn(on);
    if (!document || !catalogue) {
        *edition = tr("No catalogue is in force on %1.").arg(FormText::date(on));
        return {};
    }
    *edition = tr("Edition in force on %1: %2").arg(FormText::date(on), document->ref().display());
    QList<Row> rows;
    for (const rules::CatalogItem& item : catalogue->items) {
        const QString entry = QStringLiteral("%1 %2").arg(item.id, rules::localizedText(item.nameEn, item.name));
        rows << valueRow(entry, tr("Item"), rules::localizedText(item.nameEn, item.name), item.source, item.mark);
        rows << valueRow(entry, tr("Legal basis"), item.legalBasis.localized(), item.legalBasis.source,
                         item.legalBasis.mark);
        rows << valueRow(entry, tr("Provided by"), item.provider.localized(), item.provider.source, item.provider.mark);
        rows << valueRow(entry, tr("Disclosure period"),
                         rules::DisclosurePeriodRule::kindId(item.disclosurePeriod.kind) +
                             (item.disclosurePeriod.fixed
                                  ? QStringLiteral(" ") + item.disclosurePeriod.fixed->describe()
                                  : QString()),
                         item.disclosurePeriod.source, item.disclosurePeriod.mark);
    }
    return rows;
}

QList<Row> RulesBrowserPage::measureRows(QDate on, QString* edition) {
    auto rules = service::RuleService(m_session).ruleSet();
    if (!rules) {
        m_problem->showError(rules.error());
        return {};
    }
    m_problem->clearProblem();
    const rules::RuleDocument* document = rules->inForce(rules::DocumentKind::Measures, on);
    const rules::MeasuresEdition* measures = rules->measuresOn(on);
    if (!document || !measures) {
        *edition = tr("No measures list is in force on %1.").arg(FormText::date(on));
        return {};
    }
    *edition = tr("Edition in force on %1: %2").arg(FormText::date(on), document->ref().display());
    QList<Row> rows;
    for (const rules::Measure& m : measures->measures) {
        const QString entry = QStringLiteral("%1. %2").arg(m.number).arg(rules::localizedText(m.contentEn, m.content));
        rows << valueRow(entry, tr("Measure"), rules::localizedText(m.contentEn, m.content), m.source, m.mark);
        if (const rules::MeasureCategoryRule* category = measures->category(m.category)) {
            QString use = rules::measureCategoryId(m.category) + QStringLiteral(" · ") +
                          rules::localizedText(category->nameEn, category->name);
            if (category->use == rules::MeasureUse::InformOnly)
                use += QStringLiteral(" · ") + tr("inform only");
            rows << valueRow(entry, tr("Category"), use, category->source, category->mark);
        }
        QStringList severities;
        for (domain::Severity s : m.severities)
            severities << domain::severityName(s);
        rows << valueRow(entry, tr("Follows conduct of severity"), severities.join(QStringLiteral(", ")), m.source,
                         m.mark);
        for (const rules::Citation& basis : m.legalBasis)
            rows << valueRow(entry, tr("Legal basis"), rules::localizedText(basis.text, basis.textZh), basis.text,
                             basis.mark);
    }
    return rows;
}

QList<Row> RulesBrowserPage::listTypeRows(QDate on, QString* edition) {
    auto rules = service::RuleService(m_session).ruleSet();
    if (!rules) {
        m_problem->showError(rules.error());
        return {};
    }
    m_problem->clearProblem();
    const rules::RuleDocument* document = rules->inForce(rules::DocumentKind::ListTypes, on);
    const rules::ListTypeEdition* lists = rules->listTypesOn(on);
    if (!document || !lists) {
        *edition = tr("No list types are in force on %1.").arg(FormText::date(on));
        return {};
    }
    *edition = tr("Edition in force on %1: %2").arg(FormText::date(on), document->ref().display());
    QList<Row> rows;
    auto duration = [&rows](const QString& entry, const QString& field, const rules::OptionalDuration& d) {
        const rules::Citation c = d.citation();
        rows << valueRow(entry, field, durationText(d), c.text, c.mark);
    };
    for (const rules::ListType& t : lists->listTypes) {
        const QString entry = rules::localizedText(t.nameEn, t.name);
        rows << valueRow(entry, tr("Standard"),
                         QStringLiteral("%1 %2").arg(t.standard.document,
                                                     rules::localizedText(t.standard.titleEn, t.standard.title)),
                         t.standard.source, t.standard.mark);
        rows << valueRow(entry, tr("Lowest designating level"), domain::authorityLevelName(t.designatingLevel.value),
                         t.designatingLevel.source, t.designatingLevel.mark);
        QStringList scopes;
        for (domain::ScopeCategory s : t.scopeCategories.value)
            scopes << domain::scopeCategoryName(s);
        rows << valueRow(entry, tr("Scope categories"), scopes.join(QStringLiteral("; ")), t.scopeCategories.source,
                         t.scopeCategories.mark);
        rows << valueRow(entry, tr("Minimum public comment binds the standard"), yesNo(t.commentPeriodRequired.value),
                         t.commentPeriodRequired.source, t.commentPeriodRequired.mark);
        rows << valueRow(entry, tr("Notice before designation"), yesNo(t.noticeBeforeDesignation.value),
                         t.noticeBeforeDesignation.source, t.noticeBeforeDesignation.mark);
        duration(entry, tr("Objection window"), t.objectionWindow);
        duration(entry, tr("Objection answer within"), t.objectionAnswerLimit);
        duration(entry, tr("Decision within"), t.decisionLimit);
        rows << valueRow(entry, tr("Re-examination by a higher department"),
                         t.reExamination.required ? tr("required (%1)").arg(t.reExamination.level) : tr("not required"),
                         t.reExamination.source, t.reExamination.mark);
        for (const rules::ListTerm& term : t.terms)
            rows << valueRow(entry, tr("Listing term %1").arg(term.id),
                             term.duration ? term.duration->describe() : term.description.localized(), term.source,
                             term.mark);
        rows << valueRow(entry, tr("Early removal"),
                         t.earlyRemoval.allowed
                             ? (t.earlyRemoval.minimumWait
                                    ? tr("allowed after %1").arg(t.earlyRemoval.minimumWait->describe())
                                    : tr("allowed"))
                             : tr("not allowed"),
                         t.earlyRemoval.source, t.earlyRemoval.mark);
        rows << valueRow(entry, tr("Restoration decided within"), t.restorationLimit.describe(),
                         t.restorationLimit.source, t.restorationLimit.mark);
        rows << valueRow(entry, tr("Measures"), tr("%n measure(s)", nullptr, static_cast<int>(t.measures.value.size())),
                         t.measures.source, t.measures.mark);
    }
    return rows;
}

QList<Row> RulesBrowserPage::regimeRows(QDate on, QString* edition) {
    auto rules = service::RuleService(m_session).ruleSet();
    if (!rules) {
        m_problem->showError(rules.error());
        return {};
    }
    m_problem->clearProblem();
    const rules::RuleDocument* document = rules->inForce(rules::DocumentKind::DisclosureRegimes, on);
    const rules::RegimeEdition* regimes = rules->regimesOn(on);
    if (!document || !regimes) {
        *edition = tr("No disclosure regimes are in force on %1.").arg(FormText::date(on));
        return {};
    }
    *edition = tr("Edition in force on %1: %2 (every regime of the edition is listed; the one in force on a "
                  "decision date applies)")
                   .arg(FormText::date(on), document->ref().display());
    QList<Row> rows;
    for (const rules::DisclosureRegime& r : regimes->regimes) {
        QString entry = rules::localizedText(r.titleEn, r.title);
        if (!r.sectors.isEmpty())
            entry += QStringLiteral(" (%1)").arg(r.sectors.join(QStringLiteral(", ")));
        if (r.inForceOn(on))
            entry += QStringLiteral(" · ") + tr("in force");
        rows << valueRow(entry, tr("In force from"), FormText::date(r.effectiveFrom.value), r.effectiveFrom.source,
                         r.effectiveFrom.mark);
        if (r.effectiveUntil)
            rows << valueRow(entry, tr("In force until"), FormText::date(r.effectiveUntil->value),
                             r.effectiveUntil->source, r.effectiveUntil->mark);
        for (const rules::RegimePeriod& p : r.periods) {
            const QString value = !p.disclosed ? tr("not disclosed")
                                  : p.minimum
                                      ? tr("at least %1, at most %2").arg(p.minimum->describe(), p.maximum.describe())
                                      : tr("at most %1").arg(p.maximum.describe());
            rows << valueRow(entry, tr("Disclosure of %1 conduct").arg(domain::severityName(p.severity)), value,
                             p.source, p.mark);
        }
        QStringList conditions;
        if (r.restoration.minimumPeriodServed)
            conditions << tr("minimum period served");
        if (r.restoration.correction)
            conditions << tr("conduct corrected");
        if (r.restoration.commitment)
            conditions << tr("commitment letter");
        rows << valueRow(entry, tr("Restoration requires"), conditions.join(QStringLiteral(", ")), r.restoration.source,
                         r.restoration.mark);
    }
    return rows;
}

QList<Row> RulesBrowserPage::calendarRows(QString* edition) {
    auto calendar = service::RuleService(m_session).calendar();
    if (!calendar) {
        m_problem->showError(calendar.error());
        return {};
    }
    m_problem->clearProblem();
    *edition = tr("Calendar version %1. Years without a published schedule count weekends only, and every deadline "
                  "in them is provisional.")
                   .arg(calendar->versionTag());
    QList<Row> rows;
    for (int year : calendar->publishedYears()) {
        const auto schedule = calendar->schedule(year);
        if (!schedule)
            continue;
        const QString entry = QString::number(year);
        const QString source = schedule->source().citation();
        const QString mark = schedule->mark();
        auto addRow = [&](const QString& field, const QString& value) {
            Row row;
            row.cells = {entry, field, value, markText(QString(mark).remove(QLatin1Char('[')).remove(QLatin1Char(']'))),
                         FormText::orDash(source)};
            row.toolTip = value;
            rows << row;
        };
        addRow(tr("Schedule version"), schedule->version());
        // Days off grouped by festival: "春节 01-28 – 02-04 (8)".
        QMap<QString, QList<QDate>> byName;
        for (auto it = schedule->offDays().cbegin(); it != schedule->offDays().cend(); ++it)
            byName[it.value()].append(it.key());
        for (auto it = byName.cbegin(); it != byName.cend(); ++it)
            addRow(tr("Days off: %1").arg(FormText::orDash(it.key())),
                   tr("%1 to %2 (%n day(s))", nullptr, static_cast<int>(it.value().size()))
                       .arg(it.value().first().toString(QStringLiteral("MM-dd")),
                            it.value().last().toString(QStringLiteral("MM-dd"))));
        QStringList makeUp;
        for (auto it = schedule->makeUpWorkdays().cbegin(); it != schedule->makeUpWorkdays().cend(); ++it)
            makeUp << it.key().toString(QStringLiteral("MM-dd"));
        addRow(tr("Make-up working days"), makeUp.isEmpty() ? QStringLiteral("—") : makeUp.join(QStringLiteral(", ")));
    }
    return rows;
}

void RulesBrowserPage::importFile(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_problem->showProblem(
            tr("The file %1 could not be read: %2").arg(QFileInfo(path).fileName(), file.errorString()));
        return;
    }
    const QByteArray bytes = file.readAll();
    const QString name = QFileInfo(path).fileName();
    std::optional<service::RuleImportOutcome> outcome;
    LongJob::Options options;
    options.title = tr("Importing rule data");
    options.firstStep = tr("Checking %1 and recomputing the open deadlines it affects…").arg(name);
    options.cancellingText = tr("Cancelling: the import and the deadlines it recomputed are being rolled back; "
                                "nothing of it will be saved.");
    options.session = &m_session;
    options.changedKind = QStringLiteral("rules");
    // In the background, on a connection of its own: the import and its recompute are one transaction there.
    const Status done = LongJob::runOnWorker(
        this, options, [&](service::Session& worker, const JobProgress& progress, const CancelToken& cancel) -> Status {
            auto imported =
                service::RuleService(worker).import(bytes, name, LongJob::serviceProgress(progress, cancel));
            if (!imported)
                return imported.error();
            outcome = imported.take();
            return {};
        });
    if (!done) {
        m_problem->showError(done.error());
        return;
    }
    m_problem->showNote(outcome->alreadyPresent ? tr("%1 was already imported; nothing changed.").arg(name)
                                                : tr("Imported %1 %2 version %3; %n open deadline(s) moved.", nullptr,
                                                     static_cast<int>(outcome->movedDeadlines.size()))
                                                      .arg(outcome->kind, outcome->edition, outcome->version));
    refresh();
}

} // namespace creditcase::ui
