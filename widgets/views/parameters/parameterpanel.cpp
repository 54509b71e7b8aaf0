// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/views/parameters/parameterpanel.h"

#include "widgets/common/palette.h"
#include "widgets/common/coretext.h"
#include "widgets/common/richname.h"
#include "widgets/views/parameters/inputbox.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QEvent>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QRegularExpression>
#include <QSlider>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>
#include <array>
#include <limits>

namespace attnscope::widgets {

using core::AttentionKind;
using core::Mechanism;

namespace {

constexpr std::array kMechanisms{Mechanism::Bahdanau, Mechanism::Sdpa, Mechanism::Mha,
                                 Mechanism::Gqa,      Mechanism::Mqa,  Mechanism::Mla};

QString tokensName(Mechanism mechanism)
{
    return mechanism == Mechanism::Bahdanau ? ParameterPanel::tr("Target tokens") : ParameterPanel::tr("Tokens");
}

// The name of a parameter's control (untranslated); the tokens' name follows the mechanism
// (tokensName()).
const char *controlLabel(Parameter parameter)
{
    switch (parameter) {
    case Parameter::Mechanism: return QT_TRANSLATE_NOOP("attnscope::widgets::ParameterPanel", "Mechanism");
    case Parameter::DModel: return QT_TRANSLATE_NOOP("attnscope::widgets::ParameterPanel", "Model width");
    case Parameter::Heads: return QT_TRANSLATE_NOOP("attnscope::widgets::ParameterPanel", "Heads");
    case Parameter::KvHeads: return QT_TRANSLATE_NOOP("attnscope::widgets::ParameterPanel", "KV heads");
    case Parameter::HeadDim: return QT_TRANSLATE_NOOP("attnscope::widgets::ParameterPanel", "Head width");
    case Parameter::Tokens: return QT_TRANSLATE_NOOP("attnscope::widgets::ParameterPanel", "Tokens");
    case Parameter::SourceTokens: return QT_TRANSLATE_NOOP("attnscope::widgets::ParameterPanel", "Source tokens");
    case Parameter::Causal: return QT_TRANSLATE_NOOP("attnscope::widgets::ParameterPanel", "Causal mask");
    case Parameter::Cross: return QT_TRANSLATE_NOOP("attnscope::widgets::ParameterPanel", "Cross attention");
    case Parameter::LatentRank: return QT_TRANSLATE_NOOP("attnscope::widgets::ParameterPanel", "Latent rank");
    case Parameter::QueryRank: return QT_TRANSLATE_NOOP("attnscope::widgets::ParameterPanel", "Query rank");
    case Parameter::RopeDim: return QT_TRANSLATE_NOOP("attnscope::widgets::ParameterPanel", "RoPE width");
    case Parameter::RopeLayout: return QT_TRANSLATE_NOOP("attnscope::widgets::ParameterPanel", "RoPE layout");
    case Parameter::RopeBase: return QT_TRANSLATE_NOOP("attnscope::widgets::ParameterPanel", "RoPE base");
    case Parameter::MlaPath: return QT_TRANSLATE_NOOP("attnscope::widgets::ParameterPanel", "MLA path");
    case Parameter::Hidden: return QT_TRANSLATE_NOOP("attnscope::widgets::ParameterPanel", "Hidden width");
    case Parameter::AlignDim: return QT_TRANSLATE_NOOP("attnscope::widgets::ParameterPanel", "Alignment width");
    case Parameter::Seed: return QT_TRANSLATE_NOOP("attnscope::widgets::ParameterPanel", "Seed");
    case Parameter::Input: return QT_TRANSLATE_NOOP("attnscope::widgets::ParameterPanel", "Input");
    case Parameter::Text: return QT_TRANSLATE_NOOP("attnscope::widgets::ParameterPanel", "Text");
    case Parameter::Layer: return QT_TRANSLATE_NOOP("attnscope::widgets::ParameterPanel", "Layer");
    }
    return "";
}

} // namespace

QString controlName(const QString &parameter, Mechanism mechanism)
{
    const auto p = core::parameterFromName(parameter.toStdString());
    if (!p)
        return QString();
    return *p == Parameter::Tokens ? tokensName(mechanism) : ParameterPanel::tr(controlLabel(*p));
}

QString controlSentence(const QString &message, Mechanism mechanism)
{
    static const QRegularExpression flag(QStringLiteral("--([a-z][a-z-]*)"));
    QString out;
    qsizetype last = 0;
    for (auto it = flag.globalMatch(message); it.hasNext();) {
        const auto match = it.next();
        out += message.mid(last, match.capturedStart() - last);
        const QString name = controlName(match.captured(1), mechanism);
        out += name.isEmpty() ? match.captured(0) : name;
        last = match.capturedEnd();
    }
    out += message.mid(last);
    return out;
}

std::vector<int> divisorsOf(int n)
{
    std::vector<int> divisors;
    for (int d = 1; d <= n; ++d) {
        if (n % d == 0)
            divisors.push_back(d);
    }
    return divisors;
}

ParameterPanel::ParameterPanel(QWidget *parent) : QWidget(parent)
{
    build();
}

ParameterPanel::ParameterPanel(ParameterModel *model, QWidget *parent) : QWidget(parent)
{
    build();
    setModel(model);
}

ParameterPanel::~ParameterPanel() = default;

QString ParameterPanel::mechanismName(Mechanism m)
{
    switch (m) {
    case Mechanism::Bahdanau: return tr("Bahdanau additive");
    case Mechanism::Sdpa: return tr("Scaled dot-product");
    case Mechanism::Mha: return tr("Multi-head (MHA)");
    case Mechanism::Gqa: return tr("Grouped-query (GQA)");
    case Mechanism::Mqa: return tr("Multi-query (MQA)");
    case Mechanism::Mla: return tr("Multi-head latent (MLA)");
    }
    return QString();
}

QString ParameterPanel::mechanismDescription(Mechanism m)
{
    switch (m) {
    case Mechanism::Bahdanau:
        return tr("An RNN encoder-decoder aligns while it translates (Bahdanau, Cho and Bengio, 2015): "
                  "each decoder step scores every source annotation with a small feed-forward network.");
    case Mechanism::Sdpa:
        return tr("One head of scaled dot-product attention (Vaswani et al., 2017): softmax(QKᵀ/√d_k) V.");
    case Mechanism::Mha:
        return tr("Multi-head attention (Vaswani et al., 2017): every query head has its own key and value head.");
    case Mechanism::Gqa:
        return tr("Grouped-query attention (Ainslie et al., 2023): each group of query heads shares one key and "
                  "value head.");
    case Mechanism::Mqa:
        return tr("Multi-query attention (Shazeer, 2019): all query heads share a single key and value head.");
    case Mechanism::Mla:
        return tr("Multi-head latent attention (DeepSeek-V2, 2024): keys and values are rebuilt from a small "
                  "shared latent, plus a decoupled RoPE key. Always causal.");
    }
    return QString();
}

void ParameterPanel::build()
{
    m_rows.reserve(12);
    auto *layout = new QVBoxLayout(this);

    // Mechanism, and one sentence about it.
    auto *mechanismBox = new QGroupBox(this);
    auto *mechanismLayout = new QVBoxLayout(mechanismBox);
    m_mechanism = new QComboBox(mechanismBox);
    m_mechanism->setObjectName(QStringLiteral("mechanism"));
    // Not as wide as the longest name: the panel's minimum width is what docks leave it
    // (issue 15). The list shows every name in full, the box elides.
    m_mechanism->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_mechanism->setMinimumContentsLength(14);
    for (const Mechanism m : kMechanisms)
        m_mechanism->addItem(QString(), QString::fromLatin1(core::mechanismId(m)));
    m_texts.add([this, mechanismBox] {
        mechanismBox->setTitle(tr("Mechanism"));
        for (int i = 0; i < int(kMechanisms.size()); ++i)
            m_mechanism->setItemText(i, mechanismName(kMechanisms[std::size_t(i)]));
        m_mechanism->setToolTip(tr("The attention mechanism to compute: Bahdanau, scaled dot-product, MHA, GQA, MQA "
                                   "or MLA. Controls it does not read are disabled and show the value it uses."));
    });
    m_description = new QLabel(mechanismBox);
    m_description->setObjectName(QStringLiteral("mechanismDescription"));
    m_description->setWordWrap(true);
    m_description->setForegroundRole(QPalette::PlaceholderText);
    mechanismLayout->addWidget(m_mechanism);
    mechanismLayout->addWidget(m_description);
    layout->addWidget(mechanismBox);

    // The input: seeded, or a trained model reading a text.
    m_inputBox = new InputBox(this);
    layout->addWidget(m_inputBox);

    // Sizes: label | slider | spin box.
    auto *sizesBox = new QGroupBox(this);
    m_texts.add([sizesBox] { sizesBox->setTitle(tr("Sizes")); });
    auto *grid = new QGridLayout(sizesBox);
    grid->setColumnStretch(1, 1);
    grid->setVerticalSpacing(2);
    addRow(grid, Parameter::DModel, 8, 512,
           QT_TR_NOOP("Model width d_model: the width of every token's embedding (Bahdanau: the embedding width m). "
                      "Unless a head width is set, d_model must be divisible by the heads n_h."),
           QStringLiteral("dModel"));
    addRow(grid, Parameter::Heads, 1, 32,
           QT_TR_NOOP("Query heads n_h. Without a head width, each head is d_h = d_model / n_h wide."),
           QStringLiteral("heads"));

    // KV heads: a slider over the divisors of the heads only.
    m_kvLabel = new QLabel(sizesBox);
    m_kvSlider = new QSlider(Qt::Horizontal, sizesBox);
    m_kvSlider->setObjectName(QStringLiteral("kvHeads"));
    m_kvSlider->setTickPosition(QSlider::TicksBelow);
    m_kvSlider->setPageStep(1);
    m_kvValue = new QLabel(sizesBox);
    m_kvValue->setObjectName(QStringLiteral("kvHeadsValue"));
    m_kvValue->setAlignment(Qt::AlignCenter);
    m_kvExplanation = new QLabel(sizesBox);
    m_kvExplanation->setObjectName(QStringLiteral("kvHeadsExplanation"));
    m_kvExplanation->setWordWrap(true);
    m_kvExplanation->setTextFormat(Qt::RichText);
    m_kvExplanation->setForegroundRole(QPalette::PlaceholderText);
    m_texts.add([this] {
        m_kvLabel->setText(tr("KV heads"));
        const QString kvTip =
            tr("Key/value heads n_g. Each KV head serves n_h / n_g query heads, so n_g must divide "
               "n_h: the slider offers the divisors only. n_g = n_h is MHA, n_g = 1 is MQA; the KV "
               "cache holds 2 n_g d_h elements per token and layer. Enabled for GQA; MHA and MQA fix it.");
        for (QWidget *w : {static_cast<QWidget *>(m_kvLabel), static_cast<QWidget *>(m_kvSlider),
                           static_cast<QWidget *>(m_kvValue), static_cast<QWidget *>(m_kvExplanation)})
            w->setToolTip(kvTip);
    });
    int r = grid->rowCount();
    grid->addWidget(m_kvLabel, r, 0);
    grid->addWidget(m_kvSlider, r, 1);
    grid->addWidget(m_kvValue, r, 2);
    grid->addWidget(m_kvExplanation, r + 1, 0, 1, 3);
    connect(m_kvSlider, &QSlider::valueChanged, this, &ParameterPanel::kvSliderMoved);

    addRow(grid, Parameter::HeadDim, 1, 128,
           QT_TR_NOOP("Head width d_h (MLA: the width of q_C, k_C and v_C per head, without the RoPE part). "
                      "Until set, d_h = d_model / n_h."),
           QStringLiteral("headDim"));
    addRow(grid, Parameter::Tokens, 1, 64,
           QT_TR_NOOP("Tokens T: the length of the (query) sequence. Bahdanau: the target tokens, one per decoder "
                      "step."),
           QStringLiteral("tokens"));
    addRow(grid, Parameter::SourceTokens, 1, 64,
           QT_TR_NOOP("Source tokens: the length of the key/value sequence in cross attention, the source sentence "
                      "for Bahdanau."),
           QStringLiteral("sourceTokens"));
    addRow(grid, Parameter::LatentRank, 1, 512,
           QT_TR_NOOP("KV latent rank d_c: the width of the latent c_KV = x W_DKV that MLA caches instead of keys "
                      "and values (default 4 d_h)."),
           QStringLiteral("latentRank"));
    addRow(grid, Parameter::QueryRank, 0, 512,
           QT_TR_NOOP("Query latent rank d_c': the width of the query latent c_Q = x W_DQ; 0 means no query "
                      "compression."),
           QStringLiteral("queryRank"));
    addRow(grid, Parameter::RopeDim, 2, 64,
           QT_TR_NOOP("RoPE width d_h^R: the decoupled rotary query per head and the one rotary key k_R shared by "
                      "all heads, cached next to the latent. Even: RoPE rotates pairs."),
           QStringLiteral("ropeDim"), 2);
    addRow(grid, Parameter::Hidden, 1, 128,
           QT_TR_NOOP("Hidden width n of Bahdanau's GRU encoder (each direction) and decoder."),
           QStringLiteral("hidden"));
    addRow(grid, Parameter::AlignDim, 1, 128,
           QT_TR_NOOP("Alignment width n': the hidden layer of Bahdanau's scoring network a(s, h)."),
           QStringLiteral("alignDim"));

    m_seed = new QSpinBox(sizesBox);
    m_seed->setObjectName(QStringLiteral("seed"));
    m_seed->setRange(0, std::numeric_limits<int>::max());
    m_seed->setAccelerated(true);
    auto *seedLabel = new QLabel(sizesBox);
    seedLabel->setBuddy(m_seed);
    m_texts.add([this, seedLabel] {
        m_seed->setToolTip(tr("Seed of the random inputs and weights: the same seed gives the same numbers. "
                              "0 to 2³¹−1 here, the largest a spin box holds; the command line takes any 64-bit "
                              "seed."));
        seedLabel->setText(tr("Seed"));
        seedLabel->setToolTip(m_seed->toolTip());
    });
    r = grid->rowCount();
    grid->addWidget(seedLabel, r, 0);
    grid->addWidget(m_seed, r, 1, 1, 2);
    connect(m_seed, &QSpinBox::valueChanged, this, [this](int v) {
        if (!m_syncing && m_model)
            m_model->setSeed(std::uint64_t(v));
    });
    layout->addWidget(sizesBox);

    // Options.
    auto *optionsBox = new QGroupBox(this);
    auto *options = new QGridLayout(optionsBox);
    options->setColumnStretch(1, 1);
    m_causal = new QCheckBox(optionsBox);
    m_causal->setObjectName(QStringLiteral("causal"));
    m_cross = new QCheckBox(optionsBox);
    m_cross->setObjectName(QStringLiteral("cross"));
    m_mlaPathLabel = new QLabel(optionsBox);
    m_mlaPath = new QComboBox(optionsBox);
    m_mlaPath->setObjectName(QStringLiteral("mlaPath"));
    m_mlaPath->addItem(QString(), int(core::MlaPath::Naive));
    m_mlaPath->addItem(QString(), int(core::MlaPath::Absorbed));
    m_mlaPathLabel->setBuddy(m_mlaPath);
    m_ropeLayoutLabel = new QLabel(optionsBox);
    m_ropeLayout = new QComboBox(optionsBox);
    m_ropeLayout->setObjectName(QStringLiteral("ropeLayout"));
    m_ropeLayout->addItem(QString(), int(core::RopeLayout::Interleaved));
    m_ropeLayout->addItem(QString(), int(core::RopeLayout::Half));
    m_ropeLayoutLabel->setBuddy(m_ropeLayout);
    for (QComboBox *box : {m_mlaPath, m_ropeLayout}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(8);
    }
    m_texts.add([this, optionsBox] {
        optionsBox->setTitle(tr("Options"));
        m_causal->setText(tr("Causal mask"));
        m_causal->setToolTip(tr("Causal mask: each token attends to itself and earlier tokens only (self-attention; "
                                "MLA is always causal)."));
        m_cross->setText(tr("Cross attention"));
        m_cross->setToolTip(tr("Cross attention: queries come from the tokens, keys and values from a separate "
                               "source sequence (SDPA, MHA, GQA and MQA)."));
        m_mlaPathLabel->setText(tr("MLA path"));
        m_mlaPath->setItemText(0, tr("Naive"));
        m_mlaPath->setItemText(1, tr("Absorbed"));
        m_mlaPath->setToolTip(tr("MLA path: naive rebuilds k_C = c_KV W_UK and v_C = c_KV W_UV per head; absorbed "
                                 "folds W_UK into the query and W_UV into the output and attends over the latent. "
                                 "Both give the same output."));
        m_mlaPathLabel->setToolTip(m_mlaPath->toolTip());
        m_ropeLayoutLabel->setText(tr("RoPE layout"));
        m_ropeLayout->setItemText(0, tr("Interleaved pairs"));
        m_ropeLayout->setItemText(1, tr("Half split"));
        m_ropeLayout->setToolTip(tr("RoPE layout of the d_h^R rotary dimensions: interleaved pairs (x0, x1), (x2, "
                                    "x3)… as in the RoFormer paper, or the two halves (x_j, x_j+d/2) as in GPT-NeoX "
                                    "and Llama."));
        m_ropeLayoutLabel->setToolTip(m_ropeLayout->toolTip());
    });
    options->addWidget(m_causal, 0, 0, 1, 2);
    options->addWidget(m_cross, 1, 0, 1, 2);
    options->addWidget(m_mlaPathLabel, 2, 0);
    options->addWidget(m_mlaPath, 2, 1);
    options->addWidget(m_ropeLayoutLabel, 3, 0);
    options->addWidget(m_ropeLayout, 3, 1);
    layout->addWidget(optionsBox);

    // Problems with the parameters, under them.
    m_errors = new QLabel(this);
    m_errors->setObjectName(QStringLiteral("errors"));
    styleAsError(m_errors);
    m_texts.add([this] {
        m_errors->setToolTip(tr("Why these parameters cannot be computed; nothing is computed until they are fixed."));
    });
    layout->addWidget(m_errors);
    layout->addStretch(1);

    connect(m_mechanism, &QComboBox::currentIndexChanged, this, [this] {
        if (m_syncing || !m_model)
            return;
        if (const auto m = core::mechanismFromId(m_mechanism->currentData().toString().toStdString()))
            m_model->setMechanism(*m);
    });
    connect(m_causal, &QCheckBox::toggled, this, [this](bool on) {
        if (!m_syncing && m_model)
            m_model->setCausal(on);
    });
    connect(m_cross, &QCheckBox::toggled, this, [this](bool on) {
        if (!m_syncing && m_model)
            m_model->setAttention(on ? AttentionKind::Cross : AttentionKind::Self);
    });
    connect(m_mlaPath, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_syncing && m_model)
            m_model->setMlaPath(core::MlaPath(m_mlaPath->currentData().toInt()));
    });
    connect(m_ropeLayout, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_syncing && m_model)
            m_model->setRopeLayout(core::RopeLayout(m_ropeLayout->currentData().toInt()));
    });

    syncFromModel();
}

