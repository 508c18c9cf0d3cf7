#pragma once

#include "model/assetstatus.h"
#include "model/catalog.h"
#include "field/fieldrecords.h"
#include "result.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QPointF>
#include <QStringList>

#include <optional>
#include <span>
#include <vector>

namespace gc::core {

class AssetStore;

// A replacement as the crew logs it: the photos are already checked (W1.3) by the app.
struct Replacement {
    QString assetUuid;
    QByteArray beforePhoto;
    std::vector<QByteArray> afterPhotos;  // at least one
    QString method;                        // catalog::methods() code
    int markCount = 1;
    QString note;
    QJsonObject checks;    // PhotoVerdict per photo slot, as the app showed them ({"before": "pass", "after1": "review"})
    // Every check that made a slot's verdict, in the crew's words, for the office:
    // {"after1": [{"check": "mark", "status": "fail", "ko": "…", "en": "…", "asset": "GC-…"}]}.
    QJsonObject problems;
    // Required (at least kMinReviewReason characters) when a photo failed its check and was sent for review
    // instead of retaken.
    QString reviewReason;
    std::optional<QPointF> position; // where the crew stood (EPSG:5186), if known
    // How each slot's photo came in ({"before": "camera", "after1": "file"}): each photo event records
    // it, so the office (and the server's judge) can weigh a photo picked from storage (W3.4).
    QJsonObject sources;
};

// How the app judged a "cannot install" photo, for the office: its verdict, every check that made it
// (as Replacement::problems holds them for one slot), the crew's reason when a failed photo is sent for
// review instead of retaken, and how the photo came in ("camera" or "file").
struct PhotoEvidence {
    QString verdict;       // PhotoVerdict; empty: not checked
    QJsonArray problems;   // [{"check": …, "status": …, "ko": …, "en": …, "asset": …}]
    QString reviewReason;  // required (kMinReviewReason characters) when the verdict is fail or error
    QString source;        // "camera" or "file"
};

// A place where the mark could go, seen in the field.
struct NewPlace {
    QString category;
    double x = 0, y = 0; // EPSG:5186
    QString note;
    QByteArray photo;
};

// What a crew records in the field. Every call stores its photo files durably first (PhotoStore:
// temp, fsync, rename) and then records all its events in one transaction, so a save is all there
// or not there, even when the battery is pulled halfway.
class FieldWork {
public:
    // A reason shorter than this ("x", "ok") says nothing the office can weigh.
    static constexpr int kMinReviewReason = 5;

    explicit FieldWork(AssetStore &store) : m_store(store) {}

    // Before + after photos, method and count → installed (awaiting review). Every photo must decode as a
    // JPEG or PNG; a failed check needs a review reason.
    VoidResult logReplacement(const Replacement &r);
    // Cannot install: a reason code from cannotInstallReasons(), a note (required for "other") and a
    // photo → needs_attention.
    // A photo the app failed (or could not judge) needs evidence.reviewReason; the verdict and the failing
    // checks travel in the status event (slot "problem"), as a replacement's do.
    VoidResult cannotInstall(const QString &assetUuid, const QString &reasonCode, const QString &note, const QByteArray &photo,
                             const PhotoEvidence &evidence = {});
    // → place.proposed, waiting for the office. Returns the proposal.
    Result<PlaceProposal> proposePlace(const NewPlace &p);

    static std::span<const CatalogEntry> cannotInstallReasons();

private:
    VoidResult checkStatusChange(const QString &assetUuid, AssetStatus to, QString *code) const;
    AssetStore &m_store;
};

} // namespace gc::core
