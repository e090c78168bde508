/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-window"

#include "config.h"

#include <glib/gi18n.h>

#include "ethos-accessible.h"
#include "ethos-audit-pack.h"
#include "ethos-csv.h"
#include "ethos-diary-page.h"
#include "ethos-entry-store.h"
#include "ethos-export.h"
#include "ethos-overview-page.h"
#include "ethos-preferences-window.h"
#include "ethos-reminders-page.h"
#include "ethos-rules-store.h"
#include "ethos-welcome-window.h"
#include "ethos-window.h"

/* The main window: a view switcher over Ethos's pages, toasts, and the window-wide shortcuts,
 * which it passes to the page that owns them. */

struct _EthosWindow
{
  AdwApplicationWindow parent_instance;

  AdwViewStack        *stack;
  AdwToastOverlay     *toast_overlay;
  gboolean             closing_anyway;
  EthosCodesPage      *codes_page;
  EthosDiaryPage      *diary_page;
  EthosOverviewPage   *overview_page;
  EthosRemindersPage  *reminders_page;
  /* Each page is made the first time it is shown or needed, in its place in the stack: start-up
   * makes only the page on show. A page not made yet is NULL above. */
  AdwBin              *overview_slot;
  AdwBin              *codes_slot;
  AdwBin              *diary_slot;
  AdwBin              *reminders_slot;
  GtkWidget           *new_button;

  EthosStore          *store;
  GSettings           *settings;
  GtkFileChooserNative *export_chooser;
};

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

static void
show_toast (EthosWindow *self, const char *text)
{
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (text));
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

/* The Overview and Reminders read the records again; pages not made yet read them when they
 * are. */
static void
refresh_made_pages (EthosWindow *self)
{
  if (self->overview_page != NULL)
    ethos_overview_page_refresh (self->overview_page, NULL);
  if (self->reminders_page != NULL)
    ethos_reminders_page_refresh (self->reminders_page);
}

static void
on_restored_cb (EthosWindow *self)
{
  if (self->diary_page != NULL)
    ethos_diary_page_reload (self->diary_page);
  refresh_made_pages (self);
}

/* The profile, a body's numbers or the lead days changed: what the pages show follows. */
static void
on_preferences_changed_cb (EthosWindow *self)
{
  refresh_made_pages (self);
}

static void
open_preferences (EthosWindow *self, const char *page)
{
  GtkWidget *preferences;

  /* What is being typed is saved first, so that a backup made now holds it. */
  if (self->diary_page != NULL)
    ethos_diary_page_flush (self->diary_page);
  preferences = ethos_preferences_window_new (self->store, GTK_WINDOW (self));
  ethos_accessible_name_preferences_window (ADW_PREFERENCES_WINDOW (preferences));
  if (page != NULL)
    ethos_preferences_window_show_page (ETHOS_PREFERENCES_WINDOW (preferences), page);
  g_signal_connect_swapped (preferences, "restored", G_CALLBACK (on_restored_cb), self);
  g_signal_connect_swapped (preferences, "changed", G_CALLBACK (on_preferences_changed_cb), self);
  gtk_window_present (GTK_WINDOW (preferences));
}

static void
win_preferences (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  open_preferences (ETHOS_WINDOW (widget), NULL);
}

/* win.preferences-page('profile'): Preferences open at a page, from where the window says
 * what is missing. */
static void
win_preferences_page (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  open_preferences (ETHOS_WINDOW (widget), g_variant_get_string (parameter, NULL));
}

/* The welcome finished: the pages show the new profile and reminders; Import a Code… goes on
 * to the Codes page's file chooser, whose result is said there. */
static void
on_welcome_finished_cb (EthosWindow *self, gboolean then_import)
{
  refresh_made_pages (self);
  if (then_import)
    gtk_widget_activate_action (GTK_WIDGET (self), "win.import-code", NULL);
  else
    show_toast (self, _("Ethos is set up"));
}

