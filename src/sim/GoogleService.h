// Moved to sim/google/GoogleService.h (each service in its folder). This forwarder is here
// only for src/ui/DemoSimulator.cpp, which still includes the old path: delete it when that
// file includes the new one (or seeds the demo through CloudSimulator::services()).
#pragma once
#include "sim/google/GoogleService.h"
