#pragma once

#include <QObject>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

#include <memory>

class QFile;
class QGeoPositionInfo;
class QNmeaPositionInfoSource;

namespace gc::ui {

// Replays an NMEA log as the position source (tests, demos, training without a GPS), at the pace of
// the log's own time stamps. Qt 6.4's nmea plugin ignores parameters given in QML, so the app drives
// QNmeaPositionInfoSource itself.
class NmeaReplay : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QUrl source READ source WRITE setSource NOTIFY sourceChanged)
    Q_PROPERTY(bool active READ active WRITE setActive NOTIFY activeChanged)
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)

public:
    explicit NmeaReplay(QObject *parent = nullptr);
    ~NmeaReplay() override;

    QUrl source() const { return m_source; }
    void setSource(const QUrl &source);
    bool active() const { return m_active; }
    void setActive(bool active);
    QString error() const { return m_error; }

signals:
    void sourceChanged();
    void activeChanged();
    void errorChanged();
    // A valid fix, in WGS 84 degrees; accuracy: horizontal, metres (HDOP × UERE), 0 when the log has no HDOP.
    void fix(double latitude, double longitude, double accuracy);

private:
    void restart();
    void setError(const QString &e);
    void onUpdate(const QGeoPositionInfo &info);

    QUrl m_source;
    bool m_active = false;
    QString m_error;
    std::unique_ptr<QNmeaPositionInfoSource> m_nmea;
    std::unique_ptr<QFile> m_file;
};

} // namespace gc::ui
