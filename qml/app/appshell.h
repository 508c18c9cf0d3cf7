#pragma once

#include <QString>

#include <memory>

class QQuickWindow;

namespace gc::ui {
class AppController;
}

namespace gc::app {

struct AppOptions;

// The whole app for one set of options: language, fonts and style, the open inventory, and the real
// Main.qml window. The executable runs it; the end-to-end tests drive the same object.
class AppShell {
public:
    explicit AppShell(const AppOptions &options);
    ~AppShell();
    AppShell(const AppShell &) = delete;
    AppShell &operator=(const AppShell &) = delete;

    // Null when Main.qml failed to load.
    QQuickWindow *window() const;
    ui::AppController &controller() const;

private:
    struct Parts;
    std::unique_ptr<Parts> m;
};

} // namespace gc::app
