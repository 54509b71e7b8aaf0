// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSettings>

namespace attnscope::io {

// AttnScope's settings: the organisation and application names main() sets ("AttnScope" for
// either when unset). main() names the interactive window "AttnScope" and the offscreen modes
// "AttnScope-offscreen", so that each keeps its own store; tests set names of their own. The
// window, the lessons and the interface language all read and write this one store.
[[nodiscard]] QSettings settings();

} // namespace attnscope::io
