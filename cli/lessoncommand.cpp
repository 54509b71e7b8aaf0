// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/lessoncommand.h"

#include "cli/commandline.h"
#include "cli/commands.h"
#include "lessons/lesson.h"
#include "lessons/lessonhandout.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace attnscope::cli {

namespace {

const char *const kUsage =
    "Usage: attnscope lessons --list [--json] [--lesson-dir DIR]\n"
    "       attnscope lessons --check FILE...\n"
    "       attnscope lessons --handout ID --output FILE.pdf [--lesson-dir DIR] [--lang LANG]\n"
    "Lists the lessons (the built-in ones and those of --lesson-dir), checks lesson files, or writes\n"
    "a lesson as a PDF handout: every step's text with a picture of the view it shows (A4).\n"
    "The file format: docs/lessons.md. A lesson opens in the window with attnscope --lesson ID\n"
    "[--step K]; add --screenshot FILE to render that step offscreen. --lang (en, de, zh_CN) writes\n"
    "the handout in that language (default English).\n"
    "Exit codes: 0 success, 1 the handout could not be written, 2 bad flags, ids or lesson files.\n";

QString source(const lessons::Lesson &lesson)
{
    return lesson.isBuiltin() ? QStringLiteral("builtin") : QDir::cleanPath(lesson.source);
}

} // namespace

int runLessons(const QStringList &arguments, CommandContext &context)
{
    QTextStream &out = context.out;
    QTextStream &err = context.err;
    QCommandLineParser parser;
    const QCommandLineOption help({"h", "help"}, QStringLiteral("Show this help."));
    const QCommandLineOption list("list", QStringLiteral("List the lessons: id, steps and title, one per line."));
    const QCommandLineOption json("json",
                                  QStringLiteral("With --list: a JSON array of {id, title, steps, order, summary, "
                                                 "source}."));
    const QCommandLineOption check("check", QStringLiteral("Check the lesson files given as arguments."));
    const QCommandLineOption handout("handout", QStringLiteral("Write lesson ID as a PDF handout to --output."),
                                     QStringLiteral("ID"));
    const QCommandLineOption output("output", QStringLiteral("The handout's file (.pdf)."), QStringLiteral("FILE"));
    const QCommandLineOption folder("lesson-dir", QStringLiteral("Also load the *.lesson files of DIR."),
                                    QStringLiteral("DIR"));
    for (const auto *o : {&help, &list, &json, &check, &handout, &output, &folder})
        parser.addOption(*o);
    QStringList rest = arguments.mid(2);
    rest.prepend(arguments.value(0, QStringLiteral("attnscope")));
    const auto fail = [&err](const QString &message) {
        err << "attnscope lessons: " << message << "\n";
        return int(ExitUsage);
    };
    if (!parser.parse(rest))
        return fail(parser.errorText());
    if (parser.isSet(help)) {
        out << kUsage << parser.helpText().section(QLatin1Char('\n'), 2);
        return ExitOk;
    }
    if (const QString repeated = repeatedOption(parser); !repeated.isEmpty())
        return fail(QStringLiteral("--%1 is given more than once; give it once.").arg(repeated));
    const int modes = int(parser.isSet(list)) + int(parser.isSet(check)) + int(parser.isSet(handout));
    if (modes != 1)
        return fail(QStringLiteral("give one of --list, --check FILE... or --handout ID (see attnscope lessons "
                                   "--help)."));
    if (parser.isSet(json) && !parser.isSet(list))
        return fail(QStringLiteral("--json goes with --list."));
    if (parser.isSet(output) && !parser.isSet(handout))
        return fail(QStringLiteral("--output goes with --handout ID."));
    if (parser.isSet(folder) && parser.isSet(check))
        return fail(QStringLiteral("--lesson-dir goes with --list and --handout; --check reads the files given."));
    if (!parser.isSet(check) && !parser.positionalArguments().isEmpty())
        return fail(QStringLiteral("unexpected argument '%1'; only --check takes files.")
                        .arg(parser.positionalArguments().constFirst()));

    lessons::LessonLibrary library;
    QStringList errors;
    if (parser.isSet(check)) {
        const QStringList files = parser.positionalArguments();
        if (files.isEmpty())
            return fail(QStringLiteral("--check needs at least one lesson FILE."));
        const bool ok = library.loadFiles(files, &errors);
        for (const QString &e : std::as_const(errors))
            err << "attnscope lessons: " << e << "\n";
        for (const lessons::Lesson &lesson : library.lessons())
            out << QDir::cleanPath(lesson.source) << ": lesson " << lesson.id << ", " << lesson.steps.size()
                << (lesson.steps.size() == 1 ? " step" : " steps") << ", ok\n";
        return ok ? ExitOk : ExitUsage;
    }

    if (!library.load(parser.value(folder), &errors)) {
        for (const QString &e : std::as_const(errors))
            err << "attnscope lessons: " << e << "\n";
        return ExitUsage;
    }

    if (parser.isSet(list)) {
        if (parser.isSet(json)) {
            QJsonArray array;
            for (const lessons::Lesson &lesson : library.lessons()) {
                QJsonObject o;
                o.insert(QStringLiteral("id"), lesson.id);
                o.insert(QStringLiteral("title"), lesson.title);
                o.insert(QStringLiteral("steps"), int(lesson.steps.size()));
                o.insert(QStringLiteral("order"), lesson.order == INT_MAX ? QJsonValue() : QJsonValue(lesson.order));
                o.insert(QStringLiteral("summary"), lesson.summary);
                o.insert(QStringLiteral("source"), source(lesson));
                array.append(o);
            }
            out << QJsonDocument(array).toJson(QJsonDocument::Indented);
            return ExitOk;
        }
        int width = 2;
        for (const lessons::Lesson &lesson : library.lessons())
            width = std::max(width, int(lesson.id.size()));
        for (const lessons::Lesson &lesson : library.lessons())
            out << lesson.id.leftJustified(width + 2) << QString::number(lesson.steps.size()).rightJustified(3) << "  "
                << lesson.title << "\n";
        return ExitOk;
    }

    // --handout
    const QString id = parser.value(handout);
    const lessons::Lesson *lesson = library.find(id);
    if (!lesson)
        return fail(QStringLiteral("--handout '%1': no such lesson; see attnscope lessons --list.").arg(id));
    if (!parser.isSet(output))
        return fail(QStringLiteral("--handout needs --output FILE.pdf."));
    const QString file = parser.value(output);
    if (QFileInfo(file).suffix().toLower() != QLatin1String("pdf"))
        return fail(QStringLiteral("--output '%1': a handout is a PDF; give the file a .pdf name.").arg(file));
    QString error;
    if (!lessons::writeHandout(*lesson, context.stages, file, &error)) {
        err << "attnscope lessons: " << error << "\n";
        return ExitFailure;
    }
    out << "Wrote " << file << "\n";
    return ExitOk;
}

} // namespace attnscope::cli
