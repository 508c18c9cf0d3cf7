#pragma once

#include "model/event.h"
#include "photo/photochecker.h"
#include "photo/photocheckresult.h"
#include "result.h"
#include "syncstore.h"

#include <QJsonObject>
#include <QString>
#include <QThreadPool>

#include <atomic>
#include <memory>
#include <vector>

namespace gc::server {

class StorePool;

struct JudgeTuning {
    int maxThreads = 2; // checks decode photos: bounded so uploads never starve the request workers of CPU
};

// The server judges every photo itself: when an upload completes and when the photo's event arrives
// (whichever is second has both the file and the device's claim), a job on a bounded pool makes the
// photo's renditions and runs the photo checks for the slot the event names, and stores the verdict
// beside the device's. The device's own verdict ranks nothing on its own: a forged "pass" is shown
// against the server's "fail" (GET /api/v1/photos/SHA/verdict).
class PhotoJudge {
public:
    PhotoJudge(StorePool &pool, JudgeTuning tuning = {});
    ~PhotoJudge(); // waits for the jobs that run

    // The claims in a pushed batch: every photo.added with its slot ("before", "after1", …, from the
    // asset.status that lists it) and the verdict the device sent for that slot.
    static std::vector<PhotoClaim> claimsIn(const std::vector<core::Event> &events);
    // Stores the claims (on the request's store) and queues their photos for judging.
    VoidResult noteClaims(PhotoVerdicts &store, const std::vector<PhotoClaim> &claims);
    // Queues a photo whose upload completed.
    void photoArrived(const QString &sha256);
    // For tests and benchmarks: blocks until every queued job ran.
    void waitForDone();
    qint64 judged() const { return m_judged.load(); }

    // The before photo an after photo is compared with (same_place), or why there is none.
    struct BeforePhoto {
        QString sha256;                // its claim, when the server has one
        QByteArray bytes;              // its file, when uploaded
        Text missing;                  // why same_place is not checked, when `bytes` is empty
    };
    static BeforePhoto beforePhotoOf(SyncStore &s, const PhotoClaim &after);
    // The verdict as stored: the check result with "problems" (every check that made the verdict, in
    // both languages) and "before_sha256" (what same_place compared with).
    static QJsonObject verdictJson(const core::PhotoCheckResult &checked, const BeforePhoto &before);

private:
    void judge(const QString &sha256);
    void afterVerdict(SyncStore &s, const PhotoClaim &claim, core::PhotoSlot slot, bool notChecked);

    StorePool &m_pool;
    QThreadPool m_threads;
    std::unique_ptr<core::PhotoChecker> m_checker; // none if it could not be built (the verdict is then "error")
    std::atomic<qint64> m_judged{0};
};

// The checks a photo gets on the server: its slot's profile (core::PhotoSlotProfile, as on the device and
// in check-photo --slot), and for an after photo the comparison with `before` (same_place); an after
// photo with no before photo to compare with gets a same_place warning that says so (verdict at best
// "review"), never a silent pass.
Result<core::PhotoCheckResult> judgeSlot(const core::PhotoChecker &checker, const QByteArray &photo, const core::PhotoCheckContext &context,
                                         const PhotoJudge::BeforePhoto &before);

} // namespace gc::server
