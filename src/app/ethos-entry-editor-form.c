/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-entry-editor"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "ethos-date.h"
#include "ethos-date-row.h"
#include "ethos-duration.h"
#include "ethos-entry-editor-private.h"
#include "ethos-field.h"
#include "ethos-rules-store.h"
#include "ethos-limits.h"

/* The editor's form: filling it from an EthosEntry, reading it back into one, and which of its
 * fields an entry of each kind shows. */

char *
ethos_entry_editor_buffer_text (GtkTextView *view)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

static void
set_buffer_text (GtkTextView *view, const char *text)
{
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (view), text != NULL ? text : "", -1);
}

static void
set_row_text (AdwEntryRow *row, const char *text)
{
  gtk_editable_set_text (GTK_EDITABLE (row), text != NULL ? text : "");
}

/* Shows @count in @row, or nothing when there is none. */
static void
set_row_count (AdwEntryRow *row, int count)
{
  g_autofree char *text = count > 0 ? g_strdup_printf ("%d", count) : NULL;

  set_row_text (row, text);
}

/* Shows @minutes in @row as hours, or nothing when @known is FALSE. */
static void
set_row_hours (AdwEntryRow *row, int minutes, gboolean known)
{
  g_autofree char *text = known ? g_strdup_printf ("%g", minutes / 60.0) : NULL;

  set_row_text (row, text);
}

static guint
index_of (const char *const *choices, const char *value)
{
  for (guint i = 0; choices[i] != NULL; i++)
    if (g_strcmp0 (choices[i], value) == 0)
      return i;
  return 0;
}

static void
update_visible_fields (EthosEntryEditor *self)
{
  gboolean supervision = self->entry != NULL && self->entry->kind == ETHOS_ENTRY_SUPERVISION;
  gboolean group = adw_combo_row_get_selected (self->format_row) != 0;

  gtk_widget_set_visible (GTK_WIDGET (self->supervision_group), supervision);
  gtk_widget_set_visible (GTK_WIDGET (self->cpd_group), !supervision);
  gtk_widget_set_visible (GTK_WIDGET (self->minutes_row), supervision);
  gtk_widget_set_visible (GTK_WIDGET (self->hours_row), !supervision);
  gtk_widget_set_visible (GTK_WIDGET (self->end_date_row), !supervision);
  gtk_widget_set_visible (GTK_WIDGET (self->group_size_row), supervision && group);
  gtk_widget_set_visible (self->notes_box, supervision);
  gtk_widget_set_visible (self->actions_box, supervision);
  gtk_widget_set_visible (self->outcomes_box, !supervision);
  gtk_widget_set_visible (self->impact_box, !supervision);
  gtk_widget_set_visible (GTK_WIDGET (self->evidence_group), !supervision);
}

void
ethos_entry_editor_on_format_changed_cb (EthosEntryEditor *self)
{
  update_visible_fields (self);
  ethos_entry_editor_on_changed_cb (self);
}

/* Takes the marks off the rows that are read and checked (ethos_entry_editor_read_form()). */
static void
clear_marks (EthosEntryEditor *self)
{
  AdwEntryRow *checked[] = { self->date_row,      self->end_date_row,     self->minutes_row,
                             self->hours_row,     self->group_size_row,   self->client_hours_row,
                             self->title_row };

  for (guint i = 0; i < G_N_ELEMENTS (checked); i++)
    gtk_widget_remove_css_class (GTK_WIDGET (checked[i]), "error");
}

/* Fills the form from @entry, showing the fields of its kind: a mark left by the entry shown
 * before goes with it. */
