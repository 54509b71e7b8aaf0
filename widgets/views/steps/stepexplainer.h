// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/params/config.h"

#include <QCoreApplication>
#include <QString>

#include <cstdint>
#include <string>

namespace attnscope::core {
class Trace;
struct Step;
struct Tensor;
} // namespace attnscope::core

namespace attnscope::widgets {

// What one step of a trace computes, in words a reader can follow: the core records
// StepKind values and numbers, this layer turns them into translated text.
struct StepText
{
    QString title;       // short, plain: "Scores of head 2"
    QString description; // one or two plain sentences
    QString formulaHtml; // rich text with <sub>/<sup>, numbers of this trace filled in
    QString shapesHtml;  // the output and every input with its shape, rich text

    [[nodiscard]] bool isEmpty() const { return title.isEmpty() && description.isEmpty(); }
};

// Explains `step` of `trace` (computed for `mechanism`). Every size named in the text is
// read from the trace's tensors; `config`, when given, adds what the tensors cannot tell
// (the RoPE base and layout). Pure: no state, no widgets.
[[nodiscard]] StepText explainStep(const core::Trace &trace, const core::Step &step, core::Mechanism mechanism,
                                   const core::Config *config = nullptr);

// "[6 × 32]": a tensor's shape as the views print it.
[[nodiscard]] QString shapeText(const core::Tensor &tensor);
// A tensor name as rich text: "W_UK" -> "W<sub>UK</sub>", "head_outputs" unchanged.
[[nodiscard]] QString tensorNameHtml(const std::string &name);

// Holder of the tr() context of the functions above ("attnscope::widgets::StepExplainer").
class StepExplainer
{
    Q_DECLARE_TR_FUNCTIONS(attnscope::widgets::StepExplainer)
};

} // namespace attnscope::widgets
