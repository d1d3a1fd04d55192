"""`fix` online against the local Crossref (real HTTP), then offline from the warm cache."""

from __future__ import annotations

import crossref_server as local_crossref
from crossref_server import load_works
from refnorm.fix import fix_text
from refnorm.rendering.api import render_entries

crossref_server_module = local_crossref.crossref_server_module
crossref_server = local_crossref.crossref_server


def _reference_list(n: int = 4) -> str:
    from refnorm.enrichment.merge import work_to_csl

    works = [w for w in load_works() if w.get("type") == "journal-article" and w.get("author") and w.get("page")]
    csl = []
    for w in works[:n]:
        item = work_to_csl(w)
        item.pop("DOI", None)  # the list lacks DOIs: enrichment must search for them
        item.pop("URL", None)
        csl.append(dict(item, id=w["DOI"]))
    texts = render_entries(csl, style="vancouver", locale="en-US")
    return "References\n\n" + "".join(f"{i}. {t.replace(';', ' ; ', 1)}\n" for i, t in enumerate(texts, start=1))


def test_online_then_offline_from_the_cache(crossref_server, tmp_path):
    src = _reference_list()
    options = {"cache_dir": str(tmp_path), "style": "vancouver", "locale": "en-US"}
    online = fix_text(src, offline=False, mailto="test@example.org", crossref_url=crossref_server.url, **options)
    assert crossref_server.requests, "the online run asked the local Crossref"
    assert not any(d.code == "fix.enrich-failed" for d in online.diagnostics)
    assert len(online.items) == 4
    works = [w["DOI"].lower() for w in load_works() if w.get("type") == "journal-article" and w.get("author")
             and w.get("page")][:4]
    found = 0
    for item, doi in zip(online.items, works, strict=True):  # a DOI found is the work's own, never another's
        for ref in item.references:
            if ref.get("DOI"):
                found += 1
                assert ref["DOI"].lower() == doi
                assert ref.provenance.get("DOI") == "crossref"
    assert found >= 1, [it.to_dict() for it in online.items]
    crossref_server.reset_counts()
    offline = fix_text(online.text, offline=True, **options)
    assert crossref_server.requests == []  # warm cache, offline: no request at all
    assert not offline.changed, offline.diff()
