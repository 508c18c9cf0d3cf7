// The field dialog's wait: from the photo chosen (ReplacementDraft::addShot, what the dialog calls when the
// capture dialog hands it a file) to the verdict in the dialog's model, through FieldController and its
// PhotoCheckRunner worker, on the 12 MP JPEG of BM_PhotoCheck12MP. The goal: under a second on this machine.
#include "../photo12mp.h"

#include "appcontroller.h"
#include "fieldcontroller.h"
#include "replacementdraft.h"

#include <benchmark/benchmark.h>

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>

namespace {

void BM_FieldPhotoVerdict12MP(benchmark::State &state)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("after.jpg"));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(gc::bench::photo12mp()) != gc::bench::photo12mp().size()) {
        state.SkipWithError("cannot write the photo");
        return;
    }
    f.close();
    gc::ui::FieldController field;
    gc::ui::ReplacementDraft draft;
    draft.setField(&field);
    auto verdict = [&] { return draft.rowCount() ? draft.data(draft.index(0), gc::ui::ReplacementDraft::VerdictRole).toString() : QString(); };
    auto chooseAndWait = [&] {
        draft.addShot(QStringLiteral("after1"), path);
        while (verdict().isEmpty())
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    };
    // The dialog opened (reset() gets the checker ready) and one photo was checked: the crew's usual case,
    // since the capture dialog takes longer to use than the reference marks take to prepare.
    draft.reset();
    chooseAndWait();
    QString last;
    for (auto _ : state) {
        chooseAndWait();
        last = verdict();
    }
    state.SetLabel(last.toStdString());
}
BENCHMARK(BM_FieldPhotoVerdict12MP)->Unit(benchmark::kMillisecond)->UseRealTime();

} // namespace
