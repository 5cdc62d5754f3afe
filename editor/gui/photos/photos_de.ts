<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
    <context>
        <name>PhotoAttach</name>
        <message>
            <location filename="attach.py" line="36" />
            <source>Photos</source>
            <translation>Fotos</translation>
        </message>
        <message>
            <location filename="attach.py" line="38" />
            <source>Attach photos</source>
            <translation>Fotos anhängen</translation>
        </message>
        <message>
            <location filename="attach.py" line="40" />
            <source>Choose the new file</source>
            <translation>Neue Datei wählen</translation>
        </message>
        <message>
            <location filename="attach.py" line="56" />
            <source>pasted</source>
            <translation>eingefügt</translation>
        </message>
        <message>
            <location filename="attach.py" line="59" />
            <source>The pasted image could not be saved.</source>
            <translation>Das eingefügte Bild konnte nicht gespeichert werden.</translation>
        </message>
        <message>
            <location filename="attach.py" line="109" />
            <source>Reading photos…</source>
            <translation>Fotos werden gelesen…</translation>
        </message>
        <message>
            <location filename="attach.py" line="119" />
            <location filename="attach.py" line="144" />
            <source>Some files cannot be attached</source>
            <translation>Einige Dateien können nicht angehängt werden</translation>
        </message>
        <message>
            <location filename="attach.py" line="138" />
            <source>Copying photos…</source>
            <translation>Fotos werden kopiert…</translation>
        </message>
    </context>
    <context>
        <name>PhotoDialog</name>
        <message>
            <location filename="dialog.py" line="127" />
            <source>Caption</source>
            <translation>Bildunterschrift</translation>
        </message>
        <message>
            <location filename="dialog.py" line="128" />
            <source>Alt text</source>
            <translation>Alternativtext</translation>
        </message>
        <message>
            <location filename="dialog.py" line="129" />
            <source>Creator</source>
            <translation>Urheber/in</translation>
        </message>
        <message>
            <location filename="dialog.py" line="130" />
            <source>Credit line</source>
            <translation>Bildnachweis</translation>
        </message>
        <message>
            <location filename="dialog.py" line="131" />
            <source>Copyright notice</source>
            <translation>Copyright-Vermerk</translation>
        </message>
        <message>
            <location filename="dialog.py" line="132" />
            <source>Licence / usage terms</source>
            <translation>Lizenz / Nutzungsbedingungen</translation>
        </message>
        <message>
            <location filename="dialog.py" line="133" />
            <source>Rights URL</source>
            <translation>Rechte-URL</translation>
        </message>
        <message>
            <location filename="dialog.py" line="137" />
            <source>Photo credits</source>
            <translation>Bildnachweise</translation>
        </message>
        <message numerus="yes">
            <location filename="dialog.py" line="138" />
            <source>Credits for %n photos</source>
            <translation>
                <numerusform>Bildnachweis für %n Foto</numerusform>
                <numerusform>Bildnachweise für %n Fotos</numerusform>
            </translation>
        </message>
        <message>
            <location filename="dialog.py" line="143" />
            <source>Required</source>
            <translation>Pflichtfeld</translation>
        </message>
        <message>
            <location filename="dialog.py" line="145" />
            <source>What the photo shows, for people who cannot see it</source>
            <translation>Was das Foto zeigt, für Menschen, die es nicht sehen können</translation>
        </message>
        <message>
            <location filename="dialog.py" line="146" />
            <source>Apply credit fields to all photos</source>
            <translation>Bildnachweise für alle Fotos übernehmen</translation>
        </message>
        <message>
            <location filename="dialog.py" line="148" />
            <source>Keep as incomplete (flagged; export refuses it until filled)</source>
            <translation>Unvollständig behalten (markiert; Export verweigert es, bis alles ausgefüllt ist)</translation>
        </message>
        <message>
            <location filename="dialog.py" line="164" />
            <source>from the file: %1</source>
            <translation>aus der Datei: %1</translation>
        </message>
        <message>
            <location filename="dialog.py" line="167" />
            <source>Loading…</source>
            <translation>Wird geladen…</translation>
        </message>
        <message>
            <location filename="dialog.py" line="178" />
            <source>No preview</source>
            <translation>Keine Vorschau</translation>
        </message>
        <message>
            <location filename="dialog.py" line="209" />
            <source>%1 characters; about %2 are best, at most %3</source>
            <translation>%1 Zeichen; etwa %2 sind ideal, höchstens %3</translation>
        </message>
        <message>
            <location filename="dialog.py" line="232" />
            <source>Still needed: %1</source>
            <translation>Es fehlt noch: %1</translation>
        </message>
    </context>
    <context>
        <name>PhotoPanel</name>
        <message>
            <location filename="panel.py" line="198" />
            <source>Add…</source>
            <translation>Hinzufügen…</translation>
        </message>
        <message>
            <location filename="panel.py" line="198" />
            <source>Insert</source>
            <translation>Einfügen</translation>
        </message>
        <message>
            <location filename="panel.py" line="199" />
            <source>Lead photo</source>
            <translation>Aufmacherfoto</translation>
        </message>
        <message>
            <location filename="panel.py" line="199" />
            <source>Credits…</source>
            <translation>Bildnachweis…</translation>
        </message>
        <message>
            <location filename="panel.py" line="200" />
            <source>Replace…</source>
            <translation>Ersetzen…</translation>
        </message>
        <message>
            <location filename="panel.py" line="200" />
            <source>Up</source>
            <translation>Hoch</translation>
        </message>
        <message>
            <location filename="panel.py" line="200" />
            <source>Down</source>
            <translation>Runter</translation>
        </message>
        <message>
            <location filename="panel.py" line="201" />
            <source>Remove</source>
            <translation>Entfernen</translation>
        </message>
        <message>
            <location filename="panel.py" line="202" />
            <source>Attach photos (or drop files here, or paste an image)</source>
            <translation>Fotos anhängen (oder Dateien hierher ziehen oder ein Bild einfügen)</translation>
        </message>
        <message>
            <location filename="panel.py" line="203" />
            <source>Insert the photo at the cursor in the text</source>
            <translation>Das Foto an der Cursorposition in den Text einfügen</translation>
        </message>
        <message>
            <location filename="panel.py" line="204" />
            <source>Use as the article's lead photo</source>
            <translation>Als Aufmacherfoto des Artikels verwenden</translation>
        </message>
        <message>
            <location filename="panel.py" line="205" />
            <source>Edit caption, alt text and credits</source>
            <translation>Bildunterschrift, Alternativtext und Bildnachweis bearbeiten</translation>
        </message>
        <message>
            <location filename="panel.py" line="206" />
            <source>Use another file, keeping the credits</source>
            <translation>Eine andere Datei verwenden, Bildnachweis bleibt</translation>
        </message>
        <message>
            <location filename="panel.py" line="207" />
            <source>Move up</source>
            <translation>Nach oben</translation>
        </message>
        <message>
            <location filename="panel.py" line="207" />
            <source>Move down</source>
            <translation>Nach unten</translation>
        </message>
        <message>
            <location filename="panel.py" line="208" />
            <source>Remove the photo from the article</source>
            <translation>Das Foto aus dem Artikel entfernen</translation>
        </message>
        <message>
            <location filename="panel.py" line="212" />
            <source>Paste image</source>
            <translation>Bild einfügen</translation>
        </message>
        <message>
            <location filename="panel.py" line="213" />
            <source>No photos yet. Drop photos here or use Add…</source>
            <translation>Noch keine Fotos. Fotos hierher ziehen oder „Hinzufügen…“ verwenden.</translation>
        </message>
        <message>
            <location filename="panel.py" line="224" />
            <source>incomplete</source>
            <translation>unvollständig</translation>
        </message>
        <message>
            <location filename="panel.py" line="224" />
            <source>no credit</source>
            <translation>kein Bildnachweis</translation>
        </message>
        <message>
            <location filename="panel.py" line="225" />
            <source>no alt text</source>
            <translation>kein Alternativtext</translation>
        </message>
        <message>
            <location filename="panel.py" line="225" />
            <source>unused</source>
            <translation>nicht verwendet</translation>
        </message>
        <message>
            <location filename="panel.py" line="235" />
            <source>lead</source>
            <translation>Aufmacher</translation>
        </message>
        <message>
            <location filename="panel.py" line="336" />
            <source>Cannot paste the image</source>
            <translation>Bild kann nicht eingefügt werden</translation>
        </message>
        <message>
            <location filename="panel.py" line="394" />
            <source>Credits not changed</source>
            <translation>Bildnachweis nicht geändert</translation>
        </message>
        <message>
            <location filename="panel.py" line="408" />
            <source>Copying photos…</source>
            <translation>Fotos werden kopiert…</translation>
        </message>
        <message>
            <location filename="panel.py" line="411" />
            <location filename="panel.py" line="413" />
            <source>Cannot replace the photo</source>
            <translation>Foto kann nicht ersetzt werden</translation>
        </message>
        <message>
            <location filename="panel.py" line="436" />
            <source>The text still places photo '%1' (line %2). Remove it anyway?</source>
            <translation>Der Text verwendet das Foto „%1“ noch (Zeile %2). Trotzdem entfernen?</translation>
        </message>
        <message>
            <location filename="panel.py" line="438" />
            <source>Remove photo</source>
            <translation>Foto entfernen</translation>
        </message>
    </context>
</TS>