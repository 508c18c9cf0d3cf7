#pragma once

#include "result.h"

#include <QDate>
#include <QJsonObject>
#include <QString>

#include <map>
#include <vector>

namespace gc::core {

class AssetStore;
class SqliteDb;

// The office's settings for the rollout: its schedule with intermediate targets, the budget and the
// unit prices that turn the mark count into a cost estimate. Kept in the inventory (gc_meta), so the
// app, the command line and every device read the same plan. Defaults are the 2024 plan.
struct RolloutPlan {
    struct Target {
        QDate date;
        double share = 0; // 0..1 of the assets in scope (not cancelled) installed by that day
    };
    QDate start{2024, 3, 1};
    QDate end{2024, 5, 31};
    std::vector<Target> targets{{QDate(2024, 3, 31), 0.30}, {QDate(2024, 4, 30), 0.70}, {QDate(2024, 5, 31), 1.0}};
    qint64 budgetThousandWon = 126500; // 2024 소요예산 126,500천원
    // 원 per mark, by attachment method; "method:size" overrides a method for one size. Demo values
    // (the plan gives only the total budget); the office sets its vendor's prices.
    std::map<QString, qint64> unitPriceWon{
        {QStringLiteral("sticker"), 2000},          {QStringLiteral("plate"), 5000},
        {QStringLiteral("panel_replacement"), 8000}, {QStringLiteral("paint"), 5000},
        {QStringLiteral("led_lettering"), 6000000},  {QStringLiteral("banner"), 25000},
        {QStringLiteral("vehicle_wrap"), 100000},    {QStringLiteral("image_replacement"), 2500000},
    };

    // Share of the scope the plan expects installed at the end of `day` (linear between targets).
    double plannedShare(const QDate &day) const;
    qint64 unitPrice(const QString &method, const QString &size) const;

    QJsonObject toJson() const;
    // Missing keys keep their defaults; a malformed value is an error naming the key.
    static Result<RolloutPlan> fromJson(const QJsonObject &o);
    static Result<RolloutPlan> load(const SqliteDb &db);
    static Result<RolloutPlan> load(const AssetStore &store);
    VoidResult save(const SqliteDb &db) const;
};

} // namespace gc::core
