#include "crypto/KeySlotFile.h"

#include "TempDir.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <catch2/catch.hpp>
#include <cstring>
#include <functional>
#include <vector>

#ifdef Q_OS_UNIX
#include <csignal>
#include <sys/resource.h>
#endif

using namespace creditcase;
using namespace creditcase::crypto;

namespace {

SecretBytes password(const char* text) {
    return SecretBytes::copyOf(text, std::strlen(text));
}

const QString alice = QStringLiteral("alice");
const QString zhang = QStringLiteral("张三");

// A vault's key file with two users, sealed, as the Vault would write it.
struct Fixture {
    QString vaultId = KeySlotFile::newVaultId();
    SecretBytes masterKey = SecretBytes::random(32);
    SecretBytes aliceSlotKey = SecretBytes::random(32);
    SecretBytes zhangSlotKey = SecretBytes::random(32);
    KeySlotFile file = KeySlotFile::create(vaultId);

    Fixture() {
        REQUIRE(
            file.setSlot(alice, password("alice's password"), aliceSlotKey, masterKey, KdfParams::cheapestForTests())
                .ok());
        REQUIRE(
            file.setSlot(zhang, password("张三的密码"), zhangSlotKey, masterKey, KdfParams::cheapestForTests()).ok());
        file.seal(masterKey);
    }
};

QByteArray readAll(const QString& path) {
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

void writeAll(const QString& path, const QByteArray& bytes) {
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(file.write(bytes) == bytes.size());
}

// The JSON of `bytes` with `change` applied to its root object.
QByteArray edited(const QByteArray& bytes, const std::function<void(QJsonObject&)>& change) {
    QJsonObject root = QJsonDocument::fromJson(bytes).object();
    change(root);
    return QJsonDocument(root).toJson();
}

// Applies `change` to one slot object, found by user name.
void editSlot(QJsonObject& root, const QString& user, const std::function<void(QJsonObject&)>& change) {
    QJsonObject slotTable = root.value(QStringLiteral("slots")).toObject();
    QJsonObject slot = slotTable.value(user).toObject();
    change(slot);
    slotTable.insert(user, slot);
    root.insert(QStringLiteral("slots"), slotTable);
}

void editMember(QJsonObject& slot, const QString& member, const QString& field, const QJsonValue& value) {
    QJsonObject inner = slot.value(member).toObject();
    inner.insert(field, value);
    slot.insert(member, inner);
}

QString flippedBase64(const QJsonValue& value) {
    QByteArray bytes = QByteArray::fromBase64(value.toString().toLatin1());
    bytes[0] = static_cast<char>(bytes[0] ^ 0x01);
    return QString::fromLatin1(bytes.toBase64());
}

QString randomBase64(int size) {
    return QString::fromLatin1(SecretBytes::random(static_cast<std::size_t>(size)).toByteArrayUnsafe().toBase64());
}

// Everything the Vault does to let a user in; the first failure, if any.
Status signIn(const KeySlotFile& file, const QString& user, const SecretBytes& userPassword,
              const SecretBytes& expectedMasterKey) {
    Result<SecretBytes> slotKey = file.unwrapSlotKey(user, userPassword);
    if (!slotKey) {
        return slotKey.error();
    }
    Result<SecretBytes> masterKey = file.unwrapMasterKey(user, *slotKey);
    if (!masterKey) {
        return masterKey.error();
    }
    REQUIRE(masterKey->equals(expectedMasterKey));
    return file.verifySeal(*masterKey);
}

} // namespace

TEST_CASE("KeySlotFile slots round-trip through bytes and through a file") {
    Fixture f;
    test::TempDir dir;
    const QString path = dir.file(QStringLiteral("cases.vault.keys"));
    REQUIRE(f.file.save(path).ok());

    Result<KeySlotFile> loaded = KeySlotFile::load(path);
    REQUIRE(loaded.ok());
    CHECK(loaded->vaultId() == f.vaultId);
    CHECK(loaded->users() == QStringList{alice, zhang});
    CHECK(loaded->hasUser(zhang));
    CHECK_FALSE(loaded->hasUser(QStringLiteral("Alice")));
    CHECK(loaded->kdfParams(alice) == KdfParams::cheapestForTests());
    CHECK(loaded->kdfParams(QStringLiteral("nobody")) == KdfParams{});
    CHECK(loaded->isSealed());
    CHECK(loaded->toBytes() == f.file.toBytes());

    Result<SecretBytes> aliceSlotKey = loaded->unwrapSlotKey(alice, password("alice's password"));
    REQUIRE(aliceSlotKey.ok());
    CHECK(aliceSlotKey->equals(f.aliceSlotKey));
    Result<SecretBytes> zhangSlotKey = loaded->unwrapSlotKey(zhang, password("张三的密码"));
    REQUIRE(zhangSlotKey.ok());
    CHECK(zhangSlotKey->equals(f.zhangSlotKey));

    for (const auto& [user, slotKey] : {std::pair{alice, &*aliceSlotKey}, std::pair{zhang, &*zhangSlotKey}}) {
        Result<SecretBytes> masterKey = loaded->unwrapMasterKey(user, *slotKey);
        REQUIRE(masterKey.ok());
        CHECK(masterKey->equals(f.masterKey));
    }
    CHECK(loaded->verifySeal(f.masterKey).ok());
}

TEST_CASE("KeySlotFile reads key files written by earlier builds (format 1)") {
    // Written once by KeySlotFile (cheapest Argon2id, slot key 32 x 0x11, master key 32 x 0x22) and pinned
    // here: if the encoding behind the digest, the seal or the associated data changed, every existing key
    // file would stop opening, and this test says so.
    const QByteArray stored = R"({
    "digest": "fdvNnBxyr/7HRl64KkPeRBwb2/nmfd43eo2ibhjOAIU=",
    "format": "creditcase-keyslots",
    "seal": "UU0cHoBkflKlzJtDlrZwjHh1S61BiPCIqSvX7Mmr3P0=",
    "slots": {
        "管理员": {
            "kdf": {
                "alg": "argon2id13",
                "memLimitBytes": 8192,
                "opsLimit": 1,
                "salt": "i6GpNluIKflQGM0TpwauOA=="
            },
            "masterKey": {
                "nonce": "EdEaFucoZs/4VZKLnkJLq7VmoZCm/Cke",
                "wrapped": "qlEuiTTOOT1AcOVD55NRwCLxxk4N5zEZPyn/t2epMxMFwp4iIOb6RkHnPE2xP+bX"
            },
            "slotKey": {
                "nonce": "wuA0vwNxhPTUpiid2lCflrLO/BD9kovy",
                "wrapped": "h2E+VLlnSzqMGMFI8bdoxl2RmxjVltkMzVXYPjtIyaQeEkiVPqNzzrCslqTtWqka"
            }
        }
    },
    "vaultId": "00112233445566778899aabbccddeeff",
    "version": 1
})";
    const QString admin = QStringLiteral("管理员");
    Result<KeySlotFile> file = KeySlotFile::fromBytes(stored);
    REQUIRE(file.ok());
    CHECK(file->vaultId() == QStringLiteral("00112233445566778899aabbccddeeff"));
    CHECK(file->users() == QStringList{admin});

    Result<SecretBytes> slotKey = file->unwrapSlotKey(admin, password("correct horse battery staple"));
    REQUIRE(slotKey.ok());
    CHECK(slotKey->toByteArrayUnsafe() == QByteArray(32, '\x11'));
    Result<SecretBytes> masterKey = file->unwrapMasterKey(admin, *slotKey);
    REQUIRE(masterKey.ok());
    CHECK(masterKey->toByteArrayUnsafe() == QByteArray(32, '\x22'));
    CHECK(file->verifySeal(*masterKey).ok());
    CHECK(file->toBytes() == stored + '\n');
}

