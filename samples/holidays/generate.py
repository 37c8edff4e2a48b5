#!/usr/bin/env python3
"""Writes kr.ics and us.ics from the dates below: python3 samples/holidays/generate.py

The dates are data, not computed here: Korea's lunar dates follow the Korean lunar calendar
(new moons in KST, as the Korea Astronomy and Space Science Institute publishes them), which
differs from the Chinese one in 2027 (Seollal is Feb 7 in Korea, Feb 6 in China). See README.md.
"""
import datetime
import pathlib

# One calendar day off each: (date, English summary, description).
KR = [
    ("2026-01-01", "New Year's Day", "신정 (1월 1일)"),
    ("2026-02-16", "Seollal (day before)", "설날 전날"),
    ("2026-02-17", "Seollal (Korean New Year)", "설날 (음력 1월 1일)"),
    ("2026-02-18", "Seollal (day after)", "설날 다음날"),
    ("2026-03-01", "Independence Movement Day", "삼일절"),
    ("2026-03-02", "Substitute holiday for Independence Movement Day", "대체공휴일 (삼일절이 일요일)"),
    ("2026-05-05", "Children's Day", "어린이날"),
    ("2026-05-24", "Buddha's Birthday", "부처님오신날 (음력 4월 8일)"),
    ("2026-05-25", "Substitute holiday for Buddha's Birthday", "대체공휴일 (부처님오신날이 일요일)"),
    ("2026-06-03", "Local elections", "제9회 전국동시지방선거일"),
    ("2026-06-06", "Memorial Day", "현충일"),
    ("2026-07-17", "Constitution Day", "제헌절 (2026년부터 다시 공휴일)"),
    ("2026-08-15", "Liberation Day", "광복절"),
    ("2026-08-17", "Substitute holiday for Liberation Day", "대체공휴일 (광복절이 토요일)"),
    ("2026-09-24", "Chuseok (day before)", "추석 전날"),
    ("2026-09-25", "Chuseok", "추석 (음력 8월 15일)"),
    ("2026-09-26", "Chuseok (day after)", "추석 다음날"),
    ("2026-10-03", "National Foundation Day", "개천절"),
    ("2026-10-05", "Substitute holiday for National Foundation Day", "대체공휴일 (개천절이 토요일)"),
    ("2026-10-09", "Hangul Day", "한글날"),
    ("2026-12-25", "Christmas Day", "기독탄신일 (성탄절)"),
    ("2027-01-01", "New Year's Day", "신정 (1월 1일)"),
    ("2027-02-06", "Seollal (day before)", "설날 전날"),
    ("2027-02-07", "Seollal (Korean New Year)", "설날 (음력 1월 1일)"),
    ("2027-02-08", "Seollal (day after)", "설날 다음날"),
    ("2027-02-09", "Substitute holiday for Seollal", "대체공휴일 (설날이 일요일)"),
    ("2027-03-01", "Independence Movement Day", "삼일절"),
    ("2027-05-05", "Children's Day", "어린이날"),
    ("2027-05-13", "Buddha's Birthday", "부처님오신날 (음력 4월 8일)"),
    ("2027-06-06", "Memorial Day", "현충일"),
    ("2027-07-17", "Constitution Day", "제헌절"),
    ("2027-07-19", "Substitute holiday for Constitution Day", "대체공휴일 (제헌절이 토요일)"),
    ("2027-08-15", "Liberation Day", "광복절"),
    ("2027-08-16", "Substitute holiday for Liberation Day", "대체공휴일 (광복절이 일요일)"),
    ("2027-09-14", "Chuseok (day before)", "추석 전날"),
    ("2027-09-15", "Chuseok", "추석 (음력 8월 15일)"),
    ("2027-09-16", "Chuseok (day after)", "추석 다음날"),
    ("2027-10-03", "National Foundation Day", "개천절"),
    ("2027-10-04", "Substitute holiday for National Foundation Day", "대체공휴일 (개천절이 일요일)"),
    ("2027-10-09", "Hangul Day", "한글날"),
    ("2027-10-11", "Substitute holiday for Hangul Day", "대체공휴일 (한글날이 토요일)"),
    ("2027-12-25", "Christmas Day", "기독탄신일 (성탄절)"),
    ("2027-12-27", "Substitute holiday for Christmas Day", "대체공휴일 (성탄절이 토요일)"),
]

