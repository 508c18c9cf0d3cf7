#include "model/assetvalidator.h"
#include "text.h"
#include "model/catalog.h"
#include "model/donglocator.h"

#include <QDate>

namespace gc::core {

namespace {
FieldProblem problem(const char *field, const QString &value, const Text &why)
{
    return {QLatin1String(field), value, render(why, Lang::Both)};
}
} // namespace

std::vector<FieldProblem> AssetValidator::check(Asset &a) const
{
    std::vector<FieldProblem> out;
    if (a.category.isEmpty())
        out.push_back(problem("category", a.category, tx(QT_TRANSLATE_NOOP("gc", "category is empty"))));
    else if (!catalog::isValid(catalog::categories(), a.category))
        out.push_back(problem("category", a.category, tx(QT_TRANSLATE_NOOP("gc", "unknown category; allowed: %1"), catalog::allowedValues(catalog::categories()))));
    if (!a.method.isEmpty() && !catalog::isValid(catalog::methods(), a.method))
        out.push_back(problem("method", a.method, tx(QT_TRANSLATE_NOOP("gc", "unknown attachment method; allowed: %1"), catalog::allowedValues(catalog::methods()))));
    if (!catalog::isValid(catalog::variants(), a.variant))
        out.push_back(problem("variant", a.variant, tx(QT_TRANSLATE_NOOP("gc", "unknown design variant; allowed: %1"), catalog::allowedValues(catalog::variants()))));
    if (!catalog::isValid(catalog::statuses(), a.status))
        out.push_back(problem("status", a.status, tx(QT_TRANSLATE_NOOP("gc", "unknown status; allowed: %1"), catalog::allowedValues(catalog::statuses()))));
    if (a.priority < 1 || a.priority > 3)
        out.push_back(problem("priority", QString::number(a.priority), tx(QT_TRANSLATE_NOOP("gc", "priority must be 1 (high) to 3 (low)"))));
    if (a.markCount < 0 || a.markCount > 1000)
        out.push_back(problem("mark_count", QString::number(a.markCount), tx(QT_TRANSLATE_NOOP("gc", "number of marks must be 0 to 1000"))));
    if (!a.dueDate.isEmpty() && !QDate::fromString(a.dueDate, Qt::ISODate).isValid()) {
        // A bare number is how Excel stores a date whose cell lost its date format (days since 1899-12-30):
        // say which date it would be, rather than guess it into the inventory.
        bool serial = false;
        const int days = a.dueDate.toInt(&serial);
        if (serial && days > 0 && days < 2958466) {
            const QString date = QDate(1899, 12, 30).addDays(days).toString(Qt::ISODate);
            out.push_back(problem("due_date", a.dueDate,
                                  tx(QT_TRANSLATE_NOOP("gc", "date must be YYYY-MM-DD; this looks like an Excel date serial (%1): write the cell as the text %1"), date)));
        } else {
            out.push_back(problem("due_date", a.dueDate, tx(QT_TRANSLATE_NOOP("gc", "date must be YYYY-MM-DD"))));
        }
    }
    if (a.category == QLatin1String("vehicle")) {
        if (a.plateNumber.trimmed().isEmpty())
            out.push_back(problem("plate_number", a.plateNumber, tx(QT_TRANSLATE_NOOP("gc", "a vehicle needs its plate number"))));
    } else if (!a.category.isEmpty() && !a.hasLocation) {
        out.push_back(problem("geom", QString(), tx(QT_TRANSLATE_NOOP("gc", "the asset has no location (coordinates)"))));
    }
    if (m_dongs) {
        if (!a.dongCode.isEmpty()) {
            const QString code = m_dongs->codeOf(a.dongCode);
            if (code.isEmpty())
                out.push_back(problem("dong_code", a.dongCode, tx(QT_TRANSLATE_NOOP("gc", "not a dong of Geumcheon-gu"))));
            else
                a.dongCode = code;
        }
        if (a.hasLocation) {
            const QString found = m_dongs->locate(a.x, a.y);
            if (found.isEmpty())
                out.push_back(problem("geom", QStringLiteral("%1, %2").arg(a.x, 0, 'f', 1).arg(a.y, 0, 'f', 1),
                                      tx(QT_TRANSLATE_NOOP("gc", "the location lies outside Geumcheon-gu (check the CRS, e.g. --s-srs)"))));
            else if (a.dongCode.isEmpty())
                a.dongCode = found;
        }
    }
    return out;
}

} // namespace gc::core
