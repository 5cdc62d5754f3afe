<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de_DE">
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="conflict.py" line="36" />
        <source>Changed by Someone Else</source>
        <translation>Von jemand anderem geändert</translation>
    </message>
    <message>
        <location filename="conflict.py" line="39" />
        <source>“%1” was deleted or moved by someone else since you opened it. Your text has not been saved.</source>
        <translation>„%1“ wurde seit dem Öffnen von jemand anderem gelöscht oder verschoben. Ihr Text ist noch nicht gespeichert.</translation>
    </message>
    <message>
        <location filename="conflict.py" line="42" />
        <source>“%1” was changed by someone else (or a sync program) since you opened it. Your text has not been saved, so nothing was overwritten.</source>
        <translation>„%1“ wurde seit dem Öffnen von jemand anderem (oder einem Sync-Programm) geändert. Ihr Text wurde nicht gespeichert, es wurde also nichts überschrieben.</translation>
    </message>
    <message>
        <location filename="conflict.py" line="45" />
        <source>This article</source>
        <translation>Dieser Artikel</translation>
    </message>
    <message>
        <location filename="conflict.py" line="54" />
        <source>&amp;Reload Their Version</source>
        <translation>Deren Fassung &amp;neu laden</translation>
    </message>
    <message>
        <location filename="conflict.py" line="55" />
        <source>Discard your unsaved changes and show the article as it is on disk now.</source>
        <translation>Ihre ungespeicherten Änderungen verwerfen und den Artikel so zeigen, wie er jetzt auf dem Laufwerk liegt.</translation>
    </message>
    <message>
        <location filename="conflict.py" line="57" />
        <location filename="conflict.py" line="89" />
        <source>&amp;Compare</source>
        <translation>&amp;Vergleichen</translation>
    </message>
    <message>
        <location filename="conflict.py" line="59" />
        <source>Save Mine as a &amp;Copy</source>
        <translation>Meine als &amp;Kopie speichern</translation>
    </message>
    <message>
        <location filename="conflict.py" line="60" />
        <source>Keep both: your text becomes a new article beside this one.</source>
        <translation>Beide behalten: Ihr Text wird ein neuer Artikel neben diesem.</translation>
    </message>
    <message>
        <location filename="conflict.py" line="62" />
        <source>Keep &amp;Editing</source>
        <translation>&amp;Weiter bearbeiten</translation>
    </message>
    <message>
        <location filename="conflict.py" line="80" />
        <source>theirs (on disk)</source>
        <translation>deren (auf dem Laufwerk)</translation>
    </message>
    <message>
        <location filename="conflict.py" line="81" />
        <source>mine (not saved)</source>
        <translation>meine (nicht gespeichert)</translation>
    </message>
    <message>
        <location filename="conflict.py" line="85" />
        <source>The texts are identical.</source>
        <translation>Die Texte sind gleich.</translation>
    </message>
    <message>
        <location filename="conflict.py" line="89" />
        <source>Hide &amp;Comparison</source>
        <translation>&amp;Vergleich ausblenden</translation>
    </message>
</context>
<context>
    <name>EditLocks</name>
    <message>
        <location filename="locking.py" line="26" />
        <source>Read-only: this article is %1.</source>
        <translation>Schreibgeschützt: Dieser Artikel %1.</translation>
    </message>
    <message>
        <location filename="locking.py" line="52" />
        <source>Read-only: you cannot save in this folder.</source>
        <translation>Schreibgeschützt: Sie können in diesem Ordner nicht speichern.</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="history_dialog.py" line="44" />
        <source>Versions of “%1”</source>
        <translation>Fassungen von „%1“</translation>
    </message>
    <message>
        <location filename="history_dialog.py" line="52" />
        <source>Each save keeps the text it replaces. Red lines would be removed and green lines added by restoring the selected version.</source>
        <translation>Jedes Speichern bewahrt den ersetzten Text auf. Beim Wiederherstellen der gewählten Fassung würden rote Zeilen entfernt und grüne hinzugefügt.</translation>
    </message>
    <message>
        <location filename="history_dialog.py" line="56" />
        <source>&amp;Restore This Version</source>
        <translation>Diese Fassung &amp;wiederherstellen</translation>
    </message>
    <message>
        <location filename="history_dialog.py" line="80" />
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="history_dialog.py" line="82" />
        <source>%1 bytes</source>
        <translation>%1 Byte</translation>
    </message>
    <message>
        <location filename="history_dialog.py" line="87" />
        <source>There are no earlier versions yet.</source>
        <translation>Es gibt noch keine früheren Fassungen.</translation>
    </message>
    <message>
        <location filename="history_dialog.py" line="103" />
        <source>This version is the same as the current text.</source>
        <translation>Diese Fassung ist gleich dem aktuellen Text.</translation>
    </message>
    <message>
        <location filename="history_dialog.py" line="115" />
        <source>Not restored: someone else changed the article in the meantime. Reload it and try again.</source>
        <translation>Nicht wiederhergestellt: Jemand anderes hat den Artikel inzwischen geändert. Laden Sie ihn neu und versuchen Sie es noch einmal.</translation>
    </message>
