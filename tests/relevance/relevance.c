/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "relevance"

#include "config.h"

#include <gio/gio.h>
#include <string.h>

#include "ethos-code-store.h"
#include "relevance.h"

/* The file: one query a line, "QUERY<TAB>code:ref code:ref…", "#" lines for comments. Every
 * accepted clause must exist (a file naming one that does not is refused: it would judge
 * nothing). */

static gboolean
accepted (GStrv answers, EthosSearchHit *hit)
{
  g_autofree char *link = g_strdup_printf ("%s:%s", hit->code_id, hit->ref);

  return g_strv_contains ((const char *const *) answers, link);
}

gboolean
relevance_run (EthosStore *store, const char *queries_path, RelevanceReport *report, GError **error)
{
  g_autofree char *text = NULL;
  g_auto (GStrv) lines = NULL;

  memset (report, 0, sizeof *report);
  report->misses = g_string_new (NULL);
  if (!g_file_get_contents (queries_path, &text, NULL, error))
    return FALSE;
  lines = g_strsplit (text, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_auto (GStrv) fields = NULL;
      g_auto (GStrv) answers = NULL;
      g_autoptr (GPtrArray) hits = NULL;
      gboolean found = FALSE;

      if (lines[i][0] == '#' || lines[i][0] == '\0')
        continue;
      fields = g_strsplit (lines[i], "\t", 2);
      if (fields[1] == NULL)
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, "line %u has no tab", i + 1);
          return FALSE;
        }
      answers = g_strsplit_set (g_strstrip (fields[1]), " ", -1);
      for (guint a = 0; answers[a] != NULL; a++)
        {
          g_auto (GStrv) parts = g_strsplit (answers[a], ":", 2);
          g_autoptr (EthosClause) clause = NULL;

          if (parts[1] != NULL)
            clause = ethos_store_get_clause (store, parts[0], parts[1], NULL);
          if (clause == NULL)
            {
              g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                           "line %u accepts %s, which no code has", i + 1, answers[a]);
              return FALSE;
            }
        }

      hits = ethos_store_search_clauses (store, fields[0], NULL, 3, error);
      if (hits == NULL)
        return FALSE;
      report->n_queries++;
      if (hits->len == 0)
        report->n_empty++;
      for (guint h = 0; h < hits->len && !found; h++)
        found = accepted (answers, g_ptr_array_index (hits, h));
      if (found)
        {
          report->n_in_top_3++;
          continue;
        }
      g_string_append_printf (report->misses, "“%s” wants %s; first:", fields[0], fields[1]);
      for (guint h = 0; h < hits->len; h++)
        {
          EthosSearchHit *hit = g_ptr_array_index (hits, h);

          g_string_append_printf (report->misses, " %s:%s", hit->code_id, hit->ref);
        }
      g_string_append_c (report->misses, '\n');
    }
  return TRUE;
}

void
relevance_report_clear (RelevanceReport *report)
{
  if (report->misses != NULL)
    g_string_free (report->misses, TRUE);
  report->misses = NULL;
}
