// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/views/footprint/footprintview.h"

#include "widgets/common/groupedspinbox.h"
#include "widgets/common/labels.h"
#include "widgets/common/richname.h"
#include "widgets/views/footprint/footprintfigures.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QMenu>
#include <QToolButton>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <exception>
#include <limits>
#include <set>
#include <utility>

namespace attnscope::widgets {

using core::Mechanism;
using core::ModelShape;

namespace {

constexpr int kKeyRole = Qt::UserRole + 1;
constexpr int kMaxContext = 100'000'000;
const char *const kBitsChoices[] = {"16", "8", "6", "4.5", "4"};
const char *const kWeightBitsChoices[] = {"16", "8", "4.5", "4"};
// Memory of common GPUs, GiB: RTX 4090, A100 40GB, L40S, A100 80GB / H100, H100 NVL, H200, B200.
const char *const kGpuChoices[] = {"24", "40", "48", "80", "94", "141", "192"};

QString qs(const std::string &s)
{
    return QString::fromStdString(s);
}

void setErrorPalette(QLabel *label)
{
    QPalette p = label->palette();
    p.setColor(QPalette::WindowText, QColor(0xda, 0x44, 0x53)); // KDE's "negative text"
    label->setPalette(p);
}

QLabel *errorLabel(QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    setErrorPalette(label);
    label->hide();
    return label;
}

QComboBox *choiceBox(QWidget *parent, const QString &objectName, std::initializer_list<const char *> choices)
{
    auto *box = new QComboBox(parent);
    box->setObjectName(objectName);
    box->setEditable(true);
    box->setInsertPolicy(QComboBox::NoInsert);
    for (const char *c : choices)
        box->addItem(QString::fromLatin1(c));
    box->setCurrentIndex(0);
    box->setMinimumContentsLength(4);
    box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    return box;
}

QComboBox *bitsBox(QWidget *parent, const QString &objectName)
{
    return choiceBox(parent, objectName, {kBitsChoices[0], kBitsChoices[1], kBitsChoices[2], kBitsChoices[3],
                                          kBitsChoices[4]});
}

// "label<TAB>value" with ordinary spaces, for the clipboard.
QString rowText(const QTableWidgetItem *what, const QTableWidgetItem *value)
{
    QString line = value ? what->text() + QLatin1Char('\t') + value->text() : what->text();
    return line.replace(QChar::Nbsp, QLatin1Char(' '));
}

} // namespace

FootprintView::FootprintView(QWidget *parent) : FootprintView(nullptr, parent) {}

FootprintView::FootprintView(FootprintSettings *settings, QWidget *parent)
    : QWidget(parent), m_settings(settings ? settings : new FootprintSettings(this))
{
    build();
    connect(m_settings, &FootprintSettings::changed, this, [this] {
        syncControls();
        recompute();
    });
    connect(m_settings, &FootprintSettings::entriesChanged, this, &FootprintView::fillPickers);
    fillPickers();
    syncControls();
    recompute();
}

void FootprintView::build()
{
    auto *layout = new QVBoxLayout(this);

    // The request in two columns of label and field, so that the figures keep the height.
    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(6);
    grid->setVerticalSpacing(4);
    const auto label = [this](QWidget *buddy) {
        auto *l = new QLabel(this);
        l->setBuddy(buddy);
        return l;
    };
    m_kvBits = bitsBox(this, QStringLiteral("kvBits"));
    m_kvBitsError = errorLabel(this, QStringLiteral("kvBitsError"));
    auto *kvBitsLabel = label(m_kvBits);
    m_batch = new GroupedSpinBox(this);
    m_batch->setObjectName(QStringLiteral("batch"));
    m_batch->setRange(1, std::numeric_limits<int>::max());
    m_batch->setAccelerated(true);
    auto *batchLabel = label(m_batch);
    m_context = new GroupedSpinBox(this);
    m_context->setObjectName(QStringLiteral("context"));
    m_context->setRange(1, kMaxContext);
    m_context->setAccelerated(true);
    auto *contextLabel = label(m_context);
    m_source = new GroupedSpinBox(this);
    m_source->setObjectName(QStringLiteral("sourceTokens"));
    m_source->setRange(0, kMaxContext);
    m_source->setAccelerated(true);
    auto *sourceLabel = label(m_source);
    m_compare = new QComboBox(this);
    m_compare->setObjectName(QStringLiteral("compare"));
    m_compare->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_compare->setMinimumContentsLength(10);
    auto *compareLabel = label(m_compare);
    m_compareBitsBox = bitsBox(this, QStringLiteral("compareBits"));
    m_compareBitsError = errorLabel(this, QStringLiteral("compareBitsError"));
    auto *compareBitsLabel = label(m_compareBitsBox);
    grid->addWidget(kvBitsLabel, 0, 0);
    grid->addWidget(m_kvBits, 0, 1);
    grid->addWidget(batchLabel, 0, 2);
    grid->addWidget(m_batch, 0, 3);
    grid->addWidget(m_kvBitsError, 1, 0, 1, 4);
    grid->addWidget(contextLabel, 2, 0);
    grid->addWidget(m_context, 2, 1);
    // Encoder-decoder models only (shown with one): the source length of cross-attention.
    grid->addWidget(sourceLabel, 5, 0);
    grid->addWidget(m_source, 5, 1);
    m_sourceLabel = sourceLabel;
    grid->addWidget(compareLabel, 3, 0);
    grid->addWidget(m_compare, 3, 1);
    grid->addWidget(compareBitsLabel, 3, 2);
    grid->addWidget(m_compareBitsBox, 3, 3);
    grid->addWidget(m_compareBitsError, 4, 0, 1, 4);
    grid->setColumnStretch(1, 3);
    grid->setColumnStretch(3, 2);
    layout->addLayout(grid);

    // The memory plan: on when checked, its fields hidden when not.
    m_planBox = new QGroupBox(this);
    m_planBox->setObjectName(QStringLiteral("plan"));
    m_planBox->setCheckable(true);
    m_planBox->setChecked(false);
    auto *planLayout = new QVBoxLayout(m_planBox);
    planLayout->setContentsMargins(6, 2, 6, 4);
    m_planFields = new QWidget(m_planBox);
    auto *plan = new QGridLayout(m_planFields);
    plan->setContentsMargins(0, 0, 0, 0);
    plan->setHorizontalSpacing(6);
    plan->setVerticalSpacing(4);
    m_gpuGib = choiceBox(m_planFields, QStringLiteral("gpuGib"), {"24", "40", "48", "80", "94", "141", "192"});
    m_gpuGib->setCurrentText(QStringLiteral("80"));
    m_gpuGibError = errorLabel(m_planFields, QStringLiteral("gpuGibError"));
    auto *gpuGibLabel = new QLabel(m_planFields);
    gpuGibLabel->setBuddy(m_gpuGib);
    m_gpus = new QSpinBox(m_planFields);
    m_gpus->setObjectName(QStringLiteral("gpus"));
    m_gpus->setRange(1, 4096);
    auto *gpusLabel = new QLabel(m_planFields);
    gpusLabel->setBuddy(m_gpus);
    m_weightBits = choiceBox(m_planFields, QStringLiteral("weightBits"),
                             {kWeightBitsChoices[0], kWeightBitsChoices[1], kWeightBitsChoices[2], kWeightBitsChoices[3]});
    auto *weightBitsLabel = new QLabel(m_planFields);
    weightBitsLabel->setBuddy(m_weightBits);
    m_reserve = new QDoubleSpinBox(m_planFields);
    m_reserve->setObjectName(QStringLiteral("reserve"));
    m_reserve->setRange(0.0, 100000.0);
    m_reserve->setDecimals(1);
    m_reserve->setSingleStep(1.0);
    auto *reserveLabel = new QLabel(m_planFields);
    reserveLabel->setBuddy(m_reserve);
    m_blockSize = new QSpinBox(m_planFields);
    m_blockSize->setObjectName(QStringLiteral("blockSize"));
    m_blockSize->setRange(1, 1 << 20);
    auto *blockLabel = new QLabel(m_planFields);
    blockLabel->setBuddy(m_blockSize);
    m_dpAttention = new QCheckBox(m_planFields);
    m_dpAttention->setObjectName(QStringLiteral("dpAttention"));
    plan->addWidget(gpuGibLabel, 0, 0);
    plan->addWidget(m_gpuGib, 0, 1);
    plan->addWidget(gpusLabel, 0, 2);
    plan->addWidget(m_gpus, 0, 3);
    plan->addWidget(m_gpuGibError, 1, 0, 1, 4);
    plan->addWidget(weightBitsLabel, 2, 0);
    plan->addWidget(m_weightBits, 2, 1);
    plan->addWidget(reserveLabel, 2, 2);
    plan->addWidget(m_reserve, 2, 3);
    plan->addWidget(blockLabel, 3, 0);
    plan->addWidget(m_blockSize, 3, 1);
    plan->addWidget(m_dpAttention, 3, 2, 1, 2);
    plan->setColumnStretch(1, 3);
    plan->setColumnStretch(3, 2);
    planLayout->addWidget(m_planFields);
    // Spin boxes ask for the width of their largest value with its unit ("2,147,483,647
    // sequences"); the dock gives them the width of a usual one and they scroll beyond it.
    const int digits = fontMetrics().horizontalAdvance(QStringLiteral("0"));
    for (QAbstractSpinBox *box : std::initializer_list<QAbstractSpinBox *>{m_context, m_batch, m_source})
        box->setMinimumWidth(digits * 12);
    for (QAbstractSpinBox *box : std::initializer_list<QAbstractSpinBox *>{m_gpus, m_reserve, m_blockSize})
        box->setMinimumWidth(digits * 7);
    m_planFields->setVisible(false);
    layout->addWidget(m_planBox);

    // More models on the chart: a menu of every preset and imported config, checked when drawn.
    m_overlays = new QToolButton(this);
    m_overlays->setObjectName(QStringLiteral("overlays"));
    m_overlays->setPopupMode(QToolButton::InstantPopup);
    m_overlays->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_overlays->setMenu(new QMenu(m_overlays));
    layout->addWidget(m_overlays, 0, Qt::AlignLeft);

    m_texts.add([=, this] {
        m_kvBits->setToolTip(tr("Bits per cached element: 16 for FP16/BF16, 8 for FP8 or INT8, or the average of a "
                                "mixed-precision scheme such as 6 or 4.5"));
        kvBitsLabel->setText(tr("KV &bits:"));
        m_context->setToolTip(tr("Tokens per sequence kept in the cache"));
        contextLabel->setText(tr("&Context:"));
        m_batch->setToolTip(tr("Sequences decoded together, each with its own cache"));
        batchLabel->setText(tr("B&atch:"));
        m_source->setToolTip(tr("Encoder-decoder models: source tokens per sequence, whose keys and values every "
                                "decoder layer caches for cross-attention"));
        m_source->setSpecialValueText(tr("= context"));
        sourceLabel->setText(tr("&Source tokens:"));
        m_compare->setToolTip(tr("A preset model or an imported config whose cache this one is compared with, at "
                                 "the same context and batch; the chart draws it too"));
        compareLabel->setText(tr("Compare &with:"));
        m_compareBitsBox->setToolTip(tr("Bits per cached element of the compared model"));
        compareBitsLabel->setText(tr("a&t:"));
        m_planBox->setTitle(tr("&Memory plan on GPUs"));
        m_planBox->setToolTip(tr("The weights and the KV cache on N GPUs with tensor parallelism, as attnscope "
                                 "footprint --gpu-gib X --gpus N gives them"));
        m_gpuGib->setToolTip(tr("Memory of one GPU in GiB. The cards' nominal sizes are 24 GB (RTX 4090), 40 or 80 GB "
                                "(A100), 80 GB (H100), 141 GB (H200) and 192 GB (B200), read here as GiB; a program "
                                "can use a little less, which the reserve can hold"));
        gpuGibLabel->setText(tr("&GiB/GPU:"));
        m_gpus->setToolTip(tr("GPUs, tensor-parallel: every weight matrix and the KV heads split over them"));
        gpusLabel->setText(tr("G&PUs:"));
        m_weightBits->setToolTip(tr("Bits per weight: 16 (BF16), 8 (FP8, INT8), 4 (INT4, NF4); below 8 bits one 16-bit "
                                    "scale per 128 weights is counted"));
        weightBitsLabel->setText(tr("W&eights:"));
        m_reserve->setToolTip(tr("GiB per GPU kept for activations, the runtime and fragmentation"));
        m_reserve->setSuffix(tr(" GiB"));
        reserveLabel->setText(tr("&Reserve:"));
        m_blockSize->setToolTip(tr("Tokens per block of the paged cache: each sequence rounds up to whole blocks"));
        blockLabel->setText(tr("B&lock:"));
        m_dpAttention->setText(tr("&DP attention"));
        m_dpAttention->setToolTip(tr("MLA: data-parallel attention, each GPU caching the latents of its own sequences "
                                     "only, instead of every sequence's"));
        m_overlays->setToolTip(tr("More presets or imported configs drawn on the footprint chart"));
    });

    m_placeholder = new QLabel(this);
    m_texts.add([this] {
        m_placeholder->setText(tr("No model yet: choose a preset model or import a config.json to see its KV "
                                  "cache."));
    });
    m_placeholder->setObjectName(QStringLiteral("placeholder"));
    m_placeholder->setWordWrap(true);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_placeholder, 1);