</context>
<context>
    <name>LockNotice</name>
    <message>
        <location filename="lock_notice.py" line="14" />
        <source>someone</source>
        <translation>jemandem</translation>
    </message>
    <message>
        <location filename="lock_notice.py" line="15" />
        <source>another computer</source>
        <translation>einem anderen Rechner</translation>
    </message>
    <message>
        <location filename="lock_notice.py" line="16" />
        <source>being edited by %1 on %2 since %3</source>
        <translation>wird von %1 auf %2 seit %3 bearbeitet</translation>
    </message>
    <message>
        <location filename="lock_notice.py" line="23" />
        <source>Article in Use</source>
        <translation>Artikel in Bearbeitung</translation>
    </message>
    <message>
        <location filename="lock_notice.py" line="24" />
        <source>This article is %1.</source>
        <translation>Dieser Artikel %1.</translation>
    </message>
    <message>
        <location filename="lock_notice.py" line="27" />
        <source>The lock looks abandoned (the program that set it is no longer running, or it is very old). You can take it over and edit, or open the article read-only.</source>
        <translation>Die Sperre scheint verwaist (das Programm, das sie gesetzt hat, läuft nicht mehr, oder sie ist sehr alt). Sie können sie übernehmen und bearbeiten oder den Artikel schreibgeschützt öffnen.</translation>
    </message>
    <message>
        <location filename="lock_notice.py" line="32" />
        <source>It opens read-only. Take over only if you are sure nobody is working on it: if they are, their next save will be refused rather than overwrite yours, and the other way round.</source>
        <translation>Er wird schreibgeschützt geöffnet. Übernehmen Sie nur, wenn Sie sicher sind, dass niemand daran arbeitet: Sonst wird deren nächstes Speichern abgelehnt, statt Ihres zu überschreiben, und umgekehrt.</translation>
    </message>
    <message>
        <location filename="lock_notice.py" line="37" />
        <source>Open &amp;Read-Only</source>
        <translation>&amp;Schreibgeschützt öffnen</translation>
    </message>
    <message>
        <location filename="lock_notice.py" line="39" />
        <source>&amp;Take Over</source>
        <translation>Ü&amp;bernehmen</translation>
    </message>
</context>
<context>
    <name>SafetyNotices</name>
    <message>
        <location filename="notices.py" line="15" />
        <source>The workspace %1 is read-only for you. Articles open for reading; changes cannot be saved there.</source>
        <translation>Der Arbeitsbereich %1 ist für Sie schreibgeschützt. Artikel öffnen sich zum Lesen; Änderungen können dort nicht gespeichert werden.</translation>
    </message>
    <message>
        <location filename="notices.py" line="22" />
        <source>Read-Only Workspace</source>
        <translation>Schreibgeschützter Arbeitsbereich</translation>
    </message>
    <message>
        <location filename="notices.py" line="27" />
        <source>The workspace folder %1 can no longer be reached (was a network drive disconnected?).</source>
        <translation>Der Arbeitsbereichsordner %1 ist nicht mehr erreichbar (wurde ein Netzlaufwerk getrennt?).</translation>
    </message>
    <message>
        <location filename="notices.py" line="32" />
        <source>Your text was saved on this computer as:
%1

Copy it back once the workspace is available again.</source>
        <translation>Ihr Text wurde auf diesem Rechner gespeichert als:
%1

Kopieren Sie ihn zurück, sobald der Arbeitsbereich wieder verfügbar ist.</translation>
    </message>
    <message>
        <location filename="notices.py" line="37" />
        <source>A local copy could not be saved either (%1). Keep the window open and copy your text elsewhere.</source>
        <translation>Auch eine lokale Kopie ließ sich nicht speichern (%1). Lassen Sie das Fenster offen und kopieren Sie Ihren Text an einen anderen Ort.</translation>
    </message>
    <message>
        <location filename="notices.py" line="53" />
        <source>Workspace Unavailable</source>
        <translation>Arbeitsbereich nicht erreichbar</translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message>
        <location filename="trash_dialog.py" line="34" />
        <source>Trash</source>
        <translation>Papierkorb</translation>
    </message>
    <message>
        <location filename="trash_dialog.py" line="37" />
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="trash_dialog.py" line="37" />
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <location filename="trash_dialog.py" line="37" />
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <location filename="trash_dialog.py" line="40" />
        <source>The trash is empty.</source>
        <translation>Der Papierkorb ist leer.</translation>
    </message>
    <message>
        <location filename="trash_dialog.py" line="41" />
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
</context>
</TS>