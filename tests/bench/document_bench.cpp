// Official documents (issue 11): how long rendering takes per document kind, and printing the day's notices as a
// batch of 1,000 through DocumentService (each an audited act: inquiry, number, stored text, audit entry, PDF).
// Targets from the issue: under 30 ms per page; the batch of 1,000 under 30 s on a 2-core machine. Prints figures,
// never fails on speed.
//
//   document_bench [BATCH_SIZE] [RENDER_THREADS]   (defaults 1000, and one render thread per core)
#define CATCH_CONFIG_RUNNER // WorkflowFixture reports set-up failures through Catch
#include "DocumentCases.h"
#include "PdfTools.h"
#include "TempDir.h"
#include "WorkflowFixture.h"
#include "documents/DocumentRenderer.h"
#include "service/DocumentService.h"
#include "service/Session.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QSqlQuery>
#include <catch2/catch.hpp>
#include <cstdio>
#include <cstdlib>
#include <ctime>

using namespace creditcase;
using namespace creditcase::test;
using documents::DocumentKind;
using service::DocumentService;
using service::Session;

namespace {

// CPU time of this process since `start`: on a machine shared with other work, the wall-clock figures grow with the
// load, this one much less.
double cpuMilliseconds(std::clock_t start) {
    return static_cast<double>(std::clock() - start) * 1000.0 / CLOCKS_PER_SEC;
}

// The machine's load when the figures were taken (Linux; "unknown" elsewhere): wall-clock figures depend on it.
QString loadAverage() {
    QFile file(QStringLiteral("/proc/loadavg"));
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("unknown");
    return QString::fromLatin1(file.readLine()).section(QLatin1Char(' '), 0, 2);
}

void printKinds() {
    WorkflowFixture f;
    const qint64 caseId = removedCase(f);
    const QList<QPair<DocumentKind, const domain::User*>> kinds{{DocumentKind::Notice, &f.officer},
                                                                {DocumentKind::ServiceProof, &f.officer},
                                                                {DocumentKind::ObjectionAnswer, &f.officer},
                                                                {DocumentKind::ReExaminationOpinion, &f.provincial},
                                                                {DocumentKind::Decision, &f.supervisor},
                                                                {DocumentKind::RestorationNotice, &f.officer},
                                                                {DocumentKind::RestorationDecision, &f.supervisor},
                                                                {DocumentKind::RemovalNotice, &f.officer}};
    TempDir dir;
    documents::DocumentRenderer renderer;
    std::printf("Rendering one document to PDF (layout, fonts, file), mean of 20 runs after one warm-up:\n");
    for (const auto& [kind, actor] : kinds) {
        Session session(f.vault(), *actor);
        std::optional<DocumentService::Copy> copy;
        auto printed =
            DocumentService(session).print(caseId, kind, exchange::Channel::Internal, DocumentService::Output::Pdf,
                                           [&](const DocumentService::Copy& c) -> Result<int> {
                                               copy = c;
                                               return 1;
                                           });
        if (!printed || !copy) {
            std::printf("  %s: could not be issued: %s\n", qPrintable(documents::documentKindId(kind)),
                        qPrintable(printed.error().message));
            continue;
        }
        const QString path = dir.file(documents::documentKindId(kind) + QStringLiteral(".pdf"));
        auto pages = renderer.writePdf(copy->text, copy->marks, path);
        constexpr int runs = 20;
        QElapsedTimer timer;
        timer.start();
        const std::clock_t cpuStart = std::clock();
        for (int i = 0; i < runs; ++i)
            pages = renderer.writePdf(copy->text, copy->marks, path);
        const double perDocument = static_cast<double>(timer.nsecsElapsed()) / 1e6 / runs;
        const double cpuPerDocument = cpuMilliseconds(cpuStart) / runs;
        std::printf("  %-22s %d page(s)  %6.1f ms per document  %6.1f ms per page  (CPU %5.1f ms per page)\n",
                    qPrintable(documents::documentKindId(kind)), *pages, perDocument, perDocument / *pages,
                    cpuPerDocument / *pages);
    }
}

void printBatch(int size, int renderThreads) {
    WorkflowFixture f;
    f.adoptStandard();
    QElapsedTimer setUp;
    setUp.start();
    for (int i = 0; i < size; ++i)
        openCaseFor(f, usccFor(i), QStringLiteral("批量企业%1有限公司").arg(i));
    std::printf("\nBatch: %d cases opened (set-up, not timed below) in %.1f s\n", size,
                static_cast<double>(setUp.elapsed()) / 1000);
    QString dueOn;
    {
        QSqlQuery due(f.db());
        if (!due.exec(QStringLiteral("SELECT min(due_on) FROM deadlines WHERE kind = 'notice-service'")) ||
            !due.next()) {
            std::printf("  no notice due for service\n");
            return;
        }
        dueOn = due.value(0).toString();
    }
    TempDir dir;
    Session session(f.vault(), f.officer);
    DocumentService documents(session);
    documents.setRenderThreads(renderThreads);
    QElapsedTimer timer;
    timer.start();
    const std::clock_t cpuStart = std::clock();
    int lastShown = 0;
    auto batch = documents.printBatch(QDate::fromString(dueOn, Qt::ISODate), dir.file(QStringLiteral("out")),
                                      [&](int done, int total) {
                                          if (done - lastShown >= total / 10 || done == total) {
                                              std::printf("  %d / %d\n", done, total);
                                              std::fflush(stdout);
                                              lastShown = done;
                                          }
                                          return true;
                                      });
    const double seconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    const double cpuSeconds = cpuMilliseconds(cpuStart) / 1000;
    if (!batch) {
        std::printf("  batch failed: %s\n", qPrintable(batch.error().message));
        return;
    }
    int failed = 0;
    for (const auto& item : batch->items)
        failed += item.error ? 1 : 0;
    const int pages = batch->items.isEmpty() ? 0 : pdfInfo(batch->items.first().file).pages;
    std::printf(
        "Batch of %lld notices due on %s (%d failed), %d page(s) each, %s render thread(s): %.1f s, %.1f ms per "
        "notice, %.1f ms per page (act + render + file)\n",
        static_cast<long long>(batch->items.size()), qPrintable(dueOn), failed, pages,
        renderThreads > 0 ? qPrintable(QString::number(renderThreads)) : "one per core", seconds,
        seconds * 1000 / std::max<qsizetype>(1, batch->items.size()),
        pages > 0 ? seconds * 1000 / std::max<qsizetype>(1, batch->items.size()) / pages : 0.0);
    std::printf("  CPU time of this process: %.1f s (%.1f ms per notice); the rest is waiting for the disk (one "
                "synchronous commit per group of notices) and for other processes\n",
                cpuSeconds, cpuSeconds * 1000 / std::max<qsizetype>(1, batch->items.size()));
}

int g_batchSize = 1000;
int g_renderThreads = 0; // DocumentService's default: one per core

} // namespace

// The fixture's set-up checks need a running Catch session; the figures are printed, nothing is asserted on speed.
TEST_CASE("document bench") {
    const auto fonts = documents::DocumentFonts::installed();
    std::printf("Fonts: body %s, title %s%s, headings %s, Latin %s\n", qPrintable(fonts.body), qPrintable(fonts.title),
                fonts.titleBold ? " (bold)" : "", qPrintable(fonts.heading), qPrintable(fonts.latin));
    std::printf("Load average (1, 5, 15 min): %s\n", qPrintable(loadAverage()));
    printKinds();
    std::printf("Load average before the batch: %s\n", qPrintable(loadAverage()));
    printBatch(g_batchSize, g_renderThreads);
    std::printf("Load average at the end: %s\n", qPrintable(loadAverage()));
}

int main(int argc, char* argv[]) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    if (argc > 1)
        g_batchSize = std::max(1, std::atoi(argv[1]));
    if (argc > 2)
        g_renderThreads = std::max(0, std::atoi(argv[2]));
    return Catch::Session().run(1, argv);
}
