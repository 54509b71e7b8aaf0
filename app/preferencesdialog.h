// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;

namespace attnscope::app {

// Settings > Preferences…: the language of the user interface (the system's or one of
// io::languageCodes()). The dialog only collects the choice; the main window applies it, at once
// and without a restart, and saves it.
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(QWidget *parent = nullptr);
    ~PreferencesDialog() override;

    // A code of io::languageCodes(), or empty for the system's language.
    [[nodiscard]] QString language() const;
    void setLanguage(const QString &code);
    [[nodiscard]] QComboBox *languageBox() const { return m_language; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QLabel *m_languageLabel = nullptr;
    QComboBox *m_language = nullptr;
    QLabel *m_note = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace attnscope::app