    m_error = errorLabel(this, QStringLiteral("error"));
    layout->addWidget(m_error);

    m_table = new QTableWidget(0, 2, this);
    m_table->setObjectName(QStringLiteral("figures"));
    m_table->setItemDelegate(new RichNameDelegate(m_table)); // "d_c + d_h^R" with sub- and superscripts
    m_texts.add([this] { m_table->setHorizontalHeaderLabels({tr("Quantity"), tr("Value")}); });
    m_table->horizontalHeader()->hide();
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setWordWrap(true);
    m_table->setTextElideMode(Qt::ElideNone);
    m_table->setShowGrid(false);
    m_table->setAlternatingRowColors(true);
    m_table->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Interactive);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    // Rows grow with wrapped text, and again when the dock is resized.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto *copy = new QAction(m_table);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    connect(copy, &QAction::triggered, this, &FootprintView::copySelection);
    auto *copyAll = new QAction(m_table);
    m_texts.add([copy, copyAll] {
        copy->setText(tr("&Copy"));
        copyAll->setText(tr("Copy &All"));
    });
    connect(copyAll, &QAction::triggered, this, [this] { QGuiApplication::clipboard()->setText(text()); });
    m_table->addAction(copy);
    m_table->addAction(copyAll);
    m_table->viewport()->installEventFilter(this);
    m_table->hide();
    layout->addWidget(m_table, 1);

    // Controls -> settings; the settings' changed() brings the figures and the chart up to date.
    connect(m_kvBits, &QComboBox::currentTextChanged, this, [this] { bitsEdited(m_kvBits, m_kvBitsError, false); });
    connect(m_compareBitsBox, &QComboBox::currentTextChanged, this,
            [this] { bitsEdited(m_compareBitsBox, m_compareBitsError, true); });
    connect(m_context, &QSpinBox::valueChanged, this, [this](int tokens) {
        updateSuffixes();
        m_settings->setContext(tokens);
    });
    connect(m_batch, &QSpinBox::valueChanged, this, [this](int sequences) {
        updateSuffixes();
        m_settings->setBatch(sequences);
    });
    connect(m_source, &QSpinBox::valueChanged, this, [this](int tokens) {
        m_settings->setSourceTokens(tokens > 0 ? std::optional<std::int64_t>(tokens) : std::nullopt);
    });
    connect(m_compare, &QComboBox::currentIndexChanged, this,
            [this] { m_settings->setCompared(m_compare->currentData().toString()); });
    const auto planEdited = [this] {
        m_planFields->setVisible(m_planBox->isChecked());
        m_planBox->setFlat(!m_planBox->isChecked()); // unchecked: the title alone, no empty frame
        if (!m_planBox->isChecked()) {
            m_gpuGibError->hide();
            m_settings->setGpuGib(0.0);
            return;
        }
        bool ok = false;
        const double gib = locale().toDouble(m_gpuGib->currentText().trimmed(), &ok);
        const double plain = ok ? gib : m_gpuGib->currentText().trimmed().toDouble(&ok);
        if (!ok || !(plain > 0.0) || gibBytes(plain) <= 0) {
            m_gpuGibError->setText(tr("GPU memory '%1': give the GiB of one GPU, a number above 0 such as 80.")
                                       .arg(m_gpuGib->currentText().trimmed()));
            m_gpuGibError->show();
            return;
        }
        m_gpuGibError->hide();
        m_settings->setGpuGib(plain);
    };
    connect(m_planBox, &QGroupBox::toggled, this, planEdited);
    connect(m_gpuGib, &QComboBox::currentTextChanged, this, planEdited);
    connect(m_gpus, &QSpinBox::valueChanged, this, [this](int gpus) { m_settings->setGpus(gpus); });
    connect(m_reserve, &QDoubleSpinBox::valueChanged, this, [this](double gib) { m_settings->setReserveGib(gib); });
    connect(m_blockSize, &QSpinBox::valueChanged, this, [this](int tokens) { m_settings->setBlockSize(tokens); });
    connect(m_dpAttention, &QCheckBox::toggled, this, [this](bool on) { m_settings->setDataParallelAttention(on); });
    connect(m_weightBits, &QComboBox::currentTextChanged, this, [this](const QString &text) {
        std::string rule;
        if (const auto bits = core::KvBits::parse(text.trimmed().toStdString(), &rule))
            m_settings->setWeightBits(*bits);
    });
}

