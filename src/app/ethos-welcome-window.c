/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-welcome-window"

#include "config.h"

#include <glib/gi18n.h>

#include "ethos-autostart.h"
#include "ethos-class-row.h"
#include "ethos-entry-store.h"
#include "ethos-practice-store.h"
#include "ethos-profile-store.h"
#include "ethos-reminder-store.h"
#include "ethos-rules-store.h"
#include "ethos-standard-form.h"
#include "ethos-welcome-window.h"

/* The first-run welcome, in four steps: the name and the bodies; the dates that make the
 * standard reminders (shown as they will be, by EthosStandardForm); the notifier at login; an
 * offer to import the practitioner's own body's code. Nothing is written until Done (or Import,
 * which is Done and then the file chooser): the name first, as the one thing that can be
 * refused, then the bodies, the reminders and the login entry, each in its own transaction.
 * Skip, Escape or closing the window keep nothing. Either way the welcome is not offered again;
 * the main menu's Set Up Ethos… brings it back, filled in from the profile. */

enum
{
  PAGE_BODIES,
  PAGE_DATES,
  PAGE_LOGIN,
  PAGE_CODE,
  N_PAGES
};

struct _EthosWelcomeWindow
{
  AdwWindow            parent_instance;

  AdwCarousel         *carousel;
  GtkWidget           *back_button;
  GtkButton           *next_button;
  AdwEntryRow         *name_row;
  AdwComboRow         *practice_row;
  GtkLabel            *name_error;
  AdwPreferencesGroup *bodies_group;
  EthosStandardForm   *form;
  GtkSwitch           *autostart_switch;
  GtkLabel            *error_label;

  EthosStore          *store;
  GSettings           *settings;
  GPtrArray           *body_checks; /* GtkCheckButton, each with its "body" id and, for a
                                     * body that names classes, its "class-row" */
  guint                page;
  gboolean             answered;    /* finished or skipped */
};

G_DEFINE_FINAL_TYPE (EthosWelcomeWindow, ethos_welcome_window, ADW_TYPE_WINDOW)

enum
{
  FINISHED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* The body ids ticked, in the order Ethos lists them. */
static GStrv
chosen_bodies (EthosWelcomeWindow *self)
{
  g_autoptr (GStrvBuilder) ids = g_strv_builder_new ();

  for (guint i = 0; i < self->body_checks->len; i++)
    {
      GtkCheckButton *check = g_ptr_array_index (self->body_checks, i);

      if (gtk_check_button_get_active (check))
        g_strv_builder_add (ids, g_object_get_data (G_OBJECT (check), "body"));
    }
  return g_strv_builder_end (ids);
}

static void
on_body_toggled_cb (EthosWelcomeWindow *self)
{
  g_auto (GStrv) ids = chosen_bodies (self);

  /* The reminders their codes ask for are in the next step's preview. */
  ethos_standard_form_set_body_ids (self->form, (const char *const *) ids);
}

static void
on_name_changed_cb (EthosWelcomeWindow *self)
{
  gtk_widget_set_visible (GTK_WIDGET (self->name_error), FALSE);
  gtk_widget_remove_css_class (GTK_WIDGET (self->name_row), "error");
}

static void
update_buttons (EthosWelcomeWindow *self)
{
  gtk_widget_set_visible (self->back_button, self->page > 0);
  gtk_button_set_label (self->next_button, self->page + 1 < N_PAGES ? _("_Next") : _("_Done"));
}

static void
on_page_changed_cb (EthosWelcomeWindow *self, guint index)
{
  self->page = index;
  update_buttons (self);
}

/* Shows step @page (0 to 3). */
void
ethos_welcome_window_go_to (EthosWelcomeWindow *self, guint page)
{
  g_return_if_fail (ETHOS_IS_WELCOME_WINDOW (self));

  page = MIN (page, N_PAGES - 1);
  adw_carousel_scroll_to (self->carousel, adw_carousel_get_nth_page (self->carousel, page),
                          gtk_widget_get_mapped (GTK_WIDGET (self)));
  self->page = page;
  update_buttons (self);
}

guint
ethos_welcome_window_get_page (EthosWelcomeWindow *self)
{
  g_return_val_if_fail (ETHOS_IS_WELCOME_WINDOW (self), 0);

  return self->page;
}

/* What could not be kept and has no row of its own to be said under. */
static void
show_error (EthosWelcomeWindow *self, const char *message)
{
  gtk_label_set_label (self->error_label, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), message != NULL);
}

