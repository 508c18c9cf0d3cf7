#include "office/dashboard.h"
#include "text.h"
#include "store/storeaccess.h"
#include "model/catalog.h"
#include "store/sqlitedb.h"
#include "store/statement.h"

#include <algorithm>
#include <map>

namespace gc::core {

namespace {
Error sqlError(const SqliteDb &db, const Statement &st)
{
    return makeError(ErrorCode::Sqlite,
                     gc::tx("%1: %2", db.path(), gc::tx(QT_TRANSLATE_NOOP("gc", "could not read the dashboard summary: %2"), db.path(), st.error().isEmpty() ? db.lastError() : st.error())));
}
} // namespace

qint64 Dashboard::Row::total() const
{
    qint64 t = 0;
    for (qint64 n : byStatus)
        t += n;
    return t;
}

double Dashboard::Row::doneShare() const
{
    const qint64 s = scope();
    return s > 0 ? double(done()) / double(s) : 0.0;
}

QString Dashboard::statusCode(int index)
{
    const auto list = catalog::statuses();
    return index >= 0 && size_t(index) < list.size() ? QLatin1String(list[size_t(index)].code) : QString();
}

int Dashboard::statusIndex(const QString &code)
{
    const auto s = assetStatusFromString(code);
    return s ? int(*s) : -1;
}

namespace {

using Row = Dashboard::Row;
using Material = Dashboard::Material;

// Counts by category, dong and department, and the materials by method and size, as read from the summary.
struct Counts {
    std::map<QString, Row> cats, dongs, depts;
    std::map<std::pair<QString, QString>, Material> mats;
};

// Assets and marks by category, dong, department, method, size and status: one pass over the summary.
Result<Counts> readCounts(const SqliteDb &db, Dashboard &d)
{
    auto st = db.prepare(QStringLiteral("SELECT category, dong_code, department, method, mark_size, status, n, marks "
                                        "FROM gc_rollout_counts WHERE n != 0"));
    if (!st)
        return st.error();
    Counts c;
    while (st->step()) {
        const int s = Dashboard::statusIndex(st->toText(5));
        const qint64 n = st->toInt(6), marks = st->toInt(7);
        if (s < 0)
            continue;
        d.all.byStatus[size_t(s)] += n;
        c.cats[st->toText(0)].byStatus[size_t(s)] += n;
        c.dongs[st->toText(1)].byStatus[size_t(s)] += n;
        c.depts[st->toText(2)].byStatus[size_t(s)] += n;
        if (s == Dashboard::Cancelled)
            continue;
        Material &m = c.mats[{st->toText(3), st->toText(4)}];
        m.assets += n;
        m.marks += marks;
        if (s != Dashboard::Installed && s != Dashboard::Verified)
            m.marksRemaining += marks;
    }
    if (st->failed())
        return sqlError(db, *st);
    return c;
}

void addCategoryRows(Dashboard &d, std::map<QString, Row> &cats)
{
    for (const auto &e : catalog::categories()) {
        Row r = cats[QLatin1String(e.code)];
        r.code = QLatin1String(e.code);
        r.label = QString::fromUtf8(e.ko);
        r.labelEn = QString::fromUtf8(e.en);
        cats.erase(r.code);
        d.byCategory.push_back(r);
    }
    for (auto &[code, r] : cats) { // codes outside the catalog (a hand-edited file) still count
        r.code = code;
        r.label = code;
        d.byCategory.push_back(r);
    }
}

VoidResult addDongRows(const SqliteDb &db, Dashboard &d, std::map<QString, Row> &dongs)
{
    auto names = db.prepare(QStringLiteral("SELECT adm_code, name_ko, name_en FROM dongs ORDER BY adm_code"));
    if (!names)
        return names.error();
    while (names->step()) {
        Row r = dongs[names->toText(0)];
        r.code = names->toText(0);
        r.label = names->toText(1);
        r.labelEn = names->toText(2);
        dongs.erase(r.code);
        d.byDong.push_back(r);
    }
    for (auto &[code, r] : dongs) {
        r.code = code;
        r.label = code.isEmpty() ? QStringLiteral("(동 없음: 차량 등)") : code;
        r.labelEn = code.isEmpty() ? QStringLiteral("(no dong: vehicles etc.)") : QString();
        d.byDong.push_back(r);
    }
    return Ok{};
}

void addDepartmentRows(Dashboard &d, std::map<QString, Row> &depts)
{
    for (auto &[name, r] : depts) {
        r.code = name;
        r.label = name.isEmpty() ? QStringLiteral("(미지정)") : name;
        r.labelEn = name.isEmpty() ? QStringLiteral("(not set)") : QString();
        d.byDepartment.push_back(r);
    }
    std::stable_sort(d.byDepartment.begin(), d.byDepartment.end(), [](const Row &a, const Row &b) { return a.total() > b.total(); });
}

void addMaterials(Dashboard &d, std::map<std::pair<QString, QString>, Material> &mats, const RolloutPlan &plan)
{
    for (auto &[key, m] : mats) {
        m.method = key.first;
        m.size = key.second;
        // An asset added from a crew's proposal has no method or size yet: its row still needs a name.
        m.methodLabel = m.method.isEmpty() ? QStringLiteral("부착방식 미정") : catalog::labelKo(catalog::methods(), m.method);
        m.unitPriceWon = plan.unitPrice(m.method, m.size);
        d.costWon += m.costWon();
        d.materials.push_back(m);
    }
}

// Progress: the running sum of each day's net status changes.
VoidResult addProgress(const SqliteDb &db, Dashboard &d, const RolloutPlan &plan, const QDate &asOf)
{
    constexpr int kStatuses = Dashboard::kStatuses;
    auto daily = db.prepare(QStringLiteral("SELECT day, status, n FROM gc_status_daily WHERE n != 0 ORDER BY day"));
    if (!daily)
        return daily.error();
    std::map<QDate, std::array<qint64, kStatuses>> changes;
    while (daily->step()) {
        const int s = Dashboard::statusIndex(daily->toText(1));
        const QDate day = QDate::fromString(daily->toText(0), Qt::ISODate);
        if (s >= 0 && day.isValid())
            changes[day][size_t(s)] += daily->toInt(2);
    }
    if (daily->failed())
        return sqlError(db, *daily);
    const QDate last = plan.end;
    const qint64 scope = d.all.scope();
    std::array<qint64, kStatuses> running{};
    auto it = changes.begin();
    for (; it != changes.end() && it->first < plan.start; ++it) {
        for (int s = 0; s < kStatuses; ++s)
            running[size_t(s)] += it->second[size_t(s)];
    }
    for (QDate day = plan.start; day.isValid() && day <= last; day = day.addDays(1)) {
        for (; it != changes.end() && it->first == day; ++it) {
            for (int s = 0; s < kStatuses; ++s)
                running[size_t(s)] += it->second[size_t(s)];
        }
        Dashboard::Day p;
        p.day = day;
        p.actual = day <= asOf;
        p.done = running[Dashboard::Installed] + running[Dashboard::Verified];
        p.verified = running[Dashboard::Verified];
        p.planned = plan.plannedShare(day) * double(scope);
        d.progress.push_back(p);
    }
    return Ok{};
}

// Crews: workload and overdue assignments.
VoidResult addCrews(const SqliteDb &db, Dashboard &d, const QDate &asOf)
{
    auto crews = db.prepare(QStringLiteral("SELECT assignee, status, due_date, n FROM gc_crew_counts WHERE n != 0 ORDER BY assignee"));
    if (!crews)
        return crews.error();
    const QString today = asOf.toString(Qt::ISODate);
    while (crews->step()) {
        const QString name = crews->toText(0);
        if (d.crews.empty() || d.crews.back().name != name)
            d.crews.push_back(Dashboard::Crew{name});
        Dashboard::Crew &c = d.crews.back();
        const QString status = crews->toText(1);
        const qint64 n = crews->toInt(3);
        switch (Dashboard::statusIndex(status)) {
        case Dashboard::Assigned: {
            c.assigned += n;
            const QString due = crews->toText(2);
            if (!due.isEmpty() && due < today) {
                c.overdue += n;
                d.overdue += n;
            }
            break;
        }
        case Dashboard::Installed: c.installed += n; break;
        case Dashboard::NeedsAttention: c.needsAttention += n; break;
        case Dashboard::Verified: c.verified += n; break;
        default: break;
        }
    }
    if (crews->failed())
        return sqlError(db, *crews);
    return Ok{};
}

} // namespace

Result<Dashboard> Dashboard::compute(const SqliteDb &db, const RolloutPlan &plan, const QDate &asOf)
{
    Dashboard d;
    d.plan = plan;
    d.asOf = asOf;
    auto counts = readCounts(db, d);
    if (!counts)
        return counts.error();
    addCategoryRows(d, counts->cats);
    if (auto dongs = addDongRows(db, d, counts->dongs); !dongs)
        return dongs.error();
    addDepartmentRows(d, counts->depts);
    addMaterials(d, counts->mats, plan);
    if (auto progress = addProgress(db, d, plan, asOf); !progress)
        return progress.error();
    if (auto crews = addCrews(db, d, asOf); !crews)
        return crews.error();
    return d;
}

Result<Dashboard> Dashboard::compute(const AssetStore &store, const RolloutPlan &plan, const QDate &asOf)
{
    return compute(StoreAccess::db(store), plan, asOf);
}

} // namespace gc::core
