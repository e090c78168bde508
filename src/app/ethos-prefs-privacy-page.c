/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-prefs-privacy-page"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "ethos-accessible.h"
#include "ethos-application.h"
#include "ethos-diary-key.h"
#include "ethos-keyring.h"
#include "ethos-offdisk-group.h"
#include "ethos-passphrase-entry.h"
#include "ethos-prefs-privacy-page.h"
#include "ethos-recovery-key.h"
#include "ethos-store-encrypt.h"

/* Preferences → Privacy (issue 19): what encryption does (core's two sentences), the diary's
 * state in core's sentence, the library, and Turn On, Turn Off and Change Passphrase. Turning it
 * on or off closes and opens the records again (ethos_application_set_encrypted()); changing the
 * passphrase rewraps the key only. A passphrase asked for is checked in its dialog; a wrong one
 * changes nothing and is said in a toast. */

struct _EthosPrefsPrivacyPage
{
  AdwPreferencesPage  parent_instance;

  EthosStore         *store;
  AdwPreferencesGroup *group;
  AdwActionRow       *state_row;
  AdwActionRow       *library_row;
  GtkWidget          *turn_on;
  GtkWidget          *turn_off;
  GtkWidget          *change;
  EthosOffdiskGroup  *offdisk;
};

G_DEFINE_FINAL_TYPE (EthosPrefsPrivacyPage, ethos_prefs_privacy_page, ADW_TYPE_PREFERENCES_PAGE)

static const char *
data_dir (EthosPrefsPrivacyPage *self)
{
  return ethos_store_get_data_dir (self->store);
}

static GtkWindow *
preferences_window (EthosPrefsPrivacyPage *self)
{
  return GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self)));
}

static void
toast (EthosPrefsPrivacyPage *self, const char *text)
{
  g_autofree char *escaped = g_markup_escape_text (text, -1);

  adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (preferences_window (self)),
                                    adw_toast_new (escaped));
}

void
ethos_prefs_privacy_page_reload (EthosPrefsPrivacyPage *self)
{
  gboolean encrypted;
  EthosKeySource source = ETHOS_KEY_SOURCE_NONE;
  const char *library = ethos_store_get_encryption_library ();

  if (self->store == NULL)
    return;
  ethos_offdisk_group_reload (self->offdisk);
  encrypted = ethos_diary_is_encrypted (data_dir (self));
  if (encrypted)
    source = ethos_diary_key_source (data_dir (self));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->state_row),
                                 ethos_encryption_summary (encrypted, source));
  if (library != NULL)
    {
      /* An encrypted diary's own cipher, as its file has it; a plain one's if turned on. */
      const char *cipher = ethos_store_get_cipher (self->store);
      g_autofree char *text = g_strdup_printf ("%s (%s)", library,
                                               cipher != NULL ? cipher
                                               : ethos_store_get_encryption_cipher ());

      adw_action_row_set_subtitle (self->library_row, text);
    }
  else
    adw_action_row_set_subtitle (self->library_row,
                                 _("This Ethos was built without encryption."));
  gtk_widget_set_visible (self->turn_on, library != NULL && !encrypted);
  gtk_widget_set_visible (self->turn_off, encrypted);
  gtk_widget_set_visible (self->change, encrypted && source == ETHOS_KEY_SOURCE_PASSPHRASE);
}

static const char *
entry_text (AdwMessageDialog *dialog, const char *name)
{
  GtkWidget *entry = g_object_get_data (G_OBJECT (dialog), name);

  return entry != NULL ? gtk_editable_get_text (GTK_EDITABLE (entry)) : NULL;
}

/* The response is allowed once what must be typed is: the new passphrase twice alike. */
static void
on_typed_cb (AdwMessageDialog *dialog)
{
  const char *response = g_object_get_data (G_OBJECT (dialog), "response");
  const char *current = entry_text (dialog, "current");
  const char *fresh = entry_text (dialog, "new");
  const char *again = entry_text (dialog, "again");
  gboolean ok = TRUE;

  if (current != NULL && current[0] == '\0')
    ok = FALSE;
  if (fresh != NULL && (fresh[0] == '\0' || g_strcmp0 (fresh, again) != 0))
    ok = FALSE;
  adw_message_dialog_set_response_enabled (dialog, response, ok);
}

/* A passphrase field in @box, under its name (once typed, two hidden fields would look the
 * same); typing in it enables @dialog's response when what it needs is there. */
static GtkWidget *
password_entry (AdwMessageDialog *dialog, GtkWidget *box, const char *name)
{
  GtkWidget *entry = ethos_passphrase_entry_new (name);
  GtkWidget *label = gtk_label_new (name);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_widget_add_css_class (label, "caption-heading");
  /* The field is named already: the label is what the eye reads, not said a second time. */
  gtk_accessible_update_state (GTK_ACCESSIBLE (label), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);
  /* Enter in a field gives the dialog's response, once what it needs is typed. */
  gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
  g_signal_connect_swapped (entry, "changed", G_CALLBACK (on_typed_cb), dialog);
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), entry);
  return entry;
}

