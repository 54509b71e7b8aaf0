// SPDX-License-Identifier: GPL-3.0-or-later
// The translations: every .qm loads from the resources and translates every message of its
// .ts file; the language is chosen by --lang, the preference or the system; switching at run
// time retranslates the whole window (no English text left in German, no German after going
// back); the preferences dialog switches and saves the choice.
#include "app/mainwindow.h"
#include "app/preferencesdialog.h"
#include "io/language.h"
#include "tests/common/timelimits.h"
#include "widgets/models/timelinemodel.h"
#include "widgets/views/parameters/parameterpanel.h"
#include "widgets/views/steps/stepview.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QFile>
#include <QGroupBox>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QProcess>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTranslator>
#include <QXmlStreamReader>

#include <memory>

using namespace attnscope;

namespace {

constexpr int kTimeoutMs = testing::kWaitMs;

struct Message
{
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    QStringList translations; // one per plural form; empty when unfinished
};

// The messages of a .ts file (unfinished ones with no translation).
QList<Message> readTs(const QString &path)
{
    QList<Message> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    bool unfinished = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement()) {
            if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
                if (unfinished)
                    current.translations.clear();
                messages << current;
            }
            continue;
        }
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            current =
                Message{context, {}, {}, xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes"), {}};
            unfinished = false;
        } else if (name == QLatin1String("source")) {
            current.source = xml.readElementText();
        } else if (name == QLatin1String("comment")) {
            current.comment = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            const auto type = xml.attributes().value(QLatin1String("type"));
            unfinished = type == QLatin1String("unfinished") || type == QLatin1String("vanished")
                || type == QLatin1String("obsolete");
            if (!current.numerus)
                current.translations << xml.readElementText();
        } else if (name == QLatin1String("numerusform")) {
            current.translations << xml.readElementText();
        }
    }
    return messages;
}

QString tsPath(const QString &language)
{
    return QStringLiteral(ATTNSCOPE_SOURCE_DIR "/translations/attnscope_%1.ts").arg(language);
}

// Every text a user can see or hear in a window: titles, labels, buttons, menus, actions,
// tabs, docks, tooltips, combo box items and table headers.
QStringList visibleTexts(QWidget *window)
{
    QStringList texts{window->windowTitle()};
    QList<QWidget *> widgets = window->findChildren<QWidget *>();
    widgets << window;
    for (QWidget *w : std::as_const(widgets)) {
        texts << w->toolTip() << w->accessibleName();
        if (auto *label = qobject_cast<QLabel *>(w))
            texts << label->text();
        else if (auto *button = qobject_cast<QAbstractButton *>(w))
            texts << button->text();
        else if (auto *box = qobject_cast<QGroupBox *>(w))
            texts << box->title();
        else if (auto *menu = qobject_cast<QMenu *>(w))
            texts << menu->title();
        else if (auto *dock = qobject_cast<QDockWidget *>(w))
            texts << dock->windowTitle();
        if (auto *combo = qobject_cast<QComboBox *>(w))
            for (int i = 0; i < combo->count(); ++i)
                texts << combo->itemText(i);
        if (auto *tabs = qobject_cast<QTabWidget *>(w))
            for (int i = 0; i < tabs->count(); ++i)
                texts << tabs->tabText(i) << tabs->tabToolTip(i);
        if (auto *table = qobject_cast<QTableWidget *>(w))
            for (int c = 0; c < table->columnCount(); ++c)
                if (const QTableWidgetItem *item = table->horizontalHeaderItem(c))
                    texts << item->text() << item->toolTip();
        // Tables over a model (the Quality vs cache page): their column headers.
        if (auto *view = qobject_cast<QTableView *>(w); view && !qobject_cast<QTableWidget *>(w) && view->model())
            for (int c = 0; c < view->model()->columnCount(); ++c)
                texts << view->model()->headerData(c, Qt::Horizontal).toString()
                      << view->model()->headerData(c, Qt::Horizontal, Qt::ToolTipRole).toString();
    }
    for (QAction *action : window->findChildren<QAction *>())
        texts << action->text() << action->toolTip();
    texts.removeAll(QString());
    texts.removeDuplicates();
    return texts;
}