void
ethos_entry_editor_fill_form (EthosEntryEditor *self, EthosEntry *entry)
{
  clear_marks (self);
  gtk_label_set_label (self->kind_label, entry->kind == ETHOS_ENTRY_SUPERVISION
                                           ? _("Supervision Session")
                                           : _("CPD Activity"));
  set_row_text (self->date_row, entry->date);
  set_row_text (self->end_date_row, entry->end_date);
  set_row_count (self->minutes_row, entry->minutes);
  set_row_hours (self->hours_row, entry->minutes, entry->minutes > 0);
  gtk_editable_set_text (GTK_EDITABLE (self->supervisor_row), entry->supervisor);
  adw_combo_row_set_selected (self->format_row, entry->format);
  set_row_count (self->group_size_row, entry->group_size);
  adw_combo_row_set_selected (self->mode_row, entry->mode);
  set_row_hours (self->client_hours_row, entry->client_minutes, entry->client_minutes >= 0);
  gtk_editable_set_text (GTK_EDITABLE (self->title_row), entry->title);
  gtk_editable_set_text (GTK_EDITABLE (self->provider_row), entry->provider);
  adw_combo_row_set_selected (self->cpd_kind_row, index_of (ethos_cpd_kinds, entry->cpd_kind));
  if (entry->kind == ETHOS_ENTRY_CPD)
    {
      ethos_entry_editor_rebuild_plan_row (self);
      ethos_entry_editor_choose_plan (self, entry->plan_id);
    }
  {
    g_auto (GStrv) topics = g_strsplit (entry->topics != NULL ? entry->topics : "", ",", -1);
    gboolean tagged = g_strv_contains ((const char *const *) topics, "cbt-skills");

    gtk_switch_set_active (self->cbt_skills_switch, tagged);
    /* Asked only of a practitioner whose body counts it, or of an entry that has it. */
    gtk_widget_set_visible (self->cbt_skills_row,
                            entry->kind == ETHOS_ENTRY_CPD
                              && (tagged || (self->store != NULL
                                             && ethos_store_counts_cpd_topic (self->store,
                                                                              "cbt-skills"))));
  }
  set_buffer_text (self->notes_view, entry->notes);
  set_buffer_text (self->actions_view, entry->actions);
  set_buffer_text (self->outcomes_view, entry->outcomes);
  set_buffer_text (self->reflection_view, entry->reflection);
  set_buffer_text (self->impact_view, entry->impact);
  update_visible_fields (self);
}

/* Reads @row's length of time; when it cannot, the row is marked and named in @error. */
static gboolean
read_duration (AdwEntryRow *row, EthosDurationUnit unit, int max_minutes, int *minutes, GError **error)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (row));

  return ethos_field_check (ADW_PREFERENCES_ROW (row),
                            ethos_duration_parse (text, unit, max_minutes, minutes, error), error);
}

/* Reads @row's day into @field as ISO ("" when empty); when it cannot, as read_duration(). */
static gboolean
read_date (AdwEntryRow *row, gboolean required, char **field, GError **error)
{
  char *iso = ethos_date_row_read (ETHOS_DATE_ROW (row), required, error);

  if (iso == NULL)
    return FALSE;
  g_free (*field);
  *field = iso;
  return TRUE;
}

static gboolean
read_count (AdwEntryRow *row, int min, int max, int *value, GError **error)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (row));

  return ethos_field_check (ADW_PREFERENCES_ROW (row), ethos_count_parse (text, min, max, value, error),
                            error);
}

/* What the entry's own check refuses is marked on the row it is about; its sentence names it
 * already ("A CPD activity needs a title", "The end date … is before the start date …"). */
static void
mark_refused (EthosEntryEditor *self, EthosEntry *entry, const GError *error)
{
  AdwEntryRow *row = NULL;

  if (error->domain != ETHOS_INPUT_ERROR)
    return;
  switch ((EthosInputError) error->code)
    {
    case ETHOS_INPUT_ERROR_DATE:
      row = entry->kind == ETHOS_ENTRY_CPD ? self->end_date_row : self->date_row;
      break;
    case ETHOS_INPUT_ERROR_TEXT:
      row = entry->kind == ETHOS_ENTRY_CPD ? self->title_row : NULL;
      break;
    case ETHOS_INPUT_ERROR_DURATION:
      row = entry->kind == ETHOS_ENTRY_CPD ? self->hours_row : self->minutes_row;
      break;
    case ETHOS_INPUT_ERROR_NUMBER:
      row = self->group_size_row;
      break;
    case ETHOS_INPUT_ERROR_CHOICE:
    default:
      break;
    }
  if (row != NULL)
    gtk_widget_add_css_class (GTK_WIDGET (row), "error");
}

