#include <QtQml/qqmlextensionplugin.h>
#include <QtQuickTest>

Q_IMPORT_QML_PLUGIN(GoodCityPlugin)

// The field page tests run in a real window (Xvfb); GoodCity comes from the static plugin and the
// test fixture from this executable's own module.
class Setup : public QObject {
    Q_OBJECT
};

QUICK_TEST_MAIN_WITH_SETUP(field, Setup)

#include "main.moc"
