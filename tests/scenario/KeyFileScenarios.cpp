// The key file beside the vault: its limits, what a write keeps, what the recovery path recovers, and that it
// names nobody and is the owner's only (issue 7, "Data safety first").
#include "CliOffice.h"
#include "CliRunner.h"
#include "TempDir.h"
#include "TestVault.h"
#include "crypto/KeySlotFile.h"
#include "crypto/RecoveryCode.h"
#include "storage/Vault.h"
#include "workflow/UserAdministration.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QtEndian>
#include <atomic>
#include <catch2/catch.hpp>
#include <set>
#include <sodium.h>
#include <thread>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

using namespace creditcase;
using namespace creditcase::test;
using crypto::KdfParams;
using crypto::KeySlotFile;
using crypto::SecretBytes;
using storage::Vault;
using workflow::UserAdministration;

namespace {

constexpr qint64 oldReadLimit = 1024 * 1024; // what earlier builds would read

UserAdministration::NewUser officer(const QString& name) {
    return {name, domain::Role::Officer, QStringLiteral("Test County Market Regulation Bureau"),
            domain::OrganLevel::County, QStringLiteral("110105")};
}

SecretBytes masterKeyOf(const TestVault& created) {
    auto code = crypto::RecoveryCode::parse(created.recoveryCode);
    REQUIRE(code.ok());
    return code->masterKey();
}

Vault::Credential recovery(const QString& formattedCode) {
    auto code = crypto::RecoveryCode::parse(formattedCode);
    REQUIRE(code.ok());
    return Vault::Credential::withRecoveryCode(code.take());
}

Result<std::unique_ptr<Vault>> signIn(const QString& vault, const QString& user, const char* password = kPassword) {
    return Vault::open(vault, Vault::Credential::withPassword(user, secret(password)));
}

QStringList replacedCopies(const QString& vaultPath) {
    const QFileInfo info(Vault::keyFilePath(vaultPath));
    return info.absoluteDir().entryList({info.fileName() + QStringLiteral(".replaced-*")}, QDir::Files | QDir::Hidden);
}

#ifdef Q_OS_UNIX
int modeOf(const QString& path) {
    struct stat info {};
    REQUIRE(::stat(QFile::encodeName(path).constData(), &info) == 0);
    return static_cast<int>(info.st_mode & 0777);
}
#endif

// Flips one character of the master-key wrap inside `user`'s slot: the file's check value no longer matches
// (nobody can sign in with a password), and that slot can no longer be proven against the vault.
void damageSlotOf(const QString& keyFile, const QString& user) {
    QByteArray bytes = readAll(keyFile);
    auto keys = KeySlotFile::fromBytes(bytes);
    REQUIRE(keys.ok());
    const qsizetype slotAt = bytes.indexOf(keys->slotId(user).toLatin1());
    REQUIRE(slotAt > 0);
    const qsizetype at = bytes.indexOf("\"wrapped\": \"", slotAt) + 14;
    bytes[at] = bytes[at] == 'A' ? 'B' : 'A';
    writeFile(keyFile, bytes);
}

// Adds `count` users user0000.. with password "pw-<name>" straight into the key file and the vault's slot-key
// table, as that many adds would have, but without an audit entry and Argon2id run per add: the cheap way to
// an office of this size.
void addUsersDirectly(Vault& vault, const SecretBytes& masterKey, int count) {
    auto keys = KeySlotFile::load(Vault::keyFilePath(vault.path()));
    REQUIRE(keys.ok());
    const Status stored = vault.transact([&](QSqlDatabase& db) -> Status {
        QSqlQuery query(db);
        query.prepare(QStringLiteral("INSERT INTO vault_slot_keys (user_name, slot_key) VALUES (?, ?)"));
        for (int i = 0; i < count; ++i) {
            const QString name = QStringLiteral("user%1").arg(i, 4, 10, QLatin1Char('0'));
            const QByteArray pw = "pw-" + name.toLatin1();
            SecretBytes slotKey = SecretBytes::random(32);
            REQUIRE(keys->setSlot(name, SecretBytes::copyOf(pw.constData(), static_cast<std::size_t>(pw.size())),
                                  slotKey, masterKey, KdfParams::cheapestForTests())
                        .ok());
            query.addBindValue(name);
            query.addBindValue(slotKey.toByteArrayUnsafe());
            REQUIRE(query.exec());
        }
        return {};
    });
    REQUIRE(stored.ok());
    keys->seal(masterKey);
    REQUIRE(keys->save(Vault::keyFilePath(vault.path())).ok());
}

// ---- a key file as builds before format 2 wrote it (user names in clear, sealed over them) -----------------

void appendUInt(QByteArray& out, quint64 value) {
    char bytes[8];
    qToBigEndian(value, bytes);
    out.append(bytes, sizeof bytes);
}

void appendField(QByteArray& out, const QByteArray& field) {
    appendUInt(out, static_cast<quint64>(field.size()));
    out.append(field);
}

QByteArray fromBase64(const QJsonValue& value) {
    return QByteArray::fromBase64(value.toString().toLatin1());
}

// Rewrites the vault's (format 2) key file as format 1 with the same slots, filed under `names`, and sealed
// the way format 1 was: the canonical encoding of format 1, BLAKE2b keyed with the seal subkey of the master key.
// Written out here, independently of KeySlotFile, so the test pins what old files look like.
void rewriteAsFormat1(const QString& keyFile, const QStringList& names, const SecretBytes& masterKey) {
    const QByteArray current = readAll(keyFile);
    auto keys = KeySlotFile::fromBytes(current);
    REQUIRE(keys.ok());
    QJsonObject root = QJsonDocument::fromJson(current).object();
    const QJsonObject slots2 = root.value(QStringLiteral("slots")).toObject();
    QMap<QString, QJsonObject> byName; // format 1 hashes slots in user-name order
    for (const QString& name : names) {
        REQUIRE(slots2.contains(keys->slotId(name)));
        byName.insert(name, slots2.value(keys->slotId(name)).toObject());
    }
    QByteArray content;
    appendField(content, QByteArray("CreditCase key slots"));
    appendUInt(content, 1);
    appendField(content, root.value(QStringLiteral("vaultId")).toString().toUtf8());
    appendUInt(content, static_cast<quint64>(byName.size()));
    QJsonObject slots1;
    for (auto it = byName.cbegin(); it != byName.cend(); ++it) {
        const QJsonObject kdf = it->value(QStringLiteral("kdf")).toObject();
        const QJsonObject slotKey = it->value(QStringLiteral("slotKey")).toObject();
        const QJsonObject wrappedMaster = it->value(QStringLiteral("masterKey")).toObject();
        appendField(content, it.key().toUtf8());
        appendField(content, QByteArray("argon2id13"));
        appendUInt(content, static_cast<quint64>(kdf.value(QStringLiteral("opsLimit")).toInteger()));
        appendUInt(content, static_cast<quint64>(kdf.value(QStringLiteral("memLimitBytes")).toInteger()));
        appendField(content, fromBase64(kdf.value(QStringLiteral("salt"))));
        appendField(content, fromBase64(slotKey.value(QStringLiteral("nonce"))));
        appendField(content, fromBase64(slotKey.value(QStringLiteral("wrapped"))));
        appendField(content, fromBase64(wrappedMaster.value(QStringLiteral("nonce"))));
        appendField(content, fromBase64(wrappedMaster.value(QStringLiteral("wrapped"))));
        slots1.insert(it.key(), *it);
    }
    const char context[crypto_kdf_CONTEXTBYTES] = {'C', 'C', 's', 'l', 'o', 't', 's', '1'};
    unsigned char sealKey[crypto_generichash_KEYBYTES];
    REQUIRE(crypto_kdf_derive_from_key(sealKey, sizeof sealKey, 1, context, masterKey.data()) == 0);
    QByteArray seal(32, '\0');
    crypto_generichash(reinterpret_cast<unsigned char*>(seal.data()), 32,
                       reinterpret_cast<const unsigned char*>(content.constData()),
                       static_cast<unsigned long long>(content.size()), sealKey, sizeof sealKey);
    root.remove(QStringLiteral("userSalt"));
    root.insert(QStringLiteral("version"), 1);
    root.insert(QStringLiteral("slots"), slots1);
    root.insert(QStringLiteral("seal"), QString::fromLatin1(seal.toBase64()));
    auto withDigest = KeySlotFile::recomputeDigestForTests(QJsonDocument(root).toJson());
    REQUIRE(withDigest.ok());
    writeFile(keyFile, *withDigest);
    auto old = KeySlotFile::load(keyFile);
    REQUIRE(old.ok());
    REQUIRE(old->version() == KeySlotFile::namedFormatVersion);
    REQUIRE(old->verifySeal(masterKey).ok());
}

} // namespace

