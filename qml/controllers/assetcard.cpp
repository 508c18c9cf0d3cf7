#include "assetcard.h"

#include "photosource.h"

#include "model/assetstatus.h"
#include "field/fieldwork.h"
#include "model/catalog.h"
#include "model/eventkinds.h"
#include "office/reviewqueue.h"
#include "sync/photocache.h"
#include "store/assetstore.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
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
        {QStringLiteral("cannotInstall"), cannotInstallReport(store, uuid, lang)},
    };
}

namespace {
// The crew's memo: what follows the reason's stored words ("한국어 / English: memo"), or "".
QString memoOf(const QString &stored, const core::CatalogEntry *reason)
{
    if (!reason)
        return {};
    const QString prefix = gc::inLanguage(Lang::Both, QString::fromUtf8(reason->ko), QString::fromUtf8(reason->en)) + QStringLiteral(": ");
    return stored.startsWith(prefix) ? stored.mid(prefix.size()) : QString();
}

// The photo the report's status event names (its photo.added event, recorded with it).
QString photoShaOf(const std::vector<core::Event> &events, const QJsonArray &photoIds)
{
    for (const core::Event &e : events)
        if (e.kind == QLatin1String(core::EventKind::PhotoAdded) && photoIds.contains(e.payload.value(QStringLiteral("photo_id"))))
            return e.payload.value(QStringLiteral("sha256")).toString();
    return {};
}
} // namespace

QVariantMap cannotInstallReport(const core::AssetStore &store, const QString &uuid, Lang lang)
{
    auto events = store.events(uuid);
    if (!events)
        return {};
    for (auto it = events->rbegin(); it != events->rend(); ++it) {
        if (it->kind != QLatin1String(core::EventKind::AssetStatus))
            continue;
        const QJsonObject &p = it->payload;
        const QString status = p.value(QStringLiteral("status")).toString(), code = p.value(QStringLiteral("reason_code")).toString();
        if (status == QLatin1String("installed") || status == QLatin1String("verified"))
            return {}; // the work was done after it
        if (status != QLatin1String("needs_attention") || code.isEmpty())
            continue;
        const core::CatalogEntry *reason = core::catalog::find(core::FieldWork::cannotInstallReasons(), code);
        const QString sha = photoShaOf(*events, p.value(QStringLiteral("photos")).toArray());
        QStringList problems;
        for (const core::ReviewProblem &pr : core::ReviewQueue::problemsOf(p.value(QStringLiteral("problems")).toObject()))
            problems << (pr.status == QLatin1String("fail") ? QStringLiteral("✗ ") : QStringLiteral("! ")) + pr.message(lang);
        return QVariantMap{
            {QStringLiteral("actor"), it->actor},
            {QStringLiteral("time"), QDateTime::fromString(it->time, Qt::ISODate).toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))},
            {QStringLiteral("reason"), reason ? core::catalog::label(*reason, lang) : p.value(QStringLiteral("reason")).toString()},
            {QStringLiteral("note"), memoOf(p.value(QStringLiteral("reason")).toString(), reason)},
            {QStringLiteral("sha256"), sha},
            {QStringLiteral("photo"), sha.isEmpty() ? QUrl() : checkedPhotoUrl(core::PhotoCache::bestLocal(store, sha))},
            {QStringLiteral("verdict"), p.value(QStringLiteral("checks")).toObject().value(QStringLiteral("problem")).toString()},
            {QStringLiteral("reviewReason"), p.value(QStringLiteral("review_reason")).toString()},
            {QStringLiteral("problems"), problems},
        };
    }
    return {};
}

} // namespace gc::ui
