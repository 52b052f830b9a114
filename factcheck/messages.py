"""What factcheck says about a claim: every reason a verdict can have, with its wording, in one place.

Each finding carries its reason (JSON: "reason", one of the values below), so
a program can act on why a claim was judged as it was without parsing the
message. The message is the reason's template filled with what the claim
and the figures say; the formatters print it, and `--explain` adds its lines
below it, worded here too (Explanation). Changing what factcheck says is an edit here, not a hunt through
the checker. The reasons are part of the JSON contract (docs/DESIGN.md):
one is added, never renamed.
"""

from __future__ import annotations

from .model import Named


class Reason(Named):
    """Why a claim got its verdict."""

    # supported, contradicted, outdated, ambiguous: a figure is about the claim
    AGREES = "agrees"  # the figure allows the claim
    DISAGREES = "disagrees"  # the figure rules the claim out
    OLDER_FIGURE = "older-figure"  # only an older figure allows it
    FIGURES_DISAGREE = "figures-disagree"  # several figures fit and disagree
    CONVERTS_AGREEING = "converts-agreeing"  # a conversion of an amount the source supports, at the rate of its time
    # inconsistent: the text against itself
    CONVERSION_OFF = "conversion-off"  # "X yuan (about Y dollars)" at no rate of its time
    PART_OVER_WHOLE = "part-over-whole"
    CHANGE_OFF = "change-off"  # a change its own two levels do not make
    SHARES_OVER_100 = "shares-over-100"
    # unverified: nothing to judge by, or not enough
    NO_FIGURE = "no-figure"
    ONLY_A_BOUND = "only-a-bound"
    CANNOT_CONVERT = "cannot-convert"
    NO_MEASURE_FIGURES = "no-measure-figures"
    UNKNOWN_PLACE = "unknown-place"
    WHOSE = "whose"
    NO_ENTITY_FIGURE = "no-entity-figure"
    OTHER_UNIT = "other-unit"
    OTHER_PERIOD = "other-period"
    NO_EARLIER_LEVEL = "no-earlier-level"
    CHANGE_NOT_COMPUTABLE = "change-not-computable"
    NO_COMMON_PERIOD = "no-common-period"
    SHARE_NOT_COMPUTABLE = "share-not-computable"
    NO_MEMBERS_TO_SUM = "no-members-to-sum"
    SUM_NOT_COMPUTABLE = "sum-not-computable"
    CHANGE_IN_OTHER_TERMS = "change-in-other-terms"
    # a finding softened to unverified, never found at fault on a guess
    ONLY_IMPLIED = "only-implied"  # the place or measure is only implied by the text
    UNSURE_CLAIM = "unsure-claim"  # a bare number that may be part of a name


TEMPLATES: dict[Reason, str] = {
    Reason.AGREES: "{source_says}",
    Reason.DISAGREES: "{source_says}; draft says {said}, {how_far}{currency_slip}",
    Reason.OLDER_FIGURE: "matches the older figure {older}; newer: {newer}",
    Reason.FIGURES_DISAGREE: "several figures fit and disagree: {figures}",
    Reason.CONVERTS_AGREEING: "converts {original} at the ECB rate of its time; {original_message}",
    Reason.CONVERSION_OFF: "{original} is {converted} at the {origin} rate of {start} to {end} ({rate} {from_unit} per {to_unit}); "
    "the text says {said}, {gap} {direction}",
    Reason.PART_OVER_WHOLE: "the part {part} is larger than the whole it belongs to, {whole}",
    Reason.CHANGE_OFF: "{levels} make a change of {point} percent ({low} to {high}); the text says {said}",
    Reason.SHARES_OVER_100: "shares of one total add up to at least {least} percent: {shares}",
    Reason.NO_FIGURE: "no figure in the reference base is about this claim",
    Reason.ONLY_A_BOUND: "the source gives only {hedge} {value}: it neither confirms nor rules out the claim",
    Reason.CANNOT_CONVERT: "cannot convert {figure} from {from_unit} to {to_unit}: {problem}",
    Reason.NO_MEASURE_FIGURES: "the base has no {measure} figures",
    Reason.UNKNOWN_PLACE: "the claim is about {place}, for which the base has no {measure} figure",
    Reason.WHOSE: "the text does not say whose {measure} this is",
    Reason.NO_ENTITY_FIGURE: "the base has no {measure} figure for {entity}{part_of}",
    Reason.OTHER_UNIT: "the base's {measure} of {entity} is in {figure_unit}, the claim in {claim_unit}",
    Reason.OTHER_PERIOD: "the base has {what} for {periods}, not for {period}",
    Reason.NO_EARLIER_LEVEL: "the base has no earlier {what} to compute the change from",
    Reason.CHANGE_NOT_COMPUTABLE: "a change of {what} cannot be computed from its figures",
    Reason.NO_COMMON_PERIOD: "the base has no {measure} of both {part} and {whole} for {period}",
    Reason.SHARE_NOT_COMPUTABLE: "a share of {whole}'s {measure} cannot be computed from its figures",
    Reason.NO_MEMBERS_TO_SUM: "the base has no {measure} figure for {entity}, and {missing} to sum",
    Reason.SUM_NOT_COMPUTABLE: "the {measure} of {entity}'s members cannot be summed",
    Reason.CHANGE_IN_OTHER_TERMS: "the change is stated {terms}; the base has none in {code}",
    Reason.ONLY_IMPLIED: "only implied by the text ({reading}): {message}",
    Reason.UNSURE_CLAIM: "a bare number after a capitalised word (maybe part of a name), so not called contradicted; {message}",
}


def say(reason: Reason, **parts: object) -> str:
    """The message of a reason, its template filled with the parts (a KeyError names a part left out)."""
    return TEMPLATES[reason].format(**parts)


class Explanation(Named):
    """A line of `--explain`: how a claim was read, and each figure it could be about."""

    READ_AS = "read-as"
    CANDIDATE = "candidate"  # a figure of the claim's entity and measure
    SCORED_CANDIDATE = "scored-candidate"  # a prose figure, with its word score and period fit
    REJECTED = "rejected"
    SCORED_REJECTION = "scored-rejection"
    NO_CANDIDATE = "no-candidate"


EXPLANATIONS: dict[Explanation, str] = {
    Explanation.READ_AS: "read as: {reading}; period {period}",
    Explanation.CANDIDATE: "{figure} ({period}): {taken}; {value}",
    Explanation.SCORED_CANDIDATE: "{figure}: {taken}; words {words:.0f}/100, period fit {fit:.2f}, {value}",
    Explanation.REJECTED: "{figure}: rejected, {why}",
    Explanation.SCORED_REJECTION: "{figure}: rejected, {why} (words {words:.0f}/100)",
    Explanation.NO_CANDIDATE: "no candidate: {why}",
}


def explain(line: Explanation, taken: bool | None = None, **parts: object) -> str:
    """A line of --explain; `taken` says whether the verdict was judged by this figure."""
    if taken is not None:
        parts["taken"] = "taken" if taken else "also fits"
    return EXPLANATIONS[line].format(**parts)
