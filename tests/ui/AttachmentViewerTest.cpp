// The attachment viewer of the case view: a PDF scan stored in the vault through the services is opened from the
// case view and drawn page by page from memory (page 1 of 2, next, PgDn/PgUp, zoom), a damaged or password-protected
// PDF is refused with a message, an image is still shown, and no file in clear appears while it is open.
#include "cases/AttachmentViewer.h"

#include "UiTestSupport.h"
#include "WorkflowFixture.h"
#include "cases/CaseViewPage.h"
#include "service/CaseService.h"
#include "service/Session.h"

#include <QApplication>
#include <QBuffer>
#include <QDir>
#include <QElapsedTimer>
#include <QLabel>
#include <QPainter>
#include <QPdfWriter>
#include <QPushButton>
#include <QScrollArea>
#include <QTimer>
#include <catch2/catch.hpp>
#include <functional>

using creditcase::test::child;
using creditcase::test::WorkflowFixture;
using namespace creditcase;

namespace {

bool waitUntil(const std::function<bool()>& condition, int ms = 10000) {
    QElapsedTimer timer;
    timer.start();
    while (!condition()) {
        if (timer.elapsed() > ms) {
            return false;
        }
        QTest::qWait(10);
    }
    return true;
}

// A two-page A4 PDF made in memory: page 1 white with a line of text, page 2 filled black.
QByteArray twoPagePdf() {
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setResolution(72);
        QPainter painter(&writer);
        painter.drawText(QPointF(40, 40), QStringLiteral("page one"));
        writer.newPage();
        painter.fillRect(QRectF(QPointF(0, 0), writer.pageLayout().paintRectPixels(72).size()), Qt::black);
    }
    return buffer.data();
}

// A scan of `pages` pages, each with its number in large type (a stand-in for a long court judgment).
QByteArray longPdf(int pages) {
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setResolution(72);
        QPainter painter(&writer);
        QFont font = painter.font();
        font.setPixelSize(120);
        painter.setFont(font);
        for (int page = 1; page <= pages; ++page) {
            if (page > 1)
                writer.newPage();
            painter.drawText(QPointF(100, 300), QString::number(page));
        }
    }
    return buffer.data();
}

QByteArray pngImage() {
    QImage image(120, 80, QImage::Format_RGB32);
    image.fill(QColor(200, 30, 30));
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    REQUIRE(image.save(&buffer, "PNG"));
    return buffer.data();
}

/* A minimal PDF 1.4 whose standard security handler wants a user password (the empty one does not open it): what
   poppler sees in a scan a sender protected with a password. Offsets in the cross-reference table are exact. */
QByteArray passwordProtectedPdf() {
    QList<QByteArray> objects = {
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>",
        "<< /Filter /Standard /V 1 /R 2 /Length 40 /P -4 /O <" + QByteArray(64, 'a') + "> /U <" + QByteArray(64, 'b') +
            "> >>",
    };
    QByteArray pdf = "%PDF-1.4\n";
    QList<qsizetype> offsets;
    for (qsizetype i = 0; i < objects.size(); ++i) {
        offsets << pdf.size();
        pdf += QByteArray::number(i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n";
    }
    const qsizetype xref = pdf.size();
    pdf += "xref\n0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (qsizetype offset : offsets) {
        pdf += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    }
    pdf += "trailer\n<< /Size " + QByteArray::number(objects.size() + 1) +
           " /Root 1 0 R /Encrypt 4 0 R /ID [<00112233445566778899aabbccddeeff> <00112233445566778899aabbccddeeff>] "
           ">>\nstartxref\n" +
           QByteArray::number(xref) + "\n%%EOF\n";
    return pdf;
}

// Average lightness (0 black .. 255 white) of the middle of a drawn page.
int middleLightness(const QImage& page) {
    const QRect middle(page.width() / 4, page.height() / 4, page.width() / 2, page.height() / 2);
    qint64 sum = 0, count = 0;
    for (int y = middle.top(); y <= middle.bottom(); y += 4) {
        for (int x = middle.left(); x <= middle.right(); x += 4) {
            sum += QColor(page.pixel(x, y)).lightness();
            ++count;
        }
    }
    return count ? static_cast<int>(sum / count) : -1;
}

