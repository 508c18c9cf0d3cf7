#include "conflictscontroller.h"
#include "text.h"
#include "synccontroller.h"

#include "model/assetfields.h"
#include "model/catalog.h"
#include "office/conflictresolution.h"
#include "store/assetstore.h"

#include <QDateTime>
#include <QJsonValue>

namespace gc::ui {

namespace {
core::EditConflict conflictOf(const QVariantMap &m)
{
    return {m.value(QStringLiteral("asset_uuid")).toString(), m.value(QStringLiteral("event_id")).toString(),
            m.value(QStringLiteral("other_event_id")).toString(), m.value(QStringLiteral("detected_at")).toString()};
}

QString shortTime(const QString &iso)
{
    const QDateTime t = QDateTime::fromString(iso, Qt::ISODateWithMs);
    return t.isValid() ? t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : iso;
}
} // namespace

ConflictsController::ConflictsController(QObject *parent) : QObject(parent) {}

void ConflictsController::setApp(AppController *app)
{
    if (m_app == app)
        return;
    if (m_app)
        disconnect(m_app->sync(), nullptr, this, nullptr);
    m_app = app;
    if (m_app)
        connect(m_app->sync(), &SyncController::conflictsFetched, this, &ConflictsController::onFetched);
    emit appChanged();
}

void ConflictsController::load()
{
    if (!m_app)
        return;
    m_loading = true;
    m_message.clear();
    emit rowsChanged();
    m_app->sync()->fetchConflicts();
}

void ConflictsController::onFetched(const QVariantList &conflicts, const QString &error)
{
    m_loading = false;
    m_loaded = error.isEmpty();
    m_message = error;
    m_raw.clear();
    m_rows.clear();
    core::AssetStore *store = m_app ? m_app->store() : nullptr;
    for (const QVariant &v : conflicts) {
        if (!store)
            break;
        const core::EditConflict c = conflictOf(v.toMap());
        auto s = core::ConflictResolver(*store).sides(c);
        if (!s || s->resolved) // settled here, not yet sent
            continue;
        const auto asset = store->asset(c.assetUuid);
        m_raw.append(v);
        m_rows.append(QVariantMap{{QStringLiteral("assetUuid"), c.assetUuid},
                                  {QStringLiteral("code"), asset ? asset->code : c.assetUuid.left(8)},
                                  {QStringLiteral("name"), asset ? asset->name : QString()},
                                  {QStringLiteral("detectedAt"), shortTime(c.detectedAt)},
                                  {QStringLiteral("ready"), bool(s->edit && s->other)},
                                  {QStringLiteral("first"), side(s->edit, c.eventId, s->showing)},
                                  {QStringLiteral("second"), side(s->other, c.otherEventId, s->showing)}});
    }
    emit rowsChanged();
}

QVariantMap ConflictsController::side(const std::optional<core::Event> &e, const QString &id, const QString &showing) const
{
    if (!e)
        return {{QStringLiteral("id"), id}, {QStringLiteral("present"), false},
                {QStringLiteral("lines"), QStringList{tr("Not on this tablet yet: sync, then open the list again")}}};
    const bool status = e->kind == QLatin1String(core::EventKind::AssetStatus);
    const bool created = e->kind == QLatin1String(core::EventKind::AssetCreated);
    const bool deleted = e->kind == QLatin1String(core::EventKind::AssetDeleted);
    return {{QStringLiteral("id"), e->id},
            {QStringLiteral("present"), true},
            {QStringLiteral("actor"), e->actor},
            {QStringLiteral("device"), e->device},
            {QStringLiteral("time"), shortTime(e->time)},
            {QStringLiteral("kind"), status ? tr("Status") : created ? tr("Created") : deleted ? tr("Deleted") : tr("Fields")},
            {QStringLiteral("lines"), lines(*e)},
            {QStringLiteral("shows"), e->id == showing}};
}

QStringList ConflictsController::lines(const core::Event &e) const
{
    const Lang lang = m_app && m_app->language() == QLatin1String("en") ? Lang::English : Lang::Korean;
    QStringList out;
    for (auto it = e.payload.begin(); it != e.payload.end(); ++it) {
        const QString key = it.key();
        if (key == QLatin1String("batch") || key == QLatin1String("x") || key == QLatin1String("y"))
            continue;
        QString label = key;
        QString value = it.value().isString() ? it.value().toString() : it.value().toVariant().toString();
        if (key == QLatin1String("status")) {
            label = tr("Status");
            value = core::catalog::label(core::catalog::statuses(), value);
        } else if (key == QLatin1String("reason")) {
            label = tr("Reason");
        } else if (const core::AssetField *f = core::assetfields::find(key)) {
            label = inLanguage(lang, QString::fromUtf8(f->ko), QString::fromUtf8(f->en));
        }
        out << QStringLiteral("%1: %2").arg(label, value.isEmpty() ? QStringLiteral("—") : value);
    }
    return out;
}

bool ConflictsController::keep(int row, bool first, const QString &note)
{
    core::AssetStore *store = m_app ? m_app->store() : nullptr;
    if (!store || row < 0 || row >= m_raw.size())
        return false;
    const core::EditConflict c = conflictOf(m_raw.at(row).toMap());
    auto r = core::ConflictResolver(*store).keep(c, first ? c.eventId : c.otherEventId, note);
    if (!r) {
        m_message = r.error().message();
        emit rowsChanged();
        return false;
    }
    const QVariantMap kept = m_rows.at(row).toMap().value(first ? QStringLiteral("first") : QStringLiteral("second")).toMap();
    m_message = tr("%1: kept %2's edit").arg(m_rows.at(row).toMap().value(QStringLiteral("code")).toString(), kept.value(QStringLiteral("actor")).toString());
    m_raw.removeAt(row);
    m_rows.removeAt(row);
    emit rowsChanged();
    m_app->refresh();
    m_app->sync()->syncNow();
    return true;
}

} // namespace gc::ui
