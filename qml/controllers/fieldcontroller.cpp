#include "fieldcontroller.h"
#include "appcontroller.h"
#include "store/assetstore.h"
#include "domain/catalog.h"
#include "field/crewdirectory.h"
#include "crstransform.h"
#include "field/fieldwork.h"
#include "photo/photochecker.h"
#include "photo/photostore.h"
#include "field/routeplanner.h"
#include "photo/inventoryphotos.h"
#include "sync/syncclient.h"

#include <QDateTime>
#include <QFile>
#include <QFutureWatcher>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <QUrl>
#include <QtConcurrent/QtConcurrentRun>

#include <mutex>

namespace gc::ui {

// One photo checker for the controller's life, built on first use on a worker (it loads the
// reference marks) and then shared by every check; check() is thread-safe.
struct FieldController::Checker {
    std::mutex mutex;
    std::optional<core::PhotoChecker> checker;
    QString error;

    const core::PhotoChecker *get()
    {
        std::lock_guard lock(mutex);
        if (!checker && error.isEmpty()) {
            auto c = core::PhotoChecker::create(core::PhotoCheckThresholds{});
            if (c)
                checker.emplace(std::move(*c));
            else
                error = c.error().message;
        }
        return checker ? &*checker : nullptr;
    }
};

namespace {

struct CheckOutcome {
    QString verdict, error, qrText;
    QVariantList checks;
};

QString statusName(core::PhotoCheckStatus s) { return core::toString(s); }

QByteArray readAll(const QString &path, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("%1: 사진을 열 수 없습니다 / cannot open the photo: %2").arg(path, f.errorString());
        return {};
    }
    return f.readAll();
}

} // namespace

FieldController::FieldController(QObject *parent)
    : QObject(parent), m_work(new WorkListModel(this)), m_checker(std::make_shared<Checker>())
{
    m_pool.setMaxThreadCount(1); // one check at a time: the tablet stays responsive
    if (auto t = geo::CrsTransform::create(QStringLiteral("EPSG:4326"), QStringLiteral("EPSG:5186")))
        m_toMap = std::make_unique<geo::CrsTransform>(std::move(*t));
    if (auto t = geo::CrsTransform::create(QStringLiteral("EPSG:5186"), QStringLiteral("EPSG:4326")))
        m_toGps = std::make_unique<geo::CrsTransform>(std::move(*t));
}

FieldController::~FieldController() { m_pool.waitForDone(); }

core::AssetStore *FieldController::store() const { return m_app ? m_app->store() : nullptr; }

void FieldController::setApp(AppController *app)
{
    if (app == m_app)
        return;
    if (m_app)
        disconnect(m_app, nullptr, this, nullptr);
    m_app = app;
    if (m_app)
        connect(m_app, &AppController::inventoryChanged, this, [this] {
            signOut();
            reloadUsers();
        });
    m_work->setStore(store());
    reloadUsers();
    refreshPending();
    emit appChanged();
}

QString FieldController::pick(const QString &ko, const QString &en) const
{
    return m_app && m_app->language() == QLatin1String("en") ? en : ko;
}

void FieldController::setMessage(const QString &m)
{
    m_message = m;
    emit messageChanged();
}

QVariantList FieldController::methodOptions() const
{
    QVariantList out;
    for (const auto &e : core::catalog::methods())
        out << QVariantMap{{QStringLiteral("code"), QString::fromUtf8(e.code)}, {QStringLiteral("label"), pick(QString::fromUtf8(e.ko), QString::fromUtf8(e.en))}};
    return out;
}

QVariantList FieldController::reasonOptions() const
{
    QVariantList out;
    for (const auto &e : core::FieldWork::cannotInstallReasons())
        out << QVariantMap{{QStringLiteral("code"), QString::fromUtf8(e.code)}, {QStringLiteral("label"), pick(QString::fromUtf8(e.ko), QString::fromUtf8(e.en))}};
    return out;
}

QVariantList FieldController::categoryOptions() const
{
    QVariantList out;
    for (const auto &e : core::catalog::categories())
        out << QVariantMap{{QStringLiteral("code"), QString::fromUtf8(e.code)}, {QStringLiteral("label"), pick(QString::fromUtf8(e.ko), QString::fromUtf8(e.en))}};
    return out;
}

void FieldController::reloadUsers()
{
    m_users.clear();
    if (auto *s = store()) {
        auto choices = core::CrewDirectory(*s).signInChoices();
        if (choices) {
            for (const auto &u : *choices)
                m_users << QVariantMap{{QStringLiteral("name"), u.name}, {QStringLiteral("crew"), u.crew},
                                       {QStringLiteral("hasPin"), !u.pinHash.isEmpty()}};
        } else {
            setMessage(choices.error().message);
        }
    }
    emit usersChanged();
}

