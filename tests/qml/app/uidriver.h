#pragma once
// Drives the real Main.qml as a user would: finds items by object name or visible text among the
// window's items (popups included), waits for them, taps their centre and types into them. For the
// survey and layout tests (the replacement test keeps its own copy).

#include <catch2/catch.hpp>

#include <QElapsedTimer>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTest>

#include <functional>
#include <vector>

namespace gc::test {

inline void collectItems(QQuickItem *root, std::vector<QQuickItem *> &out)
{
    out.push_back(root);
    for (QQuickItem *c : root->childItems())
        collectItems(c, out);
}

inline std::vector<QQuickItem *> allItems(QQuickWindow *w)
{
    std::vector<QQuickItem *> items;
    collectItems(w->contentItem()->parentItem() ? w->contentItem()->parentItem() : w->contentItem(), items);
    return items;
}

inline bool reallyVisible(QQuickItem *i)
{
    for (QQuickItem *p = i; p; p = p->parentItem())
        if (!p->isVisible() || p->opacity() <= 0.0)
            return false;
    return true;
}

inline QQuickItem *findItem(QQuickWindow *w, const std::function<bool(QQuickItem *)> &match)
{
    for (QQuickItem *i : allItems(w))
        if (reallyVisible(i) && match(i))
            return i;
    return nullptr;
}

inline QQuickItem *byName(QQuickWindow *w, const QString &name)
{
    return findItem(w, [&](QQuickItem *i) { return i->objectName() == name; });
}

// A button or delegate found by its text (Qt's own dialogs and combo box popups have no object names).
inline QQuickItem *byText(QQuickWindow *w, const QString &text, const char *classPart = "Button")
{
    return findItem(w, [&](QQuickItem *i) {
        return QByteArray(i->metaObject()->className()).contains(classPart) && i->property("text").toString() == text
               && i->isEnabled();
    });
}

inline bool waitFor(const std::function<bool()> &condition, int timeoutMs = 60000)
{
    QElapsedTimer t;
    t.start();
    while (!condition()) {
        if (t.elapsed() > timeoutMs)
            return false;
        QTest::qWait(20);
    }
    return true;
}

inline QQuickItem *waitForItem(QQuickWindow *w, const QString &name, int timeoutMs = 60000)
{
    QQuickItem *found = nullptr;
    waitFor([&] { return (found = byName(w, name)) != nullptr; }, timeoutMs);
    return found;
}

struct Finger {
    QQuickWindow *window;
    void tap(QQuickItem *item)
    {
        REQUIRE(item);
        const QPointF centre = item->mapToScene(QPointF(item->width() / 2, item->height() / 2));
        QTest::mouseClick(window, Qt::LeftButton, {}, centre.toPoint());
        QTest::qWait(50);
    }
    void tap(const QString &name)
    {
        INFO("tapping " << name.toStdString());
        tap(waitForItem(window, name));
    }
    // Taps `name` until `next` appears (a first tap can land on a closing dialog's shade).
    QQuickItem *tapUntil(const QString &name, const QString &next)
    {
        INFO("tapping " << name.toStdString() << " until " << next.toStdString());
        for (int attempt = 0; attempt < 5; ++attempt) {
            tap(waitForItem(window, name));
            if (QQuickItem *found = waitForItem(window, next, 10000))
                return found;
        }
        return nullptr;
    }
    // Taps a dialog's button until the dialog has closed (a tap during its opening transition misses).
    void tapUntilGone(const QString &name)
    {
        INFO("tapping " << name.toStdString() << " until it is gone");
        for (int attempt = 0; attempt < 5; ++attempt) {
            QQuickItem *item = waitForItem(window, name, 10000);
            if (!item)
                return;
            tap(item);
            if (waitFor([&] { return findItem(window, [&](QQuickItem *i) { return i->objectName() == name; }) == nullptr; }, 3000))
                return;
        }
        FAIL("still there");
    }
    // Focuses the field by tapping it, selects what it holds and types `text` (ASCII) over it.
    void typeInto(QQuickItem *field, const QString &text)
    {
        REQUIRE(field);
        for (int attempt = 0; attempt < 5 && !field->hasActiveFocus(); ++attempt) {
            tap(field);
            waitFor([&] { return field->hasActiveFocus(); }, 5000);
        }
        REQUIRE(field->hasActiveFocus());
        QTest::keyClick(window, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClick(window, Qt::Key_Delete);
        for (QChar c : text)
            QTest::keyClick(window, c.toLatin1());
        REQUIRE(waitFor([&] { return field->property("text").toString() == text; }, 10000));
    }
    void typeInto(const QString &name, const QString &text) { typeInto(waitForItem(window, name), text); }
};

// Signs in on this tablet only, as a person does on the app's sign-in page: "Later" (no server), then
// the name; whoever was signed in signs out first (header chip → Sign out).
inline void signInLocally(QQuickWindow *w, Finger &finger, const QString &name)
{
    const QString entry = QStringLiteral("user_") + name;
    REQUIRE(waitFor([&] { return byName(w, QStringLiteral("userChip")) || byName(w, QStringLiteral("signInLater")) || byName(w, entry); }));
    if (byName(w, QStringLiteral("userChip"))) {
        // A first tap can land on a closing dialog's shade.
        finger.tap(finger.tapUntil(QStringLiteral("userChip"), QStringLiteral("menuSignOut")));
        // With changes not sent yet the app asks first.
        REQUIRE(waitFor([&] { return byName(w, QStringLiteral("userChip")) == nullptr || byName(w, QStringLiteral("signOutConfirm")); }));
        if (QQuickItem *confirm = byName(w, QStringLiteral("signOutConfirm")))
            finger.tap(confirm);
        REQUIRE(waitFor([&] { return byName(w, QStringLiteral("userChip")) == nullptr; }));
    }
    if (!byName(w, entry))
        REQUIRE(finger.tapUntil(QStringLiteral("signInLater"), entry));
    finger.tap(waitForItem(w, entry));
    REQUIRE(waitForItem(w, QStringLiteral("userChip")));
}

} // namespace gc::test
