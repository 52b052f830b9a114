"""The language server: factcheck's findings in the editor as diagnostics, hovers and quick fixes.

`drafts.py` holds what the server knows of a draft (findings, positions,
hover text, the base in use) and needs no protocol library; `server.py`
speaks the protocol with pygls, an optional dependency (factcheck[lsp]).
"""
