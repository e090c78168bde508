/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-properties"

#include "config.h"

#include "ethos-core-enums.h"
#include "ethos-entry.h"
#include "ethos-reminder.h"

/* The records' properties, which widgets bind to: each reads and writes its public field, and
 * says a change once, and only when the value is new. */

static void
count_cb (GObject *object, GParamSpec *pspec, gpointer data)
{
  (*(guint *) data)++;
}

/* Sets @name on @object to @value twice: the first time it notifies once, the second not at
 * all; reading it back gives @value. */
static void
assert_set_once (GObject *object, const char *name, const GValue *value)
{
  g_autofree char *signal = g_strdup_printf ("notify::%s", name);
  g_auto (GValue) back = G_VALUE_INIT;
  guint notified = 0;
  gulong handler = g_signal_connect (object, signal, G_CALLBACK (count_cb), &notified);

  g_object_set_property (object, name, value);
  g_assert_cmpuint (notified, ==, 1);
  g_object_set_property (object, name, value);
  g_assert_cmpuint (notified, ==, 1);
  g_signal_handler_disconnect (object, handler);

  g_value_init (&back, G_VALUE_TYPE (value));
  g_object_get_property (object, name, &back);
  g_assert_true (g_param_values_cmp (g_object_class_find_property (G_OBJECT_GET_CLASS (object),
                                                                   name),
                                     value, &back)
                 == 0);
}

static void
assert_set_string (gpointer object, const char *name, const char *text)
{
  g_auto (GValue) value = G_VALUE_INIT;

  g_value_init (&value, G_TYPE_STRING);
  g_value_set_string (&value, text);
  assert_set_once (object, name, &value);
}

static void
assert_set_int (gpointer object, const char *name, int number)
{
  g_auto (GValue) value = G_VALUE_INIT;

  g_value_init (&value, G_TYPE_INT);
  g_value_set_int (&value, number);
  assert_set_once (object, name, &value);
}

static void
assert_set_enum (gpointer object, const char *name, GType type, int number)
{
  g_auto (GValue) value = G_VALUE_INIT;

  g_value_init (&value, type);
  g_value_set_enum (&value, number);
  assert_set_once (object, name, &value);
}

static void
test_entry (void)
{
  g_autoptr (EthosEntry) entry = ethos_entry_new (ETHOS_ENTRY_SUPERVISION);
  g_auto (GValue) id = G_VALUE_INIT;

  g_value_init (&id, G_TYPE_INT64);
  g_value_set_int64 (&id, 42);
  assert_set_once (G_OBJECT (entry), "id", &id);
  g_assert_cmpint (entry->id, ==, 42);
  assert_set_enum (entry, "kind", ETHOS_TYPE_ENTRY_KIND, ETHOS_ENTRY_CPD);
  g_assert_cmpint (entry->kind, ==, ETHOS_ENTRY_CPD);
  assert_set_string (entry, "date", "2026-11-23");
  g_assert_cmpstr (entry->date, ==, "2026-11-23");
  assert_set_int (entry, "minutes", 90);
  g_assert_cmpint (entry->minutes, ==, 90);
  assert_set_string (entry, "title", "Working with shame");
  g_assert_cmpstr (entry->title, ==, "Working with shame");
  assert_set_string (entry, "supervisor", "Dr Ann Example");
  g_assert_cmpstr (entry->supervisor, ==, "Dr Ann Example");
  assert_set_enum (entry, "format", ETHOS_TYPE_SUPERVISION_FORMAT, ETHOS_SUPERVISION_FORMAT_PEER);
  g_assert_cmpint (entry->format, ==, ETHOS_SUPERVISION_FORMAT_PEER);
  assert_set_enum (entry, "mode", ETHOS_TYPE_SUPERVISION_MODE, ETHOS_SUPERVISION_MODE_PHONE);
  g_assert_cmpint (entry->mode, ==, ETHOS_SUPERVISION_MODE_PHONE);
  assert_set_int (entry, "group-size", 5);
  g_assert_cmpint (entry->group_size, ==, 5);
  assert_set_int (entry, "client-minutes", 600);
  g_assert_cmpint (entry->client_minutes, ==, 600);

  /* A field changed directly is what the property reads. */
  entry->group_size = -1;
  {
    int group_size = 0;

    g_object_get (entry, "group-size", &group_size, NULL);
    g_assert_cmpint (group_size, ==, -1);
  }

  /* Text fields are never NULL: NULL sets them empty. */
  g_object_set (entry, "title", NULL, NULL);
  g_assert_cmpstr (entry->title, ==, "");
}

static void
test_reminder (void)
{
  g_autoptr (EthosReminder) reminder = ethos_reminder_new (ETHOS_REMINDER_KIND_DBS);
  g_autoptr (EthosReminder) bare = g_object_new (ETHOS_TYPE_REMINDER, NULL);
  g_auto (GValue) id = G_VALUE_INIT;
  g_auto (GValue) done = G_VALUE_INIT;

  g_value_init (&id, G_TYPE_INT64);
  g_value_set_int64 (&id, 7);
  assert_set_once (G_OBJECT (reminder), "id", &id);
  g_assert_cmpint (reminder->id, ==, 7);
  assert_set_string (reminder, "title", "DBS recheck");
  g_assert_cmpstr (reminder->title, ==, "DBS recheck");
  assert_set_enum (reminder, "kind", ETHOS_TYPE_REMINDER_KIND, ETHOS_REMINDER_KIND_REPORT);
  g_assert_cmpint (reminder->kind, ==, ETHOS_REMINDER_KIND_REPORT);
  assert_set_string (reminder, "due", "2026-12-22");
  g_assert_cmpstr (reminder->due, ==, "2026-12-22");
  assert_set_string (reminder, "snoozed-until", "2026-12-19");
  g_assert_cmpstr (reminder->snoozed_until, ==, "2026-12-19");
  assert_set_string (reminder, "snoozed-until", NULL);
  g_assert_null (reminder->snoozed_until);
  g_value_init (&done, G_TYPE_BOOLEAN);
  g_value_set_boolean (&done, TRUE);
  assert_set_once (G_OBJECT (reminder), "done", &done);
  g_assert_true (reminder->done);

  /* A reminder made bare is the practitioner's own. */
  g_assert_cmpint (bare->kind, ==, ETHOS_REMINDER_KIND_CUSTOM);
}

/* What binding is for: a widget's property follows the record, and the record follows it. */
static void
test_binding (void)
{
  g_autoptr (EthosReminder) reminder = ethos_reminder_new (ETHOS_REMINDER_KIND_DBS);
  g_autoptr (EthosReminder) shown = ethos_reminder_new (ETHOS_REMINDER_KIND_CUSTOM);

  g_object_bind_property (reminder, "title", shown, "title",
                          G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
  g_object_bind_property (reminder, "kind", shown, "kind", G_BINDING_SYNC_CREATE);
  g_assert_cmpint (shown->kind, ==, ETHOS_REMINDER_KIND_DBS);
  g_object_set (reminder, "title", "Indemnity insurance", "kind", ETHOS_REMINDER_KIND_INSURANCE,
                NULL);
  g_assert_cmpstr (shown->title, ==, "Indemnity insurance");
  g_assert_cmpint (shown->kind, ==, ETHOS_REMINDER_KIND_INSURANCE);
  g_object_set (shown, "title", "Insurance renewal", NULL);
  g_assert_cmpstr (reminder->title, ==, "Insurance renewal");
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/properties/entry", test_entry);
  g_test_add_func ("/properties/reminder", test_reminder);
  g_test_add_func ("/properties/binding", test_binding);

  return g_test_run ();
}
