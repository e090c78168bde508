/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-privacy-redact"

#include "config.h"

#include "ethos-entry.h"
#include "ethos-privacy-redact.h"

/* Redaction for an export: each detail that could identify a client becomes what it was, the
 * rest of the words as written. */

static void
test_text (void)
{
  guint n = 99;
  g_autofree char *mixed = ethos_privacy_redact ("Seen near SW1A 1AA, born 12/03/1987; "
                                                 "email jo@example.org or call 07700 900123.",
                                                 &n);
  g_autofree char *clean = ethos_privacy_redact ("Endings, and what is enough.", &n);

  g_assert_cmpstr (mixed, ==, "Seen near [postcode removed], born [date of birth removed]; "
                              "email [email address removed] or call [phone number removed].");
  g_assert_cmpstr (clean, ==, "Endings, and what is enough.");
  g_assert_cmpuint (n, ==, 0);
  ethos_privacy_redact ("NHS number 943 476 5919", &n);
  g_assert_cmpuint (n, ==, 1);
  g_assert_null (ethos_privacy_redact (NULL, &n));
}

/* Every field that is the practitioner's own words is redacted, the title too; the date and
 * the supervisor are left alone. */
static void
test_entry (void)
{
  g_autoptr (EthosEntry) entry = ethos_entry_new (ETHOS_ENTRY_CPD);
  g_autoptr (EthosEntry) clean = ethos_entry_new (ETHOS_ENTRY_CPD);

  entry->date = g_strdup ("2026-03-02");
  g_free (entry->title);
  entry->title = g_strdup ("Visit to SW1A 1AA");
  g_free (entry->reflection);
  entry->reflection = g_strdup ("Call 07700 900123.");
  g_free (entry->impact);
  entry->impact = g_strdup ("None.");
  g_assert_true (ethos_privacy_entry_flagged (entry));
  g_assert_false (ethos_privacy_entry_flagged (clean));
  g_assert_cmpuint (ethos_privacy_redact_entry (entry), ==, 2);
  g_assert_cmpstr (entry->title, ==, "Visit to [postcode removed]");
  g_assert_cmpstr (entry->reflection, ==, "Call [phone number removed].");
  g_assert_cmpstr (entry->impact, ==, "None.");
  g_assert_cmpstr (entry->date, ==, "2026-03-02");
  g_assert_false (ethos_privacy_entry_flagged (entry));
}

/* What the export dialog says beside a flagged entry: each kind found in any of its fields, in
 * one phrase; nothing for an entry with none. */
static void
test_describe_entry (void)
{
  g_autoptr (EthosEntry) entry = ethos_entry_new (ETHOS_ENTRY_SUPERVISION);
  g_autoptr (EthosEntry) clean = ethos_entry_new (ETHOS_ENTRY_SUPERVISION);
  g_autofree char *said = NULL;

  g_free (entry->notes);
  entry->notes = g_strdup ("Met at SW1A 1AA.");
  g_free (entry->reflection);
  entry->reflection = g_strdup ("Call 07700 900123, or 07700 900456.");
  said = ethos_privacy_describe_entry (entry);
  g_assert_cmpstr (said, ==, "a postcode and two phone numbers");
  g_assert_null (ethos_privacy_describe_entry (clean));
}

/* What the window says once an export is written: the truth about what is in it. */
static void
test_export_outcome (void)
{
  g_autofree char *none = ethos_privacy_export_outcome (0, TRUE);
  g_autofree char *redacted = ethos_privacy_export_outcome (2, TRUE);
  g_autofree char *one = ethos_privacy_export_outcome (1, TRUE);
  g_autofree char *written = ethos_privacy_export_outcome (1, FALSE);

  g_assert_cmpstr (none, ==, "Exported");
  g_assert_cmpstr (redacted, ==, "Exported; 2 entries redacted");
  g_assert_cmpstr (one, ==, "Exported; 1 entry redacted");
  g_assert_cmpstr (written, ==, "Exported; 1 entry in it may identify a client");
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/privacy-redact/text", test_text);
  g_test_add_func ("/privacy-redact/entry", test_entry);
  g_test_add_func ("/privacy-redact/describe-entry", test_describe_entry);
  g_test_add_func ("/privacy-redact/export-outcome", test_export_outcome);
  return g_test_run ();
}