static void
mark_answered (EthosWelcomeWindow *self)
{
  self->answered = TRUE;
  if (self->settings != NULL)
    g_settings_set_boolean (self->settings, "welcome-done", TRUE);
}

/* The profile's bodies, in their order, with the ticks applied: a body unticked goes, one
 * ticked is added at the end; numbers, and bodies this Ethos does not list, stay. */
static GPtrArray *
memberships_with_choices (EthosWelcomeWindow *self, GError **error)
{
  g_autoptr (GPtrArray) memberships = ethos_store_list_memberships (self->store, error);
  g_auto (GStrv) chosen = chosen_bodies (self);

  if (memberships == NULL)
    return NULL;
  for (guint i = memberships->len; i > 0; i--)
    {
      EthosMembership *membership = g_ptr_array_index (memberships, i - 1);
      gboolean listed = FALSE;

      for (guint j = 0; j < self->body_checks->len; j++)
        listed |= g_strcmp0 (g_object_get_data (g_ptr_array_index (self->body_checks, j), "body"),
                             membership->body_id) == 0;
      if (listed && !g_strv_contains ((const char *const *) chosen, membership->body_id))
        g_ptr_array_remove_index (memberships, i - 1);
    }
  for (guint i = 0; chosen[i] != NULL; i++)
    {
      gboolean present = FALSE;

      for (guint j = 0; j < memberships->len; j++)
        present |= g_str_equal (((EthosMembership *) g_ptr_array_index (memberships, j))->body_id,
                                chosen[i]);
      if (!present)
        {
          EthosMembership *membership = g_new0 (EthosMembership, 1);

          membership->body_id = g_strdup (chosen[i]);
          g_ptr_array_add (memberships, membership);
        }
    }
  return g_steal_pointer (&memberships);
}

/* The class chosen in each body ticked, and the practice, when given. */
static gboolean
keep_classes_and_practice (EthosWelcomeWindow *self, GError **error)
{
  EthosPractice practice = (EthosPractice) adw_combo_row_get_selected (self->practice_row);

  for (guint i = 0; i < self->body_checks->len; i++)
    {
      GObject *check = g_ptr_array_index (self->body_checks, i);
      AdwComboRow *class_row = g_object_get_data (check, "class-row");
      const char *klass = class_row != NULL ? ethos_class_row_get_class (class_row) : NULL;

      /* "Not Given": a class kept before stays. */
      if (!gtk_check_button_get_active (GTK_CHECK_BUTTON (check)) || klass == NULL)
        continue;
      if (!ethos_store_set_membership_class (self->store, g_object_get_data (check, "body"), klass,
                                             error))
        return FALSE;
    }
  return practice == ETHOS_PRACTICE_NOT_SET
         || ethos_store_set_practice (self->store, practice, 0, error);
}

/* Done: keeps what was given and closes. On error, says so on the step it belongs to, which is
 * shown, and keeps the window open. */
