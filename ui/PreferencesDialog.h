#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;

namespace creditcase::ui {

// Per-user preferences: interface language (applies at the next start, as the dialog says) and the idle
// lock delay (applies at once). Read from and written to UiSettings; OK saves, Cancel changes nothing.
class PreferencesDialog : public QDialog {
    Q_OBJECT

public:
    explicit PreferencesDialog(QWidget* parent = nullptr);

    QString selectedLanguage() const; // "", "zh_CN" or "en"
    int selectedLockAfterMinutes() const;

public slots:
    void accept() override;

private:
    void updateLanguageNote();

    QComboBox* m_language = nullptr;
    QLabel* m_languageNote = nullptr;
    QSpinBox* m_lockMinutes = nullptr;
    QString m_languageAtOpen;
};

} // namespace creditcase::ui
