#include "fieldcontroller.h"
#include "text.h"

#include "photosource.h"
#include "appcontroller.h"
#include "store/assetstore.h"
#include "model/catalog.h"
#include "field/crewdirectory.h"
#include "assetcard.h"
#include "replacementdraft.h"
#include "field/fieldwork.h"
#include "photo/photocheckcontext.h"
#include "field/routeplanner.h"
#include "photorun/inventoryphotos.h"
#include "sync/syncclient.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <QUrl>

#include <cmath>

namespace gc::ui {

namespace {

QByteArray readAll(const QString &path, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = gc::render(gc::tx("%1: %2", path, gc::tx(QT_TRANSLATE_NOOP("gc", "cannot open the photo: %2"), path, f.errorString())), gc::Lang::Ui);
        return {};
    }
    return f.readAll();
}

} // namespace

FieldController::FieldController(QObject *parent)
    : QObject(parent), m_work(new WorkListModel(this)), m_drafts(new FormDrafts({}, this)), m_checks(new PhotoCheckRunner(this))
{
    connect(m_checks, &PhotoCheckRunner::runningChanged, this, &FieldController::checksRunningChanged);
}

FieldController::~FieldController() = default;

core::AssetStore *FieldController::store() const { return m_app ? m_app->store() : nullptr; }

void FieldController::setApp(AppController *app)
{
    if (!switchApp(this, m_app, app))
        return;
    if (m_app) {
        connect(m_app, &AppController::inventoryChanged, this, [this] {
            closeWork();
            reloadUsers();
        });
        // One sign-in for the whole app (Session): the list follows whoever it says is acting.
        connect(m_app->session(), &Session::changed, this, &FieldController::closeWork);
        // Work another device sent (an assignment from the office) shows in the list at once.
        connect(m_app->sync(), &SyncController::inventoryChangedElsewhere, m_work, &WorkListModel::reload);
        // The header's unsent count follows what the server acknowledged (and the office's own writes).
        connect(m_app->sync(), &SyncController::statusChanged, this, &FieldController::recountPending);
    }
    m_work->setStore(store());
    m_work->setCrew(crew());
    m_drafts->setInventory(store() ? store()->path() : QString());
    reloadUsers();
    refreshPending();
    emit appChanged();
    emit userChanged(); // who is signed in comes from the app's session
}

Lang FieldController::lang() const
{
    // Before `app` is set (a QML binding evaluated first), the language the app set as the default locale.
    if (!m_app)
        return localeLanguage();
    return m_app->language() == QLatin1String("en") ? Lang::English : Lang::Korean;
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
        out << QVariantMap{{QStringLiteral("code"), QString::fromUtf8(e.code)}, {QStringLiteral("label"), core::catalog::label(e, lang())}};
    return out;
}

QVariantList FieldController::reasonOptions() const
{
    QVariantList out;
    for (const auto &e : core::FieldWork::cannotInstallReasons())
        out << QVariantMap{{QStringLiteral("code"), QString::fromUtf8(e.code)}, {QStringLiteral("label"), core::catalog::label(e, lang())}};
    return out;
}

QVariantList FieldController::categoryOptions() const
{
    QVariantList out;
    for (const auto &e : core::catalog::categories())
        out << QVariantMap{{QStringLiteral("code"), QString::fromUtf8(e.code)}, {QStringLiteral("label"), core::catalog::label(e, lang())}};
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
            setMessage(choices.error().message());
        }
    }
    emit usersChanged();
}

bool FieldController::signedIn() const { return m_app && m_app->session()->signedIn(); }
QString FieldController::userName() const { return m_app ? m_app->session()->userName() : QString(); }
QString FieldController::crew() const { return m_app ? m_app->session()->crew() : QString(); }

bool FieldController::signIn(const QString &name, const QString &pin)
{
    if (!store()) {
        setMessage(gc::render(gc::tx(QT_TRANSLATE_NOOP("gc", "no inventory is open")), gc::Lang::Ui));
        return false;
    }
    if (!m_app->session()->signInLocal(name, pin)) {
        setMessage(m_app->session()->message());
        return false;
    }
    setMessage({});
    return true;
}

void FieldController::signOut()
{
    if (m_app)
        m_app->signOut();
    else
        closeWork();
}

void FieldController::closeWork()
{
    m_drafts->setInventory(store() ? store()->path() : QString());
    m_current.clear();
    clearRoute();
    m_work->setStore(store());
    m_work->setCrew(crew());
    emit currentAssetChanged();
    emit userChanged();
    refreshPending();
}

bool FieldController::setGpsPosition(double latitude, double longitude, double accuracy)
{
    if (!m_where.setGps(latitude, longitude))
        return false;
    m_accuracy = std::isfinite(accuracy) && accuracy > 0 ? accuracy : 0;
    updatePosition(*m_where.map());
    return true;
}

