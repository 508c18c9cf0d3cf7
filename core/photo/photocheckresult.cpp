#include "photo/photocheckresult.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>

namespace gc::core {

QString toString(PhotoCheckStatus status)
{
    switch (status) {
    case PhotoCheckStatus::Pass: return QStringLiteral("pass");
    case PhotoCheckStatus::Warn: return QStringLiteral("warn");
    case PhotoCheckStatus::Fail: return QStringLiteral("fail");
    case PhotoCheckStatus::Skip: return QStringLiteral("skip");
    }
    return {};
}

bool PhotoCheck::isProblem() const { return PhotoSlotProfile::effect(weight, status) != PhotoVerdict::Pass; }

std::vector<const PhotoCheck *> PhotoCheckResult::problems() const
{
    std::vector<const PhotoCheck *> out;
    for (const PhotoCheck &c : checks)
        if (c.isProblem())
            out.push_back(&c);
    std::stable_sort(out.begin(), out.end(), [](const PhotoCheck *a, const PhotoCheck *b) {
        return reviewRank(PhotoSlotProfile::effect(a->weight, a->status)) < reviewRank(PhotoSlotProfile::effect(b->weight, b->status));
    });
    return out;
}

PhotoVerdict PhotoCheckResult::judge(const std::vector<PhotoCheck> &checks)
{
    PhotoVerdict v = PhotoVerdict::Pass;
    for (const PhotoCheck &c : checks)
        v = worse(v, PhotoSlotProfile::effect(c.weight, c.status));
    return v;
}

const PhotoCheck *PhotoCheckResult::find(const QString &id) const
{
    for (const PhotoCheck &c : checks)
        if (c.id == id)
            return &c;
    return nullptr;
}

QJsonObject PhotoCheckResult::toJson() const
{
    auto number = [](double v) { return std::isfinite(v) ? QJsonValue(v) : QJsonValue(QJsonValue::Null); };
    QJsonObject all;
    for (const PhotoCheck &c : checks) {
        QJsonObject o = c.details;
        o.insert(QStringLiteral("status"), toString(c.status));
        o.insert(QStringLiteral("weight"), toString(c.weight));
        o.insert(QStringLiteral("value"), number(c.value));
        o.insert(QStringLiteral("threshold"), number(c.threshold));
        o.insert(QStringLiteral("message"), QJsonObject{{QStringLiteral("ko"), c.message(Lang::Korean)}, {QStringLiteral("en"), c.message(Lang::English)}});
        all.insert(c.id, o);
    }
    QJsonObject root;
    root.insert(QStringLiteral("slot"), toString(slot));
    root.insert(QStringLiteral("verdict"), toString(verdict));
    root.insert(QStringLiteral("checks"), all);
    root.insert(QStringLiteral("width"), width);
    root.insert(QStringLiteral("height"), height);
    root.insert(QStringLiteral("format"), format);
    root.insert(QStringLiteral("phash"), perceptualHash);
    if (latitude && longitude)
        root.insert(QStringLiteral("gps"), QJsonArray{*latitude, *longitude});
    if (takenAt.isValid())
        root.insert(QStringLiteral("taken_at"), takenAt.toString(Qt::ISODate));
    return root;
}

} // namespace gc::core
