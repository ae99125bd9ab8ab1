<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
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
        <location filename="../../ui/comment_cards.py" line="43"/>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <location filename="../../ui/comment_cards.py" line="48"/>
        <source>Original text deleted</source>
        <translation>原文已删除</translation>
    </message>
</context>
<context>
    <name>CommentsPanel</name>
    <message>
        <location filename="../../ui/comments_view.py" line="114"/>
        <source>All comments</source>
        <translation>全部批注</translation>
    </message>
    <message>
        <location filename="../../ui/comments_view.py" line="115"/>
        <source>Open</source>
        <translation>未解决</translation>
    </message>
    <message>
        <location filename="../../ui/comments_view.py" line="116"/>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <location filename="../../ui/comments_view.py" line="142"/>
        <source>No comments. Select text and press Ctrl+Alt+M.</source>
        <translation>暂无批注。选中文字后按 Ctrl+Alt+M 添加批注。</translation>
    </message>
    <message>
        <location filename="../../ui/comments_view.py" line="155"/>
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <location filename="../../ui/comments_view.py" line="156"/>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <location filename="../../ui/comments_view.py" line="157"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
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
    <name>ExportDialog</name>
    <message>
        <location filename="../../ui/review_dialogs.py" line="87"/>
        <location filename="../../ui/review_dialogs.py" line="130"/>
        <source>Export to Word</source>
        <translation>导出为 Word</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/review_dialogs.py" line="88"/>
        <source>Comments (%n)</source>
        <translation>
            <numerusform>批注（%n 条）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/review_dialogs.py" line="92"/>
        <source>Problems found as comments (%n)</source>
        <translation>
            <numerusform>检查出的问题作为批注（%n 条）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/review_dialogs.py" line="98"/>
        <source>My edits as tracked changes</source>
        <translation>修改内容作为修订（痕迹）</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialogs.py" line="101"/>
        <source>Only for a report opened from a file</source>
        <translation>仅适用于从文件打开的公文</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialogs.py" line="104"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialogs.py" line="114"/>
        <source>Signed as:</source>
        <translation>问题批注署名：</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialogs.py" line="116"/>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialogs.py" line="120"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialogs.py" line="131"/>
        <source>Word document (*.docx)</source>
        <translation>Word 文档 (*.docx)</translation>
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
        <location filename="../../ui/files.py" line="211"/>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <location filename="../../ui/files.py" line="137"/>
        <source>Save Report As</source>
        <translation>公文另存为</translation>
    </message>
    <message>
        <location filename="../../ui/files.py" line="151"/>
        <source>Comments Not Saved</source>
        <translation>批注不会保存</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/files.py" line="152"/>
        <source>A text file cannot keep the %n comment(s). Save without them?</source>
        <translation>
            <numerusform>纯文本文件无法保存 %n 条批注。仍要不含批注保存吗？（另存为 .docx 可保留批注）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/files.py" line="170"/>
        <source>File Changed on Disk</source>
        <translation>文件已在磁盘上被修改</translation>
    </message>
    <message>
        <location filename="../../ui/files.py" line="171"/>
        <source>Overwrite it with this version?</source>
        <translation>是否用当前版本覆盖？</translation>
    </message>
    <message>
        <location filename="../../ui/files.py" line="179"/>
        <source>Cannot Save File</source>
        <translation>无法保存文件</translation>
    </message>
    <message>
        <location filename="../../ui/files.py" line="187"/>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <location filename="../../ui/files.py" line="201"/>
        <source>Unsaved Changes</source>
        <translation>未保存的修改</translation>
    </message>
    <message>
        <location filename="../../ui/files.py" line="202"/>
        <source>The report has unsaved changes. Save them?</source>
        <translation>公文有未保存的修改，是否保存？</translation>
    </message>
    <message>
        <location filename="../../ui/files.py" line="212"/>
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
        <location filename="../../ui/main_window.py" line="101"/>
        <source>&amp;New</source>
        <translation>新建(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="103"/>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="105"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="106"/>
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="107"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="109"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="110"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="113"/>
        <source>Cu&amp;t</source>
        <translation>剪切(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="114"/>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="115"/>
        <source>&amp;Paste</source>
        <translation>粘贴(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="116"/>
        <source>Select &amp;All</source>
        <translation>全选(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="117"/>
        <source>&amp;Find and Replace…</source>
        <translation>查找和替换(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="118"/>
        <source>Replace…</source>
        <translation>替换…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="119"/>
        <source>&amp;Bold</source>
        <translation>加粗(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="120"/>
        <source>&amp;Italic</source>
        <translation>倾斜(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="122"/>
        <source>&amp;Underline</source>
        <translation>下划线(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="127"/>
        <source>&amp;Quick Fix</source>
        <translation>快速修复(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="128"/>
        <source>Apply the fix proposed for the problem at the cursor</source>
        <translation>对光标处的问题应用建议的修改</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="131"/>
        <source>Fix All &amp;Numbering</source>
        <translation>修正全部序号(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="132"/>
        <source>Renumber every heading group and 一是/二是 list in one step</source>
        <translation>一步重排所有标题序号和“一是、二是”序列</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="135"/>
        <source>Move Section &amp;Up</source>
        <translation>上移本节(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="139"/>
        <source>Move Section &amp;Down</source>
        <translation>下移本节(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="143"/>
        <source>&amp;Promote Heading</source>
        <translation>提升标题级别(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="144"/>
        <source>One level up: （三） becomes 三、</source>
        <translation>升一级：（三）改为三、</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="147"/>
        <source>&amp;Demote Heading</source>
        <translation>降低标题级别(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="148"/>
        <source>One level down: 三、 becomes （三）</source>
        <translation>降一级：三、改为（三）</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="151"/>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="154"/>
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="157"/>
        <source>&amp;Actual Size</source>
        <translation>实际大小(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="171"/>
        <source>Outline</source>
        <translation>大纲</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="175"/>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="188"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="190"/>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="197"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="203"/>
        <source>F&amp;ormat</source>
        <translation>格式(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="205"/>
        <source>&amp;Outline</source>
        <translation>大纲(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="209"/>
        <source>&amp;Check</source>
        <translation>检查(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="212"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="219"/>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="229"/>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="246"/>
        <source>Paragraph:</source>
        <translation>段落：</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="249"/>
        <source>What the paragraph is; choosing fixes it</source>
        <translation>段落类型；选择后固定，不再自动识别</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="250"/>
        <location filename="../../ui/main_window.py" line="270"/>
        <location filename="../../ui/main_window.py" line="374"/>
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="260"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="260"/>
        <source>Subtitle</source>
        <translation>副标题</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="261"/>
        <source>Document number</source>
        <translation>发文字号</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="261"/>
        <source>Addressee</source>
        <translation>主送机关</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="262"/>
        <source>Chapter</source>
        <translation>章节</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="262"/>
        <source>Heading 1 (一、)</source>
        <translation>一级标题（一、）</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="263"/>
        <source>Heading 2 (（一）)</source>
        <translation>二级标题（（一））</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="264"/>
        <source>Heading 3 (1.)</source>
        <translation>三级标题（1.）</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="265"/>
        <source>Heading 4 (（1）)</source>
        <translation>四级标题（（1））</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="265"/>
        <source>Body text</source>
        <translation>正文</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="266"/>
        <source>Attachment note</source>
        <translation>附件说明</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="266"/>
        <source>Signature</source>
        <translation>署名</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="267"/>
        <source>Date</source>
        <translation>成文日期</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="267"/>
        <source>Not part of the report</source>
        <translation>非正文内容</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="268"/>
        <source>Blank</source>
        <translation>空行</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="342"/>
        <source>Characters: %1 (without punctuation: %2)</source>
        <translation>字数：%1（不计标点：%2）</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="350"/>
        <source>errors</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="351"/>
        <source>warnings</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="352"/>
        <source>notes</source>
        <translation>提示</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="361"/>
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
<context>
    <name>ReviewController</name>
    <message>
        <location filename="../../ui/review.py" line="55"/>
        <source>Comments</source>
        <translation>批注</translation>
    </message>
    <message>
        <location filename="../../ui/review.py" line="93"/>
        <source>&amp;New Comment…</source>
        <translation>新建批注(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../ui/review.py" line="94"/>
        <source>Comment on the selected text</source>
        <translation>对选中的文字添加批注</translation>
    </message>
    <message>
        <location filename="../../ui/review.py" line="96"/>
        <source>Comment</source>
        <translation>批注</translation>
    </message>
    <message>
        <location filename="../../ui/review.py" line="97"/>
        <source>&amp;Reply…</source>
        <translation>答复(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../ui/review.py" line="98"/>
        <source>&amp;Edit Comment…</source>
        <translation>编辑批注(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../ui/review.py" line="99"/>
        <location filename="../../ui/review.py" line="395"/>
        <source>Re&amp;solve</source>
        <translation>解决(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/review.py" line="100"/>
        <source>&amp;Delete Comment</source>
        <translation>删除批注(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/review.py" line="102"/>
        <source>&amp;Previous Comment</source>
        <translation>上一条批注(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/review.py" line="105"/>
        <source>Ne&amp;xt Comment</source>
        <translation>下一条批注(&amp;X)</translation>
    </message>
    <message>
        <location filename="../../ui/review.py" line="109"/>
        <source>Reviewer &amp;Name…</source>
        <translation>批注署名(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../ui/review.py" line="111"/>
        <source>&amp;Export to Word…</source>
        <translation>导出为 Word(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../ui/review.py" line="112"/>
        <source>Write a .docx for review: comments, problems, tracked changes</source>
        <translation>导出供审阅的 .docx：批注、问题、修订</translation>
    </message>
    <message>
        <location filename="../../ui/review.py" line="116"/>
        <source>&amp;Review</source>
        <translation>审阅(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/review.py" line="180"/>
        <source>Select the text to comment on first</source>
        <translation>请先选中要批注的文字</translation>
    </message>
    <message>
        <location filename="../../ui/review.py" line="190"/>
        <source>New comment on “%1”:</source>
        <translation>对“%1”的新批注：</translation>
    </message>
    <message>
        <location filename="../../ui/review.py" line="200"/>
        <source>The text to comment on is gone</source>
        <translation>要批注的文字已不存在</translation>
    </message>
    <message>
        <location filename="../../ui/review.py" line="226"/>
        <source>Reply to %1:</source>
        <translation>答复 %1：</translation>
    </message>
    <message>
        <location filename="../../ui/review.py" line="239"/>
        <source>Edit comment:</source>
        <translation>编辑批注：</translation>
    </message>
    <message>
        <location filename="../../ui/review.py" line="280"/>
        <source>The commented text was deleted</source>
        <translation>批注的原文已删除</translation>
    </message>
    <message>
        <location filename="../../ui/review.py" line="292"/>
        <source>No comments</source>
        <translation>没有批注</translation>
    </message>
    <message>
        <location filename="../../ui/review.py" line="327"/>
        <source>This problem has no text to comment on</source>
        <translation>该问题没有可批注的文字</translation>
    </message>
    <message>
        <location filename="../../ui/review.py" line="339"/>
        <source>New Comment…</source>
        <translation>新建批注…</translation>
    </message>
    <message>
        <location filename="../../ui/review.py" line="342"/>
        <source>Make Comment: %1</source>
        <translation>转为批注：%1</translation>
    </message>
    <message>
        <location filename="../../ui/review.py" line="353"/>
        <source>Make Comment</source>
        <translation>转为批注</translation>
    </message>
    <message>
        <location filename="../../ui/review.py" line="355"/>
        <source>Quick Fix</source>
        <translation>快速修复</translation>
    </message>
    <message>
        <location filename="../../ui/review.py" line="384"/>
        <source>%1 open, %2 resolved</source>
        <translation>%1 条未解决，%2 条已解决</translation>
    </message>
    <message>
        <location filename="../../ui/review.py" line="395"/>
        <source>Re&amp;open</source>
        <translation>重新打开(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../ui/review.py" line="463"/>
        <source>-review</source>
        <translation>-审阅</translation>
    </message>
    <message>
        <location filename="../../ui/review.py" line="465"/>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <location filename="../../ui/review.py" line="468"/>
        <source>ReportDesk</source>
        <translation>公文审校台</translation>
    </message>
    <message>
        <location filename="../../ui/review.py" line="491"/>
        <source>Cannot Export</source>
        <translation>无法导出</translation>
    </message>
    <message>
        <location filename="../../ui/review.py" line="493"/>
        <source>Exported %1</source>
        <translation>已导出 %1</translation>
    </message>
</context>
</TS>
