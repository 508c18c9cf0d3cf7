#pragma once

#include "model/photoverdict.h"
#include "text.h"

#include <QObject>
#include <QString>
#include <QThreadPool>
#include <QVariantList>

#include <functional>
#include <memory>

namespace gc::core {
struct PhotoCheckContext;
}

namespace gc::ui {

// What one photo's check came to, in the words the field dialog shows.
struct PhotoCheckOutcome {
    core::PhotoVerdict verdict = core::PhotoVerdict::Error;  // Error: the photo could not be checked at all…
    QString error;        // …and this says why
    QString qrText;       // the QR label the photo shows, if any
    // [{id, status, weight, problem, message (app language), ko, en, asset}], skipped checks left out;
    // problem: the check made the verdict under its slot's profile (core::PhotoSlotProfile)
    QVariantList checks;
};

// Runs the photo checks off the GUI thread, one at a time so the tablet stays responsive, with one
// checker built on first use or by prepare() (it loads the reference marks) and shared by every check.
class PhotoCheckRunner : public QObject {
    Q_OBJECT

public:
    explicit PhotoCheckRunner(QObject *parent = nullptr);
    ~PhotoCheckRunner() override;

    int running() const { return m_running; }
    // Builds the checker on the worker now (a dialog that will take photos opened), so the first photo's
    // verdict does not wait for the reference marks to be prepared.
    void prepare();
    // `done` is called on this object's thread with the outcome; `lang` is the language of "message".
    void run(const QString &path, const core::PhotoCheckContext &context, Lang lang,
             std::function<void(const PhotoCheckOutcome &)> done);

signals:
    void runningChanged();

private:
    struct Checker;
    static PhotoCheckOutcome checkNow(Checker &checker, const QString &path, const core::PhotoCheckContext &context, Lang lang);

    std::shared_ptr<Checker> m_checker;
    QThreadPool m_pool;
    int m_running = 0;
};

} // namespace gc::ui
