#include "field/fieldstorepart.h"
#include "text.h"
#include "field/fieldtables.h"
#include "store/sqlitedb.h"
#include "store/storeparts.h"

namespace gc::core {

namespace {

// The field crews' tables (W1.4): gc_users and place_proposals, from user.* and place.* events.
class FieldPart final : public StorePart {
public:
    QString name() const override { return QStringLiteral("field"); }
    int schemaVersion() const override { return 4; }
    VoidResult install(const SqliteDb &db) const override { return FieldTables::install(db); }
    bool handles(const Event &e) const override { return FieldTables::handles(e.kind); }

    Result<bool> apply(const SqliteDb &db, const Event &e, bool) const override
    {
        if (auto r = FieldTables::materialize(db, e); !r)
            return r.error();
        return false;
    }
    // Both tables are small: they refold from the log in the file.
    VoidResult rebuild(const SqliteDb &db, const std::vector<Event> &) const override { return FieldTables::materialize(db, {}); }
    VoidResult refold(const SqliteDb &db) const override { return FieldTables::materialize(db, {}); }

    void verify(const SqliteDb &db, const ProjectedState &, const Findings &f) const override
    {
        // Field tables (W1.4): crew users and proposed places, likewise.
        if (db.tableExists(QStringLiteral("gc_users")) && db.tableExists(QStringLiteral("place_proposals"))) {
            auto have = FieldTables::read(db);
            auto want = FieldTables::fold(db);
            if (!have || !want) {
                f.failed((have ? want.error() : have.error()).message());
            } else {
                for (const auto &[id, u] : have->users) {
                    const auto it = want->users.find(id);
                    if (it == want->users.end() || !(it->second == u))
                        f.differs(gc::render(gc::tx(QT_TRANSLATE_NOOP3("gc", "differs from the event log", "fieldstorepart"), id, u.name), gc::Lang::Both));
                }
                for (const auto &[id, p] : have->proposals) {
                    const auto it = want->proposals.find(id);
                    if (it == want->proposals.end() || !(it->second == p))
                        f.differs(gc::render(gc::tx(QT_TRANSLATE_NOOP3("gc", "differs from the event log", "fieldstorepart2"), id), gc::Lang::Both));
                }
                if (have->users.size() < want->users.size() || have->proposals.size() < want->proposals.size())
                    f.differs(gc::render(gc::tx(QT_TRANSLATE_NOOP("gc", "rows in the log are missing from the table")), gc::Lang::Both));
            }
        }
    }
};

} // namespace

void registerFieldStorePart() { storeparts::add(std::make_unique<FieldPart>()); }

} // namespace gc::core
