/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-breaks-group"

#include "config.h"

#include <glib/gi18n.h>

#include "ethos-breaks-group.h"
#include "ethos-date.h"
#include "ethos-practice-store.h"

/* Preferences → Profile → Months Without Clients: the months the practitioner saw no clients,
 * which a body that allows such a break (BACP) does not judge. A month is typed as YYYY-MM with
 * an optional note and added on Enter; each kept month has a button that takes it away. What
 * cannot be kept is said under the row, and nothing is written. */

struct _EthosBreaksGroup
{
  AdwPreferencesGroup parent_instance;

  AdwEntryRow        *month_row;
  AdwEntryRow        *note_row;
  GtkLabel           *error_label;
  GPtrArray          *rows; /* the kept months' rows */

  EthosStore         *store;
  gulong              changed_id;
};

G_DEFINE_FINAL_TYPE (EthosBreaksGroup, ethos_breaks_group, ADW_TYPE_PREFERENCES_GROUP)

static void
show_error (EthosBreaksGroup *self, const char *message)
{
  gtk_label_set_label (self->error_label, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), message != NULL);
  if (message != NULL)
    gtk_widget_add_css_class (GTK_WIDGET (self->month_row), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->month_row), "error");
}

static void
on_remove_clicked_cb (GtkButton *button, EthosBreaksGroup *self)
{
  const char *month = g_object_get_data (G_OBJECT (button), "month");
  g_autoptr (GError) error = NULL;

  /* The store's "changed" reads the list again. */
  if (self->store != NULL && !ethos_store_remove_month_break (self->store, month, &error))
    show_error (self, error->message);
}

static GtkWidget *
month_row_new (EthosBreaksGroup *self, const EthosMonthBreak *month_break)
{
  g_autofree char *first = g_strdup_printf ("%s-01", month_break->month);
  g_autofree char *title = ethos_date_format_iso (first, ETHOS_DATE_MONTH);
  g_autofree char *label = NULL;
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *remove = gtk_button_new_from_icon_name ("user-trash-symbolic");

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (month_break->note[0] != '\0')
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), month_break->note);
  gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (remove, "flat");
  /* Translators: a month, "Clients seen in August 2026 after all" */
  label = g_strdup_printf (_("Clients seen in %s after all"), title);
  gtk_widget_set_tooltip_text (remove, label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (remove), GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  -1);
  g_object_set_data_full (G_OBJECT (remove), "month", g_strdup (month_break->month), g_free);
  g_signal_connect (remove, "clicked", G_CALLBACK (on_remove_clicked_cb), self);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), remove);
  return row;
}

/* Reads the months again. */
static void
reload (EthosBreaksGroup *self)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) breaks = NULL;

  for (guint i = 0; i < self->rows->len; i++)
    adw_preferences_group_remove (ADW_PREFERENCES_GROUP (self),
                                  g_ptr_array_index (self->rows, i));
  g_ptr_array_set_size (self->rows, 0);
  if (self->store == NULL)
    return;
  if ((breaks = ethos_store_list_month_breaks (self->store, &error)) == NULL)
    {
      g_autofree char *message = g_strdup_printf (_("Could not read the months without clients: %s"),
                                                  error->message);

      show_error (self, message);
      return;
    }
  for (guint i = 0; i < breaks->len; i++)
    {
      GtkWidget *row = month_row_new (self, g_ptr_array_index (breaks, i));

      adw_preferences_group_add (ADW_PREFERENCES_GROUP (self), row);
      g_ptr_array_add (self->rows, row);
    }
}

static void
on_store_changed_cb (EthosStore *store, EthosStoreChange change, EthosBreaksGroup *self)
{
  if (change & ETHOS_STORE_CHANGE_ENTRIES)
    reload (self);
}

static void
on_add_cb (EthosBreaksGroup *self)
{
  g_autofree char *month = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->month_row))));
  g_autofree char *note = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->note_row))));
  g_autoptr (GError) error = NULL;

  if (self->store == NULL || month[0] == '\0')
    return;
  if (!ethos_store_set_month_break (self->store, month, note, &error))
    {
      show_error (self, error->message);
      return;
    }
  show_error (self, NULL);
  gtk_editable_set_text (GTK_EDITABLE (self->month_row), "");
  gtk_editable_set_text (GTK_EDITABLE (self->note_row), "");
}

static void
on_month_changed_cb (EthosBreaksGroup *self)
{
  show_error (self, NULL);
}

void
ethos_breaks_group_set_store (EthosBreaksGroup *self, EthosStore *store)
{
  g_return_if_fail (ETHOS_IS_BREAKS_GROUP (self));

  if (self->store != NULL)
    g_clear_signal_handler (&self->changed_id, self->store);
  g_set_object (&self->store, store);
  if (store != NULL)
    self->changed_id = g_signal_connect (store, "changed", G_CALLBACK (on_store_changed_cb), self);
  reload (self);
}

GtkWidget *
ethos_breaks_group_new (void)
{
  return g_object_new (ETHOS_TYPE_BREAKS_GROUP, NULL);
}

static void
ethos_breaks_group_dispose (GObject *object)
{
  EthosBreaksGroup *self = ETHOS_BREAKS_GROUP (object);

  if (self->store != NULL)
    g_clear_signal_handler (&self->changed_id, self->store);
  g_clear_object (&self->store);
  g_clear_pointer (&self->rows, g_ptr_array_unref);

  G_OBJECT_CLASS (ethos_breaks_group_parent_class)->dispose (object);
}

static void
ethos_breaks_group_class_init (EthosBreaksGroupClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = ethos_breaks_group_dispose;
}

static void
ethos_breaks_group_init (EthosBreaksGroup *self)
{
  self->rows = g_ptr_array_new ();
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (self), _("Months Without Clients"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (self),
                                         _("A month you saw no clients in is a break a body such "
                                           "as BACP allows: it is not judged against the monthly "
                                           "minimum."));

  self->month_row = ADW_ENTRY_ROW (adw_entry_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->month_row),
                                 _("Add a Month (YYYY-MM)"));
  adw_entry_row_set_show_apply_button (self->month_row, TRUE);
  g_signal_connect_swapped (self->month_row, "apply", G_CALLBACK (on_add_cb), self);
  g_signal_connect_swapped (self->month_row, "entry-activated", G_CALLBACK (on_add_cb), self);
  g_signal_connect_swapped (self->month_row, "changed", G_CALLBACK (on_month_changed_cb), self);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self), GTK_WIDGET (self->month_row));

  self->note_row = ADW_ENTRY_ROW (adw_entry_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->note_row),
                                 _("Why, for Your Records (Optional)"));
  g_signal_connect_swapped (self->note_row, "entry-activated", G_CALLBACK (on_add_cb), self);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self), GTK_WIDGET (self->note_row));

  self->error_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (self->error_label, TRUE);
  gtk_label_set_xalign (self->error_label, 0);
  gtk_widget_set_margin_top (GTK_WIDGET (self->error_label), 6);
  gtk_widget_add_css_class (GTK_WIDGET (self->error_label), "error");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), FALSE);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self), GTK_WIDGET (self->error_label));
}
