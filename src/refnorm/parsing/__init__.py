"""From text to records: split a list into entries, tokenise, label fields, build CSL."""
