<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Actions</name>
    <message>
        <location filename="../../editor/gui/action_specs.py" line="89"/>
        <source>&amp;New Article…</source>
        <translation>&amp;Neuer Artikel…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/action_specs.py" line="91"/>
        <source>Create an article</source>
        <translation>Einen Artikel anlegen</translation>
    </message>
    <message>
        <location filename="../../editor/gui/action_specs.py" line="95"/>
        <source>&amp;Open Workspace…</source>
        <translation>Arbeitsbereich ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/action_specs.py" line="97"/>
        <source>Open another workspace folder</source>
        <translation>Einen anderen Arbeitsbereich-Ordner öffnen</translation>
    </message>
    <message>
        <location filename="../../editor/gui/action_specs.py" line="107"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location filename="../../editor/gui/action_specs.py" line="109"/>
        <source>Save now (edits save themselves)</source>
        <translation>Jetzt speichern (Änderungen werden auch von selbst gespeichert)</translation>
    </message>
    <message>
        <location filename="../../editor/gui/action_specs.py" line="113"/>
        <source>&amp;Export…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/action_specs.py" line="115"/>
        <source>Export the article as a publish-ready bundle</source>
        <translation>Den Artikel als veröffentlichungsfertiges Paket exportieren</translation>
    </message>
    <message>
        <location filename="../../editor/gui/action_specs.py" line="127"/>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/action_specs.py" line="129"/>
        <source>Edit your preferences</source>
        <translation>Persönliche Einstellungen bearbeiten</translation>
    </message>
    <message>
        <location filename="../../editor/gui/action_specs.py" line="131"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../../editor/gui/action_specs.py" line="133"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location filename="../../editor/gui/action_specs.py" line="135"/>
        <source>Undo the last text or field edit</source>
        <translation>Die letzte Text- oder Feldänderung rückgängig machen</translation>
    </message>
    <message>
        <location filename="../../editor/gui/action_specs.py" line="139"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location filename="../../editor/gui/action_specs.py" line="141"/>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <location filename="../../editor/gui/action_specs.py" line="150"/>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/action_specs.py" line="152"/>
        <source>Find in the text</source>
        <translation>Im Text suchen</translation>
    </message>
    <message>
        <location filename="../../editor/gui/action_specs.py" line="155"/>
        <source>R&amp;eplace…</source>
        <translation>E&amp;rsetzen…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/action_specs.py" line="157"/>
        <source>Find and replace</source>
        <translation>Suchen und ersetzen</translation>
    </message>
    <message>
        <location filename="../../editor/gui/action_specs.py" line="160"/>
        <source>&amp;Bold</source>
        <translation>&amp;Fett</translation>
    </message>
    <message>
        <location filename="../../editor/gui/action_specs.py" line="162"/>
        <source>Bold (**text**)</source>
        <translation>Fett (**Text**)</translation>
    </message>
    <message>
        <location filename="../../editor/gui/action_specs.py" line="166"/>
        <source>&amp;Italic</source>
        <translation>&amp;Kursiv</translation>
    </message>
    <message>
        <location filename="../../editor/gui/action_specs.py" line="168"/>
        <source>Italic (*text*)</source>
        <translation>Kursiv (*Text*)</translation>
    </message>
    <message>
        <location filename="../../editor/gui/action_specs.py" line="172"/>
        <source>&amp;Link…</source>
        <translation>&amp;Link…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/action_specs.py" line="174"/>
        <source>Insert a link</source>
        <translation>Einen Link einfügen</translation>
    </message>
    <message>
        <location filename="../../editor/gui/action_specs.py" line="178"/>
        <source>&amp;Heading</source>
        <translation>Ü&amp;berschrift</translation>
    </message>
    <message>
        <location filename="../../editor/gui/action_specs.py" line="180"/>
        <source>Heading (## )</source>
        <translation>Zwischenüberschrift (## )</translation>
    </message>
    <message>
        <location filename="../../editor/gui/action_specs.py" line="184"/>
        <source>&amp;Subheading</source>
        <translation>&amp;Unterüberschrift</translation>
    </message>
    <message>
        <location filename="../../editor/gui/action_specs.py" line="186"/>
        <source>Subheading (### )</source>
        <translation>Unterüberschrift (### )</translation>
    </message>
    <message>
        <location filename="../../editor/gui/action_specs.py" line="190"/>
        <source>B&amp;ulleted List</source>
        <translation>&amp;Aufzählung</translation>
    </message>
    <message>
        <location filename="../../editor/gui/action_specs.py" line="230"/>
        <source>&amp;Reload Article List</source>
        <translation>Artikelliste &amp;neu einlesen</translation>
    </message>
    <message>
        <location filename="../../editor/gui/action_specs.py" line="192"/>
        <source>Bulleted list (- )</source>
        <translation>Aufzählung (- )</translation>
    </message>
    <message>
        <location filename="../../editor/gui/action_specs.py" line="101"/>
        <source>&amp;Import Document…</source>
        <translation>Dokument &amp;importieren…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/action_specs.py" line="103"/>
        <source>Create an article from a Word (.docx) or LibreOffice (.odt) document</source>
        <translation>Einen Artikel aus einem Word- (.docx) oder LibreOffice-Dokument (.odt) erstellen</translation>
    </message>
    <message>
        <location filename="../../editor/gui/action_specs.py" line="120"/>
        <source>S&amp;ynchronise</source>
        <translation>S&amp;ynchronisieren</translation>
    </message>
    <message>
        <location filename="../../editor/gui/action_specs.py" line="122"/>
        <source>Send your changes to the team&apos;s Git server and fetch theirs</source>
        <translation>Ihre Änderungen an den Git-Server des Teams senden und die der anderen holen</translation>
    </message>
    <message>
        <location filename="../../editor/gui/action_specs.py" line="145"/>
        <source>Paste as Plain &amp;Text</source>
        <translation>Als reinen &amp;Text einfügen</translation>
    </message>
    <message>
        <location filename="../../editor/gui/action_specs.py" line="147"/>
        <source>Paste the text without its formatting</source>
        <translation>Den Text ohne seine Formatierung einfügen</translation>
    </message>
    <message>
        <location filename="../../editor/gui/action_specs.py" line="196"/>
        <source>&amp;Quote</source>
        <translation>&amp;Zitat</translation>
    </message>
    <message>
        <location filename="../../editor/gui/action_specs.py" line="198"/>
        <source>Quote (&gt; )</source>
        <translation>Zitat (&gt; )</translation>
    </message>
    <message>
        <location filename="../../editor/gui/action_specs.py" line="202"/>
        <source>&amp;Duplicate Article</source>
        <translation>Artikel &amp;duplizieren</translation>
    </message>
    <message>
        <location filename="../../editor/gui/action_specs.py" line="204"/>
        <source>Copy the selected article</source>
        <translation>Den ausgewählten Artikel kopieren</translation>
    </message>
    <message>
        <location filename="../../editor/gui/action_specs.py" line="208"/>
        <source>&amp;Rename Article…</source>
        <translation>Artikel &amp;umbenennen…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/action_specs.py" line="210"/>
        <source>New title and folder name</source>
        <translation>Neuer Titel und Ordnername</translation>
    </message>
    <message>
        <location filename="../../editor/gui/action_specs.py" line="214"/>
        <source>D&amp;elete Article…</source>
        <translation>Artikel &amp;löschen…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/action_specs.py" line="216"/>
        <source>Move the selected article to the trash</source>
        <translation>Den ausgewählten Artikel in den Papierkorb verschieben</translation>
    </message>
    <message>
        <location filename="../../editor/gui/action_specs.py" line="220"/>
        <source>&amp;Versions…</source>
        <translation>&amp;Versionen…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/action_specs.py" line="222"/>
        <source>Earlier saved versions of the article</source>
        <translation>Früher gespeicherte Fassungen des Artikels</translation>
    </message>
    <message>
        <location filename="../../editor/gui/action_specs.py" line="225"/>
        <source>&amp;Trash…</source>
        <translation>&amp;Papierkorb…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/action_specs.py" line="227"/>
        <source>Restore deleted articles</source>
        <translation>Gelöschte Artikel wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../editor/gui/action_specs.py" line="232"/>
        <source>Read the workspace again (changes by others)</source>
        <translation>Den Arbeitsbereich neu einlesen (Änderungen anderer)</translation>
    </message>
    <message>
        <location filename="../../editor/gui/action_specs.py" line="235"/>
        <source>Article &amp;List</source>
        <translation>Artikel&amp;liste</translation>
    </message>
    <message>
        <location filename="../../editor/gui/action_specs.py" line="237"/>
        <source>Go to the article list</source>
        <translation>Zur Artikelliste wechseln</translation>
    </message>
    <message>
        <location filename="../../editor/gui/action_specs.py" line="240"/>
        <source>&amp;Search Articles</source>
        <translation>Artikel &amp;suchen</translation>
    </message>
    <message>
        <location filename="../../editor/gui/action_specs.py" line="242"/>
        <source>Go to the search field of the article list</source>
        <translation>Zum Suchfeld der Artikelliste wechseln</translation>
    </message>
    <message>
        <location filename="../../editor/gui/action_specs.py" line="245"/>
        <source>&amp;Editor</source>
        <translation>&amp;Editor</translation>
    </message>
    <message>
        <location filename="../../editor/gui/action_specs.py" line="247"/>
        <source>Go to the text</source>
        <translation>Zum Text wechseln</translation>
    </message>
    <message>
        <location filename="../../editor/gui/action_specs.py" line="250"/>
        <source>Preview: &amp;Desktop Width</source>
        <translation>Vorschau: &amp;Desktop-Breite</translation>
    </message>
    <message>
        <location filename="../../editor/gui/action_specs.py" line="252"/>
        <source>Preview at desktop width</source>
        <translation>Vorschau in Desktop-Breite</translation>
    </message>
    <message>
        <location filename="../../editor/gui/action_specs.py" line="257"/>
        <source>Preview: &amp;Mobile Width</source>
        <translation>Vorschau: &amp;Mobil-Breite</translation>
    </message>
    <message>
        <location filename="../../editor/gui/action_specs.py" line="259"/>
        <source>Preview at phone width</source>
        <translation>Vorschau in Smartphone-Breite</translation>
    </message>
    <message>
        <location filename="../../editor/gui/action_specs.py" line="264"/>
        <source>&amp;Problems</source>
        <translation>&amp;Probleme</translation>
    </message>
    <message>
        <location filename="../../editor/gui/action_specs.py" line="266"/>
        <source>Show every problem of the article</source>
        <translation>Alle Probleme des Artikels anzeigen</translation>
    </message>
    <message>
        <location filename="../../editor/gui/action_specs.py" line="269"/>
        <source>&amp;Next Pane</source>
        <translation>Nächster &amp;Bereich</translation>
    </message>
    <message>
        <location filename="../../editor/gui/action_specs.py" line="271"/>
        <source>Move the focus to the next pane</source>
        <translation>Den Fokus in den nächsten Bereich setzen</translation>
    </message>
    <message>
        <location filename="../../editor/gui/action_specs.py" line="274"/>
        <source>Pre&amp;vious Pane</source>
        <translation>&amp;Vorheriger Bereich</translation>
    </message>
    <message>
        <location filename="../../editor/gui/action_specs.py" line="276"/>
        <source>Move the focus to the previous pane</source>
        <translation>Den Fokus in den vorherigen Bereich setzen</translation>
    </message>
    <message>
        <location filename="../../editor/gui/action_specs.py" line="280"/>
        <source>&amp;Add Photos…</source>
        <translation>&amp;Fotos hinzufügen…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/action_specs.py" line="282"/>
        <source>Attach photos to the article</source>
        <translation>Fotos an den Artikel anhängen</translation>
    </message>
    <message>
        <location filename="../../editor/gui/action_specs.py" line="286"/>
        <source>&amp;Insert Photo in Text</source>
        <translation>Foto in den Text &amp;einfügen</translation>
    </message>
    <message>
        <location filename="../../editor/gui/action_specs.py" line="288"/>
        <source>Insert the selected photo at the cursor in the text</source>
        <translation>Das ausgewählte Foto an der Cursorposition in den Text einfügen</translation>
    </message>
    <message>
        <location filename="../../editor/gui/action_specs.py" line="292"/>
        <source>&amp;Credits…</source>
        <translation>&amp;Bildnachweis…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/action_specs.py" line="294"/>
        <source>Edit caption, alt text and credits of the selected photo</source>
        <translation>Bildunterschrift, Alternativtext und Bildnachweis des ausgewählten Fotos bearbeiten</translation>
    </message>
    <message>
        <location filename="../../editor/gui/action_specs.py" line="298"/>
        <source>Use as &amp;Lead Photo</source>
        <translation>Als &amp;Aufmacherfoto verwenden</translation>
    </message>
    <message>
        <location filename="../../editor/gui/action_specs.py" line="300"/>
        <source>Use the selected photo as the article&apos;s lead photo</source>
        <translation>Das ausgewählte Foto als Aufmacherfoto des Artikels verwenden</translation>
    </message>
    <message>
        <location filename="../../editor/gui/action_specs.py" line="304"/>
        <source>R&amp;eplace Photo File…</source>
        <translation>Fotodatei e&amp;rsetzen…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/action_specs.py" line="306"/>
        <source>Use another file for the selected photo, keeping the credits</source>
        <translation>Eine andere Datei für das ausgewählte Foto verwenden; der Bildnachweis bleibt</translation>
    </message>
    <message>
        <location filename="../../editor/gui/action_specs.py" line="311"/>
        <source>Move Photo &amp;Up</source>
        <translation>Foto nach &amp;oben</translation>
    </message>
    <message>
        <location filename="../../editor/gui/action_specs.py" line="313"/>
        <source>Move the selected photo up</source>
        <translation>Das ausgewählte Foto nach oben verschieben</translation>
    </message>
    <message>
        <location filename="../../editor/gui/action_specs.py" line="317"/>
        <source>Move Photo &amp;Down</source>
        <translation>Foto nach &amp;unten</translation>
    </message>
    <message>
        <location filename="../../editor/gui/action_specs.py" line="319"/>
        <source>Move the selected photo down</source>
        <translation>Das ausgewählte Foto nach unten verschieben</translation>
    </message>
    <message>
        <location filename="../../editor/gui/action_specs.py" line="323"/>
        <source>&amp;Remove Photo…</source>
        <translation>Foto aus dem Artikel ne&amp;hmen…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/action_specs.py" line="325"/>
        <source>Remove the selected photo from the article</source>
        <translation>Das ausgewählte Foto aus dem Artikel nehmen</translation>
    </message>
    <message>
        <location filename="../../editor/gui/action_specs.py" line="330"/>
        <source>&amp;Submit for Review</source>
        <translation>Zur Prüfung &amp;einreichen</translation>
    </message>
    <message>
        <location filename="../../editor/gui/action_specs.py" line="332"/>
        <source>Ask for a review of the saved article</source>
        <translation>Den gespeicherten Artikel zur Prüfung geben</translation>
    </message>
    <message>
        <location filename="../../editor/gui/action_specs.py" line="335"/>
        <source>&amp;Approve</source>
        <translation>&amp;Freigeben</translation>
    </message>
    <message>
        <location filename="../../editor/gui/action_specs.py" line="337"/>
        <source>Approve the article as it is saved</source>
        <translation>Den Artikel so freigeben, wie er gespeichert ist</translation>
    </message>
    <message>
        <location filename="../../editor/gui/action_specs.py" line="340"/>
        <source>Request &amp;Changes</source>
        <translation>Änderungen &amp;anfordern</translation>
    </message>
    <message>
        <location filename="../../editor/gui/action_specs.py" line="342"/>
        <source>Send the article back with the comment as the request</source>
        <translation>Den Artikel mit dem Kommentar als Änderungswunsch zurückgeben</translation>
    </message>
    <message>
        <location filename="../../editor/gui/action_specs.py" line="345"/>
        <source>&amp;Reopen</source>
        <translation>&amp;Wieder öffnen</translation>
    </message>
    <message>
        <location filename="../../editor/gui/action_specs.py" line="347"/>
        <source>Reopen the review</source>
        <translation>Die Prüfung wieder öffnen</translation>
    </message>
    <message>
        <location filename="../../editor/gui/action_specs.py" line="350"/>
        <source>Co&amp;mment</source>
        <translation>&amp;Kommentieren</translation>
    </message>
    <message>
        <location filename="../../editor/gui/action_specs.py" line="352"/>
        <source>Add the comment box&apos;s text as a comment (an empty box gets the focus)</source>
        <translation>Den Text des Kommentarfelds als Kommentar hinzufügen (ein leeres Feld erhält den Fokus)</translation>
    </message>
    <message>
        <location filename="../../editor/gui/action_specs.py" line="356"/>
        <source>S&amp;how Changes Since Approval</source>
        <translation>Änderungen seit Freigabe &amp;zeigen</translation>
    </message>
    <message>
        <location filename="../../editor/gui/action_specs.py" line="358"/>
        <source>Mark what changed since the approval in the preview</source>
        <translation>Markiert in der Vorschau, was sich seit der Freigabe geändert hat</translation>
    </message>
    <message>
        <location filename="../../editor/gui/action_specs.py" line="362"/>
        <source>Re&amp;view Mode</source>
        <translation>Prüf&amp;modus</translation>
    </message>
    <message>
        <location filename="../../editor/gui/action_specs.py" line="364"/>
        <source>Read the preview with the room of list and editor</source>
        <translation>Die Vorschau mit dem Platz von Liste und Editor lesen</translation>
    </message>
    <message>
        <location filename="../../editor/gui/action_specs.py" line="368"/>
        <source>Save Preview as &amp;PDF…</source>
        <translation>Vorschau als &amp;PDF speichern…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/action_specs.py" line="370"/>
        <source>Save the preview as a PDF with the review state in the footer</source>
        <translation>Die Vorschau als PDF mit dem Prüfstatus in der Fußzeile speichern</translation>
    </message>
    <message>
        <location filename="../../editor/gui/action_specs.py" line="374"/>
        <source>&amp;Guide</source>
        <translation>&amp;Anleitung</translation>
    </message>
    <message>
        <location filename="../../editor/gui/action_specs.py" line="376"/>
        <source>A short guide to Newsdesk</source>
        <translation>Eine kurze Anleitung zu Newsdesk</translation>
    </message>
    <message>
        <location filename="../../editor/gui/action_specs.py" line="379"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../../editor/gui/action_specs.py" line="381"/>
        <source>Every action and its shortcut</source>
        <translation>Jede Aktion und ihr Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../../editor/gui/action_specs.py" line="383"/>
        <source>&amp;About Newsdesk</source>
        <translation>Ü&amp;ber Newsdesk</translation>
    </message>
    <message>
        <location filename="../../editor/gui/action_specs.py" line="389"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../../editor/gui/action_specs.py" line="393"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../../editor/gui/action_specs.py" line="396"/>
        <source>F&amp;ormat</source>
        <translation>F&amp;ormat</translation>
    </message>
    <message>
        <location filename="../../editor/gui/action_specs.py" line="400"/>
        <source>&amp;Article</source>
        <translation>&amp;Artikel</translation>
    </message>
    <message>
        <location filename="../../editor/gui/action_specs.py" line="412"/>
        <source>&amp;View</source>
        <translation>A&amp;nsicht</translation>
    </message>
    <message>
        <location filename="../../editor/gui/action_specs.py" line="428"/>
        <source>&amp;Photos</source>
        <translation>&amp;Fotos</translation>
    </message>
    <message>
        <location filename="../../editor/gui/action_specs.py" line="442"/>
        <source>&amp;Review</source>
        <translation>&amp;Prüfung</translation>
    </message>
    <message>
        <location filename="../../editor/gui/action_specs.py" line="455"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
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
        <translation>Neuer Artikel</translation>
    </message>
    <message>
        <location filename="../../editor/gui/workspace_panel/ops.py" line="38"/>
        <source>Title:</source>
        <translation>Titel:</translation>
    </message>
    <message>
        <location filename="../../editor/gui/workspace_panel/ops.py" line="57"/>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <location filename="../../editor/gui/workspace_panel/ops.py" line="72"/>
        <location filename="../../editor/gui/workspace_panel/ops.py" line="82"/>
        <source>Rename Article</source>
        <translation>Artikel umbenennen</translation>
    </message>
    <message>
        <location filename="../../editor/gui/workspace_panel/ops.py" line="73"/>
        <source>New title:</source>
        <translation>Neuer Titel:</translation>
    </message>
    <message>
        <location filename="../../editor/gui/workspace_panel/ops.py" line="78"/>
        <source>Rename the article to “%1”?

Its folder and web address change from “%2” to “%3”.</source>
        <translation>Den Artikel in „%1“ umbenennen?

Sein Ordner und seine Webadresse ändern sich von „%2“ in „%3“.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/workspace_panel/ops.py" line="101"/>
        <source>Move “%1” to the workspace&apos;s trash?

It can be restored from there.</source>
        <translation>„%1“ in den Papierkorb des Arbeitsbereichs verschieben?

Dort kann der Artikel wiederhergestellt werden.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/workspace_panel/ops.py" line="103"/>
        <source>Delete Article</source>
        <translation>Artikel löschen</translation>
    </message>
</context>
<context>
    <name>ChangesList</name>
    <message>
        <location filename="../../editor/gui/review/changes_list.py" line="137"/>
        <source>Show changes since approval</source>
        <translation>Änderungen seit Freigabe zeigen</translation>
    </message>
    <message>
        <location filename="../../editor/gui/review/changes_list.py" line="138"/>
        <source>Show the article in the preview with inserted words underlined and deleted ones struck through</source>
        <translation>Den Artikel in der Vorschau zeigen, eingefügte Wörter unterstrichen, gelöschte durchgestrichen</translation>
    </message>
    <message>
        <location filename="../../editor/gui/review/changes_list.py" line="141"/>
        <source>Show raw diff</source>
        <translation>Rohdiff zeigen</translation>
    </message>
    <message>
        <location filename="../../editor/gui/review/changes_list.py" line="142"/>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <location filename="../../editor/gui/review/changes_list.py" line="142"/>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <location filename="../../editor/gui/review/changes_list.py" line="142"/>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <location filename="../../editor/gui/review/changes_list.py" line="143"/>
        <source>Changed metadata and photo credits</source>
        <translation>Geänderte Metadaten und Bildangaben</translation>
    </message>
    <message>
        <location filename="../../editor/gui/review/changes_list.py" line="144"/>
        <source>Raw diff</source>
        <translation>Rohdiff</translation>
    </message>
    <message>
        <location filename="../../editor/gui/review/changes_list.py" line="165"/>
        <source>Changes since the approval by %1 on %2</source>
        <translation>Änderungen seit der Freigabe durch %1 am %2</translation>
    </message>
    <message>
        <location filename="../../editor/gui/review/changes_list.py" line="168"/>
        <source>Changes since the approval on %1</source>
        <translation>Änderungen seit der Freigabe am %1</translation>
    </message>
    <message>
        <location filename="../../editor/gui/review/changes_list.py" line="170"/>
        <source>Changes since the approval</source>
        <translation>Änderungen seit der Freigabe</translation>
    </message>
    <message>
        <location filename="../../editor/gui/review/changes_list.py" line="176"/>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <location filename="../../editor/gui/review/changes_list.py" line="185"/>
        <source>Nothing has changed since the approval.</source>
        <translation>Seit der Freigabe hat sich nichts geändert.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/review/changes_list.py" line="187"/>
        <source>The text has changed: “Show changes since approval” shows it in the preview, inserted words underlined, deleted ones struck through.</source>
        <translation>Der Text wurde geändert: „Änderungen seit Freigabe zeigen“ zeigt ihn in der Vorschau, eingefügte Wörter unterstrichen, gelöschte durchgestrichen.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/review/changes_list.py" line="191"/>
        <source>The text has not changed.</source>
        <translation>Der Text ist unverändert.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/review/changes_list.py" line="193"/>
        <source>No metadata or photo credit has changed.</source>
        <translation>Keine Metadaten und keine Bildangaben wurden geändert.</translation>
    </message>
</context>
<context>
    <name>ChangesMode</name>
    <message>
        <location filename="../../editor/gui/preview/changes.py" line="170"/>
        <source>Changes since approval</source>
        <translation>Änderungen seit der Freigabe</translation>
    </message>
    <message>
        <location filename="../../editor/gui/preview/changes.py" line="170"/>
        <source>Inserted</source>
        <translation>Eingefügt</translation>
    </message>
    <message>
        <location filename="../../editor/gui/preview/changes.py" line="171"/>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <location filename="../../editor/gui/preview/changes.py" line="171"/>
        <source>Inserted:</source>
        <translation>Eingefügt:</translation>
    </message>
    <message>
        <location filename="../../editor/gui/preview/changes.py" line="172"/>
        <source>End of insertion.</source>
        <translation>Ende der Einfügung.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/preview/changes.py" line="173"/>
        <source>Deleted:</source>
        <translation>Gelöscht:</translation>
    </message>
    <message>
        <location filename="../../editor/gui/preview/changes.py" line="174"/>
        <source>End of deletion.</source>
        <translation>Ende der Löschung.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/preview/changes.py" line="181"/>
        <source>Showing changes since approval of %1 by %2.</source>
        <translation>Änderungen seit der Freigabe vom %1 durch %2.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/preview/changes.py" line="184"/>
        <source>Showing changes since approval of %1.</source>
        <translation>Änderungen seit der Freigabe vom %1.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/preview/changes.py" line="188"/>
        <source>Underlined: inserted (%1), struck through: deleted (%2).</source>
        <translation>Unterstrichen: eingefügt (%1), durchgestrichen: gelöscht (%2).</translation>
    </message>
    <message>
        <location filename="../../editor/gui/preview/changes.py" line="192"/>
        <source>The text has not changed.</source>
        <translation>Der Text ist unverändert.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/preview/changes.py" line="202"/>
        <location filename="../../editor/gui/preview/changes.py" line="218"/>
        <source>The changes could not be shown: %1</source>
        <translation>Die Änderungen können nicht angezeigt werden: %1</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../editor/gui/safety/conflict.py" line="36"/>
        <source>Changed by Someone Else</source>
        <translation>Von jemand anderem geändert</translation>
    </message>
    <message>
        <location filename="../../editor/gui/safety/conflict.py" line="39"/>
        <source>“%1” was deleted or moved by someone else since you opened it. Your text has not been saved.</source>
        <translation>„%1“ wurde seit dem Öffnen von jemand anderem gelöscht oder verschoben. Ihr Text ist noch nicht gespeichert.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/safety/conflict.py" line="42"/>
        <source>“%1” was changed by someone else (or a sync program) since you opened it. Your text has not been saved, so nothing was overwritten.</source>
        <translation>„%1“ wurde seit dem Öffnen von jemand anderem (oder einem Sync-Programm) geändert. Ihr Text wurde nicht gespeichert, es wurde also nichts überschrieben.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/safety/conflict.py" line="45"/>
        <source>This article</source>
        <translation>Dieser Artikel</translation>
    </message>
    <message>
        <location filename="../../editor/gui/safety/conflict.py" line="49"/>
        <source>Differences between their text and yours</source>
        <translation>Unterschiede zwischen der gespeicherten Fassung und Ihrem Text</translation>
    </message>
    <message>
        <location filename="../../editor/gui/safety/conflict.py" line="56"/>
        <source>&amp;Reload Their Version</source>
        <translation>Deren Fassung &amp;neu laden</translation>
    </message>
    <message>
        <location filename="../../editor/gui/safety/conflict.py" line="57"/>
        <source>Discard your unsaved changes and show the article as it is on disk now.</source>
        <translation>Ihre ungespeicherten Änderungen verwerfen und den Artikel so zeigen, wie er jetzt auf dem Laufwerk liegt.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/safety/conflict.py" line="59"/>
        <location filename="../../editor/gui/safety/conflict.py" line="91"/>
        <source>Co&amp;mpare</source>
        <translation>&amp;Vergleichen</translation>
    </message>
    <message>
        <location filename="../../editor/gui/safety/conflict.py" line="91"/>
        <source>Hide Co&amp;mparison</source>
        <translation>&amp;Vergleich ausblenden</translation>
    </message>
    <message>
        <location filename="../../editor/gui/safety/conflict.py" line="61"/>
        <source>Save Mine as a &amp;Copy</source>
        <translation>Meine als &amp;Kopie speichern</translation>
    </message>
    <message>
        <location filename="../../editor/gui/safety/conflict.py" line="62"/>
        <source>Keep both: your text becomes a new article beside this one.</source>
        <translation>Beide behalten: Ihr Text wird ein neuer Artikel neben diesem.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/safety/conflict.py" line="64"/>
        <source>Keep &amp;Editing</source>
        <translation>&amp;Weiter bearbeiten</translation>
    </message>
    <message>
        <location filename="../../editor/gui/safety/conflict.py" line="82"/>
        <source>theirs (on disk)</source>
        <translation>deren (auf dem Laufwerk)</translation>
    </message>
    <message>
        <location filename="../../editor/gui/safety/conflict.py" line="83"/>
        <source>mine (not saved)</source>
        <translation>meine (nicht gespeichert)</translation>
    </message>
    <message>
        <location filename="../../editor/gui/safety/conflict.py" line="87"/>
        <source>The texts are identical.</source>
        <translation>Die Texte sind gleich.</translation>
    </message>
</context>
<context>
    <name>DocumentController</name>
    <message>
        <location filename="../../editor/gui/document.py" line="370"/>
        <source>A copy of your text is kept in %1</source>
        <translation>Eine Kopie Ihres Textes liegt in %1</translation>
    </message>
</context>
<context>
    <name>DocumentImport</name>
    <message>
        <location filename="../../editor/gui/import_document.py" line="27"/>
        <location filename="../../editor/gui/import_document.py" line="74"/>
        <location filename="../../editor/gui/import_document.py" line="97"/>
        <source>Import Document</source>
        <translation>Dokument importieren</translation>
    </message>
    <message>
        <location filename="../../editor/gui/import_document.py" line="28"/>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <location filename="../../editor/gui/import_document.py" line="75"/>
        <source>The document could not be imported.</source>
        <translation>Das Dokument konnte nicht importiert werden.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/import_document.py" line="83"/>
        <source>Photos without credits (export refuses them until credited): %1</source>
        <translation>Fotos ohne Bildnachweis (der Export verweigert sie, bis er ergänzt ist): %1</translation>
    </message>
    <message>
        <location filename="../../editor/gui/import_document.py" line="94"/>
        <source>Importing “%1”…</source>
        <translation>„%1“ wird importiert…</translation>
    </message>
</context>
<context>
    <name>EditLocks</name>
    <message>
        <location filename="../../editor/gui/safety/locking.py" line="32"/>
        <source>Read-only: this article is %1.</source>
        <translation>Schreibgeschützt: Dieser Artikel %1.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/safety/locking.py" line="71"/>
        <source>Read-only: you cannot save in this folder.</source>
        <translation>Schreibgeschützt: Sie können in diesem Ordner nicht speichern.</translation>
    </message>
</context>
<context>
    <name>EditorPane</name>
    <message>
        <location filename="../../editor/gui/editor_pane/pane.py" line="67"/>
        <source>bold text</source>
        <translation>fetter Text</translation>
    </message>
    <message>
        <location filename="../../editor/gui/editor_pane/pane.py" line="69"/>
        <source>italic text</source>
        <translation>kursiver Text</translation>
    </message>
    <message>
        <location filename="../../editor/gui/editor_pane/pane.py" line="70"/>
        <source>link text</source>
        <translation>Linktext</translation>
    </message>
    <message>
        <location filename="../../editor/gui/editor_pane/pane.py" line="101"/>
        <source>This article is open read-only.</source>
        <translation>Dieser Artikel ist nur zum Lesen geöffnet.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/editor_pane/pane.py" line="108"/>
        <source>Made a level-%1 heading instead of level %2, so that no heading skips a level (the title is level 1; a subheading needs a heading above it).</source>
        <translation>Überschrift der Ebene %1 statt %2 gesetzt, damit keine Ebene übersprungen wird (der Titel ist Ebene 1; eine Unterüberschrift braucht eine Überschrift darüber).</translation>
    </message>
    <message>
        <location filename="../../editor/gui/editor_pane/pane.py" line="113"/>
        <source>The heading stays: without it, the heading below would skip a level.</source>
        <translation>Die Überschrift bleibt: ohne sie würde die Überschrift darunter eine Ebene überspringen.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/editor_pane/pane.py" line="115"/>
        <source>No heading inside a code block.</source>
        <translation>Keine Überschrift in einem Codeblock.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/editor_pane/pane.py" line="121"/>
        <source>Not changed: this would break a code block or make a heading skip a level.</source>
        <translation>Nicht geändert: Das würde einen Codeblock zerstören oder eine Überschrift eine Ebene überspringen lassen.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/editor_pane/pane.py" line="143"/>
        <source>Select an article in the list, or create one with Article ▸ New Article.</source>
        <translation>Wählen Sie einen Artikel in der Liste aus oder legen Sie einen an mit Artikel ▸ Neuer Artikel.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/editor_pane/pane.py" line="145"/>
        <source>Write the article here in Markdown: ## for a subheading, **bold**, *italic*.</source>
        <translation>Schreiben Sie den Artikel hier in Markdown: ## für eine Zwischenüberschrift, **fett**, *kursiv*.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/editor_pane/pane.py" line="147"/>
        <source>Formatting</source>
        <translation>Formatierung</translation>
    </message>
    <message>
        <location filename="../../editor/gui/editor_pane/pane.py" line="149"/>
        <source>Article text</source>
        <translation>Artikeltext</translation>
    </message>
    <message>
        <location filename="../../editor/gui/editor_pane/pane.py" line="151"/>
        <source>Markdown: ## heading, ### subheading, **bold**, *italic*. Tab leaves the text.</source>
        <translation>Markdown: ## Überschrift, ### Unterüberschrift, **fett**, *kursiv*. Tab verlässt den Text.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../editor/gui/export/dialog.py" line="126"/>
        <source>Export “%1”</source>
        <translation>„%1“ exportieren</translation>
    </message>
    <message>
        <location filename="../../editor/gui/export/dialog.py" line="128"/>
        <source>&amp;Output folder:</source>
        <translation>Ausgabe&amp;ordner:</translation>
    </message>
    <message>
        <location filename="../../editor/gui/export/dialog.py" line="129"/>
        <source>&amp;Choose…</source>
        <translation>&amp;Wählen…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/export/dialog.py" line="130"/>
        <source>Also write a .&amp;zip file</source>
        <translation>Zusätzlich eine .&amp;zip-Datei schreiben</translation>
    </message>
    <message>
        <location filename="../../editor/gui/export/dialog.py" line="131"/>
        <source>&amp;Open Folder</source>
        <translation>Ordner ö&amp;ffnen</translation>
    </message>
    <message>
        <location filename="../../editor/gui/export/dialog.py" line="132"/>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <location filename="../../editor/gui/export/dialog.py" line="133"/>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <location filename="../../editor/gui/export/dialog.py" line="137"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../editor/gui/export/dialog.py" line="138"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../../editor/gui/export/dialog.py" line="143"/>
        <source>Export to folder</source>
        <translation>In Ordner exportieren</translation>
    </message>
    <message>
        <location filename="../../editor/gui/export/dialog.py" line="165"/>
        <source>Choose an output folder first.</source>
        <translation>Bitte zuerst einen Ausgabeordner wählen.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/export/dialog.py" line="170"/>
        <source>Not exported: the export folder is inside the workspace %1; choose a folder outside it.</source>
        <translation>Nicht exportiert: Der Exportordner liegt im Arbeitsbereich %1; wählen Sie einen Ordner außerhalb.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/export/dialog.py" line="175"/>
        <source>The article could not be saved, so it was not exported. Fix the save problem first.</source>
        <translation>Der Artikel konnte nicht gespeichert werden und wurde daher nicht exportiert. Bitte zuerst das Speicherproblem beheben.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/export/dialog.py" line="196"/>
        <source>Exporting…</source>
        <translation>Wird exportiert…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/export/dialog.py" line="204"/>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/export/dialog.py" line="233"/>
        <source>Preparing photos: %1 of %2</source>
        <translation>Fotos werden vorbereitet: %1 von %2</translation>
    </message>
    <message>
        <location filename="../../editor/gui/export/dialog.py" line="236"/>
        <source>Rendering the page…</source>
        <translation>Die Seite wird erzeugt …</translation>
    </message>
    <message>
        <location filename="../../editor/gui/export/dialog.py" line="243"/>
        <source>Already up to date: %1</source>
        <translation>Bereits aktuell: %1</translation>
    </message>
    <message>
        <location filename="../../editor/gui/export/dialog.py" line="245"/>
        <source>Exported to %1</source>
        <translation>Exportiert nach %1</translation>
    </message>
    <message>
        <location filename="../../editor/gui/export/dialog.py" line="247"/>
        <source>Zip file: %1</source>
        <translation>Zip-Datei: %1</translation>
    </message>
    <message>
        <location filename="../../editor/gui/export/dialog.py" line="256"/>
        <source>Not exported. Problems to fix first: %1</source>
        <translation>Nicht exportiert. Zuerst zu behebende Probleme: %1</translation>
    </message>
    <message>
        <location filename="../../editor/gui/export/dialog.py" line="262"/>
        <source>Export failed; an earlier bundle is kept as it was.</source>
        <translation>Export fehlgeschlagen; ein früheres Paket bleibt unverändert erhalten.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/export/dialog.py" line="267"/>
        <source>Export cancelled; nothing was written.</source>
        <translation>Export abgebrochen; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/export/dialog.py" line="321"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../editor/gui/export/dialog.py" line="322"/>
        <source>Open an article to export it.</source>
        <translation>Bitte zuerst einen Artikel öffnen, um ihn zu exportieren.</translation>
    </message>
</context>
<context>
    <name>ExportProblems</name>
    <message>
        <location filename="../../editor/gui/export/messages.py" line="17"/>
        <source>The article is not approved (review state: %{state}); export needs an approval of the current content.</source>
        <translation>Der Artikel ist nicht freigegeben (Prüfstatus: %{state}); für den Export muss der aktuelle Inhalt freigegeben sein.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/export/messages.py" line="21"/>
        <source>%{by} approved version %{approved_hash} on %{at}; the article changed since (now %{content_hash}) and needs a new approval.</source>
        <translation>%{by} hat am %{at} die Version %{approved_hash} freigegeben; der Artikel wurde seitdem geändert (jetzt %{content_hash}) und braucht eine neue Freigabe.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/export/messages.py" line="25"/>
        <source>Photo &apos;%{photo}&apos; was kept without its credits; complete them to export.</source>
        <translation>Foto „%{photo}“ wurde ohne Bildnachweise übernommen; bitte ergänzen, um zu exportieren.</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../editor/gui/editor_pane/find_bar.py" line="112"/>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/gui/editor_pane/find_bar.py" line="146"/>
        <source>%n replaced</source>
        <translation>
            <numerusform>%n ersetzt</numerusform>
            <numerusform>%n ersetzt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../editor/gui/editor_pane/find_bar.py" line="151"/>
        <source>F&amp;ind:</source>
        <translation>Su&amp;chen:</translation>
    </message>
    <message>
        <location filename="../../editor/gui/editor_pane/find_bar.py" line="152"/>
        <source>Replace &amp;with:</source>
        <translation>&amp;Ersetzen durch:</translation>
    </message>
    <message>
        <location filename="../../editor/gui/editor_pane/find_bar.py" line="154"/>
        <source>Previou&amp;s</source>
        <translation>Zurüc&amp;k</translation>
    </message>
    <message>
        <location filename="../../editor/gui/editor_pane/find_bar.py" line="155"/>
        <source>Repla&amp;ce</source>
        <translation>E&amp;rsetzen</translation>
    </message>
    <message>
        <location filename="../../editor/gui/editor_pane/find_bar.py" line="156"/>
        <source>Replace All</source>
        <translation>Alle ersetzen</translation>
    </message>
    <message>
        <location filename="../../editor/gui/editor_pane/find_bar.py" line="159"/>
        <source>Close find bar</source>
        <translation>Suchleiste schließen</translation>
    </message>
    <message>
        <location filename="../../editor/gui/editor_pane/find_bar.py" line="160"/>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <location filename="../../editor/gui/editor_pane/find_bar.py" line="161"/>
        <source>Replace with</source>
        <translation>Ersetzen durch</translation>
    </message>
    <message>
        <location filename="../../editor/gui/editor_pane/find_bar.py" line="153"/>
        <source>&amp;Next</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <location filename="../../editor/gui/editor_pane/find_bar.py" line="157"/>
        <source>&amp;Match case</source>
        <translation>&amp;Groß-/Kleinschreibung beachten</translation>
    </message>
    <message>
        <location filename="../../editor/gui/editor_pane/find_bar.py" line="158"/>
        <source>Close (Esc)</source>
        <translation>Schließen (Esc)</translation>
    </message>
</context>
<context>
    <name>FocalPointPicker</name>
    <message>
        <location filename="../../editor/gui/photos/focal_point.py" line="95"/>
        <source>Focal point</source>
        <translation>Fokuspunkt</translation>
    </message>
    <message>
        <location filename="../../editor/gui/photos/focal_point.py" line="96"/>
        <source>Click the most important part of the photo. Crops for social media and search results are cut around it. Arrow keys move the marker (with Shift in small steps), Home puts it back in the centre.</source>
        <translation>Klicken Sie auf den wichtigsten Teil des Fotos. Die Ausschnitte für soziale Medien und Suchergebnisse werden um ihn herum zugeschnitten. Die Pfeiltasten verschieben die Markierung (mit Umschalt in kleinen Schritten), Pos1 setzt sie in die Mitte zurück.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/photos/focal_point.py" line="104"/>
        <source>%1 % from the left, %2 % from the top</source>
        <translation>%1 % von links, %2 % von oben</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <location filename="../../editor/gui/help/guide.py" line="40"/>
        <source>Newsdesk Guide</source>
        <translation>Newsdesk-Anleitung</translation>
    </message>
    <message>
        <location filename="../../editor/gui/help/guide.py" line="41"/>
        <source>Guide</source>
        <translation>Anleitung</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../editor/gui/safety/history_dialog.py" line="45"/>
        <source>Versions of “%1”</source>
        <translation>Fassungen von „%1“</translation>
    </message>
    <message>
        <location filename="../../editor/gui/safety/history_dialog.py" line="48"/>
        <source>Versions</source>
        <translation>Versionen</translation>
    </message>
    <message>
        <location filename="../../editor/gui/safety/history_dialog.py" line="50"/>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <location filename="../../editor/gui/safety/history_dialog.py" line="52"/>
        <source>What restoring the selected version would change: lines starting with a minus would be removed, lines starting with a plus added</source>
        <translation>Was das Wiederherstellen der gewählten Version ändern würde: Zeilen mit Minus würden entfernt, Zeilen mit Plus hinzugefügt</translation>
    </message>
    <message>
        <location filename="../../editor/gui/safety/history_dialog.py" line="58"/>
        <source>Each save keeps the text it replaces. Restoring the selected version would remove the lines marked − (red) and add the lines marked + (green).</source>
        <translation>Jedes Speichern bewahrt den Text, den es ersetzt. Das Wiederherstellen der gewählten Version würde die mit − (rot) markierten Zeilen entfernen und die mit + (grün) markierten hinzufügen.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/safety/history_dialog.py" line="62"/>
        <source>&amp;Restore This Version</source>
        <translation>Diese Fassung &amp;wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../editor/gui/safety/history_dialog.py" line="86"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../../editor/gui/safety/history_dialog.py" line="88"/>
        <source>%1 bytes</source>
        <translation>%1 Byte</translation>
    </message>
    <message>
        <location filename="../../editor/gui/safety/history_dialog.py" line="93"/>
        <source>There are no earlier versions yet.</source>
        <translation>Es gibt noch keine früheren Fassungen.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/safety/history_dialog.py" line="112"/>
        <source>Current text</source>
        <translation>Aktueller Text</translation>
    </message>
    <message>
        <location filename="../../editor/gui/safety/history_dialog.py" line="113"/>
        <source>Version %1 (%2)</source>
        <translation>Version %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../editor/gui/safety/history_dialog.py" line="115"/>
        <source>This version is the same as the current text.</source>
        <translation>Diese Fassung ist gleich dem aktuellen Text.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/safety/history_dialog.py" line="127"/>
        <source>Not restored: someone else changed the article in the meantime. Reload it and try again.</source>
        <translation>Nicht wiederhergestellt: Jemand anderes hat den Artikel inzwischen geändert. Laden Sie ihn neu und versuchen Sie es noch einmal.</translation>
    </message>
</context>
<context>
    <name>LockNotice</name>
    <message>
        <location filename="../../editor/gui/safety/lock_notice.py" line="19"/>
        <source>someone</source>
        <translation>jemandem</translation>
    </message>
    <message>
        <location filename="../../editor/gui/safety/lock_notice.py" line="20"/>
        <source>another computer</source>
        <translation>einem anderen Rechner</translation>
    </message>
    <message>
        <location filename="../../editor/gui/safety/lock_notice.py" line="21"/>
        <source>being edited by %1 on %2 since %3</source>
        <translation>wird von %1 auf %2 seit %3 bearbeitet</translation>
    </message>
    <message>
        <location filename="../../editor/gui/safety/lock_notice.py" line="33"/>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <location filename="../../editor/gui/safety/lock_notice.py" line="37"/>
        <source>Also editing this article: %1 (since %2). You can still edit; if you both change the same paragraph, the next sync keeps both versions.</source>
        <translation>Ebenfalls an diesem Artikel: %1 (seit %2). Sie können trotzdem bearbeiten; ändern Sie beide denselben Absatz, behält die nächste Synchronisierung beide Fassungen.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/safety/lock_notice.py" line="46"/>
        <source>Article in Use</source>
        <translation>Artikel in Bearbeitung</translation>
    </message>
    <message>
        <location filename="../../editor/gui/safety/lock_notice.py" line="47"/>
        <source>This article is %1.</source>
        <translation>Dieser Artikel %1.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/safety/lock_notice.py" line="50"/>
        <source>The lock looks abandoned (the program that set it is no longer running, or it is very old). You can take it over and edit, or open the article read-only.</source>
        <translation>Die Sperre scheint verwaist (das Programm, das sie gesetzt hat, läuft nicht mehr, oder sie ist sehr alt). Sie können sie übernehmen und bearbeiten oder den Artikel schreibgeschützt öffnen.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/safety/lock_notice.py" line="55"/>
        <source>It opens read-only. Take over only if you are sure nobody is working on it: if they are, their next save will be refused rather than overwrite yours, and the other way round.</source>
        <translation>Er wird schreibgeschützt geöffnet. Übernehmen Sie nur, wenn Sie sicher sind, dass niemand daran arbeitet: Sonst wird deren nächstes Speichern abgelehnt, statt Ihres zu überschreiben, und umgekehrt.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/safety/lock_notice.py" line="60"/>
        <source>Open &amp;Read-Only</source>
        <translation>&amp;Schreibgeschützt öffnen</translation>
    </message>
    <message>
        <location filename="../../editor/gui/safety/lock_notice.py" line="62"/>
        <source>&amp;Take Over</source>
        <translation>Ü&amp;bernehmen</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../editor/gui/main_window.py" line="143"/>
        <location filename="../../editor/gui/main_window.py" line="486"/>
        <location filename="../../editor/gui/window_shell.py" line="56"/>
        <source>Articles</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <location filename="../../editor/gui/panels.py" line="146"/>
        <location filename="../../editor/gui/window_shell.py" line="58"/>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <location filename="../../editor/gui/panels.py" line="161"/>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <location filename="../../editor/gui/panels.py" line="197"/>
        <source>Photos</source>
        <translation>Fotos</translation>
    </message>
    <message>
        <location filename="../../editor/gui/panels.py" line="223"/>
        <source>Social media card</source>
        <translation>Social-Media-Karte</translation>
    </message>
    <message>
        <location filename="../../editor/gui/panels.py" line="267"/>
        <source>Review</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <location filename="../../editor/gui/panels.py" line="311"/>
        <source>Attach photos</source>
        <translation>Fotos anhängen</translation>
    </message>
    <message>
        <location filename="../../editor/gui/panels.py" line="449"/>
        <source>The preview is not ready for a PDF yet.</source>
        <translation>Die Vorschau ist noch nicht bereit für ein PDF.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/main_window.py" line="307"/>
        <source>The open article could not be saved.</source>
        <translation>Der geöffnete Artikel konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/main_window.py" line="328"/>
        <source>Cannot open the article</source>
        <translation>Der Artikel kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../../editor/gui/main_window.py" line="425"/>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <location filename="../../editor/gui/main_window.py" line="425"/>
        <source>Edited</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <location filename="../../editor/gui/main_window.py" line="426"/>
        <location filename="../../editor/gui/safety_wiring.py" line="137"/>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../../editor/gui/main_window.py" line="487"/>
        <source>Search articles</source>
        <translation>Artikel suchen</translation>
    </message>
    <message>
        <location filename="../../editor/gui/main_window.py" line="489"/>
        <source>Photos of the article</source>
        <translation>Fotos des Artikels</translation>
    </message>
    <message>
        <location filename="../../editor/gui/main_window.py" line="491"/>
        <source>Review history</source>
        <translation>Prüfverlauf</translation>
    </message>
    <message>
        <location filename="../../editor/gui/main_window.py" line="492"/>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <location filename="../../editor/gui/main_window.py" line="521"/>
        <source>Panel tabs</source>
        <translation>Reiter der Bereiche</translation>
    </message>
    <message>
        <location filename="../../editor/gui/main_window.py" line="522"/>
        <source>Switch between the panels tabbed here</source>
        <translation>Zwischen den hier als Reiter angeordneten Bereichen wechseln</translation>
    </message>
</context>
<context>
    <name>MetadataForm</name>
    <message>
        <location filename="../../editor/gui/editor_pane/metadata_form.py" line="190"/>
        <source>Not a date: write YYYY-MM-DD or YYYY-MM-DD HH:MM</source>
        <translation>Kein Datum: Schreiben Sie JJJJ-MM-TT oder JJJJ-MM-TT HH:MM</translation>
    </message>
    <message>
        <location filename="../../editor/gui/editor_pane/metadata_form.py" line="195"/>
        <source>Format: YYYY-MM-DD, optionally with a time HH:MM</source>
        <translation>Format: JJJJ-MM-TT, wahlweise mit Uhrzeit HH:MM</translation>
    </message>
    <message>
        <location filename="../../editor/gui/editor_pane/metadata_form.py" line="199"/>
        <location filename="../../editor/gui/editor_pane/metadata_form.py" line="211"/>
        <source>%1 / %2 characters</source>
        <translation>%1 / %2 Zeichen</translation>
    </message>
    <message>
        <location filename="../../editor/gui/editor_pane/metadata_form.py" line="220"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location filename="../../editor/gui/editor_pane/metadata_form.py" line="221"/>
        <source>&amp;Kicker:</source>
        <translation>Dach&amp;zeile:</translation>
    </message>
    <message>
        <location filename="../../editor/gui/editor_pane/metadata_form.py" line="222"/>
        <source>&amp;Date:</source>
        <translation>Datu&amp;m:</translation>
    </message>
    <message>
        <location filename="../../editor/gui/editor_pane/metadata_form.py" line="223"/>
        <source>A&amp;uthor:</source>
        <translation>A&amp;utor:</translation>
    </message>
    <message>
        <location filename="../../editor/gui/editor_pane/metadata_form.py" line="224"/>
        <source>&amp;Lead:</source>
        <translation>&amp;Vorspann:</translation>
    </message>
    <message>
        <location filename="../../editor/gui/editor_pane/metadata_form.py" line="225"/>
        <source>Search summar&amp;y:</source>
        <translation>Suchbeschre&amp;ibung:</translation>
    </message>
    <message>
        <location filename="../../editor/gui/editor_pane/metadata_form.py" line="226"/>
        <source>Ta&amp;gs:</source>
        <translation>&amp;Schlagwörter:</translation>
    </message>
    <message>
        <location filename="../../editor/gui/editor_pane/metadata_form.py" line="230"/>
        <source>YYYY-MM-DD</source>
        <translation>JJJJ-MM-TT</translation>
    </message>
    <message>
        <location filename="../../editor/gui/editor_pane/metadata_form.py" line="231"/>
        <source>Choose from calendar (Alt+Down)</source>
        <translation>Im Kalender wählen (Alt+Pfeil nach unten)</translation>
    </message>
    <message>
        <location filename="../../editor/gui/editor_pane/metadata_form.py" line="233"/>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <location filename="../../editor/gui/editor_pane/metadata_form.py" line="235"/>
        <source>Headline of the article</source>
        <translation>Überschrift des Artikels</translation>
    </message>
    <message>
        <location filename="../../editor/gui/editor_pane/metadata_form.py" line="236"/>
        <source>e.g. News</source>
        <translation>z. B. Aktuelles</translation>
    </message>
    <message>
        <location filename="../../editor/gui/editor_pane/metadata_form.py" line="237"/>
        <source>Office or person</source>
        <translation>Amt oder Person</translation>
    </message>
    <message>
        <location filename="../../editor/gui/editor_pane/metadata_form.py" line="238"/>
        <source>One or two sentences that sum up the news</source>
        <translation>Ein oder zwei Sätze, die die Nachricht zusammenfassen</translation>
    </message>
    <message>
        <location filename="../../editor/gui/editor_pane/metadata_form.py" line="240"/>
        <source>For search results; empty: the lead, shortened</source>
        <translation>Für Suchergebnisse; leer: der Vorspann, gekürzt</translation>
    </message>
    <message>
        <location filename="../../editor/gui/editor_pane/metadata_form.py" line="241"/>
        <source>Comma-separated, e.g. Traffic, City council</source>
        <translation>Durch Kommas getrennt, z. B. Verkehr, Stadtrat</translation>
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
        <translation>Einfügen</translation>
    </message>
    <message>
        <location filename="../../editor/gui/editor_pane/paste.py" line="79"/>
        <source>no article is open</source>
        <translation>kein Artikel ist geöffnet</translation>
    </message>
    <message>
        <location filename="../../editor/gui/editor_pane/paste.py" line="103"/>
        <source>These images were not pasted:</source>
        <translation>Diese Bilder wurden nicht eingefügt:</translation>
    </message>
    <message>
        <location filename="../../editor/gui/editor_pane/paste.py" line="155"/>
        <source>embedded image %1</source>
        <translation>eingebettetes Bild %1</translation>
    </message>
    <message>
        <location filename="../../editor/gui/editor_pane/paste.py" line="173"/>
        <source>not a photo format we accept</source>
        <translation>kein Bildformat, das angenommen wird</translation>
    </message>
    <message>
        <location filename="../../editor/gui/editor_pane/paste.py" line="174"/>
        <source>too big</source>
        <translation>zu groß</translation>
    </message>
    <message>
        <location filename="../../editor/gui/editor_pane/paste.py" line="179"/>
        <source>the image data is damaged</source>
        <translation>die Bilddaten sind beschädigt</translation>
    </message>
    <message>
        <location filename="../../editor/gui/editor_pane/paste.py" line="196"/>
        <source>the file cannot be read</source>
        <translation>die Datei kann nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../../editor/gui/editor_pane/paste.py" line="199"/>
        <source>only images inside the pasted content or on this computer can be pasted</source>
        <translation>nur Bilder im eingefügten Inhalt oder auf diesem Computer können eingefügt werden</translation>
    </message>
    <message>
        <location filename="../../editor/gui/editor_pane/paste.py" line="227"/>
        <source>not attached</source>
        <translation>nicht angehängt</translation>
    </message>
</context>
<context>
    <name>PhotoAttach</name>
    <message>
        <location filename="../../editor/gui/photos/attach.py" line="36"/>
        <source>Photos</source>
        <translation>Fotos</translation>
    </message>
    <message>
        <location filename="../../editor/gui/photos/attach.py" line="39"/>
        <source>Attach photos</source>
        <translation>Fotos anhängen</translation>
    </message>
    <message>
        <location filename="../../editor/gui/photos/attach.py" line="43"/>
        <source>Choose the new file</source>
        <translation>Neue Datei wählen</translation>
    </message>
    <message>
        <location filename="../../editor/gui/photos/attach.py" line="66"/>
        <source>pasted</source>
        <translation>eingefügt</translation>
    </message>
    <message>
        <location filename="../../editor/gui/photos/attach.py" line="71"/>
        <source>The pasted image could not be saved.</source>
        <translation>Das eingefügte Bild konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/photos/attach.py" line="130"/>
        <source>Reading photos…</source>
        <translation>Fotos werden gelesen…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/photos/attach.py" line="143"/>
        <location filename="../../editor/gui/photos/attach.py" line="180"/>
        <source>Some files cannot be attached</source>
        <translation>Einige Dateien können nicht angehängt werden</translation>
    </message>
    <message>
        <location filename="../../editor/gui/photos/attach.py" line="168"/>
        <source>Copying photos…</source>
        <translation>Fotos werden kopiert…</translation>
    </message>
</context>
<context>
    <name>PhotoDialog</name>
    <message>
        <location filename="../../editor/gui/photos/dialog.py" line="161"/>
        <source>Caption</source>
        <translation>Bildunterschrift</translation>
    </message>
    <message>
        <location filename="../../editor/gui/photos/dialog.py" line="162"/>
        <source>Alt text</source>
        <translation>Alternativtext</translation>
    </message>
    <message>
        <location filename="../../editor/gui/photos/dialog.py" line="163"/>
        <source>Creator</source>
        <translation>Urheber/in</translation>
    </message>
    <message>
        <location filename="../../editor/gui/photos/dialog.py" line="164"/>
        <source>Credit line</source>
        <translation>Bildnachweis</translation>
    </message>
    <message>
        <location filename="../../editor/gui/photos/dialog.py" line="165"/>
        <source>Copyright notice</source>
        <translation>Copyright-Vermerk</translation>
    </message>
    <message>
        <location filename="../../editor/gui/photos/dialog.py" line="166"/>
        <source>Licence / usage terms</source>
        <translation>Lizenz / Nutzungsbedingungen</translation>
    </message>
    <message>
        <location filename="../../editor/gui/photos/dialog.py" line="167"/>
        <source>Rights URL</source>
        <translation>Rechte-URL</translation>
    </message>
    <message>
        <location filename="../../editor/gui/photos/dialog.py" line="173"/>
        <source>&amp;Caption</source>
        <translation>&amp;Bildunterschrift</translation>
    </message>
    <message>
        <location filename="../../editor/gui/photos/dialog.py" line="174"/>
        <source>&amp;Alt text</source>
        <translation>A&amp;lternativtext</translation>
    </message>
    <message>
        <location filename="../../editor/gui/photos/dialog.py" line="175"/>
        <source>C&amp;reator</source>
        <translation>&amp;Urheber</translation>
    </message>
    <message>
        <location filename="../../editor/gui/photos/dialog.py" line="176"/>
        <source>Cre&amp;dit line</source>
        <translation>Bild&amp;nachweis</translation>
    </message>
    <message>
        <location filename="../../editor/gui/photos/dialog.py" line="177"/>
        <source>Co&amp;pyright notice</source>
        <translation>&amp;Copyright-Vermerk</translation>
    </message>
    <message>
        <location filename="../../editor/gui/photos/dialog.py" line="178"/>
        <source>&amp;Licence / usage terms</source>
        <translation>Li&amp;zenz / Nutzungsbedingungen</translation>
    </message>
    <message>
        <location filename="../../editor/gui/photos/dialog.py" line="179"/>
        <source>Rights &amp;URL</source>
        <translation>&amp;Rechte-URL</translation>
    </message>
    <message>
        <location filename="../../editor/gui/photos/dialog.py" line="183"/>
        <source>Photo credits</source>
        <translation>Bildnachweise</translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/gui/photos/dialog.py" line="184"/>
        <source>Credits for %n photos</source>
        <translation>
            <numerusform>Bildnachweis für %n Foto</numerusform>
            <numerusform>Bildnachweise für %n Fotos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../editor/gui/photos/dialog.py" line="190"/>
        <source>(required)</source>
        <translation>(Pflichtfeld)</translation>
    </message>
    <message>
        <location filename="../../editor/gui/photos/dialog.py" line="193"/>
        <source>Required</source>
        <translation>Pflichtfeld</translation>
    </message>
    <message>
        <location filename="../../editor/gui/photos/dialog.py" line="195"/>
        <source>What the photo shows, for people who cannot see it</source>
        <translation>Was das Foto zeigt, für Menschen, die es nicht sehen können</translation>
    </message>
    <message>
        <location filename="../../editor/gui/photos/dialog.py" line="196"/>
        <source>Appl&amp;y credit fields to all photos</source>
        <translation>Nachweise für &amp;alle Fotos übernehmen</translation>
    </message>
    <message>
        <location filename="../../editor/gui/photos/dialog.py" line="198"/>
        <source>Keep as &amp;incomplete (flagged; export refuses it until filled)</source>
        <translation>Unvollständig be&amp;halten (markiert; der Export verweigert es, bis es ausgefüllt ist)</translation>
    </message>
    <message>
        <location filename="../../editor/gui/photos/dialog.py" line="199"/>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <location filename="../../editor/gui/photos/dialog.py" line="201"/>
        <source>Click the photo (or use the arrow keys) to mark its most important part: crops for social media and search results keep it.</source>
        <translation>Klicken Sie auf das Foto (oder nutzen Sie die Pfeiltasten), um seinen wichtigsten Teil zu markieren: Ausschnitte für soziale Medien und Suchergebnisse behalten ihn im Bild.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/photos/dialog.py" line="228"/>
        <source>from the file: %1</source>
        <translation>aus der Datei: %1</translation>
    </message>
    <message>
        <location filename="../../editor/gui/photos/dialog.py" line="232"/>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/photos/dialog.py" line="243"/>
        <source>No preview</source>
        <translation>Keine Vorschau</translation>
    </message>
    <message>
        <location filename="../../editor/gui/photos/dialog.py" line="277"/>
        <source>%1 characters; about %2 are best, at most %3</source>
        <translation>%1 Zeichen; etwa %2 sind ideal, höchstens %3</translation>
    </message>
    <message>
        <location filename="../../editor/gui/photos/dialog.py" line="313"/>
        <source>Still needed: %1</source>
        <translation>Es fehlt noch: %1</translation>
    </message>
</context>
<context>
    <name>PhotoPanel</name>
    <message>
        <location filename="../../editor/gui/photos/panel.py" line="158"/>
        <source>Add…</source>
        <translation>Hinzufügen…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/photos/panel.py" line="158"/>
        <source>Insert</source>
        <translation>Einfügen</translation>
    </message>
    <message>
        <location filename="../../editor/gui/photos/panel.py" line="159"/>
        <source>Lead photo</source>
        <translation>Aufmacherfoto</translation>
    </message>
    <message>
        <location filename="../../editor/gui/photos/panel.py" line="159"/>
        <source>Credits…</source>
        <translation>Bildnachweis…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/photos/panel.py" line="160"/>
        <source>Replace…</source>
        <translation>Ersetzen…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/photos/panel.py" line="160"/>
        <source>Up</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <location filename="../../editor/gui/photos/panel.py" line="160"/>
        <source>Down</source>
        <translation>Runter</translation>
    </message>
    <message>
        <location filename="../../editor/gui/photos/panel.py" line="161"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../../editor/gui/photos/panel.py" line="162"/>
        <source>Attach photos (or drop files here, or paste an image)</source>
        <translation>Fotos anhängen (oder Dateien hierher ziehen oder ein Bild einfügen)</translation>
    </message>
    <message>
        <location filename="../../editor/gui/photos/panel.py" line="163"/>
        <source>Insert the photo at the cursor in the text</source>
        <translation>Das Foto an der Cursorposition in den Text einfügen</translation>
    </message>
    <message>
        <location filename="../../editor/gui/photos/panel.py" line="164"/>
        <source>Use as the article&apos;s lead photo</source>
        <translation>Als Aufmacherfoto des Artikels verwenden</translation>
    </message>
    <message>
        <location filename="../../editor/gui/photos/panel.py" line="165"/>
        <source>Edit caption, alt text and credits</source>
        <translation>Bildunterschrift, Alternativtext und Bildnachweis bearbeiten</translation>
    </message>
    <message>
        <location filename="../../editor/gui/photos/panel.py" line="166"/>
        <source>Use another file, keeping the credits</source>
        <translation>Eine andere Datei verwenden, Bildnachweis bleibt</translation>
    </message>
    <message>
        <location filename="../../editor/gui/photos/panel.py" line="167"/>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <location filename="../../editor/gui/photos/panel.py" line="167"/>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <location filename="../../editor/gui/photos/panel.py" line="168"/>
        <source>Remove the photo from the article</source>
        <translation>Das Foto aus dem Artikel entfernen</translation>
    </message>
    <message>
        <location filename="../../editor/gui/photos/panel.py" line="172"/>
        <source>Paste image</source>
        <translation>Bild einfügen</translation>
    </message>
    <message>
        <location filename="../../editor/gui/photos/panel.py" line="173"/>
        <source>No photos yet. Drop photos here or use Add…</source>
        <translation>Noch keine Fotos. Fotos hierher ziehen oder „Hinzufügen…“ verwenden.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/photos/panel.py" line="223"/>
        <source>incomplete</source>
        <translation>unvollständig</translation>
    </message>
    <message>
        <location filename="../../editor/gui/photos/panel.py" line="223"/>
        <source>no credit</source>
        <translation>kein Bildnachweis</translation>
    </message>
    <message>
        <location filename="../../editor/gui/photos/panel.py" line="224"/>
        <source>no alt text</source>
        <translation>kein Alternativtext</translation>
    </message>
    <message>
        <location filename="../../editor/gui/photos/panel.py" line="224"/>
        <source>unused</source>
        <translation>nicht verwendet</translation>
    </message>
    <message>
        <location filename="../../editor/gui/photos/panel.py" line="215"/>
        <source>lead</source>
        <translation>Aufmacher</translation>
    </message>
    <message>
        <location filename="../../editor/gui/photos/panel.py" line="337"/>
        <source>Cannot paste the image</source>
        <translation>Bild kann nicht eingefügt werden</translation>
    </message>
    <message>
        <location filename="../../editor/gui/photos/panel.py" line="406"/>
        <source>Credits not changed</source>
        <translation>Bildnachweis nicht geändert</translation>
    </message>
    <message>
        <location filename="../../editor/gui/photos/panel.py" line="420"/>
        <source>Copying photos…</source>
        <translation>Fotos werden kopiert…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/photos/panel.py" line="423"/>
        <location filename="../../editor/gui/photos/panel.py" line="425"/>
        <source>Cannot replace the photo</source>
        <translation>Foto kann nicht ersetzt werden</translation>
    </message>
    <message>
        <location filename="../../editor/gui/photos/panel.py" line="448"/>
        <source>The text still places photo &apos;%1&apos; (line %2). Remove it anyway?</source>
        <translation>Der Text verwendet das Foto „%1“ noch (Zeile %2). Trotzdem entfernen?</translation>
    </message>
    <message>
        <location filename="../../editor/gui/photos/panel.py" line="450"/>
        <source>Remove photo</source>
        <translation>Foto entfernen</translation>
    </message>
</context>
<context>
    <name>Preflight</name>
    <message>
        <location filename="../../editor/gui/preflight/messages.py" line="19"/>
        <source>The article has no title.</source>
        <translation>Der Artikel hat keinen Titel.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/preflight/messages.py" line="20"/>
        <source>The title has %{length} characters; keep it under %{limit}.</source>
        <translation>Der Titel hat %{length} Zeichen; bleiben Sie unter %{limit}.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/preflight/messages.py" line="22"/>
        <source>The article has no date.</source>
        <translation>Der Artikel hat kein Datum.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/preflight/messages.py" line="23"/>
        <source>&apos;%{value}&apos; is not a valid date; write it as YYYY-MM-DD.</source>
        <translation>„%{value}“ ist kein gültiges Datum; schreiben Sie es als JJJJ-MM-TT.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/preflight/messages.py" line="25"/>
        <source>The article has no lead.</source>
        <translation>Der Artikel hat keinen Vorspann.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/preflight/messages.py" line="26"/>
        <source>The lead has %{length} characters; keep it under %{limit}.</source>
        <translation>Der Vorspann hat %{length} Zeichen; bleiben Sie unter %{limit}.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/preflight/messages.py" line="28"/>
        <source>Heading level jumps from h%{previous} to h%{level}; use h%{next}.</source>
        <translation>Die Überschriftenebene springt von h%{previous} auf h%{level}; verwenden Sie h%{next}.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/preflight/messages.py" line="30"/>
        <source>The text places photo &apos;%{photo}&apos;, but no photo with that id is attached.</source>
        <translation>Der Text setzt das Foto „%{photo}“ ein, aber kein Foto mit dieser Kennung ist angehängt.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/preflight/messages.py" line="32"/>
        <source>The lead photo &apos;%{photo}&apos; is not attached.</source>
        <translation>Das Aufmacherfoto „%{photo}“ ist nicht angehängt.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/preflight/messages.py" line="34"/>
        <source>Two photos have the id &apos;%{photo}&apos;.</source>
        <translation>Zwei Fotos haben die Kennung „%{photo}“.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/preflight/messages.py" line="35"/>
        <source>Photo &apos;%{photo}&apos;: the file %{file} is missing.</source>
        <translation>Foto „%{photo}“: Die Datei %{file} fehlt.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/preflight/messages.py" line="37"/>
        <source>Photo &apos;%{photo}&apos; has no %{field}.</source>
        <translation>Foto „%{photo}“ fehlt: %{field}.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/preflight/messages.py" line="38"/>
        <source>Photo &apos;%{photo}&apos; is attached but not used in the text.</source>
        <translation>Foto „%{photo}“ ist angehängt, wird aber im Text nicht verwendet.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/preflight/messages.py" line="40"/>
        <source>Photo &apos;%{photo}&apos; was kept without its credits; complete them to export.</source>
        <translation>Das Foto „%{photo}“ wurde ohne Bildnachweis behalten; ergänzen Sie ihn, um zu exportieren.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/preflight/messages.py" line="43"/>
        <source>Photo &apos;%{photo}&apos; (%{file}) cannot be published: %{reason}.</source>
        <translation>Das Foto „%{photo}“ (%{file}) kann nicht veröffentlicht werden: %{reason}.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/preflight/messages.py" line="45"/>
        <source>The field %{field} contains the invisible control character %{character}; remove it.</source>
        <translation>Das Feld %{field} enthält das unsichtbare Steuerzeichen %{character}; entfernen Sie es.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/preflight/messages.py" line="49"/>
        <source>Photo &apos;%{photo}&apos;: the alt text has %{length} characters; at most %{limit} are allowed.</source>
        <translation>Foto „%{photo}“: Der Alternativtext hat %{length} Zeichen; erlaubt sind höchstens %{limit}.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/preflight/messages.py" line="53"/>
        <source>Photo &apos;%{photo}&apos;: &apos;focus&apos; must be two numbers from 0 to 1 (fractions of width and height from the top left).</source>
        <translation>Foto „%{photo}“: „focus“ muss aus zwei Zahlen von 0 bis 1 bestehen (Anteile von Breite und Höhe, von oben links gemessen).</translation>
    </message>
    <message>
        <location filename="../../editor/gui/preflight/messages.py" line="58"/>
        <source>base_url in newsdesk.toml is still the example address %{url}; canonical links and social cards would point there.</source>
        <translation>base_url in newsdesk.toml ist noch die Beispieladresse %{url}; kanonische Links und Vorschaukarten in sozialen Netzwerken würden dorthin zeigen.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/preflight/messages.py" line="62"/>
        <source>The article has no author (search engines show it; write a person or an office, with author_type: organization).</source>
        <translation>Der Artikel hat keinen Autor (Suchmaschinen zeigen ihn an; tragen Sie eine Person oder eine Dienststelle ein, diese mit author_type: organization).</translation>
    </message>
    <message>
        <location filename="../../editor/gui/preflight/messages.py" line="66"/>
        <source>Photo &apos;%{photo}&apos; is %{width} px wide; search and social previews want at least %{minimum} px.</source>
        <translation>Foto „%{photo}“ ist %{width} px breit; Vorschauen in Suchmaschinen und sozialen Netzwerken brauchen mindestens %{minimum} px.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/preflight/messages.py" line="70"/>
        <source>The description has %{length} characters; search results show about %{limit}.</source>
        <translation>Die Suchbeschreibung hat %{length} Zeichen; Suchergebnisse zeigen etwa %{limit}.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/preflight/messages.py" line="73"/>
        <source>&apos;author_type&apos; must be person or organization, not &apos;%{value}&apos;.</source>
        <translation>„author_type“ muss person oder organization sein, nicht „%{value}“.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/preflight/messages.py" line="75"/>
        <source>&apos;author_url&apos; is not usable: give a full https:// address, or with several authors each person&apos;s url in the author list.</source>
        <translation>„author_url“ ist nicht verwendbar: Geben Sie eine vollständige https://-Adresse an, bei mehreren Autoren die URL jeder Person in der Autorenliste.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/preflight/messages.py" line="79"/>
        <source>&apos;description&apos; must be text.</source>
        <translation>„description“ muss Text sein.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/preflight/messages.py" line="81"/>
        <source>A sentence of %{words} words (“%{start}”); sentences over %{limit} words are hard to follow: split it.</source>
        <translation>Ein Satz mit %{words} Wörtern („%{start}“); Sätze mit mehr als %{limit} Wörtern sind schwer zu verstehen: teilen Sie ihn.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/preflight/messages.py" line="85"/>
        <source>The word “%{word}” has %{letters} letters; words over %{limit} letters are hard to read: split the compound with a hyphen or rephrase it.</source>
        <translation>Das Wort „%{word}“ hat %{letters} Buchstaben; Wörter mit mehr als %{limit} Buchstaben sind schwer zu lesen: gliedern Sie es mit Bindestrich oder formulieren Sie um.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/preflight/messages.py" line="89"/>
        <source>A paragraph of %{words} words; paragraphs over %{limit} words are hard to take in: divide it.</source>
        <translation>Ein Absatz mit %{words} Wörtern; Absätze mit mehr als %{limit} Wörtern sind schwer zu erfassen: teilen Sie ihn auf.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/preflight/messages.py" line="97"/>
        <source>title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../editor/gui/preflight/messages.py" line="98"/>
        <source>kicker</source>
        <translation>Dachzeile</translation>
    </message>
    <message>
        <location filename="../../editor/gui/preflight/messages.py" line="99"/>
        <source>date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../editor/gui/preflight/messages.py" line="100"/>
        <source>author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <location filename="../../editor/gui/preflight/messages.py" line="101"/>
        <source>lead</source>
        <translation>Vorspann</translation>
    </message>
    <message>
        <location filename="../../editor/gui/preflight/messages.py" line="102"/>
        <source>tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <location filename="../../editor/gui/preflight/messages.py" line="103"/>
        <source>lead photo</source>
        <translation>Aufmacherfoto</translation>
    </message>
    <message>
        <location filename="../../editor/gui/preflight/messages.py" line="104"/>
        <source>search summary</source>
        <translation>Suchbeschreibung</translation>
    </message>
    <message>
        <location filename="../../editor/gui/preflight/messages.py" line="105"/>
        <source>author type</source>
        <translation>Autortyp</translation>
    </message>
    <message>
        <location filename="../../editor/gui/preflight/messages.py" line="106"/>
        <source>author&apos;s address</source>
        <translation>Adresse des Autors</translation>
    </message>
    <message>
        <location filename="../../editor/gui/preflight/messages.py" line="107"/>
        <source>caption</source>
        <translation>Bildunterschrift</translation>
    </message>
    <message>
        <location filename="../../editor/gui/preflight/messages.py" line="108"/>
        <source>alt text</source>
        <translation>Alternativtext</translation>
    </message>
    <message>
        <location filename="../../editor/gui/preflight/messages.py" line="109"/>
        <source>creator</source>
        <translation>Urheber/in</translation>
    </message>
    <message>
        <location filename="../../editor/gui/preflight/messages.py" line="110"/>
        <source>credit line</source>
        <translation>Bildnachweis</translation>
    </message>
    <message>
        <location filename="../../editor/gui/preflight/messages.py" line="111"/>
        <source>copyright notice</source>
        <translation>Copyright-Vermerk</translation>
    </message>
    <message>
        <location filename="../../editor/gui/preflight/messages.py" line="112"/>
        <source>licence / usage terms</source>
        <translation>Lizenz / Nutzungsbedingungen</translation>
    </message>
    <message>
        <location filename="../../editor/gui/preflight/messages.py" line="113"/>
        <source>rights URL</source>
        <translation>Rechte-URL</translation>
    </message>
    <message>
        <location filename="../../editor/gui/preflight/messages.py" line="150"/>
        <source>Line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <location filename="../../editor/gui/preflight/messages.py" line="152"/>
        <source>Photo &apos;%1&apos;</source>
        <translation>Foto „%1“</translation>
    </message>
    <message>
        <location filename="../../editor/gui/preflight/messages.py" line="153"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../../editor/gui/preflight/messages.py" line="158"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../../editor/gui/preflight/messages.py" line="161"/>
        <source>Hint</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <location filename="../../editor/gui/preflight/messages.py" line="162"/>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
</context>
<context>
    <name>PreflightPanel</name>
    <message>
        <location filename="../../editor/gui/preflight/panel.py" line="101"/>
        <source>No problems: the article is ready for review.</source>
        <translation>Keine Probleme: Der Artikel ist bereit zur Prüfung.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/preflight/panel.py" line="103"/>
        <source>No problems in the content; export needs an approval of this version.</source>
        <translation>Keine Probleme im Inhalt; für den Export muss diese Fassung freigegeben werden.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/preflight/panel.py" line="106"/>
        <source>%1 error(s), %2 warning(s). Double-click a problem to go there.</source>
        <translation>%1 Fehler, %2 Warnung(en). Doppelklicken Sie auf ein Problem, um dorthin zu springen.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/preflight/panel.py" line="110"/>
        <source>%1 plain-language hint(s), never blocking export.</source>
        <translation>%1 Hinweis(e) zur verständlichen Sprache (verhindern den Export nie).</translation>
    </message>
    <message>
        <location filename="../../editor/gui/preflight/panel.py" line="120"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../editor/gui/preflight/panel.py" line="120"/>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
</context>
<context>
    <name>PreviewPanel</name>
    <message>
        <location filename="../../editor/gui/preview/panel.py" line="526"/>
        <source>the text takes too long to convert</source>
        <translation>die Umwandlung des Textes dauert zu lange</translation>
    </message>
    <message>
        <location filename="../../editor/gui/preview/panel.py" line="528"/>
        <source>Could not render the preview: %1. The editor keeps working; the preview updates again when the text can be rendered.</source>
        <translation>Die Vorschau konnte nicht erstellt werden: %1. Der Editor arbeitet weiter; die Vorschau wird wieder aktualisiert, sobald der Text dargestellt werden kann.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/preview/panel.py" line="548"/>
        <source>Links do not open in the preview: %1</source>
        <translation>Links öffnen sich in der Vorschau nicht: %1</translation>
    </message>
    <message>
        <location filename="../../editor/gui/preview/panel.py" line="555"/>
        <source>Desktop</source>
        <translation>Desktop</translation>
    </message>
    <message>
        <location filename="../../editor/gui/preview/panel.py" line="556"/>
        <source>Preview at desktop width</source>
        <translation>Vorschau in Desktop-Breite</translation>
    </message>
    <message>
        <location filename="../../editor/gui/preview/panel.py" line="557"/>
        <source>Mobile</source>
        <translation>Mobil</translation>
    </message>
    <message>
        <location filename="../../editor/gui/preview/panel.py" line="558"/>
        <source>Preview at phone width</source>
        <translation>Vorschau in Smartphone-Breite</translation>
    </message>
</context>
<context>
    <name>ReadabilityLabel</name>
    <message>
        <location filename="../../editor/gui/readability_label.py" line="57"/>
        <source>very easy</source>
        <translation>sehr leicht</translation>
    </message>
    <message>
        <location filename="../../editor/gui/readability_label.py" line="58"/>
        <source>easy</source>
        <translation>leicht</translation>
    </message>
    <message>
        <location filename="../../editor/gui/readability_label.py" line="59"/>
        <source>fairly easy</source>
        <translation>mittelleicht</translation>
    </message>
    <message>
        <location filename="../../editor/gui/readability_label.py" line="60"/>
        <source>plain</source>
        <translation>mittel</translation>
    </message>
    <message>
        <location filename="../../editor/gui/readability_label.py" line="61"/>
        <source>fairly difficult</source>
        <translation>mittelschwer</translation>
    </message>
    <message>
        <location filename="../../editor/gui/readability_label.py" line="62"/>
        <source>difficult</source>
        <translation>schwer</translation>
    </message>
    <message>
        <location filename="../../editor/gui/readability_label.py" line="63"/>
        <source>very difficult</source>
        <translation>sehr schwer</translation>
    </message>
    <message>
        <location filename="../../editor/gui/readability_label.py" line="140"/>
        <source>Readability %1 (%2)</source>
        <translation>Lesbarkeit %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../editor/gui/readability_label.py" line="142"/>
        <source>Flesch reading ease</source>
        <translation>Flesch-Lesbarkeitsindex</translation>
    </message>
    <message>
        <location filename="../../editor/gui/readability_label.py" line="143"/>
        <source>Flesch reading ease for German (Amstad)</source>
        <translation>Flesch-Lesbarkeitsindex für Deutsch (nach Amstad)</translation>
    </message>
    <message>
        <location filename="../../editor/gui/readability_label.py" line="145"/>
        <source>%1: 0 (very hard) to 100 (very easy); 60–70 is plain everyday text.
%2 words in %3 sentences; about %4 min reading at %5 words a minute.</source>
        <translation>%1: 0 (sehr schwer) bis 100 (sehr leicht); 60–70 ist verständlicher Alltagstext.
%2 Wörter in %3 Sätzen; etwa %4 Min. Lesezeit bei %5 Wörtern pro Minute.</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <location filename="../../editor/gui/review/panel.py" line="53"/>
        <source>Submitted for review</source>
        <translation>Zur Prüfung eingereicht</translation>
    </message>
    <message>
        <location filename="../../editor/gui/review/panel.py" line="54"/>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <location filename="../../editor/gui/review/panel.py" line="55"/>
        <source>Changes requested</source>
        <translation>Änderungen erbeten</translation>
    </message>
    <message>
        <location filename="../../editor/gui/review/panel.py" line="56"/>
        <source>Approved</source>
        <translation>Freigegeben</translation>
    </message>
    <message>
        <location filename="../../editor/gui/review/panel.py" line="57"/>
        <source>Reopened</source>
        <translation>Wieder geöffnet</translation>
    </message>
    <message>
        <location filename="../../editor/gui/review/panel.py" line="58"/>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <location filename="../../editor/gui/review/panel.py" line="160"/>
        <source>Submit for review</source>
        <translation>Zur Prüfung einreichen</translation>
    </message>
    <message>
        <location filename="../../editor/gui/review/actions.py" line="111"/>
        <source>Approve</source>
        <translation>Freigeben</translation>
    </message>
    <message>
        <location filename="../../editor/gui/review/panel.py" line="161"/>
        <source>Request changes</source>
        <translation>Änderungen erbitten</translation>
    </message>
    <message>
        <location filename="../../editor/gui/review/panel.py" line="161"/>
        <source>Reopen</source>
        <translation>Wieder öffnen</translation>
    </message>
    <message>
        <location filename="../../editor/gui/review/panel.py" line="162"/>
        <source>Add comment</source>
        <translation>Kommentieren</translation>
    </message>
    <message>
        <location filename="../../editor/gui/review/panel.py" line="167"/>
        <source>Approving an article you submitted yourself: allowed</source>
        <translation>Eigene eingereichte Artikel freigeben: erlaubt</translation>
    </message>
    <message>
        <location filename="../../editor/gui/review/panel.py" line="168"/>
        <source>Approving an article you submitted yourself: not allowed (a second person approves)</source>
        <translation>Eigene eingereichte Artikel freigeben: nicht erlaubt (eine zweite Person gibt frei)</translation>
    </message>
    <message>
        <location filename="../../editor/gui/review/panel.py" line="171"/>
        <source>Approving an article you submitted yourself: with a warning</source>
        <translation>Eigene eingereichte Artikel freigeben: mit Warnung</translation>
    </message>
    <message>
        <location filename="../../editor/gui/review/panel.py" line="172"/>
        <source>Review mode</source>
        <translation>Prüfmodus</translation>
    </message>
    <message>
        <location filename="../../editor/gui/review/panel.py" line="173"/>
        <source>Save preview as PDF…</source>
        <translation>Vorschau als PDF speichern…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/review/panel.py" line="174"/>
        <source>Comment or requested changes</source>
        <translation>Kommentar oder erbetene Änderungen</translation>
    </message>
    <message>
        <location filename="../../editor/gui/review/panel.py" line="175"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location filename="../../editor/gui/review/panel.py" line="175"/>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <location filename="../../editor/gui/review/panel.py" line="175"/>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <location filename="../../editor/gui/review/panel.py" line="176"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location filename="../../editor/gui/review/panel.py" line="177"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location filename="../../editor/gui/review/panel.py" line="178"/>
        <source>Changes since approval</source>
        <translation>Änderungen seit Freigabe</translation>
    </message>
    <message>
        <location filename="../../editor/gui/review/panel.py" line="179"/>
        <source>Hint</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <location filename="../../editor/gui/review/panel.py" line="179"/>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <location filename="../../editor/gui/review/actions.py" line="43"/>
        <location filename="../../editor/gui/review/actions.py" line="128"/>
        <source>Enter your name to take part in the review.</source>
        <translation>Geben Sie Ihren Namen ein, um an der Prüfung teilzunehmen.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/review/actions.py" line="50"/>
        <source>Write a comment first.</source>
        <translation>Schreiben Sie zuerst einen Kommentar.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/review/actions.py" line="63"/>
        <source>Not approved: fix these problems first:</source>
        <translation>Nicht freigegeben: Beheben Sie zuerst diese Probleme:</translation>
    </message>
    <message>
        <location filename="../../editor/gui/review/panel.py" line="246"/>
        <source>A PDF is still being written.</source>
        <translation>Ein PDF wird noch geschrieben.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/review/panel.py" line="248"/>
        <source>Writing PDF…</source>
        <translation>PDF wird geschrieben…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/review/actions.py" line="92"/>
        <location filename="../../editor/gui/review/actions.py" line="116"/>
        <source>You submitted this article for review; someone else must approve it (newsdesk.toml: review.self_approval = forbid).</source>
        <translation>Sie haben diesen Artikel selbst zur Prüfung eingereicht; eine andere Person muss ihn freigeben (newsdesk.toml: review.self_approval = forbid).</translation>
    </message>
    <message>
        <location filename="../../editor/gui/review/actions.py" line="100"/>
        <source>Warning: you submitted this article for review yourself; a second person should approve it. Press “Approve anyway” to approve it nonetheless.</source>
        <translation>Achtung: Sie haben diesen Artikel selbst zur Prüfung eingereicht; eine zweite Person sollte ihn freigeben. Mit „Trotzdem freigeben“ geben Sie ihn dennoch frei.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/review/actions.py" line="109"/>
        <source>Approve anyway</source>
        <translation>Trotzdem freigeben</translation>
    </message>
    <message>
        <location filename="../../editor/gui/review/actions.py" line="121"/>
        <source>Not possible while the article is in state “{0}”.</source>
        <translation>Nicht möglich, solange der Artikel den Status „{0}“ hat.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/review/actions.py" line="125"/>
        <source>Write in the comment box which changes are needed.</source>
        <translation>Schreiben Sie ins Kommentarfeld, welche Änderungen nötig sind.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/review/actions.py" line="133"/>
        <source>Your name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <location filename="../../editor/gui/review/actions.py" line="134"/>
        <source>Your name, recorded with your review actions:</source>
        <translation>Ihr Name, der bei Ihren Prüfschritten vermerkt wird:</translation>
    </message>
    <message>
        <location filename="../../editor/gui/review/panel.py" line="263"/>
        <source>Save preview as PDF</source>
        <translation>Vorschau als PDF speichern</translation>
    </message>
    <message>
        <location filename="../../editor/gui/review/panel.py" line="264"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../editor/gui/review/panel.py" line="296"/>
        <source>Plain language (%1)</source>
        <translation>Verständliche Sprache (%1)</translation>
    </message>
    <message>
        <location filename="../../editor/gui/review/panel.py" line="310"/>
        <source>readability %1 (%2)</source>
        <translation>Lesbarkeit %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../editor/gui/review/panel.py" line="314"/>
        <source>long sentences: %1</source>
        <translation>lange Sätze: %1</translation>
    </message>
    <message>
        <location filename="../../editor/gui/review/panel.py" line="315"/>
        <source>long words: %1</source>
        <translation>lange Wörter: %1</translation>
    </message>
    <message>
        <location filename="../../editor/gui/review/panel.py" line="316"/>
        <source>long paragraphs: %1</source>
        <translation>lange Absätze: %1</translation>
    </message>
    <message>
        <location filename="../../editor/gui/review/panel.py" line="318"/>
        <source>no plain-language hints</source>
        <translation>keine Hinweise zur Sprache</translation>
    </message>
    <message>
        <location filename="../../editor/gui/review/panel.py" line="319"/>
        <source>Plain language: %1</source>
        <translation>Verständliche Sprache: %1</translation>
    </message>
    <message>
        <location filename="../../editor/gui/review/panel.py" line="338"/>
        <source>No article</source>
        <translation>Kein Artikel</translation>
    </message>
    <message>
        <location filename="../../editor/gui/review/panel.py" line="341"/>
        <source>State: {0}</source>
        <translation>Status: {0}</translation>
    </message>
    <message>
        <location filename="../../editor/gui/review/panel.py" line="342"/>
        <location filename="../../editor/gui/review/panel.py" line="357"/>
        <source>Content {0}</source>
        <translation>Inhalt {0}</translation>
    </message>
    <message>
        <location filename="../../editor/gui/review/panel.py" line="345"/>
        <source>approved {0} by {1} at {2}</source>
        <translation>{0} freigegeben von {1} am {2}</translation>
    </message>
    <message>
        <location filename="../../editor/gui/review/panel.py" line="349"/>
        <source>Unreadable review events: {0}</source>
        <translation>Unlesbare Prüfereignisse: {0}</translation>
    </message>
    <message>
        <location filename="../../editor/gui/review/panel.py" line="369"/>
        <source>You submitted this article; someone else must approve it.</source>
        <translation>Sie haben diesen Artikel eingereicht; eine andere Person muss ihn freigeben.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/review/panel.py" line="393"/>
        <location filename="../../editor/gui/review/panel.py" line="406"/>
        <location filename="../../editor/gui/review/panel.py" line="420"/>
        <source>This article has never been approved.</source>
        <translation>Dieser Artikel wurde noch nie freigegeben.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/review/panel.py" line="434"/>
        <source>PDF saved: {0}</source>
        <translation>PDF gespeichert: {0}</translation>
    </message>
    <message>
        <location filename="../../editor/gui/review/panel.py" line="437"/>
        <source>The PDF could not be written: {0}</source>
        <translation>Das PDF konnte nicht geschrieben werden: {0}</translation>
    </message>
</context>
<context>
    <name>SafetyNotices</name>
    <message>
        <location filename="../../editor/gui/safety/notices.py" line="15"/>
        <source>The workspace %1 is read-only for you. Articles open for reading; changes cannot be saved there.</source>
        <translation>Der Arbeitsbereich %1 ist für Sie schreibgeschützt. Artikel öffnen sich zum Lesen; Änderungen können dort nicht gespeichert werden.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/safety/notices.py" line="22"/>
        <source>Read-Only Workspace</source>
        <translation>Schreibgeschützter Arbeitsbereich</translation>
    </message>
    <message>
        <location filename="../../editor/gui/safety/notices.py" line="27"/>
        <source>The workspace folder %1 can no longer be reached (was a network drive disconnected?).</source>
        <translation>Der Arbeitsbereichsordner %1 ist nicht mehr erreichbar (wurde ein Netzlaufwerk getrennt?).</translation>
    </message>
    <message>
        <location filename="../../editor/gui/safety/notices.py" line="32"/>
        <source>Your text was saved on this computer as:
%1

Copy it back once the workspace is available again.</source>
        <translation>Ihr Text wurde auf diesem Rechner gespeichert als:
%1

Kopieren Sie ihn zurück, sobald der Arbeitsbereich wieder verfügbar ist.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/safety/notices.py" line="37"/>
        <source>A local copy could not be saved either (%1). Keep the window open and copy your text elsewhere.</source>
        <translation>Auch eine lokale Kopie ließ sich nicht speichern (%1). Lassen Sie das Fenster offen und kopieren Sie Ihren Text an einen anderen Ort.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/safety/notices.py" line="53"/>
        <source>Workspace Unavailable</source>
        <translation>Arbeitsbereich nicht erreichbar</translation>
    </message>
</context>
<context>
    <name>SaveBanner</name>
    <message>
        <location filename="../../editor/gui/save_banner.py" line="59"/>
        <source>%1
Keep your version (the other one is kept in the article&apos;s history), or load theirs and lose your unsaved edits.</source>
        <translation>%1
Behalten Sie Ihre Fassung (die andere bleibt im Verlauf des Artikels erhalten) oder laden Sie die andere und verwerfen Ihre ungespeicherten Änderungen.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/save_banner.py" line="66"/>
        <source>Try &amp;Again</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <location filename="../../editor/gui/save_banner.py" line="67"/>
        <source>&amp;Keep Mine</source>
        <translation>Meine &amp;behalten</translation>
    </message>
    <message>
        <location filename="../../editor/gui/save_banner.py" line="68"/>
        <source>&amp;Load Theirs</source>
        <translation>Andere &amp;laden</translation>
    </message>
    <message>
        <location filename="../../editor/gui/save_banner.py" line="69"/>
        <source>&amp;Compare…</source>
        <translation>&amp;Vergleichen…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/save_banner.py" line="62"/>
        <source>%1
Your text is kept here and saving is retried automatically.</source>
        <translation>%1
Ihr Text bleibt hier erhalten; das Speichern wird automatisch wiederholt.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../editor/gui/settings_dialog.py" line="27"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../../editor/gui/settings_dialog.py" line="29"/>
        <source>Shown with your reviews and comments</source>
        <translation>Wird bei Ihren Prüfungen und Kommentaren angezeigt</translation>
    </message>
    <message>
        <location filename="../../editor/gui/settings_dialog.py" line="31"/>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <location filename="../../editor/gui/settings_dialog.py" line="52"/>
        <source>Desktop</source>
        <translation>Desktop</translation>
    </message>
    <message>
        <location filename="../../editor/gui/settings_dialog.py" line="53"/>
        <source>Mobile</source>
        <translation>Mobil</translation>
    </message>
    <message>
        <location filename="../../editor/gui/settings_dialog.py" line="56"/>
        <source>Underline misspelled words as you type</source>
        <translation>Falsch geschriebene Wörter beim Tippen unterstreichen</translation>
    </message>
    <message>
        <location filename="../../editor/gui/settings_dialog.py" line="61"/>
        <source>For your commits (empty: git&apos;s own setting)</source>
        <translation>Für Ihre Commits (leer: die Einstellung von git)</translation>
    </message>
    <message>
        <location filename="../../editor/gui/settings_dialog.py" line="62"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../../editor/gui/settings_dialog.py" line="64"/>
        <source>Only when asked</source>
        <translation>Nur auf Wunsch</translation>
    </message>
    <message>
        <location filename="../../editor/gui/settings_dialog.py" line="66"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../editor/gui/settings_dialog.py" line="73"/>
        <source>Your &amp;name:</source>
        <translation>Ihr &amp;Name:</translation>
    </message>
    <message>
        <location filename="../../editor/gui/settings_dialog.py" line="74"/>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <location filename="../../editor/gui/settings_dialog.py" line="75"/>
        <source>&amp;Save after a pause of:</source>
        <translation>Speichern nach einer &amp;Pause von:</translation>
    </message>
    <message>
        <location filename="../../editor/gui/settings_dialog.py" line="76"/>
        <source>Editor &amp;font:</source>
        <translation>Editor-Schrift&amp;art:</translation>
    </message>
    <message>
        <location filename="../../editor/gui/settings_dialog.py" line="77"/>
        <source>Font si&amp;ze:</source>
        <translation>Schrift&amp;größe:</translation>
    </message>
    <message>
        <location filename="../../editor/gui/settings_dialog.py" line="78"/>
        <source>&amp;Preview width:</source>
        <translation>&amp;Vorschaubreite:</translation>
    </message>
    <message>
        <location filename="../../editor/gui/settings_dialog.py" line="79"/>
        <source>Sp&amp;elling:</source>
        <translation>&amp;Rechtschreibung:</translation>
    </message>
    <message>
        <location filename="../../editor/gui/settings_dialog.py" line="80"/>
        <source>E-&amp;mail for commits:</source>
        <translation>E-&amp;Mail für Commits:</translation>
    </message>
    <message>
        <location filename="../../editor/gui/settings_dialog.py" line="81"/>
        <source>S&amp;ynchronise every:</source>
        <translation>S&amp;ynchronisieren alle:</translation>
    </message>
    <message>
        <location filename="../../editor/gui/settings_dialog.py" line="82"/>
        <source>&amp;Commit while typing every:</source>
        <translation>&amp;Commit beim Tippen alle:</translation>
    </message>
    <message>
        <location filename="../../editor/gui/settings_dialog.py" line="83"/>
        <source>&amp;Warn about photos over:</source>
        <translation>&amp;Warnen bei Fotos über:</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../editor/gui/help/shortcuts.py" line="88"/>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../../editor/gui/help/shortcuts.py" line="89"/>
        <source>&amp;Search:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <location filename="../../editor/gui/help/shortcuts.py" line="90"/>
        <source>Action, menu or key</source>
        <translation>Aktion, Menü oder Taste</translation>
    </message>
    <message>
        <location filename="../../editor/gui/help/shortcuts.py" line="91"/>
        <source>Search shortcuts</source>
        <translation>Tastenkürzel suchen</translation>
    </message>
    <message>
        <location filename="../../editor/gui/help/shortcuts.py" line="92"/>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../../editor/gui/help/shortcuts.py" line="93"/>
        <source>Menu</source>
        <translation>Menü</translation>
    </message>
    <message>
        <location filename="../../editor/gui/help/shortcuts.py" line="93"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location filename="../../editor/gui/help/shortcuts.py" line="94"/>
        <source>Shortcut</source>
        <translation>Tastenkürzel</translation>
    </message>
</context>
<context>
    <name>SocialCardPreview</name>
    <message>
        <location filename="../../editor/gui/social_card.py" line="128"/>
        <source>Social media card</source>
        <translation>Social-Media-Karte</translation>
    </message>
    <message>
        <location filename="../../editor/gui/social_card.py" line="129"/>
        <location filename="../../editor/gui/social_card.py" line="157"/>
        <source>No photo: the link is shared without an image</source>
        <translation>Kein Foto: Der Link wird ohne Bild geteilt</translation>
    </message>
    <message>
        <location filename="../../editor/gui/social_card.py" line="140"/>
        <source>No article</source>
        <translation>Kein Artikel</translation>
    </message>
    <message>
        <location filename="../../editor/gui/social_card.py" line="171"/>
        <source>Shared image: %1</source>
        <translation>Geteiltes Bild: %1</translation>
    </message>
    <message>
        <location filename="../../editor/gui/social_card.py" line="180"/>
        <source>The photo cannot be shown</source>
        <translation>Das Foto kann nicht angezeigt werden</translation>
    </message>
</context>
<context>
    <name>SpellingSession</name>
    <message>
        <location filename="../../editor/gui/spelling.py" line="185"/>
        <source>Spell checking is off: %1</source>
        <translation>Rechtschreibprüfung ist aus: %1</translation>
    </message>
    <message>
        <location filename="../../editor/gui/spelling.py" line="334"/>
        <source>No suggestions</source>
        <translation>Keine Vorschläge</translation>
    </message>
    <message>
        <location filename="../../editor/gui/spelling.py" line="337"/>
        <source>Add to workspace dictionary</source>
        <translation>Zum Wörterbuch des Arbeitsbereichs hinzufügen</translation>
    </message>
    <message>
        <location filename="../../editor/gui/spelling.py" line="345"/>
        <source>Ignore in this article</source>
        <translation>In diesem Artikel ignorieren</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../../editor/gui/workspace_panel/model.py" line="31"/>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <location filename="../../editor/gui/workspace_panel/model.py" line="32"/>
        <source>In review</source>
        <translation>In Prüfung</translation>
    </message>
    <message>
        <location filename="../../editor/gui/workspace_panel/model.py" line="33"/>
        <source>Changes requested</source>
        <translation>Änderungen erbeten</translation>
    </message>
    <message>
        <location filename="../../editor/gui/workspace_panel/model.py" line="34"/>
        <source>Approved</source>
        <translation>Freigegeben</translation>
    </message>
    <message>
        <location filename="../../editor/gui/workspace_panel/model.py" line="35"/>
        <source>Changed since approval</source>
        <translation>Seit Freigabe geändert</translation>
    </message>
    <message>
        <location filename="../../editor/gui/workspace_panel/model.py" line="36"/>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <location filename="../../editor/gui/workspace_panel/model.py" line="37"/>
        <source>Unreadable</source>
        <translation>Nicht lesbar</translation>
    </message>
</context>
<context>
    <name>StatusBarWidgets</name>
    <message>
        <location filename="../../editor/gui/statusbar.py" line="191"/>
        <source>1 word</source>
        <translation>1 Wort</translation>
    </message>
    <message>
        <location filename="../../editor/gui/statusbar.py" line="191"/>
        <source>%1 words</source>
        <translation>%1 Wörter</translation>
    </message>
    <message>
        <location filename="../../editor/gui/statusbar.py" line="192"/>
        <source>1 character</source>
        <translation>1 Zeichen</translation>
    </message>
    <message>
        <location filename="../../editor/gui/statusbar.py" line="192"/>
        <source>%1 characters</source>
        <translation>%1 Zeichen</translation>
    </message>
    <message>
        <location filename="../../editor/gui/statusbar.py" line="193"/>
        <source>%1 min reading</source>
        <translation>%1 Min. Lesezeit</translation>
    </message>
    <message>
        <location filename="../../editor/gui/statusbar.py" line="195"/>
        <source>Reading time at about %1 words a minute</source>
        <translation>Lesezeit bei etwa %1 Wörtern pro Minute</translation>
    </message>
    <message>
        <location filename="../../editor/gui/statusbar.py" line="200"/>
        <source>No problems</source>
        <translation>Keine Probleme</translation>
    </message>
    <message>
        <location filename="../../editor/gui/statusbar.py" line="205"/>
        <source>1 error</source>
        <translation>1 Fehler</translation>
    </message>
    <message>
        <location filename="../../editor/gui/statusbar.py" line="205"/>
        <source>%1 errors</source>
        <translation>%1 Fehler</translation>
    </message>
    <message>
        <location filename="../../editor/gui/statusbar.py" line="207"/>
        <source>1 warning</source>
        <translation>1 Warnung</translation>
    </message>
    <message>
        <location filename="../../editor/gui/statusbar.py" line="208"/>
        <source>%1 warnings</source>
        <translation>%1 Warnungen</translation>
    </message>
    <message>
        <location filename="../../editor/gui/statusbar.py" line="215"/>
        <source>Show the list of problems</source>
        <translation>Die Liste der Probleme anzeigen</translation>
    </message>
    <message>
        <location filename="../../editor/gui/statusbar.py" line="221"/>
        <source>Review: %1</source>
        <translation>Prüfung: %1</translation>
    </message>
    <message>
        <location filename="../../editor/gui/statusbar.py" line="223"/>
        <source>Review state of the open article</source>
        <translation>Prüfstatus des geöffneten Artikels</translation>
    </message>
</context>
<context>
    <name>SyncConflictDialog</name>
    <message>
        <location filename="../../editor/gui/safety/conflict.py" line="126"/>
        <source>Changed on Two Computers</source>
        <translation>Auf zwei Computern geändert</translation>
    </message>
    <message>
        <location filename="../../editor/gui/safety/conflict.py" line="129"/>
        <source>“%1” was changed on another computer too, in the same place. The article now shows the other version; yours is kept as a copy. Take over what you need, or use your text (one undo step).</source>
        <translation>„%1“ wurde auch auf einem anderen Computer geändert, an derselben Stelle. Der Artikel zeigt jetzt die andere Fassung; Ihre ist als Kopie behalten. Übernehmen Sie, was Sie brauchen, oder verwenden Sie Ihren Text (ein Rückgängig-Schritt).</translation>
    </message>
    <message>
        <location filename="../../editor/gui/safety/conflict.py" line="131"/>
        <source>This article</source>
        <translation>Dieser Artikel</translation>
    </message>
    <message>
        <location filename="../../editor/gui/safety/conflict.py" line="135"/>
        <source>Differences between their text and yours</source>
        <translation>Unterschiede zwischen deren Text und Ihrem</translation>
    </message>
    <message>
        <location filename="../../editor/gui/safety/conflict.py" line="139"/>
        <source>&amp;Keep Their Version</source>
        <translation>Deren Fassung &amp;behalten</translation>
    </message>
    <message>
        <location filename="../../editor/gui/safety/conflict.py" line="140"/>
        <source>Keep the article as it is now; your copy is removed (it stays in the article&apos;s versions).</source>
        <translation>Den Artikel lassen, wie er jetzt ist; Ihre Kopie wird entfernt (sie bleibt in den Versionen des Artikels).</translation>
    </message>
    <message>
        <location filename="../../editor/gui/safety/conflict.py" line="142"/>
        <source>Use &amp;My Text</source>
        <translation>&amp;Meinen Text verwenden</translation>
    </message>
    <message>
        <location filename="../../editor/gui/safety/conflict.py" line="143"/>
        <source>Put your text into the editor; Undo brings the other version back.</source>
        <translation>Ihren Text in den Editor übernehmen; Rückgängig holt die andere Fassung zurück.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/safety/conflict.py" line="145"/>
        <source>Save Mine as a &amp;Copy</source>
        <translation>Meine als &amp;Kopie speichern</translation>
    </message>
    <message>
        <location filename="../../editor/gui/safety/conflict.py" line="146"/>
        <source>Keep both: your text becomes a new article beside this one.</source>
        <translation>Beide behalten: Ihr Text wird ein neuer Artikel neben diesem.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/safety/conflict.py" line="148"/>
        <source>Decide &amp;Later</source>
        <translation>&amp;Später entscheiden</translation>
    </message>
    <message>
        <location filename="../../editor/gui/safety/conflict.py" line="149"/>
        <source>Keep the conflict copy; you are asked again when you open the article.</source>
        <translation>Die Konfliktkopie behalten; Sie werden beim Öffnen des Artikels erneut gefragt.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/safety/conflict.py" line="161"/>
        <source>The texts are identical.</source>
        <translation>Die Texte sind gleich.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/safety/conflict.py" line="166"/>
        <source>theirs (now in the article)</source>
        <translation>deren (jetzt im Artikel)</translation>
    </message>
    <message>
        <location filename="../../editor/gui/safety/conflict.py" line="167"/>
        <source>mine (kept as a copy)</source>
        <translation>meine (als Kopie behalten)</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <location filename="../../editor/gui/sync/controller.py" line="195"/>
        <source>Synchronising…</source>
        <translation>Synchronisiere …</translation>
    </message>
    <message>
        <location filename="../../editor/gui/sync/controller.py" line="197"/>
        <source>Offline — will retry</source>
        <translation>Offline – neuer Versuch folgt</translation>
    </message>
    <message>
        <location filename="../../editor/gui/sync/controller.py" line="201"/>
        <source>Not synchronised: %1</source>
        <translation>Nicht synchronisiert: %1</translation>
    </message>
    <message>
        <location filename="../../editor/gui/sync/controller.py" line="203"/>
        <source>1 conflict kept as a copy</source>
        <translation>1 Konflikt als Kopie behalten</translation>
    </message>
    <message>
        <location filename="../../editor/gui/sync/controller.py" line="204"/>
        <source>%1 conflicts kept as copies</source>
        <translation>%1 Konflikte als Kopien behalten</translation>
    </message>
    <message>
        <location filename="../../editor/gui/sync/controller.py" line="207"/>
        <source>1 change not yet sent</source>
        <translation>1 Änderung noch nicht gesendet</translation>
    </message>
    <message>
        <location filename="../../editor/gui/sync/controller.py" line="208"/>
        <source>%1 changes not yet sent</source>
        <translation>%1 Änderungen noch nicht gesendet</translation>
    </message>
    <message>
        <location filename="../../editor/gui/sync/controller.py" line="212"/>
        <source>Not synchronised yet</source>
        <translation>Noch nicht synchronisiert</translation>
    </message>
    <message>
        <location filename="../../editor/gui/sync/controller.py" line="213"/>
        <source>Synchronised %1</source>
        <translation>Synchronisiert %1</translation>
    </message>
    <message>
        <location filename="../../editor/gui/sync/controller.py" line="219"/>
        <source>Team server: %1</source>
        <translation>Team-Server: %1</translation>
    </message>
    <message>
        <location filename="../../editor/gui/sync/controller.py" line="222"/>
        <source>Last synchronised: %1</source>
        <translation>Zuletzt synchronisiert: %1</translation>
    </message>
    <message>
        <location filename="../../editor/gui/sync/controller.py" line="225"/>
        <source>Commits not yet sent: %1</source>
        <translation>Noch nicht gesendete Commits: %1</translation>
    </message>
    <message>
        <location filename="../../editor/gui/sync/controller.py" line="227"/>
        <source>Files not yet committed: %1</source>
        <translation>Noch nicht committete Dateien: %1</translation>
    </message>
    <message>
        <location filename="../../editor/gui/sync/controller.py" line="229"/>
        <source>Commits to fetch: %1</source>
        <translation>Noch abzuholende Commits: %1</translation>
    </message>
    <message>
        <location filename="../../editor/gui/sync/controller.py" line="231"/>
        <source>Conflict copy: %1</source>
        <translation>Konfliktkopie: %1</translation>
    </message>
    <message>
        <location filename="../../editor/gui/sync/controller.py" line="235"/>
        <source>Synchronises every %1 s and when you ask</source>
        <translation>Synchronisiert alle %1 s und auf Wunsch</translation>
    </message>
    <message>
        <location filename="../../editor/gui/sync/controller.py" line="236"/>
        <source>Synchronises when you ask</source>
        <translation>Synchronisiert nur auf Wunsch</translation>
    </message>
</context>
<context>
    <name>SyncWiring</name>
    <message>
        <location filename="../../editor/gui/sync/wiring.py" line="108"/>
        <source>Large photo</source>
        <translation>Großes Foto</translation>
    </message>
    <message>
        <location filename="../../editor/gui/sync/wiring.py" line="109"/>
        <source>These photos are large. Every copy of the workspace keeps every version of them; a smaller export of the photo would do. They are committed now.</source>
        <translation>Diese Fotos sind groß. Jede Kopie des Arbeitsbereichs behält jede Fassung davon; ein kleinerer Export des Fotos würde genügen. Sie werden jetzt committet.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/sync/wiring.py" line="118"/>
        <source>A sync is already running.</source>
        <translation>Eine Synchronisation läuft bereits.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/sync/wiring.py" line="143"/>
        <source>Changed on two computers: %1. The other version is shown; yours is kept as a copy.</source>
        <translation>Auf zwei Computern geändert: %1. Die andere Fassung wird angezeigt; Ihre ist als Kopie behalten.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/sync/wiring.py" line="228"/>
        <source>Cannot use your text</source>
        <translation>Ihr Text kann nicht übernommen werden</translation>
    </message>
    <message>
        <location filename="../../editor/gui/sync/wiring.py" line="230"/>
        <source>Use my text</source>
        <translation>Meinen Text übernehmen</translation>
    </message>
    <message>
        <location filename="../../editor/gui/sync/wiring.py" line="254"/>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message>
        <location filename="../../editor/gui/safety/trash_dialog.py" line="35"/>
        <source>Trash</source>
        <translation>Papierkorb</translation>
    </message>
    <message>
        <location filename="../../editor/gui/safety/trash_dialog.py" line="38"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../editor/gui/safety/trash_dialog.py" line="38"/>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <location filename="../../editor/gui/safety/trash_dialog.py" line="38"/>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <location filename="../../editor/gui/safety/trash_dialog.py" line="40"/>
        <source>Deleted articles</source>
        <translation>Gelöschte Artikel</translation>
    </message>
    <message>
        <location filename="../../editor/gui/safety/trash_dialog.py" line="42"/>
        <source>The trash is empty.</source>
        <translation>Der Papierkorb ist leer.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/safety/trash_dialog.py" line="43"/>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <location filename="../../editor/gui/undo.py" line="53"/>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <location filename="../../editor/gui/undo.py" line="80"/>
        <source>Change photos</source>
        <translation>Fotos ändern</translation>
    </message>
    <message>
        <location filename="../../editor/gui/undo.py" line="97"/>
        <source>Typing</source>
        <translation>Tippen</translation>
    </message>
</context>
<context>
    <name>WindowDialogs</name>
    <message>
        <location filename="../../editor/gui/window_dialogs.py" line="42"/>
        <source>Newsdesk found unsaved changes to this article from %1 that are newer than the saved file (the app may have closed unexpectedly).

Restore them?</source>
        <translation>Newsdesk hat ungespeicherte Änderungen an diesem Artikel vom %1 gefunden, die neuer sind als die gespeicherte Datei (das Programm wurde vielleicht unerwartet beendet).

Wiederherstellen?</translation>
    </message>
    <message>
        <location filename="../../editor/gui/window_dialogs.py" line="45"/>
        <source>Restore Unsaved Changes</source>
        <translation>Ungespeicherte Änderungen wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../editor/gui/window_dialogs.py" line="48"/>
        <source>The article could not be saved: %1

Quit anyway? The text is kept in the recovery journal and offered at the next start.</source>
        <translation>Der Artikel konnte nicht gespeichert werden: %1

Trotzdem beenden? Der Text bleibt im Wiederherstellungsjournal und wird beim nächsten Start angeboten.</translation>
    </message>
    <message>
        <location filename="../../editor/gui/window_dialogs.py" line="50"/>
        <source>Not Saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../../editor/gui/window_dialogs.py" line="56"/>
        <source>Open Workspace</source>
        <translation>Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <location filename="../../editor/gui/window_dialogs.py" line="61"/>
        <source>Cannot open the workspace</source>
        <translation>Der Arbeitsbereich kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../../editor/gui/window_dialogs.py" line="75"/>
        <source>About Newsdesk</source>
        <translation>Über Newsdesk</translation>
    </message>
    <message>
        <location filename="../../editor/gui/window_dialogs.py" line="76"/>
        <source>Newsdesk %1
Write, credit, review and export news articles.</source>
        <translation>Newsdesk %1
Nachrichtenartikel schreiben, mit Bildnachweisen versehen, prüfen und exportieren.</translation>
    </message>
</context>
<context>
    <name>WorkspacePanel</name>
    <message>
        <location filename="../../editor/gui/workspace_panel/panel.py" line="366"/>
        <source>Search…</source>
        <translation>Suchen…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/workspace_panel/panel.py" line="367"/>
        <source>Search title, lead, tags and text (word beginnings; ß/ss and ä/ae/a are the same)</source>
        <translation>Titel, Vorspann, Schlagwörter und Text durchsuchen (Wortanfänge; ß/ss und ä/ae/a gelten gleich)</translation>
    </message>
    <message>
        <location filename="../../editor/gui/workspace_panel/panel.py" line="369"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../editor/gui/workspace_panel/panel.py" line="369"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../editor/gui/workspace_panel/panel.py" line="369"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../editor/gui/workspace_panel/panel.py" line="373"/>
        <source>All states</source>
        <translation>Alle Status</translation>
    </message>
</context>
</TS>
