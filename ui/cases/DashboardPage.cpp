#include "DashboardPage.h"

#include "CaseDisplay.h"
#include "Clock.h"
#include "ReaderThread.h"
#include "calendar/WorkCalendar.h"
#include "service/CaseActions.h"
#include "service/CaseQueryRunner.h"
#include "service/ReportService.h"
#include "service/RuleService.h"
#include "service/Session.h"
#include "storage/Vault.h"

#include <QApplication>
#include <QGridLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QMap>
#include <QPointer>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace creditcase::ui {

namespace {

constexpr int kCaseIdRole = Qt::UserRole + 1;
constexpr int kStageRole = Qt::UserRole + 2;

class ActivatingTree : public QTreeWidget {
public:
    using QTreeWidget::QTreeWidget;
    std::function<void(QTreeWidgetItem*)> onActivate;

protected:
    void keyPressEvent(QKeyEvent* event) override {
        if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && currentItem() && onActivate) {
            onActivate(currentItem());
            return;
        }
        QTreeWidget::keyPressEvent(event);
    }
};

QLabel* heading(const QString& text, QWidget* parent) {
    auto* label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.15);
    label->setFont(font);
    return label;
}

} // namespace

DashboardPage::DashboardPage(service::Session& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session) {
    setObjectName(QStringLiteral("dashboardPage"));
    m_reader = new ReaderThread(session, this);

    m_attention = new QLabel(this);
    m_attention->setObjectName(QStringLiteral("dashboardAttentionLabel"));
    m_attention->setWordWrap(true);
    m_attention->setStyleSheet(QStringLiteral("QLabel { background: #fff4d6; border: 1px solid #e0b84c; "
                                              "padding: 6px; }"));
    m_attention->hide();

    const QStringList deadlineHeaders{tr("Case"), tr("Subject"), tr("What is due"), tr("Due on"), tr("Days left")};
    m_overdueHeading = heading(tr("Overdue"), this);
    m_overdueList = makeList("dashboardOverdueList", deadlineHeaders);
    m_dueHeading = heading(tr("Due today and this week"), this);
    m_dueList = makeList("dashboardDueList", deadlineHeaders);
    m_mineHeading = heading(tr("Waiting for me"), this);
    m_mineList = makeList("dashboardMineList", {tr("Stage"), tr("Cases"), tr("Whose turn")});
    m_restorationHeading = heading(tr("Credit restoration applications waiting"), this);
    m_restorationList = makeList("dashboardRestorationList", deadlineHeaders);
    m_overdueHeading->setBuddy(m_overdueList);
    m_dueHeading->setBuddy(m_dueList);
    m_mineHeading->setBuddy(m_mineList);
    m_restorationHeading->setBuddy(m_restorationList);

    auto* grid = new QGridLayout;
    grid->addWidget(m_overdueHeading, 0, 0);
    grid->addWidget(m_overdueList, 1, 0);
    grid->addWidget(m_dueHeading, 0, 1);
    grid->addWidget(m_dueList, 1, 1);
    grid->addWidget(m_mineHeading, 2, 0);
    grid->addWidget(m_mineList, 3, 0);
    grid->addWidget(m_restorationHeading, 2, 1);
    grid->addWidget(m_restorationList, 3, 1);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    grid->setRowStretch(1, 3);
    grid->setRowStretch(3, 2);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_attention);
    layout->addLayout(grid, 1);

    connect(&m_session, &service::Session::changed, this, [this](const QString& kind) {
        if (kind == QLatin1String("case") || kind == QLatin1String("restoration") || kind == QLatin1String("rules")) {
            reload();
        }
    });
    connect(&m_session, &service::Session::lockedChanged, this, [this](bool locked) {
        if (locked) {
            for (QTreeWidget* list : {m_overdueList, m_dueList, m_mineList, m_restorationList}) {
                list->clear();
            }
        } else {
            reload();
        }
    });
    reload();
}

DashboardPage::~DashboardPage() = default;

