#include "assetcard.h"

#include "photosource.h"

#include "model/assetstatus.h"
#include "model/catalog.h"
#include "sync/photocache.h"
#include "store/assetstore.h"

#include <QDateTime>
#include <QUrl>

namespace gc::ui {

QVariantMap assetCard(const core::AssetStore &store, const QString &uuid, Lang lang)
{
    const auto a = store.asset(uuid);
    if (!a)
        return {};
    auto label = [lang](std::span<const core::CatalogEntry> list, const QString &code) {
        const core::CatalogEntry *e = core::catalog::find(list, code);
        return e ? core::catalog::label(*e, lang) : code;
    };
    QVariantList photos, history;
    if (auto rows = store.photos(uuid)) {
        for (const auto &p : *rows) // others' photos: the largest rendition this device holds (W3.4), by its magic bytes
            photos << QVariantMap{{QStringLiteral("url"), checkedPhotoUrl(core::PhotoCache::bestLocal(store, p.sha256))},
                                  {QStringLiteral("role"), p.role}, {QStringLiteral("takenAt"), p.takenAt.isEmpty() ? p.addedAt : p.takenAt}};
    }
    if (auto events = store.events(uuid)) {
        for (auto it = events->rbegin(); it != events->rend(); ++it) {
            const QString status = it->payload.value(QStringLiteral("status")).toString();
            history << QVariantMap{{QStringLiteral("time"), QDateTime::fromString(it->time, Qt::ISODate).toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))},
                                   {QStringLiteral("actor"), it->actor},
                                   {QStringLiteral("kind"), it->kind},
                                   {QStringLiteral("statusLabel"), status.isEmpty() ? QString() : label(core::catalog::statuses(), status)},
                                   {QStringLiteral("reason"), it->payload.value(QStringLiteral("reason")).toString(
                                                                 it->payload.value(QStringLiteral("review_reason")).toString())},
                                   {QStringLiteral("role"), it->payload.value(QStringLiteral("role")).toString()},
                                   {QStringLiteral("note"), it->payload.value(QStringLiteral("note")).toString()}};
        }
    }
    return QVariantMap{
        {QStringLiteral("uuid"), a->uuid},
        {QStringLiteral("code"), a->code},
        {QStringLiteral("name"), a->name},
        {QStringLiteral("categoryLabel"), label(core::catalog::categories(), a->category)},
        {QStringLiteral("status"), a->status},
        {QStringLiteral("statusLabel"), label(core::catalog::statuses(), a->status)},
        {QStringLiteral("statusReason"), a->statusReason},
        {QStringLiteral("method"), a->method},
        {QStringLiteral("methodLabel"), label(core::catalog::methods(), a->method)},
        {QStringLiteral("markCount"), a->markCount},
        {QStringLiteral("markSize"), a->markSize},
        {QStringLiteral("variantLabel"), label(core::catalog::variants(), a->variant)},
        {QStringLiteral("notes"), a->notes},
        {QStringLiteral("address"), a->addressRoad.isEmpty() ? a->addressJibun : a->addressRoad},
        {QStringLiteral("dueDate"), a->dueDate},
        {QStringLiteral("x"), a->x},
        {QStringLiteral("y"), a->y},
        {QStringLiteral("hasLocation"), a->hasLocation},
        {QStringLiteral("canReplace"), core::isAllowedTransition(a->status, core::AssetStatus::Installed)},
        {QStringLiteral("canFlag"), core::isAllowedTransition(a->status, core::AssetStatus::NeedsAttention)},
        {QStringLiteral("photos"), photos},
        {QStringLiteral("history"), history},
    };
}

} // namespace gc::ui
