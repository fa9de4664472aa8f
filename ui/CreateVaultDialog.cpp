#include "CreateVaultDialog.h"

#include "BusyScope.h"
#include "PasswordInput.h"
#include "UnlockFeedback.h"
#include "VaultGateway.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFontMetrics>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QRegularExpression>
#include <QRegularExpressionValidator>
#include <QStackedWidget>
#include <QTextDocument>
#include <QVBoxLayout>
#include <algorithm>

namespace creditcase::ui {

namespace {
constexpr int kRegionCodeLength = 6;

QLabel* hintLabel(const QString& text, QWidget* parent) {
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 0.9);
    label->setFont(font);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}
} // namespace

CreateVaultDialog::CreateVaultDialog(VaultGateway& gateway, QWidget* parent)
    : QDialog(parent)
    , m_gateway(gateway) {
    setObjectName(QStringLiteral("createVaultDialog"));
    setWindowTitle(tr("Create a new vault — CreditCase"));

    m_pages = new QStackedWidget(this);
    m_pages->setObjectName(QStringLiteral("pages"));
    m_pages->addWidget(buildDetailsPage());
    m_pages->addWidget(buildRecoveryPage());

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_pages);
    m_path->setFocus();
}

CreateVaultDialog::~CreateVaultDialog() {
    m_recoveryCode->clear();
}

