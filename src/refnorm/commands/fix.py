"""``refnorm fix``: rewrite the references of files in place, or check, diff, report.

Exit codes: 0 clean or fixed; 1 changes found by ``--check``/``--diff``; 2 usage or input
errors (other files are still processed); 123 internal errors.
"""

from __future__ import annotations

import argparse
import glob
import json
import os
import sys
import time
import traceback
from collections import Counter
from pathlib import Path
from typing import Any, TextIO

from refnorm.config import POLICIES, Settings, load_settings
from refnorm.errors import ConfigError, InputError, LocaleNotFoundError, RefnormError, StyleNotFoundError

EXIT_OK, EXIT_CHANGED, EXIT_USAGE, EXIT_INTERNAL = 0, 1, 2, 123


def add_parser(subparsers: Any) -> argparse.ArgumentParser:
    p = subparsers.add_parser(
        "fix", help="rewrite the references of files in place (like a code formatter)",
        description="Parse, verify and restyle the references in reference lists, Markdown/Quarto papers, "
                    "LaTeX thebibliography, BibTeX, CSL-JSON and CSL-YAML files. Only the entries that "
                    "change are rewritten; notes and entries that cannot be parsed confidently are kept "
                    "verbatim. Settings: flags > REFNORM_* environment > .refnorm.toml / [tool.refnorm].",
    )
    p.add_argument("files", nargs="*", metavar="FILE",
                   help="files to fix ('-' for standard input); default: the config file's 'files'")
    mode = p.add_mutually_exclusive_group()
    mode.add_argument("--check", action="store_true", help="write nothing; exit 1 if anything would change")
    mode.add_argument("--diff", action="store_true", help="print a unified diff, write nothing; exit 1 on changes")
    mode.add_argument("-o", "--output", metavar="FILE", help="write the result here instead ('-' = stdout)")
    p.add_argument("--report", choices=["json"], help="print a per-entry report to stdout")
    p.add_argument("--style", help="CSL style name or .csl path (default: vancouver)")
    p.add_argument("--locale", help="CSL locale such as fr-FR (default: auto, guessed from the list)")
    p.add_argument("--lang", help="language hint for parsing (default: from the locale)")
    # not exclusive: the last one wins, so that hook arguments can override the hook's --offline
    p.add_argument("--offline", dest="online", action="store_false", default=None,
                   help="use only the local Crossref cache (the pre-commit hooks' default)")
    p.add_argument("--online", dest="online", action="store_true",
                   help="ask Crossref (needs --mailto or REFNORM_MAILTO); the last of --online/--offline wins")
    p.add_argument("--mailto", metavar="EMAIL", help="contact e-mail for Crossref's polite pool")
    p.add_argument("--crossref-url", metavar="URL", help="Crossref API endpoint (a mirror or a test server)")
    p.add_argument("--cache-dir", metavar="DIR", help="where the Crossref cache lives")
    p.add_argument("--policy", choices=POLICIES, help="merge policy for Crossref values (default: fill)")
    p.add_argument("--min-confidence", type=float, metavar="X",
                   help="keep entries parsed with a lower confidence verbatim (default: 0.7)")
    p.add_argument("--format", metavar="NAME",
                   help="force the adapter: text, markdown, latex, bibtex, csl-json, csl-yaml")
    p.add_argument("--config", metavar="PATH", help="read settings from this file instead of looking for one")
    p.add_argument("--no-config", action="store_true", help="ignore configuration files")
    p.add_argument("--color", choices=["auto", "always", "never"], default="auto",
                   help="colour the diff and the summary (auto: on a terminal, unless NO_COLOR is set)")
    talk = p.add_mutually_exclusive_group()
    talk.add_argument("-q", "--quiet", action="store_true", help="print errors only")
    talk.add_argument("-v", "--verbose", action="store_true", help="print every warning, with file and line")
    p.set_defaults(run=run)
    return p


# ------------------------------------------------------------------------------ terminal output
def _color(stream: TextIO, mode: str) -> bool:
    if mode == "never" or (mode == "auto" and os.environ.get("NO_COLOR")):
        return False
    if mode == "always":
        return True
    return stream.isatty() and os.environ.get("TERM") != "dumb"


def _paint(text: str, code: str, on: bool) -> str:
    return f"\x1b[{code}m{text}\x1b[0m" if on else text


def _colour_diff(diff: str, on: bool) -> str:
    if not on:
        return diff
    out = []
    for line in diff.splitlines(keepends=True):
        if line.startswith(("+++", "---")):
            out.append(_paint(line.rstrip("\n"), "1", on) + "\n")
        elif line.startswith("@@"):
            out.append(_paint(line.rstrip("\n"), "36", on) + "\n")
        elif line.startswith("+"):
            out.append(_paint(line.rstrip("\n"), "32", on) + "\n")
        elif line.startswith("-"):
            out.append(_paint(line.rstrip("\n"), "31", on) + "\n")
        else:
            out.append(line)
    return "".join(out)


