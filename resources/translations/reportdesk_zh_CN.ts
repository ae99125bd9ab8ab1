<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>EditCommands</name>
    <message>
        <location filename="../../ui/commands.py" line="45"/>
        <source>Fixed: %1</source>
        <translation>已修改：%1</translation>
    </message>
    <message>
        <location filename="../../ui/commands.py" line="54"/>
        <source>Quick fix: %1</source>
        <translation>快速修复：%1</translation>
    </message>
    <message>
        <location filename="../../ui/commands.py" line="70"/>
        <source>No quick fix at the cursor</source>
        <translation>光标处没有可快速修复的问题</translation>
    </message>
    <message>
        <location filename="../../ui/commands.py" line="90"/>
        <source>Select a heading in the outline first</source>
        <translation>请先在大纲中选择一个标题</translation>
    </message>
    <message>
        <location filename="../../ui/commands.py" line="103"/>
        <source>The section cannot move further</source>
        <translation>本节无法继续移动</translation>
    </message>
    <message>
        <location filename="../../ui/commands.py" line="121"/>
        <source>This heading cannot change level</source>
        <translation>该标题无法调整级别</translation>
    </message>
</context>
<context>
    <name>FileCommands</name>
    <message>
        <location filename="../../ui/files.py" line="79"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../ui/files.py" line="82"/>
        <source>Clear Recent Files</source>
        <translation>清除最近文件</translation>
    </message>
    <message>
        <location filename="../../ui/files.py" line="99"/>
        <source>Open Report</source>
        <translation>打开公文</translation>
    </message>
    <message>
        <location filename="../../ui/files.py" line="99"/>
        <source>Reports (*.txt *.docx);;All files (*)</source>
        <translation>公文 (*.txt *.docx);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../ui/files.py" line="111"/>
        <location filename="../../ui/files.py" line="114"/>
        <source>Cannot Open File</source>
        <translation>无法打开文件</translation>
    </message>
    <message>
        <location filename="../../ui/files.py" line="124"/>
        <source>Opened %1</source>
        <translation>已打开 %1</translation>
    </message>
    <message>
        <location filename="../../ui/files.py" line="133"/>
        <source>Text (*.txt)</source>
        <translation>纯文本 (*.txt)</translation>
    </message>
    <message>
        <location filename="../../ui/files.py" line="135"/>
        <source>Word document (*.docx)</source>
        <translation>Word 文档 (*.docx)</translation>
    </message>
    <message>
        <location filename="../../ui/files.py" line="136"/>
        <location filename="../../ui/files.py" line="200"/>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <location filename="../../ui/files.py" line="137"/>
        <source>Save Report As</source>
        <translation>公文另存为</translation>
    </message>
    <message>
        <location filename="../../ui/files.py" line="159"/>
        <source>File Changed on Disk</source>
        <translation>文件已在磁盘上被修改</translation>
    </message>
    <message>
        <location filename="../../ui/files.py" line="160"/>
        <source>Overwrite it with this version?</source>
        <translation>是否用当前版本覆盖？</translation>
    </message>
    <message>
        <location filename="../../ui/files.py" line="168"/>
        <source>Cannot Save File</source>
        <translation>无法保存文件</translation>
    </message>
    <message>
        <location filename="../../ui/files.py" line="176"/>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <location filename="../../ui/files.py" line="190"/>
        <source>Unsaved Changes</source>
        <translation>未保存的修改</translation>
    </message>
    <message>
        <location filename="../../ui/files.py" line="191"/>
        <source>The report has unsaved changes. Save them?</source>
        <translation>公文有未保存的修改，是否保存？</translation>
    </message>
    <message>
        <location filename="../../ui/files.py" line="201"/>
        <source>ReportDesk</source>
        <translation>公文审校台</translation>
    </message>
