#include "fieldfixture.h"
#include "store/assetstore.h"
#include "field/crewdirectory.h"
#include "field/fieldtables.h"
#include "store/inventoryverifier.h"
#include "photofixtures.h"
#include "photofiles/photostore.h"
#include "store/storeaccess.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>

#include <opencv2/imgcodecs.hpp>

#include <cmath>

namespace gc::test {

FieldFixture::FieldFixture(QObject *parent) : QObject(parent), m_app(std::make_unique<ui::AppController>(QStringLiteral("en"))) {}
FieldFixture::~FieldFixture() = default;

QString FieldFixture::nmeaLog() const { return QStringLiteral(GC_SOURCE_DIR "/tests/qml/field/data/doksan3.nmea"); }

QString FieldFixture::shotDir() const
{
    const QString d = QDir::currentPath() + QStringLiteral("/screenshots");
    QDir().mkpath(d);
    return d;
}

bool FieldFixture::reset()
{
    m_dir = std::make_unique<QTemporaryDir>();
    const QString path = m_dir->filePath(QStringLiteral("field%1.gpkg").arg(++m_generation));
    {
        auto store = core::AssetStore::create(path);
        if (!store)
            return false;
        (*store)->setIdentity(QStringLiteral("office"), QStringLiteral("office-pc"));
        std::vector<core::Asset> assets;
        for (int i = 0; i < 63; ++i) {
            core::Asset a;
            a.category = i % 3 == 0 ? QStringLiteral("sign") : QStringLiteral("bench");
            a.name = QStringLiteral("독산3동 시설 %1").arg(i + 1, 2, 10, QLatin1Char('0'));
            a.department = QStringLiteral("공원녹지과");
            a.method = QStringLiteral("sticker");
            a.markCount = 1;
            a.markSize = QStringLiteral("300x100");
            a.hasLocation = true;
            // A spiral around the bench: asset i is about 6·i metres away.
            a.x = 191604.6 + 6.0 * i * std::cos(i * 0.7);
            a.y = 541809.5 + 6.0 * i * std::sin(i * 0.7);
            a.status = QStringLiteral("assigned");
            a.assignee = i < 60 ? QStringLiteral("현장1팀") : QStringLiteral("현장2팀");
            assets.push_back(a);
        }
        if (!(*store)->addAssets(assets).ok())
            return false;
        if (!core::CrewDirectory(**store).add(QStringLiteral("김현장"), QStringLiteral("현장1팀"), QStringLiteral("4821")).ok())
            return false;
    }
    return m_app->openInventory(path);
}

QString FieldFixture::uuidOf(const QString &name) const
{
    auto *s = m_app->store();
    auto all = s ? s->assets() : Result<std::vector<core::Asset>>(Error{});
    if (all) {
        for (const auto &a : *all)
            if (a.name == name)
                return a.uuid;
    }
    return {};
}

QString FieldFixture::photo(int seed, bool withMark)
{
    QByteArray jpeg;
    if (withMark) {
        static const cv::Mat mark = loadBgra(brandDir() + QStringLiteral("/goodcity_mark_color.png"));
        jpeg = makeMarkScene(mark, std::uint32_t(seed), SceneSettings{.size = {1200, 900}, .minShare = 0.08, .maxAngleDeg = 20,
                                                                       .maxBlurSigma = 0.5, .maxNoiseSigma = 2, .minJpegQuality = 85}).jpeg;
    } else {
        jpeg = makeNegativeScene(std::uint32_t(seed)).jpeg;
    }
    const QString path = m_dir->filePath(QStringLiteral("photo-%1-%2.jpg").arg(seed).arg(withMark ? 1 : 0));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(jpeg) != jpeg.size())
        return {};
    return path;
}

QVariantMap FieldFixture::inspect(const QString &uuid) const
{
    // A second connection, as another process would see the file after the save.
    auto store = core::AssetStore::open(m_app->inventoryPath(), core::AssetStore::Access::ReadOnly);
    if (!store)
        return {{QStringLiteral("error"), store.error().message()}};
    QVariantMap out;
    if (auto a = (*store)->asset(uuid)) {
        out[QStringLiteral("status")] = a->status;
        out[QStringLiteral("method")] = a->method;
        out[QStringLiteral("markCount")] = a->markCount;
        out[QStringLiteral("statusReason")] = a->statusReason;
    }
    QStringList kinds, roles;
    const auto events = (*store)->events(uuid);
    for (const auto &e : events.value())
        kinds << e.kind;
    bool onDisk = true;
    const core::PhotoStore files((*store)->photoDir());
    const auto photos = (*store)->photos(uuid);
    for (const auto &p : photos.value()) {
        roles << p.role;
        onDisk = onDisk && QFile::exists(files.pathFor(p.sha256));
    }
    out[QStringLiteral("eventKinds")] = kinds;
    out[QStringLiteral("photoRoles")] = roles;
    out[QStringLiteral("filesOnDisk")] = onDisk;
    out[QStringLiteral("verifyOk")] = core::InventoryVerifier::run(**store).ok();
    QVariantList proposals;
    if (auto book = core::FieldTables::read(core::StoreAccess::db(**store))) {
        for (const auto &[id, p] : book->proposals)
            proposals << QVariantMap{{QStringLiteral("category"), p.category}, {QStringLiteral("state"), p.state}, {QStringLiteral("by"), p.proposedBy}};
    }
    out[QStringLiteral("proposals")] = proposals;
    return out;
}

void FieldFixture::watch(QAbstractItemModel *model)
{
    if (model)
        new QAbstractItemModelTester(model, QAbstractItemModelTester::FailureReportingMode::Fatal, model);
}

} // namespace gc::test
