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
    Scale("lakhs", 1e5, "a fine of 12 lakhs"),
    Scale("crores", 1e7, "a project worth 300 crores"),
    Scale("lac", 1e5, "a fine of 5 lac rupees"),
    Scale("lacs", 1e5, "a fine of 12 lacs"),
    Scale("bn", 1e9, "a deal worth $5bn"),
    Scale("mn", 1e6, "sales of 3 mn euros"),
    Scale("tn", 1e12, "debt of 2.5 tn yen"),
    Scale("trn", 1e12, "debt of 2.5 trn yen"),
    Scale("k", 1e3, "a salary of $40k"),
    Scale("m", 1e6, "a city of 1.2m people"),
    Scale("mln", 1e6, "exports of 40 mln tonnes"),
    Scale("bln", 1e9, "a loan of 10 bln euros"),
    Scale("tln", 1e12, "a debt of 2 tln yen"),
    Scale("mil", 1e6, "a house sold for $2 mil"),
    Scale("dozen", 12, "two dozen reporters"),
    Scale("dozens", 12, "three dozens of eggs"),
    Scale("dz", 12, "a box of 3 dz eggs"),
    Scale("dzs", 12, "a box of 3 dzs eggs"),
    Scale("dozs", 12, "a box of five dozs eggs"),
)
SCALE_FACTORS = {s.word: s.factor for s in SCALES}
# Glued to the digits ("5bn", "10M"), these are scale words too. "m" is a
# million only after a currency ("$1.2m"); elsewhere it is a metre ("1.8m tall").
# "b", "T" and "MM" likewise need a currency; "M" alone is a million ("10M").
GLUED_SCALES = {
    "bn": 1e9, "mn": 1e6, "tn": 1e12, "trn": 1e12, "k": 1e3, "K": 1e3, "M": 1e6, "mln": 1e6,
    "bln": 1e9, "tln": 1e12, "mil": 1e6, "b": 1e9, "B": 1e9,
}
MONEY_ONLY_SCALES = {"m": 1e6, "T": 1e12, "MM": 1e6, "tr": 1e12}

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
    Hedge("passed", "lower", "the population passed 330 million"),
    Hedge("topped", "lower", "exports topped 3 trillion dollars"),
    Hedge("crossed", "lower", "the population crossed 100 million"),
    Hedge("surpasses", "lower", "its economy surpasses 2 trillion dollars"),
    Hedge("tops", "lower", "its population tops 50 million"),
    Hedge("fell below", "upper", "inflation fell below 2 percent"),
    Hedge("dipped below", "upper", "unemployment dipped below 4 percent"),
    Hedge("upwards of", "lower", "upwards of 500 homes"),
    Hedge("in excess of", "lower", "in excess of 2 million tonnes"),
    Hedge("as fast as", "lower", "shortened to as fast as 10 minutes"),
    Hedge("as little as", "lower", "in as little as 3 days"),
    Hedge("about", "approx", "about 39 billion U.S. dollars"),
    Hedge("around", "approx", "around two hours"),
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
    Hedge("no less than", "lower", "no less than 30 percent"),
    Hedge("no fewer than", "lower", "no fewer than 12 people"),
    Hedge("not less than", "lower", "not less than 30 days"),
    Hedge("not more than", "upper", "not more than 30 days"),
    Hedge("greater than", "lower", "greater than 4,565 votes"),
    Hedge("larger than", "lower", "larger than 20 hectares"),
    Hedge("higher than", "lower", "higher than 5 percent"),
    Hedge("above", "lower", "above 1,000 metres"),
    Hedge("well over", "lower", "well over 2 million people"),
    Hedge("just over", "lower", "just over 2 million people"),
    Hedge("just under", "upper", "just under 2 million people"),
    Hedge("a minimum of", "lower", "a minimum of 3 years"),
    Hedge("a maximum of", "upper", "a maximum of 3 years"),
    Hedge("as many as", "upper", "as many as 500 people"),
    Hedge("as much as", "upper", "as much as 40 percent"),
    Hedge("smaller than", "upper", "smaller than 5 square kilometres"),
    Hedge("lower than", "upper", "lower than 3 percent"),
    Hedge("less than or equal to", "upper", "less than or equal to 100 units"),
    Hedge("greater than or equal to", "lower", "greater than or equal to 100 units"),
    Hedge("approximately", "approx", "approximately 45 companies"),
    Hedge("approx.", "approx", "approx. 45 companies"),
    Hedge("circa", "approx", "circa 300 staff"),
    Hedge("more or less", "approx", "more or less 300 staff"),
    Hedge("~", "approx", "a rise of ~5 percent"),
)
# Bounds written after the number: "500 or more".
BOUNDS_AFTER = (
    Hedge("or more", "lower", "500 people or more"),
    Hedge("and more", "lower", "500 and more visitors"),
    Hedge("or above", "lower", "aged 65 or above"),
    Hedge("and above", "lower", "aged 65 and above"),
    Hedge("or over", "lower", "aged 65 or over"),
    Hedge("and over", "lower", "aged 65 and over"),
    Hedge("or greater", "lower", "a score of 200 or greater"),
    Hedge("or less", "upper", "500 people or less"),
    Hedge("or fewer", "upper", "500 people or fewer"),
    Hedge("or below", "upper", "30 percent or below"),
    Hedge("and below", "upper", "30 percent and below"),
    Hedge("or under", "upper", "children aged 5 or under"),
    Hedge("and under", "upper", "children aged 5 and under"),
    Hedge("at most", "upper", "30 percent at most"),
    Hedge("at least", "lower", "30 percent at least"),
)
# The bounds that include their number ("at least 30" allows 30; "more than 30" does not).
INCLUSIVE = {
    "at least", "no less than", "no fewer than", "not less than", "a minimum of", "greater than or equal to",
    "up to", "at most", "no more than", "not more than", "a maximum of", "less than or equal to", "as many as",
    "as much as", *(h.phrase for h in BOUNDS_AFTER),
}
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
    "QAR", "SAR", "TWD", "UAH", "VND", "LAK", "KHR", "BND", "CRC", "GEL", "KZT", "MAD",
    "NPR", "PEN", "BTC", "XOF", "XAF", "LBP", "MNT", "IRR", "IQD", "JOD", "OMR", "BHD", "DZD", "TND", "LYD", "ETB",
    "GHS", "TZS", "UGX", "ZMW", "UZS", "AZN", "BYN", "RSD", "MKD", "MDL", "KGS", "TJS",  # not ALL, AMD or BAM: words and names in capitals
    # Replaced by the euro, still in older figures.
    "DEM", "FRF", "ESP", "ITL", "NLG", "FIM", "ATS", "BEF", "PTE", "IEP", "GRD",
)
CURRENCY_CODES = ECB_CURRENCIES + OTHER_CURRENCIES
# Codes also read in lower case ("20 usd", "rmb 10"): the common ones that are not English words.
LOWERCASE_CODES = ("usd", "eur", "gbp", "jpy", "cny", "chf", "aud", "cad", "hkd", "sgd", "inr", "krw",
                   "nzd", "sek", "nok", "dkk", "rub", "brl", "mxn", "zar", "btc", "rmb")


class Currency(NamedTuple):
    surface: str
    code: str
    example: str