class _ProgressBar:
    """A one-line bar on stderr, drawn only on a terminal and only once a run has lasted a while."""

    def __init__(self, enabled: bool, files: int) -> None:
        self.enabled = enabled
        self.files = files
        self.start = time.monotonic()
        self.drawn = False
        self.label = ""
        self.file_no = 0

    def file(self, name: str) -> None:
        self.file_no += 1
        self.label = name

    def __call__(self, done: int, total: int) -> None:
        if not self.enabled or time.monotonic() - self.start < 1.0:
            return
        width = 30
        filled = int(width * done / max(total, 1))
        where = f" file {self.file_no}/{self.files}" if self.files > 1 else ""
        sys.stderr.write(f"\r[{'#' * filled}{' ' * (width - filled)}] {done}/{total}{where} {self.label[-40:]}\x1b[K")
        sys.stderr.flush()
        self.drawn = True

    def close(self) -> None:
        if self.drawn:
            sys.stderr.write("\r\x1b[K")
            sys.stderr.flush()


# ------------------------------------------------------------------------------------- running
def _settings(args: argparse.Namespace) -> Settings:
    flags = {"style": args.style, "locale": args.locale, "lang": args.lang, "online": args.online,
             "mailto": args.mailto, "crossref_url": args.crossref_url, "cache_dir": args.cache_dir,
             "policy": args.policy, "min_confidence": args.min_confidence}
    return load_settings(flags, config_file=args.config, use_config=not args.no_config)


def _configured_files(settings: Settings) -> list[str]:
    """The files the config's ``files`` globs name (relative to the config file), minus ``exclude``."""
    root = Path(settings.source).parent if settings.source else Path.cwd()
    found: list[str] = []
    for pattern in settings.files:
        for name in sorted(glob.glob(str(root / pattern), recursive=True)):
            if os.path.isfile(name) and name not in found:
                found.append(name)
    excluded = {os.path.normpath(n) for pattern in settings.exclude
                for n in glob.glob(str(root / pattern), recursive=True)}
    cwd = os.getcwd()
    return [os.path.relpath(n, cwd) if n.startswith(cwd) else n for n in found
            if os.path.normpath(n) not in excluded]