bool FieldController::signIn(const QString &name, const QString &pin)
{
    auto *s = store();
    if (!s) {
        setMessage(QStringLiteral("목록이 열려 있지 않습니다 / no inventory is open"));
        return false;
    }
    auto user = core::CrewDirectory(*s).signIn(name, pin);
    if (!user) {
        setMessage(user.error().message);
        return false;
    }
    m_userName = user->name;
    m_crew = user->crew;
    s->setIdentity(m_userName, {});
    m_work->setCrew(m_crew);
    setMessage({});
    emit userChanged();
    refreshPending();
    return true;
}

void FieldController::signOut()
{
    m_userName.clear();
    m_crew.clear();
    m_current.clear();
    clearRoute();
    m_work->setStore(store());
    m_work->setCrew({});
    emit currentAssetChanged();
    emit userChanged();
}

bool FieldController::setGpsPosition(double latitude, double longitude)
{
    if (!m_toMap)
        return false;
    double x = longitude, y = latitude;
    if (!m_toMap->transform(x, y))
        return false;
    m_gps = QPointF(latitude, longitude);
    updatePosition(QPointF(x, y));
    return true;
}

void FieldController::setMapPosition(double x, double y)
{
    m_gps = toWgs84(x, y);
    updatePosition(QPointF(x, y));
}

void FieldController::updatePosition(QPointF p)
{
    // A fix that moved less than a few metres changes nothing a crew would see in the list.
    const bool moved = !m_position || std::hypot(m_position->x() - p.x(), m_position->y() - p.y()) > 5.0;
    m_position = p;
    emit positionChanged();
    if (moved)
        m_work->setOrigin(m_position);
}

std::optional<QPointF> FieldController::toWgs84(double x, double y) const
{
    if (!m_toGps)
        return std::nullopt;
    double lon = x, lat = y;
    if (!m_toGps->transform(lon, lat))
        return std::nullopt;
    return QPointF(lat, lon);
}

bool FieldController::planRoute()
{
    auto *s = store();
    if (!s || m_crew.isEmpty())
        return false;
    core::RoutePlanner planner;
    core::WorkQuery q{.crew = m_crew, .from = m_position, .limit = planner.tuning().maxStops};
    auto todo = core::WorkQueue::fetch(*s, q);
    if (!todo) {
        setMessage(todo.error().message);
        return false;
    }
    std::vector<core::WorkItem> located;
    for (auto &w : *todo)
        if (w.hasLocation)
            located.push_back(std::move(w));
    if (located.empty()) {
        clearRoute();
        return false;
    }
    // Without a fix the route starts at the first stop by due date.
    const QPointF start = m_position ? *m_position : QPointF(located.front().x, located.front().y);
    std::vector<QPointF> pts;
    for (const auto &w : located)
        pts.emplace_back(w.x, w.y);
    const auto order = planner.order(start, pts);
    m_routeLength = core::RoutePlanner::length(start, pts, order);
    m_route.clear();
    m_route << QVariantMap{{QStringLiteral("x"), start.x()}, {QStringLiteral("y"), start.y()}, {QStringLiteral("stop"), 0}};
    std::vector<core::WorkItem> stops;
    for (int i : order) {
        stops.push_back(located[size_t(i)]);
        m_route << QVariantMap{{QStringLiteral("x"), pts[size_t(i)].x()}, {QStringLiteral("y"), pts[size_t(i)].y()},
                               {QStringLiteral("stop"), int(stops.size())}, {QStringLiteral("code"), located[size_t(i)].code}};
    }
    m_work->showRoute(std::move(stops));
    emit routeChanged();
    return true;
}

void FieldController::clearRoute()
{
    const bool had = !m_route.isEmpty();
    m_route.clear();
    m_routeLength = 0;
    if (m_work->routeMode())
        m_work->showRoute({});
    if (had)
        emit routeChanged();
}

