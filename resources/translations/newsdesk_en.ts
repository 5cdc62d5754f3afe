<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
    <context>
        <name>Actions</name>
        <message>
            <location filename="../../editor/gui/actions.py" line="63" />
            <source>&amp;New Article…</source>
            <translation>&amp;New Article…</translation>
        </message>
        <message>
            <location filename="../../editor/gui/actions.py" line="65" />
            <source>Create an article</source>
            <translation>Create an article</translation>
        </message>
        <message>
            <location filename="../../editor/gui/actions.py" line="69" />
            <source>&amp;Open Workspace…</source>
            <translation>&amp;Open Workspace…</translation>
        </message>
        <message>
            <location filename="../../editor/gui/actions.py" line="71" />
            <source>Open another workspace folder</source>
            <translation>Open another workspace folder</translation>
        </message>
        <message>
            <location filename="../../editor/gui/actions.py" line="75" />
            <source>&amp;Save</source>
            <translation>&amp;Save</translation>
        </message>
        <message>
            <location filename="../../editor/gui/actions.py" line="77" />
            <source>Save now (edits save themselves)</source>
            <translation>Save now (edits save themselves)</translation>
        </message>
        <message>
            <location filename="../../editor/gui/actions.py" line="81" />
            <source>Se&amp;ttings…</source>
            <translation>Se&amp;ttings…</translation>
        </message>
        <message>
            <location filename="../../editor/gui/actions.py" line="83" />
            <source>Edit your preferences</source>
            <translation>Edit your preferences</translation>
        </message>
        <message>
            <location filename="../../editor/gui/actions.py" line="85" />
            <source>&amp;Quit</source>
            <translation>&amp;Quit</translation>
        </message>
        <message>
            <location filename="../../editor/gui/actions.py" line="87" />
            <source>&amp;Undo</source>
            <translation>&amp;Undo</translation>
        </message>
        <message>
            <location filename="../../editor/gui/actions.py" line="89" />
            <source>Undo the last text or field edit</source>
            <translation>Undo the last text or field edit</translation>
        </message>
        <message>
            <location filename="../../editor/gui/actions.py" line="93" />
            <source>&amp;Redo</source>
            <translation>&amp;Redo</translation>
        </message>
        <message>
            <location filename="../../editor/gui/actions.py" line="95" />
            <source>Redo</source>
            <translation>Redo</translation>
        </message>
        <message>
            <location filename="../../editor/gui/actions.py" line="99" />
            <source>&amp;Find…</source>
            <translation>&amp;Find…</translation>
        </message>
        <message>
            <location filename="../../editor/gui/actions.py" line="101" />
            <source>Find in the text</source>
            <translation>Find in the text</translation>
        </message>
        <message>
            <location filename="../../editor/gui/actions.py" line="104" />
            <source>R&amp;eplace…</source>
            <translation>R&amp;eplace…</translation>
        </message>
        <message>
            <location filename="../../editor/gui/actions.py" line="106" />
            <source>Find and replace</source>
            <translation>Find and replace</translation>
        </message>
        <message>
            <location filename="../../editor/gui/actions.py" line="109" />
            <source>&amp;Bold</source>
            <translation>&amp;Bold</translation>
        </message>
        <message>
            <location filename="../../editor/gui/actions.py" line="111" />
            <source>Bold (**text**)</source>
            <translation>Bold (**text**)</translation>
        </message>
        <message>
            <location filename="../../editor/gui/actions.py" line="115" />
            <source>&amp;Italic</source>
            <translation>&amp;Italic</translation>
        </message>
        <message>
            <location filename="../../editor/gui/actions.py" line="117" />
            <source>Italic (*text*)</source>
            <translation>Italic (*text*)</translation>
        </message>
        <message>
            <location filename="../../editor/gui/actions.py" line="121" />
            <source>&amp;Link…</source>
            <translation>&amp;Link…</translation>
        </message>
        <message>
            <location filename="../../editor/gui/actions.py" line="123" />
            <source>Insert a link</source>
            <translation>Insert a link</translation>
        </message>
        <message>
            <location filename="../../editor/gui/actions.py" line="127" />
            <source>&amp;Heading</source>
            <translation>&amp;Heading</translation>
        </message>
        <message>
            <location filename="../../editor/gui/actions.py" line="129" />
            <source>Heading (## )</source>
            <translation>Heading (## )</translation>
        </message>
        <message>
            <location filename="../../editor/gui/actions.py" line="133" />
            <source>&amp;Subheading</source>
            <translation>&amp;Subheading</translation>
        </message>
        <message>
            <location filename="../../editor/gui/actions.py" line="135" />
            <source>Subheading (### )</source>
            <translation>Subheading (### )</translation>
        </message>
        <message>
            <location filename="../../editor/gui/actions.py" line="139" />
            <source>Bulleted &amp;List</source>
            <translation>Bulleted &amp;List</translation>
        </message>
        <message>
            <location filename="../../editor/gui/actions.py" line="141" />
            <source>Bulleted list (- )</source>
            <translation>Bulleted list (- )</translation>
        </message>
        <message>
            <location filename="../../editor/gui/actions.py" line="145" />
            <source>&amp;Quote</source>
            <translation>&amp;Quote</translation>
        </message>
        <message>
            <location filename="../../editor/gui/actions.py" line="147" />
            <source>Quote (&gt; )</source>
            <translation>Quote (&gt; )</translation>
        </message>
        <message>
            <location filename="../../editor/gui/actions.py" line="151" />
            <source>&amp;Duplicate Article</source>
            <translation>&amp;Duplicate Article</translation>
        </message>
        <message>
            <location filename="../../editor/gui/actions.py" line="153" />
            <source>Copy the selected article</source>
            <translation>Copy the selected article</translation>
        </message>
        <message>
            <location filename="../../editor/gui/actions.py" line="157" />
            <source>&amp;Rename Article…</source>
            <translation>&amp;Rename Article…</translation>
        </message>
        <message>
            <location filename="../../editor/gui/actions.py" line="159" />
            <source>New title and folder name</source>
            <translation>New title and folder name</translation>
        </message>
        <message>
            <location filename="../../editor/gui/actions.py" line="163" />
            <source>D&amp;elete Article…</source>
            <translation>D&amp;elete Article…</translation>
        </message>
        <message>
            <location filename="../../editor/gui/actions.py" line="165" />
            <source>Move the selected article to the trash</source>
            <translation>Move the selected article to the trash</translation>
        </message>
        <message>
            <location filename="../../editor/gui/actions.py" line="169" />
            <source>Article &amp;List</source>
            <translation>Article &amp;List</translation>
        </message>
        <message>
            <location filename="../../editor/gui/actions.py" line="171" />
            <source>Go to the article list</source>
            <translation>Go to the article list</translation>
        </message>
        <message>
            <location filename="../../editor/gui/actions.py" line="174" />
            <source>&amp;Editor</source>
            <translation>&amp;Editor</translation>
        </message>
        <message>
            <location filename="../../editor/gui/actions.py" line="176" />
            <source>Go to the text</source>
            <translation>Go to the text</translation>
        </message>
        <message>
            <location filename="../../editor/gui/actions.py" line="179" />
            <source>Preview: &amp;Desktop Width</source>
            <translation>Preview: &amp;Desktop Width</translation>
        </message>
        <message>
            <location filename="../../editor/gui/actions.py" line="181" />
            <source>Preview at desktop width</source>
            <translation>Preview at desktop width</translation>
        </message>
        <message>
            <location filename="../../editor/gui/actions.py" line="186" />
            <source>Preview: &amp;Mobile Width</source>
            <translation>Preview: &amp;Mobile Width</translation>
        </message>
        <message>
            <location filename="../../editor/gui/actions.py" line="188" />
            <source>Preview at phone width</source>
            <translation>Preview at phone width</translation>
        </message>
        <message>
            <location filename="../../editor/gui/actions.py" line="193" />
            <source>&amp;Problems</source>
            <translation>&amp;Problems</translation>
        </message>
        <message>
            <location filename="../../editor/gui/actions.py" line="195" />
            <source>Show every problem of the article</source>
            <translation>Show every problem of the article</translation>
        </message>
        <message>
            <location filename="../../editor/gui/actions.py" line="197" />
            <source>&amp;About Newsdesk</source>
            <translation>&amp;About Newsdesk</translation>
        </message>
        <message>
            <location filename="../../editor/gui/actions.py" line="203" />
            <source>&amp;File</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <location filename="../../editor/gui/actions.py" line="206" />
            <source>&amp;Edit</source>
            <translation>&amp;Edit</translation>
        </message>
        <message>
            <location filename="../../editor/gui/actions.py" line="208" />
            <source>F&amp;ormat</source>
            <translation>F&amp;ormat</translation>
        </message>
        <message>
            <location filename="../../editor/gui/actions.py" line="212" />
            <source>&amp;Article</source>
            <translation>&amp;Article</translation>
        </message>
        <message>
            <location filename="../../editor/gui/actions.py" line="216" />
            <source>&amp;View</source>
            <translation>&amp;View</translation>
        </message>
        <message>
            <location filename="../../editor/gui/actions.py" line="219" />
            <source>&amp;Help</source>
            <translation>&amp;Help</translation>
        </message>
    </context>
    <context>
        <name>ArticleOps</name>
        <message>
            <location filename="../../editor/gui/workspace_panel/ops.py" line="27" />
            <source>Newsdesk</source>
            <translation>Newsdesk</translation>
        </message>
        <message>
            <location filename="../../editor/gui/workspace_panel/ops.py" line="38" />
            <source>New Article</source>
            <translation>New Article</translation>
        </message>
        <message>
            <location filename="../../editor/gui/workspace_panel/ops.py" line="38" />
            <source>Title:</source>
            <translation>Title:</translation>
        </message>
        <message>
            <location filename="../../editor/gui/workspace_panel/ops.py" line="57" />
            <source>%1 (copy)</source>
            <translation>%1 (copy)</translation>
        </message>
        <message>
            <location filename="../../editor/gui/workspace_panel/ops.py" line="72" />
            <location filename="../../editor/gui/workspace_panel/ops.py" line="82" />
            <source>Rename Article</source>
            <translation>Rename Article</translation>
        </message>
        <message>
            <location filename="../../editor/gui/workspace_panel/ops.py" line="73" />
            <source>New title:</source>
            <translation>New title:</translation>
        </message>
        <message>
            <location filename="../../editor/gui/workspace_panel/ops.py" line="78" />
            <source>Rename the article to “%1”?

Its folder and web address change from “%2” to “%3”.</source>
            <translation>Rename the article to “%1”?

Its folder and web address change from “%2” to “%3”.</translation>
        </message>
        <message>
            <location filename="../../editor/gui/workspace_panel/ops.py" line="101" />
            <source>Move “%1” to the workspace's trash?

It can be restored from there.</source>
            <translation>Move “%1” to the workspace's trash?

It can be restored from there.</translation>
        </message>
        <message>
            <location filename="../../editor/gui/workspace_panel/ops.py" line="103" />
            <location filename="../../editor/gui/workspace_panel/ops.py" line="110" />
            <source>Delete Article</source>
            <translation>Delete Article</translation>
        </message>
        <message>
            <location filename="../../editor/gui/workspace_panel/ops.py" line="111" />
            <source>The trash is not available in this version.</source>
            <translation>The trash is not available in this version.</translation>
        </message>
    </context>
    <context>
        <name>EditorPane</name>
        <message>
            <location filename="../../editor/gui/editor_pane/pane.py" line="58" />
            <source>bold text</source>
            <translation>bold text</translation>
        </message>
        <message>
            <location filename="../../editor/gui/editor_pane/pane.py" line="60" />
            <source>italic text</source>
            <translation>italic text</translation>
        </message>
        <message>
            <location filename="../../editor/gui/editor_pane/pane.py" line="61" />
            <source>link text</source>
            <translation>link text</translation>
        </message>
        <message>
            <location filename="../../editor/gui/editor_pane/pane.py" line="99" />
            <source>Select an article in the list, or create one with Article ▸ New Article.</source>
            <translation>Select an article in the list, or create one with Article ▸ New Article.</translation>
        </message>
        <message>
            <location filename="../../editor/gui/editor_pane/pane.py" line="101" />
            <source>Write the article here in Markdown: ## for a subheading, **bold**, *italic*.</source>
            <translation>Write the article here in Markdown: ## for a subheading, **bold**, *italic*.</translation>
        </message>
        <message>
            <location filename="../../editor/gui/editor_pane/pane.py" line="103" />
            <source>Formatting</source>
            <translation>Formatting</translation>
        </message>
    </context>
    <context>
        <name>FindBar</name>
        <message>
            <location filename="../../editor/gui/editor_pane/find_bar.py" line="99" />
            <source>Not found</source>
            <translation>Not found</translation>
        </message>
        <message numerus="yes">
            <location filename="../../editor/gui/editor_pane/find_bar.py" line="133" />
            <source>%n replaced</source>
            <translation>
                <numerusform>%n replaced</numerusform>
                <numerusform>%n replaced</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../editor/gui/editor_pane/find_bar.py" line="137" />
            <source>&amp;Find:</source>
            <translation>&amp;Find:</translation>
        </message>
        <message>
            <location filename="../../editor/gui/editor_pane/find_bar.py" line="138" />
            <source>Re&amp;place with:</source>
            <translation>Re&amp;place with:</translation>
        </message>
        <message>
            <location filename="../../editor/gui/editor_pane/find_bar.py" line="139" />
            <source>&amp;Next</source>
            <translation>&amp;Next</translation>
        </message>
        <message>
            <location filename="../../editor/gui/editor_pane/find_bar.py" line="140" />
            <source>Pre&amp;vious</source>
            <translation>Pre&amp;vious</translation>
        </message>
        <message>
            <location filename="../../editor/gui/editor_pane/find_bar.py" line="141" />
            <source>&amp;Replace</source>
            <translation>&amp;Replace</translation>
        </message>
        <message>
            <location filename="../../editor/gui/editor_pane/find_bar.py" line="142" />
            <source>Replace &amp;All</source>
            <translation>Replace &amp;All</translation>
        </message>
        <message>
            <location filename="../../editor/gui/editor_pane/find_bar.py" line="143" />
            <source>&amp;Match case</source>
            <translation>&amp;Match case</translation>
        </message>
        <message>
            <location filename="../../editor/gui/editor_pane/find_bar.py" line="144" />
            <source>Close (Esc)</source>
            <translation>Close (Esc)</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../editor/gui/main_window.py" line="125" />
            <source>Articles</source>
            <translation>Articles</translation>
        </message>
        <message>
            <location filename="../../editor/gui/main_window.py" line="129" />
            <source>Preview</source>
            <translation>Preview</translation>
        </message>
        <message>
            <location filename="../../editor/gui/main_window.py" line="131" />
            <source>Problems</source>
            <translation>Problems</translation>
        </message>
        <message>
            <location filename="../../editor/gui/main_window.py" line="166" />
            <source>The open article could not be saved.</source>
            <translation>The open article could not be saved.</translation>
        </message>
        <message>
            <location filename="../../editor/gui/main_window.py" line="181" />
            <source>Cannot open the article</source>
            <translation>Cannot open the article</translation>
        </message>
        <message>
            <location filename="../../editor/gui/main_window.py" line="248" />
            <source>Saved</source>
            <translation>Saved</translation>
        </message>
        <message>
            <location filename="../../editor/gui/main_window.py" line="248" />
            <source>Edited</source>
            <translation>Edited</translation>
        </message>
        <message>
            <location filename="../../editor/gui/main_window.py" line="249" />
            <source>Not saved</source>
            <translation>Not saved</translation>
        </message>
        <message>
            <location filename="../../editor/gui/main_window.py" line="265" />
            <source>Newsdesk found unsaved changes to this article from %1 that are newer than the saved file (the app may have closed unexpectedly).

Restore them?</source>
            <translation>Newsdesk found unsaved changes to this article from %1 that are newer than the saved file (the app may have closed unexpectedly).

Restore them?</translation>
        </message>
        <message>
            <location filename="../../editor/gui/main_window.py" line="268" />
            <source>Restore Unsaved Changes</source>
            <translation>Restore Unsaved Changes</translation>
        </message>
        <message>
            <location filename="../../editor/gui/main_window.py" line="273" />
            <source>Open Workspace</source>
            <translation>Open Workspace</translation>
        </message>
        <message>
            <location filename="../../editor/gui/main_window.py" line="278" />
            <source>Cannot open the workspace</source>
            <translation>Cannot open the workspace</translation>
        </message>
        <message>
            <location filename="../../editor/gui/main_window.py" line="300" />
            <source>About Newsdesk</source>
            <translation>About Newsdesk</translation>
        </message>
        <message>
            <location filename="../../editor/gui/main_window.py" line="301" />
            <source>Newsdesk %1
Write, credit, review and export news articles.</source>
            <translation>Newsdesk %1
Write, credit, review and export news articles.</translation>
        </message>
        <message>
            <location filename="../../editor/gui/main_window.py" line="320" />
            <source>Not Saved</source>
            <translation>Not Saved</translation>
        </message>
        <message>
            <location filename="../../editor/gui/main_window.py" line="321" />
            <source>The article could not be saved: %1

Quit anyway? The text is kept in the recovery journal and offered at the next start.</source>
            <translation>The article could not be saved: %1

Quit anyway? The text is kept in the recovery journal and offered at the next start.</translation>
        </message>
    </context>
    <context>
        <name>MetadataForm</name>
        <message>
            <location filename="../../editor/gui/editor_pane/metadata_form.py" line="143" />
            <source>%1 / %2 characters</source>
            <translation>%1 / %2 characters</translation>
        </message>
        <message>
            <location filename="../../editor/gui/editor_pane/metadata_form.py" line="148" />
            <source>&amp;Title:</source>
            <translation>&amp;Title:</translation>
        </message>
        <message>
            <location filename="../../editor/gui/editor_pane/metadata_form.py" line="149" />
            <source>&amp;Kicker:</source>
            <translation>&amp;Kicker:</translation>
        </message>
        <message>
            <location filename="../../editor/gui/editor_pane/metadata_form.py" line="150" />
            <source>&amp;Date:</source>
            <translation>&amp;Date:</translation>
        </message>
        <message>
            <location filename="../../editor/gui/editor_pane/metadata_form.py" line="151" />
            <source>A&amp;uthor:</source>
            <translation>A&amp;uthor:</translation>
        </message>
        <message>
            <location filename="../../editor/gui/editor_pane/metadata_form.py" line="152" />
            <source>&amp;Lead:</source>
            <translation>&amp;Lead:</translation>
        </message>
        <message>
            <location filename="../../editor/gui/editor_pane/metadata_form.py" line="153" />
            <source>Ta&amp;gs:</source>
            <translation>Ta&amp;gs:</translation>
        </message>
        <message>
            <location filename="../../editor/gui/editor_pane/metadata_form.py" line="154" />
            <source>Headline of the article</source>
            <translation>Headline of the article</translation>
        </message>
        <message>
            <location filename="../../editor/gui/editor_pane/metadata_form.py" line="155" />
            <source>e.g. News</source>
            <translation>e.g. News</translation>
        </message>
        <message>
            <location filename="../../editor/gui/editor_pane/metadata_form.py" line="156" />
            <source>Office or person</source>
            <translation>Office or person</translation>
        </message>
        <message>
            <location filename="../../editor/gui/editor_pane/metadata_form.py" line="157" />
            <source>One or two sentences that sum up the news</source>
            <translation>One or two sentences that sum up the news</translation>
        </message>
        <message>
            <location filename="../../editor/gui/editor_pane/metadata_form.py" line="158" />
            <source>Comma-separated, e.g. Traffic, City council</source>
            <translation>Comma-separated, e.g. Traffic, City council</translation>
        </message>
    </context>
    <context>
        <name>SaveBanner</name>
        <message>
            <location filename="../../editor/gui/save_banner.py" line="28" />
            <source>Try &amp;Again</source>
            <translation>Try &amp;Again</translation>
        </message>
        <message>
            <location filename="../../editor/gui/save_banner.py" line="32" />
            <source>%1
Your text is kept here and saving is retried automatically.</source>
            <translation>%1
Your text is kept here and saving is retried automatically.</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <location filename="../../editor/gui/settings_dialog.py" line="23" />
            <source>Settings</source>
            <translation>Settings</translation>
        </message>
        <message>
            <location filename="../../editor/gui/settings_dialog.py" line="25" />
            <source>Shown with your reviews and comments</source>
            <translation>Shown with your reviews and comments</translation>
        </message>
        <message>
            <location filename="../../editor/gui/settings_dialog.py" line="27" />
            <source>System language</source>
            <translation>System language</translation>
        </message>
        <message>
            <location filename="../../editor/gui/settings_dialog.py" line="44" />
            <source>Desktop</source>
            <translation>Desktop</translation>
        </message>
        <message>
            <location filename="../../editor/gui/settings_dialog.py" line="45" />
            <source>Mobile</source>
            <translation>Mobile</translation>
        </message>
        <message>
            <location filename="../../editor/gui/settings_dialog.py" line="53" />
            <source>Your &amp;name:</source>
            <translation>Your &amp;name:</translation>
        </message>
        <message>
            <location filename="../../editor/gui/settings_dialog.py" line="54" />
            <source>&amp;Language:</source>
            <translation>&amp;Language:</translation>
        </message>
        <message>
            <location filename="../../editor/gui/settings_dialog.py" line="55" />
            <source>&amp;Save after a pause of:</source>
            <translation>&amp;Save after a pause of:</translation>
        </message>
        <message>
            <location filename="../../editor/gui/settings_dialog.py" line="56" />
            <source>Editor &amp;font:</source>
            <translation>Editor &amp;font:</translation>
        </message>
        <message>
            <location filename="../../editor/gui/settings_dialog.py" line="57" />
            <source>Font si&amp;ze:</source>
            <translation>Font si&amp;ze:</translation>
        </message>
        <message>
            <location filename="../../editor/gui/settings_dialog.py" line="58" />
            <source>&amp;Preview width:</source>
            <translation>&amp;Preview width:</translation>
        </message>
    </context>
    <context>
        <name>Status</name>
        <message>
            <location filename="../../editor/gui/workspace_panel/panel.py" line="28" />
            <source>Draft</source>
            <translation>Draft</translation>
        </message>
        <message>
            <location filename="../../editor/gui/workspace_panel/panel.py" line="29" />
            <source>In review</source>
            <translation>In review</translation>
        </message>
        <message>
            <location filename="../../editor/gui/workspace_panel/panel.py" line="30" />
            <source>Changes requested</source>
            <translation>Changes requested</translation>
        </message>
        <message>
            <location filename="../../editor/gui/workspace_panel/panel.py" line="31" />
            <source>Approved</source>
            <translation>Approved</translation>
        </message>
        <message>
            <location filename="../../editor/gui/workspace_panel/panel.py" line="32" />
            <source>Changed since approval</source>
            <translation>Changed since approval</translation>
        </message>
        <message>
            <location filename="../../editor/gui/workspace_panel/panel.py" line="33" />
            <source>Published</source>
            <translation>Published</translation>
        </message>
    </context>
    <context>
        <name>Undo</name>
        <message>
            <location filename="../../editor/gui/undo.py" line="52" />
            <source>Edit %1</source>
            <translation>Edit %1</translation>
        </message>
        <message>
            <location filename="../../editor/gui/undo.py" line="79" />
            <source>Typing</source>
            <translation>Typing</translation>
        </message>
    </context>
    <context>
        <name>WorkspacePanel</name>
        <message>
            <location filename="../../editor/gui/workspace_panel/panel.py" line="153" />
            <source>Search title, lead, tags and text</source>
            <translation>Search title, lead, tags and text</translation>
        </message>
        <message>
            <location filename="../../editor/gui/workspace_panel/panel.py" line="154" />
            <source>Title</source>
            <translation>Title</translation>
        </message>
        <message>
            <location filename="../../editor/gui/workspace_panel/panel.py" line="154" />
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../editor/gui/workspace_panel/panel.py" line="154" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../editor/gui/workspace_panel/panel.py" line="158" />
            <source>All states</source>
            <translation>All states</translation>
        </message>
    </context>
</TS>