FootprintView::~FootprintView() = default;

QSize FootprintView::sizeHint() const
{
    return QSize(400, 560);
}

void FootprintView::updateSuffixes()
{
    // Only when it changes: setting a suffix rewrites the text being typed.
    const auto setSuffix = [](QSpinBox *box, const QString &suffix) {
        if (box->suffix() != suffix)
            box->setSuffix(suffix);
    };
    setSuffix(m_context, m_context->value() == 1 ? tr(" token") : tr(" tokens"));
    setSuffix(m_batch, m_batch->value() == 1 ? tr(" sequence") : tr(" sequences"));
}

void FootprintView::setModel(const core::ModelShape &model)
{
    m_settings->setModel(model, QString::fromStdString(model.id));
}

void FootprintView::setPresets(std::vector<core::ModelShape> presets)
{
    m_presets = presets;
    m_settings->setPresets(std::move(presets));
}

void FootprintView::fillPickers()
{
    {
        const QSignalBlocker blocker(m_compare);
        m_compare->clear();
        m_compare->addItem(tr("none"), QString());
        for (const FootprintEntry &e : m_settings->entries()) {
            m_compare->addItem(e.label, e.key);
            m_compare->setItemData(m_compare->count() - 1, e.key, Qt::ToolTipRole);
        }
        m_compare->setCurrentIndex(std::max(0, m_compare->findData(m_settings->comparedKey())));
    }
    QMenu *menu = m_overlays->menu();
    menu->clear();
    qDeleteAll(menu->findChildren<QMenu *>(Qt::FindDirectChildrenOnly));
    m_overlayActions.clear();
    const std::vector<FootprintEntry> &entries = m_settings->entries();
    QStringList names;
    for (const FootprintEntry &e : entries)
        names << e.label;
    addGroupedByFamily(menu, names, [&](QMenu *into, int i) {
        const FootprintEntry &e = entries[std::size_t(i)];
        QAction *action = into->addAction(e.label);
        action->setCheckable(true);
        action->setData(e.key);
        action->setChecked(m_settings->overlays().contains(e.key));
        m_overlayActions.push_back(action);
        connect(action, &QAction::toggled, this, [this, key = e.key](bool on) {
            QStringList keys = m_settings->overlays();
            keys.removeAll(key);
            if (on)
                keys << key;
            m_settings->setOverlays(keys);
        });
    });
    syncControls();
}

