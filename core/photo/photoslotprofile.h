#pragma once

#include "model/photoverdict.h"

#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace gc::core {

// One check's outcome on a photo (PhotoCheck::status).
enum class PhotoCheckStatus { Pass, Warn, Fail, Skip };

// Which photo of the work this is. Each slot is judged for what it is meant to show: a before photo
// shows the asset as it was (never the new mark), an after photo the new mark at the same place, a
// problem photo (설치 불가) why the mark cannot go on, a proposal photo (신규 장소) a place with no asset yet.
enum class PhotoSlot { Before, After, Problem, Proposal };

// How much a check counts in a slot's verdict.
//   Off:      not run for this slot (and not reported).
//   Info:     run and shown, never changes the verdict.
//   Advisory: a fail or a warning asks for the office's look ("review"), never blocks the save.
//   Blocking: a fail fails the photo (retake, or send for review with a reason); a warning asks for a look.
enum class CheckWeight { Off, Info, Advisory, Blocking };

QString toString(PhotoSlot slot);
QString toString(CheckWeight weight);
// "before"; "after", "after1", "after2", …; "problem" or "cannot_install"; "proposal" or "survey"
// (a department's facility photo is judged like a place photo). Anything else: none.
std::optional<PhotoSlot> photoSlotFromString(QStringView text);

// The one table of which check applies to which photo slot, and whether it blocks. The app, the CLI and
// the server judge a photo with it, so a slot's verdict is the same wherever it is computed. Pure: no
// store, no GUI, no OpenCV.
class PhotoSlotProfile {
public:
    // Every check id, in the order reports list them.
    static const QStringList &checks();
    // Unknown check ids are Off.
    static CheckWeight weight(PhotoSlot slot, QStringView check);
    // The verdict one check's status pushes its photo towards under `weight` (Pass: no effect).
    static PhotoVerdict effect(CheckWeight weight, PhotoCheckStatus status);
};

} // namespace gc::core
