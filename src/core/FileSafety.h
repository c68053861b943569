#pragma once
#include "Error.h"
#include "ExitCodes.h"

#include <QString>

#include <sysexits.h>

namespace cairn::files {

// At the start of main, before anything is read or written: files and folders Cairn creates
// are private to its user (umask 077), and the process cannot dump core (the memory holds
// access tokens) unless CAIRN_ALLOW_CORE_DUMPS=1.
void hardenProcess();

// An existing data folder, and the files Cairn keeps in it (the database and its -wal/-shm,
// cairn.ini, the lock files, photos/), that other users could read are made private: 0700 for
// folders, 0600 for files, with one log line. Nothing is created.
void makePrivate(const QString &dataDir);

// Creates `dir` (0700) if needed and checks that a file can be created and written in it.
// Throws exitError(CantCreate) for a read-only or forbidden folder, exitError(IoError) for a full
// disk or an I/O error: one line naming the folder and the system's reason.
void ensureWritable(const QString &dir);

// Why `dir` cannot take a new file: the errno of creating, writing and syncing a small probe
// file in it; 0 when it can.
int probeWrite(const QString &dir);

// The exit codes (ExitCodes.h): files::Exit::CantCreate is ExitCode::CantCreate.
using Exit = ExitCode;
using cairn::exitCodeOf;
using cairn::exitError;
// CantCreate (read-only, forbidden, not a folder) or IoError (full, I/O error), as errno `err` means.
Exit kindOf(int err);
// The system's words for errno `err`, never "Unknown error" for 0.
QString reason(int err);

// Writes all of `data` to the descriptor, retrying short writes; the errno of a failure, 0 when
// every byte was written.
int writeAll(int fd, const QByteArray &data);

} // namespace cairn::files
