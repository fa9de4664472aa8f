#include "AttachmentPicker.h"

#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace creditcase::ui {

AttachmentPicker::AttachmentPicker(const QString& accessibleName, int maximum, QWidget* parent)
    : QWidget(parent)
    , m_maximum(maximum) {
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("attachmentList"));
    m_list->setAccessibleName(accessibleName);
    m_list->setMaximumHeight(fontMetrics().height() * 4 + 8);
    m_add = new QPushButton(tr("Add scan…"), this);
    m_add->setObjectName(QStringLiteral("addAttachmentButton"));
    m_add->setAccessibleName(tr("Add a file to %1").arg(accessibleName));
    m_remove = new QPushButton(tr("Remove"), this);
    m_remove->setObjectName(QStringLiteral("removeAttachmentButton"));
    m_remove->setAccessibleName(tr("Remove the selected file from %1").arg(accessibleName));

    auto* buttons = new QVBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);
    setFocusProxy(m_add);

    connect(m_add, &QPushButton::clicked, this, &AttachmentPicker::chooseFiles);
    connect(m_remove, &QPushButton::clicked, this, &AttachmentPicker::removeSelected);
    connect(m_list, &QListWidget::currentRowChanged, this, &AttachmentPicker::updateButtons);
    updateButtons();
}

bool AttachmentPicker::addFile(const QString& path, QString* problem) {
    QFile file(path);
    const QString name = QFileInfo(path).fileName();
    if (!file.open(QIODevice::ReadOnly)) {
        *problem = tr("The file %1 could not be read: %2").arg(name, file.errorString());
        return false;
    }
    service::AttachmentFile picked{name, file.readAll()};
    if (picked.content.isEmpty()) {
        *problem = tr("The file %1 is empty; choose the scan itself.").arg(name);
        return false;
    }
    const QString size = QLocale().formattedDataSize(picked.content.size());
    m_files.append(std::move(picked));
    m_list->addItem(tr("%1 (%2)").arg(name, size));
    updateButtons();
    emit filesChanged();
    return true;
}

void AttachmentPicker::clearFiles() {
    m_files.clear();
    m_list->clear();
    updateButtons();
    emit filesChanged();
}

void AttachmentPicker::chooseFiles() {
    const QStringList paths = QFileDialog::getOpenFileNames(
        this, tr("Choose scans"), QString(), tr("Scans (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;All files (*)"));
    for (const QString& path : paths) {
        if (m_maximum > 0 && m_files.size() >= m_maximum)
            break;
        QString why;
        if (!addFile(path, &why))
            emit problem(why);
    }
}

void AttachmentPicker::removeSelected() {
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_files.size())
        return;
    m_files.removeAt(row);
    delete m_list->takeItem(row);
    updateButtons();
    emit filesChanged();
}

void AttachmentPicker::updateButtons() {
    m_add->setEnabled(m_maximum == 0 || m_files.size() < m_maximum);
    m_remove->setEnabled(m_list->currentRow() >= 0);
}

} // namespace creditcase::ui
