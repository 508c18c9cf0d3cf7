#pragma once

#include <QObject>
#include <QString>
#include <QStringList>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

#include <functional>

namespace gc::core {
class AssetStore;
}

namespace gc::ui {

// Who is acting on this tablet: one sign-in for every page. Signed in through the office server
// (the server's user and role) or, on a tablet without a server, locally as one of the inventory's
// own users, crews, departments or the design office. Every event the app writes carries this
// user (AssetStore::setIdentity), and the pages a user sees follow the role. Remembered across
// restarts (QSettings); the server's token is kept by TokenVault, not here.
class Session : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by AppController")
    Q_PROPERTY(bool signedIn READ signedIn NOTIFY changed)
    Q_PROPERTY(QString userName READ userName NOTIFY changed)
    // crew, department, office or admin
    Q_PROPERTY(QString role READ role NOTIFY changed)
    Q_PROPERTY(QString roleLabel READ roleLabel NOTIFY changed)
    // The team whose assets a crew user works on (assets.assignee); empty for other roles.
    Q_PROPERTY(QString crew READ crew NOTIFY changed)
    // The department a department user answers the survey for; empty for other roles.
    Q_PROPERTY(QString department READ department NOTIFY changed)
    Q_PROPERTY(bool viaServer READ viaServer NOTIFY changed)
    Q_PROPERTY(bool canOffice READ canOffice NOTIFY changed)
    // The pages this user may open, in tab order (names as Main.qml's pageNames).
    Q_PROPERTY(QStringList pages READ pages NOTIFY changed)
    // Whom a tablet without a server can sign in as: [{name, role, crew, department, hasPin, label}].
    Q_PROPERTY(QVariantList localChoices READ localChoices NOTIFY choicesChanged)
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)

public:
    struct Account {
        QString name, role, crew, department;
        bool viaServer = false;
    };

    explicit Session(std::function<core::AssetStore *()> store, QObject *parent = nullptr);

    bool signedIn() const { return !m_account.name.isEmpty(); }
    QString userName() const { return m_account.name; }
    QString role() const { return m_account.role; }
    QString roleLabel() const;
    QString crew() const { return m_account.crew; }
    QString department() const { return m_account.department; }
    bool viaServer() const { return m_account.viaServer; }
    bool canOffice() const;
    QStringList pages() const;
    QVariantList localChoices() const { return m_choices; }
    QString message() const { return m_message; }
    const Account &account() const { return m_account; }

    // Signs in as one of localChoices (a PIN when that user has one). Remembered when `remember`.
    Q_INVOKABLE bool signInLocal(const QString &name, const QString &pin = {}, bool remember = true);
    Q_INVOKABLE void signOut();
    Q_INVOKABLE void reloadChoices();

    // After the server accepted a login (or a kept session): the server's user and role. A crew
    // user's team is the inventory user of the same name's crew, else the name itself.
    void signInFromServer(const QString &user, const QString &role, const QString &department, bool remember = true);
    // The remembered user, after an inventory opened (a local user that no longer exists is dropped).
    void restore();
    // Stamps the signed-in user on the open inventory's events (after it opened or changed).
    void applyIdentity();

signals:
    void changed();
    void choicesChanged();
    void messageChanged();

private:
    void setAccount(const Account &a, bool remember);
    void setMessage(const QString &m);
    QString crewOf(const QString &user) const;

    std::function<core::AssetStore *()> m_store;
    Account m_account;
    bool m_transient = false; // signed in for this run only: not remembered, kept when the file reopens
    QVariantList m_choices;
    QString m_message;
};

} // namespace gc::ui