bool FieldController::openAsset(const QString &uuid)
{
    auto *s = store();
    const auto a = s ? s->asset(uuid) : std::nullopt;
    if (!a) {
        setMessage(QStringLiteral("자산이 없습니다 / no such asset: %1").arg(uuid));
        return false;
    }
    auto label = [this](std::span<const core::CatalogEntry> list, const QString &code) {
        const core::CatalogEntry *e = core::catalog::find(list, code);
        return e ? pick(QString::fromUtf8(e->ko), QString::fromUtf8(e->en)) : code;
    };
    QVariantList photos, history;
    const core::PhotoStore files(s->photoDir());
    if (auto rows = s->photos(uuid)) {
        for (const auto &p : *rows)
            photos << QVariantMap{{QStringLiteral("url"), QUrl::fromLocalFile(files.pathFor(p.sha256))},
                                  {QStringLiteral("role"), p.role}, {QStringLiteral("takenAt"), p.takenAt.isEmpty() ? p.addedAt : p.takenAt}};
    }
    if (auto events = s->events(uuid)) {
        for (auto it = events->rbegin(); it != events->rend(); ++it) {
            const QString status = it->payload.value(QStringLiteral("status")).toString();
            history << QVariantMap{{QStringLiteral("time"), QDateTime::fromString(it->time, Qt::ISODate).toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))},
                                   {QStringLiteral("actor"), it->actor},
                                   {QStringLiteral("kind"), it->kind},
                                   {QStringLiteral("statusLabel"), status.isEmpty() ? QString() : label(core::catalog::statuses(), status)},
                                   {QStringLiteral("reason"), it->payload.value(QStringLiteral("reason")).toString(
                                                                 it->payload.value(QStringLiteral("review_reason")).toString())},
                                   {QStringLiteral("role"), it->payload.value(QStringLiteral("role")).toString()}};
        }
    }
    m_current = QVariantMap{
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
    emit currentAssetChanged();
    return true;
}

void FieldController::closeAsset()
{
    m_current.clear();
    emit currentAssetChanged();
}

void FieldController::checkPhoto(const QString &slot, const QString &path, const QString &beforePath)
{
    auto *s = store();
    core::PhotoCheckContext ctx;
    if (s && !m_current.isEmpty()) {
        ctx.assetCode = m_current.value(QStringLiteral("code")).toString();
        ctx.assetUuid = m_current.value(QStringLiteral("uuid")).toString();
        if (m_current.value(QStringLiteral("hasLocation")).toBool()) {
            if (auto g = toWgs84(m_current.value(QStringLiteral("x")).toDouble(), m_current.value(QStringLiteral("y")).toDouble()))
                ctx.assetPosition = core::GeoPoint{g->x(), g->y()};
        }
        // Every photo already in the inventory, for the duplicate check (a photo reused from elsewhere).
        if (auto known = core::InventoryPhotos::known(*s))
            ctx.knownPhotos = std::move(*known);
    }
    if (m_gps)
        ctx.recordedPosition = core::GeoPoint{m_gps->x(), m_gps->y()};
    ctx.recordedAt = QDateTime::currentDateTimeUtc();
    ctx.beforePhotoPath = beforePath;
    const bool english = m_app && m_app->language() == QLatin1String("en");

    ++m_checksRunning;
    emit checksRunningChanged();
    auto *watcher = new QFutureWatcher<CheckOutcome>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, slot, path] {
        const CheckOutcome out = watcher->result();
        watcher->deleteLater();
        --m_checksRunning;
        emit checksRunningChanged();
        if (!out.error.isEmpty())
            emit photoCheckFailed(slot, path, out.error);
        else
            emit photoChecked(slot, path, out.verdict, out.checks);
    });
    watcher->setFuture(QtConcurrent::run(&m_pool, [checker = m_checker, path, ctx, english]() {
        CheckOutcome out;
        const core::PhotoChecker *c = checker->get();
        if (!c) {
            out.error = checker->error;
            return out;
        }
        auto r = c->checkFile(path, ctx);
        if (!r) {
            out.error = r.error().message;
            return out;
        }
        out.verdict = core::toString(r->verdict);
        for (const auto &check : r->checks) {
            if (check.status == core::PhotoCheckStatus::Skip && check.id != QLatin1String("qr"))
                continue;
            if (check.id == QLatin1String("qr"))
                out.qrText = check.details.value(QStringLiteral("text")).toString();
            if (check.status == core::PhotoCheckStatus::Skip)
                continue;
            out.checks << QVariantMap{{QStringLiteral("id"), check.id},
                                      {QStringLiteral("status"), statusName(check.status)},
                                      {QStringLiteral("message"), english ? check.messageEn : check.messageKo}};
        }
        return out;
    }));
}

bool FieldController::openLabel(const QString &text)
{
    auto *s = store();
    if (!s) {
        emit qrFailed(QStringLiteral("열린 인벤토리가 없습니다 / no inventory is open"));
        return false;
    }
    // Labels carry the code, the uuid, or a link that ends in either.
    static const QRegularExpression codeRe(QStringLiteral("GC-[A-Z]+-\\d{6}"));
    static const QRegularExpression uuidRe(QStringLiteral("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}"));
    std::optional<core::Asset> a;
    if (const auto m = codeRe.match(text.toUpper()); m.hasMatch())
        a = s->assetByCode(m.captured());
    if (!a) {
        if (const auto m = uuidRe.match(text); m.hasMatch())
            a = s->asset(m.captured().toLower());
    }
    if (!a) {
        emit qrFailed(QStringLiteral("라벨(%1)에 해당하는 시설물이 없습니다 / no asset matches the label (%1)").arg(text));
        return false;
    }
    openAsset(a->uuid);
    emit qrResolved(a->uuid);
    return true;
}

