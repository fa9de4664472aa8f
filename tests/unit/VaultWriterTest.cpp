// storage::Vault::Writer (a write connection for a worker thread) and service::Session::openWorker (a session of that
// thread's own): what the desktop client's backup, rule import and batch printing run on, off the window's thread.
#include "TempDir.h"
#include "TestVault.h"
#include "WorkflowFixture.h"
#include "audit/AuditLog.h"
#include "service/Session.h"
#include "service/VaultService.h"
#include "storage/Vault.h"

#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QThread>
#include <catch2/catch.hpp>
#include <functional>
#include <memory>

using namespace creditcase;
using namespace creditcase::test;

namespace {

// Runs `work` in a thread of its own, on a worker session opened there from `ticket`; returns whether it opened.
// Also says which connections that thread left behind.
struct WorkerRun {
    bool opened = false;
    QString openError;
    bool onOtherThread = false;
    QString connectionName;
};

WorkerRun runOnWorker(const service::Session::WorkerTicket& ticket,
                      const std::function<void(service::Session&)>& work) {
    WorkerRun run;
    const Qt::HANDLE caller = QThread::currentThreadId();
    std::unique_ptr<QThread> thread(QThread::create([&] {
        auto worker = service::Session::openWorker(ticket);
        if (!worker) {
            run.openError = worker.error().message;
            return;
        }
        run.opened = true;
        run.onOtherThread = QThread::currentThreadId() != caller;
        run.connectionName = (*worker)->vault().database().connectionName();
        work(**worker);
    }));
    thread->start();
    thread->wait();
    return run;
}

} // namespace

TEST_CASE("A worker session writes on its own connection in another thread, audited, and closes it", "[service]") {
    WorkflowFixture f;
    service::Session session(f.vault(), f.admin);
    const QStringList connectionsBefore = QSqlDatabase::connectionNames();
    TempDir dir;
    const QString path = dir.file(QStringLiteral("worker.backup"));
    std::optional<Result<service::VaultService::Done>> made;
    bool workerConnection = false;
    const WorkerRun run = runOnWorker(session.workerTicket(), [&](service::Session& worker) {
        workerConnection = worker.vault().isWorkerConnection();
        made = service::VaultService(worker).backup(path);
    });
    REQUIRE(run.opened);
    CHECK(run.onOtherThread);
    CHECK(workerConnection);
    CHECK(run.connectionName != f.vault().database().connectionName());
    REQUIRE(made.has_value());
    INFO((made->ok() ? QString() : made->error().message).toStdString());
    REQUIRE(made->ok());
    CHECK((*made)->auditProblem.isEmpty());
    CHECK(QFileInfo::exists(path));
    // Written and audited as the session's user, seen at once by the window's connection, chain intact.
    CHECK(f.lastAuditEvent() == QStringLiteral("vault.backup"));
    QSqlQuery actor(f.db());
    REQUIRE(actor.exec(QStringLiteral("SELECT actor FROM audit_log ORDER BY seq DESC LIMIT 1")));
    REQUIRE(actor.next());
    CHECK(actor.value(0).toString() == f.admin.name);
    actor.finish();
    QSqlDatabase db = f.db();
    CHECK(audit::AuditLog::verify(db).intact);
    CHECK(f.vault().checkIntegrity().ok());
    // The worker's connection was closed by its thread: nothing of it is left.
    CHECK_FALSE(QSqlDatabase::contains(run.connectionName));
    CHECK(QSqlDatabase::connectionNames() == connectionsBefore);
    // And the window's own connection still writes.
    CHECK(session.record(QStringLiteral("test.after-worker"), QStringLiteral("vault")).ok());
}

TEST_CASE("A worker session refuses what its session refuses, records the refusal, and writes nothing else",
          "[service]") {
    WorkflowFixture f;
    service::Session session(f.vault(), f.officer);
    const qint64 entries = f.count(QStringLiteral("SELECT count(*) FROM audit_log"));
    std::optional<Result<service::VaultService::Rekeyed>> rekeyed;
    const WorkerRun run = runOnWorker(
        session.workerTicket(), [&](service::Session& worker) { rekeyed = service::VaultService(worker).rekey(); });
    REQUIRE(run.opened);
    REQUIRE(rekeyed.has_value());
    REQUIRE_FALSE(rekeyed->ok());
    CHECK(rekeyed->error().kind == ErrorKind::Refused);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM audit_log")) == entries + 1);
    CHECK(f.lastAuditEvent() == QStringLiteral("vault.rekey.refused"));
}

TEST_CASE("A worker connection never rekeys the vault, even for an administrator", "[storage]") {
    WorkflowFixture f;
    service::Session session(f.vault(), f.admin);
    std::optional<bool> rekeyed;
    const WorkerRun run =
        runOnWorker(session.workerTicket(), [&](service::Session& worker) { rekeyed = worker.vault().rekey().ok(); });
    REQUIRE(run.opened);
    REQUIRE(rekeyed.has_value());
    CHECK_FALSE(*rekeyed);
    // The key did not change: the vault still opens with the old password.
    CHECK_NOTHROW(openAs(f.vault().path(), f.admin.name));
}

TEST_CASE("A locked session gives no worker session", "[service]") {
    WorkflowFixture f;
    service::Session session(f.vault(), f.admin);
    session.lock();
    const WorkerRun run = runOnWorker(session.workerTicket(), [](service::Session&) {});
    CHECK_FALSE(run.opened);
    CHECK_FALSE(run.openError.isEmpty());
}
