/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-window"

#include "config.h"

#include <glib/gi18n.h>

#include "ethos-diary-page.h"
#include "ethos-overview-page.h"
#include "ethos-reminders-page.h"
#include "ethos-settings.h"
#include "ethos-toast.h"
#include "ethos-window-private.h"

/* The main window: a view switcher over Ethos's pages, toasts, and the window-wide shortcuts,
 * which it passes to the page that owns them. The windows it opens over itself are in
 * ethos-window-dialogs.c, its exports in ethos-window-export.c. */

G_DEFINE_FINAL_TYPE (EthosWindow, ethos_window, ADW_TYPE_APPLICATION_WINDOW)

enum
{
  PROP_0,
  PROP_STORE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static EthosOverviewPage *
overview_page (EthosWindow *self)
{
  if (self->overview_page == NULL)
    {
      self->overview_page = ETHOS_OVERVIEW_PAGE (ethos_overview_page_new (self->store));
      adw_bin_set_child (self->overview_slot, GTK_WIDGET (self->overview_page));
    }
  return self->overview_page;
}

static EthosCodesPage *
codes_page (EthosWindow *self)
{
  if (self->codes_page == NULL)
    {
      self->codes_page = ETHOS_CODES_PAGE (ethos_codes_page_new (self->store));
      adw_bin_set_child (self->codes_slot, GTK_WIDGET (self->codes_page));
    }
  return self->codes_page;
}

static EthosDiaryPage *
diary_page (EthosWindow *self)
{
  if (self->diary_page == NULL)
    {
      self->diary_page = ETHOS_DIARY_PAGE (ethos_diary_page_new (self->store));
      adw_bin_set_child (self->diary_slot, GTK_WIDGET (self->diary_page));
    }
  return self->diary_page;
}

static EthosRemindersPage *
reminders_page (EthosWindow *self)
{
  if (self->reminders_page == NULL)
    {
      self->reminders_page = ETHOS_REMINDERS_PAGE (ethos_reminders_page_new (self->store));
      adw_bin_set_child (self->reminders_slot, GTK_WIDGET (self->reminders_page));
    }
  return self->reminders_page;
}

void
ethos_window_toast (EthosWindow *self, const char *text)
{
  ethos_toast_show (GTK_WIDGET (self->toast_overlay), text);
}

static void
reader_action (EthosWindow *self, const char *action)
{
  adw_view_stack_set_visible_child_name (self->stack, "codes");
  gtk_widget_activate_action (GTK_WIDGET (ethos_codes_page_get_reader (codes_page (self))), action,
                              NULL);
}

/* Ctrl+F searches the page on show: the diary from the Diary, the codes elsewhere. */
static void
win_search (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  EthosWindow *self = ETHOS_WINDOW (widget);

  if (g_strcmp0 (adw_view_stack_get_visible_child_name (self->stack), "diary") == 0)
    {
      gtk_widget_activate_action (GTK_WIDGET (diary_page (self)), "diary.search", NULL);
      return;
    }
  adw_view_stack_set_visible_child_name (self->stack, "codes");
  ethos_codes_page_focus_search (codes_page (self));
}

static void
win_new_supervision (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  EthosWindow *self = ETHOS_WINDOW (widget);

  adw_view_stack_set_visible_child_name (self->stack, "diary");
  gtk_widget_activate_action (GTK_WIDGET (diary_page (self)), "diary.new-supervision", NULL);
}

static void
win_new_cpd (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  EthosWindow *self = ETHOS_WINDOW (widget);

  adw_view_stack_set_visible_child_name (self->stack, "diary");
  gtk_widget_activate_action (GTK_WIDGET (diary_page (self)), "diary.new-cpd", NULL);
}

static void
win_page_diary (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  adw_view_stack_set_visible_child_name (ETHOS_WINDOW (widget)->stack, "diary");
}

static void
win_page_reminders (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  adw_view_stack_set_visible_child_name (ETHOS_WINDOW (widget)->stack, "reminders");
}

static void
win_new_reminder (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  EthosWindow *self = ETHOS_WINDOW (widget);

  adw_view_stack_set_visible_child_name (self->stack, "reminders");
  gtk_widget_activate_action (GTK_WIDGET (reminders_page (self)), "reminders.add", NULL);
}

static void
win_standard_reminders (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  EthosWindow *self = ETHOS_WINDOW (widget);

  adw_view_stack_set_visible_child_name (self->stack, "reminders");
  gtk_widget_activate_action (GTK_WIDGET (reminders_page (self)), "reminders.standard", NULL);
}

static void
win_record_event (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  EthosWindow *self = ETHOS_WINDOW (widget);

  adw_view_stack_set_visible_child_name (self->stack, "reminders");
  gtk_widget_activate_action (GTK_WIDGET (reminders_page (self)), "reminders.record-event", NULL);
}

/* Lands on the reminder @id (from a notification's Open); says so when it has gone. */
void
ethos_window_show_reminder (EthosWindow *self, gint64 id)
{
  g_return_if_fail (ETHOS_IS_WINDOW (self));

  adw_view_stack_set_visible_child_name (self->stack, "reminders");
  if (!ethos_reminders_page_show_reminder (reminders_page (self), id))
    {
      AdwToast *toast = adw_toast_new (_("That reminder is no longer in Ethos"));

      /* The answer to what was just clicked: before any toast still waiting. */
      adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
      adw_toast_overlay_add_toast (self->toast_overlay, toast);
    }
}

static void
win_preferences (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  ethos_window_open_preferences (ETHOS_WINDOW (widget), NULL);
}

/* win.preferences-page('profile'): Preferences open at a page, from where the window says
 * what is missing. */
static void
win_preferences_page (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  ethos_window_open_preferences (ETHOS_WINDOW (widget), g_variant_get_string (parameter, NULL));
}

static void
win_welcome (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  ethos_window_present_welcome (ETHOS_WINDOW (widget));
}

static void
win_show_help_overlay (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  gtk_window_present (GTK_WINDOW (ethos_window_get_help_overlay (ETHOS_WINDOW (widget))));
}

static void
win_show_reminder (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  ethos_window_show_reminder (ETHOS_WINDOW (widget), g_variant_get_int64 (parameter));
}

static void
win_page_overview (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  adw_view_stack_set_visible_child_name (ETHOS_WINDOW (widget)->stack, "overview");
}

static void
on_page_changed_cb (EthosWindow *self)
{
  const char *page = adw_view_stack_get_visible_child_name (self->stack);

  /* Each page follows the store from when it is made: none is told to read again. */
  if (g_strcmp0 (page, "overview") == 0)
    overview_page (self);
  else if (g_strcmp0 (page, "codes") == 0)
    codes_page (self);
  else if (g_strcmp0 (page, "diary") == 0)
    diary_page (self);
  else if (g_strcmp0 (page, "reminders") == 0)
    reminders_page (self);

  /* Leaving the Diary saves what is being typed there. */
  if (g_strcmp0 (page, "diary") != 0 && self->diary_page != NULL)
    ethos_diary_page_flush (self->diary_page);
  gtk_widget_set_visible (self->new_button,
                          g_strcmp0 (page, "diary") == 0 || g_strcmp0 (page, "reminders") == 0);
}

static void
win_bookmark (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  reader_action (ETHOS_WINDOW (widget), "reader.bookmark");
}

static void
win_copy_citation (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  reader_action (ETHOS_WINDOW (widget), "reader.copy");
}

static void
win_previous_clause (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  reader_action (ETHOS_WINDOW (widget), "reader.previous");
}

static void
win_next_clause (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  reader_action (ETHOS_WINDOW (widget), "reader.next");
}

static void
win_import_code (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  EthosWindow *self = ETHOS_WINDOW (widget);

  adw_view_stack_set_visible_child_name (self->stack, "codes");
  gtk_widget_activate_action (GTK_WIDGET (codes_page (self)), "codes.import", NULL);
}

static void
win_bookmarks (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  EthosWindow *self = ETHOS_WINDOW (widget);

  adw_view_stack_set_visible_child_name (self->stack, "codes");
  ethos_codes_page_show_bookmarks (codes_page (self));
}

static void
win_page_codes (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  adw_view_stack_set_visible_child_name (ETHOS_WINDOW (widget)->stack, "codes");
}

static void
win_export_pdf (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  ethos_window_start_export (ETHOS_WINDOW (widget), TRUE);
}

static void
win_export_csv (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  ethos_window_start_export (ETHOS_WINDOW (widget), FALSE);
}

static AdwBin *
add_page (EthosWindow *self, const char *name, const char *title, const char *icon_name)
{
  GtkWidget *slot = adw_bin_new ();
  AdwViewStackPage *page = adw_view_stack_add_titled (self->stack, slot, name, title);

  adw_view_stack_page_set_icon_name (page, icon_name);
  return ADW_BIN (slot);
}

static void
ethos_window_constructed (GObject *object)
{
  EthosWindow *self = ETHOS_WINDOW (object);

  G_OBJECT_CLASS (ethos_window_parent_class)->constructed (object);

  /* Translators: the pages' names in the view switcher: in a 360 px window each has a quarter
   * of the width, under its icon, so keep them short */
  self->overview_slot = add_page (self, "overview", C_("page name", "Overview"),
                                  "emblem-ok-symbolic");
  self->codes_slot = add_page (self, "codes", C_("page name", "Codes"),
                               "accessories-dictionary-symbolic");
  self->diary_slot = add_page (self, "diary", C_("page name", "Diary"),
                               "x-office-calendar-symbolic");
  self->reminders_slot = add_page (self, "reminders", C_("page name", "Reminders"),
                                   "alarm-symbolic");
  /* Writes by the CLI or the notifier reach the pages as the store's "changed", as the
   * window's own do. */
  ethos_store_watch_other_writers (self->store);
  g_signal_connect_swapped (self->stack, "notify::visible-child", G_CALLBACK (on_page_changed_cb),
                            self);
  on_page_changed_cb (self);
}

static void
ethos_window_dispose (GObject *object)
{
  EthosWindow *self = ETHOS_WINDOW (object);

  if (self->codes_page != NULL)
    ethos_clause_reader_flush (ethos_codes_page_get_reader (self->codes_page));
  if (self->diary_page != NULL)
    ethos_diary_page_flush (self->diary_page);
  gtk_widget_dispose_template (GTK_WIDGET (self), ETHOS_TYPE_WINDOW);
  if (self->export_chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->export_chooser));
  g_clear_object (&self->export_chooser);
  g_clear_object (&self->settings);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (ethos_window_parent_class)->dispose (object);
}

