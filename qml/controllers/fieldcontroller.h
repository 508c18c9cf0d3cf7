#pragma once

#include "crewposition.h"
#include "formdrafts.h"
#include "photocheckrunner.h"
#include "worklistmodel.h"

#include <QObject>
#include <QPointer>
#include <QVariantList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

#include <memory>
#include <optional>

namespace gc::ui {

class AppController;

// The field crew's workspace: who is signed in, where they stand, their list and route, the asset
// they have open, and the saves (replacement, cannot install, new place) through core::FieldWork.
// Photo checks and QR reads run on a worker pool; saves run at once, so a save is on disk when the
// call returns.
class FieldController : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(gc::ui::AppController *app READ app WRITE setApp NOTIFY appChanged)
    Q_PROPERTY(QVariantList users READ users NOTIFY usersChanged)
    Q_PROPERTY(bool signedIn READ signedIn NOTIFY userChanged)
    Q_PROPERTY(QString userName READ userName NOTIFY userChanged)
    Q_PROPERTY(QString crew READ crew NOTIFY userChanged)
    Q_PROPERTY(gc::ui::WorkListModel *work READ work CONSTANT)
    // Half-filled forms kept across a kill (not in the inventory's log).
    Q_PROPERTY(gc::ui::FormDrafts *drafts READ drafts CONSTANT)
    Q_PROPERTY(bool hasPosition READ hasPosition NOTIFY positionChanged)
    Q_PROPERTY(double positionX READ positionX NOTIFY positionChanged)
    Q_PROPERTY(double positionY READ positionY NOTIFY positionChanged)
    // Horizontal accuracy of the last fix in metres (radius of the circle on the map); 0 when unknown.
    Q_PROPERTY(double positionAccuracy READ positionAccuracy NOTIFY positionChanged)
    Q_PROPERTY(QVariantList route READ route NOTIFY routeChanged)
    Q_PROPERTY(double routeLength READ routeLength NOTIFY routeChanged)
    Q_PROPERTY(QVariantMap currentAsset READ currentAsset NOTIFY currentAssetChanged)
    Q_PROPERTY(qint64 pendingCount READ pendingCount NOTIFY pendingChanged)
    Q_PROPERTY(int checksRunning READ checksRunning NOTIFY checksRunningChanged)
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)
    // In the app's language: read again once `app` is set (a binding made before it got Korean).
    Q_PROPERTY(QVariantList methodOptions READ methodOptions NOTIFY appChanged)
    Q_PROPERTY(QVariantList reasonOptions READ reasonOptions NOTIFY appChanged)
    Q_PROPERTY(QVariantList categoryOptions READ categoryOptions NOTIFY appChanged)
    // The shortest reason a crew gives for a failed photo sent for review (core::FieldWork::kMinReviewReason).
    Q_PROPERTY(int minReviewReason READ minReviewReason CONSTANT)

