"""Command line: parse options, call the API, pick a formatter, return the exit code.

Exit codes (DESIGN.md): 0 nothing at or above the failing level, 1 something
is, 2 a usage error, an unreadable input or an invalid reference base.
"""

from __future__ import annotations

import os
import sys
from contextlib import contextmanager
from datetime import date
from pathlib import Path

import click

from .config import FORMATS
from .display import printable
from .errors import UserError
from .model import VERDICTS, Verdict

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE, EXIT_INTERNAL = 0, 1, 2, 3
DEFAULT_FAIL_ON = (Verdict.CONTRADICTED, Verdict.INCONSISTENT)


def _as_of(value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"'{value}' is not a date like 2024-09-20") from None


def _fail_on(value: str) -> tuple[str, ...]:
    chosen = tuple(v.strip() for v in value.split(",") if v.strip())
    unknown = [v for v in chosen if v not in VERDICTS and v != "none"]
    if unknown:
        raise click.BadParameter(f"unknown verdict {', '.join(unknown)} (choose from {', '.join(VERDICTS)}, or none)")
    return tuple(v for v in chosen if v != "none")


MACHINE_FORMATS = ("concise", "github", "sarif", "junit")


def _wants_colour(color: bool | None) -> bool:
    """--color/--no-color, else NO_COLOR (it wins), else FORCE_COLOR, else whether stdout is a terminal."""
    if color is not None:
        return color
    if os.environ.get("NO_COLOR"):
        return False
    return bool(os.environ.get("FORCE_COLOR")) or sys.stdout.isatty()


def _console(color: bool | None, stderr: bool = False):
    """A rich console: --color/--no-color first, then NO_COLOR (it wins), then FORCE_COLOR, then 'is it a terminal?'."""
    from rich.console import Console

    if color is None and os.environ.get("NO_COLOR"):
        color = False
    elif color is None and os.environ.get("FORCE_COLOR"):
        color = True
    return Console(
        stderr=stderr,
        highlight=False,
        no_color=color is False,
        force_terminal=color or None,
        color_system=None if color is False else "auto",
        soft_wrap=False,
    )


def _print_version(ctx: click.Context, _param, value: bool) -> None:
    """--version: factcheck's version, and the base a check here would use with its count of figures."""
    if not value or ctx.resilient_parsing:
        return
    from . import __version__
    from .figures import find_reference, load_reference

    paths = [str(p) for p in find_reference()]
    try:
        base = f"{', '.join(paths)} ({load_reference(paths).count:,} figures)"
    except UserError as problem:
        base = f"{', '.join(paths)} (unreadable: {problem})"
    _say(f"factcheck {__version__}\nbase: {base}")
    ctx.exit(0)


EXIT_CODES = """\b
Exit codes:
  0  no finding with a verdict of --fail-on (default: contradicted, inconsistent)
  1  at least one such finding
  2  bad input: an option, a config file, a reference base, a file that cannot be read, nothing to check
  3  an internal error (a bug: please report it)"""


@click.group(context_settings={"help_option_names": ["-h", "--help"]}, epilog=EXIT_CODES)
@click.option(
    "--version",
    is_flag=True,
    expose_value=False,
    is_eager=True,
    callback=_print_version,
    help="Show the version and the base in use (with its count of figures), then exit.",
)
@click.pass_context
def cli(ctx: click.Context) -> None:
    """Check the numbers quoted in drafts against a sourced base of reference figures."""
    if ctx.invoked_subcommand in ("check", "config"):
        from .config import find

        settings = find()
        ctx.meta["config"] = settings
        ctx.default_map = {"check": settings.defaults()}


