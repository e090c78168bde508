/* SPDX-License-Identifier: GPL-3.0-or-later */
#define _GNU_SOURCE
#define G_LOG_DOMAIN "test-encrypted-window"

#include "config.h"

#include <glib/gstdio.h>
#include <stdarg.h>
#include <string.h>

#include "prefs-test-util.h"
#include "ui-test-util.h"
#include "ethos-diary-key.h"
#include "ethos-entry-store.h"
#include "ethos-recovery-key.h"
#include "ethos-recovery-key-dialog.h"
#include "ethos-unlock-dialog.h"
#include "ethos-welcome-window.h"

/* The window opens an encrypted diary (issue 19): with its key in the keyring (a real
 * gnome-keyring-daemon on the private bus, tests/run-with-keyring.sh) at once; with a key that
 * a passphrase unwraps, after asking for it, a wrong one said in place; Quit leaves the diary as
 * it was, nothing opened or written. Preferences → Privacy turns encryption on (the recovery key
 * shown once) and off, and changes the passphrase, the records there before and after. */

static char *tmp_dir;

static char *
data_dir_for (const char *name)
{
  return g_build_filename (tmp_dir, name, NULL);
}

/* A diary with one supervision session, made by the CLI and encrypted by it: with its key in
 * the keyring, or wrapped by the passphrase in @passphrase_file. */
static void
make_encrypted_diary (const char *dir, const char *passphrase_file)
{
  g_free (ui_run_cli (dir, "supervision", "add", "--date", "2026-03-03", "--minutes", "60",
                   "--notes", "Session with Anna", NULL));
  if (passphrase_file != NULL)
    g_free (ui_run_cli (dir, "--passphrase-file", passphrase_file, "encryption", "enable", NULL));
  else
    g_free (ui_run_cli (dir, "encryption", "enable", NULL));
}

static char *
file_digest (const char *path)
{
  g_autofree char *contents = NULL;
  g_autoptr (GError) error = NULL;
  gsize length;

  g_assert_true (g_file_get_contents (path, &contents, &length, &error));
  g_assert_no_error (error);
  return g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) contents, length);
}

static int
compare_names (const void *a, const void *b)
{
  return strcmp (*(char *const *) a, *(char *const *) b);
}

static GStrv
folder_names (const char *dir)
{
  g_autoptr (GDir) folder = g_dir_open (dir, 0, NULL);
  g_autoptr (GStrvBuilder) names = g_strv_builder_new ();
  const char *name;
  GStrv sorted;

  while ((name = g_dir_read_name (folder)) != NULL)
    g_strv_builder_add (names, name);
  sorted = g_strv_builder_end (names);
  qsort (sorted, g_strv_length (sorted), sizeof (char *), compare_names);
  return sorted;
}

/* Ethos on @dir, as at start-up. Each case's under an id of its own: an application's actions
 * stay exported on the bus until it is gone, which the window's D-Bus calls may put off. */
static EthosApplication *
start_ethos (const char *dir)
{
  static guint n_started;
  EthosApplication *application = ethos_application_new ();
  g_autofree char *id = g_strdup_printf ("org.ethosapp.Ethos.Test%u", ++n_started);
  g_autoptr (GError) error = NULL;

  g_application_set_application_id (G_APPLICATION (application), id);
  g_application_set_flags (G_APPLICATION (application), G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (G_APPLICATION (application), NULL, &error));
  g_assert_no_error (error);

  ethos_application_set_data_dir (application, dir);
  g_application_activate (G_APPLICATION (application));
  return application;
}

static EthosStore *
window_store (void)
{
  GtkWindow *window;
  EthosStore *store = NULL;

  ui_await ((window = ui_find_toplevel (ETHOS_TYPE_WINDOW)) != NULL);
  g_object_get (window, "store", &store, NULL);
  g_object_unref (store); /* the window keeps it */
  return store;
}

static void
test_keyring (void)
{
  g_autofree char *dir = data_dir_for ("keyring");
  g_autoptr (EthosApplication) application = NULL;
  EthosStore *store;

  make_encrypted_diary (dir, NULL);
  g_assert_true (ethos_diary_is_encrypted (dir));
  application = start_ethos (dir);
  store = window_store ();
  g_assert_null (ui_find_toplevel (ETHOS_TYPE_UNLOCK_DIALOG));
  g_assert_true (ethos_store_is_encrypted (store));
  g_assert_cmpint (ethos_store_count_entries (store, ETHOS_ENTRY_SUPERVISION), ==, 1);
  ui_close_windows ();
}