void FootprintView::syncControls()
{
    const core::FootprintRequest &r = m_settings->request();
    const QSignalBlocker b1(m_context), b2(m_batch), b3(m_source), b4(m_compare), b5(m_gpus), b6(m_reserve),
        b7(m_blockSize), b8(m_dpAttention), b9(m_planBox), b10(m_gpuGib), b11(m_weightBits);
    if (m_context->value() != r.context)
        m_context->setValue(int(std::min<std::int64_t>(r.context, kMaxContext)));
    if (m_batch->value() != r.batch)
        m_batch->setValue(int(std::min<std::int64_t>(r.batch, std::numeric_limits<int>::max())));
    m_source->setValue(int(std::min<std::int64_t>(r.sourceTokens.value_or(0), kMaxContext)));
    const auto &model = m_settings->model();
    m_source->setVisible(model && model->crossLayers > 0);
    m_sourceLabel->setVisible(m_source->isVisibleTo(this));
    m_compare->setCurrentIndex(std::max(0, m_compare->findData(m_settings->comparedKey())));
    m_compareBitsBox->setEnabled(m_settings->compared() != nullptr);
    // A bits box keeps the text being typed (and its error); a new value from elsewhere shows.
    std::string rule;
    const auto typed = core::KvBits::parse(m_kvBits->currentText().trimmed().toStdString(), &rule);
    if (typed && typed->milliBits() != r.bits.milliBits())
        m_kvBits->setCurrentText(qs(r.bits.text()));
    const auto typedCompare = core::KvBits::parse(m_compareBitsBox->currentText().trimmed().toStdString(), &rule);
    if (typedCompare && typedCompare->milliBits() != m_settings->compareBits().milliBits())
        m_compareBitsBox->setCurrentText(qs(m_settings->compareBits().text()));
    const core::PlanRequest plan = m_settings->planRequest();
    if (m_settings->planEnabled()) {
        m_planBox->setChecked(true);
        bool ok = false;
        if (m_gpuGib->currentText().trimmed().toDouble(&ok) != m_settings->gpuGib() || !ok)
            m_gpuGib->setCurrentText(QLocale::c().toString(m_settings->gpuGib(), 'g', 6));
        m_gpuGibError->hide();
    } else if (m_gpuGibError->isHidden()) {
        m_planBox->setChecked(false);
    }
    m_planFields->setVisible(m_planBox->isChecked());
    m_planBox->setFlat(!m_planBox->isChecked());
    m_gpus->setValue(int(plan.gpus));
    m_reserve->setValue(m_settings->reserveGib());
    m_blockSize->setValue(int(plan.blockSize));
    const auto typedWeights = core::KvBits::parse(m_weightBits->currentText().trimmed().toStdString(), &rule);
    if (!typedWeights || typedWeights->milliBits() != plan.weightBits.milliBits())
        m_weightBits->setCurrentText(qs(plan.weightBits.text()));
    m_dpAttention->setChecked(plan.dataParallelAttention);
    m_dpAttention->setEnabled(model && model->mechanism == core::Mechanism::Mla);
    const int overlays = int(m_settings->overlays().size());
    m_overlays->setText(overlays == 0 ? tr("Also on the chart…") : tr("Also on the chart: %n model(s)…", nullptr, overlays));
    for (QAction *action : std::as_const(m_overlayActions)) {
        const QSignalBlocker blocker(action);
        action->setChecked(m_settings->overlays().contains(action->data().toString()));
    }
    updateSuffixes();
}

