"""Crossref enrichment: fetch and verify DOIs, find missing ones, merge with provenance."""