static gboolean
ethos_window_close_request (GtkWindow *window)
{
  EthosWindow *self = ETHOS_WINDOW (window);

  if (self->codes_page != NULL)
    ethos_clause_reader_flush (ethos_codes_page_get_reader (self->codes_page));
  if (self->diary_page != NULL)
    ethos_diary_page_flush (self->diary_page);
  if (!self->closing_anyway && self->diary_page != NULL
      && ethos_diary_page_has_unsaved (self->diary_page))
    {
      ethos_window_confirm_close_unsaved (self);
      return TRUE;
    }
  if (self->settings != NULL)
    {
      int width, height;

      gtk_window_get_default_size (window, &width, &height);
      g_settings_set_int (self->settings, "window-width", width);
      g_settings_set_int (self->settings, "window-height", height);
      g_settings_set_boolean (self->settings, "window-maximized", gtk_window_is_maximized (window));
    }
  return GTK_WINDOW_CLASS (ethos_window_parent_class)->close_request (window);
}

static void
ethos_window_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  EthosWindow *self = ETHOS_WINDOW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ethos_window_set_property (GObject *object, guint prop_id, const GValue *value, GParamSpec *pspec)
{
  EthosWindow *self = ETHOS_WINDOW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* The switcher at the foot of a narrow window makes its buttons the first time it shows, not
 * at every start-up (four buttons, a tenth of making the window). */
static void
on_switcher_bar_reveal_cb (EthosWindow *self, GParamSpec *pspec, AdwViewSwitcherBar *bar)
{
  if (adw_view_switcher_bar_get_reveal (bar) && adw_view_switcher_bar_get_stack (bar) == NULL)
    adw_view_switcher_bar_set_stack (bar, self->stack);
}

static void
ethos_window_class_init (EthosWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->constructed = ethos_window_constructed;
  object_class->dispose = ethos_window_dispose;
  object_class->get_property = ethos_window_get_property;
  object_class->set_property = ethos_window_set_property;
  window_class->close_request = ethos_window_close_request;

  properties[PROP_STORE] = g_param_spec_object ("store", NULL, NULL, ETHOS_TYPE_STORE,
                                                G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY
                                                  | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/org/ethosapp/Ethos/ethos-window.ui");
  gtk_widget_class_bind_template_child (widget_class, EthosWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, EthosWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, EthosWindow, new_button);
  gtk_widget_class_bind_template_callback (widget_class, on_switcher_bar_reveal_cb);

  gtk_widget_class_install_action (widget_class, "win.search", NULL, win_search);
  gtk_widget_class_install_action (widget_class, "win.bookmark", NULL, win_bookmark);
  gtk_widget_class_install_action (widget_class, "win.copy-citation", NULL, win_copy_citation);
  gtk_widget_class_install_action (widget_class, "win.previous-clause", NULL, win_previous_clause);
  gtk_widget_class_install_action (widget_class, "win.next-clause", NULL, win_next_clause);
  gtk_widget_class_install_action (widget_class, "win.import-code", NULL, win_import_code);
  gtk_widget_class_install_action (widget_class, "win.bookmarks", NULL, win_bookmarks);
  gtk_widget_class_install_action (widget_class, "win.page-codes", NULL, win_page_codes);
  gtk_widget_class_install_action (widget_class, "win.page-diary", NULL, win_page_diary);
  gtk_widget_class_install_action (widget_class, "win.page-overview", NULL, win_page_overview);
  gtk_widget_class_install_action (widget_class, "win.page-reminders", NULL, win_page_reminders);
  gtk_widget_class_install_action (widget_class, "win.new-reminder", NULL, win_new_reminder);
  gtk_widget_class_install_action (widget_class, "win.standard-reminders", NULL,
                                   win_standard_reminders);
  gtk_widget_class_install_action (widget_class, "win.record-event", NULL, win_record_event);
  gtk_widget_class_install_action (widget_class, "win.show-reminder", "x", win_show_reminder);
  gtk_widget_class_install_action (widget_class, "win.preferences", NULL, win_preferences);
  gtk_widget_class_install_action (widget_class, "win.preferences-page", "s",
                                   win_preferences_page);
  gtk_widget_class_install_action (widget_class, "win.welcome", NULL, win_welcome);
  gtk_widget_class_install_action (widget_class, "win.show-help-overlay", NULL,
                                   win_show_help_overlay);
  gtk_widget_class_install_action (widget_class, "win.new-supervision", NULL, win_new_supervision);
  gtk_widget_class_install_action (widget_class, "win.new-cpd", NULL, win_new_cpd);
  gtk_widget_class_install_action (widget_class, "win.export-pdf", NULL, win_export_pdf);
  gtk_widget_class_install_action (widget_class, "win.export-csv", NULL, win_export_csv);
}

static void
ethos_window_init (EthosWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  if ((self->settings = ethos_settings_new ()) != NULL)
    {
      gtk_window_set_default_size (GTK_WINDOW (self),
                                   g_settings_get_int (self->settings, "window-width"),
                                   g_settings_get_int (self->settings, "window-height"));
      if (g_settings_get_boolean (self->settings, "window-maximized"))
        gtk_window_maximize (GTK_WINDOW (self));
    }
  else
    gtk_window_set_default_size (GTK_WINDOW (self), 1100, 720);
}

EthosWindow *
ethos_window_new (GtkApplication *application, EthosStore *store)
{
  return g_object_new (ETHOS_TYPE_WINDOW, "application", application, "store", store, NULL);
}

EthosRemindersPage *
ethos_window_get_reminders_page (EthosWindow *self)
{
  g_return_val_if_fail (ETHOS_IS_WINDOW (self), NULL);

  return reminders_page (self);
}

EthosDiaryPage *
ethos_window_get_diary_page (EthosWindow *self)
{
  g_return_val_if_fail (ETHOS_IS_WINDOW (self), NULL);

  return diary_page (self);
}

EthosCodesPage *
ethos_window_get_codes_page (EthosWindow *self)
{
  g_return_val_if_fail (ETHOS_IS_WINDOW (self), NULL);

  return codes_page (self);
}
