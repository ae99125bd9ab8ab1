<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- Strings of Qt's own dialogs that Qt's qtbase_zh_CN catalogue leaves untranslated (Qt 6.x).
     Loaded after Qt's catalogue by ui/i18n.py; compiled by packaging/build_translations.py.
     Contexts and sources as Qt looks them up (found by logging QTranslator.translate calls). -->
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>查找范围(&amp;L)：</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>文件类型(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>QPrintSettingsOutput</name>
    <message>
        <source>Page &amp;Set:</source>
        <translation>打印页(&amp;S)：</translation>
    </message>
</context>
</TS>
