/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-application"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>
#include <unistd.h>

#include "ethos-accessible.h"
#include "ethos-application-private.h"
#include "ethos-diary-key.h"
#include "ethos-settings.h"
#include "ethos-error-window.h"
#include "ethos-store.h"
#include "ethos-style.h"
#include "ethos-recovery-key-dialog.h"
#include "ethos-unlock-dialog.h"
#include "ethos-welcome-window.h"
#include "ethos-window.h"

G_DEFINE_FINAL_TYPE (EthosApplication, ethos_application, ADW_TYPE_APPLICATION)

static const struct
{
  const char *action;
  const char *accels[3];
} accelerators[] = {
  { "app.quit", { "<Control>q", NULL } },
  { "win.search", { "<Control>f", NULL } },
  { "win.bookmark", { "<Control>d", NULL } },
  { "win.copy-citation", { "<Control><Shift>c", NULL } },
  { "win.previous-clause", { "<Alt>Up", NULL } },
  { "win.next-clause", { "<Alt>Down", NULL } },
  { "win.import-code", { "<Control>o", NULL } },
  { "win.bookmarks", { "<Control>b", NULL } },
  { "win.preferences", { "<Control>comma", NULL } },
  { "win.page-overview", { "<Control>1", NULL } },
  { "win.page-codes", { "<Control>2", NULL } },
  { "win.page-diary", { "<Control>3", NULL } },
  { "win.page-reminders", { "<Control>4", NULL } },
  { "win.new-reminder", { "<Control><Alt>n", NULL } },
  { "win.new-supervision", { "<Control>n", NULL } },
  { "win.new-cpd", { "<Control><Shift>n", NULL } },
  { "win.go-to-date", { "<Control>g", NULL } },
  /* GTK gives this key only to a help overlay it loads itself: Ethos makes its own on first use. */
  { "win.show-help-overlay", { "<Control>question", NULL } },
};

/* ethos-notifier from PATH, or where it was installed beside this program. */
static char *
find_notifier (void)
{
  char *path = g_find_program_in_path ("ethos-notifier");

  if (path == NULL && g_file_test (BINDIR "/ethos-notifier", G_FILE_TEST_IS_EXECUTABLE))
    path = g_strdup (BINDIR "/ethos-notifier");
  return path;
}

static void
detach (gpointer data)
{
  setsid ();
}

static void
on_notifier_exited_cb (GPid pid, int status, gpointer data)
{
  /* Another notifier had the name, or the notifier was stopped: either way, nothing to do. */
  g_debug ("The notifier ended (wait status %d)", status);
  g_spawn_close_pid (pid);
}

static void
on_notifier_owner_cb (GObject *source, GAsyncResult *result, gpointer data)
{
  g_autoptr (EthosApplication) self = data;
  g_autoptr (GVariant) reply = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *notifier = NULL;
  g_autofree char *folder = NULL;
  gboolean running = FALSE;
  char *argv[3] = { NULL };
  GPid pid;

  reply = g_dbus_connection_call_finish (G_DBUS_CONNECTION (source), result, &error);
  if (reply == NULL)
    {
      g_debug ("Could not ask the session bus about the notifier: %s", error->message);
      return;
    }
  g_variant_get (reply, "(b)", &running);
  if (running)
    return;
  if ((notifier = find_notifier ()) == NULL)
    {
      g_debug ("ethos-notifier is not installed: reminders come only with the window open");
      return;
    }
  argv[0] = notifier;
  if (self->data_dir != NULL)
    argv[1] = folder = g_strdup_printf ("--data-dir=%s", self->data_dir);
  /* In a session of its own, it outlives the window (and a terminal's Ctrl+C): reminders go on
   * when the window is closed. */
  if (!g_spawn_async (NULL, argv, NULL, G_SPAWN_STDOUT_TO_DEV_NULL | G_SPAWN_DO_NOT_REAP_CHILD,
                      detach, NULL, &pid, &error))
    {
      g_warning ("Could not start the notifier: %s", error->message);
      return;
    }
  g_child_watch_add (pid, on_notifier_exited_cb, NULL);
}

/* Starts the background notifier if it is not running (one owns its D-Bus name), so that the
 * reminders set up in the window are told at their time. */
void
ethos_application_ensure_notifier (EthosApplication *self)
{
  GDBusConnection *bus = g_application_get_dbus_connection (G_APPLICATION (self));

  if (bus == NULL)
    return;
  g_dbus_connection_call (bus, "org.freedesktop.DBus", "/org/freedesktop/DBus",
                          "org.freedesktop.DBus", "NameHasOwner",
                          g_variant_new ("(s)", NOTIFIER_NAME), G_VARIANT_TYPE ("(b)"),
                          G_DBUS_CALL_FLAGS_NONE, -1, NULL, on_notifier_owner_cb,
                          g_object_ref (self));
}