SCENARIO("An office with more users than the old 1 MiB key file keeps signing in [issue 7: key file limits]") {
    TempDir dir;
    auto created = createTestVault(dir.file(QStringLiteral("county.vault")));
    const SecretBytes masterKey = masterKeyOf(created);
    const QString keyFile = Vault::keyFilePath(created.path);

    GIVEN("1,500 users, just under the size earlier builds would read") {
        addUsersDirectly(*created.vault, masterKey, 1500);
        REQUIRE(QFileInfo(keyFile).size() < oldReadLimit);

        WHEN("the administrator adds users until the key file is over 1 MiB") {
            UserAdministration users(*created.vault);
            int added = 0;
            while (QFileInfo(keyFile).size() <= oldReadLimit + 16 * 1024) {
                REQUIRE(users
                            .addUser(officer(QStringLiteral("new.officer.%1").arg(added)), secret(kPassword),
                                     KdfParams::cheapestForTests())
                            .ok());
                ++added;
            }
            created.vault->close();

            THEN("everybody still signs in with their password, the first and the last added alike") {
                CHECK(signIn(created.path, QStringLiteral("admin")).ok());
                CHECK(signIn(created.path, QStringLiteral("user0000"), "pw-user0000").ok());
                CHECK(signIn(created.path, QStringLiteral("user1499"), "pw-user1499").ok());
                CHECK(signIn(created.path, QStringLiteral("new.officer.%1").arg(added - 1)).ok());

                // Nested, not a sibling: Catch2 would build the 1,500 users again for a sibling section.
                AND_WHEN("the administrator uses the recovery code and resets a password") {
                    auto vault = Vault::open(created.path, recovery(created.recoveryCode));
                    REQUIRE(vault.ok());
                    CHECK((*vault)->keyFileProblem().isEmpty());
                    REQUIRE(UserAdministration(**vault)
                                .resetPassword(QStringLiteral("admin"), secret("a brand new password"),
                                               KdfParams::cheapestForTests())
                                .ok());
                    CHECK((*vault)->keyFileNotice().isEmpty());
                    auto without = UserAdministration(**vault).usersWithoutKeySlot();
                    REQUIRE(without.ok());
                    CHECK(without->isEmpty());
                    (*vault)->close();

                    THEN("every other user keeps their own password") {
                        CHECK(signIn(created.path, QStringLiteral("admin"), "a brand new password").ok());
                        CHECK(signIn(created.path, QStringLiteral("user0000"), "pw-user0000").ok());
                        CHECK(signIn(created.path, QStringLiteral("user1234"), "pw-user1234").ok());
                        CHECK(signIn(created.path, QStringLiteral("new.officer.0")).ok());
                    }
                }
            }
        }
    }
}

