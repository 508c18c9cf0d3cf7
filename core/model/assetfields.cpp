#include "model/assetfields.h"

#include <QJsonValue>

#include <cmath>

namespace gc::core::assetfields {

namespace {
using T = AssetField::Type;
const AssetField kFields[] = {
    {"code", "코드", "code", T::Text},
    {"category", "분류", "category", T::Text},
    {"name", "명칭", "name", T::Text},
    {"department", "관리부서", "department", T::Text},
    {"dong_code", "행정동코드", "dong code", T::Text},
    {"address_jibun", "지번주소", "lot address", T::Text},
    {"address_road", "도로명주소", "road address", T::Text},
    {"plate_number", "차량번호", "plate number", T::Text},
    {"home_depot", "차고지", "home depot", T::Text},
    {"method", "부착방식", "attachment method", T::Text},
    {"mark_count", "부착수량", "number of marks", T::Int},
    {"mark_size", "규격", "mark size", T::Text},
    {"variant", "디자인", "design variant", T::Text},
    {"status", "상태", "status", T::Text},
    {"status_reason", "사유", "status reason", T::Text},
    {"priority", "우선순위", "priority", T::Int},
    {"notes", "비고", "notes", T::Text},
    {"assignee", "담당자", "assignee", T::Text},
    {"due_date", "기한", "due date", T::Text},
    {"location_approximate", "위치근사", "approximate location", T::Bool},
};

QString *textMember(Asset &a, const QString &key)
{
    if (key == QLatin1String("code")) return &a.code;
    if (key == QLatin1String("category")) return &a.category;
    if (key == QLatin1String("name")) return &a.name;
    if (key == QLatin1String("department")) return &a.department;
    if (key == QLatin1String("dong_code")) return &a.dongCode;
    if (key == QLatin1String("address_jibun")) return &a.addressJibun;
    if (key == QLatin1String("address_road")) return &a.addressRoad;
    if (key == QLatin1String("plate_number")) return &a.plateNumber;
    if (key == QLatin1String("home_depot")) return &a.homeDepot;
    if (key == QLatin1String("method")) return &a.method;
    if (key == QLatin1String("mark_size")) return &a.markSize;
    if (key == QLatin1String("variant")) return &a.variant;
    if (key == QLatin1String("status")) return &a.status;
    if (key == QLatin1String("status_reason")) return &a.statusReason;
    if (key == QLatin1String("notes")) return &a.notes;
    if (key == QLatin1String("assignee")) return &a.assignee;
    if (key == QLatin1String("due_date")) return &a.dueDate;
    return nullptr;
}

int *intMember(Asset &a, const QString &key)
{
    if (key == QLatin1String("mark_count")) return &a.markCount;
    if (key == QLatin1String("priority")) return &a.priority;
    return nullptr;
}
} // namespace

std::span<const AssetField> all() { return kFields; }

const AssetField *find(const QString &keyOrLabel)
{
    const QString k = keyOrLabel.trimmed();
    for (const auto &f : kFields) {
        if (k.compare(QLatin1String(f.key), Qt::CaseInsensitive) == 0 || k == QString::fromUtf8(f.ko)
            || k.compare(QLatin1String(f.en), Qt::CaseInsensitive) == 0)
            return &f;
    }
    return nullptr;
}

QVariant get(const Asset &a, const QString &key)
{
    auto &m = const_cast<Asset &>(a);
    if (auto *s = textMember(m, key))
        return *s;
    if (auto *i = intMember(m, key))
        return *i;
    if (key == QLatin1String("location_approximate"))
        return a.locationApproximate;
    return {};
}

void set(Asset &a, const QString &key, const QVariant &v)
{
    if (auto *s = textMember(a, key))
        *s = v.isNull() ? QString() : v.toString();
    else if (auto *i = intMember(a, key))
        *i = v.toInt();
    else if (key == QLatin1String("location_approximate"))
        a.locationApproximate = v.toBool();
}

QJsonObject toJson(const Asset &a)
{
    QJsonObject o;
    for (const auto &f : kFields) {
        const QString key = QLatin1String(f.key);
        const QVariant v = get(a, key);
        switch (f.type) {
        case T::Text: {
            const QString s = v.toString();
            if (!s.isEmpty())
                o.insert(key, s);
            break;
        }
        case T::Int: o.insert(key, v.toInt()); break;
        case T::Bool:
            if (v.toBool())
                o.insert(key, true);
            break;
        case T::Real: o.insert(key, v.toDouble()); break;
        }
    }
    if (a.hasLocation) {
        o.insert(QStringLiteral("x"), a.x);
        o.insert(QStringLiteral("y"), a.y);
    }
    return o;
}

void apply(Asset &a, const QJsonObject &o)
{
    for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
        const QString &key = it.key();
        if (key == QLatin1String("x") || key == QLatin1String("y"))
            continue;
        set(a, key, it.value().toVariant());
    }
    if (o.contains(QStringLiteral("x")) && o.contains(QStringLiteral("y"))) {
        const QJsonValue x = o.value(QStringLiteral("x"));
        const QJsonValue y = o.value(QStringLiteral("y"));
        a.hasLocation = x.isDouble() && y.isDouble();
        a.x = a.hasLocation ? x.toDouble() : 0;
        a.y = a.hasLocation ? y.toDouble() : 0;
    }
}

QStringList differences(const Asset &a, const Asset &b)
{
    QStringList out;
    for (const auto &f : kFields) {
        const QString key = QLatin1String(f.key);
        if (get(a, key) != get(b, key))
            out << key;
    }
    if (a.hasLocation != b.hasLocation || std::abs(a.x - b.x) > 1e-6 || std::abs(a.y - b.y) > 1e-6)
        out << QStringLiteral("geom");
    if (a.createdAt != b.createdAt)
        out << QStringLiteral("created_at");
    if (a.updatedAt != b.updatedAt)
        out << QStringLiteral("updated_at");
    return out;
}

} // namespace gc::core::assetfields
