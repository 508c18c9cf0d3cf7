import QtQuick
import QtPositioning
import GoodCity

// Feeds the controller with position fixes: the device's positioning, or an NMEA log replayed
// (NmeaReplay) when `nmeaLog` names one.
Item {
    id: root

    required property FieldController field
    property string nmeaLog: ""

    Loader {
        active: root.field.signedIn
        sourceComponent: root.nmeaLog !== "" ? nmeaSource : deviceSource
    }

    Component {
        id: deviceSource
        PositionSource {
            active: true
            updateInterval: 2000
            onPositionChanged: {
                if (position.latitudeValid && position.longitudeValid)
                    root.field.setGpsPosition(position.coordinate.latitude, position.coordinate.longitude,
                                              position.horizontalAccuracyValid ? position.horizontalAccuracy : 0)
            }
        }
    }

    Component {
        id: nmeaSource
        NmeaReplay {
            active: true
            source: root.nmeaLog
            onFix: (latitude, longitude, accuracy) => root.field.setGpsPosition(latitude, longitude, accuracy)
        }
    }
}
