/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-event-deadlines"

#include "config.h"

#include <string.h>

#include "ethos-date.h"
#include "ethos-event-deadlines.h"

/* Events to reporting deadlines, per body, as the codes set them. */

static EthosDeadline *
find (GPtrArray *deadlines, const char *clause)
{
  for (guint i = 0; i < deadlines->len; i++)
    {
      EthosDeadline *deadline = g_ptr_array_index (deadlines, i);

      if (g_strcmp0 (deadline->clause, clause) == 0)
        return deadline;
    }
  return NULL;
}

static void
test_caution (void)
{
  const char *bodies[] = { "bacp", "cosrt", "ipt-uk", NULL };
  g_autoptr (GPtrArray) deadlines = ethos_event_deadlines ("caution", "2026-03-01", NULL, bodies, NULL);
  EthosDeadline *cosrt = find (deadlines, "cosrt:107");
  EthosDeadline *ipt = find (deadlines, "ipt-uk:5");

  g_assert_cmpuint (deadlines->len, ==, 2);
  /* COSRT 107: within 14 days; IPT UK 5: without delay, the same day. */
  g_assert_cmpstr (cosrt->due, ==, "2026-03-15");
  g_assert_cmpstr (cosrt->body_id, ==, "cosrt");
  g_assert_cmpstr (cosrt->leads, ==, "7,3,1");
  g_assert_cmpstr (ipt->due, ==, "2026-03-01");
  g_assert_nonnull (ipt->note);
}

static void
test_suspension_and_complaint (void)
{
  const char *bodies[] = { "cosrt", "atrium", NULL };
  g_autoptr (GPtrArray) suspension = ethos_event_deadlines ("suspension", "2026-06-10", NULL, bodies, NULL);
  g_autoptr (GPtrArray) complaint = ethos_event_deadlines ("complaint-upheld", "2026-06-10", NULL,
                                                           bodies, NULL);

  g_assert_cmpstr (find (suspension, "cosrt:108")->due, ==, "2026-06-24");
  g_assert_null (find (suspension, "atrium-practice:9.8"));
  g_assert_cmpuint (complaint->len, ==, 1);
  g_assert_cmpstr (find (complaint, "atrium-practice:9.8")->due, ==, "2026-06-10");
}

static void
test_data_breach (void)
{
  const char *none[] = { NULL };
  g_autoptr (GPtrArray) breach = ethos_event_deadlines ("data-breach", "2026-03-10", "14:30", none, NULL);
  EthosDeadline *ico;

  /* The ICO within 72 hours of discovery, whoever the bodies are. */
  g_assert_cmpuint (breach->len, ==, 1);
  ico = g_ptr_array_index (breach, 0);
  g_assert_cmpstr (ico->body_id, ==, "ico");
  g_assert_cmpstr (ico->due, ==, "2026-03-13");
  g_assert_cmpstr (ico->due_time, ==, "14:30");
  /* Only a reportable breach must be reported: the deadline says which that is. */
  g_assert_nonnull (strstr (ico->title, "if it is reportable"));
  g_assert_nonnull (strstr (ico->note, "likely to risk people's rights and freedoms"));
}

static void
test_refusals (void)
{
  const char *bodies[] = { "cosrt", NULL };
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) bad_kind = ethos_event_deadlines ("parking-ticket", "2026-03-10", NULL, bodies,
                                                          &error);

  g_assert_null (bad_kind);
  g_assert_error (error, ETHOS_INPUT_ERROR, ETHOS_INPUT_ERROR_CHOICE);
  g_clear_error (&error);
  g_assert_null (ethos_event_deadlines ("caution", "2026-02-30", NULL, bodies, &error));
  g_assert_error (error, ETHOS_INPUT_ERROR, ETHOS_INPUT_ERROR_DATE);
}

static void
test_duty_reminders (void)
{
  g_autoptr (EthosReminder) dbs = ethos_duty_reminder_for_clause ("atrium-practice", "9.6");
  g_autoptr (EthosReminder) none = ethos_duty_reminder_for_clause ("cosrt", "27");
  g_autofree char *leads = NULL;

  /* Atrium 9.6: a DBS check at least every three years. */
  g_assert_nonnull (dbs);
  g_assert_cmpint (dbs->kind, ==, ETHOS_REMINDER_KIND_DBS);
  g_assert_cmpstr (dbs->every, ==, "3y");
  g_assert_cmpstr (dbs->clause, ==, "atrium-practice:9.6");
  leads = ethos_reminder_leads_to_string (dbs);
  g_assert_cmpstr (leads, ==, "90,60,30,14,7,1");
  g_assert_null (none);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/event-deadlines/caution", test_caution);
  g_test_add_func ("/event-deadlines/suspension-and-complaint", test_suspension_and_complaint);
  g_test_add_func ("/event-deadlines/data-breach", test_data_breach);
  g_test_add_func ("/event-deadlines/refusals", test_refusals);
  g_test_add_func ("/event-deadlines/duty-reminders", test_duty_reminders);

  return g_test_run ();
}
