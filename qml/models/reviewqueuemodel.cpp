#include "reviewqueuemodel.h"

#include "store/assetstore.h"
#include "domain/catalog.h"
#include "photo/photostore.h"
#include "store/sqlitedb.h"
#include "store/statement.h"
#include "store/storeaccess.h"

#include <QJsonDocument>
#include <QScopedValueRollback>
#include <QJsonObject>
#include <QUrl>

#include <algorithm>

namespace gc::ui {

namespace {
constexpr int kPage = 100;
// The last status event of each installed asset carries the crew's photo-check verdicts. `+e.kind`
// keeps SQLite on the (asset_uuid, hlc) index: through the kind index it scanned every status event
// of the inventory per asset (11 s instead of 40 ms for a page of the demo's queue).
const char kQueueSql[] = R"(
SELECT uuid, code, name, category, dong, crew, updated_at, last FROM (
  SELECT a.uuid, a.code, a.name, a.category, coalesce(d.name_ko, '') AS dong, coalesce(a.assignee, '') AS crew, a.updated_at,
    (SELECT e.payload FROM asset_events e WHERE e.asset_uuid = a.uuid AND +e.kind = 'asset.status' ORDER BY e.hlc DESC LIMIT 1) AS last
  FROM assets a LEFT JOIN dongs d ON d.adm_code = a.dong_code WHERE a.status = 'installed')
ORDER BY CASE WHEN instr(coalesce(json_extract(last, '$.checks'), ''), '"fail"') THEN 0
              WHEN instr(coalesce(json_extract(last, '$.checks'), ''), '"warn"') THEN 1 ELSE 2 END, updated_at, code
LIMIT ?1 OFFSET ?2)";
} // namespace

ReviewQueueModel::ReviewQueueModel(QObject *parent) : QAbstractListModel(parent) {}

void ReviewQueueModel::setStore(const core::AssetStore *store)
{
    m_store = store;
    reload();
}

QString ReviewQueueModel::worstVerdict(const QByteArray &payloadJson)
{
    const QJsonObject checks = QJsonDocument::fromJson(payloadJson).object().value(QStringLiteral("checks")).toObject();
    QString worst;
    for (auto it = checks.begin(); it != checks.end(); ++it) {
        const QString v = it.value().toString();
        if (v == QLatin1String("fail"))
            return v;
        if (v == QLatin1String("warn"))
            worst = v;
        else if (worst.isEmpty() && !v.isEmpty())
            worst = QStringLiteral("pass");
    }
    return worst;
}

std::vector<ReviewQueueModel::Row> ReviewQueueModel::fetch(int offset, int limit) const
{
    std::vector<Row> out;
    if (!m_store)
        return out;
    auto st = core::StoreAccess::db(*m_store).prepare(QLatin1String(kQueueSql));
    auto photos = core::StoreAccess::db(*m_store).prepare(QStringLiteral("SELECT role, sha256 FROM photos WHERE asset_uuid = ?1 ORDER BY fid"));
    if (!st || !photos)
        return out;
    st->bind(1, qint64(limit)).bind(2, qint64(offset));
    const core::PhotoStore files(m_store->photoDir());
    while (st->step()) {
        Row r;
        r.uuid = st->toText(0);
        r.code = st->toText(1);
        r.name = st->toText(2);
        r.category = core::catalog::label(core::catalog::categories(), st->toText(3));
        r.dong = st->toText(4);
        r.crew = st->toText(5);
        r.installedAt = st->toText(6).left(10);
        const QByteArray last = st->toBlob(7);
        r.verdict = worstVerdict(last);
        r.reviewReason = QJsonDocument::fromJson(last).object().value(QStringLiteral("review_reason")).toString();
        photos->reset();
        photos->bind(1, r.uuid);
        while (photos->step()) {
            const QString role = photos->toText(0);
            const QString url = QUrl::fromLocalFile(files.pathFor(photos->toText(1))).toString();
            if (role.startsWith(QLatin1String("before")))
                r.before = url;
            else if (role.startsWith(QLatin1String("after")) && r.after.isEmpty())
                r.after = url;
        }
        out.push_back(std::move(r));
    }
    return out;
}

void ReviewQueueModel::reload()
{
    int total = 0;
    if (m_store) {
        if (auto n = core::StoreAccess::db(*m_store).scalarInt(QStringLiteral("SELECT count(*) FROM assets WHERE status = 'installed'")))
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
    case BeforePhotoRole: return r.before;
    case AfterPhotoRole: return r.after;
    default: return {};
    }
}

QHash<int, QByteArray> ReviewQueueModel::roleNames() const
{
    return {{UuidRole, "uuid"},       {CodeRole, "code"},          {NameRole, "name"},
            {CategoryRole, "category"}, {DongRole, "dong"},        {CrewRole, "crew"},
            {InstalledAtRole, "installedAt"}, {VerdictRole, "verdict"}, {ReviewReasonRole, "reviewReason"},
            {BeforePhotoRole, "beforePhoto"}, {AfterPhotoRole, "afterPhoto"}};
}

} // namespace gc::ui
