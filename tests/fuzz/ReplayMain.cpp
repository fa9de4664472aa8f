// Without clang's libFuzzer, each fuzz target builds as a replay program: it runs the target once on every
// file named on the command line (a corpus or a crash reproducer), so the targets compile and run with GCC too.
#include <QCoreApplication>
#include <QFile>

#include <cstdint>
#include <cstdio>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    int ran = 0;
    for (int i = 1; i < argc; ++i) {
        QFile file(QString::fromLocal8Bit(argv[i]));
        if (!file.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "cannot read %s\n", argv[i]);
            return 1;
        }
        const QByteArray bytes = file.readAll();
        LLVMFuzzerTestOneInput(reinterpret_cast<const std::uint8_t*>(bytes.constData()),
                               static_cast<std::size_t>(bytes.size()));
        ++ran;
    }
    std::printf("%d input(s) replayed\n", ran);
    return 0;
}