FEDERAL = "Federal holiday (5 U.S.C. 6103)."
US = [
    ("2026-01-01", "New Year's Day", FEDERAL),
    ("2026-01-19", "Birthday of Martin Luther King, Jr.", FEDERAL + " Third Monday in January."),
    ("2026-02-16", "Washington's Birthday", FEDERAL + " Third Monday in February."),
    ("2026-05-25", "Memorial Day", FEDERAL + " Last Monday in May."),
    ("2026-06-19", "Juneteenth National Independence Day", FEDERAL),
    ("2026-07-03", "Independence Day (observed)", FEDERAL + " July 4, 2026 is a Saturday: observed on Friday."),
    ("2026-09-07", "Labor Day", FEDERAL + " First Monday in September."),
    ("2026-10-12", "Columbus Day", FEDERAL + " Second Monday in October."),
    ("2026-11-11", "Veterans Day", FEDERAL),
    ("2026-11-26", "Thanksgiving Day", FEDERAL + " Fourth Thursday in November."),
    ("2026-12-25", "Christmas Day", FEDERAL),
    ("2027-01-01", "New Year's Day", FEDERAL),
    ("2027-01-18", "Birthday of Martin Luther King, Jr.", FEDERAL + " Third Monday in January."),
    ("2027-02-15", "Washington's Birthday", FEDERAL + " Third Monday in February."),
    ("2027-05-31", "Memorial Day", FEDERAL + " Last Monday in May."),
    ("2027-06-18", "Juneteenth National Independence Day (observed)",
     FEDERAL + " June 19, 2027 is a Saturday: observed on Friday."),
    ("2027-07-05", "Independence Day (observed)", FEDERAL + " July 4, 2027 is a Sunday: observed on Monday."),
    ("2027-09-06", "Labor Day", FEDERAL + " First Monday in September."),
    ("2027-10-11", "Columbus Day", FEDERAL + " Second Monday in October."),
    ("2027-11-11", "Veterans Day", FEDERAL),
    ("2027-11-25", "Thanksgiving Day", FEDERAL + " Fourth Thursday in November."),
    ("2027-12-24", "Christmas Day (observed)", FEDERAL + " December 25, 2027 is a Saturday: observed on Friday."),
    ("2027-12-31", "New Year's Day (observed)", FEDERAL + " January 1, 2028 is a Saturday: observed on Friday."),
]

# Fixed, so that the files are the same bytes every time they are written.
DTSTAMP = "20261203T000000Z"


def text(s):
    """RFC 5545 3.3.11 TEXT escaping."""
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold(line):
    """RFC 5545 3.1: at most 75 octets a line, never splitting a UTF-8 character."""
    out, current, size, limit = [], "", 0, 75
    for ch in line:
        n = len(ch.encode("utf-8"))
        if size + n > limit:
            out.append(current)
            current, size, limit = " ", 1, 75
        current += ch
        size += n
    out.append(current)
    return "\r\n".join(out) + "\r\n"


def slug(s):
    return "-".join("".join(c if c.isalnum() else " " for c in s.lower().replace("'", "")).split())


def calendar(country, name, holidays):
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//meetpack//holidays " + country + "//EN",
             "CALSCALE:GREGORIAN", "X-WR-CALNAME:" + text(name)]
    for day, summary, description in holidays:
        start = datetime.date.fromisoformat(day)
        lines += [
            "BEGIN:VEVENT",
            # The date and the holiday: the same holiday on the same day keeps its UID when rewritten.
            "UID:%s-%s@%s.holidays.meetpack" % (start.strftime("%Y%m%d"), slug(summary), country),
            "DTSTAMP:" + DTSTAMP,
            "DTSTART;VALUE=DATE:" + start.strftime("%Y%m%d"),
            "DTEND;VALUE=DATE:" + (start + datetime.timedelta(days=1)).strftime("%Y%m%d"),
            "SUMMARY:" + text(summary),
            "DESCRIPTION:" + text(description),
            # A holiday does not make anyone busy for free/busy look-ups; meetpack reads it as a day off.
            "TRANSP:TRANSPARENT",
            "END:VEVENT",
        ]
    lines.append("END:VCALENDAR")
    return "".join(fold(l) for l in lines)


here = pathlib.Path(__file__).resolve().parent
(here / "kr.ics").write_bytes(calendar("kr", "South Korea public holidays 2026-2027", KR).encode("utf-8"))
(here / "us.ics").write_bytes(calendar("us", "United States federal holidays 2026-2027", US).encode("utf-8"))