gboolean
ethos_welcome_window_finish (EthosWelcomeWindow *self, gboolean then_import, GError **error)
{
  g_autofree char *name = NULL;
  g_autofree char *kept_name = NULL;
  g_autoptr (GPtrArray) memberships = NULL;
  g_autoptr (GError) local_error = NULL;
  gboolean autostart;

  g_return_val_if_fail (ETHOS_IS_WELCOME_WINDOW (self), FALSE);

  /* The form has had the bodies from each tick (on_body_toggled_cb) and from setup. */
  show_error (self, NULL);
  /* A date that cannot be read, or reminders that could not be: said on the dates' step. */
  if (!ethos_standard_form_is_ready (self->form, error))
    {
      ethos_welcome_window_go_to (self, PAGE_DATES);
      return FALSE;
    }
  name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->name_row))));
  kept_name = ethos_store_get_name (self->store);
  if (name[0] != '\0' && g_strcmp0 (name, kept_name) != 0
      && !ethos_store_set_name (self->store, name, &local_error))
    {
      ethos_welcome_window_go_to (self, PAGE_BODIES);
      gtk_label_set_label (self->name_error, local_error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->name_error), TRUE);
      gtk_widget_add_css_class (GTK_WIDGET (self->name_row), "error");
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  if ((memberships = memberships_with_choices (self, &local_error)) == NULL
      || !ethos_store_set_memberships (self->store, memberships, &local_error)
      || !keep_classes_and_practice (self, &local_error))
    {
      ethos_welcome_window_go_to (self, PAGE_BODIES);
      show_error (self, local_error->message);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  if (ethos_standard_form_add (self->form, &local_error) < 0)
    {
      ethos_welcome_window_go_to (self, PAGE_DATES);
      ethos_standard_form_show_error (self->form, local_error->message);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  /* An answer is kept even when it is "no": a later assistant shows it. */
  autostart = gtk_switch_get_active (self->autostart_switch);
  if ((!ethos_autostart_was_chosen () || autostart != ethos_autostart_is_enabled ())
      && !ethos_autostart_set_enabled (autostart, &local_error))
    {
      ethos_welcome_window_go_to (self, PAGE_LOGIN);
      show_error (self, local_error->message);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  mark_answered (self);
  g_signal_emit (self, signals[FINISHED], 0, then_import);
  gtk_window_close (GTK_WINDOW (self));
  return TRUE;
}

/* Keeps nothing, and the welcome is not offered again. */
void
ethos_welcome_window_skip (EthosWelcomeWindow *self)
{
  g_return_if_fail (ETHOS_IS_WELCOME_WINDOW (self));

  mark_answered (self);
  gtk_window_close (GTK_WINDOW (self));
}

static void
finish_or_say (EthosWelcomeWindow *self, gboolean then_import)
{
  /* What went wrong is said in the window. */
  ethos_welcome_window_finish (self, then_import, NULL);
}

static void
welcome_next (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  EthosWelcomeWindow *self = ETHOS_WELCOME_WINDOW (widget);

  if (self->page + 1 < N_PAGES)
    ethos_welcome_window_go_to (self, self->page + 1);
  else
    finish_or_say (self, FALSE);
}

static void
welcome_back (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  EthosWelcomeWindow *self = ETHOS_WELCOME_WINDOW (widget);

  if (self->page > 0)
    ethos_welcome_window_go_to (self, self->page - 1);
}

static void
welcome_skip (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  ethos_welcome_window_skip (ETHOS_WELCOME_WINDOW (widget));
}

static void
welcome_import (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  finish_or_say (ETHOS_WELCOME_WINDOW (widget), TRUE);
}

/* Closed by the window manager: as Skip. */
static gboolean
ethos_welcome_window_close_request (GtkWindow *window)
{
  EthosWelcomeWindow *self = ETHOS_WELCOME_WINDOW (window);

  if (!self->answered)
    mark_answered (self);
  return GTK_WINDOW_CLASS (ethos_welcome_window_parent_class)->close_request (window);
}

static void
ethos_welcome_window_dispose (GObject *object)
{
  EthosWelcomeWindow *self = ETHOS_WELCOME_WINDOW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), ETHOS_TYPE_WELCOME_WINDOW);
  g_clear_pointer (&self->body_checks, g_ptr_array_unref);
  g_clear_object (&self->store);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (ethos_welcome_window_parent_class)->dispose (object);
}

