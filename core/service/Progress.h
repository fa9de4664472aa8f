#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QString>
#include <atomic>
#include <functional>
#include <memory>

namespace creditcase::service {

// Asked for by a client (the Cancel button of a progress dialog, from the GUI thread) and seen by a long job
// running elsewhere. Copies share one flag.
class CancelToken {
public:
    CancelToken()
        : m_cancelled(std::make_shared<std::atomic_bool>(false)) {}
    void cancel() const { m_cancelled->store(true); }
    bool isCancelled() const { return m_cancelled->load(); }

private:
    std::shared_ptr<std::atomic_bool> m_cancelled;
};

// What a long job (rule import with the recompute of deadlines, disclosure export, backup) reports while it runs,
// and the token that stops it. A job asks `proceed` between its steps; when the token was cancelled it stops there
// and undoes everything it did (its transaction rolled back, its temporary file removed), then fails with
// `cancelled()`. Header-only and free of Qt objects, so core classes of any folder can take one.
class Progress {
    Q_DECLARE_TR_FUNCTIONS(Progress)

public:
    // done of total units of `step` (a translated phrase: "recomputing deadlines"); total 0 when unknown.
    using Callback = std::function<void(qint64 done, qint64 total, const QString& step)>;

    Progress() = default;
    Progress(Callback callback, CancelToken token)
        : m_callback(std::move(callback))
        , m_token(std::move(token)) {}

    /* Reports the progress and says whether to go on: false once the token was cancelled. */
    bool proceed(qint64 done, qint64 total, const QString& step) const {
        if (m_callback) {
            m_callback(done, total, step);
        }
        return !m_token.isCancelled();
    }
    bool isCancelled() const { return m_token.isCancelled(); }
    const CancelToken& token() const { return m_token; }

    // The failure of a cancelled job. Its message says that nothing was changed, which every job guarantees.
    static Error cancelled() { return Error::failure(tr("Cancelled. Nothing was changed.")); }

    // For a job run without a client to report to.
    static const Progress& none() {
        static const Progress silent;
        return silent;
    }

private:
    Callback m_callback;
    CancelToken m_token;
};

} // namespace creditcase::service
