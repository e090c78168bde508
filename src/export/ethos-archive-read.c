/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-archive"

#include "config.h"

#include <glib/gi18n.h>
#include "ethos-archive-gsf.h"
#include <json-glib/json-glib.h>
#include <string.h>

#include "ethos-archive-store.h"
#include "ethos-archive.h"
#include "ethos-date.h"
#include "ethos-limits.h"

/* Reads an archive (ethos-archive-write.c) back, through libgsf's zip reader, and hands its
 * rows to the store, which puts them into an empty diary in one transaction. Everything is
 * checked first: that it is a zip and an Ethos archive of a version this Ethos reads, that no
 * name in it leaves it ("../"), that every evidence file the JSON names is there at its size,
 * and each value's type; nothing is written when any of it is wrong. */

struct _EthosArchive
{
  GsfInput   *input;
  GsfInfile  *zip;
  GHashTable *members; /* path in the zip -> GsfInput */
  GHashTable *files;   /* evidence id (gint64 *) -> GsfInput */
  GHashTable *tables;  /* table name -> GPtrArray of rows (a{smv}) */
  int         schema;
};
typedef struct _EthosArchive Reading;

void
ethos_archive_free (EthosArchive *self)
{
  if (self == NULL)
    return;
  g_clear_pointer (&self->tables, g_hash_table_unref);
  g_clear_pointer (&self->files, g_hash_table_unref);
  g_clear_pointer (&self->members, g_hash_table_unref);
  g_clear_object (&self->zip);
  g_clear_object (&self->input);
  g_free (self);
}

static guint
n_rows (EthosArchive *self, const char *table)
{
  GPtrArray *rows = g_hash_table_lookup (self->tables, table);

  return rows != NULL ? rows->len : 0;
}

void
ethos_archive_get_counts (EthosArchive *self, EthosArchiveCounts *counts)
{
  counts->entries = n_rows (self, "entries");
  counts->reminders = n_rows (self, "reminders");
  counts->files = g_hash_table_size (self->files);
}

static gboolean
refuse (GError **error, const char *message)
{
  g_set_error_literal (error, ETHOS_INPUT_ERROR, ETHOS_INPUT_ERROR_TEXT, message);
  return FALSE;
}

/* Every file in @dir, by its path, refusing a name that would leave the archive. */
static gboolean
list_members (GsfInfile *dir, const char *prefix, GHashTable *members, guint depth,
              GError **error)
{
  int n = gsf_infile_num_children (dir);

  if (depth > 8)
    return refuse (error, _("The archive is not an Ethos archive: its folders are too deep"));
  for (int i = 0; i < n; i++)
    {
      const char *name = gsf_infile_name_by_index (dir, i);
      g_autoptr (GsfInput) child = NULL;
      g_autofree char *path = NULL;

      if (name == NULL || name[0] == '\0' || g_str_equal (name, ".") || g_str_equal (name, "..")
          || strchr (name, '\\') != NULL || strchr (name, '/') != NULL)
        return refuse (error, _("The archive names a file outside itself (“../”): it is not "
                                "one Ethos wrote, and nothing was imported"));
      path = prefix != NULL ? g_strdup_printf ("%s/%s", prefix, name) : g_strdup (name);
      child = gsf_infile_child_by_index (dir, i);
      if (child == NULL)
        return refuse (error, _("The archive cannot be read: it is damaged"));
      if (GSF_IS_INFILE (child) && gsf_infile_num_children (GSF_INFILE (child)) >= 0)
        {
          if (!list_members (GSF_INFILE (child), path, members, depth + 1, error))
            return FALSE;
        }
      else
        g_hash_table_insert (members, g_steal_pointer (&path), g_steal_pointer (&child));
    }
  return TRUE;
}

static JsonNode *
read_json (GsfInput *input, GError **error)
{
  g_autoptr (JsonParser) parser = json_parser_new ();
  g_autoptr (GByteArray) bytes = g_byte_array_new ();
  gsf_off_t size = gsf_input_size (input);

  if (size < 0 || size > ETHOS_DATABASE_BYTES_MAX)
    {
      refuse (error, _("The archive’s ethos-export.json is larger than Ethos reads"));
      return NULL;
    }
  g_byte_array_set_size (bytes, (guint) size);
  if (size > 0 && gsf_input_read (input, (size_t) size, bytes->data) == NULL)
    {
      refuse (error, _("The archive cannot be read: it is damaged"));
      return NULL;
    }
  if (!json_parser_load_from_data (parser, (const char *) bytes->data, (gssize) bytes->len, NULL))
    {
      refuse (error, _("The archive’s ethos-export.json is not JSON: it is damaged"));
      return NULL;
    }
  return json_node_copy (json_parser_get_root (parser));
}

