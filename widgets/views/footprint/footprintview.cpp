// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/views/footprint/footprintview.h"

#include "widgets/common/groupedspinbox.h"
#include "widgets/common/labels.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
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
constexpr int kMaxContext = 10'000'000;
const char *const kBitsChoices[] = {"16", "8", "6", "4.5", "4"};

QString qs(const std::string &s)
{
    return QString::fromStdString(s);
}

// Core writes products as "2 x 8 x 128"; on screen the multiplication sign reads better.
QString times(QString s)
{
    return s.replace(QStringLiteral(" x "), QStringLiteral(" × "));
}

// Elements per token and layer spelled with the model's numbers, as the command line does:
// "2 × 8 × 128" or "512 + 64".
QString perLayerNumbers(const ModelShape &m)
{
    ModelShape one = m;
    one.layers = 1;
    QString f = qs(core::formulaNumbers(one));
    if (f.endsWith(QLatin1String(" x 1")))
        f.chop(4);
    if (m.mechanism == Mechanism::Mla && f.startsWith(QLatin1Char('(')) && f.endsWith(QLatin1Char(')')))
        f = f.mid(1, f.size() - 2);
    return times(f);
}

QString perLayerFormula(Mechanism m)
{
    if (m == Mechanism::Mla)
        return QStringLiteral("d_c + d_h^R");
    QString f = qs(core::formulaSymbols(m));
    if (f.endsWith(QLatin1String(" l")))
        f.chop(2);
    return f;
}

// Core's sentences start in lower case ("the KV cache of ..."); on their own they start a line.
QString sentence(QString s)
{
    if (!s.isEmpty())
        s[0] = s[0].toUpper();
    return s;
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

QComboBox *bitsBox(QWidget *parent, const QString &objectName, const QString &toolTip)
{
    auto *box = new QComboBox(parent);
    box->setObjectName(objectName);
    box->setEditable(true);
    box->setInsertPolicy(QComboBox::NoInsert);
    for (const char *bits : kBitsChoices)
        box->addItem(QString::fromLatin1(bits));
    box->setCurrentIndex(0);
    box->setToolTip(toolTip);
    box->setMinimumContentsLength(5);
    box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    return box;
}

// "label<TAB>value" with ordinary spaces, for the clipboard.
QString rowText(const QTableWidgetItem *what, const QTableWidgetItem *value)
{
    QString line = value ? what->text() + QLatin1Char('\t') + value->text() : what->text();
    return line.replace(QChar::Nbsp, QLatin1Char(' '));
}

} // namespace