// A designation case whose basis document carries `scans`, stored through CaseService like the New work forms do.
qint64 caseWithScans(WorkflowFixture& f, service::Session& session, const QList<service::AttachmentFile>& scans) {
    const qint64 subject = f.addSubject();
    workflow::CreditRecordRegister::NewRecord record;
    record.subjectId = subject;
    record.catalogItem = QStringLiteral("administrative-penalty-legal-person");
    record.basisNumber = QStringLiteral("Test AMR Penalty [2025] No. 12");
    record.basisOrgan = QStringLiteral("Test County Market Regulation Bureau");
    record.basisDate = QDate(2025, 1, 10);
    record.effectiveOn = QDate(2025, 2, 10);
    record.severity = domain::Severity::Serious;
    record.sector = QStringLiteral("market-regulation");
    record.facts = QStringLiteral("sold food that failed inspection");
    record.scans = scans;
    service::CaseService cases(session);
    auto added = cases.addRecord(record);
    if (!added)
        FAIL(added.error().message.toStdString());
    f.adoptStandard();
    workflow::CaseWorkflow::OpenCase request;
    request.recordId = added->record.id;
    request.listType = QStringLiteral("samr-serious-illegal");
    request.scope = domain::ScopeCategory::PublicHealthAndSafety;
    request.on = QDate(2025, 2, 20);
    auto opened = cases.open(request);
    if (!opened)
        FAIL(opened.error().message.toStdString());
    return opened->id;
}

qint64 attachmentNamed(const ui::CaseViewPage& page, const QString& fileName) {
    REQUIRE(page.file().has_value());
    for (const domain::Attachment& a : page.file()->attachments) {
        if (a.fileName == fileName)
            return a.id;
    }
    FAIL("no attachment " << fileName.toStdString());
    return 0;
}

/* Clicks the case view's Open button of the attachment and runs `inspect` on the viewer from inside its exec(),
   then closes it. */
void openFromCaseView(ui::CaseViewPage& page, qint64 attachmentId,
                      const std::function<void(ui::AttachmentViewer*)>& inspect) {
    const QByteArray name = QStringLiteral("openAttachmentButton_%1").arg(attachmentId).toLatin1();
    auto* open = child<QPushButton>(&page, name.constData());
    bool inspected = false;
    QTimer::singleShot(0, &page, [&] {
        auto* viewer = qobject_cast<ui::AttachmentViewer*>(QApplication::activeModalWidget());
        CHECK(viewer != nullptr);
        if (!viewer) { // another window: close it so that the test fails instead of waiting forever
            if (QWidget* modal = QApplication::activeModalWidget())
                modal->close();
            return;
        }
        inspect(viewer);
        inspected = true;
        viewer->reject();
    });
    test::click(open); // runs the viewer's exec() and the timer above inside it
    CHECK(inspected);
}

// A directory's entries, hidden ones included.
QStringList entries(const QString& path) {
    return QDir(path).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
}

} // namespace

