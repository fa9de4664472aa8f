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
#include <sys/stat.h>
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

// The id under which the key file `root` keeps the user's slot (the file names nobody).
QString slotIdIn(const QJsonObject& root, const QString& user) {
    const Result<QByteArray> bytes = KeySlotFile::recomputeDigestForTests(QJsonDocument(root).toJson());
    REQUIRE(bytes.ok());
    const Result<KeySlotFile> file = KeySlotFile::fromBytes(*bytes);
    REQUIRE(file.ok());
    return file->slotId(user);
}

// Applies `change` to one slot object, found by user name.
void editSlot(QJsonObject& root, const QString& user, const std::function<void(QJsonObject&)>& change) {
    const QString id = slotIdIn(root, user);
    QJsonObject slotTable = root.value(QStringLiteral("slots")).toObject();
    REQUIRE(slotTable.contains(id));
    QJsonObject slot = slotTable.value(id).toObject();
    change(slot);
    slotTable.insert(id, slot);
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
    CHECK(loaded->slotCount() == 2);
    CHECK(loaded->hasUser(alice));
    CHECK(loaded->version() == KeySlotFile::formatVersion);
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
    CHECK(file->slotCount() == 1);
    CHECK(file->hasUser(admin));
    CHECK(file->version() == KeySlotFile::namedFormatVersion);

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
             const QString carolsId = slotIdIn(root, QStringLiteral("carol"));
             const QString alicesId = slotIdIn(root, alice);
             QJsonObject slotTable = root.value(QStringLiteral("slots")).toObject();
             slotTable.insert(carolsId, slotTable.take(alicesId));
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
                                            .value(other.slotId(QStringLiteral("mallory")))
                                            .toObject();
        REQUIRE_FALSE(malloryslot.isEmpty());
        const QByteArray merged = edited(target.file.toBytes(), [&](QJsonObject& root) {
            QJsonObject slotTable = root.value(QStringLiteral("slots")).toObject();
            slotTable.insert(target.file.slotId(QStringLiteral("mallory")), malloryslot);
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
                                            .value(forger.slotId(QStringLiteral("mallory")))
                                            .toObject();
        REQUIRE_FALSE(malloryslot.isEmpty());
        const QByteArray merged = edited(target.file.toBytes(), [&](QJsonObject& root) {
            QJsonObject slotTable = root.value(QStringLiteral("slots")).toObject();
            slotTable.insert(target.file.slotId(QStringLiteral("mallory")), malloryslot);
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
        CHECK(redigested.error().message.contains(QStringLiteral("/slots/") + f.file.slotId(alice)));
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
    CHECK(f.file.slotCount() == 1);
    CHECK_FALSE(f.file.hasUser(alice));
    CHECK(f.file.hasUser(zhang));
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
        // Root ignores permission bits (CI runs as root), so the folder that refuses root too is /proc: nobody
        // may create a file there. The permission-bit case is checked as well where it means something.
        const Status refusedEverywhere = f.file.save(QStringLiteral("/proc/creditcase-test.keys"));
        REQUIRE_FALSE(refusedEverywhere.ok());
        CHECK(refusedEverywhere.error().kind == ErrorKind::Failure);
        CHECK(refusedEverywhere.error().message.contains(QStringLiteral("creditcase-test.keys")));
        CHECK_FALSE(QFile::exists(QStringLiteral("/proc/creditcase-test.keys")));
        if (!QFileInfo(dir.path()).isWritable()) {
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

// ---- size limits, names, salvage, migration, permissions ------------------------------------------

namespace {

QString userNumber(int i) {
    return QStringLiteral("user%1").arg(i, 5, 10, QLatin1Char('0'));
}

// A sealed key file with `count` users user00000.., each with password "pw-<name>", cheapest Argon2id.
KeySlotFile manyUsers(int count, const SecretBytes& masterKey, std::vector<SecretBytes>* slotKeys = nullptr) {
    KeySlotFile file = KeySlotFile::create(KeySlotFile::newVaultId());
    for (int i = 0; i < count; ++i) {
        SecretBytes slotKey = SecretBytes::random(32);
        const QByteArray pw = "pw-" + userNumber(i).toLatin1();
        REQUIRE(file.setSlot(userNumber(i), SecretBytes::copyOf(pw.constData(), static_cast<std::size_t>(pw.size())),
                             slotKey, masterKey, KdfParams::cheapestForTests())
                    .ok());
        if (slotKeys) {
            slotKeys->push_back(std::move(slotKey));
        }
    }
    file.seal(masterKey);
    return file;
}

SecretBytes passwordOf(int i) {
    const QByteArray pw = "pw-" + userNumber(i).toLatin1();
    return SecretBytes::copyOf(pw.constData(), static_cast<std::size_t>(pw.size()));
}

} // namespace

TEST_CASE("KeySlotFile holds 10,000 users: what save writes, load reads") {
    // The old 1 MiB read limit stopped at about 1,700 users while saving went on: every login then failed.
    const SecretBytes masterKey = SecretBytes::random(32);
    const KeySlotFile file = manyUsers(10000, masterKey);
    test::TempDir dir;
    const QString path = dir.file(QStringLiteral("big.keys"));
    REQUIRE(file.save(path).ok());
    CHECK(QFileInfo(path).size() > 4 * 1024 * 1024);
    CHECK(QFileInfo(path).size() <= KeySlotFile::maxFileBytes);

    Result<KeySlotFile> loaded = KeySlotFile::load(path);
    REQUIRE(loaded.ok());
    CHECK(loaded->slotCount() == 10000);
    CHECK(loaded->verifySeal(masterKey).ok());
    for (int i : {0, 4321, 9999}) {
        Result<SecretBytes> slotKey = loaded->unwrapSlotKey(userNumber(i), passwordOf(i));
        REQUIRE(slotKey.ok());
        CHECK(loaded->unwrapMasterKey(userNumber(i), *slotKey)->equals(masterKey));
    }
}

TEST_CASE("KeySlotFile round-trips at its slot limit, with the largest Argon2id cost accepted") {
    // maxSlots slots whose every number has the most digits load() accepts: the largest file save() can write.
    const SecretBytes masterKey = SecretBytes::random(32);
    const KeySlotFile one = manyUsers(1, masterKey);
    QJsonObject root = QJsonDocument::fromJson(one.toBytes()).object();
    QJsonObject slot = root.value(QStringLiteral("slots")).toObject().begin().value().toObject();
    editMember(slot, QStringLiteral("kdf"), QStringLiteral("opsLimit"), static_cast<qint64>(KdfParams::maxOpsLimit));
    editMember(slot, QStringLiteral("kdf"), QStringLiteral("memLimitBytes"),
               static_cast<qint64>(KdfParams::maxMemLimitBytes));
    QJsonObject slotTable;
    for (int i = 0; i < KeySlotFile::maxSlots; ++i) {
        slotTable.insert(QString::fromLatin1(SecretBytes::random(32).toByteArrayUnsafe().toHex()), slot);
    }
    root.insert(QStringLiteral("slots"), slotTable);
    Result<QByteArray> bytes = KeySlotFile::recomputeDigestForTests(QJsonDocument(root).toJson());
    REQUIRE(bytes.ok());
    CHECK(bytes->size() <= KeySlotFile::maxFileBytes);
    CHECK(bytes->size() / KeySlotFile::maxSlots <= KeySlotFile::slotBytesBound);

    Result<KeySlotFile> atLimit = KeySlotFile::fromBytes(*bytes);
    REQUIRE(atLimit.ok());
    KeySlotFile full = atLimit.take();
    full.seal(masterKey);
    test::TempDir dir;
    const QString path = dir.file(QStringLiteral("full.keys"));
    REQUIRE(full.save(path).ok());
    Result<KeySlotFile> reloaded = KeySlotFile::load(path);
    REQUIRE(reloaded.ok());
    CHECK(reloaded->slotCount() == KeySlotFile::maxSlots);

    SECTION("one more user is refused with a clear message, and nothing changes") {
        const QByteArray before = full.toBytes();
        const Status more = full.setSlot(QStringLiteral("one.too.many"), password("a password"),
                                         SecretBytes::random(32), masterKey, KdfParams::cheapestForTests());
        REQUIRE_FALSE(more.ok());
        CHECK(more.error().kind == ErrorKind::Refused);
        CHECK(more.error().message.contains(QString::number(KeySlotFile::maxSlots)));
        CHECK(full.toBytes() == before);
    }
    SECTION("a file with more slots than load() reads is neither read nor written") {
        slotTable.insert(QString::fromLatin1(SecretBytes::random(32).toByteArrayUnsafe().toHex()), slot);
        root.insert(QStringLiteral("slots"), slotTable);
        const QByteArray tooMany = QJsonDocument(root).toJson();
        const Result<QByteArray> counted = KeySlotFile::recomputeDigestForTests(tooMany);
        REQUIRE_FALSE(counted.ok());
        CHECK(counted.error().message.contains(QString::number(KeySlotFile::maxSlots + 1)));
        Result<KeySlotFile> salvaged = KeySlotFile::salvage(tooMany);
        REQUIRE(salvaged.ok());
        REQUIRE(salvaged->slotCount() == KeySlotFile::maxSlots + 1);
        salvaged->seal(masterKey);
        const QByteArray before = readAll(path);
        const Status saved = salvaged->save(path);
        REQUIRE_FALSE(saved.ok());
        CHECK(saved.error().message.contains(QStringLiteral("Nothing was written")));
        CHECK(readAll(path) == before);
        CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden) == QStringList{QStringLiteral("full.keys")});

        writeAll(path, salvaged->toBytes());
        const Result<KeySlotFile> refused = KeySlotFile::load(path);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().kind == ErrorKind::Corrupt);
    }
}

TEST_CASE("KeySlotFile names nobody: user names appear in no encoding in the file") {
    const QStringList names{QStringLiteral("张三"), QStringLiteral("欧阳娜娜"),   QStringLiteral("李四光"),
                            QStringLiteral("王伟"), QStringLiteral("alice.wang"), QStringLiteral("Zhao")};
    const SecretBytes masterKey = SecretBytes::random(32);
    KeySlotFile file = KeySlotFile::create(KeySlotFile::newVaultId());
    for (const QString& name : names) {
        REQUIRE(file.setSlot(name, password("a password"), SecretBytes::random(32), masterKey,
                             KdfParams::cheapestForTests())
                    .ok());
    }
    file.seal(masterKey);
    const QByteArray bytes = file.toBytes();
    for (const QString& name : names) {
        INFO(name.toStdString());
        const auto* utf16 = reinterpret_cast<const char*>(name.utf16());
        const QByteArray utf16le(utf16, name.size() * 2); // this machine is little-endian
        QByteArray utf16be = utf16le;
        for (qsizetype i = 0; i + 1 < utf16be.size(); i += 2) {
            std::swap(utf16be[i], utf16be[i + 1]);
        }
        QString escaped; // how JSON could spell it: \u5f20\u4e09
        for (const QChar c : name) {
            escaped += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
        }
        CHECK_FALSE(bytes.contains(name.toUtf8()));
        CHECK_FALSE(bytes.toLower().contains(name.toUtf8().toLower()));
        CHECK_FALSE(bytes.contains(utf16le));
        CHECK_FALSE(bytes.contains(utf16be));
        CHECK_FALSE(bytes.toLower().contains(escaped.toLatin1()));
        CHECK_FALSE(bytes.contains(name.toUtf8().toBase64()));
        CHECK_FALSE(bytes.contains(name.toUtf8().toHex()));
        CHECK(file.hasUser(name));
    }
    // The slot ids are salted per file: the same name gets another id in another key file.
    KeySlotFile other = KeySlotFile::create(file.vaultId());
    CHECK(other.slotId(names.first()) != file.slotId(names.first()));
    CHECK(file.slotId(names.first()).size() == 64);
}

TEST_CASE("KeySlotFile moves a format 1 file (names in clear) to format 2 on the next seal") {
    // The pinned format 1 file of the test above, sealed with master key 32 x 0x22.
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
    const SecretBytes masterKey = SecretBytes::copyOf(QByteArray(32, '\x22').constData(), 32);
    Result<KeySlotFile> old = KeySlotFile::fromBytes(stored);
    REQUIRE(old.ok());
    REQUIRE(old->version() == 1);
    KeySlotFile file = old.take();

    SECTION("sealing again writes format 2, which names nobody and still lets the user in") {
        file.seal(masterKey);
        CHECK(file.version() == KeySlotFile::formatVersion);
        test::TempDir dir;
        const QString path = dir.file(QStringLiteral("migrated.keys"));
        REQUIRE(file.save(path).ok());
        const QByteArray bytes = readAll(path);
        CHECK_FALSE(bytes.contains(admin.toUtf8()));
        CHECK(QJsonDocument::fromJson(bytes).object().value(QStringLiteral("version")).toInt() == 2);
        Result<KeySlotFile> migrated = KeySlotFile::load(path);
        REQUIRE(migrated.ok());
        CHECK(migrated->version() == 2);
        CHECK(signIn(*migrated, admin, password("correct horse battery staple"), masterKey).ok());
    }
    SECTION("a change also leaves format 1 behind") {
        REQUIRE(file.setSlot(QStringLiteral("新用户"), password("another password"), SecretBytes::random(32), masterKey,
                             KdfParams::cheapestForTests())
                    .ok());
        file.seal(masterKey);
        Result<KeySlotFile> reloaded = KeySlotFile::fromBytes(file.toBytes());
        REQUIRE(reloaded.ok());
        CHECK(reloaded->slotCount() == 2);
        CHECK_FALSE(file.toBytes().contains(admin.toUtf8()));
        CHECK(signIn(*reloaded, admin, password("correct horse battery staple"), masterKey).ok());
    }
}

TEST_CASE("KeySlotFile::salvage recovers every well-formed slot of a damaged file") {
    const SecretBytes masterKey = SecretBytes::random(32);
    const KeySlotFile file = manyUsers(5, masterKey);
    const QByteArray good = file.toBytes();

    SECTION("a damaged byte inside one slot: the file is refused, all five slots are salvaged") {
        // user00000's master key wrap: its "wrapped" value comes first after the slot's id.
        QByteArray bytes = good;
        const qsizetype slotAt = bytes.indexOf(file.slotId(userNumber(0)).toLatin1());
        REQUIRE(slotAt > 0);
        const qsizetype at = bytes.indexOf("\"wrapped\": \"", slotAt) + 14;
        bytes[at] = bytes[at] == 'A' ? 'B' : 'A';
        REQUIRE(KeySlotFile::fromBytes(bytes).error().kind == ErrorKind::Corrupt);
        int skipped = -1;
        Result<KeySlotFile> salvaged = KeySlotFile::salvage(bytes, &skipped);
        REQUIRE(salvaged.ok());
        CHECK(salvaged->slotCount() == 5);
        CHECK(skipped == 0);
        CHECK_FALSE(salvaged->isSealed());
        CHECK(salvaged->vaultId() == file.vaultId());
        CHECK(signIn(*salvaged, userNumber(4), passwordOf(4), masterKey).error().kind == ErrorKind::Corrupt);
        salvaged->seal(masterKey);
        CHECK(signIn(*salvaged, userNumber(4), passwordOf(4), masterKey).ok());
        // The damaged slot is there but opens nothing: the Vault drops it because it cannot prove it.
        CHECK(signIn(*salvaged, userNumber(0), passwordOf(0), masterKey).error().kind == ErrorKind::Corrupt);
    }
    SECTION("broken JSON punctuation: the slots around it are still found") {
        QByteArray bytes = good;
        const qsizetype at = bytes.indexOf("\"kdf\": {");
        bytes[at + 7] = '['; // the first slot's kdf object no longer parses, nor does the whole file
        REQUIRE(KeySlotFile::fromBytes(bytes).error().kind == ErrorKind::Corrupt);
        Result<KeySlotFile> salvaged = KeySlotFile::salvage(bytes);
        REQUIRE(salvaged.ok());
        CHECK(salvaged->slotCount() == 4);
    }
    SECTION("a malformed slot is skipped and counted") {
        const QByteArray bytes = edited(good, [&](QJsonObject& root) {
            editSlot(root, userNumber(2), [](QJsonObject& slot) { slot.remove(QStringLiteral("kdf")); });
        });
        int skipped = 0;
        Result<KeySlotFile> salvaged = KeySlotFile::salvage(bytes, &skipped);
        REQUIRE(salvaged.ok());
        CHECK(salvaged->slotCount() == 4);
        CHECK(skipped == 1);
        CHECK_FALSE(salvaged->hasUser(userNumber(2)));
    }
    SECTION("a file of a newer format is not salvaged (it must not be replaced)") {
        const QByteArray newer = edited(
            good, [](QJsonObject& root) { root.insert(QStringLiteral("version"), KeySlotFile::formatVersion + 1); });
        CHECK(KeySlotFile::salvage(newer).error().kind == ErrorKind::Failure);
    }
    SECTION("nothing of a key file") {
        CHECK(KeySlotFile::salvage("not json at all").error().kind == ErrorKind::Corrupt);
    }
}

TEST_CASE("KeySlotFile::keepOnly drops the slots of everybody else") {
    Fixture f;
    CHECK(f.file.keepOnly({alice, zhang}) == 0);
    CHECK(f.file.isSealed());
    CHECK(f.file.keepOnly({zhang, QStringLiteral("nobody")}) == 1);
    CHECK_FALSE(f.file.isSealed());
    CHECK(f.file.slotCount() == 1);
    CHECK(f.file.hasUser(zhang));
}

#ifdef Q_OS_UNIX
TEST_CASE("KeySlotFile::save makes the key file its owner's only, whatever the umask") {
    Fixture f;
    test::TempDir dir;
    const QString path = dir.file(QStringLiteral("v.keys"));
    const mode_t previous = ::umask(022);
    const Status fresh = f.file.save(path);
    ::umask(previous);
    REQUIRE(fresh.ok());
    struct stat info {};
    REQUIRE(::stat(QFile::encodeName(path).constData(), &info) == 0);
    CHECK((info.st_mode & 0777) == 0600);

    // A key file an earlier build left group- and world-readable becomes private with the next save.
    REQUIRE(::chmod(QFile::encodeName(path).constData(), 0644) == 0);
    const mode_t again = ::umask(022);
    const Status resaved = f.file.save(path);
    ::umask(again);
    REQUIRE(resaved.ok());
    REQUIRE(::stat(QFile::encodeName(path).constData(), &info) == 0);
    CHECK((info.st_mode & 0777) == 0600);
}
#endif