QTreeWidget* DashboardPage::makeList(const char* name, const QStringList& headers) {
    auto* list = new ActivatingTree(this);
    list->setObjectName(QLatin1String(name));
    list->setRootIsDecorated(false);
    list->setUniformRowHeights(true);
    list->setAllColumnsShowFocus(true);
    list->setHeaderLabels(headers);
    list->header()->setStretchLastSection(true);
    list->onActivate = [this](QTreeWidgetItem* item) { activate(item); };
    connect(list, &QTreeWidget::itemDoubleClicked, this, [this](QTreeWidgetItem* item) { activate(item); });
    return list;
}

void DashboardPage::activate(QTreeWidgetItem* item) {
    if (!item) {
        return;
    }
    if (const qint64 caseId = item->data(0, kCaseIdRole).toLongLong(); caseId > 0) {
        emit openCaseRequested(caseId);
        return;
    }
    if (item->data(0, kStageRole).isValid()) {
        if (auto stage = domain::caseStageFromId(item->data(0, kStageRole).toString())) {
            emit openStageRequested(*stage, item->data(1, kStageRole).toBool());
        }
    }
}

void DashboardPage::reload() {
    if (!m_session.isUnlocked()) {
        return;
    }
    ++m_generation;
    const QDate today = Clock::today();
    const QLocale locale;
    for (QTreeWidget* list : {m_overdueList, m_dueList, m_restorationList}) {
        list->clear();
    }

    QStringList attention;
    calendar::WorkCalendar calendar;
    if (auto loaded = service::RuleService(m_session).calendar()) {
        calendar = loaded.take();
    }
    if (!calendar.schedule(today.year())) {
        attention << tr("The holiday schedule for %1 is not in the vault: deadlines in working days are provisional "
                        "(暂定) until an administrator imports it.")
                         .arg(today.year());
    }
    const auto backup = storage::Vault::latestBackup(m_session.vault().path());
    if (!backup || backup->madeAt.daysTo(Clock::now()) > 7) {
        attention << tr("No backup of this vault was made in the last 7 days. Ask an administrator to make one.");
    }

    service::ReportService reports(m_session);
    service::DeadlineQuery overdueQuery;
    overdueQuery.asOf = today;
    overdueQuery.overdue = true;
    overdueQuery.limit = kShown + 1;
    service::DeadlineQuery dueQuery;
    dueQuery.asOf = today;
    dueQuery.within = 7;
    dueQuery.limit = kShown + 1;
    const QString purpose = tr("deadline dashboard of the case officer");
    auto overdue = reports.deadlines(overdueQuery, purpose);
    auto due = reports.deadlines(dueQuery, purpose);
    if (!overdue || !due) {
        attention << tr("The deadlines could not be read: %1").arg((!overdue ? overdue : due).error().message);
    }

    const QIcon warning = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    auto addRow = [&](QTreeWidget* list, const service::DueDeadline& d) {
        const calendar::DaysLeft left = d.left(); // counted by ReportService in the rule's unit
        auto* item = new QTreeWidgetItem(list);
        item->setText(0, d.deadline.caseId > 0 ? QString::number(d.deadline.caseId) : QStringLiteral("—"));
        item->setData(0, kCaseIdRole, d.deadline.caseId);
        item->setText(1, d.subjectName);
        item->setText(2, CaseDisplay::dueWhat(d.deadline.kind));
        item->setText(3, locale.toString(d.deadline.dueOn, QLocale::ShortFormat));
        QString leftText = CaseDisplay::daysLeftText(left, d.deadline.provisional);
        if (left.overdue()) {
            item->setIcon(0, warning);
            for (int c = 0; c < 5; ++c) {
                item->setForeground(c, QBrush(QColor(0xb0, 0x00, 0x20)));
            }
        }
        item->setText(4, leftText);
        item->setToolTip(2, d.deadline.source);
        item->setToolTip(4, d.deadline.source);
    };

    m_overdue = 0;
    m_dueToday = 0;
    m_overdueMore = false;
    if (overdue) {
        m_overdueMore = overdue->size() > kShown;
        for (int i = 0; i < std::min<int>(kShown, static_cast<int>(overdue->size())); ++i) {
            const auto& d = overdue->at(i);
            addRow(d.deadline.kind == domain::DeadlineKind::RestorationDue ? m_restorationList : m_overdueList, d);
        }
        m_overdue = std::min<int>(kShown, static_cast<int>(overdue->size()));
    }
    if (due) {
        for (int i = 0; i < std::min<int>(kShown, static_cast<int>(due->size())); ++i) {
            const auto& d = due->at(i);
            if (d.deadline.dueOn == today) {
                ++m_dueToday;
            }
            addRow(d.deadline.kind == domain::DeadlineKind::RestorationDue ? m_restorationList : m_dueList, d);
        }
    }
    const QString more = m_overdueMore ? tr(" (first %1; the case list shows all)").arg(kShown) : QString();
    m_overdueHeading->setText(tr("Overdue (%1)").arg(m_overdue) + more);
    m_dueHeading->setText(tr("Due today (%1) and this week (%2)").arg(m_dueToday).arg(m_dueList->topLevelItemCount()));
    m_restorationHeading->setText(
        tr("Credit restoration applications waiting (%1)").arg(m_restorationList->topLevelItemCount()));
    for (QTreeWidget* list : {m_overdueList, m_dueList, m_restorationList}) {
        for (int c = 0; c < 4; ++c) {
            list->resizeColumnToContents(c);
        }
    }

    m_attention->setText(attention.join(QLatin1Char('\n')));
    m_attention->setVisible(!attention.isEmpty());
    loadStages();
    emit summaryChanged(m_overdue, m_overdueMore, m_dueToday);
}

