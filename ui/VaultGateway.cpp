#include "VaultGateway.h"

#include <sodium.h>

namespace creditcase::ui {

void VaultGateway::wipe(QString& secret) {
    if (secret.isEmpty()) {
        secret.clear();
        return;
    }
    // data() detaches first, so a buffer shared with a literal is copied, never written through.
    QChar* characters = secret.data();
    sodium_memzero(characters, static_cast<size_t>(secret.size()) * sizeof(QChar));
    secret.clear();
}

} // namespace creditcase::ui