/* A dialog over Preferences asking @heading, saying @body, with the passphrase fields named
 * (current, new and again) and Cancel or @label (@response). */
static AdwMessageDialog *
ask (EthosPrefsPrivacyPage *self, const char *heading, const char *body, gboolean current,
     gboolean fresh, const char *response, const char *label, AdwResponseAppearance appearance)
{
  AdwMessageDialog *dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (preferences_window (self),
                                                                         heading, body));
  GtkWidget *box = NULL;

  g_object_set_data_full (G_OBJECT (dialog), "response", g_strdup (response), g_free);
  if (current || fresh)
    box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  if (current)
    g_object_set_data (G_OBJECT (dialog), "current",
                       password_entry (dialog, box, _("Passphrase")));
  if (fresh)
    {
      g_object_set_data (G_OBJECT (dialog), "new",
                         password_entry (dialog, box, _("New passphrase")));
      g_object_set_data (G_OBJECT (dialog), "again",
                         password_entry (dialog, box, _("The same passphrase again")));
    }
  if (box != NULL)
    adw_message_dialog_set_extra_child (dialog, box);
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), response, label, NULL);
  ethos_accessible_name_responses (dialog);
  adw_message_dialog_set_response_appearance (dialog, response, appearance);
  adw_message_dialog_set_response_enabled (dialog, response, !current && !fresh);
  adw_message_dialog_set_default_response (dialog, current || fresh ? response : "cancel");
  adw_message_dialog_set_close_response (dialog, "cancel");
  return dialog;
}

typedef struct
{
  GWeakRef          page;
  EthosApplication *application;
  gboolean          encrypt;
  char             *passphrase;
} Conversion;

static void
conversion_free (Conversion *conversion)
{
  g_weak_ref_clear (&conversion->page);
  g_object_unref (conversion->application);
  if (conversion->passphrase != NULL)
    explicit_bzero (conversion->passphrase, strlen (conversion->passphrase));
  g_free (conversion->passphrase);
  g_free (conversion);
}

/* Once the dialog's response is over (the windows it belongs to are destroyed by the
 * conversion, the dialog among them). */
static void
convert_cb (gpointer data)
{
  Conversion *conversion = data;

  if (!ethos_application_set_encrypted (conversion->application, conversion->encrypt,
                                        conversion->passphrase))
    {
      g_autoptr (EthosPrefsPrivacyPage) self = g_weak_ref_get (&conversion->page);

      if (self != NULL)
        toast (self, _("Save or discard the entry being typed first"));
    }
  conversion_free (conversion);
}

/* Encryption on or off: the records close and open again, with the window. */
static void
convert (EthosPrefsPrivacyPage *self, gboolean encrypt, const char *passphrase)
{
  GtkWindow *main_window = gtk_window_get_transient_for (preferences_window (self));
  GtkApplication *application = main_window != NULL ? gtk_window_get_application (main_window)
                                                     : NULL;
  Conversion *conversion;

  if (application == NULL || !ETHOS_IS_APPLICATION (application))
    {
      toast (self, _("Encryption can be changed only from Ethos's window"));
      return;
    }
  conversion = g_new0 (Conversion, 1);
  g_weak_ref_init (&conversion->page, self);
  conversion->application = g_object_ref (ETHOS_APPLICATION (application));
  conversion->encrypt = encrypt;
  conversion->passphrase = g_strdup (passphrase);
  g_idle_add_once (convert_cb, conversion);
}

static void
on_turn_on_response_cb (AdwMessageDialog *dialog, const char *response,
                        EthosPrefsPrivacyPage *self)
{
  if (g_strcmp0 (response, "encrypt") == 0)
    convert (self, TRUE, entry_text (dialog, "new"));
}