SCENARIO("The recovery code and a password reset keep every key slot that can still be proven "
         "[issue 7: recovery path]") {
    TempDir dir;
    auto created = createTestVault(dir.file(QStringLiteral("county.vault")));
    const QString keyFile = Vault::keyFilePath(created.path);
    const QStringList officers{QStringLiteral("li.ming"), QStringLiteral("张三"), QStringLiteral("wang.fang"),
                               QStringLiteral("zhao.lei")};
    {
        UserAdministration users(*created.vault);
        for (const QString& name : officers) {
            REQUIRE(users.addUser(officer(name), secret(kPassword), KdfParams::cheapestForTests()).ok());
        }
    }
    created.vault->close();

    GIVEN("a key file damaged inside the slot of 张三") {
        damageSlotOf(keyFile, QStringLiteral("张三"));
        const QByteArray damaged = readAll(keyFile);
        REQUIRE(signIn(created.path, QStringLiteral("li.ming")).error().kind == ErrorKind::Corrupt);

        WHEN("the administrator opens the vault with the recovery code and resets their own password") {
            auto vault = Vault::open(created.path, recovery(created.recoveryCode));
            REQUIRE(vault.ok());
            CHECK_FALSE((*vault)->keyFileProblem().isEmpty());
            REQUIRE(UserAdministration(**vault)
                        .resetPassword(QStringLiteral("admin"), secret("a brand new password"),
                                       KdfParams::cheapestForTests())
                        .ok());
            const QString notice = (*vault)->keyFileNotice();
            auto without = UserAdministration(**vault).usersWithoutKeySlot();

            THEN("only 张三 lost the slot, and the administrator is told so") {
                CHECK(notice.contains(QStringLiteral("张三")));
                CHECK(notice.contains(QStringLiteral("1 key slot")));
                CHECK_FALSE(notice.contains(QStringLiteral("li.ming")));
                REQUIRE(without.ok());
                CHECK(*without == QStringList{QStringLiteral("张三")});
            }
            THEN("the damaged file is kept beside the vault, the owner's only") {
                const QStringList copies = replacedCopies(created.path);
                REQUIRE(copies.size() == 1);
                const QString copy = QFileInfo(keyFile).absoluteDir().filePath(copies.first());
                CHECK(readAll(copy) == damaged);
                CHECK(notice.contains(copies.first()));
#ifdef Q_OS_UNIX
                CHECK(modeOf(copy) == 0600);
#endif
            }
            (*vault)->close();
            THEN("everyone else signs in with their own password") {
                CHECK(signIn(created.path, QStringLiteral("admin"), "a brand new password").ok());
                for (const QString& name :
                     {QStringLiteral("li.ming"), QStringLiteral("wang.fang"), QStringLiteral("zhao.lei")}) {
                    INFO(name.toStdString());
                    CHECK(signIn(created.path, name).ok());
                }
                CHECK_FALSE(signIn(created.path, QStringLiteral("张三")).ok());
            }
            AND_WHEN("张三's password is reset too") {
                auto again = Vault::open(created.path, recovery(created.recoveryCode));
                REQUIRE(again.ok());
                REQUIRE(UserAdministration(**again)
                            .resetPassword(QStringLiteral("张三"), secret("another new password"),
                                           KdfParams::cheapestForTests())
                            .ok());
                auto none = UserAdministration(**again).usersWithoutKeySlot();
                REQUIRE(none.ok());
                CHECK(none->isEmpty());
                (*again)->close();
                THEN("nobody is left out") {
                    CHECK(signIn(created.path, QStringLiteral("张三"), "another new password").ok());
                    CHECK(signIn(created.path, QStringLiteral("li.ming")).ok());
                }
            }
        }
    }
    GIVEN("a key file whose JSON no longer parses (a damaged brace in the slot of li.ming)") {
        QByteArray bytes = readAll(keyFile);
        auto keys = KeySlotFile::fromBytes(bytes);
        REQUIRE(keys.ok());
        const qsizetype at =
            bytes.indexOf("\"kdf\": {", bytes.indexOf(keys->slotId(QStringLiteral("li.ming")).toLatin1()));
        REQUIRE(at > 0);
        bytes[at + 7] = '[';
        writeFile(keyFile, bytes);

        WHEN("the recovery code is used to reset the administrator's password") {
            auto vault = Vault::open(created.path, recovery(created.recoveryCode));
            REQUIRE(vault.ok());
            REQUIRE(UserAdministration(**vault)
                        .resetPassword(QStringLiteral("admin"), secret("a brand new password"),
                                       KdfParams::cheapestForTests())
                        .ok());
            auto without = UserAdministration(**vault).usersWithoutKeySlot();
            (*vault)->close();
            THEN("the slots around the damage are kept and only li.ming needs a reset") {
                REQUIRE(without.ok());
                CHECK(*without == QStringList{QStringLiteral("li.ming")});
                CHECK(signIn(created.path, QStringLiteral("张三")).ok());
                CHECK(signIn(created.path, QStringLiteral("zhao.lei")).ok());
                CHECK(replacedCopies(created.path).size() == 1);
            }
        }
    }
}

