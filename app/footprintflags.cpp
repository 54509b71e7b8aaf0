// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/footprintflags.h"

#include "app/mainwindow.h"
#include "io/modelconfig.h"
#include "widgets/models/footprintsettings.h"

#include <QFileInfo>

namespace attnscope::app {

namespace {

// name -> takes a value.
const QList<QPair<QString, bool>> kFlags{
    {"config", true},      {"compare", true},     {"compare-bits", true},       {"kv-bits", true},
    {"context", true},     {"batch", true},       {"gpus", true},               {"gpu-gib", true},
    {"reserve-gib", true}, {"weight-bits", true}, {"weight-scale-group", true}, {"kv-scale-group", true},
    {"block-size", true},  {"dp-attention", false}, {"overlay", true}};

// The entry key of a model named on the command line: a preset's id, or an imported file's path.
QString entryKey(widgets::FootprintSettings &settings, const QString &argument, const core::ModelShape &model)
{
    if (io::presetIds().contains(argument))
        return argument;
    return settings.addImported(model, argument);
}

} // namespace

bool isFootprintFlag(const QString &name, bool *takesValue)
{
    for (const auto &[flag, value] : kFlags)
        if (flag == name) {
            if (takesValue)
                *takesValue = value;
            return true;
        }
    return false;
}

std::variant<FootprintRender, QString> parseFootprintRender(const QStringList &flags, const QString &model)
{
    FootprintRender r;
    QStringList arguments{QStringLiteral("attnscope"), QStringLiteral("footprint")};
    if (!model.isEmpty())
        arguments << QStringLiteral("--model") << model;
    r.modelArgument = model;
    for (int i = 0; i < flags.size(); ++i) {
        const QString &flag = flags.at(i);
        if (flag == QLatin1String("--overlay")) {
            r.overlays << flags.value(++i);
            continue;
        }
        if (flag == QLatin1String("--config"))
            r.configArgument = flags.value(i + 1);
        if (flag == QLatin1String("--compare"))
            r.compareArgument = flags.value(i + 1);
        arguments << flag;
    }
    if (model.isEmpty() && r.configArgument.isEmpty())
        return QStringLiteral("%1 sets the footprint of a model: add --model ID or --config FILE.")
            .arg(flags.value(0));
    const cli::FootprintParse parsed = cli::parseFootprintArguments(arguments);
    if (const auto *error = std::get_if<QString>(&parsed))
        return *error;
    if (std::holds_alternative<cli::FootprintHelp>(parsed))
        return QStringLiteral("--help: see attnscope export --help.");
    r.options = std::get<cli::FootprintOptions>(parsed);
    for (const QString &overlay : std::as_const(r.overlays)) {
        QString error;
        if (io::presetIds().contains(overlay))
            continue;
        if (!QFileInfo(overlay).isFile())
            return QStringLiteral("--overlay '%1': neither a preset (see attnscope footprint --list-models) nor a "
                                  "file.")
                .arg(overlay);
        if (!io::readModelFile(overlay, &error))
            return QStringLiteral("--overlay %1").arg(error);
    }
    return r;
}

QString applyFootprintRender(MainWindow &window, const FootprintRender &render)
{
    widgets::FootprintSettings &settings = *window.footprintSettings();
    const cli::FootprintOptions &o = render.options;
    if (!o.model)
        return QStringLiteral("the footprint view needs a model: add --model ID or --config FILE.");
    if (!render.configArgument.isEmpty())
        window.showFootprint(*o.model, QString(), settings.addImported(*o.model, render.configArgument));
    else
        window.showFootprint(*o.model, render.modelArgument);
    QStringList overlays;
    for (const QString &overlay : render.overlays) {
        QString error;
        const auto model = io::presetIds().contains(overlay) ? io::presetModel(overlay, &error)
                                                             : io::readModelFile(overlay, &error);
        if (!model)
            return QStringLiteral("--overlay %1").arg(error);
        overlays << entryKey(settings, overlay, *model);
    }
    settings.setOverlays(overlays);
    settings.setCompared(o.compare ? entryKey(settings, render.compareArgument, *o.compare) : QString());
    settings.setCompareBits(o.compareBits);
    settings.setRequest(o.request, o.plan);
    return {};
}

} // namespace attnscope::app
