"""Citation clusters: input order and ``collapse`` (citeproc-py has neither).

Defects of citeproc-py 0.11.1 fixed here:

* cites in a cluster are put in bibliography order even when the style has no citation
  ``<sort>``; citeproc-js keeps the order the author wrote ("(Wong 1999; Garcia 1998)");
* cite grouping is ignored: with ``cite-group-delimiter`` or a year ``collapse``, sorted cites
  whose names print the same are moved next to the first of them ("Smith 2003, 2010; Jones
  2005"; as in citeproc-js, cites the style does not sort stay in the author's order);
* ``collapse`` is ignored. Implemented (CSL 1.0.2 "Citation Collapsing"):
  ``citation-number`` ("[1]–[3], [5]"; a run of three or more consecutive numbers becomes a
  range), ``year`` ("Smith 1900, 2000": the names of consecutive cites by the same names are
  printed once, cites joined by ``cite-group-delimiter``, default ", "), ``year-suffix``
  ("Smith 2000a, b") and ``year-suffix-ranged`` ("Smith 2000a–c"), with
  ``year-suffix-delimiter`` and ``after-collapse-delimiter``.

Cites of a group are recognised by the text their first ``<names>`` printed (captured by
:class:`.layout.NamesCapture`), the remainder of a cite being what follows those names.
"""

from __future__ import annotations

import itertools
import re

from citeproc.string import join

from refnorm.rendering.patches import layout as _layout

__all__ = ["MIXINS", "CitationCollapse"]

_LEAD = re.compile(r"^[\s,;:.]+")


def _year(item) -> str | None:
    issued = item.reference.get("issued")
    try:
        return str(issued.year) if issued is not None else None
    except Exception:
        return None


def _grouped(rendered: list) -> list:
    """Cite grouping (CSL 1.0.2): cites whose names print the same join the first such cite,
    keeping their relative order ("Smith 2003; Jones 2005; Smith 2010" -> Smith, Smith, Jones)."""
    groups: dict = {}
    order: list = []
    for entry in rendered:
        key = entry[2] if entry[2] is not None else object()
        if key not in groups:
            groups[key] = []
            order.append(key)
        groups[key].append(entry)
    return [entry for key in order for entry in groups[key]]