QWidget* CreateVaultDialog::buildDetailsPage() {
    auto* page = new QWidget(this);
    page->setObjectName(QStringLiteral("detailsPage"));

    auto* intro = new QLabel(tr("A vault is one encrypted file that holds all cases of your organ. "
                                "You become its first administrator."),
                             page);
    intro->setWordWrap(true);

    m_path = new QLineEdit(page);
    m_path->setObjectName(QStringLiteral("vaultPathEdit"));
    m_path->setAccessibleName(tr("Vault file"));
    m_path->setAccessibleDescription(tr("Where the new encrypted vault file is saved"));
    m_browse = new QPushButton(tr("&Browse…"), page);
    m_browse->setObjectName(QStringLiteral("browseButton"));
    m_browse->setAccessibleName(tr("Choose where to save the vault file"));
    m_browse->setAutoDefault(false);

    m_adminName = new QLineEdit(page);
    m_adminName->setObjectName(QStringLiteral("adminNameEdit"));
    m_adminName->setAccessibleName(tr("Administrator user name"));

    m_organName = new QLineEdit(page);
    m_organName->setObjectName(QStringLiteral("organNameEdit"));
    m_organName->setAccessibleName(tr("Organ name"));
    m_organName->setAccessibleDescription(tr("The government department that keeps this vault"));

    m_organLevel = new QComboBox(page);
    m_organLevel->setObjectName(QStringLiteral("organLevelCombo"));
    m_organLevel->setAccessibleName(tr("Organ level"));
    m_organLevel->addItem(tr("County level"), QStringLiteral("county"));
    m_organLevel->addItem(tr("Municipal level"), QStringLiteral("municipal"));
    m_organLevel->addItem(tr("Provincial level"), QStringLiteral("provincial"));
    m_organLevel->addItem(tr("National level"), QStringLiteral("national"));

    m_regionCode = new QLineEdit(page);
    m_regionCode->setObjectName(QStringLiteral("regionCodeEdit"));
    m_regionCode->setAccessibleName(tr("Region code"));
    m_regionCode->setAccessibleDescription(tr("Six-digit administrative division code"));
    m_regionCode->setMaxLength(kRegionCodeLength);
    m_regionCode->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{0,6}")), m_regionCode));
    m_regionCode->setPlaceholderText(tr("e.g. 110105"));

    m_password = new QLineEdit(page);
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setAccessibleName(tr("Administrator password"));
    PasswordInput::configure(m_password);
    m_confirmPassword = new QLineEdit(page);
    m_confirmPassword->setObjectName(QStringLiteral("confirmPasswordEdit"));
    m_confirmPassword->setAccessibleName(tr("Confirm administrator password"));
    PasswordInput::configure(m_confirmPassword);

    m_message = new QLabel(page);
    m_message->setObjectName(QStringLiteral("messageLabel"));
    UnlockFeedback::prepare(m_message);

    auto* pathLabel = new QLabel(tr("Vault &file:"), page);
    pathLabel->setBuddy(m_path);
    auto* adminLabel = new QLabel(tr("&Administrator:"), page);
    adminLabel->setBuddy(m_adminName);
    auto* organLabel = new QLabel(tr("&Organ name:"), page);
    organLabel->setBuddy(m_organName);
    auto* levelLabel = new QLabel(tr("Organ &level:"), page);
    levelLabel->setBuddy(m_organLevel);
    auto* regionLabel = new QLabel(tr("&Region code:"), page);
    regionLabel->setBuddy(m_regionCode);
    auto* passwordLabel = new QLabel(tr("&Password:"), page);
    passwordLabel->setBuddy(m_password);
    auto* confirmLabel = new QLabel(tr("Confir&m password:"), page);
    confirmLabel->setBuddy(m_confirmPassword);

    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(m_browse);

    auto* form = new QFormLayout;
    form->addRow(pathLabel, pathRow);
    form->addRow(adminLabel, m_adminName);
    form->addRow(QString(), hintLabel(tr("The user name you will sign in with. More users are added later."), page));
    form->addRow(organLabel, m_organName);
    form->addRow(levelLabel, m_organLevel);
    form->addRow(regionLabel, m_regionCode);
    form->addRow(QString(), hintLabel(tr("The six-digit administrative division code of the organ's area."), page));
    form->addRow(passwordLabel, m_password);
    form->addRow(confirmLabel, m_confirmPassword);
    form->addRow(QString(), hintLabel(tr("At least %n characters. A long phrase is easier to remember than a "
                                         "short random word.",
                                         "", kMinimumPasswordLength),
                                      page));

    m_create = new QPushButton(tr("C&reate vault"), page);
    m_create->setObjectName(QStringLiteral("createButton"));
    m_create->setDefault(true);
    m_cancel = new QPushButton(tr("Cancel"), page);
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    m_cancel->setAutoDefault(false);

    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_create);
    buttons->addWidget(m_cancel);

    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addStretch(1);
    layout->addLayout(buttons);

    setTabOrder(m_path, m_browse);
    setTabOrder(m_browse, m_adminName);
    setTabOrder(m_adminName, m_organName);
    setTabOrder(m_organName, m_organLevel);
    setTabOrder(m_organLevel, m_regionCode);
    setTabOrder(m_regionCode, m_password);
    setTabOrder(m_password, m_confirmPassword);
    setTabOrder(m_confirmPassword, m_create);
    setTabOrder(m_create, m_cancel);

    connect(m_browse, &QPushButton::clicked, this, &CreateVaultDialog::browseForPath);
    connect(m_create, &QPushButton::clicked, this, &CreateVaultDialog::attemptCreate);
    connect(m_cancel, &QPushButton::clicked, this, &CreateVaultDialog::reject);
    return page;
}

