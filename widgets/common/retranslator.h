// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <utility>
#include <vector>

namespace attnscope::widgets {

// Keeps the texts a widget sets once (labels, titles, tooltips) in the current language.
// add() runs a setter at once and remembers it; retranslate() runs every setter again, which
// the widget does on QEvent::LanguageChange. Texts that follow data (a step's explanation, a
// table of figures) are rebuilt by the widget's own update functions instead.
//
//     m_texts.add([label] { label->setText(tr("&Head shown:")); });
class Retranslator
{
public:
    void add(std::function<void()> apply)
    {
        apply();
        m_apply.push_back(std::move(apply));
    }
    void retranslate() const
    {
        for (const auto &apply : m_apply)
            apply();
    }

private:
    std::vector<std::function<void()>> m_apply;
};

} // namespace attnscope::widgets
