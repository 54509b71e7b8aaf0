// SPDX-License-Identifier: GPL-3.0-or-later
// MainWindow, part three: what the window keeps between sessions (io::settings()): geometry,
// splitter and docks, the last parameters, the timings panel's settings.
#include "app/mainwindow.h"

#include "io/requestjson.h"
#include "io/settings.h"
#include "widgets/models/parametermodel.h"
#include "widgets/models/timingsmodel.h"

#include <QCloseEvent>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QSplitter>

namespace attnscope::app {

namespace {
const QString kParametersKey = QStringLiteral("MainWindow/parameters");
} // namespace

bool MainWindow::restoreLastParameters()
{
    const QVariant saved = io::settings().value(kParametersKey);
    if (!saved.isValid() || saved.typeId() != QMetaType::QString)
        return false;
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(saved.toString().toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return false;
    const auto request = io::requestFromJson(document.object());
    if (!request)
        return false;
    // The same rules as the panel's: values it would refuse are not restored.
    widgets::ParameterModel probe;
    probe.setValues(*request);
    if (!probe.isValid())
        return false;
    m_parameters->setValues(*request);
    return true;
}

void MainWindow::startWithTrainedModel()
{
    core::Request request;
    request.mechanism = core::Mechanism::Mha;
    request.input = core::InputSource::Trained;
    widgets::ParameterModel probe;
    probe.setValues(request);
    if (probe.isValid()) // the models are found and load
        m_parameters->setValues(request);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings s = io::settings();
    s.setValue(
        kParametersKey,
        QString::fromUtf8(QJsonDocument(io::requestToJson(m_parameters->values())).toJson(QJsonDocument::Compact)));
    s.setValue(QStringLiteral("MainWindow/geometry"), saveGeometry());
    s.setValue(QStringLiteral("MainWindow/splitter"), m_splitter->saveState());
    s.setValue(QStringLiteral("MainWindow/state"), saveState());
    saveTimingsSettings();
    QMainWindow::closeEvent(event);
}

namespace {
const QString kTimingsKey = QStringLiteral("Timings/");
} // namespace

void MainWindow::restoreTimingsSettings()
{
    const QSettings s = io::settings();
    bool ok = false;
    const qlonglong context = s.value(kTimingsKey + QStringLiteral("context")).toLongLong(&ok);
    if (ok && context >= 1 && context <= (1 << 24))
        m_timingsModel->setContext(context);
    if (const auto dtype = core::dtypeFromId(s.value(kTimingsKey + QStringLiteral("dtype")).toString().toStdString()))
        m_timingsModel->setDType(*dtype);
    const int threads = s.value(kTimingsKey + QStringLiteral("threads")).toInt(&ok);
    if (ok && threads >= 1)
        m_timingsModel->setThreads(threads); // clamped to this machine's cores
    const QVariant live = s.value(kTimingsKey + QStringLiteral("live"));
    if (live.isValid())
        m_timingsModel->setLive(live.toBool());
    const qlonglong sweepMax = s.value(kTimingsKey + QStringLiteral("sweepMax")).toLongLong(&ok);
    if (ok && sweepMax >= widgets::TimingsModel::kSweepFrom && sweepMax <= (qlonglong(1) << 24))
        m_timingsModel->setSweepMax(sweepMax);
}

void MainWindow::saveTimingsSettings() const
{
    QSettings s = io::settings();
    s.setValue(kTimingsKey + QStringLiteral("context"), qlonglong(m_timingsModel->context()));
    s.setValue(kTimingsKey + QStringLiteral("dtype"),
               QString::fromLatin1(core::dtypeId(m_timingsModel->dtype()).data()));
    // Only a choice the user made: the default follows the machine.
    if (m_timingsModel->threads() != widgets::TimingsModel::defaultThreads())
        s.setValue(kTimingsKey + QStringLiteral("threads"), m_timingsModel->threads());
    else
        s.remove(kTimingsKey + QStringLiteral("threads"));
    s.setValue(kTimingsKey + QStringLiteral("live"), m_timingsModel->isLive());
    s.setValue(kTimingsKey + QStringLiteral("sweepMax"), qlonglong(m_timingsModel->sweepMax()));
}

} // namespace attnscope::app
