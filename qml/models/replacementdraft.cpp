#include "replacementdraft.h"

#include "appcontroller.h"
#include "fieldcontroller.h"

#include "model/photoverdict.h"
#include "field/fieldwork.h"

#include <QVariantMap>

#include <algorithm>

namespace gc::ui {

namespace {
const QString kBefore = QStringLiteral("before");

// "before" first, then the after slots in the order they were taken (after1, after2, … after10).
bool slotLess(const QString &a, const QString &b)
{
    if (a == kBefore || b == kBefore)
        return a == kBefore && b != kBefore;
    return a.size() != b.size() ? a.size() < b.size() : a < b;
}
} // namespace

ReplacementDraft::ReplacementDraft(QObject *parent) : QAbstractListModel(parent) {}

int ReplacementDraft::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_shots.size()); }

QVariant ReplacementDraft::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || size_t(index.row()) >= m_shots.size())
        return {};
    const Shot &s = m_shots[size_t(index.row())];
    switch (role) {
    case SlotRole: return s.slot;
    case PathRole: return s.path;
    case IsBeforeRole: return s.slot == kBefore;
    case VerdictRole: return s.verdict ? core::toString(*s.verdict) : QString();
    case ChecksRole: return s.checks;
    case RunningRole: return s.running;
    case ErrorRole: return s.error;
    default: return {};
    }
}

QHash<int, QByteArray> ReplacementDraft::roleNames() const
{
    return {{SlotRole, "slot"},     {PathRole, "path"},       {IsBeforeRole, "isBefore"}, {VerdictRole, "verdict"},
            {ChecksRole, "checks"}, {RunningRole, "running"}, {ErrorRole, "error"}};
}

void ReplacementDraft::setField(FieldController *field)
{
    if (m_field == field)
        return;
    if (m_field)
        disconnect(m_field, nullptr, this, nullptr);
    m_field = field;
    if (m_field) {
        connect(m_field, &FieldController::photoChecked, this, &ReplacementDraft::onChecked);
        connect(m_field, &FieldController::photoCheckFailed, this, &ReplacementDraft::onCheckFailed);
    }
    emit fieldChanged();
}

bool ReplacementDraft::hasBefore() const
{
    return std::any_of(m_shots.begin(), m_shots.end(), [](const Shot &s) { return s.slot == kBefore; });
}

bool ReplacementDraft::hasAfter() const
{
    return std::any_of(m_shots.begin(), m_shots.end(), [](const Shot &s) { return s.slot != kBefore; });
}

bool ReplacementDraft::anyFailed() const
{
    return std::any_of(m_shots.begin(), m_shots.end(), [](const Shot &s) { return s.verdict == core::PhotoVerdict::Fail; });
}

bool ReplacementDraft::anyUnreadable() const
{
    return std::any_of(m_shots.begin(), m_shots.end(), [](const Shot &s) { return s.verdict == core::PhotoVerdict::Error; });
}

int ReplacementDraft::minReviewReason() const { return core::FieldWork::kMinReviewReason; }

bool ReplacementDraft::anyRunning() const
{
    return std::any_of(m_shots.begin(), m_shots.end(), [](const Shot &s) { return s.running; });
}

QString ReplacementDraft::nextAfterSlot() const
{
    const auto afters = std::count_if(m_shots.begin(), m_shots.end(), [](const Shot &s) { return s.slot != kBefore; });
    return QStringLiteral("after%1").arg(afters + 1);
}

void ReplacementDraft::setSendForReview(bool on)
{
    if (on == m_sendForReview)
        return;
    m_sendForReview = on;
    emit reviewChanged();
    changed();
}

void ReplacementDraft::setReviewReason(const QString &reason)
{
    if (reason == m_reviewReason)
        return;
    m_reviewReason = reason;
    emit reviewChanged();
    changed();
}

bool ReplacementDraft::canSave() const
{
    return hasBefore() && hasAfter() && !anyRunning() && !anyUnreadable()
        && (!anyFailed() || (m_sendForReview && m_reviewReason.trimmed().size() >= minReviewReason()));
}

void ReplacementDraft::reset()
{
    beginResetModel();
    m_shots.clear();
    endResetModel();
    m_sendForReview = false;
    m_reviewReason.clear();
    emit reviewChanged();
    changed();
    if (m_field)
        m_field->prepareChecks();
}

