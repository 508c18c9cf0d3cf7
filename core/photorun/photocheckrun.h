#pragma once

#include "photorun/inventoryphotos.h"
#include "photo/photochecker.h"
#include "photo/photocheckresult.h"
#include "result.h"

#include <QDateTime>
#include <QDir>
#include <QJsonObject>
#include <QStringList>

#include <functional>
#include <map>
#include <optional>
#include <vector>

namespace gc::core {

// What `check-photo` is asked: one photo, on its own or as the replacement photo of an inventory asset.
struct PhotoCheckRequest {
    QString photo;
    PhotoSlot slot = PhotoSlot::After; // which photo of the work it is (PhotoSlotProfile); after: W1.3's full check
    QString before;                 // a "before" photo that overrides the inventory's
    QString inventory, assetCode;   // both or neither
    QStringList marks, oldMarks;    // reference images; empty marks = the built-in mark
    QDateTime workStart, workEnd;   // the work window; invalid ends are open
};

// One photo's outcome in a folder check.
struct PhotoCheckRow {
    QString file, asset, role;
    QString verdict; // core::PhotoVerdict's word (pass | review | fail | error: unreadable)
    QString error;   // why it could not be checked (verdict error)
    std::optional<PhotoCheckResult> result;
};

// The automatic photo check as the office runs it: one photo (check-photo), or every photo in a
// folder on all cores against the inventory (check-photos), with the summary it files: one CSV row
// and one JSON object per photo.
class PhotoCheckRun {
public:
    // ISO 8601, with or without milliseconds; a time without a zone is the district's (Asia/Seoul).
    static QDateTime parseTime(const QString &text);
    // The photos (jpg, jpeg, png, heic in either case) directly in `dir`, by name.
    static QStringList photosIn(const QDir &dir);
    // check-photo. The error names the input that is wrong (inventory, asset, reference, photo).
    static Result<PhotoCheckResult> checkOne(const PhotoCheckRequest &request);
    // One check as a person reads it: the verdict and its slot, what to do about each problem, then a
    // line per check with its weight, value and threshold.
    static QString report(const QString &file, const PhotoCheckResult &result);

    // check-photos against the inventory at `inventoryPath`.
    static Result<PhotoCheckRun> open(const QString &inventoryPath, const QStringList &marks = {},
                                      const QStringList &oldMarks = {});
    void setWorkWindow(const QDateTime &start, const QDateTime &end);
    // Checks every file on `jobs` threads (1–64). Which asset a photo shows: the inventory knows the
    // file by its SHA-256, or the crew put the code (GC-SIGN-000123) in the file name. A filed photo is
    // judged by its role's slot (a before photo as a before photo, a 설치 불가 photo as a problem photo);
    // any other as an after photo. `progress(done, total)` is called on this thread while the workers run.
    void run(const QStringList &files, int jobs, const std::function<void(int, int)> &progress = {});

    const std::vector<PhotoCheckRow> &rows() const { return m_rows; }
    double seconds() const { return m_seconds; }
    int jobs() const { return m_jobs; }
    std::map<QString, int> counts() const; // photos per verdict
    bool allPass() const;                  // every photo passed
    QString csv() const;
    QJsonObject json() const;
    // Writes BASE.csv and BASE.json and, when `previewDir` is set, each checked photo's preview into it.
    VoidResult write(const QString &base, const QString &previewDir = {}) const;
    // "12 photos in 3.4 s (2 jobs): 10 pass, 2 review" and the files written.
    QString summary(const QString &base) const;

private:
    PhotoCheckRun(InventoryPhotos inventory, PhotoChecker checker);
    InventoryPhotos m_inventory;
    PhotoChecker m_checker;
    QDateTime m_workStart, m_workEnd;
    std::vector<PhotoCheckRow> m_rows;
    double m_seconds = 0;
    int m_jobs = 1;
};

} // namespace gc::core
