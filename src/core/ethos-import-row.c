/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-import-row"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <stdlib.h>

#include "ethos-date-input.h"
#include "ethos-date.h"
#include "ethos-duration.h"
#include "ethos-import-private.h"
#include "ethos-limits.h"

/* One row of an imported table read into the entry it will be stored as, with the dates and
 * lengths of time people write (issue 11's parsers) and the typed cells of a spreadsheet, or the
 * reason it cannot be: the first problem met, named by the column's header. */

static const char *
text_of (const EthosImportCells *cells, EthosImportField field)
{
  return cells->cells[field] != NULL ? cells->cells[field]->text : "";
}

static gboolean
has (const EthosImportCells *cells, EthosImportField field)
{
  return text_of (cells, field)[0] != '\0';
}

/* "Header: message", the column named as the person wrote it. */
static char *
about (const EthosImportCells *cells, EthosImportField field, const char *message)
{
  /* Translators: a column's header from the person's own table, then what is wrong in it */
  return g_strdup_printf (_("%s: %s"), cells->headers[field], message);
}

static gboolean
read_date (const EthosImportCells *cells,
           EthosImportField        field,
           const GDate            *today,
           char                  **iso,
           char                  **reason)
{
  const EthosTableCell *cell = cells->cells[field];
  g_autoptr (GError) error = NULL;
  GDate date;

  if (cell->type == ETHOS_CELL_DATE)
    {
      *iso = g_strdup (cell->date);
      return TRUE;
    }
  if (!ethos_date_parse_human (cell->text, today, &date, &error))
    {
      *reason = about (cells, field, error->message);
      return FALSE;
    }
  *iso = g_strdup_printf ("%04u-%02u-%02u", g_date_get_year (&date), g_date_get_month (&date),
                          g_date_get_day (&date));
  return TRUE;
}

/* A bare number, as a whole cell: "90", "1.5". */
static gboolean
bare_number (const char *text, double *value)
{
  char *end = NULL;

  *value = g_ascii_strtod (text, &end);
  return end != text && end != NULL && *end == '\0' && isfinite (*value);
}

/* A length of time from @field's cell: a spreadsheet's time (1:30), a number in the column's
 * unit, or text as people write it. A "Duration" column's bare number is hours up to 12 and
 * minutes above ("1.5", "2" are hours; "45", "90" minutes). */
static gboolean
read_minutes (const EthosImportCells *cells,
              EthosImportField        field,
              int                     max,
              int                    *minutes,
              char                  **reason)
{
  const EthosTableCell *cell = cells->cells[field];
  EthosDurationUnit unit = field == ETHOS_IMPORT_FIELD_MINUTES ? ETHOS_DURATION_MINUTES
                                                               : ETHOS_DURATION_HOURS;
  g_autoptr (GError) error = NULL;
  double number;

  if (cell->type == ETHOS_CELL_TIME)
    {
      *minutes = (int) lround (cell->number);
      return TRUE;
    }
  if (cell->type == ETHOS_CELL_NUMBER)
    number = cell->number;
  else if (!bare_number (cell->text, &number))
    number = NAN;
  if (!isnan (number) && field == ETHOS_IMPORT_FIELD_DURATION)
    unit = number <= 12 ? ETHOS_DURATION_HOURS : ETHOS_DURATION_MINUTES;
  if (!isnan (number) && number > 0 && number < 1e7)
    {
      *minutes = (int) lround (unit == ETHOS_DURATION_HOURS ? number * 60 : number);
      if (*minutes >= 1 && *minutes <= max)
        return TRUE;
    }
  if (!ethos_duration_parse (cell->text, unit, max, minutes, &error))
    {
      *reason = about (cells, field, error->message);
      return FALSE;
    }
  return TRUE;
}

