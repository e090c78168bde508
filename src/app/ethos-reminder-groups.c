/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ethos-reminder-groups"

#include "config.h"

#include "ethos-reminder-groups.h"

/* The Reminders page's view model: the reminders sorted into the groups the page shows, one
 * GListModel each (overdue, due soon — due today with them —, later, snoozed, done), in the
 * store's order. Each update changes only the items whose row would read differently, as one
 * splice per group, so that a reminder marked done moves one row and leaves the others (and
 * the focus, and the scroll) where they were. */

#define N_GROUPS 5

static const EthosReminderStatus group_status[N_GROUPS] = {
  ETHOS_REMINDER_STATUS_OVERDUE, ETHOS_REMINDER_STATUS_DUE_SOON, ETHOS_REMINDER_STATUS_UPCOMING,
  ETHOS_REMINDER_STATUS_SNOOZED, ETHOS_REMINDER_STATUS_DONE,
};

struct _EthosReminderGroups
{
  GObject     parent_instance;

  GListStore *groups[N_GROUPS];
};

G_DEFINE_FINAL_TYPE (EthosReminderGroups, ethos_reminder_groups, G_TYPE_OBJECT)

static guint
group_of (EthosReminderStatus status)
{
  if (status == ETHOS_REMINDER_STATUS_DUE_TODAY)
    status = ETHOS_REMINDER_STATUS_DUE_SOON;
  for (guint i = 0; i < N_GROUPS; i++)
    if (group_status[i] == status)
      return i;
  g_return_val_if_reached (0);
}

static void
ethos_reminder_groups_finalize (GObject *object)
{
  EthosReminderGroups *self = ETHOS_REMINDER_GROUPS (object);

  for (guint i = 0; i < N_GROUPS; i++)
    g_clear_object (&self->groups[i]);

  G_OBJECT_CLASS (ethos_reminder_groups_parent_class)->finalize (object);
}

static void
ethos_reminder_groups_class_init (EthosReminderGroupsClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = ethos_reminder_groups_finalize;
}

static void
ethos_reminder_groups_init (EthosReminderGroups *self)
{
  for (guint i = 0; i < N_GROUPS; i++)
    self->groups[i] = g_list_store_new (ETHOS_TYPE_REMINDER);
}

EthosReminderGroups *
ethos_reminder_groups_new (void)
{
  return g_object_new (ETHOS_TYPE_REMINDER_GROUPS, NULL);
}

/* The reminders of the group that shows @status (due today is shown with due soon). Items are
 * EthosReminder. */
GListModel *
ethos_reminder_groups_get_group (EthosReminderGroups *self, EthosReminderStatus status)
{
  g_return_val_if_fail (ETHOS_IS_REMINDER_GROUPS (self), NULL);

  return G_LIST_MODEL (self->groups[group_of (status)]);
}

/* Everything a reminder's row says, as of @today: two reminders with the same key have the
 * same row. */
static char *
row_key (EthosReminder *reminder, const GDate *today)
{
  int days_left = 0;
  EthosReminderStatus status = ethos_reminder_status (reminder, today, &days_left);

  return g_strdup_printf ("%" G_GINT64_FORMAT "\x1f%s\x1f%s\x1f%s\x1f%s\x1f%s\x1f%s\x1f%d\x1f%d"
                          "\x1f%d\x1f%d\x1f%d",
                          reminder->id, reminder->title, ethos_reminder_kind_name (reminder->kind),
                          reminder->due, reminder->due_time != NULL ? reminder->due_time : "",
                          reminder->snoozed_until != NULL ? reminder->snoozed_until : "",
                          reminder->clause != NULL ? reminder->clause : "", reminder->done,
                          (int) status, days_left, ethos_reminder_can_snooze (reminder, today, 1),
                          ethos_reminder_can_snooze (reminder, today, 7));
}

static const char *
key_of (gpointer reminder)
{
  return g_object_get_data (G_OBJECT (reminder), "ethos-row-key");
}

/* Makes @store hold @wanted with one splice: the items alike at both ends stay. */
static void
update_group (GListStore *store, GPtrArray *wanted)
{
  GListModel *model = G_LIST_MODEL (store);
  guint n_old = g_list_model_get_n_items (model);
  guint head = 0, tail = 0;

  while (head < n_old && head < wanted->len)
    {
      g_autoptr (EthosReminder) old = g_list_model_get_item (model, head);

      if (g_strcmp0 (key_of (old), key_of (g_ptr_array_index (wanted, head))) != 0)
        break;
      head++;
    }
  while (tail < n_old - head && tail < wanted->len - head)
    {
      g_autoptr (EthosReminder) old = g_list_model_get_item (model, n_old - 1 - tail);

      if (g_strcmp0 (key_of (old), key_of (g_ptr_array_index (wanted, wanted->len - 1 - tail)))
          != 0)
        break;
      tail++;
    }
  if (head + tail == n_old && head + tail == wanted->len)
    return;
  g_list_store_splice (store, head, n_old - head - tail, wanted->pdata + head,
                       wanted->len - head - tail);
}

/* Sorts @reminders (EthosReminder, in the order shown) into the groups as they stand on
 * @today. */
void
ethos_reminder_groups_update (EthosReminderGroups *self, GPtrArray *reminders, const GDate *today)
{
  GPtrArray *wanted[N_GROUPS];

  g_return_if_fail (ETHOS_IS_REMINDER_GROUPS (self));
  g_return_if_fail (reminders != NULL);

  for (guint i = 0; i < N_GROUPS; i++)
    wanted[i] = g_ptr_array_new ();
  for (guint i = 0; i < reminders->len; i++)
    {
      EthosReminder *reminder = g_ptr_array_index (reminders, i);
      EthosReminderStatus status = ethos_reminder_status (reminder, today, NULL);

      g_object_set_data_full (G_OBJECT (reminder), "ethos-row-key", row_key (reminder, today),
                              g_free);
      g_ptr_array_add (wanted[group_of (status)], reminder);
    }
  for (guint i = 0; i < N_GROUPS; i++)
    {
      update_group (self->groups[i], wanted[i]);
      g_ptr_array_unref (wanted[i]);
    }
}
