// SPDX-License-Identifier: GPL-3.0-or-later
// WeightStore: single-file and sharded model folders, require(), and every refusal's sentence.
#include "model/weightstore.h"
#include "safetensorswriter.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace attnscope;
using namespace attnscope::model;
using namespace attnscope::model::test;

class TestWeightStore : public QObject
{
    Q_OBJECT
private:
    // A fresh model folder per test.
    std::unique_ptr<QTemporaryDir> m_dir;
    QString folder() const { return m_dir->path(); }
    void write(const QString &name, const QByteArray &bytes) { writeFile(m_dir->filePath(name), bytes); }

    // Two shards, as transformers writes them: q and k in the first, v in the second.
    void writeShardedFolder()
    {
        write("model-00001-of-00002.safetensors",
              safetensorsBytes({{"layer.q", "F32", {2, 2}, f32Bytes({1, 2, 3, 4})},
                                {"layer.k", "BF16", {1, 2}, u16Bytes({0x3FC0, 0xC000})}}));
        write("model-00002-of-00002.safetensors",
              safetensorsBytes({{"layer.v", "F16", {2}, u16Bytes({0x3E00, 0x2E60})}}));
        write("model.safetensors.index.json", R"({"metadata": {"total_size": 24}, "weight_map": {
            "layer.q": "model-00001-of-00002.safetensors", "layer.v": "model-00002-of-00002.safetensors",
            "layer.k": "model-00001-of-00002.safetensors"}})");
    }
    void checkRefused(QString expected)
    {
        expected.replace(QStringLiteral("DIR"), folder());
        try {
            const WeightStore store(folder().toStdString());
            QFAIL(qPrintable("accepted; expected: " + expected));
        } catch (const ModelError &e) {
            QCOMPARE(QString::fromUtf8(e.what()), expected);
        }
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void singleFile()
    {
        write("model.safetensors",
              safetensorsBytes({{"embed", "F32", {3, 2}, f32Bytes({1, 2, 3, 4, 5, 6})},
                                {"norm", "BF16", {2}, u16Bytes({0x3F80, 0x3DCC})}}));
        const WeightStore store(folder().toStdString());
        QCOMPARE(store.files().size(), std::size_t(1));
        QCOMPARE(store.tensorNames(), (std::vector<std::string>{"embed", "norm"}));
        QCOMPARE(store.totalBytes(), std::int64_t(24 + 4));
        QCOMPARE(store.requireMatrix("embed", {3, 2}), (core::Matrix(3, 2) << 1, 2, 3, 4, 5, 6).finished());
        QCOMPARE(store.require("norm", {2}).dtype, core::DType::Bf16);
        QCOMPARE(store.requireMatrix("norm", {2})(0, 1), 0.099609375f);
        QVERIFY(!store.find("absent"));
    }

    void sharded()
    {
        writeShardedFolder();
        WeightStore store(folder().toStdString());
        QCOMPARE(store.files().size(), std::size_t(2)); // each shard once
        QCOMPARE(store.tensorNames(), (std::vector<std::string>{"layer.k", "layer.q", "layer.v"}));
        QCOMPARE(store.totalBytes(), std::int64_t(16 + 4 + 4));
        QCOMPARE(store.requireMatrix("layer.q", {2, 2}), (core::Matrix(2, 2) << 1, 2, 3, 4).finished());
        QCOMPARE(store.requireMatrix("layer.k", {1, 2}), (core::Matrix(1, 2) << 1.5f, -2.0f).finished());
        QCOMPARE(store.requireMatrix("layer.v", {2}), (core::Matrix(1, 2) << 1.5f, 0.099609375f).finished());
        // Survives a move of the store (the mappings move with it).
        const WeightStore moved(std::move(store));
        QCOMPARE(moved.requireMatrix("layer.v", {2})(0, 0), 1.5f);
    }

    // The single file wins when both are there, as in transformers.
    void singleFilePreferred()
    {
        writeShardedFolder();
        write("model.safetensors", safetensorsBytes({{"only", "F32", {1}, f32Bytes({2})}}));
        const WeightStore store(folder().toStdString());
        QCOMPARE(store.tensorNames(), std::vector<std::string>{"only"});
    }

    void requireRefusals()
    {
        writeShardedFolder();
        const WeightStore store(folder().toStdString());
        const auto refused = [&](const char *name, std::vector<std::int64_t> shape, const QString &expected) {
            try {
                (void)store.require(name, shape);
                return QStringLiteral("accepted");
            } catch (const ModelError &e) {
                return QString::fromUtf8(e.what()) == QString(expected).replace("DIR", folder())
                    ? QString()
                    : QString::fromUtf8(e.what());
            }
        };
        QCOMPARE(refused("model.layers.0.self_attn.q_proj.weight", {32, 64},
                         "DIR: tensor 'model.layers.0.self_attn.q_proj.weight' is missing."),
                 QString());
        QCOMPARE(refused("layer.q", {4}, "DIR: tensor 'layer.q' has shape [2, 2]; expected [4]."), QString());
        QCOMPARE(refused("layer.k", {2, 1}, "DIR: tensor 'layer.k' has shape [1, 2]; expected [2, 1]."), QString());
    }

    void noFolder()
    {
        const QString absent = folder() + "/absent";
        try {
            const WeightStore store(absent.toStdString());
            QFAIL("accepted");
        } catch (const ModelError &e) {
            QCOMPARE(QString::fromUtf8(e.what()), absent + ": no such folder.");
        }
    }
    void noWeights()
    {
        write("config.json", "{}");
        checkRefused("DIR: holds neither model.safetensors nor model.safetensors.index.json.");
    }
    void badShardInFolder()
    {
        writeShardedFolder();
        write("model-00002-of-00002.safetensors", "short");
        checkRefused("DIR/model-00002-of-00002.safetensors: the file has 5 bytes; a safetensors file starts with an "
                     "8-byte header length.");
    }

    void indexRefusals_data()
    {
        QTest::addColumn<QByteArray>("index");
        QTest::addColumn<QString>("expected");
        const QString index = "DIR/model.safetensors.index.json: ";
        QTest::newRow("not JSON") << QByteArray("{\"weight_map\": ")
                                  << index
                + "is not valid JSON (parse error at line 1, column 16: syntax error while "
                  "parsing value - unexpected end of input; expected '[', '{', or a literal).";
        // Found by fuzz_safetensors_header (the same parser): a number beyond a double escaped as
        // nlohmann's out_of_range instead of a ModelError.
        QTest::newRow("number beyond a double")
            << QByteArray(R"({"weight_map": {"a": 1e309}})")
            << index + "is not valid JSON (number overflow parsing '1e309').";
        QTest::newRow("no weight_map") << QByteArray(R"({"metadata": {}})")
                                       << index + "has no \"weight_map\" object mapping tensor names to shard files.";
        QTest::newRow("weight_map an array")
            << QByteArray(R"({"weight_map": []})")
            << index + "has no \"weight_map\" object mapping tensor names to shard files.";
        QTest::newRow("empty weight_map")
            << QByteArray(R"({"weight_map": {}})") << index + "its weight_map lists no tensors.";
        QTest::newRow("shard not a string")
            << QByteArray(R"({"weight_map": {"layer.q": 1}})")
            << index + "weight_map gives tensor 'layer.q' the value 1; it must be a shard file name.";
        QTest::newRow("shard in another folder")
            << QByteArray(R"({"weight_map": {"layer.q": "../model-00001-of-00002.safetensors"}})")
            << index
                + "weight_map gives tensor 'layer.q' the shard '../model-00001-of-00002.safetensors'; a shard must be "
                  "a file name in the model folder.";
        QTest::newRow("listed shard missing") << QByteArray(
            R"({"weight_map": {"layer.q": "model-00001-of-00002.safetensors", "layer.o": "model-00003.safetensors"}})")
                                              << index
                + "shard 'model-00003.safetensors' (listed for tensor 'layer.o') is not in DIR.";
        QTest::newRow("tensor absent from its shard") << QByteArray(
            R"({"weight_map": {"layer.q": "model-00001-of-00002.safetensors", "layer.o": "model-00002-of-00002.safetensors"}})")
                                                      << index
                + "tensor 'layer.o' is listed in shard 'model-00002-of-00002.safetensors', but that shard has no such "
                  "tensor.";
        QTest::newRow("tensor in the other shard") << QByteArray(
            R"({"weight_map": {"layer.q": "model-00001-of-00002.safetensors", "layer.v": "model-00001-of-00002.safetensors", "layer.k": "model-00002-of-00002.safetensors"}})")
                                                   << index
                + "tensor 'layer.v' is listed in shard 'model-00001-of-00002.safetensors', but that shard has no such "
                  "tensor.";
    }
    void indexRefusals()
    {
        QFETCH(QByteArray, index);
        QFETCH(QString, expected);
        writeShardedFolder();
        write("model.safetensors.index.json", index);
        checkRefused(expected);
    }

    void nameInTwoShards()
    {
        writeShardedFolder();
        write("model-00002-of-00002.safetensors",
              safetensorsBytes(
                  {{"layer.v", "F16", {2}, u16Bytes({0x3E00, 0x2E60})}, {"layer.q", "F32", {1}, f32Bytes({1})}}));
        checkRefused("DIR: tensor 'layer.q' is in both model-00001-of-00002.safetensors and "
                     "model-00002-of-00002.safetensors.");
    }
};

QTEST_GUILESS_MAIN(TestWeightStore)
#include "tst_weightstore.moc"
