#pragma once

#include "model/assetstatus.h"

#include <QString>

namespace gc::core {

// One public asset that carries (or will carry) the brand mark. Coordinates are EPSG:5186 metres.
struct Asset {
    QString uuid;          // stable identity across devices
    QString code;          // readable code, e.g. GC-SIGN-000123
    QString category;      // catalog::categories() code
    QString name;
    QString department;    // managing department (관리부서)
    QString dongCode;      // 10-digit adm_code of the 행정동
    QString addressJibun;  // 지번 주소
    QString addressRoad;   // 도로명 주소
    QString plateNumber;   // vehicles: 차량번호
    QString homeDepot;     // vehicles: 차고지
    QString method;        // catalog::methods() code
    int markCount = 1;
    QString markSize;      // e.g. "600x200" (mm)
    QString variant = QStringLiteral("brand_mark");
    QString status = toString(AssetStatus::Planned); // stored as its code
    QString statusReason;
    int priority = 2;      // 1 high, 2 normal, 3 low
    QString notes;
    QString assignee;
    QString dueDate;       // ISO date
    bool locationApproximate = false;
    bool hasLocation = false;
    double x = 0;
    double y = 0;
    QString createdAt;     // ISO time of the creating event
    QString updatedAt;     // ISO time of the last event applied

    bool operator==(const Asset &) const = default;
};

} // namespace gc::core
