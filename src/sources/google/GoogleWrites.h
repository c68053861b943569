#pragma once
// Google's side of the outbox (issue 22): contacts created, edited (names, nickname, e-mails,
// phones, organisation, birthday, notes, contact groups) and deleted.
#include "ChangeSender.h"

namespace cairn::google {

class GoogleApi;

// The descriptor's WriteFacts for Google Contacts.
WriteFacts writeFacts();

// Reads again the contacts whose cached values may not be Google's (a change over them was
// discarded: the cache showed the values the person saw, which it does not keep whole), before
// a sync lists what changed — one people.get each; a contact gone is marked deleted.
QCoro::Task<> rereadUnknown(SyncContext &ctx, GoogleApi &api);

} // namespace cairn::google
