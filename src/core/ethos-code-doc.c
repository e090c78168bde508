/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-code-doc"

#include "config.h"

#include "ethos-utils.h"
#include "ethos-code-doc.h"

EthosCodeDoc *
ethos_code_doc_new (void)
{
  EthosCodeDoc *doc = g_new0 (EthosCodeDoc, 1);

  doc->clauses = g_ptr_array_new_with_free_func (g_object_unref);
  return doc;
}

void
ethos_code_doc_free (EthosCodeDoc *doc)
{
  if (doc == NULL)
    return;
  g_free (doc->id);
  g_free (doc->title);
  g_free (doc->publisher);
  g_free (doc->date);
  g_free (doc->source);
  g_free (doc->citation);
  g_clear_pointer (&doc->clauses, g_ptr_array_unref);
  g_free (doc);
}

EthosClause *
ethos_code_doc_find (EthosCodeDoc *doc, const char *ref)
{
  g_return_val_if_fail (doc != NULL, NULL);
  g_return_val_if_fail (ref != NULL, NULL);

  for (guint i = 0; i < doc->clauses->len; i++)
    {
      EthosClause *clause = g_ptr_array_index (doc->clauses, i);

      if (g_strcmp0 (clause->ref, ref) == 0)
        return clause;
    }
  return NULL;
}

/* All the text of the code in order, one block per line: what a reader would see. */
char *
ethos_code_doc_to_plain_text (EthosCodeDoc *doc)
{
  GString *out = g_string_new (NULL);

  g_return_val_if_fail (doc != NULL, NULL);

  for (guint i = 0; i < doc->clauses->len; i++)
    {
      EthosClause *clause = g_ptr_array_index (doc->clauses, i);

      if (clause->title != NULL)
        g_string_append_printf (out, "%s\n", clause->title);
      if (clause->text != NULL && clause->text[0] != '\0')
        g_string_append_printf (out, "%s\n", clause->text);
    }
  return g_string_free (out, FALSE);
}

/* Names the code, and every clause with it: an import decides the id after parsing. */
void
ethos_code_doc_set_id (EthosCodeDoc *doc, const char *id)
{
  g_return_if_fail (doc != NULL);
  g_return_if_fail (id != NULL);

  ethos_set_str (&doc->id, id);
  for (guint i = 0; i < doc->clauses->len; i++)
    {
      EthosClause *clause = g_ptr_array_index (doc->clauses, i);

      ethos_set_str (&clause->code_id, id);
    }
}
