#pragma once

#include "serverfixture.h"

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace gc::test {

// goodcity-server as its own process on 127.0.0.1, the way an office runs it.
struct ServerProcess {
    QProcess proc;
    quint16 port = 0;
    // Port 0: any free one. Returns once the server says it is listening.
    void start(const QString &store, quint16 wantPort = 0, const QStringList &extraArgs = {});
    QString url() const; // http://127.0.0.1:PORT/
    void stop();         // SIGKILL, and waits for it
    ~ServerProcess();
};

// Runs goodcity-server with ARGS to completion, requires exit code 0, returns its standard output.
QString runServerCli(const QStringList &args, const QByteArray &stdinText = {});
// `init` of a new store (`--from FROM` when given) plus the users office1, office2 (office) and crew1
// (crew), password "correct horse 1".
void initStoreWithUsers(const QString &store, const QString &from = {});

// A new store of `kind` (initStoreWithUsers) served by its own goodcity-server process.
struct OfficeServer {
    OfficeServer(LocalServer::Kind kind, const QTemporaryDir &dir);
    QString url() const { return server.url(); }
    QString store; // the --store argument
    ServerProcess server;
};

} // namespace gc::test
