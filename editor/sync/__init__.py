"""Team workspaces through Git: the system ``git`` command behind a small Qt-free layer.

:mod:`editor.sync.git` runs git (no shell, a timeout, never a prompt, C locale for the
output we parse); :mod:`editor.sync.engine` commits content, syncs (fetch, rebase, push)
and resolves conflicts so that neither side is ever lost. Credentials are git's business
(credential helpers, ssh-agent): Newsdesk never sees or stores them.
"""