static void
ethos_welcome_window_class_init (EthosWelcomeWindowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = ethos_welcome_window_dispose;
  GTK_WINDOW_CLASS (klass)->close_request = ethos_welcome_window_close_request;

  /* then_import: the practitioner asked to import a code next. */
  signals[FINISHED] = g_signal_new ("finished", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                    NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_BOOLEAN);

  g_type_ensure (ETHOS_TYPE_STANDARD_FORM);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/ethosapp/Ethos/ethos-welcome-window.ui");
  gtk_widget_class_bind_template_child (widget_class, EthosWelcomeWindow, carousel);
  gtk_widget_class_bind_template_child (widget_class, EthosWelcomeWindow, back_button);
  gtk_widget_class_bind_template_child (widget_class, EthosWelcomeWindow, next_button);
  gtk_widget_class_bind_template_child (widget_class, EthosWelcomeWindow, name_row);
  gtk_widget_class_bind_template_child (widget_class, EthosWelcomeWindow, name_error);
  gtk_widget_class_bind_template_child (widget_class, EthosWelcomeWindow, bodies_group);
  gtk_widget_class_bind_template_child (widget_class, EthosWelcomeWindow, practice_row);
  gtk_widget_class_bind_template_child (widget_class, EthosWelcomeWindow, form);
  gtk_widget_class_bind_template_child (widget_class, EthosWelcomeWindow, autostart_switch);
  gtk_widget_class_bind_template_child (widget_class, EthosWelcomeWindow, error_label);
  gtk_widget_class_bind_template_callback (widget_class, on_page_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_name_changed_cb);
  gtk_widget_class_install_action (widget_class, "welcome.next", NULL, welcome_next);
  gtk_widget_class_install_action (widget_class, "welcome.back", NULL, welcome_back);
  gtk_widget_class_install_action (widget_class, "welcome.skip", NULL, welcome_skip);
  gtk_widget_class_install_action (widget_class, "welcome.import", NULL, welcome_import);
}

static void
ethos_welcome_window_init (EthosWelcomeWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->body_checks = g_ptr_array_new ();
  ethos_standard_form_set_show_autostart (self->form, FALSE);
  update_buttons (self);
}


static void
add_body_row (EthosWelcomeWindow *self, const char *body_id, EthosMembership *membership)
{
  g_autoptr (EthosBodyRules) rules = ethos_body_rules_load_shipped (body_id, NULL);
  GtkWidget *check = gtk_check_button_new ();
  gboolean member = membership != NULL;
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *class_title = rules != NULL
                                  /* Translators: a body's short name, "BACP Membership Class" */
                                  ? g_strdup_printf (_("%s Membership Class"), rules->short_name)
                                  : NULL;
  /* For a body that names classes, a choice of class under its row, shown while it is ticked. */
  GtkWidget *class_row = rules != NULL && rules->classes->len > 0
                           ? ethos_class_row_new (rules,
                                                  member ? membership->membership_class : NULL,
                                                  class_title)
                           : NULL;

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                 rules != NULL ? rules->short_name : body_id);
  if (rules != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), rules->name);
  gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  rules != NULL ? rules->name : body_id, -1);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), member);
  g_object_set_data_full (G_OBJECT (check), "body", g_strdup (body_id), g_free);
  if (class_row != NULL)
    {
      g_object_set_data (G_OBJECT (check), "class-row", class_row);
      g_object_bind_property (check, "active", class_row, "visible", G_BINDING_SYNC_CREATE);
    }
  g_signal_connect_swapped (check, "toggled", G_CALLBACK (on_body_toggled_cb), self);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
  adw_preferences_group_add (self->bodies_group, row);
  if (class_row != NULL)
    adw_preferences_group_add (self->bodies_group, class_row);
  g_ptr_array_add (self->body_checks, check);
}