class CitationCollapse:
    """Mixin for ``<layout>`` (replaces citeproc-py's ``Layout.render_citation``)."""

    def render_citation(self, citation, callback):
        parent = self.getparent()
        good = [cite for cite in citation.cites if not cite.is_bad()]
        bad = [cite for cite in citation.cites if cite.is_bad()]
        if parent.sort is not None:
            good = parent.sort.sort(good, self)
        rendered = []
        for item in good:
            self.repressed = {}
            _layout._CAPTURE.active, _layout._CAPTURE.first = True, None
            output = self.render_children(item)
            _layout._CAPTURE.active = False
            if output is None:
                continue
            text = item.get("prefix", "") + output + item.get("suffix", "")
            names = _layout._CAPTURE.first[0] if _layout._CAPTURE.first else None
            rendered.append((item, text, names))
            parent.cites.append(item)
        delimiter = self.get("delimiter", "")
        collapse = parent.get("collapse")
        grouping = collapse in ("year", "year-suffix", "year-suffix-ranged")
        if parent.sort is not None and (grouping or parent.get("cite-group-delimiter") is not None):
            # citeproc-js groups sorted cites only: cites in the author's order stay there
            rendered = _grouped(rendered)
        if collapse == "citation-number":
            text = self._collapse_numbers(rendered, delimiter)
        elif grouping:
            text = self._collapse_years(rendered, delimiter, collapse)
        elif parent.get("cite-group-delimiter") is not None and rendered:
            group_delimiter = parent.get("cite-group-delimiter")
            text = str(rendered[0][1])
            for previous, entry in itertools.pairwise(rendered):
                same = entry[2] is not None and entry[2] == previous[2]
                text += (group_delimiter if same else delimiter) + str(entry[1])
        else:
            text = join([t for _, t, _ in rendered], delimiter) if rendered else None
        pieces = [text] if text else []
        for item in bad:
            pieces.append(callback(item) or f"{item.key}?")
        return self.format(self.wrap(join(pieces, delimiter))) if pieces else None

    def _collapse_numbers(self, rendered, delimiter):
        if any(item.get("prefix") or item.get("suffix") or item.get("locator") for item, _, _ in rendered):
            return join([t for _, t, _ in rendered], delimiter) if rendered else None
        runs: list[list] = []
        for entry in rendered:
            if runs and entry[0].number == runs[-1][-1][0].number + 1:
                runs[-1].append(entry)
            else:
                runs.append([entry])
        pieces = []
        for run in runs:
            if len(run) >= 3:
                pieces.append(str(run[0][1]) + "\u2013" + str(run[-1][1]))
            else:
                pieces.extend(str(t) for _, t, _ in run)
        return join(pieces, delimiter) if pieces else None

    def _collapse_years(self, rendered, delimiter, collapse):
        parent = self.getparent()
        group_delimiter = parent.get("cite-group-delimiter", ", ")
        suffix_delimiter = parent.get("year-suffix-delimiter", parent.get("cite-group-delimiter", delimiter))
        after_delimiter = parent.get("after-collapse-delimiter", delimiter)
        explicit_after = collapse == "year" and parent.get("after-collapse-delimiter") is not None
        groups: list[list] = []
        for entry in rendered:
            names = entry[2]
            if groups and names and groups[-1][0][2] == names:
                groups[-1].append(entry)
            else:
                groups.append([entry])
        texts = []
        for group in groups:
            # segments: [text, letters] -- letters are year suffixes collapsed onto the text
            first_item = group[0][0]
            segments = [[str(group[0][1]), [first_item.reference.get("year_suffix")], first_item]]
            for item, cite_text, names in group[1:]:
                rest = str(cite_text)
                at = rest.find(names)
                rest = _LEAD.sub("", rest[at + len(names):]) if at >= 0 else rest
                if not rest:
                    continue
                previous = segments[-1][2]
                year, letter = _year(item), item.reference.get("year_suffix")
                if (collapse != "year" and letter and segments[-1][1][-1] and year == _year(previous)
                        and rest == f"{year}{letter}" and not item.get("locator")):
                    segments[-1][1].append(letter)
                    segments[-1][2] = item
                    continue
                # after a run of collapsed year suffixes ("2000a, b"), the after-collapse delimiter
                collapsed = len(segments[-1][1]) > 1
                # citeproc-js (CSL.getSpliceDelimiter): a style that sets after-collapse-delimiter
                # joins a group's cites with it ("(Radev 2022a; 2022b)", ISO 690); otherwise the
                # cite-group delimiter, locators or not ("(Müller, 2017b, 2017a, p. 7)", APA)
                joiner = after_delimiter if collapsed or explicit_after else group_delimiter
                segments.append([joiner + rest, [letter], item])
            out = ""
            for text, letters, _ in segments:
                if len(letters) > 1:
                    text = text[: len(text) - len(letters[0])] + suffix_delimiter.join(
                        self._letters(letters, collapse == "year-suffix-ranged"))
                out += text
            texts.append((out, len(group) > 1))
        result = ""
        for n, (text, _collapsed) in enumerate(texts):
            if n:
                result += after_delimiter if texts[n - 1][1] else delimiter
            result += text
        return result or None

    @staticmethod
    def _letters(letters, ranged):
        if not ranged:
            return letters
        out, run = [], [letters[0]]
        for letter in letters[1:]:
            if len(letter) == 1 and len(run[-1]) == 1 and ord(letter) == ord(run[-1]) + 1:
                run.append(letter)
                continue
            out.append(f"{run[0]}\u2013{run[-1]}" if len(run) >= 3 else None)
            if out[-1] is None:
                out[-1:] = run
            run = [letter]
        out.extend([f"{run[0]}\u2013{run[-1]}"] if len(run) >= 3 else run)
        return out


MIXINS = {"layout": (CitationCollapse,)}
