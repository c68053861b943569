// The CSV, vCard and JSON exporters on contacts built from the bytes (FuzzEntries.h says how):
// every output must parse back to the same values, vCard lines folded at 75 octets.
#include "FuzzEntries.h"

using namespace cairn;

CAIRN_FUZZ_TARGET(contact_export)
{
    return fuzz::checkExports(fuzz::contactsFromBytes(data));
}