SCENARIO("A password session never replaces a key file it cannot read [issue 7: no blind overwrite]") {
    TempDir dir;
    auto created = createTestVault(dir.file(QStringLiteral("county.vault")));
    const QString keyFile = Vault::keyFilePath(created.path);
    REQUIRE(UserAdministration(*created.vault)
                .addUser(officer(QStringLiteral("li.ming")), secret(kPassword), KdfParams::cheapestForTests())
                .ok());

    GIVEN("the key file is damaged while the administrator works") {
        damageSlotOf(keyFile, QStringLiteral("li.ming"));
        const QByteArray before = readAll(keyFile);
        UserAdministration users(*created.vault);
        const qint64 usersBefore = users.listUsers()->size();

        WHEN("a user is added, a user is disabled, or the vault key is changed") {
            auto added =
                users.addUser(officer(QStringLiteral("new.one")), secret(kPassword), KdfParams::cheapestForTests());
            const Status disabled = users.disableUser(QStringLiteral("li.ming"));
            auto rekeyed = created.vault->rekey();

            THEN("each is refused with the way out, and the key file and the vault are unchanged") {
                REQUIRE_FALSE(added.ok());
                CHECK(added.error().message.contains(QStringLiteral("recovery code")));
                CHECK(added.error().message.contains(QStringLiteral("Nothing was changed")));
                CHECK_FALSE(disabled.ok());
                CHECK_FALSE(rekeyed.ok());
                CHECK(readAll(keyFile) == before);
                CHECK(replacedCopies(created.path).isEmpty());
                CHECK(users.listUsers()->size() == usersBefore);
                auto liMing = users.findUser(QStringLiteral("li.ming"));
                REQUIRE(liMing.ok());
                CHECK(liMing->isActive());
                created.vault->close();
                CHECK(Vault::open(created.path, recovery(created.recoveryCode)).ok()); // the old key still opens it
            }
        }
    }
}

