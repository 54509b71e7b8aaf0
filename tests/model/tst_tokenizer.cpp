// SPDX-License-Identifier: GPL-3.0-or-later
// The byte-level BPE tokenizer: known answers on a hand-written tokenizer.json
// (fixtures/tokenizer/tiny.json: the 256 byte tokens, ids = byte values, and 8 merges) and on edits
// of it (added tokens with lstrip, rstrip, single_word, normalized), every refusal, and goldens
// recorded by four independent tokenizers, Hugging Face's Rust crate among them (tokenizer-goldens).
#include "model/pretokenizer.h"
#include "model/safetensors.h"
#include "model/tokenizer.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <cstdlib>
#include <functional>

using namespace attnscope::model;
using Ids = std::vector<std::int32_t>;

Q_DECLARE_METATYPE(SplitBehavior)
Q_DECLARE_METATYPE(Ids)

namespace {

QString fixtures()
{
    const char *dir = std::getenv("ATTNSCOPE_TOKENIZER_FIXTURES");
    return dir ? QString::fromLocal8Bit(dir) : QFINDTESTDATA("fixtures/tokenizer");
}

QJsonObject tinyJson()
{
    QFile file(fixtures() + QStringLiteral("/tiny.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open %s", qPrintable(file.fileName()));
    return QJsonDocument::fromJson(file.readAll()).object();
}

Tokenizer tiny(const std::function<void(QJsonObject &)> &edit = {})
{
    QJsonObject root = tinyJson();
    if (edit)
        edit(root);
    return Tokenizer::fromJson(QJsonDocument(root).toJson(QJsonDocument::Compact).toStdString(), "tiny.json");
}

// Edits root["model"] in place.
void editModel(QJsonObject &root, const std::function<void(QJsonObject &)> &edit)
{
    QJsonObject model = root[QStringLiteral("model")].toObject();
    edit(model);
    root[QStringLiteral("model")] = model;
}

QJsonObject object(const char *json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

std::vector<std::string> split(const std::vector<PreTokenizerStep> &steps, std::string_view text)
{
    std::vector<std::string> words;
    preTokenize(steps, text, words);
    return words;
}

} // namespace

class TestTokenizer : public QObject
{
    Q_OBJECT
private slots:
    void mergesByRank()
    {
        const Tokenizer t = tiny();
        QCOMPARE(t.vocabSize(), 266);
        QCOMPARE(t.encode("hello"), (Ids{263}));       // lo, he, hel, hello
        QCOMPARE(t.encode("lower"), (Ids{260}));       // lo, low, er, lower
        QCOMPARE(t.encode(" lower"), (Ids{258, 259})); // Ġlow (rank 2) takes low before lower (rank 4)
        QCOMPARE(t.encode("hellohello"), (Ids{263, 263}));
        QCOMPARE(t.encode("xyz"), (Ids{'x', 'y', 'z'}));
        QCOMPARE(t.encode(""), Ids{});
        QCOMPARE(t.tokenId("Ġlow"), std::optional<std::int32_t>(258));
        QCOMPARE(t.tokenId("nope"), std::nullopt);
    }

    void gpt2Pattern()
    {
        const std::vector<PreTokenizerStep> steps{
            {PreTokenizerStep::Kind::ByteLevel, std::make_shared<const Regex>(std::string(Gpt2Pattern), "t"), {}}};
        QCOMPARE(split(steps, "Hello  world's 42x\n\n"),
                 (std::vector<std::string>{"Hello", " ", " world", "'s", " 42", "x", "\n\n"}));
        QCOMPARE(split(steps, "café日本"), (std::vector<std::string>{"café日本"}));
    }

    void addedTokens()
    {
        const Tokenizer t = tiny();
        // Longest first: "<|end|>x" (265) beats "<|end|>" (264).
        QCOMPARE(t.encode("a<|end|>xb"), (Ids{'a', 265, 'b'}));
        QCOMPARE(t.encode("hello<|end|>y"), (Ids{263, 264, 'y'}));
        QCOMPARE(t.encode("<|end|><|end|>"), (Ids{264, 264}));
        QVERIFY(t.isSpecial(264));
        QVERIFY(!t.isSpecial(265));
        QCOMPARE(t.tokenId("<|end|>"), std::optional<std::int32_t>(264));
        QCOMPARE(t.decode(Ids{263, 264, 'y'}), std::string("hello<|end|>y"));
        QCOMPARE(t.decode(Ids{263, 264, 'y'}, true), std::string("helloy"));
    }

    // lstrip, rstrip, single_word and normalized, with the ids worked out by hand from Hugging
    // Face's AddedVocabulary::find_matches (tiny.json: ids are byte values, 'Ġ' is 32).
    void addedTokenFlags_data()
    {
        QTest::addColumn<QString>("tokens"); // the added_tokens list
        QTest::addColumn<bool>("nfc");
        QTest::addColumn<QString>("text");
        QTest::addColumn<Ids>("expected");
        const QString end = QStringLiteral("[{\"id\": 264, \"content\": \"<|end|>\", \"special\": true%1}]");
        // Without flags the spaces stay text: "a  " is 'a' then "  " (GPT-2's \s+(?!\S)).
        QTest::newRow("plain") << end.arg(QString()) << false << "a  <|end|> b" << Ids{'a', 32, 32, 264, 32, 'b'};
        QTest::newRow("lstrip") << end.arg(QStringLiteral(", \"lstrip\": true")) << false << "a  <|end|> b"
                                << Ids{'a', 264, 32, 'b'};
        QTest::newRow("rstrip") << end.arg(QStringLiteral(", \"rstrip\": true")) << false << "a  <|end|> b"
                                << Ids{'a', 32, 32, 264, 'b'};
        QTest::newRow("both, tab and newline") << end.arg(QStringLiteral(", \"lstrip\": true, \"rstrip\": true"))
                                               << false << "x \t<|end|>\n y" << Ids{'x', 264, 'y'};
        // Rust's \s is Unicode White_Space: U+3000 and U+00A0 go, a zero-width space U+200B stays.
        QTest::newRow("unicode whitespace")
            << end.arg(QStringLiteral(", \"lstrip\": true, \"rstrip\": true")) << false
            << QStringLiteral("x\u3000<|end|>\u00a0y\u200b<|end|>") << Ids{'x', 264, 'y', 0xE2, 0x80, 0x8B, 264};
        QTest::newRow("strip at the edges")
            << end.arg(QStringLiteral(", \"lstrip\": true, \"rstrip\": true")) << false << "  <|end|>  " << Ids{264};
        // Two tokens share the spaces between them: nothing is left for text.
        QTest::newRow("rstrip then lstrip")
            << QStringLiteral("[{\"id\": 264, \"content\": \"<|end|>\", \"rstrip\": true}, {\"id\": 266, "
                              "\"content\": \"<|x|>\", \"lstrip\": true}]")
            << false << "<|end|>   <|x|>" << Ids{264, 266};
        const QString ab = QStringLiteral("[{\"id\": 266, \"content\": \"ab\", \"single_word\": %1}]");
        QTest::newRow("not single_word") << ab.arg(QStringLiteral("false")) << false << "ab cab"
                                         << Ids{266, 32, 'c', 266};
        // "cab ": 'c' is a word character before the match, so it is text (" cab" then " ").
        QTest::newRow("single_word") << ab.arg(QStringLiteral("true")) << false << "ab cab ab"
                                     << Ids{266, 32, 'c', 'a', 'b', 32, 266};
        QTest::newRow("single_word: _ is a word character")
            << ab.arg(QStringLiteral("true")) << false << "ab_" << Ids{'a', 'b', '_'};
        QTest::newRow("single_word: a digit is one")
            << ab.arg(QStringLiteral("true")) << false << "1ab" << Ids{'1', 'a', 'b'};
        QTest::newRow("single_word: a letter é is one")
            << ab.arg(QStringLiteral("true")) << false << QStringLiteral("éab") << Ids{0xC3, 0xA9, 'a', 'b'};
        // Ⓐ (U+24B6, a symbol) is Alphabetic, so Rust's \w; ① (U+2460, No) is not.
        QTest::newRow("single_word: a circled letter is one")
            << ab.arg(QStringLiteral("true")) << false << QStringLiteral("\u24b6ab") << Ids{0xE2, 0x92, 0xB6, 'a', 'b'};
        QTest::newRow("single_word: a circled digit is not")
            << ab.arg(QStringLiteral("true")) << false << QStringLiteral("\u2460ab") << Ids{0xE2, 0x91, 0xA0, 266};
        QTest::newRow("single_word: punctuation is not")
            << ab.arg(QStringLiteral("true")) << false << "(ab)." << Ids{'(', 266, ')', '.'};
        // The dropped match "abc" (after x) is consumed: "bc" inside it is not looked for.
        QTest::newRow("a dropped match is consumed")
            << QStringLiteral("[{\"id\": 266, \"content\": \"abc\", \"single_word\": true}, {\"id\": 267, "
                              "\"content\": \"bc\"}]")
            << false << "xabc bc" << Ids{'x', 'a', 'b', 'c', 32, 267};
        // A token the vocab has ("lo", 256) keeps the vocab's id, not the file's 300 (as the
        // tokenizers crate does); cut out first, it splits "lower" before BPE sees it.
        QTest::newRow("content in the vocab")
            << QStringLiteral("[{\"id\": 300, \"content\": \"lo\"}]") << false << "lower" << Ids{256, 'w', 259};
        // normalized: true matches the NFC text (and the token as NFC writes it); false, the raw text.
        const QString e = QStringLiteral("[{\"id\": 266, \"content\": \"%1\", \"normalized\": %2}]");
        // (ḱ U+1E31 = NFC of k U+0301; é itself is a vocab token, the byte-level character of 0xE9.)
        QTest::newRow("normalized, decomposed text")
            << e.arg(QStringLiteral("\u1e31"), QStringLiteral("true")) << true << QStringLiteral("k\u0301") << Ids{266};
        QTest::newRow("normalized, decomposed token")
            << e.arg(QStringLiteral("e\u0301"), QStringLiteral("true")) << true << QStringLiteral("\u00e9") << Ids{266};
        QTest::newRow("not normalized, decomposed text") << e.arg(QStringLiteral("\u1e31"), QStringLiteral("false"))
                                                         << true << QStringLiteral("k\u0301") << Ids{0xE1, 0xB8, 0xB1};
        QTest::newRow("not normalized, raw match before NFC")
            << e.arg(QStringLiteral("e\u0301"), QStringLiteral("false")) << true << QStringLiteral("e\u0301\u00e9")
            << Ids{266, 0xC3, 0xA9};
    }

    void addedTokenFlags()
    {
        QFETCH(QString, tokens);
        QFETCH(bool, nfc);
        QFETCH(QString, text);
        QFETCH(Ids, expected);
        const Tokenizer t = tiny([&](QJsonObject &root) {
            const QJsonDocument list = QJsonDocument::fromJson(tokens.toUtf8());
            QVERIFY(list.isArray());
            root[QStringLiteral("added_tokens")] = list.array();
            if (nfc)
                root[QStringLiteral("normalizer")] = object("{\"type\": \"NFC\"}");
        });
        QCOMPARE(t.encode(text.toStdString()), expected);
    }

    // The id of an added token the vocab already has is the vocab's (no id 300 appears).
    void addedTokenInVocab()
    {
        const Tokenizer t = tiny([](QJsonObject &root) {
            root[QStringLiteral("added_tokens")] =
                QJsonDocument::fromJson(R"([{"id": 300, "content": "lo", "special": true}])").array();
        });
        QCOMPARE(t.tokenId("lo"), std::optional<std::int32_t>(256));
        QCOMPARE(t.vocabSize(), 264);
        QVERIFY(t.isSpecial(256));
        QCOMPARE(t.decode(Ids{256, 'w'}, true), std::string("w"));
    }

    void postProcessor()
    {
        const Tokenizer t = tiny([](QJsonObject &root) {
            root[QStringLiteral("post_processor")] =
                object("{\"type\": \"Sequence\", \"processors\": [ {\"type\": \"ByteLevel\"}, {\"type\": "
                       "\"TemplateProcessing\", \"single\": [{\"SpecialToken\": {\"id\": \"<|end|>\", \"type_id\": "
                       "0}}, {\"Sequence\": {\"id\": \"A\", \"type_id\": 0}}], \"special_tokens\": {\"<|end|>\": "
                       "{\"id\": \"<|end|>\", \"ids\": [264], \"tokens\": [\"<|end|>\"]}}}]}");
        });
        QCOMPARE(t.encode("hello", true), (Ids{264, 263}));
        QCOMPARE(t.encode("hello"), (Ids{263}));
        const Tokenizer roberta = tiny([](QJsonObject &root) {
            root[QStringLiteral("post_processor")] =
                object("{\"type\": \"RobertaProcessing\", \"sep\": [\"<|end|>x\", 265], \"cls\": [\"<|end|>\", 264]}");
        });
        QCOMPARE(roberta.encode("hello", true), (Ids{264, 263, 265}));
        // Without a post-processor, addSpecialTokens adds nothing.
        QCOMPARE(tiny().encode("hello", true), (Ids{263}));
    }

    void splitBehaviours_data()
    {
        QTest::addColumn<SplitBehavior>("behavior");
        QTest::addColumn<bool>("invert");
        QTest::addColumn<QStringList>("expected");
        // Hugging Face's documented example, "the-final--countdown", shortened.
        QTest::newRow("Removed") << SplitBehavior::Removed << false << QStringList{"a", "b", "c"};
        QTest::newRow("Isolated") << SplitBehavior::Isolated << false << QStringList{"a", "-", "b", "-", "-", "c"};
        QTest::newRow("MergedWithPrevious")
            << SplitBehavior::MergedWithPrevious << false << QStringList{"a-", "b-", "-", "c"};
        QTest::newRow("MergedWithNext") << SplitBehavior::MergedWithNext << false << QStringList{"a", "-b", "-", "-c"};
        QTest::newRow("Contiguous") << SplitBehavior::Contiguous << false << QStringList{"a", "-", "b", "--", "c"};
        QTest::newRow("Removed inverted") << SplitBehavior::Removed << true << QStringList{"-", "-", "-"};
    }

    void splitBehaviours()
    {
        QFETCH(SplitBehavior, behavior);
        QFETCH(bool, invert);
        QFETCH(QStringList, expected);
        for (const bool regex : {false, true}) {
            PreTokenizerStep step;
            step.behavior = behavior;
            step.invert = invert;
            if (regex)
                step.regex = std::make_shared<const Regex>("-", "t");
            else
                step.literal = "-";
            QStringList got;
            for (const std::string &w : split({step}, "a-b--c"))
                got << QString::fromStdString(w);
            QCOMPARE(got, expected);
        }
    }

    void splitInTokenizerJson()
    {
        // Llama 3's shape: Split with a \p{N}{1,3} regex, then ByteLevel without its own regex.
        const Tokenizer t = tiny([](QJsonObject &root) {
            root[QStringLiteral("pre_tokenizer")] = object(
                "{\"type\": \"Sequence\", \"pretokenizers\": [ {\"type\": \"Split\", \"pattern\": {\"Regex\": "
                "\"\\\\p{N}{1,3}| ?\\\\p{L}+|\\\\s+\"}, \"behavior\": \"Isolated\", \"invert\": false}, {\"type\": "
                "\"ByteLevel\", \"add_prefix_space\": false, \"trim_offsets\": false, \"use_regex\": false}]}");
        });
        QCOMPARE(t.encode("1234567 lower"), (Ids{'1', '2', '3', '4', '5', '6', '7', 258, 259}));
    }

    void digits()
    {
        PreTokenizerStep step;
        step.kind = PreTokenizerStep::Kind::Digits;
        step.individualDigits = true;
        QCOMPARE(split({step}, "ab123c٣"), (std::vector<std::string>{"ab", "1", "2", "3", "c", "٣"}));
        step.individualDigits = false;
        QCOMPARE(split({step}, "ab123c٣"), (std::vector<std::string>{"ab", "123", "c", "٣"}));
        const Tokenizer t = tiny([](QJsonObject &root) {
            root[QStringLiteral("pre_tokenizer")] =
                object("{\"type\": \"Sequence\", \"pretokenizers\": [ {\"type\": \"Digits\", \"individual_digits\": "
                       "true}, {\"type\": \"ByteLevel\", \"use_regex\": false}]}");
        });
        QCOMPARE(t.encode("lo12"), (Ids{256, '1', '2'}));
    }

    void byteLevelPrefixSpace()
    {
        const Tokenizer t = tiny([](QJsonObject &root) {
            root[QStringLiteral("pre_tokenizer")] =
                object("{\"type\": \"ByteLevel\", \"add_prefix_space\": true, \"use_regex\": true}");
        });
        QCOMPARE(t.encode("low"), (Ids{258}));
        QCOMPARE(t.decode(Ids{258}), std::string(" low"));
    }

    void nfc()
    {
        const std::string composed = "\xC3\xA9", decomposed = "e\xCC\x81"; // é
        QCOMPARE(tiny().encode(decomposed), (Ids{'e', 0xCC, 0x81}));
        const Tokenizer t = tiny([](QJsonObject &root) {
            root[QStringLiteral("normalizer")] =
                object("{\"type\": \"Sequence\", \"normalizers\": [{\"type\": \"NFC\"}]}");
        });
        QCOMPARE(t.encode(decomposed), (Ids{0xC3, 0xA9}));
        QCOMPARE(t.encode(composed), (Ids{0xC3, 0xA9}));
    }

    void ignoreMerges()
    {
        const auto withAb = [](bool ignore) {
            return tiny([ignore](QJsonObject &root) {
                editModel(root, [ignore](QJsonObject &model) {
                    QJsonObject vocab = model[QStringLiteral("vocab")].toObject();
                    vocab[QStringLiteral("ab")] = 300;
                    model[QStringLiteral("vocab")] = vocab;
                    model[QStringLiteral("ignore_merges")] = ignore;
                });
            });
        };
        QCOMPARE(withAb(false).encode("ab"), (Ids{'a', 'b'})); // no merge makes "ab"
        QCOMPARE(withAb(true).encode("ab"), (Ids{300}));       // the word is a token
        QCOMPARE(withAb(true).vocabSize(), 301);
    }

    void decodeBytes()
    {
        const Tokenizer t = tiny();
        QCOMPARE(t.tokenText(258), std::string(" low"));
        QCOMPARE(t.tokenString(258), std::string("Ġlow"));
        QCOMPARE(t.tokenText('\n'), std::string("\n"));
        QCOMPARE(t.decode(Ids{0xC3, 0xA9}), std::string("\xC3\xA9"));
        QCOMPARE(t.decode(Ids{0xC3}), std::string("\xEF\xBF\xBD")); // half a character: U+FFFD
        QCOMPARE(t.decode(Ids{0xC3, 'a'}),
                 std::string("\xEF\xBF\xBD"
                             "a"));
        for (const std::string s : {"hello  world\n\t", "日本語 😀", "e\xCC\x81", "\x01\x7f"})
            QCOMPARE(t.decode(t.encode(s)), s);
        QCOMPARE(lossyUtf8("\xF0\x9F\x98"), std::string("\xEF\xBF\xBD"));
        QCOMPARE(lossyUtf8("\xED\xA0\x80"), std::string("\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD")); // a surrogate
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("json");
        QTest::addColumn<QString>("message");
        const auto edit = [](const std::function<void(QJsonObject &)> &f) {
            QJsonObject root = tinyJson();
            f(root);
            return QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Compact));
        };
        const auto modelEdit = [&](const std::function<void(QJsonObject &)> &f) {
            return edit([&](QJsonObject &root) { editModel(root, f); });
        };
        const auto set = [&](const char *key, const char *json) {
            return edit([&](QJsonObject &root) {
                root[QLatin1String(key)] = QJsonDocument::fromJson(QByteArray("[") + json + "]").array().at(0);
            });
        };
        QTest::newRow("malformed") << QStringLiteral("{\"model\": ") << "tiny.json: the file is not valid JSON";
        QTest::newRow("not an object") << QStringLiteral("[1]") << "tiny.json: the file is not a JSON object";
        // Found by fuzzing: a number beyond a double escaped as nlohmann's out_of_range.
        QTest::newRow("number beyond a double") << QStringLiteral("{\"model\": 1e309}")
                                                << "tiny.json: the file is not valid JSON ([json.exception.out_of_range.406] number overflow parsing '1e309')";
        for (const char *type : {"Unigram", "WordPiece", "WordLevel"})
            QTest::newRow(type) << modelEdit([&](QJsonObject &m) { m[QStringLiteral("type")] = type; })
                                << QStringLiteral("tiny.json: tokenizer model '%1' is not supported; AttnScope reads "
                                                  "byte-level BPE (GPT-2, Llama 3, Qwen 2/3, SmolLM, StarCoder).")
                                       .arg(QLatin1String(type));
        QTest::newRow("byte_fallback") << modelEdit([](QJsonObject &m) { m[QStringLiteral("byte_fallback")] = true; })
                                       << "byte_fallback true";
        QTest::newRow("no vocab") << modelEdit([](QJsonObject &m) { m.remove(QStringLiteral("vocab")); })
                                  << "tiny.json: the BPE model has no \"vocab\"";
        QTest::newRow("no merges") << modelEdit([](QJsonObject &m) { m.remove(QStringLiteral("merges")); })
                                   << "has no \"merges\" list";
        QTest::newRow("unknown merge token") << modelEdit([](QJsonObject &m) {
            QJsonArray merges = m[QStringLiteral("merges")].toArray();
            merges.append(QJsonArray{"lo", "zz"});
            m[QStringLiteral("merges")] = merges;
        }) << "merge 8 ('lo', 'zz') names 'zz', which is not in the vocab.";
        QTest::newRow("merged token missing") << modelEdit([](QJsonObject &m) {
            QJsonArray merges = m[QStringLiteral("merges")].toArray();
            merges.append(QStringLiteral("x y"));
            m[QStringLiteral("merges")] = merges;
        }) << "names 'xy', which is not in the vocab.";
        const auto vocabEntry = [&](const char *token, int id) {
            return modelEdit([&](QJsonObject &m) {
                QJsonObject vocab = m[QStringLiteral("vocab")].toObject();
                vocab[QLatin1String(token)] = id;
                m[QStringLiteral("vocab")] = vocab;
            });
        };
        QTest::newRow("negative id") << vocabEntry("neg", -1) << "vocab id -1 of token 'neg' is out of range";
        QTest::newRow("huge id") << vocabEntry("big", 1 << 30) << "is out of range; ids lie in [0, 16777216).";
        QTest::newRow("duplicate id") << vocabEntry("dup", 5) << "is given to both";
        QTest::newRow("missing byte") << modelEdit([](QJsonObject &m) {
            QJsonObject vocab = m[QStringLiteral("vocab")].toObject();
            vocab.remove(QStringLiteral("Ġ"));
            m[QStringLiteral("vocab")] = vocab;
            m[QStringLiteral("merges")] = QJsonArray();
        }) << "the vocab lacks 'Ġ', the byte-level token of byte 0x20";
        QTest::newRow("NFKC") << set("normalizer", "{\"type\": \"NFKC\"}")
                              << "tiny.json: normalizer 'NFKC' is not supported; AttnScope applies none or NFC.";
        QTest::newRow("Metaspace") << set("pre_tokenizer", "{\"type\": \"Metaspace\", \"replacement\": \"▁\"}")
                                   << "tiny.json: pre-tokenizer 'Metaspace' is not supported";
        QTest::newRow("no ByteLevel") << set("pre_tokenizer", "{\"type\": \"Digits\"}") << "has no ByteLevel step";
        QTest::newRow("ByteLevel not last")
            << set("pre_tokenizer",
                   "{\"type\": \"Sequence\", \"pretokenizers\": [{\"type\": \"ByteLevel\"}, {\"type\": \"Digits\"}]}")
            << "follows ByteLevel";
        QTest::newRow("bad regex") << set(
            "pre_tokenizer",
            "{\"type\": \"Sequence\", \"pretokenizers\": [ {\"type\": \"Split\", \"pattern\": {\"Regex\": \"(ab\"}, "
            "\"behavior\": \"Isolated\"}, {\"type\": \"ByteLevel\"}]}")
                                   << "pre-tokenizer pattern '(ab' does not compile (PCRE2:";
        QTest::newRow("bad behavior") << set(
            "pre_tokenizer",
            "{\"type\": \"Sequence\", \"pretokenizers\": [ {\"type\": \"Split\", \"pattern\": {\"String\": \"-\"}, "
            "\"behavior\": \"Sideways\"}, {\"type\": \"ByteLevel\"}]}")
                                      << "Split behavior 'Sideways' is not one of";
        QTest::newRow("decoder") << set("decoder", "{\"type\": \"Metaspace\"}")
                                 << "decoder 'Metaspace' is not supported";
        QTest::newRow("lstrip not a boolean")
            << set("added_tokens", "[{\"id\": 264, \"content\": \"<|end|>\", \"lstrip\": 1}]")
            << "added token '<|end|>' has lstrip 1; it is true or false.";
        QTest::newRow("added id clash") << set("added_tokens", "[{\"id\": 5, \"content\": \"<|x|>\"}]")
                                        << "added token '<|x|>' has id 5, which the vocab gives to";
        QTest::newRow("template token") << set("post_processor",
                                               "{\"type\": \"TemplateProcessing\", \"single\": [{\"SpecialToken\": "
                                               "{\"id\": \"<s>\"}}], \"special_tokens\": {}}")
                                        << "TemplateProcessing names special token '<s>'";
        QTest::newRow("wrong type") << modelEdit([](QJsonObject &m) { m[QStringLiteral("ignore_merges")] = "yes"; })
                                    << "has a value of the wrong type";
    }

