<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../ui/about_dialog.py" line="62"/>
        <source>About ReportDesk</source>
        <translation>关于公文审校台</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="66"/>
        <source>ReportDesk</source>
        <translation>公文审校台</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="68"/>
        <source>Version %1</source>
        <translation>版本 %1</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="73"/>
        <source>Drafting and review of Chinese official reports: heading numbering, counts, placeholders, punctuation; Word and PDF in the GB/T 9704 layout.</source>
        <translation>公文的起草与审校：检查结构层次序数、数量、占位符、标点；按 GB/T 9704 版式导出 Word 和 PDF。</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="89"/>
        <source>Component</source>
        <translation>组件</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="89"/>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="89"/>
        <source>Licence</source>
        <translation>许可证</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="97"/>
        <source>Qt and PySide6 are used under the GNU LGPL version 3; you may replace them with your own build. The program itself is MIT-licensed.</source>
        <translation>Qt 和 PySide6 依 GNU LGPL 第 3 版使用，您可以换用自行编译的版本。本程序自身采用 MIT 许可证。</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="108"/>
        <source>Built with:</source>
        <translation>所用组件：</translation>
    </message>
</context>
<context>
    <name>AuthorDialog</name>
    <message>
        <location filename="../../ui/review_dialogs.py" line="31"/>
        <source>Your Name for Comments</source>
        <translation>批注署名</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialogs.py" line="37"/>
        <source>from the name</source>
        <translation>按姓名自动生成</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialogs.py" line="38"/>
        <source>Comments are signed with this name, as in Word and WPS.</source>
        <translation>批注以此姓名署名（与 Word、WPS 相同）。</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialogs.py" line="41"/>
        <source>Name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialogs.py" line="42"/>
        <source>Initials:</source>
        <translation>缩写：</translation>
    </message>
</context>
<context>
    <name>CommentCards</name>
    <message>
        <location filename="../../ui/comment_cards.py" line="59"/>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <location filename="../../ui/comment_cards.py" line="64"/>
        <source>Original text deleted</source>
        <translation>原文已删除</translation>
    </message>
</context>
<context>
    <name>CommentsPanel</name>
    <message>
        <location filename="../../ui/comments_view.py" line="116"/>
        <source>All comments</source>
        <translation>全部批注</translation>
    </message>
    <message>
        <location filename="../../ui/comments_view.py" line="117"/>
        <source>Open</source>
        <translation>未解决</translation>
    </message>
    <message>
        <location filename="../../ui/comments_view.py" line="118"/>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <location filename="../../ui/comments_view.py" line="147"/>
        <source>No comments. Select text and press Ctrl+Alt+M.</source>
        <translation>暂无批注。选中文字后按 Ctrl+Alt+M 添加批注。</translation>
    </message>
    <message>
        <location filename="../../ui/comments_view.py" line="160"/>
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <location filename="../../ui/comments_view.py" line="161"/>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <location filename="../../ui/comments_view.py" line="162"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>Desktop</name>
    <message>
        <location filename="../../ui/desktop.py" line="85"/>
        <source>The language changes at the next start.</source>
        <translation>界面语言在下次启动时生效。</translation>
    </message>
    <message>
        <location filename="../../ui/desktop.py" line="151"/>
        <source>Print Preview</source>
        <translation>打印预览</translation>
    </message>
    <message>
        <location filename="../../ui/desktop.py" line="161"/>
        <source>Print</source>
        <translation>打印</translation>
    </message>