SCENARIO("Not even the recovery code replaces a key file of a newer format [issue 7: no blind overwrite]") {
    TempDir dir;
    auto created = createTestVault(dir.file(QStringLiteral("county.vault")));
    const QString keyFile = Vault::keyFilePath(created.path);
    created.vault->close();
    QJsonObject root = QJsonDocument::fromJson(readAll(keyFile)).object();
    root.insert(QStringLiteral("version"), KeySlotFile::formatVersion + 1);
    writeFile(keyFile, QJsonDocument(root).toJson());
    const QByteArray before = readAll(keyFile);

    auto vault = Vault::open(created.path, recovery(created.recoveryCode));
    REQUIRE(vault.ok());
    const Status reset = UserAdministration(**vault).resetPassword(
        QStringLiteral("admin"), secret("a brand new password"), KdfParams::cheapestForTests());
    REQUIRE_FALSE(reset.ok());
    CHECK(reset.error().message.contains(QStringLiteral("newer version")));
    CHECK(readAll(keyFile) == before);
    CHECK(replacedCopies(created.path).isEmpty());
}

SCENARIO("An altered seal costs only the key slots the vault cannot prove [issue 7: altered key file]") {
    TempDir dir;
    auto created = createTestVault(dir.file(QStringLiteral("county.vault")));
    const QString keyFile = Vault::keyFilePath(created.path);
    UserAdministration users(*created.vault);
    for (const QString& name : {QStringLiteral("li.ming"), QStringLiteral("wang.fang")}) {
        REQUIRE(users.addUser(officer(name), secret(kPassword), KdfParams::cheapestForTests()).ok());
    }

    GIVEN("someone who may write the key file slipped in a slot of their own and resealed it with another key") {
        auto keys = KeySlotFile::load(keyFile);
        REQUIRE(keys.ok());
        const SecretBytes otherKey = SecretBytes::random(32);
        REQUIRE(keys->setSlot(QStringLiteral("mallory"), secret("mallory's password"), SecretBytes::random(32),
                              otherKey, KdfParams::cheapestForTests())
                    .ok());
        keys->seal(otherKey);
        REQUIRE(keys->save(keyFile).ok());
        REQUIRE(KeySlotFile::load(keyFile)->slotCount() == 4);

        WHEN("the administrator adds a user") {
            REQUIRE(users.addUser(officer(QStringLiteral("new.one")), secret(kPassword), KdfParams::cheapestForTests())
                        .ok());
            const QString notice = created.vault->keyFileNotice();
            created.vault->close();

            THEN("the intruder's slot is gone, every real user's slot is kept, and the administrator is told") {
                CHECK(notice.contains(QStringLiteral("1 key slot")));
                CHECK(notice.contains(QStringLiteral("Every user who had a password still has it")));
                auto after = KeySlotFile::load(keyFile);
                REQUIRE(after.ok());
                CHECK(after->slotCount() == 4);
                CHECK_FALSE(after->hasUser(QStringLiteral("mallory")));
                for (const QString& name : {QStringLiteral("admin"), QStringLiteral("li.ming"),
                                            QStringLiteral("wang.fang"), QStringLiteral("new.one")}) {
                    INFO(name.toStdString());
                    CHECK(signIn(created.path, name).ok());
                }
                CHECK_FALSE(signIn(created.path, QStringLiteral("mallory"), "mallory's password").ok());
                CHECK(replacedCopies(created.path).size() == 1);
            }
        }
    }
}

