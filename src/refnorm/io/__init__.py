"""One adapter per file format: read(text) -> Document, write(Document) -> text."""