static GtkWindow *
await_unlock_dialog (void)
{
  GtkWindow *dialog;

  ui_await ((dialog = ui_find_toplevel (ETHOS_TYPE_UNLOCK_DIALOG)) != NULL);
  return dialog;
}

static void
type_passphrase (GtkWindow *dialog, const char *text)
{
  GtkWidget *entry = ui_find_widget (GTK_WIDGET (dialog), GTK_TYPE_ENTRY, NULL, NULL);

  g_assert_nonnull (entry);
  gtk_editable_set_text (GTK_EDITABLE (entry), text);
}

static char *
write_passphrase (const char *text)
{
  char *path = g_build_filename (tmp_dir, "passphrase.txt", NULL);
  g_autoptr (GError) error = NULL;

  g_assert_true (g_file_set_contents (path, text, -1, &error));
  g_assert_no_error (error);
  return path;
}

static void
test_passphrase (void)
{
  g_autofree char *dir = data_dir_for ("passphrase");
  g_autofree char *phrase = write_passphrase ("correct horse battery staple\n");
  g_autoptr (EthosApplication) application = NULL;
  GtkWindow *dialog;
  EthosStore *store;

  make_encrypted_diary (dir, phrase);
  application = start_ethos (dir);
  dialog = await_unlock_dialog ();
  g_assert_null (ui_find_toplevel (ETHOS_TYPE_WINDOW));
  g_assert_cmpstr (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (dialog)), ==,
                   "Unlock Your Diary");
  ui_render_png (GTK_WIDGET (dialog), "unlock-dialog.png");
  ui_render_dark_and_narrow (GTK_WIDGET (dialog), "unlock-dialog");

  /* Nothing typed: nothing to try. */
  g_assert_false (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (dialog),
                                                           "unlock"));
  /* A wrong one: said in place, the dialog still there to type again. */
  type_passphrase (dialog, "battery horse");
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "unlock");
  ui_wait_idle ();
  dialog = await_unlock_dialog ();
  g_assert_nonnull (ui_find_label_containing (GTK_WIDGET (dialog),
                                              "The passphrase does not open the diary"));
  g_assert_null (ui_find_toplevel (ETHOS_TYPE_WINDOW));
  ui_render_png (GTK_WIDGET (dialog), "unlock-dialog-wrong.png");
  ui_render_dark_and_narrow (GTK_WIDGET (dialog), "unlock-dialog-wrong");

  type_passphrase (dialog, "correct horse battery staple");
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "unlock");
  store = window_store ();
  ui_await (ui_find_toplevel (ETHOS_TYPE_UNLOCK_DIALOG) == NULL);
  g_assert_true (ethos_store_is_encrypted (store));
  g_assert_cmpint (ethos_store_count_entries (store, ETHOS_ENTRY_SUPERVISION), ==, 1);
  ui_close_windows ();
}

static void
test_quit (void)
{
  g_autofree char *dir = data_dir_for ("quit");
  g_autofree char *phrase = write_passphrase ("correct horse battery staple\n");
  g_autofree char *db = g_build_filename (dir, "ethos.db", NULL);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_auto (GStrv) files = NULL;
  g_auto (GStrv) files_after = NULL;
  g_autoptr (EthosApplication) application = NULL;
  GtkWindow *dialog;

  make_encrypted_diary (dir, phrase);
  before = file_digest (db);
  files = folder_names (dir);
  application = start_ethos (dir);
  dialog = await_unlock_dialog ();
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "quit");
  ui_await (ui_find_toplevel (ETHOS_TYPE_UNLOCK_DIALOG) == NULL);
  ui_wait_idle ();
  g_assert_null (ui_find_toplevel (ETHOS_TYPE_WINDOW));
  g_assert_null (gtk_application_get_windows (GTK_APPLICATION (application)));
  after = file_digest (db);
  g_assert_cmpstr (after, ==, before);
  files_after = folder_names (dir);
  g_assert_true (g_strv_equal ((const char *const *) files, (const char *const *) files_after));
}