# Written before the number. A letter prefix may be followed by a space before
# the sign, as tokenised text writes it ("hk $ 10.05 billion").
CURRENCY_PREFIXES = (
    Currency("US$", "USD", "a deal worth US$5 million"),
    Currency("U.S.$", "USD", "a U.S.$150 million loan"),
    Currency("USD$", "USD", "a fee of USD$15"),
    Currency("A$", "AUD", "A$3 billion of exports"),
    Currency("AU$", "AUD", "AU$3 billion of exports"),
    Currency("HK$", "HKD", "HK$2.5 billion"),
    Currency("C$", "CAD", "C$40 million"),
    Currency("CA$", "CAD", "CA$40 million"),
    Currency("S$", "SGD", "S$1.2 billion"),
    Currency("NZ$", "NZD", "NZ$300 million"),
    Currency("NT$", "TWD", "NT$50 billion"),
    Currency("R$", "BRL", "R$12 billion"),
    Currency("Mex$", "MXN", "Mex$10 million"),
    Currency("MX$", "MXN", "MX$10 million"),
    Currency("MXN$", "MXN", "MXN$10 million"),
    Currency("HKD$", "HKD", "HKD$2.5 billion"),
    Currency("NZD$", "NZD", "NZD$300 million"),
    Currency("AUD$", "AUD", "AUD$3 billion of exports"),
    Currency("CAD$", "CAD", "CAD$40 million"),
    Currency("SGD$", "SGD", "SGD$1.2 billion"),
    Currency("U.S$", "USD", "a U.S$150 million loan"),
    Currency("$", "USD", "a $5bn deal"),
    Currency("€", "EUR", "€12 million in grants"),
    Currency("£", "GBP", "£3.4 billion"),
    Currency("¥", "JPY", "¥500 billion"),
    Currency("₹", "INR", "₹20 crore"),
    Currency("₩", "KRW", "₩3 trillion"),
    Currency("₽", "RUB", "₽40 billion"),
    Currency("₺", "TRY", "₺9 billion"),
    Currency("₱", "PHP", "₱9 billion"),
    Currency("₫", "VND", "₫1 trillion"),
    Currency("₦", "NGN", "₦300 billion"),
    Currency("₪", "ILS", "₪2 billion"),
    Currency("฿", "THB", "฿7 billion"),
    Currency("₿", "BTC", "₿21 million"),
    Currency("Rs", "INR", "Rs 500 crore"),
    Currency("$US", "USD", "a $US3 million grant"),
    Currency("RM", "MYR", "a RM50 million project"),
    Currency("RMB", "CNY", "RMB 3 billion"),
)
# Symbols also written after the number ("10 €", "100元").
CURRENCY_SUFFIX_SYMBOLS = (
    Currency("€", "EUR", "a ticket of 15 €"),
    Currency("$", "USD", "it cost 10 $"),
    Currency("元", "CNY", "a price of 100元"),
    Currency("₡", "CRC", "a book at 100 ₡"),
    Currency("₾", "GEL", "a bicycle for 100₾"),
    Currency("₭", "LAK", "a prize of 100,000 ₭"),
    Currency("zł", "PLN", "a fine of 500 zł"),
)
# Written after the number (the longest name wins).
CURRENCY_NAMES = (
    Currency("yuan", "CNY", "4.5 trillion yuan"),
    Currency("Chinese yuan", "CNY", "100 Chinese yuan"),
    Currency("renminbi", "CNY", "20 billion renminbi"),
    Currency("RMB", "CNY", "20 billion RMB"),
    Currency("U.S. dollars", "USD", "911.7 billion U.S. dollars"),
    Currency("US dollars", "USD", "911.7 billion US dollars"),
    Currency("U.S. dollar", "USD", "one U.S. dollar"),
    Currency("US dollar", "USD", "10 US dollar"),
    Currency("American dollars", "USD", "5 million American dollars"),
    Currency("dollars", "USD", "40 billion dollars"),
    Currency("dollar", "USD", "a 1 dollar coin"),
    Currency("euros", "EUR", "12 million euros"),
    Currency("euro", "EUR", "one euro"),
    Currency("pounds sterling", "GBP", "3 million pounds sterling"),
    Currency("pounds", "GBP", "3 million pounds"),
    Currency("sterling", "GBP", "3 million sterling"),
    Currency("British pounds", "GBP", "3 million British pounds"),
    Currency("yen", "JPY", "500 billion yen"),
    Currency("Japanese yen", "JPY", "500 billion Japanese yen"),
    Currency("rupees", "INR", "20 crore rupees"),
    Currency("rupee", "INR", "one rupee"),
    Currency("Indian rupees", "INR", "20 crore Indian rupees"),
    Currency("Pakistani rupees", "PKR", "20 billion Pakistani rupees"),
    Currency("Sri Lankan rupees", "LKR", "20 billion Sri Lankan rupees"),
    Currency("Swiss francs", "CHF", "2 billion Swiss francs"),
    Currency("francs", "CHF", "10,000 francs"),
    Currency("French francs", "FRF", "20 billion French francs"),
    Currency("CFA francs", "XOF", "3 billion CFA francs"),
    Currency("won", "KRW", "3 trillion won"),
    Currency("ringgit", "MYR", "5 billion ringgit"),
    Currency("ringgits", "MYR", "5 billion ringgits"),
    Currency("Malaysian ringgit", "MYR", "5 billion Malaysian ringgit"),
    Currency("Malaysian ringgits", "MYR", "5 billion Malaysian ringgits"),
    Currency("baht", "THB", "7 billion baht"),
    Currency("dong", "VND", "1 trillion dong"),
    Currency("rupiah", "IDR", "4 trillion rupiah"),
    Currency("pesos", "PHP", "9 billion pesos"),
    Currency("Philippine pesos", "PHP", "9 billion Philippine pesos"),
    Currency("Mexican pesos", "MXN", "9 billion Mexican pesos"),
    Currency("Australian dollars", "AUD", "3 billion Australian dollars"),
    Currency("Canadian dollars", "CAD", "3 billion Canadian dollars"),
    Currency("Singapore dollars", "SGD", "2 billion Singapore dollars"),
    Currency("Hong Kong dollars", "HKD", "9 billion Hong Kong dollars"),
    Currency("New Zealand dollars", "NZD", "9 billion New Zealand dollars"),
    Currency("Taiwan dollars", "TWD", "9 billion Taiwan dollars"),
    Currency("Brunei dollars", "BND", "9 million Brunei dollars"),
    Currency("Swedish kronor", "SEK", "9 billion Swedish kronor"),
    Currency("Norwegian kroner", "NOK", "9 billion Norwegian kroner"),
    Currency("Danish kroner", "DKK", "9 billion Danish kroner"),
    Currency("Icelandic kronur", "ISK", "9 billion Icelandic kronur"),
    Currency("Czech koruna", "CZK", "9 billion Czech koruna"),
    Currency("korunas", "CZK", "9 billion korunas"),
    Currency("forint", "HUF", "90 billion forint"),
    Currency("zloty", "PLN", "9 billion zloty"),
    Currency("lei", "RON", "9 billion lei"),
    Currency("leva", "BGN", "9 billion leva"),
    Currency("reais", "BRL", "9 billion reais"),
    Currency("rand", "ZAR", "9 billion rand"),
    Currency("shekels", "ILS", "9 billion shekels"),
    Currency("Turkish lira", "TRY", "10 Turkish lira"),
    Currency("liras", "TRY", "10 billion liras"),
    Currency("roubles", "RUB", "40 billion roubles"),
    Currency("rubles", "RUB", "40 billion rubles"),
    Currency("hryvnias", "UAH", "40 billion hryvnias"),
    Currency("kip", "LAK", "40 billion kip"),
    Currency("riel", "KHR", "40 billion riel"),
    Currency("kyat", "MMK", "40 billion kyat"),
    Currency("taka", "BDT", "40 billion taka"),
    Currency("naira", "NGN", "40 billion naira"),
    Currency("Kenyan shillings", "KES", "40 billion Kenyan shillings"),
    Currency("dirhams", "AED", "40 billion dirhams"),
    Currency("riyals", "SAR", "40 billion riyals"),
    Currency("Saudi riyals", "SAR", "40 billion Saudi riyals"),
    Currency("Qatari riyals", "QAR", "40 billion Qatari riyals"),
    Currency("Kuwaiti dinars", "KWD", "2 billion Kuwaiti dinars"),
    Currency("Kuwaiti dinar", "KWD", "one Kuwaiti dinar"),
    Currency("Lebanese pounds", "LBP", "15,000 Lebanese pounds"),
    Currency("Egyptian pounds", "EGP", "300 billion Egyptian pounds"),
    Currency("Egyptian pound", "EGP", "one Egyptian pound"),
    Currency("tugriks", "MNT", "10,000 tugriks"),
    Currency("tugrik", "MNT", "one tugrik"),
    Currency("hryvnias", "UAH", "40 billion hryvnias"),
    Currency("hryvnia", "UAH", "one hryvnia"),
    Currency("bucks", "USD", "it cost 42 bucks"),
    Currency("Deutsche marks", "DEM", "40 billion Deutsche marks"),
    Currency("pesetas", "ESP", "6.65 billion pesetas"),
    Currency("guilders", "NLG", "250 million guilders"),
    Currency("Dutch guilders", "NLG", "250 million Dutch guilders"),
    Currency("markka", "FIM", "420 million markka"),
    Currency("Finnish markka", "FIM", "420 million Finnish markka"),
    Currency("lire", "ITL", "900 billion lire"),
    Currency("bitcoins", "BTC", "10000 bitcoins"),
    Currency("bitcoin", "BTC", "one bitcoin"),
)