</context>
<context>
    <name>DocumentSafety</name>
    <message>
        <location filename="../../ui/safety.py" line="71"/>
        <source>Restore Prev&amp;ious Version…</source>
        <translation>恢复上一版本(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../ui/safety.py" line="73"/>
        <source>Load the version the last save replaced (the file changes when you save)</source>
        <translation>载入最近一次保存之前的版本（保存后文件才会改变）</translation>
    </message>
    <message>
        <location filename="../../ui/safety.py" line="116"/>
        <location filename="../../ui/safety.py" line="125"/>
        <source>Already Open</source>
        <translation>文件已打开</translation>
    </message>
    <message>
        <location filename="../../ui/safety.py" line="117"/>
        <source>%1 is already open in another window of this program.</source>
        <translation>%1 已在本程序的另一个窗口中打开。</translation>
    </message>
    <message>
        <location filename="../../ui/safety.py" line="127"/>
        <source>Open Anyway</source>
        <translation>仍然打开</translation>
    </message>
    <message>
        <location filename="../../ui/safety.py" line="127"/>
        <location filename="../../ui/safety.py" line="377"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/safety.py" line="131"/>
        <source>Both windows could then change the report; saving asks before overwriting changes made elsewhere.</source>
        <translation>这样两个窗口都可能修改这份报告；保存时如果发现别处的修改，会先询问是否覆盖。</translation>
    </message>
    <message>
        <location filename="../../ui/safety.py" line="170"/>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <location filename="../../ui/safety.py" line="180"/>
        <source>Cannot Open File</source>
        <translation>无法打开文件</translation>
    </message>
    <message>
        <location filename="../../ui/safety.py" line="184"/>
        <source>Opening %1 cancelled</source>
        <translation>已取消打开 %1</translation>
    </message>
    <message>
        <location filename="../../ui/safety.py" line="216"/>
        <source>Opened %1</source>
        <translation>已打开 %1</translation>
    </message>
    <message>
        <location filename="../../ui/safety.py" line="230"/>
        <source>WPS or Word seems to have %1 open (%2): saving in both will conflict.</source>
        <translation>WPS 或 Word 似乎正打开着 %1（%2）：两边都保存会互相覆盖。</translation>
    </message>
    <message>
        <location filename="../../ui/safety.py" line="450"/>
        <location filename="../../ui/safety.py" line="454"/>
        <source>File Changed on Disk</source>
        <translation>文件已被修改</translation>
    </message>
    <message>
        <location filename="../../ui/safety.py" line="278"/>
        <source>Wait until the report is shown</source>
        <translation>请等待报告显示完成</translation>
    </message>
    <message>
        <location filename="../../ui/safety.py" line="321"/>
        <source>Restored %1 (autosaved %2): save it to keep it</source>
        <translation>已恢复 %1（自动保存于 %2）：请保存以保留它</translation>
    </message>
    <message>
        <location filename="../../ui/safety.py" line="350"/>
        <source>Restore Previous Version</source>
        <translation>恢复上一版本</translation>
    </message>
    <message>
        <location filename="../../ui/safety.py" line="357"/>
        <source>There is no previous version of this report yet: one is kept each time it is saved.</source>
        <translation>这份报告还没有上一版本：每次保存时会保留被替换的版本。</translation>
    </message>
    <message>
        <location filename="../../ui/safety.py" line="364"/>
        <source>As Opened (%1)</source>
        <translation>打开时的版本（%1）</translation>
    </message>
    <message>
        <location filename="../../ui/safety.py" line="365"/>
        <source>Before the Last Save (%1)</source>
        <translation>上次保存前的版本（%1）</translation>
    </message>
    <message>
        <location filename="../../ui/safety.py" line="368"/>
        <source>Put an earlier version back in place of %1?</source>
        <translation>用较早的版本替换“%1”？</translation>
    </message>
    <message>
        <location filename="../../ui/safety.py" line="379"/>
        <source>The file is replaced now; the version it replaces is kept.</source>
        <translation>文件会立即被替换；被替换的版本会保留下来。</translation>
    </message>
    <message>
        <location filename="../../ui/safety.py" line="393"/>
        <source>Earlier version restored</source>
        <translation>已恢复较早的版本</translation>
    </message>
    <message>
        <location filename="../../ui/safety.py" line="372"/>
        <source>Your unsaved changes will be lost.</source>
        <translation>当前未保存的修改将会丢失。</translation>
    </message>
    <message>
        <location filename="../../ui/safety.py" line="446"/>
        <source>%1 was changed by another program. Your changes here are not saved yet; saving will ask whether to overwrite the other version.</source>
        <translation>%1 已被其他程序修改。这里的修改尚未保存；保存时会询问是否覆盖另一个版本。</translation>
    </message>
    <message>
        <location filename="../../ui/safety.py" line="455"/>
        <source>%1 was changed by another program. Reload it?</source>
        <translation>%1 已被其他程序修改。重新载入吗？</translation>
    </message>
    <message>
        <location filename="../../ui/safety.py" line="456"/>
        <source>Reload</source>
        <translation>重新载入</translation>
    </message>
    <message>
        <location filename="../../ui/safety.py" line="456"/>
        <source>Keep This Version</source>
        <translation>保留当前内容</translation>
    </message>
</context>
<context>
    <name>ExportController</name>
    <message>
        <location filename="../../ui/controllers/export.py" line="40"/>
        <source> (official format)</source>
        <translation>（公文格式）</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/export.py" line="42"/>
        <location filename="../../ui/controllers/export.py" line="113"/>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/export.py" line="57"/>
        <source>ReportDesk</source>
        <translation>公文审校台</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/export.py" line="68"/>
        <location filename="../../ui/controllers/export.py" line="94"/>
        <source>Cannot Export</source>
        <translation>无法导出</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/export.py" line="69"/>
        <source>An export never replaces the opened file: choose another name.</source>
        <translation>导出不会覆盖已打开的文件：请换一个文件名。</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/export.py" line="98"/>
        <source>Exported %1</source>
        <translation>已导出 %1</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/export.py" line="115"/>
        <source>Export PDF</source>
        <translation>导出 PDF</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/export.py" line="115"/>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/export.py" line="125"/>
        <source>Cannot Export PDF</source>
        <translation>无法导出 PDF</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/export.py" line="97"/>
        <location filename="../../ui/controllers/export.py" line="128"/>
        <source>Exported Without Some Objects</source>
        <translation>导出时有对象未能带入</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/controllers/export.py" line="129"/>
        <source>Exported %1 (%n page(s))</source>
        <translation>
            <numerusform>已导出 %1（共 %n 页）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../ui/review_dialogs.py" line="152"/>
        <source>Export to Word</source>
        <translation>导出为 Word</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/review_dialogs.py" line="98"/>
        <source>Comments (%n)</source>
        <translation>
            <numerusform>批注（%n 条）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/review_dialogs.py" line="97"/>
        <source>Export Official-Format Word</source>
        <translation>导出公文格式 Word</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/review_dialogs.py" line="102"/>
        <source>Problems found as comments (%n)</source>
        <translation>
            <numerusform>检查出的问题作为批注（%n 条）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/review_dialogs.py" line="108"/>
        <source>My edits as tracked changes</source>
        <translation>修改内容作为修订（痕迹）</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialogs.py" line="111"/>
        <source>Only for a report opened from a file</source>
        <translation>仅适用于从文件打开的公文</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialogs.py" line="114"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialogs.py" line="124"/>
        <source>Signed as:</source>
        <translation>问题批注署名：</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialogs.py" line="126"/>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialogs.py" line="130"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialogs.py" line="153"/>
        <source>Word document (*.docx)</source>
        <translation>Word 文档 (*.docx)</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialogs.py" line="166"/>
        <source>An export never replaces the opened file: choose another name.</source>
        <translation>导出不会覆盖已打开的文件：请换一个文件名。</translation>
    </message>
</context>
<context>
    <name>FilesController</name>
    <message>
        <location filename="../../ui/controllers/files.py" line="47"/>
        <source>Open Report</source>
        <translation>打开公文</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/files.py" line="49"/>
        <source>Reports (*.txt *.docx *.doc *.wps *.rtf *.odt);;All files (*)</source>
        <translation>公文 (*.txt *.docx *.doc *.wps *.rtf *.odt);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/files.py" line="59"/>
        <source>Still opening another file…</source>
        <translation>正在打开另一个文件…</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/files.py" line="65"/>
        <source>Already Open</source>
        <translation>文件已打开</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/files.py" line="66"/>
        <source>%1 is already open in another window.</source>
        <translation>%1 已在另一个窗口中打开。</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/files.py" line="78"/>
        <source>Cannot Open File</source>
        <translation>无法打开文件</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/files.py" line="87"/>
        <source>Unsaved Changes</source>
        <translation>未保存的修改</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/files.py" line="88"/>
        <source>The report has unsaved changes. Save them?</source>
        <translation>公文有未保存的修改，是否保存？</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/files.py" line="90"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/files.py" line="91"/>
        <source>Don&apos;t Save</source>
        <translation>不保存</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/files.py" line="92"/>
        <location filename="../../ui/controllers/files.py" line="210"/>
        <location filename="../../ui/controllers/files.py" line="220"/>
        <location filename="../../ui/controllers/files.py" line="234"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/files.py" line="124"/>
        <source>Save as Word Document</source>
        <translation>另存为 Word 文档</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/files.py" line="124"/>
        <location filename="../../ui/controllers/files.py" line="135"/>
        <source>Word document (*.docx)</source>
        <translation>Word 文档 (*.docx)</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/files.py" line="133"/>
        <source>Text (*.txt)</source>
        <translation>纯文本 (*.txt)</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/files.py" line="136"/>
        <location filename="../../ui/controllers/files.py" line="248"/>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/files.py" line="139"/>
        <source>Save Report As</source>
        <translation>公文另存为</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/files.py" line="192"/>
        <source>Cannot Save File</source>
        <translation>无法保存文件</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/files.py" line="201"/>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/files.py" line="208"/>
        <source>Comments Not Saved</source>
        <translation>批注不会保存</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/controllers/files.py" line="209"/>
        <source>A text file cannot keep the %n comment(s). Save without them?</source>
        <translation>
            <numerusform>纯文本文件无法保存 %n 条批注。仍要不含批注保存吗？（另存为 .docx 可保留批注）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/controllers/files.py" line="210"/>
        <source>Save Without Them</source>
        <translation>不带批注保存</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/files.py" line="218"/>
        <source>Characters Not in the File&apos;s Encoding</source>
        <translation>文件编码无法保存的字符</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/files.py" line="220"/>
        <source>Save as UTF-8</source>
        <translation>保存为 UTF-8</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/files.py" line="224"/>
        <source>%1 will then be UTF-8 (with a BOM) from now on; its line ends stay.</source>
        <translation>“%1”此后将使用 UTF-8（带 BOM）编码，换行符保持不变。</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/files.py" line="231"/>
        <source>Overwrite</source>
        <translation>覆盖</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/files.py" line="231"/>
        <source>Save As…</source>
        <translation>另存为…</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/files.py" line="233"/>
        <source>Reload (Drop My Changes)</source>
        <translation>重新载入（放弃我的修改）</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/files.py" line="236"/>
        <source>File Changed on Disk</source>
        <translation>文件已被修改</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/files.py" line="241"/>
        <source>The version on disk is kept as the backup if you overwrite it.</source>
        <translation>如果覆盖，磁盘上的那个版本会保留为备份（文件 → 恢复上一版本）。</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/files.py" line="249"/>
        <source>ReportDesk</source>
        <translation>公文审校台</translation>
    </message>
</context>
<context>
    <name>FixesController</name>
    <message>
        <location filename="../../ui/controllers/fixes.py" line="50"/>
        <source>Fixed: %1</source>
        <translation>已修改：%1</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/fixes.py" line="60"/>
        <source>Quick fix: %1</source>
        <translation>快速修复：%1</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/fixes.py" line="79"/>
        <source>No quick fix at the cursor</source>
        <translation>光标处没有可快速修复的问题</translation>
    </message>
</context>
<context>
    <name>FocusCycle</name>
    <message>
        <location filename="../../ui/focus_cycle.py" line="46"/>
        <source>Next Pane</source>
        <translation>下一个窗格</translation>
    </message>
    <message>
        <location filename="../../ui/focus_cycle.py" line="50"/>
        <source>Previous Pane</source>
        <translation>上一个窗格</translation>
    </message>
</context>
<context>
    <name>InlineObjects</name>
    <message>
        <location filename="../../ui/inline_objects.py" line="46"/>
        <source>Image</source>
        <translation>图片</translation>
    </message>
    <message>
        <location filename="../../ui/inline_objects.py" line="47"/>
        <source>Text box</source>
        <translation>文本框</translation>
    </message>
    <message>
        <location filename="../../ui/inline_objects.py" line="48"/>
        <source>Shape</source>
        <translation>形状</translation>
    </message>
    <message>
        <location filename="../../ui/inline_objects.py" line="49"/>
        <source>Chart</source>
        <translation>图表</translation>
    </message>
    <message>
        <location filename="../../ui/inline_objects.py" line="50"/>
        <source>SmartArt</source>
        <translation>SmartArt 图形</translation>
    </message>
    <message>
        <location filename="../../ui/inline_objects.py" line="51"/>
        <source>Embedded object</source>
        <translation>嵌入对象</translation>
    </message>
    <message>
        <location filename="../../ui/inline_objects.py" line="52"/>
        <source>Equation</source>
        <translation>公式</translation>
    </message>
    <message>
        <location filename="../../ui/inline_objects.py" line="53"/>
        <source>Footnote</source>
        <translation>脚注</translation>
    </message>
    <message>
        <location filename="../../ui/inline_objects.py" line="54"/>
        <source>Endnote</source>
        <translation>尾注</translation>
    </message>
    <message>
        <location filename="../../ui/inline_objects.py" line="55"/>
        <source>Page break</source>
        <translation>分页符</translation>
    </message>
    <message>
        <location filename="../../ui/inline_objects.py" line="56"/>
        <source>Column break</source>
        <translation>分栏符</translation>
    </message>
    <message>
        <location filename="../../ui/inline_objects.py" line="57"/>
        <source>Field</source>
        <translation>域</translation>
    </message>
    <message>
        <location filename="../../ui/inline_objects.py" line="59"/>
        <source>Object</source>
        <translation>对象</translation>
    </message>
</context>
<context>
    <name>Keys</name>
    <message>
        <location filename="../../ui/keys.py" line="80"/>
        <source>Reports are indented by their layout: Tab inserts nothing (F6 goes to the next pane)</source>
        <translation>公文缩进由版式决定，Tab 不插入任何字符（按 F6 切换到下一个窗格）</translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="126"/>
        <source>Ne&amp;xt Problem</source>
        <translation>下一个问题(&amp;X)</translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="129"/>
        <source>Go to the next problem after the cursor</source>
        <translation>转到光标后的下一个问题</translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="132"/>
        <source>Pre&amp;vious Problem</source>
        <translation>上一个问题(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="135"/>
        <source>Go to the problem before the cursor</source>
        <translation>转到光标前的上一个问题</translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="148"/>
        <source>No problems</source>
        <translation>没有问题</translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="181"/>
        <source>(from the start) </source>
        <translation>（已从头开始）</translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="186"/>
        <source>(from the end) </source>
        <translation>（已从末尾开始）</translation>
    </message>
</context>
<context>
    <name>Loader</name>
    <message>
        <location filename="../../ui/loader.py" line="209"/>
        <source>Opening %1…</source>
        <translation>正在打开 %1…</translation>
    </message>
    <message>
        <location filename="../../ui/loader.py" line="211"/>
        <source>Reading cannot be interrupted: Cancel discards the result when it arrives.</source>
        <translation>读取无法中途停止：取消后，读取结果到达时将被丢弃。</translation>
    </message>
    <message>
        <location filename="../../ui/loader.py" line="212"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/loader.py" line="242"/>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <location filename="../../ui/loader.py" line="243"/>
        <source>Showing %1 (%2 paragraphs)…</source>
        <translation>正在显示 %1（%2 段）…</translation>
    </message>
    <message>
        <location filename="../../ui/loader.py" line="280"/>
        <source>Opening</source>
        <translation>正在打开</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="183"/>
        <source>&amp;New</source>
        <translation>新建(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="185"/>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="187"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="188"/>
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="189"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="191"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="192"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="195"/>
        <source>Cu&amp;t</source>
        <translation>剪切(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="196"/>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="197"/>
        <source>&amp;Paste</source>
        <translation>粘贴(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="198"/>
        <source>Select &amp;All</source>
        <translation>全选(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="200"/>
        <source>&amp;Find and Replace…</source>
        <translation>查找和替换(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="204"/>
        <source>&amp;Bold</source>
        <translation>加粗(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="208"/>
        <source>&amp;Italic</source>
        <translation>倾斜(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="211"/>
        <source>&amp;Underline</source>
        <translation>下划线(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="216"/>
        <source>&amp;Quick Fix</source>
        <translation>快速修复(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="217"/>
        <source>Apply the fix proposed for the problem at the cursor</source>
        <translation>对光标处的问题应用建议的修改</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="220"/>
        <source>Fix All &amp;Numbering</source>
        <translation>修正全部序号(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="221"/>
        <source>Renumber every heading group and 一是/二是 list in one step</source>
        <translation>一步重排所有标题序号和“一是、二是”序列</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="225"/>
        <source>Move Section &amp;Up</source>
        <translation>上移本节(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="229"/>
        <source>Move Section &amp;Down</source>
        <translation>下移本节(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="233"/>
        <source>&amp;Promote Heading</source>
        <translation>提升标题级别(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="234"/>
        <source>One level up: （三） becomes 三、</source>
        <translation>升一级：（三）改为三、</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="238"/>
        <source>One level down: 三、 becomes （三）</source>
        <translation>降一级：三、改为（三）</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="241"/>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="244"/>
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="247"/>
        <source>&amp;Actual Size</source>
        <translation>实际大小(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="251"/>
        <source>Export P&amp;DF…</source>
        <translation>导出 PDF(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="253"/>
        <source>Print Pre&amp;view…</source>
        <translation>打印预览(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="256"/>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="259"/>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="262"/>
        <source>&amp;About ReportDesk</source>
        <translation>关于公文审校台(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="278"/>
        <source>Outline</source>
        <translation>大纲</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="282"/>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="295"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="297"/>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="308"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="316"/>
        <source>F&amp;ormat</source>
        <translation>格式(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="201"/>
        <source>Rep&amp;lace…</source>
        <translation>替换(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="237"/>
        <source>D&amp;emote Heading</source>
        <translation>降低标题级别(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="318"/>
        <source>Out&amp;line</source>
        <translation>大纲(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="322"/>
        <source>&amp;Check</source>
        <translation>检查(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="326"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="333"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="336"/>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="346"/>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="360"/>
        <source>Paragraph:</source>
        <translation>段落：</translation>
    </message>
    <message>
        <location filename="../../ui/shown_analysis.py" line="116"/>
        <source>Characters: %1 (without punctuation: %2)</source>
        <translation>字数：%1（不计标点：%2）</translation>
    </message>
    <message>
        <location filename="../../ui/shown_analysis.py" line="100"/>
        <source>errors</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../../ui/shown_analysis.py" line="101"/>
        <source>warnings</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../../ui/shown_analysis.py" line="102"/>
        <source>notes</source>
        <translation>提示</translation>
    </message>
    <message>
        <location filename="../../ui/shown_analysis.py" line="105"/>
        <source>checking wording…</source>
        <translation>用词检查中…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="442"/>
        <source>Para %1, Col %2</source>
        <translation>段 %1，列 %2</translation>
    </message>
</context>
<context>
    <name>OutlineController</name>
    <message>
        <location filename="../../ui/controllers/outline.py" line="56"/>
        <source>The numbering is already in order</source>
        <translation>序号都已正确，无需修正</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/outline.py" line="62"/>
        <source>Select a heading in the outline first</source>
        <translation>请先在大纲中选择一个标题</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/outline.py" line="99"/>
        <source>The section cannot move further</source>
        <translation>本节无法继续移动</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/outline.py" line="116"/>
        <source>The section cannot be moved there</source>
        <translation>本节无法移动到此处</translation>
    </message>
    <message>
        <location filename="../../ui/controllers/outline.py" line="126"/>
        <source>This heading cannot change level</source>
        <translation>该标题无法调整级别</translation>
    </message>
</context>
<context>
    <name>OutlineView</name>
    <message>
        <location filename="../../ui/outline_view.py" line="122"/>
        <source>No headings. Headings numbered 一、 （一） 1. （1） are listed here.</source>
        <translation>暂无标题。以“一、”​“（一）”​“1.”​“（1）”​编号的标题会列在这里。</translation>
    </message>
</context>
<context>
    <name>ProblemsModel</name>
    <message>
        <location filename="../../ui/problems_model.py" line="145"/>
        <source>Severity</source>
        <translation>级别</translation>
    </message>
    <message>
        <location filename="../../ui/problems_model.py" line="145"/>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <location filename="../../ui/problems_model.py" line="145"/>
        <source>Message</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../ui/problems_model.py" line="145"/>
        <source>Line:Col</source>
        <translation>行:列</translation>
    </message>
    <message>
        <location filename="../../ui/problems_model.py" line="152"/>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../../ui/problems_model.py" line="153"/>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../../ui/problems_model.py" line="154"/>
        <source>Info</source>
        <translation>提示</translation>
    </message>
    <message>
        <location filename="../../ui/problems_model.py" line="173"/>
        <source>(ignored)</source>
        <translation>（已忽略）</translation>
    </message>
    <message>
        <location filename="../../ui/problems_model.py" line="188"/>
        <source>Basis: %1</source>
        <translation>依据：%1</translation>
    </message>
    <message>
        <location filename="../../ui/problems_model.py" line="190"/>
        <source>Quick fix: %1</source>
        <translation>快速修复：%1</translation>
    </message>
</context>
<context>
    <name>ProblemsPanel</name>
    <message>
        <location filename="../../ui/problems_view.py" line="77"/>
        <source>All severities</source>
        <translation>全部级别</translation>
    </message>
    <message>
        <location filename="../../ui/problems_view.py" line="82"/>
        <location filename="../../ui/problems_view.py" line="150"/>
        <source>All rules</source>
        <translation>全部规则</translation>
    </message>
    <message>
        <location filename="../../ui/problems_view.py" line="85"/>
        <source>Quick Fix</source>
        <translation>快速修复</translation>
    </message>
    <message>
        <location filename="../../ui/problems_view.py" line="88"/>
        <source>Fix All Numbering</source>
        <translation>修正全部序号</translation>
    </message>
    <message>
        <location filename="../../ui/problems_view.py" line="89"/>
        <source>Show Ignored</source>
        <translation>显示已忽略</translation>
    </message>
    <message>
        <location filename="../../ui/problems_view.py" line="91"/>
        <source>Undo Ignore</source>
        <translation>撤销忽略</translation>
    </message>
    <message>
        <location filename="../../ui/problems_view.py" line="100"/>
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/problems_view.py" line="132"/>
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n 个问题</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/problems_view.py" line="134"/>
        <source> (%n ignored)</source>
        <translation>
            <numerusform>（另有 %n 个已忽略）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/problems_view.py" line="136"/>
        <source> (+%n in headers, footers and notes)</source>
        <translation>
            <numerusform>（另有 %n 个在页眉、页脚与注释中）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/problems_view.py" line="226"/>
        <source>Stop Ignoring</source>
        <translation>取消忽略</translation>
    </message>
    <message>
        <location filename="../../ui/problems_view.py" line="227"/>
        <source>Ignore</source>
        <translation>忽略</translation>
    </message>
    <message>
        <location filename="../../ui/problems_view.py" line="228"/>
        <source>Ignore All</source>
        <translation>全部忽略</translation>
    </message>
    <message>
        <location filename="../../ui/problems_view.py" line="229"/>
        <source>Turn Off This Rule for This Document</source>
        <translation>对本文档关闭此规则</translation>
    </message>
</context>
<context>
    <name>RecentFiles</name>
    <message>
        <location filename="../../ui/files.py" line="73"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../ui/files.py" line="76"/>
        <source>Clear Recent Files</source>
        <translation>清除最近文件</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../../ui/session.py" line="61"/>
        <source>Recover Unsaved Documents</source>
        <translation>恢复未保存的文档</translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="67"/>
        <source>ReportDesk did not close normally last time. These documents have autosaved copies with changes that were never saved:</source>
        <translation>公文审校台上次没有正常退出。以下文档有自动保存的副本，其中的修改尚未保存：</translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="76"/>
        <source>Autosaved documents</source>
        <translation>自动保存的文档</translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="90"/>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="93"/>
        <location filename="../../ui/session.py" line="130"/>
        <source>Discard</source>
        <translation>放弃</translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="95"/>
        <source>Later</source>
        <translation>以后再说</translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="104"/>
        <source>Later: the copies stay and are offered at the next start.</source>
        <translation>以后再说：副本会保留，下次启动时再次提供。</translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="112"/>
        <source>%1 — autosaved %2, %3 paragraphs</source>
        <translation>%1 — 自动保存于 %2，共 %3 段</translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="128"/>
        <source>Discard Copy</source>
        <translation>放弃副本</translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="129"/>
        <source>Delete the autosaved copy of %1 for good?</source>
        <translation>永久删除 %1 的自动保存副本？</translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="130"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>Renumber</name>
    <message>
        <location filename="../../ui/renumber.py" line="130"/>
        <source>The numbering is already in order</source>
        <translation>序号都已正确，无需修正</translation>
    </message>
    <message>
        <location filename="../../ui/renumber.py" line="158"/>
        <source>Numbering fixed — markers: %1, groups: %2</source>
        <translation>已修正 %1 个序号（共 %2 组）</translation>
    </message>
</context>
<context>
    <name>ReviewController</name>
    <message>
        <location filename="../../ui/review.py" line="112"/>
        <source>Reply</source>
        <translation>答复</translation>
    </message>
    <message>
        <location filename="../../ui/review.py" line="113"/>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <location filename="../../ui/review.py" line="114"/>
        <location filename="../../ui/review.py" line="378"/>
        <source>Resolve</source>
        <translation>解决</translation>
    </message>
    <message>
        <location filename="../../ui/review.py" line="378"/>
        <source>Reopen</source>
        <translation>重新打开</translation>
    </message>
    <message>
        <location filename="../../ui/review.py" line="115"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../ui/review.py" line="52"/>
        <source>Comments</source>
        <translation>批注</translation>
    </message>
    <message>
        <location filename="../../ui/review.py" line="97"/>
        <source>&amp;New Comment…</source>
        <translation>新建批注(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../ui/review.py" line="98"/>
        <source>Comment on the selected text</source>
        <translation>对选中的文字添加批注</translation>
    </message>
    <message>
        <location filename="../../ui/review.py" line="100"/>
        <source>Comment</source>
        <translation>批注</translation>
    </message>
    <message>
        <location filename="../../ui/review.py" line="101"/>
        <source>&amp;Reply…</source>
        <translation>答复(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../ui/review.py" line="102"/>
        <source>&amp;Edit Comment…</source>
        <translation>编辑批注(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../ui/review.py" line="103"/>
        <location filename="../../ui/review.py" line="377"/>
        <source>Re&amp;solve</source>
        <translation>解决(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/review.py" line="104"/>
        <source>&amp;Delete Comment</source>
        <translation>删除批注(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/review.py" line="106"/>
        <source>&amp;Previous Comment</source>
        <translation>上一条批注(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/review.py" line="109"/>
        <source>Ne&amp;xt Comment</source>
        <translation>下一条批注(&amp;X)</translation>
    </message>
    <message>
        <location filename="../../ui/review.py" line="118"/>
        <source>Reviewer N&amp;ame…</source>
        <translation>批注署名(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../ui/review.py" line="120"/>
        <source>Export Official-Format &amp;Word…</source>
        <translation>导出公文格式 Word(&amp;W)…</translation>
    </message>
    <message>
        <location filename="../../ui/review.py" line="121"/>
        <source>Rebuild the report in the GB/T 9704 layout as a new .docx (comments, problems, tracked changes); the opened file stays as it is</source>
        <translation>按 GB/T 9704 版式重排，导出为新的 .docx（可含批注、问题、修订）；打开的文件保持原样</translation>
    </message>
    <message>
        <location filename="../../ui/review.py" line="126"/>
        <source>&amp;Review</source>
        <translation>审阅(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/review.py" line="194"/>
        <source>Select the text to comment on first</source>
        <translation>请先选中要批注的文字</translation>
    </message>
    <message>
        <location filename="../../ui/review.py" line="209"/>
        <source>New comment on “%1”:</source>
        <translation>对“%1”的新批注：</translation>
    </message>
    <message>
        <location filename="../../ui/review.py" line="219"/>
        <source>The text to comment on is gone</source>
        <translation>要批注的文字已不存在</translation>
    </message>
    <message>
        <location filename="../../ui/review.py" line="247"/>
        <source>Reply to %1:</source>
        <translation>答复 %1：</translation>
    </message>
    <message>
        <location filename="../../ui/review.py" line="260"/>
        <source>Edit comment:</source>
        <translation>编辑批注：</translation>
    </message>
    <message>
        <location filename="../../ui/review.py" line="303"/>
        <source>The commented text was deleted</source>
        <translation>批注的原文已删除</translation>
    </message>
    <message>
        <location filename="../../ui/review.py" line="315"/>
        <source>No comments</source>
        <translation>没有批注</translation>
    </message>
    <message>
        <location filename="../../ui/review_problems.py" line="63"/>
        <source>This problem has no text to comment on</source>
        <translation>该问题没有可批注的文字</translation>
    </message>
    <message>
        <location filename="../../ui/review_problems.py" line="76"/>
        <source>New Comment…</source>
        <translation>新建批注…</translation>
    </message>
    <message>
        <location filename="../../ui/review_problems.py" line="80"/>
        <source>Make Comment: %1</source>
        <translation>转为批注：%1</translation>
    </message>
    <message>
        <location filename="../../ui/review_problems.py" line="101"/>
        <source>Make Comment</source>
        <translation>转为批注</translation>
    </message>
    <message>
        <location filename="../../ui/review_problems.py" line="104"/>
        <source>Quick Fix</source>
        <translation>快速修复</translation>
    </message>
    <message>
        <location filename="../../ui/review.py" line="366"/>
        <source>%1 open, %2 resolved</source>
        <translation>%1 条未解决，%2 条已解决</translation>
    </message>
    <message>
        <location filename="../../ui/review.py" line="377"/>
        <source>Re&amp;open</source>
        <translation>重新打开(&amp;O)</translation>
    </message>
</context>
<context>
    <name>RevisionsPanel</name>
    <message>
        <location filename="../../ui/revisions_view.py" line="61"/>
        <source>No tracked changes. Turn on Track Changes (Ctrl+Shift+E) to record edits.</source>
        <translation>暂无修订。打开“修订”（Ctrl+Shift+E）后，所做的修改会记录在这里。</translation>
    </message>
    <message>
        <location filename="../../ui/revisions_view.py" line="40"/>
        <source>Final Showing Markup</source>
        <translation>显示标记的最终状态</translation>
    </message>
    <message>
        <location filename="../../ui/revisions_view.py" line="40"/>
        <source>Final</source>
        <translation>最终状态</translation>
    </message>
    <message>
        <location filename="../../ui/revisions_view.py" line="41"/>
        <source>Original</source>
        <translation>原始状态</translation>
    </message>
    <message>
        <location filename="../../ui/revisions_view.py" line="104"/>
        <source>All Reviewers</source>
        <translation>所有审阅者</translation>
    </message>
    <message>
        <location filename="../../ui/revisions_view.py" line="106"/>
        <source>(unknown)</source>
        <translation>（未知）</translation>
    </message>
    <message>
        <location filename="../../ui/revisions_view.py" line="127"/>
        <source>Outside the body: decided by Accept All / Reject All</source>
        <translation>正文之外：由“全部接受”/“全部拒绝”处理</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/revisions_view.py" line="130"/>
        <source>%n change(s)</source>
        <translation>
            <numerusform>共 %n 处修订</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoleChooser</name>
    <message>
        <location filename="../../ui/role_chooser.py" line="31"/>
        <source>What the paragraph is; choosing fixes it</source>
        <translation>段落类型；选择后固定，不再自动识别</translation>
    </message>
    <message>
        <location filename="../../ui/role_chooser.py" line="32"/>
        <location filename="../../ui/role_chooser.py" line="50"/>
        <location filename="../../ui/role_chooser.py" line="64"/>
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <location filename="../../ui/role_chooser.py" line="39"/>
        <source>Issuing organ mark (red head)</source>
        <translation>发文机关标志（版头）</translation>
    </message>
    <message>
        <location filename="../../ui/role_chooser.py" line="40"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../ui/role_chooser.py" line="40"/>
        <source>Subtitle</source>
        <translation>副标题</translation>
    </message>
    <message>
        <location filename="../../ui/role_chooser.py" line="41"/>
        <source>Document number</source>
        <translation>发文字号</translation>
    </message>
    <message>
        <location filename="../../ui/role_chooser.py" line="41"/>
        <source>Addressee</source>
        <translation>主送机关</translation>
    </message>
    <message>
        <location filename="../../ui/role_chooser.py" line="42"/>
        <source>Chapter</source>
        <translation>章节</translation>
    </message>
    <message>
        <location filename="../../ui/role_chooser.py" line="42"/>
        <source>Heading 1 (一、)</source>
        <translation>一级标题（一、）</translation>
    </message>
    <message>
        <location filename="../../ui/role_chooser.py" line="43"/>
        <source>Heading 2 (（一）)</source>
        <translation>二级标题（（一））</translation>
    </message>
    <message>
        <location filename="../../ui/role_chooser.py" line="44"/>
        <source>Heading 3 (1.)</source>
        <translation>三级标题（1.）</translation>
    </message>
    <message>
        <location filename="../../ui/role_chooser.py" line="45"/>
        <source>Heading 4 (（1）)</source>
        <translation>四级标题（（1））</translation>
    </message>
    <message>
        <location filename="../../ui/role_chooser.py" line="45"/>
        <source>Body text</source>
        <translation>正文</translation>
    </message>
    <message>
        <location filename="../../ui/role_chooser.py" line="46"/>
        <source>Attachment note</source>
        <translation>附件说明</translation>
    </message>
    <message>
        <location filename="../../ui/role_chooser.py" line="46"/>
        <source>Signature</source>
        <translation>署名</translation>
    </message>
    <message>
        <location filename="../../ui/role_chooser.py" line="47"/>
        <source>Date</source>
        <translation>成文日期</translation>
    </message>
    <message>
        <location filename="../../ui/role_chooser.py" line="47"/>
        <source>Not part of the report</source>
        <translation>非正文内容</translation>
    </message>
    <message>
        <location filename="../../ui/role_chooser.py" line="48"/>
        <source>Blank</source>
        <translation>空行</translation>
    </message>
</context>
<context>
    <name>SearchPane</name>
    <message>
        <location filename="../../ui/search_pane.py" line="131"/>
        <source>Search the document</source>
        <translation>在文档中搜索</translation>
    </message>
    <message>
        <location filename="../../ui/search_pane.py" line="135"/>
        <source>Previous result (Shift+Enter)</source>
        <translation>上一处结果（Shift+Enter）</translation>
    </message>
    <message>
        <location filename="../../ui/search_pane.py" line="138"/>
        <source>Next result (Enter)</source>
        <translation>下一处结果（Enter）</translation>
    </message>
    <message>
        <location filename="../../ui/search_pane.py" line="139"/>
        <source>Match case</source>
        <translation>区分大小写</translation>
    </message>
    <message>
        <location filename="../../ui/search_pane.py" line="140"/>
        <source>Regular expression</source>
        <translation>正则表达式</translation>
    </message>
    <message>
        <location filename="../../ui/search_pane.py" line="141"/>
        <source>Python regular expressions, e.g. 第[一二三四五]条</source>
        <translation>Python 正则表达式，例如 第[一二三四五]条</translation>
    </message>
    <message>
        <location filename="../../ui/search_pane.py" line="148"/>
        <source>Replace with</source>
        <translation>替换为</translation>
    </message>
    <message>
        <location filename="../../ui/search_pane.py" line="149"/>
        <source>&amp;Replace</source>
        <translation>替换(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/search_pane.py" line="150"/>
        <source>Replace &amp;All</source>
        <translation>全部替换(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/search_pane.py" line="231"/>
        <source>Invalid regular expression near character %1</source>
        <translation>正则表达式有误（第 %1 个字符附近）</translation>
    </message>
    <message>
        <location filename="../../ui/search_pane.py" line="235"/>
        <source>Invalid regular expression</source>
        <translation>正则表达式有误</translation>
    </message>
    <message>
        <location filename="../../ui/search_pane.py" line="250"/>
        <source>Paragraph %1</source>
        <translation>第 %1 段</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/search_pane.py" line="257"/>
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n 个结果</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/search_pane.py" line="259"/>
        <source>No results</source>
        <translation>无匹配结果</translation>
    </message>
    <message>
        <location filename="../../ui/search_pane.py" line="403"/>
        <source>Replaced %1</source>
        <translation>已替换 %1 处</translation>
    </message>
    <message>
        <location filename="../../ui/search_pane.py" line="407"/>
        <source>The replacement refers to a group the pattern lacks</source>
        <translation>替换内容引用了正则表达式中没有的分组</translation>
    </message>
    <message>
        <location filename="../../ui/search_pane.py" line="439"/>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <location filename="../../ui/session.py" line="174"/>
        <source>The last run ended abnormally; its trace is in %1</source>
        <translation>上次运行异常结束，记录在 %1</translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="253"/>
        <source>Another internal error (recorded in the log)</source>
        <translation>又发生一个内部错误（已记录到日志）</translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="257"/>
        <source>ReportDesk hit an internal error: %1</source>
        <translation>公文审校台发生内部错误：%1</translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="259"/>
        <source>Unsaved documents were copied for recovery (%1).</source>
        <translation>未保存的文档已存为恢复副本（%1 份）。</translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="262"/>
        <source>It is safest to save your work under a new name now.</source>
        <translation>建议立即把文档另存一份。</translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="263"/>
        <source>Details are in %1</source>
        <translation>详细信息记录在 %1</translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="269"/>
        <source>Internal Error</source>
        <translation>内部错误</translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="272"/>
        <source>Save As…</source>
        <translation>另存为…</translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="273"/>
        <source>Continue Working</source>
        <translation>继续工作</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/settings_dialog.py" line="42"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="44"/>
        <source>General</source>
        <translation>常规</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="45"/>
        <source>Editor and Fonts</source>
        <translation>编辑器与字体</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="46"/>
        <source>Checks</source>
        <translation>检查规则</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="47"/>
        <source>Word Export</source>
        <translation>导出为 Word</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="63"/>
        <source>Shown on comments and in exported files</source>
        <translation>显示在批注和导出的文件中</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="66"/>
        <source>Taken from the name when empty</source>
        <translation>留空则取自姓名</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="71"/>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="72"/>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="73"/>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="74"/>
        <source>Dark page in dark mode</source>
        <translation>深色模式下页面也用深色</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="76"/>
        <source>Off: the page stays paper-coloured, as it prints, on a dark surround</source>
        <translation>不勾选时，页面保持纸张颜色（与打印效果一致），周围为深色</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="80"/>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="82"/>
        <source>Reviewer</source>
        <translation>审阅人</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="84"/>
        <source>Name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="85"/>
        <source>Initials:</source>
        <translation>缩写：</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="86"/>
        <source>Interface</source>
        <translation>界面</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="88"/>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="89"/>
        <source>The language changes at the next start.</source>
        <translation>界面语言在下次启动时生效。</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="92"/>
        <source>Appearance:</source>
        <translation>外观：</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="94"/>
        <source>Unsaved work</source>
        <translation>未保存的内容</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="96"/>
        <source>Autosave every:</source>
        <translation>自动保存间隔：</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="97"/>
        <source>A recovery copy is kept; after a crash it is offered at start.</source>
        <translation>自动保存恢复副本；程序意外退出后，下次启动时可以恢复。</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="109"/>
        <source>Editor</source>
        <translation>编辑器</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="115"/>
        <source> pt</source>
        <translation> 磅</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="116"/>
        <source>Body text size on screen:</source>
        <translation>屏幕正文字号：</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="118"/>
        <source>Screen and PDF fonts</source>
        <translation>屏幕及 PDF 字体</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="121"/>
        <source>Title (小标宋):</source>
        <translation>标题（小标宋）：</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="122"/>
        <source>Level-1 headings (黑体):</source>
        <translation>一级标题（黑体）：</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="123"/>
        <source>Level-2 headings (楷体):</source>
        <translation>二级标题（楷体）：</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="124"/>
        <source>Body (仿宋):</source>
        <translation>正文（仿宋）：</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="131"/>
        <source>Automatic (%1)</source>
        <translation>自动（%1）</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="140"/>
        <source>Word files always name the fonts of the reader&apos;s machine (仿宋_GB2312, 黑体, 楷体_GB2312, 方正小标宋简体); these choices only change what this screen and the PDF show.</source>
        <translation>Word 文件始终使用阅读方电脑上的字体名称（仿宋_GB2312、黑体、楷体_GB2312、方正小标宋简体）；这里的选择只影响本机屏幕和 PDF 的显示。</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="163"/>
        <source>Numbering of headings and lists</source>
        <translation>标题和列举的序号</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="164"/>
        <source>Stated counts</source>
        <translation>数量表述</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="165"/>
        <source>Placeholders left in</source>
        <translation>未填写的占位符</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="166"/>
        <source>Punctuation</source>
        <translation>标点符号</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="167"/>
        <source>Consistent names</source>
        <translation>名称一致</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="168"/>
        <source>Text that is not part of the report</source>
        <translation>非正文内容</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="169"/>
        <source>Misused words</source>
        <translation>错别字</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="170"/>
        <source>Wrong characters (general check)</source>
        <translation>疑似错别字（通用检查）</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="171"/>
        <source>Confused words</source>
        <translation>易混词</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="172"/>
        <source>的, 地 and 得</source>
        <translation>“的”“地”“得”</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="173"/>
        <source>Repeated characters and words</source>
        <translation>重复的字词</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="174"/>
        <source>Dates</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="175"/>
        <source>Fixed formulations of party and state documents</source>
        <translation>规范提法</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="176"/>
        <source>Document titles and types</source>
        <translation>公文标题和文种</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="177"/>
        <source>Number and character hygiene</source>
        <translation>数字和字符规范</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="178"/>
        <source>Sentence structure</source>
        <translation>句子结构（语法）</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="185"/>
        <source>Checks run while you type:</source>
        <translation>输入时运行的检查：</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="188"/>
        <source>Check</source>
        <translation>检查项</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="188"/>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="212"/>
        <source>Checked by default in File → Export to Word:</source>
        <translation>“文件 → 导出为 Word”中默认勾选：</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="213"/>
        <source>Comments</source>
        <translation>批注</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="214"/>
        <source>Problems found, as comments</source>
        <translation>检查出的问题作为批注</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="215"/>
        <source>My edits as tracked changes</source>
        <translation>修改内容作为修订（痕迹）</translation>
    </message>
</context>
<context>
    <name>SidePartsDock</name>
    <message>
        <location filename="../../ui/side_parts_view.py" line="33"/>
        <source>Headers, Footers and Notes</source>
        <translation>页眉、页脚与注释</translation>
    </message>
    <message>
        <location filename="../../ui/side_parts_view.py" line="38"/>
        <source>Part</source>
        <translation>部分</translation>
    </message>
    <message>
        <location filename="../../ui/side_parts_view.py" line="38"/>
        <source>Text</source>
        <translation>文字</translation>
    </message>
    <message>
        <location filename="../../ui/side_parts_view.py" line="67"/>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <location filename="../../ui/side_parts_view.py" line="72"/>
        <source>This report has no headers, footers, notes or text boxes.</source>
        <translation>本文档没有页眉、页脚、脚注尾注或文本框。</translation>
    </message>
</context>
<context>
    <name>TrackChanges</name>
    <message>
        <location filename="../../ui/track_changes.py" line="68"/>
        <source>Revisions</source>
        <translation>修订</translation>
    </message>
    <message>
        <location filename="../../ui/track_changes.py" line="112"/>
        <source>&amp;Track Changes</source>
        <translation>修订(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/track_changes.py" line="115"/>
        <source>&amp;Accept</source>
        <translation>接受(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/track_changes.py" line="117"/>
        <source>&amp;Reject</source>
        <translation>拒绝(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/track_changes.py" line="119"/>
        <source>Accept A&amp;ll</source>
        <translation>全部接受(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/track_changes.py" line="121"/>
        <source>Reject All</source>
        <translation>全部拒绝</translation>
    </message>
    <message>
        <location filename="../../ui/track_changes.py" line="123"/>
        <source>&amp;Next Change</source>
        <translation>下一处修订(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/track_changes.py" line="125"/>
        <source>&amp;Previous Change</source>
        <translation>上一处修订(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/track_changes.py" line="131"/>
        <source>Trac&amp;k Changes</source>
        <translation>修订(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../ui/track_changes.py" line="145"/>
        <source>Reviewer</source>
        <translation>审阅人</translation>
    </message>
    <message>
        <location filename="../../ui/track_changes.py" line="172"/>
        <source>Track changes on: your edits are recorded as revisions</source>
        <translation>修订已打开：您的修改将记录为修订</translation>
    </message>
    <message>
        <location filename="../../ui/track_changes.py" line="173"/>
        <source>Track changes off</source>
        <translation>修订已关闭</translation>
    </message>
    <message>
        <location filename="../../ui/track_changes.py" line="353"/>
        <source>Track Changes</source>
        <translation>修订</translation>
    </message>
    <message>
        <location filename="../../ui/track_outline.py" line="45"/>
        <source>The move was not recorded: %1</source>
        <translation>移动未能记录为修订：%1</translation>
    </message>
    <message>
        <location filename="../../ui/track_changes.py" line="459"/>
        <source>Pending Revisions</source>
        <translation>有未处理的修订</translation>
    </message>
    <message>
        <location filename="../../ui/track_changes.py" line="460"/>
        <source>A text file has no place for tracked changes.</source>
        <translation>文本文件无法保存修订。</translation>
    </message>
    <message>
        <location filename="../../ui/track_changes.py" line="461"/>
        <source>Accept All and Save</source>
        <translation>全部接受并保存</translation>
    </message>
    <message>
        <location filename="../../ui/track_changes.py" line="462"/>
        <source>Save as Word…</source>
        <translation>另存为 Word…</translation>
    </message>
</context>
<context>
    <name>WordCountDialog</name>
    <message>
        <location filename="../../ui/word_count.py" line="78"/>
        <source>Word Count</source>
        <translation>字数统计</translation>
    </message>
    <message>
        <location filename="../../ui/word_count.py" line="82"/>
        <source>Statistics:</source>
        <translation>统计信息：</translation>
    </message>
    <message>
        <location filename="../../ui/word_count.py" line="83"/>
        <source>Document</source>
        <translation>全文</translation>
    </message>
    <message>
        <location filename="../../ui/word_count.py" line="85"/>
        <source>Selection</source>
        <translation>所选内容</translation>
    </message>
    <message>
        <location filename="../../ui/word_count.py" line="88"/>
        <source>Words</source>
        <translation>字数</translation>
    </message>
    <message>
        <location filename="../../ui/word_count.py" line="89"/>
        <source>Characters (no spaces)</source>
        <translation>字符数（不计空格）</translation>
    </message>
    <message>
        <location filename="../../ui/word_count.py" line="90"/>
        <source>Characters (with spaces)</source>
        <translation>字符数（计空格）</translation>
    </message>
    <message>
        <location filename="../../ui/word_count.py" line="91"/>
        <source>Paragraphs</source>
        <translation>段落数</translation>
    </message>
    <message>
        <location filename="../../ui/word_count.py" line="92"/>
        <source>Asian characters and Korean words</source>
        <translation>中文字符和朝鲜语单词</translation>
    </message>
    <message>
        <location filename="../../ui/word_count.py" line="93"/>
        <source>Non-Asian words</source>
        <translation>非中文单词</translation>
    </message>
    <message>
        <location filename="../../ui/word_count.py" line="105"/>
        <source>Include text boxes, footnotes and endnotes</source>
        <translation>包括文本框、脚注和尾注</translation>
    </message>
    <message>
        <location filename="../../ui/word_count.py" line="110"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>WordCountStatus</name>
    <message>
        <location filename="../../ui/word_count.py" line="148"/>
        <source>Word &amp;Count…</source>
        <translation>字数统计(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../ui/word_count.py" line="151"/>
        <source>Words, characters and paragraphs, as Word counts them</source>
        <translation>按 Word 的规则统计字数、字符数和段落数</translation>
    </message>
    <message>
        <location filename="../../ui/word_count.py" line="156"/>
        <source>Word count (click for details)</source>
        <translation>字数（单击查看详细统计）</translation>
    </message>
    <message>
        <location filename="../../ui/word_count.py" line="205"/>
        <source>Words: %1</source>
        <translation>字数：%1</translation>
    </message>
</context>
<context>
    <name>Zoom</name>
    <message>
        <location filename="../../ui/zoom.py" line="58"/>
        <source>Page &amp;Width</source>
        <translation>页宽(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../ui/zoom.py" line="63"/>
        <source>Zoom so that the page fills the window&apos;s width</source>
        <translation>缩放到页面正好占满窗口宽度</translation>
    </message>
</context>
</TS>