static gboolean
read_count (const EthosImportCells *cells, EthosImportField field, int *count, char **reason)
{
  const EthosTableCell *cell = cells->cells[field];
  double number;

  if ((cell->type == ETHOS_CELL_NUMBER && (number = cell->number, TRUE))
      || bare_number (cell->text, &number))
    if (number >= 1 && number <= ETHOS_GROUP_SIZE_MAX && number == floor (number))
      {
        *count = (int) number;
        return TRUE;
      }
  *reason = about (cells, field, _("not a number of people"));
  return FALSE;
}

/* Text from several columns in one field, a blank line between. */
static void
append (char **field, const char *text)
{
  char *joined;

  if (text[0] == '\0')
    return;
  joined = (*field)[0] == '\0' ? g_strdup (text) : g_strconcat (*field, "\n\n", text, NULL);
  g_free (*field);
  *field = joined;
}

static void
set_text (char **field, const char *text)
{
  g_free (*field);
  *field = g_strdup (text);
}

static gboolean
read_supervision (const EthosImportCells *cells, EthosEntry *entry, char **reason)
{
  int value;

  if (has (cells, ETHOS_IMPORT_FIELD_TYPE)
      && ethos_import_format_for (text_of (cells, ETHOS_IMPORT_FIELD_TYPE), &value))
    entry->format = value;
  if (has (cells, ETHOS_IMPORT_FIELD_FORMAT))
    {
      if (!ethos_import_format_for (text_of (cells, ETHOS_IMPORT_FIELD_FORMAT), &value))
        {
          *reason = about (cells, ETHOS_IMPORT_FIELD_FORMAT,
                           _("not individual, group or peer"));
          return FALSE;
        }
      entry->format = value;
    }
  if (has (cells, ETHOS_IMPORT_FIELD_MODE))
    {
      if (!ethos_import_mode_for (text_of (cells, ETHOS_IMPORT_FIELD_MODE), &value))
        {
          *reason = about (cells, ETHOS_IMPORT_FIELD_MODE, _("not in person, video or phone"));
          return FALSE;
        }
      entry->mode = value;
    }
  if (has (cells, ETHOS_IMPORT_FIELD_GROUP_SIZE))
    {
      if (!read_count (cells, ETHOS_IMPORT_FIELD_GROUP_SIZE, &value, reason))
        return FALSE;
      if (value >= ETHOS_GROUP_SIZE_MIN)
        {
          entry->group_size = value;
          if (entry->format == ETHOS_SUPERVISION_FORMAT_INDIVIDUAL)
            entry->format = ETHOS_SUPERVISION_FORMAT_GROUP;
        }
    }
  if (has (cells, ETHOS_IMPORT_FIELD_CLIENT_HOURS)
      && !read_minutes (cells, ETHOS_IMPORT_FIELD_CLIENT_HOURS, ETHOS_CLIENT_MINUTES_MAX,
                        &entry->client_minutes, reason))
    return FALSE;
  set_text (&entry->supervisor, text_of (cells, ETHOS_IMPORT_FIELD_SUPERVISOR));
  set_text (&entry->notes, text_of (cells, ETHOS_IMPORT_FIELD_NOTES));
  if (entry->notes[0] == '\0')
    set_text (&entry->notes, text_of (cells, ETHOS_IMPORT_FIELD_TITLE));
  set_text (&entry->actions, text_of (cells, ETHOS_IMPORT_FIELD_ACTIONS));
  append (&entry->reflection, text_of (cells, ETHOS_IMPORT_FIELD_OUTCOMES));
  append (&entry->reflection, text_of (cells, ETHOS_IMPORT_FIELD_IMPACT));
  return TRUE;
}

