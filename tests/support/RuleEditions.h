#pragma once
// Later editions of the shipped rule data, for tests that import one or read what it changes.
#include <QByteArray>
#include <QJsonObject>
#include <functional>

namespace creditcase::test {

// The shipped list-types file as version 2, with `edit` applied to every list type (it checks the "id" itself).
QByteArray editedListTypes(const std::function<void(QJsonObject& listType)>& edit);

} // namespace creditcase::test
