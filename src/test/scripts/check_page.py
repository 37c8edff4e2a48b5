#!/usr/bin/env python3
"""Checks meetpack's week page in a real browser, as a person would look at it.

Usage: check_page.py SCHEDULE.json INDEX.html SCREENSHOT.png
Renders INDEX.html in headless Chromium, saves a screenshot, then loads a copy of the page with a
probe script appended that clicks each week label in turn and records, for every block the browser
shows, where it is drawn: the day column's heading, and the time read off its position on the grid.
Every occurrence of every meeting in SCHEDULE.json (`meetpack schedule --format json`), for every
required and optional attendee, converted to that person's zone with Python's zoneinfo, must be
shown exactly once per week, at that day and time, and nothing else may be shown. Exits 1 otherwise.
"""
import datetime
import html.parser
import json
import os
import pathlib
import subprocess
import sys
import tempfile
import zoneinfo

CHROMIUM = ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--hide-scrollbars", "--window-size=1400,1250"]

# Runs in the page: one record per visible block per selected week group. The grid is one pixel a
# minute and starts at the hour of the axis's first label, so the drawn time is top and bottom in minutes.
PROBE = """<script>
const seen = [];
for (const label of document.querySelectorAll('nav.weeks label')) {
  label.click();
  for (const block of document.querySelectorAll('.mtg')) {
    const r = block.getBoundingClientRect();
    if (r.width === 0 || r.height === 0) continue;
    const col = block.parentElement.getBoundingClientRect();
    const card = block.closest('.wk');
    const origin = parseInt(card.querySelector('.axis span').textContent, 10) * 60;
    const day = block.closest('.day').querySelector('.dh').firstChild.textContent;
    seen.push({label: label.textContent, weeks: card.dataset.weeks, person: block.closest('section').dataset.person,
      meeting: block.dataset.meeting, day: day, optional: block.classList.contains('opt'),
      start: origin + Math.round(r.top - col.top), end: origin + Math.round(r.bottom - col.top),
      text: block.innerText});
  }
}
document.body.setAttribute('data-probe', JSON.stringify(seen));
</script>
"""


class BodyProbe(html.parser.HTMLParser):
    probe = None

    def handle_starttag(self, tag, attrs):
        if tag == "body":
            self.probe = dict(attrs).get("data-probe")


def chromium(*args):
    with tempfile.TemporaryDirectory() as profile:
        run = subprocess.run(CHROMIUM + ["--user-data-dir=" + profile, *args], capture_output=True, text=True,
                             timeout=120)
    if run.returncode != 0:
        sys.exit(f"check_page: chromium failed ({run.returncode}): {run.stderr[-2000:]}")
    return run.stdout


def hhmm(minutes):
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def expected(scored):
    zones = {p["id"]: zoneinfo.ZoneInfo(p["zone"]) for p in scored["people"]}
    out = []
    for m in scored["meetings"]:
        people = [(p, False) for p in m["attendees"]] + [(p, True) for p in m["optional"] if p not in m["attendees"]]
        for o in m["occurrences"]:
            start = datetime.datetime.fromisoformat(o["start"])
            end = datetime.datetime.fromisoformat(o["end"])
            for person, optional in people:
                s, e = start.astimezone(zones[person]), end.astimezone(zones[person])
                end_minute = 24 * 60 if e.date() > s.date() else e.hour * 60 + e.minute
                out.append((person, m["id"], o["week"], s.strftime("%a"), hhmm(s.hour * 60 + s.minute),
                            hhmm(end_minute), optional))
    return sorted(out)


def main(json_path, page_path, screenshot):
    scored = json.load(open(json_path, encoding="utf-8"))
    page = pathlib.Path(page_path).resolve()
    chromium("--screenshot=" + str(pathlib.Path(screenshot).resolve()), page.as_uri())
    if not os.path.getsize(screenshot):
        sys.exit("check_page: empty screenshot")

    probe_page = page.with_name(".probe-" + page.name)
    probe_page.write_text(page.read_text(encoding="utf-8").replace("</body>", PROBE + "</body>"), encoding="utf-8")
    try:
        parser = BodyProbe()
        parser.feed(chromium("--dump-dom", probe_page.as_uri()))
    finally:
        probe_page.unlink()
    if parser.probe is None:
        sys.exit("check_page: the probe did not run")
    seen = json.loads(parser.probe)

    shown, problems, labels = [], [], {}
    for b in seen:
        labels.setdefault(b["label"], b["weeks"])
        if labels[b["label"]] != b["weeks"]:
            problems.append(f"label {b['label']!r} shows weeks {b['weeks']} and {labels[b['label']]}")
        for week in b["weeks"].split():
            shown.append((b["person"], b["meeting"], int(week), b["day"], hhmm(b["start"]), hhmm(b["end"]),
                          b["optional"]))
        start, end = hhmm(b["start"]), hhmm(b["end"])
        if f"{start}–{end}" not in b["text"]:
            problems.append(f"block {b['meeting']} of {b['person']} drawn at {start}-{end} reads {b['text']!r}")
    want = expected(scored)
    if sorted(shown) != want:
        problems.append("only on the page: " + str(sorted(set(shown) - set(want))))
        problems.append("only scored: " + str(sorted(set(want) - set(shown))))
    weeks = sorted(int(w) for ws in labels.values() for w in ws.split())
    if weeks != list(range(scored["weeks"])):
        problems.append(f"the week labels cover weeks {weeks}, not 0..{scored['weeks'] - 1} once each")
    if problems:
        print("check_page: " + "\n  ".join(problems), file=sys.stderr)
        return 1
    print(f"check_page: {len(want)} meeting blocks in {len(labels)} week groups of {page_path} are drawn at every "
          f"person's local time; screenshot {screenshot}")
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:4]))
