/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-codes-page"

#include "config.h"

#include "ethos-body-codes.h"
#include "ethos-code-store.h"
#include "ethos-codes-page-private.h"
#include "ethos-profile-store.h"

/* Where the Codes page opens: on the clause last read, while it is there; otherwise on a code of
 * one of the practitioner's bodies (ethos_body_codes_first); otherwise on the first code. */

/* The code to show when there is no clause to go back to; NULL when there are no codes. */
char *
ethos_codes_page_opening_code (EthosCodesPage *self)
{
  g_autoptr (GError) error = NULL;
  g_auto (GStrv) body_ids = ethos_store_list_body_ids (self->store, &error);
  g_autoptr (GStrvBuilder) builder = g_strv_builder_new ();
  g_auto (GStrv) code_ids = NULL;
  const char *code_id;
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->codes));

  /* The profile's own page says when it cannot be read; here it only means the first code. */
  if (body_ids == NULL)
    g_debug ("Opening on the first code: %s", error->message);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (EthosCodeInfo) info = g_list_model_get_item (G_LIST_MODEL (self->codes), i);

      g_strv_builder_add (builder, info->id);
    }
  code_ids = g_strv_builder_end (builder);
  code_id = ethos_body_codes_first ((const char *const *) body_ids,
                                    (const char *const *) code_ids);
  if (code_id == NULL)
    code_id = code_ids[0];
  return g_strdup (code_id);
}

/* Whether @ref is a clause of @code_id: one no longer there is passed over without a word. */
static gboolean
has_clause (EthosCodesPage *self, const char *code_id, const char *ref)
{
  g_autoptr (GPtrArray) clauses = NULL;

  if (code_id[0] == '\0' || ethos_codes_page_find_code (self, code_id, NULL) == NULL)
    return FALSE;
  clauses = ethos_store_list_clauses (self->store, code_id, NULL);
  for (guint i = 0; clauses != NULL && i < clauses->len; i++)
    {
      EthosClause *clause = g_ptr_array_index (clauses, i);

      if (!clause->is_section && g_strcmp0 (clause->ref, ref) == 0)
        return TRUE;
    }
  return FALSE;
}

void
ethos_codes_page_open_at_start (EthosCodesPage *self)
{
  g_autofree char *code_id = NULL;
  g_autofree char *ref = NULL;
  g_autofree char *opening = NULL;

  if (self->settings != NULL)
    {
      g_settings_get (self->settings, "last-clause", "(ss)", &code_id, &ref);
      if (has_clause (self, code_id, ref) && ethos_codes_page_browse_code (self, code_id)
          && ethos_codes_page_open_clause (self, code_id, ref))
        return;
    }
  opening = ethos_codes_page_opening_code (self);
  if (opening != NULL)
    ethos_codes_page_browse_code (self, opening);
}

/* Keeps @clause as the one to open on next time. */
void
ethos_codes_page_remember_clause (EthosCodesPage *self, EthosClause *clause)
{
  if (self->settings != NULL)
    g_settings_set (self->settings, "last-clause", "(ss)", clause->code_id, clause->ref);
}