/* Whether the bytes of @path hold @text. */
static gboolean
file_holds (const char *path, const char *text)
{
  g_autofree char *contents = NULL;
  gsize length = 0;

  if (!g_file_get_contents (path, &contents, &length, NULL))
    return FALSE;
  return memmem (contents, length, text, strlen (text)) != NULL;
}

static gboolean
has_class (GtkWidget *widget, gpointer name)
{
  return gtk_widget_has_css_class (widget, name);
}

static gboolean
button_labelled (GtkWidget *widget, gpointer label)
{
  return g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), label) == 0;
}

/* Clicks the button labelled @label in @root, as a person does. */
static void
click (GtkWidget *root, const char *label)
{
  GtkWidget *button = ui_find_widget (root, GTK_TYPE_BUTTON, button_labelled, (gpointer) label);

  g_assert_nonnull (button);
  g_assert_true (gtk_widget_get_visible (button));
  g_signal_emit_by_name (button, "clicked");
}

static GtkWindow *
await_dialog (const char *heading)
{
  GtkWindow *dialog = NULL;

  ui_await ((dialog = ui_find_toplevel (ADW_TYPE_MESSAGE_DIALOG)) != NULL
            && g_strcmp0 (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (dialog)),
                          heading) == 0);
  return dialog;
}

static gboolean
dialog_showing (const char *heading)
{
  for (GList *l = gtk_window_list_toplevels (); l != NULL; l = g_list_delete_link (l, l))
    if (ADW_IS_MESSAGE_DIALOG (l->data) && gtk_widget_get_visible (l->data)
        && g_strcmp0 (adw_message_dialog_get_heading (l->data), heading) == 0)
      {
        g_list_free (l);
        return TRUE;
      }
  return FALSE;
}

static void
await_no_dialog (const char *heading)
{
  ui_await (!dialog_showing (heading));
}

static void
type_into (GtkWindow *dialog, const char *name, const char *text)
{
  GtkWidget *entry = NULL;

  for (GtkWidget *w = ui_find_widget (GTK_WIDGET (dialog), GTK_TYPE_ENTRY, NULL, NULL);
       w != NULL; w = gtk_widget_get_next_sibling (w))
    if (GTK_IS_ENTRY (w)
        && g_strcmp0 (gtk_entry_get_placeholder_text (GTK_ENTRY (w)), name) == 0)
      entry = w;
  g_assert_nonnull (entry);
  gtk_editable_set_text (GTK_EDITABLE (entry), text);
}

/* Whether Preferences shows a row titled @title. */
static gboolean
row_shown (EthosPreferencesWindow *preferences, const char *title)
{
  GtkWidget *row = ui_find_widget (GTK_WIDGET (preferences), ADW_TYPE_PREFERENCES_ROW,
                                   prefs_row_titled, (gpointer) title);

  return row != NULL && gtk_widget_get_visible (row);
}

/* Preferences → Privacy of the window on screen. */
static EthosPreferencesWindow *
open_privacy (void)
{
  GtkWindow *window = ui_await_toplevel (ETHOS_TYPE_WINDOW);

  return prefs_open (ETHOS_WINDOW (window), "privacy");
}

/* A plain diary encrypted from Preferences: the window goes and comes back on the same records,
 * now encrypted with the keyring's key; the recovery key is shown once, and is one. */
