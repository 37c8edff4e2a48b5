#!/usr/bin/env python3
"""Cross-checks meetpack's .ics output with independent readers.

Usage: check_ics.py SCHEDULE.json SCHEDULE.ics
Expands the calendar with python-icalendar + recurring-ical-events and compares every
occurrence (UID, start, end as UTC instants) with what `meetpack schedule --format json` scored.
Exits 1 when they differ.
"""
import datetime
import json
import sys

import icalendar
import recurring_ical_events


def utc(t):
    return t.astimezone(datetime.timezone.utc).isoformat()


def main(json_path, ics_path):
    scored = json.load(open(json_path, encoding="utf-8"))
    cal = icalendar.Calendar.from_ical(open(ics_path, "rb").read())
    events = recurring_ical_events.of(cal).between(datetime.datetime(1990, 1, 1), datetime.datetime(2100, 1, 1))
    got = sorted((str(e["UID"]).split("@")[0], utc(e["DTSTART"].dt), utc(e["DTEND"].dt)) for e in events)
    want = sorted((m["id"], utc(datetime.datetime.fromisoformat(o["start"])), utc(datetime.datetime.fromisoformat(o["end"])))
                  for m in scored["meetings"] for o in m["occurrences"])
    if got != want:
        print("check_ics: occurrences differ", file=sys.stderr)
        print("  only in .ics:", sorted(set(got) - set(want)), file=sys.stderr)
        print("  only scored:", sorted(set(want) - set(got)), file=sys.stderr)
        return 1
    print(f"check_ics: {len(got)} occurrences in {ics_path} match the scored schedule")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
