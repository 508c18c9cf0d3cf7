#include "session.h"

#include "field/crewdirectory.h"
#include "outsideeditsoffer.h"
#include "store/assetstore.h"
#include "survey/surveydesk.h"

#include <QSettings>
#include <QVariantMap>

namespace gc::ui {

namespace {
const QString kCrew = QStringLiteral("crew");
const QString kDepartment = QStringLiteral("department");
const QString kOffice = QStringLiteral("office");
const QString kAdmin = QStringLiteral("admin");
} // namespace

Session::Session(std::function<core::AssetStore *()> store, QObject *parent)
    : QObject(parent), m_store(std::move(store))
{
}

QString Session::roleLabel() const
{
    if (m_account.role == kCrew)
        return tr("Crew");
    if (m_account.role == kDepartment)
        return tr("Department");
    if (m_account.role == kAdmin)
        return tr("Administrator");
    if (m_account.role == kOffice)
        return tr("Design office");
    return {};
}

bool Session::canOffice() const { return m_account.role == kOffice || m_account.role == kAdmin; }

QStringList Session::pages() const
{
    if (!signedIn())
        return {};
    if (m_account.role == kCrew)
        return {QStringLiteral("field"), QStringLiteral("map")};
    if (m_account.role == kDepartment)
        return {QStringLiteral("department")};
    if (canOffice())
        return {QStringLiteral("map"), QStringLiteral("field"), QStringLiteral("office"), QStringLiteral("department")};
    return {};
}

void Session::setMessage(const QString &m)
{
    m_message = m;
    emit messageChanged();
}

void Session::reloadChoices()
{
    m_choices.clear();
    auto add = [this](const QString &name, const QString &role, const QString &crew, const QString &department, bool hasPin) {
        m_choices << QVariantMap{{QStringLiteral("name"), name},   {QStringLiteral("role"), role},
                                 {QStringLiteral("crew"), crew},   {QStringLiteral("department"), department},
                                 {QStringLiteral("hasPin"), hasPin}};
    };
    if (core::AssetStore *s = m_store()) {
        if (auto users = core::CrewDirectory(*s).signInChoices()) {
            for (const auto &u : *users)
                add(u.name, u.role.isEmpty() ? kCrew : u.role, u.crew, {}, !u.pinHash.isEmpty());
        } else {
            setMessage(users.error().message());
        }
        add(OutsideEditsOffer::officeName(), kOffice, {}, {}, false);
        if (auto departments = core::SurveyDesk(*s).departments()) {
            for (const auto &d : *departments)
                add(d, kDepartment, {}, d, false);
        }
    }
    emit choicesChanged();
}

bool Session::signInLocal(const QString &name, const QString &pin, bool remember)
{
    core::AssetStore *s = m_store();
    if (!s) {
        setMessage(tr("No inventory is open."));
        return false;
    }
    if (m_choices.isEmpty())
        reloadChoices();
    for (const QVariant &v : std::as_const(m_choices)) {
        const QVariantMap c = v.toMap();
        if (c.value(QStringLiteral("name")).toString() != name)
            continue;
        const QString role = c.value(QStringLiteral("role")).toString();
        if (role == kCrew) { // the inventory's own users: their PIN, when they have one
            auto user = core::CrewDirectory(*s).signIn(name, pin);
            if (!user) {
                setMessage(user.error().message());
                return false;
            }
            setAccount({user->name, kCrew, user->crew, {}, false}, remember);
        } else {
            setAccount({name, role, c.value(QStringLiteral("crew")).toString(), c.value(QStringLiteral("department")).toString(), false},
                       remember);
        }
        setMessage({});
        return true;
    }
    setMessage(tr("There is no user named %1 in this inventory.").arg(name));
    return false;
}

QString Session::crewOf(const QString &user) const
{
    for (const QVariant &v : m_choices) {
        const QVariantMap c = v.toMap();
        if (c.value(QStringLiteral("name")).toString() == user && c.value(QStringLiteral("role")).toString() == kCrew
            && !c.value(QStringLiteral("crew")).toString().isEmpty())
            return c.value(QStringLiteral("crew")).toString();
    }
    return user;
}

void Session::signInFromServer(const QString &user, const QString &role, const QString &department, bool remember)
{
    if (m_choices.isEmpty())
        reloadChoices();
    const QString r = role.isEmpty() ? kCrew : role;
    // The server names a crew user's team in its department field (RolePolicy::crewOf), else the name.
    const QString crew = r != kCrew ? QString() : !department.isEmpty() ? department : crewOf(user);
    setAccount({user, r, crew, r == kDepartment ? department : QString(), true}, remember);
    setMessage({});
}

void Session::signOut()
{
    setAccount({}, true);
}

void Session::setAccount(const Account &a, bool remember)
{
    m_account = a;
    m_transient = !remember;
    if (remember) {
        QSettings settings;
        settings.beginGroup(QStringLiteral("session"));
        if (a.name.isEmpty()) {
            settings.remove(QString());
        } else {
            settings.setValue(QStringLiteral("user"), a.name);
            settings.setValue(QStringLiteral("role"), a.role);
            settings.setValue(QStringLiteral("crew"), a.crew);
            settings.setValue(QStringLiteral("department"), a.department);
            settings.setValue(QStringLiteral("viaServer"), a.viaServer);
            if (core::AssetStore *store = m_store())
                settings.setValue(QStringLiteral("inventory"), store->path());
        }
    }
    applyIdentity();
    emit changed();
}

void Session::restore()
{
    reloadChoices();
    QSettings settings;
    settings.beginGroup(QStringLiteral("session"));
    // A sign-in belongs to the inventory it was made on: another file starts signed out.
    core::AssetStore *store = m_store();
    const QString name = store && settings.value(QStringLiteral("inventory")).toString() == store->path()
                             ? settings.value(QStringLiteral("user")).toString()
                             : QString();
    if (name.isEmpty()) {
        if (signedIn() && !m_transient) { // one from another inventory ends; one for this run only (--user) stays
            m_account = {};
            emit changed();
        }
        applyIdentity();
        return;
    }
    if (settings.value(QStringLiteral("viaServer")).toBool()) {
        m_account = {name, settings.value(QStringLiteral("role")).toString(), settings.value(QStringLiteral("crew")).toString(),
                     settings.value(QStringLiteral("department")).toString(), true};
        applyIdentity();
        emit changed();
        return;
    }
    // A local user is looked up again: one removed from this inventory (or another file) is not signed in.
    const QString role = settings.value(QStringLiteral("role")).toString();
    for (const QVariant &v : std::as_const(m_choices)) {
        const QVariantMap c = v.toMap();
        if (c.value(QStringLiteral("name")).toString() == name && c.value(QStringLiteral("role")).toString() == role) {
            m_account = {name, role, c.value(QStringLiteral("crew")).toString(), c.value(QStringLiteral("department")).toString(), false};
            applyIdentity();
            emit changed();
            return;
        }
    }
    m_account = {};
    emit changed();
}

void Session::applyIdentity()
{
    if (core::AssetStore *s = m_store(); s && signedIn())
        s->setIdentity(m_account.name, {});
}

} // namespace gc::ui