class Subunit(NamedTuple):
    surface: str
    code: str
    factor: float  # of the main unit
    example: str


# Coins written in their own unit: "50 cents" is 0.50 dollars.
SUBUNITS = (
    Subunit("cents", "USD", 0.01, "shares fell 34 cents"),
    Subunit("¢", "USD", 0.01, "a 10¢ stamp"),
    Subunit("cent", "USD", 0.01, "a 12-cent dividend"),
    Subunit("pence", "GBP", 0.01, "the shares lost 470 pence"),
    Subunit("penny", "GBP", 0.01, "it closed one penny lower"),
    Subunit("dimes", "USD", 0.1, "it costs 3 dimes"),
    Subunit("satoshis", "BTC", 1e-8, "a fee of 2 satoshis"),
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
    Unit("percentage", "percent", "ratio", "a 30 percentage share"),
    Unit("percents", "percent", "ratio", "one hundred percents"),
    Unit("bps", "basis_point", "ratio", "a cut of 25 bps"),
    Unit("bp", "basis_point", "ratio", "the yield rose 10bp"),
    Unit("basis point", "basis_point", "ratio", "a 1 basis point rise"),
    Unit("%", "percent", "ratio", "a 24.3% increase"),
)

PHYSICAL_UNITS = (
    Unit("seconds", "second", "[time]", "in 30 seconds"),
    Unit("second", "second", "[time]", "a 1 second delay"),
    Unit("secs", "second", "[time]", "in 30 secs"),
    Unit("minutes", "minute", "[time]", "as fast as 10 minutes"),
    Unit("minute", "minute", "[time]", "a 10-minute walk"),
    Unit("mins", "minute", "[time]", "45 mins"),
    Unit("min", "minute", "[time]", "a 45 min drive"),
    Unit("hours", "hour", "[time]", "around two hours"),
    Unit("hour", "hour", "[time]", "one hour in advance"),
    Unit("hrs", "hour", "[time]", "3 hrs"),
    Unit("hr", "hour", "[time]", "a 3 hr flight"),
    Unit("days", "day", "[time]", "in 3 days"),
    Unit("day", "day", "[time]", "a 3-day visit"),
    Unit("weeks", "week", "[time]", "six weeks"),
    Unit("week", "week", "[time]", "a two-week trip"),
    Unit("months", "month", "[time]", "eight months"),
    Unit("month", "month", "[time]", "a six-month delay"),
    Unit("years", "year", "[time]", "for 15 consecutive years"),
    Unit("year", "year", "[time]", "a 5-year plan"),

    Unit("centuries", "century", "[time]", "for two centuries"),
    Unit("yo", "year", "[time]", "a 87 yo man"),
    Unit("kilometres", "kilometer", "[length]", "a 300 kilometres line"),
    Unit("kilometers", "kilometer", "[length]", "a 300 kilometers line"),
    Unit("kilometre", "kilometer", "[length]", "a 300-kilometre line"),
    Unit("kilometer", "kilometer", "[length]", "a 27-kilometer ring"),
    Unit("km", "kilometer", "[length]", "a 300 km line"),
    Unit("miles", "mile", "[length]", "20 miles away"),
    Unit("mile", "mile", "[length]", "a six-mile trip"),
    Unit("mi", "mile", "[length]", "930,000 mi from here"),
    Unit("nautical miles", "nautical_mile", "[length]", "12 nautical miles offshore"),
    Unit("metres", "meter", "[length]", "a 100 metres tower"),
    Unit("meters", "meter", "[length]", "a 100 meters tower"),
    Unit("metre", "meter", "[length]", "a 5 metre shark"),
    Unit("meter", "meter", "[length]", "a 5 meter shark"),
    Unit("m", "meter", "[length]", "a 48 m crane"),
    Unit("centimetres", "centimeter", "[length]", "12 centimetres of snow"),
    Unit("centimeters", "centimeter", "[length]", "12 centimeters of snow"),
    Unit("cm", "centimeter", "[length]", "12 cm of snow"),
    Unit("millimetres", "millimeter", "[length]", "7.62 millimetres"),
    Unit("millimeters", "millimeter", "[length]", "7.62 millimeters"),
    Unit("mm", "millimeter", "[length]", "a 7.62mm barrel"),
    Unit("nm", "nanometer", "[length]", "a 5 nm chip"),
    Unit("pm", "picometer", "[length]", "a grid of 2.123 pm"),
    Unit("am", "attometer", "[length]", "a grid of 2.123 am"),
    Unit("feet", "foot", "[length]", "10 feet high"),
    Unit("foot", "foot", "[length]", "a 776-foot airship"),
    Unit("ft", "foot", "[length]", "a 12 ft wall"),
    Unit("inches", "inch", "[length]", "4 inches of rain"),
    Unit("inch", "inch", "[length]", "a 3-inch thickness"),
    Unit("yards", "yard", "[length]", "40 yards"),
    Unit("yds", "yard", "[length]", "he ran 12 yds"),
    Unit("yd", "yard", "[length]", "a 40 yd field goal"),
    Unit("nmi", "nautical_mile", "[length]", "200 nmi offshore"),
    Unit("light years", "light_year", "[length]", "4.2 light years away"),
    Unit("light-years", "light_year", "[length]", "4.2 light-years away"),
    Unit("square kilometres", "kilometer ** 2", "[length] ** 2", "an area of 1,200 square kilometres"),
    Unit("square kilometers", "kilometer ** 2", "[length] ** 2", "an area of 1,200 square kilometers"),
    Unit("sq km", "kilometer ** 2", "[length] ** 2", "1,200 sq km"),
    Unit("km²", "kilometer ** 2", "[length] ** 2", "1,200 km²"),
    Unit("km2", "kilometer ** 2", "[length] ** 2", "an area of 301,338 km2"),
    Unit("square metres", "meter ** 2", "[length] ** 2", "660 square metres"),
    Unit("square meters", "meter ** 2", "[length] ** 2", "660 square meters"),
    Unit("sq m", "meter ** 2", "[length] ** 2", "660 sq m"),
    Unit("m²", "meter ** 2", "[length] ** 2", "660 m²"),
    Unit("m2", "meter ** 2", "[length] ** 2", "a 24703m2 plot"),
    Unit("square miles", "mile ** 2", "[length] ** 2", "40 square miles"),
    Unit("square mile", "mile ** 2", "[length] ** 2", "the site covers 1 square mile"),
    Unit("sq mi", "mile ** 2", "[length] ** 2", "116,347 sq mi"),
    Unit("sq ft", "foot ** 2", "[length] ** 2", "a 900 sq ft flat"),
    Unit("square feet", "foot ** 2", "[length] ** 2", "900 square feet"),
    Unit("hectares", "hectare", "[length] ** 2", "500 hectares of land"),
    Unit("ha", "hectare", "[length] ** 2", "500 ha of land"),
    Unit("acres", "acre", "[length] ** 2", "40 acres"),
    Unit("acre", "acre", "[length] ** 2", "a 45-acre site"),
    Unit("cubic metres", "meter ** 3", "[length] ** 3", "5 cubic metres of gas"),
    Unit("cubic meters", "meter ** 3", "[length] ** 3", "5 cubic meters of gas"),
    Unit("cubic feet", "foot ** 3", "[length] ** 3", "0.9 trillion cubic feet"),
    Unit("litres", "liter", "[length] ** 3", "5 litres"),
    Unit("liters", "liter", "[length] ** 3", "5 liters"),
    Unit("litre", "liter", "[length] ** 3", "a 5-litre can"),
    Unit("liter", "liter", "[length] ** 3", "a 5-liter can"),
    Unit("L", "liter", "[length] ** 3", "3 L of wine"),
    Unit("ml", "milliliter", "[length] ** 3", "75 ml"),
    Unit("mL", "milliliter", "[length] ** 3", "75 mL"),
    Unit("cl", "centiliter", "[length] ** 3", "a 100 cl bottle"),
    Unit("gallons", "gallon", "[length] ** 3", "six gallons of water"),
    Unit("gal", "gallon", "[length] ** 3", "a 55 gal drum"),
    Unit("cc", "cubic_centimeter", "[length] ** 3", "a 125 cc scooter"),
    Unit("gallon", "gallon", "[length] ** 3", "a 10-gallon cooler"),
    Unit("barrels", "barrel", "[length] ** 3", "500,000 barrels of oil"),
    Unit("bbl", "barrel", "[length] ** 3", "reserves of 2.3 billion bbl"),
    Unit("bpd", "barrel / day", "[length] ** 3 / [time]", "output of 9 million bpd"),
    Unit("cups", "cup", "[length] ** 3", "3 cups of flour"),
    Unit("cup", "cup", "[length] ** 3", "a 1 cup measure"),
    Unit("tablespoons", "tablespoon", "[length] ** 3", "3 tablespoons of butter"),
    Unit("tbsp", "tablespoon", "[length] ** 3", "2 tbsp of salt"),
    Unit("teaspoons", "teaspoon", "[length] ** 3", "2 teaspoons of salt"),
    Unit("teaspoon", "teaspoon", "[length] ** 3", "1 teaspoon of salt"),
    Unit("tsp", "teaspoon", "[length] ** 3", "2 tsp of salt"),
    Unit("tonnes", "metric_ton", "[mass]", "2 million tonnes of grain"),
    Unit("tonne", "metric_ton", "[mass]", "a 40-tonne truck"),
    Unit("metric tons", "metric_ton", "[mass]", "2 million metric tons"),
    Unit("tons", "metric_ton", "[mass]", "2 million tons"),
    Unit("ton", "metric_ton", "[mass]", "a three-ton satellite"),
    Unit("t", "metric_ton", "[mass]", "278,000 t of ore"),
    Unit("kilograms", "kilogram", "[mass]", "50 kilograms"),
    Unit("kilogram", "kilogram", "[mass]", "a 50-kilogram sack"),
    Unit("kg", "kilogram", "[mass]", "50 kg"),
    Unit("grams", "gram", "[mass]", "200 grams"),
    Unit("grammes", "gram", "[mass]", "200 grammes"),
    Unit("g", "gram", "[mass]", "200 g of sugar"),
    Unit("milligrams", "milligram", "[mass]", "45 milligrams"),
    Unit("mg", "milligram", "[mass]", "50 mg of ethanol"),
    Unit("micrograms", "microgram", "[mass]", "150 micrograms"),
    Unit("microgrammes", "microgram", "[mass]", "37.8 microgrammes"),
    Unit("µg", "microgram", "[mass]", "120 µg"),
    Unit("μg", "microgram", "[mass]", "120 μg"),
    Unit("mcg", "microgram", "[mass]", "120 mcg"),
    Unit("pounds", "pound", "[mass]", "the parcel weighs 25 pounds"),
    Unit("lbs", "pound", "[mass]", "a 200lbs man"),
    Unit("lb", "pound", "[mass]", "a 5 lb bag"),
    Unit("ounces", "ounce", "[mass]", "8 ounces"),
    Unit("ounce", "ounce", "[mass]", "a 68-ounce can"),
    Unit("oz", "ounce", "[mass]", "8 oz"),
    Unit("kWh", "kilowatt_hour", "[length] ** 2 * [mass] / [time] ** 2", "300 kWh of power"),
    Unit("MWh", "megawatt_hour", "[length] ** 2 * [mass] / [time] ** 2", "7.3 MWh"),
    Unit("GWh", "gigawatt_hour", "[length] ** 2 * [mass] / [time] ** 2", "40 GWh"),
    Unit("TWh", "terawatt_hour", "[length] ** 2 * [mass] / [time] ** 2", "40 TWh"),
    Unit("Wh", "watt_hour", "[length] ** 2 * [mass] / [time] ** 2", "50 Wh"),
    Unit("kilowatt-hours", "kilowatt_hour", "[length] ** 2 * [mass] / [time] ** 2", "300 kilowatt-hours"),
    Unit("kilowatt hours", "kilowatt_hour", "[length] ** 2 * [mass] / [time] ** 2", "300 kilowatt hours"),
    Unit("W", "watt", "[length] ** 2 * [mass] / [time] ** 3", "a 60 W bulb"),
    Unit("kW", "kilowatt", "[length] ** 2 * [mass] / [time] ** 3", "a 5 kW panel"),
    Unit("GW", "gigawatt", "[length] ** 2 * [mass] / [time] ** 3", "a 5 GW plant"),
    Unit("MW", "megawatt", "[length] ** 2 * [mass] / [time] ** 3", "a 50 MW farm"),
    Unit("gigawatts", "gigawatt", "[length] ** 2 * [mass] / [time] ** 3", "5 gigawatts"),
    Unit("megawatts", "megawatt", "[length] ** 2 * [mass] / [time] ** 3", "50 megawatts"),
    Unit("kilowatts", "kilowatt", "[length] ** 2 * [mass] / [time] ** 3", "5 kilowatts"),
    Unit("km/h", "kilometer / hour", "[length] / [time]", "350 km/h"),
    Unit("kph", "kilometer / hour", "[length] / [time]", "10kph"),
    Unit("kmph", "kilometer / hour", "[length] / [time]", "10kmph"),
    Unit("km/hr", "kilometer / hour", "[length] / [time]", "10km/hr"),
    Unit("kilometres per hour", "kilometer / hour", "[length] / [time]", "200 kilometres per hour"),
    Unit("kilometers per hour", "kilometer / hour", "[length] / [time]", "200 kilometers per hour"),
    Unit("mph", "mile / hour", "[length] / [time]", "70 mph"),
    Unit("miles per hour", "mile / hour", "[length] / [time]", "70 miles per hour"),
    Unit("miles an hour", "mile / hour", "[length] / [time]", "188 miles an hour"),
    Unit("knots", "knot", "[length] / [time]", "30 knots"),
    Unit("horsepower", "horsepower", "[length] ** 2 * [mass] / [time] ** 3", "an engine of 300 horsepower"),
    Unit("hp", "horsepower", "[length] ** 2 * [mass] / [time] ** 3", "a 500 hp engine"),
    Unit("psi", "pound_force_per_square_inch", "[mass] / [length] / [time] ** 2", "tyres at 32 psi"),
    Unit("bhp", "horsepower", "[length] ** 2 * [mass] / [time] ** 3", "it makes 400 bhp"),
    Unit("Nm", "meter * newton", "[length] ** 2 * [mass] / [time] ** 2", "400 Nm of torque"),
    Unit("rpm", "revolutions_per_minute", "1 / [time]", "it revs to 6000 rpm"),
    Unit("mAh", "milliampere_hour", "[current] * [time]", "a 5000 mAh battery"),
    Unit("ppm", "ppm", "dimensionless", "CO2 reached 420 ppm"),
    Unit("parts per million", "ppm", "dimensionless", "420 parts per million of CO2"),
    Unit("kms", "kilometer", "[length]", "a trip of 10 kms"),
    Unit("ppb", "ppb", "dimensionless", "methane reached 1,900 ppb"),
    Unit("parts per billion", "ppb", "dimensionless", "1,900 parts per billion of methane"),
    Unit("bushels", "bushel", "[length] ** 3", "3 million bushels of wheat"),
    Unit("bushel", "bushel", "[length] ** 3", "a 50 bushel yield"),
    Unit("ksi", "kip_per_square_inch", "[mass] / [length] / [time] ** 2", "steel rated at 60 ksi"),
    Unit("m/s", "meter / second", "[length] / [time]", "12 m/s"),
    Unit("°C", "degree_Celsius", "[temperature]", "40°C"),
    Unit("° C", "degree_Celsius", "[temperature]", "40 ° C"),
    Unit("degrees Celsius", "degree_Celsius", "[temperature]", "32 degrees Celsius"),
    Unit("degree Celsius", "degree_Celsius", "[temperature]", "1 degree Celsius"),
    Unit("degrees centigrade", "degree_Celsius", "[temperature]", "32 degrees centigrade"),
    Unit("deg C", "degree_Celsius", "[temperature]", "6 deg C"),
    Unit("degrees C", "degree_Celsius", "[temperature]", "20 degrees C"),
    Unit("Celsius", "degree_Celsius", "[temperature]", "20.3 Celsius"),
    Unit("celcius", "degree_Celsius", "[temperature]", "10.5 celcius"),
    Unit("centigrade", "degree_Celsius", "[temperature]", "34.9 centigrade"),
    Unit("deg celsius", "degree_Celsius", "[temperature]", "40 deg celsius"),
    Unit("°F", "degree_Fahrenheit", "[temperature]", "104°F"),
    Unit("° F", "degree_Fahrenheit", "[temperature]", "104 ° F"),
    Unit("degrees Fahrenheit", "degree_Fahrenheit", "[temperature]", "114 degrees Fahrenheit"),
    Unit("degree Fahrenheit", "degree_Fahrenheit", "[temperature]", "a reading of 1 degree Fahrenheit"),
    Unit("degrees F", "degree_Fahrenheit", "[temperature]", "98.6 degrees F"),
    Unit("deg F", "degree_Fahrenheit", "[temperature]", "6 deg F"),
    Unit("Fahrenheit", "degree_Fahrenheit", "[temperature]", "90 Fahrenheit"),
    Unit("farenheit", "degree_Fahrenheit", "[temperature]", "100.2 farenheit"),
    Unit("kelvin", "kelvin", "[temperature]", "300 kelvin"),
    Unit("° Celsius", "degree_Celsius", "[temperature]", "water boils at 100° Celsius"),
    Unit("° Fahrenheit", "degree_Fahrenheit", "[temperature]", "it hit 104° Fahrenheit"),
    Unit("degrees farenheit", "degree_Fahrenheit", "[temperature]", "100.2 degrees farenheit"),
    Unit("degrees celcius", "degree_Celsius", "[temperature]", "40 degrees celcius"),
    Unit("MB", "megabyte", "[]", "a 8 MB file"),
    Unit("GB", "gigabyte", "[]", "a 64 GB phone"),
    Unit("TB", "terabyte", "[]", "a 2 TB disk"),
    Unit("Mb", "megabit", "[]", "a 100 Mb link"),
    Unit("mb", "megabit", "[]", "a 100 mb file"),
    Unit("mpg", "mile / gallon", "1 / [length] ** 2", "a car doing 45 mpg"),
    Unit("miles per gallon", "mile / gallon", "1 / [length] ** 2", "a car doing 45 miles per gallon"),
    Unit("tpd", "metric_ton / day", "[mass] / [time]", "a plant handling 4,500 tpd"),
)
# A temperature without its scale ("98 degrees", "85°"): pint's "degree" is an angle,
# so such a claim is never compared with a Celsius or Fahrenheit figure.
UNSCALED_DEGREES = (
    Unit("degrees", "degree", "[]", "the temperature outside is 98 degrees"),
    Unit("deg.", "degree", "[]", "let it rest at 50 deg."),
    Unit("°", "degree", "[]", "set the thermostat to 85°"),
)
class NotAUnit(NamedTuple):
    name: str  # a unit name in pint's definitions, written as news writes it
    example: str  # a sentence where it follows a number and is no unit


