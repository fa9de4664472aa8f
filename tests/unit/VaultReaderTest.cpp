// storage::Vault::Reader (a read-only connection for a worker thread) and service::Session::reopen (one session
// object across lock and unlock), which the desktop client's lists and lock screen rest on.
#include "TempDir.h"
#include "TestVault.h"
#include "WorkflowFixture.h"
#include "service/CaseQueryRunner.h"
#include "service/CaseService.h"
#include "service/Session.h"
#include "storage/Vault.h"

#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <catch2/catch.hpp>

using namespace creditcase;
using namespace creditcase::test;

namespace {

struct ReadOutcome {
    bool opened = false;
    qint64 users = -1;
    bool wrote = false;
};

// Opens the reader in a thread of its own, counts the users and tries to write.
ReadOutcome readInThread(const storage::Vault::Reader& reader) {
    ReadOutcome outcome;
    std::unique_ptr<QThread> thread(QThread::create([&] {
        auto name = reader.open();
        if (!name) {
            return;
        }
        outcome.opened = true;
        {
            QSqlDatabase db = QSqlDatabase::database(*name, false);
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("SELECT count(*) FROM users")) && q.next()) {
                outcome.users = q.value(0).toLongLong();
            }
            outcome.wrote = q.exec(QStringLiteral("INSERT INTO organs (name, level, region_code) VALUES "
                                                  "('reader', 'county', '110105')"));
        }
        storage::Vault::closeReader(*name);
    }));
    thread->start();
    thread->wait();
    return outcome;
}

} // namespace

TEST_CASE("A vault reader opens a read-only connection in another thread", "[storage]") {
    TempDir dir;
    TestVault created = createTestVault(dir.file(QStringLiteral("r.vault")));
    const storage::Vault::Reader reader = created.vault->reader();
    REQUIRE(reader.isValid());
    const ReadOutcome outcome = readInThread(reader);
    CHECK(outcome.opened);
    CHECK(outcome.users == 1);
    CHECK_FALSE(outcome.wrote);
    QSqlQuery organs(created.vault->database());
    REQUIRE(organs.exec(QStringLiteral("SELECT count(*) FROM organs WHERE name = 'reader'")));
    REQUIRE(organs.next());
    CHECK(organs.value(0).toLongLong() == 0);
}

TEST_CASE("A closed vault gives no reader", "[storage]") {
    TempDir dir;
    TestVault created = createTestVault(dir.file(QStringLiteral("r.vault")));
    created.vault->close();
    const storage::Vault::Reader reader = created.vault->reader();
    CHECK_FALSE(reader.isValid());
    CHECK_FALSE(reader.open().ok());
}

TEST_CASE("A locked session reopens as another user and stays locked on a wrong password", "[service]") {
    WorkflowFixture f;
    const QString path = f.vault().path();
    auto session =
        service::Session::unlock(path, storage::Vault::Credential::withPassword(f.officer.name, secret(kPassword)));
    REQUIRE(session.ok());
    service::Session& s = **session;
    QSignalSpy locked(&s, &service::Session::lockedChanged);
    s.lock();
    CHECK_FALSE(s.isUnlocked());

    const Status wrong =
        s.reopen(path, storage::Vault::Credential::withPassword(f.supervisor.name, secret("not the password")));
    REQUIRE_FALSE(wrong.ok());
    CHECK(wrong.error().kind == ErrorKind::AuthenticationFailed);
    CHECK_FALSE(s.isUnlocked());
    CHECK_FALSE(s.actor().ok());

    REQUIRE(s.reopen(path, storage::Vault::Credential::withPassword(f.supervisor.name, secret(kPassword))).ok());
    CHECK(s.isUnlocked());
    REQUIRE(s.actor().ok());
    CHECK(s.actor()->name == f.supervisor.name);
    CHECK(s.actor()->role == domain::Role::Supervisor);
    REQUIRE(locked.size() == 2);
    CHECK(locked.at(0).at(0).toBool());
    CHECK_FALSE(locked.at(1).at(0).toBool());
}

TEST_CASE("A case query runner opens its own reader connection in a worker thread and closes it with itself",
          "[service]") {
    WorkflowFixture f;
    f.openCase();
    const storage::Vault::Reader reader = f.vault().reader();
    qint64 rows = -1;
    bool stillOpen = true;
    std::unique_ptr<QThread> thread(QThread::create([&] {
        auto runner = service::CaseQueryRunner::openReader(reader, 8);
        if (!runner) {
            return;
        }
        auto page = (*runner)->firstPage(service::CaseQuery{});
        if (page) {
            rows = page->rows.size();
        }
        const QStringList before = QSqlDatabase::connectionNames();
        runner->reset();
        stillOpen = QSqlDatabase::connectionNames().size() >= before.size();
    }));
    thread->start();
    thread->wait();
    CHECK(rows == 1);
    CHECK_FALSE(stillOpen);
    CHECK_FALSE(service::CaseQueryRunner::openReader(storage::Vault::Reader{}, 8).ok());
}

TEST_CASE("An attachment is read through the case file it belongs to, never another", "[service]") {
    WorkflowFixture f;
    const qint64 caseId = f.openCase();
    service::Session session(f.vault(), f.officer);
    service::CaseService cases(session);
    auto file = cases.show(caseId, QString());
    REQUIRE(file.ok());
    auto missing = cases.attachment(*file, 987654);
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().kind == ErrorKind::NotFound);
    for (const domain::Attachment& a : file->attachments) {
        auto read = cases.attachment(*file, a.id);
        REQUIRE(read.ok());
        CHECK(read->id == a.id);
    }
}