TEST_CASE("KeySlotFile refuses a wrong password without touching the file") {
    Fixture f;
    test::TempDir dir;
    const QString path = dir.file(QStringLiteral("v.keys"));
    REQUIRE(f.file.save(path).ok());
    const QByteArray before = readAll(path);

    Result<KeySlotFile> loaded = KeySlotFile::load(path);
    REQUIRE(loaded.ok());
    const Result<SecretBytes> wrong = loaded->unwrapSlotKey(alice, password("alice's passwore"));
    REQUIRE_FALSE(wrong.ok());
    CHECK(wrong.error().kind == ErrorKind::AuthenticationFailed);
    CHECK(readAll(path) == before);
    CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden) == QStringList{QStringLiteral("v.keys")});
}

TEST_CASE("KeySlotFile answers an unknown user exactly like a wrong password") {
    Fixture f;
    const Result<SecretBytes> wrongPassword = f.file.unwrapSlotKey(alice, password("guess"));
    const Result<SecretBytes> unknownUser = f.file.unwrapSlotKey(QStringLiteral("mallory"), password("guess"));
    const Result<SecretBytes> otherUsersPassword = f.file.unwrapSlotKey(alice, password("张三的密码"));
    REQUIRE_FALSE(wrongPassword.ok());
    REQUIRE_FALSE(unknownUser.ok());
    REQUIRE_FALSE(otherUsersPassword.ok());
    CHECK(unknownUser.error().kind == ErrorKind::AuthenticationFailed);
    CHECK(unknownUser.error().kind == wrongPassword.error().kind);
    CHECK(unknownUser.error().message == wrongPassword.error().message);
    CHECK(otherUsersPassword.error().message == wrongPassword.error().message);
    CHECK(wrongPassword.error().message.contains(QStringLiteral("user name or the password")));
}

