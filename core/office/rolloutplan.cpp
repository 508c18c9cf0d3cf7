#include "office/rolloutplan.h"
#include "text.h"
#include "store/storeaccess.h"
#include "store/sqlitedb.h"
#include "store/statement.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace gc::core {

namespace {
const char kMetaKey[] = "rollout_plan";

Error badValue(const QString &key, const QString &value)
{
    return makeError(ErrorCode::Invalid,
                     gc::tx(QT_TRANSLATE_NOOP("gc", "the rollout plan setting '%1' is not valid: '%2'"), key, value));
}
} // namespace

double RolloutPlan::plannedShare(const QDate &day) const
{
    if (!day.isValid() || day < start)
        return 0;
    QDate fromDay = start;
    double fromShare = 0;
    for (const auto &t : targets) {
        if (day <= t.date) {
            const qint64 span = fromDay.daysTo(t.date);
            if (span <= 0)
                return t.share;
            return fromShare + (t.share - fromShare) * double(fromDay.daysTo(day)) / double(span);
        }
        fromDay = t.date;
        fromShare = t.share;
    }
    return targets.empty() ? (day >= end ? 1.0 : double(start.daysTo(day)) / double(std::max<qint64>(1, start.daysTo(end))))
                           : fromShare;
}

qint64 RolloutPlan::unitPrice(const QString &method, const QString &size) const
{
    if (auto it = unitPriceWon.find(method + QLatin1Char(':') + size); it != unitPriceWon.end())
        return it->second;
    if (auto it = unitPriceWon.find(method); it != unitPriceWon.end())
        return it->second;
    return 0;
}

QJsonObject RolloutPlan::toJson() const
{
    QJsonArray t;
    for (const auto &x : targets)
        t.append(QJsonObject{{QStringLiteral("date"), x.date.toString(Qt::ISODate)}, {QStringLiteral("share"), x.share}});
    QJsonObject prices;
    for (const auto &[k, v] : unitPriceWon)
        prices.insert(k, double(v));
    return {{QStringLiteral("start"), start.toString(Qt::ISODate)},
            {QStringLiteral("end"), end.toString(Qt::ISODate)},
            {QStringLiteral("targets"), t},
            {QStringLiteral("budget_thousand_won"), double(budgetThousandWon)},
            {QStringLiteral("unit_price_won"), prices}};
}

Result<RolloutPlan> RolloutPlan::fromJson(const QJsonObject &o)
{
    RolloutPlan p;
    auto date = [&](const char *key, QDate &out) -> bool {
        if (!o.contains(QLatin1String(key)))
            return true;
        out = QDate::fromString(o.value(QLatin1String(key)).toString(), Qt::ISODate);
        return out.isValid();
    };
    if (!date("start", p.start))
        return badValue(QStringLiteral("start"), o.value(QStringLiteral("start")).toVariant().toString());
    if (!date("end", p.end) || p.end < p.start)
        return badValue(QStringLiteral("end"), o.value(QStringLiteral("end")).toVariant().toString());
    if (o.contains(QStringLiteral("targets"))) {
        p.targets.clear();
        for (const auto &v : o.value(QStringLiteral("targets")).toArray()) {
            const QJsonObject t = v.toObject();
            Target x{QDate::fromString(t.value(QStringLiteral("date")).toString(), Qt::ISODate), t.value(QStringLiteral("share")).toDouble(-1)};
            if (!x.date.isValid() || x.share < 0 || x.share > 1 || (!p.targets.empty() && x.date <= p.targets.back().date))
                return badValue(QStringLiteral("targets"), QString::fromUtf8(QJsonDocument(t).toJson(QJsonDocument::Compact)));
            p.targets.push_back(x);
        }
    }
    if (o.contains(QStringLiteral("budget_thousand_won"))) {
        const double b = o.value(QStringLiteral("budget_thousand_won")).toDouble(-1);
        if (b < 0)
            return badValue(QStringLiteral("budget_thousand_won"), o.value(QStringLiteral("budget_thousand_won")).toVariant().toString());
        p.budgetThousandWon = qint64(b);
    }
    const QJsonObject prices = o.value(QStringLiteral("unit_price_won")).toObject();
    for (auto it = prices.begin(); it != prices.end(); ++it) {
        const double v = it.value().toDouble(-1);
        if (v < 0)
            return badValue(QStringLiteral("unit_price_won.") + it.key(), it.value().toVariant().toString());
        p.unitPriceWon[it.key()] = qint64(v);
    }
    return p;
}

Result<RolloutPlan> RolloutPlan::load(const SqliteDb &db)
{
    auto st = db.prepare(QStringLiteral("SELECT value FROM gc_meta WHERE key = ?1"));
    if (!st)
        return st.error();
    st->bind(1, kMetaKey);
    if (!st->step())
        return RolloutPlan{};
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(st->toText(0).toUtf8(), &err);
    if (!doc.isObject())
        return badValue(QStringLiteral("rollout_plan"), err.errorString());
    return fromJson(doc.object());
}

VoidResult RolloutPlan::save(const SqliteDb &db) const
{
    auto st = db.prepare(QStringLiteral("INSERT OR REPLACE INTO gc_meta (key, value) VALUES (?1, ?2)"));
    if (!st)
        return st.error();
    st->bind(1, kMetaKey).bind(2, QString::fromUtf8(QJsonDocument(toJson()).toJson(QJsonDocument::Compact)));
    return st->run();
}

Result<RolloutPlan> RolloutPlan::load(const AssetStore &store) { return load(StoreAccess::db(store)); }

} // namespace gc::core
