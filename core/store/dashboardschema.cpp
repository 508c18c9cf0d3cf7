#include "store/dashboardschema.h"
#include "store/sqlitedb.h"

namespace gc::core {

namespace {

// One trigger statement that adds `sign` (1 or -1) for the row `r` (NEW or OLD) to every summary;
// `day` is the row whose updated_at dates the change in gc_status_daily.
QString addRow(const QString &r, int sign, const QString &dayRow, bool daily)
{
    const QString s = QString::number(sign);
    QString sql = QStringLiteral(
                      "INSERT INTO gc_rollout_counts VALUES (coalesce(%1.category,''), coalesce(%1.dong_code,''), "
                      "coalesce(%1.department,''), coalesce(%1.method,''), coalesce(%1.mark_size,''), coalesce(%1.status,''), %2, "
                      "%2 * coalesce(%1.mark_count,0)) ON CONFLICT DO UPDATE SET n = n + excluded.n, marks = marks + excluded.marks;\n")
                      .arg(r, s);
    sql += QStringLiteral("INSERT INTO gc_crew_counts SELECT %1.assignee, coalesce(%1.status,''), coalesce(%1.due_date,''), %2 "
                          "WHERE coalesce(%1.assignee,'') != '' ON CONFLICT DO UPDATE SET n = n + excluded.n;\n")
               .arg(r, s);
    if (daily)
        sql += QStringLiteral("INSERT INTO gc_status_daily VALUES (coalesce(date(%1.updated_at, '+9 hours'),''), coalesce(%2.status,''), %3) "
                              "ON CONFLICT DO UPDATE SET n = n + excluded.n;\n")
                   .arg(dayRow, r, s);
    return sql;
}

QString crewOnly(const QString &r, int sign)
{
    return QStringLiteral("INSERT INTO gc_crew_counts SELECT %1.assignee, coalesce(%1.status,''), coalesce(%1.due_date,''), %2 "
                          "WHERE coalesce(%1.assignee,'') != '' ON CONFLICT DO UPDATE SET n = n + excluded.n;\n")
        .arg(r, QString::number(sign));
}

QString countsOnly(const QString &r, int sign)
{
    return QStringLiteral("INSERT INTO gc_rollout_counts VALUES (coalesce(%1.category,''), coalesce(%1.dong_code,''), "
                          "coalesce(%1.department,''), coalesce(%1.method,''), coalesce(%1.mark_size,''), coalesce(%1.status,''), %2, "
                          "%2 * coalesce(%1.mark_count,0)) ON CONFLICT DO UPDATE SET n = n + excluded.n, marks = marks + excluded.marks;\n")
        .arg(r, QString::number(sign));
}

} // namespace

VoidResult DashboardSchema::install(const SqliteDb &db)
{
    QString ddl = QStringLiteral(R"(
CREATE TABLE gc_rollout_counts (category TEXT NOT NULL, dong_code TEXT NOT NULL, department TEXT NOT NULL, method TEXT NOT NULL,
  mark_size TEXT NOT NULL, status TEXT NOT NULL, n INTEGER NOT NULL, marks INTEGER NOT NULL,
  PRIMARY KEY (category, dong_code, department, method, mark_size, status)) WITHOUT ROWID;
CREATE TABLE gc_crew_counts (assignee TEXT NOT NULL, status TEXT NOT NULL, due_date TEXT NOT NULL, n INTEGER NOT NULL,
  PRIMARY KEY (assignee, status, due_date)) WITHOUT ROWID;
CREATE TABLE gc_status_daily (day TEXT NOT NULL, status TEXT NOT NULL, n INTEGER NOT NULL, PRIMARY KEY (day, status)) WITHOUT ROWID;
CREATE INDEX assets_assignee ON assets (assignee, status, due_date);
)");
    ddl += QStringLiteral("CREATE TRIGGER gc_assets_summary_insert AFTER INSERT ON assets BEGIN\n%1END;\n")
               .arg(addRow(QStringLiteral("NEW"), 1, QStringLiteral("NEW"), true));
    ddl += QStringLiteral("CREATE TRIGGER gc_assets_summary_delete AFTER DELETE ON assets BEGIN\n%1END;\n")
               .arg(addRow(QStringLiteral("OLD"), -1, QStringLiteral("OLD"), true));
    ddl += QStringLiteral("CREATE TRIGGER gc_assets_summary_update AFTER UPDATE ON assets WHEN OLD.category IS NOT NEW.category OR "
                          "OLD.dong_code IS NOT NEW.dong_code OR OLD.department IS NOT NEW.department OR OLD.method IS NOT NEW.method OR "
                          "OLD.mark_size IS NOT NEW.mark_size OR OLD.status IS NOT NEW.status OR OLD.mark_count IS NOT NEW.mark_count "
                          "BEGIN\n%1%2END;\n")
               .arg(countsOnly(QStringLiteral("OLD"), -1), countsOnly(QStringLiteral("NEW"), 1));
    ddl += QStringLiteral("CREATE TRIGGER gc_assets_crew_update AFTER UPDATE ON assets WHEN OLD.assignee IS NOT NEW.assignee OR "
                          "OLD.status IS NOT NEW.status OR OLD.due_date IS NOT NEW.due_date BEGIN\n%1%2END;\n")
               .arg(crewOnly(QStringLiteral("OLD"), -1), crewOnly(QStringLiteral("NEW"), 1));
    // A status change counts on the day of the event that made it.
    ddl += QStringLiteral(R"(CREATE TRIGGER gc_assets_daily_update AFTER UPDATE ON assets WHEN OLD.status IS NOT NEW.status BEGIN
INSERT INTO gc_status_daily VALUES (coalesce(date(NEW.updated_at, '+9 hours'),''), coalesce(OLD.status,''), -1) ON CONFLICT DO UPDATE SET n = n + excluded.n;
INSERT INTO gc_status_daily VALUES (coalesce(date(NEW.updated_at, '+9 hours'),''), coalesce(NEW.status,''), 1) ON CONFLICT DO UPDATE SET n = n + excluded.n;
END;
)");
    // Rows already in the file: the current state, and the history of statuses from the log.
    ddl += QStringLiteral(R"(
INSERT INTO gc_rollout_counts SELECT coalesce(category,''), coalesce(dong_code,''), coalesce(department,''), coalesce(method,''),
  coalesce(mark_size,''), coalesce(status,''), count(*), sum(coalesce(mark_count,0)) FROM assets GROUP BY 1, 2, 3, 4, 5, 6;
INSERT INTO gc_crew_counts SELECT assignee, coalesce(status,''), coalesce(due_date,''), count(*) FROM assets
  WHERE coalesce(assignee,'') != '' GROUP BY 1, 2, 3;
INSERT INTO gc_status_daily SELECT day, status, sum(d) FROM (
  WITH s AS (SELECT asset_uuid, hlc, event_id, date(occurred_at, '+9 hours') AS day,
               CASE kind WHEN 'asset.created' THEN coalesce(json_extract(payload, '$.status'), 'planned')
                         ELSE json_extract(payload, '$.status') END AS st
             FROM asset_events WHERE kind IN ('asset.created', 'asset.status') AND asset_uuid IN (SELECT uuid FROM assets)),
       t AS (SELECT day, st, lag(st) OVER (PARTITION BY asset_uuid ORDER BY hlc, event_id) AS prev FROM s WHERE st IS NOT NULL)
  SELECT day, st AS status, 1 AS d FROM t WHERE prev IS NULL OR prev != st
  UNION ALL SELECT day, prev, -1 FROM t WHERE prev IS NOT NULL AND prev != st)
GROUP BY day, status;
)");
    return db.exec(ddl);
}

} // namespace gc::core
