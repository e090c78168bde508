/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-cli-archive"

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "case-fixture.h"
#include "cli-runner.h"
#include "ethos-archive-gsf.h"

/* Through the real program: `export all` of an encrypted diary gives a plain archive with its
 * evidence decrypted, which `import` puts into a new folder; bad input is one line, exit 2,
 * nothing written; and reminders come in from an iCalendar file. */

/* The same Run for the next command. */
static void
run_reset (Run *run)
{
  run_clear (run);
  memset (run, 0, sizeof *run);
}

static const guint8 certificate_bytes[] = { 0x25, 0x50, 0x44, 0x46, 0x2d, 0x00, 0xff, 0x0a, 0x42 };

static char *
member_bytes (const char *zip_path, const char *folder, gsize *length)
{
  g_autoptr (GsfInput) input = gsf_input_stdio_new (zip_path, NULL);
  g_autoptr (GsfInfile) zip = gsf_infile_zip_new (input, NULL);
  g_autoptr (GsfInput) top = gsf_infile_child_by_name (zip, folder);
  g_autoptr (GsfInput) sub = NULL;
  g_autoptr (GsfInput) file = NULL;

  g_assert_nonnull (top);
  if (!GSF_IS_INFILE (top) || gsf_infile_num_children (GSF_INFILE (top)) < 0)
    file = g_object_ref (top);
  else
    {
      sub = gsf_infile_child_by_index (GSF_INFILE (top), 0);
      file = gsf_infile_child_by_index (GSF_INFILE (sub), 0);
    }
  *length = (gsize) gsf_input_size (file);
  return g_memdup2 (gsf_input_read (file, *length, NULL), *length + 1);
}

