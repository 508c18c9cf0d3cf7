#pragma once

#include "model/photoverdict.h"
#include "result.h"

#include <QJsonObject>
#include <QString>

#include <optional>
#include <vector>

namespace gc::core {

class AssetStore;

// One check that made a photo's verdict, as the crew's device recorded it in the install event.
struct ReviewProblem {
    QString slot;     // before, after1, after2, …
    QString check;    // PhotoSlotProfile's check id: mark, sharpness, duplicate, …
    QString status;   // fail or warn
    Text text;        // the check's words as recorded in the event, in both languages (Text::recorded)
    QString asset;    // duplicate: the code of the asset the photo is filed for
    QString message(Lang lang = Lang::Both) const { return text.render(lang); }
};

// A photo whose check by the sync server says otherwise than the crew's device (W3.4).
struct ServerJudgement {
    QString slot, serverVerdict, deviceVerdict;
    std::vector<ReviewProblem> problems; // why the server judged so: every check that made its verdict
};

// How a photo came to the crew's device (W3.4): "camera", "file" (picked from storage) or empty (not
// recorded), its EXIF capture time and when its event was filed.
struct PhotoOrigin {
    QString source, takenAt, filedAt;
};

// One installed asset awaiting the office's review, with what the crew's photo checks said.
struct ReviewItem {
    QString uuid, code, name, category, dong, crew, installedAt; // category: catalog code; installedAt: ISO time
    QString dongEn;                      // the dong's English name (the app in English)
    std::optional<PhotoVerdict> verdict; // the worst of the install's photos; none when they were not checked
    QString reviewReason;                // the crew's note when they sent a photo for review
    QString note;                        // the crew's memo on the install (the form's note), or empty
    std::vector<ReviewProblem> problems; // every check that made a verdict, before first, fails first
    QString beforeSha256, afterSha256;   // the first before and after photo, or empty
    PhotoOrigin beforeOrigin, afterOrigin;
    std::vector<ServerJudgement> server; // its photos the server judged otherwise (the office's last sync)
    // The worse of the device's verdict and the server's: a forged "pass" ranks as the server's "fail".
    std::optional<PhotoVerdict> worst() const;
};

// The office's review queue: installed assets, the photos that need a look first (fail, then
// error, then review, then pass or unchecked; the server's own verdict counts where it contradicts
// the device's), oldest install first within a verdict. Sorted in
// SQL so that a page costs the same for a queue of ten as of ten thousand.
class ReviewQueue {
public:
    explicit ReviewQueue(const AssetStore &store) : m_store(store) {}

    Result<qint64> count() const;
    Result<std::vector<ReviewItem>> page(int offset, int limit) const;

    // The worst verdict among an install event's "checks" ({"before": "pass", "after1": "review"}).
    static std::optional<PhotoVerdict> worstVerdict(const QJsonObject &checks);
    // The install event's "problems" ({"after1": [{"check", "status", "ko", "en", "asset"}]}); malformed
    // entries are left out, never guessed at.
    static std::vector<ReviewProblem> problemsOf(const QJsonObject &problems);
    // One row of the office's copy of the server's verdicts; `problemsJson`: [{"check", "status", "ko", "en"}].
    static ServerJudgement serverJudgement(const QString &slot, const QString &server, const QString &device, const QString &problemsJson);

private:
    const AssetStore &m_store;
};

} // namespace gc::core
