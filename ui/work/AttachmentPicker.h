#pragma once

#include "service/CaseService.h"

#include <QWidget>

class QListWidget;
class QPushButton;

namespace creditcase::ui {

// Scanned papers chosen for a form (scans of a basis document, a commitment letter, evidence). The files are read
// into memory when picked and handed to the service, which stores them inside the encrypted vault; nothing is ever
// written beside it. At most `maximum` files (0: any number).
class AttachmentPicker : public QWidget {
    Q_OBJECT

public:
    AttachmentPicker(const QString& accessibleName, int maximum, QWidget* parent = nullptr);

    const QList<service::AttachmentFile>& files() const { return m_files; }
    // Reads a file the user chose; false (and the reason) when it cannot be read or is empty.
    bool addFile(const QString& path, QString* problem);
    void clearFiles();
    QPushButton* addButton() const { return m_add; }
    QPushButton* removeButton() const { return m_remove; }

signals:
    void filesChanged();
    void problem(const QString& text);

private:
    void chooseFiles();
    void removeSelected();
    void updateButtons();

    int m_maximum = 0;
    QList<service::AttachmentFile> m_files;
    QListWidget* m_list = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_remove = nullptr;
};

} // namespace creditcase::ui
