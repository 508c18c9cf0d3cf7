#pragma once

#include "model/event.h"
#include "result.h"

#include <QByteArray>
#include <QString>

#include <functional>
#include <memory>
#include <vector>

namespace gc::core {

class SqliteDb;
struct ProjectedState;

// A part of the inventory that a capability above the store owns: its tables (installed by one
// schema migration), the events it materializes into them, and its share of `verify`. The store
// names no capability; each registers its part once (core/capabilities.cpp, compiled into every
// program that links gc_core), and Schema, Projection and InventoryVerifier ask the registry.
class StorePart {
public:
    virtual ~StorePart() = default;
    virtual QString name() const = 0;

    // The schema version whose migration creates this part's tables (0: none) and that migration.
    virtual int schemaVersion() const { return 0; }
    virtual VoidResult install(const SqliteDb &) const { return Ok{}; }

    // The events it materializes (none of them reaches `assets`).
    virtual bool handles(const Event &) const { return false; }
    // After `e`, which it handles, was appended to the log, in the same transaction. Inside a merged
    // batch it may defer the work: it returns true, and refold() runs once when the batch finishes.
    virtual Result<bool> apply(const SqliteDb &, const Event &, bool /*inBatch*/) const { return false; }
    // Rewrites its tables from the log (all of it, in log order, or read from the file when empty).
    virtual VoidResult rebuild(const SqliteDb &, const std::vector<Event> & /*log*/) const { return Ok{}; }
    virtual VoidResult refold(const SqliteDb &) const { return Ok{}; }

    // Its share of InventoryVerifier::run: `differs` for a row that the log does not produce (counted
    // and capped like the other findings), `failed` for a table that cannot be read.
    struct Findings {
        std::function<void(const QString &)> differs, failed;
    };
    virtual void verify(const SqliteDb &, const ProjectedState &, const Findings &) const {}
};

namespace storeparts {
// Registers a part (once per name); the parts are asked in registration order. Not thread-safe: call at start-up.
void add(std::unique_ptr<StorePart> part);
const std::vector<std::unique_ptr<StorePart>> &all();
// The part that materializes `e`, or nullptr.
const StorePart *handling(const Event &e);
// The part whose migration brings the schema to `version`, or nullptr.
const StorePart *installing(int version);

// What a new photo's row carries as its perceptual hash (photos.phash, which the duplicate check
// compares) when the caller gives none: a photo check, so the photo capability registers it
// (core/capabilities.cpp) and the store links no OpenCV. Unset: the row is stored without one.
using PhotoHasher = Result<QString> (*)(const QByteArray &encoded);
void setPhotoHasher(PhotoHasher hasher);
PhotoHasher photoHasher();
} // namespace storeparts

} // namespace gc::core