TEST_CASE("A PDF scan opens from the case view page by page, drawn from memory", "[ui][attachments]") {
    WorkflowFixture f(QDate(2026, 6, 30));
    service::Session session(f.vault(), f.officer);
    const QByteArray pdf = twoPagePdf();
    REQUIRE(pdf.startsWith("%PDF"));
    const qint64 caseId = caseWithScans(f, session, {{QStringLiteral("penalty-decision.pdf"), pdf}});

    // Nothing may be written in clear while the scan is shown: a fresh temporary directory and working directory
    // that must stay empty.
    test::TempDir tmp, work;
    const QByteArray oldTmp = qgetenv("TMPDIR");
    const QString oldWork = QDir::currentPath();
    qputenv("TMPDIR", QFile::encodeName(tmp.path()));
    REQUIRE(QDir::setCurrent(work.path()));

    ui::CaseViewPage page(session);
    page.askPurpose = [](const QStringList& purposes) { return purposes.value(0); };
    test::showAndActivate(&page);
    REQUIRE(page.openCase(caseId));
    const qint64 scan = attachmentNamed(page, QStringLiteral("penalty-decision.pdf"));

    openFromCaseView(page, scan, [](ui::AttachmentViewer* viewer) {
        CHECK(viewer->kind() == ui::AttachmentViewer::Kind::Pdf);
        CHECK(viewer->windowTitle() == QStringLiteral("penalty-decision.pdf"));
        CHECK(viewer->problem().isEmpty());
        REQUIRE(viewer->pageCount() == 2);
        CHECK(viewer->currentPage() == 0);
        auto* label = child<QLabel>(viewer, "pageLabel");
        CHECK(label->text() == QStringLiteral("Page 1 of 2"));
        auto* previous = child<QPushButton>(viewer, "previousPageButton");
        auto* next = child<QPushButton>(viewer, "nextPageButton");
        CHECK_FALSE(previous->isEnabled());
        CHECK(next->isEnabled());
        for (const QPushButton* button : viewer->findChildren<QPushButton*>()) {
            INFO(button->objectName().toStdString());
            CHECK_FALSE(button->accessibleName().isEmpty());
        }

        // Page 1, fitted to the width at the screen's device pixels: white.
        REQUIRE(waitUntil([&] { return !viewer->isRendering() && !viewer->renderedPage().isNull(); }));
        const QImage first = viewer->renderedPage();
        CHECK(first.devicePixelRatio() == viewer->devicePixelRatioF());
        const int viewport = child<QScrollArea>(viewer, "attachmentScrollArea")->viewport()->width();
        CHECK(first.width() / first.devicePixelRatio() <= viewport);
        CHECK(first.width() / first.devicePixelRatio() > viewport * 0.8);
        CHECK(first.height() > first.width()); // A4 upright
        CHECK(middleLightness(first) > 240);

        // Next: page 2, black.
        test::click(next);
        CHECK(viewer->currentPage() == 1);
        CHECK(label->text() == QStringLiteral("Page 2 of 2"));
        CHECK(previous->isEnabled());
        CHECK_FALSE(next->isEnabled());
        REQUIRE(waitUntil([&] { return !viewer->isRendering() && !viewer->renderedPage().isNull(); }));
        CHECK(middleLightness(viewer->renderedPage()) < 15);

        // PgUp / PgDn turn the page even while the page itself has the focus.
        child<QScrollArea>(viewer, "attachmentScrollArea")->setFocus();
        QTest::keyClick(viewer, Qt::Key_PageUp);
        CHECK(viewer->currentPage() == 0);
        QTest::keyClick(viewer, Qt::Key_PageDown);
        CHECK(viewer->currentPage() == 1);
        QTest::keyClick(viewer, Qt::Key_PageDown); // already the last page
        CHECK(viewer->currentPage() == 1);

        // Zoom in draws the page larger than the width; Fit width brings it back.
        REQUIRE(waitUntil([&] { return !viewer->isRendering() && !viewer->renderedPage().isNull(); }));
        const int fitted = viewer->renderedPage().width();
        test::click(child<QPushButton>(viewer, "zoomInButton"));
        CHECK_FALSE(viewer->isFitWidth());
        REQUIRE(waitUntil([&] { return !viewer->isRendering() && viewer->renderedPage().width() > fitted; }));
        CHECK(viewer->renderedPage().width() == Approx(fitted * 1.25).margin(2));
        test::click(child<QPushButton>(viewer, "zoomOutButton"));
        test::click(child<QPushButton>(viewer, "zoomOutButton"));
        REQUIRE(waitUntil([&] { return !viewer->isRendering() && viewer->renderedPage().width() < fitted; }));
        test::click(child<QPushButton>(viewer, "fitWidthButton"));
        CHECK(viewer->isFitWidth());
        REQUIRE(waitUntil([&] { return !viewer->isRendering() && viewer->renderedPage().width() == fitted; }));
    });

    CHECK(entries(tmp.path()).isEmpty());
    CHECK(entries(work.path()).isEmpty());
    QDir::setCurrent(oldWork);
    if (oldTmp.isNull())
        qunsetenv("TMPDIR");
    else
        qputenv("TMPDIR", oldTmp);
}

