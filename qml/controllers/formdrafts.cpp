#include "formdrafts.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>

#include <algorithm>

namespace gc::ui {

FormDrafts::FormDrafts(QString file, QObject *parent)
    : QObject(parent),
      m_file(file.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/drafts.json")
                            : std::move(file))
{
    QFile f(m_file);
    if (f.open(QIODevice::ReadOnly))
        m_all = QJsonDocument::fromJson(f.read(16 * 1024 * 1024)).object().toVariantMap();
}

void FormDrafts::setInventory(const QString &path)
{
    m_inventory = path.isEmpty() ? QString() : QFileInfo(path).absoluteFilePath();
    emit changed();
}

QString FormDrafts::key(const QString &form, const QString &uuid) const
{
    return form + QLatin1Char('|') + m_inventory + QLatin1Char('|') + uuid;
}

QVariantList FormDrafts::pending() const
{
    QVariantList out;
    for (const QVariant &v : m_all) {
        const QVariantMap d = v.toMap();
        if (d.value(QStringLiteral("inventory")).toString() != m_inventory)
            continue;
        out << QVariantMap{{QStringLiteral("form"), d.value(QStringLiteral("form"))},
                           {QStringLiteral("uuid"), d.value(QStringLiteral("uuid"))},
                           {QStringLiteral("code"), d.value(QStringLiteral("fields")).toMap().value(QStringLiteral("code"))},
                           {QStringLiteral("savedAt"), d.value(QStringLiteral("savedAt"))},
                           {QStringLiteral("fromEarlierRun"), !m_keptThisRun.contains(key(d.value(QStringLiteral("form")).toString(),
                                                                                          d.value(QStringLiteral("uuid")).toString()))}};
    }
    std::sort(out.begin(), out.end(), [](const QVariant &a, const QVariant &b) {
        return a.toMap().value(QStringLiteral("savedAt")).toString() > b.toMap().value(QStringLiteral("savedAt")).toString();
    });
    return out;
}

void FormDrafts::keep(const QString &form, const QString &uuid, const QVariantMap &fields)
{
    m_all.insert(key(form, uuid), QVariantMap{{QStringLiteral("form"), form},
                                              {QStringLiteral("uuid"), uuid},
                                              {QStringLiteral("inventory"), m_inventory},
                                              {QStringLiteral("savedAt"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
                                              {QStringLiteral("fields"), fields}});
    m_keptThisRun.insert(key(form, uuid));
    write();
}

QVariantMap FormDrafts::find(const QString &form, const QString &uuid) const
{
    return m_all.value(key(form, uuid)).toMap().value(QStringLiteral("fields")).toMap();
}

void FormDrafts::drop(const QString &form, const QString &uuid)
{
    if (m_all.remove(key(form, uuid)) > 0)
        write();
}

void FormDrafts::write()
{
    // Written whole and renamed over the old file: a kill mid-write leaves the previous drafts.
    QDir().mkpath(QFileInfo(m_file).absolutePath());
    QSaveFile f(m_file);
    if (f.open(QIODevice::WriteOnly)) {
        // Readable by this user only, like the session token: drafts name assets, notes and photo paths.
        f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        f.write(QJsonDocument(QJsonObject::fromVariantMap(m_all)).toJson(QJsonDocument::Compact));
        if (!f.commit())
            qWarning("goodcity: cannot keep the form drafts in %s: %s", qPrintable(m_file), qPrintable(f.errorString()));
    }
    emit changed();
}

} // namespace gc::ui
