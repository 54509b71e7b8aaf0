// SPDX-License-Identifier: GPL-3.0-or-later
// io::writeFileAtomically, the one writer of every file AttnScope saves: new files, replaced
// files, missing and read-only folders, and a full file system (a 64 KiB tmpfs, mounted when
// the tests run as root), directly and through `attnscope compute --dump`.
#include "io/filewriter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <cerrno>
#include <clocale>
#include <memory>

#include <fcntl.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <unistd.h>

using namespace attnscope;

namespace {

QByteArray readAll(const QString &fileName)
{
    QFile file(fileName);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writePlain(const QString &fileName, const QByteArray &bytes)
{
    QFile file(fileName);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.flush();
}

// Every entry of a folder, hidden ones included: a temporary left behind shows here.
QStringList entries(const QString &directory)
{
    return QDir(directory).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
}

// 40 KB that are recognisably the old contents.
QByteArray oldBytes()
{
    QByteArray bytes;
    for (int i = 0; bytes.size() < 40 * 1024; ++i)
        bytes += "old line " + QByteArray::number(i) + '\n';
    return bytes.left(40 * 1024);
}

// Writes to fileName until the file system has no byte left; true when it ended on ENOSPC.
bool fillUp(const QString &fileName)
{
    const int fd = ::open(QFile::encodeName(fileName).constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd < 0)
        return false;
    const QByteArray chunk(4096, 'f');
    for (;;) {
        if (::write(fd, chunk.constData(), size_t(chunk.size())) < 0 && errno != EINTR) {
            const bool full = errno == ENOSPC;
            ::close(fd);
            return full;
        }
    }
}

mode_t currentUmask()
{
    const mode_t mask = ::umask(0);
    ::umask(mask);
    return mask;
}

} // namespace

class TestFileWriter : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_mountPoint;
    bool m_mounted = false;

    // Mounts a 64 KiB tmpfs on a new temporary folder, puts a 40 KB old.json in it and fills
    // it to the last byte. Returns the folder, or an empty string and the reason to skip.
    QString mountFullFileSystem(QString *why)
    {
        if (::geteuid() != 0) {
            *why = QStringLiteral("mounting a tmpfs needs root");
            return {};
        }
        m_mountPoint = std::make_unique<QTemporaryDir>();
        QProcess mount;
        mount.start(QStringLiteral("mount"), {"-t", "tmpfs", "-o", "size=64k", "tmpfs", m_mountPoint->path()});
        if (!mount.waitForFinished(30000) || mount.exitStatus() != QProcess::NormalExit || mount.exitCode() != 0) {
            *why = QStringLiteral("mount -t tmpfs failed (%1)")
                       .arg(QString::fromLocal8Bit(mount.readAllStandardError()).trimmed() + mount.errorString());
            return {};
        }
        m_mounted = true;
        const QString dir = m_mountPoint->path();
        if (!writePlain(dir + "/old.json", oldBytes()) || !fillUp(dir + "/filler")) {
            *why = QStringLiteral("could not fill the tmpfs on %1").arg(dir);
            return {};
        }
        return dir;
    }

private slots:
    void initTestCase()
    {
        // The operating system's reasons in English, whatever the environment's language.
        std::setlocale(LC_MESSAGES, "C");
    }

    void cleanup()
    {
        if (m_mounted) {
            QProcess::execute(QStringLiteral("umount"), {m_mountPoint->path()});
            m_mounted = false;
        }
        m_mountPoint.reset();
    }

