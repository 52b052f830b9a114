"""The claim grammar as data: scale words, hedges, currencies, units, change words.

Each table row carries an example sentence; tests iterate over the rows and
check that the example extracts as the row says. Adding a scale word or a
currency is one row here plus its example.
"""
from __future__ import annotations

from typing import NamedTuple

# -- numbers ---------------------------------------------------------------

UNITS_WORDS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19,
}
TENS_WORDS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}


class Scale(NamedTuple):
    word: str
    factor: float
    example: str


SCALES = (
    Scale("hundred", 1e2, "two hundred delegates attended"),
    Scale("thousand", 1e3, "5 thousand visitors came"),
    Scale("million", 1e6, "a budget of 1.5 million euros"),
    Scale("billion", 1e9, "trade of 911.7 billion U.S. dollars"),
    Scale("trillion", 1e12, "trade reached 4.5 trillion yuan"),
    Scale("lakh", 1e5, "a fine of 5 lakh rupees"),
    Scale("crore", 1e7, "a project worth 300 crore rupees"),
    Scale("bn", 1e9, "a deal worth $5bn"),
    Scale("mn", 1e6, "sales of 3 mn euros"),
    Scale("tn", 1e12, "debt of 2.5 tn yen"),
    Scale("trn", 1e12, "debt of 2.5 trn yen"),
    Scale("k", 1e3, "a salary of $40k"),
)
SCALE_FACTORS = {s.word: s.factor for s in SCALES}
# "m" is million only after a currency ("$1.2m"); elsewhere it is a metre.
MONEY_ONLY_SCALES = {"m": 1e6}

ORDINAL_WORDS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
    "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12,
}
SUPERLATIVES = (
    "largest", "biggest", "highest", "lowest", "smallest", "most", "least",
    "busiest", "richest", "poorest", "fastest", "slowest", "greatest", "top",
)


# -- hedges ----------------------------------------------------------------

class Hedge(NamedTuple):
    phrase: str
    bound: str  # exact | approx | lower | upper
    example: str


HEDGES = (
    Hedge("more than", "lower", "more than 1,600 suppliers"),
    Hedge("over", "lower", "over 80 percent of it"),
    Hedge("exceeding", "lower", "contracts exceeding 280 billion yuan"),
    Hedge("exceeded", "lower", "sales exceeded 3 million units"),
    Hedge("surpassed", "lower", "investment had surpassed 400 billion U.S. dollars"),
    Hedge("surpassing", "lower", "surpassing 10 million visitors"),
    Hedge("at least", "lower", "at least 12 people"),
    Hedge("upwards of", "lower", "upwards of 500 homes"),
    Hedge("in excess of", "lower", "in excess of 2 million tonnes"),
    Hedge("as fast as", "lower", "shortened to as fast as 10 minutes"),
    Hedge("as little as", "lower", "in as little as 3 days"),
    Hedge("about", "approx", "about 39 billion U.S. dollars"),
    Hedge("around", "approx", "around two hours"),
    Hedge("approximately", "approx", "approximately 45 companies"),
    Hedge("roughly", "approx", "roughly 300 projects"),
    Hedge("some", "approx", "some 28,500 institutions"),
    Hedge("an estimated", "approx", "an estimated 5 million people"),
    Hedge("estimated at", "approx", "an output estimated at 4 million tonnes"),
    Hedge("close to", "approx", "close to 70 percent"),
    Hedge("nearly", "upper", "nearly 70 percent"),
    Hedge("almost", "upper", "almost 3 million visitors"),
    Hedge("up to", "upper", "up to 40 percent"),
    Hedge("less than", "upper", "less than 5 percent"),
    Hedge("fewer than", "upper", "fewer than 1,000 suppliers"),
    Hedge("under", "upper", "under 2 hours"),
    Hedge("below", "upper", "below 3 percent"),
    Hedge("no more than", "upper", "no more than 20 minutes"),
    Hedge("at most", "upper", "at most 15 percent"),
)
# A hedge whose value is close below the number ("nearly 70") rather than any value below it.
NEAR_BELOW = {"nearly", "almost", "close to"}
# Relative slack an "about" allows beyond the written precision.
APPROX_SLACK = 0.02
NEAR_SLACK = 0.05


# -- currencies ------------------------------------------------------------

# ISO 4217 codes we recognise when written out ("USD 5 million", "5 million CNY"):
# every currency the ECB publishes, past and present, plus the common ones it does not.
ECB_CURRENCIES = (
    "AUD", "BGN", "BRL", "CAD", "CHF", "CNY", "CYP", "CZK", "DKK", "EEK", "EUR", "GBP",
    "HKD", "HRK", "HUF", "IDR", "ILS", "INR", "ISK", "JPY", "KRW", "LTL", "LVL", "MTL",
    "MXN", "MYR", "NOK", "NZD", "PHP", "PLN", "ROL", "RON", "RUB", "SEK", "SGD", "SIT",
    "SKK", "THB", "TRL", "TRY", "USD", "ZAR",
)
OTHER_CURRENCIES = (
    "AED", "ARS", "BDT", "CLP", "COP", "EGP", "KES", "KWD", "LKR", "MMK", "NGN", "PKR",
    "QAR", "SAR", "TWD", "UAH", "VND", "LAK", "KHR", "BND",
)
CURRENCY_CODES = ECB_CURRENCIES + OTHER_CURRENCIES