TEST_CASE("KeySlotFile detects every edited field, before and after the digest is recomputed") {
    Fixture f;
    const QByteArray original = f.file.toBytes();

    struct Tamper {
        const char* what;
        std::function<void(QJsonObject&)> change;
        QString signInAs; // the user whose sign-in must now fail
    };
    const std::vector<Tamper> tampers = {
        {"salt",
         [](QJsonObject& root) {
             editSlot(root, alice, [](QJsonObject& slot) {
                 editMember(slot, QStringLiteral("kdf"), QStringLiteral("salt"), randomBase64(16));
             });
         },
         alice},
        {"opsLimit",
         [](QJsonObject& root) {
             editSlot(root, alice, [](QJsonObject& slot) {
                 editMember(slot, QStringLiteral("kdf"), QStringLiteral("opsLimit"), 2);
             });
         },
         alice},
        {"memLimitBytes",
         [](QJsonObject& root) {
             editSlot(root, alice, [](QJsonObject& slot) {
                 editMember(slot, QStringLiteral("kdf"), QStringLiteral("memLimitBytes"), 16384);
             });
         },
         alice},
        {"slot key nonce",
         [](QJsonObject& root) {
             editSlot(root, alice, [](QJsonObject& slot) {
                 editMember(slot, QStringLiteral("slotKey"), QStringLiteral("nonce"), randomBase64(24));
             });
         },
         alice},
        {"wrapped slot key",
         [](QJsonObject& root) {
             editSlot(root, alice, [](QJsonObject& slot) {
                 const QJsonValue wrapped = slot.value(QStringLiteral("slotKey")).toObject().value(u"wrapped");
                 editMember(slot, QStringLiteral("slotKey"), QStringLiteral("wrapped"), flippedBase64(wrapped));
             });
         },
         alice},
        {"master key nonce",
         [](QJsonObject& root) {
             editSlot(root, alice, [](QJsonObject& slot) {
                 editMember(slot, QStringLiteral("masterKey"), QStringLiteral("nonce"), randomBase64(24));
             });
         },
         alice},
        {"wrapped master key",
         [](QJsonObject& root) {
             editSlot(root, zhang, [](QJsonObject& slot) {
                 const QJsonValue wrapped = slot.value(QStringLiteral("masterKey")).toObject().value(u"wrapped");
                 editMember(slot, QStringLiteral("masterKey"), QStringLiteral("wrapped"), flippedBase64(wrapped));
             });
         },
         zhang},
        {"user name",
         [](QJsonObject& root) {
             QJsonObject slotTable = root.value(QStringLiteral("slots")).toObject();
             slotTable.insert(QStringLiteral("carol"), slotTable.take(alice));
             root.insert(QStringLiteral("slots"), slotTable);
         },
         QStringLiteral("carol")},
        {"vault id", [](QJsonObject& root) { root.insert(QStringLiteral("vaultId"), KeySlotFile::newVaultId()); },
         alice},
        {"seal",
         [](QJsonObject& root) {
             root.insert(QStringLiteral("seal"), flippedBase64(root.value(QStringLiteral("seal"))));
         },
         alice},
    };

    for (const Tamper& tamper : tampers) {
        INFO("edited: " << tamper.what);
        const QByteArray forged = edited(original, tamper.change);
        REQUIRE(forged != original);

        // A naive edit: caught by the digest before any password is tried.
        const Result<KeySlotFile> naive = KeySlotFile::fromBytes(forged);
        REQUIRE_FALSE(naive.ok());
        CHECK(naive.error().kind == ErrorKind::Corrupt);
        CHECK(naive.error().message.contains(QStringLiteral("damaged or was altered")));
        CHECK(naive.error().message.contains(QStringLiteral("recovery code")));

        // A deliberate forgery with a recomputed digest: read fine, but nobody gets in through it.
        const Result<QByteArray> redigested = KeySlotFile::recomputeDigestForTests(forged);
        REQUIRE(redigested.ok());
        const Result<KeySlotFile> forgery = KeySlotFile::fromBytes(*redigested);
        REQUIRE(forgery.ok());
        const SecretBytes signInPassword =
            tamper.signInAs == zhang ? password("张三的密码") : password("alice's password");
        const Status signedIn = signIn(*forgery, tamper.signInAs, signInPassword, f.masterKey);
        CHECK_FALSE(signedIn.ok());
        CHECK(forgery->verifySeal(f.masterKey).error().kind == ErrorKind::Corrupt);
    }
}