@cli.command(
    epilog="""\b
Examples:
  factcheck check draft.md                 one line a finding, coloured
  factcheck check -q drafts/               only problems, folders recursively
  factcheck check -v --explain draft.md    the detail, and why each figure was taken
  factcheck check -f sarif docs/ > out.sarif
  cat draft.txt | factcheck check -        read stdin

"""
    + EXIT_CODES
)
@click.argument("paths", nargs=-1, required=True)
@click.option(
    "-r",
    "--reference",
    "references",
    multiple=True,
    metavar="PATH",
    help="Reference YAML file or folder (repeatable). Default: reference/ from here upward, else the shipped base.",
)
@click.option(
    "-f", "--format", "output", type=click.Choice(FORMATS), help="Output format. Default: text, or github when GITHUB_ACTIONS=true."
)
@click.option(
    "-q", "--quiet", is_flag=True, help="Show only problems (contradicted, inconsistent, outdated, ambiguous) and the summary line."
)
@click.option(
    "-v",
    "--verbose",
    is_flag=True,
    help="The detailed report: each finding with its sentence, source and suggestion on lines of their own.",
)
@click.option(
    "--fail-on",
    default=",".join(DEFAULT_FAIL_ON),
    show_default=True,
    metavar="VERDICTS",
    help="Comma-separated verdicts that make the exit code 1 (or 'none').",
)
@click.option(
    "--glob",
    "globs",
    multiple=True,
    metavar="PATTERN",
    help="File pattern inside folders (repeatable). Default: *.txt, *.md, *.markdown, *.rst.",
)
@click.option(
    "--exclude",
    "excludes",
    multiple=True,
    metavar="PATTERN",
    help="Leave out files inside folders whose path or name matches (repeatable).",
)
@click.option("--as-of", metavar="DATE", help="The date 'this year' refers to (default: the text's own date, else today).")
@click.option("--explain", is_flag=True, help="Show, per claim, the candidate figures and why each was taken or rejected.")
@click.option(
    "--max-file-size",
    "max_megabytes",
    type=click.FloatRange(min=0, min_open=True),
    default=20,
    show_default=True,
    metavar="MB",
    help="Skip (and report) a draft larger than this.",
)
@click.option(
    "-j", "--jobs", type=click.IntRange(min=1), metavar="N", help="Worker processes. Default: every core for 8 files or more, else 1."
)
@click.option(
    "--scheduler",
    metavar="ADDRESS",
    envvar="DASK_SCHEDULER_ADDRESS",
    help="Run the batch on a Dask cluster (pip install 'factcheck[dask]'); also DASK_SCHEDULER_ADDRESS.",
)
@click.option(
    "--baseline",
    metavar="FILE",
    help="Report only findings not recorded in FILE (JSON); a missing FILE is written with this run's findings.",
)
@click.option("--color/--no-color", default=None, help="Force colour on or off (default: when stdout is a terminal).")
def check(
    paths, references, output, quiet, verbose, fail_on, globs, excludes, as_of, explain, max_megabytes, jobs, scheduler, baseline, color
) -> int:
    """Check every numeric claim in PATHS (files, folders, or - for stdin)."""
    from .compiled import load_compiled
    from .figures import find_reference, load_reference
    from .inputs import DEFAULT_GLOBS, expand

    failing = _fail_on(fail_on)
    when = _as_of(as_of)
    reference_paths = list(references) or [str(p) for p in find_reference()]
    base = load_compiled(reference_paths, load_reference)
    if not base.count:
        raise UserError("the reference base has no figures: nothing could be checked against it", ", ".join(reference_paths))
    skipped: list[str] = []
    inputs = expand(list(paths), tuple(globs) or DEFAULT_GLOBS, tuple(excludes), skipped)
    for note in skipped:
        _say(f"factcheck: note: {note}", err=True)
    if not inputs:
        raise UserError(f"no file to check in {', '.join(paths)} (patterns: {', '.join(tuple(globs) or DEFAULT_GLOBS)})")
    from .parallel import Batch, BatchRun, default_jobs

    absolute = tuple(str(Path(p).resolve()) for p in reference_paths)  # the same base for a worker in another folder
    batch = Batch(absolute, when, explain, int(max_megabytes * 1_000_000))
    accepted = None
    if baseline:
        from .baseline import Baseline

        accepted = Baseline(baseline)  # a bad baseline file stops the run before anything is checked
    if output is None:
        output = "github" if os.environ.get("GITHUB_ACTIONS") == "true" else "text"
    outcome = _Outcome(failing)
    with _progress(inputs) as progress:
        run = BatchRun(inputs, base, batch, jobs or default_jobs(len(inputs)), scheduler, progress)
        reports = iter(run)
        if accepted is not None:
            reports = accepted.filtered(reports, complete=lambda: not run.interrupted)
        _write_report(outcome.watched(reports), output, reference_paths, base.count, quiet, verbose, explain, color)

    for path, error in outcome.errors:
        _say(f"factcheck: {path}: {error}", err=True)
    if accepted is not None and accepted.note:
        _say(f"factcheck: {accepted.note}", err=True)
    if verbose:
        from .caching import IGNORED_CACHES

        for note in dict.fromkeys(IGNORED_CACHES):  # each once
            _say(f"factcheck: note: {note}", err=True)
    if run.interrupted:
        _say(f"factcheck: interrupted: {run.finished} of {len(inputs)} files checked and reported", err=True)
        return 130
    return outcome.exit_code()


