#pragma once

#include <QObject>
#include <QString>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

#include <functional>

namespace gc::core {
class AssetStore;
}

namespace gc::ui {

// The app's side of `goodcity-cli adopt`: on opening an inventory it looks, off the UI thread, for
// rows edited outside the log (QGIS, GDAL) and, when there are some, offers to record them as
// history (AdoptDialog). The finding and the recording are core::OutsideEdits'.
class OutsideEditsOffer : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by AppController")
    Q_PROPERTY(bool checking READ checking NOTIFY changed)
    Q_PROPERTY(int count READ count NOTIFY changed)
    Q_PROPERTY(int adoptable READ adoptable NOTIFY changed)
    Q_PROPERTY(int refused READ refused NOTIFY changed)
    Q_PROPERTY(int conflicts READ conflicts NOTIFY changed)
    Q_PROPERTY(QStringList lines READ lines NOTIFY changed)
    Q_PROPERTY(QString message READ message NOTIFY changed)
    Q_PROPERTY(QString officeName READ officeName CONSTANT)

public:
    static constexpr int kLines = 8; // diff lines the dialog lists

    // `store` gives the open inventory when adopting (null when none is open).
    explicit OutsideEditsOffer(std::function<core::AssetStore *()> store, QObject *parent = nullptr);
    ~OutsideEditsOffer() override;

    // Looks for outside edits in the inventory at `path` in the background; `found` follows if any.
    void check(const QString &path);
    // Records the adoptable edits as events by `actor` in the open inventory; false with `message`.
    Q_INVOKABLE bool adopt(const QString &actor);

    bool checking() const { return m_checking; }
    int count() const { return m_count; }
    int adoptable() const { return m_adoptable; }
    int refused() const { return m_refused; }
    int conflicts() const { return m_conflicts; }
    QStringList lines() const { return m_lines; }
    QString message() const { return m_message; }
    // Who adopts when no one has signed in: the office that runs the rollout.
    static QString officeName() { return QStringLiteral("디자인팀"); }

signals:
    void changed();
    void found();   // the inventory has outside edits: the app offers to adopt them
    void adopted(); // they are history now (the tables changed: the app refreshes)

private:
    struct Found;
    void show(const Found &f);

    std::function<core::AssetStore *()> m_store;
    int m_serial = 0; // a check started for an earlier file is ignored
    bool m_checking = false;
    int m_count = 0, m_adoptable = 0, m_refused = 0, m_conflicts = 0;
    QStringList m_lines;
    QString m_message;
};

} // namespace gc::ui
