"""``<substitute>``: a substituted variable is not printed again later in the entry.

CSL 1.0.2, "Substitution": once a variable has been used as a substitute, it is treated as
empty for the rest of the entry. citeproc-py only remembers the ``variable`` attribute of the
substitute's child, so a substitute given as a macro (``<text macro="title"/>``, as APA and
Chicago do) or as ``<names>`` suppresses nothing: "Evolutionary Ecology. (1998). Evolutionary
Ecology." and editors printed twice ("Pileio, G. (Ed.). (2020). ... (G. Pileio, ed.)").

A ``<names>`` inside a ``<choose>`` inside ``<substitute>`` lost the substituted
``<names>``'s ``<name>`` and ``<label>`` ("G. Pileio" for "Pileio, Giuseppe, ed."): it inherits
them now.

The ``<names>`` element's affixes and formatting framed whatever the substitute printed; in
citeproc-js they frame names only: a title substituted for missing authors is printed bare
(médecine/sciences' ``<names variable="author" suffix=".">`` gives "Title Container." where
citeproc-py printed "Title. Container.").

Here every variable actually rendered while the substitute's child ran is recorded and
suppressed for ``<text>``, ``<names>``, ``<date>`` and ``<number>`` for the rest of the entry.
The suppressed set lives in the layout's ``repressed`` mapping, which citeproc-py already
resets before each entry, each cite and each sort key.
"""

from __future__ import annotations

from citeproc.model import Choose, Names
from citeproc.source import VariableError

from refnorm.rendering.patches.quotes import keep_after

__all__ = ["MIXINS", "record", "suppressed"]


class _State:
    repressed: dict = {}  # noqa: RUF012 (replaced, never mutated in place at class level)
    recording: list[set[str]] = []  # noqa: RUF012
    called = 0  # variables asked for so far (for <group> suppression)
    rendered = 0  # ... and those that printed something
    names_printed = 0  # <names> elements that printed something
    bare = False  # the substitute just rendered printed no names: no <names> affixes for it


_STATE = _State()
_KEY = "*suppressed*"


def suppressed() -> set[str]:
    """Variables suppressed in the entry being rendered."""
    return _STATE.repressed.get(_KEY) or set()


def record(variable: str | None) -> None:
    """Note that `variable` produced output (while a substitute is being tried)."""
    _STATE.rendered += 1
    if variable and _STATE.recording:
        _STATE.recording[-1].add(variable)


def called() -> None:
    """Note that a variable was asked for (printed or not)."""
    _STATE.called += 1


class LayoutRepressed:
    """Mixin for ``<layout>``: ``repressed`` is the entry-wide state, reachable without XPath."""

    @property
    def repressed(self):
        return _STATE.repressed

    @repressed.setter
    def repressed(self, value):
        _STATE.repressed = value


class SubstituteSuppress:
    """Mixin for ``<substitute>``."""

    def render(self, item, context=None, **kwargs):
        for child in self.getchildren():
            _STATE.recording.append(set())
            names_before = _STATE.names_printed
            try:
                if isinstance(child, Names) and child.name is None:
                    names = self.xpath_search("./parent::cs:names[1]")[0]
                    text = child.render(item, names_context=names, context=context, **kwargs)
                else:
                    text = child.render(item, context=context, **kwargs)
            except VariableError:
                text = None
            finally:
                used = _STATE.recording.pop()
            if text:
                if _STATE.recording:
                    _STATE.recording[-1] |= used
                _STATE.repressed.setdefault(_KEY, set()).update(used)
                _STATE.bare = _STATE.names_printed == names_before
                return text
        return None


class TextSuppress:
    """Mixin for ``<text>``."""

    def _variable(self, item, context):
        variable = self.get("variable")
        if variable != "year-suffix":  # generated, not a called variable (as in citeproc-py)
            _STATE.called += 1
        gone = _STATE.repressed.get(_KEY)  # (suppressed(), without a call and an empty set)
        if gone and variable in gone:
            return None
        text = super()._variable(item, context)
        if text:
            record(variable)
            if variable == "year-suffix":
                # printed once per entry, wherever the style asks for it first (citeproc-js)
                _STATE.repressed.setdefault(_KEY, set()).add(variable)
        return text


class NamesSuppress:
    """Mixin for ``<names>``: drop suppressed roles."""

    _roles = None

    def get(self, key, default=None):
        if key == "variable" and self._roles is not None:
            return self._roles
        return super().get(key, default)

    def process(self, item, names_context=None, context=None, **kwargs):
        if names_context is None and self.name is None:
            # a <names> nested in <choose> inside <substitute> inherits the substituted
            # <names>'s name, et-al and label like a direct child does (CSL 1.0.2)
            found = self.xpath_search("./ancestor::cs:substitute[1]/parent::cs:names[1]")
            if found:
                names_context = found[0]
        owner = names_context if names_context is not None else self
        if owner.find("{http://purl.org/net/xbiblio/csl}name") is None:
            # citeproc-py inserts a bare citeproc.model.Name here, bypassing the patched
            # classes; insert one built by this tree's (patched) class lookup instead
            owner.insert(0, owner.makeelement("{http://purl.org/net/xbiblio/csl}name"))
        called()
        roles = (super().get("variable") or "").split()
        gone = suppressed()
        kept = [r for r in roles if r not in gone] if gone else roles
        self._roles = " ".join(kept)
        try:
            text = super().process(item, names_context=names_context, context=context, **kwargs)
            if text:
                # printed names, or their substitute (even a term such as "Anon."), count as
                # a printed variable for the enclosing group
                _STATE.rendered += 1
                _STATE.names_printed += 1
            for role in kept:
                if role.replace("-", "_") in item.reference:
                    record(role)
            return text
        finally:
            self._roles = None

    def render(self, *args, **kwargs):
        _STATE.bare = False
        text = self.process(*args, **kwargs)
        if _STATE.bare:  # a substitute that printed no names, as it printed itself
            _STATE.bare = False
            return text
        return self.markup(text)


