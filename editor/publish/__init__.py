"""Export: web image derivatives with embedded credits, the HTML bundle folder and its zip.

The GUI and the command line use :func:`export_article` (see ``bundle.py``); it never
imports Qt, reports progress through a callback and can be cancelled with an Event.
"""
