/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-archive"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include "ethos-archive-gsf.h"
#include <json-glib/json-glib.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "ethos-archive-store.h"
#include "ethos-archive.h"
#include "ethos-key-file.h"

/* Writes the whole diary as one zip, through libgsf's zip writer: the JSON first, then each
 * evidence file as the database holds it. An encrypted diary's files come out decrypted: the
 * archive is the plain copy the practitioner asked for. Written beside, owner-only, and renamed
 * over @path only once complete and on disk. */

typedef struct
{
  JsonBuilder *builder;
  GArray      *evidence; /* gint64 ids with content */
  GPtrArray   *members;  /* their names in the zip */
  guint        rows;
} Writing;

/* "evidence/ID/NAME": the name as kept, made safe as one part of a path. */
char *
ethos_archive_member_name (gint64 id, const char *file_name)
{
  g_autoptr (GString) name = g_string_new (NULL);

  for (const char *p = file_name; p != NULL && *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == '/' || c == '\\' || c < 0x20 || c == 0x7f)
        g_string_append_c (name, '_');
      else
        g_string_append_unichar (name, c);
    }
  if (name->len == 0 || g_str_equal (name->str, ".") || g_str_equal (name->str, ".."))
    g_string_assign (name, "file");
  return g_strdup_printf ("evidence/%" G_GINT64_FORMAT "/%s", id, name->str);
}

static void
add_value (JsonBuilder *builder, GVariant *value)
{
  if (value == NULL)
    json_builder_add_null_value (builder);
  else if (g_variant_is_of_type (value, G_VARIANT_TYPE_INT64))
    json_builder_add_int_value (builder, g_variant_get_int64 (value));
  else if (g_variant_is_of_type (value, G_VARIANT_TYPE_DOUBLE))
    json_builder_add_double_value (builder, g_variant_get_double (value));
  else
    json_builder_add_string_value (builder, g_variant_get_string (value, NULL));
}

static gboolean
add_row (const char *table, GVariant *row, gpointer user_data, GError **error)
{
  Writing *writing = user_data;
  GVariantIter iter;
  const char *column;
  GVariant *value;
  gint64 id = 0;
  const char *file_name = NULL;
  gboolean has_content = FALSE;

  json_builder_begin_object (writing->builder);
  g_variant_iter_init (&iter, row);
  while (g_variant_iter_loop (&iter, "{&smv}", &column, &value))
    {
      json_builder_set_member_name (writing->builder, column);
      add_value (writing->builder, value);
      if (value == NULL)
        continue;
      if (g_str_equal (column, "id") && g_variant_is_of_type (value, G_VARIANT_TYPE_INT64))
        id = g_variant_get_int64 (value);
      else if (g_str_equal (column, "file_name"))
        file_name = g_variant_get_string (value, NULL);
      else if (g_str_equal (column, "size"))
        has_content = TRUE;
    }
  if (g_str_equal (table, "evidence"))
    {
      /* The file's place in the zip; null for a file Ethos never took in. */
      json_builder_set_member_name (writing->builder, "file");
      if (has_content)
        {
          char *member = ethos_archive_member_name (id, file_name);

          json_builder_add_string_value (writing->builder, member);
          g_array_append_val (writing->evidence, id);
          g_ptr_array_add (writing->members, member);
        }
      else
        json_builder_add_null_value (writing->builder);
    }
  json_builder_end_object (writing->builder);
  writing->rows++;
  return TRUE;
}

static JsonNode *
build_json (EthosStore *store, GDateTime *now, Writing *writing, EthosArchiveCounts *counts,
            GError **error)
{
  const char * const *tables;
  guint n_tables;
  g_autofree char *exported = g_date_time_format_iso8601 (now);

  json_builder_begin_object (writing->builder);
  json_builder_set_member_name (writing->builder, "format");
  json_builder_add_string_value (writing->builder, ETHOS_ARCHIVE_FORMAT);
  json_builder_set_member_name (writing->builder, "version");
  json_builder_add_int_value (writing->builder, ETHOS_ARCHIVE_VERSION);
  json_builder_set_member_name (writing->builder, "schema");
  json_builder_add_int_value (writing->builder, ethos_store_get_schema_version (store));
  json_builder_set_member_name (writing->builder, "application");
  json_builder_add_string_value (writing->builder, "Ethos " PACKAGE_VERSION);
  json_builder_set_member_name (writing->builder, "exported");
  json_builder_add_string_value (writing->builder, exported);
  json_builder_set_member_name (writing->builder, "tables");
  json_builder_begin_object (writing->builder);
  tables = ethos_archive_tables (&n_tables);
  for (guint i = 0; i < n_tables; i++)
    {
      json_builder_set_member_name (writing->builder, tables[i]);
      json_builder_begin_array (writing->builder);
      writing->rows = 0;
      if (!ethos_store_archive_read (store, tables[i], add_row, writing, error))
        return NULL;
      json_builder_end_array (writing->builder);
      if (g_str_equal (tables[i], "entries"))
        counts->entries = writing->rows;
      else if (g_str_equal (tables[i], "reminders"))
        counts->reminders = writing->rows;
    }
  json_builder_end_object (writing->builder);
  json_builder_end_object (writing->builder);
  counts->files = writing->evidence->len;
  return json_builder_get_root (writing->builder);
}