/* Public API --------------------------------------------------------------------------------- */

/* Offered once, on a first start: never answered, and nothing in the records yet (someone who
 * used Ethos before the welcome existed has a profile, entries or reminders: for them it is
 * marked as answered, so that later starts ask nothing of the store). */
gboolean
ethos_welcome_window_should_offer (EthosStore *store, GSettings *settings)
{
  g_autofree char *name = NULL;
  g_autoptr (GPtrArray) memberships = NULL;
  g_autoptr (GPtrArray) reminders = NULL;
  g_autoptr (GError) error = NULL;
  gboolean has_records;

  g_return_val_if_fail (ETHOS_IS_STORE (store), FALSE);

  if (settings == NULL || g_settings_get_boolean (settings, "welcome-done"))
    return FALSE;
  /* One question at a time, stopping at the first that finds something; a store that cannot
   * answer offers nothing and marks nothing. The practitioner hears of that from the Overview,
   * which cannot read the records either; the log says why there was no welcome. */
  name = ethos_store_get_name (store);
  has_records = name != NULL && name[0] != '\0';
  if (!has_records)
    {
      if ((memberships = ethos_store_list_memberships (store, &error)) == NULL)
        goto unanswered;
      has_records = memberships->len > 0 || ethos_store_count_entries (store, -1) > 0;
    }
  if (!has_records)
    {
      if ((reminders = ethos_store_list_reminders (store, TRUE, &error)) == NULL)
        goto unanswered;
      has_records = reminders->len > 0;
    }
  if (has_records)
    g_settings_set_boolean (settings, "welcome-done", TRUE);
  return !has_records;

unanswered:
  g_warning ("Not offering the welcome, as the records could not be read: %s", error->message);
  return FALSE;
}

/* @settings: where the welcome is marked as answered (NULL: nowhere); @today: YYYY-MM-DD, the
 * day the standard reminders are counted from. Filled in from the profile. */
GtkWidget *
ethos_welcome_window_new (EthosStore *store, GSettings *settings, GtkWindow *parent,
                          const char *today)
{
  EthosWelcomeWindow *self = g_object_new (ETHOS_TYPE_WELCOME_WINDOW, "transient-for", parent,
                                           "destroy-with-parent", TRUE, NULL);
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) memberships = ethos_store_list_memberships (store, &error);
  g_auto (GStrv) known = ethos_body_ids_shipped ();
  g_auto (GStrv) ids = NULL;
  g_autofree char *name = ethos_store_get_name (store);

  self->store = g_object_ref (store);
  if (settings != NULL)
    self->settings = g_object_ref (settings);
  gtk_editable_set_text (GTK_EDITABLE (self->name_row), name != NULL ? name : "");
  adw_combo_row_set_selected (self->practice_row, ethos_store_get_practice (store, NULL));
  for (guint i = 0; known[i] != NULL; i++)
    {
      EthosMembership *member = NULL;

      for (guint j = 0; memberships != NULL && j < memberships->len; j++)
        if (g_str_equal (((EthosMembership *) g_ptr_array_index (memberships, j))->body_id,
                         known[i]))
          member = g_ptr_array_index (memberships, j);
      add_body_row (self, known[i], member);
    }
  /* Bodies that could not be read are said on their step (none is ticked); Done reads them
   * again, and keeps nothing while they cannot be. */
  if (memberships == NULL)
    {
      g_autofree char *message = g_strdup_printf (_("Could not read your professional bodies: %s"),
                                                  error->message);

      show_error (self, message);
    }
  ids = chosen_bodies (self);
  ethos_standard_form_setup (self->form, store, today, (const char *const *) ids);
  gtk_switch_set_active (self->autostart_switch, ethos_autostart_suggested ());
  return GTK_WIDGET (self);
}
