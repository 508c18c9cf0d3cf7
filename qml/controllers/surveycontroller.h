#pragma once

#include "surveyrowfilter.h"
#include "surveyrowmodel.h"

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QUrl>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

#include <map>
#include <optional>

namespace gc::ui {

class AppController;

// The department's side of the current demand survey: which department, its sheet, its state and the
// office's comment; saves and submits through core::SurveyDesk, writes the Excel template and imports a
// filled one through core::SurveySheet, adds a facility (map point, photo). Knows whether the sheet has
// edits not yet saved, so the page can ask before they are lost.
class SurveyController : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(gc::ui::AppController *app READ app WRITE setApp NOTIFY appChanged)
    Q_PROPERTY(QString department READ department WRITE setDepartment NOTIFY changed)
    Q_PROPERTY(QStringList departments READ departments NOTIFY changed)
    Q_PROPERTY(bool hasSurvey READ hasSurvey NOTIFY changed)
    Q_PROPERTY(QString surveyTitle READ surveyTitle NOTIFY changed)
    Q_PROPERTY(QString deadline READ deadline NOTIFY changed)
    Q_PROPERTY(bool surveyOpen READ surveyOpen NOTIFY changed)
    Q_PROPERTY(QString state READ state NOTIFY changed)
    Q_PROPERTY(QString comment READ comment NOTIFY changed)
    Q_PROPERTY(bool editable READ editable NOTIFY changed)
    Q_PROPERTY(int neededCount READ neededCount NOTIFY rowsEdited)
    Q_PROPERTY(int rowTotal READ rowTotal NOTIFY rowsEdited)
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)
    Q_PROPERTY(gc::ui::SurveyRowModel *rows READ rows CONSTANT)
    Q_PROPERTY(gc::ui::SurveyRowFilter *shownRows READ shownRows CONSTANT)
    Q_PROPERTY(bool dirty READ dirty NOTIFY dirtyChanged)
    Q_PROPERTY(QStringList problems READ problems NOTIFY messageChanged)
    Q_PROPERTY(QVariantList categoryOptions READ categoryOptions NOTIFY changed)

public:
    explicit SurveyController(QObject *parent = nullptr);

    AppController *app() const { return m_app; }
    void setApp(AppController *app);
    QString department() const { return m_department; }
    void setDepartment(const QString &department);
    QStringList departments() const { return m_departments; }
    // The only department a signed-in department user may answer for (empty: any, for the office).
    Q_INVOKABLE QString ownDepartment() const;
    bool hasSurvey() const { return !m_surveyId.isEmpty(); }
    QString surveyTitle() const { return m_title; }
    QString deadline() const { return m_deadline; }
    bool surveyOpen() const { return m_open; }
    QString state() const { return m_state; } // draft, submitted, has_issues, approved, rejected, or empty
    QString comment() const { return m_comment; }
    bool editable() const;
    int neededCount() const { return m_rows->neededCount(); }
    int rowTotal() const { return m_rows->rowCount(); }
    QString message() const { return m_message; }
    SurveyRowModel *rows() const { return m_rows; }
    SurveyRowFilter *shownRows() const { return m_shown; }
    bool dirty() const { return m_dirty; }
    // One line per bad row/column of the last import, save or added facility (Korean / English).
    QStringList problems() const { return m_problems; }
    // The categories this survey asks about: [{code, label}].
    QVariantList categoryOptions() const;

    Q_INVOKABLE void reload();
    Q_INVOKABLE bool save();
    Q_INVOKABLE bool submit();
    // Drops the unsaved edits (the sheet as last saved).
    Q_INVOKABLE void discard() { reload(); }
    // The department's Excel template (its saved rows, else its facilities in scope).
    Q_INVOKABLE bool writeTemplate(const QUrl &file);
    // A filled template (XLSX or CSV): every row good, or nothing changes and `problems` names each bad cell.
    Q_INVOKABLE bool importSheet(const QUrl &file);
    // A facility not yet in the inventory, at a map point (EPSG:5186 metres), with an optional photo
    // (a path); checked at once by the survey's rules. Saved with the sheet.
    Q_INVOKABLE bool addFacility(const QString &category, const QString &name, int markCount, const QString &address,
                                 const QString &note, double x, double y, const QString &photoPath);
    // A GPS fix (degrees) on the map: {x, y, ok}.
    Q_INVOKABLE QVariantMap gpsToMap(double latitude, double longitude) const;

signals:
    void appChanged();
    void changed();
    void rowsEdited();
    void messageChanged();
    void dirtyChanged();

private:
    bool write(bool submit);
    void setMessage(const QString &m, const QStringList &problems = {});
    void setDirty(bool d);
    std::optional<core::SurveyCampaign> campaign() const;

    QPointer<AppController> m_app;
    SurveyRowModel *m_rows;
    SurveyRowFilter *m_shown;
    std::map<int, QString> m_pendingPhotos; // row → photo file of an added facility, stored on save
    QStringList m_problems;
    bool m_dirty = false;
    QString m_department, m_surveyId, m_title, m_deadline, m_state, m_comment, m_message;
    QStringList m_departments;
    bool m_open = false;
};

} // namespace gc::ui