static GtkWidget *
present_welcome (EthosWindow *self)
{
  g_autoptr (GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");
  GtkWidget *welcome = ethos_welcome_window_new (self->store, self->settings, GTK_WINDOW (self),
                                                 today);

  g_signal_connect_swapped (welcome, "finished", G_CALLBACK (on_welcome_finished_cb), self);
  gtk_window_present (GTK_WINDOW (welcome));
  return welcome;
}

static void
win_welcome (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  present_welcome (ETHOS_WINDOW (widget));
}

/* The first-run welcome, on a first start only (see ethos_welcome_window_should_offer).
 * Returns the welcome shown, or NULL. */
GtkWidget *
ethos_window_offer_welcome (EthosWindow *self)
{
  g_return_val_if_fail (ETHOS_IS_WINDOW (self), NULL);

  if (!ethos_welcome_window_should_offer (self->store, self->settings))
    return NULL;
  return present_welcome (self);
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
  gboolean overview_made = self->overview_page != NULL;
  gboolean reminders_made = self->reminders_page != NULL;

  /* A page made now has just read the records. */
  if (g_strcmp0 (page, "overview") == 0)
    overview_page (self);
  else if (g_strcmp0 (page, "codes") == 0)
    codes_page (self);
  else if (g_strcmp0 (page, "diary") == 0)
    diary_page (self);
  else if (g_strcmp0 (page, "reminders") == 0)
    reminders_page (self);

  /* Leaving the Diary saves what is being typed there; the Overview and Reminders are read
   * afresh. */
  if (g_strcmp0 (page, "diary") != 0 && self->diary_page != NULL)
    ethos_diary_page_flush (self->diary_page);
  if (g_strcmp0 (page, "overview") == 0 && overview_made)
    ethos_overview_page_refresh (self->overview_page, NULL);
  if (g_strcmp0 (page, "reminders") == 0 && reminders_made)
    ethos_reminders_page_refresh (self->reminders_page);
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

/* Export ------------------------------------------------------------------------------------- */

/* The last twelve months, to today: what an audit asks for. */
static void
audit_range (char **from, char **to)
{
  g_autoptr (GDateTime) now = g_date_time_new_now_local ();
  g_autoptr (GDateTime) start = g_date_time_add_months (now, -12);
  g_autoptr (GDateTime) first = g_date_time_add_days (start, 1);

  *to = g_date_time_format (now, "%Y-%m-%d");
  *from = g_date_time_format (first, "%Y-%m-%d");
}

static gboolean
write_export (EthosWindow *self, GFile *file, gboolean pdf, guint *flagged, GError **error)
{
  g_autoptr (GFileOutputStream) stream = NULL;
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;
  gboolean written;

  audit_range (&from, &to);
  if (self->diary_page != NULL)
    ethos_diary_page_flush (self->diary_page);
  stream = g_file_replace (file, NULL, FALSE, ETHOS_EXPORT_FILE_FLAGS, NULL, error);
  if (stream == NULL)
    return FALSE;
  if (pdf)
    written = ethos_audit_pack_write (self->store, from, to, to, G_OUTPUT_STREAM (stream), flagged,
                                      error);
  else
    {
      g_autoptr (GPtrArray) entries = ethos_store_list_entries (self->store, -1, from, to, TRUE, error);
      g_autoptr (EthosBodyRules) rules = ethos_store_load_first_body_rules (self->store, NULL);

      written = entries != NULL
                && ethos_csv_write_entries (entries, rules, G_OUTPUT_STREAM (stream), error);
    }
  if (!written)
    {
      g_autoptr (GCancellable) cancel = g_cancellable_new ();

      /* A cancelled close drops the half-written temporary file. */
      g_cancellable_cancel (cancel);
      g_output_stream_close (G_OUTPUT_STREAM (stream), cancel, NULL);
      return FALSE;
    }
  return g_output_stream_close (G_OUTPUT_STREAM (stream), NULL, error);
}

static void
on_export_response_cb (GtkNativeDialog *dialog, int response, EthosWindow *self)
{
  gboolean pdf = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (dialog), "pdf"));
  g_autoptr (GFile) file = NULL;
  g_autoptr (GError) error = NULL;
  guint flagged = 0;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
  g_clear_object (&self->export_chooser);
  if (file == NULL)
    return;
  if (!write_export (self, file, pdf, &flagged, &error))
    {
      g_autofree char *message = g_strdup_printf (_("Not exported: %s"), error->message);

      show_toast (self, message);
      return;
    }
  if (flagged > 0)
    {
      g_autofree char *message = g_strdup_printf (
        g_dngettext (GETTEXT_PACKAGE, "Exported; %u entry in it may identify a client",
                     "Exported; %u entries in it may identify a client", flagged),
        flagged);

      show_toast (self, message);
    }
  else
    show_toast (self, _("Exported"));
}