static void
test_turn_on (void)
{
  g_autofree char *dir = data_dir_for ("turn-on");
  g_autofree char *db = g_build_filename (dir, "ethos.db", NULL);
  g_autofree char *stick = g_strconcat (dir, "-stick", NULL);
  g_autofree char *plain_copy = NULL;
  g_autoptr (EthosApplication) application = NULL;
  g_autofree char *status = NULL;
  EthosPreferencesWindow *preferences;
  GtkWindow *dialog;
  GtkWidget *key_label;
  guint8 key[ETHOS_DIARY_KEY_SIZE];

  g_free (ui_run_cli (dir, "supervision", "add", "--date", "2026-03-03", "--minutes", "60",
                   "--notes", "Session with Anna", NULL));
  /* A plain copy off this disk, made before: replaced when encryption is turned on. */
  g_assert_cmpint (g_mkdir_with_parents (stick, 0700), ==, 0);
  g_free (ui_run_cli (dir, "backup", "destination", "set", stick, NULL));
  g_free (ui_run_cli (dir, "backup", "create", NULL));
  plain_copy = ui_run_cli (dir, "backup", "copy", NULL);
  g_strchomp (plain_copy);
  g_assert_true (file_holds (plain_copy, "Session with Anna"));
  application = start_ethos (dir);
  g_assert_false (ethos_store_is_encrypted (window_store ()));
  preferences = open_privacy ();
  ui_await_label (GTK_WIDGET (preferences), "The diary is not encrypted");
  ui_render_png (GTK_WIDGET (preferences), "privacy-plain.png");
  click (prefs_find_row (preferences, NULL, "Encrypt the Diary"), "_Turn On…");
  dialog = await_dialog ("Encrypt Your Diary?");
  click (GTK_WIDGET (dialog), "_Encrypt");

  dialog = await_dialog ("Your Recovery Key");
  ui_render_png (GTK_WIDGET (dialog), "privacy-recovery-key.png");
  ui_render_dark_and_narrow (GTK_WIDGET (dialog), "privacy-recovery-key");
  key_label = ui_find_widget (GTK_WIDGET (dialog), GTK_TYPE_LABEL, has_class, "monospace");
  g_assert_nonnull (key_label);
  g_assert_true (ethos_recovery_key_parse (gtk_label_get_text (GTK_LABEL (key_label)), key,
                                           NULL));
  g_assert_true (ethos_diary_is_encrypted (dir));
  g_assert_true (ethos_store_is_encrypted (window_store ()));
  g_assert_cmpint (ethos_store_count_entries (window_store (), ETHOS_ENTRY_SUPERVISION), ==, 1);
  g_assert_false (file_holds (db, "Session with Anna"));
  click (GTK_WIDGET (dialog), "_I Have Written It Down");
  await_no_dialog ("Your Recovery Key");
  /* The copy off this disk: encrypted now, the plain one gone, and the window says so. */
  g_assert_false (g_file_test (plain_copy, G_FILE_TEST_EXISTS));
  {
    g_autoptr (GDir) folder = g_dir_open (stick, 0, NULL);
    const char *name;
    guint n = 0;

    while ((name = g_dir_read_name (folder)) != NULL)
      {
        g_autofree char *path = g_build_filename (stick, name, NULL);

        g_assert_false (file_holds (path, "Session with Anna"));
        g_assert_false (file_holds (path, "SQLite format 3"));
        n++;
      }
    g_assert_cmpuint (n, ==, 1);
  }
  ui_await_label (GTK_WIDGET (ui_await_toplevel (ETHOS_TYPE_WINDOW)),
                  "1 unencrypted copy in");
  status = ui_run_cli (dir, "encryption", "status", NULL);
  g_assert_nonnull (strstr (status, "keyring"));
  g_assert_nonnull (strstr (status, "HMAC-SHA256"));
  ui_close_windows ();
}

/* Without a keyring, turning encryption on asks for a new passphrase, twice alike; the diary
 * then opens with it (and the recovery key is shown, as ever). */
static void
test_turn_on_passphrase (void)
{
  g_autofree char *dir = data_dir_for ("turn-on-passphrase");
  g_autofree char *phrase = NULL;
  g_autofree char *status = NULL;
  g_autoptr (EthosApplication) application = NULL;
  EthosPreferencesWindow *preferences;
  GtkWindow *dialog;

  g_free (ui_run_cli (dir, "supervision", "add", "--date", "2026-03-03", "--minutes", "60", NULL));
  g_setenv ("ETHOS_NO_KEYRING", "1", TRUE);
  application = start_ethos (dir);
  window_store ();
  preferences = open_privacy ();
  click (prefs_find_row (preferences, NULL, "Encrypt the Diary"), "_Turn On…");
  dialog = await_dialog ("Encrypt Your Diary?");
  g_assert_false (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (dialog),
                                                           "encrypt"));
  type_into (dialog, "New passphrase", "amber lantern river");
  type_into (dialog, "The same passphrase again", "amber lantern river");
  ui_render_png (GTK_WIDGET (dialog), "privacy-new-passphrase.png");
  ui_render_dark_and_narrow (GTK_WIDGET (dialog), "privacy-new-passphrase");
  click (GTK_WIDGET (dialog), "_Encrypt");
  dialog = await_dialog ("Your Recovery Key");
  g_assert_true (ethos_diary_is_encrypted (dir));
  g_assert_cmpint (ethos_diary_key_source (dir), ==, ETHOS_KEY_SOURCE_PASSPHRASE);
  g_assert_cmpint (ethos_store_count_entries (window_store (), ETHOS_ENTRY_SUPERVISION), ==, 1);
  click (GTK_WIDGET (dialog), "_I Have Written It Down");
  ui_close_windows ();
  g_unsetenv ("ETHOS_NO_KEYRING");

  phrase = write_passphrase ("amber lantern river\n");
  status = ui_run_cli (dir, "--passphrase-file", phrase, "encryption", "status", NULL);
  g_assert_nonnull (strstr (status, "passphrase"));
}

