#pragma once

#include "model/photoverdict.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

#include <optional>
#include <vector>

namespace gc::ui {

class FieldController;

// The replacement a crew is logging, before it is saved: the before photo and the after photos, each
// with its check running or done. The dialog shows it; the rules (what can be saved, what the save
// carries) live here, not in QML.
class ReplacementDraft : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(gc::ui::FieldController *field READ field WRITE setField NOTIFY fieldChanged)
    Q_PROPERTY(bool hasBefore READ hasBefore NOTIFY shotsChanged)
    Q_PROPERTY(bool hasAfter READ hasAfter NOTIFY shotsChanged)
    Q_PROPERTY(bool anyFailed READ anyFailed NOTIFY shotsChanged)
    Q_PROPERTY(bool anyUnreadable READ anyUnreadable NOTIFY shotsChanged)
    Q_PROPERTY(int minReviewReason READ minReviewReason CONSTANT)
    Q_PROPERTY(bool anyRunning READ anyRunning NOTIFY shotsChanged)
    Q_PROPERTY(QString nextAfterSlot READ nextAfterSlot NOTIFY shotsChanged)
    Q_PROPERTY(bool sendForReview READ sendForReview WRITE setSendForReview NOTIFY reviewChanged)
    Q_PROPERTY(QString reviewReason READ reviewReason WRITE setReviewReason NOTIFY reviewChanged)
    Q_PROPERTY(bool canSave READ canSave NOTIFY canSaveChanged)

public:
    // verdict: core::PhotoVerdict's word (pass, review, fail, error), empty while the check runs.
    enum Role { SlotRole = Qt::UserRole + 1, PathRole, IsBeforeRole, VerdictRole, ChecksRole, RunningRole, ErrorRole };
    Q_ENUM(Role)

    explicit ReplacementDraft(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    FieldController *field() const { return m_field; }
    void setField(FieldController *field);
    bool hasBefore() const;
    bool hasAfter() const;
    // A photo failed its check: retake it, or send it for review with a reason.
    bool anyFailed() const;
    // A file that is not a photo that decodes (a text file, a truncated JPEG): it can only be replaced,
    // never sent for review.
    bool anyUnreadable() const;
    int minReviewReason() const;
    bool anyRunning() const;
    QString nextAfterSlot() const;
    bool sendForReview() const { return m_sendForReview; }
    void setSendForReview(bool on);
    QString reviewReason() const { return m_reviewReason; }
    void setReviewReason(const QString &reason);
    // Before and after photos, no check running, every file a photo, and any failed check either retaken
    // or sent for review with a reason of at least minReviewReason characters.
    bool canSave() const;

    // Starts a new replacement (the dialog opens) and gets the photo checker ready.
    Q_INVOKABLE void reset();
    // Puts the photo in `slot` ("before", "after1", …), replacing what was there, and starts its check;
    // a new before photo checks the after photos again (they are compared with it).
    // source: how the photo came in, "camera" or "file" (empty: not known, a draft from an older app).
    Q_INVOKABLE void addShot(const QString &slot, const QString &path, const QString &source = {});
    // [{slot, path}] of the photos taken so far, to keep as a draft across a kill (FormDrafts).
    Q_INVOKABLE QVariantList shots() const;
    // Saves through the field controller; false with the controller's message when it cannot.
    Q_INVOKABLE bool save(const QString &method, int markCount, const QString &note);
    // The checks of one photo (as photoChecked gives them) that made its verdict, as the status event's
    // "problems" hold them for the office: [{check, status, ko, en, asset}].
    static QVariantList problemsOf(const QVariantList &checks);

signals:
    void fieldChanged();
    void shotsChanged();
    void reviewChanged();
    void canSaveChanged();

private:
    struct Shot {
        QString slot, path, error, source;
        std::optional<core::PhotoVerdict> verdict;  // none while the check runs; Error when it could not run
        QVariantList checks;
        bool running = false;
        int pending = 0; // checks asked for and not answered; only the last answer counts (the worker answers in order)
    };
    void onChecked(const QString &slot, const QString &path, const QString &verdict, const QVariantList &checks);
    void onCheckFailed(const QString &slot, const QString &path, const QString &message);
    int rowOf(const QString &slot, const QString &path) const;
    QString beforePath() const;
    void changed();

    QPointer<FieldController> m_field;
    std::vector<Shot> m_shots; // before first, then after1, after2, …
    bool m_sendForReview = false;
    QString m_reviewReason;
    bool m_canSave = false;
};

} // namespace gc::ui
