"""The public surface is a contract: measurements outside this repository call these names."""

import refnorm

EXPECTED = [
    "ConfigError",
    "Diagnostic",
    "Entry",
    "InputError",
    "LocaleNotFoundError",
    "NetworkError",
    "Reference",
    "RefnormError",
    "Severity",
    "Span",
    "StyleNotFoundError",
    "enrich",
    "fix_file",
    "fix_text",
    "normalize",
    "parse",
    "parse_date",
    "parse_many",
    "render",
    "split",
]


def test_all_is_pinned_and_sorted():
    assert refnorm.__all__ == EXPECTED
    assert sorted(refnorm.__all__) == refnorm.__all__


def test_every_public_name_resolves():
    for name in refnorm.__all__:
        assert getattr(refnorm, name) is not None, name


def test_verbs_are_functions_not_subpackages():
    for name in ("split", "parse", "parse_date", "normalize", "enrich", "render"):
        assert callable(getattr(refnorm, name)), name