def run(args: argparse.Namespace) -> int:
    from refnorm.fix import FixResult, fix_text, summary_line, write_in_place
    from refnorm.io.files import read_text, write_atomic

    settings = _settings(args)
    files = list(dict.fromkeys(args.files)) or _configured_files(settings)  # a file named twice is fixed once
    if not files and settings.files:
        raise ConfigError(f"{settings.origins.get('files') or 'the configuration'}: no file matches 'files' "
                          f"({', '.join(settings.files)})" + (f" less 'exclude' ({', '.join(settings.exclude)})"
                                                             if settings.exclude else ""))
    if not files:
        raise ConfigError("no files given, and no 'files' in the configuration")
    if args.output and len(files) > 1:
        raise ConfigError("-o/--output takes a single input file")
    to_stdout = args.output == "-" or args.diff or ("-" in files and not (args.check or args.output))
    if args.report == "json" and to_stdout:
        raise ConfigError("--report json prints to standard output, which the fixed text or diff already uses")

    quiet, verbose = args.quiet, args.verbose
    err_colour = _color(sys.stderr, args.color)
    bar = _ProgressBar(sys.stderr.isatty() and not quiet, len(files))
    totals: Counter[str] = Counter()
    results: list[FixResult] = []
    code = EXIT_OK
    changed_files = 0
    for name in files:
        bar.file(name)
        try:
            text = read_text(name, keep_bom=name == "-")
            # standard input's UTF-8 byte-order mark goes back out with the text, as a file's does
            bom = "\ufeff" if text.startswith("\ufeff") else ""
            text = text[len(bom):]
            # the known-clean cache has no per-entry detail: not for reports and --verbose
            result = fix_text(text, path=None if name == "-" else name, format=args.format, settings=settings,
                              progress=bar, cache=not (args.report or verbose))
        except (InputError, ConfigError) as e:
            bar.close()
            if isinstance(e, StyleNotFoundError):
                raise settings.blame("style", e) from None
            if isinstance(e, LocaleNotFoundError):
                raise settings.blame("locale", e) from None
            if isinstance(e, ConfigError):
                raise
            print(f"refnorm: error: {e}", file=sys.stderr)
            code = max(code, EXIT_USAGE)
            continue
        except RefnormError as e:
            bar.close()
            print(f"refnorm: error: {name}: {e}", file=sys.stderr)
            code = EXIT_INTERNAL
            continue
        except Exception as e:  # a bug of ours: say which file, go on with the others
            bar.close()
            if verbose:
                traceback.print_exc()
            print(f"refnorm: internal error on {name}: {type(e).__name__}: {e} "
                  "(rerun with --verbose for details; please report it)", file=sys.stderr)
            code = EXIT_INTERNAL
            continue
        results.append(result)
        totals.update(result.counts())
        changed_files += result.changed
        shown = "<stdin>" if name == "-" else name
        if args.check:
            if result.changed:
                code = max(code, EXIT_CHANGED)
                if not quiet:
                    bar.close()
                    print(f"would fix {shown}", file=sys.stderr)
        elif args.diff:
            if result.changed:
                code = max(code, EXIT_CHANGED)
                sys.stdout.write(_colour_diff(result.diff(), _color(sys.stdout, args.color)))
        elif args.output:
            if args.output == "-":
                sys.stdout.write(bom + _with_bom_of(name, result.text))
            else:
                write_atomic(args.output, bom + _with_bom_of(name, result.text))
        elif name == "-":
            sys.stdout.write(bom + result.text)
        elif result.changed:
            try:
                write_in_place(name, result.text)
            except InputError as e:
                bar.close()
                print(f"refnorm: error: {e}", file=sys.stderr)
                code = max(code, EXIT_USAGE)
                results.pop()  # not written: the summary must not count it as fixed
                totals.subtract(result.counts())
                changed_files -= 1
                continue
            if verbose:
                bar.close()
                print(f"fixed {shown}", file=sys.stderr)
        # the file's own warnings (a BibTeX block that could not be read and is left as it is) are
        # few and say that part of the file was not looked at: printed unless --quiet
        if verbose or (not quiet and any(d.severity.value != "info" for d in result.diagnostics)):
            bar.close()
            _print_warnings(shown, result, verbose, err_colour)
    bar.close()
    # (a garbled answer, crossref.offline, takes the run offline as surely as an unreachable server)
    network = [d for r in results for it in r.items for d in it.warnings
               if d.code in ("crossref.network-error", "crossref.offline")]
    if network and not quiet and not verbose:
        first = next((d for d in network if "earlier in this run" not in d.message), network[0])
        print(_paint("refnorm: warning: ", "33", err_colour) + f"{first.message}; "
              f"{len(network)} reference{'s' if len(network) > 1 else ''} checked against the local cache only",
              file=sys.stderr)
    if args.report == "json":
        json.dump({"files": [r.to_dict() for r in results], "counts": dict(totals)}, sys.stdout,
                  ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    if not quiet and results:
        verb = "to fix" if (args.check or args.diff) else "fixed"
        line = summary_line(totals, verb=verb)
        if len(files) > 1:
            line = f"{len(results)} file{'s' if len(results) != 1 else ''} ({changed_files} {'to change' if args.check or args.diff else 'changed'}), " \
                   + line
        if settings.offline and settings.enrich:
            line += " [offline: Crossref cache only]"
        if totals.get("verbatim") and not verbose:
            line += "; --verbose says why entries were kept"
        elif not verbose and any(d.code == "fix.no-references" for r in results for d in r.diagnostics):
            line += "; --verbose says where references were looked for"
        print(_paint(line, "1", err_colour), file=sys.stderr)
    return code


def _with_bom_of(source: str, text: str) -> str:
    """``text`` with the UTF-8 byte-order mark ``source`` starts with, if it does (reading drops it;
    a copy written with -o keeps the file's encoding as in-place fixing does)."""
    if source == "-":
        return text
    try:
        with open(source, "rb") as f:
            bom = f.read(3) == b"\xef\xbb\xbf"
    except OSError:
        return text
    return "\ufeff" + text if bom and not text.startswith("\ufeff") else text


_SHOWN_WITHOUT_VERBOSE = 10  # file warnings printed by default: a .bib of broken entries is not a wall of text


def _print_warnings(name: str, result: Any, verbose: bool, colour: bool) -> None:
    shown = [d for d in result.diagnostics if verbose or d.severity.value != "info"]
    cut = len(shown) - _SHOWN_WITHOUT_VERBOSE if not verbose and len(shown) > _SHOWN_WITHOUT_VERBOSE + 1 else 0
    for d in shown[:len(shown) - cut]:
        print(f"{name}: {_paint(d.severity.value, '33', colour)}: {d.code}: {d.message}", file=sys.stderr)
    if cut:
        print(f"{name}: ... and {cut} more warnings (--verbose prints them all)", file=sys.stderr)
    if not verbose:
        return
    for item in result.items:
        where = f"{name}:{item.line}"
        if item.status in ("verbatim", "not-a-reference") and item.reason:
            print(f"{where}: kept verbatim ({item.reason})", file=sys.stderr)
        for d in item.warnings:
            print(f"{where}: {_paint(d.severity.value, '33', colour)}: {d.code}: {d.message}", file=sys.stderr)