TEST_CASE("A damaged or password-protected PDF scan shows why it cannot be shown", "[ui][attachments]") {
    WorkflowFixture f(QDate(2026, 6, 30));
    service::Session session(f.vault(), f.officer);
    const QByteArray pdf = twoPagePdf();
    const QByteArray truncated = pdf.left(pdf.size() / 3);
    const qint64 caseId = caseWithScans(
        f, session,
        {{QStringLiteral("truncated.pdf"), truncated}, {QStringLiteral("protected.pdf"), passwordProtectedPdf()}});
    ui::CaseViewPage page(session);
    page.askPurpose = [](const QStringList& purposes) { return purposes.value(0); };
    test::showAndActivate(&page);
    REQUIRE(page.openCase(caseId));

    openFromCaseView(page, attachmentNamed(page, QStringLiteral("truncated.pdf")), [](ui::AttachmentViewer* viewer) {
        // Either the file does not open or its pages cannot be drawn: both say "damaged", neither crashes.
        REQUIRE(waitUntil([&] { return !viewer->isRendering(); }));
        INFO(viewer->problem().toStdString());
        CHECK(viewer->problem().contains(QStringLiteral("damaged")));
        CHECK(viewer->renderedPage().isNull());
        CHECK(child<QLabel>(viewer, "attachmentMessage")->isVisible());
    });
    openFromCaseView(page, attachmentNamed(page, QStringLiteral("protected.pdf")), [](ui::AttachmentViewer* viewer) {
        CHECK(viewer->kind() == ui::AttachmentViewer::Kind::Unreadable);
        CHECK(viewer->pageCount() == 0);
        INFO(viewer->problem().toStdString());
        CHECK(viewer->problem().contains(QStringLiteral("password-protected")));
        CHECK(viewer->findChild<QPushButton*>(QStringLiteral("nextPageButton")) == nullptr);
    });
}

TEST_CASE("An image scan is still shown in the attachment viewer", "[ui][attachments]") {
    WorkflowFixture f(QDate(2026, 6, 30));
    service::Session session(f.vault(), f.officer);
    const qint64 caseId = caseWithScans(f, session, {{QStringLiteral("scan.png"), pngImage()}});
    ui::CaseViewPage page(session);
    page.askPurpose = [](const QStringList& purposes) { return purposes.value(0); };
    test::showAndActivate(&page);
    REQUIRE(page.openCase(caseId));
    openFromCaseView(page, attachmentNamed(page, QStringLiteral("scan.png")), [](ui::AttachmentViewer* viewer) {
        CHECK(viewer->kind() == ui::AttachmentViewer::Kind::Image);
        CHECK(viewer->pageCount() == 1);
        CHECK(viewer->problem().isEmpty());
        CHECK(viewer->findChild<QPushButton*>(QStringLiteral("nextPageButton")) == nullptr);
        REQUIRE(waitUntil([&] { return !viewer->isRendering() && !viewer->renderedPage().isNull(); }));
        const QImage shown = viewer->renderedPage();
        const QColor middle = shown.pixelColor(shown.width() / 2, shown.height() / 2);
        CHECK(middle.red() > 150);
        CHECK(middle.green() < 80);
        CHECK(child<QLabel>(viewer, "attachmentPage")->pixmap().isNull() == false);
    });
}

TEST_CASE("A long PDF scan draws only the page on screen, once per burst of page turns", "[ui][attachments]") {
    ui::AttachmentViewer viewer(QStringLiteral("judgment.pdf"), longPdf(50));
    QList<int> drawn;
    QObject::connect(&viewer, &ui::AttachmentViewer::pageRendered, [&](int page) { drawn << page; });
    test::showAndActivate(&viewer);
    REQUIRE(viewer.pageCount() == 50);
    REQUIRE(waitUntil([&] { return !viewer.isRendering() && !viewer.renderedPage().isNull(); }));
    CHECK(drawn == QList<int>{0});
    // Five quick PgDn: the window follows at once, the page is drawn once, for page 6 only.
    for (int i = 0; i < 5; ++i)
        QTest::keyClick(&viewer, Qt::Key_PageDown);
    CHECK(viewer.currentPage() == 5);
    CHECK(child<QLabel>(&viewer, "pageLabel")->text() == QStringLiteral("Page 6 of 50"));
    REQUIRE(waitUntil([&] { return !viewer.isRendering() && !viewer.renderedPage().isNull(); }));
    CHECK(drawn == QList<int>{0, 5});
}
