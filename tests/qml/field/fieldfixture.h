#pragma once

#include "appcontroller.h"

#include <QAbstractItemModel>
#include <QObject>
#include <QTemporaryDir>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

#include <memory>

namespace gc::test {

// A temporary inventory for the field page tests: a crew's assets in 독산3동, a user with a PIN,
// photos rendered with OpenCV, and a read-back of what the page saved.
class FieldFixture : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(gc::ui::AppController *app READ app CONSTANT)
    Q_PROPERTY(QString nmeaLog READ nmeaLog CONSTANT)
    Q_PROPERTY(QString shotDir READ shotDir CONSTANT)

public:
    explicit FieldFixture(QObject *parent = nullptr);
    ~FieldFixture() override;

    ui::AppController *app() const { return m_app.get(); }
    QString nmeaLog() const;
    QString shotDir() const;

    // A fresh inventory: 60 assets of 현장1팀 around the bench, 3 of 현장2팀, user 김현장 (PIN 4821).
    Q_INVOKABLE bool reset();
    Q_INVOKABLE QString uuidOf(const QString &name) const;
    // A JPEG of the brand mark in a scene (seeded), or a plain grey photo that fails the mark check.
    Q_INVOKABLE QString photo(int seed, bool withMark = true);
    // {status, method, markCount, statusReason, eventKinds: [...], photoRoles: [...], filesOnDisk, verifyOk, proposals}
    Q_INVOKABLE QVariantMap inspect(const QString &uuid) const;
    // Puts a QAbstractItemModelTester (fatal) on the model for the rest of its life.
    Q_INVOKABLE void watch(QAbstractItemModel *model);

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ui::AppController> m_app;
    int m_generation = 0;
};

} // namespace gc::test