static void on_recovered_cb (EthosApplication *self, GtkWindow *error_window);
static void on_store_damaged_cb (EthosApplication *self, const GError *error);


/* The records, opened at once: the check for damage and the day's backup, whose cost grows with
 * the records, follow in the background while the window starts (writes wait for them). An
 * encrypted diary opens with @key, or with the key found for it (the keyring's); one whose key
 * needs a passphrase is ETHOS_STORE_ERROR_WRONG_KEY until it is given. */
EthosStore *
ethos_application_open_store (EthosApplication *self, const char *key, GError **error)
{
  g_autoptr (GDateTime) now = g_date_time_new_now_local ();
  EthosStoreOpenOptions options = { ETHOS_STORE_OPEN_CHECK_LATER, key };
  char *found = NULL;
  EthosStore *store;

  if (key == NULL)
    {
      GError *local = NULL;

      found = ethos_diary_find_key (self->data_dir, NULL, NULL, &local);
      if (local != NULL)
        {
          g_propagate_error (error, local);
          return NULL;
        }
      options.key = found;
    }
  store = ethos_store_open_with_options (self->data_dir, now, &options, error);
  ethos_application_forget_secret (found);
  if (store != NULL)
    g_signal_connect_object (store, "damaged", G_CALLBACK (on_store_damaged_cb), self,
                             G_CONNECT_SWAPPED);
  return store;
}

/* The check for damage and the day's backup begin once the window has drawn its first frame,
 * so that they do not share the machine with it (see ethos_store_start_check()). */
static void
on_first_frame_cb (GdkFrameClock *clock, EthosStore *store)
{
  g_signal_handlers_disconnect_by_func (clock, on_first_frame_cb, store);
  ethos_store_start_check (store);
}

static void
on_window_realize_cb (GtkWidget *window, EthosStore *store)
{
  g_signal_handlers_disconnect_by_func (window, on_window_realize_cb, store);
  g_signal_connect_object (gtk_widget_get_frame_clock (window), "after-paint",
                           G_CALLBACK (on_first_frame_cb), store, 0);
}

/* The main window on the store, or, when it could not be opened, the window that says why. */
GtkWindow *
ethos_application_make_window (EthosApplication *self, const GError *error)
{
  GtkWindow *window;

  if (self->store != NULL)
    {
      window = GTK_WINDOW (ethos_window_new (GTK_APPLICATION (self), self->store));
      g_signal_connect_object (window, "realize", G_CALLBACK (on_window_realize_cb),
                               self->store, 0);
      ethos_application_ensure_notifier (self);
      return window;
    }
  window = GTK_WINDOW (ethos_error_window_new (GTK_APPLICATION (self), self->data_dir, error));
  g_signal_connect_swapped (window, "recovered", G_CALLBACK (on_recovered_cb), self);
  return window;
}

static GtkWindow *
ensure_window (EthosApplication *self)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));
  g_autoptr (GError) error = NULL;

  if (window != NULL)
    return window;
  if (self->store == NULL)
    {
      ethos_application_create_diary (self);
      self->store = ethos_application_open_store (self, NULL, &error);
    }
  /* A diary whose key is wrapped by a passphrase: asked for before anything is opened. */
  if (self->store == NULL
      && g_error_matches (error, ETHOS_STORE_ERROR, ETHOS_STORE_ERROR_WRONG_KEY)
      && ethos_diary_key_source (self->data_dir) == ETHOS_KEY_SOURCE_PASSPHRASE)
    return ethos_application_ask_passphrase (self);
  return ethos_application_make_window (self, error);
}

/* The check after opening found damage: the window gives way to the one that explains and
 * offers a backup, as if the damage had been found before it opened. */
static void
on_store_damaged_cb (EthosApplication *self, const GError *error)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));
  GtkWindow *error_window;

  g_debug ("The records are damaged: %s", error->message);
  g_application_hold (G_APPLICATION (self));
  if (window != NULL)
    gtk_window_destroy (window);
  g_clear_object (&self->store);
  error_window = GTK_WINDOW (ethos_error_window_new (GTK_APPLICATION (self), self->data_dir,
                                                     error));
  g_signal_connect_swapped (error_window, "recovered", G_CALLBACK (on_recovered_cb), self);
  gtk_window_present (error_window);
  g_application_release (G_APPLICATION (self));
}

