<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
    <context>
        <name>Actions</name>
        <message>
            <location filename="../../editor/gui/actions.py" line="63" />
            <source>&amp;New Article…</source>
            <translation>&amp;Neuer Artikel…</translation>
        </message>
        <message>
            <location filename="../../editor/gui/actions.py" line="65" />
            <source>Create an article</source>
            <translation>Einen Artikel anlegen</translation>
        </message>
        <message>
            <location filename="../../editor/gui/actions.py" line="69" />
            <source>&amp;Open Workspace…</source>
            <translation>Arbeitsbereich ö&amp;ffnen…</translation>
        </message>
        <message>
            <location filename="../../editor/gui/actions.py" line="71" />
            <source>Open another workspace folder</source>
            <translation>Einen anderen Arbeitsbereich-Ordner öffnen</translation>
        </message>
        <message>
            <location filename="../../editor/gui/actions.py" line="75" />
            <source>&amp;Save</source>
            <translation>&amp;Speichern</translation>
        </message>
        <message>
            <location filename="../../editor/gui/actions.py" line="77" />
            <source>Save now (edits save themselves)</source>
            <translation>Jetzt speichern (Änderungen werden auch von selbst gespeichert)</translation>
        </message>
        <message>
            <location filename="../../editor/gui/actions.py" line="81" />
            <source>Se&amp;ttings…</source>
            <translation>&amp;Einstellungen…</translation>
        </message>
        <message>
            <location filename="../../editor/gui/actions.py" line="83" />
            <source>Edit your preferences</source>
            <translation>Persönliche Einstellungen bearbeiten</translation>
        </message>
        <message>
            <location filename="../../editor/gui/actions.py" line="85" />
            <source>&amp;Quit</source>
            <translation>&amp;Beenden</translation>
        </message>
        <message>
            <location filename="../../editor/gui/actions.py" line="87" />
            <source>&amp;Undo</source>
            <translation>&amp;Rückgängig</translation>
        </message>
        <message>
            <location filename="../../editor/gui/actions.py" line="89" />
            <source>Undo the last text or field edit</source>
            <translation>Die letzte Text- oder Feldänderung rückgängig machen</translation>
        </message>
        <message>
            <location filename="../../editor/gui/actions.py" line="93" />
            <source>&amp;Redo</source>
            <translation>&amp;Wiederholen</translation>
        </message>
        <message>
            <location filename="../../editor/gui/actions.py" line="95" />
            <source>Redo</source>
            <translation>Wiederholen</translation>
        </message>
        <message>
            <location filename="../../editor/gui/actions.py" line="99" />
            <source>&amp;Find…</source>
            <translation>&amp;Suchen…</translation>
        </message>
        <message>
            <location filename="../../editor/gui/actions.py" line="101" />
            <source>Find in the text</source>
            <translation>Im Text suchen</translation>
        </message>
        <message>
            <location filename="../../editor/gui/actions.py" line="104" />
            <source>R&amp;eplace…</source>
            <translation>E&amp;rsetzen…</translation>
        </message>
        <message>
            <location filename="../../editor/gui/actions.py" line="106" />
            <source>Find and replace</source>
            <translation>Suchen und ersetzen</translation>
        </message>
        <message>
            <location filename="../../editor/gui/actions.py" line="109" />
            <source>&amp;Bold</source>
            <translation>&amp;Fett</translation>
        </message>
        <message>
            <location filename="../../editor/gui/actions.py" line="111" />
            <source>Bold (**text**)</source>
            <translation>Fett (**Text**)</translation>
        </message>
        <message>
            <location filename="../../editor/gui/actions.py" line="115" />
            <source>&amp;Italic</source>
            <translation>&amp;Kursiv</translation>
        </message>
        <message>
            <location filename="../../editor/gui/actions.py" line="117" />
            <source>Italic (*text*)</source>
            <translation>Kursiv (*Text*)</translation>
        </message>
        <message>
            <location filename="../../editor/gui/actions.py" line="121" />
            <source>&amp;Link…</source>
            <translation>&amp;Link…</translation>
        </message>
        <message>
            <location filename="../../editor/gui/actions.py" line="123" />
            <source>Insert a link</source>
            <translation>Einen Link einfügen</translation>
        </message>
        <message>
            <location filename="../../editor/gui/actions.py" line="127" />
            <source>&amp;Heading</source>
            <translation>Ü&amp;berschrift</translation>
        </message>
        <message>
            <location filename="../../editor/gui/actions.py" line="129" />
            <source>Heading (## )</source>
            <translation>Zwischenüberschrift (## )</translation>
        </message>
        <message>
            <location filename="../../editor/gui/actions.py" line="133" />
            <source>&amp;Subheading</source>
            <translation>&amp;Unterüberschrift</translation>
        </message>
        <message>
            <location filename="../../editor/gui/actions.py" line="135" />
            <source>Subheading (### )</source>
            <translation>Unterüberschrift (### )</translation>
        </message>
        <message>
            <location filename="../../editor/gui/actions.py" line="139" />
            <source>Bulleted &amp;List</source>
            <translation>&amp;Aufzählung</translation>
        </message>
        <message>
            <location filename="../../editor/gui/actions.py" line="141" />
            <source>Bulleted list (- )</source>
            <translation>Aufzählung (- )</translation>
        </message>
        <message>
            <location filename="../../editor/gui/actions.py" line="145" />
            <source>&amp;Quote</source>
            <translation>&amp;Zitat</translation>
        </message>
        <message>
            <location filename="../../editor/gui/actions.py" line="147" />
            <source>Quote (&gt; )</source>
            <translation>Zitat (&gt; )</translation>
        </message>
        <message>
            <location filename="../../editor/gui/actions.py" line="151" />
            <source>&amp;Duplicate Article</source>
            <translation>Artikel &amp;duplizieren</translation>
        </message>
        <message>
            <location filename="../../editor/gui/actions.py" line="153" />
            <source>Copy the selected article</source>
            <translation>Den ausgewählten Artikel kopieren</translation>
        </message>
        <message>
            <location filename="../../editor/gui/actions.py" line="157" />
            <source>&amp;Rename Article…</source>
            <translation>Artikel &amp;umbenennen…</translation>
        </message>
        <message>
            <location filename="../../editor/gui/actions.py" line="159" />
            <source>New title and folder name</source>
            <translation>Neuer Titel und Ordnername</translation>
        </message>
        <message>
            <location filename="../../editor/gui/actions.py" line="163" />
            <source>D&amp;elete Article…</source>
            <translation>Artikel &amp;löschen…</translation>
        </message>
        <message>
            <location filename="../../editor/gui/actions.py" line="165" />
            <source>Move the selected article to the trash</source>
            <translation>Den ausgewählten Artikel in den Papierkorb verschieben</translation>
        </message>
        <message>
            <location filename="../../editor/gui/actions.py" line="169" />
            <source>Article &amp;List</source>
            <translation>Artikel&amp;liste</translation>
        </message>
        <message>
            <location filename="../../editor/gui/actions.py" line="171" />
            <source>Go to the article list</source>
            <translation>Zur Artikelliste wechseln</translation>
        </message>
        <message>
            <location filename="../../editor/gui/actions.py" line="174" />
            <source>&amp;Editor</source>
            <translation>&amp;Editor</translation>
        </message>
        <message>
            <location filename="../../editor/gui/actions.py" line="176" />
            <source>Go to the text</source>
            <translation>Zum Text wechseln</translation>
        </message>
        <message>
            <location filename="../../editor/gui/actions.py" line="179" />
            <source>Preview: &amp;Desktop Width</source>
            <translation>Vorschau: &amp;Desktop-Breite</translation>
        </message>
        <message>
            <location filename="../../editor/gui/actions.py" line="181" />
            <source>Preview at desktop width</source>
            <translation>Vorschau in Desktop-Breite</translation>
        </message>
        <message>
            <location filename="../../editor/gui/actions.py" line="186" />
            <source>Preview: &amp;Mobile Width</source>
            <translation>Vorschau: &amp;Mobil-Breite</translation>
        </message>
        <message>
            <location filename="../../editor/gui/actions.py" line="188" />
            <source>Preview at phone width</source>
            <translation>Vorschau in Smartphone-Breite</translation>
        </message>
        <message>
            <location filename="../../editor/gui/actions.py" line="193" />
            <source>&amp;Problems</source>
            <translation>&amp;Probleme</translation>
        </message>
        <message>
            <location filename="../../editor/gui/actions.py" line="195" />
            <source>Show every problem of the article</source>
            <translation>Alle Probleme des Artikels anzeigen</translation>
        </message>
        <message>
            <location filename="../../editor/gui/actions.py" line="197" />
            <source>&amp;About Newsdesk</source>
            <translation>Ü&amp;ber Newsdesk</translation>
        </message>
        <message>
            <location filename="../../editor/gui/actions.py" line="203" />
            <source>&amp;File</source>
            <translation>&amp;Datei</translation>
        </message>
        <message>
            <location filename="../../editor/gui/actions.py" line="206" />
            <source>&amp;Edit</source>
            <translation>&amp;Bearbeiten</translation>
        </message>
        <message>
            <location filename="../../editor/gui/actions.py" line="208" />
            <source>F&amp;ormat</source>
            <translation>F&amp;ormat</translation>
        </message>
        <message>
            <location filename="../../editor/gui/actions.py" line="212" />
            <source>&amp;Article</source>
            <translation>&amp;Artikel</translation>
        </message>
        <message>
            <location filename="../../editor/gui/actions.py" line="216" />
            <source>&amp;View</source>
            <translation>&amp;Ansicht</translation>
        </message>
        <message>
            <location filename="../../editor/gui/actions.py" line="219" />
            <source>&amp;Help</source>
            <translation>&amp;Hilfe</translation>
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
            <translation>Neuer Artikel</translation>
        </message>
        <message>
            <location filename="../../editor/gui/workspace_panel/ops.py" line="38" />
            <source>Title:</source>
            <translation>Titel:</translation>
        </message>
        <message>
            <location filename="../../editor/gui/workspace_panel/ops.py" line="57" />
            <source>%1 (copy)</source>
            <translation>%1 (Kopie)</translation>
        </message>
        <message>
            <location filename="../../editor/gui/workspace_panel/ops.py" line="72" />
            <location filename="../../editor/gui/workspace_panel/ops.py" line="82" />
            <source>Rename Article</source>
            <translation>Artikel umbenennen</translation>
        </message>
        <message>
            <location filename="../../editor/gui/workspace_panel/ops.py" line="73" />
            <source>New title:</source>
            <translation>Neuer Titel:</translation>
        </message>
        <message>
            <location filename="../../editor/gui/workspace_panel/ops.py" line="78" />
            <source>Rename the article to “%1”?

Its folder and web address change from “%2” to “%3”.</source>
            <translation>Den Artikel in „%1“ umbenennen?

Sein Ordner und seine Webadresse ändern sich von „%2“ in „%3“.</translation>
        </message>
        <message>
            <location filename="../../editor/gui/workspace_panel/ops.py" line="101" />
            <source>Move “%1” to the workspace's trash?

It can be restored from there.</source>
            <translation>„%1“ in den Papierkorb des Arbeitsbereichs verschieben?

Dort kann der Artikel wiederhergestellt werden.</translation>
        </message>
        <message>
            <location filename="../../editor/gui/workspace_panel/ops.py" line="103" />
            <location filename="../../editor/gui/workspace_panel/ops.py" line="110" />
            <source>Delete Article</source>
            <translation>Artikel löschen</translation>
        </message>
        <message>
            <location filename="../../editor/gui/workspace_panel/ops.py" line="111" />
            <source>The trash is not available in this version.</source>
            <translation>Der Papierkorb ist in dieser Version nicht verfügbar.</translation>
        </message>
    </context>
    <context>
        <name>EditorPane</name>
        <message>
            <location filename="../../editor/gui/editor_pane/pane.py" line="58" />
            <source>bold text</source>
            <translation>fetter Text</translation>
        </message>
        <message>
            <location filename="../../editor/gui/editor_pane/pane.py" line="60" />
            <source>italic text</source>
            <translation>kursiver Text</translation>
        </message>
        <message>
            <location filename="../../editor/gui/editor_pane/pane.py" line="61" />
            <source>link text</source>
            <translation>Linktext</translation>
        </message>
        <message>
            <location filename="../../editor/gui/editor_pane/pane.py" line="99" />
            <source>Select an article in the list, or create one with Article ▸ New Article.</source>
            <translation>Wählen Sie einen Artikel in der Liste aus oder legen Sie einen an mit Artikel ▸ Neuer Artikel.</translation>
        </message>
        <message>
            <location filename="../../editor/gui/editor_pane/pane.py" line="101" />
            <source>Write the article here in Markdown: ## for a subheading, **bold**, *italic*.</source>
            <translation>Schreiben Sie den Artikel hier in Markdown: ## für eine Zwischenüberschrift, **fett**, *kursiv*.</translation>
        </message>
        <message>
            <location filename="../../editor/gui/editor_pane/pane.py" line="103" />
            <source>Formatting</source>
            <translation>Formatierung</translation>
        </message>
    </context>
    <context>
        <name>FindBar</name>
        <message>
            <location filename="../../editor/gui/editor_pane/find_bar.py" line="99" />
            <source>Not found</source>
            <translation>Nicht gefunden</translation>
        </message>
        <message numerus="yes">
            <location filename="../../editor/gui/editor_pane/find_bar.py" line="133" />
            <source>%n replaced</source>
            <translation>
                <numerusform>%n ersetzt</numerusform>
                <numerusform>%n ersetzt</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../editor/gui/editor_pane/find_bar.py" line="137" />
            <source>&amp;Find:</source>
            <translation>&amp;Suchen:</translation>
        </message>
        <message>
            <location filename="../../editor/gui/editor_pane/find_bar.py" line="138" />
            <source>Re&amp;place with:</source>
            <translation>E&amp;rsetzen durch:</translation>
        </message>
        <message>
            <location filename="../../editor/gui/editor_pane/find_bar.py" line="139" />
            <source>&amp;Next</source>
            <translation>&amp;Weiter</translation>
        </message>
        <message>
            <location filename="../../editor/gui/editor_pane/find_bar.py" line="140" />
            <source>Pre&amp;vious</source>
            <translation>&amp;Zurück</translation>
        </message>
        <message>
            <location filename="../../editor/gui/editor_pane/find_bar.py" line="141" />
            <source>&amp;Replace</source>
            <translation>Erse&amp;tzen</translation>
        </message>
        <message>
            <location filename="../../editor/gui/editor_pane/find_bar.py" line="142" />
            <source>Replace &amp;All</source>
            <translation>&amp;Alle ersetzen</translation>
        </message>
        <message>
            <location filename="../../editor/gui/editor_pane/find_bar.py" line="143" />
            <source>&amp;Match case</source>
            <translation>&amp;Groß-/Kleinschreibung beachten</translation>
        </message>
        <message>
            <location filename="../../editor/gui/editor_pane/find_bar.py" line="144" />
            <source>Close (Esc)</source>
            <translation>Schließen (Esc)</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../editor/gui/main_window.py" line="125" />
            <source>Articles</source>
            <translation>Artikel</translation>
        </message>
        <message>
            <location filename="../../editor/gui/main_window.py" line="129" />
            <source>Preview</source>
            <translation>Vorschau</translation>
        </message>
        <message>
            <location filename="../../editor/gui/main_window.py" line="131" />
            <source>Problems</source>
            <translation>Probleme</translation>
        </message>
        <message>
            <location filename="../../editor/gui/main_window.py" line="166" />
            <source>The open article could not be saved.</source>
            <translation>Der geöffnete Artikel konnte nicht gespeichert werden.</translation>
        </message>
        <message>
            <location filename="../../editor/gui/main_window.py" line="181" />
            <source>Cannot open the article</source>
            <translation>Der Artikel kann nicht geöffnet werden</translation>
        </message>
        <message>
            <location filename="../../editor/gui/main_window.py" line="248" />
            <source>Saved</source>
            <translation>Gespeichert</translation>
        </message>
        <message>
            <location filename="../../editor/gui/main_window.py" line="248" />
            <source>Edited</source>
            <translation>Geändert</translation>
        </message>
        <message>
            <location filename="../../editor/gui/main_window.py" line="249" />
            <source>Not saved</source>
            <translation>Nicht gespeichert</translation>
        </message>
        <message>
            <location filename="../../editor/gui/main_window.py" line="265" />
            <source>Newsdesk found unsaved changes to this article from %1 that are newer than the saved file (the app may have closed unexpectedly).

Restore them?</source>
            <translation>Newsdesk hat ungespeicherte Änderungen an diesem Artikel vom %1 gefunden, die neuer sind als die gespeicherte Datei (das Programm wurde vielleicht unerwartet beendet).

Wiederherstellen?</translation>
        </message>
        <message>
            <location filename="../../editor/gui/main_window.py" line="268" />
            <source>Restore Unsaved Changes</source>
            <translation>Ungespeicherte Änderungen wiederherstellen</translation>
        </message>
        <message>
            <location filename="../../editor/gui/main_window.py" line="273" />
            <source>Open Workspace</source>
            <translation>Arbeitsbereich öffnen</translation>
        </message>
        <message>
            <location filename="../../editor/gui/main_window.py" line="278" />
            <source>Cannot open the workspace</source>
            <translation>Der Arbeitsbereich kann nicht geöffnet werden</translation>
        </message>
        <message>
            <location filename="../../editor/gui/main_window.py" line="300" />
            <source>About Newsdesk</source>
            <translation>Über Newsdesk</translation>
        </message>
        <message>
            <location filename="../../editor/gui/main_window.py" line="301" />
            <source>Newsdesk %1
Write, credit, review and export news articles.</source>
            <translation>Newsdesk %1
Nachrichtenartikel schreiben, mit Bildnachweisen versehen, prüfen und exportieren.</translation>
        </message>
        <message>
            <location filename="../../editor/gui/main_window.py" line="320" />
            <source>Not Saved</source>
            <translation>Nicht gespeichert</translation>
        </message>
        <message>
            <location filename="../../editor/gui/main_window.py" line="321" />
            <source>The article could not be saved: %1

Quit anyway? The text is kept in the recovery journal and offered at the next start.</source>
            <translation>Der Artikel konnte nicht gespeichert werden: %1

Trotzdem beenden? Der Text bleibt im Wiederherstellungsjournal und wird beim nächsten Start angeboten.</translation>
        </message>
    </context>
    <context>
        <name>MetadataForm</name>
        <message>
            <location filename="../../editor/gui/editor_pane/metadata_form.py" line="143" />
            <source>%1 / %2 characters</source>
            <translation>%1 / %2 Zeichen</translation>
        </message>
        <message>
            <location filename="../../editor/gui/editor_pane/metadata_form.py" line="148" />
            <source>&amp;Title:</source>
            <translation>&amp;Titel:</translation>
        </message>
        <message>
            <location filename="../../editor/gui/editor_pane/metadata_form.py" line="149" />
            <source>&amp;Kicker:</source>
            <translation>&amp;Dachzeile:</translation>
        </message>
        <message>
            <location filename="../../editor/gui/editor_pane/metadata_form.py" line="150" />
            <source>&amp;Date:</source>
            <translation>D&amp;atum:</translation>
        </message>
        <message>
            <location filename="../../editor/gui/editor_pane/metadata_form.py" line="151" />
            <source>A&amp;uthor:</source>
            <translation>A&amp;utor:</translation>
        </message>
        <message>
            <location filename="../../editor/gui/editor_pane/metadata_form.py" line="152" />
            <source>&amp;Lead:</source>
            <translation>&amp;Vorspann:</translation>
        </message>
        <message>
            <location filename="../../editor/gui/editor_pane/metadata_form.py" line="153" />
            <source>Ta&amp;gs:</source>
            <translation>&amp;Schlagwörter:</translation>
        </message>
        <message>
            <location filename="../../editor/gui/editor_pane/metadata_form.py" line="154" />
            <source>Headline of the article</source>
            <translation>Überschrift des Artikels</translation>
        </message>
        <message>
            <location filename="../../editor/gui/editor_pane/metadata_form.py" line="155" />
            <source>e.g. News</source>
            <translation>z. B. Aktuelles</translation>
        </message>
        <message>
            <location filename="../../editor/gui/editor_pane/metadata_form.py" line="156" />
            <source>Office or person</source>
            <translation>Amt oder Person</translation>
        </message>
        <message>
            <location filename="../../editor/gui/editor_pane/metadata_form.py" line="157" />
            <source>One or two sentences that sum up the news</source>
            <translation>Ein oder zwei Sätze, die die Nachricht zusammenfassen</translation>
        </message>
        <message>
            <location filename="../../editor/gui/editor_pane/metadata_form.py" line="158" />
            <source>Comma-separated, e.g. Traffic, City council</source>
            <translation>Durch Kommas getrennt, z. B. Verkehr, Stadtrat</translation>
        </message>
    </context>
    <context>
        <name>SaveBanner</name>
        <message>
            <location filename="../../editor/gui/save_banner.py" line="28" />
            <source>Try &amp;Again</source>
            <translation>&amp;Erneut versuchen</translation>
        </message>
        <message>
            <location filename="../../editor/gui/save_banner.py" line="32" />
            <source>%1
Your text is kept here and saving is retried automatically.</source>
            <translation>%1
Ihr Text bleibt hier erhalten; das Speichern wird automatisch wiederholt.</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <location filename="../../editor/gui/settings_dialog.py" line="23" />
            <source>Settings</source>
            <translation>Einstellungen</translation>
        </message>
        <message>
            <location filename="../../editor/gui/settings_dialog.py" line="25" />
            <source>Shown with your reviews and comments</source>
            <translation>Wird bei Ihren Prüfungen und Kommentaren angezeigt</translation>
        </message>
        <message>
            <location filename="../../editor/gui/settings_dialog.py" line="27" />
            <source>System language</source>
            <translation>Systemsprache</translation>
        </message>
        <message>
            <location filename="../../editor/gui/settings_dialog.py" line="44" />
            <source>Desktop</source>
            <translation>Desktop</translation>
        </message>
        <message>
            <location filename="../../editor/gui/settings_dialog.py" line="45" />
            <source>Mobile</source>
            <translation>Mobil</translation>
        </message>
        <message>
            <location filename="../../editor/gui/settings_dialog.py" line="53" />
            <source>Your &amp;name:</source>
            <translation>Ihr &amp;Name:</translation>
        </message>
        <message>
            <location filename="../../editor/gui/settings_dialog.py" line="54" />
            <source>&amp;Language:</source>
            <translation>&amp;Sprache:</translation>
        </message>
        <message>
            <location filename="../../editor/gui/settings_dialog.py" line="55" />
            <source>&amp;Save after a pause of:</source>
            <translation>Speichern nach einer &amp;Pause von:</translation>
        </message>
        <message>
            <location filename="../../editor/gui/settings_dialog.py" line="56" />
            <source>Editor &amp;font:</source>
            <translation>Editor-Schrift&amp;art:</translation>
        </message>
        <message>
            <location filename="../../editor/gui/settings_dialog.py" line="57" />
            <source>Font si&amp;ze:</source>
            <translation>Schrift&amp;größe:</translation>
        </message>
        <message>
            <location filename="../../editor/gui/settings_dialog.py" line="58" />
            <source>&amp;Preview width:</source>
            <translation>&amp;Vorschaubreite:</translation>
        </message>
    </context>
    <context>
        <name>Status</name>
        <message>
            <location filename="../../editor/gui/workspace_panel/panel.py" line="28" />
            <source>Draft</source>
            <translation>Entwurf</translation>
        </message>
        <message>
            <location filename="../../editor/gui/workspace_panel/panel.py" line="29" />
            <source>In review</source>
            <translation>In Prüfung</translation>
        </message>
        <message>
            <location filename="../../editor/gui/workspace_panel/panel.py" line="30" />
            <source>Changes requested</source>
            <translation>Änderungen erbeten</translation>
        </message>
        <message>
            <location filename="../../editor/gui/workspace_panel/panel.py" line="31" />
            <source>Approved</source>
            <translation>Freigegeben</translation>
        </message>
        <message>
            <location filename="../../editor/gui/workspace_panel/panel.py" line="32" />
            <source>Changed since approval</source>
            <translation>Seit Freigabe geändert</translation>
        </message>
        <message>
            <location filename="../../editor/gui/workspace_panel/panel.py" line="33" />
            <source>Published</source>
            <translation>Veröffentlicht</translation>
        </message>
    </context>
    <context>
        <name>Undo</name>
        <message>
            <location filename="../../editor/gui/undo.py" line="52" />
            <source>Edit %1</source>
            <translation>%1 bearbeiten</translation>
        </message>
        <message>
            <location filename="../../editor/gui/undo.py" line="79" />
            <source>Typing</source>
            <translation>Tippen</translation>
        </message>
    </context>
    <context>
        <name>WorkspacePanel</name>
        <message>
            <location filename="../../editor/gui/workspace_panel/panel.py" line="153" />
            <source>Search title, lead, tags and text</source>
            <translation>Titel, Vorspann, Schlagwörter und Text durchsuchen</translation>
        </message>
        <message>
            <location filename="../../editor/gui/workspace_panel/panel.py" line="154" />
            <source>Title</source>
            <translation>Titel</translation>
        </message>
        <message>
            <location filename="../../editor/gui/workspace_panel/panel.py" line="154" />
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <location filename="../../editor/gui/workspace_panel/panel.py" line="154" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../editor/gui/workspace_panel/panel.py" line="158" />
            <source>All states</source>
            <translation>Alle Status</translation>
        </message>
    </context>
</TS>
