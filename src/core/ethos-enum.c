/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-enum"

#include "config.h"

#include "ethos-date.h"
#include "ethos-enum.h"

/* Registered enums kept as words: the database, CSV, JSON and the CLI hold each value as its nick
 * ("in-person", "dbs-update-service"), so that a value is one word everywhere and the words
 * never change when the C names do. */

/* The nick of @value in the enum @type, or NULL when @value is none of its values. The text is
 * the type's own, kept for the life of the program. */
const char *
ethos_enum_to_nick (GType type, int value)
{
  g_autoptr (GEnumClass) klass = g_type_class_ref (type);
  GEnumValue *found = g_enum_get_value (klass, value);

  return found != NULL ? found->value_nick : NULL;
}

/* Reads @nick as a value of the enum @type into @value (an enum variable of that type, as
 * g_object_get() fills one; left as it was on failure). A word that is none of them sets
 * ETHOS_INPUT_ERROR_CHOICE from @message, which has two %s: the word, then the words it could
 * be ("individual, group, peer"); @message may be NULL when @error is. */
gboolean
ethos_enum_from_nick (GType        type,
                      const char  *nick,
                      int         *value,
                      const char  *message,
                      GError     **error)
{
  g_autoptr (GEnumClass) klass = g_type_class_ref (type);
  g_autoptr (GString) choices = NULL;
  GEnumValue *found;

  g_return_val_if_fail (value != NULL, FALSE);

  found = nick != NULL ? g_enum_get_value_by_nick (klass, nick) : NULL;
  if (found != NULL)
    {
      *value = found->value;
      return TRUE;
    }
  if (error == NULL)
    return FALSE;
  g_return_val_if_fail (message != NULL, FALSE);
  choices = g_string_new (NULL);
  for (guint i = 0; i < klass->n_values; i++)
    g_string_append_printf (choices, "%s%s", i > 0 ? ", " : "", klass->values[i].value_nick);
  g_set_error (error, ETHOS_INPUT_ERROR, ETHOS_INPUT_ERROR_CHOICE, message,
               nick != NULL ? nick : "", choices->str);
  return FALSE;
}
