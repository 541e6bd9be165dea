#pragma once

// Driving the window as a clerk's keyboard does, for the ui tests: typing (Hangul as an input
// method delivers it), Enter through the product field's completion list, the widget with the
// focus, and finding named children.
#include <QAbstractItemView>
#include <QApplication>
#include <QCompleter>
#include <QLineEdit>
#include <QTest>

namespace ShopDesk::Testing {

template<typename T> T *child(QObject *parent, const QString &name)
{
    T *found = parent->findChild<T *>(name);
    if (!found)
        qFatal("no %s named %s", T::staticMetaObject.className(), qPrintable(name));
    return found;
}

// Types text as a keyboard would; QTest::keyClicks knows only ASCII, so Hangul goes as key
// events carrying the text (as an input method delivers it).
inline void type(QWidget *widget, const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() < 0x80)
            QTest::keyClick(widget, c.toLatin1());
        else
            QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
    }
}

// Enter in the product field: while the completion list is open, the key reaches the list
// first (as on a desktop, where the popup grabs the keyboard), which passes it on to the field.
// The offscreen platform may leave no window, or the hidden popup, active when a popup closes
// (a window manager gives the activation back); the test gives it back as one would.
inline void pressEnter(QLineEdit *product)
{
    QAbstractItemView *popup = product->completer()->popup();
    const bool open = popup->isVisible();
    QTest::keyClick(open ? static_cast<QWidget *>(popup) : product, Qt::Key_Return);
    if (open && QApplication::activeWindow() != product->window()) {
        product->window()->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(product->window()));
    }
}

// The widget with the keyboard focus, where the next key goes.
inline QWidget *focusedAt(int line)
{
    QWidget *widget = QApplication::focusWidget();
    if (!widget)
        qFatal("nothing has the focus at line %d", line);
    return widget;
}

} // namespace ShopDesk::Testing

#define focused() ShopDesk::Testing::focusedAt(__LINE__)