// The texts of `texts` that are the source (or, `reverse`, the translation) of a finished
// entry of the .ts whose translation differs from its source: left in the wrong language.
QStringList wrongLanguage(const QStringList &texts, const QString &language, bool reverse)
{
    QSet<QString> wrong;
    for (const Message &m : readTs(tsPath(language))) {
        if (m.numerus || m.translations.isEmpty() || m.translations.first() == m.source)
            continue;
        wrong.insert(reverse ? m.translations.first() : m.source);
    }
    // Texts that are also right in the other language (the same word in both) do not count.
    for (const Message &m : readTs(tsPath(language))) {
        if (!m.numerus && !m.translations.isEmpty() && m.translations.first() == m.source)
            wrong.remove(m.source);
    }
    QStringList found;
    for (const QString &text : texts)
        if (wrong.contains(text))
            found << text;
    return found;
}

// Labels (without word wrap) and buttons narrower than their text needs: clipped. Only what is
// on screen counts; combo boxes and tables elide or scroll by design.
QStringList clippedTexts(QWidget *window)
{
    QStringList clipped;
    for (QWidget *w : window->findChildren<QWidget *>()) {
        if (!w->isVisibleTo(window) || w->width() <= 0)
            continue;
        QString text;
        if (auto *label = qobject_cast<QLabel *>(w); label && !label->wordWrap() && !label->text().isEmpty()
            && label->textFormat() != Qt::RichText && label->pixmap().isNull())
            text = label->text();
        else if (auto *button = qobject_cast<QAbstractButton *>(w); button && !button->text().isEmpty())
            text = button->text();
        if (!text.isEmpty() && w->width() < w->minimumSizeHint().width())
            clipped << QStringLiteral("%1 (%2 < %3 px)").arg(text).arg(w->width()).arg(w->minimumSizeHint().width());
    }
    return clipped;
}

// Every menu's accelerators (&X) are unique: two entries may not share a key.
QStringList duplicateAccelerators(QWidget *window)
{
    QStringList duplicates;
    const auto key = [](const QString &text) {
        const QString plain = QString(text).replace(QLatin1String("&&"), QString());
        const qsizetype at = plain.indexOf(QLatin1Char('&'));
        return at < 0 || at + 1 >= plain.size() ? QString() : plain.mid(at + 1, 1).toLower();
    };
    QList<QWidget *> menus{window->findChild<QMenuBar *>()};
    for (QMenu *menu : window->findChildren<QMenu *>())
        menus << menu;
    for (QWidget *menu : std::as_const(menus)) {
        if (!menu)
            continue;
        QHash<QString, QString> seen;
        for (QAction *action : menu->actions()) {
            const QString text = action->menu() ? action->menu()->title() : action->text();
            const QString k = key(text.section(QLatin1Char('\t'), 0, 0));
            if (k.isEmpty() || !action->isVisible())
                continue;
            if (seen.contains(k))
                duplicates << seen.value(k) + QStringLiteral(" / ") + text;
            seen.insert(k, text);
        }
    }
    return duplicates;
}

QMenu *menu(app::MainWindow &w, const char *objectName)
{
    return w.menuBar()->findChild<QMenu *>(QLatin1String(objectName));
}

