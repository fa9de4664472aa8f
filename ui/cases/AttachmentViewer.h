#pragma once

#include <QAtomicInteger>
#include <QDialog>
#include <QImage>
#include <QThreadPool>
#include <memory>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QScrollArea;
class QTimer;

namespace Poppler {
class Document;
}

namespace creditcase::ui {

/* Shows one attachment of a case (UI.md "Case view", 附件) from the bytes the service read out of the vault: an
   image, a PDF scan page by page, or text. Nothing is written to disk: a PDF is parsed from memory by poppler
   (Poppler::Document::loadFromData), pages are drawn into QImages in memory, and the bytes are wiped when the
   viewer closes.

   A PDF opens at fit-width on page 1; previous/next (and PgUp/PgDn) turn the page, +/- zoom, "Fit width" returns
   to the window's width. Only the page on screen is drawn, on a worker thread at the screen's DPI times its
   device pixel ratio, so a 50-page scan opens as fast as a one-page one and the window never freezes. A PDF that
   is password-protected or damaged is not shown; the viewer says so instead. */
class AttachmentViewer : public QDialog {
    Q_OBJECT

public:
    enum class Kind { Image, Pdf, Text, Unreadable };

    // Takes the attachment's content; it is wiped (overwritten with zeros) when the viewer is destroyed.
    AttachmentViewer(const QString& fileName, QByteArray content, QWidget* parent = nullptr);
    ~AttachmentViewer() override;

    Kind kind() const { return m_kind; }
    // Pages of the document (1 for an image, 0 for text or an unreadable file); the page shown, 0-based.
    int pageCount() const { return m_pageCount; }
    int currentPage() const { return m_page; }
    void showPage(int page);
    void nextPage() { showPage(m_page + 1); }
    void previousPage() { showPage(m_page - 1); }
    void zoomIn();
    void zoomOut();
    void fitWidth();
    bool isFitWidth() const { return m_fitWidth; }
    // The picture of the page on screen once it is drawn (null while it is being drawn or when it failed).
    QImage renderedPage() const { return m_rendered; }
    bool isRendering() const { return m_pending; }
    // Why the attachment (or the page) cannot be shown; empty when it is shown.
    QString problem() const;

signals:
    void pageRendered(int page);

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void buildPageView();
    void scheduleRender();
    void render();
    void presentPage(int page, int generation, const QImage& image);
    void updateControls();
    void setProblem(const QString& text);
    double zoomBase() const;
    int viewportWidth() const;

    QByteArray m_content;
    Kind m_kind = Kind::Unreadable;
    QImage m_image; // an image attachment, decoded once
    std::unique_ptr<Poppler::Document> m_pdf;
    QThreadPool m_renderer; // one thread: pages are drawn one at a time, off the GUI thread
    QAtomicInteger<int> m_generation = 0;
    int m_pageCount = 0;
    int m_page = 0;
    bool m_fitWidth = true;
    // Zoom as device-independent pixels per PDF point (per pixel for an image): what +/- set, and what the page on
    // screen was drawn at (fit width computes it from the window's width).
    double m_zoom = 1.0;
    double m_shownZoom = 1.0;
    bool m_pending = false;
    QImage m_rendered;

    QLabel* m_message = nullptr;
    QScrollArea* m_scroll = nullptr;
    QLabel* m_pageView = nullptr;
    QPlainTextEdit* m_text = nullptr;
    QLabel* m_pageLabel = nullptr;
    QPushButton* m_previous = nullptr;
    QPushButton* m_next = nullptr;
    QPushButton* m_zoomOut = nullptr;
    QPushButton* m_zoomIn = nullptr;
    QPushButton* m_fitWidthButton = nullptr;
    QTimer* m_renderTimer = nullptr;
};

} // namespace creditcase::ui