/* An encrypted diary made plain from Preferences: the same records, readable on disk. */
static void
test_turn_off (void)
{
  g_autofree char *dir = data_dir_for ("turn-off");
  g_autofree char *db = g_build_filename (dir, "ethos.db", NULL);
  g_autoptr (EthosApplication) application = NULL;
  EthosPreferencesWindow *preferences;
  GtkWindow *dialog;
  GtkWindow *window;

  make_encrypted_diary (dir, NULL);
  application = start_ethos (dir);
  g_assert_true (ethos_store_is_encrypted (window_store ()));
  preferences = open_privacy ();
  g_assert_false (row_shown (preferences, "Encrypt the Diary"));
  click (prefs_find_row (preferences, NULL, "Stop Encrypting the Diary"), "T_urn Off…");
  dialog = await_dialog ("Stop Encrypting Your Diary?");
  click (GTK_WIDGET (dialog), "_Stop Encrypting");

  ui_await (!ethos_diary_is_encrypted (dir) && ui_find_toplevel (ETHOS_TYPE_WINDOW) != NULL);
  window = ui_await_toplevel (ETHOS_TYPE_WINDOW);
  ui_await_label (GTK_WIDGET (window), "Your diary is not encrypted now");
  g_assert_false (ethos_store_is_encrypted (window_store ()));
  g_assert_cmpint (ethos_store_count_entries (window_store (), ETHOS_ENTRY_SUPERVISION), ==, 1);
  g_assert_true (file_holds (db, "Session with Anna"));
  ui_close_windows ();
}

/* The passphrase changed from Preferences: a wrong current one changes nothing and is said; the
 * right one does, and the old one opens the diary no more. */
static void
test_change_passphrase (void)
{
  g_autofree char *dir = data_dir_for ("change");
  g_autofree char *old_phrase = write_passphrase ("correct horse battery staple\n");
  g_autofree char *new_phrase = NULL;
  g_autoptr (EthosApplication) application = NULL;
  EthosPreferencesWindow *preferences;
  GtkWindow *dialog;
  g_autofree char *status = NULL;

  make_encrypted_diary (dir, old_phrase);
  application = start_ethos (dir);
  dialog = await_unlock_dialog ();
  type_passphrase (dialog, "correct horse battery staple");
  click (GTK_WIDGET (dialog), "_Unlock");
  window_store ();
  preferences = open_privacy ();
  g_assert_false (row_shown (preferences, "Encrypt the Diary"));

  click (prefs_find_row (preferences, NULL, "Change the Passphrase"), "C_hange…");
  dialog = await_dialog ("Change the Passphrase?");
  type_into (dialog, "Passphrase", "wrong horse");
  type_into (dialog, "New passphrase", "purple elephant tuesday");
  type_into (dialog, "The same passphrase again", "purple elephant tuesday");
  click (GTK_WIDGET (dialog), "_Change");
  ui_await_label (GTK_WIDGET (preferences), "Not changed");

  await_no_dialog ("Change the Passphrase?");
  click (prefs_find_row (preferences, NULL, "Change the Passphrase"), "C_hange…");
  dialog = await_dialog ("Change the Passphrase?");
  type_into (dialog, "Passphrase", "correct horse battery staple");
  type_into (dialog, "New passphrase", "purple elephant tuesday");
  /* Not alike: the response waits. */
  type_into (dialog, "The same passphrase again", "purple elephant");
  g_assert_false (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (dialog),
                                                           "change"));
  type_into (dialog, "The same passphrase again", "purple elephant tuesday");
  click (GTK_WIDGET (dialog), "_Change");
  ui_await_label (GTK_WIDGET (preferences), "The passphrase is changed");
  ui_close_windows ();

  new_phrase = write_passphrase ("purple elephant tuesday\n");
  status = ui_run_cli (dir, "--passphrase-file", new_phrase, "encryption", "status", NULL);
  g_assert_nonnull (strstr (status, "passphrase"));
}

