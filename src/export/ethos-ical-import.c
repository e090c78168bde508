/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-ical-import"

#include "config.h"

#include <glib/gi18n.h>

#include "ethos-ical-import.h"
#include "ethos-reminder-store.h"

/* Of the reminders read from a calendar, those to add: one already among the diary's open
 * reminders (same kind and title), or twice in the file, is not added again. The same for
 * ethos-cli import FILE.ics and the window's import. */

/* Returns the reminders of @reminders to add (new references), and appends each one left out
 * to @skipped (EthosIcalSkip) with its reason; NULL with @error set when the diary's reminders
 * cannot be read. */
GPtrArray *
ethos_ical_drop_known_reminders (EthosStore  *store,
                                 GPtrArray   *reminders,
                                 GPtrArray   *skipped,
                                 GError     **error)
{
  g_autoptr (GPtrArray) open = NULL;
  g_autoptr (GPtrArray) added = g_ptr_array_new_with_free_func (g_object_unref);

  g_return_val_if_fail (ETHOS_IS_STORE (store), NULL);
  g_return_val_if_fail (reminders != NULL && skipped != NULL, NULL);

  if ((open = ethos_store_list_reminders (store, FALSE, error)) == NULL)
    return NULL;
  for (guint i = 0; i < reminders->len; i++)
    {
      EthosReminder *reminder = g_ptr_array_index (reminders, i);
      gboolean twice = FALSE;

      for (guint j = 0; !twice && j < open->len; j++)
        {
          EthosReminder *other = g_ptr_array_index (open, j);

          twice = other->kind == reminder->kind && g_str_equal (other->title, reminder->title);
        }
      for (guint j = 0; !twice && j < added->len; j++)
        twice = g_str_equal (((EthosReminder *) g_ptr_array_index (added, j))->title,
                             reminder->title);
      if (twice)
        {
          EthosIcalSkip *skip = g_new0 (EthosIcalSkip, 1);

          skip->item = g_strdup_printf ("%s (%s)", reminder->title, reminder->anchor);
          skip->reason = g_strdup (_("it is already among your reminders"));
          g_ptr_array_add (skipped, skip);
        }
      else
        g_ptr_array_add (added, g_object_ref (reminder));
    }
  return g_steal_pointer (&added);
}
