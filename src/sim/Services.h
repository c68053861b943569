// The simulator's services, in the order of the one list (Services.cpp): the order of
// cairn-sim's options and of the services in a CloudSimulator.
#pragma once

#include "sim/SimService.h"

#include <QList>
#include <QStringList>

namespace sim::Services {

const QList<const SimServiceDescriptor *> &all();
QStringList ids();
// nullptr when no service has the id.
const SimServiceDescriptor *find(const QString &id);
// "Google People, Asana, GitHub and Jira Cloud"
QString titles();
// The demo's sizes of every service's generated data (SimServiceDescriptor::demo).
void forDemo(Options &options);

} // namespace sim::Services
