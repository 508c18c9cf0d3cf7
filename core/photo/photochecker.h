#pragma once

#include "photo/photocheckcontext.h"
#include "photo/photocheckresult.h"
#include "photo/photocheckthresholds.h"
#include "result.h"

#include <QByteArray>
#include <QStringList>

#include <memory>

namespace gc::core {

// Gives a photo of a replaced installation its verdict, with evidence per check, right after it is taken.
// Build one checker (it prepares the reference marks once) and call check() from any number of threads.
class PhotoChecker {
public:
    // The stand-in colour mark compiled into the binary; the default when no references are given.
    static QString defaultMarkReference();
    // Every variant of the stand-in mark compiled into the binary (colour, vertical lockup, mono): the
    // references when none are given. The mark check names the variant it found.
    static QStringList defaultMarkReferences();

    // Empty `markReferences` means the default marks; `oldMarkReferences` enables the old_mark check.
    static Result<PhotoChecker> create(const PhotoCheckThresholds &thresholds, const QStringList &markReferences = {},
                                       const QStringList &oldMarkReferences = {});
    PhotoChecker(PhotoChecker &&) noexcept;
    PhotoChecker &operator=(PhotoChecker &&) noexcept;
    ~PhotoChecker();

    // An Error means the photo cannot be checked at all (empty, truncated, too large, not a photo);
    // everything else, even a bad photo, is a result with a verdict.
    Result<PhotoCheckResult> check(const QByteArray &encoded, const PhotoCheckContext &context) const;
    Result<PhotoCheckResult> checkFile(const QString &path, const PhotoCheckContext &context) const;

    const PhotoCheckThresholds &thresholds() const;

private:
    struct Impl;
    explicit PhotoChecker(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> d;
};

} // namespace gc::core
