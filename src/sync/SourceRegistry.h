#pragma once
#include "Syncer.h"

#include <memory>

namespace cairn {

class Settings;

// The sources Cairn can sync and how each one's syncer is made: their descriptors
// (src/sources/Sources.h) seen from the sync layer and above.
namespace SourceRegistry {
QStringList implemented();
// The syncer of a run of `source`, made from the settings (SourceDescriptor::makeSyncer);
// nullptr for no source.
std::unique_ptr<Syncer> create(const QString &source, const Settings &settings);
} // namespace SourceRegistry

} // namespace cairn
