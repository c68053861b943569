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
    QStringList syncSwitches; // sync: switches of one source (SourceDescriptor::syncSwitches)
    // login / logout
    QString account;
    bool tokenStdin = false;
    bool clientSecretStdin = false;
    bool device = false;
    bool sessionOnly = false;
    QString site;
    QString email;
    bool all = false; // outbox retry|discard: every change in conflict or failed
};

int runCliCommand(const CliOptions &o);

} // namespace cairn
