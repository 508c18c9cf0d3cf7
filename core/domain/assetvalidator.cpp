#include "domain/assetvalidator.h"
#include "bilingual.h"
#include "domain/catalog.h"
#include "domain/donglocator.h"

#include <QDate>

namespace gc::core {

namespace {
FieldProblem problem(const char *field, const QString &value, const QString &ko, const QString &en)
{
    return {QLatin1String(field), value, bilingual(ko, en)};
}
} // namespace

std::vector<FieldProblem> AssetValidator::check(Asset &a) const
{
    std::vector<FieldProblem> out;
    if (a.category.isEmpty())
        out.push_back(problem("category", a.category, QStringLiteral("분류가 비어 있습니다"), QStringLiteral("category is empty")));
    else if (!catalog::isValid(catalog::categories(), a.category))
        out.push_back(problem("category", a.category, QStringLiteral("알 수 없는 분류"),
                              QStringLiteral("unknown category; allowed: %1").arg(catalog::allowedValues(catalog::categories()))));
    if (!a.method.isEmpty() && !catalog::isValid(catalog::methods(), a.method))
        out.push_back(problem("method", a.method, QStringLiteral("알 수 없는 부착방식"),
                              QStringLiteral("unknown attachment method; allowed: %1").arg(catalog::allowedValues(catalog::methods()))));
    if (!catalog::isValid(catalog::variants(), a.variant))
        out.push_back(problem("variant", a.variant, QStringLiteral("알 수 없는 디자인"),
                              QStringLiteral("unknown design variant; allowed: %1").arg(catalog::allowedValues(catalog::variants()))));
    if (!catalog::isValid(catalog::statuses(), a.status))
        out.push_back(problem("status", a.status, QStringLiteral("알 수 없는 상태"),
                              QStringLiteral("unknown status; allowed: %1").arg(catalog::allowedValues(catalog::statuses()))));
    if (a.priority < 1 || a.priority > 3)
        out.push_back(problem("priority", QString::number(a.priority), QStringLiteral("우선순위는 1(높음)~3(낮음)입니다"),
                              QStringLiteral("priority must be 1 (high) to 3 (low)")));
    if (a.markCount < 0 || a.markCount > 1000)
        out.push_back(problem("mark_count", QString::number(a.markCount), QStringLiteral("부착수량은 0~1000입니다"),
                              QStringLiteral("number of marks must be 0 to 1000")));
    if (!a.dueDate.isEmpty() && !QDate::fromString(a.dueDate, Qt::ISODate).isValid()) {
        // A bare number is how Excel stores a date whose cell lost its date format (days since 1899-12-30):
        // say which date it would be, rather than guess it into the inventory.
        bool serial = false;
        const int days = a.dueDate.toInt(&serial);
        if (serial && days > 0 && days < 2958466) {
            const QString date = QDate(1899, 12, 30).addDays(days).toString(Qt::ISODate);
            out.push_back(problem("due_date", a.dueDate,
                                  QStringLiteral("날짜는 YYYY-MM-DD 형식입니다. 엑셀 날짜 일련번호(%1)로 보이니 셀을 텍스트 %1 로 적어 주세요").arg(date),
                                  QStringLiteral("date must be YYYY-MM-DD; this looks like an Excel date serial (%1): write the cell as the text %1").arg(date)));
        } else {
            out.push_back(problem("due_date", a.dueDate, QStringLiteral("날짜는 YYYY-MM-DD 형식입니다"),
                                  QStringLiteral("date must be YYYY-MM-DD")));
        }
    }
    if (a.category == QLatin1String("vehicle")) {
        if (a.plateNumber.trimmed().isEmpty())
            out.push_back(problem("plate_number", a.plateNumber, QStringLiteral("행정차량에는 차량번호가 필요합니다"),
                                  QStringLiteral("a vehicle needs its plate number")));
    } else if (!a.category.isEmpty() && !a.hasLocation) {
        out.push_back(problem("geom", QString(), QStringLiteral("위치(좌표)가 없습니다"),
                              QStringLiteral("the asset has no location (coordinates)")));
    }
    if (m_dongs) {
        if (!a.dongCode.isEmpty()) {
            const QString code = m_dongs->codeOf(a.dongCode);
            if (code.isEmpty())
                out.push_back(problem("dong_code", a.dongCode, QStringLiteral("금천구의 행정동이 아닙니다"),
                                      QStringLiteral("not a dong of Geumcheon-gu")));
            else
                a.dongCode = code;
        }
        if (a.hasLocation) {
            const QString found = m_dongs->locate(a.x, a.y);
            if (found.isEmpty())
                out.push_back(problem("geom", QStringLiteral("%1, %2").arg(a.x, 0, 'f', 1).arg(a.y, 0, 'f', 1),
                                      QStringLiteral("위치가 금천구 밖입니다(좌표계 확인)"),
                                      QStringLiteral("the location lies outside Geumcheon-gu (check the CRS, e.g. --s-srs)")));
            else if (a.dongCode.isEmpty())
                a.dongCode = found;
        }
    }
    return out;
}

} // namespace gc::core
