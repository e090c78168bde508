/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-plan-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "ethos-accessible.h"
#include "ethos-date-row.h"
#include "ethos-export-period.h"
#include "ethos-field.h"
#include "ethos-plan-dialog.h"
#include "ethos-plan-item-row.h"
#include "ethos-plan-store.h"
#include "ethos-profile-store.h"
#include "ethos-rules-store.h"
#include "ethos-toast.h"

/* The CPD plan, as BACP and HCPC describe the cycle: for the CPD year, each learning need with
 * the activity planned for it and a target date, whether it is done and which activities in
 * the diary carry it out (EthosPlanItemRow); items to add below. The year is the first body's
 * CPD period that Ethos can place (core works it out, as for the export); without one, the
 * whole plan is one list. Removing an item is asked first: its activities stay, unlinked. */

struct _EthosPlanDialog
{
  AdwWindow            parent_instance;

  EthosStore          *store;
  char                *today;
  char                 from[11]; /* the CPD year, when year_known */
  char                 to[11];
  gboolean             year_known;

  AdwToastOverlay     *toasts;
  AdwPreferencesGroup *year_group;
  AdwPreferencesGroup *other_group;
  GtkWidget           *empty_row;
  GtkLabel            *list_error;
  GPtrArray           *rows; /* EthosPlanItemRow, in either group */
  AdwEntryRow         *add_title;
  AdwEntryRow         *add_need;
  GtkWidget           *add_target;
  GtkLabel            *add_error;
};

G_DEFINE_FINAL_TYPE (EthosPlanDialog, ethos_plan_dialog, ADW_TYPE_WINDOW)

static void on_remove_requested_cb (EthosPlanDialog *self, EthosPlanItemRow *row);

static void
show_label (GtkLabel *label, const char *message)
{
  gtk_label_set_label (label, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (label), message != NULL);
}

static GtkLabel *
error_label_new (void)
{
  GtkLabel *label = GTK_LABEL (gtk_label_new (NULL));

  gtk_label_set_wrap (label, TRUE);
  gtk_label_set_xalign (label, 0);
  gtk_widget_set_margin_top (GTK_WIDGET (label), 6);
  gtk_widget_add_css_class (GTK_WIDGET (label), "error");
  gtk_widget_set_visible (GTK_WIDGET (label), FALSE);
  return label;
}

/* Reads the plan again, and opens the item with @open_id (0 for none). */
static void
reload (EthosPlanDialog *self, gint64 open_id)
{
  g_autoptr (GPtrArray) items = NULL;
  g_autoptr (GPtrArray) activities = NULL;
  g_autoptr (GError) error = NULL;
  guint n_other = 0;

  for (guint i = 0; i < self->rows->len; i++)
    {
      GtkWidget *row = g_ptr_array_index (self->rows, i);

      adw_preferences_group_remove (ADW_PREFERENCES_GROUP (gtk_widget_get_ancestor (
                                      row, ADW_TYPE_PREFERENCES_GROUP)),
                                    row);
    }
  g_ptr_array_set_size (self->rows, 0);
  if ((items = ethos_store_list_plan_items (self->store, &error)) == NULL
      || (activities = ethos_store_list_plan_activities (self->store, &error)) == NULL)
    {
      g_autofree char *message = g_strdup_printf (
        _("Ethos could not read your CPD plan: %s. Run “ethos-cli check” and restore a backup "
          "if it finds damage."),
        error->message);

      show_label (self->list_error, message);
      gtk_widget_set_visible (self->empty_row, FALSE);
      gtk_widget_set_visible (GTK_WIDGET (self->other_group), FALSE);
      return;
    }
  show_label (self->list_error, NULL);
  for (guint i = 0; i < items->len; i++)
    {
      EthosPlanItem *item = g_ptr_array_index (items, i);
      GtkWidget *row = ethos_plan_item_row_new (self->store, item, activities, self->today);
      gboolean this_year = !self->year_known
                           || ethos_plan_item_in_year (item, self->from, self->to);

      g_signal_connect_swapped (row, "remove-requested", G_CALLBACK (on_remove_requested_cb),
                                self);
      adw_preferences_group_add (this_year ? self->year_group : self->other_group, row);
      adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), item->id == open_id);
      g_ptr_array_add (self->rows, row);
      n_other += !this_year;
    }
  gtk_widget_set_visible (self->empty_row, self->rows->len == n_other);
  gtk_widget_set_visible (GTK_WIDGET (self->other_group), n_other > 0);
}

/* Another program changed the diary (the window's own writes here are shown as they are made,
 * so that a row being typed in is not rebuilt under the cursor). */
static void
on_store_changed_cb (EthosPlanDialog *self, EthosStoreChange change)
{
  if ((change & ETHOS_STORE_CHANGE_ALL) == ETHOS_STORE_CHANGE_ALL)
    reload (self, 0);
}

