#pragma once

class QGuiApplication;

namespace gc::app {

struct AppOptions;

// Builds the engine and the window for the options, then runs the event loop (or the self-test, or a screenshot).
int runApp(QGuiApplication &app, const AppOptions &options);

} // namespace gc::app