    void refusals()
    {
        QFETCH(QString, json);
        QFETCH(QString, message);
        try {
            (void)Tokenizer::fromJson(json.toStdString(), "tiny.json");
            QFAIL("no refusal");
        } catch (const ModelError &e) {
            const QString what = QString::fromUtf8(e.what());
            if (!what.contains(message))
                qWarning("%s", e.what());
            QVERIFY(what.contains(message));
            QVERIFY(what.endsWith(QLatin1Char('.')) || what.endsWith(QLatin1Char(')')));
        }
    }

    void refusalsAtUse()
    {
        const Tokenizer t =
            tiny([](QJsonObject &root) { root[QStringLiteral("post_processor")] = object("{\"type\": \"Wrapper\"}"); });
        QCOMPARE(t.encode("hello"), (Ids{263}));
        QVERIFY_THROWS_EXCEPTION(ModelError, (void)t.encode("hello", true));
        try {
            (void)t.encode("ab\xFF");
            QFAIL("no refusal");
        } catch (const ModelError &e) {
            QCOMPARE(std::string(e.what()),
                     std::string("tiny.json: cannot encode text that is not valid UTF-8 (byte 0xff at offset 2)."));
        }
        QVERIFY_THROWS_EXCEPTION(ModelError, (void)t.encode("\xC0\xAF")); // overlong '/'
        QVERIFY_THROWS_EXCEPTION(ModelError, (void)t.decode(Ids{266}));
        QVERIFY_THROWS_EXCEPTION(ModelError, (void)t.tokenText(-1));
        QVERIFY_THROWS_EXCEPTION(ModelError, (void)Tokenizer::fromFile("/nonexistent/tokenizer.json"));
    }