static gboolean
read_cpd (const EthosImportCells *cells, EthosEntry *entry, const GDate *today, char **reason)
{
  const char *kind = ethos_import_cpd_kind_for (text_of (cells, ETHOS_IMPORT_FIELD_TYPE));

  if (kind != NULL)
    set_text (&entry->cpd_kind, kind);
  if (has (cells, ETHOS_IMPORT_FIELD_END_DATE))
    {
      g_autofree char *end = NULL;

      if (!read_date (cells, ETHOS_IMPORT_FIELD_END_DATE, today, &end, reason))
        return FALSE;
      if (g_strcmp0 (end, entry->date) != 0)
        entry->end_date = g_steal_pointer (&end);
    }
  set_text (&entry->title, text_of (cells, ETHOS_IMPORT_FIELD_TITLE));
  set_text (&entry->provider, text_of (cells, ETHOS_IMPORT_FIELD_PROVIDER));
  set_text (&entry->outcomes, text_of (cells, ETHOS_IMPORT_FIELD_OUTCOMES));
  set_text (&entry->impact, text_of (cells, ETHOS_IMPORT_FIELD_IMPACT));
  append (&entry->reflection, text_of (cells, ETHOS_IMPORT_FIELD_NOTES));
  append (&entry->reflection, text_of (cells, ETHOS_IMPORT_FIELD_ACTIONS));
  return TRUE;
}

static const EthosImportField length_fields[] = {
  ETHOS_IMPORT_FIELD_MINUTES, ETHOS_IMPORT_FIELD_HOURS, ETHOS_IMPORT_FIELD_DURATION,
};

/* The entry @cells make, of @kind (or, for ETHOS_IMPORT_KIND_AUTO, supervision when the row's
 * type says so and @fallback otherwise), read as it will be stored; or NULL and @reason. */
EthosEntry *
ethos_import_read_cells (const EthosImportCells *cells,
                         int                     kind,
                         EthosEntryKind          fallback,
                         const GDate            *today,
                         char                  **reason)
{
  g_autoptr (EthosEntry) entry = NULL;
  g_autoptr (GError) error = NULL;
  gboolean timed = FALSE;

  if (kind == ETHOS_IMPORT_KIND_AUTO)
    kind = has (cells, ETHOS_IMPORT_FIELD_TYPE)
               && ethos_import_type_is_supervision (text_of (cells, ETHOS_IMPORT_FIELD_TYPE))
             ? ETHOS_ENTRY_SUPERVISION
             : (int) fallback;
  entry = ethos_entry_new ((EthosEntryKind) kind);
  set_text (&entry->reflection, text_of (cells, ETHOS_IMPORT_FIELD_REFLECTION));

  if (!has (cells, ETHOS_IMPORT_FIELD_DATE))
    {
      *reason = g_strdup (_("No date"));
      return NULL;
    }
  if (!read_date (cells, ETHOS_IMPORT_FIELD_DATE, today, &entry->date, reason))
    return NULL;
  if (kind == ETHOS_ENTRY_SUPERVISION ? !read_supervision (cells, entry, reason)
                                      : !read_cpd (cells, entry, today, reason))
    return NULL;

  for (guint i = 0; i < G_N_ELEMENTS (length_fields) && !timed; i++)
    if (has (cells, length_fields[i]))
      {
        if (!read_minutes (cells, length_fields[i], ethos_entry_max_minutes (entry),
                           &entry->minutes, reason))
          return NULL;
        timed = TRUE;
      }
  if (!timed)
    {
      *reason = g_strdup (_("No length of time"));
      return NULL;
    }
  if (!ethos_entry_validate (entry, &error))
    {
      *reason = g_strdup (error->message);
      return NULL;
    }
  return g_steal_pointer (&entry);
}

/* What makes two entries the same record: kind, day, length and who or what (case aside). */
char *
ethos_import_duplicate_key (EthosEntry *entry)
{
  const char *who = entry->kind == ETHOS_ENTRY_SUPERVISION ? entry->supervisor : entry->title;
  g_autofree char *stripped = g_strstrip (g_strdup (who != NULL ? who : ""));
  g_autofree char *folded = g_utf8_casefold (stripped, -1);

  return g_strdup_printf ("%d|%s|%d|%s", entry->kind, entry->date, entry->minutes, folded);
}
