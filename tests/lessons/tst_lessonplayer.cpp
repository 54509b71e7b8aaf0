// SPDX-License-Identifier: GPL-3.0-or-later
// Lessons in the main window: every step of every built-in lesson applied and rendered, the
// learner taking over and returning to the step, navigation, the dock, the menu, and the
// position kept in the settings.
#include "app/mainwindow.h"
#include "io/language.h"
#include "lessons/lesson.h"
#include "lessons/lessondock.h"
#include "lessons/lessonplayer.h"
#include "model/trainedinput.h"
#include "tests/common/timelimits.h"
#include "widgets/common/exporter.h"
#include "widgets/models/footprintsettings.h"
#include "widgets/models/parametermodel.h"
#include "widgets/models/timelinemodel.h"

#include <QDockWidget>
#include <QFile>
#include <QFrame>
#include <QImage>
#include <QLabel>
#include <QPushButton>
#include <QScopeGuard>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocumentFragment>

using namespace attnscope;
using lessons::LessonPlayer;
using app::MainWindow;

namespace {

constexpr int kTimeoutMs = testing::kWaitMs; // a bound only: each step takes milliseconds
const QString kFixtures = QStringLiteral(ATTNSCOPE_TEST_LESSONS);

// Distinct colours of an image: a blank one has one or two.
int colourCount(const QImage &image)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 3)
        for (int x = 0; x < image.width(); x += 3)
            colours.insert(image.pixel(x, y));
    return int(colours.size());
}

bool settled(const MainWindow &window)
{
    return !window.lessonPlayer()->isApplying() && !window.isBusy();
}

QSettings testSettings()
{
    return QSettings(QCoreApplication::organizationName(), QCoreApplication::applicationName());
}

} // namespace