</context>
<context>
    <name>FindReplaceDialog</name>
    <message>
        <location filename="../../ui/find_dialog.py" line="21"/>
        <source>Find and Replace</source>
        <translation>查找和替换</translation>
    </message>
    <message>
        <location filename="../../ui/find_dialog.py" line="24"/>
        <source>Match case</source>
        <translation>区分大小写</translation>
    </message>
    <message>
        <location filename="../../ui/find_dialog.py" line="26"/>
        <source>Find Next</source>
        <translation>查找下一个</translation>
    </message>
    <message>
        <location filename="../../ui/find_dialog.py" line="27"/>
        <source>Find Previous</source>
        <translation>查找上一个</translation>
    </message>
    <message>
        <location filename="../../ui/find_dialog.py" line="28"/>
        <source>Replace</source>
        <translation>替换</translation>
    </message>
    <message>
        <location filename="../../ui/find_dialog.py" line="29"/>
        <source>Replace All</source>
        <translation>全部替换</translation>
    </message>
    <message>
        <location filename="../../ui/find_dialog.py" line="38"/>
        <source>Find:</source>
        <translation>查找：</translation>
    </message>
    <message>
        <location filename="../../ui/find_dialog.py" line="41"/>
        <source>Replace with:</source>
        <translation>替换为：</translation>
    </message>
    <message>
        <location filename="../../ui/find_dialog.py" line="70"/>
        <source>Not found</source>
        <translation>未找到</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/find_dialog.py" line="101"/>
        <source>%n replacement(s)</source>
        <translation>
            <numerusform>已替换 %n 处</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="96"/>
        <source>&amp;New</source>
        <translation>新建(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="98"/>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="100"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="101"/>
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="102"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="104"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="105"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="108"/>
        <source>Cu&amp;t</source>
        <translation>剪切(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="109"/>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="110"/>
        <source>&amp;Paste</source>
        <translation>粘贴(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="111"/>
        <source>Select &amp;All</source>
        <translation>全选(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="112"/>
        <source>&amp;Find and Replace…</source>
        <translation>查找和替换(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="113"/>
        <source>Replace…</source>
        <translation>替换…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="114"/>
        <source>&amp;Bold</source>
        <translation>加粗(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="115"/>
        <source>&amp;Italic</source>
        <translation>倾斜(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="117"/>
        <source>&amp;Underline</source>
        <translation>下划线(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="122"/>
        <source>&amp;Quick Fix</source>
        <translation>快速修复(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="123"/>
        <source>Apply the fix proposed for the problem at the cursor</source>
        <translation>对光标处的问题应用建议的修改</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="126"/>
        <source>Fix All &amp;Numbering</source>
        <translation>修正全部序号(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="127"/>
        <source>Renumber every heading group and 一是/二是 list in one step</source>
        <translation>一步重排所有标题序号和“一是、二是”序列</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="130"/>
        <source>Move Section &amp;Up</source>
        <translation>上移本节(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="134"/>
        <source>Move Section &amp;Down</source>
        <translation>下移本节(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="138"/>
        <source>&amp;Promote Heading</source>
        <translation>提升标题级别(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="139"/>
        <source>One level up: （三） becomes 三、</source>
        <translation>升一级：（三）改为三、</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="142"/>
        <source>&amp;Demote Heading</source>
        <translation>降低标题级别(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="143"/>
        <source>One level down: 三、 becomes （三）</source>
        <translation>降一级：三、改为（三）</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="146"/>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="149"/>
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="152"/>
        <source>&amp;Actual Size</source>
        <translation>实际大小(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="166"/>
        <source>Outline</source>
        <translation>大纲</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="170"/>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="183"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="185"/>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="192"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="198"/>
        <source>F&amp;ormat</source>
        <translation>格式(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="200"/>
        <source>&amp;Outline</source>
        <translation>大纲(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="204"/>
        <source>&amp;Check</source>
        <translation>检查(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="206"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="212"/>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="221"/>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="238"/>
        <source>Paragraph:</source>
        <translation>段落：</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="241"/>
        <source>What the paragraph is; choosing fixes it</source>
        <translation>段落类型；选择后固定，不再自动识别</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="242"/>
        <location filename="../../ui/main_window.py" line="262"/>
        <location filename="../../ui/main_window.py" line="364"/>
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="252"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="252"/>
        <source>Subtitle</source>
        <translation>副标题</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="253"/>
        <source>Document number</source>
        <translation>发文字号</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="253"/>
        <source>Addressee</source>
        <translation>主送机关</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="254"/>
        <source>Chapter</source>
        <translation>章节</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="254"/>
        <source>Heading 1 (一、)</source>
        <translation>一级标题（一、）</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="255"/>
        <source>Heading 2 (（一）)</source>
        <translation>二级标题（（一））</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="256"/>
        <source>Heading 3 (1.)</source>
        <translation>三级标题（1.）</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="257"/>
        <source>Heading 4 (（1）)</source>
        <translation>四级标题（（1））</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="257"/>
        <source>Body text</source>
        <translation>正文</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="258"/>
        <source>Attachment note</source>
        <translation>附件说明</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="258"/>
        <source>Signature</source>
        <translation>署名</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="259"/>
        <source>Date</source>
        <translation>成文日期</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="259"/>
        <source>Not part of the report</source>
        <translation>非正文内容</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="260"/>
        <source>Blank</source>
        <translation>空行</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="332"/>
        <source>Characters: %1 (without punctuation: %2)</source>
        <translation>字数：%1（不计标点：%2）</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="340"/>
        <source>errors</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="341"/>
        <source>warnings</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="342"/>
        <source>notes</source>
        <translation>提示</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="351"/>
        <source>Para %1, Col %2</source>
        <translation>段 %1，列 %2</translation>
    </message>
</context>
<context>
    <name>ProblemsModel</name>
    <message>
        <location filename="../../ui/problems_view.py" line="51"/>
        <source>Severity</source>
        <translation>级别</translation>
    </message>
    <message>
        <location filename="../../ui/problems_view.py" line="51"/>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <location filename="../../ui/problems_view.py" line="51"/>
        <source>Message</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../ui/problems_view.py" line="51"/>
        <source>Line:Col</source>
        <translation>行:列</translation>
    </message>
    <message>
        <location filename="../../ui/problems_view.py" line="58"/>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../../ui/problems_view.py" line="59"/>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../../ui/problems_view.py" line="60"/>
        <source>Info</source>
        <translation>提示</translation>
    </message>
    <message>
        <location filename="../../ui/problems_view.py" line="85"/>
        <source>Basis: %1</source>
        <translation>依据：%1</translation>
    </message>
    <message>
        <location filename="../../ui/problems_view.py" line="87"/>
        <source>Quick fix: %1</source>
        <translation>快速修复：%1</translation>
    </message>
</context>
<context>
    <name>ProblemsPanel</name>
    <message>
        <location filename="../../ui/problems_view.py" line="148"/>
        <source>All severities</source>
        <translation>全部级别</translation>
    </message>
    <message>
        <location filename="../../ui/problems_view.py" line="153"/>
        <location filename="../../ui/problems_view.py" line="184"/>
        <source>All rules</source>
        <translation>全部规则</translation>
    </message>
    <message>
        <location filename="../../ui/problems_view.py" line="156"/>
        <source>Quick Fix</source>
        <translation>快速修复</translation>
    </message>
    <message>
        <location filename="../../ui/problems_view.py" line="158"/>
        <source>Fix All Numbering</source>
        <translation>修正全部序号</translation>
    </message>
    <message>
        <location filename="../../ui/problems_view.py" line="163"/>
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/problems_view.py" line="191"/>
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n 个问题</numerusform>
        </translation>
    </message>
</context>
</TS>
