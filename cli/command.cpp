#include "command.h"

#include <cstdio>

namespace gc::cli {

std::map<QString, Command> &commands()
{
    static std::map<QString, Command> all;
    return all;
}

void printErr(const QString &text)
{
    const QByteArray b = text.toUtf8();
    std::fwrite(b.constData(), 1, size_t(b.size()), stderr);
    if (!text.endsWith(QLatin1Char('\n')))
        std::fputc('\n', stderr);
}

void printOut(const QString &text)
{
    const QByteArray b = text.toUtf8();
    std::fwrite(b.constData(), 1, size_t(b.size()), stdout);
    if (!text.endsWith(QLatin1Char('\n')))
        std::fputc('\n', stdout);
}

QString takeOption(QStringList &args, const QString &name)
{
    for (int i = 0; i < args.size(); ++i) {
        if (args[i] == name && i + 1 < args.size()) {
            const QString v = args[i + 1];
            args.remove(i, 2);
            return v;
        }
        if (args[i].startsWith(name + QLatin1Char('='))) {
            const QString v = args[i].mid(name.size() + 1);
            args.remove(i);
            return v;
        }
    }
    return {};
}

QStringList takeOptionAll(QStringList &args, const QString &name)
{
    QStringList out;
    for (QString v = takeOption(args, name); !v.isNull(); v = takeOption(args, name))
        out << v;
    return out;
}

bool takeFlag(QStringList &args, const QString &name)
{
    return args.removeAll(name) > 0;
}

bool rejectUnknownOptions(const QStringList &args, const QString &usage)
{
    for (const QString &a : args) {
        if (a.startsWith(QLatin1String("--"))) {
            printErr(QStringLiteral("알 수 없는 옵션 / unknown option: %1\nusage: goodcity-cli %2").arg(a, usage));
            return false;
        }
    }
    return true;
}

bool checkUsage(const QStringList &args, const QString &usage, bool shapeOk)
{
    if (!rejectUnknownOptions(args, usage))
        return false;
    if (!shapeOk)
        printErr(QStringLiteral("usage: goodcity-cli %1").arg(usage));
    return shapeOk;
}

} // namespace gc::cli
