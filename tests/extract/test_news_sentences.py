"""News sentences, each with the quantities a reader finds in it (issue 11's categories).

Written for factcheck; each row: a sentence and the (text, value, unit, bound)
of every claim `extract` must give, in order. An empty list means the
sentence states no quantity.
"""

from __future__ import annotations

import pytest

from factcheck.document import Document
from factcheck.extract.claims import extract_claims

# fmt: off
CASES = [
    # Ranges: each end keeps its own scale
    ("The deal was worth between 700,000 and 1.2 million dollars.", [("700,000 and 1.2 million dollars", (7e5, 1.2e6), "USD", "range")]),
    ("Crowds grew from 800 to 1.3 million people.", [("800 to 1.3 million", (800, 1.3e6), None, "range")]),
    ("Sales rose from 5 to 7 billion dollars.", [("5 to 7 billion dollars", (5e9, 7e9), "USD", "range")]),
    ("Between 10 and 20 percent agreed.", [("10 and 20 percent", (10, 20), "percent", "range")]),
    # Years that count things
    ("About 1800 people attended the rally.", [("1800", 1800, None, "approx")]),
    ("The firm cut 1500 workers.", [("1500", 1500, None, "exact")]),
    ("The 2000 companies in the park grew.", [("2000", 2000, None, "exact")]),
    ("In 2023 people spent more.", []),
    ("Since 2020 workers have left.", []),
    # Names, addresses, codes, scores: no quantity
    ("The S&P 500 rose while the iPhone 11 and Windows 10 sold well.", []),
    ("Game 7 is tonight and the Boeing 737 is grounded.", []),
    ("Write to 1600 Pennsylvania Avenue or 10 Downing Street.", []),
    ("The office is in Washington, DC 20500.", []),
    ("Call 555-0123 for tickets.", []),
    ("The team won 3-1 and then beat Ajax 2-0.", []),
    # Money: prefixes, coins
    ("It cost $US3 million.", [("$US3 million", 3e6, "USD", "exact")]),
    ("The project costs RM50 million.", [("RM50 million", 5e7, "MYR", "exact")]),
    ("The shares fell 20 cents and the bond 15 pence.", [("20 cents", 0.2, "USD", "exact"), ("15 pence", 0.15, "GBP", "exact")]),
    # Minus signs
    ("Temperatures fell to –3 degrees overnight.", [("–3 degrees", -3, "degree", "exact")]),
    ("It fell to −4 degrees.", [("−4 degrees", -4, "degree", "exact")]),
    # Units
    ("The engine makes 300 horsepower.", [("300 horsepower", 300, "horsepower", "exact")]),
    ("A 500 hp engine delivers 400 Nm of torque at 6000 rpm.",
     [("500 hp", 500, "horsepower", "exact"), ("400 Nm", 400, "meter * newton", "exact"), ("6000 rpm", 6000, "revolutions_per_minute", "exact")]),
    ("The phone has a 5000 mAh battery.", [("5000 mAh", 5000, "milliampere_hour", "exact")]),
    ("Carbon dioxide reached 420 ppm.", [("420 ppm", 420, "ppm", "exact")]),
    ("Farmers sold 3 million bushels of wheat.", [("3 million bushels", 3e6, "bushel", "exact")]),
    ("The gap is 5 nm wide.", [("5 nm", 5, "nanometer", "exact")]),
    ("A 10¢ stamp.", [("10¢", 0.1, "USD", "exact")]),
    ("It cost MYR42, UAH3.04 and Rs20.", [("MYR42", 42, "MYR", "exact"), ("UAH3.04", 3.04, "UAH", "exact"), ("Rs20", 20, "INR", "exact")]),
    ("Fares rose to 15,000 Lebanese pounds and 300 Egyptian pounds.",
     [("15,000 Lebanese pounds", 15000, "LBP", "exact"), ("300 Egyptian pounds", 300, "EGP", "exact")]),
    ("ALL 5 solutions are wrong.", [("5", 5, None, "exact")]),
    # Ranges with a unit glued to each end
    ("The trail runs from 3km to 5km.", [("3km to 5km", (3, 5), "kilometer", "range")]),
    ("The trail runs 3km-5km.", [("3km-5km", (3, 5), "kilometer", "range")]),  # was no claim: a code
    ("The trail runs 3 km-5 km.", [("3 km-5 km", (3, 5), "kilometer", "range")]),  # was 3 per km to the fifth
    ("Three F-16 jets and 2 B-52 bombers flew.", [("Three", 3, None, "exact"), ("2", 2, None, "exact")]),
    # Everyday news claims (a change of money, then the new level, is two claims)
    ("Unemployment fell to 3.9 percent in March.", [("3.9 percent", 3.9, "percent", "exact")]),
    ("The central bank raised rates by 25 basis points.", [("25 basis points", 25, "basis_point", "exact")]),
    ("Exports rose 4.3% year on year to $310 billion.", [("4.3%", 4.3, "percent", "exact"), ("$310 billion", 3.1e11, "USD", "exact")]),
    ("The company hired 12,000 workers last year.", [("12,000", 12000, None, "exact")]),
    ("Nearly 70 percent of voters backed the plan.", [("70 percent", 70, "percent", "upper")]),
    ("More than 1,600 suppliers attended.", [("1,600", 1600, None, "lower")]),
    ("The storm left 2.3 million homes without power.", [("2.3 million", 2.3e6, None, "exact")]),
    ("Oil prices climbed to $85 a barrel.", [("$85 a barrel", 85, "USD/barrel", "exact")]),
    ("The bridge is 1.2 km long.", [("1.2 km", 1.2, "kilometer", "exact")]),
    ("The firm reported a net loss of €120 million.", [("€120 million", 1.2e8, "EUR", "exact")]),
    ("Tickets cost £45 each.", [("£45", 45, "GBP", "exact")]),
    ("The index fell 2.5 points to 3,450.", [("2.5", 2.5, None, "exact"), ("3,450", 3450, None, "exact")]),
    ("Some 300 people were evacuated.", [("300", 300, None, "approx")]),
    ("Half of the respondents said no.", [("Half", 50, "percent", "exact")]),
    ("The deal is worth HK$2.5 billion.", [("HK$2.5 billion", 2.5e9, "HKD", "exact")]),
    ("Inflation hit 9.1% in June, a 40-year high.", [("9.1%", 9.1, "percent", "exact"), ("40-year", 40, "year", "exact")]),
    ("The plane carried 180 passengers and six crew.", [("180", 180, None, "exact"), ("six", 6, None, "exact")]),
    ("Up to 40 percent of jobs could change.", [("40 percent", 40, "percent", "upper")]),
    ("The town is 30 miles north of the capital.", [("30 miles", 30, "mile", "exact")]),
    ("The new plant will produce 500,000 cars a year.", [("500,000", 5e5, None, "exact")]),
    ("Rainfall reached 120 mm in 24 hours.", [("120 mm", 120, "millimeter", "exact"), ("24 hours", 24, "hour", "exact")]),
    ("The ministry allocated 1.5 trillion yuan.", [("1.5 trillion yuan", 1.5e12, "CNY", "exact")]),
    ("Average wages rose 5.6 per cent.", [("5.6 per cent", 5.6, "percent", "exact")]),
    ("The tower stands 828 metres tall.", [("828 metres", 828, "meter", "exact")]),
    ("The vaccine was 95% effective.", [("95%", 95, "percent", "exact")]),
    ("Shares jumped 12 cents to $4.50.", [("12 cents", 0.12, "USD", "exact"), ("$4.50", 4.5, "USD", "exact")]),
    ("The population is expected to reach 9.7 billion by 2050.", [("9.7 billion", 9.7e9, None, "exact")]),
    ("At least 12 people died.", [("12", 12, None, "lower")]),
    # Names, dates, word numbers, Indian scales, fractions, ages, multiples, areas, volumes, speeds
    ("The iPhone 15 Pro costs $999.", [("$999", 999, "USD", "exact")]),
    ("Flight MH370 vanished in 2014.", []),
    ("The agreement was signed on 03/04/2021.", []),
    ("The G20 summit drew 19 countries and the EU.", [("19", 19, None, "exact")]),
    ("It was the first time in 25 years.", [("25 years", 25, "year", "exact")]),
    ("Two-thirds of the budget goes to health.", [("Two-thirds", 66.666667, "percent", "exact")]),
    ("Three in four adults own a phone.", [("Three in four", 75, "percent", "exact")]),
    ("Tens of thousands of people marched.", [("Tens of thousands", (1e4, 1e5), None, "range")]),
    ("The company lost $1.2m in the quarter.", [("$1.2m", 1.2e6, "USD", "exact")]),
    ("The fund raised Rs 500 crore.", [("Rs 500 crore", 5e9, "INR", "exact")]),
    ("Over 20 lakh people applied.", [("20 lakh", 2e6, None, "lower")]),
    ("Twenty-one people were injured.", [("Twenty-one", 21, None, "exact")]),
    ("A 5.8-magnitude earthquake struck.", [("5.8", 5.8, None, "exact")]),
    ("He is 45 years old.", [("45 years old", 45, "year", "exact")]),
    ("The 65-year-old retired.", [("65-year-old", 65, "year", "exact")]),
    ("The firm is worth five times as much.", [("five times", 5, None, "exact")]),
    ("Prices doubled in a decade.", [("doubled", 2, None, "exact")]),
    ("Output fell by more than half.", [("half", 50.0, "percent", "lower")]),  # a fraction of what changed: a percentage change
    ("It employs 500 or more people.", [("500", 500, None, "lower")]),
    ("The journey takes two and a half hours.", [("two and a half hours", 2.5, "hour", "exact")]),
    ("Interest rates stand at 0.25%.", [("0.25%", 0.25, "percent", "exact")]),
    ("The debt is $31.4 trillion.", [("$31.4 trillion", 3.14e13, "USD", "exact")]),
    ("The ship is 400m long.", [("400m", 400, "meter", "exact")]),
    ("He earned $5.2m last year.", [("$5.2m", 5.2e6, "USD", "exact")]),
    ("Profits fell 3 percentage points.", [("3 percentage points", 3, "percentage_point", "exact")]),
    ("The plot covers 2,500 square metres.", [("2,500 square metres", 2500, "meter ** 2", "exact")]),
    ("The reservoir holds 1.5 billion cubic metres of water.", [("1.5 billion cubic metres", 1.5e9, "meter ** 3", "exact")]),
    ("Average speed was 60 km/h.", [("60 km/h", 60, "kilometer / hour", "exact")]),
    ("The plant emits 3 million tonnes of CO2 a year.", [("3 million tonnes", 3e6, "metric_ton", "exact")]),
    ("The budget deficit narrowed to 3.1% of GDP.", [("3.1%", 3.1, "percent", "exact")]),
    ("Chapter 11 bankruptcy was filed.", []),
    ("The Dow Jones rose 300 points.", [("300", 300, None, "exact")]),
    ("One in five children is obese.", [("One in five", 20, "percent", "exact")]),
    ("A dozen eggs cost $4.", [("A dozen", 12, None, "exact"), ("$4", 4, "USD", "exact")]),
    ("Sales were down 12% from a year earlier.", [("12%", 12, "percent", "exact")]),
    ("About €3bn was invested.", [("€3bn", 3e9, "EUR", "approx")]),
    ("The 2008 crisis cost 8.7 million jobs.", [("8.7 million", 8.7e6, None, "exact")]),
    ("Wages grew 4.1 percent, outpacing inflation of 3.2 percent.", [("4.1 percent", 4.1, "percent", "exact"), ("3.2 percent", 3.2, "percent", "exact")]),
    ("The figure was revised to minus 0.3 percent.", [("minus 0.3 percent", -0.3, "percent", "exact")]),
    ("Room 101 and Gate 12 were closed.", []),
    # Currency words, rates, units, identifiers that are no quantity, hedges, ranges, conversions
    ("Nigeria's budget is 28 trillion naira.", [("28 trillion naira", 2.8e13, "NGN", "exact")]),
    ("The ticket costs 300 baht.", [("300 baht", 300, "THB", "exact")]),
    ("South Africa spent 50 billion rand.", [("50 billion rand", 5e10, "ZAR", "exact")]),
    ("Israel approved 2 billion shekels of aid.", [("2 billion shekels", 2e9, "ILS", "exact")]),
    ("Seoul pledged 1 trillion won.", [("1 trillion won", 1e12, "KRW", "exact")]),
    ("Brazil's deficit hit 230 billion reais.", [("230 billion reais", 2.3e11, "BRL", "exact")]),
    ("The bonus was 3 million pounds sterling.", [("3 million pounds sterling", 3e6, "GBP", "exact")]),
    ("Gold traded at $2,000 an ounce.", [("$2,000 an ounce", 2000, "USD/ounce", "exact")]),
    ("Electricity costs 15 cents per kWh.", [("15 cents per kWh", 0.15, "USD/kilowatt_hour", "exact")]),
    ("The car does 40 mpg.", [("40 mpg", 40, "mile / gallon", "exact")]),
    ("Winds reached 120 mph.", [("120 mph", 120, "mile / hour", "exact")]),
    ("The processor runs at 3.2 GHz.", [("3.2 GHz", 3.2, "gigahertz", "exact")]),
    ("The field measures 100 yards.", [("100 yards", 100, "yard", "exact")]),
    ("The farm covers 500 hectares.", [("500 hectares", 500, "hectare", "exact")]),
    ("The tanker carries 2 million barrels of crude.", [("2 million barrels", 2e6, "barrel", "exact")]),
    ("The ferry sails at 30 knots.", [("30 knots", 30, "knot", "exact")]),
    ("The dividend is 50 cents a share.", [("50 cents a share", 0.5, "USD/share", "exact")]),
    ("Version 2.1.4 fixed the bug.", []),
    ("The meeting starts at 9:30 am.", []),
    ("Call +1 212 555 0100 for details.", []),
    ("Visit www.example.org/2024/report for details.", []),
    ("The 1990s saw rapid growth.", []),
    ("In 2019-20 output rose.", []),
    ("Line 5 of the metro opened.", []),
    ("The third quarter was weak.", []),
    ("He finished second in the race.", []),
    ("The company is one of the largest in Asia.", []),
    ("It was a one-off payment.", []),
    ("The two sides agreed.", []),
    ("Order no. 4521 shipped.", []),
    ("See page 12 and table 3.", []),
    ("The W3C standard and the H1N1 virus.", []),
    ("The 4K screen and 5G network.", []),
    ("Temperatures fell to minus 15 degrees Celsius.", [("minus 15 degrees Celsius", -15, "degree_Celsius", "exact")]),
    ("The account was overdrawn by -$250.", [("-$250", -250, "USD", "exact")]),
    ("Between 2 and 3 million people were displaced.", [("2 and 3 million", (2e6, 3e6), None, "range")]),
    ("The rate fell from 5.5% to 5.25%.", [("5.5% to 5.25%", (5.25, 5.5), "percent", "range")]),
    ("The plan costs 1.2-1.5 billion euros.", [("1.2-1.5 billion euros", (1.2e9, 1.5e9), "EUR", "range")]),
    ("Some 40,000-50,000 fans attended.", [("40,000-50,000", (4e4, 5e4), None, "range")]),
    ("It weighs 5kg and is 2m tall.", [("5kg", 5, "kilogram", "exact"), ("2m", 2, "meter", "exact")]),
    ("The project received $3bn and €2bn.", [("$3bn", 3e9, "USD", "exact"), ("€2bn", 2e9, "EUR", "exact")]),
    ("Almost 3 million visitors came.", [("3 million", 3e6, None, "upper")]),
    ("Roughly 300 projects were approved.", [("300", 300, None, "approx")]),
    ("No fewer than 12 people were hurt.", [("12", 12, None, "lower")]),
    ("As many as 500 homes were damaged.", [("500", 500, None, "upper")]),
    ("Fewer than 1,000 tickets remain.", [("1,000", 1000, None, "upper")]),
    ("In excess of 2 million tonnes was shipped.", [("2 million tonnes", 2e6, "metric_ton", "lower")]),
    ("The loan is 5 billion yuan (about 700 million U.S. dollars).", [("5 billion yuan", 5e9, "CNY", "exact"), ("700 million U.S. dollars", 7e8, "USD", "approx")]),
    ("Exports grew 8 percent to 2.1 trillion yuan.", [("8 percent", 8, "percent", "exact"), ("2.1 trillion yuan", 2.1e12, "CNY", "exact")]),
    # Half of a unit
    ("The vote took half an hour.", [("half an hour", 0.5, "hour", "exact")]),
    ("Workers lost half a day of pay.", [("half a day", 0.5, "day", "exact")]),
    # One of a counted noun
    ("One person died and one of the victims was a child.", [("One", 1, None, "exact")]),
    ("Only one company bid.", [("one", 1, None, "exact")]),
    ("A one-stop shop is one of the plans.", []),
    # English words that are not units
    ("India's population was 1.21 billion as of 2011.", [("1.21 billion", 1.21e9, None, "exact")]),
    ("The show drew 2.81 million us viewers.", [("2.81 million", 2.81e6, None, "exact")]),
    ("She got an 8 B grade.", [("8", 8, None, "exact")]),
    ("The steel is rated at 60 ksi.", [("60 ksi", 60, "kip_per_square_inch", "exact")]),
    # Unit names pint defines, not in the grammar's own table
    ("The wreck lies in 40 fathoms of water.", [("40 fathoms", 40, "fathom", "exact")]),
    ("The race is run on a track of 6 furlongs.", [("6 furlongs", 6, "furlong", "exact")]),
    ("He lost 3 stone in a year.", [("3 stone", 3, "stone", "exact")]),
    ("Farms yield 10 tonnes per hectare.", [("10 tonnes per hectare", 10, "metric_ton / hectare", "exact")]),
    ("The mine produced 200,000 troy ounces of gold.", [("200,000 troy ounces", 2e5, "troy_ounce", "exact")]),
    ("The plant generated 12 terawatt-hours.", [("12 terawatt-hours", 12, "terawatt_hour", "exact")]),
    ("Traffic noise reached 90 decibels.", [("90 decibels", 90, "decibel", "exact")]),
    ("Methane reached 1,900 ppb.", [("1,900 ppb", 1900, "ppb", "exact")]),
    # One amount in several units, and "and a half"
    ("The rescue took 3 days, 12 hours and 30 minutes.", [("3 days, 12 hours and 30 minutes", 3 + 12 / 24 + 30 / 1440, "day", "exact")]),
    ("He served 2 and a half years.", [("2 and a half years", 2.5, "year", "exact")]),
    ("The talks lasted 2 hours and a half.", [("2 hours and a half", 2.5, "hour", "exact")]),
    ("It took 3 hours and 90 minutes to load 2 trucks.", [("3 hours", 3, "hour", "exact"), ("90 minutes", 90, "minute", "exact"), ("2", 2, None, "exact")]),
    ("Some 3 and a half million people voted.", [("3 and a half million", 3.5e6, None, "approx")]),
    # Currency names from CLDR (babel), beyond the grammar's newsroom words
    ("Ghana borrowed 5 billion Ghanaian cedis.", [("5 billion Ghanaian cedis", 5e9, "GHS", "exact")]),
    ("Tourists spent 40 million East Caribbean dollars.", [("40 million East Caribbean dollars", 4e7, "XCD", "exact")]),
    ("The fund holds 10 Special Drawing Rights and 300 Chinese firms joined.", [("10", 10, None, "exact"), ("300", 300, None, "exact")]),
    # pint unit names that are ordinary words here
    ("The index fell 200 points.", [("200", 200, None, "exact")]),
    ("He faces 3 counts of fraud.", [("3", 3, None, "exact")]),
    ("They bought 5 Tesla cars.", [("5", 5, None, "exact")]),
]
# fmt: on


@pytest.mark.parametrize(("sentence", "expected"), CASES, ids=[c[0][:50] for c in CASES])
def test_sentence(sentence, expected):
    claims = extract_claims(Document("news.txt", sentence))
    found = []
    for claim in claims:
        q = claim.quantity
        value = (q.range.low, q.range.high) if q.bound == "range" and q.range else q.value
        found.append((claim.text, value, q.unit, q.bound))
    assert [(t, pytest.approx(v), u, b) for t, v, u, b in expected] == found


def test_bare_number_after_a_name_is_uncertain():
    text = "The Top 10 list grew and 37 new bridges opened. Exports rose to 40. About 40 came. They met the Vision 40 goals."
    claims = extract_claims(Document("news.txt", text))
    assert [(c.text, c.certain) for c in claims] == [("10", False), ("37", True), ("40", True), ("40", True), ("40", False)]
