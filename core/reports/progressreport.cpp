#include "reports/progressreport.h"
#include "text.h"
#include "store/assetstore.h"
#include "model/assetstatus.h"
#include "model/catalog.h"
#include "gpkggeometry.h"
#include "reports/progresschart.h"
#include "store/sqlitedb.h"
#include "store/statement.h"
#include "store/storeaccess.h"

#include "choropleth.h"
#include "preparedarea.h"

#include <QFile>
#include <QFileInfo>
#include <QFontDatabase>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QPdfWriter>

#include <algorithm>
#include <cmath>
#include <memory>

namespace gc::core {

namespace {

// Page layout in points of a 72-dpi A4 page; QPdfWriter is set to 72 dpi so one unit is one point.
constexpr double kPageW = 595, kPageH = 842, kMargin = 48;
const QColor kInk(0x21, 0x21, 0x21), kMuted(0x75, 0x75, 0x75), kAccent(0x00, 0x6e, 0x4f);
const QColor kStatusColors[Dashboard::kStatuses] = {ProgressChart::statusColor(0), ProgressChart::statusColor(1), ProgressChart::statusColor(2),
                                                     ProgressChart::statusColor(3), ProgressChart::statusColor(4), ProgressChart::statusColor(5)};

QString num(qint64 n) { return QLocale(QLocale::Korean).toString(n); }
QString pct(double share) { return QStringLiteral("%1%").arg(share * 100.0, 0, 'f', 1); }

class Pen {
public:
    Pen(QPainter &p, const QString &family) : m_p(p), m_family(family) {}
    void font(double size, bool bold = false)
    {
        QFont f(m_family);
        f.setPointSizeF(size);
        f.setBold(bold);
        m_p.setFont(f);
    }
    double text(double x, double y, double w, const QString &s, double size, bool bold = false, const QColor &c = kInk,
                Qt::Alignment align = Qt::AlignLeft)
    {
        font(size, bold);
        m_p.setPen(c);
        const QRectF r(x, y, w, 1000);
        const QRectF used = m_p.boundingRect(r, int(align) | Qt::TextWordWrap, s);
        m_p.drawText(r, int(align) | Qt::TextWordWrap, s);
        return used.height();
    }
    QPainter &painter() { return m_p; }

private:
    QPainter &m_p;
    QString m_family;
};

void header(Pen &pen, const QString &title, const Dashboard &d, int page)
{
    pen.text(kMargin, 28, kPageW - 2 * kMargin, QStringLiteral("좋은 도시 금천 · 도시브랜드 교체 추진 현황"), 8, false, kMuted);
    pen.text(kMargin, 28, kPageW - 2 * kMargin, QStringLiteral("%1 기준 · %2/%3").arg(d.asOf.toString(Qt::ISODate)).arg(page).arg(ProgressReport::kPages),
             8, false, kMuted, Qt::AlignRight);
    pen.text(kMargin, 56, kPageW - 2 * kMargin, title, 18, true, kAccent);
}

// A table with a header row; numbers right-aligned. Returns the y after it.
double table(Pen &pen, double y, const QStringList &head, const std::vector<QStringList> &rows, const std::vector<double> &widths,
             double size = 8)
{
    QPainter &p = pen.painter();
    const double rowH = size * 2.0;
    double x = kMargin;
    p.fillRect(QRectF(kMargin, y, kPageW - 2 * kMargin, rowH), QColor(0xe8, 0xf5, 0xe9));
    for (int i = 0; i < head.size(); ++i) {
        pen.text(x + 3, y + size * 0.45, widths[size_t(i)] - 6, head[i], size, true, kInk, i == 0 ? Qt::AlignLeft : Qt::AlignRight);
        x += widths[size_t(i)];
    }
    y += rowH;
    for (size_t r = 0; r < rows.size(); ++r) {
        if (r % 2 == 1)
            p.fillRect(QRectF(kMargin, y, kPageW - 2 * kMargin, rowH), QColor(0xf5, 0xf5, 0xf5));
        x = kMargin;
        for (int i = 0; i < rows[r].size(); ++i) {
            pen.text(x + 3, y + size * 0.45, widths[size_t(i)] - 6, rows[r][i], size, false, kInk, i == 0 ? Qt::AlignLeft : Qt::AlignRight);
            x += widths[size_t(i)];
        }
        y += rowH;
    }
    return y;
}

std::vector<QStringList> breakdownRows(const std::vector<Dashboard::Row> &rows, bool skipEmpty)
{
    std::vector<QStringList> out;
    for (const auto &r : rows) {
        if (skipEmpty && r.total() == 0)
            continue;
        out.push_back({r.label, num(r.total()), num(r.byStatus[Dashboard::Assigned]), num(r.byStatus[Dashboard::Installed]),
                       num(r.byStatus[Dashboard::Verified]), num(r.byStatus[Dashboard::NeedsAttention]), num(r.byStatus[Dashboard::Cancelled]),
                       pct(r.doneShare())});
    }
    return out;
}

const QStringList kBreakdownHead{QStringLiteral("구분"), QStringLiteral("전체"), QStringLiteral("배정"), QStringLiteral("설치"),
                                 QStringLiteral("검수 완료"), QStringLiteral("조치 필요"), QStringLiteral("취소"), QStringLiteral("진척률")};
const std::vector<double> kBreakdownWidths{139, 50, 50, 50, 55, 55, 45, 55};

void progressChart(Pen &pen, const QRectF &area, const Dashboard &d, const QString &family)
{
    QFont f(family);
    f.setPointSizeF(8);
    ProgressChart::paint(pen.painter(), area, d, f);
}

void categoryBars(Pen &pen, const QRectF &area, const Dashboard &d)
{
    QPainter &p = pen.painter();
    std::vector<const Dashboard::Row *> rows;
    for (const auto &r : d.byCategory) {
        if (r.total() > 0)
            rows.push_back(&r);
    }
    if (rows.empty())
        return;
    const double barH = std::min(22.0, (area.height() - 30) / double(rows.size()));
    double y = area.top();
    for (const auto *r : rows) {
        pen.text(area.left(), y + barH * 0.2, 90, r->label, 8);
        const QRectF bar(area.left() + 95, y + 2, area.width() - 150, barH - 5);
        double x = bar.left();
        for (int s = 0; s < Dashboard::kStatuses; ++s) {
            const double w = bar.width() * double(r->byStatus[size_t(s)]) / double(r->total());
            p.fillRect(QRectF(x, bar.top(), w, bar.height()), kStatusColors[s]);
            x += w;
        }
        pen.text(bar.right() + 4, y + barH * 0.2, 50, num(r->total()), 8, false, kInk, Qt::AlignRight);
        y += barH;
    }
    double lx = area.left();
    y += 6;
    for (int s = 0; s < Dashboard::kStatuses; ++s) {
        p.fillRect(QRectF(lx, y + 3, 10, 8), kStatusColors[s]);
        lx += 13;
        const QString label = catalog::labelKo(catalog::statuses(), Dashboard::statusCode(s));
        pen.text(lx, y, 80, label, 7);
        lx += 75;
    }
}

struct DongShape {
    QString code, name;
    std::vector<std::vector<QPointF>> rings; // EPSG:5186
};

// The dongs' outlines and the envelope of them all (minX, minY, maxX, maxY).
std::vector<DongShape> readDongShapes(const AssetStore &store, geo::PreparedArea::Envelope &all)
{
    std::vector<DongShape> dongs;
    auto st = StoreAccess::db(store).prepare(QStringLiteral("SELECT adm_code, name_ko, geom FROM dongs ORDER BY adm_code"));
    if (!st)
        return dongs;
    bool first = true;
    while (st->step()) {
        geo::PreparedArea::Envelope e;
        auto rings = geo::PreparedArea::rings(gpkg::wkbOf(st->toBlob(2)), &e);
        if (!rings)
            continue;
        all = first ? e : geo::PreparedArea::Envelope{std::min(all.minX, e.minX), std::min(all.minY, e.minY), std::max(all.maxX, e.maxX),
                                                      std::max(all.maxY, e.maxY)};
        first = false;
        dongs.push_back({st->toText(0), st->toText(1), std::move(*rings)});
    }
    return dongs;
}

QPainterPath outline(const std::vector<std::vector<QPointF>> &rings, const std::function<QPointF(double, double)> &map)
{
    QPainterPath path;
    for (const auto &ring : rings) {
        for (size_t i = 0; i < ring.size(); ++i) {
            const QPointF pt = map(ring[i].x(), ring[i].y());
            i == 0 ? path.moveTo(pt) : path.lineTo(pt);
        }
        path.closeSubpath();
    }
    return path;
}

// Assets needing attention, where the office must look.
void attentionPoints(QPainter &p, const AssetStore &store, const std::function<QPointF(double, double)> &map)
{
    auto pts = StoreAccess::db(store).prepare(QStringLiteral("SELECT geom FROM assets WHERE status = ?1 AND geom IS NOT NULL"));
    if (!pts)
        return;
    pts->bind(1, toString(AssetStatus::NeedsAttention));
    p.setPen(Qt::NoPen);
    p.setBrush(kStatusColors[Dashboard::NeedsAttention]);
    while (pts->step()) {
        double x = 0, y = 0;
        if (gpkg::decodePoint(pts->toBlob(0), x, y))
            p.drawEllipse(map(x, y), 1.6, 1.6);
    }
}

// The legend under the map: the five classes and what they span.
void choroplethLegend(Pen &pen, const QRectF &area, const geo::Choropleth &classes)
{
    QPainter &p = pen.painter();
    double lx = area.left();
    const double ly = area.bottom() + 8;
    for (int i = 0; i < geo::Choropleth::kClasses; ++i) {
        QColor c = classes.classes()[size_t(i)].colour;
        c.setAlpha(255);
        p.setPen(Qt::NoPen);
        p.fillRect(QRectF(lx, ly + 2, 14, 9), c);
        pen.text(lx + 17, ly, 60, classes.classLabel(i), 7);
        lx += 72;
    }
    pen.text(area.left(), ly + 16, area.width(), classes.note(), 8, false, kMuted);
}

void districtMap(Pen &pen, const QRectF &area, const AssetStore &store, const Dashboard &d)
{
    QPainter &p = pen.painter();
    geo::PreparedArea::Envelope all;
    const std::vector<DongShape> dongs = readDongShapes(store, all);
    if (dongs.empty())
        return;
    const double scale = std::min(area.width() / (all.maxX - all.minX), area.height() / (all.maxY - all.minY));
    const double ox = area.left() + (area.width() - (all.maxX - all.minX) * scale) / 2;
    const double oy = area.top() + (area.height() - (all.maxY - all.minY) * scale) / 2;
    const std::function<QPointF(double, double)> map = [&](double x, double y) {
        return QPointF(ox + (x - all.minX) * scale, oy + (all.maxY - y) * scale);
    };
    // The classes span the dongs' range, as on the map page: at 49–53 % a 0–100 % scale is one colour.
    std::vector<double> shares;
    for (const auto &r : d.byDong)
        if (r.total() > 0)
            shares.push_back(r.doneShare());
    const geo::Choropleth classes = geo::Choropleth::onDataRange(shares);
    for (const auto &dong : dongs) {
        const QPainterPath path = outline(dong.rings, map);
        double share = 0;
        for (const auto &r : d.byDong) {
            if (r.code == dong.code)
                share = r.doneShare();
        }
        QColor fill = classes.colourFor(share);
        fill.setAlpha(255); // the map page's green, opaque on paper
        p.setPen(QPen(Qt::white, 1.2));
        p.setBrush(fill);
        p.drawPath(path);
        const QPointF c = path.boundingRect().center();
        // White on the dark classes, so the name stays legible.
        pen.text(c.x() - 40, c.y() - 10, 80, QStringLiteral("%1\n%2").arg(dong.name, pct(share)), 7, true,
                 fill.lightness() < 110 ? QColor(Qt::white) : kInk, Qt::AlignHCenter);
    }
    attentionPoints(p, store, map);
    choroplethLegend(pen, area, classes);
}

// 1. Cover
void coverPage(Pen &pen, const AssetStore &store, const Dashboard &d)
{
    const Dashboard::Row &all = d.all;
    pen.painter().fillRect(QRectF(0, 0, kPageW, 300), kAccent);
    pen.text(kMargin, 120, kPageW - 2 * kMargin, QStringLiteral("좋은 도시(Good City) 금천"), 16, false, Qt::white);
    pen.text(kMargin, 150, kPageW - 2 * kMargin, QStringLiteral("도시브랜드 교체 추진 현황 보고"), 28, true, Qt::white);
    pen.text(kMargin, 200, kPageW - 2 * kMargin, QStringLiteral("%1 기준").arg(d.asOf.toString(QStringLiteral("yyyy년 M월 d일"))), 14, false, Qt::white);
    double y = 340;
    y += pen.text(kMargin, y, kPageW - 2 * kMargin,
                  QStringLiteral("대상 시설물 %1건 중 %2건 설치(%3), %4건 검수 완료. 계획 대비 %5 (계획 %6).")
                      .arg(num(all.total()), num(all.done()), pct(all.doneShare()), num(all.byStatus[Dashboard::Verified]),
                           all.doneShare() >= d.plannedShareAsOf() ? QStringLiteral("순조") : QStringLiteral("지연"), pct(d.plannedShareAsOf())),
                  13) + 16;
    pen.text(kMargin, y, kPageW - 2 * kMargin,
             QStringLiteral("추진기간 %1 ~ %2 · 소요예산 %3천원 · 자료: %4")
                 .arg(d.plan.start.toString(Qt::ISODate), d.plan.end.toString(Qt::ISODate), num(d.plan.budgetThousandWon),
                      QFileInfo(store.path()).fileName()),
             10, false, kMuted);
    pen.text(kMargin, kPageH - 80, kPageW - 2 * kMargin, QStringLiteral("금천구 소통담당관 · 디자인팀"), 11, true, kInk);
}

// 2. Key figures
void keyFiguresPage(Pen &pen, const Dashboard &d)
{
    QPainter &p = pen.painter();
    const Dashboard::Row &all = d.all;
    const double spent = double(d.costWon) / 1000.0;
    header(pen, QStringLiteral("핵심 지표"), d, 2);
    struct Kpi { QString label, value, detail; };
    const Kpi kpis[] = {
        {QStringLiteral("대상 시설물"), num(all.total()), QStringLiteral("취소 %1건 제외 %2건").arg(num(all.byStatus[Dashboard::Cancelled]), num(all.scope()))},
        {QStringLiteral("설치 진척률"), pct(all.doneShare()), QStringLiteral("계획 %1").arg(pct(d.plannedShareAsOf()))},
        {QStringLiteral("검수 완료"), num(all.byStatus[Dashboard::Verified]), pct(all.scope() ? double(all.byStatus[Dashboard::Verified]) / double(all.scope()) : 0)},
        {QStringLiteral("검수 대기"), num(d.reviewQueue()), QStringLiteral("설치 후 검수 전")},
        {QStringLiteral("조치 필요"), num(all.byStatus[Dashboard::NeedsAttention]), QStringLiteral("작업팀 재작업")},
        {QStringLiteral("기한 초과"), num(d.overdue), QStringLiteral("배정 후 기한 경과")},
        {QStringLiteral("예상 소요액"), QStringLiteral("%1천원").arg(num(qint64(std::llround(spent)))),
         QStringLiteral("예산 %1천원의 %2").arg(num(d.plan.budgetThousandWon)).arg(pct(d.plan.budgetThousandWon ? spent / double(d.plan.budgetThousandWon) : 0))},
        {QStringLiteral("작업팀"), num(qint64(d.crews.size())), QStringLiteral("배정 %1건").arg(num(all.byStatus[Dashboard::Assigned]))},
    };
    const double tileW = (kPageW - 2 * kMargin - 12) / 2, tileH = 78;
    for (int i = 0; i < 8; ++i) {
        const double tx = kMargin + (i % 2) * (tileW + 12), ty = 100 + (i / 2) * (tileH + 10);
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(0xf1, 0xf8, 0xf4));
        p.drawRoundedRect(QRectF(tx, ty, tileW, tileH), 6, 6);
        pen.text(tx + 12, ty + 8, tileW - 24, kpis[i].label, 10, false, kMuted);
        pen.text(tx + 12, ty + 24, tileW - 24, kpis[i].value, 22, true, kAccent);
        pen.text(tx + 12, ty + 56, tileW - 24, kpis[i].detail, 9, false, kMuted);
    }
    const double y = 100 + 4 * (tileH + 10) + 10;
    pen.text(kMargin, y, 300, QStringLiteral("작업팀별 현황"), 12, true);
    std::vector<QStringList> crewRows;
    for (const auto &c : d.crews)
        crewRows.push_back({c.name, num(c.assigned), num(c.installed), num(c.verified), num(c.needsAttention), num(c.overdue)});
    table(pen, y + 22, {QStringLiteral("작업팀"), QStringLiteral("배정"), QStringLiteral("검수 대기"), QStringLiteral("검수 완료"), QStringLiteral("조치 필요"), QStringLiteral("기한 초과")},
          crewRows, {149, 70, 70, 70, 70, 70}, 9);
}

// 3. Charts
void chartsPage(Pen &pen, const Dashboard &d, const QString &family)
{
    header(pen, QStringLiteral("추진 경과와 분류별 현황"), d, 3);
    pen.text(kMargin, 95, 400, QStringLiteral("누적 설치 대비 계획 (대상 %1건 기준)").arg(num(d.all.scope())), 11, true);
    progressChart(pen, QRectF(kMargin, 115, kPageW - 2 * kMargin, 300), d, family);
    pen.text(kMargin, 440, 400, QStringLiteral("분류별 상태"), 11, true);
    categoryBars(pen, QRectF(kMargin, 462, kPageW - 2 * kMargin, 300), d);
}

// 4. Map
void mapPage(Pen &pen, const AssetStore &store, const Dashboard &d)
{
    header(pen, QStringLiteral("행정동별 진척률"), d, 4);
    pen.text(kMargin, 92, kPageW - 2 * kMargin, QStringLiteral("색이 짙을수록 설치가 많이 진행된 동입니다. 빨간 점: 조치가 필요한 시설물."), 9, false, kMuted);
    districtMap(pen, QRectF(kMargin, 115, kPageW - 2 * kMargin, kPageH - 210), store, d);
}

// 5. Tables
void tablesPage(Pen &pen, const Dashboard &d)
{
    header(pen, QStringLiteral("행정동·부서별 현황"), d, 5);
    const double y = table(pen, 95, kBreakdownHead, breakdownRows(d.byDong, false), kBreakdownWidths, 7.5) + 14;
    std::vector<QStringList> depts = breakdownRows(d.byDepartment, true);
    if (depts.size() > 18)
        depts.resize(18);
    table(pen, y, QStringList(kBreakdownHead).replaceInStrings(QStringLiteral("구분"), QStringLiteral("관리부서")), depts, kBreakdownWidths, 7.5);
}

// 6. Materials and budget: the vendor order sheet
void materialsPage(Pen &pen, const Dashboard &d)
{
    const double spent = double(d.costWon) / 1000.0;
    header(pen, QStringLiteral("자재 발주와 예산"), d, 6);
    std::vector<QStringList> mats;
    for (const auto &m : d.materials)
        mats.push_back({QStringLiteral("%1 %2").arg(m.methodLabel, m.size), num(m.assets), num(m.marks), num(m.marksRemaining), num(m.unitPriceWon),
                        num(qint64(std::llround(double(m.costWon()) / 1000.0)))});
    mats.push_back({QStringLiteral("합계 (예산 %1천원)").arg(num(d.plan.budgetThousandWon)), QString(), QString(), QString(), QString(),
                    num(qint64(std::llround(spent)))});
    table(pen, 95, {QStringLiteral("부착방식·규격"), QStringLiteral("시설물"), QStringLiteral("마크 수량"), QStringLiteral("미설치"), QStringLiteral("단가(원)"), QStringLiteral("금액(천원)")},
          mats, {169, 60, 65, 65, 70, 70}, 8);
}

} // namespace