// Installs a language and lets the posted QEvent::LanguageChange reach every widget.
void switchTo(const QString &language)
{
    io::setLanguage(language);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    QCoreApplication::processEvents();
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("AttnScope-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_translations"));
        io::saveLanguage(QString());
    }

    void cleanup() { switchTo(QStringLiteral("en")); }

    void qmLoadsAndIsComplete_data()
    {
        QTest::addColumn<QString>("language");
        for (const QString &code : io::languageCodes())
            QTest::newRow(qPrintable(code)) << code;
    }

    // Every .qm is in the resources and translates every message of its .ts: lrelease left
    // nothing out (an unfinished entry would be missing from it).
    void qmLoadsAndIsComplete()
    {
        QFETCH(QString, language);
        QTranslator translator;
        QVERIFY2(translator.load(QStringLiteral(":/i18n/attnscope_%1.qm").arg(language)), qPrintable(language));
        QVERIFY(!translator.isEmpty());
        QVERIFY2(translator.language().startsWith(language.left(2)), qPrintable(translator.language()));
        const QList<Message> messages = readTs(tsPath(language));
        QVERIFY2(!messages.isEmpty(), qPrintable(tsPath(language)));
        for (const Message &m : messages) {
            const QByteArray context = m.context.toUtf8();
            const QByteArray source = m.source.toUtf8();
            const QByteArray comment = m.comment.toUtf8();
            QVERIFY2(!m.translations.isEmpty(), qPrintable(m.context + QStringLiteral(": ") + m.source));
            for (const int n : m.numerus ? QList<int>{1, 2, 5} : QList<int>{-1}) {
                const QString translated = translator.translate(context.constData(), source.constData(),
                                                                comment.isEmpty() ? nullptr : comment.constData(), n);
                QVERIFY2(!translated.isEmpty(), qPrintable(m.context + QStringLiteral(": ") + m.source));
            }
        }
    }

    void englishPlurals()
    {
        switchTo(QStringLiteral("en"));
        QCOMPARE(app::MainWindow::tr("Saved %n figure(s) to %1", nullptr, 1).arg(QStringLiteral("d")),
                 QStringLiteral("Saved 1 figure to d"));
        QCOMPARE(app::MainWindow::tr("Saved %n figure(s) to %1", nullptr, 12).arg(QStringLiteral("d")),
                 QStringLiteral("Saved 12 figures to d"));
    }

    void qtOwnTranslation()
    {
        switchTo(QStringLiteral("de"));
        if (!io::qtTranslationLoaded())
            QSKIP("qtbase_de.qm is not installed (Debian: qt6-translations-l10n)");
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Abbrechen"));
    }

    void parseLanguage_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("code"); // empty: refused
        QTest::newRow("en") << "en"
                            << "en";
        QTest::newRow("de") << "de"
                            << "de";
        QTest::newRow("zh_CN") << "zh_CN"
                               << "zh_CN";
        QTest::newRow("zh-CN") << "zh-CN"
                               << "zh_CN";
        QTest::newRow("case") << "ZH_cn"
                              << "zh_CN";
        QTest::newRow("fr") << "fr"
                            << "";
        QTest::newRow("zh") << "zh"
                            << "";
        QTest::newRow("empty") << ""
                               << "";
        QTest::newRow("de_DE") << "de_DE"
                               << "";
    }

    void parseLanguage()
    {
        QFETCH(QString, text);
        QFETCH(QString, code);
        QCOMPARE(io::parseLanguage(text).value_or(QString()), code);
    }

    void matchLanguage_data()
    {
        QTest::addColumn<QStringList>("uiLanguages");
        QTest::addColumn<QString>("code");
        QTest::newRow("German") << QStringList{"de-DE", "de", "en-US"} << "de";
        QTest::newRow("Austrian German") << QStringList{"de-AT"} << "de";
        QTest::newRow("Simplified Chinese") << QStringList{"zh-CN"} << "zh_CN";
        QTest::newRow("Hans script") << QStringList{"zh-Hans-SG"} << "zh_CN";
        QTest::newRow("Traditional Chinese, then German") << QStringList{"zh-TW", "de"} << "de";
        QTest::newRow("French, then German") << QStringList{"fr-FR", "de-CH"} << "de";
        QTest::newRow("French only") << QStringList{"fr-FR"} << "en";
        QTest::newRow("English first") << QStringList{"en-GB", "de-DE"} << "en";
        QTest::newRow("C") << QStringList{"C"} << "en";
        QTest::newRow("none") << QStringList{} << "en";
    }

    void matchLanguage()
    {
        QFETCH(QStringList, uiLanguages);
        QFETCH(QString, code);
        QCOMPARE(io::matchLanguage(uiLanguages), code);
    }

    void takeLanguageOption_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("code");      // empty: not given
        QTest::addColumn<QStringList>("rest");  // what is left
        QTest::addColumn<QString>("errorPart"); // empty: no error
        const QString p = QStringLiteral("attnscope");
        QTest::newRow("none") << QStringList{p, "--screenshot", "a.png"} << ""
                              << QStringList{p, "--screenshot", "a.png"} << "";
        QTest::newRow("separate") << QStringList{p, "--lang", "de", "--screenshot", "a.png"} << "de"
                                  << QStringList{p, "--screenshot", "a.png"} << "";
        QTest::newRow("inline") << QStringList{p, "--screenshot", "a.png", "--lang=zh_CN"} << "zh_CN"
                                << QStringList{p, "--screenshot", "a.png"} << "";
        QTest::newRow("export") << QStringList{p, "export", "--lang", "en", "--view", "steps"} << "en"
                                << QStringList{p, "export", "--view", "steps"} << "";
        QTest::newRow("bad") << QStringList{p, "--lang", "fr"} << "" << QStringList{}
                             << "--lang 'fr': not a language of AttnScope; choose en, de or zh_CN.";
        QTest::newRow("missing") << QStringList{p, "--lang"} << "" << QStringList{}
                                 << "--lang needs a value: en, de or zh_CN.";
        QTest::newRow("twice") << QStringList{p, "--lang", "de", "--lang=en"} << "" << QStringList{}
                               << "--lang is given more than once";
    }

    void takeLanguageOption()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, code);
        QFETCH(QStringList, rest);
        QFETCH(QString, errorPart);
        QString error;
        const auto taken = io::takeLanguageOption(arguments, &error);
        if (!errorPart.isEmpty()) {
            QVERIFY2(error.contains(errorPart), qPrintable(error));
            QVERIFY(!taken);
            return;
        }
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(taken.value_or(QString()), code);
        QCOMPARE(arguments, rest);
    }

    // The executable: a bad --lang exits 2 with one sentence; a good one renders.
    void commandLine_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("stderrPart");
        QTest::newRow("window, bad") << QStringList{"--lang", "fr"} << 2
                                     << "attnscope: --lang 'fr': not a language of AttnScope; choose en, de or zh_CN.";
        QTest::newRow("screenshot, bad") << QStringList{"--lang=xx", "--screenshot", "OUT"} << 2 << "--lang 'xx'";
        QTest::newRow("export, bad") << QStringList{"export", "--lang", "klingon", "--output", "OUT"} << 2
                                     << "--lang 'klingon'";
        QTest::newRow("screenshot, German")
            << QStringList{"--lang", "de", "--screenshot", "OUT", "--view", "heads"} << 0 << "";
        QTest::newRow("export, Chinese") << QStringList{"export",  "--lang",   "zh_CN", "--view",
                                                        "compare", "--output", "OUT"}
                                         << 0 << "";
        QTest::newRow("compute refuses it") << QStringList{"compute", "--mechanism", "mha", "--lang", "de"} << 2 << "";
    }

    void commandLine()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, stderrPart);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString out = dir.filePath(QStringLiteral("out.png"));
        arguments.replaceInStrings(QStringLiteral("OUT"), out);
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(ATTNSCOPE_BINARY), arguments);
        QVERIFY(process.waitForFinished(kTimeoutMs));
        const QString err = QString::fromUtf8(process.readAllStandardError());
        QCOMPARE(process.exitCode(), exitCode);
        QVERIFY2(err.contains(stderrPart), qPrintable(err));
        if (exitCode == 0)
            QVERIFY2(QFile::exists(out) && QFile(out).size() > 0, qPrintable(err));
        else
            QVERIFY(!QFile::exists(out));
    }

    // The main window follows a switch at run time: every text changes language, and back.
    void switchRetranslatesWindow()
    {
        switchTo(QStringLiteral("en"));
        app::MainWindow w;
        QSignalSpy shown(&w, &app::MainWindow::traceShown);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QTRY_VERIFY_WITH_TIMEOUT(shown.count() >= 1, kTimeoutMs);
        w.showView(QStringLiteral("steps")); // the window opens on the attention weights
        w.showView(QStringLiteral("timings")); // the dock's panel too
        QCoreApplication::processEvents();

        QMenu *file = menu(w, "fileMenu");
        QVERIFY(file);
        QCOMPARE(file->title(), QStringLiteral("&File"));
        QCOMPARE(w.viewTabs()->tabText(0), QStringLiteral("&Steps"));
        QCOMPARE(w.timingsDock()->windowTitle(), QStringLiteral("Timings"));
        auto *description = w.parameterPanel()->findChild<QLabel *>(QStringLiteral("mechanismDescription"));
        QVERIFY(description);
        const QString englishDescription = description->text();
        const QString englishExplanation = w.stepView()->explanation().title;
        QVERIFY(!englishExplanation.isEmpty());

        QStringList layoutProblems; // clipped texts and shared accelerators, in every language
        for (const QString &language : {QStringLiteral("de"), QStringLiteral("zh_CN")}) {
            switchTo(language);
            QCOMPARE(io::currentLanguage(), language);
            const QString fileTitle = QCoreApplication::translate("attnscope::app::MainWindow", "&File");
            QVERIFY(fileTitle != QLatin1String("&File"));
            QCOMPARE(file->title(), fileTitle);
            QCOMPARE(w.viewTabs()->tabText(0), QCoreApplication::translate("attnscope::app::MainWindow", "&Steps"));
            QCOMPARE(w.timingsDock()->windowTitle(),
                     QCoreApplication::translate("attnscope::app::MainWindow", "Timings"));
            QCOMPARE(w.footprintDock()->windowTitle(),
                     QCoreApplication::translate("attnscope::app::MainWindow", "KV-cache footprint"));
            QVERIFY(description->text() != englishDescription);
            QVERIFY(w.stepView()->explanation().title != englishExplanation);
            const QStringList left = wrongLanguage(visibleTexts(&w), language, false);
            QVERIFY2(left.isEmpty(), qPrintable(QStringLiteral("still English: ") + left.join(QStringLiteral(" | "))));
            for (const QString &text : clippedTexts(&w))
                layoutProblems << language + QStringLiteral(" clipped: ") + text;
            for (const QString &pair : duplicateAccelerators(&w))
                layoutProblems << language + QStringLiteral(" same accelerator: ") + pair;
        }

        switchTo(QStringLiteral("en"));
        for (const QString &text : clippedTexts(&w))
            layoutProblems << QStringLiteral("en clipped: ") + text;
        for (const QString &pair : duplicateAccelerators(&w))
            layoutProblems << QStringLiteral("en same accelerator: ") + pair;
        QVERIFY2(layoutProblems.isEmpty(), qPrintable(layoutProblems.join(QStringLiteral("\n"))));
        QCOMPARE(file->title(), QStringLiteral("&File"));
        QCOMPARE(w.viewTabs()->tabText(0), QStringLiteral("&Steps"));
        QCOMPARE(description->text(), englishDescription);
        QCOMPARE(w.stepView()->explanation().title, englishExplanation);
        for (const QString &language : {QStringLiteral("de"), QStringLiteral("zh_CN")}) {
            const QStringList left = wrongLanguage(visibleTexts(&w), language, true);
            QVERIFY2(left.isEmpty(),
                     qPrintable(language + QStringLiteral(" left: ") + left.join(QStringLiteral(" | "))));
        }
    }

    // Settings > Preferences…: the choice applies at once and is saved; "System default"
    // removes the saved choice.
    void preferencesSwitchAndSave()
    {
        switchTo(QStringLiteral("en"));
        {
            app::PreferencesDialog dialog;
            QCOMPARE(dialog.languageBox()->count(), 4);
            QCOMPARE(dialog.languageBox()->itemText(2), QStringLiteral("Deutsch"));
            QCOMPARE(dialog.languageBox()->itemText(3), QStringLiteral("简体中文"));
            QVERIFY(dialog.languageBox()->itemText(0).startsWith(QLatin1String("System default")));
            dialog.setLanguage(QStringLiteral("zh_CN"));
            QCOMPARE(dialog.language(), QStringLiteral("zh_CN"));
        }
        app::MainWindow w;
        w.show();
        const auto choose = [&w](const QString &code) {
            QTimer::singleShot(0, &w, [code] {
                auto *dialog = qobject_cast<app::PreferencesDialog *>(QApplication::activeModalWidget());
                QVERIFY(dialog);
                dialog->setLanguage(code);
                dialog->accept();
            });
            w.showPreferences();
            QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
        };
        choose(QStringLiteral("de"));
        QCOMPARE(io::currentLanguage(), QStringLiteral("de"));
        QCOMPARE(io::savedLanguage(), QStringLiteral("de"));
        QCOMPARE(menu(w, "settingsMenu")->title(),
                 QCoreApplication::translate("attnscope::app::MainWindow", "&Settings"));
        QVERIFY(menu(w, "settingsMenu")->title() != QLatin1String("&Settings"));
        choose(QString());
        QCOMPARE(io::savedLanguage(), QString());
        QCOMPARE(io::requestedLanguage(), QString());
        QCOMPARE(io::currentLanguage(), io::systemLanguage());
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
