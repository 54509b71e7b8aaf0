// SPDX-License-Identifier: GPL-3.0-or-later
// What a command's error says about a user's file reaches the terminal safe: control bytes
// replaced, long quotes cut, pipes and devices refused rather than waited on.
#include "cli/safeerror.h"

#include "tests/common/runprogram.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using attnscope::cli::SafeErrorDevice;

namespace {

attnscope::testing::Run run(const QStringList &arguments)
{
    return attnscope::testing::runProgram(QStringLiteral(ATTNSCOPE_BINARY), arguments, 60000);
}

} // namespace

class TestSafeError : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void controlBytesAreReplaced()
    {
        QCOMPARE(SafeErrorDevice::filtered(QByteArray("a\x1b[2Jb\0c\rd\x7f\te\n", 14)),
                 QByteArray("a?[2Jb?c?d?\te\n"));
        // UTF-8 passes as it is.
        QCOMPARE(SafeErrorDevice::filtered("Köpfe 头\n"), QByteArray("Köpfe 头\n"));
    }

    void longLinesAreCut()
    {
        const QByteArray line(5000, 'x');
        const QByteArray out = SafeErrorDevice::filtered("attnscope: " + line + "\nnext\n");
        const QList<QByteArray> lines = out.split('\n');
        QCOMPARE(lines.size(), 3); // two lines and the empty rest after the last break
        QCOMPARE(lines[0].size(), SafeErrorDevice::kMaxLineBytes + 3);
        QVERIFY(lines[0].endsWith("..."));
        QCOMPARE(lines[1], QByteArray("next"));
        // A cut never splits a character: 599 ASCII bytes, then two-byte characters.
        const QByteArray wide = QByteArray(599, 'a') + QByteArray("ééé");
        const QByteArray cut = SafeErrorDevice::filtered(wide);
        QCOMPARE(cut, QByteArray(599, 'a') + QByteArray("é..."));
    }

    // A config.json whose key is a kilobytes-long run of escape sequences: the command's error
    // is one bounded line of printable text.
    void hostileConfigGivesOneSafeLine()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QFile file(dir.filePath(QStringLiteral("config.json")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        QByteArray key;
        for (int i = 0; i < 800; ++i)
            key += "\\u001b[31m";
        file.write("{\"model_type\": \"llama\", \"hidden_size\": \"" + key + "\"}");
        file.close();
        const auto r = run({QStringLiteral("footprint"), QStringLiteral("--config"), file.fileName()});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.startsWith(QLatin1String("attnscope footprint: ")), qPrintable(r.err.left(200)));
        QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
        QVERIFY2(r.err.size() <= SafeErrorDevice::kMaxLineBytes + 4, qPrintable(QString::number(r.err.size())));
        for (const QChar c : r.err)
            QVERIFY2(c == QLatin1Char('\n') || c.category() != QChar::Other_Control, qPrintable(r.err.left(200)));
    }

    // A pipe or a folder given as a file is refused at once, not waited on.
    void pipesAndFoldersAreRefused_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("config pipe") << QStringList{"footprint", "--config", "@FIFO"} << "not a regular file";
        QTest::newRow("config folder") << QStringList{"footprint", "--config", "@DIR"} << "directory";
        QTest::newRow("lesson pipe") << QStringList{"lessons", "--check", "@FIFO"} << "not a regular file";
        QTest::newRow("model folder of pipes") << QStringList{"run", "--inspect", "@MODEL"} << "config.json";
    }
    void pipesAndFoldersAreRefused()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, mentions);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString fifo = dir.filePath(QStringLiteral("pipe.json"));
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        // A model folder whose tokenizer and config are pipes.
        const QString folder = dir.filePath(QStringLiteral("model"));
        QVERIFY(QDir().mkpath(folder));
        QCOMPARE(::mkfifo(QFile::encodeName(folder + QStringLiteral("/config.json")).constData(), 0600), 0);
        QCOMPARE(::mkfifo(QFile::encodeName(folder + QStringLiteral("/tokenizer.json")).constData(), 0600), 0);
        for (QString &a : arguments)
            a.replace(QStringLiteral("@FIFO"), fifo)
                .replace(QStringLiteral("@DIR"), dir.path())
                .replace(QStringLiteral("@MODEL"), folder);
        // runProgram fails the test if the command waits on a pipe past its time limit.
        const auto r = run(arguments);
        QVERIFY2(r.exitCode == 2 || r.exitCode == 1, qPrintable(r.err));
        QVERIFY2(r.err.contains(mentions), qPrintable(r.err));
        QVERIFY2(r.err.count(QLatin1Char('\n')) <= 3, qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestSafeError)
#include "tst_safeerror.moc"