void ReplacementDraft::addShot(const QString &slot, const QString &path, const QString &source)
{
    beginResetModel();
    m_shots.erase(std::remove_if(m_shots.begin(), m_shots.end(), [&](const Shot &s) { return s.slot == slot; }), m_shots.end());
    m_shots.push_back(Shot{.slot = slot, .path = path, .source = source, .running = true, .pending = 1});
    std::stable_sort(m_shots.begin(), m_shots.end(), [](const Shot &a, const Shot &b) { return slotLess(a.slot, b.slot); });
    if (slot == kBefore) {
        // The after photos were compared with the photo this one replaces: they are checked again.
        for (Shot &s : m_shots) {
            if (s.slot != kBefore) {
                ++s.pending;
                s.running = true;
                s.verdict.reset();
                s.checks.clear();
                s.error.clear();
            }
        }
    }
    endResetModel();
    changed();
    if (!m_field)
        return;
    m_field->checkPhoto(slot, path, slot == kBefore ? QString() : beforePath());
    if (slot == kBefore) {
        for (const Shot &s : m_shots)
            if (s.slot != kBefore)
                m_field->checkPhoto(s.slot, s.path, path);
    }
}

QVariantList ReplacementDraft::problemsOf(const QVariantList &checks)
{
    QVariantList out;
    for (const QVariant &c : checks) {
        const QVariantMap check = c.toMap();
        if (!check.value(QStringLiteral("problem")).toBool())
            continue;
        QVariantMap p{{QStringLiteral("check"), check.value(QStringLiteral("id"))},
                      {QStringLiteral("status"), check.value(QStringLiteral("status"))},
                      {QStringLiteral("ko"), check.value(QStringLiteral("ko"))},
                      {QStringLiteral("en"), check.value(QStringLiteral("en"))}};
        if (const QString asset = check.value(QStringLiteral("asset")).toString(); !asset.isEmpty())
            p.insert(QStringLiteral("asset"), asset);
        out << p;
    }
    return out;
}

bool ReplacementDraft::save(const QString &method, int markCount, const QString &note)
{
    if (!m_field || !canSave())
        return false;
    QVariantMap checks, problems, sources;
    QVariantList after;
    for (const Shot &s : m_shots) {
        if (!s.source.isEmpty())
            sources[s.slot] = s.source;
        checks[s.slot] = core::toString(s.verdict.value_or(core::PhotoVerdict::Error));
        const QVariantList mine = problemsOf(s.checks);
        if (!mine.isEmpty())
            problems[s.slot] = mine;
        if (s.slot != kBefore)
            after << s.path;
    }
    return m_field->saveReplacement({{QStringLiteral("before"), beforePath()},
                                     {QStringLiteral("after"), after},
                                     {QStringLiteral("method"), method},
                                     {QStringLiteral("markCount"), markCount},
                                     {QStringLiteral("note"), note},
                                     {QStringLiteral("reviewReason"), m_sendForReview ? m_reviewReason : QString()},
                                     {QStringLiteral("checks"), checks},
                                     {QStringLiteral("sources"), sources},
                                     {QStringLiteral("problems"), problems}});
}

void ReplacementDraft::onChecked(const QString &slot, const QString &path, const QString &verdict, const QVariantList &checks)
{
    const int row = rowOf(slot, path);
    if (row < 0)
        return; // a photo since replaced in its slot
    Shot &s = m_shots[size_t(row)];
    if (--s.pending > 0)
        return; // compared with a before photo since replaced: the check asked for later decides
    s.verdict = core::photoVerdictFromString(verdict);
    s.checks = checks;
    s.running = false;
    emit dataChanged(index(row), index(row));
    changed();
}

void ReplacementDraft::onCheckFailed(const QString &slot, const QString &path, const QString &message)
{
    const int row = rowOf(slot, path);
    if (row < 0)
        return;
    Shot &s = m_shots[size_t(row)];
    if (--s.pending > 0)
        return;
    s.verdict = core::PhotoVerdict::Error;
    s.error = message;
    s.running = false;
    emit dataChanged(index(row), index(row));
    changed();
}

int ReplacementDraft::rowOf(const QString &slot, const QString &path) const
{
    for (size_t i = 0; i < m_shots.size(); ++i)
        if (m_shots[i].slot == slot && m_shots[i].path == path)
            return int(i);
    return -1;
}

QString ReplacementDraft::beforePath() const
{
    for (const Shot &s : m_shots)
        if (s.slot == kBefore)
            return s.path;
    return {};
}

void ReplacementDraft::changed()
{
    emit shotsChanged();
    if (const bool now = canSave(); now != m_canSave) {
        m_canSave = now;
        emit canSaveChanged();
    }
}

QVariantList ReplacementDraft::shots() const
{
    QVariantList out;
    for (const Shot &s : m_shots)
        out << QVariantMap{{QStringLiteral("slot"), s.slot}, {QStringLiteral("path"), s.path}, {QStringLiteral("source"), s.source}};
    return out;
}

} // namespace gc::ui
