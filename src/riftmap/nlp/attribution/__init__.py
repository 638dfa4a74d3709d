"""Stage 1 of extraction: attributed statements (cue, source, content) found by two CRFs
(``component``, ``features``) backed by rules (``rules``, ``content``, ``statements``) and
turned into the contract's character spans (``spans``)."""
