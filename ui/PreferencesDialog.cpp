#include "PreferencesDialog.h"

#include "UiSettings.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace creditcase::ui {

PreferencesDialog::PreferencesDialog(QWidget* parent)
    : QDialog(parent) {
    setObjectName(QStringLiteral("preferencesDialog"));
    setWindowTitle(tr("Preferences — CreditCase"));
    setMinimumWidth(440);

    const UiSettings settings;

    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_language->setAccessibleName(tr("Interface language"));
    m_language->addItem(tr("Follow the system"), QString());
    // Each language is named in itself, so it can be found whatever the current language is.
    m_language->addItem(QStringLiteral("中文（简体）"), QStringLiteral("zh_CN"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_languageAtOpen = settings.language();
    m_language->setCurrentIndex(std::max(0, m_language->findData(m_languageAtOpen)));

    m_languageNote = new QLabel(this);
    m_languageNote->setObjectName(QStringLiteral("languageNoteLabel"));
    m_languageNote->setWordWrap(true);

    m_lockMinutes = new QSpinBox(this);
    m_lockMinutes->setObjectName(QStringLiteral("lockMinutesSpin"));
    m_lockMinutes->setAccessibleName(tr("Lock after minutes without use"));
    m_lockMinutes->setRange(0, UiSettings::kMaximumLockAfterMinutes);
    m_lockMinutes->setSpecialValueText(tr("Never"));
    m_lockMinutes->setSuffix(tr(" min"));
    m_lockMinutes->setValue(settings.lockAfterMinutes());

    auto* languageLabel = new QLabel(tr("&Language:"), this);
    languageLabel->setBuddy(m_language);
    auto* lockLabel = new QLabel(tr("Lock the vault &after:"), this);
    lockLabel->setBuddy(m_lockMinutes);
    auto* lockNote = new QLabel(tr("Minutes without mouse or keyboard input before the vault locks itself. Open "
                                   "forms are hidden, not closed, and come back after the password is typed again. "
                                   "\"Never\" turns the automatic lock off."),
                                this);
    lockNote->setWordWrap(true);

    auto* appearance = new QGroupBox(tr("Language"), this);
    auto* appearanceForm = new QFormLayout(appearance);
    appearanceForm->addRow(languageLabel, m_language);
    appearanceForm->addRow(m_languageNote);

    auto* security = new QGroupBox(tr("Security"), this);
    auto* securityForm = new QFormLayout(security);
    securityForm->addRow(lockLabel, m_lockMinutes);
    securityForm->addRow(lockNote);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("okButton"));
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(appearance);
    layout->addWidget(security);
    layout->addStretch(1);
    layout->addWidget(buttons);

    setTabOrder(m_language, m_lockMinutes);
    setTabOrder(m_lockMinutes, buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PreferencesDialog::reject);
    connect(m_language, &QComboBox::currentIndexChanged, this, &PreferencesDialog::updateLanguageNote);
    updateLanguageNote();
    m_language->setFocus();
}

QString PreferencesDialog::selectedLanguage() const {
    return m_language->currentData().toString();
}

int PreferencesDialog::selectedLockAfterMinutes() const {
    return m_lockMinutes->value();
}

void PreferencesDialog::updateLanguageNote() {
    if (selectedLanguage() == m_languageAtOpen) {
        m_languageNote->setText(tr("The language takes effect when CreditCase starts."));
    } else {
        m_languageNote->setText(tr("<b>The new language takes effect the next time CreditCase starts.</b>"));
    }
}

void PreferencesDialog::accept() {
    UiSettings settings;
    settings.setLanguage(selectedLanguage());
    settings.setLockAfterMinutes(selectedLockAfterMinutes());
    settings.sync();
    QDialog::accept();
}

} // namespace creditcase::ui