/* Reads the form into a copy of the entry. What cannot be read is said in place: its row is
 * marked and named in @error, and what was typed stays. */
EthosEntry *
ethos_entry_editor_read_form (EthosEntryEditor *self, GError **error)
{
  g_autoptr (EthosEntry) entry = ethos_entry_copy (self->entry);
  g_autoptr (GError) refusal = NULL;
  const char *text;

#define TAKE_TEXT(field, row)                                                                      \
  g_free (entry->field);                                                                           \
  entry->field = g_strdup (gtk_editable_get_text (GTK_EDITABLE (row)))
#define TAKE_VIEW(field, view)                                                                     \
  g_free (entry->field);                                                                           \
  entry->field = ethos_entry_editor_buffer_text (view)

  clear_marks (self);
  if (!read_date (self->date_row, TRUE, &entry->date, error))
    return NULL;
  TAKE_VIEW (reflection, self->reflection_view);
  if (entry->kind == ETHOS_ENTRY_SUPERVISION)
    {
      if (!read_duration (self->minutes_row, ETHOS_DURATION_MINUTES, ethos_entry_max_minutes (entry),
                          &entry->minutes, error))
        return NULL;
      TAKE_TEXT (supervisor, self->supervisor_row);
      /* The rows list the formats and modes in the enums' order. */
      entry->format = (EthosSupervisionFormat) adw_combo_row_get_selected (self->format_row);
      entry->mode = (EthosSupervisionMode) adw_combo_row_get_selected (self->mode_row);
      entry->group_size = -1;
      if (entry->format != ETHOS_SUPERVISION_FORMAT_INDIVIDUAL
          && !read_count (self->group_size_row, ETHOS_GROUP_SIZE_MIN, ETHOS_GROUP_SIZE_MAX,
                          &entry->group_size, error))
        return NULL;
      text = gtk_editable_get_text (GTK_EDITABLE (self->client_hours_row));
      entry->client_minutes = -1;
      if (text[strspn (text, " ")] != '\0'
          && !read_duration (self->client_hours_row, ETHOS_DURATION_HOURS, ETHOS_CLIENT_MINUTES_MAX,
                             &entry->client_minutes, error))
        return NULL;
      TAKE_VIEW (notes, self->notes_view);
      TAKE_VIEW (actions, self->actions_view);
    }
  else
    {
      if (!read_date (self->end_date_row, FALSE, &entry->end_date, error))
        return NULL;
      /* The most hours depend on the days the entry spans, so its dates are taken first. */
      if (!read_duration (self->hours_row, ETHOS_DURATION_HOURS, ethos_entry_max_minutes (entry),
                          &entry->minutes, error))
        return NULL;
      TAKE_TEXT (title, self->title_row);
      TAKE_TEXT (provider, self->provider_row);
      g_free (entry->cpd_kind);
      entry->cpd_kind = g_strdup (ethos_cpd_kinds[adw_combo_row_get_selected (self->cpd_kind_row)]);
      TAKE_VIEW (outcomes, self->outcomes_view);
      TAKE_VIEW (impact, self->impact_view);
      g_free (entry->topics);
      entry->topics = g_strdup (gtk_switch_get_active (self->cbt_skills_switch) ? "cbt-skills" : "");
      ethos_entry_editor_read_plan (self, entry);
    }
#undef TAKE_TEXT
#undef TAKE_VIEW
  if (!ethos_entry_validate (entry, &refusal))
    {
      mark_refused (self, entry, refusal);
      g_propagate_error (error, g_steal_pointer (&refusal));
      return NULL;
    }
  return g_steal_pointer (&entry);
}