TEST_CASE("KeySlotFile binds each wrap to the right failure") {
    Fixture f;
    const auto forge = [&](const std::function<void(QJsonObject&)>& change) {
        Result<QByteArray> bytes = KeySlotFile::recomputeDigestForTests(edited(f.file.toBytes(), change));
        REQUIRE(bytes.ok());
        Result<KeySlotFile> file = KeySlotFile::fromBytes(*bytes);
        REQUIRE(file.ok());
        return file.take();
    };

    SECTION("an edited Argon2id cost makes the password look wrong") {
        const KeySlotFile forged = forge([](QJsonObject& root) {
            editSlot(root, alice,
                     [](QJsonObject& slot) { editMember(slot, QStringLiteral("kdf"), QStringLiteral("opsLimit"), 2); });
        });
        CHECK(forged.unwrapSlotKey(alice, password("alice's password")).error().kind ==
              ErrorKind::AuthenticationFailed);
    }
    SECTION("an edited master key wrap is reported as an altered file, not as a wrong password") {
        const KeySlotFile forged = forge([](QJsonObject& root) {
            editSlot(root, alice, [](QJsonObject& slot) {
                editMember(slot, QStringLiteral("masterKey"), QStringLiteral("nonce"), randomBase64(24));
            });
        });
        Result<SecretBytes> slotKey = forged.unwrapSlotKey(alice, password("alice's password"));
        REQUIRE(slotKey.ok());
        const Result<SecretBytes> masterKey = forged.unwrapMasterKey(alice, *slotKey);
        REQUIRE_FALSE(masterKey.ok());
        CHECK(masterKey.error().kind == ErrorKind::Corrupt);
    }
}

