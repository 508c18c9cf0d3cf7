#pragma once

#include "storetypes.h"

namespace gc::server {

// The server judges every photo (PhotoJudge): the device's claim when its event arrives, the
// server's verdict when the checks ran. Either may come first.
class PhotoVerdicts {
public:
    virtual ~PhotoVerdicts() = default;

    virtual VoidResult putPhotoClaim(const PhotoClaim &claim) = 0;
    virtual VoidResult putServerVerdict(const QString &sha256, const QString &verdict, const QByteArray &result) = 0;
    virtual Result<std::optional<PhotoJudgement>> photoJudgement(const QString &sha256) = 0;
    // The judged photos whose device said otherwise than the server, oldest check first (the office's list).
    virtual Result<std::vector<PhotoJudgement>> disagreements(int limit) = 0;
    // Every photo of one asset the server holds a claim for, oldest event first: an after photo is
    // compared with the before photo of its replacement (same_place).
    virtual Result<std::vector<PhotoJudgement>> assetPhotoJudgements(const QString &assetUuid) = 0;
};

} // namespace gc::server