static void
on_remove_response_cb (AdwMessageDialog *dialog, const char *response, EthosPlanDialog *self)
{
  gint64 id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (dialog), "id"));
  g_autoptr (GError) error = NULL;

  if (g_strcmp0 (response, "remove") != 0)
    return;
  if (!ethos_store_remove_plan_item (self->store, id, &error))
    {
      ethos_toast_show (GTK_WIDGET (self->toasts), error->message);
      return;
    }
  reload (self, 0);
  ethos_toast_show (GTK_WIDGET (self->toasts), _("Removed from the plan"));
}

static void
on_remove_requested_cb (EthosPlanDialog *self, EthosPlanItemRow *row)
{
  const EthosPlanItem *item = ethos_plan_item_row_get_item (row);
  g_autofree char *heading = g_strdup_printf (_("Remove “%s” From the Plan?"), item->title);
  g_autofree char *body = ethos_plan_item_describe_removal (item);
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, body);

  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"),
                                    "remove", _("_Remove"), NULL);
  ethos_accessible_name_responses (ADW_MESSAGE_DIALOG (dialog));
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "remove",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data (G_OBJECT (dialog), "id", GSIZE_TO_POINTER ((gsize) item->id));
  g_signal_connect (dialog, "response", G_CALLBACK (on_remove_response_cb), self);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* The item typed below the plan, read; NULL with @error and the field marked when it cannot
 * be taken. */
static EthosPlanItem *
read_new_item (EthosPlanDialog *self, GError **error)
{
  g_autoptr (EthosPlanItem) item = ethos_plan_item_new ();

  item->title = g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->add_title)));
  item->need = g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->add_need)));
  item->target = ethos_date_row_read (ETHOS_DATE_ROW (self->add_target), FALSE, error);
  if (!ethos_field_check (ADW_PREFERENCES_ROW (self->add_target), item->target != NULL, error))
    return NULL;
  if (!ethos_plan_item_check (item, error))
    {
      /* Its sentence names what is wrong: a title missing, or a text too long. */
      gtk_widget_add_css_class (GTK_WIDGET (item->title[0] == '\0' ? self->add_title
                                                                   : self->add_need),
                                "error");
      return NULL;
    }
  return g_steal_pointer (&item);
}

static void
on_add_cb (EthosPlanDialog *self)
{
  g_autoptr (EthosPlanItem) item = NULL;
  g_autoptr (GError) error = NULL;

  if ((item = read_new_item (self, &error)) == NULL
      || ethos_store_add_plan_item (self->store, item, &error) == 0)
    {
      show_label (self->add_error, error->message);
      return;
    }
  show_label (self->add_error, NULL);
  gtk_editable_set_text (GTK_EDITABLE (self->add_title), "");
  gtk_editable_set_text (GTK_EDITABLE (self->add_need), "");
  gtk_editable_set_text (GTK_EDITABLE (self->add_target), "");
  reload (self, 0);
  ethos_toast_show (GTK_WIDGET (self->toasts), _("Added to the plan"));
  gtk_widget_grab_focus (GTK_WIDGET (self->add_title));
}

static void
on_add_changed_cb (GtkWidget *row, EthosPlanDialog *self)
{
  gtk_widget_remove_css_class (row, "error");
  show_label (self->add_error, NULL);
}

/* The first body's CPD year that Ethos can place, as the export dialog offers it. */
static gboolean
read_year (EthosPlanDialog *self)
{
  g_autoptr (GPtrArray) memberships = ethos_store_list_memberships (self->store, NULL);
  g_autoptr (GPtrArray) rules = g_ptr_array_new_with_free_func (
    (GDestroyNotify) ethos_body_rules_free);
  g_autoptr (GPtrArray) anchors = g_ptr_array_new_with_free_func (g_free);
  EthosExportFacts facts = { .today = self->today };

  /* Without the profile the plan is still shown, as one list; the Overview says why. */
  if (memberships == NULL)
    return FALSE;
  for (guint i = 0; i < memberships->len; i++)
    {
      EthosMembership *membership = g_ptr_array_index (memberships, i);

      g_ptr_array_add (rules, ethos_store_load_body_rules (self->store, membership->body_id,
                                                           NULL));
      g_ptr_array_add (anchors, ethos_store_get_cpd_anchor (self->store, membership->body_id));
    }
  facts.rules = (const EthosBodyRules *const *) rules->pdata;
  facts.cpd_anchors = (const char *const *) anchors->pdata;
  facts.n_bodies = rules->len;
  return ethos_export_period_available (ETHOS_EXPORT_PERIOD_CPD_YEAR, &facts)
         && ethos_export_period_range (ETHOS_EXPORT_PERIOD_CPD_YEAR, &facts, NULL, NULL,
                                       self->from, self->to, NULL);
}

