"""The documentation's examples stay true: every `refnorm ...` command line shown in the README and the
docs is accepted by the argument parser, and the `parse_date` examples of docs/api.md print what they say."""

import ast
import re
import shlex
from pathlib import Path

import pytest

from refnorm.cli import build_parser

ROOT = Path(__file__).resolve().parents[1]
DOCS = ["README.md", "docs/tutorial.md", "docs/api.md", "docs/configuration.md", "docs/pre-commit.md"]


def _command_lines() -> list[tuple[str, str]]:
    found = []
    for name in DOCS:
        path = ROOT / name
        if not path.exists():
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            m = re.match(r"\s*\$ (refnorm\s.*)", line)
            if m:
                found.append((name, m.group(1)))
    return found


COMMANDS = _command_lines()


def test_the_docs_show_commands():
    assert len(COMMANDS) >= 10


@pytest.mark.parametrize(("doc", "command"), COMMANDS, ids=[c for _, c in COMMANDS])
def test_documented_command_line_is_accepted(doc, command, capsys):
    argv = shlex.split(command, comments=True)[1:]
    for i, token in enumerate(argv):  # the shell's redirections and pipes are not refnorm's
        if re.fullmatch(r"\d?[<>|].*|&&|;", token):
            argv = argv[:i]
            break
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as e:  # argparse exits 2 on an unknown flag or a bad choice
        pytest.fail(f"{doc}: `{command}` is rejected: {capsys.readouterr().err.strip()} (exit {e.code})")
    assert args.command == argv[0]


def _date_examples() -> list[tuple[str, str]]:
    text = (ROOT / "docs" / "api.md").read_text(encoding="utf-8")
    return re.findall(r"^(parse_date\(.*?\))\s+#\s*(\{.*?\}|None)", text, flags=re.M)


DATES = _date_examples()


def test_api_doc_has_date_examples():
    assert len(DATES) >= 5


@pytest.mark.parametrize(("call", "expected"), DATES, ids=[c for c, _ in DATES])
def test_api_doc_parse_date_examples(call, expected):
    from refnorm import parse_date

    node = ast.parse(call, mode="eval").body
    assert isinstance(node, ast.Call)
    args = [ast.literal_eval(a) for a in node.args]
    kwargs = {k.arg: ast.literal_eval(k.value) for k in node.keywords}
    assert parse_date(*args, **kwargs) == ast.literal_eval(expected)
