#include "Listing.h"

Q_LOGGING_CATEGORY(lcListing, "cairn.sync.listing")

namespace cairn {

bool beginListing(SyncState *row, SyncMode wanted, qint64 runId)
{
    if (row->listingInProgress() && !(wanted == SyncMode::Full && row->listingMode == SyncMode::Partial)) {
        qCInfo(lcListing).noquote() << "resuming the" << modeName(row->listingMode) << "listing of" << row->source
                                    << row->scope << "begun by run" << row->listingRunId;
        return true;
    }
    row->pageToken.clear();
    row->listingRunId = runId;
    row->listingMode = wanted == SyncMode::Auto ? SyncMode::Partial : wanted;
    return false;
}

namespace listing {

void restartRow(SyncState *row, qint64 runId)
{
    row->pageToken.clear();
    row->listingRunId = runId;
}

void endRow(SyncState *row)
{
    row->pageToken.clear();
    row->listingRunId = 0;
    row->listingMode = SyncMode::Auto;
}

} // namespace listing

} // namespace cairn
