"""CSL rendering through citeproc-py (patched), styles and locales, and data formats."""
