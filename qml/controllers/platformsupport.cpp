#include "platformsupport.h"
#include "text.h"

#include "photofoldermodel.h"

#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QStandardPaths>

namespace gc::ui {

namespace {

Q_LOGGING_CATEGORY(lcPlatform, "gc.platform")

// A module to treat as absent, as on a tablet without it: set by tests, or GC_SIMULATE_MISSING_QML_MODULE.
QString g_simulatedMissing = qEnvironmentVariable("GC_SIMULATE_MISSING_QML_MODULE");

// The modules Qt's non-native FileDialog loads when it opens (its quickimpl QML imports them). When
// one is missing, Qt 6.4's FileDialog.open() dereferences the implementation it failed to create
// (QQuickPlatformFileDialog::selectedFiles → null QQuickFileDialogImpl): a SIGSEGV, not a message.
constexpr const char *kFileDialogModules[] = {"QtQuick.Dialogs", "QtQuick.Dialogs.quickimpl", "Qt.labs.folderlistmodel"};
// The implementation itself, compiled here so that whatever else it imports is checked too.
constexpr const char *kFileDialogImpl = "qrc:/qt-project.org/imports/QtQuick/Dialogs/quickimpl/qml/FileDialog.qml";

QString componentProblem(QQmlComponent &c)
{
    QStringList why;
    for (const QQmlError &e : c.errors())
        why << e.description();
    return why.join(QLatin1String("; "));
}

QString moduleProblem(QQmlEngine *engine, const QString &module)
{
    if (module == g_simulatedMissing)
        return QStringLiteral("module \"%1\" is not installed (simulated)").arg(module);
    QQmlComponent probe(engine);
    probe.setData(QStringLiteral("import QtQml\nimport %1\nQtObject {}\n").arg(module).toUtf8(), QUrl());
    return probe.isReady() ? QString() : componentProblem(probe);
}

QString implProblem(QQmlEngine *engine)
{
    const QUrl url(QString::fromLatin1(kFileDialogImpl));
    if (!QFile::exists(QLatin1Char(':') + url.path()))
        return {}; // another Qt version keeps it elsewhere: the module probes above still hold
    QQmlComponent impl(engine, url);
    return impl.isReady() ? QString() : componentProblem(impl);
}

} // namespace

PlatformSupport::PlatformSupport(QQmlEngine *engine, QObject *parent) : QObject(parent)
{
    QStringList modules;
    for (const char *m : kFileDialogModules)
        modules << QString::fromLatin1(m);
    modules << QStringLiteral("FileDialog.qml");
    for (const QString &module : modules) {
        const QString why = module.endsWith(QLatin1String(".qml")) ? implProblem(engine) : moduleProblem(engine, module);
        if (!why.isEmpty()) {
            m_fileDialogProblem = gc::render(gc::tx(QT_TRANSLATE_NOOP("gc", "The photo file dialog cannot open (%1: %2). Pick the photo from the list below or type its path."), module, why), gc::Lang::Ui);
            qCWarning(lcPlatform, "%s", qPrintable(m_fileDialogProblem));
            break;
        }
    }
}

PlatformSupport *PlatformSupport::create(QQmlEngine *qmlEngine, QJSEngine *)
{
    return new PlatformSupport(qmlEngine);
}

QString PlatformSupport::picturesFolder() const
{
    const QString pictures = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    return QDir(pictures).exists() ? pictures : QDir::homePath();
}

bool PlatformSupport::isPhoto(const QString &path) const { return PhotoFolderModel::isPhoto(path); }

void PlatformSupport::simulateMissingModule(const QString &module) { g_simulatedMissing = module; }

} // namespace gc::ui