bool FootprintView::setKvBitsText(const QString &text)
{
    m_kvBits->setCurrentText(text);
    return m_kvBitsError->isHidden();
}

bool FootprintView::setCompareBitsText(const QString &text)
{
    m_compareBitsBox->setCurrentText(text);
    return m_compareBitsError->isHidden();
}

void FootprintView::setContext(int tokens)
{
    m_context->setValue(tokens);
}

void FootprintView::setBatch(int sequences)
{
    m_batch->setValue(sequences);
}

bool FootprintView::setComparedPreset(const QString &id)
{
    const int index = m_compare->findData(id);
    if (index < 0)
        return false;
    m_compare->setCurrentIndex(index);
    return true;
}

QString FootprintView::comparedPreset() const
{
    return m_settings->comparedKey();
}

std::optional<double> FootprintView::reduction() const
{
    if (!m_figures.footprint || !m_comparedFigures.footprint)
        return std::nullopt;
    return core::reductionPercent(m_figures.footprint->totalBytes, m_comparedFigures.footprint->totalBytes);
}

void FootprintView::bitsEdited(QComboBox *box, QLabel *errorLabel, bool compared)
{
    const QString text = box->currentText().trimmed();
    std::string rule;
    const auto bits = core::KvBits::parse(text.toStdString(), &rule);
    if (!bits) {
        // The last valid figures stay; the error says what to type instead.
        errorLabel->setText(tr("Bits '%1': %2").arg(text, qs(rule)));
        errorLabel->show();
        return;
    }
    errorLabel->hide();
    errorLabel->clear();
    if (compared)
        m_settings->setCompareBits(*bits);
    else
        m_settings->setKvBits(*bits);
}

