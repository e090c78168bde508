/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-records"

#include "config.h"

#include <string.h>

#include "case-fixture.h"
#include "ethos-date.h"
#include "ethos-records-store.h"

/* The insurance and DBS records an audit asks to see: checked, said in words, and kept whole. */

static EthosRecords *
full_records (void)
{
  EthosRecords *records = ethos_records_new ();

  records->insurer = g_strdup ("Example Mutual");
  records->policy = g_strdup ("PL-123");
  records->cover_from = g_strdup ("2026-04-01");
  records->cover_to = g_strdup ("2027-03-31");
  records->cover_amount = g_strdup ("£6 million");
  records->dbs_certificate = g_strdup ("0012 3456-7890");
  records->dbs_issued = g_strdup ("2024-05-10");
  records->dbs_level = g_strdup ("enhanced");
  records->update_service = g_strdup ("C0123456");
  records->update_service_renews = g_strdup ("2027-05-10");
  return records;
}

static void
test_check_and_describe (void)
{
  g_autoptr (EthosRecords) records = full_records ();
  g_autoptr (EthosRecords) none = ethos_records_new ();
  g_autofree char *insurance = NULL;
  g_autofree char *dbs = NULL;

  g_assert_true (ethos_records_check (records, NULL));
  /* The number as printed, without the spaces typed in it. */
  g_assert_cmpstr (records->dbs_certificate, ==, "001234567890");
  insurance = ethos_records_describe_insurance (records);
  dbs = ethos_records_describe_dbs (records);
  g_assert_cmpstr (insurance, ==, "Insurer: Example Mutual; policy PL-123; cover from 1 April 2026 "
                                  "to 31 March 2027; £6 million of cover");
  g_assert_cmpstr (dbs, ==, "DBS certificate 001234567890 (Enhanced); issued 10 May 2024; Update "
                            "Service subscription C0123456; Update Service renews 10 May 2027");
  g_assert_true (ethos_records_check (none, NULL));
  g_assert_null (ethos_records_describe_insurance (none));
  g_assert_null (ethos_records_describe_dbs (none));
}

/* Each wrong field is refused with a sentence that names it. */
static void
test_refused (void)
{
  struct
  {
    guint       field;
    const char *value;
    const char *said;
  } wrong[] = {
    { 5, "12345", "“12345” is not a DBS certificate number" },
    { 5, "00123456789X", "is not a DBS certificate number" },
    { 3, "2026-02-30", "2026-02-30" },
    { 3, "2026-03-01", "The cover must end after it starts (2026-04-01 to 2026-03-01)" },
    { 7, "gold", "“gold” is not a level of DBS check: choose one of basic, standard, enhanced, "
                 "enhanced-barred" },
    { 0, NULL, "The insurer must be text of at most 200 characters" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (wrong); i++)
    {
      g_autoptr (EthosRecords) records = full_records ();
      g_autoptr (GError) error = NULL;
      char **field = ethos_records_field (records, wrong[i].field);

      g_free (*field);
      *field = wrong[i].value != NULL ? g_strdup (wrong[i].value) : g_strnfill (201, 'a');
      g_assert_false (ethos_records_check (records, &error));
      g_assert_error (error, ETHOS_INPUT_ERROR, error->code);
      g_assert_nonnull (strstr (error->message, wrong[i].said));
    }
}

/* Kept whole and read back as kept; a record with a wrong field changes nothing, and an empty
 * field removes what was there. */
static void
test_store (StoreFixture *fixture, gconstpointer data)
{
  g_autoptr (EthosRecords) records = full_records ();
  g_autoptr (EthosRecords) read = NULL;
  g_autoptr (EthosRecords) after = NULL;
  g_autoptr (EthosRecords) cleared = NULL;
  g_autoptr (GError) error = NULL;

  g_assert_true (ethos_store_set_records (fixture->store, records, &error));
  g_assert_no_error (error);
  read = ethos_store_get_records (fixture->store, &error);
  for (guint i = 0; i < ethos_n_record_fields; i++)
    g_assert_cmpstr (*ethos_records_field (read, i), ==, *ethos_records_field (records, i));

  g_free (read->insurer);
  read->insurer = g_strdup ("Another insurer");
  g_free (read->cover_to);
  read->cover_to = g_strdup ("2025-01-01");
  g_assert_false (ethos_store_set_records (fixture->store, read, &error));
  g_clear_error (&error);
  after = ethos_store_get_records (fixture->store, &error);
  g_assert_cmpstr (after->insurer, ==, "Example Mutual");
  g_assert_cmpstr (after->cover_to, ==, "2027-03-31");

  g_free (after->policy);
  after->policy = g_strdup ("  ");
  g_assert_true (ethos_store_set_records (fixture->store, after, &error));
  cleared = ethos_store_get_records (fixture->store, &error);
  g_assert_null (cleared->policy);
  g_assert_cmpstr (cleared->insurer, ==, "Example Mutual");
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/records/check-and-describe", test_check_and_describe);
  g_test_add_func ("/records/refused", test_refused);
  STORE_TEST ("/records/store", test_store);
  return g_test_run ();
}
