<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>attnscope::app::MainWindow</name>
    <message numerus="yes">
        <source>Saved %n frame(s) to %1</source>
        <translation>
            <numerusform>Saved %n frame to %1</numerusform>
            <numerusform>Saved %n frames to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>attnscope::lessons::LessonHandout</name>
    <message numerus="yes">
        <source>A lesson of AttnScope in %n step(s). Each picture shows the window as the step sets it up.</source>
        <translation>
            <numerusform>A lesson of AttnScope in %n step. Each picture shows the window as the step sets it up.</numerusform>
            <numerusform>A lesson of AttnScope in %n steps. Each picture shows the window as the step sets it up.</numerusform>
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
</TS>
