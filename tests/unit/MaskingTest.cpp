#include "exchange/Masking.h"

#include <catch2/catch.hpp>

using namespace creditcase::exchange;

TEST_CASE("Channels have stable identifiers") {
    for (Channel channel : {Channel::Internal, Channel::Sharing, Channel::Public}) {
        CHECK(channelFromId(channelId(channel)) == channel);
    }
    CHECK(channelId(Channel::Public) == QStringLiteral("public"));
    CHECK_FALSE(channelFromId(QStringLiteral("Public")).has_value());
    CHECK_FALSE(channelFromId(QString()).has_value());
}

TEST_CASE("The internal channel shows everything in full") {
    const Masking internal(Channel::Internal);
    CHECK(internal.naturalPersonName(QStringLiteral("张三")) == QStringLiteral("张三"));
    CHECK(internal.residentIdNumber(QStringLiteral("11010519491231002X")) == QStringLiteral("11010519491231002X"));
    CHECK(internal.showsPersonalIdNumbers());
    CHECK(internal.personalIdNumberField(QStringLiteral("440524188001010014")) == QStringLiteral("440524188001010014"));
}

TEST_CASE("Inter-agency sharing masks ID numbers except the region and the check character") {
    const Masking sharing(Channel::Sharing);
    CHECK(sharing.naturalPersonName(QStringLiteral("张三")) == QStringLiteral("张三"));
    CHECK(sharing.residentIdNumber(QStringLiteral("11010519491231002X")) == QStringLiteral("110105***********X"));
    CHECK(sharing.residentIdNumber(QStringLiteral(" 11010519491231002x ")) == QStringLiteral("110105***********X"));
    CHECK(sharing.personalIdNumberField(QStringLiteral("440524188001010014")) == QStringLiteral("440524***********4"));
    SECTION("an old 15-digit number keeps its region only (it has no check character)") {
        CHECK(sharing.residentIdNumber(QStringLiteral("110105491231002")) == QStringLiteral("110105*********"));
    }
}

TEST_CASE("The public channel masks names and never shows an ID number in full") {
    const Masking publicNotice(Channel::Public);
    CHECK(publicNotice.naturalPersonName(QStringLiteral("张三")) == QStringLiteral("张*"));
    CHECK(publicNotice.naturalPersonName(QStringLiteral("欧阳娜娜")) == QStringLiteral("欧***"));
    CHECK(publicNotice.naturalPersonName(QStringLiteral("  李四 ")) == QStringLiteral("李*"));
    CHECK(publicNotice.naturalPersonName(QString()).isEmpty());
    CHECK(publicNotice.residentIdNumber(QStringLiteral("11010519491231002X")) == QStringLiteral("110105********002X"));
    CHECK(publicNotice.residentIdNumber(QStringLiteral("110105491231002")) == QStringLiteral("110105******002"));
    SECTION("ID number fields of natural persons and legal representatives are not public at all") {
        CHECK_FALSE(publicNotice.showsPersonalIdNumbers());
        CHECK(publicNotice.personalIdNumberField(QStringLiteral("11010519491231002X")).isEmpty());
    }
}

TEST_CASE("Masks never leak a name or number in full") {
    SECTION("a one-character name is hidden completely") {
        CHECK(Masking::nameWithSurnameOnly(QStringLiteral("王")) == QStringLiteral("*"));
    }
    SECTION("a character outside the basic plane is not split") {
        const QString rare = QString::fromUcs4(U"\U00020000\u4e09", 2); // 𠀀三
        const QString masked = Masking::nameWithSurnameOnly(rare);
        CHECK(masked == QString::fromUcs4(U"\U00020000", 1) + QStringLiteral("*"));
    }
    SECTION("a malformed ID number is masked completely") {
        CHECK(Masking::idWithRegionAndCheck(QStringLiteral("1101051949")) == QStringLiteral("**********"));
        CHECK(Masking::idWithRegionAndLastFour(QStringLiteral("A1010519491231002X")) == QString(18, QLatin1Char('*')));
        CHECK(Masking(Channel::Sharing).residentIdNumber(QStringLiteral("１１０１０５１９４９１２３１００２Ｘ")) ==
              QString(18, QLatin1Char('*')));
    }
}