TEST_CASE("KeySlotFile refuses a slot copied from another vault's key file") {
    Fixture target;
    const SecretBytes otherMasterKey = SecretBytes::random(32);

    SECTION("the copied slot's wraps are bound to the other vault's id") {
        KeySlotFile other = KeySlotFile::create(KeySlotFile::newVaultId());
        REQUIRE(other
                    .setSlot(QStringLiteral("mallory"), password("mallory's password"), SecretBytes::random(32),
                             otherMasterKey, KdfParams::cheapestForTests())
                    .ok());
        const QJsonObject malloryslot = QJsonDocument::fromJson(other.toBytes())
                                            .object()
                                            .value(QStringLiteral("slots"))
                                            .toObject()
                                            .value(QStringLiteral("mallory"))
                                            .toObject();
        const QByteArray merged = edited(target.file.toBytes(), [&](QJsonObject& root) {
            QJsonObject slotTable = root.value(QStringLiteral("slots")).toObject();
            slotTable.insert(QStringLiteral("mallory"), malloryslot);
            root.insert(QStringLiteral("slots"), slotTable);
        });
        CHECK(KeySlotFile::fromBytes(merged).error().kind == ErrorKind::Corrupt);

        Result<KeySlotFile> forged = KeySlotFile::fromBytes(*KeySlotFile::recomputeDigestForTests(merged));
        REQUIRE(forged.ok());
        CHECK(forged->unwrapSlotKey(QStringLiteral("mallory"), password("mallory's password")).error().kind ==
              ErrorKind::AuthenticationFailed);
        CHECK(forged->verifySeal(target.masterKey).error().kind == ErrorKind::Corrupt);
    }
    SECTION("a slot forged for this vault's id opens, but the seal gives it away") {
        KeySlotFile forger = KeySlotFile::create(target.vaultId);
        REQUIRE(forger
                    .setSlot(QStringLiteral("mallory"), password("mallory's password"), SecretBytes::random(32),
                             otherMasterKey, KdfParams::cheapestForTests())
                    .ok());
        const QJsonObject malloryslot = QJsonDocument::fromJson(forger.toBytes())
                                            .object()
                                            .value(QStringLiteral("slots"))
                                            .toObject()
                                            .value(QStringLiteral("mallory"))
                                            .toObject();
        const QByteArray merged = edited(target.file.toBytes(), [&](QJsonObject& root) {
            QJsonObject slotTable = root.value(QStringLiteral("slots")).toObject();
            slotTable.insert(QStringLiteral("mallory"), malloryslot);
            root.insert(QStringLiteral("slots"), slotTable);
        });
        Result<KeySlotFile> forged = KeySlotFile::fromBytes(*KeySlotFile::recomputeDigestForTests(merged));
        REQUIRE(forged.ok());
        Result<SecretBytes> slotKey = forged->unwrapSlotKey(QStringLiteral("mallory"), password("mallory's password"));
        REQUIRE(slotKey.ok());
        Result<SecretBytes> masterKey = forged->unwrapMasterKey(QStringLiteral("mallory"), *slotKey);
        REQUIRE(masterKey.ok());
        CHECK_FALSE(masterKey->equals(target.masterKey));
        CHECK(forged->verifySeal(*masterKey).error().kind == ErrorKind::Corrupt);
        CHECK(forged->verifySeal(target.masterKey).error().kind == ErrorKind::Corrupt);
        // The genuine users are still fine, apart from the seal that now reports the intrusion.
        CHECK(forged->unwrapSlotKey(alice, password("alice's password")).ok());
    }
}

TEST_CASE("KeySlotFile::load tells a missing file from a damaged one") {
    test::TempDir dir;

    SECTION("missing") {
        const Result<KeySlotFile> missing = KeySlotFile::load(dir.file(QStringLiteral("absent.keys")));
        REQUIRE_FALSE(missing.ok());
        CHECK(missing.error().kind == ErrorKind::NotFound);
        CHECK(missing.error().message.contains(QStringLiteral("recovery code")));
        CHECK(missing.error().message.contains(QStringLiteral("absent.keys")));
    }
    SECTION("damaged bytes") {
        Fixture f;
        QByteArray bytes = f.file.toBytes();
        bytes.truncate(bytes.size() / 2);
        writeAll(dir.file(QStringLiteral("half.keys")), bytes);
        const Result<KeySlotFile> half = KeySlotFile::load(dir.file(QStringLiteral("half.keys")));
        REQUIRE_FALSE(half.ok());
        CHECK(half.error().kind == ErrorKind::Corrupt);
        CHECK(half.error().message.contains(QStringLiteral("half.keys")));
        CHECK(half.error().message.contains(QStringLiteral("recovery code")));
    }
    SECTION("some other JSON file") {
        const Result<KeySlotFile> other = KeySlotFile::fromBytes(R"({"name": "not a key file"})");
        REQUIRE_FALSE(other.ok());
        CHECK(other.error().kind == ErrorKind::Corrupt);
    }
    SECTION("an unexpected extra field") {
        Fixture f;
        const QByteArray extra = edited(f.file.toBytes(), [](QJsonObject& root) {
            editSlot(root, alice, [](QJsonObject& slot) { slot.insert(QStringLiteral("admin"), true); });
        });
        const Result<QByteArray> redigested = KeySlotFile::recomputeDigestForTests(extra);
        REQUIRE_FALSE(redigested.ok());
        CHECK(redigested.error().kind == ErrorKind::Corrupt);
        CHECK(redigested.error().message.contains(QStringLiteral("/slots/alice")));
    }
    SECTION("an Argon2id cost beyond the bounds") {
        Fixture f;
        const QByteArray huge = edited(f.file.toBytes(), [](QJsonObject& root) {
            editSlot(root, alice, [](QJsonObject& slot) {
                editMember(slot, QStringLiteral("kdf"), QStringLiteral("opsLimit"), 1000000);
            });
        });
        CHECK(KeySlotFile::recomputeDigestForTests(huge).error().kind == ErrorKind::Corrupt);
    }
    SECTION("written by a newer version") {
        Fixture f;
        const QByteArray newer = edited(f.file.toBytes(), [](QJsonObject& root) {
            root.insert(QStringLiteral("version"), KeySlotFile::formatVersion + 1);
        });
        const Result<KeySlotFile> result = KeySlotFile::fromBytes(newer);
        REQUIRE_FALSE(result.ok());
        CHECK(result.error().kind == ErrorKind::Failure);
        CHECK(result.error().message.contains(QStringLiteral("newer version")));
    }
}

