"""What `factcheck reference check` and `reference search` say about a base.

Plain lines of text; the CLI prints them. Nothing here reads a draft.
"""

from __future__ import annotations

from collections import Counter
from datetime import date

from . import display
from .document import Document
from .extract.claims import extract_claims
from .figures import ReferenceBase
from .link import link_claim
from .reading import names_of, read_claim
from .words import content_words


def check_report(base: ReferenceBase) -> tuple[list[str], list[str]]:
    """Counts per measure and entity, and warnings: empty files, unknown entity names, figures no claim can reach."""
    lines = [f"{len(base.figures):,} figures in {', '.join(base.paths)}: valid"]
    keyed = [f.key for f in base.figures if f.key]
    prose = len(base.figures) - len(keyed)
    by_measure = Counter(f.measure for f in keyed)
    by_entity = Counter(f.entity for f in keyed)
    if keyed:
        lines.append(f"by entity and measure: {len(keyed):,} figures, {len(by_entity):,} entities, {len(by_measure)} measures")
        for measure, count in by_measure.most_common():
            name = base.vocabulary.measures[measure].name if measure else "(none)"
            entities = len({f.entity for f in keyed if f.measure == measure})
            lines.append(f"  {measure} ({name}): {count:,} figures for {entities:,} entities")
        top = ", ".join(f"{entity} {count}" for entity, count in by_entity.most_common(10))
        lines.append(f"  most figures: {top}")
    if prose:
        lines.append(f"by subject words: {prose:,} figures")
    warnings = []
    for name, (path, line) in sorted(base.unknown_entities.items()):
        warnings.append(f"{path}:{line}: entity '{name}' is not a known place: a claim links to it only by this exact name")
    for path in base.empty_files:
        warnings.append(f"{path}: no figures, rates or declarations")
    for figure in base.figures:
        if figure.key is None and not content_words(" ".join(figure.names)):
            warnings.append(f"{figure.path}:{figure.line}: figure '{figure.id}': its subject and aliases have no word a claim could name")
        if _cannot_be(figure, base):
            warnings.append(
                f"{figure.path}:{figure.line}: figure '{figure.id}': {figure.quantity.value:g} is not a possible "
                f"{base.vocabulary.measures[figure.key.measure if figure.key else ''].name} (a level of it is more than 0)"
            )
    return lines, warnings


def _cannot_be(figure, base: ReferenceBase) -> bool:
    """A level of a count or an amount of money (a population, a GDP) of zero or less: a typo or a sign error.

    A balance ("trade-balance") may be negative: only measures whose id does not say balance are held to it.
    """
    measure = base.vocabulary.measures.get(figure.key.measure) if figure.key else None
    return (
        measure is not None
        and measure.kind == "level"
        and measure.dimension in ("count", "money")
        and "balance" not in measure.id
        and figure.quantity.value is not None
        and figure.quantity.value <= 0
    )


def search_report(base: ReferenceBase, text: str, today: date | None = None) -> list[str]:
    """How a phrase reads (entity, measure, period) and the figures it reaches."""
    today = today or date.today()
    names = names_of(text, base)
    lines = []
    places = ", ".join(f"{m.text} -> {m.entity}" for m in names.places) or "none"
    measures = ", ".join(f"{m.text} -> {m.measure}" for m in names.measures) or "none"
    lines.append(f"places: {places}")
    lines.append(f"measures: {measures}")
    doc = Document("<search>", text, today)
    for claim in extract_claims(doc):
        reading = read_claim(claim, names, base)
        link = link_claim(claim, reading, base, doc.date_at(claim.start))
        lines.append(f"claim '{claim.text}': {reading.describe(base)}; period {claim.period or 'none'}")
        if link is None:
            lines.append("  the base keys no figure of that measure; words would decide (factcheck check --explain)")
        elif not link.candidates:
            lines.append(f"  no figure: {link.reason}")
        else:
            for candidate in link.candidates[-5:]:
                figure = candidate.figure
                amount = display.amount(figure.quantity.value, figure.quantity.unit)
                lines.append(f"  {figure.id}: {amount} ({figure.period}) {figure.path}:{figure.line}")
    if len(lines) == 2 and names.places:
        for mention in names.places[:3]:
            keys = sorted(m for e, m in base.by_key if e == mention.entity)
            lines.append(f"{mention.entity}: measures in the base: {', '.join(keys) or 'none'}")
    return lines