/* A backup restored in place of a damaged database: the records open as usual. */
static void
on_recovered_cb (EthosApplication *self, GtkWindow *error_window)
{
  /* Held, so that Ethos does not end between the two windows. */
  g_application_hold (G_APPLICATION (self));
  gtk_window_destroy (error_window);
  gtk_window_present (ensure_window (self));
  g_application_release (G_APPLICATION (self));
}

static void
show_reminder (EthosApplication *self, gint64 id)
{
  GtkWindow *window = ensure_window (self);

  gtk_window_present (window);
  if (ETHOS_IS_WINDOW (window))
    ethos_window_show_reminder (ETHOS_WINDOW (window), id);
  else if (ETHOS_IS_UNLOCK_DIALOG (window))
    self->pending_reminder = id; /* once the diary is unlocked */
}

/* The recovery key of a diary made encrypted at this start, over @window, once. */
static void
show_recovery_key (GtkWindow *window)
{
  EthosApplication *self = ETHOS_APPLICATION (gtk_window_get_application (window));

  if (self == NULL || self->new_recovery_key == NULL)
    return;
  gtk_window_present (GTK_WINDOW (ethos_recovery_key_dialog_new (window,
                                                                 self->new_recovery_key)));
  g_clear_pointer (&self->new_recovery_key, ethos_application_forget_secret);
}

static void
ethos_application_activate (GApplication *application)
{
  EthosApplication *self = ETHOS_APPLICATION (application);
  GtkWindow *window;

  if (self->pending_reminder > 0)
    {
      gint64 id = self->pending_reminder;

      self->pending_reminder = 0;
      show_reminder (self, id);
      return;
    }
  window = ensure_window (self);
  gtk_window_present (window);
  /* Over the window, once: a first start has the welcome. */
  if (ETHOS_IS_WINDOW (window) && !self->welcome_offered)
    {
      GtkWidget *welcome;

      self->welcome_offered = TRUE;
      welcome = ethos_window_offer_welcome (ETHOS_WINDOW (window));
      /* A diary made encrypted at this start: its recovery key, shown once, over the window
       * when the welcome is over (finished, skipped or closed), or at once without one. */
      if (self->new_recovery_key != NULL && welcome != NULL)
        {
          ethos_welcome_window_say_privacy (ETHOS_WELCOME_WINDOW (welcome), TRUE);
          g_signal_connect_object (welcome, "destroy", G_CALLBACK (show_recovery_key), window,
                                   G_CONNECT_SWAPPED);
        }
      else
        show_recovery_key (window);
    }
}

/* app.show-reminder(x): the window at that reminder; a notification's Open comes here, through
 * D-Bus (org.freedesktop.Application.ActivateAction, which starts Ethos as a D-Bus service when
 * it is not running) or ethos --reminder ID, whether or not the window was already open. */
static void
app_show_reminder (GSimpleAction *action, GVariant *parameter, gpointer data)
{
  show_reminder (ETHOS_APPLICATION (data), g_variant_get_int64 (parameter));
}

static int
ethos_application_handle_local_options (GApplication *application, GVariantDict *options)
{
  EthosApplication *self = ETHOS_APPLICATION (application);
  const char *data_dir = NULL;
  gint64 reminder = 0;

  if (g_variant_dict_contains (options, "version"))
    {
      g_print ("ethos %s\n", PACKAGE_VERSION);
      return 0;
    }
  /* Another folder is another set of records: that window must not join a running instance. */
  if (g_variant_dict_lookup (options, "data-dir", "^&ay", &data_dir))
    {
      self->data_dir = g_strdup (data_dir);
      g_application_set_flags (application, g_application_get_flags (application)
                                              | G_APPLICATION_NON_UNIQUE);
    }
  if (g_variant_dict_lookup (options, "reminder", "x", &reminder))
    {
      g_autoptr (GError) error = NULL;

      if (reminder <= 0)
        {
          g_printerr ("ethos: %s\n", _("--reminder takes a reminder’s number"));
          return 2;
        }
      if (!g_application_register (application, NULL, &error))
        {
          g_printerr ("ethos: %s\n", error->message);
          return 1;
        }
      /* A window already open goes to the reminder; otherwise this one opens at it. */
      if (g_application_get_is_remote (application))
        {
          g_action_group_activate_action (G_ACTION_GROUP (application), "show-reminder",
                                          g_variant_new_int64 (reminder));
          return 0;
        }
      self->pending_reminder = reminder;
    }
  return -1;
}