# pint unit names that, after a number in news, are ordinary words: never read as units.
NOT_UNIT_NAMES = (
    NotAUnit("point", "the index fell 200 points"),
    NotAUnit("quarter", "profits rose for 3 quarters"),
    NotAUnit("section", "the bill has 12 sections"),
    NotAUnit("count", "he faces 3 counts of fraud"),
    NotAUnit("grade", "pupils in 5 grades"),
    NotAUnit("grain", "2 grains of rice"),
    NotAUnit("bag", "they handed out 400 bags"),
    NotAUnit("bar", "the city has 30 bars"),
    NotAUnit("barn", "a fire destroyed 2 barns"),
    NotAUnit("candle", "they lit 100 candles"),
    NotAUnit("chain", "the 3 chains merged"),
    NotAUnit("circle", "drawn in 3 circles"),
    NotAUnit("cycle", "after 4 cycles of talks"),
    NotAUnit("dot", "join the 9 dots"),
    NotAUnit("fifth", "about 2 fifths of voters"),
    NotAUnit("hand", "all 300 hands on deck"),
    NotAUnit("league", "clubs from 5 leagues"),
    NotAUnit("link", "the 2 links were cut"),
    NotAUnit("molecule", "10 molecules of water"),
    NotAUnit("particle", "5 particles were found"),
    NotAUnit("perch", "they caught 12 perch"),
    NotAUnit("gill", "a fish with 4 gills"),
    NotAUnit("pole", "the 40 poles fell"),
    NotAUnit("pond", "the 3 ponds dried up"),
    NotAUnit("rod", "the 6 rods broke"),
    NotAUnit("revolution", "after 2 revolutions the country changed"),
    NotAUnit("turn", "it took 3 turns"),
    NotAUnit("shot", "police fired 12 shots"),
    NotAUnit("shake", "after 2 shakes it opened"),
    NotAUnit("slug", "2 slugs were found in the wall"),
    NotAUnit("strain", "3 strains of the virus"),
    NotAUnit("thou", "the 4 thou shalt nots"),
    NotAUnit("mil", "a salary of 2 mil"),
    NotAUnit("kip", "40 billion kip"),
    NotAUnit("dram", "a bill of 5,000 dram"),
    NotAUnit("scruple", "he had 2 scruples"),
    NotAUnit("gamma", "the 2 gamma rays"),
    NotAUnit("are", "1,000 are expected to attend"),
    NotAUnit("octet", "the 2 octets played"),
    NotAUnit("tex", "in 3 tex files"),
    NotAUnit("rem", "after 4 rem cycles of sleep"),
    NotAUnit("nit", "he found 3 nits"),
    NotAUnit("jute", "4 jute mills closed"),
    NotAUnit("lambda", "the 2 lambda functions"),
    NotAUnit("aberdeen", "the 2 aberdeen sites"),
    NotAUnit("henry", "the 8 henrys of England"),
    NotAUnit("gilbert", "the 2 gilberts"),
    NotAUnit("franklin", "it cost 5 franklins"),
    NotAUnit("galileo", "the 4 galileo satellites"),
    NotAUnit("maxwell", "the 2 maxwells"),
    NotAUnit("darcy", "the 3 darcys"),
    NotAUnit("buckingham", "the 2 buckingham sites"),
    NotAUnit("cicero", "the 2 cicero speeches"),
    NotAUnit("didot", "in 2 didot fonts"),
    NotAUnit("pel", "the 3 pels"),
    NotAUnit("molec", "3 molec"),
    NotAUnit("pixel", "the 12 pixel art games"),
)
# The words between a number and "old" that make an age: "45 years old", "a 45-year-old".
AGE_AFTER = ("old", "of age")
AGE_BEFORE = ("aged", "age")


