// check-photo / check-photos: the automatic verdict on photos of replaced installations. The work is
// core::PhotoCheckRun's; this file reads the arguments and prints.
#include "command.h"

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
bool takeWorkWindow(QStringList &args, QDateTime *start, QDateTime *end)
{
    const QString startText = takeOption(args, QStringLiteral("--work-start"));
    const QString endText = takeOption(args, QStringLiteral("--work-end"));
    for (const auto &[text, target] : {std::pair{startText, start}, std::pair{endText, end}}) {
        if (text.isNull())
            continue;
        *target = core::PhotoCheckRun::parseTime(text);
        if (!target->isValid()) {
            printErr(QStringLiteral("날짜 형식이 잘못되었습니다 / not an ISO date-time: %1").arg(text));
            return false;
        }
    }
    return true;
}

int runCheckPhoto(const QStringList &argsIn)
{
    const QString usage = QStringLiteral(
        "check-photo PHOTO [--slot before|after|problem|proposal] [--before B] [--mark REF …] [--old-mark REF …] [--inventory FILE --asset CODE] "
        "[--work-start ISO] [--work-end ISO] [--preview OUT.jpg] [--json]");
    QStringList args = argsIn;
    core::PhotoCheckRequest request;
    const QString slotText = takeOption(args, QStringLiteral("--slot"));
    request.before = takeOption(args, QStringLiteral("--before"));
    request.marks = takeOptionAll(args, QStringLiteral("--mark"));
    request.oldMarks = takeOptionAll(args, QStringLiteral("--old-mark"));
    request.inventory = takeOption(args, QStringLiteral("--inventory"));
    request.assetCode = takeOption(args, QStringLiteral("--asset"));
    const QString preview = takeOption(args, QStringLiteral("--preview"));
    const bool json = takeFlag(args, QStringLiteral("--json"));
    if (!takeWorkWindow(args, &request.workStart, &request.workEnd))
        return ExitUsage;
    if (!checkUsage(args, usage, args.size() == 1 && request.inventory.isEmpty() == request.assetCode.isEmpty()))
        return ExitUsage;
    // Without --slot a photo is judged as an after photo, as check-photo always did.
    if (!slotText.isNull()) {
        const auto slot = core::photoSlotFromString(slotText);
        if (!slot) {
            printErr(QStringLiteral("--slot는 before, after, problem, proposal 중 하나입니다 / --slot must be before, after, problem or proposal: %1")
                         .arg(slotText));
            return ExitUsage;
        }
        request.slot = *slot;
    }
    if (request.slot != core::PhotoSlot::After && !request.before.isEmpty()) {
        printErr(QStringLiteral("--before는 교체 후 사진(--slot after)에만 씁니다 / --before compares an after photo only (--slot after)"));
        return ExitUsage;
    }
    request.photo = args[0];
    auto result = core::PhotoCheckRun::checkOne(request);
    if (!result) {
        printErr(result.error().message);
        return ExitUsage;
    }
    if (!preview.isEmpty()) {
        QFile f(preview);
        if (!f.open(QIODevice::WriteOnly) || f.write(result->previewJpeg) != result->previewJpeg.size())
            printErr(QStringLiteral("미리보기를 저장할 수 없습니다 / cannot write the preview %1").arg(preview));
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

int runCheckPhotos(const QStringList &argsIn)
{
    const QString usage = QStringLiteral(
        "check-photos DIR --inventory FILE [--mark REF …] [--old-mark REF …] [--work-start ISO] [--work-end ISO] "
        "[--out BASENAME] [--previews DIR] [--jobs N]");
    QStringList args = argsIn;
    const QString inventory = takeOption(args, QStringLiteral("--inventory"));
    const QStringList marks = takeOptionAll(args, QStringLiteral("--mark"));
    const QStringList oldMarks = takeOptionAll(args, QStringLiteral("--old-mark"));
    const QString outBase = takeOption(args, QStringLiteral("--out"));
    const QString previews = takeOption(args, QStringLiteral("--previews"));
    const QString jobsText = takeOption(args, QStringLiteral("--jobs"));
    QDateTime workStart, workEnd;
    if (!takeWorkWindow(args, &workStart, &workEnd))
        return ExitUsage;
    if (!checkUsage(args, usage, args.size() == 1 && !inventory.isEmpty()))
        return ExitUsage;
    const QDir dir(args[0]);
    if (!dir.exists()) {
        printErr(QStringLiteral("폴더가 없습니다 / no such folder: %1").arg(args[0]));
        return ExitUsage;
    }
    auto run = core::PhotoCheckRun::open(inventory, marks, oldMarks);
    if (!run) {
        printErr(run.error().message);
        return ExitUsage;
    }
    run->setWorkWindow(workStart, workEnd);
    if (!previews.isEmpty() && !QDir().mkpath(previews)) {
        printErr(QStringLiteral("미리보기 폴더를 만들 수 없습니다 / cannot create %1").arg(previews));
        return ExitUsage;
    }
    const QStringList files = core::PhotoCheckRun::photosIn(dir);
    if (files.isEmpty()) {
        printErr(QStringLiteral("사진이 없습니다 / no photos (*.jpg, *.png) in %1").arg(args[0]));
        return ExitUsage;
    }
    const int jobs = jobsText.isEmpty() ? int(std::max(1u, std::thread::hardware_concurrency())) : jobsText.toInt();
    const bool tty = isatty(fileno(stderr));
    run->run(files, jobs, tty ? drawProgress : std::function<void(int, int)>());
    if (tty)
        std::fputc('\n', stderr);
    const QString base = outBase.isEmpty() ? QStringLiteral("photo-check") : outBase;
    if (auto w = run->write(base, previews); !w) {
        printErr(w.error().message);
        return ExitUsage;
    }
    printOut(run->summary(base));
    return run->allPass() ? ExitOk : ExitDataProblem;
}

const Registration regOne{{QStringLiteral("check-photo"),
                           QStringLiteral("check-photo PHOTO [--slot before|after|problem|proposal] [--before B] [--mark REF …] [--old-mark REF …] [--inventory FILE --asset CODE] [--json]"),
                           QStringLiteral("사진 자동 검증 / check one photo as its slot's photo (default after): mark, sharpness, exposure, duplicate, place, time, QR (exit 0 pass, 1 review/fail, 2 unreadable)"),
                           &runCheckPhoto}};
const Registration regMany{{QStringLiteral("check-photos"), QStringLiteral("check-photos DIR --inventory FILE [--out BASENAME] [--previews DIR]"),
                            QStringLiteral("폴더의 사진 일괄 검증 / check every photo in a folder on all cores; writes a CSV and JSON summary"),
                            &runCheckPhotos}};

} // namespace

} // namespace gc::cli
