#pragma once
#include <QStringList>

namespace cairn {

struct CliOptions
{
    QString command;
    QStringList arguments;
    QString dataDir;
    bool json = false;
    QStringList sources;
    QString mode;
    int limit = 20;
    QString format;
    QString output;
    bool noBrowser = false;
};

int runCliCommand(const CliOptions &o);

} // namespace cairn
