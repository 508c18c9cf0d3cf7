#pragma once

#include "surveyrowmodel.h"

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

namespace gc::ui {

class AppController;

// The department's side of the current demand survey: which department, its sheet, its state and the
// office's comment; saves and submits through core::SurveyDesk.
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
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)
    Q_PROPERTY(gc::ui::SurveyRowModel *rows READ rows CONSTANT)

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
    QString message() const { return m_message; }
    SurveyRowModel *rows() const { return m_rows; }

    Q_INVOKABLE void reload();
    Q_INVOKABLE bool save();
    Q_INVOKABLE bool submit();

signals:
    void appChanged();
    void changed();
    void rowsEdited();
    void messageChanged();

private:
    bool write(bool submit);
    void setMessage(const QString &m);

    QPointer<AppController> m_app;
    SurveyRowModel *m_rows;
    QString m_department, m_surveyId, m_title, m_deadline, m_state, m_comment, m_message;
    QStringList m_departments;
    bool m_open = false;
};

} // namespace gc::ui