void ParameterPanel::addRow(QGridLayout *grid, Parameter parameter, int minimum, int maximum, const char *toolTip,
                            const QString &objectName, int step)
{
    const char *name = controlLabel(parameter);
    auto *parent = grid->parentWidget();
    Row row;
    row.parameter = parameter;
    row.step = step;
    row.label = new QLabel(parent);
    row.slider = new QSlider(Qt::Horizontal, parent);
    row.slider->setRange(minimum / step, maximum / step);
    row.slider->setObjectName(objectName + QStringLiteral("Slider"));
    row.spin = new QSpinBox(parent);
    row.spin->setRange(minimum, maximum);
    row.spin->setSingleStep(step);
    row.spin->setAccelerated(true);
    row.spin->setObjectName(objectName);
    row.label->setBuddy(row.spin);
    m_texts.add([label = row.label, slider = row.slider, spin = row.spin, name, toolTip] {
        label->setText(tr(name)); // the tokens' name follows the mechanism: syncFromModel()
        for (QWidget *w : {static_cast<QWidget *>(label), static_cast<QWidget *>(slider), static_cast<QWidget *>(spin)})
            w->setToolTip(tr(toolTip));
    });
    const int r = grid->rowCount();
    grid->addWidget(row.label, r, 0);
    grid->addWidget(row.slider, r, 1);
    grid->addWidget(row.spin, r, 2);

    QSlider *slider = row.slider;
    QSpinBox *spin = row.spin;
    connect(slider, &QSlider::valueChanged, this, [this, parameter, spin, step](int v) {
        if (m_syncing)
            return;
        {
            const QSignalBlocker blocker(spin);
            spin->setValue(v * step);
        }
        setParameter(parameter, spin->value());
    });
    connect(spin, &QSpinBox::valueChanged, this, [this, parameter, slider, step](int v) {
        if (m_syncing)
            return;
        {
            const QSignalBlocker blocker(slider);
            slider->setValue(v / step);
        }
        setParameter(parameter, v);
    });
    m_rows.push_back(row);
}

void ParameterPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_texts.retranslate();
        syncFromModel(); // the description, the tokens' name, the KV explanation and the errors
    }
    QWidget::changeEvent(event);
}

void ParameterPanel::setModel(ParameterModel *model)
{
    if (m_model == model)
        return;
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    if (m_model)
        connect(m_model, &ParameterModel::changed, this, &ParameterPanel::syncFromModel);
    m_inputBox->setModel(model);
    syncFromModel();
}

void ParameterPanel::setParameter(Parameter parameter, int value)
{
    if (!m_model)
        return;
    ParameterModel &m = *m_model;
    switch (parameter) {
    case Parameter::Heads: {
        // The KV heads follow: a KV-head count that no longer divides the heads becomes the
        // largest divisor below it, in one change.
        core::Request values = m.values();
        values.nHeads = value;
        if (values.nKvHeads && value >= 1 && value % *values.nKvHeads != 0) {
            const auto divisors = divisorsOf(value);
            auto it = std::upper_bound(divisors.begin(), divisors.end(), int(*values.nKvHeads));
            values.nKvHeads = it == divisors.begin() ? 1 : *std::prev(it);
        }
        m.setValues(values);
        break;
    }
    default: m.set(parameter, std::int64_t(value)); break;
    }
}

void ParameterPanel::kvSliderMoved(int index)
{
    if (m_syncing || index < 0 || index >= int(m_kvChoices.size()))
        return;
    m_kvValue->setText(QString::number(m_kvChoices[std::size_t(index)]));
    setParameter(Parameter::KvHeads, m_kvChoices[std::size_t(index)]);
}

