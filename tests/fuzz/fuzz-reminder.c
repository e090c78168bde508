/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "ethos-date.h"
#include "ethos-reminder.h"
#include "ethos-reminder-stages.h"
#include "fuzz-common.h"

/* A reminder's typed fields: the lead days ("30,7,1") and the time of day ("17:00"). Leads read
 * are distinct, 1 to 730 days, largest first, and read back the same once written; a refused
 * list leaves the old leads alone. The notifier's time reader and the reminder's own check agree
 * on every time. */

#define MAX_LEAD_DAYS 730

static void
fuzz_leads (const char *text)
{
  g_autoptr (EthosReminder) reminder = ethos_reminder_new (ETHOS_REMINDER_KIND_DBS);
  g_autoptr (EthosReminder) again = ethos_reminder_new (ETHOS_REMINDER_KIND_CUSTOM);
  g_autofree char *before = ethos_reminder_leads_to_string (reminder);
  g_autofree char *written = NULL;
  g_autofree char *rewritten = NULL;
  g_autoptr (GError) error = NULL;

  if (!ethos_reminder_parse_leads (reminder, text, &error))
    {
      g_autofree char *after = ethos_reminder_leads_to_string (reminder);

      g_assert_error (error, ETHOS_INPUT_ERROR, ETHOS_INPUT_ERROR_NUMBER);
      g_assert_cmpstr (after, ==, before);
      return;
    }
  g_assert_no_error (error);
  for (guint i = 0; i < reminder->lead_days->len; i++)
    {
      int days = g_array_index (reminder->lead_days, int, i);

      g_assert_cmpint (days, >=, 1);
      g_assert_cmpint (days, <=, MAX_LEAD_DAYS);
      if (i > 0)
        g_assert_cmpint (days, <, g_array_index (reminder->lead_days, int, i - 1));
    }
  written = ethos_reminder_leads_to_string (reminder);
  g_assert_true (ethos_reminder_parse_leads (again, written, NULL));
  rewritten = ethos_reminder_leads_to_string (again);
  g_assert_cmpstr (rewritten, ==, written);
}

static void
fuzz_time (const char *text)
{
  g_autoptr (EthosReminder) reminder = ethos_reminder_new (ETHOS_REMINDER_KIND_REPORT);
  int hour = -1, minute = -1;
  gboolean read;

  read = ethos_due_time_parse (text, &hour, &minute);
  if (read)
    {
      g_autofree char *back = g_strdup_printf ("%02d:%02d", hour, minute);

      g_assert_cmpstr (back, ==, text);
    }

  g_free (reminder->title);
  reminder->title = g_strdup ("Annual report");
  reminder->due = g_strdup ("2026-11-23");
  reminder->due_time = g_strdup (text);
  g_assert_true (ethos_reminder_validate (reminder, NULL) == read);
}

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  g_autofree char *text = fuzz_text (data, size);

  fuzz_leads (text);
  fuzz_time (text);
  return 0;
}
