// Fuzz target: creditcase-cli's argument handling, from the global options through the choice of command to
// each command's own options, dates, numbers and ids. The CLI parses and acts in one go (main() picks the
// command; the command parses its options and runs), so there is no parse-only entry point: this target runs
// the real main() of app/cli on fuzzed argument lists.
//
// Safety: everything happens in a private temporary folder (the working directory), which holds a small vault
// "v" with the administrator "admin", the password file "p" and the recovery-code file "r". Arguments that
// contain '/' are refused, so every path the CLI can be told is a name inside that folder; standard input is
// /dev/null, so nothing waits for a password. Before each input the folder is put back exactly as it was (extra
// files removed, the vault and key file rewritten), so inputs do not depend on one another.
//
// Input: arguments separated by newlines, at most 24 of at most 256 bytes each.
#include "FileStamp.h"

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <unistd.h>
#include <vector>

#define main creditcase_cli_main
#include "../../app/cli/main.cpp"
#undef main

namespace {

QString g_folder;
QMap<QString, QByteArray> g_template; // file name -> bytes, the folder as it must be before every input

int runCli(std::vector<std::string> args) {
    args.insert(args.begin(), "creditcase-cli");
    std::vector<char*> argv;
    for (std::string& arg : args) {
        argv.push_back(arg.data());
    }
    argv.push_back(nullptr);
    int argc = static_cast<int>(args.size());
    return creditcase_cli_main(argc, argv.data());
}

using creditcase::fuzz::FileStamp;
QMap<QString, FileStamp> g_stamps;
QMap<QString, QFileDevice::Permissions> g_permissions; // as the CLI made them

void restoreFolder() {
    QDir dir(g_folder);
    for (const QFileInfo& entry : dir.entryInfoList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot | QDir::System)) {
        if (entry.isDir() && !entry.isSymLink()) {
            QDir(entry.absoluteFilePath()).removeRecursively();
        } else if (!g_template.contains(entry.fileName())) {
            QFile::remove(entry.absoluteFilePath());
        }
    }
    for (auto it = g_template.cbegin(); it != g_template.cend(); ++it) {
        const QString path = dir.filePath(it.key());
        FileStamp now;
        const auto recorded = g_stamps.constFind(it.key());
        if (recorded != g_stamps.cend() && FileStamp::of(path, &now) && now == *recorded) {
            continue;
        }
        QFile::remove(path); // also a symbolic link or another kind of file in its place
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(it.value()) != it.value().size() ||
            !file.setPermissions(g_permissions.value(it.key()))) {
            std::fprintf(stderr, "fuzz_cli_args: cannot restore %s\n", qPrintable(it.key()));
            std::abort();
        }
        file.close();
        if (!FileStamp::of(path, &now)) {
            std::abort();
        }
        g_stamps.insert(it.key(), now);
    }
}

void removeFolder() {
    if (!g_folder.isEmpty()) {
        QDir(g_folder).removeRecursively();
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int* /*argc*/, char*** /*argv*/) {
    // In memory when possible: every input rewrites the folder.
    std::string folderName = access("/dev/shm", W_OK) == 0 ? "/dev/shm/creditcase-fuzz-cli-XXXXXX"
                                                           : "/tmp/creditcase-fuzz-cli-XXXXXX";
    char* folder = folderName.data();
    if (!mkdtemp(folder) || chdir(folder) != 0 || !std::freopen("/dev/null", "r", stdin)) {
        std::perror("fuzz_cli_args: cannot prepare the temporary folder");
        std::abort();
    }
    g_folder = QString::fromLocal8Bit(folder);
    std::atexit(removeFolder);
    setenv("CREDITCASE_KDF_PROFILE", "test", 1);
    setenv("CREDITCASE_LANG", "en", 1);
    {
        QFile password(QStringLiteral("p"));
        if (!password.open(QIODevice::WriteOnly) || password.write("fuzz-Campaign-password-2026\n") < 0) {
            std::abort();
        }
    }
    // Create the vault through the CLI itself and keep the recovery code it prints.
    std::fflush(stdout);
    const int savedOut = dup(STDOUT_FILENO);
    if (!std::freopen("init.json", "w", stdout)) {
        std::abort();
    }
    const int created =
        runCli({"--vault", "v", "--password-file", "p", "--json", "init", "--admin", "admin", "--organ",
                "Fuzz County Market Regulation Bureau", "--organ-level", "county", "--region", "110105"});
    std::fflush(stdout);
    dup2(savedOut, STDOUT_FILENO);
    close(savedOut);
    QFile initOutput(QStringLiteral("init.json"));
    if (created != 0 || !initOutput.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "fuzz_cli_args: could not create the vault (exit %d)\n", created);
        std::abort();
    }
    const QString code =
        QJsonDocument::fromJson(initOutput.readAll()).object().value(QStringLiteral("recovery_code")).toString();
    initOutput.close();
    QFile::remove(QStringLiteral("init.json"));
    {
        QFile recovery(QStringLiteral("r"));
        if (!recovery.open(QIODevice::WriteOnly) || recovery.write(code.toUtf8() + '\n') < 0) {
            std::abort();
        }
    }
    QDir dir(g_folder);
    for (const QFileInfo& entry : dir.entryInfoList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot)) {
        QFile file(entry.absoluteFilePath());
        if (file.open(QIODevice::ReadOnly)) {
            g_template.insert(entry.fileName(), file.readAll());
            g_permissions.insert(entry.fileName(), file.permissions());
        }
    }
    std::fprintf(stderr, "fuzz_cli_args: working in %s with %lld files\n", folder,
                 static_cast<long long>(g_template.size()));
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::vector<std::string> args;
    std::string current;
    for (std::size_t i = 0; i <= size; ++i) {
        if (i == size || data[i] == '\n') {
            if (current.find('/') != std::string::npos || current.size() > 256) {
                return 0; // a path outside the folder, or an unreasonably long argument
            }
            args.push_back(current);
            current.clear();
            if (args.size() > 24) {
                return 0;
            }
        } else {
            current.push_back(static_cast<char>(data[i]));
        }
    }
    restoreFolder();
    (void)runCli(args);
    return 0;
}
