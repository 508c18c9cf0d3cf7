#pragma once

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace gc::test {

// One run of a program to its end: exit code, whether it crashed (an abort is not an exit), its output.
struct ProgramRun {
    int exitCode = -1;
    bool crashed = false;
    QString out, err;
};

ProgramRun runProgram(const QString &exe, const QStringList &args, const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment());

// No display and a platform plugin that does not exist: a QGuiApplication cannot start here.
QProcessEnvironment withoutPlatform();

} // namespace gc::test
