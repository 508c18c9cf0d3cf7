#include "store/storeparts.h"

namespace gc::core::storeparts {

namespace {
std::vector<std::unique_ptr<StorePart>> &registry()
{
    static std::vector<std::unique_ptr<StorePart>> parts;
    return parts;
}
PhotoHasher g_photoHasher = nullptr;
} // namespace

void add(std::unique_ptr<StorePart> part)
{
    for (const auto &p : registry()) {
        if (p->name() == part->name())
            return; // registered already
    }
    registry().push_back(std::move(part));
}

const std::vector<std::unique_ptr<StorePart>> &all() { return registry(); }

const StorePart *handling(const Event &e)
{
    for (const auto &p : registry()) {
        if (p->handles(e))
            return p.get();
    }
    return nullptr;
}

const StorePart *installing(int version)
{
    for (const auto &p : registry()) {
        if (p->schemaVersion() == version)
            return p.get();
    }
    return nullptr;
}

void setPhotoHasher(PhotoHasher hasher) { g_photoHasher = hasher; }

PhotoHasher photoHasher() { return g_photoHasher; }

} // namespace gc::core::storeparts