static void
start_export (EthosWindow *self, gboolean pdf)
{
  if (self->export_chooser != NULL)
    return;
  self->export_chooser = gtk_file_chooser_native_new (pdf ? _("Export the Audit Pack")
                                                          : _("Export the Diary as CSV"),
                                                      GTK_WINDOW (self),
                                                      GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"),
                                                      _("_Cancel"));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->export_chooser),
                                     pdf ? _("audit-pack.pdf") : _("diary.csv"));
  g_object_set_data (G_OBJECT (self->export_chooser), "pdf", GINT_TO_POINTER (pdf));
  g_signal_connect (self->export_chooser, "response", G_CALLBACK (on_export_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->export_chooser));
}

static void
win_export_pdf (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  start_export (ETHOS_WINDOW (widget), TRUE);
}

static void
win_export_csv (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  start_export (ETHOS_WINDOW (widget), FALSE);
}

gboolean
ethos_window_export_to (EthosWindow *self, GFile *file, gboolean pdf, GError **error)
{
  guint flagged = 0;

  g_return_val_if_fail (ETHOS_IS_WINDOW (self), FALSE);

  return write_export (self, file, pdf, &flagged, error);
}

static AdwBin *
add_page (EthosWindow *self, const char *name, const char *title, const char *icon_name)
{
  GtkWidget *slot = adw_bin_new ();
  AdwViewStackPage *page = adw_view_stack_add_titled (self->stack, slot, name, title);

  adw_view_stack_page_set_icon_name (page, icon_name);
  return ADW_BIN (slot);
}

/* The shortcuts window is made the first time it is asked for, not at start-up (GTK's own
 * help-overlay.ui would be built with every window). */
GtkShortcutsWindow *
ethos_window_get_help_overlay (EthosWindow *self)
{
  GtkApplicationWindow *window = GTK_APPLICATION_WINDOW (self);
  GtkShortcutsWindow *help;

  g_return_val_if_fail (ETHOS_IS_WINDOW (self), NULL);

  if ((help = gtk_application_window_get_help_overlay (window)) == NULL)
    {
      g_autoptr (GtkBuilder) builder =
        gtk_builder_new_from_resource ("/org/ethosapp/Ethos/ethos-shortcuts-window.ui");

      help = GTK_SHORTCUTS_WINDOW (gtk_builder_get_object (builder, "help_overlay"));
      gtk_application_window_set_help_overlay (window, help);
      ethos_accessible_name_shortcuts_window (help);
    }
  return help;
}

static void
win_show_help_overlay (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  gtk_window_present (GTK_WINDOW (ethos_window_get_help_overlay (ETHOS_WINDOW (widget))));
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

static void
on_close_unsaved_response_cb (AdwMessageDialog *dialog, const char *response, EthosWindow *self)
{
  if (g_strcmp0 (response, "close") != 0)
    return;
  self->closing_anyway = TRUE;
  gtk_window_close (GTK_WINDOW (self));
}

/* Typing that could not be written is not thrown away without asking. */
static void
confirm_close_unsaved (EthosWindow *self)
{
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Your Entry Is Not Saved"),
                                              _("Ethos could not write it to your records. If you "
                                                "keep Ethos open, it goes on trying; if you close "
                                                "it, what you typed is lost."));

  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "keep", _("_Keep Ethos Open"),
                                    "close", _("_Close and Lose It"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "close",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "keep");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "keep");
  g_signal_connect (dialog, "response", G_CALLBACK (on_close_unsaved_response_cb), self);
  gtk_window_present (GTK_WINDOW (dialog));
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
      confirm_close_unsaved (self);
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
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr (GSettingsSchema) schema = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));

  if (source != NULL && (schema = g_settings_schema_source_lookup (source, APPLICATION_ID, TRUE)))
    {
      self->settings = g_settings_new (APPLICATION_ID);
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
