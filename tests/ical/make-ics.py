#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes the iCalendar files test-ical-read reads, with python3-icalendar (as a calendar
program would write them, not by hand). Run from this folder: python3 make-ics.py"""

from datetime import date, datetime, timedelta, timezone

from icalendar import Alarm, Calendar, Event, Todo


def calendar():
    cal = Calendar()
    cal.add("prodid", "-//Ethos tests//python3-icalendar//EN")
    cal.add("version", "2.0")
    return cal


def alarm(before):
    a = Alarm()
    a.add("action", "DISPLAY")
    a.add("description", "Reminder")
    a.add("trigger", -before)
    return a


def event(summary, start, rrule=None, alarms=(), description=None, uid=None):
    e = Event()
    e.add("uid", uid or summary.replace(" ", "-") + "@ethos.test")
    e.add("dtstamp", datetime(2026, 1, 1, tzinfo=timezone.utc))
    if summary is not None:
        e.add("summary", summary)
    if start is not None:
        e.add("dtstart", start)
    if rrule:
        e.add("rrule", rrule)
    if description:
        e.add("description", description)
    for before in alarms:
        e.add_component(alarm(before))
    return e


cal = calendar()
# Yearly, started in the past: next due on its day in 2027; two alarms, 30 and 7 days before.
cal.add_component(event("Insurance renewal", date(2024, 3, 1), {"freq": "yearly"},
                        [timedelta(days=30), timedelta(days=7)], "Policy PL-123"))
# Every 3 years, from a date-time in the future; an alarm 15 minutes before (same day).
cal.add_component(event("DBS recheck", datetime(2027, 5, 10, 9, 0, tzinfo=timezone.utc),
                        {"freq": "yearly", "interval": 3}, [timedelta(minutes=15)]))
# Every 6 months.
cal.add_component(event("Supervision contract review", date(2026, 10, 15),
                        {"freq": "monthly", "interval": 6}))
# A one-off in the future, no alarm: the default warning.
cal.add_component(event("Accreditation portfolio due", date(2027, 2, 1)))
# Skipped: in the past, no repeat; repeats that end; particular weekdays; hourly; no date.
cal.add_component(event("Old workshop", date(2025, 6, 1)))
cal.add_component(event("Ten sessions", date(2026, 1, 5), {"freq": "weekly", "count": 10}))
cal.add_component(event("Peer group", date(2026, 1, 5), {"freq": "monthly", "byday": "1MO"}))
cal.add_component(event("Hourly check", date(2026, 1, 5), {"freq": "hourly"}))
cal.add_component(event("No date at all", None))

todo = Todo()
todo.add("uid", "ico@ethos.test")
todo.add("dtstamp", datetime(2026, 1, 1, tzinfo=timezone.utc))
todo.add("summary", "ICO fee")
todo.add("due", date(2027, 1, 20))
todo.add_component(alarm(timedelta(days=14)))
cal.add_component(todo)

done = Todo()
done.add("uid", "done@ethos.test")
done.add("dtstamp", datetime(2026, 1, 1, tzinfo=timezone.utc))
done.add("summary", "Finished task")
done.add("due", date(2027, 1, 20))
done.add("status", "COMPLETED")
cal.add_component(done)

with open("reminders.ics", "wb") as f:
    f.write(cal.to_ical())