static void
test_encrypted_round_trip (CaseFixture *fixture, gconstpointer data)
{
  g_auto (Run) run = { 0 };
  g_autofree char *pass = case_path (fixture, "passphrase");
  g_autofree char *certificate = case_path (fixture, "certificate.pdf");
  g_autofree char *zip = case_path (fixture, "all.zip");
  g_autofree char *fresh = case_path (fixture, "fresh");
  g_autofree char *json = NULL;
  g_autofree char *evidence = NULL;
  gsize length;
  GStatBuf st;

  g_assert_true (g_file_set_contents (pass, "correct horse battery staple\n", -1, NULL));
  g_assert_true (g_file_set_contents (certificate, (const char *) certificate_bytes,
                                      sizeof certificate_bytes, NULL));
  run_cli (&run, "demo", "--entries", "20");
  assert_ok (&run);
  run_reset (&run);
  run_cli (&run, "cpd", "add", "--date", "2026-03-02", "--hours", "3", "--kind", "formal",
           "--title", "Trauma-informed practice", "--evidence", certificate);
  assert_ok (&run);
  run_reset (&run);
  run_cli (&run, "--passphrase-file", pass, "encryption", "enable");
  assert_ok (&run);
  run_reset (&run);

  run_cli (&run, "--passphrase-file", pass, "export", "all", "--output", zip);
  assert_ok (&run);
  g_assert_nonnull (strstr (run.out, "not encrypted"));
  g_assert_cmpint (g_stat (zip, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  run_reset (&run);

  /* Plain: the JSON and the file are readable without the passphrase. */
  json = member_bytes (zip, "ethos-export.json", &length);
  g_assert_nonnull (strstr (json, "\"Trauma-informed practice\""));
  g_assert_nonnull (strstr (json, "\"format\" : \"ethos-archive\""));
  evidence = member_bytes (zip, "evidence", &length);
  g_assert_cmpmem (evidence, length, certificate_bytes, sizeof certificate_bytes);

  /* Into a new folder, and the file comes out of it as it went in. */
  run_cli_in (&run, fresh, "import", zip, "--json", NULL);
  assert_ok (&run);
  {
    g_autoptr (JsonNode) root = parse_json (run.out);
    JsonObject *object = json_node_get_object (root);

    g_assert_cmpstr (json_object_get_string_member (object, "done"), ==, "imported");
    g_assert_cmpint (json_object_get_int_member (object, "entries"), ==, 21);
    g_assert_cmpint (json_object_get_int_member (object, "files"), ==, 1);
  }
  run_reset (&run);
  run_cli_in (&run, fresh, "cpd", "list", "--json", NULL);
  assert_ok (&run);
  g_assert_nonnull (strstr (run.out, "Trauma-informed practice"));
  run_reset (&run);

  /* Into a diary with records: refused, one line, exit 2. */
  run_cli_in (&run, fresh, "import", zip, NULL);
  assert_fails (&run, 2, "empty data folder");
  run_reset (&run);
}

static void
test_refused (CaseFixture *fixture, gconstpointer data)
{
  g_auto (Run) run = { 0 };
  g_autofree char *csv = case_path (fixture, "records.zip");

  g_assert_true (g_file_set_contents (csv, "Date,Title\n2026-01-01,Workshop\n", -1, NULL));
  run_cli (&run, "import", csv);
  assert_fails (&run, 2, "not an Ethos archive");
  /* Checked before any diary was opened: no data folder was made. */
  g_assert_false (g_file_test (fixture->dir, G_FILE_TEST_EXISTS));
  run_reset (&run);

  run_cli (&run, "import", "/nonexistent/archive.zip");
  assert_fails (&run, 2, NULL);
  run_reset (&run);
  run_cli (&run, "export", "all");
  assert_fails (&run, 2, "--output");
}

static guint
open_reminders (CaseFixture *fixture)
{
  g_auto (Run) run = { 0 };
  g_autoptr (JsonNode) root = NULL;

  run_cli (&run, "reminders", "list", "--json");
  assert_ok (&run);
  root = parse_json (run.out);
  return json_array_get_length (json_node_get_array (root));
}

static void
test_ical (CaseFixture *fixture, gconstpointer data)
{
  g_auto (Run) run = { 0 };
  g_autofree char *ics = g_test_build_filename (G_TEST_DIST, "ical", "reminders.ics", NULL);
  g_autofree char *csv = case_path (fixture, "not.ics");
  guint before;

  run_cli (&run, "profile", "show");
  assert_ok (&run);
  run_reset (&run);
  before = open_reminders (fixture);

  run_cli (&run, "import", ics, "--dry-run", "--json");
  assert_ok (&run);
  {
    g_autoptr (JsonNode) root = parse_json (run.out);
    JsonObject *object = json_node_get_object (root);
    JsonArray *skipped = json_object_get_array_member (object, "skipped");

    g_assert_cmpint (json_object_get_int_member (object, "added"), ==, 5);
    g_assert_true (json_object_get_boolean_member (object, "dry_run"));
    g_assert_cmpuint (json_array_get_length (skipped), ==, 6);
    assert_members (json_array_get_object_element (skipped, 0),
                    (const char *const[]){ "item", "reason", NULL });
  }
  run_reset (&run);
  g_assert_cmpuint (open_reminders (fixture), ==, before);

  run_cli (&run, "import", ics);
  assert_ok (&run);
  g_assert_nonnull (strstr (run.out, "5 reminders added"));
  g_assert_nonnull (strstr (run.out, "Skipped Peer group (2026-01-05): it repeats on particular days"));
  run_reset (&run);
  g_assert_cmpuint (open_reminders (fixture), ==, before + 5);

  /* Again: nothing twice. */
  run_cli (&run, "import", ics, "--json");
  assert_ok (&run);
  {
    g_autoptr (JsonNode) root = parse_json (run.out);

    g_assert_cmpint (json_object_get_int_member (json_node_get_object (root), "added"), ==, 0);
  }
  run_reset (&run);
  g_assert_cmpuint (open_reminders (fixture), ==, before + 5);

  g_assert_true (g_file_set_contents (csv, "Date,Title\n2026-01-01,Workshop\n", -1, NULL));
  run_cli (&run, "import", csv);
  assert_fails (&run, 2, "not an iCalendar file");
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  CASE_TEST ("/cli-archive/encrypted-round-trip", test_encrypted_round_trip);
  CASE_TEST ("/cli-archive/refused", test_refused);
  CASE_TEST ("/cli-archive/ical", test_ical);
  return g_test_run ();
}
