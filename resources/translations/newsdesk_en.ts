<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Actions</name>
    <message>
        <location filename="../../editor/gui/action_specs.py" line="89"/>
        <source>&amp;New Article…</source>
        <translation>&amp;New Article…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/action_specs.py" line="91"/>
        <source>Create an article</source>
        <translation>Create an article</translation>
    </message>
    <message>
        <location filename="../../editor/gui/action_specs.py" line="95"/>
        <source>&amp;Open Workspace…</source>
        <translation>&amp;Open Workspace…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/action_specs.py" line="97"/>
        <source>Open another workspace folder</source>
        <translation>Open another workspace folder</translation>
    </message>
    <message>
        <location filename="../../editor/gui/action_specs.py" line="107"/>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../editor/gui/action_specs.py" line="109"/>
        <source>Save now (edits save themselves)</source>
        <translation>Save now (edits save themselves)</translation>
    </message>
    <message>
        <location filename="../../editor/gui/action_specs.py" line="113"/>
        <source>&amp;Export…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/action_specs.py" line="115"/>
        <source>Export the article as a publish-ready bundle</source>
        <translation>Export the article as a publish-ready bundle</translation>
    </message>
    <message>
        <location filename="../../editor/gui/action_specs.py" line="127"/>
        <source>Se&amp;ttings…</source>
        <translation>Se&amp;ttings…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/action_specs.py" line="129"/>
        <source>Edit your preferences</source>
        <translation>Edit your preferences</translation>
    </message>
    <message>
        <location filename="../../editor/gui/action_specs.py" line="131"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../editor/gui/action_specs.py" line="133"/>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../../editor/gui/action_specs.py" line="135"/>
        <source>Undo the last text or field edit</source>
        <translation>Undo the last text or field edit</translation>
    </message>
    <message>
        <location filename="../../editor/gui/action_specs.py" line="139"/>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../../editor/gui/action_specs.py" line="141"/>
        <source>Redo</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../../editor/gui/action_specs.py" line="150"/>
        <source>&amp;Find…</source>
        <translation>&amp;Find…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/action_specs.py" line="152"/>
        <source>Find in the text</source>
        <translation>Find in the text</translation>
    </message>
    <message>
        <location filename="../../editor/gui/action_specs.py" line="155"/>
        <source>R&amp;eplace…</source>
        <translation>R&amp;eplace…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/action_specs.py" line="157"/>
        <source>Find and replace</source>
        <translation>Find and replace</translation>
    </message>
    <message>
        <location filename="../../editor/gui/action_specs.py" line="160"/>
        <source>&amp;Bold</source>
        <translation>&amp;Bold</translation>
    </message>
    <message>
        <location filename="../../editor/gui/action_specs.py" line="162"/>
        <source>Bold (**text**)</source>
        <translation>Bold (**text**)</translation>
    </message>
    <message>
        <location filename="../../editor/gui/action_specs.py" line="166"/>
        <source>&amp;Italic</source>
        <translation>&amp;Italic</translation>
    </message>
    <message>
        <location filename="../../editor/gui/action_specs.py" line="168"/>
        <source>Italic (*text*)</source>
        <translation>Italic (*text*)</translation>
    </message>
    <message>
        <location filename="../../editor/gui/action_specs.py" line="172"/>
        <source>&amp;Link…</source>
        <translation>&amp;Link…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/action_specs.py" line="174"/>
        <source>Insert a link</source>
        <translation>Insert a link</translation>
    </message>
    <message>
        <location filename="../../editor/gui/action_specs.py" line="178"/>
        <source>&amp;Heading</source>
        <translation>&amp;Heading</translation>
    </message>
    <message>
        <location filename="../../editor/gui/action_specs.py" line="180"/>
        <source>Heading (## )</source>
        <translation>Heading (## )</translation>
    </message>
    <message>
        <location filename="../../editor/gui/action_specs.py" line="184"/>
        <source>&amp;Subheading</source>
        <translation>&amp;Subheading</translation>
    </message>
    <message>
        <location filename="../../editor/gui/action_specs.py" line="186"/>
        <source>Subheading (### )</source>
        <translation>Subheading (### )</translation>
    </message>
    <message>
        <location filename="../../editor/gui/action_specs.py" line="190"/>
        <source>B&amp;ulleted List</source>
        <translation>B&amp;ulleted List</translation>
    </message>
    <message>
        <location filename="../../editor/gui/action_specs.py" line="230"/>
        <source>&amp;Reload Article List</source>
        <translation>&amp;Reload Article List</translation>
    </message>
    <message>
        <location filename="../../editor/gui/action_specs.py" line="192"/>
        <source>Bulleted list (- )</source>
        <translation>Bulleted list (- )</translation>
    </message>
    <message>
        <location filename="../../editor/gui/action_specs.py" line="101"/>
        <source>&amp;Import Document…</source>
        <translation>&amp;Import Document…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/action_specs.py" line="103"/>
        <source>Create an article from a Word (.docx) or LibreOffice (.odt) document</source>
        <translation>Create an article from a Word (.docx) or LibreOffice (.odt) document</translation>
    </message>
    <message>
        <location filename="../../editor/gui/action_specs.py" line="120"/>
        <source>S&amp;ynchronise</source>
        <translation>S&amp;ynchronise</translation>
    </message>
    <message>
        <location filename="../../editor/gui/action_specs.py" line="122"/>
        <source>Send your changes to the team&apos;s Git server and fetch theirs</source>
        <translation>Send your changes to the team&apos;s Git server and fetch theirs</translation>
    </message>
    <message>
        <location filename="../../editor/gui/action_specs.py" line="145"/>
        <source>Paste as Plain &amp;Text</source>
        <translation>Paste as Plain &amp;Text</translation>
    </message>
    <message>
        <location filename="../../editor/gui/action_specs.py" line="147"/>
        <source>Paste the text without its formatting</source>
        <translation>Paste the text without its formatting</translation>
    </message>
    <message>
        <location filename="../../editor/gui/action_specs.py" line="196"/>
        <source>&amp;Quote</source>
        <translation>&amp;Quote</translation>
    </message>
    <message>
        <location filename="../../editor/gui/action_specs.py" line="198"/>
        <source>Quote (&gt; )</source>
        <translation>Quote (&gt; )</translation>
    </message>
    <message>
        <location filename="../../editor/gui/action_specs.py" line="202"/>
        <source>&amp;Duplicate Article</source>
        <translation>&amp;Duplicate Article</translation>
    </message>
    <message>
        <location filename="../../editor/gui/action_specs.py" line="204"/>
        <source>Copy the selected article</source>
        <translation>Copy the selected article</translation>
    </message>
    <message>
        <location filename="../../editor/gui/action_specs.py" line="208"/>
        <source>&amp;Rename Article…</source>
        <translation>&amp;Rename Article…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/action_specs.py" line="210"/>
        <source>New title and folder name</source>
        <translation>New title and folder name</translation>
    </message>
    <message>
        <location filename="../../editor/gui/action_specs.py" line="214"/>
        <source>D&amp;elete Article…</source>
        <translation>D&amp;elete Article…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/action_specs.py" line="216"/>
        <source>Move the selected article to the trash</source>
        <translation>Move the selected article to the trash</translation>
    </message>
    <message>
        <location filename="../../editor/gui/action_specs.py" line="220"/>
        <source>&amp;Versions…</source>
        <translation>&amp;Versions…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/action_specs.py" line="222"/>
        <source>Earlier saved versions of the article</source>
        <translation>Earlier saved versions of the article</translation>
    </message>
    <message>
        <location filename="../../editor/gui/action_specs.py" line="225"/>
        <source>&amp;Trash…</source>
        <translation>&amp;Trash…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/action_specs.py" line="227"/>
        <source>Restore deleted articles</source>
        <translation>Restore deleted articles</translation>
    </message>
    <message>
        <location filename="../../editor/gui/action_specs.py" line="232"/>
        <source>Read the workspace again (changes by others)</source>
        <translation>Read the workspace again (changes by others)</translation>
    </message>
    <message>
        <location filename="../../editor/gui/action_specs.py" line="235"/>
        <source>Article &amp;List</source>
        <translation>Article &amp;List</translation>
    </message>
    <message>
        <location filename="../../editor/gui/action_specs.py" line="237"/>
        <source>Go to the article list</source>
        <translation>Go to the article list</translation>
    </message>
    <message>
        <location filename="../../editor/gui/action_specs.py" line="240"/>
        <source>&amp;Search Articles</source>
        <translation>&amp;Search Articles</translation>
    </message>
    <message>
        <location filename="../../editor/gui/action_specs.py" line="242"/>
        <source>Go to the search field of the article list</source>
        <translation>Go to the search field of the article list</translation>
    </message>
    <message>
        <location filename="../../editor/gui/action_specs.py" line="245"/>
        <source>&amp;Editor</source>
        <translation>&amp;Editor</translation>
    </message>
    <message>
        <location filename="../../editor/gui/action_specs.py" line="247"/>
        <source>Go to the text</source>
        <translation>Go to the text</translation>
    </message>
    <message>
        <location filename="../../editor/gui/action_specs.py" line="250"/>
        <source>Preview: &amp;Desktop Width</source>
        <translation>Preview: &amp;Desktop Width</translation>
    </message>
    <message>
        <location filename="../../editor/gui/action_specs.py" line="252"/>
        <source>Preview at desktop width</source>
        <translation>Preview at desktop width</translation>
    </message>
    <message>
        <location filename="../../editor/gui/action_specs.py" line="257"/>
        <source>Preview: &amp;Mobile Width</source>
        <translation>Preview: &amp;Mobile Width</translation>
    </message>
    <message>
        <location filename="../../editor/gui/action_specs.py" line="259"/>
        <source>Preview at phone width</source>
        <translation>Preview at phone width</translation>
    </message>
    <message>
        <location filename="../../editor/gui/action_specs.py" line="264"/>
        <source>&amp;Problems</source>
        <translation>&amp;Problems</translation>
    </message>
    <message>
        <location filename="../../editor/gui/action_specs.py" line="266"/>
        <source>Show every problem of the article</source>
        <translation>Show every problem of the article</translation>
    </message>
    <message>
        <location filename="../../editor/gui/action_specs.py" line="269"/>
        <source>&amp;Next Pane</source>
        <translation>&amp;Next Pane</translation>
    </message>
    <message>
        <location filename="../../editor/gui/action_specs.py" line="271"/>
        <source>Move the focus to the next pane</source>
        <translation>Move the focus to the next pane</translation>
    </message>
    <message>
        <location filename="../../editor/gui/action_specs.py" line="274"/>
        <source>Pre&amp;vious Pane</source>
        <translation>Pre&amp;vious Pane</translation>
    </message>
    <message>
        <location filename="../../editor/gui/action_specs.py" line="276"/>
        <source>Move the focus to the previous pane</source>
        <translation>Move the focus to the previous pane</translation>
    </message>
    <message>
        <location filename="../../editor/gui/action_specs.py" line="280"/>
        <source>&amp;Add Photos…</source>
        <translation>&amp;Add Photos…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/action_specs.py" line="282"/>
        <source>Attach photos to the article</source>
        <translation>Attach photos to the article</translation>
    </message>
    <message>
        <location filename="../../editor/gui/action_specs.py" line="286"/>
        <source>&amp;Insert Photo in Text</source>
        <translation>&amp;Insert Photo in Text</translation>
    </message>
    <message>
        <location filename="../../editor/gui/action_specs.py" line="288"/>
        <source>Insert the selected photo at the cursor in the text</source>
        <translation>Insert the selected photo at the cursor in the text</translation>
    </message>
    <message>
        <location filename="../../editor/gui/action_specs.py" line="292"/>
        <source>&amp;Credits…</source>
        <translation>&amp;Credits…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/action_specs.py" line="294"/>
        <source>Edit caption, alt text and credits of the selected photo</source>
        <translation>Edit caption, alt text and credits of the selected photo</translation>
    </message>
    <message>
        <location filename="../../editor/gui/action_specs.py" line="298"/>
        <source>Use as &amp;Lead Photo</source>
        <translation>Use as &amp;Lead Photo</translation>
    </message>
    <message>
        <location filename="../../editor/gui/action_specs.py" line="300"/>
        <source>Use the selected photo as the article&apos;s lead photo</source>
        <translation>Use the selected photo as the article&apos;s lead photo</translation>
    </message>
    <message>
        <location filename="../../editor/gui/action_specs.py" line="304"/>
        <source>R&amp;eplace Photo File…</source>
        <translation>R&amp;eplace Photo File…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/action_specs.py" line="306"/>
        <source>Use another file for the selected photo, keeping the credits</source>
        <translation>Use another file for the selected photo, keeping the credits</translation>
    </message>
    <message>
        <location filename="../../editor/gui/action_specs.py" line="311"/>
        <source>Move Photo &amp;Up</source>
        <translation>Move Photo &amp;Up</translation>
    </message>
    <message>
        <location filename="../../editor/gui/action_specs.py" line="313"/>
        <source>Move the selected photo up</source>
        <translation>Move the selected photo up</translation>
    </message>
    <message>
        <location filename="../../editor/gui/action_specs.py" line="317"/>
        <source>Move Photo &amp;Down</source>
        <translation>Move Photo &amp;Down</translation>
    </message>
    <message>
        <location filename="../../editor/gui/action_specs.py" line="319"/>
        <source>Move the selected photo down</source>
        <translation>Move the selected photo down</translation>
    </message>
    <message>
        <location filename="../../editor/gui/action_specs.py" line="323"/>
        <source>&amp;Remove Photo…</source>
        <translation>&amp;Remove Photo…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/action_specs.py" line="325"/>
        <source>Remove the selected photo from the article</source>
        <translation>Remove the selected photo from the article</translation>
    </message>
    <message>
        <location filename="../../editor/gui/action_specs.py" line="330"/>
        <source>&amp;Submit for Review</source>
        <translation>&amp;Submit for Review</translation>
    </message>
    <message>
        <location filename="../../editor/gui/action_specs.py" line="332"/>
        <source>Ask for a review of the saved article</source>
        <translation>Ask for a review of the saved article</translation>
    </message>
    <message>
        <location filename="../../editor/gui/action_specs.py" line="335"/>
        <source>&amp;Approve</source>
        <translation>&amp;Approve</translation>
    </message>
    <message>
        <location filename="../../editor/gui/action_specs.py" line="337"/>
        <source>Approve the article as it is saved</source>
        <translation>Approve the article as it is saved</translation>
    </message>
    <message>
        <location filename="../../editor/gui/action_specs.py" line="340"/>
        <source>Request &amp;Changes</source>
        <translation>Request &amp;Changes</translation>
    </message>
    <message>
        <location filename="../../editor/gui/action_specs.py" line="342"/>
        <source>Send the article back with the comment as the request</source>
        <translation>Send the article back with the comment as the request</translation>
    </message>
    <message>
        <location filename="../../editor/gui/action_specs.py" line="345"/>
        <source>&amp;Reopen</source>
        <translation>&amp;Reopen</translation>
    </message>
    <message>
        <location filename="../../editor/gui/action_specs.py" line="347"/>
        <source>Reopen the review</source>
        <translation>Reopen the review</translation>
    </message>
    <message>
        <location filename="../../editor/gui/action_specs.py" line="350"/>
        <source>Co&amp;mment</source>
        <translation>Co&amp;mment</translation>
    </message>
    <message>
        <location filename="../../editor/gui/action_specs.py" line="352"/>
        <source>Add the comment box&apos;s text as a comment (an empty box gets the focus)</source>
        <translation>Add the comment box&apos;s text as a comment (an empty box gets the focus)</translation>
    </message>
    <message>
        <location filename="../../editor/gui/action_specs.py" line="356"/>
        <source>S&amp;how Changes Since Approval</source>
        <translation>S&amp;how Changes Since Approval</translation>
    </message>
    <message>
        <location filename="../../editor/gui/action_specs.py" line="358"/>
        <source>Mark what changed since the approval in the preview</source>
        <translation>Mark what changed since the approval in the preview</translation>
    </message>
    <message>
        <location filename="../../editor/gui/action_specs.py" line="362"/>
        <source>Re&amp;view Mode</source>
        <translation>Re&amp;view Mode</translation>
    </message>
    <message>
        <location filename="../../editor/gui/action_specs.py" line="364"/>
        <source>Read the preview with the room of list and editor</source>
        <translation>Read the preview with the room of list and editor</translation>
    </message>
    <message>
        <location filename="../../editor/gui/action_specs.py" line="368"/>
        <source>Save Preview as &amp;PDF…</source>
        <translation>Save Preview as &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/action_specs.py" line="370"/>
        <source>Save the preview as a PDF with the review state in the footer</source>
        <translation>Save the preview as a PDF with the review state in the footer</translation>
    </message>
    <message>
        <location filename="../../editor/gui/action_specs.py" line="374"/>
        <source>&amp;Guide</source>
        <translation>&amp;Guide</translation>
    </message>
    <message>
        <location filename="../../editor/gui/action_specs.py" line="376"/>
        <source>A short guide to Newsdesk</source>
        <translation>A short guide to Newsdesk</translation>
    </message>
    <message>
        <location filename="../../editor/gui/action_specs.py" line="379"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Keyboard Shortcuts</translation>
    </message>
    <message>
        <location filename="../../editor/gui/action_specs.py" line="381"/>
        <source>Every action and its shortcut</source>
        <translation>Every action and its shortcut</translation>
    </message>
    <message>
        <location filename="../../editor/gui/action_specs.py" line="383"/>
        <source>&amp;About Newsdesk</source>
        <translation>&amp;About Newsdesk</translation>
    </message>
    <message>
        <location filename="../../editor/gui/action_specs.py" line="389"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../editor/gui/action_specs.py" line="393"/>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../editor/gui/action_specs.py" line="396"/>
        <source>F&amp;ormat</source>
        <translation>F&amp;ormat</translation>
    </message>
    <message>
        <location filename="../../editor/gui/action_specs.py" line="400"/>
        <source>&amp;Article</source>
        <translation>&amp;Article</translation>
    </message>
    <message>
        <location filename="../../editor/gui/action_specs.py" line="412"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../editor/gui/action_specs.py" line="428"/>
        <source>&amp;Photos</source>
        <translation>&amp;Photos</translation>
    </message>
    <message>
        <location filename="../../editor/gui/action_specs.py" line="442"/>
        <source>&amp;Review</source>
        <translation>&amp;Review</translation>
    </message>
    <message>
        <location filename="../../editor/gui/action_specs.py" line="455"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
</context>
<context>
    <name>ArticleOps</name>
    <message>
        <location filename="../../editor/gui/workspace_panel/ops.py" line="27"/>
        <source>Newsdesk</source>
        <translation>Newsdesk</translation>
    </message>
    <message>
        <location filename="../../editor/gui/workspace_panel/ops.py" line="38"/>
        <source>New Article</source>
        <translation>New Article</translation>
    </message>
    <message>
        <location filename="../../editor/gui/workspace_panel/ops.py" line="38"/>
        <source>Title:</source>
        <translation>Title:</translation>
    </message>
    <message>
        <location filename="../../editor/gui/workspace_panel/ops.py" line="57"/>
        <source>%1 (copy)</source>
        <translation>%1 (copy)</translation>
    </message>
    <message>
        <location filename="../../editor/gui/workspace_panel/ops.py" line="72"/>
        <location filename="../../editor/gui/workspace_panel/ops.py" line="82"/>
        <source>Rename Article</source>
        <translation>Rename Article</translation>
    </message>
    <message>
        <location filename="../../editor/gui/workspace_panel/ops.py" line="73"/>
        <source>New title:</source>
        <translation>New title:</translation>
    </message>
    <message>
        <location filename="../../editor/gui/workspace_panel/ops.py" line="78"/>
        <source>Rename the article to “%1”?

Its folder and web address change from “%2” to “%3”.</source>
        <translation>Rename the article to “%1”?

Its folder and web address change from “%2” to “%3”.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/workspace_panel/ops.py" line="101"/>
        <source>Move “%1” to the workspace&apos;s trash?

It can be restored from there.</source>
        <translation>Move “%1” to the workspace&apos;s trash?

It can be restored from there.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/workspace_panel/ops.py" line="103"/>
        <source>Delete Article</source>
        <translation>Delete Article</translation>
    </message>
</context>
<context>
    <name>ChangesList</name>
    <message>
        <location filename="../../editor/gui/review/changes_list.py" line="137"/>
        <source>Show changes since approval</source>
        <translation>Show changes since approval</translation>
    </message>
    <message>
        <location filename="../../editor/gui/review/changes_list.py" line="138"/>
        <source>Show the article in the preview with inserted words underlined and deleted ones struck through</source>
        <translation>Show the article in the preview with inserted words underlined and deleted ones struck through</translation>
    </message>
    <message>
        <location filename="../../editor/gui/review/changes_list.py" line="141"/>
        <source>Show raw diff</source>
        <translation>Show raw diff</translation>
    </message>
    <message>
        <location filename="../../editor/gui/review/changes_list.py" line="142"/>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../editor/gui/review/changes_list.py" line="142"/>
        <source>Before</source>
        <translation>Before</translation>
    </message>
    <message>
        <location filename="../../editor/gui/review/changes_list.py" line="142"/>
        <source>After</source>
        <translation>After</translation>
    </message>
    <message>
        <location filename="../../editor/gui/review/changes_list.py" line="143"/>
        <source>Changed metadata and photo credits</source>
        <translation>Changed metadata and photo credits</translation>
    </message>
    <message>
        <location filename="../../editor/gui/review/changes_list.py" line="144"/>
        <source>Raw diff</source>
        <translation>Raw diff</translation>
    </message>
    <message>
        <location filename="../../editor/gui/review/changes_list.py" line="165"/>
        <source>Changes since the approval by %1 on %2</source>
        <translation>Changes since the approval by %1 on %2</translation>
    </message>
    <message>
        <location filename="../../editor/gui/review/changes_list.py" line="168"/>
        <source>Changes since the approval on %1</source>
        <translation>Changes since the approval on %1</translation>
    </message>
    <message>
        <location filename="../../editor/gui/review/changes_list.py" line="170"/>
        <source>Changes since the approval</source>
        <translation>Changes since the approval</translation>
    </message>
    <message>
        <location filename="../../editor/gui/review/changes_list.py" line="176"/>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <location filename="../../editor/gui/review/changes_list.py" line="185"/>
        <source>Nothing has changed since the approval.</source>
        <translation>Nothing has changed since the approval.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/review/changes_list.py" line="187"/>
        <source>The text has changed: “Show changes since approval” shows it in the preview, inserted words underlined, deleted ones struck through.</source>
        <translation>The text has changed: “Show changes since approval” shows it in the preview, inserted words underlined, deleted ones struck through.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/review/changes_list.py" line="191"/>
        <source>The text has not changed.</source>
        <translation>The text has not changed.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/review/changes_list.py" line="193"/>
        <source>No metadata or photo credit has changed.</source>
        <translation>No metadata or photo credit has changed.</translation>
    </message>
</context>
<context>
    <name>ChangesMode</name>
    <message>
        <location filename="../../editor/gui/preview/changes.py" line="170"/>
        <source>Changes since approval</source>
        <translation>Changes since approval</translation>
    </message>
    <message>
        <location filename="../../editor/gui/preview/changes.py" line="170"/>
        <source>Inserted</source>
        <translation>Inserted</translation>
    </message>
    <message>
        <location filename="../../editor/gui/preview/changes.py" line="171"/>
        <source>Deleted</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <location filename="../../editor/gui/preview/changes.py" line="171"/>
        <source>Inserted:</source>
        <translation>Inserted:</translation>
    </message>
    <message>
        <location filename="../../editor/gui/preview/changes.py" line="172"/>
        <source>End of insertion.</source>
        <translation>End of insertion.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/preview/changes.py" line="173"/>
        <source>Deleted:</source>
        <translation>Deleted:</translation>
    </message>
    <message>
        <location filename="../../editor/gui/preview/changes.py" line="174"/>
        <source>End of deletion.</source>
        <translation>End of deletion.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/preview/changes.py" line="181"/>
        <source>Showing changes since approval of %1 by %2.</source>
        <translation>Showing changes since approval of %1 by %2.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/preview/changes.py" line="184"/>
        <source>Showing changes since approval of %1.</source>
        <translation>Showing changes since approval of %1.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/preview/changes.py" line="188"/>
        <source>Underlined: inserted (%1), struck through: deleted (%2).</source>
        <translation>Underlined: inserted (%1), struck through: deleted (%2).</translation>
    </message>
    <message>
        <location filename="../../editor/gui/preview/changes.py" line="192"/>
        <source>The text has not changed.</source>
        <translation>The text has not changed.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/preview/changes.py" line="202"/>
        <location filename="../../editor/gui/preview/changes.py" line="218"/>
        <source>The changes could not be shown: %1</source>
        <translation>The changes could not be shown: %1</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../editor/gui/safety/conflict.py" line="36"/>
        <source>Changed by Someone Else</source>
        <translation>Changed by Someone Else</translation>
    </message>
    <message>
        <location filename="../../editor/gui/safety/conflict.py" line="39"/>
        <source>“%1” was deleted or moved by someone else since you opened it. Your text has not been saved.</source>
        <translation>“%1” was deleted or moved by someone else since you opened it. Your text has not been saved.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/safety/conflict.py" line="42"/>
        <source>“%1” was changed by someone else (or a sync program) since you opened it. Your text has not been saved, so nothing was overwritten.</source>
        <translation>“%1” was changed by someone else (or a sync program) since you opened it. Your text has not been saved, so nothing was overwritten.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/safety/conflict.py" line="45"/>
        <source>This article</source>
        <translation>This article</translation>
    </message>
    <message>
        <location filename="../../editor/gui/safety/conflict.py" line="49"/>
        <source>Differences between their text and yours</source>
        <translation>Differences between their text and yours</translation>
    </message>
    <message>
        <location filename="../../editor/gui/safety/conflict.py" line="56"/>
        <source>&amp;Reload Their Version</source>
        <translation>&amp;Reload Their Version</translation>
    </message>
    <message>
        <location filename="../../editor/gui/safety/conflict.py" line="57"/>
        <source>Discard your unsaved changes and show the article as it is on disk now.</source>
        <translation>Discard your unsaved changes and show the article as it is on disk now.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/safety/conflict.py" line="59"/>
        <location filename="../../editor/gui/safety/conflict.py" line="91"/>
        <source>Co&amp;mpare</source>
        <translation>Co&amp;mpare</translation>
    </message>
    <message>
        <location filename="../../editor/gui/safety/conflict.py" line="91"/>
        <source>Hide Co&amp;mparison</source>
        <translation>Hide Co&amp;mparison</translation>
    </message>
    <message>
        <location filename="../../editor/gui/safety/conflict.py" line="61"/>
        <source>Save Mine as a &amp;Copy</source>
        <translation>Save Mine as a &amp;Copy</translation>
    </message>
    <message>
        <location filename="../../editor/gui/safety/conflict.py" line="62"/>
        <source>Keep both: your text becomes a new article beside this one.</source>
        <translation>Keep both: your text becomes a new article beside this one.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/safety/conflict.py" line="64"/>
        <source>Keep &amp;Editing</source>
        <translation>Keep &amp;Editing</translation>
    </message>
    <message>
        <location filename="../../editor/gui/safety/conflict.py" line="82"/>
        <source>theirs (on disk)</source>
        <translation>theirs (on disk)</translation>
    </message>
    <message>
        <location filename="../../editor/gui/safety/conflict.py" line="83"/>
        <source>mine (not saved)</source>
        <translation>mine (not saved)</translation>
    </message>
    <message>
        <location filename="../../editor/gui/safety/conflict.py" line="87"/>
        <source>The texts are identical.</source>
        <translation>The texts are identical.</translation>
    </message>
</context>
<context>
    <name>DocumentController</name>
    <message>
        <location filename="../../editor/gui/document.py" line="370"/>
        <source>A copy of your text is kept in %1</source>
        <translation>A copy of your text is kept in %1</translation>
    </message>
</context>
<context>
    <name>DocumentImport</name>
    <message>
        <location filename="../../editor/gui/import_document.py" line="27"/>
        <location filename="../../editor/gui/import_document.py" line="74"/>
        <location filename="../../editor/gui/import_document.py" line="97"/>
        <source>Import Document</source>
        <translation>Import Document</translation>
    </message>
    <message>
        <location filename="../../editor/gui/import_document.py" line="28"/>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../../editor/gui/import_document.py" line="75"/>
        <source>The document could not be imported.</source>
        <translation>The document could not be imported.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/import_document.py" line="83"/>
        <source>Photos without credits (export refuses them until credited): %1</source>
        <translation>Photos without credits (export refuses them until credited): %1</translation>
    </message>
    <message>
        <location filename="../../editor/gui/import_document.py" line="94"/>
        <source>Importing “%1”…</source>
        <translation>Importing “%1”…</translation>
    </message>
</context>
<context>
    <name>EditLocks</name>
    <message>
        <location filename="../../editor/gui/safety/locking.py" line="32"/>
        <source>Read-only: this article is %1.</source>
        <translation>Read-only: this article is %1.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/safety/locking.py" line="71"/>
        <source>Read-only: you cannot save in this folder.</source>
        <translation>Read-only: you cannot save in this folder.</translation>
    </message>
</context>
<context>
    <name>EditorPane</name>
    <message>
        <location filename="../../editor/gui/editor_pane/pane.py" line="67"/>
        <source>bold text</source>
        <translation>bold text</translation>
    </message>
    <message>
        <location filename="../../editor/gui/editor_pane/pane.py" line="69"/>
        <source>italic text</source>
        <translation>italic text</translation>
    </message>
    <message>
        <location filename="../../editor/gui/editor_pane/pane.py" line="70"/>
        <source>link text</source>
        <translation>link text</translation>
    </message>
    <message>
        <location filename="../../editor/gui/editor_pane/pane.py" line="101"/>
        <source>This article is open read-only.</source>
        <translation>This article is open read-only.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/editor_pane/pane.py" line="108"/>
        <source>Made a level-%1 heading instead of level %2, so that no heading skips a level (the title is level 1; a subheading needs a heading above it).</source>
        <translation>Made a level-%1 heading instead of level %2, so that no heading skips a level (the title is level 1; a subheading needs a heading above it).</translation>
    </message>
    <message>
        <location filename="../../editor/gui/editor_pane/pane.py" line="113"/>
        <source>The heading stays: without it, the heading below would skip a level.</source>
        <translation>The heading stays: without it, the heading below would skip a level.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/editor_pane/pane.py" line="115"/>
        <source>No heading inside a code block.</source>
        <translation>No heading inside a code block.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/editor_pane/pane.py" line="121"/>
        <source>Not changed: this would break a code block or make a heading skip a level.</source>
        <translation>Not changed: this would break a code block or make a heading skip a level.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/editor_pane/pane.py" line="143"/>
        <source>Select an article in the list, or create one with Article ▸ New Article.</source>
        <translation>Select an article in the list, or create one with Article ▸ New Article.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/editor_pane/pane.py" line="145"/>
        <source>Write the article here in Markdown: ## for a subheading, **bold**, *italic*.</source>
        <translation>Write the article here in Markdown: ## for a subheading, **bold**, *italic*.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/editor_pane/pane.py" line="147"/>
        <source>Formatting</source>
        <translation>Formatting</translation>
    </message>
    <message>
        <location filename="../../editor/gui/editor_pane/pane.py" line="149"/>
        <source>Article text</source>
        <translation>Article text</translation>
    </message>
    <message>
        <location filename="../../editor/gui/editor_pane/pane.py" line="151"/>
        <source>Markdown: ## heading, ### subheading, **bold**, *italic*. Tab leaves the text.</source>
        <translation>Markdown: ## heading, ### subheading, **bold**, *italic*. Tab leaves the text.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../editor/gui/export/dialog.py" line="126"/>
        <source>Export “%1”</source>
        <translation>Export “%1”</translation>
    </message>
    <message>
        <location filename="../../editor/gui/export/dialog.py" line="128"/>
        <source>&amp;Output folder:</source>
        <translation>&amp;Output folder:</translation>
    </message>
    <message>
        <location filename="../../editor/gui/export/dialog.py" line="129"/>
        <source>&amp;Choose…</source>
        <translation>&amp;Choose…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/export/dialog.py" line="130"/>
        <source>Also write a .&amp;zip file</source>
        <translation>Also write a .&amp;zip file</translation>
    </message>
    <message>
        <location filename="../../editor/gui/export/dialog.py" line="131"/>
        <source>&amp;Open Folder</source>
        <translation>&amp;Open Folder</translation>
    </message>
    <message>
        <location filename="../../editor/gui/export/dialog.py" line="132"/>
        <source>Problems</source>
        <translation>Problems</translation>
    </message>
    <message>
        <location filename="../../editor/gui/export/dialog.py" line="133"/>
        <source>&amp;Export</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <location filename="../../editor/gui/export/dialog.py" line="137"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../editor/gui/export/dialog.py" line="138"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../editor/gui/export/dialog.py" line="143"/>
        <source>Export to folder</source>
        <translation>Export to folder</translation>
    </message>
    <message>
        <location filename="../../editor/gui/export/dialog.py" line="165"/>
        <source>Choose an output folder first.</source>
        <translation>Choose an output folder first.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/export/dialog.py" line="170"/>
        <source>Not exported: the export folder is inside the workspace %1; choose a folder outside it.</source>
        <translation>Not exported: the export folder is inside the workspace %1; choose a folder outside it.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/export/dialog.py" line="175"/>
        <source>The article could not be saved, so it was not exported. Fix the save problem first.</source>
        <translation>The article could not be saved, so it was not exported. Fix the save problem first.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/export/dialog.py" line="196"/>
        <source>Exporting…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/export/dialog.py" line="204"/>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/export/dialog.py" line="233"/>
        <source>Preparing photos: %1 of %2</source>
        <translation>Preparing photos: %1 of %2</translation>
    </message>
    <message>
        <location filename="../../editor/gui/export/dialog.py" line="236"/>
        <source>Rendering the page…</source>
        <translation>Rendering the page…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/export/dialog.py" line="243"/>
        <source>Already up to date: %1</source>
        <translation>Already up to date: %1</translation>
    </message>
    <message>
        <location filename="../../editor/gui/export/dialog.py" line="245"/>
        <source>Exported to %1</source>
        <translation>Exported to %1</translation>
    </message>
    <message>
        <location filename="../../editor/gui/export/dialog.py" line="247"/>
        <source>Zip file: %1</source>
        <translation>Zip file: %1</translation>
    </message>
    <message>
        <location filename="../../editor/gui/export/dialog.py" line="256"/>
        <source>Not exported. Problems to fix first: %1</source>
        <translation>Not exported. Problems to fix first: %1</translation>
    </message>
    <message>
        <location filename="../../editor/gui/export/dialog.py" line="262"/>
        <source>Export failed; an earlier bundle is kept as it was.</source>
        <translation>Export failed; an earlier bundle is kept as it was.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/export/dialog.py" line="267"/>
        <source>Export cancelled; nothing was written.</source>
        <translation>Export cancelled; nothing was written.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/export/dialog.py" line="321"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../editor/gui/export/dialog.py" line="322"/>
        <source>Open an article to export it.</source>
        <translation>Open an article to export it.</translation>
    </message>
</context>
<context>
    <name>ExportProblems</name>
    <message>
        <location filename="../../editor/gui/export/messages.py" line="17"/>
        <source>The article is not approved (review state: %{state}); export needs an approval of the current content.</source>
        <translation>The article is not approved (review state: %{state}); export needs an approval of the current content.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/export/messages.py" line="21"/>
        <source>%{by} approved version %{approved_hash} on %{at}; the article changed since (now %{content_hash}) and needs a new approval.</source>
        <translation>%{by} approved version %{approved_hash} on %{at}; the article changed since (now %{content_hash}) and needs a new approval.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/export/messages.py" line="25"/>
        <source>Photo &apos;%{photo}&apos; was kept without its credits; complete them to export.</source>
        <translation>Photo &apos;%{photo}&apos; was kept without its credits; complete them to export.</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../editor/gui/editor_pane/find_bar.py" line="112"/>
        <source>Not found</source>
        <translation>Not found</translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/gui/editor_pane/find_bar.py" line="146"/>
        <source>%n replaced</source>
        <translation>
            <numerusform>%n replaced</numerusform>
            <numerusform>%n replaced</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../editor/gui/editor_pane/find_bar.py" line="151"/>
        <source>F&amp;ind:</source>
        <translation>F&amp;ind:</translation>
    </message>
    <message>
        <location filename="../../editor/gui/editor_pane/find_bar.py" line="152"/>
        <source>Replace &amp;with:</source>
        <translation>Replace &amp;with:</translation>
    </message>
    <message>
        <location filename="../../editor/gui/editor_pane/find_bar.py" line="154"/>
        <source>Previou&amp;s</source>
        <translation>Previou&amp;s</translation>
    </message>
    <message>
        <location filename="../../editor/gui/editor_pane/find_bar.py" line="155"/>
        <source>Repla&amp;ce</source>
        <translation>Repla&amp;ce</translation>
    </message>
    <message>
        <location filename="../../editor/gui/editor_pane/find_bar.py" line="156"/>
        <source>Replace All</source>
        <translation>Replace All</translation>
    </message>
    <message>
        <location filename="../../editor/gui/editor_pane/find_bar.py" line="159"/>
        <source>Close find bar</source>
        <translation>Close find bar</translation>
    </message>
    <message>
        <location filename="../../editor/gui/editor_pane/find_bar.py" line="160"/>
        <source>Find</source>
        <translation>Find</translation>
    </message>
    <message>
        <location filename="../../editor/gui/editor_pane/find_bar.py" line="161"/>
        <source>Replace with</source>
        <translation>Replace with</translation>
    </message>
    <message>
        <location filename="../../editor/gui/editor_pane/find_bar.py" line="153"/>
        <source>&amp;Next</source>
        <translation>&amp;Next</translation>
    </message>
    <message>
        <location filename="../../editor/gui/editor_pane/find_bar.py" line="157"/>
        <source>&amp;Match case</source>
        <translation>&amp;Match case</translation>
    </message>
    <message>
        <location filename="../../editor/gui/editor_pane/find_bar.py" line="158"/>
        <source>Close (Esc)</source>
        <translation>Close (Esc)</translation>
    </message>
</context>
<context>
    <name>FocalPointPicker</name>
    <message>
        <location filename="../../editor/gui/photos/focal_point.py" line="95"/>
        <source>Focal point</source>
        <translation>Focal point</translation>
    </message>
    <message>
        <location filename="../../editor/gui/photos/focal_point.py" line="96"/>
        <source>Click the most important part of the photo. Crops for social media and search results are cut around it. Arrow keys move the marker (with Shift in small steps), Home puts it back in the centre.</source>
        <translation>Click the most important part of the photo. Crops for social media and search results are cut around it. Arrow keys move the marker (with Shift in small steps), Home puts it back in the centre.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/photos/focal_point.py" line="104"/>
        <source>%1 % from the left, %2 % from the top</source>
        <translation>%1 % from the left, %2 % from the top</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <location filename="../../editor/gui/help/guide.py" line="40"/>
        <source>Newsdesk Guide</source>
        <translation>Newsdesk Guide</translation>
    </message>
    <message>
        <location filename="../../editor/gui/help/guide.py" line="41"/>
        <source>Guide</source>
        <translation>Guide</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../editor/gui/safety/history_dialog.py" line="45"/>
        <source>Versions of “%1”</source>
        <translation>Versions of “%1”</translation>
    </message>
    <message>
        <location filename="../../editor/gui/safety/history_dialog.py" line="48"/>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <location filename="../../editor/gui/safety/history_dialog.py" line="50"/>
        <source>Changes</source>
        <translation>Changes</translation>
    </message>
    <message>
        <location filename="../../editor/gui/safety/history_dialog.py" line="52"/>
        <source>What restoring the selected version would change: lines starting with a minus would be removed, lines starting with a plus added</source>
        <translation>What restoring the selected version would change: lines starting with a minus would be removed, lines starting with a plus added</translation>
    </message>
    <message>
        <location filename="../../editor/gui/safety/history_dialog.py" line="58"/>
        <source>Each save keeps the text it replaces. Restoring the selected version would remove the lines marked − (red) and add the lines marked + (green).</source>
        <translation>Each save keeps the text it replaces. Restoring the selected version would remove the lines marked − (red) and add the lines marked + (green).</translation>
    </message>
    <message>
        <location filename="../../editor/gui/safety/history_dialog.py" line="62"/>
        <source>&amp;Restore This Version</source>
        <translation>&amp;Restore This Version</translation>
    </message>
    <message>
        <location filename="../../editor/gui/safety/history_dialog.py" line="86"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../../editor/gui/safety/history_dialog.py" line="88"/>
        <source>%1 bytes</source>
        <translation>%1 bytes</translation>
    </message>
    <message>
        <location filename="../../editor/gui/safety/history_dialog.py" line="93"/>
        <source>There are no earlier versions yet.</source>
        <translation>There are no earlier versions yet.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/safety/history_dialog.py" line="112"/>
        <source>Current text</source>
        <translation>Current text</translation>
    </message>
    <message>
        <location filename="../../editor/gui/safety/history_dialog.py" line="113"/>
        <source>Version %1 (%2)</source>
        <translation>Version %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../editor/gui/safety/history_dialog.py" line="115"/>
        <source>This version is the same as the current text.</source>
        <translation>This version is the same as the current text.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/safety/history_dialog.py" line="127"/>
        <source>Not restored: someone else changed the article in the meantime. Reload it and try again.</source>
        <translation>Not restored: someone else changed the article in the meantime. Reload it and try again.</translation>
    </message>
</context>
<context>
    <name>LockNotice</name>
    <message>
        <location filename="../../editor/gui/safety/lock_notice.py" line="19"/>
        <source>someone</source>
        <translation>someone</translation>
    </message>
    <message>
        <location filename="../../editor/gui/safety/lock_notice.py" line="20"/>
        <source>another computer</source>
        <translation>another computer</translation>
    </message>
    <message>
        <location filename="../../editor/gui/safety/lock_notice.py" line="21"/>
        <source>being edited by %1 on %2 since %3</source>
        <translation>being edited by %1 on %2 since %3</translation>
    </message>
    <message>
        <location filename="../../editor/gui/safety/lock_notice.py" line="33"/>
        <source>%1 on %2</source>
        <translation>%1 on %2</translation>
    </message>
    <message>
        <location filename="../../editor/gui/safety/lock_notice.py" line="37"/>
        <source>Also editing this article: %1 (since %2). You can still edit; if you both change the same paragraph, the next sync keeps both versions.</source>
        <translation>Also editing this article: %1 (since %2). You can still edit; if you both change the same paragraph, the next sync keeps both versions.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/safety/lock_notice.py" line="46"/>
        <source>Article in Use</source>
        <translation>Article in Use</translation>
    </message>
    <message>
        <location filename="../../editor/gui/safety/lock_notice.py" line="47"/>
        <source>This article is %1.</source>
        <translation>This article is %1.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/safety/lock_notice.py" line="50"/>
        <source>The lock looks abandoned (the program that set it is no longer running, or it is very old). You can take it over and edit, or open the article read-only.</source>
        <translation>The lock looks abandoned (the program that set it is no longer running, or it is very old). You can take it over and edit, or open the article read-only.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/safety/lock_notice.py" line="55"/>
        <source>It opens read-only. Take over only if you are sure nobody is working on it: if they are, their next save will be refused rather than overwrite yours, and the other way round.</source>
        <translation>It opens read-only. Take over only if you are sure nobody is working on it: if they are, their next save will be refused rather than overwrite yours, and the other way round.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/safety/lock_notice.py" line="60"/>
        <source>Open &amp;Read-Only</source>
        <translation>Open &amp;Read-Only</translation>
    </message>
    <message>
        <location filename="../../editor/gui/safety/lock_notice.py" line="62"/>
        <source>&amp;Take Over</source>
        <translation>&amp;Take Over</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../editor/gui/main_window.py" line="143"/>
        <location filename="../../editor/gui/main_window.py" line="486"/>
        <location filename="../../editor/gui/window_shell.py" line="56"/>
        <source>Articles</source>
        <translation>Articles</translation>
    </message>
    <message>
        <location filename="../../editor/gui/panels.py" line="146"/>
        <location filename="../../editor/gui/window_shell.py" line="58"/>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location filename="../../editor/gui/panels.py" line="161"/>
        <source>Problems</source>
        <translation>Problems</translation>
    </message>
    <message>
        <location filename="../../editor/gui/panels.py" line="197"/>
        <source>Photos</source>
        <translation>Photos</translation>
    </message>
    <message>
        <location filename="../../editor/gui/panels.py" line="223"/>
        <source>Social media card</source>
        <translation>Social media card</translation>
    </message>
    <message>
        <location filename="../../editor/gui/panels.py" line="267"/>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <location filename="../../editor/gui/panels.py" line="311"/>
        <source>Attach photos</source>
        <translation>Attach photos</translation>
    </message>
    <message>
        <location filename="../../editor/gui/panels.py" line="449"/>
        <source>The preview is not ready for a PDF yet.</source>
        <translation>The preview is not ready for a PDF yet.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/main_window.py" line="307"/>
        <source>The open article could not be saved.</source>
        <translation>The open article could not be saved.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/main_window.py" line="328"/>
        <source>Cannot open the article</source>
        <translation>Cannot open the article</translation>
    </message>
    <message>
        <location filename="../../editor/gui/main_window.py" line="425"/>
        <source>Saved</source>
        <translation>Saved</translation>
    </message>
    <message>
        <location filename="../../editor/gui/main_window.py" line="425"/>
        <source>Edited</source>
        <translation>Edited</translation>
    </message>
    <message>
        <location filename="../../editor/gui/main_window.py" line="426"/>
        <location filename="../../editor/gui/safety_wiring.py" line="137"/>
        <source>Not saved</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <location filename="../../editor/gui/main_window.py" line="487"/>
        <source>Search articles</source>
        <translation>Search articles</translation>
    </message>
    <message>
        <location filename="../../editor/gui/main_window.py" line="489"/>
        <source>Photos of the article</source>
        <translation>Photos of the article</translation>
    </message>
    <message>
        <location filename="../../editor/gui/main_window.py" line="491"/>
        <source>Review history</source>
        <translation>Review history</translation>
    </message>
    <message>
        <location filename="../../editor/gui/main_window.py" line="492"/>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <location filename="../../editor/gui/main_window.py" line="521"/>
        <source>Panel tabs</source>
        <translation>Panel tabs</translation>
    </message>
    <message>
        <location filename="../../editor/gui/main_window.py" line="522"/>
        <source>Switch between the panels tabbed here</source>
        <translation>Switch between the panels tabbed here</translation>
    </message>
</context>
<context>
    <name>MetadataForm</name>
    <message>
        <location filename="../../editor/gui/editor_pane/metadata_form.py" line="190"/>
        <source>Not a date: write YYYY-MM-DD or YYYY-MM-DD HH:MM</source>
        <translation>Not a date: write YYYY-MM-DD or YYYY-MM-DD HH:MM</translation>
    </message>
    <message>
        <location filename="../../editor/gui/editor_pane/metadata_form.py" line="195"/>
        <source>Format: YYYY-MM-DD, optionally with a time HH:MM</source>
        <translation>Format: YYYY-MM-DD, optionally with a time HH:MM</translation>
    </message>
    <message>
        <location filename="../../editor/gui/editor_pane/metadata_form.py" line="199"/>
        <location filename="../../editor/gui/editor_pane/metadata_form.py" line="211"/>
        <source>%1 / %2 characters</source>
        <translation>%1 / %2 characters</translation>
    </message>
    <message>
        <location filename="../../editor/gui/editor_pane/metadata_form.py" line="220"/>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <location filename="../../editor/gui/editor_pane/metadata_form.py" line="221"/>
        <source>&amp;Kicker:</source>
        <translation>&amp;Kicker:</translation>
    </message>
    <message>
        <location filename="../../editor/gui/editor_pane/metadata_form.py" line="222"/>
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <location filename="../../editor/gui/editor_pane/metadata_form.py" line="223"/>
        <source>A&amp;uthor:</source>
        <translation>A&amp;uthor:</translation>
    </message>
    <message>
        <location filename="../../editor/gui/editor_pane/metadata_form.py" line="224"/>
        <source>&amp;Lead:</source>
        <translation>&amp;Lead:</translation>
    </message>
    <message>
        <location filename="../../editor/gui/editor_pane/metadata_form.py" line="225"/>
        <source>Search summar&amp;y:</source>
        <translation>Search summar&amp;y:</translation>
    </message>
    <message>
        <location filename="../../editor/gui/editor_pane/metadata_form.py" line="226"/>
        <source>Ta&amp;gs:</source>
        <translation>Ta&amp;gs:</translation>
    </message>
    <message>
        <location filename="../../editor/gui/editor_pane/metadata_form.py" line="230"/>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../../editor/gui/editor_pane/metadata_form.py" line="231"/>
        <source>Choose from calendar (Alt+Down)</source>
        <translation>Choose from calendar (Alt+Down)</translation>
    </message>
    <message>
        <location filename="../../editor/gui/editor_pane/metadata_form.py" line="233"/>
        <source>Calendar</source>
        <translation>Calendar</translation>
    </message>
    <message>
        <location filename="../../editor/gui/editor_pane/metadata_form.py" line="235"/>
        <source>Headline of the article</source>
        <translation>Headline of the article</translation>
    </message>
    <message>
        <location filename="../../editor/gui/editor_pane/metadata_form.py" line="236"/>
        <source>e.g. News</source>
        <translation>e.g. News</translation>
    </message>
    <message>
        <location filename="../../editor/gui/editor_pane/metadata_form.py" line="237"/>
        <source>Office or person</source>
        <translation>Office or person</translation>
    </message>
    <message>
        <location filename="../../editor/gui/editor_pane/metadata_form.py" line="238"/>
        <source>One or two sentences that sum up the news</source>
        <translation>One or two sentences that sum up the news</translation>
    </message>
    <message>
        <location filename="../../editor/gui/editor_pane/metadata_form.py" line="240"/>
        <source>For search results; empty: the lead, shortened</source>
        <translation>For search results; empty: the lead, shortened</translation>
    </message>
    <message>
        <location filename="../../editor/gui/editor_pane/metadata_form.py" line="241"/>
        <source>Comma-separated, e.g. Traffic, City council</source>
        <translation>Comma-separated, e.g. Traffic, City council</translation>
    </message>
</context>
<context>
    <name>Paste</name>
    <message>
        <location filename="../../editor/gui/editor_pane/paste.py" line="68"/>
        <location filename="../../editor/gui/editor_pane/paste.py" line="90"/>
        <location filename="../../editor/gui/editor_pane/paste.py" line="102"/>
        <location filename="../../editor/gui/editor_pane/paste.py" line="118"/>
        <source>Paste</source>
        <translation>Paste</translation>
    </message>
    <message>
        <location filename="../../editor/gui/editor_pane/paste.py" line="79"/>
        <source>no article is open</source>
        <translation>no article is open</translation>
    </message>
    <message>
        <location filename="../../editor/gui/editor_pane/paste.py" line="103"/>
        <source>These images were not pasted:</source>
        <translation>These images were not pasted:</translation>
    </message>
    <message>
        <location filename="../../editor/gui/editor_pane/paste.py" line="155"/>
        <source>embedded image %1</source>
        <translation>embedded image %1</translation>
    </message>
    <message>
        <location filename="../../editor/gui/editor_pane/paste.py" line="173"/>
        <source>not a photo format we accept</source>
        <translation>not a photo format we accept</translation>
    </message>
    <message>
        <location filename="../../editor/gui/editor_pane/paste.py" line="174"/>
        <source>too big</source>
        <translation>too big</translation>
    </message>
    <message>
        <location filename="../../editor/gui/editor_pane/paste.py" line="179"/>
        <source>the image data is damaged</source>
        <translation>the image data is damaged</translation>
    </message>
    <message>
        <location filename="../../editor/gui/editor_pane/paste.py" line="196"/>
        <source>the file cannot be read</source>
        <translation>the file cannot be read</translation>
    </message>
    <message>
        <location filename="../../editor/gui/editor_pane/paste.py" line="199"/>
        <source>only images inside the pasted content or on this computer can be pasted</source>
        <translation>only images inside the pasted content or on this computer can be pasted</translation>
    </message>
    <message>
        <location filename="../../editor/gui/editor_pane/paste.py" line="227"/>
        <source>not attached</source>
        <translation>not attached</translation>
    </message>
</context>
<context>
    <name>PhotoAttach</name>
    <message>
        <location filename="../../editor/gui/photos/attach.py" line="36"/>
        <source>Photos</source>
        <translation>Photos</translation>
    </message>
    <message>
        <location filename="../../editor/gui/photos/attach.py" line="39"/>
        <source>Attach photos</source>
        <translation>Attach photos</translation>
    </message>
    <message>
        <location filename="../../editor/gui/photos/attach.py" line="43"/>
        <source>Choose the new file</source>
        <translation>Choose the new file</translation>
    </message>
    <message>
        <location filename="../../editor/gui/photos/attach.py" line="66"/>
        <source>pasted</source>
        <translation>pasted</translation>
    </message>
    <message>
        <location filename="../../editor/gui/photos/attach.py" line="71"/>
        <source>The pasted image could not be saved.</source>
        <translation>The pasted image could not be saved.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/photos/attach.py" line="130"/>
        <source>Reading photos…</source>
        <translation>Reading photos…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/photos/attach.py" line="143"/>
        <location filename="../../editor/gui/photos/attach.py" line="180"/>
        <source>Some files cannot be attached</source>
        <translation>Some files cannot be attached</translation>
    </message>
    <message>
        <location filename="../../editor/gui/photos/attach.py" line="168"/>
        <source>Copying photos…</source>
        <translation>Copying photos…</translation>
    </message>
</context>
<context>
    <name>PhotoDialog</name>
    <message>
        <location filename="../../editor/gui/photos/dialog.py" line="161"/>
        <source>Caption</source>
        <translation>Caption</translation>
    </message>
    <message>
        <location filename="../../editor/gui/photos/dialog.py" line="162"/>
        <source>Alt text</source>
        <translation>Alt text</translation>
    </message>
    <message>
        <location filename="../../editor/gui/photos/dialog.py" line="163"/>
        <source>Creator</source>
        <translation>Creator</translation>
    </message>
    <message>
        <location filename="../../editor/gui/photos/dialog.py" line="164"/>
        <source>Credit line</source>
        <translation>Credit line</translation>
    </message>
    <message>
        <location filename="../../editor/gui/photos/dialog.py" line="165"/>
        <source>Copyright notice</source>
        <translation>Copyright notice</translation>
    </message>
    <message>
        <location filename="../../editor/gui/photos/dialog.py" line="166"/>
        <source>Licence / usage terms</source>
        <translation>Licence / usage terms</translation>
    </message>
    <message>
        <location filename="../../editor/gui/photos/dialog.py" line="167"/>
        <source>Rights URL</source>
        <translation>Rights URL</translation>
    </message>
    <message>
        <location filename="../../editor/gui/photos/dialog.py" line="173"/>
        <source>&amp;Caption</source>
        <translation>&amp;Caption</translation>
    </message>
    <message>
        <location filename="../../editor/gui/photos/dialog.py" line="174"/>
        <source>&amp;Alt text</source>
        <translation>&amp;Alt text</translation>
    </message>
    <message>
        <location filename="../../editor/gui/photos/dialog.py" line="175"/>
        <source>C&amp;reator</source>
        <translation>C&amp;reator</translation>
    </message>
    <message>
        <location filename="../../editor/gui/photos/dialog.py" line="176"/>
        <source>Cre&amp;dit line</source>
        <translation>Cre&amp;dit line</translation>
    </message>
    <message>
        <location filename="../../editor/gui/photos/dialog.py" line="177"/>
        <source>Co&amp;pyright notice</source>
        <translation>Co&amp;pyright notice</translation>
    </message>
    <message>
        <location filename="../../editor/gui/photos/dialog.py" line="178"/>
        <source>&amp;Licence / usage terms</source>
        <translation>&amp;Licence / usage terms</translation>
    </message>
    <message>
        <location filename="../../editor/gui/photos/dialog.py" line="179"/>
        <source>Rights &amp;URL</source>
        <translation>Rights &amp;URL</translation>
    </message>
    <message>
        <location filename="../../editor/gui/photos/dialog.py" line="183"/>
        <source>Photo credits</source>
        <translation>Photo credits</translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/gui/photos/dialog.py" line="184"/>
        <source>Credits for %n photos</source>
        <translation>
            <numerusform>Credits for %n photo</numerusform>
            <numerusform>Credits for %n photos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../editor/gui/photos/dialog.py" line="190"/>
        <source>(required)</source>
        <translation>(required)</translation>
    </message>
    <message>
        <location filename="../../editor/gui/photos/dialog.py" line="193"/>
        <source>Required</source>
        <translation>Required</translation>
    </message>
    <message>
        <location filename="../../editor/gui/photos/dialog.py" line="195"/>
        <source>What the photo shows, for people who cannot see it</source>
        <translation>What the photo shows, for people who cannot see it</translation>
    </message>
    <message>
        <location filename="../../editor/gui/photos/dialog.py" line="196"/>
        <source>Appl&amp;y credit fields to all photos</source>
        <translation>Appl&amp;y credit fields to all photos</translation>
    </message>
    <message>
        <location filename="../../editor/gui/photos/dialog.py" line="198"/>
        <source>Keep as &amp;incomplete (flagged; export refuses it until filled)</source>
        <translation>Keep as &amp;incomplete (flagged; export refuses it until filled)</translation>
    </message>
    <message>
        <location filename="../../editor/gui/photos/dialog.py" line="199"/>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <location filename="../../editor/gui/photos/dialog.py" line="201"/>
        <source>Click the photo (or use the arrow keys) to mark its most important part: crops for social media and search results keep it.</source>
        <translation>Click the photo (or use the arrow keys) to mark its most important part: crops for social media and search results keep it.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/photos/dialog.py" line="228"/>
        <source>from the file: %1</source>
        <translation>from the file: %1</translation>
    </message>
    <message>
        <location filename="../../editor/gui/photos/dialog.py" line="232"/>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/photos/dialog.py" line="243"/>
        <source>No preview</source>
        <translation>No preview</translation>
    </message>
    <message>
        <location filename="../../editor/gui/photos/dialog.py" line="277"/>
        <source>%1 characters; about %2 are best, at most %3</source>
        <translation>%1 characters; about %2 are best, at most %3</translation>
    </message>
    <message>
        <location filename="../../editor/gui/photos/dialog.py" line="313"/>
        <source>Still needed: %1</source>
        <translation>Still needed: %1</translation>
    </message>
</context>
<context>
    <name>PhotoPanel</name>
    <message>
        <location filename="../../editor/gui/photos/panel.py" line="158"/>
        <source>Add…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/photos/panel.py" line="158"/>
        <source>Insert</source>
        <translation>Insert</translation>
    </message>
    <message>
        <location filename="../../editor/gui/photos/panel.py" line="159"/>
        <source>Lead photo</source>
        <translation>Lead photo</translation>
    </message>
    <message>
        <location filename="../../editor/gui/photos/panel.py" line="159"/>
        <source>Credits…</source>
        <translation>Credits…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/photos/panel.py" line="160"/>
        <source>Replace…</source>
        <translation>Replace…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/photos/panel.py" line="160"/>
        <source>Up</source>
        <translation>Up</translation>
    </message>
    <message>
        <location filename="../../editor/gui/photos/panel.py" line="160"/>
        <source>Down</source>
        <translation>Down</translation>
    </message>
    <message>
        <location filename="../../editor/gui/photos/panel.py" line="161"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../editor/gui/photos/panel.py" line="162"/>
        <source>Attach photos (or drop files here, or paste an image)</source>
        <translation>Attach photos (or drop files here, or paste an image)</translation>
    </message>
    <message>
        <location filename="../../editor/gui/photos/panel.py" line="163"/>
        <source>Insert the photo at the cursor in the text</source>
        <translation>Insert the photo at the cursor in the text</translation>
    </message>
    <message>
        <location filename="../../editor/gui/photos/panel.py" line="164"/>
        <source>Use as the article&apos;s lead photo</source>
        <translation>Use as the article&apos;s lead photo</translation>
    </message>
    <message>
        <location filename="../../editor/gui/photos/panel.py" line="165"/>
        <source>Edit caption, alt text and credits</source>
        <translation>Edit caption, alt text and credits</translation>
    </message>
    <message>
        <location filename="../../editor/gui/photos/panel.py" line="166"/>
        <source>Use another file, keeping the credits</source>
        <translation>Use another file, keeping the credits</translation>
    </message>
    <message>
        <location filename="../../editor/gui/photos/panel.py" line="167"/>
        <source>Move up</source>
        <translation>Move up</translation>
    </message>
    <message>
        <location filename="../../editor/gui/photos/panel.py" line="167"/>
        <source>Move down</source>
        <translation>Move down</translation>
    </message>
    <message>
        <location filename="../../editor/gui/photos/panel.py" line="168"/>
        <source>Remove the photo from the article</source>
        <translation>Remove the photo from the article</translation>
    </message>
    <message>
        <location filename="../../editor/gui/photos/panel.py" line="172"/>
        <source>Paste image</source>
        <translation>Paste image</translation>
    </message>
    <message>
        <location filename="../../editor/gui/photos/panel.py" line="173"/>
        <source>No photos yet. Drop photos here or use Add…</source>
        <translation>No photos yet. Drop photos here or use Add…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/photos/panel.py" line="223"/>
        <source>incomplete</source>
        <translation>incomplete</translation>
    </message>
    <message>
        <location filename="../../editor/gui/photos/panel.py" line="223"/>
        <source>no credit</source>
        <translation>no credit</translation>
    </message>
    <message>
        <location filename="../../editor/gui/photos/panel.py" line="224"/>
        <source>no alt text</source>
        <translation>no alt text</translation>
    </message>
    <message>
        <location filename="../../editor/gui/photos/panel.py" line="224"/>
        <source>unused</source>
        <translation>unused</translation>
    </message>
    <message>
        <location filename="../../editor/gui/photos/panel.py" line="215"/>
        <source>lead</source>
        <translation>lead</translation>
    </message>
    <message>
        <location filename="../../editor/gui/photos/panel.py" line="337"/>
        <source>Cannot paste the image</source>
        <translation>Cannot paste the image</translation>
    </message>
    <message>
        <location filename="../../editor/gui/photos/panel.py" line="406"/>
        <source>Credits not changed</source>
        <translation>Credits not changed</translation>
    </message>
    <message>
        <location filename="../../editor/gui/photos/panel.py" line="420"/>
        <source>Copying photos…</source>
        <translation>Copying photos…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/photos/panel.py" line="423"/>
        <location filename="../../editor/gui/photos/panel.py" line="425"/>
        <source>Cannot replace the photo</source>
        <translation>Cannot replace the photo</translation>
    </message>
    <message>
        <location filename="../../editor/gui/photos/panel.py" line="448"/>
        <source>The text still places photo &apos;%1&apos; (line %2). Remove it anyway?</source>
        <translation>The text still places photo &apos;%1&apos; (line %2). Remove it anyway?</translation>
    </message>
    <message>
        <location filename="../../editor/gui/photos/panel.py" line="450"/>
        <source>Remove photo</source>
        <translation>Remove photo</translation>
    </message>
</context>
<context>
    <name>Preflight</name>
    <message>
        <location filename="../../editor/gui/preflight/messages.py" line="19"/>
        <source>The article has no title.</source>
        <translation>The article has no title.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/preflight/messages.py" line="20"/>
        <source>The title has %{length} characters; keep it under %{limit}.</source>
        <translation>The title has %{length} characters; keep it under %{limit}.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/preflight/messages.py" line="22"/>
        <source>The article has no date.</source>
        <translation>The article has no date.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/preflight/messages.py" line="23"/>
        <source>&apos;%{value}&apos; is not a valid date; write it as YYYY-MM-DD.</source>
        <translation>&apos;%{value}&apos; is not a valid date; write it as YYYY-MM-DD.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/preflight/messages.py" line="25"/>
        <source>The article has no lead.</source>
        <translation>The article has no lead.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/preflight/messages.py" line="26"/>
        <source>The lead has %{length} characters; keep it under %{limit}.</source>
        <translation>The lead has %{length} characters; keep it under %{limit}.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/preflight/messages.py" line="28"/>
        <source>Heading level jumps from h%{previous} to h%{level}; use h%{next}.</source>
        <translation>Heading level jumps from h%{previous} to h%{level}; use h%{next}.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/preflight/messages.py" line="30"/>
        <source>The text places photo &apos;%{photo}&apos;, but no photo with that id is attached.</source>
        <translation>The text places photo &apos;%{photo}&apos;, but no photo with that id is attached.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/preflight/messages.py" line="32"/>
        <source>The lead photo &apos;%{photo}&apos; is not attached.</source>
        <translation>The lead photo &apos;%{photo}&apos; is not attached.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/preflight/messages.py" line="34"/>
        <source>Two photos have the id &apos;%{photo}&apos;.</source>
        <translation>Two photos have the id &apos;%{photo}&apos;.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/preflight/messages.py" line="35"/>
        <source>Photo &apos;%{photo}&apos;: the file %{file} is missing.</source>
        <translation>Photo &apos;%{photo}&apos;: the file %{file} is missing.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/preflight/messages.py" line="37"/>
        <source>Photo &apos;%{photo}&apos; has no %{field}.</source>
        <translation>Photo &apos;%{photo}&apos; has no %{field}.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/preflight/messages.py" line="38"/>
        <source>Photo &apos;%{photo}&apos; is attached but not used in the text.</source>
        <translation>Photo &apos;%{photo}&apos; is attached but not used in the text.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/preflight/messages.py" line="40"/>
        <source>Photo &apos;%{photo}&apos; was kept without its credits; complete them to export.</source>
        <translation>Photo &apos;%{photo}&apos; was kept without its credits; complete them to export.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/preflight/messages.py" line="43"/>
        <source>Photo &apos;%{photo}&apos; (%{file}) cannot be published: %{reason}.</source>
        <translation>Photo &apos;%{photo}&apos; (%{file}) cannot be published: %{reason}.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/preflight/messages.py" line="45"/>
        <source>The field %{field} contains the invisible control character %{character}; remove it.</source>
        <translation>The field %{field} contains the invisible control character %{character}; remove it.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/preflight/messages.py" line="49"/>
        <source>Photo &apos;%{photo}&apos;: the alt text has %{length} characters; at most %{limit} are allowed.</source>
        <translation>Photo &apos;%{photo}&apos;: the alt text has %{length} characters; at most %{limit} are allowed.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/preflight/messages.py" line="53"/>
        <source>Photo &apos;%{photo}&apos;: &apos;focus&apos; must be two numbers from 0 to 1 (fractions of width and height from the top left).</source>
        <translation>Photo &apos;%{photo}&apos;: &apos;focus&apos; must be two numbers from 0 to 1 (fractions of width and height from the top left).</translation>
    </message>
    <message>
        <location filename="../../editor/gui/preflight/messages.py" line="58"/>
        <source>base_url in newsdesk.toml is still the example address %{url}; canonical links and social cards would point there.</source>
        <translation>base_url in newsdesk.toml is still the example address %{url}; canonical links and social cards would point there.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/preflight/messages.py" line="62"/>
        <source>The article has no author (search engines show it; write a person or an office, with author_type: organization).</source>
        <translation>The article has no author (search engines show it; write a person or an office, with author_type: organization).</translation>
    </message>
    <message>
        <location filename="../../editor/gui/preflight/messages.py" line="66"/>
        <source>Photo &apos;%{photo}&apos; is %{width} px wide; search and social previews want at least %{minimum} px.</source>
        <translation>Photo &apos;%{photo}&apos; is %{width} px wide; search and social previews want at least %{minimum} px.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/preflight/messages.py" line="70"/>
        <source>The description has %{length} characters; search results show about %{limit}.</source>
        <translation>The description has %{length} characters; search results show about %{limit}.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/preflight/messages.py" line="73"/>
        <source>&apos;author_type&apos; must be person or organization, not &apos;%{value}&apos;.</source>
        <translation>&apos;author_type&apos; must be person or organization, not &apos;%{value}&apos;.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/preflight/messages.py" line="75"/>
        <source>&apos;author_url&apos; is not usable: give a full https:// address, or with several authors each person&apos;s url in the author list.</source>
        <translation>&apos;author_url&apos; is not usable: give a full https:// address, or with several authors each person&apos;s url in the author list.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/preflight/messages.py" line="79"/>
        <source>&apos;description&apos; must be text.</source>
        <translation>&apos;description&apos; must be text.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/preflight/messages.py" line="81"/>
        <source>A sentence of %{words} words (“%{start}”); sentences over %{limit} words are hard to follow: split it.</source>
        <translation>A sentence of %{words} words (“%{start}”); sentences over %{limit} words are hard to follow: split it.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/preflight/messages.py" line="85"/>
        <source>The word “%{word}” has %{letters} letters; words over %{limit} letters are hard to read: split the compound with a hyphen or rephrase it.</source>
        <translation>The word “%{word}” has %{letters} letters; words over %{limit} letters are hard to read: split the compound with a hyphen or rephrase it.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/preflight/messages.py" line="89"/>
        <source>A paragraph of %{words} words; paragraphs over %{limit} words are hard to take in: divide it.</source>
        <translation>A paragraph of %{words} words; paragraphs over %{limit} words are hard to take in: divide it.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/preflight/messages.py" line="97"/>
        <source>title</source>
        <translation>title</translation>
    </message>
    <message>
        <location filename="../../editor/gui/preflight/messages.py" line="98"/>
        <source>kicker</source>
        <translation>kicker</translation>
    </message>
    <message>
        <location filename="../../editor/gui/preflight/messages.py" line="99"/>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <location filename="../../editor/gui/preflight/messages.py" line="100"/>
        <source>author</source>
        <translation>author</translation>
    </message>
    <message>
        <location filename="../../editor/gui/preflight/messages.py" line="101"/>
        <source>lead</source>
        <translation>lead</translation>
    </message>
    <message>
        <location filename="../../editor/gui/preflight/messages.py" line="102"/>
        <source>tags</source>
        <translation>tags</translation>
    </message>
    <message>
        <location filename="../../editor/gui/preflight/messages.py" line="103"/>
        <source>lead photo</source>
        <translation>lead photo</translation>
    </message>
    <message>
        <location filename="../../editor/gui/preflight/messages.py" line="104"/>
        <source>search summary</source>
        <translation>search summary</translation>
    </message>
    <message>
        <location filename="../../editor/gui/preflight/messages.py" line="105"/>
        <source>author type</source>
        <translation>author type</translation>
    </message>
    <message>
        <location filename="../../editor/gui/preflight/messages.py" line="106"/>
        <source>author&apos;s address</source>
        <translation>author&apos;s address</translation>
    </message>
    <message>
        <location filename="../../editor/gui/preflight/messages.py" line="107"/>
        <source>caption</source>
        <translation>caption</translation>
    </message>
    <message>
        <location filename="../../editor/gui/preflight/messages.py" line="108"/>
        <source>alt text</source>
        <translation>alt text</translation>
    </message>
    <message>
        <location filename="../../editor/gui/preflight/messages.py" line="109"/>
        <source>creator</source>
        <translation>creator</translation>
    </message>
    <message>
        <location filename="../../editor/gui/preflight/messages.py" line="110"/>
        <source>credit line</source>
        <translation>credit line</translation>
    </message>
    <message>
        <location filename="../../editor/gui/preflight/messages.py" line="111"/>
        <source>copyright notice</source>
        <translation>copyright notice</translation>
    </message>
    <message>
        <location filename="../../editor/gui/preflight/messages.py" line="112"/>
        <source>licence / usage terms</source>
        <translation>licence / usage terms</translation>
    </message>
    <message>
        <location filename="../../editor/gui/preflight/messages.py" line="113"/>
        <source>rights URL</source>
        <translation>rights URL</translation>
    </message>
    <message>
        <location filename="../../editor/gui/preflight/messages.py" line="150"/>
        <source>Line %1</source>
        <translation>Line %1</translation>
    </message>
    <message>
        <location filename="../../editor/gui/preflight/messages.py" line="152"/>
        <source>Photo &apos;%1&apos;</source>
        <translation>Photo &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../../editor/gui/preflight/messages.py" line="153"/>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../editor/gui/preflight/messages.py" line="158"/>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../../editor/gui/preflight/messages.py" line="161"/>
        <source>Hint</source>
        <translation>Hint</translation>
    </message>
    <message>
        <location filename="../../editor/gui/preflight/messages.py" line="162"/>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
</context>
<context>
    <name>PreflightPanel</name>
    <message>
        <location filename="../../editor/gui/preflight/panel.py" line="101"/>
        <source>No problems: the article is ready for review.</source>
        <translation>No problems: the article is ready for review.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/preflight/panel.py" line="103"/>
        <source>No problems in the content; export needs an approval of this version.</source>
        <translation>No problems in the content; export needs an approval of this version.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/preflight/panel.py" line="106"/>
        <source>%1 error(s), %2 warning(s). Double-click a problem to go there.</source>
        <translation>%1 error(s), %2 warning(s). Double-click a problem to go there.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/preflight/panel.py" line="110"/>
        <source>%1 plain-language hint(s), never blocking export.</source>
        <translation>%1 plain-language hint(s), never blocking export.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/preflight/panel.py" line="120"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../editor/gui/preflight/panel.py" line="120"/>
        <source>Where</source>
        <translation>Where</translation>
    </message>
</context>
<context>
    <name>PreviewPanel</name>
    <message>
        <location filename="../../editor/gui/preview/panel.py" line="526"/>
        <source>the text takes too long to convert</source>
        <translation>the text takes too long to convert</translation>
    </message>
    <message>
        <location filename="../../editor/gui/preview/panel.py" line="528"/>
        <source>Could not render the preview: %1. The editor keeps working; the preview updates again when the text can be rendered.</source>
        <translation>Could not render the preview: %1. The editor keeps working; the preview updates again when the text can be rendered.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/preview/panel.py" line="548"/>
        <source>Links do not open in the preview: %1</source>
        <translation>Links do not open in the preview: %1</translation>
    </message>
    <message>
        <location filename="../../editor/gui/preview/panel.py" line="555"/>
        <source>Desktop</source>
        <translation>Desktop</translation>
    </message>
    <message>
        <location filename="../../editor/gui/preview/panel.py" line="556"/>
        <source>Preview at desktop width</source>
        <translation>Preview at desktop width</translation>
    </message>
    <message>
        <location filename="../../editor/gui/preview/panel.py" line="557"/>
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <location filename="../../editor/gui/preview/panel.py" line="558"/>
        <source>Preview at phone width</source>
        <translation>Preview at phone width</translation>
    </message>
</context>
<context>
    <name>ReadabilityLabel</name>
    <message>
        <location filename="../../editor/gui/readability_label.py" line="57"/>
        <source>very easy</source>
        <translation>very easy</translation>
    </message>
    <message>
        <location filename="../../editor/gui/readability_label.py" line="58"/>
        <source>easy</source>
        <translation>easy</translation>
    </message>
    <message>
        <location filename="../../editor/gui/readability_label.py" line="59"/>
        <source>fairly easy</source>
        <translation>fairly easy</translation>
    </message>
    <message>
        <location filename="../../editor/gui/readability_label.py" line="60"/>
        <source>plain</source>
        <translation>plain</translation>
    </message>
    <message>
        <location filename="../../editor/gui/readability_label.py" line="61"/>
        <source>fairly difficult</source>
        <translation>fairly difficult</translation>
    </message>
    <message>
        <location filename="../../editor/gui/readability_label.py" line="62"/>
        <source>difficult</source>
        <translation>difficult</translation>
    </message>
    <message>
        <location filename="../../editor/gui/readability_label.py" line="63"/>
        <source>very difficult</source>
        <translation>very difficult</translation>
    </message>
    <message>
        <location filename="../../editor/gui/readability_label.py" line="140"/>
        <source>Readability %1 (%2)</source>
        <translation>Readability %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../editor/gui/readability_label.py" line="142"/>
        <source>Flesch reading ease</source>
        <translation>Flesch reading ease</translation>
    </message>
    <message>
        <location filename="../../editor/gui/readability_label.py" line="143"/>
        <source>Flesch reading ease for German (Amstad)</source>
        <translation>Flesch reading ease for German (Amstad)</translation>
    </message>
    <message>
        <location filename="../../editor/gui/readability_label.py" line="145"/>
        <source>%1: 0 (very hard) to 100 (very easy); 60–70 is plain everyday text.
%2 words in %3 sentences; about %4 min reading at %5 words a minute.</source>
        <translation>%1: 0 (very hard) to 100 (very easy); 60–70 is plain everyday text.
%2 words in %3 sentences; about %4 min reading at %5 words a minute.</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <location filename="../../editor/gui/review/panel.py" line="53"/>
        <source>Submitted for review</source>
        <translation>Submitted for review</translation>
    </message>
    <message>
        <location filename="../../editor/gui/review/panel.py" line="54"/>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <location filename="../../editor/gui/review/panel.py" line="55"/>
        <source>Changes requested</source>
        <translation>Changes requested</translation>
    </message>
    <message>
        <location filename="../../editor/gui/review/panel.py" line="56"/>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location filename="../../editor/gui/review/panel.py" line="57"/>
        <source>Reopened</source>
        <translation>Reopened</translation>
    </message>
    <message>
        <location filename="../../editor/gui/review/panel.py" line="58"/>
        <source>Published</source>
        <translation>Published</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <location filename="../../editor/gui/review/panel.py" line="160"/>
        <source>Submit for review</source>
        <translation>Submit for review</translation>
    </message>
    <message>
        <location filename="../../editor/gui/review/actions.py" line="111"/>
        <source>Approve</source>
        <translation>Approve</translation>
    </message>
    <message>
        <location filename="../../editor/gui/review/panel.py" line="161"/>
        <source>Request changes</source>
        <translation>Request changes</translation>
    </message>
    <message>
        <location filename="../../editor/gui/review/panel.py" line="161"/>
        <source>Reopen</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <location filename="../../editor/gui/review/panel.py" line="162"/>
        <source>Add comment</source>
        <translation>Add comment</translation>
    </message>
    <message>
        <location filename="../../editor/gui/review/panel.py" line="167"/>
        <source>Approving an article you submitted yourself: allowed</source>
        <translation>Approving an article you submitted yourself: allowed</translation>
    </message>
    <message>
        <location filename="../../editor/gui/review/panel.py" line="168"/>
        <source>Approving an article you submitted yourself: not allowed (a second person approves)</source>
        <translation>Approving an article you submitted yourself: not allowed (a second person approves)</translation>
    </message>
    <message>
        <location filename="../../editor/gui/review/panel.py" line="171"/>
        <source>Approving an article you submitted yourself: with a warning</source>
        <translation>Approving an article you submitted yourself: with a warning</translation>
    </message>
    <message>
        <location filename="../../editor/gui/review/panel.py" line="172"/>
        <source>Review mode</source>
        <translation>Review mode</translation>
    </message>
    <message>
        <location filename="../../editor/gui/review/panel.py" line="173"/>
        <source>Save preview as PDF…</source>
        <translation>Save preview as PDF…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/review/panel.py" line="174"/>
        <source>Comment or requested changes</source>
        <translation>Comment or requested changes</translation>
    </message>
    <message>
        <location filename="../../editor/gui/review/panel.py" line="175"/>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../editor/gui/review/panel.py" line="175"/>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <location filename="../../editor/gui/review/panel.py" line="175"/>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../../editor/gui/review/panel.py" line="176"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../editor/gui/review/panel.py" line="177"/>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../../editor/gui/review/panel.py" line="178"/>
        <source>Changes since approval</source>
        <translation>Changes since approval</translation>
    </message>
    <message>
        <location filename="../../editor/gui/review/panel.py" line="179"/>
        <source>Hint</source>
        <translation>Hint</translation>
    </message>
    <message>
        <location filename="../../editor/gui/review/panel.py" line="179"/>
        <source>Where</source>
        <translation>Where</translation>
    </message>
    <message>
        <location filename="../../editor/gui/review/actions.py" line="43"/>
        <location filename="../../editor/gui/review/actions.py" line="128"/>
        <source>Enter your name to take part in the review.</source>
        <translation>Enter your name to take part in the review.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/review/actions.py" line="50"/>
        <source>Write a comment first.</source>
        <translation>Write a comment first.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/review/actions.py" line="63"/>
        <source>Not approved: fix these problems first:</source>
        <translation>Not approved: fix these problems first:</translation>
    </message>
    <message>
        <location filename="../../editor/gui/review/panel.py" line="246"/>
        <source>A PDF is still being written.</source>
        <translation>A PDF is still being written.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/review/panel.py" line="248"/>
        <source>Writing PDF…</source>
        <translation>Writing PDF…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/review/actions.py" line="92"/>
        <location filename="../../editor/gui/review/actions.py" line="116"/>
        <source>You submitted this article for review; someone else must approve it (newsdesk.toml: review.self_approval = forbid).</source>
        <translation>You submitted this article for review; someone else must approve it (newsdesk.toml: review.self_approval = forbid).</translation>
    </message>
    <message>
        <location filename="../../editor/gui/review/actions.py" line="100"/>
        <source>Warning: you submitted this article for review yourself; a second person should approve it. Press “Approve anyway” to approve it nonetheless.</source>
        <translation>Warning: you submitted this article for review yourself; a second person should approve it. Press “Approve anyway” to approve it nonetheless.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/review/actions.py" line="109"/>
        <source>Approve anyway</source>
        <translation>Approve anyway</translation>
    </message>
    <message>
        <location filename="../../editor/gui/review/actions.py" line="121"/>
        <source>Not possible while the article is in state “{0}”.</source>
        <translation>Not possible while the article is in state “{0}”.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/review/actions.py" line="125"/>
        <source>Write in the comment box which changes are needed.</source>
        <translation>Write in the comment box which changes are needed.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/review/actions.py" line="133"/>
        <source>Your name</source>
        <translation>Your name</translation>
    </message>
    <message>
        <location filename="../../editor/gui/review/actions.py" line="134"/>
        <source>Your name, recorded with your review actions:</source>
        <translation>Your name, recorded with your review actions:</translation>
    </message>
    <message>
        <location filename="../../editor/gui/review/panel.py" line="263"/>
        <source>Save preview as PDF</source>
        <translation>Save preview as PDF</translation>
    </message>
    <message>
        <location filename="../../editor/gui/review/panel.py" line="264"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../editor/gui/review/panel.py" line="296"/>
        <source>Plain language (%1)</source>
        <translation>Plain language (%1)</translation>
    </message>
    <message>
        <location filename="../../editor/gui/review/panel.py" line="310"/>
        <source>readability %1 (%2)</source>
        <translation>readability %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../editor/gui/review/panel.py" line="314"/>
        <source>long sentences: %1</source>
        <translation>long sentences: %1</translation>
    </message>
    <message>
        <location filename="../../editor/gui/review/panel.py" line="315"/>
        <source>long words: %1</source>
        <translation>long words: %1</translation>
    </message>
    <message>
        <location filename="../../editor/gui/review/panel.py" line="316"/>
        <source>long paragraphs: %1</source>
        <translation>long paragraphs: %1</translation>
    </message>
    <message>
        <location filename="../../editor/gui/review/panel.py" line="318"/>
        <source>no plain-language hints</source>
        <translation>no plain-language hints</translation>
    </message>
    <message>
        <location filename="../../editor/gui/review/panel.py" line="319"/>
        <source>Plain language: %1</source>
        <translation>Plain language: %1</translation>
    </message>
    <message>
        <location filename="../../editor/gui/review/panel.py" line="338"/>
        <source>No article</source>
        <translation>No article</translation>
    </message>
    <message>
        <location filename="../../editor/gui/review/panel.py" line="341"/>
        <source>State: {0}</source>
        <translation>State: {0}</translation>
    </message>
    <message>
        <location filename="../../editor/gui/review/panel.py" line="342"/>
        <location filename="../../editor/gui/review/panel.py" line="357"/>
        <source>Content {0}</source>
        <translation>Content {0}</translation>
    </message>
    <message>
        <location filename="../../editor/gui/review/panel.py" line="345"/>
        <source>approved {0} by {1} at {2}</source>
        <translation>approved {0} by {1} at {2}</translation>
    </message>
    <message>
        <location filename="../../editor/gui/review/panel.py" line="349"/>
        <source>Unreadable review events: {0}</source>
        <translation>Unreadable review events: {0}</translation>
    </message>
    <message>
        <location filename="../../editor/gui/review/panel.py" line="369"/>
        <source>You submitted this article; someone else must approve it.</source>
        <translation>You submitted this article; someone else must approve it.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/review/panel.py" line="393"/>
        <location filename="../../editor/gui/review/panel.py" line="406"/>
        <location filename="../../editor/gui/review/panel.py" line="420"/>
        <source>This article has never been approved.</source>
        <translation>This article has never been approved.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/review/panel.py" line="434"/>
        <source>PDF saved: {0}</source>
        <translation>PDF saved: {0}</translation>
    </message>
    <message>
        <location filename="../../editor/gui/review/panel.py" line="437"/>
        <source>The PDF could not be written: {0}</source>
        <translation>The PDF could not be written: {0}</translation>
    </message>
</context>
<context>
    <name>SafetyNotices</name>
    <message>
        <location filename="../../editor/gui/safety/notices.py" line="15"/>
        <source>The workspace %1 is read-only for you. Articles open for reading; changes cannot be saved there.</source>
        <translation>The workspace %1 is read-only for you. Articles open for reading; changes cannot be saved there.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/safety/notices.py" line="22"/>
        <source>Read-Only Workspace</source>
        <translation>Read-Only Workspace</translation>
    </message>
    <message>
        <location filename="../../editor/gui/safety/notices.py" line="27"/>
        <source>The workspace folder %1 can no longer be reached (was a network drive disconnected?).</source>
        <translation>The workspace folder %1 can no longer be reached (was a network drive disconnected?).</translation>
    </message>
    <message>
        <location filename="../../editor/gui/safety/notices.py" line="32"/>
        <source>Your text was saved on this computer as:
%1

Copy it back once the workspace is available again.</source>
        <translation>Your text was saved on this computer as:
%1

Copy it back once the workspace is available again.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/safety/notices.py" line="37"/>
        <source>A local copy could not be saved either (%1). Keep the window open and copy your text elsewhere.</source>
        <translation>A local copy could not be saved either (%1). Keep the window open and copy your text elsewhere.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/safety/notices.py" line="53"/>
        <source>Workspace Unavailable</source>
        <translation>Workspace Unavailable</translation>
    </message>
</context>
<context>
    <name>SaveBanner</name>
    <message>
        <location filename="../../editor/gui/save_banner.py" line="59"/>
        <source>%1
Keep your version (the other one is kept in the article&apos;s history), or load theirs and lose your unsaved edits.</source>
        <translation>%1
Keep your version (the other one is kept in the article&apos;s history), or load theirs and lose your unsaved edits.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/save_banner.py" line="66"/>
        <source>Try &amp;Again</source>
        <translation>Try &amp;Again</translation>
    </message>
    <message>
        <location filename="../../editor/gui/save_banner.py" line="67"/>
        <source>&amp;Keep Mine</source>
        <translation>&amp;Keep Mine</translation>
    </message>
    <message>
        <location filename="../../editor/gui/save_banner.py" line="68"/>
        <source>&amp;Load Theirs</source>
        <translation>&amp;Load Theirs</translation>
    </message>
    <message>
        <location filename="../../editor/gui/save_banner.py" line="69"/>
        <source>&amp;Compare…</source>
        <translation>&amp;Compare…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/save_banner.py" line="62"/>
        <source>%1
Your text is kept here and saving is retried automatically.</source>
        <translation>%1
Your text is kept here and saving is retried automatically.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../editor/gui/settings_dialog.py" line="27"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../editor/gui/settings_dialog.py" line="29"/>
        <source>Shown with your reviews and comments</source>
        <translation>Shown with your reviews and comments</translation>
    </message>
    <message>
        <location filename="../../editor/gui/settings_dialog.py" line="31"/>
        <source>System language</source>
        <translation>System language</translation>
    </message>
    <message>
        <location filename="../../editor/gui/settings_dialog.py" line="52"/>
        <source>Desktop</source>
        <translation>Desktop</translation>
    </message>
    <message>
        <location filename="../../editor/gui/settings_dialog.py" line="53"/>
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <location filename="../../editor/gui/settings_dialog.py" line="56"/>
        <source>Underline misspelled words as you type</source>
        <translation>Underline misspelled words as you type</translation>
    </message>
    <message>
        <location filename="../../editor/gui/settings_dialog.py" line="61"/>
        <source>For your commits (empty: git&apos;s own setting)</source>
        <translation>For your commits (empty: git&apos;s own setting)</translation>
    </message>
    <message>
        <location filename="../../editor/gui/settings_dialog.py" line="62"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../../editor/gui/settings_dialog.py" line="64"/>
        <source>Only when asked</source>
        <translation>Only when asked</translation>
    </message>
    <message>
        <location filename="../../editor/gui/settings_dialog.py" line="66"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../editor/gui/settings_dialog.py" line="73"/>
        <source>Your &amp;name:</source>
        <translation>Your &amp;name:</translation>
    </message>
    <message>
        <location filename="../../editor/gui/settings_dialog.py" line="74"/>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <location filename="../../editor/gui/settings_dialog.py" line="75"/>
        <source>&amp;Save after a pause of:</source>
        <translation>&amp;Save after a pause of:</translation>
    </message>
    <message>
        <location filename="../../editor/gui/settings_dialog.py" line="76"/>
        <source>Editor &amp;font:</source>
        <translation>Editor &amp;font:</translation>
    </message>
    <message>
        <location filename="../../editor/gui/settings_dialog.py" line="77"/>
        <source>Font si&amp;ze:</source>
        <translation>Font si&amp;ze:</translation>
    </message>
    <message>
        <location filename="../../editor/gui/settings_dialog.py" line="78"/>
        <source>&amp;Preview width:</source>
        <translation>&amp;Preview width:</translation>
    </message>
    <message>
        <location filename="../../editor/gui/settings_dialog.py" line="79"/>
        <source>Sp&amp;elling:</source>
        <translation>Sp&amp;elling:</translation>
    </message>
    <message>
        <location filename="../../editor/gui/settings_dialog.py" line="80"/>
        <source>E-&amp;mail for commits:</source>
        <translation>E-&amp;mail for commits:</translation>
    </message>
    <message>
        <location filename="../../editor/gui/settings_dialog.py" line="81"/>
        <source>S&amp;ynchronise every:</source>
        <translation>S&amp;ynchronise every:</translation>
    </message>
    <message>
        <location filename="../../editor/gui/settings_dialog.py" line="82"/>
        <source>&amp;Commit while typing every:</source>
        <translation>&amp;Commit while typing every:</translation>
    </message>
    <message>
        <location filename="../../editor/gui/settings_dialog.py" line="83"/>
        <source>&amp;Warn about photos over:</source>
        <translation>&amp;Warn about photos over:</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../editor/gui/help/shortcuts.py" line="88"/>
        <source>Keyboard Shortcuts</source>
        <translation>Keyboard Shortcuts</translation>
    </message>
    <message>
        <location filename="../../editor/gui/help/shortcuts.py" line="89"/>
        <source>&amp;Search:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <location filename="../../editor/gui/help/shortcuts.py" line="90"/>
        <source>Action, menu or key</source>
        <translation>Action, menu or key</translation>
    </message>
    <message>
        <location filename="../../editor/gui/help/shortcuts.py" line="91"/>
        <source>Search shortcuts</source>
        <translation>Search shortcuts</translation>
    </message>
    <message>
        <location filename="../../editor/gui/help/shortcuts.py" line="92"/>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../editor/gui/help/shortcuts.py" line="93"/>
        <source>Menu</source>
        <translation>Menu</translation>
    </message>
    <message>
        <location filename="../../editor/gui/help/shortcuts.py" line="93"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../editor/gui/help/shortcuts.py" line="94"/>
        <source>Shortcut</source>
        <translation>Shortcut</translation>
    </message>
</context>
<context>
    <name>SocialCardPreview</name>
    <message>
        <location filename="../../editor/gui/social_card.py" line="128"/>
        <source>Social media card</source>
        <translation>Social media card</translation>
    </message>
    <message>
        <location filename="../../editor/gui/social_card.py" line="129"/>
        <location filename="../../editor/gui/social_card.py" line="157"/>
        <source>No photo: the link is shared without an image</source>
        <translation>No photo: the link is shared without an image</translation>
    </message>
    <message>
        <location filename="../../editor/gui/social_card.py" line="140"/>
        <source>No article</source>
        <translation>No article</translation>
    </message>
    <message>
        <location filename="../../editor/gui/social_card.py" line="171"/>
        <source>Shared image: %1</source>
        <translation>Shared image: %1</translation>
    </message>
    <message>
        <location filename="../../editor/gui/social_card.py" line="180"/>
        <source>The photo cannot be shown</source>
        <translation>The photo cannot be shown</translation>
    </message>
</context>
<context>
    <name>SpellingSession</name>
    <message>
        <location filename="../../editor/gui/spelling.py" line="185"/>
        <source>Spell checking is off: %1</source>
        <translation>Spell checking is off: %1</translation>
    </message>
    <message>
        <location filename="../../editor/gui/spelling.py" line="334"/>
        <source>No suggestions</source>
        <translation>No suggestions</translation>
    </message>
    <message>
        <location filename="../../editor/gui/spelling.py" line="337"/>
        <source>Add to workspace dictionary</source>
        <translation>Add to workspace dictionary</translation>
    </message>
    <message>
        <location filename="../../editor/gui/spelling.py" line="345"/>
        <source>Ignore in this article</source>
        <translation>Ignore in this article</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../../editor/gui/workspace_panel/model.py" line="31"/>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../../editor/gui/workspace_panel/model.py" line="32"/>
        <source>In review</source>
        <translation>In review</translation>
    </message>
    <message>
        <location filename="../../editor/gui/workspace_panel/model.py" line="33"/>
        <source>Changes requested</source>
        <translation>Changes requested</translation>
    </message>
    <message>
        <location filename="../../editor/gui/workspace_panel/model.py" line="34"/>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location filename="../../editor/gui/workspace_panel/model.py" line="35"/>
        <source>Changed since approval</source>
        <translation>Changed since approval</translation>
    </message>
    <message>
        <location filename="../../editor/gui/workspace_panel/model.py" line="36"/>
        <source>Published</source>
        <translation>Published</translation>
    </message>
    <message>
        <location filename="../../editor/gui/workspace_panel/model.py" line="37"/>
        <source>Unreadable</source>
        <translation>Unreadable</translation>
    </message>
</context>
<context>
    <name>StatusBarWidgets</name>
    <message>
        <location filename="../../editor/gui/statusbar.py" line="191"/>
        <source>1 word</source>
        <translation>1 word</translation>
    </message>
    <message>
        <location filename="../../editor/gui/statusbar.py" line="191"/>
        <source>%1 words</source>
        <translation>%1 words</translation>
    </message>
    <message>
        <location filename="../../editor/gui/statusbar.py" line="192"/>
        <source>1 character</source>
        <translation>1 character</translation>
    </message>
    <message>
        <location filename="../../editor/gui/statusbar.py" line="192"/>
        <source>%1 characters</source>
        <translation>%1 characters</translation>
    </message>
    <message>
        <location filename="../../editor/gui/statusbar.py" line="193"/>
        <source>%1 min reading</source>
        <translation>%1 min reading</translation>
    </message>
    <message>
        <location filename="../../editor/gui/statusbar.py" line="195"/>
        <source>Reading time at about %1 words a minute</source>
        <translation>Reading time at about %1 words a minute</translation>
    </message>
    <message>
        <location filename="../../editor/gui/statusbar.py" line="200"/>
        <source>No problems</source>
        <translation>No problems</translation>
    </message>
    <message>
        <location filename="../../editor/gui/statusbar.py" line="205"/>
        <source>1 error</source>
        <translation>1 error</translation>
    </message>
    <message>
        <location filename="../../editor/gui/statusbar.py" line="205"/>
        <source>%1 errors</source>
        <translation>%1 errors</translation>
    </message>
    <message>
        <location filename="../../editor/gui/statusbar.py" line="207"/>
        <source>1 warning</source>
        <translation>1 warning</translation>
    </message>
    <message>
        <location filename="../../editor/gui/statusbar.py" line="208"/>
        <source>%1 warnings</source>
        <translation>%1 warnings</translation>
    </message>
    <message>
        <location filename="../../editor/gui/statusbar.py" line="215"/>
        <source>Show the list of problems</source>
        <translation>Show the list of problems</translation>
    </message>
    <message>
        <location filename="../../editor/gui/statusbar.py" line="221"/>
        <source>Review: %1</source>
        <translation>Review: %1</translation>
    </message>
    <message>
        <location filename="../../editor/gui/statusbar.py" line="223"/>
        <source>Review state of the open article</source>
        <translation>Review state of the open article</translation>
    </message>
</context>
<context>
    <name>SyncConflictDialog</name>
    <message>
        <location filename="../../editor/gui/safety/conflict.py" line="126"/>
        <source>Changed on Two Computers</source>
        <translation>Changed on Two Computers</translation>
    </message>
    <message>
        <location filename="../../editor/gui/safety/conflict.py" line="129"/>
        <source>“%1” was changed on another computer too, in the same place. The article now shows the other version; yours is kept as a copy. Take over what you need, or use your text (one undo step).</source>
        <translation>“%1” was changed on another computer too, in the same place. The article now shows the other version; yours is kept as a copy. Take over what you need, or use your text (one undo step).</translation>
    </message>
    <message>
        <location filename="../../editor/gui/safety/conflict.py" line="131"/>
        <source>This article</source>
        <translation>This article</translation>
    </message>
    <message>
        <location filename="../../editor/gui/safety/conflict.py" line="135"/>
        <source>Differences between their text and yours</source>
        <translation>Differences between their text and yours</translation>
    </message>
    <message>
        <location filename="../../editor/gui/safety/conflict.py" line="139"/>
        <source>&amp;Keep Their Version</source>
        <translation>&amp;Keep Their Version</translation>
    </message>
    <message>
        <location filename="../../editor/gui/safety/conflict.py" line="140"/>
        <source>Keep the article as it is now; your copy is removed (it stays in the article&apos;s versions).</source>
        <translation>Keep the article as it is now; your copy is removed (it stays in the article&apos;s versions).</translation>
    </message>
    <message>
        <location filename="../../editor/gui/safety/conflict.py" line="142"/>
        <source>Use &amp;My Text</source>
        <translation>Use &amp;My Text</translation>
    </message>
    <message>
        <location filename="../../editor/gui/safety/conflict.py" line="143"/>
        <source>Put your text into the editor; Undo brings the other version back.</source>
        <translation>Put your text into the editor; Undo brings the other version back.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/safety/conflict.py" line="145"/>
        <source>Save Mine as a &amp;Copy</source>
        <translation>Save Mine as a &amp;Copy</translation>
    </message>
    <message>
        <location filename="../../editor/gui/safety/conflict.py" line="146"/>
        <source>Keep both: your text becomes a new article beside this one.</source>
        <translation>Keep both: your text becomes a new article beside this one.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/safety/conflict.py" line="148"/>
        <source>Decide &amp;Later</source>
        <translation>Decide &amp;Later</translation>
    </message>
    <message>
        <location filename="../../editor/gui/safety/conflict.py" line="149"/>
        <source>Keep the conflict copy; you are asked again when you open the article.</source>
        <translation>Keep the conflict copy; you are asked again when you open the article.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/safety/conflict.py" line="161"/>
        <source>The texts are identical.</source>
        <translation>The texts are identical.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/safety/conflict.py" line="166"/>
        <source>theirs (now in the article)</source>
        <translation>theirs (now in the article)</translation>
    </message>
    <message>
        <location filename="../../editor/gui/safety/conflict.py" line="167"/>
        <source>mine (kept as a copy)</source>
        <translation>mine (kept as a copy)</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <location filename="../../editor/gui/sync/controller.py" line="195"/>
        <source>Synchronising…</source>
        <translation>Synchronising…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/sync/controller.py" line="197"/>
        <source>Offline — will retry</source>
        <translation>Offline — will retry</translation>
    </message>
    <message>
        <location filename="../../editor/gui/sync/controller.py" line="201"/>
        <source>Not synchronised: %1</source>
        <translation>Not synchronised: %1</translation>
    </message>
    <message>
        <location filename="../../editor/gui/sync/controller.py" line="203"/>
        <source>1 conflict kept as a copy</source>
        <translation>1 conflict kept as a copy</translation>
    </message>
    <message>
        <location filename="../../editor/gui/sync/controller.py" line="204"/>
        <source>%1 conflicts kept as copies</source>
        <translation>%1 conflicts kept as copies</translation>
    </message>
    <message>
        <location filename="../../editor/gui/sync/controller.py" line="207"/>
        <source>1 change not yet sent</source>
        <translation>1 change not yet sent</translation>
    </message>
    <message>
        <location filename="../../editor/gui/sync/controller.py" line="208"/>
        <source>%1 changes not yet sent</source>
        <translation>%1 changes not yet sent</translation>
    </message>
    <message>
        <location filename="../../editor/gui/sync/controller.py" line="212"/>
        <source>Not synchronised yet</source>
        <translation>Not synchronised yet</translation>
    </message>
    <message>
        <location filename="../../editor/gui/sync/controller.py" line="213"/>
        <source>Synchronised %1</source>
        <translation>Synchronised %1</translation>
    </message>
    <message>
        <location filename="../../editor/gui/sync/controller.py" line="219"/>
        <source>Team server: %1</source>
        <translation>Team server: %1</translation>
    </message>
    <message>
        <location filename="../../editor/gui/sync/controller.py" line="222"/>
        <source>Last synchronised: %1</source>
        <translation>Last synchronised: %1</translation>
    </message>
    <message>
        <location filename="../../editor/gui/sync/controller.py" line="225"/>
        <source>Commits not yet sent: %1</source>
        <translation>Commits not yet sent: %1</translation>
    </message>
    <message>
        <location filename="../../editor/gui/sync/controller.py" line="227"/>
        <source>Files not yet committed: %1</source>
        <translation>Files not yet committed: %1</translation>
    </message>
    <message>
        <location filename="../../editor/gui/sync/controller.py" line="229"/>
        <source>Commits to fetch: %1</source>
        <translation>Commits to fetch: %1</translation>
    </message>
    <message>
        <location filename="../../editor/gui/sync/controller.py" line="231"/>
        <source>Conflict copy: %1</source>
        <translation>Conflict copy: %1</translation>
    </message>
    <message>
        <location filename="../../editor/gui/sync/controller.py" line="235"/>
        <source>Synchronises every %1 s and when you ask</source>
        <translation>Synchronises every %1 s and when you ask</translation>
    </message>
    <message>
        <location filename="../../editor/gui/sync/controller.py" line="236"/>
        <source>Synchronises when you ask</source>
        <translation>Synchronises when you ask</translation>
    </message>
</context>
<context>
    <name>SyncWiring</name>
    <message>
        <location filename="../../editor/gui/sync/wiring.py" line="108"/>
        <source>Large photo</source>
        <translation>Large photo</translation>
    </message>
    <message>
        <location filename="../../editor/gui/sync/wiring.py" line="109"/>
        <source>These photos are large. Every copy of the workspace keeps every version of them; a smaller export of the photo would do. They are committed now.</source>
        <translation>These photos are large. Every copy of the workspace keeps every version of them; a smaller export of the photo would do. They are committed now.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/sync/wiring.py" line="118"/>
        <source>A sync is already running.</source>
        <translation>A sync is already running.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/sync/wiring.py" line="143"/>
        <source>Changed on two computers: %1. The other version is shown; yours is kept as a copy.</source>
        <translation>Changed on two computers: %1. The other version is shown; yours is kept as a copy.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/sync/wiring.py" line="228"/>
        <source>Cannot use your text</source>
        <translation>Cannot use your text</translation>
    </message>
    <message>
        <location filename="../../editor/gui/sync/wiring.py" line="230"/>
        <source>Use my text</source>
        <translation>Use my text</translation>
    </message>
    <message>
        <location filename="../../editor/gui/sync/wiring.py" line="254"/>
        <source>Not saved</source>
        <translation>Not saved</translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message>
        <location filename="../../editor/gui/safety/trash_dialog.py" line="35"/>
        <source>Trash</source>
        <translation>Trash</translation>
    </message>
    <message>
        <location filename="../../editor/gui/safety/trash_dialog.py" line="38"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../editor/gui/safety/trash_dialog.py" line="38"/>
        <source>Deleted</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <location filename="../../editor/gui/safety/trash_dialog.py" line="38"/>
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <location filename="../../editor/gui/safety/trash_dialog.py" line="40"/>
        <source>Deleted articles</source>
        <translation>Deleted articles</translation>
    </message>
    <message>
        <location filename="../../editor/gui/safety/trash_dialog.py" line="42"/>
        <source>The trash is empty.</source>
        <translation>The trash is empty.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/safety/trash_dialog.py" line="43"/>
        <source>&amp;Restore</source>
        <translation>&amp;Restore</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <location filename="../../editor/gui/undo.py" line="53"/>
        <source>Edit %1</source>
        <translation>Edit %1</translation>
    </message>
    <message>
        <location filename="../../editor/gui/undo.py" line="80"/>
        <source>Change photos</source>
        <translation>Change photos</translation>
    </message>
    <message>
        <location filename="../../editor/gui/undo.py" line="97"/>
        <source>Typing</source>
        <translation>Typing</translation>
    </message>
</context>
<context>
    <name>WindowDialogs</name>
    <message>
        <location filename="../../editor/gui/window_dialogs.py" line="42"/>
        <source>Newsdesk found unsaved changes to this article from %1 that are newer than the saved file (the app may have closed unexpectedly).

Restore them?</source>
        <translation>Newsdesk found unsaved changes to this article from %1 that are newer than the saved file (the app may have closed unexpectedly).

Restore them?</translation>
    </message>
    <message>
        <location filename="../../editor/gui/window_dialogs.py" line="45"/>
        <source>Restore Unsaved Changes</source>
        <translation>Restore Unsaved Changes</translation>
    </message>
    <message>
        <location filename="../../editor/gui/window_dialogs.py" line="48"/>
        <source>The article could not be saved: %1

Quit anyway? The text is kept in the recovery journal and offered at the next start.</source>
        <translation>The article could not be saved: %1

Quit anyway? The text is kept in the recovery journal and offered at the next start.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/window_dialogs.py" line="50"/>
        <source>Not Saved</source>
        <translation>Not Saved</translation>
    </message>
    <message>
        <location filename="../../editor/gui/window_dialogs.py" line="56"/>
        <source>Open Workspace</source>
        <translation>Open Workspace</translation>
    </message>
    <message>
        <location filename="../../editor/gui/window_dialogs.py" line="61"/>
        <source>Cannot open the workspace</source>
        <translation>Cannot open the workspace</translation>
    </message>
    <message>
        <location filename="../../editor/gui/window_dialogs.py" line="75"/>
        <source>About Newsdesk</source>
        <translation>About Newsdesk</translation>
    </message>
    <message>
        <location filename="../../editor/gui/window_dialogs.py" line="76"/>
        <source>Newsdesk %1
Write, credit, review and export news articles.</source>
        <translation>Newsdesk %1
Write, credit, review and export news articles.</translation>
    </message>
</context>
<context>
    <name>WorkspacePanel</name>
    <message>
        <location filename="../../editor/gui/workspace_panel/panel.py" line="366"/>
        <source>Search…</source>
        <translation>Search…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/workspace_panel/panel.py" line="367"/>
        <source>Search title, lead, tags and text (word beginnings; ß/ss and ä/ae/a are the same)</source>
        <translation>Search title, lead, tags and text (word beginnings; ß/ss and ä/ae/a are the same)</translation>
    </message>
    <message>
        <location filename="../../editor/gui/workspace_panel/panel.py" line="369"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../editor/gui/workspace_panel/panel.py" line="369"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../editor/gui/workspace_panel/panel.py" line="369"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../editor/gui/workspace_panel/panel.py" line="373"/>
        <source>All states</source>
        <translation>All states</translation>
    </message>
</context>
</TS>
