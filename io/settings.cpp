// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/settings.h"

#include <QCoreApplication>

namespace attnscope::io {

QSettings settings()
{
    const QString organization = QCoreApplication::organizationName();
    const QString application = QCoreApplication::applicationName();
    return QSettings(organization.isEmpty() ? QStringLiteral("AttnScope") : organization,
                     application.isEmpty() ? QStringLiteral("AttnScope") : application);
}

} // namespace attnscope::io
