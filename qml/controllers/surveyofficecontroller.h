#pragma once

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace gc::ui {

class AppController;

// The office's side of the demand survey: opens and closes the campaign, lists each department's
// submission, reviews it (approved / has issues / rejected, a comment required for the last two) and
// shows the reconciliation with the inventory. All through core::SurveyDesk and SurveyReconciler.
class SurveyOfficeController : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(gc::ui::AppController *app READ app WRITE setApp NOTIFY appChanged)
    Q_PROPERTY(bool hasSurvey READ hasSurvey NOTIFY changed)
    Q_PROPERTY(bool surveyOpen READ surveyOpen NOTIFY changed)
    Q_PROPERTY(QString surveyTitle READ surveyTitle NOTIFY changed)
    Q_PROPERTY(QString deadline READ deadline NOTIFY changed)
    Q_PROPERTY(QStringList categories READ categories NOTIFY changed)
    // [{department, state, comment, revision, submittedAt, rows, needed, overlaps}]
    Q_PROPERTY(QVariantList submissions READ submissions NOTIFY changed)
    // [{department, line, category, name, needed, markCount, match, assetCode, distance, overlaps}]
    Q_PROPERTY(QVariantList reconciliation READ reconciliation NOTIFY changed)
    // Which department's lines `reconciliation` holds; empty = every department's.
    Q_PROPERTY(QString department READ department WRITE setDepartment NOTIFY changed)
    // {code, nearby, new, overlaps}: how many needed rows match an asset by code, by place, none; rows
    // that overlap another department's
    Q_PROPERTY(QVariantMap totals READ totals NOTIFY changed)
    Q_PROPERTY(QVariantList categoryOptions READ categoryOptions CONSTANT)
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)
    Q_PROPERTY(QStringList problems READ problems NOTIFY messageChanged)

public:
    explicit SurveyOfficeController(QObject *parent = nullptr);

    AppController *app() const { return m_app; }
    void setApp(AppController *app);
    bool hasSurvey() const { return !m_surveyId.isEmpty(); }
    bool surveyOpen() const { return m_open; }
    QString surveyTitle() const { return m_title; }
    QString deadline() const { return m_deadline; }
    QStringList categories() const { return m_categories; }
    QVariantList submissions() const { return m_submissions; }
    QVariantList reconciliation() const;
    QString department() const { return m_department; }
    void setDepartment(const QString &d);
    QVariantMap totals() const { return m_totals; }
    QVariantList categoryOptions() const;
    QString message() const { return m_message; }
    QStringList problems() const { return m_problems; }

    Q_INVOKABLE void reload();
    // categories: codes; empty = every category.
    Q_INVOKABLE bool openCampaign(const QString &title, const QString &deadline, const QStringList &categories);
    Q_INVOKABLE bool closeCampaign();
    // decision: approved, has_issues or rejected.
    Q_INVOKABLE bool review(const QString &department, const QString &decision, const QString &comment);

signals:
    void appChanged();
    void changed();
    void messageChanged();

private:
    void setMessage(const QString &m, const QStringList &problems = {});
    void readReconciliation();

    QPointer<AppController> m_app;
    QString m_surveyId, m_title, m_deadline, m_message, m_department;
    QStringList m_categories, m_problems;
    bool m_open = false;
    QVariantList m_submissions, m_reconciliation;
    QVariantMap m_totals;
};

} // namespace gc::ui
