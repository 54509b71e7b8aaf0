// SPDX-License-Identifier: GPL-3.0-or-later
// The help of the real executable (issue 17): --version, the usage line naming every command,
// `attnscope help COMMAND` against `attnscope COMMAND --help`, help that prints no warning, and
// a lesson file given as the window's argument (a double-click on it: Exec=attnscope %f).
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run
{
    int exitCode = -1; // -1: still running after the time given (then killed); -2: crashed
    QString out;
    QString err;
};

// As a user's terminal runs it, but without a display and without XDG_RUNTIME_DIR (a build
// machine, ssh, cron), where Qt would warn about the runtime folder.
Run run(const QStringList &arguments, int timeoutMs = 120000, const QProcessEnvironment &extra = {})
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "XDG_RUNTIME_DIR"})
        env.remove(QLatin1String(name));
    for (const QString &key : extra.keys())
        env.insert(key, extra.value(key));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(ATTNSCOPE_BINARY), arguments);
    Run r;
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        r.exitCode = -1;
    } else {
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    }
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

const QStringList kCommands{"compute", "footprint", "export", "bench", "lessons", "run", "tradeoff", "help"};

} // namespace

class TestHelpCli : public QObject
{
    Q_OBJECT
private slots:
    void version()
    {
        const Run r = run({"--version"});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
        const QStringList lines = r.out.split(QLatin1Char('\n'));
        QCOMPARE(lines.value(0), QStringLiteral("AttnScope " ATTNSCOPE_EXPECTED_VERSION));
        QVERIFY2(lines.value(1).startsWith(QLatin1String("Copyright (C) ")), qPrintable(r.out));
        QVERIFY2(lines.value(2).startsWith(QLatin1String("License GPL-3.0-or-later")), qPrintable(r.out));
        QCOMPARE(run({"-v"}).out, r.out);
    }
    void usageLineNamesEveryCommand()
    {
        const Run r = run({"--help"});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
        const QStringList usage = r.out.split(QLatin1Char('\n')).mid(0, 2);
        QVERIFY2(usage.value(0).startsWith(QLatin1String("Usage: attnscope [options] [FILE.lesson]")),
                 qPrintable(r.out));
        QCOMPARE(usage.value(1),
                 QStringLiteral("       attnscope {%1} [options]").arg(kCommands.join(QLatin1Char('|'))));
        // Every command also has its line in the list below, with its summary.
        for (const QString &command : kCommands)
            QVERIFY2(r.out.contains(QStringLiteral("\n  %1 ").arg(command)), qPrintable(command));
        // `attnscope help` alone is `attnscope --help`.
        QCOMPARE(run({"help"}).out, r.out);
    }
    void helpCommandIsCommandHelp_data()
    {
        QTest::addColumn<QStringList>("command");
        for (const QString &c : kCommands)
            if (c != QLatin1String("help"))
                QTest::newRow(qPrintable(c)) << QStringList{c};
        QTest::newRow("bench --ui") << QStringList{"bench", "--ui"};
        QTest::newRow("bench --model-dir") << QStringList{"bench", "--model-dir"};
    }
    // `attnscope help COMMAND` prints what `attnscope COMMAND --help` prints, exit 0, and no
    // warning on stderr.
    void helpCommandIsCommandHelp()
    {
        QFETCH(QStringList, command);
        const Run direct = run(command + QStringList{"--help"});
        QCOMPARE(direct.exitCode, 0);
        QVERIFY2(direct.err.isEmpty(), qPrintable(direct.err));
        QVERIFY2(direct.out.startsWith(QStringLiteral("Usage: attnscope ") + command.join(QLatin1Char(' '))),
                 qPrintable(direct.out));
        const Run viaHelp = run(QStringList{"help"} + command);
        QCOMPARE(viaHelp.exitCode, 0);
        QVERIFY2(viaHelp.err.isEmpty(), qPrintable(viaHelp.err));
        QCOMPARE(viaHelp.out, direct.out);
        QCOMPARE(run(command + QStringList{"-h"}).out, direct.out);
    }
    void helpOfHelp()
    {
        const Run r = run({"help", "help"});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.startsWith(QStringLiteral("Usage: attnscope help {%1}").arg(kCommands.join(QLatin1Char('|')))),
                 qPrintable(r.out));
        QCOMPARE(run({"help", "--help"}).out, r.out);
    }
    void helpRefusesNoCommand()
    {
        const Run r = run({"help", "frobnicate"});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.contains("'frobnicate' is not a command") && r.err.contains("compute, footprint"),
                 qPrintable(r.err));
        QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
    }
    void lessonFileRefused_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("missing") << QStringList{"@/none.lesson"} << "@/none.lesson: not a lesson file";
        QTest::newRow("not a lesson") << QStringList{"@/broken.lesson"} << "broken.lesson:1:";
        QTest::newRow("a folder") << QStringList{"@/"} << "not a lesson file that can be opened (a folder)";
        QTest::newRow("a built-in lesson's id") << QStringList{"@/copy.lesson"} << "already the id of";
        QTest::newRow("two files") << QStringList{"@/a.lesson", "@/b.lesson"} << "give one lesson file";
        QTest::newRow("with --lesson") << QStringList{"@/mine.lesson", "--lesson", "sdpa"}
                                       << "leave out --lesson and --lesson-dir";
        QTest::newRow("with --mechanism")
            << QStringList{"@/mine.lesson", "--mechanism", "mha"} << "the lesson's step sets the mechanism";
        QTest::newRow("step out of range") << QStringList{"@/mine.lesson", "--step", "99"} << "has steps 1 to";
    }
    // A bad lesson file is refused before any window opens, with one sentence naming it.
    void lessonFileRefused()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, mentions);
        QTemporaryDir dir;
        writeLessons(dir);
        arguments.replaceInStrings(QStringLiteral("@/"), dir.path() + QLatin1Char('/'));
        const Run r = run(arguments);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(mentions.replace(QStringLiteral("@/"), dir.path() + QLatin1Char('/'))),
                 qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
    }
    // A good one opens the window on it (offscreen here): it is still running after 5 s, and
    // said nothing but Qt's notes about the offscreen platform.
    void lessonFileOpens()
    {
        QTemporaryDir dir;
        writeLessons(dir);
        QProcessEnvironment env;
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"),
                   dir.filePath(QStringLiteral("config"))); // the user's settings stay
        const Run r = run({dir.filePath(QStringLiteral("mine.lesson")), QStringLiteral("--step"), QStringLiteral("2")},
                          5000, env);
        QCOMPARE(r.exitCode, -1);
        QVERIFY2(!r.err.contains(QLatin1String("attnscope:")), qPrintable(r.err));
    }

private:
    // mine.lesson: the built-in sdpa lesson under its own id; broken.lesson; copy.lesson: the
    // sdpa lesson under its own (built-in) id.
    static void writeLessons(const QTemporaryDir &dir)
    {
        QFile builtin(QStringLiteral(ATTNSCOPE_SDPA_LESSON));
        QVERIFY(builtin.open(QIODevice::ReadOnly));
        const QByteArray sdpa = builtin.readAll();
        QVERIFY(sdpa.startsWith("lesson: sdpa\n"));
        const auto write = [&](const char *name, const QByteArray &content) {
            QFile f(dir.filePath(QLatin1String(name)));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(content);
        };
        write("mine.lesson", QByteArray("lesson: my-sdpa\n") + sdpa.mid(int(qstrlen("lesson: sdpa\n"))));
        write("broken.lesson", "this is not a lesson\n");
        write("copy.lesson", sdpa);
    }
};

QTEST_GUILESS_MAIN(TestHelpCli)
#include "tst_helpcli.moc"
