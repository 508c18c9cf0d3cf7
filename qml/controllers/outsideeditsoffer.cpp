#include "outsideeditsoffer.h"
#include "text.h"

#include "store/assetstore.h"
#include "store/outsideedits.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

namespace gc::ui {

struct OutsideEditsOffer::Found {
    core::OutsideEdits::Summary summary;
    QString error;
};

OutsideEditsOffer::OutsideEditsOffer(std::function<core::AssetStore *()> store, QObject *parent)
    : QObject(parent), m_store(std::move(store))
{
}

OutsideEditsOffer::~OutsideEditsOffer() = default;

void OutsideEditsOffer::show(const Found &f)
{
    m_count = f.summary.assets;
    m_adoptable = f.summary.adoptable;
    m_refused = f.summary.refused;
    m_conflicts = f.summary.conflicts;
    m_lines = f.summary.lines;
    m_message = f.error;
}

void OutsideEditsOffer::check(const QString &path)
{
    const int serial = ++m_serial;
    show({});
    m_checking = true;
    emit changed();
    auto *watcher = new QFutureWatcher<Found>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, serial] {
        const Found f = watcher->result();
        watcher->deleteLater();
        if (serial != m_serial)
            return;
        m_checking = false;
        show(f);
        emit changed();
        if (m_count > 0)
            emit found();
    });
    // Its own read-only connection: replaying the log takes a second on the demo, the UI goes on.
    watcher->setFuture(QtConcurrent::run([path] {
        Found f;
        auto store = core::AssetStore::open(path, core::AssetStore::Access::ReadOnly);
        if (!store) {
            f.error = store.error().message();
            return f;
        }
        auto edits = core::OutsideEdits::find(**store);
        if (!edits)
            f.error = edits.error().message();
        else
            f.summary = core::OutsideEdits::summarize(*edits, kLines);
        return f;
    }));
}

bool OutsideEditsOffer::adopt(const QString &actorIn)
{
    const QString actor = actorIn.trimmed();
    core::AssetStore *store = m_store();
    const auto fail = [this](const QString &why) {
        m_message = why;
        emit changed();
        return false;
    };
    if (!store)
        return fail(gc::render(gc::tx(QT_TRANSLATE_NOOP("gc", "no inventory is open")), gc::Lang::Ui));
    if (store->readOnly())
        return fail(gc::render(gc::tx("%1: %2", store->path(), gc::tx(QT_TRANSLATE_NOOP("gc", "opened read-only"), store->path())), gc::Lang::Ui));
    if (actor.isEmpty())
        return fail(gc::render(gc::tx(QT_TRANSLATE_NOOP("gc", "name who adopts the edits")), gc::Lang::Ui));
    ++m_serial; // a check still running describes the file before this
    m_checking = false;
    const QString before = store->actor();
    store->setIdentity(actor, {});
    auto edits = core::OutsideEdits::find(*store);
    Found left;
    if (!edits)
        return fail(edits.error().message());
    auto done = core::OutsideEdits::adopt(*store, *edits);
    store->setIdentity(before, {});
    if (!done)
        return fail(done.error().message());
    // What adopt left: the refused rows, still to be fixed in QGIS or in the app.
    if (auto again = core::OutsideEdits::find(*store); again)
        left.summary = core::OutsideEdits::summarize(*again, kLines);
    show(left);
    m_message = gc::render(gc::tx(QT_TRANSLATE_NOOP("gc", "adopted %1 assets as %3 events by %2"), done->assets, actor, done->events), gc::Lang::Ui);
    emit changed();
    emit adopted();
    return true;
}

} // namespace gc::ui