void FieldController::scanQr(const QString &path)
{
    ++m_checksRunning;
    emit checksRunningChanged();
    auto *watcher = new QFutureWatcher<CheckOutcome>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        const CheckOutcome out = watcher->result();
        watcher->deleteLater();
        --m_checksRunning;
        emit checksRunningChanged();
        if (!out.error.isEmpty()) {
            emit qrFailed(out.error);
            return;
        }
        if (out.qrText.isEmpty()) {
            emit qrFailed(QStringLiteral("QR 라벨을 읽지 못했습니다. 더 가까이서 찍거나 코드를 입력하세요 / no QR label could be read; take it closer or type the code"));
            return;
        }
        openLabel(out.qrText);
    });
    watcher->setFuture(QtConcurrent::run(&m_pool, [checker = m_checker, path]() {
        CheckOutcome out;
        const core::PhotoChecker *c = checker->get();
        if (!c) {
            out.error = checker->error;
            return out;
        }
        auto r = c->checkFile(path, {});
        if (!r) {
            out.error = r.error().message;
            return out;
        }
        if (const core::PhotoCheck *qr = r->find(QStringLiteral("qr")))
            out.qrText = qr->details.value(QStringLiteral("text")).toString();
        return out;
    }));
}

bool FieldController::saveReplacement(const QVariantMap &input)
{
    auto *s = store();
    if (!s || m_current.isEmpty())
        return false;
    QString error;
    core::Replacement r;
    r.assetUuid = m_current.value(QStringLiteral("uuid")).toString();
    const QString before = input.value(QStringLiteral("before")).toString();
    if (!before.isEmpty())
        r.beforePhoto = readAll(before, &error);
    for (const QVariant &p : input.value(QStringLiteral("after")).toList()) {
        if (error.isEmpty())
            r.afterPhotos.push_back(readAll(p.toString(), &error));
    }
    if (!error.isEmpty()) {
        setMessage(error);
        return false;
    }
    r.method = input.value(QStringLiteral("method")).toString();
    r.markCount = input.value(QStringLiteral("markCount"), 1).toInt();
    r.note = input.value(QStringLiteral("note")).toString();
    r.reviewReason = input.value(QStringLiteral("reviewReason")).toString();
    r.checks = QJsonObject::fromVariantMap(input.value(QStringLiteral("checks")).toMap());
    r.position = m_position;
    if (auto ok = core::FieldWork(*s).logReplacement(r); !ok) {
        setMessage(ok.error().message);
        return false;
    }
    setMessage({});
    openAsset(r.assetUuid);
    m_work->reload();
    refreshPending();
    if (m_app)
        m_app->refresh();
    emit saved(QStringLiteral("replacement"));
    return true;
}

bool FieldController::cannotInstall(const QString &reasonCode, const QString &note, const QString &photoPath)
{
    auto *s = store();
    if (!s || m_current.isEmpty())
        return false;
    QString error;
    const QByteArray photo = photoPath.isEmpty() ? QByteArray() : readAll(photoPath, &error);
    if (!error.isEmpty()) {
        setMessage(error);
        return false;
    }
    const QString uuid = m_current.value(QStringLiteral("uuid")).toString();
    if (auto ok = core::FieldWork(*s).cannotInstall(uuid, reasonCode, note, photo); !ok) {
        setMessage(ok.error().message);
        return false;
    }
    setMessage({});
    openAsset(uuid);
    m_work->reload();
    refreshPending();
    if (m_app)
        m_app->refresh();
    emit saved(QStringLiteral("cannot_install"));
    return true;
}

bool FieldController::proposePlace(const QString &category, double x, double y, const QString &note, const QString &photoPath)
{
    auto *s = store();
    if (!s)
        return false;
    QString error;
    const QByteArray photo = photoPath.isEmpty() ? QByteArray() : readAll(photoPath, &error);
    if (!error.isEmpty()) {
        setMessage(error);
        return false;
    }
    auto p = core::FieldWork(*s).proposePlace({category, x, y, note, photo});
    if (!p) {
        setMessage(p.error().message);
        return false;
    }
    setMessage({});
    refreshPending();
    emit saved(QStringLiteral("proposal"));
    return true;
}

void FieldController::refreshPending()
{
    // Events and photos the sync server has not acknowledged yet (W1.7 keeps the acknowledgements).
    qint64 n = 0;
    if (auto *s = store()) {
        if (auto p = core::SyncClient::pendingCount(*s))
            n = *p;
    }
    if (n != m_pending) {
        m_pending = n;
        emit pendingChanged();
    }
}

QString FieldController::localPath(const QUrl &url) const { return url.isLocalFile() ? url.toLocalFile() : url.toString(); }

} // namespace gc::ui