class Currency(NamedTuple):
    surface: str
    code: str
    example: str


# Written before the number.
CURRENCY_PREFIXES = (
    Currency("US$", "USD", "a deal worth US$5 million"),
    Currency("A$", "AUD", "A$3 billion of exports"),
    Currency("HK$", "HKD", "HK$2.5 billion"),
    Currency("C$", "CAD", "C$40 million"),
    Currency("S$", "SGD", "S$1.2 billion"),
    Currency("NZ$", "NZD", "NZ$300 million"),
    Currency("$", "USD", "a $5bn deal"),
    Currency("€", "EUR", "€12 million in grants"),
    Currency("£", "GBP", "£3.4 billion"),
    Currency("¥", "JPY", "¥500 billion"),
    Currency("₹", "INR", "₹20 crore"),
    Currency("RMB", "CNY", "RMB 3 billion"),
)
# Written after the number (longest first is handled by the matcher).
CURRENCY_NAMES = (
    Currency("yuan", "CNY", "4.5 trillion yuan"),
    Currency("renminbi", "CNY", "20 billion renminbi"),
    Currency("RMB", "CNY", "20 billion RMB"),
    Currency("U.S. dollars", "USD", "911.7 billion U.S. dollars"),
    Currency("US dollars", "USD", "911.7 billion US dollars"),
    Currency("U.S. dollar", "USD", "one U.S. dollar"),
    Currency("American dollars", "USD", "5 million American dollars"),
    Currency("dollars", "USD", "40 billion dollars"),
    Currency("dollar", "USD", "a 1 dollar coin"),
    Currency("euros", "EUR", "12 million euros"),
    Currency("euro", "EUR", "one euro"),
    Currency("pounds sterling", "GBP", "3 million pounds sterling"),
    Currency("pounds", "GBP", "3 million pounds"),
    Currency("sterling", "GBP", "3 million sterling"),
    Currency("yen", "JPY", "500 billion yen"),
    Currency("rupees", "INR", "20 crore rupees"),
    Currency("rupee", "INR", "one rupee"),
    Currency("Swiss francs", "CHF", "2 billion Swiss francs"),
    Currency("won", "KRW", "3 trillion won"),
    Currency("ringgit", "MYR", "5 billion ringgit"),
    Currency("baht", "THB", "7 billion baht"),
    Currency("dong", "VND", "1 trillion dong"),
    Currency("rupiah", "IDR", "4 trillion rupiah"),
    Currency("pesos", "PHP", "9 billion pesos"),
    Currency("Australian dollars", "AUD", "3 billion Australian dollars"),
    Currency("Canadian dollars", "CAD", "3 billion Canadian dollars"),
    Currency("Singapore dollars", "SGD", "2 billion Singapore dollars"),
    Currency("Hong Kong dollars", "HKD", "9 billion Hong Kong dollars"),
)


# -- percentages and units -------------------------------------------------

class Unit(NamedTuple):
    surface: str
    name: str  # the pint unit name, or percent / percentage_point
    dimension: str  # what it measures; the test checks it against pint
    example: str


PERCENT_UNITS = (
    Unit("percentage points", "percentage_point", "ratio", "fell by 2 percentage points"),
    Unit("percentage point", "percentage_point", "ratio", "a 1 percentage point rise"),
    Unit("basis points", "basis_point", "ratio", "cut rates by 25 basis points"),
    Unit("percent", "percent", "ratio", "11 percent of the national total"),
    Unit("per cent", "percent", "ratio", "11 per cent of the total"),
    Unit("pct", "percent", "ratio", "up 4 pct"),
    Unit("%", "percent", "ratio", "a 24.3% increase"),
)

