// SPDX-License-Identifier: GPL-3.0-or-later
// File > Export View…: the "Export Figure" dialog (the presets fill in their size and text size,
// only a custom size is editable, no size or text size a figure refuses can be entered, the
// "every head" option only where it applies, accepting gives the style chosen), the export after
// it (MainWindow::exportViewTo: the SVG parses and holds shapes and text, the PNG has the
// preset's size) and the whole flow from the menu through both dialogs.
#include "app/figurestyledialog.h"
#include "app/mainwindow.h"
#include "io/settings.h"
#include "tests/common/timelimits.h"
#include "widgets/figures/figurestyle.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QImage>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QXmlStreamReader>

#include <cmath>

using namespace attnscope;
using app::FigureStyleDialog;
using widgets::FigurePreset;
using widgets::FigureStyle;

Q_DECLARE_METATYPE(attnscope::widgets::FigurePreset)
Q_DECLARE_METATYPE(attnscope::widgets::FigureStyle)

namespace {

constexpr int kTimeoutMs = testing::kWaitMs;

// The fields show one decimal.
bool shows(const QDoubleSpinBox *box, double value)
{
    return std::abs(box->value() - value) <= 0.05 + 1e-9;
}

void choose(FigureStyleDialog &dialog, FigurePreset preset)
{
    QComboBox *box = dialog.presetBox();
    box->setCurrentIndex(box->findData(int(preset)));
}

// Types into a spin box as a user does (everything selected first), then leaves it.
void type(QDoubleSpinBox *box, const QString &text)
{
    box->setFocus();
    box->selectAll();
    QTest::keyClicks(box, text);
    QTest::keyClick(box, Qt::Key_Tab);
    box->interpretText();
}

struct SvgCount
{
    bool parsed = false;
    bool svgRoot = false;
    int rects = 0;
    int texts = 0;
};

SvgCount readSvg(const QString &file)
{
    SvgCount count;
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return count;
    QXmlStreamReader xml(&f);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("svg"))
            count.svgRoot = true;
        else if (xml.name() == QLatin1String("rect"))
            ++count.rects;
        else if (xml.name() == QLatin1String("text"))
            ++count.texts;
    }
    count.parsed = !xml.hasError();
    return count;
}

QSettings testSettings()
{
    return QSettings(QCoreApplication::organizationName(), QCoreApplication::applicationName());
}

} // namespace

class TestExportDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("AttnScope-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_exportdialog"));
        testSettings().clear();
    }
    void cleanupTestCase() { testSettings().clear(); }

    // The dialog opens on the style it is given: a preset with its size, or a custom size.
    void opensOnTheInitialStyle_data()
    {
        QTest::addColumn<FigureStyle>("initial");
        QTest::newRow("slide") << FigureStyle::forPreset(FigurePreset::Slide);
        QTest::newRow("column") << FigureStyle::forPreset(FigurePreset::Column);
        QTest::newRow("double, 11 pt") << [] {
            FigureStyle s = FigureStyle::forPreset(FigurePreset::Double);
            s.fontPt = 11.0;
            return s;
        }();
        QTest::newRow("custom") << FigureStyle::custom(120.0, 75.5, 12.5);
    }

    void opensOnTheInitialStyle()
    {
        QFETCH(FigureStyle, initial);
        FigureStyleDialog dialog(initial, false);
        QCOMPARE(dialog.windowTitle(), QStringLiteral("Export Figure"));
        QCOMPARE(FigurePreset(dialog.presetBox()->currentData().toInt()), initial.preset);
        QVERIFY(shows(dialog.widthBox(), initial.sizeMm.width()));
        QVERIFY(shows(dialog.heightBox(), initial.sizeMm.height()));
        QVERIFY(shows(dialog.fontBox(), initial.fontPt));
        const bool custom = initial.preset == FigurePreset::Custom;
        QCOMPARE(dialog.widthBox()->isEnabled(), custom);
        QCOMPARE(dialog.heightBox()->isEnabled(), custom);
        QVERIFY(dialog.fontBox()->isEnabled());
        // Accepted unchanged, it gives that style back.
        const FigureStyle style = dialog.style();
        QCOMPARE(style.preset, initial.preset);
        QVERIFY(std::abs(style.sizeMm.width() - initial.sizeMm.width()) <= 0.05 + 1e-9);
        QVERIFY(std::abs(style.sizeMm.height() - initial.sizeMm.height()) <= 0.05 + 1e-9);
        QVERIFY(std::abs(style.fontPt - initial.fontPt) <= 0.05 + 1e-9);
        // The controls are also found by name.
        QCOMPARE(dialog.findChild<QComboBox *>(QStringLiteral("figurePreset")), dialog.presetBox());
        QCOMPARE(dialog.findChild<QDoubleSpinBox *>(QStringLiteral("figureWidth")), dialog.widthBox());
        QCOMPARE(dialog.findChild<QDoubleSpinBox *>(QStringLiteral("figureHeight")), dialog.heightBox());
        QCOMPARE(dialog.findChild<QDoubleSpinBox *>(QStringLiteral("figureFont")), dialog.fontBox());
        QCOMPARE(dialog.findChild<QDialogButtonBox *>(QStringLiteral("figureButtons")), dialog.buttons());
    }

    // Each preset fills in FigureStyle::forPreset's size and text size; only "Custom size" lets
    // the size be edited, and it starts from the size shown.
    void presetsFillInTheirStyle_data()
    {
        QTest::addColumn<FigurePreset>("preset");
        QTest::newRow("slide") << FigurePreset::Slide;
        QTest::newRow("column") << FigurePreset::Column;
        QTest::newRow("double") << FigurePreset::Double;
    }

    void presetsFillInTheirStyle()
    {
        QFETCH(FigurePreset, preset);
        FigureStyleDialog dialog(FigureStyle::custom(200.0, 50.0, 20.0), false);
        QVERIFY(dialog.widthBox()->isEnabled() && dialog.heightBox()->isEnabled());
        choose(dialog, preset);
        const FigureStyle expected = FigureStyle::forPreset(preset);
        QVERIFY(shows(dialog.widthBox(), expected.sizeMm.width()));
        QVERIFY(shows(dialog.heightBox(), expected.sizeMm.height()));
        QVERIFY(shows(dialog.fontBox(), expected.fontPt));
        QVERIFY(!dialog.widthBox()->isEnabled());
        QVERIFY(!dialog.heightBox()->isEnabled());
        QVERIFY(dialog.fontBox()->isEnabled());
        // The preset's exact size (the slide's 142.875 mm, not the 142.9 shown).
        FigureStyle style = dialog.style();
        QCOMPARE(style.preset, preset);
        QCOMPARE(style.sizeMm, expected.sizeMm);
        QCOMPARE(style.fontPt, expected.fontPt);
        // The text size is the user's for every preset.
        dialog.fontBox()->setValue(12.0);
        style = dialog.style();
        QCOMPARE(style.sizeMm, expected.sizeMm);
        QCOMPARE(style.fontPt, 12.0);

        // Custom: editable, from the size shown.
        choose(dialog, FigurePreset::Custom);
        QVERIFY(dialog.widthBox()->isEnabled());
        QVERIFY(dialog.heightBox()->isEnabled());
        QVERIFY(shows(dialog.widthBox(), expected.sizeMm.width()));
        QVERIFY(shows(dialog.heightBox(), expected.sizeMm.height()));
        QVERIFY(shows(dialog.fontBox(), 12.0));
        dialog.widthBox()->setValue(150.0);
        dialog.heightBox()->setValue(90.0);
        style = dialog.style();
        QCOMPARE(style.preset, FigurePreset::Custom);
        QCOMPARE(style.sizeMm, QSizeF(150.0, 90.0));
        QCOMPARE(style.fontPt, 12.0);
        // Back to the preset: its size again, and locked.
        choose(dialog, preset);
        QVERIFY(shows(dialog.widthBox(), expected.sizeMm.width()));
        QVERIFY(!dialog.widthBox()->isEnabled());
    }

    // A size or text size a figure refuses (widgets::figureStyleError) cannot be entered: typed
    // or set, the fields keep to width 30-1000 mm, height 20-1000 mm, text 8-72 pt.
    void noRefusedSizeCanBeEntered()
    {
        FigureStyleDialog dialog(FigureStyle::forPreset(FigurePreset::Slide), false);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        choose(dialog, FigurePreset::Custom);
        QDoubleSpinBox *width = dialog.widthBox();
        QDoubleSpinBox *height = dialog.heightBox();
        QDoubleSpinBox *font = dialog.fontBox();

        type(width, QStringLiteral("0"));
        QVERIFY2(width->value() >= 30.0, qPrintable(width->text()));
        type(height, QStringLiteral("5"));
        QVERIFY2(height->value() >= 20.0, qPrintable(height->text()));
        type(font, QStringLiteral("6"));
        QVERIFY2(font->value() >= widgets::kMinimumFontPt, qPrintable(font->text()));
        type(width, QStringLiteral("-40"));
        QVERIFY2(width->value() >= 30.0, qPrintable(width->text()));
        type(height, QStringLiteral("99999"));
        QVERIFY2(height->value() <= 1000.0, qPrintable(height->text()));

        width->setValue(0.0);
        QCOMPARE(width->value(), 30.0);
        height->setValue(1e6);
        QCOMPARE(height->value(), 1000.0);
        font->setValue(5.0);
        QCOMPARE(font->value(), widgets::kMinimumFontPt);
        font->setValue(100.0);
        QCOMPARE(font->value(), 72.0);
        const FigureStyle style = dialog.style();
        QVERIFY2(widgets::figureStyleError(style.sizeMm.width(), style.sizeMm.height(), style.fontPt).isEmpty(),
                 qPrintable(widgets::figureStyleError(style.sizeMm.width(), style.sizeMm.height(), style.fontPt)));

        // A valid size typed in is taken.
        type(width, QLocale().toString(123.4, 'f', 1));
        QCOMPARE(width->value(), 123.4);
        type(font, QLocale().toString(9.5, 'f', 1));
        QCOMPARE(font->value(), 9.5);
        QCOMPARE(dialog.style().sizeMm.width(), 123.4);
        QCOMPARE(dialog.style().fontPt, 9.5);
    }

    // "Every head" only where the view draws heads.
    void everyHeadOnlyWhereItApplies()
    {
        {
            FigureStyleDialog dialog(FigureStyle::forPreset(FigurePreset::Slide), false);
            dialog.show();
            QVERIFY(!dialog.headsBox());
            QVERIFY(!dialog.findChild<QCheckBox *>());
            QVERIFY(!dialog.allHeads());
        }
        FigureStyleDialog dialog(FigureStyle::forPreset(FigurePreset::Slide), true);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCheckBox *heads = dialog.headsBox();
        QVERIFY(heads);
        QCOMPARE(dialog.findChild<QCheckBox *>(QStringLiteral("figureAllHeads")), heads);
        QVERIFY(heads->isVisible());
        QVERIFY(!heads->isChecked());
        QVERIFY(!dialog.allHeads());
        heads->click();
        QVERIFY(dialog.allHeads());
    }

    // OK gives the style chosen; Cancel is a rejection.
    void acceptingGivesTheChosenStyle()
    {
        FigureStyleDialog dialog(FigureStyle::forPreset(FigurePreset::Slide), true);
        QTimer::singleShot(0, &dialog, [&] {
            choose(dialog, FigurePreset::Custom);
            dialog.widthBox()->setValue(140.0);
            dialog.heightBox()->setValue(70.0);
            dialog.fontBox()->setValue(10.5);
            dialog.headsBox()->setChecked(true);
            dialog.buttons()->button(QDialogButtonBox::Ok)->click();
        });
        QCOMPARE(dialog.exec(), int(QDialog::Accepted));
        const FigureStyle style = dialog.style();
        QCOMPARE(style.preset, FigurePreset::Custom);
        QCOMPARE(style.sizeMm, QSizeF(140.0, 70.0));
        QCOMPARE(style.fontPt, 10.5);
        QVERIFY(dialog.allHeads());

        FigureStyleDialog cancelled(FigureStyle::forPreset(FigurePreset::Column), false);
        QTimer::singleShot(0, &cancelled, [&] { cancelled.buttons()->button(QDialogButtonBox::Cancel)->click(); });
        QCOMPARE(cancelled.exec(), int(QDialog::Rejected));
    }

    // What File > Export View… does after its dialogs, with the file name given.
    void exportViewToWritesAFigure()
    {
        app::MainWindow window;
        window.show();
        QTRY_VERIFY_WITH_TIMEOUT(window.shownTrace() && !window.isBusy(), kTimeoutMs);
        QVERIFY(window.showView(QStringLiteral("attention")));
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const FigureStyle column = FigureStyle::forPreset(FigurePreset::Column);

        QString error;
        bool noFigure = true;
        const QString svg = dir.filePath(QStringLiteral("attention.svg"));
        QVERIFY2(window.exportViewTo(svg, column, false, &error, &noFigure), qPrintable(error));
        QVERIFY(!noFigure);
        const SvgCount one = readSvg(svg);
        QVERIFY(one.parsed && one.svgRoot);
        QVERIFY(one.rects > 0);
        QVERIFY(one.texts > 0);

        // Every head: one panel each, so more cells than one head.
        const QString heads = dir.filePath(QStringLiteral("heads.svg"));
        QVERIFY2(window.exportViewTo(heads, column, true, &error), qPrintable(error));
        const SvgCount all = readSvg(heads);
        QVERIFY(all.parsed && all.svgRoot);
        QVERIFY(all.rects > one.rects);
        QCOMPARE(window.currentViewId(), QStringLiteral("attention"));

        const QString png = dir.filePath(QStringLiteral("attention.png"));
        QVERIFY2(window.exportViewTo(png, column, false, &error), qPrintable(error));
        const QImage image(png);
        QVERIFY(!image.isNull());
        QCOMPARE(image.size(), column.pngPixels());

        // A name of another kind is refused with a sentence, and nothing is written.
        const QString text = dir.filePath(QStringLiteral("attention.txt"));
        QVERIFY(!window.exportViewTo(text, column, false, &error, &noFigure));
        QVERIFY(!noFigure);
        QVERIFY2(error.contains(QStringLiteral(".png, .svg or .pdf")), qPrintable(error));
        QVERIFY(!QFileInfo::exists(text));
    }

    // The whole flow from the menu: the file dialog, the figure dialog, the file, the settings.
    // "Every head" is offered for the attention and heads views only.
    void exportViewFromTheMenu_data()
    {
        QTest::addColumn<QString>("view");
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("headsOffered");
        QTest::newRow("heads, svg") << QStringLiteral("heads") << QStringLiteral("figure.svg") << true;
        QTest::newRow("steps, png") << QStringLiteral("steps") << QStringLiteral("figure.png") << false;
    }

    void exportViewFromTheMenu()
    {
        QFETCH(QString, view);
        QFETCH(QString, name);
        QFETCH(bool, headsOffered);
        app::MainWindow window;
        window.show();
        QTRY_VERIFY_WITH_TIMEOUT(window.shownTrace() && !window.isBusy(), kTimeoutMs);
        QVERIFY(window.showView(view));
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString file = dir.filePath(name);
        QAction *action = nullptr;
        for (QAction *a : window.findChildren<QAction *>())
            if (a->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_E))
                action = a;
        QVERIFY(action);

        // Answers the modal dialogs as they come; anything else is closed and recorded.
        bool askedFile = false;
        bool askedFigure = false;
        bool offeredHeads = false;
        QString unexpected;
        int fileTries = 0;
        QTimer driver;
        driver.setInterval(20);
        connect(&driver, &QTimer::timeout, &window, [&] {
            QWidget *modal = QApplication::activeModalWidget();
            if (!modal)
                return;
            if (auto *files = qobject_cast<QFileDialog *>(modal)) {
                askedFile = true;
                // selectFile() leaves a file name field that has the focus alone.
                if (QWidget *focus = files->focusWidget())
                    focus->clearFocus();
                files->selectFile(file);
                if (files->selectedFiles() != QStringList{file}) {
                    if (++fileTries < 250)
                        return; // the next tick tries again
                    unexpected =
                        QStringLiteral("the file dialog kept ") + files->selectedFiles().join(QLatin1Char(' '));
                    files->reject();
                    return;
                }
                static_cast<QDialog *>(files)->accept(); // public in QDialog: the file dialog's own accept()
            } else if (auto *figure = qobject_cast<FigureStyleDialog *>(modal)) {
                askedFigure = true;
                offeredHeads = figure->headsBox() != nullptr;
                choose(*figure, FigurePreset::Double);
                figure->fontBox()->setValue(10.0);
                figure->buttons()->button(QDialogButtonBox::Ok)->click();
            } else if (auto *box = qobject_cast<QDialog *>(modal)) {
                if (auto *message = qobject_cast<QMessageBox *>(box))
                    unexpected = message->text();
                else
                    unexpected = box->metaObject()->className();
                box->reject();
            }
        });
        driver.start();
        action->trigger();
        driver.stop();
        QVERIFY2(unexpected.isEmpty(), qPrintable(unexpected));
        QVERIFY(askedFile);
        QVERIFY(askedFigure);
        QCOMPARE(offeredHeads, headsOffered);
        QVERIFY(QFileInfo::exists(file));
        if (name.endsWith(QLatin1String(".svg"))) {
            const SvgCount svg = readSvg(file);
            QVERIFY(svg.parsed && svg.svgRoot);
            QVERIFY(svg.rects > 0 && svg.texts > 0);
        } else {
            const QImage image(file);
            QVERIFY(!image.isNull());
            QCOMPARE(image.size(), FigureStyle::forPreset(FigurePreset::Double).pngPixels());
        }
        // The choice is what the dialog offers next time.
        const QSettings s = io::settings();
        QCOMPARE(s.value(QStringLiteral("MainWindow/exportFigure")).toString(), QStringLiteral("double"));
        QCOMPARE(s.value(QStringLiteral("MainWindow/exportFigureFont")).toDouble(), 10.0);
        QCOMPARE(s.value(QStringLiteral("MainWindow/exportDir")).toString(), QFileInfo(file).absolutePath());
    }
};

QTEST_MAIN(TestExportDialog)
#include "tst_exportdialog.moc"