void DashboardPage::loadStages() {
    m_mineList->clear();
    auto user = m_session.actor();
    if (!user) {
        m_mineHeading->setText(tr("Waiting for me"));
        emit stagesLoaded();
        return;
    }
    // The stages where the workflow table gives this role an event: those are the cases waiting for this user.
    QList<domain::CaseStage> stages;
    for (domain::CaseStage stage : domain::allCaseStages()) {
        const auto actions = service::CaseActions::forStage(user->role, stage);
        const bool mine =
            std::any_of(actions.cbegin(), actions.cend(), [](const service::CaseAction& a) { return a.allowed; });
        if (mine && stage != domain::CaseStage::Recorded) {
            stages << stage;
        }
    }
    const bool officer = user->role == domain::Role::Officer;
    m_mineHeading->setText(officer ? tr("Waiting for me (my cases by stage)")
                                   : tr("Waiting for a decision or re-examination"));
    const int generation = m_generation;
    QPointer<DashboardPage> self(this);
    QMap<domain::CaseStage, QTreeWidgetItem*> items;
    for (domain::CaseStage stage : stages) {
        auto* item = new QTreeWidgetItem(m_mineList);
        item->setText(0, domain::caseStageName(stage));
        item->setData(0, kStageRole, domain::caseStageId(stage));
        item->setData(1, kStageRole, officer);
        item->setText(1, tr("…"));
        item->setText(2, officer                                           ? tr("mine")
                         : user->organ.level == domain::OrganLevel::County ? tr("my organ")
                                                                           : tr("organs under mine"));
        items.insert(stage, item);
    }
    service::CaseFilter filter;
    if (officer) {
        filter.officer = user->name;
    } else if (user->organ.level == domain::OrganLevel::County) {
        filter.organId = user->organ.id;
    } // a superior organ re-examines the cases of the organs under it: every organ of the vault
    if (!stages.isEmpty()) {
        // One grouped count for all the stages (five separate counts took seconds at a million cases).
        m_reader->post([self, generation, items, filter, stages](service::CaseQueryRunner& runner) {
            auto counted = runner.countByStage(filter, stages);
            QMap<domain::CaseStage, QString> texts;
            for (domain::CaseStage stage : stages) {
                texts.insert(stage, counted ? QLocale().toString(counted->value(stage)) : tr("not readable"));
            }
            QMetaObject::invokeMethod(
                self.data(),
                [self, generation, items, texts] {
                    if (!self || generation != self->m_generation) {
                        return;
                    }
                    for (auto it = texts.cbegin(); it != texts.cend(); ++it) {
                        items.value(it.key())->setText(1, it.value());
                    }
                    emit self->stagesLoaded();
                },
                Qt::QueuedConnection);
        });
    }
    if (stages.isEmpty()) {
        emit stagesLoaded();
    }
}

} // namespace creditcase::ui