QString ProgressReport::koreanFontFamily()
{
    static const QString family = [] {
        for (const char *path : {"/usr/share/fonts/truetype/nanum/NanumGothic.ttf", "/usr/share/fonts/truetype/nanum/NanumBarunGothic.ttf"}) {
            const int id = QFontDatabase::addApplicationFont(QString::fromLatin1(path));
            if (id >= 0 && !QFontDatabase::applicationFontFamilies(id).isEmpty())
                return QFontDatabase::applicationFontFamilies(id).first();
        }
        return QString();
    }();
    return family;
}

VoidResult ProgressReport::write(const AssetStore &store, const Dashboard &d, const QString &out,
                                 const std::function<void(qint64, qint64)> &progress)
{
    const QString family = koreanFontFamily();
    if (family.isEmpty())
        return makeError(ErrorCode::Font, gc::tx(QT_TRANSLATE_NOOP("gc", "the Korean font NanumGothic is missing; install fonts-nanum")));
    const QString part = out + QStringLiteral(".part");
    {
        QPdfWriter writer(part);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        writer.setResolution(72);
        writer.setTitle(QStringLiteral("도시브랜드 교체 추진 현황 (%1)").arg(d.asOf.toString(Qt::ISODate)));
        writer.setCreator(QStringLiteral("goodcity"));
        QPainter p;
        if (!p.begin(&writer))
            return makeError(ErrorCode::Io, gc::tx("%1: %2", out, gc::tx(QT_TRANSLATE_NOOP("gc", "cannot create the PDF"), out)));
        p.setRenderHint(QPainter::Antialiasing);
        Pen pen(p, family);
        const std::function<void()> pages[] = {
            [&] { coverPage(pen, store, d); },
            [&] { keyFiguresPage(pen, d); },
            [&] { chartsPage(pen, d, family); },
            [&] { mapPage(pen, store, d); },
            [&] { tablesPage(pen, d); },
            [&] { materialsPage(pen, d); },
        };
        static_assert(std::size(pages) == kPages);
        for (int page = 1; page <= kPages; ++page) {
            if (page > 1)
                writer.newPage();
            pages[page - 1]();
            // The last page counts once the PDF is written.
            if (progress && page < kPages)
                progress(page, kPages);
        }
        if (!p.end())
            return makeError(ErrorCode::Io, gc::tx("%1: %2", out, gc::tx(QT_TRANSLATE_NOOP("gc", "could not write the PDF"), out)));
        if (progress)
            progress(6, kPages);
    }
    QFile::remove(out);
    if (!QFile::rename(part, out))
        return makeError(ErrorCode::Io, gc::tx("%1: %2", out, gc::tx(QT_TRANSLATE_NOOP("gc", "cannot write the file"), out)));
    return Ok{};
}

} // namespace gc::core