class Compound(NamedTuple):
    larger: str  # pint name of the unit written first
    smaller: str  # the unit that may follow it with its own number
    per: float  # how many of the smaller make one of the larger
    example: str  # the claim's value is in the larger unit


# One amount written in two or more units: "2 hours and 30 minutes" is 2.5 hours.
COMPOUND_UNITS = (
    Compound("year", "month", 12, "he served 2 years and 6 months"),
    Compound("month", "day", 30, "a stay of 1 month and 15 days"),
    Compound("week", "day", 7, "the strike lasted 2 weeks and 3 days"),
    Compound("day", "hour", 24, "the rescue took 3 days, 12 hours"),
    Compound("hour", "minute", 60, "the talks lasted 2 hours and 30 minutes"),
    Compound("minute", "second", 60, "the record is 3 minutes 30 seconds"),
    Compound("foot", "inch", 12, "he is 6 ft 3 in tall"),
    Compound("mile", "yard", 1760, "the course is 26 miles 385 yards"),
    Compound("yard", "foot", 3, "the pitch is 22 yards 2 feet long"),
    Compound("kilometer", "meter", 1000, "the tunnel is 57 km 104 m long"),
    Compound("meter", "centimeter", 100, "he jumped 2 m 45 cm"),
    Compound("centimeter", "millimeter", 10, "a 9 cm 5 mm tear"),
    Compound("stone", "pound", 14, "he weighs 12 stone 7 pounds"),
    Compound("pound", "ounce", 16, "a baby of 7 pounds 8 ounces"),
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
    "an average of", "average of", "growing by", "growing at", "grown", "grown by", "risen", "risen by",
    "fallen", "fallen by", "increased", "decreased", "expanded", "expanded by", "surged", "soared", "shrank",
    "shrunk", "contracted", "contracted by", "declined", "plunged", "slumped", "edged up", "edged down",
    "climbed by", "gained", "jumped by", "rising", "rising by", "falling", "falling by",
)
# "raised its key rate by 25 basis points", "cut its forecast by 2 percent": a verb that changes its object,
# then "by" before a percentage. (After any "by", points and basis points are a change: "rates fell by 25bp".)
CHANGING_VERBS = ("raised", "raises", "raise", "cut", "cuts", "increased", "increases", "reduced", "reduces", "lowered",
                  "lowers", "lifted", "lifts", "boosted", "boosts", "trimmed", "trims", "slashed", "slashes", "hiked",
                  "hikes", "expanded", "expands", "widened", "widens", "narrowed", "narrows")
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


