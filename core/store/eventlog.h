#pragma once

#include "model/event.h"
#include "result.h"

#include <QJsonObject>
#include <QString>

#include <functional>
#include <memory>
#include <vector>

namespace gc::core {

class HybridClock;
class SqliteDb;
class Statement;

// An event to record: the log stamps it with id, clock, time, actor and device.
struct NewEvent {
    QString kind;
    QString assetUuid;
    QJsonObject payload;
    qint64 wallMs = 0; // when it happened, if not now (backfilled history, the demo); the clock stays monotonic
    QString actor = {}; // who did it, if not the log's actor (backfilled history)
};

// The append-only `asset_events` table: who is writing (actor and device), the hybrid clock that
// stamps each event, and reading the log back in its one order (hlc, event_id). It never touches the
// tables the events are materialized into; that is Projection's job. Transactions are the caller's.
class EventLog {
public:
    // Prepares the statements and sets the clock past the newest stamp in the file.
    static Result<std::unique_ptr<EventLog>> open(const SqliteDb &db);
    ~EventLog();

    // Empty arguments keep the current actor or device.
    void setIdentity(const QString &actor, const QString &device);
    const QString &actor() const { return m_actor; }
    QString device() const;

    // Gives the event its id, clock stamp, time, actor and device.
    Event stamp(const NewEvent &n);
    VoidResult append(const Event &e);
    // For events from another device: false when the log already had the event (same id).
    Result<bool> appendIfNew(const Event &e);
    // Takes note of a stamp from elsewhere so later stamps sort after it.
    void observe(const QString &hlc);

    // The whole log, or one asset's events, in log order.
    Result<std::vector<Event>> events(const QString &assetUuid = {}) const;
    // The whole log in log order, one event at a time, none kept: a fold of 34,000 events holds
    // only its result, not the log as well (the app's start-up check for outside edits).
    VoidResult forEach(const std::function<void(const Event &)> &visit) const;
    // One asset's events through a statement prepared once, for the projection's replays.
    Result<std::vector<Event>> assetHistory(const QString &uuid);
    qint64 count() const;
    Result<qint64> lastFid() const;

private:
    explicit EventLog(const SqliteDb &db);
    std::unique_ptr<HybridClock> clockAt(const QString &device) const;

    const SqliteDb &m_db;
    std::unique_ptr<HybridClock> m_clock;
    std::unique_ptr<Statement> m_insert, m_insertIgnore, m_assetEvents;
    QString m_actor;
};

} // namespace gc::core