static AdwEntryRow *
add_entry_row (EthosPlanDialog *self, GtkWidget *group, GtkWidget *row, const char *title)
{
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  g_signal_connect (row, "changed", G_CALLBACK (on_add_changed_cb), self);
  g_signal_connect_swapped (row, "entry-activated", G_CALLBACK (on_add_cb), self);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
  return ADW_ENTRY_ROW (row);
}

static void
ethos_plan_dialog_dispose (GObject *object)
{
  EthosPlanDialog *self = ETHOS_PLAN_DIALOG (object);

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_clear_object (&self->store);
  g_clear_pointer (&self->rows, g_ptr_array_unref);

  G_OBJECT_CLASS (ethos_plan_dialog_parent_class)->dispose (object);
}

static void
ethos_plan_dialog_finalize (GObject *object)
{
  g_free (ETHOS_PLAN_DIALOG (object)->today);

  G_OBJECT_CLASS (ethos_plan_dialog_parent_class)->finalize (object);
}

static void
ethos_plan_dialog_class_init (EthosPlanDialogClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = ethos_plan_dialog_dispose;
  G_OBJECT_CLASS (klass)->finalize = ethos_plan_dialog_finalize;

  gtk_widget_class_add_binding_action (GTK_WIDGET_CLASS (klass), GDK_KEY_Escape, 0, "window.close",
                                       NULL);
}

static void
ethos_plan_dialog_init (EthosPlanDialog *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *page = adw_preferences_page_new ();
  GtkWidget *add_group = adw_preferences_group_new ();
  GtkWidget *add_button = gtk_button_new_with_mnemonic (_("_Add to Plan"));
  GtkWidget *add_box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);

  self->rows = g_ptr_array_new ();
  ethos_accessible_name_by_label (add_button);
  gtk_window_set_title (GTK_WINDOW (self), _("CPD Plan"));
  gtk_window_set_modal (GTK_WINDOW (self), TRUE);
  gtk_window_set_default_size (GTK_WINDOW (self), 600, 680);

  self->year_group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  self->empty_row = adw_action_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->empty_row), _("Nothing Planned Yet"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->empty_row),
                               _("Add what you mean to learn, and how, below"));
  adw_preferences_group_add (self->year_group, self->empty_row);
  self->list_error = error_label_new ();
  adw_preferences_group_add (self->year_group, GTK_WIDGET (self->list_error));

  self->other_group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  adw_preferences_group_set_title (self->other_group, _("Other Years"));

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (add_group), _("Add to the Plan"));
  self->add_title = add_entry_row (self, add_group, adw_entry_row_new (), _("Planned Activity"));
  self->add_need = add_entry_row (self, add_group, adw_entry_row_new (), _("Learning Need"));
  self->add_target = GTK_WIDGET (add_entry_row (self, add_group, ethos_date_row_new (NULL),
                                                _("Target Date")));
  self->add_error = error_label_new ();
  gtk_widget_add_css_class (add_button, "pill");
  gtk_widget_add_css_class (add_button, "suggested-action");
  gtk_widget_set_halign (add_button, GTK_ALIGN_CENTER);
  gtk_widget_set_margin_top (add_button, 12);
  g_signal_connect_swapped (add_button, "clicked", G_CALLBACK (on_add_cb), self);
  gtk_box_append (GTK_BOX (add_box), GTK_WIDGET (self->add_error));
  gtk_box_append (GTK_BOX (add_box), add_button);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (add_group), add_box);

  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), self->year_group);
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), self->other_group);
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (add_group));
  gtk_widget_set_vexpand (page, TRUE);
  gtk_box_append (GTK_BOX (box), adw_header_bar_new ());
  gtk_box_append (GTK_BOX (box), page);
  self->toasts = ADW_TOAST_OVERLAY (adw_toast_overlay_new ());
  adw_toast_overlay_set_child (self->toasts, box);
  adw_window_set_content (ADW_WINDOW (self), GTK_WIDGET (self->toasts));
}

/* The CPD plan over @parent, its year and its items' standing as on @today (ISO). */
GtkWidget *
ethos_plan_dialog_new (EthosStore *store, GtkWindow *parent, const char *today)
{
  EthosPlanDialog *self = g_object_new (ETHOS_TYPE_PLAN_DIALOG, "transient-for", parent, NULL);

  g_return_val_if_fail (today != NULL, NULL);

  self->store = g_object_ref (store);
  self->today = g_strdup (today);
  ethos_date_row_set_today (ETHOS_DATE_ROW (self->add_target), today);
  self->year_known = read_year (self);
  if (self->year_known)
    {
      g_autofree char *year = ethos_export_period_describe (self->from, self->to);

      adw_preferences_group_set_title (self->year_group, _("This CPD Year"));
      adw_preferences_group_set_description (self->year_group, year);
    }
  else
    adw_preferences_group_set_title (self->year_group, _("Your Plan"));
  g_signal_connect_swapped (store, "changed", G_CALLBACK (on_store_changed_cb), self);
  reload (self, 0);
  return GTK_WIDGET (self);
}
