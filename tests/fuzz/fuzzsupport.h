#pragma once

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>

namespace gc::core {
class AssetStore;
}

// What every fuzz target needs, shared by the libFuzzer build (GC_FUZZ) and the ordinary replay
// tests: the Qt and GDAL set-up the CLI does, a scratch folder in memory, and one inventory.
namespace gc::fuzz {

// QGuiApplication (offscreen) and GDAL drivers, once per process; GDAL's messages are silenced.
void init();
// Writes the bytes to a file named `name` in the process's scratch folder and returns its path.
QString writeScratch(const QString &name, const QByteArray &bytes);
// Where a file or folder named `name` in the process's scratch folder goes (nothing is made).
QString scratchPath(const QString &name);
// A small inventory created once per process in the scratch folder.
core::AssetStore &inventory();

} // namespace gc::fuzz

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size);
