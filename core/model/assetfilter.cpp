#include "model/assetfilter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace gc::core {

namespace {

// LIKE pattern for "contains word", with the wildcard characters of the word itself escaped.
QString containsPattern(const QString &word)
{
    QString escaped = word;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    escaped.replace(QLatin1Char('%'), QLatin1String("\\%"));
    escaped.replace(QLatin1Char('_'), QLatin1String("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

} // namespace

bool AssetFilter::isEmpty() const
{
    return categories.isEmpty() && statuses.isEmpty() && dongCodes.isEmpty() && departments.isEmpty() && methods.isEmpty()
           && assignees.isEmpty() && text.trimmed().isEmpty() && uuids.isEmpty();
}

AssetFilter::Sql AssetFilter::toSql(const QString &alias) const
{
    const QString p = alias.isEmpty() ? QString() : alias + QLatin1Char('.');
    QStringList terms;
    Sql sql;
    auto in = [&](const char *column, const QStringList &values) {
        if (values.isEmpty())
            return;
        QStringList marks;
        for (const QString &v : values) {
            marks << QStringLiteral("?");
            sql.params << v;
        }
        terms << QStringLiteral("%1\"%2\" IN (%3)").arg(p, QLatin1String(column), marks.join(QLatin1Char(',')));
    };
    in("category", categories);
    in("status", statuses);
    in("dong_code", dongCodes);
    in("department", departments);
    in("method", methods);
    in("assignee", assignees);
    if (!uuids.isEmpty()) { // one JSON array, not one placeholder each: a batch may be thousands long
        terms << QStringLiteral("%1\"uuid\" IN (SELECT value FROM json_each(?))").arg(p);
        sql.params << QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(uuids)).toJson(QJsonDocument::Compact));
    }
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    for (const QString &word : text.split(spaces, Qt::SkipEmptyParts)) {
        QStringList any;
        for (const char *column : {"code", "name", "address_jibun", "address_road"}) {
            any << QStringLiteral("%1\"%2\" LIKE ? ESCAPE '\\'").arg(p, QLatin1String(column));
            sql.params << containsPattern(word);
        }
        terms << QLatin1Char('(') + any.join(QLatin1String(" OR ")) + QLatin1Char(')');
    }
    sql.where = terms.isEmpty() ? QStringLiteral("1") : terms.join(QLatin1String(" AND "));
    return sql;
}

} // namespace gc::core
