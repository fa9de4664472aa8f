#include "CaseListPage.h"

#include "CaseDisplay.h"
#include "CaseTableModel.h"
#include "Clock.h"
#include "ReaderThread.h"
#include "service/CaseService.h"
#include "service/RuleService.h"
#include "service/Session.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QScrollBar>
#include <QShortcut>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace creditcase::ui {

namespace {

QHash<QString, QString> listTypeTitles(service::Session& session) {
    QHash<QString, QString> titles;
    auto rules = service::RuleService(session).ruleSet();
    if (!rules) {
        return titles;
    }
    if (const rules::ListTypeEdition* edition = rules->listTypesOn(Clock::today())) {
        for (const rules::ListType& type : edition->listTypes) {
            titles.insert(type.id,
                          CaseDisplay::interfaceIsChinese() || type.nameEn.isEmpty() ? type.name : type.nameEn);
        }
    }
    return titles;
}

bool masksIdentifiers(const domain::User& user) {
    return user.role == domain::Role::Auditor || user.role == domain::Role::Administrator;
}

// Enter opens the current row (the table's own Enter only moves the cursor).
class CaseTableView : public QTableView {
public:
    using QTableView::QTableView;
    std::function<void()> onEnter;

protected:
    void keyPressEvent(QKeyEvent* event) override {
        if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && onEnter) {
            onEnter();
            return;
        }
        QTableView::keyPressEvent(event);
    }
};

} // namespace

