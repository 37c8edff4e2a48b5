#!/usr/bin/env bash
# Usage: khal_instances.sh SCHEDULE.ics FROM TO (dates YYYY-MM-DD)
# Imports the calendar into a throwaway khal (its own config, calendar folder and database, in UTC)
# and prints every instance from FROM to TO as UID<TAB>START<TAB>END (UTC), for check_ics.py.
set -euo pipefail
ics=$1 from=$2 to=$3
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir "$tmp/cal"
cat > "$tmp/config" <<CONF
[calendars]
[[meetpack]]
path = $tmp/cal
type = calendar
[locale]
local_timezone = UTC
default_timezone = UTC
timeformat = %H:%M
dateformat = %Y-%m-%d
longdateformat = %Y-%m-%d
datetimeformat = %Y-%m-%dT%H:%M
longdatetimeformat = %Y-%m-%dT%H:%M
[sqlite]
path = $tmp/khal.db
CONF
khal -c "$tmp/config" import --batch -a meetpack "$ics"
# khal lists an event under each day it touches: keep one line per instance.
khal -c "$tmp/config" list --day-format "" --format "{uid}	{start-long}Z	{end-long}Z" "$from" "$to" | grep . | sort -u
