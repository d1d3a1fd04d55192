"""The `refnorm` command: argument parsing and exit codes; the work is in the library.

Exit codes: 0 clean or fixed, 1 changes found (``--check``/``--diff``), 2 usage or input
errors, 123 internal errors, 130 interrupted.
"""

from __future__ import annotations

import argparse
import importlib
import sys
import traceback
import warnings
from collections.abc import Sequence

from refnorm import __version__
from refnorm.errors import ConfigError, InputError, RefnormError, RefnormWarning

EXIT_OK, EXIT_CHANGED, EXIT_USAGE, EXIT_INTERNAL, EXIT_INTERRUPTED = 0, 1, 2, 123, 130

# Subcommands in the order `refnorm --help` lists them; each is refnorm.commands.<name>.
COMMANDS = ("fix", "parse", "enrich", "render", "cache", "batch", "index")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="refnorm",
        description="Turn messy reference lists into clean, verified, consistently styled bibliographies.",
    )
    parser.add_argument("--version", action="version", version=f"refnorm {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMANDS:
        try:
            module = importlib.import_module(f"refnorm.commands.{name}")
        except ModuleNotFoundError as e:
            if e.name != f"refnorm.commands.{name}":
                raise
            continue
        module.add_parser(sub)
    return parser


def _subparser(parser: argparse.ArgumentParser, command: str | None) -> argparse.ArgumentParser:
    """The parser of ``command`` (the top-level parser when there is none)."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction) and command in action.choices:
            return action.choices[command]
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    # A library warning (an unreadable cache) may come from every reference of a run: said once per
    # run, as one plain line; other warnings are shown as Python shows them.
    seen: set[str] = set()
    with warnings.catch_warnings():
        show = warnings.showwarning

        def show_plain(message, category, filename, lineno, file=None, line=None) -> None:  # type: ignore[no-untyped-def]
            if not issubclass(category, RefnormWarning):
                show(message, category, filename, lineno, file, line)
            elif str(message) not in seen:
                seen.add(str(message))
                print(f"refnorm: warning: {message}", file=sys.stderr)

        warnings.simplefilter("always", RefnormWarning)
        warnings.showwarning = show_plain
        return _main(argv)


def _main(argv: Sequence[str] | None) -> int:
    parser = build_parser()
    args, extra = parser.parse_known_args(argv)
    if extra:
        # argparse would blame the top-level parser and print its usage; the subcommand's usage,
        # which lists the flags that do exist, is what the user needs.
        _subparser(parser, getattr(args, "command", None)).error(f"unrecognized arguments: {' '.join(extra)}")
    if not getattr(args, "command", None):
        parser.print_help(sys.stderr)
        return EXIT_USAGE
    verbose = getattr(args, "verbose", False)
    try:
        return int(args.run(args) or 0)
    except (InputError, ConfigError) as e:
        print(f"refnorm: error: {e}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print("refnorm: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        return EXIT_OK
    except RefnormError as e:
        print(f"refnorm: error: {e}", file=sys.stderr)
        return EXIT_INTERNAL
    except Exception as e:  # a bug of ours, not a user mistake
        if verbose:
            traceback.print_exc()
        print(f"refnorm: internal error: {type(e).__name__}: {e} (rerun with --verbose for details; "
              "please report it)", file=sys.stderr)
        return EXIT_INTERNAL


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