FootprintView::FootprintView(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);

    // The request: bits, context, batch, and what to compare with.
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    // A bits control with its unit, and under it the error when its text does not parse.
    auto bitsField = [this](QComboBox *box, QLabel *error) {
        auto *field = new QWidget(this);
        auto *v = new QVBoxLayout(field);
        v->setContentsMargins(0, 0, 0, 0);
        v->setSpacing(2);
        auto *h = new QHBoxLayout;
        h->addWidget(box);
        auto *unit = new QLabel(field);
        m_texts.add([unit] { unit->setText(tr("bits per element")); });
        h->addWidget(unit);
        h->addStretch(1);
        v->addLayout(h);
        v->addWidget(error);
        return field;
    };

    m_kvBits = bitsBox(this, QStringLiteral("kvBits"), QString());
    m_kvBitsError = errorLabel(this, QStringLiteral("kvBitsError"));
    auto *kvBitsLabel = new QLabel(this);
    kvBitsLabel->setBuddy(m_kvBits);
    form->addRow(kvBitsLabel, bitsField(m_kvBits, m_kvBitsError));

    m_context = new GroupedSpinBox(this);
    m_context->setObjectName(QStringLiteral("context"));
    m_context->setRange(1, kMaxContext);
    m_context->setValue(int(m_request.context));
    m_context->setAccelerated(true);
    auto *contextLabel = new QLabel(this);
    contextLabel->setBuddy(m_context);
    form->addRow(contextLabel, m_context);

    m_batch = new GroupedSpinBox(this);
    m_batch->setObjectName(QStringLiteral("batch"));
    m_batch->setRange(1, std::numeric_limits<int>::max());
    m_batch->setValue(int(m_request.batch));
    m_batch->setAccelerated(true);
    auto *batchLabel = new QLabel(this);
    batchLabel->setBuddy(m_batch);
    form->addRow(batchLabel, m_batch);

    m_compare = new QComboBox(this);
    m_compare->setObjectName(QStringLiteral("compare"));
    m_compare->addItem(QString(), QString());
    m_compare->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_compare->setMinimumContentsLength(12);
    auto *compareLabel = new QLabel(this);
    compareLabel->setBuddy(m_compare);
    form->addRow(compareLabel, m_compare);

    m_compareBitsBox = bitsBox(this, QStringLiteral("compareBits"), QString());
    m_compareBitsError = errorLabel(this, QStringLiteral("compareBitsError"));
    auto *compareBitsLabel = new QLabel(this);
    compareBitsLabel->setBuddy(m_compareBitsBox);
    form->addRow(compareBitsLabel, bitsField(m_compareBitsBox, m_compareBitsError));
    m_compareBitsBox->setEnabled(false);
    layout->addLayout(form);
    m_texts.add([=, this] {
        m_kvBits->setToolTip(tr("Bits per cached element: 16 for FP16/BF16, 8 for FP8 or INT8, or the average of a "
                                "mixed-precision scheme such as 6 or 4.5"));
        kvBitsLabel->setText(tr("KV &bits:"));
        m_context->setToolTip(tr("Tokens per sequence kept in the cache"));
        contextLabel->setText(tr("&Context:"));
        m_batch->setToolTip(tr("Sequences decoded together, each with its own cache"));
        batchLabel->setText(tr("B&atch:"));
        m_compare->setItemText(0, tr("none"));
        m_compare->setToolTip(tr("A preset model whose cache this one is compared with, at the same context and "
                                 "batch"));
        compareLabel->setText(tr("Compare &with:"));
        m_compareBitsBox->setToolTip(tr("Bits per cached element of the compared model"));
        compareBitsLabel->setText(tr("Compared &at:"));
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

    connect(m_kvBits, &QComboBox::currentTextChanged, this,
            [this] { bitsEdited(m_kvBits, m_kvBitsError, &m_request.bits); });
    connect(m_compareBitsBox, &QComboBox::currentTextChanged, this,
            [this] { bitsEdited(m_compareBitsBox, m_compareBitsError, &m_compareBits); });
    connect(m_context, &QSpinBox::valueChanged, this, [this](int tokens) {
        m_request.context = tokens;
        updateSuffixes();
        recompute();
    });
    connect(m_batch, &QSpinBox::valueChanged, this, [this](int sequences) {
        m_request.batch = sequences;
        updateSuffixes();
        recompute();
    });
    updateSuffixes();
    connect(m_compare, &QComboBox::currentIndexChanged, this, [this] {
        updateComparison();
        recompute();
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

void FootprintView::setModel(const ModelShape &model)
{
    m_model = model;
    recompute();
}

void FootprintView::setPresets(std::vector<ModelShape> presets)
{
    const QString current = comparedPreset();
    m_presets = std::move(presets);
    {
        const QSignalBlocker blocker(m_compare);
        while (m_compare->count() > 1)
            m_compare->removeItem(1);
        for (const auto &p : m_presets) {
            m_compare->addItem(qs(p.name.empty() ? p.id : p.name), qs(p.id));
            m_compare->setItemData(m_compare->count() - 1, qs(p.id), Qt::ToolTipRole);
        }
        m_compare->setCurrentIndex(std::max(0, m_compare->findData(current)));
    }
    updateComparison();
    recompute();
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
    return m_compare->currentData().toString();
}

std::optional<double> FootprintView::reduction() const
{
    if (!m_footprint || !m_compared)
        return std::nullopt;
    return core::reductionPercent(m_footprint->totalBytes, m_compared->totalBytes);
}

QString FootprintView::comparisonText(const ModelShape &ours, const ModelShape &theirs) const
{
    // The command line's definition, core::reductionPercent (`footprint --model A --compare B`
    // prints 100 x (1 - A / B)), always said from the smaller cache's side so that the percentage
    // is the one `--compare` gives with the smaller model first; the direction is in words.
    const auto shortName = [](const ModelShape &s) {
        return qs(!s.name.empty() ? s.name : !s.id.empty() ? s.id : std::string("?"));
    };
    const std::int64_t a = m_footprint->totalBytes;
    const std::int64_t b = m_compared->totalBytes;
    const QLocale l = locale();
    if (a == b)
        return tr("%1's cache is the same size as %2's (%3 bytes)").arg(shortName(ours), shortName(theirs), number(a));
    if (a < b)
        return tr("%1's cache is %2% smaller than %3's: 100 × (1 − %4 / %5 bytes)")
            .arg(shortName(ours), l.toString(core::reductionPercent(a, b), 'f', 1), shortName(theirs), number(a),
                 number(b));
    const double larger = b > 0 ? 100.0 * (static_cast<double>(a) / static_cast<double>(b) - 1.0) : 0.0;
    return tr("%1's cache is %2% larger than %3's; %3's is %4% smaller: 100 × (1 − %5 / %6 bytes)")
        .arg(shortName(ours), l.toString(larger, 'f', 1), shortName(theirs),
             l.toString(core::reductionPercent(b, a), 'f', 1), number(b), number(a));
}

void FootprintView::bitsEdited(QComboBox *box, QLabel *errorLabel, core::KvBits *target)
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
    *target = *bits;
    recompute();
}

void FootprintView::updateComparison()
{
    m_comparedModel.reset();
    const QString id = comparedPreset();
    if (!id.isEmpty()) {
        const auto it =
            std::find_if(m_presets.begin(), m_presets.end(), [&](const ModelShape &p) { return qs(p.id) == id; });
        if (it != m_presets.end())
            m_comparedModel = *it;
    }
    m_compareBitsBox->setEnabled(m_comparedModel.has_value());
}

void FootprintView::recompute()
{
    m_footprint.reset();
    m_compared.reset();
    m_errorText.clear();
    if (m_model) {
        try {
            m_footprint = core::computeFootprint(*m_model, m_request);
        } catch (const core::FootprintOverflow &e) {
            m_errorText = sentence(QString::fromUtf8(e.what()));
        } catch (const std::invalid_argument &e) {
            m_errorText = tr("This model's shape cannot be used: %1").arg(QString::fromUtf8(e.what()));
        } catch (const std::exception &e) {
            m_errorText = sentence(QString::fromUtf8(e.what()));
        }
        if (m_footprint && m_comparedModel) {
            m_comparedRequest = m_request;
            m_comparedRequest.bits = m_compareBits;
            try {
                m_compared = core::computeFootprint(*m_comparedModel, m_comparedRequest);
            } catch (const std::exception &e) {
                m_errorText = tr("Compared with %1: %2").arg(modelTitle(*m_comparedModel), QString::fromUtf8(e.what()));
            }
        }
    }
    rebuildTable();
    Q_EMIT footprintChanged();
}

void FootprintView::addSection(const QString &title)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    auto *item = new QTableWidgetItem(title);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    QFont bold = item->font();
    bold.setBold(true);
    item->setFont(bold);
    m_table->setItem(row, 0, item);
    m_table->setSpan(row, 0, 1, 2);
}

void FootprintView::addRow(const QString &key, const QString &label, const QString &value)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    auto *what = new QTableWidgetItem(label);
    what->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    what->setData(kKeyRole, key);
    what->setTextAlignment(Qt::AlignLeft | Qt::AlignTop);
    auto *figure = new QTableWidgetItem(value);
    figure->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    figure->setToolTip(value);
    figure->setTextAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_table->setItem(row, 0, what);
    m_table->setItem(row, 1, figure);
}

void FootprintView::rebuildTable()
{
    m_table->clearSpans();
    m_table->setRowCount(0);
    m_placeholder->setVisible(!m_model);
    m_table->setVisible(m_model.has_value());
    m_error->setText(m_errorText);
    m_error->setVisible(!m_errorText.isEmpty());
    if (!m_model)
        return;

    const ModelShape &m = *m_model;
    addSection(tr("Model"));
    addRow(QStringLiteral("model"), tr("model"), modelTitle(m));
    addRow(QStringLiteral("mechanism"), tr("mechanism"), mechanismLabel(m.mechanism));
    addRow(QStringLiteral("shape"), tr("shape"), shapeLine(m));

    if (m_footprint) {
        const core::Footprint &f = *m_footprint;
        const core::FootprintRequest &r = m_request;
        addSection(tr("KV cache"));
        addRow(QStringLiteral("perTokenPerLayer"), tr("per token and layer"),
               tr("%1 = %2 = %3 elements")
                   .arg(perLayerFormula(m.mechanism), perLayerNumbers(m), number(f.elementsPerTokenPerLayer)));
        addRow(QStringLiteral("perToken"), tr("per token, all layers"),
               tr("%1 = %2 = %3 elements")
                   .arg(qs(core::formulaSymbols(m.mechanism)), times(qs(core::formulaNumbers(m))),
                        number(f.elementsPerToken)));
        // "\u00a0" ends its literal: lupdate reads \u00a0b as one escape.
        addRow(QStringLiteral("bytesPerToken"),
               tr("bytes per token at %1\u00a0"
                  "bits")
                   .arg(qs(r.bits.text())),
               bytesText(f.bytesPerToken));
        addRow(QStringLiteral("total"),
               tr("context %1 ×\u00a0"
                  "batch\u00a0%2")
                   .arg(number(r.context), number(r.batch)),
               bytesText(f.totalBytes));
        if (m.mechanism == Mechanism::Mla) {
            addRow(QStringLiteral("decompressed"), tr("decompressed K and V instead"),
                   tr("n_h (d_h + d_h^R) + n_h d_v = %1 elements per token and layer, %2 per token (%3×)")
                       .arg(number(f.decompressedElementsPerTokenPerLayer), number(f.decompressedElementsPerToken),
                            locale().toString(double(f.decompressedElementsPerToken) / double(f.elementsPerToken), 'f',
                                              1)));
            addRow(QStringLiteral("gqaGroups"), tr("equivalent GQA groups"),
                   tr("(d_c + d_h^R) / (2 d_h) = %1 / %2 = %3")
                       .arg(number(f.elementsPerTokenPerLayer), number(2 * m.dHead),
                            locale().toString(f.equivalentGqaGroups, 'g', 4)));
        }
        if (m.crossLayers > 0)
            addRow(QStringLiteral("crossPerSourceToken"), tr("cross-attention, per source token"),
                   tr("2 n_h d_h l_dec = %1 elements, %2 B (in the total, with as many source tokens as the context)")
                       .arg(number(f.crossElementsPerSourceToken), number(f.crossBytesPerSourceToken)));
        addRow(QStringLiteral("parameters"), tr("attention projection parameters"),
               tr("%1 per layer, %2 in all").arg(number(f.attentionParametersPerLayer), number(f.attentionParameters)));
    }

    if (m_footprint && m_compared && m_comparedModel) {
        const ModelShape &c = *m_comparedModel;
        const core::Footprint &f = *m_compared;
        addSection(tr("Compared with"));
        addRow(QStringLiteral("compareModel"), tr("model"),
               tr("%1, %2, at %3 bits")
                   .arg(modelTitle(c), mechanismLabel(c.mechanism), qs(m_comparedRequest.bits.text())));
        addRow(QStringLiteral("comparePerToken"), tr("per token, all layers"),
               tr("%1 = %2 = %3 elements, %4 B")
                   .arg(qs(core::formulaSymbols(c.mechanism)), times(qs(core::formulaNumbers(c))),
                        number(f.elementsPerToken), number(f.bytesPerToken)));
        addRow(QStringLiteral("compareTotal"),
               tr("context %1 ×\u00a0"
                  "batch\u00a0%2")
                   .arg(number(m_comparedRequest.context), number(m_comparedRequest.batch)),
               bytesText(f.totalBytes));
        addRow(QStringLiteral("reduction"), tr("comparison"), comparisonText(m, c));
    }

    // Where the shape comes from: often a paragraph, so after the figures, which a narrow
    // dock should show without scrolling.
    if (!m.source.empty() || !m.notes.empty()) {
        addSection(tr("Source"));
        if (!m.source.empty())
            addRow(QStringLiteral("source"), tr("source"), qs(m.source));
        if (!m.notes.empty())
            addRow(QStringLiteral("notes"), tr("note"), qs(m.notes));
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
                bitsEdited(box, error, box == m_kvBits ? &m_request.bits : &m_compareBits);
        recompute();
    }
}

bool FootprintView::eventFilter(QObject *watched, QEvent *event)
{
    if (m_table && watched == m_table->viewport() && event->type() == QEvent::Resize)
        fitLabelColumn();
    return QWidget::eventFilter(watched, event);
}

QString FootprintView::number(std::int64_t value) const
{
    return groupedNumber(value, locale());
}

QString FootprintView::humanBytes(std::int64_t bytes) const
{
    return binaryBytes(bytes, locale());
}

QString FootprintView::bytesText(std::int64_t bytes) const
{
    if (bytes < 1024)
        return tr("%1 B").arg(number(bytes));
    return tr("%1 B (%2)").arg(number(bytes), humanBytes(bytes));
}

QString FootprintView::mechanismLabel(Mechanism m) const
{
    switch (m) {
    case Mechanism::Mha: return tr("multi-head attention (MHA)");
    case Mechanism::Gqa: return tr("grouped-query attention (GQA)");
    case Mechanism::Mqa: return tr("multi-query attention (MQA)");
    case Mechanism::Mla: return tr("multi-head latent attention (MLA)");
    case Mechanism::Sdpa: return tr("scaled dot-product attention");
    case Mechanism::Bahdanau: return tr("Bahdanau attention");
    }
    return {};
}

QString FootprintView::modelTitle(const ModelShape &m) const
{
    if (m.id.empty())
        return m.name.empty() ? tr("unnamed model") : qs(m.name);
    if (m.name.empty())
        return qs(m.id);
    return tr("%1 (%2)").arg(qs(m.name), qs(m.id));
}

QString FootprintView::shapeLine(const ModelShape &m) const
{
    QStringList parts;
    parts << (m.crossLayers > 0 || m.encoderLayers > 0
                  ? tr("%1 decoder layers, %2 encoder layers").arg(m.layers).arg(m.encoderLayers)
                  : tr("%1 layers").arg(m.layers))
          << tr("d_model %1").arg(m.dModel) << tr("%1 heads").arg(m.nHeads);
    if (m.mechanism == Mechanism::Gqa)
        parts << tr("%1 KV heads").arg(m.nKvHeads);
    parts << tr("d_h %1").arg(m.dHead);
    if (m.valueDim() != m.dHead)
        parts << tr("d_v %1").arg(m.valueDim());
    if (m.mechanism == Mechanism::Mla)
        parts << tr("d_h^R %1").arg(m.dRope) << tr("d_c %1").arg(m.dLatentKv)
              << (m.dLatentQ > 0 ? tr("d_c' %1").arg(m.dLatentQ) : tr("no query compression"));
    if (m.crossLayers > 0)
        parts << tr("cross-attention in %1 decoder layers").arg(m.crossLayers);
    return parts.join(tr(", "));
}

} // namespace attnscope::widgets