CaseListPage::CaseListPage(service::Session& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session) {
    setObjectName(QStringLiteral("caseListPage"));
    m_reader = new ReaderThread(session, this);
    m_model = new CaseTableModel(*m_reader, this);
    m_model->setObjectName(QStringLiteral("caseTableModel"));

    auto labelled = [this](const QString& text, QWidget* input, const char* name) {
        input->setObjectName(QLatin1String(name));
        input->setAccessibleName(QString(text).remove(QLatin1Char('&')).remove(QLatin1Char(':')));
        auto* label = new QLabel(text, this);
        label->setBuddy(input);
        return label;
    };

    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Subject name, USCC or ID number (or its last digits), case or document number"));
    m_search->setClearButtonEnabled(true);
    QLabel* searchLabel = labelled(tr("&Search:"), m_search, "caseSearchEdit");

    m_stage = new QComboBox(this);
    m_stage->addItem(tr("All stages"), QString());
    for (domain::CaseStage stage : domain::allCaseStages()) {
        if (stage != domain::CaseStage::Recorded) {
            m_stage->addItem(domain::caseStageName(stage), domain::caseStageId(stage));
        }
    }
    QLabel* stageLabel = labelled(tr("S&tage:"), m_stage, "caseStageFilter");

    m_listType = new QComboBox(this);
    QLabel* listLabel = labelled(tr("&List:"), m_listType, "caseListTypeFilter");

    m_officer = new QLineEdit(this);
    m_officer->setPlaceholderText(tr("user name"));
    m_officer->setClearButtonEnabled(true);
    QLabel* officerLabel = labelled(tr("&Officer:"), m_officer, "caseOfficerFilter");

    m_due = new QComboBox(this);
    m_due->addItem(tr("Any time"), -1);
    m_due->addItem(tr("Overdue"), 0);
    m_due->addItem(tr("Within 3 days"), 3);
    m_due->addItem(tr("Within 7 days"), 7);
    m_due->addItem(tr("Within 30 days"), 30);
    QLabel* dueLabel = labelled(tr("&Due:"), m_due, "caseDueFilter");

    m_myOrgan = new QCheckBox(tr("Only my &organ"), this);
    m_myOrgan->setObjectName(QStringLiteral("caseMyOrganFilter"));
    m_myOrgan->setAccessibleName(tr("Only my organ"));
    m_myOrgan->setChecked(true);

    m_sortColumn = new QComboBox(this);
    for (int column = 0; column < CaseTableModel::ColumnCount; ++column) {
        if (CaseTableModel::isSortable(column) && column != CaseTableModel::DaysLeft) {
            m_sortColumn->addItem(m_model->headerData(column, Qt::Horizontal).toString(), column);
        }
    }
    QLabel* sortLabel = labelled(tr("Sort &by:"), m_sortColumn, "caseSortColumn");
    m_sortOrder = new QComboBox(this);
    QLabel* orderLabel = labelled(tr("Ord&er:"), m_sortOrder, "caseSortOrder");
    m_sortOrder->addItem(tr("Ascending"), static_cast<int>(Qt::AscendingOrder));
    m_sortOrder->addItem(tr("Descending"), static_cast<int>(Qt::DescendingOrder));

    auto* filters = new QHBoxLayout;
    filters->addWidget(stageLabel);
    filters->addWidget(m_stage);
    filters->addWidget(listLabel);
    filters->addWidget(m_listType, 1);
    filters->addWidget(officerLabel);
    filters->addWidget(m_officer);
    filters->addWidget(dueLabel);
    filters->addWidget(m_due);
    filters->addWidget(m_myOrgan);

    auto* searchRow = new QHBoxLayout;
    searchRow->addWidget(searchLabel);
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(sortLabel);
    searchRow->addWidget(m_sortColumn);
    searchRow->addWidget(orderLabel);
    searchRow->addWidget(m_sortOrder);

    auto* table = new CaseTableView(this);
    m_table = table;
    m_table->setObjectName(QStringLiteral("caseTable"));
    m_table->setAccessibleName(tr("Cases"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setVisible(false);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSortIndicatorShown(true);
    m_table->horizontalHeader()->setSortIndicator(CaseTableModel::CaseNumber, Qt::AscendingOrder);
    m_table->setSortingEnabled(true);
    const int em = m_table->fontMetrics().horizontalAdvance(QLatin1Char('M'));
    m_table->setColumnWidth(CaseTableModel::CaseNumber, 7 * em);
    m_table->setColumnWidth(CaseTableModel::Subject, 16 * em);
    m_table->setColumnWidth(CaseTableModel::Identifier,
                            m_table->fontMetrics().horizontalAdvance(QStringLiteral("91350100M000100Y43")) + 2 * em);
    m_table->setColumnWidth(CaseTableModel::ListType, 16 * em);
    m_table->setColumnWidth(CaseTableModel::Stage, 9 * em);
    m_table->setColumnWidth(CaseTableModel::NextDue, 10 * em);
    m_table->setColumnWidth(CaseTableModel::Officer, 8 * em);
    table->onEnter = [this] { openCurrent(); };
    // The boxes sort through the header (so its indicator shows the order); a header click updates the boxes.
    auto sortFromBoxes = [this] {
        m_table->sortByColumn(m_sortColumn->currentData().toInt(),
                              static_cast<Qt::SortOrder>(m_sortOrder->currentData().toInt()));
    };
    connect(m_sortColumn, &QComboBox::currentIndexChanged, this, sortFromBoxes);
    connect(m_sortOrder, &QComboBox::currentIndexChanged, this, sortFromBoxes);
    connect(m_table->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this,
            [this](int column, Qt::SortOrder order) {
                if (!CaseTableModel::isSortable(column)) { // the list keeps its order: put the indicator back
                    m_table->horizontalHeader()->setSortIndicator(
                        m_sortColumn->currentData().toInt(),
                        static_cast<Qt::SortOrder>(m_sortOrder->currentData().toInt()));
                    return;
                }
                const int shown = column == CaseTableModel::DaysLeft ? CaseTableModel::NextDue : column;
                if (const int at = m_sortColumn->findData(shown); at >= 0) {
                    const QSignalBlocker blockColumn(m_sortColumn);
                    m_sortColumn->setCurrentIndex(at);
                }
                const QSignalBlocker blockOrder(m_sortOrder);
                m_sortOrder->setCurrentIndex(m_sortOrder->findData(static_cast<int>(order)));
            });
    connect(m_table, &QTableView::doubleClicked, this, [this] { openCurrent(); });

    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("caseCountLabel"));
    m_position = new QLabel(this);
    m_position->setObjectName(QStringLiteral("casePositionLabel"));
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("caseListErrorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();

    auto* footer = new QHBoxLayout;
    footer->addWidget(m_count);
    footer->addStretch(1);
    footer->addWidget(m_position);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(searchRow);
    layout->addLayout(filters);
    layout->addWidget(m_error);
    layout->addWidget(m_table, 1);
    layout->addLayout(footer);

    // Typing searches after a short pause; the filters at once.
    auto* typing = new QTimer(this);
    typing->setSingleShot(true);
    typing->setInterval(250);
    connect(typing, &QTimer::timeout, this, &CaseListPage::applyFilter);
    connect(m_search, &QLineEdit::textEdited, typing, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &CaseListPage::applyFilter);
    connect(m_officer, &QLineEdit::textEdited, typing, qOverload<>(&QTimer::start));
    connect(m_stage, &QComboBox::currentIndexChanged, this, &CaseListPage::applyFilter);
    connect(m_listType, &QComboBox::currentIndexChanged, this, &CaseListPage::applyFilter);
    connect(m_due, &QComboBox::currentIndexChanged, this, &CaseListPage::applyFilter);
    connect(m_myOrgan, &QCheckBox::toggled, this, &CaseListPage::applyFilter);

    connect(m_model, &CaseTableModel::countChanged, this, &CaseListPage::updateCount);
    connect(m_model, &CaseTableModel::modelReset, this, &CaseListPage::updateCount);
    connect(m_model, &CaseTableModel::failed, this, [this](const QString& message) {
        m_error->setText(tr("The list could not be read: %1").arg(message));
        m_error->show();
    });
    auto updatePosition = [this] {
        const int rows = m_model->rowCount();
        if (rows == 0) {
            m_position->clear();
            return;
        }
        const int top = m_table->rowAt(0);
        const int bottom = m_table->rowAt(m_table->viewport()->height() - 1);
        const QLocale locale;
        m_position->setText(tr("Rows %1–%2 of %3")
                                .arg(locale.toString(top + 1), locale.toString((bottom < 0 ? rows - 1 : bottom) + 1),
                                     locale.toString(rows)));
    };
    connect(m_table->verticalScrollBar(), &QScrollBar::valueChanged, this, updatePosition);
    connect(m_model, &CaseTableModel::countChanged, this, updatePosition);
    connect(&m_session, &service::Session::changed, this, [this](const QString& kind) {
        if (kind == QLatin1String("case") || kind == QLatin1String("restoration")) {
            m_model->refresh();
        }
    });
    // What the list shows is registered as an inquiry, once the pages stop arriving (VII(13)).
    m_inquiryTimer = new QTimer(this);
    m_inquiryTimer->setSingleShot(true);
    m_inquiryTimer->setInterval(1500);
    connect(m_inquiryTimer, &QTimer::timeout, this, &CaseListPage::registerShownSubjects);
    connect(m_model, &CaseTableModel::pageLoaded, this, [this](int page) {
        for (const qint64 id : m_model->subjectIdsOnPage(page)) {
            if (id > 0 && !m_shownSubjects.contains(id)) {
                m_shownSubjects << id;
            }
        }
        m_shownFilter = filterInWords();
        m_inquiryTimer->start();
    });
    connect(&m_session, &service::Session::lockedChanged, this, [this](bool locked) {
        if (locked) {
            m_shownSubjects.clear(); // registered before the lock (MainWindow asks), or nothing to register
            m_model->clear();
        } else {
            reload();
        }
    });

    setTabOrder(m_search, m_sortColumn);
    setTabOrder(m_sortColumn, m_sortOrder);
    setTabOrder(m_sortOrder, m_stage);
    setTabOrder(m_stage, m_listType);
    setTabOrder(m_listType, m_officer);
    setTabOrder(m_officer, m_due);
    setTabOrder(m_due, m_myOrgan);
    setTabOrder(m_myOrgan, m_table);
    reload();
}

CaseListPage::~CaseListPage() = default;

void CaseListPage::reload() {
    if (!m_session.isUnlocked()) {
        return;
    }
    const QHash<QString, QString> titles = listTypeTitles(m_session);
    m_model->setListTypeTitles(titles);
    {
        const QSignalBlocker block(m_listType);
        const QString current = m_listType->currentData().toString();
        m_listType->clear();
        m_listType->addItem(tr("All lists"), QString());
        QList<QString> ids = titles.keys();
        std::sort(ids.begin(), ids.end());
        for (const QString& id : ids) {
            m_listType->addItem(titles.value(id), id);
        }
        m_listType->setCurrentIndex(std::max(0, m_listType->findData(current)));
    }
    auto user = m_session.actor();
    m_model->setMaskIdentifiers(!user || masksIdentifiers(*user));
    // A county organ sees its own cases only; a higher organ may widen the list to the organs of the vault.
    const bool county = !user || user->organ.level == domain::OrganLevel::County;
    {
        const QSignalBlocker block(m_myOrgan);
        if (county) {
            m_myOrgan->setChecked(true);
        }
    }
    m_myOrgan->setVisible(!county);
    applyFilter();
}

void CaseListPage::search(const QString& text) {
    m_search->setText(text);
    applyFilter();
    m_table->setFocus();
}

void CaseListPage::showStage(domain::CaseStage stage) {
    const QSignalBlocker block(m_stage);
    m_stage->setCurrentIndex(std::max(0, m_stage->findData(domain::caseStageId(stage))));
    applyFilter();
}

void CaseListPage::registerShownSubjects() {
    m_inquiryTimer->stop();
    if (m_shownSubjects.isEmpty() || !m_session.isUnlocked()) {
        return;
    }
    auto registered = service::CaseService(m_session).registerListView(m_shownFilter, m_shownSubjects);
    if (!registered) {
        m_error->setText(
            tr("What the list showed could not be registered as an inquiry: %1").arg(registered.error().message));
        m_error->show();
        return; // kept, and tried again with the next pages
    }
    m_shownSubjects.clear();
}

QString CaseListPage::filterInWords() const {
    QStringList parts;
    for (const QComboBox* box : {m_stage, m_listType, m_due}) {
        if (box->currentIndex() > 0) {
            parts << box->currentText();
        }
    }
    if (!m_officer->text().trimmed().isEmpty()) {
        parts << tr("officer %1").arg(m_officer->text().trimmed());
    }
    if (!m_search->text().trimmed().isEmpty()) {
        parts << tr("search \"%1\"").arg(m_search->text().trimmed());
    }
    if (m_myOrgan->isChecked()) {
        parts << m_myOrgan->text().remove(QLatin1Char('&'));
    }
    return parts.join(QStringLiteral("; "));
}

void CaseListPage::applyFilter() {
    registerShownSubjects(); // what the previous filter showed
    m_error->hide();
    service::CaseFilter filter;
    if (const QString stage = m_stage->currentData().toString(); !stage.isEmpty()) {
        filter.stage = domain::caseStageFromId(stage);
    }
    filter.listType = m_listType->currentData().toString();
    filter.officer = m_officer->text().trimmed();
    filter.text = m_search->text().trimmed();
    if (const int days = m_due->currentData().toInt(); days >= 0) {
        filter.dueOnOrBefore = days == 0 ? Clock::today().addDays(-1) : Clock::today().addDays(days);
    }
    if (m_myOrgan->isChecked()) {
        if (auto user = m_session.actor()) {
            filter.organId = user->organ.id;
        }
    }
    m_model->setFilter(filter);
    updateCount();
}

void CaseListPage::updateCount() {
    if (!m_model->countKnown()) {
        m_count->setText(tr("Counting…"));
        return;
    }
    m_count->setText(tr("%1 case(s) in total").arg(QLocale().toString(m_model->totalCount())));
}

void CaseListPage::openCurrent() {
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid()) {
        return;
    }
    const qint64 id = m_model->caseIdAt(current.row());
    if (id > 0) {
        emit openCaseRequested(id, m_model->officerAt(current.row()));
    }
}

} // namespace creditcase::ui