class DateSuppress:
    """Mixin for ``<date>``."""

    def process(self, item, variable=None, *args, **kwargs):
        name = variable or self.get("variable")
        if name in suppressed():
            return None
        called()  # (a "no date" term in the same group counts as printed: see terms.MarkedTerm)
        text = super().process(item, variable, *args, **kwargs)
        if text:
            record(name)
        return text


class NumberSuppress:
    """Mixin for ``<number>``."""

    def process(self, item, context=None, **kwargs):
        variable = self.get("variable")
        called()
        if variable in suppressed():
            return None
        text = super().process(item, context=context, **kwargs)
        if text:
            record(variable)
        return text


_SEAM_MARKS = frozenset(".,;:!?")


class DynamicGroup:
    """Mixin for ``<group>`` (replaces citeproc-py's ``Group.process``).

    CSL: a group is suppressed when it calls variables and all of them are empty. citeproc-py
    decides "calls variables" statically, from any branch of any ``<choose>`` inside, so a
    group printing a value from one branch and an empty number from a macro survived
    ("(Publication)" for an APA thesis without a number). Here it is decided by what this
    rendering actually asked for and printed.

    A child whose own suffix ends with ``;`` or ``:`` keeps it before a delimiter starting with
    another mark ("Foo:. 10/x", as citeproc-js; the marker is :data:`.quotes.KEEP`).
    """

    def process(self, item, context=None, **kwargs):
        called_before, rendered_before = _STATE.called, _STATE.rendered
        # (each child's kind, and whether its own suffix ends with ";"/":" kept before the
        # delimiter, worked out once per element: a style's tree never changes)
        plan = self.__dict__.get("_group_plan")
        if plan is None:
            plan = self.__dict__["_group_plan"] = _group_plan(self)
        delimiter, keep, children = plan
        output = []
        kept = []  # per printed child: its suffix is kept before the next delimiter
        for child, is_choose, is_group, keeps in children:
            try:
                if is_choose:
                    text = (child.render(item, context=context, delimiter=delimiter, **kwargs) if kwargs
                            else child.render(item, context=context, delimiter=delimiter))
                else:
                    text = child.render(item, context=context, **kwargs) if kwargs else child.render(item, context=context)
            except VariableError:
                continue
            if text is not None:
                if keep and output and kept[-1]:
                    # citeproc-js juggles a delimiter's punctuation with a child's own suffix only
                    # when they are the same mark: "Foo:" + ". " -> "Foo:. "
                    output[-1] = keep_after(output[-1])
                    kept[-1] = False
                output.append(text)
                kept.append(keeps)
                if is_group:
                    # a child group that printed counts as printed content for its parent
                    # (citeproc-js keeps "[Online]" beside an empty "Accessed: <date>" group)
                    _STATE.rendered += 1
        if output and (_STATE.rendered > rendered_before or not _STATE.called > called_before):
            return self.join(output)
        # suppressed: None, not citeproc-py's raised VariableError (every caller of a group's
        # render skips the two alike, and a raise through the wrappers costs more)
        return None


def _group_plan(group) -> tuple:
    """(delimiter, whether it starts with a seam mark, children) for :class:`DynamicGroup`;
    each child as (child, is a <choose>, is a group, its own suffix ends with a ";"/":" other
    than the delimiter's first character: kept before the delimiter when it starts with a mark)."""
    delimiter = group.get("delimiter", "")
    keep = delimiter[:1] in _SEAM_MARKS
    children = []
    for child in group.iterchildren():
        is_choose = isinstance(child, Choose)
        suffix = child.get("suffix") if keep and not is_choose else None
        keeps = bool(suffix) and suffix[-1] in ";:" and suffix[-1] != delimiter[0]
        children.append((child, is_choose, isinstance(child, DynamicGroup), keeps))
    return delimiter, keep, tuple(children)


class MacroAsGroup:
    """Mixin for ``<text>``: a ``<text macro>`` is suppressed like a group, as in citeproc-js.

    citeproc-js expands a macro call as a group: a macro that asks for variables and finds
    them all empty prints nothing, not even its terms and labels ("p." of a missing page).
    """

    def process(self, item, context=None, **kwargs):
        if "macro" not in self.attrib:
            return super().process(item, context=context, **kwargs)
        called_before, rendered_before = _STATE.called, _STATE.rendered
        text, language = super().process(item, context=context, **kwargs)
        if _STATE.called > called_before and _STATE.rendered == rendered_before:
            return None, language
        return text, language


MIXINS = {
    "group": (DynamicGroup,),
    "layout": (LayoutRepressed,),
    "substitute": (SubstituteSuppress,),
    "text": (TextSuppress, MacroAsGroup),
    "names": (NamesSuppress,),
    "date": (DateSuppress,),
    "number": (NumberSuppress,),
}
