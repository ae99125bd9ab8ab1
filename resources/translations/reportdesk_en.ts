<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../ui/about_dialog.py" line="62"/>
        <source>About ReportDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="66"/>
        <source>ReportDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="68"/>
        <source>Version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="73"/>
        <source>Drafting and review of Chinese official reports: heading numbering, counts, placeholders, punctuation; Word and PDF in the GB/T 9704 layout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="89"/>
        <source>Component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="89"/>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="89"/>
        <source>Licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="97"/>
        <source>Qt and PySide6 are used under the GNU LGPL version 3; you may replace them with your own build. The program itself is MIT-licensed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="108"/>
        <source>Built with:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
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
        <location filename="../../ui/comment_cards.py" line="59"/>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/comment_cards.py" line="64"/>
        <source>Original text deleted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommentsPanel</name>
    <message>
        <location filename="../../ui/comments_view.py" line="116"/>
        <source>All comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/comments_view.py" line="117"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/comments_view.py" line="118"/>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/comments_view.py" line="147"/>
        <source>No comments. Select text and press Ctrl+Alt+M.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/comments_view.py" line="160"/>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/comments_view.py" line="161"/>
        <source>Ctrl+Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/comments_view.py" line="162"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Desktop</name>
    <message>
        <location filename="../../ui/desktop.py" line="85"/>
        <source>The language changes at the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/desktop.py" line="151"/>
        <source>Print Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/desktop.py" line="161"/>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentSafety</name>
    <message>
        <location filename="../../ui/safety.py" line="71"/>
        <source>Restore Prev&amp;ious Version…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/safety.py" line="73"/>
        <source>Load the version the last save replaced (the file changes when you save)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/safety.py" line="116"/>
        <location filename="../../ui/safety.py" line="125"/>
        <source>Already Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/safety.py" line="117"/>
        <source>%1 is already open in another window of this program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/safety.py" line="127"/>
        <source>Open Anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/safety.py" line="127"/>
        <location filename="../../ui/safety.py" line="377"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/safety.py" line="131"/>
        <source>Both windows could then change the report; saving asks before overwriting changes made elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/safety.py" line="170"/>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/safety.py" line="180"/>
        <source>Cannot Open File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/safety.py" line="184"/>
        <source>Opening %1 cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/safety.py" line="216"/>
        <source>Opened %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/safety.py" line="230"/>
        <source>WPS or Word seems to have %1 open (%2): saving in both will conflict.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/safety.py" line="450"/>
        <location filename="../../ui/safety.py" line="454"/>
        <source>File Changed on Disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/safety.py" line="278"/>
        <source>Wait until the report is shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/safety.py" line="321"/>
        <source>Restored %1 (autosaved %2): save it to keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/safety.py" line="350"/>
        <source>Restore Previous Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/safety.py" line="357"/>
        <source>There is no previous version of this report yet: one is kept each time it is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/safety.py" line="364"/>
        <source>As Opened (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/safety.py" line="365"/>
        <source>Before the Last Save (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/safety.py" line="368"/>
        <source>Put an earlier version back in place of %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/safety.py" line="379"/>
        <source>The file is replaced now; the version it replaces is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/safety.py" line="393"/>
        <source>Earlier version restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/safety.py" line="372"/>
        <source>Your unsaved changes will be lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/safety.py" line="446"/>
        <source>%1 was changed by another program. Your changes here are not saved yet; saving will ask whether to overwrite the other version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/safety.py" line="455"/>
        <source>%1 was changed by another program. Reload it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/safety.py" line="456"/>
        <source>Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/safety.py" line="456"/>
        <source>Keep This Version</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportController</name>
    <message>
        <location filename="../../ui/controllers/export.py" line="40"/>
        <source> (official format)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/controllers/export.py" line="42"/>
        <location filename="../../ui/controllers/export.py" line="113"/>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/controllers/export.py" line="57"/>
        <source>ReportDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/controllers/export.py" line="68"/>
        <location filename="../../ui/controllers/export.py" line="94"/>
        <source>Cannot Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/controllers/export.py" line="69"/>
        <source>An export never replaces the opened file: choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/controllers/export.py" line="97"/>
        <location filename="../../ui/controllers/export.py" line="128"/>
        <source>Exported Without Some Objects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/controllers/export.py" line="98"/>
        <source>Exported %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/controllers/export.py" line="115"/>
        <source>Export PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/controllers/export.py" line="115"/>
        <source>PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/controllers/export.py" line="125"/>
        <source>Cannot Export PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/controllers/export.py" line="129"/>
        <source>Exported %1 (%n page(s))</source>
        <translation>
            <numerusform>Exported %1 (%n page)</numerusform>
            <numerusform>Exported %1 (%n pages)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../ui/review_dialogs.py" line="152"/>
        <source>Export to Word</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/review_dialogs.py" line="98"/>
        <source>Comments (%n)</source>
        <translation>
            <numerusform>Comments (%n)</numerusform>
            <numerusform>Comments (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/review_dialogs.py" line="97"/>
        <source>Export Official-Format Word</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/review_dialogs.py" line="102"/>
        <source>Problems found as comments (%n)</source>
        <translation>
            <numerusform>Problems found as comments (%n)</numerusform>
            <numerusform>Problems found as comments (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/review_dialogs.py" line="108"/>
        <source>My edits as tracked changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_dialogs.py" line="111"/>
        <source>Only for a report opened from a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_dialogs.py" line="114"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_dialogs.py" line="124"/>
        <source>Signed as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_dialogs.py" line="126"/>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_dialogs.py" line="130"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_dialogs.py" line="153"/>
        <source>Word document (*.docx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_dialogs.py" line="166"/>
        <source>An export never replaces the opened file: choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilesController</name>
    <message>
        <location filename="../../ui/controllers/files.py" line="47"/>
        <source>Open Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/controllers/files.py" line="49"/>
        <source>Reports (*.txt *.docx *.doc *.wps *.rtf *.odt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/controllers/files.py" line="59"/>
        <source>Still opening another file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/controllers/files.py" line="65"/>
        <source>Already Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/controllers/files.py" line="66"/>
        <source>%1 is already open in another window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/controllers/files.py" line="78"/>
        <source>Cannot Open File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/controllers/files.py" line="87"/>
        <source>Unsaved Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/controllers/files.py" line="88"/>
        <source>The report has unsaved changes. Save them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/controllers/files.py" line="90"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/controllers/files.py" line="91"/>
        <source>Don&apos;t Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/controllers/files.py" line="92"/>
        <location filename="../../ui/controllers/files.py" line="210"/>
        <location filename="../../ui/controllers/files.py" line="220"/>
        <location filename="../../ui/controllers/files.py" line="234"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/controllers/files.py" line="124"/>
        <source>Save as Word Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/controllers/files.py" line="124"/>
        <location filename="../../ui/controllers/files.py" line="135"/>
        <source>Word document (*.docx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/controllers/files.py" line="133"/>
        <source>Text (*.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/controllers/files.py" line="136"/>
        <location filename="../../ui/controllers/files.py" line="248"/>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/controllers/files.py" line="139"/>
        <source>Save Report As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/controllers/files.py" line="192"/>
        <source>Cannot Save File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/controllers/files.py" line="201"/>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/controllers/files.py" line="208"/>
        <source>Comments Not Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/controllers/files.py" line="209"/>
        <source>A text file cannot keep the %n comment(s). Save without them?</source>
        <translation>
            <numerusform>A text file cannot keep the %n comment. Save without it?</numerusform>
            <numerusform>A text file cannot keep the %n comments. Save without them?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/controllers/files.py" line="210"/>
        <source>Save Without Them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/controllers/files.py" line="218"/>
        <source>Characters Not in the File&apos;s Encoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/controllers/files.py" line="220"/>
        <source>Save as UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/controllers/files.py" line="224"/>
        <source>%1 will then be UTF-8 (with a BOM) from now on; its line ends stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/controllers/files.py" line="231"/>
        <source>Overwrite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/controllers/files.py" line="231"/>
        <source>Save As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/controllers/files.py" line="233"/>
        <source>Reload (Drop My Changes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/controllers/files.py" line="236"/>
        <source>File Changed on Disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/controllers/files.py" line="241"/>
        <source>The version on disk is kept as the backup if you overwrite it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/controllers/files.py" line="249"/>
        <source>ReportDesk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FixesController</name>
    <message>
        <location filename="../../ui/controllers/fixes.py" line="50"/>
        <source>Fixed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/controllers/fixes.py" line="60"/>
        <source>Quick fix: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/controllers/fixes.py" line="79"/>
        <source>No quick fix at the cursor</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FocusCycle</name>
    <message>
        <location filename="../../ui/focus_cycle.py" line="46"/>
        <source>Next Pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/focus_cycle.py" line="50"/>
        <source>Previous Pane</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InlineObjects</name>
    <message>
        <location filename="../../ui/inline_objects.py" line="46"/>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/inline_objects.py" line="47"/>
        <source>Text box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/inline_objects.py" line="48"/>
        <source>Shape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/inline_objects.py" line="49"/>
        <source>Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/inline_objects.py" line="50"/>
        <source>SmartArt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/inline_objects.py" line="51"/>
        <source>Embedded object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/inline_objects.py" line="52"/>
        <source>Equation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/inline_objects.py" line="53"/>
        <source>Footnote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/inline_objects.py" line="54"/>
        <source>Endnote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/inline_objects.py" line="55"/>
        <source>Page break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/inline_objects.py" line="56"/>
        <source>Column break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/inline_objects.py" line="57"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/inline_objects.py" line="59"/>
        <source>Object</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Keys</name>
    <message>
        <location filename="../../ui/keys.py" line="80"/>
        <source>Reports are indented by their layout: Tab inserts nothing (F6 goes to the next pane)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="126"/>
        <source>Ne&amp;xt Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="129"/>
        <source>Go to the next problem after the cursor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="132"/>
        <source>Pre&amp;vious Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="135"/>
        <source>Go to the problem before the cursor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="148"/>
        <source>No problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="181"/>
        <source>(from the start) </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="186"/>
        <source>(from the end) </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Loader</name>
    <message>
        <location filename="../../ui/loader.py" line="209"/>
        <source>Opening %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/loader.py" line="211"/>
        <source>Reading cannot be interrupted: Cancel discards the result when it arrives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/loader.py" line="212"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/loader.py" line="242"/>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/loader.py" line="243"/>
        <source>Showing %1 (%2 paragraphs)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/loader.py" line="280"/>
        <source>Opening</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="183"/>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="185"/>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="187"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="188"/>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="189"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="191"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="192"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="195"/>
        <source>Cu&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="196"/>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="197"/>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="198"/>
        <source>Select &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="200"/>
        <source>&amp;Find and Replace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="204"/>
        <source>&amp;Bold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="208"/>
        <source>&amp;Italic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="211"/>
        <source>&amp;Underline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="216"/>
        <source>&amp;Quick Fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="217"/>
        <source>Apply the fix proposed for the problem at the cursor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="220"/>
        <source>Fix All &amp;Numbering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="221"/>
        <source>Renumber every heading group and 一是/二是 list in one step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="225"/>
        <source>Move Section &amp;Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="229"/>
        <source>Move Section &amp;Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="233"/>
        <source>&amp;Promote Heading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="234"/>
        <source>One level up: （三） becomes 三、</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="238"/>
        <source>One level down: 三、 becomes （三）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="241"/>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="244"/>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="247"/>
        <source>&amp;Actual Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="251"/>
        <source>Export P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="253"/>
        <source>Print Pre&amp;view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="256"/>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="259"/>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="262"/>
        <source>&amp;About ReportDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="278"/>
        <source>Outline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="282"/>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="295"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="297"/>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="308"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="316"/>
        <source>F&amp;ormat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="201"/>
        <source>Rep&amp;lace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="237"/>
        <source>D&amp;emote Heading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="318"/>
        <source>Out&amp;line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="322"/>
        <source>&amp;Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="326"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="333"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="336"/>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="346"/>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="360"/>
        <source>Paragraph:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shown_analysis.py" line="116"/>
        <source>Characters: %1 (without punctuation: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shown_analysis.py" line="100"/>
        <source>errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shown_analysis.py" line="101"/>
        <source>warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shown_analysis.py" line="102"/>
        <source>notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shown_analysis.py" line="105"/>
        <source>checking wording…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="442"/>
        <source>Para %1, Col %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutlineController</name>
    <message>
        <location filename="../../ui/controllers/outline.py" line="56"/>
        <source>The numbering is already in order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/controllers/outline.py" line="62"/>
        <source>Select a heading in the outline first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/controllers/outline.py" line="99"/>
        <source>The section cannot move further</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/controllers/outline.py" line="116"/>
        <source>The section cannot be moved there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/controllers/outline.py" line="126"/>
        <source>This heading cannot change level</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutlineView</name>
    <message>
        <location filename="../../ui/outline_view.py" line="122"/>
        <source>No headings. Headings numbered 一、 （一） 1. （1） are listed here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProblemsModel</name>
    <message>
        <location filename="../../ui/problems_model.py" line="145"/>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/problems_model.py" line="145"/>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/problems_model.py" line="145"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/problems_model.py" line="145"/>
        <source>Line:Col</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/problems_model.py" line="152"/>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/problems_model.py" line="153"/>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/problems_model.py" line="154"/>
        <source>Info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/problems_model.py" line="173"/>
        <source>(ignored)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/problems_model.py" line="188"/>
        <source>Basis: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/problems_model.py" line="190"/>
        <source>Quick fix: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProblemsPanel</name>
    <message>
        <location filename="../../ui/problems_view.py" line="77"/>
        <source>All severities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/problems_view.py" line="82"/>
        <location filename="../../ui/problems_view.py" line="150"/>
        <source>All rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/problems_view.py" line="85"/>
        <source>Quick Fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/problems_view.py" line="88"/>
        <source>Fix All Numbering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/problems_view.py" line="89"/>
        <source>Show Ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/problems_view.py" line="91"/>
        <source>Undo Ignore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/problems_view.py" line="100"/>
        <source>Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/problems_view.py" line="132"/>
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problem</numerusform>
            <numerusform>%n problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/problems_view.py" line="134"/>
        <source> (%n ignored)</source>
        <translation>
            <numerusform> (%n ignored)</numerusform>
            <numerusform> (%n ignored)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/problems_view.py" line="136"/>
        <source> (+%n in headers, footers and notes)</source>
        <translation>
            <numerusform> (+%n in headers, footers and notes)</numerusform>
            <numerusform> (+%n in headers, footers and notes)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/problems_view.py" line="226"/>
        <source>Stop Ignoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/problems_view.py" line="227"/>
        <source>Ignore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/problems_view.py" line="228"/>
        <source>Ignore All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/problems_view.py" line="229"/>
        <source>Turn Off This Rule for This Document</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecentFiles</name>
    <message>
        <location filename="../../ui/files.py" line="73"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/files.py" line="76"/>
        <source>Clear Recent Files</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../../ui/session.py" line="61"/>
        <source>Recover Unsaved Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="67"/>
        <source>ReportDesk did not close normally last time. These documents have autosaved copies with changes that were never saved:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="76"/>
        <source>Autosaved documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="90"/>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="93"/>
        <location filename="../../ui/session.py" line="130"/>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="95"/>
        <source>Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="104"/>
        <source>Later: the copies stay and are offered at the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="112"/>
        <source>%1 — autosaved %2, %3 paragraphs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="128"/>
        <source>Discard Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="129"/>
        <source>Delete the autosaved copy of %1 for good?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="130"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Renumber</name>
    <message>
        <location filename="../../ui/renumber.py" line="130"/>
        <source>The numbering is already in order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/renumber.py" line="158"/>
        <source>Numbering fixed — markers: %1, groups: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewController</name>
    <message>
        <location filename="../../ui/review.py" line="52"/>
        <source>Comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review.py" line="97"/>
        <source>&amp;New Comment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review.py" line="98"/>
        <source>Comment on the selected text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review.py" line="100"/>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review.py" line="101"/>
        <source>&amp;Reply…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review.py" line="102"/>
        <source>&amp;Edit Comment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review.py" line="103"/>
        <location filename="../../ui/review.py" line="377"/>
        <source>Re&amp;solve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review.py" line="104"/>
        <source>&amp;Delete Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review.py" line="106"/>
        <source>&amp;Previous Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review.py" line="109"/>
        <source>Ne&amp;xt Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review.py" line="112"/>
        <source>Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review.py" line="113"/>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review.py" line="114"/>
        <location filename="../../ui/review.py" line="378"/>
        <source>Resolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review.py" line="115"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review.py" line="118"/>
        <source>Reviewer N&amp;ame…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review.py" line="120"/>
        <source>Export Official-Format &amp;Word…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review.py" line="121"/>
        <source>Rebuild the report in the GB/T 9704 layout as a new .docx (comments, problems, tracked changes); the opened file stays as it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review.py" line="126"/>
        <source>&amp;Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review.py" line="194"/>
        <source>Select the text to comment on first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review.py" line="209"/>
        <source>New comment on “%1”:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review.py" line="219"/>
        <source>The text to comment on is gone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review.py" line="247"/>
        <source>Reply to %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review.py" line="260"/>
        <source>Edit comment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review.py" line="303"/>
        <source>The commented text was deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review.py" line="315"/>
        <source>No comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_problems.py" line="63"/>
        <source>This problem has no text to comment on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_problems.py" line="76"/>
        <source>New Comment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_problems.py" line="80"/>
        <source>Make Comment: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_problems.py" line="101"/>
        <source>Make Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_problems.py" line="104"/>
        <source>Quick Fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review.py" line="366"/>
        <source>%1 open, %2 resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review.py" line="377"/>
        <source>Re&amp;open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review.py" line="378"/>
        <source>Reopen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RevisionsPanel</name>
    <message>
        <location filename="../../ui/revisions_view.py" line="61"/>
        <source>No tracked changes. Turn on Track Changes (Ctrl+Shift+E) to record edits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/revisions_view.py" line="40"/>
        <source>Final Showing Markup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/revisions_view.py" line="40"/>
        <source>Final</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/revisions_view.py" line="41"/>
        <source>Original</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/revisions_view.py" line="104"/>
        <source>All Reviewers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/revisions_view.py" line="106"/>
        <source>(unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/revisions_view.py" line="127"/>
        <source>Outside the body: decided by Accept All / Reject All</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/revisions_view.py" line="130"/>
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n change</numerusform>
            <numerusform>%n changes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoleChooser</name>
    <message>
        <location filename="../../ui/role_chooser.py" line="31"/>
        <source>What the paragraph is; choosing fixes it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/role_chooser.py" line="32"/>
        <location filename="../../ui/role_chooser.py" line="50"/>
        <location filename="../../ui/role_chooser.py" line="64"/>
        <source>Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/role_chooser.py" line="39"/>
        <source>Issuing organ mark (red head)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/role_chooser.py" line="40"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/role_chooser.py" line="40"/>
        <source>Subtitle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/role_chooser.py" line="41"/>
        <source>Document number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/role_chooser.py" line="41"/>
        <source>Addressee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/role_chooser.py" line="42"/>
        <source>Chapter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/role_chooser.py" line="42"/>
        <source>Heading 1 (一、)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/role_chooser.py" line="43"/>
        <source>Heading 2 (（一）)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/role_chooser.py" line="44"/>
        <source>Heading 3 (1.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/role_chooser.py" line="45"/>
        <source>Heading 4 (（1）)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/role_chooser.py" line="45"/>
        <source>Body text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/role_chooser.py" line="46"/>
        <source>Attachment note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/role_chooser.py" line="46"/>
        <source>Signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/role_chooser.py" line="47"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/role_chooser.py" line="47"/>
        <source>Not part of the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/role_chooser.py" line="48"/>
        <source>Blank</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchPane</name>
    <message>
        <location filename="../../ui/search_pane.py" line="131"/>
        <source>Search the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/search_pane.py" line="135"/>
        <source>Previous result (Shift+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/search_pane.py" line="138"/>
        <source>Next result (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/search_pane.py" line="139"/>
        <source>Match case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/search_pane.py" line="140"/>
        <source>Regular expression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/search_pane.py" line="141"/>
        <source>Python regular expressions, e.g. 第[一二三四五]条</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/search_pane.py" line="148"/>
        <source>Replace with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/search_pane.py" line="149"/>
        <source>&amp;Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/search_pane.py" line="150"/>
        <source>Replace &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/search_pane.py" line="231"/>
        <source>Invalid regular expression near character %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/search_pane.py" line="235"/>
        <source>Invalid regular expression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/search_pane.py" line="250"/>
        <source>Paragraph %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/search_pane.py" line="257"/>
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n result</numerusform>
            <numerusform>%n results</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/search_pane.py" line="259"/>
        <source>No results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/search_pane.py" line="403"/>
        <source>Replaced %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/search_pane.py" line="407"/>
        <source>The replacement refers to a group the pattern lacks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/search_pane.py" line="439"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <location filename="../../ui/session.py" line="174"/>
        <source>The last run ended abnormally; its trace is in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="253"/>
        <source>Another internal error (recorded in the log)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="257"/>
        <source>ReportDesk hit an internal error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="259"/>
        <source>Unsaved documents were copied for recovery (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="262"/>
        <source>It is safest to save your work under a new name now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="263"/>
        <source>Details are in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="269"/>
        <source>Internal Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="272"/>
        <source>Save As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="273"/>
        <source>Continue Working</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/settings_dialog.py" line="42"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="44"/>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="45"/>
        <source>Editor and Fonts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="46"/>
        <source>Checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="47"/>
        <source>Word Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="63"/>
        <source>Shown on comments and in exported files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="66"/>
        <source>Taken from the name when empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="71"/>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="72"/>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="73"/>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="74"/>
        <source>Dark page in dark mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="76"/>
        <source>Off: the page stays paper-coloured, as it prints, on a dark surround</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="80"/>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="82"/>
        <source>Reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="84"/>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="85"/>
        <source>Initials:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="86"/>
        <source>Interface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="88"/>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="89"/>
        <source>The language changes at the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="92"/>
        <source>Appearance:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="94"/>
        <source>Unsaved work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="96"/>
        <source>Autosave every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="97"/>
        <source>A recovery copy is kept; after a crash it is offered at start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="109"/>
        <source>Editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="115"/>
        <source> pt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="116"/>
        <source>Body text size on screen:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="118"/>
        <source>Screen and PDF fonts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="121"/>
        <source>Title (小标宋):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="122"/>
        <source>Level-1 headings (黑体):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="123"/>
        <source>Level-2 headings (楷体):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="124"/>
        <source>Body (仿宋):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="131"/>
        <source>Automatic (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="140"/>
        <source>Word files always name the fonts of the reader&apos;s machine (仿宋_GB2312, 黑体, 楷体_GB2312, 方正小标宋简体); these choices only change what this screen and the PDF show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="163"/>
        <source>Numbering of headings and lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="164"/>
        <source>Stated counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="165"/>
        <source>Placeholders left in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="166"/>
        <source>Punctuation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="167"/>
        <source>Consistent names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="168"/>
        <source>Text that is not part of the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="169"/>
        <source>Misused words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="170"/>
        <source>Wrong characters (general check)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="171"/>
        <source>Confused words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="172"/>
        <source>的, 地 and 得</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="173"/>
        <source>Repeated characters and words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="174"/>
        <source>Dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="175"/>
        <source>Fixed formulations of party and state documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="176"/>
        <source>Document titles and types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="177"/>
        <source>Number and character hygiene</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="178"/>
        <source>Sentence structure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="185"/>
        <source>Checks run while you type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="188"/>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="188"/>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="212"/>
        <source>Checked by default in File → Export to Word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="213"/>
        <source>Comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="214"/>
        <source>Problems found, as comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="215"/>
        <source>My edits as tracked changes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SidePartsDock</name>
    <message>
        <location filename="../../ui/side_parts_view.py" line="33"/>
        <source>Headers, Footers and Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/side_parts_view.py" line="38"/>
        <source>Part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/side_parts_view.py" line="38"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/side_parts_view.py" line="67"/>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/side_parts_view.py" line="72"/>
        <source>This report has no headers, footers, notes or text boxes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrackChanges</name>
    <message>
        <location filename="../../ui/track_changes.py" line="68"/>
        <source>Revisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/track_changes.py" line="112"/>
        <source>&amp;Track Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/track_changes.py" line="115"/>
        <source>&amp;Accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/track_changes.py" line="117"/>
        <source>&amp;Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/track_changes.py" line="119"/>
        <source>Accept A&amp;ll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/track_changes.py" line="121"/>
        <source>Reject All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/track_changes.py" line="123"/>
        <source>&amp;Next Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/track_changes.py" line="125"/>
        <source>&amp;Previous Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/track_changes.py" line="131"/>
        <source>Trac&amp;k Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/track_changes.py" line="145"/>
        <source>Reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/track_changes.py" line="172"/>
        <source>Track changes on: your edits are recorded as revisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/track_changes.py" line="173"/>
        <source>Track changes off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/track_changes.py" line="353"/>
        <source>Track Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/track_outline.py" line="45"/>
        <source>The move was not recorded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/track_changes.py" line="459"/>
        <source>Pending Revisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/track_changes.py" line="460"/>
        <source>A text file has no place for tracked changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/track_changes.py" line="461"/>
        <source>Accept All and Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/track_changes.py" line="462"/>
        <source>Save as Word…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WordCountDialog</name>
    <message>
        <location filename="../../ui/word_count.py" line="78"/>
        <source>Word Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/word_count.py" line="82"/>
        <source>Statistics:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/word_count.py" line="83"/>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/word_count.py" line="85"/>
        <source>Selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/word_count.py" line="88"/>
        <source>Words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/word_count.py" line="89"/>
        <source>Characters (no spaces)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/word_count.py" line="90"/>
        <source>Characters (with spaces)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/word_count.py" line="91"/>
        <source>Paragraphs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/word_count.py" line="92"/>
        <source>Asian characters and Korean words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/word_count.py" line="93"/>
        <source>Non-Asian words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/word_count.py" line="105"/>
        <source>Include text boxes, footnotes and endnotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/word_count.py" line="110"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WordCountStatus</name>
    <message>
        <location filename="../../ui/word_count.py" line="148"/>
        <source>Word &amp;Count…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/word_count.py" line="151"/>
        <source>Words, characters and paragraphs, as Word counts them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/word_count.py" line="156"/>
        <source>Word count (click for details)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/word_count.py" line="205"/>
        <source>Words: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Zoom</name>
    <message>
        <location filename="../../ui/zoom.py" line="58"/>
        <source>Page &amp;Width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/zoom.py" line="63"/>
        <source>Zoom so that the page fills the window&apos;s width</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