/* One JSON value as a row's value: NULL for null, else an int64, double or string; FALSE for
 * anything else. */
static gboolean
json_value (JsonNode *node, GVariant **value)
{
  *value = NULL;
  if (JSON_NODE_HOLDS_NULL (node))
    return TRUE;
  if (!JSON_NODE_HOLDS_VALUE (node))
    return FALSE;
  switch (json_node_get_value_type (node))
    {
    case G_TYPE_INT64:
      *value = g_variant_new_int64 (json_node_get_int (node));
      return TRUE;
    case G_TYPE_DOUBLE:
      *value = g_variant_new_double (json_node_get_double (node));
      return TRUE;
    case G_TYPE_STRING:
      *value = g_variant_new_string (json_node_get_string (node));
      return TRUE;
    default:
      return FALSE;
    }
}

static gint64
row_int (JsonObject *object, const char *member, gboolean *present)
{
  JsonNode *node = json_object_get_member (object, member);

  *present = node != NULL && JSON_NODE_HOLDS_VALUE (node)
             && json_node_get_value_type (node) == G_TYPE_INT64;
  return *present ? json_node_get_int (node) : 0;
}

/* An evidence row's "file": in the zip, at the row's size; kept for the store to read. */
static gboolean
take_file (Reading *reading, JsonObject *object, guint r, GError **error)
{
  JsonNode *node = json_object_get_member (object, "file");
  gboolean has_id, has_size;
  gint64 id = row_int (object, "id", &has_id);
  gint64 size = row_int (object, "size", &has_size);
  g_autofree char *message = NULL;
  GsfInput *input;

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    {
      if (has_size)
        message = g_strdup_printf (_("The archive’s evidence row %u has a size but no file"), r + 1);
      return message == NULL || refuse (error, message);
    }
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING
      || !has_id || !has_size)
    message = g_strdup_printf (_("The archive’s evidence row %u names its file wrongly"), r + 1);
  else if ((input = g_hash_table_lookup (reading->members, json_node_get_string (node))) == NULL)
    message = g_strdup_printf (_("The archive’s evidence row %u names a file it does not hold"),
                               r + 1);
  else if (gsf_input_size (input) != size)
    message = g_strdup_printf (_("The archive’s evidence row %u has a file of another size"),
                               r + 1);
  else if (g_hash_table_contains (reading->files, &id))
    message = g_strdup_printf (_("The archive’s evidence row %u repeats an id"), r + 1);
  else
    {
      g_hash_table_insert (reading->files, g_memdup2 (&id, sizeof id), g_object_ref (input));
      return TRUE;
    }
  return refuse (error, message);
}

static GPtrArray *
read_rows (Reading *reading, const char *table, JsonNode *node, GError **error)
{
  g_autoptr (GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_variant_unref);
  gboolean evidence = g_str_equal (table, "evidence");
  JsonArray *array;
  g_autofree char *message = NULL;

  if (!JSON_NODE_HOLDS_ARRAY (node))
    {
      message = g_strdup_printf (_("The archive’s “%s” is not a list"), table);
      refuse (error, message);
      return NULL;
    }
  array = json_node_get_array (node);
  for (guint r = 0; r < json_array_get_length (array); r++)
    {
      JsonNode *element = json_array_get_element (array, r);
      g_autoptr (GList) names = NULL;
      GVariantBuilder row;
      JsonObject *object;

      if (!JSON_NODE_HOLDS_OBJECT (element))
        {
          message = g_strdup_printf (_("The archive’s “%s” row %u is not a record"), table, r + 1);
          refuse (error, message);
          return NULL;
        }
      object = json_node_get_object (element);
      if (evidence && !take_file (reading, object, r, error))
        return NULL;
      g_variant_builder_init (&row, G_VARIANT_TYPE ("a{smv}"));
      names = json_object_get_members (object);
      for (GList *l = names; l != NULL; l = l->next)
        {
          GVariant *value;

          if (evidence && g_str_equal (l->data, "file"))
            continue;
          if (!json_value (json_object_get_member (object, l->data), &value))
            {
              g_variant_builder_clear (&row);
              message = g_strdup_printf (_("The archive’s “%s” row %u: its “%s” is neither text, "
                                           "a number nor null"),
                                         table, r + 1, (const char *) l->data);
              refuse (error, message);
              return NULL;
            }
          g_variant_builder_add (&row, "{smv}", l->data, value);
        }
      g_ptr_array_add (rows, g_variant_ref_sink (g_variant_builder_end (&row)));
    }
  return g_steal_pointer (&rows);
}

