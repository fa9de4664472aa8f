#pragma once

// The accessibility contract of AccessibilityTest.cpp, for the pages and dialogs of New work and Administration:
// every input has an objectName, an accessibleName and (except check boxes) a label whose buddy it is; every button
// has an objectName. Hidden inputs count too: a role may see them later.
#include <QAbstractButton>
#include <QAbstractScrollArea>
#include <QAbstractSpinBox>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <algorithm>
#include <catch2/catch.hpp>

namespace creditcase::test {

inline bool isInternalPart(const QWidget* widget) {
    const QWidget* parent = widget->parentWidget();
    return qobject_cast<const QComboBox*>(parent) != nullptr ||
           qobject_cast<const QAbstractSpinBox*>(parent) != nullptr;
}

inline void requireAccessibleInputs(const QWidget* root) {
    QList<const QWidget*> inputs;
    for (const QWidget* w : root->findChildren<QWidget*>()) {
        if (isInternalPart(w))
            continue;
        if (qobject_cast<const QLineEdit*>(w) || qobject_cast<const QComboBox*>(w) ||
            qobject_cast<const QAbstractSpinBox*>(w) || qobject_cast<const QCheckBox*>(w) ||
            qobject_cast<const QPlainTextEdit*>(w))
            inputs.append(w);
    }
    REQUIRE_FALSE(inputs.isEmpty());
    const QList<QLabel*> labels = root->findChildren<QLabel*>();
    for (const QWidget* input : inputs) {
        INFO(root->objectName().toStdString()
             << ": " << input->metaObject()->className() << " " << input->objectName().toStdString());
        CHECK_FALSE(input->objectName().isEmpty());
        CHECK_FALSE(input->accessibleName().isEmpty());
        if (qobject_cast<const QCheckBox*>(input) == nullptr) {
            const bool hasBuddy = std::any_of(labels.cbegin(), labels.cend(),
                                              [input](const QLabel* label) { return label->buddy() == input; });
            CHECK(hasBuddy);
        }
    }
    for (const QAbstractButton* button : root->findChildren<QAbstractButton*>()) {
        if (!isInternalPart(button) && qobject_cast<const QCheckBox*>(button) == nullptr &&
            !button->parentWidget()->inherits("QTabBar") && !button->parentWidget()->inherits("QAbstractScrollArea")) {
            INFO(root->objectName().toStdString() << ": button " << button->text().toStdString());
            CHECK_FALSE(button->objectName().isEmpty());
        }
    }
}

// The objectNames of the widgets Tab reaches from `first`, in order, until it comes back or `count` are found.
inline QStringList tabChain(QWidget* first, int count) {
    QStringList names;
    QWidget* w = first;
    for (int i = 0; i < count && w; ++i) {
        names << w->objectName();
        do {
            w = w->nextInFocusChain();
        } while (w && w != first &&
                 (!(w->focusPolicy() & Qt::TabFocus) || w->objectName().isEmpty() || isInternalPart(w)));
        if (w == first)
            break;
    }
    return names;
}

} // namespace creditcase::test
