// check-photo / check-photos: the automatic verdict on photos of replaced installations. The work is
// core::PhotoCheckRun's; this file reads the arguments and prints.
#include "command.h"
#include "text.h"

#include "photorun/photocheckrun.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>

#include <unistd.h>

#include <cstdio>
#include <string>
#include <thread>

namespace gc::cli {

namespace {

// --work-start / --work-end, ISO date-times; false (after saying why) when one is not.
bool takeWorkWindow(const QCommandLineParser &p, QDateTime *start, QDateTime *end)
{
    const QString startText = p.value(QStringLiteral("work-start"));
    const QString endText = p.value(QStringLiteral("work-end"));
    for (const auto &[text, target] : {std::pair{startText, start}, std::pair{endText, end}}) {
        if (text.isNull())
            continue;
        *target = core::PhotoCheckRun::parseTime(text);
        if (!target->isValid()) {
            printErr(gc::render(gc::tx(QT_TRANSLATE_NOOP("gc", "not an ISO date-time: %1"), text), gc::Lang::Both));
            return false;
        }
    }
    return true;
}

const char kCheckPhotoUsage[] =
    "check-photo PHOTO [--slot before|after|problem|proposal] [--before B] [--mark REF …] [--old-mark REF …] [--inventory FILE --asset CODE] "
    "[--work-start ISO] [--work-end ISO] [--preview OUT.jpg] [--json]";

int runCheckPhoto(const QCommandLineParser &p)
{
    const QStringList args = p.positionalArguments();
    core::PhotoCheckRequest request;
    const QString slotText = p.value(QStringLiteral("slot"));
    request.before = p.value(QStringLiteral("before"));
    request.marks = p.values(QStringLiteral("mark"));
    request.oldMarks = p.values(QStringLiteral("old-mark"));
    request.inventory = p.value(QStringLiteral("inventory"));
    request.assetCode = p.value(QStringLiteral("asset"));
    const QString preview = p.value(QStringLiteral("preview"));
    const bool json = p.isSet(QStringLiteral("json"));
    if (!takeWorkWindow(p, &request.workStart, &request.workEnd))
        return ExitUsage;
    if (!checkUsage(QString::fromUtf8(kCheckPhotoUsage), args.size() == 1 && request.inventory.isEmpty() == request.assetCode.isEmpty()))
        return ExitUsage;
    // Without --slot a photo is judged as an after photo, as check-photo always did.
    if (!slotText.isNull()) {
        const auto slot = core::photoSlotFromString(slotText);
        if (!slot) {
            printErr(gc::render(gc::tx(QT_TRANSLATE_NOOP("gc", "--slot must be before, after, problem or proposal: %1"), slotText), gc::Lang::Both));
            return ExitUsage;
        }
        request.slot = *slot;
    }
    if (request.slot != core::PhotoSlot::After && !request.before.isEmpty()) {
        printErr(gc::render(gc::tx(QT_TRANSLATE_NOOP("gc", "--before compares an after photo only (--slot after)")), gc::Lang::Both));
        return ExitUsage;
    }
    request.photo = args[0];
    auto result = core::PhotoCheckRun::checkOne(request);
    if (!result) {
        printErr(result.error().message());
        return ExitUsage;
    }
    if (!preview.isEmpty()) {
        QFile f(preview);
        if (!f.open(QIODevice::WriteOnly) || f.write(result->previewJpeg) != result->previewJpeg.size())
            printErr(gc::render(gc::tx(QT_TRANSLATE_NOOP("gc", "cannot write the preview %1"), preview), gc::Lang::Both));
    }
    if (json)
        printOut(QString::fromUtf8(QJsonDocument(result->toJson()).toJson(QJsonDocument::Compact)));
    else
        printOut(core::PhotoCheckRun::report(request.photo, *result));
    return result->verdict == core::PhotoVerdict::Pass ? ExitOk : ExitDataProblem;
}

// A progress bar on stderr, when stderr is a terminal.
void drawProgress(int done, int total)
{
    const int width = 30, filled = width * done / total;
    std::fprintf(stderr, "\r[%s%s] %d/%lld", std::string(size_t(filled), '#').c_str(), std::string(size_t(width - filled), '.').c_str(), done,
                 qint64(total));
    std::fflush(stderr);
}

const char kCheckPhotosUsage[] = "check-photos DIR --inventory FILE [--mark REF …] [--old-mark REF …] [--work-start ISO] [--work-end ISO] "
                                  "[--out BASENAME] [--previews DIR] [--jobs N]";

int runCheckPhotos(const QCommandLineParser &p)
{
    const QStringList args = p.positionalArguments();
    const QString inventory = p.value(QStringLiteral("inventory"));
    const QStringList marks = p.values(QStringLiteral("mark"));
    const QStringList oldMarks = p.values(QStringLiteral("old-mark"));
    const QString outBase = p.value(QStringLiteral("out"));
    const QString previews = p.value(QStringLiteral("previews"));
    const QString jobsText = p.value(QStringLiteral("jobs"));
    QDateTime workStart, workEnd;
    if (!takeWorkWindow(p, &workStart, &workEnd))
        return ExitUsage;
    if (!checkUsage(QString::fromUtf8(kCheckPhotosUsage), args.size() == 1 && !inventory.isEmpty()))
        return ExitUsage;
    const QDir dir(args[0]);
    if (!dir.exists()) {
        printErr(gc::render(gc::tx(QT_TRANSLATE_NOOP("gc", "no such folder: %1"), args[0]), gc::Lang::Both));
        return ExitUsage;
    }
    auto run = core::PhotoCheckRun::open(inventory, marks, oldMarks);
    if (!run) {
        printErr(run.error().message());
        return ExitUsage;
    }
    run->setWorkWindow(workStart, workEnd);
    if (!previews.isEmpty() && !QDir().mkpath(previews)) {
        printErr(gc::render(gc::tx(QT_TRANSLATE_NOOP("gc", "cannot create %1"), previews), gc::Lang::Both));
        return ExitUsage;
    }
    const QStringList files = core::PhotoCheckRun::photosIn(dir);
    if (files.isEmpty()) {
        printErr(gc::render(gc::tx(QT_TRANSLATE_NOOP("gc", "no photos (*.jpg, *.png) in %1"), args[0]), gc::Lang::Both));
        return ExitUsage;
    }
    const int jobs = jobsText.isEmpty() ? int(std::max(1u, std::thread::hardware_concurrency())) : jobsText.toInt();
    const bool tty = isatty(fileno(stderr));
    run->run(files, jobs, tty ? drawProgress : std::function<void(int, int)>());
    if (tty)
        std::fputc('\n', stderr);
    const QString base = outBase.isEmpty() ? QStringLiteral("photo-check") : outBase;
    if (auto w = run->write(base, previews); !w) {
        printErr(w.error().message());
        return ExitUsage;
    }
    printOut(run->summary(base));
    return run->allPass() ? ExitOk : ExitDataProblem;
}

QCommandLineOption markOption()
{
    return option(QStringLiteral("mark"), QStringLiteral("REF"), QStringLiteral("a reference image of the new mark; repeatable (default: the built-in marks)"));
}

QCommandLineOption oldMarkOption()
{
    return option(QStringLiteral("old-mark"), QStringLiteral("REF"), QStringLiteral("a reference image of the old mark; repeatable"));
}

QList<QCommandLineOption> workWindowOptions()
{
    return {option(QStringLiteral("work-start"), QStringLiteral("ISO"), QStringLiteral("start of the work window (ISO date-time)")),
            option(QStringLiteral("work-end"), QStringLiteral("ISO"), QStringLiteral("end of the work window (ISO date-time)"))};
}

const Registration regOne{
    {.name = QStringLiteral("check-photo"),
     .usage = QString::fromUtf8(kCheckPhotoUsage),
     .summary = gc::tx(QT_TRANSLATE_NOOP("gc", "check one photo as its slot's photo (default after): mark, sharpness, exposure, duplicate, place, time, QR (exit 0 pass, 1 review/fail, 2 unreadable)")),
     .options = QList<QCommandLineOption>{option(QStringLiteral("slot"), QStringLiteral("before|after|problem|proposal"),
                                                 QStringLiteral("which photo of the record it is (default after)")),
                                          option(QStringLiteral("before"), QStringLiteral("B"), QStringLiteral("the before photo to compare an after photo with")),
                                          markOption(), oldMarkOption(),
                                          option(QStringLiteral("inventory"), QStringLiteral("FILE"), QStringLiteral("the inventory holding the asset")),
                                          option(QStringLiteral("asset"), QStringLiteral("CODE"), QStringLiteral("the asset photographed (with --inventory)")),
                                          option(QStringLiteral("preview"), QStringLiteral("OUT.jpg"), QStringLiteral("write the annotated preview")),
                                          flag(QStringLiteral("json"), QStringLiteral("print the verdict as JSON"))}
                + workWindowOptions(),
     .repeatable = {QStringLiteral("mark"), QStringLiteral("old-mark")},
     .run = &runCheckPhoto}};
const Registration regMany{
    {.name = QStringLiteral("check-photos"),
     .usage = QString::fromUtf8(kCheckPhotosUsage),
     .summary = gc::tx(QT_TRANSLATE_NOOP("gc", "check every photo in a folder on all cores; writes a CSV and JSON summary")),
     .options = QList<QCommandLineOption>{option(QStringLiteral("inventory"), QStringLiteral("FILE"), QStringLiteral("the inventory the photos belong to")),
                                          markOption(), oldMarkOption(),
                                          option(QStringLiteral("out"), QStringLiteral("BASENAME"), QStringLiteral("BASENAME.csv and .json (default photo-check)")),
                                          option(QStringLiteral("previews"), QStringLiteral("DIR"), QStringLiteral("write annotated previews here")),
                                          option(QStringLiteral("jobs"), QStringLiteral("N"), QStringLiteral("photos checked at once (default: every core)"))}
                + workWindowOptions(),
     .repeatable = {QStringLiteral("mark"), QStringLiteral("old-mark")},
     .run = &runCheckPhotos}};

} // namespace

} // namespace gc::cli
