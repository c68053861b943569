#pragma once
// Asana's side of the outbox (issue 22): tasks created, renamed, given notes, a due date, an
// assignee, completed or not, deleted, and commented on.
#include "ChangeSender.h"

namespace cairn::asana {

// The descriptor's WriteFacts for Asana.
WriteFacts writeFacts();

} // namespace cairn::asana
