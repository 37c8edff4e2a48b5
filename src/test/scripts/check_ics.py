#!/usr/bin/env python3
"""Cross-checks meetpack's .ics output with independent readers.

Usage: check_ics.py SCHEDULE.json SCHEDULE.ics [--weeks 0,30,51] [--person ID]
                    [--reader NAME --instances FILE]
       check_ics.py SCHEDULE.json --window     (prints the dates FROM TO another reader must expand)

Compares every occurrence (meeting, start, end as UTC instants) that `meetpack schedule --format
json` scored in the given weeks (default: every evaluated week), of every meeting or of those that
--person is invited to (people/ID.ics), with what a reader expands from the calendar in those weeks. The reader is python recurring-ical-events, or another one whose expansion
is in FILE, one instance a line: UID, start and end as ISO-8601 instants, tab-separated (see
khal_instances.sh and icaljs_instances.cjs). A week of a meeting runs from Monday 00:00 to Monday
00:00 in the meeting's zone, so an open-ended series is compared over the evaluated weeks only.
Exits 1 when they differ.
"""
import argparse
import datetime
import json
import sys
import zoneinfo


def utc(t):
    return t.astimezone(datetime.timezone.utc).isoformat()


def meeting_of(uid):
    # UIDs are ID@TEAM.meetpack, or ID.DATE@TEAM.meetpack for a first start moved by a DST gap.
    return str(uid).split("@")[0].split(".")[0]


def recurring_ical_events_instances(ics_path, start, end):
    import icalendar
    import recurring_ical_events
    cal = icalendar.Calendar.from_ical(open(ics_path, "rb").read())
    naive = lambda d: datetime.datetime.combine(d, datetime.time())
    for e in recurring_ical_events.of(cal).between(naive(start), naive(end)):
        yield str(e["UID"]), e["DTSTART"].dt, e["DTEND"].dt


def file_instances(path):
    for line in open(path, encoding="utf-8"):
        if line.strip():
            uid, s, e = line.rstrip("\n").split("\t")
            yield uid, datetime.datetime.fromisoformat(s.replace("Z", "+00:00")), \
                datetime.datetime.fromisoformat(e.replace("Z", "+00:00"))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("json_path")
    ap.add_argument("ics_path", nargs="?")
    ap.add_argument("--window", action="store_true")
    ap.add_argument("--weeks", help="comma-separated horizon weeks (default: all evaluated)")
    ap.add_argument("--person", help="compare only this person's meetings (people/ID.ics)")
    ap.add_argument("--reader", default="python recurring-ical-events")
    ap.add_argument("--instances", help="the reader's expansion, UID<TAB>START<TAB>END a line")
    a = ap.parse_args()
    scored = json.load(open(a.json_path, encoding="utf-8"))
    start = datetime.date.fromisoformat(scored["horizonStart"])
    margin = datetime.timedelta(days=2)
    if a.window:
        print(start - margin, start + datetime.timedelta(weeks=scored["weeks"]) + margin)
        return 0
    weeks = sorted({int(w) for w in a.weeks.split(",")} if a.weeks else range(scored["weeks"]))
    if weeks[-1] >= scored["weeks"]:
        print(f"check_ics: week {weeks[-1]} is beyond the {scored['weeks']} evaluated", file=sys.stderr)
        return 2
    meetings = [m for m in scored["meetings"] if not a.person or a.person in m["attendees"] + m["optional"]]
    zones = {m["id"]: zoneinfo.ZoneInfo(m["zone"]) for m in meetings}

    def week_of(meeting, t):
        """The horizon week whose Monday-to-Monday in the meeting's zone holds t, or None."""
        local = t.astimezone(zones[meeting]).date()
        w = (local - start).days // 7
        return w if w in weeks else None

    expanded = (file_instances(a.instances) if a.instances else recurring_ical_events_instances(
        a.ics_path, start + datetime.timedelta(weeks=weeks[0]) - margin,
        start + datetime.timedelta(weeks=weeks[-1] + 1) + margin))
    got = sorted({(meeting_of(u), utc(s), utc(e)) for u, s, e in expanded
                  if meeting_of(u) in zones and week_of(meeting_of(u), s) is not None})
    want = sorted((m["id"], utc(datetime.datetime.fromisoformat(o["start"])), utc(datetime.datetime.fromisoformat(o["end"])))
                  for m in meetings for o in m["occurrences"] if o["week"] in weeks)
    label = "weeks " + ",".join(map(str, weeks)) if a.weeks else f"all {len(weeks)} weeks"
    if got != want or not want:
        print(f"check_ics: {a.reader} and the scored schedule differ in {a.ics_path} ({label})", file=sys.stderr)
        for what, extra in (("only in .ics", sorted(set(got) - set(want))), ("only scored", sorted(set(want) - set(got)))):
            print(f"  {what} ({len(extra)}):", extra[:10], file=sys.stderr)
        return 1
    print(f"check_ics: {a.reader}: {len(got)} occurrences in {a.ics_path} ({label}) match the scored schedule")
    return 0


if __name__ == "__main__":
    sys.exit(main())
