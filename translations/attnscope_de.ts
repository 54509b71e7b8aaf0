<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>ConfigReader</name>
    <message>
        <source>a boolean</source>
        <translation>ein Wahrheitswert</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>%1 is %2; expected a whole number.</source>
        <translation>%1 ist %2; erwartet wird eine ganze Zahl.</translation>
    </message>
    <message>
        <source>%1 is not a whole number.</source>
        <translation>%1 ist keine ganze Zahl.</translation>
    </message>
    <message>
        <source>%1 is too large; sizes are at most 2^53 - 1 (%2).</source>
        <translation>%1 ist zu groß; Größen sind höchstens 2^53 - 1 (%2).</translation>
    </message>
    <message>
        <source>%1 must be at least %2.</source>
        <translation>%1 muss mindestens %2 sein.</translation>
    </message>
    <message>
        <source>%1 must not be negative.</source>
        <translation>%1 darf nicht negativ sein.</translation>
    </message>
    <message>
        <source>%1 is %2; expected true or false.</source>
        <translation>%1 ist %2; erwartet wird true oder false.</translation>
    </message>
    <message>
        <source>%1 is %2; expected a string.</source>
        <translation>%1 ist %2; erwartet wird eine Zeichenkette.</translation>
    </message>
    <message>
        <source>%1 disagrees with %2 (%3).</source>
        <translation>%1 widerspricht %2 (%3).</translation>
    </message>
    <message>
        <source>missing.</source>
        <translation>fehlt.</translation>
    </message>
    <message>
        <source>missing (also looked for %1).</source>
        <translation>fehlt (auch nach %1 gesucht).</translation>
    </message>
    <message>
        <source>A %1 model is encoder-only: it keeps no decode cache.</source>
        <translation>Ein %1-Modell besteht nur aus einem Encoder: Es hält keinen Cache für das Dekodieren.</translation>
    </message>
    <message>
        <source>%1 layers of several kinds are more than AttnScope lists (%2).</source>
        <translation>%1 Schichten verschiedener Arten sind mehr, als AttnScope auflistet (%2).</translation>
    </message>
    <message>
        <source>%1 is not a list of one type per layer (%2 layers).</source>
        <translation>%1 ist keine Liste mit einer Art je Schicht (%2 Schichten).</translation>
    </message>
    <message>
        <source>%1 is not a layer type AttnScope knows (full_attention, sliding_attention, chunked_attention, linear_attention, mamba, conv).</source>
        <translation>%1 ist keine Schichtart, die AttnScope kennt (full_attention, sliding_attention, chunked_attention, linear_attention, mamba, conv).</translation>
    </message>
    <message>
        <source>missing; %1 is %2, which needs it.</source>
        <translation>fehlt; %1 ist %2 und benötigt es.</translation>
    </message>
    <message>
        <source>missing; attn_layer_period and attn_layer_offset go together.</source>
        <translation>fehlt; attn_layer_period und attn_layer_offset gehören zusammen.</translation>
    </message>
    <message>
        <source>%1 must be less than %2 (%3).</source>
        <translation>%1 muss kleiner als %2 (%3) sein.</translation>
    </message>
    <message>
        <source>%1 is %2 for every layer. The figures above honour the window, as Transformers does (the default); a runtime that ignores it caches the whole context, as here.</source>
        <translation>%1 ist %2 für jede Schicht. Die Zahlen oben berücksichtigen das Fenster, wie Transformers es tut (die Vorgabe); eine Laufzeitumgebung, die es ignoriert, speichert den ganzen Kontext im Cache, wie hier.</translation>
    </message>
    <message>
        <source>%1 is %2: every layer keeps at most %2 tokens (the default reading; see the other reading).</source>
        <translation>%1 ist %2: Jede Schicht behält höchstens %2 Token (die vorgegebene Lesart; siehe die andere Lesart).</translation>
    </message>
    <message>
        <source>%1 must be less than the layers (%2): a shared layer reuses an earlier layer&apos;s cache.</source>
        <translation>%1 muss kleiner als die Zahl der Schichten (%2) sein: Eine geteilte Schicht verwendet den Cache einer früheren Schicht wieder.</translation>
    </message>
    <message>
        <source>%1 must be even (RoPE rotates pairs of dimensions).</source>
        <translation>%1 muss gerade sein (RoPE dreht Paare von Dimensionen).</translation>
    </message>
    <message>
        <source>%1 is not divisible by %2 (%3), and no %4 is given.</source>
        <translation>%1 ist nicht durch %2 (%3) teilbar, und %4 ist nicht angegeben.</translation>
    </message>
    <message>
        <source>missing; %1 is true, so the KV heads must be given (looked for %2).</source>
        <translation>fehlt; %1 ist true, daher müssen die KV-Köpfe angegeben sein (gesucht nach %2).</translation>
    </message>
    <message>
        <source>multi_query is not given; a %1 model is multi-query by default.</source>
        <translation>multi_query ist nicht angegeben; ein %1-Modell verwendet standardmäßig Multi-Query-Aufmerksamkeit.</translation>
    </message>
    <message>
        <source>%1 (%2) is ignored: multi_query is true and new_decoder_architecture is not.</source>
        <translation>%1 (%2) wird ignoriert: multi_query ist true, new_decoder_architecture nicht.</translation>
    </message>
    <message>
        <source>multi_query is false and no KV heads are given: one KV head per query head (multi-head attention).</source>
        <translation>multi_query ist false und keine KV-Köpfe sind angegeben: ein KV-Kopf je Abfragekopf (Multi-Head-Aufmerksamkeit).</translation>
    </message>
    <message>
        <source>A %1 model has one KV head per query head (multi-head attention); its config has no KV-head field.</source>
        <translation>Ein %1-Modell hat einen KV-Kopf je Abfragekopf (Multi-Head-Aufmerksamkeit); seine Konfiguration hat kein Feld für die KV-Köpfe.</translation>
    </message>
    <message>
        <source>missing (also looked for %1); the default of model_type %2 is not known, so give the KV heads rather than have them read as multi-head attention.</source>
        <translation>fehlt (auch nach %1 gesucht); die Vorgabe von model_type %2 ist nicht bekannt, geben Sie daher die KV-Köpfe an, statt sie als Multi-Head-Aufmerksamkeit lesen zu lassen.</translation>
    </message>
    <message>
        <source>(none given)</source>
        <translation>(nicht angegeben)</translation>
    </message>
    <message>
        <source>%1 is more than %2 (%3).</source>
        <translation>%1 ist mehr als %2 (%3).</translation>
    </message>
    <message>
        <source>%1 does not divide %2 (%3).</source>
        <translation>%1 teilt %2 (%3) nicht.</translation>
    </message>
    <message>
        <source>Read from text_config (the language model of a multimodal model).</source>
        <translation>Aus text_config gelesen (dem Sprachmodell eines multimodalen Modells).</translation>
    </message>
    <message>
        <source>missing or empty.</source>
        <translation>fehlt oder ist leer.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a preset id (lower-case letters, digits, &apos;.&apos;, &apos;-&apos; and &apos;_&apos;).</source>
        <translation>&quot;%1&quot; ist keine Vorlagen-ID (Kleinbuchstaben, Ziffern, &apos;.&apos;, &apos;-&apos; und &apos;_&apos;).</translation>
    </message>
    <message>
        <source>missing or empty; say where the numbers come from.</source>
        <translation>fehlt oder ist leer; geben Sie an, woher die Zahlen stammen.</translation>
    </message>
    <message>
        <source>missing or not an object.</source>
        <translation>fehlt oder ist kein Objekt.</translation>
    </message>
    <message>
        <source>%1: not JSON: %2 at offset %3.</source>
        <translation>%1: kein JSON: %2 bei Offset %3.</translation>
    </message>
    <message>
        <source>%1: the top level is %2, not an object like a config.json.</source>
        <translation>%1: die oberste Ebene ist %2, kein Objekt wie in einer config.json.</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>kein Objekt</translation>
    </message>
    <message>
        <source>format: %1 is not a known format; expected &quot;%2&quot; or a Hugging Face config.json (which has no &quot;format&quot;).</source>
        <translation>format: %1 ist kein bekanntes Format; erwartet wird &quot;%2&quot; oder eine config.json von Hugging Face (die kein &quot;format&quot; hat).</translation>
    </message>
    <message>
        <source>%1: cannot read: it is a directory.</source>
        <translation>%1: kann nicht gelesen werden: Es ist ein Verzeichnis.</translation>
    </message>
    <message>
        <source>%1: cannot read: %2.</source>
        <translation>%1: kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>%1: larger than 16 MiB; a model&apos;s config.json is a few KiB.</source>
        <translation>%1: größer als 16 MiB; die config.json eines Modells hat wenige KiB.</translation>
    </message>
    <message>
        <source>--model &apos;%1&apos;: no such preset; see attnscope footprint --list-models.</source>
        <translation>--model &apos;%1&apos;: keine solche Modellvorlage; siehe attnscope footprint --list-models.</translation>
    </message>
    <message>
        <source>%1: id: &quot;%2&quot; does not match the file name.</source>
        <translation>%1: id: &quot;%2&quot; passt nicht zum Dateinamen.</translation>
    </message>
    <message>
        <source>PretrainedConfig&apos;s default</source>
        <translation>Vorgabe von PretrainedConfig</translation>
    </message>
    <message>
        <source>the default of the %1 configuration class</source>
        <translation>Vorgabe der Konfigurationsklasse von %1</translation>
    </message>
    <message>
        <source>%1 = relu (the default of the %2 configuration class)</source>
        <translation>%1 = relu (Vorgabe der Konfigurationsklasse von %2)</translation>
    </message>
    <message>
        <source>%1 = 4 x %2 = %3 (the class&apos;s default)</source>
        <translation>%1 = 4 x %2 = %3 (Vorgabe der Klasse)</translation>
    </message>
    <message>
        <source>%1 is more than the %2 experts.</source>
        <translation>%1 ist mehr als die %2 Experten.</translation>
    </message>
    <message>
        <source>%1 must be less than expert_layer_period (%2).</source>
        <translation>%1 muss kleiner als expert_layer_period (%2) sein.</translation>
    </message>
    <message>
        <source>%1: cannot read: it is not a regular file (a pipe, a socket or a device).</source>
        <translation>%1: kann nicht gelesen werden: Es ist keine reguläre Datei (eine Pipe, ein Socket oder ein Gerät).</translation>
    </message>
</context>
<context>
    <name>CoreText</name>
    <message>
        <source>%1, 1 thread, %2</source>
        <translation>%1, 1 Thread, %2</translation>
    </message>
    <message>
        <source>%1, %2 threads, %3</source>
        <translation>%1, %2 Threads, %3</translation>
    </message>
    <message>
        <source>%1, %2 GiB, %3 SMs, sm_%4, driver %5, runtime %6</source>
        <translation>%1, %2 GiB, %3 SMs, sm_%4, Treiber %5, Laufzeit %6</translation>
    </message>
    <message>
        <source>not built with CUDA (configured with ATTNSCOPE_CUDA=OFF, or no CUDA compiler was found)</source>
        <translation>nicht mit CUDA gebaut (mit ATTNSCOPE_CUDA=OFF konfiguriert, oder es wurde kein CUDA-Compiler gefunden)</translation>
    </message>
    <message>
        <source>no CUDA driver (libcuda was not found or reports no version)</source>
        <translation>kein CUDA-Treiber (libcuda wurde nicht gefunden oder meldet keine Version)</translation>
    </message>
    <message>
        <source>the CUDA driver (%1) is older than the runtime (%2)</source>
        <translation>der CUDA-Treiber (%1) ist älter als die Laufzeit (%2)</translation>
    </message>
    <message>
        <source>no CUDA device</source>
        <translation>kein CUDA-Gerät</translation>
    </message>
    <message>
        <source>no CUDA device (%1)</source>
        <translation>kein CUDA-Gerät (%1)</translation>
    </message>
    <message>
        <source>CUDA device 0 cannot be queried: %1</source>
        <translation>CUDA-Gerät 0 kann nicht abgefragt werden: %1</translation>
    </message>
    <message>
        <source>CUDA device 0 cannot be used: %1</source>
        <translation>CUDA-Gerät 0 kann nicht verwendet werden: %1</translation>
    </message>
    <message>
        <source>Not enough memory to compute this configuration.</source>
        <translation>Nicht genug Speicher, um diese Konfiguration zu berechnen.</translation>
    </message>
    <message>
        <source>memory: with --tokens %1 and --d-model %2 the computation would record %3 of tensors, more than the %4 limit; reduce --tokens, --source-tokens, --d-model or the head sizes.</source>
        <translation>Speicher: mit --tokens %1 und --d-model %2 würde die Berechnung %3 an Tensoren aufzeichnen, mehr als die Grenze von %4; verringern Sie --tokens, --source-tokens, --d-model oder die Kopfgrößen.</translation>
    </message>
    <message>
        <source>%1 does not fit in 64 bits; reduce the sizes, the context or the batch.</source>
        <translation>Für %1 reichen 64 Bit nicht aus; verkleinern Sie die Größen, den Kontext oder den Batch.</translation>
    </message>
    <message>
        <source>%1 does not fit in 64 bits; reduce the context or the batch.</source>
        <translation>Für %1 reichen 64 Bit nicht aus; verkleinern Sie den Kontext oder den Batch.</translation>
    </message>
    <message>
        <source>%1 is negative.</source>
        <translation>Negativer Wert für %1.</translation>
    </message>
    <message>
        <source>the memory left per GPU does not fit in 64 bits.</source>
        <translation>Für den verbleibenden Speicher je GPU reichen 64 Bit nicht aus.</translation>
    </message>
    <message>
        <source>bahdanau attention has no heads; it reads --d-model (embedding width), --hidden and --align-dim.</source>
        <translation>die bahdanau-Aufmerksamkeit hat keine Köpfe; sie liest --d-model (Einbettungsbreite), --hidden und --align-dim.</translation>
    </message>
    <message>
        <source>bahdanau attention has no causal mask; the decoder attends to the whole source.</source>
        <translation>die bahdanau-Aufmerksamkeit hat keine kausale Maske; der Decoder achtet auf die ganze Quelle.</translation>
    </message>
    <message>
        <source>bahdanau attention always attends from decoder to encoder; --cross does not apply.</source>
        <translation>die bahdanau-Aufmerksamkeit richtet sich immer vom Decoder auf den Encoder; --cross gilt hier nicht.</translation>
    </message>
    <message>
        <source>applies to --mechanism %1 only, not %2.</source>
        <translation>gilt nur für --mechanism %1, nicht für %2.</translation>
    </message>
    <message>
        <source>mla has no separate KV heads; its cache is the latent of rank --latent-rank.</source>
        <translation>mla hat keine eigenen KV-Köpfe; sein Cache ist der Latentvektor vom Rang --latent-rank.</translation>
    </message>
    <message>
        <source>applies to cross attention (--cross) and bahdanau only.</source>
        <translation>gilt nur für Kreuzaufmerksamkeit (--cross) und bahdanau.</translation>
    </message>
    <message>
        <source>sdpa is single-head attention, so the heads must be 1; use --mechanism mha for several heads.</source>
        <translation>sdpa ist Aufmerksamkeit mit einem einzigen Kopf, daher muss die Zahl der Köpfe 1 sein; verwenden Sie --mechanism mha für mehrere Köpfe.</translation>
    </message>
    <message>
        <source>sdpa is single-head attention, so the KV heads must be 1; use --mechanism gqa.</source>
        <translation>sdpa ist Aufmerksamkeit mit einem einzigen Kopf, daher muss die Zahl der KV-Köpfe 1 sein; verwenden Sie --mechanism gqa.</translation>
    </message>
    <message>
        <source>mqa shares one KV head among all query heads, so the KV heads must be 1; use --mechanism gqa.</source>
        <translation>mqa teilt einen KV-Kopf unter allen Abfrageköpfen, daher muss die Zahl der KV-Köpfe 1 sein; verwenden Sie --mechanism gqa.</translation>
    </message>
    <message>
        <source>mha has one KV head per query head, so the KV heads must equal the heads (%1); use --mechanism gqa.</source>
        <translation>mha hat einen KV-Kopf je Abfragekopf, daher muss die Zahl der KV-Köpfe gleich der Zahl der Köpfe (%1) sein; verwenden Sie --mechanism gqa.</translation>
    </message>
    <message>
        <source>must be divisible by the heads (%1) to split into equal heads; give --head-dim to choose the head width instead.</source>
        <translation>muss durch die Zahl der Köpfe (%1) teilbar sein, um sich in gleich breite Köpfe aufzuteilen; geben Sie stattdessen --head-dim an, um die Kopfbreite zu wählen.</translation>
    </message>
    <message>
        <source>applies to --input trained only.</source>
        <translation>gilt nur für --input trained.</translation>
    </message>
    <message>
        <source>sdpa has no trained model; choose mha, gqa, mqa, mla or bahdanau.</source>
        <translation>sdpa hat kein trainiertes Modell; wählen Sie mha, gqa, mqa, mla oder bahdanau.</translation>
    </message>
    <message>
        <source>the trained model fixes it; leave it out with --input trained.</source>
        <translation>das trainierte Modell legt den Wert fest; lassen Sie ihn bei --input trained weg.</translation>
    </message>
    <message>
        <source>give some text for the trained model to read.</source>
        <translation>geben Sie einen Text an, den das trainierte Modell lesen soll.</translation>
    </message>
    <message>
        <source>at most %1 bytes.</source>
        <translation>höchstens %1 Bytes.</translation>
    </message>
    <message>
        <source>the bahdanau translator has one attention, between its encoder and decoder; leave --layer out.</source>
        <translation>der bahdanau-Übersetzer hat nur eine Aufmerksamkeit, zwischen seinem Encoder und Decoder; lassen Sie --layer weg.</translation>
    </message>
    <message>
        <source>layers are numbered from 0.</source>
        <translation>die Schichten werden ab 0 nummeriert.</translation>
    </message>
    <message>
        <source>the model width must be at least %1.</source>
        <translation>die Modellbreite muss mindestens %1 sein.</translation>
    </message>
    <message>
        <source>the number of tokens must be at least %1.</source>
        <translation>die Zahl der Token muss mindestens %1 sein.</translation>
    </message>
    <message>
        <source>the number of source tokens must be at least %1.</source>
        <translation>die Zahl der Quell-Token muss mindestens %1 sein.</translation>
    </message>
    <message>
        <source>the GRU width must be at least %1.</source>
        <translation>die GRU-Breite muss mindestens %1 sein.</translation>
    </message>
    <message>
        <source>the alignment model width must be at least %1.</source>
        <translation>die Breite des Alignment-Modells muss mindestens %1 sein.</translation>
    </message>
    <message>
        <source>the number of heads must be at least %1.</source>
        <translation>die Zahl der Köpfe muss mindestens %1 sein.</translation>
    </message>
    <message>
        <source>the head width must be at least %1.</source>
        <translation>die Kopfbreite muss mindestens %1 sein.</translation>
    </message>
    <message>
        <source>the number of KV heads must be at least %1.</source>
        <translation>die Zahl der KV-Köpfe muss mindestens %1 sein.</translation>
    </message>
    <message>
        <source>the KV latent rank d_c must be at least %1.</source>
        <translation>der latente KV-Rang d_c muss mindestens %1 sein.</translation>
    </message>
    <message>
        <source>the query latent rank d_c&apos; (0 = no query compression) must be at least %1.</source>
        <translation>der latente Abfragerang d_c&apos; (0 = keine Abfragekompression) muss mindestens %1 sein.</translation>
    </message>
    <message>
        <source>must divide the heads (%1) so that every KV head serves an equal group of query heads.</source>
        <translation>muss die Zahl der Köpfe (%1) teilen, damit jeder KV-Kopf eine gleich große Gruppe von Abfrageköpfen bedient.</translation>
    </message>
    <message>
        <source>mla is implemented as causal self-attention, as in DeepSeek-V2; --cross does not apply.</source>
        <translation>mla ist wie in DeepSeek-V2 als kausale Selbstaufmerksamkeit umgesetzt; --cross gilt hier nicht.</translation>
    </message>
    <message>
        <source>a causal mask applies to self-attention only; drop --causal or --cross.</source>
        <translation>eine kausale Maske gilt nur für Selbstaufmerksamkeit; entfernen Sie --causal oder --cross.</translation>
    </message>
    <message>
        <source>must be even and at least 2: RoPE rotates coordinates in pairs.</source>
        <translation>muss gerade und mindestens 2 sein: RoPE dreht die Koordinaten paarweise.</translation>
    </message>
    <message>
        <source>must be a finite number greater than 1.</source>
        <translation>muss eine endliche Zahl größer als 1 sein.</translation>
    </message>
    <message>
        <source>must be at least %1.</source>
        <translation>muss mindestens %1 sein.</translation>
    </message>
    <message>
        <source>lists that many layers, but the model has %1; give one kind per layer.</source>
        <translation>nennt so viele Schichten, aber das Modell hat %1; geben Sie eine Art je Schicht an.</translation>
    </message>
    <message>
        <source>a window layer caches at most W tokens, so W must be at least 1.</source>
        <translation>eine Fensterschicht speichert höchstens W Token, daher muss W mindestens 1 sein.</translation>
    </message>
    <message>
        <source>only a window layer has a window; it must be 0.</source>
        <translation>nur eine Fensterschicht hat ein Fenster; der Wert muss 0 sein.</translation>
    </message>
    <message>
        <source>cross-attention is counted with the cross-attention layers, not as a layer kind.</source>
        <translation>Kreuzaufmerksamkeit wird bei den Kreuzaufmerksamkeitsschichten gezählt, nicht als Schichtart.</translation>
    </message>
    <message>
        <source>a layer that reuses another layer&apos;s cache must follow a layer that keeps one.</source>
        <translation>eine Schicht, die den Cache einer anderen Schicht wiederverwendet, muss auf eine Schicht folgen, die einen Cache hält.</translation>
    </message>
    <message>
        <source>no layer keeps a KV cache; a decoder needs at least one attention layer.</source>
        <translation>keine Schicht hält einen KV-Cache; ein Decoder braucht mindestens eine Aufmerksamkeitsschicht.</translation>
    </message>
    <message>
        <source>multi-head attention has one KV head per query head, so it must equal the heads (%1).</source>
        <translation>Multi-Head-Aufmerksamkeit hat einen KV-Kopf je Abfragekopf, daher muss der Wert gleich der Zahl der Köpfe (%1) sein.</translation>
    </message>
    <message>
        <source>multi-query attention shares one KV head, so it must be 1.</source>
        <translation>Multi-Query-Aufmerksamkeit teilt einen einzigen KV-Kopf, daher muss der Wert 1 sein.</translation>
    </message>
    <message>
        <source>a model&apos;s attention is mha, gqa, mqa or mla.</source>
        <translation>die Aufmerksamkeit eines Modells ist mha, gqa, mqa oder mla.</translation>
    </message>
    <message>
        <source>at least 1 GPU.</source>
        <translation>mindestens 1 GPU.</translation>
    </message>
    <message>
        <source>a block holds at least 1 token.</source>
        <translation>ein Block fasst mindestens 1 Token.</translation>
    </message>
    <message>
        <source>the %1 query heads do not split evenly over %2 GPUs; tensor parallelism gives every GPU the same number of heads.</source>
        <translation>die %1 Abfrageköpfe lassen sich nicht gleichmäßig auf %2 GPUs aufteilen; Tensorparallelität gibt jeder GPU gleich viele Köpfe.</translation>
    </message>
    <message>
        <source>data-parallel attention is for MLA models, whose latent every GPU would otherwise hold in full; this model&apos;s KV heads split over the GPUs.</source>
        <translation>datenparallele Aufmerksamkeit ist für MLA-Modelle gedacht, deren Latentvektor sonst jede GPU vollständig hielte; die KV-Köpfe dieses Modells werden auf die GPUs aufgeteilt.</translation>
    </message>
    <message>
        <source>the %1 KV heads do not split evenly over %2 GPUs.</source>
        <translation>die %1 KV-Köpfe lassen sich nicht gleichmäßig auf %2 GPUs aufteilen.</translation>
    </message>
    <message>
        <source>%1 KV heads cannot be replicated evenly over %2 GPUs; give a multiple of %3.</source>
        <translation>%1 KV-Köpfe lassen sich nicht gleichmäßig auf %2 GPUs replizieren; geben Sie ein Vielfaches von %3 an.</translation>
    </message>
    <message>
        <source>it is %1 tokens; the trained model reads at most %2.</source>
        <translation>er ist %1 Token lang; das trainierte Modell liest höchstens %2.</translation>
    </message>
    <message>
        <source>the trained %1 model has layers 0 to %2.</source>
        <translation>das trainierte %1-Modell hat die Schichten 0 bis %2.</translation>
    </message>
    <message>
        <source>%1 has no trained model; choose mha, gqa, mqa, mla or bahdanau.</source>
        <translation>%1 hat kein trainiertes Modell; wählen Sie mha, gqa, mqa, mla oder bahdanau.</translation>
    </message>
    <message>
        <source>%1 has no trained language model to continue a text; choose mha, gqa, mqa or mla.</source>
        <translation>%1 hat kein trainiertes Sprachmodell, das einen Text fortsetzt; wählen Sie mha, gqa, mqa oder mla.</translation>
    </message>
    <message>
        <source>give at least one token.</source>
        <translation>geben Sie mindestens ein Token an.</translation>
    </message>
    <message>
        <source>the date text has more than %1 words; the translator reads one date (its dates have 3 to 5 words).</source>
        <translation>der Datumstext hat mehr als %1 Wörter; der Übersetzer liest ein einziges Datum (seine Daten haben 3 bis 5 Wörter).</translation>
    </message>
    <message>
        <source>the date text is empty; write a date in words.</source>
        <translation>der Datumstext ist leer; schreiben Sie ein Datum in Worten.</translation>
    </message>
    <message>
        <source>the date text is empty; write a date in one of the forms %1.</source>
        <translation>der Datumstext ist leer; schreiben Sie ein Datum in einer der Formen %1.</translation>
    </message>
    <message>
        <source>the date text has the word %1, which the translator does not know (write %2, without a leading zero); it reads %3, separated by spaces.</source>
        <translation>der Datumstext enthält das Wort %1, das der Übersetzer nicht kennt (schreiben Sie %2, ohne führende Null); er liest %3, durch Leerzeichen getrennt.</translation>
    </message>
    <message>
        <source>the date text has the word %1, which the translator does not know; it reads %2, separated by spaces.</source>
        <translation>der Datumstext enthält das Wort %1, das der Übersetzer nicht kennt; er liest %2, durch Leerzeichen getrennt.</translation>
    </message>
    <message>
        <source>the text is %1 tokens, and the trained model reads at most %2.</source>
        <translation>der Text ist %1 Token lang, und das trainierte Modell liest höchstens %2.</translation>
    </message>
    <message>
        <source>the KV elements per rank</source>
        <translation>die KV-Elemente je GPU-Rang</translation>
    </message>
    <message>
        <source>the KV elements per token</source>
        <translation>die KV-Elemente je Token</translation>
    </message>
    <message>
        <source>the KV elements per token and layer</source>
        <translation>die KV-Elemente je Token und Schicht</translation>
    </message>
    <message>
        <source>the KV bytes per token</source>
        <translation>die KV-Bytes je Token</translation>
    </message>
    <message>
        <source>the Mamba mixer parameters</source>
        <translation>die Parameter der Mamba-Mixer</translation>
    </message>
    <message>
        <source>the Mamba mixers</source>
        <translation>die Mamba-Mixer</translation>
    </message>
    <message>
        <source>the Mamba width</source>
        <translation>die Mamba-Breite</translation>
    </message>
    <message>
        <source>the Mamba x_proj</source>
        <translation>die x_proj-Projektion von Mamba</translation>
    </message>
    <message>
        <source>the attention parameters</source>
        <translation>die Aufmerksamkeitsparameter</translation>
    </message>
    <message>
        <source>the attention parameters per layer</source>
        <translation>die Aufmerksamkeitsparameter je Schicht</translation>
    </message>
    <message>
        <source>the attention weights</source>
        <translation>die Gewichte der Aufmerksamkeitsschichten</translation>
    </message>
    <message>
        <source>the cache per GPU</source>
        <translation>die Cache-Größe je GPU</translation>
    </message>
    <message>
        <source>the cache bytes per GPU</source>
        <translation>die Cache-Bytes je GPU</translation>
    </message>
    <message>
        <source>the cache scales per GPU</source>
        <translation>die Cache-Skalenfaktoren je GPU</translation>
    </message>
    <message>
        <source>the cross-attention bytes</source>
        <translation>die Bytes der Kreuzaufmerksamkeit</translation>
    </message>
    <message>
        <source>the decompressed bytes</source>
        <translation>die dekomprimierten Bytes</translation>
    </message>
    <message>
        <source>the decompressed cache per token</source>
        <translation>die dekomprimierte Cache-Größe je Token</translation>
    </message>
    <message>
        <source>the decompressed keys and values per token</source>
        <translation>die dekomprimierten Schlüssel und Werte je Token</translation>
    </message>
    <message>
        <source>the dense MLPs</source>
        <translation>die dichten MLPs</translation>
    </message>
    <message>
        <source>the embeddings</source>
        <translation>die Einbettungen</translation>
    </message>
    <message>
        <source>the largest window</source>
        <translation>das größte Fenster</translation>
    </message>
    <message>
        <source>the layers</source>
        <translation>die Zahl der Schichten</translation>
    </message>
    <message>
        <source>the norms</source>
        <translation>die Normierungen</translation>
    </message>
    <message>
        <source>the output head</source>
        <translation>die Ausgabeschicht</translation>
    </message>
    <message>
        <source>the paged tokens</source>
        <translation>die seitenweise verwalteten Token</translation>
    </message>
    <message>
        <source>the routed experts</source>
        <translation>die gerouteten Experten</translation>
    </message>
    <message>
        <source>the routers</source>
        <translation>die Router</translation>
    </message>
    <message>
        <source>the shared experts</source>
        <translation>die gemeinsamen Experten</translation>
    </message>
    <message>
        <source>the weight scales</source>
        <translation>die Skalenfaktoren der Gewichte</translation>
    </message>
    <message>
        <source>the weights</source>
        <translation>die Gewichte</translation>
    </message>
    <message>
        <source>the weights per GPU</source>
        <translation>die Gewichte je GPU</translation>
    </message>
    <message>
        <source>more than 2^63 bytes</source>
        <translation>mehr als 2^63 Bytes</translation>
    </message>
    <message>
        <source>weekday names (monday ... sunday), month names (january ... december), day and month numbers 1-31, years 1950-2049, &apos;,&apos; and &apos;/&apos;</source>
        <translation>Wochentagsnamen (monday ... sunday), Monatsnamen (january ... december), Tages- und Monatszahlen 1-31, Jahre 1950-2049, &apos;,&apos; und &apos;/&apos;</translation>
    </message>
    <message>
        <source>at most %1: one vector of that many numbers alone would record more than the %2 memory limit.</source>
        <translation>höchstens %1: Schon ein einziger Vektor mit so vielen Zahlen würde mehr als die Speichergrenze von %2 aufzeichnen.</translation>
    </message>
</context>
<context>
    <name>LessonReader</name>
    <message>
        <source>&apos;%1&apos; is not allowed; the text may use &lt;b&gt;, &lt;i&gt;, &lt;sub&gt;, &lt;sup&gt;, &lt;code&gt; and &lt;br&gt;, and &amp;lt; for a literal &lt;.</source>
        <translation>&apos;%1&apos; ist nicht erlaubt; der Text darf &lt;b&gt;, &lt;i&gt;, &lt;sub&gt;, &lt;sup&gt;, &lt;code&gt; und &lt;br&gt; verwenden, und &amp;lt; für ein wörtliches &lt;.</translation>
    </message>
    <message>
        <source>%1: is given twice %2 (first on line %3).</source>
        <translation>%1: ist %2 zweimal angegeben (zuerst in Zeile %3).</translation>
    </message>
    <message>
        <source>in this step</source>
        <translation>in diesem Schritt</translation>
    </message>
    <message>
        <source>in the lesson</source>
        <translation>in der Lektion</translation>
    </message>
    <message>
        <source>this line is indented, but only the lines of a text: are; start keys at column 0.</source>
        <translation>diese Zeile ist eingerückt, aber nur die Zeilen eines text: sind es; beginnen Sie Schlüssel in Spalte 0.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a key: keys are lower case.</source>
        <translation>&apos;%1&apos; ist kein Schlüssel: Schlüssel werden kleingeschrieben.</translation>
    </message>
    <message>
        <source>expected &apos;key: value&apos; at column 0 (a text&apos;s lines are indented by at least two spaces).</source>
        <translation>erwartet wird &apos;key: value&apos; in Spalte 0 (die Zeilen eines Textes sind um mindestens zwei Leerzeichen eingerückt).</translation>
    </message>
    <message>
        <source>the first key must be lesson: ID (found %1:).</source>
        <translation>der erste Schlüssel muss lesson: ID sein (gefunden: %1:).</translation>
    </message>
    <message>
        <source>the file is empty; a lesson starts with lesson: ID.</source>
        <translation>die Datei ist leer; eine Lektion beginnt mit lesson: ID.</translation>
    </message>
    <message>
        <source>the lesson has no title:; give it one before the first step:.</source>
        <translation>die Lektion hat kein title:; geben Sie ihr eines vor dem ersten step:.</translation>
    </message>
    <message>
        <source>the lesson has no step:; give it at least one.</source>
        <translation>die Lektion hat kein step:; geben Sie ihr mindestens eines.</translation>
    </message>
    <message>
        <source>unknown key &apos;%1&apos;; the keys are %2 (the lesson) and %3 (a step).</source>
        <translation>unbekannter Schlüssel &apos;%1&apos;; die Schlüssel sind %2 (die Lektion) und %3 (ein Schritt).</translation>
    </message>
    <message>
        <source>%1[%2]: only title, summary, step and text have translations.</source>
        <translation>%1[%2]: nur title, summary, step und text haben Übersetzungen.</translation>
    </message>
    <message>
        <source>step: give the step a title.</source>
        <translation>step: geben Sie dem Schritt einen Titel.</translation>
    </message>
    <message>
        <source>lesson: is given twice; a file holds one lesson.</source>
        <translation>lesson: ist zweimal angegeben; eine Datei enthält eine Lektion.</translation>
    </message>
    <message>
        <source>%1: belongs to the lesson, before the first step:%2.</source>
        <translation>%1: gehört zur Lektion, vor das erste step:%2.</translation>
    </message>
    <message>
        <source>; a step&apos;s title is the value of its step:</source>
        <translation>; der Titel eines Schritts ist der Wert seines step:</translation>
    </message>
    <message>
        <source>%1: is empty.</source>
        <translation>%1: ist leer.</translation>
    </message>
    <message>
        <source>lesson: &apos;%1&apos; is not an id; use lower-case letters, digits and -.</source>
        <translation>lesson: &apos;%1&apos; ist keine ID; verwenden Sie Kleinbuchstaben, Ziffern und -.</translation>
    </message>
    <message>
        <source>order: &apos;%1&apos; is not an integer.</source>
        <translation>order: &apos;%1&apos; ist keine ganze Zahl.</translation>
    </message>
    <message>
        <source>%1: belongs to a step; start one with step: TITLE.</source>
        <translation>%1: gehört zu einem Schritt; beginnen Sie einen mit step: TITLE.</translation>
    </message>
    <message>
        <source>step[%1]: is empty.</source>
        <translation>step[%1]: ist leer.</translation>
    </message>
    <message>
        <source>view: &apos;%1&apos; is not a view; choose %2.</source>
        <translation>view: &apos;%1&apos; ist keine Ansicht; wählen Sie %2.</translation>
    </message>
    <message>
        <source>set: a &quot; is not closed; write text=&quot;a sentence&quot;.</source>
        <translation>set: ein &quot; ist nicht geschlossen; schreiben Sie text=&quot;a sentence&quot;.</translation>
    </message>
    <message>
        <source>at: &apos;%1&apos; is not a 0-based step index.</source>
        <translation>at: &apos;%1&apos; ist kein Schrittindex ab 0.</translation>
    </message>
    <message>
        <source>at: &apos;%1&apos; is not a step kind; give one of %2, a 0-based step index, or last.</source>
        <translation>at: &apos;%1&apos; ist keine Schrittart; geben Sie eine von %2, einen Schrittindex ab 0 oder last an.</translation>
    </message>
    <message>
        <source>at: &apos;%1&apos;: only a step kind takes head=N and row=N.</source>
        <translation>at: &apos;%1&apos;: nur eine Schrittart nimmt head=N und row=N.</translation>
    </message>
    <message>
        <source>at: &apos;%1&apos;: after the step kind give head=N or row=N (N from 0).</source>
        <translation>at: &apos;%1&apos;: geben Sie nach der Schrittart head=N oder row=N an (N ab 0).</translation>
    </message>
    <message>
        <source>at: %1= is given twice.</source>
        <translation>at: %1= ist zweimal angegeben.</translation>
    </message>
    <message>
        <source>head: &apos;%1&apos; is not a head number (from 0).</source>
        <translation>head: &apos;%1&apos; ist keine Kopfnummer (ab 0).</translation>
    </message>
    <message>
        <source>generate: &apos;%1&apos;: give a number of tokens from 1 to %2.</source>
        <translation>generate: &apos;%1&apos;: geben Sie eine Anzahl Token von 1 bis %2 an.</translation>
    </message>
    <message>
        <source>model: &apos;%1&apos; is not a model preset; see attnscope footprint --list-models.</source>
        <translation>model: &apos;%1&apos; ist keine Modellvorlage; siehe attnscope footprint --list-models.</translation>
    </message>
    <message>
        <source>text: belongs to a step; start one with step: TITLE.</source>
        <translation>text: gehört zu einem Schritt; beginnen Sie einen mit step: TITLE.</translation>
    </message>
    <message>
        <source>%1: indent the text&apos;s lines by at least two spaces.</source>
        <translation>%1: rücken Sie die Zeilen des Textes um mindestens zwei Leerzeichen ein.</translation>
    </message>
    <message>
        <source>%1: the text&apos;s lines must be indented by at least two spaces; this one starts at column 0.</source>
        <translation>%1: die Zeilen des Textes müssen um mindestens zwei Leerzeichen eingerückt sein; diese beginnt in Spalte 0.</translation>
    </message>
    <message>
        <source>%1: is empty; write the text on the lines after it, indented by at least two spaces.</source>
        <translation>%1: ist leer; schreiben Sie den Text in die folgenden Zeilen, um mindestens zwei Leerzeichen eingerückt.</translation>
    </message>
    <message>
        <source>step &apos;%1&apos; has no text:; every step needs one.</source>
        <translation>Schritt &apos;%1&apos; hat kein text:; jeder Schritt braucht eines.</translation>
    </message>
    <message>
        <source>generate: only a trained language model generates; add input=trained to the step&apos;s set: (a seeded computation has no model to continue a text).</source>
        <translation>generate: nur ein trainiertes Sprachmodell generiert; fügen Sie input=trained zum set: des Schritts hinzu (eine Berechnung aus einem Seed hat kein Modell, das einen Text fortsetzen könnte).</translation>
    </message>
    <message>
        <source>head: %1: this computation has one head (0).</source>
        <translation>head: %1: diese Berechnung hat einen Kopf (0).</translation>
    </message>
    <message>
        <source>head: %1: this computation has %2 heads (0 to %3).</source>
        <translation>head: %1: diese Berechnung hat %2 Köpfe (0 bis %3).</translation>
    </message>
    <message>
        <source>at: %1: this computation has %2 steps (0 to %3).</source>
        <translation>at: %1: diese Berechnung hat %2 Schritte (0 bis %3).</translation>
    </message>
    <message>
        <source>at: &apos;%1&apos;: no step of this %2 computation matches.</source>
        <translation>at: &apos;%1&apos;: kein Schritt dieser %2-Berechnung passt.</translation>
    </message>
    <message>
        <source>%1 (built in)</source>
        <translation>%1 (eingebaut)</translation>
    </message>
    <message>
        <source>this line is not UTF-8 text.</source>
        <translation>diese Zeile ist kein UTF-8-Text.</translation>
    </message>
    <message>
        <source>%1: cannot read it: %2.</source>
        <translation>%1: kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>%1: no such folder.</source>
        <translation>%1: Ordner existiert nicht.</translation>
    </message>
    <message>
        <source>%1:%2: lesson id &apos;%3&apos; is already the id of %4; give each lesson its own id.</source>
        <translation>%1:%2: die Lektions-ID &apos;%3&apos; ist bereits die ID von %4; geben Sie jeder Lektion eine eigene ID.</translation>
    </message>
    <message>
        <source>this line has the control character U+%1; a lesson is plain text.</source>
        <translation>diese Zeile enthält das Steuerzeichen U+%1; eine Lektion ist reiner Text.</translation>
    </message>
    <message>
        <source>%1: cannot read it: it is not a regular file (a folder, a pipe or a device).</source>
        <translation>%1: kann nicht gelesen werden: Es ist keine reguläre Datei (ein Ordner, eine Pipe oder ein Gerät).</translation>
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
        <translation>Wird berechnet…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Import config.json…</source>
        <translation>config.json &amp;importieren…</translation>
    </message>
    <message>
        <source>Read a model&apos;s Hugging Face config.json and show its KV-cache footprint</source>
        <translation>Die Hugging-Face-config.json eines Modells lesen und seinen KV-Cache-Speicherbedarf zeigen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Model</source>
        <translation>&amp;Modell</translation>
    </message>
    <message>
        <source>Show KV-cache &amp;Footprint</source>
        <translation>KV-Cache-&amp;Speicherbedarf anzeigen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Timings</source>
        <translation>&amp;Zeitmessungen</translation>
    </message>
    <message>
        <source>Decode and prefill timings of the current shape on every backend, and decode time against context per mechanism</source>
        <translation>Decode- und Prefill-Zeiten der aktuellen Form auf jedem Backend sowie die Decode-Zeit über der Kontextlänge je Mechanismus</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About AttnScope</source>
        <translation>Über &amp;AttnScope</translation>
    </message>
    <message>
        <source>About AttnScope</source>
        <translation>Über AttnScope</translation>
    </message>
    <message>
        <source>&lt;h3&gt;AttnScope %1&lt;/h3&gt;&lt;p&gt;See, understand and measure attention mechanisms, from Bahdanau&apos;s additive attention to multi-head latent attention.&lt;/p&gt;&lt;p&gt;License: GNU GPL version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;AttnScope %1&lt;/h3&gt;&lt;p&gt;Aufmerksamkeitsmechanismen sehen, verstehen und messen, von Bahdanaus additiver Aufmerksamkeit bis zur Multi-Head-Latent-Aufmerksamkeit.&lt;/p&gt;&lt;p&gt;Lizenz: GNU GPL Version 3 oder neuer.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>KV-cache footprint</source>
        <translation>KV-Cache-Speicherbedarf</translation>
    </message>
    <message>
        <source>Timings</source>
        <translation>Zeitmessungen</translation>
    </message>
    <message>
        <source>Import config.json</source>
        <translation>config.json importieren</translation>
    </message>
    <message>
        <source>Model config (*.json)</source>
        <translation>Modellkonfiguration (*.json)</translation>
    </message>
    <message>
        <source>&amp;Steps</source>
        <translation>&amp;Schritte</translation>
    </message>
    <message>
        <source>&amp;Attention</source>
        <translation>&amp;Aufmerksamkeit</translation>
    </message>
    <message>
        <source>&amp;Heads</source>
        <translation>&amp;Köpfe</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Vergleich</translation>
    </message>
    <message>
        <source>&amp;Footprint</source>
        <translation>S&amp;peicherbedarf</translation>
    </message>
    <message>
        <source>Every step of the computation, animated, with its formula and shapes</source>
        <translation>Jeder Schritt der Berechnung, animiert, mit Formel und Formen</translation>
    </message>
    <message>
        <source>The attention weights of one head</source>
        <translation>Die Aufmerksamkeitsgewichte eines Kopfes</translation>
    </message>
    <message>
        <source>Which KV head each query head reads, and what the cache holds</source>
        <translation>Welchen KV-Kopf jeder Abfragekopf liest und was der Cache enthält</translation>
    </message>
    <message>
        <source>MHA, GQA, MQA and MLA side by side on the same input and seed</source>
        <translation>MHA, GQA, MQA und MLA nebeneinander, mit derselben Eingabe und demselben Seed</translation>
    </message>
    <message>
        <source>KV-cache bytes against context length, and where the cache fills a GPU</source>
        <translation>KV-Cache-Bytes über der Kontextlänge und wo der Cache eine GPU füllt</translation>
    </message>
    <message>
        <source>&amp;Export View…</source>
        <translation>Ansicht &amp;exportieren…</translation>
    </message>
    <message>
        <source>Save the view in front as PNG, SVG or PDF</source>
        <translation>Die vorne liegende Ansicht als PNG, SVG oder PDF speichern</translation>
    </message>
    <message>
        <source>Export View &amp;Data as CSV…</source>
        <translation>Ansichts&amp;daten als CSV exportieren…</translation>
    </message>
    <message>
        <source>Save the numbers the view in front shows</source>
        <translation>Die Zahlen speichern, die die vorne liegende Ansicht zeigt</translation>
    </message>
    <message>
        <source>Save Computation as &amp;JSON Dump…</source>
        <translation>Berechnung als &amp;JSON-Dump speichern…</translation>
    </message>
    <message>
        <source>Every tensor of the current computation, in the documented dump format</source>
        <translation>Jeder Tensor der aktuellen Berechnung, im dokumentierten Dump-Format</translation>
    </message>
    <message>
        <source>&amp;Width:</source>
        <translation>&amp;Breite:</translation>
    </message>
    <message>
        <source>&amp;Height:</source>
        <translation>&amp;Höhe:</translation>
    </message>
    <message>
        <source>Export View</source>
        <translation>Ansicht exportieren</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>PNG-Bild (*.png);;SVG-Zeichnung (*.svg);;PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <source>%1: give the file a .png, .svg or .pdf name.</source>
        <translation>%1: Geben Sie der Datei einen Namen auf .png, .svg oder .pdf.</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>Export View Data</source>
        <translation>Ansichtsdaten exportieren</translation>
    </message>
    <message>
        <source>This view shows no data yet.</source>
        <translation>Diese Ansicht zeigt noch keine Daten.</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>CSV-Tabelle (*.csv)</translation>
    </message>
    <message>
        <source>Save Computation</source>
        <translation>Berechnung speichern</translation>
    </message>
    <message>
        <source>There is no computation to save yet.</source>
        <translation>Es gibt noch keine Berechnung zum Speichern.</translation>
    </message>
    <message>
        <source>AttnScope dump (*.json)</source>
        <translation>AttnScope-Dump (*.json)</translation>
    </message>
    <message>
        <source>Export Steps</source>
        <translation>Schritte exportieren</translation>
    </message>
    <message>
        <source>There is no computation to export yet.</source>
        <translation>Es gibt noch keine Berechnung zum Exportieren.</translation>
    </message>
    <message>
        <source>there is no computation to export</source>
        <translation>es gibt keine Berechnung zum Exportieren</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Ansicht</translation>
    </message>
    <message>
        <source>The head whose attention weights the heatmap shows</source>
        <translation>Der Kopf, dessen Aufmerksamkeitsgewichte die Heatmap zeigt</translation>
    </message>
    <message>
        <source>&amp;Head shown:</source>
        <translation>Angezeigter &amp;Kopf:</translation>
    </message>
    <message>
        <source>&amp;Fit colours to the weights</source>
        <translation>&amp;Farben an die Gewichte anpassen</translation>
    </message>
    <message>
        <source>Spread the colour scale over the smallest to the largest weight shown, instead of over 0 to 1</source>
        <translation>Die Farbskala vom kleinsten bis zum größten angezeigten Gewicht spannen statt von 0 bis 1</translation>
    </message>
    <message>
        <source>Fix the parameters on the left to see the attention weights.</source>
        <translation>Korrigieren Sie die Parameter links, um die Aufmerksamkeitsgewichte zu sehen.</translation>
    </message>
    <message>
        <source>Fix the parameters on the left to see the computation.</source>
        <translation>Korrigieren Sie die Parameter links, um die Berechnung zu sehen.</translation>
    </message>
    <message>
        <source>The computation failed: %1</source>
        <translation>Die Berechnung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The computation failed.</source>
        <translation>Die Berechnung ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>AttnScope &amp;einrichten…</translation>
    </message>
    <message>
        <source>The language of the user interface</source>
        <translation>Die Sprache der Benutzeroberfläche</translation>
    </message>
    <message>
        <source>&amp;Quality vs cache</source>
        <translation>&amp;Qualität vs. Cache</translation>
    </message>
    <message>
        <source>What the four trained teaching models measured against the KV cache each keeps per token</source>
        <translation>Die gemessene Qualität der vier trainierten Lehrmodelle gegenüber dem KV-Cache, den jedes je Token speichert</translation>
    </message>
    <message>
        <source>Export Steps as &amp;Animation…</source>
        <translation>Schritte als &amp;Animation exportieren…</translation>
    </message>
    <message>
        <source>Export Figure</source>
        <translation>Abbildung exportieren</translation>
    </message>
    <message>
        <source>Slide (16:9, 254 × 143 mm, 16 pt)</source>
        <translation>Folie (16:9, 254 × 143 mm, 16 pt)</translation>
    </message>
    <message>
        <source>Paper, one column (88 × 66 mm, 8.5 pt)</source>
        <translation>Artikel, einspaltig (88 × 66 mm, 8,5 pt)</translation>
    </message>
    <message>
        <source>Paper, two columns (180 × 90 mm, 9 pt)</source>
        <translation>Artikel, zweispaltig (180 × 90 mm, 9 pt)</translation>
    </message>
    <message>
        <source>Custom size</source>
        <translation>Eigene Größe</translation>
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
        <translation>Die Größe des Textes der Abbildung; nichts wird kleiner als 8 pt gezeichnet</translation>
    </message>
    <message>
        <source>&amp;Figure for:</source>
        <translation>&amp;Abbildung für:</translation>
    </message>
    <message>
        <source>&amp;Text size:</source>
        <translation>&amp;Textgröße:</translation>
    </message>
    <message>
        <source>&amp;Every head of the layer, one panel each</source>
        <translation>Jeder &amp;Kopf der Schicht, je ein Feld</translation>
    </message>
    <message>
        <source>This view makes no figure; export its data as CSV.</source>
        <translation>Diese Ansicht ergibt keine Abbildung; exportieren Sie ihre Daten als CSV.</translation>
    </message>
    <message>
        <source>step %1 could not be drawn</source>
        <translation>Schritt %1 konnte nicht gezeichnet werden</translation>
    </message>
    <message>
        <source>Export Steps as Animation</source>
        <translation>Schritte als Animation exportieren</translation>
    </message>
    <message>
        <source>Animated PNG (*.png)</source>
        <translation>Animiertes PNG (*.png)</translation>
    </message>
    <message>
        <source>Export Steps as &amp;Figures…</source>
        <translation>&amp;Schritte als Abbildungen exportieren…</translation>
    </message>
    <message>
        <source>Every step of the current computation as a numbered figure (SVG, PDF or PNG), for slides</source>
        <translation>Jeder Schritt der aktuellen Berechnung als nummerierte Abbildung (SVG, PDF oder PNG), für Folien</translation>
    </message>
    <message>
        <source>Every step&apos;s figure as one frame of an animated PNG, for a slide that plays</source>
        <translation>Die Abbildung jedes Schritts als ein Einzelbild eines animierten PNG, für eine Folie, die es abspielt</translation>
    </message>
    <message>
        <source>Export Steps as Figures</source>
        <translation>Schritte als Abbildungen exportieren</translation>
    </message>
    <message>
        <source>SVG drawings (vector, for slides)</source>
        <translation>SVG-Zeichnungen (Vektor, für Folien)</translation>
    </message>
    <message>
        <source>PDF documents (vector)</source>
        <translation>PDF-Dokumente (Vektor)</translation>
    </message>
    <message>
        <source>PNG images</source>
        <translation>PNG-Bilder</translation>
    </message>
    <message>
        <source>One numbered figure a step (step-01, step-02, …) as:</source>
        <translation>Eine nummerierte Abbildung je Schritt (step-01, step-02, …) als:</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n figure(s) to %1</source>
        <translation>
            <numerusform>%n Abbildung in %1 gespeichert</numerusform>
            <numerusform>%n Abbildungen in %1 gespeichert</numerusform>
        </translation>
    </message>
    <message>
        <source>step %1 makes no figure</source>
        <translation>Schritt %1 ergibt keine Abbildung</translation>
    </message>
    <message>
        <source>step %1 makes no figure: %2</source>
        <translation>Schritt %1 ergibt keine Abbildung: %2</translation>
    </message>
    <message>
        <source>%1 is a file: give a folder for the figures (it is created if missing).</source>
        <translation>%1 ist eine Datei: Geben Sie einen Ordner für die Abbildungen an (er wird angelegt, falls er fehlt).</translation>
    </message>
    <message>
        <source>figures are PNG, SVG or PDF, not CSV.</source>
        <translation>Abbildungen sind PNG, SVG oder PDF, nicht CSV.</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot write into the folder %1: %2</source>
        <translation>in den Ordner %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>attnscope::app::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>Systemvorgabe (%1)</translation>
    </message>
    <message>
        <source>The language of menus, views and explanations. It changes at once, without a restart; the command line&apos;s output stays English.</source>
        <translation>Die Sprache der Menüs, Ansichten und Erklärungen. Sie wechselt sofort, ohne Neustart; die Ausgabe der Kommandozeile bleibt englisch.</translation>
    </message>
    <message>
        <source>Numbers are written as the system&apos;s regional settings say.</source>
        <translation>Zahlen werden nach den Regionaleinstellungen des Systems geschrieben.</translation>
    </message>
</context>
<context>
    <name>attnscope::lessons::LessonDock</name>
    <message>
        <source>Lesson</source>
        <translation>Lektion</translation>
    </message>
    <message>
        <source>First</source>
        <translation>Anfang</translation>
    </message>
    <message>
        <source>Back to the first step of the lesson</source>
        <translation>Zurück zum ersten Schritt der Lektion</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>The previous step (%1)</source>
        <translation>Der vorige Schritt (%1)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>The next step (%1)</source>
        <translation>Der nächste Schritt (%1)</translation>
    </message>
    <message>
        <source>You changed the controls. Explore as you like; the lesson waits here.</source>
        <translation>Sie haben die Regler verändert. Probieren Sie nach Belieben aus; die Lektion wartet hier.</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Schritt %1 von %2</translation>
    </message>
    <message>
        <source>References</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>Return to step %1</source>
        <translation>Zurück zu Schritt %1</translation>
    </message>
</context>
<context>
    <name>attnscope::lessons::LessonHandout</name>
    <message>
        <source>Page %1</source>
        <translation>Seite %1</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Schritt %1 von %2: %3</translation>
    </message>
    <message>
        <source>References</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>attention weights</source>
        <translation>Aufmerksamkeitsgewichte</translation>
    </message>
    <message>
        <source>heads</source>
        <translation>Köpfe</translation>
    </message>
    <message>
        <source>compare</source>
        <translation>Vergleich</translation>
    </message>
    <message>
        <source>KV-cache footprint</source>
        <translation>KV-Cache-Speicherbedarf</translation>
    </message>
    <message>
        <source>quality against cache</source>
        <translation>Qualität vs. Cache</translation>
    </message>
    <message>
        <source>timings</source>
        <translation>Zeitmessungen</translation>
    </message>
    <message>
        <source>The %1 view makes no figure for this step.</source>
        <translation>Die Ansicht „%1“ ergibt für diesen Schritt keine Abbildung.</translation>
    </message>
    <message numerus="yes">
        <source>A lesson of AttnScope in %n step(s). Each figure shows the view the step sets up, drawn from its data.</source>
        <translation>
            <numerusform>Eine Lektion von AttnScope in %n Schritt. Jede Abbildung zeigt die Ansicht, die der Schritt einrichtet, gezeichnet aus ihren Daten.</numerusform>
            <numerusform>Eine Lektion von AttnScope in %n Schritten. Jede Abbildung zeigt die Ansicht, die der Schritt einrichtet, gezeichnet aus ihren Daten.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>attnscope::lessons::LessonMenu</name>
    <message>
        <source>&amp;Lessons</source>
        <translation>&amp;Lektionen</translation>
    </message>
    <message>
        <source>&amp;Previous Step</source>
        <translation>&amp;Voriger Schritt</translation>
    </message>
    <message>
        <source>&amp;Next Step</source>
        <translation>&amp;Nächster Schritt</translation>
    </message>
    <message>
        <source>&amp;First Step</source>
        <translation>&amp;Erster Schritt</translation>
    </message>
    <message>
        <source>Load the lessons (*.lesson) of a folder, beside the built-in ones</source>
        <translation>Die Lektionen (*.lesson) eines Ordners laden, zusätzlich zu den eingebauten</translation>
    </message>
    <message>
        <source>Export &amp;Handout (PDF)…</source>
        <translation>&amp;Handout exportieren (PDF)…</translation>
    </message>
    <message>
        <source>The open lesson as a printable PDF: every step&apos;s text with a picture of its view</source>
        <translation>Die geöffnete Lektion als druckbares PDF: der Text jedes Schritts mit einem Bild seiner Ansicht</translation>
    </message>
    <message>
        <source>&amp;Close Lesson</source>
        <translation>Lektion &amp;schließen</translation>
    </message>
    <message>
        <source>&amp;%1. %2</source>
        <translation>&amp;%1. %2</translation>
    </message>
    <message>
        <source>No lessons found</source>
        <translation>Keine Lektionen gefunden</translation>
    </message>
    <message>
        <source>Open Lesson Folder</source>
        <translation>Lektionsordner öffnen</translation>
    </message>
    <message numerus="yes">
        <source>%n lesson(s) loaded from %1; some files have problems:</source>
        <translation>
            <numerusform>%n Lektion aus %1 geladen; einige Dateien haben Probleme:</numerusform>
            <numerusform>%n Lektionen aus %1 geladen; einige Dateien haben Probleme:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lesson(s) loaded from %1</source>
        <translation>
            <numerusform>%n Lektion aus %1 geladen</numerusform>
            <numerusform>%n Lektionen aus %1 geladen</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Handout</source>
        <translation>Handout exportieren</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <source>Rendering the handout…</source>
        <translation>Das Handout wird gerendert…</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>Open Lesson F&amp;older…</source>
        <translation>Lektions&amp;ordner öffnen…</translation>
    </message>
</context>
<context>
    <name>attnscope::widgets::Apng</name>
    <message>
        <source>there is no picture to animate</source>
        <translation>es gibt kein Bild zum Animieren</translation>
    </message>
    <message>
        <source>frame %1 could not be encoded: %2</source>
        <translation>Bild %1 konnte nicht kodiert werden: %2</translation>
    </message>
    <message>
        <source>frame %1 could not be encoded</source>
        <translation>Bild %1 konnte nicht kodiert werden</translation>
    </message>
</context>
<context>
    <name>attnscope::widgets::AttentionPage</name>
    <message>
        <source>Weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <source>Alignment weights αᵢⱼ</source>
        <translation>Alignment-Gewichte αᵢⱼ</translation>
    </message>
    <message>
        <source>Target token yᵢ</source>
        <translation>Ziel-Token yᵢ</translation>
    </message>
    <message>
        <source>Source token xⱼ</source>
        <translation>Quell-Token xⱼ</translation>
    </message>
    <message>
        <source>Attention weights softmax(QKᵀ/√d_k)</source>
        <translation>Aufmerksamkeitsgewichte softmax(QKᵀ/√d_k)</translation>
    </message>
    <message>
        <source>Attention weights, head %1 of %2 (KV head %3 of %4)</source>
        <translation>Aufmerksamkeitsgewichte, Kopf %1 von %2 (KV-Kopf %3 von %4)</translation>
    </message>
    <message>
        <source>Attention weights, head %1 of %2 (one shared KV head)</source>
        <translation>Aufmerksamkeitsgewichte, Kopf %1 von %2 (ein gemeinsamer KV-Kopf)</translation>
    </message>
    <message>
        <source>Attention weights, head %1 of %2 (latent KV, causal)</source>
        <translation>Aufmerksamkeitsgewichte, Kopf %1 von %2 (latentes KV, kausal)</translation>
    </message>
    <message>
        <source>Attention weights, head %1 of %2</source>
        <translation>Aufmerksamkeitsgewichte, Kopf %1 von %2</translation>
    </message>
    <message>
        <source>Query token i</source>
        <translation>Abfrage-Token i</translation>
    </message>
    <message>
        <source>Source token j</source>
        <translation>Quell-Token j</translation>
    </message>
    <message>
        <source>Key token j</source>
        <translation>Schlüssel-Token j</translation>
    </message>
    <message>
        <source>embedding m = %1, GRU n = %2, alignment n&apos; = %3</source>
        <translation>Einbettung m = %1, GRU n = %2, Alignment n&apos; = %3</translation>
    </message>
    <message>
        <source>d_model = %1, d_k = d_v = %2</source>
        <translation>d_model = %1, d_k = d_v = %2</translation>
    </message>
    <message>
        <source>d_model = %1, %2 heads × d_h = %3, latent d_c = %4, RoPE d_R = %5</source>
        <translation>d_model = %1, %2 Köpfe × d_h = %3, Latent d_c = %4, RoPE d_R = %5</translation>
    </message>
    <message>
        <source>d_model = %1, %2 heads × d_h = %3, </source>
        <translation>d_model = %1, %2 Köpfe × d_h = %3, </translation>
    </message>
    <message>
        <source>one shared KV head</source>
        <translation>ein gemeinsamer KV-Kopf</translation>
    </message>
    <message>
        <source>%1 KV heads</source>
        <translation>%1 KV-Köpfe</translation>
    </message>
    <message>
        <source>No KV cache: the decoder re-reads %1 annotation values per source token.</source>
        <translation>Kein KV-Cache: Der Decoder liest je Quell-Token %1 Annotationswerte erneut.</translation>
    </message>
    <message>
        <source>KV cache: none</source>
        <translation>KV-Cache: keiner</translation>
    </message>
    <message>
        <source>KV cache per token and layer: %1 elements (latent d_c + d_R), against %2 for MHA and %3 for the decompressed keys and values.</source>
        <translation>KV-Cache je Token und Schicht: %1 Elemente (Latent d_c + d_R), gegenüber %2 bei MHA und %3 für die dekomprimierten Schlüssel und Werte.</translation>
    </message>
    <message>
        <source>KV cache: %1 elements/token</source>
        <translation>KV-Cache: %1 Elemente/Token</translation>
    </message>
    <message>
        <source>KV cache per token and layer: %1 elements</source>
        <translation>KV-Cache je Token und Schicht: %1 Elemente</translation>
    </message>
    <message>
        <source> (%1% of MHA&apos;s %2)</source>
        <translation> (%1 % der %2 von MHA)</translation>
    </message>
    <message>
        <source>Recorded steps: %1</source>
        <translation>Aufgezeichnete Schritte: %1</translation>
    </message>
    <message>
        <source>Sizes:</source>
        <translation>Größen:</translation>
    </message>
    <message>
        <source>Shapes:</source>
        <translation>Formen:</translation>
    </message>
    <message>
        <source>Memory:</source>
        <translation>Speicher:</translation>
    </message>
    <message>
        <source>%1 steps and %2 tensors recorded.</source>
        <translation>%1 Schritte und %2 Tensoren aufgezeichnet.</translation>
    </message>
</context>
<context>
    <name>attnscope::widgets::ColorMap</name>
    <message>
        <source>diverging, centred on 0</source>
        <translation>divergierend, um 0 zentriert</translation>
    </message>
    <message>
        <source>sequential</source>
        <translation>sequenziell</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>attnscope::widgets::CompareModel</name>
    <message>
        <source>Not enough memory to compare the mechanisms at this size.</source>
        <translation>Nicht genug Speicher, um die Mechanismen in dieser Größe zu vergleichen.</translation>
    </message>
    <message>
        <source>The comparison failed.</source>
        <translation>Der Vergleich ist fehlgeschlagen.</translation>
    </message>
</context>
<context>
    <name>attnscope::widgets::CompareView</name>
    <message>
        <source>&amp;Query head:</source>
        <translation>Ab&amp;fragekopf:</translation>
    </message>
    <message>
        <source>The query head whose attention weights all four maps show</source>
        <translation>Der Abfragekopf, dessen Aufmerksamkeitsgewichte alle vier Karten zeigen</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <source>KV cache per token and layer (elements)</source>
        <translation>KV-Cache je Token und Schicht (Elemente)</translation>
    </message>
    <message>
        <source>What a decoder keeps per token in every layer (DeepSeek-V2, Table 1), whatever the precision: bytes are elements × bits / 8. MLA caches its latent and the shared RoPE key.</source>
        <translation>Was ein Decoder je Token in jeder Schicht speichert (DeepSeek-V2, Tabelle 1), unabhängig von der Genauigkeit: Bytes = Elemente × Bits / 8. MLA speichert seinen Latentvektor und den gemeinsamen RoPE-Schlüssel.</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Wird berechnet…</translation>
    </message>
    <message>
        <source>All four run causal self-attention (MLA is defined only for a causal decoder, so the others are made causal too) on the same input X: seed %1, %2 tokens, d_model %3, %4 heads of width %5. Their weights are drawn from the same seed but differ wherever their shapes differ, so a difference shows what the mechanism changes on this one input, not how trained models of each kind compare.</source>
        <translation>Alle vier rechnen kausale Selbstaufmerksamkeit (MLA ist nur für einen kausalen Decoder definiert, daher werden auch die anderen kausal gerechnet) auf derselben Eingabe X: Seed %1, %2 Token, d_model %3, %4 Köpfe der Breite %5. Ihre Gewichte stammen aus demselben Seed, unterscheiden sich aber überall dort, wo sich ihre Formen unterscheiden. Eine Abweichung zeigt also, was der Mechanismus an dieser einen Eingabe ändert, nicht wie trainierte Modelle der jeweiligen Art abschneiden.</translation>
    </message>
    <message>
        <source>1 KV head</source>
        <translation>1 KV-Kopf</translation>
    </message>
    <message>
        <source>%1 KV heads</source>
        <translation>%1 KV-Köpfe</translation>
    </message>
    <message>
        <source>MHA — %1, one per query head</source>
        <translation>MHA — %1, einer je Abfragekopf</translation>
    </message>
    <message>
        <source>GQA — 1 KV head: %1 heads cannot be split into groups, so GQA equals MQA here</source>
        <translation>GQA — 1 KV-Kopf: %1 Köpfe lassen sich nicht in Gruppen teilen, daher ist GQA hier gleich MQA</translation>
    </message>
    <message>
        <source>GQA — %1; head %2 reads KV head %3</source>
        <translation>GQA — %1; Kopf %2 liest KV-Kopf %3</translation>
    </message>
    <message>
        <source>MQA — 1 KV head, shared by all query heads</source>
        <translation>MQA — 1 KV-Kopf, von allen Abfrageköpfen geteilt</translation>
    </message>
    <message>
        <source>MLA — latent d_c = %1 + RoPE key d_h^R = %2</source>
        <translation>MLA — Latent d_c = %1 + RoPE-Schlüssel d_h^R = %2</translation>
    </message>
    <message>
        <source>not computed</source>
        <translation>nicht berechnet</translation>
    </message>
    <message>
        <source>Query token i</source>
        <translation>Abfrage-Token i</translation>
    </message>
    <message>
        <source>Key token j</source>
        <translation>Schlüssel-Token j</translation>
    </message>
    <message>
        <source>No weights for head %1.</source>
        <translation>Keine Gewichte für Kopf %1.</translation>
    </message>
    <message>
        <source>Output: reference for the differences</source>
        <translation>Ausgabe: Referenz für die Abweichungen</translation>
    </message>
    <message>
        <source>Output vs MHA: not available</source>
        <translation>Ausgabe gegenüber MHA: nicht verfügbar</translation>
    </message>
    <message>
        <source>Output vs MHA: max |Δ| = %1, mean %2</source>
        <translation>Ausgabe gegenüber MHA: max |Δ| = %1, Mittel %2</translation>
    </message>
    <message>
        <source>The four trained models, alike but for their attention, read the same text (%1 tokens): layer %2 of each, %3 heads of width %4 over d_model %5. Each learned its own weights, so the maps show how trained models of each kind attend to this sentence; their outputs are not compared.</source>
        <translation>Die vier trainierten Modelle, gleich bis auf ihre Aufmerksamkeit, lesen denselben Text (%1 Token): jeweils Schicht %2, %3 Köpfe der Breite %4 bei d_model %5. Jedes hat seine eigenen Gewichte gelernt; die Karten zeigen also, wie trainierte Modelle jeder Art diesen Satz betrachten. Ihre Ausgaben werden nicht verglichen.</translation>
    </message>
    <message>
        <source>Trained model, layer %1</source>
        <translation>Trainiertes Modell, Schicht %1</translation>
    </message>
</context>
<context>
    <name>attnscope::widgets::ComputeController</name>
    <message>
        <source>Not enough memory to compute this configuration.</source>
        <translation>Nicht genug Speicher, um diese Konfiguration zu berechnen.</translation>
    </message>
    <message>
        <source>The computation failed for an unknown reason.</source>
        <translation>Die Berechnung ist aus unbekanntem Grund fehlgeschlagen.</translation>
    </message>
</context>
<context>
    <name>attnscope::widgets::Figures</name>
    <message>
        <source>seeded random vectors</source>
        <translation>Zufallsvektoren aus dem Seed</translation>
    </message>
    <message>
        <source>The attention view shows no weights for these parameters.</source>
        <translation>Die Aufmerksamkeitsansicht zeigt für diese Parameter keine Gewichte.</translation>
    </message>
    <message>
        <source>Attention weights of all %1 heads, %2, layer %3</source>
        <translation>Aufmerksamkeitsgewichte aller %1 Köpfe, %2, Schicht %3</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <source>Head %1</source>
        <translation>Kopf %1</translation>
    </message>
    <message>
        <source>%1, layer %2, every query head; input: %3. Rows: query tokens; columns: key tokens.</source>
        <translation>%1, Schicht %2, jeder Abfragekopf; Eingabe: %3. Zeilen: Abfrage-Token; Spalten: Schlüssel-Token.</translation>
    </message>
    <message>
        <source>%1, head %2 of %3, layer %4; input: %5.</source>
        <translation>%1, Kopf %2 von %3, Schicht %4; Eingabe: %5.</translation>
    </message>
    <message>
        <source>The compare view has no result yet.</source>
        <translation>Die Vergleichsansicht hat noch kein Ergebnis.</translation>
    </message>
    <message>
        <source>Attention weights of query head %1 under four mechanisms</source>
        <translation>Aufmerksamkeitsgewichte von Abfragekopf %1 unter vier Mechanismen</translation>
    </message>
    <message>
        <source>The same input and seed under MHA, GQA, MQA and MLA. %1.</source>
        <translation>Dieselbe Eingabe und derselbe Seed unter MHA, GQA, MQA und MLA. %1.</translation>
    </message>
    <message>
        <source>The steps view shows no step for these parameters.</source>
        <translation>Die Schrittansicht zeigt für diese Parameter keinen Schritt.</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Schritt %1 von %2: %3</translation>
    </message>
    <message>
        <source>%1, layer %2; input: %3.</source>
        <translation>%1, Schicht %2; Eingabe: %3.</translation>
    </message>
    <message>
        <source>The heads view draws no diagram for these parameters.</source>
        <translation>Die Köpfe-Ansicht zeichnet für diese Parameter kein Diagramm.</translation>
    </message>
    <message>
        <source>Query heads and the keys and values they read: %1</source>
        <translation>Abfrageköpfe und die Schlüssel und Werte, die sie lesen: %1</translation>
    </message>
    <message>
        <source>KV-cache footprint</source>
        <translation>KV-Cache-Speicherbedarf</translation>
    </message>
    <message>
        <source>The footprint view has no chart to export.</source>
        <translation>Die Speicherbedarfsansicht hat kein Diagramm zum Exportieren.</translation>
    </message>
    <message>
        <source>The trade-off view has no measured models to plot.</source>
        <translation>Die Ansicht „Qualität vs. Cache“ hat keine gemessenen Modelle zum Darstellen.</translation>
    </message>
    <message>
        <source>Quality against KV-cache size</source>
        <translation>Qualität über der KV-Cache-Größe</translation>
    </message>
    <message>
        <source>The trade-off view has no chart to export.</source>
        <translation>Die Ansicht „Qualität vs. Cache“ hat kein Diagramm zum Exportieren.</translation>
    </message>
    <message>
        <source>The timings view has no sweep yet; run one in the Timings dock before exporting its chart.</source>
        <translation>Die Zeitmessungsansicht hat noch keinen Durchlauf; starten Sie einen im Dock „Zeitmessungen“, bevor Sie ihr Diagramm exportieren.</translation>
    </message>
    <message>
        <source>Decode attention time against context</source>
        <translation>Decode-Aufmerksamkeitszeit über dem Kontext</translation>
    </message>
    <message>
        <source>The timings view has no chart to export.</source>
        <translation>Die Zeitmessungsansicht hat kein Diagramm zum Exportieren.</translation>
    </message>
</context>
<context>
    <name>attnscope::widgets::FootprintChart</name>
    <message>
        <source>1 KV head</source>
        <translation>1 KV-Kopf</translation>
    </message>
    <message>
        <source>%1 KV heads</source>
        <translation>%1 KV-Köpfe</translation>
    </message>
    <message>
        <source>d_c %1 + d_h^R %2</source>
        <translation>d_c %1 + d_h^R %2</translation>
    </message>
    <message>
        <source>&amp;Logarithmic bytes axis</source>
        <translation>&amp;Logarithmische Bytes-Achse</translation>
    </message>
    <message>
        <source>Bytes on a logarithmic axis: every mechanism&apos;s line stays readable, and a constant ratio between two caches is a constant gap</source>
        <translation>Bytes auf einer logarithmischen Achse: Die Linie jedes Mechanismus bleibt lesbar, und ein festes Verhältnis zwischen zwei Caches ist ein fester Abstand</translation>
    </message>
    <message>
        <source>Log&amp;arithmic context axis</source>
        <translation>Logarithmische &amp;Kontextachse</translation>
    </message>
    <message>
        <source>Context length on a logarithmic axis (1K to 1M tokens), or linear</source>
        <translation>Kontextlänge auf einer logarithmischen Achse (1K bis 1M Token) oder linear</translation>
    </message>
    <message>
        <source>GPU memory:</source>
        <translation>GPU-Speicher:</translation>
    </message>
    <message>
        <source>Lines at common GPU memory sizes, and where each cache alone fills them</source>
        <translation>Linien bei üblichen GPU-Speichergrößen und wo jeder Cache allein sie füllt</translation>
    </message>
    <message>
        <source>A line at %1 GiB (%2 bytes), the memory of the %3, and where each cache alone fills it</source>
        <translation>Eine Linie bei %1 GiB (%2 Bytes), dem Speicher von %3, und wo jeder Cache allein ihn füllt</translation>
    </message>
    <message>
        <source>Context length (tokens per sequence; K = 1024)</source>
        <translation>Kontextlänge (Token je Sequenz; K = 1024)</translation>
    </message>
    <message>
        <source>KV cache size</source>
        <translation>Größe des KV-Caches</translation>
    </message>
    <message>
        <source>%1 is left out: %2</source>
        <translation>%1 wird ausgelassen: %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>%1: %2 per token</source>
        <translation>%1: %2 je Token</translation>
    </message>
    <message>
        <source>%1: one context length is not drawn, its bytes do not fit in 64 bits.</source>
        <translation>%1: Eine Kontextlänge wird nicht gezeichnet, ihre Bytes passen nicht in 64 Bit.</translation>
    </message>
    <message>
        <source>%1: %2 context lengths are not drawn, their bytes do not fit in 64 bits.</source>
        <translation>%1: %2 Kontextlängen werden nicht gezeichnet, ihre Bytes passen nicht in 64 Bit.</translation>
    </message>
    <message>
        <source>%1-bit elements, batch %2. Bytes in binary units (1 GiB = 2^30 bytes). GPU sizes are the nominal capacities read as GiB; a program can use a little less, and the weights and activations need room too.</source>
        <translation>%1-Bit-Elemente, Batch %2. Bytes in Binäreinheiten (1 GiB = 2^30 Bytes). GPU-Größen sind die Nennkapazitäten, als GiB gelesen; ein Programm kann etwas weniger nutzen, und auch die Gewichte und Aktivierungen brauchen Platz.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>The cache alone fills %1 GiB at %2 tokens per sequence.</source>
        <translation>Der Cache allein füllt %1 GiB bei %2 Token je Sequenz.</translation>
    </message>
    <message>
        <source>%1 GiB</source>
        <translation>%1 GiB</translation>
    </message>
    <message>
        <source>weights per GPU</source>
        <translation>Gewichte je GPU</translation>
    </message>
    <message numerus="yes">
        <source>full attention, %n layer(s)</source>
        <translation>
            <numerusform>volle Aufmerksamkeit, %n Schicht</numerusform>
            <numerusform>volle Aufmerksamkeit, %n Schichten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>window of %1 tokens, %n layer(s)</source>
        <translation>
            <numerusform>Fenster von %1 Token, %n Schicht</numerusform>
            <numerusform>Fenster von %1 Token, %n Schichten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>cross-attention, %n layer(s)</source>
        <translation>
            <numerusform>Kreuzaufmerksamkeit, %n Schicht</numerusform>
            <numerusform>Kreuzaufmerksamkeit, %n Schichten</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 per token at %3 bits</source>
        <translation>%1: %2 je Token bei %3 Bits</translation>
    </message>
    <message>
        <source>Memory of one GPU of %1 GiB, %2 GPUs tensor-parallel: weights at %3 bits and the KV cache of batch %4 at %5-bit elements, paged in blocks of %6 tokens.</source>
        <translation>Speicher einer GPU mit %1 GiB, %2 GPUs tensorparallel: Gewichte bei %3 Bits und der KV-Cache von Batch %4 bei %5-Bit-Elementen, seitenweise in Blöcken von %6 Token.</translation>
    </message>
    <message>
        <source>The dotted line leaves %1 GiB per GPU for activations and the runtime.</source>
        <translation>Die gepunktete Linie lässt %1 GiB je GPU für Aktivierungen und die Laufzeitumgebung frei.</translation>
    </message>
    <message>
        <source>Bytes in binary units (1 GiB = 2^30 bytes).</source>
        <translation>Bytes in Binäreinheiten (1 GiB = 2^30 Bytes).</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>%1 frei</translation>
    </message>
    <message>
        <source>%1 short</source>
        <translation>%1 zu wenig</translation>
    </message>
    <message>
        <source>%1 per GPU at %2 × %3: weights %4 + KV cache %5, %6; largest batch %7</source>
        <translation>%1 je GPU bei %2 × %3: Gewichte %4 + KV-Cache %5, %6; größter Batch %7</translation>
    </message>
    <message>
        <source>%1: KV cache %2 at %3 × %4, %5-bit</source>
        <translation>%1: KV-Cache %2 bei %3 × %4, %5 Bit</translation>
    </message>
    <message>
        <source>Memory per GPU (weights and KV cache)</source>
        <translation>Speicher je GPU (Gewichte und KV-Cache)</translation>
    </message>
    <message>
        <source>context %1</source>
        <translation>Kontext %1</translation>
    </message>
    <message>
        <source>any</source>
        <translation>beliebig</translation>
    </message>
    <message>
        <source>%1 GiB usable</source>
        <translation>%1 GiB nutzbar</translation>
    </message>
    <message>
        <source>%1: context %2 at batch %3, batch %4 at context %5</source>
        <translation>%1: Kontext %2 bei Batch %3, Batch %4 bei Kontext %5</translation>
    </message>
    <message>
        <source>%1 keeps no decode cache: an encoder-only model reads its whole input at once and generates no tokens.</source>
        <translation>%1 hält keinen Decode-Cache: Ein reines Encoder-Modell liest seine ganze Eingabe auf einmal und erzeugt keine Token.</translation>
    </message>
    <message>
        <source>%1: no decode cache (encoder-only)</source>
        <translation>%1: kein Decode-Cache (reiner Encoder)</translation>
    </message>
    <message>
        <source>Largest context and batch that fit one GPU with its weights: %1.</source>
        <translation>Größter Kontext und größter Batch, die mit den Gewichten auf eine GPU passen: %1.</translation>
    </message>
</context>
<context>
    <name>attnscope::widgets::FootprintSettings</name>
    <message>
        <source>This model&apos;s shape cannot be used: %1</source>
        <translation>Die Form dieses Modells ist nicht verwendbar: %1</translation>
    </message>
    <message>
        <source>No memory plan: %1 gives no vocab_size, so its weights are not known; import the model&apos;s config.json.</source>
        <translation>Kein Speicherplan: %1 gibt keine vocab_size an, daher sind seine Gewichte nicht bekannt; importieren Sie die config.json des Modells.</translation>
    </message>
    <message>
        <source>No memory plan: %1</source>
        <translation>Kein Speicherplan: %1</translation>
    </message>
</context>
<context>
    <name>attnscope::widgets::FootprintView</name>
    <message>
        <source>Bits per cached element: 16 for FP16/BF16, 8 for FP8 or INT8, or the average of a mixed-precision scheme such as 6 or 4.5</source>
        <translation>Bits je gespeichertem Element: 16 für FP16/BF16, 8 für FP8 oder INT8 oder der Mittelwert eines Schemas mit gemischter Genauigkeit wie 6 oder 4,5</translation>
    </message>
    <message>
        <source>KV &amp;bits:</source>
        <translation>KV-&amp;Bits:</translation>
    </message>
    <message>
        <source>Tokens per sequence kept in the cache</source>
        <translation>Token je Sequenz, die der Cache hält</translation>
    </message>
    <message>
        <source>&amp;Context:</source>
        <translation>&amp;Kontext:</translation>
    </message>
    <message>
        <source>Sequences decoded together, each with its own cache</source>
        <translation>Gemeinsam dekodierte Sequenzen, jede mit eigenem Cache</translation>
    </message>
    <message>
        <source>B&amp;atch:</source>
        <translation>B&amp;atch:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Compare &amp;with:</source>
        <translation>&amp;Vergleichen mit:</translation>
    </message>
    <message>
        <source>Bits per cached element of the compared model</source>
        <translation>Bits je gespeichertem Element des verglichenen Modells</translation>
    </message>
    <message>
        <source>No model yet: choose a preset model or import a config.json to see its KV cache.</source>
        <translation>Noch kein Modell: Wählen Sie ein Modell aus den Vorlagen oder importieren Sie eine config.json, um seinen KV-Cache zu sehen.</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy &amp;All</source>
        <translation>&amp;Alles kopieren</translation>
    </message>
    <message>
        <source> token</source>
        <translation> Token</translation>
    </message>
    <message>
        <source> tokens</source>
        <translation> Token</translation>
    </message>
    <message>
        <source> sequence</source>
        <translation> Sequenz</translation>
    </message>
    <message>
        <source> sequences</source>
        <translation> Sequenzen</translation>
    </message>
    <message>
        <source>Bits &apos;%1&apos;: %2</source>
        <translation>Bits &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>Compared with %1: %2</source>
        <translation>Verglichen mit %1: %2</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>mechanism</source>
        <translation>Mechanismus</translation>
    </message>
    <message>
        <source>shape</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>KV cache</source>
        <translation>KV-Cache</translation>
    </message>
    <message>
        <source>per token and layer</source>
        <translation>je Token und Schicht</translation>
    </message>
    <message>
        <source>%1 = %2 = %3 elements</source>
        <translation>%1 = %2 = %3 Elemente</translation>
    </message>
    <message>
        <source>per token, all layers</source>
        <translation>je Token, alle Schichten</translation>
    </message>
    <message>
        <source>decompressed K and V instead</source>
        <translation>stattdessen dekomprimierte K und V</translation>
    </message>
    <message>
        <source>n_h (d_h + d_h^R) + n_h d_v = %1 elements per token and layer, %2 per token (%3×)</source>
        <translation>n_h (d_h + d_h^R) + n_h d_v = %1 Elemente je Token und Schicht, %2 je Token (%3×)</translation>
    </message>
    <message>
        <source>equivalent GQA groups</source>
        <translation>gleichwertige GQA-Gruppen</translation>
    </message>
    <message>
        <source>(d_c + d_h^R) / (2 d_h) = %1 / %2 = %3</source>
        <translation>(d_c + d_h^R) / (2 d_h) = %1 / %2 = %3</translation>
    </message>
    <message>
        <source>cross-attention, per source token</source>
        <translation>Kreuzaufmerksamkeit, je Quell-Token</translation>
    </message>
    <message>
        <source>attention projection parameters</source>
        <translation>Parameter der Projektionen in der Aufmerksamkeit</translation>
    </message>
    <message>
        <source>%1 per layer, %2 in all</source>
        <translation>%1 je Schicht, %2 insgesamt</translation>
    </message>
    <message>
        <source>Compared with</source>
        <translation>Verglichen mit</translation>
    </message>
    <message>
        <source>%1, %2, at %3 bits</source>
        <translation>%1, %2, bei %3 Bits</translation>
    </message>
    <message>
        <source>%1 = %2 = %3 elements, %4 B</source>
        <translation>%1 = %2 = %3 Elemente, %4 B</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>note</source>
        <translation>Hinweis</translation>
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
        <translation>Multi-Head-Aufmerksamkeit (MHA)</translation>
    </message>
    <message>
        <source>grouped-query attention (GQA)</source>
        <translation>Grouped-Query-Aufmerksamkeit (GQA)</translation>
    </message>
    <message>
        <source>multi-query attention (MQA)</source>
        <translation>Multi-Query-Aufmerksamkeit (MQA)</translation>
    </message>
    <message>
        <source>multi-head latent attention (MLA)</source>
        <translation>Multi-Head-Latent-Aufmerksamkeit (MLA)</translation>
    </message>
    <message>
        <source>scaled dot-product attention</source>
        <translation>skalierte Skalarprodukt-Aufmerksamkeit</translation>
    </message>
    <message>
        <source>Bahdanau attention</source>
        <translation>Bahdanau-Aufmerksamkeit</translation>
    </message>
    <message>
        <source>unnamed model</source>
        <translation>unbenanntes Modell</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 decoder layers, %2 encoder layers</source>
        <translation>%1 Decoder-Schichten, %2 Encoder-Schichten</translation>
    </message>
    <message>
        <source>%1 layers</source>
        <translation>%1 Schichten</translation>
    </message>
    <message>
        <source>d_model %1</source>
        <translation>d_model %1</translation>
    </message>
    <message>
        <source>%1 heads</source>
        <translation>%1 Köpfe</translation>
    </message>
    <message>
        <source>%1 KV heads</source>
        <translation>%1 KV-Köpfe</translation>
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
        <translation>keine Abfragekompression</translation>
    </message>
    <message>
        <source>cross-attention in %1 decoder layers</source>
        <translation>Kreuzaufmerksamkeit in %1 Decoder-Schichten</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>bytes per token at %1&#xa0;bits</source>
        <translation>Bytes je Token bei %1&#xa0;Bits</translation>
    </message>
    <message>
        <source>context %1 ×&#xa0;batch&#xa0;%2</source>
        <translation>Kontext %1 ×&#xa0;Batch&#xa0;%2</translation>
    </message>
    <message>
        <source>%1&apos;s cache is the same size as %2&apos;s (%3 bytes)</source>
        <translation>Der Cache von %1 ist genauso groß wie der von %2 (%3 Bytes)</translation>
    </message>
    <message>
        <source>%1&apos;s cache is %2% smaller than %3&apos;s: 100 × (1 − %4 / %5 bytes)</source>
        <translation>Der Cache von %1 ist %2 % kleiner als der von %3: 100 × (1 − %4 / %5 Bytes)</translation>
    </message>
    <message>
        <source>%1&apos;s cache is %2% larger than %3&apos;s; %3&apos;s is %4% smaller: 100 × (1 − %5 / %6 bytes)</source>
        <translation>Der Cache von %1 ist %2 % größer als der von %3; der von %3 ist %4 % kleiner: 100 × (1 − %5 / %6 Bytes)</translation>
    </message>
    <message>
        <source>comparison</source>
        <translation>Vergleich</translation>
    </message>
    <message numerus="yes">
        <source>full attention, %n layer(s)</source>
        <translation>
            <numerusform>volle Aufmerksamkeit, %n Schicht</numerusform>
            <numerusform>volle Aufmerksamkeit, %n Schichten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>window of %1 tokens, %n layer(s)</source>
        <translation>
            <numerusform>Fenster von %1 Token, %n Schicht</numerusform>
            <numerusform>Fenster von %1 Token, %n Schichten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>cross-attention, %n layer(s)</source>
        <translation>
            <numerusform>Kreuzaufmerksamkeit, %n Schicht</numerusform>
            <numerusform>Kreuzaufmerksamkeit, %n Schichten</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 elements × %2 tokens × batch %3 = %4</source>
        <translation>%1 Elemente × %2 Token × Batch %3 = %4</translation>
    </message>
    <message numerus="yes">
        <source>Memory plan: %n GPU(s) of %1 GiB</source>
        <translation>
            <numerusform>Speicherplan: %n GPU mit %1 GiB</numerusform>
            <numerusform>Speicherplan: %n GPUs mit %1 GiB</numerusform>
        </translation>
    </message>
    <message>
        <source>plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>%1, %2 active per token</source>
        <translation>%1, davon %2 aktiv je Token</translation>
    </message>
    <message>
        <source>parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>weights at %1 bits, per GPU</source>
        <translation>Gewichte bei %1 Bits, je GPU</translation>
    </message>
    <message>
        <source>%1, with one 16-bit scale per %2 weights</source>
        <translation>%1, mit einem 16-Bit-Skalenfaktor je %2 Gewichte</translation>
    </message>
    <message>
        <source>%1, quantization scales not counted</source>
        <translation>%1, Skalenfaktoren der Quantisierung nicht mitgezählt</translation>
    </message>
    <message>
        <source>data-parallel attention: each GPU caches the latent of its own %1 sequences</source>
        <translation>datenparallele Aufmerksamkeit: Jede GPU speichert den Latentvektor ihrer eigenen %1 Sequenzen</translation>
    </message>
    <message>
        <source>the latent is not split by heads: every GPU holds all of it (data-parallel attention splits the sequences instead)</source>
        <translation>der Latentvektor wird nicht nach Köpfen aufgeteilt: Jede GPU hält ihn ganz (datenparallele Aufmerksamkeit teilt stattdessen die Sequenzen auf)</translation>
    </message>
    <message>
        <source>KV cache per GPU, blocks of %1 tokens</source>
        <translation>KV-Cache je GPU, Blöcke von %1 Token</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1; %2</translation>
    </message>
    <message>
        <source>of which KV scales</source>
        <translation>davon KV-Skalenfaktoren</translation>
    </message>
    <message>
        <source>%1, one 16-bit scale per %2 elements</source>
        <translation>%1, ein 16-Bit-Skalenfaktor je %2 Elemente</translation>
    </message>
    <message>
        <source>reserve per GPU</source>
        <translation>Reserve je GPU</translation>
    </message>
    <message>
        <source>left per GPU</source>
        <translation>frei je GPU</translation>
    </message>
    <message>
        <source>%1 short: it does not fit</source>
        <translation>%1 zu wenig: Es passt nicht</translation>
    </message>
    <message>
        <source>any (the cache stops growing)</source>
        <translation>beliebig (der Cache wächst nicht weiter)</translation>
    </message>
    <message>
        <source>none: not one token fits</source>
        <translation>keiner: Kein einziges Token passt</translation>
    </message>
    <message>
        <source>largest context at batch %1</source>
        <translation>größter Kontext bei Batch %1</translation>
    </message>
    <message>
        <source>largest batch at context %1</source>
        <translation>größter Batch bei Kontext %1</translation>
    </message>
    <message>
        <source>none: not one sequence fits</source>
        <translation>keiner: Keine einzige Sequenz passt</translation>
    </message>
    <message>
        <source>layers</source>
        <translation>Schichten</translation>
    </message>
    <message>
        <source>defaulted (not in the config)</source>
        <translation>Vorgabewerte (nicht in der Konfiguration)</translation>
    </message>
    <message>
        <source>decode cache</source>
        <translation>Decode-Cache</translation>
    </message>
    <message>
        <source>none: an encoder-only model reads its whole input at once and generates no tokens, so it keeps no KV cache between steps</source>
        <translation>keiner: Ein reines Encoder-Modell liest seine ganze Eingabe auf einmal und erzeugt keine Token, daher hält es zwischen den Schritten keinen KV-Cache</translation>
    </message>
    <message>
        <source>per token, the %1 layers with a cache</source>
        <translation>je Token, die %1 Schichten mit Cache</translation>
    </message>
    <message>
        <source>the other reading</source>
        <translation>die andere Lesart</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>2 n_h d_h l_dec = %1 elements, %2 B (in the total, with %3 source tokens)</source>
        <translation>2 n_h d_h l_dec = %1 Elemente, %2 B (in der Summe enthalten, bei %3 Quell-Token)</translation>
    </message>
    <message>
        <source>Encoder-decoder models: source tokens per sequence, whose keys and values every decoder layer caches for cross-attention</source>
        <translation>Encoder-Decoder-Modelle: Quell-Token je Sequenz, deren Schlüssel und Werte jede Decoder-Schicht für die Kreuzaufmerksamkeit speichert</translation>
    </message>
    <message>
        <source>= context</source>
        <translation>= Kontext</translation>
    </message>
    <message>
        <source>A preset model or an imported config whose cache this one is compared with, at the same context and batch; the chart draws it too</source>
        <translation>Ein Modell aus den Vorlagen oder eine importierte Konfiguration, mit deren Cache dieser verglichen wird, bei gleichem Kontext und Batch; das Diagramm zeichnet es ebenfalls</translation>
    </message>
    <message>
        <source>a&amp;t:</source>
        <translation>be&amp;i:</translation>
    </message>
    <message>
        <source>&amp;Memory plan on GPUs</source>
        <translation>&amp;Speicherplan auf GPUs</translation>
    </message>
    <message>
        <source>The weights and the KV cache on N GPUs with tensor parallelism, as attnscope footprint --gpu-gib X --gpus N gives them</source>
        <translation>Die Gewichte und der KV-Cache auf N GPUs mit Tensorparallelität, wie attnscope footprint --gpu-gib X --gpus N sie angibt</translation>
    </message>
    <message>
        <source>&amp;GiB/GPU:</source>
        <translation>&amp;GiB/GPU:</translation>
    </message>
    <message>
        <source>GPUs, tensor-parallel: every weight matrix and the KV heads split over them</source>
        <translation>GPUs, tensorparallel: Jede Gewichtsmatrix und die KV-Köpfe werden auf sie aufgeteilt</translation>
    </message>
    <message>
        <source>G&amp;PUs:</source>
        <translation>G&amp;PUs:</translation>
    </message>
    <message>
        <source>Bits per weight: 16 (BF16), 8 (FP8, INT8), 4 (INT4, NF4); below 8 bits one 16-bit scale per 128 weights is counted</source>
        <translation>Bits je Gewicht: 16 (BF16), 8 (FP8, INT8), 4 (INT4, NF4); unter 8 Bits wird ein 16-Bit-Skalenfaktor je 128 Gewichte mitgezählt</translation>
    </message>
    <message>
        <source>W&amp;eights:</source>
        <translation>Ge&amp;wichte:</translation>
    </message>
    <message>
        <source>GiB per GPU kept for activations, the runtime and fragmentation</source>
        <translation>GiB je GPU, freigehalten für Aktivierungen, die Laufzeitumgebung und Fragmentierung</translation>
    </message>
    <message>
        <source> GiB</source>
        <translation> GiB</translation>
    </message>
    <message>
        <source>&amp;Reserve:</source>
        <translation>&amp;Reserve:</translation>
    </message>
    <message>
        <source>Tokens per block of the paged cache: each sequence rounds up to whole blocks</source>
        <translation>Token je Block des seitenweise verwalteten Caches: Jede Sequenz wird auf ganze Blöcke aufgerundet</translation>
    </message>
    <message>
        <source>B&amp;lock:</source>
        <translation>B&amp;lock:</translation>
    </message>
    <message>
        <source>&amp;DP attention</source>
        <translation>&amp;DP-Aufmerksamkeit</translation>
    </message>
    <message>
        <source>More presets or imported configs drawn on the footprint chart</source>
        <translation>Weitere Vorlagen oder importierte Konfigurationen, die das Speicherbedarfsdiagramm zeichnet</translation>
    </message>
    <message>
        <source>GPU memory &apos;%1&apos;: give the GiB of one GPU, a number above 0 such as 80.</source>
        <translation>GPU-Speicher &apos;%1&apos;: Geben Sie die GiB einer GPU an, eine Zahl über 0 wie 80.</translation>
    </message>
    <message>
        <source>Also on the chart…</source>
        <translation>Auch im Diagramm…</translation>
    </message>
    <message numerus="yes">
        <source>Also on the chart: %n model(s)…</source>
        <translation>
            <numerusform>Auch im Diagramm: %n Modell…</numerusform>
            <numerusform>Auch im Diagramm: %n Modelle…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n layer(s) with full attention</source>
        <translation>
            <numerusform>%n Schicht mit voller Aufmerksamkeit</numerusform>
            <numerusform>%n Schichten mit voller Aufmerksamkeit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n layer(s) with a window of %1 tokens</source>
        <translation>
            <numerusform>%n Schicht mit einem Fenster von %1 Token</numerusform>
            <numerusform>%n Schichten mit einem Fenster von %1 Token</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n layer(s) reusing an earlier layer&apos;s cache</source>
        <translation>
            <numerusform>%n Schicht, die den Cache einer früheren Schicht nutzt</numerusform>
            <numerusform>%n Schichten, die den Cache einer früheren Schicht nutzen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n layer(s) without a KV cache (state-space or linear attention)</source>
        <translation>
            <numerusform>%n Schicht ohne KV-Cache (Zustandsraum oder lineare Aufmerksamkeit)</numerusform>
            <numerusform>%n Schichten ohne KV-Cache (Zustandsraum oder lineare Aufmerksamkeit)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n KV head(s) per GPU, each replicated on %1 GPUs</source>
        <translation>
            <numerusform>%n KV-Kopf je GPU, jeder auf %1 GPUs repliziert</numerusform>
            <numerusform>%n KV-Köpfe je GPU, jeder auf %1 GPUs repliziert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n KV head(s) per GPU</source>
        <translation>
            <numerusform>%n KV-Kopf je GPU</numerusform>
            <numerusform>%n KV-Köpfe je GPU</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Source tokens:</source>
        <translation>&amp;Quell-Token:</translation>
    </message>
    <message>
        <source>Memory of one GPU in GiB. The cards&apos; nominal sizes are 24 GB (RTX 4090), 40 or 80 GB (A100), 80 GB (H100), 141 GB (H200) and 192 GB (B200), read here as GiB; a program can use a little less, which the reserve can hold</source>
        <translation>Speicher einer GPU in GiB. Die Nenngrößen der Karten sind 24 GB (RTX 4090), 40 oder 80 GB (A100), 80 GB (H100), 141 GB (H200) und 192 GB (B200), hier als GiB gelesen; ein Programm kann etwas weniger nutzen, was die Reserve aufnehmen kann</translation>
    </message>
    <message>
        <source>MLA: data-parallel attention, each GPU caching the latents of its own sequences only, instead of every sequence&apos;s</source>
        <translation>MLA: datenparallele Aufmerksamkeit; jede GPU speichert nur die Latentvektoren ihrer eigenen Sequenzen statt die aller Sequenzen</translation>
    </message>
</context>
<context>
    <name>attnscope::widgets::HeadDiagram</name>
    <message>
        <source>▶ Broadcast</source>
        <translation>▶ Verteilen</translation>
    </message>
    <message>
        <source>Animate how each KV head is shared by its group of query heads</source>
        <translation>Animieren, wie jeder KV-Kopf von seiner Gruppe von Abfrageköpfen geteilt wird</translation>
    </message>
    <message>
        <source>c_KV reaches all n_h = %1 query heads through W_UK and W_UV; k_R is shared by all.</source>
        <translation>c_KV erreicht alle n_h = %1 Abfrageköpfe über W_UK und W_UV; k_R teilen sich alle.</translation>
    </message>
    <message>
        <source>KV head %1 is read by query head %2 only (n_h / n_g = 1 each).</source>
        <translation>KV-Kopf %1 wird nur von Abfragekopf %2 gelesen (n_h / n_g = 1 je Kopf).</translation>
    </message>
    <message>
        <source>KV head %1 is read by query heads %2–%3 (n_h / n_g = %4 each).</source>
        <translation>KV-Kopf %1 wird von den Abfrageköpfen %2–%3 gelesen (n_h / n_g = %4 je KV-Kopf).</translation>
    </message>
    <message>
        <source>The head diagram applies to multi-head mechanisms (MHA, GQA, MQA and MLA); %1 has a single attention head.</source>
        <translation>Das Kopfdiagramm gilt für Mechanismen mit mehreren Köpfen (MHA, GQA, MQA und MLA); %1 hat einen einzigen Aufmerksamkeitskopf.</translation>
    </message>
    <message>
        <source>Bahdanau attention</source>
        <translation>Bahdanau-Aufmerksamkeit</translation>
    </message>
    <message>
        <source>scaled dot-product attention</source>
        <translation>skalierte Skalarprodukt-Aufmerksamkeit</translation>
    </message>
    <message>
        <source>The KV heads (n_g = %1) must divide the query heads (n_h = %2).</source>
        <translation>Die KV-Köpfe (n_g = %1) müssen die Abfrageköpfe (n_h = %2) teilen.</translation>
    </message>
    <message>
        <source>n_h = %1 query heads, each with its own KV head (n_g = %2): cache 2 n_g d_h = %3 elements per token and layer (this is MHA).</source>
        <translation>n_h = %1 Abfrageköpfe, jeder mit eigenem KV-Kopf (n_g = %2): Cache 2 n_g d_h = %3 Elemente je Token und Schicht (das ist MHA).</translation>
    </message>
    <message>
        <source>Query heads (n_h = %1)</source>
        <translation>Abfrageköpfe (n_h = %1)</translation>
    </message>
    <message>
        <source>KV heads, cached (n_g = %1)</source>
        <translation>KV-Köpfe, im Cache (n_g = %1)</translation>
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
        <translation>im Cache: d_c + d_h^R = %1 je Token</translation>
    </message>
    <message>
        <source>W_UK, W_UV (per head)</source>
        <translation>W_UK, W_UV (je Kopf)</translation>
    </message>
    <message>
        <source>shared RoPE key</source>
        <translation>gemeinsamer RoPE-Schlüssel</translation>
    </message>
    <message>
        <source>n_h = %1 query heads share n_g = 1 KV head: cache 2 n_g d_h = %2 elements per token and layer (MHA: %3).</source>
        <translation>n_h = %1 Abfrageköpfe teilen sich n_g = 1 KV-Kopf: Cache 2 n_g d_h = %2 Elemente je Token und Schicht (MHA: %3).</translation>
    </message>
    <message>
        <source>n_h = %1 query heads share n_g = %2 KV heads: cache 2 n_g d_h = %3 elements per token and layer (MHA: %4).</source>
        <translation>n_h = %1 Abfrageköpfe teilen sich n_g = %2 KV-Köpfe: Cache 2 n_g d_h = %3 Elemente je Token und Schicht (MHA: %4).</translation>
    </message>
    <message>
        <source>c_KV is read directly by all n_h = %1 absorbed queries q W_UK^T; k_R is shared by all.</source>
        <translation>c_KV wird direkt von allen n_h = %1 absorbierten Abfragen q W_UK^T gelesen; k_R teilen sich alle.</translation>
    </message>
    <message>
        <source>MLA caches only the latent c_KV (d_c = %1) and the RoPE key k_R shared by all heads (d_h^R = %2): d_c + d_h^R = %3 elements per token and layer (MHA with n_h = %4, d_h = %5: 2 n_h d_h = %6). %7</source>
        <translation>MLA speichert im Cache nur den Latentvektor c_KV (d_c = %1) und den von allen Köpfen geteilten RoPE-Schlüssel k_R (d_h^R = %2): d_c + d_h^R = %3 Elemente je Token und Schicht (MHA mit n_h = %4, d_h = %5: 2 n_h d_h = %6). %7</translation>
    </message>
    <message>
        <source>Absorbed path: W_UK is folded into each query (q W_UK^T), which scores against the latent c_KV directly, and W_UV into the output (W_UV W_O); no head&apos;s keys or values are rebuilt.</source>
        <translation>Absorbierter Pfad: W_UK wird in jede Abfrage eingerechnet (q W_UK^T), die direkt gegen den Latentvektor c_KV bewertet, und W_UV in die Ausgabe (W_UV W_O); die Schlüssel und Werte der Köpfe werden nicht wieder aufgebaut.</translation>
    </message>
    <message>
        <source>Naive path: W_UK and W_UV rebuild each head&apos;s keys and values from the latent.</source>
        <translation>Naiver Pfad: W_UK und W_UV bauen die Schlüssel und Werte jedes Kopfes aus dem Latentvektor wieder auf.</translation>
    </message>
    <message>
        <source>W_UV W_O: the value up-projection folded into the output</source>
        <translation>W_UV W_O: die Wert-Aufprojektion, in die Ausgabe eingerechnet</translation>
    </message>
    <message>
        <source>q W_UK^T scores c_KV directly</source>
        <translation>q W_UK^T bewertet c_KV direkt</translation>
    </message>
</context>
<context>
    <name>attnscope::widgets::HeatmapView</name>
    <message>
        <source>Nothing to show yet.</source>
        <translation>Noch nichts anzuzeigen.</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>%1: %2
%3: %4
%5: %6</source>
        <translation>%1: %2
%3: %4
%5: %6</translation>
    </message>
    <message>
        <source>not computed yet</source>
        <translation>noch nicht berechnet</translation>
    </message>
</context>
<context>
    <name>attnscope::widgets::InputBox</name>
    <message>
        <source>Input</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>Seeded random</source>
        <translation>Zufällig aus Seed</translation>
    </message>
    <message>
        <source>Trained model</source>
        <translation>Trainiertes Modell</translation>
    </message>
    <message>
        <source>Seeded random: the mechanism on random weights and inputs drawn from the seed, to see how it computes. Trained model: a small model AttnScope trained and ships, reading your text, to see what learned attention does.</source>
        <translation>Zufällig aus Seed: der Mechanismus mit zufälligen Gewichten und Eingaben aus dem Seed, um zu sehen, wie er rechnet. Trainiertes Modell: ein kleines Modell, das AttnScope trainiert hat und mitliefert, liest Ihren Text, um zu sehen, was gelernte Aufmerksamkeit tut.</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>The sentence the trained model reads (Bahdanau: a date in words, such as &quot;tuesday 5 december 2028&quot;). Type one and press Enter, or pick an example.</source>
        <translation>Der Satz, den das trainierte Modell liest (Bahdanau: ein Datum in Worten, etwa &quot;tuesday 5 december 2028&quot;). Geben Sie einen ein und drücken Sie die Eingabetaste, oder wählen Sie ein Beispiel.</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>Schicht</translation>
    </message>
    <message>
        <source>The layer of the trained language model whose attention is shown, from 0.</source>
        <translation>Die Schicht des trainierten Sprachmodells, deren Aufmerksamkeit gezeigt wird, ab 0.</translation>
    </message>
    <message>
        <source>Random weights and inputs from the seed: how %1 computes.</source>
        <translation>Zufällige Gewichte und Eingaben aus dem Seed: wie %1 rechnet.</translation>
    </message>
    <message>
        <source>%1 has no trained model; choose MHA, GQA, MQA, MLA or Bahdanau.</source>
        <translation>%1 hat kein trainiertes Modell; wählen Sie MHA, GQA, MQA, MLA oder Bahdanau.</translation>
    </message>
    <message>
        <source>The trained date translator: %1 source words, %2 output characters.</source>
        <translation>Der trainierte Datumsübersetzer: %1 Quellwörter, %2 Ausgabezeichen.</translation>
    </message>
    <message>
        <source>The trained %1 model (%2 layers): %3 tokens, layer %4. Its shape fixes the sizes below.</source>
        <translation>Das trainierte %1-Modell (%2 Schichten): %3 Token, Schicht %4. Seine Form legt die Größen unten fest.</translation>
    </message>
</context>
<context>
    <name>attnscope::widgets::Labels</name>
    <message>
        <source>Bahdanau additive attention</source>
        <translation>additive Aufmerksamkeit nach Bahdanau</translation>
    </message>
    <message>
        <source>scaled dot-product attention</source>
        <translation>skalierte Skalarprodukt-Aufmerksamkeit</translation>
    </message>
    <message>
        <source>multi-head attention (MHA)</source>
        <translation>Multi-Head-Aufmerksamkeit (MHA)</translation>
    </message>
    <message>
        <source>grouped-query attention (GQA)</source>
        <translation>Grouped-Query-Aufmerksamkeit (GQA)</translation>
    </message>
    <message>
        <source>multi-query attention (MQA)</source>
        <translation>Multi-Query-Aufmerksamkeit (MQA)</translation>
    </message>
    <message>
        <source>multi-head latent attention (MLA)</source>
        <translation>Multi-Head-Latent-Aufmerksamkeit (MLA)</translation>
    </message>
</context>
<context>
    <name>attnscope::widgets::MlaBadge</name>
    <message>
        <source>Multi-head latent attention computed twice on the same input and the same weights, in two evaluation orders: naive (k_C = c_KV W_UK and v_C = c_KV W_UV materialised) and absorbed (W_UK folded into the query, W_UV applied after the weighted sum). In exact arithmetic both are equal; in float32 they differ by rounding only. The badge shows the largest difference measured between the two outputs.</source>
        <translation>Multi-Head-Latent-Aufmerksamkeit, zweimal mit derselben Eingabe und denselben Gewichten berechnet, in zwei Auswertungsreihenfolgen: naiv (k_C = c_KV W_UK und v_C = c_KV W_UV werden ausgerechnet) und absorbiert (W_UK wird in die Abfrage eingerechnet, W_UV nach der gewichteten Summe angewandt). In exakter Arithmetik sind beide gleich; in float32 unterscheiden sie sich nur durch Rundung. Das Abzeichen zeigt die größte gemessene Abweichung zwischen den beiden Ausgaben.</translation>
    </message>
    <message>
        <source>naive ≡ absorbed: measuring…</source>
        <translation>naiv ≡ absorbiert: wird gemessen…</translation>
    </message>
    <message>
        <source>naive ≡ absorbed: not measured (%1)</source>
        <translation>naiv ≡ absorbiert: nicht gemessen (%1)</translation>
    </message>
    <message>
        <source>naive ≡ absorbed: max |Δ output| = %1</source>
        <translation>naiv ≡ absorbiert: max |Δ Ausgabe| = %1</translation>
    </message>
    <message>
        <source>Largest difference of the attention weights: %1.</source>
        <translation>Größte Abweichung der Aufmerksamkeitsgewichte: %1.</translation>
    </message>
</context>
<context>
    <name>attnscope::widgets::ParameterPanel</name>
    <message>
        <source>Mechanism</source>
        <translation>Mechanismus</translation>
    </message>
    <message>
        <source>Model width</source>
        <translation>Modellbreite</translation>
    </message>
    <message>
        <source>Heads</source>
        <translation>Köpfe</translation>
    </message>
    <message>
        <source>KV heads</source>
        <translation>KV-Köpfe</translation>
    </message>
    <message>
        <source>Head width</source>
        <translation>Kopfbreite</translation>
    </message>
    <message>
        <source>Source tokens</source>
        <translation>Quell-Token</translation>
    </message>
    <message>
        <source>Causal mask</source>
        <translation>Kausale Maske</translation>
    </message>
    <message>
        <source>Cross attention</source>
        <translation>Kreuzaufmerksamkeit</translation>
    </message>
    <message>
        <source>Latent rank</source>
        <translation>Latenter Rang</translation>
    </message>
    <message>
        <source>Query rank</source>
        <translation>Abfragerang</translation>
    </message>
    <message>
        <source>RoPE width</source>
        <translation>RoPE-Breite</translation>
    </message>
    <message>
        <source>RoPE layout</source>
        <translation>RoPE-Anordnung</translation>
    </message>
    <message>
        <source>RoPE base</source>
        <translation>RoPE-Basis</translation>
    </message>
    <message>
        <source>MLA path</source>
        <translation>MLA-Pfad</translation>
    </message>
    <message>
        <source>Hidden width</source>
        <translation>Versteckte Breite</translation>
    </message>
    <message>
        <source>Alignment width</source>
        <translation>Alignment-Breite</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <source>Bahdanau additive</source>
        <translation>Bahdanau, additiv</translation>
    </message>
    <message>
        <source>Scaled dot-product</source>
        <translation>Skaliertes Skalarprodukt</translation>
    </message>
    <message>
        <source>Multi-head (MHA)</source>
        <translation>Multi-Head (MHA)</translation>
    </message>
    <message>
        <source>Grouped-query (GQA)</source>
        <translation>Grouped-Query (GQA)</translation>
    </message>
    <message>
        <source>Multi-query (MQA)</source>
        <translation>Multi-Query (MQA)</translation>
    </message>
    <message>
        <source>Multi-head latent (MLA)</source>
        <translation>Multi-Head-Latent (MLA)</translation>
    </message>
    <message>
        <source>An RNN encoder-decoder aligns while it translates (Bahdanau, Cho and Bengio, 2015): each decoder step scores every source annotation with a small feed-forward network.</source>
        <translation>Ein RNN-Encoder-Decoder richtet aus, während er übersetzt (Bahdanau, Cho und Bengio, 2015): Jeder Decoder-Schritt bewertet jede Quellannotation mit einem kleinen Feedforward-Netz.</translation>
    </message>
    <message>
        <source>One head of scaled dot-product attention (Vaswani et al., 2017): softmax(QKᵀ/√d_k) V.</source>
        <translation>Ein Kopf skalierter Skalarprodukt-Aufmerksamkeit (Vaswani et al., 2017): softmax(QKᵀ/√d_k) V.</translation>
    </message>
    <message>
        <source>Multi-head attention (Vaswani et al., 2017): every query head has its own key and value head.</source>
        <translation>Multi-Head-Aufmerksamkeit (Vaswani et al., 2017): Jeder Abfragekopf hat seinen eigenen Schlüssel- und Wertkopf.</translation>
    </message>
    <message>
        <source>Grouped-query attention (Ainslie et al., 2023): each group of query heads shares one key and value head.</source>
        <translation>Grouped-Query-Aufmerksamkeit (Ainslie et al., 2023): Jede Gruppe von Abfrageköpfen teilt sich einen Schlüssel- und Wertkopf.</translation>
    </message>
    <message>
        <source>Multi-query attention (Shazeer, 2019): all query heads share a single key and value head.</source>
        <translation>Multi-Query-Aufmerksamkeit (Shazeer, 2019): Alle Abfrageköpfe teilen sich einen einzigen Schlüssel- und Wertkopf.</translation>
    </message>
    <message>
        <source>Multi-head latent attention (DeepSeek-V2, 2024): keys and values are rebuilt from a small shared latent, plus a decoupled RoPE key. Always causal.</source>
        <translation>Multi-Head-Latent-Aufmerksamkeit (DeepSeek-V2, 2024): Schlüssel und Werte werden aus einem kleinen gemeinsamen Latentvektor wieder aufgebaut, dazu ein entkoppelter RoPE-Schlüssel. Immer kausal.</translation>
    </message>
    <message>
        <source>The attention mechanism to compute: Bahdanau, scaled dot-product, MHA, GQA, MQA or MLA. Controls it does not read are disabled and show the value it uses.</source>
        <translation>Der zu berechnende Aufmerksamkeitsmechanismus: Bahdanau, skaliertes Skalarprodukt, MHA, GQA, MQA oder MLA. Regler, die er nicht liest, sind deaktiviert und zeigen den Wert, den er verwendet.</translation>
    </message>
    <message>
        <source>Sizes</source>
        <translation>Größen</translation>
    </message>
    <message>
        <source>Model width d_model: the width of every token&apos;s embedding (Bahdanau: the embedding width m). Unless a head width is set, d_model must be divisible by the heads n_h.</source>
        <translation>Modellbreite d_model: die Breite der Einbettung jedes Tokens (Bahdanau: die Einbettungsbreite m). Ist keine Kopfbreite gesetzt, muss d_model durch die Zahl der Köpfe n_h teilbar sein.</translation>
    </message>
    <message>
        <source>Query heads n_h. Without a head width, each head is d_h = d_model / n_h wide.</source>
        <translation>Abfrageköpfe n_h. Ohne Kopfbreite ist jeder Kopf d_h = d_model / n_h breit.</translation>
    </message>
    <message>
        <source>Key/value heads n_g. Each KV head serves n_h / n_g query heads, so n_g must divide n_h: the slider offers the divisors only. n_g = n_h is MHA, n_g = 1 is MQA; the KV cache holds 2 n_g d_h elements per token and layer. Enabled for GQA; MHA and MQA fix it.</source>
        <translation>Schlüssel-/Wertköpfe n_g. Jeder KV-Kopf bedient n_h / n_g Abfrageköpfe, also muss n_g ein Teiler von n_h sein: Der Schieberegler bietet nur die Teiler an. n_g = n_h ist MHA, n_g = 1 ist MQA; der KV-Cache hält 2 n_g d_h Elemente je Token und Schicht. Aktiv bei GQA; MHA und MQA legen den Wert fest.</translation>
    </message>
    <message>
        <source>Head width d_h (MLA: the width of q_C, k_C and v_C per head, without the RoPE part). Until set, d_h = d_model / n_h.</source>
        <translation>Kopfbreite d_h (MLA: die Breite von q_C, k_C und v_C je Kopf, ohne den RoPE-Anteil). Solange nicht gesetzt, gilt d_h = d_model / n_h.</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Tokens T: the length of the (query) sequence. Bahdanau: the target tokens, one per decoder step.</source>
        <translation>Token T: die Länge der (Abfrage-)Sequenz. Bahdanau: die Ziel-Token, eines je Decoder-Schritt.</translation>
    </message>
    <message>
        <source>Source tokens: the length of the key/value sequence in cross attention, the source sentence for Bahdanau.</source>
        <translation>Quell-Token: die Länge der Schlüssel-/Wertsequenz bei Kreuzaufmerksamkeit, bei Bahdanau der Quellsatz.</translation>
    </message>
    <message>
        <source>KV latent rank d_c: the width of the latent c_KV = x W_DKV that MLA caches instead of keys and values (default 4 d_h).</source>
        <translation>Latenter KV-Rang d_c: die Breite des Latentvektors c_KV = x W_DKV, den MLA statt Schlüsseln und Werten speichert (Vorgabe 4 d_h).</translation>
    </message>
    <message>
        <source>Query latent rank d_c&apos;: the width of the query latent c_Q = x W_DQ; 0 means no query compression.</source>
        <translation>Latenter Abfragerang d_c&apos;: die Breite des Abfrage-Latentvektors c_Q = x W_DQ; 0 bedeutet keine Abfragekompression.</translation>
    </message>
    <message>
        <source>RoPE width d_h^R: the decoupled rotary query per head and the one rotary key k_R shared by all heads, cached next to the latent. Even: RoPE rotates pairs.</source>
        <translation>RoPE-Breite d_h^R: die entkoppelte rotierende Abfrage je Kopf und der eine rotierende Schlüssel k_R, den alle Köpfe teilen und der neben dem Latentvektor im Cache liegt. Gerade: RoPE dreht Paare.</translation>
    </message>
    <message>
        <source>Hidden width n of Bahdanau&apos;s GRU encoder (each direction) and decoder.</source>
        <translation>Versteckte Breite n von Bahdanaus GRU-Encoder (je Richtung) und -Decoder.</translation>
    </message>
    <message>
        <source>Alignment width n&apos;: the hidden layer of Bahdanau&apos;s scoring network a(s, h).</source>
        <translation>Alignment-Breite n&apos;: die versteckte Schicht von Bahdanaus Bewertungsnetz a(s, h).</translation>
    </message>
    <message>
        <source>Seed of the random inputs and weights: the same seed gives the same numbers. 0 to 2³¹−1 here, the largest a spin box holds; the command line takes any 64-bit seed.</source>
        <translation>Seed der zufälligen Eingaben und Gewichte: Derselbe Seed ergibt dieselben Zahlen. Hier 0 bis 2³¹−1, das Größte, was ein Drehfeld fasst; die Kommandozeile nimmt jeden 64-Bit-Seed.</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>Causal mask: each token attends to itself and earlier tokens only (self-attention; MLA is always causal).</source>
        <translation>Kausale Maske: Jedes Token achtet nur auf sich selbst und frühere Token (Selbstaufmerksamkeit; MLA ist immer kausal).</translation>
    </message>
    <message>
        <source>Cross attention: queries come from the tokens, keys and values from a separate source sequence (SDPA, MHA, GQA and MQA).</source>
        <translation>Kreuzaufmerksamkeit: Abfragen kommen von den Token, Schlüssel und Werte aus einer eigenen Quellsequenz (SDPA, MHA, GQA und MQA).</translation>
    </message>
    <message>
        <source>Naive</source>
        <translation>Naiv</translation>
    </message>
    <message>
        <source>Absorbed</source>
        <translation>Absorbiert</translation>
    </message>
    <message>
        <source>MLA path: naive rebuilds k_C = c_KV W_UK and v_C = c_KV W_UV per head; absorbed folds W_UK into the query and W_UV into the output and attends over the latent. Both give the same output.</source>
        <translation>MLA-Pfad: naiv baut k_C = c_KV W_UK und v_C = c_KV W_UV je Kopf wieder auf; absorbiert rechnet W_UK in die Abfrage und W_UV in die Ausgabe ein und achtet direkt auf den Latentvektor. Beide liefern dieselbe Ausgabe.</translation>
    </message>
    <message>
        <source>Interleaved pairs</source>
        <translation>Verschränkte Paare</translation>
    </message>
    <message>
        <source>Half split</source>
        <translation>Hälftenteilung</translation>
    </message>
    <message>
        <source>RoPE layout of the d_h^R rotary dimensions: interleaved pairs (x0, x1), (x2, x3)… as in the RoFormer paper, or the two halves (x_j, x_j+d/2) as in GPT-NeoX and Llama.</source>
        <translation>RoPE-Anordnung der d_h^R rotierenden Dimensionen: verschränkte Paare (x0, x1), (x2, x3)… wie im RoFormer-Paper oder die beiden Hälften (x_j, x_j+d/2) wie in GPT-NeoX und Llama.</translation>
    </message>
    <message>
        <source>Why these parameters cannot be computed; nothing is computed until they are fixed.</source>
        <translation>Warum diese Parameter nicht berechnet werden können; bis sie korrigiert sind, wird nichts berechnet.</translation>
    </message>
    <message>
        <source>KV heads must divide the heads: each KV head serves n_h / n_g query heads.</source>
        <translation>Die KV-Köpfe müssen die Köpfe teilen: Jeder KV-Kopf bedient n_h / n_g Abfrageköpfe.</translation>
    </message>
    <message>
        <source>MLA caches a latent, not KV heads.</source>
        <translation>MLA speichert einen Latentvektor, keine KV-Köpfe.</translation>
    </message>
    <message>
        <source>Scaled dot-product attention is one head.</source>
        <translation>Skalierte Skalarprodukt-Aufmerksamkeit ist ein Kopf.</translation>
    </message>
    <message>
        <source>Bahdanau attention has no heads.</source>
        <translation>Bahdanau-Aufmerksamkeit hat keine Köpfe.</translation>
    </message>
    <message>
        <source>MHA: n_g = n_h = %1, one KV head per query head.</source>
        <translation>MHA: n_g = n_h = %1, ein KV-Kopf je Abfragekopf.</translation>
    </message>
    <message>
        <source>MQA: n_g = 1, all %1 query heads share it.</source>
        <translation>MQA: n_g = 1, alle %1 Abfrageköpfe teilen ihn.</translation>
    </message>
    <message>
        <source>GQA with n_g = n_h = 1: equals MHA and MQA.</source>
        <translation>GQA mit n_g = n_h = 1: gleich MHA und MQA.</translation>
    </message>
    <message>
        <source>GQA with n_g = n_h = %1: equals MHA.</source>
        <translation>GQA mit n_g = n_h = %1: gleich MHA.</translation>
    </message>
    <message>
        <source>GQA with n_g = 1: equals MQA.</source>
        <translation>GQA mit n_g = 1: gleich MQA.</translation>
    </message>
    <message>
        <source>GQA: %1 groups of %2 query heads.</source>
        <translation>GQA: %1 Gruppen zu %2 Abfrageköpfen.</translation>
    </message>
    <message>
        <source>Target tokens</source>
        <translation>Ziel-Token</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>Schicht</translation>
    </message>
</context>
<context>
    <name>attnscope::widgets::PathCheckModel</name>
    <message>
        <source>not enough memory</source>
        <translation>nicht genug Speicher</translation>
    </message>
    <message>
        <source>no result</source>
        <translation>kein Ergebnis</translation>
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
        <translation>Spalten %1–%2</translation>
    </message>
    <message>
        <source>%1 heads of d_h = %2, head h in columns [h·d_h, (h+1)·d_h).</source>
        <translation>%1 Köpfe mit d_h = %2, Kopf h in den Spalten [h·d_h, (h+1)·d_h).</translation>
    </message>
    <message>
        <source>Source sentence</source>
        <translation>Quellsatz</translation>
    </message>
    <message>
        <source>The encoder reads the source sentence x₁ … x%1: %2 words, each an embedding of m = %3 numbers (seeded random values standing in for learned word embeddings).</source>
        <translation>Der Encoder liest den Quellsatz x₁ … x%1: %2 Wörter, jedes eine Einbettung aus m = %3 Zahlen (Zufallswerte aus dem Seed anstelle gelernter Worteinbettungen).</translation>
    </message>
    <message>
        <source>X&lt;sub&gt;src&lt;/sub&gt; = [x&lt;sub&gt;1&lt;/sub&gt; ; … ; x&lt;sub&gt;%1&lt;/sub&gt;], x&lt;sub&gt;j&lt;/sub&gt; ∈ ℝ&lt;sup&gt;%2&lt;/sup&gt;</source>
        <translation>X&lt;sub&gt;src&lt;/sub&gt; = [x&lt;sub&gt;1&lt;/sub&gt; ; … ; x&lt;sub&gt;%1&lt;/sub&gt;], x&lt;sub&gt;j&lt;/sub&gt; ∈ ℝ&lt;sup&gt;%2&lt;/sup&gt;</translation>
    </message>
    <message>
        <source>Target word embeddings</source>
        <translation>Einbettungen der Zielwörter</translation>
    </message>
    <message>
        <source>At target position i the decoder reads the previous target word yᵢ₋₁: row k holds yₖ, and y₀ stands for the start of the sentence. %1 rows of m = %2 numbers (seeded random values).</source>
        <translation>An Zielposition i liest der Decoder das vorherige Zielwort yᵢ₋₁: Zeile k enthält yₖ, und y₀ steht für den Satzanfang. %1 Zeilen aus m = %2 Zahlen (Zufallswerte aus dem Seed).</translation>
    </message>
    <message>
        <source>Y&lt;sub&gt;emb&lt;/sub&gt; = [y&lt;sub&gt;0&lt;/sub&gt; ; … ; y&lt;sub&gt;%1&lt;/sub&gt;], y&lt;sub&gt;k&lt;/sub&gt; ∈ ℝ&lt;sup&gt;%2&lt;/sup&gt;</source>
        <translation>Y&lt;sub&gt;emb&lt;/sub&gt; = [y&lt;sub&gt;0&lt;/sub&gt; ; … ; y&lt;sub&gt;%1&lt;/sub&gt;], y&lt;sub&gt;k&lt;/sub&gt; ∈ ℝ&lt;sup&gt;%2&lt;/sup&gt;</translation>
    </message>
    <message>
        <source>Encoder sequence X_enc</source>
        <translation>Encoder-Sequenz X_enc</translation>
    </message>
    <message>
        <source>Cross attention: keys and values come from a second sequence, as the decoder of Vaswani et al. (2017) reads the encoder&apos;s output: %1 source tokens of d_model = %2 numbers.</source>
        <translation>Kreuzaufmerksamkeit: Schlüssel und Werte kommen aus einer zweiten Sequenz, so wie der Decoder von Vaswani et al. (2017) die Ausgabe des Encoders liest: %1 Quell-Token aus d_model = %2 Zahlen.</translation>
    </message>
    <message>
        <source>X&lt;sub&gt;enc&lt;/sub&gt; = [s&lt;sub&gt;0&lt;/sub&gt; ; … ; s&lt;sub&gt;%1&lt;/sub&gt;], s&lt;sub&gt;j&lt;/sub&gt; ∈ ℝ&lt;sup&gt;%2&lt;/sup&gt;</source>
        <translation>X&lt;sub&gt;enc&lt;/sub&gt; = [s&lt;sub&gt;0&lt;/sub&gt; ; … ; s&lt;sub&gt;%1&lt;/sub&gt;], s&lt;sub&gt;j&lt;/sub&gt; ∈ ℝ&lt;sup&gt;%2&lt;/sup&gt;</translation>
    </message>
    <message>
        <source>Input tokens X</source>
        <translation>Eingabe-Token X</translation>
    </message>
    <message>
        <source>The input sequence enters as a matrix, one row per token: %1 tokens of d_model = %2 numbers each (seeded random values standing in for token embeddings).</source>
        <translation>Die Eingabesequenz kommt als Matrix herein, eine Zeile je Token: %1 Token aus je d_model = %2 Zahlen (Zufallswerte aus dem Seed anstelle von Token-Einbettungen).</translation>
    </message>
    <message>
        <source>X = [x&lt;sub&gt;0&lt;/sub&gt; ; … ; x&lt;sub&gt;%1&lt;/sub&gt;], x&lt;sub&gt;t&lt;/sub&gt; ∈ ℝ&lt;sup&gt;%2&lt;/sup&gt;</source>
        <translation>X = [x&lt;sub&gt;0&lt;/sub&gt; ; … ; x&lt;sub&gt;%1&lt;/sub&gt;], x&lt;sub&gt;t&lt;/sub&gt; ∈ ℝ&lt;sup&gt;%2&lt;/sup&gt;</translation>
    </message>
    <message>
        <source>Forward encoder GRU</source>
        <translation>Vorwärts-GRU des Encoders</translation>
    </message>
    <message>
        <source>A gated recurrent unit reads the source from x₁ to x%1; its state at word j (n = %2 numbers) summarises the words up to xⱼ.</source>
        <translation>Eine Gated Recurrent Unit liest die Quelle von x₁ bis x%1; ihr Zustand bei Wort j (n = %2 Zahlen) fasst die Wörter bis xⱼ zusammen.</translation>
    </message>
    <message>
        <source>h&lt;sub&gt;fwd,j&lt;/sub&gt; = GRU&lt;sub&gt;fwd&lt;/sub&gt;(h&lt;sub&gt;fwd,j−1&lt;/sub&gt;, x&lt;sub&gt;j&lt;/sub&gt;), j&amp;nbsp;=&amp;nbsp;1&amp;nbsp;…&amp;nbsp;%1, h&lt;sub&gt;fwd,0&lt;/sub&gt; = 0</source>
        <translation>h&lt;sub&gt;fwd,j&lt;/sub&gt; = GRU&lt;sub&gt;fwd&lt;/sub&gt;(h&lt;sub&gt;fwd,j−1&lt;/sub&gt;, x&lt;sub&gt;j&lt;/sub&gt;), j&amp;nbsp;=&amp;nbsp;1&amp;nbsp;…&amp;nbsp;%1, h&lt;sub&gt;fwd,0&lt;/sub&gt; = 0</translation>
    </message>
    <message>
        <source>Backward encoder GRU</source>
        <translation>Rückwärts-GRU des Encoders</translation>
    </message>
    <message>
        <source>A second GRU reads the source in reverse, from x%1 back to x₁; its state at word j (n = %2 numbers) summarises the words from xⱼ to the end.</source>
        <translation>Eine zweite GRU liest die Quelle rückwärts, von x%1 zurück bis x₁; ihr Zustand bei Wort j (n = %2 Zahlen) fasst die Wörter von xⱼ bis zum Ende zusammen.</translation>
    </message>
    <message>
        <source>h&lt;sub&gt;bwd,j&lt;/sub&gt; = GRU&lt;sub&gt;bwd&lt;/sub&gt;(h&lt;sub&gt;bwd,j+1&lt;/sub&gt;, x&lt;sub&gt;j&lt;/sub&gt;), j&amp;nbsp;=&amp;nbsp;%1&amp;nbsp;…&amp;nbsp;1, h&lt;sub&gt;bwd,%2&lt;/sub&gt; = 0</source>
        <translation>h&lt;sub&gt;bwd,j&lt;/sub&gt; = GRU&lt;sub&gt;bwd&lt;/sub&gt;(h&lt;sub&gt;bwd,j+1&lt;/sub&gt;, x&lt;sub&gt;j&lt;/sub&gt;), j&amp;nbsp;=&amp;nbsp;%1&amp;nbsp;…&amp;nbsp;1, h&lt;sub&gt;bwd,%2&lt;/sub&gt; = 0</translation>
    </message>
    <message>
        <source>Annotations hⱼ</source>
        <translation>Annotationen hⱼ</translation>
    </message>
    <message>
        <source>Each source word&apos;s annotation joins both directions, so it summarises the whole sentence with a focus on the words around xⱼ. These %1 vectors of 2n = %2 numbers are what the decoder attends to.</source>
        <translation>Die Annotation jedes Quellworts verbindet beide Richtungen und fasst so den ganzen Satz zusammen, mit Schwerpunkt auf den Wörtern um xⱼ. Auf diese %1 Vektoren aus 2n = %2 Zahlen richtet der Decoder seine Aufmerksamkeit.</translation>
    </message>
    <message>
        <source>h&lt;sub&gt;j&lt;/sub&gt; = [h&lt;sub&gt;fwd,j&lt;/sub&gt; ; h&lt;sub&gt;bwd,j&lt;/sub&gt;], j&amp;nbsp;=&amp;nbsp;1&amp;nbsp;…&amp;nbsp;%1</source>
        <translation>h&lt;sub&gt;j&lt;/sub&gt; = [h&lt;sub&gt;fwd,j&lt;/sub&gt; ; h&lt;sub&gt;bwd,j&lt;/sub&gt;], j&amp;nbsp;=&amp;nbsp;1&amp;nbsp;…&amp;nbsp;%1</translation>
    </message>
    <message>
        <source>Initial decoder state s₀</source>
        <translation>Anfangszustand des Decoders s₀</translation>
    </message>
    <message>
        <source>As in the paper, the decoder starts from the backward encoder&apos;s state at the first source word, which has read the whole sentence.</source>
        <translation>Wie im Paper startet der Decoder vom Zustand des Rückwärts-Encoders beim ersten Quellwort, der den ganzen Satz gelesen hat.</translation>
    </message>
    <message>
        <source>s&lt;sub&gt;0&lt;/sub&gt; = tanh(h&lt;sub&gt;bwd,1&lt;/sub&gt; W&lt;sub&gt;s&lt;/sub&gt;)</source>
        <translation>s&lt;sub&gt;0&lt;/sub&gt; = tanh(h&lt;sub&gt;bwd,1&lt;/sub&gt; W&lt;sub&gt;s&lt;/sub&gt;)</translation>
    </message>
    <message>
        <source>Alignment scores, target position %1 of %2</source>
        <translation>Alignment-Scores, Zielposition %1 von %2</translation>
    </message>
    <message>
        <source>The alignment model, a small feed-forward network trained with the rest (n′ = %1 hidden units), scores how well each source annotation hⱼ matches the decoder state s%2 that precedes target word y%3.</source>
        <translation>Das Alignment-Modell, ein kleines Feedforward-Netz, das mit dem Rest trainiert wird (n′ = %1 versteckte Einheiten), bewertet, wie gut jede Quellannotation hⱼ zum Decoder-Zustand s%2 passt, der dem Zielwort y%3 vorausgeht.</translation>
    </message>
    <message>
        <source>e&lt;sub&gt;%1,j&lt;/sub&gt; = tanh(s&lt;sub&gt;%2&lt;/sub&gt; W&lt;sub&gt;a&lt;/sub&gt; + h&lt;sub&gt;j&lt;/sub&gt; U&lt;sub&gt;a&lt;/sub&gt;) v&lt;sub&gt;a&lt;/sub&gt;&lt;sup&gt;T&lt;/sup&gt;, j&amp;nbsp;=&amp;nbsp;1&amp;nbsp;…&amp;nbsp;%3&lt;br&gt;(the paper&apos;s v&lt;sub&gt;a&lt;/sub&gt;&lt;sup&gt;T&lt;/sup&gt; tanh(W&lt;sub&gt;a&lt;/sub&gt; s&lt;sub&gt;i−1&lt;/sub&gt; + U&lt;sub&gt;a&lt;/sub&gt; h&lt;sub&gt;j&lt;/sub&gt;), with row vectors)</source>
        <translation>e&lt;sub&gt;%1,j&lt;/sub&gt; = tanh(s&lt;sub&gt;%2&lt;/sub&gt; W&lt;sub&gt;a&lt;/sub&gt; + h&lt;sub&gt;j&lt;/sub&gt; U&lt;sub&gt;a&lt;/sub&gt;) v&lt;sub&gt;a&lt;/sub&gt;&lt;sup&gt;T&lt;/sup&gt;, j&amp;nbsp;=&amp;nbsp;1&amp;nbsp;…&amp;nbsp;%3&lt;br&gt;(v&lt;sub&gt;a&lt;/sub&gt;&lt;sup&gt;T&lt;/sup&gt; tanh(W&lt;sub&gt;a&lt;/sub&gt; s&lt;sub&gt;i−1&lt;/sub&gt; + U&lt;sub&gt;a&lt;/sub&gt; h&lt;sub&gt;j&lt;/sub&gt;) aus dem Paper, mit Zeilenvektoren)</translation>
    </message>
    <message>
        <source>Alignment weights, target position %1 of %2</source>
        <translation>Alignment-Gewichte, Zielposition %1 von %2</translation>
    </message>
    <message>
        <source>A softmax over the %1 source words turns the scores into weights that sum to 1: α%2ⱼ is the probability that target word y%2 is aligned to, or translated from, source word xⱼ.</source>
        <translation>Eine Softmax über die %1 Quellwörter macht aus den Scores Gewichte mit der Summe 1: α%2ⱼ ist die Wahrscheinlichkeit, dass das Zielwort y%2 dem Quellwort xⱼ zugeordnet ist, also aus ihm übersetzt wird.</translation>
    </message>
    <message>
        <source>α&lt;sub&gt;%1,j&lt;/sub&gt; = exp(e&lt;sub&gt;%1,j&lt;/sub&gt;) / ∑&lt;sub&gt;k=1…%2&lt;/sub&gt; exp(e&lt;sub&gt;%1,k&lt;/sub&gt;)</source>
        <translation>α&lt;sub&gt;%1,j&lt;/sub&gt; = exp(e&lt;sub&gt;%1,j&lt;/sub&gt;) / ∑&lt;sub&gt;k=1…%2&lt;/sub&gt; exp(e&lt;sub&gt;%1,k&lt;/sub&gt;)</translation>
    </message>
    <message>
        <source>Context vector, target position %1 of %2</source>
        <translation>Kontextvektor, Zielposition %1 von %2</translation>
    </message>
    <message>
        <source>The context vector c%1 is the expected annotation under these weights: the decoder reads the source through it, focused where α%1ⱼ is large, instead of through one fixed-length vector.</source>
        <translation>Der Kontextvektor c%1 ist die erwartete Annotation unter diesen Gewichten: Der Decoder liest die Quelle durch ihn, dort fokussiert, wo α%1ⱼ groß ist, statt durch einen einzigen Vektor fester Länge.</translation>
    </message>
    <message>
        <source>c&lt;sub&gt;%1&lt;/sub&gt; = ∑&lt;sub&gt;j=1…%2&lt;/sub&gt; α&lt;sub&gt;%1,j&lt;/sub&gt; h&lt;sub&gt;j&lt;/sub&gt;</source>
        <translation>c&lt;sub&gt;%1&lt;/sub&gt; = ∑&lt;sub&gt;j=1…%2&lt;/sub&gt; α&lt;sub&gt;%1,j&lt;/sub&gt; h&lt;sub&gt;j&lt;/sub&gt;</translation>
    </message>
    <message>
        <source>Decoder state, target position %1 of %2</source>
        <translation>Decoder-Zustand, Zielposition %1 von %2</translation>
    </message>
    <message>
        <source>The decoder GRU takes the previous target word y%1 and the new context c%2; its state s%2 predicts target word y%2 and queries the next alignment.</source>
        <translation>Die Decoder-GRU nimmt das vorherige Zielwort y%1 und den neuen Kontext c%2; ihr Zustand s%2 sagt das Zielwort y%2 voraus und fragt das nächste Alignment ab.</translation>
    </message>
    <message>
        <source>s&lt;sub&gt;%2&lt;/sub&gt; = GRU&lt;sub&gt;dec&lt;/sub&gt;(s&lt;sub&gt;%1&lt;/sub&gt;, [y&lt;sub&gt;%1&lt;/sub&gt; ; c&lt;sub&gt;%2&lt;/sub&gt;])&lt;br&gt;(the paper&apos;s f(s&lt;sub&gt;i−1&lt;/sub&gt;, y&lt;sub&gt;i−1&lt;/sub&gt;, c&lt;sub&gt;i&lt;/sub&gt;); its GRU, with x = [y&lt;sub&gt;%1&lt;/sub&gt; ; c&lt;sub&gt;%2&lt;/sub&gt;] and h = s&lt;sub&gt;%1&lt;/sub&gt;:)</source>
        <translation>s&lt;sub&gt;%2&lt;/sub&gt; = GRU&lt;sub&gt;dec&lt;/sub&gt;(s&lt;sub&gt;%1&lt;/sub&gt;, [y&lt;sub&gt;%1&lt;/sub&gt; ; c&lt;sub&gt;%2&lt;/sub&gt;])&lt;br&gt;(f(s&lt;sub&gt;i−1&lt;/sub&gt;, y&lt;sub&gt;i−1&lt;/sub&gt;, c&lt;sub&gt;i&lt;/sub&gt;) aus dem Paper; seine GRU, mit x = [y&lt;sub&gt;%1&lt;/sub&gt; ; c&lt;sub&gt;%2&lt;/sub&gt;] und h = s&lt;sub&gt;%1&lt;/sub&gt;:)</translation>
    </message>
    <message>
        <source>Content queries q_C</source>
        <translation>Inhaltsabfragen q_C</translation>
    </message>
    <message>
        <source>The content (position-free) part of every head&apos;s query: %1</source>
        <translation>Der inhaltliche (positionsfreie) Teil der Abfrage jedes Kopfes: %1</translation>
    </message>
    <message>
        <source>q&lt;sub&gt;C&lt;/sub&gt; = c&lt;sub&gt;Q&lt;/sub&gt; W&lt;sub&gt;UQ&lt;/sub&gt; (up-projection of the query latent)</source>
        <translation>q&lt;sub&gt;C&lt;/sub&gt; = c&lt;sub&gt;Q&lt;/sub&gt; W&lt;sub&gt;UQ&lt;/sub&gt; (Aufwärtsprojektion des Abfrage-Latentvektors)</translation>
    </message>
    <message>
        <source>q&lt;sub&gt;C&lt;/sub&gt; = X W&lt;sub&gt;Q&lt;/sub&gt;</source>
        <translation>q&lt;sub&gt;C&lt;/sub&gt; = X W&lt;sub&gt;Q&lt;/sub&gt;</translation>
    </message>
    <message>
        <source>Query projection Q</source>
        <translation>Abfrageprojektion Q</translation>
    </message>
    <message>
        <source>Each token&apos;s query, what it looks for: one head of d_k = %1.</source>
        <translation>Die Abfrage jedes Tokens, also wonach es sucht: ein Kopf mit d_k = %1.</translation>
    </message>
    <message>
        <source>Each token&apos;s queries, what it looks for: %1</source>
        <translation>Die Abfragen jedes Tokens, also wonach es sucht: %1</translation>
    </message>
    <message>
        <source>Q = X W&lt;sub&gt;Q&lt;/sub&gt;</source>
        <translation>Q = X W&lt;sub&gt;Q&lt;/sub&gt;</translation>
    </message>
    <message>
        <source>Key projection K</source>
        <translation>Schlüsselprojektion K</translation>
    </message>
    <message>
        <source>Value projection V</source>
        <translation>Wertprojektion V</translation>
    </message>
    <message>
        <source>Each token&apos;s key, what it offers to be matched against:</source>
        <translation>Der Schlüssel jedes Tokens, also das, womit Abfragen verglichen werden:</translation>
    </message>
    <message>
        <source>Each token&apos;s value, what it passes on when attended to:</source>
        <translation>Der Wert jedes Tokens, also das, was es weitergibt, wenn Aufmerksamkeit auf es fällt:</translation>
    </message>
    <message>
        <source>%1 one head of width %2.</source>
        <translation>%1 ein Kopf der Breite %2.</translation>
    </message>
    <message>
        <source>%1 a single head of d_h = %2 shared by all %3 query heads (multi-query attention, Shazeer 2019), so the KV cache is %3 times smaller than multi-head attention&apos;s.</source>
        <translation>%1 ein einziger Kopf mit d_h = %2, den alle %3 Abfrageköpfe teilen (Multi-Query-Aufmerksamkeit, Shazeer 2019), daher ist der KV-Cache %3-mal kleiner als bei Multi-Head-Aufmerksamkeit.</translation>
    </message>
    <message>
        <source>%1 %2 KV heads of d_h = %3, each shared by a group of %4 query heads (grouped-query attention, Ainslie et al. 2023), so the KV cache is %4 times smaller than multi-head attention&apos;s.</source>
        <translation>%1 %2 KV-Köpfe mit d_h = %3, jeder geteilt von einer Gruppe aus %4 Abfrageköpfen (Grouped-Query-Aufmerksamkeit, Ainslie et al. 2023), daher ist der KV-Cache %4-mal kleiner als bei Multi-Head-Aufmerksamkeit.</translation>
    </message>
    <message>
        <source>%1 one head per query head (multi-head attention, Vaswani et al. 2017), %2</source>
        <translation>%1 ein Kopf je Abfragekopf (Multi-Head-Aufmerksamkeit, Vaswani et al. 2017), %2</translation>
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
        <translation>RoPE dreht jedes Paar (j, j + d/2) an Position t um t·θ&lt;sub&gt;j&lt;/sub&gt;, θ&lt;sub&gt;j&lt;/sub&gt; = %1&lt;sup&gt;−2j/d&lt;/sup&gt;, d = %2 (Hälftenanordnung)</translation>
    </message>
    <message>
        <source>RoPE turns each pair (2j, 2j+1) of position t by t·θ&lt;sub&gt;j&lt;/sub&gt;, θ&lt;sub&gt;j&lt;/sub&gt; = %1&lt;sup&gt;−2j/d&lt;/sup&gt;, d = %2 (interleaved layout)</source>
        <translation>RoPE dreht jedes Paar (2j, 2j+1) an Position t um t·θ&lt;sub&gt;j&lt;/sub&gt;, θ&lt;sub&gt;j&lt;/sub&gt; = %1&lt;sup&gt;−2j/d&lt;/sup&gt;, d = %2 (verschränkte Anordnung)</translation>
    </message>
    <message>
        <source>RoPE turns each pair of coordinates of position t by t·θ&lt;sub&gt;j&lt;/sub&gt;, θ&lt;sub&gt;j&lt;/sub&gt; = %1&lt;sup&gt;−2j/d&lt;/sup&gt;, d = %2</source>
        <translation>RoPE dreht jedes Koordinatenpaar an Position t um t·θ&lt;sub&gt;j&lt;/sub&gt;, θ&lt;sub&gt;j&lt;/sub&gt; = %1&lt;sup&gt;−2j/d&lt;/sup&gt;, d = %2</translation>
    </message>
    <message>
        <source>Query latent c_Q (down-projection)</source>
        <translation>Abfrage-Latentvektor c_Q (Abwärtsprojektion)</translation>
    </message>
    <message>
        <source>Queries are compressed too, to d_c′ = %1 numbers per token. This does not shrink the KV cache; DeepSeek-V2 does it to save activation memory in training.</source>
        <translation>Auch die Abfragen werden komprimiert, auf d_c′ = %1 Zahlen je Token. Das verkleinert den KV-Cache nicht; DeepSeek-V2 spart damit Aktivierungsspeicher im Training.</translation>
    </message>
    <message>
        <source>c&lt;sub&gt;Q&lt;/sub&gt; = X W&lt;sub&gt;DQ&lt;/sub&gt;</source>
        <translation>c&lt;sub&gt;Q&lt;/sub&gt; = X W&lt;sub&gt;DQ&lt;/sub&gt;</translation>
    </message>
    <message>
        <source>KV latent c_KV (down-projection)</source>
        <translation>KV-Latentvektor c_KV (Abwärtsprojektion)</translation>
    </message>
    <message>
        <source>Keys and values are compressed jointly into one latent of d_c = %1 numbers per token. With k_R it is all that MLA caches: d_c + d_h^R = %2 numbers per token and layer, against 2·n_h·d_h = %3 for multi-head attention.</source>
        <translation>Schlüssel und Werte werden gemeinsam in einen Latentvektor aus d_c = %1 Zahlen je Token komprimiert. Mit k_R ist er alles, was MLA im Cache hält: d_c + d_h^R = %2 Zahlen je Token und Schicht, gegenüber 2·n_h·d_h = %3 bei Multi-Head-Aufmerksamkeit.</translation>
    </message>
    <message>
        <source>c&lt;sub&gt;KV&lt;/sub&gt; = X W&lt;sub&gt;DKV&lt;/sub&gt;</source>
        <translation>c&lt;sub&gt;KV&lt;/sub&gt; = X W&lt;sub&gt;DKV&lt;/sub&gt;</translation>
    </message>
    <message>
        <source>Keys k_C from the latent (up-projection)</source>
        <translation>Schlüssel k_C aus dem Latentvektor (Aufwärtsprojektion)</translation>
    </message>
    <message>
        <source>Naive path: the content keys of all %1 heads are rebuilt from the cached latent, %2 numbers per token.</source>
        <translation>Naiver Pfad: Die Inhaltsschlüssel aller %1 Köpfe werden aus dem gecachten Latentvektor wieder aufgebaut, %2 Zahlen je Token.</translation>
    </message>
    <message>
        <source>k&lt;sub&gt;C&lt;/sub&gt; = c&lt;sub&gt;KV&lt;/sub&gt; W&lt;sub&gt;UK&lt;/sub&gt;</source>
        <translation>k&lt;sub&gt;C&lt;/sub&gt; = c&lt;sub&gt;KV&lt;/sub&gt; W&lt;sub&gt;UK&lt;/sub&gt;</translation>
    </message>
    <message>
        <source>Values v_C from the latent (up-projection)</source>
        <translation>Werte v_C aus dem Latentvektor (Aufwärtsprojektion)</translation>
    </message>
    <message>
        <source>Naive path: the values of all %1 heads are rebuilt from the same latent, %2 numbers per token.</source>
        <translation>Naiver Pfad: Die Werte aller %1 Köpfe werden aus demselben Latentvektor wieder aufgebaut, %2 Zahlen je Token.</translation>
    </message>
    <message>
        <source>v&lt;sub&gt;C&lt;/sub&gt; = c&lt;sub&gt;KV&lt;/sub&gt; W&lt;sub&gt;UV&lt;/sub&gt;</source>
        <translation>v&lt;sub&gt;C&lt;/sub&gt; = c&lt;sub&gt;KV&lt;/sub&gt; W&lt;sub&gt;UV&lt;/sub&gt;</translation>
    </message>
    <message>
        <source>RoPE queries q_R</source>
        <translation>RoPE-Abfragen q_R</translation>
    </message>
    <message>
        <source>Position enters through a separate, decoupled part of each query (d_h^R = %1 per head): RoPE on the keys k_C would sit between the query and W_UK and stop W_UK from being absorbed.</source>
        <translation>Die Position kommt über einen eigenen, entkoppelten Teil jeder Abfrage hinzu (d_h^R = %1 je Kopf): RoPE auf den Schlüsseln k_C säße zwischen der Abfrage und W_UK und verhinderte, dass W_UK absorbiert wird.</translation>
    </message>
    <message>
        <source>q&lt;sub&gt;R&lt;/sub&gt; = RoPE(%1 W&lt;sub&gt;QR&lt;/sub&gt;), per head</source>
        <translation>q&lt;sub&gt;R&lt;/sub&gt; = RoPE(%1 W&lt;sub&gt;QR&lt;/sub&gt;), je Kopf</translation>
    </message>
    <message>
        <source>Shared RoPE key k_R</source>
        <translation>Gemeinsamer RoPE-Schlüssel k_R</translation>
    </message>
    <message>
        <source>One positional key of d_h^R = %1 numbers per token, shared by all %2 heads and cached next to c_KV.</source>
        <translation>Ein Positionsschlüssel aus d_h^R = %1 Zahlen je Token, den alle %2 Köpfe teilen und der neben c_KV im Cache liegt.</translation>
    </message>
    <message>
        <source>k&lt;sub&gt;R&lt;/sub&gt; = RoPE(X W&lt;sub&gt;KR&lt;/sub&gt;)</source>
        <translation>k&lt;sub&gt;R&lt;/sub&gt; = RoPE(X W&lt;sub&gt;KR&lt;/sub&gt;)</translation>
    </message>
    <message>
        <source>Absorbed query of head %1</source>
        <translation>Absorbierte Abfrage von Kopf %1</translation>
    </message>
    <message>
        <source>Absorbed path: since q·k_Cᵀ = q·(c_KV W_UK)ᵀ = (q W_UKᵀ)·c_KVᵀ, the key up-projection moves into the query, and the head attends to the cached latent (d_c = %1) directly.</source>
        <translation>Absorbierter Pfad: Da q·k_Cᵀ = q·(c_KV W_UK)ᵀ = (q W_UKᵀ)·c_KVᵀ, wandert die Aufwärtsprojektion der Schlüssel in die Abfrage, und der Kopf richtet seine Aufmerksamkeit direkt auf den gecachten Latentvektor (d_c = %1).</translation>
    </message>
    <message>
        <source>q&lt;sub&gt;lat,%1&lt;/sub&gt; = q&lt;sub&gt;C,%1&lt;/sub&gt; W&lt;sub&gt;UK,%1&lt;/sub&gt;&lt;sup&gt;T&lt;/sup&gt;&lt;br&gt;(W&lt;sub&gt;UK,%1&lt;/sub&gt;: %2 of W&lt;sub&gt;UK&lt;/sub&gt;)</source>
        <translation>q&lt;sub&gt;lat,%1&lt;/sub&gt; = q&lt;sub&gt;C,%1&lt;/sub&gt; W&lt;sub&gt;UK,%1&lt;/sub&gt;&lt;sup&gt;T&lt;/sup&gt;&lt;br&gt;(W&lt;sub&gt;UK,%1&lt;/sub&gt;: %2 von W&lt;sub&gt;UK&lt;/sub&gt;)</translation>
    </message>
    <message>
        <source>Value up-projection of head %1</source>
        <translation>Aufwärtsprojektion der Werte von Kopf %1</translation>
    </message>
    <message>
        <source>Absorbed path: the head&apos;s output returns from the latent to d_h = %1 numbers after the weighted sum. At inference W_UV can be folded into W_O as well.</source>
        <translation>Absorbierter Pfad: Die Ausgabe des Kopfes kehrt nach der gewichteten Summe aus dem Latentraum zu d_h = %1 Zahlen zurück. Bei der Inferenz lässt sich W_UV auch in W_O einrechnen.</translation>
    </message>
    <message>
        <source>o&lt;sub&gt;%1&lt;/sub&gt; = o&lt;sub&gt;lat,%1&lt;/sub&gt; W&lt;sub&gt;UV,%1&lt;/sub&gt;&lt;br&gt;(W&lt;sub&gt;UV,%1&lt;/sub&gt;: %2 of W&lt;sub&gt;UV&lt;/sub&gt;)</source>
        <translation>o&lt;sub&gt;%1&lt;/sub&gt; = o&lt;sub&gt;lat,%1&lt;/sub&gt; W&lt;sub&gt;UV,%1&lt;/sub&gt;&lt;br&gt;(W&lt;sub&gt;UV,%1&lt;/sub&gt;: %2 von W&lt;sub&gt;UV&lt;/sub&gt;)</translation>
    </message>
    <message>
        <source>Scores of head %1</source>
        <translation>Scores von Kopf %1</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Scores</translation>
    </message>
    <message>
        <source> The mask comes next.</source>
        <translation> Als Nächstes kommt die Maske.</translation>
    </message>
    <message>
        <source>Every query is compared with every key in two parts, content and position (the position part uses the one shared key k_R); the sum is scaled by 1/√(d_h + d_h^R).</source>
        <translation>Jede Abfrage wird in zwei Teilen mit jedem Schlüssel verglichen, Inhalt und Position (der Positionsteil nutzt den einen gemeinsamen Schlüssel k_R); die Summe wird mit 1/√(d_h + d_h^R) skaliert.</translation>
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
        <translation>Scores von Kopf %1 (KV-Kopf %2)</translation>
    </message>
    <message>
        <source>Query head %1 reads KV head ⌊%1 / (n_h / n_kv)⌋ = ⌊%1 / (%2 / %3)⌋ = %4, shared with the other heads of its group. Each query is compared with every key, scaled by 1/√d_h.</source>
        <translation>Abfragekopf %1 liest KV-Kopf ⌊%1 / (n_h / n_kv)⌋ = ⌊%1 / (%2 / %3)⌋ = %4, den er mit den anderen Köpfen seiner Gruppe teilt. Jede Abfrage wird mit jedem Schlüssel verglichen, skaliert mit 1/√d_h.</translation>
    </message>
    <message>
        <source>S%1 = Q%1 K&lt;sub&gt;%2&lt;/sub&gt;&lt;sup&gt;T&lt;/sup&gt; / %3</source>
        <translation>S%1 = Q%1 K&lt;sub&gt;%2&lt;/sub&gt;&lt;sup&gt;T&lt;/sup&gt; / %3</translation>
    </message>
    <message>
        <source>Each query is compared with every key by a dot product; dividing by √d_k keeps large products from pushing the softmax into regions of tiny gradients (Vaswani et al. 2017).</source>
        <translation>Jede Abfrage wird per Skalarprodukt mit jedem Schlüssel verglichen; die Division durch √d_k verhindert, dass große Produkte die Softmax in Bereiche winziger Gradienten treiben (Vaswani et al. 2017).</translation>
    </message>
    <message>
        <source>S = Q K&lt;sup&gt;T&lt;/sup&gt; / √d&lt;sub&gt;k&lt;/sub&gt; = Q K&lt;sup&gt;T&lt;/sup&gt; / %1</source>
        <translation>S = Q K&lt;sup&gt;T&lt;/sup&gt; / √d&lt;sub&gt;k&lt;/sub&gt; = Q K&lt;sup&gt;T&lt;/sup&gt; / %1</translation>
    </message>
    <message>
        <source>Head %1 compares each query with every key through its own projections, scaled by 1/√d_h so that the softmax does not saturate.</source>
        <translation>Kopf %1 vergleicht jede Abfrage über seine eigenen Projektionen mit jedem Schlüssel, skaliert mit 1/√d_h, damit die Softmax nicht sättigt.</translation>
    </message>
    <message>
        <source>S%1 = Q%1 K%1&lt;sup&gt;T&lt;/sup&gt; / %2</source>
        <translation>S%1 = Q%1 K%1&lt;sup&gt;T&lt;/sup&gt; / %2</translation>
    </message>
    <message>
        <source>Causal mask, head %1</source>
        <translation>Kausale Maske, Kopf %1</translation>
    </message>
    <message>
        <source>Causal mask</source>
        <translation>Kausale Maske</translation>
    </message>
    <message>
        <source>Token i may not attend to the later tokens j &gt; i: they are not known yet when generating. Their scores become −∞, so they get exactly zero weight; the picture shows the mask (1 = kept, 0 = removed).</source>
        <translation>Token i darf nicht auf die späteren Token j &gt; i achten: Beim Generieren sind sie noch nicht bekannt. Ihre Scores werden −∞, sie erhalten also genau das Gewicht null; das Bild zeigt die Maske (1 = behalten, 0 = entfernt).</translation>
    </message>
    <message>
        <source>S&lt;sub&gt;ij&lt;/sub&gt; ← −∞ for j &gt; i</source>
        <translation>S&lt;sub&gt;ij&lt;/sub&gt; ← −∞ für j &gt; i</translation>
    </message>
    <message>
        <source>Attention weights of head %1</source>
        <translation>Aufmerksamkeitsgewichte von Kopf %1</translation>
    </message>
    <message>
        <source>Attention weights (softmax)</source>
        <translation>Aufmerksamkeitsgewichte (Softmax)</translation>
    </message>
    <message>
        <source>Each row becomes a probability distribution: how much token i attends to token j. Subtracting the row maximum first changes nothing but avoids overflow.</source>
        <translation>Jede Zeile wird zu einer Wahrscheinlichkeitsverteilung: wie stark Token i auf Token j achtet. Das Zeilenmaximum vorher abzuziehen ändert nichts, verhindert aber einen Überlauf.</translation>
    </message>
    <message>
        <source> Masked entries get exactly zero weight.</source>
        <translation> Maskierte Einträge erhalten genau das Gewicht null.</translation>
    </message>
    <message>
        <source>A%1 = softmax(S%1), row by row:&lt;br&gt;A&lt;sub&gt;ij&lt;/sub&gt; = exp(S&lt;sub&gt;ij&lt;/sub&gt; − m&lt;sub&gt;i&lt;/sub&gt;) / ∑&lt;sub&gt;k&lt;/sub&gt; exp(S&lt;sub&gt;ik&lt;/sub&gt; − m&lt;sub&gt;i&lt;/sub&gt;), m&lt;sub&gt;i&lt;/sub&gt; = max&lt;sub&gt;k&lt;/sub&gt; S&lt;sub&gt;ik&lt;/sub&gt;</source>
        <translation>A%1 = softmax(S%1), Zeile für Zeile:&lt;br&gt;A&lt;sub&gt;ij&lt;/sub&gt; = exp(S&lt;sub&gt;ij&lt;/sub&gt; − m&lt;sub&gt;i&lt;/sub&gt;) / ∑&lt;sub&gt;k&lt;/sub&gt; exp(S&lt;sub&gt;ik&lt;/sub&gt; − m&lt;sub&gt;i&lt;/sub&gt;), m&lt;sub&gt;i&lt;/sub&gt; = max&lt;sub&gt;k&lt;/sub&gt; S&lt;sub&gt;ik&lt;/sub&gt;</translation>
    </message>
    <message>
        <source>Weighted sum of values</source>
        <translation>Gewichtete Summe der Werte</translation>
    </message>
    <message>
        <source>Each token&apos;s output is the average of the values, weighted by its attention weights.</source>
        <translation>Die Ausgabe jedes Tokens ist der Mittelwert der Werte, gewichtet mit seinen Aufmerksamkeitsgewichten.</translation>
    </message>
    <message>
        <source>O = A V</source>
        <translation>O = A V</translation>
    </message>
    <message>
        <source>Latent output of head %1</source>
        <translation>Latente Ausgabe von Kopf %1</translation>
    </message>
    <message>
        <source>Absorbed path: the weights average the cached latents c_KV directly (d_c = %1 numbers); the value up-projection comes after.</source>
        <translation>Absorbierter Pfad: Die Gewichte mitteln direkt die gecachten Latentvektoren c_KV (d_c = %1 Zahlen); die Aufwärtsprojektion der Werte folgt danach.</translation>
    </message>
    <message>
        <source>o&lt;sub&gt;lat,%1&lt;/sub&gt; = A%2 c&lt;sub&gt;KV&lt;/sub&gt;</source>
        <translation>o&lt;sub&gt;lat,%1&lt;/sub&gt; = A%2 c&lt;sub&gt;KV&lt;/sub&gt;</translation>
    </message>
    <message>
        <source>Output of head %1</source>
        <translation>Ausgabe von Kopf %1</translation>
    </message>
    <message>
        <source>Each token&apos;s output for this head is the average of the head&apos;s values v_C, weighted by its attention weights.</source>
        <translation>Die Ausgabe jedes Tokens für diesen Kopf ist der Mittelwert der Werte v_C des Kopfes, gewichtet mit seinen Aufmerksamkeitsgewichten.</translation>
    </message>
    <message>
        <source>o&lt;sub&gt;%1&lt;/sub&gt; = A%2 v&lt;sub&gt;C,%1&lt;/sub&gt;</source>
        <translation>o&lt;sub&gt;%1&lt;/sub&gt; = A%2 v&lt;sub&gt;C,%1&lt;/sub&gt;</translation>
    </message>
    <message>
        <source>Each token&apos;s output for this head is the average of the head&apos;s values, weighted by its attention weights.</source>
        <translation>Die Ausgabe jedes Tokens für diesen Kopf ist der Mittelwert der Werte des Kopfes, gewichtet mit seinen Aufmerksamkeitsgewichten.</translation>
    </message>
    <message>
        <source>Each token&apos;s output for this head is the average of the values of KV head %1, weighted by its attention weights.</source>
        <translation>Die Ausgabe jedes Tokens für diesen Kopf ist der Mittelwert der Werte von KV-Kopf %1, gewichtet mit seinen Aufmerksamkeitsgewichten.</translation>
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
        <translation>Die Köpfe aneinanderfügen</translation>
    </message>
    <message>
        <source>The %1 head outputs of d_h = %2 numbers are laid side by side, head h in columns [h·d_h, (h+1)·d_h).</source>
        <translation>Die %1 Kopfausgaben aus d_h = %2 Zahlen werden nebeneinandergelegt, Kopf h in die Spalten [h·d_h, (h+1)·d_h).</translation>
    </message>
    <message>
        <source>O = %1</source>
        <translation>O = %1</translation>
    </message>
    <message>
        <source>Output projection</source>
        <translation>Ausgabeprojektion</translation>
    </message>
    <message>
        <source>W_O mixes the heads&apos; results back into d_model = %1 numbers per token: the layer&apos;s output.</source>
        <translation>W_O mischt die Ergebnisse der Köpfe zurück in d_model = %1 Zahlen je Token: die Ausgabe der Schicht.</translation>
    </message>
    <message>
        <source>output = %1 W&lt;sub&gt;O&lt;/sub&gt;</source>
        <translation>Ausgabe = %1 W&lt;sub&gt;O&lt;/sub&gt;</translation>
    </message>
    <message>
        <source>fills row %1 of %2</source>
        <translation>füllt Zeile %1 von %2</translation>
    </message>
    <message>
        <source>reads s&lt;sub&gt;%1&lt;/sub&gt;</source>
        <translation>liest s&lt;sub&gt;%1&lt;/sub&gt;</translation>
    </message>
    <message>
        <source>reads y&lt;sub&gt;%1&lt;/sub&gt;</source>
        <translation>liest y&lt;sub&gt;%1&lt;/sub&gt;</translation>
    </message>
    <message>
        <source>reads c&lt;sub&gt;%1&lt;/sub&gt;</source>
        <translation>liest c&lt;sub&gt;%1&lt;/sub&gt;</translation>
    </message>
    <message>
        <source>reads row %1</source>
        <translation>liest Zeile %1</translation>
    </message>
    <message>
        <source>head %1: [%2 × %3]</source>
        <translation>Kopf %1: [%2 × %3]</translation>
    </message>
    <message>
        <source>head %1: %2</source>
        <translation>Kopf %1: %2</translation>
    </message>
    <message>
        <source>KV head %1: %2</source>
        <translation>KV-Kopf %1: %2</translation>
    </message>
    <message>
        <source>shared by all heads</source>
        <translation>von allen Köpfen geteilt</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>, %1</source>
        <translation>, %1</translation>
    </message>
    <message>
        <source>%1 weights: %2</source>
        <translation>Gewichte von %1: %2</translation>
    </message>
    <message>
        <source>Output:</source>
        <translation>Ausgabe:</translation>
    </message>
    <message>
        <source>Inputs:</source>
        <translation>Eingaben:</translation>
    </message>
</context>
<context>
    <name>attnscope::widgets::StepPlayer</name>
    <message>
        <source>First step</source>
        <translation>Erster Schritt</translation>
    </message>
    <message>
        <source>First step (%1)</source>
        <translation>Erster Schritt (%1)</translation>
    </message>
    <message>
        <source>Step back</source>
        <translation>Schritt zurück</translation>
    </message>
    <message>
        <source>Step back (%1)</source>
        <translation>Schritt zurück (%1)</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Abspielen</translation>
    </message>
    <message>
        <source>Step forward</source>
        <translation>Schritt vor</translation>
    </message>
    <message>
        <source>Step forward (%1)</source>
        <translation>Schritt vor (%1)</translation>
    </message>
    <message>
        <source>Last step</source>
        <translation>Letzter Schritt</translation>
    </message>
    <message>
        <source>Last step (%1)</source>
        <translation>Letzter Schritt (%1)</translation>
    </message>
    <message>
        <source>Scrub through all steps of the computation</source>
        <translation>Durch alle Schritte der Berechnung spulen</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>&amp;Speed:</source>
        <translation>&amp;Tempo:</translation>
    </message>
    <message>
        <source>%1× (%2 steps/s)</source>
        <translation>%1× (%2 Schritte/s)</translation>
    </message>
    <message>
        <source>Playback speed: 1× plays %1 steps per second</source>
        <translation>Abspieltempo: 1× spielt %1 Schritte je Sekunde</translation>
    </message>
    <message>
        <source>The step shown and what it computes</source>
        <translation>Der angezeigte Schritt und was er berechnet</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Pause (%1)</source>
        <translation>Pause (%1)</translation>
    </message>
    <message>
        <source>Play the steps one after another (%1)</source>
        <translation>Die Schritte nacheinander abspielen (%1)</translation>
    </message>
    <message>
        <source>No steps yet.</source>
        <translation>Noch keine Schritte.</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Schritt %1 von %2: %3</translation>
    </message>
    <message>
        <source>&amp;Each head</source>
        <translation>Köpfe &amp;einzeln</translation>
    </message>
    <message>
        <source>Play the steps that repeat for every head one head at a time, instead of all heads side by side</source>
        <translation>Die Schritte, die sich für jeden Kopf wiederholen, Kopf für Kopf abspielen statt alle Köpfe nebeneinander</translation>
    </message>
    <message>
        <source>%1, all %2 heads side by side</source>
        <translation>%1, alle %2 Köpfe nebeneinander</translation>
    </message>
</context>
<context>
    <name>attnscope::widgets::StepView</name>
    <message>
        <source>Dimension</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <source>Target word yᵢ</source>
        <translation>Zielwort yᵢ</translation>
    </message>
    <message>
        <source>Source word xⱼ</source>
        <translation>Quellwort xⱼ</translation>
    </message>
    <message>
        <source>Previous target word yᵢ₋₁</source>
        <translation>Vorheriges Zielwort yᵢ₋₁</translation>
    </message>
    <message>
        <source>Previous decoder state sᵢ₋₁</source>
        <translation>Vorheriger Decoder-Zustand sᵢ₋₁</translation>
    </message>
    <message>
        <source>Decoder state sᵢ</source>
        <translation>Decoder-Zustand sᵢ</translation>
    </message>
    <message>
        <source>Context vector cᵢ</source>
        <translation>Kontextvektor cᵢ</translation>
    </message>
    <message>
        <source>Query token i</source>
        <translation>Abfrage-Token i</translation>
    </message>
    <message>
        <source>Source token j</source>
        <translation>Quell-Token j</translation>
    </message>
    <message>
        <source>Key token j</source>
        <translation>Schlüssel-Token j</translation>
    </message>
    <message>
        <source>Source token</source>
        <translation>Quell-Token</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Latent dimension</source>
        <translation>Latente Dimension</translation>
    </message>
    <message>
        <source>The tensor this step produces; hover a cell for its value.</source>
        <translation>Der Tensor, den dieser Schritt erzeugt; zeigen Sie auf eine Zelle, um ihren Wert zu sehen.</translation>
    </message>
    <message>
        <source>What this step computes, its formula and the shapes involved.</source>
        <translation>Was dieser Schritt berechnet, seine Formel und die beteiligten Formen.</translation>
    </message>
    <message>
        <source>Nothing computed yet: choose a mechanism and its sizes.</source>
        <translation>Noch nichts berechnet: Wählen Sie einen Mechanismus und seine Größen.</translation>
    </message>
    <message>
        <source>, head %1 of %2</source>
        <translation>, Kopf %1 von %2</translation>
    </message>
    <message>
        <source>, rows 1–%1 of %2 computed</source>
        <translation>, Zeilen 1–%1 von %2 berechnet</translation>
    </message>
    <message>
        <source>Kept (1) / removed (0)</source>
        <translation>Behalten (1) / entfernt (0)</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>%1 %2%3</source>
        <translation>%1 %2%3</translation>
    </message>
    <message>
        <source>%1, all %2 heads side by side</source>
        <translation>%1, alle %2 Köpfe nebeneinander</translation>
    </message>
    <message>
        <source>, heads 0–%1 side by side</source>
        <translation>, Köpfe 0–%1 nebeneinander</translation>
    </message>
    <message>
        <source>h%1: %2</source>
        <translation>h%1: %2</translation>
    </message>
</context>
<context>
    <name>attnscope::widgets::TimingsModel</name>
    <message>
        <source>No shape to time yet.</source>
        <translation>Noch keine Form zum Messen.</translation>
    </message>
    <message>
        <source>Fix the parameters first: %1</source>
        <translation>Korrigieren Sie zuerst die Parameter: %1</translation>
    </message>
    <message>
        <source>Bahdanau attention keeps no KV cache: its decoder reads the encoder&apos;s annotations, which do not grow with the output, so there is no decode to time. Choose SDPA, MHA, GQA, MQA or MLA, or a model preset.</source>
        <translation>Bahdanau-Aufmerksamkeit hat keinen KV-Cache: Ihr Decoder liest die Annotationen des Encoders, die nicht mit der Ausgabe wachsen, also gibt es kein Decode zu messen. Wählen Sie SDPA, MHA, GQA, MQA oder MLA oder eine Modellvorlage.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 keeps no KV cache to time.</source>
        <translation>%1 hat keinen KV-Cache zum Messen.</translation>
    </message>
    <message>
        <source>Live is off: the live rows were measured before the last change.</source>
        <translation>Live ist aus: Die Live-Zeilen wurden vor der letzten Änderung gemessen.</translation>
    </message>
    <message>
        <source>%1 at %2 tokens not run: %3</source>
        <translation>%1 bei %2 Token nicht ausgeführt: %3</translation>
    </message>
    <message>
        <source>%1 at %2 and %3 more context lengths not run: %4</source>
        <translation>%1 bei %2 und %3 weiteren Kontextlängen nicht ausgeführt: %4</translation>
    </message>
    <message>
        <source>%1 does not store %2 caches; nothing is timed there.</source>
        <translation>%1 speichert keine %2-Caches; dort wird nichts gemessen.</translation>
    </message>
    <message>
        <source>Nothing to measure.</source>
        <translation>Nichts zu messen.</translation>
    </message>
    <message>
        <source>Timing the current shape…</source>
        <translation>Die aktuelle Form wird gemessen…</translation>
    </message>
    <message>
        <source>Sweeping the context length…</source>
        <translation>Die Kontextlänge wird durchlaufen…</translation>
    </message>
    <message>
        <source>Measuring the memory bandwidth and matrix-product rate of %1…</source>
        <translation>Speicherbandbreite und Matrixprodukt-Rate von %1 werden gemessen…</translation>
    </message>
    <message>
        <source>%1: not enough memory for the bandwidth probe; nothing is timed there.</source>
        <translation>%1: nicht genug Speicher für die Bandbreitenmessung; dort wird nichts gemessen.</translation>
    </message>
    <message>
        <source>%1: the bandwidth probe failed (%2); nothing is timed there.</source>
        <translation>%1: Die Bandbreitenmessung ist fehlgeschlagen (%2); dort wird nichts gemessen.</translation>
    </message>
    <message>
        <source>%1 at %2 tokens on %3</source>
        <translation>%1 bei %2 Token auf %3</translation>
    </message>
    <message>
        <source>%1: not enough memory.</source>
        <translation>%1: nicht genug Speicher.</translation>
    </message>
    <message>
        <source>%1: failed for an unknown reason.</source>
        <translation>%1: aus unbekanntem Grund fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Live timings are up to date.</source>
        <translation>Die Live-Messungen sind aktuell.</translation>
    </message>
    <message>
        <source>Live timings cancelled.</source>
        <translation>Live-Messungen abgebrochen.</translation>
    </message>
    <message>
        <source>Nothing could be measured.</source>
        <translation>Es konnte nichts gemessen werden.</translation>
    </message>
    <message>
        <source>Sweep finished: %1 of %2 points.</source>
        <translation>Durchlauf beendet: %1 von %2 Punkten.</translation>
    </message>
    <message>
        <source>Sweep cancelled after %1 of %2 points.</source>
        <translation>Durchlauf nach %1 von %2 Punkten abgebrochen.</translation>
    </message>
    <message>
        <source>The sweep measured nothing.</source>
        <translation>Der Durchlauf hat nichts gemessen.</translation>
    </message>
    <message>
        <source>MLA absorbed</source>
        <translation>MLA absorbiert</translation>
    </message>
    <message>
        <source>MLA naive</source>
        <translation>MLA naiv</translation>
    </message>
    <message>
        <source>%1 prefill</source>
        <translation>%1 Prefill</translation>
    </message>
    <message>
        <source>%1 decode</source>
        <translation>%1 Decode</translation>
    </message>
</context>
<context>
    <name>attnscope::widgets::TimingsView</name>
    <message>
        <source>SDPA, timed as one head of width %1</source>
        <translation>SDPA, gemessen als ein Kopf der Breite %1</translation>
    </message>
    <message>
        <source>MLA, %1 heads × d_h %2, latent d_c %3, RoPE d_h^R %4</source>
        <translation>MLA, %1 Köpfe × d_h %2, Latent d_c %3, RoPE d_h^R %4</translation>
    </message>
    <message>
        <source>MQA, %1 heads × d_h %2, one KV head</source>
        <translation>MQA, %1 Köpfe × d_h %2, ein KV-Kopf</translation>
    </message>
    <message>
        <source>%1, %2 heads × d_h %3, %4 KV heads</source>
        <translation>%1, %2 Köpfe × d_h %3, %4 KV-Köpfe</translation>
    </message>
    <message>
        <source>The attention shape that is timed: one layer, batch 1</source>
        <translation>Die gemessene Aufmerksamkeitsform: eine Schicht, Batch 1</translation>
    </message>
    <message>
        <source>Current parameters</source>
        <translation>Aktuelle Parameter</translation>
    </message>
    <message>
        <source>Time the shape of the parameters on the left, or one layer of a model preset (also chosen from the Model menu)</source>
        <translation>Die Form der Parameter links messen oder eine Schicht einer Modellvorlage (auch im Menü Modell wählbar)</translation>
    </message>
    <message>
        <source>Shap&amp;e:</source>
        <translation>&amp;Form:</translation>
    </message>
    <message>
        <source>Tokens in the KV cache that decode reads for one new token. Prefill is timed on a prompt of at most %1 tokens, since a longer one takes seconds per repetition.</source>
        <translation>Token im KV-Cache, die Decode für ein neues Token liest. Prefill wird an einem Prompt von höchstens %1 Token gemessen, da ein längerer Sekunden je Wiederholung braucht.</translation>
    </message>
    <message>
        <source>Conte&amp;xt:</source>
        <translation>Ko&amp;ntext:</translation>
    </message>
    <message>
        <source>Storage type of the cached keys and values. The arithmetic is fp32 in every case; 16-bit elements halve the bytes that decode reads.</source>
        <translation>Speichertyp der gecachten Schlüssel und Werte. Gerechnet wird immer in fp32; 16-Bit-Elemente halbieren die Bytes, die Decode liest.</translation>
    </message>
    <message>
        <source>Cache t&amp;ype:</source>
        <translation>Cache-&amp;Typ:</translation>
    </message>
    <message>
        <source>Th&amp;reads:</source>
        <translation>T&amp;hreads:</translation>
    </message>
    <message>
        <source>L&amp;ive</source>
        <translation>&amp;Live</translation>
    </message>
    <message>
        <source>Time decode and prefill of the shape on every available backend again whenever it or a setting changes (after a short pause), while this panel is visible</source>
        <translation>Decode und Prefill der Form auf jedem verfügbaren Backend neu messen, sobald sie oder eine Einstellung sich ändert (nach einer kurzen Pause), solange diese Leiste sichtbar ist</translation>
    </message>
    <message>
        <source>Longest context of the sweep, which times decode at %1, 1K, 2K, … tokens for MHA, GQA, MQA and MLA (both paths) with the shape&apos;s heads and head width. Points whose buffers would need more than half of this machine&apos;s memory are skipped and listed.</source>
        <translation>Längster Kontext des Durchlaufs, der Decode bei %1, 1K, 2K, … Token für MHA, GQA, MQA und MLA (beide Pfade) mit den Köpfen und der Kopfbreite der Form misst. Punkte, deren Puffer mehr als die Hälfte des Speichers dieser Maschine bräuchten, werden übersprungen und aufgeführt.</translation>
    </message>
    <message>
        <source>Sweep &amp;up to:</source>
        <translation>Durchlauf &amp;bis:</translation>
    </message>
    <message>
        <source>Swee&amp;p</source>
        <translation>D&amp;urchlauf</translation>
    </message>
    <message>
        <source>Time decode against the context length for MHA, GQA, MQA, MLA absorbed and MLA naive on every available backend, and draw it below</source>
        <translation>Decode über der Kontextlänge für MHA, GQA, MQA, MLA absorbiert und MLA naiv auf jedem verfügbaren Backend messen und unten zeichnen</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>Abbre&amp;chen</translation>
    </message>
    <message>
        <source>Stop the running measurement after its current repetition; what was measured stays</source>
        <translation>Die laufende Messung nach ihrer aktuellen Wiederholung anhalten; was gemessen wurde, bleibt</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v von %m</translation>
    </message>
    <message>
        <source>Measurements done of those the running job makes</source>
        <translation>Erledigte Messungen von denen, die der laufende Auftrag macht</translation>
    </message>
    <message>
        <source>What the measuring thread does</source>
        <translation>Was der Messthread tut</translation>
    </message>
    <message>
        <source>Where attention can run here. The bandwidth (a streaming read of 256 MiB) and the fp32 matrix-product rate of each are measured before its first timing; they set the roofline.</source>
        <translation>Wo Aufmerksamkeit hier laufen kann. Die Bandbreite (ein fortlaufendes Lesen von 256 MiB) und die fp32-Matrixprodukt-Rate jedes Backends werden vor seiner ersten Messung bestimmt; sie legen die Roofline fest.</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>Backend</source>
        <translation>Backend</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Operation</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Median</translation>
    </message>
    <message>
        <source>GB/s</source>
        <translation>GB/s</translation>
    </message>
    <message>
        <source>% BW</source>
        <translation>% BB</translation>
    </message>
    <message>
        <source>GFLOP/s</source>
        <translation>GFLOP/s</translation>
    </message>
    <message>
        <source>Roofline</source>
        <translation>Roofline</translation>
    </message>
    <message>
        <source>Live: the current shape; sweep: the context sweep</source>
        <translation>Live: die aktuelle Form; Durchlauf: der Kontextdurchlauf</translation>
    </message>
    <message>
        <source>Where it ran</source>
        <translation>Wo es lief</translation>
    </message>
    <message>
        <source>What was timed (MLA decode in the absorbed or the naive order)</source>
        <translation>Was gemessen wurde (MLA-Decode in absorbierter oder naiver Reihenfolge)</translation>
    </message>
    <message>
        <source>The cache length (decode) or the prompt length (prefill)</source>
        <translation>Die Cache-Länge (Decode) oder die Prompt-Länge (Prefill)</translation>
    </message>
    <message>
        <source>Median time of one call over the repetitions (the tooltip gives the spread)</source>
        <translation>Median der Zeit eines Aufrufs über die Wiederholungen (der Tooltip nennt die Streuung)</translation>
    </message>
    <message>
        <source>Bytes the operation must move (the cache, queries, outputs, MLA&apos;s weights) ÷ median time</source>
        <translation>Bytes, die die Operation bewegen muss (Cache, Abfragen, Ausgaben, die Gewichte von MLA) ÷ Medianzeit</translation>
    </message>
    <message>
        <source>Share of the measured bandwidth achieved: decode&apos;s figure of merit, near 100% when it streams the cache at the machine&apos;s rate (above 100% when the cache fits in the processor&apos;s caches)</source>
        <translation>Erreichter Anteil der gemessenen Bandbreite (BB): die Kennzahl für Decode, nahe 100 %, wenn es den Cache mit der Rate der Maschine streamt (über 100 %, wenn der Cache in die Caches des Prozessors passt)</translation>
    </message>
    <message>
        <source>Floating-point operations per second (2 per multiply-add)</source>
        <translation>Gleitkommaoperationen je Sekunde (2 je Multiplikation-Addition)</translation>
    </message>
    <message>
        <source>The time the operation cannot beat: max(bytes ÷ bandwidth, FLOPs ÷ matrix-product rate)</source>
        <translation>Die Zeit, die die Operation nicht unterbieten kann: max(Bytes ÷ Bandbreite, FLOPs ÷ Matrixprodukt-Rate)</translation>
    </message>
    <message>
        <source>Every measurement shown: live ones first, then the sweep&apos;s</source>
        <translation>Jede angezeigte Messung: erst die Live-Messungen, dann die des Durchlaufs</translation>
    </message>
    <message>
        <source>Median decode time against the context length, both on logarithmic axes; dotted: the roofline bound of each line</source>
        <translation>Mediane Decode-Zeit über der Kontextlänge, beide Achsen logarithmisch; gepunktet: die Roofline-Schranke jeder Linie</translation>
    </message>
    <message>
        <source>Decode reads the whole KV cache once per new token, so its time grows linearly with the context. GQA, MQA and MLA absorbed cache fewer bytes per token and read less; MLA naive reads decompressed keys and values, as much as MHA or more. Dotted: the roofline (bytes ÷ measured bandwidth).</source>
        <translation>Decode liest je neuem Token einmal den ganzen KV-Cache, seine Zeit wächst also linear mit dem Kontext. GQA, MQA und MLA absorbiert speichern weniger Bytes je Token und lesen weniger; MLA naiv liest dekomprimierte Schlüssel und Werte, so viel wie MHA oder mehr. Gepunktet: die Roofline (Bytes ÷ gemessene Bandbreite).</translation>
    </message>
    <message>
        <source>Context length (tokens; K = 1024)</source>
        <translation>Kontextlänge (Token; K = 1024)</translation>
    </message>
    <message>
        <source>Median decode time</source>
        <translation>Mediane Decode-Zeit</translation>
    </message>
    <message>
        <source>%1, one layer</source>
        <translation>%1, eine Schicht</translation>
    </message>
    <message>
        <source>unavailable, %1</source>
        <translation>nicht verfügbar, %1</translation>
    </message>
    <message>
        <source>measured %1 GB/s read, %2 GFLOP/s fp32 matrix product</source>
        <translation>gemessen %1 GB/s Lesen, %2 GFLOP/s fp32-Matrixprodukt</translation>
    </message>
    <message>
        <source>bandwidth not measured yet (before the first timing)</source>
        <translation>Bandbreite noch nicht gemessen (vor der ersten Messung)</translation>
    </message>
    <message>
        <source>%1: unavailable, %2</source>
        <translation>%1: nicht verfügbar, %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>(measured %1 GB/s read, %2 GFLOP/s fp32 matrix product)</source>
        <translation>(gemessen %1 GB/s Lesen, %2 GFLOP/s fp32-Matrixprodukt)</translation>
    </message>
    <message>
        <source>one layer of %1</source>
        <translation>eine Schicht von %1</translation>
    </message>
    <message>
        <source>current parameters</source>
        <translation>aktuelle Parameter</translation>
    </message>
    <message>
        <source>Timed: %1 (%2), batch 1.</source>
        <translation>Gemessen: %1 (%2), Batch 1.</translation>
    </message>
    <message>
        <source>%1 repetitions: min %2, max %3, median absolute deviation %4</source>
        <translation>%1 Wiederholungen: min %2, max %3, mediane absolute Abweichung %4</translation>
    </message>
    <message>
        <source>%1 cache, %2 bytes moved, %3 floating-point operations</source>
        <translation>%1-Cache, %2 bewegt, %3 Gleitkommaoperationen</translation>
    </message>
    <message>
        <source>live</source>
        <translation>live</translation>
    </message>
    <message>
        <source>sweep</source>
        <translation>Durchlauf</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 roofline</source>
        <translation>%1 Roofline</translation>
    </message>
    <message>
        <source>No sweep yet: Sweep times decode at %1 to %2 tokens.</source>
        <translation>Noch kein Durchlauf: Durchlauf misst Decode bei %1 bis %2 Token.</translation>
    </message>
    <message>
        <source>Decode, %1 heads × d_h %2, %3 cache, batch 1, on %4</source>
        <translation>Decode, %1 Köpfe × d_h %2, %3-Cache, Batch 1, auf %4</translation>
    </message>
    <message>
        <source>imported model</source>
        <translation>importiertes Modell</translation>
    </message>
    <message>
        <source>%1 in cache</source>
        <translation>%1 im Cache</translation>
    </message>
    <message>
        <source>%1 compute-bound</source>
        <translation>%1 rechengebunden</translation>
    </message>
    <message>
        <source>CPU threads the measurements use. The default, all %1 cores as in `attnscope bench`, measures the machine&apos;s full rate; the window may stutter meanwhile, and fewer threads leave it a core. A change measures the bandwidth again.</source>
        <translation>CPU-Threads, die die Messungen verwenden. Die Voreinstellung, alle %1 Kerne wie bei `attnscope bench`, misst die volle Leistung der Maschine; das Fenster kann dabei ruckeln, und weniger Threads lassen ihm einen Kern frei. Eine Änderung misst die Bandbreite neu.</translation>
    </message>
    <message>
        <source>%1 of the measured bandwidth: above 100%, the working set fits in a CPU cache, which serves it faster than memory streams</source>
        <translation>%1 der gemessenen Bandbreite: über 100 % passt die Arbeitsmenge in einen CPU-Cache, der sie schneller liefert, als der Speicher streamt</translation>
    </message>
    <message>
        <source>Compute-bound: its floating-point operations at the measured matrix-product rate take longer than moving its bytes, so the bandwidth is not its limit</source>
        <translation>Rechengebunden: Ihre Gleitkommaoperationen dauern beim gemessenen Matrixprodukt-Durchsatz länger als das Bewegen ihrer Bytes, die Bandbreite ist also nicht ihre Grenze</translation>
    </message>
    <message>
        <source>Memory-bound: moving its bytes at the measured bandwidth takes longer than its floating-point operations</source>
        <translation>Speichergebunden: Das Bewegen ihrer Bytes bei der gemessenen Bandbreite dauert länger als ihre Gleitkommaoperationen</translation>
    </message>
</context>
<context>
    <name>attnscope::widgets::TradeoffPage</name>
    <message>
        <source>held-out loss</source>
        <translation>Verlust auf Testtext</translation>
    </message>
    <message>
        <source>copying accuracy</source>
        <translation>Kopiergenauigkeit</translation>
    </message>
    <message>
        <source>agreement accuracy</source>
        <translation>Kongruenzgenauigkeit</translation>
    </message>
    <message>
        <source>structured accuracy</source>
        <translation>Genauigkeit bei strukturiertem Text</translation>
    </message>
    <message>
        <source>Quality (&amp;y):</source>
        <translation>Qualität (&amp;y):</translation>
    </message>
    <message>
        <source>Held-out loss</source>
        <translation>Verlust auf Testtext</translation>
    </message>
    <message>
        <source>Copying accuracy</source>
        <translation>Kopiergenauigkeit</translation>
    </message>
    <message>
        <source>Agreement accuracy</source>
        <translation>Kongruenzgenauigkeit</translation>
    </message>
    <message>
        <source>Structured accuracy</source>
        <translation>Genauigkeit bei strukturiertem Text</translation>
    </message>
    <message>
        <source>The measured quality on the vertical axis</source>
        <translation>Die gemessene Qualität auf der senkrechten Achse</translation>
    </message>
    <message>
        <source>Cache (&amp;x):</source>
        <translation>Cache (&amp;x):</translation>
    </message>
    <message>
        <source>Elements per token and layer</source>
        <translation>Elemente je Token und Schicht</translation>
    </message>
    <message>
        <source>Bytes per token, all layers (16-bit)</source>
        <translation>Bytes je Token, alle Schichten (16 Bit)</translation>
    </message>
    <message>
        <source>What the horizontal axis counts of the KV cache</source>
        <translation>Was die waagrechte Achse vom KV-Cache zählt</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Held-out loss, nats per token (lower is better)</source>
        <translation>Verlust auf Testtext, Nats je Token (niedriger ist besser)</translation>
    </message>
    <message>
        <source>Copying accuracy (higher is better)</source>
        <translation>Kopiergenauigkeit (höher ist besser)</translation>
    </message>
    <message>
        <source>Agreement accuracy (higher is better)</source>
        <translation>Kongruenzgenauigkeit (höher ist besser)</translation>
    </message>
    <message>
        <source>Structured accuracy (higher is better)</source>
        <translation>Genauigkeit bei strukturiertem Text (höher ist besser)</translation>
    </message>
    <message>
        <source>KV cache per token and layer (elements)</source>
        <translation>KV-Cache je Token und Schicht (Elemente)</translation>
    </message>
    <message>
        <source>KV cache per token, all %1 layers (bytes at 16 bits)</source>
        <translation>KV-Cache je Token, alle %1 Schichten (Bytes bei 16 Bit)</translation>
    </message>
    <message>
        <source>Smallest cache: %1 (%2 elements per token and layer), %3 %4.</source>
        <translation>Kleinster Cache: %1 (%2 Elemente je Token und Schicht), %3 %4.</translation>
    </message>
    <message>
        <source>Largest cache: %1 (%2 elements), %3 %4.</source>
        <translation>Größter Cache: %1 (%2 Elemente), %3 %4.</translation>
    </message>
    <message>
        <source>All of them reach %1 %2.</source>
        <translation>Alle erreichen %1 %2.</translation>
    </message>
    <message>
        <source>Lowest %1: %2 (%3 elements), %4.</source>
        <translation>Niedrigster Wert bei %1: %2 (%3 Elemente), %4.</translation>
    </message>
    <message>
        <source>Highest %1: %2 (%3 elements), %4.</source>
        <translation>Höchster Wert bei %1: %2 (%3 Elemente), %4.</translation>
    </message>
    <message>
        <source>%1 caches %2 times less than %3 and does better on this measure.</source>
        <translation>%1 speichert %2-mal weniger im Cache als %3 und schneidet bei diesem Maß besser ab.</translation>
    </message>
    <message>
        <source>These are %1-layer models of about %2 parameters, each trained %3 steps on generated text: the trade-off measured in miniature, not a forecast for large models.</source>
        <translation>Dies sind Modelle mit %1 Schichten und etwa %2 Parametern, jedes %3 Schritte lang auf erzeugtem Text trainiert: der Zielkonflikt im Kleinen gemessen, keine Vorhersage für große Modelle.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>one sentence after another</comment>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>attnscope::widgets::TradeoffTableModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>KV elements per
token and layer</source>
        <translation>KV-Elemente je
Token und Schicht</translation>
    </message>
    <message>
        <source>KV bytes per
token (16-bit)</source>
        <translation>KV-Bytes je
Token (16 Bit)</translation>
    </message>
    <message>
        <source>Held-out
loss</source>
        <translation>Verlust auf
Testtext</translation>
    </message>
    <message>
        <source>Agreement
(with attractor)</source>
        <translation>Kongruenz
(mit Attraktor)</translation>
    </message>
    <message>
        <source>Copying</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Structured
(brackets, counting)</source>
        <translation>Strukturiert
(Klammern, Zählen)</translation>
    </message>
    <message>
        <source>Heads found
(layer, head, score)</source>
        <translation>Gefundene Köpfe
(Schicht, Kopf, Wert)</translation>
    </message>
    <message>
        <source>Cached numbers per token in one layer: 2 × KV heads × head size, or for MLA the latent rank plus the RoPE key size</source>
        <translation>Gespeicherte Zahlen je Token in einer Schicht: 2 × KV-Köpfe × Kopfbreite, bei MLA der latente Rang plus die Breite des RoPE-Schlüssels</translation>
    </message>
    <message>
        <source>Cached bytes per token in all layers at 2 bytes per element (16-bit)</source>
        <translation>Gespeicherte Bytes je Token in allen Schichten bei 2 Bytes je Element (16 Bit)</translation>
    </message>
    <message>
        <source>Mean cross-entropy per token on held-out text, in nats; lower is better</source>
        <translation>Mittlere Kreuzentropie je Token auf zurückgehaltenem Testtext, in Nats; niedriger ist besser</translation>
    </message>
    <message>
        <source>Share of new sentences whose verb agrees with its subject across a clause or phrase; in brackets, only the sentences whose nearest noun has the other number</source>
        <translation>Anteil neuer Sätze, deren Verb über einen Nebensatz oder eine Wortgruppe hinweg mit seinem Subjekt übereinstimmt; in Klammern nur die Sätze, deren nächstes Substantiv den anderen Numerus hat</translation>
    </message>
    <message>
        <source>Next-token accuracy in the second copy of a repeated span of words</source>
        <translation>Trefferquote für das nächste Token in der zweiten Kopie einer wiederholten Wortfolge</translation>
    </message>
    <message>
        <source>Brackets and counting pooled; in brackets, how often the right closing bracket is the most probable one, and the next-token accuracy when counting on from the third number</source>
        <translation>Klammern und Zählen zusammen; in Klammern, wie oft die richtige schließende Klammer die wahrscheinlichste ist, und die Trefferquote für das nächste Token beim Weiterzählen ab der dritten Zahl</translation>
    </message>
    <message>
        <source>Heads whose score passes the threshold (previous-token and sink 0.5, induction and subject 0.3), best first; layers and heads from 0</source>
        <translation>Köpfe, deren Wert die Schwelle erreicht (Vorgänger-Token und Senke 0,5, Induktion und Subjekt 0,3), die besten zuerst; Schichten und Köpfe ab 0 gezählt</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
</context>
<context>
    <name>lesson:bahdanau</name>
    <message>
        <source>Bahdanau attention: learning to align</source>
        <translation>Bahdanau-Aufmerksamkeit: Ausrichten lernen</translation>
    </message>
    <message>
        <source>How an RNN translator learned to look back at the source sentence, one target word at a time.</source>
        <translation>Wie ein RNN-Übersetzer lernte, auf den Quellsatz zurückzublicken, ein Zielwort nach dem anderen.</translation>
    </message>
    <message>
        <source>One vector is not enough</source>
        <translation>Ein Vektor reicht nicht</translation>
    </message>
    <message>
        <source>Annotations from a bidirectional GRU</source>
        <translation>Annotationen aus einer bidirektionalen GRU</translation>
    </message>
    <message>
        <source>The encoder runs two gated recurrent units (GRUs) over the source, one from x&lt;sub&gt;1&lt;/sub&gt; to x&lt;sub&gt;6&lt;/sub&gt; and one backwards. Each source word gets an &lt;i&gt;annotation&lt;/i&gt; that joins the two states:

h&lt;sub&gt;j&lt;/sub&gt; = [h&lt;sub&gt;fwd,j&lt;/sub&gt; ; h&lt;sub&gt;bwd,j&lt;/sub&gt;]

The forward state summarises the words up to x&lt;sub&gt;j&lt;/sub&gt;, the backward state the words from x&lt;sub&gt;j&lt;/sub&gt; to the end, so h&lt;sub&gt;j&lt;/sub&gt; describes the whole sentence with a focus on the words around x&lt;sub&gt;j&lt;/sub&gt;. With a GRU width of n = 16, each annotation has 2n = 32 numbers; the heatmap is the 6 &amp;times; 32 matrix of annotations, one row per source word. These rows are what the decoder will attend to.</source>
        <translation>Der Encoder lässt zwei Gated Recurrent Units (GRUs) über die Quelle laufen, eine von x&lt;sub&gt;1&lt;/sub&gt; bis x&lt;sub&gt;6&lt;/sub&gt; und eine rückwärts. Jedes Quellwort erhält eine &lt;i&gt;Annotation&lt;/i&gt;, die beide Zustände verbindet:

h&lt;sub&gt;j&lt;/sub&gt; = [h&lt;sub&gt;fwd,j&lt;/sub&gt; ; h&lt;sub&gt;bwd,j&lt;/sub&gt;]

Der Vorwärtszustand fasst die Wörter bis x&lt;sub&gt;j&lt;/sub&gt; zusammen, der Rückwärtszustand die Wörter von x&lt;sub&gt;j&lt;/sub&gt; bis zum Ende, sodass h&lt;sub&gt;j&lt;/sub&gt; den ganzen Satz beschreibt, mit Schwerpunkt auf den Wörtern um x&lt;sub&gt;j&lt;/sub&gt;. Bei einer GRU-Breite von n = 16 hat jede Annotation 2n = 32 Zahlen; die Heatmap ist die 6 &amp;times; 32-Matrix der Annotationen, eine Zeile je Quellwort. Auf diese Zeilen wird der Decoder seine Aufmerksamkeit richten.</translation>
    </message>
    <message>
        <source>The alignment model scores the source</source>
        <translation>Das Alignment-Modell bewertet die Quelle</translation>
    </message>
    <message>
        <source>Before it emits target word y&lt;sub&gt;i&lt;/sub&gt;, the decoder scores every annotation against its previous state s&lt;sub&gt;i−1&lt;/sub&gt; with a small feed-forward network, the &lt;i&gt;alignment model&lt;/i&gt;:

e&lt;sub&gt;ij&lt;/sub&gt; = v&lt;sub&gt;a&lt;/sub&gt;&lt;sup&gt;T&lt;/sup&gt; tanh(W&lt;sub&gt;a&lt;/sub&gt; s&lt;sub&gt;i−1&lt;/sub&gt; + U&lt;sub&gt;a&lt;/sub&gt; h&lt;sub&gt;j&lt;/sub&gt;)

AttnScope works with row vectors and computes the same number as tanh(s&lt;sub&gt;i−1&lt;/sub&gt; W&lt;sub&gt;a&lt;/sub&gt; + h&lt;sub&gt;j&lt;/sub&gt; U&lt;sub&gt;a&lt;/sub&gt;) v&lt;sub&gt;a&lt;/sub&gt;&lt;sup&gt;T&lt;/sup&gt;, with W&lt;sub&gt;a&lt;/sub&gt; of 16 &amp;times; 16, U&lt;sub&gt;a&lt;/sub&gt; of 32 &amp;times; 16 and v&lt;sub&gt;a&lt;/sub&gt; of n′ = 16 numbers. State and annotation are &lt;i&gt;added&lt;/i&gt; inside the tanh, which is why this is called additive attention. As in the paper, the decoder starts from s&lt;sub&gt;0&lt;/sub&gt; = tanh(h&lt;sub&gt;bwd,1&lt;/sub&gt; W&lt;sub&gt;s&lt;/sub&gt;). This step fills the first row of the score matrix, for y&lt;sub&gt;1&lt;/sub&gt;.</source>
        <translation>Bevor er das Zielwort y&lt;sub&gt;i&lt;/sub&gt; ausgibt, bewertet der Decoder jede Annotation gegen seinen vorigen Zustand s&lt;sub&gt;i−1&lt;/sub&gt;, mit einem kleinen Feedforward-Netz, dem &lt;i&gt;Alignment-Modell&lt;/i&gt;:

e&lt;sub&gt;ij&lt;/sub&gt; = v&lt;sub&gt;a&lt;/sub&gt;&lt;sup&gt;T&lt;/sup&gt; tanh(W&lt;sub&gt;a&lt;/sub&gt; s&lt;sub&gt;i−1&lt;/sub&gt; + U&lt;sub&gt;a&lt;/sub&gt; h&lt;sub&gt;j&lt;/sub&gt;)

AttnScope rechnet mit Zeilenvektoren und erhält dieselbe Zahl als tanh(s&lt;sub&gt;i−1&lt;/sub&gt; W&lt;sub&gt;a&lt;/sub&gt; + h&lt;sub&gt;j&lt;/sub&gt; U&lt;sub&gt;a&lt;/sub&gt;) v&lt;sub&gt;a&lt;/sub&gt;&lt;sup&gt;T&lt;/sup&gt;, mit W&lt;sub&gt;a&lt;/sub&gt; der Größe 16 &amp;times; 16, U&lt;sub&gt;a&lt;/sub&gt; der Größe 32 &amp;times; 16 und v&lt;sub&gt;a&lt;/sub&gt; aus n′ = 16 Zahlen. Zustand und Annotation werden im tanh &lt;i&gt;addiert&lt;/i&gt;; daher heißt dies additive Aufmerksamkeit. Wie im Paper startet der Decoder mit s&lt;sub&gt;0&lt;/sub&gt; = tanh(h&lt;sub&gt;bwd,1&lt;/sub&gt; W&lt;sub&gt;s&lt;/sub&gt;). Dieser Schritt füllt die erste Zeile der Score-Matrix, für y&lt;sub&gt;1&lt;/sub&gt;.</translation>
    </message>
    <message>
        <source>Softmax: the alignment weights</source>
        <translation>Softmax: die Alignment-Gewichte</translation>
    </message>
    <message>
        <source>A softmax over the source words turns one row of scores into weights:

α&lt;sub&gt;ij&lt;/sub&gt; = exp(e&lt;sub&gt;ij&lt;/sub&gt;) / Σ&lt;sub&gt;k&lt;/sub&gt; exp(e&lt;sub&gt;ik&lt;/sub&gt;)

The weights of one target word are positive and sum to 1. The paper reads α&lt;sub&gt;ij&lt;/sub&gt; as the probability that target word y&lt;sub&gt;i&lt;/sub&gt; is aligned to, or translated from, source word x&lt;sub&gt;j&lt;/sub&gt;. The alignment model is an ordinary differentiable part of the network, trained together with everything else, so the alignment is learned from pairs of translated sentences alone: nobody has to label which word belongs to which.</source>
        <translation>Eine Softmax über die Quellwörter macht aus einer Zeile von Scores Gewichte:

α&lt;sub&gt;ij&lt;/sub&gt; = exp(e&lt;sub&gt;ij&lt;/sub&gt;) / Σ&lt;sub&gt;k&lt;/sub&gt; exp(e&lt;sub&gt;ik&lt;/sub&gt;)

Die Gewichte eines Zielworts sind positiv und summieren sich zu 1. Das Paper liest α&lt;sub&gt;ij&lt;/sub&gt; als die Wahrscheinlichkeit, dass das Zielwort y&lt;sub&gt;i&lt;/sub&gt; dem Quellwort x&lt;sub&gt;j&lt;/sub&gt; zugeordnet ist, also aus ihm übersetzt wird. Das Alignment-Modell ist ein gewöhnlicher, differenzierbarer Teil des Netzes, der mit allem anderen zusammen trainiert wird; so wird das Alignment allein aus Paaren übersetzter Sätze gelernt: Niemand muss markieren, welches Wort zu welchem gehört.</translation>
    </message>
    <message>
        <source>The context vector</source>
        <translation>Der Kontextvektor</translation>
    </message>
    <message>
        <source>The decoder reads the source through a &lt;i&gt;context vector&lt;/i&gt;, the annotations averaged with those weights:

c&lt;sub&gt;i&lt;/sub&gt; = Σ&lt;sub&gt;j&lt;/sub&gt; α&lt;sub&gt;ij&lt;/sub&gt; h&lt;sub&gt;j&lt;/sub&gt;

It is the expected annotation under the alignment probabilities. Where one α&lt;sub&gt;ij&lt;/sub&gt; is close to 1, c&lt;sub&gt;i&lt;/sub&gt; is close to that word&apos;s annotation; where the weights are spread out, it blends several words. A new c&lt;sub&gt;i&lt;/sub&gt; is computed for every target word, so the source no longer has to fit into one fixed-length summary. Here each c&lt;sub&gt;i&lt;/sub&gt; has 2n = 32 numbers.</source>
        <translation>Der Decoder liest die Quelle durch einen &lt;i&gt;Kontextvektor&lt;/i&gt;, den mit diesen Gewichten gemittelten Annotationen:

c&lt;sub&gt;i&lt;/sub&gt; = Σ&lt;sub&gt;j&lt;/sub&gt; α&lt;sub&gt;ij&lt;/sub&gt; h&lt;sub&gt;j&lt;/sub&gt;

Er ist die erwartete Annotation unter den Alignment-Wahrscheinlichkeiten. Liegt ein α&lt;sub&gt;ij&lt;/sub&gt; nahe bei 1, liegt c&lt;sub&gt;i&lt;/sub&gt; nahe an der Annotation dieses Worts; sind die Gewichte verteilt, mischt er mehrere Wörter. Für jedes Zielwort wird ein neues c&lt;sub&gt;i&lt;/sub&gt; berechnet, sodass die Quelle nicht mehr in eine einzige Zusammenfassung fester Länge passen muss. Hier hat jedes c&lt;sub&gt;i&lt;/sub&gt; 2n = 32 Zahlen.</translation>
    </message>
    <message>
        <source>The decoder takes a step</source>
        <translation>Der Decoder macht einen Schritt</translation>
    </message>
    <message>
        <source>The decoder GRU now updates its state from the previous target word and the new context:

s&lt;sub&gt;i&lt;/sub&gt; = f(s&lt;sub&gt;i−1&lt;/sub&gt;, y&lt;sub&gt;i−1&lt;/sub&gt;, c&lt;sub&gt;i&lt;/sub&gt;)

The new state s&lt;sub&gt;i&lt;/sub&gt; predicts target word y&lt;sub&gt;i&lt;/sub&gt; and is the state the next alignment scores against. Press the Right arrow key to watch the loop run: scores, weights, context and state, once per target word, each filling one more row. The loop is sequential because every step needs the state of the step before. The attention of the next lesson has no recurrence: it scores all positions at once with matrix products.</source>
        <translation>Die Decoder-GRU aktualisiert nun ihren Zustand aus dem vorigen Zielwort und dem neuen Kontext:

s&lt;sub&gt;i&lt;/sub&gt; = f(s&lt;sub&gt;i−1&lt;/sub&gt;, y&lt;sub&gt;i−1&lt;/sub&gt;, c&lt;sub&gt;i&lt;/sub&gt;)

Der neue Zustand s&lt;sub&gt;i&lt;/sub&gt; sagt das Zielwort y&lt;sub&gt;i&lt;/sub&gt; voraus und ist der Zustand, gegen den das nächste Alignment bewertet. Drücken Sie die Pfeiltaste nach rechts, um die Schleife laufen zu sehen: Scores, Gewichte, Kontext und Zustand, einmal je Zielwort, jedes Mal eine Zeile mehr. Die Schleife ist sequenziell, weil jeder Schritt den Zustand des vorigen braucht. Die Aufmerksamkeit der nächsten Lektion kommt ohne Rekurrenz aus: Sie bewertet alle Positionen auf einmal mit Matrixprodukten.</translation>
    </message>
    <message>
        <source>The neural translators that attention grew out of were &lt;i&gt;encoder-decoders&lt;/i&gt; of two recurrent networks: the encoder read the source sentence and squeezed it into one fixed-length vector, and the decoder produced the translation from that vector alone. Bahdanau, Cho and Bengio (2014) suspected that this single vector is a bottleneck, above all for long sentences. Their decoder looks back at the whole source instead and decides, for every target word, which source words to read.

This step and the next six show how the mechanism computes, on seeded random values: a source of six words x&lt;sub&gt;1&lt;/sub&gt; … x&lt;sub&gt;6&lt;/sub&gt;, each an embedding of m = 32 numbers, and random weights, small enough to read every number. The last steps show a translator that AttnScope trained, with real words and learned weights.</source>
        <translation>Die neuronalen Übersetzer, aus denen die Aufmerksamkeit hervorging, waren &lt;i&gt;Encoder-Decoder&lt;/i&gt; aus zwei rekurrenten Netzen: Der Encoder las den Quellsatz und presste ihn in einen einzigen Vektor fester Länge, und der Decoder erzeugte die Übersetzung allein aus diesem Vektor. Bahdanau, Cho und Bengio (2014) vermuteten, dass dieser eine Vektor ein Flaschenhals ist, vor allem bei langen Sätzen. Ihr Decoder blickt stattdessen auf die ganze Quelle zurück und entscheidet für jedes Zielwort, welche Quellwörter er liest.

Dieser und die nächsten sechs Schritte zeigen, wie der Mechanismus rechnet, mit Zufallswerten aus einem Seed: eine Quelle aus sechs Wörtern x&lt;sub&gt;1&lt;/sub&gt; … x&lt;sub&gt;6&lt;/sub&gt;, jedes eine Einbettung aus m = 32 Zahlen, und zufällige Gewichte, klein genug, um jede Zahl zu lesen. Die letzten Schritte zeigen einen Übersetzer, den AttnScope trainiert hat, mit echten Wörtern und gelernten Gewichten.</translation>
    </message>
    <message>
        <source>The alignment matrix, untrained</source>
        <translation>Die Alignment-Matrix, untrainiert</translation>
    </message>
    <message>
        <source>Stacking the weights of all target words gives the alignment matrix: row y&lt;sub&gt;i&lt;/sub&gt;, column x&lt;sub&gt;j&lt;/sub&gt; holds α&lt;sub&gt;ij&lt;/sub&gt;. The paper shows trained English–French matrices: sharp, mostly along the diagonal, and bending where the word order differs, as when an adjective follows its noun in French.

This matrix is still the seeded one: random weights that nothing has trained. With seed 0 the scores of a row differ by less than 0.3, and every weight lies between about 0.14 and 0.18, close to the uniform 1/6 ≈ 0.17. Seed 0 is unusually flat: over seeds 1 to 50 the scores of a row spread over 0.73 at the median, and the largest weight of a matrix is 0.24 at the median and 0.33 at most. Random weights lean towards some words by chance, but no row is sharp. Sharp alignments come from training, as the next step shows.</source>
        <translation>Stapelt man die Gewichte aller Zielwörter, entsteht die Alignment-Matrix: Zeile y&lt;sub&gt;i&lt;/sub&gt;, Spalte x&lt;sub&gt;j&lt;/sub&gt; enthält α&lt;sub&gt;ij&lt;/sub&gt;. Das Paper zeigt trainierte Englisch-Französisch-Matrizen: scharf, meist entlang der Diagonale, und abknickend, wo die Wortstellung abweicht, etwa wenn im Französischen ein Adjektiv seinem Substantiv folgt.

Diese Matrix ist noch die aus dem Seed: zufällige Gewichte, die nichts trainiert hat. Mit Seed 0 unterscheiden sich die Scores einer Zeile um weniger als 0,3, und jedes Gewicht liegt zwischen etwa 0,14 und 0,18, nahe dem gleichverteilten 1/6 ≈ 0,17. Seed 0 ist ungewöhnlich flach: Über die Seeds 1 bis 50 streuen die Scores einer Zeile im Median über 0,73, und das größte Gewicht einer Matrix ist im Median 0,24 und höchstens 0,33. Zufällige Gewichte neigen zufällig zu manchen Wörtern, aber keine Zeile ist scharf. Scharfe Alignments entstehen durch Training, wie der nächste Schritt zeigt.</translation>
    </message>
    <message>
        <source>A trained translator: dates</source>
        <translation>Ein trainierter Übersetzer: Daten</translation>
    </message>
    <message>
        <source>AttnScope ships a small Bahdanau translator that it trained itself (docs/teaching-models.md): it reads a date in words and writes it in ISO 8601, one character at a time. The columns are the source words, the rows the characters it wrote: &lt;i&gt;tuesday 5 december 2028&lt;/i&gt; becomes 2028-12-05. It computes exactly the steps of this lesson with trained weights, m = 32, n = 64 and n′ = 64, so each annotation has 128 numbers.

The matrix is no longer flat. The four year digits read &lt;i&gt;2028&lt;/i&gt; (0.85 to 1.00), the month digits read &lt;i&gt;december&lt;/i&gt; (0.93 and 0.96), and the day digits read &lt;i&gt;5&lt;/i&gt; (0.94 and 0.96). No digit reads &lt;i&gt;tuesday&lt;/i&gt;: the weekday follows from the date. Nobody told the model where the year is; it learned the alignment from pairs of dates alone, as the paper&apos;s translator learned it from pairs of sentences.</source>
        <translation>AttnScope liefert einen kleinen Bahdanau-Übersetzer mit, den es selbst trainiert hat (docs/teaching-models.md): Er liest ein Datum in Worten und schreibt es nach ISO 8601, ein Zeichen nach dem anderen. Die Spalten sind die Quellwörter, die Zeilen die Zeichen, die er geschrieben hat: Aus &lt;i&gt;tuesday 5 december 2028&lt;/i&gt; wird 2028-12-05. Er rechnet genau die Schritte dieser Lektion, mit trainierten Gewichten, m = 32, n = 64 und n′ = 64, sodass jede Annotation 128 Zahlen hat.

Die Matrix ist nicht mehr flach. Die vier Ziffern des Jahres lesen &lt;i&gt;2028&lt;/i&gt; (0,85 bis 1,00), die Ziffern des Monats lesen &lt;i&gt;december&lt;/i&gt; (0,93 und 0,96), und die Ziffern des Tages lesen &lt;i&gt;5&lt;/i&gt; (0,94 und 0,96). Keine Ziffer liest &lt;i&gt;tuesday&lt;/i&gt;: Der Wochentag folgt aus dem Datum. Niemand hat dem Modell gesagt, wo das Jahr steht; es hat das Alignment allein aus Paaren von Daten gelernt, so wie der Übersetzer des Papers es aus Satzpaaren lernte.</translation>
    </message>
    <message>
        <source>Reordering</source>
        <translation>Umordnen</translation>
    </message>
    <message>
        <source>The output writes the year first, but this source says it last, so the alignment runs against the word order: the year digits read &lt;i&gt;1969&lt;/i&gt; (0.98 to 1.00), the month digits &lt;i&gt;july&lt;/i&gt; (1.00), and the day digits &lt;i&gt;20&lt;/i&gt; (1.00), the first word. This reordering is the classic figure of the 2014 paper: where two languages order their words differently, the alignment leaves the diagonal.

The rows of the two &apos;-&apos; spread out (0.40, 0.45 and 0.15; 0.34, 0.66 and 0.00), and so does the row of the end mark &amp;lt;/s&amp;gt;. A hyphen is the same in every date, so no source word tells the decoder what to write; its weights matter little.</source>
        <translation>Die Ausgabe schreibt das Jahr zuerst, diese Quelle nennt es aber zuletzt, also läuft das Alignment gegen die Wortstellung: Die Ziffern des Jahres lesen &lt;i&gt;1969&lt;/i&gt; (0,98 bis 1,00), die Ziffern des Monats &lt;i&gt;july&lt;/i&gt; (1,00) und die Ziffern des Tages &lt;i&gt;20&lt;/i&gt; (1,00), das erste Wort. Dieses Umordnen ist die klassische Abbildung des Papers von 2014: Wo zwei Sprachen ihre Wörter verschieden anordnen, verlässt das Alignment die Diagonale.

Die Zeilen der beiden &apos;-&apos; verteilen sich (0,40, 0,45 und 0,15; 0,34, 0,66 und 0,00), ebenso die Zeile der Endmarke &amp;lt;/s&amp;gt;. Ein Bindestrich ist in jedem Datum derselbe, also sagt kein Quellwort dem Decoder, was er schreiben soll; seine Gewichte spielen kaum eine Rolle.</translation>
    </message>
    <message>
        <source>Another word order</source>
        <translation>Eine andere Wortstellung</translation>
    </message>
    <message>
        <source>The translator knows four formats. Here the month comes first and a comma stands before the year. The year digits read &lt;i&gt;2031&lt;/i&gt; (0.59 to 1.00; the second and fourth digit also look at the other words), the month digits read &lt;i&gt;march&lt;/i&gt; (0.87 and 0.98), and the day digits read &lt;i&gt;14&lt;/i&gt; (0.99). The comma is read little: at most 0.36, by a &apos;-&apos; row.

Try your own date: type it into the text box of the parameter panel, in one of the four forms &lt;i&gt;saturday 5 december 2026&lt;/i&gt;, &lt;i&gt;20 july 1969&lt;/i&gt;, &lt;i&gt;march 14 , 2031&lt;/i&gt; or &lt;i&gt;9 / 11 / 1989&lt;/i&gt;, with a year from 1950 to 2049.</source>
        <translation>Der Übersetzer kennt vier Formate. Hier steht der Monat vorn und ein Komma vor dem Jahr. Die Ziffern des Jahres lesen &lt;i&gt;2031&lt;/i&gt; (0,59 bis 1,00; die zweite und die vierte Ziffer sehen auch auf die anderen Wörter), die Ziffern des Monats lesen &lt;i&gt;march&lt;/i&gt; (0,87 und 0,98), und die Ziffern des Tages lesen &lt;i&gt;14&lt;/i&gt; (0,99). Das Komma wird wenig gelesen: höchstens 0,36, von einer &apos;-&apos;-Zeile.

Probieren Sie ein eigenes Datum: Geben Sie es in das Textfeld der Parameterleiste ein, in einer der vier Formen &lt;i&gt;saturday 5 december 2026&lt;/i&gt;, &lt;i&gt;20 july 1969&lt;/i&gt;, &lt;i&gt;march 14 , 2031&lt;/i&gt; oder &lt;i&gt;9 / 11 / 1989&lt;/i&gt;, mit einem Jahr von 1950 bis 2049.</translation>
    </message>
</context>
<context>
    <name>lesson:compare</name>
    <message>
        <source>Compare and measure</source>
        <translation>Vergleichen und messen</translation>
    </message>
    <message>
        <source>MHA, GQA, MQA and MLA side by side: their caches for real models, live timings, and what DeepSeek-V2&apos;s 93.3% does and does not mean.</source>
        <translation>MHA, GQA, MQA und MLA nebeneinander: ihre Caches bei echten Modellen, Live-Messungen und was die 93,3 % von DeepSeek-V2 bedeuten und was nicht.</translation>
    </message>
    <message>
        <source>Four mechanisms, one input</source>
        <translation>Vier Mechanismen, eine Eingabe</translation>
    </message>
    <message>
        <source>The Compare view computes MHA, GQA, MQA and MLA on the same 6 tokens with the same seed, all as causal self-attention: MLA is only defined as causal, so the others are made causal too. Each panel shows the attention of the same query head, and under each map the difference between that layer&apos;s output and MHA&apos;s. Read those differences with care: the four layers have different weight matrices wherever their shapes differ, and none of them is trained. The numbers show that the mechanisms compute different functions, not which one is better. Comparing quality needs trained models, as in the papers.</source>
        <translation>Die Ansicht Vergleich berechnet MHA, GQA, MQA und MLA auf denselben 6 Token mit demselben Seed, alle als kausale Selbstaufmerksamkeit: MLA ist nur kausal definiert, daher werden auch die anderen kausal gerechnet. Jedes Feld zeigt die Aufmerksamkeit desselben Abfragekopfs, und unter jeder Karte die Abweichung der Ausgabe dieser Schicht von der Ausgabe von MHA. Lesen Sie diese Abweichungen mit Vorsicht: Die vier Schichten haben überall dort verschiedene Gewichtsmatrizen, wo sich ihre Formen unterscheiden, und keine davon ist trainiert. Die Zahlen zeigen, dass die Mechanismen verschiedene Funktionen berechnen, nicht welcher besser ist. Qualität zu vergleichen braucht trainierte Modelle, wie in den Papers.</translation>
    </message>
    <message>
        <source>Cache per token and layer</source>
        <translation>Cache je Token und Schicht</translation>
    </message>
    <message>
        <source>The bars show the cache per token and layer of each mechanism for this shape, n&lt;sub&gt;h&lt;/sub&gt; = 8 heads of d&lt;sub&gt;h&lt;/sub&gt; = 8:

MHA 2 n&lt;sub&gt;h&lt;/sub&gt; d&lt;sub&gt;h&lt;/sub&gt; = 128; GQA with 4 KV heads 2 &amp;times; 4 &amp;times; 8 = 64; MQA 2 d&lt;sub&gt;h&lt;/sub&gt; = 16; MLA d&lt;sub&gt;c&lt;/sub&gt; + d&lt;sub&gt;h&lt;/sub&gt;&lt;sup&gt;R&lt;/sup&gt; = 32 + 4 = 36

These are the four rows of DeepSeek-V2&apos;s Table 1, for one layer. MLA lands between MQA and GQA, at 2.25 KV heads&apos; worth, while every query head keeps its own keys and values. Change the heads or the width in the parameter panel and watch the bars: MHA grows with n&lt;sub&gt;h&lt;/sub&gt;, GQA with the number of KV heads, MLA with d&lt;sub&gt;c&lt;/sub&gt;, and MQA with neither.</source>
        <translation>Die Balken zeigen den Cache je Token und Schicht jedes Mechanismus für diese Form, n&lt;sub&gt;h&lt;/sub&gt; = 8 Köpfe mit d&lt;sub&gt;h&lt;/sub&gt; = 8:

MHA 2 n&lt;sub&gt;h&lt;/sub&gt; d&lt;sub&gt;h&lt;/sub&gt; = 128; GQA mit 4 KV-Köpfen 2 &amp;times; 4 &amp;times; 8 = 64; MQA 2 d&lt;sub&gt;h&lt;/sub&gt; = 16; MLA d&lt;sub&gt;c&lt;/sub&gt; + d&lt;sub&gt;h&lt;/sub&gt;&lt;sup&gt;R&lt;/sup&gt; = 32 + 4 = 36

Das sind die vier Zeilen von Tabelle 1 aus DeepSeek-V2, für eine Schicht. MLA landet zwischen MQA und GQA, beim Gegenwert von 2,25 KV-Köpfen, während jeder Abfragekopf seine eigenen Schlüssel und Werte behält. Ändern Sie die Köpfe oder die Breite in der Parameterleiste und beobachten Sie die Balken: MHA wächst mit n&lt;sub&gt;h&lt;/sub&gt;, GQA mit der Zahl der KV-Köpfe, MLA mit d&lt;sub&gt;c&lt;/sub&gt; und MQA mit keinem von beiden.</translation>
    </message>
    <message>
        <source>Real models, per token</source>
        <translation>Echte Modelle, je Token</translation>
    </message>
    <message>
        <source>For a whole model the footprint multiplies by the layers. Per token, at 16 bits (&lt;code&gt;attnscope footprint --list-models&lt;/code&gt;):

Llama 2 7B, MHA: 262,144 elements, 512 KiB&lt;br&gt; DeepSeek 67B, GQA with 8 KV heads: 194,560, 380 KiB&lt;br&gt; Llama 3 8B, GQA with 8 KV heads: 65,536, 128 KiB&lt;br&gt; DeepSeek-V2, MLA: 34,560, 67.5 KiB&lt;br&gt; Falcon-7B, MQA: 4,096, 8 KiB

Pick another preset in the Model menu to see its chart. Everything else follows from the per-token figure: multiply by context and batch for the total, or divide a memory budget by it for the longest context that fits.</source>
        <translation>Für ein ganzes Modell vervielfacht sich der Speicherbedarf mit den Schichten. Je Token, bei 16 Bit (&lt;code&gt;attnscope footprint --list-models&lt;/code&gt;):

Llama 2 7B, MHA: 262.144 Elemente, 512 KiB&lt;br&gt; DeepSeek 67B, GQA mit 8 KV-Köpfen: 194.560, 380 KiB&lt;br&gt; Llama 3 8B, GQA mit 8 KV-Köpfen: 65.536, 128 KiB&lt;br&gt; DeepSeek-V2, MLA: 34.560, 67,5 KiB&lt;br&gt; Falcon-7B, MQA: 4.096, 8 KiB

Wählen Sie im Menü Modell eine andere Vorlage, um ihr Diagramm zu sehen. Alles andere folgt aus dem Wert je Token: mit Kontext und Batch multipliziert ergibt er die Gesamtgröße, und ein Speicherbudget geteilt durch ihn den längsten Kontext, der hineinpasst.</translation>
    </message>
    <message>
        <source>Live timings</source>
        <translation>Live-Messungen</translation>
    </message>
    <message>
        <source>Cache size matters twice: for memory, and for speed, since every decode step reads the whole cache. The Timings panel times one layer of Llama 3 8B (32 query heads of d&lt;sub&gt;h&lt;/sub&gt; = 128) on this machine: decode of one new token against the cache, and prefill. &lt;i&gt;Sweep&lt;/i&gt; runs MHA, GQA, MQA and MLA, on both paths, with the same heads over growing contexts. Compare each run&apos;s GB/s with the measured bandwidth: a decode close to the bandwidth is memory-bound, and its time is roughly the bytes of cache divided by the bandwidth. MLA&apos;s absorbed path reads a cache as small as GQA&apos;s with 2.25 KV heads, but does more arithmetic per cached number, because all 32 heads work on the same latent. The absolute times depend on the machine.</source>
        <translation>Die Cache-Größe zählt doppelt: für den Speicher und für die Geschwindigkeit, denn jeder Decode-Schritt liest den ganzen Cache. Die Leiste Zeitmessungen misst eine Schicht von Llama 3 8B (32 Abfrageköpfe mit d&lt;sub&gt;h&lt;/sub&gt; = 128) auf dieser Maschine: Decode eines neuen Tokens gegen den Cache, und Prefill. &lt;i&gt;Durchlauf&lt;/i&gt; misst MHA, GQA, MQA und MLA, auf beiden Pfaden, mit denselben Köpfen bei wachsenden Kontexten. Vergleichen Sie die GB/s jedes Laufs mit der gemessenen Bandbreite: Ein Decode nahe der Bandbreite ist speichergebunden, und seine Zeit ist ungefähr die Bytes des Caches geteilt durch die Bandbreite. Der absorbierte Pfad von MLA liest einen Cache, so klein wie der von GQA mit 2,25 KV-Köpfen, rechnet aber mehr je gespeicherter Zahl, weil alle 32 Köpfe auf demselben Latentvektor arbeiten. Die absoluten Zeiten hängen von der Maschine ab.</translation>
    </message>
    <message>
        <source>DeepSeek-V2&apos;s 93.3%</source>
        <translation>Die 93,3 % von DeepSeek-V2</translation>
    </message>
    <message>
        <source>At equal precision: 82.2%</source>
        <translation>Bei gleicher Genauigkeit: 82,2 %</translation>
    </message>
    <message>
        <source>Choosing a mechanism</source>
        <translation>Einen Mechanismus wählen</translation>
    </message>
    <message>
        <source>MHA keeps a key and a value per head: the strongest baseline and the largest cache. MQA keeps one KV head: the smallest cache and the fastest decoding, at a risk to quality and training stability. GQA sets G between the two, and can be uptrained from a multi-head checkpoint with about 5% of the original pre-training compute. MLA caches a latent about as large as 2.25 GQA groups, and DeepSeek-V2 reports better results than MHA; it pays with extra projections, more arithmetic per cached number and a decoupled RoPE, and in DeepSeek-V2 it is built in from pre-training. DeepSeek-V2&apos;s Table 1 sums up its own view: capability strong for MHA, moderate for GQA, weak for MQA and stronger for MLA.</source>
        <translation>MHA hält je Kopf einen Schlüssel und einen Wert: die stärkste Basis und der größte Cache. MQA hält einen KV-Kopf: der kleinste Cache und das schnellste Dekodieren, mit einem Risiko für Qualität und Trainingsstabilität. GQA legt G dazwischen und lässt sich aus einem Multi-Head-Checkpoint mit etwa 5 % der ursprünglichen Pre-Training-Rechenleistung nachtrainieren. MLA speichert einen Latentvektor etwa so groß wie 2,25 GQA-Gruppen, und DeepSeek-V2 berichtet bessere Ergebnisse als mit MHA; es bezahlt mit zusätzlichen Projektionen, mehr Rechenaufwand je gespeicherter Zahl und einem entkoppelten RoPE, und in DeepSeek-V2 ist es von Anfang des Pre-Trainings an eingebaut. Tabelle 1 von DeepSeek-V2 fasst dessen eigene Sicht zusammen: Leistungsfähigkeit stark bei MHA, mittel bei GQA, schwach bei MQA und stärker bei MLA.</translation>
    </message>
    <message>
        <source>DeepSeek-V2&apos;s abstract says that, compared with DeepSeek 67B, it reduces the KV cache by 93.3%. The paper does not show how that figure is computed, and AttnScope reproduces it only with one assumption (&lt;code&gt;attnscope footprint --model deepseek-v2 --kv-bits 6 --compare deepseek-67b&lt;/code&gt;):

DeepSeek-V2: (512 + 64) &amp;times; 60 = 34,560 elements at 6 bits = 25,920 bytes&lt;br&gt; DeepSeek 67B: 2 &amp;times; 8 &amp;times; 128 &amp;times; 95 = 194,560 elements at 16 bits = 389,120 bytes&lt;br&gt; 1 − 25,920 / 389,120 = 93.3%

The 6 bits are real: to deploy V2, DeepSeek quantised its KV cache to 6 bits per element on average (section 3.2.3). But the 67B model is counted at 16 bits, so the two sides are not stored at the same precision. To see it in the footprint dock, set &lt;i&gt;KV bits&lt;/i&gt; to 6 and &lt;i&gt;Compare with&lt;/i&gt; to DeepSeek LLM 67B.</source>
        <translation>Laut Abstract von DeepSeek-V2 verkleinert es den KV-Cache gegenüber DeepSeek 67B um 93,3 %. Das Paper zeigt nicht, wie diese Zahl berechnet wird, und AttnScope reproduziert sie nur mit einer Annahme (&lt;code&gt;attnscope footprint --model deepseek-v2 --kv-bits 6 --compare deepseek-67b&lt;/code&gt;):

DeepSeek-V2: (512 + 64) &amp;times; 60 = 34.560 Elemente bei 6 Bit = 25.920 Bytes&lt;br&gt; DeepSeek 67B: 2 &amp;times; 8 &amp;times; 128 &amp;times; 95 = 194.560 Elemente bei 16 Bit = 389.120 Bytes&lt;br&gt; 1 − 25.920 / 389.120 = 93,3 %

Die 6 Bit sind echt: Für den Einsatz von V2 quantisierte DeepSeek seinen KV-Cache auf durchschnittlich 6 Bit je Element (Abschnitt 3.2.3). Das 67B-Modell wird aber mit 16 Bit gezählt, die beiden Seiten werden also nicht mit derselben Genauigkeit gespeichert. Um es in der Leiste KV-Cache-Speicherbedarf zu sehen, setzen Sie &lt;i&gt;KV-Bits&lt;/i&gt; auf 6 und &lt;i&gt;Vergleichen mit&lt;/i&gt; auf DeepSeek LLM 67B.</translation>
    </message>
    <message>
        <source>Set &lt;i&gt;KV bits&lt;/i&gt; back to 16. With both caches at 16 bits, V2 needs 69,120 bytes per token against 389,120, a reduction of 82.2% (&lt;code&gt;attnscope footprint --model deepseek-v2 --compare deepseek-67b&lt;/code&gt;). That is the part due to the models&apos; design, and it still mixes two things: MLA&apos;s smaller cache per layer, 576 elements against the 2,048 of DeepSeek 67B&apos;s 8 KV heads of width 128 (71.9% less), and a shallower model, 60 layers against 95. The step from 82.2% to 93.3% is quantisation, which could shrink any model&apos;s cache. So the saving is real and large, but 93.3% should be quoted together with its assumptions.</source>
        <translation>Setzen Sie &lt;i&gt;KV-Bits&lt;/i&gt; wieder auf 16. Mit beiden Caches bei 16 Bit braucht V2 69.120 Bytes je Token gegenüber 389.120, eine Einsparung von 82,2 % (&lt;code&gt;attnscope footprint --model deepseek-v2 --compare deepseek-67b&lt;/code&gt;). Das ist der Anteil, der auf das Design der Modelle zurückgeht, und er mischt immer noch zwei Dinge: den kleineren Cache je Schicht von MLA, 576 Elemente gegenüber den 2.048 der 8 KV-Köpfe der Breite 128 von DeepSeek 67B (71,9 % weniger), und ein flacheres Modell, 60 Schichten gegenüber 95. Der Schritt von 82,2 % auf 93,3 % ist Quantisierung, die den Cache jedes Modells verkleinern könnte. Die Ersparnis ist also echt und groß, aber 93,3 % sollte man zusammen mit den Annahmen zitieren.</translation>
    </message>
    <message>
        <source>Four trained models</source>
        <translation>Vier trainierte Modelle</translation>
    </message>
    <message>
        <source>AttnScope also ships four small trained models that differ only in their attention: the same data, steps and seed, 4 layers of 8 query heads of d&lt;sub&gt;h&lt;/sub&gt; = 16 (docs/teaching-models.md). Here layer 2 of each reads a repeated span; in GQA&apos;s map, query head 0 is a copying head, and each word of the second copy reads the word after it in the first. What they cache per token and layer, and their held-out loss (lower is better):

MHA 256 elements, loss 2.488&lt;br&gt; GQA, 2 KV heads: 64, loss 1.858&lt;br&gt; MQA: 32, loss 2.653&lt;br&gt; MLA, d&lt;sub&gt;c&lt;/sub&gt; = 48 and d&lt;sub&gt;h&lt;/sub&gt;&lt;sup&gt;R&lt;/sup&gt; = 16: 64, loss 2.409

All four learned subject-verb agreement, but only GQA learned to copy a repeated span within 4,000 steps (100% of the copied words, against 5.5% or less), which gives it the lowest loss; MHA and MLA have heads with the copying pattern but do not yet use it. One run of small models each: these numbers show what these models learned, not which mechanism is better at scale.</source>
        <translation>AttnScope liefert außerdem vier kleine trainierte Modelle mit, die sich nur in ihrer Aufmerksamkeit unterscheiden: dieselben Daten, Schritte und derselbe Seed, 4 Schichten mit 8 Abfrageköpfen der Breite d&lt;sub&gt;h&lt;/sub&gt; = 16 (docs/teaching-models.md). Hier liest Schicht 2 jedes Modells eine wiederholte Wortfolge; in der Karte von GQA ist Abfragekopf 0 ein Kopierkopf, und jedes Wort der zweiten Kopie liest das Wort, das in der ersten auf es folgt. Was sie pro Token und Schicht cachen, und ihr Loss auf zurückgehaltenen Daten (niedriger ist besser):

MHA 256 Elemente, Loss 2,488&lt;br&gt;GQA, 2 KV-Köpfe: 64, Loss 1,858&lt;br&gt;MQA: 32, Loss 2,653&lt;br&gt;MLA, d&lt;sub&gt;c&lt;/sub&gt; = 48 und d&lt;sub&gt;h&lt;/sub&gt;&lt;sup&gt;R&lt;/sup&gt; = 16: 64, Loss 2,409

Alle vier haben die Kongruenz von Subjekt und Verb gelernt, aber nur GQA hat innerhalb von 4.000 Schritten gelernt, eine wiederholte Wortfolge zu kopieren (100 % der kopierten Wörter, gegenüber höchstens 5,5 %), was ihm den niedrigsten Loss gibt; MHA und MLA haben Köpfe mit dem Kopiermuster, nutzen es aber noch nicht. Je ein Lauf kleiner Modelle: Diese Zahlen zeigen, was diese Modelle gelernt haben, nicht welcher Mechanismus im großen Maßstab besser ist.</translation>
    </message>
    <message>
        <source>Quality against cache</source>
        <translation>Qualität gegen Cache</translation>
    </message>
    <message>
        <source>The Quality vs cache view plots the measured numbers of the four trained models against what each keeps in its cache per token and layer. Read the held-out loss with the training in mind: GQA has the lowest at a quarter of MHA&apos;s cache because it alone learned to copy; MLA, with the same 64 elements, is slightly better than MHA; MQA, with 32, is the worst.

Choose &lt;i&gt;Agreement accuracy&lt;/i&gt; for the vertical axis: all four reach 1.000, so the smaller caches cost nothing on that easier task. How much a small cache costs depends on the task, and one small run of each model can show it only roughly.</source>
        <translation>Die Ansicht Qualität vs. Cache trägt die gemessenen Zahlen der vier trainierten Modelle gegen das auf, was jedes pro Token und Schicht in seinem Cache hält. Lesen Sie den Loss auf zurückgehaltenen Daten mit dem Training im Blick: GQA hat den niedrigsten bei einem Viertel des Caches von MHA, weil es als einziges kopieren gelernt hat; MLA, mit denselben 64 Elementen, ist etwas besser als MHA; MQA, mit 32, ist das schlechteste.

Wählen Sie &lt;i&gt;Kongruenzgenauigkeit&lt;/i&gt; für die senkrechte Achse: Alle vier erreichen 1,000, die kleineren Caches kosten bei dieser leichteren Aufgabe also nichts. Wie viel ein kleiner Cache kostet, hängt von der Aufgabe ab, und ein kleiner Lauf je Modell kann es nur grob zeigen.</translation>
    </message>
</context>
<context>
    <name>lesson:gqa</name>
    <message>
        <source>Grouped-query attention</source>
        <translation>Grouped-Query-Aufmerksamkeit</translation>
    </message>
    <message>
        <source>Groups of query heads share key and value heads, a dial between MHA and MQA, and a cheap way to convert multi-head checkpoints.</source>
        <translation>Gruppen von Abfrageköpfen teilen sich Schlüssel- und Wertköpfe: ein Regler zwischen MHA und MQA und ein günstiger Weg, Multi-Head-Checkpoints umzuwandeln.</translation>
    </message>
    <message>
        <source>Groups of query heads</source>
        <translation>Gruppen von Abfrageköpfen</translation>
    </message>
    <message>
        <source>Grouped-query attention (GQA, Ainslie et al. 2023) divides the n&lt;sub&gt;h&lt;/sub&gt; query heads into G groups, and each group shares one key head and one value head. Here 8 query heads form G = 2 groups of 4; the paper calls this GQA-2. Query head i reads KV head ⌊i / (n&lt;sub&gt;h&lt;/sub&gt;/G)⌋: heads 0 to 3 read KV head 0, heads 4 to 7 read KV head 1. Per token and layer the cache holds

2 G d&lt;sub&gt;h&lt;/sub&gt; = 2 &amp;times; 2 &amp;times; 8 = 32 elements,

and 2 n&lt;sub&gt;g&lt;/sub&gt; d&lt;sub&gt;h&lt;/sub&gt; l for a model of l layers, in the notation of DeepSeek-V2&apos;s Table 1, where n&lt;sub&gt;g&lt;/sub&gt; = G is the number of KV heads.</source>
        <translation>Grouped-Query-Aufmerksamkeit (GQA, Ainslie et al. 2023) teilt die n&lt;sub&gt;h&lt;/sub&gt; Abfrageköpfe in G Gruppen, und jede Gruppe teilt sich einen Schlüsselkopf und einen Wertkopf. Hier bilden 8 Abfrageköpfe G = 2 Gruppen zu 4; das Paper nennt das GQA-2. Abfragekopf i liest KV-Kopf ⌊i / (n&lt;sub&gt;h&lt;/sub&gt;/G)⌋: Die Köpfe 0 bis 3 lesen KV-Kopf 0, die Köpfe 4 bis 7 KV-Kopf 1. Je Token und Schicht hält der Cache

2 G d&lt;sub&gt;h&lt;/sub&gt; = 2 &amp;times; 2 &amp;times; 8 = 32 Elemente,

und 2 n&lt;sub&gt;g&lt;/sub&gt; d&lt;sub&gt;h&lt;/sub&gt; l für ein Modell mit l Schichten, in der Notation von Tabelle 1 aus DeepSeek-V2, wo n&lt;sub&gt;g&lt;/sub&gt; = G die Zahl der KV-Köpfe ist.</translation>
    </message>
    <message>
        <source>A dial between MHA and MQA</source>
        <translation>Ein Regler zwischen MHA und MQA</translation>
    </message>
    <message>
        <source>G is a dial. GQA-1, a single group, is multi-query attention; GQA-n&lt;sub&gt;h&lt;/sub&gt;, one query head per group, is multi-head attention. This step shows G = 8 with 8 query heads: every query head has its own KV head again, and the cache is back to 2 &amp;times; 8 &amp;times; 8 = 128 elements per token and layer. Move the &lt;i&gt;KV heads&lt;/i&gt; slider through 1, 2, 4 and 8, the divisors of 8, and watch the lines regroup. The cache is proportional to G. In the paper, an intermediate number of groups gives a model of higher quality than MQA that is faster than MHA.</source>
        <translation>G ist ein Regler. GQA-1, eine einzige Gruppe, ist Multi-Query-Aufmerksamkeit; GQA-n&lt;sub&gt;h&lt;/sub&gt;, ein Abfragekopf je Gruppe, ist Multi-Head-Aufmerksamkeit. Dieser Schritt zeigt G = 8 bei 8 Abfrageköpfen: Jeder Abfragekopf hat wieder seinen eigenen KV-Kopf, und der Cache ist zurück bei 2 &amp;times; 8 &amp;times; 8 = 128 Elementen je Token und Schicht. Schieben Sie den Regler &lt;i&gt;KV-Köpfe&lt;/i&gt; über 1, 2, 4 und 8, die Teiler von 8, und sehen Sie zu, wie sich die Linien neu gruppieren. Der Cache ist proportional zu G. Im Paper ergibt eine mittlere Zahl von Gruppen ein Modell höherer Qualität als MQA, das schneller ist als MHA.</translation>
    </message>
    <message>
        <source>Shared keys inside a group</source>
        <translation>Geteilte Schlüssel innerhalb einer Gruppe</translation>
    </message>
    <message>
        <source>Head 5 is in the second group, so it scores its query block against KV head 1:

scores&lt;sub&gt;5&lt;/sub&gt; = Q&lt;sub&gt;5&lt;/sub&gt; K&lt;sub&gt;1&lt;/sub&gt;&lt;sup&gt;T&lt;/sup&gt; / &amp;radic;d&lt;sub&gt;h&lt;/sub&gt;

K is 6 &amp;times; 16 here, two KV heads of 8 columns each, while Q is 6 &amp;times; 64. Heads 4, 5, 6 and 7 all read the same K&lt;sub&gt;1&lt;/sub&gt; and V&lt;sub&gt;1&lt;/sub&gt;; heads 0 to 3 read K&lt;sub&gt;0&lt;/sub&gt; and V&lt;sub&gt;0&lt;/sub&gt;. Inside a group the computation is multi-query attention; across groups it is multi-head attention. Step back to &lt;i&gt;Key projection&lt;/i&gt; to see the two key heads side by side.</source>
        <translation>Kopf 5 gehört zur zweiten Gruppe, also bewertet er seinen Abfrageblock gegen KV-Kopf 1:

scores&lt;sub&gt;5&lt;/sub&gt; = Q&lt;sub&gt;5&lt;/sub&gt; K&lt;sub&gt;1&lt;/sub&gt;&lt;sup&gt;T&lt;/sup&gt; / &amp;radic;d&lt;sub&gt;h&lt;/sub&gt;

K ist hier 6 &amp;times; 16, zwei KV-Köpfe mit je 8 Spalten, Q dagegen 6 &amp;times; 64. Die Köpfe 4, 5, 6 und 7 lesen alle dasselbe K&lt;sub&gt;1&lt;/sub&gt; und V&lt;sub&gt;1&lt;/sub&gt;; die Köpfe 0 bis 3 lesen K&lt;sub&gt;0&lt;/sub&gt; und V&lt;sub&gt;0&lt;/sub&gt;. Innerhalb einer Gruppe ist die Rechnung Multi-Query-Aufmerksamkeit, über die Gruppen hinweg Multi-Head-Aufmerksamkeit. Gehen Sie zurück zu &lt;i&gt;Schlüsselprojektion&lt;/i&gt;, um die beiden Schlüsselköpfe nebeneinander zu sehen.</translation>
    </message>
    <message>
        <source>Uptraining: from MHA to GQA</source>
        <translation>Nachtrainieren: von MHA zu GQA</translation>
    </message>
    <message>
        <source>Ainslie et al. do not train their GQA models from scratch; they convert a multi-head checkpoint in two steps. First, in each group the key projection matrices of the group&apos;s original heads are mean-pooled into one, and the value projections likewise:

W&lt;sub&gt;K,g&lt;/sub&gt; = (1/m) Σ&lt;sub&gt;i ∈ g&lt;/sub&gt; W&lt;sub&gt;K,i&lt;/sub&gt;, with m = n&lt;sub&gt;h&lt;/sub&gt;/G heads per group

Second, the converted model continues pre-training with the original recipe for a small fraction α of the original training steps; they use α = 5%. With G = 1 the same recipe gives an uptrained MQA model. In their comparison, mean-pooling worked better than keeping a single head or starting the new heads from random weights.</source>
        <translation>Ainslie et al. trainieren ihre GQA-Modelle nicht von Grund auf; sie wandeln einen Multi-Head-Checkpoint in zwei Schritten um. Erstens werden in jeder Gruppe die Schlüsselprojektionsmatrizen der ursprünglichen Köpfe der Gruppe zu einer gemittelt (Mean-Pooling), ebenso die Wertprojektionen:

W&lt;sub&gt;K,g&lt;/sub&gt; = (1/m) Σ&lt;sub&gt;i ∈ g&lt;/sub&gt; W&lt;sub&gt;K,i&lt;/sub&gt;, mit m = n&lt;sub&gt;h&lt;/sub&gt;/G Köpfen je Gruppe

Zweitens setzt das umgewandelte Modell das Pre-Training mit dem ursprünglichen Rezept für einen kleinen Anteil α der ursprünglichen Trainingsschritte fort; sie verwenden α = 5 %. Mit G = 1 ergibt dasselbe Rezept ein nachtrainiertes MQA-Modell. In ihrem Vergleich funktionierte Mean-Pooling besser, als einen einzelnen Kopf zu behalten oder die neuen Köpfe mit Zufallsgewichten zu beginnen.</translation>
    </message>
    <message>
        <source>Why groups suit large models</source>
        <translation>Warum Gruppen zu großen Modellen passen</translation>
    </message>
    <message>
        <source>Going from MHA to MQA divides the cache by n&lt;sub&gt;h&lt;/sub&gt;, and larger models tend to have more heads, so for them MQA is an ever deeper cut in capacity. A fixed number of groups keeps the reduction proportional as models grow. Ainslie et al. chose 8 groups as a middle ground: in their T5 XXL experiments, GQA-8 uptrained with α = 5% came close to multi-head quality at a speed close to MQA. They applied it to the decoder&apos;s self- and cross-attention only. Many later models use 8 KV heads as well. Llama 2 70B has 64 query heads and 8 KV heads of d&lt;sub&gt;h&lt;/sub&gt; = 128 in 80 layers: 2 &amp;times; 8 &amp;times; 128 &amp;times; 80 = 163,840 elements (320 KiB at 16 bits) per token, 8 times less than with 64 KV heads.</source>
        <translation>Der Wechsel von MHA zu MQA teilt den Cache durch n&lt;sub&gt;h&lt;/sub&gt;, und größere Modelle haben meist mehr Köpfe; für sie ist MQA also ein immer tieferer Einschnitt in die Kapazität. Eine feste Zahl von Gruppen hält die Verkleinerung verhältnismäßig, wenn die Modelle wachsen. Ainslie et al. wählten 8 Gruppen als Mittelweg: In ihren T5-XXL-Experimenten kam GQA-8, nachtrainiert mit α = 5 %, nahe an die Multi-Head-Qualität heran, bei einer Geschwindigkeit nahe an MQA. Sie setzten es nur in der Selbst- und Kreuzaufmerksamkeit des Decoders ein. Viele spätere Modelle verwenden ebenfalls 8 KV-Köpfe. Llama 2 70B hat 64 Abfrageköpfe und 8 KV-Köpfe mit d&lt;sub&gt;h&lt;/sub&gt; = 128 in 80 Schichten: 2 &amp;times; 8 &amp;times; 128 &amp;times; 80 = 163.840 Elemente (320 KiB bei 16 Bit) je Token, 8-mal weniger als mit 64 KV-Köpfen.</translation>
    </message>
    <message>
        <source>Fewer KV heads, same layer</source>
        <translation>Weniger KV-Köpfe, dieselbe Schicht</translation>
    </message>
    <message>
        <source>Llama 3 8B has 32 query heads and 8 KV heads (d&lt;sub&gt;h&lt;/sub&gt; = 128, 32 layers): 65,536 elements per token, a quarter of the 262,144 that Llama 2 7B&apos;s multi-head attention keeps with the same heads, width and layers. The Timings panel times one Llama 3 8B layer; press &lt;i&gt;Sweep&lt;/i&gt; to compare decode time against context for the same 32 query heads with 32, 8 and 1 KV heads, and MLA. Since each decode step reads the whole cache, expect the GQA line between MHA and MQA at long contexts; how far apart they are depends on this machine&apos;s memory bandwidth and caches.</source>
        <translation>Llama 3 8B hat 32 Abfrageköpfe und 8 KV-Köpfe (d&lt;sub&gt;h&lt;/sub&gt; = 128, 32 Schichten): 65.536 Elemente je Token, ein Viertel der 262.144, die die Multi-Head-Aufmerksamkeit von Llama 2 7B mit denselben Köpfen, derselben Breite und denselben Schichten hält. Die Leiste Zeitmessungen misst eine Schicht von Llama 3 8B; drücken Sie &lt;i&gt;Durchlauf&lt;/i&gt;, um die Decode-Zeit über dem Kontext für dieselben 32 Abfrageköpfe mit 32, 8 und 1 KV-Kopf sowie MLA zu vergleichen. Da jeder Decode-Schritt den ganzen Cache liest, ist bei langen Kontexten die GQA-Linie zwischen MHA und MQA zu erwarten; wie weit sie auseinanderliegen, hängt von der Speicherbandbreite und den Caches dieser Maschine ab.</translation>
    </message>
    <message>
        <source>A trained group shares a job</source>
        <translation>Eine trainierte Gruppe teilt sich eine Aufgabe</translation>
    </message>
    <message>
        <source>The steps so far used seeded random weights. AttnScope also ships a trained GQA model (docs/teaching-models.md): 4 layers of 8 query heads and G = 2 KV heads of d&lt;sub&gt;h&lt;/sub&gt; = 16, so 2 &amp;times; 2 &amp;times; 16 = 64 elements per token and layer. It reads a &lt;code&gt;repeat&lt;/code&gt; document here: a span, a bar, and the span again.

In layer 2, heads 0 to 3, the group that shares KV head 0, all became copying heads. Head 1, shown here: in the second copy, &lt;i&gt;lamp&lt;/i&gt; reads &lt;i&gt;river&lt;/i&gt;, &lt;i&gt;river&lt;/i&gt; reads &lt;i&gt;seven&lt;/i&gt;, &lt;i&gt;seven&lt;/i&gt; reads &lt;i&gt;cloud&lt;/i&gt;, each with 1.00, the word that followed it the first time. That is how the model predicts the rest of a repeated span; it does so for 100% of the copied words, the only one of AttnScope&apos;s four trained models that learned it.</source>
        <translation>Die Schritte bisher verwendeten Zufallsgewichte aus einem Seed. AttnScope liefert auch ein trainiertes GQA-Modell mit (docs/teaching-models.md): 4 Schichten mit 8 Abfrageköpfen und G = 2 KV-Köpfen der Breite d&lt;sub&gt;h&lt;/sub&gt; = 16, also 2 &amp;times; 2 &amp;times; 16 = 64 Elemente pro Token und Schicht. Hier liest es ein &lt;code&gt;repeat&lt;/code&gt;-Dokument: eine Wortfolge, einen Strich und die Wortfolge noch einmal.

In Schicht 2 sind die Köpfe 0 bis 3, die Gruppe, die sich KV-Kopf 0 teilt, alle zu Kopierköpfen geworden. Kopf 1, hier gezeigt: In der zweiten Kopie liest &lt;i&gt;lamp&lt;/i&gt; &lt;i&gt;river&lt;/i&gt;, &lt;i&gt;river&lt;/i&gt; liest &lt;i&gt;seven&lt;/i&gt;, &lt;i&gt;seven&lt;/i&gt; liest &lt;i&gt;cloud&lt;/i&gt;, jeweils mit 1,00, also das Wort, das beim ersten Mal folgte. So sagt das Modell den Rest einer wiederholten Wortfolge voraus; es trifft 100 % der kopierten Wörter, als einziges der vier trainierten Modelle von AttnScope, das dies gelernt hat.</translation>
    </message>
    <message>
        <source>The other group</source>
        <translation>Die andere Gruppe</translation>
    </message>
    <message>
        <source>Head 5 reads KV head 1, shared by heads 4 to 7, and does something else: every word of the second copy puts 0.99 to 1.00 of its weight on the bar &lt;i&gt;|&lt;/i&gt;, the marker where the copy began. Heads 6 and 7 do the same, head 4 looks at &lt;i&gt;repeat&lt;/i&gt;. Every query head has its own queries, so the heads of a group may still attend differently; in this layer the shared keys and values ended up serving one job per group.</source>
        <translation>Kopf 5 liest KV-Kopf 1, den sich die Köpfe 4 bis 7 teilen, und tut etwas anderes: Jedes Wort der zweiten Kopie legt 0,99 bis 1,00 seines Gewichts auf den Strich &lt;i&gt;|&lt;/i&gt;, die Marke, an der die Kopie begann. Die Köpfe 6 und 7 tun dasselbe, Kopf 4 blickt auf &lt;i&gt;repeat&lt;/i&gt;. Jeder Abfragekopf hat seine eigenen Abfragen, also können die Köpfe einer Gruppe durchaus verschieden aufmerksam sein; in dieser Schicht dienen die geteilten Schlüssel und Werte am Ende einer Aufgabe pro Gruppe.</translation>
    </message>
</context>
<context>
    <name>lesson:heads-learn</name>
    <message>
        <source>What heads learn</source>
        <translation>Was Köpfe lernen</translation>
    </message>
    <message>
        <source>Previous-token heads, heads that find the subject, copying heads and attention sinks, measured in four small trained models.</source>
        <translation>Köpfe für das vorige Token, Köpfe, die das Subjekt finden, Kopierköpfe und Attention Sinks, gemessen in vier kleinen trainierten Modellen.</translation>
    </message>
    <message>
        <source>Looking one token back</source>
        <translation>Ein Token zurückblicken</translation>
    </message>
    <message>
        <source>AttnScope ships four small language models that it trained itself (docs/teaching-models.md): 4 layers of 8 heads, the same data and steps, differing only in their attention (MHA, GQA, MQA, MLA). The data are generated: short stories with relative clauses, spans to repeat, counting and brackets. Every step of this lesson shows a real head of one of them.

This is head 6 of layer 1 in the MHA model. Most rows put almost all their weight on the token just before: &lt;i&gt;dog&lt;/i&gt; reads &lt;i&gt;the&lt;/i&gt; (1.00), &lt;i&gt;that&lt;/i&gt; reads &lt;i&gt;dog&lt;/i&gt; (0.97), &lt;i&gt;see&lt;/i&gt; reads &lt;i&gt;cats&lt;/i&gt; (0.96). Not every row: the second &lt;i&gt;the&lt;/i&gt; looks two back, to &lt;i&gt;dog&lt;/i&gt;. Averaged over the training text this head gives the previous token only 0.21 of its attention, and no head of the four models reaches 0.5 on that average. In these models, looking back one token is a habit of some heads on some texts, not the one job of a head.</source>
        <translation>AttnScope liefert vier kleine Sprachmodelle mit, die es selbst trainiert hat (docs/teaching-models.md): 4 Schichten mit 8 Köpfen, dieselben Daten und Schritte, verschieden nur in ihrer Aufmerksamkeit (MHA, GQA, MQA, MLA). Die Daten sind generiert: kurze Geschichten mit Relativsätzen, zu wiederholende Wortfolgen, Zählen und Klammern. Jeder Schritt dieser Lektion zeigt einen echten Kopf eines dieser Modelle.

Dies ist Kopf 6 von Schicht 1 im MHA-Modell. Die meisten Zeilen legen fast ihr ganzes Gewicht auf das Token direkt davor: &lt;i&gt;dog&lt;/i&gt; liest &lt;i&gt;the&lt;/i&gt; (1,00), &lt;i&gt;that&lt;/i&gt; liest &lt;i&gt;dog&lt;/i&gt; (0,97), &lt;i&gt;see&lt;/i&gt; liest &lt;i&gt;cats&lt;/i&gt; (0,96). Nicht jede Zeile: Das zweite &lt;i&gt;the&lt;/i&gt; blickt zwei zurück, auf &lt;i&gt;dog&lt;/i&gt;. Gemittelt über den Trainingstext gibt dieser Kopf dem vorigen Token nur 0,21 seiner Aufmerksamkeit, und kein Kopf der vier Modelle erreicht 0,5 in diesem Mittel. In diesen Modellen ist der Blick ein Token zurück eine Gewohnheit mancher Köpfe bei manchen Texten, nicht die eine Aufgabe eines Kopfes.</translation>
    </message>
    <message>
        <source>A clean previous-token head</source>
        <translation>Ein sauberer Kopf für das vorige Token</translation>
    </message>
    <message>
        <source>On a bracket document, head 3 of layer 2 in the GQA model is a near-perfect previous-token head: from &lt;i&gt;(&lt;/i&gt; on, every row puts 0.90 to 1.00 on the token before it, a line just below the diagonal. Information about the token before is what a later head needs to find the place where the same pair occurred earlier.

The same head is one of GQA&apos;s four copying heads (two steps on). Here no token repeats, so there is nothing earlier to copy from, and it looks one token back. On the training text as a whole, its mean weight on the previous token is 0.22.</source>
        <translation>Bei einem Klammerdokument ist Kopf 3 von Schicht 2 im GQA-Modell ein nahezu perfekter Kopf für das vorige Token: Ab &lt;i&gt;(&lt;/i&gt; legt jede Zeile 0,90 bis 1,00 auf das Token davor, eine Linie direkt unter der Diagonale. Information über das Token davor braucht ein späterer Kopf, um die Stelle zu finden, an der dasselbe Paar früher vorkam.

Derselbe Kopf ist einer der vier Kopierköpfe von GQA (zwei Schritte weiter). Hier wiederholt sich kein Token, es gibt also nichts Früheres zu kopieren, und er blickt ein Token zurück. Über den ganzen Trainingstext beträgt sein mittleres Gewicht auf dem vorigen Token 0,22.</translation>
    </message>
    <message>
        <source>Finding the subject across a clause</source>
        <translation>Das Subjekt über einen Nebensatz hinweg finden</translation>
    </message>
    <message>
        <source>The verb must agree with the subject, &lt;i&gt;dog&lt;/i&gt;, not with the noun right before it, &lt;i&gt;cats&lt;/i&gt;. Head 1 of layer 1 in the MHA model looks past the clause: &lt;i&gt;cats&lt;/i&gt; puts 1.00 of its weight on &lt;i&gt;dog&lt;/i&gt;, and &lt;i&gt;see&lt;/i&gt;, the last word before the main verb, 0.93. Measured on 300 new sentences, this head puts 0.98 of the last clause word&apos;s attention on the subject noun.

The step&apos;s text ends after &lt;i&gt;see&lt;/i&gt;; the model wrote the last token itself (&lt;code&gt;generate: 1&lt;/code&gt;): &lt;i&gt;is&lt;/i&gt;, singular, for the dog. All four models choose the agreeing verb in all 300 test sentences, also when the noun in the clause has the other number.</source>
        <translation>Das Verb muss mit dem Subjekt &lt;i&gt;dog&lt;/i&gt; übereinstimmen, nicht mit dem Substantiv direkt davor, &lt;i&gt;cats&lt;/i&gt;. Kopf 1 von Schicht 1 im MHA-Modell blickt über den Nebensatz hinweg: &lt;i&gt;cats&lt;/i&gt; legt 1,00 seines Gewichts auf &lt;i&gt;dog&lt;/i&gt;, und &lt;i&gt;see&lt;/i&gt;, das letzte Wort vor dem Hauptverb, 0,93. Gemessen an 300 neuen Sätzen legt dieser Kopf 0,98 der Aufmerksamkeit des letzten Worts im Nebensatz auf das Subjekt.

Der Text dieses Schritts endet nach &lt;i&gt;see&lt;/i&gt;; das letzte Token hat das Modell selbst geschrieben (&lt;code&gt;generate: 1&lt;/code&gt;): &lt;i&gt;is&lt;/i&gt;, Singular, für den Hund. Alle vier Modelle wählen in allen 300 Testsätzen das übereinstimmende Verb, auch wenn das Substantiv im Nebensatz den anderen Numerus hat.</translation>
    </message>
    <message>
        <source>Copying a span: induction heads</source>
        <translation>Eine Wortfolge kopieren: Induktionsköpfe</translation>
    </message>
    <message>
        <source>The pattern alone does not copy</source>
        <translation>Das Muster allein kopiert nicht</translation>
    </message>
    <message>
        <source>Attention sinks</source>
        <translation>Attention Sinks</translation>
    </message>
    <message>
        <source>Head 6 of layer 2 in the MHA model puts almost all of its attention on the first token, &lt;code&gt;&amp;lt;|endoftext|&amp;gt;&lt;/code&gt;, from &lt;i&gt;dog&lt;/i&gt; to the end (0.89 to 1.00). A softmax row must add up to 1, so a head that has nothing to contribute for a token has to put its weight somewhere; a token that carries little information, reachable from every position, is a cheap place. Such a token is called an &lt;i&gt;attention sink&lt;/i&gt; (Xiao et al. 2023).

Several heads of each model do the same on short texts like this one; in the MHA model, head 4 of layer 3 as well.</source>
        <translation>Kopf 6 von Schicht 2 im MHA-Modell legt fast seine ganze Aufmerksamkeit auf das erste Token, &lt;code&gt;&amp;lt;|endoftext|&amp;gt;&lt;/code&gt;, von &lt;i&gt;dog&lt;/i&gt; bis zum Ende (0,89 bis 1,00). Eine Softmax-Zeile muss sich zu 1 summieren, also muss ein Kopf, der für ein Token nichts beizutragen hat, sein Gewicht irgendwo ablegen; ein Token, das wenig Information trägt und von jeder Position aus erreichbar ist, ist ein billiger Ort dafür. Ein solches Token heißt &lt;i&gt;Attention Sink&lt;/i&gt; (Xiao et al. 2023).

Mehrere Köpfe jedes Modells tun bei kurzen Texten wie diesem dasselbe; im MHA-Modell auch Kopf 4 von Schicht 3.</translation>
    </message>
    <message>
        <source>Sinks on the document start</source>
        <translation>Sinks am Dokumentanfang</translation>
    </message>
    <message>
        <source>Is the sink the first position, or the token? Here two documents follow each other, as in training, where one sequence of 128 tokens holds several. From &lt;i&gt;dog&lt;/i&gt; on, head 6 parks on the second &lt;code&gt;&amp;lt;|endoftext|&amp;gt;&lt;/code&gt; (0.89 to 1.00), the start of its own document, and no longer on position 0.

This is why the measured sink score, the mean attention to position 0 over training sequences, is at most 0.07 for this model and below 0.5 for every head of the four: these heads park on the start of the current document, or on its markers such as &lt;i&gt;repeat&lt;/i&gt; and &lt;i&gt;|&lt;/i&gt;, rather than on the first position of the sequence.</source>
        <translation>Ist der Sink die erste Position oder das Token? Hier folgen zwei Dokumente aufeinander, wie im Training, wo eine Folge von 128 Token mehrere enthält. Ab &lt;i&gt;dog&lt;/i&gt; parkt Kopf 6 auf dem zweiten &lt;code&gt;&amp;lt;|endoftext|&amp;gt;&lt;/code&gt; (0,89 bis 1,00), dem Anfang seines eigenen Dokuments, und nicht mehr auf Position 0.

Deshalb ist der gemessene Sink-Wert, die mittlere Aufmerksamkeit auf Position 0 über Trainingsfolgen, für dieses Modell höchstens 0,07 und für jeden Kopf der vier Modelle unter 0,5: Diese Köpfe parken auf dem Anfang des aktuellen Dokuments oder auf seinen Marken wie &lt;i&gt;repeat&lt;/i&gt; und &lt;i&gt;|&lt;/i&gt;, nicht auf der ersten Position der Folge.</translation>
    </message>
    <message>
        <source>What was measured</source>
        <translation>Was gemessen wurde</translation>
    </message>
    <message>
        <source>Each model&apos;s &lt;code&gt;results.json&lt;/code&gt; holds a score for every head, measured on new text: previous token, sink (position 0), induction, and attention from the last clause word to the subject. Over the thresholds (0.5 for previous-token and sink, 0.3 for the others):

previous token: no head in any model&lt;br&gt; sink: no head in any model&lt;br&gt; induction: MHA 2 heads, GQA 4 (0.96 to 1.00), MLA 3, MQA none&lt;br&gt; subject: MHA 3 heads (up to 0.98), GQA 9, MQA 2, MLA 2

The single texts of this lesson show sharper pictures than these means, and that is the right way to read them: a map shows one text, a score many. Change the text, the layer and the head in the parameter panel to look for other heads.</source>
        <translation>Die Datei &lt;code&gt;results.json&lt;/code&gt; jedes Modells enthält für jeden Kopf Werte, gemessen an neuem Text: vorheriges Token, Sink (Position 0), Induktion und Aufmerksamkeit vom letzten Wort des Nebensatzes auf das Subjekt. Über den Schwellen (0,5 für vorheriges Token und Sink, 0,3 für die anderen):

vorheriges Token: kein Kopf in keinem Modell&lt;br&gt; Sink: kein Kopf in keinem Modell&lt;br&gt; Induktion: MHA 2 Köpfe, GQA 4 (0,96 bis 1,00), MLA 3, MQA keiner&lt;br&gt; Subjekt: MHA 3 Köpfe (bis 0,98), GQA 9, MQA 2, MLA 2

Die einzelnen Texte dieser Lektion zeigen schärfere Bilder als diese Mittelwerte, und so sind sie zu lesen: Eine Karte zeigt einen Text, ein Wert viele. Ändern Sie Text, Schicht und Kopf in der Parameterleiste, um nach anderen Köpfen zu suchen.</translation>
    </message>
    <message>
        <source>A &lt;code&gt;repeat&lt;/code&gt; document says a span of words twice. The GQA model was given the text up to the second &lt;i&gt;lamp river&lt;/i&gt; and wrote the last three tokens itself: &lt;i&gt;seven&lt;/i&gt;, &lt;i&gt;cloud&lt;/i&gt; and the full stop. Head 2 of layer 2 shows how: in the second copy, each word attends to the word that followed its earlier occurrence. The second &lt;i&gt;lamp&lt;/i&gt; reads &lt;i&gt;river&lt;/i&gt;, &lt;i&gt;river&lt;/i&gt; reads &lt;i&gt;seven&lt;/i&gt;, &lt;i&gt;seven&lt;/i&gt; reads &lt;i&gt;cloud&lt;/i&gt;, each with 1.00: the head looks up what came next last time, and the model predicts it.

This is an &lt;i&gt;induction head&lt;/i&gt; (Olsson et al. 2022). It needs the previous-token information of an earlier layer to find the right place. Heads 0 to 3 of this layer all do it; they are the four query heads that share KV head 0. GQA predicts 100% of the copied words.</source>
        <translation>Ein &lt;code&gt;repeat&lt;/code&gt;-Dokument nennt eine Wortfolge zweimal. Das GQA-Modell bekam den Text bis zum zweiten &lt;i&gt;lamp river&lt;/i&gt; und schrieb die letzten drei Token selbst: &lt;i&gt;seven&lt;/i&gt;, &lt;i&gt;cloud&lt;/i&gt; und den Punkt. Kopf 2 von Schicht 2 zeigt, wie: In der zweiten Kopie richtet jedes Wort seine Aufmerksamkeit auf das Wort, das seinem früheren Vorkommen folgte. Das zweite &lt;i&gt;lamp&lt;/i&gt; liest &lt;i&gt;river&lt;/i&gt;, &lt;i&gt;river&lt;/i&gt; liest &lt;i&gt;seven&lt;/i&gt;, &lt;i&gt;seven&lt;/i&gt; liest &lt;i&gt;cloud&lt;/i&gt;, jeweils mit 1,00: Der Kopf schlägt nach, was beim letzten Mal als Nächstes kam, und das Modell sagt es voraus.

Das ist ein &lt;i&gt;Induktionskopf&lt;/i&gt; (Olsson et al. 2022). Er braucht die Information über das vorige Token aus einer früheren Schicht, um die richtige Stelle zu finden. Die Köpfe 0 bis 3 dieser Schicht tun das alle; es sind die vier Abfrageköpfe, die sich KV-Kopf 0 teilen. GQA sagt 100 % der kopierten Wörter richtig voraus.</translation>
    </message>
    <message>
        <source>The MHA model has a head with the same pattern: head 1 of layer 3, where the second &lt;i&gt;lamp&lt;/i&gt; reads &lt;i&gt;river&lt;/i&gt; (0.87) and &lt;i&gt;river&lt;/i&gt; reads &lt;i&gt;seven&lt;/i&gt; (0.73). Yet the model, given the same text, wrote &lt;i&gt;30&lt;/i&gt;, &lt;i&gt;30&lt;/i&gt; and a full stop: its weights after the attention do not yet turn what the head reads into the next word. It copies only 3.5% of the words, MLA 5.5% and MQA 0.7%.

All four models saw the same 4,000 training steps. Induction heads form in a sudden phase change during training; GQA&apos;s came between steps 1,250 and 1,750. MHA and MLA have the heads but not yet the copying; whether more steps would bring it was not measured. An attention map shows where a head looks, not whether the model uses what it finds.</source>
        <translation>Das MHA-Modell hat einen Kopf mit demselben Muster: Kopf 1 von Schicht 3, in dem das zweite &lt;i&gt;lamp&lt;/i&gt; &lt;i&gt;river&lt;/i&gt; liest (0,87) und &lt;i&gt;river&lt;/i&gt; &lt;i&gt;seven&lt;/i&gt; (0,73). Doch mit demselben Text schrieb das Modell &lt;i&gt;30&lt;/i&gt;, &lt;i&gt;30&lt;/i&gt; und einen Punkt: Seine Gewichte nach der Aufmerksamkeit machen aus dem, was der Kopf liest, noch nicht das nächste Wort. Es kopiert nur 3,5 % der Wörter, MLA 5,5 % und MQA 0,7 %.

Alle vier Modelle sahen dieselben 4.000 Trainingsschritte. Induktionsköpfe entstehen in einem plötzlichen Phasenübergang während des Trainings; bei GQA kam er zwischen Schritt 1.250 und 1.750. MHA und MLA haben die Köpfe, aber noch nicht das Kopieren; ob mehr Schritte es bringen würden, wurde nicht gemessen. Eine Aufmerksamkeitskarte zeigt, wohin ein Kopf blickt, nicht, ob das Modell nutzt, was er findet.</translation>
    </message>
</context>
<context>
    <name>lesson:kv-cache</name>
    <message>
        <source>Inference and the KV cache</source>
        <translation>Inferenz und der KV-Cache</translation>
    </message>
    <message>
        <source>Why a decoder keeps the keys and values of past tokens, and how much memory that takes.</source>
        <translation>Warum ein Decoder die Schlüssel und Werte vergangener Token aufbewahrt und wie viel Speicher das kostet.</translation>
    </message>
    <message>
        <source>Generating one token at a time</source>
        <translation>Ein Token nach dem anderen erzeugen</translation>
    </message>
    <message>
        <source>A language model generates &lt;i&gt;autoregressively&lt;/i&gt;: it predicts the next token from the tokens so far, appends it, and repeats. Its attention is causal: the mask lets row t see only keys 0 … t.

This has a consequence for inference: adding a token changes no earlier row. The keys and values of past tokens are projections of those tokens alone, and the mask keeps later tokens out of every earlier row, so everything computed for the past stays valid when a new token arrives. In a model of many layers this holds layer by layer, because each layer&apos;s inputs for past tokens do not change either. Only the new row has to be computed.</source>
        <translation>Ein Sprachmodell erzeugt &lt;i&gt;autoregressiv&lt;/i&gt;: Es sagt das nächste Token aus den bisherigen Token voraus, hängt es an und wiederholt das. Seine Aufmerksamkeit ist kausal: Die Maske lässt Zeile t nur die Schlüssel 0 … t sehen.

Das hat eine Folge für die Inferenz: Ein neues Token ändert keine frühere Zeile. Die Schlüssel und Werte vergangener Token sind Projektionen allein dieser Token, und die Maske hält spätere Token aus jeder früheren Zeile heraus; alles, was für die Vergangenheit berechnet wurde, bleibt also gültig, wenn ein neues Token kommt. In einem Modell mit vielen Schichten gilt das Schicht für Schicht, weil sich auch die Eingaben jeder Schicht für vergangene Token nicht ändern. Nur die neue Zeile muss berechnet werden.</translation>
    </message>
    <message>
        <source>What the new token needs</source>
        <translation>Was das neue Token braucht</translation>
    </message>
    <message>
        <source>Look at the last row of these causal weights: it is the only new row of attention when token 5 arrives. It needs the new token&apos;s query q&lt;sub&gt;5&lt;/sub&gt;, and the keys k&lt;sub&gt;0&lt;/sub&gt; … k&lt;sub&gt;5&lt;/sub&gt; and values v&lt;sub&gt;0&lt;/sub&gt; … v&lt;sub&gt;5&lt;/sub&gt; of every token so far.

So a decoder keeps the keys and values of past tokens in a &lt;i&gt;KV cache&lt;/i&gt; and appends one new key and value per step instead of recomputing them all. Queries are not cached: each query is used once, for its own row, and the rows of past tokens are already finished. With the cache, each step projects one token instead of the whole prefix.</source>
        <translation>Sehen Sie sich die letzte Zeile dieser kausalen Gewichte an: Sie ist die einzige neue Zeile der Aufmerksamkeit, wenn Token 5 hinzukommt. Sie braucht die Abfrage q&lt;sub&gt;5&lt;/sub&gt; des neuen Tokens sowie die Schlüssel k&lt;sub&gt;0&lt;/sub&gt; … k&lt;sub&gt;5&lt;/sub&gt; und die Werte v&lt;sub&gt;0&lt;/sub&gt; … v&lt;sub&gt;5&lt;/sub&gt; aller bisherigen Token.

Ein Decoder bewahrt daher die Schlüssel und Werte vergangener Token in einem &lt;i&gt;KV-Cache&lt;/i&gt; auf und hängt je Schritt einen neuen Schlüssel und Wert an, statt alle neu zu berechnen. Abfragen werden nicht gespeichert: Jede Abfrage wird einmal gebraucht, für ihre eigene Zeile, und die Zeilen vergangener Token sind schon fertig. Mit dem Cache projiziert jeder Schritt ein Token statt des ganzen Präfixes.</translation>
    </message>
    <message>
        <source>What the cache holds</source>
        <translation>Was der Cache enthält</translation>
    </message>
    <message>
        <source>Per layer and per token, multi-head attention caches one key and one value of width d&lt;sub&gt;h&lt;/sub&gt; for every head:

2 n&lt;sub&gt;h&lt;/sub&gt; d&lt;sub&gt;h&lt;/sub&gt; elements per token and layer, 2 n&lt;sub&gt;h&lt;/sub&gt; d&lt;sub&gt;h&lt;/sub&gt; l for a model of l layers

This is the first row of DeepSeek-V2&apos;s Table 1. For this small layer it is 2 &amp;times; 4 &amp;times; 8 = 64 numbers per token: one row of K, 32 numbers, and one row of V. The cache grows linearly with the context: every generated token adds the same amount, so a sequence of T tokens holds T times the per-token figure, in every layer.</source>
        <translation>Je Schicht und je Token speichert Multi-Head-Aufmerksamkeit für jeden Kopf einen Schlüssel und einen Wert der Breite d&lt;sub&gt;h&lt;/sub&gt;:

2 n&lt;sub&gt;h&lt;/sub&gt; d&lt;sub&gt;h&lt;/sub&gt; Elemente je Token und Schicht, 2 n&lt;sub&gt;h&lt;/sub&gt; d&lt;sub&gt;h&lt;/sub&gt; l für ein Modell mit l Schichten

Das ist die erste Zeile von Tabelle 1 aus DeepSeek-V2. Für diese kleine Schicht sind es 2 &amp;times; 4 &amp;times; 8 = 64 Zahlen je Token: eine Zeile von K, 32 Zahlen, und eine Zeile von V. Der Cache wächst linear mit dem Kontext: Jedes erzeugte Token fügt gleich viel hinzu, eine Sequenz aus T Token hält also das T-fache des Werts je Token, in jeder Schicht.</translation>
    </message>
    <message>
        <source>A real model: Llama 2 7B</source>
        <translation>Ein echtes Modell: Llama 2 7B</translation>
    </message>
    <message>
        <source>Llama 2 7B uses multi-head attention: 32 layers of 32 heads, d&lt;sub&gt;h&lt;/sub&gt; = 128. Its cache per token is

2 &amp;times; 32 &amp;times; 128 &amp;times; 32 = 262,144 elements, 524,288 bytes (512 KiB) at 16 bits.

At its 4,096-token context one sequence needs 2,147,483,648 bytes (2.0 GiB) of cache, and a batch of 8 such sequences 16.0 GiB. The chart plots the cache against the context, with lines for common GPU memory sizes; the straight line is the linear growth. The figures come from &lt;code&gt;attnscope footprint --model llama-2-7b --context 4096&lt;/code&gt; (add &lt;code&gt;--batch 8&lt;/code&gt; for the batch).</source>
        <translation>Llama 2 7B verwendet Multi-Head-Aufmerksamkeit: 32 Schichten mit 32 Köpfen, d&lt;sub&gt;h&lt;/sub&gt; = 128. Sein Cache je Token ist

2 &amp;times; 32 &amp;times; 128 &amp;times; 32 = 262.144 Elemente, 524.288 Bytes (512 KiB) bei 16 Bit.

Bei seinem Kontext von 4.096 Token braucht eine Sequenz 2.147.483.648 Bytes (2,0 GiB) Cache und ein Batch aus 8 solchen Sequenzen 16,0 GiB. Das Diagramm trägt den Cache über dem Kontext auf, mit Linien für übliche GPU-Speichergrößen; die Gerade ist das lineare Wachstum. Die Zahlen stammen von &lt;code&gt;attnscope footprint --model llama-2-7b --context 4096&lt;/code&gt; (mit &lt;code&gt;--batch 8&lt;/code&gt; für den Batch).</translation>
    </message>
    <message>
        <source>Decoding is limited by memory, not arithmetic</source>
        <translation>Dekodieren ist durch den Speicher begrenzt, nicht durch Rechnen</translation>
    </message>
    <message>
        <source>At every step of generation the whole cache is read to produce one new token, and in multi-head attention each cached number takes part in a single multiply-add: one for a score if it is part of a key, one for the weighted sum if it is part of a value. Work with so little arithmetic per byte is limited by memory bandwidth: the processor mostly waits for data. Shazeer (2019) points to this memory-bandwidth cost of loading keys and values as what makes incremental decoding slow. The Timings panel times one Llama 2 7B layer on this machine and compares the GB/s it achieves with the measured memory bandwidth; press &lt;i&gt;Sweep&lt;/i&gt; to see decode time grow with the context, as the cache does.</source>
        <translation>Bei jedem Schritt der Erzeugung wird der ganze Cache gelesen, um ein neues Token zu erzeugen, und in der Multi-Head-Aufmerksamkeit geht jede gespeicherte Zahl in eine einzige Multiplikation-Addition ein: eine für einen Score, wenn sie zu einem Schlüssel gehört, eine für die gewichtete Summe, wenn sie zu einem Wert gehört. Arbeit mit so wenig Rechnung je Byte ist durch die Speicherbandbreite begrenzt: Der Prozessor wartet meist auf Daten. Shazeer (2019) nennt diese Speicherbandbreiten-Kosten für das Laden der Schlüssel und Werte als das, was inkrementelles Dekodieren langsam macht. Die Leiste Zeitmessungen misst eine Schicht von Llama 2 7B auf dieser Maschine und vergleicht die erreichten GB/s mit der gemessenen Speicherbandbreite; drücken Sie &lt;i&gt;Durchlauf&lt;/i&gt;, um die Decode-Zeit mit dem Kontext wachsen zu sehen, so wie der Cache.</translation>
    </message>
    <message>
        <source>Ways to a smaller cache</source>
        <translation>Wege zu einem kleineren Cache</translation>
    </message>
    <message>
        <source>The cache is 2 n&lt;sub&gt;h&lt;/sub&gt; d&lt;sub&gt;h&lt;/sub&gt; l elements times the bytes per element, so there are several levers. Store fewer bits per element (quantisation). Share keys and values between query heads: multi-query attention keeps a single KV head (lesson 5), grouped-query attention a few (lesson 6). Or cache a compressed latent from which keys and values are rebuilt, as DeepSeek&apos;s multi-head latent attention does (lesson 7). The Compare view runs MHA, GQA, MQA and MLA on the same input and seed; its bars show each one&apos;s cache per token and layer for this shape of 8 heads of d&lt;sub&gt;h&lt;/sub&gt; = 8.</source>
        <translation>Der Cache ist 2 n&lt;sub&gt;h&lt;/sub&gt; d&lt;sub&gt;h&lt;/sub&gt; l Elemente mal die Bytes je Element, es gibt also mehrere Hebel. Weniger Bits je Element speichern (Quantisierung). Schlüssel und Werte zwischen Abfrageköpfen teilen: Multi-Query-Aufmerksamkeit hält einen einzigen KV-Kopf (Lektion 5), Grouped-Query-Aufmerksamkeit einige wenige (Lektion 6). Oder einen komprimierten Latentvektor speichern, aus dem Schlüssel und Werte wieder aufgebaut werden, wie es die Multi-Head-Latent-Aufmerksamkeit von DeepSeek tut (Lektion 7). Die Ansicht Vergleich rechnet MHA, GQA, MQA und MLA auf derselben Eingabe mit demselben Seed; ihre Balken zeigen den Cache jedes Mechanismus je Token und Schicht für diese Form aus 8 Köpfen mit d&lt;sub&gt;h&lt;/sub&gt; = 8.</translation>
    </message>
    <message>
        <source>A trained model generates</source>
        <translation>Ein trainiertes Modell generiert</translation>
    </message>
    <message>
        <source>Now a real model. AttnScope&apos;s trained GQA model (docs/teaching-models.md), 4 layers of 8 query heads, was given this prompt: a span of words, a bar, and the start of the span again. Its first pass, the &lt;i&gt;prefill&lt;/i&gt;, computes all 10 rows of attention in every layer at once and stores the keys and values of the 10 tokens in the cache.

The map shows head 2 of layer 2, one of the model&apos;s copying heads: the last row, &lt;i&gt;river&lt;/i&gt;, puts 1.00 of its weight on &lt;i&gt;seven&lt;/i&gt;, the word that followed &lt;i&gt;river&lt;/i&gt; the first time. From that the model predicts the next token: &lt;i&gt;seven&lt;/i&gt;.</source>
        <translation>Nun ein echtes Modell. Das trainierte GQA-Modell von AttnScope (docs/teaching-models.md), 4 Schichten mit 8 Abfrageköpfen, bekam diesen Prompt: eine Wortfolge, einen Strich und den Anfang der Wortfolge noch einmal. Sein erster Durchlauf, der &lt;i&gt;Prefill&lt;/i&gt;, berechnet in jeder Schicht alle 10 Zeilen der Aufmerksamkeit auf einmal und legt die Schlüssel und Werte der 10 Token im Cache ab.

Die Karte zeigt Kopf 2 von Schicht 2, einen der Kopierköpfe des Modells: Die letzte Zeile, &lt;i&gt;river&lt;/i&gt;, legt 1,00 ihres Gewichts auf &lt;i&gt;seven&lt;/i&gt;, das Wort, das beim ersten Mal auf &lt;i&gt;river&lt;/i&gt; folgte. Daraus sagt das Modell das nächste Token voraus: &lt;i&gt;seven&lt;/i&gt;.</translation>
    </message>
    <message>
        <source>One new token, one new row</source>
        <translation>Ein neues Token, eine neue Zeile</translation>
    </message>
    <message>
        <source>The model appended &lt;i&gt;seven&lt;/i&gt; (&lt;code&gt;generate: 1&lt;/code&gt; in this step&apos;s lesson file: the model&apos;s own greedy choice). To go on, it runs only the new token: one query row, and in each layer one new key and value row appended to the cache. The map grew by one row and one column, and the 10 rows above are the same numbers as before: causal attention never lets an earlier row see the new token, so nothing computed for the prompt changes.

The new row reads &lt;i&gt;cloud&lt;/i&gt; (1.00), the word after &lt;i&gt;seven&lt;/i&gt; in the first copy: that is the next prediction.</source>
        <translation>Das Modell hat &lt;i&gt;seven&lt;/i&gt; angehängt (&lt;code&gt;generate: 1&lt;/code&gt; in der Lektionsdatei dieses Schritts: die eigene gierige Wahl des Modells). Um weiterzumachen, rechnet es nur das neue Token: eine Abfragezeile und in jeder Schicht eine neue Schlüssel- und Wertzeile, die an den Cache angehängt wird. Die Karte ist um eine Zeile und eine Spalte gewachsen, und die 10 Zeilen darüber sind dieselben Zahlen wie vorher: Kausale Aufmerksamkeit lässt keine frühere Zeile das neue Token sehen, also ändert sich nichts, was für den Prompt berechnet wurde.

Die neue Zeile liest &lt;i&gt;cloud&lt;/i&gt; (1,00), das Wort nach &lt;i&gt;seven&lt;/i&gt; in der ersten Kopie: Das ist die nächste Vorhersage.</translation>
    </message>
    <message>
        <source>Generating three tokens</source>
        <translation>Drei Token generieren</translation>
    </message>
    <message>
        <source>In three steps of generation the model wrote &lt;i&gt;seven&lt;/i&gt;, &lt;i&gt;cloud&lt;/i&gt; and a full stop: the rest of the span and the end of the document, copied from its context. Each step ran one token through the 4 layers against the cache. AttnScope draws this map by running the whole text once; the generation ran token by token, and the numbers agree up to float rounding.

What each token adds to the cache, per layer, in the four trained models, all of width 8 &amp;times; 16 = 128: MHA 2 &amp;times; 8 &amp;times; 16 = 256 elements, GQA with 2 KV heads 64, MQA 32, and MLA 48 + 16 = 64 (its latent and its RoPE key). Once the last token has been run too, the 13 tokens here hold 13 &amp;times; 64 &amp;times; 4 = 3,328 elements in GQA&apos;s cache; in MHA&apos;s they would take 13,312.</source>
        <translation>In drei Generierungsschritten schrieb das Modell &lt;i&gt;seven&lt;/i&gt;, &lt;i&gt;cloud&lt;/i&gt; und einen Punkt: den Rest der Wortfolge und das Ende des Dokuments, aus seinem Kontext kopiert. Jeder Schritt rechnete ein Token durch die 4 Schichten gegen den Cache. AttnScope zeichnet diese Karte, indem es den ganzen Text einmal rechnet; die Generierung lief Token für Token, und die Zahlen stimmen bis auf Rundung der Gleitkommazahlen überein.

Was jedes Token pro Schicht zum Cache hinzufügt, in den vier trainierten Modellen, alle mit Breite 8 &amp;times; 16 = 128: MHA 2 &amp;times; 8 &amp;times; 16 = 256 Elemente, GQA mit 2 KV-Köpfen 64, MQA 32 und MLA 48 + 16 = 64 (sein Latent und sein RoPE-Schlüssel). Sobald auch das letzte Token gerechnet ist, belegen die 13 Token hier 13 &amp;times; 64 &amp;times; 4 = 3.328 Elemente im Cache von GQA; in dem von MHA wären es 13.312.</translation>
    </message>
</context>
<context>
    <name>lesson:mla</name>
    <message>
        <source>Multi-head latent attention</source>
        <translation>Multi-Head-Latent-Aufmerksamkeit</translation>
    </message>
    <message>
        <source>DeepSeek-V2 caches one compressed latent per token and a small shared RoPE key, and can attend without ever rebuilding the keys and values.</source>
        <translation>DeepSeek-V2 speichert je Token einen komprimierten Latentvektor und einen kleinen gemeinsamen RoPE-Schlüssel und kann Aufmerksamkeit rechnen, ohne die Schlüssel und Werte je wieder aufzubauen.</translation>
    </message>
    <message>
        <source>Compress keys and values together</source>
        <translation>Schlüssel und Werte gemeinsam komprimieren</translation>
    </message>
    <message>
        <source>Multi-head latent attention (MLA), introduced with DeepSeek-V2 (2024), caches neither per-head keys nor per-head values. Each token is first compressed into one small latent vector:

c&lt;sub&gt;KV&lt;/sub&gt; = X W&lt;sub&gt;DKV&lt;/sub&gt;, with d&lt;sub&gt;c&lt;/sub&gt; ≪ n&lt;sub&gt;h&lt;/sub&gt;d&lt;sub&gt;h&lt;/sub&gt;

The paper writes column vectors, c&lt;sub&gt;t&lt;/sub&gt;&lt;sup&gt;KV&lt;/sup&gt; = W&lt;sup&gt;DKV&lt;/sup&gt; h&lt;sub&gt;t&lt;/sub&gt;; AttnScope uses rows. The compression is &lt;i&gt;joint&lt;/i&gt;: keys and values are both rebuilt from the same latent. DeepSeek-V2 uses d&lt;sub&gt;c&lt;/sub&gt; = 4d&lt;sub&gt;h&lt;/sub&gt; = 512 with n&lt;sub&gt;h&lt;/sub&gt; = 128 heads of d&lt;sub&gt;h&lt;/sub&gt; = 128. AttnScope&apos;s defaults keep that ratio: with 4 heads of d&lt;sub&gt;h&lt;/sub&gt; = 8, d&lt;sub&gt;c&lt;/sub&gt; = 32, so c&lt;sub&gt;KV&lt;/sub&gt; is a 6 &amp;times; 32 matrix.</source>
        <translation>Multi-Head-Latent-Aufmerksamkeit (MLA), eingeführt mit DeepSeek-V2 (2024), speichert weder Schlüssel noch Werte je Kopf. Jedes Token wird zuerst in einen kleinen Latentvektor komprimiert:

c&lt;sub&gt;KV&lt;/sub&gt; = X W&lt;sub&gt;DKV&lt;/sub&gt;, mit d&lt;sub&gt;c&lt;/sub&gt; ≪ n&lt;sub&gt;h&lt;/sub&gt;d&lt;sub&gt;h&lt;/sub&gt;

Das Paper schreibt Spaltenvektoren, c&lt;sub&gt;t&lt;/sub&gt;&lt;sup&gt;KV&lt;/sup&gt; = W&lt;sup&gt;DKV&lt;/sup&gt; h&lt;sub&gt;t&lt;/sub&gt;; AttnScope verwendet Zeilen. Die Kompression ist &lt;i&gt;gemeinsam&lt;/i&gt;: Schlüssel und Werte werden beide aus demselben Latentvektor wieder aufgebaut. DeepSeek-V2 verwendet d&lt;sub&gt;c&lt;/sub&gt; = 4d&lt;sub&gt;h&lt;/sub&gt; = 512 bei n&lt;sub&gt;h&lt;/sub&gt; = 128 Köpfen mit d&lt;sub&gt;h&lt;/sub&gt; = 128. Die Vorgaben von AttnScope halten dieses Verhältnis: Bei 4 Köpfen mit d&lt;sub&gt;h&lt;/sub&gt; = 8 ist d&lt;sub&gt;c&lt;/sub&gt; = 32, also ist c&lt;sub&gt;KV&lt;/sub&gt; eine 6 &amp;times; 32-Matrix.</translation>
    </message>
    <message>
        <source>Rebuilding keys and values</source>
        <translation>Schlüssel und Werte wieder aufbauen</translation>
    </message>
    <message>
        <source>Up-projections turn the latent back into keys and values for every head:

k&lt;sub&gt;C&lt;/sub&gt; = c&lt;sub&gt;KV&lt;/sub&gt; W&lt;sub&gt;UK&lt;/sub&gt;, v&lt;sub&gt;C&lt;/sub&gt; = c&lt;sub&gt;KV&lt;/sub&gt; W&lt;sub&gt;UV&lt;/sub&gt;

W&lt;sub&gt;UK&lt;/sub&gt; and W&lt;sub&gt;UV&lt;/sub&gt; are d&lt;sub&gt;c&lt;/sub&gt; &amp;times; n&lt;sub&gt;h&lt;/sub&gt;d&lt;sub&gt;h&lt;/sub&gt;, here 32 &amp;times; 32. This is the &lt;i&gt;naive&lt;/i&gt; path: it forms full keys and values, then runs multi-head attention on them. Only c&lt;sub&gt;KV&lt;/sub&gt; has to be cached, since k&lt;sub&gt;C&lt;/sub&gt; and v&lt;sub&gt;C&lt;/sub&gt; can be recomputed from it. The price is a limit on rank: all keys and values of a token are linear functions of just d&lt;sub&gt;c&lt;/sub&gt; numbers, and the model learns during training to make good use of them.</source>
        <translation>Aufwärtsprojektionen machen aus dem Latentvektor wieder Schlüssel und Werte für jeden Kopf:

k&lt;sub&gt;C&lt;/sub&gt; = c&lt;sub&gt;KV&lt;/sub&gt; W&lt;sub&gt;UK&lt;/sub&gt;, v&lt;sub&gt;C&lt;/sub&gt; = c&lt;sub&gt;KV&lt;/sub&gt; W&lt;sub&gt;UV&lt;/sub&gt;

W&lt;sub&gt;UK&lt;/sub&gt; und W&lt;sub&gt;UV&lt;/sub&gt; sind d&lt;sub&gt;c&lt;/sub&gt; &amp;times; n&lt;sub&gt;h&lt;/sub&gt;d&lt;sub&gt;h&lt;/sub&gt;, hier 32 &amp;times; 32. Das ist der &lt;i&gt;naive&lt;/i&gt; Pfad: Er bildet vollständige Schlüssel und Werte und rechnet dann Multi-Head-Aufmerksamkeit darauf. Nur c&lt;sub&gt;KV&lt;/sub&gt; muss gespeichert werden, da k&lt;sub&gt;C&lt;/sub&gt; und v&lt;sub&gt;C&lt;/sub&gt; daraus neu berechnet werden können. Der Preis ist eine Rangschranke: Alle Schlüssel und Werte eines Tokens sind lineare Funktionen von nur d&lt;sub&gt;c&lt;/sub&gt; Zahlen, und das Modell lernt im Training, diese gut zu nutzen.</translation>
    </message>
    <message>
        <source>Why plain RoPE does not fit</source>
        <translation>Warum einfaches RoPE nicht passt</translation>
    </message>
    <message>
        <source>DeepSeek-V2 encodes positions with rotary embeddings (RoPE), which rotate a query or key by angles that depend on its position: row vector x at position t becomes x R&lt;sub&gt;t&lt;/sub&gt;. Applied to the keys k&lt;sub&gt;C&lt;/sub&gt;, it would break the trick of the next steps, moving W&lt;sub&gt;UK&lt;/sub&gt; to the query side. The score of positions t and j would be

x&lt;sub&gt;t&lt;/sub&gt; W&lt;sub&gt;Q&lt;/sub&gt; R&lt;sub&gt;t&lt;/sub&gt; R&lt;sub&gt;j&lt;/sub&gt;&lt;sup&gt;T&lt;/sup&gt; W&lt;sub&gt;UK&lt;/sub&gt;&lt;sup&gt;T&lt;/sup&gt; c&lt;sub&gt;j&lt;/sub&gt;&lt;sup&gt;T&lt;/sup&gt;

with a position-dependent rotation between W&lt;sub&gt;Q&lt;/sub&gt; and W&lt;sub&gt;UK&lt;/sub&gt;; no single fixed matrix can absorb that. DeepSeek-V2&apos;s &lt;i&gt;decoupled RoPE&lt;/i&gt; keeps position out of the compressed part and carries it in extra dimensions. On the key side, shown here, that is one rotated key per token, shared by all heads: k&lt;sub&gt;R&lt;/sub&gt; = RoPE(X W&lt;sub&gt;KR&lt;/sub&gt;), of width d&lt;sub&gt;h&lt;/sub&gt;&lt;sup&gt;R&lt;/sup&gt;.</source>
        <translation>DeepSeek-V2 kodiert Positionen mit rotierenden Einbettungen (RoPE), die eine Abfrage oder einen Schlüssel um Winkel drehen, die von seiner Position abhängen: Der Zeilenvektor x an Position t wird zu x R&lt;sub&gt;t&lt;/sub&gt;. Auf die Schlüssel k&lt;sub&gt;C&lt;/sub&gt; angewandt, würde das den Trick der nächsten Schritte zunichtemachen, W&lt;sub&gt;UK&lt;/sub&gt; auf die Seite der Abfrage zu verschieben. Der Score der Positionen t und j wäre

x&lt;sub&gt;t&lt;/sub&gt; W&lt;sub&gt;Q&lt;/sub&gt; R&lt;sub&gt;t&lt;/sub&gt; R&lt;sub&gt;j&lt;/sub&gt;&lt;sup&gt;T&lt;/sup&gt; W&lt;sub&gt;UK&lt;/sub&gt;&lt;sup&gt;T&lt;/sup&gt; c&lt;sub&gt;j&lt;/sub&gt;&lt;sup&gt;T&lt;/sup&gt;

mit einer positionsabhängigen Drehung zwischen W&lt;sub&gt;Q&lt;/sub&gt; und W&lt;sub&gt;UK&lt;/sub&gt;; keine einzelne feste Matrix kann das aufnehmen. Das &lt;i&gt;entkoppelte RoPE&lt;/i&gt; von DeepSeek-V2 hält die Position aus dem komprimierten Teil heraus und trägt sie in zusätzlichen Dimensionen. Auf der Schlüsselseite, hier gezeigt, ist das ein gedrehter Schlüssel je Token, den alle Köpfe teilen: k&lt;sub&gt;R&lt;/sub&gt; = RoPE(X W&lt;sub&gt;KR&lt;/sub&gt;), der Breite d&lt;sub&gt;h&lt;/sub&gt;&lt;sup&gt;R&lt;/sup&gt;.</translation>
    </message>
    <message>
        <source>Scores from content and position</source>
        <translation>Scores aus Inhalt und Position</translation>
    </message>
    <message>
        <source>Each head i also gets a rotated query block q&lt;sub&gt;R,i&lt;/sub&gt; of width d&lt;sub&gt;h&lt;/sub&gt;&lt;sup&gt;R&lt;/sup&gt;, and its query and key are concatenations, q&lt;sub&gt;i&lt;/sub&gt; = [q&lt;sub&gt;C,i&lt;/sub&gt; ; q&lt;sub&gt;R,i&lt;/sub&gt;] and k&lt;sub&gt;i&lt;/sub&gt; = [k&lt;sub&gt;C,i&lt;/sub&gt; ; k&lt;sub&gt;R&lt;/sub&gt;]:

score&lt;sub&gt;i&lt;/sub&gt; = (q&lt;sub&gt;C,i&lt;/sub&gt; k&lt;sub&gt;C,i&lt;/sub&gt;&lt;sup&gt;T&lt;/sup&gt; + q&lt;sub&gt;R,i&lt;/sub&gt; k&lt;sub&gt;R&lt;/sub&gt;&lt;sup&gt;T&lt;/sup&gt;) / &amp;radic;(d&lt;sub&gt;h&lt;/sub&gt; + d&lt;sub&gt;h&lt;/sub&gt;&lt;sup&gt;R&lt;/sup&gt;)

The first term carries content, the second position. DeepSeek-V2 uses d&lt;sub&gt;h&lt;/sub&gt;&lt;sup&gt;R&lt;/sup&gt; = d&lt;sub&gt;h&lt;/sub&gt;/2 = 64; here d&lt;sub&gt;h&lt;/sub&gt;&lt;sup&gt;R&lt;/sup&gt; = 4. MLA belongs to a decoder, so its scores are always causally masked. Per token and layer the cache holds c&lt;sub&gt;KV&lt;/sub&gt; and k&lt;sub&gt;R&lt;/sub&gt;: d&lt;sub&gt;c&lt;/sub&gt; + d&lt;sub&gt;h&lt;/sub&gt;&lt;sup&gt;R&lt;/sup&gt; = 32 + 4 = 36 numbers.</source>
        <translation>Jeder Kopf i erhält außerdem einen gedrehten Abfrageblock q&lt;sub&gt;R,i&lt;/sub&gt; der Breite d&lt;sub&gt;h&lt;/sub&gt;&lt;sup&gt;R&lt;/sup&gt;, und seine Abfrage und sein Schlüssel sind Verkettungen, q&lt;sub&gt;i&lt;/sub&gt; = [q&lt;sub&gt;C,i&lt;/sub&gt; ; q&lt;sub&gt;R,i&lt;/sub&gt;] und k&lt;sub&gt;i&lt;/sub&gt; = [k&lt;sub&gt;C,i&lt;/sub&gt; ; k&lt;sub&gt;R&lt;/sub&gt;]:

score&lt;sub&gt;i&lt;/sub&gt; = (q&lt;sub&gt;C,i&lt;/sub&gt; k&lt;sub&gt;C,i&lt;/sub&gt;&lt;sup&gt;T&lt;/sup&gt; + q&lt;sub&gt;R,i&lt;/sub&gt; k&lt;sub&gt;R&lt;/sub&gt;&lt;sup&gt;T&lt;/sup&gt;) / &amp;radic;(d&lt;sub&gt;h&lt;/sub&gt; + d&lt;sub&gt;h&lt;/sub&gt;&lt;sup&gt;R&lt;/sup&gt;)

Der erste Term trägt den Inhalt, der zweite die Position. DeepSeek-V2 verwendet d&lt;sub&gt;h&lt;/sub&gt;&lt;sup&gt;R&lt;/sup&gt; = d&lt;sub&gt;h&lt;/sub&gt;/2 = 64; hier ist d&lt;sub&gt;h&lt;/sub&gt;&lt;sup&gt;R&lt;/sup&gt; = 4. MLA gehört zu einem Decoder, seine Scores werden also immer kausal maskiert. Je Token und Schicht hält der Cache c&lt;sub&gt;KV&lt;/sub&gt; und k&lt;sub&gt;R&lt;/sub&gt;: d&lt;sub&gt;c&lt;/sub&gt; + d&lt;sub&gt;h&lt;/sub&gt;&lt;sup&gt;R&lt;/sup&gt; = 32 + 4 = 36 Zahlen.</translation>
    </message>
    <message>
        <source>Absorbed path: keys are never formed</source>
        <translation>Absorbierter Pfad: Schlüssel werden nie gebildet</translation>
    </message>
    <message>
        <source>At inference W&lt;sub&gt;UK&lt;/sub&gt; can move to the query side. For head i,

q&lt;sub&gt;C,i&lt;/sub&gt; k&lt;sub&gt;C,i&lt;/sub&gt;&lt;sup&gt;T&lt;/sup&gt; = q&lt;sub&gt;C,i&lt;/sub&gt; (c&lt;sub&gt;KV&lt;/sub&gt; W&lt;sub&gt;UK,i&lt;/sub&gt;)&lt;sup&gt;T&lt;/sup&gt; = (q&lt;sub&gt;C,i&lt;/sub&gt; W&lt;sub&gt;UK,i&lt;/sub&gt;&lt;sup&gt;T&lt;/sup&gt;) c&lt;sub&gt;KV&lt;/sub&gt;&lt;sup&gt;T&lt;/sup&gt;

so the query is mapped into the latent space, q&lt;sub&gt;lat,i&lt;/sub&gt; = q&lt;sub&gt;C,i&lt;/sub&gt; W&lt;sub&gt;UK,i&lt;/sub&gt;&lt;sup&gt;T&lt;/sup&gt; (6 &amp;times; 32 here), and compared directly with the cached latents. Since q&lt;sub&gt;C,i&lt;/sub&gt; = X W&lt;sub&gt;Q,i&lt;/sub&gt;, the product W&lt;sub&gt;Q,i&lt;/sub&gt; W&lt;sub&gt;UK,i&lt;/sub&gt;&lt;sup&gt;T&lt;/sup&gt; could be computed once in advance: this is what the paper means by absorbing W&lt;sub&gt;UK&lt;/sub&gt; into W&lt;sub&gt;Q&lt;/sub&gt;. AttnScope keeps the two products apart so that you can see q&lt;sub&gt;lat&lt;/sub&gt;. The RoPE term is added as before.</source>
        <translation>Bei der Inferenz kann W&lt;sub&gt;UK&lt;/sub&gt; auf die Seite der Abfrage wandern. Für Kopf i gilt

q&lt;sub&gt;C,i&lt;/sub&gt; k&lt;sub&gt;C,i&lt;/sub&gt;&lt;sup&gt;T&lt;/sup&gt; = q&lt;sub&gt;C,i&lt;/sub&gt; (c&lt;sub&gt;KV&lt;/sub&gt; W&lt;sub&gt;UK,i&lt;/sub&gt;)&lt;sup&gt;T&lt;/sup&gt; = (q&lt;sub&gt;C,i&lt;/sub&gt; W&lt;sub&gt;UK,i&lt;/sub&gt;&lt;sup&gt;T&lt;/sup&gt;) c&lt;sub&gt;KV&lt;/sub&gt;&lt;sup&gt;T&lt;/sup&gt;

also wird die Abfrage in den Latentraum abgebildet, q&lt;sub&gt;lat,i&lt;/sub&gt; = q&lt;sub&gt;C,i&lt;/sub&gt; W&lt;sub&gt;UK,i&lt;/sub&gt;&lt;sup&gt;T&lt;/sup&gt; (hier 6 &amp;times; 32), und direkt mit den gespeicherten Latentvektoren verglichen. Da q&lt;sub&gt;C,i&lt;/sub&gt; = X W&lt;sub&gt;Q,i&lt;/sub&gt;, ließe sich das Produkt W&lt;sub&gt;Q,i&lt;/sub&gt; W&lt;sub&gt;UK,i&lt;/sub&gt;&lt;sup&gt;T&lt;/sup&gt; einmal im Voraus berechnen: Das meint das Paper damit, W&lt;sub&gt;UK&lt;/sub&gt; in W&lt;sub&gt;Q&lt;/sub&gt; zu absorbieren. AttnScope hält die beiden Produkte getrennt, damit Sie q&lt;sub&gt;lat&lt;/sub&gt; sehen können. Der RoPE-Term wird wie zuvor addiert.</translation>
    </message>
    <message>
        <source>Values stay compressed too</source>
        <translation>Auch die Werte bleiben komprimiert</translation>
    </message>
    <message>
        <source>The same works for values. Head i&apos;s output is

o&lt;sub&gt;i&lt;/sub&gt; = softmax(score&lt;sub&gt;i&lt;/sub&gt;) v&lt;sub&gt;C,i&lt;/sub&gt; = (softmax(score&lt;sub&gt;i&lt;/sub&gt;) c&lt;sub&gt;KV&lt;/sub&gt;) W&lt;sub&gt;UV,i&lt;/sub&gt;

The weights first average the cached latents, o&lt;sub&gt;lat,i&lt;/sub&gt; (the step before, 6 &amp;times; 32), and only that average is up-projected to d&lt;sub&gt;h&lt;/sub&gt; = 8 numbers. The layer&apos;s output is [o&lt;sub&gt;0&lt;/sub&gt; ; … ; o&lt;sub&gt;3&lt;/sub&gt;] W&lt;sub&gt;O&lt;/sub&gt;, so each W&lt;sub&gt;UV,i&lt;/sub&gt; can be multiplied into its block of W&lt;sub&gt;O&lt;/sub&gt;: W&lt;sub&gt;UV&lt;/sub&gt; is absorbed into W&lt;sub&gt;O&lt;/sub&gt;. Both paths use the same weights and agree up to float rounding; the absorbed one attends over the cache as stored and never forms k&lt;sub&gt;C&lt;/sub&gt; or v&lt;sub&gt;C&lt;/sub&gt;.</source>
        <translation>Dasselbe funktioniert für die Werte. Die Ausgabe von Kopf i ist

o&lt;sub&gt;i&lt;/sub&gt; = softmax(score&lt;sub&gt;i&lt;/sub&gt;) v&lt;sub&gt;C,i&lt;/sub&gt; = (softmax(score&lt;sub&gt;i&lt;/sub&gt;) c&lt;sub&gt;KV&lt;/sub&gt;) W&lt;sub&gt;UV,i&lt;/sub&gt;

Die Gewichte mitteln zuerst die gespeicherten Latentvektoren, o&lt;sub&gt;lat,i&lt;/sub&gt; (der Schritt davor, 6 &amp;times; 32), und erst dieser Mittelwert wird auf d&lt;sub&gt;h&lt;/sub&gt; = 8 Zahlen hochprojiziert. Die Ausgabe der Schicht ist [o&lt;sub&gt;0&lt;/sub&gt; ; … ; o&lt;sub&gt;3&lt;/sub&gt;] W&lt;sub&gt;O&lt;/sub&gt;, also kann jedes W&lt;sub&gt;UV,i&lt;/sub&gt; in seinen Block von W&lt;sub&gt;O&lt;/sub&gt; hineinmultipliziert werden: W&lt;sub&gt;UV&lt;/sub&gt; wird in W&lt;sub&gt;O&lt;/sub&gt; absorbiert. Beide Pfade verwenden dieselben Gewichte und stimmen bis auf Gleitkomma-Rundung überein; der absorbierte rechnet die Aufmerksamkeit über den Cache, wie er gespeichert ist, und bildet nie k&lt;sub&gt;C&lt;/sub&gt; oder v&lt;sub&gt;C&lt;/sub&gt;.</translation>
    </message>
    <message>
        <source>What MLA caches</source>
        <translation>Was MLA speichert</translation>
    </message>
    <message>
        <source>The Heads view shows what MLA keeps for each token and layer: one latent c&lt;sub&gt;KV&lt;/sub&gt; of d&lt;sub&gt;c&lt;/sub&gt; numbers and one shared RoPE key of d&lt;sub&gt;h&lt;/sub&gt;&lt;sup&gt;R&lt;/sup&gt;, in all

(d&lt;sub&gt;c&lt;/sub&gt; + d&lt;sub&gt;h&lt;/sub&gt;&lt;sup&gt;R&lt;/sup&gt;) l elements per token (DeepSeek-V2, Table 1)

Here that is 32 + 4 = 36 per layer, against 2 n&lt;sub&gt;h&lt;/sub&gt; d&lt;sub&gt;h&lt;/sub&gt; = 64 for multi-head attention. With DeepSeek-V2&apos;s ratios, d&lt;sub&gt;c&lt;/sub&gt; = 4d&lt;sub&gt;h&lt;/sub&gt; and d&lt;sub&gt;h&lt;/sub&gt;&lt;sup&gt;R&lt;/sup&gt; = d&lt;sub&gt;h&lt;/sub&gt;/2, the cache is 4.5 d&lt;sub&gt;h&lt;/sub&gt; per layer, as much as GQA with 2.25 KV heads of width d&lt;sub&gt;h&lt;/sub&gt;: the paper&apos;s &quot;2.25 groups&quot;. Yet every head still gets its own keys and values, rebuilt from the latent, and the paper reports stronger performance than MHA.</source>
        <translation>Die Ansicht Köpfe zeigt, was MLA je Token und Schicht aufbewahrt: einen Latentvektor c&lt;sub&gt;KV&lt;/sub&gt; aus d&lt;sub&gt;c&lt;/sub&gt; Zahlen und einen gemeinsamen RoPE-Schlüssel aus d&lt;sub&gt;h&lt;/sub&gt;&lt;sup&gt;R&lt;/sup&gt;, insgesamt

(d&lt;sub&gt;c&lt;/sub&gt; + d&lt;sub&gt;h&lt;/sub&gt;&lt;sup&gt;R&lt;/sup&gt;) l Elemente je Token (DeepSeek-V2, Tabelle 1)

Hier sind das 32 + 4 = 36 je Schicht, gegenüber 2 n&lt;sub&gt;h&lt;/sub&gt; d&lt;sub&gt;h&lt;/sub&gt; = 64 bei Multi-Head-Aufmerksamkeit. Mit den Verhältnissen von DeepSeek-V2, d&lt;sub&gt;c&lt;/sub&gt; = 4d&lt;sub&gt;h&lt;/sub&gt; und d&lt;sub&gt;h&lt;/sub&gt;&lt;sup&gt;R&lt;/sup&gt; = d&lt;sub&gt;h&lt;/sub&gt;/2, beträgt der Cache 4,5 d&lt;sub&gt;h&lt;/sub&gt; je Schicht, so viel wie GQA mit 2,25 KV-Köpfen der Breite d&lt;sub&gt;h&lt;/sub&gt;: die „2,25 Gruppen“ des Papers. Dennoch bekommt jeder Kopf weiterhin seine eigenen Schlüssel und Werte, aus dem Latentvektor wieder aufgebaut, und das Paper berichtet eine stärkere Leistung als mit MHA.</translation>
    </message>
    <message>
        <source>DeepSeek-V2 in numbers</source>
        <translation>DeepSeek-V2 in Zahlen</translation>
    </message>
    <message>
        <source>DeepSeek-V2 has 60 layers with n&lt;sub&gt;h&lt;/sub&gt; = 128 heads of d&lt;sub&gt;h&lt;/sub&gt; = 128, d&lt;sub&gt;c&lt;/sub&gt; = 512 and d&lt;sub&gt;h&lt;/sub&gt;&lt;sup&gt;R&lt;/sup&gt; = 64. It compresses the queries too, to d&lt;sub&gt;c&lt;/sub&gt;′ = 1536, which saves activation memory in training but not cache. Per token:

(512 + 64) &amp;times; 60 = 34,560 elements, 69,120 bytes (67.5 KiB) at 16 bits.

Per layer that is 576 elements, where caching the rebuilt keys and values would take n&lt;sub&gt;h&lt;/sub&gt;(d&lt;sub&gt;h&lt;/sub&gt; + d&lt;sub&gt;h&lt;/sub&gt;&lt;sup&gt;R&lt;/sup&gt;) + n&lt;sub&gt;h&lt;/sub&gt;d&lt;sub&gt;h&lt;/sub&gt; = 40,960, 71 times more. MLA pays in arithmetic instead: on the absorbed path every one of the 128 heads computes its scores and weighted sums over the 512-wide latent rather than over 128-wide keys and values.</source>
        <translation>DeepSeek-V2 hat 60 Schichten mit n&lt;sub&gt;h&lt;/sub&gt; = 128 Köpfen mit d&lt;sub&gt;h&lt;/sub&gt; = 128, d&lt;sub&gt;c&lt;/sub&gt; = 512 und d&lt;sub&gt;h&lt;/sub&gt;&lt;sup&gt;R&lt;/sup&gt; = 64. Es komprimiert auch die Abfragen, auf d&lt;sub&gt;c&lt;/sub&gt;′ = 1536, was im Training Aktivierungsspeicher spart, aber keinen Cache. Je Token:

(512 + 64) &amp;times; 60 = 34.560 Elemente, 69.120 Bytes (67,5 KiB) bei 16 Bit.

Je Schicht sind das 576 Elemente, wo das Speichern der wieder aufgebauten Schlüssel und Werte n&lt;sub&gt;h&lt;/sub&gt;(d&lt;sub&gt;h&lt;/sub&gt; + d&lt;sub&gt;h&lt;/sub&gt;&lt;sup&gt;R&lt;/sup&gt;) + n&lt;sub&gt;h&lt;/sub&gt;d&lt;sub&gt;h&lt;/sub&gt; = 40.960 bräuchte, 71-mal mehr. MLA bezahlt stattdessen mit Rechenaufwand: Auf dem absorbierten Pfad berechnet jeder der 128 Köpfe seine Scores und gewichteten Summen über den 512 breiten Latentvektor statt über 128 breite Schlüssel und Werte.</translation>
    </message>
    <message>
        <source>Trained: a quarter of the cache</source>
        <translation>Trainiert: ein Viertel des Caches</translation>
    </message>
    <message>
        <source>Does the smaller cache cost quality? AttnScope trained four small language models that differ only in their attention: the same data, steps and seed, 8 heads of d&lt;sub&gt;h&lt;/sub&gt; = 16 in 4 layers (docs/teaching-models.md). Its MLA model has d&lt;sub&gt;c&lt;/sub&gt; = 48 and d&lt;sub&gt;h&lt;/sub&gt;&lt;sup&gt;R&lt;/sup&gt; = 16 and caches 48 + 16 = 64 elements per token and layer, a quarter of the 2 &amp;times; 8 &amp;times; 16 = 256 of its MHA model. The Compare view shows layer 1 of all four reading the same sentence.

Their held-out losses (mean cross-entropy per token, lower is better): MLA 2.409 and MHA 2.488, so at a quarter of the cache MLA did not do worse here; GQA, with 64 elements too, reached 1.858, and MQA, with 32, 2.653. GQA&apos;s lead comes from copying: it was the only one to learn to repeat a span within 4,000 steps, and 45% of the training documents repeat a span. These are single small runs; they illustrate the paper&apos;s claim but do not test it.</source>
        <translation>Kostet der kleinere Cache Qualität? AttnScope hat vier kleine Sprachmodelle trainiert, die sich nur in ihrer Aufmerksamkeit unterscheiden: dieselben Daten, Schritte und derselbe Seed, 8 Köpfe der Breite d&lt;sub&gt;h&lt;/sub&gt; = 16 in 4 Schichten (docs/teaching-models.md). Sein MLA-Modell hat d&lt;sub&gt;c&lt;/sub&gt; = 48 und d&lt;sub&gt;h&lt;/sub&gt;&lt;sup&gt;R&lt;/sup&gt; = 16 und cacht 48 + 16 = 64 Elemente pro Token und Schicht, ein Viertel der 2 &amp;times; 8 &amp;times; 16 = 256 seines MHA-Modells. Die Ansicht Vergleich zeigt Schicht 1 aller vier beim Lesen desselben Satzes.

Ihr Loss auf zurückgehaltenen Daten (mittlere Kreuzentropie pro Token, niedriger ist besser): MLA 2,409 und MHA 2,488; mit einem Viertel des Caches schnitt MLA hier also nicht schlechter ab. GQA, ebenfalls mit 64 Elementen, erreichte 1,858 und MQA, mit 32, 2,653. Der Vorsprung von GQA kommt vom Kopieren: Es lernte als einziges innerhalb von 4.000 Schritten, eine Wortfolge zu wiederholen, und 45 % der Trainingsdokumente wiederholen eine Wortfolge. Das sind einzelne kleine Läufe; sie veranschaulichen die Aussage des Papers, prüfen sie aber nicht.</translation>
    </message>
</context>
<context>
    <name>lesson:mqa</name>
    <message>
        <source>Multi-query attention</source>
        <translation>Multi-Query-Aufmerksamkeit</translation>
    </message>
    <message>
        <source>All query heads share one key head and one value head: a cache n_h times smaller and faster decoding, at some cost in quality.</source>
        <translation>Alle Abfrageköpfe teilen sich einen Schlüsselkopf und einen Wertkopf: ein n_h-mal kleinerer Cache und schnelleres Dekodieren, auf Kosten von etwas Qualität.</translation>
    </message>
    <message>
        <source>One key head, one value head</source>
        <translation>Ein Schlüsselkopf, ein Wertkopf</translation>
    </message>
    <message>
        <source>Shazeer (2019) proposed &lt;i&gt;multi-query attention&lt;/i&gt; (MQA): keep n&lt;sub&gt;h&lt;/sub&gt; query heads, but let all of them share a single key head and a single value head. Only W&lt;sub&gt;K&lt;/sub&gt; and W&lt;sub&gt;V&lt;/sub&gt; change. They shrink from d&lt;sub&gt;model&lt;/sub&gt; &amp;times; n&lt;sub&gt;h&lt;/sub&gt;d&lt;sub&gt;h&lt;/sub&gt; to d&lt;sub&gt;model&lt;/sub&gt; &amp;times; d&lt;sub&gt;h&lt;/sub&gt;: here 64 &amp;times; 8 instead of 64 &amp;times; 64, so K and V are 6 &amp;times; 8 matrices, one key and one value of 8 numbers per token. The queries keep all their heads: Q is still 6 &amp;times; 64, eight blocks of d&lt;sub&gt;h&lt;/sub&gt; = 8.</source>
        <translation>Shazeer (2019) schlug &lt;i&gt;Multi-Query-Aufmerksamkeit&lt;/i&gt; (MQA) vor: n&lt;sub&gt;h&lt;/sub&gt; Abfrageköpfe behalten, aber alle einen einzigen Schlüsselkopf und einen einzigen Wertkopf teilen lassen. Nur W&lt;sub&gt;K&lt;/sub&gt; und W&lt;sub&gt;V&lt;/sub&gt; ändern sich. Sie schrumpfen von d&lt;sub&gt;model&lt;/sub&gt; &amp;times; n&lt;sub&gt;h&lt;/sub&gt;d&lt;sub&gt;h&lt;/sub&gt; auf d&lt;sub&gt;model&lt;/sub&gt; &amp;times; d&lt;sub&gt;h&lt;/sub&gt;: hier 64 &amp;times; 8 statt 64 &amp;times; 64, also sind K und V 6 &amp;times; 8-Matrizen, ein Schlüssel und ein Wert aus 8 Zahlen je Token. Die Abfragen behalten alle ihre Köpfe: Q ist weiterhin 6 &amp;times; 64, acht Blöcke mit d&lt;sub&gt;h&lt;/sub&gt; = 8.</translation>
    </message>
    <message>
        <source>Every query head reads the same keys</source>
        <translation>Jeder Abfragekopf liest dieselben Schlüssel</translation>
    </message>
    <message>
        <source>Each head h still computes its own scores, but against the shared keys, and mixes the shared values:

scores&lt;sub&gt;h&lt;/sub&gt; = Q&lt;sub&gt;h&lt;/sub&gt; K&lt;sup&gt;T&lt;/sup&gt; / &amp;radic;d&lt;sub&gt;h&lt;/sub&gt;, output&lt;sub&gt;h&lt;/sub&gt; = softmax(scores&lt;sub&gt;h&lt;/sub&gt;) V

Step through heads 0 to 7: K and V are the same every time, only the query block changes. The attention maps still differ from head to head, because each head asks different questions of the same keys. What is lost is the freedom of each head to project keys and values into a subspace of its own, and that is where quality can suffer.</source>
        <translation>Jeder Kopf h berechnet weiterhin seine eigenen Scores, aber gegen die gemeinsamen Schlüssel, und mischt die gemeinsamen Werte:

scores&lt;sub&gt;h&lt;/sub&gt; = Q&lt;sub&gt;h&lt;/sub&gt; K&lt;sup&gt;T&lt;/sup&gt; / &amp;radic;d&lt;sub&gt;h&lt;/sub&gt;, output&lt;sub&gt;h&lt;/sub&gt; = softmax(scores&lt;sub&gt;h&lt;/sub&gt;) V

Gehen Sie die Köpfe 0 bis 7 durch: K und V sind jedes Mal dieselben, nur der Abfrageblock ändert sich. Die Aufmerksamkeitskarten unterscheiden sich trotzdem von Kopf zu Kopf, weil jeder Kopf denselben Schlüsseln andere Fragen stellt. Verloren geht die Freiheit jedes Kopfes, Schlüssel und Werte in einen eigenen Unterraum zu projizieren, und dort kann die Qualität leiden.</translation>
    </message>
    <message>
        <source>The cache shrinks n_h times</source>
        <translation>Der Cache schrumpft n_h-fach</translation>
    </message>
    <message>
        <source>In the Heads view all eight query heads connect to the one KV head. Per token and layer the cache holds one key and one value:

2 d&lt;sub&gt;h&lt;/sub&gt; = 2 &amp;times; 8 = 16 elements, against 2 n&lt;sub&gt;h&lt;/sub&gt; d&lt;sub&gt;h&lt;/sub&gt; = 128 for multi-head attention

That is n&lt;sub&gt;h&lt;/sub&gt; = 8 times less, and 2 d&lt;sub&gt;h&lt;/sub&gt; l for a model of l layers (DeepSeek-V2, Table 1). The saving grows with the number of heads: with 32 heads per layer, the cache is 32 times smaller than multi-head attention&apos;s. Press &lt;i&gt;Broadcast&lt;/i&gt; to watch the single KV head send its keys and values to every query head.</source>
        <translation>In der Ansicht Köpfe sind alle acht Abfrageköpfe mit dem einen KV-Kopf verbunden. Je Token und Schicht hält der Cache einen Schlüssel und einen Wert:

2 d&lt;sub&gt;h&lt;/sub&gt; = 2 &amp;times; 8 = 16 Elemente, gegenüber 2 n&lt;sub&gt;h&lt;/sub&gt; d&lt;sub&gt;h&lt;/sub&gt; = 128 bei Multi-Head-Aufmerksamkeit

Das ist n&lt;sub&gt;h&lt;/sub&gt; = 8-mal weniger, und 2 d&lt;sub&gt;h&lt;/sub&gt; l für ein Modell mit l Schichten (DeepSeek-V2, Tabelle 1). Die Ersparnis wächst mit der Zahl der Köpfe: Mit 32 Köpfen je Schicht ist der Cache 32-mal kleiner als bei Multi-Head-Aufmerksamkeit. Drücken Sie &lt;i&gt;Verteilen&lt;/i&gt;, um zu sehen, wie der einzige KV-Kopf seine Schlüssel und Werte an jeden Abfragekopf sendet.</translation>
    </message>
    <message>
        <source>Why decoding gets faster</source>
        <translation>Warum das Dekodieren schneller wird</translation>
    </message>
    <message>
        <source>Shazeer&apos;s argument is about memory traffic. Training processes all positions of a sequence at once and keeps the processor busy with arithmetic. Incremental decoding produces one token per step and must load every cached key and value at every step, so its speed is limited by memory bandwidth. MQA divides the bytes loaded from the cache by n&lt;sub&gt;h&lt;/sub&gt;, while every query head still does its arithmetic: each loaded number is used by all heads. He verified experimentally that such models decode much faster. Press &lt;i&gt;Sweep&lt;/i&gt; in the Timings panel: it times one layer of Llama 2 7B&apos;s shape (32 heads of 128) as MHA, GQA and MQA. Watch how much more slowly MQA&apos;s decode time grows with the context. The size of the gap depends on the machine.</source>
        <translation>Shazeers Argument betrifft den Speicherverkehr. Das Training verarbeitet alle Positionen einer Sequenz auf einmal und hält den Prozessor mit Rechnen beschäftigt. Inkrementelles Dekodieren erzeugt ein Token je Schritt und muss bei jedem Schritt jeden gespeicherten Schlüssel und Wert laden, seine Geschwindigkeit ist also durch die Speicherbandbreite begrenzt. MQA teilt die aus dem Cache geladenen Bytes durch n&lt;sub&gt;h&lt;/sub&gt;, während jeder Abfragekopf weiterhin seine Rechnung macht: Jede geladene Zahl wird von allen Köpfen genutzt. Er bestätigte experimentell, dass solche Modelle viel schneller dekodieren. Drücken Sie &lt;i&gt;Durchlauf&lt;/i&gt; in der Leiste Zeitmessungen: Sie misst eine Schicht in der Form von Llama 2 7B (32 Köpfe mit 128) als MHA, GQA und MQA. Beobachten Sie, wie viel langsamer die Decode-Zeit von MQA mit dem Kontext wächst. Wie groß der Abstand ist, hängt von der Maschine ab.</translation>
    </message>
    <message>
        <source>Real models with one KV head</source>
        <translation>Echte Modelle mit einem KV-Kopf</translation>
    </message>
    <message>
        <source>Falcon-7B uses multi-query attention: in each of its 32 layers, 71 query heads of d&lt;sub&gt;h&lt;/sub&gt; = 64 share one KV head. Its cache per token is

2 &amp;times; 64 &amp;times; 32 = 4,096 elements, 8,192 bytes (8.0 KiB) at 16 bits.

With a KV head for each of its 71 query heads, the cache would be 71 times larger. Llama 2 7B, a multi-head model of similar size, keeps 262,144 elements (512 KiB) per token. PaLM 540B and Gemma 2B (presets palm-540b and gemma-2b) use multi-query attention as well.</source>
        <translation>Falcon-7B verwendet Multi-Query-Aufmerksamkeit: In jeder seiner 32 Schichten teilen sich 71 Abfrageköpfe mit d&lt;sub&gt;h&lt;/sub&gt; = 64 einen KV-Kopf. Sein Cache je Token ist

2 &amp;times; 64 &amp;times; 32 = 4.096 Elemente, 8.192 Bytes (8,0 KiB) bei 16 Bit.

Mit einem KV-Kopf für jeden seiner 71 Abfrageköpfe wäre der Cache 71-mal größer. Llama 2 7B, ein Multi-Head-Modell ähnlicher Größe, hält 262.144 Elemente (512 KiB) je Token. PaLM 540B und Gemma 2B (Vorlagen palm-540b und gemma-2b) verwenden ebenfalls Multi-Query-Aufmerksamkeit.</translation>
    </message>
    <message>
        <source>The price: quality and stability</source>
        <translation>Der Preis: Qualität und Stabilität</translation>
    </message>
    <message>
        <source>One shared key and value head means less capacity. Shazeer reported only a minor loss of quality against the multi-head baseline. Ainslie et al. (2023) found that MQA can lead to quality degradation and training instability: T5-Large models they trained from scratch with MQA had frequent loss spikes, and diverged at once when fine-tuned on long-input tasks. There is a practical cost too: a model trained with multi-head attention cannot simply switch to MQA at inference time.

The Compare view shows AttnScope&apos;s four small trained models, alike but for their attention, reading one sentence (docs/teaching-models.md). Its MQA model caches 32 elements per token and layer against MHA&apos;s 256. Both learned subject-verb agreement (300 of 300 test sentences), but MQA&apos;s held-out loss is the worst of the four, 2.653 against MHA&apos;s 2.488, and none of its heads attends like a copying head. One small run is no proof, but it points the same way as the papers. Lesson 6 shows Ainslie et al.&apos;s answer: groups of heads, and a cheap way to convert an existing checkpoint.</source>
        <translation>Ein gemeinsamer Schlüssel- und Wertkopf bedeutet weniger Kapazität. Shazeer berichtete nur einen geringen Qualitätsverlust gegenüber der Multi-Head-Basis. Ainslie et al. (2023) stellten fest, dass MQA zu Qualitätseinbußen und Instabilität im Training führen kann: T5-Large-Modelle, die sie mit MQA von Grund auf trainierten, hatten häufige Loss-Spitzen und divergierten sofort beim Fine-Tuning auf Aufgaben mit langen Eingaben. Es gibt auch praktische Kosten: Ein mit Multi-Head-Aufmerksamkeit trainiertes Modell kann bei der Inferenz nicht einfach auf MQA umsteigen.

Die Ansicht Vergleich zeigt die vier kleinen trainierten Modelle von AttnScope, gleich bis auf ihre Aufmerksamkeit, beim Lesen eines Satzes (docs/teaching-models.md). Sein MQA-Modell cacht 32 Elemente pro Token und Schicht, gegenüber 256 bei MHA. Beide haben die Kongruenz von Subjekt und Verb gelernt (300 von 300 Testsätzen), aber der Loss von MQA auf zurückgehaltenen Daten ist der schlechteste der vier, 2,653 gegenüber 2,488 bei MHA, und keiner seiner Köpfe blickt wie ein Kopierkopf. Ein kleiner Lauf ist kein Beweis, weist aber in dieselbe Richtung wie die Papers. Lektion 6 zeigt die Antwort von Ainslie et al.: Gruppen von Köpfen und einen günstigen Weg, einen bestehenden Checkpoint umzuwandeln.</translation>
    </message>
</context>
<context>
    <name>lesson:multi-head</name>
    <message>
        <source>Multi-head attention</source>
        <translation>Multi-Head-Aufmerksamkeit</translation>
    </message>
    <message>
        <source>Several attention heads side by side, each on its own projections, joined by concatenation and W_O.</source>
        <translation>Mehrere Aufmerksamkeitsköpfe nebeneinander, jeder auf eigenen Projektionen, verbunden durch Verkettung und W_O.</translation>
    </message>
    <message>
        <source>Several heads instead of one</source>
        <translation>Mehrere Köpfe statt einem</translation>
    </message>
    <message>
        <source>One attention computes one weighted average per token. Multi-head attention runs several in parallel, each on its own projections:

head&lt;sub&gt;i&lt;/sub&gt; = Attention(X W&lt;sub&gt;Q,i&lt;/sub&gt;, X W&lt;sub&gt;K,i&lt;/sub&gt;, X W&lt;sub&gt;V,i&lt;/sub&gt;)

AttnScope stores the projections of all n&lt;sub&gt;h&lt;/sub&gt; heads side by side: W&lt;sub&gt;Q&lt;/sub&gt; is d&lt;sub&gt;model&lt;/sub&gt; &amp;times; n&lt;sub&gt;h&lt;/sub&gt;d&lt;sub&gt;h&lt;/sub&gt;, and head i owns columns i·d&lt;sub&gt;h&lt;/sub&gt; to (i+1)·d&lt;sub&gt;h&lt;/sub&gt; − 1 of Q = X W&lt;sub&gt;Q&lt;/sub&gt;. Here d&lt;sub&gt;model&lt;/sub&gt; = 32 and n&lt;sub&gt;h&lt;/sub&gt; = 4 heads of d&lt;sub&gt;h&lt;/sub&gt; = 8, so Q is 6 &amp;times; 32 and holds four 6 &amp;times; 8 query blocks. K and V, the next two steps, are cut into blocks in the same way.</source>
        <translation>Eine Aufmerksamkeit berechnet einen gewichteten Mittelwert je Token. Multi-Head-Aufmerksamkeit rechnet mehrere parallel, jede auf eigenen Projektionen:

head&lt;sub&gt;i&lt;/sub&gt; = Attention(X W&lt;sub&gt;Q,i&lt;/sub&gt;, X W&lt;sub&gt;K,i&lt;/sub&gt;, X W&lt;sub&gt;V,i&lt;/sub&gt;)

AttnScope legt die Projektionen aller n&lt;sub&gt;h&lt;/sub&gt; Köpfe nebeneinander ab: W&lt;sub&gt;Q&lt;/sub&gt; ist d&lt;sub&gt;model&lt;/sub&gt; &amp;times; n&lt;sub&gt;h&lt;/sub&gt;d&lt;sub&gt;h&lt;/sub&gt;, und Kopf i gehören die Spalten i·d&lt;sub&gt;h&lt;/sub&gt; bis (i+1)·d&lt;sub&gt;h&lt;/sub&gt; − 1 von Q = X W&lt;sub&gt;Q&lt;/sub&gt;. Hier ist d&lt;sub&gt;model&lt;/sub&gt; = 32 und n&lt;sub&gt;h&lt;/sub&gt; = 4 Köpfe mit d&lt;sub&gt;h&lt;/sub&gt; = 8, also ist Q 6 &amp;times; 32 und enthält vier 6 &amp;times; 8-Abfrageblöcke. K und V, die nächsten beiden Schritte, werden genauso in Blöcke geteilt.</translation>
    </message>
    <message>
        <source>How wide is a head?</source>
        <translation>Wie breit ist ein Kopf?</translation>
    </message>
    <message>
        <source>Vaswani et al. keep the total width fixed and divide it among the heads:

d&lt;sub&gt;k&lt;/sub&gt; = d&lt;sub&gt;v&lt;/sub&gt; = d&lt;sub&gt;model&lt;/sub&gt; / h

Their base model has d&lt;sub&gt;model&lt;/sub&gt; = 512 and h = 8 heads, so d&lt;sub&gt;k&lt;/sub&gt; = d&lt;sub&gt;v&lt;/sub&gt; = 64. Because each head is narrower, the total cost is similar to that of one head of full width. Here 32 / 4 = 8. Each head scales its scores by its own width, 1/&amp;radic;d&lt;sub&gt;h&lt;/sub&gt; = 1/&amp;radic;8, not by d&lt;sub&gt;model&lt;/sub&gt;. AttnScope writes n&lt;sub&gt;h&lt;/sub&gt; and d&lt;sub&gt;h&lt;/sub&gt; for the number and width of heads, as DeepSeek-V2 does; the transformer paper writes h, d&lt;sub&gt;k&lt;/sub&gt; and d&lt;sub&gt;v&lt;/sub&gt;.</source>
        <translation>Vaswani et al. halten die Gesamtbreite fest und teilen sie auf die Köpfe auf:

d&lt;sub&gt;k&lt;/sub&gt; = d&lt;sub&gt;v&lt;/sub&gt; = d&lt;sub&gt;model&lt;/sub&gt; / h

Ihr Basismodell hat d&lt;sub&gt;model&lt;/sub&gt; = 512 und h = 8 Köpfe, also d&lt;sub&gt;k&lt;/sub&gt; = d&lt;sub&gt;v&lt;/sub&gt; = 64. Weil jeder Kopf schmaler ist, sind die Gesamtkosten ähnlich denen eines Kopfes voller Breite. Hier 32 / 4 = 8. Jeder Kopf skaliert seine Scores mit seiner eigenen Breite, 1/&amp;radic;d&lt;sub&gt;h&lt;/sub&gt; = 1/&amp;radic;8, nicht mit d&lt;sub&gt;model&lt;/sub&gt;. AttnScope schreibt n&lt;sub&gt;h&lt;/sub&gt; und d&lt;sub&gt;h&lt;/sub&gt; für Zahl und Breite der Köpfe, wie DeepSeek-V2; das Transformer-Paper schreibt h, d&lt;sub&gt;k&lt;/sub&gt; und d&lt;sub&gt;v&lt;/sub&gt;.</translation>
    </message>
    <message>
        <source>Each head attends on its own</source>
        <translation>Jeder Kopf rechnet seine Aufmerksamkeit für sich</translation>
    </message>
    <message>
        <source>Head 1 computes its own scores from its own blocks, Q&lt;sub&gt;1&lt;/sub&gt; K&lt;sub&gt;1&lt;/sub&gt;&lt;sup&gt;T&lt;/sup&gt; / &amp;radic;8, and its own softmax, shown here. The heads exchange no numbers during attention: the player runs scores, softmax and weighted sum for head 0, then for head 1, and so on, while a real implementation runs all heads at once as one batched matrix product. Each head produces a 6 &amp;times; 8 output, Σ&lt;sub&gt;j&lt;/sub&gt; α&lt;sub&gt;tj&lt;/sub&gt; v&lt;sub&gt;j&lt;/sub&gt; with its own weights and its own values.</source>
        <translation>Kopf 1 berechnet seine eigenen Scores aus seinen eigenen Blöcken, Q&lt;sub&gt;1&lt;/sub&gt; K&lt;sub&gt;1&lt;/sub&gt;&lt;sup&gt;T&lt;/sup&gt; / &amp;radic;8, und seine eigene Softmax, hier gezeigt. Die Köpfe tauschen während der Aufmerksamkeit keine Zahlen aus: Der Player spielt Scores, Softmax und gewichtete Summe für Kopf 0, dann für Kopf 1 und so weiter, während eine echte Implementierung alle Köpfe auf einmal als ein gebündeltes Matrixprodukt rechnet. Jeder Kopf erzeugt eine 6 &amp;times; 8-Ausgabe, Σ&lt;sub&gt;j&lt;/sub&gt; α&lt;sub&gt;tj&lt;/sub&gt; v&lt;sub&gt;j&lt;/sub&gt; mit seinen eigenen Gewichten und seinen eigenen Werten.</translation>
    </message>
    <message>
        <source>Concatenate the heads</source>
        <translation>Die Köpfe aneinanderfügen</translation>
    </message>
    <message>
        <source>The outputs of the n&lt;sub&gt;h&lt;/sub&gt; heads are put side by side again:

Concat(head&lt;sub&gt;0&lt;/sub&gt;, …, head&lt;sub&gt;3&lt;/sub&gt;), a T &amp;times; n&lt;sub&gt;h&lt;/sub&gt;d&lt;sub&gt;h&lt;/sub&gt; matrix

Here four 6 &amp;times; 8 outputs become one 6 &amp;times; 32 matrix, head i in columns 8i to 8i + 7, the same layout as Q. Nothing is computed in this step: each head&apos;s result only moves into its own columns. Up to here, no number of one head has influenced another head. The heads are mixed in the next step.</source>
        <translation>Die Ausgaben der n&lt;sub&gt;h&lt;/sub&gt; Köpfe werden wieder nebeneinandergelegt:

Concat(head&lt;sub&gt;0&lt;/sub&gt;, …, head&lt;sub&gt;3&lt;/sub&gt;), eine T &amp;times; n&lt;sub&gt;h&lt;/sub&gt;d&lt;sub&gt;h&lt;/sub&gt;-Matrix

Hier werden vier 6 &amp;times; 8-Ausgaben zu einer 6 &amp;times; 32-Matrix, Kopf i in den Spalten 8i bis 8i + 7, dieselbe Anordnung wie bei Q. In diesem Schritt wird nichts berechnet: Das Ergebnis jedes Kopfes wandert nur in seine eigenen Spalten. Bis hierher hat keine Zahl eines Kopfes einen anderen Kopf beeinflusst. Die Köpfe werden im nächsten Schritt gemischt.</translation>
    </message>
    <message>
        <source>The output projection W_O</source>
        <translation>Die Ausgabeprojektion W_O</translation>
    </message>
    <message>
        <source>A last matrix combines the heads and returns to the model width:

MultiHead(X) = Concat(head&lt;sub&gt;0&lt;/sub&gt;, …, head&lt;sub&gt;3&lt;/sub&gt;) W&lt;sub&gt;O&lt;/sub&gt;

W&lt;sub&gt;O&lt;/sub&gt; is n&lt;sub&gt;h&lt;/sub&gt;d&lt;sub&gt;h&lt;/sub&gt; &amp;times; d&lt;sub&gt;model&lt;/sub&gt;, here 32 &amp;times; 32. Every column of the output is a weighted combination of the results of all heads, so this is where what the heads found is brought together. A multi-head layer therefore has four projection matrices, W&lt;sub&gt;Q&lt;/sub&gt;, W&lt;sub&gt;K&lt;/sub&gt;, W&lt;sub&gt;V&lt;/sub&gt; and W&lt;sub&gt;O&lt;/sub&gt;, each d&lt;sub&gt;model&lt;/sub&gt; &amp;times; d&lt;sub&gt;model&lt;/sub&gt; when n&lt;sub&gt;h&lt;/sub&gt;d&lt;sub&gt;h&lt;/sub&gt; = d&lt;sub&gt;model&lt;/sub&gt;.</source>
        <translation>Eine letzte Matrix kombiniert die Köpfe und kehrt zur Modellbreite zurück:

MultiHead(X) = Concat(head&lt;sub&gt;0&lt;/sub&gt;, …, head&lt;sub&gt;3&lt;/sub&gt;) W&lt;sub&gt;O&lt;/sub&gt;

W&lt;sub&gt;O&lt;/sub&gt; ist n&lt;sub&gt;h&lt;/sub&gt;d&lt;sub&gt;h&lt;/sub&gt; &amp;times; d&lt;sub&gt;model&lt;/sub&gt;, hier 32 &amp;times; 32. Jede Spalte der Ausgabe ist eine gewichtete Kombination der Ergebnisse aller Köpfe; hier wird also zusammengeführt, was die Köpfe gefunden haben. Eine Multi-Head-Schicht hat daher vier Projektionsmatrizen, W&lt;sub&gt;Q&lt;/sub&gt;, W&lt;sub&gt;K&lt;/sub&gt;, W&lt;sub&gt;V&lt;/sub&gt; und W&lt;sub&gt;O&lt;/sub&gt;, jede d&lt;sub&gt;model&lt;/sub&gt; &amp;times; d&lt;sub&gt;model&lt;/sub&gt;, wenn n&lt;sub&gt;h&lt;/sub&gt;d&lt;sub&gt;h&lt;/sub&gt; = d&lt;sub&gt;model&lt;/sub&gt;.</translation>
    </message>
    <message>
        <source>Every head keeps its own keys and values</source>
        <translation>Jeder Kopf behält seine eigenen Schlüssel und Werte</translation>
    </message>
    <message>
        <source>The Heads view draws which keys and values each query head reads. In multi-head attention every query head has a key head and a value head of its own: 4 query heads, 4 KV heads, one line each. When a model generates text, these keys and values are kept for every past token, so this layer stores

2 n&lt;sub&gt;h&lt;/sub&gt; d&lt;sub&gt;h&lt;/sub&gt; = 2 &amp;times; 4 &amp;times; 8 = 64 numbers per token.

The next lesson shows why that cache exists and how fast it grows; lessons 5 to 7 show three ways to make it smaller.</source>
        <translation>Die Ansicht Köpfe zeichnet, welche Schlüssel und Werte jeder Abfragekopf liest. In der Multi-Head-Aufmerksamkeit hat jeder Abfragekopf einen eigenen Schlüsselkopf und einen eigenen Wertkopf: 4 Abfrageköpfe, 4 KV-Köpfe, je eine Linie. Wenn ein Modell Text erzeugt, werden diese Schlüssel und Werte für jedes vergangene Token aufbewahrt, also speichert diese Schicht

2 n&lt;sub&gt;h&lt;/sub&gt; d&lt;sub&gt;h&lt;/sub&gt; = 2 &amp;times; 4 &amp;times; 8 = 64 Zahlen je Token.

Die nächste Lektion zeigt, warum es diesen Cache gibt und wie schnell er wächst; die Lektionen 5 bis 7 zeigen drei Wege, ihn zu verkleinern.</translation>
    </message>
    <message>
        <source>Different heads, different jobs</source>
        <translation>Verschiedene Köpfe, verschiedene Aufgaben</translation>
    </message>
    <message>
        <source>The steps so far used seeded random weights, and random heads differ only at random. This step shows a trained model: the MHA model that AttnScope trained on simple generated stories (docs/teaching-models.md), 4 layers of n&lt;sub&gt;h&lt;/sub&gt; = 8 heads of d&lt;sub&gt;h&lt;/sub&gt; = 16. Its layer 1 reads &lt;i&gt;the dog that the cats see runs .&lt;/i&gt;, and each head has taken on its own job.

Head 6, shown here, mostly looks one token back: &lt;i&gt;dog&lt;/i&gt; reads &lt;i&gt;the&lt;/i&gt; (1.00), &lt;i&gt;that&lt;/i&gt; reads &lt;i&gt;dog&lt;/i&gt; (0.97), &lt;i&gt;see&lt;/i&gt; reads &lt;i&gt;cats&lt;/i&gt; (0.96). This is the paper&apos;s reason for several heads: each attends to different information at different positions, which one head, averaging everything into a single distribution, cannot do.</source>
        <translation>Die Schritte bisher verwendeten Zufallsgewichte aus einem Seed, und zufällige Köpfe unterscheiden sich nur zufällig. Dieser Schritt zeigt ein trainiertes Modell: das MHA-Modell, das AttnScope an einfachen generierten Geschichten trainiert hat (docs/teaching-models.md), 4 Schichten mit n&lt;sub&gt;h&lt;/sub&gt; = 8 Köpfen der Breite d&lt;sub&gt;h&lt;/sub&gt; = 16. Seine Schicht 1 liest &lt;i&gt;the dog that the cats see runs .&lt;/i&gt;, und jeder Kopf hat seine eigene Aufgabe übernommen.

Kopf 6, hier gezeigt, blickt meist ein Token zurück: &lt;i&gt;dog&lt;/i&gt; liest &lt;i&gt;the&lt;/i&gt; (1,00), &lt;i&gt;that&lt;/i&gt; liest &lt;i&gt;dog&lt;/i&gt; (0,97), &lt;i&gt;see&lt;/i&gt; liest &lt;i&gt;cats&lt;/i&gt; (0,96). Das ist der Grund des Papers für mehrere Köpfe: Jeder achtet auf andere Information an anderen Positionen, was ein einzelner Kopf, der alles zu einer einzigen Verteilung mittelt, nicht kann.</translation>
    </message>
    <message>
        <source>A head that finds the subject</source>
        <translation>Ein Kopf, der das Subjekt findet</translation>
    </message>
    <message>
        <source>Head 1 of the same layer, on the same sentence, looks somewhere else: &lt;i&gt;cats&lt;/i&gt; and &lt;i&gt;see&lt;/i&gt; put 1.00 and 0.93 of their weight on &lt;i&gt;dog&lt;/i&gt;, the subject, across the relative clause. The verb &lt;i&gt;runs&lt;/i&gt; must agree with &lt;i&gt;dog&lt;/i&gt;, not with &lt;i&gt;cats&lt;/i&gt;, right before it, and this head brings the subject to the end of the clause. Measured on 300 new sentences, it gives 0.98 of that position&apos;s attention to the subject.</source>
        <translation>Kopf 1 derselben Schicht blickt beim selben Satz woandershin: &lt;i&gt;cats&lt;/i&gt; und &lt;i&gt;see&lt;/i&gt; legen 1,00 und 0,93 ihres Gewichts auf &lt;i&gt;dog&lt;/i&gt;, das Subjekt, über den Relativsatz hinweg. Das Verb &lt;i&gt;runs&lt;/i&gt; muss mit &lt;i&gt;dog&lt;/i&gt; übereinstimmen, nicht mit &lt;i&gt;cats&lt;/i&gt; direkt davor, und dieser Kopf bringt das Subjekt an das Ende des Nebensatzes. Gemessen an 300 neuen Sätzen gibt er 0,98 der Aufmerksamkeit dieser Position dem Subjekt.</translation>
    </message>
    <message>
        <source>A head that rests</source>
        <translation>Ein Kopf, der ruht</translation>
    </message>
    <message>
        <source>Head 2 puts 0.99 to 1.00 of the weight of &lt;i&gt;that&lt;/i&gt;, &lt;i&gt;cats&lt;/i&gt; and &lt;i&gt;see&lt;/i&gt; on the first token, &lt;code&gt;&amp;lt;|endoftext|&amp;gt;&lt;/code&gt;, which marks the start of the document. A softmax row must add up to 1, so a head with nothing to add for a token parks its weight on a token that carries little. Three heads of one layer, three jobs, all computed at the same time from the same input. Switch between the eight heads with &lt;i&gt;Head shown&lt;/i&gt;; the lesson &lt;i&gt;What heads learn&lt;/i&gt; goes further.</source>
        <translation>Kopf 2 legt 0,99 bis 1,00 des Gewichts von &lt;i&gt;that&lt;/i&gt;, &lt;i&gt;cats&lt;/i&gt; und &lt;i&gt;see&lt;/i&gt; auf das erste Token, &lt;code&gt;&amp;lt;|endoftext|&amp;gt;&lt;/code&gt;, das den Anfang des Dokuments markiert. Eine Softmax-Zeile muss sich zu 1 summieren, also parkt ein Kopf, der für ein Token nichts beizutragen hat, sein Gewicht auf einem Token, das wenig trägt. Drei Köpfe einer Schicht, drei Aufgaben, alle gleichzeitig aus derselben Eingabe berechnet. Wechseln Sie mit &lt;i&gt;Angezeigter Kopf&lt;/i&gt; zwischen den acht Köpfen; die Lektion &lt;i&gt;Was Köpfe lernen&lt;/i&gt; geht weiter.</translation>
    </message>
</context>
<context>
    <name>lesson:sdpa</name>
    <message>
        <source>Scaled dot-product attention</source>
        <translation>Skalierte Skalarprodukt-Aufmerksamkeit</translation>
    </message>
    <message>
        <source>Queries, keys and values, the 1/√d_k scale and the softmax, in self, masked and cross attention.</source>
        <translation>Abfragen, Schlüssel und Werte, der Faktor 1/√d_k und die Softmax, in Selbst-, maskierter und Kreuzaufmerksamkeit.</translation>
    </message>
    <message>
        <source>Queries, keys and values</source>
        <translation>Abfragen, Schlüssel und Werte</translation>
    </message>
    <message>
        <source>The transformer of Vaswani et al. (2017) drops the recurrence and keeps the attention. Every token plays three roles, each a linear projection of its row of X:

Q = X W&lt;sub&gt;Q&lt;/sub&gt;, K = X W&lt;sub&gt;K&lt;/sub&gt;, V = X W&lt;sub&gt;V&lt;/sub&gt;

A &lt;i&gt;query&lt;/i&gt; says what a token is looking for, a &lt;i&gt;key&lt;/i&gt; what it offers to be matched against, and a &lt;i&gt;value&lt;/i&gt; what it passes on when it is chosen. Here X holds 6 tokens of d&lt;sub&gt;model&lt;/sub&gt; = 16 numbers, and this single head has d&lt;sub&gt;k&lt;/sub&gt; = d&lt;sub&gt;v&lt;/sub&gt; = 16, so Q, K and V are all 6 &amp;times; 16 matrices. Press the Right arrow key to see K and V.</source>
        <translation>Der Transformer von Vaswani et al. (2017) verzichtet auf die Rekurrenz und behält die Aufmerksamkeit. Jedes Token spielt drei Rollen, jede eine lineare Projektion seiner Zeile von X:

Q = X W&lt;sub&gt;Q&lt;/sub&gt;, K = X W&lt;sub&gt;K&lt;/sub&gt;, V = X W&lt;sub&gt;V&lt;/sub&gt;

Eine &lt;i&gt;Abfrage&lt;/i&gt; sagt, wonach ein Token sucht, ein &lt;i&gt;Schlüssel&lt;/i&gt;, womit es sich vergleichen lässt, und ein &lt;i&gt;Wert&lt;/i&gt;, was es weitergibt, wenn es ausgewählt wird. Hier enthält X 6 Token aus d&lt;sub&gt;model&lt;/sub&gt; = 16 Zahlen, und dieser eine Kopf hat d&lt;sub&gt;k&lt;/sub&gt; = d&lt;sub&gt;v&lt;/sub&gt; = 16, also sind Q, K und V alle 6 &amp;times; 16-Matrizen. Drücken Sie die Pfeiltaste nach rechts, um K und V zu sehen.</translation>
    </message>
    <message>
        <source>Scores: one dot product per pair</source>
        <translation>Scores: ein Skalarprodukt je Paar</translation>
    </message>
    <message>
        <source>Every query is compared with every key by a dot product, all pairs at once in one matrix product:

scores = Q K&lt;sup&gt;T&lt;/sup&gt; / &amp;radic;d&lt;sub&gt;k&lt;/sub&gt;

Row t, column j measures how well token t&apos;s query matches token j&apos;s key: a 6 &amp;times; 6 matrix, computed without a loop over positions. The paper names the whole operation

Attention(Q, K, V) = softmax(Q K&lt;sup&gt;T&lt;/sup&gt; / &amp;radic;d&lt;sub&gt;k&lt;/sub&gt;) V

Unlike Bahdanau&apos;s additive score, a dot product needs no weights of its own (W&lt;sub&gt;a&lt;/sub&gt;, U&lt;sub&gt;a&lt;/sub&gt;, v&lt;sub&gt;a&lt;/sub&gt;), and the paper notes that it is faster and more space-efficient in practice, because it is plain matrix multiplication.</source>
        <translation>Jede Abfrage wird per Skalarprodukt mit jedem Schlüssel verglichen, alle Paare auf einmal in einem Matrixprodukt:

scores = Q K&lt;sup&gt;T&lt;/sup&gt; / &amp;radic;d&lt;sub&gt;k&lt;/sub&gt;

Zeile t, Spalte j misst, wie gut die Abfrage von Token t zum Schlüssel von Token j passt: eine 6 &amp;times; 6-Matrix, berechnet ohne Schleife über die Positionen. Das Paper nennt die ganze Operation

Attention(Q, K, V) = softmax(Q K&lt;sup&gt;T&lt;/sup&gt; / &amp;radic;d&lt;sub&gt;k&lt;/sub&gt;) V

Anders als Bahdanaus additiver Score braucht ein Skalarprodukt keine eigenen Gewichte (W&lt;sub&gt;a&lt;/sub&gt;, U&lt;sub&gt;a&lt;/sub&gt;, v&lt;sub&gt;a&lt;/sub&gt;), und das Paper merkt an, dass es in der Praxis schneller und speichersparender ist, weil es reine Matrixmultiplikation ist.</translation>
    </message>
    <message>
        <source>Why divide by √d_k?</source>
        <translation>Warum durch √d_k teilen?</translation>
    </message>
    <message>
        <source>Suppose the d&lt;sub&gt;k&lt;/sub&gt; entries of a query q and a key k are independent, with mean 0 and variance 1. Then q · k = Σ&lt;sub&gt;i&lt;/sub&gt; q&lt;sub&gt;i&lt;/sub&gt; k&lt;sub&gt;i&lt;/sub&gt; has mean 0 and variance d&lt;sub&gt;k&lt;/sub&gt; (Vaswani et al., section 3.2.1, footnote 4). For wide heads the raw scores are large, the softmax puts nearly all weight on one key, and its gradients become extremely small, which stalls learning. Dividing by &amp;radic;d&lt;sub&gt;k&lt;/sub&gt; brings the variance back to 1 whatever the width. The paper reports that, without this scale, additive attention outperforms dot-product attention for larger d&lt;sub&gt;k&lt;/sub&gt;.

AttnScope&apos;s seeded weights give q and k entries of variance about 1, the regime the scale is designed for. Unscaled, these scores would spread &amp;radic;16 = 4 times wider.</source>
        <translation>Angenommen, die d&lt;sub&gt;k&lt;/sub&gt; Einträge einer Abfrage q und eines Schlüssels k sind unabhängig, mit Mittelwert 0 und Varianz 1. Dann hat q · k = Σ&lt;sub&gt;i&lt;/sub&gt; q&lt;sub&gt;i&lt;/sub&gt; k&lt;sub&gt;i&lt;/sub&gt; den Mittelwert 0 und die Varianz d&lt;sub&gt;k&lt;/sub&gt; (Vaswani et al., Abschnitt 3.2.1, Fußnote 4). Bei breiten Köpfen sind die rohen Scores groß, die Softmax legt fast das ganze Gewicht auf einen Schlüssel, und ihre Gradienten werden extrem klein, was das Lernen zum Stillstand bringt. Die Division durch &amp;radic;d&lt;sub&gt;k&lt;/sub&gt; bringt die Varianz unabhängig von der Breite auf 1 zurück. Das Paper berichtet, dass ohne diesen Faktor additive Aufmerksamkeit die Skalarprodukt-Aufmerksamkeit bei größerem d&lt;sub&gt;k&lt;/sub&gt; übertrifft.

Die Gewichte aus dem Seed von AttnScope geben q und k Einträge mit einer Varianz von etwa 1, genau den Bereich, für den der Faktor gedacht ist. Unskaliert würden diese Scores &amp;radic;16 = 4-mal weiter streuen.</translation>
    </message>
    <message>
        <source>Softmax turns scores into weights</source>
        <translation>Die Softmax macht aus Scores Gewichte</translation>
    </message>
    <message>
        <source>Each row of scores becomes a probability distribution over the keys:

α&lt;sub&gt;tj&lt;/sub&gt; = exp(s&lt;sub&gt;tj&lt;/sub&gt;) / Σ&lt;sub&gt;k&lt;/sub&gt; exp(s&lt;sub&gt;tk&lt;/sub&gt;)

Every weight is positive and every row sums to 1. The softmax only depends on the differences within a row, so AttnScope subtracts each row&apos;s maximum before exponentiating: exp cannot overflow, and no weight changes. A row with one clearly larger score gives a peaked distribution; a row of similar scores gives a nearly flat one. Compare the rows of this 6 &amp;times; 6 matrix: some tokens spread their attention, others concentrate on one or two keys.</source>
        <translation>Jede Zeile der Scores wird zu einer Wahrscheinlichkeitsverteilung über die Schlüssel:

α&lt;sub&gt;tj&lt;/sub&gt; = exp(s&lt;sub&gt;tj&lt;/sub&gt;) / Σ&lt;sub&gt;k&lt;/sub&gt; exp(s&lt;sub&gt;tk&lt;/sub&gt;)

Jedes Gewicht ist positiv, und jede Zeile summiert sich zu 1. Die Softmax hängt nur von den Differenzen innerhalb einer Zeile ab, daher zieht AttnScope vor dem Exponenzieren das Maximum jeder Zeile ab: exp kann nicht überlaufen, und kein Gewicht ändert sich. Eine Zeile mit einem deutlich größeren Score ergibt eine spitze Verteilung, eine Zeile ähnlicher Scores eine fast flache. Vergleichen Sie die Zeilen dieser 6 &amp;times; 6-Matrix: Manche Token verteilen ihre Aufmerksamkeit, andere konzentrieren sie auf ein oder zwei Schlüssel.</translation>
    </message>
    <message>
        <source>A weighted sum of values</source>
        <translation>Eine gewichtete Summe der Werte</translation>
    </message>
    <message>
        <source>Each token&apos;s output is the average of all values, weighted by its row of attention:

output = softmax(Q K&lt;sup&gt;T&lt;/sup&gt; / &amp;radic;d&lt;sub&gt;k&lt;/sub&gt;) V

Row t of the output is Σ&lt;sub&gt;j&lt;/sub&gt; α&lt;sub&gt;tj&lt;/sub&gt; v&lt;sub&gt;j&lt;/sub&gt;, a vector of 16 numbers, just as Bahdanau&apos;s context vector was Σ&lt;sub&gt;j&lt;/sub&gt; α&lt;sub&gt;ij&lt;/sub&gt; h&lt;sub&gt;j&lt;/sub&gt;. What differs is where queries, keys and values come from: here all three are projections of the same sequence X, so every token attends to every token of its own sequence, itself included. This is &lt;i&gt;self-attention&lt;/i&gt;, the kind used in the transformer&apos;s encoder.</source>
        <translation>Die Ausgabe jedes Tokens ist der Mittelwert aller Werte, gewichtet mit seiner Zeile der Aufmerksamkeit:

output = softmax(Q K&lt;sup&gt;T&lt;/sup&gt; / &amp;radic;d&lt;sub&gt;k&lt;/sub&gt;) V

Zeile t der Ausgabe ist Σ&lt;sub&gt;j&lt;/sub&gt; α&lt;sub&gt;tj&lt;/sub&gt; v&lt;sub&gt;j&lt;/sub&gt;, ein Vektor aus 16 Zahlen, genau wie Bahdanaus Kontextvektor Σ&lt;sub&gt;j&lt;/sub&gt; α&lt;sub&gt;ij&lt;/sub&gt; h&lt;sub&gt;j&lt;/sub&gt; war. Anders ist, woher Abfragen, Schlüssel und Werte kommen: Hier sind alle drei Projektionen derselben Sequenz X, also achtet jedes Token auf jedes Token seiner eigenen Sequenz, sich selbst eingeschlossen. Das ist &lt;i&gt;Selbstaufmerksamkeit&lt;/i&gt;, die Art, die der Encoder des Transformers verwendet.</translation>
    </message>
    <message>
        <source>Masked (causal) self-attention</source>
        <translation>Maskierte (kausale) Selbstaufmerksamkeit</translation>
    </message>
    <message>
        <source>Cross attention</source>
        <translation>Kreuzaufmerksamkeit</translation>
    </message>
    <message>
        <source>In the transformer&apos;s encoder-decoder attention, the queries come from the decoder and the keys and values from the encoder&apos;s output:

Q = X W&lt;sub&gt;Q&lt;/sub&gt;, K = X&lt;sub&gt;enc&lt;/sub&gt; W&lt;sub&gt;K&lt;/sub&gt;, V = X&lt;sub&gt;enc&lt;/sub&gt; W&lt;sub&gt;V&lt;/sub&gt;

Nothing else changes. With 6 decoder tokens and 5 encoder tokens the weights form a 6 &amp;times; 5 matrix: every decoder position spreads its attention over the source. This is the role Bahdanau&apos;s alignment played, now computed with dot products instead of a feed-forward network. No causal mask is needed, because the whole source is known before decoding starts.</source>
        <translation>In der Encoder-Decoder-Aufmerksamkeit des Transformers kommen die Abfragen aus dem Decoder und die Schlüssel und Werte aus der Ausgabe des Encoders:

Q = X W&lt;sub&gt;Q&lt;/sub&gt;, K = X&lt;sub&gt;enc&lt;/sub&gt; W&lt;sub&gt;K&lt;/sub&gt;, V = X&lt;sub&gt;enc&lt;/sub&gt; W&lt;sub&gt;V&lt;/sub&gt;

Sonst ändert sich nichts. Mit 6 Decoder-Token und 5 Encoder-Token bilden die Gewichte eine 6 &amp;times; 5-Matrix: Jede Decoder-Position verteilt ihre Aufmerksamkeit über die Quelle. Das ist die Rolle, die Bahdanaus Alignment spielte, jetzt mit Skalarprodukten statt mit einem Feedforward-Netz berechnet. Eine kausale Maske ist nicht nötig, weil die ganze Quelle bekannt ist, bevor das Dekodieren beginnt.</translation>
    </message>
    <message>
        <source>A decoder that generates text one token at a time must not look at tokens it has not produced yet. The transformer&apos;s decoder enforces this inside the attention: before the softmax, the score of every key that comes after the query is set to −∞.

s&lt;sub&gt;tj&lt;/sub&gt; = −∞ for every j after t

Since exp(−∞) = 0, those keys get exactly zero weight, and row t mixes only the values of tokens 0 … t. The mask removes the upper triangle of the 6 &amp;times; 6 matrix, shown dark (0) here. Step on to the softmax: the weights form a lower triangle, and row 0 puts all its weight on itself. This mask is also what makes the KV cache of lesson 4 possible.</source>
        <translation>Ein Decoder, der Text Token für Token erzeugt, darf nicht auf Token blicken, die er noch nicht erzeugt hat. Der Decoder des Transformers setzt das in der Aufmerksamkeit durch: Vor der Softmax wird der Score jedes Schlüssels, der nach der Abfrage kommt, auf −∞ gesetzt.

s&lt;sub&gt;tj&lt;/sub&gt; = −∞ für jedes j nach t

Da exp(−∞) = 0, erhalten diese Schlüssel genau das Gewicht null, und Zeile t mischt nur die Werte der Token 0 … t. Die Maske entfernt das obere Dreieck der 6 &amp;times; 6-Matrix, hier dunkel (0) dargestellt. Gehen Sie weiter zur Softmax: Die Gewichte bilden ein unteres Dreieck, und Zeile 0 legt ihr ganzes Gewicht auf sich selbst. Diese Maske macht auch den KV-Cache aus Lektion 4 möglich.</translation>
    </message>
</context>
</TS>
