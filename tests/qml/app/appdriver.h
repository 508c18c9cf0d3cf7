#pragma once

// Drives the real app window (AppShell: Main.qml) as a person does: finds items by object name among
// the visible ones, taps their centres with synthesised mouse clicks, types with key clicks.
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

inline bool reallyVisible(QQuickItem *i)
{
    for (QQuickItem *p = i; p; p = p->parentItem())
        if (!p->isVisible() || p->opacity() <= 0.0)
            return false;
    return true;
}

inline QQuickItem *findItem(QQuickWindow *w, const std::function<bool(QQuickItem *)> &match)
{
    std::vector<QQuickItem *> items;
    collectItems(w->contentItem()->parentItem() ? w->contentItem()->parentItem() : w->contentItem(), items);
    for (QQuickItem *i : items)
        if (reallyVisible(i) && match(i))
            return i;
    return nullptr;
}

inline QQuickItem *itemNamed(QQuickWindow *w, const QString &name)
{
    return findItem(w, [&](QQuickItem *i) { return i->objectName() == name; });
}

inline bool waitUntil(const std::function<bool()> &condition, int timeoutMs = 60000)
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

inline QQuickItem *waitForNamed(QQuickWindow *w, const QString &name, int timeoutMs = 60000)
{
    QQuickItem *found = nullptr;
    waitUntil([&] { return (found = itemNamed(w, name)) != nullptr; }, timeoutMs);
    return found;
}

// A finger on the screen: scrolls an item into view the way a person would swipe, then taps it.
struct Hand {
    QQuickWindow *window;
    int taps = 0;

    void scrollIntoView(QQuickItem *item)
    {
        for (QQuickItem *p = item->parentItem(); p; p = p->parentItem()) {
            if (!QByteArray(p->metaObject()->className()).contains("Flickable"))
                continue;
            const QPointF at = item->mapToItem(p, QPointF(0, item->height() / 2));
            if (at.y() < 0 || at.y() > p->height()) {
                const double contentY = p->property("contentY").toDouble() + at.y() - p->height() / 2;
                const double maxY = std::max(0.0, p->property("contentHeight").toDouble() - p->height());
                p->setProperty("contentY", std::clamp(contentY, 0.0, maxY));
                QTest::qWait(50);
            }
            return;
        }
    }
    void tap(QQuickItem *item)
    {
        REQUIRE(item);
        scrollIntoView(item);
        const QPointF centre = item->mapToScene(QPointF(item->width() / 2, item->height() / 2));
        QTest::mouseClick(window, Qt::LeftButton, {}, centre.toPoint());
        ++taps;
        QTest::qWait(50);
    }
    void tapNamed(const QString &name) { tap(waitForNamed(window, name)); }
    void typeInto(const QString &name, const QString &text)
    {
        QQuickItem *field = nullptr;
        for (int attempt = 0; attempt < 5 && !(field && field->hasActiveFocus()); ++attempt) {
            field = waitForNamed(window, name);
            tap(field);
            waitUntil([&] { return field->hasActiveFocus(); }, 5000);
        }
        REQUIRE(field);
        REQUIRE(field->hasActiveFocus());
        // What is there goes first, as a person selects it all and deletes it.
        QTest::keyClick(window, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClick(window, Qt::Key_Backspace);
        for (QChar c : text)
            QTest::keyClick(window, c.toLatin1());
        REQUIRE(waitUntil([&] { return field->property("text").toString() == text; }, 10000));
    }
};

} // namespace gc::test
