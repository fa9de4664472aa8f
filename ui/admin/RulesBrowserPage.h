#pragma once

#include "work/RowsModel.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QTableView;

namespace creditcase::service {
class Session;
}

namespace creditcase::ui {

class ProblemLabel;

// 规则: the rule data the vault decides with, as in force on a chosen day — the catalogue, the measures list, the
// list types, the disclosure regimes and the work calendar. Every value is shown with the source it was read in and
// its verification mark ([V], [V2], [U]), so an officer can see what a deadline or a refusal rests on. An
// administrator imports a new edition or holiday schedule from here; the import runs in the background.
class RulesBrowserPage : public QWidget {
    Q_OBJECT

public:
    enum class Part { Catalogue, Measures, ListTypes, Regimes, Calendar };

    RulesBrowserPage(service::Session& session, QWidget* parent = nullptr);

    RowsModel* model() const { return m_model; }
    void show(Part part, QDate on);
    void refresh();
    // Imports a rule document or holiday schedule read from `path` (the button asks for the file).
    void importFile(const QString& path);

    // "[V] read in the official text" etc., for the mark column.
    static QString markText(const QString& markId);

private:
    QList<RowsModel::Row> catalogueRows(QDate on, QString* edition);
    QList<RowsModel::Row> measureRows(QDate on, QString* edition);
    QList<RowsModel::Row> listTypeRows(QDate on, QString* edition);
    QList<RowsModel::Row> regimeRows(QDate on, QString* edition);
    QList<RowsModel::Row> calendarRows(QString* edition);

    service::Session& m_session;
    RowsModel* m_model = nullptr;
    QComboBox* m_part = nullptr;
    QDateEdit* m_on = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_edition = nullptr;
    QPushButton* m_import = nullptr;
    ProblemLabel* m_problem = nullptr;
};

} // namespace creditcase::ui
