<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
<context>
    <name>AuthorDialog</name>
    <message>
        <location filename="../../ui/review_dialogs.py" line="31"/>
        <source>Your Name for Comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_dialogs.py" line="37"/>
        <source>from the name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_dialogs.py" line="38"/>
        <source>Comments are signed with this name, as in Word and WPS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_dialogs.py" line="41"/>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_dialogs.py" line="42"/>
        <source>Initials:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommentCards</name>
    <message>
        <location filename="../../ui/comment_cards.py" line="43"/>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/comment_cards.py" line="48"/>
        <source>Original text deleted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommentsPanel</name>
    <message>
        <location filename="../../ui/comments_view.py" line="114"/>
        <source>All comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/comments_view.py" line="115"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/comments_view.py" line="116"/>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/comments_view.py" line="142"/>
        <source>No comments. Select text and press Ctrl+Alt+M.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/comments_view.py" line="155"/>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/comments_view.py" line="156"/>
        <source>Ctrl+Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/comments_view.py" line="157"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditCommands</name>
    <message>
        <location filename="../../ui/commands.py" line="45"/>
        <source>Fixed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/commands.py" line="54"/>
        <source>Quick fix: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/commands.py" line="70"/>
        <source>No quick fix at the cursor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/commands.py" line="90"/>
        <source>Select a heading in the outline first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/commands.py" line="103"/>
        <source>The section cannot move further</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/commands.py" line="121"/>
        <source>This heading cannot change level</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../ui/review_dialogs.py" line="87"/>
        <location filename="../../ui/review_dialogs.py" line="130"/>
        <source>Export to Word</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/review_dialogs.py" line="88"/>
        <source>Comments (%n)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/review_dialogs.py" line="92"/>
        <source>Problems found as comments (%n)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/review_dialogs.py" line="98"/>
        <source>My edits as tracked changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_dialogs.py" line="101"/>
        <source>Only for a report opened from a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_dialogs.py" line="104"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_dialogs.py" line="114"/>
        <source>Signed as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_dialogs.py" line="116"/>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_dialogs.py" line="120"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_dialogs.py" line="131"/>
        <source>Word document (*.docx)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileCommands</name>
    <message>
        <location filename="../../ui/files.py" line="79"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/files.py" line="82"/>
        <source>Clear Recent Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/files.py" line="99"/>
        <source>Open Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/files.py" line="99"/>
        <source>Reports (*.txt *.docx);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/files.py" line="111"/>
        <location filename="../../ui/files.py" line="114"/>
        <source>Cannot Open File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/files.py" line="124"/>
        <source>Opened %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/files.py" line="133"/>
        <source>Text (*.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/files.py" line="135"/>
        <source>Word document (*.docx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/files.py" line="136"/>
        <location filename="../../ui/files.py" line="211"/>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/files.py" line="137"/>
        <source>Save Report As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/files.py" line="151"/>
        <source>Comments Not Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/files.py" line="152"/>
        <source>A text file cannot keep the %n comment(s). Save without them?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/files.py" line="170"/>
        <source>File Changed on Disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/files.py" line="171"/>
        <source>Overwrite it with this version?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/files.py" line="179"/>
        <source>Cannot Save File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/files.py" line="187"/>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/files.py" line="201"/>
        <source>Unsaved Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/files.py" line="202"/>
        <source>The report has unsaved changes. Save them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/files.py" line="212"/>
        <source>ReportDesk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindReplaceDialog</name>
    <message>
        <location filename="../../ui/find_dialog.py" line="21"/>
        <source>Find and Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/find_dialog.py" line="24"/>
        <source>Match case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/find_dialog.py" line="26"/>
        <source>Find Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/find_dialog.py" line="27"/>
        <source>Find Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/find_dialog.py" line="28"/>
        <source>Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/find_dialog.py" line="29"/>
        <source>Replace All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/find_dialog.py" line="38"/>
        <source>Find:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/find_dialog.py" line="41"/>
        <source>Replace with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/find_dialog.py" line="70"/>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/find_dialog.py" line="101"/>
        <source>%n replacement(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="101"/>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="103"/>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="105"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="106"/>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="107"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="109"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="110"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="113"/>
        <source>Cu&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="114"/>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="115"/>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="116"/>
        <source>Select &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="117"/>
        <source>&amp;Find and Replace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="118"/>
        <source>Replace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="119"/>
        <source>&amp;Bold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="120"/>
        <source>&amp;Italic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="122"/>
        <source>&amp;Underline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="127"/>
        <source>&amp;Quick Fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="128"/>
        <source>Apply the fix proposed for the problem at the cursor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="131"/>
        <source>Fix All &amp;Numbering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="132"/>
        <source>Renumber every heading group and 一是/二是 list in one step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="135"/>
        <source>Move Section &amp;Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="139"/>
        <source>Move Section &amp;Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="143"/>
        <source>&amp;Promote Heading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="144"/>
        <source>One level up: （三） becomes 三、</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="147"/>
        <source>&amp;Demote Heading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="148"/>
        <source>One level down: 三、 becomes （三）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="151"/>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="154"/>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="157"/>
        <source>&amp;Actual Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="171"/>
        <source>Outline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="175"/>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="188"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="190"/>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="197"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="203"/>
        <source>F&amp;ormat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="205"/>
        <source>&amp;Outline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="209"/>
        <source>&amp;Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="212"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="219"/>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="229"/>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="246"/>
        <source>Paragraph:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="249"/>
        <source>What the paragraph is; choosing fixes it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="250"/>
        <location filename="../../ui/main_window.py" line="270"/>
        <location filename="../../ui/main_window.py" line="374"/>
        <source>Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="260"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="260"/>
        <source>Subtitle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="261"/>
        <source>Document number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="261"/>
        <source>Addressee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="262"/>
        <source>Chapter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="262"/>
        <source>Heading 1 (一、)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="263"/>
        <source>Heading 2 (（一）)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="264"/>
        <source>Heading 3 (1.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="265"/>
        <source>Heading 4 (（1）)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="265"/>
        <source>Body text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="266"/>
        <source>Attachment note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="266"/>
        <source>Signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="267"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="267"/>
        <source>Not part of the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="268"/>
        <source>Blank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="342"/>
        <source>Characters: %1 (without punctuation: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="350"/>
        <source>errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="351"/>
        <source>warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="352"/>
        <source>notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="361"/>
        <source>Para %1, Col %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProblemsModel</name>
    <message>
        <location filename="../../ui/problems_view.py" line="51"/>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/problems_view.py" line="51"/>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/problems_view.py" line="51"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/problems_view.py" line="51"/>
        <source>Line:Col</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/problems_view.py" line="58"/>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/problems_view.py" line="59"/>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/problems_view.py" line="60"/>
        <source>Info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/problems_view.py" line="85"/>
        <source>Basis: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/problems_view.py" line="87"/>
        <source>Quick fix: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProblemsPanel</name>
    <message>
        <location filename="../../ui/problems_view.py" line="148"/>
        <source>All severities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/problems_view.py" line="153"/>
        <location filename="../../ui/problems_view.py" line="184"/>
        <source>All rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/problems_view.py" line="156"/>
        <source>Quick Fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/problems_view.py" line="158"/>
        <source>Fix All Numbering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/problems_view.py" line="163"/>
        <source>Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/problems_view.py" line="191"/>
        <source>%n problem(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewController</name>
    <message>
        <location filename="../../ui/review.py" line="55"/>
        <source>Comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review.py" line="93"/>
        <source>&amp;New Comment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review.py" line="94"/>
        <source>Comment on the selected text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review.py" line="96"/>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review.py" line="97"/>
        <source>&amp;Reply…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review.py" line="98"/>
        <source>&amp;Edit Comment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review.py" line="99"/>
        <location filename="../../ui/review.py" line="395"/>
        <source>Re&amp;solve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review.py" line="100"/>
        <source>&amp;Delete Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review.py" line="102"/>
        <source>&amp;Previous Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review.py" line="105"/>
        <source>Ne&amp;xt Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review.py" line="109"/>
        <source>Reviewer &amp;Name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review.py" line="111"/>
        <source>&amp;Export to Word…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review.py" line="112"/>
        <source>Write a .docx for review: comments, problems, tracked changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review.py" line="116"/>
        <source>&amp;Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review.py" line="180"/>
        <source>Select the text to comment on first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review.py" line="190"/>
        <source>New comment on “%1”:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review.py" line="200"/>
        <source>The text to comment on is gone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review.py" line="226"/>
        <source>Reply to %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review.py" line="239"/>
        <source>Edit comment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review.py" line="280"/>
        <source>The commented text was deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review.py" line="292"/>
        <source>No comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review.py" line="327"/>
        <source>This problem has no text to comment on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review.py" line="339"/>
        <source>New Comment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review.py" line="342"/>
        <source>Make Comment: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review.py" line="353"/>
        <source>Make Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review.py" line="355"/>
        <source>Quick Fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review.py" line="384"/>
        <source>%1 open, %2 resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review.py" line="395"/>
        <source>Re&amp;open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review.py" line="463"/>
        <source>-review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review.py" line="465"/>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review.py" line="468"/>
        <source>ReportDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review.py" line="491"/>
        <source>Cannot Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review.py" line="493"/>
        <source>Exported %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
