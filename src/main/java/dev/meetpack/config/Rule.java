package dev.meetpack.config;

/**
 * The kind of a {@link Problem}. The ids are a public interface: code-scanning tools key their
 * alerts on them across runs, so an id is never renamed or reused for another kind.
 */
public enum Rule {
  UNREADABLE_FILE("unreadable-file", "The file cannot be read",
      "The path does not exist, is a directory, or cannot be read by the user running meetpack.",
      "Check the path, and that it names a regular file."),
  FILE_TOO_LARGE("file-too-large", "The file is larger than 1 MiB",
      "Config files are limited to 1 MiB, so that a wrong path (a log, an image) fails fast.", null),
  NOT_TEXT("not-text", "The file is not UTF-8 text",
      "The file holds a NUL byte or bytes that are not UTF-8: it is a binary file or was saved in another encoding.",
      "Save the file as UTF-8."),
  EMPTY_FILE("empty-file", "The file holds no YAML document",
      "The file is empty or holds only comments; a config is a mapping with 'team', 'people' and 'meetings'.", null),
  YAML_SYNTAX("yaml-syntax", "The file is not valid YAML",
      "The YAML parser stopped at this point, for example at a tab used for indentation or an unclosed bracket.",
      "Indent with spaces, and close every bracket and quote."),
  UNSUPPORTED_YAML("unsupported-yaml", "A YAML feature that meetpack refuses",
      "Anchors, aliases and merge keys ('<<') are refused: a reader that does not expand them would silently see "
          + "other values than meetpack does.",
      "Write the values and keys out in full."),
  SECOND_DOCUMENT("second-document", "A second YAML document",
      "A '---' starts a second document; meetpack reads one config per file and would otherwise ignore the rest.",
      "Keep one config per file."),
  TOO_DEEP("too-deep", "Nesting deeper than a config needs",
      "Values nest deeper than 16 levels; a meetpack config needs at most 4.", null),
  DUPLICATE_KEY("duplicate-key", "A key appears twice in one mapping",
      "A mapping holds the same key twice; YAML readers disagree on which value wins, so meetpack refuses both.",
      "Remove one of the two; the message names the line of the first."),
  UNKNOWN_KEY("unknown-key", "A key meetpack does not know",
      "The key is not part of the config format at this place (SPEC section 1); a misspelt key would otherwise be "
          + "ignored silently.",
      "Fix the spelling; the message names the closest known key when there is one."),
  MISSING_KEY("missing-key", "A required key is missing",
      "A required key is absent: 'team', 'timezone', 'people' and 'meetings' at the top, 'id' and 'zone' of a "
          + "person, 'id', 'attendees' and 'duration' of a meeting.", null),
  CONTROL_CHARACTER("control-character", "A control character in a text value",
      "Text values (team, names, titles, ids, e-mails, links) hold no control characters: U+0000-U+001F but TAB, "
          + "U+007F-U+009F, U+2028 and U+2029 would reach calendars and terminals raw.",
      "Remove the character; the message names it and its position."),
  BAD_TYPE("bad-type", "A value of the wrong type",
      "The value is not of the type this key takes (string, integer, list or mapping). Times and windows are "
          + "strings such as \"20:00\" and \"09:00-17:00\"; meetpack never reads a number as a time.",
      "Quote times and windows, e.g. \"20:00\" or \"09:00-17:00\"."),
  OUT_OF_RANGE("out-of-range", "A number outside its range",
      "An integer lies outside the range this key allows, or does not fit an integer at all.", null),
  BAD_CHOICE("bad-choice", "A word that is not one of the allowed values",
      "The key takes one of a few words: 'every' is weekly or biweekly, 'within' is available or work.",
      "Use one of the words the message lists."),
  BAD_ID("bad-id", "An id or group name with other characters than [a-z0-9-]",
      "Person ids, meeting ids and group names match [a-z0-9][a-z0-9-]*, since they become part of file names "
          + "and calendar UIDs.",
      "Use lower case letters, digits and dashes."),
  DUPLICATE_ID("duplicate-id", "An id used twice",
      "Two people, two meetings, or a person and a group share one id; ids name them in groups, attendee lists "
          + "and calendar UIDs, so each must be unique.", null),
  UNKNOWN_NAME("unknown-name", "A name that is no person or group",
      "An attendee list, group or organizer names someone who is neither a person nor a group of the config.",
      "Fix the spelling; the message names the closest person or group when there is one."),
  GROUP_CYCLE("group-cycle", "Groups that contain each other",
      "Groups nest in a cycle, so the people of the groups on it are not defined.", null),
  TOO_FEW_ATTENDEES("too-few-attendees", "A meeting with fewer than 2 required people",
      "After expanding groups, the meeting has fewer than 2 required attendees; there is nothing to schedule.",
      null),
  BAD_ZONE("bad-zone", "Not an IANA time zone id",
      "A zone must be an IANA id such as America/New_York or Asia/Seoul; abbreviations (KST, EST) and bare city "
          + "names are ambiguous or carry no daylight-saving rules.",
      "Use a Region/City id; the message names the closest one when there is one."),
  BAD_WINDOW("bad-window", "A malformed time window",
      "A window is \"HH:MM-HH:MM\" with valid times of day and its start before its end; the end may be 24:00.",
      null),
  WORK_OUTSIDE_AVAILABLE("work-outside-available", "Working hours outside available hours",
      "A person's 'work' window must lie inside their 'available' window, since they are never scheduled outside "
          + "'available'.", null),
  BAD_WEEKDAY("bad-weekday", "Not a weekday, or no weekday at all",
      "Weekdays are MON..SUN (case-insensitive, full names allowed), and a list of days names at least one.",
      "Fix the spelling; the message names the closest weekday when there is one."),
  BAD_SLOT("bad-slot", "A slot that is not 5, 10, 15, 20, 30 or 60 minutes",
      "The start-time grid 'slot' must divide an hour evenly: 5, 10, 15, 20, 30 or 60 minutes.", null),
  BAD_DATE("bad-date", "Not a date",
      "horizon.start and horizon.until are dates written YYYY-MM-DD.", null),
  NOT_MONDAY("not-monday", "The horizon does not start on a Monday",
      "Week 0 begins on horizon.start, which must be a Monday.",
      "Use the Monday before or after; the message names both."),
  HORIZON_TOO_SHORT("horizon-too-short", "A horizon too short for a biweekly meeting",
      "With a biweekly meeting the horizon needs at least 2 weeks, so that both phases are evaluated.", null),
  HORIZON_END("horizon-end", "A horizon end that cannot be",
      "The series end either after horizon.weeks or with the week holding horizon.until (after horizon.start, "
          + "within 104 weeks); without either they are open-ended and 52 weeks are evaluated.",
      "Give one of weeks and until, or neither."),
  BAD_EMAIL("bad-email", "Not an e-mail address",
      "A person's email must be an address such as ana@example.com; it is written as ATTENDEE and matched in "
          + "calendar files.", null),
  BAD_DURATION("bad-duration", "A malformed or out-of-range duration",
      "A duration is 5m to 8h in steps of 5 minutes, written \"45m\", \"1h\", \"1h30m\" or as minutes.", null),
  BAD_PIN("bad-pin", "A malformed pin",
      "A pin 'at' is a weekday and a local time such as \"TUE 20:00\".", null),
  PIN_OFF_GRID("pin-off-grid", "A pin off the slot grid",
      "A pinned time must be a multiple of the config's slot, like every start time meetpack chooses.", null),
  PIN_NOT_IN_DAYS("pin-not-in-days", "A pin on a day the meeting may not use",
      "A pinned weekday must be among the meeting's days (or the top-level days).", null),
  WEEK_ON_WEEKLY("week-on-weekly", "A phase on a weekly meeting",
      "'week' pins the phase of a biweekly meeting; a weekly meeting has none.", null),
  BAD_ROTATE("bad-rotate", "rotate on a meeting that cannot alternate",
      "'rotate: true' alternates a weekly meeting between an even-week and an odd-week placement; a biweekly "
          + "meeting already has one phase, and a week pin would fix the phase rotate chooses.", null),
  BAD_LINK("bad-link", "A link that is not a URI",
      "A meeting's link is written as LOCATION and URL and must be a URI such as https://meet.example.com/x.", null),
  PIN_OUTSIDE_HOURS("pin-outside-hours", "A pin outside someone's hours",
      "In some week of the horizon the pinned time falls outside a required attendee's available (or, with "
          + "within: work, working) hours or workdays; the week is named, so a daylight-saving change is caught.",
      "Move the pin, or widen that person's hours."),
  PINS_OVERLAP("pins-overlap", "Pinned meetings that overlap",
      "Two pinned meetings that share an attendee overlap in some week, so no schedule can keep both pins.", null),
  CAP_EXCEEDED("cap-exceeded", "Pins that already break a cap",
      "The pinned meetings alone put a person off-hours on more days of a week than their "
          + "maxOffHoursDaysPerWeek allows.", null),
  NO_COMMON_SLOT("no-common-slot", "A meeting whose attendees share no slot",
      "No start time on the meeting's days lies inside every required attendee's hours in every week of the "
          + "horizon; the message names the attendees and their windows in the meeting's zone.",
      "Widen someone's available hours, allow more days, or make an attendee optional."),
  INFEASIBLE("infeasible", "No feasible schedule exists",
      "validate --solve ran the search, and it proved that no schedule satisfies every hard constraint.", null),
  SOLVE_TIME_LIMIT("solve-time-limit", "No schedule found within the time limit",
      "validate --solve found no feasible schedule before the time limit, and could not prove that none exists.",
      "Try a larger --time-limit.");

  private final String id;
  private final String shortDescription;
  private final String fullDescription;
  private final String help;

  Rule(String id, String shortDescription, String fullDescription, String help) {
    this.id = id;
    this.shortDescription = shortDescription;
    this.fullDescription = fullDescription;
    this.help = help;
  }

  /** The stable kebab-case id, such as {@code unknown-key}. */
  public String id() {
    return id;
  }

  public String shortDescription() {
    return shortDescription;
  }

  public String fullDescription() {
    return fullDescription;
  }

  /** What to do about it, or null when the description says it all. */
  public String help() {
    return help;
  }
}
