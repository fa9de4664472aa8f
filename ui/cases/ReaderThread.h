#pragma once

#include <QMutex>
#include <QObject>
#include <QThread>
#include <deque>
#include <functional>

namespace creditcase::service {
class CaseQueryRunner;
class Session;
} // namespace creditcase::service

namespace creditcase::ui {

/* A worker thread with its own read-only connection to the session's vault (storage::Vault::Reader), on which
   list models run the paged service queries (service::CaseQueryRunner) without ever blocking the window (field
   notes F.6). Jobs run newest first, so a page the officer scrolled past is not waited for; only the newest
   kMaxPending are kept. A job posts its result back to the window thread itself (QMetaObject::invokeMethod with a
   context object, so a result for a model that is gone is dropped).

   Locking the session closes the connection and drops its copy of the key; the next job after an unlock opens a
   new one for whoever unlocked. */
class ReaderThread : public QObject {
    Q_OBJECT

public:
    using Job = std::function<void(service::CaseQueryRunner& runner)>;
    static constexpr int kMaxPending = 16;
    // MiB of decrypted pages the connection keeps (the list's indexes stay hot).
    static constexpr int kCacheMiB = 48;

    explicit ReaderThread(service::Session& session, QObject* parent = nullptr);
    ~ReaderThread() override;

    // Queues a job; dropped while the session is locked.
    void post(Job job);
    // Forgets the jobs not started yet.
    void clearPending();
    // Blocks until every queued job has run (tests and the benchmark).
    void waitForIdle();

private:
    class Worker;
    void restartReader();

    service::Session& m_session;
    QThread m_thread;
    Worker* m_worker = nullptr;
};

} // namespace creditcase::ui
