// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/preferencesdialog.h"

#include "io/language.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

#include <algorithm>

namespace attnscope::app {

PreferencesDialog::PreferencesDialog(QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("preferences"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("language"));
    m_language->addItem(QString(), QString()); // "System default (…)", see retranslateUi()
    for (const QString &code : io::languageCodes())
        m_language->addItem(io::languageName(code), code);
    m_languageLabel = new QLabel(this);
    m_languageLabel->setBuddy(m_language);
    form->addRow(m_languageLabel, m_language);
    layout->addLayout(form);

    m_note = new QLabel(this);
    m_note->setWordWrap(true);
    m_note->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_note);
    layout->addStretch(1);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);

    retranslateUi();
    io::setLanguage(io::requestedLanguage());
}

PreferencesDialog::~PreferencesDialog() = default;

QString PreferencesDialog::language() const
{
    return m_language->currentData().toString();
}

void PreferencesDialog::setLanguage(const QString &code)
{
    const int index = m_language->findData(io::parseLanguage(code).value_or(QString()));
    m_language->setCurrentIndex(std::max(index, 0));
}

void PreferencesDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void PreferencesDialog::retranslateUi()
{
    setWindowTitle(tr("Preferences"));
    m_languageLabel->setText(tr("&Language:"));
    m_language->setItemText(0, tr("System default (%1)").arg(io::languageName(io::systemLanguage())));
    m_language->setToolTip(tr("The language of menus, views and explanations. It changes at once, without a "
                              "restart; the command line's output stays English."));
    m_note->setText(tr("Numbers are written as the system's regional settings say."));
}

} // namespace attnscope::app
