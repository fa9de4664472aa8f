#pragma once

#include <QWidget>

class QLabel;

namespace creditcase::ui {

class VaultGateway;

// The main window's page while no case view exists yet: it says which vault is open, for which organ,
// and who is signed in, and plainly that case work is not part of this version.
class OverviewPage : public QWidget {
    Q_OBJECT

public:
    explicit OverviewPage(QWidget* parent = nullptr);

    void showSession(const VaultGateway& gateway);

private:
    QLabel* m_heading = nullptr;
    QLabel* m_vault = nullptr;
    QLabel* m_organ = nullptr;
    QLabel* m_user = nullptr;
};

} // namespace creditcase::ui
