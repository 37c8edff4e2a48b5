#!/usr/bin/env python3
"""Reads samples/holidays/*.ics with python-icalendar and checks them against rules computed here,
independently of the dates written in generate.py: US federal holidays from 5 U.S.C. 6103 and the
observed-day rule, Korea's fixed-date holidays, its substitute days, and (with python3-pymeeus)
that each lunar date is the right number of days after a new moon in Korean time.

    /usr/bin/python3 src/test/scripts/check_holidays.py [samples/holidays]
"""
import datetime as dt
import pathlib
import sys

import icalendar

D = dt.date
WEEKEND = (5, 6)


def read(path):
    cal = icalendar.Calendar.from_ical(path.read_bytes())
    out, uids = {}, set()
    for e in cal.walk("VEVENT"):
        start, end = e.decoded("DTSTART"), e.decoded("DTEND")
        assert type(start) is dt.date and end == start + dt.timedelta(days=1), (path, e["SUMMARY"])
        assert str(e["UID"]) not in uids, e["UID"]
        uids.add(str(e["UID"]))
        assert start not in out, start
        out[start] = str(e["SUMMARY"])
    return out


def nth(year, month, weekday, n):
    """The n-th weekday (0 Monday) of a month; n = -1 for the last."""
    if n > 0:
        first = D(year, month, 1)
        return first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
    last = D(year, month + 1, 1) - dt.timedelta(days=1)
    return last - dt.timedelta(days=(last.weekday() - weekday) % 7)


def observed(d):
    return d - dt.timedelta(days=1) if d.weekday() == 5 else d + dt.timedelta(days=1) if d.weekday() == 6 else d


def us(year):
    fixed = [D(year, 1, 1), D(year, 6, 19), D(year, 7, 4), D(year, 11, 11), D(year, 12, 25)]
    monday = [nth(year, 1, 0, 3), nth(year, 2, 0, 3), nth(year, 5, 0, -1), nth(year, 9, 0, 1), nth(year, 10, 0, 2)]
    days = {observed(d) for d in fixed} | set(monday) | {nth(year, 11, 3, 4)}
    return {d for d in days | {observed(D(year + 1, 1, 1))} if d.year == year}


# The lunar holidays in KST, as read from the Korean lunar calendar (KASI); see samples/holidays/README.md.
LUNAR = {2026: (D(2026, 2, 17), D(2026, 5, 24), D(2026, 9, 25)),
         2027: (D(2027, 2, 7), D(2027, 5, 13), D(2027, 9, 15))}
ELECTIONS = {2026: [D(2026, 6, 3)], 2027: []}


def kr(year):
    seollal, buddha, chuseok = LUNAR[year]
    one = dt.timedelta(days=1)
    three = lambda d: [d - one, d, d + one]
    # Substitute days since 2023: national holidays, Children's Day, Buddha's Birthday and Christmas on a
    # Saturday or Sunday; Seollal and Chuseok only on a Sunday; another holiday on the same day: both.
    weekend_rule = [D(year, 3, 1), D(year, 7, 17), D(year, 8, 15), D(year, 10, 3), D(year, 10, 9),
                    D(year, 5, 5), buddha, D(year, 12, 25)]
    days = set(weekend_rule) | {D(year, 1, 1), D(year, 6, 6)} | set(three(seollal)) | set(three(chuseok))
    days |= set(ELECTIONS[year])
    owed = [d for d in weekend_rule if d.weekday() in WEEKEND]
    owed += [p[-1] for p in (three(seollal), three(chuseok)) if any(d.weekday() == 6 for d in p)]
    subs = set()
    for last in sorted(owed):
        d = last + one
        while d.weekday() in WEEKEND or d in days or d in subs:
            d += one
        subs.add(d)
    return days | subs


def new_moon_days_kst(year):
    """The KST dates of the new moons of a year, from Meeus' algorithms (pymeeus)."""
    from pymeeus.Epoch import Epoch
    from pymeeus.Moon import Moon
    out, t = set(), dt.datetime(year, 1, 1)
    while t.year == year:
        tt = Moon.moon_phase(Epoch(t.year, t.month, t.day), target="new").jde()
        # TT to UT (delta T is about 69 s in 2026-2027), then to KST, UTC+9.
        when = dt.datetime(2000, 1, 1, 12) + dt.timedelta(days=tt - 2451545.0, seconds=-69, hours=9)
        out.add(when.date())
        t += dt.timedelta(days=7)
    return out


def check_lunar():
    try:
        moons = {y: new_moon_days_kst(y) for y in LUNAR}
    except ImportError:
        print("kr.ics: lunar dates not checked against new moons (no python3-pymeeus)")
        return
    for year, (seollal, buddha, chuseok) in LUNAR.items():
        # Lunar 1/1, 4/8 and 8/15: the day of a new moon, 7 and 14 days after one (no leap month in between).
        firsts = sorted(d for d in moons[year] if d >= seollal)
        assert firsts[0] == seollal and firsts[3] + dt.timedelta(days=7) == buddha \
            and firsts[7] + dt.timedelta(days=14) == chuseok, (year, firsts)
    print("kr.ics: Seollal, Buddha's Birthday and Chuseok fall on their lunar days in KST")


def main():
    here = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else "samples/holidays")
    for name, rule in (("us.ics", us), ("kr.ics", kr)):
        got = read(here / name)
        for year in (2026, 2027):
            want = rule(year)
            have = {d for d in got if d.year == year}
            assert have == want, (name, year, sorted(have - want), sorted(want - have))
        print(f"{name}: {len(got)} all-day events, dates as the rules give them")
    check_lunar()


main()