/* A first start with the keyring at hand: the diary is made encrypted, and the welcome says so
 * and shows its recovery key, once. Without a keyring it is made plain, and the welcome says
 * that. */
static void
test_new_diary (void)
{
  g_autofree char *dir = data_dir_for ("new");
  g_autofree char *plain_dir = data_dir_for ("new-plain");
  g_autoptr (GSettings) settings = g_settings_new ("org.ethosapp.Ethos");
  g_autoptr (EthosApplication) application = NULL;
  g_autoptr (EthosApplication) plain = NULL;
  GtkWindow *welcome;
  GtkWindow *dialog;
  GtkWidget *key_label;
  guint8 key[ETHOS_DIARY_KEY_SIZE];

  g_settings_set_boolean (settings, "welcome-done", FALSE);
  application = start_ethos (dir);
  welcome = ui_await_toplevel (ETHOS_TYPE_WELCOME_WINDOW);
  g_assert_true (ethos_diary_is_encrypted (dir));
  g_assert_true (ethos_store_is_encrypted (window_store ()));
  ui_await_label (GTK_WIDGET (welcome), "its key is kept in your keyring");
  ui_await_label (GTK_WIDGET (welcome), "recovery key is shown when you finish");
  ui_render_png (GTK_WIDGET (welcome), "welcome-encrypted.png");
  /* Not before the welcome is over (skipped here): then over the window, once. */
  g_assert_false (dialog_showing ("Your Recovery Key"));
  ethos_welcome_window_skip (ETHOS_WELCOME_WINDOW (welcome));
  dialog = await_dialog ("Your Recovery Key");
  key_label = ui_find_widget (GTK_WIDGET (dialog), GTK_TYPE_LABEL, has_class, "monospace");
  g_assert_nonnull (key_label);
  g_assert_true (ethos_recovery_key_parse (gtk_label_get_text (GTK_LABEL (key_label)), key,
                                           NULL));
  click (GTK_WIDGET (dialog), "_I Have Written It Down");
  await_no_dialog ("Your Recovery Key");
  ui_close_windows ();
  g_clear_object (&application);

  g_setenv ("ETHOS_NO_KEYRING", "1", TRUE);
  g_settings_set_boolean (settings, "welcome-done", FALSE);
  plain = start_ethos (plain_dir);
  welcome = ui_await_toplevel (ETHOS_TYPE_WELCOME_WINDOW);
  g_unsetenv ("ETHOS_NO_KEYRING");
  g_assert_false (ethos_diary_is_encrypted (plain_dir));
  ui_await_label (GTK_WIDGET (welcome), "The diary is not encrypted");
  g_assert_null (ui_find_widget (GTK_WIDGET (welcome), GTK_TYPE_LABEL, has_class, "monospace"));
  ui_close_windows ();
}

int
main (int argc, char **argv)
{
  tmp_dir = ui_test_init (&argc, &argv, "ethos-encrypted-window-XXXXXX");
  ui_test_add ("/encrypted-window/keyring", NULL, test_keyring, NULL);
  ui_test_add ("/encrypted-window/passphrase", NULL, test_passphrase, NULL);
  ui_test_add ("/encrypted-window/quit", NULL, test_quit, NULL);
  ui_test_add ("/encrypted-window/new-diary", NULL, test_new_diary, NULL);
  ui_test_add ("/encrypted-window/privacy/turn-on", NULL, test_turn_on, NULL);
  ui_test_add ("/encrypted-window/privacy/turn-on-passphrase", NULL, test_turn_on_passphrase,
               NULL);
  ui_test_add ("/encrypted-window/privacy/turn-off", NULL, test_turn_off, NULL);
  ui_test_add ("/encrypted-window/privacy/change-passphrase", NULL, test_change_passphrase,
               NULL);
  return g_test_run ();
}
