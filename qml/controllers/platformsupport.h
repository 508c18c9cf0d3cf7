#pragma once

#include <QObject>
#include <QString>
#include <QtQml/qqmlregistration.h>

class QQmlEngine;
class QJSEngine;

namespace gc::ui {

// What this device's Qt installation can do, found out once, so a page offers what works instead of
// opening a dialog that cannot load (Qt 6.4 crashes when the non-native FileDialog fails to load).
class PlatformSupport : public QObject {
    Q_OBJECT
    QML_NAMED_ELEMENT(Platform)
    QML_SINGLETON
    Q_PROPERTY(bool fileDialog READ fileDialog CONSTANT)
    Q_PROPERTY(QString fileDialogProblem READ fileDialogProblem CONSTANT)
    Q_PROPERTY(QString picturesFolder READ picturesFolder CONSTANT)

public:
    explicit PlatformSupport(QQmlEngine *engine, QObject *parent = nullptr);
    static PlatformSupport *create(QQmlEngine *qmlEngine, QJSEngine *jsEngine);

    bool fileDialog() const { return m_fileDialogProblem.isEmpty(); }
    // Bilingual: why the system file dialog is not offered; empty when it is.
    QString fileDialogProblem() const { return m_fileDialogProblem; }
    // Where a tablet keeps its photos (the file list starts there).
    QString picturesFolder() const;

    // True when `path` names a photo file the checks read (JPEG or PNG, by its ending).
    Q_INVOKABLE bool isPhoto(const QString &path) const;

    // For tests and --self-test: pretend a QML module is missing, as on a machine without it.
    static void simulateMissingModule(const QString &module);

private:
    QString m_fileDialogProblem;
};

} // namespace gc::ui
