#include "store/eventlog.h"
#include "store/eventrow.h"
#include "store/hybridclock.h"
#include "store/timeuuid.h"
#include "store/sqlitedb.h"
#include "store/statement.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QSysInfo>

namespace gc::core {

namespace {

QString isoTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

QString defaultDevice()
{
    const QString host = QSysInfo::machineHostName();
    return host.isEmpty() ? QStringLiteral("device") : host;
}

} // namespace

EventLog::EventLog(const SqliteDb &db) : m_db(db) {}
EventLog::~EventLog() = default;

Result<std::unique_ptr<EventLog>> EventLog::open(const SqliteDb &db)
{
    std::unique_ptr<EventLog> log(new EventLog(db));
    const QString insert = QStringLiteral("INSERT %1 INTO asset_events (%2) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
    struct P { std::unique_ptr<Statement> *target; QString sql; };
    const P prepared[] = {
        {&log->m_insert, insert.arg(QString(), QLatin1String(eventrow::kColumns))},
        {&log->m_insertIgnore, insert.arg(QStringLiteral("OR IGNORE"), QLatin1String(eventrow::kColumns))},
        {&log->m_assetEvents,
         QStringLiteral("SELECT %1 FROM asset_events WHERE asset_uuid = ?1 ORDER BY hlc, event_id").arg(QLatin1String(eventrow::kColumns))},
    };
    for (const auto &p : prepared) {
        auto r = db.prepare(p.sql);
        if (!r)
            return r.error();
        *p.target = std::make_unique<Statement>(std::move(*r));
    }
    log->m_actor = qEnvironmentVariable("USER", QStringLiteral("system"));
    log->m_clock = log->clockAt(defaultDevice());
    return log;
}

std::unique_ptr<HybridClock> EventLog::clockAt(const QString &device) const
{
    auto clock = std::make_unique<HybridClock>(device);
    if (auto last = m_db.scalarText(QStringLiteral("SELECT max(hlc) FROM asset_events")); last && !last->isEmpty())
        clock->observe(*last);
    return clock;
}

void EventLog::setIdentity(const QString &actor, const QString &device)
{
    if (!actor.isEmpty())
        m_actor = actor;
    if (!device.isEmpty())
        m_clock = clockAt(device);
}

QString EventLog::device() const { return m_clock->device(); }

Event EventLog::stamp(const NewEvent &n)
{
    Event e;
    e.hlc = n.wallMs > 0 ? m_clock->nowAt(n.wallMs) : m_clock->now();
    e.id = timeOrderedUuid(HybridClock::millisOf(e.hlc));
    e.time = isoTime(HybridClock::millisOf(e.hlc));
    e.actor = n.actor.isEmpty() ? m_actor : n.actor;
    e.device = m_clock->device();
    e.kind = n.kind;
    e.assetUuid = n.assetUuid;
    e.payload = n.payload;
    return e;
}

namespace {

Statement &bindEvent(Statement &st, const Event &e)
{
    st.bind(1, e.id).bind(2, e.hlc).bind(3, e.time).bind(4, e.actor).bind(5, e.device).bind(6, e.kind);
    st.bind(7, e.assetUuid.isEmpty() ? QString() : e.assetUuid);
    st.bind(8, QJsonDocument(e.payload).toJson(QJsonDocument::Compact));
    return st;
}

} // namespace

VoidResult EventLog::append(const Event &e) { return bindEvent(*m_insert, e).run(); }

Result<bool> EventLog::appendIfNew(const Event &e)
{
    if (auto r = bindEvent(*m_insertIgnore, e).run(); !r)
        return r.error();
    return m_db.changes() > 0;
}

void EventLog::observe(const QString &hlc) { m_clock->observe(hlc); }

Result<std::vector<Event>> EventLog::events(const QString &assetUuid) const
{
    auto st = m_db.prepare(QStringLiteral("SELECT %1 FROM asset_events %2 ORDER BY hlc, event_id")
                               .arg(QLatin1String(eventrow::kColumns),
                                    assetUuid.isEmpty() ? QString() : QStringLiteral("WHERE asset_uuid = ?1")));
    if (!st)
        return st.error();
    if (!assetUuid.isEmpty())
        st->bind(1, assetUuid);
    std::vector<Event> out;
    while (st->step())
        out.push_back(eventrow::fromRow(*st));
    if (st->failed())
        return makeError(ErrorCode::Sqlite, st->error());
    return out;
}

VoidResult EventLog::forEach(const std::function<void(const Event &)> &visit) const
{
    auto st = m_db.prepare(QStringLiteral("SELECT %1 FROM asset_events ORDER BY hlc, event_id").arg(QLatin1String(eventrow::kColumns)));
    if (!st)
        return st.error();
    while (st->step())
        visit(eventrow::fromRow(*st));
    if (st->failed())
        return makeError(ErrorCode::Sqlite, st->error());
    return Ok{};
}

Result<std::vector<Event>> EventLog::assetHistory(const QString &uuid)
{
    Statement &st = *m_assetEvents;
    st.reset();
    st.bind(1, uuid);
    std::vector<Event> out;
    while (st.step())
        out.push_back(eventrow::fromRow(st));
    const bool failed = st.failed();
    st.reset();
    if (failed)
        return makeError(ErrorCode::Sqlite, m_db.lastError());
    return out;
}

qint64 EventLog::count() const { return m_db.scalarInt(QStringLiteral("SELECT count(*) FROM asset_events")).value(); }
Result<qint64> EventLog::lastFid() const { return m_db.scalarInt(QStringLiteral("SELECT max(fid) FROM asset_events")); }

} // namespace gc::core
