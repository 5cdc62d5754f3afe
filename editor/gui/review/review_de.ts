<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>Review</name>
    <message>
        <location filename="panel.py" line="39"/>
        <source>Submitted for review</source>
        <translation>Zur Prüfung eingereicht</translation>
    </message>
    <message>
        <location filename="panel.py" line="40"/>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <location filename="panel.py" line="41"/>
        <source>Changes requested</source>
        <translation>Änderungen erbeten</translation>
    </message>
    <message>
        <location filename="panel.py" line="42"/>
        <source>Approved</source>
        <translation>Freigegeben</translation>
    </message>
    <message>
        <location filename="panel.py" line="43"/>
        <source>Reopened</source>
        <translation>Wieder geöffnet</translation>
    </message>
    <message>
        <location filename="panel.py" line="44"/>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <location filename="panel.py" line="145"/>
        <source>Submit for review</source>
        <translation>Zur Prüfung einreichen</translation>
    </message>
    <message>
        <location filename="panel.py" line="145"/>
        <source>Approve</source>
        <translation>Freigeben</translation>
    </message>
    <message>
        <location filename="panel.py" line="146"/>
        <source>Request changes</source>
        <translation>Änderungen erbitten</translation>
    </message>
    <message>
        <location filename="panel.py" line="146"/>
        <source>Reopen</source>
        <translation>Wieder öffnen</translation>
    </message>
    <message>
        <location filename="panel.py" line="147"/>
        <source>Add comment</source>
        <translation>Kommentieren</translation>
    </message>
    <message>
        <location filename="panel.py" line="150"/>
        <source>Review mode</source>
        <translation>Prüfmodus</translation>
    </message>
    <message>
        <location filename="panel.py" line="151"/>
        <source>Save preview as PDF…</source>
        <translation>Vorschau als PDF speichern…</translation>
    </message>
    <message>
        <location filename="panel.py" line="152"/>
        <source>Comment or requested changes</source>
        <translation>Kommentar oder erbetene Änderungen</translation>
    </message>
    <message>
        <location filename="panel.py" line="153"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location filename="panel.py" line="153"/>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <location filename="panel.py" line="153"/>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <location filename="panel.py" line="154"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location filename="panel.py" line="155"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location filename="panel.py" line="156"/>
        <source>Changes since approval</source>
        <translation>Änderungen seit Freigabe</translation>
    </message>
    <message>
        <location filename="panel.py" line="201"/>
        <location filename="panel.py" line="257"/>
        <source>Enter your name to take part in the review.</source>
        <translation>Geben Sie Ihren Namen ein, um an der Prüfung teilzunehmen.</translation>
    </message>
    <message>
        <location filename="panel.py" line="205"/>
        <source>Write a comment first.</source>
        <translation>Schreiben Sie zuerst einen Kommentar.</translation>
    </message>
    <message>
        <location filename="panel.py" line="211"/>
        <source>Not approved: fix these problems first:</source>
        <translation>Nicht freigegeben: Beheben Sie zuerst diese Probleme:</translation>
    </message>
    <message>
        <location filename="panel.py" line="234"/>
        <source>{title} · Review state: {state} · Content {hash} · {date}</source>
        <translation>{title} · Prüfstatus: {state} · Inhalt {hash} · {date}</translation>
    </message>
    <message>
        <location filename="panel.py" line="237"/>
        <source>A PDF is still being written.</source>
        <translation>Ein PDF wird noch geschrieben.</translation>
    </message>
    <message>
        <location filename="panel.py" line="239"/>
        <source>Writing PDF…</source>
        <translation>PDF wird geschrieben…</translation>
    </message>
    <message>
        <location filename="panel.py" line="252"/>
        <source>Not possible while the article is in state “{0}”.</source>
        <translation>Nicht möglich, solange der Artikel den Status „{0}“ hat.</translation>
    </message>
    <message>
        <location filename="panel.py" line="255"/>
        <source>Write in the comment box which changes are needed.</source>
        <translation>Schreiben Sie ins Kommentarfeld, welche Änderungen nötig sind.</translation>
    </message>
    <message>
        <location filename="panel.py" line="261"/>
        <source>Your name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <location filename="panel.py" line="262"/>
        <source>Your name, recorded with your review actions:</source>
        <translation>Ihr Name, der bei Ihren Prüfschritten vermerkt wird:</translation>
    </message>
    <message>
        <location filename="panel.py" line="268"/>
        <source>Save preview as PDF</source>
        <translation>Vorschau als PDF speichern</translation>
    </message>
    <message>
        <location filename="panel.py" line="269"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <location filename="panel.py" line="306"/>
        <source>No article</source>
        <translation>Kein Artikel</translation>
    </message>
    <message>
        <location filename="panel.py" line="309"/>
        <source>State: {0}</source>
        <translation>Status: {0}</translation>
    </message>
    <message>
        <location filename="panel.py" line="310"/>
        <location filename="panel.py" line="325"/>
        <source>Content {0}</source>
        <translation>Inhalt {0}</translation>
    </message>
    <message>
        <location filename="panel.py" line="313"/>
        <source>approved {0} by {1} at {2}</source>
        <translation>{0} freigegeben von {1} am {2}</translation>
    </message>
    <message>
        <location filename="panel.py" line="317"/>
        <source>Unreadable review events: {0}</source>
        <translation>Unlesbare Prüfereignisse: {0}</translation>
    </message>
    <message>
        <location filename="panel.py" line="356"/>
        <source>This article has never been approved.</source>
        <translation>Dieser Artikel wurde noch nie freigegeben.</translation>
    </message>
    <message>
        <location filename="panel.py" line="370"/>
        <source>PDF saved: {0}</source>
        <translation>PDF gespeichert: {0}</translation>
    </message>
    <message>
        <location filename="panel.py" line="373"/>
        <source>The PDF could not be written: {0}</source>
        <translation>Das PDF konnte nicht geschrieben werden: {0}</translation>
    </message>
</context>
</TS>