void FootprintView::recompute()
{
    m_figures = {};
    m_comparedFigures = {};
    m_errorText.clear();
    if (const auto &model = m_settings->model()) {
        m_figures = m_settings->figures(*model);
        m_errorText = m_figures.error;
        if (m_figures.footprint && m_settings->compared()) {
            m_comparedFigures = m_settings->figures(*m_settings->compared(), true);
            if (!m_comparedFigures.error.isEmpty())
                m_errorText = tr("Compared with %1: %2")
                                  .arg(footprintModelTitle(*m_settings->compared()), m_comparedFigures.error);
        }
    }
    rebuildTable();
    Q_EMIT footprintChanged();
}

void FootprintView::rebuildTable()
{
    m_table->clearSpans();
    m_table->setRowCount(0);
    const bool shown = m_settings->model().has_value();
    m_placeholder->setVisible(!shown);
    m_table->setVisible(shown);
    m_error->setText(m_errorText);
    m_error->setVisible(!m_errorText.isEmpty());
    if (!shown)
        return;
    const std::vector<FigureRow> rows =
        footprintRows(*m_settings, m_figures, m_comparedFigures.footprint ? &m_comparedFigures : nullptr, locale());
    for (const FigureRow &r : rows) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        auto *what = new QTableWidgetItem(r.label);
        what->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        if (r.key.isEmpty()) {
            QFont bold = what->font();
            bold.setBold(true);
            what->setFont(bold);
            m_table->setItem(row, 0, what);
            m_table->setSpan(row, 0, 1, 2);
            continue;
        }
        what->setData(kKeyRole, r.key);
        what->setTextAlignment(Qt::AlignLeft | Qt::AlignTop);
        auto *figure = new QTableWidgetItem(r.value);
        figure->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        figure->setToolTip(r.value);
        figure->setTextAlignment(Qt::AlignLeft | Qt::AlignTop);
        m_table->setItem(row, 0, what);
        m_table->setItem(row, 1, figure);
    }
    fitLabelColumn();
}
void FootprintView::fitLabelColumn()
{
    // The labels take what they need, but never more than 45% of a narrow dock: both
    // columns wrap (short units stay with their numbers), and the rows grow to hold them.
    m_table->resizeColumnToContents(0);
    const int most = std::max(110, m_table->viewport()->width() * 9 / 20);
    m_table->setColumnWidth(0, std::min(m_table->columnWidth(0), most));
    m_table->resizeRowsToContents();
}

