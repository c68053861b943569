#pragma once
#include "SourceDescriptor.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace cairn::Sources {

// The sources Cairn syncs, in the order of the one list (Sources.cpp) — the order of the
// sidebar, of `cairn status`, of the settings.
const QList<const SourceDescriptor *> &all();
QStringList ids();
// nullptr when no source has the id.
const SourceDescriptor *find(const QString &id);
// The one that takes `cairn sync --<name>` (SourceDescriptor::syncSwitches), else nullptr.
const SourceDescriptor *withSyncSwitch(const QString &name);

// Gives each source's facts to the layers below (their Catalogs: SourceFacts, SignInFacts,
// StoreFacts). Runs before main() in every program that links this layer (src/CMakeLists.txt
// makes the linker keep Sources.cpp); calling it again changes nothing.
void install();

} // namespace cairn::Sources