PHYSICAL_UNITS = (
    Unit("seconds", "second", "[time]", "in 30 seconds"),
    Unit("second", "second", "[time]", "a 1 second delay"),
    Unit("minutes", "minute", "[time]", "as fast as 10 minutes"),
    Unit("minute", "minute", "[time]", "a 10-minute walk"),
    Unit("mins", "minute", "[time]", "45 mins"),
    Unit("hours", "hour", "[time]", "around two hours"),
    Unit("hour", "hour", "[time]", "one hour in advance"),
    Unit("hrs", "hour", "[time]", "3 hrs"),
    Unit("days", "day", "[time]", "in 3 days"),
    Unit("day", "day", "[time]", "a 3-day visit"),
    Unit("weeks", "week", "[time]", "six weeks"),
    Unit("week", "week", "[time]", "a two-week trip"),
    Unit("months", "month", "[time]", "eight months"),
    Unit("years", "year", "[time]", "for 15 consecutive years"),
    Unit("year", "year", "[time]", "a 5-year plan"),
    Unit("kilometres", "kilometer", "[length]", "a 300 kilometres line"),
    Unit("kilometers", "kilometer", "[length]", "a 300 kilometers line"),
    Unit("km", "kilometer", "[length]", "a 300 km line"),
    Unit("miles", "mile", "[length]", "20 miles away"),
    Unit("metres", "meter", "[length]", "a 100 metres tower"),
    Unit("meters", "meter", "[length]", "a 100 meters tower"),
    Unit("square kilometres", "kilometer ** 2", "[length] ** 2", "an area of 1,200 square kilometres"),
    Unit("square kilometers", "kilometer ** 2", "[length] ** 2", "an area of 1,200 square kilometers"),
    Unit("sq km", "kilometer ** 2", "[length] ** 2", "1,200 sq km"),
    Unit("km²", "kilometer ** 2", "[length] ** 2", "1,200 km²"),
    Unit("sq ft", "square_foot", "[length] ** 2", "a 900 sq ft flat"),
    Unit("square feet", "square_foot", "[length] ** 2", "900 square feet"),
    Unit("hectares", "hectare", "[length] ** 2", "500 hectares of land"),
    Unit("acres", "acre", "[length] ** 2", "40 acres"),
    Unit("tonnes", "metric_ton", "[mass]", "2 million tonnes of grain"),
    Unit("metric tons", "metric_ton", "[mass]", "2 million metric tons"),
    Unit("tons", "metric_ton", "[mass]", "2 million tons"),
    Unit("kilograms", "kilogram", "[mass]", "50 kilograms"),
    Unit("kg", "kilogram", "[mass]", "50 kg"),
    Unit("kWh", "kilowatt_hour", "[length] ** 2 * [mass] / [time] ** 2", "300 kWh a month"),
    Unit("GW", "gigawatt", "[length] ** 2 * [mass] / [time] ** 3", "a 5 GW plant"),
    Unit("MW", "megawatt", "[length] ** 2 * [mass] / [time] ** 3", "a 50 MW farm"),
    Unit("litres", "liter", "[length] ** 3", "5 litres"),
    Unit("liters", "liter", "[length] ** 3", "5 liters"),
    Unit("km/h", "kilometer_per_hour", "[length] / [time]", "350 km/h"),
    Unit("mph", "mile_per_hour", "[length] / [time]", "70 mph"),
    Unit("°C", "degree_Celsius", "[temperature]", "40°C"),
    Unit("°F", "degree_Fahrenheit", "[temperature]", "104°F"),
)
# Words that may stand between a number and its time unit: "15 consecutive years".
UNIT_MODIFIERS = ("consecutive", "straight", "successive", "full")


# -- changes, shares, multipliers ------------------------------------------

# A percentage with one of these just before it is a change: "up 10 percent".
CHANGE_BEFORE = (
    "increase of", "increased by", "increase by", "rise of", "rose", "rose by", "grew", "grew by",
    "growth of", "up", "down", "fell", "fell by", "dropped", "dropped by", "decline of",
    "declined by", "decrease of", "decreased by", "jumped", "climbed", "gained",
    "an average annual rate of", "average annual rate of", "annual rate of", "rate of",
    "an average of", "average of", "growing by", "growing at",
)
# ...or one of these just after it: "a 24.3 percent year-on-year increase".
CHANGE_AFTER = (
    "year-on-year increase", "year-on-year rise", "year-on-year growth", "year-on-year decline",
    "year-on-year drop", "year-on-year", "year on year", "increase", "rise", "growth",
    "decline", "drop", "decrease", "jump", "higher", "lower", "more", "less",
    "a year", "per year", "annually", "per annum", "on a year earlier",
)
# Verbs that state a multiple: "has doubled".
MULTIPLIERS = {
    "doubled": 2.0, "tripled": 3.0, "trebled": 3.0, "quadrupled": 4.0, "halved": 0.5,
}

# -- what is not a claim ---------------------------------------------------

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
    "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11,
    "nov": 11, "december": 12, "dec": 12,
}
# "one" counts nothing checkable unless a unit follows ("one hour").
BARE_ONE = "one"
# Number words that are idiom, not quantity: "a one-stop platform", "one of the".
IDIOMS = ("one-stop", "one of", "one another", "one by one", "one-off", "one-way", "two-way", "one-on-one")
# After "the", a spelled-out small number points back at things already named
# ("the two places"), it does not state a count.
ANAPHORIC_AFTER = ("the", "these", "those", "both")