public:
    explicit FieldController(QObject *parent = nullptr);
    ~FieldController() override;

    AppController *app() const { return m_app; }
    void setApp(AppController *app);
    QVariantList users() const { return m_users; }
    // The app's one sign-in (AppController::session): every save carries this user.
    bool signedIn() const;
    QString userName() const;
    QString crew() const;
    WorkListModel *work() const { return m_work; }
    FormDrafts *drafts() const { return m_drafts; }
    bool hasPosition() const { return m_position.has_value(); }
    double positionX() const { return m_position ? m_position->x() : 0; }
    double positionY() const { return m_position ? m_position->y() : 0; }
    double positionAccuracy() const { return m_position ? m_accuracy : 0; }
    QVariantList route() const { return m_route; }
    double routeLength() const { return m_routeLength; }
    QVariantMap currentAsset() const { return m_current; }
    qint64 pendingCount() const { return m_pending; }
    int checksRunning() const { return m_checks->running(); }
    QString message() const { return m_message; }
    QVariantList methodOptions() const;
    QVariantList reasonOptions() const;
    QVariantList categoryOptions() const;

    static int minReviewReason();
    Q_INVOKABLE void reloadUsers();
    Q_INVOKABLE bool signIn(const QString &name, const QString &pin);
    Q_INVOKABLE void signOut();
    // From Qt Positioning (WGS84 degrees); false when the point cannot be transformed.
    // `accuracy`: horizontal accuracy in metres when the source gives one (≤ 0: unknown).
    Q_INVOKABLE bool setGpsPosition(double latitude, double longitude, double accuracy = 0);
    // From the crew to a map point: {metres, degrees (0 = grid north, clockwise), text}; empty without a fix.
    Q_INVOKABLE QVariantMap distanceTo(double x, double y) const;
    // The Image source for a photo file the crew picked or took: empty unless it is a JPEG or PNG
    // within the photo limits (photosource.h).
    Q_INVOKABLE QUrl photoSource(const QString &path) const;
    Q_INVOKABLE void setMapPosition(double x, double y);
    Q_INVOKABLE bool planRoute();
    Q_INVOKABLE void clearRoute();
    Q_INVOKABLE bool openAsset(const QString &uuid);
    Q_INVOKABLE void closeAsset();
    // Runs the photo checks on a photo for the open asset, as its slot's photo (core::PhotoSlotProfile):
    // `slot` is "before", "after1", …, "problem" (설치 불가) or "proposal" (신규 장소); the answer
    // comes as photoChecked or photoCheckFailed. `beforePath` lets an after photo be compared with it.
    Q_INVOKABLE void checkPhoto(const QString &slot, const QString &path, const QString &beforePath = {});
    // Gets the photo checker ready in the background (the replacement dialog opened).
    Q_INVOKABLE void prepareChecks();
    // Reads a QR label in the photo and opens its asset (qrResolved) or says why not (qrFailed).
    Q_INVOKABLE void scanQr(const QString &path);
    // Opens the asset a label names (its code, uuid, or a link ending in either; typed or read from a
    // QR code): true and qrResolved, or false and qrFailed saying why.
    Q_INVOKABLE bool openLabel(const QString &text);
    // {before, after: [paths], method, markCount, note, reviewReason, checks: {slot: verdict},
    //  problems: {slot: [{check, status, ko, en, asset}]}}
    Q_INVOKABLE bool saveReplacement(const QVariantMap &input);
    // evidence: {verdict, checks (as photoChecked gave them), reviewReason, source}: a failed photo is filed
    // only with a review reason, and its verdict and failing checks reach the office.
    Q_INVOKABLE bool cannotInstall(const QString &reasonCode, const QString &note, const QString &photoPath,
                                   const QVariantMap &evidence = {});
    Q_INVOKABLE bool proposePlace(const QString &category, double x, double y, const QString &note, const QString &photoPath);
    Q_INVOKABLE void recountPending();
    Q_INVOKABLE void refreshPending();
    Q_INVOKABLE QString localPath(const QUrl &url) const;

signals:
    void appChanged();
    void usersChanged();
    void userChanged();
    void positionChanged();
    void routeChanged();
    void currentAssetChanged();
    void pendingChanged();
    void checksRunningChanged();
    void messageChanged();
    void saved(const QString &what);
    // checks: [{id, status, message}] in the app's language; verdict: core::PhotoVerdict's word (pass, review,
    // fail); a photo that cannot be checked at all comes as photoCheckFailed, i.e. PhotoVerdict::Error
    void photoChecked(const QString &slot, const QString &path, const QString &verdict, const QVariantList &checks);
    void photoCheckFailed(const QString &slot, const QString &path, const QString &message);
    void qrResolved(const QString &uuid);
    void qrFailed(const QString &message);

private:
    core::AssetStore *store() const;
    void setMessage(const QString &m);
    void savedAsset(const QString &uuid, const QString &what);
    // The photo at `path` (none when empty); false, with the message set, when it cannot be read.
    bool readOptionalPhoto(const QString &path, QByteArray &bytes);
    // The app's language for catalogue labels and check messages (Korean unless the app runs in English).
    Lang lang() const;
    void updatePosition(QPointF p);
    // The open asset and route are the previous user's: closed when the user or the file changes.
    void closeWork();

    QPointer<AppController> m_app;
    WorkListModel *m_work;
    FormDrafts *m_drafts;
    QVariantList m_users, m_route;
    QString m_message;
    std::optional<QPointF> m_position;
    double m_accuracy = 0;
    CrewPosition m_where; // the last fix, in map and GPS coordinates
    double m_routeLength = 0;
    QVariantMap m_current;
    qint64 m_pending = 0;
    PhotoCheckRunner *m_checks;
};

} // namespace gc::ui
