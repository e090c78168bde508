/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-draft"

#include "config.h"

#include <glib/gi18n.h>

#include "ethos-draft.h"

/* A draft's fields are kept as the text of a GVariant dictionary of strings ("{'title': 'Ethics
 * day', 'hours': '1:75'}"): any text at all survives the round trip, and a field an older or
 * newer Ethos does not know is carried along untouched. */

G_DEFINE_FINAL_TYPE (EthosDraft, ethos_draft, G_TYPE_OBJECT)

static void
ethos_draft_finalize (GObject *object)
{
  EthosDraft *self = ETHOS_DRAFT (object);

  g_clear_pointer (&self->fields, g_hash_table_unref);
  g_clear_pointer (&self->problem, g_free);
  g_clear_pointer (&self->updated, g_free);
  G_OBJECT_CLASS (ethos_draft_parent_class)->finalize (object);
}

static void
ethos_draft_class_init (EthosDraftClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = ethos_draft_finalize;
}

static void
ethos_draft_init (EthosDraft *self)
{
  self->fields = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
}

EthosDraft *
ethos_draft_new (EthosEntryKind kind, gint64 entry_id)
{
  EthosDraft *self = g_object_new (ETHOS_TYPE_DRAFT, NULL);

  self->kind = kind;
  self->entry_id = entry_id;
  return self;
}

/* The text typed into @field, "" when nothing was. */
const char *
ethos_draft_get (EthosDraft *self, const char *field)
{
  const char *text;

  g_return_val_if_fail (ETHOS_IS_DRAFT (self), "");

  text = g_hash_table_lookup (self->fields, field);
  return text != NULL ? text : "";
}

void
ethos_draft_set (EthosDraft *self, const char *field, const char *text)
{
  g_return_if_fail (ETHOS_IS_DRAFT (self));

  g_hash_table_insert (self->fields, g_strdup (field), g_strdup (text != NULL ? text : ""));
}

char *
ethos_draft_fields_to_text (EthosDraft *self)
{
  g_autoptr (GVariantBuilder) builder = g_variant_builder_new (G_VARIANT_TYPE ("a{ss}"));
  g_autoptr (GList) keys = NULL;
  g_autoptr (GVariant) fields = NULL;

  g_return_val_if_fail (ETHOS_IS_DRAFT (self), NULL);

  /* In order, so that the same fields are always the same text. */
  keys = g_list_sort (g_hash_table_get_keys (self->fields), (GCompareFunc) g_strcmp0);
  for (GList *l = keys; l != NULL; l = l->next)
    g_variant_builder_add (builder, "{ss}", l->data, g_hash_table_lookup (self->fields, l->data));
  fields = g_variant_ref_sink (g_variant_builder_end (builder));
  return g_variant_print (fields, FALSE);
}

/* Reads @text written by ethos_draft_fields_to_text(); FALSE, changing nothing, for anything
 * else. */
gboolean
ethos_draft_fields_from_text (EthosDraft *self, const char *text)
{
  g_autoptr (GVariant) fields = NULL;
  GVariantIter iter;
  const char *key, *value;

  g_return_val_if_fail (ETHOS_IS_DRAFT (self), FALSE);

  fields = g_variant_parse (G_VARIANT_TYPE ("a{ss}"), text, NULL, NULL, NULL);
  if (fields == NULL)
    return FALSE;
  g_variant_iter_init (&iter, fields);
  while (g_variant_iter_next (&iter, "{&s&s}", &key, &value))
    ethos_draft_set (self, key, value);
  return TRUE;
}

/* Whether nothing at all was typed (whitespace aside): such a draft is not worth keeping. */
gboolean
ethos_draft_is_empty (EthosDraft *self)
{
  GHashTableIter iter;
  gpointer value;

  g_return_val_if_fail (ETHOS_IS_DRAFT (self), TRUE);

  g_hash_table_iter_init (&iter, self->fields);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      g_autofree char *text = g_strstrip (g_strdup (value));

      if (text[0] != '\0')
        return FALSE;
    }
  return TRUE;
}

/* What the draft is, for a list: "Ethics day", or "Supervision with Dr Ann Example", or the
 * kind alone when neither was typed. */
char *
ethos_draft_describe (EthosDraft *self)
{
  g_autofree char *title = NULL;
  g_autofree char *supervisor = NULL;

  g_return_val_if_fail (ETHOS_IS_DRAFT (self), NULL);

  title = g_strstrip (g_strdup (ethos_draft_get (self, "title")));
  supervisor = g_strstrip (g_strdup (ethos_draft_get (self, "supervisor")));
  if (self->kind == ETHOS_ENTRY_CPD)
    return title[0] != '\0' ? g_strdup (title) : g_strdup (_("A CPD activity"));
  return supervisor[0] != '\0' ? g_strdup_printf (_("Supervision with %s"), supervisor)
                               : g_strdup (_("A supervision session"));
}
