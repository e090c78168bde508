/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-search-results"

#include "config.h"

#include <glib/gi18n.h>

#include "ethos-search-hit.h"
#include "ethos-search-results.h"

struct _EthosSearchResults
{
  GObject    parent_instance;

  GPtrArray *hits;
  guint      n_matches;
  guint      n_codes;
  char      *correction;
};

G_DEFINE_FINAL_TYPE (EthosSearchResults, ethos_search_results, G_TYPE_OBJECT)

static void
ethos_search_results_finalize (GObject *object)
{
  EthosSearchResults *self = ETHOS_SEARCH_RESULTS (object);

  g_ptr_array_unref (self->hits);
  g_free (self->correction);

  G_OBJECT_CLASS (ethos_search_results_parent_class)->finalize (object);
}

static void
ethos_search_results_class_init (EthosSearchResultsClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = ethos_search_results_finalize;
}

static void
ethos_search_results_init (EthosSearchResults *self)
{
}

/* Takes a reference on @hits. @correction: the sentence of ethos_search_plan_describe_correction(),
 * or NULL. */
EthosSearchResults *
ethos_search_results_new (GPtrArray *hits, guint n_matches, guint n_codes, const char *correction)
{
  EthosSearchResults *self = g_object_new (ETHOS_TYPE_SEARCH_RESULTS, NULL);

  self->hits = g_ptr_array_ref (hits);
  self->n_matches = n_matches;
  self->n_codes = n_codes;
  self->correction = g_strdup (correction);
  return self;
}

GPtrArray *
ethos_search_results_get_hits (EthosSearchResults *self)
{
  g_return_val_if_fail (ETHOS_IS_SEARCH_RESULTS (self), NULL);

  return self->hits;
}

guint
ethos_search_results_get_n_matches (EthosSearchResults *self)
{
  g_return_val_if_fail (ETHOS_IS_SEARCH_RESULTS (self), 0);

  return self->n_matches;
}

guint
ethos_search_results_get_n_codes (EthosSearchResults *self)
{
  g_return_val_if_fail (ETHOS_IS_SEARCH_RESULTS (self), 0);

  return self->n_codes;
}

const char *
ethos_search_results_get_correction (EthosSearchResults *self)
{
  g_return_val_if_fail (ETHOS_IS_SEARCH_RESULTS (self), NULL);

  return self->correction;
}

/* "12 clauses in 4 codes", "1 clause", "No clause matches". */
char *
ethos_search_results_describe (EthosSearchResults *self)
{
  g_autofree char *clauses = NULL;
  g_autofree char *codes = NULL;

  g_return_val_if_fail (ETHOS_IS_SEARCH_RESULTS (self), NULL);

  if (self->n_matches == 0)
    return g_strdup (_("No clause matches"));
  clauses = g_strdup_printf (ngettext ("%u clause", "%u clauses", self->n_matches),
                             self->n_matches);
  if (self->n_codes <= 1)
    return g_steal_pointer (&clauses);
  codes = g_strdup_printf (ngettext ("%u code", "%u codes", self->n_codes), self->n_codes);
  /* Translators: a count of search results: "12 clauses" "in" "4 codes". */
  return g_strdup_printf (C_("search count", "%s in %s"), clauses, codes);
}

/* @hits (best first) with each code's together, the codes in the order of their best hit, the
 * first of each marked (starts_group). A new array holding references. */
GPtrArray *
ethos_search_results_group_by_code (GPtrArray *hits)
{
  GPtrArray *grouped = g_ptr_array_new_full (hits->len, g_object_unref);
  g_autoptr (GPtrArray) codes = g_ptr_array_new ();

  for (guint i = 0; i < hits->len; i++)
    {
      EthosSearchHit *hit = g_ptr_array_index (hits, i);
      gboolean seen = FALSE;

      for (guint c = 0; c < codes->len && !seen; c++)
        seen = g_str_equal (g_ptr_array_index (codes, c), hit->code_id);
      if (!seen)
        g_ptr_array_add (codes, hit->code_id);
    }
  for (guint c = 0; c < codes->len; c++)
    for (guint i = 0; i < hits->len; i++)
      {
        EthosSearchHit *hit = g_ptr_array_index (hits, i);

        if (g_str_equal (g_ptr_array_index (codes, c), hit->code_id))
          {
            hit->starts_group = grouped->len == 0
                                || !g_str_equal (((EthosSearchHit *) g_ptr_array_index (
                                                   grouped, grouped->len - 1))->code_id,
                                                 hit->code_id);
            g_ptr_array_add (grouped, g_object_ref (hit));
          }
      }
  return grouped;
}