static gboolean
fill (gint64 id, guint8 *buffer, gsize length, gpointer user_data, GError **error)
{
  Reading *reading = user_data;
  GsfInput *input = g_hash_table_lookup (reading->files, &id);

  if (input == NULL || gsf_input_read (input, length, buffer) == NULL)
    return refuse (error, _("The archive cannot be read: an evidence file in it is damaged"));
  return TRUE;
}

static gboolean
read_root (Reading *reading, JsonNode *root, GError **error)
{
  g_autoptr (GList) names = NULL;
  JsonObject *object;
  JsonNode *tables_node;
  const char *format;
  gint64 version, schema;

  object = JSON_NODE_HOLDS_OBJECT (root) ? json_node_get_object (root) : NULL;
  format = object != NULL ? json_object_get_string_member_with_default (object, "format", NULL)
                          : NULL;
  if (format == NULL || !g_str_equal (format, ETHOS_ARCHIVE_FORMAT))
    return refuse (error, _("The file is not an Ethos archive"));
  version = json_object_get_int_member_with_default (object, "version", 0);
  schema = json_object_get_int_member_with_default (object, "schema", 0);
  if (version > ETHOS_ARCHIVE_VERSION)
    return refuse (error, _("The archive was made by a newer version of Ethos: update Ethos to "
                            "import it"));
  if (version < 1 || schema < 1 || schema > G_MAXINT)
    return refuse (error, _("The archive does not say which version of Ethos made it"));
  reading->schema = (int) schema;
  tables_node = json_object_get_member (object, "tables");
  if (tables_node == NULL || !JSON_NODE_HOLDS_OBJECT (tables_node))
    return refuse (error, _("The archive holds no tables"));

  names = json_object_get_members (json_node_get_object (tables_node));
  for (GList *l = names; l != NULL; l = l->next)
    {
      GPtrArray *rows;

      if (!ethos_archive_is_table (l->data))
        {
          g_autofree char *message =
            g_strdup_printf (_("The archive holds “%s”, which Ethos does not know"),
                             (const char *) l->data);
          return refuse (error, message);
        }
      rows = read_rows (reading, l->data,
                        json_object_get_member (json_node_get_object (tables_node), l->data),
                        error);
      if (rows == NULL)
        return FALSE;
      g_hash_table_insert (reading->tables, g_strdup (l->data), rows);
    }
  return TRUE;
}

/* Reads and checks the archive at @path, before any diary is opened: NULL with @error when it
 * is not one this Ethos can import. */
EthosArchive *
ethos_archive_read (const char *path, GError **error)
{
  g_autoptr (EthosArchive) self = g_new0 (EthosArchive, 1);
  g_autoptr (JsonNode) root = NULL;
  g_autoptr (GError) local = NULL;
  GsfInput *json;

  self->members = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  self->files = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_object_unref);
  self->tables = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                        (GDestroyNotify) g_ptr_array_unref);
  self->input = gsf_input_stdio_new (path, &local);
  if (self->input == NULL)
    {
      g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_NOENT, _("Could not read “%s”: %s"), path,
                   local->message);
      return NULL;
    }
  self->zip = gsf_infile_zip_new (self->input, NULL);
  if (self->zip == NULL)
    {
      refuse (error, _("The file is not an Ethos archive (it is not a zip file)"));
      return NULL;
    }
  if (!list_members (self->zip, NULL, self->members, 0, error))
    return NULL;
  json = g_hash_table_lookup (self->members, ETHOS_ARCHIVE_JSON);
  if (json == NULL)
    {
      refuse (error, _("The file is not an Ethos archive (it has no ethos-export.json)"));
      return NULL;
    }
  root = read_json (json, error);
  if (root == NULL || !read_root (self, root, error))
    return NULL;
  return g_steal_pointer (&self);
}

/* Puts @self into @store, which must hold nothing of the practitioner's yet: one transaction. */
gboolean
ethos_archive_import (EthosArchive *self, EthosStore *store, GError **error)
{
  return ethos_store_archive_write (store, self->schema, self->tables, fill, self, error);
}
