// Every input of every dialog can be found by tests (objectName), is named for screen readers
// (accessibleName) and is named on screen by a label whose buddy it is (field-notes E.6).
#include "CreateVaultDialog.h"
#include "FakeVaultGateway.h"
#include "LockScreen.h"
#include "PreferencesDialog.h"
#include "UiTestSupport.h"
#include "UnlockDialog.h"
#include "WorkflowFixture.h"
#include "cases/CaseEventDialog.h"
#include "cases/CaseListPage.h"
#include "service/CaseService.h"
#include "service/Session.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <catch2/catch.hpp>

using creditcase::test::FakeVaultGateway;
using creditcase::test::IsolatedSettings;

namespace {

bool isInternalPart(const QWidget* widget) {
    const QWidget* parent = widget->parentWidget();
    return qobject_cast<const QComboBox*>(parent) != nullptr ||
           qobject_cast<const QAbstractSpinBox*>(parent) != nullptr;
}

// checkButtons: every button named too (off for pages whose views bring unnamed buttons of Qt's own, such as a
// table's corner button or a line edit's clear button).
void requireAccessibleInputs(const QWidget* root, bool checkButtons = true) {
    QList<const QWidget*> inputs;
    for (const QWidget* w : root->findChildren<QWidget*>()) {
        if (isInternalPart(w)) {
            continue;
        }
        if (qobject_cast<const QLineEdit*>(w) || qobject_cast<const QComboBox*>(w) ||
            qobject_cast<const QAbstractSpinBox*>(w) || qobject_cast<const QCheckBox*>(w)) {
            inputs.append(w);
        }
    }
    REQUIRE_FALSE(inputs.isEmpty());
    const QList<QLabel*> labels = root->findChildren<QLabel*>();
    for (const QWidget* input : inputs) {
        INFO(root->objectName().toStdString()
             << ": " << input->metaObject()->className() << " " << input->objectName().toStdString());
        CHECK_FALSE(input->objectName().isEmpty());
        CHECK_FALSE(input->accessibleName().isEmpty());
        if (qobject_cast<const QCheckBox*>(input) == nullptr) { // a check box carries its own text
            const bool hasBuddy = std::any_of(labels.cbegin(), labels.cend(),
                                              [input](const QLabel* label) { return label->buddy() == input; });
            CHECK(hasBuddy);
        }
    }
    for (const QAbstractButton* button : root->findChildren<QAbstractButton*>()) {
        if (checkButtons && !isInternalPart(button) && qobject_cast<const QCheckBox*>(button) == nullptr) {
            INFO(button->text().toStdString());
            CHECK_FALSE(button->objectName().isEmpty());
        }
    }
}

} // namespace

TEST_CASE("Unlock dialog inputs are named and labelled") {
    IsolatedSettings settings;
    FakeVaultGateway gateway;
    creditcase::ui::UnlockDialog dialog(gateway);
    requireAccessibleInputs(&dialog);
}

TEST_CASE("Create-vault dialog inputs are named and labelled") {
    IsolatedSettings settings;
    FakeVaultGateway gateway;
    creditcase::ui::CreateVaultDialog dialog(gateway);
    requireAccessibleInputs(&dialog);
}

TEST_CASE("Preferences dialog inputs are named and labelled") {
    IsolatedSettings settings;
    creditcase::ui::PreferencesDialog dialog;
    requireAccessibleInputs(&dialog);
}

TEST_CASE("Lock screen inputs are named and labelled") {
    creditcase::ui::LockScreen screen;
    requireAccessibleInputs(&screen);
}

TEST_CASE("Case list filters and every event form are named and labelled") {
    IsolatedSettings settings;
    creditcase::test::WorkflowFixture f(QDate(2025, 3, 6));
    const qint64 id = f.openCase();
    creditcase::service::Session session(f.vault(), f.supervisor);
    creditcase::ui::CaseListPage list(session);
    requireAccessibleInputs(&list, false);
    auto file = creditcase::service::CaseService(session).show(id, QStringLiteral("accessibility check"));
    REQUIRE(file);
    for (const char* event : {"serve-notice", "receive-objection", "reject-objection", "submit-re-examination",
                              "approve-re-examination", "decide", "expire"}) {
        creditcase::service::CaseAction action;
        action.event = QLatin1String(event);
        action.name = QLatin1String(event);
        creditcase::ui::CaseEventDialog dialog(session, *file, action);
        INFO(event);
        requireAccessibleInputs(&dialog);
    }
}
