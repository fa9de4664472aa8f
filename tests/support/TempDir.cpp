#include "TempDir.h"

#include <stdexcept>

namespace creditcase::test {

TempDir::TempDir()
{
    if (!m_dir.isValid()) {
        throw std::runtime_error("cannot create a temporary directory for the test");
    }
}

} // namespace creditcase::test
