/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-day-clock"

#include "config.h"

#include "ethos-day-clock.h"

/* Says "day-changed" just after local midnight, so that what depends on today (what is due,
 * which month it is) is read again without anyone asking. One for the program: the view models
 * share it. A wall clock set by hand or a machine asleep over midnight is caught at the next
 * minute: the timer is short near midnight and checks the date when it fires. */

struct _EthosDayClock
{
  GObject parent_instance;

  GDate   today;
  guint   source;
};

G_DEFINE_FINAL_TYPE (EthosDayClock, ethos_day_clock, G_TYPE_OBJECT)

enum
{
  DAY_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void schedule (EthosDayClock *self);

/* Today where the practitioner is. */
void
ethos_day_clock_read_today (GDate *today)
{
  g_autoptr (GDateTime) now = g_date_time_new_now_local ();

  g_date_clear (today, 1);
  g_date_set_dmy (today, (GDateDay) g_date_time_get_day_of_month (now),
                  (GDateMonth) g_date_time_get_month (now),
                  (GDateYear) g_date_time_get_year (now));
}

static gboolean
on_timeout_cb (gpointer data)
{
  EthosDayClock *self = data;
  GDate today;

  self->source = 0;
  ethos_day_clock_read_today (&today);
  if (g_date_compare (&today, &self->today) != 0)
    {
      self->today = today;
      g_signal_emit (self, signals[DAY_CHANGED], 0);
    }
  schedule (self);
  return G_SOURCE_REMOVE;
}

/* Until a second after the next midnight, and at most an hour, so that a clock put forward or
 * a machine that slept is noticed within the hour. */
static void
schedule (EthosDayClock *self)
{
  g_autoptr (GDateTime) now = g_date_time_new_now_local ();
  g_autoptr (GDateTime) midnight = g_date_time_new_local (g_date_time_get_year (now),
                                                         g_date_time_get_month (now),
                                                         g_date_time_get_day_of_month (now), 0, 0,
                                                         0);
  g_autoptr (GDateTime) next = g_date_time_add_days (midnight, 1);
  gint64 seconds = g_date_time_difference (next, now) / G_TIME_SPAN_SECOND + 1;

  self->source = g_timeout_add_seconds ((guint) MIN (seconds, 3600), on_timeout_cb, self);
}

static void
ethos_day_clock_class_init (EthosDayClockClass *klass)
{
  signals[DAY_CHANGED] = g_signal_new ("day-changed", G_TYPE_FROM_CLASS (klass),
                                       G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
ethos_day_clock_init (EthosDayClock *self)
{
  ethos_day_clock_read_today (&self->today);
  schedule (self);
}

/* The program's clock of days. */
EthosDayClock *
ethos_day_clock_get_default (void)
{
  static EthosDayClock *clock;

  if (clock == NULL)
    clock = g_object_new (ETHOS_TYPE_DAY_CLOCK, NULL);
  return clock;
}