class TestLessonPlayer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("AttnScope-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_lessonplayer"));
        testSettings().clear();
    }
    void cleanupTestCase() { testSettings().clear(); }

    // Every step of every built-in lesson sets the window up as it says, and its view renders,
    // in every language of the program; the dock shows the step's translated text.
    void everyBuiltinStepAppliesAndRenders_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("de") << QStringLiteral("de");
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
    }

    void everyBuiltinStepAppliesAndRenders()
    {
        QFETCH(QString, language);
        io::setLanguage(language);
        const auto restore = qScopeGuard([] { io::setLanguage(QStringLiteral("en")); });
        MainWindow window;
        window.resize(1280, 800);
        window.show();
        LessonPlayer *player = window.lessonPlayer();
        player->setRemembersPosition(false);
        const auto &lessons = window.lessonLibrary().lessons();
        QVERIFY2(lessons.size() >= 9, "the nine built-in lessons of resources/lessons/");
        QVERIFY(window.lessonLibrary().find(QStringLiteral("heads-learn")));
        // The sanitizer build runs several times slower: there English walks every step, and
        // German and Chinese, whose code paths differ only in their texts and fonts, open each
        // lesson's first and last step.
        const bool everyStep = !testing::kSanitized || language == QLatin1String("en");
        int steps = 0;
        for (const lessons::Lesson &lesson : lessons) {
            QVERIFY(lesson.isBuiltin());
            const int last = int(lesson.steps.size()) - 1;
            for (int i = 0; i <= last; i = everyStep || i == last ? i + 1 : last) {
                const lessons::LessonStep &step = lesson.steps[std::size_t(i)];
                const QByteArray where = QStringLiteral("%1 step %2").arg(lesson.id).arg(i + 1).toUtf8();
                if (i == 0 || !everyStep)
                    QVERIFY(window.openLesson(lesson.id, i));
                else
                    player->next();
                QCOMPARE(player->currentStep(), i);
                QTRY_VERIFY2_WITH_TIMEOUT(settled(window), where.constData(), kTimeoutMs);
                QVERIFY2(!player->isTakenOver(), where.constData());
                // Seeded: core::resolve; trained: the model's shape for the step's text and layer.
                const core::Config config = model::resolveInput(step.request);
                QVERIFY2(window.shownConfig() == config, where.constData());
                QVERIFY2(window.parameters()->config() == config, where.constData());
                QCOMPARE(window.shownConfig().mechanism, step.request.mechanism);
                QCOMPARE(window.currentViewId(), step.view);
                // The timeline: the first step that matches `at`.
                QVERIFY(window.shownTrace());
                const int at = step.at.resolve(*window.shownTrace());
                QVERIFY2(at >= 0, where.constData());
                QCOMPARE(window.timeline()->traceStep(), at);
                const core::Step *shown = window.timeline()->step();
                QVERIFY(shown);
                if (step.at.kind == lessons::LessonAt::Kind::Match) {
                    QCOMPARE(shown->kind, step.at.stepKind);
                    if (step.at.head)
                        QCOMPARE(shown->head, *step.at.head);
                }
                QCOMPARE(window.selectedHead(), step.head.value_or(0));
                if (!step.model.isEmpty())
                    QVERIFY2(window.footprintDock()->isVisible(), where.constData());
                QVERIFY(window.lessonDock()->isVisible());
                // The text shown is the step's text in the chosen language (the first words
                // of the translation; markup aside).
                const QString context = QStringLiteral("lesson:") + lesson.id;
                const QString translated =
                    QCoreApplication::translate(context.toUtf8().constData(), step.text.toUtf8().constData());
                if (language != QLatin1String("en"))
                    QVERIFY2(translated != step.text, where.constData());
                const QString firstWords = QTextDocumentFragment::fromHtml(translated).toPlainText().left(12);
                QVERIFY2(
                    QTextDocumentFragment::fromHtml(static_cast<lessons::LessonDock *>(window.lessonDock())->textHtml())
                        .toPlainText()
                        .contains(firstWords),
                    where.constData());
                window.finishAnimations();
                const QImage image = QImage::fromData(
                    widgets::renderWidget(window.viewWidget(step.view), widgets::ExportFormat::Png, QSize(800, 500)));
                QVERIFY2(!image.isNull(), where.constData());
                QVERIFY2(colourCount(image) > 8, where.constData());
                ++steps;
            }
            QVERIFY(player->isAtLast());
        }
        QVERIFY(steps >= (everyStep ? 40 : 18));
    }

    void takeOverAndReturn()
    {
        MainWindow window;
        window.show();
        QVERIFY(window.setLessonFolder(kFixtures + QStringLiteral("/good")));
        QVERIFY(!window.lessonDock()->isVisible()); // hidden until a lesson opens
        QVERIFY(window.openLesson(QStringLiteral("tiny-test"), 0));
        LessonPlayer *player = window.lessonPlayer();
        QTRY_VERIFY_WITH_TIMEOUT(settled(window), kTimeoutMs);
        QVERIFY(window.lessonDock()->isVisible());
        const lessons::LessonStep &step = player->lesson()->steps[0];
        QCOMPARE(window.selectedHead(), 5);
        auto *banner = window.lessonDock()->findChild<QFrame *>(QStringLiteral("lessonTakenOver"));
        auto *back = window.lessonDock()->findChild<QPushButton *>(QStringLiteral("returnToStep"));
        QVERIFY(banner && back);
        QVERIFY(!banner->isVisible());
        QSignalSpy takenOver(player, &LessonPlayer::takenOverChanged);

        // Stepping through the computation and switching views is part of the lesson.
        window.timeline()->setCurrentStep(0);
        QVERIFY(window.showView(QStringLiteral("compare")));
        QVERIFY(!player->isTakenOver());

        // The learner changes a parameter: the lesson steps aside.
        window.parameters()->setTokens(7);
        QVERIFY(player->isTakenOver());
        QCOMPARE(takenOver.count(), 1);
        QVERIFY(banner->isVisible());
        QCOMPARE(back->text(), QStringLiteral("Return to step 1"));
        QTRY_VERIFY_WITH_TIMEOUT(!window.isBusy() && window.shownConfig().tokens == 7, kTimeoutMs);
        QVERIFY(player->isTakenOver());

        // ... and comes back.
        back->click();
        QTRY_VERIFY_WITH_TIMEOUT(settled(window), kTimeoutMs);
        QVERIFY(!player->isTakenOver());
        QVERIFY(!banner->isVisible());
        QVERIFY(window.shownConfig() == core::resolve(step.request));
        QCOMPARE(window.currentViewId(), QStringLiteral("steps"));
        QCOMPARE(window.timeline()->traceStep(), step.at.resolve(*window.shownTrace()));

        // The head shown counts too; back on the step's head, the controls are the step's again.
        window.selectHead(2);
        QVERIFY(player->isTakenOver());
        window.selectHead(5);
        QVERIFY(!player->isTakenOver());

        // A change while the step is still being computed: the learner wins.
        player->next();
        QVERIFY(player->isApplying());
        window.parameters()->setSeed(99);
        QVERIFY(!player->isApplying());
        QVERIFY(player->isTakenOver());
        QTRY_VERIFY_WITH_TIMEOUT(!window.isBusy() && window.shownConfig().seed == 99, kTimeoutMs);
        QCOMPARE(window.parameters()->config().seed, 99u);
        player->returnToStep();
        QTRY_VERIFY_WITH_TIMEOUT(settled(window), kTimeoutMs);
        QCOMPARE(player->currentStep(), 1);
        QCOMPARE(window.shownConfig().mechanism, core::Mechanism::Sdpa);
        QCOMPARE(window.currentViewId(), QStringLiteral("attention"));
        QCOMPARE(window.timeline()->currentStep(), window.timeline()->stepCount() - 1); // at: last
    }

    // Issue 16: closing a lesson gives the learner back the window they had before it: the
    // parameters, the view, the head and the computation step.
    void closeRestoresTheWindow()
    {
        MainWindow window;
        window.show();
        QVERIFY(window.setLessonFolder(kFixtures + QStringLiteral("/good")));
        QTRY_VERIFY_WITH_TIMEOUT(window.shownTrace() && !window.isBusy(), kTimeoutMs);
        window.selectMechanism(core::Mechanism::Gqa);
        window.parameters()->setTokens(9);
        window.parameters()->setSeed(1234);
        const core::Request before = window.parameters()->values();
        const core::Config config = window.parameters()->config();
        QTRY_VERIFY_WITH_TIMEOUT(window.shownConfig() == config && !window.isBusy(), kTimeoutMs);
        QVERIFY(window.showView(QStringLiteral("steps"))); // the learner scrubs the steps ...
        window.timeline()->setCurrentStep(3);
        QVERIFY(window.showView(QStringLiteral("compare"))); // ... then looks at another view
        window.selectHead(1);
        QCOMPARE(window.selectedHead(), 1);

        QVERIFY(window.openLesson(QStringLiteral("tiny-test"), 0));
        LessonPlayer *player = window.lessonPlayer();
        QTRY_VERIFY_WITH_TIMEOUT(settled(window), kTimeoutMs);
        QVERIFY(!(window.shownConfig() == config));
        player->next(); // a lesson of several steps: what was there before the first one returns
        QTRY_VERIFY_WITH_TIMEOUT(settled(window), kTimeoutMs);
        window.parameters()->setSeed(7); // the learner took over: the lesson still hands back

        window.lessonDock()->close();
        QVERIFY(!player->lesson());
        QTRY_VERIFY_WITH_TIMEOUT(window.shownConfig() == config && !window.isBusy()
                                     && window.currentViewId() == QStringLiteral("compare"),
                                 kTimeoutMs);
        QVERIFY(window.parameters()->values().seed == before.seed);
        QVERIFY(window.parameters()->values().tokens == before.tokens);
        QCOMPARE(window.parameters()->config().mechanism, core::Mechanism::Gqa);
        QCOMPARE(window.selectedHead(), 1);
        QCOMPARE(window.timeline()->currentStep(), 3);
    }

    // Closing a lesson gives back the footprint's model the learner had (a preset, an imported
    // config.json, or none) with the settings around it, after a step showed another model.
    void closeRestoresTheFootprint_data()
    {
        QTest::addColumn<QString>("before");
        QTest::newRow("preset") << QStringLiteral("deepseek-v2");
        QTest::newRow("imported") << QStringLiteral("config.json");
        QTest::newRow("none") << QString();
    }

    void closeRestoresTheFootprint()
    {
        QFETCH(QString, before);
        MainWindow window;
        window.show();
        window.lessonPlayer()->setRemembersPosition(false);
        QVERIFY(window.setLessonFolder(kFixtures + QStringLiteral("/good")));
        QTRY_VERIFY_WITH_TIMEOUT(window.shownTrace() && !window.isBusy(), kTimeoutMs);
        widgets::FootprintSettings *settings = window.footprintSettings();
        QVERIFY(settings);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        if (before == QLatin1String("config.json")) {
            // A small Llama-like config.json: 16 layers, 8 of 16 heads keep keys and values.
            QFile file(dir.filePath(before));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(R"({"model_type": "llama", "hidden_size": 1024, "num_attention_heads": 16,
                           "num_key_value_heads": 8, "num_hidden_layers": 16, "vocab_size": 32000,
                           "intermediate_size": 2816, "max_position_embeddings": 4096})");
            file.close();
            QString error;
            QVERIFY2(window.importModelConfig(file.fileName(), &error), qPrintable(error));
        } else if (!before.isEmpty()) {
            QVERIFY(window.showPresetFootprint(before));
        }
        // The learner's settings around the model.
        settings->setOverlays({QStringLiteral("llama-2-7b"), QStringLiteral("qwen2-7b")});
        QVERIFY(settings->setCompared(QStringLiteral("mistral-7b")));
        settings->setCompareBits(core::KvBits::fromMilliBits(4000));
        settings->setKvBits(core::KvBits::fromMilliBits(8000));
        settings->setContext(32768);
        settings->setBatch(3);
        settings->setGpuGib(80.0);
        settings->setGpus(2);
        settings->setReserveGib(4.0);
        settings->setWeightBits(core::KvBits::fromMilliBits(8000));
        settings->setBlockSize(32);
        const std::optional<core::ModelShape> model = settings->model();
        const QString key = settings->modelKey();
        QCOMPARE(model.has_value(), !before.isEmpty());
        QCOMPARE(window.footprintDock()->isVisible(), !before.isEmpty());
        const QStringList overlays = settings->overlays();
        QCOMPARE(overlays.size(), 2);
        const core::PlanRequest plan = settings->planRequest();

        // The lesson's last step shows another model (llama-3-8b).
        QVERIFY(window.openLesson(QStringLiteral("tiny-test"), 2));
        QTRY_VERIFY_WITH_TIMEOUT(settled(window), kTimeoutMs);
        QCOMPARE(settings->modelKey(), QStringLiteral("llama-3-8b"));
        QVERIFY(window.footprintDock()->isVisible());

        window.lessonPlayer()->close();
        QVERIFY(!window.lessonPlayer()->lesson());
        QCOMPARE(settings->model().has_value(), model.has_value());
        QCOMPARE(settings->modelKey(), key);
        if (model) {
            QCOMPARE(settings->model()->name, model->name);
            QCOMPARE(settings->model()->layers, model->layers);
            QCOMPARE(settings->model()->nKvHeads, model->nKvHeads);
        }
        QCOMPARE(window.footprintDock()->isVisible(), model.has_value());
        QCOMPARE(settings->overlays(), overlays);
        QCOMPARE(settings->comparedKey(), QStringLiteral("mistral-7b"));
        QCOMPARE(settings->compareBits().milliBits(), 4000);
        const core::PlanRequest after = settings->planRequest();
        QCOMPARE(after.cache.bits.milliBits(), plan.cache.bits.milliBits());
        QCOMPARE(after.cache.context, plan.cache.context);
        QCOMPARE(after.cache.batch, plan.cache.batch);
        QCOMPARE(after.cache.sourceTokens, plan.cache.sourceTokens);
        QCOMPARE(after.gpuBytes, plan.gpuBytes);
        QCOMPARE(after.gpus, plan.gpus);
        QCOMPARE(after.reserveBytes, plan.reserveBytes);
        QCOMPARE(after.weightBits.milliBits(), plan.weightBits.milliBits());
        QCOMPARE(after.blockSize, plan.blockSize);
        QCOMPARE(after.dataParallelAttention, plan.dataParallelAttention);
        QTRY_VERIFY_WITH_TIMEOUT(!window.isBusy(), kTimeoutMs);
    }

    void navigationAndShortcuts()
    {
        MainWindow window;
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QVERIFY(window.setLessonFolder(kFixtures + QStringLiteral("/good")));
        QVERIFY(window.openLesson(QStringLiteral("tiny-test"), 0));
        LessonPlayer *player = window.lessonPlayer();
        QTRY_VERIFY_WITH_TIMEOUT(settled(window), kTimeoutMs);
        auto *dock = window.lessonDock();
        auto *first = dock->findChild<QPushButton *>(QStringLiteral("lessonFirst"));
        auto *previous = dock->findChild<QPushButton *>(QStringLiteral("lessonPrevious"));
        auto *next = dock->findChild<QPushButton *>(QStringLiteral("lessonNext"));
        auto *progress = dock->findChild<QLabel *>(QStringLiteral("lessonProgress"));
        QVERIFY(first && previous && next && progress);
        QCOMPARE(progress->text(), QStringLiteral("Step 1 of 3"));
        QVERIFY(!previous->isEnabled() && !first->isEnabled() && next->isEnabled());

        next->click();
        QCOMPARE(player->currentStep(), 1);
        QCOMPARE(progress->text(), QStringLiteral("Step 2 of 3"));
        QTRY_VERIFY_WITH_TIMEOUT(settled(window), kTimeoutMs);

        // Ctrl+PgDown / Ctrl+PgUp anywhere in the window.
        QTest::keyClick(&window, Qt::Key_PageDown, Qt::ControlModifier);
        QCOMPARE(player->currentStep(), 2);
        QTRY_VERIFY_WITH_TIMEOUT(settled(window), kTimeoutMs);
        QVERIFY(!next->isEnabled());
        QCOMPARE(window.currentViewId(), QStringLiteral("footprint"));
        QVERIFY(window.footprintDock()->isVisible()); // model: llama-3-8b
        // The references follow the last step.
        auto *dockImpl = qobject_cast<lessons::LessonDock *>(dock);
        QVERIFY(dockImpl);
        QVERIFY(dockImpl->textHtml().contains(QStringLiteral("References")));
        QVERIFY(dockImpl->textHtml().contains(QStringLiteral("Attention Is All You Need")));

        QTest::keyClick(&window, Qt::Key_PageUp, Qt::ControlModifier);
        QCOMPARE(player->currentStep(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(settled(window), kTimeoutMs);
        QVERIFY(!window.footprintDock()->isVisible()); // this step names no model
        QVERIFY(!dockImpl->textHtml().contains(QStringLiteral("References")));
        // Left and Right still belong to the step player.
        const int before = window.timeline()->currentStep();
        window.showView(QStringLiteral("steps"));
        QTest::keyClick(&window, Qt::Key_Left);
        QCOMPARE(player->currentStep(), 1);
        QCOMPARE(window.timeline()->currentStep(), before - 1);

        first->click();
        QCOMPARE(player->currentStep(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(settled(window), kTimeoutMs);

        // Closing the dock closes the lesson.
        dock->close();
        QVERIFY(!player->lesson());
        QVERIFY(!dock->isVisible());
        QVERIFY(LessonPlayer::savedLesson().isEmpty());
    }

    void menuListsTheLessons()
    {
        MainWindow window;
        window.show();
        QVERIFY(window.setLessonFolder(kFixtures + QStringLiteral("/good")));
        auto *menu = window.findChild<lessons::LessonMenu *>(QStringLiteral("lessonsMenu"));
        QVERIFY(menu);
        QCOMPARE(menu->title(), QStringLiteral("&Lessons"));
        menu->rebuild();
        const auto &lessons = window.lessonLibrary().lessons();
        QList<QAction *> entries;
        for (QAction *a : menu->actions())
            if (a->data().isValid())
                entries << a;
        QCOMPARE(entries.size(), qsizetype(lessons.size()));
        for (int i = 0; i < entries.size(); ++i) {
            QCOMPARE(entries.at(i)->text(), QStringLiteral("&%1. %2").arg(i + 1).arg(lessons[std::size_t(i)].title));
            QCOMPARE(entries.at(i)->data().toString(), lessons[std::size_t(i)].id);
        }
        QVERIFY(!menu->nextAction()->isEnabled()); // no lesson open
        QAction *tiny = *std::find_if(entries.begin(), entries.end(),
                                      [](QAction *a) { return a->data() == QStringLiteral("tiny-test"); });
        tiny->trigger();
        QVERIFY(window.lessonPlayer()->lesson());
        QCOMPARE(window.lessonPlayer()->lesson()->id, QStringLiteral("tiny-test"));
        QVERIFY(menu->nextAction()->isEnabled());
        QVERIFY(!menu->previousAction()->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(settled(window), kTimeoutMs);
        menu->rebuild();
        QVERIFY(tiny != nullptr);
        for (QAction *a : menu->actions())
            if (a->data().isValid())
                QCOMPARE(a->isChecked(), a->data() == QStringLiteral("tiny-test"));
    }

    void positionIsRemembered()
    {
        {
            MainWindow window;
            window.show();
            QVERIFY(window.setLessonFolder(kFixtures + QStringLiteral("/good")));
            QVERIFY(window.openLesson(QStringLiteral("tiny-test"), 2));
            QTRY_VERIFY_WITH_TIMEOUT(settled(window), kTimeoutMs);
            QCOMPARE(LessonPlayer::savedLesson(), QStringLiteral("tiny-test"));
            QCOMPARE(LessonPlayer::savedStep(QStringLiteral("tiny-test")), 2);
        }
        {
            MainWindow window;
            window.show();
            QVERIFY(window.setLessonFolder(kFixtures + QStringLiteral("/good")));
            QVERIFY(window.restoreLastLesson());
            QCOMPARE(window.lessonPlayer()->currentStep(), 2);
            QTRY_VERIFY_WITH_TIMEOUT(settled(window), kTimeoutMs);
            QCOMPARE(window.shownConfig().mechanism, core::Mechanism::Mla);
            // Opening it again from the menu resumes there too.
            window.lessonPlayer()->close();
            QVERIFY(window.openLesson(QStringLiteral("tiny-test")));
            QCOMPARE(window.lessonPlayer()->currentStep(), 2);
            QTRY_VERIFY_WITH_TIMEOUT(settled(window), kTimeoutMs);
            // Taken over at the end of a session: restored taken over, the parameters kept.
            window.parameters()->setHeads(4);
            QVERIFY(window.lessonPlayer()->isTakenOver());
        }
        {
            MainWindow window;
            window.show();
            QVERIFY(window.setLessonFolder(kFixtures + QStringLiteral("/good")));
            window.parameters()->setValues(core::Request{}); // stands in for restoreLastParameters()
            QVERIFY(window.restoreLastLesson());
            QVERIFY(window.lessonPlayer()->isTakenOver());
            QVERIFY(!window.lessonPlayer()->isApplying());
            QCOMPARE(window.parameters()->mechanism(), core::Mechanism::Mha);
            QVERIFY(window.lessonDock()->isVisible());
        }
    }

    void teachersTranslationsFollowTheLanguage()
    {
        MainWindow window;
        window.show();
        QVERIFY(window.setLessonFolder(kFixtures + QStringLiteral("/good")));
        QVERIFY(window.openLesson(QStringLiteral("tiny-test"), 0));
        QTRY_VERIFY_WITH_TIMEOUT(settled(window), kTimeoutMs);
        auto *title = window.lessonDock()->findChild<QLabel *>(QStringLiteral("lessonTitle"));
        auto *stepTitle = window.lessonDock()->findChild<QLabel *>(QStringLiteral("lessonStepTitle"));
        QCOMPARE(title->text(), QStringLiteral("A tiny test lesson"));
        io::setLanguage(QStringLiteral("de"));
        QTRY_COMPARE(title->text(), QStringLiteral("Eine kleine Testlektion"));
        QCOMPARE(stepTitle->text(), QStringLiteral("Scores eines Kopfes"));
        auto *dock = qobject_cast<lessons::LessonDock *>(window.lessonDock());
        QVERIFY(dock->textHtml().contains(QStringLiteral("Kopf 5 liest KV-Kopf 1.")));
        io::setLanguage(QStringLiteral("en"));
        QTRY_COMPARE(title->text(), QStringLiteral("A tiny test lesson"));
    }
};

QTEST_MAIN(TestLessonPlayer)
#include "tst_lessonplayer.moc"