TEST_CASE("KeySlotFile::setSlot replaces a slot and refuses malformed input without changing anything") {
    Fixture f;

    SECTION("a new password replaces the old one") {
        const KdfParams twoPasses{2, KdfParams::cheapestForTests().memLimitBytes};
        REQUIRE(f.file.setSlot(alice, password("new password"), f.aliceSlotKey, f.masterKey, twoPasses).ok());
        CHECK_FALSE(f.file.isSealed());
        CHECK(f.file.kdfParams(alice) == twoPasses);
        CHECK(f.file.unwrapSlotKey(alice, password("alice's password")).error().kind ==
              ErrorKind::AuthenticationFailed);
        Result<SecretBytes> slotKey = f.file.unwrapSlotKey(alice, password("new password"));
        REQUIRE(slotKey.ok());
        CHECK(slotKey->equals(f.aliceSlotKey));
        f.file.seal(f.masterKey);
        CHECK(f.file.verifySeal(f.masterKey).ok());
    }
    SECTION("malformed input") {
        const QByteArray before = f.file.toBytes();
        const auto cheapest = KdfParams::cheapestForTests();
        const Status noName =
            f.file.setSlot(QStringLiteral("  "), password("pw"), f.aliceSlotKey, f.masterKey, cheapest);
        const Status shortKey = f.file.setSlot(alice, password("pw"), SecretBytes::random(16), f.masterKey, cheapest);
        const Status shortMaster = f.file.setSlot(alice, password("pw"), f.aliceSlotKey, SecretBytes(31), cheapest);
        const Status badCost = f.file.setSlot(alice, password("pw"), f.aliceSlotKey, f.masterKey, KdfParams{});
        for (const Status* status : {&noName, &shortKey, &shortMaster, &badCost}) {
            REQUIRE_FALSE(status->ok());
            CHECK(status->error().kind == ErrorKind::Usage);
        }
        CHECK(f.file.toBytes() == before);
        CHECK(f.file.isSealed());
    }
}

TEST_CASE("KeySlotFile::rewrapMasterKey moves every slot to a new master key") {
    Fixture f;
    const SecretBytes newMasterKey = SecretBytes::random(32);
    REQUIRE(f.file.rewrapMasterKey(alice, f.aliceSlotKey, newMasterKey).ok());
    REQUIRE(f.file.rewrapMasterKey(zhang, f.zhangSlotKey, newMasterKey).ok());
    CHECK_FALSE(f.file.isSealed());
    f.file.seal(newMasterKey);

    Result<KeySlotFile> reloaded = KeySlotFile::fromBytes(f.file.toBytes());
    REQUIRE(reloaded.ok());
    CHECK(signIn(*reloaded, alice, password("alice's password"), newMasterKey).ok());
    CHECK(signIn(*reloaded, zhang, password("张三的密码"), newMasterKey).ok());
    CHECK(reloaded->verifySeal(f.masterKey).error().kind == ErrorKind::Corrupt);

    SECTION("a wrong slot key changes nothing") {
        const QByteArray before = f.file.toBytes();
        const Status wrong = f.file.rewrapMasterKey(alice, f.zhangSlotKey, SecretBytes::random(32));
        REQUIRE_FALSE(wrong.ok());
        CHECK(wrong.error().kind == ErrorKind::Corrupt);
        CHECK(f.file.toBytes() == before);
    }
    SECTION("an unknown user") {
        CHECK(f.file.rewrapMasterKey(QStringLiteral("nobody"), f.aliceSlotKey, newMasterKey).error().kind ==
              ErrorKind::NotFound);
    }
}