class _Outcome:
    """What the exit code depends on, noted as the reports stream to the output (none of them is held)."""

    def __init__(self, failing: tuple[str, ...]):
        self.failing = failing
        self.errors: list[tuple[str, str]] = []
        self.internal = self.findings = False

    def watched(self, reports):
        for report in reports:
            report = report.passing(self._noted)
            yield report
            if report.error:  # known once its findings have been read (see FileReport)
                self.errors.append((report.path, report.error))
                self.internal = self.internal or report.internal

    def _noted(self, findings):
        for finding in findings:
            self.findings = self.findings or finding.verdict in self.failing
            yield finding

    def exit_code(self) -> int:
        if self.internal:
            return EXIT_INTERNAL
        if self.errors:
            return EXIT_USAGE
        return EXIT_FINDINGS if self.findings else EXIT_OK


def _write_report(
    reports, output: str, reference_paths: list[str], figures: int, quiet: bool, verbose: bool, explain: bool, color: bool | None
) -> None:
    """Write the report in its format as the reports arrive."""
    if output == "json":
        from .report.json_format import check_json_chunks

        for chunk in check_json_chunks(reports, reference_paths, figures):
            click.echo(chunk, nl=False)
        click.echo()
    elif output == "jsonl":
        from .report.json_format import jsonl_lines

        for line in jsonl_lines(reports, reference_paths, figures):
            click.echo(line)
    elif output == "html":
        from .report.html_format import html_page

        click.echo(html_page(reports, reference_paths, figures, _draft_text), nl=False)
    elif output in MACHINE_FORMATS:
        from .report import machine

        for text in getattr(machine, output)(reports):
            click.echo(text)
    elif verbose or explain:
        from .report.terminal import render

        render(reports, _console(color), quiet=quiet, explain=explain)
    else:
        from .report.compact import base_line, render_compact

        render_compact(
            reports, click.echo, base_line(reference_paths, figures), quiet=quiet, console=_console(color) if _wants_colour(color) else None
        )


def _draft_text(report) -> str | None:
    """A draft's text as its findings' offsets index it, read again for the HTML page (None when it cannot be)."""
    from .document import Document

    if report.path == "<stdin>":  # read once, and gone: the text the claims kept (code blocks blanked)
        return report.findings[0].claim.document or None if report.findings else None
    try:
        doc = Document.read(report.path, max_bytes=MAX_HTML_DRAFT)
    except UserError:
        return None
    return doc.source if doc.source is not None else doc.text


MAX_HTML_DRAFT = 100_000_000  # a draft was checked under --max-file-size already; this only guards the page


@cli.command("config")
@click.pass_context
def config_(ctx: click.Context) -> int:
    """Print the settings `check` runs with here, and where each comes from."""
    from .config import KEYS
    from .inputs import DEFAULT_GLOBS

    settings = ctx.meta["config"]
    where = str(settings.path) if settings.path else "default"
    _say(
        f"config file: {settings.path}"
        if settings.path
        else "config file: none found from here upward (.factcheck.toml, or [tool.factcheck] in pyproject.toml)"
    )
    check_context = click.Context(check)
    defaults = {param.name: param.get_default(check_context) for param in check.params}
    for key in KEYS:
        if key.name in settings.values:
            value, source = settings.values[key.name], where
        else:
            value, source = defaults.get(key.parameter), "default"
        value = None if type(value).__name__ == "Sentinel" else value  # click's "no default"
        if key.name == "reference" and not value:
            value = "reference/ from here upward, else the shipped base"
        elif key.name == "format" and value is None:
            value = "text (github when GITHUB_ACTIONS=true)"
        elif key.name == "glob" and not value:
            value = ", ".join(DEFAULT_GLOBS)
        _say(f"{key.name:<10} = {_shown(value):<40}  # {source}")
    return EXIT_OK


