"""Value-level normalisers, one concern a module (dates, names, pages, identifiers, unicode...).

Each module offers plain functions on strings (used by the parser to build CSL values) and a
Reference-level step registered in :mod:`refnorm.pipeline`.
"""
