/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-table-reader"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "ethos-table-reader.h"
#include "ethos-table-readers-private.h"

/* A file of records read as a table, by what its name says it is; a file that is not what its
 * name says is refused as such, never guessed at. */

typedef enum
{
  KIND_NONE,
  KIND_CSV,
  KIND_ODS,
  KIND_XLSX,
  KIND_DOCX,
} Kind;

static Kind
kind_of (const char *path)
{
  g_autofree char *lower = g_ascii_strdown (path, -1);

  if (g_str_has_suffix (lower, ".csv") || g_str_has_suffix (lower, ".tsv")
      || g_str_has_suffix (lower, ".txt"))
    return KIND_CSV;
  if (g_str_has_suffix (lower, ".ods"))
    return KIND_ODS;
  if (g_str_has_suffix (lower, ".xlsx") || g_str_has_suffix (lower, ".xlsm"))
    return KIND_XLSX;
  if (g_str_has_suffix (lower, ".docx"))
    return KIND_DOCX;
  return KIND_NONE;
}

/* Whether Ethos reads records from a file of this name (CSV, ODS, XLSX, DOCX). */
gboolean
ethos_table_file_is_readable (const char *path)
{
  return kind_of (path) != KIND_NONE;
}

static GsfInfile *
open_zip (const char *path, const char *name, const char *what, GError **error)
{
  g_autoptr (GError) local = NULL;
  g_autoptr (GsfInput) input = gsf_input_stdio_new (path, &local);
  GsfInfile *zip;

  if (input == NULL)
    {
      g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_NOENT, _("Could not open “%s”: %s"), name,
                   local->message);
      return NULL;
    }
  zip = gsf_infile_zip_new (input, NULL);
  if (zip == NULL)
    ethos_table_not_a (error, name, what);
  return zip;
}

/* Reads the table of records in the file at @path: a CSV file, the first sheet of an ODS or
 * XLSX workbook, or the first table of a DOCX document with a header Ethos knows. */
EthosTable *
ethos_table_read_file (const char *path, GError **error)
{
  g_autofree char *name = g_path_get_basename (path);
  g_autoptr (GsfInfile) zip = NULL;
  Kind kind = kind_of (path);
  const char *what;

  if (!g_file_test (path, G_FILE_TEST_EXISTS))
    {
      g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_NOENT, _("There is no file “%s”"), path);
      return NULL;
    }
  switch (kind)
    {
    case KIND_CSV:
      return ethos_table_read_csv (path, name, error);
    case KIND_ODS:
      what = _("an OpenDocument spreadsheet (.ods)");
      break;
    case KIND_XLSX:
      what = _("an Excel workbook (.xlsx)");
      break;
    case KIND_DOCX:
      what = _("a Word document (.docx)");
      break;
    case KIND_NONE:
    default:
      g_set_error (error, ETHOS_TABLE_ERROR, ETHOS_TABLE_ERROR_NOT_A_TABLE,
                   _("Ethos reads records from CSV, ODS, XLSX and DOCX files, not “%s”"), name);
      return NULL;
    }
  zip = open_zip (path, name, what, error);
  if (zip == NULL)
    return NULL;
  switch (kind)
    {
    case KIND_ODS:
      return ethos_table_read_ods (zip, name, error);
    case KIND_XLSX:
      return ethos_table_read_xlsx (zip, name, error);
    default:
      return ethos_table_read_docx (zip, name, error);
    }
}
