#pragma once

#include "appcontroller.h"
#include "reviewqueuemodel.h"

#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>
#include <QVariantList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

#include <memory>

namespace gc::core {
struct Dashboard;
struct AssetFilter;
struct AssignmentPlan;
}

namespace gc::ui {

// The design office's workspace: the dashboard figures (core::Dashboard), the review queue, crew
// assignments, exports and label sheets. Re-reads the inventory when events arrive (the app's
// refresh, or new rows in the log from a sync, checked every few seconds).
class OfficeController : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(gc::ui::AppController *app READ app WRITE setApp NOTIFY appChanged)
    Q_PROPERTY(QVariantMap kpis READ kpis NOTIFY dashboardChanged)
    Q_PROPERTY(QVariantList statusRows READ statusRows NOTIFY dashboardChanged)
    Q_PROPERTY(QVariantList categoryRows READ categoryRows NOTIFY dashboardChanged)
    Q_PROPERTY(QVariantList dongRows READ dongRows NOTIFY dashboardChanged)
    Q_PROPERTY(QVariantList departmentRows READ departmentRows NOTIFY dashboardChanged)
    Q_PROPERTY(QVariantList crews READ crews NOTIFY dashboardChanged)
    Q_PROPERTY(QStringList crewNames READ crewNames NOTIFY dashboardChanged)
    Q_PROPERTY(QVariantList materials READ materials NOTIFY dashboardChanged)
    Q_PROPERTY(QVariantList overdueList READ overdueList NOTIFY dashboardChanged)
    Q_PROPERTY(QVariantList proposals READ proposals NOTIFY dashboardChanged)
    Q_PROPERTY(QStringList departments READ departments NOTIFY dashboardChanged)
    Q_PROPERTY(QVariantMap plan READ plan NOTIFY planChanged)
    Q_PROPERTY(QString lastBatch READ lastBatch NOTIFY lastBatchChanged)
    Q_PROPERTY(int lastBatchCount READ lastBatchCount NOTIFY lastBatchChanged)
    Q_PROPERTY(QString lastBatchCrew READ lastBatchCrew NOTIFY lastBatchChanged)
    Q_PROPERTY(gc::ui::ReviewQueueModel *reviewQueue READ reviewQueue CONSTANT)
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(double progress READ progress NOTIFY busyChanged)

public:
    explicit OfficeController(QObject *parent = nullptr);
    ~OfficeController() override;

    AppController *app() const { return m_app; }
    void setApp(AppController *app);
    const core::Dashboard *dashboard() const { return m_dashboard.get(); }

    QVariantMap kpis() const { return m_kpis; }
    QVariantList statusRows() const { return m_statusRows; }
    QVariantList categoryRows() const { return m_categoryRows; }
    QVariantList dongRows() const { return m_dongRows; }
    QVariantList departmentRows() const { return m_departmentRows; }
    QVariantList crews() const { return m_crews; }
    QStringList crewNames() const;
    QVariantList materials() const { return m_materials; }
    QVariantList overdueList() const { return m_overdue; }
    QVariantList proposals() const { return m_proposals; }
    QStringList departments() const { return m_departments; }
    QVariantMap plan() const { return m_planView; }
    QString lastBatch() const { return m_lastBatch; }
    int lastBatchCount() const { return int(m_lastBatchUuids.size()); }
    QString lastBatchCrew() const { return m_lastBatchCrew; }
    ReviewQueueModel *reviewQueue() const { return m_review; }
    QString message() const { return m_message; }
    bool busy() const { return m_busy; }
    double progress() const { return m_progress; }

    Q_INVOKABLE void refresh();
    // Review: installed → verified (refused without an after photo), or → needs_attention with the
    // comment (back to the crew); undoReview takes the last decision on the asset back.
    Q_INVOKABLE bool approve(const QString &uuid, const QString &comment = {});
    Q_INVOKABLE bool reject(const QString &uuid, const QString &comment);
    Q_INVOKABLE bool undoReview(const QString &uuid);
    // Assignment in two steps: planFids / planFilter compute what assigning the map's selection
    // (fids) or a filter ({categories, statuses, dongCodes, departments, methods, text}) to a crew
    // would change (the `plan` property: counts by status and crew), changing nothing; assignPlanned
    // then writes that plan. undoLastAssignment restores what the last batch changed.
    Q_INVOKABLE bool planFids(const QVariantList &fids, const QString &crew, bool includeInstalled, bool takeOver);
    Q_INVOKABLE bool planFilter(const QVariantMap &filter, const QString &crew, bool includeInstalled, bool takeOver);
    Q_INVOKABLE bool replan(const QString &crew, bool includeInstalled, bool takeOver);
    Q_INVOKABLE bool assignPlanned(const QString &dueDate, int priority);
    Q_INVOKABLE bool undoLastAssignment();
    // New places proposed by crews: accept (a new planned asset; department and category from the
    // closed lists) or decline with a reason.
    Q_INVOKABLE bool acceptProposal(const QString &proposalId, const QString &name, const QString &department, const QString &category);
    Q_INVOKABLE bool declineProposal(const QString &proposalId, const QString &note);
    Q_INVOKABLE int countFilter(const QVariantMap &filter) const;
    // Exports in the background: xlsx, csv, gpkg, geojson, pdf (the progress report) or qgis (a
    // project beside a copy of the inventory, in the chosen file's folder); labels as a PDF sheet.
    // `path` is a local path or a file URL (a save dialog's); `filter` as for planFilter, or
    // {batch: true} for the last assignment batch.
    Q_INVOKABLE QString defaultExportPath(const QString &format) const;
    Q_INVOKABLE QUrl defaultExportUrl(const QString &format) const;
    Q_INVOKABLE void exportTo(const QString &format, const QString &path, const QVariantMap &filter = {});
    Q_INVOKABLE void printLabels(const QString &path, const QVariantMap &filter = {});

signals:
    void appChanged();
    void dashboardChanged();
    void messageChanged();
    void busyChanged();
    void planChanged();
    void lastBatchChanged();

private:
    void setMessage(const QString &m);
    bool makePlan(const QStringList &uuids, const QString &crew, bool includeInstalled, bool takeOver);
    core::AssetFilter exportFilter(const QVariantMap &m) const;
    void loadLastBatch(); // the newest batch not undone, also one assigned before a restart
    void afterWrite();
    void pollLog();
    void runInBackground(const QString &what, std::function<QString(const std::function<void(qint64, qint64)> &)> job);

    QPointer<AppController> m_app;
    std::unique_ptr<core::Dashboard> m_dashboard;
    ReviewQueueModel *m_review;
    QTimer m_poll;
    qint64 m_lastEvent = -1;
    QVariantMap m_kpis;
    QStringList m_planUuids, m_lastBatchUuids, m_departments;
    std::unique_ptr<core::AssignmentPlan> m_plan;
    QVariantMap m_planView;
    QString m_lastBatch, m_lastBatchCrew;
    QVariantList m_statusRows, m_categoryRows, m_dongRows, m_departmentRows, m_crews, m_materials, m_overdue, m_proposals;
    QString m_message;
    bool m_busy = false;
    double m_progress = 0;
};

} // namespace gc::ui