QStringList FootprintView::figureKeys() const
{
    QStringList keys;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QTableWidgetItem *item = m_table->item(row, 0);
        if (item && !item->data(kKeyRole).toString().isEmpty())
            keys << item->data(kKeyRole).toString();
    }
    return keys;
}

QString FootprintView::figure(const QString &key) const
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QTableWidgetItem *item = m_table->item(row, 0);
        if (item && item->data(kKeyRole).toString() == key)
            return m_table->item(row, 1) ? m_table->item(row, 1)->text() : QString();
    }
    return {};
}

QString FootprintView::figureLabel(const QString &key) const
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QTableWidgetItem *item = m_table->item(row, 0);
        if (item && item->data(kKeyRole).toString() == key)
            return item->text();
    }
    return {};
}

QString FootprintView::errorText() const
{
    return m_errorText;
}

QString FootprintView::kvBitsError() const
{
    return m_kvBitsError->isHidden() ? QString() : m_kvBitsError->text();
}

QString FootprintView::compareBitsError() const
{
    return m_compareBitsError->isHidden() ? QString() : m_compareBitsError->text();
}

QString FootprintView::text() const
{
    QStringList lines;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QTableWidgetItem *what = m_table->item(row, 0);
        const QTableWidgetItem *value = m_table->item(row, 1);
        if (what)
            lines << rowText(what, value);
    }
    if (!m_errorText.isEmpty())
        lines << m_errorText;
    return lines.join(QLatin1Char('\n'));
}