TEST_CASE("KeySlotFile::removeSlot takes a user's password out of the file") {
    Fixture f;
    REQUIRE(f.file.removeSlot(alice).ok());
    CHECK(f.file.users() == QStringList{zhang});
    CHECK_FALSE(f.file.isSealed());
    f.file.seal(f.masterKey);
    CHECK(f.file.unwrapSlotKey(alice, password("alice's password")).error().kind == ErrorKind::AuthenticationFailed);
    CHECK(signIn(f.file, zhang, password("张三的密码"), f.masterKey).ok());
    CHECK(f.file.removeSlot(alice).error().kind == ErrorKind::NotFound);
}

TEST_CASE("KeySlotFile seal is made and checked with the master key only") {
    Fixture f;
    CHECK(f.file.verifySeal(f.masterKey).ok());
    CHECK(f.file.verifySeal(SecretBytes::random(32)).error().kind == ErrorKind::Corrupt);
    CHECK(f.file.verifySeal(SecretBytes()).error().kind == ErrorKind::Corrupt);

    KeySlotFile unsealed = KeySlotFile::create(KeySlotFile::newVaultId());
    CHECK_FALSE(unsealed.isSealed());
    CHECK(unsealed.verifySeal(f.masterKey).error().kind == ErrorKind::Corrupt);
}

TEST_CASE("KeySlotFile::save is atomic and refuses to write an unsealed file") {
    test::TempDir dir;
    Fixture f;
    const QString path = dir.file(QStringLiteral("v.keys"));
    REQUIRE(f.file.save(path).ok());
    const QByteArray before = readAll(path);

    // A changed file whose save will fail in the ways below.
    REQUIRE(f.file
                .setSlot(QStringLiteral("bob"), password("bob's password"), SecretBytes::random(32), f.masterKey,
                         KdfParams::cheapestForTests())
                .ok());

    SECTION("unsealed") {
        const Status unsealed = f.file.save(path);
        REQUIRE_FALSE(unsealed.ok());
        CHECK(unsealed.error().kind == ErrorKind::Failure);
        CHECK(readAll(path) == before);
        CHECK_FALSE(f.file.save(dir.file(QStringLiteral("new.keys"))).ok());
        CHECK_FALSE(QFile::exists(dir.file(QStringLiteral("new.keys"))));
    }
    f.file.seal(f.masterKey);

    SECTION("into a folder that does not exist") {
        const Status status = f.file.save(dir.file(QStringLiteral("v.keys/inside.keys")));
        REQUIRE_FALSE(status.ok());
        CHECK(status.error().kind == ErrorKind::Failure);
        CHECK(status.error().message.contains(QStringLiteral("inside.keys")));
        CHECK(readAll(path) == before);
    }
    SECTION("into a folder that may not be written") {
        REQUIRE(QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::ExeOwner));
        const bool stillWritable = QFileInfo(dir.path()).isWritable(); // root ignores permissions
        if (stillWritable) {
            WARN("running as a user who ignores permissions; the write-limit section covers this case");
        } else {
            const Status status = f.file.save(path);
            REQUIRE_FALSE(status.ok());
            CHECK(status.error().kind == ErrorKind::Failure);
        }
        REQUIRE(QFile::setPermissions(dir.path(),
                                      QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner));
        CHECK(readAll(path) == before);
    }
#ifdef Q_OS_UNIX
    SECTION("when writing fails half-way (file size limit)") {
        rlimit previous{};
        REQUIRE(getrlimit(RLIMIT_FSIZE, &previous) == 0);
        const auto previousHandler = std::signal(SIGXFSZ, SIG_IGN);
        rlimit small = previous;
        small.rlim_cur = 64;
        REQUIRE(setrlimit(RLIMIT_FSIZE, &small) == 0);

        const Status status = f.file.save(path);

        setrlimit(RLIMIT_FSIZE, &previous);
        std::signal(SIGXFSZ, previousHandler);
        REQUIRE_FALSE(status.ok());
        CHECK(status.error().kind == ErrorKind::Failure);
        CHECK(readAll(path) == before);
        CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden) == QStringList{QStringLiteral("v.keys")});
    }
#endif
    SECTION("and a save that succeeds replaces the file") {
        REQUIRE(f.file.save(path).ok());
        Result<KeySlotFile> loaded = KeySlotFile::load(path);
        REQUIRE(loaded.ok());
        CHECK(loaded->hasUser(QStringLiteral("bob")));
    }
}
