#include "nmeareplay.h"
#include "text.h"

#include <QFile>
#include <QGeoPositionInfo>
#include <QNmeaPositionInfoSource>

namespace gc::ui {

namespace {
constexpr double kUere = 5.0; // metres
}

NmeaReplay::NmeaReplay(QObject *parent) : QObject(parent) {}
NmeaReplay::~NmeaReplay() = default;

void NmeaReplay::setSource(const QUrl &source)
{
    if (source == m_source)
        return;
    m_source = source;
    emit sourceChanged();
    restart();
}

void NmeaReplay::setActive(bool active)
{
    if (active == m_active)
        return;
    m_active = active;
    emit activeChanged();
    restart();
}

void NmeaReplay::setError(const QString &e)
{
    if (e == m_error)
        return;
    m_error = e;
    emit errorChanged();
}

void NmeaReplay::restart()
{
    m_nmea.reset(); // before the file it reads
    m_file.reset();
    if (!m_active || m_source.isEmpty()) {
        setError({});
        return;
    }
    const QString path = m_source.isLocalFile() ? m_source.toLocalFile() : m_source.toString();
    auto file = std::make_unique<QFile>(path);
    if (!file->open(QIODevice::ReadOnly)) {
        setError(gc::render(gc::tx(QT_TRANSLATE_NOOP("gc", "cannot open the NMEA log %1: %2"), path, file->errorString()), gc::Lang::Ui));
        return;
    }
    m_file = std::move(file);
    m_nmea = std::make_unique<QNmeaPositionInfoSource>(QNmeaPositionInfoSource::SimulationMode);
    m_nmea->setDevice(m_file.get());
    connect(m_nmea.get(), &QGeoPositionInfoSource::positionUpdated, this, &NmeaReplay::onUpdate);
    connect(m_nmea.get(), &QGeoPositionInfoSource::errorOccurred, this, [this](QGeoPositionInfoSource::Error) {
        setError(gc::render(gc::tx(QT_TRANSLATE_NOOP("gc", "the NMEA log cannot be read: %1"), m_file ? m_file->fileName() : QString()), gc::Lang::Ui));
    });
    setError({});
    // A typical phone/tablet receiver's user equivalent range error: lets Qt turn HDOP into metres.
    m_nmea->setUserEquivalentRangeError(kUere);
    m_nmea->startUpdates();
}

void NmeaReplay::onUpdate(const QGeoPositionInfo &info)
{
    if (!info.isValid() || !info.coordinate().isValid())
        return;
    const double accuracy = info.hasAttribute(QGeoPositionInfo::HorizontalAccuracy) ? info.attribute(QGeoPositionInfo::HorizontalAccuracy) : 0;
    emit fix(info.coordinate().latitude(), info.coordinate().longitude(), accuracy);
}

} // namespace gc::ui
