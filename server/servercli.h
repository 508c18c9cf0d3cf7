#pragma once

#include <QStringList>

namespace gc::server {

// goodcity-server's command line: init, user add, and serving. Exit codes as goodcity-cli's:
// 0 ok, 1 a data problem, 2 usage or I/O.
class ServerCli {
public:
    // `args` excludes the program name. Serving runs the event loop of the existing QCoreApplication.
    static int run(QStringList args);
};

} // namespace gc::server