class Multiple(NamedTuple):
    pattern: str  # a regular expression; NUM stands for a numeral or a small number word
    example: str
    value: float
    after_change: bool = False  # a multiple only after a verb of change ("rose 3 times"), else a count ("visited 3 times")


# A multiple written with a number: "two-fold", "three times as many".
MULTIPLES = (
    Multiple(r"NUM[- ]?fold", "output rose two-fold", 2.0),
    Multiple(r"NUM[ \t]+times(?=[ \t]+(?:as|more|larger|bigger|higher|greater|faster|that of)\b)", "three times as many visitors", 3.0),
    Multiple(r"twice(?=[ \t]+(?:as|the)\b)", "twice as many visitors", 2.0),
    # not "rose 3 times this year" nor "3 times a year": occasions
    Multiple(
        r"NUM[ \t]+times\b(?![ \t]+(?:this|last|so[ \t]+far|in[ \t]+a[ \t]+row|an?|per|each|every|running|straight|already)\b)",
        "exports increased more than 10 times since 2000", 10.0, after_change=True,
    ),
)


class Vague(NamedTuple):
    phrase: str
    low: float
    high: float
    example: str


# Round plurals are ranges: "tens of thousands" is more than 10,000 and less than 100,000.
VAGUE_AMOUNTS = (
    Vague("tens of thousands", 1e4, 1e5, "tens of thousands of people marched"),
    Vague("hundreds of thousands", 1e5, 1e6, "hundreds of thousands of homes"),
    Vague("tens of millions", 1e7, 1e8, "tens of millions of users"),
    Vague("hundreds of millions", 1e8, 1e9, "hundreds of millions of dollars"),
    Vague("dozens", 24, 144, "dozens of shops closed"),
    Vague("hundreds", 200, 1000, "hundreds of volunteers"),
    Vague("thousands", 2000, 1e4, "thousands of visitors"),
    Vague("millions", 2e6, 1e9, "millions of passengers"),
    Vague("billions", 2e9, 1e12, "billions of yuan"),
)

# "rose from 3 million to 4 million": with one of these before "from", a range is a change.
CHANGE_FROM_VERBS = (
    "rose", "risen", "rising", "grew", "grown", "growing", "increased", "increasing", "fell", "fallen",
    "falling", "dropped", "declined", "decreased", "climbed", "jumped", "slid", "slumped", "surged",
    "soared", "went", "changed", "reduced", "cut", "raised", "lowered", "expanded", "shrank", "narrowed",
    "widened", "up", "down",
)


class Rate(NamedTuple):
    noun: str
    example: str


# What a money amount or a count can be "per" / "a": "$70 a share", "5 deaths per 100,000 people".
# (Not "a year": an amount a year is the annual figure itself.)
RATE_NOUNS = (
    Rate("share", "a bid of $70 a share"), Rate("capita", "GDP of $12,000 per capita"),
    Rate("person", "$50 per person"), Rate("head", "$50 a head"), Rate("barrel", "$80 a barrel"),
    Rate("dozen", "64.2 cents a dozen"), Rate("unit", "$3 per unit"), Rate("night", "$200 a night"),
    Rate("hour", "$15 an hour"), Rate("day", "500,000 barrels a day"), Rate("week", "$300 a week"),
    Rate("month", "$500 a month"), Rate("ticket", "$20 per ticket"), Rate("seat", "$40 a seat"),
    Rate("gallon", "$3.50 a gallon"), Rate("litre", "$1.20 per litre"), Rate("liter", "$1.20 per liter"),
    Rate("kilogram", "$5 per kilogram"), Rate("kg", "$350 per kg"), Rate("tonne", "$90 a tonne"),
    Rate("ton", "$90 a ton"), Rate("pound", "$4 a pound"), Rate("ounce", "$2,000 an ounce"),
    Rate("kWh", "15 cents per kWh"), Rate("square metre", "$10,000 per square metre"),
    Rate("square foot", "$400 per square foot"),
)

# -- what is not a claim ---------------------------------------------------

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
    "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11,
    "nov": 11, "december": 12, "dec": 12,
}
class Written(NamedTuple):
    what: str
    example: str
    text: str
    value: float
    unit: str | None


# Ways of writing a number that no other table shows, each with what it reads as.
NUMERALS = (
    Written("thousands by commas", "a crowd of 13,000 people", "13,000", 13000, None),
    Written("thousands by spaces", "a crowd of 13 000 people", "13 000", 13000, None),
    Written("a negative amount", "the account stood at -$4.5 million", "-$4.5 million", -4.5e6, "USD"),
    Written("an accountant's minus", "the annual result was ($99.99).", "($99.99)", -99.99, "USD"),
    Written("a mixed fraction", "a 2 1/2 hour meeting", "2 1/2 hour", 2.5, "hour"),
    Written("a vulgar fraction", "½ cup of sugar", "½ cup", 0.5, "cup"),
    Written("an exponent", "about 1.3e6 visitors", "1.3e6", 1.3e6, None),
    Written("a glued scale", "a city of 1.2m people", "1.2m", 1.2e6, None),
    Written("number words", "two hundred and fifty delegates", "two hundred and fifty", 250, None),
    Written("half a million", "half a million visitors", "half a million", 5e5, None),
    Written("a dozen", "a dozen eggs", "a dozen", 12, None),
    Written("digits and a scale word in words", "4 thousand 3 hundred and 21 votes", "4 thousand 3 hundred and 21", 4321, None),
    Written("a minus in words", "it fell to minus five degrees Celsius", "minus five degrees Celsius", -5, "degree_Celsius"),
    Written("a density", "a density of 1,300 people per square kilometre", "1,300 people per square kilometre", 1300,
            "count/kilometer ** 2"),
    Written("a density by a slash", "some 150 inhabitants/km2 live there", "150 inhabitants/km2", 150, "count/kilometer ** 2"),
    Written("a density without its noun", "3,370 per square mile", "3,370 per square mile", 3370, "count/mile ** 2"),
)