static void
on_turn_on_clicked_cb (EthosPrefsPrivacyPage *self)
{
  gboolean keyring = ethos_keyring_available ();
  AdwMessageDialog *dialog;

  dialog = ask (self, _("Encrypt Your Diary?"),
                keyring ? _("A backup is made first. The key is kept in your keyring, and you "
                            "are then shown a recovery key to write down.")
                        : _("A backup is made first. There is no keyring here, so the diary "
                            "will open with a passphrase; you are then shown a recovery key to "
                            "write down."),
                FALSE, !keyring, "encrypt", _("_Encrypt"), ADW_RESPONSE_SUGGESTED);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_turn_on_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_turn_off_response_cb (AdwMessageDialog *dialog, const char *response,
                         EthosPrefsPrivacyPage *self)
{
  const char *passphrase = entry_text (dialog, "current");
  g_autoptr (GError) error = NULL;
  guint8 key[ETHOS_DIARY_KEY_SIZE];

  if (g_strcmp0 (response, "decrypt") != 0)
    return;
  /* A wrong passphrase is said here, with the records left open. */
  if (!ethos_diary_read_key (data_dir (self), passphrase, key, NULL, &error))
    {
      g_autofree char *text = g_strdup_printf (_("Still encrypted: %s"), error->message);

      toast (self, text);
      return;
    }
  explicit_bzero (key, sizeof key);
  convert (self, FALSE, passphrase);
}

static void
on_turn_off_clicked_cb (EthosPrefsPrivacyPage *self)
{
  gboolean passphrase = ethos_diary_key_source (data_dir (self)) == ETHOS_KEY_SOURCE_PASSPHRASE;
  AdwMessageDialog *dialog;

  dialog = ask (self, _("Stop Encrypting Your Diary?"),
                _("A backup is made first. The diary and its backups are then stored "
                  "unencrypted, readable by anyone who has the disk, and the key is forgotten."),
                passphrase, FALSE, "decrypt", _("_Stop Encrypting"), ADW_RESPONSE_DESTRUCTIVE);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_turn_off_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_change_response_cb (AdwMessageDialog *dialog, const char *response,
                       EthosPrefsPrivacyPage *self)
{
  g_autoptr (GError) error = NULL;

  if (g_strcmp0 (response, "change") != 0)
    return;
  if (!ethos_store_change_passphrase (data_dir (self), entry_text (dialog, "current"),
                                      entry_text (dialog, "new"), &error))
    {
      g_autofree char *text = g_strdup_printf (_("Not changed: %s"), error->message);

      toast (self, text);
      return;
    }
  toast (self, _("The passphrase is changed"));
}

static void
on_change_clicked_cb (EthosPrefsPrivacyPage *self)
{
  AdwMessageDialog *dialog;

  dialog = ask (self, _("Change the Passphrase?"),
                _("The diary opens with the new passphrase from now on. Its recovery key stays "
                  "the same."),
                TRUE, TRUE, "change", _("_Change"), ADW_RESPONSE_SUGGESTED);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_change_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static GtkWidget *
row_button (AdwPreferencesGroup *group, const char *title, const char *label,
            GCallback callback, gpointer self)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *button = gtk_button_new_with_mnemonic (label);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  /* Named by the row's title: libadwaita labels a row's activatable widget with it (a name of
   * its own would be read twice), once GTK's raw copy of the label is taken away. */
  ethos_accessible_name_by_label (button);
  g_signal_connect_swapped (button, "clicked", callback, self);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), button);
  adw_preferences_group_add (group, row);
  return row;
}

static void
ethos_prefs_privacy_page_dispose (GObject *object)
{
  EthosPrefsPrivacyPage *self = ETHOS_PREFS_PRIVACY_PAGE (object);

  g_clear_object (&self->store);

  G_OBJECT_CLASS (ethos_prefs_privacy_page_parent_class)->dispose (object);
}

static void
ethos_prefs_privacy_page_class_init (EthosPrefsPrivacyPageClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = ethos_prefs_privacy_page_dispose;
}

static void
ethos_prefs_privacy_page_init (EthosPrefsPrivacyPage *self)
{
  AdwPreferencesPage *page = ADW_PREFERENCES_PAGE (self);

  adw_preferences_page_set_name (page, "privacy");
  adw_preferences_page_set_title (page, _("Privacy"));
  adw_preferences_page_set_icon_name (page, "channel-secure-symbolic");

  self->group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  adw_preferences_group_set_title (self->group, _("Encryption"));
  adw_preferences_group_set_description (self->group, ethos_encryption_explanation ());
  adw_preferences_page_add (page, self->group);

  self->state_row = ADW_ACTION_ROW (adw_action_row_new ());
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (self->state_row), FALSE);
  adw_action_row_set_title_lines (self->state_row, 0);
  adw_preferences_group_add (self->group, GTK_WIDGET (self->state_row));

  self->library_row = ADW_ACTION_ROW (adw_action_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->library_row), _("Library"));
  adw_preferences_group_add (self->group, GTK_WIDGET (self->library_row));

  self->turn_on = row_button (self->group, _("Encrypt the Diary"), _("_Turn On…"),
                              G_CALLBACK (on_turn_on_clicked_cb), self);
  self->turn_off = row_button (self->group, _("Stop Encrypting the Diary"), _("T_urn Off…"),
                               G_CALLBACK (on_turn_off_clicked_cb), self);
  self->change = row_button (self->group, _("Change the Passphrase"), _("C_hange…"),
                             G_CALLBACK (on_change_clicked_cb), self);

  self->offdisk = ETHOS_OFFDISK_GROUP (ethos_offdisk_group_new ());
  adw_preferences_page_add (page, ADW_PREFERENCES_GROUP (self->offdisk));
}

void
ethos_prefs_privacy_page_set_store (EthosPrefsPrivacyPage *self, EthosStore *store)
{
  g_set_object (&self->store, store);
  ethos_offdisk_group_set_store (self->offdisk, store);
  ethos_prefs_privacy_page_reload (self);
}
