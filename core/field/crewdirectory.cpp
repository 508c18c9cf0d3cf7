#include "field/crewdirectory.h"
#include "text.h"
#include "store/assetstore.h"
#include "field/fieldtables.h"
#include "store/sqlitedb.h"
#include "store/statement.h"
#include "model/payloads.h"
#include "store/timeuuid.h"
#include "store/storeaccess.h"

#include <QCryptographicHash>
#include <QPasswordDigestor>
#include <QRandomGenerator>

#include <algorithm>

namespace gc::core {

namespace {

constexpr int kPinIterations = 60'000;
constexpr int kPinMinDigits = 4;
constexpr int kPinMaxDigits = 8;

QByteArray derive(const QString &pin, const QByteArray &salt, int iterations)
{
    return QPasswordDigestor::deriveKeyPbkdf2(QCryptographicHash::Sha256, pin.toUtf8(), salt, iterations, 32);
}

} // namespace

VoidResult CrewDirectory::checkPin(const QString &pin)
{
    bool digits = !pin.isEmpty();
    for (QChar c : pin)
        digits = digits && c.isDigit();
    if (!digits || pin.size() < kPinMinDigits || pin.size() > kPinMaxDigits)
        return makeError(ErrorCode::Invalid, gc::tx(QT_TRANSLATE_NOOP("gc", "a PIN is %1 to %2 digits"), kPinMinDigits, kPinMaxDigits));
    return Ok{};
}

QString CrewDirectory::hashPin(const QString &pin)
{
    QByteArray salt(16, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(salt.data()), salt.size() / 4);
    return QStringLiteral("pbkdf2-sha256$%1$%2$%3")
        .arg(kPinIterations)
        .arg(QString::fromLatin1(salt.toHex()), QString::fromLatin1(derive(pin, salt, kPinIterations).toHex()));
}

bool CrewDirectory::pinMatches(const QString &pin, const QString &hash)
{
    const QStringList parts = hash.split(QLatin1Char('$'));
    if (parts.size() != 4 || parts[0] != QLatin1String("pbkdf2-sha256"))
        return false;
    const int iterations = parts[1].toInt();
    if (iterations <= 0)
        return false;
    const QByteArray want = QByteArray::fromHex(parts[3].toLatin1());
    const QByteArray got = derive(pin, QByteArray::fromHex(parts[2].toLatin1()), iterations);
    // Constant time: the comparison does not stop at the first differing byte.
    unsigned char diff = want.size() == got.size() ? 0 : 1;
    for (int i = 0; i < std::min(want.size(), got.size()); ++i)
        diff |= static_cast<unsigned char>(want[i] ^ got[i]);
    return diff == 0;
}

Result<CrewUser> CrewDirectory::add(const QString &name, const QString &crew, const QString &pin)
{
    const QString n = name.trimmed();
    if (n.isEmpty())
        return makeError(ErrorCode::Invalid, gc::tx(QT_TRANSLATE_NOOP("gc", "a name is needed")));
    if (!pin.isEmpty()) {
        if (auto r = checkPin(pin); !r)
            return r.error();
    }
    auto count = StoreAccess::db(m_store).prepare(QStringLiteral("SELECT count(*) FROM gc_users WHERE name = ?1 AND active"));
    if (!count)
        return count.error();
    count->bind(1, n);
    if (count->step() && count->toInt(0) > 0)
        return makeError(ErrorCode::Duplicate, gc::tx(QT_TRANSLATE_NOOP("gc", "a user named %1 exists already"), n));
    UserPayload payload;
    payload.userId = timeOrderedUuid();
    payload.name = n;
    payload.crew = crew.trimmed();
    payload.role = QStringLiteral("crew");
    if (!pin.isEmpty())
        payload.pinHash = hashPin(pin);
    auto events = m_store.record({{QLatin1String(EventKind::UserAdded), QString(), payload.toJson()}});
    if (!events)
        return events.error();
    FieldBook book;
    FieldTables::apply(book, events->front());
    return book.users.begin()->second;
}

VoidResult CrewDirectory::setPin(const QString &userId, const QString &pin)
{
    if (auto r = checkPin(pin); !r)
        return r;
    UserPayload payload;
    payload.userId = userId;
    payload.pinHash = hashPin(pin);
    auto events = m_store.record({{QLatin1String(EventKind::UserUpdated), QString(), payload.toJson()}});
    if (!events)
        return events.error();
    return Ok{};
}

Result<std::vector<CrewUser>> CrewDirectory::signInChoices() const
{
    auto book = FieldTables::read(StoreAccess::db(m_store));
    if (!book)
        return book.error();
    std::vector<CrewUser> out;
    QStringList crewsWithUsers;
    for (const auto &[id, u] : book->users) {
        if (!u.active)
            continue;
        out.push_back(u);
        crewsWithUsers << u.crew;
    }
    std::sort(out.begin(), out.end(), [](const CrewUser &a, const CrewUser &b) { return a.name < b.name; });
    auto st = StoreAccess::db(m_store).prepare(QStringLiteral("SELECT DISTINCT assignee FROM assets WHERE coalesce(assignee, '') != '' ORDER BY 1"));
    if (!st)
        return st.error();
    while (st->step()) {
        const QString crew = st->toText(0);
        if (crewsWithUsers.contains(crew))
            continue;
        CrewUser u;
        u.name = crew;
        u.crew = crew;
        out.push_back(u);
    }
    if (st->failed())
        return makeError(ErrorCode::Sqlite, st->error());
    return out;
}

Result<CrewUser> CrewDirectory::signIn(const QString &name, const QString &pin) const
{
    auto choices = signInChoices();
    if (!choices)
        return choices.error();
    for (const auto &u : *choices) {
        if (u.name != name)
            continue;
        if (!u.pinHash.isEmpty() && !pinMatches(pin, u.pinHash))
            return makeError(ErrorCode::WrongPin, gc::tx(QT_TRANSLATE_NOOP("gc", "wrong PIN")));
        return u;
    }
    return makeError(ErrorCode::NotFound, gc::tx(QT_TRANSLATE_NOOP("gc", "no such user: %1"), name));
}

} // namespace gc::core
