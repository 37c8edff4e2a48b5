#!/usr/bin/python3
"""Compares meetpack's .ics reader with python recurring-ical-events, file by file.

For each .ics file with a VEVENT under the given directories, both expand the file over the same
range: the 104 weeks from the Monday on or before the file's earliest DTSTART (meetpack's longest
horizon), with UTC as meetpack's planning zone. meetpack's side is `report --ics --format json`
(the "events" listing: each event's UID and the starts of its instances); python's side is
recurring_ical_events.of(calendar).between(start, end). A file agrees when both give the same
multiset of (UID, start instant) pairs; all-day starts are compared as dates, floating times as
UTC wall-clock times. Files that python cannot read are counted apart and not compared.

usage: /usr/bin/python3 compare_readers.py target/meetpack.jar DIR... [--verbose]
"""
import collections
import concurrent.futures
import datetime as dt
import json
import os
import re
import subprocess
import sys
import tempfile

import icalendar
import recurring_ical_events

WEEKS = 104


def window(text):
    days = [d for d in re.findall(r"^DTSTART[^:\n]*:(\d{8})", text, re.M)]
    dates = []
    for d in days:
        try:
            dates.append(dt.date(int(d[:4]), int(d[4:6]), int(d[6:8])))
        except ValueError:
            pass
    first = min(dates) if dates else dt.date(2026, 11, 30)
    first = max(first, dt.date(1900, 1, 1))
    monday = first - dt.timedelta(days=first.weekday())
    return monday, monday + dt.timedelta(weeks=WEEKS)


def norm(value):
    if isinstance(value, dt.datetime):
        if value.tzinfo is not None:
            value = value.astimezone(dt.timezone.utc).replace(tzinfo=None)
        return "T" + value.strftime("%Y-%m-%dT%H:%M:%S")
    return "D" + value.strftime("%Y-%m-%d")


def python_side(data, start, end):
    cal = icalendar.Calendar.from_ical(data)
    out = collections.Counter()
    for ev in recurring_ical_events.of(cal).between(start, end):
        out[(str(ev.get("UID", "")), norm(ev["DTSTART"].dt))] += 1
    return out


def meetpack_side(jar, path, start, workdir):
    config = os.path.join(workdir, "team.yaml")
    with open(config, "w") as f:
        f.write(f"""team: Compare
timezone: UTC
horizon: {{start: {start.isoformat()}, weeks: {WEEKS}}}
people:
  - {{id: a, email: a@compare.invalid, zone: UTC}}
  - {{id: b, email: b@compare.invalid, zone: UTC}}
meetings:
  - {{id: m, attendees: [a, b], duration: 30m}}
""")
    run = subprocess.run(["java", "-jar", jar, "report", config, "--ics", os.path.abspath(path), "--format", "json"],
                         capture_output=True, text=True, timeout=300)
    if run.returncode != 0:
        return None, (run.stderr.strip().splitlines() or ["exit %d" % run.returncode])[-1]
    out = collections.Counter()
    for ev in json.loads(run.stdout).get("events", []):
        for inst in ev["instances"]:
            s = inst["start"]
            if "T" in s:
                t = dt.datetime.fromisoformat(s.replace("Z", "+00:00"))
                key = norm(t)
            else:
                key = "D" + s
            out[(ev["uid"] or "", key)] += 1
    return out, None


def main(argv):
    verbose = "--verbose" in argv
    args = [a for a in argv[1:] if a != "--verbose"]
    jar, dirs = args[0], args[1:]
    files = sorted(os.path.join(root, n) for d in dirs for root, _, names in os.walk(d) for n in names
                   if n.endswith(".ics"))
    counts = collections.Counter()
    differ = []
    jobs = []
    with tempfile.TemporaryDirectory() as work, concurrent.futures.ThreadPoolExecutor(3) as pool:
        for n, path in enumerate(files):
            data = open(path, "rb").read()
            text = data.decode("utf-8", "replace")
            if "BEGIN:VEVENT" not in text:
                continue
            counts["files with VEVENT"] += 1
            start, end = window(text)
            try:
                theirs = python_side(data, start, end)
            except Exception as e:  # noqa: BLE001 - any failure means python does not read it
                counts["python cannot read"] += 1
                if verbose:
                    print(f"python-fails {path}: {type(e).__name__}: {str(e)[:100]}")
                continue
            counts["python reads"] += 1
            own = os.path.join(work, str(n))
            os.mkdir(own)
            jobs.append((path, theirs, pool.submit(meetpack_side, jar, path, start, own)))
        for path, theirs, job in jobs:
            ours, error = job.result()
            if ours is None:
                counts["meetpack fails"] += 1
                differ.append((path, "fails: " + error))
            elif ours == theirs:
                counts["agree"] += 1
            else:
                counts["differ"] += 1
                only_theirs = sorted((theirs - ours).elements())[:3]
                only_ours = sorted((ours - theirs).elements())[:3]
                differ.append((path, f"python only {sum((theirs - ours).values())} {only_theirs}; "
                                     f"meetpack only {sum((ours - theirs).values())} {only_ours}"))
    for path, why in differ:
        print(f"{path}: {why}")
    reads = counts["python reads"]
    print()
    for k in ["files with VEVENT", "python cannot read", "python reads", "agree", "differ", "meetpack fails"]:
        print(f"{k}: {counts[k]}")
    if reads:
        print(f"agreement: {counts['agree']}/{reads} = {100 * counts['agree'] / reads:.1f}%")


if __name__ == "__main__":
    main(sys.argv)
