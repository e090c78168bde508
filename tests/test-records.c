/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-records"

#include "config.h"

#include <string.h>

#include "case-fixture.h"
#include "ethos-date.h"
#include "ethos-entry-store.h"
#include "ethos-records-store.h"
#include "ethos-supervisor-statement.h"
#include "ethos-supervisor-store.h"

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

/* Supervisors with how to reach them: added, found by id or by name in any case, changed;
 * a name kept twice or a detail that is not what it says is refused, changing nothing. */
static void
test_supervisors (StoreFixture *fixture, gconstpointer data)
{
  g_autoptr (EthosSupervisor) ann = ethos_supervisor_new ();
  g_autoptr (EthosSupervisor) again = ethos_supervisor_new ();
  g_autoptr (EthosSupervisor) found = NULL;
  g_autoptr (EthosSupervisor) by_id = NULL;
  g_autoptr (EthosSupervisor) missing = NULL;
  g_autoptr (EthosEntry) session = ethos_entry_new (ETHOS_ENTRY_SUPERVISION);
  g_autoptr (GPtrArray) all = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *id_text = NULL;
  g_autofree char *contact = NULL;

  ann->name = g_strdup ("  Dr Ann Example ");
  ann->email = g_strdup ("ann@example.org");
  ann->phone = g_strdup ("+44 (0)1234 567890");
  ann->accreditation = g_strdup ("BACP senior accredited supervisor");
  g_assert_cmpint (ethos_store_add_supervisor (fixture->store, ann, &error), >, 0);
  g_assert_no_error (error);
  g_assert_cmpstr (ann->name, ==, "Dr Ann Example");
  again->name = g_strdup ("dr ann example");
  g_assert_cmpint (ethos_store_add_supervisor (fixture->store, again, &error), ==, 0);
  g_assert_error (error, ETHOS_STORE_ERROR, ETHOS_STORE_ERROR_EXISTS);
  g_clear_error (&error);

  /* A session names them as the diary does. */
  session->date = g_strdup ("2026-03-02");
  session->minutes = 60;
  session->supervisor = g_strdup ("Dr Ann Example");
  g_assert_true (ethos_store_add_entry (fixture->store, session, &error));
  found = ethos_store_find_supervisor (fixture->store, "DR ANN EXAMPLE", &error);
  g_assert_nonnull (found);
  g_assert_cmpuint (found->n_sessions, ==, 1);
  id_text = g_strdup_printf ("%" G_GINT64_FORMAT, ann->id);
  by_id = ethos_store_find_supervisor (fixture->store, id_text, &error);
  g_assert_cmpstr (by_id->email, ==, "ann@example.org");
  missing = ethos_store_find_supervisor (fixture->store, "999", &error);
  g_assert_null (missing);
  g_assert_error (error, ETHOS_STORE_ERROR, ETHOS_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  g_free (by_id->email);
  by_id->email = g_strdup ("not an address");
  g_assert_false (ethos_store_update_supervisor (fixture->store, by_id, &error));
  g_assert_error (error, ETHOS_INPUT_ERROR, ETHOS_INPUT_ERROR_TEXT);
  g_clear_error (&error);
  g_free (by_id->email);
  by_id->email = NULL;
  g_free (by_id->name);
  by_id->name = g_strdup ("Dr Ann Example-Smith");
  g_assert_true (ethos_store_update_supervisor (fixture->store, by_id, &error));
  all = ethos_store_list_supervisor_records (fixture->store, &error);
  g_assert_cmpuint (all->len, ==, 1);
  contact = ethos_supervisor_describe_contact (g_ptr_array_index (all, 0));
  g_assert_cmpstr (((EthosSupervisor *) g_ptr_array_index (all, 0))->name, ==,
                   "Dr Ann Example-Smith");
  g_assert_cmpstr (contact, ==, "+44 (0)1234 567890 · BACP senior accredited supervisor");
}

static EthosEntry *
session (const char *supervisor, int minutes, EthosSupervisionFormat format)
{
  EthosEntry *entry = ethos_entry_new (ETHOS_ENTRY_SUPERVISION);

  entry->supervisor = g_strdup (supervisor);
  entry->minutes = minutes;
  entry->format = format;
  return entry;
}

/* A supervisor's statement counts their sessions only, by format, and says what they confirm. */
static void
test_statement (void)
{
  g_autoptr (GPtrArray) sessions = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *summary = NULL;
  g_autofree char *confirmation = NULL;
  EthosStatementTally tally;

  g_ptr_array_add (sessions, session ("Dr Ann Example", 60, ETHOS_SUPERVISION_FORMAT_INDIVIDUAL));
  g_ptr_array_add (sessions, session ("Dr Ann Example", 90, ETHOS_SUPERVISION_FORMAT_INDIVIDUAL));
  g_ptr_array_add (sessions, session ("Dr Ann Example", 120, ETHOS_SUPERVISION_FORMAT_GROUP));
  g_ptr_array_add (sessions, session ("Sam Fielding", 60, ETHOS_SUPERVISION_FORMAT_PEER));
  ethos_statement_tally (sessions, "Dr Ann Example", &tally);
  g_assert_cmpuint (tally.sessions, ==, 3);
  g_assert_cmpint (tally.minutes, ==, 270);
  summary = ethos_statement_summary (&tally);
  g_assert_cmpstr (summary, ==, "3 sessions, 4.50 hours: 2 individual, 1 in a group");
  confirmation = ethos_statement_confirmation ("Sam Okafor", "Dr Ann Example", "2026-01-01",
                                               "2026-12-31", &tally);
  g_assert_true (g_str_has_prefix (confirmation, "I, Dr Ann Example, confirm that I provided "
                                                 "supervision to Sam Okafor from 1 January 2026 "
                                                 "to 31 December 2026: 3 sessions, 4.50 hours"));
  g_assert_nonnull (strstr (ethos_statement_template_note (), "Ethos’s template"));
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/records/check-and-describe", test_check_and_describe);
  g_test_add_func ("/records/refused", test_refused);
  STORE_TEST ("/records/store", test_store);
  STORE_TEST ("/records/supervisors", test_supervisors);
  g_test_add_func ("/records/statement", test_statement);
  return g_test_run ();
}
