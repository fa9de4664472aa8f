#include "OverviewPage.h"

#include "VaultGateway.h"

#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace creditcase::ui {

OverviewPage::OverviewPage(QWidget* parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("overviewPage"));

    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("overviewHeadingLabel"));
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.6);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);

    auto makeValue = [this](const char* name) {
        auto* label = new QLabel(this);
        label->setObjectName(QLatin1String(name));
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        label->setWordWrap(true);
        return label;
    };
    m_vault = makeValue("overviewVaultLabel");
    m_organ = makeValue("overviewOrganLabel");
    m_user = makeValue("overviewUserLabel");

    auto* form = new QFormLayout;
    form->addRow(tr("Vault file:"), m_vault);
    form->addRow(tr("Organ:"), m_organ);
    form->addRow(tr("Signed in as:"), m_user);

    auto* notice = new QLabel(tr("The vault is open. Case lists, designations and credit restoration are not part "
                                 "of this version of CreditCase yet; they will appear here."),
                              this);
    notice->setObjectName(QStringLiteral("overviewNoticeLabel"));
    notice->setWordWrap(true);

    auto* lockHint = new QLabel(tr("Lock the vault with File ▸ Lock (Ctrl+L) whenever you leave the computer."), this);
    lockHint->setWordWrap(true);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 32, 32, 32);
    layout->addWidget(m_heading);
    layout->addSpacing(8);
    layout->addLayout(form);
    layout->addSpacing(16);
    layout->addWidget(notice);
    layout->addWidget(lockHint);
    layout->addStretch(1);
}

void OverviewPage::showSession(const VaultGateway& gateway) {
    const QString path = gateway.vaultPath();
    m_heading->setText(QFileInfo(path).fileName());
    m_vault->setText(QDir::toNativeSeparators(path));
    m_organ->setText(gateway.organName());
    m_user->setText(tr("%1 (%2)").arg(gateway.userName(), gateway.userRole()));
}

} // namespace creditcase::ui
