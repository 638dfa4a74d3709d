"""Stage 2 of extraction: every mention of a document resolved to an actor (``document`` runs
the passes over an explicit ``state``: names, definitions, then epithets, groups and pronouns
in text order), each statement's source resolved to its speaker (``component``), and identities
shared across a corpus (``corpus``)."""
