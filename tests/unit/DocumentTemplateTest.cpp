#include "documents/DocumentTemplate.h"

#include "documents/DocumentKind.h"

#include <catch2/catch.hpp>

using namespace creditcase::documents;

namespace {
DocumentTemplate parsed(const char* json) {
    auto result = DocumentTemplate::parse(QByteArray(json));
    if (!result)
        FAIL(result.error().message.toStdString());
    return *result;
}
} // namespace

TEST_CASE("A template fills values and repeats lists and leaves out blocks whose value is missing", "[documents]") {
    const DocumentTemplate organ = parsed(R"({"name": "organ", "organName": "{organ.name}", "signOrgan": "{organ.name}",
        "units": {"working-days": "{n}个工作日"}})");
    const DocumentTemplate notice = parsed(R"({"name": "notice", "title": "列入{list.name}告知书", "blocks": [
        {"type": "field", "label": "当事人", "text": "{party.name}"},
        {"type": "paragraph", "text": "地址：{party.address}", "when": "party.address"},
        {"type": "paragraph", "text": "无地址", "unless": "party.address"},
        {"type": "paragraph", "each": "measures", "text": "{item.n}. {item.content}"}]})");
    DocumentValues values;
    values.values = {{QStringLiteral("organ.name"), QStringLiteral("示范县市场监督管理局")},
                     {QStringLiteral("list.name"), QStringLiteral("严重违法失信名单")},
                     {QStringLiteral("party.name"), QStringLiteral("示范食品有限公司")},
                     {QStringLiteral("document.number"), QStringLiteral("示市监信告〔2026〕3号")}};
    values.lists.insert(QStringLiteral("measures"),
                        {{{QStringLiteral("content"), QStringLiteral("限制取得行政许可")}},
                         {{QStringLiteral("content"), QStringLiteral("限制参加政府采购")}}});
    const DocumentText text = notice.compose(organ, values);
    CHECK(text.title == QStringLiteral("列入严重违法失信名单告知书"));
    CHECK(text.organName == QStringLiteral("示范县市场监督管理局"));
    CHECK(text.number == QStringLiteral("示市监信告〔2026〕3号"));
    REQUIRE(text.blocks.size() == 4);
    CHECK(text.blocks.at(0).type == DocumentBlock::Type::Field);
    CHECK(text.blocks.at(0).text == QStringLiteral("示范食品有限公司"));
    CHECK(text.blocks.at(1).text == QStringLiteral("无地址"));
    CHECK(text.blocks.at(2).text == QStringLiteral("1. 限制取得行政许可"));
    CHECK(text.blocks.at(3).text == QStringLiteral("2. 限制参加政府采购"));
    CHECK(organ.span(QStringLiteral("working-days"), 5) == QStringLiteral("5个工作日"));
    CHECK(notice.placeholders().contains(QStringLiteral("party.address")));
    CHECK(notice.listKeys() == QSet<QString>{QStringLiteral("measures")});
}

TEST_CASE("A malformed template is refused with the problem named", "[documents]") {
    CHECK_FALSE(DocumentTemplate::parse("not json").ok());
    CHECK(DocumentTemplate::parse(R"({"title": "x"})").error().message.contains(QStringLiteral("name")));
    const auto badType = DocumentTemplate::parse(R"({"name": "notice", "blocks": [{"type": "poem", "text": "x"}]})");
    REQUIRE_FALSE(badType.ok());
    CHECK(badType.error().message.contains(QStringLiteral("poem")));
    CHECK_FALSE(DocumentTemplate::parse(R"({"name": "notice", "blocks": [{"type": "paragraph"}]})").ok());
}

TEST_CASE("Every document kind and the organ have a built-in template", "[documents]") {
    REQUIRE(DocumentTemplate::builtIn(DocumentTemplate::organTemplateName).ok());
    for (const DocumentKind kind : allDocumentKinds()) {
        auto builtIn = DocumentTemplate::builtIn(documentKindId(kind));
        INFO(documentKindId(kind).toStdString());
        REQUIRE(builtIn.ok());
        CHECK(builtIn->name() == documentKindId(kind));
        CHECK_FALSE(builtIn->field(QStringLiteral("title")).isEmpty());
    }
    CHECK(DocumentTemplate::builtIn(QStringLiteral("no-such")).error().kind == creditcase::ErrorKind::Corrupt);
}

TEST_CASE("A stored document text survives its JSON form and masks by replacement", "[documents]") {
    DocumentText text;
    text.kind = QStringLiteral("decision");
    text.title = QStringLiteral("决定书");
    text.number = QStringLiteral("示市监信决〔2026〕1号");
    text.blocks = {
        {DocumentBlock::Type::Field, QStringLiteral("统一社会信用代码"), QStringLiteral("91350100M000100Y43")},
        {DocumentBlock::Type::Row, QStringLiteral("受送达人"), QStringLiteral("张三")}};
    text.signDate = chineseDate(QDate(2026, 6, 3));
    CHECK(text.signDate == QStringLiteral("2026年6月3日"));
    CHECK(DocumentText::fromJson(text.toJson()) == text);
    CHECK(text.sha256() == DocumentText::fromJson(text.toJson()).sha256());
    const DocumentText masked =
        text.withReplacements({{QStringLiteral("91350100M000100Y43"), QStringLiteral("913501********0Y43")},
                               {QStringLiteral("张三"), QStringLiteral("张*")}});
    CHECK_FALSE(masked.plainText().contains(QStringLiteral("91350100M000100Y43")));
    CHECK(masked.plainText().contains(QStringLiteral("913501********0Y43")));
    CHECK(masked.plainText().contains(QStringLiteral("张*")));
}