QWidget* CreateVaultDialog::buildRecoveryPage() {
    auto* page = new QWidget(this);
    page->setObjectName(QStringLiteral("recoveryPage"));

    auto* heading = new QLabel(tr("<b>Write down the recovery code now</b>"), page);
    heading->setTextFormat(Qt::RichText);

    m_recoveryCode = new QLabel(page);
    m_recoveryCode->setObjectName(QStringLiteral("recoveryCodeLabel"));
    m_recoveryCode->setAccessibleName(tr("Recovery code"));
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    const QFontMetrics metrics(mono);
    if (metrics.horizontalAdvance(QStringLiteral("iiii")) != metrics.horizontalAdvance(QStringLiteral("WWWW"))) {
        // Some platform themes answer with the proportional default font.
        mono.setFamilies({QStringLiteral("monospace")});
        mono.setStyleHint(QFont::TypeWriter);
    }
    mono.setPointSizeF(std::max(mono.pointSizeF(), 10.0) * 2.0);
    mono.setBold(true);
    m_recoveryCode->setFont(mono);
    m_recoveryCode->setAlignment(Qt::AlignCenter);
    m_recoveryCode->setWordWrap(false); // a line break at a hyphen would look like part of the code
    m_recoveryCode->setTextFormat(Qt::PlainText);
    // No selection, no context menu: the code is not meant to pass through the clipboard.
    m_recoveryCode->setTextInteractionFlags(Qt::NoTextInteraction);
    m_recoveryCode->setContextMenuPolicy(Qt::NoContextMenu);
    m_recoveryCode->setFrameShape(QFrame::Box);
    m_recoveryCode->setMargin(12);

    auto* explanation = new QLabel(
        tr("This code is shown only once. It opens the vault even if every password is lost. "
           "Write it on paper (or print this page), check it character by character, and keep it locked away "
           "from the computer. Anyone who has the code can open the vault."),
        page);
    explanation->setObjectName(QStringLiteral("recoveryExplanationLabel"));
    explanation->setWordWrap(true);

    m_writtenDown = new QCheckBox(tr("I have &written down the recovery code"), page);
    m_writtenDown->setObjectName(QStringLiteral("writtenDownCheck"));
    m_writtenDown->setAccessibleName(tr("I have written down the recovery code"));

    m_print = new QPushButton(tr("&Print…"), page);
    m_print->setObjectName(QStringLiteral("printButton"));
    m_print->setAutoDefault(false);
    m_finish = new QPushButton(tr("&Finish"), page);
    m_finish->setObjectName(QStringLiteral("finishButton"));
    m_finish->setEnabled(false);
    m_finish->setDefault(true);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_print);
    buttons->addStretch(1);
    buttons->addWidget(m_finish);

    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(heading);
    layout->addWidget(m_recoveryCode);
    layout->addWidget(explanation);
    layout->addStretch(1);
    layout->addWidget(m_writtenDown);
    layout->addLayout(buttons);

    setTabOrder(m_writtenDown, m_print);
    setTabOrder(m_print, m_finish);

    connect(m_writtenDown, &QCheckBox::toggled, m_finish, &QPushButton::setEnabled);
    connect(m_print, &QPushButton::clicked, this, &CreateVaultDialog::printRecoveryCode);
    connect(m_finish, &QPushButton::clicked, this, &CreateVaultDialog::accept);
    return page;
}

void CreateVaultDialog::setVaultPath(const QString& path) {
    m_path->setText(path);
}

QString CreateVaultDialog::vaultPath() const {
    return m_path->text().trimmed();
}

bool CreateVaultDialog::isShowingRecoveryCode() const {
    return m_pages->currentIndex() == 1;
}

void CreateVaultDialog::refuse(const QString& message, QWidget* field) {
    UnlockFeedback::showHint(m_message, message);
    field->setFocus();
}