    // Every corpus string: the ids the JavaScript tokenizers recorded (without and with special
    // tokens), decode(encode(x)) == x where nothing is stripped, and the reference's decoding.
    void goldens()
    {
        const char *dir = std::getenv("ATTNSCOPE_TOKENIZER_GOLDENS");
        if (!dir)
            QSKIP("ATTNSCOPE_TOKENIZER_GOLDENS is not set: node or npm was not found when the build was configured "
                  "(install nodejs and npm), or the test ran outside CTest");
        QFile reason(QString::fromLocal8Bit(dir) + QStringLiteral("/unavailable.txt"));
        if (reason.open(QIODevice::ReadOnly))
            QSKIP(qPrintable(QStringLiteral("no goldens: ") + QString::fromUtf8(reason.readAll()).trimmed()));
        QFile file(QString::fromLocal8Bit(dir) + QStringLiteral("/goldens.json"));
        if (!file.open(QIODevice::ReadOnly))
            QSKIP(
                qPrintable(file.fileName() + QStringLiteral(" is missing: the tokenizer_goldens fixture did not run")));
        const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
        const QJsonArray corpus = root[QStringLiteral("corpus")].toArray();
        const QJsonArray models = root[QStringLiteral("models")].toArray();
        QVERIFY(corpus.size() >= 41);
        // gpt-3-encoder (gpt2), transformers.js (qwen3), tokenizers.js (llama3.1, llama3.1 stripping,
        // qwen3) and the Rust crate (gpt2, llama3.1, llama3.1 stripping, with single_word, qwen3).
        QCOMPARE(models.size(), 10);
        const auto ids = [](const QJsonValue &v) {
            Ids out;
            for (const QJsonValue &id : v.toArray())
                out.push_back(std::int32_t(id.toInt()));
            return out;
        };
        int failures = 0;
        for (const QJsonValue &m : models) {
            const QJsonObject model = m.toObject();
            const QString name = model[QStringLiteral("name")].toString();
            const Tokenizer t = Tokenizer::fromFile(model[QStringLiteral("tokenizer")].toString().toStdString());
            int matched = 0, roundTrips = 0;
            for (qsizetype i = 0; i < corpus.size(); ++i) {
                const std::string text = corpus[i].toString().toStdString();
                const Ids got = t.encode(text);
                const Ids expected = ids(model[QStringLiteral("ids")].toArray()[i]);
                bool ok = got == expected;
                if (model.contains(QStringLiteral("idsWithSpecial")))
                    ok = ok && t.encode(text, true) == ids(model[QStringLiteral("idsWithSpecial")].toArray()[i]);
                if (ok) {
                    ++matched;
                } else {
                    QString g, e;
                    for (const std::int32_t id : got)
                        g += QString::number(id) + QLatin1Char(' ');
                    for (const std::int32_t id : expected)
                        e += QString::number(id) + QLatin1Char(' ');
                    qWarning("%s: string %d %s: got [%s], expected [%s]", qPrintable(name), int(i),
                             qPrintable(corpus[i].toString()), qPrintable(g), qPrintable(e));
                }
                // A normalizing tokenizer gives back the normalized text; one that strips spaces
                // around added tokens does not give the text back, but what the reference decodes.
                const std::string decoded = t.decode(got);
                bool decodes = !model.value(QStringLiteral("roundTrips")).isBool()
                    ? decoded == (t.normalizesToNfc() ? attnscope::model::nfc(text) : text)
                    : true;
                if (model.contains(QStringLiteral("decoded")))
                    decodes =
                        decodes && decoded == model[QStringLiteral("decoded")].toArray()[i].toString().toStdString();
                if (decodes)
                    ++roundTrips;
                else
                    qWarning("%s: string %d does not decode as expected", qPrintable(name), int(i));
            }
            qInfo("%s: %d of %d strings give the reference ids; %d decode as expected", qPrintable(name), matched,
                  int(corpus.size()), roundTrips);
            failures += int(corpus.size()) - matched + int(corpus.size()) - roundTrips;
        }
        QCOMPARE(failures, 0);
    }
};

QTEST_GUILESS_MAIN(TestTokenizer)
#include "tst_tokenizer.moc"