    void writesNewFile()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath("new.json");
        QString error;
        QVERIFY2(io::writeFileAtomically(file, "{}\n", &error), qPrintable(error));
        QCOMPARE(readAll(file), QByteArray("{}\n"));
        struct stat st;
        QCOMPARE(::stat(QFile::encodeName(file).constData(), &st), 0);
        QCOMPARE(st.st_mode & 0777, 0666 & ~currentUmask());
        QCOMPARE(entries(dir.path()), QStringList{"new.json"});
    }

    void writesEmptyFile()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath("empty.csv");
        QString error;
        QVERIFY2(io::writeFileAtomically(file, QByteArray(), &error), qPrintable(error));
        QVERIFY(QFileInfo::exists(file));
        QCOMPARE(QFileInfo(file).size(), 0);
    }

    void replacesExistingFile()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath("old.json");
        QVERIFY(writePlain(file, oldBytes()));
        QCOMPARE(::chmod(QFile::encodeName(file).constData(), 0640), 0);
        QString error;
        QVERIFY2(io::writeFileAtomically(file, "new", &error), qPrintable(error));
        QCOMPARE(readAll(file), QByteArray("new"));
        struct stat st;
        QCOMPARE(::stat(QFile::encodeName(file).constData(), &st), 0);
        QCOMPARE(st.st_mode & 07777, mode_t(0640)); // the replaced file's permissions are kept
        QCOMPARE(entries(dir.path()), QStringList{"old.json"});
    }

    void replacesThroughSymbolicLink()
    {
        QTemporaryDir dir;
        const QString real = dir.filePath("real.json");
        const QString link = dir.filePath("link.json");
        QVERIFY(writePlain(real, "old"));
        QVERIFY(QFile::link(real, link));
        QString error;
        QVERIFY2(io::writeFileAtomically(link, "new", &error), qPrintable(error));
        QVERIFY(QFileInfo(link).isSymLink());
        QCOMPARE(readAll(real), QByteArray("new"));
        QCOMPARE(entries(dir.path()), (QStringList{"link.json", "real.json"}));
    }

    void missingDirectoryIsReported()
    {
        const QString file = QStringLiteral("/nonexistent-attnscope/x/out.json");
        QString error;
        QVERIFY(!io::writeFileAtomically(file, "x", &error));
        QCOMPARE(error, QStringLiteral("cannot write /nonexistent-attnscope/x/out.json: No such file or directory"));
    }

    void directoryTargetIsReported()
    {
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkdir("sub"));
        QString error;
        QVERIFY(!io::writeFileAtomically(dir.filePath("sub"), "x", &error));
        QCOMPARE(error, QStringLiteral("cannot write %1: Is a directory").arg(dir.filePath("sub")));
        QCOMPARE(entries(dir.path()), QStringList{"sub"});
    }

    void readOnlyDirectoryIsReported()
    {
        QString error;
        if (::geteuid() == 0) {
            // Root ignores permissions; /proc takes no new files from anyone.
            const QString file = QStringLiteral("/proc/attnscope-tst_filewriter.json");
            QVERIFY(!io::writeFileAtomically(file, "x", &error));
            QVERIFY2(error.startsWith(QStringLiteral("cannot write %1: ").arg(file)), qPrintable(error));
            QVERIFY(!QFileInfo::exists(file));
            return;
        }
        QTemporaryDir dir;
        const QString file = dir.filePath("old.json");
        QVERIFY(writePlain(file, "old"));
        QVERIFY(QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::ExeOwner));
        const bool written = io::writeFileAtomically(file, "new", &error);
        QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QVERIFY(!written);
        QCOMPARE(error, QStringLiteral("cannot write %1: Permission denied").arg(file));
        QCOMPARE(readAll(file), QByteArray("old"));
        QCOMPARE(entries(dir.path()), QStringList{"old.json"});
    }

    void fullFileSystemKeepsOldFile_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QStringList>("left");
        QTest::newRow("existing file") << "old.json" << QStringList{"filler", "old.json"};
        QTest::newRow("new file") << "new.json" << QStringList{"filler", "old.json"};
    }
    void fullFileSystemKeepsOldFile()
    {
        QFETCH(QString, name);
        QFETCH(QStringList, left);
        QString why;
        const QString dir = mountFullFileSystem(&why);
        if (dir.isEmpty())
            QSKIP(qPrintable(why));
        struct statvfs fs;
        QCOMPARE(::statvfs(QFile::encodeName(dir).constData(), &fs), 0);
        QCOMPARE(fs.f_bavail, fsblkcnt_t(0));

        const QString file = dir + '/' + name;
        QString error;
        QVERIFY(!io::writeFileAtomically(file, QByteArray(1024, 'n'), &error));
        QCOMPARE(error, QStringLiteral("cannot write %1: No space left on device").arg(file));
        QCOMPARE(readAll(dir + "/old.json"), oldBytes());
        QCOMPARE(entries(dir), left); // no temporary file, and no new file, left behind
    }

    void fullFileSystemFailsTheCommandLine_data()
    {
        QTest::addColumn<QStringList>("sizes");
        QTest::newRow("mha, 73 KB dump") << QStringList();
        // A dump smaller than QSaveFile's 16 KiB buffer: the case that used to print "Wrote",
        // exit 0 and leave an empty file.
        QTest::newRow("mha, 6 KB dump") << QStringList{"--d-model", "8", "--heads", "2", "--tokens", "2"};
    }
    void fullFileSystemFailsTheCommandLine()
    {
        QFETCH(QStringList, sizes);
        QString why;
        const QString dir = mountFullFileSystem(&why);
        if (dir.isEmpty())
            QSKIP(qPrintable(why));
        const QString file = dir + "/old.json";
        QProcess attnscope;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert("LC_ALL", "C");
        env.insert("QT_QPA_PLATFORM", "offscreen");
        attnscope.setProcessEnvironment(env);
        attnscope.start(QStringLiteral(ATTNSCOPE_BINARY),
                        QStringList{"compute", "--mechanism", "mha"} + sizes + QStringList{"--dump", file});
        QVERIFY2(attnscope.waitForFinished(120000), qPrintable(attnscope.errorString()));
        const QString err = QString::fromLocal8Bit(attnscope.readAllStandardError());
        const QString out = QString::fromLocal8Bit(attnscope.readAllStandardOutput());
        QCOMPARE(attnscope.exitStatus(), QProcess::NormalExit);
        QCOMPARE(attnscope.exitCode(), 1);
        QVERIFY2(err.contains(file) && err.contains("No space left on device"), qPrintable(err));
        QVERIFY2(!out.contains("Wrote"), qPrintable(out));
        QCOMPARE(readAll(file), oldBytes());
        QCOMPARE(entries(dir), (QStringList{"filler", "old.json"}));
    }
};

QTEST_GUILESS_MAIN(TestFileWriter)
#include "tst_filewriter.moc"