ParameterPanel::Row *ParameterPanel::row(Parameter parameter)
{
    for (auto &r : m_rows) {
        if (r.parameter == parameter)
            return &r;
    }
    return nullptr;
}

const ParameterPanel::Row *ParameterPanel::row(Parameter parameter) const
{
    return const_cast<ParameterPanel *>(this)->row(parameter);
}

QSlider *ParameterPanel::slider(Parameter parameter) const
{
    const Row *r = row(parameter);
    return r ? r->slider : nullptr;
}

QSpinBox *ParameterPanel::spinBox(Parameter parameter) const
{
    const Row *r = row(parameter);
    return r ? r->spin : nullptr;
}

int ParameterPanel::kvHeads() const
{
    const int index = m_kvSlider->value();
    return index >= 0 && index < int(m_kvChoices.size()) ? m_kvChoices[std::size_t(index)] : 0;
}

QString ParameterPanel::kvExplanation() const
{
    return m_kvExplanation->property("plainText").toString();
}

QString ParameterPanel::errorText() const
{
    return m_errors->text();
}

bool ParameterPanel::errorsShown() const
{
    return !m_errors->isHidden();
}

bool ParameterPanel::isControlEnabled(Parameter parameter) const
{
    if (const Row *r = row(parameter))
        return r->slider->isEnabled() && r->spin->isEnabled();
    switch (parameter) {
    case Parameter::KvHeads: return m_kvSlider->isEnabled();
    case Parameter::Causal: return m_causal->isEnabled();
    case Parameter::Cross: return m_cross->isEnabled();
    case Parameter::MlaPath: return m_mlaPath->isEnabled();
    case Parameter::RopeLayout: return m_ropeLayout->isEnabled();
    default: return false;
    }
}

