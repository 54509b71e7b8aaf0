<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ConfigReader</name>
    <message>
        <source>a boolean</source>
        <translation>布尔值</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>字符串</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>数组</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>%1 is %2; expected a whole number.</source>
        <translation>%1 是%2；应为整数。</translation>
    </message>
    <message>
        <source>%1 is not a whole number.</source>
        <translation>%1 不是整数。</translation>
    </message>
    <message>
        <source>%1 is too large; sizes are at most 2^53 - 1 (%2).</source>
        <translation>%1 过大；大小最多为 2^53 - 1（%2）。</translation>
    </message>
    <message>
        <source>%1 must be at least %2.</source>
        <translation>%1 必须至少为 %2。</translation>
    </message>
    <message>
        <source>%1 must not be negative.</source>
        <translation>%1 不能为负数。</translation>
    </message>
    <message>
        <source>%1 is %2; expected true or false.</source>
        <translation>%1 是%2；应为 true 或 false。</translation>
    </message>
    <message>
        <source>%1 is %2; expected a string.</source>
        <translation>%1 是%2；应为字符串。</translation>
    </message>
    <message>
        <source>%1 disagrees with %2 (%3).</source>
        <translation>%1 与 %2（%3）不一致。</translation>
    </message>
    <message>
        <source>missing.</source>
        <translation>缺失。</translation>
    </message>
    <message>
        <source>missing (also looked for %1).</source>
        <translation>缺失（也查找了 %1）。</translation>
    </message>
    <message>
        <source>A %1 model is encoder-only: it keeps no decode cache.</source>
        <translation>%1 模型仅有编码器：它不保留解码缓存。</translation>
    </message>
    <message>
        <source>%1 layers of several kinds are more than AttnScope lists (%2).</source>
        <translation>%1 个多种类型的层超过了 AttnScope 能列出的数量（%2）。</translation>
    </message>
    <message>
        <source>%1 is not a list of one type per layer (%2 layers).</source>
        <translation>%1 不是每层一个类型的列表（%2 层）。</translation>
    </message>
    <message>
        <source>%1 is not a layer type AttnScope knows (full_attention, sliding_attention, chunked_attention, linear_attention, mamba, conv).</source>
        <translation>%1 不是 AttnScope 认识的层类型（full_attention、sliding_attention、chunked_attention、linear_attention、mamba、conv）。</translation>
    </message>
    <message>
        <source>missing; %1 is %2, which needs it.</source>
        <translation>缺失；%1 为 %2，需要此值。</translation>
    </message>
    <message>
        <source>missing; attn_layer_period and attn_layer_offset go together.</source>
        <translation>缺失；attn_layer_period 与 attn_layer_offset 必须同时给出。</translation>
    </message>
    <message>
        <source>%1 must be less than %2 (%3).</source>
        <translation>%1 必须小于 %2（%3）。</translation>
    </message>
    <message>
        <source>%1 is %2 for every layer. The figures above honour the window, as Transformers does (the default); a runtime that ignores it caches the whole context, as here.</source>
        <translation>%1 对每一层都是 %2。上面的数字遵循该窗口，与 Transformers 的做法相同（默认）；忽略窗口的运行时会缓存整个上下文，如此处所示。</translation>
    </message>
    <message>
        <source>%1 is %2: every layer keeps at most %2 tokens (the default reading; see the other reading).</source>
        <translation>%1 为 %2：每层最多保留 %2 个词元（默认解读；另见另一种解读）。</translation>
    </message>
    <message>
        <source>%1 must be less than the layers (%2): a shared layer reuses an earlier layer&apos;s cache.</source>
        <translation>%1 必须小于层数（%2）：共享层会复用较早一层的缓存。</translation>
    </message>
    <message>
        <source>%1 must be even (RoPE rotates pairs of dimensions).</source>
        <translation>%1 必须为偶数（RoPE 按维度对进行旋转）。</translation>
    </message>
    <message>
        <source>%1 is not divisible by %2 (%3), and no %4 is given.</source>
        <translation>%1 不能被 %2（%3）整除，且未给出 %4。</translation>
    </message>
    <message>
        <source>missing; %1 is true, so the KV heads must be given (looked for %2).</source>
        <translation>缺失；%1 为 true，因此必须给出 KV 头（查找了 %2）。</translation>
    </message>
    <message>
        <source>multi_query is not given; a %1 model is multi-query by default.</source>
        <translation>未给出 multi_query；%1 模型默认使用多查询注意力。</translation>
    </message>
    <message>
        <source>%1 (%2) is ignored: multi_query is true and new_decoder_architecture is not.</source>
        <translation>%1（%2）被忽略：multi_query 为 true，而 new_decoder_architecture 不是。</translation>
    </message>
    <message>
        <source>multi_query is false and no KV heads are given: one KV head per query head (multi-head attention).</source>
        <translation>multi_query 为 false 且未给出 KV 头：每个查询头一个 KV 头（多头注意力）。</translation>
    </message>
    <message>
        <source>A %1 model has one KV head per query head (multi-head attention); its config has no KV-head field.</source>
        <translation>%1 模型的每个查询头有一个 KV 头（多头注意力）；其配置中没有 KV 头字段。</translation>
    </message>
    <message>
        <source>missing (also looked for %1); the default of model_type %2 is not known, so give the KV heads rather than have them read as multi-head attention.</source>
        <translation>缺失（也查找了 %1）；model_type %2 的默认值未知，因此请给出 KV 头，而不要让它们被当作多头注意力读取。</translation>
    </message>
    <message>
        <source>(none given)</source>
        <translation>（未给出）</translation>
    </message>
    <message>
        <source>%1 is more than %2 (%3).</source>
        <translation>%1 大于 %2（%3）。</translation>
    </message>
    <message>
        <source>%1 does not divide %2 (%3).</source>
        <translation>%1 不能整除 %2（%3）。</translation>
    </message>
    <message>
        <source>Read from text_config (the language model of a multimodal model).</source>
        <translation>从 text_config 读取（多模态模型中的语言模型）。</translation>
    </message>
    <message>
        <source>missing or empty.</source>
        <translation>缺失或为空。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a preset id (lower-case letters, digits, &apos;.&apos;, &apos;-&apos; and &apos;_&apos;).</source>
        <translation>&quot;%1&quot; 不是预设 id（小写字母、数字、&apos;.&apos;、&apos;-&apos; 和 &apos;_&apos;）。</translation>
    </message>
    <message>
        <source>missing or empty; say where the numbers come from.</source>
        <translation>缺失或为空；请说明这些数字的来源。</translation>
    </message>
    <message>
        <source>missing or not an object.</source>
        <translation>缺失或不是对象。</translation>
    </message>
    <message>
        <source>%1: not JSON: %2 at offset %3.</source>
        <translation>%1：不是 JSON：%2，位于偏移 %3。</translation>
    </message>
    <message>
        <source>%1: the top level is %2, not an object like a config.json.</source>
        <translation>%1：顶层是%2，而不是像 config.json 那样的对象。</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>非对象值</translation>
    </message>
    <message>
        <source>format: %1 is not a known format; expected &quot;%2&quot; or a Hugging Face config.json (which has no &quot;format&quot;).</source>
        <translation>format: %1 不是已知的格式；应为 &quot;%2&quot; 或 Hugging Face 的 config.json（其中没有 &quot;format&quot;）。</translation>
    </message>
    <message>
        <source>%1: cannot read: it is a directory.</source>
        <translation>%1：无法读取：这是一个目录。</translation>
    </message>
    <message>
        <source>%1: cannot read: %2.</source>
        <translation>%1：无法读取：%2。</translation>
    </message>
    <message>
        <source>%1: larger than 16 MiB; a model&apos;s config.json is a few KiB.</source>
        <translation>%1：大于 16 MiB；模型的 config.json 只有几 KiB。</translation>
    </message>
    <message>
        <source>--model &apos;%1&apos;: no such preset; see attnscope footprint --list-models.</source>
        <translation>--model &apos;%1&apos;：没有这个预设；请参见 attnscope footprint --list-models。</translation>
    </message>
    <message>
        <source>%1: id: &quot;%2&quot; does not match the file name.</source>
        <translation>%1：id: &quot;%2&quot; 与文件名不一致。</translation>
    </message>
    <message>
        <source>PretrainedConfig&apos;s default</source>
        <translation>PretrainedConfig 的默认值</translation>
    </message>
    <message>
        <source>the default of the %1 configuration class</source>
        <translation>%1 配置类的默认值</translation>
    </message>
    <message>
        <source>%1 = relu (the default of the %2 configuration class)</source>
        <translation>%1 = relu（%2 配置类的默认值）</translation>
    </message>
    <message>
        <source>%1 = 4 x %2 = %3 (the class&apos;s default)</source>
        <translation>%1 = 4 x %2 = %3（该类的默认值）</translation>
    </message>
    <message>
        <source>%1 is more than the %2 experts.</source>
        <translation>%1 超过了专家数（%2）。</translation>
    </message>
    <message>
        <source>%1 must be less than expert_layer_period (%2).</source>
        <translation>%1 必须小于 expert_layer_period（%2）。</translation>
    </message>
    <message>
        <source>%1: cannot read: it is not a regular file (a pipe, a socket or a device).</source>
        <translation>%1：无法读取：这不是常规文件（而是管道、套接字或设备）。</translation>
    </message>
</context>
<context>
    <name>CoreText</name>
    <message>
        <source>%1, 1 thread, %2</source>
        <translation>%1，1 个线程，%2</translation>
    </message>
    <message>
        <source>%1, %2 threads, %3</source>
        <translation>%1，%2 个线程，%3</translation>
    </message>
    <message>
        <source>%1, %2 GiB, %3 SMs, sm_%4, driver %5, runtime %6</source>
        <translation>%1，%2 GiB，%3 个 SMs，sm_%4，驱动 %5，运行时 %6</translation>
    </message>
    <message>
        <source>not built with CUDA (configured with ATTNSCOPE_CUDA=OFF, or no CUDA compiler was found)</source>
        <translation>未使用 CUDA 构建（配置时设置了 ATTNSCOPE_CUDA=OFF，或未找到 CUDA 编译器）</translation>
    </message>
    <message>
        <source>no CUDA driver (libcuda was not found or reports no version)</source>
        <translation>没有 CUDA 驱动（未找到 libcuda，或其未报告版本）</translation>
    </message>
    <message>
        <source>the CUDA driver (%1) is older than the runtime (%2)</source>
        <translation>CUDA 驱动（%1）比运行时（%2）旧</translation>
    </message>
    <message>
        <source>no CUDA device</source>
        <translation>没有 CUDA 设备</translation>
    </message>
    <message>
        <source>no CUDA device (%1)</source>
        <translation>没有 CUDA 设备（%1）</translation>
    </message>
    <message>
        <source>CUDA device 0 cannot be queried: %1</source>
        <translation>无法查询 CUDA 设备 0：%1</translation>
    </message>
    <message>
        <source>CUDA device 0 cannot be used: %1</source>
        <translation>无法使用 CUDA 设备 0：%1</translation>
    </message>
    <message>
        <source>Not enough memory to compute this configuration.</source>
        <translation>内存不足，无法计算此配置。</translation>
    </message>
    <message>
        <source>memory: with --tokens %1 and --d-model %2 the computation would record %3 of tensors, more than the %4 limit; reduce --tokens, --source-tokens, --d-model or the head sizes.</source>
        <translation>内存：在 --tokens %1 且 --d-model %2 时，计算将记录 %3 的张量，超过 %4 的上限；请减小 --tokens、--source-tokens、--d-model 或头的尺寸。</translation>
    </message>
    <message>
        <source>%1 does not fit in 64 bits; reduce the sizes, the context or the batch.</source>
        <translation>%1超出 64 位范围；请减小各项尺寸、上下文或批大小。</translation>
    </message>
    <message>
        <source>%1 does not fit in 64 bits; reduce the context or the batch.</source>
        <translation>%1超出 64 位范围；请减小上下文或批大小。</translation>
    </message>
    <message>
        <source>%1 is negative.</source>
        <translation>%1为负数。</translation>
    </message>
    <message>
        <source>the memory left per GPU does not fit in 64 bits.</source>
        <translation>每个 GPU 的剩余显存超出 64 位范围。</translation>
    </message>
    <message>
        <source>bahdanau attention has no heads; it reads --d-model (embedding width), --hidden and --align-dim.</source>
        <translation>bahdanau 注意力没有头；它读取 --d-model（嵌入宽度）、--hidden 和 --align-dim。</translation>
    </message>
    <message>
        <source>bahdanau attention has no causal mask; the decoder attends to the whole source.</source>
        <translation>bahdanau 注意力没有因果掩码；解码器关注整个源序列。</translation>
    </message>
    <message>
        <source>bahdanau attention always attends from decoder to encoder; --cross does not apply.</source>
        <translation>bahdanau 注意力始终从解码器指向编码器；--cross 不适用。</translation>
    </message>
    <message>
        <source>applies to --mechanism %1 only, not %2.</source>
        <translation>仅适用于 --mechanism %1，不适用于 %2。</translation>
    </message>
    <message>
        <source>mla has no separate KV heads; its cache is the latent of rank --latent-rank.</source>
        <translation>mla 没有单独的 KV 头；其缓存是秩为 --latent-rank 的潜在向量。</translation>
    </message>
    <message>
        <source>applies to cross attention (--cross) and bahdanau only.</source>
        <translation>仅适用于交叉注意力（--cross）和 bahdanau。</translation>
    </message>
    <message>
        <source>sdpa is single-head attention, so the heads must be 1; use --mechanism mha for several heads.</source>
        <translation>sdpa 是单头注意力，因此头数必须为 1；如需多个头，请使用 --mechanism mha。</translation>
    </message>
    <message>
        <source>sdpa is single-head attention, so the KV heads must be 1; use --mechanism gqa.</source>
        <translation>sdpa 是单头注意力，因此 KV 头数必须为 1；请使用 --mechanism gqa。</translation>
    </message>
    <message>
        <source>mqa shares one KV head among all query heads, so the KV heads must be 1; use --mechanism gqa.</source>
        <translation>mqa 让所有查询头共享一个 KV 头，因此 KV 头数必须为 1；请使用 --mechanism gqa。</translation>
    </message>
    <message>
        <source>mha has one KV head per query head, so the KV heads must equal the heads (%1); use --mechanism gqa.</source>
        <translation>mha 的每个查询头有一个 KV 头，因此 KV 头数必须等于头数（%1）；请使用 --mechanism gqa。</translation>
    </message>
    <message>
        <source>must be divisible by the heads (%1) to split into equal heads; give --head-dim to choose the head width instead.</source>
        <translation>必须能被头数（%1）整除，才能均分为等宽的头；也可以改用 --head-dim 指定头宽度。</translation>
    </message>
    <message>
        <source>applies to --input trained only.</source>
        <translation>仅适用于 --input trained。</translation>
    </message>
    <message>
        <source>sdpa has no trained model; choose mha, gqa, mqa, mla or bahdanau.</source>
        <translation>sdpa 没有训练好的模型；请选择 mha、gqa、mqa、mla 或 bahdanau。</translation>
    </message>
    <message>
        <source>the trained model fixes it; leave it out with --input trained.</source>
        <translation>训练好的模型已确定该值；使用 --input trained 时请省略它。</translation>
    </message>
    <message>
        <source>give some text for the trained model to read.</source>
        <translation>请提供一段供训练好的模型读取的文本。</translation>
    </message>
    <message>
        <source>at most %1 bytes.</source>
        <translation>最多 %1 字节。</translation>
    </message>
    <message>
        <source>the bahdanau translator has one attention, between its encoder and decoder; leave --layer out.</source>
        <translation>bahdanau 翻译器只有一个注意力，位于其编码器和解码器之间；请省略 --layer。</translation>
    </message>
    <message>
        <source>layers are numbered from 0.</source>
        <translation>层从 0 开始编号。</translation>
    </message>
    <message>
        <source>the model width must be at least %1.</source>
        <translation>模型宽度必须至少为 %1。</translation>
    </message>
    <message>
        <source>the number of tokens must be at least %1.</source>
        <translation>词元数必须至少为 %1。</translation>
    </message>
    <message>
        <source>the number of source tokens must be at least %1.</source>
        <translation>源词元数必须至少为 %1。</translation>
    </message>
    <message>
        <source>the GRU width must be at least %1.</source>
        <translation>GRU 宽度必须至少为 %1。</translation>
    </message>
    <message>
        <source>the alignment model width must be at least %1.</source>
        <translation>对齐模型宽度必须至少为 %1。</translation>
    </message>
    <message>
        <source>the number of heads must be at least %1.</source>
        <translation>头数必须至少为 %1。</translation>
    </message>
    <message>
        <source>the head width must be at least %1.</source>
        <translation>头宽度必须至少为 %1。</translation>
    </message>
    <message>
        <source>the number of KV heads must be at least %1.</source>
        <translation>KV 头数必须至少为 %1。</translation>
    </message>
    <message>
        <source>the KV latent rank d_c must be at least %1.</source>
        <translation>KV 潜在秩 d_c 必须至少为 %1。</translation>
    </message>
    <message>
        <source>the query latent rank d_c&apos; (0 = no query compression) must be at least %1.</source>
        <translation>查询潜在秩 d_c&apos;（0 = 不压缩查询）必须至少为 %1。</translation>
    </message>
    <message>
        <source>must divide the heads (%1) so that every KV head serves an equal group of query heads.</source>
        <translation>必须整除头数（%1），使每个 KV 头服务一组同样大小的查询头。</translation>
    </message>
    <message>
        <source>mla is implemented as causal self-attention, as in DeepSeek-V2; --cross does not apply.</source>
        <translation>mla 与 DeepSeek-V2 一样实现为因果自注意力；--cross 不适用。</translation>
    </message>
    <message>
        <source>a causal mask applies to self-attention only; drop --causal or --cross.</source>
        <translation>因果掩码仅适用于自注意力；请去掉 --causal 或 --cross。</translation>
    </message>
    <message>
        <source>must be even and at least 2: RoPE rotates coordinates in pairs.</source>
        <translation>必须为偶数且至少为 2：RoPE 成对旋转坐标。</translation>
    </message>
    <message>
        <source>must be a finite number greater than 1.</source>
        <translation>必须是大于 1 的有限数。</translation>
    </message>
    <message>
        <source>must be at least %1.</source>
        <translation>必须至少为 %1。</translation>
    </message>
    <message>
        <source>lists that many layers, but the model has %1; give one kind per layer.</source>
        <translation>列出了这么多层，但模型有 %1 层；请为每层给出一种类型。</translation>
    </message>
    <message>
        <source>a window layer caches at most W tokens, so W must be at least 1.</source>
        <translation>窗口层最多缓存 W 个词元，因此 W 必须至少为 1。</translation>
    </message>
    <message>
        <source>only a window layer has a window; it must be 0.</source>
        <translation>只有窗口层才有窗口；该值必须为 0。</translation>
    </message>
    <message>
        <source>cross-attention is counted with the cross-attention layers, not as a layer kind.</source>
        <translation>交叉注意力计入交叉注意力层，而不作为一种层类型。</translation>
    </message>
    <message>
        <source>a layer that reuses another layer&apos;s cache must follow a layer that keeps one.</source>
        <translation>复用其他层缓存的层必须位于一个保留缓存的层之后。</translation>
    </message>
    <message>
        <source>no layer keeps a KV cache; a decoder needs at least one attention layer.</source>
        <translation>没有任何层保留 KV 缓存；解码器至少需要一个注意力层。</translation>
    </message>
    <message>
        <source>multi-head attention has one KV head per query head, so it must equal the heads (%1).</source>
        <translation>多头注意力的每个查询头有一个 KV 头，因此该值必须等于头数（%1）。</translation>
    </message>
    <message>
        <source>multi-query attention shares one KV head, so it must be 1.</source>
        <translation>多查询注意力共享一个 KV 头，因此该值必须为 1。</translation>
    </message>
    <message>
        <source>a model&apos;s attention is mha, gqa, mqa or mla.</source>
        <translation>模型的注意力须为 mha、gqa、mqa 或 mla。</translation>
    </message>
    <message>
        <source>at least 1 GPU.</source>
        <translation>至少 1 个 GPU。</translation>
    </message>
    <message>
        <source>a block holds at least 1 token.</source>
        <translation>一个块至少容纳 1 个词元。</translation>
    </message>
    <message>
        <source>the %1 query heads do not split evenly over %2 GPUs; tensor parallelism gives every GPU the same number of heads.</source>
        <translation>%1 个查询头无法在 %2 个 GPU 之间均分；张量并行让每个 GPU 分得相同数量的头。</translation>
    </message>
    <message>
        <source>data-parallel attention is for MLA models, whose latent every GPU would otherwise hold in full; this model&apos;s KV heads split over the GPUs.</source>
        <translation>数据并行注意力用于 MLA 模型，否则每个 GPU 都要持有完整的潜在向量；此模型的 KV 头会在各 GPU 之间切分。</translation>
    </message>
    <message>
        <source>the %1 KV heads do not split evenly over %2 GPUs.</source>
        <translation>%1 个 KV 头无法在 %2 个 GPU 之间均分。</translation>
    </message>
    <message>
        <source>%1 KV heads cannot be replicated evenly over %2 GPUs; give a multiple of %3.</source>
        <translation>%1 个 KV 头无法均匀地复制到 %2 个 GPU 上；请给出 %3 的倍数。</translation>
    </message>
    <message>
        <source>it is %1 tokens; the trained model reads at most %2.</source>
        <translation>它有 %1 个词元；训练好的模型最多读取 %2 个。</translation>
    </message>
    <message>
        <source>the trained %1 model has layers 0 to %2.</source>
        <translation>训练好的 %1 模型有第 0 到第 %2 层。</translation>
    </message>
    <message>
        <source>%1 has no trained model; choose mha, gqa, mqa, mla or bahdanau.</source>
        <translation>%1 没有训练好的模型；请选择 mha、gqa、mqa、mla 或 bahdanau。</translation>
    </message>
    <message>
        <source>%1 has no trained language model to continue a text; choose mha, gqa, mqa or mla.</source>
        <translation>%1 没有可续写文本的训练好的语言模型；请选择 mha、gqa、mqa 或 mla。</translation>
    </message>
    <message>
        <source>give at least one token.</source>
        <translation>请至少提供一个词元。</translation>
    </message>
    <message>
        <source>the date text has more than %1 words; the translator reads one date (its dates have 3 to 5 words).</source>
        <translation>日期文本超过 %1 个词；翻译器只读取一个日期（其日期为 3 到 5 个词）。</translation>
    </message>
    <message>
        <source>the date text is empty; write a date in words.</source>
        <translation>日期文本为空；请用英文单词写一个日期。</translation>
    </message>
    <message>
        <source>the date text is empty; write a date in one of the forms %1.</source>
        <translation>日期文本为空；请按以下格式之一写一个日期：%1。</translation>
    </message>
    <message>
        <source>the date text has the word %1, which the translator does not know (write %2, without a leading zero); it reads %3, separated by spaces.</source>
        <translation>日期文本包含翻译器不认识的词 %1（请写作 %2，不带前导零）；它能读取：%3，词之间以空格分隔。</translation>
    </message>
    <message>
        <source>the date text has the word %1, which the translator does not know; it reads %2, separated by spaces.</source>
        <translation>日期文本包含翻译器不认识的词 %1；它能读取：%2，词之间以空格分隔。</translation>
    </message>
    <message>
        <source>the text is %1 tokens, and the trained model reads at most %2.</source>
        <translation>该文本有 %1 个词元，而训练好的模型最多读取 %2 个。</translation>
    </message>
    <message>
        <source>the KV elements per rank</source>
        <translation>每个 rank 的 KV 元素数</translation>
    </message>
    <message>
        <source>the KV elements per token</source>
        <translation>每个词元的 KV 元素数</translation>
    </message>
    <message>
        <source>the KV elements per token and layer</source>
        <translation>每个词元每层的 KV 元素数</translation>
    </message>
    <message>
        <source>the KV bytes per token</source>
        <translation>每个词元的 KV 字节数</translation>
    </message>
    <message>
        <source>the Mamba mixer parameters</source>
        <translation>Mamba 混合器参数</translation>
    </message>
    <message>
        <source>the Mamba mixers</source>
        <translation>Mamba 混合器</translation>
    </message>
    <message>
        <source>the Mamba width</source>
        <translation>Mamba 宽度</translation>
    </message>
    <message>
        <source>the Mamba x_proj</source>
        <translation>Mamba 的 x_proj 投影</translation>
    </message>
    <message>
        <source>the attention parameters</source>
        <translation>注意力参数</translation>
    </message>
    <message>
        <source>the attention parameters per layer</source>
        <translation>每层的注意力参数</translation>
    </message>
    <message>
        <source>the attention weights</source>
        <translation>注意力层的权重</translation>
    </message>
    <message>
        <source>the cache per GPU</source>
        <translation>每个 GPU 的缓存</translation>
    </message>
    <message>
        <source>the cache bytes per GPU</source>
        <translation>每个 GPU 的缓存字节数</translation>
    </message>
    <message>
        <source>the cache scales per GPU</source>
        <translation>每个 GPU 的缓存缩放因子</translation>
    </message>
    <message>
        <source>the cross-attention bytes</source>
        <translation>交叉注意力字节数</translation>
    </message>
    <message>
        <source>the decompressed bytes</source>
        <translation>解压缩后的字节数</translation>
    </message>
    <message>
        <source>the decompressed cache per token</source>
        <translation>每个词元解压缩后的缓存</translation>
    </message>
    <message>
        <source>the decompressed keys and values per token</source>
        <translation>每个词元解压缩后的键和值</translation>
    </message>
    <message>
        <source>the dense MLPs</source>
        <translation>稠密 MLP 层</translation>
    </message>
    <message>
        <source>the embeddings</source>
        <translation>嵌入</translation>
    </message>
    <message>
        <source>the largest window</source>
        <translation>最大窗口</translation>
    </message>
    <message>
        <source>the layers</source>
        <translation>层数</translation>
    </message>
    <message>
        <source>the norms</source>
        <translation>归一化参数</translation>
    </message>
    <message>
        <source>the output head</source>
        <translation>输出头</translation>
    </message>
    <message>
        <source>the paged tokens</source>
        <translation>分页后的词元数</translation>
    </message>
    <message>
        <source>the routed experts</source>
        <translation>路由专家</translation>
    </message>
    <message>
        <source>the routers</source>
        <translation>路由器</translation>
    </message>
    <message>
        <source>the shared experts</source>
        <translation>共享专家</translation>
    </message>
    <message>
        <source>the weight scales</source>
        <translation>权重缩放因子</translation>
    </message>
    <message>
        <source>the weights</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>the weights per GPU</source>
        <translation>每个 GPU 的权重</translation>
    </message>
    <message>
        <source>more than 2^63 bytes</source>
        <translation>超过 2^63 字节</translation>
    </message>
    <message>
        <source>weekday names (monday ... sunday), month names (january ... december), day and month numbers 1-31, years 1950-2049, &apos;,&apos; and &apos;/&apos;</source>
        <translation>星期名称（monday ... sunday）、月份名称（january ... december）、日和月的数字 1-31、年份 1950-2049、&apos;,&apos; 和 &apos;/&apos;</translation>
    </message>
    <message>
        <source>at most %1: one vector of that many numbers alone would record more than the %2 memory limit.</source>
        <translation>最多 %1：仅一个包含这么多数值的向量，其记录量就会超过 %2 的内存上限。</translation>
    </message>
</context>
<context>
    <name>LessonReader</name>
    <message>
        <source>&apos;%1&apos; is not allowed; the text may use &lt;b&gt;, &lt;i&gt;, &lt;sub&gt;, &lt;sup&gt;, &lt;code&gt; and &lt;br&gt;, and &amp;lt; for a literal &lt;.</source>
        <translation>不允许使用 &apos;%1&apos;；文本可以使用 &lt;b&gt;、&lt;i&gt;、&lt;sub&gt;、&lt;sup&gt;、&lt;code&gt; 和 &lt;br&gt;，字面的 &lt; 请写作 &amp;lt;。</translation>
    </message>
    <message>
        <source>%1: is given twice %2 (first on line %3).</source>
        <translation>%1: %2重复给出（首次出现在第 %3 行）。</translation>
    </message>
    <message>
        <source>in this step</source>
        <translation>在此步骤中</translation>
    </message>
    <message>
        <source>in the lesson</source>
        <translation>在本课程中</translation>
    </message>
    <message>
        <source>this line is indented, but only the lines of a text: are; start keys at column 0.</source>
        <translation>此行有缩进，但只有 text: 的各行才缩进；键请从第 0 列开始。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a key: keys are lower case.</source>
        <translation>&apos;%1&apos; 不是键：键须为小写。</translation>
    </message>
    <message>
        <source>expected &apos;key: value&apos; at column 0 (a text&apos;s lines are indented by at least two spaces).</source>
        <translation>第 0 列处应为 &apos;key: value&apos;（text 的各行至少缩进两个空格）。</translation>
    </message>
    <message>
        <source>the first key must be lesson: ID (found %1:).</source>
        <translation>第一个键必须是 lesson: ID（找到的是 %1:）。</translation>
    </message>
    <message>
        <source>the file is empty; a lesson starts with lesson: ID.</source>
        <translation>文件为空；课程以 lesson: ID 开头。</translation>
    </message>
    <message>
        <source>the lesson has no title:; give it one before the first step:.</source>
        <translation>课程没有 title:；请在第一个 step: 之前给出。</translation>
    </message>
    <message>
        <source>the lesson has no step:; give it at least one.</source>
        <translation>课程没有 step:；请至少给出一个。</translation>
    </message>
    <message>
        <source>unknown key &apos;%1&apos;; the keys are %2 (the lesson) and %3 (a step).</source>
        <translation>未知的键 &apos;%1&apos;；可用的键为 %2（课程）和 %3（步骤）。</translation>
    </message>
    <message>
        <source>%1[%2]: only title, summary, step and text have translations.</source>
        <translation>%1[%2]: 只有 title、summary、step 和 text 有翻译。</translation>
    </message>
    <message>
        <source>step: give the step a title.</source>
        <translation>step: 请为该步骤给出标题。</translation>
    </message>
    <message>
        <source>lesson: is given twice; a file holds one lesson.</source>
        <translation>lesson: 重复给出；一个文件只包含一个课程。</translation>
    </message>
    <message>
        <source>%1: belongs to the lesson, before the first step:%2.</source>
        <translation>%1: 属于课程，应放在第一个 step: 之前%2。</translation>
    </message>
    <message>
        <source>; a step&apos;s title is the value of its step:</source>
        <translation>；步骤的标题是其 step: 的值</translation>
    </message>
    <message>
        <source>%1: is empty.</source>
        <translation>%1: 为空。</translation>
    </message>
    <message>
        <source>lesson: &apos;%1&apos; is not an id; use lower-case letters, digits and -.</source>
        <translation>lesson: &apos;%1&apos; 不是 id；请使用小写字母、数字和 -。</translation>
    </message>
    <message>
        <source>order: &apos;%1&apos; is not an integer.</source>
        <translation>order: &apos;%1&apos; 不是整数。</translation>
    </message>
    <message>
        <source>%1: belongs to a step; start one with step: TITLE.</source>
        <translation>%1: 属于步骤；请用 step: TITLE 开始一个步骤。</translation>
    </message>
    <message>
        <source>step[%1]: is empty.</source>
        <translation>step[%1]: 为空。</translation>
    </message>
    <message>
        <source>view: &apos;%1&apos; is not a view; choose %2.</source>
        <translation>view: &apos;%1&apos; 不是视图；请选择 %2。</translation>
    </message>
    <message>
        <source>set: a &quot; is not closed; write text=&quot;a sentence&quot;.</source>
        <translation>set: 有一个 &quot; 未闭合；请写作 text=&quot;a sentence&quot;。</translation>
    </message>
    <message>
        <source>at: &apos;%1&apos; is not a 0-based step index.</source>
        <translation>at: &apos;%1&apos; 不是从 0 开始的步骤索引。</translation>
    </message>
    <message>
        <source>at: &apos;%1&apos; is not a step kind; give one of %2, a 0-based step index, or last.</source>
        <translation>at: &apos;%1&apos; 不是步骤类型；请给出 %2 之一、从 0 开始的步骤索引或 last。</translation>
    </message>
    <message>
        <source>at: &apos;%1&apos;: only a step kind takes head=N and row=N.</source>
        <translation>at: &apos;%1&apos;: 只有步骤类型才能带 head=N 和 row=N。</translation>
    </message>
    <message>
        <source>at: &apos;%1&apos;: after the step kind give head=N or row=N (N from 0).</source>
        <translation>at: &apos;%1&apos;: 请在步骤类型之后给出 head=N 或 row=N（N 从 0 开始）。</translation>
    </message>
    <message>
        <source>at: %1= is given twice.</source>
        <translation>at: %1= 重复给出。</translation>
    </message>
    <message>
        <source>head: &apos;%1&apos; is not a head number (from 0).</source>
        <translation>head: &apos;%1&apos; 不是头编号（从 0 开始）。</translation>
    </message>
    <message>
        <source>generate: &apos;%1&apos;: give a number of tokens from 1 to %2.</source>
        <translation>generate: &apos;%1&apos;: 请给出 1 到 %2 之间的词元数。</translation>
    </message>
    <message>
        <source>model: &apos;%1&apos; is not a model preset; see attnscope footprint --list-models.</source>
        <translation>model: &apos;%1&apos; 不是模型预设；请参见 attnscope footprint --list-models。</translation>
    </message>
    <message>
        <source>text: belongs to a step; start one with step: TITLE.</source>
        <translation>text: 属于步骤；请用 step: TITLE 开始一个步骤。</translation>
    </message>
    <message>
        <source>%1: indent the text&apos;s lines by at least two spaces.</source>
        <translation>%1: 请将文本各行至少缩进两个空格。</translation>
    </message>
    <message>
        <source>%1: the text&apos;s lines must be indented by at least two spaces; this one starts at column 0.</source>
        <translation>%1: 文本各行必须至少缩进两个空格；此行从第 0 列开始。</translation>
    </message>
    <message>
        <source>%1: is empty; write the text on the lines after it, indented by at least two spaces.</source>
        <translation>%1: 为空；请在其后的各行书写文本，至少缩进两个空格。</translation>
    </message>
    <message>
        <source>step &apos;%1&apos; has no text:; every step needs one.</source>
        <translation>步骤 &apos;%1&apos; 没有 text:；每个步骤都需要一个。</translation>
    </message>
    <message>
        <source>generate: only a trained language model generates; add input=trained to the step&apos;s set: (a seeded computation has no model to continue a text).</source>
        <translation>generate: 只有训练好的语言模型才能生成；请在该步骤的 set: 中加入 input=trained（基于种子的计算没有可以续写文本的模型）。</translation>
    </message>
    <message>
        <source>head: %1: this computation has one head (0).</source>
        <translation>head: %1: 此计算只有一个头（0）。</translation>
    </message>
    <message>
        <source>head: %1: this computation has %2 heads (0 to %3).</source>
        <translation>head: %1: 此计算有 %2 个头（0 到 %3）。</translation>
    </message>
    <message>
        <source>at: %1: this computation has %2 steps (0 to %3).</source>
        <translation>at: %1: 此计算有 %2 个步骤（0 到 %3）。</translation>
    </message>
    <message>
        <source>at: &apos;%1&apos;: no step of this %2 computation matches.</source>
        <translation>at: &apos;%1&apos;: 此 %2 计算中没有匹配的步骤。</translation>
    </message>
    <message>
        <source>%1 (built in)</source>
        <translation>%1（内置）</translation>
    </message>
    <message>
        <source>this line is not UTF-8 text.</source>
        <translation>此行不是 UTF-8 文本。</translation>
    </message>
    <message>
        <source>%1: cannot read it: %2.</source>
        <translation>%1：无法读取：%2。</translation>
    </message>
    <message>
        <source>%1: no such folder.</source>
        <translation>%1：没有这个文件夹。</translation>
    </message>
    <message>
        <source>%1:%2: lesson id &apos;%3&apos; is already the id of %4; give each lesson its own id.</source>
        <translation>%1:%2: 课程 id &apos;%3&apos; 已是 %4 的 id；请为每个课程指定各自的 id。</translation>
    </message>
    <message>
        <source>this line has the control character U+%1; a lesson is plain text.</source>
        <translation>此行含有控制字符 U+%1；课程应为纯文本。</translation>
    </message>
    <message>
        <source>%1: cannot read it: it is not a regular file (a folder, a pipe or a device).</source>
        <translation>%1：无法读取：这不是常规文件（而是文件夹、管道或设备）。</translation>
    </message>
</context>
<context>
    <name>attnscope::app::MainWindow</name>
    <message>
        <source>AttnScope</source>
        <translation>AttnScope</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>正在计算…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Import config.json…</source>
        <translation>导入 config.json(&amp;I)…</translation>
    </message>
    <message>
        <source>Read a model&apos;s Hugging Face config.json and show its KV-cache footprint</source>
        <translation>读取模型的 Hugging Face config.json 并显示其 KV 缓存占用</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Model</source>
        <translation>模型(&amp;M)</translation>
    </message>
    <message>
        <source>Show KV-cache &amp;Footprint</source>
        <translation>显示 KV 缓存占用(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Timings</source>
        <translation>计时(&amp;T)</translation>
    </message>
    <message>
        <source>Decode and prefill timings of the current shape on every backend, and decode time against context per mechanism</source>
        <translation>当前形状在各个后端上的解码与预填充计时，以及各机制的解码时间随上下文长度的变化</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About AttnScope</source>
        <translation>关于 AttnScope(&amp;A)</translation>
    </message>
    <message>
        <source>About AttnScope</source>
        <translation>关于 AttnScope</translation>
    </message>
    <message>
        <source>&lt;h3&gt;AttnScope %1&lt;/h3&gt;&lt;p&gt;See, understand and measure attention mechanisms, from Bahdanau&apos;s additive attention to multi-head latent attention.&lt;/p&gt;&lt;p&gt;License: GNU GPL version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;AttnScope %1&lt;/h3&gt;&lt;p&gt;观察、理解并测量注意力机制：从 Bahdanau 的加性注意力到多头潜在注意力。&lt;/p&gt;&lt;p&gt;许可证：GNU GPL 第 3 版或更高版本。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <source>KV-cache footprint</source>
        <translation>KV 缓存占用</translation>
    </message>
    <message>
        <source>Timings</source>
        <translation>计时</translation>
    </message>
    <message>
        <source>Import config.json</source>
        <translation>导入 config.json</translation>
    </message>
    <message>
        <source>Model config (*.json)</source>
        <translation>模型配置 (*.json)</translation>
    </message>
    <message>
        <source>&amp;Steps</source>
        <translation>步骤(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Attention</source>
        <translation>注意力(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Heads</source>
        <translation>头(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>对比(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Footprint</source>
        <translation>缓存占用(&amp;F)</translation>
    </message>
    <message>
        <source>Every step of the computation, animated, with its formula and shapes</source>
        <translation>以动画展示计算的每一步，并附上公式和形状</translation>
    </message>
    <message>
        <source>The attention weights of one head</source>
        <translation>单个头的注意力权重</translation>
    </message>
    <message>
        <source>Which KV head each query head reads, and what the cache holds</source>
        <translation>每个查询头读取哪个 KV 头，以及缓存中存放的内容</translation>
    </message>
    <message>
        <source>MHA, GQA, MQA and MLA side by side on the same input and seed</source>
        <translation>MHA、GQA、MQA 和 MLA 在相同输入和种子下并排对比</translation>
    </message>
    <message>
        <source>KV-cache bytes against context length, and where the cache fills a GPU</source>
        <translation>KV 缓存字节数随上下文长度的变化，以及缓存在何处占满 GPU 显存</translation>
    </message>
    <message>
        <source>&amp;Export View…</source>
        <translation>导出视图(&amp;E)…</translation>
    </message>
    <message>
        <source>Save the view in front as PNG, SVG or PDF</source>
        <translation>将当前视图保存为 PNG、SVG 或 PDF</translation>
    </message>
    <message>
        <source>Export View &amp;Data as CSV…</source>
        <translation>将视图数据导出为 CSV(&amp;D)…</translation>
    </message>
    <message>
        <source>Save the numbers the view in front shows</source>
        <translation>保存当前视图所显示的数值</translation>
    </message>
    <message>
        <source>Save Computation as &amp;JSON Dump…</source>
        <translation>将计算保存为 JSON 转储(&amp;J)…</translation>
    </message>
    <message>
        <source>Every tensor of the current computation, in the documented dump format</source>
        <translation>当前计算的所有张量，采用文档中说明的转储格式</translation>
    </message>
    <message>
        <source>&amp;Width:</source>
        <translation>宽度(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Height:</source>
        <translation>高度(&amp;H)：</translation>
    </message>
    <message>
        <source>Export View</source>
        <translation>导出视图</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>PNG 图像 (*.png);;SVG 绘图 (*.svg);;PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>%1: give the file a .png, .svg or .pdf name.</source>
        <translation>%1：请使用 .png、.svg 或 .pdf 作为文件扩展名。</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>Export View Data</source>
        <translation>导出视图数据</translation>
    </message>
    <message>
        <source>This view shows no data yet.</source>
        <translation>此视图尚无数据。</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>CSV 表格 (*.csv)</translation>
    </message>
    <message>
        <source>Save Computation</source>
        <translation>保存计算</translation>
    </message>
    <message>
        <source>There is no computation to save yet.</source>
        <translation>尚无可保存的计算。</translation>
    </message>
    <message>
        <source>AttnScope dump (*.json)</source>
        <translation>AttnScope 转储 (*.json)</translation>
    </message>
    <message>
        <source>Export Steps</source>
        <translation>导出步骤</translation>
    </message>
    <message>
        <source>There is no computation to export yet.</source>
        <translation>尚无可导出的计算。</translation>
    </message>
    <message>
        <source>there is no computation to export</source>
        <translation>没有可导出的计算</translation>
    </message>
    <message>
        <source>View</source>
        <translation>视图</translation>
    </message>
    <message>
        <source>The head whose attention weights the heatmap shows</source>
        <translation>热力图显示其注意力权重的头</translation>
    </message>
    <message>
        <source>&amp;Head shown:</source>
        <translation>显示的头(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Fit colours to the weights</source>
        <translation>按权重范围调整颜色(&amp;F)</translation>
    </message>
    <message>
        <source>Spread the colour scale over the smallest to the largest weight shown, instead of over 0 to 1</source>
        <translation>将颜色标尺铺展在所显示的最小权重到最大权重之间，而不是 0 到 1 之间</translation>
    </message>
    <message>
        <source>Fix the parameters on the left to see the attention weights.</source>
        <translation>请修正左侧的参数以查看注意力权重。</translation>
    </message>
    <message>
        <source>Fix the parameters on the left to see the computation.</source>
        <translation>请修正左侧的参数以查看计算过程。</translation>
    </message>
    <message>
        <source>The computation failed: %1</source>
        <translation>计算失败：%1</translation>
    </message>
    <message>
        <source>The computation failed.</source>
        <translation>计算失败。</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <source>The language of the user interface</source>
        <translation>用户界面的语言</translation>
    </message>
    <message>
        <source>&amp;Quality vs cache</source>
        <translation>质量与缓存(&amp;Q)</translation>
    </message>
    <message>
        <source>What the four trained teaching models measured against the KV cache each keeps per token</source>
        <translation>四个训练好的教学模型的实测质量，与各自每个词元保存的 KV 缓存对比</translation>
    </message>
    <message>
        <source>Export Steps as &amp;Animation…</source>
        <translation>将步骤导出为动画(&amp;A)…</translation>
    </message>
    <message>
        <source>Export Figure</source>
        <translation>导出图</translation>
    </message>
    <message>
        <source>Slide (16:9, 254 × 143 mm, 16 pt)</source>
        <translation>幻灯片（16:9，254 × 143 mm，16 pt）</translation>
    </message>
    <message>
        <source>Paper, one column (88 × 66 mm, 8.5 pt)</source>
        <translation>论文，单栏（88 × 66 mm，8.5 pt）</translation>
    </message>
    <message>
        <source>Paper, two columns (180 × 90 mm, 9 pt)</source>
        <translation>论文，双栏（180 × 90 mm，9 pt）</translation>
    </message>
    <message>
        <source>Custom size</source>
        <translation>自定义尺寸</translation>
    </message>
    <message>
        <source> mm</source>
        <translation> mm</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>The size of the figure&apos;s text; nothing is drawn smaller than 8 pt</source>
        <translation>图中文字的大小；任何文字都不会小于 8 pt</translation>
    </message>
    <message>
        <source>&amp;Figure for:</source>
        <translation>图的用途(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Text size:</source>
        <translation>文字大小(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Every head of the layer, one panel each</source>
        <translation>该层的每个头，各占一个面板(&amp;E)</translation>
    </message>
    <message>
        <source>This view makes no figure; export its data as CSV.</source>
        <translation>此视图无法生成图；请将其数据导出为 CSV。</translation>
    </message>
    <message>
        <source>step %1 could not be drawn</source>
        <translation>无法绘制步骤 %1</translation>
    </message>
    <message>
        <source>Export Steps as Animation</source>
        <translation>将步骤导出为动画</translation>
    </message>
    <message>
        <source>Animated PNG (*.png)</source>
        <translation>动画 PNG (*.png)</translation>
    </message>
    <message>
        <source>Export Steps as &amp;Figures…</source>
        <translation>将步骤导出为图(&amp;F)…</translation>
    </message>
    <message>
        <source>Every step of the current computation as a numbered figure (SVG, PDF or PNG), for slides</source>
        <translation>将当前计算的每一步导出为一幅编号的图（SVG、PDF 或 PNG），可用于幻灯片</translation>
    </message>
    <message>
        <source>Every step&apos;s figure as one frame of an animated PNG, for a slide that plays</source>
        <translation>将每一步的图作为动画 PNG 的一帧，用于可自动播放的幻灯片</translation>
    </message>
    <message>
        <source>Export Steps as Figures</source>
        <translation>将步骤导出为图</translation>
    </message>
    <message>
        <source>SVG drawings (vector, for slides)</source>
        <translation>SVG 绘图（矢量，适用于幻灯片）</translation>
    </message>
    <message>
        <source>PDF documents (vector)</source>
        <translation>PDF 文档（矢量）</translation>
    </message>
    <message>
        <source>PNG images</source>
        <translation>PNG 图像</translation>
    </message>
    <message>
        <source>One numbered figure a step (step-01, step-02, …) as:</source>
        <translation>每一步一幅编号的图（step-01、step-02、…），格式为：</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n figure(s) to %1</source>
        <translation>
            <numerusform>已将 %n 幅图保存到 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>step %1 makes no figure</source>
        <translation>步骤 %1 无法生成图</translation>
    </message>
    <message>
        <source>step %1 makes no figure: %2</source>
        <translation>步骤 %1 无法生成图：%2</translation>
    </message>
    <message>
        <source>%1 is a file: give a folder for the figures (it is created if missing).</source>
        <translation>%1 是一个文件：请为图指定一个文件夹（若不存在则会自动创建）。</translation>
    </message>
    <message>
        <source>figures are PNG, SVG or PDF, not CSV.</source>
        <translation>图的格式为 PNG、SVG 或 PDF，而不是 CSV。</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>无法创建文件夹 %1</translation>
    </message>
    <message>
        <source>cannot write into the folder %1: %2</source>
        <translation>无法写入文件夹 %1：%2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>attnscope::app::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>系统默认（%1）</translation>
    </message>
    <message>
        <source>The language of menus, views and explanations. It changes at once, without a restart; the command line&apos;s output stays English.</source>
        <translation>菜单、视图和讲解文字所用的语言。更改立即生效，无需重启；命令行的输出仍为英文。</translation>
    </message>
    <message>
        <source>Numbers are written as the system&apos;s regional settings say.</source>
        <translation>数字按系统的区域设置格式书写。</translation>
    </message>
</context>
<context>
    <name>attnscope::lessons::LessonDock</name>
    <message>
        <source>Lesson</source>
        <translation>课程</translation>
    </message>
    <message>
        <source>First</source>
        <translation>第一步</translation>
    </message>
    <message>
        <source>Back to the first step of the lesson</source>
        <translation>回到本课的第一步</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>上一步</translation>
    </message>
    <message>
        <source>The previous step (%1)</source>
        <translation>上一步（%1）</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>The next step (%1)</source>
        <translation>下一步（%1）</translation>
    </message>
    <message>
        <source>You changed the controls. Explore as you like; the lesson waits here.</source>
        <translation>你更改了控件。请随意探索；课程会在这里等你。</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>第 %1 步，共 %2 步</translation>
    </message>
    <message>
        <source>References</source>
        <translation>参考文献</translation>
    </message>
    <message>
        <source>Return to step %1</source>
        <translation>返回第 %1 步</translation>
    </message>
</context>
<context>
    <name>attnscope::lessons::LessonHandout</name>
    <message>
        <source>Page %1</source>
        <translation>第 %1 页</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>第 %1 步，共 %2 步：%3</translation>
    </message>
    <message>
        <source>References</source>
        <translation>参考文献</translation>
    </message>
    <message>
        <source>steps</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>attention weights</source>
        <translation>注意力权重</translation>
    </message>
    <message>
        <source>heads</source>
        <translation>头</translation>
    </message>
    <message>
        <source>compare</source>
        <translation>对比</translation>
    </message>
    <message>
        <source>KV-cache footprint</source>
        <translation>KV 缓存占用</translation>
    </message>
    <message>
        <source>quality against cache</source>
        <translation>质量与缓存</translation>
    </message>
    <message>
        <source>timings</source>
        <translation>计时</translation>
    </message>
    <message>
        <source>The %1 view makes no figure for this step.</source>
        <translation>“%1”视图无法为此步骤生成图。</translation>
    </message>
    <message numerus="yes">
        <source>A lesson of AttnScope in %n step(s). Each figure shows the view the step sets up, drawn from its data.</source>
        <translation>
            <numerusform>AttnScope 的一课，共 %n 步。每幅图显示该步骤所设置的视图，并根据其数据绘制。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>attnscope::lessons::LessonMenu</name>
    <message>
        <source>&amp;Lessons</source>
        <translation>课程(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Previous Step</source>
        <translation>上一步(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Next Step</source>
        <translation>下一步(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;First Step</source>
        <translation>第一步(&amp;F)</translation>
    </message>
    <message>
        <source>Load the lessons (*.lesson) of a folder, beside the built-in ones</source>
        <translation>加载某个文件夹中的课程 (*.lesson)，与内置课程并列</translation>
    </message>
    <message>
        <source>Export &amp;Handout (PDF)…</source>
        <translation>导出讲义 (PDF)(&amp;H)…</translation>
    </message>
    <message>
        <source>The open lesson as a printable PDF: every step&apos;s text with a picture of its view</source>
        <translation>将当前打开的课程导出为可打印的 PDF：每一步的文字及其视图的图片</translation>
    </message>
    <message>
        <source>&amp;Close Lesson</source>
        <translation>关闭课程(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;%1. %2</source>
        <translation>&amp;%1. %2</translation>
    </message>
    <message>
        <source>No lessons found</source>
        <translation>未找到课程</translation>
    </message>
    <message>
        <source>Open Lesson Folder</source>
        <translation>打开课程文件夹</translation>
    </message>
    <message numerus="yes">
        <source>%n lesson(s) loaded from %1; some files have problems:</source>
        <translation>
            <numerusform>已从 %1 加载 %n 个课程；部分文件有问题：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lesson(s) loaded from %1</source>
        <translation>
            <numerusform>已从 %1 加载 %n 个课程</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Handout</source>
        <translation>导出讲义</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Rendering the handout…</source>
        <translation>正在渲染讲义…</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>Open Lesson F&amp;older…</source>
        <translation>打开课程文件夹(&amp;O)…</translation>
    </message>
</context>
<context>
    <name>attnscope::widgets::Apng</name>
    <message>
        <source>there is no picture to animate</source>
        <translation>没有可制作动画的图像</translation>
    </message>
    <message>
        <source>frame %1 could not be encoded: %2</source>
        <translation>无法编码第 %1 帧：%2</translation>
    </message>
    <message>
        <source>frame %1 could not be encoded</source>
        <translation>无法编码第 %1 帧</translation>
    </message>
</context>
<context>
    <name>attnscope::widgets::AttentionPage</name>
    <message>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>Alignment weights αᵢⱼ</source>
        <translation>对齐权重 αᵢⱼ</translation>
    </message>
    <message>
        <source>Target token yᵢ</source>
        <translation>目标词元 yᵢ</translation>
    </message>
    <message>
        <source>Source token xⱼ</source>
        <translation>源词元 xⱼ</translation>
    </message>
    <message>
        <source>Attention weights softmax(QKᵀ/√d_k)</source>
        <translation>注意力权重 softmax(QKᵀ/√d_k)</translation>
    </message>
    <message>
        <source>Attention weights, head %1 of %2 (KV head %3 of %4)</source>
        <translation>注意力权重，头 %1 / %2（KV 头 %3 / %4）</translation>
    </message>
    <message>
        <source>Attention weights, head %1 of %2 (one shared KV head)</source>
        <translation>注意力权重，头 %1 / %2（共享一个 KV 头）</translation>
    </message>
    <message>
        <source>Attention weights, head %1 of %2 (latent KV, causal)</source>
        <translation>注意力权重，头 %1 / %2（潜在 KV，因果）</translation>
    </message>
    <message>
        <source>Attention weights, head %1 of %2</source>
        <translation>注意力权重，头 %1 / %2</translation>
    </message>
    <message>
        <source>Query token i</source>
        <translation>查询词元 i</translation>
    </message>
    <message>
        <source>Source token j</source>
        <translation>源词元 j</translation>
    </message>
    <message>
        <source>Key token j</source>
        <translation>键词元 j</translation>
    </message>
    <message>
        <source>embedding m = %1, GRU n = %2, alignment n&apos; = %3</source>
        <translation>嵌入 m = %1，GRU n = %2，对齐 n&apos; = %3</translation>
    </message>
    <message>
        <source>d_model = %1, d_k = d_v = %2</source>
        <translation>d_model = %1，d_k = d_v = %2</translation>
    </message>
    <message>
        <source>d_model = %1, %2 heads × d_h = %3, latent d_c = %4, RoPE d_R = %5</source>
        <translation>d_model = %1，%2 个头 × d_h = %3，潜在维度 d_c = %4，RoPE d_R = %5</translation>
    </message>
    <message>
        <source>d_model = %1, %2 heads × d_h = %3, </source>
        <translation>d_model = %1，%2 个头 × d_h = %3，</translation>
    </message>
    <message>
        <source>one shared KV head</source>
        <translation>共享一个 KV 头</translation>
    </message>
    <message>
        <source>%1 KV heads</source>
        <translation>%1 个 KV 头</translation>
    </message>
    <message>
        <source>No KV cache: the decoder re-reads %1 annotation values per source token.</source>
        <translation>无 KV 缓存：解码器对每个源词元重新读取 %1 个注释值。</translation>
    </message>
    <message>
        <source>KV cache: none</source>
        <translation>KV 缓存：无</translation>
    </message>
    <message>
        <source>KV cache per token and layer: %1 elements (latent d_c + d_R), against %2 for MHA and %3 for the decompressed keys and values.</source>
        <translation>每词元每层的 KV 缓存：%1 个元素（潜在维度 d_c + d_R），相比之下 MHA 为 %2，解压缩后的键和值为 %3。</translation>
    </message>
    <message>
        <source>KV cache: %1 elements/token</source>
        <translation>KV 缓存：%1 元素/词元</translation>
    </message>
    <message>
        <source>KV cache per token and layer: %1 elements</source>
        <translation>每词元每层的 KV 缓存：%1 个元素</translation>
    </message>
    <message>
        <source> (%1% of MHA&apos;s %2)</source>
        <translation>，为 MHA（%2）的 %1%</translation>
    </message>
    <message>
        <source>Recorded steps: %1</source>
        <translation>已记录步骤：%1</translation>
    </message>
    <message>
        <source>Sizes:</source>
        <translation>尺寸：</translation>
    </message>
    <message>
        <source>Shapes:</source>
        <translation>形状：</translation>
    </message>
    <message>
        <source>Memory:</source>
        <translation>内存：</translation>
    </message>
    <message>
        <source>%1 steps and %2 tensors recorded.</source>
        <translation>已记录 %1 个步骤和 %2 个张量。</translation>
    </message>
</context>
<context>
    <name>attnscope::widgets::ColorMap</name>
    <message>
        <source>diverging, centred on 0</source>
        <translation>发散型，以 0 为中心</translation>
    </message>
    <message>
        <source>sequential</source>
        <translation>顺序型</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>attnscope::widgets::CompareModel</name>
    <message>
        <source>Not enough memory to compare the mechanisms at this size.</source>
        <translation>内存不足，无法在此尺寸下对比这些机制。</translation>
    </message>
    <message>
        <source>The comparison failed.</source>
        <translation>对比失败。</translation>
    </message>
</context>
<context>
    <name>attnscope::widgets::CompareView</name>
    <message>
        <source>&amp;Query head:</source>
        <translation>查询头(&amp;Q)：</translation>
    </message>
    <message>
        <source>The query head whose attention weights all four maps show</source>
        <translation>四幅图显示其注意力权重的查询头</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>KV cache per token and layer (elements)</source>
        <translation>每词元每层的 KV 缓存（元素）</translation>
    </message>
    <message>
        <source>What a decoder keeps per token in every layer (DeepSeek-V2, Table 1), whatever the precision: bytes are elements × bits / 8. MLA caches its latent and the shared RoPE key.</source>
        <translation>解码器在每一层为每个词元保存的内容（DeepSeek-V2，表 1），与精度无关：字节数 = 元素数 × 位数 / 8。MLA 缓存其潜在向量和共享的 RoPE 键。</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>正在计算…</translation>
    </message>
    <message>
        <source>All four run causal self-attention (MLA is defined only for a causal decoder, so the others are made causal too) on the same input X: seed %1, %2 tokens, d_model %3, %4 heads of width %5. Their weights are drawn from the same seed but differ wherever their shapes differ, so a difference shows what the mechanism changes on this one input, not how trained models of each kind compare.</source>
        <translation>四种机制都在同一输入 X 上运行因果自注意力（MLA 仅对因果解码器有定义，因此其余三种也设为因果）：种子 %1，%2 个词元，d_model %3，%4 个宽度为 %5 的头。它们的权重由同一种子生成，但在形状不同之处各不相同，因此差异反映的是该机制在这一输入上带来的变化，而不是各类已训练模型之间的比较。</translation>
    </message>
    <message>
        <source>1 KV head</source>
        <translation>1 个 KV 头</translation>
    </message>
    <message>
        <source>%1 KV heads</source>
        <translation>%1 个 KV 头</translation>
    </message>
    <message>
        <source>MHA — %1, one per query head</source>
        <translation>MHA — %1，每个查询头一个</translation>
    </message>
    <message>
        <source>GQA — 1 KV head: %1 heads cannot be split into groups, so GQA equals MQA here</source>
        <translation>GQA — 1 个 KV 头：%1 个头无法分组，因此这里 GQA 等同于 MQA</translation>
    </message>
    <message>
        <source>GQA — %1; head %2 reads KV head %3</source>
        <translation>GQA — %1；头 %2 读取 KV 头 %3</translation>
    </message>
    <message>
        <source>MQA — 1 KV head, shared by all query heads</source>
        <translation>MQA — 1 个 KV 头，由所有查询头共享</translation>
    </message>
    <message>
        <source>MLA — latent d_c = %1 + RoPE key d_h^R = %2</source>
        <translation>MLA — 潜在维度 d_c = %1 + RoPE 键 d_h^R = %2</translation>
    </message>
    <message>
        <source>not computed</source>
        <translation>未计算</translation>
    </message>
    <message>
        <source>Query token i</source>
        <translation>查询词元 i</translation>
    </message>
    <message>
        <source>Key token j</source>
        <translation>键词元 j</translation>
    </message>
    <message>
        <source>No weights for head %1.</source>
        <translation>头 %1 没有权重。</translation>
    </message>
    <message>
        <source>Output: reference for the differences</source>
        <translation>输出：作为差值的参照</translation>
    </message>
    <message>
        <source>Output vs MHA: not available</source>
        <translation>输出与 MHA 之差：不可用</translation>
    </message>
    <message>
        <source>Output vs MHA: max |Δ| = %1, mean %2</source>
        <translation>输出与 MHA 之差：max |Δ| = %1，平均 %2</translation>
    </message>
    <message>
        <source>The four trained models, alike but for their attention, read the same text (%1 tokens): layer %2 of each, %3 heads of width %4 over d_model %5. Each learned its own weights, so the maps show how trained models of each kind attend to this sentence; their outputs are not compared.</source>
        <translation>四个训练好的模型除注意力外完全相同，读取同一段文本（%1 个词元）：各取第 %2 层，%3 个宽度为 %4 的头，d_model 为 %5。每个模型学到了各自的权重，因此这些图显示的是各类训练好的模型如何关注这个句子；它们的输出不作比较。</translation>
    </message>
    <message>
        <source>Trained model, layer %1</source>
        <translation>训练好的模型，第 %1 层</translation>
    </message>
</context>
<context>
    <name>attnscope::widgets::ComputeController</name>
    <message>
        <source>Not enough memory to compute this configuration.</source>
        <translation>内存不足，无法计算此配置。</translation>
    </message>
    <message>
        <source>The computation failed for an unknown reason.</source>
        <translation>计算因未知原因失败。</translation>
    </message>
</context>
<context>
    <name>attnscope::widgets::Figures</name>
    <message>
        <source>seeded random vectors</source>
        <translation>种子随机向量</translation>
    </message>
    <message>
        <source>The attention view shows no weights for these parameters.</source>
        <translation>对于这些参数，注意力视图不显示权重。</translation>
    </message>
    <message>
        <source>Attention weights of all %1 heads, %2, layer %3</source>
        <translation>全部 %1 个头的注意力权重，%2，第 %3 层</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>Head %1</source>
        <translation>头 %1</translation>
    </message>
    <message>
        <source>%1, layer %2, every query head; input: %3. Rows: query tokens; columns: key tokens.</source>
        <translation>%1，第 %2 层，每个查询头；输入：%3。行：查询词元；列：键词元。</translation>
    </message>
    <message>
        <source>%1, head %2 of %3, layer %4; input: %5.</source>
        <translation>%1，头 %2 / %3，第 %4 层；输入：%5。</translation>
    </message>
    <message>
        <source>The compare view has no result yet.</source>
        <translation>对比视图尚无结果。</translation>
    </message>
    <message>
        <source>Attention weights of query head %1 under four mechanisms</source>
        <translation>查询头 %1 在四种机制下的注意力权重</translation>
    </message>
    <message>
        <source>The same input and seed under MHA, GQA, MQA and MLA. %1.</source>
        <translation>MHA、GQA、MQA 和 MLA 使用相同的输入和种子。%1。</translation>
    </message>
    <message>
        <source>The steps view shows no step for these parameters.</source>
        <translation>对于这些参数，步骤视图不显示任何步骤。</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>步骤 %1 / %2：%3</translation>
    </message>
    <message>
        <source>%1, layer %2; input: %3.</source>
        <translation>%1，第 %2 层；输入：%3。</translation>
    </message>
    <message>
        <source>The heads view draws no diagram for these parameters.</source>
        <translation>对于这些参数，头视图不绘制示意图。</translation>
    </message>
    <message>
        <source>Query heads and the keys and values they read: %1</source>
        <translation>查询头及其读取的键和值：%1</translation>
    </message>
    <message>
        <source>KV-cache footprint</source>
        <translation>KV 缓存占用</translation>
    </message>
    <message>
        <source>The footprint view has no chart to export.</source>
        <translation>缓存占用视图没有可导出的图表。</translation>
    </message>
    <message>
        <source>The trade-off view has no measured models to plot.</source>
        <translation>“质量与缓存”视图没有可绘制的实测模型。</translation>
    </message>
    <message>
        <source>Quality against KV-cache size</source>
        <translation>质量随 KV 缓存大小的变化</translation>
    </message>
    <message>
        <source>The trade-off view has no chart to export.</source>
        <translation>“质量与缓存”视图没有可导出的图表。</translation>
    </message>
    <message>
        <source>The timings view has no sweep yet; run one in the Timings dock before exporting its chart.</source>
        <translation>计时视图尚无扫描结果；请先在“计时”面板中运行一次扫描，再导出其图表。</translation>
    </message>
    <message>
        <source>Decode attention time against context</source>
        <translation>解码注意力时间随上下文的变化</translation>
    </message>
    <message>
        <source>The timings view has no chart to export.</source>
        <translation>计时视图没有可导出的图表。</translation>
    </message>
</context>
<context>
    <name>attnscope::widgets::FootprintChart</name>
    <message>
        <source>1 KV head</source>
        <translation>1 个 KV 头</translation>
    </message>
    <message>
        <source>%1 KV heads</source>
        <translation>%1 个 KV 头</translation>
    </message>
    <message>
        <source>d_c %1 + d_h^R %2</source>
        <translation>d_c %1 + d_h^R %2</translation>
    </message>
    <message>
        <source>&amp;Logarithmic bytes axis</source>
        <translation>对数字节轴(&amp;L)</translation>
    </message>
    <message>
        <source>Bytes on a logarithmic axis: every mechanism&apos;s line stays readable, and a constant ratio between two caches is a constant gap</source>
        <translation>字节数使用对数坐标轴：每种机制的曲线都清晰可读，两个缓存之间的恒定比例表现为恒定的间距</translation>
    </message>
    <message>
        <source>Log&amp;arithmic context axis</source>
        <translation>对数上下文轴(&amp;A)</translation>
    </message>
    <message>
        <source>Context length on a logarithmic axis (1K to 1M tokens), or linear</source>
        <translation>上下文长度使用对数坐标轴（1K 到 1M 个词元），否则为线性坐标轴</translation>
    </message>
    <message>
        <source>GPU memory:</source>
        <translation>GPU 显存：</translation>
    </message>
    <message>
        <source>Lines at common GPU memory sizes, and where each cache alone fills them</source>
        <translation>在常见的 GPU 显存容量处画线，并标出每种缓存单独占满它们的位置</translation>
    </message>
    <message>
        <source>A line at %1 GiB (%2 bytes), the memory of the %3, and where each cache alone fills it</source>
        <translation>在 %1 GiB（%2 字节，即 %3 的显存）处画线，并标出每种缓存单独占满它的位置</translation>
    </message>
    <message>
        <source>Context length (tokens per sequence; K = 1024)</source>
        <translation>上下文长度（每序列词元数；K = 1024）</translation>
    </message>
    <message>
        <source>KV cache size</source>
        <translation>KV 缓存大小</translation>
    </message>
    <message>
        <source>%1 is left out: %2</source>
        <translation>已略去 %1：%2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1（%2，%3）</translation>
    </message>
    <message>
        <source>%1: %2 per token</source>
        <translation>%1：每词元 %2</translation>
    </message>
    <message>
        <source>%1: one context length is not drawn, its bytes do not fit in 64 bits.</source>
        <translation>%1：有一个上下文长度未绘制，其字节数超出 64 位范围。</translation>
    </message>
    <message>
        <source>%1: %2 context lengths are not drawn, their bytes do not fit in 64 bits.</source>
        <translation>%1：有 %2 个上下文长度未绘制，其字节数超出 64 位范围。</translation>
    </message>
    <message>
        <source>%1-bit elements, batch %2. Bytes in binary units (1 GiB = 2^30 bytes). GPU sizes are the nominal capacities read as GiB; a program can use a little less, and the weights and activations need room too.</source>
        <translation>%1 位元素，批大小 %2。字节采用二进制单位（1 GiB = 2^30 字节）。GPU 容量为按 GiB 计的标称容量；程序实际可用的略少，而且权重和激活值也需要占用空间。</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>The cache alone fills %1 GiB at %2 tokens per sequence.</source>
        <translation>仅缓存本身就在每序列 %2 个词元时占满 %1 GiB。</translation>
    </message>
    <message>
        <source>%1 GiB</source>
        <translation>%1 GiB</translation>
    </message>
    <message>
        <source>weights per GPU</source>
        <translation>每个 GPU 的权重</translation>
    </message>
    <message numerus="yes">
        <source>full attention, %n layer(s)</source>
        <translation>
            <numerusform>全注意力，%n 层</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>window of %1 tokens, %n layer(s)</source>
        <translation>
            <numerusform>%1 个词元的窗口，%n 层</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>cross-attention, %n layer(s)</source>
        <translation>
            <numerusform>交叉注意力，%n 层</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 per token at %3 bits</source>
        <translation>%1：每词元 %2（%3 位）</translation>
    </message>
    <message>
        <source>Memory of one GPU of %1 GiB, %2 GPUs tensor-parallel: weights at %3 bits and the KV cache of batch %4 at %5-bit elements, paged in blocks of %6 tokens.</source>
        <translation>单个 %1 GiB GPU 的显存，%2 个 GPU 张量并行：权重为 %3 位，批大小 %4 的 KV 缓存为 %5 位元素，按每块 %6 个词元分页。</translation>
    </message>
    <message>
        <source>The dotted line leaves %1 GiB per GPU for activations and the runtime.</source>
        <translation>点线为每个 GPU 留出 %1 GiB，供激活值和运行时使用。</translation>
    </message>
    <message>
        <source>Bytes in binary units (1 GiB = 2^30 bytes).</source>
        <translation>字节采用二进制单位（1 GiB = 2^30 字节）。</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>剩余 %1</translation>
    </message>
    <message>
        <source>%1 short</source>
        <translation>缺 %1</translation>
    </message>
    <message>
        <source>%1 per GPU at %2 × %3: weights %4 + KV cache %5, %6; largest batch %7</source>
        <translation>%1 每个 GPU（%2 × %3）：权重 %4 + KV 缓存 %5，%6；最大批大小 %7</translation>
    </message>
    <message>
        <source>%1: KV cache %2 at %3 × %4, %5-bit</source>
        <translation>%1：KV 缓存 %2（%3 × %4，%5 位）</translation>
    </message>
    <message>
        <source>Memory per GPU (weights and KV cache)</source>
        <translation>每个 GPU 的显存（权重和 KV 缓存）</translation>
    </message>
    <message>
        <source>context %1</source>
        <translation>上下文 %1</translation>
    </message>
    <message>
        <source>any</source>
        <translation>任意</translation>
    </message>
    <message>
        <source>%1 GiB usable</source>
        <translation>可用 %1 GiB</translation>
    </message>
    <message>
        <source>%1: context %2 at batch %3, batch %4 at context %5</source>
        <translation>%1：批大小 %3 时上下文 %2，上下文 %5 时批大小 %4</translation>
    </message>
    <message>
        <source>%1 keeps no decode cache: an encoder-only model reads its whole input at once and generates no tokens.</source>
        <translation>%1 不保留解码缓存：仅编码器模型一次读取全部输入，不生成词元。</translation>
    </message>
    <message>
        <source>%1: no decode cache (encoder-only)</source>
        <translation>%1：无解码缓存（仅编码器）</translation>
    </message>
    <message>
        <source>Largest context and batch that fit one GPU with its weights: %1.</source>
        <translation>连同权重在单个 GPU 上能容纳的最大上下文和最大批大小：%1。</translation>
    </message>
</context>
<context>
    <name>attnscope::widgets::FootprintSettings</name>
    <message>
        <source>This model&apos;s shape cannot be used: %1</source>
        <translation>无法使用此模型的形状：%1</translation>
    </message>
    <message>
        <source>No memory plan: %1 gives no vocab_size, so its weights are not known; import the model&apos;s config.json.</source>
        <translation>无显存规划：%1 未给出 vocab_size，因此其权重未知；请导入该模型的 config.json。</translation>
    </message>
    <message>
        <source>No memory plan: %1</source>
        <translation>无显存规划：%1</translation>
    </message>
</context>
<context>
    <name>attnscope::widgets::FootprintView</name>
    <message>
        <source>Bits per cached element: 16 for FP16/BF16, 8 for FP8 or INT8, or the average of a mixed-precision scheme such as 6 or 4.5</source>
        <translation>每个缓存元素的位数：FP16/BF16 为 16，FP8 或 INT8 为 8，混合精度方案取其平均值，如 6 或 4.5</translation>
    </message>
    <message>
        <source>KV &amp;bits:</source>
        <translation>KV 位数(&amp;B)：</translation>
    </message>
    <message>
        <source>Tokens per sequence kept in the cache</source>
        <translation>每个序列保存在缓存中的词元数</translation>
    </message>
    <message>
        <source>&amp;Context:</source>
        <translation>上下文(&amp;C)：</translation>
    </message>
    <message>
        <source>Sequences decoded together, each with its own cache</source>
        <translation>一起解码的序列数，每个序列有自己的缓存</translation>
    </message>
    <message>
        <source>B&amp;atch:</source>
        <translation>批大小(&amp;A)：</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Compare &amp;with:</source>
        <translation>对比模型(&amp;W)：</translation>
    </message>
    <message>
        <source>Bits per cached element of the compared model</source>
        <translation>对比模型每个缓存元素的位数</translation>
    </message>
    <message>
        <source>No model yet: choose a preset model or import a config.json to see its KV cache.</source>
        <translation>尚无模型：请选择预设模型或导入 config.json 以查看其 KV 缓存。</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>Copy &amp;All</source>
        <translation>全部复制(&amp;A)</translation>
    </message>
    <message>
        <source> token</source>
        <translation> 个词元</translation>
    </message>
    <message>
        <source> tokens</source>
        <translation> 个词元</translation>
    </message>
    <message>
        <source> sequence</source>
        <translation> 个序列</translation>
    </message>
    <message>
        <source> sequences</source>
        <translation> 个序列</translation>
    </message>
    <message>
        <source>Bits &apos;%1&apos;: %2</source>
        <translation>位数“%1”：%2</translation>
    </message>
    <message>
        <source>Compared with %1: %2</source>
        <translation>与 %1 对比：%2</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>mechanism</source>
        <translation>机制</translation>
    </message>
    <message>
        <source>shape</source>
        <translation>形状</translation>
    </message>
    <message>
        <source>KV cache</source>
        <translation>KV 缓存</translation>
    </message>
    <message>
        <source>per token and layer</source>
        <translation>每词元每层</translation>
    </message>
    <message>
        <source>%1 = %2 = %3 elements</source>
        <translation>%1 = %2 = %3 个元素</translation>
    </message>
    <message>
        <source>per token, all layers</source>
        <translation>每词元（所有层）</translation>
    </message>
    <message>
        <source>decompressed K and V instead</source>
        <translation>若改为缓存解压缩的 K 和 V</translation>
    </message>
    <message>
        <source>n_h (d_h + d_h^R) + n_h d_v = %1 elements per token and layer, %2 per token (%3×)</source>
        <translation>n_h (d_h + d_h^R) + n_h d_v = %1 个元素（每词元每层），每词元 %2（%3×）</translation>
    </message>
    <message>
        <source>equivalent GQA groups</source>
        <translation>等效 GQA 组数</translation>
    </message>
    <message>
        <source>(d_c + d_h^R) / (2 d_h) = %1 / %2 = %3</source>
        <translation>(d_c + d_h^R) / (2 d_h) = %1 / %2 = %3</translation>
    </message>
    <message>
        <source>cross-attention, per source token</source>
        <translation>交叉注意力，每源词元</translation>
    </message>
    <message>
        <source>attention projection parameters</source>
        <translation>注意力投影参数</translation>
    </message>
    <message>
        <source>%1 per layer, %2 in all</source>
        <translation>每层 %1，共 %2</translation>
    </message>
    <message>
        <source>Compared with</source>
        <translation>对比对象</translation>
    </message>
    <message>
        <source>%1, %2, at %3 bits</source>
        <translation>%1，%2，%3 位</translation>
    </message>
    <message>
        <source>%1 = %2 = %3 elements, %4 B</source>
        <translation>%1 = %2 = %3 个元素，%4 B</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>%1 B</source>
        <translation>%1 B</translation>
    </message>
    <message>
        <source>%1 B (%2)</source>
        <translation>%1 B (%2)</translation>
    </message>
    <message>
        <source>multi-head attention (MHA)</source>
        <translation>多头注意力 (MHA)</translation>
    </message>
    <message>
        <source>grouped-query attention (GQA)</source>
        <translation>分组查询注意力 (GQA)</translation>
    </message>
    <message>
        <source>multi-query attention (MQA)</source>
        <translation>多查询注意力 (MQA)</translation>
    </message>
    <message>
        <source>multi-head latent attention (MLA)</source>
        <translation>多头潜在注意力 (MLA)</translation>
    </message>
    <message>
        <source>scaled dot-product attention</source>
        <translation>缩放点积注意力</translation>
    </message>
    <message>
        <source>Bahdanau attention</source>
        <translation>Bahdanau 注意力</translation>
    </message>
    <message>
        <source>unnamed model</source>
        <translation>未命名模型</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 decoder layers, %2 encoder layers</source>
        <translation>%1 个解码器层，%2 个编码器层</translation>
    </message>
    <message>
        <source>%1 layers</source>
        <translation>%1 层</translation>
    </message>
    <message>
        <source>d_model %1</source>
        <translation>d_model %1</translation>
    </message>
    <message>
        <source>%1 heads</source>
        <translation>%1 个头</translation>
    </message>
    <message>
        <source>%1 KV heads</source>
        <translation>%1 个 KV 头</translation>
    </message>
    <message>
        <source>d_h %1</source>
        <translation>d_h %1</translation>
    </message>
    <message>
        <source>d_v %1</source>
        <translation>d_v %1</translation>
    </message>
    <message>
        <source>d_h^R %1</source>
        <translation>d_h^R %1</translation>
    </message>
    <message>
        <source>d_c %1</source>
        <translation>d_c %1</translation>
    </message>
    <message>
        <source>d_c&apos; %1</source>
        <translation>d_c&apos; %1</translation>
    </message>
    <message>
        <source>no query compression</source>
        <translation>无查询压缩</translation>
    </message>
    <message>
        <source>cross-attention in %1 decoder layers</source>
        <translation>%1 个解码器层含交叉注意力</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>bytes per token at %1&#xa0;bits</source>
        <translation>每词元字节数（%1 位）</translation>
    </message>
    <message>
        <source>context %1 ×&#xa0;batch&#xa0;%2</source>
        <translation>上下文 %1 × 批大小 %2</translation>
    </message>
    <message>
        <source>%1&apos;s cache is the same size as %2&apos;s (%3 bytes)</source>
        <translation>%1 的缓存与 %2 的一样大（%3 字节）</translation>
    </message>
    <message>
        <source>%1&apos;s cache is %2% smaller than %3&apos;s: 100 × (1 − %4 / %5 bytes)</source>
        <translation>%1 的缓存比 %3 的小 %2%：100 × (1 − %4 / %5 字节)</translation>
    </message>
    <message>
        <source>%1&apos;s cache is %2% larger than %3&apos;s; %3&apos;s is %4% smaller: 100 × (1 − %5 / %6 bytes)</source>
        <translation>%1 的缓存比 %3 的大 %2%；%3 的缓存小 %4%：100 × (1 − %5 / %6 字节)</translation>
    </message>
    <message>
        <source>comparison</source>
        <translation>比较</translation>
    </message>
    <message numerus="yes">
        <source>full attention, %n layer(s)</source>
        <translation>
            <numerusform>全注意力，%n 层</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>window of %1 tokens, %n layer(s)</source>
        <translation>
            <numerusform>%1 个词元的窗口，%n 层</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>cross-attention, %n layer(s)</source>
        <translation>
            <numerusform>交叉注意力，%n 层</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 elements × %2 tokens × batch %3 = %4</source>
        <translation>%1 个元素 × %2 个词元 × 批大小 %3 = %4</translation>
    </message>
    <message numerus="yes">
        <source>Memory plan: %n GPU(s) of %1 GiB</source>
        <translation>
            <numerusform>显存规划：%n 个 %1 GiB 的 GPU</numerusform>
        </translation>
    </message>
    <message>
        <source>plan</source>
        <translation>规划</translation>
    </message>
    <message>
        <source>%1, %2 active per token</source>
        <translation>%1，每词元激活 %2</translation>
    </message>
    <message>
        <source>parameters</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>weights at %1 bits, per GPU</source>
        <translation>权重（%1 位），每个 GPU</translation>
    </message>
    <message>
        <source>%1, with one 16-bit scale per %2 weights</source>
        <translation>%1，每 %2 个权重一个 16 位缩放因子</translation>
    </message>
    <message>
        <source>%1, quantization scales not counted</source>
        <translation>%1，未计入量化缩放因子</translation>
    </message>
    <message>
        <source>data-parallel attention: each GPU caches the latent of its own %1 sequences</source>
        <translation>数据并行注意力：每个 GPU 缓存其自身 %1 个序列的潜在向量</translation>
    </message>
    <message>
        <source>the latent is not split by heads: every GPU holds all of it (data-parallel attention splits the sequences instead)</source>
        <translation>潜在向量不按头切分：每个 GPU 都持有全部潜在向量（数据并行注意力改为切分序列）</translation>
    </message>
    <message>
        <source>KV cache per GPU, blocks of %1 tokens</source>
        <translation>每个 GPU 的 KV 缓存，每块 %1 个词元</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1；%2</translation>
    </message>
    <message>
        <source>of which KV scales</source>
        <translation>其中 KV 缩放因子</translation>
    </message>
    <message>
        <source>%1, one 16-bit scale per %2 elements</source>
        <translation>%1，每 %2 个元素一个 16 位缩放因子</translation>
    </message>
    <message>
        <source>reserve per GPU</source>
        <translation>每个 GPU 的预留</translation>
    </message>
    <message>
        <source>left per GPU</source>
        <translation>每个 GPU 的剩余</translation>
    </message>
    <message>
        <source>%1 short: it does not fit</source>
        <translation>缺 %1：放不下</translation>
    </message>
    <message>
        <source>any (the cache stops growing)</source>
        <translation>任意（缓存不再增长）</translation>
    </message>
    <message>
        <source>none: not one token fits</source>
        <translation>无：一个词元也放不下</translation>
    </message>
    <message>
        <source>largest context at batch %1</source>
        <translation>批大小 %1 时的最大上下文</translation>
    </message>
    <message>
        <source>largest batch at context %1</source>
        <translation>上下文 %1 时的最大批大小</translation>
    </message>
    <message>
        <source>none: not one sequence fits</source>
        <translation>无：一个序列也放不下</translation>
    </message>
    <message>
        <source>layers</source>
        <translation>层</translation>
    </message>
    <message>
        <source>defaulted (not in the config)</source>
        <translation>默认值（配置中未给出）</translation>
    </message>
    <message>
        <source>decode cache</source>
        <translation>解码缓存</translation>
    </message>
    <message>
        <source>none: an encoder-only model reads its whole input at once and generates no tokens, so it keeps no KV cache between steps</source>
        <translation>无：仅编码器模型一次读取全部输入且不生成词元，因此在各步之间不保留 KV 缓存</translation>
    </message>
    <message>
        <source>per token, the %1 layers with a cache</source>
        <translation>每词元（%1 个有缓存的层）</translation>
    </message>
    <message>
        <source>the other reading</source>
        <translation>另一种解读</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>2 n_h d_h l_dec = %1 elements, %2 B (in the total, with %3 source tokens)</source>
        <translation>2 n_h d_h l_dec = %1 个元素，%2 B（已计入总量，按 %3 个源词元计）</translation>
    </message>
    <message>
        <source>Encoder-decoder models: source tokens per sequence, whose keys and values every decoder layer caches for cross-attention</source>
        <translation>编码器-解码器模型：每个序列的源词元数，每个解码器层都为交叉注意力缓存这些词元的键和值</translation>
    </message>
    <message>
        <source>= context</source>
        <translation>= 上下文</translation>
    </message>
    <message>
        <source>A preset model or an imported config whose cache this one is compared with, at the same context and batch; the chart draws it too</source>
        <translation>与当前模型的缓存进行对比的预设模型或导入的配置，采用相同的上下文和批大小；图表也会绘制它</translation>
    </message>
    <message>
        <source>a&amp;t:</source>
        <translation>位数(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Memory plan on GPUs</source>
        <translation>GPU 显存规划(&amp;M)</translation>
    </message>
    <message>
        <source>The weights and the KV cache on N GPUs with tensor parallelism, as attnscope footprint --gpu-gib X --gpus N gives them</source>
        <translation>采用张量并行时 N 个 GPU 上的权重和 KV 缓存，与 attnscope footprint --gpu-gib X --gpus N 给出的结果一致</translation>
    </message>
    <message>
        <source>&amp;GiB/GPU:</source>
        <translation>GiB/GPU(&amp;G)：</translation>
    </message>
    <message>
        <source>GPUs, tensor-parallel: every weight matrix and the KV heads split over them</source>
        <translation>GPU 数，张量并行：每个权重矩阵和 KV 头都在这些 GPU 之间切分</translation>
    </message>
    <message>
        <source>G&amp;PUs:</source>
        <translation>GPU 数(&amp;P)：</translation>
    </message>
    <message>
        <source>Bits per weight: 16 (BF16), 8 (FP8, INT8), 4 (INT4, NF4); below 8 bits one 16-bit scale per 128 weights is counted</source>
        <translation>每个权重的位数：16 (BF16)、8 (FP8、INT8)、4 (INT4、NF4)；低于 8 位时，每 128 个权重计入一个 16 位缩放因子</translation>
    </message>
    <message>
        <source>W&amp;eights:</source>
        <translation>权重(&amp;E)：</translation>
    </message>
    <message>
        <source>GiB per GPU kept for activations, the runtime and fragmentation</source>
        <translation>每个 GPU 为激活值、运行时和内存碎片预留的 GiB</translation>
    </message>
    <message>
        <source> GiB</source>
        <translation> GiB</translation>
    </message>
    <message>
        <source>&amp;Reserve:</source>
        <translation>预留(&amp;R)：</translation>
    </message>
    <message>
        <source>Tokens per block of the paged cache: each sequence rounds up to whole blocks</source>
        <translation>分页缓存每块的词元数：每个序列向上取整到整块</translation>
    </message>
    <message>
        <source>B&amp;lock:</source>
        <translation>块大小(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;DP attention</source>
        <translation>DP 注意力(&amp;D)</translation>
    </message>
    <message>
        <source>More presets or imported configs drawn on the footprint chart</source>
        <translation>在占用图表上另外绘制的预设或导入的配置</translation>
    </message>
    <message>
        <source>GPU memory &apos;%1&apos;: give the GiB of one GPU, a number above 0 such as 80.</source>
        <translation>GPU 显存“%1”：请给出单个 GPU 的 GiB 数，即大于 0 的数，如 80。</translation>
    </message>
    <message>
        <source>Also on the chart…</source>
        <translation>图表中另绘…</translation>
    </message>
    <message numerus="yes">
        <source>Also on the chart: %n model(s)…</source>
        <translation>
            <numerusform>图表中另绘：%n 个模型…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n layer(s) with full attention</source>
        <translation>
            <numerusform>%n 层全注意力</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n layer(s) with a window of %1 tokens</source>
        <translation>
            <numerusform>%n 层窗口为 %1 个词元</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n layer(s) reusing an earlier layer&apos;s cache</source>
        <translation>
            <numerusform>%n 层复用前面某层的缓存</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n layer(s) without a KV cache (state-space or linear attention)</source>
        <translation>
            <numerusform>%n 层无 KV 缓存（状态空间或线性注意力）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n KV head(s) per GPU, each replicated on %1 GPUs</source>
        <translation>
            <numerusform>每个 GPU %n 个 KV 头，每个头复制到 %1 个 GPU 上</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n KV head(s) per GPU</source>
        <translation>
            <numerusform>每个 GPU %n 个 KV 头</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Source tokens:</source>
        <translation>源词元(&amp;S)：</translation>
    </message>
    <message>
        <source>Memory of one GPU in GiB. The cards&apos; nominal sizes are 24 GB (RTX 4090), 40 or 80 GB (A100), 80 GB (H100), 141 GB (H200) and 192 GB (B200), read here as GiB; a program can use a little less, which the reserve can hold</source>
        <translation>单个 GPU 的显存（GiB）。各显卡的标称容量为 24 GB (RTX 4090)、40 或 80 GB (A100)、80 GB (H100)、141 GB (H200) 和 192 GB (B200)，这里按 GiB 计；程序实际可用的略少，可由预留量涵盖</translation>
    </message>
    <message>
        <source>MLA: data-parallel attention, each GPU caching the latents of its own sequences only, instead of every sequence&apos;s</source>
        <translation>MLA：数据并行注意力，每个 GPU 只缓存自身序列的潜在向量，而不是所有序列的</translation>
    </message>
</context>
<context>
    <name>attnscope::widgets::HeadDiagram</name>
    <message>
        <source>▶ Broadcast</source>
        <translation>▶ 广播</translation>
    </message>
    <message>
        <source>Animate how each KV head is shared by its group of query heads</source>
        <translation>以动画展示每个 KV 头如何被其组内的查询头共享</translation>
    </message>
    <message>
        <source>c_KV reaches all n_h = %1 query heads through W_UK and W_UV; k_R is shared by all.</source>
        <translation>c_KV 经 W_UK 和 W_UV 到达全部 n_h = %1 个查询头；k_R 由所有头共享。</translation>
    </message>
    <message>
        <source>KV head %1 is read by query head %2 only (n_h / n_g = 1 each).</source>
        <translation>KV 头 %1 仅由查询头 %2 读取（每组 n_h / n_g = 1 个）。</translation>
    </message>
    <message>
        <source>KV head %1 is read by query heads %2–%3 (n_h / n_g = %4 each).</source>
        <translation>KV 头 %1 由查询头 %2–%3 读取（每组 n_h / n_g = %4 个）。</translation>
    </message>
    <message>
        <source>The head diagram applies to multi-head mechanisms (MHA, GQA, MQA and MLA); %1 has a single attention head.</source>
        <translation>头示意图适用于多头机制（MHA、GQA、MQA 和 MLA）；%1 只有一个注意力头。</translation>
    </message>
    <message>
        <source>Bahdanau attention</source>
        <translation>Bahdanau 注意力</translation>
    </message>
    <message>
        <source>scaled dot-product attention</source>
        <translation>缩放点积注意力</translation>
    </message>
    <message>
        <source>The KV heads (n_g = %1) must divide the query heads (n_h = %2).</source>
        <translation>KV 头数（n_g = %1）必须整除查询头数（n_h = %2）。</translation>
    </message>
    <message>
        <source>n_h = %1 query heads, each with its own KV head (n_g = %2): cache 2 n_g d_h = %3 elements per token and layer (this is MHA).</source>
        <translation>n_h = %1 个查询头，各有自己的 KV 头（n_g = %2）：每词元每层缓存 2 n_g d_h = %3 个元素（即 MHA）。</translation>
    </message>
    <message>
        <source>Query heads (n_h = %1)</source>
        <translation>查询头（n_h = %1）</translation>
    </message>
    <message>
        <source>KV heads, cached (n_g = %1)</source>
        <translation>KV 头，已缓存（n_g = %1）</translation>
    </message>
    <message>
        <source>c_KV (d_c = %1)</source>
        <translation>c_KV (d_c = %1)</translation>
    </message>
    <message>
        <source>k_R (d_h^R = %1)</source>
        <translation>k_R (d_h^R = %1)</translation>
    </message>
    <message>
        <source>cached: d_c + d_h^R = %1 per token</source>
        <translation>缓存：每词元 d_c + d_h^R = %1</translation>
    </message>
    <message>
        <source>W_UK, W_UV (per head)</source>
        <translation>W_UK、W_UV（每头）</translation>
    </message>
    <message>
        <source>shared RoPE key</source>
        <translation>共享的 RoPE 键</translation>
    </message>
    <message>
        <source>n_h = %1 query heads share n_g = 1 KV head: cache 2 n_g d_h = %2 elements per token and layer (MHA: %3).</source>
        <translation>n_h = %1 个查询头共享 n_g = 1 个 KV 头：每词元每层缓存 2 n_g d_h = %2 个元素（MHA：%3）。</translation>
    </message>
    <message>
        <source>n_h = %1 query heads share n_g = %2 KV heads: cache 2 n_g d_h = %3 elements per token and layer (MHA: %4).</source>
        <translation>n_h = %1 个查询头共享 n_g = %2 个 KV 头：每词元每层缓存 2 n_g d_h = %3 个元素（MHA：%4）。</translation>
    </message>
    <message>
        <source>c_KV is read directly by all n_h = %1 absorbed queries q W_UK^T; k_R is shared by all.</source>
        <translation>c_KV 由全部 n_h = %1 个吸收后的查询 q W_UK^T 直接读取；k_R 由所有头共享。</translation>
    </message>
    <message>
        <source>MLA caches only the latent c_KV (d_c = %1) and the RoPE key k_R shared by all heads (d_h^R = %2): d_c + d_h^R = %3 elements per token and layer (MHA with n_h = %4, d_h = %5: 2 n_h d_h = %6). %7</source>
        <translation>MLA 只缓存潜在向量 c_KV（d_c = %1）和所有头共享的 RoPE 键 k_R（d_h^R = %2）：每词元每层 d_c + d_h^R = %3 个元素（MHA 在 n_h = %4、d_h = %5 时为 2 n_h d_h = %6）。%7</translation>
    </message>
    <message>
        <source>Absorbed path: W_UK is folded into each query (q W_UK^T), which scores against the latent c_KV directly, and W_UV into the output (W_UV W_O); no head&apos;s keys or values are rebuilt.</source>
        <translation>吸收路径：W_UK 被并入每个查询（q W_UK^T），查询直接对潜在向量 c_KV 打分；W_UV 被并入输出（W_UV W_O）；不重建任何头的键和值。</translation>
    </message>
    <message>
        <source>Naive path: W_UK and W_UV rebuild each head&apos;s keys and values from the latent.</source>
        <translation>朴素路径：W_UK 和 W_UV 从潜在向量重建每个头的键和值。</translation>
    </message>
    <message>
        <source>W_UV W_O: the value up-projection folded into the output</source>
        <translation>W_UV W_O：并入输出的值上投影</translation>
    </message>
    <message>
        <source>q W_UK^T scores c_KV directly</source>
        <translation>q W_UK^T 直接对 c_KV 打分</translation>
    </message>
</context>
<context>
    <name>attnscope::widgets::HeatmapView</name>
    <message>
        <source>Nothing to show yet.</source>
        <translation>暂无可显示的内容。</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>%1: %2
%3: %4
%5: %6</source>
        <translation>%1：%2
%3：%4
%5：%6</translation>
    </message>
    <message>
        <source>not computed yet</source>
        <translation>尚未计算</translation>
    </message>
</context>
<context>
    <name>attnscope::widgets::InputBox</name>
    <message>
        <source>Input</source>
        <translation>输入</translation>
    </message>
    <message>
        <source>Seeded random</source>
        <translation>种子随机</translation>
    </message>
    <message>
        <source>Trained model</source>
        <translation>训练好的模型</translation>
    </message>
    <message>
        <source>Seeded random: the mechanism on random weights and inputs drawn from the seed, to see how it computes. Trained model: a small model AttnScope trained and ships, reading your text, to see what learned attention does.</source>
        <translation>种子随机：机制使用由种子生成的随机权重和输入，用来观察它如何计算。训练好的模型：AttnScope 训练并随附的小模型读取你的文本，用来观察学到的注意力做了什么。</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>The sentence the trained model reads (Bahdanau: a date in words, such as &quot;tuesday 5 december 2028&quot;). Type one and press Enter, or pick an example.</source>
        <translation>训练好的模型读取的句子（Bahdanau：用英文单词写的日期，例如 &quot;tuesday 5 december 2028&quot;）。输入后按回车键，或选择一个示例。</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>层</translation>
    </message>
    <message>
        <source>The layer of the trained language model whose attention is shown, from 0.</source>
        <translation>显示其注意力的训练好的语言模型的层，从 0 开始。</translation>
    </message>
    <message>
        <source>Random weights and inputs from the seed: how %1 computes.</source>
        <translation>由种子生成的随机权重和输入：%1 如何计算。</translation>
    </message>
    <message>
        <source>%1 has no trained model; choose MHA, GQA, MQA, MLA or Bahdanau.</source>
        <translation>%1 没有训练好的模型；请选择 MHA、GQA、MQA、MLA 或 Bahdanau。</translation>
    </message>
    <message>
        <source>The trained date translator: %1 source words, %2 output characters.</source>
        <translation>训练好的日期翻译器：%1 个源词，%2 个输出字符。</translation>
    </message>
    <message>
        <source>The trained %1 model (%2 layers): %3 tokens, layer %4. Its shape fixes the sizes below.</source>
        <translation>训练好的 %1 模型（%2 层）：%3 个词元，第 %4 层。它的形状决定了下面的各项尺寸。</translation>
    </message>
</context>
<context>
    <name>attnscope::widgets::Labels</name>
    <message>
        <source>Bahdanau additive attention</source>
        <translation>Bahdanau 加性注意力</translation>
    </message>
    <message>
        <source>scaled dot-product attention</source>
        <translation>缩放点积注意力</translation>
    </message>
    <message>
        <source>multi-head attention (MHA)</source>
        <translation>多头注意力 (MHA)</translation>
    </message>
    <message>
        <source>grouped-query attention (GQA)</source>
        <translation>分组查询注意力 (GQA)</translation>
    </message>
    <message>
        <source>multi-query attention (MQA)</source>
        <translation>多查询注意力 (MQA)</translation>
    </message>
    <message>
        <source>multi-head latent attention (MLA)</source>
        <translation>多头潜在注意力 (MLA)</translation>
    </message>
</context>
<context>
    <name>attnscope::widgets::MlaBadge</name>
    <message>
        <source>Multi-head latent attention computed twice on the same input and the same weights, in two evaluation orders: naive (k_C = c_KV W_UK and v_C = c_KV W_UV materialised) and absorbed (W_UK folded into the query, W_UV applied after the weighted sum). In exact arithmetic both are equal; in float32 they differ by rounding only. The badge shows the largest difference measured between the two outputs.</source>
        <translation>在同一输入、同一组权重上按两种求值顺序各计算一次多头潜在注意力：朴素顺序（显式计算 k_C = c_KV W_UK 与 v_C = c_KV W_UV）和吸收顺序（W_UK 并入查询，W_UV 在加权求和之后再应用）。在精确算术下两者相等；在 float32 下仅相差舍入误差。徽标显示两种输出之间测得的最大差值。</translation>
    </message>
    <message>
        <source>naive ≡ absorbed: measuring…</source>
        <translation>朴素 ≡ 吸收：正在测量…</translation>
    </message>
    <message>
        <source>naive ≡ absorbed: not measured (%1)</source>
        <translation>朴素 ≡ 吸收：未测量（%1）</translation>
    </message>
    <message>
        <source>naive ≡ absorbed: max |Δ output| = %1</source>
        <translation>朴素 ≡ 吸收：max |Δ 输出| = %1</translation>
    </message>
    <message>
        <source>Largest difference of the attention weights: %1.</source>
        <translation>注意力权重的最大差值：%1。</translation>
    </message>
</context>
<context>
    <name>attnscope::widgets::ParameterPanel</name>
    <message>
        <source>Mechanism</source>
        <translation>机制</translation>
    </message>
    <message>
        <source>Model width</source>
        <translation>模型宽度</translation>
    </message>
    <message>
        <source>Heads</source>
        <translation>头数</translation>
    </message>
    <message>
        <source>KV heads</source>
        <translation>KV 头数</translation>
    </message>
    <message>
        <source>Head width</source>
        <translation>头宽度</translation>
    </message>
    <message>
        <source>Source tokens</source>
        <translation>源词元数</translation>
    </message>
    <message>
        <source>Causal mask</source>
        <translation>因果掩码</translation>
    </message>
    <message>
        <source>Cross attention</source>
        <translation>交叉注意力</translation>
    </message>
    <message>
        <source>Latent rank</source>
        <translation>潜在秩</translation>
    </message>
    <message>
        <source>Query rank</source>
        <translation>查询秩</translation>
    </message>
    <message>
        <source>RoPE width</source>
        <translation>RoPE 宽度</translation>
    </message>
    <message>
        <source>RoPE layout</source>
        <translation>RoPE 布局</translation>
    </message>
    <message>
        <source>RoPE base</source>
        <translation>RoPE 基数</translation>
    </message>
    <message>
        <source>MLA path</source>
        <translation>MLA 路径</translation>
    </message>
    <message>
        <source>Hidden width</source>
        <translation>隐藏宽度</translation>
    </message>
    <message>
        <source>Alignment width</source>
        <translation>对齐宽度</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>种子</translation>
    </message>
    <message>
        <source>Bahdanau additive</source>
        <translation>Bahdanau 加性</translation>
    </message>
    <message>
        <source>Scaled dot-product</source>
        <translation>缩放点积</translation>
    </message>
    <message>
        <source>Multi-head (MHA)</source>
        <translation>多头 (MHA)</translation>
    </message>
    <message>
        <source>Grouped-query (GQA)</source>
        <translation>分组查询 (GQA)</translation>
    </message>
    <message>
        <source>Multi-query (MQA)</source>
        <translation>多查询 (MQA)</translation>
    </message>
    <message>
        <source>Multi-head latent (MLA)</source>
        <translation>多头潜在 (MLA)</translation>
    </message>
    <message>
        <source>An RNN encoder-decoder aligns while it translates (Bahdanau, Cho and Bengio, 2015): each decoder step scores every source annotation with a small feed-forward network.</source>
        <translation>RNN 编码器-解码器在翻译的同时学习对齐（Bahdanau、Cho 和 Bengio，2015）：解码器的每一步都用一个小型前馈网络为每个源注释打分。</translation>
    </message>
    <message>
        <source>One head of scaled dot-product attention (Vaswani et al., 2017): softmax(QKᵀ/√d_k) V.</source>
        <translation>单头缩放点积注意力（Vaswani 等，2017）：softmax(QKᵀ/√d_k) V。</translation>
    </message>
    <message>
        <source>Multi-head attention (Vaswani et al., 2017): every query head has its own key and value head.</source>
        <translation>多头注意力（Vaswani 等，2017）：每个查询头都有自己的键头和值头。</translation>
    </message>
    <message>
        <source>Grouped-query attention (Ainslie et al., 2023): each group of query heads shares one key and value head.</source>
        <translation>分组查询注意力（Ainslie 等，2023）：每组查询头共享一个键头和值头。</translation>
    </message>
    <message>
        <source>Multi-query attention (Shazeer, 2019): all query heads share a single key and value head.</source>
        <translation>多查询注意力（Shazeer，2019）：所有查询头共享同一个键头和值头。</translation>
    </message>
    <message>
        <source>Multi-head latent attention (DeepSeek-V2, 2024): keys and values are rebuilt from a small shared latent, plus a decoupled RoPE key. Always causal.</source>
        <translation>多头潜在注意力（DeepSeek-V2，2024）：键和值由一个小的共享潜在向量重建，另加一个解耦的 RoPE 键。始终为因果。</translation>
    </message>
    <message>
        <source>The attention mechanism to compute: Bahdanau, scaled dot-product, MHA, GQA, MQA or MLA. Controls it does not read are disabled and show the value it uses.</source>
        <translation>要计算的注意力机制：Bahdanau、缩放点积、MHA、GQA、MQA 或 MLA。该机制不使用的控件会被禁用，并显示它实际采用的值。</translation>
    </message>
    <message>
        <source>Sizes</source>
        <translation>尺寸</translation>
    </message>
    <message>
        <source>Model width d_model: the width of every token&apos;s embedding (Bahdanau: the embedding width m). Unless a head width is set, d_model must be divisible by the heads n_h.</source>
        <translation>模型宽度 d_model：每个词元嵌入的宽度（Bahdanau：嵌入宽度 m）。除非设置了头宽度，否则 d_model 必须能被头数 n_h 整除。</translation>
    </message>
    <message>
        <source>Query heads n_h. Without a head width, each head is d_h = d_model / n_h wide.</source>
        <translation>查询头数 n_h。未设置头宽度时，每个头的宽度为 d_h = d_model / n_h。</translation>
    </message>
    <message>
        <source>Key/value heads n_g. Each KV head serves n_h / n_g query heads, so n_g must divide n_h: the slider offers the divisors only. n_g = n_h is MHA, n_g = 1 is MQA; the KV cache holds 2 n_g d_h elements per token and layer. Enabled for GQA; MHA and MQA fix it.</source>
        <translation>键/值头数 n_g。每个 KV 头服务 n_h / n_g 个查询头，因此 n_g 必须整除 n_h：滑块只提供其约数。n_g = n_h 即 MHA，n_g = 1 即 MQA；KV 缓存每词元每层存放 2 n_g d_h 个元素。仅对 GQA 可调；MHA 和 MQA 固定此值。</translation>
    </message>
    <message>
        <source>Head width d_h (MLA: the width of q_C, k_C and v_C per head, without the RoPE part). Until set, d_h = d_model / n_h.</source>
        <translation>头宽度 d_h（MLA：每个头中 q_C、k_C 和 v_C 的宽度，不含 RoPE 部分）。未设置时 d_h = d_model / n_h。</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>词元数</translation>
    </message>
    <message>
        <source>Tokens T: the length of the (query) sequence. Bahdanau: the target tokens, one per decoder step.</source>
        <translation>词元数 T：（查询）序列的长度。Bahdanau：目标词元数，每个解码器步骤一个。</translation>
    </message>
    <message>
        <source>Source tokens: the length of the key/value sequence in cross attention, the source sentence for Bahdanau.</source>
        <translation>源词元数：交叉注意力中键/值序列的长度；对 Bahdanau 而言为源句子的长度。</translation>
    </message>
    <message>
        <source>KV latent rank d_c: the width of the latent c_KV = x W_DKV that MLA caches instead of keys and values (default 4 d_h).</source>
        <translation>KV 潜在秩 d_c：MLA 代替键和值所缓存的潜在向量 c_KV = x W_DKV 的宽度（默认 4 d_h）。</translation>
    </message>
    <message>
        <source>Query latent rank d_c&apos;: the width of the query latent c_Q = x W_DQ; 0 means no query compression.</source>
        <translation>查询潜在秩 d_c&apos;：查询潜在向量 c_Q = x W_DQ 的宽度；0 表示不压缩查询。</translation>
    </message>
    <message>
        <source>RoPE width d_h^R: the decoupled rotary query per head and the one rotary key k_R shared by all heads, cached next to the latent. Even: RoPE rotates pairs.</source>
        <translation>RoPE 宽度 d_h^R：每个头的解耦旋转查询的宽度，也是由所有头共享、与潜在向量一同缓存的那个旋转键 k_R 的宽度。须为偶数：RoPE 成对旋转。</translation>
    </message>
    <message>
        <source>Hidden width n of Bahdanau&apos;s GRU encoder (each direction) and decoder.</source>
        <translation>Bahdanau 的 GRU 编码器（每个方向）和解码器的隐藏宽度 n。</translation>
    </message>
    <message>
        <source>Alignment width n&apos;: the hidden layer of Bahdanau&apos;s scoring network a(s, h).</source>
        <translation>对齐宽度 n&apos;：Bahdanau 打分网络 a(s, h) 的隐藏层宽度。</translation>
    </message>
    <message>
        <source>Seed of the random inputs and weights: the same seed gives the same numbers. 0 to 2³¹−1 here, the largest a spin box holds; the command line takes any 64-bit seed.</source>
        <translation>随机输入和权重的种子：相同的种子产生相同的数值。此处范围为 0 到 2³¹−1，即数值框能容纳的最大值；命令行接受任意 64 位种子。</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>选项</translation>
    </message>
    <message>
        <source>Causal mask: each token attends to itself and earlier tokens only (self-attention; MLA is always causal).</source>
        <translation>因果掩码：每个词元只关注自身及之前的词元（自注意力；MLA 始终为因果）。</translation>
    </message>
    <message>
        <source>Cross attention: queries come from the tokens, keys and values from a separate source sequence (SDPA, MHA, GQA and MQA).</source>
        <translation>交叉注意力：查询来自词元，键和值来自另一个源序列（SDPA、MHA、GQA 和 MQA）。</translation>
    </message>
    <message>
        <source>Naive</source>
        <translation>朴素</translation>
    </message>
    <message>
        <source>Absorbed</source>
        <translation>吸收</translation>
    </message>
    <message>
        <source>MLA path: naive rebuilds k_C = c_KV W_UK and v_C = c_KV W_UV per head; absorbed folds W_UK into the query and W_UV into the output and attends over the latent. Both give the same output.</source>
        <translation>MLA 路径：朴素路径为每个头重建 k_C = c_KV W_UK 和 v_C = c_KV W_UV；吸收路径将 W_UK 并入查询、W_UV 并入输出，并直接在潜在向量上计算注意力。两者输出相同。</translation>
    </message>
    <message>
        <source>Interleaved pairs</source>
        <translation>交错配对</translation>
    </message>
    <message>
        <source>Half split</source>
        <translation>前后对半</translation>
    </message>
    <message>
        <source>RoPE layout of the d_h^R rotary dimensions: interleaved pairs (x0, x1), (x2, x3)… as in the RoFormer paper, or the two halves (x_j, x_j+d/2) as in GPT-NeoX and Llama.</source>
        <translation>d_h^R 个旋转维度的 RoPE 布局：交错配对 (x0, x1)、(x2, x3)…（如 RoFormer 论文），或前后两半配对 (x_j, x_j+d/2)（如 GPT-NeoX 和 Llama）。</translation>
    </message>
    <message>
        <source>Why these parameters cannot be computed; nothing is computed until they are fixed.</source>
        <translation>这些参数无法计算的原因；修正之前不会进行任何计算。</translation>
    </message>
    <message>
        <source>KV heads must divide the heads: each KV head serves n_h / n_g query heads.</source>
        <translation>KV 头数必须整除头数：每个 KV 头服务 n_h / n_g 个查询头。</translation>
    </message>
    <message>
        <source>MLA caches a latent, not KV heads.</source>
        <translation>MLA 缓存的是潜在向量，而不是 KV 头。</translation>
    </message>
    <message>
        <source>Scaled dot-product attention is one head.</source>
        <translation>缩放点积注意力只有一个头。</translation>
    </message>
    <message>
        <source>Bahdanau attention has no heads.</source>
        <translation>Bahdanau 注意力没有头。</translation>
    </message>
    <message>
        <source>MHA: n_g = n_h = %1, one KV head per query head.</source>
        <translation>MHA：n_g = n_h = %1，每个查询头一个 KV 头。</translation>
    </message>
    <message>
        <source>MQA: n_g = 1, all %1 query heads share it.</source>
        <translation>MQA：n_g = 1，全部 %1 个查询头共享它。</translation>
    </message>
    <message>
        <source>GQA with n_g = n_h = 1: equals MHA and MQA.</source>
        <translation>n_g = n_h = 1 的 GQA：等同于 MHA 和 MQA。</translation>
    </message>
    <message>
        <source>GQA with n_g = n_h = %1: equals MHA.</source>
        <translation>n_g = n_h = %1 的 GQA：等同于 MHA。</translation>
    </message>
    <message>
        <source>GQA with n_g = 1: equals MQA.</source>
        <translation>n_g = 1 的 GQA：等同于 MQA。</translation>
    </message>
    <message>
        <source>GQA: %1 groups of %2 query heads.</source>
        <translation>GQA：%1 组，每组 %2 个查询头。</translation>
    </message>
    <message>
        <source>Target tokens</source>
        <translation>目标词元数</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>输入</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>层</translation>
    </message>
</context>
<context>
    <name>attnscope::widgets::PathCheckModel</name>
    <message>
        <source>not enough memory</source>
        <translation>内存不足</translation>
    </message>
    <message>
        <source>no result</source>
        <translation>无结果</translation>
    </message>
</context>
<context>
    <name>attnscope::widgets::StepExplainer</name>
    <message>
        <source>z = σ(x W&lt;sub&gt;z&lt;/sub&gt; + h U&lt;sub&gt;z&lt;/sub&gt;)&lt;br&gt;r = σ(x W&lt;sub&gt;r&lt;/sub&gt; + h U&lt;sub&gt;r&lt;/sub&gt;)&lt;br&gt;h̃ = tanh(x W&lt;sub&gt;h&lt;/sub&gt; + (r ⊙ h) U&lt;sub&gt;h&lt;/sub&gt;)&lt;br&gt;h′ = (1 − z) ⊙ h + z ⊙ h̃</source>
        <translation>z = σ(x W&lt;sub&gt;z&lt;/sub&gt; + h U&lt;sub&gt;z&lt;/sub&gt;)&lt;br&gt;r = σ(x W&lt;sub&gt;r&lt;/sub&gt; + h U&lt;sub&gt;r&lt;/sub&gt;)&lt;br&gt;h̃ = tanh(x W&lt;sub&gt;h&lt;/sub&gt; + (r ⊙ h) U&lt;sub&gt;h&lt;/sub&gt;)&lt;br&gt;h′ = (1 − z) ⊙ h + z ⊙ h̃</translation>
    </message>
    <message>
        <source>columns %1–%2</source>
        <translation>第 %1–%2 列</translation>
    </message>
    <message>
        <source>%1 heads of d_h = %2, head h in columns [h·d_h, (h+1)·d_h).</source>
        <translation>%1 个头，每个 d_h = %2，头 h 占据列 [h·d_h, (h+1)·d_h)。</translation>
    </message>
    <message>
        <source>Source sentence</source>
        <translation>源句子</translation>
    </message>
    <message>
        <source>The encoder reads the source sentence x₁ … x%1: %2 words, each an embedding of m = %3 numbers (seeded random values standing in for learned word embeddings).</source>
        <translation>编码器读取源句子 x₁ … x%1：共 %2 个词，每个词是一个由 m = %3 个数构成的嵌入（以带种子的随机值代替学习得到的词嵌入）。</translation>
    </message>
    <message>
        <source>X&lt;sub&gt;src&lt;/sub&gt; = [x&lt;sub&gt;1&lt;/sub&gt; ; … ; x&lt;sub&gt;%1&lt;/sub&gt;], x&lt;sub&gt;j&lt;/sub&gt; ∈ ℝ&lt;sup&gt;%2&lt;/sup&gt;</source>
        <translation>X&lt;sub&gt;src&lt;/sub&gt; = [x&lt;sub&gt;1&lt;/sub&gt; ; … ; x&lt;sub&gt;%1&lt;/sub&gt;], x&lt;sub&gt;j&lt;/sub&gt; ∈ ℝ&lt;sup&gt;%2&lt;/sup&gt;</translation>
    </message>
    <message>
        <source>Target word embeddings</source>
        <translation>目标词嵌入</translation>
    </message>
    <message>
        <source>At target position i the decoder reads the previous target word yᵢ₋₁: row k holds yₖ, and y₀ stands for the start of the sentence. %1 rows of m = %2 numbers (seeded random values).</source>
        <translation>在目标位置 i，解码器读取前一个目标词 yᵢ₋₁：第 k 行存放 yₖ，y₀ 表示句子的开头。共 %1 行，每行 m = %2 个数（带种子的随机值）。</translation>
    </message>
    <message>
        <source>Y&lt;sub&gt;emb&lt;/sub&gt; = [y&lt;sub&gt;0&lt;/sub&gt; ; … ; y&lt;sub&gt;%1&lt;/sub&gt;], y&lt;sub&gt;k&lt;/sub&gt; ∈ ℝ&lt;sup&gt;%2&lt;/sup&gt;</source>
        <translation>Y&lt;sub&gt;emb&lt;/sub&gt; = [y&lt;sub&gt;0&lt;/sub&gt; ; … ; y&lt;sub&gt;%1&lt;/sub&gt;], y&lt;sub&gt;k&lt;/sub&gt; ∈ ℝ&lt;sup&gt;%2&lt;/sup&gt;</translation>
    </message>
    <message>
        <source>Encoder sequence X_enc</source>
        <translation>编码器序列 X_enc</translation>
    </message>
    <message>
        <source>Cross attention: keys and values come from a second sequence, as the decoder of Vaswani et al. (2017) reads the encoder&apos;s output: %1 source tokens of d_model = %2 numbers.</source>
        <translation>交叉注意力：键和值来自另一个序列，就像 Vaswani 等（2017）的解码器读取编码器的输出：%1 个源词元，每个 d_model = %2 个数。</translation>
    </message>
    <message>
        <source>X&lt;sub&gt;enc&lt;/sub&gt; = [s&lt;sub&gt;0&lt;/sub&gt; ; … ; s&lt;sub&gt;%1&lt;/sub&gt;], s&lt;sub&gt;j&lt;/sub&gt; ∈ ℝ&lt;sup&gt;%2&lt;/sup&gt;</source>
        <translation>X&lt;sub&gt;enc&lt;/sub&gt; = [s&lt;sub&gt;0&lt;/sub&gt; ; … ; s&lt;sub&gt;%1&lt;/sub&gt;], s&lt;sub&gt;j&lt;/sub&gt; ∈ ℝ&lt;sup&gt;%2&lt;/sup&gt;</translation>
    </message>
    <message>
        <source>Input tokens X</source>
        <translation>输入词元 X</translation>
    </message>
    <message>
        <source>The input sequence enters as a matrix, one row per token: %1 tokens of d_model = %2 numbers each (seeded random values standing in for token embeddings).</source>
        <translation>输入序列以矩阵形式进入，每个词元一行：%1 个词元，每个 d_model = %2 个数（以带种子的随机值代替词元嵌入）。</translation>
    </message>
    <message>
        <source>X = [x&lt;sub&gt;0&lt;/sub&gt; ; … ; x&lt;sub&gt;%1&lt;/sub&gt;], x&lt;sub&gt;t&lt;/sub&gt; ∈ ℝ&lt;sup&gt;%2&lt;/sup&gt;</source>
        <translation>X = [x&lt;sub&gt;0&lt;/sub&gt; ; … ; x&lt;sub&gt;%1&lt;/sub&gt;], x&lt;sub&gt;t&lt;/sub&gt; ∈ ℝ&lt;sup&gt;%2&lt;/sup&gt;</translation>
    </message>
    <message>
        <source>Forward encoder GRU</source>
        <translation>前向编码器 GRU</translation>
    </message>
    <message>
        <source>A gated recurrent unit reads the source from x₁ to x%1; its state at word j (n = %2 numbers) summarises the words up to xⱼ.</source>
        <translation>门控循环单元从 x₁ 到 x%1 读取源句子；它在第 j 个词处的状态（n = %2 个数）概括了直到 xⱼ 为止的词。</translation>
    </message>
    <message>
        <source>h&lt;sub&gt;fwd,j&lt;/sub&gt; = GRU&lt;sub&gt;fwd&lt;/sub&gt;(h&lt;sub&gt;fwd,j−1&lt;/sub&gt;, x&lt;sub&gt;j&lt;/sub&gt;), j&amp;nbsp;=&amp;nbsp;1&amp;nbsp;…&amp;nbsp;%1, h&lt;sub&gt;fwd,0&lt;/sub&gt; = 0</source>
        <translation>h&lt;sub&gt;fwd,j&lt;/sub&gt; = GRU&lt;sub&gt;fwd&lt;/sub&gt;(h&lt;sub&gt;fwd,j−1&lt;/sub&gt;, x&lt;sub&gt;j&lt;/sub&gt;), j&amp;nbsp;=&amp;nbsp;1&amp;nbsp;…&amp;nbsp;%1, h&lt;sub&gt;fwd,0&lt;/sub&gt; = 0</translation>
    </message>
    <message>
        <source>Backward encoder GRU</source>
        <translation>反向编码器 GRU</translation>
    </message>
    <message>
        <source>A second GRU reads the source in reverse, from x%1 back to x₁; its state at word j (n = %2 numbers) summarises the words from xⱼ to the end.</source>
        <translation>第二个 GRU 反向读取源句子，从 x%1 回到 x₁；它在第 j 个词处的状态（n = %2 个数）概括了从 xⱼ 到句末的词。</translation>
    </message>
    <message>
        <source>h&lt;sub&gt;bwd,j&lt;/sub&gt; = GRU&lt;sub&gt;bwd&lt;/sub&gt;(h&lt;sub&gt;bwd,j+1&lt;/sub&gt;, x&lt;sub&gt;j&lt;/sub&gt;), j&amp;nbsp;=&amp;nbsp;%1&amp;nbsp;…&amp;nbsp;1, h&lt;sub&gt;bwd,%2&lt;/sub&gt; = 0</source>
        <translation>h&lt;sub&gt;bwd,j&lt;/sub&gt; = GRU&lt;sub&gt;bwd&lt;/sub&gt;(h&lt;sub&gt;bwd,j+1&lt;/sub&gt;, x&lt;sub&gt;j&lt;/sub&gt;), j&amp;nbsp;=&amp;nbsp;%1&amp;nbsp;…&amp;nbsp;1, h&lt;sub&gt;bwd,%2&lt;/sub&gt; = 0</translation>
    </message>
    <message>
        <source>Annotations hⱼ</source>
        <translation>注释 hⱼ</translation>
    </message>
    <message>
        <source>Each source word&apos;s annotation joins both directions, so it summarises the whole sentence with a focus on the words around xⱼ. These %1 vectors of 2n = %2 numbers are what the decoder attends to.</source>
        <translation>每个源词的注释拼接了两个方向的状态，因此它概括了整个句子，并侧重于 xⱼ 附近的词。这 %1 个由 2n = %2 个数构成的向量就是解码器所关注的对象。</translation>
    </message>
    <message>
        <source>h&lt;sub&gt;j&lt;/sub&gt; = [h&lt;sub&gt;fwd,j&lt;/sub&gt; ; h&lt;sub&gt;bwd,j&lt;/sub&gt;], j&amp;nbsp;=&amp;nbsp;1&amp;nbsp;…&amp;nbsp;%1</source>
        <translation>h&lt;sub&gt;j&lt;/sub&gt; = [h&lt;sub&gt;fwd,j&lt;/sub&gt; ; h&lt;sub&gt;bwd,j&lt;/sub&gt;], j&amp;nbsp;=&amp;nbsp;1&amp;nbsp;…&amp;nbsp;%1</translation>
    </message>
    <message>
        <source>Initial decoder state s₀</source>
        <translation>解码器初始状态 s₀</translation>
    </message>
    <message>
        <source>As in the paper, the decoder starts from the backward encoder&apos;s state at the first source word, which has read the whole sentence.</source>
        <translation>与论文一致，解码器从反向编码器在第一个源词处的状态出发，该状态已读完整个句子。</translation>
    </message>
    <message>
        <source>s&lt;sub&gt;0&lt;/sub&gt; = tanh(h&lt;sub&gt;bwd,1&lt;/sub&gt; W&lt;sub&gt;s&lt;/sub&gt;)</source>
        <translation>s&lt;sub&gt;0&lt;/sub&gt; = tanh(h&lt;sub&gt;bwd,1&lt;/sub&gt; W&lt;sub&gt;s&lt;/sub&gt;)</translation>
    </message>
    <message>
        <source>Alignment scores, target position %1 of %2</source>
        <translation>对齐分数，目标位置 %1 / %2</translation>
    </message>
    <message>
        <source>The alignment model, a small feed-forward network trained with the rest (n′ = %1 hidden units), scores how well each source annotation hⱼ matches the decoder state s%2 that precedes target word y%3.</source>
        <translation>对齐模型是一个与其余部分一同训练的小型前馈网络（n′ = %1 个隐藏单元），它为每个源注释 hⱼ 与目标词 y%3 之前的解码器状态 s%2 的匹配程度打分。</translation>
    </message>
    <message>
        <source>e&lt;sub&gt;%1,j&lt;/sub&gt; = tanh(s&lt;sub&gt;%2&lt;/sub&gt; W&lt;sub&gt;a&lt;/sub&gt; + h&lt;sub&gt;j&lt;/sub&gt; U&lt;sub&gt;a&lt;/sub&gt;) v&lt;sub&gt;a&lt;/sub&gt;&lt;sup&gt;T&lt;/sup&gt;, j&amp;nbsp;=&amp;nbsp;1&amp;nbsp;…&amp;nbsp;%3&lt;br&gt;(the paper&apos;s v&lt;sub&gt;a&lt;/sub&gt;&lt;sup&gt;T&lt;/sup&gt; tanh(W&lt;sub&gt;a&lt;/sub&gt; s&lt;sub&gt;i−1&lt;/sub&gt; + U&lt;sub&gt;a&lt;/sub&gt; h&lt;sub&gt;j&lt;/sub&gt;), with row vectors)</source>
        <translation>e&lt;sub&gt;%1,j&lt;/sub&gt; = tanh(s&lt;sub&gt;%2&lt;/sub&gt; W&lt;sub&gt;a&lt;/sub&gt; + h&lt;sub&gt;j&lt;/sub&gt; U&lt;sub&gt;a&lt;/sub&gt;) v&lt;sub&gt;a&lt;/sub&gt;&lt;sup&gt;T&lt;/sup&gt;, j&amp;nbsp;=&amp;nbsp;1&amp;nbsp;…&amp;nbsp;%3&lt;br&gt;（即论文中的 v&lt;sub&gt;a&lt;/sub&gt;&lt;sup&gt;T&lt;/sup&gt; tanh(W&lt;sub&gt;a&lt;/sub&gt; s&lt;sub&gt;i−1&lt;/sub&gt; + U&lt;sub&gt;a&lt;/sub&gt; h&lt;sub&gt;j&lt;/sub&gt;)，此处采用行向量）</translation>
    </message>
    <message>
        <source>Alignment weights, target position %1 of %2</source>
        <translation>对齐权重，目标位置 %1 / %2</translation>
    </message>
    <message>
        <source>A softmax over the %1 source words turns the scores into weights that sum to 1: α%2ⱼ is the probability that target word y%2 is aligned to, or translated from, source word xⱼ.</source>
        <translation>对 %1 个源词做 softmax，将分数变为和为 1 的权重：α%2ⱼ 是目标词 y%2 与源词 xⱼ 对齐（即由 xⱼ 翻译而来）的概率。</translation>
    </message>
    <message>
        <source>α&lt;sub&gt;%1,j&lt;/sub&gt; = exp(e&lt;sub&gt;%1,j&lt;/sub&gt;) / ∑&lt;sub&gt;k=1…%2&lt;/sub&gt; exp(e&lt;sub&gt;%1,k&lt;/sub&gt;)</source>
        <translation>α&lt;sub&gt;%1,j&lt;/sub&gt; = exp(e&lt;sub&gt;%1,j&lt;/sub&gt;) / ∑&lt;sub&gt;k=1…%2&lt;/sub&gt; exp(e&lt;sub&gt;%1,k&lt;/sub&gt;)</translation>
    </message>
    <message>
        <source>Context vector, target position %1 of %2</source>
        <translation>上下文向量，目标位置 %1 / %2</translation>
    </message>
    <message>
        <source>The context vector c%1 is the expected annotation under these weights: the decoder reads the source through it, focused where α%1ⱼ is large, instead of through one fixed-length vector.</source>
        <translation>上下文向量 c%1 是注释在这些权重下的期望：解码器通过它读取源句子，并聚焦于 α%1ⱼ 较大之处，而不是通过单个固定长度的向量。</translation>
    </message>
    <message>
        <source>c&lt;sub&gt;%1&lt;/sub&gt; = ∑&lt;sub&gt;j=1…%2&lt;/sub&gt; α&lt;sub&gt;%1,j&lt;/sub&gt; h&lt;sub&gt;j&lt;/sub&gt;</source>
        <translation>c&lt;sub&gt;%1&lt;/sub&gt; = ∑&lt;sub&gt;j=1…%2&lt;/sub&gt; α&lt;sub&gt;%1,j&lt;/sub&gt; h&lt;sub&gt;j&lt;/sub&gt;</translation>
    </message>
    <message>
        <source>Decoder state, target position %1 of %2</source>
        <translation>解码器状态，目标位置 %1 / %2</translation>
    </message>
    <message>
        <source>The decoder GRU takes the previous target word y%1 and the new context c%2; its state s%2 predicts target word y%2 and queries the next alignment.</source>
        <translation>解码器 GRU 接收前一个目标词 y%1 和新的上下文 c%2；其状态 s%2 用于预测目标词 y%2，并作为下一次对齐的查询。</translation>
    </message>
    <message>
        <source>s&lt;sub&gt;%2&lt;/sub&gt; = GRU&lt;sub&gt;dec&lt;/sub&gt;(s&lt;sub&gt;%1&lt;/sub&gt;, [y&lt;sub&gt;%1&lt;/sub&gt; ; c&lt;sub&gt;%2&lt;/sub&gt;])&lt;br&gt;(the paper&apos;s f(s&lt;sub&gt;i−1&lt;/sub&gt;, y&lt;sub&gt;i−1&lt;/sub&gt;, c&lt;sub&gt;i&lt;/sub&gt;); its GRU, with x = [y&lt;sub&gt;%1&lt;/sub&gt; ; c&lt;sub&gt;%2&lt;/sub&gt;] and h = s&lt;sub&gt;%1&lt;/sub&gt;:)</source>
        <translation>s&lt;sub&gt;%2&lt;/sub&gt; = GRU&lt;sub&gt;dec&lt;/sub&gt;(s&lt;sub&gt;%1&lt;/sub&gt;, [y&lt;sub&gt;%1&lt;/sub&gt; ; c&lt;sub&gt;%2&lt;/sub&gt;])&lt;br&gt;（即论文中的 f(s&lt;sub&gt;i−1&lt;/sub&gt;, y&lt;sub&gt;i−1&lt;/sub&gt;, c&lt;sub&gt;i&lt;/sub&gt;)；其 GRU 如下，其中 x = [y&lt;sub&gt;%1&lt;/sub&gt; ; c&lt;sub&gt;%2&lt;/sub&gt;]，h = s&lt;sub&gt;%1&lt;/sub&gt;：）</translation>
    </message>
    <message>
        <source>Content queries q_C</source>
        <translation>内容查询 q_C</translation>
    </message>
    <message>
        <source>The content (position-free) part of every head&apos;s query: %1</source>
        <translation>每个头的查询中的内容部分（不含位置信息）：%1</translation>
    </message>
    <message>
        <source>q&lt;sub&gt;C&lt;/sub&gt; = c&lt;sub&gt;Q&lt;/sub&gt; W&lt;sub&gt;UQ&lt;/sub&gt; (up-projection of the query latent)</source>
        <translation>q&lt;sub&gt;C&lt;/sub&gt; = c&lt;sub&gt;Q&lt;/sub&gt; W&lt;sub&gt;UQ&lt;/sub&gt;（查询潜在向量的上投影）</translation>
    </message>
    <message>
        <source>q&lt;sub&gt;C&lt;/sub&gt; = X W&lt;sub&gt;Q&lt;/sub&gt;</source>
        <translation>q&lt;sub&gt;C&lt;/sub&gt; = X W&lt;sub&gt;Q&lt;/sub&gt;</translation>
    </message>
    <message>
        <source>Query projection Q</source>
        <translation>查询投影 Q</translation>
    </message>
    <message>
        <source>Each token&apos;s query, what it looks for: one head of d_k = %1.</source>
        <translation>每个词元的查询，即它要寻找什么：一个 d_k = %1 的头。</translation>
    </message>
    <message>
        <source>Each token&apos;s queries, what it looks for: %1</source>
        <translation>每个词元的查询，即它要寻找什么：%1</translation>
    </message>
    <message>
        <source>Q = X W&lt;sub&gt;Q&lt;/sub&gt;</source>
        <translation>Q = X W&lt;sub&gt;Q&lt;/sub&gt;</translation>
    </message>
    <message>
        <source>Key projection K</source>
        <translation>键投影 K</translation>
    </message>
    <message>
        <source>Value projection V</source>
        <translation>值投影 V</translation>
    </message>
    <message>
        <source>Each token&apos;s key, what it offers to be matched against:</source>
        <translation>每个词元的键，即它提供给查询来匹配的内容：</translation>
    </message>
    <message>
        <source>Each token&apos;s value, what it passes on when attended to:</source>
        <translation>每个词元的值，即它被关注时传递出去的内容：</translation>
    </message>
    <message>
        <source>%1 one head of width %2.</source>
        <translation>%1一个宽度为 %2 的头。</translation>
    </message>
    <message>
        <source>%1 a single head of d_h = %2 shared by all %3 query heads (multi-query attention, Shazeer 2019), so the KV cache is %3 times smaller than multi-head attention&apos;s.</source>
        <translation>%1单个 d_h = %2 的头，由全部 %3 个查询头共享（多查询注意力，Shazeer 2019），因此 KV 缓存只有多头注意力的 1/%3。</translation>
    </message>
    <message>
        <source>%1 %2 KV heads of d_h = %3, each shared by a group of %4 query heads (grouped-query attention, Ainslie et al. 2023), so the KV cache is %4 times smaller than multi-head attention&apos;s.</source>
        <translation>%1%2 个 d_h = %3 的 KV 头，每个由一组 %4 个查询头共享（分组查询注意力，Ainslie 等 2023），因此 KV 缓存只有多头注意力的 1/%4。</translation>
    </message>
    <message>
        <source>%1 one head per query head (multi-head attention, Vaswani et al. 2017), %2</source>
        <translation>%1每个查询头一个头（多头注意力，Vaswani 等 2017），%2</translation>
    </message>
    <message>
        <source>K = %1 W&lt;sub&gt;K&lt;/sub&gt;</source>
        <translation>K = %1 W&lt;sub&gt;K&lt;/sub&gt;</translation>
    </message>
    <message>
        <source>V = %1 W&lt;sub&gt;V&lt;/sub&gt;</source>
        <translation>V = %1 W&lt;sub&gt;V&lt;/sub&gt;</translation>
    </message>
    <message>
        <source>RoPE turns each pair (j, j + d/2) of position t by t·θ&lt;sub&gt;j&lt;/sub&gt;, θ&lt;sub&gt;j&lt;/sub&gt; = %1&lt;sup&gt;−2j/d&lt;/sup&gt;, d = %2 (half layout)</source>
        <translation>RoPE 将位置 t 的每一对 (j, j + d/2) 旋转角度 t·θ&lt;sub&gt;j&lt;/sub&gt;，其中 θ&lt;sub&gt;j&lt;/sub&gt; = %1&lt;sup&gt;−2j/d&lt;/sup&gt;, d = %2（前后对半布局）</translation>
    </message>
    <message>
        <source>RoPE turns each pair (2j, 2j+1) of position t by t·θ&lt;sub&gt;j&lt;/sub&gt;, θ&lt;sub&gt;j&lt;/sub&gt; = %1&lt;sup&gt;−2j/d&lt;/sup&gt;, d = %2 (interleaved layout)</source>
        <translation>RoPE 将位置 t 的每一对 (2j, 2j+1) 旋转角度 t·θ&lt;sub&gt;j&lt;/sub&gt;，其中 θ&lt;sub&gt;j&lt;/sub&gt; = %1&lt;sup&gt;−2j/d&lt;/sup&gt;, d = %2（交错布局）</translation>
    </message>
    <message>
        <source>RoPE turns each pair of coordinates of position t by t·θ&lt;sub&gt;j&lt;/sub&gt;, θ&lt;sub&gt;j&lt;/sub&gt; = %1&lt;sup&gt;−2j/d&lt;/sup&gt;, d = %2</source>
        <translation>RoPE 将位置 t 的每一对坐标旋转角度 t·θ&lt;sub&gt;j&lt;/sub&gt;，其中 θ&lt;sub&gt;j&lt;/sub&gt; = %1&lt;sup&gt;−2j/d&lt;/sup&gt;, d = %2</translation>
    </message>
    <message>
        <source>Query latent c_Q (down-projection)</source>
        <translation>查询潜在向量 c_Q（下投影）</translation>
    </message>
    <message>
        <source>Queries are compressed too, to d_c′ = %1 numbers per token. This does not shrink the KV cache; DeepSeek-V2 does it to save activation memory in training.</source>
        <translation>查询也被压缩，每个词元压缩为 d_c′ = %1 个数。这并不会缩小 KV 缓存；DeepSeek-V2 这样做是为了节省训练时的激活内存。</translation>
    </message>
    <message>
        <source>c&lt;sub&gt;Q&lt;/sub&gt; = X W&lt;sub&gt;DQ&lt;/sub&gt;</source>
        <translation>c&lt;sub&gt;Q&lt;/sub&gt; = X W&lt;sub&gt;DQ&lt;/sub&gt;</translation>
    </message>
    <message>
        <source>KV latent c_KV (down-projection)</source>
        <translation>KV 潜在向量 c_KV（下投影）</translation>
    </message>
    <message>
        <source>Keys and values are compressed jointly into one latent of d_c = %1 numbers per token. With k_R it is all that MLA caches: d_c + d_h^R = %2 numbers per token and layer, against 2·n_h·d_h = %3 for multi-head attention.</source>
        <translation>键和值被联合压缩为一个潜在向量，每个词元 d_c = %1 个数。它连同 k_R 就是 MLA 缓存的全部内容：每词元每层 d_c + d_h^R = %2 个数，而多头注意力为 2·n_h·d_h = %3。</translation>
    </message>
    <message>
        <source>c&lt;sub&gt;KV&lt;/sub&gt; = X W&lt;sub&gt;DKV&lt;/sub&gt;</source>
        <translation>c&lt;sub&gt;KV&lt;/sub&gt; = X W&lt;sub&gt;DKV&lt;/sub&gt;</translation>
    </message>
    <message>
        <source>Keys k_C from the latent (up-projection)</source>
        <translation>由潜在向量得到键 k_C（上投影）</translation>
    </message>
    <message>
        <source>Naive path: the content keys of all %1 heads are rebuilt from the cached latent, %2 numbers per token.</source>
        <translation>朴素路径：全部 %1 个头的内容键由缓存的潜在向量重建，每个词元 %2 个数。</translation>
    </message>
    <message>
        <source>k&lt;sub&gt;C&lt;/sub&gt; = c&lt;sub&gt;KV&lt;/sub&gt; W&lt;sub&gt;UK&lt;/sub&gt;</source>
        <translation>k&lt;sub&gt;C&lt;/sub&gt; = c&lt;sub&gt;KV&lt;/sub&gt; W&lt;sub&gt;UK&lt;/sub&gt;</translation>
    </message>
    <message>
        <source>Values v_C from the latent (up-projection)</source>
        <translation>由潜在向量得到值 v_C（上投影）</translation>
    </message>
    <message>
        <source>Naive path: the values of all %1 heads are rebuilt from the same latent, %2 numbers per token.</source>
        <translation>朴素路径：全部 %1 个头的值由同一个潜在向量重建，每个词元 %2 个数。</translation>
    </message>
    <message>
        <source>v&lt;sub&gt;C&lt;/sub&gt; = c&lt;sub&gt;KV&lt;/sub&gt; W&lt;sub&gt;UV&lt;/sub&gt;</source>
        <translation>v&lt;sub&gt;C&lt;/sub&gt; = c&lt;sub&gt;KV&lt;/sub&gt; W&lt;sub&gt;UV&lt;/sub&gt;</translation>
    </message>
    <message>
        <source>RoPE queries q_R</source>
        <translation>RoPE 查询 q_R</translation>
    </message>
    <message>
        <source>Position enters through a separate, decoupled part of each query (d_h^R = %1 per head): RoPE on the keys k_C would sit between the query and W_UK and stop W_UK from being absorbed.</source>
        <translation>位置信息通过每个查询中单独的解耦部分引入（每个头 d_h^R = %1）：若对键 k_C 施加 RoPE，它会夹在查询与 W_UK 之间，使 W_UK 无法被吸收。</translation>
    </message>
    <message>
        <source>q&lt;sub&gt;R&lt;/sub&gt; = RoPE(%1 W&lt;sub&gt;QR&lt;/sub&gt;), per head</source>
        <translation>q&lt;sub&gt;R&lt;/sub&gt; = RoPE(%1 W&lt;sub&gt;QR&lt;/sub&gt;)，每个头</translation>
    </message>
    <message>
        <source>Shared RoPE key k_R</source>
        <translation>共享 RoPE 键 k_R</translation>
    </message>
    <message>
        <source>One positional key of d_h^R = %1 numbers per token, shared by all %2 heads and cached next to c_KV.</source>
        <translation>每个词元一个 d_h^R = %1 个数的位置键，由全部 %2 个头共享，并与 c_KV 一同缓存。</translation>
    </message>
    <message>
        <source>k&lt;sub&gt;R&lt;/sub&gt; = RoPE(X W&lt;sub&gt;KR&lt;/sub&gt;)</source>
        <translation>k&lt;sub&gt;R&lt;/sub&gt; = RoPE(X W&lt;sub&gt;KR&lt;/sub&gt;)</translation>
    </message>
    <message>
        <source>Absorbed query of head %1</source>
        <translation>头 %1 的吸收查询</translation>
    </message>
    <message>
        <source>Absorbed path: since q·k_Cᵀ = q·(c_KV W_UK)ᵀ = (q W_UKᵀ)·c_KVᵀ, the key up-projection moves into the query, and the head attends to the cached latent (d_c = %1) directly.</source>
        <translation>吸收路径：由于 q·k_Cᵀ = q·(c_KV W_UK)ᵀ = (q W_UKᵀ)·c_KVᵀ，键的上投影可以移入查询，该头直接对缓存的潜在向量（d_c = %1）计算注意力。</translation>
    </message>
    <message>
        <source>q&lt;sub&gt;lat,%1&lt;/sub&gt; = q&lt;sub&gt;C,%1&lt;/sub&gt; W&lt;sub&gt;UK,%1&lt;/sub&gt;&lt;sup&gt;T&lt;/sup&gt;&lt;br&gt;(W&lt;sub&gt;UK,%1&lt;/sub&gt;: %2 of W&lt;sub&gt;UK&lt;/sub&gt;)</source>
        <translation>q&lt;sub&gt;lat,%1&lt;/sub&gt; = q&lt;sub&gt;C,%1&lt;/sub&gt; W&lt;sub&gt;UK,%1&lt;/sub&gt;&lt;sup&gt;T&lt;/sup&gt;&lt;br&gt;（W&lt;sub&gt;UK,%1&lt;/sub&gt;：W&lt;sub&gt;UK&lt;/sub&gt; 的%2）</translation>
    </message>
    <message>
        <source>Value up-projection of head %1</source>
        <translation>头 %1 的值上投影</translation>
    </message>
    <message>
        <source>Absorbed path: the head&apos;s output returns from the latent to d_h = %1 numbers after the weighted sum. At inference W_UV can be folded into W_O as well.</source>
        <translation>吸收路径：加权求和之后，该头的输出再从潜在空间还原为 d_h = %1 个数。推理时还可以把 W_UV 并入 W_O。</translation>
    </message>
    <message>
        <source>o&lt;sub&gt;%1&lt;/sub&gt; = o&lt;sub&gt;lat,%1&lt;/sub&gt; W&lt;sub&gt;UV,%1&lt;/sub&gt;&lt;br&gt;(W&lt;sub&gt;UV,%1&lt;/sub&gt;: %2 of W&lt;sub&gt;UV&lt;/sub&gt;)</source>
        <translation>o&lt;sub&gt;%1&lt;/sub&gt; = o&lt;sub&gt;lat,%1&lt;/sub&gt; W&lt;sub&gt;UV,%1&lt;/sub&gt;&lt;br&gt;（W&lt;sub&gt;UV,%1&lt;/sub&gt;：W&lt;sub&gt;UV&lt;/sub&gt; 的%2）</translation>
    </message>
    <message>
        <source>Scores of head %1</source>
        <translation>头 %1 的分数</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>分数</translation>
    </message>
    <message>
        <source> The mask comes next.</source>
        <translation>接下来是掩码。</translation>
    </message>
    <message>
        <source>Every query is compared with every key in two parts, content and position (the position part uses the one shared key k_R); the sum is scaled by 1/√(d_h + d_h^R).</source>
        <translation>每个查询与每个键分内容和位置两部分进行比较（位置部分使用唯一的共享键 k_R）；两部分之和按 1/√(d_h + d_h^R) 缩放。</translation>
    </message>
    <message>
        <source>S%1 = (q&lt;sub&gt;lat,%2&lt;/sub&gt; c&lt;sub&gt;KV&lt;/sub&gt;&lt;sup&gt;T&lt;/sup&gt; + q&lt;sub&gt;R,%2&lt;/sub&gt; k&lt;sub&gt;R&lt;/sub&gt;&lt;sup&gt;T&lt;/sup&gt;) / %3</source>
        <translation>S%1 = (q&lt;sub&gt;lat,%2&lt;/sub&gt; c&lt;sub&gt;KV&lt;/sub&gt;&lt;sup&gt;T&lt;/sup&gt; + q&lt;sub&gt;R,%2&lt;/sub&gt; k&lt;sub&gt;R&lt;/sub&gt;&lt;sup&gt;T&lt;/sup&gt;) / %3</translation>
    </message>
    <message>
        <source>S%1 = (q&lt;sub&gt;C,%2&lt;/sub&gt; k&lt;sub&gt;C,%2&lt;/sub&gt;&lt;sup&gt;T&lt;/sup&gt; + q&lt;sub&gt;R,%2&lt;/sub&gt; k&lt;sub&gt;R&lt;/sub&gt;&lt;sup&gt;T&lt;/sup&gt;) / %3</source>
        <translation>S%1 = (q&lt;sub&gt;C,%2&lt;/sub&gt; k&lt;sub&gt;C,%2&lt;/sub&gt;&lt;sup&gt;T&lt;/sup&gt; + q&lt;sub&gt;R,%2&lt;/sub&gt; k&lt;sub&gt;R&lt;/sub&gt;&lt;sup&gt;T&lt;/sup&gt;) / %3</translation>
    </message>
    <message>
        <source>Scores of head %1 (KV head %2)</source>
        <translation>头 %1 的分数（KV 头 %2）</translation>
    </message>
    <message>
        <source>Query head %1 reads KV head ⌊%1 / (n_h / n_kv)⌋ = ⌊%1 / (%2 / %3)⌋ = %4, shared with the other heads of its group. Each query is compared with every key, scaled by 1/√d_h.</source>
        <translation>查询头 %1 读取 KV 头 ⌊%1 / (n_h / n_kv)⌋ = ⌊%1 / (%2 / %3)⌋ = %4，该 KV 头与同组的其他头共享。每个查询与每个键比较，并按 1/√d_h 缩放。</translation>
    </message>
    <message>
        <source>S%1 = Q%1 K&lt;sub&gt;%2&lt;/sub&gt;&lt;sup&gt;T&lt;/sup&gt; / %3</source>
        <translation>S%1 = Q%1 K&lt;sub&gt;%2&lt;/sub&gt;&lt;sup&gt;T&lt;/sup&gt; / %3</translation>
    </message>
    <message>
        <source>Each query is compared with every key by a dot product; dividing by √d_k keeps large products from pushing the softmax into regions of tiny gradients (Vaswani et al. 2017).</source>
        <translation>每个查询与每个键做点积比较；除以 √d_k 可防止过大的点积把 softmax 推入梯度极小的区域（Vaswani 等 2017）。</translation>
    </message>
    <message>
        <source>S = Q K&lt;sup&gt;T&lt;/sup&gt; / √d&lt;sub&gt;k&lt;/sub&gt; = Q K&lt;sup&gt;T&lt;/sup&gt; / %1</source>
        <translation>S = Q K&lt;sup&gt;T&lt;/sup&gt; / √d&lt;sub&gt;k&lt;/sub&gt; = Q K&lt;sup&gt;T&lt;/sup&gt; / %1</translation>
    </message>
    <message>
        <source>Head %1 compares each query with every key through its own projections, scaled by 1/√d_h so that the softmax does not saturate.</source>
        <translation>头 %1 通过自己的投影将每个查询与每个键比较，并按 1/√d_h 缩放，以免 softmax 饱和。</translation>
    </message>
    <message>
        <source>S%1 = Q%1 K%1&lt;sup&gt;T&lt;/sup&gt; / %2</source>
        <translation>S%1 = Q%1 K%1&lt;sup&gt;T&lt;/sup&gt; / %2</translation>
    </message>
    <message>
        <source>Causal mask, head %1</source>
        <translation>因果掩码，头 %1</translation>
    </message>
    <message>
        <source>Causal mask</source>
        <translation>因果掩码</translation>
    </message>
    <message>
        <source>Token i may not attend to the later tokens j &gt; i: they are not known yet when generating. Their scores become −∞, so they get exactly zero weight; the picture shows the mask (1 = kept, 0 = removed).</source>
        <translation>词元 i 不能关注其后的词元 j &gt; i：生成时它们尚不可知。它们的分数被设为 −∞，因此权重恰好为零；图中显示的是掩码（1 = 保留，0 = 移除）。</translation>
    </message>
    <message>
        <source>S&lt;sub&gt;ij&lt;/sub&gt; ← −∞ for j &gt; i</source>
        <translation>S&lt;sub&gt;ij&lt;/sub&gt; ← −∞（j &gt; i）</translation>
    </message>
    <message>
        <source>Attention weights of head %1</source>
        <translation>头 %1 的注意力权重</translation>
    </message>
    <message>
        <source>Attention weights (softmax)</source>
        <translation>注意力权重（softmax）</translation>
    </message>
    <message>
        <source>Each row becomes a probability distribution: how much token i attends to token j. Subtracting the row maximum first changes nothing but avoids overflow.</source>
        <translation>每一行变为一个概率分布：词元 i 对词元 j 的关注程度。先减去行最大值不会改变结果，但能避免溢出。</translation>
    </message>
    <message>
        <source> Masked entries get exactly zero weight.</source>
        <translation>被掩码的位置权重恰好为零。</translation>
    </message>
    <message>
        <source>A%1 = softmax(S%1), row by row:&lt;br&gt;A&lt;sub&gt;ij&lt;/sub&gt; = exp(S&lt;sub&gt;ij&lt;/sub&gt; − m&lt;sub&gt;i&lt;/sub&gt;) / ∑&lt;sub&gt;k&lt;/sub&gt; exp(S&lt;sub&gt;ik&lt;/sub&gt; − m&lt;sub&gt;i&lt;/sub&gt;), m&lt;sub&gt;i&lt;/sub&gt; = max&lt;sub&gt;k&lt;/sub&gt; S&lt;sub&gt;ik&lt;/sub&gt;</source>
        <translation>A%1 = softmax(S%1)，逐行计算：&lt;br&gt;A&lt;sub&gt;ij&lt;/sub&gt; = exp(S&lt;sub&gt;ij&lt;/sub&gt; − m&lt;sub&gt;i&lt;/sub&gt;) / ∑&lt;sub&gt;k&lt;/sub&gt; exp(S&lt;sub&gt;ik&lt;/sub&gt; − m&lt;sub&gt;i&lt;/sub&gt;), m&lt;sub&gt;i&lt;/sub&gt; = max&lt;sub&gt;k&lt;/sub&gt; S&lt;sub&gt;ik&lt;/sub&gt;</translation>
    </message>
    <message>
        <source>Weighted sum of values</source>
        <translation>值的加权和</translation>
    </message>
    <message>
        <source>Each token&apos;s output is the average of the values, weighted by its attention weights.</source>
        <translation>每个词元的输出是值按其注意力权重的加权平均。</translation>
    </message>
    <message>
        <source>O = A V</source>
        <translation>O = A V</translation>
    </message>
    <message>
        <source>Latent output of head %1</source>
        <translation>头 %1 的潜在输出</translation>
    </message>
    <message>
        <source>Absorbed path: the weights average the cached latents c_KV directly (d_c = %1 numbers); the value up-projection comes after.</source>
        <translation>吸收路径：权重直接对缓存的潜在向量 c_KV（d_c = %1 个数）求加权平均；值的上投影在此之后进行。</translation>
    </message>
    <message>
        <source>o&lt;sub&gt;lat,%1&lt;/sub&gt; = A%2 c&lt;sub&gt;KV&lt;/sub&gt;</source>
        <translation>o&lt;sub&gt;lat,%1&lt;/sub&gt; = A%2 c&lt;sub&gt;KV&lt;/sub&gt;</translation>
    </message>
    <message>
        <source>Output of head %1</source>
        <translation>头 %1 的输出</translation>
    </message>
    <message>
        <source>Each token&apos;s output for this head is the average of the head&apos;s values v_C, weighted by its attention weights.</source>
        <translation>每个词元在该头上的输出，是该头的值 v_C 按其注意力权重的加权平均。</translation>
    </message>
    <message>
        <source>o&lt;sub&gt;%1&lt;/sub&gt; = A%2 v&lt;sub&gt;C,%1&lt;/sub&gt;</source>
        <translation>o&lt;sub&gt;%1&lt;/sub&gt; = A%2 v&lt;sub&gt;C,%1&lt;/sub&gt;</translation>
    </message>
    <message>
        <source>Each token&apos;s output for this head is the average of the head&apos;s values, weighted by its attention weights.</source>
        <translation>每个词元在该头上的输出，是该头的值按其注意力权重的加权平均。</translation>
    </message>
    <message>
        <source>Each token&apos;s output for this head is the average of the values of KV head %1, weighted by its attention weights.</source>
        <translation>每个词元在该头上的输出，是 KV 头 %1 的值按其注意力权重的加权平均。</translation>
    </message>
    <message>
        <source>O%1 = A%1 V&lt;sub&gt;%2&lt;/sub&gt;</source>
        <translation>O%1 = A%1 V&lt;sub&gt;%2&lt;/sub&gt;</translation>
    </message>
    <message>
        <source>Concat(%1&lt;sub&gt;0&lt;/sub&gt;, …, %1&lt;sub&gt;%2&lt;/sub&gt;)</source>
        <translation>Concat(%1&lt;sub&gt;0&lt;/sub&gt;, …, %1&lt;sub&gt;%2&lt;/sub&gt;)</translation>
    </message>
    <message>
        <source>Concatenate the heads</source>
        <translation>拼接各头</translation>
    </message>
    <message>
        <source>The %1 head outputs of d_h = %2 numbers are laid side by side, head h in columns [h·d_h, (h+1)·d_h).</source>
        <translation>%1 个头的输出（每个 d_h = %2 个数）并排拼接，头 h 占据列 [h·d_h, (h+1)·d_h)。</translation>
    </message>
    <message>
        <source>O = %1</source>
        <translation>O = %1</translation>
    </message>
    <message>
        <source>Output projection</source>
        <translation>输出投影</translation>
    </message>
    <message>
        <source>W_O mixes the heads&apos; results back into d_model = %1 numbers per token: the layer&apos;s output.</source>
        <translation>W_O 将各头的结果混合回每个词元 d_model = %1 个数，即该层的输出。</translation>
    </message>
    <message>
        <source>output = %1 W&lt;sub&gt;O&lt;/sub&gt;</source>
        <translation>output = %1 W&lt;sub&gt;O&lt;/sub&gt;</translation>
    </message>
    <message>
        <source>fills row %1 of %2</source>
        <translation>填充第 %1 行（共 %2 行）</translation>
    </message>
    <message>
        <source>reads s&lt;sub&gt;%1&lt;/sub&gt;</source>
        <translation>读取 s&lt;sub&gt;%1&lt;/sub&gt;</translation>
    </message>
    <message>
        <source>reads y&lt;sub&gt;%1&lt;/sub&gt;</source>
        <translation>读取 y&lt;sub&gt;%1&lt;/sub&gt;</translation>
    </message>
    <message>
        <source>reads c&lt;sub&gt;%1&lt;/sub&gt;</source>
        <translation>读取 c&lt;sub&gt;%1&lt;/sub&gt;</translation>
    </message>
    <message>
        <source>reads row %1</source>
        <translation>读取第 %1 行</translation>
    </message>
    <message>
        <source>head %1: [%2 × %3]</source>
        <translation>头 %1：[%2 × %3]</translation>
    </message>
    <message>
        <source>head %1: %2</source>
        <translation>头 %1：%2</translation>
    </message>
    <message>
        <source>KV head %1: %2</source>
        <translation>KV 头 %1：%2</translation>
    </message>
    <message>
        <source>shared by all heads</source>
        <translation>由所有头共享</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>, %1</source>
        <translation>，%1</translation>
    </message>
    <message>
        <source>%1 weights: %2</source>
        <translation>%1 权重：%2</translation>
    </message>
    <message>
        <source>Output:</source>
        <translation>输出：</translation>
    </message>
    <message>
        <source>Inputs:</source>
        <translation>输入：</translation>
    </message>
</context>
<context>
    <name>attnscope::widgets::StepPlayer</name>
    <message>
        <source>First step</source>
        <translation>第一步</translation>
    </message>
    <message>
        <source>First step (%1)</source>
        <translation>第一步（%1）</translation>
    </message>
    <message>
        <source>Step back</source>
        <translation>后退一步</translation>
    </message>
    <message>
        <source>Step back (%1)</source>
        <translation>后退一步（%1）</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <source>Step forward</source>
        <translation>前进一步</translation>
    </message>
    <message>
        <source>Step forward (%1)</source>
        <translation>前进一步（%1）</translation>
    </message>
    <message>
        <source>Last step</source>
        <translation>最后一步</translation>
    </message>
    <message>
        <source>Last step (%1)</source>
        <translation>最后一步（%1）</translation>
    </message>
    <message>
        <source>Scrub through all steps of the computation</source>
        <translation>拖动浏览计算的所有步骤</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>&amp;Speed:</source>
        <translation>速度(&amp;S)：</translation>
    </message>
    <message>
        <source>%1× (%2 steps/s)</source>
        <translation>%1×（%2 步/秒）</translation>
    </message>
    <message>
        <source>Playback speed: 1× plays %1 steps per second</source>
        <translation>播放速度：1× 为每秒 %1 步</translation>
    </message>
    <message>
        <source>The step shown and what it computes</source>
        <translation>当前显示的步骤及其计算内容</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Pause (%1)</source>
        <translation>暂停（%1）</translation>
    </message>
    <message>
        <source>Play the steps one after another (%1)</source>
        <translation>依次播放各个步骤（%1）</translation>
    </message>
    <message>
        <source>No steps yet.</source>
        <translation>尚无步骤。</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>步骤 %1 / %2：%3</translation>
    </message>
    <message>
        <source>&amp;Each head</source>
        <translation>逐个头(&amp;E)</translation>
    </message>
    <message>
        <source>Play the steps that repeat for every head one head at a time, instead of all heads side by side</source>
        <translation>对每个头重复的步骤逐个头播放，而不是将所有头并排显示</translation>
    </message>
    <message>
        <source>%1, all %2 heads side by side</source>
        <translation>%1，全部 %2 个头并排</translation>
    </message>
</context>
<context>
    <name>attnscope::widgets::StepView</name>
    <message>
        <source>Dimension</source>
        <translation>维度</translation>
    </message>
    <message>
        <source>Target word yᵢ</source>
        <translation>目标词 yᵢ</translation>
    </message>
    <message>
        <source>Source word xⱼ</source>
        <translation>源词 xⱼ</translation>
    </message>
    <message>
        <source>Previous target word yᵢ₋₁</source>
        <translation>前一个目标词 yᵢ₋₁</translation>
    </message>
    <message>
        <source>Previous decoder state sᵢ₋₁</source>
        <translation>前一个解码器状态 sᵢ₋₁</translation>
    </message>
    <message>
        <source>Decoder state sᵢ</source>
        <translation>解码器状态 sᵢ</translation>
    </message>
    <message>
        <source>Context vector cᵢ</source>
        <translation>上下文向量 cᵢ</translation>
    </message>
    <message>
        <source>Query token i</source>
        <translation>查询词元 i</translation>
    </message>
    <message>
        <source>Source token j</source>
        <translation>源词元 j</translation>
    </message>
    <message>
        <source>Key token j</source>
        <translation>键词元 j</translation>
    </message>
    <message>
        <source>Source token</source>
        <translation>源词元</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>词元</translation>
    </message>
    <message>
        <source>Latent dimension</source>
        <translation>潜在维度</translation>
    </message>
    <message>
        <source>The tensor this step produces; hover a cell for its value.</source>
        <translation>此步骤产生的张量；将鼠标悬停在单元格上可查看其数值。</translation>
    </message>
    <message>
        <source>What this step computes, its formula and the shapes involved.</source>
        <translation>此步骤计算的内容、公式及所涉及的形状。</translation>
    </message>
    <message>
        <source>Nothing computed yet: choose a mechanism and its sizes.</source>
        <translation>尚未计算：请选择机制及其尺寸。</translation>
    </message>
    <message>
        <source>, head %1 of %2</source>
        <translation>，头 %1 / %2</translation>
    </message>
    <message>
        <source>, rows 1–%1 of %2 computed</source>
        <translation>，已计算第 1–%1 行（共 %2 行）</translation>
    </message>
    <message>
        <source>Kept (1) / removed (0)</source>
        <translation>保留 (1) / 移除 (0)</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>%1 %2%3</source>
        <translation>%1 %2%3</translation>
    </message>
    <message>
        <source>%1, all %2 heads side by side</source>
        <translation>%1，全部 %2 个头并排</translation>
    </message>
    <message>
        <source>, heads 0–%1 side by side</source>
        <translation>，头 0–%1 并排</translation>
    </message>
    <message>
        <source>h%1: %2</source>
        <translation>h%1：%2</translation>
    </message>
</context>
<context>
    <name>attnscope::widgets::TimingsModel</name>
    <message>
        <source>No shape to time yet.</source>
        <translation>尚无可计时的形状。</translation>
    </message>
    <message>
        <source>Fix the parameters first: %1</source>
        <translation>请先修正参数：%1</translation>
    </message>
    <message>
        <source>Bahdanau attention keeps no KV cache: its decoder reads the encoder&apos;s annotations, which do not grow with the output, so there is no decode to time. Choose SDPA, MHA, GQA, MQA or MLA, or a model preset.</source>
        <translation>Bahdanau 注意力不保留 KV 缓存：其解码器读取编码器的注释，而注释不会随输出增长，因此没有可计时的解码。请选择 SDPA、MHA、GQA、MQA 或 MLA，或某个模型预设。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 keeps no KV cache to time.</source>
        <translation>%1 没有可计时的 KV 缓存。</translation>
    </message>
    <message>
        <source>Live is off: the live rows were measured before the last change.</source>
        <translation>实时已关闭：实时行是在最近一次更改之前测得的。</translation>
    </message>
    <message>
        <source>%1 at %2 tokens not run: %3</source>
        <translation>%1 在 %2 个词元下未运行：%3</translation>
    </message>
    <message>
        <source>%1 at %2 and %3 more context lengths not run: %4</source>
        <translation>%1 在 %2 及另外 %3 个上下文长度下未运行：%4</translation>
    </message>
    <message>
        <source>%1 does not store %2 caches; nothing is timed there.</source>
        <translation>%1 不支持存储 %2 缓存；不在该后端上计时。</translation>
    </message>
    <message>
        <source>Nothing to measure.</source>
        <translation>没有可测量的内容。</translation>
    </message>
    <message>
        <source>Timing the current shape…</source>
        <translation>正在为当前形状计时…</translation>
    </message>
    <message>
        <source>Sweeping the context length…</source>
        <translation>正在扫描上下文长度…</translation>
    </message>
    <message>
        <source>Measuring the memory bandwidth and matrix-product rate of %1…</source>
        <translation>正在测量 %1 的内存带宽和矩阵乘法速率…</translation>
    </message>
    <message>
        <source>%1: not enough memory for the bandwidth probe; nothing is timed there.</source>
        <translation>%1：内存不足，无法进行带宽探测；不在该后端上计时。</translation>
    </message>
    <message>
        <source>%1: the bandwidth probe failed (%2); nothing is timed there.</source>
        <translation>%1：带宽探测失败（%2）；不在该后端上计时。</translation>
    </message>
    <message>
        <source>%1 at %2 tokens on %3</source>
        <translation>%1，%2 个词元，在 %3 上</translation>
    </message>
    <message>
        <source>%1: not enough memory.</source>
        <translation>%1：内存不足。</translation>
    </message>
    <message>
        <source>%1: failed for an unknown reason.</source>
        <translation>%1：因未知原因失败。</translation>
    </message>
    <message>
        <source>Live timings are up to date.</source>
        <translation>实时计时已是最新。</translation>
    </message>
    <message>
        <source>Live timings cancelled.</source>
        <translation>实时计时已取消。</translation>
    </message>
    <message>
        <source>Nothing could be measured.</source>
        <translation>未能测量任何内容。</translation>
    </message>
    <message>
        <source>Sweep finished: %1 of %2 points.</source>
        <translation>扫描完成：%1 / %2 个点。</translation>
    </message>
    <message>
        <source>Sweep cancelled after %1 of %2 points.</source>
        <translation>扫描在完成 %1 / %2 个点后被取消。</translation>
    </message>
    <message>
        <source>The sweep measured nothing.</source>
        <translation>扫描未测得任何结果。</translation>
    </message>
    <message>
        <source>MLA absorbed</source>
        <translation>MLA 吸收</translation>
    </message>
    <message>
        <source>MLA naive</source>
        <translation>MLA 朴素</translation>
    </message>
    <message>
        <source>%1 prefill</source>
        <translation>%1 预填充</translation>
    </message>
    <message>
        <source>%1 decode</source>
        <translation>%1 解码</translation>
    </message>
</context>
<context>
    <name>attnscope::widgets::TimingsView</name>
    <message>
        <source>SDPA, timed as one head of width %1</source>
        <translation>SDPA，按一个宽度为 %1 的头计时</translation>
    </message>
    <message>
        <source>MLA, %1 heads × d_h %2, latent d_c %3, RoPE d_h^R %4</source>
        <translation>MLA，%1 个头 × d_h %2，潜在维度 d_c %3，RoPE d_h^R %4</translation>
    </message>
    <message>
        <source>MQA, %1 heads × d_h %2, one KV head</source>
        <translation>MQA，%1 个头 × d_h %2，一个 KV 头</translation>
    </message>
    <message>
        <source>%1, %2 heads × d_h %3, %4 KV heads</source>
        <translation>%1，%2 个头 × d_h %3，%4 个 KV 头</translation>
    </message>
    <message>
        <source>The attention shape that is timed: one layer, batch 1</source>
        <translation>被计时的注意力形状：一层，批大小 1</translation>
    </message>
    <message>
        <source>Current parameters</source>
        <translation>当前参数</translation>
    </message>
    <message>
        <source>Time the shape of the parameters on the left, or one layer of a model preset (also chosen from the Model menu)</source>
        <translation>对左侧参数的形状计时，或对某个模型预设的一层计时（也可从“模型”菜单中选择）</translation>
    </message>
    <message>
        <source>Shap&amp;e:</source>
        <translation>形状(&amp;E)：</translation>
    </message>
    <message>
        <source>Tokens in the KV cache that decode reads for one new token. Prefill is timed on a prompt of at most %1 tokens, since a longer one takes seconds per repetition.</source>
        <translation>解码生成一个新词元时所读取的 KV 缓存中的词元数。预填充在最多 %1 个词元的提示上计时，因为更长的提示每次重复都要数秒。</translation>
    </message>
    <message>
        <source>Conte&amp;xt:</source>
        <translation>上下文(&amp;X)：</translation>
    </message>
    <message>
        <source>Storage type of the cached keys and values. The arithmetic is fp32 in every case; 16-bit elements halve the bytes that decode reads.</source>
        <translation>缓存的键和值的存储类型。运算始终使用 fp32；16 位元素可使解码读取的字节数减半。</translation>
    </message>
    <message>
        <source>Cache t&amp;ype:</source>
        <translation>缓存类型(&amp;Y)：</translation>
    </message>
    <message>
        <source>Th&amp;reads:</source>
        <translation>线程数(&amp;R)：</translation>
    </message>
    <message>
        <source>L&amp;ive</source>
        <translation>实时(&amp;I)</translation>
    </message>
    <message>
        <source>Time decode and prefill of the shape on every available backend again whenever it or a setting changes (after a short pause), while this panel is visible</source>
        <translation>在此面板可见时，每当形状或某项设置发生变化，就（在短暂停顿后）在每个可用后端上重新对该形状的解码和预填充计时</translation>
    </message>
    <message>
        <source>Longest context of the sweep, which times decode at %1, 1K, 2K, … tokens for MHA, GQA, MQA and MLA (both paths) with the shape&apos;s heads and head width. Points whose buffers would need more than half of this machine&apos;s memory are skipped and listed.</source>
        <translation>扫描的最长上下文。扫描按该形状的头数和头宽度，对 MHA、GQA、MQA 和 MLA（两种路径）在 %1、1K、2K、… 个词元下的解码计时。缓冲区需要超过本机一半内存的点会被跳过并列出。</translation>
    </message>
    <message>
        <source>Sweep &amp;up to:</source>
        <translation>扫描上限(&amp;U)：</translation>
    </message>
    <message>
        <source>Swee&amp;p</source>
        <translation>扫描(&amp;P)</translation>
    </message>
    <message>
        <source>Time decode against the context length for MHA, GQA, MQA, MLA absorbed and MLA naive on every available backend, and draw it below</source>
        <translation>在每个可用后端上测量 MHA、GQA、MQA、MLA 吸收路径和 MLA 朴素路径的解码时间随上下文长度的变化，并绘制在下方</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>取消(&amp;N)</translation>
    </message>
    <message>
        <source>Stop the running measurement after its current repetition; what was measured stays</source>
        <translation>在当前这次重复结束后停止正在进行的测量；已测得的结果会保留</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v / %m</translation>
    </message>
    <message>
        <source>Measurements done of those the running job makes</source>
        <translation>当前任务中已完成的测量数</translation>
    </message>
    <message>
        <source>What the measuring thread does</source>
        <translation>测量线程正在做什么</translation>
    </message>
    <message>
        <source>Where attention can run here. The bandwidth (a streaming read of 256 MiB) and the fp32 matrix-product rate of each are measured before its first timing; they set the roofline.</source>
        <translation>本机上可以运行注意力的位置。每个后端在首次计时前都会测量其带宽（流式读取 256 MiB）和 fp32 矩阵乘法速率；二者决定屋顶线。</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>Backend</source>
        <translation>后端</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>词元数</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>中位数</translation>
    </message>
    <message>
        <source>GB/s</source>
        <translation>GB/s</translation>
    </message>
    <message>
        <source>% BW</source>
        <translation>% 带宽</translation>
    </message>
    <message>
        <source>GFLOP/s</source>
        <translation>GFLOP/s</translation>
    </message>
    <message>
        <source>Roofline</source>
        <translation>屋顶线</translation>
    </message>
    <message>
        <source>Live: the current shape; sweep: the context sweep</source>
        <translation>实时：当前形状；扫描：上下文扫描</translation>
    </message>
    <message>
        <source>Where it ran</source>
        <translation>运行所在的后端</translation>
    </message>
    <message>
        <source>What was timed (MLA decode in the absorbed or the naive order)</source>
        <translation>被计时的内容（MLA 解码按吸收或朴素顺序）</translation>
    </message>
    <message>
        <source>The cache length (decode) or the prompt length (prefill)</source>
        <translation>缓存长度（解码）或提示长度（预填充）</translation>
    </message>
    <message>
        <source>Median time of one call over the repetitions (the tooltip gives the spread)</source>
        <translation>多次重复中单次调用时间的中位数（提示框给出离散程度）</translation>
    </message>
    <message>
        <source>Bytes the operation must move (the cache, queries, outputs, MLA&apos;s weights) ÷ median time</source>
        <translation>操作必须搬运的字节数（缓存、查询、输出、MLA 的权重）÷ 中位时间</translation>
    </message>
    <message>
        <source>Share of the measured bandwidth achieved: decode&apos;s figure of merit, near 100% when it streams the cache at the machine&apos;s rate (above 100% when the cache fits in the processor&apos;s caches)</source>
        <translation>达到的带宽占实测带宽的比例：这是解码的品质因数，以机器的速率流式读取缓存时接近 100%（缓存能放入处理器的各级缓存时会超过 100%）</translation>
    </message>
    <message>
        <source>Floating-point operations per second (2 per multiply-add)</source>
        <translation>每秒浮点运算次数（每次乘加计为 2 次）</translation>
    </message>
    <message>
        <source>The time the operation cannot beat: max(bytes ÷ bandwidth, FLOPs ÷ matrix-product rate)</source>
        <translation>该操作无法突破的时间下限：max(字节数 ÷ 带宽, FLOPs ÷ 矩阵乘法速率)</translation>
    </message>
    <message>
        <source>Every measurement shown: live ones first, then the sweep&apos;s</source>
        <translation>显示的全部测量：先是实时测量，然后是扫描测量</translation>
    </message>
    <message>
        <source>Median decode time against the context length, both on logarithmic axes; dotted: the roofline bound of each line</source>
        <translation>解码时间中位数随上下文长度的变化，两轴均为对数坐标；点线：每条曲线的屋顶线下限</translation>
    </message>
    <message>
        <source>Decode reads the whole KV cache once per new token, so its time grows linearly with the context. GQA, MQA and MLA absorbed cache fewer bytes per token and read less; MLA naive reads decompressed keys and values, as much as MHA or more. Dotted: the roofline (bytes ÷ measured bandwidth).</source>
        <translation>每生成一个新词元，解码都要完整读取一遍 KV 缓存，因此其时间随上下文长度线性增长。GQA、MQA 和 MLA 吸收路径每词元缓存的字节更少，读取量也更少；MLA 朴素路径读取解压缩后的键和值，与 MHA 相当甚至更多。点线：屋顶线（字节数 ÷ 实测带宽）。</translation>
    </message>
    <message>
        <source>Context length (tokens; K = 1024)</source>
        <translation>上下文长度（词元；K = 1024）</translation>
    </message>
    <message>
        <source>Median decode time</source>
        <translation>解码时间中位数</translation>
    </message>
    <message>
        <source>%1, one layer</source>
        <translation>%1，一层</translation>
    </message>
    <message>
        <source>unavailable, %1</source>
        <translation>不可用，%1</translation>
    </message>
    <message>
        <source>measured %1 GB/s read, %2 GFLOP/s fp32 matrix product</source>
        <translation>实测读取 %1 GB/s，fp32 矩阵乘法 %2 GFLOP/s</translation>
    </message>
    <message>
        <source>bandwidth not measured yet (before the first timing)</source>
        <translation>尚未测量带宽（在首次计时之前）</translation>
    </message>
    <message>
        <source>%1: unavailable, %2</source>
        <translation>%1：不可用，%2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>(measured %1 GB/s read, %2 GFLOP/s fp32 matrix product)</source>
        <translation>（实测读取 %1 GB/s，fp32 矩阵乘法 %2 GFLOP/s）</translation>
    </message>
    <message>
        <source>one layer of %1</source>
        <translation>%1 的一层</translation>
    </message>
    <message>
        <source>current parameters</source>
        <translation>当前参数</translation>
    </message>
    <message>
        <source>Timed: %1 (%2), batch 1.</source>
        <translation>已计时：%1（%2），批大小 1。</translation>
    </message>
    <message>
        <source>%1 repetitions: min %2, max %3, median absolute deviation %4</source>
        <translation>%1 次重复：最小 %2，最大 %3，中位数绝对偏差 %4</translation>
    </message>
    <message>
        <source>%1 cache, %2 bytes moved, %3 floating-point operations</source>
        <translation>%1 缓存，搬运 %2 字节，%3 次浮点运算</translation>
    </message>
    <message>
        <source>live</source>
        <translation>实时</translation>
    </message>
    <message>
        <source>sweep</source>
        <translation>扫描</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>%1 roofline</source>
        <translation>%1 屋顶线</translation>
    </message>
    <message>
        <source>No sweep yet: Sweep times decode at %1 to %2 tokens.</source>
        <translation>尚未扫描：“扫描”将在 %1 到 %2 个词元下对解码计时。</translation>
    </message>
    <message>
        <source>Decode, %1 heads × d_h %2, %3 cache, batch 1, on %4</source>
        <translation>解码，%1 个头 × d_h %2，%3 缓存，批大小 1，在 %4 上</translation>
    </message>
    <message>
        <source>imported model</source>
        <translation>导入的模型</translation>
    </message>
    <message>
        <source>%1 in cache</source>
        <translation>%1（缓存内）</translation>
    </message>
    <message>
        <source>%1 compute-bound</source>
        <translation>%1（计算受限）</translation>
    </message>
    <message>
        <source>CPU threads the measurements use. The default, all %1 cores as in `attnscope bench`, measures the machine&apos;s full rate; the window may stutter meanwhile, and fewer threads leave it a core. A change measures the bandwidth again.</source>
        <translation>测量使用的 CPU 线程数。默认与 `attnscope bench` 相同，使用全部 %1 个核心，测得机器的完整速率；其间窗口可能卡顿，减少线程可为窗口留出一个核心。更改后会重新测量带宽。</translation>
    </message>
    <message>
        <source>%1 of the measured bandwidth: above 100%, the working set fits in a CPU cache, which serves it faster than memory streams</source>
        <translation>达到实测带宽的 %1：超过 100% 时，工作集能放入 CPU 缓存，缓存提供数据的速度比内存流式读取更快</translation>
    </message>
    <message>
        <source>Compute-bound: its floating-point operations at the measured matrix-product rate take longer than moving its bytes, so the bandwidth is not its limit</source>
        <translation>计算受限：按实测矩阵乘法速率，其浮点运算耗时比搬运其字节更长，因此带宽不是其瓶颈</translation>
    </message>
    <message>
        <source>Memory-bound: moving its bytes at the measured bandwidth takes longer than its floating-point operations</source>
        <translation>内存受限：按实测带宽，搬运其字节比其浮点运算耗时更长</translation>
    </message>
</context>
<context>
    <name>attnscope::widgets::TradeoffPage</name>
    <message>
        <source>held-out loss</source>
        <translation>留出集损失</translation>
    </message>
    <message>
        <source>copying accuracy</source>
        <translation>复制准确率</translation>
    </message>
    <message>
        <source>agreement accuracy</source>
        <translation>主谓一致准确率</translation>
    </message>
    <message>
        <source>structured accuracy</source>
        <translation>结构化文本准确率</translation>
    </message>
    <message>
        <source>Quality (&amp;y):</source>
        <translation>质量（y）(&amp;Y)：</translation>
    </message>
    <message>
        <source>Held-out loss</source>
        <translation>留出集损失</translation>
    </message>
    <message>
        <source>Copying accuracy</source>
        <translation>复制准确率</translation>
    </message>
    <message>
        <source>Agreement accuracy</source>
        <translation>主谓一致准确率</translation>
    </message>
    <message>
        <source>Structured accuracy</source>
        <translation>结构化文本准确率</translation>
    </message>
    <message>
        <source>The measured quality on the vertical axis</source>
        <translation>纵轴上显示的实测质量</translation>
    </message>
    <message>
        <source>Cache (&amp;x):</source>
        <translation>缓存（x）(&amp;X)：</translation>
    </message>
    <message>
        <source>Elements per token and layer</source>
        <translation>每词元每层的元素数</translation>
    </message>
    <message>
        <source>Bytes per token, all layers (16-bit)</source>
        <translation>每词元字节数，全部层（16 位）</translation>
    </message>
    <message>
        <source>What the horizontal axis counts of the KV cache</source>
        <translation>横轴统计的 KV 缓存量</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Held-out loss, nats per token (lower is better)</source>
        <translation>留出集损失，每词元 nat（越低越好）</translation>
    </message>
    <message>
        <source>Copying accuracy (higher is better)</source>
        <translation>复制准确率（越高越好）</translation>
    </message>
    <message>
        <source>Agreement accuracy (higher is better)</source>
        <translation>主谓一致准确率（越高越好）</translation>
    </message>
    <message>
        <source>Structured accuracy (higher is better)</source>
        <translation>结构化文本准确率（越高越好）</translation>
    </message>
    <message>
        <source>KV cache per token and layer (elements)</source>
        <translation>每词元每层的 KV 缓存（元素数）</translation>
    </message>
    <message>
        <source>KV cache per token, all %1 layers (bytes at 16 bits)</source>
        <translation>每词元的 KV 缓存，全部 %1 层（16 位下的字节数）</translation>
    </message>
    <message>
        <source>Smallest cache: %1 (%2 elements per token and layer), %3 %4.</source>
        <translation>最小缓存：%1（每词元每层 %2 个元素），%3 %4。</translation>
    </message>
    <message>
        <source>Largest cache: %1 (%2 elements), %3 %4.</source>
        <translation>最大缓存：%1（%2 个元素），%3 %4。</translation>
    </message>
    <message>
        <source>All of them reach %1 %2.</source>
        <translation>全部达到%1 %2。</translation>
    </message>
    <message>
        <source>Lowest %1: %2 (%3 elements), %4.</source>
        <translation>%1最低：%2（%3 个元素），%4。</translation>
    </message>
    <message>
        <source>Highest %1: %2 (%3 elements), %4.</source>
        <translation>%1最高：%2（%3 个元素），%4。</translation>
    </message>
    <message>
        <source>%1 caches %2 times less than %3 and does better on this measure.</source>
        <translation>%1 的缓存只有 %3 的 1/%2，在这一指标上却更好。</translation>
    </message>
    <message>
        <source>These are %1-layer models of about %2 parameters, each trained %3 steps on generated text: the trade-off measured in miniature, not a forecast for large models.</source>
        <translation>这些是约 %2 参数的 %1 层模型，各自在生成的文本上训练了 %3 步：这是在小规模上测得的权衡，不能据此预测大模型。</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>one sentence after another</comment>
        <translation>%1%2</translation>
    </message>
</context>
<context>
    <name>attnscope::widgets::TradeoffTableModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1（%2，%3）</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>参数量</translation>
    </message>
    <message>
        <source>KV elements per
token and layer</source>
        <translation>每词元每层
KV 元素数</translation>
    </message>
    <message>
        <source>KV bytes per
token (16-bit)</source>
        <translation>每词元 KV
字节数（16 位）</translation>
    </message>
    <message>
        <source>Held-out
loss</source>
        <translation>留出集
损失</translation>
    </message>
    <message>
        <source>Agreement
(with attractor)</source>
        <translation>主谓一致
（含干扰名词）</translation>
    </message>
    <message>
        <source>Copying</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Structured
(brackets, counting)</source>
        <translation>结构化
（括号，计数）</translation>
    </message>
    <message>
        <source>Heads found
(layer, head, score)</source>
        <translation>发现的头
（层，头，得分）</translation>
    </message>
    <message>
        <source>Cached numbers per token in one layer: 2 × KV heads × head size, or for MLA the latent rank plus the RoPE key size</source>
        <translation>每个词元在一层中缓存的数值个数：2 × KV 头数 × 头宽度；MLA 为潜在秩加 RoPE 键宽度</translation>
    </message>
    <message>
        <source>Cached bytes per token in all layers at 2 bytes per element (16-bit)</source>
        <translation>每个词元在全部层中缓存的字节数，每个元素 2 字节（16 位）</translation>
    </message>
    <message>
        <source>Mean cross-entropy per token on held-out text, in nats; lower is better</source>
        <translation>留出文本上每个词元的平均交叉熵（单位 nat）；越低越好</translation>
    </message>
    <message>
        <source>Share of new sentences whose verb agrees with its subject across a clause or phrase; in brackets, only the sentences whose nearest noun has the other number</source>
        <translation>跨越从句或短语后动词仍与主语一致的新句子所占比例；括号内只计最近的名词与主语单复数相反的句子</translation>
    </message>
    <message>
        <source>Next-token accuracy in the second copy of a repeated span of words</source>
        <translation>在重复词序列的第二份中预测下一个词元的准确率</translation>
    </message>
    <message>
        <source>Brackets and counting pooled; in brackets, how often the right closing bracket is the most probable one, and the next-token accuracy when counting on from the third number</source>
        <translation>括号与计数合计；括号内为正确的右括号概率最高的比例，以及从第三个数起继续计数时下一个词元的准确率</translation>
    </message>
    <message>
        <source>Heads whose score passes the threshold (previous-token and sink 0.5, induction and subject 0.3), best first; layers and heads from 0</source>
        <translation>得分达到阈值的头（前一词元与汇聚 0.5，归纳与主语 0.3），按得分从高到低；层和头从 0 开始编号</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
</context>
<context>
    <name>lesson:bahdanau</name>
    <message>
        <source>Bahdanau attention: learning to align</source>
        <translation>Bahdanau 注意力：学习对齐</translation>
    </message>
    <message>
        <source>How an RNN translator learned to look back at the source sentence, one target word at a time.</source>
        <translation>RNN 翻译模型如何学会回看源句子，每次为一个目标词。</translation>
    </message>
    <message>
        <source>One vector is not enough</source>
        <translation>一个向量是不够的</translation>
    </message>
    <message>
        <source>Annotations from a bidirectional GRU</source>
        <translation>由双向 GRU 得到的注释</translation>
    </message>
    <message>
        <source>The encoder runs two gated recurrent units (GRUs) over the source, one from x&lt;sub&gt;1&lt;/sub&gt; to x&lt;sub&gt;6&lt;/sub&gt; and one backwards. Each source word gets an &lt;i&gt;annotation&lt;/i&gt; that joins the two states:

h&lt;sub&gt;j&lt;/sub&gt; = [h&lt;sub&gt;fwd,j&lt;/sub&gt; ; h&lt;sub&gt;bwd,j&lt;/sub&gt;]

The forward state summarises the words up to x&lt;sub&gt;j&lt;/sub&gt;, the backward state the words from x&lt;sub&gt;j&lt;/sub&gt; to the end, so h&lt;sub&gt;j&lt;/sub&gt; describes the whole sentence with a focus on the words around x&lt;sub&gt;j&lt;/sub&gt;. With a GRU width of n = 16, each annotation has 2n = 32 numbers; the heatmap is the 6 &amp;times; 32 matrix of annotations, one row per source word. These rows are what the decoder will attend to.</source>
        <translation>编码器在源句子上运行两个门控循环单元（GRU），一个从 x&lt;sub&gt;1&lt;/sub&gt; 到 x&lt;sub&gt;6&lt;/sub&gt;，另一个反向运行。每个源词得到一个拼接了两个状态的&lt;i&gt;注释&lt;/i&gt;：

h&lt;sub&gt;j&lt;/sub&gt; = [h&lt;sub&gt;fwd,j&lt;/sub&gt; ; h&lt;sub&gt;bwd,j&lt;/sub&gt;]

前向状态概括了直到 x&lt;sub&gt;j&lt;/sub&gt; 为止的词，反向状态概括了从 x&lt;sub&gt;j&lt;/sub&gt; 到句末的词，因此 h&lt;sub&gt;j&lt;/sub&gt; 描述整个句子，并侧重于 x&lt;sub&gt;j&lt;/sub&gt; 附近的词。GRU 宽度为 n = 16 时，每个注释有 2n = 32 个数；热力图就是 6 &amp;times; 32 的注释矩阵，每个源词一行。解码器将要关注的正是这些行。</translation>
    </message>
    <message>
        <source>The alignment model scores the source</source>
        <translation>对齐模型为源句子打分</translation>
    </message>
    <message>
        <source>Before it emits target word y&lt;sub&gt;i&lt;/sub&gt;, the decoder scores every annotation against its previous state s&lt;sub&gt;i−1&lt;/sub&gt; with a small feed-forward network, the &lt;i&gt;alignment model&lt;/i&gt;:

e&lt;sub&gt;ij&lt;/sub&gt; = v&lt;sub&gt;a&lt;/sub&gt;&lt;sup&gt;T&lt;/sup&gt; tanh(W&lt;sub&gt;a&lt;/sub&gt; s&lt;sub&gt;i−1&lt;/sub&gt; + U&lt;sub&gt;a&lt;/sub&gt; h&lt;sub&gt;j&lt;/sub&gt;)

AttnScope works with row vectors and computes the same number as tanh(s&lt;sub&gt;i−1&lt;/sub&gt; W&lt;sub&gt;a&lt;/sub&gt; + h&lt;sub&gt;j&lt;/sub&gt; U&lt;sub&gt;a&lt;/sub&gt;) v&lt;sub&gt;a&lt;/sub&gt;&lt;sup&gt;T&lt;/sup&gt;, with W&lt;sub&gt;a&lt;/sub&gt; of 16 &amp;times; 16, U&lt;sub&gt;a&lt;/sub&gt; of 32 &amp;times; 16 and v&lt;sub&gt;a&lt;/sub&gt; of n′ = 16 numbers. State and annotation are &lt;i&gt;added&lt;/i&gt; inside the tanh, which is why this is called additive attention. As in the paper, the decoder starts from s&lt;sub&gt;0&lt;/sub&gt; = tanh(h&lt;sub&gt;bwd,1&lt;/sub&gt; W&lt;sub&gt;s&lt;/sub&gt;). This step fills the first row of the score matrix, for y&lt;sub&gt;1&lt;/sub&gt;.</source>
        <translation>在输出目标词 y&lt;sub&gt;i&lt;/sub&gt; 之前，解码器用一个小型前馈网络——&lt;i&gt;对齐模型&lt;/i&gt;——将每个注释与它的前一个状态 s&lt;sub&gt;i−1&lt;/sub&gt; 进行比较打分：

e&lt;sub&gt;ij&lt;/sub&gt; = v&lt;sub&gt;a&lt;/sub&gt;&lt;sup&gt;T&lt;/sup&gt; tanh(W&lt;sub&gt;a&lt;/sub&gt; s&lt;sub&gt;i−1&lt;/sub&gt; + U&lt;sub&gt;a&lt;/sub&gt; h&lt;sub&gt;j&lt;/sub&gt;)

AttnScope 使用行向量，以 tanh(s&lt;sub&gt;i−1&lt;/sub&gt; W&lt;sub&gt;a&lt;/sub&gt; + h&lt;sub&gt;j&lt;/sub&gt; U&lt;sub&gt;a&lt;/sub&gt;) v&lt;sub&gt;a&lt;/sub&gt;&lt;sup&gt;T&lt;/sup&gt; 计算出相同的数，其中 W&lt;sub&gt;a&lt;/sub&gt; 为 16 &amp;times; 16，U&lt;sub&gt;a&lt;/sub&gt; 为 32 &amp;times; 16，v&lt;sub&gt;a&lt;/sub&gt; 有 n′ = 16 个数。状态和注释在 tanh 内部&lt;i&gt;相加&lt;/i&gt;，这正是它被称为加性注意力的原因。与论文一致，解码器从 s&lt;sub&gt;0&lt;/sub&gt; = tanh(h&lt;sub&gt;bwd,1&lt;/sub&gt; W&lt;sub&gt;s&lt;/sub&gt;) 开始。这一步填充分数矩阵的第一行，对应 y&lt;sub&gt;1&lt;/sub&gt;。</translation>
    </message>
    <message>
        <source>Softmax: the alignment weights</source>
        <translation>Softmax：对齐权重</translation>
    </message>
    <message>
        <source>A softmax over the source words turns one row of scores into weights:

α&lt;sub&gt;ij&lt;/sub&gt; = exp(e&lt;sub&gt;ij&lt;/sub&gt;) / Σ&lt;sub&gt;k&lt;/sub&gt; exp(e&lt;sub&gt;ik&lt;/sub&gt;)

The weights of one target word are positive and sum to 1. The paper reads α&lt;sub&gt;ij&lt;/sub&gt; as the probability that target word y&lt;sub&gt;i&lt;/sub&gt; is aligned to, or translated from, source word x&lt;sub&gt;j&lt;/sub&gt;. The alignment model is an ordinary differentiable part of the network, trained together with everything else, so the alignment is learned from pairs of translated sentences alone: nobody has to label which word belongs to which.</source>
        <translation>对源词做 softmax，把一行分数变为权重：

α&lt;sub&gt;ij&lt;/sub&gt; = exp(e&lt;sub&gt;ij&lt;/sub&gt;) / Σ&lt;sub&gt;k&lt;/sub&gt; exp(e&lt;sub&gt;ik&lt;/sub&gt;)

同一目标词的各个权重均为正数，且和为 1。论文将 α&lt;sub&gt;ij&lt;/sub&gt; 解释为目标词 y&lt;sub&gt;i&lt;/sub&gt; 与源词 x&lt;sub&gt;j&lt;/sub&gt; 对齐（即由该源词翻译而来）的概率。对齐模型是网络中普通的可微分部分，与其余所有部分一起训练，因此对齐仅从互译的句子对中学得：无需任何人标注哪个词对应哪个词。</translation>
    </message>
    <message>
        <source>The context vector</source>
        <translation>上下文向量</translation>
    </message>
    <message>
        <source>The decoder reads the source through a &lt;i&gt;context vector&lt;/i&gt;, the annotations averaged with those weights:

c&lt;sub&gt;i&lt;/sub&gt; = Σ&lt;sub&gt;j&lt;/sub&gt; α&lt;sub&gt;ij&lt;/sub&gt; h&lt;sub&gt;j&lt;/sub&gt;

It is the expected annotation under the alignment probabilities. Where one α&lt;sub&gt;ij&lt;/sub&gt; is close to 1, c&lt;sub&gt;i&lt;/sub&gt; is close to that word&apos;s annotation; where the weights are spread out, it blends several words. A new c&lt;sub&gt;i&lt;/sub&gt; is computed for every target word, so the source no longer has to fit into one fixed-length summary. Here each c&lt;sub&gt;i&lt;/sub&gt; has 2n = 32 numbers.</source>
        <translation>解码器通过&lt;i&gt;上下文向量&lt;/i&gt;读取源句子，即用这些权重对注释求加权平均：

c&lt;sub&gt;i&lt;/sub&gt; = Σ&lt;sub&gt;j&lt;/sub&gt; α&lt;sub&gt;ij&lt;/sub&gt; h&lt;sub&gt;j&lt;/sub&gt;

它是注释在对齐概率下的期望。当某个 α&lt;sub&gt;ij&lt;/sub&gt; 接近 1 时，c&lt;sub&gt;i&lt;/sub&gt; 就接近该词的注释；当权重较分散时，它融合了多个词。每个目标词都会计算一个新的 c&lt;sub&gt;i&lt;/sub&gt;，因此源句子不再需要塞进一个固定长度的摘要。这里每个 c&lt;sub&gt;i&lt;/sub&gt; 有 2n = 32 个数。</translation>
    </message>
    <message>
        <source>The decoder takes a step</source>
        <translation>解码器前进一步</translation>
    </message>
    <message>
        <source>The decoder GRU now updates its state from the previous target word and the new context:

s&lt;sub&gt;i&lt;/sub&gt; = f(s&lt;sub&gt;i−1&lt;/sub&gt;, y&lt;sub&gt;i−1&lt;/sub&gt;, c&lt;sub&gt;i&lt;/sub&gt;)

The new state s&lt;sub&gt;i&lt;/sub&gt; predicts target word y&lt;sub&gt;i&lt;/sub&gt; and is the state the next alignment scores against. Press the Right arrow key to watch the loop run: scores, weights, context and state, once per target word, each filling one more row. The loop is sequential because every step needs the state of the step before. The attention of the next lesson has no recurrence: it scores all positions at once with matrix products.</source>
        <translation>解码器 GRU 现在根据前一个目标词和新的上下文更新其状态：

s&lt;sub&gt;i&lt;/sub&gt; = f(s&lt;sub&gt;i−1&lt;/sub&gt;, y&lt;sub&gt;i−1&lt;/sub&gt;, c&lt;sub&gt;i&lt;/sub&gt;)

新状态 s&lt;sub&gt;i&lt;/sub&gt; 用于预测目标词 y&lt;sub&gt;i&lt;/sub&gt;，也是下一次对齐打分时所比较的状态。按向右方向键可观看循环的运行：分数、权重、上下文和状态，每个目标词各执行一次，每次多填充一行。这个循环是顺序执行的，因为每一步都需要前一步的状态。下一课的注意力没有循环：它用矩阵乘法一次性为所有位置打分。</translation>
    </message>
    <message>
        <source>The neural translators that attention grew out of were &lt;i&gt;encoder-decoders&lt;/i&gt; of two recurrent networks: the encoder read the source sentence and squeezed it into one fixed-length vector, and the decoder produced the translation from that vector alone. Bahdanau, Cho and Bengio (2014) suspected that this single vector is a bottleneck, above all for long sentences. Their decoder looks back at the whole source instead and decides, for every target word, which source words to read.

This step and the next six show how the mechanism computes, on seeded random values: a source of six words x&lt;sub&gt;1&lt;/sub&gt; … x&lt;sub&gt;6&lt;/sub&gt;, each an embedding of m = 32 numbers, and random weights, small enough to read every number. The last steps show a translator that AttnScope trained, with real words and learned weights.</source>
        <translation>注意力机制脱胎于这样的神经翻译模型：由两个循环网络组成的&lt;i&gt;编码器-解码器&lt;/i&gt;。编码器读取源句子并把它压缩成一个固定长度的向量，解码器仅凭这个向量生成译文。Bahdanau、Cho 和 Bengio（2014）推测，这个单一向量是一个瓶颈，对长句子尤其如此。他们的解码器转而回看整个源句子，并为每个目标词决定应当读取哪些源词。

本步和接下来的六步用带种子的随机值展示该机制如何计算：源句子有六个词 x&lt;sub&gt;1&lt;/sub&gt; … x&lt;sub&gt;6&lt;/sub&gt;，每个词是一个由 m = 32 个数构成的嵌入，权重也是随机的，规模小到每个数都能看清。最后几步展示 AttnScope 训练的一个翻译模型，使用真实的词和学到的权重。</translation>
    </message>
    <message>
        <source>The alignment matrix, untrained</source>
        <translation>对齐矩阵（未训练）</translation>
    </message>
    <message>
        <source>Stacking the weights of all target words gives the alignment matrix: row y&lt;sub&gt;i&lt;/sub&gt;, column x&lt;sub&gt;j&lt;/sub&gt; holds α&lt;sub&gt;ij&lt;/sub&gt;. The paper shows trained English–French matrices: sharp, mostly along the diagonal, and bending where the word order differs, as when an adjective follows its noun in French.

This matrix is still the seeded one: random weights that nothing has trained. With seed 0 the scores of a row differ by less than 0.3, and every weight lies between about 0.14 and 0.18, close to the uniform 1/6 ≈ 0.17. Seed 0 is unusually flat: over seeds 1 to 50 the scores of a row spread over 0.73 at the median, and the largest weight of a matrix is 0.24 at the median and 0.33 at most. Random weights lean towards some words by chance, but no row is sharp. Sharp alignments come from training, as the next step shows.</source>
        <translation>把所有目标词的权重堆叠起来，就得到对齐矩阵：第 y&lt;sub&gt;i&lt;/sub&gt; 行、第 x&lt;sub&gt;j&lt;/sub&gt; 列存放 α&lt;sub&gt;ij&lt;/sub&gt;。论文展示了训练后的英语–法语矩阵：对齐清晰，大多沿对角线分布，在词序不同之处发生弯折，例如法语中形容词位于名词之后的情形。

这个矩阵仍然来自种子：随机权重，未经任何训练。种子 0 时，同一行的分数相差不到 0.3，每个权重都在约 0.14 到 0.18 之间，接近均匀分布的 1/6 ≈ 0.17。种子 0 格外平坦：在种子 1 到 50 上，一行分数的跨度中位数为 0.73，一个矩阵中最大权重的中位数为 0.24，最多为 0.33。随机权重会偶然偏向某些词，但没有哪一行是清晰的。清晰的对齐来自训练，下一步将展示这一点。</translation>
    </message>
    <message>
        <source>A trained translator: dates</source>
        <translation>一个训练好的翻译模型：日期</translation>
    </message>
    <message>
        <source>AttnScope ships a small Bahdanau translator that it trained itself (docs/teaching-models.md): it reads a date in words and writes it in ISO 8601, one character at a time. The columns are the source words, the rows the characters it wrote: &lt;i&gt;tuesday 5 december 2028&lt;/i&gt; becomes 2028-12-05. It computes exactly the steps of this lesson with trained weights, m = 32, n = 64 and n′ = 64, so each annotation has 128 numbers.

The matrix is no longer flat. The four year digits read &lt;i&gt;2028&lt;/i&gt; (0.85 to 1.00), the month digits read &lt;i&gt;december&lt;/i&gt; (0.93 and 0.96), and the day digits read &lt;i&gt;5&lt;/i&gt; (0.94 and 0.96). No digit reads &lt;i&gt;tuesday&lt;/i&gt;: the weekday follows from the date. Nobody told the model where the year is; it learned the alignment from pairs of dates alone, as the paper&apos;s translator learned it from pairs of sentences.</source>
        <translation>AttnScope 随附一个它自己训练的小型 Bahdanau 翻译模型（docs/teaching-models.md）：它读取用英文单词写的日期，并逐个字符地按 ISO 8601 格式写出。列是源词，行是它写出的字符：&lt;i&gt;tuesday 5 december 2028&lt;/i&gt; 变成 2028-12-05。它用训练好的权重完整执行本课的各个步骤，m = 32，n = 64，n′ = 64，因此每个注释有 128 个数。

矩阵不再平坦。年份的四个数字读取 &lt;i&gt;2028&lt;/i&gt;（0.85 到 1.00），月份的数字读取 &lt;i&gt;december&lt;/i&gt;（0.93 和 0.96），日期的数字读取 &lt;i&gt;5&lt;/i&gt;（0.94 和 0.96）。没有哪个数字读取 &lt;i&gt;tuesday&lt;/i&gt;：星期几由日期决定。没有人告诉模型年份在哪里；它仅从成对的日期中学到了对齐，正如论文中的翻译模型从成对的句子中学到对齐一样。</translation>
    </message>
    <message>
        <source>Reordering</source>
        <translation>重新排序</translation>
    </message>
    <message>
        <source>The output writes the year first, but this source says it last, so the alignment runs against the word order: the year digits read &lt;i&gt;1969&lt;/i&gt; (0.98 to 1.00), the month digits &lt;i&gt;july&lt;/i&gt; (1.00), and the day digits &lt;i&gt;20&lt;/i&gt; (1.00), the first word. This reordering is the classic figure of the 2014 paper: where two languages order their words differently, the alignment leaves the diagonal.

The rows of the two &apos;-&apos; spread out (0.40, 0.45 and 0.15; 0.34, 0.66 and 0.00), and so does the row of the end mark &amp;lt;/s&amp;gt;. A hyphen is the same in every date, so no source word tells the decoder what to write; its weights matter little.</source>
        <translation>输出先写年份，而这个源句子把年份放在最后，因此对齐与词序相反：年份的数字读取 &lt;i&gt;1969&lt;/i&gt;（0.98 到 1.00），月份的数字读取 &lt;i&gt;july&lt;/i&gt;（1.00），日期的数字读取第一个词 &lt;i&gt;20&lt;/i&gt;（1.00）。这种重新排序正是 2014 年论文的经典图示：两种语言的词序不同时，对齐就会离开对角线。

两个 &apos;-&apos; 所在的行是分散的（0.40、0.45 和 0.15；0.34、0.66 和 0.00），结束标记 &amp;lt;/s&amp;gt; 的行也是如此。连字符在每个日期中都一样，没有哪个源词告诉解码器该写什么，因此它的权重无关紧要。</translation>
    </message>
    <message>
        <source>Another word order</source>
        <translation>另一种词序</translation>
    </message>
    <message>
        <source>The translator knows four formats. Here the month comes first and a comma stands before the year. The year digits read &lt;i&gt;2031&lt;/i&gt; (0.59 to 1.00; the second and fourth digit also look at the other words), the month digits read &lt;i&gt;march&lt;/i&gt; (0.87 and 0.98), and the day digits read &lt;i&gt;14&lt;/i&gt; (0.99). The comma is read little: at most 0.36, by a &apos;-&apos; row.

Try your own date: type it into the text box of the parameter panel, in one of the four forms &lt;i&gt;saturday 5 december 2026&lt;/i&gt;, &lt;i&gt;20 july 1969&lt;/i&gt;, &lt;i&gt;march 14 , 2031&lt;/i&gt; or &lt;i&gt;9 / 11 / 1989&lt;/i&gt;, with a year from 1950 to 2049.</source>
        <translation>这个翻译模型认识四种格式。这里月份在前，年份前有一个逗号。年份的数字读取 &lt;i&gt;2031&lt;/i&gt;（0.59 到 1.00；第二和第四个数字也会看向其他词），月份的数字读取 &lt;i&gt;march&lt;/i&gt;（0.87 和 0.98），日期的数字读取 &lt;i&gt;14&lt;/i&gt;（0.99）。逗号很少被读取：最多 0.36，来自一个 &apos;-&apos; 行。

试试你自己的日期：在参数面板的文本框中输入，采用四种形式之一：&lt;i&gt;saturday 5 december 2026&lt;/i&gt;、&lt;i&gt;20 july 1969&lt;/i&gt;、&lt;i&gt;march 14 , 2031&lt;/i&gt; 或 &lt;i&gt;9 / 11 / 1989&lt;/i&gt;，年份在 1950 到 2049 之间。</translation>
    </message>
</context>
<context>
    <name>lesson:compare</name>
    <message>
        <source>Compare and measure</source>
        <translation>对比与测量</translation>
    </message>
    <message>
        <source>MHA, GQA, MQA and MLA side by side: their caches for real models, live timings, and what DeepSeek-V2&apos;s 93.3% does and does not mean.</source>
        <translation>MHA、GQA、MQA 和 MLA 并排对比：它们在真实模型中的缓存、实时计时，以及 DeepSeek-V2 的 93.3% 意味着什么、不意味着什么。</translation>
    </message>
    <message>
        <source>Four mechanisms, one input</source>
        <translation>四种机制，同一输入</translation>
    </message>
    <message>
        <source>The Compare view computes MHA, GQA, MQA and MLA on the same 6 tokens with the same seed, all as causal self-attention: MLA is only defined as causal, so the others are made causal too. Each panel shows the attention of the same query head, and under each map the difference between that layer&apos;s output and MHA&apos;s. Read those differences with care: the four layers have different weight matrices wherever their shapes differ, and none of them is trained. The numbers show that the mechanisms compute different functions, not which one is better. Comparing quality needs trained models, as in the papers.</source>
        <translation>“对比”视图用相同的种子在相同的 6 个词元上计算 MHA、GQA、MQA 和 MLA，全部作为因果自注意力：MLA 只有因果形式的定义，因此其余几种也设为因果。每个面板显示同一个查询头的注意力，每幅图下方给出该层输出与 MHA 输出之间的差值。解读这些差值时要谨慎：四个层在形状不同之处具有不同的权重矩阵，而且都未经训练。这些数字表明各机制计算的是不同的函数，而不是哪一种更好。比较质量需要训练好的模型，就像论文中那样。</translation>
    </message>
    <message>
        <source>Cache per token and layer</source>
        <translation>每词元每层的缓存</translation>
    </message>
    <message>
        <source>The bars show the cache per token and layer of each mechanism for this shape, n&lt;sub&gt;h&lt;/sub&gt; = 8 heads of d&lt;sub&gt;h&lt;/sub&gt; = 8:

MHA 2 n&lt;sub&gt;h&lt;/sub&gt; d&lt;sub&gt;h&lt;/sub&gt; = 128; GQA with 4 KV heads 2 &amp;times; 4 &amp;times; 8 = 64; MQA 2 d&lt;sub&gt;h&lt;/sub&gt; = 16; MLA d&lt;sub&gt;c&lt;/sub&gt; + d&lt;sub&gt;h&lt;/sub&gt;&lt;sup&gt;R&lt;/sup&gt; = 32 + 4 = 36

These are the four rows of DeepSeek-V2&apos;s Table 1, for one layer. MLA lands between MQA and GQA, at 2.25 KV heads&apos; worth, while every query head keeps its own keys and values. Change the heads or the width in the parameter panel and watch the bars: MHA grows with n&lt;sub&gt;h&lt;/sub&gt;, GQA with the number of KV heads, MLA with d&lt;sub&gt;c&lt;/sub&gt;, and MQA with neither.</source>
        <translation>柱状图显示在这种形状（n&lt;sub&gt;h&lt;/sub&gt; = 8 个头，d&lt;sub&gt;h&lt;/sub&gt; = 8）下，每种机制每词元每层的缓存：

MHA 2 n&lt;sub&gt;h&lt;/sub&gt; d&lt;sub&gt;h&lt;/sub&gt; = 128；4 个 KV 头的 GQA 2 &amp;times; 4 &amp;times; 8 = 64；MQA 2 d&lt;sub&gt;h&lt;/sub&gt; = 16；MLA d&lt;sub&gt;c&lt;/sub&gt; + d&lt;sub&gt;h&lt;/sub&gt;&lt;sup&gt;R&lt;/sup&gt; = 32 + 4 = 36

这就是 DeepSeek-V2 表 1 的四行（单层）。MLA 落在 MQA 与 GQA 之间，相当于 2.25 个 KV 头，而每个查询头仍保有自己的键和值。在参数面板中更改头数或宽度并观察柱状图：MHA 随 n&lt;sub&gt;h&lt;/sub&gt; 增长，GQA 随 KV 头数增长，MLA 随 d&lt;sub&gt;c&lt;/sub&gt; 增长，而 MQA 与两者都无关。</translation>
    </message>
    <message>
        <source>Real models, per token</source>
        <translation>真实模型，每词元</translation>
    </message>
    <message>
        <source>For a whole model the footprint multiplies by the layers. Per token, at 16 bits (&lt;code&gt;attnscope footprint --list-models&lt;/code&gt;):

Llama 2 7B, MHA: 262,144 elements, 512 KiB&lt;br&gt; DeepSeek 67B, GQA with 8 KV heads: 194,560, 380 KiB&lt;br&gt; Llama 3 8B, GQA with 8 KV heads: 65,536, 128 KiB&lt;br&gt; DeepSeek-V2, MLA: 34,560, 67.5 KiB&lt;br&gt; Falcon-7B, MQA: 4,096, 8 KiB

Pick another preset in the Model menu to see its chart. Everything else follows from the per-token figure: multiply by context and batch for the total, or divide a memory budget by it for the longest context that fits.</source>
        <translation>对整个模型而言，缓存占用要乘以层数。每词元、16 位下（&lt;code&gt;attnscope footprint --list-models&lt;/code&gt;）：

Llama 2 7B，MHA：262,144 个元素，512 KiB&lt;br&gt; DeepSeek 67B，8 个 KV 头的 GQA：194,560，380 KiB&lt;br&gt; Llama 3 8B，8 个 KV 头的 GQA：65,536，128 KiB&lt;br&gt; DeepSeek-V2，MLA：34,560，67.5 KiB&lt;br&gt; Falcon-7B，MQA：4,096，8 KiB

在“模型”菜单中选择其他预设即可查看其图表。其余一切都可由每词元的数字推出：乘以上下文长度和批大小得到总量，或用内存预算除以它，得到能容纳的最长上下文。</translation>
    </message>
    <message>
        <source>Live timings</source>
        <translation>实时计时</translation>
    </message>
    <message>
        <source>Cache size matters twice: for memory, and for speed, since every decode step reads the whole cache. The Timings panel times one layer of Llama 3 8B (32 query heads of d&lt;sub&gt;h&lt;/sub&gt; = 128) on this machine: decode of one new token against the cache, and prefill. &lt;i&gt;Sweep&lt;/i&gt; runs MHA, GQA, MQA and MLA, on both paths, with the same heads over growing contexts. Compare each run&apos;s GB/s with the measured bandwidth: a decode close to the bandwidth is memory-bound, and its time is roughly the bytes of cache divided by the bandwidth. MLA&apos;s absorbed path reads a cache as small as GQA&apos;s with 2.25 KV heads, but does more arithmetic per cached number, because all 32 heads work on the same latent. The absolute times depend on the machine.</source>
        <translation>缓存大小在两方面都很重要：内存，以及速度，因为每个解码步骤都要读取整个缓存。“计时”面板在本机上对 Llama 3 8B 的一层（32 个 d&lt;sub&gt;h&lt;/sub&gt; = 128 的查询头）计时：基于缓存解码一个新词元，以及预填充。&lt;i&gt;扫描&lt;/i&gt;以相同的头在不断增长的上下文上运行 MHA、GQA、MQA 和 MLA（两种路径）。将每次运行的 GB/s 与实测带宽比较：接近带宽的解码是受内存限制的，其时间大约等于缓存字节数除以带宽。MLA 的吸收路径读取的缓存与 2.25 个 KV 头的 GQA 一样小，但每个缓存的数要做更多的算术运算，因为全部 32 个头都在同一个潜在向量上计算。绝对时间取决于机器。</translation>
    </message>
    <message>
        <source>DeepSeek-V2&apos;s 93.3%</source>
        <translation>DeepSeek-V2 的 93.3%</translation>
    </message>
    <message>
        <source>At equal precision: 82.2%</source>
        <translation>相同精度下：82.2%</translation>
    </message>
    <message>
        <source>Choosing a mechanism</source>
        <translation>选择一种机制</translation>
    </message>
    <message>
        <source>MHA keeps a key and a value per head: the strongest baseline and the largest cache. MQA keeps one KV head: the smallest cache and the fastest decoding, at a risk to quality and training stability. GQA sets G between the two, and can be uptrained from a multi-head checkpoint with about 5% of the original pre-training compute. MLA caches a latent about as large as 2.25 GQA groups, and DeepSeek-V2 reports better results than MHA; it pays with extra projections, more arithmetic per cached number and a decoupled RoPE, and in DeepSeek-V2 it is built in from pre-training. DeepSeek-V2&apos;s Table 1 sums up its own view: capability strong for MHA, moderate for GQA, weak for MQA and stronger for MLA.</source>
        <translation>MHA 为每个头保留一个键和一个值：基线最强，缓存也最大。MQA 只保留一个 KV 头：缓存最小，解码最快，但质量和训练稳定性存在风险。GQA 把 G 设在两者之间，并且可以用约为原预训练计算量 5% 的代价从多头检查点增量训练得到。MLA 缓存的潜在向量大约相当于 2.25 个 GQA 组，DeepSeek-V2 报告其效果优于 MHA；代价是额外的投影、每个缓存的数更多的算术运算以及解耦的 RoPE，而且在 DeepSeek-V2 中它是从预训练开始就内置的。DeepSeek-V2 的表 1 总结了其自身观点：能力方面，MHA 强，GQA 中等，MQA 弱，MLA 更强。</translation>
    </message>
    <message>
        <source>DeepSeek-V2&apos;s abstract says that, compared with DeepSeek 67B, it reduces the KV cache by 93.3%. The paper does not show how that figure is computed, and AttnScope reproduces it only with one assumption (&lt;code&gt;attnscope footprint --model deepseek-v2 --kv-bits 6 --compare deepseek-67b&lt;/code&gt;):

DeepSeek-V2: (512 + 64) &amp;times; 60 = 34,560 elements at 6 bits = 25,920 bytes&lt;br&gt; DeepSeek 67B: 2 &amp;times; 8 &amp;times; 128 &amp;times; 95 = 194,560 elements at 16 bits = 389,120 bytes&lt;br&gt; 1 − 25,920 / 389,120 = 93.3%

The 6 bits are real: to deploy V2, DeepSeek quantised its KV cache to 6 bits per element on average (section 3.2.3). But the 67B model is counted at 16 bits, so the two sides are not stored at the same precision. To see it in the footprint dock, set &lt;i&gt;KV bits&lt;/i&gt; to 6 and &lt;i&gt;Compare with&lt;/i&gt; to DeepSeek LLM 67B.</source>
        <translation>DeepSeek-V2 的摘要称，与 DeepSeek 67B 相比，它将 KV 缓存减少了 93.3%。论文没有说明这个数字是如何计算的，AttnScope 只有在一个假设下才能复现它（&lt;code&gt;attnscope footprint --model deepseek-v2 --kv-bits 6 --compare deepseek-67b&lt;/code&gt;）：

DeepSeek-V2：(512 + 64) &amp;times; 60 = 34,560 个元素，6 位 = 25,920 字节&lt;br&gt; DeepSeek 67B：2 &amp;times; 8 &amp;times; 128 &amp;times; 95 = 194,560 个元素，16 位 = 389,120 字节&lt;br&gt; 1 − 25,920 / 389,120 = 93.3%

这 6 位是真实的：为部署 V2，DeepSeek 把其 KV 缓存量化到平均每个元素 6 位（第 3.2.3 节）。但 67B 模型是按 16 位计算的，因此两边并非以相同精度存储。要在缓存占用面板中查看，请把 &lt;i&gt;KV 位数&lt;/i&gt;设为 6，并把&lt;i&gt;对比模型&lt;/i&gt;设为 DeepSeek LLM 67B。</translation>
    </message>
    <message>
        <source>Set &lt;i&gt;KV bits&lt;/i&gt; back to 16. With both caches at 16 bits, V2 needs 69,120 bytes per token against 389,120, a reduction of 82.2% (&lt;code&gt;attnscope footprint --model deepseek-v2 --compare deepseek-67b&lt;/code&gt;). That is the part due to the models&apos; design, and it still mixes two things: MLA&apos;s smaller cache per layer, 576 elements against the 2,048 of DeepSeek 67B&apos;s 8 KV heads of width 128 (71.9% less), and a shallower model, 60 layers against 95. The step from 82.2% to 93.3% is quantisation, which could shrink any model&apos;s cache. So the saving is real and large, but 93.3% should be quoted together with its assumptions.</source>
        <translation>把 &lt;i&gt;KV 位数&lt;/i&gt;改回 16。两个缓存都按 16 位计算时，V2 每个词元需要 69,120 字节，而对方为 389,120 字节，减少了 82.2%（&lt;code&gt;attnscope footprint --model deepseek-v2 --compare deepseek-67b&lt;/code&gt;）。这部分归功于模型设计，但其中仍混合了两个因素：MLA 每层的缓存更小（576 个元素，而 DeepSeek 67B 的 8 个宽度为 128 的 KV 头为 2,048 个，少 71.9%），以及模型更浅（60 层对 95 层）。从 82.2% 到 93.3% 的那一步来自量化，而量化可以缩小任何模型的缓存。因此这一节省是真实且可观的，但引用 93.3% 时应同时说明其前提假设。</translation>
    </message>
    <message>
        <source>Four trained models</source>
        <translation>四个训练好的模型</translation>
    </message>
    <message>
        <source>AttnScope also ships four small trained models that differ only in their attention: the same data, steps and seed, 4 layers of 8 query heads of d&lt;sub&gt;h&lt;/sub&gt; = 16 (docs/teaching-models.md). Here layer 2 of each reads a repeated span; in GQA&apos;s map, query head 0 is a copying head, and each word of the second copy reads the word after it in the first. What they cache per token and layer, and their held-out loss (lower is better):

MHA 256 elements, loss 2.488&lt;br&gt; GQA, 2 KV heads: 64, loss 1.858&lt;br&gt; MQA: 32, loss 2.653&lt;br&gt; MLA, d&lt;sub&gt;c&lt;/sub&gt; = 48 and d&lt;sub&gt;h&lt;/sub&gt;&lt;sup&gt;R&lt;/sup&gt; = 16: 64, loss 2.409

All four learned subject-verb agreement, but only GQA learned to copy a repeated span within 4,000 steps (100% of the copied words, against 5.5% or less), which gives it the lowest loss; MHA and MLA have heads with the copying pattern but do not yet use it. One run of small models each: these numbers show what these models learned, not which mechanism is better at scale.</source>
        <translation>AttnScope 还随附四个训练好的小模型，它们只在注意力上不同：相同的数据、步数和种子，4 层，每层 8 个宽度为 d&lt;sub&gt;h&lt;/sub&gt; = 16 的查询头（docs/teaching-models.md）。这里每个模型的第 2 层读取一段重复的词序列；在 GQA 的图中，查询头 0 是一个复制头，第二遍中的每个词都读取第一遍中紧随其后的词。它们每个词元每层缓存的元素数，以及在留出数据上的损失（越低越好）：

MHA 256 个元素，损失 2.488&lt;br&gt;GQA，2 个 KV 头：64，损失 1.858&lt;br&gt;MQA：32，损失 2.653&lt;br&gt;MLA，d&lt;sub&gt;c&lt;/sub&gt; = 48，d&lt;sub&gt;h&lt;/sub&gt;&lt;sup&gt;R&lt;/sup&gt; = 16：64，损失 2.409

四个模型都学会了主谓一致，但只有 GQA 在 4,000 步内学会了复制重复的词序列（复制词的正确率 100%，其他模型最多 5.5%），这使它的损失最低；MHA 和 MLA 有呈现复制模式的头，但还没有用上它。每种各训练一次小模型：这些数字说明的是这些模型学到了什么，而不是哪种机制在大规模下更好。</translation>
    </message>
    <message>
        <source>Quality against cache</source>
        <translation>质量与缓存的对照</translation>
    </message>
    <message>
        <source>The Quality vs cache view plots the measured numbers of the four trained models against what each keeps in its cache per token and layer. Read the held-out loss with the training in mind: GQA has the lowest at a quarter of MHA&apos;s cache because it alone learned to copy; MLA, with the same 64 elements, is slightly better than MHA; MQA, with 32, is the worst.

Choose &lt;i&gt;Agreement accuracy&lt;/i&gt; for the vertical axis: all four reach 1.000, so the smaller caches cost nothing on that easier task. How much a small cache costs depends on the task, and one small run of each model can show it only roughly.</source>
        <translation>“质量与缓存”视图把四个训练好的模型的测量结果，与它们每个词元每层在缓存中保存的元素数对照绘出。解读留出数据上的损失时要考虑训练情况：GQA 的缓存只有 MHA 的四分之一，损失却最低，因为只有它学会了复制；同样缓存 64 个元素的 MLA 略好于 MHA；只缓存 32 个元素的 MQA 最差。

把纵轴选为&lt;i&gt;主谓一致准确率&lt;/i&gt;：四个模型都达到 1.000，所以在这项较容易的任务上，较小的缓存没有任何代价。较小的缓存代价多大取决于任务，而每种模型只训练一次的小实验只能粗略地显示这一点。</translation>
    </message>
</context>
<context>
    <name>lesson:gqa</name>
    <message>
        <source>Grouped-query attention</source>
        <translation>分组查询注意力</translation>
    </message>
    <message>
        <source>Groups of query heads share key and value heads, a dial between MHA and MQA, and a cheap way to convert multi-head checkpoints.</source>
        <translation>查询头分组共享键头和值头：一个介于 MHA 与 MQA 之间的旋钮，也是一种转换多头检查点的低成本方法。</translation>
    </message>
    <message>
        <source>Groups of query heads</source>
        <translation>查询头分组</translation>
    </message>
    <message>
        <source>Grouped-query attention (GQA, Ainslie et al. 2023) divides the n&lt;sub&gt;h&lt;/sub&gt; query heads into G groups, and each group shares one key head and one value head. Here 8 query heads form G = 2 groups of 4; the paper calls this GQA-2. Query head i reads KV head ⌊i / (n&lt;sub&gt;h&lt;/sub&gt;/G)⌋: heads 0 to 3 read KV head 0, heads 4 to 7 read KV head 1. Per token and layer the cache holds

2 G d&lt;sub&gt;h&lt;/sub&gt; = 2 &amp;times; 2 &amp;times; 8 = 32 elements,

and 2 n&lt;sub&gt;g&lt;/sub&gt; d&lt;sub&gt;h&lt;/sub&gt; l for a model of l layers, in the notation of DeepSeek-V2&apos;s Table 1, where n&lt;sub&gt;g&lt;/sub&gt; = G is the number of KV heads.</source>
        <translation>分组查询注意力（GQA，Ainslie 等 2023）把 n&lt;sub&gt;h&lt;/sub&gt; 个查询头分成 G 组，每组共享一个键头和一个值头。这里 8 个查询头组成 G = 2 组，每组 4 个；论文称之为 GQA-2。查询头 i 读取 KV 头 ⌊i / (n&lt;sub&gt;h&lt;/sub&gt;/G)⌋：头 0 到 3 读取 KV 头 0，头 4 到 7 读取 KV 头 1。每词元每层的缓存存放

2 G d&lt;sub&gt;h&lt;/sub&gt; = 2 &amp;times; 2 &amp;times; 8 = 32 个元素，

对于 l 层的模型则为 2 n&lt;sub&gt;g&lt;/sub&gt; d&lt;sub&gt;h&lt;/sub&gt; l（采用 DeepSeek-V2 表 1 的记号，其中 n&lt;sub&gt;g&lt;/sub&gt; = G 为 KV 头数）。</translation>
    </message>
    <message>
        <source>A dial between MHA and MQA</source>
        <translation>介于 MHA 与 MQA 之间的旋钮</translation>
    </message>
    <message>
        <source>G is a dial. GQA-1, a single group, is multi-query attention; GQA-n&lt;sub&gt;h&lt;/sub&gt;, one query head per group, is multi-head attention. This step shows G = 8 with 8 query heads: every query head has its own KV head again, and the cache is back to 2 &amp;times; 8 &amp;times; 8 = 128 elements per token and layer. Move the &lt;i&gt;KV heads&lt;/i&gt; slider through 1, 2, 4 and 8, the divisors of 8, and watch the lines regroup. The cache is proportional to G. In the paper, an intermediate number of groups gives a model of higher quality than MQA that is faster than MHA.</source>
        <translation>G 就像一个旋钮。GQA-1（只有一组）就是多查询注意力；GQA-n&lt;sub&gt;h&lt;/sub&gt;（每组一个查询头）就是多头注意力。这一步展示 8 个查询头、G = 8 的情形：每个查询头又有了自己的 KV 头，缓存回到每词元每层 2 &amp;times; 8 &amp;times; 8 = 128 个元素。把 &lt;i&gt;KV 头数&lt;/i&gt;滑块依次拖到 8 的约数 1、2、4 和 8，观察连线如何重新分组。缓存与 G 成正比。在论文中，中等数量的分组得到的模型质量高于 MQA，速度快于 MHA。</translation>
    </message>
    <message>
        <source>Shared keys inside a group</source>
        <translation>组内共享的键</translation>
    </message>
    <message>
        <source>Head 5 is in the second group, so it scores its query block against KV head 1:

scores&lt;sub&gt;5&lt;/sub&gt; = Q&lt;sub&gt;5&lt;/sub&gt; K&lt;sub&gt;1&lt;/sub&gt;&lt;sup&gt;T&lt;/sup&gt; / &amp;radic;d&lt;sub&gt;h&lt;/sub&gt;

K is 6 &amp;times; 16 here, two KV heads of 8 columns each, while Q is 6 &amp;times; 64. Heads 4, 5, 6 and 7 all read the same K&lt;sub&gt;1&lt;/sub&gt; and V&lt;sub&gt;1&lt;/sub&gt;; heads 0 to 3 read K&lt;sub&gt;0&lt;/sub&gt; and V&lt;sub&gt;0&lt;/sub&gt;. Inside a group the computation is multi-query attention; across groups it is multi-head attention. Step back to &lt;i&gt;Key projection&lt;/i&gt; to see the two key heads side by side.</source>
        <translation>头 5 属于第二组，因此它用自己的查询块与 KV 头 1 计算分数：

scores&lt;sub&gt;5&lt;/sub&gt; = Q&lt;sub&gt;5&lt;/sub&gt; K&lt;sub&gt;1&lt;/sub&gt;&lt;sup&gt;T&lt;/sup&gt; / &amp;radic;d&lt;sub&gt;h&lt;/sub&gt;

这里 K 为 6 &amp;times; 16，即两个各 8 列的 KV 头，而 Q 为 6 &amp;times; 64。头 4、5、6 和 7 都读取相同的 K&lt;sub&gt;1&lt;/sub&gt; 和 V&lt;sub&gt;1&lt;/sub&gt;；头 0 到 3 读取 K&lt;sub&gt;0&lt;/sub&gt; 和 V&lt;sub&gt;0&lt;/sub&gt;。组内的计算是多查询注意力；组与组之间则是多头注意力。后退到&lt;i&gt;键投影&lt;/i&gt;步骤，可以看到并排的两个键头。</translation>
    </message>
    <message>
        <source>Uptraining: from MHA to GQA</source>
        <translation>增量训练：从 MHA 到 GQA</translation>
    </message>
    <message>
        <source>Ainslie et al. do not train their GQA models from scratch; they convert a multi-head checkpoint in two steps. First, in each group the key projection matrices of the group&apos;s original heads are mean-pooled into one, and the value projections likewise:

W&lt;sub&gt;K,g&lt;/sub&gt; = (1/m) Σ&lt;sub&gt;i ∈ g&lt;/sub&gt; W&lt;sub&gt;K,i&lt;/sub&gt;, with m = n&lt;sub&gt;h&lt;/sub&gt;/G heads per group

Second, the converted model continues pre-training with the original recipe for a small fraction α of the original training steps; they use α = 5%. With G = 1 the same recipe gives an uptrained MQA model. In their comparison, mean-pooling worked better than keeping a single head or starting the new heads from random weights.</source>
        <translation>Ainslie 等并不从头训练他们的 GQA 模型，而是分两步转换一个多头检查点。首先，在每个组内把该组原有各头的键投影矩阵平均池化为一个，值投影也同样处理：

W&lt;sub&gt;K,g&lt;/sub&gt; = (1/m) Σ&lt;sub&gt;i ∈ g&lt;/sub&gt; W&lt;sub&gt;K,i&lt;/sub&gt;，其中每组 m = n&lt;sub&gt;h&lt;/sub&gt;/G 个头

其次，转换后的模型按原来的方案继续预训练，步数只占原训练步数的一小部分 α；他们使用 α = 5%。取 G = 1 时，同样的方案得到一个增量训练的 MQA 模型。在他们的比较中，平均池化的效果优于只保留一个头或从随机权重开始训练新头。</translation>
    </message>
    <message>
        <source>Why groups suit large models</source>
        <translation>为什么分组适合大模型</translation>
    </message>
    <message>
        <source>Going from MHA to MQA divides the cache by n&lt;sub&gt;h&lt;/sub&gt;, and larger models tend to have more heads, so for them MQA is an ever deeper cut in capacity. A fixed number of groups keeps the reduction proportional as models grow. Ainslie et al. chose 8 groups as a middle ground: in their T5 XXL experiments, GQA-8 uptrained with α = 5% came close to multi-head quality at a speed close to MQA. They applied it to the decoder&apos;s self- and cross-attention only. Many later models use 8 KV heads as well. Llama 2 70B has 64 query heads and 8 KV heads of d&lt;sub&gt;h&lt;/sub&gt; = 128 in 80 layers: 2 &amp;times; 8 &amp;times; 128 &amp;times; 80 = 163,840 elements (320 KiB at 16 bits) per token, 8 times less than with 64 KV heads.</source>
        <translation>从 MHA 改为 MQA 会把缓存除以 n&lt;sub&gt;h&lt;/sub&gt;，而更大的模型往往有更多的头，因此对它们来说 MQA 对容量的削减越来越大。固定的分组数能让缩减比例随模型增大而保持相称。Ainslie 等选择 8 组作为折中：在他们的 T5 XXL 实验中，以 α = 5% 增量训练的 GQA-8 接近多头注意力的质量，速度则接近 MQA。他们只将其用于解码器的自注意力和交叉注意力。后来的许多模型也使用 8 个 KV 头。Llama 2 70B 有 80 层，每层 64 个查询头和 8 个 d&lt;sub&gt;h&lt;/sub&gt; = 128 的 KV 头：每个词元 2 &amp;times; 8 &amp;times; 128 &amp;times; 80 = 163,840 个元素（16 位下为 320 KiB），是 64 个 KV 头时的 1/8。</translation>
    </message>
    <message>
        <source>Fewer KV heads, same layer</source>
        <translation>更少的 KV 头，相同的层</translation>
    </message>
    <message>
        <source>Llama 3 8B has 32 query heads and 8 KV heads (d&lt;sub&gt;h&lt;/sub&gt; = 128, 32 layers): 65,536 elements per token, a quarter of the 262,144 that Llama 2 7B&apos;s multi-head attention keeps with the same heads, width and layers. The Timings panel times one Llama 3 8B layer; press &lt;i&gt;Sweep&lt;/i&gt; to compare decode time against context for the same 32 query heads with 32, 8 and 1 KV heads, and MLA. Since each decode step reads the whole cache, expect the GQA line between MHA and MQA at long contexts; how far apart they are depends on this machine&apos;s memory bandwidth and caches.</source>
        <translation>Llama 3 8B 有 32 个查询头和 8 个 KV 头（d&lt;sub&gt;h&lt;/sub&gt; = 128，32 层）：每个词元 65,536 个元素，是头数、宽度和层数都相同的 Llama 2 7B 多头注意力所保留的 262,144 个元素的四分之一。“计时”面板对 Llama 3 8B 的一层计时；按&lt;i&gt;扫描&lt;/i&gt;可对同样 32 个查询头、分别配 32、8 和 1 个 KV 头的情形以及 MLA，比较解码时间随上下文长度的变化。由于每个解码步骤都要读取整个缓存，在长上下文下 GQA 的曲线应位于 MHA 与 MQA 之间；它们相距多远取决于本机的内存带宽和缓存。</translation>
    </message>
    <message>
        <source>A trained group shares a job</source>
        <translation>一个训练好的组共担一项任务</translation>
    </message>
    <message>
        <source>The steps so far used seeded random weights. AttnScope also ships a trained GQA model (docs/teaching-models.md): 4 layers of 8 query heads and G = 2 KV heads of d&lt;sub&gt;h&lt;/sub&gt; = 16, so 2 &amp;times; 2 &amp;times; 16 = 64 elements per token and layer. It reads a &lt;code&gt;repeat&lt;/code&gt; document here: a span, a bar, and the span again.

In layer 2, heads 0 to 3, the group that shares KV head 0, all became copying heads. Head 1, shown here: in the second copy, &lt;i&gt;lamp&lt;/i&gt; reads &lt;i&gt;river&lt;/i&gt;, &lt;i&gt;river&lt;/i&gt; reads &lt;i&gt;seven&lt;/i&gt;, &lt;i&gt;seven&lt;/i&gt; reads &lt;i&gt;cloud&lt;/i&gt;, each with 1.00, the word that followed it the first time. That is how the model predicts the rest of a repeated span; it does so for 100% of the copied words, the only one of AttnScope&apos;s four trained models that learned it.</source>
        <translation>到目前为止的步骤使用的是带种子的随机权重。AttnScope 还随附一个训练好的 GQA 模型（docs/teaching-models.md）：4 层，每层 8 个查询头和 G = 2 个 KV 头，宽度 d&lt;sub&gt;h&lt;/sub&gt; = 16，因此每个词元每层缓存 2 &amp;times; 2 &amp;times; 16 = 64 个元素。这里它读取一个 &lt;code&gt;repeat&lt;/code&gt; 文档：一段词序列、一条竖线，然后再次出现同一段词序列。

在第 2 层，共享 KV 头 0 的那一组，即头 0 到 3，全都成了复制头。这里显示的是头 1：在第二遍中，&lt;i&gt;lamp&lt;/i&gt; 读取 &lt;i&gt;river&lt;/i&gt;，&lt;i&gt;river&lt;/i&gt; 读取 &lt;i&gt;seven&lt;/i&gt;，&lt;i&gt;seven&lt;/i&gt; 读取 &lt;i&gt;cloud&lt;/i&gt;，权重都是 1.00，即第一次出现时紧随其后的词。模型正是这样预测重复词序列的剩余部分；它对复制词的预测 100% 正确，是 AttnScope 的四个训练好的模型中唯一学会这一点的。</translation>
    </message>
    <message>
        <source>The other group</source>
        <translation>另一组</translation>
    </message>
    <message>
        <source>Head 5 reads KV head 1, shared by heads 4 to 7, and does something else: every word of the second copy puts 0.99 to 1.00 of its weight on the bar &lt;i&gt;|&lt;/i&gt;, the marker where the copy began. Heads 6 and 7 do the same, head 4 looks at &lt;i&gt;repeat&lt;/i&gt;. Every query head has its own queries, so the heads of a group may still attend differently; in this layer the shared keys and values ended up serving one job per group.</source>
        <translation>头 5 读取由头 4 到 7 共享的 KV 头 1，做的是另一件事：第二遍中的每个词都把 0.99 到 1.00 的权重放在竖线 &lt;i&gt;|&lt;/i&gt; 上，也就是复制开始处的标记。头 6 和头 7 也是如此，头 4 则看向 &lt;i&gt;repeat&lt;/i&gt;。每个查询头都有自己的查询，因此同一组的头仍然可以关注不同的位置；在这一层，共享的键和值最终为每组服务于一项任务。</translation>
    </message>
</context>
<context>
    <name>lesson:heads-learn</name>
    <message>
        <source>What heads learn</source>
        <translation>注意力头学到了什么</translation>
    </message>
    <message>
        <source>Previous-token heads, heads that find the subject, copying heads and attention sinks, measured in four small trained models.</source>
        <translation>关注前一个词元的头、寻找主语的头、复制头和注意力汇聚点，在四个训练好的小模型中测得。</translation>
    </message>
    <message>
        <source>Looking one token back</source>
        <translation>回看一个词元</translation>
    </message>
    <message>
        <source>AttnScope ships four small language models that it trained itself (docs/teaching-models.md): 4 layers of 8 heads, the same data and steps, differing only in their attention (MHA, GQA, MQA, MLA). The data are generated: short stories with relative clauses, spans to repeat, counting and brackets. Every step of this lesson shows a real head of one of them.

This is head 6 of layer 1 in the MHA model. Most rows put almost all their weight on the token just before: &lt;i&gt;dog&lt;/i&gt; reads &lt;i&gt;the&lt;/i&gt; (1.00), &lt;i&gt;that&lt;/i&gt; reads &lt;i&gt;dog&lt;/i&gt; (0.97), &lt;i&gt;see&lt;/i&gt; reads &lt;i&gt;cats&lt;/i&gt; (0.96). Not every row: the second &lt;i&gt;the&lt;/i&gt; looks two back, to &lt;i&gt;dog&lt;/i&gt;. Averaged over the training text this head gives the previous token only 0.21 of its attention, and no head of the four models reaches 0.5 on that average. In these models, looking back one token is a habit of some heads on some texts, not the one job of a head.</source>
        <translation>AttnScope 随附四个它自己训练的小语言模型（docs/teaching-models.md）：4 层，每层 8 个头，相同的数据和步数，只在注意力上不同（MHA、GQA、MQA、MLA）。数据是生成的：带关系从句的短故事、需要重复的词序列、计数和括号。本课的每一步都展示其中某个模型的一个真实的头。

这是 MHA 模型第 1 层的头 6。大多数行几乎把全部权重放在紧挨着的前一个词元上：&lt;i&gt;dog&lt;/i&gt; 读取 &lt;i&gt;the&lt;/i&gt;（1.00），&lt;i&gt;that&lt;/i&gt; 读取 &lt;i&gt;dog&lt;/i&gt;（0.97），&lt;i&gt;see&lt;/i&gt; 读取 &lt;i&gt;cats&lt;/i&gt;（0.96）。并非每一行都如此：第二个 &lt;i&gt;the&lt;/i&gt; 回看两个位置，看向 &lt;i&gt;dog&lt;/i&gt;。在训练文本上取平均，这个头只把 0.21 的注意力给前一个词元，四个模型中没有哪个头在这个平均值上达到 0.5。在这些模型中，回看一个词元是某些头在某些文本上的习惯，而不是某个头的唯一任务。</translation>
    </message>
    <message>
        <source>A clean previous-token head</source>
        <translation>一个干净的“前一个词元”头</translation>
    </message>
    <message>
        <source>On a bracket document, head 3 of layer 2 in the GQA model is a near-perfect previous-token head: from &lt;i&gt;(&lt;/i&gt; on, every row puts 0.90 to 1.00 on the token before it, a line just below the diagonal. Information about the token before is what a later head needs to find the place where the same pair occurred earlier.

The same head is one of GQA&apos;s four copying heads (two steps on). Here no token repeats, so there is nothing earlier to copy from, and it looks one token back. On the training text as a whole, its mean weight on the previous token is 0.22.</source>
        <translation>在一个括号文档上，GQA 模型第 2 层的头 3 几乎是一个完美的“前一个词元”头：从 &lt;i&gt;(&lt;/i&gt; 开始，每一行都把 0.90 到 1.00 的权重放在它前面的词元上，形成一条紧贴对角线下方的线。后面的头需要关于前一个词元的信息，才能找到同一对词先前出现的位置。

这个头同时也是 GQA 的四个复制头之一（见后面第二步）。这里没有词元重复，没有可以复制的早先内容，于是它回看一个词元。在整个训练文本上，它放在前一个词元上的平均权重为 0.22。</translation>
    </message>
    <message>
        <source>Finding the subject across a clause</source>
        <translation>跨过从句寻找主语</translation>
    </message>
    <message>
        <source>The verb must agree with the subject, &lt;i&gt;dog&lt;/i&gt;, not with the noun right before it, &lt;i&gt;cats&lt;/i&gt;. Head 1 of layer 1 in the MHA model looks past the clause: &lt;i&gt;cats&lt;/i&gt; puts 1.00 of its weight on &lt;i&gt;dog&lt;/i&gt;, and &lt;i&gt;see&lt;/i&gt;, the last word before the main verb, 0.93. Measured on 300 new sentences, this head puts 0.98 of the last clause word&apos;s attention on the subject noun.

The step&apos;s text ends after &lt;i&gt;see&lt;/i&gt;; the model wrote the last token itself (&lt;code&gt;generate: 1&lt;/code&gt;): &lt;i&gt;is&lt;/i&gt;, singular, for the dog. All four models choose the agreeing verb in all 300 test sentences, also when the noun in the clause has the other number.</source>
        <translation>动词必须与主语 &lt;i&gt;dog&lt;/i&gt; 一致，而不是与紧挨在它前面的名词 &lt;i&gt;cats&lt;/i&gt; 一致。MHA 模型第 1 层的头 1 越过了从句：&lt;i&gt;cats&lt;/i&gt; 把 1.00 的权重放在 &lt;i&gt;dog&lt;/i&gt; 上，主动词前的最后一个词 &lt;i&gt;see&lt;/i&gt; 放了 0.93。在 300 个新句子上测得，这个头把从句最后一个词 0.98 的注意力放在主语名词上。

这一步的文本在 &lt;i&gt;see&lt;/i&gt; 之后结束；最后一个词元是模型自己写的（&lt;code&gt;generate: 1&lt;/code&gt;）：&lt;i&gt;is&lt;/i&gt;，单数，与 dog 一致。四个模型在全部 300 个测试句中都选择了一致的动词，即使从句中的名词单复数与主语不同也是如此。</translation>
    </message>
    <message>
        <source>Copying a span: induction heads</source>
        <translation>复制词序列：归纳头</translation>
    </message>
    <message>
        <source>The pattern alone does not copy</source>
        <translation>仅有模式并不能复制</translation>
    </message>
    <message>
        <source>Attention sinks</source>
        <translation>注意力汇聚点</translation>
    </message>
    <message>
        <source>Head 6 of layer 2 in the MHA model puts almost all of its attention on the first token, &lt;code&gt;&amp;lt;|endoftext|&amp;gt;&lt;/code&gt;, from &lt;i&gt;dog&lt;/i&gt; to the end (0.89 to 1.00). A softmax row must add up to 1, so a head that has nothing to contribute for a token has to put its weight somewhere; a token that carries little information, reachable from every position, is a cheap place. Such a token is called an &lt;i&gt;attention sink&lt;/i&gt; (Xiao et al. 2023).

Several heads of each model do the same on short texts like this one; in the MHA model, head 4 of layer 3 as well.</source>
        <translation>MHA 模型第 2 层的头 6 从 &lt;i&gt;dog&lt;/i&gt; 到结尾，几乎把全部注意力都放在第一个词元 &lt;code&gt;&amp;lt;|endoftext|&amp;gt;&lt;/code&gt; 上（0.89 到 1.00）。softmax 的一行之和必须为 1，所以一个对某个词元无所贡献的头也必须把权重放在某处；一个携带信息很少、从每个位置都能到达的词元是个代价很低的去处。这样的词元称为&lt;i&gt;注意力汇聚点&lt;/i&gt;（attention sink，Xiao 等 2023）。

在这样的短文本上，每个模型都有好几个头这样做；在 MHA 模型中，第 3 层的头 4 也是如此。</translation>
    </message>
    <message>
        <source>Sinks on the document start</source>
        <translation>汇聚在文档开头</translation>
    </message>
    <message>
        <source>Is the sink the first position, or the token? Here two documents follow each other, as in training, where one sequence of 128 tokens holds several. From &lt;i&gt;dog&lt;/i&gt; on, head 6 parks on the second &lt;code&gt;&amp;lt;|endoftext|&amp;gt;&lt;/code&gt; (0.89 to 1.00), the start of its own document, and no longer on position 0.

This is why the measured sink score, the mean attention to position 0 over training sequences, is at most 0.07 for this model and below 0.5 for every head of the four: these heads park on the start of the current document, or on its markers such as &lt;i&gt;repeat&lt;/i&gt; and &lt;i&gt;|&lt;/i&gt;, rather than on the first position of the sequence.</source>
        <translation>汇聚点是第一个位置，还是这个词元？这里两个文档前后相接，就像训练时那样：一个 128 词元的序列里包含好几个文档。从 &lt;i&gt;dog&lt;/i&gt; 开始，头 6 停在第二个 &lt;code&gt;&amp;lt;|endoftext|&amp;gt;&lt;/code&gt; 上（0.89 到 1.00），也就是它自己所在文档的开头，而不再停在位置 0。

这就是为什么测得的汇聚分数，即训练序列上对位置 0 的平均注意力，对这个模型最多只有 0.07，对四个模型的每个头都低于 0.5：这些头停在当前文档的开头，或停在它的标记上，例如 &lt;i&gt;repeat&lt;/i&gt; 和 &lt;i&gt;|&lt;/i&gt;，而不是停在序列的第一个位置。</translation>
    </message>
    <message>
        <source>What was measured</source>
        <translation>测量了什么</translation>
    </message>
    <message>
        <source>Each model&apos;s &lt;code&gt;results.json&lt;/code&gt; holds a score for every head, measured on new text: previous token, sink (position 0), induction, and attention from the last clause word to the subject. Over the thresholds (0.5 for previous-token and sink, 0.3 for the others):

previous token: no head in any model&lt;br&gt; sink: no head in any model&lt;br&gt; induction: MHA 2 heads, GQA 4 (0.96 to 1.00), MLA 3, MQA none&lt;br&gt; subject: MHA 3 heads (up to 0.98), GQA 9, MQA 2, MLA 2

The single texts of this lesson show sharper pictures than these means, and that is the right way to read them: a map shows one text, a score many. Change the text, the layer and the head in the parameter panel to look for other heads.</source>
        <translation>每个模型的 &lt;code&gt;results.json&lt;/code&gt; 都为每个头记录了在新文本上测得的分数：前一个词元、汇聚（位置 0）、归纳，以及从句最后一个词对主语的注意力。超过阈值的头（前一个词元和汇聚为 0.5，其余为 0.3）：

前一个词元：任何模型都没有&lt;br&gt; 汇聚：任何模型都没有&lt;br&gt; 归纳：MHA 2 个头，GQA 4 个（0.96 到 1.00），MLA 3 个，MQA 没有&lt;br&gt; 主语：MHA 3 个头（最高 0.98），GQA 9 个，MQA 2 个，MLA 2 个

本课的单个文本呈现的图景比这些平均值更清晰，这正是解读它们的正确方式：一张图展示一个文本，一个分数概括许多文本。在参数面板中改变文本、层和头，去寻找其他的头。</translation>
    </message>
    <message>
        <source>A &lt;code&gt;repeat&lt;/code&gt; document says a span of words twice. The GQA model was given the text up to the second &lt;i&gt;lamp river&lt;/i&gt; and wrote the last three tokens itself: &lt;i&gt;seven&lt;/i&gt;, &lt;i&gt;cloud&lt;/i&gt; and the full stop. Head 2 of layer 2 shows how: in the second copy, each word attends to the word that followed its earlier occurrence. The second &lt;i&gt;lamp&lt;/i&gt; reads &lt;i&gt;river&lt;/i&gt;, &lt;i&gt;river&lt;/i&gt; reads &lt;i&gt;seven&lt;/i&gt;, &lt;i&gt;seven&lt;/i&gt; reads &lt;i&gt;cloud&lt;/i&gt;, each with 1.00: the head looks up what came next last time, and the model predicts it.

This is an &lt;i&gt;induction head&lt;/i&gt; (Olsson et al. 2022). It needs the previous-token information of an earlier layer to find the right place. Heads 0 to 3 of this layer all do it; they are the four query heads that share KV head 0. GQA predicts 100% of the copied words.</source>
        <translation>&lt;code&gt;repeat&lt;/code&gt; 文档把一段词序列说两遍。GQA 模型得到的文本到第二个 &lt;i&gt;lamp river&lt;/i&gt; 为止，最后三个词元是它自己写的：&lt;i&gt;seven&lt;/i&gt;、&lt;i&gt;cloud&lt;/i&gt; 和句号。第 2 层的头 2 展示了它是怎么做到的：在第二遍中，每个词都关注它上一次出现时紧随其后的那个词。第二个 &lt;i&gt;lamp&lt;/i&gt; 读取 &lt;i&gt;river&lt;/i&gt;，&lt;i&gt;river&lt;/i&gt; 读取 &lt;i&gt;seven&lt;/i&gt;，&lt;i&gt;seven&lt;/i&gt; 读取 &lt;i&gt;cloud&lt;/i&gt;，权重都是 1.00：这个头查出上一次接下来是什么，模型就预测它。

这就是&lt;i&gt;归纳头&lt;/i&gt;（Olsson 等 2022）。它需要前面某一层提供的前一个词元的信息，才能找到正确的位置。这一层的头 0 到 3 都这样做；它们正是共享 KV 头 0 的四个查询头。GQA 对复制词的预测 100% 正确。</translation>
    </message>
    <message>
        <source>The MHA model has a head with the same pattern: head 1 of layer 3, where the second &lt;i&gt;lamp&lt;/i&gt; reads &lt;i&gt;river&lt;/i&gt; (0.87) and &lt;i&gt;river&lt;/i&gt; reads &lt;i&gt;seven&lt;/i&gt; (0.73). Yet the model, given the same text, wrote &lt;i&gt;30&lt;/i&gt;, &lt;i&gt;30&lt;/i&gt; and a full stop: its weights after the attention do not yet turn what the head reads into the next word. It copies only 3.5% of the words, MLA 5.5% and MQA 0.7%.

All four models saw the same 4,000 training steps. Induction heads form in a sudden phase change during training; GQA&apos;s came between steps 1,250 and 1,750. MHA and MLA have the heads but not yet the copying; whether more steps would bring it was not measured. An attention map shows where a head looks, not whether the model uses what it finds.</source>
        <translation>MHA 模型有一个模式相同的头：第 3 层的头 1，其中第二个 &lt;i&gt;lamp&lt;/i&gt; 读取 &lt;i&gt;river&lt;/i&gt;（0.87），&lt;i&gt;river&lt;/i&gt; 读取 &lt;i&gt;seven&lt;/i&gt;（0.73）。然而，给它同样的文本，模型写出的是 &lt;i&gt;30&lt;/i&gt;、&lt;i&gt;30&lt;/i&gt; 和一个句号：注意力之后的权重还没有把这个头读到的内容变成下一个词。它只复制对了 3.5% 的词，MLA 为 5.5%，MQA 为 0.7%。

四个模型都经历了同样的 4,000 个训练步。归纳头在训练中通过一次突然的相变形成；GQA 的相变发生在第 1,250 步到第 1,750 步之间。MHA 和 MLA 已有这样的头，但还不会复制；更多的训练步能否带来复制能力，没有测量过。注意力图显示的是一个头看向哪里，而不是模型是否用上了它找到的东西。</translation>
    </message>
</context>
<context>
    <name>lesson:kv-cache</name>
    <message>
        <source>Inference and the KV cache</source>
        <translation>推理与 KV 缓存</translation>
    </message>
    <message>
        <source>Why a decoder keeps the keys and values of past tokens, and how much memory that takes.</source>
        <translation>解码器为何要保留过去词元的键和值，以及这需要多少内存。</translation>
    </message>
    <message>
        <source>Generating one token at a time</source>
        <translation>逐个生成词元</translation>
    </message>
    <message>
        <source>A language model generates &lt;i&gt;autoregressively&lt;/i&gt;: it predicts the next token from the tokens so far, appends it, and repeats. Its attention is causal: the mask lets row t see only keys 0 … t.

This has a consequence for inference: adding a token changes no earlier row. The keys and values of past tokens are projections of those tokens alone, and the mask keeps later tokens out of every earlier row, so everything computed for the past stays valid when a new token arrives. In a model of many layers this holds layer by layer, because each layer&apos;s inputs for past tokens do not change either. Only the new row has to be computed.</source>
        <translation>语言模型以&lt;i&gt;自回归&lt;/i&gt;方式生成：它根据已有的词元预测下一个词元，把它追加到末尾，然后重复。它的注意力是因果的：掩码只让第 t 行看到键 0 … t。

这对推理有一个重要影响：添加一个词元不会改变之前的任何一行。过去词元的键和值只是这些词元自身的投影，而掩码使后来的词元不会进入之前的任何一行，因此新词元到来时，为过去计算的一切仍然有效。在多层模型中，这一点逐层成立，因为每一层中过去词元的输入同样不会改变。只有新的一行需要计算。</translation>
    </message>
    <message>
        <source>What the new token needs</source>
        <translation>新词元需要什么</translation>
    </message>
    <message>
        <source>Look at the last row of these causal weights: it is the only new row of attention when token 5 arrives. It needs the new token&apos;s query q&lt;sub&gt;5&lt;/sub&gt;, and the keys k&lt;sub&gt;0&lt;/sub&gt; … k&lt;sub&gt;5&lt;/sub&gt; and values v&lt;sub&gt;0&lt;/sub&gt; … v&lt;sub&gt;5&lt;/sub&gt; of every token so far.

So a decoder keeps the keys and values of past tokens in a &lt;i&gt;KV cache&lt;/i&gt; and appends one new key and value per step instead of recomputing them all. Queries are not cached: each query is used once, for its own row, and the rows of past tokens are already finished. With the cache, each step projects one token instead of the whole prefix.</source>
        <translation>看这些因果权重的最后一行：当词元 5 到来时，它是注意力中唯一新增的一行。它需要新词元的查询 q&lt;sub&gt;5&lt;/sub&gt;，以及到目前为止所有词元的键 k&lt;sub&gt;0&lt;/sub&gt; … k&lt;sub&gt;5&lt;/sub&gt; 和值 v&lt;sub&gt;0&lt;/sub&gt; … v&lt;sub&gt;5&lt;/sub&gt;。

因此，解码器把过去词元的键和值保存在 &lt;i&gt;KV 缓存&lt;/i&gt;中，每一步只追加一个新的键和值，而不是全部重新计算。查询不需要缓存：每个查询只在计算自己那一行时使用一次，而过去词元的行都已经算完。有了缓存，每一步只需投影一个词元，而不是整个前缀。</translation>
    </message>
    <message>
        <source>What the cache holds</source>
        <translation>缓存中存放什么</translation>
    </message>
    <message>
        <source>Per layer and per token, multi-head attention caches one key and one value of width d&lt;sub&gt;h&lt;/sub&gt; for every head:

2 n&lt;sub&gt;h&lt;/sub&gt; d&lt;sub&gt;h&lt;/sub&gt; elements per token and layer, 2 n&lt;sub&gt;h&lt;/sub&gt; d&lt;sub&gt;h&lt;/sub&gt; l for a model of l layers

This is the first row of DeepSeek-V2&apos;s Table 1. For this small layer it is 2 &amp;times; 4 &amp;times; 8 = 64 numbers per token: one row of K, 32 numbers, and one row of V. The cache grows linearly with the context: every generated token adds the same amount, so a sequence of T tokens holds T times the per-token figure, in every layer.</source>
        <translation>对于每一层和每个词元，多头注意力为每个头缓存一个宽度为 d&lt;sub&gt;h&lt;/sub&gt; 的键和一个值：

每词元每层 2 n&lt;sub&gt;h&lt;/sub&gt; d&lt;sub&gt;h&lt;/sub&gt; 个元素，l 层的模型为 2 n&lt;sub&gt;h&lt;/sub&gt; d&lt;sub&gt;h&lt;/sub&gt; l

这就是 DeepSeek-V2 表 1 的第一行。对这个小层而言，每个词元为 2 &amp;times; 4 &amp;times; 8 = 64 个数：K 的一行（32 个数）加上 V 的一行。缓存随上下文长度线性增长：每生成一个词元都增加同样的量，因此 T 个词元的序列在每一层中占用每词元数值的 T 倍。</translation>
    </message>
    <message>
        <source>A real model: Llama 2 7B</source>
        <translation>一个真实模型：Llama 2 7B</translation>
    </message>
    <message>
        <source>Llama 2 7B uses multi-head attention: 32 layers of 32 heads, d&lt;sub&gt;h&lt;/sub&gt; = 128. Its cache per token is

2 &amp;times; 32 &amp;times; 128 &amp;times; 32 = 262,144 elements, 524,288 bytes (512 KiB) at 16 bits.

At its 4,096-token context one sequence needs 2,147,483,648 bytes (2.0 GiB) of cache, and a batch of 8 such sequences 16.0 GiB. The chart plots the cache against the context, with lines for common GPU memory sizes; the straight line is the linear growth. The figures come from &lt;code&gt;attnscope footprint --model llama-2-7b --context 4096&lt;/code&gt; (add &lt;code&gt;--batch 8&lt;/code&gt; for the batch).</source>
        <translation>Llama 2 7B 使用多头注意力：32 层，每层 32 个头，d&lt;sub&gt;h&lt;/sub&gt; = 128。它每个词元的缓存为

2 &amp;times; 32 &amp;times; 128 &amp;times; 32 = 262,144 个元素，在 16 位下为 524,288 字节（512 KiB）。

在其 4,096 个词元的上下文长度下，一个序列需要 2,147,483,648 字节（2.0 GiB）的缓存，8 个这样的序列组成的批次则需要 16.0 GiB。图表绘制了缓存随上下文长度的变化，并画出常见 GPU 显存容量的参考线；那条直线就是线性增长。这些数字来自 &lt;code&gt;attnscope footprint --model llama-2-7b --context 4096&lt;/code&gt;（批次的数字需加上 &lt;code&gt;--batch 8&lt;/code&gt;）。</translation>
    </message>
    <message>
        <source>Decoding is limited by memory, not arithmetic</source>
        <translation>解码受限于内存而非算术</translation>
    </message>
    <message>
        <source>At every step of generation the whole cache is read to produce one new token, and in multi-head attention each cached number takes part in a single multiply-add: one for a score if it is part of a key, one for the weighted sum if it is part of a value. Work with so little arithmetic per byte is limited by memory bandwidth: the processor mostly waits for data. Shazeer (2019) points to this memory-bandwidth cost of loading keys and values as what makes incremental decoding slow. The Timings panel times one Llama 2 7B layer on this machine and compares the GB/s it achieves with the measured memory bandwidth; press &lt;i&gt;Sweep&lt;/i&gt; to see decode time grow with the context, as the cache does.</source>
        <translation>生成的每一步都要读取整个缓存才能产生一个新词元，而在多头注意力中，每个缓存的数只参与一次乘加：若属于键，就用于一个分数；若属于值，就用于加权和。每字节算术量如此之少的工作受限于内存带宽：处理器大部分时间都在等待数据。Shazeer（2019）指出，正是加载键和值的这种内存带宽开销使增量解码变慢。“计时”面板在本机上对 Llama 2 7B 的一层计时，并将其达到的 GB/s 与实测内存带宽进行比较；按&lt;i&gt;扫描&lt;/i&gt;可看到解码时间与缓存一样随上下文长度增长。</translation>
    </message>
    <message>
        <source>Ways to a smaller cache</source>
        <translation>缩小缓存的途径</translation>
    </message>
    <message>
        <source>The cache is 2 n&lt;sub&gt;h&lt;/sub&gt; d&lt;sub&gt;h&lt;/sub&gt; l elements times the bytes per element, so there are several levers. Store fewer bits per element (quantisation). Share keys and values between query heads: multi-query attention keeps a single KV head (lesson 5), grouped-query attention a few (lesson 6). Or cache a compressed latent from which keys and values are rebuilt, as DeepSeek&apos;s multi-head latent attention does (lesson 7). The Compare view runs MHA, GQA, MQA and MLA on the same input and seed; its bars show each one&apos;s cache per token and layer for this shape of 8 heads of d&lt;sub&gt;h&lt;/sub&gt; = 8.</source>
        <translation>缓存大小为 2 n&lt;sub&gt;h&lt;/sub&gt; d&lt;sub&gt;h&lt;/sub&gt; l 个元素乘以每个元素的字节数，因此有几个可调节的杠杆。每个元素用更少的位存储（量化）。让查询头共享键和值：多查询注意力只保留一个 KV 头（第 5 课），分组查询注意力保留少数几个（第 6 课）。或者像 DeepSeek 的多头潜在注意力那样（第 7 课），缓存一个压缩的潜在向量，再由它重建键和值。“对比”视图在相同的输入和种子上运行 MHA、GQA、MQA 和 MLA；其柱状图显示在 8 个头、d&lt;sub&gt;h&lt;/sub&gt; = 8 的这种形状下，每种机制每词元每层的缓存。</translation>
    </message>
    <message>
        <source>A trained model generates</source>
        <translation>一个训练好的模型在生成</translation>
    </message>
    <message>
        <source>Now a real model. AttnScope&apos;s trained GQA model (docs/teaching-models.md), 4 layers of 8 query heads, was given this prompt: a span of words, a bar, and the start of the span again. Its first pass, the &lt;i&gt;prefill&lt;/i&gt;, computes all 10 rows of attention in every layer at once and stores the keys and values of the 10 tokens in the cache.

The map shows head 2 of layer 2, one of the model&apos;s copying heads: the last row, &lt;i&gt;river&lt;/i&gt;, puts 1.00 of its weight on &lt;i&gt;seven&lt;/i&gt;, the word that followed &lt;i&gt;river&lt;/i&gt; the first time. From that the model predicts the next token: &lt;i&gt;seven&lt;/i&gt;.</source>
        <translation>现在看一个真实的模型。AttnScope 训练好的 GQA 模型（docs/teaching-models.md），4 层，每层 8 个查询头，得到了这个提示：一段词序列、一条竖线，然后再次是这段词序列的开头。它的第一遍计算，即&lt;i&gt;预填充&lt;/i&gt;（prefill），在每一层一次性算出全部 10 行注意力，并把这 10 个词元的键和值存入缓存。

图中显示的是第 2 层的头 2，它是模型的复制头之一：最后一行 &lt;i&gt;river&lt;/i&gt; 把 1.00 的权重放在 &lt;i&gt;seven&lt;/i&gt; 上，也就是第一次出现时紧跟在 &lt;i&gt;river&lt;/i&gt; 后面的词。模型据此预测下一个词元：&lt;i&gt;seven&lt;/i&gt;。</translation>
    </message>
    <message>
        <source>One new token, one new row</source>
        <translation>一个新词元，一行新注意力</translation>
    </message>
    <message>
        <source>The model appended &lt;i&gt;seven&lt;/i&gt; (&lt;code&gt;generate: 1&lt;/code&gt; in this step&apos;s lesson file: the model&apos;s own greedy choice). To go on, it runs only the new token: one query row, and in each layer one new key and value row appended to the cache. The map grew by one row and one column, and the 10 rows above are the same numbers as before: causal attention never lets an earlier row see the new token, so nothing computed for the prompt changes.

The new row reads &lt;i&gt;cloud&lt;/i&gt; (1.00), the word after &lt;i&gt;seven&lt;/i&gt; in the first copy: that is the next prediction.</source>
        <translation>模型追加了 &lt;i&gt;seven&lt;/i&gt;（本步课程文件中的 &lt;code&gt;generate: 1&lt;/code&gt;：模型自己的贪心选择）。要继续生成，它只需计算这个新词元：一行查询，以及每层追加到缓存中的一行新键和一行新值。图增加了一行一列，上面的 10 行仍是原来的数值：因果注意力从不让较早的行看到新词元，所以为提示计算的任何结果都不会改变。

新的一行读取 &lt;i&gt;cloud&lt;/i&gt;（1.00），即第一遍中 &lt;i&gt;seven&lt;/i&gt; 之后的词：这就是下一个预测。</translation>
    </message>
    <message>
        <source>Generating three tokens</source>
        <translation>生成三个词元</translation>
    </message>
    <message>
        <source>In three steps of generation the model wrote &lt;i&gt;seven&lt;/i&gt;, &lt;i&gt;cloud&lt;/i&gt; and a full stop: the rest of the span and the end of the document, copied from its context. Each step ran one token through the 4 layers against the cache. AttnScope draws this map by running the whole text once; the generation ran token by token, and the numbers agree up to float rounding.

What each token adds to the cache, per layer, in the four trained models, all of width 8 &amp;times; 16 = 128: MHA 2 &amp;times; 8 &amp;times; 16 = 256 elements, GQA with 2 KV heads 64, MQA 32, and MLA 48 + 16 = 64 (its latent and its RoPE key). Once the last token has been run too, the 13 tokens here hold 13 &amp;times; 64 &amp;times; 4 = 3,328 elements in GQA&apos;s cache; in MHA&apos;s they would take 13,312.</source>
        <translation>在三步生成中，模型写出了 &lt;i&gt;seven&lt;/i&gt;、&lt;i&gt;cloud&lt;/i&gt; 和一个句号：词序列的剩余部分和文档的结尾，都是从上下文中复制来的。每一步都让一个词元对照缓存经过 4 层计算。AttnScope 绘制这张图时把整段文本计算一遍；而生成是逐个词元进行的，两者的数值在浮点舍入误差范围内一致。

在这四个训练好的模型中（宽度均为 8 &amp;times; 16 = 128），每个词元每层为缓存增加的元素数：MHA 2 &amp;times; 8 &amp;times; 16 = 256 个，有 2 个 KV 头的 GQA 64 个，MQA 32 个，MLA 48 + 16 = 64 个（它的潜在向量和 RoPE 键）。等最后一个词元也计算之后，这里的 13 个词元在 GQA 的缓存中占 13 &amp;times; 64 &amp;times; 4 = 3,328 个元素；在 MHA 的缓存中则要占 13,312 个。</translation>
    </message>
</context>
<context>
    <name>lesson:mla</name>
    <message>
        <source>Multi-head latent attention</source>
        <translation>多头潜在注意力</translation>
    </message>
    <message>
        <source>DeepSeek-V2 caches one compressed latent per token and a small shared RoPE key, and can attend without ever rebuilding the keys and values.</source>
        <translation>DeepSeek-V2 为每个词元缓存一个压缩的潜在向量和一个小的共享 RoPE 键，并且无需重建键和值即可计算注意力。</translation>
    </message>
    <message>
        <source>Compress keys and values together</source>
        <translation>联合压缩键和值</translation>
    </message>
    <message>
        <source>Multi-head latent attention (MLA), introduced with DeepSeek-V2 (2024), caches neither per-head keys nor per-head values. Each token is first compressed into one small latent vector:

c&lt;sub&gt;KV&lt;/sub&gt; = X W&lt;sub&gt;DKV&lt;/sub&gt;, with d&lt;sub&gt;c&lt;/sub&gt; ≪ n&lt;sub&gt;h&lt;/sub&gt;d&lt;sub&gt;h&lt;/sub&gt;

The paper writes column vectors, c&lt;sub&gt;t&lt;/sub&gt;&lt;sup&gt;KV&lt;/sup&gt; = W&lt;sup&gt;DKV&lt;/sup&gt; h&lt;sub&gt;t&lt;/sub&gt;; AttnScope uses rows. The compression is &lt;i&gt;joint&lt;/i&gt;: keys and values are both rebuilt from the same latent. DeepSeek-V2 uses d&lt;sub&gt;c&lt;/sub&gt; = 4d&lt;sub&gt;h&lt;/sub&gt; = 512 with n&lt;sub&gt;h&lt;/sub&gt; = 128 heads of d&lt;sub&gt;h&lt;/sub&gt; = 128. AttnScope&apos;s defaults keep that ratio: with 4 heads of d&lt;sub&gt;h&lt;/sub&gt; = 8, d&lt;sub&gt;c&lt;/sub&gt; = 32, so c&lt;sub&gt;KV&lt;/sub&gt; is a 6 &amp;times; 32 matrix.</source>
        <translation>随 DeepSeek-V2（2024）提出的多头潜在注意力（MLA）既不缓存每个头的键，也不缓存每个头的值。每个词元首先被压缩为一个小的潜在向量：

c&lt;sub&gt;KV&lt;/sub&gt; = X W&lt;sub&gt;DKV&lt;/sub&gt;，其中 d&lt;sub&gt;c&lt;/sub&gt; ≪ n&lt;sub&gt;h&lt;/sub&gt;d&lt;sub&gt;h&lt;/sub&gt;

论文使用列向量，写作 c&lt;sub&gt;t&lt;/sub&gt;&lt;sup&gt;KV&lt;/sup&gt; = W&lt;sup&gt;DKV&lt;/sup&gt; h&lt;sub&gt;t&lt;/sub&gt;；AttnScope 使用行向量。这种压缩是&lt;i&gt;联合&lt;/i&gt;的：键和值都由同一个潜在向量重建。DeepSeek-V2 使用 d&lt;sub&gt;c&lt;/sub&gt; = 4d&lt;sub&gt;h&lt;/sub&gt; = 512，n&lt;sub&gt;h&lt;/sub&gt; = 128 个头，d&lt;sub&gt;h&lt;/sub&gt; = 128。AttnScope 的默认值保持了这一比例：4 个 d&lt;sub&gt;h&lt;/sub&gt; = 8 的头，d&lt;sub&gt;c&lt;/sub&gt; = 32，因此 c&lt;sub&gt;KV&lt;/sub&gt; 是一个 6 &amp;times; 32 矩阵。</translation>
    </message>
    <message>
        <source>Rebuilding keys and values</source>
        <translation>重建键和值</translation>
    </message>
    <message>
        <source>Up-projections turn the latent back into keys and values for every head:

k&lt;sub&gt;C&lt;/sub&gt; = c&lt;sub&gt;KV&lt;/sub&gt; W&lt;sub&gt;UK&lt;/sub&gt;, v&lt;sub&gt;C&lt;/sub&gt; = c&lt;sub&gt;KV&lt;/sub&gt; W&lt;sub&gt;UV&lt;/sub&gt;

W&lt;sub&gt;UK&lt;/sub&gt; and W&lt;sub&gt;UV&lt;/sub&gt; are d&lt;sub&gt;c&lt;/sub&gt; &amp;times; n&lt;sub&gt;h&lt;/sub&gt;d&lt;sub&gt;h&lt;/sub&gt;, here 32 &amp;times; 32. This is the &lt;i&gt;naive&lt;/i&gt; path: it forms full keys and values, then runs multi-head attention on them. Only c&lt;sub&gt;KV&lt;/sub&gt; has to be cached, since k&lt;sub&gt;C&lt;/sub&gt; and v&lt;sub&gt;C&lt;/sub&gt; can be recomputed from it. The price is a limit on rank: all keys and values of a token are linear functions of just d&lt;sub&gt;c&lt;/sub&gt; numbers, and the model learns during training to make good use of them.</source>
        <translation>上投影把潜在向量变回每个头的键和值：

k&lt;sub&gt;C&lt;/sub&gt; = c&lt;sub&gt;KV&lt;/sub&gt; W&lt;sub&gt;UK&lt;/sub&gt;, v&lt;sub&gt;C&lt;/sub&gt; = c&lt;sub&gt;KV&lt;/sub&gt; W&lt;sub&gt;UV&lt;/sub&gt;

W&lt;sub&gt;UK&lt;/sub&gt; 和 W&lt;sub&gt;UV&lt;/sub&gt; 为 d&lt;sub&gt;c&lt;/sub&gt; &amp;times; n&lt;sub&gt;h&lt;/sub&gt;d&lt;sub&gt;h&lt;/sub&gt;，这里是 32 &amp;times; 32。这是&lt;i&gt;朴素&lt;/i&gt;路径：先构造出完整的键和值，再在其上运行多头注意力。只需缓存 c&lt;sub&gt;KV&lt;/sub&gt;，因为 k&lt;sub&gt;C&lt;/sub&gt; 和 v&lt;sub&gt;C&lt;/sub&gt; 可以由它重新计算。代价是秩受到限制：一个词元的所有键和值都只是 d&lt;sub&gt;c&lt;/sub&gt; 个数的线性函数，模型在训练中学会充分利用它们。</translation>
    </message>
    <message>
        <source>Why plain RoPE does not fit</source>
        <translation>为什么普通 RoPE 不适用</translation>
    </message>
    <message>
        <source>DeepSeek-V2 encodes positions with rotary embeddings (RoPE), which rotate a query or key by angles that depend on its position: row vector x at position t becomes x R&lt;sub&gt;t&lt;/sub&gt;. Applied to the keys k&lt;sub&gt;C&lt;/sub&gt;, it would break the trick of the next steps, moving W&lt;sub&gt;UK&lt;/sub&gt; to the query side. The score of positions t and j would be

x&lt;sub&gt;t&lt;/sub&gt; W&lt;sub&gt;Q&lt;/sub&gt; R&lt;sub&gt;t&lt;/sub&gt; R&lt;sub&gt;j&lt;/sub&gt;&lt;sup&gt;T&lt;/sup&gt; W&lt;sub&gt;UK&lt;/sub&gt;&lt;sup&gt;T&lt;/sup&gt; c&lt;sub&gt;j&lt;/sub&gt;&lt;sup&gt;T&lt;/sup&gt;

with a position-dependent rotation between W&lt;sub&gt;Q&lt;/sub&gt; and W&lt;sub&gt;UK&lt;/sub&gt;; no single fixed matrix can absorb that. DeepSeek-V2&apos;s &lt;i&gt;decoupled RoPE&lt;/i&gt; keeps position out of the compressed part and carries it in extra dimensions. On the key side, shown here, that is one rotated key per token, shared by all heads: k&lt;sub&gt;R&lt;/sub&gt; = RoPE(X W&lt;sub&gt;KR&lt;/sub&gt;), of width d&lt;sub&gt;h&lt;/sub&gt;&lt;sup&gt;R&lt;/sup&gt;.</source>
        <translation>DeepSeek-V2 使用旋转位置编码（RoPE）表示位置，它把查询或键旋转一个取决于其位置的角度：位置 t 处的行向量 x 变为 x R&lt;sub&gt;t&lt;/sub&gt;。若将其施加在键 k&lt;sub&gt;C&lt;/sub&gt; 上，就会破坏后续步骤中的技巧，即把 W&lt;sub&gt;UK&lt;/sub&gt; 移到查询一侧。位置 t 与 j 的分数将是

x&lt;sub&gt;t&lt;/sub&gt; W&lt;sub&gt;Q&lt;/sub&gt; R&lt;sub&gt;t&lt;/sub&gt; R&lt;sub&gt;j&lt;/sub&gt;&lt;sup&gt;T&lt;/sup&gt; W&lt;sub&gt;UK&lt;/sub&gt;&lt;sup&gt;T&lt;/sup&gt; c&lt;sub&gt;j&lt;/sub&gt;&lt;sup&gt;T&lt;/sup&gt;

其中 W&lt;sub&gt;Q&lt;/sub&gt; 与 W&lt;sub&gt;UK&lt;/sub&gt; 之间夹着一个依赖于位置的旋转；没有任何单一的固定矩阵能吸收它。DeepSeek-V2 的&lt;i&gt;解耦 RoPE&lt;/i&gt; 让位置信息不进入压缩部分，而是由额外的维度携带。在这里展示的键一侧，就是每个词元一个由所有头共享的旋转键：k&lt;sub&gt;R&lt;/sub&gt; = RoPE(X W&lt;sub&gt;KR&lt;/sub&gt;)，宽度为 d&lt;sub&gt;h&lt;/sub&gt;&lt;sup&gt;R&lt;/sup&gt;。</translation>
    </message>
    <message>
        <source>Scores from content and position</source>
        <translation>由内容和位置得到的分数</translation>
    </message>
    <message>
        <source>Each head i also gets a rotated query block q&lt;sub&gt;R,i&lt;/sub&gt; of width d&lt;sub&gt;h&lt;/sub&gt;&lt;sup&gt;R&lt;/sup&gt;, and its query and key are concatenations, q&lt;sub&gt;i&lt;/sub&gt; = [q&lt;sub&gt;C,i&lt;/sub&gt; ; q&lt;sub&gt;R,i&lt;/sub&gt;] and k&lt;sub&gt;i&lt;/sub&gt; = [k&lt;sub&gt;C,i&lt;/sub&gt; ; k&lt;sub&gt;R&lt;/sub&gt;]:

score&lt;sub&gt;i&lt;/sub&gt; = (q&lt;sub&gt;C,i&lt;/sub&gt; k&lt;sub&gt;C,i&lt;/sub&gt;&lt;sup&gt;T&lt;/sup&gt; + q&lt;sub&gt;R,i&lt;/sub&gt; k&lt;sub&gt;R&lt;/sub&gt;&lt;sup&gt;T&lt;/sup&gt;) / &amp;radic;(d&lt;sub&gt;h&lt;/sub&gt; + d&lt;sub&gt;h&lt;/sub&gt;&lt;sup&gt;R&lt;/sup&gt;)

The first term carries content, the second position. DeepSeek-V2 uses d&lt;sub&gt;h&lt;/sub&gt;&lt;sup&gt;R&lt;/sup&gt; = d&lt;sub&gt;h&lt;/sub&gt;/2 = 64; here d&lt;sub&gt;h&lt;/sub&gt;&lt;sup&gt;R&lt;/sup&gt; = 4. MLA belongs to a decoder, so its scores are always causally masked. Per token and layer the cache holds c&lt;sub&gt;KV&lt;/sub&gt; and k&lt;sub&gt;R&lt;/sub&gt;: d&lt;sub&gt;c&lt;/sub&gt; + d&lt;sub&gt;h&lt;/sub&gt;&lt;sup&gt;R&lt;/sup&gt; = 32 + 4 = 36 numbers.</source>
        <translation>每个头 i 还有一个宽度为 d&lt;sub&gt;h&lt;/sub&gt;&lt;sup&gt;R&lt;/sup&gt; 的旋转查询块 q&lt;sub&gt;R,i&lt;/sub&gt;，其查询和键都是拼接而成的：q&lt;sub&gt;i&lt;/sub&gt; = [q&lt;sub&gt;C,i&lt;/sub&gt; ; q&lt;sub&gt;R,i&lt;/sub&gt;]，k&lt;sub&gt;i&lt;/sub&gt; = [k&lt;sub&gt;C,i&lt;/sub&gt; ; k&lt;sub&gt;R&lt;/sub&gt;]：

score&lt;sub&gt;i&lt;/sub&gt; = (q&lt;sub&gt;C,i&lt;/sub&gt; k&lt;sub&gt;C,i&lt;/sub&gt;&lt;sup&gt;T&lt;/sup&gt; + q&lt;sub&gt;R,i&lt;/sub&gt; k&lt;sub&gt;R&lt;/sub&gt;&lt;sup&gt;T&lt;/sup&gt;) / &amp;radic;(d&lt;sub&gt;h&lt;/sub&gt; + d&lt;sub&gt;h&lt;/sub&gt;&lt;sup&gt;R&lt;/sup&gt;)

第一项承载内容，第二项承载位置。DeepSeek-V2 使用 d&lt;sub&gt;h&lt;/sub&gt;&lt;sup&gt;R&lt;/sup&gt; = d&lt;sub&gt;h&lt;/sub&gt;/2 = 64；这里 d&lt;sub&gt;h&lt;/sub&gt;&lt;sup&gt;R&lt;/sup&gt; = 4。MLA 属于解码器，因此其分数总是经过因果掩码。每词元每层的缓存存放 c&lt;sub&gt;KV&lt;/sub&gt; 和 k&lt;sub&gt;R&lt;/sub&gt;：d&lt;sub&gt;c&lt;/sub&gt; + d&lt;sub&gt;h&lt;/sub&gt;&lt;sup&gt;R&lt;/sup&gt; = 32 + 4 = 36 个数。</translation>
    </message>
    <message>
        <source>Absorbed path: keys are never formed</source>
        <translation>吸收路径：从不构造键</translation>
    </message>
    <message>
        <source>At inference W&lt;sub&gt;UK&lt;/sub&gt; can move to the query side. For head i,

q&lt;sub&gt;C,i&lt;/sub&gt; k&lt;sub&gt;C,i&lt;/sub&gt;&lt;sup&gt;T&lt;/sup&gt; = q&lt;sub&gt;C,i&lt;/sub&gt; (c&lt;sub&gt;KV&lt;/sub&gt; W&lt;sub&gt;UK,i&lt;/sub&gt;)&lt;sup&gt;T&lt;/sup&gt; = (q&lt;sub&gt;C,i&lt;/sub&gt; W&lt;sub&gt;UK,i&lt;/sub&gt;&lt;sup&gt;T&lt;/sup&gt;) c&lt;sub&gt;KV&lt;/sub&gt;&lt;sup&gt;T&lt;/sup&gt;

so the query is mapped into the latent space, q&lt;sub&gt;lat,i&lt;/sub&gt; = q&lt;sub&gt;C,i&lt;/sub&gt; W&lt;sub&gt;UK,i&lt;/sub&gt;&lt;sup&gt;T&lt;/sup&gt; (6 &amp;times; 32 here), and compared directly with the cached latents. Since q&lt;sub&gt;C,i&lt;/sub&gt; = X W&lt;sub&gt;Q,i&lt;/sub&gt;, the product W&lt;sub&gt;Q,i&lt;/sub&gt; W&lt;sub&gt;UK,i&lt;/sub&gt;&lt;sup&gt;T&lt;/sup&gt; could be computed once in advance: this is what the paper means by absorbing W&lt;sub&gt;UK&lt;/sub&gt; into W&lt;sub&gt;Q&lt;/sub&gt;. AttnScope keeps the two products apart so that you can see q&lt;sub&gt;lat&lt;/sub&gt;. The RoPE term is added as before.</source>
        <translation>推理时 W&lt;sub&gt;UK&lt;/sub&gt; 可以移到查询一侧。对于头 i，

q&lt;sub&gt;C,i&lt;/sub&gt; k&lt;sub&gt;C,i&lt;/sub&gt;&lt;sup&gt;T&lt;/sup&gt; = q&lt;sub&gt;C,i&lt;/sub&gt; (c&lt;sub&gt;KV&lt;/sub&gt; W&lt;sub&gt;UK,i&lt;/sub&gt;)&lt;sup&gt;T&lt;/sup&gt; = (q&lt;sub&gt;C,i&lt;/sub&gt; W&lt;sub&gt;UK,i&lt;/sub&gt;&lt;sup&gt;T&lt;/sup&gt;) c&lt;sub&gt;KV&lt;/sub&gt;&lt;sup&gt;T&lt;/sup&gt;

因此查询被映射到潜在空间，q&lt;sub&gt;lat,i&lt;/sub&gt; = q&lt;sub&gt;C,i&lt;/sub&gt; W&lt;sub&gt;UK,i&lt;/sub&gt;&lt;sup&gt;T&lt;/sup&gt;（这里为 6 &amp;times; 32），并直接与缓存的潜在向量比较。由于 q&lt;sub&gt;C,i&lt;/sub&gt; = X W&lt;sub&gt;Q,i&lt;/sub&gt;，乘积 W&lt;sub&gt;Q,i&lt;/sub&gt; W&lt;sub&gt;UK,i&lt;/sub&gt;&lt;sup&gt;T&lt;/sup&gt; 可以预先计算一次：这就是论文所说的把 W&lt;sub&gt;UK&lt;/sub&gt; 吸收进 W&lt;sub&gt;Q&lt;/sub&gt;。AttnScope 把这两个乘积分开计算，以便你能看到 q&lt;sub&gt;lat&lt;/sub&gt;。RoPE 项照旧相加。</translation>
    </message>
    <message>
        <source>Values stay compressed too</source>
        <translation>值也保持压缩</translation>
    </message>
    <message>
        <source>The same works for values. Head i&apos;s output is

o&lt;sub&gt;i&lt;/sub&gt; = softmax(score&lt;sub&gt;i&lt;/sub&gt;) v&lt;sub&gt;C,i&lt;/sub&gt; = (softmax(score&lt;sub&gt;i&lt;/sub&gt;) c&lt;sub&gt;KV&lt;/sub&gt;) W&lt;sub&gt;UV,i&lt;/sub&gt;

The weights first average the cached latents, o&lt;sub&gt;lat,i&lt;/sub&gt; (the step before, 6 &amp;times; 32), and only that average is up-projected to d&lt;sub&gt;h&lt;/sub&gt; = 8 numbers. The layer&apos;s output is [o&lt;sub&gt;0&lt;/sub&gt; ; … ; o&lt;sub&gt;3&lt;/sub&gt;] W&lt;sub&gt;O&lt;/sub&gt;, so each W&lt;sub&gt;UV,i&lt;/sub&gt; can be multiplied into its block of W&lt;sub&gt;O&lt;/sub&gt;: W&lt;sub&gt;UV&lt;/sub&gt; is absorbed into W&lt;sub&gt;O&lt;/sub&gt;. Both paths use the same weights and agree up to float rounding; the absorbed one attends over the cache as stored and never forms k&lt;sub&gt;C&lt;/sub&gt; or v&lt;sub&gt;C&lt;/sub&gt;.</source>
        <translation>值也同样适用。头 i 的输出为

o&lt;sub&gt;i&lt;/sub&gt; = softmax(score&lt;sub&gt;i&lt;/sub&gt;) v&lt;sub&gt;C,i&lt;/sub&gt; = (softmax(score&lt;sub&gt;i&lt;/sub&gt;) c&lt;sub&gt;KV&lt;/sub&gt;) W&lt;sub&gt;UV,i&lt;/sub&gt;

权重先对缓存的潜在向量求加权平均，得到 o&lt;sub&gt;lat,i&lt;/sub&gt;（上一步，6 &amp;times; 32），然后只把这个平均值上投影为 d&lt;sub&gt;h&lt;/sub&gt; = 8 个数。该层的输出是 [o&lt;sub&gt;0&lt;/sub&gt; ; … ; o&lt;sub&gt;3&lt;/sub&gt;] W&lt;sub&gt;O&lt;/sub&gt;，因此每个 W&lt;sub&gt;UV,i&lt;/sub&gt; 都可以乘进 W&lt;sub&gt;O&lt;/sub&gt; 中对应的块：W&lt;sub&gt;UV&lt;/sub&gt; 被吸收进 W&lt;sub&gt;O&lt;/sub&gt;。两条路径使用相同的权重，结果仅相差浮点舍入；吸收路径直接在存储的缓存上计算注意力，从不构造 k&lt;sub&gt;C&lt;/sub&gt; 或 v&lt;sub&gt;C&lt;/sub&gt;。</translation>
    </message>
    <message>
        <source>What MLA caches</source>
        <translation>MLA 缓存什么</translation>
    </message>
    <message>
        <source>The Heads view shows what MLA keeps for each token and layer: one latent c&lt;sub&gt;KV&lt;/sub&gt; of d&lt;sub&gt;c&lt;/sub&gt; numbers and one shared RoPE key of d&lt;sub&gt;h&lt;/sub&gt;&lt;sup&gt;R&lt;/sup&gt;, in all

(d&lt;sub&gt;c&lt;/sub&gt; + d&lt;sub&gt;h&lt;/sub&gt;&lt;sup&gt;R&lt;/sup&gt;) l elements per token (DeepSeek-V2, Table 1)

Here that is 32 + 4 = 36 per layer, against 2 n&lt;sub&gt;h&lt;/sub&gt; d&lt;sub&gt;h&lt;/sub&gt; = 64 for multi-head attention. With DeepSeek-V2&apos;s ratios, d&lt;sub&gt;c&lt;/sub&gt; = 4d&lt;sub&gt;h&lt;/sub&gt; and d&lt;sub&gt;h&lt;/sub&gt;&lt;sup&gt;R&lt;/sup&gt; = d&lt;sub&gt;h&lt;/sub&gt;/2, the cache is 4.5 d&lt;sub&gt;h&lt;/sub&gt; per layer, as much as GQA with 2.25 KV heads of width d&lt;sub&gt;h&lt;/sub&gt;: the paper&apos;s &quot;2.25 groups&quot;. Yet every head still gets its own keys and values, rebuilt from the latent, and the paper reports stronger performance than MHA.</source>
        <translation>“头”视图显示 MLA 为每个词元、每一层保留的内容：一个 d&lt;sub&gt;c&lt;/sub&gt; 个数的潜在向量 c&lt;sub&gt;KV&lt;/sub&gt; 和一个 d&lt;sub&gt;h&lt;/sub&gt;&lt;sup&gt;R&lt;/sup&gt; 个数的共享 RoPE 键，总计

每词元 (d&lt;sub&gt;c&lt;/sub&gt; + d&lt;sub&gt;h&lt;/sub&gt;&lt;sup&gt;R&lt;/sup&gt;) l 个元素（DeepSeek-V2，表 1）

这里每层为 32 + 4 = 36，而多头注意力为 2 n&lt;sub&gt;h&lt;/sub&gt; d&lt;sub&gt;h&lt;/sub&gt; = 64。按 DeepSeek-V2 的比例 d&lt;sub&gt;c&lt;/sub&gt; = 4d&lt;sub&gt;h&lt;/sub&gt;、d&lt;sub&gt;h&lt;/sub&gt;&lt;sup&gt;R&lt;/sup&gt; = d&lt;sub&gt;h&lt;/sub&gt;/2，每层缓存为 4.5 d&lt;sub&gt;h&lt;/sub&gt;，相当于有 2.25 个宽度为 d&lt;sub&gt;h&lt;/sub&gt; 的 KV 头的 GQA，即论文中所说的“2.25 组”。然而每个头仍然拥有由潜在向量重建的、自己的键和值，论文报告其性能强于 MHA。</translation>
    </message>
    <message>
        <source>DeepSeek-V2 in numbers</source>
        <translation>DeepSeek-V2 的具体数字</translation>
    </message>
    <message>
        <source>DeepSeek-V2 has 60 layers with n&lt;sub&gt;h&lt;/sub&gt; = 128 heads of d&lt;sub&gt;h&lt;/sub&gt; = 128, d&lt;sub&gt;c&lt;/sub&gt; = 512 and d&lt;sub&gt;h&lt;/sub&gt;&lt;sup&gt;R&lt;/sup&gt; = 64. It compresses the queries too, to d&lt;sub&gt;c&lt;/sub&gt;′ = 1536, which saves activation memory in training but not cache. Per token:

(512 + 64) &amp;times; 60 = 34,560 elements, 69,120 bytes (67.5 KiB) at 16 bits.

Per layer that is 576 elements, where caching the rebuilt keys and values would take n&lt;sub&gt;h&lt;/sub&gt;(d&lt;sub&gt;h&lt;/sub&gt; + d&lt;sub&gt;h&lt;/sub&gt;&lt;sup&gt;R&lt;/sup&gt;) + n&lt;sub&gt;h&lt;/sub&gt;d&lt;sub&gt;h&lt;/sub&gt; = 40,960, 71 times more. MLA pays in arithmetic instead: on the absorbed path every one of the 128 heads computes its scores and weighted sums over the 512-wide latent rather than over 128-wide keys and values.</source>
        <translation>DeepSeek-V2 有 60 层，n&lt;sub&gt;h&lt;/sub&gt; = 128 个头，d&lt;sub&gt;h&lt;/sub&gt; = 128，d&lt;sub&gt;c&lt;/sub&gt; = 512，d&lt;sub&gt;h&lt;/sub&gt;&lt;sup&gt;R&lt;/sup&gt; = 64。它还把查询压缩到 d&lt;sub&gt;c&lt;/sub&gt;′ = 1536，这能节省训练时的激活内存，但不节省缓存。每个词元：

(512 + 64) &amp;times; 60 = 34,560 个元素，在 16 位下为 69,120 字节（67.5 KiB）。

每层为 576 个元素，而缓存重建后的键和值则需要 n&lt;sub&gt;h&lt;/sub&gt;(d&lt;sub&gt;h&lt;/sub&gt; + d&lt;sub&gt;h&lt;/sub&gt;&lt;sup&gt;R&lt;/sup&gt;) + n&lt;sub&gt;h&lt;/sub&gt;d&lt;sub&gt;h&lt;/sub&gt; = 40,960 个，多 71 倍。MLA 转而以算术运算为代价：在吸收路径上，128 个头中的每一个都在 512 宽的潜在向量上计算分数和加权和，而不是在 128 宽的键和值上。</translation>
    </message>
    <message>
        <source>Trained: a quarter of the cache</source>
        <translation>训练后：四分之一的缓存</translation>
    </message>
    <message>
        <source>Does the smaller cache cost quality? AttnScope trained four small language models that differ only in their attention: the same data, steps and seed, 8 heads of d&lt;sub&gt;h&lt;/sub&gt; = 16 in 4 layers (docs/teaching-models.md). Its MLA model has d&lt;sub&gt;c&lt;/sub&gt; = 48 and d&lt;sub&gt;h&lt;/sub&gt;&lt;sup&gt;R&lt;/sup&gt; = 16 and caches 48 + 16 = 64 elements per token and layer, a quarter of the 2 &amp;times; 8 &amp;times; 16 = 256 of its MHA model. The Compare view shows layer 1 of all four reading the same sentence.

Their held-out losses (mean cross-entropy per token, lower is better): MLA 2.409 and MHA 2.488, so at a quarter of the cache MLA did not do worse here; GQA, with 64 elements too, reached 1.858, and MQA, with 32, 2.653. GQA&apos;s lead comes from copying: it was the only one to learn to repeat a span within 4,000 steps, and 45% of the training documents repeat a span. These are single small runs; they illustrate the paper&apos;s claim but do not test it.</source>
        <translation>更小的缓存会损失质量吗？AttnScope 训练了四个只在注意力上不同的小语言模型：相同的数据、步数和种子，4 层，每层 8 个宽度为 d&lt;sub&gt;h&lt;/sub&gt; = 16 的头（docs/teaching-models.md）。其中的 MLA 模型 d&lt;sub&gt;c&lt;/sub&gt; = 48，d&lt;sub&gt;h&lt;/sub&gt;&lt;sup&gt;R&lt;/sup&gt; = 16，每个词元每层缓存 48 + 16 = 64 个元素，是其 MHA 模型 2 &amp;times; 8 &amp;times; 16 = 256 的四分之一。“对比”视图显示这四个模型的第 1 层读取同一个句子。

它们在留出数据上的损失（每个词元的平均交叉熵，越低越好）：MLA 2.409，MHA 2.488，因此在这里，只用四分之一缓存的 MLA 并没有更差；同样缓存 64 个元素的 GQA 达到 1.858，缓存 32 个元素的 MQA 为 2.653。GQA 的领先来自复制：它是唯一在 4,000 步内学会重复词序列的模型，而 45% 的训练文档都在重复一段词序列。这些都是单次的小规模训练；它们可以说明论文的结论，但并不能检验它。</translation>
    </message>
</context>
<context>
    <name>lesson:mqa</name>
    <message>
        <source>Multi-query attention</source>
        <translation>多查询注意力</translation>
    </message>
    <message>
        <source>All query heads share one key head and one value head: a cache n_h times smaller and faster decoding, at some cost in quality.</source>
        <translation>所有查询头共享一个键头和一个值头：缓存缩小为 1/n_h，解码更快，但质量会有一定损失。</translation>
    </message>
    <message>
        <source>One key head, one value head</source>
        <translation>一个键头，一个值头</translation>
    </message>
    <message>
        <source>Shazeer (2019) proposed &lt;i&gt;multi-query attention&lt;/i&gt; (MQA): keep n&lt;sub&gt;h&lt;/sub&gt; query heads, but let all of them share a single key head and a single value head. Only W&lt;sub&gt;K&lt;/sub&gt; and W&lt;sub&gt;V&lt;/sub&gt; change. They shrink from d&lt;sub&gt;model&lt;/sub&gt; &amp;times; n&lt;sub&gt;h&lt;/sub&gt;d&lt;sub&gt;h&lt;/sub&gt; to d&lt;sub&gt;model&lt;/sub&gt; &amp;times; d&lt;sub&gt;h&lt;/sub&gt;: here 64 &amp;times; 8 instead of 64 &amp;times; 64, so K and V are 6 &amp;times; 8 matrices, one key and one value of 8 numbers per token. The queries keep all their heads: Q is still 6 &amp;times; 64, eight blocks of d&lt;sub&gt;h&lt;/sub&gt; = 8.</source>
        <translation>Shazeer（2019）提出了&lt;i&gt;多查询注意力&lt;/i&gt;（MQA）：保留 n&lt;sub&gt;h&lt;/sub&gt; 个查询头，但让它们全部共享同一个键头和同一个值头。只有 W&lt;sub&gt;K&lt;/sub&gt; 和 W&lt;sub&gt;V&lt;/sub&gt; 发生变化：它们从 d&lt;sub&gt;model&lt;/sub&gt; &amp;times; n&lt;sub&gt;h&lt;/sub&gt;d&lt;sub&gt;h&lt;/sub&gt; 缩小为 d&lt;sub&gt;model&lt;/sub&gt; &amp;times; d&lt;sub&gt;h&lt;/sub&gt;，这里是 64 &amp;times; 8 而不是 64 &amp;times; 64，因此 K 和 V 都是 6 &amp;times; 8 矩阵，每个词元一个键和一个值，各 8 个数。查询保留了全部的头：Q 仍为 6 &amp;times; 64，由八个 d&lt;sub&gt;h&lt;/sub&gt; = 8 的块组成。</translation>
    </message>
    <message>
        <source>Every query head reads the same keys</source>
        <translation>每个查询头读取相同的键</translation>
    </message>
    <message>
        <source>Each head h still computes its own scores, but against the shared keys, and mixes the shared values:

scores&lt;sub&gt;h&lt;/sub&gt; = Q&lt;sub&gt;h&lt;/sub&gt; K&lt;sup&gt;T&lt;/sup&gt; / &amp;radic;d&lt;sub&gt;h&lt;/sub&gt;, output&lt;sub&gt;h&lt;/sub&gt; = softmax(scores&lt;sub&gt;h&lt;/sub&gt;) V

Step through heads 0 to 7: K and V are the same every time, only the query block changes. The attention maps still differ from head to head, because each head asks different questions of the same keys. What is lost is the freedom of each head to project keys and values into a subspace of its own, and that is where quality can suffer.</source>
        <translation>每个头 h 仍然计算自己的分数，但比较的是共享的键，混合的是共享的值：

scores&lt;sub&gt;h&lt;/sub&gt; = Q&lt;sub&gt;h&lt;/sub&gt; K&lt;sup&gt;T&lt;/sup&gt; / &amp;radic;d&lt;sub&gt;h&lt;/sub&gt;, output&lt;sub&gt;h&lt;/sub&gt; = softmax(scores&lt;sub&gt;h&lt;/sub&gt;) V

逐个查看头 0 到头 7：K 和 V 每次都相同，只有查询块在变化。各头的注意力图仍然各不相同，因为每个头向相同的键提出不同的问题。失去的是每个头把键和值投影到自己子空间的自由，而这正是质量可能受损的地方。</translation>
    </message>
    <message>
        <source>The cache shrinks n_h times</source>
        <translation>缓存缩小为 1/n_h</translation>
    </message>
    <message>
        <source>In the Heads view all eight query heads connect to the one KV head. Per token and layer the cache holds one key and one value:

2 d&lt;sub&gt;h&lt;/sub&gt; = 2 &amp;times; 8 = 16 elements, against 2 n&lt;sub&gt;h&lt;/sub&gt; d&lt;sub&gt;h&lt;/sub&gt; = 128 for multi-head attention

That is n&lt;sub&gt;h&lt;/sub&gt; = 8 times less, and 2 d&lt;sub&gt;h&lt;/sub&gt; l for a model of l layers (DeepSeek-V2, Table 1). The saving grows with the number of heads: with 32 heads per layer, the cache is 32 times smaller than multi-head attention&apos;s. Press &lt;i&gt;Broadcast&lt;/i&gt; to watch the single KV head send its keys and values to every query head.</source>
        <translation>在“头”视图中，全部八个查询头都连接到唯一的 KV 头。每词元每层的缓存存放一个键和一个值：

2 d&lt;sub&gt;h&lt;/sub&gt; = 2 &amp;times; 8 = 16 个元素，而多头注意力为 2 n&lt;sub&gt;h&lt;/sub&gt; d&lt;sub&gt;h&lt;/sub&gt; = 128

也就是减少到 1/n&lt;sub&gt;h&lt;/sub&gt; = 1/8；对于 l 层的模型为 2 d&lt;sub&gt;h&lt;/sub&gt; l（DeepSeek-V2，表 1）。节省的比例随头数增加：每层 32 个头时，缓存只有多头注意力的 1/32。按&lt;i&gt;广播&lt;/i&gt;可观看这唯一的 KV 头把它的键和值发送给每个查询头。</translation>
    </message>
    <message>
        <source>Why decoding gets faster</source>
        <translation>为什么解码会变快</translation>
    </message>
    <message>
        <source>Shazeer&apos;s argument is about memory traffic. Training processes all positions of a sequence at once and keeps the processor busy with arithmetic. Incremental decoding produces one token per step and must load every cached key and value at every step, so its speed is limited by memory bandwidth. MQA divides the bytes loaded from the cache by n&lt;sub&gt;h&lt;/sub&gt;, while every query head still does its arithmetic: each loaded number is used by all heads. He verified experimentally that such models decode much faster. Press &lt;i&gt;Sweep&lt;/i&gt; in the Timings panel: it times one layer of Llama 2 7B&apos;s shape (32 heads of 128) as MHA, GQA and MQA. Watch how much more slowly MQA&apos;s decode time grows with the context. The size of the gap depends on the machine.</source>
        <translation>Shazeer 的论点关乎内存流量。训练时一次处理序列的所有位置，使处理器忙于算术运算。增量解码每一步只生成一个词元，却必须在每一步加载所有缓存的键和值，因此其速度受限于内存带宽。MQA 把从缓存加载的字节数除以 n&lt;sub&gt;h&lt;/sub&gt;，而每个查询头仍然完成自己的运算：每个加载的数都被所有头使用。他通过实验验证了这类模型的解码速度要快得多。在“计时”面板中按&lt;i&gt;扫描&lt;/i&gt;：它以 Llama 2 7B 的一层形状（32 个头，每个 128）分别按 MHA、GQA 和 MQA 计时。请观察 MQA 的解码时间随上下文长度增长得慢多少。差距的大小取决于机器。</translation>
    </message>
    <message>
        <source>Real models with one KV head</source>
        <translation>只有一个 KV 头的真实模型</translation>
    </message>
    <message>
        <source>Falcon-7B uses multi-query attention: in each of its 32 layers, 71 query heads of d&lt;sub&gt;h&lt;/sub&gt; = 64 share one KV head. Its cache per token is

2 &amp;times; 64 &amp;times; 32 = 4,096 elements, 8,192 bytes (8.0 KiB) at 16 bits.

With a KV head for each of its 71 query heads, the cache would be 71 times larger. Llama 2 7B, a multi-head model of similar size, keeps 262,144 elements (512 KiB) per token. PaLM 540B and Gemma 2B (presets palm-540b and gemma-2b) use multi-query attention as well.</source>
        <translation>Falcon-7B 使用多查询注意力：在它的 32 层中，每层 71 个 d&lt;sub&gt;h&lt;/sub&gt; = 64 的查询头共享一个 KV 头。它每个词元的缓存为

2 &amp;times; 64 &amp;times; 32 = 4,096 个元素，在 16 位下为 8,192 字节（8.0 KiB）。

如果 71 个查询头各有一个 KV 头，缓存将大 71 倍。规模相近的多头模型 Llama 2 7B 每个词元保留 262,144 个元素（512 KiB）。PaLM 540B 和 Gemma 2B（预设 palm-540b 和 gemma-2b）也使用多查询注意力。</translation>
    </message>
    <message>
        <source>The price: quality and stability</source>
        <translation>代价：质量与稳定性</translation>
    </message>
    <message>
        <source>One shared key and value head means less capacity. Shazeer reported only a minor loss of quality against the multi-head baseline. Ainslie et al. (2023) found that MQA can lead to quality degradation and training instability: T5-Large models they trained from scratch with MQA had frequent loss spikes, and diverged at once when fine-tuned on long-input tasks. There is a practical cost too: a model trained with multi-head attention cannot simply switch to MQA at inference time.

The Compare view shows AttnScope&apos;s four small trained models, alike but for their attention, reading one sentence (docs/teaching-models.md). Its MQA model caches 32 elements per token and layer against MHA&apos;s 256. Both learned subject-verb agreement (300 of 300 test sentences), but MQA&apos;s held-out loss is the worst of the four, 2.653 against MHA&apos;s 2.488, and none of its heads attends like a copying head. One small run is no proof, but it points the same way as the papers. Lesson 6 shows Ainslie et al.&apos;s answer: groups of heads, and a cheap way to convert an existing checkpoint.</source>
        <translation>只有一个共享的键头和值头意味着容量更小。Shazeer 报告称，与多头基线相比质量损失很小。Ainslie 等（2023）发现 MQA 可能导致质量下降和训练不稳定：他们用 MQA 从头训练的 T5-Large 模型频繁出现损失尖峰，在长输入任务上微调时则立即发散。还有一个实际代价：用多头注意力训练的模型无法在推理时直接切换为 MQA。

“对比”视图显示 AttnScope 的四个训练好的小模型读取同一个句子，它们除注意力外完全相同（docs/teaching-models.md）。其中的 MQA 模型每个词元每层缓存 32 个元素，MHA 为 256 个。两者都学会了主谓一致（300 个测试句全部正确），但 MQA 在留出数据上的损失是四个模型中最差的，为 2.653，MHA 为 2.488，而且它没有一个头呈现复制头的注意力模式。一次小规模训练不能证明什么，但它与论文指向同一方向。第 6 课介绍 Ainslie 等给出的答案：对头进行分组，以及一种转换现有检查点的低成本方法。</translation>
    </message>
</context>
<context>
    <name>lesson:multi-head</name>
    <message>
        <source>Multi-head attention</source>
        <translation>多头注意力</translation>
    </message>
    <message>
        <source>Several attention heads side by side, each on its own projections, joined by concatenation and W_O.</source>
        <translation>多个注意力头并列，各自使用自己的投影，再通过拼接和 W_O 合并。</translation>
    </message>
    <message>
        <source>Several heads instead of one</source>
        <translation>多个头而不是一个</translation>
    </message>
    <message>
        <source>One attention computes one weighted average per token. Multi-head attention runs several in parallel, each on its own projections:

head&lt;sub&gt;i&lt;/sub&gt; = Attention(X W&lt;sub&gt;Q,i&lt;/sub&gt;, X W&lt;sub&gt;K,i&lt;/sub&gt;, X W&lt;sub&gt;V,i&lt;/sub&gt;)

AttnScope stores the projections of all n&lt;sub&gt;h&lt;/sub&gt; heads side by side: W&lt;sub&gt;Q&lt;/sub&gt; is d&lt;sub&gt;model&lt;/sub&gt; &amp;times; n&lt;sub&gt;h&lt;/sub&gt;d&lt;sub&gt;h&lt;/sub&gt;, and head i owns columns i·d&lt;sub&gt;h&lt;/sub&gt; to (i+1)·d&lt;sub&gt;h&lt;/sub&gt; − 1 of Q = X W&lt;sub&gt;Q&lt;/sub&gt;. Here d&lt;sub&gt;model&lt;/sub&gt; = 32 and n&lt;sub&gt;h&lt;/sub&gt; = 4 heads of d&lt;sub&gt;h&lt;/sub&gt; = 8, so Q is 6 &amp;times; 32 and holds four 6 &amp;times; 8 query blocks. K and V, the next two steps, are cut into blocks in the same way.</source>
        <translation>一次注意力为每个词元计算一个加权平均。多头注意力并行运行多个注意力，每个都使用自己的投影：

head&lt;sub&gt;i&lt;/sub&gt; = Attention(X W&lt;sub&gt;Q,i&lt;/sub&gt;, X W&lt;sub&gt;K,i&lt;/sub&gt;, X W&lt;sub&gt;V,i&lt;/sub&gt;)

AttnScope 把全部 n&lt;sub&gt;h&lt;/sub&gt; 个头的投影并排存放：W&lt;sub&gt;Q&lt;/sub&gt; 为 d&lt;sub&gt;model&lt;/sub&gt; &amp;times; n&lt;sub&gt;h&lt;/sub&gt;d&lt;sub&gt;h&lt;/sub&gt;，头 i 占据 Q = X W&lt;sub&gt;Q&lt;/sub&gt; 的第 i·d&lt;sub&gt;h&lt;/sub&gt; 到 (i+1)·d&lt;sub&gt;h&lt;/sub&gt; − 1 列。这里 d&lt;sub&gt;model&lt;/sub&gt; = 32，n&lt;sub&gt;h&lt;/sub&gt; = 4 个头，每个 d&lt;sub&gt;h&lt;/sub&gt; = 8，因此 Q 为 6 &amp;times; 32，包含四个 6 &amp;times; 8 的查询块。接下来两步中的 K 和 V 也以同样的方式切分成块。</translation>
    </message>
    <message>
        <source>How wide is a head?</source>
        <translation>一个头有多宽？</translation>
    </message>
    <message>
        <source>Vaswani et al. keep the total width fixed and divide it among the heads:

d&lt;sub&gt;k&lt;/sub&gt; = d&lt;sub&gt;v&lt;/sub&gt; = d&lt;sub&gt;model&lt;/sub&gt; / h

Their base model has d&lt;sub&gt;model&lt;/sub&gt; = 512 and h = 8 heads, so d&lt;sub&gt;k&lt;/sub&gt; = d&lt;sub&gt;v&lt;/sub&gt; = 64. Because each head is narrower, the total cost is similar to that of one head of full width. Here 32 / 4 = 8. Each head scales its scores by its own width, 1/&amp;radic;d&lt;sub&gt;h&lt;/sub&gt; = 1/&amp;radic;8, not by d&lt;sub&gt;model&lt;/sub&gt;. AttnScope writes n&lt;sub&gt;h&lt;/sub&gt; and d&lt;sub&gt;h&lt;/sub&gt; for the number and width of heads, as DeepSeek-V2 does; the transformer paper writes h, d&lt;sub&gt;k&lt;/sub&gt; and d&lt;sub&gt;v&lt;/sub&gt;.</source>
        <translation>Vaswani 等保持总宽度不变，并将其在各头之间均分：

d&lt;sub&gt;k&lt;/sub&gt; = d&lt;sub&gt;v&lt;/sub&gt; = d&lt;sub&gt;model&lt;/sub&gt; / h

他们的基础模型 d&lt;sub&gt;model&lt;/sub&gt; = 512，h = 8 个头，因此 d&lt;sub&gt;k&lt;/sub&gt; = d&lt;sub&gt;v&lt;/sub&gt; = 64。由于每个头更窄，总计算量与一个全宽度的单头相近。这里 32 / 4 = 8。每个头按自己的宽度缩放分数，即 1/&amp;radic;d&lt;sub&gt;h&lt;/sub&gt; = 1/&amp;radic;8，而不是按 d&lt;sub&gt;model&lt;/sub&gt;。AttnScope 与 DeepSeek-V2 一样，用 n&lt;sub&gt;h&lt;/sub&gt; 和 d&lt;sub&gt;h&lt;/sub&gt; 表示头的数量和宽度；Transformer 论文则写作 h、d&lt;sub&gt;k&lt;/sub&gt; 和 d&lt;sub&gt;v&lt;/sub&gt;。</translation>
    </message>
    <message>
        <source>Each head attends on its own</source>
        <translation>每个头各自计算注意力</translation>
    </message>
    <message>
        <source>Head 1 computes its own scores from its own blocks, Q&lt;sub&gt;1&lt;/sub&gt; K&lt;sub&gt;1&lt;/sub&gt;&lt;sup&gt;T&lt;/sup&gt; / &amp;radic;8, and its own softmax, shown here. The heads exchange no numbers during attention: the player runs scores, softmax and weighted sum for head 0, then for head 1, and so on, while a real implementation runs all heads at once as one batched matrix product. Each head produces a 6 &amp;times; 8 output, Σ&lt;sub&gt;j&lt;/sub&gt; α&lt;sub&gt;tj&lt;/sub&gt; v&lt;sub&gt;j&lt;/sub&gt; with its own weights and its own values.</source>
        <translation>头 1 由自己的块计算自己的分数 Q&lt;sub&gt;1&lt;/sub&gt; K&lt;sub&gt;1&lt;/sub&gt;&lt;sup&gt;T&lt;/sup&gt; / &amp;radic;8，以及自己的 softmax（即此处所示）。在注意力计算期间各头之间不交换任何数值：播放器先为头 0 执行分数、softmax 和加权和，然后是头 1，依此类推；而实际实现会把所有头作为一次批量矩阵乘法同时计算。每个头产生一个 6 &amp;times; 8 的输出，即用它自己的权重和自己的值计算的 Σ&lt;sub&gt;j&lt;/sub&gt; α&lt;sub&gt;tj&lt;/sub&gt; v&lt;sub&gt;j&lt;/sub&gt;。</translation>
    </message>
    <message>
        <source>Concatenate the heads</source>
        <translation>拼接各头</translation>
    </message>
    <message>
        <source>The outputs of the n&lt;sub&gt;h&lt;/sub&gt; heads are put side by side again:

Concat(head&lt;sub&gt;0&lt;/sub&gt;, …, head&lt;sub&gt;3&lt;/sub&gt;), a T &amp;times; n&lt;sub&gt;h&lt;/sub&gt;d&lt;sub&gt;h&lt;/sub&gt; matrix

Here four 6 &amp;times; 8 outputs become one 6 &amp;times; 32 matrix, head i in columns 8i to 8i + 7, the same layout as Q. Nothing is computed in this step: each head&apos;s result only moves into its own columns. Up to here, no number of one head has influenced another head. The heads are mixed in the next step.</source>
        <translation>n&lt;sub&gt;h&lt;/sub&gt; 个头的输出再次并排放置：

Concat(head&lt;sub&gt;0&lt;/sub&gt;, …, head&lt;sub&gt;3&lt;/sub&gt;)，一个 T &amp;times; n&lt;sub&gt;h&lt;/sub&gt;d&lt;sub&gt;h&lt;/sub&gt; 矩阵

这里四个 6 &amp;times; 8 的输出合成一个 6 &amp;times; 32 矩阵，头 i 位于第 8i 到 8i + 7 列，与 Q 的布局相同。这一步不做任何计算：每个头的结果只是移入自己的列。到此为止，一个头的任何数值都没有影响过另一个头。各头在下一步才被混合。</translation>
    </message>
    <message>
        <source>The output projection W_O</source>
        <translation>输出投影 W_O</translation>
    </message>
    <message>
        <source>A last matrix combines the heads and returns to the model width:

MultiHead(X) = Concat(head&lt;sub&gt;0&lt;/sub&gt;, …, head&lt;sub&gt;3&lt;/sub&gt;) W&lt;sub&gt;O&lt;/sub&gt;

W&lt;sub&gt;O&lt;/sub&gt; is n&lt;sub&gt;h&lt;/sub&gt;d&lt;sub&gt;h&lt;/sub&gt; &amp;times; d&lt;sub&gt;model&lt;/sub&gt;, here 32 &amp;times; 32. Every column of the output is a weighted combination of the results of all heads, so this is where what the heads found is brought together. A multi-head layer therefore has four projection matrices, W&lt;sub&gt;Q&lt;/sub&gt;, W&lt;sub&gt;K&lt;/sub&gt;, W&lt;sub&gt;V&lt;/sub&gt; and W&lt;sub&gt;O&lt;/sub&gt;, each d&lt;sub&gt;model&lt;/sub&gt; &amp;times; d&lt;sub&gt;model&lt;/sub&gt; when n&lt;sub&gt;h&lt;/sub&gt;d&lt;sub&gt;h&lt;/sub&gt; = d&lt;sub&gt;model&lt;/sub&gt;.</source>
        <translation>最后一个矩阵把各头组合起来，并回到模型宽度：

MultiHead(X) = Concat(head&lt;sub&gt;0&lt;/sub&gt;, …, head&lt;sub&gt;3&lt;/sub&gt;) W&lt;sub&gt;O&lt;/sub&gt;

W&lt;sub&gt;O&lt;/sub&gt; 为 n&lt;sub&gt;h&lt;/sub&gt;d&lt;sub&gt;h&lt;/sub&gt; &amp;times; d&lt;sub&gt;model&lt;/sub&gt;，这里是 32 &amp;times; 32。输出的每一列都是所有头结果的加权组合，因此各头的发现正是在这里汇集到一起。所以一个多头层有四个投影矩阵 W&lt;sub&gt;Q&lt;/sub&gt;、W&lt;sub&gt;K&lt;/sub&gt;、W&lt;sub&gt;V&lt;/sub&gt; 和 W&lt;sub&gt;O&lt;/sub&gt;，当 n&lt;sub&gt;h&lt;/sub&gt;d&lt;sub&gt;h&lt;/sub&gt; = d&lt;sub&gt;model&lt;/sub&gt; 时，每个都是 d&lt;sub&gt;model&lt;/sub&gt; &amp;times; d&lt;sub&gt;model&lt;/sub&gt;。</translation>
    </message>
    <message>
        <source>Every head keeps its own keys and values</source>
        <translation>每个头保留自己的键和值</translation>
    </message>
    <message>
        <source>The Heads view draws which keys and values each query head reads. In multi-head attention every query head has a key head and a value head of its own: 4 query heads, 4 KV heads, one line each. When a model generates text, these keys and values are kept for every past token, so this layer stores

2 n&lt;sub&gt;h&lt;/sub&gt; d&lt;sub&gt;h&lt;/sub&gt; = 2 &amp;times; 4 &amp;times; 8 = 64 numbers per token.

The next lesson shows why that cache exists and how fast it grows; lessons 5 to 7 show three ways to make it smaller.</source>
        <translation>“头”视图画出每个查询头读取哪些键和值。在多头注意力中，每个查询头都有自己的键头和值头：4 个查询头，4 个 KV 头，各一条连线。模型生成文本时，会为每个已生成的词元保留这些键和值，因此这一层每个词元存储

2 n&lt;sub&gt;h&lt;/sub&gt; d&lt;sub&gt;h&lt;/sub&gt; = 2 &amp;times; 4 &amp;times; 8 = 64 个数。

下一课说明这种缓存为何存在以及它增长得有多快；第 5 到第 7 课介绍让它变小的三种方法。</translation>
    </message>
    <message>
        <source>Different heads, different jobs</source>
        <translation>不同的头，不同的任务</translation>
    </message>
    <message>
        <source>The steps so far used seeded random weights, and random heads differ only at random. This step shows a trained model: the MHA model that AttnScope trained on simple generated stories (docs/teaching-models.md), 4 layers of n&lt;sub&gt;h&lt;/sub&gt; = 8 heads of d&lt;sub&gt;h&lt;/sub&gt; = 16. Its layer 1 reads &lt;i&gt;the dog that the cats see runs .&lt;/i&gt;, and each head has taken on its own job.

Head 6, shown here, mostly looks one token back: &lt;i&gt;dog&lt;/i&gt; reads &lt;i&gt;the&lt;/i&gt; (1.00), &lt;i&gt;that&lt;/i&gt; reads &lt;i&gt;dog&lt;/i&gt; (0.97), &lt;i&gt;see&lt;/i&gt; reads &lt;i&gt;cats&lt;/i&gt; (0.96). This is the paper&apos;s reason for several heads: each attends to different information at different positions, which one head, averaging everything into a single distribution, cannot do.</source>
        <translation>到目前为止的步骤使用的是带种子的随机权重，随机的头之间只有随机的差异。这一步展示一个训练好的模型：AttnScope 在简单的生成故事上训练的 MHA 模型（docs/teaching-models.md），4 层，每层 n&lt;sub&gt;h&lt;/sub&gt; = 8 个宽度为 d&lt;sub&gt;h&lt;/sub&gt; = 16 的头。它的第 1 层读取 &lt;i&gt;the dog that the cats see runs .&lt;/i&gt;，每个头都承担了自己的任务。

这里显示的头 6 主要回看一个词元：&lt;i&gt;dog&lt;/i&gt; 读取 &lt;i&gt;the&lt;/i&gt;（1.00），&lt;i&gt;that&lt;/i&gt; 读取 &lt;i&gt;dog&lt;/i&gt;（0.97），&lt;i&gt;see&lt;/i&gt; 读取 &lt;i&gt;cats&lt;/i&gt;（0.96）。这正是论文使用多个头的理由：每个头在不同位置关注不同的信息，而单个头把一切平均成一个分布，做不到这一点。</translation>
    </message>
    <message>
        <source>A head that finds the subject</source>
        <translation>一个寻找主语的头</translation>
    </message>
    <message>
        <source>Head 1 of the same layer, on the same sentence, looks somewhere else: &lt;i&gt;cats&lt;/i&gt; and &lt;i&gt;see&lt;/i&gt; put 1.00 and 0.93 of their weight on &lt;i&gt;dog&lt;/i&gt;, the subject, across the relative clause. The verb &lt;i&gt;runs&lt;/i&gt; must agree with &lt;i&gt;dog&lt;/i&gt;, not with &lt;i&gt;cats&lt;/i&gt;, right before it, and this head brings the subject to the end of the clause. Measured on 300 new sentences, it gives 0.98 of that position&apos;s attention to the subject.</source>
        <translation>同一层的头 1 在同一个句子上看向别处：&lt;i&gt;cats&lt;/i&gt; 和 &lt;i&gt;see&lt;/i&gt; 跨过关系从句，把 1.00 和 0.93 的权重放在主语 &lt;i&gt;dog&lt;/i&gt; 上。动词 &lt;i&gt;runs&lt;/i&gt; 必须与 &lt;i&gt;dog&lt;/i&gt; 一致，而不是与紧挨在它前面的 &lt;i&gt;cats&lt;/i&gt; 一致，这个头把主语的信息带到从句的末尾。在 300 个新句子上测得，它把该位置 0.98 的注意力给了主语。</translation>
    </message>
    <message>
        <source>A head that rests</source>
        <translation>一个休息的头</translation>
    </message>
    <message>
        <source>Head 2 puts 0.99 to 1.00 of the weight of &lt;i&gt;that&lt;/i&gt;, &lt;i&gt;cats&lt;/i&gt; and &lt;i&gt;see&lt;/i&gt; on the first token, &lt;code&gt;&amp;lt;|endoftext|&amp;gt;&lt;/code&gt;, which marks the start of the document. A softmax row must add up to 1, so a head with nothing to add for a token parks its weight on a token that carries little. Three heads of one layer, three jobs, all computed at the same time from the same input. Switch between the eight heads with &lt;i&gt;Head shown&lt;/i&gt;; the lesson &lt;i&gt;What heads learn&lt;/i&gt; goes further.</source>
        <translation>头 2 把 &lt;i&gt;that&lt;/i&gt;、&lt;i&gt;cats&lt;/i&gt; 和 &lt;i&gt;see&lt;/i&gt; 的 0.99 到 1.00 的权重放在第一个词元 &lt;code&gt;&amp;lt;|endoftext|&amp;gt;&lt;/code&gt; 上，它标记文档的开头。softmax 的一行之和必须为 1，所以一个对某个词元无所贡献的头会把权重停放在一个携带信息很少的词元上。同一层的三个头，三项任务，全都由同一输入同时计算出来。用&lt;i&gt;显示的头&lt;/i&gt;在八个头之间切换；&lt;i&gt;注意力头学到了什么&lt;/i&gt;一课会更进一步。</translation>
    </message>
</context>
<context>
    <name>lesson:sdpa</name>
    <message>
        <source>Scaled dot-product attention</source>
        <translation>缩放点积注意力</translation>
    </message>
    <message>
        <source>Queries, keys and values, the 1/√d_k scale and the softmax, in self, masked and cross attention.</source>
        <translation>查询、键和值，1/√d_k 缩放与 softmax，以及自注意力、掩码注意力和交叉注意力。</translation>
    </message>
    <message>
        <source>Queries, keys and values</source>
        <translation>查询、键和值</translation>
    </message>
    <message>
        <source>The transformer of Vaswani et al. (2017) drops the recurrence and keeps the attention. Every token plays three roles, each a linear projection of its row of X:

Q = X W&lt;sub&gt;Q&lt;/sub&gt;, K = X W&lt;sub&gt;K&lt;/sub&gt;, V = X W&lt;sub&gt;V&lt;/sub&gt;

A &lt;i&gt;query&lt;/i&gt; says what a token is looking for, a &lt;i&gt;key&lt;/i&gt; what it offers to be matched against, and a &lt;i&gt;value&lt;/i&gt; what it passes on when it is chosen. Here X holds 6 tokens of d&lt;sub&gt;model&lt;/sub&gt; = 16 numbers, and this single head has d&lt;sub&gt;k&lt;/sub&gt; = d&lt;sub&gt;v&lt;/sub&gt; = 16, so Q, K and V are all 6 &amp;times; 16 matrices. Press the Right arrow key to see K and V.</source>
        <translation>Vaswani 等（2017）提出的 Transformer 去掉了循环，只保留注意力。每个词元扮演三种角色，每种都是它在 X 中那一行的线性投影：

Q = X W&lt;sub&gt;Q&lt;/sub&gt;, K = X W&lt;sub&gt;K&lt;/sub&gt;, V = X W&lt;sub&gt;V&lt;/sub&gt;

&lt;i&gt;查询&lt;/i&gt;表示词元在寻找什么，&lt;i&gt;键&lt;/i&gt;表示它提供什么以供匹配，&lt;i&gt;值&lt;/i&gt;表示它被选中时传递出去的内容。这里 X 包含 6 个词元，每个 d&lt;sub&gt;model&lt;/sub&gt; = 16 个数，这个单头的 d&lt;sub&gt;k&lt;/sub&gt; = d&lt;sub&gt;v&lt;/sub&gt; = 16，因此 Q、K 和 V 都是 6 &amp;times; 16 矩阵。按向右方向键可查看 K 和 V。</translation>
    </message>
    <message>
        <source>Scores: one dot product per pair</source>
        <translation>分数：每对一个点积</translation>
    </message>
    <message>
        <source>Every query is compared with every key by a dot product, all pairs at once in one matrix product:

scores = Q K&lt;sup&gt;T&lt;/sup&gt; / &amp;radic;d&lt;sub&gt;k&lt;/sub&gt;

Row t, column j measures how well token t&apos;s query matches token j&apos;s key: a 6 &amp;times; 6 matrix, computed without a loop over positions. The paper names the whole operation

Attention(Q, K, V) = softmax(Q K&lt;sup&gt;T&lt;/sup&gt; / &amp;radic;d&lt;sub&gt;k&lt;/sub&gt;) V

Unlike Bahdanau&apos;s additive score, a dot product needs no weights of its own (W&lt;sub&gt;a&lt;/sub&gt;, U&lt;sub&gt;a&lt;/sub&gt;, v&lt;sub&gt;a&lt;/sub&gt;), and the paper notes that it is faster and more space-efficient in practice, because it is plain matrix multiplication.</source>
        <translation>每个查询都与每个键做点积比较，所有配对在一次矩阵乘法中同时完成：

scores = Q K&lt;sup&gt;T&lt;/sup&gt; / &amp;radic;d&lt;sub&gt;k&lt;/sub&gt;

第 t 行第 j 列衡量词元 t 的查询与词元 j 的键的匹配程度：这是一个 6 &amp;times; 6 矩阵，计算时无需对位置循环。论文将整个运算记为

Attention(Q, K, V) = softmax(Q K&lt;sup&gt;T&lt;/sup&gt; / &amp;radic;d&lt;sub&gt;k&lt;/sub&gt;) V

与 Bahdanau 的加性打分不同，点积不需要自己的权重（W&lt;sub&gt;a&lt;/sub&gt;、U&lt;sub&gt;a&lt;/sub&gt;、v&lt;sub&gt;a&lt;/sub&gt;）；论文还指出，由于它只是普通的矩阵乘法，在实践中更快、更节省空间。</translation>
    </message>
    <message>
        <source>Why divide by √d_k?</source>
        <translation>为什么要除以 √d_k？</translation>
    </message>
    <message>
        <source>Suppose the d&lt;sub&gt;k&lt;/sub&gt; entries of a query q and a key k are independent, with mean 0 and variance 1. Then q · k = Σ&lt;sub&gt;i&lt;/sub&gt; q&lt;sub&gt;i&lt;/sub&gt; k&lt;sub&gt;i&lt;/sub&gt; has mean 0 and variance d&lt;sub&gt;k&lt;/sub&gt; (Vaswani et al., section 3.2.1, footnote 4). For wide heads the raw scores are large, the softmax puts nearly all weight on one key, and its gradients become extremely small, which stalls learning. Dividing by &amp;radic;d&lt;sub&gt;k&lt;/sub&gt; brings the variance back to 1 whatever the width. The paper reports that, without this scale, additive attention outperforms dot-product attention for larger d&lt;sub&gt;k&lt;/sub&gt;.

AttnScope&apos;s seeded weights give q and k entries of variance about 1, the regime the scale is designed for. Unscaled, these scores would spread &amp;radic;16 = 4 times wider.</source>
        <translation>假设查询 q 和键 k 的 d&lt;sub&gt;k&lt;/sub&gt; 个分量相互独立，均值为 0，方差为 1。那么 q · k = Σ&lt;sub&gt;i&lt;/sub&gt; q&lt;sub&gt;i&lt;/sub&gt; k&lt;sub&gt;i&lt;/sub&gt; 的均值为 0，方差为 d&lt;sub&gt;k&lt;/sub&gt;（Vaswani 等，第 3.2.1 节，脚注 4）。对于较宽的头，原始分数很大，softmax 几乎把全部权重放在一个键上，其梯度变得极小，从而使学习停滞。除以 &amp;radic;d&lt;sub&gt;k&lt;/sub&gt; 可使方差无论宽度如何都回到 1。论文报告，如果不做这种缩放，在 d&lt;sub&gt;k&lt;/sub&gt; 较大时加性注意力的表现优于点积注意力。

AttnScope 带种子的权重使 q 和 k 的分量方差约为 1，正是这种缩放所针对的情形。如果不缩放，这些分数的分布会宽 &amp;radic;16 = 4 倍。</translation>
    </message>
    <message>
        <source>Softmax turns scores into weights</source>
        <translation>Softmax 把分数变为权重</translation>
    </message>
    <message>
        <source>Each row of scores becomes a probability distribution over the keys:

α&lt;sub&gt;tj&lt;/sub&gt; = exp(s&lt;sub&gt;tj&lt;/sub&gt;) / Σ&lt;sub&gt;k&lt;/sub&gt; exp(s&lt;sub&gt;tk&lt;/sub&gt;)

Every weight is positive and every row sums to 1. The softmax only depends on the differences within a row, so AttnScope subtracts each row&apos;s maximum before exponentiating: exp cannot overflow, and no weight changes. A row with one clearly larger score gives a peaked distribution; a row of similar scores gives a nearly flat one. Compare the rows of this 6 &amp;times; 6 matrix: some tokens spread their attention, others concentrate on one or two keys.</source>
        <translation>每一行分数都变为键上的一个概率分布：

α&lt;sub&gt;tj&lt;/sub&gt; = exp(s&lt;sub&gt;tj&lt;/sub&gt;) / Σ&lt;sub&gt;k&lt;/sub&gt; exp(s&lt;sub&gt;tk&lt;/sub&gt;)

每个权重都为正，每一行的和为 1。softmax 只取决于一行内部的差值，因此 AttnScope 在取指数之前先减去每行的最大值：exp 不会溢出，而权重也不会改变。有一个明显更大分数的行会得到尖峰分布；分数相近的行则得到近乎平坦的分布。比较这个 6 &amp;times; 6 矩阵的各行：有些词元的注意力较分散，有些则集中在一两个键上。</translation>
    </message>
    <message>
        <source>A weighted sum of values</source>
        <translation>值的加权和</translation>
    </message>
    <message>
        <source>Each token&apos;s output is the average of all values, weighted by its row of attention:

output = softmax(Q K&lt;sup&gt;T&lt;/sup&gt; / &amp;radic;d&lt;sub&gt;k&lt;/sub&gt;) V

Row t of the output is Σ&lt;sub&gt;j&lt;/sub&gt; α&lt;sub&gt;tj&lt;/sub&gt; v&lt;sub&gt;j&lt;/sub&gt;, a vector of 16 numbers, just as Bahdanau&apos;s context vector was Σ&lt;sub&gt;j&lt;/sub&gt; α&lt;sub&gt;ij&lt;/sub&gt; h&lt;sub&gt;j&lt;/sub&gt;. What differs is where queries, keys and values come from: here all three are projections of the same sequence X, so every token attends to every token of its own sequence, itself included. This is &lt;i&gt;self-attention&lt;/i&gt;, the kind used in the transformer&apos;s encoder.</source>
        <translation>每个词元的输出是所有值按其所在行注意力权重的加权平均：

output = softmax(Q K&lt;sup&gt;T&lt;/sup&gt; / &amp;radic;d&lt;sub&gt;k&lt;/sub&gt;) V

输出的第 t 行是 Σ&lt;sub&gt;j&lt;/sub&gt; α&lt;sub&gt;tj&lt;/sub&gt; v&lt;sub&gt;j&lt;/sub&gt;，一个由 16 个数构成的向量，正如 Bahdanau 的上下文向量是 Σ&lt;sub&gt;j&lt;/sub&gt; α&lt;sub&gt;ij&lt;/sub&gt; h&lt;sub&gt;j&lt;/sub&gt;。不同之处在于查询、键和值的来源：这里三者都是同一序列 X 的投影，因此每个词元都关注自身序列中的每个词元，包括它自己。这就是&lt;i&gt;自注意力&lt;/i&gt;，Transformer 编码器中使用的正是这种注意力。</translation>
    </message>
    <message>
        <source>Masked (causal) self-attention</source>
        <translation>掩码（因果）自注意力</translation>
    </message>
    <message>
        <source>Cross attention</source>
        <translation>交叉注意力</translation>
    </message>
    <message>
        <source>In the transformer&apos;s encoder-decoder attention, the queries come from the decoder and the keys and values from the encoder&apos;s output:

Q = X W&lt;sub&gt;Q&lt;/sub&gt;, K = X&lt;sub&gt;enc&lt;/sub&gt; W&lt;sub&gt;K&lt;/sub&gt;, V = X&lt;sub&gt;enc&lt;/sub&gt; W&lt;sub&gt;V&lt;/sub&gt;

Nothing else changes. With 6 decoder tokens and 5 encoder tokens the weights form a 6 &amp;times; 5 matrix: every decoder position spreads its attention over the source. This is the role Bahdanau&apos;s alignment played, now computed with dot products instead of a feed-forward network. No causal mask is needed, because the whole source is known before decoding starts.</source>
        <translation>在 Transformer 的编码器-解码器注意力中，查询来自解码器，键和值来自编码器的输出：

Q = X W&lt;sub&gt;Q&lt;/sub&gt;, K = X&lt;sub&gt;enc&lt;/sub&gt; W&lt;sub&gt;K&lt;/sub&gt;, V = X&lt;sub&gt;enc&lt;/sub&gt; W&lt;sub&gt;V&lt;/sub&gt;

其他一切都不变。解码器有 6 个词元、编码器有 5 个词元时，权重构成一个 6 &amp;times; 5 矩阵：每个解码器位置把注意力分布在源序列上。这正是 Bahdanau 对齐所起的作用，只是现在用点积而不是前馈网络来计算。这里不需要因果掩码，因为在解码开始之前整个源序列都是已知的。</translation>
    </message>
    <message>
        <source>A decoder that generates text one token at a time must not look at tokens it has not produced yet. The transformer&apos;s decoder enforces this inside the attention: before the softmax, the score of every key that comes after the query is set to −∞.

s&lt;sub&gt;tj&lt;/sub&gt; = −∞ for every j after t

Since exp(−∞) = 0, those keys get exactly zero weight, and row t mixes only the values of tokens 0 … t. The mask removes the upper triangle of the 6 &amp;times; 6 matrix, shown dark (0) here. Step on to the softmax: the weights form a lower triangle, and row 0 puts all its weight on itself. This mask is also what makes the KV cache of lesson 4 possible.</source>
        <translation>逐个词元生成文本的解码器不能看到它尚未生成的词元。Transformer 的解码器在注意力内部强制实现这一点：在 softmax 之前，把位于查询之后的每个键的分数设为 −∞。

对 t 之后的每个 j，s&lt;sub&gt;tj&lt;/sub&gt; = −∞

由于 exp(−∞) = 0，这些键的权重恰好为零，第 t 行只混合词元 0 … t 的值。掩码移除了这个 6 &amp;times; 6 矩阵的上三角部分，此处以深色（0）显示。继续前进到 softmax：权重构成一个下三角，第 0 行把全部权重放在自身上。正是这个掩码使第 4 课的 KV 缓存成为可能。</translation>
    </message>
</context>
</TS>
