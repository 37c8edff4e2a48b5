// Usage: ICALJS=DIR node icaljs_instances.cjs SCHEDULE.ics FROM TO
// DIR is where `npm install ical.js` put node_modules. Expands every event with ical.js and prints
// each instance starting in [FROM, TO) (dates, UTC) as UID<TAB>START<TAB>END (UTC), for check_ics.py.
"use strict";
const fs = require("fs");
const path = require("path");
const loaded = require(path.join(process.env.ICALJS, "node_modules", "ical.js"));
const ICAL = loaded.default || loaded;

const [file, from, to] = process.argv.slice(2);
const cal = new ICAL.Component(ICAL.parse(fs.readFileSync(file, "utf8")));
for (const tz of cal.getAllSubcomponents("vtimezone")) {
  ICAL.TimezoneService.register(new ICAL.Timezone(tz));
}
const start = ICAL.Time.fromDateTimeString(from + "T00:00:00Z");
const end = ICAL.Time.fromDateTimeString(to + "T00:00:00Z");
const out = [];
for (const vevent of cal.getAllSubcomponents("vevent")) {
  const event = new ICAL.Event(vevent);
  const print = (s, e) => out.push([event.uid, s.toJSDate().toISOString(), e.toJSDate().toISOString()].join("\t"));
  if (!event.isRecurring()) {
    if (event.startDate.compare(start) >= 0 && event.startDate.compare(end) < 0) {
      print(event.startDate, event.endDate);
    }
    continue;
  }
  const it = event.iterator();
  for (let next = it.next(); next && next.compare(end) < 0; next = it.next()) {
    if (next.compare(start) >= 0) {
      const d = event.getOccurrenceDetails(next);
      print(d.startDate, d.endDate);
    }
  }
}
process.stdout.write(out.sort().join("\n") + (out.length ? "\n" : ""));
