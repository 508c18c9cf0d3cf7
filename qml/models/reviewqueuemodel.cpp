#include "reviewqueuemodel.h"

#include "photosource.h"

#include "model/catalog.h"
#include "office/reviewqueue.h"
#include "sync/photocache.h"
#include "store/assetstore.h"

#include <QDateTime>
#include <QScopedValueRollback>
#include <QVariantMap>
#include <QUrl>

#include <algorithm>

namespace gc::ui {

namespace {
constexpr int kPage = 100;

// The checks that made the server's verdict, in the app's language ("" when it passed or named none).
QString serverReason(const core::ServerJudgement &j)
{
    QStringList out;
    for (const core::ReviewProblem &p : j.problems)
        out << p.message(Lang::Ui);
    return out.join(QStringLiteral("; "));
}
} // namespace

ReviewQueueModel::ReviewQueueModel(QObject *parent) : QAbstractListModel(parent) {}

void ReviewQueueModel::setStore(const core::AssetStore *store)
{
    m_store = store;
    reload();
}

std::vector<ReviewQueueModel::Row> ReviewQueueModel::fetch(int offset, int limit) const
{
    std::vector<Row> out;
    if (!m_store)
        return out;
    auto items = core::ReviewQueue(*m_store).page(offset, limit);
    if (!items)
        return out;
    // Others' photos arrive as thumbnails (W3.4): the largest this device holds, a JPEG/PNG by its magic bytes.
    auto url = [&](const QString &sha) { return sha.isEmpty() ? QString() : checkedPhotoUrl(core::PhotoCache::bestLocal(*m_store, sha)).toString(); };
    for (const core::ReviewItem &i : *items) {
        QVariantList problems;
        for (const core::ReviewProblem &p : i.problems)
            problems << QVariantMap{{QStringLiteral("slot"), p.slot},   {QStringLiteral("check"), p.check}, {QStringLiteral("status"), p.status},
                                    {QStringLiteral("text"), p.message(Lang::Ui)}, {QStringLiteral("asset"), p.asset}};
        QVariantList server;
        for (const core::ServerJudgement &j : i.server)
            server << QVariantMap{{QStringLiteral("slot"), j.slot}, {QStringLiteral("server"), j.serverVerdict},
                                  {QStringLiteral("device"), j.deviceVerdict}, {QStringLiteral("reason"), serverReason(j)}};
        QStringList origins;
        if (!i.beforeSha256.isEmpty())
            origins << originLine(true, i.beforeOrigin);
        if (!i.afterSha256.isEmpty())
            origins << originLine(false, i.afterOrigin);
        const auto worst = i.worst();
        out.push_back({i.uuid, i.code, i.name, core::catalog::label(core::catalog::categories(), i.category),
                       inLanguage(Lang::Ui, i.dong, i.dongEn), i.crew,
                       i.installedAt.left(10), worst ? core::toString(*worst) : QString(), i.reviewReason,
                       url(i.beforeSha256), url(i.afterSha256), std::move(problems), std::move(server), std::move(origins),
                       i.note, i.beforeSha256, i.afterSha256});
    }
    return out;
}

QString ReviewQueueModel::originLine(bool before, const core::PhotoOrigin &o) const
{
    const QString how = o.source == QLatin1String("camera") ? tr("taken with the app's camera")
                        : o.source == QLatin1String("file") ? tr("picked from a file on the tablet")
                                                            : tr("how it came in is not recorded");
    QString line = (before ? tr("Before photo: %1") : tr("After photo: %1")).arg(how);
    // A capture time well before the photo was filed: an old photo may have been picked.
    const QDateTime taken = QDateTime::fromString(o.takenAt, Qt::ISODate), filed = QDateTime::fromString(o.filedAt, Qt::ISODate);
    if (taken.isValid() && filed.isValid()) {
        const qint64 days = taken.daysTo(filed);
        line += days >= 1 ? tr(", taken %1, %n day(s) before it was filed", "", int(days)).arg(taken.date().toString(Qt::ISODate))
                          : tr(", taken %1").arg(taken.date().toString(Qt::ISODate));
    }
    return line;
}

void ReviewQueueModel::reload()
{
    int total = 0;
    if (m_store) {
        if (auto n = core::ReviewQueue(*m_store).count())
            total = int(*n);
    }
    beginResetModel();
    m_rows = fetch(0, kPage);
    // Nothing more to fetch until the reset is over: views (and the model tester) react to the
    // reset by asking for more, which must not insert rows while the reset is still being signalled.
    m_total = int(m_rows.size());
    endResetModel();
    m_total = std::max(total, int(m_rows.size()));
    emit totalChanged();
}

int ReviewQueueModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_rows.size()); }

bool ReviewQueueModel::canFetchMore(const QModelIndex &parent) const { return !parent.isValid() && int(m_rows.size()) < m_total; }

void ReviewQueueModel::fetchMore(const QModelIndex &parent)
{
    if (m_fetching || !canFetchMore(parent))
        return;
    // Views and the model tester may ask for more while the insertion below is being signalled.
    const QScopedValueRollback<bool> guard(m_fetching, true);
    auto more = fetch(int(m_rows.size()), kPage);
    if (more.empty()) {
        m_total = int(m_rows.size()); // the queue shrank meanwhile
        emit totalChanged();
        return;
    }
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + more.size()) - 1);
    for (auto &r : more)
        m_rows.push_back(std::move(r));
    endInsertRows();
}

QVariant ReviewQueueModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case CodeRole: return r.code;
    case UuidRole: return r.uuid;
    case NameRole: return r.name;
    case CategoryRole: return r.category;
    case DongRole: return r.dong;
    case CrewRole: return r.crew;
    case InstalledAtRole: return r.installedAt;
    case VerdictRole: return r.verdict;
    case ReviewReasonRole: return r.reviewReason;
    case ProblemsRole: return r.problems;
    case BeforePhotoRole: return r.before;
    case AfterPhotoRole: return r.after;
    case NoteRole: return r.note;
    case BeforeShaRole: return r.beforeSha;
    case AfterShaRole: return r.afterSha;
    case ServerRole: return r.server;
    case OriginsRole: return r.origins;
    default: return {};
    }
}

QHash<int, QByteArray> ReviewQueueModel::roleNames() const
{
    return {{UuidRole, "uuid"},       {CodeRole, "code"},          {NameRole, "name"},
            {CategoryRole, "category"}, {DongRole, "dong"},        {CrewRole, "crew"},
            {InstalledAtRole, "installedAt"}, {VerdictRole, "verdict"}, {ReviewReasonRole, "reviewReason"}, {ProblemsRole, "problems"},
            {BeforePhotoRole, "beforePhoto"}, {AfterPhotoRole, "afterPhoto"}, {ServerRole, "server"}, {OriginsRole, "origins"},
            {NoteRole, "note"}, {BeforeShaRole, "beforeSha256"}, {AfterShaRole, "afterSha256"}};
}

} // namespace gc::ui