static void
app_quit (GSimpleAction *action, GVariant *parameter, gpointer data)
{
  GtkApplication *application = data;
  GList *windows = gtk_application_get_windows (application);

  /* Closing the windows lets each save what is being typed. */
  for (GList *l = windows; l != NULL;)
    {
      GtkWindow *window = l->data;

      l = l->next;
      gtk_window_close (window);
    }
  /* A window that stayed open has typing it could not write, and is asking about it. */
  if (gtk_application_get_windows (application) == NULL)
    g_application_quit (G_APPLICATION (application));
}

static void
app_about (GSimpleAction *action, GVariant *parameter, gpointer data)
{
  GtkApplication *application = data;
  const char *developers[] = { _("Ethos developers"), NULL };

  GtkWidget *about = g_object_new (ADW_TYPE_ABOUT_WINDOW,
                                   "transient-for", gtk_application_get_active_window (application),
                                   "title", _("About Ethos"),
                                   "application-name", _("Ethos"),
                                   "application-icon", APPLICATION_ID,
                                   "version", PACKAGE_VERSION,
                                   "comments", _("Your codes of ethics, supervision and CPD record, "
                                                 "and renewals, kept on your own computer"),
                                   "developers", developers,
                                   "license-type", GTK_LICENSE_GPL_3_0,
                                   NULL);

  ethos_accessible_name_about_window (ADW_ABOUT_WINDOW (about));
  gtk_window_present (GTK_WINDOW (about));
}

static void
ethos_application_startup (GApplication *application)
{
  EthosApplication *self = ETHOS_APPLICATION (application);
  static const GActionEntry entries[] = {
    { "quit", app_quit },
    { "about", app_about },
    { "show-reminder", app_show_reminder, "x" },
    { "import-file", ethos_application_import_file, "s" },
  };
  G_APPLICATION_CLASS (ethos_application_parent_class)->startup (application);

  /* Ethos's own icon for every window, where the desktop takes it from the window (X11); the
   * resources hold it for a build that is not installed. */
  gtk_window_set_default_icon_name (APPLICATION_ID);

  /* Light, dark or the system's, before the first window shows. */
  if ((self->settings = ethos_settings_new ()) != NULL)
    ethos_style_follow_settings (self->settings);

  g_action_map_add_action_entries (G_ACTION_MAP (application), entries, G_N_ELEMENTS (entries),
                                   application);
  for (guint i = 0; i < G_N_ELEMENTS (accelerators); i++)
    gtk_application_set_accels_for_action (GTK_APPLICATION (application),
                                           accelerators[i].action, accelerators[i].accels);
}

static void
ethos_application_finalize (GObject *object)
{
  EthosApplication *self = ETHOS_APPLICATION (object);

  g_clear_object (&self->store);
  g_clear_object (&self->settings);
  g_clear_error (&self->unlock_error);
  g_clear_pointer (&self->new_recovery_key, ethos_application_forget_secret);
  g_free (self->data_dir);

  G_OBJECT_CLASS (ethos_application_parent_class)->finalize (object);
}

static void
ethos_application_class_init (EthosApplicationClass *klass)
{
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  G_OBJECT_CLASS (klass)->finalize = ethos_application_finalize;
  app_class->activate = ethos_application_activate;
  app_class->startup = ethos_application_startup;
  app_class->handle_local_options = ethos_application_handle_local_options;
}

static void
ethos_application_init (EthosApplication *self)
{
  static const GOptionEntry options[] = {
    { "data-dir", 0, 0, G_OPTION_ARG_FILENAME, NULL,
      N_("Keep the records in DIR instead of the usual place"), N_("DIR") },
    { "reminder", 0, 0, G_OPTION_ARG_INT64, NULL, N_("Open at the reminder ID"), N_("ID") },
    { "version", 0, 0, G_OPTION_ARG_NONE, NULL, N_("Print the version"), NULL },
    { NULL },
  };

  g_application_add_main_option_entries (G_APPLICATION (self), options);
}

EthosApplication *
ethos_application_new (void)
{
  return g_object_new (ETHOS_TYPE_APPLICATION,
                       "application-id", APPLICATION_ID,
                       "flags", G_APPLICATION_DEFAULT_FLAGS,
                       "resource-base-path", "/org/ethosapp/Ethos",
                       NULL);
}

/* The records in @data_dir, as --data-dir gives them; before the first window. */
void
ethos_application_set_data_dir (EthosApplication *self, const char *data_dir)
{
  g_return_if_fail (ETHOS_IS_APPLICATION (self));
  g_return_if_fail (self->store == NULL);

  g_free (self->data_dir);
  self->data_dir = g_strdup (data_dir);
}
