#include "AttachmentViewer.h"

#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QResizeEvent>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QShortcut>
#include <QTimer>
#include <QVBoxLayout>
#include <algorithm>
#include <cstring>
#include <poppler-qt6.h>

namespace creditcase::ui {

namespace {

constexpr double kZoomStep = 1.25;
constexpr double kMinZoom = 0.1; // device-independent pixels per point: a page about 60 pixels wide
constexpr double kMaxZoom = 8.0; // 8 pixels per point: 800 %
// The longest side of a drawn page in device pixels (an A4 page at 800 % on a 2x screen is about 9,500): beyond
// this a zoom would cost hundreds of megabytes for detail a scan does not have.
constexpr double kMaxPixels = 10000.0;

// The zoom within its bounds and within kMaxPixels for a page whose longest side is `longestSide` points (pixels
// for an image); never below kMinZoom, even for a page so large that kMaxPixels would ask for less.
double boundedZoom(double zoom, double ratio, double longestSide) {
    const double largest = std::max(kMinZoom, std::min(kMaxZoom, kMaxPixels / (ratio * longestSide)));
    return std::clamp(zoom, kMinZoom, largest);
}

bool looksLikePdf(const QByteArray& content) {
    // ISO 32000-1 §7.5.2: the header is on the first line; readers accept a little junk before it.
    return content.left(1024).contains("%PDF-");
}

} // namespace

AttachmentViewer::AttachmentViewer(const QString& fileName, QByteArray content, QWidget* parent)
    : QDialog(parent)
    , m_content(std::move(content)) {
    setObjectName(QStringLiteral("attachmentViewer"));
    setWindowTitle(fileName);
    setAccessibleName(tr("Attachment %1").arg(fileName));
    m_renderer.setMaxThreadCount(1);
    // 100 %: a page at its printed size on this screen (the screen's logical DPI; the device pixel ratio is applied
    // when drawing).
    const QScreen* screen = parent && parent->screen() ? parent->screen() : QGuiApplication::primaryScreen();
    m_zoom = (screen ? screen->logicalDotsPerInchX() : 96.0) / 72.0;
    m_shownZoom = m_zoom;

    auto* layout = new QVBoxLayout(this);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("attachmentMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();
    layout->addWidget(m_message);

    if (m_image.loadFromData(m_content)) {
        m_kind = Kind::Image;
        m_pageCount = 1;
        buildPageView();
    } else if (looksLikePdf(m_content)) {
        // Parsed from memory: poppler reads the bytes, no file is ever made of them.
        m_pdf = Poppler::Document::loadFromData(m_content);
        if (!m_pdf) {
            setProblem(tr("This PDF file is damaged or incomplete, so it cannot be shown. Ask the sender for the "
                          "file again and attach the new copy."));
        } else if (m_pdf->isLocked()) {
            m_pdf.reset();
            setProblem(tr("This PDF file is password-protected, so it cannot be shown. Ask the sender for a copy "
                          "without a password and attach that instead."));
        } else if (m_pdf->numPages() <= 0) {
            m_pdf.reset();
            setProblem(tr("This PDF file is damaged or incomplete (it has no readable page), so it cannot be "
                          "shown. Ask the sender for the file again and attach the new copy."));
        } else {
            m_pdf->setRenderHint(Poppler::Document::Antialiasing);
            m_pdf->setRenderHint(Poppler::Document::TextAntialiasing);
            m_kind = Kind::Pdf;
            m_pageCount = m_pdf->numPages();
            buildPageView();
        }
    } else {
        m_kind = Kind::Text;
        m_text = new QPlainTextEdit(this);
        m_text->setObjectName(QStringLiteral("attachmentText"));
        m_text->setAccessibleName(tr("Content of %1").arg(fileName));
        m_text->setReadOnly(true);
        m_text->setPlainText(QString::fromUtf8(m_content));
        layout->addWidget(m_text);
    }
    if (m_kind == Kind::Unreadable) {
        layout->addStretch();
    }

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(QStringLiteral("attachmentButtons"));
    buttons->button(QDialogButtonBox::Close)->setText(tr("Close"));
    buttons->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close the attachment"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(900, 700);
    updateControls();
    if (m_pageCount > 0) {
        scheduleRender();
    }
}

AttachmentViewer::~AttachmentViewer() {
    // A page being drawn still reads the document: let it finish before the document goes.
    ++m_generation;
    m_renderer.waitForDone();
    m_pdf.reset();
    m_image = QImage();
    m_rendered = QImage();
    if (!m_content.isEmpty()) {
        std::memset(m_content.data(), 0, static_cast<size_t>(m_content.size()));
    }
}

void AttachmentViewer::buildPageView() {
    auto* bar = new QHBoxLayout;
    auto makeButton = [this, bar](const char* name, const QString& text, const QString& accessible) {
        auto* button = new QPushButton(text, this);
        button->setObjectName(QLatin1String(name));
        button->setAccessibleName(accessible);
        button->setAutoDefault(false);
        bar->addWidget(button);
        return button;
    };
    if (m_kind == Kind::Pdf) {
        m_previous = makeButton("previousPageButton", tr("< Previous"), tr("Previous page"));
        m_pageLabel = new QLabel(this);
        m_pageLabel->setObjectName(QStringLiteral("pageLabel"));
        m_pageLabel->setAlignment(Qt::AlignCenter);
        m_pageLabel->setMinimumWidth(
            m_pageLabel->fontMetrics().horizontalAdvance(tr("Page %1 of %2").arg(999).arg(999)));
        bar->addWidget(m_pageLabel);
        m_next = makeButton("nextPageButton", tr("Next >"), tr("Next page"));
        m_previous->setToolTip(tr("Previous page (PgUp)"));
        m_next->setToolTip(tr("Next page (PgDn)"));
        connect(m_previous, &QPushButton::clicked, this, &AttachmentViewer::previousPage);
        connect(m_next, &QPushButton::clicked, this, &AttachmentViewer::nextPage);
        // Window-wide, so that they turn the page even while the scrolled page has the focus.
        auto* pageDown = new QShortcut(QKeySequence(Qt::Key_PageDown), this);
        connect(pageDown, &QShortcut::activated, this, &AttachmentViewer::nextPage);
        auto* pageUp = new QShortcut(QKeySequence(Qt::Key_PageUp), this);
        connect(pageUp, &QShortcut::activated, this, &AttachmentViewer::previousPage);
    }
    bar->addStretch();
    m_zoomOut = makeButton("zoomOutButton", tr("-"), tr("Zoom out"));
    m_zoomIn = makeButton("zoomInButton", tr("+"), tr("Zoom in"));
    m_fitWidthButton = makeButton("fitWidthButton", tr("Fit width"), tr("Fit the page to the window's width"));
    m_zoomOut->setToolTip(tr("Zoom out (Ctrl+-)"));
    m_zoomIn->setToolTip(tr("Zoom in (Ctrl++)"));
    connect(m_zoomOut, &QPushButton::clicked, this, &AttachmentViewer::zoomOut);
    connect(m_zoomIn, &QPushButton::clicked, this, &AttachmentViewer::zoomIn);
    connect(m_fitWidthButton, &QPushButton::clicked, this, &AttachmentViewer::fitWidth);
    connect(new QShortcut(QKeySequence::ZoomIn, this), &QShortcut::activated, this, &AttachmentViewer::zoomIn);
    connect(new QShortcut(QKeySequence::ZoomOut, this), &QShortcut::activated, this, &AttachmentViewer::zoomOut);

    auto* layout = qobject_cast<QVBoxLayout*>(this->layout());
    layout->addLayout(bar);
    m_pageView = new QLabel(this);
    m_pageView->setObjectName(QStringLiteral("attachmentPage"));
    m_pageView->setAlignment(Qt::AlignCenter);
    m_scroll = new QScrollArea(this);
    m_scroll->setObjectName(QStringLiteral("attachmentScrollArea"));
    m_scroll->setAccessibleName(windowTitle());
    m_scroll->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    m_scroll->setWidget(m_pageView);
    m_scroll->setWidgetResizable(false);
    m_scroll->setBackgroundRole(QPalette::Dark); // the page's white edge stands out from the window
    layout->addWidget(m_scroll, 1);

    // Coalesces bursts (PgDn held down, a window being resized) into one drawing of the page finally shown.
    m_renderTimer = new QTimer(this);
    m_renderTimer->setSingleShot(true);
    m_renderTimer->setInterval(30);
    connect(m_renderTimer, &QTimer::timeout, this, &AttachmentViewer::render);
}

QString AttachmentViewer::problem() const {
    return m_message->isHidden() ? QString() : m_message->text();
}

void AttachmentViewer::setProblem(const QString& text) {
    m_message->setText(text);
    m_message->setAccessibleName(text);
    m_message->setVisible(!text.isEmpty());
}

void AttachmentViewer::showPage(int page) {
    if (m_pageCount <= 0 || page < 0 || page >= m_pageCount || page == m_page) {
        return;
    }
    m_page = page;
    m_scroll->verticalScrollBar()->setValue(0);
    updateControls();
    scheduleRender();
}

double AttachmentViewer::zoomBase() const {
    // From fit width, the zoom the page was drawn at; otherwise the last zoom asked for, so that two quick clicks
    // zoom twice even before the first drawing is on screen.
    return m_fitWidth ? m_shownZoom : m_zoom;
}

void AttachmentViewer::zoomIn() {
    if (m_pageCount <= 0) {
        return;
    }
    m_zoom = std::min(kMaxZoom, zoomBase() * kZoomStep);
    m_fitWidth = false;
    updateControls();
    scheduleRender();
}

void AttachmentViewer::zoomOut() {
    if (m_pageCount <= 0) {
        return;
    }
    m_zoom = std::max(kMinZoom, zoomBase() / kZoomStep);
    m_fitWidth = false;
    updateControls();
    scheduleRender();
}

void AttachmentViewer::fitWidth() {
    if (m_pageCount <= 0) {
        return;
    }
    m_fitWidth = true;
    updateControls();
    scheduleRender();
}

void AttachmentViewer::resizeEvent(QResizeEvent* event) {
    QDialog::resizeEvent(event);
    if (m_fitWidth && m_pageCount > 0) {
        scheduleRender();
    }
}

int AttachmentViewer::viewportWidth() const {
    // The vertical scroll bar's width is kept free so that fitting the width does not make a horizontal one.
    const int scrollBar = m_scroll->verticalScrollBar()->sizeHint().width();
    return std::max(100, m_scroll->viewport()->width() - scrollBar - 2);
}

void AttachmentViewer::updateControls() {
    if (m_pageLabel) {
        m_pageLabel->setText(tr("Page %1 of %2").arg(m_page + 1).arg(m_pageCount));
        m_pageLabel->setAccessibleName(m_pageLabel->text());
        m_previous->setEnabled(m_page > 0);
        m_next->setEnabled(m_page + 1 < m_pageCount);
    }
    if (m_fitWidthButton) {
        m_fitWidthButton->setEnabled(!m_fitWidth);
        m_zoomIn->setEnabled(m_fitWidth || m_zoom < kMaxZoom);
        m_zoomOut->setEnabled(m_fitWidth || m_zoom > kMinZoom);
    }
}

void AttachmentViewer::scheduleRender() {
    m_pending = true;
    m_renderTimer->start();
}

void AttachmentViewer::render() {
    const int generation = ++m_generation;
    const int page = m_page;
    // Drawn at the screen's device pixels, so that a scan stays sharp on a HiDPI screen.
    const double ratio = devicePixelRatioF();
    const int width = viewportWidth();
    const bool fit = m_fitWidth;
    const double zoom = m_zoom;

    if (m_kind == Kind::Image) {
        double scale = fit ? static_cast<double>(width) / m_image.width() : zoom;
        scale = boundedZoom(scale, ratio, std::max(m_image.width(), m_image.height()));
        QImage drawn = m_image.scaled(qRound(m_image.width() * scale * ratio), qRound(m_image.height() * scale * ratio),
                                      Qt::KeepAspectRatio, Qt::SmoothTransformation);
        drawn.setDevicePixelRatio(ratio);
        m_shownZoom = scale;
        presentPage(page, generation, drawn);
        return;
    }

    // The page is drawn on the renderer's one thread; only that thread reads the document while the viewer lives
    // (the destructor waits for it). A result for a page no longer wanted is dropped.
    Poppler::Document* document = m_pdf.get();
    QPointer<AttachmentViewer> self(this);
    m_renderer.start([this, self, document, generation, page, ratio, width, fit, zoom] {
        if (generation != m_generation.loadRelaxed()) {
            return;
        }
        QImage drawn;
        double scale = zoom;
        if (std::unique_ptr<Poppler::Page> pdfPage = document->page(page)) {
            const QSizeF points = pdfPage->pageSizeF();
            if (points.width() > 0 && points.height() > 0) {
                if (fit) {
                    scale = width / points.width();
                }
                scale = boundedZoom(scale, ratio, std::max(points.width(), points.height()));
                const double dpi = 72.0 * scale * ratio;
                drawn = pdfPage->renderToImage(dpi, dpi);
                drawn.setDevicePixelRatio(ratio);
            }
        }
        QMetaObject::invokeMethod(
            self.data(),
            [this, generation, page, drawn, scale] {
                m_shownZoom = scale;
                presentPage(page, generation, drawn);
            },
            Qt::QueuedConnection);
    });
}

void AttachmentViewer::presentPage(int page, int generation, const QImage& image) {
    if (generation != m_generation.loadRelaxed() || page != m_page) {
        return; // a later request is on its way
    }
    m_pending = m_renderTimer->isActive();
    m_rendered = image;
    if (image.isNull()) {
        m_pageView->clear();
        m_pageView->setText(tr("Page %1 cannot be shown: this part of the PDF file is damaged.").arg(page + 1));
        m_pageView->adjustSize();
        setProblem(m_pageView->text());
    } else {
        m_pageView->setPixmap(QPixmap::fromImage(image));
        m_pageView->resize(m_pageView->pixmap().deviceIndependentSize().toSize());
        setProblem(QString());
    }
    m_pageView->setAccessibleName(m_kind == Kind::Pdf ? tr("Page %1 of %2").arg(page + 1).arg(m_pageCount)
                                                      : windowTitle());
    updateControls();
    emit pageRendered(page);
}

} // namespace creditcase::ui