QString FootprintView::selectionText() const
{
    std::set<int> rows;
    for (const QModelIndex &index : m_table->selectionModel()->selectedIndexes())
        rows.insert(index.row());
    QStringList lines;
    for (const int row : rows) {
        const QTableWidgetItem *what = m_table->item(row, 0);
        const QTableWidgetItem *value = m_table->item(row, 1);
        if (what)
            lines << rowText(what, value);
    }
    return lines.join(QLatin1Char('\n'));
}

void FootprintView::copySelection() const
{
    const QString selected = selectionText();
    QGuiApplication::clipboard()->setText(selected.isEmpty() ? text() : selected);
}

void FootprintView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (m_table && (event->type() == QEvent::LocaleChange || event->type() == QEvent::PaletteChange))
        rebuildTable();
    if (m_table && event->type() == QEvent::LanguageChange) {
        m_texts.retranslate();
        updateSuffixes();
        // The errors next to the bits controls, then the figures (or the error instead of them).
        for (auto [box, error] : {std::pair{m_kvBits, m_kvBitsError}, std::pair{m_compareBitsBox, m_compareBitsError}})
            if (!error->isHidden())
                bitsEdited(box, error, box == m_compareBitsBox);
        fillPickers();
        recompute();
    }
}

bool FootprintView::eventFilter(QObject *watched, QEvent *event)
{
    if (m_table && watched == m_table->viewport() && event->type() == QEvent::Resize)
        fitLabelColumn();
    return QWidget::eventFilter(watched, event);
}

} // namespace attnscope::widgets