SCENARIO("The key file names nobody and is its owner's only, whatever the umask [issue 7: files beside the vault]") {
#ifndef Q_OS_UNIX
    SKIP("file modes are a Unix matter");
#else
    TempDir dir;
    const mode_t previousUmask = ::umask(022);
    const QStringList names{QStringLiteral("管理员"), QStringLiteral("张三"), QStringLiteral("欧阳娜娜"),
                            QStringLiteral("李四光"), QStringLiteral("wang.fang")};
    auto created = createTestVault(dir.file(QStringLiteral("county.vault")), names.first());
    const QString keyFile = Vault::keyFilePath(created.path);
    const QString lockFile = keyFile + QStringLiteral(".lock");

    // Watch the lock file while users are added: it only exists while a key-file write holds it.
    std::atomic<bool> adding{true};
    std::atomic<bool> lockSeen{false};
    std::set<int> lockModes; // read only after the watcher has finished
    std::thread watcher([&] {
        const QByteArray path = QFile::encodeName(lockFile);
        while (adding) {
            struct stat info {};
            if (::stat(path.constData(), &info) == 0) {
                lockModes.insert(static_cast<int>(info.st_mode & 0777));
                lockSeen = true;
            }
        }
    });
    UserAdministration users(*created.vault);
    for (const QString& name : names.mid(1)) {
        REQUIRE(users.addUser(officer(name), secret(kPassword), KdfParams::cheapestForTests()).ok());
    }
    for (int i = 0; i < 200 && !lockSeen; ++i) {
        REQUIRE(created.vault->setPassword(names.last(), secret(kPassword), KdfParams::cheapestForTests()).ok());
    }
    adding = false;
    watcher.join();
    ::umask(previousUmask);

    THEN("the key file is 0600 and so was its lock file whenever it existed") {
        CHECK(modeOf(keyFile) == 0600);
        REQUIRE_FALSE(lockModes.empty());
        CHECK(lockModes == std::set<int>{0600});
    }
    THEN("no user name is in the key file, in UTF-8 or UTF-16") {
        const QByteArray bytes = readAll(keyFile);
        for (const QString& name : names) {
            INFO(name.toStdString());
            const auto* utf16 = reinterpret_cast<const char*>(name.utf16());
            const QByteArray utf16le(utf16, name.size() * 2);
            QByteArray utf16be = utf16le;
            for (qsizetype i = 0; i + 1 < utf16be.size(); i += 2) {
                std::swap(utf16be[i], utf16be[i + 1]);
            }
            CHECK_FALSE(bytes.contains(name.toUtf8()));
            CHECK_FALSE(bytes.contains(utf16le));
            CHECK_FALSE(bytes.contains(utf16be));
        }
        CHECK(signIn(created.path, QStringLiteral("欧阳娜娜")).ok());
    }
#endif
}

SCENARIO("The command line tells who still needs a password after a recovery reset [issue 7: recovery path]") {
    CliOffice office;
    office.addUser(QStringLiteral("li.ming"), QStringLiteral("officer"));
    office.addUser(QStringLiteral("zhang.san"), QStringLiteral("officer"));
    const QString recoveryFile = writeFile(office.file(QStringLiteral("recovery.txt")), office.recoveryCode.toUtf8());

    GIVEN("a key file damaged inside the slot of zhang.san") {
        damageSlotOf(Vault::keyFilePath(office.vault), QStringLiteral("zhang.san"));
        REQUIRE(office.as(QStringLiteral("li.ming"), {QStringLiteral("user"), QStringLiteral("list")}).exitCode != 0);

        WHEN("the administrator resets their own password with the recovery code") {
            const auto reset =
                runCli({QStringLiteral("--vault"), office.vault, QStringLiteral("--recovery-file"), recoveryFile,
                        QStringLiteral("--json"), QStringLiteral("password"), QStringLiteral("reset"),
                        QStringLiteral("admin"), QStringLiteral("--new-password-file"), office.passwordFile});
            THEN("it succeeds, names zhang.san as the one who needs a reset, and li.ming signs in again") {
                INFO(reset.err.toStdString());
                REQUIRE(reset.exitCode == 0);
                const QJsonObject json = jsonOf(reset);
                CHECK(json.value(QStringLiteral("users_without_key_slot")).toArray() ==
                      QJsonArray{QStringLiteral("zhang.san")});
                CHECK(json.value(QStringLiteral("key_file_notice")).toString().contains(QStringLiteral("zhang.san")));
                CHECK(office.as(QStringLiteral("li.ming"), {QStringLiteral("user"), QStringLiteral("list")}).exitCode ==
                      0);
                CHECK(office.as(QStringLiteral("admin"), {QStringLiteral("user"), QStringLiteral("list")}).exitCode ==
                      0);
            }
        }
    }
}