void ParameterPanel::syncFromModel()
{
    const ParameterModel fallback;
    const ParameterModel &model = m_model ? *m_model : fallback;
    const Mechanism m = model.mechanism();
    const core::Request &given = model.values();
    const core::Config used = model.config();
    const bool wasSyncing = m_syncing;
    m_syncing = true;

    m_mechanism->setCurrentIndex(m_mechanism->findData(QString::fromLatin1(core::mechanismId(m))));
    m_description->setText(mechanismDescription(m));

    for (Row &r : m_rows) {
        const core::ParameterInfo &info = core::parameterInfo(r.parameter);
        const core::ParameterValue givenValue = info.get(given);
        const auto *value = std::get_if<std::int64_t>(&givenValue);
        const std::int64_t usedValue = info.configInteger ? used.*info.configInteger : 0;
        const bool on = model.applies(r.parameter);
        const std::int64_t shown = on && value ? *value : usedValue;
        const int v = int(std::clamp<std::int64_t>(shown, r.spin->minimum(), r.spin->maximum()));
        r.spin->setValue(v);
        r.slider->setValue(v / r.step);
        r.label->setEnabled(on);
        r.slider->setEnabled(on);
        r.spin->setEnabled(on);
    }
    if (Row *tokens = row(Parameter::Tokens))
        tokens->label->setText(tokensName(m));

    m_seed->setValue(int(std::min<std::uint64_t>(given.seed, std::uint64_t(std::numeric_limits<int>::max()))));
    m_seed->setEnabled(given.input == core::InputSource::Seeded); // a trained model has no seed

    {
        const bool on = model.applies(Parameter::Causal);
        m_causal->setEnabled(on);
        m_causal->setChecked(on ? given.causal : used.causal);
    }
    {
        const bool on = model.applies(Parameter::Cross);
        m_cross->setEnabled(on);
        m_cross->setChecked(on ? given.attention == AttentionKind::Cross : used.attention == AttentionKind::Cross);
    }
    {
        const bool on = model.applies(Parameter::MlaPath);
        m_mlaPathLabel->setEnabled(on);
        m_mlaPath->setEnabled(on);
        m_mlaPath->setCurrentIndex(m_mlaPath->findData(int(on ? given.mlaPath.value_or(used.mlaPath) : used.mlaPath)));
    }
    {
        const bool on = model.applies(Parameter::RopeLayout);
        m_ropeLayoutLabel->setEnabled(on);
        m_ropeLayout->setEnabled(on);
        m_ropeLayout->setCurrentIndex(
            m_ropeLayout->findData(int(on ? given.ropeLayout.value_or(used.ropeLayout) : used.ropeLayout)));
    }
    syncKv();
    if (m_inputBox)
        m_inputBox->sync();
    m_syncing = wasSyncing;
    showErrors();
}