def _shown(value) -> str:
    if isinstance(value, (tuple, list)):
        return ", ".join(map(str, value)) or "(none)"
    return "(none)" if value is None else str(value).lower() if isinstance(value, bool) else str(value)


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("-f", "--format", "output", type=click.Choice(["table", "json"]), default="table", show_default=True)
@click.option("--glob", "globs", multiple=True, metavar="PATTERN", help="File pattern inside folders (repeatable).")
@click.option("--as-of", metavar="DATE", help="The date 'this year' refers to.")
@click.option("--color/--no-color", default=None)
def extract(paths, output, globs, as_of, color) -> int:
    """List the numeric claims found in PATHS, without checking them."""
    from .api import extract_paths
    from .inputs import DEFAULT_GLOBS, expand

    failed = []  # the inputs that could not be read, or not to their end: said once the report is written

    def watched(results):
        for result in results:
            yield result  # the report reads its claims before it asks for the next input
            if result.error:
                failed.append((result.path, result.error, result.internal))

    results = watched(extract_paths(expand(list(paths), tuple(globs) or DEFAULT_GLOBS), _as_of(as_of)))
    if output == "json":
        from .report.json_format import extract_json_chunks

        for chunk in extract_json_chunks(results):
            click.echo(chunk, nl=False)
        click.echo()
    else:
        from .report.terminal import render_claims

        render_claims(results, _console(color))
    for path, error, _ in failed:
        _say(f"factcheck: {path}: {error}", err=True)
    if any(internal for _, _, internal in failed):
        return EXIT_INTERNAL
    return EXIT_USAGE if failed else EXIT_OK


@cli.command()
def lsp() -> int:
    """Run the language server over stdio, for an editor (pip install 'factcheck[lsp]')."""
    try:
        from .lsp.server import serve
    except ImportError as missing:
        raise UserError(f"the language server needs pygls ({missing.name} is not installed): pip install 'factcheck[lsp]'") from None
    serve()
    return EXIT_OK


@cli.group()
def reference() -> None:
    """Build and inspect reference bases: import published data, validate, search."""


@reference.command("import")
@click.argument("source")
@click.option("-o", "--output", "out", required=True, metavar="OUT.yaml", help="The base file to write.")
@click.option("--resource", metavar="NAME", help="The resource of a data package to import.")
@click.option("--measure", metavar="NAME", help="What the values measure ('GDP', 'population'), when the data does not say.")
@click.option("--unit", metavar="UNIT", help="The values' unit (USD, percent, metric_ton), when the data does not say.")
@click.option("--column", metavar="NAME", help="The value column, when a long table has several.")
@click.option("--entity-column", metavar="NAME", help="The column that names each row's entity.")
@click.option("--period", metavar="PERIOD", help="The period of every figure, for a table without a period column.")
@click.option("--row-names", is_flag=True, help="Every text cell of a row names its entity (tables referred to by any cell).")
@click.option("--source-title", metavar="TITLE")
@click.option("--source-url", metavar="URL")
@click.option("--publisher", metavar="NAME")
@click.option("--licence", metavar="NAME")
def import_(
    source, out, resource, measure, unit, column, entity_column, period, row_names, source_title, source_url, publisher, licence
) -> int:
    """Write a structured base file from a Frictionless data package or a CSV."""
    from .importer import ImportOptions, ImportSource, import_source

    options = ImportOptions(resource, measure, unit, column, entity_column, period, row_names)
    result = import_source(source, out, options, ImportSource(source_title, publisher, source_url, licence))
    for problem in result.problems[:20]:
        _say(f"factcheck: {problem}", err=True)
    if len(result.problems) > 20:
        click.echo(f"factcheck: ... and {len(result.problems) - 20} more problems", err=True)
    unknown = sorted(result.unknown_entities)
    examples = f" (e.g. {', '.join(unknown[:5])})" if unknown else ""
    _say(
        f"{out}: {result.figures:,} figures of {result.measure} from {result.rows:,} values ({result.layout} layout"
        f"{', column ' + result.column if result.column else ''}); {result.empty:,} empty, {len(result.problems):,} bad; "
        f"{len(unknown)} entity names not recognised{examples}",
        err=True,
    )
    return EXIT_OK