class NotAClaim(NamedTuple):
    what: str
    example: str


# Numbers that state no quantity; tests check that each example yields no claim.
NOT_CLAIMS = (
    NotAClaim("date and time", "Posted 2024-08-13 22:52, updated 08-14 03:17."),
    NotAClaim("time of day", "The talks began at 15:07 and ended at 2 pm."),
    NotAClaim("date with a month name", "It came into effect on Jan 1, 2010."),
    NotAClaim("day range with a month", "The expo runs from Sept 24 to 28."),
    NotAClaim("month and year", "Talks were launched in Nov 2022."),
    NotAClaim("day and month", "The fair opens on 24 September 2024."),
    NotAClaim("numeric date", "The meeting moved to 5/17/2018."),
    NotAClaim("year as a date", "In 2023, trade hit a record."),
    NotAClaim("span of years", "The plan covers 2020-2024."),
    NotAClaim("fiscal year", "Nothing was produced in 2013-14."),
    NotAClaim("decade", "It grew fast in the 1990s."),
    NotAClaim("ordinal in a name", "The 20th Central Committee met in the Third Plenary Session."),
    NotAClaim("ordinal position", "The ninth round of talks ended."),
    NotAClaim("version number", "Talks on CAFTA 3.0 and version 2.1.4 went on."),
    NotAClaim("phone number", "Call 555-123-4567 for tickets."),
    NotAClaim("list marker", "1. Open the file\n2. Read it"),
    NotAClaim("section number", "See section 4.2 and page 12 of the report."),
    NotAClaim("URL", "Read it at https://example.org/2024/09/story-311.html today."),
    NotAClaim("e-mail address", "Write to desk2024@example.org now."),
    NotAClaim("code or identifier", "Flights were cut during COVID-19 on the A320."),
    NotAClaim("model number", "The 24703L202 part shipped."),
    NotAClaim("IP address", "The server is at 192.168.1.2 on the LAN."),
    NotAClaim("idiom", "A one-stop platform is one of the plans."),
    NotAClaim("reference back", "The two sides should work together."),
    NotAClaim("network generation", "The city rolled out 5G across the district."),
    NotAClaim("product or index name", "The S&P 500 rose as the iPhone 11 and Windows 10 sold; the Boeing 737 and Airbus A350 flew."),
    NotAClaim("game, route or episode", "Game 7 is tonight, Route 66 is closed and Season 3, Episode 4 airs."),
    NotAClaim("street address", "Write to 1600 Pennsylvania Avenue or 10 Downing Street."),
    NotAClaim("postal code", "The office is in Washington, DC 20500, not NY 10001."),
    NotAClaim("short phone number", "Call 555-0123 for tickets."),
    NotAClaim("sports score", "The team won 3-1 and then beat Ajax 2-0."),
)
# Words before a number that make it part of a name, not a quantity ("Windows 10", "Game 7").
NAME_WORDS = ("page", "pages", "section", "chapter", "article", "part", "room", "no.", "nos.", "nr.", "nrs.", "number", "phase",
              "step", "round", "version", "v.", "v", "type", "model", "line", "grade", "level", "figure", "table", "item", "rule",
              "paragraph", "clause", "route", "platform", "gate", "flight", "exit", "highway", "interstate", "#",
              # names of products, indices, games and places in a list; never verbs ("to channel 5 billion", "track 500 ships")
              "game", "windows", "iphone", "ipad", "galaxy", "pixel", "xbox", "playstation", "boeing", "airbus", "s&p", "ftse",
              "nikkei", "dax", "cac", "stoxx", "dow", "nasdaq", "apollo", "formula", "season", "episode", "vol.", "terminal",
              "bus", "category", "series", "mk", "scene", "verse", "psalm", "suite", "apartment", "floor", "tier", "division",
              "league", "district", "ward", "zone", "sector", "pier", "berth", "runway", "studio")
STREET_WORDS = ("Avenue", "Ave", "Street", "St", "Road", "Rd", "Boulevard", "Blvd", "Lane", "Drive", "Way", "Place", "Square",
                "Court", "Terrace", "Parkway", "Highway", "Alley", "Quay", "Embankment")
SCORE_VERBS = ("won", "beat", "beats", "lost", "drew", "defeated", "led", "leads", "trailed", "trails", "edged", "thrashed",
               "routed", "downed", "tied")
PHONE_WORDS = ("call", "phone", "tel", "tel.", "telephone", "dial", "fax", "hotline", "ring")

class CountNoun(NamedTuple):
    noun: str
    example: str


# A number that looks like a year (1800-2100) counts things when one of these follows it and no
# "in", "since" or "by" comes before it: "about 1800 people attended", "1500 workers were laid off".
COUNT_NOUNS = tuple(CountNoun(noun, f"About {1800 + i * 10} {noun} were counted.") for i, noun in enumerate((
    "people", "persons", "workers", "employees", "jobs", "staff", "residents", "students", "soldiers", "troops",
    "homes", "houses", "households", "families", "cars", "vehicles", "companies", "firms", "enterprises", "delegates",
    "visitors", "tourists", "patients", "cases", "deaths", "victims", "projects", "members", "children", "passengers",
    "migrants", "refugees", "votes", "schools", "hospitals", "beds", "flights", "trucks", "ships", "buses", "stores",
    "shops", "farms", "villages", "posts", "contracts", "applications", "participants", "exhibitors", "volunteers",
)))
YEAR_PREPOSITIONS = ("in", "since", "by", "until", "till", "from", "of", "before", "after", "during", "to", "through", "around", "circa")

# "one" counts nothing checkable unless a unit follows ("one hour").
BARE_ONE = "one"
# ...but "one person died", "one worker was hurt": one of a counted noun is a count of one.
ONE_OF_A_KIND = ("person", "worker", "employee", "child", "student", "soldier", "patient", "passenger", "victim", "resident",
                 "visitor", "tourist", "death", "case", "company", "firm", "vehicle", "car", "house", "home", "school", "hospital")
# Number words that are idiom, not quantity: "a one-stop platform", "one of the".
IDIOMS = ("one-stop", "one of", "one another", "one by one", "one-off", "one-way", "two-way", "one-on-one",
          "a quarter earlier", "a quarter ago", "a quarter later", "a quarter before")  # "down from 2.9% a quarter earlier"
# "The first half of the match": a half after one of these words is a part in time or order, not a share.
ORDER_BEFORE_HALF = ("first", "second", "latter", "former")
# After "the", a spelled-out small number points back at things already named
# ("the two places"), it does not state a count.
ANAPHORIC_AFTER = ("the", "these", "those", "both")

# -- words around a number that decide how it is read ----------------------
# Each table is tested with examples in tests/extract/test_grammar_tables.py (WORD_TABLE_EXAMPLES).

# Before "pounds", a word of money makes them sterling, not weight: "paid 25 pounds", but "lost 25 pounds".
MONEY_CONTEXT_WORDS = ("cost", "costs", "price", "prices", "priced", "paid", "pay", "pays", "worth", "fine", "fined", "spent",
                       "spend", "raised", "sold", "bought", "salary", "wage", "wages", "budget", "fund", "funds", "profit",
                       "profits", "revenue", "revenues", "sterling", "bid", "offer", "loan", "deal", "valued", "value", "charge",
                       "fee", "fees", "earn", "earned", "income", "sales")