void CreateVaultDialog::attemptCreate() {
    QString path = vaultPath();
    if (path.isEmpty()) {
        refuse(tr("Choose where to save the new vault file."), m_path);
        return;
    }
    if (QFileInfo(path).suffix().isEmpty()) {
        path += QLatin1Char('.') + vaultFileSuffix();
        m_path->setText(path);
    }
    const QFileInfo target(path);
    if (target.exists()) {
        refuse(tr("A file already exists at %1. Choose a new file name: an existing file is never overwritten.")
                   .arg(QDir::toNativeSeparators(path)),
               m_path);
        return;
    }
    if (!target.absoluteDir().exists()) {
        refuse(tr("The folder %1 does not exist. Choose an existing folder.")
                   .arg(QDir::toNativeSeparators(target.absolutePath())),
               m_path);
        return;
    }
    const QString adminName = m_adminName->text().trimmed();
    if (adminName.isEmpty()) {
        refuse(tr("Type the user name of the first administrator."), m_adminName);
        return;
    }
    const QString organName = m_organName->text().trimmed();
    if (organName.isEmpty()) {
        refuse(tr("Type the name of the organ (the government department) that keeps this vault."), m_organName);
        return;
    }
    const QString regionCode = m_regionCode->text().trimmed();
    static const QRegularExpression sixDigits(QStringLiteral("^[0-9]{6}$"));
    if (!sixDigits.match(regionCode).hasMatch()) {
        refuse(tr("The region code must be exactly %n digits, for example 110105.", "", kRegionCodeLength),
               m_regionCode);
        return;
    }

    QString password = PasswordInput::take(m_password);
    QString confirmation = PasswordInput::take(m_confirmPassword);
    if (password.size() < kMinimumPasswordLength) {
        VaultGateway::wipe(password);
        VaultGateway::wipe(confirmation);
        refuse(tr("The password is too short: use at least %n characters.", "", kMinimumPasswordLength), m_password);
        return;
    }
    if (password != confirmation) {
        VaultGateway::wipe(password);
        VaultGateway::wipe(confirmation);
        refuse(tr("The two passwords do not match. Type the same password in both fields."), m_password);
        return;
    }
    VaultGateway::wipe(confirmation);
    UnlockFeedback::clear(m_message);

    VaultGateway::CreateRequest request;
    request.vaultPath = path;
    request.adminName = adminName;
    request.organName = organName;
    request.organLevel = m_organLevel->currentData().toString();
    request.regionCode = regionCode;

    creditcase::Result<QString> created = [&] {
        BusyScope busy(this, {m_create, m_cancel, m_browse});
        return m_gateway.createVault(request, password);
    }();
    VaultGateway::wipe(password);

    if (!created.ok()) {
        m_message->setText(
            QStringLiteral("<b>%1</b><br>%2")
                .arg(tr("The vault could not be created.").toHtmlEscaped(), created.error().message.toHtmlEscaped()));
        m_message->setVisible(true);
        m_path->setFocus();
        return;
    }

    QString code = created.take();
    m_recoveryCode->setText(code);
    VaultGateway::wipe(code);
    m_pages->setCurrentIndex(1);
    setWindowTitle(tr("Recovery code — CreditCase"));
    m_writtenDown->setFocus();
}

void CreateVaultDialog::browseForPath() {
    QFileDialog dialog(this, tr("Save new vault as"));
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setFileMode(QFileDialog::AnyFile);
    dialog.setOption(QFileDialog::DontConfirmOverwrite); // an existing file is refused anyway
    dialog.setDefaultSuffix(vaultFileSuffix());
    dialog.setNameFilter(tr("CreditCase vaults (*.%1)").arg(vaultFileSuffix()));
    const QString current = vaultPath();
    dialog.setDirectory(current.isEmpty() ? QDir::homePath() : QFileInfo(current).absolutePath());
    if (!current.isEmpty()) {
        dialog.selectFile(QFileInfo(current).fileName());
    }
    if (dialog.exec() == QDialog::Accepted && !dialog.selectedFiles().isEmpty()) {
        m_path->setText(QDir::toNativeSeparators(dialog.selectedFiles().constFirst()));
    }
}

void CreateVaultDialog::printRecoveryCode() {
    QPrinter printer(QPrinter::HighResolution);
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print the recovery code"));
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    QTextDocument sheet;
    sheet.setDefaultFont(font());
    const QString html =
        QStringLiteral("<h2>%1</h2><p>%2</p><p>%3</p><p style=\"font-family: monospace; font-size: 20pt;\">%4</p>"
                       "<p>%5</p>")
            .arg(tr("CreditCase recovery code").toHtmlEscaped(),
                 tr("Vault file: %1").arg(QDir::toNativeSeparators(vaultPath())).toHtmlEscaped(),
                 tr("Printed on %1").arg(QLocale().toString(QDate::currentDate(), QLocale::LongFormat)).toHtmlEscaped(),
                 m_recoveryCode->text().toHtmlEscaped(),
                 tr("This code opens the vault even if every password is lost. Keep this sheet locked away.")
                     .toHtmlEscaped());
    sheet.setHtml(html);
    sheet.print(&printer);
}

void CreateVaultDialog::reject() {
    // Once the vault exists, the only way out is through the confirmation: the code is never shown again.
    if (isShowingRecoveryCode()) {
        m_writtenDown->setFocus();
        return;
    }
    QDialog::reject();
}

void CreateVaultDialog::accept() {
    // Only Finish ends the dialog with success, and only after the confirmation.
    if (!isShowingRecoveryCode() || !m_writtenDown->isChecked()) {
        return;
    }
    m_recoveryCode->clear();
    QDialog::accept();
}

} // namespace creditcase::ui
