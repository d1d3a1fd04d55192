"""An author list followed by an editor's role word is the editors' ('(Hg.)', which the CSL terms lack)."""

from __future__ import annotations

from refnorm.parsing.fields import _followed_by_editor_role


def test_role_word_after_the_names():
    for text in ("Albrecht, Jonas/Weiß, Katrin (Hg.): Stadt und Fluss", "Landesamt für Umwelt (Hg.) (2018): Bericht",
                 "Albrecht, Jonas (Hrsg.): Stadt", "Ferri, M. (a cura di), Il fiume"):
        assert _followed_by_editor_role(text, text.index(" (")), text
    # look-alikes: a year, a title, an author's role
    for text in ("Albrecht, Jonas (2019): Stadt", "Albrecht, Jonas. Hgxyz und Fluss", "Albrecht, Jonas (Verf.): Stadt"):
        assert not _followed_by_editor_role(text, text.index("Jonas") + 5), text
