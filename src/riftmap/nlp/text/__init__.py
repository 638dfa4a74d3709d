"""Text conventions every later stage shares: where sentences must break and where quotation
marks open and close (``quotemarks``: the one set of quotation marks riftmap knows)."""
