/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-welcome-privacy"

#include "config.h"

#include <glib/gi18n.h>

#include "ethos-diary-key.h"
#include "ethos-recovery-key.h"
#include "ethos-welcome-privacy.h"

/* The welcome's word on privacy (issue 19): what encryption does, in core's two sentences, and
 * the diary's state in core's sentence. A diary made encrypted on this first start has its
 * recovery key shown once the welcome is over (@key_to_come), where it cannot be missed. */
GtkWidget *
ethos_welcome_privacy_new (const char *data_dir, gboolean key_to_come)
{
  AdwPreferencesGroup *group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  gboolean encrypted = ethos_diary_is_encrypted (data_dir);
  EthosKeySource source = encrypted ? ethos_diary_key_source (data_dir) : ETHOS_KEY_SOURCE_NONE;
  GtkWidget *state = adw_action_row_new ();

  adw_preferences_group_set_title (group, _("Your Diary’s Privacy"));
  adw_preferences_group_set_description (group, ethos_encryption_explanation ());
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (state), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (state),
                                 ethos_encryption_summary (encrypted, source));
  adw_action_row_set_title_lines (ADW_ACTION_ROW (state), 0);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (state),
                               _("Preferences → Privacy turns it on or off."));
  adw_preferences_group_add (group, state);
  if (key_to_come)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (state),
                                 _("Its recovery key is shown when you finish here, to write "
                                   "down."));
  return GTK_WIDGET (group);
}
