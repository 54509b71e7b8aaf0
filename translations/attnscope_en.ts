<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>attnscope::app::MainWindow</name>
    <message numerus="yes">
        <source>Saved %n figure(s) to %1</source>
        <translation>
            <numerusform>Saved 1 figure to %1</numerusform>
            <numerusform>Saved %n figures to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>attnscope::lessons::LessonHandout</name>
    <message numerus="yes">
        <source>A lesson of AttnScope in %n step(s). Each figure shows the view the step sets up, drawn from its data.</source>
        <translation>
            <numerusform>A lesson of AttnScope in 1 step. Each figure shows the view the step sets up, drawn from its data.</numerusform>
            <numerusform>A lesson of AttnScope in %n steps. Each figure shows the view the step sets up, drawn from its data.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>attnscope::lessons::LessonMenu</name>
    <message numerus="yes">
        <source>%n lesson(s) loaded from %1; some files have problems:</source>
        <translation>
            <numerusform>%n lesson loaded from %1; some files have problems:</numerusform>
            <numerusform>%n lessons loaded from %1; some files have problems:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lesson(s) loaded from %1</source>
        <translation>
            <numerusform>%n lesson loaded from %1</numerusform>
            <numerusform>%n lessons loaded from %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>attnscope::widgets::FootprintChart</name>
    <message numerus="yes">
        <source>full attention, %n layer(s)</source>
        <translation>
            <numerusform>full attention, %n layer</numerusform>
            <numerusform>full attention, %n layers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>window of %1 tokens, %n layer(s)</source>
        <translation>
            <numerusform>window of %1 tokens, %n layer</numerusform>
            <numerusform>window of %1 tokens, %n layers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>cross-attention, %n layer(s)</source>
        <translation>
            <numerusform>cross-attention, %n layer</numerusform>
            <numerusform>cross-attention, %n layers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>attnscope::widgets::FootprintView</name>
    <message numerus="yes">
        <source>full attention, %n layer(s)</source>
        <translation>
            <numerusform>full attention, %n layer</numerusform>
            <numerusform>full attention, %n layers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>window of %1 tokens, %n layer(s)</source>
        <translation>
            <numerusform>window of %1 tokens, %n layer</numerusform>
            <numerusform>window of %1 tokens, %n layers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>cross-attention, %n layer(s)</source>
        <translation>
            <numerusform>cross-attention, %n layer</numerusform>
            <numerusform>cross-attention, %n layers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Memory plan: %n GPU(s) of %1 GiB</source>
        <translation>
            <numerusform>Memory plan: %n GPU of %1 GiB</numerusform>
            <numerusform>Memory plan: %n GPUs of %1 GiB</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Also on the chart: %n model(s)…</source>
        <translation>
            <numerusform>Also on the chart: %n model…</numerusform>
            <numerusform>Also on the chart: %n models…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n layer(s) with full attention</source>
        <translation>
            <numerusform>%n layer with full attention</numerusform>
            <numerusform>%n layers with full attention</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n layer(s) with a window of %1 tokens</source>
        <translation>
            <numerusform>%n layer with a window of %1 tokens</numerusform>
            <numerusform>%n layers with a window of %1 tokens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n layer(s) reusing an earlier layer&apos;s cache</source>
        <translation>
            <numerusform>%n layer reusing an earlier layer&apos;s cache</numerusform>
            <numerusform>%n layers reusing an earlier layer&apos;s cache</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n layer(s) without a KV cache (state-space or linear attention)</source>
        <translation>
            <numerusform>%n layer without a KV cache (state-space or linear attention)</numerusform>
            <numerusform>%n layers without a KV cache (state-space or linear attention)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n KV head(s) per GPU, each replicated on %1 GPUs</source>
        <translation>
            <numerusform>%n KV head per GPU, each replicated on %1 GPUs</numerusform>
            <numerusform>%n KV heads per GPU, each replicated on %1 GPUs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n KV head(s) per GPU</source>
        <translation>
            <numerusform>%n KV head per GPU</numerusform>
            <numerusform>%n KV heads per GPU</numerusform>
        </translation>
    </message>
</context>
</TS>