void ParameterPanel::syncKv()
{
    const ParameterModel fallback;
    const ParameterModel &model = m_model ? *m_model : fallback;
    const Mechanism m = model.mechanism();
    const core::Config used = model.config();
    const bool grouped = m == Mechanism::Mha || m == Mechanism::Gqa || m == Mechanism::Mqa;
    const int heads = int(std::clamp<std::int64_t>(used.nHeads, 1, 1024));

    m_kvChoices = divisorsOf(heads);
    const QSignalBlocker blocker(m_kvSlider);
    m_kvSlider->setRange(0, int(m_kvChoices.size()) - 1);
    const bool on = model.applies(Parameter::KvHeads);
    m_kvLabel->setEnabled(on);
    m_kvSlider->setEnabled(on);
    m_kvValue->setEnabled(on);

    const QString rule = tr("KV heads must divide the heads: each KV head serves n_h / n_g query heads.");
    if (!grouped) {
        m_kvSlider->setValue(0);
        m_kvValue->setText(m == Mechanism::Sdpa ? QStringLiteral("1") : QStringLiteral("–"));
        const QString explanation = m == Mechanism::Mla ? tr("MLA caches a latent, not KV heads.")
            : m == Mechanism::Sdpa                      ? tr("Scaled dot-product attention is one head.")
                                                        : tr("Bahdanau attention has no heads.");
        m_kvExplanation->setText(richName(explanation));
        m_kvExplanation->setProperty("plainText", explanation);
        return;
    }
    // The shown count: the largest offered divisor not above the one used (they differ only
    // when the model holds an invalid count, which the errors below then explain).
    const auto kv = int(used.nKvHeads);
    auto it = std::upper_bound(m_kvChoices.begin(), m_kvChoices.end(), kv);
    const int index = it == m_kvChoices.begin() ? 0 : int(std::distance(m_kvChoices.begin(), it)) - 1;
    m_kvSlider->setValue(index);
    const int shown = m_kvChoices[std::size_t(index)];
    m_kvValue->setText(QString::number(shown));

    QString result;
    if (m == Mechanism::Mha)
        result = tr("MHA: n_g = n_h = %1, one KV head per query head.").arg(heads);
    else if (m == Mechanism::Mqa)
        result = tr("MQA: n_g = 1, all %1 query heads share it.").arg(heads);
    else if (shown == heads && shown == 1)
        result = tr("GQA with n_g = n_h = 1: equals MHA and MQA.");
    else if (shown == heads)
        result = tr("GQA with n_g = n_h = %1: equals MHA.").arg(heads);
    else if (shown == 1)
        result = tr("GQA with n_g = 1: equals MQA.");
    else
        result = tr("GQA: %1 groups of %2 query heads.").arg(shown).arg(heads / shown);
    const QString explanation = rule + QLatin1Char(' ') + result;
    m_kvExplanation->setText(richName(explanation)); // n_h, n_g with subscripts
    m_kvExplanation->setProperty("plainText", explanation);
}

void ParameterPanel::showErrors()
{
    if (!m_model) {
        m_errors->clear();
        m_errors->hide();
        return;
    }
    QStringList lines;
    for (const auto &e : m_model->errors())
        lines << controlSentence(translateCoreText(QString::fromStdString(e.message)), m_model->mechanism());
    m_errors->setText(lines.join(QLatin1Char('\n')));
    m_errors->setVisible(!lines.isEmpty());
}

} // namespace attnscope::widgets