@reference.command("check")
@click.argument("paths", nargs=-1)
def reference_check(paths) -> int:
    """Validate a base without a draft; count its figures per measure and entity."""
    from .figures import find_reference, load_reference
    from .reference_report import check_report

    base = load_reference(list(paths) or [str(p) for p in find_reference()])

    lines, warnings = check_report(base)
    for line in lines:
        _say(line)
    for warning in warnings:
        _say(f"factcheck: warning: {warning}", err=True)
    return EXIT_OK


@reference.command("build")
@click.argument("paths", nargs=-1)
def reference_build(paths) -> int:
    """Compile a base into the cache ahead of time (for CI caches); checks then open it instead of parsing YAML."""
    from .compiled import build
    from .figures import find_reference, load_reference

    file, count, fresh = build(list(paths) or [str(p) for p in find_reference()], load_reference)
    _say(f"{'compiled' if fresh else 'already compiled'}: {count:,} figures in {file}")
    return EXIT_OK


@reference.command("search")
@click.argument("text")
@click.option("-r", "--reference", "references", multiple=True, metavar="PATH")
def reference_search(text, references) -> int:
    """Show what a phrase would link to: its entity, its measure, and the figures they have."""
    from .figures import find_reference, load_reference
    from .reference_report import search_report

    base = load_reference(list(references) or [str(p) for p in find_reference()])

    for line in search_report(base, text):
        _say(line)
    return EXIT_OK


def _say(text: str, err: bool = False) -> None:
    """One line to the terminal; text from drafts, bases and CSVs never brings its control characters."""
    click.echo(printable(text), err=err)


@contextmanager
def _progress(inputs: list[str]):
    """A progress bar on stderr counting files as they finish, when stderr is a terminal and there are many files;
    the report printed meanwhile scrolls above it. Gives the callback, or None."""
    if len(inputs) < 2 or not sys.stderr.isatty():
        yield None
        return
    from rich.progress import Progress

    with Progress(console=_console(None, stderr=True), transient=True) as bar:
        task = bar.add_task("checking", total=len(inputs))
        yield lambda path: bar.advance(task)


def main(argv: list[str] | None = None) -> int:
    """Run the command line and return its exit code (tests call this)."""
    try:
        result = cli.main(args=argv, prog_name="factcheck", standalone_mode=False)
    except click.exceptions.Exit as done:
        return done.exit_code
    except click.ClickException as problem:
        problem.show()
        return EXIT_USAGE
    except click.Abort:
        _say("factcheck: interrupted", err=True)
        return 130
    except UserError as problem:
        for line in str(problem).splitlines():
            _say(f"factcheck: {line}", err=True)
        return EXIT_USAGE
    return result if isinstance(result, int) else EXIT_OK


def run() -> None:
    """Console-script entry point: Ctrl-C, a closed pipe and our own bugs end here, each with its exit code."""
    try:
        code = main()
    except KeyboardInterrupt:
        _say("factcheck: interrupted; nothing was reported", err=True)
        code = 130
    except BrokenPipeError:
        code = 0
    except Exception as error:  # a bug of ours: one line and exit 3, never exit 1 ("a claim is contradicted")
        if "--verbose" in sys.argv or "-v" in sys.argv:
            import traceback

            traceback.print_exc()
        _say(f"factcheck: internal error: {type(error).__name__}: {error} (please report it)", err=True)
        code = EXIT_INTERNAL
    sys.exit(code)
