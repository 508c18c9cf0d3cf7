#include "demo/demogenerator.h"
#include "store/donglayer.h"
#include "text.h"
#include "store/layerstyles.h"

#include "sync/syncclient.h"
#include "store/assetstore.h"
#include "model/catalog.h"
#include "model/assetstatus.h"
#include "store/districtdata.h"
#include "model/donglocator.h"
#include "model/event.h"
#include "model/payloads.h"
#include "survey/surveydesk.h"
#include "store/storeaccess.h"

#include <QDateTime>
#include <QJsonObject>

#include <algorithm>
#include <array>
#include <map>
#include <random>

namespace gc::core {

namespace {

// The demo mix for 12,716 assets (sums to 12,716).
const std::pair<const char *, qint64> kMix[] = {
    {"sign", 5124}, {"road_facility", 3318}, {"bench", 1862}, {"bulletin_board", 1147},
    {"exercise_equipment", 911}, {"shade_canopy", 214}, {"vehicle", 138}, {"sculpture", 2},
};
constexpr qint64 kMixTotal = 12716;

struct Landmark {
    const char *name, *jibun, *method, *size, *note;
    double x, y; // EPSG:5186, placed from the address: approximate
};
// 삼면홍보탑 at the 가산1 빗물펌프장 beside the Anyangcheon; 드림윙즈 between the Hoam tunnels 1 and 2.
const Landmark kLandmarks[] = {
    {"삼면홍보탑", "서울특별시 금천구 가산동 550-22", "image_replacement", "3면 이미지 3컷",
     "가산1 빗물펌프장. 감성문구 → 도시브랜드 이미지 교체(3컷). 위치는 주소로 추정한 근사값 / approximate point", 189420.0, 542330.0},
    {"드림윙즈", "서울특별시 금천구 시흥동 산73-6", "led_lettering", "LED 풋말",
     "호암1터널과 호암2터널 사이. 신규 도시브랜드로 문구 교체, LED 풋말 부착. 위치는 주소로 추정한 근사값 / approximate point", 193000.0, 539050.0},
};

struct CategoryStyle {
    const char *category;
    std::vector<const char *> departments;
    std::vector<const char *> methods;
    std::vector<const char *> sizes;
};
const CategoryStyle kStyles[] = {
    {"sign", {"교통행정과", "도로과", "공원녹지과", "자치행정과"}, {"sticker", "plate", "panel_replacement"}, {"300x100", "450x150", "600x200"}},
    {"road_facility", {"도로과", "교통행정과", "치수과"}, {"sticker", "paint", "plate"}, {"300x100", "450x150"}},
    {"bench", {"공원녹지과", "도로과"}, {"sticker", "plate"}, {"200x70", "300x100"}},
    {"bulletin_board", {"자치행정과", "소통담당관", "문화체육과"}, {"panel_replacement", "sticker"}, {"600x200", "900x300"}},
    {"exercise_equipment", {"공원녹지과", "문화체육과"}, {"sticker"}, {"200x70", "300x100"}},
    {"shade_canopy", {"안전재난과", "도로과"}, {"banner", "sticker"}, {"1200x400", "600x200"}},
    {"vehicle", {"총무과", "청소행정과", "주차관리과", "보건소", "공원녹지과"}, {"vehicle_wrap", "sticker"}, {"1200x400", "450x150"}},
};
const char *kDepots[] = {"금천구청 주차장", "시흥동 공영차고지", "가산동 청소차고지", "금천구보건소 주차장"};
const char *kCrews[] = {"현장1팀", "현장2팀", "현장3팀", "현장4팀"};
const char *kPlateLetters[] = {"가", "나", "다", "라", "마", "거", "너", "더", "러", "머", "버", "서", "어", "저", "고", "노", "도", "로", "모", "보", "소", "오", "조", "구", "누", "두", "루", "무", "부", "수", "우", "주"};
const char *kAttentionReasons[] = {"시설물 철거됨 / removed", "가림 발생 / obstructed", "규격 불일치 / wrong size", "소유자 거부 / owner refused"};

QString legalDong(const QString &admName)
{
    if (admName.startsWith(QStringLiteral("독산")))
        return QStringLiteral("독산동");
    if (admName.startsWith(QStringLiteral("시흥")))
        return QStringLiteral("시흥동");
    return QStringLiteral("가산동");
}

qint64 msAt(int month, int day, int hour, int minute)
{
    return QDateTime(QDate(2024, month, day), QTime(hour, minute), Qt::OffsetFromUTC, 9 * 3600).toMSecsSinceEpoch();
}

} // namespace

std::vector<std::pair<QString, qint64>> DemoGenerator::categoryCounts(qint64 n)
{
    std::vector<std::pair<QString, qint64>> out;
    if (n == kMixTotal) {
        for (const auto &[c, k] : kMix)
            out.emplace_back(QLatin1String(c), k);
        return out;
    }
    // Largest remainder keeps the sum exact; the two landmarks stay when there is room for them.
    const qint64 landmarks = std::min<qint64>(2, n);
    const qint64 rest = n - landmarks;
    std::vector<std::pair<double, size_t>> remainders;
    qint64 assigned = 0;
    for (size_t i = 0; i < std::size(kMix); ++i) {
        if (QLatin1String(kMix[i].first) == QLatin1String("sculpture")) {
            out.emplace_back(QLatin1String(kMix[i].first), landmarks);
            continue;
        }
        const double exact = double(rest) * double(kMix[i].second) / double(kMixTotal - 2);
        const qint64 floor = qint64(exact);
        out.emplace_back(QLatin1String(kMix[i].first), floor);
        assigned += floor;
        remainders.emplace_back(exact - double(floor), i);
    }
    std::sort(remainders.begin(), remainders.end(), std::greater<>());
    for (size_t k = 0; assigned < rest && k < remainders.size(); ++k, ++assigned)
        out[remainders[k].second].second += 1;
    return out;
}

namespace {

// The demo's draws: one generator, so the same seed always gives the same inventory and history.
class DemoRandom {
public:
    explicit DemoRandom(quint64 seed) : m_rng(seed) {}
    double operator()() { return m_unit(m_rng); }
    template <typename List>
    decltype(auto) pick(const List &list)
    {
        return list[size_t((*this)() * double(std::size(list))) % std::size(list)];
    }

private:
    std::mt19937_64 m_rng;
    std::uniform_real_distribution<double> m_unit{0.0, 1.0};
};

// The district's envelope: min x, min y, max x, max y.
std::array<double, 4> districtEnvelope(const DongLocator &dongs)
{
    std::array<double, 4> gu{1e300, 1e300, -1e300, -1e300};
    for (const auto &d : dongs.dongs()) {
        double e[4];
        dongs.envelopeOf(d.admCode, e);
        gu[0] = std::min(gu[0], e[0]);
        gu[1] = std::min(gu[1], e[1]);
        gu[2] = std::max(gu[2], e[2]);
        gu[3] = std::max(gu[3], e[3]);
    }
    return gu;
}

// The i-th of the district's landmarks (the two sculptures), as the design team listed them.
Asset landmark(qint64 i)
{
    const Landmark &l = kLandmarks[size_t(i) % std::size(kLandmarks)];
    Asset a;
    a.category = QStringLiteral("sculpture");
    a.variant = QStringLiteral("brand_mark");
    a.name = QString::fromUtf8(l.name);
    a.addressJibun = QString::fromUtf8(l.jibun);
    a.method = QLatin1String(l.method);
    a.markSize = QString::fromUtf8(l.size);
    a.markCount = i == 0 ? 3 : 1;
    a.department = QStringLiteral("소통담당관");
    a.notes = QString::fromUtf8(l.note);
    a.priority = 1;
    a.hasLocation = true;
    a.locationApproximate = true;
    a.x = l.x;
    a.y = l.y;
    return a;
}

// Places the asset: signs at every 14th of the real bus stops, the rest anywhere inside a dong.
void place(Asset &a, qint64 i, const DongLocator &dongs, const std::vector<DistrictData::BusStop> &stops, size_t &nextStop,
           const std::array<double, 4> &gu, DemoRandom &random)
{
    if (a.category == QLatin1String("sign") && nextStop < stops.size() && i % 14 == 0) {
        // Signs at the real bus stops, a few metres off the stop point.
        const auto &s = stops[nextStop++];
        a.x = s.x + (random() - 0.5) * 6;
        a.y = s.y + (random() - 0.5) * 6;
        a.name = QStringLiteral("버스정류소 표지판 %1 (%2)").arg(s.nameKo, s.arsId);
    } else {
        do {
            a.x = gu[0] + random() * (gu[2] - gu[0]);
            a.y = gu[1] + random() * (gu[3] - gu[1]);
            a.dongCode = dongs.locate(a.x, a.y, 0);
        } while (a.dongCode.isEmpty());
    }
    a.hasLocation = true;
    if (a.dongCode.isEmpty())
        a.dongCode = dongs.locate(a.x, a.y, 0);
    if (a.dongCode.isEmpty()) { // a stop right on the generalized edge: keep it, inside the nearest dong
        a.dongCode = dongs.locate(a.x, a.y);
    }
}

} // namespace

Result<std::vector<Asset>> DemoGenerator::generate(const DongLocator &dongs, const Options &options)
{
    auto stops = DistrictData::busStops();
    if (!stops)
        return stops.error();
    const std::array<double, 4> gu = districtEnvelope(dongs);
    DemoRandom random(options.seed);
    std::vector<Asset> assets;
    assets.reserve(size_t(options.assets));
    std::map<QString, int> serialInDong;
    size_t nextStop = 0;
    for (const auto &[category, count] : categoryCounts(options.assets)) {
        const CategoryStyle *style = nullptr;
        for (const auto &s : kStyles) {
            if (category == QLatin1String(s.category))
                style = &s;
        }
        for (qint64 i = 0; i < count; ++i) {
            if (category == QLatin1String("sculpture")) {
                assets.push_back(landmark(i));
                continue;
            }
            Asset a;
            a.category = category;
            a.department = QString::fromUtf8(random.pick(style->departments));
            a.method = QLatin1String(random.pick(style->methods));
            a.markSize = QString::fromUtf8(random.pick(style->sizes));
            a.markCount = 1 + int(random() * 2.2);
            const double v = random();
            a.variant = v < 0.08 ? QStringLiteral("character") : v < 0.2 ? QStringLiteral("slogan") : QStringLiteral("brand_mark");
            a.priority = random() < 0.15 ? 1 : random() < 0.8 ? 2 : 3;
            if (category == QLatin1String("vehicle")) {
                a.plateNumber = QStringLiteral("%1%2 %3").arg(12 + int(random() * 80)).arg(QString::fromUtf8(random.pick(kPlateLetters))).arg(1000 + int(random() * 8999));
                a.homeDepot = QString::fromUtf8(random.pick(kDepots));
                a.name = QStringLiteral("%1 행정차량 %2").arg(a.department, a.plateNumber);
                a.variant = QStringLiteral("brand_mark");
                assets.push_back(std::move(a));
                continue;
            }
            place(a, i, dongs, *stops, nextStop, gu, random);
            const QString dongName = dongs.nameOf(a.dongCode);
            const int serial = ++serialInDong[dongName + category];
            if (a.name.isEmpty())
                a.name = QStringLiteral("%1 %2 %3").arg(dongName, catalog::labelKo(catalog::categories(), category)).arg(serial);
            a.addressJibun = QStringLiteral("서울특별시 금천구 %1 %2-%3").arg(legalDong(dongName)).arg(1 + int(random() * 990)).arg(1 + int(random() * 60));
            assets.push_back(std::move(a));
        }
    }
    return assets;
}

namespace {

struct HistoryStep {
    qint64 ms;
    NewEvent event;
    QString actor;
};

// One asset's way through the rollout up to a point drawn for it. One draw per asset, warped so that
// r >= 0.5 (installed or further) has the dong's pace (`done`).
void assetHistory(const Asset &a, double done, DemoRandom &random, std::vector<HistoryStep> &steps)
{
    const double drawn = random();
    const double r = drawn < 1 - done ? 0.5 * drawn / (1 - done) : 0.5 + 0.5 * (drawn - (1 - done)) / done;
    const bool landmark = a.category == QLatin1String("sculpture");
    const QString crew = QString::fromUtf8(random.pick(kCrews));
    const int assignDay = 5 + int(random() * 25);
    const qint64 assignMs = msAt(3, std::min(assignDay, 29), 9 + int(random() * 8), int(random() * 60));
    const QString due = QDate(2024, 3, 1).addDays(assignDay + 20 + int(random() * 30)).toString(Qt::ISODate);
    auto status = [&](AssetStatus s, qint64 ms, const QString &actor, AssetStatusPayload payload = {}) {
        payload.status = toString(s);
        steps.push_back({ms, {QLatin1String(EventKind::AssetStatus), a.uuid, payload.toJson(), ms}, actor});
    };
    if (r < 0.24 && !landmark)
        return; // still planned
    if (r < 0.25 && !landmark) {
        status(AssetStatus::Cancelled, assignMs, QStringLiteral("디자인팀"), {.reason = render(tx(QT_TRANSLATE_NOOP("gc", "to be removed")), Lang::Both)});
        return;
    }
    status(AssetStatus::Assigned, assignMs, QStringLiteral("디자인팀"), {.assignee = crew, .dueDate = due});
    if (r < 0.47 && !landmark)
        return;
    const qint64 installMs = assignMs + qint64(1 + random() * 14) * 86400000LL;
    if (r < 0.50 && !landmark) {
        status(AssetStatus::NeedsAttention, installMs, crew, {.reason = QString::fromUtf8(random.pick(kAttentionReasons))});
        return;
    }
    status(AssetStatus::Installed, installMs, crew);
    if (r < 0.62 && !landmark)
        return;
    status(AssetStatus::Verified, installMs + qint64(1 + random() * 5) * 86400000LL, QStringLiteral("디자인팀"));
}

// A rollout in progress on 19 April 2024: most work assigned, a good share installed and reviewed.
// Crews work dong by dong, so some dongs are nearly done and others barely started (W2.7): each
// dong has its share of assets past installation, about half over the district as a whole.
std::vector<NewEvent> rolloutHistory(const std::vector<Asset> &assets, const DongLocator &dongs, quint64 seed)
{
    DemoRandom random(seed ^ 0x9e3779b97f4a7c15ULL);
    static constexpr double kDongPace[] = {0.80, 0.22, 0.64, 0.36, 0.72, 0.28, 0.56, 0.44, 0.30, 0.68};
    std::map<QString, double> pace;
    for (size_t i = 0; i < dongs.dongs().size(); ++i)
        pace[dongs.dongs()[i].admCode] = kDongPace[i % std::size(kDongPace)];
    std::vector<HistoryStep> steps;
    for (const Asset &a : assets) {
        const auto it = pace.find(a.dongCode);
        assetHistory(a, it == pace.end() ? 0.5 : it->second, random, steps);
    }
    const qint64 cutoff = msAt(4, 19, 18, 0);
    steps.erase(std::remove_if(steps.begin(), steps.end(), [&](const HistoryStep &s) { return s.ms > cutoff; }), steps.end());
    std::stable_sort(steps.begin(), steps.end(), [](const HistoryStep &a, const HistoryStep &b) { return a.ms < b.ms; });
    // Steps cut at the cutoff leave some assets one step behind, as a real rollout would be.
    std::vector<NewEvent> batch;
    batch.reserve(steps.size());
    for (HistoryStep &s : steps) {
        s.event.actor = s.actor;
        batch.push_back(std::move(s.event));
    }
    return batch;
}

} // namespace

Result<qint64> DemoGenerator::fill(AssetStore &store, const Options &options, const std::function<void(const QString &)> &log)
{
    if (store.assetCount() > 0)
        return makeError(ErrorCode::NotEmpty, tx("%1: %2", store.path(), tx(QT_TRANSLATE_NOOP("gc", "the inventory is not empty"))));
    auto dongs = DongLayer::load(StoreAccess::db(store));
    if (!dongs)
        return dongs.error();
    auto generated = generate(*dongs, options);
    if (!generated)
        return generated.error();
    std::vector<Asset> &assets = *generated;
    if (log)
        log(QStringLiteral("demo: %1 assets generated, writing…").arg(assets.size()));
    store.setIdentity(QStringLiteral("디자인팀"), QStringLiteral("demo"));
    auto added = store.addAssets(assets, {}, msAt(3, 4, 9, 0));
    if (!added)
        return added.error();
    if (!options.history)
        return qint64(*added);

    const std::vector<NewEvent> batch = rolloutHistory(assets, *dongs, options.seed);
    if (auto r = store.record(batch); !r)
        return r.error();
    if (log)
        log(QStringLiteral("demo: %1 history events").arg(batch.size()));
    // The departments' demand survey is open, so the department workspace has work to show.
    if (auto c = SurveyDesk(store).open(QStringLiteral("2024 좋은 도시 금천 브랜드 교체 수요조사"), QStringLiteral("2024-05-31"), {}, {}); !c)
        return c.error();
    // Every tablet gets this history with the file: only what a device adds after it is its own to send.
    if (auto b = SyncClient::markBaseline(store); !b)
        return b.error();
    // The map styles, with the dong classes on the progress the demo now has (W2.7).
    if (auto st = LayerStyles::write(store); !st)
        return st.error();
    return qint64(*added);
}

} // namespace gc::core
