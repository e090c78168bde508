/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-import-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "ethos-ical-import.h"
#include "ethos-import-dialog-private.h"
#include "ethos-import-words.h"
#include "ethos-reminder-store.h"

/* The import dialog's pages for an Ethos archive (what it holds, asked before it is taken into
 * the empty diary) and for a calendar (the reminders it gives, and what it leaves out and why). */

/* What the archive holds, and that it goes only into an empty diary. */
GtkWidget *
ethos_import_dialog_archive_page (EthosImportDialog *self)
{
  GtkWidget *page = adw_status_page_new ();
  g_autofree char *holds = NULL;
  g_autofree char *description = NULL;
  EthosArchiveCounts counts = { 0 };

  ethos_archive_get_counts (self->archive, &counts);
  holds = ethos_import_describe_archive (counts.entries, counts.reminders, counts.files);
  description = g_strdup_printf (_("“%s” holds a whole diary: %s, with the profile, plans, "
                                   "notes and codes. It can be imported only into a diary with "
                                   "nothing in it yet."),
                                 self->name, holds);
  adw_status_page_set_icon_name (ADW_STATUS_PAGE (page), "package-x-generic-symbolic");
  adw_status_page_set_title (ADW_STATUS_PAGE (page), _("Import This Diary?"));
  adw_status_page_set_description (ADW_STATUS_PAGE (page), description);
  return page;
}

gboolean
ethos_import_dialog_import_archive (EthosImportDialog *self, char **message)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *holds = NULL;
  EthosArchiveCounts counts = { 0 };

  if (!ethos_archive_import (self->archive, self->store, &error))
    {
      /* A diary that is not empty (ETHOS_STORE_ERROR_EXISTS) is said as the store says it:
       * what is there, and that nothing was written. */
      g_autofree char *said = g_strdup_printf (_("Nothing was imported: %s"), error->message);

      ethos_import_dialog_say_error (self, said);
      gtk_widget_set_sensitive (self->import_button,
                                !g_error_matches (error, ETHOS_STORE_ERROR,
                                                  ETHOS_STORE_ERROR_EXISTS));
      return FALSE;
    }
  ethos_archive_get_counts (self->archive, &counts);
  holds = ethos_import_describe_archive (counts.entries, counts.reminders, counts.files);
  *message = g_strdup_printf (_("Imported “%s”: %s"), self->name, holds);
  return TRUE;
}

static GtkWidget *
row_new (const char *title, const char *subtitle)
{
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *escaped_title = g_markup_escape_text (title, -1);
  g_autofree char *escaped_subtitle = g_markup_escape_text (subtitle, -1);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), escaped_title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), escaped_subtitle);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
  return row;
}

/* The reminders to add and the items left out; NULL, with @error set, when the diary's
 * reminders (to leave out those already there) cannot be read. */
GtkWidget *
ethos_import_dialog_calendar_page (EthosImportDialog *self, GError **error)
{
  g_autoptr (GPtrArray) added = NULL;
  GtkWidget *page, *group;
  g_autofree char *description = NULL;

  added = ethos_ical_drop_known_reminders (self->store, self->reminders, self->skipped, error);
  if (added == NULL)
    return NULL;
  g_ptr_array_unref (self->reminders);
  self->reminders = g_steal_pointer (&added);

  page = adw_preferences_page_new ();
  group = adw_preferences_group_new ();
  description = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u reminder to add",
                                              "%u reminders to add", self->reminders->len),
                                 self->reminders->len);
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), description);
  for (guint i = 0; i < self->reminders->len; i++)
    {
      EthosReminder *reminder = g_ptr_array_index (self->reminders, i);
      g_autofree char *when = ethos_import_describe_reminder (reminder);

      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row_new (reminder->title, when));
    }
  if (self->reminders->len == 0)
    adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group),
                                           _("The calendar gives no reminder that is not "
                                             "already in the diary."));
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (group));
  gtk_widget_set_sensitive (self->import_button, self->reminders->len > 0);

  if (self->skipped->len > 0)
    {
      group = adw_preferences_group_new ();
      adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("Left Out"));
      for (guint i = 0; i < self->skipped->len; i++)
        {
          EthosIcalSkip *skip = g_ptr_array_index (self->skipped, i);
          GtkWidget *row = row_new (skip->item, skip->reason);

          gtk_widget_add_css_class (row, "dim-label");
          adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
        }
      adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (group));
    }
  return page;
}

gboolean
ethos_import_dialog_import_calendar (EthosImportDialog *self, char **message)
{
  g_autoptr (GError) error = NULL;
  int added;

  if ((added = ethos_store_add_missing_reminders (self->store, self->reminders, &error)) < 0)
    {
      g_autofree char *said = g_strdup_printf (_("Nothing was imported: %s"), error->message);

      ethos_import_dialog_say_error (self, said);
      return FALSE;
    }
  *message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Added %d reminder from “%s”",
                                           "Added %d reminders from “%s”", added),
                              added, self->name);
  return TRUE;
}