void FieldController::setMapPosition(double x, double y)
{
    m_where.setMap(x, y);
    m_accuracy = 0;
    updatePosition(QPointF(x, y));
}

QVariantMap FieldController::distanceTo(double x, double y) const
{
    if (!m_position)
        return {};
    const double dx = x - m_position->x(), dy = y - m_position->y();
    const double metres = std::hypot(dx, dy);
    // EPSG:5186 grid north is within a degree of true north over the gu: good enough to walk by.
    double degrees = std::atan2(dx, dy) * 180.0 / M_PI;
    if (degrees < 0)
        degrees += 360;
    static const Disambiguated compass[] = {QT_TRANSLATE_NOOP3("gc", "N", "compass"),  QT_TRANSLATE_NOOP3("gc", "NE", "compass"),
                                            QT_TRANSLATE_NOOP3("gc", "E", "compass"),  QT_TRANSLATE_NOOP3("gc", "SE", "compass"),
                                            QT_TRANSLATE_NOOP3("gc", "S", "compass"),  QT_TRANSLATE_NOOP3("gc", "SW", "compass"),
                                            QT_TRANSLATE_NOOP3("gc", "W", "compass"),  QT_TRANSLATE_NOOP3("gc", "NW", "compass")};
    const int octant = int(std::lround(degrees / 45.0)) % 8;
    const QString far = metres < 1000 ? QStringLiteral("%1 m").arg(std::lround(metres))
                                      : QStringLiteral("%1 km").arg(metres / 1000, 0, 'f', 1);
    const QString text = QStringLiteral("%1 · %2 (%3°)")
                             .arg(far, gc::tx(compass[octant]).render(lang()))
                             .arg(std::lround(degrees) % 360);
    return {{QStringLiteral("metres"), metres}, {QStringLiteral("degrees"), degrees}, {QStringLiteral("text"), text}};
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

bool FieldController::planRoute()
{
    auto *s = store();
    const QString myCrew = crew();
    if (!s || myCrew.isEmpty())
        return false;
    core::RoutePlanner planner;
    // The crew's whole open list (hundreds of rows): the day is cut from it one 행정동 at a time.
    core::WorkQuery q{.crew = myCrew, .from = m_position, .limit = 100000};
    auto todo = core::WorkQueue::fetch(*s, q);
    if (!todo) {
        setMessage(todo.error().message());
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
    std::vector<QString> dongs;
    for (const auto &w : located) {
        pts.emplace_back(w.x, w.y);
        dongs.push_back(w.dongCode);
    }
    const auto order = planner.dayRoute(start, pts, dongs);
    m_routeLength = core::RoutePlanner::length(start, pts, order);
    m_route.clear();
    m_route << QVariantMap{{QStringLiteral("x"), start.x()}, {QStringLiteral("y"), start.y()}, {QStringLiteral("stop"), 0}};
    std::vector<core::WorkItem> stops;
    for (int i : order) {
        stops.push_back(located[size_t(i)]);
        m_route << QVariantMap{{QStringLiteral("x"), pts[size_t(i)].x()}, {QStringLiteral("y"), pts[size_t(i)].y()},
                               {QStringLiteral("stop"), int(stops.size())}, {QStringLiteral("code"), located[size_t(i)].code},
                               {QStringLiteral("dong"), located[size_t(i)].dongCode}};
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
    QVariantMap card = s ? assetCard(*s, uuid, lang()) : QVariantMap();
    if (card.isEmpty()) {
        setMessage(gc::render(gc::tx(QT_TRANSLATE_NOOP("gc", "no such asset: %1"), uuid), gc::Lang::Ui));
        return false;
    }
    m_current = std::move(card);
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
    // The slot's profile decides the checks: a before photo is never judged for the new mark.
    ctx.slot = core::photoSlotFromString(slot).value_or(core::PhotoSlot::After);
    // A proposal is of a place with no asset yet: the asset that happens to be open is not its subject.
    if (s && !m_current.isEmpty() && ctx.slot != core::PhotoSlot::Proposal) {
        ctx.assetCode = m_current.value(QStringLiteral("code")).toString();
        ctx.assetUuid = m_current.value(QStringLiteral("uuid")).toString();
        if (m_current.value(QStringLiteral("hasLocation")).toBool()) {
            if (auto g = m_where.toWgs84(m_current.value(QStringLiteral("x")).toDouble(), m_current.value(QStringLiteral("y")).toDouble()))
                ctx.assetPosition = core::GeoPoint{g->x(), g->y()};
        }
        // Every photo already in the inventory, for the duplicate check (a photo reused from elsewhere).
    }
    if (s) {
        if (auto known = core::InventoryPhotos::known(*s))
            ctx.knownPhotos = std::move(*known);
    }
    if (const auto gps = m_where.gps())
        ctx.recordedPosition = core::GeoPoint{gps->x(), gps->y()};
    ctx.recordedAt = QDateTime::currentDateTimeUtc();
    if (ctx.slot == core::PhotoSlot::After)
        ctx.beforePhotoPath = beforePath;
    m_checks->run(path, ctx, lang(), [this, slot, path](const PhotoCheckOutcome &out) {
        if (!out.error.isEmpty())
            emit photoCheckFailed(slot, path, out.error);
        else
            emit photoChecked(slot, path, core::toString(out.verdict), out.checks);
    });
}

void FieldController::prepareChecks() { m_checks->prepare(); }

QUrl FieldController::photoSource(const QString &path) const { return checkedPhotoUrl(path); }

bool FieldController::openLabel(const QString &text)
{
    auto *s = store();
    if (!s) {
        emit qrFailed(gc::render(gc::tx(QT_TRANSLATE_NOOP3("gc", "no inventory is open", "fieldcontroller")), gc::Lang::Ui));
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
        emit qrFailed(gc::render(gc::tx(QT_TRANSLATE_NOOP("gc", "no asset matches the label (%1)"), text), gc::Lang::Ui));
        return false;
    }
    openAsset(a->uuid);
    emit qrResolved(a->uuid);
    return true;
}

void FieldController::scanQr(const QString &path)
{
    m_checks->run(path, {}, lang(), [this](const PhotoCheckOutcome &out) {
        if (!out.error.isEmpty()) {
            emit qrFailed(out.error);
            return;
        }
        if (out.qrText.isEmpty()) {
            emit qrFailed(gc::render(gc::tx(QT_TRANSLATE_NOOP("gc", "no QR label could be read; take it closer or type the code")), gc::Lang::Ui));
            return;
        }
        openLabel(out.qrText);
    });
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
    r.problems = QJsonObject::fromVariantMap(input.value(QStringLiteral("problems")).toMap());
    r.checks = QJsonObject::fromVariantMap(input.value(QStringLiteral("checks")).toMap());
    r.sources = QJsonObject::fromVariantMap(input.value(QStringLiteral("sources")).toMap());
    r.position = m_position;
    if (auto ok = core::FieldWork(*s).logReplacement(r); !ok) {
        setMessage(ok.error().message());
        return false;
    }
    savedAsset(r.assetUuid, QStringLiteral("replacement"));
    return true;
}

bool FieldController::readOptionalPhoto(const QString &path, QByteArray &bytes)
{
    QString error;
    bytes = path.isEmpty() ? QByteArray() : readAll(path, &error);
    if (!error.isEmpty())
        setMessage(error);
    return error.isEmpty();
}

void FieldController::savedAsset(const QString &uuid, const QString &what)
{
    // The card, the list, the pending count and the shell's totals all show the save at once.
    setMessage({});
    openAsset(uuid);
    m_work->reload();
    refreshPending();
    if (m_app)
        m_app->refresh();
    emit saved(what);
}

int FieldController::minReviewReason() { return core::FieldWork::kMinReviewReason; }

bool FieldController::cannotInstall(const QString &reasonCode, const QString &note, const QString &photoPath, const QVariantMap &evidence)
{
    auto *s = store();
    if (!s || m_current.isEmpty())
        return false;
    QByteArray photo;
    if (!readOptionalPhoto(photoPath, photo))
        return false;
    const QString uuid = m_current.value(QStringLiteral("uuid")).toString();
    core::PhotoEvidence e;
    e.verdict = evidence.value(QStringLiteral("verdict")).toString();
    e.problems = QJsonArray::fromVariantList(ReplacementDraft::problemsOf(evidence.value(QStringLiteral("checks")).toList()));
    e.reviewReason = evidence.value(QStringLiteral("reviewReason")).toString();
    e.source = evidence.value(QStringLiteral("source")).toString();
    if (auto ok = core::FieldWork(*s).cannotInstall(uuid, reasonCode, note, photo, e); !ok) {
        setMessage(ok.error().message());
        return false;
    }
    savedAsset(uuid, QStringLiteral("cannot_install"));
    return true;
}

bool FieldController::proposePlace(const QString &category, double x, double y, const QString &note, const QString &photoPath)
{
    auto *s = store();
    if (!s)
        return false;
    QByteArray photo;
    if (!readOptionalPhoto(photoPath, photo))
        return false;
    auto p = core::FieldWork(*s).proposePlace({category, x, y, note, photo});
    if (!p) {
        setMessage(p.error().message());
        return false;
    }
    setMessage({});
    refreshPending();
    emit saved(QStringLiteral("proposal"));
    return true;
}

void FieldController::recountPending()
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

void FieldController::refreshPending()
{
    recountPending();
    if (m_app) // the chip counts anew, and a signed-in tablet sends the save soon
        m_app->sync()->refreshPending();
}

QString FieldController::localPath(const QUrl &url) const { return url.isLocalFile() ? url.toLocalFile() : url.toString(); }

} // namespace gc::ui
