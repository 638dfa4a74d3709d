"""Stage 3 of extraction: who acts on whom (``component``), typed with PLOVER (``plover``),
found in predicates (``acts``), reactions (``reactions``) and the stance of statements
(``stance``), with their agents and targets (``targets``), modality and topic."""