# A change by an amount, not a level: "rose 4 billion dollars", "an increase of 3,000".
ABSOLUTE_CHANGE_VERBS = ("rose", "rises", "fell", "falls", "grew", "grows", "jumped", "climbed", "dropped", "drops", "gained",
                         "gains", "increased", "increases", "decreased", "decreases", "declined", "declines", "slid", "shrank",
                         "shrinks", "added", "adds", "lost", "loses", "shed", "expanded", "expands", "multiplied")
ABSOLUTE_CHANGE_NOUNS = ("increase", "decrease", "drop", "decline", "fall", "rise", "gain", "loss")
# "made up about 30 percent of trade": a share of a whole, not a change.
MAKE_UP_FORMS = ("made up", "make up", "makes up", "making up")
# "40 percent of the increase": a part of a change, not a share of a whole.
NOT_A_WHOLE = ("increase", "rise", "growth", "decline")
# "four times a week": how often.
TIMES_PER = ("day", "week", "month", "year", "hour", "minute")
# "5 deaths per 100,000 people": the people a rate counts by, beside the rate nouns above.
RATE_PEOPLE = ("people", "residents", "inhabitants", "births", "patients")
# "1,300 people per square kilometre": the people a density counts over an area (NUMERALS shows it read).
DENSITY_NOUNS = ("people", "persons", "inhabitants", "residents")
# After "1.2m", a plural that is not about length makes the m a million ("1.2m people")...
MILLION_NOUNS = ("people", "children", "men", "women", "staff", "livestock", "cattle")
# ...and these words after it keep it metres: "1.8m tall", "the 100m final", "a 48m wall".
METRE_WORDS = ("tall", "high", "long", "wide", "deep", "away", "above", "below", "across", "apart", "underground", "race", "final",
               "sprint", "hurdles", "freestyle", "backstroke", "breaststroke", "butterfly", "relay", "dash", "run", "wall", "walls",
               "tower", "towers", "in", "of", "from", "to", "and", "or", "at")
# Words ending in s that are no plural noun: "1.2m is a lot", "2m less".
NOT_PLURALS = ("is", "was", "has", "does", "as", "its", "this", "his", "us", "plus", "thus", "less", "across", "always")
# Words that end a counted noun: "45 complete vehicle companies in the region" counts companies.
NOUN_ENDS = ("of", "in", "and", "or", "to", "for", "with", "by", "from", "at", "on", "that", "which", "who", "is", "are", "was",
             "were", "have", "has", "had", "been", "will", "be", "than", "as")
# "Total trade reached 401 billion yuan, of which exports were 215 billion": the second amount is a part of the first.
PART_OF = ("of which", "of whom", "including", "among them", "of that", "of this", "of these")
# "a 2-point drop": the word after a change that makes it a fall.
FALL_AFTER = ("drop", "decline", "decrease", "fall", "cut", "reduction", "lower", "less")
# "between 5 and 7 percent", "from 5 to 7 percent": the words that open a range.
RANGE_OPENERS = ("between", "from")
# "version 2.5": a version number, not a quantity.
VERSION_WORDS = ("version",)
# "revenue was ($99.99)": after a linking word, parentheses around money are an accountant's minus.
LINKING_WORDS = ("is", "was", "were", "are", "be", "of", "at")
# "5 percent a year": a yearly rate of a percentage, not a rate per some noun.
YEAR_WORDS = ("year", "annum")
# "3 dollars 50 cents": the coins that follow a money amount.
CENT_WORDS = ("cent", "cents", "pence")
# "made up about 30 percent": the hedges that may stand between a form of "make up" and its share.
MAKE_UP_HEDGES = ("about", "around", "over", "nearly", "almost", "some", "just", "roughly")
# "2 and a half years", "3 and a half million": a half after a number in digits (number words read their own).
AND_A_HALF = ("and a half", "and one half")
# "3 million and a half", "2 thousand and a quarter": a fraction of the scale word before it, by its value.
FRACTIONS_OF_A_SCALE = {"a half": 0.5, "one half": 0.5, "a quarter": 0.25}
# "one in five adults", "two out of five hundred": the words between a part and its whole.
OUT_OF = ("out of", "in")
# "5 to 7 percent", "5 through 7", "between 5 and 7": the words that join the two ends of a range (dashes too).
RANGE_JOINERS = ("to", "through", "and")


# -- periods ------------------------------------------------------------------
# Period expressions, most specific first. A pattern's spaces match any run of white space; MONTH,
# YEAR, REL_YEAR (a year or "this/last/next year"), COUNT (1-99 in digits or words) and ORD (an
# ordinal word) stand for the grammar's own tables. The example is found as a period of that kind.
class PeriodPattern(NamedTuple):
    kind: str
    pattern: str
    example: str


# fmt: off
PERIOD_PATTERNS = (
    PeriodPattern("first_months", r"\bthe first (?P<n>COUNT) months of (?:REL_YEAR)", "in the first eight months of 2024"),
    PeriodPattern("first_months", r"\bthe first (?P<n>COUNT) months\b(?!\s+of\b)", "power use rose in the first eight months"),
    PeriodPattern("half", r"\bthe (?P<which>first|second) half of (?:REL_YEAR)", "in the second half of last year"),
    PeriodPattern("half", r"\bthe (?P<which>first|second) half\b(?!\s+of\b)", "sales in the first half"),
    PeriodPattern("half", r"\b(?P<which>H[12])\s*(?P<year>YEAR)\b", "sales in H1 2024"),
    PeriodPattern("half", r"\b(?P<year>YEAR)\s*(?P<which>H[12])\b", "sales in 2024H2"),
    PeriodPattern("quarter", r"\bthe (?P<which>ORD) quarter of (?:REL_YEAR)", "in the third quarter of 2023"),
    PeriodPattern("quarter", r"\bthe (?P<which>ORD) quarter\b(?!\s+of\b)", "profit in the second quarter"),
    PeriodPattern("quarter", r"\b(?P<which>Q[1-4])\s*(?P<year>YEAR)\b", "profit in Q3 2023"),
    PeriodPattern("since_start", r"\bsince the (?:beginning|start) of (?:REL_YEAR)", "since the start of this year"),
    PeriodPattern("past_decade", r"\b(?:over|in) the (?:past|last) decade\b", "over the past decade"),
    PeriodPattern("past_years", r"\b(?:over|in|during) the (?:past|last) (?P<n>COUNT) years\b", "in the past five years"),
    PeriodPattern("past_months", r"\b(?:over|in|during) the (?:past|last) (?P<n>COUNT) months\b", "costs rose in the past 12 months"),
    PeriodPattern("from_to", r"\b(?:from\s+)?(?P<month>MONTH)\.?(?:\s+to\s+|\s*[-–]\s*)(?P<last>MONTH)\.?,?\s+(?P<year>YEAR)\b",
                  "from January to August 2024"),
    PeriodPattern("from_to", r"\b(?:from\s+)?(?P<month>MONTH)\.?(?:\s+to\s+|\s*[-–]\s*)(?P<last>MONTH)\b\.?", "trade in Jan-Aug"),
    PeriodPattern("since", r"\bsince (?:(?:the end of |early |late )?(?P<year>YEAR))\b", "since late 2013"),
    PeriodPattern("between", r"\b(?:between (?P<year>YEAR) and |from (?P<year2>YEAR) to |(?P<year3>YEAR)\s*[-–]\s*)(?P<last>YEAR)\b",
                  "between 2020 and 2023"),
    PeriodPattern("month", r"\b(?P<prep>by|as of|through|until|in|at the end of|end of) (?P<month>MONTH)\.?"
                           r"(?!\s*[-–]\s*(?:MONTH)\b|\s+to\s+(?:MONTH)\b)(?:,? (?P<year>YEAR))?\b",
                  "by the end of August 2024"),
    PeriodPattern("fiscal", r"\b(?:fiscal\s*|FY\s*)(?P<year>YEAR)\b", "in fiscal 2023"),
    PeriodPattern("year", r"\b(?:REL_YEAR)\b", "in 2023"),
    PeriodPattern("now", r"\b(?:currently|at present|so far|to date|as of now|now)\b", "so far"),
)
# fmt: on