SCENARIO("A key file written before format 2 still opens and names nobody after the next sign-in "
         "[issue 7: key file migration]") {
    TempDir dir;
    auto created = createTestVault(dir.file(QStringLiteral("county.vault")), QStringLiteral("管理员"));
    const QString keyFile = Vault::keyFilePath(created.path);
    REQUIRE(UserAdministration(*created.vault)
                .addUser(officer(QStringLiteral("张三")), secret(kPassword), KdfParams::cheapestForTests())
                .ok());
    created.vault->close();

    GIVEN("the key file as an earlier build wrote it, with the user names in clear") {
        rewriteAsFormat1(keyFile, {QStringLiteral("管理员"), QStringLiteral("张三")}, masterKeyOf(created));
        REQUIRE(readAll(keyFile).contains(QStringLiteral("张三").toUtf8()));

        WHEN("any user signs in, without changing anything") {
            auto vault = signIn(created.path, QStringLiteral("张三"));
            REQUIRE(vault.ok());
            CHECK((*vault)->keyFileNotice().isEmpty());
            (*vault)->close();

            THEN("the key file is already format 2 and names nobody") {
                const QByteArray bytes = readAll(keyFile);
                CHECK(QJsonDocument::fromJson(bytes).object().value(QStringLiteral("version")).toInt() == 2);
                CHECK_FALSE(bytes.contains(QStringLiteral("张三").toUtf8()));
                CHECK_FALSE(bytes.contains(QStringLiteral("管理员").toUtf8()));
                CHECK(signIn(created.path, QStringLiteral("管理员")).ok());
            }
        }
        WHEN("the administrator signs in and adds a user") {
            auto vault = signIn(created.path, QStringLiteral("管理员"));
            REQUIRE(vault.ok());
            REQUIRE(UserAdministration(**vault)
                        .addUser(officer(QStringLiteral("李四")), secret(kPassword), KdfParams::cheapestForTests())
                        .ok());
            CHECK((*vault)->keyFileNotice().isEmpty());
            (*vault)->close();

            THEN("the key file is format 2, names nobody, and every user still signs in") {
                const QByteArray bytes = readAll(keyFile);
                CHECK(QJsonDocument::fromJson(bytes).object().value(QStringLiteral("version")).toInt() == 2);
                for (const QString& name : {QStringLiteral("管理员"), QStringLiteral("张三"), QStringLiteral("李四")}) {
                    INFO(name.toStdString());
                    CHECK_FALSE(bytes.contains(name.toUtf8()));
                    CHECK(signIn(created.path, name).ok());
                }
                CHECK(replacedCopies(created.path).isEmpty());
            }
        }
    }
}

SCENARIO("A restored key file is its owner's only, whatever the umask [issue 7: files beside the vault]") {
#ifndef Q_OS_UNIX
    SKIP("file modes are a Unix matter");
#else
    TempDir dir;
    auto created = createTestVault(dir.file(QStringLiteral("county.vault")));
    const QString backup = dir.file(QStringLiteral("friday.ccbackup"));
    REQUIRE(created.vault->backup(backup).ok());
    created.vault->close();

    const mode_t previousUmask = ::umask(022);
    const Status restored = Vault::restore(created.path, backup, recovery(created.recoveryCode), {});
    ::umask(previousUmask);
    REQUIRE(restored.ok());
    CHECK(modeOf(Vault::keyFilePath(created.path)) == 0600);
    CHECK(signIn(created.path, QStringLiteral("admin")).ok());
#endif
}