static gboolean
write_block (const guint8 *data, gsize length, gpointer user_data, GError **error)
{
  GsfOutput *child = user_data;

  if (!gsf_output_write (child, length, data))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "%s",
                   gsf_output_error (child) != NULL ? gsf_output_error (child)->message
                                                    : _("Could not write the archive"));
      return FALSE;
    }
  return TRUE;
}

static GsfOutput *
new_member (GsfOutfile *zip, const char *name)
{
  return gsf_outfile_new_child_full (zip, name, FALSE, "compression-level", GSF_ZIP_DEFLATED,
                                     NULL);
}

/* The zip, into @sink: the JSON, then each evidence file. */
static gboolean
write_zip (EthosStore *store, GsfOutput *sink, const char *json, Writing *writing, GError **error)
{
  g_autoptr (GsfOutfile) zip = gsf_outfile_zip_new (sink, error);
  gboolean ok;

  if (zip == NULL)
    return FALSE;
  {
    g_autoptr (GsfOutput) child = new_member (zip, ETHOS_ARCHIVE_JSON);

    ok = write_block ((const guint8 *) json, strlen (json), child, error);
    gsf_output_close (child);
  }
  /* libgsf makes a folder of children: "evidence", then "ID", then the file. */
  if (ok && writing->evidence->len > 0)
    {
      g_autoptr (GsfOutput) folder = gsf_outfile_new_child (zip, "evidence", TRUE);

      for (guint i = 0; ok && i < writing->evidence->len; i++)
        {
          g_auto (GStrv) parts = g_strsplit (g_ptr_array_index (writing->members, i), "/", 3);
          g_autoptr (GsfOutput) sub = gsf_outfile_new_child (GSF_OUTFILE (folder), parts[1], TRUE);
          g_autoptr (GsfOutput) child = new_member (GSF_OUTFILE (sub), parts[2]);

          ok = ethos_store_archive_read_evidence (store,
                                                  g_array_index (writing->evidence, gint64, i),
                                                  write_block, child, error);
          gsf_output_close (child);
          gsf_output_close (sub);
        }
      gsf_output_close (folder);
    }
  if (!gsf_output_close (GSF_OUTPUT (zip)) && ok)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("Could not write the archive"));
      ok = FALSE;
    }
  return ok;
}

gboolean
ethos_archive_write (EthosStore         *store,
                     const char         *path,
                     GDateTime          *now,
                     EthosArchiveCounts *counts,
                     GError            **error)
{
  g_autoptr (JsonBuilder) builder = json_builder_new ();
  g_autoptr (GArray) evidence = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr (GPtrArray) members = g_ptr_array_new_with_free_func (g_free);
  Writing writing = { builder, evidence, members, 0 };
  EthosArchiveCounts counted = { 0 };
  g_autoptr (JsonNode) root = NULL;
  g_autoptr (JsonGenerator) generator = json_generator_new ();
  g_autofree char *json = NULL;
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *base = g_path_get_basename (path);
  g_autofree char *temp = NULL;
  g_autoptr (GsfOutput) sink = NULL;
  FILE *file;
  gboolean ok;
  int fd;

  root = build_json (store, now, &writing, &counted, error);
  if (root == NULL)
    return FALSE;
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  json = json_generator_to_data (generator, NULL);

  temp = g_strdup_printf ("%s/.%s.XXXXXX", dir, base);
  fd = g_mkstemp_full (temp, O_RDWR | O_CLOEXEC, 0600);
  if (fd < 0)
    {
      int saved = errno;

      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved),
                   _("Could not write “%s”: %s"), path, g_strerror (saved));
      return FALSE;
    }
  file = fdopen (fd, "wb");
  if (file == NULL)
    {
      int saved = errno;

      close (fd);
      g_unlink (temp);
      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved),
                   _("Could not write “%s”: %s"), path, g_strerror (saved));
      return FALSE;
    }
  sink = gsf_output_stdio_new_FILE (temp, file, TRUE);
  ok = write_zip (store, sink, json, &writing, error);
  gsf_output_close (sink);
  if (ok && (fflush (file) != 0 || fsync (fd) != 0))
    {
      int saved = errno;

      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved),
                   _("Could not write “%s”: %s"), path, g_strerror (saved));
      ok = FALSE;
    }
  fclose (file);
  if (ok && g_rename (temp, path) != 0)
    {
      int saved = errno;

      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved),
                   _("Could not write “%s”: %s"), path, g_strerror (saved));
      ok = FALSE;
    }
  if (!ok)
    {
      g_unlink (temp);
      return FALSE;
    }
  if (counts != NULL)
    *counts = counted;
  return ethos_sync_path (dir, TRUE, error);
}
