#include "photo/photoslotprofile.h"

#include <array>

namespace gc::core {

namespace {

constexpr auto Off = CheckWeight::Off;
constexpr auto Info = CheckWeight::Info;
constexpr auto Advisory = CheckWeight::Advisory;
constexpr auto Blocking = CheckWeight::Blocking;

struct Row {
    const char *check;
    CheckWeight before, after, problem, proposal;
};

// Why each cell is what it is:
// - readable, sharpness, exposure: every photo must show what it is for.
// - mark: an after photo must show the new mark. A before photo is the old state, so the new mark is
//   *not* expected there; when it is seen anyway (the photo was taken after the work, or the asset already
//   carried it) the office takes a look, but the crew is not stopped: the matcher's rare false positive
//   must not block a correct before photo. Problem and proposal photos have no mark to judge.
// - old_mark: on an after photo the superseded mark must be gone; on a before photo it is the expected
//   old state where the asset has one, and many assets have none, so it is only shown.
// - duplicate: a photo filed for another asset is never evidence for this one.
// - same_place: only an after photo has a before photo to be compared with.
// - location: every photo of an asset is taken at the asset. A proposal has no asset yet (its place is
//   the map point the crew sets, not known to the photo), so distance is only advice there.
// - time: every photo is taken inside the work window (an after photo also not before its before photo).
// - qr: a label naming another asset means the photo is of the wrong asset; a proposal has no label.
constexpr std::array<Row, 10> kTable{{
    // check        before    after     problem   proposal
    {"readable",   Blocking, Blocking, Blocking, Blocking},
    {"sharpness",  Blocking, Blocking, Blocking, Blocking},
    {"exposure",   Blocking, Blocking, Blocking, Blocking},
    {"mark",       Advisory, Blocking, Off,      Off},
    {"old_mark",   Info,     Blocking, Off,      Off},
    {"duplicate",  Blocking, Blocking, Blocking, Blocking},
    {"same_place", Off,      Blocking, Off,      Off},
    {"location",   Blocking, Blocking, Blocking, Advisory},
    {"time",       Blocking, Blocking, Blocking, Blocking},
    {"qr",         Blocking, Blocking, Blocking, Off},
}};

} // namespace

QString toString(PhotoSlot slot)
{
    switch (slot) {
    case PhotoSlot::Before: return QStringLiteral("before");
    case PhotoSlot::After: return QStringLiteral("after");
    case PhotoSlot::Problem: return QStringLiteral("problem");
    case PhotoSlot::Proposal: return QStringLiteral("proposal");
    }
    return {};
}

QString toString(CheckWeight weight)
{
    switch (weight) {
    case CheckWeight::Off: return QStringLiteral("off");
    case CheckWeight::Info: return QStringLiteral("info");
    case CheckWeight::Advisory: return QStringLiteral("advisory");
    case CheckWeight::Blocking: return QStringLiteral("blocking");
    }
    return {};
}

std::optional<PhotoSlot> photoSlotFromString(QStringView text)
{
    if (text == u"before")
        return PhotoSlot::Before;
    if (text.startsWith(u"after")) {
        // "after" or "after" followed by digits only (the app's after1, after2, …)
        const QStringView rest = text.mid(5);
        for (QChar c : rest)
            if (!c.isDigit())
                return std::nullopt;
        return PhotoSlot::After;
    }
    if (text == u"problem" || text == u"cannot_install")
        return PhotoSlot::Problem;
    if (text == u"proposal" || text == u"survey")
        return PhotoSlot::Proposal;
    return std::nullopt;
}

const QStringList &PhotoSlotProfile::checks()
{
    static const QStringList ids = [] {
        QStringList out;
        for (const Row &r : kTable)
            out << QString::fromLatin1(r.check);
        return out;
    }();
    return ids;
}

CheckWeight PhotoSlotProfile::weight(PhotoSlot slot, QStringView check)
{
    for (const Row &r : kTable) {
        if (check != QLatin1String(r.check))
            continue;
        switch (slot) {
        case PhotoSlot::Before: return r.before;
        case PhotoSlot::After: return r.after;
        case PhotoSlot::Problem: return r.problem;
        case PhotoSlot::Proposal: return r.proposal;
        }
    }
    return CheckWeight::Off;
}

PhotoVerdict PhotoSlotProfile::effect(CheckWeight weight, PhotoCheckStatus status)
{
    const bool problem = status == PhotoCheckStatus::Fail || status == PhotoCheckStatus::Warn;
    if (!problem || weight == CheckWeight::Off || weight == CheckWeight::Info)
        return PhotoVerdict::Pass;
    if (weight == CheckWeight::Advisory || status == PhotoCheckStatus::Warn)
        return PhotoVerdict::Review;
    return PhotoVerdict::Fail;
}

} // namespace gc::core
