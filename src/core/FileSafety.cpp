#include "FileSafety.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

Q_LOGGING_CATEGORY(lcFiles, "cairn.files")

namespace cairn::files {

namespace {

// Clears the group and other bits of `path` (not following a symbolic link); true when it had any.
bool tighten(const QString &path, int *failures)
{
    const QByteArray p = QFile::encodeName(path);
    struct stat st;
    if (::lstat(p.constData(), &st) != 0 || S_ISLNK(st.st_mode) || (st.st_mode & 077) == 0)
        return false;
    if (::chmod(p.constData(), st.st_mode & 07700) != 0) {
        ++*failures;
        return false;
    }
    return true;
}

// mkdir -p with 0700 for what it creates; the errno of a failure, 0 when `dir` is a folder.
int makePath(const QString &dir)
{
    const QString clean = QDir::cleanPath(QDir(dir).absolutePath());
    const QStringList parts = clean.split(u'/', Qt::SkipEmptyParts);
    QString path;
    for (const QString &part : parts) {
        path += u'/' + part;
        const QByteArray p = QFile::encodeName(path);
        if (::mkdir(p.constData(), 0700) == 0)
            continue;
        const int err = errno;
        struct stat st;
        if (::stat(p.constData(), &st) == 0) {
            if (!S_ISDIR(st.st_mode))
                return ENOTDIR;
            continue; // it exists (EEXIST, or EACCES/EROFS on a parent that exists)
        }
        return err;
    }
    return 0;
}

} // namespace

void hardenProcess()
{
    ::umask(077);
    if (qgetenv("CAIRN_ALLOW_CORE_DUMPS") == "1")
        return;
    const struct rlimit none = {0, 0};
    ::setrlimit(RLIMIT_CORE, &none);
    ::prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
}

void makePrivate(const QString &dataDir)
{
    const QFileInfo folder(dataDir);
    if (!folder.isDir() || folder.isSymLink())
        return;
    int tightened = 0;
    int failures = 0;
    tightened += tighten(dataDir, &failures) ? 1 : 0;
    const QDir dir(dataDir);
    const QStringList ours = dir.entryList({QStringLiteral("cairn.*"), QStringLiteral("sync-*.lock"), QStringLiteral("photos")},
                                           QDir::Files | QDir::Dirs | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
    for (const QString &name : ours) {
        const QString path = dir.filePath(name);
        tightened += tighten(path, &failures) ? 1 : 0;
        if (name == QLatin1String("photos") && QFileInfo(path).isDir() && !QFileInfo(path).isSymLink())
            for (const QString &photo : QDir(path).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot))
                tightened += tighten(QDir(path).filePath(photo), &failures) ? 1 : 0;
    }
    if (tightened > 0 || failures > 0)
        qCInfo(lcFiles).noquote() << QStringLiteral("made %1 entries of %2 private to their owner (0700/0600): other users could read them%3")
                                         .arg(tightened).arg(QDir::toNativeSeparators(dataDir),
                                              failures ? QStringLiteral("; %1 could not be changed").arg(failures) : QString());
}

int probeWrite(const QString &dir)
{
    const QByteArray probe = QFile::encodeName(QDir(dir).filePath(QStringLiteral(".cairn-write-check-%1").arg(::getpid())));
    const int fd = ::open(probe.constData(), O_CREAT | O_TRUNC | O_WRONLY | O_CLOEXEC, 0600);
    if (fd < 0)
        return errno;
    // A page: a full disk refuses it (a zero-byte file may still get a directory entry).
    int err = writeAll(fd, QByteArray(4096, '\0'));
    if (::close(fd) != 0 && err == 0)
        err = errno;
    ::unlink(probe.constData());
    return err;
}

void ensureWritable(const QString &dir)
{
    int err = makePath(dir);
    if (err == 0)
        err = probeWrite(dir);
    if (err != 0)
        throw exitError(kindOf(err), QCoreApplication::translate("cairn::files", "cannot write in the data folder %1: %2").arg(QDir::toNativeSeparators(dir), reason(err)));
}

Exit kindOf(int err)
{
    switch (err) {
    case ENOSPC:
    case EDQUOT:
    case EIO:
    case EFBIG:
        return Exit::IoError;
    default:
        return Exit::CantCreate;
    }
}

QString reason(int err)
{
    return err == 0 ? QCoreApplication::translate("cairn::files", "the system gave no reason") : QString::fromLocal8Bit(std::strerror(err));
}

int writeAll(int fd, const QByteArray &data)
{
    const char *p = data.constData();
    qsizetype left = data.size();
    while (left > 0) {
        const ssize_t n = ::write(fd, p, size_t(left));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return errno;
        }
        p += n;
        left -= n;
    }
    return 0;
}

} // namespace cairn::files
