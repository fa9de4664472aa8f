#include "ReaderThread.h"

#include "service/CaseQueryRunner.h"
#include "service/Session.h"
#include "storage/Vault.h"

#include <QMetaObject>
#include <QMutexLocker>
#include <QWaitCondition>
#include <memory>
#include <optional>

namespace creditcase::ui {

class ReaderThread::Worker : public QObject {
public:
    // Called from the window thread.
    void setReader(std::optional<storage::Vault::Reader> reader) {
        QMutexLocker hold(&m_mutex);
        m_nextReader = std::move(reader);
        ++m_readerGeneration;
        m_jobs.clear();
        m_idle.wakeAll();
    }

    void post(Job job) {
        {
            QMutexLocker hold(&m_mutex);
            if (!m_nextReader) {
                return;
            }
            m_jobs.push_back(std::move(job));
            while (m_jobs.size() > static_cast<std::size_t>(kMaxPending)) {
                m_jobs.pop_front();
            }
        }
        QMetaObject::invokeMethod(
            this, [this] { drain(); }, Qt::QueuedConnection);
    }

    void clear() {
        QMutexLocker hold(&m_mutex);
        m_jobs.clear();
        m_idle.wakeAll();
    }

    void waitForIdle() {
        QMutexLocker hold(&m_mutex);
        while (!m_jobs.empty() || m_running) {
            m_idle.wait(&m_mutex);
        }
    }

    // In the worker thread.
    void closeConnection() { m_runner.reset(); }

private:
    void drain() {
        Job job;
        std::optional<storage::Vault::Reader> reader;
        int generation = 0;
        {
            QMutexLocker hold(&m_mutex);
            generation = m_readerGeneration;
            if (generation != m_openGeneration) {
                reader = m_nextReader;
            }
            if (m_jobs.empty()) {
                if (generation != m_openGeneration && !m_nextReader) {
                    m_openGeneration = generation; // locked: close below
                } else {
                    return;
                }
            } else {
                job = std::move(m_jobs.back()); // newest first
                m_jobs.pop_back();
                m_running = true;
            }
        }
        if (generation != m_openGeneration || !m_runner) {
            closeConnection();
            m_openGeneration = generation;
            if (reader && reader->isValid()) {
                if (auto opened = service::CaseQueryRunner::openReader(*reader, kCacheMiB)) {
                    m_runner = opened.take();
                }
            }
        }
        if (job && m_runner) {
            job(*m_runner);
        }
        QMutexLocker hold(&m_mutex);
        m_running = false;
        if (m_jobs.empty()) {
            m_idle.wakeAll();
        }
    }

    QMutex m_mutex;
    QWaitCondition m_idle;
    std::deque<Job> m_jobs;
    bool m_running = false;
    std::optional<storage::Vault::Reader> m_nextReader;
    int m_readerGeneration = 0;
    // Worker thread only:
    int m_openGeneration = -1;
    std::unique_ptr<service::CaseQueryRunner> m_runner;
};

ReaderThread::ReaderThread(service::Session& session, QObject* parent)
    : QObject(parent)
    , m_session(session) {
    m_worker = new Worker;
    m_worker->moveToThread(&m_thread);
    m_thread.setObjectName(QStringLiteral("creditcase-reader"));
    m_thread.start(QThread::LowPriority);
    restartReader();
    connect(&m_session, &service::Session::lockedChanged, this, [this] { restartReader(); });
}

ReaderThread::~ReaderThread() {
    m_worker->setReader(std::nullopt);
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker] { worker->closeConnection(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    delete m_worker;
}

void ReaderThread::restartReader() {
    if (m_session.isUnlocked()) {
        m_worker->setReader(m_session.vault().reader());
    } else {
        m_worker->setReader(std::nullopt);
        // Close the connection (and drop the key) now, not at the next job.
        QMetaObject::invokeMethod(
            m_worker, [worker = m_worker] { worker->closeConnection(); }, Qt::QueuedConnection);
    }
}

void ReaderThread::post(Job job) {
    m_worker->post(std::move(job));
}

void ReaderThread::clearPending() {
    m_worker->clear();
}

void ReaderThread::waitForIdle() {
    m_worker->waitForIdle();
}

} // namespace creditcase::ui
