/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-data-maps"

#include "config.h"

#include <gio/gio.h>
#include <string.h>

#include "ethos-code-parser.h"
#include "ethos-data.h"
#include "ethos-theme-map.h"

/* The theme and duty maps name clauses by (code, ref): every one must exist in the shipped
 * codes, or a theme would show a hole and a reminder would cite nothing. */

static GHashTable *codes; /* id -> EthosCodeDoc */

static EthosClause *
lookup (const char *code_id, const char *ref)
{
  EthosCodeDoc *doc = g_hash_table_lookup (codes, code_id);

  return doc != NULL ? ethos_code_doc_find (doc, ref) : NULL;
}

static void
test_themes (void)
{
  g_autoptr (GPtrArray) themes = ethos_theme_map_load_shipped ();
  const char *required[] = { "confidentiality", "consent",   "boundaries",   "supervision",
                             "cpd",             "safeguarding", "reporting", "insurance",
                             "records",         "health",    "advertising",  "complaints",
                             "endings",         "discrimination" };

  for (guint i = 0; i < G_N_ELEMENTS (required); i++)
    {
      EthosTheme *theme = ethos_theme_map_find (themes, required[i]);
      g_autoptr (GHashTable) codes_on_theme = g_hash_table_new (g_str_hash, g_str_equal);

      if (theme == NULL)
        g_error ("the theme map lacks %s", required[i]);
      g_assert_nonnull (theme->description);
      for (guint j = 0; j < theme->clauses->len; j++)
        g_hash_table_add (codes_on_theme, ((EthosClauseRef *) g_ptr_array_index (theme->clauses, j))->code_id);
      /* A comparison needs at least two codes. */
      if (g_hash_table_size (codes_on_theme) < 2)
        g_error ("theme %s covers fewer than two codes", required[i]);
    }

  for (guint i = 0; i < themes->len; i++)
    {
      EthosTheme *theme = g_ptr_array_index (themes, i);

      for (guint j = 0; j < theme->clauses->len; j++)
        {
          EthosClauseRef *ref = g_ptr_array_index (theme->clauses, j);
          EthosClause *clause = lookup (ref->code_id, ref->ref);

          if (clause == NULL)
            g_error ("theme %s names %s %s, which does not exist", theme->id, ref->code_id, ref->ref);
          g_assert_false (clause->is_section);
        }
    }

  /* Spot checks, read from the codes. */
  {
    EthosTheme *safeguarding = ethos_theme_map_find (themes, "safeguarding");
    gboolean dbs_96 = FALSE, dbs_26 = FALSE;

    for (guint j = 0; j < safeguarding->clauses->len; j++)
      {
        EthosClauseRef *ref = g_ptr_array_index (safeguarding->clauses, j);

        dbs_96 |= g_str_equal (ref->code_id, "atrium-practice") && g_str_equal (ref->ref, "9.6");
        dbs_26 |= g_str_equal (ref->code_id, "cosrt") && g_str_equal (ref->ref, "26");
      }
    g_assert_true (dbs_96 && dbs_26);
  }
}

static void
test_duties (void)
{
  g_autoptr (GBytes) bytes = g_resources_lookup_data ("/org/ethosapp/Ethos/data/duties.ini", 0, NULL);
  g_autoptr (GKeyFile) keyfile = g_key_file_new ();
  g_auto (GStrv) groups = NULL;
  const char *kinds[] = { "dbs", "dbs-update-service", "insurance", "membership", "accreditation",
                          "ico", "undertaking", "report", "supervision", "cpd", "tax", "custom",
                          NULL };
  const char *must[] = { "atrium-practice/9.6", "cosrt/26",  "cosrt/45",     "atrium-practice/9.5",
                         "atrium-ethics/1.2",   "cosrt/107", "cosrt/108",    "atrium-practice/9.8",
                         "ipt-uk/5",            "cosrt/41",  "cosrt/55.e" };

  g_assert_nonnull (bytes);
  g_assert_true (g_key_file_load_from_bytes (keyfile, bytes, G_KEY_FILE_NONE, NULL));
  groups = g_key_file_get_groups (keyfile, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (must); i++)
    if (!g_key_file_has_group (keyfile, must[i]))
      g_error ("the duty map lacks %s", must[i]);

  for (guint i = 0; groups[i] != NULL; i++)
    {
      g_auto (GStrv) parts = g_strsplit (groups[i], "/", 2);
      g_autofree char *kind = g_key_file_get_string (keyfile, groups[i], "Kind", NULL);
      g_autofree char *title = g_key_file_get_string (keyfile, groups[i], "Title", NULL);
      gboolean cycle = g_key_file_has_key (keyfile, groups[i], "Interval", NULL);
      gboolean deadline = g_key_file_has_key (keyfile, groups[i], "DeadlineDays", NULL);

      g_assert_cmpuint (g_strv_length (parts), ==, 2);
      if (lookup (parts[0], parts[1]) == NULL)
        g_error ("duty %s names a clause that does not exist", groups[i]);
      g_assert_true (g_strv_contains (kinds, kind));
      g_assert_true (title != NULL && title[0] != '\0');
      /* A duty is a cycle or a deadline. */
      g_assert_true (cycle || deadline);
      if (deadline)
        g_assert_cmpint (g_key_file_get_integer (keyfile, groups[i], "DeadlineDays", NULL), >=, 0);
    }

  /* The numbers the codes print. */
  g_assert_cmpint (g_key_file_get_integer (keyfile, "cosrt/107", "DeadlineDays", NULL), ==, 14);
  g_assert_cmpint (g_key_file_get_integer (keyfile, "cosrt/108", "DeadlineDays", NULL), ==, 14);
  g_assert_cmpint (g_key_file_get_integer (keyfile, "atrium-practice/9.8", "DeadlineDays", NULL), ==, 0);
  {
    g_autofree char *interval = g_key_file_get_string (keyfile, "atrium-practice/9.6", "Interval", NULL);
    g_assert_cmpstr (interval, ==, "3y");
  }
}

int
main (int argc, char **argv)
{
  g_auto (GStrv) names = NULL;

  g_test_init (&argc, &argv, NULL);
  ethos_data_init ();

  codes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) ethos_code_doc_free);
  names = g_resources_enumerate_children ("/org/ethosapp/Ethos/data/codes", 0, NULL);
  for (guint i = 0; names != NULL && names[i] != NULL; i++)
    {
      g_autofree char *path = g_strconcat ("/org/ethosapp/Ethos/data/codes/", names[i], NULL);
      g_autoptr (GBytes) bytes = g_resources_lookup_data (path, 0, NULL);
      EthosCodeDoc *doc = ethos_code_parse (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), NULL);

      g_assert_nonnull (doc);
      g_hash_table_insert (codes, g_strdup (doc->id), doc);
    }
  g_assert_cmpuint (g_hash_table_size (codes), ==, 6);

  g_test_add_func ("/data-maps/themes", test_themes);
  g_test_add_func ("/data-maps/duties", test_duties);

  return g_test_run ();
}
